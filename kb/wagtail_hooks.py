from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from kb import permissions, rich_text
from kb.models import GuidePage
from kb.reports import FreshnessReportView, ReceiptsReportView

# Admin listings leave out news meant for other teams (see kb/permissions.py); the pages'
# own permission testers refuse every action on it.
register_permission_policy(Page, permissions.TeamTargetingPagePermissionPolicy())


@hooks.register("construct_page_chooser_queryset")
def hide_news_out_of_reach_from_chooser(pages, request):
    """The page chooser (links, page fields) lists every page, not only editable ones: leave
    out news meant for teams the user is not in."""
    return permissions.without_news_out_of_reach(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def refuse_exploring_news_out_of_reach(parent_page, pages, request):
    """Opening a news item as an explorer listing (`/admin/pages/<id>/`) shows its title:
    refuse it for news meant for other teams, as every other admin view of it is refused."""
    if parent_page.pk in permissions.news_out_of_reach_ids(request.user):
        raise PermissionDenied
    return pages


@hooks.register("before_edit_page")
def refuse_guide_owner_change(request, page):
    """Mentors propose changes to guides; only leads and admins change who owns one."""
    if request.method == "POST" and isinstance(page, GuidePage):
        if "owner" not in request.POST:
            # A form that does not send the owner keeps it (the editor's form would clear it,
            # and saving a guide that is not live writes the owner at once).
            request.POST = request.POST.copy()
            request.POST["owner"] = str(page.owner_id or "")
        refusal = permissions.owner_change_refusal(request.user, page, request.POST["owner"])
        if refusal:
            messages.error(request, refusal)
            return redirect(request.get_full_path())


@hooks.register("before_create_page")
def refuse_new_guide_for_someone_else(request, parent_page, page_class):
    """The mentor who writes a guide owns it; leads and admins may name another owner."""
    if request.method == "POST" and issubclass(page_class, GuidePage):
        refusal = permissions.new_guide_owner_refusal(request.user, request.POST.get("owner", ""))
        if refusal:
            messages.error(request, refusal)
            return redirect(request.get_full_path())


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


# After Wagtail's own rules and handlers (order 0), which these wrap.
@hooks.register("register_rich_text_features", order=100)
def refuse_crafted_entity_ids(features):
    """Rich text never stores, nor fails on, an id that cannot be a page, document or image
    id (see kb.rich_text)."""
    rules = features.converter_rules_by_converter.get("contentstate", {})
    for feature, entity_type in (("link", "LINK"), ("document-link", "DOCUMENT")):
        decorators = rules.get(feature, {}).get("to_database_format", {}).get("entity_decorators")
        if decorators and entity_type in decorators:
            decorators[entity_type] = rich_text.checked_link_ids(
                decorators[entity_type], url_fallback=entity_type == "LINK"
            )
    decorators = rules.get("image", {}).get("to_database_format", {}).get("entity_decorators")
    if decorators and "IMAGE" in decorators:
        decorators["IMAGE"] = rich_text.checked_image_ids(decorators["IMAGE"])
    for registry, identifiers in (
        (features.link_types, ("page", "document")),
        (features.embed_types, ("image",)),
    ):
        for identifier in identifiers:
            if identifier in registry:
                registry[identifier] = rich_text.tolerating_bad_ids(registry[identifier])
