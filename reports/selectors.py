"""Reads for progress: entry rows with their cumulative figures, review lists.

Cumulative figures are computed from entries when asked for, in the database,
one query for all rows: "before this period" is every entry whose report starts
earlier, so an entry added late for an earlier week is counted by every later
period automatically."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import Count, DecimalField, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from ntm.compiled import Compiled
from plans.models import Counting, Plan, Target, VillageTarget
from reports import changes_sql, summaries
from reports.models import EntryPhoto, ProgressEntry, ProgressReport
from reports.progress import (
    ONE,
    ZERO,
    cumulative,
    figure_kind,
    is_over_target,
    week_state,
)
from villages.models import Area, AreaLevel
from villages.rights import Rights

if TYPE_CHECKING:
    from reports.services import Lock


class PlainTarget:
    """What a page reads of a Target, from plain values (`plain=True`): no
    model instance. `is_rate` is the model's own property."""

    __slots__ = ("pk", "name", "unit", "counting", "higher_is_better", "quantity")
    is_rate = Target.is_rate

    def __init__(self, pk, name, unit, counting, higher_is_better, quantity):
        self.pk, self.name, self.unit, self.counting = pk, name, unit, counting
        self.higher_is_better, self.quantity = higher_is_better, quantity


class PlainVillage:
    """What a page reads of a village (an Area): its names, by the model's own
    properties."""

    __slots__ = ("pk", "kind", "name")
    full_name = Area.full_name
    title_name = Area.title_name

    def __init__(self, pk, kind, name):
        self.pk, self.kind, self.name = pk, kind, name


class PlainVillageTarget:
    """A VillageTarget as plain values, annotated as
    `village_targets_with_progress` annotates the model's (`done_sum`,
    `last_amount`, `last_base`, `last_done`), so `progress.cumulative` and
    `is_over_target` take either."""

    __slots__ = (
        "pk",
        "quantity",
        "target",
        "village",
        "done_sum",
        "last_amount",
        "last_base",
        "last_done",
    )

    def __init__(self, pk, quantity, target, village, done_sum):
        self.pk, self.quantity, self.target, self.village = (
            pk,
            quantity,
            target,
            village,
        )
        self.done_sum = done_sum

    @property
    def village_id(self) -> int:
        return self.village.pk

    @property
    def target_id(self) -> int:
        return self.target.pk


class PlainEntry:
    """A ProgressEntry as plain values: the fields the page draws."""

    __slots__ = (
        "pk",
        "village_target_id",
        "amount",
        "base",
        "done",
        "done_on",
        "note",
        "version",
        "over_target",
    )
    FIELDS = __slots__

    def __init__(self, *values):
        for name, value in zip(self.FIELDS, values, strict=True):
            setattr(self, name, value)


def village_targets_with_progress(
    *,
    plan: Plan,
    period_start: datetime.date,
    villages=None,
    related=(),
    plain: bool = False,
) -> list[VillageTarget]:
    """The plan's village targets with what was done before `period_start`:
    `done_sum` (increments), `last_amount` (running totals) and `last_done`
    (yes-no); a rate's latest count and base in `last_amount`, `last_base`. `villages` narrows the rows (a village head); `related` adds to
    select_related. Two queries: the rows with their sums, then the latest
    figures of the running totals and yes-no targets (none when there are none).
    `plain`: `PlainVillageTarget`s read as values, no model instances (the
    same statement's figures; NOTE: performance, a page's 80 rows were 240
    model instances, docs/performance.md)."""

    def rows_of_plan():
        queryset = VillageTarget.objects.filter(target__plan=plan)
        return queryset if villages is None else queryset.filter(village__in=villages)

    if plain:
        # NOTE: performance: the figures before the week kept with the plan's
        # summary (summaries.kept_figures), not summed over every week's
        # entries on each drawing (docs/performance.md, "Sixth round").
        kept = summaries.kept_figures(plan_id=plan.pk, week=period_start)
        if kept is not None:
            if _commune_of(villages) is not None:
                found = _PLAIN_ROWS(plan_id=plan.pk, area_id=_commune_of(villages))
            else:
                found = (
                    rows_of_plan().order_by(*ROWS_ORDER).values_list(*_plain_fields())
                )
            rows = _plain_village_targets(found)
            if _from_kept(rows, kept):
                return rows
    queryset = rows_of_plan()
    if not plain:
        queryset = queryset.select_related("target", "village", *related)
    queryset = queryset.annotate(
        done_sum=Coalesce(
            Sum(
                "entries__amount",
                filter=Q(entries__report__period_start__lt=period_start),
            ),
            ZERO,
            output_field=DecimalField(max_digits=16, decimal_places=3),
        )
    ).order_by(*ROWS_ORDER)
    village_targets = (
        _plain_village_targets(queryset.values_list(*_plain_fields("done_sum")))
        if plain
        else list(queryset)
    )
    _add_latest(village_targets, period_start)
    return village_targets


