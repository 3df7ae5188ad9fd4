"""Reads for the dashboards: commune, district and province, at a glance.

Every figure is aggregated in the database, one grouped query per widget, so a
dashboard runs the same number of queries whatever the number of communes,
villages, targets and weeks (tests pin the counts at two sizes).

Progress "to date" follows each target's counting: increments are summed,
running totals and yes-no targets take each village's latest figure. The
district table needs that figure at the end of each of the last eight weeks
(the sparkline); instead of one query per week, entries are summed per target
and per week as *changes*: an increment is its own change, a running total or a
yes-no answer contributes its difference from the village's previous figure.
Adding up the changes of the weeks up to w gives the latest figure at w, so one
grouped query yields every point. Buckets before the window fold into one.

The weekly changes are one raw SQL statement (see _weekly_changes). Over a year
of entries that is seconds for a province, so the district and province tables
read a weekly summary built from the same changes (reports.summaries, through
plans_progress); plans_progress_from_entries keeps the direct computation, the
reference the summary is tested against.

On track (green / amber / red): what should be done by the as-of date grows
linearly over the target's task time frame, else its campaign phase, else the
plan's year. Higher-is-better targets are on track when done reaches that
share; lower-is-better targets (a ceiling, e.g. cases of straw burning) are on
track while they stay under it."""

from __future__ import annotations

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection
from django.db.models import (
    Count,
    Exists,
    OuterRef,
    Subquery,
)
from django.shortcuts import get_object_or_404
from django.utils import timezone

from criteria.selectors import communes_summaries
from plans.models import (
    Counting,
    Plan,
    PlanStatus,
    ReportPeriod,
    Target,
    Task,
    TaskStatus,
)
from reports.models import ProgressReport, Reopening, TaskUpdate
from reports.progress import (
    STATE_LABELS,
    STATES,
    WEEKLY_BUCKETS,
    ZERO,
    Judgement,
    PlanFigures,
    RateFigure,
    WeekState,
    capped,
    changes_sql,
    commune_rate_figure,
    expected_share,
    fetch_changes,
    judge,
    plan_figures,
    rate_count,
    village_rate,
    village_value,
    week_state,
)
from reports.progress import time_frame as _frame
from reports.selectors import village_targets_with_progress
from villages.models import Area, AreaLevel
from villages.querysets import succession_annotations

SPARK_WEEKS = 8
RANKING_SIZE = 3
SORTS = {
    "ten": "Tên xã",
    "trang_thai": "Báo cáo tuần",
    "tien_do": "Tiến độ",
    "cham": "Số chỉ tiêu chậm",
    "tieu_chi": "Tiêu chí đạt",
}


def as_of(week: datetime.date, today: datetime.date) -> datetime.date:
    """The day a week's figures are judged on: today in the current week, its
    Sunday for a past week."""
    return min(today, week + datetime.timedelta(days=6))


# --- on-track status: pure functions, tested directly -------------------------


# --- report state of the week --------------------------------------------------


def _week_reports(plan_ids, week: datetime.date) -> dict[int, ProgressReport]:
    """This week's reports of the plans, with whether one is reopened (1 query)."""
    open_reopening = Reopening.objects.filter(
        report=OuterRef("pk"), closed_at__isnull=True
    )
    return {
        r.plan_id: r
        for r in ProgressReport.objects.filter(plan_id__in=plan_ids, period_start=week)
        .annotate(reopened=Exists(open_reopening))
        .only(
            "pk",
            "plan_id",
            "status",
            "is_late",
            "submitted_at",
            "period_start",
            "review_comment",
        )
    }


# --- progress per target and per week (the district table, one query) --------


def _weekly_changes(plan_ids, first: datetime.date, last: datetime.date) -> dict:
    """{target_id: {bucket: change}} for the weeks up to `last`; every week
    before `first` is folded into the bucket `first - 7 days` (1 query).

    NOTE: raw SQL, because the previous figure of each village is a window
    function (LAG) and the ORM cannot aggregate over one. The ORM version with
    a correlated subquery per entry measured 3× slower in `manage.py bench`.
    Works on SQLite (≥ 3.25) and PostgreSQL."""
    if not plan_ids:
        return {}
    before = first - datetime.timedelta(days=7)
    adapt = connection.ops.adapt_datefield_value
    return fetch_changes(
        changes_sql(WEEKLY_BUCKETS, plan_ids),
        [*plan_ids, adapt(last), adapt(first), adapt(before)],
    )


