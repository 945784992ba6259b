"""Passwords: everyone changes their own, a forgotten one is reset by an emailed link, and a
team lead can send a member of their own team (nobody else) a reset link, in the audit log.
The forgot-password answer never tells whether an account exists."""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import ModelLogEntry

from home.accounts import RESET_LINK_SENT_ACTION

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Headset-Tuesday-42"
TEAMMATE = "cdubois"  # Chloe, Inbound Support, led by `lead`
ELSEWHERE = "mprice"  # Megan, Outbound Sales
LINK = re.compile(r"https?://[^/\s]+(/password-reset/[^\s]+/)")


def can_log_in(username, password):
    return get_user_model().objects.get(username=username).check_password(password)


def reset_link(message):
    return LINK.search(message.body).group(1)


def request_reset(client, email):
    return client.post("/password-reset/", {"email": email})


# ---------------------------------------------------------------------------------------
# Changing your own password


@pytest.mark.parametrize("role", ["operator", "mentor", "lead", "admin"])
def test_everyone_can_change_their_own_password(login, role):
    client = login(role)
    assert 'href="/account/password/"' in client.get("/").content.decode()  # the header menu
    page = client.get("/account/password/")
    assert page.status_code == 200
    assert "home/account/password_change.html" in [t.name for t in page.templates]

    form = {"old_password": "demo", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    response = client.post("/account/password/", form, follow=True)
    assert "Your password has been changed." in response.content.decode()
    assert client.get("/").status_code == 200  # still logged in here
    assert can_log_in(role, NEW_PASSWORD)
    assert not can_log_in(role, "demo")


def test_a_wrong_current_password_changes_nothing(login):
    client = login("operator")
    form = {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    response = client.post("/account/password/", form)
    assert response.status_code == 200
    assert "Your old password was entered incorrectly" in response.content.decode()
    assert can_log_in("operator", "demo")


def test_a_weak_new_password_is_refused_with_the_reason(login):
    client = login("operator")
    form = {"old_password": "demo", "new_password1": "password", "new_password2": "password"}
    response = client.post("/account/password/", form)
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()
    assert can_log_in("operator", "demo")


def test_changing_a_password_needs_a_login(client):
    assert client.get("/account/password/").url == "/login/?next=/account/password/"


# ---------------------------------------------------------------------------------------
# Forgotten password, by email


def test_the_login_page_offers_what_is_possible(client):
    html = client.get("/login/").content.decode()
    assert 'href="/password-reset/"' in html
    assert "Your team lead can send you a reset link" in html


def test_a_forgotten_password_is_reset_by_the_emailed_link(client, demo_people, mailoutbox):
    response = request_reset(client, "operator@callpath.example")
    assert response.url == "/password-reset/sent/"
    assert "Check your email" in client.get(response.url).content.decode()

    [message] = mailoutbox
    assert message.to == ["operator@callpath.example"]
    assert message.subject == "Set a new password for Callpath"
    assert not message.alternatives  # plain text
    assert "Hello Amira," in message.body
    assert "Your username is operator." in message.body

    form_page = client.get(reset_link(message), follow=True)
    assert "Set a new password" in form_page.content.decode()
    set_url = form_page.redirect_chain[-1][0]
    response = client.post(
        set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/login/"
    assert "Your new password is set. Log in with it." in response.content.decode()
    assert can_log_in("operator", NEW_PASSWORD)

    # The link works once.
    again = Client().get(reset_link(message), follow=True)
    assert "This link no longer works" in again.content.decode()


@pytest.mark.parametrize(
    "email",
    [
        "nobody@callpath.example",  # no such account
        "former@callpath.example",  # an account no longer active
    ],
)
def test_the_answer_never_tells_whether_an_account_exists(client, demo_people, mailoutbox, email):
    get_user_model().objects.create_user(
        "former", "former@callpath.example", "demo", is_active=False
    )
    known = request_reset(Client(), "operator@callpath.example")
    mailoutbox.clear()
    unknown = request_reset(client, email)
    assert (unknown.status_code, unknown.url) == (known.status_code, known.url)
    assert mailoutbox == []


def test_one_person_gets_at_most_one_link_every_few_minutes(client, demo_people, mailoutbox):
    for _ in range(5):
        assert request_reset(client, "operator@callpath.example").url == "/password-reset/sent/"
    assert len(mailoutbox) == 1


def test_a_reset_lifts_the_pause_from_where_it_was_made(client, demo_people, mailoutbox):
    address = {"REMOTE_ADDR": "10.20.0.7"}
    for _ in range(5):
        client.post("/login/", {"username": "operator", "password": "wrong"}, **address)
    assert (
        client.post("/login/", {"username": "operator", "password": "demo"}, **address).status_code
        == 429
    )

    request_reset(client, "operator@callpath.example")
    form_page = client.get(reset_link(mailoutbox[0]), follow=True, **address)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        **address,
    )
    assert not AccessAttempt.objects.filter(username="operator").exists()
    response = client.post("/login/", {"username": "operator", "password": NEW_PASSWORD}, **address)
    assert response.status_code == 302


def test_the_wagtail_admins_own_reset_is_off(login):
    # One way to reset a password, with the site's pages and emails.
    assert login("admin").get("/admin/password_reset/").status_code == 404


# ---------------------------------------------------------------------------------------
# A lead sends a member of their team a reset link


def send_link(client, username):
    return client.post(f"/progress/{username}/password-reset/")


def test_a_lead_sends_a_member_of_their_team_a_reset_link(login, mailoutbox):
    client = login("lead")
    page = client.get(f"/progress/{TEAMMATE}/").content.decode()
    assert f'action="/progress/{TEAMMATE}/password-reset/"' in page

    response = send_link(client, TEAMMATE)
    assert response.url == f"/progress/{TEAMMATE}/"
    assert "A link to set a new password has been sent to Chloe" in (
        client.get(response.url).content.decode()
    )
    [message] = mailoutbox
    assert message.to == [f"{TEAMMATE}@callpath.example"]
    assert "your team lead, asked Callpath to send you a link" in message.body

    entry = ModelLogEntry.objects.get(action=RESET_LINK_SENT_ACTION)
    assert entry.user.username == "lead"
    assert entry.object_id == str(get_user_model().objects.get(username=TEAMMATE).pk)
    assert entry.message == f"Sent a password reset link to {TEAMMATE}@callpath.example"

    # The link works like one asked for from the login page.
    form_page = Client().get(reset_link(message), follow=True)
    assert "Set a new password" in form_page.content.decode()


@pytest.mark.parametrize(
    ("role", "target", "status"),
    [
        ("lead", ELSEWHERE, 404),  # another team's member: not even visible
        ("lead", "admin", 404),  # an admin
        ("lead", "lead", 403),  # themselves: they change their own password
        ("mentor", TEAMMATE, 404),  # not their mentee (a mentee: 403, in the access table)
        ("operator", "operator", 403),
        ("operator", TEAMMATE, 404),
        ("admin", TEAMMATE, 403),  # admins reset passwords in the admin's Users
    ],
)
def test_nobody_else_can_send_a_reset_link(login, mailoutbox, role, target, status):
    client = login(role)
    assert send_link(client, target).status_code == status
    assert mailoutbox == []
    assert not ModelLogEntry.objects.filter(action=RESET_LINK_SENT_ACTION).exists()
    if status == 403:
        page = client.get(f"/progress/{target}/").content.decode()
        assert "password-reset/" not in page


def test_a_member_without_an_email_address_is_explained(login, mailoutbox):
    get_user_model().objects.filter(username=TEAMMATE).update(email="")
    client = login("lead")
    response = send_link(client, TEAMMATE)
    assert "has no email address on record" in client.get(response.url).content.decode()
    assert mailoutbox == []
    assert not ModelLogEntry.objects.filter(action=RESET_LINK_SENT_ACTION).exists()


def test_a_second_link_within_minutes_is_not_sent(login, mailoutbox):
    client = login("lead")
    send_link(client, TEAMMATE)
    response = send_link(client, TEAMMATE)
    assert "was sent a reset link less than 5 minutes ago" in (
        client.get(response.url).content.decode()
    )
    assert len(mailoutbox) == 1
    assert ModelLogEntry.objects.filter(action=RESET_LINK_SENT_ACTION).count() == 1


def test_sending_a_link_needs_a_post(login):
    assert login("lead").get(f"/progress/{TEAMMATE}/password-reset/").status_code == 405
