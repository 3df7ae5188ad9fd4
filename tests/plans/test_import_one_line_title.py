"""A document whose type and title are one heading ("KẾ HOẠCH THỰC HIỆN XÂY
DỰNG NÔNG THÔN MỚI NĂM 2027"), as a spreadsheet's title row or a short
text types it: the issuer above it stays the issuer, the rest of the line is
the title. Found by the lead's round 16 hold-out (a Google Sheets export);
these documents are in no corpus."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from ntm.documents import read_document
from plans.document_import.parser import parse


def workbook(*rows, bold_row=None) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    if bold_row:
        ws.cell(row=bold_row, column=1).font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_spreadsheets_title_row_is_the_type_and_the_title():
    data = workbook(
        ["UBND XÃ THANH SƠN"],
        ["Kế hoạch triển khai thực hiện tiêu chí Môi trường năm 2027"],
        [],
        ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        [1, "Thu gom bao gói thuốc bảo vệ thực vật", "Phòng Kinh tế", "Quý II/2027"],
        [
            2,
            "Làm 03 bể chứa bao gói tại các cánh đồng",
            "Hội Nông dân xã",
            "Quý III/2027",
        ],
        bold_row=2,
    )
    plan = parse(read_document("ke-hoach.xlsx", data))
    assert plan.title == "Triển khai thực hiện tiêu chí Môi trường năm 2027"
    assert plan.issuer_text == "UBND XÃ THANH SƠN"
    assert [t.title for t in plan.tasks] == [
        "Thu gom bao gói thuốc bảo vệ thực vật",
        "Làm 03 bể chứa bao gói tại các cánh đồng",
    ]


def test_a_text_typed_in_capitals_keeps_its_title_and_issuer():
    plan = parse(
        [
            "ỦY BAN NHÂN DÂN XÃ PHÚC LỢI",
            "KẾ HOẠCH: CHỈNH TRANG KHU DÂN CƯ KIỂU MẪU NĂM 2027",
            "1. Trồng 2 km hàng rào xanh thôn Đông. Chủ trì: Hội Nông dân xã; thời gian: Quý I/2027.",
        ]
    )
    assert plan.title == "CHỈNH TRANG KHU DÂN CƯ KIỂU MẪU NĂM 2027"
    assert plan.issuer_text == "ỦY BAN NHÂN DÂN XÃ PHÚC LỢI"


def test_a_plan_cited_at_the_top_is_no_title():
    # "KẾ HOẠCH SỐ 12/KH-UBND …" names another plan: no title is taken from it.
    plan = parse(
        [
            "UBND XÃ PHÚC LỢI",
            "KẾ HOẠCH SỐ 12/KH-UBND NGÀY 05/01/2027 CỦA UBND XÃ",
            "1. Trồng 2 km hàng rào xanh thôn Đông.",
        ]
    )
    assert "12/KH-UBND" not in plan.title
