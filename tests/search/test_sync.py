"""The index follows the page tree: publish, unpublish, delete and move."""

import pytest

from kb.models import GuideIndexPage, NewsIndexPage
from search.engine import get_engine

pytestmark = pytest.mark.django_db


def found(query, user):
    return [(hit.title, hit.url) for hit in get_engine().search(query, user=user).hits]


def test_publish_makes_a_page_findable(make_guide, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_guide("Headset hygiene")
    assert found("headset", demo_people["operator"]) == [
        ("Headset hygiene", "/guides/headset-hygiene/")
    ]


def test_unpublish_removes_a_page(make_guide, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide = make_guide("Headset hygiene")
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert found("headset", demo_people["operator"]) == []
    assert get_engine().count() == 0


def test_delete_removes_a_page(make_guide, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide = make_guide("Headset hygiene")
    with django_capture_on_commit_callbacks(execute=True):
        guide.delete()
    assert found("headset", demo_people["operator"]) == []
    assert get_engine().count() == 0


def test_move_updates_the_url(make_news, demo_people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news = make_news("Headset swap day")
    # Move it under the guide index: editors would not, but the URL change is what matters.
    with django_capture_on_commit_callbacks(execute=True):
        news.move(GuideIndexPage.objects.get(), pos="last-child")
    assert found("headset", demo_people["admin"]) == [
        ("Headset swap day", "/guides/headset-swap-day/")
    ]
    assert NewsIndexPage.objects.get().get_children().count() == 0


def test_topic_rename_reaches_the_index(
    make_guide, topics, demo_people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_guide("Headset hygiene", topics=[topics["inbound-support"]])
    topic = topics["inbound-support"]
    with django_capture_on_commit_callbacks(execute=True):
        topic.name = "Customer care"
        topic.save()
    [hit] = get_engine().search("customer care", user=demo_people["operator"]).hits
    assert hit.topics == ("Customer care",)


def restrict_to(page, group_name):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=group_name)])
    return restriction


def test_a_view_restriction_added_later_hides_the_page_at_once(
    make_guide, demo_people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        guide = make_guide("Headset budget")
    operator, lead = demo_people["operator"], demo_people["lead"]
    assert found("headset", operator) == [("Headset budget", "/guides/headset-budget/")]

    with django_capture_on_commit_callbacks(execute=True):
        restriction = restrict_to(guide, "Leads")
    assert found("headset", operator) == []
    assert get_engine().suggest("head", operator) == []
    assert found("headset", lead) == [("Headset budget", "/guides/headset-budget/")]

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert found("headset", operator) == [("Headset budget", "/guides/headset-budget/")]


def test_a_restriction_on_a_section_hides_the_pages_under_it(
    make_guide, demo_people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_guide("Headset budget")
    with django_capture_on_commit_callbacks(execute=True):
        restrict_to(GuideIndexPage.objects.get(), "Leads")
    assert found("headset", demo_people["operator"]) == []
    assert found("headset", demo_people["lead"]) == [("Headset budget", "/guides/headset-budget/")]


def test_a_bulk_load_is_indexed_once_by_the_rebuild_after_it(make_guide, demo_people):
    from search.index import index_updates_suspended, rebuild_index

    # As load_demo and generate_content do: no update per page, one rebuild at the end.
    with index_updates_suspended():
        make_guide("Headset hygiene")
        assert get_engine().count() == 0
    assert found("headset", demo_people["operator"]) == []
    rebuild_index()
    assert found("headset", demo_people["operator"]) == [
        ("Headset hygiene", "/guides/headset-hygiene/")
    ]
    # Outside the block, a publish is indexed at once again.
    make_guide("Headset cables")
    assert get_engine().count() == 2
