from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and people"

    def ready(self):
        from callpath.spreadsheets import protect_spreadsheet_exports
        from home.cache import connect_signals

        connect_signals()
        # Every CSV export, ours and the Wagtail admin's, writes formula-like text as text.
        protect_spreadsheet_exports()
