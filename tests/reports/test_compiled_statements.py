"""The statements of the week's page and of a save compiled once a process
(ntm/compiled.py: the plan, the user's memberships, the week's report, the
rows, the entries with their photos, the tasks and their updates) read the
same rows, objects and values as the ORM's querysets they replaced (kept
here as the reference), for several plans, weeks, users and states of a
report, on SQLite and PostgreSQL (CI's two legs)."""

import datetime

import pytest
import time_machine
from django.db.models import Exists, OuterRef

from plans.models import Plan, Task, VillageTarget
from reports import selectors, services, views
from reports.models import (
    ProgressEntry,
    ProgressReport,
    Reopening,
    TaskUpdate,
    Withdrawal,
)
from tests.factories import PlanFactory, member
from tests.reports.conftest import WEEK, at, save_amounts
from villages import rights
from villages.models import Area, Membership, Role
from villages.querysets import valid_today

pytestmark = pytest.mark.django_db

WEEKS = [WEEK + datetime.timedelta(weeks=n) for n in (-2, -1, 0, 1)]


def fields(obj) -> dict:
    if obj is None:
        return None
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@pytest.fixture
def busy(world, plan, hedge, households, commune_official, village_head, reviewer):
    """Two weeks saved (one submitted, then withdrawn; one left a draft and
    reopened after its deadline), tasks
    with updates, a second plan of another commune, a membership that
    ended."""
    with time_machine.travel(at(1, 9), tick=False):
        save_amounts(
            plan,
            commune_official,
            {hedge.allocations.get(village=world.con_tong): 100},
            week=WEEKS[0],
            now=at(1, 9),
        )
    report = ProgressReport.objects.get(plan=plan, period_start=WEEKS[0])
    services.reports_reopen(reports=[report], reviewer=reviewer, reason="Bổ sung")
    save_amounts(
        plan,
        commune_official,
        {
            hedge.allocations.get(village=world.con_tong): 50,
            households.allocations.get(village=world.na_lai): 30,
        },
        submit=True,
    )
    this_week = ProgressReport.objects.get(plan=plan, period_start=WEEK)
    services.report_withdraw(
        report=this_week,
        user=commune_official,
        reason="Sửa số liệu",
        version=this_week.version,
        now=at(15, 10),
    )
    for n, title in enumerate(("Trồng hàng rào", "Thu gom rác")):
        task = Task.objects.create(plan=plan, number=str(n + 1), title=title, order=n)
        for week in WEEKS[:3]:
            found = ProgressReport.objects.filter(plan=plan, period_start=week).first()
            if found is not None:
                TaskUpdate.objects.create(
                    report=found, task=task, status="in_progress", percent=10 * n
                )
    other = PlanFactory(area=world.nhat_tien, issuing_agency=world.agency_nhat_tien)
    ended = member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "xa.nhattien")
    Membership.objects.filter(user=ended).update(valid_to=datetime.date(2023, 3, 10))
    return plan, other, [commune_official, village_head, reviewer, ended]


def test_the_plan(busy):
    plan, other, _ = busy
    for pk in (plan.pk, other.pk, 10**9):
        got = views._PLAN(pk=pk)
        expected = list(Plan.objects.select_related("area").filter(pk=pk))
        assert [fields(p) for p in got] == [fields(p) for p in expected]
        assert [fields(p.area) for p in got] == [fields(p.area) for p in expected]


def test_the_memberships(busy):
    _, _, users = busy
    for user in users:
        for today in (datetime.date(2023, 3, 1), datetime.date(2023, 3, 15)):
            expected = list(
                Membership.objects.filter(valid_today(today), user_id=user.pk)
                .order_by()
                .values_list(
                    "role",
                    "area_id",
                    "area__path",
                    "area__level",
                    "area__parent_id",
                    "area__formed_by__effective_on",
                )
            )
            assert rights._MEMBERSHIPS(user_id=user.pk, today=today) == expected
    # The ended membership is read on a day it was in force, not after.
    assert rights._MEMBERSHIPS(user_id=users[3].pk, today=datetime.date(2023, 3, 1))
    assert not rights._MEMBERSHIPS(
        user_id=users[3].pk, today=datetime.date(2023, 3, 15)
    )


def test_the_week_report(busy):
    plan, other, _ = busy
    for a_plan in (plan, other):
        for week in WEEKS:
            expected = (
                ProgressReport.objects.filter(plan=a_plan, period_start=week)
                .select_related("submitted_by", "reviewed_by")
                .annotate(
                    open_reopening=Exists(
                        Reopening.objects.filter(
                            report=OuterRef("pk"), closed_at__isnull=True
                        )
                    ),
                    withdrawn=Exists(Withdrawal.objects.filter(report=OuterRef("pk"))),
                )
                .first()
            )
            got = selectors._week_report(plan=a_plan, period_start=week)
            assert fields(got) == fields(expected)
            if expected is not None:
                for name in ("submitted_by", "reviewed_by"):
                    assert fields(getattr(got, name)) == fields(getattr(expected, name))
                assert (got.open_reopening, got.withdrawn) == (
                    expected.open_reopening,
                    expected.withdrawn,
                )
    # The states the fixture made are among those compared.
    states = {
        (r.open_reopening, r.withdrawn)
        for r in (selectors._week_report(plan=plan, period_start=w) for w in WEEKS)
        if r is not None
    }
    assert states == {(True, False), (False, True)}


