"""Load what the readiness engine judges, for many operators at once.

Each kind of fact is one query for all operators together, so a team dashboard costs the same
number of queries for three operators as for three hundred.
"""

from collections import defaultdict

from django.db.models import Count
from django.urls import reverse

from careers.models import (
    Assessment,
    CriterionScore,
    KpiSnapshot,
    LevelRequirement,
    OperatorProfile,
    SignOff,
)
from careers.readiness import (
    Evidence,
    OperatorFacts,
    RatingFact,
    RequirementSpec,
    SignOffFact,
    add_months,
    evaluate,
    first_of_month,
    format_date,
    recent_months,
)
from careers.scorecards import score_text
from home.cache import cached_many
from kb.models import GuideCompletion, GuidePage, QuizAttempt

# How far back KPI values are loaded when the caller does not say: a year covers every
# window the ladder uses today.
KPI_MONTHS = 12
# Quality reviews of calls in the last six months are shown as evidence for competencies.
REVIEW_EVIDENCE_MONTHS = 6


def requirement_specs(levels):
    """Each level's gate as `RequirementSpec`s in gate order: {level_id: [spec, ...]}.

    `levels` are CareerLevelPage objects or ids. Levels without requirements map to [].
    One query (the site root paths behind guide URLs come from Wagtail's cache).
    """
    level_ids = _ids(levels)
    specs = {level_id: [] for level_id in level_ids}
    if not level_ids:
        return specs
    requirements = (
        LevelRequirement.objects.filter(level_id__in=level_ids)
        .select_related("competency", "guide", "metric")
        .order_by("level_id", "sort_order", "pk")
    )
    for requirement in requirements:
        specs[requirement.level_id].append(_spec(requirement))
    return specs


def _spec(requirement):
    competency, guide, metric = requirement.competency, requirement.guide, requirement.metric
    return RequirementSpec(
        id=requirement.pk,
        kind=requirement.kind,
        label=requirement.label,
        competency_id=requirement.competency_id,
        competency_name=competency.name if competency else "",
        min_rating=requirement.min_rating,
        guide_id=requirement.guide_id,
        guide_title=guide.title if guide else "",
        # Wagtail caches the site root paths, so a URL costs no query once they are cached.
        guide_url=(guide.get_url() or "") if guide else "",
        guide_has_quiz=guide is not None and guide.quiz is not None,
        metric_id=requirement.metric_id,
        metric_name=metric.name if metric else "",
        unit=metric.unit if metric else "",
        higher_is_better=metric.higher_is_better if metric else True,
        threshold=requirement.threshold,
        months=requirement.months,
        signoff_name=requirement.signoff_name,
        min_count=requirement.min_count,
        contribution_kinds=requirement.contribution_kinds,
    )


def operator_facts(users, today, *, kpi_months=KPI_MONTHS):
    """Everything the engine needs about each user: {user_id: OperatorFacts}.

    `users` are User objects or ids; KPI values cover the last `kpi_months` complete months
    before `today`. Eight queries whatever the number of users.
    """
    user_ids = _ids(users)
    if not user_ids:
        return {}
    profiles = OperatorProfile.objects.filter(user_id__in=user_ids)
    return _facts(user_ids, {profile.user_id: profile for profile in profiles}, today, kpi_months)


def readiness_for(users, today, level_for=None):
    """Each user's readiness for a level: {user_id: Readiness, or None without a level}.

    The level is `level_for(profile)` when given (a CareerLevelPage, an id or None; the
    profile comes with `level` and `target_level` loaded), else the profile's target level,
    whose readiness is cached until the people's records or the framework change.
    Users without a profile get None. Nine queries whatever the number of users.
    """
    user_ids = _ids(users)
    if not user_ids:
        return {}
    if level_for is None:
        return cached_many(
            f"readiness:{today.isoformat()}",
            user_ids,
            lambda missing: _readiness(missing, today, None),
        )
    return _readiness(user_ids, today, level_for)


def _readiness(user_ids, today, level_for):
    profiles = {
        profile.user_id: profile
        for profile in OperatorProfile.objects.filter(user_id__in=user_ids).select_related(
            "level", "target_level"
        )
    }
    level_ids = {
        user_id: _level_id(level_for(profile) if level_for else profile.target_level_id)
        for user_id, profile in profiles.items()
    }
    specs = requirement_specs({level_id for level_id in level_ids.values() if level_id})
    kpi_windows = [spec.months for gate in specs.values() for spec in gate if spec.kind == "kpi"]
    facts = _facts(user_ids, profiles, today, max([KPI_MONTHS, *kpi_windows]))
    readiness = {}
    for user_id in user_ids:
        level_id = level_ids.get(user_id)
        readiness[user_id] = (
            evaluate(level_id, specs[level_id], facts[user_id], today) if level_id else None
        )
    return readiness


def _facts(user_ids, profiles, today, kpi_months):
    """OperatorFacts for each user id, given their profiles (already loaded) by user id."""
    ratings = _ratings(user_ids)
    completed = _guide_ids(GuideCompletion.objects.filter(user_id__in=user_ids))
    passed = _guide_ids(QuizAttempt.objects.filter(user_id__in=user_ids, passed=True))
    kpis = _kpi_values(user_ids, today, kpi_months)
    signoffs = _latest_signoffs(user_ids)
    contributions = _contributions(user_ids)
    review_evidence = _review_evidence(user_ids, today)
    facts = {}
    for user_id in user_ids:
        profile = profiles.get(user_id)
        facts[user_id] = OperatorFacts(
            user_id=user_id,
            current_level_id=profile.level_id if profile else None,
            level_since=profile.level_since if profile else None,
            ratings=tuple(ratings[user_id]),
            completed_guide_ids=frozenset(completed[user_id]),
            passed_quiz_guide_ids=frozenset(passed[user_id]),
            kpi_values={metric_id: dict(values) for metric_id, values in kpis[user_id].items()},
            signoffs=signoffs[user_id],
            contributions=contributions[user_id],
            review_evidence={
                competency_id: tuple(items)
                for competency_id, items in review_evidence[user_id].items()
            },
        )
    return facts


