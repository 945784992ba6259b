import time
from datetime import date, timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from careers.demo import load_kpi_metrics
from careers.kpi_import import IMPORT_ACTION, read_csv
from careers.models import KpiMetric, KpiSnapshot, KpiSource

pytestmark = pytest.mark.django_db

HEADER = "username,metric,month,value"
THIS_MONTH = date.today().replace(day=1)
LAST_MONTH = (THIS_MONTH - timedelta(days=1)).replace(day=1)
NEXT_MONTH = (THIS_MONTH + timedelta(days=32)).replace(day=1)
LAST = f"{LAST_MONTH:%Y-%m}"
IMPORT_URL = "/admin/kpis/import/"


@pytest.fixture
def metrics(demo_people):
    """The demo KPI metrics plus one with a unit of its own (calls)."""
    load_kpi_metrics()
    KpiMetric.objects.create(name="Calls handled", unit="calls")
    return {metric.name: metric for metric in KpiMetric.objects.all()}


def csv_file(tmp_path, *rows, header=HEADER, name="kpis.csv"):
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n" if header else "\n".join(rows))
    return path


def run_import(path, *options):
    """Run the command; return (stdout, stderr, CommandError or None)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_kpis", str(path), *options, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def value_of(username, metric, month=LAST_MONTH):
    return KpiSnapshot.objects.get(
        operator__username=username, metric__name=metric, month=month
    ).value


# ---------------------------------------------------------------------------------------
# Reading, without the database


def test_read_csv_takes_columns_in_any_order_and_skips_blank_lines():
    parsed = read_csv(
        '\ufeffMonth, Value ,USERNAME,metric\n\n2026-09,88.5,gadeyemi,"Quality score"\n\n'
    )
    assert parsed.errors == []
    assert parsed.rows_read == 1
    [row] = parsed.rows
    assert (row.line, row.username, row.metric, row.month, row.value) == (
        3,
        "gadeyemi",
        "Quality score",
        "2026-09",
        "88.5",
    )


# ---------------------------------------------------------------------------------------
# The command


def test_valid_file_imports_every_row_and_prints_the_summary(tmp_path, metrics):
    path = csv_file(
        tmp_path,
        f"operator,Quality score,{LAST},88.1",
        f"operator,schedule ADHERENCE,{LAST},92.4",
        f"gadeyemi,Average handle time,{LAST},402",
        f"mbell,Customer satisfaction,{LAST},4.456",
    )
    out, err, error = run_import(path)
    assert error is None, err
    assert out.strip() == "Read 4 rows: 4 created, 0 replaced, 0 skipped (invalid)."
    assert KpiSnapshot.objects.count() == 4
    assert value_of("operator", "Schedule adherence") == Decimal("92.40")
    assert value_of("mbell", "Customer satisfaction") == Decimal("4.46")  # two decimals kept
    assert set(KpiSnapshot.objects.values_list("source", flat=True)) == {KpiSource.CSV}


@pytest.mark.parametrize(
    "row, reason",
    [
        (f"nobody,Quality score,{LAST},80", "unknown user 'nobody'"),
        (f"operator,Happiness,{LAST},80", "unknown metric 'Happiness' (known: Average handle"),
        ("operator,Quality score,10/2026,80", "month '10/2026' is not in the form YYYY-MM"),
        ("operator,Quality score,2026-13,80", "month '2026-13' has no month 13"),
        (f"operator,Quality score,{NEXT_MONTH:%Y-%m},80", "is in the future"),
        (f"operator,Quality score,{LAST},eighty", "value 'eighty' is not a number"),
        (f"operator,Quality score,{LAST},NaN", "value 'NaN' is not a number"),
        (f"operator,Quality score,{LAST},104", "value 104 is out of range"),
        (f"operator,Customer satisfaction,{LAST},5.2", "Customer satisfaction (/5) runs from 0"),
        (f"operator,Average handle time,{LAST},90000", "runs from 0 to 86400"),
        (f"operator,Calls handled,{LAST},-3", "value -3 must be 0 or more"),
        (f"operator,Quality score,{LAST}", "expected 4 values (username, metric, month, value)"),
        (f"operator,Quality score,{LAST},80,extra", "found 5"),
    ],
)
def test_each_invalid_row_is_reported_with_its_line_and_nothing_is_written(
    tmp_path, metrics, row, reason
):
    path = csv_file(tmp_path, f"mbell,Quality score,{LAST},91.2", row)
    out, err, error = run_import(path)
    assert error is not None
    assert "1 of 2 rows are invalid; nothing was imported" in str(error)
    [line] = err.strip().splitlines()
    assert line.startswith(f"{path}: line 3: ")
    assert reason in line
    assert KpiSnapshot.objects.count() == 0


def test_duplicate_rows_are_both_reported(tmp_path, metrics):
    path = csv_file(
        tmp_path,
        f"operator,Quality score,{LAST},88.1",
        f"mbell,Quality score,{LAST},91.2",
        f"operator,quality score,{LAST},86",
    )
    _out, err, error = run_import(path)
    assert error is not None
    assert "line 2: duplicate: the same username, metric and month are also on line 4" in err
    assert "line 4: duplicate: the same username, metric and month are also on line 2" in err
    assert KpiSnapshot.objects.count() == 0


@pytest.mark.parametrize(
    "header, reason",
    [
        ("username,metric,value", "the header is missing column month"),
        ("username,metric,month,value,team", "unexpected column team"),
        ("user,metric,month,value", "unexpected column user"),
        ("username,metric,month,value,value", "the header repeats column value"),
    ],
)
def test_header_problems_are_reported_on_line_1(tmp_path, metrics, header, reason):
    path = csv_file(tmp_path, f"operator,Quality score,{LAST},88.1", header=header)
    _out, err, error = run_import(path)
    assert error is not None and "nothing was imported" in str(error)
    assert f"{path}: line 1: {reason}" in err
    assert KpiSnapshot.objects.count() == 0


def test_empty_file_and_header_only_file_are_refused(tmp_path, metrics):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    _out, err, error = run_import(empty)
    assert error is not None
    assert "line 1: the file is empty" in err

    _out, err, error = run_import(csv_file(tmp_path, header=HEADER))
    assert error is not None
    assert "line 1: the file has a header but no rows" in err


def test_a_file_that_is_not_utf8_is_refused(tmp_path, metrics):
    path = tmp_path / "latin1.csv"
    path.write_bytes(f"{HEADER}\nopérateur,Quality score,{LAST},80\n".encode("latin-1"))
    _out, _err, error = run_import(path)
    assert error is not None and "is not UTF-8 text" in str(error)


def test_skip_invalid_imports_the_valid_rows_and_lists_the_others(tmp_path, metrics):
    path = csv_file(
        tmp_path,
        f"operator,Quality score,{LAST},88.1",
        f"nobody,Quality score,{LAST},80",
        f"mbell,Quality score,{LAST},91.2",
        f"mbell,Conversion rate,{LAST},eleven",
    )
    out, err, error = run_import(path, "--skip-invalid")
    assert error is None
    assert out.strip() == "Read 4 rows: 2 created, 0 replaced, 2 skipped (invalid)."
    assert "line 3: unknown user 'nobody'" in err
    assert "line 5: value 'eleven' is not a number" in err
    assert KpiSnapshot.objects.count() == 2


def test_skip_invalid_with_no_valid_row_fails(tmp_path, metrics):
    path = csv_file(tmp_path, f"nobody,Quality score,{LAST},80")
    _out, _err, error = run_import(path, "--skip-invalid")
    assert error is not None and "None of the rows is valid" in str(error)


def test_reimporting_a_month_replaces_the_value_and_the_audit_log_says_so(tmp_path, metrics):
    run_import(
        csv_file(
            tmp_path,
            f"operator,Quality score,{LAST},85",
            f"mbell,Quality score,{LAST},91.2",
            name="first.csv",
        )
    )
    assert value_of("operator", "Quality score") == Decimal("85.00")

    out, err, error = run_import(
        csv_file(
            tmp_path,
            f"operator,Quality score,{LAST},88.5",
            f"mbell,Conversion rate,{LAST},11.4",
            name="corrected.csv",
        )
    )
    assert error is None, err
    assert out.strip() == "Read 2 rows: 1 created, 1 replaced, 0 skipped (invalid)."
    assert KpiSnapshot.objects.count() == 3
    assert value_of("operator", "Quality score") == Decimal("88.50")

    quality = metrics["Quality score"]
    entry = (
        ModelLogEntry.objects.filter(action=IMPORT_ACTION, object_id=str(quality.pk))
        .order_by("-pk")
        .first()
    )
    assert entry.data["created"] == 0
    assert entry.data["replaced"] == 1
    assert entry.data["source"] == "csv"
    assert entry.data["file"] == "corrected.csv"
    assert entry.data["months"] == [LAST]
    assert entry.data["replaced_values"] == [
        {"username": "operator", "month": LAST, "old": "85", "new": "88.5"}
    ]
    assert entry.user is None  # run from the command line


def test_one_audit_entry_per_metric_per_run_sharing_the_run_uuid(tmp_path, metrics):
    rows = [f"operator,Quality score,{LAST},88.1", f"mbell,Quality score,{LAST},91.2"]
    rows += [f"operator,Schedule adherence,{LAST},92.4"]
    run_import(csv_file(tmp_path, *rows))
    entries = ModelLogEntry.objects.filter(action=IMPORT_ACTION)
    assert sorted(entry.label for entry in entries) == ["Quality score", "Schedule adherence"]
    assert {entry.data["created"] for entry in entries if entry.label == "Quality score"} == {2}
    assert len({entry.uuid for entry in entries}) == 1
    assert "Imported KPI values from kpis.csv: 2 created, 0 replaced" in [
        entry.message for entry in entries
    ]


def test_fifty_thousand_rows_import_completely(tmp_path, demo_people):
    User = get_user_model()
    User.objects.bulk_create(
        User(username=f"floor{number:03}", first_name="Agent", last_name=f"{number:03}")
        for number in range(420)
    )
    metrics = KpiMetric.objects.bulk_create(
        KpiMetric(name=f"Campaign {number} quality", unit="%") for number in range(10)
    )
    months = [f"{THIS_MONTH.year - 1}-{month:02}" for month in range(1, 13)]
    rows = [
        f"floor{number:03},{metric.name},{month},{(number * 7 + index) % 100 + 0.5}"
        for number in range(420)
        for index, metric in enumerate(metrics)
        for month in months
    ]
    path = csv_file(tmp_path, *rows)
    assert len(rows) == 50_400

    started = time.perf_counter()
    out, err, error = run_import(path)
    created_in = time.perf_counter() - started
    assert error is None, err[:500]
    assert KpiSnapshot.objects.count() == 50_400

    started = time.perf_counter()
    out, err, error = run_import(path)
    replaced_in = time.perf_counter() - started
    assert error is None, err[:500]
    assert out.strip() == "Read 50400 rows: 0 created, 50400 replaced, 0 skipped (invalid)."
    assert KpiSnapshot.objects.count() == 50_400
    print(f"\n50,400 KPI rows: created in {created_in:.1f} s, replaced in {replaced_in:.1f} s")


# ---------------------------------------------------------------------------------------
# The admin upload


def upload(client, content, skip_invalid=False, name="october.csv"):
    data = {"file": SimpleUploadedFile(name, content.encode(), content_type="text/csv")}
    if skip_invalid:
        data["skip_invalid"] = "on"
    return client.post(IMPORT_URL, data)


def test_lead_uploads_a_valid_file_and_sees_the_summary(login, metrics):
    client = login("lead")
    assert client.get(IMPORT_URL).status_code == 200
    response = upload(
        client,
        f"{HEADER}\noperator,Quality score,{LAST},88.1\nlcarter,Quality score,{LAST},91.2\n",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Read 2 rows: 2 created, 0 replaced, 0 skipped (invalid)." in html
    assert KpiSnapshot.objects.count() == 2
    entry = ModelLogEntry.objects.get(action=IMPORT_ACTION)
    assert entry.user.username == "lead"
    assert entry.data["file"] == "october.csv"


def test_lead_uploads_an_invalid_file_and_sees_every_bad_row(login, metrics):
    response = upload(
        login("lead"),
        f"{HEADER}\noperator,Quality score,{LAST},88.1\nnobody,Quality score,{LAST},80\n"
        f"mbell,Quality score,{NEXT_MONTH:%Y-%m},91\n",
    )
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "2 of 3 rows are invalid" in html
    assert "<td>3</td><td>unknown user &#x27;nobody&#x27;</td>" in html
    assert f"<td>4</td><td>month {NEXT_MONTH:%Y-%m} is in the future</td>" in html
    assert KpiSnapshot.objects.count() == 0


def test_a_lead_imports_only_for_the_teams_they_lead(login, metrics):
    # mbell works in Outbound Sales; the demo lead leads Inbound Support.
    content = f"{HEADER}\noperator,Quality score,{LAST},88.1\nmbell,Quality score,{LAST},91.2\n"
    html = upload(login("lead"), content).content.decode()
    assert "Nothing was imported" in html
    assert "<td>3</td><td>&#x27;mbell&#x27; is not in a team you lead</td>" in html
    assert KpiSnapshot.objects.count() == 0
    html = upload(login("rhughes"), content, skip_invalid=True).content.decode()
    assert "<td>2</td><td>&#x27;operator&#x27; is not in a team you lead</td>" in html
    assert list(KpiSnapshot.objects.values_list("operator__username", flat=True)) == ["mbell"]
    upload(login("admin"), content)
    assert KpiSnapshot.objects.filter(operator__username="operator").exists()


def test_a_lead_imports_only_for_the_operators_of_their_teams(login, metrics):
    # The lead and the mentor work in Inbound Support too, but are not its operators.
    content = (
        f"{HEADER}\noperator,Quality score,{LAST},88.1\nlead,Quality score,{LAST},99\n"
        f"mentor,Quality score,{LAST},97\n"
    )
    html = upload(login("lead"), content).content.decode()
    assert "Nothing was imported" in html
    for line, username in ((3, "lead"), (4, "mentor")):
        assert (
            f"<td>{line}</td><td>&#x27;{username}&#x27; is not an operator: leads import KPIs "
            "for the operators of their teams</td>"
        ) in html
    assert KpiSnapshot.objects.count() == 0
    upload(login("lead"), content, skip_invalid=True)
    assert list(KpiSnapshot.objects.values_list("operator__username", flat=True)) == ["operator"]
    upload(login("admin"), content)  # admins import for anyone
    assert KpiSnapshot.objects.count() == 3


def test_admin_upload_with_skip_invalid_writes_the_valid_rows(login, metrics):
    response = upload(
        login("admin"),
        f"{HEADER}\noperator,Quality score,{LAST},88.1\nnobody,Quality score,{LAST},80\n",
        skip_invalid=True,
    )
    html = response.content.decode()
    assert "Read 2 rows: 1 created, 0 replaced, 1 skipped (invalid)." in html
    assert "Skipped rows" in html
    assert KpiSnapshot.objects.count() == 1


@pytest.mark.parametrize("username", ["mentor", "operator"])
def test_mentors_and_operators_cannot_import(login, metrics, username):
    client = login(username)
    # Mentors are refused by the view; operators, without admin access, by the admin itself.
    refused = {"mentor": 302, "operator": 403}[username]
    assert client.get(IMPORT_URL).status_code == refused
    response = upload(client, f"{HEADER}\noperator,Quality score,{LAST},99\n")
    assert response.status_code == refused
    assert KpiSnapshot.objects.count() == 0


@pytest.mark.parametrize("username, shown", [("lead", True), ("admin", True), ("mentor", False)])
def test_the_import_menu_item_is_shown_to_leads_and_admins(login, metrics, username, shown):
    html = login(username).get("/admin/").content.decode()
    assert ("Import KPIs" in html) is shown
