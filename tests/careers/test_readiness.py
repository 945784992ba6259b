"""The readiness engine on plain data: no database."""

from datetime import date
from decimal import Decimal

import pytest

from careers.readiness import (
    Evidence,
    OperatorFacts,
    RatingFact,
    Readiness,
    RequirementSpec,
    SignOffFact,
    evaluate,
    latest_assessor_rating,
    latest_self_rating,
    months_between,
    recent_months,
)

TODAY = date(2026, 11, 10)  # the complete months before it: Oct, Sep, Aug 2026 ...
LEVEL_ID = 7
EMPATHY = 1
OBJECTIONS = 2
QUALITY = 10
HANDLE_TIME = 11


def competency(min_rating=3, **fields):
    return RequirementSpec(
        id=1,
        kind="competency",
        label="Empathy at Proficient (3) or above",
        competency_id=EMPATHY,
        competency_name="Empathy",
        min_rating=min_rating,
        **fields,
    )


def guide(has_quiz=True):
    return RequirementSpec(
        id=2,
        kind="guide",
        label="Complete “Handling billing complaints”",
        guide_id=50,
        guide_title="Handling billing complaints",
        guide_url="/guides/handling-billing-complaints/",
        guide_has_quiz=has_quiz,
    )


def quality_score(threshold="85.00", months=3):
    return RequirementSpec(
        id=3,
        kind="kpi",
        label="Quality score ≥ 85% in each of the last 3 months",
        metric_id=QUALITY,
        metric_name="Quality score",
        unit="%",
        higher_is_better=True,
        threshold=Decimal(threshold),
        months=months,
    )


def handle_time():
    return RequirementSpec(
        id=4,
        kind="kpi",
        label="Average handle time ≤ 300seconds in each of the last 3 months",
        metric_id=HANDLE_TIME,
        metric_name="Average handle time",
        unit="seconds",
        higher_is_better=False,
        threshold=Decimal("300.00"),
        months=3,
    )


def tenure(months=6):
    return RequirementSpec(
        id=5,
        kind="tenure",
        label=f"At least {months} months at the current level",
        months=months,
    )


def signoff():
    return RequirementSpec(
        id=6,
        kind="signoff",
        label="Sign-off: Cleared for independent calls",
        signoff_name="Cleared for independent calls",
    )


def contributions(kinds="any", min_count=2):
    return RequirementSpec(
        id=7,
        kind="contributions",
        label=f"At least {min_count} published guides you own",
        min_count=min_count,
        contribution_kinds=kinds,
    )


def facts(**fields):
    fields.setdefault("current_level_id", 3)
    fields.setdefault("level_since", None)
    return OperatorFacts(user_id=42, **fields)


def rating(assessment_id, value, kind, assessed_on, competency_id=EMPATHY, name=""):
    return RatingFact(
        assessment_id=assessment_id,
        competency_id=competency_id,
        rating=value,
        kind=kind,
        assessed_on=assessed_on,
        assessor_name=name,
    )


def judge(spec, operator):
    (status,) = evaluate(LEVEL_ID, [spec], operator, TODAY).statuses
    return status


def kpi_facts(metric_id, by_month):
    """Facts with one metric's monthly values, given as {(year, month): "value"}."""
    values = {date(year, month, 1): Decimal(value) for (year, month), value in by_month.items()}
    return facts(kpi_values={metric_id: values})


# ---------------------------------------------------------------------------------------
# Competency


def test_competency_without_assessments_is_not_met():
    status = judge(competency(), facts())

    assert not status.met
    assert status.current == "not yet assessed"
    assert status.needed == "3 Proficient"
    assert status.evidence == ()
    assert status.self_rating is None
    assert status.next_step == "Ask your mentor to assess your Empathy"


