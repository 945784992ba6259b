from datetime import date, timedelta

import pytest
from django.core.cache import cache
from wagtail.models import ModelLogEntry

from careers.models import (
    Assessment,
    CareerLevelPage,
    OperatorProfile,
    PracticeEntry,
    SignOff,
)

pytestmark = pytest.mark.django_db

# Who looks at `operator` (Inbound Support, mentored by `mentor`, team led by `lead`).
VIEWERS = {
    "operator": "self",
    "lcarter": "other operator",
    "mentor": "mentor of",
    "pkowalski": "other mentor",
    "lead": "lead of team",
    "rhughes": "lead of other team",
    "admin": "admin",
}
CAN_VIEW = {"operator", "mentor", "lead", "admin"}
CAN_ASSESS = {"mentor", "lead", "admin"}


@pytest.mark.parametrize("viewer", VIEWERS)
def test_operator_page_is_404_for_anyone_not_entitled(login, ladder, viewer):
    response = login(viewer).get("/progress/operator/")
    assert response.status_code == (200 if viewer in CAN_VIEW else 404)


def test_unknown_operator_is_404_like_a_hidden_one(login, ladder):
    assert login("mentor").get("/progress/nobody-by-this-name/").status_code == 404


@pytest.mark.parametrize("viewer", VIEWERS)
def test_assessment_form_and_post_per_role(login, ladder, viewer):
    client = login(viewer)
    expected_get = 200 if viewer in CAN_VIEW else 404
    assert client.get("/progress/operator/assess/").status_code == expected_get
    response = client.post(
        "/progress/operator/assess/",
        {
            "competency": ladder["listening"].pk,
            "rating": "3",
            "evidence": "Call 4412: summarised the fault back before fixing it.",
            "assessed_on": date.today().isoformat(),
        },
    )
    assessments = Assessment.objects.filter(operator__username="operator")
    if viewer in CAN_VIEW:
        assert response.status_code == 302
        assessment = assessments.get()
        expected_kind = {"operator": "self", "mentor": "mentor"}.get(viewer, "lead")
        assert assessment.kind == expected_kind
        assert assessment.assessor.username == viewer
    else:
        assert response.status_code == 404
        assert not assessments.exists()


