"""axe-core on every main page, for each role, on the demo content.

The demo is loaded once and every page audited in one test: loading it takes far longer
than auditing, and each browser test starts from an emptied database. The failure message
lists every page with serious or critical violations, not just the first.
"""

from io import StringIO

import pytest
from django.core.management import call_command

from kb.models import GuidePage, NewsPage
from tests.e2e.axe import audit, describe, new_context, require_axe

NEWS_ITEM = "new-complaint-escalation-form"  # must read, for everyone
# Between them: call script, numbered steps, checklist, quiz, callouts and do/don't pairs.
GUIDES = ["handling-a-cancellation-request", "first-week-checklist"]
GUIDE_BLOCKS = {"call_script", "steps", "checklist", "quiz", "callout", "do_dont"}
SEARCH = "/search/?q=refund"
SEARCH_FILTERED = "/search/?q=refund&type=guide&topic=inbound-support"


@pytest.fixture
def demo():
    require_axe()
    call_command("load_demo", force=True, stdout=StringIO())


def common_pages():
    """What every signed-in role reads: (name, path)."""
    guides = {page.slug: page for page in GuidePage.objects.filter(slug__in=GUIDES)}
    blocks = {block.block_type for guide in guides.values() for block in guide.body}
    assert blocks >= GUIDE_BLOCKS, f"the audited guides lack {GUIDE_BLOCKS - blocks}"
    return [
        ("home dashboard", "/"),
        ("news index", "/news/"),
        ("news item", NewsPage.objects.get(slug=NEWS_ITEM).url),
        ("guide index", "/guides/"),
        *[(f"guide {slug}", guides[slug].url) for slug in GUIDES],
        ("career ladder", "/careers/operations/"),
        ("career level", "/careers/operations/senior-operator/"),
        ("my progress", "/progress/"),
        ("search results", SEARCH),
        ("search results, filtered", SEARCH_FILTERED),
    ]


ROLE_PAGES = {
    "operator": [("own operator page", "/progress/operator/")],
    "mentor": [
        ("mentees", "/progress/mentees/"),
        ("mentee's page", "/progress/operator/"),
        ("assessment form", "/progress/operator/assess/"),
    ],
    "lead": [
        ("team member's page", "/progress/operator/"),
        ("team board", "/team/"),
        ("campaign fit", "/team/fit/"),
        ("mentor load", "/team/mentors/"),
    ],
    "admin": [
        ("operator's page", "/progress/operator/"),
        ("team board", "/team/"),
    ],
}


def visit(page, path):
    response = page.goto(path)
    # A redirect (to the login page, say) would audit the wrong page.
    assert response.status == 200 and page.url.endswith(path), (
        f"{path} answered {response.status} at {page.url}"
    )


def test_every_main_page_has_no_serious_accessibility_violations(browser, live_server, demo):
    found = {}

    def check(role, name, path):
        violations = audit(page)
        if violations:
            found[f"{role}: {name} ({path})"] = violations

    context = new_context(browser, live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    visit(page, "/login/")
    check("anonymous", "login", "/login/")
    context.close()

    pages = common_pages()
    for role, own_pages in ROLE_PAGES.items():
        context = new_context(browser, live_server.url)
        page = context.new_page()
        page.set_default_timeout(15_000)
        visit(page, "/login/")
        page.get_by_label("Username").fill(role)
        page.get_by_label("Password").fill("demo")
        with page.expect_navigation():
            page.get_by_role("button", name="Log in").click()
        for name, path in pages + own_pages:
            visit(page, path)
            check(role, name, path)
        context.close()

    assert not found, "Serious or critical accessibility violations:\n\n" + "\n\n".join(
        f"{where}\n{describe(violations)}" for where, violations in found.items()
    )
