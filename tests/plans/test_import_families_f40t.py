"""Titles and partners inside dash items (set f40t), tried on documents of
my own: an item under a body's heading that joins two works with ";" and
ends on a partner clause before its time is ONE task named by both works;
a Steering Committee member's "+ Chỉ đạo X thực hiện Y" under a member
whose post heads a body is "Thực hiện Y", led by his body, X its partner."""

from __future__ import annotations

import pytest

from tests.documents.docx_parts import p
from tests.plans.reading import (
    by_title,
    check_task,
    plan_of,
    read_plan,
    word_plan,
)

BODIES = """1. Phòng Văn hóa - Xã hội:
- Chỉ đạo các thôn ra quân vệ sinh đường làng, ngõ xóm; trồng hoa dọc trục đường chính, phối hợp với Hội Liên hiệp Phụ nữ xã thực hiện; hoàn thành trước ngày 30/11/2026.
- Rà soát hộ nghèo, hộ cận nghèo; đề xuất hỗ trợ sinh kế, phối hợp với Hội Nông dân xã, Hội Cựu chiến binh xã thực hiện; thời gian: Quý III/2026.
2. Công an xã:
- Tuần tra bảo đảm an ninh trật tự tại các thôn; xử lý vi phạm về môi trường; phối hợp Đoàn Thanh niên xã; thời gian: tháng 8/2026.
- Lắp đặt camera an ninh tại các ngã ba, phối hợp với Ban Công tác Mặt trận các thôn thực hiện; hoàn thành trước ngày 15/10/2026.
"""


@pytest.fixture(scope="module")
def bodies():
    return plan_of(BODIES)


def test_two_works_and_a_partner_clause_are_one_task(bodies):
    assert len(bodies.tasks) == 4
    task = by_title(bodies)[
        "Chỉ đạo các thôn ra quân vệ sinh đường làng, ngõ xóm; trồng hoa dọc trục "
        "đường chính"
    ]
    check_task(
        task,
        "Phòng Văn hóa - Xã hội",
        ["Hội Liên hiệp Phụ nữ xã"],
        deadline="2026-11-30",
    )


def test_the_partner_clause_names_two_partners(bodies):
    task = by_title(bodies)["Rà soát hộ nghèo, hộ cận nghèo; đề xuất hỗ trợ sinh kế"]
    check_task(
        task,
        "Phòng Văn hóa - Xã hội",
        ["Hội Nông dân xã", "Hội Cựu chiến binh xã"],
        deadline="2026-09-30",
    )


def test_partners_in_a_clause_of_their_own_keep_both_works(bodies):
    task = by_title(bodies)[
        "Tuần tra bảo đảm an ninh trật tự tại các thôn; xử lý vi phạm về môi trường"
    ]
    check_task(task, "Công an xã", ["Đoàn Thanh niên xã"], deadline="2026-08-31")


def test_one_work_with_its_partners_carrying_it_out(bodies):
    task = by_title(bodies)["Lắp đặt camera an ninh tại các ngã ba"]
    check_task(
        task,
        "Công an xã",
        ["Ban Công tác Mặt trận các thôn"],
        deadline="2026-10-15",
    )


@pytest.mark.parametrize(
    "marker", ["-", "+", "a)", "•"], ids=["dash", "plus", "letter", "bullet"]
)
def test_every_numbering_of_the_items(marker):
    plan = plan_of(
        "1. Trạm Y tế xã:\n"
        f"{marker} Khám sàng lọc cho người cao tuổi; lập hồ sơ sức khỏe điện tử, "
        "phối hợp với Hội Người cao tuổi xã thực hiện; hoàn thành trước ngày "
        "30/9/2026.\n"
        f"{marker} Tiêm chủng mở rộng cho trẻ em; thời gian: hằng tháng.\n"
    )
    task = by_title(plan)[
        "Khám sàng lọc cho người cao tuổi; lập hồ sơ sức khỏe điện tử"
    ]
    check_task(task, "Trạm Y tế xã", ["Hội Người cao tuổi xã"], deadline="2026-09-30")


