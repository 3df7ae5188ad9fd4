"""The families earlier rounds found read badly and left open (round 22k,
docs/import-quality.md), tried on plans that are in no corpus: unit names
with "và" or a comma inside; sections headed by capitals with no number;
the bases written in the body; a Word table's cells and rows as a PDF (or a
table split in two) gives them; a message whose announcing sentence comes
after greetings; a schedule of weeks or years; and the upload page for a
plan with no date whose place names two areas."""

from __future__ import annotations

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from plans.document_import import quality, timeframes
from plans.document_import.units import units
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.factories import commune, district, province
from tests.plans.conftest import preview_data
from tests.plans.reading import read_plan
from tests.plans.test_import_families_round19h import schedule_table
from tests.plans.test_import_families_round19h import word_plan as table_plan_of

D = datetime.date


def word(*body: str):
    return read_plan(docx(*body), "ke-hoach.docx")


def unused(plan) -> list[str]:
    return [s.text for s in plan.source if not s.used]


HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/KH-UBND\n"
    "An Phú, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
    "Thực hiện các tiêu chí nông thôn mới năm 2027\n\n"
)
CLOSING = "\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"


# ── K1: unit names with "và" or a comma inside ──


@pytest.mark.parametrize(
    "text, expected",
    [
        # A comma inside a full name, its place after it.
        (
            "Trung tâm Văn hóa, Thông tin và Thể thao các xã",
            ["Trung tâm Văn hóa, Thông tin và Thể thao các xã"],
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch tỉnh",
            ["Sở Văn hóa, Thể thao và Du lịch tỉnh"],
        ),
        (
            "Trung tâm Văn hóa, Thể thao và Truyền thanh xã Hòa An",
            ["Trung tâm Văn hóa, Thể thao và Truyền thanh xã Hòa An"],
        ),
        # An abbreviation's comma before "các xã".
        ("Phòng VH, XH các xã, phường", ["Phòng VH, XH các xã, phường"]),
        ("Phòng VH,TT các xã", ["Phòng VH,TT các xã"]),
        # Which of the communes.
        ("UBND các xã, phường có lễ hội", ["UBND các xã, phường có lễ hội"]),
    ],
)
def test_a_comma_inside_a_name_does_not_split_it(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hội Liên hiệp Phụ nữ và Đoàn Thanh niên xã",
            ["Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên xã"],
        ),
        (
            "Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh",
            ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
        ),
        ("Sở Nông nghiệp và Môi trường", ["Sở Nông nghiệp và Môi trường"]),
        ("Văn phòng HĐND và UBND xã", ["Văn phòng HĐND và UBND xã"]),
        (
            "Báo và Phát thanh, Truyền hình Đồng Tháp",
            ["Báo và Phát thanh, Truyền hình Đồng Tháp"],
        ),
        ("Sở Xây dựng, Sở Tài chính", ["Sở Xây dựng", "Sở Tài chính"]),
        (
            "Trung tâm Văn hóa, Đoàn Thanh niên xã",
            ["Trung tâm Văn hóa", "Đoàn Thanh niên xã"],
        ),
        ("Phòng KT, UBND xã", ["Phòng KT", "UBND xã"]),
        (
            "Hội Cựu chiến binh xã, Điện lực Định Quán",
            ["Hội Cựu chiến binh xã", "Điện lực Định Quán"],
        ),
    ],
)
def test_bodies_joined_by_and_or_a_comma_stay_apart(text, expected):
    # What was read right before the change, and still is.
    assert units(text) == expected


def test_partners_with_a_comma_inside_their_names_on_labelled_lines():
    plan = read_plan(
        HEAD
        + "I. NHIỆM VỤ\n"
        + "1. Tổ chức Liên hoan văn nghệ quần chúng năm 2027\n"
        + "- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n"
        + "- Phối hợp: Trung tâm Văn hóa, Thông tin và Thể thao các xã; Phòng VH,"
        + " XH các xã, phường.\n"
        + "- Thời gian: Quý III/2027.\n"
        + CLOSING
    )
    (task,) = plan.tasks
    assert task.lead_text == "Sở Văn hóa, Thể thao và Du lịch"
    assert task.coordinating_units == [
        "Trung tâm Văn hóa, Thông tin và Thể thao các xã",
        "Phòng VH, XH các xã, phường",
    ]


