"""`manage.py search_index --rebuild | --check`: rebuild the search index, or compare it with
the database.

With `ELASTICSEARCH_URL` set this works on the Elasticsearch cluster directly (a rebuild
builds a new versioned index and swaps the `callpath-pages` alias to it); otherwise on the
database engine's index.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search.documents import searchable_pages


def maintenance_engine():
    """The engine to maintain. Not `get_engine()`'s fallback wrapper: a rebuild or check of
    Elasticsearch must fail when the cluster is down, not quietly use the database."""
    if settings.ELASTICSEARCH_URL:
        from search.elasticsearch import ElasticsearchEngine

        return ElasticsearchEngine()
    from search.engine import get_engine

    return get_engine()


def searchable_page_count():
    """How many live pages search should hold."""
    pages = searchable_pages()
    querysets = pages if isinstance(pages, list | tuple) else [pages]
    return sum(queryset.count() for queryset in querysets)


class Command(BaseCommand):
    help = (
        "Rebuild the search index (--rebuild) or check that it holds every searchable page "
        "(--check; exits with status 1 when the counts differ)."
    )

    def add_arguments(self, parser):
        actions = parser.add_mutually_exclusive_group(required=True)
        actions.add_argument(
            "--rebuild",
            action="store_true",
            help="Index every searchable page again (Elasticsearch: into a new index, then "
            "swap the alias, so search keeps answering meanwhile).",
        )
        actions.add_argument(
            "--check",
            action="store_true",
            help="Compare the number of indexed documents with the live searchable pages.",
        )

    def handle(self, *args, rebuild=False, check=False, **options):
        engine = maintenance_engine()
        if rebuild:
            indexed = engine.rebuild()
            self.stdout.write(
                self.style.SUCCESS(f"Indexed {indexed} pages with the {engine.name} engine.")
            )
            return
        indexed, expected = engine.count(), searchable_page_count()
        if indexed != expected:
            raise CommandError(
                f"The {engine.name} index holds {indexed} documents but {expected} pages are "
                "searchable. Run `manage.py search_index --rebuild`.",
                returncode=1,
            )
        self.stdout.write(
            self.style.SUCCESS(f"The {engine.name} index holds all {indexed} searchable pages.")
        )
