from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from home.admin_views import (
    AnonymiseView,
    ExportView,
    PeopleView,
    PersonalDataMenuItem,
    PersonView,
)
from home.personal_data import ANONYMISE_ACTION, COMMAND_LINE, EXPORT_ACTION


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


personal_data_urls = [
    path("", PeopleView.as_view(), name="index"),
    path("<int:user_id>/", PersonView.as_view(), name="person"),
    path("<int:user_id>/export/", ExportView.as_view(), name="export"),
    path("<int:user_id>/anonymise/", AnonymiseView.as_view(), name="anonymise"),
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
