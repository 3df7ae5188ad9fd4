"""The commune dashboard: targets by village with on-track status, tasks,
criteria met over a year, this week's report and the latest notes."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from plans.models import (
    Counting,
    Plan,
    PlanStatus,
    ReportPeriod,
    Target,
    Task,
    TaskStatus,
)
from reports.dashboards.shared import as_of, week_reports
from reports.models import ProgressReport, TaskUpdate
from reports.progress import (
    ZERO,
    Judgement,
    RateFigure,
    WeekState,
    commune_rate_figure,
    expected_share,
    judge,
    rate_count,
    time_frame,
    village_rate,
    village_value,
    week_state,
)
from reports.selectors import village_targets_with_progress
from villages.models import Area
from villages.querysets import predecessor_ids, succession_scope


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
    # The weekly plans of the communes this one replaced (the 2025 reform),
    # those the user may read; `inherited` marks those read only as history.
    former_plans: list[Plan]
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
        start, end = time_frame(
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
    # NOTE: the former communes' plans ride on the same statement as the
    # commune's own (the dashboard's query count is pinned).
    former = predecessor_ids(Area.objects.filter(pk=commune.pk).values("pk"))
    rows = list(
        Plan.objects.for_user(user)
        .filter(
            Q(area=commune) | Q(area_id__in=former),
            report_period=ReportPeriod.WEEK,
            status=PlanStatus.ISSUED,
        )
        .select_related("area")
        .annotate(inherited=succession_scope(user, "area__path"))
        .order_by("-year", "-pk")
    )
    plans = [p for p in rows if p.area_id == commune.pk]
    former_plans = sorted(
        (p for p in rows if p.area_id != commune.pk),
        key=lambda p: (p.area.path, -p.year, -p.pk),
    )
    plan = next((p for p in plans if p.pk == plan_pk), None)
    if plan is None:
        plan = next(
            (p for p in plans if p.year == week.year), plans[0] if plans else None
        )
    state, targets, tasks, notes, can_review = None, [], [], [], False
    if plan is not None:
        report = week_reports([plan.pk], week).get(plan.pk)
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
        former_plans=former_plans,
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