def _ratings(user_ids):
    ratings = defaultdict(list)
    rows = Assessment.objects.filter(operator_id__in=user_ids).values(
        "id",
        "operator_id",
        "competency_id",
        "rating",
        "kind",
        "assessed_on",
        "assessor__first_name",
        "assessor__last_name",
        "assessor__username",
    )
    for row in rows:
        ratings[row["operator_id"]].append(
            RatingFact(
                assessment_id=row["id"],
                competency_id=row["competency_id"],
                rating=row["rating"],
                kind=row["kind"],
                assessed_on=row["assessed_on"],
                assessor_name=_full_name(row, "assessor"),
            )
        )
    return ratings


def _guide_ids(queryset):
    """{user_id: {guide_id, ...}} from completions or quiz attempts."""
    guide_ids = defaultdict(set)
    for user_id, page_id in queryset.values_list("user_id", "page_id").distinct():
        guide_ids[user_id].add(page_id)
    return guide_ids


def _kpi_values(user_ids, today, kpi_months):
    """{user_id: {metric_id: {month: value}}} for complete months in the window."""
    values = defaultdict(lambda: defaultdict(dict))
    window = recent_months(today, kpi_months)
    if not window:
        return values
    rows = KpiSnapshot.objects.filter(
        operator_id__in=user_ids, month__gte=window[-1], month__lt=first_of_month(today)
    ).values_list("operator_id", "metric_id", "month", "value")
    for user_id, metric_id, month, value in rows:
        values[user_id][metric_id][month] = value
    return values


def _latest_signoffs(user_ids):
    """{user_id: {requirement_id: SignOffFact}}, the latest sign-off per requirement."""
    signoffs = defaultdict(dict)
    rows = (
        SignOff.objects.filter(operator_id__in=user_ids)
        .order_by("signed_on", "pk")
        .values(
            "id",
            "operator_id",
            "requirement_id",
            "signed_on",
            "note",
            "signed_by__first_name",
            "signed_by__last_name",
            "signed_by__username",
        )
    )
    # Oldest first, so each later sign-off replaces the one before it.
    for row in rows:
        signoffs[row["operator_id"]][row["requirement_id"]] = SignOffFact(
            signoff_id=row["id"],
            requirement_id=row["requirement_id"],
            signed_by_name=_full_name(row, "signed_by"),
            signed_on=row["signed_on"],
            note=row["note"],
        )
    return signoffs


def _contributions(user_ids):
    """{user_id: {guide kind: number of live guides the user owns}}."""
    contributions = defaultdict(dict)
    rows = (
        GuidePage.objects.live()
        .filter(owner_id__in=user_ids)
        .order_by()  # the default page ordering would split the groups
        .values("owner_id", "kind")
        .annotate(count=Count("pk"))
    )
    for row in rows:
        contributions[row["owner_id"]][row["kind"]] = row["count"]
    return contributions


def _review_evidence(user_ids, today):
    """{user_id: {competency_id: [Evidence, ...]}}: scores that current, non-calibration
    quality reviews of recent calls gave criteria mapped to a competency, newest call first."""
    evidence = defaultdict(lambda: defaultdict(list))
    rows = (
        CriterionScore.objects.filter(
            review__operator_id__in=user_ids,
            review__revised_by__isnull=True,
            review__calibration__isnull=True,
            review__call_date__gt=add_months(today, -REVIEW_EVIDENCE_MONTHS),
            review__call_date__lte=today,
            criterion__competency__isnull=False,
            score__isnull=False,
        )
        .order_by("-review__call_date", "-review_id", "criterion__sort_order", "criterion_id")
        .values_list(
            "review_id",
            "review__operator_id",
            "review__call_date",
            "review__call_reference",
            "criterion__competency_id",
            "criterion__name",
            "criterion__auto_fail",
            "score",
        )
    )
    # One reverse() for all rows: a year of reviews for 500 operators is ~80,000 scores.
    url_pattern = reverse("review_detail", args=[0]).replace("/0/", "/{}/")
    for review_id, user_id, call_date, reference, competency_id, name, auto_fail, score in rows:
        label = (
            f"Quality review {format_date(call_date)}, call {reference}: "
            f"{name} {score_text(score, auto_fail)}"
        )
        url = url_pattern.format(review_id)
        evidence[user_id][competency_id].append(Evidence(label, url=url))
    return evidence


def _full_name(row, prefix):
    """A person's full name from a values() row; empty when the person was deleted."""
    name = f"{row[f'{prefix}__first_name'] or ''} {row[f'{prefix}__last_name'] or ''}".strip()
    return name or row[f"{prefix}__username"] or ""


def _level_id(level):
    return getattr(level, "pk", level)


def _ids(objects):
    """Primary keys of model instances (or ids passed as they are), in order, once each."""
    return list(dict.fromkeys(getattr(obj, "pk", obj) for obj in objects))
