"""What the home page shows each user. A fixed number of queries whatever the content."""

from datetime import timedelta

from django.db.models import Count, Exists, F, Max, OuterRef, Q
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from wagtail.models import TaskState, WorkflowState

from careers.board import OVERDUE_ASSESSMENT_DAYS
from careers.models import AssessmentKind, OperatorProfile
from careers.selectors import readiness_for
from home import roles
from home.cache import version
from kb.models import Acknowledgement, GuidePage, NewsPage

DASHBOARD_ITEMS = 5


def unacknowledged_must_reads(user):
    return list(
        NewsPage.objects.live()
        .visible_to(user)
        .unacknowledged_must_reads(user)
        .order_by(F("acknowledge_by").asc(nulls_last=True), "-date")
    )


def latest_news(user):
    return list(
        NewsPage.objects.live()
        .visible_to(user)
        .pinned_first()
        .annotate(
            acknowledged=Exists(Acknowledgement.objects.filter(page_id=OuterRef("pk"), user=user))
        )[:DASHBOARD_ITEMS]
    )


def recently_updated_guides(user):
    guides = GuidePage.objects.live().readable_by(user)
    return list(guides.order_by("-last_published_at")[:DASHBOARD_ITEMS])


def guides_awaiting_action(user):
    """For mentors and leads: their guides in moderation, approvals waiting for them, and
    guides past their review date (their own for mentors, all for leads)."""
    # Workflow states point at pages by a text object id, so ids are matched in Python.
    moderated_ids = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type__app_label="wagtailcore",
        base_content_type__model="page",
    ).values_list("object_id", flat=True)
    in_moderation = GuidePage.objects.filter(
        owner=user, pk__in=[int(pk) for pk in moderated_ids]
    ).order_by("-latest_revision_created_at")
    reviewable_ids = TaskState.objects.reviewable_by(user).values_list(
        "workflow_state__object_id", flat=True
    )
    to_approve = GuidePage.objects.filter(pk__in=[int(pk) for pk in reviewable_ids]).order_by(
        "title"
    )
    overdue = GuidePage.objects.live().filter(review_by__lt=timezone.localdate())
    if not roles.is_lead(user):
        overdue = overdue.filter(owner=user)
    return {
        "in_moderation": list(in_moderation[:DASHBOARD_ITEMS]),
        "to_approve": list(to_approve[:DASHBOARD_ITEMS]),
        "overdue": list(overdue.order_by("review_by")[:DASHBOARD_ITEMS]),
        "overdue_count": overdue.count(),
    }


def progress_summary(user, today):
    """Current level, target, readiness and the top three gaps; None when not on the ladder."""
    profile = (
        OperatorProfile.objects.select_related("level", "target_level").filter(user=user).first()
    )
    if profile is None:
        return None
    readiness = readiness_for([user], today)[user.pk]
    return {
        "profile": profile,
        "readiness": readiness,
        "gaps": readiness.gaps[:3] if readiness else (),
    }


def mentees_needing_attention(user, today):
    """Mentees with no mentor or lead assessment in 60 days, practice waiting for a
    co-signature, or sign-offs still to give on their target gate."""
    profiles = list(
        OperatorProfile.objects.filter(mentor=user, user__is_active=True)
        .select_related("user")
        .annotate(
            last_assessed=Max(
                "user__assessments__assessed_on",
                filter=~Q(user__assessments__kind=AssessmentKind.SELF),
            ),
            to_cosign=Count(
                "user__practice_entries",
                filter=Q(user__practice_entries__cosigned_by__isnull=True),
                distinct=True,
            ),
        )
        .order_by("user__last_name", "user__first_name")
    )
    readiness = readiness_for([profile.user for profile in profiles], today)
    stale_before = today - timedelta(days=OVERDUE_ASSESSMENT_DAYS)
    attention = []
    for profile in profiles:
        target = readiness.get(profile.user_id)
        signoffs = [g for g in target.gaps if g.requirement.kind == "signoff"] if target else []
        reasons = []
        if profile.last_assessed is None or profile.last_assessed < stale_before:
            reasons.append(f"no assessment in {OVERDUE_ASSESSMENT_DAYS} days")
        if profile.to_cosign:
            reasons.append(f"{profile.to_cosign} practice entries to co-sign")
        if signoffs:
            reasons.append(f"{len(signoffs)} sign-off{'s' if len(signoffs) > 1 else ''} to give")
        if reasons:
            attention.append({"profile": profile, "reasons": reasons})
    return attention


def dashboard(user):
    """The home page's context. Each part is computed only if the template renders it: the
    rendered dashboard is cached until content or records change (`dashboard_version`)."""
    today = timezone.localdate()
    context = {
        "dashboard_version": f"{today.isoformat()}:{version()}",
        "must_reads": SimpleLazyObject(lambda: unacknowledged_must_reads(user)),
        "latest_news": SimpleLazyObject(lambda: latest_news(user)),
        "recent_guides": SimpleLazyObject(lambda: recently_updated_guides(user)),
        "progress": SimpleLazyObject(lambda: progress_summary(user, today)),
    }
    if roles.is_mentor(user):
        context["awaiting"] = SimpleLazyObject(lambda: guides_awaiting_action(user))
        context["mentees_attention"] = SimpleLazyObject(
            lambda: mentees_needing_attention(user, today)
        )
    return context
