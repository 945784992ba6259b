"""Hostile input never reaches a reader as markup: rich text saved through the real Wagtail
editor form, plain-text fields saved on the model, Markdown imports, search results and
suggestions, and the Atom feed. And input that used to crash a view, a command or the API
(odd digits, huge numbers, deep JSON, control characters, crafted ids) gets a clear answer."""

import io
import json
import time
from datetime import timedelta
from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.html import strip_tags
from openpyxl import load_workbook
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from careers.api import prepare_token
from careers.demo import load_kpi_metrics
from careers.models import IntegrationToken, KpiSnapshot
from kb.models import GuideIndexPage, GuidePage, NewsIndexPage, NewsPage, QuizAttempt
from search.models import QueryLog
from tests.kb.conftest import QUIZ
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


def publish_refund_policy_news(client, text):
    """Publish a news item whose body is the rich text `text` through the editor's form."""
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
    assert client.post(f"/admin/pages/add/kb/newspage/{index.pk}/", form).status_code == 302
    return NewsPage.objects.get(slug="refund-policy")


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
    client = login("lead")
    news = publish_refund_policy_news(client, text)
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


def test_import_guides_command_turns_hostile_markdown_into_text(
    tmp_path, login, demo_people, django_capture_on_commit_callbacks
):
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
    with django_capture_on_commit_callbacks(execute=True):  # the import indexes after commit
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


# ---------------------------------------------------------------------------------------
# Input that used to crash: each answered 500 (or printed a traceback) and wrote nothing.
# Now each gets a clear message, and still writes nothing.

LAST_MONTH = f"{timezone.localdate().replace(day=1) - timedelta(days=1):%Y-%m}"
KPI_HEADER = "username,metric,month,value"


@pytest.fixture
def kpi_metrics(demo_people):
    load_kpi_metrics()


@pytest.fixture
def api_token(kpi_metrics):
    integration = IntegrationToken(name="Genesys WFM")
    token = prepare_token(integration)
    integration.save()
    return token


def push_kpis(client, token, body):
    """POST a body (JSON text) to the KPI API with the token."""
    return client.post(
        "/api/v1/kpis",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )


def upload_kpis(client, content):
    upload = SimpleUploadedFile("kpis.csv", content.encode(), content_type="text/csv")
    return client.post("/admin/kpis/import/", {"file": upload})


def import_kpis(tmp_path, content):
    """Run `import_kpis` on a file with `content`; return (its stderr, the CommandError)."""
    path = tmp_path / "kpis.csv"
    path.write_text(content, encoding="utf-8")
    errors = io.StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("import_kpis", str(path), stderr=errors, stdout=io.StringIO())
    return errors.getvalue(), str(refused.value)


@pytest.mark.parametrize("month", ["0000-01", "1999-12"])
def test_a_kpi_month_before_2000_is_refused_by_the_command_the_upload_and_the_api(
    tmp_path, client, login, api_token, month
):
    content = f"{KPI_HEADER}\noperator,Quality score,{month},88\n"
    stderr, refusal = import_kpis(tmp_path, content)
    assert f"line 2: month {month} is before 2000" in stderr
    assert "nothing was imported" in refusal

    html = upload_kpis(login("admin"), content).content.decode()
    assert f"month {month} is before 2000" in html

    row = {"username": "operator", "metric": "Quality score", "month": month, "value": 88}
    response = push_kpis(client, api_token, json.dumps([row]))
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"row": 1, "field": "month", "message": f"month {month} is before 2000"}
    ]
    assert KpiSnapshot.objects.count() == 0


@pytest.mark.parametrize(
    "value",
    ["5_0", "٥٠", "５０", "1e2", "0x32", "50%", "Infinity", "1,5", " ", "++5", "²"],
)
def test_a_kpi_value_is_read_only_as_a_spreadsheet_writes_a_number(tmp_path, kpi_metrics, value):
    # Decimal() read "5_0" as 50 and Arabic-Indic or full-width digits as numbers.
    stderr, _refusal = import_kpis(
        tmp_path, f'{KPI_HEADER}\noperator,Quality score,{LAST_MONTH},"{value}"\n'
    )
    assert "line 2: value" in stderr
    assert KpiSnapshot.objects.count() == 0


