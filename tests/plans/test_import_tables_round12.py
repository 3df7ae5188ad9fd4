"""Round 12's two table families (docs/import-quality.md), tried on plans
that are in no corpus.

A task table copied from a spreadsheet and pasted as text: quoted cells
over several lines, doubled quotes, trailing tabs for empty cells, group
rows "A", "B" or "I", "II"; a partner cell of two lines is two partners, a
title broken in its cell one title; times as a spreadsheet keeps them
("T6/2027", "Q3/2027", "QIV/2027", "Q.II/2027", "12/2027", "2027",
"30/06/2027", "2027-06-30"), read so in the time column only.

A long Word task table exported to PDF: the header row Word repeats at the
top of the next page is no task and does not end the table, a row the page
cuts is one task; a place and date the header's narrow column wraps
("Cẩm Xuyên, ngày 12 tháng 4 năm" / "2025") is still read; partners "UBND
xã X, Y" are the committee of each commune."""

from __future__ import annotations

import datetime
import functools
import io

import pdfplumber
import pytest

from ntm.documents import read_document
from plans.document_import.timeframes import cell_time, time_range
from plans.document_import.units import units
from tests.plans.reading import by_title, plan_of, read_plan

# ── a table pasted from a spreadsheet ──

EXCEL = (
    "STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\t"
    "Ghi chú\n"
    "A\tHẠ TẦNG\t\t\t\t\n"
    "1\tBê tông hóa 0,8 km đường ngõ xóm 2\tPhòng Kinh tế\t"
    '"Ban phát triển xóm 2\nHội Nông dân xã\nĐoàn Thanh niên xã"\tT6/2027\t'
    "Vốn lồng ghép\n"
    '2\t"Lắp đặt 45 bóng đèn chiếu sáng\ntuyến đường liên xóm 4 - 6"\t'
    "Phòng Kinh tế\tĐiện lực khu vực\tQ.II/2027\t\n"
    '3\t"Xây dựng mô hình ""Tuyến đường hoa""\ntại xóm 6"\tĐoàn Thanh niên xã\t'
    '"Ủy ban MTTQ Việt Nam\nxã"\t30/06/2027\t\n'
    "B\tVĂN HÓA - XÃ HỘI\t\t\t\t\n"
    "4\tTổ chức 02 lớp đào tạo nghề may công nghiệp\tPhòng Văn hóa - Xã hội\t"
    '"Hội Liên hiệp Phụ nữ xã\nTrung tâm Giáo dục nghề nghiệp"\tQ3/2027\t\n'
    "5\tRà soát hộ nghèo, hộ cận nghèo cuối năm\tPhòng Văn hóa - Xã hội\t"
    "Các xóm\t12/2027\t\n"
    "6\tKiện toàn Ban Chỉ đạo xây dựng nông thôn mới\tVăn phòng HĐND và UBND xã"
    "\t\t2027\tXã hội hóa\n"
    "7\tCập nhật hồ sơ minh chứng các tiêu chí\tPhòng Kinh tế\t\t2027-09-30\t\n"
)


@functools.cache
def excel_plan():
    return plan_of(EXCEL, "dan-tu-excel.txt")


def test_a_pasted_spreadsheet_gives_one_task_per_row():
    plan = excel_plan()
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1", "Bê tông hóa 0,8 km đường ngõ xóm 2"),
        ("2", "Lắp đặt 45 bóng đèn chiếu sáng tuyến đường liên xóm 4 - 6"),
        ("3", 'Xây dựng mô hình "Tuyến đường hoa" tại xóm 6'),
        ("4", "Tổ chức 02 lớp đào tạo nghề may công nghiệp"),
        ("5", "Rà soát hộ nghèo, hộ cận nghèo cuối năm"),
        ("6", "Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới"),
        ("7", "Cập nhật hồ sơ minh chứng các tiêu chí"),
    ]
    assert [t.section for t in plan.tasks] == ["II"] * 7