def test_two_bodies_joined_by_and_in_the_lead_cell_lead_together():
    plan = word(
        p("KẾ HOẠCH"),
        p("Ra quân vệ sinh môi trường năm 2027"),
        p("I. NHIỆM VỤ"),
        tbl(
            [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Phối hợp"), tc("Thời gian")],
            [tc("1"), tc("Ra quân “Ngày Chủ nhật xanh” tại các ấp"),
             tc("Hội Liên hiệp Phụ nữ và Đoàn Thanh niên xã"),
             tc("Ban phát triển các ấp"), tc("30/11/2027")],
            [tc("2"), tc("Xây dựng chợ nông thôn xã"), tc("UBND xã Hòa Bình và các thôn"),
             tc(""), tc("Quý IV/2027")],
        ),
    )  # fmt: skip
    first, second = plan.tasks
    assert (first.lead_text, first.co_leads, first.coordinating_units) == (
        "Hội Liên hiệp Phụ nữ",
        ["Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên xã"],
        ["Đoàn Thanh niên xã", "Ban phát triển các ấp"],
    )
    # A body with those it works with, as the document joins them: one lead.
    assert (second.lead_text, second.co_leads) == ("UBND xã Hòa Bình và các thôn", [])


# ── K2: sections headed by capitals with no number ──

CAPITALS = (
    HEAD
    + "Căn cứ Kế hoạch số 05/KH-UBND ngày 04/01/2027 của UBND tỉnh;\n"
    + "MỤC TIÊU\n"
    + "1. Phấn đấu 100% thôn đạt chuẩn khu dân cư kiểu mẫu, hoàn thành trước"
    + " 31/12/2027.\n"
    + "2. Tỷ lệ hộ phân loại rác tại nguồn đạt 90% trong năm 2027.\n"
    + "NHIỆM VỤ VÀ GIẢI PHÁP\n"
    + "1. Bê tông hóa 2 km đường trục thôn (Phòng Kinh tế chủ trì; hoàn thành"
    + " trong Quý II/2027).\n"
    + "2. Trồng 500 cây xanh tại trường học (Đoàn Thanh niên xã chủ trì; hoàn"
    + " thành trước 30/4/2027).\n"
    + "TỔ CHỨC THỰC HIỆN\n"
    + "1. Phòng Kinh tế chủ trì, theo dõi, đôn đốc; báo cáo UBND xã trước ngày"
    + " 05/12/2027.\n"
    + "2. Các thôn tuyên truyền, vận động Nhân dân thực hiện.\n"
    + CLOSING
)


def test_a_capital_heading_with_no_number_heads_its_section():
    plan = read_plan(CAPITALS)
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Bê tông hóa 2 km đường trục thôn", "Phòng Kinh tế", D(2027, 6, 30)),
        ("Trồng 500 cây xanh tại trường học", "Đoàn Thanh niên xã", D(2027, 4, 30)),
    ]
    headings = [s.heading for s in plan.sections]
    assert "MỤC TIÊU" in headings and "TỔ CHỨC THỰC HIỆN" in headings
    assert plan.report_deadline == D(2027, 12, 5)
    assert not unused(plan)


def test_bold_capital_headings_in_word():
    plan = word(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 12/KH-UBND"),
        p("Phú Xá, ngày 04 tháng 01 năm 2027"),
        p("KẾ HOẠCH"),
        p("Xây dựng nông thôn mới năm 2027"),
        p(runs=[("MỤC ĐÍCH, YÊU CẦU", "b")]),
        p("1. Mục đích"),
        p("Tạo chuyển biến về cảnh quan, môi trường các thôn."),
        p(runs=[("NHIỆM VỤ", "b")]),
        p("1. Nâng cấp nhà văn hóa thôn Bản Pầu"),
        p("- Chủ trì: Phòng Văn hóa - Xã hội."),
        p("- Thời gian: Tháng 9/2027."),
        p(runs=[("TỔ CHỨC THỰC HIỆN", "b")]),
        p("1. Phòng Văn hóa - Xã hội"),
        p("- Hướng dẫn các thôn xây dựng quy ước."),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Nâng cấp nhà văn hóa thôn Bản Pầu", "Phòng Văn hóa - Xã hội", D(2027, 9, 30))
    ]
    assert plan.purpose.startswith("Tạo chuyển biến")