def test_competency_exactly_at_the_minimum_is_met_with_the_rating_as_evidence():
    operator = facts(ratings=(rating(1, 3, "mentor", date(2026, 10, 12), name="Daniel Okafor"),))

    status = judge(competency(), operator)

    assert status.met
    assert status.current == "3 Proficient"
    assert status.evidence == (Evidence("Rated 3 Proficient by Daniel Okafor on 12 Oct 2026"),)
    assert status.next_step == ""


def test_competency_one_point_below_the_minimum_is_not_met():
    operator = facts(ratings=(rating(1, 2, "lead", date(2026, 10, 12), name="Sofia Marquez"),))

    status = judge(competency(), operator)

    assert not status.met
    assert status.current == "2 Developing"
    assert "ask for a new assessment" in status.next_step


def test_self_rating_alone_never_meets_the_requirement_but_is_reported():
    operator = facts(ratings=(rating(1, 4, "self", date(2026, 10, 1)),))

    status = judge(competency(), operator)

    assert not status.met
    assert status.current == "not yet assessed"
    assert status.self_rating == 4


def test_newer_self_rating_does_not_override_an_older_mentor_rating():
    operator = facts(
        ratings=(
            rating(1, 2, "mentor", date(2026, 6, 1)),
            rating(2, 4, "self", date(2026, 10, 1)),
        )
    )

    status = judge(competency(), operator)

    assert not status.met
    assert status.current == "2 Developing"
    assert status.self_rating == 4


def test_latest_assessor_rating_wins_even_when_it_corrects_downwards():
    operator = facts(
        ratings=(
            rating(1, 4, "lead", date(2026, 9, 1)),
            rating(2, 2, "mentor", date(2026, 10, 1)),
        )
    )

    status = judge(competency(), operator)

    assert not status.met
    assert status.current == "2 Developing"


def test_same_day_correction_wins_by_record_order():
    ratings = (
        rating(5, 4, "mentor", date(2026, 10, 1)),
        rating(8, 2, "mentor", date(2026, 10, 1)),
    )

    assert latest_assessor_rating(ratings, EMPATHY).assessment_id == 8


def test_back_dated_rating_entered_later_does_not_beat_a_more_recent_assessment():
    ratings = (
        rating(3, 2, "mentor", date(2026, 10, 1)),
        rating(9, 4, "lead", date(2026, 8, 15)),  # typed in late, about an August call
    )

    assert latest_assessor_rating(ratings, EMPATHY).assessment_id == 3


def test_ratings_of_other_competencies_are_ignored():
    ratings = (
        rating(1, 4, "mentor", date(2026, 10, 1), competency_id=OBJECTIONS),
        rating(2, 1, "self", date(2026, 10, 1), competency_id=OBJECTIONS),
    )

    assert latest_assessor_rating(ratings, EMPATHY) is None
    assert latest_self_rating(ratings, EMPATHY) is None
    assert latest_self_rating(ratings, OBJECTIONS).rating == 1


def test_assessor_who_left_is_described_by_role():
    operator = facts(ratings=(rating(1, 3, "lead", date(2026, 10, 12)),))

    status = judge(competency(), operator)

    assert status.evidence == (Evidence("Rated 3 Proficient by a lead on 12 Oct 2026"),)


# ---------------------------------------------------------------------------------------
# Guide


def test_guide_not_completed_is_not_met_and_links_to_the_guide():
    status = judge(guide(), facts())

    assert not status.met
    assert status.current == "not completed"
    assert status.needed == "completed, quiz passed"
    assert status.evidence == (
        Evidence("Handling billing complaints", url="/guides/handling-billing-complaints/"),
    )
    assert status.next_step == "Complete “Handling billing complaints” and pass its quiz"


def test_guide_completed_without_passing_its_quiz_is_not_met():
    status = judge(guide(), facts(completed_guide_ids=frozenset({50})))

    assert not status.met
    assert status.current == "completed, quiz not passed"
    assert status.next_step == "Pass the quiz in “Handling billing complaints”"


