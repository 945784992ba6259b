from datetime import date, timedelta
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError

from kb.models import Acknowledgement, NewsPage

ATOM = "{http://www.w3.org/2005/Atom}"
pytestmark = pytest.mark.django_db

# `operator` and `lead` are in Inbound Support; `mbell` is an Outbound Sales operator and
# `rhughes` leads Outbound Sales.
SEES_SALES_NEWS = {
    "operator": False,
    "lead": False,
    "mentor": False,
    "mbell": True,
    "rhughes": True,
    "admin": True,
}


@pytest.fixture
def sales_news(make_news, demo_people):
    everyone = make_news("Canteen closed on Friday")
    sales_only = make_news(
        "Winter upgrade campaign starts", teams=["outbound-sales"], category="campaign"
    )
    return everyone, sales_only


@pytest.mark.parametrize("username,sees", SEES_SALES_NEWS.items())
def test_targeted_news_is_only_for_its_team_everywhere(login, sales_news, username, sees):
    everyone, sales_only = sales_news
    client = login(username)

    index = client.get("/news/").content.decode()
    assert everyone.title in index
    assert (sales_only.title in index) is sees
    assert client.get(sales_only.url).status_code == (200 if sees else 404)
    assert (sales_only.title in client.get("/news/feed/").content.decode()) is sees
    assert (sales_only.title in client.get("/search/?q=winter+upgrade").content.decode()) is sees


def test_visible_to_is_a_queryset_filter(sales_news, demo_people):
    titles = set(
        NewsPage.objects.visible_to(demo_people["operator"]).values_list("title", flat=True)
    )
    assert titles == {"Canteen closed on Friday"}


def test_index_lists_pinned_first_then_newest(login, make_news):
    today = date.today()
    make_news("Old news", date=today - timedelta(days=10))
    make_news("Newest news", date=today)
    make_news(
        "Pinned rota change",
        date=today - timedelta(days=20),
        pinned_until=today + timedelta(days=3),
    )
    make_news(
        "Pin that expired", date=today - timedelta(days=5), pinned_until=today - timedelta(days=1)
    )
    html = login("operator").get("/news/").content.decode()
    order = [
        html.index(title)
        for title in ["Pinned rota change", "Newest news", "Pin that expired", "Old news"]
    ]
    assert order == sorted(order)


def test_index_filters_by_category_and_paginates(login, make_news):
    for number in range(12):
        make_news(
            f"Cover needed shift {number}",
            category="shift-cover",
            date=date.today() - timedelta(days=number),
        )
    make_news("Star of the month", category="recognition")
    client = login("operator")

    recognition = client.get("/news/?category=recognition").content.decode()
    assert "Star of the month" in recognition and "Cover needed" not in recognition

    first = client.get("/news/?category=shift-cover").content.decode()
    second = client.get("/news/?category=shift-cover&page=2").content.decode()
    assert first.count('class="news-item__title"') == 10
    assert second.count('class="news-item__title"') == 2
    assert "Page 2 of 2" in second
    # An unknown category shows everything rather than an error.
    assert "Star of the month" in client.get("/news/?category=bogus").content.decode()


def test_acknowledge_by_needs_must_read(make_news):
    page = make_news("Headset rollout")
    page.acknowledge_by = date.today()
    with pytest.raises(ValidationError, match="must-read"):
        page.full_clean()


def test_reader_acknowledges_a_must_read_once(login, make_news, demo_people):
    page = make_news(
        "New ID check rule",
        must_read=True,
        acknowledge_by=date.today() + timedelta(days=3),
        category="policy",
    )
    client = login("operator")
    assert "New ID check rule" in client.get("/").content.decode()
    assert "I have read this" in client.get(page.url).content.decode()

    url = f"/kb/news/{page.pk}/acknowledge/"
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302  # pressing twice is harmless
    assert Acknowledgement.objects.filter(page=page).count() == 1
    assert "You confirmed you read this" in client.get(page.url).content.decode()
    assert "Must read (" not in client.get("/").content.decode()


def test_acknowledge_needs_post_and_a_visible_must_read(login, make_news):
    plain = make_news("Canteen menu")
    other_team = make_news("Sales rule", must_read=True, teams=["outbound-sales"])
    client = login("operator")
    assert client.get(f"/kb/news/{other_team.pk}/acknowledge/").status_code == 405
    assert client.post(f"/kb/news/{plain.pk}/acknowledge/").status_code == 404
    assert client.post(f"/kb/news/{other_team.pk}/acknowledge/").status_code == 404
    assert not Acknowledgement.objects.exists()


def test_feed_is_valid_atom_with_the_users_entries(login, make_news):
    make_news("Fire drill on Tuesday", must_read=True)
    make_news("Sales leaderboard", teams=["outbound-sales"])
    response = login("operator").get("/news/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}title").text == "Callpath team news"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "[Must read] Fire drill on Tuesday"
    ]
    entry = entries[0]
    for required in ("id", "updated", "link", "summary"):
        assert entry.find(f"{ATOM}{required}") is not None
    assert entry.find(f"{ATOM}link").get("href").endswith("/news/fire-drill-on-tuesday/")


def test_feed_needs_login(client, db):
    assert client.get("/news/feed/").status_code == 302


def test_unpublished_news_is_hidden(login, make_news):
    draft = make_news("Draft announcement", live=False)
    client = login("operator")
    assert "Draft announcement" not in client.get("/news/").content.decode()
    assert client.get(f"/news/{draft.slug}/").status_code == 404


def test_news_index_runs_a_fixed_number_of_queries(login, make_news, django_assert_max_num_queries):
    client = login("operator")
    for number in range(3):
        make_news(f"Update {number}", must_read=number == 0)
    client.get("/news/")
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(17) as few:  # with the site root paths reloaded
        client.get("/news/")
    for number in range(3, 10):
        make_news(f"Update {number}", pinned_until=date.today(), teams=["inbound-support"])
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/news/")


@pytest.mark.parametrize("username, sees", [("operator", False), ("lead", True), ("admin", True)])
def test_news_restricted_to_a_group_is_listed_only_for_that_group(login, make_news, username, sees):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    notice = make_news("Pay review for team leads", must_read=True)
    restriction = PageViewRestriction.objects.create(
        page=notice, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Leads"))
    client = login(username)
    for url in ("/news/", "/", "/news/feed/"):
        assert (notice.title in client.get(url).content.decode()) is sees, url