def _from_kept(rows: list[PlainVillageTarget], kept: summaries.Kept) -> bool:
    """Set each row's figures before the week from those kept with the plan's
    summary, as village_targets_with_progress sums them; False when they do
    not fit the rows (no query)."""
    kinds = {
        row.pk: figure_kind(counting=row.target.counting, rate=row.target.is_rate)
        for row in rows
    }
    figures = kept.before(kinds)
    if figures is None:
        return False
    for row in rows:
        kind, figure = kinds[row.pk], figures[row.pk]
        row.last_amount = row.last_base = row.last_done = None
        # Only an increment's figure is a sum (the only one cumulative() reads).
        row.done_sum = figure if kind == Counting.INCREMENT else ZERO
        if kind == "rate":
            if figure is not None:
                row.last_amount, row.last_base = figure
        elif kind == Counting.RUNNING_TOTAL:
            row.last_amount = figure
        elif kind == Counting.YES_NO and figure is not None:
            row.last_done = figure == ONE
    return True


ROWS_ORDER = ("target__order", "target__pk", "village__name")


def _plain_fields(done_sum: str = "pk") -> tuple[str, ...]:
    """What `_plain_village_targets` reads of each row; `done_sum`: the
    annotated sum, or a stand-in column when the sums are not read."""
    return (
        "pk",
        "quantity",
        done_sum,
        "target_id",
        "target__name",
        "target__unit",
        "target__counting",
        "target__higher_is_better",
        "target__quantity",
        "village_id",
        "village__kind",
        "village__name",
    )


def _plain_rows(plan_id: int, area_id: int) -> QuerySet:
    """The rows of a plan's commune without their sums, as
    village_targets_with_progress(plain=True) reads them for the kept figures."""
    return (
        VillageTarget.objects.filter(target__plan_id=plan_id)
        .filter(village__in=entry_villages_of(area_id))
        .order_by(*ROWS_ORDER)
        .values_list(*_plain_fields())
    )


_PLAIN_ROWS = Compiled(_plain_rows, plan_id=int, area_id=int)


def _plain_village_targets(found, *, sums: bool = True) -> list[PlainVillageTarget]:
    """The rows (`_plain_fields` of each) as PlainVillageTargets, each target
    and village one object however many rows share it; without `sums` (their
    column a stand-in), `done_sum` is None."""
    targets, villages, rows = {}, {}, []
    for (
        pk,
        quantity,
        done_sum,
        target_id,
        name,
        unit,
        counting,
        higher_is_better,
        target_quantity,
        village_id,
        kind,
        village_name,
    ) in found:
        target = targets.get(target_id)
        if target is None:
            target = targets[target_id] = PlainTarget(
                target_id, name, unit, counting, higher_is_better, target_quantity
            )
        village = villages.get(village_id)
        if village is None:
            village = villages[village_id] = PlainVillage(
                village_id, kind, village_name
            )
        rows.append(
            PlainVillageTarget(
                pk, quantity, target, village, done_sum if sums else None
            )
        )
    return rows


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
    photos: list[int] = field(default_factory=list)  # the entry's, in order

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
    photos: bool = True,
    plain: bool = False,
) -> list[EntryRow]:
    """One row per village target the reader may enter, with the figure before
    the period, to date and what remains, and (`photos`) its entry's photos
    (up to 4 queries). `plain`: the village targets and entries as plain
    values (`PlainVillageTarget`, `PlainEntry`) for a page that only draws
    them; the figures are the same function's (`progress.cumulative`)."""
    targets = village_targets_with_progress(
        plan=plan, period_start=period_start, villages=villages, plain=plain
    )
    entries, photo_ids = {}, {}
    if report is not None:
        found = ProgressEntry.objects.filter(report_id=report.pk)
        if plain and photos:
            entries, photo_ids = _plain_entries_with_photos(
                _ENTRIES_WITH_PHOTOS(report_id=report.pk)
            )
        elif plain:
            entries = {
                values[1]: PlainEntry(*values)
                for values in found.values_list(*PlainEntry.FIELDS)
            }
        else:
            entries = {e.village_target_id: e for e in found}
    if entries and photos and not plain:
        # NOTE: performance: photo ids in one query, not prefetch_related's
        # queryset built for each of the 80 entries (docs/performance.md).
        for entry_id, pk in EntryPhoto.objects.filter(
            entry__report_id=report.pk
        ).values_list("entry_id", "pk"):
            photo_ids.setdefault(entry_id, []).append(pk)
    rows = []
    for village_target in targets:
        entry = entries.get(village_target.pk)
        before = cumulative(village_target)
        to_date = cumulative(village_target, entry)
        remaining = None
        if isinstance(to_date, Decimal) or to_date is None:
            remaining = max(village_target.quantity - (to_date or ZERO), ZERO)
        rows.append(
            EntryRow(
                village_target,
                entry,
                before,
                to_date,
                remaining,
                photo_ids.get(entry.pk, []) if entry else [],
            )
        )
    return rows


