"""A task's road map by year: a table's year columns ticked or filled
("Nội dung | … | 2026 | 2027 | 2028", `table_columns.schedule_time` writes
its time "Lộ trình năm 2026 - 2028") or a labelled line ("- Lộ trình: Năm
2026: 2 km; Năm 2027: 3 km."). The task ends on 31/12 of its last year; it
starts on 1/1 of its first year only when that year is after the plan's
own (a task that begins in the plan's year lies wholly in the plan's span:
no start of its own)."""

from __future__ import annotations

import datetime
import re

from ntm.text import fold

# "Năm 2026: 2 km" (folded): one year's step of the road map.
_STEP = re.compile(r"(?:^|;\s*)nam\s+((?:19|20)\d\d)\s*:")
# "lộ trình năm 2026 - 2028", "lộ trình năm 2026, 2028" (folded).
_WRITTEN = re.compile(
    r"^lo trinh\s+nam\s+((?:19|20)\d\d(?:\s*(?:-|,)\s*(?:19|20)\d\d)*)$"
)


def road_map_years(text: str) -> list[int]:
    """The years of a road map's time, in order; [] for any other time."""
    folded = fold(text).strip(" .;")
    if m := _WRITTEN.match(folded):
        return sorted(int(y) for y in re.findall(r"\d{4}", m.group(1)))
    steps = [int(y) for y in _STEP.findall(folded)]
    if steps and _STEP.match(folded):
        return sorted(steps)
    return []


def road_map_span(
    text: str, plan_year: int | None
) -> tuple[datetime.date | None, datetime.date] | None:
    """(start, deadline) of a road map's time (see the module), None when
    `text` is none."""
    years = road_map_years(text)
    if not years:
        return None
    first, last = years[0], years[-1]
    later = plan_year is None or first > plan_year
    start = datetime.date(first, 1, 1) if later else None
    return start, datetime.date(last, 12, 31)
