"""Free text people type into records has a length limit: a longer text is a form error
naming the limit, and nothing is written."""

from datetime import date

import pytest

from careers.models import (
    LONG_TEXT_LENGTH,
    NOTE_LENGTH,
    SHORT_NOTE_LENGTH,
    Assessment,
    CalibrationSession,
    DisputeResolution,
    PracticeEntry,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    SignOff,
)
from tests.careers.conftest import level
from tests.careers.test_reviews import (  # noqa: F401 (the scorecard fixture)
    calibration_data,
    make_review,
    review_data,
    scorecard,
)

pytestmark = pytest.mark.django_db

TODAY = date.today().isoformat()


def too_long(limit):
    # Ordinary words, as a paste would bring them, one character over (not a space, which
    # the form would strip).
    return ("Customer called about a double charge. " * (limit // 30 + 1))[:limit] + "."


def assert_refused(response, limit, *models):
    html = response.content.decode()
    assert response.status_code == 400
    assert f"Ensure this value has at most {limit} characters (it has {limit + 1})." in html
    for model in models:
        assert not model.objects.exists(), model


def test_assessment_evidence(login, ladder):
    response = login("mentor").post(
        "/progress/operator/assess/",
        {
            "competency": ladder["listening"].pk,
            "rating": "3",
            "evidence": too_long(LONG_TEXT_LENGTH),
            "assessed_on": TODAY,
        },
    )
    assert_refused(response, LONG_TEXT_LENGTH, Assessment)


def test_assessment_evidence_at_the_limit_is_recorded(login, ladder):
    evidence = too_long(LONG_TEXT_LENGTH)[:-1]
    login("mentor").post(
        "/progress/operator/assess/",
        {
            "competency": ladder["listening"].pk,
            "rating": "3",
            "evidence": evidence,
            "assessed_on": TODAY,
        },
    )
    assert Assessment.objects.get().evidence == evidence.strip()


def test_the_form_tells_the_browser_the_limit(login, ladder):
    html = login("mentor").get("/progress/operator/assess/").content.decode()
    assert f'maxlength="{LONG_TEXT_LENGTH}"' in html


def test_signoff_note(login, ladder):
    response = login("mentor").post(
        "/progress/cdubois/sign-off/",
        {"requirement": ladder["cleared"].pk, "signed_on": TODAY, "note": too_long(NOTE_LENGTH)},
    )
    assert_refused(response, NOTE_LENGTH, SignOff)


def test_practice_note(login, ladder):
    response = login("cdubois").post(
        "/progress/practice/",
        {
            "kind": "calls",
            "practised_on": TODAY,
            "hours": "2",
            "calls": "9",
            "note": too_long(SHORT_NOTE_LENGTH),
        },
    )
    assert_refused(response, SHORT_NOTE_LENGTH, PracticeEntry)


@pytest.mark.parametrize(
    "field,limit", [("rationale", LONG_TEXT_LENGTH), ("override_reason", NOTE_LENGTH)]
)
def test_promotion_decision_texts(login, ladder, field, limit):
    data = {
        "outcome": "promote",
        "target_level": level("senior-operator").pk,
        "rationale": "Ready.",
        "override_reason": "Covering the floor since May.",
        field: too_long(limit),
    }
    response = login("lead").post("/progress/operator/decide/", data)
    assert_refused(response, limit, PromotionDecision)


@pytest.mark.parametrize(
    "field,limit", [("comments", LONG_TEXT_LENGTH), ("coaching_actions", NOTE_LENGTH)]
)
def test_review_texts(login, scorecard, field, limit):  # noqa: F811
    response = login("mentor").post(
        "/reviews/new/operator/", review_data(scorecard, **{field: too_long(limit)})
    )
    assert_refused(response, limit, QualityReview)


def test_dispute_reason(login, demo_people, scorecard):  # noqa: F811
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    response = login("operator").post(
        f"/reviews/{review.pk}/dispute/",
        {"criterion": scorecard["fix"].pk, "comment": too_long(NOTE_LENGTH)},
    )
    assert_refused(response, NOTE_LENGTH, ReviewResponse)


def test_ruling_note(login, demo_people, scorecard):  # noqa: F811
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    dispute = ReviewResponse.objects.create(
        review=review, kind="disputed", criterion=scorecard["fix"], created_by=review.operator
    )
    response = login("lead").post(
        f"/reviews/disputes/{dispute.pk}/resolve/",
        {"outcome": "upheld", "note": too_long(NOTE_LENGTH)},
    )
    assert_refused(response, NOTE_LENGTH, DisputeResolution)


def test_calibration_notes_and_comments(login, demo_people, scorecard):  # noqa: F811
    client = login("lead")
    data = {
        "scorecard": scorecard["card"].pk,
        "operator": demo_people["operator"].pk,
        "call_reference": "50110",
        "call_date": TODAY,
        "notes": too_long(NOTE_LENGTH),
    }
    assert_refused(client.post("/reviews/calibration/new/", data), NOTE_LENGTH, CalibrationSession)

    session = CalibrationSession.objects.create(
        scorecard=scorecard["card"],
        operator=demo_people["operator"],
        call_reference="50110",
        call_date=date.today(),
    )
    data = {**calibration_data(scorecard), "comments": too_long(LONG_TEXT_LENGTH)}
    response = client.post(f"/reviews/calibration/{session.pk}/score/", data)
    assert_refused(response, LONG_TEXT_LENGTH, QualityReview)


def test_framework_texts_in_the_admin_have_limits_too():
    from careers.models import Competency, ScorecardCriterion

    for model, name in ((Competency, "description"), (ScorecardCriterion, "guidance")):
        assert model._meta.get_field(name).formfield().max_length == SHORT_NOTE_LENGTH
