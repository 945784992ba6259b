"""Each action is recorded once, however often or however fast its form is posted.

"One per ..." rules are unique constraints in the database; actions that may rightly repeat
carry the one-time key of the form they were posted from (`SubmissionKeyField`), stored
unique on the record. Views save through `recorded_once`: when a constraint says the record
is already there — a double click, a resubmitted page, a simultaneous post that won — the
second request gets "already recorded" instead of a server error.
"""

import uuid

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect

# SQLSTATE of a unique violation in PostgreSQL.
UNIQUE_VIOLATION = "23505"
LARGEST_ID = 2**31 - 1


class SubmissionKeyField(forms.UUIDField):
    """A hidden one-time key, new each time the form is rendered. Optional, so a client that
    leaves it out still records (without protection against its own repeats)."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("initial", uuid.uuid4)
        super().__init__(**kwargs)


def submission_key(form):
    """The key the valid `form` was posted with, or a fresh one when it came without."""
    return form.cleaned_data.get("submission_key") or uuid.uuid4()


def posted_key(request):
    """The one-time key posted with the request, or None when missing or malformed."""
    try:
        return SubmissionKeyField().clean(request.POST.get("submission_key"))
    except forms.ValidationError:
        return None


def already_submitted(request, records):
    """Whether the form posted with `request` is already recorded among `records`: checked
    before validating, because the first submission may have changed what is valid (a
    promotion moves the operator to the level the form offered)."""
    key = posted_key(request)
    return key is not None and records.filter(submission_key=key).exists()


def already_recorded(request, message, to):
    """The answer to a repeated submission: a message saying so, and the page showing the
    record (a redirect, never an error)."""
    messages.info(request, message)
    return redirect(to)


def posted_id(request, name):
    """The record id posted as `name`, or None for anything that is not one."""
    try:
        return forms.IntegerField(min_value=1, max_value=LARGEST_ID).clean(request.POST.get(name))
    except forms.ValidationError:
        return None


def is_unique_violation(error):
    """Whether an IntegrityError comes from a unique constraint (not, say, a missing row)."""
    cause = error.__cause__
    if getattr(cause, "sqlstate", None) == UNIQUE_VIOLATION:
        return True
    return getattr(cause, "sqlite_errorname", "") in (
        "SQLITE_CONSTRAINT_UNIQUE",
        "SQLITE_CONSTRAINT_PRIMARYKEY",
    ) or "UNIQUE constraint failed" in str(error)


def recorded_once(create):
    """`create()` in a savepoint: its result, or None when a unique constraint shows the
    record is already there (nothing of this attempt is kept). Other errors propagate."""
    try:
        with transaction.atomic():
            return create()
    except IntegrityError as error:
        if not is_unique_violation(error):
            raise
        return None
