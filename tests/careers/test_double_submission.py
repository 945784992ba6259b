"""Each action is recorded once: a form sent twice (a double click, a resubmitted page) makes
one record, and the second request is told so instead of failing.

Sequential repeats through the site here; simultaneous ones against a live server are in
tests/faults/test_concurrent_writes.py.
"""

import importlib
import re
import uuid
from datetime import date

import pytest
from django.contrib.messages import get_messages
from django.db import IntegrityError, transaction

from careers import quality
from careers.models import (
    Assessment,
    CalibrationSession,
    DisputeResolution,
    OperatorProfile,
    PracticeEntry,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    SignOff,
)
from careers.submissions import recorded_once
from kb.models import QuizAttempt
from tests.careers.conftest import level
from tests.careers.test_reviews import (  # noqa: F401 (the scorecard fixture)
    make_review,
    review_data,
    scorecard,
)
from tests.kb.conftest import QUIZ, make_guide, paragraph  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

TODAY = date.today().isoformat()
KEY = re.compile(r'name="submission_key" value="([0-9a-f-]{36})"')


def rendered_key(client, path):
    """The one-time key of the form on `path`, as a browser would post it back."""
    return KEY.search(client.get(path).content.decode()).group(1)


def posted_twice(client, path, data):
    """Post the same form twice; the second response, followed, with its messages."""
    first = client.post(path, data)
    assert first.status_code == 302, first.content.decode()[:500]
    second = client.post(path, data, follow=True)
    assert second.status_code == 200
    return second, [str(message) for message in get_messages(second.wsgi_request)]


def assessment_data(ladder, key):
    return {
        "competency": ladder["listening"].pk,
        "rating": "3",
        "evidence": "Call 4412: summarised the fault back before fixing it.",
        "assessed_on": TODAY,
        "submission_key": key,
    }


def test_an_assessment_form_sent_twice_records_one_assessment(login, ladder):
    client = login("mentor")
    key = rendered_key(client, "/progress/operator/assess/")

    response, shown = posted_twice(
        client, "/progress/operator/assess/", assessment_data(ladder, key)
    )

    assert Assessment.objects.get().submission_key == uuid.UUID(key)
    assert response.redirect_chain[-1][0] == "/progress/operator/"
    assert any("already recorded" in message for message in shown)


def test_a_new_rating_from_a_freshly_opened_form_is_recorded(login, ladder):
    client = login("mentor")
    for _ in range(2):
        key = rendered_key(client, "/progress/operator/assess/")
        client.post("/progress/operator/assess/", assessment_data(ladder, key))
    assert Assessment.objects.count() == 2


def test_a_promotion_decided_twice_from_one_form_is_one_decision(login, ladder):
    client = login("lead")
    key = rendered_key(client, "/progress/operator/")
    data = {
        "outcome": "promote",
        "target_level": level("senior-operator").pk,
        "rationale": "Consistent quality and ready to buddy new starters.",
        "override_reason": "Covering the floor since May.",
        "submission_key": key,
    }

    # The first post promoted Amira, so the level the form offered is no longer a next
    # step: the repeat is still recognised as the same decision, not refused as invalid.
    response, shown = posted_twice(client, "/progress/operator/decide/", data)

    assert PromotionDecision.objects.count() == 1
    assert OperatorProfile.objects.get(user__username="operator").level == level("senior-operator")
    assert any("already recorded" in message for message in shown)
    # A later decision comes from a newly opened form and is recorded.
    data.update(
        submission_key=rendered_key(client, "/progress/operator/"),
        outcome="not_yet",
        target_level=level("trainer").pk,
        override_reason="",
    )
    assert client.post("/progress/operator/decide/", data).status_code == 302
    assert PromotionDecision.objects.count() == 2


def test_practice_logged_twice_from_one_form_is_one_entry(login, ladder):
    client = login("cdubois")
    data = {
        "kind": "calls",
        "practised_on": TODAY,
        "hours": "2.5",
        "calls": "9",
        "note": "Billing queue with Daniel listening in.",
        "submission_key": rendered_key(client, "/progress/practice/"),
    }
    _, shown = posted_twice(client, "/progress/practice/", data)
    assert PracticeEntry.objects.count() == 1
    assert any("already logged" in message for message in shown)


