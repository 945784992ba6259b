"""Security headers on every response, the site's refusal of the Wagtail admin to people
without admin access, and the pieces of login throttling (django-axes) that are Callpath's
own: who is paused and why, the client address behind a proxy, and the lockout page.

Headers Django sets itself stay with Django: X-Content-Type-Options, Referrer-Policy and
Cross-Origin-Opener-Policy (SecurityMiddleware), X-Frame-Options (XFrameOptionsMiddleware).
"""

import ipaddress
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Sum
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

# ---------------------------------------------------------------------------------------
# Content-Security-Policy and Permissions-Policy

# Browser features an intranet page never needs; embedded players keep what their iframe's
# `allow` attribute asks for, minus these.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def site_policy(static_origin="", media_origins=(), frame_src=()):
    """The site's policy: scripts and styles from our own origin only, no inline code.

    `frame_src` lists the video players guides may embed (the embed block); static and
    media origins are added when files are served from another host (a CDN, S3).
    """
    own = ["'self'"]
    return {
        "default-src": own,
        "script-src": own + [static_origin],
        "style-src": own + [static_origin],
        "img-src": own + ["data:", static_origin, *media_origins],
        "font-src": own + [static_origin],
        "media-src": own + list(media_origins),
        "connect-src": own,
        "frame-src": own + list(frame_src),
        "object-src": ["'none'"],
        "base-uri": own,
        "form-action": own,
        "frame-ancestors": ["'none'"],
    }


def admin_policy(static_origin="", media_origins=(), frame_src=()):
    """The Wagtail admin's policy: the site's, plus what Wagtail 8's admin still needs.

    Its widgets print inline scripts (date pickers, inline panels) and inline styles
    (Draftail, progress bars, focal points), and image uploads preview from blob: URLs.
    Page previews are framed by the admin itself, so the admin may frame its own pages.
    """
    policy = site_policy(static_origin, media_origins, frame_src)
    policy["script-src"] = policy["script-src"] + ["'unsafe-inline'"]
    policy["style-src"] = policy["style-src"] + ["'unsafe-inline'"]
    policy["img-src"] = policy["img-src"] + ["blob:"]
    policy["frame-ancestors"] = ["'self'"]
    return policy


def render_policy(policy):
    return "; ".join(
        " ".join([directive, *dict.fromkeys(source for source in sources if source)])
        for directive, sources in policy.items()
    )