@dataclass
class TargetInfo:
    pk: int
    plan_id: int
    counting: str
    higher_is_better: bool
    quantity: Decimal  # for yes-no targets: the number of villages
    start: datetime.date
    end: datetime.date


def _targets(plan_ids, years: dict[int, int]) -> list[TargetInfo]:
    """The plans' targets with their time frame and village count (1 query)."""
    rows = (
        Target.objects.filter(plan_id__in=plan_ids)
        .annotate(villages=Count("allocations"))
        .values_list(
            "pk",
            "plan_id",
            "counting",
            "higher_is_better",
            "quantity",
            "villages",
            "task__starts_on",
            "task__ends_on",
            "phase__starts_on",
            "phase__ends_on",
        )
        .order_by("pk")  # the order the percents are summed in
    )
    targets = []
    for pk, plan_id, counting, hib, quantity, villages, ts, te, ps, pe in rows:
        start, end = _frame(years[plan_id], (ts, te), (ps, pe))
        if counting == Counting.YES_NO:
            quantity = Decimal(villages)
        targets.append(TargetInfo(pk, plan_id, counting, hib, quantity, start, end))
    return targets


@dataclass
class PlanProgress:
    percent: Decimal  # mean over targets of percent done (each capped at 100)
    behind: int  # targets in red
    spark: list[Decimal]  # percent at the end of each of the last weeks


def summary_rows(*, plan_ids: list[int], week: datetime.date) -> dict:
    """The weekly summary rows of the plans over the sparkline's weeks, brought
    up to date first (2 queries; 11 when some plan's summary must be rebuilt)."""
    from reports import summaries

    summaries.refresh(plan_ids=plan_ids)
    return summaries.weeks(plan_ids=plan_ids, first=spark_weeks(week)[0], last=week)


def plans_progress(
    *, plan_ids: list[int], week: datetime.date, on: datetime.date, rows=None
) -> dict[int, PlanProgress]:
    """Percent of targets done per plan at the end of `week` and of the 7 weeks
    before it, and how many targets are behind on `on`, from the weekly summary
    (2 queries, none when its `rows` from summary_rows are given).

    The same numbers as plans_progress_from_entries, which tests hold it to."""
    from reports import summaries

    weeks = spark_weeks(week)
    if rows is None:
        rows = summary_rows(plan_ids=plan_ids, week=week)
    result = {}
    for plan_id in plan_ids:
        plan_rows, spark, behind = rows.get(plan_id, []), [], 0
        for day in weeks:
            # The row that holds on `day`: the latest one from before it.
            row = next((r for r in reversed(plan_rows) if r[0] <= day), None)
            if row is None:  # never built: a plan with no targets
                spark.append(ZERO)
                continue
            _, _, targets, percent_sum, red_from, *_ = row
            spark.append(Decimal(percent_sum) / targets if targets else ZERO)
            if day == week:
                behind = summaries.behind_on(red_from, on)
        result[plan_id] = PlanProgress(spark[-1], behind, spark)
    return result


def plans_progress_from_entries(
    *, plan_ids: list[int], years: dict[int, int], week: datetime.date, on
) -> dict[int, PlanProgress]:
    """plans_progress computed from the entries themselves (2 queries): a year
    of entries per plan, too slow for a province (see `manage.py bench`); kept
    as the reference the weekly summary is tested against."""
    weeks = [week - datetime.timedelta(weeks=n) for n in range(SPARK_WEEKS - 1, -1, -1)]
    before = weeks[0] - datetime.timedelta(days=7)
    targets = _targets(plan_ids, years)
    changes = _weekly_changes(plan_ids, weeks[0], week)
    sums: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO] * SPARK_WEEKS)
    counts: dict[int, int] = defaultdict(int)
    behind: dict[int, int] = defaultdict(int)
    for target in targets:
        by_week = changes.get(target.pk, {})
        running = by_week.get(before, ZERO)
        has_figure = before in by_week
        counts[target.plan_id] += 1
        for index, day in enumerate(weeks):
            if day in by_week:
                running += by_week[day]
                has_figure = True
            value = running if has_figure or target.counting == "increment" else None
            verdict = judge(
                counting=target.counting,
                higher_is_better=target.higher_is_better,
                quantity=target.quantity,
                value=value,
                share=expected_share(start=target.start, end=target.end, on=on),
                ended=on > target.end,
            )
            sums[target.plan_id][index] += capped(verdict.percent)
            if index == SPARK_WEEKS - 1 and verdict.status == "red":
                behind[target.plan_id] += 1
    result = {}
    for plan_id in plan_ids:
        n = counts.get(plan_id, 0)
        spark = [(s / n if n else ZERO) for s in sums[plan_id]]
        result[plan_id] = PlanProgress(spark[-1], behind.get(plan_id, 0), spark)
    return result


