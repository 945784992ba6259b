"""`manage.py import_kpis FILE.csv`: import monthly KPI values from a CSV file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from careers.kpi_import import import_csv


class Command(BaseCommand):
    help = (
        "Import monthly KPI values from a CSV file with the header username,metric,month,value "
        "(metric by name, any case; month as YYYY-MM from 2000; value as digits with an optional "
        "sign and decimal point). Every row is checked first; nothing is "
        "written if any row is invalid, unless --skip-invalid is given. A value for a month "
        "already on file replaces it."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="FILE.csv", help="The CSV file to import.")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Import the valid rows and report the invalid ones instead of stopping.",
        )

    def handle(self, *args, path, skip_invalid, **options):
        try:
            data = Path(path).read_bytes()
        except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
            raise CommandError(
                f"Cannot read {path}: {getattr(error, 'strerror', None) or error}"
            ) from error
        try:
            result = import_csv(data, filename=Path(path).name, skip_invalid=skip_invalid)
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text; save it as CSV UTF-8.") from error

        for error in result.errors:
            self.stderr.write(f"{path}: {error}")
        if not result.written:
            if not result.rows_read:
                raise CommandError("The file has no rows to import; nothing was imported.")
            if not skip_invalid:
                raise CommandError(
                    f"{result.invalid_rows} of {result.rows_read} rows are invalid; nothing was "
                    "imported. Fix them, or use --skip-invalid to import the valid ones."
                )
            raise CommandError("None of the rows is valid; nothing was imported.")
        self.stdout.write(result.summary())
