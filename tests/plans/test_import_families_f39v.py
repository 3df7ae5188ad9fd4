"""A task table grouped by village, its village's and its official's cells
merged down over the village's rows; a task a unit chairs with partners in
"Tổ chức thực hiện"; a Party signature's "T/M" and "K/T" run into the last
recipient; an appendix's Roman-numbered criterion rows; a road map with one
column per year, each cell a milestone; a Party sheet's number line, tried
on plans of my own."""

from __future__ import annotations

import io

import openpyxl
import pytest

from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import (
    HEAD,
    check_task,
    plan_of,
    read_plan,
    word_plan,
)

# ── 1. Villages' cells merged down over their rows ──


def _village_rows(village, official, rows):
    first, *rest = rows
    out = [
        [
            tc(village, vmerge="restart"),
            tc(first[0]),
            tc(official, vmerge="restart"),
            tc(first[1]),
        ]
    ]
    for work, when in rest:
        out.append(
            [tc("", vmerge="continue"), tc(work), tc("", vmerge="continue"), tc(when)]
        )
    return out


@pytest.fixture(scope="module")
def villages():
    head = [tc("Tổ dân phố"), tc("Nội dung"), tc("Cán bộ phụ trách"), tc("Thời gian")]
    rows = _village_rows(
        "Tổ dân phố số 3",
        "Đ/c Nguyễn Thị Lan, Phó Chủ tịch UBND phường",
        [
            ("1. Lát gạch 300 m vỉa hè đường Trần Phú", "Quý III/2026"),
            ("2. Trồng 120 cây bóng mát trên các tuyến phố", "Tháng 5/2026"),
        ],
    ) + _village_rows(
        "Tổ dân phố số 7",
        "Ông Hà Văn Khải - Công chức Văn hóa - Xã hội",
        [
            ("1. Sửa chữa nhà sinh hoạt cộng đồng", "Tháng 9/2026"),
            ("2. Lắp 25 bóng đèn chiếu sáng ngõ", "Tháng 6/2026"),
            ("3. Vận động 40 hộ đăng ký gia đình văn hóa", "Quý IV/2026"),
        ],
    )
    return read_plan(word_plan(p("Nhiệm vụ từng tổ:"), tbl(head, *rows)), "kh.docx")


def test_a_village_merged_down_leads_each_of_its_rows(villages):
    tasks = villages.tasks
    assert [t.title for t in tasks] == [
        "Lát gạch 300 m vỉa hè đường Trần Phú",
        "Trồng 120 cây bóng mát trên các tuyến phố",
        "Sửa chữa nhà sinh hoạt cộng đồng",
        "Lắp 25 bóng đèn chiếu sáng ngõ",
        "Vận động 40 hộ đăng ký gia đình văn hóa",
    ]
    for task in tasks[:2]:
        check_task(task, "Tổ dân phố số 3", official="nguyen thi lan")
    for task in tasks[2:]:
        check_task(task, "Tổ dân phố số 7", official="ha van khai")
    assert str(tasks[1].ends_on) == "2026-05-31"


def test_a_village_column_beside_a_lead_column_is_no_lead():
    head = [tc("TT"), tc("Thôn"), tc("Nội dung"), tc("Đơn vị chủ trì"), tc("Thời gian")]
    row = [
        tc("1"),
        tc("Thôn Nà Làng"),
        tc("Bê tông hóa 500 m đường nội thôn"),
        tc("Ban phát triển thôn"),
        tc("Tháng 8/2026"),
    ]
    (task,) = read_plan(word_plan(tbl(head, row)), "kh.docx").tasks
    check_task(task, "Ban phát triển thôn", deadline="2026-08-31")


# ── 2. A unit chairing work with partners in "Tổ chức thực hiện" ──

ORGANISED = (
    HEAD
    + """1. Cứng hóa 2 km đường trục thôn Nà Phặc, hoàn thành trong tháng 9/2026.
III. TỔ CHỨC THỰC HIỆN
1. Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức ngày hội "Phụ nữ chung tay xây dựng nông thôn mới" trong tháng 10/2026.
2. Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND xã.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
T/M ĐẢNG ỦY
K/T BÍ THƯ
PHÓ BÍ THƯ
Lò Văn Tư
"""
)


def test_a_chaired_piece_of_work_in_the_organisation_part_is_a_task():
    plan = read_plan(ORGANISED)
    roads, festival = plan.tasks
    assert festival.title == (
        'Tổ chức ngày hội "Phụ nữ chung tay xây dựng nông thôn mới"'
    )
    check_task(
        festival,
        "Hội Liên hiệp Phụ nữ xã",
        ["Đoàn Thanh niên xã"],
        start="2026-10-01",
        deadline="2026-10-31",
    )
    assert plan.signing_authority == "T/M ĐẢNG ỦY, K/T BÍ THƯ"


