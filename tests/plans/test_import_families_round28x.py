"""Four small readings a blind round of ordinary plans got wrong (round 28x,
docs/import-quality.md), tried on plans that are in no corpus: a sum with
both a thousands group and decimals ("1.245,6 tỷ đồng"); the number of a
Party or mass-organisation plan ("Số: 05-KH/HND") printed back as written;
a partners or lead cell that only marks itself empty ("-", "x", "…"); and a
percent target line followed by another ("…; 70% hội viên …")."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.management import call_command

from plans.document_import.attributes import parse_number
from plans.document_import.tables import TablesMixin
from plans.models import Plan, document_reference
from tests.documents.docx_parts import tbl, tc
from tests.factories import commune, province
from tests.plans.reading import read_plan, word_plan

PLAN = """ỦY BAN NHÂN DÂN
XÃ ĐỊNH HÓA
Số: 15/KH-UBND
Định Hóa, ngày 05 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng nông thôn mới năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao đời sống vật chất, tinh thần của nhân dân.
II. CHỈ TIÊU
- Nhựa hóa đường trục xã: 2.350 m.
- Cứng hóa kênh mương nội đồng 1,2 km.
- Vốn lồng ghép các chương trình: 12.500 triệu đồng.
- Vốn ngân sách tỉnh hỗ trợ: 1.245,6 tỷ đồng.
- Vốn nhân dân đóng góp 0,85 tỷ đồng.
- 100% chi hội nông dân thôn đăng ký thi đua sản xuất, kinh doanh giỏi; 70% hội viên đăng ký gia đình văn hóa.
III. NHIỆM VỤ
1. Nhựa hóa đường trục xã đoạn qua thôn Bản Vẻn; chủ trì: Phòng Kinh tế; thời gian: Quý II/2027; kinh phí: 1.245,6 tỷ đồng.
IV. KINH PHÍ
Tổng kinh phí thực hiện: 1.245,6 tỷ đồng.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Tám
"""


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1.245,6", Decimal("1245.6")),
        ("12.500", Decimal("12500")),
        ("2.350", Decimal("2350")),
        ("1,2", Decimal("1.2")),
        ("0,85", Decimal("0.85")),
        ("1.234.567,89", Decimal("1234567.89")),
    ],
)
def test_a_figure_with_its_thousands_and_its_decimals(written, value):
    assert parse_number(written) == value


def test_the_plan_budget_keeps_its_thousands_group():
    plan = read_plan(PLAN)
    assert plan.budget_total == Decimal("1245600000000")
    assert plan.budget_text == "1.245,6 tỷ đồng"
    assert plan.tasks[0].budget_text == "1.245,6 tỷ đồng"


def test_every_target_figure_as_written():
    targets = [(t.name, t.quantity, t.unit) for t in read_plan(PLAN).targets]
    assert targets == [
        ("Nhựa hóa đường trục xã", Decimal("2350"), "m"),
        ("Cứng hóa kênh mương nội đồng", Decimal("1.2"), "km"),
        ("Vốn lồng ghép các chương trình", Decimal("12500"), "triệu đồng"),
        ("Vốn ngân sách tỉnh hỗ trợ", Decimal("1245.6"), "tỷ đồng"),
        ("Vốn nhân dân đóng góp", Decimal("0.85"), "tỷ đồng"),
        (
            "Chi hội nông dân thôn đăng ký thi đua sản xuất, kinh doanh giỏi",
            Decimal("100"),
            "%",
        ),
        ("Hội viên đăng ký gia đình văn hóa", Decimal("70"), "%"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- 100% chi hội nông dân thôn đăng ký thi đua xây dựng nông thôn mới.",
        "100 % chi hội nông dân thôn đăng ký thi đua xây dựng nông thôn mới;",
    ],
)
def test_a_percent_line_is_the_figure_and_what_it_counts(line):
    [target] = TablesMixin.target_line(line, line)
    assert (target.name, target.quantity, target.unit) == (
        "Chi hội nông dân thôn đăng ký thi đua xây dựng nông thôn mới",
        Decimal("100"),
        "%",
    )


PARTY = """{body}
Số: {number}
Định Hóa, ngày 05 tháng 01 năm 2027

KẾ HOẠCH
Hội viên tham gia xây dựng nông thôn mới năm 2027

