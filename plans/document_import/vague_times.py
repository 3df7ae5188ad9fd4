"""Vague times that the readers of times otherwise miss (set f40j), in one
place:

- "…; chậm nhất ngày 15/5/2026 phải hoàn thành.": the day a work must be
  done by, written after the work with its verb after it; the title ends
  before it (LATEST_DAY_ENDS, folded text).
- "từ đầu Quý III/2026", "đầu quý II năm 2026": from the quarter's first day
  to the end of its first month (quarter_opening).

The others of the family read already through timeframes.time_range: "6
tháng đầu năm 2026" (to 30/6), "6 tháng cuối năm" (1/7 to 31/12), "tháng
6-7/2026" (1/6 to 31/7), "cuối Quý II" (to 30/6), "cuối năm 2026" and
"thường xuyên trong năm" (to 31/12)."""

from __future__ import annotations

import calendar
import datetime
import re

# "; chậm nhất ngày 15/5/2026 phải hoàn thành." at the end of a work (folded).
LATEST_DAY_ENDS = re.compile(
    r"[,;]?\s+(?=cham nhat\s+(?:(?:la|vao)\s+)?(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}"
    r"(?:[/.-]\d{4})?\s+(?:phai\s+)?(?:hoan thanh|xong)\s*\.?\s*$)"
)

_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# "(từ) đầu Quý III/2026", "đầu quý 3 năm 2026" (folded, digits joined).
_QUARTER_OPENING = re.compile(
    r"^(?:thoi gian\s*:?\s*)?(?:tu\s+)?dau\s+quy\s+(?P<q>iv|i{1,3}|[1-4])"
    r"(?:\s*/\s*(?P<y>\d{4})|\s+nam\s+(?P<y2>\d{4}))?\s*\.?$"
)


def quarter_opening(
    key: str, default_year: int | None
) -> tuple[datetime.date, datetime.date] | None:
    """The quarter's first month for "(từ) đầu Quý III/2026" (`key`
    folded): from its first day to its last; None for any other text."""
    m = _QUARTER_OPENING.match(key.strip())
    if m is None:
        return None
    year = m.group("y") or m.group("y2") or default_year
    if not year:
        return None
    q = m.group("q")
    month = 3 * ((int(q) if q.isdigit() else _QUARTERS[q]) - 1) + 1
    year = int(year)
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, 1), datetime.date(year, month, last)
