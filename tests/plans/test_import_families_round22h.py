"""The families the lead's hold-out of round 22 read badly in a plan's
header, signature and wrapper (round 22h, docs/import-quality.md), tried on
plans that are in no corpus: a joint plan of two bodies ("KẾ HOẠCH LIÊN
TỊCH", two bodies stacked in the header, two signatures side by side, a
basis "Chương trình phối hợp số … giữa A và B"); a table exported with a
caption and a form's label but no "KẾ HOẠCH" line, its deadlines with no
year; a plan pasted inside a forwarded e-mail."""

from __future__ import annotations

import datetime
import io

import pytest
from openpyxl import Workbook

from plans.document_import.header import bases_in
from plans.document_import.parser import parse
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import lines_cell, read_plan

D = datetime.date


COMMITTEE_AND_WOMEN = (
    "ỦY BAN NHÂN DÂN XÃ YÊN PHÚ",
    "BAN CHẤP HÀNH HỘI LIÊN HIỆP",
    "PHỤ NỮ XÃ YÊN PHÚ",
)


def joint_plan(
    type_line: str,
    *closing: str,
    symbol: str = "KHLT-UBND-HPN",
    bodies: tuple[str, ...] = COMMITTEE_AND_WOMEN,
) -> bytes:
    """A joint plan of xã Yên Phú's committee and its Women's Union (or
    other `bodies`, the presiding one first): the bodies stacked in the
    header's left column, `type_line` over the title, one task, then the
    `closing` blocks."""
    return docx(
        tbl(
            [
                lines_cell(*bodies, f"Số: 03/{symbol}"),
                lines_cell(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "Yên Phú, ngày 02 tháng 3 năm 2027",
                ),
            ]
        ),
        p(type_line),
        p("Phối hợp xây dựng mô hình “Gia đình 5 không 3 sạch”"),
        p("gắn với xây dựng nông thôn mới năm 2027"),
        p("I. NỘI DUNG PHỐI HỢP"),
        p("1. Tuyên truyền xây dựng gia đình 5 không 3 sạch tại 8 thôn"),
        p("- Chủ trì: Hội Liên hiệp Phụ nữ xã;"),
        p("- Thời gian: Quý II/2027."),
        *closing,
    )


