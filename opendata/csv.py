"""CSV downloads for spreadsheet users: UTF-8 with a byte-order mark (so Excel reads the
Cyrillic and Kazakh letters right), one header row, and no cell a spreadsheet would run.

A spreadsheet runs a cell that starts with = + - or @ as a formula (and, in some, one that
starts with a tab or a carriage return): a title such as "=HYPERLINK(...)" typed into the
admin would become a live link or worse on a journalist's machine. Such text cells start
with an apostrophe, which spreadsheets show as text and do not print (OWASP's advice).
Numbers and dates are written as they are: the site never stores a negative amount.
"""

import csv
import datetime
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils.http import content_disposition_header

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str | int | Decimal:
    """A value as a CSV cell a spreadsheet shows and never evaluates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_response(rows, *, filename: str) -> HttpResponse:
    """A download of ``rows`` (the header first), built whole so the page cache keeps it."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    response = HttpResponse(
        buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=filename
    )
    return response