def test_a_partner_cell_of_several_lines_is_one_partner_a_line():
    tasks = excel_plan().tasks
    assert tasks[0].coordinating_units == [
        "Ban phát triển xóm 2",
        "Hội Nông dân xã",
        "Đoàn Thanh niên xã",
    ]
    assert tasks[3].coordinating_units == [
        "Hội Liên hiệp Phụ nữ xã",
        "Trung tâm Giáo dục nghề nghiệp",
    ]
    # A name the line break cut goes on in lower case: one partner.
    assert tasks[2].coordinating_units == ["Ủy ban MTTQ Việt Nam xã"]
    assert [t.lead_text for t in tasks] == [
        "Phòng Kinh tế",
        "Phòng Kinh tế",
        "Đoàn Thanh niên xã",
        "Phòng Văn hóa - Xã hội",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế",
    ]


def test_spreadsheet_times_in_the_time_column_give_their_end():
    tasks = excel_plan().tasks
    assert [t.time_text for t in tasks] == [
        "T6/2027",
        "Q.II/2027",
        "30/06/2027",
        "Q3/2027",
        "12/2027",
        "2027",
        "2027-09-30",
    ]
    assert [t.ends_on for t in tasks] == [
        datetime.date(2027, 6, 30),
        datetime.date(2027, 6, 30),
        datetime.date(2027, 6, 30),
        datetime.date(2027, 9, 30),
        datetime.date(2027, 12, 31),
        datetime.date(2027, 12, 31),
        datetime.date(2027, 9, 30),
    ]
    # The note column is no lead.
    assert "Vốn lồng ghép" in tasks[0].description


def test_group_rows_in_roman_numerals_with_a_quoted_title():
    plan = plan_of(
        "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời hạn\n"
        "I\tKINH TẾ\t\t\t\n"
        '1\t"Hỗ trợ HTX Hưng Lợi\nxây dựng sản phẩm OCOP"\tPhòng Kinh tế\t'
        "HTX Hưng Lợi\tT10/2027\n"
        "II\tMÔI TRƯỜNG\t\t\t\n"
        "2\tTrồng 3 km hàng rào xanh\tHội Cựu chiến binh xã\t"
        '"Các xóm\nĐoàn Thanh niên xã"\tQIV/2027\n',
        "dan-tu-excel.txt",
    )
    assert [(t.section, t.number, t.title) for t in plan.tasks] == [
        ("II", "1", "Hỗ trợ HTX Hưng Lợi xây dựng sản phẩm OCOP"),
        ("II", "2", "Trồng 3 km hàng rào xanh"),
    ]
    assert plan.tasks[0].ends_on == datetime.date(2027, 10, 31)
    assert plan.tasks[1].coordinating_units == ["Các xóm", "Đoàn Thanh niên xã"]
    assert plan.tasks[1].ends_on == datetime.date(2027, 12, 31)


@pytest.mark.parametrize(
    "written, words",
    [
        ("T6/2027", "tháng 6/2027"),
        ("T.10/2027", "tháng 10/2027"),
        ("Th9/2027", "tháng 9/2027"),
        ("Q3/2027", "quý III/2027"),
        ("QIV/2027", "quý IV/2027"),
        ("Q.II/2027", "quý II/2027"),
        ("Quý 1/2027", "quý I/2027"),
        ("12/2027", "tháng 12/2027"),
        ("06/2027", "tháng 6/2027"),
        ("2027", "năm 2027"),
        ("2027-06-30", "30/06/2027"),
        (" 2027-06-30 00:00:00 ", "30/06/2027"),
    ],
)
def test_a_time_cell_as_a_spreadsheet_keeps_it(written, words):
    assert cell_time(written) == words
    assert time_range(cell_time(written)) is not None


@pytest.mark.parametrize(
    "written",
    ["13/2027", "Q5/2027", "T13/2027", "2027 - 2028", "Bê tông 12/2027 m", "27"],
)
def test_anything_else_in_a_time_cell_is_left_as_written(written):
    assert cell_time(written) == written


def test_a_bare_year_in_a_sentence_is_no_time_of_its_own():
    # Outside the time column, "2027" or "12/2027" is no time: a number
    # that a title or a line of text holds stays what it is.
    plan = plan_of(
        "1. Trồng 2027 cây xanh dọc tuyến đường 12/2027 (Đoàn Thanh niên xã chủ trì)\n",
    )
    [task] = plan.tasks
    assert task.title.startswith("Trồng 2027 cây xanh")
    assert task.ends_on is None


