"""A task's road map by year: a table's year columns ticked or filled
("Nội dung | … | 2026 | 2027 | 2028", `table_columns.schedule_time` writes
its time "Năm 2026 - 2028" in the row's time column) or a labelled line
("- Lộ trình: Năm 2026: 2 km; Năm 2027: 3 km."). The task ends on 31/12 of
its last year and starts on 1/1 of its first, save in a dated plan when
that year is the plan's own: the task lies wholly in the plan's span, no
start of its own."""

from __future__ import annotations

import datetime
import re

from ntm.text import fold

# "Năm 2026: 2 km" (folded): one year's step of the road map.
_STEP = re.compile(r"(?:^|;\s*)nam\s+((?:19|20)\d\d)\s*:")
# "năm 2026 - 2028", "năm 2026, 2028" (folded): a column's years.
_WRITTEN = re.compile(r"^nam\s+((?:19|20)\d\d(?:\s*(?:-|,)\s*(?:19|20)\d\d)*)$")


def road_map_years(text: str, *, column: bool = False) -> list[int]:
    """The years of a road map's time, in order (a table's time `column`:
    its years alone); [] for any other time."""
    folded = fold(text).strip(" .;")
    if column and (m := _WRITTEN.match(folded)):
        return sorted(int(y) for y in re.findall(r"\d{4}", m.group(1)))
    steps = [int(y) for y in _STEP.findall(folded)]
    if steps and _STEP.match(folded):
        return sorted(steps)
    return []


def road_map_span(
    text: str, issue_year: int | None, *, column: bool = False
) -> tuple[datetime.date | None, datetime.date] | None:
    """(start, deadline) of a road map's time (see the module) in a plan
    dated in `issue_year` (None: undated), None when `text` is none."""
    years = road_map_years(text, column=column)
    if not years:
        return None
    first, last = years[0], years[-1]
    start = None if first == issue_year else datetime.date(first, 1, 1)
    return start, datetime.date(last, 12, 31)
