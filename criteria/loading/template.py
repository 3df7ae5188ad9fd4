"""The Excel template of a criteria set, to fill from its official copy.

One row per indicator (those already loaded are filled in, with blank rows
under each criterion for those still to enter), one column per level: the
general one and one per region or commune group, under merged headers as in
the appendices. Values are text cells so that "≥ 80%" and "từ 80% trở lên"
stay as typed. The loader reads it back with the same table reader as a Word
appendix (criteria.loading.tableparse): the template is just a well-formed
appendix. A hidden sheet names the set and version it was made from.
"""

from __future__ import annotations

import io

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from criteria.loading.tables import META_SHEET
from criteria.models import CriteriaSet, Indicator, TargetDimension
from ntm.xlsx import fit_a4_width
from villages.models import CommuneGroup, Region

FONT = "Times New Roman"
HEADER = PatternFill("solid", fgColor="D9E1F2")
GROUP = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BLANK_ROWS = 6  # per criterion, for indicators still to enter
INHERITED = "Kế thừa"

INSTRUCTIONS = [
    "Cách ghi mẫu nhập bộ tiêu chí",
    "1. Chép từ bản chính thức của văn bản (Phụ lục), đúng số thứ tự tiêu chí và mã "
    "chỉ tiêu (ví dụ 2.1, 17.12). Mỗi chỉ tiêu một dòng; để trống các dòng thừa.",
    "2. Mức yêu cầu ghi như văn bản: “≥ 80%”, “từ 80% trở lên”, “≤ 5%”, “tối đa 5%”, "
    "“100%”, “Đạt”, “Không”, “≥ 45 triệu đồng/người/năm”. Ghi rõ tối thiểu hay tối "
    "đa: “80%” một mình không đọc được.",
    "3. Cột “Chỉ tiêu chung” dùng khi mọi vùng, nhóm xã cùng một mức; nếu khác nhau, "
    "ghi vào cột của từng vùng, nhóm xã. Mức theo năm: thêm dòng “- Năm 2027” dưới "
    "chỉ tiêu.",
    "4. Chú thích: đánh dấu (1), (*) sau mức yêu cầu và ghi “Ghi chú: (1) …” ở dòng "
    "dưới bảng.",
    "5. Cột “Nguồn”: trang, điều, dòng trong văn bản. Với bộ tiêu chí của tỉnh, dòng "
    "ghi “Kế thừa” giữ nguyên theo bộ quốc gia; sửa cột này khi văn bản của tỉnh ghi "
    "lại dòng đó.",
    "6. Không dùng công thức, không đổi tên các cột. Tải lên tại trang “Nạp bộ tiêu "
    "chí”: hệ thống hiển thị bản xem trước và những khác biệt so với phiên bản hiện "
    "hành; chỉ khi xác nhận mới tạo phiên bản mới.",
]


def _dimension_columns(criteria_set: CriteriaSet) -> tuple[str, list[str]]:
    if criteria_set.target_dimension == TargetDimension.REGION:
        return "Chỉ tiêu theo vùng", [r.name for r in Region.objects.order_by("order")]
    if criteria_set.target_dimension == TargetDimension.COMMUNE_GROUP:
        return "Mức đạt chuẩn theo nhóm xã", [
            label for _, label in CommuneGroup.choices
        ]
    return "", []


def _style(cell, *, bold=False, fill=None, wrap=True, center=False) -> None:
    cell.font = Font(name=FONT, bold=bold, size=11)
    cell.border = BOX
    if fill is not None:
        cell.fill = fill
    cell.alignment = Alignment(
        wrap_text=wrap,
        vertical="center",
        horizontal="center" if center else None,
    )


