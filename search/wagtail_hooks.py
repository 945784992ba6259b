"""Search in the Wagtail admin: promoted results (snippets) and the search queries report."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import PromotedResult, SynonymGroup
from search.reports import SearchQueriesReportView, can_view_search_report


class PromotedResultViewSet(SnippetViewSet):
    """Editors pin a page to a query; who may edit follows the model permissions (leads and
    admins edit, mentors view)."""

    model = PromotedResult
    icon = "pick"
    menu_label = "Promoted results"
    list_display = ["query", "page", "sort_order"]
    search_fields = ["query"]
    ordering = ["query", "sort_order"]


register_snippet(PromotedResultViewSet)


class SynonymGroupViewSet(SnippetViewSet):
    """Leads keep the call-center synonyms both search engines apply to queries; who may edit
    follows the model permissions (leads and admins edit, mentors view). Snippet views log
    every change in the history."""

    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Search synonyms")
    list_display = ["terms"]
    search_fields = ["terms"]
    ordering = ["terms"]


register_snippet(SynonymGroupViewSet)

report_urls = [
    path("queries/", SearchQueriesReportView.as_view(), name="queries"),
    path(
        "queries/results/",
        SearchQueriesReportView.as_view(results_only=True),
        name="queries_results",
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/search/", include((report_urls, "search_reports"), namespace="search_reports")
        )
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_search_report(request.user)


@hooks.register("register_reports_menu_item")
def register_search_queries_menu_item():
    return ReportMenuItem(
        "Search queries",
        reverse("search_reports:queries"),
        name="search-queries",
        icon_name="search",
        order=70,
    )
