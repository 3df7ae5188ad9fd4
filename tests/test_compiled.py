"""ntm.compiled: a queryset built and compiled once, sent with each call's
values, reads what the ORM reads; a build that does not fit the contract is
refused when it is built (on SQLite and PostgreSQL, CI's two legs)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ntm.compiled import Compiled
from villages.models import Area, Membership, Role

pytestmark = pytest.mark.django_db


def fields(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


def villages_of(parent_id: int, name_after: str):
    return (
        Area.objects.filter(parent_id=parent_id, name__gt=name_after)
        .select_related("parent")
        .order_by("name")
    )


def test_rows_objects_and_related_as_the_orm(world):
    compiled = Compiled(villages_of, parent_id=int, name_after=str)
    for parent, after in (
        (world.thuy_hung, ""),
        (world.thuy_hung, "Cồn Tòng"),
        (world.nhat_tien, ""),
        (world.cao_loc, "A"),
        (world.con_tong, ""),  # no rows
    ):
        expected = list(villages_of(parent.pk, after))
        with CaptureQueriesContext(connection) as captured:
            got = compiled(parent_id=parent.pk, name_after=after)
            # select_related's parent is there: no statement more.
            parents = [fields(area.parent) for area in got]
        assert len(captured) == 1
        assert [fields(a) for a in got] == [fields(a) for a in expected]
        assert parents == [fields(a.parent) for a in expected]
        assert all(type(a) is Area and a._state.db == "default" for a in got)
    assert world.thuy_hung.pk and compiled(parent_id=world.thuy_hung.pk, name_after="")


def test_values_and_dates_as_the_orm(world, commune_official):
    membership = Membership.objects.get(user=commune_official)
    membership.valid_from = datetime.date(2024, 1, 1)
    membership.valid_to = datetime.date(2024, 12, 31)
    membership.save()
    member_of = Compiled(
        lambda user_id, on: Membership.objects.filter(
            user_id=user_id, valid_from__lte=on, valid_to__gte=on
        ).values_list("role", "area__name", "valid_to"),
        user_id=int,
        on=datetime.date,
    )
    for on, found in (
        (datetime.date(2023, 12, 31), []),
        (datetime.date(2024, 1, 1), [(Role.COMMUNE_OFFICIAL, "Thụy Hùng")]),
        (datetime.date(2024, 12, 31), [(Role.COMMUNE_OFFICIAL, "Thụy Hùng")]),
        (datetime.date(2025, 1, 1), []),
    ):
        got = member_of(user_id=commune_official.pk, on=on)
        assert [row[:2] for row in got] == found
        assert got == list(
            Membership.objects.filter(
                user_id=commune_official.pk, valid_from__lte=on, valid_to__gte=on
            ).values_list("role", "area__name", "valid_to")
        )
        assert all(type(row[2]) is datetime.date for row in got)


def test_a_value_that_is_no_parameter_is_refused(world):
    with pytest.raises(ValueError, match="is not a parameter"):
        Compiled(lambda pk: Area.objects.filter(pk=1), pk=int)(pk=1)
    # Turned into another kind of value on the way.
    with pytest.raises(ValueError, match="is not a parameter"):
        Compiled(lambda pk: Area.objects.filter(name=str(pk)), pk=int)(pk=1)


def test_a_statement_that_follows_its_values_is_refused(world):
    def shaped(pk):
        # Another statement for odd and even values.
        return Area.objects.filter(pk=pk, **({"level": "village"} if pk % 2 else {}))

    with pytest.raises(ValueError, match="follows the values"):
        Compiled(shaped, pk=int)(pk=1)

    def derived(pk):
        # A parameter computed from the value: it would stay the stand-in's.
        return Area.objects.filter(pk=pk) | Area.objects.filter(pk=pk + 1)

    with pytest.raises(ValueError, match="parameter 1"):
        Compiled(derived, pk=int)(pk=1)


def test_values_past_bigint_go_to_the_orm(world):
    compiled = Compiled(lambda pk: Area.objects.filter(pk=pk), pk=int)
    assert compiled(pk=2**70) == []
    assert [a.pk for a in compiled(pk=world.con_tong.pk)] == [world.con_tong.pk]


def test_wrong_values_are_refused(world):
    compiled = Compiled(lambda pk: Area.objects.filter(pk=pk), pk=int)
    with pytest.raises(TypeError):
        compiled(id=1)


@pytest.mark.django_db(transaction=True)
def test_a_locking_read_outside_a_transaction_is_refused():
    from django.db import transaction
    from django.db.transaction import TransactionManagementError

    area = Area.objects.create(name="Cồn Tòng", level="village")
    locked = Compiled(lambda pk: Area.objects.select_for_update().filter(pk=pk), pk=int)
    with transaction.atomic():
        assert [a.pk for a in locked(pk=area.pk)] == [area.pk]
    with pytest.raises(TransactionManagementError):
        locked(pk=area.pk)