@pytest.mark.parametrize(
    "month", ["٢٠٢٥-٠١", "２０２５-０１", "2025-1", "2025-01-01", "²０２５-01"]
)
def test_a_kpi_month_is_read_only_as_ascii_year_and_month(tmp_path, kpi_metrics, month):
    stderr, _refusal = import_kpis(tmp_path, f"{KPI_HEADER}\noperator,Quality score,{month},50\n")
    assert "is not in the form YYYY-MM" in stderr
    assert KpiSnapshot.objects.count() == 0


def test_spreadsheet_numbers_still_import(tmp_path, kpi_metrics):
    path = tmp_path / "kpis.csv"
    path.write_text(
        f"{KPI_HEADER}\noperator,Quality score,{LAST_MONTH},+87.5\n"
        f"operator,Conversion rate,{LAST_MONTH},.5\nmbell,Quality score,{LAST_MONTH}, 91. \n",
        encoding="utf-8",
    )
    call_command("import_kpis", str(path), stdout=io.StringIO())
    values = KpiSnapshot.objects.order_by("operator__username", "metric__name")
    assert [str(snapshot.value) for snapshot in values] == ["91.00", "0.50", "87.50"]


def test_a_huge_json_number_is_refused_with_a_short_message(client, api_token):
    body = (
        '[{"username": "operator", "metric": "Quality score", '
        f'"month": "{LAST_MONTH}", "value": 1e99999999}}]'
    )
    started = time.monotonic()
    response = push_kpis(client, api_token, body)
    assert time.monotonic() - started < 5  # not a hundred-million-digit message
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "value"
    assert error["message"] == (
        "value 1E+99999999 is out of range: Quality score (%) runs from 0 to 100"
    )
    assert KpiSnapshot.objects.count() == 0


def test_json_nested_thousands_deep_is_a_400(client, api_token):
    response = push_kpis(client, api_token, "[" * 5000 + "]" * 5000)
    assert response.status_code == 400
    assert response.json() == {"detail": "The body is nested too deeply: send a list of rows."}


def test_an_api_row_with_nested_values_gets_an_error_per_field(client, api_token):
    nested = [[[[["deep"]]]]]
    row = {"username": nested, "metric": {"a": nested}, "month": nested, "value": nested}
    response = push_kpis(client, api_token, json.dumps([row]))
    assert response.status_code == 422
    assert [error["message"] for error in response.json()["errors"]] == [
        "username must be text",
        "metric must be text",
        "month must be text in the form YYYY-MM",
        "value must be a number",
    ]


@pytest.mark.parametrize("username", ["a\x00b", "x" * 151])
def test_a_username_no_account_can_have_is_unknown(client, api_token, username):
    # PostgreSQL refuses a NUL character in a query: the lookup must not be made at all.
    row = {"username": username, "metric": "Quality score", "month": LAST_MONTH, "value": 50}
    response = push_kpis(client, api_token, json.dumps([row]))
    assert response.status_code == 422
    assert response.json()["errors"][0]["message"].startswith("unknown user '")
    readiness = client.get(
        f"/api/v1/operators/{quote(username)}/readiness",
        headers={"Authorization": f"Bearer {api_token}"},
    )
    assert readiness.status_code in (400, 404)  # 400: a NUL in the address
    assert readiness.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "/guides/?topic=%00",
        "/admin/personal-data/?q=a%00b",
        "/search/?q=refund%00",
        "/news/?category=x&%00=1",
        "/progress/a%00b/",
        "/api/v1/operators/a%00b/readiness",
    ],
)
def test_a_nul_character_in_the_address_is_a_400(login, url):
    # PostgreSQL refuses a NUL in any query: views that filter by request text answered 500.
    response = login("admin").get(url)
    assert response.status_code == 400
    assert "NUL character" in response.json()["detail"]


@pytest.mark.parametrize("page", ["²", "١", str(10**23), "0", "-1", "1001", "1.5", "9" * 5000])
def test_a_search_page_that_is_not_a_page_number_is_a_400_with_a_message(login, page):
    client = login("operator")
    response = client.get("/search/", {"q": "refund", "page": page})
    assert response.status_code == 400
    assert "page must be a whole number from 1 to 1000." in response.content.decode()
    response = client.get("/search/api/", {"q": "refund", "page": page})
    assert response.status_code == 400
    assert response.json() == {"error": "page must be a whole number from 1 to 1000."}


def test_the_last_search_page_is_served(login):
    response = login("operator").get("/search/api/", {"q": "refund", "page": "1000"})
    assert response.status_code == 200
    assert response.json()["results"] == []