# --- criteria ------------------------------------------------------------------


# --- district and province -----------------------------------------------------


@dataclass
class CommuneRow:
    commune: Area
    plan: Plan
    state: WeekState
    percent: Decimal  # Khối lượng hoàn thành (figures.volume)
    figures: PlanFigures  # both headline figures, from progress.plan_figures
    behind: int
    spark: list[Decimal]
    criteria_met: int | None
    criteria_total: int | None
    unit_id: int  # the province's child this commune belongs to (district or itself)
    can_review: bool = False
    successor_label: str = ""  # "xã Sơn Tây": where a merged commune now reports

    @property
    def succession(self) -> str:
        if not self.successor_label:
            return ""
        return f"Đã sáp nhập vào {self.successor_label}"

    @property
    def criteria_label(self) -> str:
        if self.criteria_met is None:
            return "Chưa có bộ tiêu chí"
        return f"{self.criteria_met}/{self.criteria_total}"

    @property
    def late(self) -> bool:
        return self.state.overdue or self.state.code == "late"


def _weekly_plans(user, area: Area, week: datetime.date) -> list[Plan]:
    """Issued weekly plans of the communes of `area` for the week
    (Area.objects.communes_for_week) that `user` may read, each with the
    successor of its commune if that has been merged (1 query)."""
    week_end = week + datetime.timedelta(days=6)
    return list(
        Plan.objects.for_user(user)
        .filter(
            area__in=Area.objects.communes_for_week(area, week).values("pk"),
            report_period=ReportPeriod.WEEK,
            status=PlanStatus.ISSUED,
            year__in={week.year, (week + datetime.timedelta(days=6)).year},
        )
        .select_related("area")
        .annotate(**succession_annotations("area_id", week_end))
        .order_by("area__name", "area__pk", "-year", "pk")
    )


def commune_rows(
    *, user, area: Area, week: datetime.date, now: datetime.datetime
) -> list[CommuneRow]:
    """One row per weekly plan of the communes under `area`: this week's report,
    percent done with 8 weeks of history, targets behind, criteria met (9
    queries with a criteria set, whatever the size of the area; 9 more when
    some plan's weekly summary must be rebuilt first)."""
    on = as_of(week, timezone.localdate(now))
    plans = _weekly_plans(user, area, week)
    plan_ids = [p.pk for p in plans]
    reports = _week_reports(plan_ids, week)
    weekly = summary_rows(plan_ids=plan_ids, week=week)
    progress = plans_progress(plan_ids=plan_ids, week=week, on=on, rows=weekly)
    figures = plan_figures(plan_ids=plan_ids, week=week, summary_rows=weekly)
    reviewable = set(
        Plan.objects.reviewable_by(user)
        .filter(pk__in=plan_ids)
        .values_list("pk", flat=True)
    )
    communes = list({p.area_id: p.area for p in plans}.values())
    criteria = communes_summaries(communes=communes, on=on)
    segment = len(area.path) if area.level == AreaLevel.PROVINCE else None
    rows = []
    for plan in plans:
        summary = criteria.get(plan.area_id)
        # A merged commune is reported where its successor is.
        path = plan.successor_path or ""
        if not path.startswith(area.path):
            path = plan.area.path
        unit_id = int(path[segment : segment + 8]) if segment is not None else 0
        state = week_state(plan, reports.get(plan.pk), week, now)
        rows.append(
            CommuneRow(
                commune=plan.area,
                plan=plan,
                state=state,
                percent=figures[plan.pk].volume,
                figures=figures[plan.pk],
                behind=progress[plan.pk].behind,
                spark=progress[plan.pk].spark,
                criteria_met=summary.met_count if summary else None,
                criteria_total=len(summary.rows) if summary else None,
                unit_id=unit_id,
                can_review=plan.pk in reviewable,
                successor_label=plan.successor_label or "",
            )
        )
    return rows


