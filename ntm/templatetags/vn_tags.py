"""Filters that write dates and numbers the way a Vietnamese document does."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django import template

from ntm.numbers import format_number

register = template.Library()

# The day left blank for a hand-written date: "ngày      tháng 02 năm 2023".
# No-break spaces, so that the gap survives HTML whitespace collapsing.
BLANK_DAY = "\u00a0" * 6


def _month(month: int) -> str:
    """Months 1 and 2 take a leading zero, the others do not (Nghị định 30)."""
    return f"{month:02d}" if month < 3 else str(month)


def long_date(*, day: int | None, month: int | None, year: int | None) -> str:
    """ "ngày 09 tháng 3 năm 2023"; a missing day or month is left blank."""
    if not year:
        return ""
    day_text = f"{day:02d}" if day else BLANK_DAY
    month_text = _month(month) if month else BLANK_DAY
    return f"ngày {day_text} tháng {month_text} năm {year}"


@register.filter
def issue_date(plan) -> str:
    """The plan's date as in its header: the full date when issued, else the
    month and year written on the draft, else a blank form for the year."""
    if plan.issued_on:
        on = plan.issued_on
        return long_date(day=on.day, month=on.month, year=on.year)
    if plan.issue_year:
        return long_date(day=None, month=plan.issue_month, year=plan.issue_year)
    return long_date(day=None, month=None, year=plan.year)


@register.filter
def place_and_date(plan) -> str:
    """ "Thụy Hùng, ngày 09 tháng 3 năm 2023" (the comma after the place)."""
    date = issue_date(plan)
    return f"{plan.place}, {date}" if plan.place else date


@register.filter
def short_date(value: datetime.date | None) -> str:
    """ "08/3/2023" as running text cites a document; months 1–2 padded."""
    if not value:
        return ""
    return f"{value.day:02d}/{_month(value.month)}/{value.year}"


@register.filter
def vn_number(value, places=None) -> str:
    """3200 -> "3.200", 0.38 -> "0,38"; empty for None; `places` fixes the
    decimals (a rate: 86,4)."""
    if value is None or value == "":
        return ""
    if places is not None:  # rounded half up: Django's formatting truncates
        value = Decimal(str(value)).quantize(
            Decimal(1).scaleb(-int(places)), ROUND_HALF_UP
        )
    return format_number(value, places)


@register.filter
def lines(text: str) -> list[str]:
    """The non-empty lines of a text field: one paragraph each, as a document
    sets them (first-line indent), rather than <br> inside one paragraph."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
