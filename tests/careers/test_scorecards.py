"""Scorecard arithmetic: review totals and calibration spread. No database."""

from decimal import Decimal

import pytest

from careers.scorecards import (
    ScoredCriterion,
    average_total,
    review_total,
    score_spread,
    score_text,
    spread_of,
)


def scored(score, weight=1, auto_fail=False):
    return ScoredCriterion(weight=weight, auto_fail=auto_fail, score=score)


def test_weights_count_in_proportion():
    # 100 × (3 × 4/4 + 1 × 2/4) / (3 + 1) = 87.5
    result = review_total([scored(4, weight=3), scored(2, weight=1)])
    assert result.total == Decimal("87.50")
    assert not result.auto_failed


def test_equal_weights_are_a_plain_average():
    assert review_total([scored(4), scored(3), scored(2), scored(1)]).total == Decimal("62.50")


def test_not_applicable_criteria_are_left_out_of_the_total():
    with_na = review_total([scored(4, weight=2), scored(None, weight=5), scored(2, weight=2)])
    without = review_total([scored(4, weight=2), scored(2, weight=2)])
    assert with_na.total == without.total == Decimal("75.00")


def test_a_failed_auto_fail_criterion_scores_the_call_zero():
    result = review_total([scored(4, weight=3), scored(4), scored(0, auto_fail=True)])
    assert result.total == Decimal("0.00")
    assert result.auto_failed


def test_a_passed_auto_fail_criterion_does_not_change_the_total():
    passed = review_total([scored(3, weight=2), scored(1), scored(4, auto_fail=True)])
    alone = review_total([scored(3, weight=2), scored(1)])
    assert passed == alone
    assert passed.total == Decimal("58.33")
    assert not passed.auto_failed


def test_nothing_applicable_scores_zero():
    assert review_total([scored(None), scored(None, weight=3)]).total == Decimal("0.00")
    assert review_total([]).total == Decimal("0.00")
    # Only an auto-fail criterion, passed: still nothing to score.
    assert review_total([scored(4, auto_fail=True)]) == review_total([])


def test_totals_round_half_up_to_two_decimals():
    # 100 × 2/12 = 16.666… -> 16.67; 100 × 1/8 = 12.5 exactly
    assert review_total([scored(1), scored(1), scored(0)]).total == Decimal("16.67")
    assert review_total([scored(1), scored(0)]).total == Decimal("12.50")
    # 100 × 5/24 = 20.8333… -> 20.83
    assert review_total([scored(1, weight=5), scored(0)]).total == Decimal("20.83")


@pytest.mark.parametrize("bad", [5, 7, -1])
def test_a_score_outside_0_to_4_is_refused(bad):
    with pytest.raises(ValueError, match="0–4"):
        review_total([scored(bad)])


def test_average_total_rounds_and_ignores_nothing():
    assert average_total([Decimal("80.00"), Decimal("65.25")]) == Decimal("72.63")
    assert average_total([]) is None


def test_spread_per_criterion_with_outliers_far_from_the_median():
    spreads = score_spread(
        {
            "daniel": {"greeting": 4, "listening": 3, "hold": None},
            "sofia": {"greeting": 3, "listening": 3, "hold": 2},
            "rachel": {"greeting": 1, "listening": 4, "hold": 2},
        }
    )
    assert list(spreads) == ["greeting", "listening", "hold"]
    greeting = spreads["greeting"]
    assert (greeting.minimum, greeting.maximum, greeting.spread) == (1, 4, 3)
    assert greeting.median == 3
    assert greeting.outliers == {"rachel"}  # 2 below the median; daniel is only 1 above
    listening = spreads["listening"]
    assert listening.spread == 1 and not listening.outliers
    hold = spreads["hold"]
    assert hold.scores == {"sofia": 2, "rachel": 2}  # daniel marked it not applicable
    assert hold.spread == 0


def test_spread_with_an_even_number_of_reviewers_uses_the_middle_of_the_median_pair():
    spread = score_spread({"a": {"c": 0}, "b": {"c": 2}, "c": {"c": 3}, "d": {"c": 4}})["c"]
    assert spread.median == 2.5
    assert spread.outliers == {"a"}  # 2.5 from the median; 4 is only 1.5 away


def test_spread_of_nothing_scored_is_empty():
    empty = spread_of({"a": None})
    assert (empty.minimum, empty.maximum, empty.spread, empty.outliers) == (
        None,
        None,
        None,
        frozenset(),
    )


def test_spread_of_totals_has_no_outliers_unless_asked():
    totals = spread_of({"a": Decimal("62.50"), "b": Decimal("87.50")})
    assert totals.spread == Decimal("25.00") and not totals.outliers


def test_scores_in_words():
    assert score_text(3) == "3/4 Good"
    assert score_text(0) == "0/4 Missed"
    assert score_text(None) == "N/A"
    assert score_text(4, auto_fail=True) == "Pass"
    assert score_text(0, auto_fail=True) == "Fail"