def origin_of(url):
    """`https://cdn.example.com` for an absolute URL, "" for a path on this site."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def storage_origins(storage):
    """The origins an S3 upload storage (django-storages) serves files from, path-style and
    virtual-hosted, worked out from its options; [] for storage on this site."""
    options = storage.get("OPTIONS", {})
    bucket = options.get("bucket_name")
    if not bucket or ".s3" not in storage.get("BACKEND", ""):
        return []
    if options.get("custom_domain"):
        return [f"https://{options['custom_domain']}"]
    endpoint = urlsplit(options.get("endpoint_url") or "")
    if endpoint.netloc:
        return [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://{bucket}.{endpoint.netloc}",
        ]
    region = options.get("region_name")
    hosts = [f"{bucket}.s3.amazonaws.com", "s3.amazonaws.com"]
    if region:
        hosts += [f"{bucket}.s3.{region}.amazonaws.com", f"s3.{region}.amazonaws.com"]
    return [f"https://{host}" for host in hosts]


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response.

    A view that sets its own policy keeps it: Wagtail serves documents and images with
    `default-src 'none'`, stricter than either policy here. With DEBUG on, error pages are
    left without a policy so Django's debug pages (inline styles and scripts) stay usable.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        sources = {
            "static_origin": origin_of(settings.STATIC_URL),
            "media_origins": [
                origin_of(settings.MEDIA_URL),
                *storage_origins(settings.STORAGES.get("default", {})),
                *settings.CSP_MEDIA_ORIGINS,
            ],
            "frame_src": settings.CSP_FRAME_SRC,
        }
        self.site_policy = render_policy(site_policy(**sources))
        self.admin_policy = render_policy(admin_policy(**sources))
        self.preview_policy = render_policy(
            {**site_policy(**sources), "frame-ancestors": ["'self'"]}
        )
        self.admin_prefix = None

    def __call__(self, request):
        response = self.get_response(request)
        if not (settings.DEBUG and response.status_code >= 400):
            response.headers.setdefault("Content-Security-Policy", self.policy_for(request))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    def policy_for(self, request):
        # Wagtail previews a page by passing a dummy request for the page's own URL through
        # the middleware; the result is framed by the editor, and keeps the site's scripts.
        if getattr(request, "is_dummy", False):
            return self.preview_policy
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if request.path_info.startswith(self.admin_prefix):
            return self.admin_policy
        return self.site_policy


# ---------------------------------------------------------------------------------------
# The Wagtail admin for people without admin access


class AdminAccessMiddleware:
    """Answers a logged-in person without admin access who opens the Wagtail admin with the
    site's 403 page.

    Wagtail sends them to the login page, and the login page sends a logged-in person back
    to where they came from: the browser bounced between the two until it gave up. The
    admin's own login page and script files stay open as Wagtail makes them.
    """

    OPEN_VIEWS = {
        "wagtailadmin_login",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
    }

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if not request.path_info.startswith(self.admin_prefix):
            return None
        name = request.resolver_match.url_name or ""
        if name in self.OPEN_VIEWS:
            return None
        if user.has_perm("wagtailadmin.access_admin"):
            return None
        raise PermissionDenied(_("Your role does not give access to the editor."))


# ---------------------------------------------------------------------------------------
# Login throttling (django-axes)
#
# Failed logins are counted three ways, and none of them alone can keep a person out who
# types the right password from a place they have logged in from before:
#
# 1. A username from one address (the pair): LOGIN_FAILURE_LIMIT failures within
#    LOGIN_COOLOFF_MINUTES lock that pair until the cool-off has passed since the last
#    failure. Axes counts this itself (AXES_LOCKOUT_PARAMETERS), and a successful login
#    clears only that pair.
# 2. A username from every address: once it has had LOGIN_USERNAME_FAILURE_LIMIT failures
#    within LOGIN_WINDOW_MINUTES, attempts from addresses it has never logged in from are
#    accepted only one per LOGIN_SLOWDOWN_MINUTES. Addresses it has logged in from before
#    are limited by the pair rule only.
# 3. An address over every username: once it has had LOGIN_IP_FAILURE_LIMIT failures within
#    LOGIN_WINDOW_MINUTES, attempts from it for usernames that have never logged in from it
#    are accepted only one per LOGIN_SLOWDOWN_MINUTES. Usernames that have are not slowed.
#
# Refused attempts are never checked against the password and never counted
# (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT off), so nobody extends a pause by
# hammering, and each pause ends at a time known in advance.

PAUSED_HERE = "account-here"
SLOWED_ACCOUNT = "account"
SLOWED_NETWORK = "network"


@dataclass(frozen=True)
class LoginPause:
    """Why attempts to log in as a username from an address are refused, and until when."""

    reason: str
    until: datetime


def client_ip(request):
    """The client's address for counting failed logins (`AXES_CLIENT_IP_CALLABLE`).

    REMOTE_ADDR, unless TRUSTED_PROXY_COUNT reverse proxies sit in front of the site: each
    appends the address it received the request from to X-Forwarded-For, so the client is
    the entry that many places from the right. Entries further left come from the client
    itself and are never trusted.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies > 0 and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            try:
                return str(ipaddress.ip_address(hops[-proxies]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR") or None


def has_logged_in_from(username, address):
    """Whether `username` has ever logged in successfully from `address` (axes' access log)."""
    return AccessLog.objects.filter(username=username, ip_address=address).exists()


def recent_failures(since, **who):
    """(count, time of the latest) of the failed logins matching `who` since `since`."""
    found = AccessFailureLog.objects.filter(attempt_time__gte=since, **who).aggregate(
        count=Count("id"), latest=Max("attempt_time")
    )
    return found["count"], found["latest"]


def login_pause(request, credentials=None):
    """The LoginPause for this login attempt, or None when it may be checked."""
    username = get_client_username(request, credentials)
    address = getattr(request, "axes_ip_address", None)
    now = getattr(request, "axes_attempt_time", None) or timezone.now()
    cool_off = get_cool_off(request) or timedelta(0)
    pair = AccessAttempt.objects.filter(
        username=username, ip_address=address, attempt_time__gte=now - cool_off
    ).aggregate(failures=Sum("failures_since_start"), latest=Max("attempt_time"))
    if (pair["failures"] or 0) >= get_failure_limit(request, credentials):
        return LoginPause(PAUSED_HERE, pair["latest"] + cool_off)
    if has_logged_in_from(username, address):
        return None
    since = now - timedelta(minutes=settings.LOGIN_WINDOW_MINUTES)
    slowdown = timedelta(minutes=settings.LOGIN_SLOWDOWN_MINUTES)
    rules = [
        (SLOWED_ACCOUNT, {"username": username}, settings.LOGIN_USERNAME_FAILURE_LIMIT),
        (SLOWED_NETWORK, {"ip_address": address}, settings.LOGIN_IP_FAILURE_LIMIT),
    ]
    for reason, who, limit in rules:
        count, latest = recent_failures(since, **who)
        if count >= limit and latest + slowdown > now:
            return LoginPause(reason, latest + slowdown)
    return None


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with Callpath's rules (above) deciding who is paused.

    Axes still records every counted failure (the pair count in AccessAttempt, each failure
    in AccessFailureLog), clears a pair on success and logs successful logins
    (AccessLog, which tells the addresses a username has logged in from).
    """

    def is_locked(self, request, credentials=None):
        return login_pause(request, credentials) is not None

    def remove_out_of_limit_failure_logs(self, *, username, limit=None):
        """Keep the newest AXES_ACCESS_FAILURE_LOG_PER_USER_LIMIT failures of a username.

        Axes' own version deletes the newest ones, which would hide a long attack from the
        per-username count.
        """
        if limit is None:
            limit = settings.AXES_ACCESS_FAILURE_LOG_PER_USER_LIMIT
        failures = AccessFailureLog.objects.filter(username=username)
        newest_first = failures.order_by("-id").values_list("id", flat=True)
        cutoff = list(newest_first[limit : limit + 1])
        if not cutoff:
            return 0
        count, _ = failures.filter(id__lte=cutoff[0]).delete()
        return count


def lockout_response(request, original_response=None, credentials=None):
    """The page a paused login gets (`AXES_LOCKOUT_CALLABLE`): 429, why, and how long to wait."""
    pause = login_pause(request, credentials)
    if pause is None:  # locked by the failure just counted: the pair rule
        cool_off = get_cool_off(request) or timedelta(0)
        pause = LoginPause(PAUSED_HERE, timezone.now() + cool_off)
    seconds = max(math.ceil((pause.until - timezone.now()).total_seconds()), 1)
    response = render(
        request,
        "lockout.html",
        {
            "reason": pause.reason,
            "minutes": math.ceil(seconds / 60),
            "slowdown_minutes": settings.LOGIN_SLOWDOWN_MINUTES,
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(seconds)
    return response
