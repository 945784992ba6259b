"""Loading readiness facts and gates from the database, in a fixed number of queries."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from careers.demo import load_ladder
from careers.models import (
    Assessment,
    CareerLevelPage,
    Competency,
    KpiMetric,
    KpiSnapshot,
    LevelRequirement,
    OperatorProfile,
    RequirementKind,
    SignOff,
)
from careers.selectors import operator_facts, readiness_for, requirement_specs
from kb.models import GuideCompletion, GuideIndexPage, GuidePage, QuizAttempt
from tests.kb.conftest import QUIZ, paragraph

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 10)  # KPI windows end with Oct 2026
QUERIES_PER_READINESS = 9


def make_competency(name):
    return Competency.objects.create(
        name=name,
        category="communication",
        description=f"{name} on every call.",
        learning="Needs prompting.",
        developing="Does it on most calls.",
        proficient="Does it on every call.",
        role_model="Coaches others in it.",
    )


def make_guide(title, owner, *, kind="guide", quiz=False, live=True):
    body = [paragraph(f"How to handle {title.lower()}.")] + ([QUIZ] if quiz else [])
    return GuideIndexPage.objects.get().add_child(
        instance=GuidePage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            summary=f"What to do about {title.lower()}.",
            body=body,
            kind=kind,
            owner=owner,
            live=live,
        )
    )


@pytest.fixture
def gate(demo_people):
    """The senior-operator gate with one requirement of every kind, in that order."""
    load_ladder()
    senior = CareerLevelPage.objects.get(slug="senior-operator")
    empathy = make_competency("Empathy")
    quality = KpiMetric.objects.create(name="Quality score", unit="%", higher_is_better=True)
    quiz_guide = make_guide("Billing complaints", demo_people["mentor"], quiz=True)
    plain_guide = make_guide("Wrap-up codes", demo_people["mentor"])

    def requirement(kind, **fields):
        return LevelRequirement.objects.create(level=senior, kind=kind, **fields)

    return {
        "level": senior,
        "operator_level": CareerLevelPage.objects.get(slug="operator"),
        "empathy": empathy,
        "quality": quality,
        "quiz_guide": quiz_guide,
        "plain_guide": plain_guide,
        "competency": requirement(RequirementKind.COMPETENCY, competency=empathy, min_rating=3),
        "guide_quiz": requirement(RequirementKind.GUIDE, guide=quiz_guide),
        "guide_plain": requirement(RequirementKind.GUIDE, guide=plain_guide),
        "kpi": requirement(
            RequirementKind.KPI, metric=quality, threshold=Decimal("85.00"), months=3
        ),
        "tenure": requirement(RequirementKind.TENURE, months=6),
        "signoff": requirement(
            RequirementKind.SIGNOFF,
            signoff_name="Handles escalations alone",
            signer_rule="lead",
        ),
        "contributions": requirement(
            RequirementKind.CONTRIBUTIONS, min_count=1, contribution_kinds="script"
        ),
    }


def kpi(user, metric, year, month, value):
    return KpiSnapshot.objects.create(
        operator=user, metric=metric, month=date(year, month, 1), value=Decimal(value)
    )


@pytest.fixture
def people(gate, demo_people):
    """Amira meets the whole gate, Priya meets only part of it, Chloe has no career profile."""
    amira, priya, chloe = (demo_people[name] for name in ("operator", "psharma", "cdubois"))
    mentor, lead = demo_people["mentor"], demo_people["lead"]
    for user, since in ((amira, date(2026, 3, 1)), (priya, date(2026, 6, 1))):
        OperatorProfile.objects.create(
            user=user,
            level=gate["operator_level"],
            level_since=since,
            target_level=gate["level"],
            mentor=mentor,
        )

    def assess(user, rating, kind, assessed_on, assessor=None):
        Assessment.objects.create(
            operator=user,
            competency=gate["empathy"],
            rating=rating,
            kind=kind,
            assessor=assessor,
            evidence="Listened to the customer's billing worry before offering a fix.",
            assessed_on=assessed_on,
        )

    assess(amira, 3, "mentor", date(2026, 9, 2), mentor)
    assess(amira, 2, "self", date(2026, 10, 1), amira)
    assess(priya, 4, "self", date(2026, 10, 1), priya)

    for user in (amira, priya):
        GuideCompletion.objects.create(user=user, page=gate["quiz_guide"])
        GuideCompletion.objects.create(user=user, page=gate["plain_guide"])
    QuizAttempt.objects.create(
        user=amira, page=gate["quiz_guide"], correct=2, total=2, percent=100, passed=True
    )
    QuizAttempt.objects.create(
        user=priya, page=gate["quiz_guide"], correct=0, total=2, percent=0, passed=False
    )

    quality = gate["quality"]
    for month, value in ((8, "86.00"), (9, "85.00"), (10, "91.50"), (11, "40.00")):
        kpi(amira, quality, 2026, month, value)
    kpi(amira, quality, 2025, 10, "99.00")  # older than a year: never loaded
    kpi(priya, quality, 2026, 8, "90.00")
    kpi(priya, quality, 2026, 10, "90.00")

    # One sign-off per requirement (a database constraint): the lead's.
    SignOff.objects.create(
        operator=amira,
        requirement=gate["signoff"],
        signed_by=lead,
        signed_on=date(2026, 10, 20),
        note="Took three escalated billing calls without help.",
    )

    make_guide("Broadband upgrade pitch", amira, kind="script")
    make_guide("Bereavement calls", priya, kind="guide")
    make_guide("Mobile retention offer", priya, kind="script", live=False)
    return {"amira": amira, "priya": priya, "chloe": chloe}


def met_by_requirement(readiness, gate):
    names = ["competency", "guide_quiz", "guide_plain", "kpi", "tenure", "signoff"]
    names.append("contributions")
    return {name: status.met for name, status in zip(names, readiness.statuses, strict=True)}


def test_requirement_specs_flatten_the_gate_in_order(gate):
    specs = requirement_specs([gate["level"], gate["operator_level"].pk])

    assert specs[gate["operator_level"].pk] == []
    by_kind = {spec.kind: spec for spec in specs[gate["level"].pk]}
    assert [spec.id for spec in specs[gate["level"].pk]] == [
        gate[name].pk
        for name in (
            "competency",
            "guide_quiz",
            "guide_plain",
            "kpi",
            "tenure",
            "signoff",
            "contributions",
        )
    ]
    assert by_kind["competency"].competency_name == "Empathy"
    assert by_kind["competency"].label == "Empathy at Proficient (3) or above"
    guides = [spec for spec in specs[gate["level"].pk] if spec.kind == "guide"]
    assert [(g.guide_title, g.guide_has_quiz) for g in guides] == [
        ("Billing complaints", True),
        ("Wrap-up codes", False),
    ]
    assert guides[0].guide_url == "/guides/billing-complaints/"
    assert (by_kind["kpi"].metric_name, by_kind["kpi"].unit) == ("Quality score", "%")
    assert by_kind["kpi"].threshold == Decimal("85")
    assert by_kind["signoff"].signoff_name == "Handles escalations alone"
    assert by_kind["contributions"].contribution_kinds == "script"


def test_requirement_specs_take_one_query(gate, django_assert_num_queries):
    Site.get_site_root_paths()  # Wagtail caches these; guide URLs read the cached copy.
    with django_assert_num_queries(1):
        requirement_specs([gate["level"], gate["operator_level"]])


def test_operator_facts_load_each_kind_of_fact(gate, people):
    facts = operator_facts([people["amira"], people["priya"], people["chloe"]], TODAY)

    amira = facts[people["amira"].pk]
    assert (amira.current_level_id, amira.level_since) == (
        gate["operator_level"].pk,
        date(2026, 3, 1),
    )
    assert sorted((r.kind, r.rating, r.assessor_name) for r in amira.ratings) == [
        ("mentor", 3, "Daniel Okafor"),
        ("self", 2, "Amira Haddad"),
    ]
    assert amira.completed_guide_ids == {gate["quiz_guide"].pk, gate["plain_guide"].pk}
    assert amira.passed_quiz_guide_ids == {gate["quiz_guide"].pk}
    # Twelve complete months back from Oct 2026; November is still running.
    assert amira.kpi_values == {
        gate["quality"].pk: {
            date(2026, 8, 1): Decimal("86.00"),
            date(2026, 9, 1): Decimal("85.00"),
            date(2026, 10, 1): Decimal("91.50"),
        }
    }
    signoff = amira.signoffs[gate["signoff"].pk]
    assert (signoff.signed_by_name, signoff.signed_on) == ("Sofia Marquez", date(2026, 10, 20))
    assert signoff.note == "Took three escalated billing calls without help."
    assert amira.contributions == {"script": 1}

    priya = facts[people["priya"].pk]
    assert priya.passed_quiz_guide_ids == frozenset()
    assert priya.contributions == {"guide": 1}  # the unpublished script does not count

    chloe = facts[people["chloe"].pk]
    assert (chloe.current_level_id, chloe.level_since, chloe.ratings) == (None, None, ())


def test_readiness_for_judges_each_operator_against_their_target(gate, people):
    readiness = readiness_for([people["amira"], people["priya"], people["chloe"]], TODAY)

    amira = readiness[people["amira"].pk]
    assert amira.level_id == gate["level"].pk
    assert amira.ready and amira.percent == 100

    priya = readiness[people["priya"].pk]
    assert met_by_requirement(priya, gate) == {
        "competency": False,
        "guide_quiz": False,
        "guide_plain": True,
        "kpi": False,
        "tenure": False,
        "signoff": False,
        "contributions": False,
    }
    assert priya.percent == 14
    competency = priya.statuses[0]
    assert (competency.current, competency.self_rating) == ("not yet assessed", 4)
    assert priya.statuses[3].current == "2 of 3 months; missing Sep 2026"
    assert priya.statuses[4].current == "5 months"

    assert readiness[people["chloe"].pk] is None


def test_readiness_for_a_chosen_level(gate, people):
    readiness = readiness_for([people["priya"]], TODAY, level_for=lambda profile: profile.level)

    priya = readiness[people["priya"].pk]
    assert priya.level_id == gate["operator_level"].pk
    assert priya.total == 0 and priya.ready


def test_readiness_without_a_target_level_is_none(gate, people):
    OperatorProfile.objects.filter(user=people["priya"]).update(target_level=None)

    assert readiness_for([people["priya"]], TODAY) == {people["priya"].pk: None}


def test_readiness_for_runs_a_fixed_number_of_queries(gate, people, django_assert_num_queries):
    few = [people["amira"], people["priya"], people["chloe"]]
    many = get_user_model().objects.bulk_create(
        get_user_model()(username=f"floor{number}", first_name="Floor", last_name=str(number))
        for number in range(30)
    )
    OperatorProfile.objects.bulk_create(
        OperatorProfile(
            user=user,
            level=gate["operator_level"],
            level_since=date(2026, 1, 5),
            target_level=gate["level"] if number % 2 else gate["operator_level"],
        )
        for number, user in enumerate(many)
    )
    KpiSnapshot.objects.bulk_create(
        KpiSnapshot(operator=user, metric=gate["quality"], month=date(2026, 10, 1), value=88)
        for user in many
    )
    Site.get_site_root_paths()  # Wagtail caches these; a cold cache costs one more query.

    with django_assert_num_queries(QUERIES_PER_READINESS):
        few_readiness = readiness_for(few, TODAY)
    with django_assert_num_queries(QUERIES_PER_READINESS):
        many_readiness = readiness_for(many, TODAY)

    assert len(few_readiness) == 3 and len(many_readiness) == 30
    assert sum(r.total == 7 for r in many_readiness.values()) == 15


def test_operator_facts_run_a_fixed_number_of_queries(people, django_assert_num_queries):
    with django_assert_num_queries(8):
        operator_facts(list(people.values()), TODAY)
    with django_assert_num_queries(0):
        assert operator_facts([], TODAY) == {}
