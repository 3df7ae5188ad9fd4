"""A merged commune's official reads its former communes (villages.rights):
on the entry page of the commune's own plan, and its save, that costs no
statement (the counts pinned in test_progress.py stay), and a former
commune's week opens read only."""

from __future__ import annotations

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import PlanFactory, commune, merged, village
from tests.reports.conftest import browser_data, entry_url
from tests.reports.test_progress import plans_of_two_sizes


def merge_xuan_long(world):
    """Xuân Long, merged into Thụy Hùng in 2020, with a plan of its own."""
    xuan_long = commune(
        world.cao_loc, "Xuân Long", valid_to=datetime.date(2019, 12, 31)
    )
    village(xuan_long, "Thôn Cũ")
    merged(world.thuy_hung, [xuan_long], on=datetime.date(2020, 1, 1))
    return PlanFactory(area=xuan_long, title="Kế hoạch Xuân Long")


def counted(client, method, url, data=None) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data)
    return response.status_code, len(captured)


def measure(client, plan, figure: str) -> list[tuple[int, int]]:
    """The entry page's GET and a save of `figure` in every row."""
    url = entry_url(plan)
    page = client.get(url)
    typed = {name: figure for name in browser_data(page) if name.startswith("amount_")}
    return [
        counted(client, "get", url),
        counted(client, "post", url, browser_data(page, **typed)),
    ]


def test_the_entry_page_and_its_save_cost_nothing_more_with_former_communes(
    client, world, commune_official
):
    former = None
    for plan in plans_of_two_sizes(world, commune_official):
        client.force_login(commune_official)
        alone = measure(client, plan, "7")
        former = former or merge_xuan_long(world)
        assert measure(client, plan, "8") == alone
        assert alone[0][0] == 200 and alone[1][0] == 302
    # The former commune's plan is readable now, read only.
    client.force_login(commune_official)
    old = client.get(reverse("plans:detail", args=[former.pk])).content.decode()
    assert "Kế hoạch của xã cũ (trước sáp nhập) — chỉ xem" in old