def _entries_with_photos(report_id: int) -> QuerySet:
    return (
        ProgressEntry.objects.filter(report_id=report_id)
        .values_list(*PlainEntry.FIELDS, "photos__pk")
        .order_by("pk", "photos__uploaded_at", "photos__pk")
    )


_ENTRIES_WITH_PHOTOS = Compiled(_entries_with_photos, report_id=int)


def _plain_entries_with_photos(found) -> tuple[dict, dict]:
    """The report's entries as PlainEntries by village target, and their
    photos' ids in order by entry, from `_entries_with_photos`' rows: one
    statement (the photos joined), not two."""
    entries, photo_ids = {}, {}
    for *values, photo in found:
        if values[1] not in entries:
            entries[values[1]] = PlainEntry(*values)
        if photo is not None:
            photo_ids.setdefault(values[0], []).append(photo)
    return entries, photo_ids


def entry_villages(*, plan: Plan, user=None):
    """The villages whose rows `user` may see and enter: all of the commune for
    its officials, only their own for a village head; without `user`, all."""
    villages = entry_villages_of(plan.area_id)
    return villages if user is None else villages.for_user(user)


def entry_villages_of(area_id: int) -> QuerySet:
    """All the villages of the commune `area_id`, as a queryset that the rows'
    statements take as a subquery; it says which commune (`_commune_of`),
    which a queryset made from it by filtering no longer does."""
    villages = Area.objects.filter(parent_id=area_id).villages()
    villages._commune_of = area_id  # not copied by a clone (filter, for_user…)
    return villages


def _commune_of(villages) -> int | None:
    """The commune whose villages `villages` is (entry_villages_of), else None."""
    return getattr(villages, "_commune_of", None)


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
    """What changed in the entries of `villages` (a queryset of areas or their
    ids) since `since`, newest first, with the value before each change, from
    the entries' history (2 queries)."""
    # A range on the column, which its index can serve; history_date__date
    # wraps it in a function, which none can. (With fresh statistics
    # PostgreSQL starts from the plan's reports either way; with stale ones
    # the function form read the whole history table.)
    start = timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))
    # NOTE: performance: plain rows, no model instances (30 records with
    # their user, village, target and report were ~150 instances a page),
    # and both statements as plain SQL built once a process: compiling the
    # ORM's six-table join cost more CPU than the rest of the page's
    # changes (docs/performance.md, "Fifth round"). The ORM's form is kept
    # in tests/reports/test_recent_changes_sql.py, which checks both agree.
    recent = changes_sql.recent(
        plan_id=plan.pk, start=start, villages=villages, limit=limit
    )
    ids = {record[0] for record in recent}
    earlier: dict[int, list] = {}
    for pk, history_id, amount, done in changes_sql.chains(ids):
        earlier.setdefault(pk, []).append((history_id, amount, done))
    changes = []
    for (
        pk,
        history_id,
        when,
        history_type,
        reason,
        amount,
        done,
        first_name,
        last_name,
        username,
        kind,
        village,
        target,
        unit,
        counting,
        period_start,
    ) in recent:
        chain = earlier.get(pk, [])
        position = next(i for i, r in enumerate(chain) if r[0] == history_id)
        previous = chain[position - 1] if position else None
        yes_no = counting == Counting.YES_NO
        # As User.get_full_name() and Area.title_name.
        full_name = f"{first_name} {last_name}".strip() if username else ""
        village_name = f"{kind} {village}"
        changes.append(
            Change(
                when=when,
                who=(full_name or username) if username else "",
                village=village_name[:1].upper() + village_name[1:],
                target=target,
                unit=unit,
                period_start=period_start,
                before=_value(previous, yes_no),
                after=None
                if history_type == "-"
                else _value((history_id, amount, done), yes_no),
                reason=reason or "",
                yes_no=yes_no,
            )
        )
    return changes