def test_a_plan_that_numbers_its_parts_reads_a_capital_line_as_before():
    # "I." and "II." number the parts: a capital line inside one is its text.
    plan = read_plan(
        HEAD
        + "I. NHIỆM VỤ\n"
        + "NHIỆM VỤ TRỌNG TÂM\n"
        + "1. Bê tông hóa 2 km đường trục thôn (Phòng Kinh tế chủ trì; hoàn thành"
        + " trong Quý II/2027).\n"
        + "II. TỔ CHỨC THỰC HIỆN\n"
        + "Các thôn tuyên truyền, vận động Nhân dân thực hiện.\n"
        + CLOSING
    )
    assert [t.title for t in plan.tasks] == ["Bê tông hóa 2 km đường trục thôn"]


# ── K3: the bases in the body ──


def test_part_one_that_lists_the_bases_gives_the_headers_bases():
    plan = read_plan(
        HEAD
        + "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
        + "- Căn cứ Quyết định số 926/QĐ-TTg ngày 21/8/2025 của Thủ tướng Chính"
        + " phủ;\n"
        + "- Thực hiện Kế hoạch số 09/KH-UBND ngày 06/01/2027 của UBND tỉnh.\n"
        + "II. NHIỆM VỤ\n"
        + "1. Bê tông hóa 2 km đường trục thôn (Phòng Kinh tế chủ trì; hoàn thành"
        + " trong Quý II/2027).\n"
        + CLOSING
    )
    assert [(b.number, b.implements) for b in plan.bases] == [
        ("926/QĐ-TTg", False),
        ("09/KH-UBND", True),
    ]
    assert [t.title for t in plan.tasks] == ["Bê tông hóa 2 km đường trục thôn"]
    assert not any("CĂN CỨ" in s.heading for s in plan.sections)
    assert not unused(plan)


def test_a_part_of_documents_only_gives_the_bases():
    plan = read_plan(
        HEAD
        + "I. CĂN CỨ PHÁP LÝ\n"
        + "1. Nghị quyết số 24/NQ-HĐND ngày 19/12/2026 của HĐND xã;\n"
        + "2. Chương trình số 03/CTr-ĐU ngày 05/01/2027 của Đảng ủy xã.\n"
        + "II. NHIỆM VỤ\n"
        + "1. Bê tông hóa 2 km đường trục thôn (Phòng Kinh tế chủ trì; hoàn thành"
        + " trong Quý II/2027).\n"
        + CLOSING
    )
    assert [b.number for b in plan.bases] == ["24/NQ-HĐND", "03/CTr-ĐU"]
    assert len(plan.tasks) == 1 and not unused(plan)


def test_numbered_bases_between_the_title_and_part_one():
    plan = read_plan(
        HEAD
        + "1. Căn cứ Nghị quyết số 19/NQ-HĐND ngày 20/12/2026 của HĐND xã;\n"
        + "2. Thực hiện Kế hoạch số 11/KH-UBND ngày 05/01/2027 của UBND tỉnh.\n"
        + "UBND xã An Phú xây dựng Kế hoạch như sau:\n"
        + "I. NHIỆM VỤ\n"
        + "1. Bê tông hóa 2 km đường trục thôn (Phòng Kinh tế chủ trì; hoàn thành"
        + " trong Quý II/2027).\n"
        + CLOSING
    )
    assert [b.number for b in plan.bases] == ["19/NQ-HĐND", "11/KH-UBND"]
    assert [t.title for t in plan.tasks] == ["Bê tông hóa 2 km đường trục thôn"]
    assert not unused(plan)


def test_a_first_task_that_carries_out_a_plan_stays_a_task():
    plan = read_plan(
        HEAD
        + "1. Triển khai Kế hoạch số 12/KH-UBND của UBND tỉnh về ra quân làm"
        + " đường (Phòng Kinh tế chủ trì; hoàn thành trong Quý II/2027).\n"
        + "2. Trồng 500 cây xanh tại trường học (Đoàn Thanh niên xã chủ trì; hoàn"
        + " thành trước 30/4/2027).\n"
        + CLOSING
    )
    assert len(plan.tasks) == 2 and not plan.bases


