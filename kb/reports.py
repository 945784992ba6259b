"""Wagtail admin reports: read receipts of must-read news, and guides due for review."""

from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.views.reports import ReportView

from home.models import Team, team_ids_of
from kb import permissions
from kb.models import Acknowledgement, GuidePage, NewsPage


@dataclass
class Receipt:
    """One reader of one must-read item: read or not, and when."""

    news_id: int
    news_title: str
    acknowledge_by: date | None
    person: str
    username: str
    team: str
    acknowledged_at: datetime | None

    @property
    def status(self):
        if self.acknowledged_at:
            return "Read"
        if self.acknowledge_by and self.acknowledge_by < timezone.localdate():
            return "Overdue"
        return "Not read yet"


def must_read_receipts(user):
    """Receipts for every must-read item the lead's teams should read (all teams for admins).

    Three queries whatever the number of items and people.
    """
    team_ids = (
        set(Team.objects.values_list("id", flat=True)) if user.is_superuser else team_ids_of(user)
    )
    news = (
        NewsPage.objects.live()
        .filter(must_read=True)
        .filter(Q(teams__isnull=True) | Q(teams__in=team_ids))
        .distinct()
        .order_by("-date", "-pk")
        .prefetch_related("teams")
    )
    news = list(news)
    people = list(
        get_user_model()
        .objects.filter(is_active=True, profile__team_id__in=team_ids)
        .select_related("profile__team")
        .order_by("last_name", "first_name")
    )
    read_at = dict(
        ((ack.page_id, ack.user_id), ack.acknowledged_at)
        for ack in Acknowledgement.objects.filter(page__in=news, user__in=people)
    )
    receipts = []
    for item in news:
        audience_team_ids = {team.id for team in item.teams.all()} or team_ids
        for person in people:
            if person.profile.team_id not in audience_team_ids:
                continue
            receipts.append(
                Receipt(
                    news_id=item.pk,
                    news_title=item.title,
                    acknowledge_by=item.acknowledge_by,
                    person=person.get_full_name() or person.get_username(),
                    username=person.get_username(),
                    team=person.profile.team.name,
                    acknowledged_at=read_at.get((item.pk, person.pk)),
                )
            )
    return news, receipts


class ReceiptsReportView(ReportView):
    page_title = "Must-read receipts"
    header_icon = "tick-inverse"
    index_url_name = "kb_reports:receipts"
    index_results_url_name = "kb_reports:receipts_results"
    results_template_name = "kb/reports/receipts_results.html"
    paginate_by = 100
    export_filename = "must-read-receipts"
    list_export = [
        "news_title",
        "acknowledge_by",
        "person",
        "username",
        "team",
        "status",
        "acknowledged_at",
    ]
    export_headings = {
        "news_title": "Must-read item",
        "acknowledge_by": "Acknowledge by",
        "person": "Person",
        "username": "Username",
        "team": "Team",
        "status": "Status",
        "acknowledged_at": "Read at",
    }

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_view_receipts(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        self.news_items, receipts = must_read_receipts(self.request.user)
        # The item chosen among those listed; anything else (text, "²") filters nothing.
        chosen = {str(item.pk): item.pk for item in self.news_items}.get(
            self.request.GET.get("item", "")
        )
        if chosen is not None:
            receipts = [receipt for receipt in receipts if receipt.news_id == chosen]
        status = self.request.GET.get("status", "")
        if status == "unread":
            receipts = [receipt for receipt in receipts if receipt.acknowledged_at is None]
        elif status == "read":
            receipts = [receipt for receipt in receipts if receipt.acknowledged_at is not None]
        return receipts

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["selected_item"] = self.request.GET.get("item", "")
        context["selected_status"] = self.request.GET.get("status", "")
        return context


class FreshnessReportView(ReportView):
    page_title = "Guides due for review"
    header_icon = "time"
    index_url_name = "kb_reports:freshness"
    index_results_url_name = "kb_reports:freshness_results"
    results_template_name = "kb/reports/freshness_results.html"
    export_filename = "guides-due-for-review"
    list_export = ["title", "kind_label", "owner_name", "last_reviewed", "review_by", "freshness"]
    export_headings = {
        "title": "Guide",
        "kind_label": "Kind",
        "owner_name": "Owner",
        "last_reviewed": "Last reviewed",
        "review_by": "Review by",
        "freshness": "State",
    }

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_view_freshness(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        today = timezone.localdate()
        guides = (
            GuidePage.objects.live()
            .filter(
                Q(review_by__lt=today) | Q(review_by__isnull=True) | Q(last_reviewed__isnull=True)
            )
            .select_related("owner")
            .order_by("review_by", "title")
        )
        if not permissions.can_view_receipts(self.request.user):  # mentors: their own guides
            guides = guides.filter(owner=self.request.user)
        guides = list(guides)
        for guide in guides:
            guide.owner_name = guide.owner.get_full_name() if guide.owner else ""
            guide.kind_label = guide.get_kind_display()
            guide.freshness = freshness_label(guide, today)
        return guides


def freshness_label(guide, today):
    if guide.review_by and guide.review_by < today:
        return f"Overdue by {(today - guide.review_by).days} days"
    if guide.last_reviewed is None:
        return "Never reviewed"
    return "No review date"
