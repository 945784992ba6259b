from django.core.management.base import BaseCommand
from wagtail.models import Site

from home.cache import CONTENT, RECORDS, bump


class Command(BaseCommand):
    help = (
        "Start new cache generations, so nothing cached before is used again. Run it after "
        "restoring a backup or changing the database outside Callpath: those writes send no "
        "signal that would do it."
    )

    def handle(self, *args, **options):
        bump(CONTENT, RECORDS)
        Site.clear_site_root_paths_cache()
        self.stdout.write(
            "Started new cache generations: pages are computed again from the database."
        )
