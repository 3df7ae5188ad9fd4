"""The weekly progress summary the district and province dashboards read.

Computed from entries on every request (reports.dashboards.
plans_progress_from_entries), a dashboard aggregates a year of entries: 4.16
million rows for a province in `manage.py bench`, seconds per page. Instead,
PlanProgressWeek keeps, per plan, one row per week in which a figure changed
(and an opening row): the number of targets, the sum of their capped percents
done and, per target, the first day from which it is behind. A district's
eight-week table then reads about nine rows per commune.

The rows are derived, never edited by hand: build_rows() recomputes all of a
plan's rows from its entries and targets with the functions the computation
over entries uses (the same SQL for the weekly changes, percent_done, capped,
judge), so the dashboards show the same numbers to the last digit; tests
compare the two on random data.

Freshness. Database triggers (migration reports 0002) bump PlanProgressStale.
generation in the same transaction as any change the figures depend on:
entries, their report's week, targets (quantity, counting, direction, task,
phase), the villages a target is split across, task and phase dates, the
plan's year. PlanProgressBuilt holds the generation the rows were built from.
refresh() — which the dashboards call before reading — rebuilds the plans whose
generations differ, in a constant number of queries however many they are.

NOTE: one difference, for data weekly plans do not produce: a report whose
period does not start on a Monday (left from when a plan reported monthly)
counts here from its first day, while plans_progress_from_entries skips it
inside the eight-week window (it matches Mondays only) and counts it once it
falls before the window. Weekly periods start on Monday (periods.period_bounds).

Kept up to date by the save. entries_save carries kept_fresh: in the save's
transaction the plan's summary is updated in place (a save of the current
week: its row made anew from the village targets' figures kept in
PlanProgressBuilt.figures and two weeks of entries) or rebuilt (this plan
only), so that readers find nothing stale. The other writers (imports, the
plan's pages, the admin) keep the plans they touched up to date once they
commit (reports.freshness); raw SQL and bulk writes only mark the plan stale,
and the next reader rebuilds it.

Concurrency. A save never waits for a reader's rebuild (SKIP LOCKED: the plan
is then left stale for the next reader). A rebuild locks the plans'
PlanProgressBuilt rows (SELECT … FOR UPDATE, in plan order), then reads the
generations, then the entries: rebuilds of one plan queue, and a save that
commits after the generation was read leaves the plan stale for the next
reader instead of being lost."""

from __future__ import annotations

import datetime
import functools
import json
from bisect import bisect_right
from collections import defaultdict
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import F, OuterRef, Q, Subquery

from ntm.compiled import Compiled
from plans.models import Counting, Plan
from reports.models import PlanProgressBuilt, PlanProgressStale, PlanProgressWeek
from reports.progress import (
    ALL_WEEKS,
    AMBER_SHARE,
    ZERO,
    Changes,
    PlanFigures,
    ReachedHistory,
    as_date,
    as_decimal,
    capped,
    changes_sql,
    fetch_changes,
    figure_kind,
    figures_before_last,
    fold_entry,
    opening_figure,
    percent_done,
    rate_level,
    rate_share,
    reached,
    reached_history,
)
from reports.target_frames import TargetInfo, target_infos

# The week of a plan's opening row: its figures before any report.
OPENING = datetime.date(1, 1, 1)
ALWAYS = 0  # red_from for a target behind on any day
AMBER = AMBER_SHARE.as_integer_ratio()
ONE_DAY = datetime.timedelta(days=1)


# --- what a target's figure means on a given day -----------------------------------


def _red(target: TargetInfo, value: Decimal, day: datetime.date) -> bool:
    return target.judged(value, day).status == "red"