def test_guide_completed_with_quiz_passed_is_met():
    operator = facts(completed_guide_ids=frozenset({50}), passed_quiz_guide_ids=frozenset({50}))

    status = judge(guide(), operator)

    assert status.met
    assert status.current == "completed, quiz passed"
    assert status.next_step == ""


def test_quiz_passed_on_another_guide_does_not_count():
    operator = facts(completed_guide_ids=frozenset({50}), passed_quiz_guide_ids=frozenset({51}))

    assert not judge(guide(), operator).met


def test_guide_without_quiz_only_needs_completing():
    assert judge(guide(has_quiz=False), facts(completed_guide_ids=frozenset({50}))).met

    status = judge(guide(has_quiz=False), facts())
    assert not status.met
    assert status.needed == "completed"
    assert status.next_step == "Read “Handling billing complaints” and mark it complete"


# ---------------------------------------------------------------------------------------
# KPI


def test_kpi_met_in_each_of_the_last_months_with_one_evidence_item_per_month():
    operator = kpi_facts(QUALITY, {(2026, 10): "91.00", (2026, 9): "87.50", (2026, 8): "86.00"})

    status = judge(quality_score(), operator)

    assert status.met
    assert status.current == "3 of 3 months"
    assert status.needed == "≥ 85% in each of Aug, Sep, Oct 2026"
    assert status.evidence == (
        Evidence("Quality score Oct 2026: 91%"),
        Evidence("Quality score Sep 2026: 87.5%"),
        Evidence("Quality score Aug 2026: 86%"),
    )
    assert status.next_step == ""


def test_kpi_exactly_at_threshold_counts_as_met():
    operator = kpi_facts(QUALITY, {(2026, 10): "85.00", (2026, 9): "85", (2026, 8): "85.0"})

    assert judge(quality_score(), operator).met


def test_kpi_just_below_threshold_in_one_month_is_not_met():
    operator = kpi_facts(QUALITY, {(2026, 10): "90.00", (2026, 9): "84.99", (2026, 8): "88.00"})

    status = judge(quality_score(), operator)

    assert not status.met
    assert status.current == "2 of 3 months"
    assert len(status.evidence) == 3
    assert status.next_step == "Keep Quality score at or above 85% for 3 months in a row"


def test_kpi_with_a_missing_month_is_not_met_and_says_which_month():
    operator = kpi_facts(QUALITY, {(2026, 10): "90.00", (2026, 8): "88.00"})

    status = judge(quality_score(), operator)

    assert not status.met
    assert status.current == "2 of 3 months; missing Sep 2026"
    assert [e.label for e in status.evidence] == [
        "Quality score Oct 2026: 90%",
        "Quality score Aug 2026: 88%",
    ]
    assert "No Quality score figure for Sep 2026" in status.next_step


def test_kpi_without_any_values_is_not_met():
    status = judge(quality_score(), facts())

    assert not status.met
    assert status.current == "0 of 3 months; missing Aug, Sep, Oct 2026"
    assert status.evidence == ()


def test_kpi_lower_is_better_is_met_at_or_below_the_threshold():
    operator = kpi_facts(HANDLE_TIME, {(2026, 10): "300.00", (2026, 9): "285", (2026, 8): "240"})

    status = judge(handle_time(), operator)

    assert status.met
    assert status.needed == "≤ 300 seconds in each of Aug, Sep, Oct 2026"
    assert status.evidence[0] == Evidence("Average handle time Oct 2026: 300 seconds")


def test_kpi_lower_is_better_is_not_met_just_above_the_threshold():
    operator = kpi_facts(HANDLE_TIME, {(2026, 10): "300.50", (2026, 9): "285", (2026, 8): "240"})

    status = judge(handle_time(), operator)

    assert not status.met
    assert "at or below 300 seconds" in status.next_step


def test_kpi_values_outside_the_window_are_ignored():
    # July is older than the 3-month window; November is today's month, not complete yet.
    operator = kpi_facts(
        QUALITY,
        {(2026, 11): "95", (2026, 10): "90", (2026, 9): "90", (2026, 7): "90"},
    )

    status = judge(quality_score(), operator)

    assert not status.met
    assert status.current == "2 of 3 months; missing Aug 2026"
    assert len(status.evidence) == 2