def test_in_a_word_plan():
    plan = read_plan(
        word_plan(
            p("1. Phòng Kinh tế:"),
            p(
                "- Hướng dẫn các hợp tác xã xây dựng phương án sản xuất; hỗ trợ đăng "
                "ký sản phẩm OCOP, phối hợp với Trung tâm Dịch vụ nông nghiệp thực "
                "hiện; thời gian: Quý IV/2026."
            ),
            p(
                "- Kiểm tra tiến độ các công trình hạ tầng; hoàn thành trước 15/12/2026."
            ),
        ),
        "ke-hoach.docx",
    )
    task = by_title(plan)[
        "Hướng dẫn các hợp tác xã xây dựng phương án sản xuất; hỗ trợ đăng ký sản "
        "phẩm OCOP"
    ]
    check_task(
        task, "Phòng Kinh tế", ["Trung tâm Dịch vụ nông nghiệp"], deadline="2026-12-31"
    )


MEMBERS = """1. Đồng chí Lò Văn Sơn, Chủ tịch Ủy ban MTTQ Việt Nam xã:
+ Chỉ đạo Ban Công tác Mặt trận các thôn, bản thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; thời gian: năm 2026.
+ Tổ chức giám sát cộng đồng các công trình hạ tầng; thời gian: Quý IV/2026.
2. Đồng chí Lường Thị Hoa - Chủ tịch Hội Liên hiệp Phụ nữ xã, thành viên:
+ Chỉ đạo các chi hội phụ nữ triển khai mô hình "Nhà sạch, vườn đẹp"; hoàn thành trước ngày 31/8/2026.
3. Đồng chí Cầm Văn Dũng, Bí thư Đoàn xã:
+ Chỉ đạo, hướng dẫn các chi đoàn thôn thực hiện công trình "Đường cờ Tổ quốc"; thời gian: tháng 9/2026.
"""


@pytest.fixture(scope="module")
def members():
    return plan_of(MEMBERS)


def test_a_member_directing_his_bodys_boards_his_body_leads(members):
    assert len(members.tasks) == 4
    task = by_title(members)[
        'Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị '
        'văn minh"'
    ]
    check_task(
        task,
        "Ủy ban MTTQ Việt Nam xã",
        ["Ban Công tác Mặt trận các thôn, bản"],
        official="lo van son",
        deadline="2026-12-31",
    )


def test_a_members_own_work_is_his_bodys(members):
    task = by_title(members)["Tổ chức giám sát cộng đồng các công trình hạ tầng"]
    check_task(
        task, "Ủy ban MTTQ Việt Nam xã", official="lo van son", deadline="2026-12-31"
    )


def test_directed_to_carry_out(members):
    task = by_title(members)['Triển khai mô hình "Nhà sạch, vườn đẹp"']
    check_task(
        task,
        "Hội Liên hiệp Phụ nữ xã",
        ["các chi hội phụ nữ"],
        official="luong thi hoa",
        deadline="2026-08-31",
    )


def test_directed_and_guided_under_a_secretary(members):
    task = by_title(members)['Thực hiện công trình "Đường cờ Tổ quốc"']
    check_task(
        task,
        "Đoàn xã",
        ["các chi đoàn thôn"],
        official="cam van dung",
        deadline="2026-09-30",
    )


def test_a_member_whose_duty_names_whom_he_directs_gives_them_the_work():
    plan = plan_of(
        "1. Đồng chí Hà Văn Tiến - Phó Chủ tịch UBND xã, Phó Trưởng ban: trực tiếp "
        "chỉ đạo các thôn, cụ thể:\n"
        "+ Chỉ đạo Ban phát triển thôn Nà Khoang vận động Nhân dân hiến đất làm "
        "đường, xong trước ngày 30/6/2026.\n"
    )
    task = by_title(plan)["Vận động Nhân dân hiến đất làm đường"]
    check_task(
        task, "Ban phát triển thôn Nà Khoang", official="ha van tien",
        deadline="2026-06-30",
    )  # fmt: skip


def test_a_plain_directing_item_under_a_body_keeps_its_verb():
    plan = plan_of(
        "1. Ủy ban MTTQ Việt Nam xã:\n"
        '- Chỉ đạo Ban Công tác Mặt trận các thôn thực hiện Cuộc vận động "Toàn dân '
        'đoàn kết"; thời gian: năm 2026.\n'
        "- Giám sát việc huy động đóng góp của Nhân dân; thời gian: Quý IV/2026.\n"
    )
    titles = [t.title for t in plan.tasks]
    assert (
        'Chỉ đạo Ban Công tác Mặt trận các thôn thực hiện Cuộc vận động "Toàn dân '
        'đoàn kết"' in titles
    )
