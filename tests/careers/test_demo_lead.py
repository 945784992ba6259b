import pytest

from careers.demo import load_careers, load_ladder
from careers.demo_lead import load_lead_tools
from careers.models import (
    CalibrationSession,
    DisputeResolution,
    KpiSnapshot,
    PromotionDecision,
    QualityReview,
    ReviewResponse,
    TaskType,
)
from kb.demo import load_kb

pytestmark = pytest.mark.django_db


def counts():
    return [
        model.objects.count()
        for model in (
            TaskType,
            PromotionDecision,
            QualityReview,
            ReviewResponse,
            CalibrationSession,
        )
    ]


def test_lead_demo_is_meaningful_and_idempotent(demo_people, login):
    load_ladder()
    load_kb()
    load_careers()
    assert load_lead_tools() > 0
    before = counts()
    assert load_lead_tools() == 0
    assert counts() == before

    assert TaskType.objects.count() == 4
    assert all(task.weights.exists() for task in TaskType.objects.all())
    assert PromotionDecision.objects.filter(outcome="promote").exists()
    assert PromotionDecision.objects.filter(outcome="not_yet").exists()
    assert PromotionDecision.objects.exclude(override_reason="").exists()
    assert ReviewResponse.objects.filter(kind="disputed", resolution__isnull=True).exists()
    assert DisputeResolution.objects.filter(outcome="changed", new_review__isnull=False).exists()
    session = CalibrationSession.objects.get()
    assert session.reviews.values("reviewer").distinct().count() == 3
    assert KpiSnapshot.objects.filter(source="reviews").exists()

    client = login("lead")
    for url in (
        "/team/",
        "/team/fit/",
        "/team/mentors/",
        "/reviews/",
        f"/reviews/calibration/{session.pk}/",
        "/progress/operator/",
        "/admin/reports/careers/promotions/",
    ):
        assert client.get(url).status_code == 200, url
