"""The demo career data: a complete framework, valid gates, a believable year of history for
everyone on the floor, signers with the right to sign, and nothing created twice."""

from collections import Counter
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from careers.demo import load_careers, load_ladder
from careers.models import (
    Assessment,
    AssessmentKind,
    CareerLevelPage,
    Competency,
    CompetencyCategory,
    KpiMetric,
    KpiSnapshot,
    LevelRequirement,
    OperatorProfile,
    PracticeEntry,
    RequirementKind,
    SignerRule,
    SignOff,
)
from careers.selectors import readiness_for
from home import roles
from home.demo import load_people
from home.models import Profile
from kb.demo import load_kb
from kb.models import GuideCompletion, QuizAttempt

pytestmark = pytest.mark.django_db

CAREER_MODELS = [
    Competency,
    KpiMetric,
    LevelRequirement,
    OperatorProfile,
    Assessment,
    KpiSnapshot,
    SignOff,
    PracticeEntry,
    GuideCompletion,
    QuizAttempt,
]


@pytest.fixture(scope="module")
def careers_demo(django_db_setup, django_db_blocker):
    """The demo people, ladder, knowledge base and career data, loaded once for this module
    (the knowledge base takes seconds) and rolled back when the module is done. Each test
    runs in its own savepoint inside, so one test's writes never reach another."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_people()
        load_ladder()
        load_kb()
        yield load_careers()
        transaction.set_rollback(True)


def counts():
    return {model.__name__: model.objects.count() for model in CAREER_MODELS}


def profile_of(username):
    return OperatorProfile.objects.select_related("level", "target_level", "mentor").get(
        user__username=username
    )


def latest_rating(username, competency_name, kinds):
    assessment = (
        Assessment.objects.filter(
            operator__username=username, competency__name=competency_name, kind__in=kinds
        )
        .order_by("-assessed_on", "-pk")
        .first()
    )
    return assessment.rating if assessment else None


def test_every_competency_describes_each_rating(careers_demo):
    competencies = list(Competency.objects.all())

    assert len(competencies) >= 12
    assert {c.category for c in competencies} == set(CompetencyCategory.values)
    for competency in competencies:
        behaviours = [competency.behaviour_at(rating) for rating in (1, 2, 3, 4)]
        assert competency.description, competency.name
        assert all(behaviours), competency.name
        assert len(set(behaviours)) == 4, competency.name


def test_six_kpi_metrics_and_handle_time_is_lower_is_better(careers_demo):
    metrics = {metric.name: metric for metric in KpiMetric.objects.all()}

    assert len(metrics) == 6
    assert not metrics["Average handle time"].higher_is_better
    assert metrics["Average handle time"].unit == "seconds"
    assert metrics["Customer satisfaction"].unit == "/5"
    higher = [name for name, metric in metrics.items() if metric.higher_is_better]
    assert len(higher) == 5


def test_every_level_above_trainee_has_a_valid_gate_using_every_kind(careers_demo):
    levels = {level.slug: level for level in CareerLevelPage.objects.all()}
    requirements = list(LevelRequirement.objects.select_related("level", "guide"))

    assert not levels["trainee"].requirements.exists()
    for slug in ["operator", "senior-operator", "trainer", "team-lead"]:
        assert levels[slug].requirements.count() >= 5, slug
    for requirement in requirements:
        requirement.full_clean()
    assert {r.kind for r in requirements} == set(RequirementKind.values)
    guides = {r.guide.slug for r in requirements if r.kind == RequirementKind.GUIDE}
    assert {"first-week-checklist", "escalating-a-complaint", "running-a-floor-huddle"} <= guides


def test_everyone_in_a_team_has_a_profile_with_a_level(careers_demo):
    in_teams = Profile.objects.filter(team__isnull=False).select_related("user", "team")
    profiles = {
        profile.user_id: profile
        for profile in OperatorProfile.objects.select_related("level", "target_level")
    }

    assert in_teams.count() >= 30
    for profile in in_teams:
        career = profiles[profile.user_id]
        assert career.level is not None, profile.user.username
        assert career.hire_date <= career.level_since <= timezone.localdate()
    amira = profile_of("operator")
    assert amira.level.slug == "operator"
    assert amira.target_level.slug == "senior-operator"
    assert amira.mentor.username == "mentor"
    assert profile_of("pkowalski").mentor is None
    assert profile_of("lead").target_level is None


def test_trainees_are_supervised_until_cleared(careers_demo):
    trainees = OperatorProfile.objects.filter(level__slug="trainee")
    cleared = SignOff.objects.filter(
        requirement__signoff_name="Cleared for independent calls",
        operator__career__level__slug="trainee",
    ).values_list("operator_id", flat=True)

    assert trainees.count() == 6
    assert len(cleared) == 1
    for profile in trainees:
        assert profile.supervised == (profile.user_id not in cleared)
        assert profile.target_level.slug == "operator"
    assert not OperatorProfile.objects.exclude(level__slug="trainee").filter(supervised=True)


def test_assessments_cover_a_year_with_evidence_and_disagreements(careers_demo):
    assessments = list(Assessment.objects.all())
    months = {(a.assessed_on.year, a.assessed_on.month) for a in assessments}

    assert len(months) >= 6
    assert all(a.evidence.strip() for a in assessments)
    assert all(a.assessed_on <= timezone.localdate() for a in assessments)
    kinds = Counter(a.kind for a in assessments)
    assert kinds[AssessmentKind.MENTOR] > kinds[AssessmentKind.LEAD] > 0
    assert kinds[AssessmentKind.SELF] >= 5
    assert all(a.assessor_id == a.operator_id for a in assessments if a.kind == "self")
    own_view = latest_rating("operator", "Call control", ["self"])
    mentor_view = latest_rating("operator", "Call control", ["mentor"])
    assert own_view - mentor_view >= 2


def test_everyone_on_the_floor_is_assessed_by_their_own_mentor_or_lead(careers_demo):
    floor = OperatorProfile.objects.filter(user__groups__name=roles.OPERATORS)
    for profile in floor.select_related("user__profile__team"):
        team = profile.user.profile.team
        leads = set(team.leads.values_list("pk", flat=True))
        ratings = Assessment.objects.filter(operator=profile.user).exclude(kind="self")
        assert ratings.exists(), profile.user.username
        assessors = set(ratings.values_list("assessor_id", flat=True))
        assert assessors <= leads | {profile.mentor_id}, profile.user.username


def test_kpi_snapshots_cover_twelve_months_once_each(careers_demo):
    snapshots = KpiSnapshot.objects.all()
    keys = list(snapshots.values_list("operator_id", "metric_id", "month"))

    assert len(set(month for _op, _metric, month in keys)) == 12
    assert all(month.day == 1 for _op, _metric, month in keys)
    assert len(keys) == len(set(keys))
    assert max(month for _op, _metric, month in keys) < timezone.localdate().replace(day=1)
    amira = KpiSnapshot.objects.filter(operator__username="operator")
    assert amira.filter(metric__name="Quality score").count() == 12
    quality = list(
        amira.filter(metric__name="Quality score")
        .order_by("-month")
        .values_list("value", flat=True)[:3]
    )
    assert sum(value >= 85 for value in quality) == 2
    conversion = KpiSnapshot.objects.filter(metric__name="Conversion rate")
    assert set(conversion.values_list("operator__profile__team__slug", flat=True)) == {
        "outbound-sales"
    }


def test_every_signer_has_the_right_to_sign(careers_demo):
    leads = set(
        get_user_model().objects.filter(groups__name=roles.LEADS).values_list("pk", flat=True)
    )
    profiles = {p.user_id: p for p in OperatorProfile.objects.select_related("level")}
    signoffs = SignOff.objects.select_related("requirement__signer_min_level", "signed_by")

    assert signoffs.count() >= 30
    for signoff in signoffs:
        requirement = signoff.requirement
        signer = signoff.signed_by
        if requirement.signer_rule == SignerRule.LEVEL:
            allowed = profiles[signer.pk].level.rank >= requirement.signer_min_level.rank
        elif requirement.signer_rule == SignerRule.LEAD:
            allowed = signer.pk in leads
        else:
            mentor_id = profiles[signoff.operator_id].mentor_id
            allowed = signer.pk == mentor_id or signer.pk in leads
        assert allowed or signer.is_superuser, f"{signer} signing {signoff}"


def test_trainees_log_practice_mostly_cosigned_by_their_mentor(careers_demo):
    entries = PracticeEntry.objects.select_related("trainee__career")

    assert entries.count() >= 30
    assert all(Decimal(1) <= entry.hours <= Decimal(4) for entry in entries)
    cosigned = [entry for entry in entries if entry.cosigned_by_id]
    assert 0 < len(entries) - len(cosigned) <= 4
    assert all(e.cosigned_by_id == e.trainee.career.mentor_id for e in cosigned)
    hours_signoffs = SignOff.objects.filter(requirement__signoff_name="20 supervised hours logged")
    with_hours = hours_signoffs.filter(evidence_hours__isnull=False)
    assert with_hours.count() == 2
    assert all(signoff.evidence_hours >= 20 for signoff in with_hours)


def test_a_few_operators_are_ready_and_the_demo_operator_is_half_way(careers_demo):
    profiles = OperatorProfile.objects.filter(target_level__isnull=False).select_related(
        "user__profile__team"
    )
    readiness = readiness_for([p.user for p in profiles], timezone.localdate())
    ready = {
        p.user.username: p.user.profile.team.slug for p in profiles if readiness[p.user_id].ready
    }

    assert 2 <= len(ready) <= 4
    assert len(set(ready.values())) >= 2
    assert len(ready) < profiles.count() / 4
    amira = readiness[OperatorProfile.objects.get(user__username="operator").user_id]
    assert not amira.ready
    assert amira.met_count * 2 >= amira.total
    call_control = next(
        s for s in amira.statuses if s.requirement.competency_name == "Call control"
    )
    assert not call_control.met
    assert call_control.self_rating == 4


def test_loading_again_creates_nothing(careers_demo):
    before = counts()

    assert careers_demo > 1000
    assert load_careers() == 0
    assert counts() == before
