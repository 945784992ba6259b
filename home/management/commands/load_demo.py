import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from careers.demo import load_careers, load_ladder
from careers.demo_lead import load_lead_tools
from home.cache import CONTENT, RECORDS, bump
from home.demo import DEMO_PASSWORD, load_people
from kb.demo import load_kb
from search.index import index_updates_suspended, rebuild_index

DEMO_LOGINS = [
    ("operator", "an operator on the Inbound Support team"),
    ("mentor", "a trainer who writes guides and assesses mentees"),
    ("lead", "the Inbound Support team lead"),
    ("admin", "an administrator"),
]


class Command(BaseCommand):
    help = "Load the demo people and content. Safe to run again: it only adds what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load demo data even with DEBUG=False (demo users have the password 'demo').",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load demo data with DEBUG=False: every demo user has the password "
                f"'{DEMO_PASSWORD}'. Pass --force if this really is a demo deployment."
            )
        # Wagtail logs every page it creates and publishes; the summary below says enough.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        # Pages are indexed once, by the rebuild below, not one by one as they are saved.
        with index_updates_suspended(), transaction.atomic():
            created = load_people() + load_ladder() + load_kb() + load_careers() + load_lead_tools()
        if created:
            bump(CONTENT, RECORDS)  # the loaders write in bulk, which sends no signals
            indexed = rebuild_index()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo data loaded: {created} objects created, {indexed} pages indexed "
                    "for search."
                )
            )
        else:
            self.stdout.write("Demo data already loaded: nothing to do.")
        self.stdout.write(f"\nDemo logins (password '{DEMO_PASSWORD}' for all):")
        for username, description in DEMO_LOGINS:
            self.stdout.write(f"  {username:<9} {description}")
