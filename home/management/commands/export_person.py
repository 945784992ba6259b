import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from home.personal_data import command_line_origin, export_json, get_person, record_export


class Command(BaseCommand):
    help = (
        "Write everything Callpath holds about a person as JSON, for a subject-access "
        "request. The export is recorded in the audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the JSON to FILE (readable by its owner only) instead of standard output.",
        )

    def handle(self, *args, username, output=None, **options):
        try:
            user = get_person(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user has the username “{username}”.") from None
        text = export_json(user) + "\n"
        if output:
            try:
                # Personal data: only the file's owner may read it.
                descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(text)
            record_export(user, origin=command_line_origin(), destination=output)
            size = len(text.encode("utf-8"))
            self.stdout.write(
                f"Wrote the personal data of “{username}” to {output} ({size:,} bytes)."
            )
        else:
            self.stdout.write(text, ending="")
            record_export(user, origin=command_line_origin(), destination="standard output")
