"""Login throttling (django-axes and callpath.security): guessing is bounded per account,
from one address or from many, and nobody's failures keep a real person out who types the
right password from a place they have logged in from before.

The policy: a username+address pair is locked after 5 failures for 15 minutes; a username
with 10 failures in the last hour, or an address with 50, is slowed to one attempt per 15
minutes, except from (or for) the places the username has logged in from before. Paused
attempts are not checked and not counted. Time passes in these tests by moving every
record back (`wait`).
"""

import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.db.models import F
from django.test import Client, RequestFactory, override_settings

from callpath.security import client_ip
from careers.api import prepare_token
from careers.models import IntegrationToken
from tests.helpers import run_manage

pytestmark = pytest.mark.django_db

OFFICE = "10.20.0.7"
HOME = "198.51.100.23"
# The README's one-machine setup: every request reaches the site from the proxy.
PROXY = "127.0.0.1"
WRONG = "not-the-password"


def log_in(client, username, password=WRONG, address=OFFICE, next_url="/", **extra):
    form = {"username": username, "password": password, "next": next_url}
    return client.post("/login/", form, REMOTE_ADDR=address, **extra)


def is_logged_in(client):
    return "_auth_user_id" in client.session


def fail(client, username, times, address=OFFICE):
    return [log_in(client, username, address=address).status_code for _ in range(times)]


def logs_in(username, address):
    """Whether the right password gets `username` in from `address` (in a fresh browser)."""
    client = Client()
    response = log_in(client, username, "demo", address=address)
    return response.status_code == 302 and is_logged_in(client)


def has_logged_in(username, address):
    """`username` logged in from `address` once, some time ago: their usual place."""
    assert logs_in(username, address)


def wait(minutes):
    """Let `minutes` pass for the throttle: every attempt and login happened that much earlier."""
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=minutes))


def guesses_checked(username):
    """How many wrong passwords for `username` were checked (each is in the failure log)."""
    return AccessFailureLog.objects.filter(username=username).count()


def assert_paused(response, minutes=15, reason="paused after too many wrong passwords"):
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed log-ins" in html
    assert reason in html
    assert f"Try again in {minutes} minute{'s' if minutes != 1 else ''}." in html
    assert minutes * 60 - 60 < int(response["Retry-After"]) <= minutes * 60


def test_default_limits():
    assert settings.LOGIN_FAILURE_LIMIT == 5
    assert timedelta(minutes=15) == settings.AXES_COOLOFF_TIME
    assert settings.LOGIN_USERNAME_FAILURE_LIMIT == 10
    assert settings.LOGIN_IP_FAILURE_LIMIT == 50
    assert settings.LOGIN_WINDOW_MINUTES == 60
    assert settings.LOGIN_SLOWDOWN_MINUTES == 15


# ---------------------------------------------------------------------------------------
# The attacks the throttle must stop


def test_a_login_to_another_account_does_not_clear_the_failures(client, demo_people):
    """4 wrong admin passwords, 1 correct operator login, repeat: the operator's login
    clears only the operator's record, so admin is paused after 5 guesses."""
    admin_statuses = []
    for _round in range(8):
        admin_statuses += fail(client, "admin", 4)
        assert log_in(client, "operator", "demo").status_code == 302
        client.logout()
    assert admin_statuses == [200] * 4 + [429] * 28
    assert guesses_checked("admin") == 5
    # Even the right admin password is refused from there until the pause ends.
    assert_paused(log_in(client, "admin", "demo"))


def test_failures_from_elsewhere_do_not_lock_the_real_person_out(client, demo_people):
    """Someone fails at admin 5 times from each of four other addresses: the real admin,
    from the office they log in from, still gets in."""
    has_logged_in("admin", OFFICE)
    for n in range(4):
        fail(client, "admin", 5, address=f"203.0.113.{n}")
    assert logs_in("admin", OFFICE)


def test_failures_over_made_up_names_do_not_lock_a_shared_address(client, demo_people):
    """Behind one proxy every user has the same address: 50 failures over made-up names
    from it leave everyone who logs in there able to."""
    for username in ("lead", "operator", "mentor"):
        has_logged_in(username, PROXY)
    statuses = [log_in(client, f"guess{n}", address=PROXY).status_code for n in range(50)]
    assert statuses == [200] * 50
    for username in ("lead", "operator", "mentor"):
        assert logs_in(username, PROXY), username


