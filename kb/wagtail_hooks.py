from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from kb import permissions
from kb.reports import FreshnessReportView, ReceiptsReportView

report_urls = [
    path("receipts/", ReceiptsReportView.as_view(), name="receipts"),
    path(
        "receipts/results/", ReceiptsReportView.as_view(results_only=True), name="receipts_results"
    ),
    path("freshness/", FreshnessReportView.as_view(), name="freshness"),
    path(
        "freshness/results/",
        FreshnessReportView.as_view(results_only=True),
        name="freshness_results",
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/kb/", include((report_urls, "kb_reports"), namespace="kb_reports"))]


class ReportMenuItem(MenuItem):
    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = allowed

    def is_shown(self, request):
        return self.allowed(request.user)


@hooks.register("register_reports_menu_item")
def register_receipts_menu_item():
    return ReportMenuItem(
        "Must-read receipts",
        reverse("kb_reports:receipts"),
        name="must-read-receipts",
        icon_name="tick-inverse",
        order=50,
        allowed=permissions.can_view_receipts,
    )


@hooks.register("register_reports_menu_item")
def register_freshness_menu_item():
    return ReportMenuItem(
        "Guides due for review",
        reverse("kb_reports:freshness"),
        name="guides-due-for-review",
        icon_name="time",
        order=60,
        allowed=permissions.can_view_freshness,
    )
