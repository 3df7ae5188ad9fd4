"""Opening a photo in Chromium, from the report page and as the bare image,
meets no Content-Security-Policy violation (the journey harness fails on any,
see conftest.py)."""

from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import Page, expect

from plans.models import Target, VillageTarget
from reports.models import ProgressEntry, ProgressReport
from reports.photos import photo_add
from tests.factories import PASSWORD, PlanFactory
from tests.reports.test_progress import jpeg_upload

pytestmark = pytest.mark.e2e
WEEK = datetime.date(2023, 3, 13)


def log_in(page: Page, username: str) -> None:
    page.goto("/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda url: "dang-nhap" not in url)


@pytest.fixture
def photo(world, commune_official, media):
    plan = PlanFactory(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        symbol="KH-BCĐ",
        title="Phát động phong trào",
    )
    target = Target.objects.create(
        plan=plan, name="Trồng hàng rào xanh", unit="m", quantity=3200
    )
    allocation = VillageTarget.objects.create(
        target=target, village=world.con_tong, quantity=2000
    )
    report = ProgressReport.objects.create(
        plan=plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(days=6)
    )
    entry = ProgressEntry.objects.create(
        report=report, village_target=allocation, amount=50
    )
    return photo_add(entry=entry, upload=jpeg_upload(), user=commune_official)


def test_a_photo_opens_without_a_csp_violation(browse, photo):
    entry_url = f"/bao-cao/ke-hoach/{photo.entry.report.plan_id}/{WEEK.isoformat()}/"
    image_url = f"/bao-cao/anh/{photo.pk}/lon/"
    with browse() as journey:
        page = journey.open("xa.thuyhung", phone=True)
        log_in(page, "xa.thuyhung")
        page.goto(entry_url)
        page.get_by_role("img", name="Ảnh 1").click()
        picture = page.get_by_role("img", name="Ảnh minh chứng của Thôn Cồn Tòng")
        expect(picture).to_have_js_property("complete", True)
        assert picture.evaluate("img => img.naturalWidth") == 640
        journey.assert_clean()
        # The bare image, as "open image in new tab" or the download link shows it.
        response = page.goto(image_url)
        assert response.status == 200
        page.wait_for_load_state("load")
        assert page.evaluate("document.images.length") == 1
        assert page.evaluate("document.images[0].naturalWidth") == 640
        journey.assert_clean()
        page.get_by_role("img").click()  # the browser's own zoom still works
        journey.assert_clean()
