"""The Excel template of a set: what it holds, and that filling it in from the
official copy and loading it back makes the next version (QĐ 51's 47
indicators, and a province's own rows over the national set)."""

import io
import re
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.management import call_command
from openpyxl import load_workbook

from criteria.loading import uploads
from criteria.loading.template import template_workbook
from criteria.models import Indicator
from tests.criteria.conftest import current, load
from tests.factories import member
from villages.models import Area, Role


def sheet(data: bytes):
    return load_workbook(io.BytesIO(data))["Phụ lục"]


def row_of(ws, column: int, text: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, column).value == text)


def test_the_qd51_template_holds_its_criteria_and_group_columns(reference):
    ws = sheet(template_workbook(criteria_set=current("qd51-xa-ntm-2026")))
    assert "10 tiêu chí, 47 chỉ tiêu" in ws["A2"].value
    headers = [ws.cell(4, c).value for c in range(1, 13)]
    assert headers[:6] == [
        "TT",
        "Tên tiêu chí",
        "Mã chỉ tiêu",
        "Nội dung chỉ tiêu",
        "Đơn vị tính",
        "Chỉ tiêu chung",
    ]
    assert headers[6] == "Mức đạt chuẩn theo nhóm xã"
    assert "F4:F5" in {str(m) for m in ws.merged_cells.ranges}
    assert "G4:I4" in {str(m) for m in ws.merged_cells.ranges}
    assert [ws.cell(5, c).value for c in (7, 8, 9)] == [
        "Xã nhóm 1",
        "Xã nhóm 2",
        "Xã nhóm 3",
    ]
    numbers = [ws.cell(r, 1).value for r in range(7, ws.max_row + 1)]
    assert [n for n in numbers if isinstance(n, int)] == list(range(1, 11))
    assert ws.cell(row_of(ws, 2, "Khoa học công nghệ và chuyển đổi số"), 1).value == 7
    # Stand-ins are not indicators of the text: nothing of theirs is filled in.
    assert not any(
        str(ws.cell(r, 4).value or "").startswith("Đạt tiêu chí số")
        for r in range(7, ws.max_row + 1)
    )
    # Level cells are text, so "≥ 80%" stays as typed.
    assert ws.cell(8, 7).number_format == "@"
    meta = load_workbook(
        io.BytesIO(template_workbook(criteria_set=current("qd51-xa-ntm-2026")))
    )["_ntm"]
    assert meta["A1"].value == "code" and meta["B1"].value == "qd51-xa-ntm-2026"


def test_filling_the_qd51_template_loads_its_indicators_as_version_2(reference):
    user = get_user_model().objects.create_superuser("quantri", password="x")
    qd51 = current("qd51-xa-ntm-2026")
    wb = load_workbook(io.BytesIO(template_workbook(criteria_set=qd51)))
    ws = wb["Phụ lục"]
    first = row_of(ws, 2, "Quy hoạch") + 1
    for offset, values in enumerate(
        [
            ("1.1", "Có quy hoạch chung xã được phê duyệt", "", "Đạt", "", "", ""),
            (
                "1.2",
                "Tỷ lệ thôn có quy hoạch điểm dân cư",
                "%",
                "",
                "100%",
                "≥ 90%",
                "≥ 80%",
            ),
        ]
    ):
        for column, value in enumerate(values, start=3):
            ws.cell(first + offset, column, value)
    environment = row_of(ws, 2, "Môi trường và cảnh quan nông thôn") + 1
    for column, value in enumerate(
        (
            "8.1",
            "Tỷ lệ hộ phân loại chất thải rắn tại nguồn",
            "%",
            "",
            "≥ 90%",
            "≥ 80%",
            "từ 70% trở lên",
        ),
        start=3,
    ):
        ws.cell(environment, column, value)
    ws.cell(environment, 11, "trang 12")
    upload = load(user, qd51, wb, name="qd51-phu-luc-i.xlsx")
    shown = uploads.load_preview(load=upload)
    assert not shown.problems, [p.text for p in shown.problems]
    assert [(c.kind, c.item) for c in shown.changes] == [
        ("added", "Chỉ tiêu 1.1"),
        ("added", "Chỉ tiêu 1.2"),
        ("added", "Chỉ tiêu 8.1"),
        ("added", "Chỉ tiêu 1.2 (Xã nhóm 1)"),
        ("added", "Chỉ tiêu 1.2 (Xã nhóm 2)"),
        ("added", "Chỉ tiêu 1.2 (Xã nhóm 3)"),
        ("added", "Chỉ tiêu 8.1 (Xã nhóm 1)"),
        ("added", "Chỉ tiêu 8.1 (Xã nhóm 2)"),
        ("added", "Chỉ tiêu 8.1 (Xã nhóm 3)"),
    ]
    second = uploads.load_confirm(load=upload, user=user).criteria_set
    assert second.version == 2 and second.expected_indicators == 47
    rows = Indicator.objects.filter(criterion__criteria_set=second)
    # Criteria 1 and 8 now have their indicators; the other 8 keep a stand-in.
    assert sorted(
        rows.filter(whole_criterion=False).values_list("code", flat=True)
    ) == [
        "1.1",
        "1.2",
        "8.1",
    ]
    assert rows.filter(whole_criterion=True).count() == 8
    sorting = rows.get(code="8.1")
    assert sorting.source_locator == f"trang 12 (dòng {environment})"
    assert {
        r.commune_group: (r.comparator, r.required_number, r.required_text)
        for r in sorting.requirements.all()
    } == {
        1: ("gte", Decimal("90"), "≥ 90%"),
        2: ("gte", Decimal("80"), "≥ 80%"),
        3: ("gte", Decimal("70"), "từ 70% trở lên"),
    }
    # The criterion names were not restated as checked: they keep version 1's
    # provenance only as version 1's rows.
    assert not rows.filter(verified=True).exists()


