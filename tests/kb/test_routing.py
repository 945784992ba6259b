"""Pages are served through a cached route: one query finds a page seen before, and any change
to the pages (publishing, unpublishing, a new slug) or to who may see them applies at once."""

import pytest
from django.contrib.auth.models import Group
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def page_queries(client, url):
    """(response, SQL of the queries that read pages or sites) of one GET."""
    from django.db import connection

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    sql = [query["sql"] for query in captured.captured_queries]
    tables = ('"wagtailcore_page"', '"wagtailcore_site"')
    return response, [s for s in sql if any(table in s for table in tables)]


def test_a_page_seen_before_is_found_in_one_query(login, make_guide):
    client = login("operator")
    guide = make_guide("Handling a refund")
    first, first_queries = page_queries(client, guide.url)
    again, again_queries = page_queries(client, guide.url)
    assert first.status_code == again.status_code == 200
    assert "Handling a refund" in again.content.decode()
    assert not any("wagtailcore_site" in sql for sql in again_queries)
    # The page itself, then Wagtail's view-restriction check of its ancestors.
    assert len(again_queries) == 2
    assert len(first_queries) >= len(again_queries) + 3


def test_unpublishing_a_page_ends_its_cached_route(login, make_guide):
    client = login("operator")
    guide = make_guide("Handling a refund")
    assert client.get(guide.url).status_code == 200
    guide.unpublish()
    assert client.get(guide.url).status_code == 404


def test_a_new_slug_moves_the_page_at_once(login, make_guide):
    client = login("operator")
    guide = make_guide("Handling a refund")
    old_url = guide.url
    assert client.get(old_url).status_code == 200
    guide.slug = "refunds"
    guide.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert client.get("/guides/refunds/").status_code == 200


def test_a_restriction_added_after_the_route_was_cached_applies(login, make_guide):
    client = login("operator")
    guide = make_guide("Pay bands for team leads")
    assert client.get(guide.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Leads"))
    refused = client.get(guide.url)
    assert refused.status_code != 200
    assert "Pay bands for team leads" not in refused.content.decode()
    assert login("lead").get(guide.url).status_code == 200


def test_only_paths_that_find_a_page_are_cached(login, make_guide):
    from django.core.cache import cache
    from django.test import RequestFactory

    from home.routing import route_key

    client = login("operator")
    make_guide("Handling a refund")
    for path, status, kept in (
        ("guides/no-such-guide/", 404, False),
        ("guides/handling-a-refund/", 200, True),
    ):
        assert client.get(f"/{path}").status_code == status
        key = route_key(RequestFactory().get(f"/{path}"), path)
        assert (cache.get(key) is not None) is kept, path
