from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from careers.admin_views import (
    IntegrationTokenViewSet,
    KpiImportView,
    LeadsMenuItem,
    ManagersOnlyChooserViewSet,
    SuperusersOnlyPermissionPolicy,
)
from careers.kpi_import import IMPORT_ACTION
from careers.models import IntegrationToken, OperatorProfile
from careers.reports import PromotionsReportView


@hooks.register("register_log_actions")
def register_career_log_actions(actions):
    actions.register_action("callpath.assessment", "Record assessment", "Recorded an assessment")
    actions.register_action(
        "callpath.promotion", "Decide promotion", "Recorded a promotion decision"
    )
    actions.register_action("callpath.signoff", "Give sign-off", "Gave a sign-off")
    actions.register_action("callpath.practice", "Log practice", "Logged supervised practice")
    actions.register_action(
        "callpath.practice.cosign", "Co-sign practice", "Co-signed supervised practice"
    )
    actions.register_action("callpath.review", "Review a call", "Recorded a call-quality review")
    actions.register_action(
        "callpath.review.acknowledge", "Acknowledge review", "Acknowledged a quality review"
    )
    actions.register_action(
        "callpath.review.dispute", "Dispute review", "Disputed a quality review score"
    )
    actions.register_action(
        "callpath.review.resolve", "Resolve dispute", "Resolved a quality review dispute"
    )
    actions.register_action(
        "callpath.review.revise", "Revise review", "Revised a quality review after a dispute"
    )
    actions.register_action(
        "callpath.calibration", "Set up calibration", "Set up a calibration session"
    )
    actions.register_action(
        "callpath.calibration.score", "Score calibration call", "Scored a calibration call"
    )

    @actions.register_action(IMPORT_ACTION)
    class ImportKpis(LogFormatter):
        label = "Import KPI values"

        def format_message(self, log_entry):
            data = log_entry.data
            where = data.get("file") or data.get("integration") or data.get("source", "")
            return (
                f"Imported KPI values from {where}: {data.get('created', 0)} created, "
                f"{data.get('replaced', 0)} replaced"
            )


class OperatorProfileViewSet(SnippetViewSet):
    """Admins place people on the ladder: level, mentor and target."""

    model = OperatorProfile
    icon = "user"
    menu_label = "Operator profiles"
    list_display = ["user", "level", "target_level", "mentor", "supervised"]
    list_filter = ["level", "supervised"]
    search_fields = ["user__first_name", "user__last_name", "user__username"]
    search_backend_name = None  # plain database filtering over the related user's names
    # Its chooser would list everyone's level to every editor.
    chooser_viewset_class = ManagersOnlyChooserViewSet

    def get_queryset(self, request):
        return OperatorProfile.objects.select_related("user", "level", "target_level", "mentor")


register_snippet(OperatorProfileViewSet)

# Integration tokens open the KPI API: admins only, whatever a group's model permissions say.
register_permission_policy(IntegrationToken, SuperusersOnlyPermissionPolicy(IntegrationToken))
register_snippet(IntegrationTokenViewSet)


@hooks.register("register_admin_urls")
def register_kpi_import_url():
    return [path("kpis/import/", KpiImportView.as_view(), name="careers_kpi_import")]


@hooks.register("register_admin_menu_item")
def register_kpi_import_menu_item():
    return LeadsMenuItem(
        "Import KPIs",
        reverse("careers_kpi_import"),
        name="import-kpis",
        icon_name="upload",
        order=850,
    )


promotion_report_urls = [
    path("promotions/", PromotionsReportView.as_view(), name="promotions"),
    path(
        "promotions/results/",
        PromotionsReportView.as_view(results_only=True),
        name="promotions_results",
    ),
]


@hooks.register("register_admin_urls")
def register_promotion_report_urls():
    return [
        path(
            "reports/careers/",
            include((promotion_report_urls, "careers_reports"), namespace="careers_reports"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_promotions_menu_item():
    return LeadsMenuItem(
        "Promotion decisions",
        reverse("careers_reports:promotions"),
        name="promotions",
        icon_name="user",
        order=70,
    )
