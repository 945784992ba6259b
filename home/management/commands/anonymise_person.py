from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from home.personal_data import (
    AnonymiseRefused,
    anonymise_person,
    check_can_anonymise,
    command_line_origin,
    get_person,
    history_kept,
    is_anonymised,
)


class Command(BaseCommand):
    help = (
        "Anonymise someone who has left: a pseudonym instead of their name, no email, no "
        "password, account deactivated. Their assessments, KPI values, reviews and decisions "
        "stay under the pseudonym, so team figures do not change. Recorded in the audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--yes",
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also anonymise an administrator (superuser) account.",
        )

    def handle(self, *args, username, interactive=True, force=False, **options):
        try:
            user = get_person(username)
        except get_user_model().DoesNotExist:
            raise CommandError(
                f"No user has the username “{username}”. An anonymised account is renamed "
                "former-<role>-<code>; the audit log lists anonymisations."
            ) from None
        if is_anonymised(user):
            self.stdout.write(f"“{username}” is already anonymised; nothing changed.")
            return
        try:
            check_can_anonymise(user, force=force)
        except AnonymiseRefused as refusal:
            raise CommandError(str(refusal)) from None

        if interactive and not self.confirmed(user):
            self.stdout.write("Cancelled; nothing changed.")
            return

        try:
            result = anonymise_person(user, origin=command_line_origin(), force=force)
        except AnonymiseRefused as refusal:
            raise CommandError(str(refusal)) from None
        if result.already:
            self.stdout.write(f"“{username}” is already anonymised; nothing changed.")
            return
        self.report(username, result)

    def confirmed(self, user):
        name = user.get_full_name() or user.get_username()
        kept = ", ".join(f"{count} {what}" for what, count in history_kept(user).items() if count)
        self.stdout.write(
            f"Anonymise {name} ({user.get_username()}, {user.email or 'no email'})?\n"
            "Their names, email and password are removed and the account is deactivated; "
            "their name is replaced in notes about them.\n"
            f"Kept under a pseudonym: {kept or 'no records'}.\n"
            "This cannot be undone."
        )
        answer = input("Type 'yes' to anonymise: ")
        return answer.strip().lower() == "yes"

    def report(self, username, result):
        self.stdout.write(
            self.style.SUCCESS(f"Anonymised “{username}”: the account is now {result.pseudonym}.")
        )
        self.stdout.write(
            f"Notes rewritten: {result.notes_rewritten}; audit-log labels rewritten: "
            f"{result.log_entries_rewritten}; sessions ended: {result.sessions_deleted}."
        )
        for what, count in result.removed.items():
            self.stdout.write(f"Deleted {count} {what}.")
        if result.cache_entries_removed:
            self.stdout.write(
                f"Deleted {result.cache_entries_removed} cached pages and values naming them."
            )
        kept = ", ".join(f"{count} {what}" for what, count in result.kept.items() if count)
        self.stdout.write(f"Kept: {kept or 'no records'}.")
        if result.loose_ends["mentees"]:
            self.stdout.write(
                "Still their mentees (assign a new mentor): "
                + ", ".join(result.loose_ends["mentees"])
            )
        if result.loose_ends["integration_tokens"]:
            self.stdout.write(
                "Integration tokens they created still work (revoke under Settings → "
                "Integration tokens if needed): "
                + ", ".join(result.loose_ends["integration_tokens"])
            )
