"""The header families a blind hold-out of commune plans (round 29) still
read badly (round 29h, docs/import-quality.md), tried on plans that are in
no corpus: a steering committee's name wrapped over two lines under its
commune's ("UBND XÃ …" / "BAN CHỈ ĐẠO XÂY DỰNG" / "NÔNG THÔN MỚI"), in a
text, a Word table and a PDF saved from Word; a draft's date whose day is
left blank ("ngày      tháng 5 năm 2026", "ngày   /5/2026"), also where a
PDF cuts the blank into two pieces; two bases in one sentence, the second
numberless ("…; căn cứ Nghị quyết Hội nghị thôn ngày 02/01/2027"), and a
congress's resolution cited with neither number nor date."""

from __future__ import annotations

import datetime

import pytest
from openpyxl import Workbook

from plans.document_import.quality import _basis_key
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import read_plan

D = datetime.date

BODY = """KẾ HOẠCH
Thực hiện xây dựng nông thôn mới năm 2026
I. NHIỆM VỤ
1. Phòng Kinh tế chủ trì rà soát các tiêu chí; hoàn thành tháng 6/2026.
II. TỔ CHỨC THỰC HIỆN
Các thành viên Ban Chỉ đạo triển khai thực hiện.
Nơi nhận:
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Lò Văn Tư
"""


def header_text(
    issuer: list[str], number="Số: 12/KH-BCĐ", date="Mỹ Hiệp, ngày 04 tháng 5 năm 2026"
):
    return "\n".join([*issuer, number, date]) + "\n" + BODY


# ── 1. the lowest body's name wrapped over two lines under its parent ──


@pytest.mark.parametrize(
    ("lines", "issuer"),
    [
        (
            ["UBND XÃ MỸ HIỆP", "BAN CHỈ ĐẠO XÂY DỰNG", "NÔNG THÔN MỚI"],
            "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI",
        ),
        (
            [
                "UBND XÃ MỸ HIỆP",
                "BCĐ THỰC HIỆN CUỘC VẬN ĐỘNG",
                "XÂY DỰNG NÔNG THÔN MỚI",
            ],
            "BCĐ THỰC HIỆN CUỘC VẬN ĐỘNG XÂY DỰNG NÔNG THÔN MỚI",
        ),
    ],
)
def test_the_lowest_body_wrapped_under_its_parent_in_a_text(lines, issuer):
    plan = read_plan(header_text(lines))
    assert (plan.issuer_text, plan.parent_text) == (issuer, lines[0])


def test_the_wrapped_body_in_a_word_header_table():
    """The header as Word lays it out: a borderless table whose left cell
    holds the commune, the committee's name on two lines and the number."""
    left = ["UBND XÃ MỸ HIỆP", "BAN CHỈ ĐẠO XÂY DỰNG", "NÔNG THÔN MỚI", "Số: 12/KH-BCĐ"]
    right = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Mỹ Hiệp, ngày 04 tháng 5 năm 2026",
    ]
    data = docx(
        tbl([tc("", body="".join(map(p, left))), tc("", body="".join(map(p, right)))]),
        *(p(line) for line in BODY.splitlines()),
    )
    plan = read_plan(data, "ke-hoach.docx")
    assert (plan.issuer_text, plan.parent_text) == (
        "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI",
        "UBND XÃ MỸ HIỆP",
    )
    assert (plan.number, plan.issued_on) == ("12", D(2026, 5, 4))


# ── 2. a draft's date with its day left blank ──

DRAFT = (
    """UBND XÃ CẨM BÌNH
DỰ THẢO
Số:       /KH-UBND
{date}
"""
    + BODY
)


@pytest.mark.parametrize(
    "date",
    [
        "Cẩm Bình, ngày   /5/2026",
        "Cẩm Bình, ngày …/5/2026",
        "Cẩm Bình, ngày ...../05/2026",
        "Cẩm Bình, ngày    /05/2026",
    ],
)
def test_a_blank_day_keeps_the_month_and_year_and_no_date(date):
    plan = read_plan(DRAFT.format(date=date))
    assert (plan.issued_on, plan.issue_year, plan.issue_month, plan.place) == (
        None,
        2026,
        5,
        "Cẩm Bình",
    )
    assert (plan.number, plan.symbol) == ("", "KH-UBND")


@pytest.mark.parametrize(
    "date", ["Cẩm Bình, ngày   /   /2026", "Cẩm Bình, ngày …/…/2026"]
)
def test_a_blank_day_and_month_keep_the_year(date):
    plan = read_plan(DRAFT.format(date=date))
    assert (plan.issued_on, plan.issue_year, plan.issue_month) == (None, 2026, None)
    # Written in full, the same figures are a day.
    plan = read_plan(DRAFT.format(date=date.replace("…", "04").replace("   ", "04")))
    assert plan.issued_on == D(2026, 4, 4)


