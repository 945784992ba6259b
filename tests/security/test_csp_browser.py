"""The Content-Security-Policy in a real browser: the site and the Wagtail admin run with no
violation, and markup that reaches a page anyway cannot run."""

import pytest
from django.utils.text import slugify

from home.demo import load_people
from kb.models import GuideIndexPage, GuidePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def add_guide(title, paragraph_html):
    index = GuideIndexPage.objects.get()
    return index.add_child(
        instance=GuidePage(
            title=title,
            slug=slugify(title),
            summary=f"About {title.lower()}.",
            body=[{"type": "paragraph", "value": paragraph_html}],
        )
    )


@pytest.fixture
def people():
    load_people()


def violations(page):
    return page.evaluate("window.__violations")


def test_the_site_runs_without_a_single_violation(page, people, log_in_as):
    guide = add_guide("Handling a refund request", "<p>Listen, <b>then</b> act.</p>")
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto("/login/")
    assert violations(page) == []
    log_in_as("operator")
    for url in ("/", "/news/", "/guides/", guide.url, "/search/?q=refund", "/progress/"):
        page.goto(url)
        assert violations(page) == [], url
    # The header's autocomplete (our own script, fetching JSON) still works.
    page.goto("/")
    page.fill("#header-q", "refu")
    page.wait_for_selector("#header-q-suggestions li")
    assert page.inner_text("#header-q-suggestions li") == "Handling a refund request"
    assert violations(page) == []


def test_markup_stored_by_code_cannot_run_on_the_site(page, people, log_in_as):
    # Wagtail trusts rich text HTML saved by code (the editor and the Markdown import clean
    # what they store). Should hostile markup get in that way, the policy still stops it.
    guide = add_guide(
        "Refund tricks",
        '<p>Refunds <img src="/static/x.png" onerror="window.__ran = 1"></p>'
        "<script>window.__ran = 2</script>"
        '<p><a id="js" href="javascript:window.__ran = 3">Open</a></p>',
    )
    page.add_init_script(RECORD_VIOLATIONS)
    log_in_as("operator")
    page.goto(guide.url)
    page.click("#js")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__ran") is None
    blocked = violations(page)
    assert any(v.startswith("script-src-elem inline") for v in blocked), blocked
    assert any(v.startswith("script-src-attr inline") for v in blocked), blocked


def test_the_wagtail_editor_runs_without_a_violation(page, people, log_in_as):
    guide = add_guide("Handling a refund request", "<p>Listen first.</p>")
    page.add_init_script(RECORD_VIOLATIONS)
    log_in_as("admin", next_url="/admin/")
    assert violations(page) == []
    page.goto(f"/admin/pages/{guide.pk}/edit/")
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type(" Then act.")
    page.locator("button[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    assert "Handling a refund request" in preview.locator("h1").inner_text()
    assert violations(page) == []