def _state_rank(row: CommuneRow) -> int:
    """Worst first: overdue, then late, draft, returned, submitted, accepted."""
    if row.state.overdue:
        return 0
    return {
        "missing": 1,
        "late": 2,
        "returned": 3,
        "draft": 4,
        "submitted": 5,
        "accepted": 6,
    }[row.state.code]


SORT_KEYS = {
    "ten": lambda r: (r.commune.name.casefold(), r.plan.pk),
    "trang_thai": lambda r: (_state_rank(r), r.commune.name.casefold()),
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
class Ranking:
    commended: list[CommuneRow]
    criticised: list[CommuneRow]


def ranking(rows: list[CommuneRow], size: int = RANKING_SIZE) -> Ranking:
    """Biểu dương: the best percent done among communes whose report is in on
    time. Phê bình: overdue or late reports first, then the lowest percent."""
    on_time = [r for r in rows if r.state.code in {"submitted", "accepted"}]
    commended = sorted(
        on_time, key=lambda r: (-r.percent, r.behind, r.commune.name.casefold())
    )[:size]
    chosen = {r.plan.pk for r in commended}
    rest = [r for r in rows if r.plan.pk not in chosen]
    criticised = sorted(
        rest,
        key=lambda r: (not r.late, r.percent, -r.behind, r.commune.name.casefold()),
    )[:size]
    return Ranking(commended, criticised)


@dataclass
class StateCount:
    code: str
    label: str
    count: int


def state_counts(rows: list[CommuneRow]) -> list[StateCount]:
    counts = defaultdict(int)
    for row in rows:
        counts[row.state.code] += 1
    return [StateCount(code, STATE_LABELS[code], counts[code]) for code in STATES]


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


def dashboard_area(*, user, pk: int, levels) -> Area:
    """An area of `levels` in `user`'s scope, or 404 (1 query)."""
    return get_object_or_404(
        Area.objects.for_user(user).filter(level__in=levels), pk=pk
    )


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
        late=sorted(
            [r for r in rows if r.late],
            key=lambda r: (_state_rank(r), r.commune.name.casefold()),
        ),
        ranking=ranking(rows),
        counts=state_counts(rows),
        params=params,
        spark_weeks=spark_weeks(week),
        can_review=any(r.can_review for r in rows),
    )


def spark_weeks(week: datetime.date) -> list[datetime.date]:
    return [week - datetime.timedelta(weeks=n) for n in range(SPARK_WEEKS - 1, -1, -1)]


@dataclass
class UnitRow:
    """A district (or a commune directly under the province) on the province board."""

    unit: Area
    communes: int
    counts: list[StateCount]
    late: int
    percent: Decimal  # Khối lượng hoàn thành over all its communes' targets
    figures: PlanFigures
    spark: list[Decimal]
    criteria_met: Decimal | None  # average criteria met over its communes
    criteria_total: int | None
    commune: CommuneRow | None  # when the unit is itself a commune


@dataclass
class ProvinceDashboard:
    area: Area
    week: datetime.date
    on: datetime.date
    units: list[UnitRow]
    late: list[CommuneRow]
    ranking: Ranking
    counts: list[StateCount]


