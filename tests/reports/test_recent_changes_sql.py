"""The statements of "Thay đổi gần đây" as plain SQL (reports/changes_sql.py)
read the same rows, in the same order, with the same Python values, as the
ORM's queries they replaced (kept here as the reference), on SQLite and on
PostgreSQL (CI's two legs)."""

import datetime
from decimal import Decimal

import pytest
import time_machine

from plans.models import Counting, Target, VillageTarget
from reports import changes_sql
from reports.models import ProgressEntry
from reports.selectors import recent_changes
from reports.services import EntryInput
from tests.reports.conftest import WEEK, at, save_rows
from villages.models import Area

pytestmark = pytest.mark.django_db

RECENT = (
    "id",
    "history_id",
    "history_date",
    "history_type",
    "history_change_reason",
    "amount",
    "done",
    "history_user__first_name",
    "history_user__last_name",
    "history_user__username",
    "village_target__village__kind",
    "village_target__village__name",
    "village_target__target__name",
    "village_target__target__unit",
    "village_target__target__counting",
    "report__period_start",
)


def orm_recent(*, plan_id, start, villages, limit):
    """The ORM's form of the first statement (selectors.recent_changes before
    issue 23's fifth round)."""
    history = ProgressEntry.history.model.objects
    return list(
        history.filter(
            report__plan=plan_id,
            history_date__gte=start,
            village_target__village__in=villages,
        )
        .order_by("-history_date", "-history_id")
        .values_list(*RECENT)[:limit]
    )


def orm_chains(ids):
    return list(
        ProgressEntry.history.model.objects.filter(id__in=ids)
        .order_by("history_date", "history_id")
        .values_list("id", "history_id", "amount", "done")
    )


@pytest.fixture
def changed(world, plan, hedge, commune_official, village_head):
    """Amounts and yes/no answers saved over three days by two people, a
    history row without its user, and an entry deleted."""
    done = Target.objects.create(
        plan=plan,
        name="Thành lập tổ tự quản",
        unit="tổ",
        quantity=Decimal("1"),
        counting=Counting.YES_NO,
    )
    answer = VillageTarget.objects.create(
        target=done, village=world.con_tong, quantity=Decimal("1")
    )
    con_tong = hedge.allocations.get(village=world.con_tong)
    na_lai = hedge.allocations.get(village=world.na_lai)
    for n, (moment, user) in enumerate(
        (
            (at(13, 8), commune_official),
            (at(14, 0, 0), commune_official),
            (at(14, 9, 30), village_head),
            (at(15, 10), commune_official),
        )
    ):
        rows = [EntryInput(con_tong, amount=Decimal(f"{n}.5"))]
        if user == commune_official:
            rows += [
                EntryInput(na_lai, amount=Decimal(100 + n)),
                EntryInput(answer, done=bool(n % 2)),
            ]
        with time_machine.travel(moment, tick=False):
            save_rows(plan, user, WEEK, rows, moment)
    history = ProgressEntry.history.model.objects
    history.filter(pk=history.order_by("history_id").first().pk).update(
        history_user=None
    )
    ProgressEntry.objects.get(village_target=na_lai).delete()
    return plan


def test_the_plain_statements_read_what_the_orm_reads(changed, world):
    commune_villages = Area.objects.filter(parent_id=changed.area_id).villages()
    cases = [
        commune_villages,
        Area.objects.filter(pk__in=[world.na_lai.pk]),
        [world.con_tong.pk],
        [world.na_lai.pk, world.con_tong.pk],
        [],
    ]
    starts = [
        at(1, 0),
        at(14, 0, 0),
        at(14, 9, 31),
        at(20, 0),
    ]
    seen = 0
    for villages in cases:
        for start in starts:
            for limit in (2, 30):
                args = dict(
                    plan_id=changed.pk, start=start, villages=villages, limit=limit
                )
                plain, orm = changes_sql.recent(**args), orm_recent(**args)
                assert plain == orm, (villages, start, limit)
                # Values of the same types (SQLite's converters applied).
                assert [tuple(map(type, r)) for r in plain] == [
                    tuple(map(type, r)) for r in orm
                ]
                ids = {row[0] for row in orm}
                assert changes_sql.chains(ids) == orm_chains(ids)
                seen += len(orm)
    # The cases read something: users with and without a name, a deletion.
    everything = orm_recent(
        plan_id=changed.pk, start=starts[0], villages=commune_villages, limit=30
    )
    assert {row[3] for row in everything} == {"+", "~", "-"}
    assert None in {row[9] for row in everything}
    assert seen > 40


def test_recent_changes_are_two_statements(changed, world, django_assert_num_queries):
    villages = Area.objects.filter(parent_id=changed.area_id).villages()
    with django_assert_num_queries(2):
        changes = recent_changes(
            plan=changed, since=datetime.date(2023, 3, 13), villages=villages
        )
    assert changes[0].village == world.na_lai.title_name
    assert changes[0].after is None  # the deletion, newest
    assert {c.village for c in changes} == {
        world.na_lai.title_name,
        world.con_tong.title_name,
    }


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_statement_reads_the_same_and_leaks_no_setting(
    changed, world
):
    """A page runs outside a transaction: there, on PostgreSQL, the statement
    is sent with `SET LOCAL join_collapse_limit = 1` (joined in the order
    written: planning it took 5-8 ms), which lasts for that query string
    only; the rows are the ORM's all the same."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert not connection.in_atomic_block
    villages = Area.objects.filter(parent_id=changed.area_id).villages()
    args = dict(plan_id=changed.pk, start=at(1, 0), villages=villages, limit=30)
    with CaptureQueriesContext(connection) as captured:
        plain = changes_sql.recent(**args)
    assert plain == orm_recent(**args) and len(plain) > 3
    assert len(captured) == 1
    if connection.vendor == "postgresql":
        assert captured[0]["sql"].startswith("SET LOCAL join_collapse_limit = 1;")
        with connection.cursor() as cursor:
            cursor.execute("SHOW join_collapse_limit")
            assert cursor.fetchone()[0] == "8"
