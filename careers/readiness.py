"""The readiness engine: is an operator ready for a level, and what exactly is missing?

Plain Python on plain data. `careers.selectors` loads the facts and the requirements from the
database; this module only judges them, so every rule is tested without a database. Every
verdict carries the current value, the needed value and the evidence in plain English, so a
figure on a dashboard can always be opened and explained.
"""

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

RATING_NAMES = {1: "Learning", 2: "Developing", 3: "Proficient", 4: "Role model"}
ASSESSOR_KINDS = ("mentor", "lead")
# Spelled out rather than strftime("%b"), which follows the server's locale.
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Review scores shown under a competency requirement, newest first.
REVIEW_EVIDENCE_LIMIT = 3

# GuideKind value -> (singular, plural), for counts such as "1 call script".
CONTRIBUTION_NOUNS = {
    "guide": ("guide", "guides"),
    "lesson": ("lesson", "lessons"),
    "script": ("call script", "call scripts"),
    "policy": ("policy", "policies"),
}


@dataclass(frozen=True)
class RatingFact:
    """One competency assessment."""

    assessment_id: int
    competency_id: int
    rating: int  # 1..4
    kind: str  # "self" | "mentor" | "lead"
    assessed_on: date
    assessor_name: str = ""


@dataclass(frozen=True)
class SignOffFact:
    """The latest sign-off an operator received on one requirement."""

    signoff_id: int
    requirement_id: int
    signed_by_name: str
    signed_on: date
    note: str = ""


@dataclass(frozen=True)
class Evidence:
    """One fact behind a verdict, optionally with a link to it."""

    label: str
    url: str = ""


