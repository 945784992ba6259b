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


def numeric_link_ids_only(entity_decorator, url_fallback):
    """Wrap Wagtail's LINK/DOCUMENT entity decorator so that an id that is not a number (or
    a link with nothing to point at) is dropped. The editor stores the ids it is sent, and a
    crafted one (a hand-made form post) made every view of the page fail. Such a link keeps
    its text; a page link falls back to its (checked) URL when it has one."""

    def decorator(props):
        link_id = props.get("id")
        if link_id is not None and str(link_id).isdigit():
            return entity_decorator(props)
        if url_fallback and props.get("url"):
            return entity_decorator({**props, "id": None})
        return props["children"]

    return decorator


# After Wagtail's own rules (order 0), which these wrap.
@hooks.register("register_rich_text_features", order=100)
def refuse_crafted_link_ids(features):
    rules = features.converter_rules_by_converter.get("contentstate", {})
    for feature, entity_type in (("link", "LINK"), ("document-link", "DOCUMENT")):
        decorators = rules.get(feature, {}).get("to_database_format", {}).get("entity_decorators")
        if decorators and entity_type in decorators:
            decorators[entity_type] = numeric_link_ids_only(
                decorators[entity_type], url_fallback=entity_type == "LINK"
            )