def test_kpi_values_of_another_metric_do_not_count():
    operator = kpi_facts(HANDLE_TIME, {(2026, 10): "90", (2026, 9): "90", (2026, 8): "90"})

    assert not judge(quality_score(), operator).met


# ---------------------------------------------------------------------------------------
# Tenure


def test_tenure_of_exactly_the_months_needed_is_met():
    status = judge(tenure(6), facts(level_since=date(2026, 5, 10)))

    assert status.met
    assert status.current == "6 months"
    assert status.needed == "6 months"
    assert status.evidence == (Evidence("At the current level since 10 May 2026"),)


def test_tenure_one_day_short_is_not_met_and_says_when_it_will_be():
    status = judge(tenure(6), facts(level_since=date(2026, 5, 11)))

    assert not status.met
    assert status.current == "5 months"
    assert status.next_step == "Keep going: you reach 6 months on 11 Nov 2026"


def test_tenure_without_a_start_date_is_not_met():
    status = judge(tenure(1), facts(level_since=None))

    assert not status.met
    assert status.current == "start date at the current level not recorded"
    assert status.evidence == ()


def test_tenure_of_one_month_is_singular():
    assert judge(tenure(1), facts(level_since=date(2026, 10, 1))).current == "1 month"


# ---------------------------------------------------------------------------------------
# Sign-off


def test_signoff_present_is_met_with_who_signed_and_when():
    signed = SignOffFact(
        signoff_id=3,
        requirement_id=6,
        signed_by_name="Daniel Okafor",
        signed_on=date(2026, 10, 12),
        note="Twenty supervised calls, all within script.",
    )

    status = judge(signoff(), facts(signoffs={6: signed}))

    assert status.met
    assert status.current == "signed on 12 Oct 2026"
    assert status.evidence == (
        Evidence(
            "Signed by Daniel Okafor on 12 Oct 2026: Twenty supervised calls, all within script."
        ),
    )


def test_signoff_absent_is_not_met():
    other = SignOffFact(
        signoff_id=3, requirement_id=99, signed_by_name="Sofia Marquez", signed_on=TODAY
    )

    status = judge(signoff(), facts(signoffs={99: other}))

    assert not status.met
    assert status.current == "not signed"
    assert status.next_step == (
        "Ask for the “Cleared for independent calls” sign-off when you are ready"
    )


# ---------------------------------------------------------------------------------------
# Contributions


def test_contributions_of_any_kind_add_up():
    operator = facts(contributions={"guide": 1, "script": 1, "policy": 0})

    status = judge(contributions("any", min_count=2), operator)

    assert status.met
    assert status.current == "2 guides"
    assert [e.label for e in status.evidence] == ["1 guide published", "1 call script published"]


def test_contributions_of_any_kind_below_the_minimum():
    status = judge(contributions("any", min_count=3), facts(contributions={"lesson": 2}))

    assert not status.met
    assert status.current == "2 guides"
    assert status.needed == "3 guides"
    assert status.next_step.startswith("Write 1 more guide")


def test_contributions_of_scripts_only_ignore_other_guides():
    operator = facts(contributions={"guide": 4, "script": 1})

    status = judge(contributions("script", min_count=2), operator)

    assert not status.met
    assert status.current == "1 call script"
    assert status.needed == "2 call scripts"
    assert status.evidence == (Evidence("1 call script published"),)


def test_contributions_of_scripts_at_the_minimum_are_met():
    assert judge(contributions("script", min_count=2), facts(contributions={"script": 2})).met


def test_contributions_without_any_guides_are_not_met():
    status = judge(contributions("script", min_count=1), facts())

    assert not status.met
    assert status.current == "0 call scripts"
    assert status.evidence == ()


# ---------------------------------------------------------------------------------------
# The whole gate


