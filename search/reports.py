"""The search analytics report: what people search for, and what finds nothing."""

from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Max
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from wagtail.admin.views.reports import ReportView

from home import roles
from search.models import QueryLog

SHOW_NO_RESULTS = "no-results"


def can_view_search_report(user):
    """Mentors, leads and admins: the people who write the missing content."""
    return roles.is_mentor(user)


def spreadsheet_text(value):
    """Text an XLSX cell can hold: openpyxl refuses control characters, and one logged
    search with one would otherwise break the export for good."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def query_summary(only_without_results=False):
    """One row per normalised query: searches, average results, last searched; most searched
    first. Aggregated in the database, one query."""
    logs = QueryLog.objects.all()
    if only_without_results:
        logs = logs.filter(results=0)
    return (
        logs.values("query")
        .annotate(
            searches=Count("id"), average_results=Avg("results"), last_searched=Max("searched_at")
        )
        .order_by("-searches", "query")
    )


class SearchQueriesReportView(ReportView):
    page_title = "Search queries"
    header_icon = "search"
    index_url_name = "search_reports:queries"
    index_results_url_name = "search_reports:queries_results"
    results_template_name = "search/reports/queries_results.html"
    paginate_by = 50
    export_filename = "search-queries"
    list_export = ["query", "searches", "average_results", "last_searched"]
    export_headings = {
        "query": "Query",
        "searches": "Searches",
        "average_results": "Average results",
        "last_searched": "Last searched",
    }
    custom_field_preprocess = {"query": {"xlsx": spreadsheet_text}}

    def dispatch(self, request, *args, **kwargs):
        if not can_view_search_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return query_summary(self.request.GET.get("show") == SHOW_NO_RESULTS)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["show_no_results"] = self.request.GET.get("show") == SHOW_NO_RESULTS
        return context
