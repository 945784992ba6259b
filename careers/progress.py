"""Everything the progress page shows about one operator, loaded in a fixed number of queries."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Sum
from django.utils import timezone

from careers.models import (
    Assessment,
    CareerLevelPage,
    OperatorProfile,
    PracticeEntry,
    Rating,
    SignOff,
)
from careers.readiness import evaluate, latest_assessor_rating
from careers.selectors import operator_facts, requirement_specs

DISAGREEMENT_POINTS = 2


@dataclass
class CompetencyHistory:
    """One competency's ratings: the latest assessor rating counts, self-ratings beside it."""

    competency: object
    assessments: list = field(default_factory=list)  # newest first

    @property
    def latest_assessor(self):
        return next((a for a in self.assessments if a.kind != "self"), None)

    @property
    def latest_self(self):
        return next((a for a in self.assessments if a.kind == "self"), None)

    @property
    def disagreement(self):
        assessor, own = self.latest_assessor, self.latest_self
        return bool(assessor and own and abs(assessor.rating - own.rating) >= DISAGREEMENT_POINTS)

    @property
    def trend(self):
        """Assessor ratings, oldest first."""
        return [a.rating for a in reversed(self.assessments) if a.kind != "self"]


def next_levels_for(profile):
    """The levels that follow the operator's current level (the entry level when they have none)."""
    if profile is None or profile.level_id is None:
        return list(CareerLevelPage.objects.live().filter(follows__isnull=True).order_by("rank"))
    return list(profile.level.next_levels.live().order_by("rank", "title"))


def competency_histories(operator):
    histories = {}
    for assessment in (
        Assessment.objects.filter(operator=operator)
        .select_related("competency", "assessor")
        .order_by("-assessed_on", "-pk")
    ):
        history = histories.setdefault(
            assessment.competency_id, CompetencyHistory(assessment.competency)
        )
        history.assessments.append(assessment)
    return sorted(histories.values(), key=lambda h: (h.competency.category, h.competency.name))


CHART_ROW = 34
CHART_LABEL = 190
CHART_SCALE = 60  # pixels per rating point


def competency_chart(readiness, facts):
    """Bars of current ratings against the gate's minimums, for an inline SVG."""
    rows = []
    for index, status in enumerate(
        s for s in readiness.statuses if s.requirement.kind == "competency"
    ):
        latest = latest_assessor_rating(facts.ratings, status.requirement.competency_id)
        current = latest.rating if latest else 0
        needed = status.requirement.min_rating
        rows.append(
            {
                "name": status.requirement.competency_name,
                "current": current,
                "current_label": Rating(current).label if current else "not yet assessed",
                "needed": needed,
                "needed_label": Rating(needed).label,
                "met": status.met,
                "y": index * CHART_ROW + 24,
                "bar_width": current * CHART_SCALE,
                "needed_x": CHART_LABEL + needed * CHART_SCALE,
            }
        )
    return {
        "rows": rows,
        "height": len(rows) * CHART_ROW + 30,
        "width": CHART_LABEL + 4 * CHART_SCALE + 20,
        "label_width": CHART_LABEL,
        "ticks": [
            {"value": value, "x": CHART_LABEL + value * CHART_SCALE} for value in range(0, 5)
        ],
    }


def progress_for(operator, today):
    """The progress page's data for one operator."""
    profile = (
        OperatorProfile.objects.select_related("level", "target_level", "mentor")
        .filter(user=operator)
        .first()
    )
    next_levels = next_levels_for(profile)
    target = profile.target_level if profile else None
    # A target the operator has already reached or branched away from no longer applies.
    stale_target = target if target and target not in next_levels else None
    if stale_target or (target is None and len(next_levels) == 1):
        target = next_levels[0] if len(next_levels) == 1 else None
    levels = {level.pk: level for level in next_levels}
    if target is not None:
        levels.setdefault(target.pk, target)
    specs = requirement_specs(levels.values())
    facts = operator_facts([operator], today)[operator.pk]
    readiness = {
        level_id: evaluate(level_id, specs.get(level_id, []), facts, today) for level_id in levels
    }
    target_readiness = readiness.get(target.pk) if target else None
    cosigned_hours = PracticeEntry.objects.filter(
        trainee=operator, cosigned_by__isnull=False
    ).aggregate(total=Sum("hours"))["total"] or Decimal("0")
    return {
        "profile": profile,
        "target": target,
        "stale_target": stale_target,
        "target_readiness": target_readiness,
        "next_levels": [(level, readiness[level.pk]) for level in next_levels],
        "chart": competency_chart(target_readiness, facts) if target_readiness else None,
        "histories": competency_histories(operator),
        "signoffs": list(
            SignOff.objects.filter(operator=operator).select_related("requirement", "signed_by")
        ),
        "practice": list(
            PracticeEntry.objects.filter(trainee=operator).select_related("cosigned_by")
        ),
        "cosigned_hours": cosigned_hours,
        "levels_for_signoff": list(levels.values())
        + ([profile.level] if profile and profile.level else []),
    }


@dataclass
class LadderPosition:
    """A level as one user sees it: are they here, and how ready are they for its gate."""

    level: object
    is_current: bool
    readiness: object  # None when the user has no place on the ladder


def ladder_positions(user, levels):
    """Each level with "you are here" and the user's status at its gate (fixed queries)."""
    profile = OperatorProfile.objects.filter(user=user).only("level_id").first()
    if profile is None:
        return [LadderPosition(level, False, None) for level in levels]
    today = timezone.localdate()
    specs = requirement_specs(levels)
    facts = operator_facts([user], today)[user.pk]
    return [
        LadderPosition(
            level,
            level.pk == profile.level_id,
            evaluate(level.pk, specs.get(level.pk, []), facts, today),
        )
        for level in levels
    ]