# ── K4: a table's cells and rows as a PDF gives them ──


def test_details_with_no_bullet_in_a_cell_read_as_one_line():
    plan = read_plan(
        "KẾ HOẠCH\nĐầu tư công trình năm 2027\nI. DANH MỤC CÔNG TRÌNH\n"
        "TT\tTên công trình\tĐơn vị thực hiện\tThời gian hoàn thành\n"
        "1\tKiên cố hóa kênh mương nội đồng ấp Phước Lợi Quy mô: 1.500 m kênh"
        " bê tông, tiết diện 0,6 x 0,8 m. Địa điểm: cánh đồng ấp Phước Lợi."
        " Kinh phí dự kiến: 2.100 triệu đồng.\tBan Quản lý dự án xã\tQuý"
        " II/2027\n"
    )
    (task,) = plan.tasks
    assert task.title == "Kiên cố hóa kênh mương nội đồng ấp Phước Lợi"
    assert task.description.splitlines() == [
        "Quy mô: 1.500 m kênh bê tông, tiết diện 0,6 x 0,8 m.",
        "Địa điểm: cánh đồng ấp Phước Lợi.",
        "Kinh phí dự kiến: 2.100 triệu đồng.",
    ]
    assert task.ends_on == D(2027, 6, 30)


HEADER_ROW = [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Thời gian")]


def split_table(first_row_of_the_second: list[str]):
    """A task table with numbered groups and unnumbered tasks, split in two
    (as a page, or Word, splits it), the second part opening with
    `first_row_of_the_second`."""
    return word(
        p("KẾ HOẠCH"),
        p("Thực hiện nông thôn mới năm 2027"),
        p("I. NHIỆM VỤ"),
        tbl(
            HEADER_ROW,
            [tc("I"), tc("GIAO THÔNG", span=3)],
            [tc(""), tc("Bê tông hóa 1,5 km đường xóm Đông"), tc("Ban Quản lý dự án xã"),
             tc("Quý II/2027")],
            [tc(""), tc("Nạo vét 4 km kênh tưới tiêu nội đồng"), tc("Hội Nông dân xã"),
             tc("Tháng 4/2027")],
            [tc("II"), tc("VĂN HÓA", span=3)],
            [tc(""), tc("Tu sửa nhà văn hóa 05 xóm"), tc("Phòng Văn hóa - Xã hội"),
             tc("Quý III/2027")],
        ),
        tbl(
            [tc(c) for c in first_row_of_the_second],
            [tc("III"), tc("MÔI TRƯỜNG", span=3)],
            [tc(""), tc("Trồng 2 km hàng rào xanh"), tc("Hội Liên hiệp Phụ nữ xã"),
             tc("Quý I/2027")],
        ),
        p("TM. ỦY BAN NHÂN DÂN"),
    )  # fmt: skip


def test_an_unnumbered_task_row_that_opens_a_page_is_a_task_of_its_own():
    plan = split_table(
        [
            "",
            "Tổ chức Giải bóng chuyền hơi các xóm",
            "Đoàn Thanh niên xã",
            "Tháng 9/2027",
        ]
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Bê tông hóa 1,5 km đường xóm Đông", "Ban Quản lý dự án xã", D(2027, 6, 30)),
        ("Nạo vét 4 km kênh tưới tiêu nội đồng", "Hội Nông dân xã", D(2027, 4, 30)),
        ("Tu sửa nhà văn hóa 05 xóm", "Phòng Văn hóa - Xã hội", D(2027, 9, 30)),
        ("Tổ chức Giải bóng chuyền hơi các xóm", "Đoàn Thanh niên xã", D(2027, 9, 30)),
        ("Trồng 2 km hàng rào xanh", "Hội Liên hiệp Phụ nữ xã", D(2027, 3, 31)),
    ]


def test_the_rest_of_a_row_cut_by_the_page_still_joins_it():
    # Its time was written above the cut: the rest has none of its own.
    plan = split_table(["", "tại 05 xóm Đông, Đoài, Nam, Bắc, Trung", "", ""])
    assert [t.title for t in plan.tasks][2] == (
        "Tu sửa nhà văn hóa 05 xóm tại 05 xóm Đông, Đoài, Nam, Bắc, Trung"
    )
    assert len(plan.tasks) == 4


# ── K5: the announcing sentence after greetings ──

TASKS = (
    "1. Phát quang 15 km đường trục thôn\n"
    "- Phụ trách: Đoàn Thanh niên xã\n"
    "- Thời hạn: 15/02/2027\n"
    "2. Đổ bê tông 800 m đường ngõ xóm thôn Tân Thịnh\n"
    "- Phụ trách: Ban phát triển thôn Tân Thịnh\n"
    "- Thời hạn: 31/3/2027\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "---------- Forwarded message ---------\n"
        "From: Văn phòng UBND xã Tân Lập <vanphong.tanlap@gmail.com>\n"
        "Date: Th 2, 11 thg 1, 2027 lúc 08:15\n"
        "Subject: Kế hoạch ra quân làm giao thông nông thôn\n"
        "To: <cacthon.tanlap@gmail.com>\n\n",
        "Chào các đồng chí!\n"
        "Kính gửi: Các đồng chí Bí thư chi bộ, Trưởng thôn;\n"
        "- Các đồng chí trong Ban phát triển các thôn;\n"
        "- Lãnh đạo các đoàn thể xã.\n",
    ],
)
def test_the_sentence_after_a_forwarded_header_or_greetings_gives_the_header(
    opening,
):
    plan = read_plan(
        opening
        + "UBND xã Tân Lập gửi các đồng chí Kế hoạch số 06/KH-UBND ngày 09/01/2027"
        + " về ra quân làm đường giao thông nông thôn đợt 1 năm 2027 như sau:\n"
        + TASKS
    )
    assert (plan.number, plan.symbol, plan.issued_on, plan.issuer_text) == (
        "06",
        "KH-UBND",
        D(2027, 1, 9),
        "UBND xã Tân Lập",
    )
    assert plan.title == "Ra quân làm đường giao thông nông thôn đợt 1 năm 2027"
    assert [t.title for t in plan.tasks] == [
        "Phát quang 15 km đường trục thôn",
        "Đổ bê tông 800 m đường ngõ xóm thôn Tân Thịnh",
    ]
    assert not unused(plan)