def test_invalid_assessment_shows_errors_and_writes_nothing(login, ladder):
    response = login("mentor").post(
        "/progress/operator/assess/",
        {
            "competency": ladder["listening"].pk,
            "rating": "7",
            "evidence": "",
            "assessed_on": (date.today() + timedelta(days=3)).isoformat(),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "This field is required" in html
    assert "cannot be in the future" in html
    assert not Assessment.objects.exists()


def test_assessments_are_append_only_and_audited(login, ladder):
    login("mentor").post(
        "/progress/operator/assess/",
        {
            "competency": ladder["listening"].pk,
            "rating": "2",
            "evidence": "Interrupted twice.",
            "assessed_on": date.today().isoformat(),
        },
    )
    assessment = Assessment.objects.get()
    assessment.rating = 4
    with pytest.raises(Exception, match="cannot be changed"):
        assessment.save()
    assert Assessment.objects.get().rating == 2
    entry = ModelLogEntry.objects.get(action="callpath.assessment")
    assert entry.user.username == "mentor" and entry.object_id == str(assessment.pk)


def test_a_correction_is_a_new_assessment_and_the_latest_counts(login, ladder):
    client = login("mentor")
    for rating in ("4", "3"):
        client.post(
            "/progress/operator/assess/",
            {
                "competency": ladder["listening"].pk,
                "rating": rating,
                "evidence": "Observed.",
                "assessed_on": date.today().isoformat(),
            },
        )
    assert Assessment.objects.count() == 2
    html = login("operator").get("/progress/").content.decode()
    assert "3 Proficient" in html


@pytest.mark.parametrize(
    "viewer,expected",
    [
        ("cdubois", 403),
        ("operator", 404),
        ("mentor", 200),
        ("pkowalski", 404),
        ("lead", 200),
        ("rhughes", 404),
        ("admin", 200),
    ],
)
def test_signoff_form_per_role(login, ladder, viewer, expected):
    """For the trainee `cdubois`: herself, another operator, her mentor, another mentor..."""
    assert login(viewer).get("/progress/cdubois/sign-off/").status_code == expected


def sign_off(client, username, requirement):
    return client.post(
        f"/progress/{username}/sign-off/",
        {
            "requirement": requirement.pk,
            "signed_on": date.today().isoformat(),
            "note": "Took 25 calls alone with no errors.",
        },
    )


def test_signoff_rights_follow_the_ladder(login, ladder, demo_people):
    cleared = ladder["cleared"]
    # A trainer may clear a trainee for independent calls.
    assert sign_off(login("mentor"), "cdubois", cleared).status_code == 302
    signoff = SignOff.objects.get()
    assert signoff.signed_by.username == "mentor"
    assert ModelLogEntry.objects.filter(action="callpath.signoff").count() == 1


def test_signoff_refused_below_the_required_level(login, ladder, demo_people):
    # pkowalski mentors mbell but is a senior operator, not yet a trainer.
    OperatorProfile.objects.filter(user__username="mbell").update(
        level=CareerLevelPage.objects.get(slug="trainee"), target_level=ladder["cleared"].level
    )
    response = sign_off(login("pkowalski"), "mbell", ladder["cleared"])
    assert response.status_code == 400
    assert "must be signed by a Trainer or above" in response.content.decode()
    assert not SignOff.objects.exists()


def test_lead_only_signoff_is_refused_for_a_mentor(login, ladder):
    response = sign_off(login("mentor"), "operator", ladder["floor"])
    assert response.status_code == 400
    assert "must be signed by a team lead" in response.content.decode()
    assert sign_off(login("lead"), "operator", ladder["floor"]).status_code == 302
    assert SignOff.objects.get().signed_by.username == "lead"


def test_trainee_logs_practice_and_mentor_cosigns(login, ladder):
    trainee = login("cdubois")
    response = trainee.post(
        "/progress/practice/",
        {
            "kind": "calls",
            "practised_on": date.today().isoformat(),
            "hours": "2.5",
            "calls": "9",
            "note": "Billing queue with Daniel listening in.",
        },
    )
    assert response.status_code == 302
    entry = PracticeEntry.objects.get()
    assert entry.trainee.username == "cdubois" and entry.cosigned_by is None

    assert trainee.post(f"/progress/practice/{entry.pk}/cosign/").status_code == 403
    assert login("pkowalski").post(f"/progress/practice/{entry.pk}/cosign/").status_code == 404
    assert login("mentor").post(f"/progress/practice/{entry.pk}/cosign/").status_code == 302
    entry.refresh_from_db()
    assert entry.cosigned_by.username == "mentor"
    assert ModelLogEntry.objects.filter(action="callpath.practice.cosign").count() == 1

    sign_off(login("mentor"), "cdubois", ladder["cleared"])
    assert SignOff.objects.get().evidence_hours == entry.hours


def test_practice_rejects_bad_hours(login, ladder):
    response = login("cdubois").post(
        "/progress/practice/",
        {"kind": "calls", "practised_on": date.today().isoformat(), "hours": "30"},
    )
    assert response.status_code == 400
    assert not PracticeEntry.objects.exists()


@pytest.mark.parametrize(
    "viewer,expected", [("operator", 403), ("mentor", 200), ("lead", 200), ("admin", 200)]
)
def test_mentees_page_per_role(login, ladder, viewer, expected):
    response = login(viewer).get("/progress/mentees/")
    assert response.status_code == expected
    if viewer == "mentor":
        html = response.content.decode()
        assert "Amira Haddad" in html and "Chloe Dubois" in html and "Marcus Bell" not in html


def test_my_progress_shows_gate_checklist_and_self_vs_mentor(login, ladder, demo_people):
    Assessment.objects.create(
        operator=demo_people["operator"],
        competency=ladder["listening"],
        rating=1,
        kind="mentor",
        assessor=demo_people["mentor"],
        evidence="Talked over the customer.",
    )
    Assessment.objects.create(
        operator=demo_people["operator"],
        competency=ladder["listening"],
        rating=4,
        kind="self",
        assessor=demo_people["operator"],
        evidence="I think I listen well.",
    )
    html = login("operator").get("/progress/").content.decode()
    assert "What you need for Senior operator" in html
    assert "Active listening at Proficient (3) or above" in html
    assert "Differs by 2 or more" in html
    assert "0 of 2 requirements met" in html
    assert "<svg" in html and "Competency ratings against the minimum needed" in html


def test_my_progress_runs_a_fixed_number_of_queries(
    login, ladder, demo_people, django_assert_max_num_queries
):
    client = login("operator")
    client.get("/progress/")
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(40) as few:
        client.get("/progress/")
    for number in range(10):
        Assessment.objects.create(
            operator=demo_people["operator"],
            competency=ladder["listening"],
            rating=1 + number % 4,
            kind="mentor",
            assessor=demo_people["mentor"],
            evidence=f"Call {number}.",
        )
        PracticeEntry.objects.create(trainee=demo_people["operator"], kind="calls", hours=1)
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/progress/")


def test_mentees_page_runs_a_fixed_number_of_queries(
    login, ladder, demo_people, django_assert_max_num_queries
):
    client = login("mentor")
    client.get("/progress/mentees/")
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(40) as few:
        client.get("/progress/mentees/")
    operator_level = CareerLevelPage.objects.get(slug="operator")
    for username in ["psharma", "mrossi", "kmensah", "hfischer", "ewalsh", "jlindqvist"]:
        user = demo_people.get(username)
        if user:
            OperatorProfile.objects.create(
                user=user, mentor=demo_people["mentor"], level=operator_level
            )
    cache.clear()  # count the queries of the page computed, not served from the cache
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/progress/mentees/")


def test_branching_levels_show_both_next_steps(login, ladder):
    OperatorProfile.objects.filter(user__username="operator").update(
        level=CareerLevelPage.objects.get(slug="senior-operator"), target_level=None
    )
    html = login("operator").get("/progress/").content.decode()
    assert "Next steps" in html
    assert ">Trainer</a>" in html and ">Team lead</a>" in html


def test_a_target_already_reached_is_flagged_not_scored(login, ladder):
    # Promoted to senior operator while the target on record is still senior operator.
    OperatorProfile.objects.filter(user__username="operator").update(
        level=CareerLevelPage.objects.get(slug="senior-operator")
    )
    html = login("operator").get("/progress/").content.decode()
    assert "The target on record, Senior operator, is not a next step" in html
    assert "What you need for Senior operator" not in html


def test_ladder_page_shows_you_are_here_and_gate_status(login, ladder):
    html = login("operator").get("/careers/operations/").content.decode()
    operator_card = html[html.index(">Operator</a>") : html.index(">Senior operator</a>")]
    assert "You are here" in operator_card
    senior = login("operator").get("/careers/operations/senior-operator/").content.decode()
    assert "Your status: <strong>0 of 2</strong>" in senior
    assert "Sign-off: Ran the floor for a shift" in senior


def test_ladder_pages_are_readable_by_someone_not_on_the_ladder(login, ladder):
    html = login("admin").get("/careers/operations/senior-operator/").content.decode()
    assert "Active listening at Proficient (3) or above" in html
    assert "You are here" not in html
