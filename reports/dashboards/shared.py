"""What every dashboard reads: commune, district and province, at a glance.

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

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404
from django.utils import timezone

from criteria.selectors import communes_summaries
from plans.models import Plan, PlanStatus, ReportPeriod
from reports import summaries
from reports.models import ProgressReport, Reopening
from reports.progress import (
    STATE_LABELS,
    STATES,
    WEEKLY_BUCKETS,
    ZERO,
    Changes,
    PlanFigures,
    WeekState,
    capped,
    changes_sql,
    fetch_changes,
    week_state,
)
from reports.target_frames import target_infos
from villages.models import Area, AreaLevel
from villages.querysets import succession_annotations

SPARK_WEEKS = 8


RANKING_SIZE = 3


def as_of(week: datetime.date, today: datetime.date) -> datetime.date:
    """The day a week's figures are judged on: today in the current week, its
    Sunday for a past week."""
    return min(today, week + datetime.timedelta(days=6))


def week_reports(plan_ids, week: datetime.date) -> dict[int, ProgressReport]:
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


def _weekly_changes(plan_ids, first: datetime.date, last: datetime.date):
    """progress.Changes for the weeks up to `last`: {target_id: {bucket:
    change}}, every week before `first` folded into the bucket `first - 7
    days`, and the rate targets' levels by week (1 query).

    NOTE: raw SQL, because the previous figure of each village is a window
    function (LAG) and the ORM cannot aggregate over one. The ORM version with
    a correlated subquery per entry measured 3× slower in `manage.py bench`.
    Works on SQLite (≥ 3.25) and PostgreSQL."""
    if not plan_ids:
        return Changes({}, {})
    before = first - datetime.timedelta(days=7)
    adapt = connection.ops.adapt_datefield_value
    return fetch_changes(
        changes_sql(WEEKLY_BUCKETS, plan_ids),
        [*plan_ids, adapt(last), adapt(first), adapt(before)],
    )


@dataclass
class PlanProgress:
    percent: Decimal  # mean over targets of percent done (each capped at 100)
    behind: int  # targets in red
    spark: list[Decimal]  # percent at the end of each of the last weeks


def summary_rows(*, plan_ids: list[int], week: datetime.date) -> dict:
    """The weekly summary rows of the plans over the sparkline's weeks, brought
    up to date first (2 queries; 11 when some plan's summary must be rebuilt)."""
    summaries.refresh(plan_ids=plan_ids)
    return summaries.weeks(plan_ids=plan_ids, first=spark_weeks(week)[0], last=week)


def plans_progress(
    *, plan_ids: list[int], week: datetime.date, on: datetime.date, rows=None
) -> dict[int, PlanProgress]:
    """Percent of targets done per plan at the end of `week` and of the 7 weeks
    before it, and how many targets are behind on `on`, from the weekly summary
    (2 queries, none when its `rows` from summary_rows are given).

    The same numbers as plans_progress_from_entries, which tests hold it to."""
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
    targets = target_infos(plan_ids, years)
    weekly = _weekly_changes(plan_ids, weeks[0], week)
    changes, levels = weekly.changes, weekly.levels
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
            if target.rate_hib is not None:  # a rate: its level at that day
                level = [v for w, v in levels.get(target.pk, {}).items() if w <= day]
                value = level[-1] if level else None
            verdict = target.judged(value, on)
            sums[target.plan_id][index] += capped(verdict.percent)
            if index == SPARK_WEEKS - 1 and verdict.status == "red":
                behind[target.plan_id] += 1
    result = {}
    for plan_id in plan_ids:
        n = counts.get(plan_id, 0)
        spark = [(s / n if n else ZERO) for s in sums[plan_id]]
        result[plan_id] = PlanProgress(spark[-1], behind.get(plan_id, 0), spark)
    return result


@dataclass
class CommuneRow:
    commune: Area
    plan: Plan
    state: WeekState
    percent: Decimal  # Khối lượng hoàn thành (figures.volume)
    figures: PlanFigures  # both headline figures, from summaries.plan_figures
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
    reports = week_reports(plan_ids, week)
    weekly = summary_rows(plan_ids=plan_ids, week=week)
    progress = plans_progress(plan_ids=plan_ids, week=week, on=on, rows=weekly)
    figures = summaries.plan_figures(plan_ids=plan_ids, week=week, summary_rows=weekly)
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


def state_rank(row: CommuneRow) -> int:
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


def worst_first(row: CommuneRow) -> tuple:
    """Sort key: state_rank, then the commune's name."""
    return state_rank(row), row.commune.name.casefold()


def late_rows(rows: list[CommuneRow]) -> list[CommuneRow]:
    """The communes late this week, worst first (the boards' late list)."""
    return sorted((r for r in rows if r.late), key=worst_first)


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


def dashboard_area(*, user, pk: int, levels) -> Area:
    """An area of `levels` in `user`'s scope, or 404 (1 query)."""
    return get_object_or_404(
        Area.objects.for_user(user).filter(level__in=levels), pk=pk
    )


def spark_weeks(week: datetime.date) -> list[datetime.date]:
    return [week - datetime.timedelta(weeks=n) for n in range(SPARK_WEEKS - 1, -1, -1)]