def test_whom_the_plan_is_sent_to_stands_between_the_verb_and_the_plan():
    plan = read_plan(
        "UBND xã An Phú gửi các thôn, các đoàn thể Kế hoạch số 30/KH-UBND ngày"
        " 15/01/2027 về ra quân làm thủy lợi:\n" + TASKS
    )
    assert (plan.number, plan.issuer_text, plan.title) == (
        "30",
        "UBND xã An Phú",
        "Ra quân làm thủy lợi",
    )


def test_a_sentence_after_four_other_lines_announces_nothing():
    plan = read_plan(
        "Thông tin về tiến độ xây dựng nông thôn mới tuần qua.\n"
        "Các thôn đã ra quân được 12 km đường.\n"
        "Một số thôn còn chậm, cần khẩn trương.\n"
        "Thời tiết thuận lợi, đề nghị tranh thủ.\n"
        "UBND xã Tân Lập gửi các đồng chí Kế hoạch số 06/KH-UBND ngày 09/01/2027"
        " về ra quân làm đường đợt 2:\n" + TASKS
    )
    assert not plan.number


# ── K6: a schedule of weeks or years ──


@pytest.mark.parametrize(
    ("periods", "heading", "marks", "expected"),
    [
        (
            ["Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"],
            "Thời gian thực hiện tháng 3/2027",
            [{0}, {1, 2, 3}],
            [
                ("Tuần 1 tháng 3/2027 (từ 01/03 đến 07/03/2027)", D(2027, 3, 1),
                 D(2027, 3, 7)),
                ("Tuần 2 - 4 tháng 3/2027 (từ 08/03 đến 31/03/2027)", D(2027, 3, 8),
                 D(2027, 3, 31)),
            ],
        ),
        (
            ["Tuần thứ 1", "Tuần thứ 2", "Tuần thứ 3", "Tuần thứ 4", "Tuần thứ 5"],
            "Tiến độ tháng 02 năm 2028",
            [{3}, {4}],
            # February 2028 has 29 days: week 4 ends on the 28th, week 5 on
            # the month's last day.
            [
                ("Tuần 4 tháng 2/2028 (từ 22/02 đến 28/02/2028)", D(2028, 2, 22),
                 D(2028, 2, 28)),
                ("Tuần 5 tháng 2/2028 (từ 29/02 đến 29/02/2028)", D(2028, 2, 29),
                 D(2028, 2, 29)),
            ],
        ),
        (
            ["2026", "2027", "2028"],
            "Lộ trình thực hiện",
            [{0, 1, 2}, {0, 2}],
            [
                ("Năm 2026 - 2028", D(2026, 1, 1), D(2028, 12, 31)),
                ("Năm 2026, 2028", D(2026, 1, 1), D(2028, 12, 31)),
            ],
        ),
        (
            ["Năm 2026", "Năm 2027"],
            "",
            [{1}, {0}],
            [
                ("Năm 2027", D(2027, 1, 1), D(2027, 12, 31)),
                ("Năm 2026", D(2026, 1, 1), D(2026, 12, 31)),
            ],
        ),
    ],
)  # fmt: skip
def test_a_schedule_of_weeks_or_years_gives_the_start_and_the_deadline(
    periods, heading, marks, expected
):
    data = table_plan_of(schedule_table(periods, heading, marks))
    plan = read_plan(data, "ke-hoach.docx")
    assert [(t.time_text, t.starts_on, t.ends_on) for t in plan.tasks] == expected