@dataclass(frozen=True)
class OperatorFacts:
    """Everything the engine needs to know about one operator."""

    user_id: int
    current_level_id: int | None
    level_since: date | None
    ratings: tuple[RatingFact, ...] = ()
    completed_guide_ids: frozenset[int] = frozenset()
    passed_quiz_guide_ids: frozenset[int] = frozenset()
    # metric_id -> {first day of month: value}
    kpi_values: Mapping[int, Mapping[date, Decimal]] = field(default_factory=dict)
    # requirement_id -> latest sign-off
    signoffs: Mapping[int, SignOffFact] = field(default_factory=dict)
    # GuideKind value -> number of live guides the operator owns
    contributions: Mapping[str, int] = field(default_factory=dict)
    # competency_id -> call-quality review scores on criteria mapped to it, newest first.
    # Shown as evidence beside the rating; they never decide whether a gate is met.
    review_evidence: Mapping[int, tuple[Evidence, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class RequirementSpec:
    """One requirement of a level's stage gate, flattened from `LevelRequirement`."""

    id: int
    kind: str  # "competency" | "guide" | "kpi" | "tenure" | "signoff" | "contributions"
    label: str
    competency_id: int | None = None
    competency_name: str = ""
    min_rating: int | None = None
    guide_id: int | None = None
    guide_title: str = ""
    guide_url: str = ""
    guide_has_quiz: bool = False
    metric_id: int | None = None
    metric_name: str = ""
    unit: str = ""
    higher_is_better: bool = True
    threshold: Decimal | None = None
    months: int | None = None  # KPI window, or tenure months
    signoff_name: str = ""
    min_count: int | None = None
    contribution_kinds: str = ""  # "any" | "script"


@dataclass(frozen=True)
class RequirementStatus:
    """The verdict on one requirement: met or not, current against needed, and why."""

    requirement: RequirementSpec
    met: bool
    current: str
    needed: str
    evidence: tuple[Evidence, ...]
    next_step: str  # empty when met
    self_rating: int | None = None  # competency only: shown beside, never counts


@dataclass(frozen=True)
class Readiness:
    """The verdicts on every requirement of one level's gate, in gate order."""

    level_id: int
    statuses: tuple[RequirementStatus, ...]

    @property
    def met_count(self) -> int:
        return sum(1 for status in self.statuses if status.met)

    @property
    def total(self) -> int:
        return len(self.statuses)

    @property
    def percent(self) -> int:
        """Share of requirements met, 0..100; an empty gate is fully met."""
        if not self.total:
            return 100
        return round(100 * self.met_count / self.total)

    @property
    def ready(self) -> bool:
        return all(status.met for status in self.statuses)

    @property
    def gaps(self) -> tuple[RequirementStatus, ...]:
        """The requirements not met yet, in gate order."""
        return tuple(status for status in self.statuses if not status.met)


# ---------------------------------------------------------------------------------------
# Calendar arithmetic


def first_of_month(day):
    return day.replace(day=1)


def add_months(day, months):
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def recent_months(today: date, n: int) -> list[date]:
    """First days of the last `n` complete calendar months before today's month, newest first."""
    this_month = first_of_month(today)
    return [add_months(this_month, -back) for back in range(1, n + 1)]


def months_between(start: date, end: date) -> int:
    """Whole months from `start` to `end`: 15 Jan to 14 Jul is 5, to 15 Jul is 6.

    A start late in a month completes on the last day of a shorter month (31 Jan to 28 Feb
    is one month), matching `add_months`. An end before the start counts as 0.
    """
    months = (end.year - start.year) * 12 + end.month - start.month
    anniversary_day = min(start.day, calendar.monthrange(end.year, end.month)[1])
    if end.day < anniversary_day:
        months -= 1
    return max(months, 0)


# ---------------------------------------------------------------------------------------
# Wording


def format_date(day):
    """12 Oct 2026"""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def format_month(day):
    """Oct 2026"""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def format_month_list(months):
    """Oldest first, the year once per run of months: "Nov, Dec 2026, Jan 2027"."""
    runs = []
    for month in sorted(months):
        if runs and runs[-1][0] == month.year:
            runs[-1][1].append(MONTH_NAMES[month.month - 1])
        else:
            runs.append((month.year, [MONTH_NAMES[month.month - 1]]))
    return ", ".join(f"{', '.join(names)} {year}" for year, names in runs)


def format_number(value):
    """A Decimal without trailing zeros: 85.00 -> "85", 87.50 -> "87.5"."""
    return f"{Decimal(value).normalize():f}"


def format_quantity(value, unit):
    """A value with its unit: "87%", "285 seconds"."""
    number = format_number(value)
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def rating_text(rating):
    """3 Proficient"""
    return f"{rating} {RATING_NAMES[rating]}"


def count_text(count, singular, plural):
    return f"{count} {singular if count == 1 else plural}"


def months_text(count):
    return count_text(count, "month", "months")


# ---------------------------------------------------------------------------------------
# Ratings


def latest_assessor_rating(ratings: Sequence[RatingFact], competency_id: int) -> RatingFact | None:
    """The latest mentor or lead rating of a competency; self-ratings never count.

    Latest by assessment date, then by record id, so a same-day correction wins even
    when it lowers the rating.
    """
    return _latest(ratings, competency_id, ASSESSOR_KINDS)


def latest_self_rating(ratings: Sequence[RatingFact], competency_id: int) -> RatingFact | None:
    """The operator's own latest rating of a competency."""
    return _latest(ratings, competency_id, ("self",))


def _latest(ratings, competency_id, kinds):
    matching = [r for r in ratings if r.competency_id == competency_id and r.kind in kinds]
    return max(matching, key=lambda r: (r.assessed_on, r.assessment_id), default=None)


# ---------------------------------------------------------------------------------------
# One function per requirement kind: (spec, facts, today) -> RequirementStatus


def _competency(spec, facts, today):
    assessed = latest_assessor_rating(facts.ratings, spec.competency_id)
    own = latest_self_rating(facts.ratings, spec.competency_id)
    met = assessed is not None and assessed.rating >= spec.min_rating
    if assessed is None:
        current, evidence = "not yet assessed", ()
        next_step = f"Ask your mentor to assess your {spec.competency_name}"
    else:
        assessor = assessed.assessor_name or f"a {assessed.kind}"
        current = rating_text(assessed.rating)
        evidence = (
            Evidence(
                f"Rated {current} by {assessor} on {format_date(assessed.assessed_on)}",
            ),
        )
        next_step = (
            ""
            if met
            else f"Work on {spec.competency_name} with your mentor, then ask for a new assessment"
        )
    reviews = facts.review_evidence.get(spec.competency_id, ())[:REVIEW_EVIDENCE_LIMIT]
    return RequirementStatus(
        requirement=spec,
        met=met,
        current=current,
        needed=rating_text(spec.min_rating),
        evidence=(*evidence, *reviews),
        next_step=next_step,
        self_rating=own.rating if own else None,
    )


def _guide(spec, facts, today):
    completed = spec.guide_id in facts.completed_guide_ids
    quiz_passed = spec.guide_id in facts.passed_quiz_guide_ids
    met = completed and (not spec.guide_has_quiz or quiz_passed)
    if not spec.guide_has_quiz:
        current = "completed" if completed else "not completed"
        needed = "completed"
        next_step = f"Read “{spec.guide_title}” and mark it complete"
    else:
        current = {
            (True, True): "completed, quiz passed",
            (True, False): "completed, quiz not passed",
            (False, True): "quiz passed, not completed",
            (False, False): "not completed",
        }[completed, quiz_passed]
        needed = "completed, quiz passed"
        if completed:
            next_step = f"Pass the quiz in “{spec.guide_title}”"
        elif quiz_passed:
            next_step = f"Finish reading “{spec.guide_title}” and mark it complete"
        else:
            next_step = f"Complete “{spec.guide_title}” and pass its quiz"
    return RequirementStatus(
        requirement=spec,
        met=met,
        current=current,
        needed=needed,
        evidence=(Evidence(spec.guide_title, url=spec.guide_url),),
        next_step="" if met else next_step,
    )


def _kpi(spec, facts, today):
    window = recent_months(today, spec.months)
    values = facts.kpi_values.get(spec.metric_id, {})
    at_least = spec.higher_is_better
    found = [(month, values[month]) for month in window if month in values]
    missing = [month for month in window if month not in values]
    passing = [
        month
        for month, value in found
        if (value >= spec.threshold if at_least else value <= spec.threshold)
    ]
    met = not missing and len(passing) == len(window)

    threshold = format_quantity(spec.threshold, spec.unit)
    comparison = "≥" if at_least else "≤"
    current = f"{len(passing)} of {months_text(len(window))}"
    if missing:
        current += f"; missing {format_month_list(missing)}"
    if met:
        next_step = ""
    elif len(passing) < len(found):
        direction = "at or above" if at_least else "at or below"
        next_step = (
            f"Keep {spec.metric_name} {direction} {threshold} "
            f"for {months_text(len(window))} in a row"
        )
    else:
        next_step = (
            f"No {spec.metric_name} figure for {format_month_list(missing)}: "
            "ask your team lead to check it was imported"
        )
    return RequirementStatus(
        requirement=spec,
        met=met,
        current=current,
        needed=f"{comparison} {threshold} in each of {format_month_list(window)}",
        evidence=tuple(
            Evidence(
                f"{spec.metric_name} {format_month(month)}: {format_quantity(value, spec.unit)}"
            )
            for month, value in found
        ),
        next_step=next_step,
    )


def _tenure(spec, facts, today):
    since = facts.level_since
    if since is None:
        return RequirementStatus(
            requirement=spec,
            met=False,
            current="start date at the current level not recorded",
            needed=months_text(spec.months),
            evidence=(),
            next_step="Ask your team lead to record when you started at your current level",
        )
    served = months_between(since, today)
    met = served >= spec.months
    return RequirementStatus(
        requirement=spec,
        met=met,
        current=months_text(served),
        needed=months_text(spec.months),
        evidence=(Evidence(f"At the current level since {format_date(since)}"),),
        next_step=""
        if met
        else f"Keep going: you reach {months_text(spec.months)} on "
        f"{format_date(add_months(since, spec.months))}",
    )


def _signoff(spec, facts, today):
    signoff = facts.signoffs.get(spec.id)
    if signoff is None:
        return RequirementStatus(
            requirement=spec,
            met=False,
            current="not signed",
            needed="signed",
            evidence=(),
            next_step=f"Ask for the “{spec.signoff_name}” sign-off when you are ready",
        )
    signed = f"Signed by {signoff.signed_by_name or 'a former colleague'} on "
    signed += format_date(signoff.signed_on)
    if signoff.note:
        signed += f": {signoff.note}"
    return RequirementStatus(
        requirement=spec,
        met=True,
        current=f"signed on {format_date(signoff.signed_on)}",
        needed="signed",
        evidence=(Evidence(signed),),
        next_step="",
    )


def _contributions(spec, facts, today):
    if spec.contribution_kinds == "script":
        counts = {"script": facts.contributions.get("script", 0)}
        singular, plural = CONTRIBUTION_NOUNS["script"]
    else:
        counts = dict(facts.contributions)
        singular, plural = CONTRIBUTION_NOUNS["guide"]
    count = sum(counts.values())
    met = count >= spec.min_count
    shortfall = spec.min_count - count
    return RequirementStatus(
        requirement=spec,
        met=met,
        current=count_text(count, singular, plural),
        needed=count_text(spec.min_count, singular, plural),
        evidence=tuple(
            Evidence(f"{count_text(n, *CONTRIBUTION_NOUNS.get(kind, (kind, kind)))} published")
            for kind, n in counts.items()
            if n
        ),
        next_step=""
        if met
        else f"Write {shortfall} more {singular if shortfall == 1 else plural} "
        "and get them approved and published",
    )


EVALUATORS = {
    "competency": _competency,
    "guide": _guide,
    "kpi": _kpi,
    "tenure": _tenure,
    "signoff": _signoff,
    "contributions": _contributions,
}


def evaluate(
    level_id: int, requirements: Sequence[RequirementSpec], facts: OperatorFacts, today: date
) -> Readiness:
    """Judge one operator against one level's gate: a verdict per requirement, in gate order.

    `today` is passed in so the verdict is reproducible (KPI windows and tenure depend on it).
    """
    statuses = []
    for spec in requirements:
        try:
            judge = EVALUATORS[spec.kind]
        except KeyError:
            raise ValueError(f"Unknown requirement kind {spec.kind!r}") from None
        statuses.append(judge(spec, facts, today))
    return Readiness(level_id=level_id, statuses=tuple(statuses))
