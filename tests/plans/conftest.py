"""Fixtures shared by the plan tests: the commune official's client, and the
commune plan the Excel target import works on (a module may define its own
`plan`; pytest takes the module's)."""

import pytest

from plans.models import Plan, Target, VillageTarget


@pytest.fixture
def official_client(client, commune_official):
    client.force_login(commune_official)
    return client


@pytest.fixture
def plan(world, commune_official):
    return Plan.objects.create(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        number="01",
        symbol="KH-UBND",
        year=2023,
        title="Về việc bảo vệ môi trường",
        place="Thụy Hùng",
    )


@pytest.fixture
def rate_titled_plan(plan):
    """The plan, titled with "tỷ lệ": a plan's title makes none of its
    targets a rate."""
    plan.title = "Nâng tỷ lệ hộ dùng nước sạch"
    plan.save(update_fields=["title"])
    return plan


@pytest.fixture
def hedge(plan, world):
    """ "Trồng hàng rào xanh: 3.200 m", split 1.600 / 1.600."""
    target = Target.objects.create(
        plan=plan, order=1, name="Trồng hàng rào xanh", unit="m", quantity=3200
    )
    VillageTarget.objects.create(target=target, village=world.con_tong, quantity=1600)
    VillageTarget.objects.create(target=target, village=world.na_lai, quantity=1600)
    return target