def weeks_of_two_months(marks):
    """ "Thời gian thực hiện" over "Tháng 4/2027 | Tháng 5/2027", each over
    "Tuần 1 … Tuần 4"; one work marked in the weeks of `marks`."""

    def build(doc):
        t = doc.add_table(rows=3, cols=10)
        for i, h in enumerate(["TT", "Nội dung công việc"]):
            t.cell(0, i).merge(t.cell(2, i)).text = h
        t.cell(0, 2).merge(t.cell(0, 9)).text = "Thời gian thực hiện"
        t.cell(1, 2).merge(t.cell(1, 5)).text = "Tháng 4/2027"
        t.cell(1, 6).merge(t.cell(1, 9)).text = "Tháng 5/2027"
        for j in range(8):
            t.cell(2, 2 + j).text = f"Tuần {j % 4 + 1}"
        cells = t.add_row().cells
        cells[0].text, cells[1].text = "1", "Hỗ trợ 35 hộ sửa chữa nhà ở"
        for j in marks:
            cells[2 + j].text = "x"

    return table_plan_of(build)


def test_weeks_under_two_months_belong_to_the_month_above_them():
    plan = read_plan(weeks_of_two_months({2, 3, 4, 5}), "ke-hoach.docx")
    (task,) = plan.tasks
    assert (task.time_text, task.starts_on, task.ends_on) == (
        "Tuần 3 tháng 4 - tuần 2 tháng 5/2027 (từ 15/04 đến 14/05/2027)",
        D(2027, 4, 15),
        D(2027, 5, 14),
    )


def test_a_schedule_under_a_heading_of_progress_gives_the_tasks():
    # "II. TIẾN ĐỘ THỰC HIỆN" names a time, but the table under it has its
    # work, its leads and its times: the plan's tasks.
    plan = read_plan(
        HEAD
        + "I. MỤC TIÊU\nHoàn thành chỉnh trang 35 nhà ở.\n"
        + "II. TIẾN ĐỘ THỰC HIỆN\n"
        + "TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian\n"
        + "1\tKhảo sát, lập danh sách hộ\tBan phát triển các ấp\tTháng 4/2027\n"
        + "2\tHỗ trợ vật liệu cho 35 hộ\tỦy ban MTTQ Việt Nam xã\tTháng 5/2027\n"
        + CLOSING
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Khảo sát, lập danh sách hộ", "Ban phát triển các ấp", D(2027, 4, 30)),
        ("Hỗ trợ vật liệu cho 35 hộ", "Ủy ban MTTQ Việt Nam xã", D(2027, 5, 31)),
    ]


