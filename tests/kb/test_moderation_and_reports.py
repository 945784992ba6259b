import csv
import io
from datetime import date, timedelta

import pytest
from wagtail.models import Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from kb.models import Acknowledgement, GuidePage

pytestmark = pytest.mark.django_db


def test_guides_are_moderated_by_the_guide_approval_workflow(make_guide):
    guide = make_guide("Refund script")
    workflow = guide.get_workflow()
    assert workflow.name == "Guide approval"
    task = workflow.tasks.get().specific
    assert [group.name for group in task.groups.all()] == ["Leads"]


def test_mentor_submits_and_cannot_publish_lead_approves(make_guide, demo_people):
    mentor, lead = demo_people["mentor"], demo_people["lead"]
    guide = make_guide("Refund script", live=False, owner=mentor)
    assert not guide.permissions_for_user(mentor).can_publish()
    assert guide.get_parent().permissions_for_user(mentor).can_add_subpage()

    guide.title = "Refund request script"
    revision = guide.save_revision(user=mentor)
    workflow_state = Workflow.objects.get(name="Guide approval").start(guide, user=mentor)
    task_state = workflow_state.current_task_state
    task = task_state.task.specific

    assert not task.user_can_access_editor(guide, mentor) or not any(
        name == "approve" for name, *_ in task.get_actions(guide, mentor)
    )
    assert "approve" in [name for name, *_ in task.get_actions(guide, lead)]

    task_state.approve(user=lead)
    guide = GuidePage.objects.get(pk=guide.pk)
    assert guide.live and guide.title == "Refund request script"
    assert guide.live_revision_id == revision.pk


def test_mentor_can_create_guides_not_news(demo_people):
    from kb.models import GuideIndexPage, NewsIndexPage

    mentor = demo_people["mentor"]
    assert GuideIndexPage.objects.get().permissions_for_user(mentor).can_add_subpage()
    assert not NewsIndexPage.objects.get().permissions_for_user(mentor).can_add_subpage()
    assert NewsIndexPage.objects.get().permissions_for_user(demo_people["lead"]).can_add_subpage()


def edit_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "refund-script",
            "kind": "script",
            "summary": "What to say when a customer asks for a refund.",
            "body": streamfield([("paragraph", rich_text("<p>Listen first.</p>"))]),
            **extra,
        }
    )


def test_mentor_publish_attempt_in_the_admin_saves_a_draft_only(login, make_guide, demo_people):
    guide = make_guide("Refund script", live=False, owner=demo_people["mentor"])
    client = login("mentor")

    client.post(f"/admin/pages/{guide.pk}/edit/", edit_form("Refund script v2"))
    assert (
        GuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object().title
        == "Refund script v2"
    )

    client.post(
        f"/admin/pages/{guide.pk}/edit/",
        edit_form("Refund script v3", **{"action-publish": "publish"}),
    )
    guide = GuidePage.objects.get(pk=guide.pk)
    assert not guide.live
    assert guide.live_revision is None

    client.post(
        f"/admin/pages/{guide.pk}/edit/",
        edit_form("Refund script v4", **{"action-submit": "submit"}),
    )
    assert GuidePage.objects.get(pk=guide.pk).workflow_in_progress


def test_lead_publishes_in_the_admin(login, make_guide):
    guide = make_guide("Refund script", live=False)
    login("lead").post(
        f"/admin/pages/{guide.pk}/edit/",
        edit_form("Refund script", **{"action-publish": "publish"}),
    )
    assert GuidePage.objects.get(pk=guide.pk).live


def exported(response):
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def review_guides(make_guide, demo_people):
    today = date.today()
    return {
        "overdue": make_guide(
            "Overdue guide",
            owner=demo_people["mentor"],
            review_by=today - timedelta(days=10),
            last_reviewed=today - timedelta(days=400),
        ),
        "never": make_guide(
            "Never reviewed guide",
            owner=demo_people["pkowalski"],
            review_by=today + timedelta(days=90),
        ),
        "fresh": make_guide(
            "Fresh guide",
            owner=demo_people["mentor"],
            review_by=today + timedelta(days=90),
            last_reviewed=today,
        ),
    }


def test_freshness_report_for_leads_lists_stale_guides_with_export(login, review_guides):
    client = login("lead")
    html = client.get("/admin/reports/kb/freshness/").content.decode()
    assert "Overdue guide" in html and "Overdue by 10 days" in html
    assert "Never reviewed guide" in html and "Never reviewed" in html
    assert "Fresh guide" not in html

    export = client.get("/admin/reports/kb/freshness/?export=csv")
    rows = list(csv.DictReader(io.StringIO(exported(export))))
    assert {row["Guide"] for row in rows} == {"Overdue guide", "Never reviewed guide"}
    assert client.get("/admin/reports/kb/freshness/?export=xlsx")["Content-Type"].startswith(
        "application/vnd.openxmlformats"
    )


def test_freshness_report_shows_mentors_only_their_own_guides(login, review_guides):
    html = login("mentor").get("/admin/reports/kb/freshness/").content.decode()
    assert "Overdue guide" in html and "Never reviewed guide" not in html


@pytest.fixture
def must_read(make_news, demo_people):
    page = make_news(
        "New ID check rule", must_read=True, acknowledge_by=date.today() - timedelta(days=1)
    )
    Acknowledgement.objects.create(page=page, user=demo_people["operator"])
    make_news("Sales-only must-read", must_read=True, teams=["outbound-sales"])
    return page


def test_receipts_report_lists_the_leads_team_read_and_unread(login, must_read):
    client = login("lead")
    html = client.get("/admin/reports/kb/receipts/").content.decode()
    assert "New ID check rule" in html
    assert "Amira Haddad" in html and "Priya Sharma" in html
    assert "Marcus Bell" not in html  # another team
    assert "Sales-only must-read" not in html

    rows = list(
        csv.DictReader(io.StringIO(exported(client.get("/admin/reports/kb/receipts/?export=csv"))))
    )
    by_person = {row["Person"]: row for row in rows}
    assert by_person["Amira Haddad"]["Status"] == "Read"
    assert by_person["Priya Sharma"]["Status"] == "Overdue"
    assert len(rows) == 13  # everyone in Inbound Support, once

    unread = exported(client.get("/admin/reports/kb/receipts/?status=unread&export=csv"))
    assert "Amira Haddad" not in unread and "Priya Sharma" in unread


def test_admin_sees_receipts_for_every_team(login, must_read):
    html = login("admin").get("/admin/reports/kb/receipts/").content.decode()
    assert "Marcus Bell" in html and "Sales-only must-read" in html


@pytest.mark.parametrize(
    "username,receipts,freshness",
    [
        ("operator", 403, 403),  # no admin access at all: the site's "not allowed" page
        ("mentor", 302, 200),  # refused receipts
        ("lead", 200, 200),
        ("admin", 200, 200),
    ],
)
def test_report_permissions_per_role(login, username, receipts, freshness):
    client = login(username)
    assert client.get("/admin/reports/kb/receipts/").status_code == receipts
    assert client.get("/admin/reports/kb/freshness/").status_code == freshness
