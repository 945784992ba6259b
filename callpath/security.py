"""Security headers on every response, and the pieces of login throttling (django-axes) that
are Callpath's own: limits per username and per address, the client address behind a proxy,
and the lockout page.

Headers Django sets itself stay with Django: X-Content-Type-Options, Referrer-Policy and
Cross-Origin-Opener-Policy (SecurityMiddleware), X-Frame-Options (XFrameOptionsMiddleware).
"""

import ipaddress
import math
from urllib.parse import urlsplit

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.urls import reverse

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
# Login throttling (django-axes)


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


def total_failures(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit per lockout parameter.

    Axes compares one failure count with one limit (AXES_FAILURE_LIMIT, here the username
    limit). A username is locked after LOGIN_FAILURE_LIMIT failures from anywhere; an
    address after LOGIN_IP_FAILURE_LIMIT failures over any usernames, set higher because a
    whole call-center floor may share one address. The address count is scaled so that
    reaching its own limit reads as reaching the username limit.
    """

    def get_failures(self, request, credentials=None):
        username = get_client_username(request, credentials)
        recent = AccessAttempt.objects.all()
        if get_cool_off(request) is not None:
            recent = recent.filter(attempt_time__gte=get_cool_off_threshold(request))
        by_username = total_failures(recent.filter(username=username)) if username else 0
        address = getattr(request, "axes_ip_address", None)
        by_address = total_failures(recent.filter(ip_address=address)) if address else 0
        username_limit = get_failure_limit(request, credentials)
        address_limit = max(settings.LOGIN_IP_FAILURE_LIMIT, 1)
        return max(by_username, by_address * username_limit // address_limit)


def cool_off_minutes(request=None):
    cool_off = get_cool_off(request)
    return math.ceil(cool_off.total_seconds() / 60) if cool_off else 0


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out person sees (`AXES_LOCKOUT_CALLABLE`): 429, how long to wait."""
    minutes = cool_off_minutes(request)
    response = render(
        request,
        "lockout.html",
        {"cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response
