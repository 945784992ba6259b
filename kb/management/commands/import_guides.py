"""`manage.py import_guides PATH...`: import Markdown guides as pages under /guides/."""

from django.core.management.base import BaseCommand, CommandError

from kb.markdown_import import check_guide_files, import_guides, markdown_files
from kb.models import GuideIndexPage


class Command(BaseCommand):
    help = (
        "Import guides from Markdown files with YAML front matter (title, slug, kind, summary, "
        "topics, levels, owner, review_by, last_reviewed). A PATH may be a file or a folder of "
        "*.md files. Every file is checked first; nothing is written if any file is invalid, "
        "unless --skip-invalid is given. A file whose slug already exists updates that page "
        "as a new revision."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A .md file or a folder.")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Import the valid files and report the invalid ones instead of stopping.",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Save the imported content as draft revisions without publishing it.",
        )

    def handle(self, *args, paths, skip_invalid, draft, **options):
        if not GuideIndexPage.objects.exists():
            raise CommandError("There is no guide index page (/guides/) to import into.")
        try:
            files = markdown_files(paths)
        except FileNotFoundError as error:
            raise CommandError(str(error)) from error
        if not files:
            raise CommandError(f"No Markdown (*.md) files found in: {', '.join(paths)}")

        checked, invalid = check_guide_files(files)
        for problem in invalid:
            for reason in problem.reasons:
                self.stderr.write(f"{problem.path}: {reason}")

        if invalid and not skip_invalid:
            raise CommandError(
                f"{len(invalid)} of {len(files)} files are invalid; nothing was imported. "
                "Fix them, or use --skip-invalid to import the valid ones."
            )
        if not checked:
            raise CommandError("None of the files is valid; nothing was imported.")

        counts = import_guides(checked, draft=draft)
        self.stdout.write(
            f"Imported {counts.imported} files: {counts.created} created, "
            f"{counts.updated} updated, {len(invalid)} skipped (invalid)."
        )