def test_a_pdf_cuts_the_blank_day_and_the_blank_number():
    """pdfplumber reads the wide blanks of "ngày      tháng 5" and "Số:
    /KH-UBND" as gaps between cells: "Cẩm Bình, ngày" and "tháng 5 năm
    2026", "Số:" and "/KH-UBND", each a line of its own, in the order the
    two columns interleave."""
    text = "\n".join(
        [
            "UBND XÃ CẨM BÌNH",
            "BAN CHỈ ĐẠO XÂY DỰNG",
            "NÔNG THÔN MỚI",
            "Số:",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Cẩm Bình, ngày",
            "/KH-BCĐ",
            "tháng 5 năm 2026",
            "DỰ THẢO",
        ]
    )
    plan = read_plan(text + "\n" + BODY)
    assert (plan.issued_on, plan.issue_year, plan.issue_month, plan.place) == (
        None,
        2026,
        5,
        "Cẩm Bình",
    )
    assert (plan.number, plan.symbol) == ("", "KH-BCĐ")
    assert plan.issuer_text == "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI"


# ── 3. bases ──

PREAMBLE_HEAD = """ỦY BAN NHÂN DÂN
XÃ CẨM BÌNH
Số: 20/KH-UBND
Cẩm Bình, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Xây dựng thôn nông thôn mới kiểu mẫu năm 2027
"""


def bases_of(preamble: str):
    plan = read_plan(PREAMBLE_HEAD + preamble + "\n" + BODY)
    return plan, [_basis_key(b) for b in plan.bases]


@pytest.mark.parametrize(
    "line",
    [
        "Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2027 của UBND xã Cẩm Bình; căn cứ Nghị quyết Hội nghị thôn ngày 02/01/2027;",
        "Căn cứ Kế hoạch số 15/KH-UBND ngày … của UBND xã Cẩm Bình; căn cứ Nghị quyết Hội nghị thôn ngày 02/01/2027",
        "Căn cứ Kế hoạch số 15/KH-UBND của UBND xã Cẩm Bình; Căn cứ Nghị quyết Hội nghị thôn ngày 02/01/2027.",
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2027 của UBND xã Cẩm Bình và Nghị quyết Hội nghị thôn ngày 02/01/2027,",
    ],
)
def test_a_numberless_basis_after_a_numbered_one_in_one_sentence(line):
    plan, keys = bases_of(line)
    assert keys == ["15/KH-UBND", "Nghị quyết ngày 2/1/2027"]


def test_two_bases_in_one_cell_of_a_spreadsheet_title_block():
    wb = Workbook()
    ws = wb.active
    ws.append(["ỦY BAN NHÂN DÂN XÃ CẨM BÌNH"])
    ws.append(["THÔN ĐÔNG"])
    ws.append(["KẾ HOẠCH XÂY DỰNG THÔN NÔNG THÔN MỚI KIỂU MẪU NĂM 2027"])
    ws.append(
        [
            "Căn cứ Kế hoạch số 15/KH-UBND ngày … của UBND xã Cẩm Bình; căn cứ Nghị quyết Hội nghị thôn ngày 02/01/2027"
        ]
    )
    ws.append(["STT", "Nội dung công việc", "Người thực hiện", "Thời gian hoàn thành"])
    ws.append(
        [
            1,
            "Vận động nhân dân hiến đất mở rộng đường thôn",
            "Trưởng thôn",
            "Tháng 3/2027",
        ]
    )
    ws.append(
        [
            2,
            "Trồng hàng rào xanh dọc đường trục thôn",
            "Chi hội Phụ nữ thôn",
            "Tháng 4/2027",
        ]
    )
    import io

    out = io.BytesIO()
    wb.save(out)
    plan = read_plan(out.getvalue(), "ke-hoach.xlsx")
    assert [_basis_key(b) for b in plan.bases] == [
        "15/KH-UBND",
        "Nghị quyết ngày 2/1/2027",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Căn cứ Nghị quyết Đại hội Hội CCB xã nhiệm kỳ 2022 - 2027;",
        "Căn cứ Nghị quyết Đại hội đại biểu Hội Nông dân xã Cẩm Bình lần thứ XII, nhiệm kỳ 2023 - 2028;",
        "- Căn cứ Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh xã nhiệm kỳ 2022 - 2027.",
    ],
)
def test_a_congress_resolution_with_no_number_nor_date_is_no_basis(line):
    plan, keys = bases_of(
        line + "\nCăn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2027 của UBND xã Cẩm Bình;"
    )
    assert keys == ["15/KH-UBND"]
    assert all(b.number or b.issued_on or "của" in b.text for b in plan.bases)
    congress = next(s for s in plan.source if "Đại hội" in s.text)
    assert congress.used == "căn cứ"
