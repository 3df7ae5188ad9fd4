"""A document whose type and title are one heading ("KẾ HOẠCH THỰC HIỆN XÂY
DỰNG NÔNG THÔN MỚI NĂM 2027"), as a spreadsheet's title row or a short
text types it: the issuer above it stays the issuer, the rest of the line is
the title. Found by the lead's round 16 hold-out (a Google Sheets export);
these documents are in no corpus."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from plans.document_import.parser import parse
from tests.plans.reading import read_plan


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
    plan = read_plan(data, "ke-hoach.xlsx")
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


def test_a_wrapped_issuer_name_is_no_type_and_title():
    # "BAN CHỈ ĐẠO CÁC" / "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÃ": the second
    # line goes on with the issuer's name; the letter's subject is the title.
    plan = parse(
        [
            "BAN CHỈ ĐẠO CÁC",
            "CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÃ",
            "Số: 15/BCĐ",
            "V/v triển khai rà soát tiêu chí năm 2027",
            "Kính gửi: Các thôn.",
        ]
    )
    assert plan.title == "Triển khai rà soát tiêu chí năm 2027"


def test_a_plan_cited_by_its_number_alone_is_no_title():
    plan = parse(
        [
            "UBND XÃ PHÚC LỢI",
            "KẾ HOẠCH 12/KH-UBND NGÀY 05/01/2027 CỦA UBND HUYỆN",
            "1. Trồng 2 km hàng rào xanh thôn Đông.",
        ]
    )
    assert "12/KH-UBND" not in plan.title


def test_a_period_beside_the_type_ends_the_title_on_the_next_line():
    plan = parse(
        [
            "UBND XÃ PHÚC LỢI",
            "KẾ HOẠCH GIAI ĐOẠN 2026-2030",
            "Chỉnh trang khu dân cư kiểu mẫu",
            "1. Trồng 2 km hàng rào xanh thôn Đông.",
        ]
    )
    assert plan.title == "Chỉnh trang khu dân cư kiểu mẫu giai đoạn 2026-2030"
    assert plan.issuer_text == "UBND XÃ PHÚC LỢI"


def test_only_a_plan_is_typed_with_its_title_on_one_line():
    # "HƯỚNG DẪN CÁC THÔN …" typed at the top is a sentence, not a guide
    # whose title is "CÁC THÔN …".
    plan = parse(["HƯỚNG DẪN CÁC THÔN LÀM VỆ SINH", "1. Quét dọn đường làng."])
    assert plan.title != "CÁC THÔN LÀM VỆ SINH"
