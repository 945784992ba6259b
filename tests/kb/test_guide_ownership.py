"""Who looks after a guide in the Wagtail admin, and what other mentors may do with it.

`mentor` (Daniel) owns the guide; `pkowalski` is another mentor; `lead` and `admin` look
after every guide. The owner, leads and admins lock, delete, move and submit a guide; another
mentor may propose a change (a draft, a comment) without taking it over. Only leads and admins
change who owns a guide (the owner is the page's, changed by publishing, which they do).
"""

import pytest
from wagtail.models import Comment
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from kb.models import GuideIndexPage, GuidePage

pytestmark = pytest.mark.django_db

LOOK_AFTER = ["mentor", "lead", "admin"]
OWNER_REFUSAL = "Only a lead can change who owns this guide (its owner is Daniel Okafor)."


@pytest.fixture
def guide(make_guide, demo_people):
    return make_guide("Refund script", owner=demo_people["mentor"])


@pytest.fixture
def draft_guide(make_guide, demo_people):
    return make_guide("Callback script", live=False, owner=demo_people["mentor"])


def guide_form(title, owner, slug="refund-script", **extra):
    """The editor's form as the browser posts it (the owner is a user id, "" for nobody)."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "kind": "script",
            "summary": "What to say when a customer asks for a refund.",
            "body": streamfield([("paragraph", rich_text("<p>Listen first.</p>"))]),
            "owner": owner.pk if owner else "",
            **extra,
        }
    )


def latest(guide):
    return GuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()


def test_another_mentor_proposes_a_change_as_a_draft(login, guide, demo_people):
    response = login("pkowalski").post(
        f"/admin/pages/{guide.pk}/edit/",
        guide_form("Refund script, revised", demo_people["mentor"]),
    )
    assert response.status_code == 302
    page = GuidePage.objects.get(pk=guide.pk)
    assert page.title == "Refund script" and page.has_unpublished_changes
    revision = page.get_latest_revision()
    assert revision.user == demo_people["pkowalski"]
    assert revision.as_object().title == "Refund script, revised"
    assert page.owner == revision.as_object().owner == demo_people["mentor"]


def test_another_mentor_leaves_a_comment(login, guide, demo_people):
    comment = {
        "comments-TOTAL_FORMS": "1",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "",
        "comments-0-DELETE": "",
        "comments-0-resolved": "",
        "comments-0-id": "",
        "comments-0-contentpath": "title",
        "comments-0-text": "Offer the refund before the callback?",
        "comments-0-position": "",
        "comments-0-replies-TOTAL_FORMS": "0",
        "comments-0-replies-INITIAL_FORMS": "0",
        "comments-0-replies-MIN_NUM_FORMS": "0",
        "comments-0-replies-MAX_NUM_FORMS": "0",
    }
    login("pkowalski").post(
        f"/admin/pages/{guide.pk}/edit/",
        {**guide_form("Refund script", demo_people["mentor"]), **comment},
    )
    comment = Comment.objects.get(page=guide)
    assert (comment.user, comment.text) == (
        demo_people["pkowalski"],
        "Offer the refund before the callback?",
    )


@pytest.mark.parametrize(
    "username, new_owner",
    [("pkowalski", "pkowalski"), ("pkowalski", None), ("mentor", "pkowalski")],
)
def test_mentors_cannot_change_the_owner(login, guide, demo_people, username, new_owner):
    client = login(username)
    revisions = guide.revisions.count()
    owner = demo_people[new_owner] if new_owner else None
    url = f"/admin/pages/{guide.pk}/edit/"
    response = client.post(url, guide_form("Refund script, revised", owner))
    assert response.status_code == 302 and response["Location"] == url
    assert guide.revisions.count() == revisions  # nothing saved
    assert latest(guide).title == "Refund script"
    assert OWNER_REFUSAL in client.get(url).content.decode()


def test_another_mentor_cannot_take_over_a_draft_guide(login, draft_guide, demo_people):
    # Saving a guide that is not live writes the owner to it at once.
    url = f"/admin/pages/{draft_guide.pk}/edit/"
    form = guide_form("Callback script", demo_people["pkowalski"], slug="callback-script")
    login("pkowalski").post(url, form)
    assert GuidePage.objects.get(pk=draft_guide.pk).owner == demo_people["mentor"]
    assert login("pkowalski").post(f"/admin/pages/{draft_guide.pk}/lock/").status_code == 302
    assert not GuidePage.objects.get(pk=draft_guide.pk).locked


@pytest.mark.parametrize("username", ["pkowalski", "mentor"])
def test_a_form_without_the_owner_field_keeps_the_owner(login, draft_guide, demo_people, username):
    form = guide_form("Callback script, revised", None, slug="callback-script")
    del form["owner"]
    login(username).post(f"/admin/pages/{draft_guide.pk}/edit/", form)
    page = GuidePage.objects.get(pk=draft_guide.pk)
    assert page.get_latest_revision_as_object().title == "Callback script, revised"
    assert page.owner == demo_people["mentor"]


@pytest.mark.parametrize("username", ["lead", "admin"])
def test_leads_and_admins_hand_a_guide_over(login, guide, demo_people, username):
    login(username).post(
        f"/admin/pages/{guide.pk}/edit/",
        guide_form("Refund script", demo_people["pkowalski"], **{"action-publish": "publish"}),
    )
    assert GuidePage.objects.get(pk=guide.pk).owner == demo_people["pkowalski"]


@pytest.mark.parametrize("username", [*LOOK_AFTER, "pkowalski"])
def test_only_those_who_look_after_a_guide_lock_it(login, guide, username):
    response = login(username).post(f"/admin/pages/{guide.pk}/lock/")
    assert response.status_code == 302
    assert GuidePage.objects.get(pk=guide.pk).locked == (username in LOOK_AFTER)


@pytest.mark.parametrize("username", [*LOOK_AFTER, "pkowalski"])
def test_only_those_who_look_after_a_draft_guide_delete_it(login, draft_guide, username):
    client = login(username)
    allowed = username in LOOK_AFTER
    response = client.get(f"/admin/pages/{draft_guide.pk}/delete/")
    assert response.status_code == (200 if allowed else 302)
    client.post(f"/admin/pages/{draft_guide.pk}/delete/")
    assert GuidePage.objects.filter(pk=draft_guide.pk).exists() != allowed


def test_another_mentor_cannot_move_a_guide(login, draft_guide):
    response = login("pkowalski").get(f"/admin/pages/{draft_guide.pk}/move/")
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert login("mentor").get(f"/admin/pages/{draft_guide.pk}/move/").status_code == 200


def test_another_mentor_cannot_submit_a_guide_for_approval(login, draft_guide, demo_people):
    form = guide_form(
        "Callback script", demo_people["mentor"], slug="callback-script", **{"action-submit": "1"}
    )
    login("pkowalski").post(f"/admin/pages/{draft_guide.pk}/edit/", form)
    # Kept as a draft, a proposal for the owner: not sent to the leads.
    assert not GuidePage.objects.get(pk=draft_guide.pk).workflow_in_progress

    login("mentor").post(f"/admin/pages/{draft_guide.pk}/edit/", form)
    assert GuidePage.objects.get(pk=draft_guide.pk).workflow_in_progress


def create_url():
    return f"/admin/pages/add/kb/guidepage/{GuideIndexPage.objects.get().pk}/"


def test_a_mentor_owns_the_guides_they_write(login, demo_people):
    client = login("mentor")
    response = client.post(
        create_url(), guide_form("Hold music", demo_people["pkowalski"], slug="hold-music")
    )
    assert response.status_code == 302 and response["Location"] == create_url()
    assert not GuidePage.objects.filter(slug="hold-music").exists()
    assert (
        "only a lead can name someone else as the owner"
        in client.get(create_url()).content.decode()
    )

    client.post(create_url(), guide_form("Hold music", demo_people["mentor"], slug="hold-music"))
    assert GuidePage.objects.get(slug="hold-music").owner == demo_people["mentor"]


def test_a_lead_names_the_owner_of_a_new_guide(login, demo_people):
    login("lead").post(
        create_url(), guide_form("Hold music", demo_people["mentor"], slug="hold-music")
    )
    assert GuidePage.objects.get(slug="hold-music").owner == demo_people["mentor"]
