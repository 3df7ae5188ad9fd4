import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.urls import reverse

from ntm.perf.loadtest.browser import parse_forms
from plans.models import Counting, Target, VillageTarget
from reports import services
from reports.services import EntryInput
from tests.factories import PlanFactory

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

# The marks of a module of concurrent transactions: real ones, which need
# PostgreSQL's row locks and concurrent writers (CI's PostgreSQL pass).
CONCURRENT = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs concurrent transactions and row locks: runs in CI's "
        "PostgreSQL pass",
    ),
]
WEEK = datetime.date(2023, 3, 13)  # Monday; its deadline is Thursday 16/03/2023 14:30


def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    """A moment in March 2023, Hà Nội time."""
    return datetime.datetime(2023, 3, day, hour, minute, tzinfo=HANOI)


def entry_url(plan, week: datetime.date = WEEK) -> str:
    """The weekly entry page of `plan` for `week` (a Monday)."""
    return reverse("reports:entry", args=[plan.pk, week.isoformat()])


def target_with_shares(plan, shares: dict, **fields) -> Target:
    """A target of `plan` (its `fields`) shared out: {village: quantity}."""
    target = Target.objects.create(plan=plan, **fields)
    for village, quantity in shares.items():
        VillageTarget.objects.create(
            target=target, village=village, quantity=Decimal(quantity)
        )
    return target


def save_amounts(plan, user, amounts: dict, *, week=WEEK, now=None, **kwargs):
    """services.entries_save of `amounts` ({village target: amount}) for
    `week`, at `now` (by default Wednesday 15/03/2023 9:00, before WEEK's
    deadline); other keywords go to the service as they are."""
    rows = [EntryInput(vt, amount=Decimal(n)) for vt, n in amounts.items()]
    return save_rows(plan, user, week, rows, now or at(15, 9), **kwargs)


def save_rows(plan, user, week, rows, now, **kwargs):
    """services.entries_save of `rows` (EntryInputs) for `week` at `now`;
    other keywords go to the service as they are."""
    return services.entries_save(
        plan=plan, period_start=week, user=user, inputs=rows, now=now, **kwargs
    )


@pytest.fixture
def plan(world):
    return PlanFactory(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        symbol="KH-BCĐ",
        title="Phát động phong trào",
    )


@pytest.fixture
def hedge(plan, world):
    """3.200 m of hedge: 2.000 for Cồn Tòng, 1.200 for Nà Lài (increment)."""
    return target_with_shares(
        plan,
        {world.con_tong: 2000, world.na_lai: 1200},
        name="Trồng hàng rào xanh",
        unit="m",
        quantity=Decimal("3200"),
    )


@pytest.fixture
def households(plan, world):
    """Households collecting waste: a running total, the latest figure counts."""
    return target_with_shares(
        plan,
        {world.con_tong: 60, world.na_lai: 40},
        name="Thu gom rác thải",
        unit="hộ",
        quantity=Decimal("100"),
        counting=Counting.RUNNING_TOTAL,
    )


@pytest.fixture
def reviewer(district_reviewer):
    """The district reviewer of Cao Lộc (tests/conftest.py), by its short name."""
    return district_reviewer


def amount_field(target, village) -> str:
    """The entry form's amount box of `target`'s row for `village`."""
    return f"amount_{target.allocations.get(village=village).pk}"


def save_on_page(client, url, **changes) -> dict:
    """The entry page at `url`, as `client` sees it, saved with `changes` (it
    must go through); returns what was posted, to send again."""
    data = browser_data(client.get(url), **changes)
    assert client.post(url, data).status_code == 302
    return data


def browser_data(response, **changes) -> dict:
    """What a browser would post back from the rendered entry form: every field
    as the page draws it (hidden "initial-" twins included), no photos, then
    the user's `changes`. Read from the HTML, so a value drawn wrong is caught."""
    page = response.content.decode()
    (form,) = [
        form
        for form in parse_forms(page, "http://testserver/")
        if any(name.startswith("version_") for name in form.names())
    ]
    data = {name: value for name, value in form.fields if value is not None}
    data.update(changes)
    return data
