"""Village targets through Excel: a template generated for the plan, its upload
checked cell by cell, and the split saved through `target_save`.

The template (`template_workbook`) has targets as rows and villages as
columns. A hidden row under the header names each column ("#thon:12" for a
village) and two hidden columns carry each row's target id and version, so an
upload maps back by id even when the official sorts the rows or moves
columns; names and the "Toàn xã" and "Cộng các thôn" columns are for reading
only and never imported.

`target_import` checks everything before anything is written and reports each
problem by sheet row and cell address, in Vietnamese. Decisions:

- Formulas in a village cell are refused, with or without a cached value.
  Files written by other tools often carry no cached value or a stale one,
  and a formula makes the import depend on cells the official cannot see;
  the message says to paste values instead (Paste Special → Values). The
  "Cộng các thôn" SUM column is ours and ignored on upload.
- Merged cells in the data rows are refused: a merged number would be read
  for one village only.
- A blank village cell means "not given to this village", as in the
  allocation form: an existing share is removed (refused by the service if
  progress was reported against it). A village column missing from the sheet
  leaves that village's shares untouched; target rows missing from the sheet
  are untouched as well.
- A row whose numbers differ from the database while its target's version
  is not the one the template was made from is a conflict: nothing is
  written and the official downloads a fresh template. Rows the upload leaves
  unchanged are never a conflict, so uploading the same file twice is a no-op.
- Every check also runs in a dry run: the writes happen through
  `target_save` inside a transaction that is rolled back, so the dry run
  reports exactly what applying would refuse.

Files are checked by content, never by name (ntm/xlsx.py, shared with every
Excel import): the zip signature, legacy .xls
and password-protected .xlsx (both OLE2, D0 CF 11 E0), a Word file in
disguise, the size, and inflated sizes inside the archive (zip bombs) before
openpyxl builds a single cell; a streaming pass then counts cells and rows.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ntm.numbers import format_number, parse_number
from ntm.text import nfc
from ntm.xlsx import (
    FONT,
    MAX_COLUMNS,
    NOT_TEMPLATE,
    ImportProblem,
)
from ntm.xlsx import Refused as _Refused
from ntm.xlsx import is_formula as _is_formula
from ntm.xlsx import open_workbook as _open
from ntm.xlsx import quoted as _quoted
from ntm.xlsx import read_bytes as _read_bytes
from ntm.xlsx import text_cell as _text
from plans.models import Plan, Target
from plans.selectors import plan_villages
from plans.services import ConflictError, allocation_problems, target_save
from villages.models import Area

SHEET_TITLE = "Chỉ tiêu giao thôn"
META_SHEET = "_ntm"
ERROR_SHEET = "Danh sách lỗi"

# Markers in the hidden row under the header: what each column holds.
ID = "#chi_tieu"
VERSION = "#phien_ban"
VILLAGE = "#thon:"
READ_ONLY_MARKERS = {"#stt", "#ten", "#dvt", "#toan_xa", "#cong"}

TWO_TABLES = (
    "Tệp có nhiều trang tính chứa bảng chỉ tiêu ({sheets}): không rõ trang nào "
    "cần nhập. Hãy xóa các trang chép thêm, chỉ giữ một trang rồi tải lên lại."
)
OTHER_PLAN = (
    "Tệp mẫu này được tải từ một kế hoạch khác. Hãy tải tệp mẫu của kế hoạch "
    "này, ghi số vào đó rồi tải lên."
)
INSTRUCTION = (
    "Ghi khối lượng giao cho từng thôn vào các ô trắng (ví dụ 3.200 hoặc 0,38); "
    "để trống nếu thôn không được giao. Không gộp ô, không dùng công thức, không "
    "sửa các dòng, cột ẩn. Cột “Toàn xã” và “Cộng các thôn” chỉ để đối chiếu."
)

RED = PatternFill("solid", fgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="F2F2F2")
HEADER = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ── Results ──


@dataclass
class AllocationChange:
    """One target × village whose share the upload changes (None: no share)."""

    row: int
    target: str
    unit: str
    village: str
    before: Decimal | None
    after: Decimal | None

    @property
    def before_text(self) -> str:
        return "–" if self.before is None else format_number(self.before)

    @property
    def after_text(self) -> str:
        return "–" if self.after is None else format_number(self.after)


@dataclass
class ImportResult:
    dry_run: bool
    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[AllocationChange] = field(default_factory=list)
    targets_changed: int = 0
    applied: bool = False
    # The uploaded bytes when they opened as a workbook: the error workbook
    # marks them up. Kept for this request only.
    source: bytes | None = field(default=None, repr=False)
    filename: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


# ── The template ──


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
    _text(ws["A2"], nfc(f"Kế hoạch số {plan.reference} – {plan.area.full_name}"))
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
        _text(cell, title)
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
        _text(ws.cell(row, 2), nfc(target.name))
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="center")
        _text(ws.cell(row, 3), nfc(target.unit))
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
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{last_visible}{max(last_row, header_row)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    meta["A1"], meta["B1"] = "plan", plan.pk
    meta["A2"], meta["B2"] = "format", 1

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# ── Reading an upload ──


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
        raise _Refused(NOT_TEMPLATE)
    if len(found) > 1:
        names = ", ".join(f"“{ws.title}”" for ws, _ in found)
        raise _Refused(TWO_TABLES.format(sheets=names))
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
    if _is_formula(cell):
        formula = getattr(value, "text", value)
        raise ValueError(
            f"ô chứa công thức {_quoted(formula)}; hãy chép rồi dán giá trị "
            "(Paste Special → Values) thay cho công thức"
        )
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"{_quoted('TRUE' if value else 'FALSE')} không phải là số")
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
            raise ValueError(f"{_quoted(text)} không phải là số") from error
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


@dataclass
class _Row:
    row: int
    target: Target
    version: int | None
    values: dict[int, Decimal | None]  # village id → share (None: blank)
    name_cell: str
    sheet: str
    bad: bool = False  # a cell of the row is wrong: its sum is not judged


def target_import(
    *, plan: Plan, upload, user, dry_run: bool, filename: str = ""
) -> ImportResult:
    """Check an uploaded template (an uploaded file, or its bytes) and, unless
    `dry_run` or anything is wrong, update-or-create the village shares it
    gives through `target_save` (one transaction, revisions recorded).
    Problems come back by row and cell, in Vietnamese; nothing is saved unless
    there are none."""
    if not Plan.objects.editable_by(user).filter(pk=plan.pk).exists():
        raise PermissionDenied("Bạn không được sửa kế hoạch này.")
    result = ImportResult(dry_run=dry_run)
    try:
        data, result.filename = _read_bytes(upload)
        result.filename = nfc(filename or result.filename)
        wb = _open(data)
    except _Refused as refused:
        result.problems.append(ImportProblem(str(refused)))
        return result
    result.source = data
    try:
        rows = _read_rows(plan=plan, wb=wb, result=result)
    except _Refused as refused:
        result.problems.append(ImportProblem(str(refused)))
        return result
    plans = _plan_changes(plan=plan, rows=rows, result=result)
    if result.problems or not plans:
        return result
    _save(plan=plan, user=user, plans=plans, result=result)
    return result


def _read_rows(*, plan: Plan, wb, result: ImportResult) -> list[_Row]:
    """Every data row of the table as ids and numbers; problems by cell."""
    meta = wb[META_SHEET] if META_SHEET in wb.sheetnames else None
    if meta is not None and _as_id(meta["B1"].value) not in (None, plan.pk):
        raise _Refused(OTHER_PLAN)
    ws, ids_row = _find_table(wb)
    sheet = ws.title
    header_row = ids_row - 1
    villages = {v.pk: v for v in plan_villages(plan=plan)}

    def problem(message, *, row=None, cell=None, label=""):
        result.problems.append(
            ImportProblem(message, label=label, sheet=sheet, row=row, cell=cell)
        )

    id_col = version_col = name_col = None
    village_cols: dict[int, Area] = {}
    unknown_cols: list[int] = []
    for column in range(1, ws.max_column + 1):
        marker = ws.cell(ids_row, column).value
        marker = marker.strip() if isinstance(marker, str) else marker
        letter = get_column_letter(column)
        header = ws.cell(header_row, column).value if header_row >= 1 else None
        header_label = f"Cột {letter}" + (f" ({_quoted(header)})" if header else "")
        if marker == ID:
            id_col = column
        elif marker == VERSION:
            version_col = column
        elif marker == "#ten":
            name_col = column
        elif marker in READ_ONLY_MARKERS:
            continue
        elif isinstance(marker, str) and marker.startswith(VILLAGE):
            village_id = _as_id(marker[len(VILLAGE) :])
            village = villages.get(village_id)
            if village is None:
                problem(
                    f"mã thôn {_quoted(marker[len(VILLAGE) :])} không phải một thôn "
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
        raise _Refused(NOT_TEMPLATE)

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
                label=f"Cột {letter}" + (f" ({_quoted(header)})" if header else ""),
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

    rows: list[_Row] = []
    seen: dict[int, int] = {}
    for row in range(first_data, last_row + 1):
        id_cell = ws.cell(row, id_col)
        name = ws.cell(row, name_col).value if name_col else None
        has_numbers = any(
            ws.cell(row, column).value not in (None, "") for column in village_cols
        )
        if id_cell.value is None:
            if has_numbers or (name not in (None, "")):
                problem(
                    "dòng không có mã chỉ tiêu (dòng thêm vào tệp mẫu?). Chỉ nhập "
                    "được các chỉ tiêu đã có: thêm chỉ tiêu mới ở trang Chỉ tiêu "
                    "rồi tải lại tệp mẫu.",
                    row=row,
                    cell=f"{get_column_letter(name_col or id_col)}{row}",
                    label=f"Dòng {row}" + (f" ({_quoted(name)})" if name else ""),
                )
            continue
        target = targets.get(ids[row]) if not _is_formula(id_cell) else None
        if target is None:
            problem(
                f"mã chỉ tiêu {_quoted(id_cell.value)} không thuộc kế hoạch này (chỉ "
                "tiêu đã bị xóa, hoặc dòng được chép từ tệp của kế hoạch khác).",
                row=row,
                cell=id_cell.coordinate,
                label=f"Dòng {row}" + (f" ({_quoted(name)})" if name else ""),
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
        version = None if _is_formula(version_cell) else _as_id(version_cell.value)
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
        rows.append(
            _Row(
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


@dataclass
class _Plan:
    row: _Row
    allocations: dict[Area, Decimal | None]


def _plan_changes(*, plan: Plan, rows: list[_Row], result: ImportResult) -> list:
    """For each row that changes something: the full split to save, checked by
    the same rules as the allocation form; conflicts and sums as problems."""
    villages = {v.pk: v for v in plan_villages(plan=plan)}
    extra_ids = {
        a.village_id
        for r in rows
        for a in r.target.allocations.all()
        if a.village_id not in villages
    }
    villages.update({v.pk: v for v in Area.objects.filter(pk__in=extra_ids)})
    plans = []
    for r in rows:
        if r.bad:
            continue
        target = r.target
        current = {a.village_id: a.quantity for a in target.allocations.all()}
        changed = [
            (village_id, current.get(village_id), value)
            for village_id, value in r.values.items()
            if current.get(village_id) != value
        ]
        if not changed:
            continue
        name_cell = r.name_cell
        label = f"Dòng {r.row} ({target.name})"
        if r.version != target.version:
            result.problems.append(
                ImportProblem(
                    "chỉ tiêu này đã được sửa sau khi bạn tải tệp mẫu (phiên bản "
                    f"{r.version or '?'}, nay là {target.version}). Không có gì được "
                    "lưu; hãy tải tệp mẫu mới, ghi lại số của dòng này rồi tải lên.",
                    label=label,
                    sheet=r.sheet,
                    row=r.row,
                    cell=name_cell,
                )
            )
            continue
        split = {villages[vid]: q for vid, q in current.items()}
        split.update({villages[vid]: q for vid, q in r.values.items()})
        given = {v: q for v, q in split.items() if q is not None}
        for message in allocation_problems(target=target, allocations=given):
            result.problems.append(
                ImportProblem(
                    message, label=label, sheet=r.sheet, row=r.row, cell=name_cell
                )
            )
        for village_id, before, after in changed:
            result.changes.append(
                AllocationChange(
                    row=r.row,
                    target=target.name,
                    unit=target.unit,
                    village=villages[village_id].full_name,
                    before=before,
                    after=after,
                )
            )
        plans.append(_Plan(row=r, allocations=split))
    return plans


def _save(*, plan: Plan, user, plans: list[_Plan], result: ImportResult) -> None:
    """Write every changed split through target_save in one transaction; undo
    it all for a dry run or at the first refusal, so the dry run sees exactly
    what applying would refuse."""
    reason = nfc(f"Nhập từ tệp Excel {result.filename}".strip())[:255]
    with transaction.atomic():
        for item in plans:
            target = item.row.target
            try:
                target_save(
                    plan=plan,
                    target=target,
                    user=user,
                    version=item.row.version,
                    allocations=item.allocations,
                    indicators=list(target.indicators.all()),
                    reason=reason,
                )
            except (ValidationError, ConflictError) as error:
                texts = (
                    error.messages
                    if isinstance(error, ValidationError)
                    else [str(error)]
                )
                for text in texts:
                    result.problems.append(
                        ImportProblem(
                            text,
                            label=f"Dòng {item.row.row} ({target.name})",
                            sheet=item.row.sheet,
                            row=item.row.row,
                            cell=item.row.name_cell,
                        )
                    )
        if result.problems or result.dry_run:
            transaction.set_rollback(True)
            return
    result.targets_changed = len(plans)
    result.applied = True


# ── The error workbook ──


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
        _text(errors.cell(index + 1, 3), item.cell or "")
        _text(errors.cell(index + 1, 4), item.text)
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
