from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and people"

    def ready(self):
        from home.cache import connect_signals

        connect_signals()
