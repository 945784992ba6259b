"""Hostile input never reaches a reader as markup: rich text saved through the real Wagtail
editor form, plain-text fields saved on the model, Markdown imports, search results and
suggestions, and the Atom feed."""

import io
import json
from xml.etree import ElementTree

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from kb.models import GuideIndexPage, GuidePage, NewsIndexPage, NewsPage
from tests.security.conftest import HOSTILE
from tests.security.helpers import active_markup

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
TITLE = 'Refund rules "><svg onload=alert(1)> <script>alert(1)</script>'
SUMMARY = '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">more</a> refunds'


def contentstate(text, entities=()):
    """Draftail's editor data for one paragraph, as a hostile client would post it: `text`
    plus LINK entities, each (start, length, data)."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "hstl1",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [
                        {"offset": start, "length": length, "key": index}
                        for index, (start, length, _data) in enumerate(entities)
                    ],
                    "data": {},
                }
            ],
            "entityMap": {
                str(index): {"type": "LINK", "mutability": "MUTABLE", "data": data}
                for index, (_start, _length, data) in enumerate(entities)
            },
        }
    )


HOSTILE_TEXT = " ".join(HOSTILE) + " refunds"
# Links over the first words: a javascript: URL, also disguised with a tab and with case.
HOSTILE_RICH_TEXT = contentstate(
    HOSTILE_TEXT,
    [
        (0, 8, {"url": "javascript:alert(1)"}),
        (9, 5, {"url": "jav\tascript:alert(1)"}),
        (15, 5, {"url": " JaVaScRiPt:alert(1)"}),
    ],
)


def list_block(items):
    return {
        "count": len(items),
        **{
            str(n): {"value": item, "deleted": "", "order": n, "id": ""}
            for n, item in enumerate(items)
        },
    }


def stored_rich_text(page):
    """The HTML Wagtail stored for the page's rich text (paragraphs and callouts)."""
    parts = []
    for block in page.body.raw_data:
        if block["type"] == "paragraph":
            parts.append(block["value"])
        elif block["type"] == "callout":
            parts.append(block["value"]["text"])
    return "".join(parts)


def assert_harmless(html):
    assert active_markup(html) == [], active_markup(html)


def assert_page_and_listings_harmless(client, page, listing_urls):
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_harmless(html)
    # The text is still there, shown as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for url in listing_urls:
        listing = client.get(url)
        assert listing.status_code == 200, url
        if listing["Content-Type"] == "application/json":
            # Data: titles stay as typed (the reader escapes them); snippets are HTML.
            snippets = [hit["snippet"] for hit in listing.json()["results"]]
            assert snippets, url
            for snippet in snippets:
                assert_harmless(snippet)
        else:
            assert_harmless(listing.content.decode())


# ---------------------------------------------------------------------------------------
# Through the real Wagtail editor form