def test_empty_gate_is_fully_met():
    readiness = evaluate(LEVEL_ID, [], facts(), TODAY)

    assert readiness == Readiness(level_id=LEVEL_ID, statuses=())
    assert (readiness.total, readiness.met_count, readiness.percent) == (0, 0, 100)
    assert readiness.ready
    assert readiness.gaps == ()


def test_percent_is_rounded_to_a_whole_number():
    met_one = facts(level_since=date(2020, 1, 1))
    one_of_three = evaluate(LEVEL_ID, [tenure(), signoff(), guide()], met_one, TODAY)
    two_of_three = evaluate(
        LEVEL_ID,
        [tenure(), signoff(), guide(has_quiz=False)],
        facts(level_since=date(2020, 1, 1), completed_guide_ids=frozenset({50})),
        TODAY,
    )

    assert (one_of_three.met_count, one_of_three.total, one_of_three.percent) == (1, 3, 33)
    assert (two_of_three.met_count, two_of_three.percent) == (2, 67)
    assert not two_of_three.ready


def test_gaps_are_the_unmet_requirements_in_gate_order():
    gate = [contributions(), tenure(), guide(), signoff(), competency()]
    operator = facts(level_since=date(2020, 1, 1), contributions={"script": 2})

    readiness = evaluate(LEVEL_ID, gate, operator, TODAY)

    assert [s.requirement.kind for s in readiness.statuses] == [
        "contributions",
        "tenure",
        "guide",
        "signoff",
        "competency",
    ]
    assert [s.requirement.kind for s in readiness.gaps] == ["guide", "signoff", "competency"]
    assert readiness.level_id == LEVEL_ID
    assert readiness.percent == 40


def test_unknown_requirement_kind_is_refused():
    odd = RequirementSpec(id=9, kind="vibes", label="Good vibes")

    with pytest.raises(ValueError, match="vibes"):
        evaluate(LEVEL_ID, [odd], facts(), TODAY)


# ---------------------------------------------------------------------------------------
# Calendar arithmetic


def test_recent_months_are_complete_months_newest_first_across_a_year_boundary():
    assert recent_months(date(2027, 1, 10), 3) == [
        date(2026, 12, 1),
        date(2026, 11, 1),
        date(2026, 10, 1),
    ]


def test_recent_months_on_the_first_of_a_month_exclude_that_month():
    assert recent_months(date(2026, 3, 1), 2) == [date(2026, 2, 1), date(2026, 1, 1)]
    assert recent_months(date(2026, 3, 31), 0) == []


def test_kpi_window_across_a_year_boundary_names_each_year():
    status = evaluate(LEVEL_ID, [quality_score()], facts(), date(2027, 1, 10)).statuses[0]

    assert status.needed == "≥ 85% in each of Oct, Nov, Dec 2026"
    wide = evaluate(LEVEL_ID, [quality_score()], facts(), date(2027, 2, 10)).statuses[0]
    assert wide.needed == "≥ 85% in each of Nov, Dec 2026, Jan 2027"


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2026, 1, 15), date(2026, 7, 14), 5),
        (date(2026, 1, 15), date(2026, 7, 15), 6),
        (date(2026, 1, 15), date(2026, 1, 15), 0),
        (date(2025, 11, 20), date(2026, 2, 20), 3),
        (date(2025, 11, 20), date(2026, 2, 19), 2),
        # A start on the 31st completes at the end of a shorter month.
        (date(2026, 1, 31), date(2026, 2, 28), 1),
        (date(2026, 1, 31), date(2026, 2, 27), 0),
        (date(2028, 1, 31), date(2028, 2, 28), 0),
        (date(2028, 1, 31), date(2028, 2, 29), 1),
        (date(2026, 1, 31), date(2026, 4, 30), 3),
        # A start date in the future is no tenure at all, never a negative one.
        (date(2026, 12, 1), date(2026, 11, 10), 0),
    ],
)
def test_months_between(start, end, months):
    assert months_between(start, end) == months