def red_from(target: TargetInfo, value: Decimal | None) -> int | None:
    """The first day (date.toordinal()) on which judge() calls `value` red for
    `target`: ALWAYS (0) for every day, None for never.

    What is due only grows with the day, so a figure once behind stays behind:
    one day splits the calendar. Found by exact arithmetic; at an exact tie
    judge() itself decides, so the answer is judge()'s to the last digit."""
    if value is None or target.quantity <= 0:
        return None
    quantity, start, end = target.quantity, target.start, target.end
    ceiling = not target.higher_is_better and target.counting != Counting.YES_NO
    if ceiling:
        if value <= quantity:
            return None
        # Over a yearly allowance: behind at once; over a level: once the time is up.
        if target.counting == Counting.INCREMENT:
            return ALWAYS
        return (end + ONE_DAY).toordinal()
    if value < 0:
        return ALWAYS  # below even what is due before the start (nothing)
    if value >= quantity * AMBER_SHARE:
        return None  # not behind even when all of it is due
    # Due on day d of a time frame of t days: quantity × d / t; behind when the
    # value is under AMBER_SHARE of it: first d with amber × q × d > value × t.
    # In integers (exact ratios; Fraction would be 5× slower here):
    # bound = value × t / (amber × q), first d = floor(bound) + 1 ≤ t.
    total = (end - start).days + 1
    v, v_den = value.as_integer_ratio()
    q, q_den = quantity.as_integer_ratio()
    numerator = v * total * AMBER[1] * q_den
    denominator = v_den * AMBER[0] * q
    first = numerator // denominator + 1
    day = start + datetime.timedelta(days=first - 1)
    if numerator % denominator == 0 and _red(target, value, day - ONE_DAY):
        day -= ONE_DAY  # an exact tie that judge()'s rounding calls red
    return day.toordinal()


def _opening(target: TargetInfo) -> Decimal | None:
    """A target's figure before any report: nothing done, or no figure yet."""
    if target.rate_hib is None and target.counting == Counting.INCREMENT:
        return ZERO
    return None


# --- build ---------------------------------------------------------------------


def _weekly_changes(plan_ids: list[int]) -> Changes:
    """The changes and rate levels of every report week of the plans (1 query)."""
    return fetch_changes(
        changes_sql(ALL_WEEKS, plan_ids),
        [*plan_ids, connection.ops.adapt_datefield_value(datetime.date.max)],
    )


def _judged(target: TargetInfo, value: Decimal | None) -> tuple[Decimal, int | None]:
    """A target's capped percent done and the day it falls behind."""
    percent = percent_done(
        counting=target.counting,
        higher_is_better=target.higher_is_better,
        quantity=target.quantity,
        value=value,
    )
    return capped(percent), red_from(target, value)


def _row(plan_id, week, targets: int, state, assigned: int, reached_now: int):
    """A summary row from its targets' (capped percent, red_from) in pk order."""
    total = ZERO
    for percent, _ in state:
        total += percent
    return PlanProgressWeek(
        plan_id=plan_id,
        week=week,
        targets=targets,
        percent_sum=str(total),
        red_from=sorted(r for _, r in state if r is not None),
        assigned=assigned,
        reached=reached_now,
    )


def build_rows(
    plan_id: int,
    targets: list[TargetInfo],
    changes: dict,
    reached: ReachedHistory | None = None,
    levels: dict | None = None,
) -> list[PlanProgressWeek]:
    """A plan's summary rows from its targets (in pk order), their weekly
    changes, the levels of its rate targets (progress.rate_levels_from) and the
    history of its village targets reached."""
    reached = reached or ReachedHistory()
    levels = levels or {}
    weeks = sorted(
        {week for t in targets for week in changes.get(t.pk, ())}
        | {week for t in targets for week in levels.get(t.pk, ())}
        | set(reached.flips)
    )
    reached_now = reached.opening
    values = [_opening(t) for t in targets]
    state = [_judged(t, v) for t, v in zip(targets, values, strict=True)]
    rows = []
    for week in [OPENING, *weeks]:
        if week != OPENING:
            for index, target in enumerate(targets):
                if target.rate_hib is not None:
                    level = levels.get(target.pk, {}).get(week)
                    if level is not None:
                        values[index] = level
                        state[index] = _judged(target, level)
                    continue
                change = changes.get(target.pk, {}).get(week)
                if change is not None:
                    values[index] = (values[index] or ZERO) + change
                    state[index] = _judged(target, values[index])
            reached_now += reached.flips.get(week, 0)
        rows.append(
            _row(plan_id, week, len(targets), state, reached.assigned, reached_now)
        )
    for row, following in zip(rows, rows[1:], strict=False):
        row.until = following.week
    return rows


