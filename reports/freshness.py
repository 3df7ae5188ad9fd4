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
post_delete of the plans models and of ProgressEntry; the report admin, which
is ours, calls touched() for a report moved to another week or plan. Writes
that send no signal — bulk_create, QuerySet.update(), raw SQL (the bench, a
migration) — are still marked stale by the triggers, and the next reader
rebuilds them, as before.

A write of many plans (an admin's bulk delete) rebuilds them one plan per
transaction: each is readable as soon as it is built, and a rebuild holds the
lock of one plan only, so a reader waits for one plan's rebuild at most behind
it."""

from __future__ import annotations

import logging

from django.db import transaction

from plans.models import Phase, Plan, Target, Task, VillageTarget
from reports import summaries
from reports.models import ProgressEntry, ProgressReport

logger = logging.getLogger(__name__)


class _Touched:
    """What one transaction wrote, kept up to date once it commits. Targets
    and reports stand for their plan when the plan is not at hand (the
    instance's foreign key not loaded), read then in 1 query each."""

    def __init__(self):
        self.plans: set[int] = set()
        self.targets: set[int] = set()
        self.reports: set[int] = set()
        self.ran = False
        self.__qualname__ = "freshness batch"  # named in on_commit's error log

    def __call__(self) -> None:
        self.ran = True
        plans = set(self.plans)
        if self.targets:
            plans.update(
                Target.objects.filter(pk__in=self.targets).values_list(
                    "plan_id", flat=True
                )
            )
        if self.reports:
            plans.update(
                ProgressReport.objects.filter(pk__in=self.reports).values_list(
                    "plan_id", flat=True
                )
            )
        keep_fresh(plan_ids=sorted(plans))


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


def _batch() -> _Touched:
    """This transaction's batch, registered with on_commit at its first write.
    Found again among the connection's on-commit callbacks, so that a batch
    dropped with a rolled-back savepoint is made anew (and what only that
    savepoint wrote is forgotten with it)."""
    connection = transaction.get_connection()
    for _, callback, _ in reversed(connection.run_on_commit):
        if isinstance(callback, _Touched) and not callback.ran:
            return callback
    batch = _Touched()
    # robust: the write has committed; a failed rebuild leaves the plan stale
    # for its next reader rather than failing the writer's request.
    transaction.on_commit(batch, robust=True)
    return batch


def touched(*, plans=(), targets=(), reports=()) -> None:
    """Note a write that may change the summary of `plans` (or of the plans of
    `targets`, `reports`); outside a transaction they are kept fresh at once."""
    if not transaction.get_connection().in_atomic_block:
        batch = _Touched()
        batch.plans.update(plans)
        batch.targets.update(targets)
        batch.reports.update(reports)
        batch()
        return
    batch = _batch()
    batch.plans.update(plans)
    batch.targets.update(targets)
    batch.reports.update(reports)


def noted(sender, instance, **kwargs) -> None:
    """post_save / post_delete receiver: note the plan the row belongs to."""
    if sender is Plan:
        touched(plans=[instance.pk])
    elif sender is VillageTarget:
        if VillageTarget.target.is_cached(instance):
            touched(plans=[instance.target.plan_id])
        else:
            touched(targets=[instance.target_id])
    elif sender is ProgressEntry:
        if ProgressEntry.report.is_cached(instance):
            touched(plans=[instance.report.plan_id])
        else:
            touched(reports=[instance.report_id])
    else:  # Target, Task, Phase; a deleted ProgressReport
        touched(plans=[instance.plan_id])


WATCHED = [Plan, Target, VillageTarget, Task, Phase, ProgressEntry]