def province_dashboard(
    *, user, area: Area, week: datetime.date, now
) -> ProvinceDashboard:
    """The province over its districts, or over its communes where they hang
    directly under it (10 queries)."""
    rows = commune_rows(user=user, area=area, week=week, now=now)
    unit_areas = {
        a.pk: a
        for a in Area.objects.filter(pk__in={r.unit_id for r in rows}).order_by(
            "level", "name"
        )
    }
    grouped: dict[int, list[CommuneRow]] = defaultdict(list)
    for row in rows:
        grouped[row.unit_id].append(row)
    units = []
    for unit_id, unit in unit_areas.items():
        members = grouped[unit_id]
        figures = sum((r.figures for r in members), PlanFigures())
        # Weighted by targets, as the mean over targets the percent is.
        weight = figures.targets
        assessed = [r for r in members if r.criteria_met is not None]
        units.append(
            UnitRow(
                unit=unit,
                communes=len({r.commune.pk for r in members}),
                counts=state_counts(members),
                late=sum(r.late for r in members),
                percent=figures.volume,
                figures=figures,
                spark=[
                    sum((r.spark[i] * r.figures.targets for r in members), ZERO)
                    / weight
                    if weight
                    else ZERO
                    for i in range(SPARK_WEEKS)
                ],
                criteria_met=(
                    Decimal(sum(r.criteria_met for r in assessed)) / len(assessed)
                    if assessed
                    else None
                ),
                criteria_total=assessed[0].criteria_total if assessed else None,
                commune=members[0] if unit.level == AreaLevel.COMMUNE else None,
            )
        )
    return ProvinceDashboard(
        area=area,
        week=week,
        on=as_of(week, timezone.localdate(now)),
        units=units,
        late=sorted(
            [r for r in rows if r.late],
            key=lambda r: (_state_rank(r), r.commune.name.casefold()),
        ),
        ranking=ranking(rows),
        counts=state_counts(rows),
    )


# --- commune ---------------------------------------------------------------------


@dataclass
class VillageLine:
    village: Area
    quantity: Decimal
    value: Decimal | None
    judgement: Judgement
    rate: RateFigure | None = None  # a rate target: the village's count/base


@dataclass
class TargetLine:
    target: Target
    value: Decimal | None  # done to date (yes-no: villages done)
    quantity: Decimal  # yes-no: villages
    judgement: Judgement
    start: datetime.date
    end: datetime.date
    villages: list[VillageLine]
    # A rate target: the commune's rate, Σ counts / Σ bases (commune_rate).
    rate: RateFigure | None = None


@dataclass
class TaskLine:
    task: Task
    status: str
    status_label: str
    percent: int | None
    overdue: bool


@dataclass
class CriteriaPoint:
    on: datetime.date
    met: int
    total: int


@dataclass
class CommuneDashboard:
    commune: Area
    plan: Plan | None
    plans: list[Plan]
    week: datetime.date
    on: datetime.date
    state: WeekState | None
    targets: list[TargetLine]
    tasks: list[TaskLine]
    criteria: list[CriteriaPoint]
    criteria_set: object
    notes: list[ProgressReport]
    can_review: bool


def _target_lines(plan: Plan, week: datetime.date, on: datetime.date) -> list:
    """Targets with their villages, done to date and on-track status (up to 2 queries)."""
    next_week = week + datetime.timedelta(days=7)
    village_targets = village_targets_with_progress(
        plan=plan, period_start=next_week, related=("target__task", "target__phase")
    )
    lines: dict[int, TargetLine] = {}
    for vt in village_targets:
        target = vt.target
        start, end = _frame(
            plan.year,
            (target.task.starts_on, target.task.ends_on)
            if target.task
            else (None, None),
            (target.phase.starts_on, target.phase.ends_on)
            if target.phase
            else (None, None),
        )
        share = expected_share(start=start, end=end, on=on)
        yes_no = target.counting == Counting.YES_NO
        rate = village_rate(*rate_count(vt)) if target.is_rate else None
        value = (
            rate.percent
            if rate
            else village_value(
                counting=target.counting,
                done_sum=vt.done_sum,
                last_amount=vt.last_amount,
                last_done=vt.last_done,
            )
        )
        quantity = Decimal(1) if yes_no else vt.quantity
        line = lines.setdefault(
            target.pk, TargetLine(target, None, ZERO, None, start, end, [])
        )
        line.villages.append(
            VillageLine(
                vt.village,
                quantity,
                value,
                judge(
                    counting=target.counting,
                    higher_is_better=target.higher_is_better,
                    quantity=quantity,
                    value=value,
                    share=share,
                    ended=on > end,
                ),
                rate,
            )
        )
        if value is not None:
            line.value = (line.value or ZERO) + value
        line.quantity += quantity
    for line in lines.values():
        target = line.target
        if target.is_rate:
            line.rate = commune_rate_figure(
                (v.rate.count, v.rate.base) for v in line.villages
            )
            line.value = line.rate.percent
        if target.counting != Counting.YES_NO:
            line.quantity = target.quantity
        if line.value is None and target.counting == Counting.INCREMENT:
            line.value = ZERO
        line.judgement = judge(
            counting=target.counting,
            higher_is_better=target.higher_is_better,
            quantity=line.quantity,
            value=line.value,
            share=expected_share(start=line.start, end=line.end, on=on),
            ended=on > line.end,
        )
    return list(lines.values())