def test_a_provincial_template_keeps_inherited_rows_inherited(reference, db):
    """Lạng Sơn's template marks the national rows "Kế thừa": loading it back
    untouched changes nothing; restating one row makes that row its own."""
    lang_son = Area.objects.get(name="Lạng Sơn", level="province")
    manager = member(lang_son, Role.REFERENCE_MANAGER, "tinh.vpdp")
    ls = current("ls1494-xa-ntm")
    data = template_workbook(criteria_set=ls)
    ws = sheet(data)
    source = row_of_header(ws, "Nguồn (trang, điều)")
    general = row_of_header(ws, "Chỉ tiêu chung")
    roads = row_of(ws, 3, "2.2")
    assert ws.cell(roads, source).value == "Kế thừa 318/QĐ-TTg"
    assert ws.cell(row_of(ws, 2, "Giao thông"), source).value == "Kế thừa 318/QĐ-TTg"

    untouched = load(manager, ls, data, name="mau.xlsx", part="")
    shown = uploads.load_preview(load=untouched)
    assert not shown.problems, [p.text for p in shown.problems]
    assert shown.changes == []

    wb = load_workbook(io.BytesIO(data))
    ws = wb["Phụ lục"]
    ws.cell(roads, general, "≥ 85%")
    ws.cell(roads, source, "QĐ 1494, Phụ lục I, trang 9")
    upload = load(manager, ls, wb, name="mau.xlsx", part="")
    shown = uploads.load_preview(load=upload)
    assert not shown.problems, [p.text for p in shown.problems]
    assert [(c.kind, c.item, c.after) for c in shown.changes] == [
        (
            "added",
            "Chỉ tiêu 2.2",
            "Tỷ lệ đường thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được "
            "cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm (%); mức chung: ≥ 85%",
        )
    ]
    second = uploads.load_confirm(load=upload, user=manager).criteria_set
    restated = Indicator.objects.get(criterion__criteria_set=second, code="2.2")
    assert (restated.inherited, restated.overrides_parent) == (False, True)
    assert restated.required_number == 85
    assert restated.source_locator.startswith("QĐ 1494, Phụ lục I, trang 9")
    assert restated.inherits_from.criterion.criteria_set == current("qd318-xa-ntm")
    kept = Indicator.objects.get(criterion__criteria_set=second, code="2.1")
    assert kept.inherited and not kept.verified
    assert second.criteria.get(number=2).inherited


def row_of_header(ws, text: str) -> int:
    return next(c for c in range(1, ws.max_column + 1) if ws.cell(4, c).value == text)


def test_the_template_command_writes_the_same_workbook(reference, tmp_path):
    out = tmp_path / "mau.xlsx"
    call_command("criteria_template", bo="qd51-xa-ntm-2026", output=str(out))
    ws = sheet(out.read_bytes())
    assert ws.cell(4, 1).value == "TT"
    assert re.match(r"^BỘ TIÊU CHÍ QUỐC GIA", ws["A1"].value)
