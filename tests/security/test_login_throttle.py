"""Login throttling (django-axes): lockout by username and by address, the lockout page,
cool-off, reset on success, and what it must leave alone (force_login, the token API)."""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import RequestFactory, override_settings
from django.utils import timezone

from callpath.security import client_ip
from careers.api import prepare_token
from careers.models import IntegrationToken
from tests.helpers import run_manage

pytestmark = pytest.mark.django_db

OFFICE = "10.20.0.7"
HOME = "198.51.100.23"
WRONG = "not-the-password"


def log_in(client, username, password=WRONG, address=OFFICE, next_url="/", **extra):
    form = {"username": username, "password": password, "next": next_url}
    return client.post("/login/", form, REMOTE_ADDR=address, **extra)


def is_logged_in(client):
    return "_auth_user_id" in client.session


def fail(client, username, times, address=OFFICE):
    return [log_in(client, username, address=address).status_code for _ in range(times)]


def assert_locked_out(response):
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed log-ins" in html
    assert "Try again in 15 minutes." in html
    assert response["Retry-After"] == "900"


def test_defaults_lock_a_username_sooner_than_a_shared_address():
    assert settings.LOGIN_FAILURE_LIMIT == 5
    assert settings.LOGIN_IP_FAILURE_LIMIT == 50
    assert timedelta(minutes=15) == settings.AXES_COOLOFF_TIME


def test_a_username_is_locked_after_five_failures_from_anywhere(client, demo_people):
    assert fail(client, "operator", 2, address=OFFICE) == [200, 200]
    assert fail(client, "operator", 2, address=HOME) == [200, 200]
    response = log_in(client, "operator", address=OFFICE)
    assert_locked_out(response)

    # Even the right password, from an address that never failed, is refused now.
    response = log_in(client, "operator", "demo", address="203.0.113.9")
    assert_locked_out(response)
    assert not is_logged_in(client)
    # Other people on the same floor are not affected.
    assert log_in(client, "mentor", "demo", address=OFFICE).status_code == 302
    assert is_logged_in(client)


def test_a_wrong_password_before_the_limit_gets_the_ordinary_error(client, demo_people):
    response = log_in(client, "operator")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


@override_settings(LOGIN_IP_FAILURE_LIMIT=8)
def test_an_address_is_locked_after_failures_over_many_usernames(client, demo_people):
    statuses = [log_in(client, f"guess{n}").status_code for n in range(7)]
    assert statuses == [200] * 7  # each username failed once, far below its own limit
    assert_locked_out(log_in(client, "guess7"))

    # Nobody logs in from that address until the cool-off ends...
    assert_locked_out(log_in(client, "lead", "demo"))
    assert not is_logged_in(client)
    # ...while the same person elsewhere can.
    assert log_in(client, "lead", "demo", address=HOME).status_code == 302


def test_the_lockout_page_is_the_sites_own_and_says_how_long_to_wait(client, demo_people):
    fail(client, "operator", 4)
    response = log_in(client, "operator", next_url="/admin/")
    assert_locked_out(response)
    assert "lockout.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert 'class="auth-card"' in html
    assert 'href="/login/"' in html
    assert WRONG not in html
    assert "Content-Security-Policy" in response  # the security headers still apply


def test_the_wagtail_admin_login_is_the_same_throttled_form(client, demo_people):
    assert client.get("/admin/").url.startswith("/login/?next=/admin/")
    fail(client, "admin", 5)
    response = log_in(client, "admin", "demo")
    assert_locked_out(response)
    assert client.get("/admin/").status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, demo_people):
    fail(client, "operator", 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))
    assert_locked_out(log_in(client, "operator", "demo"))  # still within 15 minutes

    # Every attempt while locked restarts the wait; step past it.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=15, seconds=5))
    response = log_in(client, "operator", "demo")
    assert response.status_code == 302
    assert is_logged_in(client)


@override_settings(AXES_COOLOFF_TIME=timedelta(minutes=30))
def test_the_message_follows_the_configured_cool_off(client, demo_people):
    fail(client, "operator", 4)
    response = log_in(client, "operator")
    assert response.status_code == 429
    assert "Try again in 30 minutes." in response.content.decode()
    assert response["Retry-After"] == "1800"


