"""The district dashboard: every commune's week in one table, sorted and
filtered from the query string, with the late list and the ranking."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from reports.dashboards.shared import (
    CommuneRow,
    Ranking,
    StateCount,
    as_of,
    commune_rows,
    late_rows,
    ranking,
    spark_weeks,
    state_counts,
    worst_first,
)
from reports.progress import STATES
from villages.models import Area

SORTS = {
    "ten": "Tên xã",
    "trang_thai": "Báo cáo tuần",
    "tien_do": "Tiến độ",
    "cham": "Số chỉ tiêu chậm",
    "tieu_chi": "Tiêu chí đạt",
}


SORT_KEYS = {
    "ten": lambda r: (r.commune.name.casefold(), r.plan.pk),
    "trang_thai": worst_first,
    "tien_do": lambda r: (r.percent, r.commune.name.casefold()),
    "cham": lambda r: (r.behind, r.commune.name.casefold()),
    "tieu_chi": lambda r: (r.criteria_met or -1, r.commune.name.casefold()),
}


@dataclass
class TableParams:
    """The sort and filter of the district table, read from the query string;
    a value that makes no sense falls back to the default with a message."""

    sort: str = "trang_thai"
    descending: bool = False
    state: str = ""
    problems: list[str] = field(default_factory=list)


def table_params(query) -> TableParams:
    params = TableParams()
    sort = query.get("sap_xep", "")
    if sort:
        key = sort.removeprefix("-")
        if key in SORTS:
            params.sort, params.descending = key, sort.startswith("-")
        else:
            params.problems.append(
                f"Không sắp xếp được theo “{sort[:40]}”: đang sắp xếp theo báo cáo tuần."
            )
    state = query.get("trang_thai", "")
    if state:
        if state in STATES or state == "qua_han":
            params.state = state
        else:
            params.problems.append(
                f"Trạng thái “{state[:40]}” không có: đang hiện tất cả các xã."
            )
    return params


def table(rows: list[CommuneRow], params: TableParams) -> list[CommuneRow]:
    """Filter and sort the rows (in memory: they are already all loaded)."""
    if params.state == "qua_han":
        rows = [r for r in rows if r.state.overdue]
    elif params.state:
        rows = [r for r in rows if r.state.code == params.state]
    return sorted(rows, key=SORT_KEYS[params.sort], reverse=params.descending)


@dataclass
class DistrictDashboard:
    area: Area
    week: datetime.date
    on: datetime.date
    rows: list[CommuneRow]  # filtered and sorted
    all_rows: list[CommuneRow]
    late: list[CommuneRow]
    ranking: Ranking
    counts: list[StateCount]
    params: TableParams
    spark_weeks: list[datetime.date]
    can_review: bool


def district_dashboard(
    *, user, area: Area, week: datetime.date, now, params: TableParams
) -> DistrictDashboard:
    """The district table with its late list and ranking (9 queries)."""
    rows = commune_rows(user=user, area=area, week=week, now=now)
    return DistrictDashboard(
        area=area,
        week=week,
        on=as_of(week, timezone.localdate(now)),
        rows=table(rows, params),
        all_rows=rows,
        late=late_rows(rows),
        ranking=ranking(rows),
        counts=state_counts(rows),
        params=params,
        spark_weeks=spark_weeks(week),
        can_review=any(r.can_review for r in rows),
    )