def test_the_rows(busy, world):
    plan, other, _ = busy
    for a_plan in (plan, other):
        villages = Area.objects.filter(parent_id=a_plan.area_id).villages()
        queryset = VillageTarget.objects.filter(target__plan=a_plan).filter(
            village__in=villages
        )
        order = ("target__order", "target__pk", "village__name")
        expected = list(
            queryset.order_by(*order).values_list(*selectors._plain_fields())
        )
        got = selectors._PLAIN_ROWS(plan_id=a_plan.pk, area_id=a_plan.area_id)
        assert got == expected
    assert len(selectors._PLAIN_ROWS(plan_id=plan.pk, area_id=plan.area_id)) == 4


def test_the_entries_with_photos(busy):
    plan, _, _ = busy
    reports = list(ProgressReport.objects.filter(plan=plan)) + [None]
    for report in reports:
        pk = report.pk if report else 10**9
        expected = list(
            ProgressEntry.objects.filter(report_id=pk)
            .values_list(*selectors.PlainEntry.FIELDS, "photos__pk")
            .order_by("pk", "photos__uploaded_at", "photos__pk")
        )
        assert selectors._ENTRIES_WITH_PHOTOS(report_id=pk) == expected
    assert any(selectors._ENTRIES_WITH_PHOTOS(report_id=r.pk) for r in reports[:-1])


def test_the_tasks_and_their_updates(busy):
    plan, other, _ = busy
    for a_plan in (plan, other):
        expected = list(Task.objects.filter(plan=a_plan).order_by("order", "pk"))
        assert [fields(t) for t in selectors._TASKS(plan_id=a_plan.pk)] == [
            fields(t) for t in expected
        ]
        for week in WEEKS:
            expected = list(
                TaskUpdate.objects.filter(
                    task__plan=a_plan, report__period_start__lte=week
                )
                .select_related("report")
                .order_by("report__period_start")
            )
            got = selectors._TASK_UPDATES(plan_id=a_plan.pk, period_start=week)
            assert [(fields(u), fields(u.report)) for u in got] == [
                (fields(u), fields(u.report)) for u in expected
            ]
    assert len(selectors._TASK_UPDATES(plan_id=plan.pk, period_start=WEEK)) == 4


def test_a_saves_statements(busy, world):
    """The report locked, the summary's two rows, the plan's targets, village
    targets and entries to fold (reports.services, summaries, target_frames)."""
    from django.db import transaction

    from reports import summaries, target_frames
    from reports.models import PlanProgressBuilt, PlanProgressStale
    from reports.services import _REPORT_FOR_UPDATE

    plan, other, _ = busy
    summaries.rebuild(plan_ids=[plan.pk], force=True, with_figures=True)
    assert PlanProgressBuilt.objects.filter(plan=plan).exists()
    with transaction.atomic():
        for a_plan in (plan, other):
            for week in WEEKS:
                expected = list(
                    ProgressReport.objects.select_for_update()
                    .filter(plan=a_plan, period_start=week)
                    .order_by("pk")[:1]
                )
                got = _REPORT_FOR_UPDATE(plan_id=a_plan.pk, period_start=week)
                assert [fields(r) for r in got] == [fields(r) for r in expected]
            stale = list(
                PlanProgressStale.objects.filter(plan_id=a_plan.pk).values_list(
                    "generation", flat=True
                )
            )
            built = list(PlanProgressBuilt.objects.filter(plan_id=a_plan.pk))
            got = summaries._STALE_ROW(plan_id=a_plan.pk)
            assert got == [(g, built[0].generation if built else None) for g in stale]
            got = summaries._BUILT_ROW(plan_id=a_plan.pk)
            assert [fields(b) for b in got] == [fields(b) for b in built]
            assert [b.current for b in got] == stale[: len(built)]
    for a_plan in (plan, other):
        assert target_frames.target_infos([a_plan.pk], {a_plan.pk: 2023}) == (
            target_frames.target_infos([a_plan.pk, 10**9], {a_plan.pk: 2023})
        )
        assert summaries._PLAN_VILLAGE_TARGETS(plan_id=a_plan.pk) == list(
            VillageTarget.objects.filter(target__plan_id=a_plan.pk)
            .order_by("pk")
            .values_list("pk", "target_id", "quantity")
        )
        for week in WEEKS:
            entries = ProgressEntry.objects.filter(
                report__plan_id=a_plan.pk, report__period_start__lte=week
            ).order_by("report__period_start")
            names = ("village_target_id", "report__period_start", "amount")
            names += ("base", "done")
            assert summaries._ENTRIES_TO_FOLD(plan_id=a_plan.pk, week=week) == list(
                entries.values_list(*names)
            )
            for since in WEEKS:
                assert summaries._ENTRIES_TO_FOLD_SINCE(
                    plan_id=a_plan.pk, week=week, since=since
                ) == list(
                    entries.filter(report__period_start__gte=since).values_list(*names)
                )
    assert len(target_frames.target_infos([plan.pk], {plan.pk: 2023})) == 2
    assert summaries._ENTRIES_TO_FOLD(plan_id=plan.pk, week=WEEK)


def test_the_communes_villages_as_a_subquery(world):
    from reports.changes_sql import _COMMUNE_VILLAGES

    for commune in (world.thuy_hung, world.nhat_tien, world.cao_loc):
        expected = (
            Area.objects.filter(parent_id=commune.pk)
            .villages()
            .order_by()
            .values("pk")
            .query.get_compiler("default")
            .as_sql()
        )
        sql, params = _COMMUNE_VILLAGES.statement(area_id=commune.pk)
        assert (sql, tuple(params)) == (expected[0], tuple(expected[1]))
    assert selectors.entry_villages(plan=PlanFactory(area=world.thuy_hung))._commune_of