I. NHIỆM VỤ
1. Tuyên truyền hội viên tham gia xây dựng nông thôn mới; thời gian: Quý I/2027.
II. TỔ CHỨC THỰC HIỆN
1. Các chi hội triển khai thực hiện.
Nơi nhận:
- Lưu: VP.
CHỦ TỊCH
Hà Văn Tám
"""


@pytest.mark.parametrize(
    ("body", "written", "number", "symbol"),
    [
        ("HỘI NÔNG DÂN XÃ ĐỊNH HÓA", "05-KH/HND", "05", "KH/HND"),
        ("BCH ĐOÀN XÃ ĐỊNH HÓA", "15-KH/ĐTN", "15", "KH/ĐTN"),
        ("TỈNH ĐOÀN THÁI NGUYÊN", "42-KH/TĐTN-PTTN", "42", "KH/TĐTN-PTTN"),
        ("ĐẢNG BỘ XÃ ĐỊNH HÓA", "03-KH/ĐU", "03", "KH/ĐU"),
        ("ỦY BAN NHÂN DÂN\nXÃ ĐỊNH HÓA", "05/KH-UBND", "05", "KH-UBND"),
    ],
)
def test_a_party_number_is_printed_back_as_written(body, written, number, symbol):
    plan = read_plan(PARTY.format(body=body, number=written))
    assert (plan.number, plan.symbol) == (number, symbol)
    assert document_reference(plan.number, plan.symbol) == written
    assert Plan(number=number, symbol=symbol).reference == written


def test_a_draft_without_a_number_keeps_its_form():
    assert Plan(number="", symbol="KH-UBND").reference == "/KH-UBND"
    assert Plan(number="", symbol="KH/HND").reference == "-KH/HND"


@pytest.mark.django_db
def test_the_dry_run_prints_the_party_number(tmp_path):
    area = commune(province("Thái Nguyên"), name="Định Hóa")
    path = tmp_path / "ke-hoach-hnd.txt"
    path.write_text(
        PARTY.format(body="HỘI NÔNG DÂN XÃ ĐỊNH HÓA", number="05-KH/HND"), "utf-8"
    )
    out = io.StringIO()
    call_command("import_plan", path, area=str(area.pk), dry_run=True, stdout=out)
    assert "Số: 05-KH/HND · " in out.getvalue()


MARKS = ["-", "–", "x", "/", "…"]


def test_a_cell_that_marks_itself_empty_names_no_body():
    head = [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Phối hợp"), tc("Thời gian")]
    partners = [
        [
            tc(str(n)),
            tc(f"Sửa chữa nhà văn hóa thôn số {n}"),
            tc("Phòng Văn hóa - Xã hội"),
            tc(mark),
            tc("Quý II/2026"),
        ]
        for n, mark in enumerate(MARKS, start=1)
    ]
    leads = [
        [
            tc(str(n)),
            tc(f"Nạo vét kênh mương nội đồng số {n}"),
            tc(mark),
            tc("Các thôn"),
            tc("Quý III/2026"),
        ]
        for n, mark in enumerate(MARKS, start=6)
    ]
    plan = read_plan(word_plan(tbl(head, *partners, *leads)), "ke-hoach.docx")
    assert [(t.lead_text, t.coordinating_units) for t in plan.tasks] == [
        ("Phòng Văn hóa - Xã hội", [])
    ] * 5 + [("", ["Các thôn"])] * 5


@pytest.mark.parametrize("figure", ["100", "100%"])
def test_a_targets_table_row_that_opens_on_its_figure(figure):
    head = [tc("TT"), tc("Chỉ tiêu"), tc("Đơn vị tính"), tc("Kế hoạch năm 2027")]
    rows = [
        [
            tc("1"),
            tc("100% chi hội nông dân thôn đăng ký thi đua"),
            tc("%"),
            tc(figure),
        ],
        [tc("2"), tc("Cứng hóa đường thôn"), tc("km"), tc("2,5")],
    ]
    plan = read_plan(word_plan(tbl(head, *rows)), "ke-hoach.docx")
    assert [(t.name, t.quantity, t.unit) for t in plan.targets] == [
        ("Chi hội nông dân thôn đăng ký thi đua", Decimal("100"), "%"),
        ("Cứng hóa đường thôn", Decimal("2.5"), "km"),
    ]