@pytest.mark.parametrize("level", ["²", str(10**20), "-3", "x"])
def test_a_guide_level_filter_that_is_no_level_id_is_ignored(login, make_guide, level):
    make_guide("Refund script")
    response = login("operator").get("/guides/", {"level": level})
    assert response.status_code == 200
    assert "Refund script" in response.content.decode()


@pytest.mark.parametrize("item", ["²", "١", str(10**20), "x"])
def test_a_receipts_item_that_is_no_listed_item_is_ignored(login, make_news, item):
    make_news("Fire drill on Friday", must_read=True)
    response = login("lead").get("/admin/reports/kb/receipts/", {"item": item})
    assert response.status_code == 200
    assert "Fire drill on Friday" in response.content.decode()


@pytest.mark.parametrize("answer", ["²", "١", str(10**20), "0", "4", "-1", ""])
def test_a_quiz_answer_that_is_no_option_is_refused_and_not_scored(login, make_guide, answer):
    guide = make_guide("Identity checks", body=[QUIZ])
    client = login("operator")
    response = client.post(f"/kb/guides/{guide.pk}/quiz/", {"q0": answer, "q1": "2"})
    assert response.status_code == 302
    assert QuizAttempt.objects.count() == 0
    page = client.get(response["Location"]).content.decode()
    assert "Please answer every question before submitting." in page
    client.post(f"/kb/guides/{guide.pk}/quiz/", {"q0": "2", "q1": "2"})
    assert QuizAttempt.objects.get().passed


@pytest.mark.parametrize("link_id", ["²", "12345678901234567890", "٣", "0", "-4"])
def test_a_link_id_that_is_no_page_id_never_reaches_the_page(login, demo_people, link_id):
    # Through the editor: "²" passed str.isdigit() and was stored; a 20-digit id overflowed
    # the database's integer. Every reader of the page got a server error.
    text = contentstate("Read the refund policy.", [(9, 6, {"id": link_id})])
    client = login("lead")
    news = publish_refund_policy_news(client, text)
    assert link_id not in stored_rich_text(news)
    assert client.get(news.url).status_code == 200
    assert client.get(f"/admin/pages/{news.pk}/edit/").status_code == 200


@pytest.mark.parametrize("link_id", ["²", "12345678901234567890", "٣"])
def test_stored_rich_text_with_a_bad_id_still_renders(login, make_guide, link_id):
    # Content stored before the editor checked ids, or written by other means.
    paragraph = (
        f'<p>See <a linktype="page" id="{link_id}">the policy</a>, '
        f'<a linktype="document" id="{link_id}">the form</a>.</p>'
    )
    guide = make_guide("Refund policy", body=[{"type": "paragraph", "value": paragraph}])
    index = GuideIndexPage.objects.get()
    index.intro = f'<p><embed embedtype="image" id="{link_id}" format="left" alt="x"/>Hi</p>'
    index.save_revision().publish()
    client = login("operator")
    response = client.get(guide.url)
    assert response.status_code == 200
    assert "See <a>the policy</a>, <a>the form</a>." in response.content.decode()
    assert client.get(index.url).status_code == 200


def test_a_search_with_control_characters_keeps_the_query_export_working(login, demo_people):
    client = login("operator")
    for query in ["refund\x01policy", "\x1b[31mred", "tab\there", "\x7f"]:
        assert client.get("/search/", {"q": query}).status_code == 200
    assert sorted(QueryLog.objects.values_list("query", flat=True)) == [
        "[31mred",
        "refund policy",
        "tab here",
    ]
    # A control character logged before the log was cleaned cannot break the export either.
    QueryLog.objects.create(query="old\x01entry", results=0, role="operator")
    response = login("mentor").get("/admin/reports/search/queries/", {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    queries = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert queries == ["[31mred", "oldentry", "refund policy", "tab here"]


@pytest.mark.parametrize("number", ["²", "1" * 20, "9" * 5000])
@pytest.mark.parametrize("field", ["team", "level", "target"])
def test_a_board_filter_id_that_is_no_id_is_refused_as_a_choice(login, demo_people, field, number):
    # A 20-digit id overflowed SQLite's integer; int() refuses 5,000 digits outright (found
    # by the property-based tests). Both answered 500.
    response = login("lead").get("/team/", {field: number})
    assert response.status_code == 200
