"""The entry page's figures before the week kept, not summed (issue 23, goal 1,
"Sixth round" of docs/performance.md): each village target's figure before the
week is read from the figures the save keeps with the plan's summary
(summaries.kept_figures) and the entries of the weeks since, and equals what
summing every earlier week's entries gives, after saves of this week, the
next and earlier ones, submissions, withdrawals, reopenings, deletions, writes
that send no signal and rebuilds by a reader; when the kept figures cannot be
used (stale, never built, kept for a later week) the page sums as before."""

import datetime
import random
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plans.models import Counting, VillageTarget
from reports import selectors, services, summaries
from reports.models import PlanProgressBuilt, ProgressEntry, ProgressReport
from reports.progress import figure_kind
from reports.services import EntryInput
from tests.reports.test_dashboards import _entry, _plan, _target, random_plan
from tests.reports.test_summary_in_place import (
    MONDAYS,
    _monday_morning,
    _random_input,
)

pytestmark = pytest.mark.django_db


def _rows(plan, week, *, plain: bool):
    """What the page shows of each row: the figure before the week, to date,
    what remains, a rate's base."""
    report = ProgressReport.objects.filter(plan=plan, period_start=week).first()
    return {
        row.village_target.pk: (
            row.before,
            row.to_date,
            row.remaining,
            getattr(row.village_target, "last_base", None),
            row.over_target,
        )
        for row in selectors.entry_rows(
            plan=plan, period_start=week, report=report, photos=False, plain=plain
        )
    }


def _kinds(plan) -> dict:
    return {
        vt.pk: figure_kind(counting=vt.target.counting, rate=vt.target.is_rate)
        for vt in VillageTarget.objects.filter(target__plan=plan).select_related(
            "target"
        )
    }


def _kept_used(plan, week) -> bool:
    kept = summaries.kept_figures(plan_id=plan.pk, week=week)
    return kept is not None and kept.before(_kinds(plan)) is not None


def _check(plan, weeks) -> int:
    """The page's rows (kept figures where they can be used) equal the rows
    summed from the entries (the ORM's form), for every week of `weeks`;
    returns for how many the kept figures were used."""
    used = 0
    for week in weeks:
        assert _rows(plan, week, plain=True) == _rows(plan, week, plain=False), week
        used += _kept_used(plan, week)
    return used


