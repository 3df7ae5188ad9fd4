"""Reads for progress: entry rows with their cumulative figures, review lists.

Cumulative figures are computed from entries when asked for, in the database,
one query for all rows: "before this period" is every entry whose report starts
earlier, so an entry added late for an earlier week is counted by every later
period automatically."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, DecimalField, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from plans.models import Counting, Plan, VillageTarget
from reports.models import ProgressEntry, ProgressReport
from reports.progress import (
    ZERO,
    cumulative,
    is_over_target,
    week_state,
)
from villages.models import Area


def village_targets_with_progress(
    *, plan: Plan, period_start: datetime.date, villages=None, related=()
) -> list[VillageTarget]:
    """The plan's village targets with what was done before `period_start`:
    `done_sum` (increments), `last_amount` (running totals) and `last_done`
    (yes-no); a rate's latest count and base in `last_amount`, `last_base`. `villages` narrows the rows (a village head); `related` adds to
    select_related. Two queries: the rows with their sums, then the latest
    figures of the running totals and yes-no targets (none when there are none)."""
    queryset = VillageTarget.objects.filter(target__plan=plan)
    if villages is not None:
        queryset = queryset.filter(village__in=villages)
    village_targets = list(
        queryset.select_related("target", "village", *related)
        .annotate(
            done_sum=Coalesce(
                Sum(
                    "entries__amount",
                    filter=Q(entries__report__period_start__lt=period_start),
                ),
                ZERO,
                output_field=DecimalField(max_digits=16, decimal_places=3),
            )
        )
        .order_by("target__order", "target__pk", "village__name")
    )
    _add_latest(village_targets, period_start)
    return village_targets


def _add_latest(village_targets: list[VillageTarget], period_start) -> None:
    """Set `last_amount` and `last_done`: each target's latest figure before
    `period_start`. Read as plain rows and kept in Python: as correlated
    subqueries PostgreSQL walked every report of the province once a row
    (17 ms for a page of 80 rows, growing with every week reported)."""
    latest = {}
    for village_target in village_targets:
        village_target.last_amount = village_target.last_done = None
        village_target.last_base = None
        target = village_target.target
        if target.counting != Counting.INCREMENT or target.is_rate:
            latest[village_target.pk] = village_target
    if not latest:
        return
    figures = (
        ProgressEntry.objects.filter(
            village_target_id__in=latest, report__period_start__lt=period_start
        )
        .filter(Q(amount__isnull=False) | Q(done__isnull=False))
        .order_by("report__period_start")
        .values_list("village_target_id", "amount", "base", "done")
    )
    for pk, amount, base, done in figures:
        village_target = latest[pk]
        if village_target.target.is_rate:
            # A rate's figure is a count with its base, both of one week.
            if amount is not None and base is not None:
                village_target.last_amount, village_target.last_base = amount, base
            continue
        if amount is not None:
            village_target.last_amount = amount
        if done is not None:
            village_target.last_done = done


@dataclass
class EntryRow:
    village_target: VillageTarget
    entry: ProgressEntry | None
    before: Decimal | bool | None  # the figure before this period
    to_date: Decimal | bool | None  # including this period
    remaining: Decimal | None

    @property
    def target(self):
        return self.village_target.target

    @property
    def over_target(self) -> bool:
        return is_over_target(self.village_target, self.to_date)


def entry_rows(
    *,
    plan: Plan,
    period_start: datetime.date,
    report: ProgressReport | None,
    villages=None,
) -> list[EntryRow]:
    """One row per village target the reader may enter, with the figure before
    the period, to date and what remains (up to 3 queries)."""
    targets = village_targets_with_progress(
        plan=plan, period_start=period_start, villages=villages
    )
    entries = {}
    if report is not None:
        entries = {e.village_target_id: e for e in report.entries.all()}
    rows = []
    for village_target in targets:
        entry = entries.get(village_target.pk)
        before = cumulative(village_target)
        to_date = cumulative(village_target, entry)
        remaining = None
        if isinstance(to_date, Decimal) or to_date is None:
            remaining = max(village_target.quantity - (to_date or ZERO), ZERO)
        rows.append(EntryRow(village_target, entry, before, to_date, remaining))
    return rows


def entry_villages(*, user, plan: Plan):
    """The villages whose rows `user` may see and enter: all of the commune for
    its officials, only their own for a village head."""
    return Area.objects.for_user(user).filter(parent_id=plan.area_id).villages()


@dataclass
class Change:
    when: datetime.datetime
    who: str
    village: str
    target: str
    unit: str
    period_start: datetime.date
    before: object  # a Decimal, or for a yes/no target True / False / None
    after: object
    reason: str
    yes_no: bool = False


def recent_changes(
    *, plan: Plan, since: datetime.date, villages, limit: int = 30
) -> list[Change]:
    """What changed in the entries of `villages` since `since`, newest first, with the
    value before each change, from the entries' history (2 queries)."""
    history = ProgressEntry.history.model.objects
    # A range on the column, which its index can serve; history_date__date
    # wraps it in a function, which none can. (With fresh statistics
    # PostgreSQL starts from the plan's reports either way; with stale ones
    # the function form read the whole history table.)
    start = timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))
    recent = list(
        history.filter(
            report__plan=plan,
            history_date__gte=start,
            village_target__village__in=villages,
        )
        .select_related(
            "history_user",
            "village_target__village",
            "village_target__target",
            "report",
        )
        .order_by("-history_date", "-history_id")[:limit]
    )
    ids = {record.id for record in recent}
    earlier: dict[int, list] = {}
    for record in (
        history.filter(id__in=ids)
        .order_by("history_date", "history_id")
        .only("id", "history_id", "amount", "done")
    ):
        earlier.setdefault(record.id, []).append(record)
    changes = []
    for record in recent:
        chain = earlier.get(record.id, [])
        position = next(
            i for i, r in enumerate(chain) if r.history_id == record.history_id
        )
        previous = chain[position - 1] if position else None
        yes_no = record.village_target.target.counting == Counting.YES_NO
        user = record.history_user
        changes.append(
            Change(
                when=record.history_date,
                who=(user.get_full_name() or user.username) if user else "",
                village=record.village_target.village.title_name,
                target=record.village_target.target.name,
                unit=record.village_target.target.unit,
                period_start=record.report.period_start,
                before=_value(previous, yes_no),
                after=None if record.history_type == "-" else _value(record, yes_no),
                reason=record.history_change_reason or "",
                yes_no=yes_no,
            )
        )
    return changes


