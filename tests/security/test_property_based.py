"""Property-based tests: no input is a server error.

Hypothesis generates query strings for every URL of the access table (tests/test_url_access.py)
— the parameters each view reads, and a few it does not — filled with arbitrary text, odd
digits ("²", Arabic-Indic, full-width), control characters, huge and negative numbers. Each
URL is requested as a signed-in admin and a signed-in operator, and must never answer 5xx.

The KPI import's parsers get arbitrary CSV cells and arbitrary JSON: they return rows or
line-numbered errors, and never raise.

Each example runs in a transaction that is rolled back, on the demo the access table builds
once for the module. `max_examples` is kept small so the module runs in about a minute; run
it with CALLPATH_FUZZ_EXAMPLES=500 to search longer.
"""

import csv
import io
import json
import os
from datetime import date

import pytest
from django.db import transaction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from careers.kpi_import import (
    COLUMNS,
    InvalidPayload,
    ParsedRows,
    check_rows,
    import_rows,
    read_csv,
    rows_from_json,
)
from careers.models import KpiSource
from tests.test_url_access import ACCESS, demo  # noqa: F401  (`demo`: the module's fixture)

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("CALLPATH_FUZZ_EXAMPLES", "25"))
# Wagtail's own admin views: their parameters are Wagtail's, searched less deeply.
WAGTAIL_EXAMPLES = max(EXAMPLES // 3, 5)
ROLES = ["admin", "operator"]

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the checkout; a failure prints its example
    # The demo is module-scoped; each example rolls its own writes back.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# The query parameters each view reads (request.GET, its forms, Wagtail's listings); every
# URL also gets COMMON ones and arbitrary names.
COMMON = ["page", "p", "q", "export", "sort", "ordering", "id"]
PARAMETERS = {
    "search": ["q", "page", "type", "topic", "level", "category", "exact"],
    "search_api": ["q", "page", "type", "topic", "level", "category", "exact"],
    "search_suggest": ["q"],
    "wagtail_serve": ["page", "category", "kind", "topic", "level"],
    "team": ["team", "level", "target", "ready_now", "stalled", "sort", "dir", "export", "page"],
    "campaign_fit": ["task"],
    "review_list": ["page"],
    "review_choose_operator": ["operator"],
    "calibration_list": ["page"],
    "calibration_create": ["scorecard"],
    "kb_reports:receipts": ["item", "status", "export"],
    "kb_reports:receipts_results": ["item", "status", "export"],
    "kb_reports:freshness": ["export"],
    "kb_reports:freshness_results": ["export"],
    "careers_reports:promotions": ["export"],
    "careers_reports:promotions_results": ["export"],
    "search_reports:queries": ["show", "export"],
    "search_reports:queries_results": ["show", "export"],
    "personal_data:index": ["q", "p"],
    "admin/": ["q", "p", "ordering", "locale", "collection_id", "tag"],
}

# Values that broke views before: digits int() does not read, numbers no column holds,
# control characters PostgreSQL or a spreadsheet refuses.
NASTY = [
    "²",
    "١٢",
    "１２",
    "10^23",
    str(10**23),
    str(-(10**23)),
    "9" * 5000,
    "0",
    "-1",
    "1.5",
    "1e99999999",
    "NaN",
    "\x00",
    "a\x00b",
    "\x1b[0m",
    "xlsx",
    "csv",
    "desc",
    "on",
    "no-results",
    "unread",
    "operator",
    "../..",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
]
KNOWN_BREAKERS = ["²", str(10**23), "\x00"]
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)  # URLs carry no surrogates
VALUES = st.one_of(
    st.sampled_from(NASTY),
    TEXT,
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.from_regex(r"[0-9]{1,25}", fullmatch=True),
)
NAMES = st.from_regex(r"[a-z_]{1,12}", fullmatch=True)


def query_strategy(names, values=VALUES):
    """Query data: a few of `names` (or any name), each with one or two values."""
    keys = st.one_of(st.sampled_from(names), NAMES) if names else NAMES
    return st.dictionaries(keys, st.lists(values, min_size=1, max_size=2), max_size=4)


# Wagtail's own snippet choosers answer `chosen_multiple?id=x` with a server error for an id
# that is not a number or does not fit the database's integer (ChosenMultipleViewMixin in
# wagtail.admin.views.generic.chooser filters by it unchecked). Most of the project's
# snippets use Wagtail's chooser, so these URLs get ids in range until Wagtail checks them.
NUMBERS = st.integers(min_value=0, max_value=2**31 - 1).map(str)


def get_targets():
    """(ACCESS key, target) of the GET rules: each URL once; each page the site serves."""
    targets = []
    for key, rules in ACCESS.items():
        seen = set()
        for rule in rules:
            if rule.method != "GET" or rule.token:
                continue
            identity = (rule.url or key, rule.target)
            if identity in seen or (seen and key != "wagtail_serve" and key != "admin/"):
                continue
            seen.add(identity)
            targets.append((key, rule))
    return targets


