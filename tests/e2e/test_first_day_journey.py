"""Browser journeys (issue 22, Proof) on a 360 × 740 phone in the world that
`make run` loads: a commune official goes from the home page to a submitted
report in at most 4 taps, and the province's reviewer (since 01/07/2025 the
communes sit directly under the province) from the home page to a report
returned to the commune with a comment.

A screenshot of every step is saved under the test output ($NTM_TEST_OUTPUT,
else pytest's temporary directory), pass or fail; the database is read only
once the browser is closed (conftest.py)."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Page, expect

from plans.models import Plan
from reports.models import ProgressReport, ReportStatus
from reports.periods import monday
from tests.e2e.conftest import output_dir
from villages.services import DEMO_PASSWORD

pytestmark = pytest.mark.e2e

COMMENT = "Đề nghị bổ sung ảnh minh chứng hàng rào xanh thôn Thịnh Bằng."


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("loaddemo", force=True, stdout=io.StringIO())
    # This year's plans by number: 21 waiting for review (ntm.demo.live).
    return {plan.number: plan for plan in Plan.objects.filter(year__gte=2024)}


def log_in(page: Page, username: str) -> None:
    page.goto("/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", name="Việc cần làm tuần này")).to_be_visible()


def test_commune_official_home_to_submitted_report_in_four_taps(
    demo, browse, request, tmp_path_factory
):
    shots = output_dir(request, tmp_path_factory) / "steps"
    shots.mkdir(parents=True, exist_ok=True)
    taps = 0

    def tap(locator) -> None:
        nonlocal taps
        taps += 1
        locator.click()

    with browse() as journey:
        page = journey.open("xa-son-bang", phone=True)
        log_in(page, "xa.sonbang")
        page.screenshot(path=shots / "01-trang-chu.png", full_page=True)
        tap(page.get_by_role("link", name="Xã Sơn Bằng · Số: 21/KH-UBND"))
        expect(page.get_by_role("button", name="Lưu và nộp")).to_be_visible()
        page.screenshot(path=shots / "02-bao-cao-tuan.png", full_page=True)
        tap(page.get_by_role("button", name="Lưu và nộp"))
        expect(
            page.get_by_text("Báo cáo đã nộp, đang chờ cấp trên xem xét.")
        ).to_be_visible()
        page.screenshot(path=shots / "03-da-nop.png", full_page=True)
        # Back home, the week shows as submitted.
        page.goto("/")
        expect(page.locator(".list-group-item", has_text="21/KH-UBND")).to_contain_text(
            "Đã nộp"
        )
        page.screenshot(path=shots / "04-trang-chu-da-nop.png", full_page=True)
    assert taps <= 4
    this_week = ProgressReport.objects.filter(plan=demo["21"]).latest("period_start")
    assert this_week.status == ReportStatus.SUBMITTED
    assert len(list(shots.glob("*.png"))) == 4


def test_reviewer_home_to_a_returned_report(demo, browse, request, tmp_path_factory):
    # Last week's report of Sơn Bằng (plan 21) waits for review (ntm.demo.live);
    # that of plan 22 of the same commune was returned, hence the section.
    last_week = monday(timezone.localdate()) - datetime.timedelta(days=7)
    shots = output_dir(request, tmp_path_factory) / "steps"
    shots.mkdir(parents=True, exist_ok=True)
    with browse() as journey:
        page = journey.open("tinh-ha-tinh-duyet", phone=True)
        log_in(page, "tinh.hatinh.duyet")
        page.screenshot(path=shots / "01-trang-chu.png", full_page=True)
        waiting = page.locator("h3:has-text('Báo cáo chờ duyệt') + ul")
        waiting.get_by_role(
            "link", name=f"Xã Sơn Bằng: tuần {last_week:%d/%m/%Y}"
        ).click()
        expect(page.get_by_role("button", name="Trả lại")).to_be_visible()
        page.screenshot(path=shots / "02-bao-cao-cho-duyet.png", full_page=True)
        page.get_by_label("Ý kiến").fill(COMMENT)
        page.get_by_role("button", name="Trả lại").click()
        expect(page.get_by_text("Đã trả lại báo cáo cho xã.")).to_be_visible()
        expect(page.get_by_text(COMMENT).first).to_be_visible()
        page.screenshot(path=shots / "03-da-tra-lai.png", full_page=True)
        page.goto("/")
        returned = page.locator(".list-group-item", has_text=COMMENT)
        expect(returned).to_be_visible()
        page.screenshot(path=shots / "04-trang-chu-tra-lai.png", full_page=True)
    report = ProgressReport.objects.get(review_comment=COMMENT)
    assert report.period_start == last_week
    assert report.status == ReportStatus.RETURNED
    assert report.plan == demo["21"]
    assert report.reviewed_by.username == "tinh.hatinh.duyet"
    assert len(list(shots.glob("*.png"))) == 4
