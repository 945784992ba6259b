"""Settings → Personal data: admins find a person, download everything held about them, or
anonymise them after a confirmation. Superusers only, checked on every request."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from callpath.cache_headers import PRIVATE_NO_STORE
from home.personal_data import (
    AnonymiseRefused,
    DeactivateRefused,
    anonymise_person,
    career_records_of,
    check_can_anonymise,
    deactivate_person,
    export_json,
    export_person,
    history_kept,
    is_anonymised,
    loose_ends,
    record_export,
    summary,
)

PEOPLE_PER_PAGE = 50


def can_manage_personal_data(user):
    return user.is_active and user.is_superuser


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_personal_data(request.user)


class SuperusersOnly:
    """Refuse everyone but active superusers, before any work is done."""

    def dispatch(self, request, *args, **kwargs):
        if not can_manage_personal_data(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PersonMixin:
    """A view of one person (by user id); superusers only, refused before the lookup."""

    def dispatch(self, request, *args, user_id, **kwargs):
        if not can_manage_personal_data(request.user):
            raise PermissionDenied
        self.person = get_object_or_404(get_user_model(), pk=user_id)
        return super().dispatch(request, *args, **kwargs)

    def person_label(self):
        name = self.person.get_full_name()
        username = self.person.get_username()
        return f"{name} ({username})" if name else username

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("personal_data:index"), "label": "Personal data"},
            {"url": "", "label": self.person_label()},
        ]


class PeopleView(SuperusersOnly, WagtailAdminTemplateMixin, TemplateView):
    """Everyone with an account, searchable by username, name or email."""

    template_name = "home/admin/personal_data_index.html"
    page_title = "Personal data"
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()
        people = get_user_model().objects.select_related("profile__team").order_by("username")
        if query:
            people = people.filter(
                Q(username__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
                | Q(email__icontains=query)
            )
        page = Paginator(people, PEOPLE_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(query=query, page_obj=page, people=page.object_list)
        return context


class PersonView(PersonMixin, WagtailAdminTemplateMixin, TemplateView):
    """What is held about one person, section by section, with the two actions."""

    template_name = "home/admin/personal_data_person.html"
    page_title = "Personal data"
    header_icon = "user"

    def get_page_subtitle(self):
        return self.person_label()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        export = export_person(self.person)
        context.update(
            person=self.person,
            anonymised=is_anonymised(self.person),
            account=export["account"]["details"],
            sections=summary(export),
        )
        return context


class ExportView(PersonMixin, View):
    """POST: download the JSON export (a side effect: the export is audit-logged)."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        body = export_json(self.person)
        record_export(self.person, acting_user=request.user, destination="download")
        filename = f"personal-data-{self.person.get_username()}-{timezone.localdate():%Y%m%d}.json"
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = PRIVATE_NO_STORE  # the middleware would too; be sure
        return response


class AnonymiseForm(forms.Form):
    force = forms.BooleanField(
        required=False,
        label="Anonymise this administrator account",
        help_text="The person is an administrator (superuser); they lose that right too.",
    )


class AnonymiseView(PersonMixin, WagtailAdminTemplateMixin, FormView):
    """GET: what will happen. POST: anonymise, then back to the person's page."""

    template_name = "home/admin/personal_data_anonymise.html"
    form_class = AnonymiseForm
    page_title = "Anonymise"
    header_icon = "warning"

    def get_page_subtitle(self):
        return self.person_label()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        refusal = None
        try:
            # A superuser can still be confirmed with the form's checkbox.
            check_can_anonymise(
                self.person, force=self.person.is_superuser, acting_user=self.request.user
            )
        except AnonymiseRefused as error:
            refusal = str(error)
        context.update(
            person=self.person,
            anonymised=is_anonymised(self.person),
            refusal=refusal,
            kept=history_kept(self.person),
            loose_ends=loose_ends(self.person),
            person_url=reverse("personal_data:person", args=[self.person.pk]),
            action_url=reverse("personal_data:anonymise", args=[self.person.pk]),
        )
        return context

    def form_valid(self, form):
        person_url = reverse("personal_data:person", args=[self.person.pk])
        if is_anonymised(self.person):
            messages.info(self.request, "This account is already anonymised; nothing changed.")
            return redirect(person_url)
        if self.person.is_superuser and not form.cleaned_data["force"]:
            form.add_error("force", "Tick this box to anonymise an administrator.")
            return self.form_invalid(form)
        try:
            result = anonymise_person(
                self.person, acting_user=self.request.user, force=form.cleaned_data["force"]
            )
        except AnonymiseRefused as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        messages.success(
            self.request,
            f"Anonymised: the account is now {result.pseudonym}. {result.notes_rewritten} "
            f"notes rewritten; history kept.",
        )
        return redirect(person_url)


class DeactivateView(PersonMixin, View):
    """POST: deactivate the account (no more logins, every record kept), audit-logged."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            changed = deactivate_person(self.person, acting_user=request.user)
        except DeactivateRefused as refusal:
            messages.error(request, str(refusal))
        else:
            if changed:
                messages.success(
                    request,
                    gettext("Deactivated: %(person)s can no longer log in; their records stay.")
                    % {"person": self.person_label()},
                )
            else:
                messages.info(
                    request, gettext("This account is already inactive; nothing changed.")
                )
        return redirect("personal_data:person", self.person.pk)


# ---------------------------------------------------------------------------------------
# Deleting users (Settings → Users): refused for anyone with a career record


class DeletionRefusedView(WagtailAdminTemplateMixin, TemplateView):
    """Shown instead of Wagtail's user deletion when someone to delete has a career record:
    who, which records, and the alternatives (deactivate, anonymise). A POST (the confirmed
    deletion) gets the same page with 409 Conflict: nothing was deleted."""

    template_name = "home/admin/user_delete_refused.html"
    page_title = _("Cannot delete")
    header_icon = "warning"
    people = ()  # [(user, [(record label, count)])]
    asked = 1  # how many people the admin asked to delete

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailusers_users:index"), "label": gettext("Users")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            people=self.people,
            asked=self.asked,
            can_manage=can_manage_personal_data(self.request.user),
            users_url=reverse("wagtailusers_users:index"),
        )
        return context

    def post(self, request, *args, **kwargs):
        response = self.get(request, *args, **kwargs)
        response.status_code = 409
        return response


def deletion_refusal(request, users):
    """The refusal page when any of `users` has a career record (see
    `personal_data.career_records`), else None: only accounts without one, such as one
    created by mistake, may be deleted."""
    records = career_records_of(users)
    if not records:
        return None
    people = [(user, records[user.pk]) for user in users if user.pk in records]
    return DeletionRefusedView.as_view(people=people, asked=len(users))(request)
