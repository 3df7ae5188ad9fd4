"""Browser journey (issue 22, Proof): on a 360 × 740 phone, in the world that
`make run` loads, the province's account manager creates three accounts from
Excel, and one of them logs in and changes the temporary password.

The template is downloaded from the page and filled in with openpyxl, taking
the areas from its own "Danh sách địa bàn" sheet, so the journey follows
whatever places the demo holds. A screenshot of every step is saved under the
test output ($NTM_TEST_OUTPUT, else pytest's temporary directory), pass or
fail; the database is read only once the browser is closed (conftest.py)."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from tests.e2e.conftest import output_dir
from villages import account_import
from villages.models import AccountAction, AccountEvent
from villages.services import DEMO_PASSWORD

pytestmark = pytest.mark.e2e

NEW_PASSWORD = "Lang-Son-2026!"
PEOPLE = [
    ("Hoàng Văn Thái", "thaihv.e2e", "Công chức Văn hóa – Xã hội"),
    ("Lương Thị Mai", "", "Trưởng thôn"),
    ("Nông Đức Huy", "huynd.e2e", "Chuyên trách nông thôn mới"),
]


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("loaddemo", force=True, stdout=io.StringIO())


def tall_enough(page: Page, locator) -> None:
    """A control a thumb can hit: at least 44 px high and wide."""
    box = locator.bounding_box()
    assert box and box["height"] >= 44 and box["width"] >= 44, box


def filled_template(data: bytes) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    areas = [
        row
        for row in wb[account_import.AREAS_SHEET].iter_rows(min_row=2, values_only=True)
        if row[0]
    ]
    commune = next(label for label, _, level, *_ in areas if level == "Cấp xã")
    village = next(label for label, _, level, *_ in areas if level.startswith("Thôn"))
    ws = wb[account_import.SHEET_TITLE]
    rows = [
        (PEOPLE[0], commune, "Công chức xã", "0912 345 678", "thai@example.vn"),
        (PEOPLE[1], village, "Trưởng thôn", "", ""),
        (PEOPLE[2], commune, "Công chức xã", "", ""),
    ]
    for index, ((name, username, post), area, role, phone, email) in enumerate(
        rows, start=1
    ):
        ws.append([index, name, username, post, phone, email, area, role, None, None])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_a_manager_creates_three_accounts_from_excel_and_one_changes_its_password(
    demo, browse, request, tmp_path_factory, tmp_path
):
    shots = output_dir(request, tmp_path_factory) / "steps"
    shots.mkdir(parents=True, exist_ok=True)
    step = iter(range(1, 100))

    def shot(page: Page, name: str) -> None:
        page.screenshot(path=shots / f"{next(step):02d}-{name}.png", full_page=True)

    with browse() as journey:
        manager = journey.open("quan-ly", phone=True)
        manager.goto("/")
        expect(manager.get_by_role("heading", name="Đăng nhập")).to_be_visible()
        manager.get_by_label("Tên đăng nhập").fill("quanly.langson")
        manager.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
        shot(manager, "dang-nhap")
        manager.get_by_role("button", name="Đăng nhập").click()

        manager.get_by_role("button", name="Mở menu").click()
        menu_item = manager.get_by_role("link", name="Tài khoản", exact=True)
        expect(menu_item).to_be_visible()
        shot(manager, "menu")
        menu_item.click()
        expect(manager.get_by_role("heading", name="Tài khoản")).to_be_visible()
        shot(manager, "danh-sach-tai-khoan")

        manager.get_by_role("link", name="Tạo từ Excel").click()
        expect(
            manager.get_by_role("heading", name="Tạo tài khoản từ Excel")
        ).to_be_visible()
        with manager.expect_download() as download:
            manager.get_by_role("link", name="Tải tệp mẫu Excel").click()
        template = download.value.path().read_bytes()
        filled = tmp_path / "tai-khoan-xa.xlsx"
        filled.write_bytes(filled_template(template))
        manager.get_by_label("Tệp Excel (.xlsx)").set_input_files(filled)
        shot(manager, "chon-tep")
        check = manager.get_by_role("button", name="Kiểm tra thử")
        tall_enough(manager, check)
        check.click()

        expect(manager.get_by_text("Kiểm tra thử: không có lỗi")).to_be_visible()
        expect(manager.locator("#import-rows tbody tr")).to_have_count(3)
        expect(manager.locator("#import-rows")).to_contain_text("(tự tạo)")
        shot(manager, "kiem-tra-thu")
        create = manager.get_by_role("button", name="Tạo các tài khoản")
        tall_enough(manager, create)
        create.click()

        expect(
            manager.get_by_role("heading", name="Đã tạo 3 tài khoản")
        ).to_be_visible()
        shot(manager, "mat-khau-tam")
        card = manager.locator(".card", has_text=PEOPLE[0][0])
        username = card.locator("[data-username]").inner_text()
        password = card.locator("[data-password]").inner_text()
        assert username == "thaihv.e2e"

        official = journey.open("cong-chuc", phone=True)
        official.goto("/")
        official.get_by_label("Tên đăng nhập").fill(username)
        official.get_by_label("Mật khẩu").fill(password)
        official.get_by_role("button", name="Đăng nhập").click()
        expect(official.get_by_role("heading", name="Đổi mật khẩu")).to_be_visible()
        expect(official.get_by_text("Anh/chị đang dùng mật khẩu tạm")).to_be_visible()
        shot(official, "phai-doi-mat-khau")
        # Every other page sends them back here until they do.
        official.goto("/ke-hoach/")
        expect(official.get_by_role("heading", name="Đổi mật khẩu")).to_be_visible()
        official.get_by_label(re.compile("^Mật khẩu cũ")).fill(password)
        official.get_by_label(re.compile("^Mật khẩu mới")).fill(NEW_PASSWORD)
        official.get_by_label(re.compile("^Xác nhận mật khẩu mới")).fill(NEW_PASSWORD)
        submit = official.get_by_role("button", name="Đổi mật khẩu")
        tall_enough(official, submit)
        shot(official, "doi-mat-khau")
        submit.click()
        expect(official.get_by_text("Đã đổi mật khẩu.")).to_be_visible()
        shot(official, "trang-chu")
        official.goto("/ke-hoach/")
        expect(official.get_by_role("heading", name="Đổi mật khẩu")).to_have_count(0)
        journey.assert_clean()

    assert len(list(shots.glob("*.png"))) == 9
    user_model = get_user_model()
    created = user_model.objects.filter(
        account_events__action=AccountAction.IMPORTED
    ).order_by("pk")
    assert [u.first_name for u in created] == [p[0] for p in PEOPLE]
    assert created[1].username == "mailt"  # made from "Lương Thị Mai"
    thai = user_model.objects.get(username="thaihv.e2e")
    assert thai.check_password(NEW_PASSWORD)
    assert not thai.profile.must_change_password
    assert list(
        AccountEvent.objects.filter(account=thai).values_list(
            "action", "actor__username"
        )
    ) == [
        (AccountAction.PASSWORD_CHANGED, "thaihv.e2e"),
        (AccountAction.IMPORTED, "quanly.langson"),
    ]