COMMITTEE_SIGNS = lines_cell(
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Nam"
)
WOMEN_SIGN = lines_cell("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Lý Thị Hoa")
# The presiding committee's signature on the left, against the convention.
SIGNATURES = tbl([COMMITTEE_SIGNS, WOMEN_SIGN])
# By the convention (Decree 30/2020, Phụ lục I): the presiding body signs on
# the right, the other body's authority on two lines on the left.
SIGNATURES_BY_THE_CONVENTION = tbl(
    [
        lines_cell(
            "TM. BAN CHẤP HÀNH", "HỘI LIÊN HIỆP PHỤ NỮ XÃ", "CHỦ TỊCH", "Lý Thị Hoa"
        ),
        COMMITTEE_SIGNS,
    ]
)
FRONT_SIGNS = lines_cell(
    "TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "Đinh Thị Mai"
)
RECIPIENTS_TEXT = ("Nơi nhận:", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT.")
RECIPIENTS = [p(line) for line in RECIPIENTS_TEXT]


# ── F1: a joint plan of two bodies ──


@pytest.mark.parametrize(
    "type_line", ["KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH PHỐI HỢP", "Kế hoạch liên tịch"]
)
def test_a_qualified_type_line_is_the_type_and_the_title_follows(type_line):
    plan = read_plan(joint_plan(type_line, SIGNATURES, *RECIPIENTS), "lien-tich.docx")
    assert plan.doc_type == "KH"
    assert plan.title == (
        "Phối hợp xây dựng mô hình “Gia đình 5 không 3 sạch” gắn với xây dựng"
        " nông thôn mới năm 2027"
    )
    assert [t.ends_on for t in plan.tasks] == [D(2027, 6, 30)]


def test_a_coordination_programme_is_a_type_and_its_title_follows():
    plan = parse(
        [
            "ỦY BAN NHÂN DÂN XÃ ĐỒNG LẠC",
            "Số: 02/CTrPH-UBND-ĐTN",
            "CHƯƠNG TRÌNH PHỐI HỢP",
            "Thanh niên tình nguyện chung sức xây dựng nông thôn mới năm 2027",
            "I. NỘI DUNG",
            "1. Ra quân làm 2 km đường thôn Lạc Thị. Chủ trì: Đoàn Thanh niên xã;"
            " thời gian: tháng 4/2027.",
        ]
    )
    assert plan.doc_type == "CTr"
    assert plan.title == (
        "Thanh niên tình nguyện chung sức xây dựng nông thôn mới năm 2027"
    )


@pytest.mark.parametrize(
    "type_line, symbol",
    [("KẾ HOẠCH LIÊN TỊCH", "KHLT-UBND-HPN"), ("KẾ HOẠCH", "KHPH-UBND-HPN")],
)
def test_the_first_of_two_stacked_bodies_issues_a_joint_plan(type_line, symbol):
    plan = read_plan(
        joint_plan(type_line, SIGNATURES, *RECIPIENTS, symbol=symbol), "lien-tich.docx"
    )
    assert plan.issuer_text == "ỦY BAN NHÂN DÂN XÃ YÊN PHÚ"
    assert plan.parent_text == ""
    # The other body is kept as the header names it (no model field holds
    # a co-issuer).
    assert plan.header_agencies[1:] == [
        "BAN CHẤP HÀNH HỘI LIÊN HIỆP",
        "PHỤ NỮ XÃ YÊN PHÚ",
    ]


def test_a_body_over_another_is_still_its_parent_when_the_plan_is_not_joint():
    plan = parse(
        [
            "ỦY BAN NHÂN DÂN XÃ YÊN PHÚ",
            "BAN CHỈ ĐẠO XÃ YÊN PHÚ",
            "Số: 05/KH-BCĐ",
            "KẾ HOẠCH",
            "Kiểm tra tiêu chí nông thôn mới năm 2027",
        ]
    )
    assert plan.issuer_text == "BAN CHỈ ĐẠO XÃ YÊN PHÚ"
    assert plan.parent_text == "ỦY BAN NHÂN DÂN XÃ YÊN PHÚ"


def test_the_fronts_name_wrapped_before_viet_nam_is_one_body():
    plan = parse(
        [
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ",
            "VIỆT NAM XÃ TÂN AN",
            "Số: 04/KH-MTTQ",
            "KẾ HOẠCH",
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027",
        ]
    )
    assert plan.issuer_text == "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN AN"


@pytest.mark.parametrize("signatures", [SIGNATURES, SIGNATURES_BY_THE_CONVENTION])
@pytest.mark.parametrize("below", [True, False])
def test_of_two_signatures_side_by_side_the_one_for_the_issuer_is_the_plans(
    signatures, below
):
    # Wherever the committee's signature stands, and "Nơi nhận" under the
    # two signatures or above them.
    closing = [signatures, *RECIPIENTS] if below else [*RECIPIENTS, signatures]
    plan = read_plan(joint_plan("KẾ HOẠCH LIÊN TỊCH", *closing), "lien-tich.docx")
    assert plan.signing_authority == "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH"
    assert (plan.signer_title, plan.signer_name) == ("PHÓ CHỦ TỊCH", "Hà Văn Nam")
    assert plan.recipients == ["Đảng ủy xã", "Các thôn", "Lưu: VT"]
    (task,) = plan.tasks
    assert task.description == ""
    assert not plan.unplaced


FRONT_AND_COMMITTEE = (
    "BAN THƯỜNG TRỰC ỦY BAN MTTQ",
    "VIỆT NAM XÃ YÊN PHÚ",
    "ỦY BAN NHÂN DÂN XÃ YÊN PHÚ",
)


def test_the_presiding_fronts_signature_on_the_left_is_the_plans():
    # Against the convention, the Front (named first) signs on the left: its
    # authority names the issuer, the committee's on the right does not.
    plan = read_plan(
        joint_plan(
            "KẾ HOẠCH LIÊN TỊCH",
            tbl([FRONT_SIGNS, COMMITTEE_SIGNS]),
            *RECIPIENTS,
            symbol="KHLT-MTTQ-UBND",
            bodies=FRONT_AND_COMMITTEE,
        ),
        "lien-tich.docx",
    )
    assert plan.issuer_text == "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ YÊN PHÚ"
    assert plan.signing_authority == "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ"
    assert (plan.signer_title, plan.signer_name) == ("CHỦ TỊCH", "Đinh Thị Mai")
    assert not plan.unplaced


def test_with_neither_signature_for_the_issuer_the_right_one_is_the_plans():
    # Two communes' committees: both sign "TM. ỦY BAN NHÂN DÂN"; the
    # presiding one, by the convention, on the right.
    plan = read_plan(
        joint_plan(
            "KẾ HOẠCH LIÊN TỊCH",
            tbl(
                [
                    lines_cell("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Sơn"),
                    COMMITTEE_SIGNS,
                ]
            ),
            *RECIPIENTS,
            symbol="KHLT-UBND",
            bodies=("ỦY BAN NHÂN DÂN XÃ YÊN PHÚ", "ỦY BAN NHÂN DÂN XÃ YÊN HÒA"),
        ),
        "lien-tich.docx",
    )
    assert plan.signing_authority == "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH"
    assert plan.signer_name == "Hà Văn Nam"


def test_an_authority_on_two_lines_is_one_authority():
    plan = read_plan(
        docx(
            p("BAN THƯỜNG TRỰC ỦY BAN MTTQ"),
            p("VIỆT NAM XÃ TÂN AN"),
            p("Số: 05/KH-MTTQ"),
            p("KẾ HOẠCH"),
            p("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027"),
            p("I. NHIỆM VỤ"),
            p("1. Tổ chức Ngày hội tại 6 ấp"),
            p("- Chủ trì: Ban Công tác Mặt trận các ấp;"),
            p("- Thời gian: Tháng 11/2027."),
            tbl([lines_cell(*RECIPIENTS_TEXT), FRONT_SIGNS]),
        ),
        "ke-hoach.docx",
    )
    assert plan.signing_authority == "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ"
    assert (plan.signer_title, plan.signer_name) == ("CHỦ TỊCH", "Đinh Thị Mai")


@pytest.mark.parametrize(
    "line, number, issuer",
    [
        (
            "Căn cứ Chương trình phối hợp số 01/CTPH-UBND-MTTQ ngày 05/01/2027"
            " giữa Ủy ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã"
            " về thực hiện nhiệm vụ chính trị giai đoạn 2026 - 2030;",
            "01/CTPH-UBND-MTTQ",
            "Ủy ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã",
        ),
        (
            "Căn cứ Kế hoạch liên tịch số 12/KHLT-UBND-HND ngày 3/2/2026 của"
            " UBND xã và Hội Nông dân xã về phát triển kinh tế hộ;",
            "12/KHLT-UBND-HND",
            "UBND xã và Hội Nông dân xã",
        ),
        (
            "Căn cứ Nghị quyết liên tịch số 09/NQLT-CP-UBTƯMTTQVN ngày"
            " 11/5/2022 giữa Chính phủ và Ủy ban Trung ương MTTQ Việt Nam;",
            "09/NQLT-CP-UBTƯMTTQVN",
            "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam",
        ),
    ],
)
def test_a_basis_is_read_whatever_qualifies_its_type_and_whoever_issued_it(
    line, number, issuer
):
    (basis,) = bases_in(line)
    assert (basis.number, basis.issuer) == (number, issuer)


def test_a_qualifier_that_names_another_document_leaves_it_to_that_one():
    (basis,) = bases_in(
        "Căn cứ Kế hoạch thực hiện Nghị quyết số 15/NQ-ĐU ngày 10/01/2027"
        " của Đảng ủy xã;"
    )
    assert (basis.kind, basis.number) == ("Nghị quyết", "15/NQ-ĐU")


# ── F2: a table exported with a caption and a form's label ──


def exported_workbook(label: str, caption: str, *, type_line: str = "") -> bytes:
    """A provincial system's export: the issuer at the left and `label` at
    the top right (on a row of its own under `type_line`, when there is
    one), `caption`, "(Kèm theo Kế hoạch số …)", then the table with
    deadlines of no year."""
    wb = Workbook()
    ws = wb.active
    if type_line:
        ws.append(["ỦY BAN NHÂN DÂN"])
        ws.append(["XÃ NAM HÒA"])
        ws.append([type_line])
        ws.append([None, None, None, None, label])
    else:
        ws.append(["ỦY BAN NHÂN DÂN", None, None, None, label])
        ws.append(["XÃ NAM HÒA"])
    ws.append([caption])
    ws.append(
        ["(Kèm theo Kế hoạch số 205/KH-UBND ngày 24/12/2026 của UBND xã Nam Hòa)"]
    )
    ws.append([])
    ws.append(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"])
    for row in (
        [1, "Rà soát hồ sơ tiêu chí Môi trường", "Phòng Kinh tế", "", "Quý I"],
        [2, "Trồng 3 km hàng rào xanh", "Hội Nông dân xã", "Các thôn", "Tháng 6"],
        [
            3,
            "Lắp 80 đèn đường năng lượng mặt trời",
            "Đoàn Thanh niên xã",
            "",
            "Trước 30/11",
        ],  # fmt: skip
    ):
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "label, caption",
    [
        ("Biểu số 02/NTM-XA", "TỔNG HỢP NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027"),
        ("Mẫu số 01", "DANH MỤC NHIỆM VỤ CHỈNH TRANG KHU DÂN CƯ NĂM 2027"),
        ("Biểu mẫu 03", "KẾ HOẠCH THỰC HIỆN TIÊU CHÍ MÔI TRƯỜNG NĂM 2027"),
    ],
)
def test_an_exported_tables_caption_is_the_title_and_its_year_the_deadlines(
    label, caption
):
    plan = read_plan(exported_workbook(label, caption), "bieu-02.xlsx")
    assert plan.title == caption
    assert (plan.number, plan.symbol, plan.issued_on) == (
        "205",
        "KH-UBND",
        D(2026, 12, 24),
    )
    assert plan.issuer_text == "ỦY BAN NHÂN DÂN XÃ NAM HÒA"
    assert [t.ends_on for t in plan.tasks] == [
        D(2027, 3, 31),
        D(2027, 6, 30),
        D(2027, 11, 30),
    ]
    assert label not in plan.unplaced


@pytest.mark.parametrize("type_line", ["PHỤ LỤC", "KẾ HOẠCH"])
def test_a_form_label_under_the_type_line_is_not_the_title(type_line):
    caption = "TỔNG HỢP NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027"
    plan = read_plan(
        exported_workbook("Biểu số 04/NTM", caption, type_line=type_line),
        "phu-luc.xlsx",
    )
    assert plan.title.upper() == caption
    assert plan.tasks[0].ends_on == D(2027, 3, 31)
    assert "Biểu số 04/NTM" not in plan.unplaced


def test_a_word_table_with_the_same_title_block():
    data = docx(
        tbl([lines_cell("ỦY BAN NHÂN DÂN", "XÃ NAM HÒA"), lines_cell("Biểu số 05/KH")]),
        p("DANH MỤC CÔNG TRÌNH HẠ TẦNG NÔNG THÔN MỚI"),
        p("NÂNG CAO NĂM 2027"),
        p("(Kèm theo Kế hoạch số 206/KH-UBND ngày 26/12/2026 của UBND xã Nam Hòa)"),
        tbl(
            [tc("STT"), tc("Công trình"), tc("Chủ trì"), tc("Thời gian")],
            [
                tc("1"),
                tc("Cứng hóa 1,2 km đường thôn Đông"),
                tc("Phòng Kinh tế"),
                tc("Quý III"),
            ],  # fmt: skip
            [
                tc("2"),
                tc("Xây nhà văn hóa thôn Tây"),
                tc("Phòng Văn hóa - Xã hội"),
                tc("Tháng 10"),
            ],  # fmt: skip
        ),
    )
    plan = read_plan(data, "bieu-05.docx")
    assert plan.title == "DANH MỤC CÔNG TRÌNH HẠ TẦNG NÔNG THÔN MỚI NÂNG CAO NĂM 2027"
    assert [t.ends_on for t in plan.tasks] == [D(2027, 9, 30), D(2027, 10, 31)]
    assert not plan.unplaced


# ── F3: a plan pasted inside a forwarded e-mail ──

PLAN = """ỦY BAN NHÂN DÂN
XÃ QUẢNG PHÚ
Số: 11/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Phú, ngày 15 tháng 01 năm 2027
KẾ HOẠCH
Ra quân vệ sinh môi trường đón Tết năm 2027
I. NHIỆM VỤ
1. Phát quang 10 km đường thôn. Chủ trì: Đoàn Thanh niên xã; thời gian: trước 30/01/2027.
Nơi nhận:
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Đức
"""

GMAIL = """---------- Forwarded message ---------
From: Văn phòng UBND xã <vanphong.quangphu@gmail.com>
Date: Th 6, 15 thg 1, 2027 lúc 16:05
Subject: Kế hoạch ra quân vệ sinh môi trường
To: <doanthe.quangphu@gmail.com>

Kính gửi các đoàn thể và Trưởng các thôn,
Văn phòng gửi Kế hoạch số 11/KH-UBND để các đơn vị thực hiện.
Đề nghị các đơn vị báo cáo kết quả đúng hạn.
Trân trọng!
"""

OUTLOOK = """-----Original Message-----
Từ: Văn phòng UBND xã Quảng Phú
Ngày: Thứ Sáu, 15/01/2027 16:05
Đến: Các đoàn thể xã
Tiêu đề: Kế hoạch số 11/KH-UBND

Kính gửi: Các đoàn thể và Trưởng các thôn.
Văn phòng xin chuyển Kế hoạch số 11/KH-UBND để các đơn vị thực hiện.
Trân trọng!
"""

SIGN_OFF = """--
Văn phòng HĐND và UBND xã Quảng Phú
ĐT: 0232.3861.100
"""


@pytest.mark.parametrize("wrapper", [GMAIL, OUTLOOK])
def test_a_forwarded_mails_lines_are_its_wrapper_and_dashes_end_the_recipients(
    wrapper,
):
    plan = read_plan(wrapper + "\n" + PLAN + SIGN_OFF, "thu.txt")
    assert plan.issuer_text == "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ"
    assert plan.title == "Ra quân vệ sinh môi trường đón Tết năm 2027"
    assert plan.recipients == ["Các thôn", "Lưu: VT"]
    assert plan.signer_name == "Hoàng Văn Đức"
    assert not plan.unplaced
    mail = [line.text for line in plan.source if line.used == "thư điện tử"]
    assert mail[0].startswith("-----") and mail[-3:] == SIGN_OFF.splitlines()


def test_a_plan_with_no_mail_above_keeps_its_lines_unplaced():
    plan = read_plan("Ghi chú của Văn phòng: bản in lại.\n" + PLAN)
    assert "Ghi chú của Văn phòng: bản in lại." in plan.unplaced


def test_one_signature_over_the_recipients_ending_on_the_name_is_read():
    plan = parse(
        [
            "ỦY BAN NHÂN DÂN XÃ AN HÒA",
            "Số: 01/KH-UBND",
            "KẾ HOẠCH",
            "Trồng cây xanh năm 2027",
            "I. NHIỆM VỤ",
            "1. Trồng 1.000 cây xanh. Chủ trì: Đoàn Thanh niên xã; thời gian: Quý"
            " I/2027.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn An",
            "Nơi nhận:",
            "- Các thôn;",
            "- Lưu: VT.",
        ]
    )
    assert (plan.signer_title, plan.signer_name) == ("CHỦ TỊCH", "Nguyễn Văn An")
    assert plan.tasks[0].description == ""
