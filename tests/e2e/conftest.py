"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Without Chromium they skip and say why; CI sets CALLPATH_REQUIRE_BROWSER=1 so that a
missing browser fails the run instead.
"""

import os
import shutil

import pytest
from django.db import connections

from tests.careers.conftest import ladder  # noqa: F401  (shared with the career tests)

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # The live server needs committed data; serialized rollback restores what the
            # data migrations created (roles, site tree) after each test's flush.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture
def browser():
    """A fresh Chromium per test. Playwright's sync API runs an event loop in this thread,
    which gives Django's ORM a separate connection object while it runs; stopping it
    after each test lets the next test's database setup see the real one."""
    if not os.path.exists(CHROMIUM):
        reason = f"no Chromium at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("CALLPATH_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # The ORM calls the tests make between browser steps are plain synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
        # Close the connections opened while Playwright's loop ran, or they would linger.
        connections.close_all()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def log_in_as(page):
    """Log in through the real form."""

    def log_in(username, password="demo", next_url="/"):
        page.goto(f"/login/?next={next_url}")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_load_state()

    return log_in


@pytest.fixture
def must_read():
    """The demo people and one must-read policy update, due in three days."""
    from datetime import date, timedelta

    from django.utils.text import slugify

    from home.demo import load_people
    from kb.models import NewsIndexPage, NewsPage

    load_people()
    title = "New ID check rule from Monday"
    return NewsIndexPage.objects.get().add_child(
        instance=NewsPage(
            title=title,
            slug=slugify(title),
            category="policy",
            must_read=True,
            summary="From Monday, ask for the postcode and date of birth before any account talk.",
            acknowledge_by=date.today() + timedelta(days=3),
        )
    )
