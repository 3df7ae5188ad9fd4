"""Browser journey (issue 20): the province's coordination office downloads
the Excel template of its criteria set, loads its official appendix, reads the
preview and the diff, confirms a new version, then checks one row against the
text. The database is read once the browser is closed (conftest.py)."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from criteria.models import CriteriaSet, Indicator
from criteria.services import criteria_load, regions_load
from tests.criteria.appendix import region_xlsx
from tests.e2e.test_journeys import log_in, menu
from tests.factories import member
from villages.models import Role

pytestmark = pytest.mark.e2e


@pytest.fixture
def manager(world):
    regions_load()
    criteria_load()  # after the world: the provincial sets are its provinces'
    return member(world.lang_son, Role.REFERENCE_MANAGER, "tinh.vpdp")


def test_the_coordination_office_loads_and_checks_its_set(browse, manager, tmp_path):
    appendix = tmp_path / "qd-1494-phu-luc-i.xlsx"
    appendix.write_bytes(region_xlsx())
    with browse() as journey:
        page = journey.open("tinh.vpdp")
        log_in(page, "tinh.vpdp")
        menu(page, "Bộ tiêu chí")
        page.get_by_role(
            "link",
            name="Bộ tiêu chí xã nông thôn mới tỉnh Lạng Sơn giai đoạn 2022–2025",
        ).click()
        expect(
            page.get_by_role("heading", name="Phiên bản 1 (hiện hành)")
        ).to_be_visible()
        with page.expect_download() as download:
            page.get_by_role("link", name="Tải mẫu Excel của bộ tiêu chí").click()
        template = tmp_path / download.value.suggested_filename
        download.value.save_as(template)

        page.get_by_role("link", name="Nạp phiên bản mới từ văn bản").click()
        page.get_by_label("Tệp văn bản").set_input_files(str(appendix))
        page.get_by_label("Phụ lục, phần của văn bản").fill("Phụ lục I")
        page.get_by_role("button", name="Tải lên và xem trước").click()
        expect(
            page.get_by_role("heading", name="Khác biệt so với phiên bản 1")
        ).to_be_visible()
        diff = page.locator("#load-diff")
        expect(diff).to_contain_text("Chỉ tiêu 2.1 (DBSH)")
        content = page.locator("#load-content")
        expect(content).to_contain_text("văn bản: “từ 95% trở lên”")
        expect(content).to_contain_text("chú thích: Xã đảo áp dụng mức ≥ 70%.")
        page.get_by_role("button", name="Xác nhận: tạo phiên bản mới").click()
        expect(page.get_by_text(re.compile(r"Đã tạo phiên bản 2 của"))).to_be_visible()
        expect(
            page.get_by_role("heading", name="Phiên bản 2 (hiện hành)")
        ).to_be_visible()

        page.get_by_role("link", name="Rà soát nguồn, đối chiếu").click()
        row = page.locator(".review-unverified tr").filter(has_text="Chỉ tiêu 2.2")
        row.get_by_role("link", name="Đối chiếu").click()
        page.get_by_label("Điều, khoản, trang, dòng").fill("trang 3, dòng 11")
        page.get_by_role("button", name="Ghi nhận").click()
        expect(
            page.get_by_text(re.compile(r"Đã ghi nhận: 2\.2\..*đã đối chiếu"))
        ).to_be_visible()
        journey.assert_clean()

    sheet = load_workbook(template)["Phụ lục"]
    assert sheet["A4"].value == "TT" and sheet["F4"].value == "Chỉ tiêu chung"
    current = CriteriaSet.objects.current_versions().get(code="ls1494-xa-ntm")
    assert current.version == 2 and current.created_by == manager
    checked = Indicator.objects.get(criterion__criteria_set=current, code="2.2")
    assert checked.verified and checked.checked_by == manager
    assert (checked.source_part, checked.source_locator) == (
        "Phụ lục I",
        "trang 3, dòng 11",
    )