def test_cosigning_twice_cosigns_once(login, ladder, demo_people):
    entry = PracticeEntry.objects.create(
        trainee=demo_people["cdubois"], kind="calls", hours=2, calls=8
    )
    _, shown = posted_twice(login("mentor"), f"/progress/practice/{entry.pk}/cosign/", {})
    entry.refresh_from_db()
    assert entry.cosigned_by.username == "mentor"
    assert "That entry was already co-signed." in shown


def test_a_signoff_given_twice_is_one_signoff(login, ladder):
    data = {"requirement": ladder["cleared"].pk, "signed_on": TODAY, "note": "25 calls alone."}
    response, shown = posted_twice(login("mentor"), "/progress/cdubois/sign-off/", data)
    assert SignOff.objects.count() == 1
    assert response.redirect_chain[-1][0] == "/progress/cdubois/"
    assert any("is already signed off" in message for message in shown)


@pytest.mark.parametrize("requirement", ["²", "99999999999999999999", "", "x"])
def test_a_signoff_of_a_malformed_requirement_is_a_form_error(login, ladder, requirement):
    response = login("mentor").post(
        "/progress/cdubois/sign-off/", {"requirement": requirement, "signed_on": TODAY}
    )
    assert response.status_code == 400
    assert not SignOff.objects.exists()


def test_a_review_saved_twice_from_one_form_is_one_review(login, scorecard):  # noqa: F811
    client = login("mentor")
    path = "/reviews/new/operator/"
    key = rendered_key(client, f"{path}?scorecard={scorecard['card'].pk}")
    response, shown = posted_twice(client, path, review_data(scorecard, submission_key=key))
    review = QualityReview.objects.get()
    assert response.redirect_chain[-1][0] == f"/reviews/{review.pk}/"
    assert any("already saved" in message for message in shown)


def test_acknowledging_a_review_twice_is_one_acknowledgement(login, demo_people, scorecard):  # noqa: F811
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    _, shown = posted_twice(login("operator"), f"/reviews/{review.pk}/acknowledge/", {})
    assert review.responses.count() == 1
    assert "You have already acknowledged this review." in shown


def test_a_dispute_sent_twice_is_one_dispute(login, demo_people, scorecard):  # noqa: F811
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    client = login("operator")
    data = {"criterion": scorecard["fix"].pk, "comment": "At 3:40 I offered the refund first."}
    response, shown = posted_twice(client, f"/reviews/{review.pk}/dispute/", data)
    assert review.responses.count() == 1
    assert response.redirect_chain[-1][0] == f"/reviews/{review.pk}/"
    assert any("already disputed" in message for message in shown)
    # Another criterion of the same review can still be disputed.
    data["criterion"] = scorecard["greet"].pk
    assert client.post(f"/reviews/{review.pk}/dispute/", data).status_code == 302
    assert review.responses.count() == 2


def test_a_ruling_sent_twice_is_one_resolution_and_one_revision(login, demo_people, scorecard):  # noqa: F811
    review = make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    dispute = ReviewResponse.objects.create(
        review=review,
        kind="disputed",
        criterion=scorecard["fix"],
        comment="At 3:40 I offered the refund first.",
        created_by=demo_people["operator"],
    )
    data = {"outcome": "changed", "new_score": "4", "note": "Listened again: refund first."}
    _, shown = posted_twice(login("lead"), f"/reviews/disputes/{dispute.pk}/resolve/", data)
    assert DisputeResolution.objects.count() == 1
    assert QualityReview.objects.count() == 2  # the review and one revision
    assert "That dispute has already been resolved." in shown


def test_a_calibration_session_set_up_twice_is_one_session(login, demo_people, scorecard):  # noqa: F811
    client = login("lead")
    data = {
        "scorecard": scorecard["card"].pk,
        "operator": demo_people["operator"].pk,
        "call_reference": "50110",
        "call_date": TODAY,
        "notes": "How strictly do we score the identity check?",
        "submission_key": rendered_key(client, "/reviews/calibration/new/"),
    }
    _, shown = posted_twice(client, "/reviews/calibration/new/", data)
    assert CalibrationSession.objects.count() == 1
    assert any("already set up" in message for message in shown)