def test_figures_by_year_are_no_schedule():
    # "2026 | 2027" over figures: targets, not a time marked.
    plan = read_plan(
        "KẾ HOẠCH\nPhát triển sản xuất năm 2027\nI. NHIỆM VỤ\n"
        "TT\tNội dung công việc\tChủ trì\t2026\t2027\n"
        "1\tTrồng mới cây ăn quả (ha)\tHội Nông dân xã\t12\t15\n"
    )
    (task,) = plan.tasks
    assert task.ends_on is None and "2026" not in task.time_text


def test_a_list_of_years_runs_from_the_first_to_the_last():
    assert timeframes.time_range("Năm 2026, 2028") == (D(2026, 1, 1), D(2028, 12, 31))
    assert timeframes.time_range("năm 2026 và năm 2027") == (
        D(2026, 1, 1),
        D(2027, 12, 31),
    )


# ── K7: the upload page, a plan with no date ──

# No place and date line: the plan is from the commune its issuer names.
UNDATED = """ỦY BAN NHÂN DÂN
XÃ SƠN BẰNG
Số: 30/KH-UBND
KẾ HOẠCH
Ra quân chỉnh trang khu dân cư
I. NHIỆM VỤ
1. Trồng hàng rào xanh dọc các tuyến đường thôn
+ Thời gian: Quý IV
+ Chủ trì: Ủy ban nhân dân xã Sơn Bằng
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""
NOW = datetime.datetime(2026, 12, 15, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


@pytest.fixture
def son_bang(db):
    """xã Sơn Bằng of huyện Hương Sơn (ceased 30/06/2025) and the xã Sơn
    Bằng of the province formed on 01/07/2025."""
    ha_tinh = province("Hà Tĩnh")
    huong_son = district(ha_tinh, "Hương Sơn", valid_to=D(2025, 6, 30))
    old = commune(huong_son, "Sơn Bằng", valid_to=D(2025, 6, 30))
    new = commune(ha_tinh, "Sơn Bằng", valid_from=D(2025, 7, 1))
    return old, new


def upload(client):
    get_user_model().objects.create_superuser("admin-area", password="x")
    client.login(username="admin-area", password="x")
    with time_machine.travel(NOW, tick=False):
        return client.post(
            reverse("plans:import"),
            {"file": SimpleUploadedFile("kh.txt", UNDATED.encode()), "area": ""},
        )


def test_the_page_reads_an_undated_plan_in_the_area_in_force_today(client, son_bang):
    old, new = son_bang
    page = upload(client)
    assert page.status_code == 200
    assert "Có nhiều" not in page.content.decode()
    assert preview_data(page)["plan-area"] == str(new.pk)


def test_the_command_reads_an_undated_plan_in_the_area_in_force_today(
    son_bang, tmp_path
):
    """`import_plan` without --area finds the area as the page does: from the
    place its issuer names when the plan writes no place and date."""
    old, new = son_bang
    path = tmp_path / "kh.txt"
    path.write_text(UNDATED, encoding="utf-8")
    out = io.StringIO()
    with time_machine.travel(NOW, tick=False):
        call_command("import_plan", path, dry_run=True, stdout=out)
    assert new.full_name in out.getvalue()
    assert "huyện Hương Sơn" not in out.getvalue()


def test_the_page_names_the_areas_in_force_today_when_two_share_the_name(
    client, son_bang
):
    old, new = son_bang
    other = commune(district(province("Nghệ An"), "Đô Lương"), "Sơn Bằng")
    text = upload(client).content.decode()
    assert "Có 2 địa bàn tên “Sơn Bằng” còn hiệu lực hôm nay (15/12/2026" in text
    assert "văn bản không ghi ngày" in text
    assert "xã Sơn Bằng (tỉnh Hà Tĩnh, từ 01/07/2025)" in text
    assert f"xã Sơn Bằng ({other.parent.full_name})" in text
    assert "huyện Hương Sơn" not in text.split("Có 2 địa bàn")[1].split("</")[0]


def test_round22k_is_measured_by_default():
    assert "round22k" in quality.SETS