# A summary row's columns, as the rebuild writes them and weeks() reads them.
WEEK_COLUMNS = (
    "plan_id",
    "week",
    "until",
    "targets",
    "percent_sum",
    "red_from",
    "assigned",
    "reached",
)


def _insert(rows: list[PlanProgressWeek]) -> None:
    """All rows in one statement executed many times (1 query)."""
    if not rows:
        return
    fields = [PlanProgressWeek._meta.get_field(name) for name in WEEK_COLUMNS]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        PlanProgressWeek._meta.db_table,
        ", ".join(connection.ops.quote_name(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    params = [
        [f.get_db_prep_save(getattr(row, f.attname), connection) for f in fields]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def rebuild(
    *, plan_ids: list[int], force: bool = False, with_figures: bool = False
) -> int:
    """Rebuild the summary of the plans that are stale (all of them with
    `force`), in one transaction; returns how many were rebuilt (9 queries).
    `with_figures` also keeps each village target's figure before the plan's
    last week (1 query more), so that the next save of that week or a later
    one updates the summary in place (after_save) instead of rebuilding it;
    without, the first such save reads them itself."""
    if not plan_ids:
        return 0
    with transaction.atomic():
        PlanProgressBuilt.objects.bulk_create(
            [PlanProgressBuilt(plan_id=pk) for pk in plan_ids], ignore_conflicts=True
        )
        built = dict(
            PlanProgressBuilt.objects.select_for_update()
            .filter(plan_id__in=plan_ids)
            .order_by("plan_id")  # one order for every rebuild: no deadlock
            .values_list("plan_id", "generation")
        )
        # NOTE: generations and entries are read by statements after the lock,
        # so they see every save committed before them (READ COMMITTED takes a
        # snapshot per statement).
        current = PlanProgressStale.objects.filter(plan=OuterRef("pk")).values(
            "generation"
        )
        todo = {
            pk: (generation or 0, year)
            for pk, generation, year in Plan.objects.filter(pk__in=plan_ids)
            .annotate(generation=Subquery(current[:1]))
            .values_list("pk", "generation", "year")
            if force or (generation or 0) != built[pk]
        }
        if not todo:
            return 0
        ids = list(todo)
        targets = target_infos(ids, {pk: year for pk, (_, year) in todo.items()})
        weekly = _weekly_changes(ids)
        changes, levels = weekly.changes, weekly.levels
        history = reached_history(ids)
        by_plan: dict[int, list[TargetInfo]] = defaultdict(list)
        for target in targets:
            by_plan[target.plan_id].append(target)
        rows = [
            row
            for pk in ids
            for row in build_rows(pk, by_plan[pk], changes, history.get(pk), levels)
        ]
        PlanProgressWeek.objects.filter(plan_id__in=ids).delete()
        _insert(rows)
        figures = figures_before_last(ids) if with_figures else {}
        PlanProgressBuilt.objects.bulk_update(
            [
                PlanProgressBuilt(
                    plan_id=pk,
                    generation=g,
                    figures_week=figures[pk][0] if pk in figures else None,
                    figures=_dump(figures[pk][1]) if pk in figures else None,
                )
                for pk, (g, _) in todo.items()
            ],
            ["generation", "figures_week", "figures"],
        )
    return len(todo)


# --- kept up to date by the save ---------------------------------------------------


def _dump(figures: dict) -> dict:
    """Village targets' figures (progress.fold_entry) as JSON."""
    return {
        str(pk): (
            [str(f[0]), str(f[1])]
            if isinstance(f, tuple)
            else None
            if f is None
            else str(f)
        )
        for pk, f in figures.items()
    }


def _load(data: dict) -> dict:
    return {
        int(pk): (
            (Decimal(f[0]), Decimal(f[1]))
            if isinstance(f, list)
            else None
            if f is None
            else Decimal(f)
        )
        for pk, f in data.items()
    }


def kept_fresh(save):
    """Decorator of the entry save (reports.services.entries_save): in the
    save's own transaction, the saved plan's summary is brought up to date
    (after_save), so that no reader finds it stale and rebuilds it. The save
    of a week at or after the plan's last week with entries — every save of
    the current week — updates that week's row in place from the village
    targets' figures kept with the summary (a few ms); any other (a late
    correction, or the plan changed meanwhile by other means) rebuilds this
    one plan."""

    @functools.wraps(save)
    def wrapper(*args, plan, period_start, **kwargs):
        with transaction.atomic():
            fresh = _fresh(plan.pk)
            result = save(*args, plan=plan, period_start=period_start, **kwargs)
            after_save(plan=plan, week=period_start, fresh=fresh)
        return result

    return wrapper


def _fresh(plan_id: int) -> bool:
    """Whether the plan's summary is up to date now, before the save writes.
    Locks the plan's PlanProgressStale row: until this transaction ends, no
    other change to the plan's figures can commit, so everything the save
    finds changed at the end is its own (1 query)."""
    found = _STALE_ROW(plan_id=plan_id)
    return bool(found) and found[0][0] == found[0][1]


def _stale_row(plan_id: int):
    """_fresh's statement: `.first()` of the plan's PlanProgressStale row,
    locked, with the generation its summary was built from."""
    built = PlanProgressBuilt.objects.filter(plan=OuterRef("plan")).values(
        "generation"
    )[:1]
    queryset = (
        PlanProgressStale.objects.select_for_update()
        .filter(plan_id=plan_id)
        .annotate(built=Subquery(built))
        .values_list("generation", "built")
    )
    return (queryset if queryset.ordered else queryset.order_by("pk"))[:1]


def _built_row(plan_id: int):
    """after_save's statement: `.first()` of the plan's PlanProgressBuilt
    row, locked unless a reader holds it, with the current generation."""
    current = PlanProgressStale.objects.filter(plan_id=OuterRef("plan_id")).values(
        "generation"
    )[:1]
    queryset = (
        PlanProgressBuilt.objects.select_for_update(skip_locked=True)
        .filter(plan_id=plan_id)
        .annotate(current=Subquery(current))
    )
    return (queryset if queryset.ordered else queryset.order_by("pk"))[:1]


def _plan_village_targets(plan_id: int):
    from plans.models import VillageTarget

    return (
        VillageTarget.objects.filter(target__plan_id=plan_id)
        .order_by("pk")
        .values_list("pk", "target_id", "quantity")
    )


def _entries_to_fold(plan_id: int, week: datetime.date, since=None):
    """The entries of the plan's weeks up to `week` (from `since` on)."""
    from reports.models import ProgressEntry

    entries = ProgressEntry.objects.filter(
        report__plan_id=plan_id, report__period_start__lte=week
    )
    if since is not None:
        entries = entries.filter(report__period_start__gte=since)
    return entries.order_by("report__period_start").values_list(
        "village_target_id", "report__period_start", "amount", "base", "done"
    )


# NOTE: performance: the statements of every save that keeps its plan's
# summary, built and compiled once a process (ntm/compiled.py).
_STALE_ROW = Compiled(_stale_row, plan_id=int)
_BUILT_ROW = Compiled(_built_row, plan_id=int)
_PLAN_VILLAGE_TARGETS = Compiled(_plan_village_targets, plan_id=int)
_ENTRIES_TO_FOLD = Compiled(_entries_to_fold, plan_id=int, week=datetime.date)
_ENTRIES_TO_FOLD_SINCE = Compiled(
    _entries_to_fold, plan_id=int, week=datetime.date, since=datetime.date
)


def after_save(*, plan: Plan, week: datetime.date, fresh: bool) -> None:
    """Bring the summary of `plan` up to date after entries of `week` were
    saved in this transaction: in place when it was up to date before the
    save (`fresh`) and no week after `week` has entries; else rebuilt (this
    plan only). A plan never built is left to its first reader; one a reader
    is rebuilding right now is left stale for the next (1 query when
    nothing changed, about 9 in place)."""
    found = _BUILT_ROW(plan_id=plan.pk)
    if not found:
        return
    built = found[0]
    generation = built.current
    if generation is None or generation == built.generation:
        return  # no figure changed
    if fresh and built.figures is None:
        # Rebuilt by a reader, who keeps no figures: read them now.
        built.figures_week, figures = figures_before_last([plan.pk])[plan.pk]
        built.figures = _dump(figures)
    if not fresh or built.figures_week is not None and week < built.figures_week:
        rebuild(plan_ids=[plan.pk], force=True, with_figures=True)
        return
    _update_in_place(plan, week, built, generation)


def _update_in_place(plan: Plan, week, built: PlanProgressBuilt, generation) -> None:
    """The row of `week` made anew from the village targets' figures before
    the kept week (built.figures) and the entries from that week to `week`;
    `week` is the plan's last week with entries, so no later row changes."""
    targets = target_infos([plan.pk], {plan.pk: plan.year})
    info = {t.pk: t for t in targets}
    vts = _PLAN_VILLAGE_TARGETS(plan_id=plan.pk)
    kinds = {
        pk: figure_kind(
            counting=info[target_id].counting,
            rate=info[target_id].rate_hib is not None,
        )
        for pk, target_id, _ in vts
    }
    entries = (
        _ENTRIES_TO_FOLD(plan_id=plan.pk, week=week)
        if built.figures_week is None
        else _ENTRIES_TO_FOLD_SINCE(
            plan_id=plan.pk, week=week, since=built.figures_week
        )
    )
    before, after = _load(built.figures), None
    for vt_pk, start, amount, base, done in entries:
        if start == week and after is None:
            after = dict(before)
        figures = after if start == week else before
        kind = kinds[vt_pk]
        figures[vt_pk] = fold_entry(
            kind,
            figures.get(vt_pk, opening_figure(kind)),
            amount=amount,
            base=base,
            done=done,
        )
    if after is None:
        after = dict(before)
    values = {t.pk: _opening(t) for t in targets}
    shares: dict[int, list] = defaultdict(list)
    reached_now = 0
    for pk, target_id, quantity in vts:
        target, kind = info[target_id], kinds[pk]
        figure = after.get(pk, opening_figure(kind))
        if kind == "rate":
            count, base = figure or (None, None)
            shares[target_id].append(
                rate_share(
                    higher_is_better=target.rate_hib,
                    quantity=quantity,
                    count=count,
                    base=base,
                )
            )
            reached_now += reached(
                counting=kind,
                higher_is_better=target.rate_hib,
                quantity=quantity,
                value=count,
                rate=True,
                base=base,
            )
            continue
        if figure is not None:
            values[target_id] = (values[target_id] or ZERO) + figure
        reached_now += reached(
            counting=target.counting,
            higher_is_better=target.higher_is_better,
            quantity=quantity,
            value=figure,
        )
    for target in targets:
        if target.rate_hib is not None:
            values[target.pk] = rate_level(shares[target.pk])
    state = [_judged(t, values[t.pk]) for t in targets]
    row = _row(plan.pk, week, len(targets), state, len(vts), reached_now)
    PlanProgressWeek.objects.filter(plan_id=plan.pk, week=week).delete()
    PlanProgressWeek.objects.filter(plan_id=plan.pk, until__isnull=True).update(
        until=week
    )
    _insert([row])
    PlanProgressBuilt.objects.filter(plan_id=plan.pk).update(
        generation=generation, figures_week=week, figures=_dump(before)
    )


# The figures kept with a plan's summary and the entries of the weeks from
# their week to the one asked for, in one statement (one snapshot: a save
# committing meanwhile is either wholly in it or not at all). Part 0 is the
# plan's PlanProgressBuilt row with the generation it was built from and the
# current one; part 1 the entries to fold, in week order. Built once a
# process: compiling it through the ORM would cost more than running it.
KEPT_SQL = """
    SELECT 0, b.figures_week, b.figures, b.generation, s.generation,
           NULL, NULL, NULL, NULL
    FROM {built} b
    JOIN {stale} s ON s.plan_id = b.plan_id
    WHERE b.plan_id = %s
    UNION ALL
    SELECT 1, r.period_start, NULL, NULL, NULL,
           pe.village_target_id, pe.amount, pe.base, pe.done
    FROM {entry} pe
    JOIN {report} r ON r.id = pe.report_id
    JOIN {built} b ON b.plan_id = r.plan_id
    WHERE r.plan_id = %s AND r.period_start >= b.figures_week
      AND r.period_start < %s
    ORDER BY 1, 2
"""
_KEPT: dict[str, str] = {}


class Kept:
    """The figures kept with a plan's summary and the entries of the weeks
    between their week and the week asked for (kept_figures)."""

    __slots__ = ("figures", "entries")

    def __init__(self, figures: dict, entries: list[tuple]):
        self.figures, self.entries = figures, entries

    def before(self, kinds: dict) -> dict | None:
        """{village_target_id: figure (progress.fold_entry)} before the week
        for the rows of `kinds` ({village_target_id: progress.figure_kind}),
        as summing every earlier week's entries gives it; None when a kept
        figure is not of the kind its row now is (a target's unit changed to
        "%" makes it a rate without bumping the generation)."""
        figures = dict(self.figures)
        for pk, amount, base, done in self.entries:
            kind = kinds.get(pk)
            if kind is None:
                continue  # a row the reader does not see
            figures[pk] = fold_entry(
                kind,
                figures.get(pk, opening_figure(kind)),
                amount=amount,
                base=base,
                done=done,
            )
        found = {}
        for pk, kind in kinds.items():
            figure = figures.get(pk, opening_figure(kind))
            if not _of_kind(kind, figure):
                return None
            found[pk] = figure
        return found


def kept_figures(*, plan_id: int, week: datetime.date) -> Kept | None:
    """What the save keeps with the plan's summary (kept_fresh) to give its
    village targets' figures before `week` without summing every earlier
    week's entries: the figures before the kept week and the entries from it
    to `week`. None when they cannot be used: the summary never built, built
    by a reader (who keeps no figures), stale (a writer changed entries or
    targets since: the triggers bumped its generation), or kept for a week
    after `week` (1 query)."""
    from reports.models import ProgressEntry, ProgressReport

    sql = _KEPT.get(connection.vendor)
    if sql is None:
        sql = _KEPT[connection.vendor] = KEPT_SQL.format(
            built=PlanProgressBuilt._meta.db_table,
            stale=PlanProgressStale._meta.db_table,
            entry=ProgressEntry._meta.db_table,
            report=ProgressReport._meta.db_table,
        )
    with connection.cursor() as cursor:
        cursor.execute(
            sql, [plan_id, plan_id, connection.ops.adapt_datefield_value(week)]
        )
        rows = cursor.fetchall()
    if not rows or rows[0][0] != 0:
        return None
    _, kept_week, data, built, generation, *_ = rows[0]
    if data is None or built != generation:
        return None
    kept_week = as_date(kept_week)
    if kept_week is not None and kept_week > week:
        return None
    if isinstance(data, str):
        data = json.loads(data)
    return Kept(
        _load(data),
        [
            (
                pk,
                as_decimal(amount),
                as_decimal(base),
                None if done is None else bool(done),
            )
            for _, _, _, _, _, pk, amount, base, done in rows[1:]
        ],
    )


def _of_kind(kind: str, figure) -> bool:
    """Whether a kept figure has the shape of its row's kind now (a target's
    unit changed to "%" makes it a rate without bumping the generation)."""
    if kind == "rate":
        return figure is None or isinstance(figure, tuple)
    if kind == Counting.INCREMENT:
        return isinstance(figure, Decimal)
    return figure is None or isinstance(figure, Decimal)


def stale(plan_ids: list[int]) -> list[int]:
    """The plans whose summary is older than their entries and targets (1 query)."""
    if not plan_ids:
        return []
    built = PlanProgressBuilt.objects.filter(plan=OuterRef("plan")).values(
        "generation"
    )[:1]
    return list(
        PlanProgressStale.objects.filter(plan_id__in=plan_ids)
        .annotate(built=Subquery(built))
        .filter(Q(built__isnull=True) | ~Q(built=F("generation")))
        .values_list("plan_id", flat=True)
    )


def refresh(*, plan_ids: list[int]) -> int:
    """Bring the plans' summaries up to date before they are read: 1 query when
    they are, 10 when some are not (however many)."""
    outdated = stale(plan_ids)
    return rebuild(plan_ids=outdated) if outdated else 0


# --- read ----------------------------------------------------------------------


def weeks(
    *, plan_ids: list[int], first: datetime.date, last: datetime.date
) -> dict[int, list[tuple]]:
    """Per plan, its rows that hold on some day from `first` to `last`, by week:
    (week, until, targets, percent_sum, red_from, assigned, reached) (1 query)."""
    rows = defaultdict(list)
    for plan_id, *row in (
        PlanProgressWeek.objects.filter(plan_id__in=plan_ids, week__lte=last)
        .filter(Q(until__isnull=True) | Q(until__gt=first))
        .order_by("plan_id", "week")
        .values_list(*WEEK_COLUMNS)
    ):
        rows[plan_id].append(tuple(row))
    return rows


def behind_on(red_days: list[int], on: datetime.date) -> int:
    """How many targets are behind on `on`, from a row's red_from."""
    return bisect_right(red_days, on.toordinal())


def rebuild_all(*, force: bool = True, batch: int = 100) -> int:
    """Rebuild every plan's summary (only the stale ones unless `force`), a
    batch of plans per transaction, keeping the village targets' figures for
    the saves to come (after_save); returns how many were rebuilt."""
    plan_ids = list(Plan.objects.order_by("pk").values_list("pk", flat=True))
    return sum(
        rebuild(
            plan_ids=plan_ids[start : start + batch], force=force, with_figures=True
        )
        for start in range(0, len(plan_ids), batch)
    )


def plan_figures(
    *, plan_ids: list[int], week: datetime.date, summary_rows=None
) -> dict[int, PlanFigures]:
    """Both headline figures of each plan at the end of the week starting
    `week`, from the weekly summary (its rows built with percent_done, capped
    and reached_history of reports.progress), refreshed first unless
    `summary_rows` — its rows already read — are given (2 queries, none with
    `summary_rows`; 9 more when some plan's summary must be rebuilt)."""
    if summary_rows is None:
        refresh(plan_ids=plan_ids)
        summary_rows = weeks(plan_ids=plan_ids, first=week, last=week)
    result = {}
    for plan_id in plan_ids:
        row = next(
            (r for r in reversed(summary_rows.get(plan_id, [])) if r[0] <= week),
            None,
        )
        if row is None:  # never built: a plan with no targets
            result[plan_id] = PlanFigures()
            continue
        _, _, targets, percent_sum, _, assigned, reached_now = row
        result[plan_id] = PlanFigures(
            targets, Decimal(percent_sum), assigned, reached_now
        )
    return result
