"""Call-quality scorecard arithmetic: review totals, monthly averages and calibration spread.

Plain Python on plain data, tested without a database. Each criterion is scored 0–4
(0 Missed … 4 Excellent) or left empty when it does not apply to the call; auto-fail
criteria are scored pass (4) or fail (0), and a fail scores the whole call 0.
"""

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

MAX_SCORE = 4
PASS, FAIL = MAX_SCORE, 0
SCORE_LABELS = {0: "Missed", 1: "Poor", 2: "Fair", 3: "Good", 4: "Excellent"}
# In calibration, a reviewer this far from the median on a criterion needs a conversation.
OUTLIER_POINTS = 2
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ScoredCriterion:
    """One criterion of a review as the arithmetic sees it."""

    weight: int
    auto_fail: bool
    score: int | None  # 0..4, None when not applicable


@dataclass(frozen=True)
class ReviewTotal:
    total: Decimal  # 0.00..100.00
    auto_failed: bool


@dataclass(frozen=True)
class Spread:
    """How far apart reviewers are on one criterion (or on the total)."""

    scores: Mapping  # reviewer -> score, reviewers who scored it only
    minimum: Decimal | int | None
    maximum: Decimal | int | None
    spread: Decimal | int | None  # maximum − minimum
    median: Decimal | float | int | None
    outliers: frozenset  # reviewers whose score is OUTLIER_POINTS or more from the median


def _check_score(score):
    if score is not None and not 0 <= score <= MAX_SCORE:
        raise ValueError(f"A criterion score must be 0–{MAX_SCORE} or empty, not {score!r}.")


def review_total(criteria_scores: Iterable) -> ReviewTotal:
    """The call's score out of 100 from its criteria (objects with weight, auto_fail, score).

    total = 100 × Σ(weight × score/4) / Σ(weight) over the applicable criteria that are not
    auto-fail, rounded half up to 2 decimals. A failed auto-fail criterion makes the total 0;
    a call where nothing applies scores 0.
    """
    weighted = Decimal(0)
    weights = 0
    auto_failed = False
    for item in criteria_scores:
        _check_score(item.score)
        if item.auto_fail:
            auto_failed = auto_failed or item.score == FAIL
        elif item.score is not None:
            weighted += item.weight * Decimal(item.score)
            weights += item.weight
    if auto_failed or not weights:
        return ReviewTotal(total=Decimal("0.00"), auto_failed=auto_failed)
    total = 100 * weighted / (weights * MAX_SCORE)
    return ReviewTotal(total=total.quantize(CENT, rounding=ROUND_HALF_UP), auto_failed=False)


def average_total(totals: Iterable[Decimal]) -> Decimal | None:
    """The mean of review totals to 2 decimals (the monthly quality score); None without any."""
    totals = [Decimal(total) for total in totals]
    if not totals:
        return None
    return (sum(totals) / len(totals)).quantize(CENT, rounding=ROUND_HALF_UP)


def spread_of(scores_by_reviewer: Mapping, outlier_distance=None) -> Spread:
    """Minimum, maximum, spread and median of one criterion's scores across reviewers.

    Empty scores (not applicable) are left out. With `outlier_distance`, reviewers at least
    that far from the median are outliers.
    """
    scores = {
        reviewer: score for reviewer, score in scores_by_reviewer.items() if score is not None
    }
    if not scores:
        return Spread(scores, None, None, None, None, frozenset())
    values = list(scores.values())
    median = statistics.median(values)
    outliers = frozenset(
        reviewer
        for reviewer, score in scores.items()
        if outlier_distance is not None and abs(score - median) >= outlier_distance
    )
    low, high = min(values), max(values)
    return Spread(scores, low, high, high - low, median, outliers)


def score_spread(scores_by_reviewer: Mapping[object, Mapping]) -> dict:
    """For calibration: {criterion: Spread} from {reviewer: {criterion: score or None}}.

    Criteria come in the order they are first met; a reviewer at least OUTLIER_POINTS from
    the median on a criterion is an outlier on it.
    """
    criteria = {}
    for scores in scores_by_reviewer.values():
        for criterion in scores:
            criteria.setdefault(criterion, None)
    return {
        criterion: spread_of(
            {reviewer: scores.get(criterion) for reviewer, scores in scores_by_reviewer.items()},
            OUTLIER_POINTS,
        )
        for criterion in criteria
    }


def score_text(score, auto_fail=False):
    """A criterion score in words: "3/4 Good", "Pass", "Fail" or "N/A"."""
    if score is None:
        return "N/A"
    if auto_fail:
        return "Pass" if score == PASS else "Fail"
    return f"{score}/{MAX_SCORE} {SCORE_LABELS[score]}"
