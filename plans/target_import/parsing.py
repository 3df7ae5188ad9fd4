"""Reading an upload: the sheet holding the template's table, each row's
target, version and village shares, each wrong cell a problem at its address."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from openpyxl.utils import get_column_letter

from ntm.numbers import format_number, parse_number
from ntm.text import fold, nfc
from ntm.xlsx import (
    MAX_COLUMNS,
    NOT_TEMPLATE,
    ImportProblem,
    Refused,
    is_formula,
    quoted,
)
from plans.kinds import KindProposal, TargetKind, kind_problem, propose_kind
from plans.models import Plan, Target
from plans.selectors import plan_villages
from plans.target_import.layout import (
    ERROR_SHEET,
    ID,
    META_SHEET,
    OTHER_PLAN,
    READ_ONLY_MARKERS,
    TWO_TABLES,
    VERSION,
    VILLAGE,
    ImportResult,
    NewTarget,
)
from villages.models import Area


def _find_table(wb) -> tuple:
    """The sheet holding the template's table and the row of hidden markers.
    Two such sheets (a copied sheet) are refused: which one was meant?"""
    found = []
    for ws in wb.worksheets:
        if ws.title in (META_SHEET, ERROR_SHEET):
            continue
        found += [
            (ws, row)
            for row in range(1, min(ws.max_row, 15) + 1)
            if any(
                ws.cell(row, column).value == ID
                for column in range(1, min(ws.max_column, MAX_COLUMNS) + 1)
            )
        ][:1]
    if not found:
        raise Refused(NOT_TEMPLATE)
    if len(found) > 1:
        names = ", ".join(f"“{ws.title}”" for ws, _ in found)
        raise Refused(TWO_TABLES.format(sheets=names))
    return found[0]


def _as_id(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _cell_number(cell) -> Decimal | None:
    """The share in one village cell; ValueError with the Vietnamese reason."""
    value = cell.value
    if is_formula(cell):
        formula = getattr(value, "text", value)
        raise ValueError(
            f"ô chứa công thức {quoted(formula)}; hãy chép rồi dán giá trị "
            "(Paste Special → Values) thay cho công thức"
        )
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"{quoted('TRUE' if value else 'FALSE')} không phải là số")
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
        raise ValueError("ô đang ở dạng ngày giờ, không phải là số")
    if isinstance(value, int | float):
        try:
            number = (
                Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
            )
        except InvalidOperation as error:  # pragma: no cover - inf/nan never load
            raise ValueError("không phải là số") from error
    else:
        text = nfc(str(value))
        if not text:
            return None
        try:
            number = parse_number(text)
        except ValidationError as error:
            raise ValueError(f"{quoted(text)} không phải là số") from error
    if not number.is_finite():
        raise ValueError("không phải là số")
    if number < 0:
        raise ValueError(f"khối lượng giao không được âm ({format_number(number)})")
    if number != number.quantize(Decimal("0.001")):
        raise ValueError(
            f"{format_number(number)} có quá 3 chữ số thập phân; hãy làm tròn"
        )
    if number >= Decimal(10) ** 11:
        raise ValueError(f"{format_number(number)} quá lớn")
    return number.quantize(Decimal("0.001"))


def _village_values(
    ws, row, *, village_cols, merged, problem
) -> tuple[dict[int, Decimal | None], bool]:
    """The row's share for each village column (None: blank), and whether a
    cell is wrong: merged, or not a number (each named through `problem`)."""
    values: dict[int, Decimal | None] = {}
    bad = False
    for column, village in village_cols.items():
        if (row, column) in merged:
            bad = True
            continue
        cell = ws.cell(row, column)
        try:
            values[village.pk] = _cell_number(cell)
        except ValueError as error:
            bad = True
            problem(
                str(error),
                row=row,
                cell=cell.coordinate,
                label=f"Dòng {row}, ô {cell.coordinate} ({village.full_name})",
            )
    return values, bad


@dataclass
class SheetRow:
    row: int
    target: Target
    version: int | None
    values: dict[int, Decimal | None]  # village id → share (None: blank)
    name_cell: str
    sheet: str
    bad: bool = False  # a cell of the row is wrong: its sum is not judged
    new: NewTarget | None = None  # a row without an id: the target it adds


def read_rows(*, plan: Plan, wb, result: ImportResult) -> list[SheetRow]:
    """Every data row of the table as ids and numbers; problems by cell."""
    meta = wb[META_SHEET] if META_SHEET in wb.sheetnames else None
    if meta is not None and _as_id(meta["B1"].value) not in (None, plan.pk):
        raise Refused(OTHER_PLAN)
    ws, ids_row = _find_table(wb)
    sheet = ws.title
    header_row = ids_row - 1
    villages = {v.pk: v for v in plan_villages(plan=plan)}

    def problem(message, *, row=None, cell=None, label=""):
        result.problems.append(
            ImportProblem(message, label=label, sheet=sheet, row=row, cell=cell)
        )

    id_col = version_col = name_col = unit_col = quantity_col = kind_col = None
    village_cols: dict[int, Area] = {}
    unknown_cols: list[int] = []
    for column in range(1, ws.max_column + 1):
        marker = ws.cell(ids_row, column).value
        marker = marker.strip() if isinstance(marker, str) else marker
        letter = get_column_letter(column)
        header = ws.cell(header_row, column).value if header_row >= 1 else None
        header_label = f"Cột {letter}" + (f" ({quoted(header)})" if header else "")
        if marker == ID:
            id_col = column
        elif marker == VERSION:
            version_col = column
        elif marker == "#ten":
            name_col = column
        elif marker == "#dvt":
            unit_col = column
        elif marker == "#toan_xa":
            quantity_col = column
        elif marker in READ_ONLY_MARKERS:
            continue
        elif marker in (None, "") and fold(str(header or "")).startswith("loai"):
            kind_col = column  # "Loại chỉ tiêu", added by the official
        elif isinstance(marker, str) and marker.startswith(VILLAGE):
            village_id = _as_id(marker[len(VILLAGE) :])
            village = villages.get(village_id)
            if village is None:
                problem(
                    f"mã thôn {quoted(marker[len(VILLAGE) :])} không phải một thôn "
                    f"của {plan.area.full_name}; cột này không nhập được. Hãy tải "
                    "lại tệp mẫu.",
                    cell=f"{letter}{header_row}",
                    label=header_label,
                )
            elif village.pk in {v.pk for v in village_cols.values()}:
                problem(
                    f"thôn {village.name} có hai cột; hãy xóa một cột.",
                    cell=f"{letter}{header_row}",
                    label=header_label,
                )
            else:
                village_cols[column] = village
        else:
            unknown_cols.append(column)
    if id_col is None or version_col is None:
        raise Refused(NOT_TEMPLATE)

    first_data = ids_row + 1
    last_row = ws.max_row
    # Merged cells in the data rows: one problem per merged range.
    merged = set()
    for merged_range in ws.merged_cells.ranges:
        if merged_range.max_row < first_data:
            continue
        first = f"{get_column_letter(merged_range.min_col)}{merged_range.min_row}"
        row = max(merged_range.min_row, first_data)
        problem(
            f"các ô {merged_range.coord} đang gộp (Merge); hãy bỏ gộp ô (Unmerge "
            "Cells) và ghi số riêng cho từng thôn, từng chỉ tiêu",
            row=row,
            cell=first,
            label=f"Dòng {row}, ô {first}",
        )
        for row_i, col_i in merged_range.cells:
            merged.add((row_i, col_i))

    for column in unknown_cols:
        letter = get_column_letter(column)
        filled = [
            r
            for r in range(header_row, last_row + 1)
            if ws.cell(r, column).value not in (None, "") and (r, column) not in merged
        ]
        if filled:
            header = ws.cell(header_row, column).value
            problem(
                "cột này không có trong tệp mẫu (không rõ là thôn nào) nên không "
                "nhập được. Thôn mới cần được quản trị viên thêm vào danh sách, rồi "
                "tải lại tệp mẫu; ghi chú hãy để ở tệp riêng.",
                row=filled[0],
                cell=f"{letter}{filled[0]}",
                label=f"Cột {letter}" + (f" ({quoted(header)})" if header else ""),
            )

    ids = {}
    for row in range(first_data, last_row + 1):
        value = ws.cell(row, id_col).value
        if value is not None:
            ids[row] = _as_id(value)
    targets = {
        t.pk: t
        for t in Target.objects.filter(
            plan=plan, pk__in=[i for i in ids.values() if i is not None]
        ).prefetch_related("allocations")
    }

    rows: list[SheetRow] = []
    seen: dict[int, int] = {}
    for row in range(first_data, last_row + 1):
        id_cell = ws.cell(row, id_col)
        name = ws.cell(row, name_col).value if name_col else None
        has_numbers = any(
            ws.cell(row, column).value not in (None, "") for column in village_cols
        )
        if id_cell.value is None:
            if name in (None, "") or not isinstance(name, str) or not name.strip():
                if has_numbers:
                    problem(
                        "dòng không có mã chỉ tiêu và không có tên chỉ tiêu: ghi "
                        "tên, đơn vị tính và khối lượng toàn xã để thêm chỉ tiêu "
                        "mới, hoặc xóa các số của dòng này.",
                        row=row,
                        cell=f"{get_column_letter(name_col or id_col)}{row}",
                        label=f"Dòng {row}",
                    )
                continue
            rows.append(
                _new_row(
                    ws,
                    row,
                    columns=(name_col, unit_col, quantity_col, kind_col),
                    village_cols=village_cols,
                    merged=merged,
                    sheet=sheet,
                    problem=problem,
                )
            )
            continue
        target = targets.get(ids[row]) if not is_formula(id_cell) else None
        if target is None:
            problem(
                f"mã chỉ tiêu {quoted(id_cell.value)} không thuộc kế hoạch này (chỉ "
                "tiêu đã bị xóa, hoặc dòng được chép từ tệp của kế hoạch khác).",
                row=row,
                cell=id_cell.coordinate,
                label=f"Dòng {row}" + (f" ({quoted(name)})" if name else ""),
            )
            continue
        label = f"Dòng {row} ({target.name})"
        if target.pk in seen:
            problem(
                f"chỉ tiêu này đã có ở dòng {seen[target.pk]}; hãy xóa một dòng.",
                row=row,
                cell=f"{get_column_letter(name_col or id_col)}{row}",
                label=label,
            )
            continue
        seen[target.pk] = row
        version_cell = ws.cell(row, version_col)
        version = None if is_formula(version_cell) else _as_id(version_cell.value)
        values, bad = _village_values(
            ws, row, village_cols=village_cols, merged=merged, problem=problem
        )
        rows.append(
            SheetRow(
                row=row,
                target=target,
                version=version,
                values=values,
                name_cell=f"{get_column_letter(name_col or id_col)}{row}",
                sheet=sheet,
                bad=bad,
            )
        )
    return rows


KIND_WORDS = (
    ("tỷ lệ", TargetKind.RATE),
    ("tỉ lệ", TargetKind.RATE),
    ("%", TargetKind.RATE),
    ("mốc", TargetKind.MILESTONE),
    ("có/không", TargetKind.MILESTONE),
    ("có / không", TargetKind.MILESTONE),
    ("khối lượng", TargetKind.QUANTITY),
    ("số lượng", TargetKind.QUANTITY),
)


def _written_kind(text: str) -> KindProposal | None:
    """The kind written in a "Loại chỉ tiêu" cell (None: not understood)."""
    lowered = " ".join(nfc(text).lower().split())
    for word, kind in KIND_WORDS:
        if word in lowered:
            lower = "thấp" in lowered or "giảm" in lowered
            return KindProposal(kind, not lower, "ghi ở cột “Loại chỉ tiêu”")
    return None


def _new_row(ws, row, *, columns, village_cols, merged, sheet, problem) -> SheetRow:
    """A row without a target id: the new target it adds, checked."""
    name_col, unit_col, quantity_col, kind_col = columns
    name = nfc(str(ws.cell(row, name_col).value))[:255]
    label = f"Dòng {row} ({quoted(name)})"
    unit = ws.cell(row, unit_col).value if unit_col else None
    unit = nfc(str(unit))[:40] if unit not in (None, "") else ""
    bad = False
    quantity = None
    if quantity_col:
        cell = ws.cell(row, quantity_col)
        try:
            quantity = _cell_number(cell)
        except ValueError as error:
            bad = True
            problem(str(error), row=row, cell=cell.coordinate, label=label)
    if not unit or (quantity is None and not bad) or quantity == 0:
        bad = True
        problem(
            "dòng không có mã chỉ tiêu nên là chỉ tiêu mới: ghi đơn vị tính (cột "
            "ĐVT) và khối lượng toàn xã lớn hơn 0 (cột Toàn xã).",
            row=row,
            cell=f"{get_column_letter(unit_col or name_col)}{row}",
            label=label,
        )
    kind, proposed = None, False
    written = ws.cell(row, kind_col).value if kind_col else None
    if written not in (None, "") and str(written).strip():
        kind = _written_kind(str(written))
        if kind is None:
            bad = True
            problem(
                f"loại chỉ tiêu {quoted(written)} không rõ: ghi “Khối lượng”, "
                "“Tỷ lệ” hoặc “Mốc” (thêm “càng thấp càng tốt” nếu có), hoặc để "
                "trống để hệ thống đề xuất theo tên chỉ tiêu.",
                row=row,
                cell=f"{get_column_letter(kind_col)}{row}",
                label=label,
            )
    elif not bad:
        kind, proposed = propose_kind(name, unit, quantity), True
    if kind is not None and (mismatch := kind_problem(kind.kind, unit)):
        bad = True
        problem(
            mismatch,
            row=row,
            cell=f"{get_column_letter(kind_col or unit_col)}{row}",
            label=label,
        )
    values, bad_share = _village_values(
        ws, row, village_cols=village_cols, merged=merged, problem=problem
    )
    bad = bad or bad_share
    new = None
    if kind is not None and quantity:
        new = NewTarget(row, name, unit, quantity, kind, proposed)
    return SheetRow(
        row=row,
        target=None,
        version=None,
        values=values,
        name_cell=f"{get_column_letter(name_col)}{row}",
        sheet=sheet,
        bad=bad,
        new=new,
    )