def _value(record, yes_no: bool):
    """A history row's (history_id, amount, done): the figure it held."""
    if record is None:
        return None
    return record[2] if yes_no else record[1]


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


def _tasks(plan_id: int) -> QuerySet:
    from plans.models import Task

    return Task.objects.filter(plan_id=plan_id).order_by("order", "pk")


def _task_updates(plan_id: int, period_start: datetime.date) -> QuerySet:
    from reports.models import TaskUpdate

    return (
        TaskUpdate.objects.filter(
            task__plan_id=plan_id, report__period_start__lte=period_start
        )
        .select_related("report")
        .order_by("report__period_start")
    )


_TASKS = Compiled(_tasks, plan_id=int)
_TASK_UPDATES = Compiled(_task_updates, plan_id=int, period_start=datetime.date)


@dataclass
class TaskRow:
    task: object
    update: object | None  # this period's TaskUpdate
    previous: object | None  # the latest earlier one, carried forward as the default


def task_rows(
    *, plan: Plan, period_start: datetime.date, report: ProgressReport | None
) -> list[TaskRow]:
    """The plan's tasks with this period's update and the latest earlier one (2 queries)."""
    tasks = _TASKS(plan_id=plan.pk)
    current, previous = {}, {}
    for update in _TASK_UPDATES(plan_id=plan.pk, period_start=period_start):
        if report is not None and update.report_id == report.pk:
            current[update.task_id] = update
        elif update.report.period_start < period_start:
            previous[update.task_id] = update
    return [
        TaskRow(task, current.get(task.pk), previous.get(task.pk)) for task in tasks
    ]


@dataclass
class EntryPage:
    """What the week's entry page needs, read once per request (`entry_page`)."""

    plan: Plan
    period_start: datetime.date
    report: ProgressReport | None
    # None when read to save: the save decides it, under the report's row lock.
    lock: Lock | None
    rows: list[EntryRow]
    task_rows: list[TaskRow]
    writable: set[int]  # the village targets whose rows the user writes
    writes_rows: bool  # the user writes some village's rows of this plan
    report_editable: bool  # the user writes the report's text and submits it
    # The villages the user sees: ids, or all the commune's as a queryset.
    villages: list[int] | QuerySet | None = None

    @property
    def locked(self) -> bool:
        return self.lock is not None and self.lock.locked

    @property
    def editable(self) -> set[int]:
        """The rows on the form: none while the week is locked."""
        return set() if self.locked else self.writable