def test_a_word_cell_with_a_partner_a_paragraph_gives_them_apart():
    from tests.documents.docx_parts import docx, p
    from tests.plans.import_corpus.make_files import bordered, cell

    rows = [
        [
            cell(p("TT")),
            cell(p("Nội dung")),
            cell(p("Chủ trì")),
            cell(p("Phối hợp")),
            cell(p("Thời gian")),
        ],
        [
            cell(p("1")),
            cell(p("Nạo vét 2 km kênh tiêu nội đồng")),
            cell(p("Phòng Kinh tế")),
            cell(p("HTX nông nghiệp Đông Hải"), p("Ban phát triển các thôn")),
            cell(p("Quý II/2027")),
        ],
    ]
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI"),
        p("Số: 14/KH-UBND"),
        p("Đông Hải, ngày 10 tháng 1 năm 2027"),
        p("KẾ HOẠCH"),
        p("Thủy lợi nội đồng năm 2027"),
        p("I. NHIỆM VỤ"),
        bordered([600, 3600, 1600, 2000, 1200], rows),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
    )
    [task] = read_plan(data, "ke-hoach.docx").tasks
    assert task.coordinating_units == [
        "HTX nông nghiệp Đông Hải",
        "Ban phát triển các thôn",
    ]


# ── partners "UBND xã X, Y" ──


@pytest.mark.parametrize(
    "written, found",
    [
        ("UBND xã Thạch Ngọc, Thạch Sơn", ["UBND xã Thạch Ngọc", "UBND xã Thạch Sơn"]),
        (
            "Phòng Y tế; Trạm Y tế xã Cẩm Bình, Cẩm Thành, Cẩm Quang",
            [
                "Phòng Y tế",
                "Trạm Y tế xã Cẩm Bình",
                "Trạm Y tế xã Cẩm Thành",
                "Trạm Y tế xã Cẩm Quang",
            ],
        ),
        (
            "Ủy ban nhân dân phường Bắc Hà, Nam Hà",
            ["Ủy ban nhân dân phường Bắc Hà", "Ủy ban nhân dân phường Nam Hà"],
        ),
        # Many communes' committees written once, and a village's head, stay one.
        ("UBND các xã Hòa Lạc, Tân Thành", ["UBND các xã Hòa Lạc, Tân Thành"]),
        ("Trưởng thôn Khòn Khuông, Bản Cằm", ["Trưởng thôn Khòn Khuông, Bản Cằm"]),
        (
            "UBND xã Cẩm Bình, Hội Nông dân huyện",
            ["UBND xã Cẩm Bình", "Hội Nông dân huyện"],
        ),
    ],
)
def test_the_committee_of_each_commune_a_list_names(written, found):
    assert units(written) == found


# ── the header's place and date wrapped ──

_WRAPPED = """ỦY BAN NHÂN DÂN
HUYỆN CẨM XUYÊN
Số: 41/KH-UBND
{date}
KẾ HOẠCH
Làm đường giao thông nông thôn năm 2025
I. NHIỆM VỤ
1. Cứng hóa 3 km đường trục xã (Phòng Kinh tế và Hạ tầng chủ trì; hoàn thành trong Quý III/2025).
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hải
"""


@pytest.mark.parametrize(
    "date",
    [
        "Cẩm Xuyên, ngày 12 tháng 4 năm\n2025",
        "Cẩm Xuyên, ngày 12 tháng 4\nnăm 2025",
        "Cẩm Xuyên, ngày 12\ntháng 4 năm 2025",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Cẩm Xuyên, ngày 12 tháng 4 năm\n2025",
    ],
)
def test_a_place_and_date_wrapped_by_a_narrow_column_is_read(date):
    plan = read_plan(_WRAPPED.format(date=date))
    assert (plan.place, plan.issued_on) == ("Cẩm Xuyên", datetime.date(2025, 4, 12))
    assert plan.number == "41"
    assert plan.title == "Làm đường giao thông nông thôn năm 2025"


