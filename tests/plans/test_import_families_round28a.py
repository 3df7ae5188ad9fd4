"""The family a blind hold-out of ordinary plans read badly (round 28a,
docs/import-quality.md), tried on plans that are in no corpus: top sections
numbered "1.", "2.", "3." (no Roman level above them) that name their kind
("1. Mục tiêu", "2. Phân công công việc", "2. Danh mục nhiệm vụ", "3. Kinh
phí", "3. Tổ chức thực hiện") over a task table or over prose tasks; a "1."
task inside a Roman section that stays a task; and the "-" lines of targets
under "CHỈ TIÊU CHỦ YẾU"."""

from __future__ import annotations

import datetime
import io

from docx import Document

from plans.document_import.markers import names_a_section
from tests.plans.reading import read_plan

D = datetime.date

HEAD = """ỦY BAN NHÂN DÂN
XÃ THANH SƠN
Số: 07/KH-UBND
Thanh Sơn, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng nông thôn mới năm 2027

"""

CLOSING = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đặng Văn Bình
"""


def table_plan(heading: str, head: list[str], rows: list[list[str]]) -> bytes:
    """A Word plan whose top sections are Arabic: "1. Mục tiêu", `heading`
    over a table of `head` and `rows`, "3. Kinh phí"."""
    doc = Document()
    for line in HEAD.strip().splitlines():
        doc.add_paragraph(line)
    doc.add_paragraph("1. Mục tiêu")
    doc.add_paragraph("Huy động nhân dân chung tay làm đường giao thông nội đồng.")
    doc.add_paragraph(heading)
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("3. Kinh phí")
    doc.add_paragraph("Nhân dân đóng góp ngày công, ngân sách xã hỗ trợ xi măng.")
    for line in CLOSING.strip().splitlines():
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def rows_of(plan):
    return [(t.title, t.lead_text, t.ends_on) for t in plan.tasks]


def test_an_arabic_section_names_its_kind():
    assert names_a_section("Phân công công việc")
    assert names_a_section("Danh mục nhiệm vụ")
    assert not names_a_section("Phân loại rác tại nguồn")


def test_the_task_table_under_an_arabic_assignment_section():
    data = table_plan(
        "2. Phân công công việc",
        ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Người phụ trách", "Thời gian"],
        [
            ["1", "Đổ bê tông 800 m đường nội đồng", "Tổ dân vận thôn", "Hà Văn Khánh", "Tháng 5/2027"],
            ["2", "Nạo vét mương tưới tiêu xứ đồng Bãi", "Chi hội Nông dân thôn", "Lê Thị Hồng", "Tháng 7/2027"],
        ],
    )  # fmt: skip
    plan = read_plan(data, "ke-hoach.docx")
    assert rows_of(plan) == [
        ("Đổ bê tông 800 m đường nội đồng", "Tổ dân vận thôn", D(2027, 5, 31)),
        ("Nạo vét mương tưới tiêu xứ đồng Bãi", "Chi hội Nông dân thôn", D(2027, 7, 31)),
    ]  # fmt: skip
    assert [t.official_text for t in plan.tasks] == ["Hà Văn Khánh", "Lê Thị Hồng"]
    assert "budget" in [s.kind for s in plan.sections]


def test_the_task_list_under_an_arabic_list_section_with_a_total_row():
    data = table_plan(
        "2. Danh mục nhiệm vụ",
        ["STT", "Nhiệm vụ", "Khối lượng", "Kinh phí (tỷ đồng)", "Đơn vị chủ trì",
         "Đơn vị phối hợp", "Thời gian thực hiện"],
        [
            ["1", "Cứng hóa kênh mương thôn Đồng Mới", "1,2 km", "1,5", "Phòng Kinh tế",
             "Hội Nông dân xã", "Quý III/2027"],
            ["2", "Xây dựng sân thể thao thôn Gò Chè", "01 sân", "0,8",
             "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Tháng 11/2027"],
            ["", "Tổng cộng", "", "2,3", "", "", ""],
        ],
    )  # fmt: skip
    plan = read_plan(data, "ke-hoach.docx")
    assert rows_of(plan) == [
        ("Cứng hóa kênh mương thôn Đồng Mới", "Phòng Kinh tế", D(2027, 9, 30)),
        ("Xây dựng sân thể thao thôn Gò Chè", "Phòng Văn hóa - Xã hội", D(2027, 11, 30)),
    ]  # fmt: skip


def test_a_task_named_after_its_aim_inside_a_roman_section_stays_a_task():
    body = """I. MỤC ĐÍCH, YÊU CẦU
Duy trì các tiêu chí đã đạt.
II. NHIỆM VỤ CỤ THỂ
1. Trạm Y tế xã tổ chức khám sức khỏe định kỳ cho người cao tuổi; thời gian: Quý II/2027.
2. Mục tiêu giảm nghèo: hỗ trợ 8 hộ nghèo sửa chữa nhà ở (Chủ trì: Phòng Văn hóa - Xã hội; hoàn thành trước ngày 30/9/2027).
III. TỔ CHỨC THỰC HIỆN
Các đơn vị chủ động triển khai.
"""
    plan = read_plan(HEAD + body + CLOSING)
    assert rows_of(plan) == [
        ("Tổ chức khám sức khỏe định kỳ cho người cao tuổi", "Trạm Y tế xã",
         D(2027, 6, 30)),
        ("Mục tiêu giảm nghèo: hỗ trợ 8 hộ nghèo sửa chữa nhà ở",
         "Phòng Văn hóa - Xã hội", D(2027, 9, 30)),
    ]  # fmt: skip


def test_an_arabic_aim_heading_is_still_a_section():
    body = """1. Mục tiêu
Phấn đấu đạt chuẩn nông thôn mới nâng cao trước ngày 31/12/2027.
2. Nhiệm vụ
2.1. Nạo vét 2 km kênh mương (Chủ trì: Hội Nông dân xã; thời gian: tháng 4/2027).
3. Tổ chức thực hiện
Các đoàn thể chủ động triển khai.
"""
    plan = read_plan(HEAD + body + CLOSING)
    assert rows_of(plan) == [
        ("Nạo vét 2 km kênh mương", "Hội Nông dân xã", D(2027, 4, 30)),
    ]


def test_the_targets_under_an_arabic_main_targets_section():
    body = """1. Mục tiêu
Giữ vững các tiêu chí đã đạt.
2. Chỉ tiêu chủ yếu
- Tỷ lệ hộ dân sử dụng nước sạch đạt 95%.
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.
3. Nhiệm vụ
3.1. Nạo vét 2 km kênh mương (Chủ trì: Hội Nông dân xã; thời gian: tháng 4/2027).
"""
    plan = read_plan(HEAD + body + CLOSING)
    assert [(t.quantity, t.unit) for t in plan.targets] == [(95, "%"), (96, "%")]
    assert len(plan.tasks) == 1