def test_guessing_one_account_from_many_addresses_is_bounded(client, demo_people):
    """An hour of three new addresses a minute trying admin's password: at most 10 guesses,
    then one every 15 minutes, however many addresses."""
    has_logged_in("admin", OFFICE)
    addresses = (f"2001:db8::{n:x}" for n in range(1, 1000))
    for _minute in range(60):
        for _ in range(3):
            log_in(client, "admin", address=next(addresses))
        wait(1)
    limit = settings.LOGIN_USERNAME_FAILURE_LIMIT
    assert limit <= guesses_checked("admin") <= limit + 60 // settings.LOGIN_SLOWDOWN_MINUTES
    # Meanwhile the real admin, at the office, was never kept out.
    assert logs_in("admin", OFFICE)


def test_guessing_one_account_from_one_address_is_bounded(client, demo_people):
    statuses = []
    for _minute in range(60):
        statuses.append(log_in(client, "admin").status_code)
        wait(1)
    # 5, the pair's pause, 5 more (10 for the account), then one every 15 minutes.
    assert guesses_checked("admin") <= 10 + 60 // settings.LOGIN_SLOWDOWN_MINUTES
    assert statuses.count(200) < guesses_checked("admin")  # each 5th guess is answered 429


def test_an_account_under_attack_is_slowed_from_new_places_not_blocked(client, demo_people):
    for n in range(10):
        assert log_in(client, "lead", address=f"203.0.113.{n}").status_code == 200
    response = log_in(client, "lead", "demo", address="192.0.2.50")
    assert_paused(response, reason="This account has had many wrong passwords.")
    wait(15)
    # One try per 15 minutes from a new place: the real lead, travelling, gets in with it.
    assert logs_in("lead", "192.0.2.50")


def test_a_new_person_at_a_busy_address_is_slowed_not_refused(client, demo_people):
    for n in range(50):
        log_in(client, f"guess{n}", address=PROXY)
    # Mentor never logged in from the proxy before: attempts for them are slowed...
    response = log_in(client, "mentor", "demo", address=PROXY)
    assert_paused(response, reason="Many wrong passwords have come from your network.")
    # ...to one per 15 minutes, and the right password is then accepted.
    wait(15)
    assert logs_in("mentor", PROXY)
    # From then on the proxy is a place mentor logs in from.
    log_in(Client(), "guess-more", address=PROXY)
    assert logs_in("mentor", PROXY)


# ---------------------------------------------------------------------------------------
# The pair lock


def test_a_username_is_paused_from_one_address_after_five_failures(client, demo_people):
    assert fail(client, "operator", 4) == [200] * 4
    assert_paused(log_in(client, "operator"))
    assert_paused(log_in(client, "operator", "demo"))
    assert not is_logged_in(client)
    # The same person elsewhere, and others on the same floor, are not affected.
    assert logs_in("operator", HOME)
    assert logs_in("mentor", OFFICE)


def test_a_wrong_password_before_the_limit_gets_the_ordinary_error(client, demo_people):
    response = log_in(client, "operator")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_a_successful_login_clears_only_its_own_pair(client, demo_people):
    fail(client, "operator", 4, address=OFFICE)
    fail(client, "operator", 4, address=HOME)
    assert logs_in("operator", OFFICE)
    assert not AccessAttempt.objects.filter(username="operator", ip_address=OFFICE).exists()
    assert_paused(log_in(client, "operator", address=HOME))  # the 5th failure from home
    assert fail(client, "operator", 4, address=OFFICE) == [200] * 4  # counting starts again


def test_refused_attempts_are_not_checked_and_do_not_extend_the_pause(client, demo_people):
    fail(client, "operator", 5)
    wait(14)
    response = log_in(client, "operator", "demo")
    assert_paused(response, minutes=1)
    assert guesses_checked("operator") == 5
    wait(1)
    assert logs_in("operator", OFFICE)


