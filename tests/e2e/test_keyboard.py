"""The main tasks done with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and typing.

No clicks: every step moves focus with the keyboard and checks where it landed, so a control
that cannot be reached or used without a mouse fails the test.
"""

import re

import pytest
from django.utils.text import slugify
from playwright.sync_api import expect

from careers.models import Assessment
from home.demo import load_people
from kb.models import Acknowledgement, GuideIndexPage, GuidePage, Topic
from search.index import rebuild_index
from search.models import QueryLog

MAX_PRESSES = 150


def press_until_focused(page, locator, key="Tab"):
    """Press `key` until `locator` has the focus; fail if it never gets it."""
    target = locator.element_handle()
    for _ in range(MAX_PRESSES):
        page.keyboard.press(key)
        if page.evaluate("element => element === document.activeElement", target):
            return
    raise AssertionError(f"{locator} never had the focus after {MAX_PRESSES} presses of {key}")


def press_and_wait(page, key):
    """Press a key that submits a form or follows a link, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press(key)


def log_in(page, username):
    page.goto("/login/")
    expect(page.get_by_label("Username")).to_be_focused()  # autofocus
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type("demo")
    press_and_wait(page, "Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Hello"))


def test_operator_acknowledges_a_must_read(page, must_read):
    log_in(page, "operator")
    must_reads = page.get_by_role("region", name="Must read (1)")
    press_until_focused(page, must_reads.get_by_role("link", name=must_read.title))
    press_and_wait(page, "Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(must_read.title)

    press_until_focused(page, page.get_by_role("button", name="I have read this"))
    press_and_wait(page, "Space")
    expect(page.get_by_text("You confirmed you read this")).to_be_visible()
    assert Acknowledgement.objects.filter(page=must_read, user__username="operator").count() == 1


@pytest.fixture
def refund_pages():
    load_people()
    index = GuideIndexPage.objects.get()
    billing = Topic.objects.create(name="Billing", slug="billing")
    pages = [
        ("Refunds for a missed engineer visit", "guide"),
        ("Refund request call script", "script"),
        ("Refunds after a price rise", "guide"),
    ]
    for title, kind in pages:
        guide = index.add_child(
            instance=GuidePage(
                title=title,
                slug=slugify(title),
                kind=kind,
                summary=f"{title}: what to check, what to say and when a refund is due.",
                body=[{"type": "paragraph", "value": f"<p>{title} — refund steps.</p>"}],
            )
        )
        guide.topics.set([billing])
    rebuild_index()


def test_search_and_narrow_the_results_with_a_facet(page, refund_pages):
    log_in(page, "operator")
    press_until_focused(page, page.get_by_label("Search Callpath"))
    page.keyboard.type("refund")
    press_and_wait(page, "Enter")
    expect(page.get_by_text("3 results for “refund”")).to_be_visible()

    facet = page.get_by_role("checkbox", name="Call script")
    press_until_focused(page, facet)
    page.keyboard.press("Space")
    expect(facet).to_be_checked()
    press_until_focused(page, page.get_by_role("button", name="Apply filters"))
    press_and_wait(page, "Enter")

    expect(page.get_by_text("1 result for “refund”")).to_be_visible()
    results = page.locator(".search-results")
    expect(results.get_by_role("link")).to_have_text(["Refund request call script"])
    expect(page.get_by_role("checkbox", name="Call script")).to_be_checked()
    logged = QueryLog.objects.order_by("searched_at").values_list("query", "results", "role")
    assert list(logged) == [("refund", 3, "operator"), ("refund", 1, "operator")]


def test_mentor_records_an_assessment(page, ladder):
    log_in(page, "mentor")
    nav = page.get_by_role("navigation", name="Main")
    press_until_focused(page, nav.get_by_role("link", name="Mentees"))
    press_and_wait(page, "Enter")
    press_until_focused(page, page.get_by_role("link", name="Amira Haddad"))
    press_and_wait(page, "Enter")
    press_until_focused(page, page.get_by_role("link", name="Record an assessment"))
    press_and_wait(page, "Enter")

    competency = page.get_by_label("Competency")
    press_until_focused(page, competency)
    # A closed select takes arrow keys on Linux and Windows: each press selects the next option.
    for _ in range(5):
        if competency.evaluate("select => select.selectedOptions[0].text") == "Active listening":
            break
        page.keyboard.press("ArrowDown")
    expect(competency.locator("option:checked")).to_have_text("Active listening")

    # Tab enters the radio group once; the arrow keys move through it, checking as they go.
    press_until_focused(page, page.get_by_label("Learning"))
    for _ in range(4):
        if page.get_by_label("Proficient").is_checked():
            break
        page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Proficient")).to_be_checked()

    press_until_focused(page, page.get_by_label("Evidence:", exact=True))
    evidence = "Call 5120: let the customer finish, then summarised the problem back."
    page.keyboard.type(evidence)
    press_until_focused(page, page.get_by_role("button", name="Record assessment"))
    press_and_wait(page, "Enter")

    expect(page.get_by_text("Recorded Active listening: Proficient (mentor).")).to_be_visible()
    assessment = Assessment.objects.get(operator__username="operator")
    assert (assessment.assessor.username, assessment.competency, assessment.rating) == (
        "mentor",
        ladder["listening"],
        3,
    )
    assert assessment.evidence == evidence


FOCUS_STYLE = """element => {
    const style = getComputedStyle(element);
    let behind = element.parentElement;
    const clear = node => /^(transparent|rgba\\(0, 0, 0, 0\\))$/.test(
        getComputedStyle(node).backgroundColor);
    while (behind && clear(behind)) {
        behind = behind.parentElement;
    }
    return {
        outline: [style.outlineStyle, parseFloat(style.outlineWidth), style.outlineColor],
        boxShadow: style.boxShadow,
        background: behind ? getComputedStyle(behind).backgroundColor : "rgb(255, 255, 255)",
    };
}"""


def rgb(color):
    return tuple(int(part) for part in re.findall(r"\d+", color)[:3])


def contrast(first, second):
    """WCAG contrast ratio of two "rgb(r, g, b)" colours."""

    def luminance(color):
        linear = [
            c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
            for c in (part / 255 for part in rgb(color))
        ]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def rings(style):
    """The colours drawn around the element: a 2px+ outline and 2px+ spread box-shadows."""
    outline_style, outline_width, outline_color = style["outline"]
    colours = [outline_color] if outline_style != "none" and outline_width >= 2 else []
    shadow = r"(rgba?\([^)]*\)) 0px 0px \S+ ([\d.]+)px"
    for colour, spread in re.findall(shadow, style["boxShadow"]):
        if float(spread) >= 2:
            colours.append(colour)
    return colours


def test_skip_link_and_a_visible_focus_indicator(page, must_read):
    log_in(page, "operator")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, f"the focused skip link is off screen: {box}"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null"), (
        "Tab after the skip link left the main content"
    )

    # One link on the dark header (back up from the main content), one on the light page.
    for link, key in (
        (
            page.get_by_role("navigation", name="Main").get_by_role("link", name="Guides"),
            "Shift+Tab",
        ),
        (page.get_by_role("region", name="Must read (1)").get_by_role("link"), "Tab"),
    ):
        press_until_focused(page, link, key=key)
        focused = link.evaluate(FOCUS_STYLE)
        page.keyboard.press("Tab")
        unfocused = link.evaluate(FOCUS_STYLE)
        assert (focused["outline"], focused["boxShadow"]) != (
            unfocused["outline"],
            unfocused["boxShadow"],
        ), f"focus changes nothing on {link}: {focused}"
        best = max((contrast(ring, focused["background"]) for ring in rings(focused)), default=0)
        assert best >= 3, (
            f"the focus ring on {link} has contrast {best:.2f}:1 against "
            f"{focused['background']} (WCAG 1.4.11 asks for 3:1): {focused}"
        )
        press_until_focused(page, link, key="Shift+Tab")
