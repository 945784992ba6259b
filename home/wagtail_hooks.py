from django.contrib.auth import get_user_model
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as audit_log

from home.admin_views import (
    AnonymiseView,
    DeactivateView,
    ExportView,
    PeopleView,
    PersonalDataMenuItem,
    PersonView,
    deletion_refusal,
)
from home.personal_data import (
    ADMIN,
    ANONYMISE_ACTION,
    COMMAND_LINE,
    DEACTIVATE_ACTION,
    EXPORT_ACTION,
)


def _origin(log_entry):
    data = log_entry.data or {}
    if data.get("via") == COMMAND_LINE:
        os_user = data.get("os_user")
        return f"from the command line{f' by {os_user}' if os_user else ''}"
    return "in the admin"


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    @actions.register_action(EXPORT_ACTION)
    class ExportPersonalData(LogFormatter):
        label = "Export personal data"

        def format_message(self, log_entry):
            return f"Exported the person's data {_origin(log_entry)}"

    @actions.register_action(ANONYMISE_ACTION)
    class AnonymisePerson(LogFormatter):
        label = "Anonymise person"

        def format_message(self, log_entry):
            pseudonym = (log_entry.data or {}).get("pseudonym", "a pseudonym")
            return f"Anonymised the account as {pseudonym} {_origin(log_entry)}"

    @actions.register_action(DEACTIVATE_ACTION)
    class DeactivatePerson(LogFormatter):
        label = "Deactivate account"

        def format_message(self, log_entry):
            return f"Deactivated the account {_origin(log_entry)}"


# People with a career record are deactivated or anonymised, never deleted: deleting them
# would erase append-only history (see home.personal_data.career_records).
@hooks.register("before_delete_user")
def refuse_to_delete_a_career_record(request, user):
    return deletion_refusal(request, [user])


@hooks.register("before_bulk_action")
def refuse_to_bulk_delete_career_records(request, action_type, objects, action):
    if action_type == "delete" and action.model is get_user_model():
        return deletion_refusal(request, objects)
    return None


@hooks.register("after_bulk_action")
def log_bulk_deactivation(request, action_type, objects, action):
    """Wagtail's "Set active state" updates accounts without an audit-log entry; record each
    deactivation as the personal-data page's Deactivate does. The objects still hold the
    state they had before the action."""
    if action_type != "set_active_state" or action.model is not get_user_model():
        return
    if action.cleaned_form.cleaned_data["mark_as_active"]:
        return
    for user in objects:
        if user.is_active and user.pk != request.user.pk:
            audit_log(user, DEACTIVATE_ACTION, user=request.user, data={"via": ADMIN})


personal_data_urls = [
    path("", PeopleView.as_view(), name="index"),
    path("<int:user_id>/", PersonView.as_view(), name="person"),
    path("<int:user_id>/export/", ExportView.as_view(), name="export"),
    path("<int:user_id>/anonymise/", AnonymiseView.as_view(), name="anonymise"),
    path("<int:user_id>/deactivate/", DeactivateView.as_view(), name="deactivate"),
]


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [
        path(
            "personal-data/",
            include((personal_data_urls, "personal_data"), namespace="personal_data"),
        )
    ]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        "Personal data",
        reverse("personal_data:index"),
        name="personal-data",
        icon_name="user",
        order=610,
    )


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    # Imported when the hooks run: the account views pull in the careers views.
    from home.accounts import register_password_log_actions

    register_password_log_actions(actions)
