"""Download names of appendix files: the table, the plan's number or the area,
and the date of the figures, in ASCII so they survive e-mail, Zalo and zip
tools on any Windows code page:
``bieu-chi-tieu-cac-thon_01-KH-BCD_son-bang_2023-03-09.xlsx``."""

from __future__ import annotations

import datetime
import re
import unicodedata

from plans.models import Plan
from villages.models import Area

PART_LENGTH = 40  # a long name ("xã Quảng Thành Nam") still fits, a title is cut


def ascii_slug(text: str, *, lower: bool = True) -> str:
    """ "Sơn Bằng" -> "son-bang", "01/KH-BCĐ" -> "01-KH-BCD" (lower=False):
    Vietnamese letters folded to ASCII (đ -> d), anything else a hyphen."""
    text = unicodedata.normalize("NFC", text or "").replace("đ", "d").replace("Đ", "D")
    text = "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn"
    )
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    if len(slug) > PART_LENGTH:
        slug = slug[:PART_LENGTH].rsplit("-", 1)[0]
    return slug.lower() if lower else slug


def _stem(*parts: str) -> str:
    return "_".join(part for part in parts if part)


def plan_date(plan: Plan) -> str:
    """The plan's date as the file name gives it: 2023-03-09, or the month
    (2023-07) or year of a draft without a day."""
    if plan.issued_on:
        return plan.issued_on.isoformat()
    if plan.issue_year and plan.issue_month:
        return f"{plan.issue_year}-{plan.issue_month:02d}"
    return str(plan.issue_year or plan.year)


def plan_file_stem(*, table: str, plan: Plan, on: datetime.date | str) -> str:
    """ "bieu-chi-tieu-cac-thon_01-KH-BCD_son-bang_2023-03-09" (`table` is the
    table's slug; `on` the date of its figures, or of the plan)."""
    return _stem(
        table,
        ascii_slug(plan.reference, lower=False),
        ascii_slug(plan.area.name),
        on if isinstance(on, str) else on.isoformat(),
    )


def area_file_stem(*, table: str, area: Area, on: datetime.date) -> str:
    """ "bieu-tong-hop-cac-xa_huyen-huong-son_2023-03-15": the level is kept,
    a district and a commune may share a name."""
    return _stem(table, ascii_slug(area.full_name), on.isoformat())
