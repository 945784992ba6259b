"""Request text no view has to guard against: the NUL character; and the one check of an id
that arrives as text.

No text a person types contains a NUL ("%00"). PostgreSQL refuses one in any query, so a
view that passes request text to the database (a filter, a lookup by name) answered 500
there, and spreadsheets refuse it too. Django's form fields already refuse it
(ProhibitNullCharactersValidator); this refuses it in the path and the query string, which
many views (Wagtail's among them) read without a form.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _

NUL = "\x00"

# The largest id an integer primary key holds on every database.
MAX_ID = 2**31 - 1


def is_object_id(value):
    """Whether `value` can be a database id: ASCII digits, 1 to MAX_ID. (str.isdigit() takes
    "²", which int() refuses; SQLite overflows on 20 digits; int() refuses 4,300.)"""
    text = str(value)
    return (
        text.isascii()
        and text.isdigit()
        and len(text) <= len(str(MAX_ID))
        and 0 < int(text) <= MAX_ID
    )


def has_nul_character(request):
    """Whether the request's path or any query-string name or value holds a NUL."""
    if NUL in request.path:
        return True
    return any(
        NUL in name or any(NUL in value for value in values) for name, values in request.GET.lists()
    )


class RefuseNulCharactersMiddleware:
    """Answer 400, with a JSON error body (the API's form), to a request whose path or query
    string holds a NUL character, before any view reads it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul_character(request):
            message = _("The address contains a NUL character (%00), which no text may hold.")
            return JsonResponse({"detail": message}, status=400)
        return self.get_response(request)
