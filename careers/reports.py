"""Wagtail admin report of promotion decisions, with spreadsheet export."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.reports import ReportView

from careers.board import teams_for
from careers.models import PromotionDecision
from home import roles


class PromotionsReportView(ReportView):
    page_title = "Promotion decisions"
    header_icon = "user"
    index_url_name = "careers_reports:promotions"
    index_results_url_name = "careers_reports:promotions_results"
    results_template_name = "careers/reports/promotions_results.html"
    export_filename = "promotion-decisions"
    list_export = [
        "decided_at",
        "operator_name",
        "outcome_label",
        "from_title",
        "target_title",
        "met",
        "rationale",
        "override_reason",
        "decided_by_name",
    ]
    export_headings = {
        "decided_at": "Decided",
        "operator_name": "Operator",
        "outcome_label": "Decision",
        "from_title": "From",
        "target_title": "To",
        "met": "Requirements met",
        "rationale": "Rationale",
        "override_reason": "Override reason",
        "decided_by_name": "Decided by",
    }

    def dispatch(self, request, *args, **kwargs):
        if not roles.is_lead(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        decisions = PromotionDecision.objects.select_related(
            "operator", "from_level", "target_level", "decided_by"
        )
        if not self.request.user.is_superuser:
            decisions = decisions.filter(operator__profile__team__in=teams_for(self.request.user))
        decisions = list(decisions.order_by("-decided_at"))
        for decision in decisions:
            decision.operator_name = decision.operator.get_full_name()
            decision.outcome_label = decision.get_outcome_display()
            decision.from_title = decision.from_level.title if decision.from_level else ""
            decision.target_title = decision.target_level.title if decision.target_level else ""
            decision.met = f"{decision.met_count} of {decision.requirement_count}"
            decision.decided_by_name = (
                decision.decided_by.get_full_name() if decision.decided_by else ""
            )
        return decisions