def template_workbook(*, criteria_set: CriteriaSet) -> bytes:
    """The .xlsx template of `criteria_set` (4 queries)."""
    group_title, dims = _dimension_columns(criteria_set)
    headings = ["TT", "Tên tiêu chí", "Mã chỉ tiêu", "Nội dung chỉ tiêu", "Đơn vị tính"]
    headings += [
        "Chỉ tiêu chung",
        *dims,
        "Ngành thẩm định",
        "Nguồn (trang, điều)",
        "Ghi chú",
    ]
    general_col = 6
    width = len(headings)
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    ws["A1"] = f"{criteria_set.name.upper()}"
    ws["A2"] = (
        f"Mẫu nhập từ văn bản gốc: {criteria_set.document} của "
        f"{criteria_set.document.issuer}"
        + (
            f" ({criteria_set.expected_criteria} tiêu chí, "
            f"{criteria_set.expected_indicators} chỉ tiêu)"
            if criteria_set.expected_indicators
            else ""
        )
    )
    for row in (1, 2):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        ws.cell(row, 1).font = Font(
            name=FONT, bold=row == 1, size=13 if row == 1 else 11
        )
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
    top, bottom = 4, 5
    for column, title in enumerate(headings, start=1):
        in_dims = dims and general_col < column <= general_col + len(dims)
        cell = ws.cell(bottom if in_dims else top, column, title)
        _style(cell, bold=True, fill=HEADER, center=True)
        _style(ws.cell(bottom, column), bold=True, fill=HEADER, center=True)
        if not in_dims:
            ws.merge_cells(
                start_row=top, start_column=column, end_row=bottom, end_column=column
            )
    if dims:
        ws.cell(top, general_col + 1, group_title)
        _style(ws.cell(top, general_col + 1), bold=True, fill=HEADER, center=True)
        ws.merge_cells(
            start_row=top,
            start_column=general_col + 1,
            end_row=top,
            end_column=general_col + len(dims),
        )
    for column in range(1, width + 1):
        cell = ws.cell(bottom + 1, column, f"({column})")
        _style(cell, center=True)
        cell.font = Font(name=FONT, italic=True, size=9)

    indicators = {}
    for indicator in (
        Indicator.objects.filter(
            criterion__criteria_set=criteria_set,
            valid_to__isnull=True,
            whole_criterion=False,
        )
        .select_related("criterion")
        .prefetch_related("requirements__region")
        .order_by("order", "code")
    ):
        indicators.setdefault(indicator.criterion_id, []).append(indicator)
    row = bottom + 2
    group = None
    value_cols = range(general_col, general_col + len(dims) + 1)
    for criterion in criteria_set.criteria.select_related("group").order_by("number"):
        if criterion.group_id and criterion.group != group:
            group = criterion.group
            ws.cell(row, 1, group.code)
            ws.cell(row, 2, group.name)
            for column in range(1, width + 1):
                _style(ws.cell(row, column), bold=True, fill=GROUP)
            row += 1
        ws.cell(row, 1, criterion.number)
        ws.cell(row, 2, criterion.name)
        if criterion.inherited:
            ws.cell(
                row, width - 1, f"{INHERITED} {criteria_set.parent.document.number}"
            )
        for column in range(1, width + 1):
            _style(ws.cell(row, column), bold=column <= 2)
        row += 1
        own = indicators.get(criterion.pk, [])
        for indicator in own:
            _indicator_row(ws, row, indicator, criterion_set=criteria_set, dims=dims)
            for column in range(1, width + 1):
                _style(ws.cell(row, column), center=column in value_cols)
            row += 1
        for _ in range(BLANK_ROWS if not own else 2):
            for column in range(1, width + 1):
                _style(ws.cell(row, column), center=column in value_cols)
            row += 1
    ws.cell(row + 1, 1, "Ghi chú:")
    ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=width)
    for column in range(general_col, general_col + len(dims) + 1):
        letter = get_column_letter(column)
        for cells in ws[f"{letter}{bottom + 2}:{letter}{row}"]:
            for cell in cells:
                cell.number_format = "@"
    widths = {1: 6, 2: 22, 3: 9, 4: 55, 5: 12}
    for column in range(1, width + 1):
        ws.column_dimensions[get_column_letter(column)].width = widths.get(column, 15)
    ws.freeze_panes = ws.cell(bottom + 2, 4)
    fit_a4_width(ws, title_rows=f"{top}:{bottom}")

    guide = wb.create_sheet("Hướng dẫn")
    for index, line in enumerate(INSTRUCTIONS, start=1):
        guide.cell(index, 1, line).font = Font(name=FONT, bold=index == 1)
        guide.cell(index, 1).alignment = Alignment(wrap_text=True)
    guide.column_dimensions["A"].width = 110
    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    for index, (key, value) in enumerate(
        [
            ("code", criteria_set.code),
            ("version", criteria_set.version),
            ("dimension", criteria_set.target_dimension),
            ("generated", timezone.localtime().strftime("%d/%m/%Y %H:%M")),
        ],
        start=1,
    ):
        meta.cell(index, 1, key)
        meta.cell(index, 2, value)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _indicator_row(ws, row, indicator, *, criterion_set, dims) -> None:
    ws.cell(row, 3, indicator.code)
    ws.cell(row, 4, indicator.name)
    ws.cell(row, 5, indicator.unit)
    if indicator.has_requirement:
        ws.cell(row, 6, indicator.requirement_label)
    by_name = {}
    for requirement in indicator.requirements.all():
        if requirement.year:
            continue  # per-year levels: written as "- Năm …" rows by hand
        name = (
            requirement.region.name
            if requirement.region_id
            else requirement.get_commune_group_display()
        )
        if requirement.has_requirement:
            by_name[name] = requirement.requirement_label
    for offset, name in enumerate(dims, start=7):
        if name in by_name:
            ws.cell(row, offset, by_name[name])
    extra = 7 + len(dims)
    ws.cell(row, extra, indicator.verifying_sector)
    if indicator.inherited:
        ws.cell(row, extra + 1, f"{INHERITED} {criterion_set.parent.document.number}")
    else:
        ws.cell(row, extra + 1, indicator.source_locator)
    if indicator.note:
        ws.cell(row, extra + 2, indicator.note)
