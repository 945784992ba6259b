"""Team targeting of news holds in the Wagtail admin as it does on the site.

`lead` leads Inbound Support, `rhughes` Outbound Sales; `mentor` is an Inbound Support mentor.
A news item for Outbound Sales only is out of reach of everyone outside that team: no admin
action on it, and no admin listing, chooser, search, report or log shows its title.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from kb.models import NewsPage

pytestmark = pytest.mark.django_db

TITLE = "Outbound bonus scheme for March"
DRAFT_TITLE = "Outbound bonus scheme for March and April"


@pytest.fixture
def outbound_news(make_news, demo_people):
    """Live news for Outbound Sales only, with a newer draft saved by its team lead."""
    page = make_news(TITLE, teams=["outbound-sales"])
    page.title = DRAFT_TITLE
    page.revision = page.save_revision(user=demo_people["rhughes"], log_action=True)
    return page


def action_urls(page):
    """Every admin URL that acts on one page, read with GET."""
    revision = page.revision.pk
    by_page = [
        "edit",
        "preview_on_edit",
        "view_draft",
        "usage",
        "delete",
        "unpublish",
        "move",
        "copy",
        "set_privacy",
        "history",
        "history_results",
        "workflow_history",
    ]
    urls = [reverse(f"wagtailadmin_pages:{name}", args=[page.pk]) for name in by_page]
    urls += [
        reverse(f"wagtailadmin_pages:{name}", args=[page.pk, revision])
        for name in ("revisions_view", "revisions_revert")
    ]
    urls.append(f"/admin/pages/{page.pk}/revisions/compare/earliest...latest/")
    urls.append(f"/admin/pages/{page.pk}/")  # the page as an explorer listing
    return urls


def refused(response):
    """Wagtail's refusal inside the admin: back to the dashboard ("Sorry, you do not have
    permission"), or a plain 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_a_lead_of_another_team_is_refused_every_action(login, outbound_news):
    client = login("lead")
    for url in action_urls(outbound_news):
        response = client.get(url)
        assert refused(response), url
        assert TITLE not in response.content.decode(), url


@pytest.mark.parametrize("username", ["rhughes", "admin"])
def test_the_targeted_teams_lead_and_admins_keep_every_action(login, outbound_news, username):
    client = login(username)
    for url in action_urls(outbound_news):
        assert client.get(url).status_code == 200, url


def test_a_lead_of_another_team_changes_nothing_by_posting(login, outbound_news):
    client = login("lead")
    page_id = outbound_news.pk
    news_index = outbound_news.get_parent()
    posts = [
        (f"/admin/pages/{page_id}/edit/", {"title": "Hijacked", "slug": "hijacked"}),
        (f"/admin/pages/{page_id}/unpublish/", {}),
        (f"/admin/pages/{page_id}/delete/", {}),
        (f"/admin/pages/{page_id}/lock/", {}),
        (f"/admin/pages/{page_id}/move/{news_index.pk}/confirm/", {}),
        (f"/admin/pages/{page_id}/copy/", {"new_title": "Copy", "new_slug": "copy"}),
        (f"/admin/pages/{page_id}/revisions/{outbound_news.revision.pk}/revert/", {}),
    ]
    for url, data in posts:
        assert refused(client.post(url, data)), url
    page = NewsPage.objects.get(pk=page_id)
    assert page.live and not page.locked
    assert page.get_latest_revision().pk == outbound_news.revision.pk
    assert not Page.objects.filter(slug__in=["copy", "hijacked"]).exists()


def test_the_lead_of_the_targeted_team_can_edit_and_lock(login, outbound_news):
    client = login("rhughes")
    assert client.post(f"/admin/pages/{outbound_news.pk}/lock/").status_code == 302
    assert NewsPage.objects.get(pk=outbound_news.pk).locked


def test_a_lead_edits_news_for_everyone_and_for_their_own_team(login, make_news):
    client = login("lead")
    for page in (
        make_news("Canteen closed on Friday"),
        make_news("Inbound rota for May", teams=["inbound-support"]),
        make_news("Joint training day", teams=["inbound-support", "outbound-sales"]),
    ):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
        assert client.get(f"/admin/pages/{page.pk}/view_draft/").status_code == 200


def listed_titles(client, url):
    return client.get(url).content.decode()


def test_admin_listings_leave_out_other_teams_news(login, make_news, outbound_news):
    make_news("Inbound rota for May", teams=["inbound-support"])
    news_index = outbound_news.get_parent()
    listings = [
        f"/admin/pages/{news_index.pk}/",  # the explorer
        f"/admin/pages/{news_index.pk}/?q=Outbound",
        f"/admin/pages/{news_index.pk}/?q=Outbound&search_all=1",
        "/admin/pages/search/?q=Outbound",
        "/admin/pages/search/?q=bonus",
        f"/admin/api/main/pages/?child_of={news_index.pk}&for_explorer=1",
        f"/admin/api/main/pages/?child_of={news_index.pk}",
        "/admin/pages/usage/kb/newspage/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/reports/page-types-usage/",  # names the last edited page of each type
        "/admin/",
    ]
    lead = login("lead")
    for url in listings:
        assert "Outbound bonus" not in listed_titles(lead, url), url
    assert "Inbound rota for May" in listed_titles(lead, f"/admin/pages/{news_index.pk}/")

    rhughes = login("rhughes")
    for url in [*listings[:7], "/admin/reports/page-types-usage/"]:
        assert "Outbound bonus" in listed_titles(rhughes, url), url


def test_the_locked_pages_report_leaves_out_other_teams_news(login, outbound_news, demo_people):
    NewsPage.objects.filter(pk=outbound_news.pk).update(
        locked=True, locked_by=demo_people["rhughes"]
    )
    assert "Outbound bonus" not in listed_titles(login("lead"), "/admin/reports/locked/")
    assert "Outbound bonus" in listed_titles(login("admin"), "/admin/reports/locked/")


def test_the_audit_log_of_the_page_is_not_readable(login, outbound_news):
    assert PageLogEntry.objects.filter(page=outbound_news).exists()
    html = listed_titles(login("lead"), "/admin/reports/site-history/")
    assert "Outbound bonus" not in html
    assert "Outbound bonus" in listed_titles(login("rhughes"), "/admin/reports/site-history/")


@pytest.mark.parametrize("username", ["mentor", "lead"])
def test_chooser_and_page_types_report_leave_out_other_teams_news(login, outbound_news, username):
    client = login(username)
    news_index = outbound_news.get_parent()
    for url in (
        "/admin/reports/page-types-usage/",
        f"/admin/choose-page/{news_index.pk}/",
        "/admin/choose-page/search/?q=Outbound",
        "/admin/choose-page/search/?q=bonus",
    ):
        assert "Outbound bonus" not in listed_titles(client, url), url


@pytest.mark.parametrize("username", ["pkowalski", "rhughes", "admin"])
def test_the_page_chooser_lists_it_for_its_team_and_admins(login, outbound_news, username):
    client = login(username)
    news_index = outbound_news.get_parent()
    assert "Outbound bonus" in listed_titles(client, f"/admin/choose-page/{news_index.pk}/")
    assert "Outbound bonus" in listed_titles(client, "/admin/choose-page/search/?q=bonus")
