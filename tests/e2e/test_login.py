import pytest
from playwright.sync_api import expect

from home.demo import load_people


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
