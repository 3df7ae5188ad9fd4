"""Browser journey (issue 18, review page): a commune official on a phone
uploads a plan, reads how each unit was matched (the score for the lead and
for each partner), splits a task at its second content line, moves the last
task to the top by typing its position, and creates the plan. The database
is read once the browser is closed (conftest.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from plans.models import Plan
from tests.e2e.test_journeys import log_in, menu

pytestmark = pytest.mark.e2e

PLAN = """ỦY BAN NHÂN DÂN
XÃ THỤY HÙNG
Số: 30/KH-UBND
Thụy Hùng, ngày 04 tháng 3 năm 2026
KẾ HOẠCH
Bảo vệ môi trường nông thôn năm 2026
UBND xã Thụy Hùng ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Giữ tiêu chí số 17 về Môi trường.
II. NHIỆM VỤ
1. Thu gom rác thải ở các thôn
Khảo sát điểm tập kết rác.
Mua thùng rác cho thôn Cồn Tòng.
Nghiệm thu, thanh toán.
- Trách nhiệm: UBND xã Thụy Hùng.
- Phối hợp: Phòng Tài nguyên - Môi trường huyện Cao Lộc.
- Thời gian: Quý II/2026.
2. Trồng cây xanh ở thôn Nà Lài
- Trách nhiệm: UBND xã Thụy Hùng.
- Thời gian: tháng 10/2026.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Thắng
"""


def test_the_official_reviews_scores_splits_moves_and_creates(
    browse, commune_official, world, tmp_path
):
    upload = tmp_path / "ke-hoach-moi-truong.txt"
    upload.write_text(PLAN, encoding="utf-8")
    with browse() as journey:
        page = journey.open("xa.thuyhung", phone=True)
        log_in(page, "xa.thuyhung")
        menu(page, "Kế hoạch")
        page.get_by_role("link", name="Nhập từ tệp Word").click()
        page.get_by_label("Tệp kế hoạch").set_input_files(str(upload))
        page.get_by_role("button", name="Đọc tệp và xem trước").click()
        expect(page.get_by_role("heading", name="Xem trước")).to_be_visible()

        # How each unit stands for an agency: the lead by its name, the
        # partner only alike, with what the plan wrote.
        expect(page.locator("#tasks-0-lead-score")).to_have_text("khớp tên 100%")
        partner = page.locator("#tasks-0-coordinating-scores")
        expect(partner).to_contain_text(
            "Phòng Tài nguyên và Môi trường huyện Cao Lộc: gần đúng"
        )
        expect(partner).to_contain_text(
            "văn bản ghi “Phòng Tài nguyên - Môi trường huyện Cao Lộc”"
        )

        # Split task 1 at its second content line.
        page.locator("#tasks-0-split_line").select_option("2")
        page.locator("#nhiem-vu-0").get_by_role(
            "button", name="Tách thành nhiệm vụ mới"
        ).click()
        expect(page.get_by_text("Đã tách dòng 2 thành nhiệm vụ 1.1.")).to_be_visible()
        expect(page.locator("#tasks-1-title")).to_have_value(
            "Mua thùng rác cho thôn Cồn Tòng."
        )
        expect(page.locator("#tasks-0-description")).to_have_value(
            "Khảo sát điểm tập kết rác."
        )

        # Move the last task (Trồng cây xanh) to the top by its position.
        page.locator("#tasks-2-move_to").fill("1")
        page.locator("#nhiem-vu-2").get_by_role("button", name="Chuyển").click()
        expect(page.locator("#tasks-0-title")).to_have_value(
            "Trồng cây xanh ở thôn Nà Lài"
        )

        page.get_by_role("button", name="Tạo kế hoạch").last.click()
        expect(page.locator(".breadcrumb-item.active")).to_have_text("Số: 30/KH-UBND")
    plan = Plan.objects.get()
    assert [t.title for t in plan.tasks.order_by("order")] == [
        "Trồng cây xanh ở thôn Nà Lài",
        "Thu gom rác thải ở các thôn",
        "Mua thùng rác cho thôn Cồn Tòng.",
    ]
    first = plan.tasks.get(title="Thu gom rác thải ở các thôn")
    assert first.lead_agency == world.agency_thuy_hung
    assert list(first.coordinating_agencies.all()) == [world.agency_cao_loc]
