"""The weekly summary (reports.summaries) kept up to date by whoever writes,
so that no reader rebuilds it in its request.

The entry save keeps its plan's summary itself (summaries.kept_fresh, in the
save's transaction). Every other write that changes what the summary depends
on — what the triggers of migration reports 0002 watch: a plan's year, its
targets, their split across villages, task and phase dates, and entries or a
report's week changed through the admin — is noted here as it happens, and
once its transaction has committed the writer brings the plans it touched up
to date (keep_fresh): 1 query when none is stale, a rebuild of each stale one
otherwise. The plan import, the Excel target import, the plan's editing pages
and the admin all pay for their own change this way; a reader then finds the
plans built.

How it hears of the writes: plans cannot import reports (the dependency rule),
so ReportsConfig.ready() connects `noted` to Django's post_save and
post_delete of the plans models and of ProgressEntry; the admin of reports,
which is ours, calls touched() for a report or an entry moved to another week,
plan or report. A target, task or phase moved to another plan (the admin)
refreshes the plan it left too (the admin notes it on the row it saves,
plans.admin.MovableAdmin: no receiver runs for the rows pages only read). Writes that send no signal — bulk_create, QuerySet.update(), raw
SQL — are marked stale by the triggers all the same; a writer of ours that
uses them for what the summary depends on calls touched() itself (the entry
save needs not: it keeps its plan in its own transaction), else the next
reader rebuilds.

One callback per write, settled when they run. Each noted write registers its
own transaction.on_commit callback carrying its ids, so nothing outlives its
transaction: a rolled-back transaction or savepoint takes its callbacks with
it (Django discards them), and a committed one runs them all, in order, right
after the commit. The first callback of a plan checks it and rebuilds it if
stale; the plans (and the plans of targets and reports) a run has settled are
kept per connection, so the later callbacks of that run find theirs settled
and cost nothing — the save of 80 entries in the admin pays one check and at
most one rebuild. That memory is emptied by every write noted, which always
comes before the callbacks it registers run: a later transaction never sees
what an earlier run settled, whatever was rolled back in between. Outside a
transaction (autocommit) a write's callback runs at once: each such write
pays its own check.

A write of many plans (an admin's bulk delete) rebuilds them one plan per
transaction: each is readable as soon as it is built, and a rebuild holds the
lock of one plan only, so a reader waits for one plan's rebuild at most behind
it."""

from __future__ import annotations

import contextlib
import logging

from asgiref.local import Local
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.transaction import TransactionManagementError

from plans.models import Phase, Plan, Target, Task, VillageTarget
from reports import summaries
from reports.models import ProgressEntry, ProgressReport

logger = logging.getLogger(__name__)

# Per connection (Django's connections are per thread, or per task under
# ASGI), like Django's own: what the current run of callbacks settled, and
# whether the writes are paused.
_local = Local()


class _Run:
    """What the callbacks of one commit have settled: the plans checked (and
    rebuilt if they were stale), and the plan of each target and report read
    to find them (None: gone)."""

    __slots__ = ("checked", "plan_of")

    def __init__(self):
        self.checked: set[int] = set()
        self.plan_of: dict[type, dict[int, int | None]] = {
            Target: {},
            ProgressReport: {},
        }

    def clear(self) -> None:
        self.checked.clear()
        for known in self.plan_of.values():
            known.clear()


def _run(using: str) -> _Run:
    runs = getattr(_local, "runs", None)
    if runs is None:
        runs = _local.runs = {}
    if using not in runs:
        runs[using] = _Run()
    return runs[using]


def keep_fresh(*, plan_ids: list[int]) -> int:
    """Rebuild the stale summaries among `plan_ids`, one plan per transaction,
    keeping the village targets' figures so that the next entry save updates
    in place; returns how many were rebuilt (1 query when none is stale; else
    1 more, and 10 per stale plan)."""
    outdated = summaries.stale(plan_ids)
    if outdated:
        # A deleted plan is marked stale by the deletion of its targets (the
        # mark has no foreign key): nothing to build.
        outdated = list(
            Plan.objects.filter(pk__in=outdated)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
    for pk in outdated:
        summaries.rebuild(plan_ids=[pk], force=True, with_figures=True)
    return len(outdated)


def _settle(using: str, plans, targets, reports) -> None:
    """One write's callback, after its commit: its plans (and those of its
    targets and reports, read in 1 query each unless this run read them)
    kept fresh, unless this run's callbacks already settled them."""
    run = _run(using)
    found = set(plans)
    for model, ids in ((Target, targets), (ProgressReport, reports)):
        known = run.plan_of[model]
        unknown = [pk for pk in ids if pk not in known]
        if unknown:
            known.update(dict.fromkeys(unknown))
            known.update(
                model.objects.using(using)
                .filter(pk__in=unknown)
                .values_list("pk", "plan_id")
            )
        found.update(known[pk] for pk in ids if known[pk] is not None)
    todo = sorted(found - run.checked)
    if todo:
        # Settled even if the rebuild fails (logged by on_commit): the plan is
        # then left stale for its next reader, not retried by each callback.
        run.checked.update(todo)
        keep_fresh(plan_ids=todo)


def touched(*, plans=(), targets=(), reports=(), using=DEFAULT_DB_ALIAS) -> None:
    """Note a write that may change the summary of `plans` (or of the plans of
    `targets`, `reports`): kept fresh once its transaction commits (at once
    outside a transaction). Writers that send no signal (bulk_create,
    QuerySet.update(), raw SQL) call it for the rows they wrote."""
    if getattr(_local, "paused", 0):
        return
    # A write comes before the callbacks it registers run: whatever an earlier
    # run settled may have changed since.
    _run(using).clear()
    plans, targets, reports = frozenset(plans), frozenset(targets), frozenset(reports)

    def kept_fresh_after_commit():
        _settle(using, plans, targets, reports)

    # Under manual transaction management on_commit refuses: left to the
    # next reader. robust: the write has committed; a failed rebuild leaves
    # the plan stale for its next reader rather than failing the request.
    with contextlib.suppress(TransactionManagementError):
        transaction.on_commit(kept_fresh_after_commit, using=using, robust=True)


@contextlib.contextmanager
def paused():
    """Writes in this block (on this connection's thread) are not noted: their
    plans are left stale for the readers, as before reports.freshness (the
    bench's "before" figures)."""
    _local.paused = getattr(_local, "paused", 0) + 1
    try:
        yield
    finally:
        _local.paused -= 1


# The plan a target, task or phase was on before its admin moved it to
# another (plans.admin.MovableAdmin sets it on the row it saves).
PLAN_LEFT = "plan_left"


def noted(sender, instance, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    """post_save / post_delete receiver: note the plan the row belongs to."""
    if sender is Plan:
        touched(plans=[instance.pk], using=using)
    elif sender is VillageTarget:
        if VillageTarget.target.is_cached(instance):
            touched(plans=[instance.target.plan_id], using=using)
        else:
            touched(targets=[instance.target_id], using=using)
    elif sender is ProgressEntry:
        if ProgressEntry.report.is_cached(instance):
            touched(plans=[instance.report.plan_id], using=using)
        else:
            touched(reports=[instance.report_id], using=using)
    elif sender in MOVABLE:
        before = instance.__dict__.pop(PLAN_LEFT, None)
        touched(plans={instance.plan_id, before} - {None}, using=using)
    else:  # a deleted ProgressReport
        touched(plans=[instance.plan_id], using=using)


WATCHED = [Plan, Target, VillageTarget, Task, Phase, ProgressEntry]
MOVABLE = [Target, Task, Phase]