def test_a_successful_login_resets_the_count(client, demo_people):
    fail(client, "operator", 4)
    assert log_in(client, "operator", "demo").status_code == 302
    assert not AccessAttempt.objects.filter(username="operator").exists()
    client.logout()
    assert fail(client, "operator", 4) == [200] * 4  # counting starts again


def test_the_password_tried_is_never_stored(client, demo_people):
    fail(client, "operator", 2)
    attempt = AccessAttempt.objects.get(username="operator")
    assert attempt.failures_since_start == 2
    assert WRONG not in attempt.post_data
    assert "csrfmiddlewaretoken" not in attempt.post_data or "****" in attempt.post_data


def test_x_forwarded_for_is_ignored_unless_proxies_are_configured(client, demo_people):
    # A client cannot dodge the address limit by inventing a new address every time.
    with override_settings(LOGIN_IP_FAILURE_LIMIT=3):
        for n in range(2):
            log_in(client, f"guess{n}", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
        assert_locked_out(log_in(client, "guess9", HTTP_X_FORWARDED_FOR="192.0.2.99"))
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {OFFICE}


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().post("/login/", REMOTE_ADDR=remote, **extra)


def test_the_client_address_behind_trusted_proxies():
    proxy = "10.0.0.2"
    assert client_ip(request_from(proxy, "192.0.2.1")) == proxy  # off by default
    with override_settings(TRUSTED_PROXY_COUNT=1):
        # The proxy appends the address it saw; what the client sent before it is ignored.
        assert client_ip(request_from(proxy, "1.2.3.4, 192.0.2.1")) == "192.0.2.1"
        assert client_ip(request_from(proxy, "192.0.2.1")) == "192.0.2.1"
        assert client_ip(request_from(proxy, "not-an-address")) == proxy
        assert client_ip(request_from(proxy)) == proxy
    with override_settings(TRUSTED_PROXY_COUNT=2):
        # A CDN in front of the load balancer: the client is second from the right.
        assert client_ip(request_from(proxy, "1.2.3.4, 192.0.2.1, 10.0.0.1")) == "192.0.2.1"
        assert client_ip(request_from(proxy, "192.0.2.1")) == proxy  # too short: not trusted


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_failures_count_against_the_forwarded_client(client, demo_people):
    fail_from = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": f"6.6.6.6, {HOME}"}
    client.post("/login/", {"username": "operator", "password": WRONG}, **fail_from)
    assert AccessAttempt.objects.get().ip_address == HOME


def test_force_login_still_works_with_throttling_on(login):
    client = login("operator")
    assert client.get("/").status_code == 200
    assert not AccessAttempt.objects.exists()


def test_the_token_api_is_not_throttled(client, demo_people, caplog):
    integration = IntegrationToken(name="Genesys WFM")
    token = prepare_token(integration)
    integration.save()
    url = "/api/v1/operators/operator/readiness"
    with caplog.at_level(logging.WARNING, logger="callpath.api"):
        statuses = {
            client.get(url, HTTP_AUTHORIZATION="Bearer cp_wrong", REMOTE_ADDR=OFFICE).status_code
            for _ in range(60)
        }
    assert statuses == {401}
    assert not AccessAttempt.objects.exists()
    # An address whose logins are locked can still use a valid token.
    with override_settings(LOGIN_IP_FAILURE_LIMIT=2):
        fail(client, "guess", 2)
        assert_locked_out(log_in(client, "lead", "demo"))
        ok = client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR=OFFICE)
    assert ok.status_code == 200


def test_limits_come_from_the_environment():
    code = (
        "from django.conf import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, s.LOGIN_IP_FAILURE_LIMIT, s.AXES_COOLOFF_TIME, "
        "s.TRUSTED_PROXY_COUNT)"
    )
    result = run_manage(
        ["shell", "--no-imports", "-c", code],
        DJANGO_SETTINGS_MODULE="callpath.settings.test",
        LOGIN_FAILURE_LIMIT="3",
        LOGIN_IP_FAILURE_LIMIT="40",
        LOGIN_COOLOFF_MINUTES="10",
        TRUSTED_PROXY_COUNT="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "40", "0:10:00", "1"]
