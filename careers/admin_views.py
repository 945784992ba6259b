"""Wagtail admin views for KPIs and integrations: the CSV upload for leads, and integration
tokens for admins."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from careers.api import prepare_token
from careers.kpi_import import COLUMNS, import_csv
from careers.models import IntegrationToken
from home import roles

# A month of KPIs for a large floor is a few megabytes; anything far bigger is a mistake.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def can_import_kpis(user):
    """Leads and admins import KPI values."""
    return roles.is_lead(user)


# ---------------------------------------------------------------------------------------
# KPI upload


class KpiUploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=(
            f"A header row with the columns {', '.join(COLUMNS)}; the metric by its name, the "
            "month as YYYY-MM (e.g. 2026-10), the value with a decimal point (e.g. 87.5). Saved "
            "from Excel as “CSV UTF-8”. Leads import for the operators of the teams they lead."
        ),
    )
    skip_invalid = forms.BooleanField(
        label="Skip invalid rows",
        required=False,
        help_text=(
            "Import the valid rows and list the invalid ones. Unticked, any invalid row stops "
            "the import and nothing is written."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            megabytes = MAX_UPLOAD_BYTES // (1024 * 1024)
            raise forms.ValidationError(
                f"The file is larger than {megabytes} MB; split it by month."
            )
        return upload


class KpiImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a CSV of monthly KPI values; show the summary or every invalid row."""

    form_class = KpiUploadForm
    template_name = "careers/admin/kpi_import.html"
    page_title = "Import KPIs"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_import_kpis(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse("careers_kpi_import")
        context["submit_button_label"] = "Import"
        context["submit_button_active_label"] = "Importing…"
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            result = import_csv(
                upload.read(),
                filename=upload.name,
                skip_invalid=form.cleaned_data["skip_invalid"],
                user=self.request.user,
            )
        except UnicodeDecodeError:
            form.add_error("file", "The file is not UTF-8 text; save it as “CSV UTF-8”.")
            return self.form_invalid(form)
        return self.render_to_response(self.get_context_data(form=form, result=result))


class LeadsMenuItem(MenuItem):
    """A menu item shown to leads and admins only."""

    def is_shown(self, request):
        return can_import_kpis(request.user)


# ---------------------------------------------------------------------------------------
# Choosers for confidential snippets


class ManagersOnlyChooser:
    """Wagtail's snippet choosers list every object to anyone with admin access. For people's
    placements and integration tokens that list is itself confidential, so only users with a
    permission on the model (those who manage it) may open the chooser."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, ["add", "change", "delete", "view"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ManagersOnlyChooseView(ManagersOnlyChooser, ChooseView):
    pass


class ManagersOnlyChooseResultsView(ManagersOnlyChooser, ChooseResultsView):
    pass


class ManagersOnlyChosenView(ManagersOnlyChooser, SnippetChosenView):
    pass


class ManagersOnlyChosenMultipleView(ManagersOnlyChooser, SnippetChosenMultipleView):
    pass


class ManagersOnlyChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser for managers of the model only (its create view already checks)."""

    choose_view_class = ManagersOnlyChooseView
    choose_results_view_class = ManagersOnlyChooseResultsView
    chosen_view_class = ManagersOnlyChosenView
    chosen_multiple_view_class = ManagersOnlyChosenMultipleView


# ---------------------------------------------------------------------------------------
# Integration tokens


class SuperusersOnlyPermissionPolicy(BasePermissionPolicy):
    """Admins (superusers) create, list and revoke tokens; nobody deletes one, so the record
    of what an integration could do stays."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser and action != "delete"

    def users_with_any_permission(self, actions):
        if set(actions) <= {"delete"}:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


class IntegrationTokenCreateView(CreateView):
    """Creates the token with a fresh secret and shows the secret once, on this response.

    The plaintext is rendered straight into the page, never stored and never put in a
    message, so it cannot be retrieved afterwards.
    """

    def save_instance(self):
        self.plaintext_token = prepare_token(self.form.instance)
        self.form.instance.created_by = self.request.user
        return super().save_instance()

    def save_action(self):
        context = self.get_context_data(plaintext_token=self.plaintext_token)
        context["page_title"] = context["header_title"] = "Integration token created"
        context["side_panels"] = None  # the create form's status panel means nothing here
        context["index_url"] = reverse(self.index_url_name)
        return TemplateResponse(
            self.request, "careers/admin/integration_token_created.html", context
        )


class IntegrationTokenViewSet(SnippetViewSet):
    """Tokens for telephony and WFM systems. Revoke one by setting "revoked at"."""

    model = IntegrationToken
    icon = "key"
    menu_label = "Integration tokens"
    add_to_settings_menu = True
    copy_view_enabled = False
    add_view_class = IntegrationTokenCreateView
    chooser_viewset_class = ManagersOnlyChooserViewSet
    list_display = ["name", "prefix", "created_at", "created_by", "last_used_at", "revoked_at"]
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return IntegrationToken.objects.select_related("created_by")
