"""A career record outlives nobody: deleting a user who has records about them, or who made
records about others, is refused by the database (ProtectedError) and every record stays.
Someone who leaves is deactivated or anonymised instead, which keeps working."""

import functools
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models import ProtectedError

from careers import quality
from careers.models import (
    Assessment,
    CalibrationSession,
    DisputeResolution,
    KpiMetric,
    KpiSnapshot,
    OperatorProfile,
    PracticeEntry,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    SignOff,
)
from kb.models import Acknowledgement, GuideCompletion, QuizAttempt
from tests.careers.conftest import level
from tests.careers.test_reviews import make_review, scorecard  # noqa: F401 (the fixture)
from tests.kb.conftest import QUIZ, make_guide, make_news  # noqa: F401 (the fixtures)

pytestmark = pytest.mark.django_db

RECORD_MODELS = [
    Assessment,
    KpiSnapshot,
    SignOff,
    PracticeEntry,
    QualityReview,
    ReviewResponse,
    DisputeResolution,
    CalibrationSession,
    PromotionDecision,
    QuizAttempt,
    GuideCompletion,
    Acknowledgement,
]


@pytest.fixture
def history(demo_people, ladder, scorecard, make_guide, make_news):  # noqa: F811
    """Amira (`operator`) with one record of every kind: the mentor assessed, signed off,
    co-signed and reviewed; the lead ruled on her dispute and decided her promotion."""
    amira, mentor, lead = (demo_people[name] for name in ("operator", "mentor", "lead"))
    Assessment.objects.create(
        operator=amira,
        competency=ladder["listening"],
        rating=3,
        assessor=mentor,
        kind="mentor",
        evidence="Summarised the fault back.",
    )
    metric = KpiMetric.objects.create(name="Quality score", unit="%")
    KpiSnapshot.objects.create(operator=amira, metric=metric, month=date(2026, 1, 1), value=88)
    SignOff.objects.create(operator=amira, requirement=ladder["floor"], signed_by=mentor)
    PracticeEntry.objects.create(trainee=amira, kind="calls", hours=2, cosigned_by=mentor)
    review = make_review(scorecard, amira, mentor)
    ReviewResponse.objects.create(review=review, kind="acknowledged", created_by=amira)
    dispute = ReviewResponse.objects.create(
        review=review, kind="disputed", criterion=scorecard["fix"], created_by=amira
    )
    DisputeResolution.objects.create(
        dispute=dispute,
        outcome="changed",
        note="Refund offered first.",
        new_review=quality.revise_review(review, scorecard["fix"], 4),
        resolved_by=lead,
    )
    CalibrationSession.objects.create(
        scorecard=scorecard["card"], operator=amira, call_reference="1", call_date=date.today()
    )
    PromotionDecision.objects.create(
        operator=amira,
        outcome="not_yet",
        target_level=level("senior-operator"),
        rationale="Needs the floor sign-off.",
        readiness_snapshot={},
        met_count=0,
        requirement_count=2,
        decided_by=lead,
    )
    guide = make_guide("ID checks", body=[QUIZ])
    QuizAttempt.objects.create(user=amira, page=guide, correct=2, total=2, percent=100, passed=True)
    GuideCompletion.objects.create(user=amira, page=guide)
    Acknowledgement.objects.create(
        user=amira, page=make_news("New escalation form", must_read=True)
    )
    return demo_people


def record_counts():
    return {model.__name__: model.objects.count() for model in RECORD_MODELS}


@pytest.fixture
def make_record(ladder, scorecard, make_guide, make_news):  # noqa: F811
    """`make_record(kind, about, by)`: one record of `kind` about the user `about`, made by
    the user `by`."""
    return functools.partial(one_record, ladder, scorecard, make_guide, make_news)