def _task_lines(plan: Plan, week: datetime.date, on: datetime.date) -> list[TaskLine]:
    """Tasks with their latest reported status, overdue first (1 query)."""
    latest = TaskUpdate.objects.filter(
        task=OuterRef("pk"), report__period_start__lte=week
    ).order_by("-report__period_start")
    tasks = Task.objects.filter(plan=plan).annotate(
        reported_status=Subquery(latest.values("status")[:1]),
        reported_percent=Subquery(latest.values("percent")[:1]),
    )
    labels = dict(TaskStatus.choices)
    lines = []
    for task in tasks.order_by("order", "pk"):
        status = task.reported_status or task.status
        overdue = bool(task.ends_on and task.ends_on < on and status != TaskStatus.DONE)
        if overdue and status != TaskStatus.LATE:
            status = TaskStatus.LATE
        lines.append(
            TaskLine(task, status, labels[status], task.reported_percent, overdue)
        )
    order = {
        TaskStatus.LATE: 0,
        TaskStatus.IN_PROGRESS: 1,
        TaskStatus.NOT_STARTED: 2,
        TaskStatus.DONE: 3,
    }
    return sorted(lines, key=lambda t: (not t.overdue, order[t.status]))


def criteria_dates(on: datetime.date) -> list[datetime.date]:
    """A year of criteria, a point a quarter: on, and 3, 6, 9, 12 months before."""
    points = []
    for months in (12, 9, 6, 3, 0):
        year, month = on.year, on.month - months
        while month < 1:
            month += 12
            year -= 1
        day = min(on.day, calendar.monthrange(year, month)[1])
        points.append(datetime.date(year, month, day))
    return points


def commune_dashboard(
    *, user, commune: Area, week: datetime.date, now, plan_pk: int | None = None
) -> CommuneDashboard:
    """One commune: targets by village with on-track status, tasks (overdue
    first), criteria met with a year's trend, this week's report and the latest
    difficulties and proposals (10 queries with a plan and a criteria set)."""
    from criteria.selectors import applicable_set, criteria_trend

    on = as_of(week, timezone.localdate(now))
    plans = list(
        Plan.objects.for_user(user)
        .filter(area=commune, report_period=ReportPeriod.WEEK, status=PlanStatus.ISSUED)
        .order_by("-year", "-pk")
    )
    plan = next((p for p in plans if p.pk == plan_pk), None)
    if plan is None:
        plan = next(
            (p for p in plans if p.year == week.year), plans[0] if plans else None
        )
    state, targets, tasks, notes, can_review = None, [], [], [], False
    if plan is not None:
        report = _week_reports([plan.pk], week).get(plan.pk)
        state = week_state(plan, report, week, now)
        targets = _target_lines(plan, week, on)
        tasks = _task_lines(plan, week, on)
        notes = list(
            ProgressReport.objects.filter(plan=plan, period_start__lte=week)
            .exclude(difficulties="", proposals="")
            .only("pk", "period_start", "difficulties", "proposals", "plan_id")
            .order_by("-period_start")[:4]
        )
        can_review = Plan.objects.reviewable_by(user).filter(pk=plan.pk).exists()
    criteria_set = applicable_set(area=commune, on=on)
    points = []
    if criteria_set is not None:
        days = criteria_dates(on)
        trend = criteria_trend(area_id=commune.pk, criteria_set=criteria_set, days=days)
        points = [
            CriteriaPoint(day, trend[day].met_count, len(trend[day].rows))
            for day in days
        ]
    return CommuneDashboard(
        commune=commune,
        plan=plan,
        plans=plans,
        week=week,
        on=on,
        state=state,
        targets=targets,
        tasks=tasks,
        criteria=points,
        criteria_set=criteria_set,
        notes=notes,
        can_review=can_review,
    )
