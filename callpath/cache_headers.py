"""`Cache-Control: private, no-store` on everything a signed-in person is sent.

Call-center desks are shared: a page, an export or an API answer that names people must not
stay in the browser's cache (or a proxy's) for the next person at the desk. Rather than
marking each personal view and export and missing one, every response to a signed-in user
is marked, whatever the view set: on an intranet nearly every page is personal (the header
names the user, boards and progress pages name colleagues).

Left alone: static files (WhiteNoise answers them before this middleware runs, with its own
long-lived caching) and responses to anonymous requests, which can only be the login page,
the lockout page, the health check and redirects to the login (the login page and
`/healthz` are `never_cache` already). API calls authenticate with a token rather than a
session, so a request that carries an `Authorization` header counts as signed in too.
"""

PRIVATE_NO_STORE = "private, no-store"


def is_personal(request):
    """True when the response goes to a signed-in person or an authenticated caller."""
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    return signed_in or "Authorization" in request.headers


class PrivateNoStoreMiddleware:
    """Mark responses to signed-in users `Cache-Control: private, no-store` (see module).

    Placed after AuthenticationMiddleware, so `request.user` is known; it is read after the
    view, so a login or logout during the request counts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personal(request):
            response["Cache-Control"] = PRIVATE_NO_STORE
            # A freshness date would contradict no-store for old HTTP/1.0 caches.
            if "Expires" in response:
                del response["Expires"]
        return response
