"""The weekly summary under concurrent saves and rebuilds, on real transactions.

SQLite serialises whole write transactions (the rebuild and a save can never
overlap there), so these races are only meaningful on PostgreSQL; CI runs the
suite on PostgreSQL too, where these tests run."""

import datetime
import threading
import time
from decimal import Decimal

from django.db import connections, transaction

from reports import dashboards, services, summaries
from reports.models import PlanProgressBuilt, ProgressEntry
from reports.services import EntryInput
from tests.reports.conftest import CONCURRENT, WEEK, at

pytestmark = CONCURRENT

NEXT = WEEK + datetime.timedelta(days=7)


def _save(plan, user, village_target, week, amount, now):
    services.entries_save(
        plan=plan,
        period_start=week,
        user=user,
        inputs=[EntryInput(village_target, amount=Decimal(amount))],
        now=now,
    )


def _same_as_entries(plan) -> bool:
    on = NEXT + datetime.timedelta(days=6)
    return dashboards.plans_progress(
        plan_ids=[plan.pk], week=NEXT, on=on
    ) == dashboards.plans_progress_from_entries(
        plan_ids=[plan.pk], years={plan.pk: plan.year}, week=NEXT, on=on
    )


def test_a_save_committed_during_a_rebuild_leaves_the_plan_stale(
    world, plan, hedge, commune_official, monkeypatch
):
    """A save commits while a rebuild is between reading the entries and
    writing the rows: the rebuild must not claim it, so the next reader
    rebuilds (were the generation read after the entries, it would be lost)."""
    con_tong = hedge.allocations.get(village=world.con_tong)
    _save(plan, commune_official, con_tong, WEEK, "100", at(15, 9))
    # The fixtures' writers built the summary (reports.freshness): forget it,
    # so that a reader builds it here, as for a plan no one has read.
    PlanProgressBuilt.objects.filter(plan=plan).delete()
    saved, entries_read, committed = (threading.Event() for _ in range(3))
    errors = []

    def save_next_week():
        try:
            with transaction.atomic():
                _save(plan, commune_official, con_tong, NEXT, "300", at(22, 9))
                saved.set()  # written and marked stale, not committed yet
                assert entries_read.wait(timeout=10)
            committed.set()
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    read_entries = summaries._weekly_changes

    def read_then_let_the_save_commit(plan_ids):
        changes = read_entries(plan_ids)
        entries_read.set()
        assert committed.wait(timeout=10)
        return changes

    monkeypatch.setattr(summaries, "_weekly_changes", read_then_let_the_save_commit)
    thread = threading.Thread(target=save_next_week)
    thread.start()
    assert saved.wait(timeout=10)
    # Not blocked by the open save; built from what was committed: week 1 only.
    assert summaries.refresh(plan_ids=[plan.pk]) == 1
    thread.join(timeout=30)
    assert not errors
    rows = summaries.weeks(plan_ids=[plan.pk], first=WEEK, last=NEXT)[plan.pk]
    assert [row[0] for row in rows] == [WEEK]
    assert summaries.stale([plan.pk]) == [plan.pk]
    monkeypatch.undo()
    assert _same_as_entries(plan)  # the next reader rebuilds with both weeks
    rows = summaries.weeks(plan_ids=[plan.pk], first=WEEK, last=NEXT)[plan.pk]
    assert [row[0] for row in rows] == [WEEK, NEXT]
    assert summaries.stale([plan.pk]) == []


def test_rebuilds_of_one_plan_queue_and_the_second_finds_it_done(
    world, plan, hedge, commune_official, monkeypatch
):
    """Two readers find the plan stale at once: the second waits on the first's
    lock (held from before it reads the entries), then finds nothing to do.
    (A save through the service keeps the summary up to date itself: here the
    plan is changed by other means, as an import or the admin would.)"""
    con_tong = hedge.allocations.get(village=world.con_tong)
    _save(plan, commune_official, con_tong, WEEK, "100", at(15, 9))
    summaries.refresh(plan_ids=[plan.pk])  # built once: its lock row exists
    _write_elsewhere(plan)
    holding, release = threading.Event(), threading.Event()
    results, errors = {}, []
    read_entries = summaries._weekly_changes

    def read_and_hold(plan_ids):
        if threading.current_thread().name == "first":
            holding.set()  # locked, about to read the entries
            assert release.wait(timeout=10)
        return read_entries(plan_ids)

    monkeypatch.setattr(summaries, "_weekly_changes", read_and_hold)

    def rebuild(name):
        try:
            started = time.monotonic()
            results[name] = summaries.refresh(plan_ids=[plan.pk])
            results[f"{name} waited"] = time.monotonic() - started
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    first = threading.Thread(target=rebuild, args=("first",), name="first")
    second = threading.Thread(target=rebuild, args=("second",), name="second")
    first.start()
    assert holding.wait(timeout=10)
    second.start()
    time.sleep(0.5)
    assert second.is_alive()  # queued behind the first rebuild
    release.set()
    for thread in (first, second):
        thread.join(timeout=30)
    assert not errors
    assert (results["first"], results["second"]) == (1, 0)
    assert results["second waited"] >= 0.4
    monkeypatch.undo()
    assert summaries.stale([plan.pk]) == [] and _same_as_entries(plan)


def _write_elsewhere(plan):
    """A figure changed without the save service (an import, the admin)."""
    ProgressEntry.objects.filter(report__plan=plan).update(amount=Decimal(150))
    assert summaries.stale([plan.pk]) == [plan.pk]


def test_a_save_never_waits_for_a_readers_rebuild(
    world, plan, hedge, commune_official, monkeypatch
):
    """A reader is rebuilding the plan (its lock held) when a save of this week
    comes: the save does not wait for it, and leaves the plan stale; the next
    reader rebuilds that one plan with the save in it."""
    con_tong = hedge.allocations.get(village=world.con_tong)
    _save(plan, commune_official, con_tong, WEEK, "100", at(15, 9))
    summaries.refresh(plan_ids=[plan.pk])
    _write_elsewhere(plan)
    holding, release, saved = (threading.Event() for _ in range(3))
    errors = []
    read_entries = summaries._weekly_changes

    def read_and_hold(plan_ids):
        if threading.current_thread().name == "reader":
            holding.set()
            assert release.wait(timeout=20)
        return read_entries(plan_ids)

    def in_thread(work):
        def run():
            try:
                work()
            except Exception as error:  # reported below, in the test's thread
                errors.append(error)
            finally:
                connections.close_all()

        return run

    monkeypatch.setattr(summaries, "_weekly_changes", read_and_hold)
    reader = threading.Thread(
        target=in_thread(lambda: summaries.refresh(plan_ids=[plan.pk])), name="reader"
    )
    reader.start()
    assert holding.wait(timeout=10)

    def save():
        _save(plan, commune_official, con_tong, NEXT, "300", at(22, 9))
        saved.set()

    saver = threading.Thread(target=in_thread(save), name="saver")
    saver.start()
    assert saved.wait(timeout=10)  # done while the reader still holds its lock
    release.set()
    for thread in (reader, saver):
        thread.join(timeout=30)
    assert not errors
    monkeypatch.undo()
    assert summaries.stale([plan.pk]) == [plan.pk]
    assert _same_as_entries(plan)
    assert summaries.stale([plan.pk]) == []