def test_hostile_news_posted_in_the_editor_is_shown_as_text(login, demo_people):
    client = login("lead")
    index = NewsIndexPage.objects.get()
    form = nested_form_data(
        {
            "title": TITLE,
            "slug": "refund-rules",
            "date": "2026-11-02",
            "category": "policy",
            "summary": SUMMARY,
            "body": streamfield(
                [
                    ("heading", {"text": HOSTILE[3], "level": "h2"}),
                    ("paragraph", HOSTILE_RICH_TEXT),
                    ("checklist", {"title": HOSTILE[1], "items": list_block(HOSTILE)}),
                    (
                        "callout",
                        {"kind": "warning", "title": HOSTILE[0], "text": HOSTILE_RICH_TEXT},
                    ),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/kb/newspage/{index.pk}/", form)
    assert response.status_code == 302, response.context["form"].errors
    news = NewsPage.objects.get(slug="refund-rules")
    assert news.live and news.title == TITLE

    assert "<a" in stored_rich_text(news)  # the links arrived, without their hrefs
    assert_harmless(stored_rich_text(news))
    assert_page_and_listings_harmless(
        client, news, ["/", "/news/", "/search/?q=refund", "/search/api/?q=refund"]
    )


def test_hostile_guide_written_by_a_mentor_is_shown_as_text_once_approved(login, demo_people):
    client = login("mentor")
    index = GuideIndexPage.objects.get()
    form = nested_form_data(
        {
            "title": TITLE,
            "slug": "refund-rules-guide",
            "kind": "script",
            "summary": SUMMARY,
            "owner": str(demo_people["mentor"].pk),
            "body": streamfield(
                [
                    ("paragraph", HOSTILE_RICH_TEXT),
                    (
                        "call_script",
                        {
                            "title": HOSTILE[0],
                            "situation": HOSTILE[1],
                            "lines": list_block(
                                [
                                    {"branch": HOSTILE[3], "speaker": "operator", "text": h}
                                    for h in HOSTILE
                                ]
                            ),
                        },
                    ),
                    (
                        "steps",
                        {
                            "title": HOSTILE[2],
                            "steps": list_block([{"title": HOSTILE[0], "detail": HOSTILE[1]}]),
                        },
                    ),
                ]
            ),
        }
    )
    response = client.post(f"/admin/pages/add/kb/guidepage/{index.pk}/", form)
    assert response.status_code == 302, response.context["form"].errors
    guide = GuidePage.objects.get(slug="refund-rules-guide")
    guide.get_latest_revision().publish()  # a lead approves it
    guide.refresh_from_db()
    assert guide.live

    assert_harmless(stored_rich_text(guide))
    assert_page_and_listings_harmless(
        login("operator"), guide, ["/guides/", "/search/?q=refund", "/search/api/?q=refund"]
    )


@pytest.mark.parametrize(
    "entity",
    [
        {"type": "LINK", "data": {"id": '1" onmouseover="alert(1)', "url": "/news/"}},
        {"type": "LINK", "data": {"id": "1 OR 1=1"}},
        {"type": "LINK", "data": {}},
        {"type": "DOCUMENT", "data": {"id": '1" onmouseover="alert(1)'}},
    ],
)
def test_a_crafted_link_id_cannot_take_the_page_down(login, demo_people, entity):
    # Wagtail stored whatever id the editor sent; one that is not a number made every view
    # of the page (and the editor) fail with a server error.
    text = contentstate("Read the refund policy.", [(9, 6, entity["data"])])
    text = text.replace('"LINK"', json.dumps(entity["type"]))
    index = NewsIndexPage.objects.get()
    form = nested_form_data(
        {
            "title": "Refund policy",
            "slug": "refund-policy",
            "date": "2026-11-02",
            "category": "policy",
            "summary": "Where the refund policy lives.",
            "body": streamfield([("paragraph", text)]),
            "action-publish": "publish",
        }
    )
    client = login("lead")
    assert client.post(f"/admin/pages/add/kb/newspage/{index.pk}/", form).status_code == 302
    news = NewsPage.objects.get(slug="refund-policy")
    stored = stored_rich_text(news)
    assert strip_tags(stored) == "Read the refund policy."
    assert "onmouseover" not in stored and "OR 1=1" not in stored
    page = client.get(news.url)
    assert page.status_code == 200
    assert_harmless(page.content.decode())
    assert client.get(f"/admin/pages/{news.pk}/edit/").status_code == 200


# ---------------------------------------------------------------------------------------
# Plain-text fields saved on the model


def test_hostile_plain_text_fields_saved_on_the_model_are_escaped(login, make_guide, make_news):
    guide = make_guide(
        TITLE,
        summary=SUMMARY,
        body=[
            {"type": "heading", "value": {"text": HOSTILE[0], "level": "h2"}},
            {"type": "checklist", "value": {"title": HOSTILE[3], "items": HOSTILE}},
            {
                "type": "do_dont",
                "value": {"title": HOSTILE[1], "pairs": [{"do": HOSTILE[2], "dont": HOSTILE[3]}]},
            },
            {
                "type": "quiz",
                "value": {
                    "title": HOSTILE[0],
                    "pass_mark": 50,
                    "questions": [
                        {
                            "question": HOSTILE[1],
                            "options": HOSTILE[2:],
                            "correct_option": 1,
                            "explanation": HOSTILE[0],
                        }
                    ],
                },
            },
        ],
    )
    news = make_news("Refund rota " + HOSTILE[0], summary=SUMMARY)
    client = login("operator")
    assert_page_and_listings_harmless(client, guide, ["/guides/", "/search/?q=refund"])
    assert_page_and_listings_harmless(client, news, ["/", "/news/"])


# ---------------------------------------------------------------------------------------
# Markdown import


HOSTILE_GUIDE = f"""---
title: '{TITLE.replace("'", "''")}'
slug: hostile-import
summary: '{SUMMARY}'
---
Refunds <script>alert("body")</script> and <img src=x onerror=alert(1)>.

[click me](javascript:alert(1)) [or me](  JAVASCRIPT:alert(1))
[data](data:text/html,<script>x</script>)
<a href="javascript:alert(1)" onclick="alert(1)">raw link</a>

<svg onload=alert(1)>

```tip Be careful <b onclick=alert(1)>
Watch for [this](javascript:alert(1)) refund trick.
```
"""


def test_import_guides_command_turns_hostile_markdown_into_text(tmp_path, login, demo_people):
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE_GUIDE, encoding="utf-8")
    # Markup in a plain-text part (the callout title) is refused outright...
    errors = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_guides", str(path), stderr=errors)
    assert "contains '<b'" in errors.getvalue()
    assert not GuidePage.objects.filter(slug="hostile-import").exists()

    # ...and without it the rest imports as escaped text, with no javascript: links.
    path.write_text(HOSTILE_GUIDE.replace(" <b onclick=alert(1)>", ""), encoding="utf-8")
    call_command("import_guides", str(path))
    guide = GuidePage.objects.get(slug="hostile-import")
    assert guide.title == TITLE
    assert_harmless(stored_rich_text(guide))
    assert_page_and_listings_harmless(
        login("operator"), guide, ["/guides/", "/search/?q=refunds", "/search/api/?q=refunds"]
    )


# ---------------------------------------------------------------------------------------
# Search: the query itself, snippets, suggestions


def test_a_hostile_query_is_echoed_as_text(login, make_guide):
    make_guide("Refund script", summary="Refunds <script>alert(1)</script> explained.")
    client = login("operator")
    for query in HOSTILE + ["refund <script>alert(1)</script>"]:
        response = client.get("/search/", {"q": query, "topic": HOSTILE[3], "type": HOSTILE[1]})
        assert response.status_code == 200
        assert_harmless(response.content.decode())


def test_snippets_and_highlights_escape_the_page_text(login, make_guide):
    make_guide(
        "Refund script",
        summary="Refunds <script>alert(1)</script> and <img src=x onerror=alert(1)>.",
        body=[{"type": "paragraph", "value": "<p>Refund &lt;svg onload=alert(1)&gt; refund</p>"}],
    )
    client = login("operator")
    body = client.get("/search/api/", {"q": "refund"}).json()
    snippets = [hit["snippet"] for hit in body["results"]]
    assert snippets and all("<mark>" in snippet for snippet in snippets)
    for snippet in snippets:
        assert_harmless(snippet)
    page = client.get("/search/", {"q": "refund"}).content.decode()
    assert "<mark>" in page
    assert_harmless(page)


def test_suggestions_are_plain_json_titles(login, make_guide):
    make_guide("Refund " + HOSTILE[0])
    response = login("operator").get("/search/suggest/", {"q": "refu"})
    assert response["Content-Type"] == "application/json"
    assert response.json() == ["Refund " + HOSTILE[0]]  # data, inserted with textContent


# ---------------------------------------------------------------------------------------
# Atom feed


def test_the_feed_never_hands_a_reader_markup(login, make_news):
    make_news(TITLE, summary=SUMMARY)
    response = login("operator").get("/news/feed/")
    assert response.status_code == 200
    entry = ElementTree.fromstring(response.content).find(f"{ATOM}entry")
    # The title is text; the summary is declared HTML, so a feed reader renders it: the
    # page's plain-text summary must arrive escaped inside it.
    assert entry.find(f"{ATOM}title").get("type") in (None, "text")
    assert entry.find(f"{ATOM}title").text == TITLE
    summary = entry.find(f"{ATOM}summary")
    if summary.get("type") == "html":
        assert_harmless(summary.text)
        assert "&lt;img src=x onerror=alert(1)&gt;" in summary.text
    else:
        assert summary.text == SUMMARY


def test_no_page_is_left_with_hostile_markup_in_the_tree():
    # Guards the fixtures above: the site tree the tests start from is clean.
    for page in Page.objects.all().specific():
        assert "<script" not in page.title