def test_the_lockout_page_is_the_sites_own(client, demo_people):
    fail(client, "operator", 4)
    response = log_in(client, "operator", next_url="/admin/")
    assert_paused(response)
    assert "lockout.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert 'class="auth-card"' in html
    assert 'href="/login/"' in html
    assert 'href="/password-reset/"' in html
    assert WRONG not in html
    assert "Content-Security-Policy" in response  # the security headers still apply


def test_the_wagtail_admin_login_is_the_same_throttled_form(client, demo_people):
    assert client.get("/admin/").url.startswith("/login/?next=/admin/")
    fail(client, "admin", 5)
    assert_paused(log_in(client, "admin", "demo", next_url="/admin/"))
    assert client.get("/admin/").status_code == 302


@override_settings(AXES_COOLOFF_TIME=timedelta(minutes=30))
def test_the_message_follows_the_configured_cool_off(client, demo_people):
    fail(client, "operator", 4)
    assert_paused(log_in(client, "operator"), minutes=30)


def test_the_password_tried_is_never_stored(client, demo_people):
    fail(client, "operator", 2)
    attempt = AccessAttempt.objects.get(username="operator")
    assert attempt.failures_since_start == 2
    assert WRONG not in attempt.post_data
    assert "csrfmiddlewaretoken" not in attempt.post_data or "****" in attempt.post_data


@override_settings(AXES_ACCESS_FAILURE_LOG_PER_USER_LIMIT=3)
def test_the_failure_log_keeps_each_usernames_newest_failures(client, demo_people):
    for n in range(5):
        log_in(client, "operator", address=f"192.0.2.{n}")
    kept = set(AccessFailureLog.objects.values_list("ip_address", flat=True))
    assert kept == {"192.0.2.2", "192.0.2.3", "192.0.2.4"}


# ---------------------------------------------------------------------------------------
# The client's address


def test_x_forwarded_for_is_ignored_unless_proxies_are_configured(client, demo_people):
    # A client cannot dodge the pair lock by inventing a new address every time.
    for n in range(4):
        log_in(client, "operator", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert_paused(log_in(client, "operator", HTTP_X_FORWARDED_FOR="192.0.2.99"))
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


# ---------------------------------------------------------------------------------------
# What throttling leaves alone


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
    # An address whose logins are paused can still use a valid token.
    fail(client, "lead", 5)
    assert_paused(log_in(client, "lead", "demo"))
    ok = client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}", REMOTE_ADDR=OFFICE)
    assert ok.status_code == 200


def test_limits_come_from_the_environment():
    code = (
        "from django.conf import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME, s.LOGIN_USERNAME_FAILURE_LIMIT, "
        "s.LOGIN_IP_FAILURE_LIMIT, s.LOGIN_WINDOW_MINUTES, s.LOGIN_SLOWDOWN_MINUTES, "
        "s.TRUSTED_PROXY_COUNT)"
    )
    result = run_manage(
        ["shell", "--no-imports", "-c", code],
        DJANGO_SETTINGS_MODULE="callpath.settings.test",
        LOGIN_FAILURE_LIMIT="3",
        LOGIN_COOLOFF_MINUTES="10",
        LOGIN_USERNAME_FAILURE_LIMIT="8",
        LOGIN_IP_FAILURE_LIMIT="40",
        LOGIN_WINDOW_MINUTES="120",
        LOGIN_SLOWDOWN_MINUTES="20",
        TRUSTED_PROXY_COUNT="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "0:10:00", "8", "40", "120", "20", "1"]


# ---------------------------------------------------------------------------------------
# The Wagtail admin for people without admin access


def test_a_logged_in_operator_opening_the_admin_gets_the_not_allowed_page(login):
    client = login("operator")
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain == []
    assert response.status_code == 403
    assert "403.html" in [template.name for template in response.templates]
    assert "Your role does not give access to the editor." in response.content.decode()
    assert client.get("/admin/pages/").status_code == 403
    # Editors still get in; anonymous visitors still go to the log-in page.
    assert login("mentor").get("/admin/").status_code == 200
    assert Client().get("/admin/").url == "/login/?next=/admin/"
