"""What a lead sees on an operator's page: KPI trends, the timeline, campaign fit and the
promotion decision with the frozen readiness it was made on."""

from dataclasses import asdict
from datetime import date, datetime, time

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from careers.charts import line_chart
from careers.fit import fit_score
from careers.models import (
    Assessment,
    KpiSnapshot,
    OperatorProfile,
    PromotionDecision,
    QualityReview,
    SignOff,
)
from careers.readiness import format_date, format_number, recent_months
from kb.models import GuideCompletion

TREND_MONTHS = 12
TIMELINE_LIMIT = 60
RECENT_REVIEWS = 5


def kpi_trends(operator, target_readiness, today):
    """One small line chart per metric over the last 12 months, with the target gate's
    thresholds for that metric drawn across it."""
    months = recent_months(today, TREND_MONTHS)
    snapshots = (
        KpiSnapshot.objects.filter(operator=operator, month__gte=months[-1])
        .select_related("metric")
        .order_by("metric__name", "month")
    )
    by_metric = {}
    for snapshot in snapshots:
        by_metric.setdefault(snapshot.metric, []).append((snapshot.month, snapshot.value))
    thresholds = {}
    for status in target_readiness.statuses if target_readiness else ():
        spec = status.requirement
        if spec.kind == "kpi":
            thresholds.setdefault(spec.metric_id, []).append(
                (
                    spec.threshold,
                    f"{'≥' if spec.higher_is_better else '≤'} {format_number(spec.threshold)}",
                )
            )
    return [
        {
            "metric": metric,
            "series": series,
            "chart": line_chart(series, thresholds.get(metric.pk, ()), unit=metric.unit),
            "thresholds": thresholds.get(metric.pk, ()),
        }
        for metric, series in by_metric.items()
    ]


def _moment(value):
    if isinstance(value, datetime):
        return value
    return timezone.make_aware(datetime.combine(value, time(12)))


def timeline(operator):
    """Everything recorded about the operator, newest first (one query per kind of record)."""
    events = []
    for a in Assessment.objects.filter(operator=operator).select_related("competency", "assessor"):
        who = a.assessor.get_full_name() if a.assessor else "someone"
        events.append(
            (
                _moment(a.assessed_on),
                "Assessment",
                f"{a.competency}: {a.rating} {a.get_rating_display()} "
                f"({a.get_kind_display().lower()}, {who})",
            )
        )
    for r in QualityReview.objects.filter(
        operator=operator, revised_by__isnull=True, calibration__isnull=True
    ):
        events.append(
            (
                _moment(r.call_date),
                "Quality review",
                f"Call {r.call_reference}: {format_number(r.total)}%"
                + (" (auto-fail)" if r.auto_failed else ""),
            )
        )
    for s in SignOff.objects.filter(operator=operator).select_related("requirement", "signed_by"):
        who = s.signed_by.get_full_name() if s.signed_by else "someone"
        events.append((_moment(s.signed_on), "Sign-off", f"{s.requirement.signoff_name} ({who})"))
    for c in GuideCompletion.objects.filter(user=operator).select_related("page"):
        events.append((c.completed_at, "Guide completed", c.page.title))
    for k in KpiSnapshot.objects.filter(operator=operator).select_related("metric"):
        events.append(
            (
                _moment(k.month),
                "KPI month",
                f"{k.metric.name} {k.month:%b %Y}: {format_number(k.value)}{k.metric.unit}",
            )
        )
    for d in PromotionDecision.objects.filter(operator=operator).select_related(
        "target_level", "decided_by"
    ):
        events.append(
            (
                d.decided_at,
                "Promotion decision",
                f"{d.get_outcome_display()}: {d.target_level} "
                f"({d.met_count}/{d.requirement_count} met, {d.decided_by.get_full_name()})",
            )
        )
    events.sort(key=lambda event: event[0], reverse=True)
    return [
        {"when": when, "kind": kind, "summary": summary}
        for when, kind, summary in events[:TIMELINE_LIMIT]
    ]


def recent_reviews(operator):
    return list(
        QualityReview.objects.filter(
            operator=operator, revised_by__isnull=True, calibration__isnull=True
        ).select_related("reviewer")[:RECENT_REVIEWS]
    )


def best_fits(task_weights, ratings, limit=3):
    """The operator's best-fitting kinds of work: [(task type, Fit)], best first."""
    fits = [(task, fit_score(weights, ratings)) for task, weights in task_weights]
    return sorted(fits, key=lambda item: -item[1].score)[:limit]


def snapshot_of(readiness):
    """The readiness statuses as plain JSON, frozen into a decision."""

    def plain(value):
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(item) for item in value]
        return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)

    return plain(
        {
            "level_id": readiness.level_id,
            "percent": readiness.percent,
            "statuses": [asdict(status) for status in readiness.statuses],
        }
    )


def record_decision(
    *,
    operator,
    profile,
    target,
    readiness,
    outcome,
    rationale,
    override_reason,
    decided_by,
    today,
    submission_key=None,
):
    """Store the decision with its frozen readiness; promoting moves the operator up in the
    same transaction. Returns the decision. `submission_key` is the one-time key of the form
    it came from (a second decision with the same key breaks a unique constraint)."""
    with transaction.atomic():
        decision = PromotionDecision.objects.create(
            operator=operator,
            outcome=outcome,
            from_level=profile.level if profile else None,
            target_level=target,
            rationale=rationale,
            override_reason=override_reason,
            readiness_snapshot=snapshot_of(readiness),
            met_count=readiness.met_count,
            requirement_count=readiness.total,
            gate_revision_id=target.live_revision_id,
            decided_by=decided_by,
            submission_key=submission_key,
        )
        if outcome == PromotionDecision.Outcome.PROMOTE:
            profile = profile or OperatorProfile(user=operator)
            profile.level = target
            profile.level_since = today
            profile.target_level = None
            profile.supervised = False
            profile.save()
        log(
            decision,
            "callpath.promotion",
            user=decided_by,
            data={
                "outcome": outcome,
                "target": target.title,
                "met": f"{readiness.met_count}/{readiness.total}",
                "override": bool(override_reason),
                "date": format_date(today),
            },
        )
    return decision
