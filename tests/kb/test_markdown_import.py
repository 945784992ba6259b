"""Markdown import of guides: the converter on its own, then `manage.py import_guides`."""

import inspect
import json
import re
import sys
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from careers.demo import load_ladder
from kb.markdown_import import (
    KINDS,
    check_front_matter,
    load_front_matter,
    markdown_to_blocks,
    parse_guide_file,
    safe_href,
    split_front_matter,
    summary_from,
)
from kb.models import GuideKind, GuidePage, Topic

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples" / "guides"
TOPICS = [
    ("Inbound support", "inbound-support"),
    ("Outbound sales", "outbound-sales"),
    ("Surveys", "surveys"),
    ("Voice & wellbeing", "voice-wellbeing"),
    ("Tools & CRM", "tools-crm"),
    ("Team & shifts", "team-shifts"),
]
FRONT_MATTER = """---
title: Warm transfers to billing
slug: warm-transfers-to-billing
---
"""
BODY = "Introduce the customer to the billing agent before you drop off the call.\n"
# Any script tag except the site's own static scripts, which every page loads.
SCRIPT_TAG = re.compile(r"<script(?![^>]*\bsrc=\"/static/js/)", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
SCRIPT_HREF = re.compile(r"href\s*=\s*[\"']?\s*(javascript|data|vbscript):", re.IGNORECASE)


def blocks_of(markdown, **options):
    conversion = markdown_to_blocks(markdown, **options)
    assert conversion.errors == []
    return conversion.blocks


def guide_text(front_matter=FRONT_MATTER, body=BODY):
    return front_matter + "\n" + body


def write_guide(folder, name, front_matter=FRONT_MATTER, body=BODY):
    path = folder / name
    path.write_text(guide_text(front_matter, body), encoding="utf-8")
    return path


def front_matter(**keys):
    """Front matter text with the default title and slug, overridden or extended by keys."""
    values = {"title": "Warm transfers to billing", "slug": "warm-transfers-to-billing", **keys}
    lines = [f"{key}: {value}" for key, value in values.items() if value is not None]
    return "---\n" + "\n".join(lines) + "\n---\n"


def run_import(*paths, **options):
    stdout, stderr = StringIO(), StringIO()
    call_command("import_guides", *map(str, paths), stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue(), stderr.getvalue()


def failed_import(*paths, **options):
    """Run an import that must fail; return (CommandError message, stderr)."""
    stderr = StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_guides", *map(str, paths), stdout=StringIO(), stderr=stderr, **options)
    return str(failure.value), stderr.getvalue()


@pytest.fixture
def topics(db):
    return [Topic.objects.create(name=name, slug=slug) for name, slug in TOPICS]


@pytest.fixture
def ladder(db):
    load_ladder()


# ---------------------------------------------------------------------------------------
# Converter: headings, paragraphs, lists


def test_headings_map_to_two_levels():
    blocks = blocks_of("# Top\n\n## Section\n\n### Sub\n\n#### Deeper\n")
    assert blocks == [
        {"type": "heading", "value": {"text": "Top", "level": "h2"}},
        {"type": "heading", "value": {"text": "Section", "level": "h2"}},
        {"type": "heading", "value": {"text": "Sub", "level": "h3"}},
        {"type": "heading", "value": {"text": "Deeper", "level": "h3"}},
    ]


def test_leading_heading_repeating_the_title_is_dropped():
    blocks = blocks_of("# Warm transfers\n\nText.\n", title="Warm Transfers")
    assert [block["type"] for block in blocks] == ["paragraph"]
    kept = blocks_of("# Before you transfer\n\nText.\n", title="Warm transfers")
    assert kept[0] == {"type": "heading", "value": {"text": "Before you transfer", "level": "h2"}}


def test_heading_text_is_plain():
    blocks = blocks_of("## Ask *before* you **transfer** `now`\n")
    assert blocks[0]["value"]["text"] == "Ask before you transfer now"


def test_paragraph_keeps_emphasis_links_and_breaks():
    blocks = blocks_of(
        "Say **who** you are and *why*,  \nthen read the [policy](https://intranet.example/p).\n"
    )
    assert blocks == [
        {
            "type": "paragraph",
            "value": "<p>Say <b>who</b> you are and <i>why</i>,<br/>then read the "
            '<a href="https://intranet.example/p">policy</a>.</p>',
        }
    ]


def test_inline_code_and_special_characters_are_escaped_text():
    blocks = blocks_of("Type `<Ctrl> & F5` to refresh & retry.\n")
    assert blocks[0]["value"] == "<p>Type &lt;Ctrl&gt; &amp; F5 to refresh &amp; retry.</p>"


def test_consecutive_paragraphs_and_bullet_lists_share_one_paragraph_block():
    blocks = blocks_of("First.\n\nSecond.\n\n- one\n- two\n  - nested\n\nThird.\n\n## Next\n")
    assert blocks[0] == {
        "type": "paragraph",
        "value": "<p>First.</p><p>Second.</p>"
        "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><p>Third.</p>",
    }
    assert blocks[1]["type"] == "heading"


def test_site_relative_and_mailto_links_are_kept():
    blocks = blocks_of("[Rota](/news/rota/) or [email](mailto:rota@callpath.example)\n")
    assert blocks[0]["value"] == (
        '<p><a href="/news/rota/">Rota</a> or <a href="mailto:rota@callpath.example">email</a></p>'
    )


def test_links_with_other_schemes_keep_only_their_text():
    blocks = blocks_of("[pic](data:image/png;base64,AAAA) and [files](ftp://files.example/a)\n")
    assert blocks[0]["value"] == "<p>pic and files</p>"


@pytest.mark.parametrize(
    "href,expected",
    [
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("HTTP://example.com", "HTTP://example.com"),
        ("mailto:team@example.com", "mailto:team@example.com"),
        ("/guides/refunds/", "/guides/refunds/"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("\x01javascript:alert(1)", None),
        ("data:text/html;base64,PHNjcmlwdD4=", None),
        ("VBScript:msgbox(1)", None),
        ("//evil.example/", None),
        ("/\\evil.example/", None),
        ("ftp://files.example/", None),
        ("relative/page", None),
        ("", None),
    ],
)
def test_safe_href(href, expected):
    assert safe_href(href) == expected


def test_task_list_becomes_a_checklist():
    blocks = blocks_of("- [ ] Open the CRM\n- [x] Check the queue\n- [X] Headset on\n")
    assert blocks == [
        {
            "type": "checklist",
            "value": {"title": "", "items": ["Open the CRM", "Check the queue", "Headset on"]},
        }
    ]


def test_mixed_list_splits_into_rich_text_and_checklist():
    blocks = blocks_of("- Before the shift:\n- [ ] Log in\n- [ ] Test the headset\n")
    assert blocks == [
        {"type": "paragraph", "value": "<ul><li>Before the shift:</li></ul>"},
        {"type": "checklist", "value": {"title": "", "items": ["Log in", "Test the headset"]}},
    ]


def test_ordered_list_becomes_steps():
    blocks = blocks_of("1. Greet the *customer*\n2. Verify identity\n\n   Postcode and card.\n")
    assert blocks == [
        {
            "type": "steps",
            "value": {
                "title": "",
                "steps": [
                    {"title": "Greet the customer", "detail": ""},
                    {"title": "Verify identity", "detail": "Postcode and card."},
                ],
            },
        }
    ]


def test_ordered_list_inside_a_bullet_list_stays_rich_text():
    blocks = blocks_of("- Escalate:\n  1. Team lead\n  2. Duty manager\n")
    assert blocks[0]["value"] == (
        "<ul><li>Escalate:<ol><li>Team lead</li><li>Duty manager</li></ol></li></ul>"
    )


def test_table_becomes_a_list_of_rows():
    blocks = blocks_of("| Code | Use |\n| --- | --- |\n| RFD | Refund *done* |\n")
    assert (
        blocks[0]["value"] == "<ul><li><b>Code</b>: RFD; <b>Use</b>: Refund <i>done</i></li></ul>"
    )


def test_first_paragraph_is_reported_for_the_summary():
    conversion = markdown_to_blocks("## Why\n\nCalm *callers* buy.\n\nMore.\n")
    assert conversion.first_paragraph == "Calm callers buy."


# ---------------------------------------------------------------------------------------
# Converter: fenced blocks


def test_script_fence_becomes_a_call_script_with_branches():
    blocks = blocks_of(
        "```script Opening the call\n"
        "Operator: Good morning, you're through to Callpath.\n"
        "customer: I want to cancel.\n"
        "\n"
        "[If the customer objects on price]\n"
        "Operator: I can look at a cheaper plan for you.\n"
        "Customer: Go on then.\n"
        "```\n"
    )
    assert blocks == [
        {
            "type": "call_script",
            "value": {
                "title": "Opening the call",
                "situation": "",
                "lines": [
                    {
                        "branch": "",
                        "speaker": "operator",
                        "text": "Good morning, you're through to Callpath.",
                    },
                    {"branch": "", "speaker": "customer", "text": "I want to cancel."},
                    {
                        "branch": "If the customer objects on price",
                        "speaker": "operator",
                        "text": "I can look at a cheaper plan for you.",
                    },
                    {"branch": "", "speaker": "customer", "text": "Go on then."},
                ],
            },
        }
    ]


def test_untitled_script_takes_the_heading_above_it():
    blocks = blocks_of("## Closing the call\n\n```script\nOperator: Anything else today?\n```\n")
    assert blocks[1]["value"]["title"] == "Closing the call"


def test_bad_script_lines_are_errors_with_their_file_line():
    conversion = markdown_to_blocks(
        "Intro.\n\n```script\nOperator: Hello.\nHello there\nAgent: Hi\n[If they hang up]\n```\n",
        first_line=5,
    )
    assert conversion.errors == [
        "line 9: script lines must read 'Operator: ...', 'Customer: ...' or '[If ...]', "
        "not 'Hello there'",
        "line 10: script lines must read 'Operator: ...', 'Customer: ...' or '[If ...]', "
        "not 'Agent: Hi'",
        "line 11: branch [If they hang up] has no dialogue line",
    ]


def test_empty_script_is_an_error():
    conversion = markdown_to_blocks("```script Greeting\n\n```\n", first_line=3)
    assert conversion.errors == ["line 3: the script block has no dialogue lines"]


@pytest.mark.parametrize("kind", ["tip", "rule", "warning"])
def test_callout_fences(kind):
    blocks = blocks_of(f"```{kind}\nKeep notes <short> & factual.\n```\n")
    assert blocks == [
        {
            "type": "callout",
            "value": {
                "kind": kind,
                "title": "",
                "text": "<p>Keep notes &lt;short&gt; &amp; factual.</p>",
            },
        }
    ]


def test_callout_keeps_title_and_paragraphs():
    blocks = blocks_of(
        "```warning Data protection\n"
        "Never read out a **full** card number.\n\nNot even the last 8.\n```\n"
    )
    assert blocks[0]["value"] == {
        "kind": "warning",
        "title": "Data protection",
        "text": "<p>Never read out a <b>full</b> card number.</p><p>Not even the last 8.</p>",
    }


def test_checklist_fence():
    blocks = blocks_of(
        "```checklist\n- Notes saved\n\nWrap-up code set\n- [ ] Callback booked\n```\n"
    )
    assert blocks == [
        {
            "type": "checklist",
            "value": {"title": "", "items": ["Notes saved", "Wrap-up code set", "Callback booked"]},
        }
    ]


def test_other_fences_become_escaped_paragraphs_with_line_breaks():
    blocks = blocks_of("Before.\n\n```text\nWrap-up code: <RFD>\nNext: callback\n```\n")
    assert blocks == [
        {
            "type": "paragraph",
            "value": "<p>Before.</p><p>Wrap-up code: &lt;RFD&gt;<br/>Next: callback</p>",
        }
    ]


# ---------------------------------------------------------------------------------------
# Front matter and files


def test_summary_is_cut_at_a_word_boundary():
    text = "Listen first. " * 40
    summary = summary_from(text)
    assert len(summary) <= 300
    assert summary.endswith("first…")
    assert summary_from("Short enough.") == "Short enough."


def test_no_front_matter_is_reported():
    assert split_front_matter("# Title\n\nBody\n") is None
    assert split_front_matter("---\ntitle: x\n\nno closing line\n") is None


def test_front_matter_split_knows_where_the_body_starts():
    split = split_front_matter("---\ntitle: A\nslug: a\n---\nBody\n")
    assert split.meta_text == "title: A\nslug: a\n"
    assert split.body == "Body\n"
    assert split.body_first_line == 5


@pytest.mark.parametrize(
    "meta_text,message",
    [
        ("title: [unclosed\n", "front matter is not valid YAML"),
        ("- just\n- a list\n", "front matter must be a mapping"),
        ("", "front matter must be a mapping"),
    ],
)
def test_unreadable_front_matter(meta_text, message):
    with pytest.raises(ValueError, match=message):
        load_front_matter(meta_text)


def test_kinds_match_the_guide_model():
    assert list(KINDS) == GuideKind.values


def test_front_matter_defaults_and_dates():
    meta = load_front_matter("title: Shift swaps\nslug: shift-swaps\nreview_by: 2027-01-31\n")
    checked, problems = check_front_matter(meta)
    assert problems == []
    assert checked.kind == "guide"
    assert checked.review_by == date(2027, 1, 31)
    assert checked.topics == [] and checked.owner == ""


@pytest.mark.parametrize(
    "meta_text,problem",
    [
        ("slug: a\n", "front matter is missing the required key 'title'"),
        ("title: A\n", "front matter is missing the required key 'slug'"),
        ("title: A\nslug: Not A Slug!\n", "slug 'Not A Slug!' is not a valid slug"),
        ("title: A\nslug: a\nkind: memo\n", "kind 'memo' is not one of: guide, lesson, script"),
        (
            "title: A\nslug: a\nreview_by: 2027-02-30\n",
            "review_by '2027-02-30' is not a valid date",
        ),
        (
            "title: A\nslug: a\nlast_reviewed: last week\n",
            "last_reviewed 'last week' is not a valid",
        ),
        ("title: A\nslug: a\ntopics: {a: 1}\n", "topics must be a list of names"),
        ("title: A\nslug: a\nreview-by: 2027-01-01\n", "unknown front-matter key(s): review-by"),
        ("title: [A]\nslug: a\n", "title must be text"),
    ],
)
def test_front_matter_problems(meta_text, problem):
    checked, problems = check_front_matter(load_front_matter(meta_text))
    assert checked is None
    assert any(problem in reported for reported in problems), problems


def test_parse_reports_every_problem_of_a_file():
    text = "---\nslug: a\nkind: memo\n---\n\n```script\nHello\n```\n"
    guide = parse_guide_file("broken.md", text)
    assert guide.front_matter is None
    assert guide.problems == [
        "front matter is missing the required key 'title'",
        "kind 'memo' is not one of: guide, lesson, script, policy",
        "line 7: script lines must read 'Operator: ...', 'Customer: ...' or '[If ...]', "
        "not 'Hello'",
    ]


def test_summary_defaults_to_the_first_paragraph():
    guide = parse_guide_file("a.md", guide_text(body="## Why\n\n" + "Be kind. " * 60 + "\n"))
    assert guide.problems == []
    assert guide.summary.startswith("Be kind. Be kind.")
    assert len(guide.summary) <= 300


# ---------------------------------------------------------------------------------------
# The command: importing


def page_count():
    return GuidePage.objects.count()


@pytest.mark.django_db
def test_import_creates_a_published_page(tmp_path, topics, ladder, demo_people):
    body = (
        "# Warm transfers to billing\n\n"
        "Introduce the customer to the billing agent before you drop off.\n\n"
        "## Steps\n\n1. Put the customer on hold\n2. Brief the billing agent\n\n"
        # Five paragraphs of 96 words.
        + "\n\n".join(["Tell the agent the account number and the problem in one go. " * 8] * 5)
    )
    path = write_guide(
        tmp_path,
        "warm.md",
        front_matter(
            kind="lesson",
            topics="[Inbound support, tools-crm]",
            levels="[trainee, Operator]",
            owner="mentor",
            review_by="2027-05-01",
            last_reviewed="2026-11-01",
        ),
        body,
    )

    stdout, stderr = run_import(path)

    assert stdout.strip() == "Imported 1 files: 1 created, 0 updated, 0 skipped (invalid)."
    assert stderr == ""
    page = GuidePage.objects.get(slug="warm-transfers-to-billing")
    assert page.live and not page.has_unpublished_changes
    assert page.get_parent().slug == "guides"
    assert page.title == "Warm transfers to billing"
    assert page.kind == "lesson"
    assert page.summary == "Introduce the customer to the billing agent before you drop off."
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "heading",
        "steps",
        "paragraph",
    ]
    assert [step["title"] for step in page.body[2].value["steps"]] == [
        "Put the customer on hold",
        "Brief the billing agent",
    ]
    assert sorted(topic.slug for topic in page.topics.all()) == ["inbound-support", "tools-crm"]
    assert sorted(level.slug for level in page.levels.all()) == ["operator", "trainee"]
    assert page.owner == demo_people["mentor"]
    assert page.review_by == date(2027, 5, 1)
    assert page.last_reviewed == date(2026, 11, 1)
    assert page.reading_minutes == 3  # about 500 words at 200 a minute
    assert page.revisions.count() == 1
    assert page.revisions.get().user == demo_people["mentor"]


@pytest.mark.django_db
def test_import_of_a_folder_takes_its_markdown_files_in_order(tmp_path):
    write_guide(tmp_path, "b.md", front_matter(title="Second", slug="second"))
    write_guide(tmp_path, "a.md", front_matter(title="First", slug="first"))
    (tmp_path / "notes.txt").write_text("not a guide")

    stdout, _ = run_import(tmp_path)

    assert "Imported 2 files: 2 created" in stdout
    imported = GuidePage.objects.filter(slug__in=["first", "second"]).order_by("pk")
    assert [page.slug for page in imported] == ["first", "second"]


@pytest.mark.django_db
def test_draft_import_saves_without_publishing(tmp_path):
    run_import(write_guide(tmp_path, "warm.md"), draft=True)

    page = GuidePage.objects.get(slug="warm-transfers-to-billing")
    assert not page.live
    assert page.has_unpublished_changes
    assert page.revisions.count() == 1


@pytest.mark.django_db
def test_reimport_updates_the_page_as_a_new_revision(tmp_path, login):
    path = write_guide(tmp_path, "warm.md")
    run_import(path)
    page = GuidePage.objects.get(slug="warm-transfers-to-billing")
    revisions = page.revisions.count()

    write_guide(
        tmp_path,
        "warm.md",
        front_matter(title="Warm transfers, revised"),
        "Stay on the line until billing has the account open.\n",
    )
    stdout, _ = run_import(path)

    assert stdout.strip() == "Imported 1 files: 0 created, 1 updated, 0 skipped (invalid)."
    updated = GuidePage.objects.get(slug="warm-transfers-to-billing")
    assert updated.pk == page.pk
    assert GuidePage.objects.filter(slug="warm-transfers-to-billing").count() == 1
    assert updated.revisions.count() == revisions + 1
    assert updated.title == "Warm transfers, revised"
    html = login("operator").get(updated.url).content.decode()
    assert "Warm transfers, revised" in html
    assert "Stay on the line until billing has the account open." in html


@pytest.mark.django_db
def test_draft_reimport_leaves_the_live_page_alone(tmp_path):
    path = write_guide(tmp_path, "warm.md")
    run_import(path)
    write_guide(tmp_path, "warm.md", front_matter(title="Warm transfers, draft"))

    run_import(path, draft=True)

    page = GuidePage.objects.get(slug="warm-transfers-to-billing")
    assert page.title == "Warm transfers to billing"
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Warm transfers, draft"


@pytest.mark.django_db
def test_reimport_without_owner_keeps_the_pages_owner(tmp_path, demo_people):
    path = write_guide(tmp_path, "warm.md", front_matter(owner="mentor"))
    run_import(path)
    write_guide(tmp_path, "warm.md", front_matter())

    run_import(path)

    assert GuidePage.objects.get(slug="warm-transfers-to-billing").owner == demo_people["mentor"]


# ---------------------------------------------------------------------------------------
# The command: invalid files write nothing


INVALID_FILES = {
    "missing title": (
        "---\nslug: no-title\n---\n\nBody.\n",
        "front matter is missing the required key 'title'",
    ),
    "bad kind": (front_matter(kind="memo") + "\nBody.\n", "kind 'memo' is not one of"),
    "bad date": (
        front_matter(review_by="2027-13-01") + "\nBody.\n",
        "review_by '2027-13-01' is not a valid date (use YYYY-MM-DD)",
    ),
    "unknown owner": (
        front_matter(owner="nobody") + "\nBody.\n",
        "unknown owner 'nobody': no user has that username",
    ),
    "unknown topic": (
        front_matter(topics="[Complaints]") + "\nBody.\n",
        "unknown topic(s): Complaints (known: Inbound support, Outbound sales, Surveys, "
        "Team & shifts, Tools & CRM, Voice & wellbeing)",
    ),
    "unknown level": (
        front_matter(levels="[supervisor]") + "\nBody.\n",
        "unknown level(s): supervisor (known: trainee, operator, senior-operator, team-lead, "
        "trainer)",
    ),
    "bad script line": (
        front_matter() + "\n```script\nOperator: Hello.\nHang on a sec\n```\n",
        "line 8: script lines must read 'Operator: ...', 'Customer: ...' or '[If ...]', "
        "not 'Hang on a sec'",
    ),
    "no front matter": (
        "# Warm transfers\n\nBody.\n",
        "no front matter: the file must start with a '---' line",
    ),
    "empty body": (front_matter() + "\n\n", "the body is empty"),
    "invalid block": (
        front_matter() + "\n1. " + "Tell them everything " * 12 + "\n",
        "block 1 (steps), steps, item 1, title: Ensure this value has at most 200 characters",
    ),
    "500 nested emphasis marks": (
        front_matter() + "\n" + "*" * 500 + "Urgent" + "*" * 500 + "\n",
        "line 6: emphasis, links or lists are nested more than 32 deep; write it with less nesting",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", INVALID_FILES)
def test_invalid_file_is_reported_and_nothing_is_written(
    tmp_path, topics, ladder, demo_people, case
):
    text, reason = INVALID_FILES[case]
    good = write_guide(tmp_path, "a-good.md", front_matter(title="Good", slug="good"))
    bad = tmp_path / "b-bad.md"
    bad.write_text(text, encoding="utf-8")
    before = page_count()

    message, stderr = failed_import(good, bad)

    assert f"{bad}: {reason}" in stderr
    assert "a-good.md" not in stderr
    assert "1 of 2 files are invalid; nothing was imported" in message
    assert page_count() == before


@pytest.mark.django_db
def test_every_reason_of_every_bad_file_is_reported(tmp_path):
    first = write_guide(tmp_path, "first.md", "---\nslug: x\nkind: memo\n---\n")
    second = write_guide(tmp_path, "second.md", front_matter(review_by="soon"))

    message, stderr = failed_import(tmp_path)

    assert stderr.splitlines() == [
        f"{first}: front matter is missing the required key 'title'",
        f"{first}: kind 'memo' is not one of: guide, lesson, script, policy",
        f"{second}: review_by 'soon' is not a valid date (use YYYY-MM-DD)",
    ]
    assert "2 of 2 files are invalid" in message


@pytest.mark.django_db
def test_two_files_with_one_slug_are_refused(tmp_path):
    write_guide(tmp_path, "a.md")
    second = write_guide(tmp_path, "b.md")
    before = page_count()

    _, stderr = failed_import(tmp_path)

    assert (
        f"{second}: slug 'warm-transfers-to-billing' is also used by {tmp_path / 'a.md'}" in stderr
    )
    assert page_count() == before


@pytest.mark.django_db
def test_skip_invalid_imports_the_good_files(tmp_path):
    write_guide(tmp_path, "a-good.md")
    bad = write_guide(tmp_path, "b-bad.md", front_matter(title="Bad", slug="bad", kind="memo"))

    stdout, stderr = run_import(tmp_path, skip_invalid=True)

    assert stdout.strip() == "Imported 1 files: 1 created, 0 updated, 1 skipped (invalid)."
    assert f"{bad}: kind 'memo' is not one of" in stderr
    assert GuidePage.objects.filter(slug="warm-transfers-to-billing").exists()
    assert not GuidePage.objects.filter(slug="bad").exists()


@pytest.mark.django_db
def test_skip_invalid_skips_a_file_nested_too_deep(tmp_path):
    write_guide(tmp_path, "a-good.md")
    deep = write_guide(
        tmp_path, "b-deep.md", front_matter(title="Deep", slug="deep"), "*" * 500 + "x" + "*" * 500
    )

    stdout, stderr = run_import(tmp_path, skip_invalid=True)

    assert stdout.strip() == "Imported 1 files: 1 created, 0 updated, 1 skipped (invalid)."
    assert stderr.splitlines() == [
        f"{deep}: line 6: emphasis, links or lists are nested more than 32 deep; "
        "write it with less nesting"
    ]
    assert not GuidePage.objects.filter(slug="deep").exists()


def test_a_file_that_breaks_the_converter_is_one_invalid_file():
    """Whatever fails while converting one file (here the stack runs out at 30 levels, as it
    could deep in a caller) is reported as that file's problem, not raised."""
    text = front_matter() + "\n" + "*" * 60 + "x" + "*" * 60 + "\n"
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 40)
    try:
        guide = parse_guide_file("deep.md", text)
    finally:
        sys.setrecursionlimit(limit)
    assert len(guide.problems) == 1
    assert guide.problems[0].startswith(
        "the body could not be converted: RecursionError: maximum recursion depth exceeded"
    )


@pytest.mark.django_db
def test_skip_invalid_with_no_valid_file_fails(tmp_path):
    write_guide(tmp_path, "bad.md", front_matter(kind="memo"))

    message, _ = failed_import(tmp_path, skip_invalid=True)

    assert "None of the files is valid" in message


@pytest.mark.django_db
def test_missing_path_and_empty_folder_are_errors(tmp_path):
    assert "does not exist" in failed_import(tmp_path / "nope.md")[0]
    assert "No Markdown (*.md) files found" in failed_import(tmp_path)[0]


# ---------------------------------------------------------------------------------------
# Hostile input


HOSTILE_BODY = """## Before the call

Raw HTML: <script>alert("body")</script> and <img src=x onerror=alert(1)>
and <a href="#" onclick="steal()">click</a>.

[plain](javascript:alert(1)) [mixed](JaVaScRiPt:alert(2)) [spaced](<java script:alert(3)>)
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <javascript:alert(4)>

<script>
alert("block")
</script>

- <b onmouseover=alert(5)>hover</b>

```tip
<script>alert("tip")</script> [x](javascript:alert(6))
```

```html
<svg onload=alert(7)>
```
"""


def assert_harmless(markup):
    assert not SCRIPT_TAG.search(markup)
    assert not EVENT_HANDLER.search(markup)
    assert not SCRIPT_HREF.search(markup)


def test_hostile_markdown_converts_to_escaped_rich_text():
    conversion = markdown_to_blocks(HOSTILE_BODY)
    assert conversion.errors == []
    assert [block["type"] for block in conversion.blocks] == [
        "heading",
        "paragraph",
        "callout",
        "paragraph",
    ]
    for block in conversion.blocks:
        assert_harmless(json.dumps(block["value"]))
    paragraph = conversion.blocks[1]["value"]
    assert '&lt;script&gt;alert("body")&lt;/script&gt;' in paragraph
    assert "&lt;img src=x onerror=alert(1)&gt;" in paragraph
    assert "<a " not in paragraph  # none of the hostile links survived as links


@pytest.mark.parametrize(
    "markdown,problem",
    [
        ("## <script>alert(1)</script>\n", "line 1: the heading contains '<script'"),
        ("Intro.\n\n1. <img src=x onerror=alert(1)>\n", "line 3: the steps contains '<img'"),
        ("- [ ] <b onclick=x()>Log in</b>\n", "line 1: the checklist contains '<b'"),
        ("```checklist\n<svg onload=alert(1)>\n```\n", "line 1: the checklist contains '<svg'"),
        (
            "```script\nOperator: <script>alert(1)</script>\n```\n",
            "line 1: the call script contains '<script'",
        ),
        ("```tip <i onmouseover=x()>\nSmile.\n```\n", "line 1: the callout contains '<i'"),
    ],
)
def test_markup_in_plain_text_parts_is_refused(markdown, problem):
    errors = markdown_to_blocks(markdown).errors
    assert len(errors) == 1
    assert errors[0].startswith(problem)


@pytest.mark.django_db
def test_hostile_guide_is_stored_and_rendered_harmless(tmp_path, login):
    path = write_guide(
        tmp_path,
        "hostile.md",
        front_matter(title='"<script>alert(0)</script>"', summary='"<img src=x onerror=alert(1)>"'),
        HOSTILE_BODY,
    )

    run_import(path)

    page = GuidePage.objects.get(slug="warm-transfers-to-billing")
    stored = GuidePage.objects.filter(pk=page.pk).values_list("body", flat=True).get()
    assert_harmless(json.dumps(stored.get_prep_value()))
    response = login("operator").get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_harmless(html)
    assert '&lt;script&gt;alert("body")&lt;/script&gt;' in html  # shown as text, never run


@pytest.mark.django_db
def test_markup_in_a_call_script_stops_the_import(tmp_path):
    bad = write_guide(
        tmp_path, "hostile.md", body="```script\nOperator: <img src=x onerror=alert(1)>\n```\n"
    )
    before = page_count()

    _, stderr = failed_import(bad)

    assert f"{bad}: line 6: the call script contains '<img'" in stderr
    assert page_count() == before


# ---------------------------------------------------------------------------------------
# The documented examples


@pytest.mark.django_db
def test_example_guides_import_cleanly(topics, ladder, demo_people, login):
    stdout, stderr = run_import(EXAMPLES)

    assert stderr == ""
    assert stdout.strip() == "Imported 2 files: 2 created, 0 updated, 0 skipped (invalid)."
    angry = GuidePage.objects.get(slug="handling-an-angry-caller")
    assert {block.block_type for block in angry.body} >= {
        "call_script",
        "checklist",
        "steps",
        "callout",
        "heading",
        "paragraph",
    }
    script = next(block.value for block in angry.body if block.block_type == "call_script")
    assert any(line["branch"] for line in script["lines"])
    refund = GuidePage.objects.get(slug="refund-request-script")
    assert refund.kind == "script"
    assert sorted(topic.slug for topic in refund.topics.all()) == ["inbound-support", "tools-crm"]
    assert login("operator").get(refund.url).status_code == 200


@pytest.mark.django_db
def test_imported_guides_are_searchable(tmp_path, login, django_capture_on_commit_callbacks):
    """The search index is written after the import's transaction commits: it must still
    have every imported page."""
    for name, title, slug in [
        ("a.md", "Callback slots", "callback-slots"),
        ("b.md", "Callback etiquette", "etiquette"),
    ]:
        body = "Ring the callback desk before you promise a callback slot.\n"
        write_guide(tmp_path, name, front_matter(title=title, slug=slug), body)

    with django_capture_on_commit_callbacks(execute=True):  # the import's commit
        run_import(tmp_path)

    results = login("operator").get("/search/api/", {"q": "callback"}).json()
    assert {"Callback slots", "Callback etiquette"} <= {hit["title"] for hit in results["results"]}