def _save(plan, week, user, inputs, **kwargs):
    return services.entries_save(
        plan=plan, period_start=week, user=user, inputs=inputs, **kwargs
    )


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_kept_figures_equal_the_summed_ones_whatever_wrote_the_entries(
    world, commune_official, reviewer, seed
):
    rng = random.Random(seed)
    plan = random_plan(world, rng)
    vts = list(VillageTarget.objects.filter(target__plan=plan).select_related("target"))
    for week in MONDAYS[:3]:
        for vt in rng.sample(vts, len(vts) // 2):
            item = _random_input(rng, vt)
            entry = _entry(vt, week, amount=item.amount, done=item.done)
            if item.base is not None:
                entry.base = item.base
                entry.save(update_fields=["base"])
    summaries.rebuild_all()
    used = _check(plan, MONDAYS)
    current = MONDAYS[3]
    steps = [
        "this week",
        "this week",
        "submit",
        "withdraw",
        "this week",
        "next week",
        "earlier week",
        "this week",
        "delete",
        "reader",
        "this week",
        "no signal",
        "next week",
        "reopen",
    ]
    for step in steps:
        inputs = [_random_input(rng, vt) for vt in rng.sample(vts, rng.randint(1, 8))]
        now = _monday_morning(current)
        if step == "next week":
            current += datetime.timedelta(weeks=1)
            now = _monday_morning(current)
            _save(plan, current, commune_official, inputs, now=now)
        elif step == "this week":
            _save(plan, current, commune_official, inputs, now=now)
        elif step == "earlier week":
            week = rng.choice([w for w in MONDAYS if w < current])
            with time_machine.travel(now, tick=False):
                _save(plan, week, commune_official, inputs, now=_monday_morning(week))
        elif step == "submit":
            _save(plan, current, commune_official, inputs, now=now, submit=True)
        elif step == "withdraw":
            report = ProgressReport.objects.get(plan=plan, period_start=current)
            services.report_withdraw(
                report=report,
                user=commune_official,
                reason="Sửa số liệu",
                version=report.version,
                now=now,
            )
        elif step == "delete":
            ProgressEntry.objects.filter(report__plan=plan).order_by(
                "?"
            ).first().delete()
        elif step == "reader":
            summaries.rebuild(plan_ids=[plan.pk], force=True)  # keeps no figures
        elif step == "no signal":
            # A write past the ORM's signals: the triggers mark the plan stale.
            ProgressEntry.objects.filter(
                report__plan=plan, amount__isnull=False
            ).update(amount=Decimal(3))
        elif step == "reopen":
            # After the deadline, reopened by the district, saved with a reason.
            services.periods_reopen(
                plans=[plan],
                period_start=current,
                reviewer=reviewer,
                reason="Bổ sung",
            )
            late = now + datetime.timedelta(days=10)
            _save(plan, current, commune_official, inputs, now=late, reason="Bổ sung")
        used += _check(plan, sorted({*MONDAYS, current}))
    # The kept figures were read for the current week after its saves, not
    # only summed: the common path is the kept one.
    assert used >= 20, used


def test_the_page_reads_the_kept_figures_in_one_statement_without_a_sum(
    world, commune_official
):
    """After a save of the week (the summary built), the rows' figures come
    from the kept figures and this week's entries: no aggregate over the
    entries of every earlier week."""
    plan = _plan(world.thuy_hung)
    hedge = _target(plan, [world.con_tong, world.na_lai], [10, 10])
    road = _target(
        plan, [world.con_tong, world.na_lai], [5, 5], counting=Counting.RUNNING_TOTAL
    )
    for n, week in enumerate(MONDAYS[:4]):
        for vt in (*hedge, *road):
            _entry(vt, week, amount=Decimal(n + 1))
    summaries.rebuild_all()
    week = MONDAYS[4]
    _save(
        plan,
        week,
        commune_official,
        [EntryInput(hedge[0], amount=Decimal(2))],
        now=_monday_morning(week),
    )
    assert PlanProgressBuilt.objects.get(plan=plan).figures_week == week
    with CaptureQueriesContext(connection) as captured:
        rows = _rows(plan, week, plain=True)
    # The report, the kept figures, the rows, the week's entries.
    assert len(captured) == 4
    assert not any("SUM(" in q["sql"].upper() for q in captured.captured_queries)
    assert rows[hedge[0].pk][:2] == (Decimal(10), Decimal(12))  # 1+2+3+4, +2
    assert rows[road[0].pk][:2] == (Decimal(4), Decimal(4))
    assert rows == _rows(plan, week, plain=False)


def test_kept_figures_of_a_later_week_or_a_stale_plan_are_not_used(
    world, commune_official
):
    plan = _plan(world.thuy_hung)
    (vt, _) = _target(plan, [world.con_tong, world.na_lai], [10, 10])
    _entry(vt, MONDAYS[0], amount=Decimal(1))
    assert summaries.kept_figures(plan_id=plan.pk, week=MONDAYS[1]) is None  # never
    summaries.rebuild_all()
    _save(
        plan,
        MONDAYS[2],
        commune_official,
        [EntryInput(vt, amount=Decimal(2))],
        now=_monday_morning(MONDAYS[2]),
    )
    assert summaries.kept_figures(plan_id=plan.pk, week=MONDAYS[2]) is not None
    assert summaries.kept_figures(plan_id=plan.pk, week=MONDAYS[1]) is None  # later
    ProgressEntry.objects.filter(report__period_start=MONDAYS[0]).update(
        amount=Decimal(5)
    )
    assert summaries.kept_figures(plan_id=plan.pk, week=MONDAYS[3]) is None  # stale
    assert _rows(plan, MONDAYS[3], plain=True)[vt.pk][0] == Decimal(7)
