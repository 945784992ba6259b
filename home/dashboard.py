"""What the home page shows each user. A fixed number of queries whatever the content."""

from django.db.models import Exists, F, OuterRef
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from home import roles
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


def recently_updated_guides():
    return list(GuidePage.objects.live().order_by("-last_published_at")[:DASHBOARD_ITEMS])


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


def dashboard(user):
    context = {
        "must_reads": unacknowledged_must_reads(user),
        "latest_news": latest_news(user),
        "recent_guides": recently_updated_guides(),
    }
    if roles.is_mentor(user):
        context["awaiting"] = guides_awaiting_action(user)
    return context
