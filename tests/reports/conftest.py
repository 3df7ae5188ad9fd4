import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from plans.models import Counting, Plan, Target, VillageTarget
from tests.factories import member
from villages.models import Role

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
WEEK = datetime.date(2023, 3, 13)  # Monday; its deadline is Thursday 16/03/2023 14:30


def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    """A moment in March 2023, Hà Nội time."""
    return datetime.datetime(2023, 3, day, hour, minute, tzinfo=HANOI)


@pytest.fixture
def plan(world):
    return Plan.objects.create(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        symbol="KH-BCĐ",
        number="01",
        year=2023,
        title="Phát động phong trào",
        place="Thụy Hùng",
        status="issued",
    )


@pytest.fixture
def hedge(plan, world):
    """3.200 m of hedge: 2.000 for Cồn Tòng, 1.200 for Nà Lài (increment)."""
    target = Target.objects.create(
        plan=plan, name="Trồng hàng rào xanh", unit="m", quantity=Decimal("3200")
    )
    VillageTarget.objects.create(
        target=target, village=world.con_tong, quantity=Decimal("2000")
    )
    VillageTarget.objects.create(
        target=target, village=world.na_lai, quantity=Decimal("1200")
    )
    return target


@pytest.fixture
def households(plan, world):
    """Households collecting waste: a running total, the latest figure counts."""
    target = Target.objects.create(
        plan=plan,
        name="Thu gom rác thải",
        unit="hộ",
        quantity=Decimal("100"),
        counting=Counting.RUNNING_TOTAL,
    )
    VillageTarget.objects.create(
        target=target, village=world.con_tong, quantity=Decimal("60")
    )
    VillageTarget.objects.create(
        target=target, village=world.na_lai, quantity=Decimal("40")
    )
    return target


@pytest.fixture
def reviewer(world):
    return member(world.cao_loc, Role.DISTRICT_REVIEWER, "huyen.caoloc")


def browser_data(response, **changes) -> dict:
    """What a browser would post back from the rendered entry form: every field
    as drawn, with its hidden "initial-" twin, then the user's `changes`."""
    form = response.context["form"]
    data = {}
    for bound in form:
        if bound.field.disabled or bound.name.startswith("photos_"):
            continue
        value = bound.value()
        data[bound.name] = "" if value is None else value
        if bound.field.show_hidden_initial:
            # As Django draws it: propagated from the posted form when there is one.
            hidden = form.add_initial_prefix(bound.name)
            initial = form.data.get(hidden, bound.initial)
            data[hidden] = "" if initial is None else initial
    data.update(changes)
    return data