def entry_page(
    *,
    user,
    plan: Plan,
    period_start: datetime.date,
    now: datetime.datetime,
    to_save: bool = False,
    rights: Rights | None = None,
) -> EntryPage:
    """The rows, tasks, report, lock and rights of the week's page for `user`.

    `to_save`: read for a POST that is about to save and redirect, so only
    what the form needs to read the post back (rows without their cumulative
    figures, tasks without their updates, no report and no lock: the save
    reads the report under its row lock and decides the lock there).
    Otherwise everything the page draws (7 queries, fewer without tasks).

    `plan` carries `user_edits` (reports.views._plan); the villages the user
    sees and those whose rows they write are decided from `rights`, the
    user's memberships read once a request (villages.rights: the conditions
    of entry_villages and progress_writable_by, in Python; NOTE:
    performance: no membership subquery built, docs/performance.md)."""
    from reports.services import report_lock

    rights = rights or Rights.read(user)
    seen, writes = rights.villages_of(plan.area)
    # All the commune's villages as a subquery of the rows' statements,
    # or the ids of the user's own (a village head).
    villages = entry_villages(plan=plan) if seen is None else sorted(seen)
    report_editable = plan.user_edits
    if to_save:
        report, lock = None, None
        # NOTE: performance: plain rows, no model instances (a POST read 240:
        # the rows, their targets and villages); the form and the save read
        # only what PlainVillageTarget has (docs/performance.md).
        found = _plain_village_targets(
            _PLAIN_ROWS(plan_id=plan.pk, area_id=_commune_of(villages))
            if _commune_of(villages) is not None
            else VillageTarget.objects.filter(target__plan=plan, village__in=villages)
            .order_by(*ROWS_ORDER)
            .values_list(*_plain_fields()),
            sums=False,
        )
        rows = [
            EntryRow(village_target, None, None, None, None) for village_target in found
        ]
        tasks = plans_task_rows(plan=plan) if report_editable else []
    else:
        report = _week_report(plan=plan, period_start=period_start)
        lock = report_lock(plan=plan, period_start=period_start, report=report, now=now)
        rows = entry_rows(
            plan=plan,
            period_start=period_start,
            report=report,
            villages=villages,
            plain=True,
        )
        tasks = (
            task_rows(plan=plan, period_start=period_start, report=report)
            if report_editable and not lock.locked
            else []
        )
    return EntryPage(
        plan=plan,
        period_start=period_start,
        report=report,
        lock=lock,
        rows=rows,
        task_rows=tasks,
        writable={
            row.village_target.pk
            for row in rows
            if writes is None or row.village_target.village_id in writes
        },
        # Villages hang under communes only: a district's plan has none, but
        # its editor writes the report's text, which the page offers, so the
        # save takes it (a page never offers a form that is refused).
        writes_rows=bool(writes)
        or (writes is None and plan.area.level == AreaLevel.COMMUNE)
        or report_editable,
        report_editable=report_editable,
        villages=villages,
    )


def _week_report_queryset(plan_id: int, period_start: datetime.date) -> QuerySet:
    """`_week_report`'s statement, as `.first()` sends it."""
    from django.db.models import Exists, OuterRef

    from reports.models import Reopening, Withdrawal

    queryset = (
        ProgressReport.objects.filter(plan_id=plan_id, period_start=period_start)
        .select_related("submitted_by", "reviewed_by")
        .annotate(
            open_reopening=Exists(
                Reopening.objects.filter(report=OuterRef("pk"), closed_at__isnull=True)
            ),
            withdrawn=Exists(Withdrawal.objects.filter(report=OuterRef("pk"))),
        )
    )
    return (queryset if queryset.ordered else queryset.order_by("pk"))[:1]


# NOTE: performance: the statements of every drawing of the week's page and of
# every save, built and compiled once a process (ntm/compiled.py; the
# querysets are the ORM's, tests/reports/test_compiled_statements.py).
_WEEK_REPORT = Compiled(_week_report_queryset, plan_id=int, period_start=datetime.date)


def _week_report(*, plan: Plan, period_start) -> ProgressReport | None:
    """The week's report with its submitter and reviewer, whether a reopening
    of it is open (`open_reopening`, which report_lock reads) and its
    withdrawals: one statement, two when it was ever withdrawn (NOTE:
    performance: before, the withdrawals and the reopening were a statement
    each on every drawing, docs/performance.md, "Sixth round")."""
    from django.db.models import prefetch_related_objects

    from reports.models import Withdrawal

    found = _WEEK_REPORT(plan_id=plan.pk, period_start=period_start)
    if not found:
        return None
    report = found[0]
    if report.withdrawn:
        prefetch_related_objects([report], "withdrawals__withdrawn_by")
    else:
        # What the prefetch would have found: none (the page asks no more).
        report._prefetched_objects_cache = {"withdrawals": Withdrawal.objects.none()}
    return report


def plans_task_rows(*, plan: Plan) -> list[TaskRow]:
    """The plan's tasks, without their updates: what reading a post back needs."""
    return [TaskRow(task, None, None) for task in _TASKS(plan_id=plan.pk)]
