"""Writing quality reviews: totals, revisions after a dispute and the monthly Quality score KPI.

The arithmetic lives in `careers.scorecards`; this module stores its results. Reviews are
append-only: a changed score is a new revision that points at the review it replaces.
"""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from careers.models import (
    CriterionScore,
    KpiMetric,
    KpiSnapshot,
    KpiSource,
    QualityReview,
    ReviewResponse,
)
from careers.readiness import add_months, first_of_month
from careers.scorecards import ScoredCriterion, average_total, review_total

QUALITY_METRIC = "Quality score"


def quality_metric():
    """The "Quality score" KPI that reviews feed, created on first use."""
    metric, _ = KpiMetric.objects.get_or_create(
        name=QUALITY_METRIC,
        defaults={
            "unit": "%",
            "higher_is_better": True,
            "description": "Average call-quality review total for the month.",
        },
    )
    return metric


def current_reviews():
    """Reviews that count: the newest revision of each, outside calibration sessions."""
    return QualityReview.objects.filter(revised_by__isnull=True, calibration__isnull=True)


def total_for(scores):
    """The ReviewTotal of [(criterion, score or None), ...]."""
    return review_total(
        ScoredCriterion(weight=criterion.weight, auto_fail=criterion.auto_fail, score=score)
        for criterion, score in scores
    )


def create_review(*, scores, comments_by_criterion=None, **fields):
    """Store a review with its criterion scores and computed total.

    `scores` is [(criterion, score or None), ...]; `fields` are the QualityReview fields
    (operator, reviewer, scorecard, call_reference, call_date, ...).
    """
    comments_by_criterion = comments_by_criterion or {}
    result = total_for(scores)
    review = QualityReview.objects.create(
        total=result.total, auto_failed=result.auto_failed, **fields
    )
    CriterionScore.objects.bulk_create(
        CriterionScore(
            review=review,
            criterion=criterion,
            score=score,
            comment=comments_by_criterion.get(criterion.pk, ""),
        )
        for criterion, score in scores
    )
    return review


def revise_review(review, criterion, new_score):
    """A new revision of `review` with one criterion's score changed; the old one is kept.

    Every other score and comment is copied, and the total is computed again.
    """
    old_scores = list(review.scores.select_related("criterion"))
    scores = [
        (row.criterion, new_score if row.criterion_id == criterion.pk else row.score)
        for row in old_scores
    ]
    return create_review(
        scores=scores,
        comments_by_criterion={row.criterion_id: row.comment for row in old_scores},
        operator=review.operator,
        reviewer=review.reviewer,
        scorecard=review.scorecard,
        call_reference=review.call_reference,
        call_date=review.call_date,
        comments=review.comments,
        coaching_actions=review.coaching_actions,
        revises=review,
        created_at=timezone.now(),
    )


def latest_revision(review):
    """The newest revision in the chain `review` belongs to (itself when not revised)."""
    while True:
        newer = QualityReview.objects.filter(revises=review).first()
        if newer is None:
            return review
        review = newer


def revision_chain(review):
    """Every revision of the review `review` belongs to, oldest first."""
    older = []
    cursor = review
    while cursor.revises_id:
        cursor = QualityReview.objects.select_related("reviewer").get(pk=cursor.revises_id)
        older.append(cursor)
    newer = []
    cursor = review
    while (cursor := QualityReview.objects.filter(revises=cursor).first()) is not None:
        newer.append(cursor)
    return [*reversed(older), review, *newer]


def recompute_quality_score(operator, day):
    """Set the operator's Quality score for the month of `day` to the average total of the
    current, non-calibration reviews of calls in that month. Returns the snapshot, or None
    when the month has no such review (an existing figure is then left as it is)."""
    month = first_of_month(day)
    totals = current_reviews().filter(
        operator=operator, call_date__gte=month, call_date__lt=add_months(month, 1)
    )
    average = average_total(totals.values_list("total", flat=True))
    if average is None:
        return None
    snapshot, _ = KpiSnapshot.objects.update_or_create(
        operator=operator,
        metric=quality_metric(),
        month=month,
        defaults={"value": average, "source": KpiSource.REVIEWS, "recorded_at": timezone.now()},
    )
    return snapshot


def with_response_status(reviews):
    """Annotate reviews with `acknowledged` and `open_dispute` (subqueries, no extra query)."""
    responses = ReviewResponse.objects.filter(review=OuterRef("pk"))
    return reviews.annotate(
        acknowledged=Exists(responses.filter(kind=ReviewResponse.Kind.ACKNOWLEDGED)),
        open_dispute=Exists(
            responses.filter(kind=ReviewResponse.Kind.DISPUTED, resolution__isnull=True)
        ),
    )