def test_a_quiz_answered_twice_from_one_form_is_one_attempt(login, make_guide):  # noqa: F811
    guide = make_guide("ID checks", body=[paragraph("Verify."), QUIZ])
    client = login("operator")
    data = {"q0": "2", "q1": "2", "submission_key": rendered_key(client, guide.url)}
    _, shown = posted_twice(client, f"/kb/guides/{guide.pk}/quiz/", data)
    assert QuizAttempt.objects.count() == 1
    assert "These answers were already scored." in shown
    # Another go from the page opened again is another attempt.
    data["submission_key"] = rendered_key(client, guide.url)
    client.post(f"/kb/guides/{guide.pk}/quiz/", data)
    assert QuizAttempt.objects.count() == 2


# ---------------------------------------------------------------------------------------
# The rules are in the database, whatever writes


def duplicate_of(record, **changes):
    """An unsaved copy of `record` with `changes`."""
    copy = type(record).objects.get(pk=record.pk)
    copy.pk = copy.id = None
    for name, value in changes.items():
        setattr(copy, name, value)
    return copy


def test_one_per_rules_are_database_constraints(demo_people, ladder, scorecard):  # noqa: F811
    operator, mentor = demo_people["operator"], demo_people["mentor"]
    review = make_review(scorecard, operator, mentor)
    acknowledgement = ReviewResponse.objects.create(
        review=review, kind="acknowledged", created_by=operator
    )
    dispute = ReviewResponse.objects.create(
        review=review, kind="disputed", criterion=scorecard["fix"], created_by=operator
    )
    signoff = SignOff.objects.create(
        operator=demo_people["cdubois"], requirement=ladder["cleared"], signed_by=mentor
    )
    session = CalibrationSession.objects.create(
        scorecard=scorecard["card"], call_reference="1", call_date=date.today(), operator=operator
    )
    scoring = make_review(scorecard, operator, mentor, calibration=session)
    key = uuid.uuid4()
    make_review(scorecard, operator, mentor, submission_key=key)

    for copy in (
        duplicate_of(acknowledgement),
        duplicate_of(dispute, comment="Again."),
        duplicate_of(signoff, signed_by=demo_people["lead"]),
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            copy.save(force_insert=True)
    for fields in ({"calibration": session}, {"submission_key": key}):
        with pytest.raises(IntegrityError), transaction.atomic():
            make_review(scorecard, operator, mentor, **fields)
    assert scoring.calibration == session


def test_recorded_once_answers_none_for_a_duplicate_and_keeps_nothing(demo_people, ladder):
    operator, mentor = demo_people["cdubois"], demo_people["mentor"]

    def sign():
        practice = PracticeEntry.objects.create(trainee=operator, kind="calls", hours=1)
        SignOff.objects.create(operator=operator, requirement=ladder["cleared"], signed_by=mentor)
        return practice

    assert recorded_once(sign) is not None
    assert recorded_once(sign) is None
    assert (PracticeEntry.objects.count(), SignOff.objects.count()) == (1, 1)


def test_recorded_once_lets_other_integrity_errors_through(demo_people):
    def broken():
        return Assessment.objects.create(operator=demo_people["operator"], rating=3)

    with pytest.raises(IntegrityError):
        recorded_once(broken)


def test_the_migration_removes_only_exact_repeats_of_double_submissions(demo_people):
    cleanup = importlib.import_module("careers.migrations.0005_remove_double_submissions")
    operator, lead = demo_people["operator"], demo_people["lead"]

    def dispute(pk, comment):
        return ReviewResponse(pk=pk, review_id=1, kind="disputed", criterion_id=1, comment=comment)

    first, copy = dispute(1, "At 3:40."), dispute(2, "At 3:40.")
    assert cleanup.copies_to_remove([first, copy], ["created_by_id", "comment"]) == [copy]
    signoffs = [SignOff(pk=1, signed_by=operator), SignOff(pk=2, signed_by=lead)]
    with pytest.raises(RuntimeError, match=r"rows \[1, 2\] break a new one-per rule"):
        cleanup.copies_to_remove(signoffs, ["signed_by_id"])


def test_existing_quality_helpers_still_create_reviews_without_a_key(demo_people, scorecard):  # noqa: F811
    # Records made outside a form (demo data, revisions) carry no key and never clash.
    for _ in range(2):
        make_review(scorecard, demo_people["operator"], demo_people["mentor"])
    review = QualityReview.objects.first()
    quality.revise_review(review, scorecard["fix"], 4)
    assert QualityReview.objects.filter(submission_key__isnull=True).count() == 3
