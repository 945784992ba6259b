import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from home.demo import load_people

NEW_PASSWORD_LABEL = re.compile(r"^New password:?$")


@pytest.fixture
def people():
    load_people()


def test_operator_logs_in_through_the_form_and_sees_the_home_page(page, people, log_in_as):
    page.goto("/news/")
    assert "/login/" in page.url
    log_in_as("operator", next_url="/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Amira")
    expect(page.locator(".role-badge")).to_have_text("Operator")
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Team")
    ).to_have_count(0)


def test_login_returns_to_the_page_the_user_asked_for(page, people, log_in_as):
    page.goto("/guides/")
    assert page.url.endswith("/login/?next=/guides/")
    page.get_by_label("Username").fill("operator")
    page.get_by_label("Password").fill("demo")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Guides")
    assert page.url.endswith("/guides/")


def test_a_forgotten_password_is_reset_from_the_login_page(page, people, mailoutbox, log_in_as):
    page.goto("/login/")
    page.get_by_role("link", name="Forgotten your password?").click()
    page.get_by_label("Email").fill("operator@callpath.example")
    page.get_by_role("button", name="Email me a link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")

    [message] = mailoutbox
    link = re.search(r"https?://\S+/password-reset/\S+/", message.body).group(0)
    page.goto(link)
    page.get_by_label(NEW_PASSWORD_LABEL).fill("Headset-Tuesday-42")
    page.get_by_label("New password confirmation").fill("Headset-Tuesday-42")
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_role("status")).to_contain_text("Your new password is set.")

    log_in_as("operator", password="Headset-Tuesday-42")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Amira")


def test_an_operator_changes_their_password_from_the_header(page, people, log_in_as):
    log_in_as("operator")
    page.get_by_role("banner").get_by_role("link", name="Change password").click()
    page.get_by_label("Old password").fill("demo")
    page.get_by_label(NEW_PASSWORD_LABEL).fill("Headset-Tuesday-42")
    page.get_by_label("New password confirmation").fill("Headset-Tuesday-42")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("status")).to_contain_text("Your password has been changed.")
    assert get_user_model().objects.get(username="operator").check_password("Headset-Tuesday-42")