def test_a_party_signature_run_into_the_last_recipient():
    # A Word 97 file's closing table, as its converter runs the two columns
    # together: the last recipient, then "T/M ĐẢNG ỦY".
    text = ORGANISED.replace("- Lưu: VT.\nT/M ĐẢNG ỦY", "- Lưu VPĐU.T/M ĐẢNG ỦY")
    plan = read_plan(text)
    assert plan.signing_authority == "T/M ĐẢNG ỦY, K/T BÍ THƯ"
    assert plan.signer_title == "PHÓ BÍ THƯ"
    assert plan.recipients[-1] == "Lưu VPĐU"


# ── 3. An appendix's criterion rows ──


def test_a_roman_numbered_criterion_row_is_a_group():
    head = [
        tc("STT"),
        tc("Đơn vị chủ trì"),
        tc("Nội dung"),
        tc("Sản phẩm đầu ra"),
        tc("Thời gian"),
        tc("Phối hợp"),
    ]
    rows = [
        [tc("I"), tc("Tiêu chí số 6 - Cơ sở vật chất văn hóa"), *[tc("")] * 4],
        [
            tc("1"),
            tc("Ban Văn hóa xã"),
            tc("Nâng cấp sân thể thao trung tâm xã"),
            tc("Sân thể thao đạt chuẩn"),
            tc("Quý III/2026"),
            tc("Các thôn"),
        ],
        [tc("II"), tc("Hồ sơ xét công nhận"), *[tc("")] * 4],
        [
            tc("2"),
            tc("Văn phòng - Thống kê xã"),
            tc("Hoàn thiện hồ sơ đề nghị xét công nhận"),
            tc("Bộ hồ sơ"),
            tc("Tháng 11/2026"),
            tc(""),
        ],
    ]
    plan = read_plan(word_plan(tbl(head, *rows)), "kh.docx")
    assert [t.title for t in plan.tasks] == [
        "Nâng cấp sân thể thao trung tâm xã",
        "Hoàn thiện hồ sơ đề nghị xét công nhận",
    ]
    check_task(plan.tasks[0], "Ban Văn hóa xã", ["Các thôn"], deadline="2026-09-30")


# ── 4. A road map, one column per year ──

ROAD_MAP = """| TT | Nội dung | Bộ phận thực hiện | Năm 2026 | Năm 2027 | Năm 2028 |
|---|---|---|---|---|---|
| 1 | Mở rộng vùng nuôi tôm sinh thái | Tổ Kỹ thuật | 20 ha | 35 ha | |
| 2 | Xây dựng nhà sơ chế | Ban Giám đốc | | Lập dự án | Hoàn thành |
"""


def test_a_road_maps_years_are_its_tasks_time():
    farms, house = plan_of(ROAD_MAP, "kh.md").tasks
    check_task(farms, "Tổ Kỹ thuật", deadline="2027-12-31")
    check_task(house, "Ban Giám đốc", start="2027-01-01", deadline="2028-12-31")


def test_figures_by_year_beside_a_unit_are_no_road_map():
    figures = """| TT | Nội dung | ĐVT | Đơn vị chủ trì | Năm 2026 | Năm 2027 |
|---|---|---|---|---|---|
| 1 | Trồng rừng sản xuất | ha | Hội Nông dân xã | 20 | 35 |
"""
    plan = plan_of(figures, "kh.md")
    assert all(str(t.ends_on) != "2027-12-31" for t in plan.tasks)


# ── 5. A Party sheet: "Số 21-KH/ĐU" closes the header's left side ──


def test_a_party_sheets_title_is_no_part_of_its_header():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, (left, right) in enumerate(
        [
            ("ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("ĐẢNG ỦY XÃ MỸ HÒA", None),
            ("Số 08-KH/ĐU", "Mỹ Hòa, ngày 10 tháng 5 năm 2026"),
            ("KẾ HOẠCH", None),
            ("Lãnh đạo xây dựng ấp kiểu mẫu năm 2026", None),
        ],
        1,
    ):
        ws.cell(row=r, column=1, value=left)
        if right:
            ws.cell(row=r, column=3, value=right)
    for c, text in enumerate(["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"], 1):
        ws.cell(row=7, column=c, value=text)
    for c, text in enumerate(
        [1, "Nâng cấp 2 cây cầu giao thông", "Ban ấp Mỹ Lợi", "Tháng 8/2026"], 1
    ):
        ws.cell(row=8, column=c, value=text)
    buffer = io.BytesIO()
    wb.save(buffer)
    plan = read_plan(buffer.getvalue(), "kh.xlsx")
    assert plan.title == "Lãnh đạo xây dựng ấp kiểu mẫu năm 2026"
