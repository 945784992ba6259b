"""Import monthly KPI values from a CSV file or an API push.

The CSV command, the admin upload form and the JSON API share this code, so a row is judged
the same way whichever door it comes through:

1. `read_csv` (or `rows_from_json`) turns the input into `RawRow`s, noting rows that cannot
   even be read (wrong number of values, a missing header column).
2. `check_rows` checks every row against the people and metrics in the database, loaded once
   into dicts, and returns the `ImportRow`s that are good and a `RowError` for every problem.
3. `write_snapshots` writes the good rows in one transaction with one bulk upsert (a value
   for a month already on file is replaced), and an audit entry per metric saying how many
   values were created and replaced (and the first replaced values).

`import_rows` runs the three steps with the all-or-nothing rule: with any error nothing is
written, unless the caller asks to skip invalid rows.
"""

import csv
import io
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.log_actions import log

from careers.models import KpiMetric, KpiSnapshot, KpiSource
from careers.readiness import format_number
from home import roles
from home.cache import RECORDS, bump

COLUMNS = ("username", "metric", "month", "value")
# What a spreadsheet writes: ASCII digits only. (A regular expression's \d and Python's int()
# also read other scripts' digits, and Decimal() reads "5_0" as 50.)
MONTH_PATTERN = re.compile(r"([0-9]{4})-([0-9]{2})")
NUMBER_PATTERN = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# KPIs from before this year are a typing mistake (and year 0 is no date at all).
EARLIEST_YEAR = 2000
# Django's username field holds 150 characters; nothing longer is worth looking up.
USERNAME_MAX_LENGTH = 150
# How much of a bad cell an error message repeats.
SHOWN_CHARACTERS = 40
# KpiSnapshot.value has 10 digits, 2 of them decimals.
CENTS = Decimal("0.01")
LARGEST_VALUE = Decimal("99999999.99")
# Inclusive ranges by unit; any other unit only has to be 0 or more.
UNIT_RANGES = {"%": (0, 100), "/5": (0, 5), "seconds": (0, 86400)}
BATCH_SIZE = 2000
# Usernames are looked up in chunks that stay under every database's parameter limit.
LOOKUP_CHUNK = 500
# The audit entry keeps the old value of at most this many replaced rows per metric.
AUDITED_REPLACEMENTS = 100
IMPORT_ACTION = "callpath.kpi.import"


@dataclass(frozen=True)
class RawRow:
    """One row as it arrived: text from a CSV file, or JSON values from the API."""

    line: int  # the CSV line number, or the 1-based position in an API push
    username: object
    metric: object
    month: object
    value: object


@dataclass(frozen=True)
class ImportRow:
    """A checked row, ready to write."""

    line: int
    operator_id: int
    username: str
    metric_id: int
    month: date  # the first day stands for the month
    value: Decimal


@dataclass(frozen=True)
class RowError:
    """Why one row (or the header, line 1) cannot be imported."""

    line: int
    message: str
    field: str = ""

    def __str__(self):
        return f"line {self.line}: {self.message}"