def test_a_wrapped_date_whose_two_lines_the_number_line_falls_between():
    # Round 17h: an issuer on three lines in a PDF's left column; the reader
    # gives "Số: …" between the right column's date and its year.
    text = _WRAPPED.replace("Số: 41/KH-UBND\n{date}", "{date}").format(
        date="Cẩm Xuyên, ngày 12 tháng 4 năm\nSố: 41/KH-UBND\n2025"
    )
    plan = read_plan(text)
    assert (plan.place, plan.issued_on) == ("Cẩm Xuyên", datetime.date(2025, 4, 12))
    assert (plan.number, plan.symbol) == ("41", "KH-UBND")
    assert plan.title == "Làm đường giao thông nông thôn năm 2025"


def test_a_draft_date_wrapped_keeps_its_year():
    plan = read_plan(_WRAPPED.format(date="Cẩm Xuyên, ngày    tháng    năm\n2025"))
    assert (plan.place, plan.issued_on, plan.issue_year) == ("Cẩm Xuyên", None, 2025)


# ── a long Word table exported to PDF ──

DISTRICT = [
    ("I", "HẠ TẦNG KINH TẾ - XÃ HỘI", None),
    (
        "1",
        "Nâng cấp, mở rộng tuyến đường liên xã Cẩm Bình - Cẩm Thành, chiều dài "
        "4,2 km, mặt đường bê tông nhựa rộng 5,5 m, có hệ thống thoát nước dọc",
        ("Ban Quản lý dự án đầu tư xây dựng huyện", "UBND xã Cẩm Bình, Cẩm Thành"),
        "Quý III/2025",
    ),
    (
        "2",
        "Kiên cố hóa 9 km kênh mương nội đồng tại các xã đăng ký đạt chuẩn nông "
        "thôn mới nâng cao, ưu tiên các tuyến kênh tưới cho vùng sản xuất tập trung",
        ("Phòng Nông nghiệp và PTNT", "UBND các xã"),
        "Tháng 10/2025",
    ),
    (
        "3",
        "Xây dựng, cải tạo 06 nhà văn hóa thôn chưa đạt chuẩn theo quy định, mua "
        "sắm trang thiết bị văn hóa, thể thao thiết yếu cho các nhà văn hóa",
        ("Phòng Văn hóa và Thông tin", "UBND các xã"),
        "Năm 2025",
    ),
    (
        "4",
        "Đầu tư xây dựng 10 phòng học, 04 phòng chức năng cho các trường mầm non, "
        "tiểu học chưa đạt chuẩn quốc gia mức độ 1 trên địa bàn huyện",
        ("Phòng Giáo dục và Đào tạo", "Ban Quản lý dự án đầu tư xây dựng huyện"),
        "Quý IV/2025",
    ),
    ("II", "PHÁT TRIỂN SẢN XUẤT", None),
    (
        "5",
        "Hỗ trợ các hợp tác xã xây dựng 04 chuỗi liên kết sản xuất, tiêu thụ lúa "
        "chất lượng cao, rau củ quả an toàn gắn với mã số vùng trồng",
        ("Phòng Nông nghiệp và PTNT", "Liên minh Hợp tác xã tỉnh; UBND các xã"),
        "Tháng 9/2025",
    ),
    (
        "6",
        "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp huyện, hỗ trợ các chủ thể "
        "hoàn thiện bao bì, nhãn mác, truy xuất nguồn gốc sản phẩm",
        ("Phòng Nông nghiệp và PTNT", "Các chủ thể OCOP"),
        "Tháng 8/2025",
    ),
    (
        "7",
        "Đào tạo nghề nông nghiệp và phi nông nghiệp cho 500 lao động nông thôn, "
        "gắn đào tạo với giải quyết việc làm tại chỗ",
        (
            "Phòng Lao động - Thương binh và Xã hội",
            "Trung tâm Giáo dục nghề nghiệp huyện",
        ),
        "Tháng 11/2025",
    ),
    ("III", "MÔI TRƯỜNG VÀ AN NINH TRẬT TỰ", None),
    (
        "8",
        "Xây dựng 02 điểm tập kết rác thải liên xã, hỗ trợ mua sắm xe thu gom rác "
        "cho các tổ vệ sinh môi trường thôn",
        ("Phòng Tài nguyên và Môi trường", "UBND xã Cẩm Quang, Cẩm Hà"),
        "Quý IV/2025",
    ),
    (
        "9",
        "Trồng mới 25 km hàng rào xanh, 3.000 cây bóng mát dọc các tuyến đường "
        "trục xã, liên thôn theo hướng xanh - sạch - đẹp",
        ("Hội Liên hiệp Phụ nữ huyện", "Đoàn Thanh niên huyện; UBND các xã"),
        "Năm 2025",
    ),
    (
        "10",
        "Xây dựng 15 thôn đạt tiêu chuẩn an toàn về an ninh, trật tự, duy trì "
        "các mô hình tự quản về an ninh trật tự ở khu dân cư",
        ("Công an huyện", "Ủy ban MTTQ Việt Nam huyện"),
        "Tháng 12/2025",
    ),
    (
        "11",
        "Kiểm tra, đánh giá mức độ đạt chuẩn các tiêu chí nông thôn mới nâng cao "
        "tại các xã đăng ký, đề xuất xét công nhận trình cấp tỉnh",
        ("Văn phòng Điều phối nông thôn mới huyện", "Các phòng, ban, ngành cấp huyện"),
        "Tháng 12/2025",
    ),
]