def one_record(ladder, card, guide_maker, news_maker, kind, about, by):
    if kind == "assessment":
        return Assessment.objects.create(
            operator=about,
            competency=ladder["listening"],
            rating=3,
            assessor=by,
            kind="mentor",
            evidence="Summarised the fault back.",
        )
    if kind == "KPI value":
        metric = KpiMetric.objects.create(name="Quality score", unit="%")
        return KpiSnapshot.objects.create(
            operator=about, metric=metric, month=date(2026, 1, 1), value=88
        )
    if kind == "sign-off":
        return SignOff.objects.create(operator=about, requirement=ladder["floor"], signed_by=by)
    if kind == "practice":
        return PracticeEntry.objects.create(trainee=about, kind="calls", hours=2, cosigned_by=by)
    if kind == "review":
        return make_review(card, about, by)
    if kind == "acknowledgement of a review":
        review = make_review(card, about, None)
        return ReviewResponse.objects.create(review=review, kind="acknowledged", created_by=by)
    if kind == "ruling":
        review = make_review(card, about, None)
        dispute = ReviewResponse.objects.create(review=review, kind="disputed", created_by=None)
        return DisputeResolution.objects.create(
            dispute=dispute, outcome="upheld", note="Stands.", resolved_by=by
        )
    if kind == "calibration session":
        return CalibrationSession.objects.create(
            scorecard=card["card"], operator=about, call_reference="1", call_date=date.today()
        )
    if kind == "promotion decision":
        return PromotionDecision.objects.create(
            operator=about,
            outcome="not_yet",
            target_level=level("senior-operator"),
            rationale="Needs the floor sign-off.",
            readiness_snapshot={},
            met_count=0,
            requirement_count=2,
            decided_by=by,
        )
    guide = guide_maker("ID checks", body=[QUIZ])
    if kind == "quiz attempt":
        return QuizAttempt.objects.create(
            user=about, page=guide, correct=2, total=2, percent=100, passed=True
        )
    if kind == "guide completion":
        return GuideCompletion.objects.create(user=about, page=guide)
    news = news_maker("New escalation form", must_read=True)
    return Acknowledgement.objects.create(user=about, page=news)


ABOUT = [
    "assessment",
    "KPI value",
    "sign-off",
    "practice",
    "review",
    "calibration session",
    "promotion decision",
    "quiz attempt",
    "guide completion",
    "news acknowledgement",
]
# Records whose author is part of the record: who judged, signed, co-signed or ruled.
BY = [
    "assessment",
    "sign-off",
    "practice",
    "review",
    "acknowledgement of a review",
    "ruling",
    "promotion decision",
]


def assert_delete_refused(user, record):
    with pytest.raises(ProtectedError), transaction.atomic():
        user.delete()
    assert type(record).objects.filter(pk=record.pk).exists()
    assert get_user_model().objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize("kind", ABOUT)
def test_deleting_the_person_a_record_is_about_is_refused(demo_people, make_record, kind):
    lena = demo_people["lcarter"]
    record = make_record(kind, lena, demo_people["mentor"])
    assert_delete_refused(lena, record)


@pytest.mark.parametrize("kind", BY)
def test_deleting_the_person_who_made_a_record_is_refused(demo_people, make_record, kind):
    mentor = demo_people["mentor"]
    record = make_record(kind, demo_people["lcarter"], mentor)
    assert_delete_refused(mentor, record)


def test_a_refused_delete_keeps_a_whole_history(history):
    before = record_counts()
    assert all(before.values()), before
    with pytest.raises(ProtectedError), transaction.atomic():
        get_user_model().objects.get(username="operator").delete()
    assert record_counts() == before


def test_someone_without_records_can_still_be_deleted(history):
    # A new starter added by mistake: only a profile, which goes with the account.
    newcomer = get_user_model().objects.create_user("newstarter")
    OperatorProfile.objects.create(user=newcomer, level=level("trainee"))
    newcomer.delete()
    assert not OperatorProfile.objects.filter(user__username="newstarter").exists()


def test_anonymising_a_person_with_records_still_works_and_keeps_them(history):
    before = record_counts()
    call_command("anonymise_person", "operator", "--yes")
    amira = Assessment.objects.get().operator
    assert amira.username.startswith("former-") and not amira.is_active
    assert record_counts() == before