@dataclass
class ParsedRows:
    """The rows read from one input and the problems that kept rows from being read."""

    rows: list[RawRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows_read: int = 0


@dataclass
class ImportResult:
    """What an import did: rows read, created, replaced and skipped, and every error."""

    rows_read: int
    created: int = 0
    replaced: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    written: bool = False

    @property
    def invalid_rows(self):
        """How many distinct lines have at least one error."""
        return len({error.line for error in self.errors})

    def summary(self):
        """One line for people: "Read 12 rows: 10 created, 2 replaced, 0 skipped (invalid)."."""
        return (
            f"Read {self.rows_read} {'row' if self.rows_read == 1 else 'rows'}: "
            f"{self.created} created, {self.replaced} replaced, {self.skipped} skipped (invalid)."
        )


class InvalidPayload(ValueError):
    """An API body that is not a list of rows at all (as opposed to a list with bad rows)."""


# ---------------------------------------------------------------------------------------
# Reading


def decode_csv(data):
    """The text of an uploaded CSV file. Raises UnicodeDecodeError when it is not UTF-8."""
    return data if isinstance(data, str) else data.decode("utf-8")


def read_csv(text):
    """Read `username,metric,month,value` rows (header required, any column order).

    Header problems and an empty file are errors on line 1; a row with the wrong number
    of values is an error on its line. Blank lines are ignored.
    """
    parsed = ParsedRows()
    # Excel's "CSV UTF-8" starts with a byte-order mark.
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    records = _records(reader, parsed)
    header = next((row for row in records if any(cell.strip() for cell in row)), None)
    if header is None:
        if not parsed.errors:
            parsed.errors.append(RowError(1, "the file is empty: expected a header row", "header"))
        return parsed
    header_line = reader.line_num
    columns = [name.strip().lower() for name in header]
    header_errors = _header_errors(columns, header_line)
    if header_errors:
        parsed.errors.extend(header_errors)
        return parsed

    for record in records:
        if not any(cell.strip() for cell in record):
            continue
        parsed.rows_read += 1
        line = reader.line_num
        if len(record) != len(columns):
            parsed.errors.append(
                RowError(
                    line,
                    f"expected {len(columns)} values ({', '.join(columns)}), found {len(record)}",
                )
            )
            continue
        values = {name: cell.strip() for name, cell in zip(columns, record, strict=True)}
        parsed.rows.append(RawRow(line=line, **values))

    if not parsed.rows_read:
        parsed.errors.append(RowError(header_line, "the file has a header but no rows", "header"))
    return parsed


def _records(reader, parsed):
    """The reader's records; a line the csv module cannot read ends the file with an error."""
    try:
        yield from reader
    except csv.Error as error:
        parsed.errors.append(RowError(reader.line_num, f"the file cannot be read here: {error}"))


def _header_errors(columns, line):
    problems = []
    expected = ", ".join(COLUMNS)
    missing = [name for name in COLUMNS if name not in columns]
    extra = [name or "(blank)" for name in columns if name not in COLUMNS]
    repeated = sorted({name for name in columns if name in COLUMNS and columns.count(name) > 1})
    if missing:
        problems.append(f"the header is missing {_columns(missing)} (expected {expected})")
    if extra:
        problems.append(f"unexpected {_columns(extra)} (expected {expected})")
    if repeated:
        problems.append(f"the header repeats {_columns(repeated)}")
    return [RowError(line, problem, "header") for problem in problems]


def _columns(names):
    return f"column{'s' if len(names) > 1 else ''} {', '.join(names)}"


def rows_from_json(payload):
    """Rows from an API body: `{"rows": [{...}, ...]}` or a bare list of row objects.

    Raises InvalidPayload when the body is neither; a row that is not an object with exactly
    the keys username, metric, month and value is an error at its 1-based position.
    """
    if isinstance(payload, dict):
        if set(payload) != {"rows"}:
            raise InvalidPayload('Expected an object with one key, "rows", holding a list of rows.')
        payload = payload["rows"]
    if not isinstance(payload, list):
        raise InvalidPayload('"rows" must be a list of row objects.')
    if not payload:
        raise InvalidPayload("The push has no rows.")

    parsed = ParsedRows(rows_read=len(payload))
    for position, item in enumerate(payload, start=1):
        if not isinstance(item, dict):
            parsed.errors.append(
                RowError(position, f"a row must be an object with the keys {', '.join(COLUMNS)}")
            )
            continue
        missing = [name for name in COLUMNS if name not in item]
        extra = sorted(str(key) for key in item if key not in COLUMNS)
        for name in missing:
            parsed.errors.append(RowError(position, f"{name} is missing", name))
        if extra:
            parsed.errors.append(RowError(position, f"unexpected {_keys(extra)}"))
        if not missing and not extra:
            parsed.rows.append(RawRow(line=position, **{name: item[name] for name in COLUMNS}))
    return parsed


def _keys(names):
    return f"key{'s' if len(names) > 1 else ''} {', '.join(names)}"


# ---------------------------------------------------------------------------------------
# Checking


@dataclass
class Catalog:
    """The people and metrics rows refer to, loaded once per import."""

    user_ids: dict[str, int]  # username -> id, of the people the importer may write for
    metrics: dict[str, KpiMetric]  # name, case-folded -> metric
    outside_teams: frozenset = frozenset()  # usernames in no team the importing lead leads
    not_operators: frozenset = frozenset()  # mentors, leads and admins in the lead's teams

    @classmethod
    def load(cls, usernames, lead=None):
        """Look up the given usernames (a few queries) and every metric (one query). With a
        `lead` (not an admin), only the operators in the teams they lead may be written for:
        not the lead themselves, nor a mentor or another lead."""
        User = get_user_model()
        usernames = sorted(name for name in usernames if may_be_username(name))
        led_team_ids = None
        if lead is not None and not lead.is_superuser:
            led_team_ids = set(lead.led_teams.values_list("id", flat=True))
        in_staff_group = User.groups.through.objects.filter(
            user_id=OuterRef("pk"), group__name__in=[roles.LEADS, roles.MENTORS]
        )
        user_ids, outside, not_operators = {}, set(), set()
        for start in range(0, len(usernames), LOOKUP_CHUNK):
            chunk = usernames[start : start + LOOKUP_CHUNK]
            found = User.objects.filter(username__in=chunk).annotate(staff=Exists(in_staff_group))
            for username, user_id, team_id, superuser, staff in found.values_list(
                "username", "id", "profile__team", "is_superuser", "staff"
            ):
                if led_team_ids is None:
                    user_ids[username] = user_id
                elif team_id not in led_team_ids:
                    outside.add(username)
                elif superuser or staff:
                    not_operators.add(username)
                else:
                    user_ids[username] = user_id
        metrics = {metric.name.casefold(): metric for metric in KpiMetric.objects.all()}
        return cls(
            user_ids=user_ids,
            metrics=metrics,
            outside_teams=frozenset(outside),
            not_operators=frozenset(not_operators),
        )

    def metric_names(self):
        return ", ".join(sorted(metric.name for metric in self.metrics.values()))


def check_rows(rows, today, lead=None):
    """Check every row; return (ImportRows without errors, RowErrors for all problems).

    A row may have several errors (one per field). Rows that repeat the same username,
    metric and month are all refused: which of them is right cannot be guessed. A `lead`
    may only import for the operators of the teams they lead.
    """
    usernames = {row.username for row in rows if isinstance(row.username, str)}
    catalog = Catalog.load(usernames, lead)
    this_month = today.replace(day=1)
    errors = []
    checked = {}  # line -> ImportRow
    lines_by_key = defaultdict(list)
    for row in rows:
        row_errors = []
        operator_id = _check_username(row.username, catalog, row_errors, row.line)
        metric = _check_metric(row.metric, catalog, row_errors, row.line)
        month = _check_month(row.month, this_month, row_errors, row.line)
        value = _check_value(row.value, metric, row_errors, row.line)
        if operator_id is not None and metric is not None and month is not None:
            lines_by_key[(operator_id, metric.pk, month)].append(row.line)
        if row_errors:
            errors.extend(row_errors)
        else:
            checked[row.line] = ImportRow(
                line=row.line,
                operator_id=operator_id,
                username=row.username,
                metric_id=metric.pk,
                month=month,
                value=value,
            )
    for lines in lines_by_key.values():
        if len(lines) > 1:
            for line in lines:
                others = [str(other) for other in lines if other != line]
                errors.append(
                    RowError(
                        line,
                        "duplicate: the same username, metric and month are also on "
                        f"line{'s' if len(others) > 1 else ''} {', '.join(others)}",
                    )
                )
                checked.pop(line, None)
    errors.sort(key=lambda error: error.line)
    return list(checked.values()), errors


def _check_username(value, catalog, errors, line):
    if not isinstance(value, str):
        errors.append(RowError(line, "username must be text", "username"))
        return None
    if not value:
        errors.append(RowError(line, "username is empty", "username"))
        return None
    user_id = catalog.user_ids.get(value)
    if value in catalog.outside_teams:
        errors.append(RowError(line, f"'{value}' is not in a team you lead", "username"))
    elif value in catalog.not_operators:
        errors.append(
            RowError(
                line,
                f"'{value}' is not an operator: leads import KPIs for the operators of their teams",
                "username",
            )
        )
    elif user_id is None:
        errors.append(RowError(line, f"unknown user {_shown(value)}", "username"))
    return user_id


def may_be_username(value):
    """Whether a value is worth looking up as a username: text a username field can hold.
    (PostgreSQL refuses a NUL character in any query.)"""
    return isinstance(value, str) and 0 < len(value) <= USERNAME_MAX_LENGTH and "\x00" not in value


def _check_metric(value, catalog, errors, line):
    if not isinstance(value, str):
        errors.append(RowError(line, "metric must be text", "metric"))
        return None
    if not value.strip():
        errors.append(RowError(line, "metric is empty", "metric"))
        return None
    metric = catalog.metrics.get(value.strip().casefold())
    if metric is None:
        errors.append(
            RowError(
                line,
                f"unknown metric {_shown(value)} (known: {catalog.metric_names() or 'none yet'})",
                "metric",
            )
        )
    return metric


def _check_month(value, this_month, errors, line):
    if not isinstance(value, str):
        errors.append(RowError(line, "month must be text in the form YYYY-MM", "month"))
        return None
    match = MONTH_PATTERN.fullmatch(value.strip())
    if match is None:
        errors.append(RowError(line, f"month {_shown(value)} is not in the form YYYY-MM", "month"))
        return None
    year, month_number = int(match[1]), int(match[2])
    if not 1 <= month_number <= 12:
        errors.append(RowError(line, f"month '{value}' has no month {month_number}", "month"))
        return None
    if year < EARLIEST_YEAR:
        errors.append(RowError(line, f"month {value} is before {EARLIEST_YEAR}", "month"))
        return None
    month = date(year, month_number, 1)
    if month > this_month:
        errors.append(RowError(line, f"month {value} is in the future", "month"))
        return None
    return month


def _check_value(value, metric, errors, line):
    number = _decimal(value)
    if number is None:
        problem = f"value {_shown(value)} is not a number" if isinstance(value, str) else None
        errors.append(RowError(line, problem or "value must be a number", "value"))
        return None
    if metric is not None:
        low, high = UNIT_RANGES.get(metric.unit.strip().lower(), (0, LARGEST_VALUE))
        if not low <= number <= high:
            unit = f" ({metric.unit})" if metric.unit else ""
            if high == LARGEST_VALUE:
                problem = "must be 0 or more" if number < 0 else "is too large"
            else:
                problem = f"is out of range: {metric.name}{unit} runs from {low} to {high}"
            errors.append(RowError(line, f"value {_number_text(number)} {problem}", "value"))
            return None
    elif number < 0 or number > LARGEST_VALUE:
        errors.append(RowError(line, f"value {_number_text(number)} is out of range", "value"))
        return None
    return number.quantize(CENTS, rounding=ROUND_HALF_UP)


def _decimal(value):
    """A finite Decimal from a JSON number or from text as a spreadsheet writes a number
    (ASCII digits, an optional sign and decimal point); None for anything else."""
    if isinstance(value, bool):  # JSON true/false are ints to Python, not KPI values
        return None
    if isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(str(value))
    elif isinstance(value, str) and NUMBER_PATTERN.fullmatch(value.strip()):
        number = Decimal(value.strip())
    else:
        return None
    return number if number.is_finite() else None


def _number_text(number):
    """A number for an error message; a JSON number such as 1e99999999 in scientific
    notation rather than written out in full."""
    if abs(number.adjusted()) > 20:
        return f"{number:E}"
    return format_number(number)


def _shown(value):
    """A cell quoted for an error message, shortened when it is long."""
    text = str(value)
    if len(text) > SHOWN_CHARACTERS:
        text = text[: SHOWN_CHARACTERS - 1] + "…"
    return f"'{text}'"


# ---------------------------------------------------------------------------------------
# Writing


def write_snapshots(rows, *, source, user=None, origin=None):
    """Write checked rows in one transaction; return (created, replaced).

    A value for an operator, metric and month already on file is replaced (the unique
    constraint allows one). Each metric gets one audit entry for this run, saying how many
    values were created and replaced and keeping the old value of the first replaced ones;
    the entries of one run share a uuid. `origin` names where the rows came from, e.g.
    {"file": "kpis.csv"} or {"integration": "Genesys WFM"}.
    """
    now = timezone.now()
    audit = defaultdict(_MetricAudit)
    with transaction.atomic():
        existing = _existing_values(rows)
        for row in rows:
            old_value = existing.get((row.operator_id, row.metric_id, row.month))
            audit[row.metric_id].add(row, old_value)
        # One upsert (INSERT ... ON CONFLICT DO UPDATE) writes new and replaced values alike:
        # bulk_update's CASE expressions took 30 s for 50,000 replaced rows on SQLite, the
        # upsert takes as long as a plain insert, and replaced rows keep their ids.
        KpiSnapshot.objects.bulk_create(
            [
                KpiSnapshot(
                    operator_id=row.operator_id,
                    metric_id=row.metric_id,
                    month=row.month,
                    value=row.value,
                    source=source,
                    recorded_at=now,
                )
                for row in rows
            ],
            batch_size=BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["operator", "metric", "month"],
            update_fields=["value", "source", "recorded_at"],
        )
        _log_import(audit, source=source, user=user, origin=origin or {})
    bump(RECORDS)  # a bulk upsert sends no signals
    replaced = sum(counts.replaced for counts in audit.values())
    return len(rows) - replaced, replaced


def _existing_values(rows):
    """{(operator_id, metric_id, month): value} already on file for the rows' keys.

    One query by (metric, month): an import covers few of those, however many people.
    """
    keys = {(row.operator_id, row.metric_id, row.month) for row in rows}
    if not keys:
        return {}
    metric_ids = {metric_id for _operator_id, metric_id, _month in keys}
    months = {month for _operator_id, _metric_id, month in keys}
    on_file = KpiSnapshot.objects.filter(metric_id__in=metric_ids, month__in=months)
    return {
        (operator_id, metric_id, month): value
        for operator_id, metric_id, month, value in on_file.values_list(
            "operator_id", "metric_id", "month", "value"
        )
        if (operator_id, metric_id, month) in keys
    }


@dataclass
class _MetricAudit:
    """What one run did to one metric, for its audit entry."""

    created: int = 0
    replaced: int = 0
    months: set = field(default_factory=set)
    replaced_values: list = field(default_factory=list)

    def add(self, row, old_value):
        """Count a row: created when `old_value` is None, else replaced."""
        self.months.add(row.month)
        if old_value is None:
            self.created += 1
            return
        self.replaced += 1
        if len(self.replaced_values) < AUDITED_REPLACEMENTS:
            self.replaced_values.append(
                {
                    "username": row.username,
                    "month": f"{row.month:%Y-%m}",
                    "old": format_number(old_value),
                    "new": format_number(row.value),
                }
            )


def _log_import(audit, *, source, user, origin):
    run = uuid.uuid4()
    metrics = KpiMetric.objects.in_bulk(list(audit))
    for metric_id, counts in audit.items():
        log(
            metrics[metric_id],
            IMPORT_ACTION,
            user=user,
            uuid=run,
            data={
                "created": counts.created,
                "replaced": counts.replaced,
                "source": source,
                **origin,
                "months": sorted(f"{month:%Y-%m}" for month in counts.months),
                "replaced_values": counts.replaced_values,
                "replaced_values_omitted": counts.replaced - len(counts.replaced_values),
            },
        )


# ---------------------------------------------------------------------------------------
# The whole import


def import_rows(parsed, *, source, skip_invalid=False, user=None, origin=None, today=None):
    """Check the parsed rows and write them if all are valid (or the invalid are skipped).

    `user` is who imports from the admin: a lead only for the operators of the teams they
    lead. Commands and integrations (no user) write for anyone. Returns an ImportResult;
    `written` is False when nothing was written, either because some row is invalid and
    `skip_invalid` is off, or because no row is valid.
    """
    today = today or timezone.localdate()
    valid, row_errors = check_rows(parsed.rows, today, lead=user)
    errors = sorted(parsed.errors + row_errors, key=lambda error: error.line)
    result = ImportResult(rows_read=parsed.rows_read, errors=errors)
    if (errors and not skip_invalid) or not valid:
        result.skipped = parsed.rows_read
        return result
    result.created, result.replaced = write_snapshots(
        valid, source=source, user=user, origin=origin
    )
    result.skipped = parsed.rows_read - len(valid)
    result.written = True
    return result


def import_csv(data, *, filename, skip_invalid=False, user=None, today=None):
    """Import a CSV file's bytes (or text); source "csv", audited with the file name.

    Raises UnicodeDecodeError when the file is not UTF-8 text.
    """
    return import_rows(
        read_csv(decode_csv(data)),
        source=KpiSource.CSV,
        skip_invalid=skip_invalid,
        user=user,
        origin={"file": filename},
        today=today,
    )
