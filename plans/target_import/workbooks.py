"""The workbooks written for the official: the template of the plan's
targets × villages to fill in, and the uploaded file marked with its problems."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ntm.text import nfc
from ntm.xlsx import FONT, fit_a4_width, text_cell
from plans.models import Plan, Target
from plans.selectors import plan_villages
from plans.target_import.layout import (
    BOX,
    ERROR_SHEET,
    GREY,
    HEADER,
    ID,
    INSTRUCTION,
    META_SHEET,
    RED,
    SHEET_TITLE,
    VERSION,
    VILLAGE,
    ImportResult,
)


def _places(*values) -> int:
    """Decimals the figures of one row need (3.200 → 0, 0,38 → 2), at most 3."""
    places = 0
    for value in values:
        if value is not None:
            exponent = Decimal(value).normalize().as_tuple().exponent
            places = max(places, -exponent)
    return min(3, places)


def _excel_number(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def template_workbook(*, plan: Plan) -> bytes:
    """The plan's targets × villages as an .xlsx to fill in, current split
    filled in, with the hidden ids and versions that the upload maps back by."""
    villages = plan_villages(plan=plan)
    targets = list(
        Target.objects.filter(plan=plan)
        .prefetch_related("allocations")
        .order_by("order", "pk")
    )
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    first_village = 5
    sum_col = first_village + len(villages)
    id_col, version_col = sum_col + 1, sum_col + 2
    last_visible = get_column_letter(sum_col)

    ws["A1"] = "BIỂU CHỈ TIÊU GIAO CHO CÁC THÔN"
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    text_cell(ws["A2"], nfc(f"Kế hoạch số {plan.reference} – {plan.area.full_name}"))
    ws["A2"].font = Font(name=FONT, size=12)
    ws["A3"] = INSTRUCTION
    ws["A3"].font = Font(name=FONT, italic=True, size=11, color="C00000")

    header_row, ids_row = 4, 5
    headers = ["STT", "Chỉ tiêu", "ĐVT", f"Toàn {plan.area.kind}"]
    markers = ["#stt", "#ten", "#dvt", "#toan_xa"]
    headers += [village.name for village in villages] + ["Cộng các thôn"]
    markers += [f"{VILLAGE}{village.pk}" for village in villages] + ["#cong"]
    headers += ["Mã chỉ tiêu", "Phiên bản"]
    markers += [ID, VERSION]
    for column, (title, marker) in enumerate(
        zip(headers, markers, strict=True), start=1
    ):
        cell = ws.cell(header_row, column)
        text_cell(cell, title)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER
        cell.border = BOX
        cell.alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
        ws.cell(ids_row, column, marker)
    ws.row_dimensions[ids_row].hidden = True
    ws.row_dimensions[header_row].height = 32

    first_data = ids_row + 1
    for index, target in enumerate(targets):
        row = first_data + index
        shares = {a.village_id: a.quantity for a in target.allocations.all()}
        places = _places(target.quantity, *shares.values())
        number_format = "#,##0" + ("." + "0" * places if places else "")
        ws.cell(row, 1, index + 1).alignment = Alignment(horizontal="center")
        text_cell(ws.cell(row, 2), nfc(target.name))
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="center")
        text_cell(ws.cell(row, 3), nfc(target.unit))
        ws.cell(row, 3).alignment = Alignment(horizontal="center")
        ws.cell(row, 4, _excel_number(target.quantity)).number_format = number_format
        for offset, village in enumerate(villages):
            cell = ws.cell(
                row, first_village + offset, _excel_number(shares.get(village.pk))
            )
            cell.number_format = number_format
        total = ws.cell(row, sum_col)
        if villages:
            total.value = (
                f"=SUM({get_column_letter(first_village)}{row}:"
                f"{get_column_letter(sum_col - 1)}{row})"
            )
        total.number_format = number_format
        ws.cell(row, id_col, target.pk)
        ws.cell(row, version_col, target.version)
        for column in range(1, sum_col + 1):
            cell = ws.cell(row, column)
            cell.border = BOX
            cell.font = Font(name=FONT, bold=column in (4, sum_col))
            if not first_village <= column < sum_col:
                cell.fill = GREY
    last_row = first_data + len(targets) - 1

    if villages and targets:
        # Excel's own check while typing; the upload checks again regardless.
        validation = DataValidation(
            type="decimal",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Không hợp lệ",
            error="Nhập một số không âm, ví dụ 3.200 hoặc 0,38.",
        )
        validation.add(
            f"{get_column_letter(first_village)}{first_data}:"
            f"{get_column_letter(sum_col - 1)}{last_row}"
        )
        ws.add_data_validation(validation)

    widths = {1: 6, 2: 45, 3: 9, 4: 13}
    for column in range(1, version_col + 1):
        letter = get_column_letter(column)
        ws.column_dimensions[letter].width = widths.get(column, 13)
    ws.column_dimensions[get_column_letter(id_col)].hidden = True
    ws.column_dimensions[get_column_letter(version_col)].hidden = True
    ws.freeze_panes = ws.cell(first_data, first_village)
    fit_a4_width(ws, title_rows=f"{header_row}:{header_row}")
    ws.print_area = f"A1:{last_visible}{max(last_row, header_row)}"

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    meta["A1"], meta["B1"] = "plan", plan.pk
    meta["A2"], meta["B2"] = "format", 1

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def error_workbook(*, result: ImportResult) -> bytes | None:
    """The uploaded workbook with each bad cell filled red and commented, and a
    sheet listing every problem; None when the upload was not a workbook."""
    if result.source is None or result.ok:
        return None
    try:
        wb = load_workbook(io.BytesIO(result.source))
    except Exception:  # checked on upload; a second failure means no workbook
        return None
    marked: dict[tuple[str, str], list[str]] = {}
    for item in result.problems:
        if item.sheet in wb.sheetnames and item.cell:
            marked.setdefault((item.sheet, item.cell), []).append(item.text)
    for (sheet, address), texts in marked.items():
        cell = wb[sheet][address]
        if type(cell).__name__ == "MergedCell":
            continue
        cell.fill = RED
        cell.comment = Comment("\n".join(texts), "NTM", width=320, height=160)
    if ERROR_SHEET in wb.sheetnames:
        del wb[ERROR_SHEET]
    errors = wb.create_sheet(ERROR_SHEET)
    for column, title in enumerate(["STT", "Dòng", "Ô", "Lỗi"], start=1):
        cell = errors.cell(1, column, title)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER
    for index, item in enumerate(result.problems, start=1):
        errors.cell(index + 1, 1, index)
        errors.cell(index + 1, 2, item.row)
        text_cell(errors.cell(index + 1, 3), item.cell or "")
        text_cell(errors.cell(index + 1, 4), item.text)
        errors.cell(index + 1, 4).alignment = Alignment(wrap_text=True)
    errors.column_dimensions["D"].width = 100
    errors.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def template_filename(plan: Plan) -> str:
    """ASCII-only, so that every browser keeps it: "chi-tieu-giao-thon-12.xlsx"."""
    return f"chi-tieu-giao-thon-{plan.pk}.xlsx"


def template_filename_errors(plan_pk: int) -> str:
    return f"chi-tieu-giao-thon-{plan_pk}-loi.xlsx"
