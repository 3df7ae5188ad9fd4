"""Offline entry (issue 24) on a phone in chromium: the entry page opens
without network, a save made offline waits on the phone ("Chưa gửi (n)") and
reaches the server exactly once when the network is back; a save that meets a
newer version is shown beside it and not applied; logging out leaves nothing
of the user for the next one. The database is read once the browser is closed
(see conftest.py)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from plans.models import Counting, Plan, Target
from plans.services import plan_create
from reports.models import ProgressEntry
from reports.periods import monday
from tests.e2e.test_journeys import HEDGE, allocate, log_in, village_card
from villages.models import Agency

pytestmark = pytest.mark.e2e

# What chromium reports for a request made while the context is offline.
OFFLINE_FAILURES = r"ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource"
BANNER = "Đang ngoại tuyến — số liệu sẽ gửi khi có mạng"


@pytest.fixture
def week() -> datetime.date:
    return monday(timezone.localdate())


@pytest.fixture
def plan(world, commune_official, week) -> Plan:
    """Thụy Hùng's weekly plan, due on Sunday 23:59: this week stays open."""
    plan = plan_create(
        user=commune_official,
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        parent_agency=Agency.objects.create(
            area=world.cao_loc, name="Ủy ban nhân dân huyện Cao Lộc", kind="committee"
        ),
        symbol="KH-BCĐ",
        number="01",
        year=week.year,
        title="Phát động phong trào thi đua xây dựng nông thôn mới",
        place="Thụy Hùng",
        issued_on=datetime.date(week.year, 1, 1),
        signing_authority="TM. Ban chỉ đạo",
        signer_title="Trưởng ban",
        signer_name="Hoàng Văn Thắng",
        status="issued",
        report_weekday=6,
        report_time=datetime.time(23, 59),
    )
    allocate(
        plan,
        commune_official,
        Target(
            name=HEDGE, unit="m", quantity=Decimal("3200"), counting=Counting.INCREMENT
        ),
        {world.con_tong: Decimal("2000"), world.na_lai: Decimal("1200")},
    )
    return plan


def entry_url(plan: Plan, week: datetime.date) -> str:
    return f"/bao-cao/ke-hoach/{plan.pk}/{week.isoformat()}/"


def offline_ready(page: Page) -> None:
    """The worker controls the page and the user's entry pages are kept."""
    expect(page.locator("html")).to_have_attribute("data-offline", "ready")


def waiting(page: Page):
    return page.locator("#offline-count")


def test_a_save_made_offline_reaches_the_server_once(
    browse, plan, week, world, commune_official
):
    url = entry_url(plan, week)
    with browse() as journey:
        page = journey.open("xã", phone=True)
        log_in(page, commune_official.username)
        page.goto(url)
        offline_ready(page)
        expect(page.get_by_text(BANNER)).to_be_hidden()

        journey.tolerate(OFFLINE_FAILURES)
        page.context.set_offline(True)
        expect(page.get_by_text(BANNER)).to_be_visible()
        card = village_card(page, HEDGE, "Thôn Cồn Tòng")
        card.get_by_label("Làm được trong kỳ").fill("125,5")
        card.get_by_label("Ghi chú").fill("Trồng dâm bụt khi mất sóng")
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        expect(page.get_by_text(BANNER)).to_be_visible()
        queue = page.locator("#offline-queue")
        expect(queue).to_contain_text("Lưu lúc")
        expect(queue).to_contain_text("đang chờ mạng")

        # Opened again without network: the kept page and the waiting save.
        page.reload()
        expect(page.get_by_role("heading", name=HEDGE)).to_be_visible()
        expect(page.get_by_text(BANNER)).to_be_visible()
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        expect(queue).to_contain_text("đang chờ mạng")

        page.context.set_offline(False)
        expect(page.get_by_text("Đã gửi 1 bản lưu chờ mạng.")).to_be_visible()
        expect(waiting(page)).to_have_text("Chưa gửi (0)")
        expect(waiting(page)).to_be_hidden()
        expect(page.get_by_text(BANNER)).to_be_hidden()
        offline_ready(page)  # the kept copies refreshed with the new figures
        page.reload()
        offline_ready(page)
        expect(
            village_card(page, HEDGE, "Thôn Cồn Tòng").get_by_label("Làm được trong kỳ")
        ).to_have_value("125,5")

    entries = list(ProgressEntry.objects.filter(report__plan=plan))
    assert [(e.village_target.village_id, e.amount, e.note) for e in entries] == [
        (world.con_tong.pk, Decimal("125.5"), "Trồng dâm bụt khi mất sóng")
    ]
    assert ProgressEntry.history.filter(report__plan=plan).count() == 1