def is_wagtails(key):
    return key == "admin/" or key.startswith("wagtailsnippet")


def request_is_not_a_server_error(demo, key, rule, role, query):  # noqa: F811
    name = rule.url or key
    url = demo.url(name, rule.target, role)
    if rule.query:
        url += f"?{rule.query}"
    client = demo.clients[role]
    request = f"GET {url} {query!r} as {role}"
    with transaction.atomic():
        try:
            response = client.get(url, query)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)  # an export is written as it streams
        except Exception as error:  # the test client re-raises the view's exception
            raise AssertionError(f"{type(error).__name__}: {error} for {request}") from error
        finally:
            transaction.set_rollback(True)
    assert response.status_code < 500, f"{response.status_code} for {request}"


@pytest.mark.parametrize(
    "key, rule",
    get_targets(),
    ids=[f"{key}[{rule.target or rule.url or ''}]" for key, rule in get_targets()],
)
def test_no_query_string_is_a_server_error(demo, key, rule):  # noqa: F811
    names = sorted(set(PARAMETERS.get(key, []) + COMMON))
    if key.startswith("wagtailsnippet"):
        names = sorted(set(names + PARAMETERS["admin/"]))
    examples = WAGTAIL_EXAMPLES if is_wagtails(key) else EXAMPLES
    values = NUMBERS if key.endswith(":chosen_multiple") else VALUES

    @settings(FUZZ, max_examples=examples)
    @given(role=st.sampled_from(ROLES), query=query_strategy(names, values))
    def check(role, query):
        request_is_not_a_server_error(demo, key, rule, role, query)

    # Besides the random examples: each parameter the view reads, with each value that
    # broke a view before.
    for name in PARAMETERS.get(key, []):
        for value in KNOWN_BREAKERS:
            check = example(role="admin", query={name: [value]})(check)
    check()


# ---------------------------------------------------------------------------------------
# The KPI import's parsers

CELLS = st.one_of(
    st.sampled_from(["operator", "mbell", "Quality score", "2025-01", "0000-01", "88.5", "5_0"]),
    st.sampled_from(["٢٠٢٥-٠١", "1e99999999", "-0", ".5", "2025-13", "9999-12", ""]),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=20),
)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=6), max_size=6)


def csv_text(header, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def last_line(text):
    """The highest line number a CSV reader can give in `text` (a cell may hold line breaks)."""
    return text.count("\n") + text.count("\r") + 2


def assert_line_numbered(errors, lines):
    for error in errors:
        assert 1 <= error.line <= lines, error
        assert error.message


@settings(FUZZ, max_examples=EXAMPLES * 4)
@given(
    header=st.one_of(st.just(list(COLUMNS)), st.permutations(COLUMNS), st.lists(CELLS, max_size=5)),
    rows=ROWS,
)
def test_read_csv_returns_rows_or_line_numbered_errors(header, rows):
    text = csv_text(header, rows)
    parsed = read_csv(text)
    assert isinstance(parsed, ParsedRows)
    assert_line_numbered(parsed.errors, last_line(text))
    assert parsed.rows_read >= len(parsed.rows)


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(text=st.text(max_size=300))
def test_read_csv_never_raises_on_any_text(text):
    parsed = read_csv(text)
    assert_line_numbered(parsed.errors, last_line(text))


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(rows=st.lists(st.lists(CELLS, min_size=4, max_size=4), min_size=1, max_size=5))
def test_importing_any_csv_cells_writes_them_or_lists_their_errors(demo, rows):  # noqa: F811
    text = csv_text(COLUMNS, rows)
    parsed = read_csv(text)
    with transaction.atomic():
        result = import_rows(parsed, source=KpiSource.CSV, today=date(2026, 6, 15))
        transaction.set_rollback(True)
    assert result.written or result.errors
    assert_line_numbered(result.errors, last_line(text))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | CELLS,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(TEXT, children, max_size=3),
    max_leaves=10,
)
JSON_ROWS = st.lists(
    st.one_of(
        st.fixed_dictionaries({name: st.one_of(CELLS, JSON) for name in COLUMNS}),
        st.dictionaries(st.sampled_from([*COLUMNS, "team"]), JSON, max_size=5),
        JSON,
    ),
    max_size=4,
)


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(payload=st.one_of(JSON_ROWS, st.fixed_dictionaries({"rows": JSON_ROWS}), JSON))
def test_any_json_push_is_refused_or_checked_row_by_row(demo, payload):  # noqa: F811
    # Through json, as the API receives it.
    payload = json.loads(json.dumps(payload))
    try:
        parsed = rows_from_json(payload)
    except InvalidPayload as refusal:
        assert str(refusal)
        return
    with transaction.atomic():
        valid, errors = check_rows(parsed.rows, date(2026, 6, 15))
        transaction.set_rollback(True)
    pushed = payload["rows"] if isinstance(payload, dict) else payload
    assert_line_numbered(parsed.errors + errors, len(pushed))
    assert len(valid) <= len(parsed.rows)