def _district_pdf(*, repeat: bool, header_rows: int = 1) -> bytes:
    from docx.shared import Cm

    from tests.plans.import_corpus.make_files import saved_as
    from tests.plans.import_corpus.word_writer import (
        closing_beside,
        opening,
        para,
        repeat_header,
        save,
    )

    doc = opening(
        ["UBND HUYỆN CẨM XUYÊN", "BAN CHỈ ĐẠO CÁC CTMTQG", "Số: 41/KH-BCĐ"],
        "Cẩm Xuyên, ngày 12 tháng 4 năm 2025",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025",
    )
    for text in [
        "Căn cứ Quyết định số 1689/QĐ-UBND ngày 22/8/2024 của UBND tỉnh Hà Tĩnh;",
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện ban hành Kế hoạch "
        "như sau:",
        "I. MỤC TIÊU",
        "Phấn đấu năm 2025 có thêm 03 xã đạt chuẩn nông thôn mới nâng cao.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
    ]:
        para(doc, text, bold=text.startswith(("I.", "II.")))
    if header_rows == 2:
        heads = [
            ("TT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị thực hiện", "Thời gian"),
            ("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"),
        ]
    else:
        heads = [("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")]
    table = doc.add_table(rows=len(heads) + len(DISTRICT), cols=5)
    table.style = "Table Grid"
    for r, head in enumerate(heads):
        for c, value in enumerate(head):
            table.cell(r, c).text = value
            table.cell(r, c).paragraphs[0].runs[0].bold = True
        if repeat:
            repeat_header(table.rows[r])
    if header_rows == 2:
        for c in (0, 1, 4):
            table.cell(0, c).merge(table.cell(1, c)).text = heads[0][c]
        table.cell(0, 2).merge(table.cell(0, 3)).text = "Đơn vị thực hiện"
    for r, (number, text, *rest) in enumerate(DISTRICT, start=len(heads)):
        table.cell(r, 0).text = number
        if rest[0] is None:
            merged = table.cell(r, 1).merge(table.cell(r, 4))
            merged.text = text
            merged.paragraphs[0].runs[0].bold = True
            continue
        (lead, partners), time = rest
        for c, value in enumerate((text, lead, partners, time), start=1):
            table.cell(r, c).text = value
    widths = (Cm(1.0), Cm(6.4), Cm(3.0), Cm(3.0), Cm(2.4))
    for row in table.rows:
        for c, width in enumerate(widths):
            row.cells[c].width = width
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các cơ quan được giao chủ trì báo cáo kết quả trước ngày 10/12/2025.")
    closing_beside(
        doc,
        ["- Ban Chỉ đạo tỉnh;", "- Lưu: VT."],
        ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Nguyễn Văn Hòa"],
    )
    return saved_as(save(doc), "pdf")