def _value(record, yes_no: bool):
    if record is None:
        return None
    return record.done if yes_no else record.amount


@dataclass
class ReviewRow:
    plan: Plan
    report: ProgressReport | None
    state: str
    overdue: bool
    reopened: bool


def review_rows(
    *, plans, period_start: datetime.date, now: datetime.datetime
) -> list[ReviewRow]:
    """Every weekly-reporting plan a reviewer oversees, with its report for the
    week, whether it is overdue, and how many of its rows run far past their
    target (3 queries, whatever the number of communes)."""
    from plans.models import PlanStatus, ReportPeriod
    from reports.models import Reopening

    plans = list(
        plans.filter(
            report_period=ReportPeriod.WEEK,
            status=PlanStatus.ISSUED,
            year__in={
                period_start.year,
                (period_start + datetime.timedelta(days=6)).year,
            },
        )
        .select_related("area")
        .order_by("area__path", "pk")
    )
    reports = {
        r.plan_id: r
        for r in ProgressReport.objects.filter(
            plan__in=plans, period_start=period_start
        )
        .select_related("submitted_by")
        .annotate(over_target=Count("entries", filter=Q(entries__over_target=True)))
    }
    reopened = set(
        Reopening.objects.filter(
            report__in=reports.values(), closed_at__isnull=True
        ).values_list("report__plan_id", flat=True)
    )
    rows = []
    for plan in plans:
        state = week_state(
            plan, reports.get(plan.pk), period_start, now, reopened=plan.pk in reopened
        )
        rows.append(
            ReviewRow(plan, state.report, state.label, state.overdue, state.reopened)
        )
    return rows


@dataclass
class TaskRow:
    task: object
    update: object | None  # this period's TaskUpdate
    previous: object | None  # the latest earlier one, carried forward as the default


def task_rows(
    *, plan: Plan, period_start: datetime.date, report: ProgressReport | None
) -> list[TaskRow]:
    """The plan's tasks with this period's update and the latest earlier one (2 queries)."""
    from plans.models import Task
    from reports.models import TaskUpdate

    tasks = list(Task.objects.filter(plan=plan).order_by("order", "pk"))
    current, previous = {}, {}
    updates = TaskUpdate.objects.filter(
        task__plan=plan, report__period_start__lte=period_start
    ).select_related("report")
    for update in updates.order_by("report__period_start"):
        if report is not None and update.report_id == report.pk:
            current[update.task_id] = update
        elif update.report.period_start < period_start:
            previous[update.task_id] = update
    return [
        TaskRow(task, current.get(task.pk), previous.get(task.pk)) for task in tasks
    ]
