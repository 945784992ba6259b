"""Security headers on every kind of response, and the production settings behind HTTPS."""

import re
import secrets
import textwrap

import pytest
from django.test import override_settings
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from callpath.security import admin_policy, render_policy, site_policy, storage_origins
from tests.helpers import REPO_ROOT, run_manage

PRODUCTION = "callpath.settings.production"


def policy_of(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_security_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


def assert_site_policy(response):
    policy = policy_of(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no 'unsafe-inline', no 'unsafe-eval'
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.fixture
def guide(make_guide, demo_people):
    return make_guide("Handling an angry caller")


@pytest.mark.django_db
def test_the_login_page_has_the_headers(client):
    response = client.get("/login/")
    assert response.status_code == 200
    assert_security_headers(response)
    assert_site_policy(response)


@pytest.mark.django_db
def test_the_health_check_has_the_headers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert_security_headers(response)
    assert_site_policy(response)


def test_pages_of_the_site_have_the_headers(login, guide):
    client = login("operator")
    for url in ("/", guide.url, "/guides/", "/news/", "/search/?q=caller", "/news/feed/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_security_headers(response)
        assert_site_policy(response)


def test_a_404_has_the_headers(login):
    response = login("operator").get("/guides/no-such-guide/")
    assert response.status_code == 404
    assert_security_headers(response)
    assert_site_policy(response)


@pytest.mark.django_db
def test_the_api_has_the_headers(client):
    response = client.get("/api/v1/operators/operator/readiness")
    assert response.status_code == 401
    assert_security_headers(response)
    assert_site_policy(response)


def test_the_wagtail_admin_gets_only_what_it_needs(login):
    response = login("admin").get("/admin/")
    assert response.status_code == 200
    assert_security_headers(response)
    policy = policy_of(response)
    # Wagtail 8's widgets print inline scripts and styles, and image uploads preview from
    # blob: URLs; nothing is evaluated from strings.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    # Page previews are framed by the editor.
    assert policy["frame-ancestors"] == ["'self'"]


def test_a_page_preview_keeps_the_site_script_policy_and_may_be_framed_by_the_editor(login, guide):
    # Wagtail renders a preview by passing a dummy request for the page through the
    # middleware; the editor then frames the result.
    client = login("admin")
    preview_url = f"/admin/pages/{guide.pk}/edit/preview/"
    form = nested_form_data(
        {
            "title": guide.title,
            "slug": guide.slug,
            "kind": "guide",
            "summary": guide.summary,
            "body": streamfield([("paragraph", rich_text("<p>Stay calm.</p>"))]),
        }
    )
    assert client.post(preview_url, form).json()["is_valid"]
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Handling an angry caller" in response.content.decode()
    policy = policy_of(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_debug_error_pages_are_left_without_a_policy_so_django_s_debug_page_works(login):
    client = login("operator")
    with override_settings(DEBUG=True):
        response = client.get("/guides/no-such-guide/")
        assert response.status_code == 404
        assert "Content-Security-Policy" not in response
        assert "Content-Security-Policy" in client.get("/")


def test_policy_takes_in_files_served_from_other_hosts():
    policy = site_policy(
        static_origin="https://static.example.com",
        media_origins=["https://media.example.com"],
        frame_src=["https://www.youtube-nocookie.com"],
    )
    assert policy["script-src"] == ["'self'", "https://static.example.com"]
    assert "https://media.example.com" in policy["img-src"]
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    rendered = render_policy(admin_policy())
    assert "script-src 'self' 'unsafe-inline';" in rendered
    assert "  " not in rendered  # empty sources are left out


def test_uploads_on_s3_are_allowed_as_images():
    s3 = "storages.backends.s3.S3Storage"
    assert storage_origins({"BACKEND": "django.core.files.storage.FileSystemStorage"}) == []
    assert storage_origins(
        {"BACKEND": s3, "OPTIONS": {"bucket_name": "docs", "region_name": "eu-west-2"}}
    ) == [
        "https://docs.s3.amazonaws.com",
        "https://s3.amazonaws.com",
        "https://docs.s3.eu-west-2.amazonaws.com",
        "https://s3.eu-west-2.amazonaws.com",
    ]
    assert storage_origins(
        {
            "BACKEND": s3,
            "OPTIONS": {"bucket_name": "docs", "endpoint_url": "https://minio.internal:9000"},
        }
    ) == ["https://minio.internal:9000", "https://docs.minio.internal:9000"]


# ---------------------------------------------------------------------------------------
# Production settings


def production_env(**extra):
    return {
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "intranet.callpath.example,testserver",
        "DATABASE_URL": "sqlite:///:memory:",
        **extra,
    }


def test_check_deploy_reports_no_issues_under_production_settings():
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], **production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stderr


PROXY_CHECK = textwrap.dedent(
    """
    from django.test import Client, RequestFactory
    plain = RequestFactory().get("/healthz")
    forwarded = RequestFactory().get("/healthz", HTTP_X_FORWARDED_PROTO="https")
    print("secure", plain.is_secure(), forwarded.is_secure())
    client = Client()
    plain_response = client.get("/healthz")
    https_response = client.get("/healthz", HTTP_X_FORWARDED_PROTO="https")
    print("plain", plain_response.status_code, plain_response.get("Location", "-"))
    print("https", https_response.status_code, https_response.get("Strict-Transport-Security"))
    """
)


def run_proxy_check(**env):
    result = run_manage(["shell", "--no-imports", "-c", PROXY_CHECK], **production_env(**env))
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.strip().splitlines())


def test_production_trusts_x_forwarded_proto_and_redirects_plain_http():
    lines = run_proxy_check()
    assert lines["secure"] == "False True"
    assert lines["plain"] == "301 https://testserver/healthz"
    status, hsts = lines["https"].split(" ", 1)
    assert status == "200"
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts


def test_secure_ssl_redirect_0_leaves_redirecting_to_the_proxy():
    lines = run_proxy_check(SECURE_SSL_REDIRECT="0")
    assert lines["plain"] == "200 -"
    assert lines["secure"] == "False True"


# ---------------------------------------------------------------------------------------
# Templates fit the site's policy


INLINE_CODE = re.compile(r"""\sstyle=|<style\b|<script(?![^>]*\bsrc=)|\son[a-z]+\s*=""", re.I)


def site_templates():
    """The site's own templates; those under admin/ and reports/ render inside the Wagtail
    admin, whose policy allows inline code."""
    for app in ("callpath", "home", "kb", "careers", "search"):
        for path in sorted((REPO_ROOT / app / "templates").rglob("*.html")):
            if not {"admin", "reports"} & set(path.parts):
                yield path


def test_site_templates_carry_no_inline_styles_scripts_or_handlers():
    offending = [
        f"{path.relative_to(REPO_ROOT)}: {match.group(0).strip()}"
        for path in site_templates()
        for match in INLINE_CODE.finditer(path.read_text())
    ]
    assert offending == []
    assert len(list(site_templates())) > 30