@functools.cache
def district(repeat: bool, header_rows: int = 1) -> bytes:
    return _district_pdf(repeat=repeat, header_rows=header_rows)


def _expected(plan) -> None:
    wanted = [row for row in DISTRICT if row[2] is not None]
    assert [(t.number, t.title) for t in plan.tasks] == [
        (number, text) for number, text, *_ in wanted
    ]
    assert [t.lead_text for t in plan.tasks] == [row[2][0] for row in wanted]
    tasks = by_title(plan)
    assert tasks[DISTRICT[1][1]].coordinating_units == [
        "UBND xã Cẩm Bình",
        "UBND xã Cẩm Thành",
    ]
    assert tasks[DISTRICT[10][1]].coordinating_units == [
        "UBND xã Cẩm Quang",
        "UBND xã Cẩm Hà",
    ]
    assert tasks[DISTRICT[11][1]].coordinating_units == [
        "Đoàn Thanh niên huyện",
        "UBND các xã",
    ]
    assert [t.ends_on.month for t in plan.tasks] == [
        9,
        10,
        12,
        12,
        9,
        8,
        11,
        12,
        12,
        12,
        12,
    ]


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


@pytest.mark.parametrize("header_rows", [1, 2])
def test_a_header_row_repeated_on_the_next_page_neither_is_a_task_nor_ends_the_table(
    header_rows,
):
    data = district(True, header_rows)
    pages = _pages(data)
    # The PDF is as Word lays it out: the table runs over a page, its header
    # on top of the next one, and a row is cut by the break.
    assert len(pages) >= 2
    assert "Nhiệm vụ" in pages[1].split("\n")[0]
    plan = read_plan(data, "ke-hoach.pdf")
    _expected(plan)
    assert (plan.place, plan.issued_on) == ("Cẩm Xuyên", datetime.date(2025, 4, 12))
    document = read_document("ke-hoach.pdf", data)
    continued = [t for t in document.tables if t.page and t.page > 1][0]
    assert continued.rows[header_rows].cells[0].text == ""  # the cut row


def test_the_same_table_without_a_repeated_header_reads_the_same():
    plan = read_plan(district(False), "ke-hoach.pdf")
    _expected(plan)


def test_a_word_table_split_in_two_with_its_header_typed_again_is_one_table():
    from tests.documents.docx_parts import docx, p
    from tests.plans.import_corpus.make_files import bordered, cell

    widths = [600, 3600, 1600, 2000, 1200]
    head = [cell(p(v)) for v in ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian")]

    def row(*values):
        return [cell(p(v)) if v else cell() for v in values]

    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI"),
        p("Số: 15/KH-UBND"),
        p("Đông Hải, ngày 10 tháng 1 năm 2027"),
        p("KẾ HOẠCH"),
        p("Giao thông nông thôn năm 2027"),
        p("I. NHIỆM VỤ"),
        bordered(
            widths,
            [
                head,
                row(
                    "1",
                    "Cứng hóa 1,5 km đường thôn Đông",
                    "Phòng Kinh tế",
                    "",
                    "Q2/2027",
                ),
                row("2", "Mở rộng 800 m đường", "Phòng Kinh tế", "UBND xã", "T9/2027"),
            ],
        ),
        bordered(
            widths,
            [
                head,
                row("", "liên thôn Nam - Bắc", "", "Đông Hải, Tây Hải", ""),
                row("3", "Lắp 30 biển báo giao thông", "Công an xã", "", "2027"),
            ],
        ),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
    )
    plan = read_plan(data, "ke-hoach.docx")
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1", "Cứng hóa 1,5 km đường thôn Đông"),
        ("2", "Mở rộng 800 m đường liên thôn Nam - Bắc"),
        ("3", "Lắp 30 biển báo giao thông"),
    ]
    assert plan.tasks[1].coordinating_units == ["UBND xã Đông Hải", "UBND xã Tây Hải"]
    assert [t.ends_on for t in plan.tasks] == [
        datetime.date(2027, 6, 30),
        datetime.date(2027, 9, 30),
        datetime.date(2027, 12, 31),
    ]
