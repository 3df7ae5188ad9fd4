"""A short plan whose numbered items stand right under the title, with no
"NHIỆM VỤ" heading over them: each item that assigns its work (a lead or a
time of its own) is a task. Found by the round 15h helper; the plans here
are in no corpus."""

from __future__ import annotations

import datetime

from tests.plans.reading import read_plan

D = datetime.date


def plan_of(body: str):
    """A short commune plan: header, title, one basis, `body`, signature;
    no section headings."""
    text = (
        "UBND XÃ PHÚC LỢI\nSố: 14/KH-UBND\nPhúc Lợi, ngày 10 tháng 12 năm 2026\n"
        "KẾ HOẠCH\nRa quân làm đường giao thông nông thôn đợt 1 năm 2027\n"
        "Căn cứ Kế hoạch số 530/KH-UBND ngày 12/12/2026 của UBND tỉnh, UBND xã"
        " xây dựng kế hoạch như sau:\n"
        + body
        + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hải\n"
    )
    return read_plan(text)


def test_numbered_items_that_assign_their_work_are_tasks():
    plan = plan_of(
        "1. Làm mới 800 m đường bê tông thôn Đông. Chủ trì: Ban phát triển thôn"
        " Đông; thời gian: tháng 1/2027.\n"
        "2. Phát quang hai bên đường trục xã. Chủ trì: Đoàn Thanh niên xã; phối"
        " hợp: Hội Cựu chiến binh xã; thời gian: tháng 2/2027.\n"
        "3. Trồng 1,5 km hàng rào xanh thôn Tây. Chủ trì: Hội Liên hiệp Phụ nữ"
        " xã; thời gian: Quý I/2027.\n"
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        (
            "Làm mới 800 m đường bê tông thôn Đông",
            "Ban phát triển thôn Đông",
            D(2027, 1, 31),
        ),
        ("Phát quang hai bên đường trục xã", "Đoàn Thanh niên xã", D(2027, 2, 28)),
        (
            "Trồng 1,5 km hàng rào xanh thôn Tây",
            "Hội Liên hiệp Phụ nữ xã",
            D(2027, 3, 31),
        ),
    ]


def test_numbered_items_with_their_attributes_on_lines_below_are_tasks():
    plan = plan_of(
        "1. Cứng hóa 1,2 km đường trục thôn Hải Hà\n"
        "Bộ phận tham mưu: Phòng Kinh tế\n"
        "Thời gian: Quý II/2027\n"
        "2. Xây dựng 02 khu dân cư kiểu mẫu\n"
        "Bộ phận tham mưu: Phòng Văn hóa - Xã hội\n"
        "Thời gian: Quý III/2027\n"
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Cứng hóa 1,2 km đường trục thôn Hải Hà", "Phòng Kinh tế", D(2027, 6, 30)),
        ("Xây dựng 02 khu dân cư kiểu mẫu", "Phòng Văn hóa - Xã hội", D(2027, 9, 30)),
    ]


def test_numbered_sections_are_still_sections():
    # "1. Mục đích" / "2. Nhiệm vụ": named headings, read as before.
    plan = plan_of(
        "1. Mục đích, yêu cầu\n"
        "Hoàn thành các tiêu chí còn thiếu. Thời gian: năm 2027.\n"
        "2. Nhiệm vụ\n"
        "a) Sửa chữa nhà văn hóa thôn Trung. Chủ trì: Phòng Văn hóa - Xã hội;"
        " thời gian: tháng 5/2027.\n"
    )
    assert [t.title for t in plan.tasks] == ["Sửa chữa nhà văn hóa thôn Trung"]


def test_numbered_objectives_that_assign_nothing_are_no_tasks():
    plan = plan_of(
        "1. Giữ vững 19/19 tiêu chí xã nông thôn mới.\n"
        "2. Thu nhập bình quân đạt 60 triệu đồng/người/năm.\n"
        "3. Tỷ lệ hộ nghèo giảm còn dưới 3%.\n"
    )
    assert plan.tasks == []
