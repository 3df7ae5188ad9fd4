"""Three pure renderers: any Table to HTML (the preview), .xlsx and .pdf bytes.

None of them knows which table it draws; the layout lives in the Table."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.writer.excel import ExcelWriter

from ntm.text import nfc
from ntm.xlsx import fit_a4_width
from reports.exports import pdf_draw
from reports.exports.fit import Block, row_heights
from reports.exports.tables import (
    GROUP,
    NOTE,
    NUMBER,
    PERCENT,
    SUBTOTAL,
    TOTAL,
    Ratio,
    Sum,
    Table,
    plain,
)

FONT = "Times New Roman"  # officials' PCs have it; the PDF embeds Liberation Serif 2
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render_html(table: Table) -> SafeString:
    """The appendix with its frame as an HTML fragment (autoescaped)."""
    return render_to_string(
        "reports/exports/_document.html",
        {"table": table, "rows": table.display_rows()},
    )


def render_pdf(table: Table) -> bytes:
    """The appendix as an A4 PDF: Decree 30 margins, page numbers from page 2,
    header rows repeated on every page, a row split only when taller than a
    page (pdf_draw: drawn directly, without a layout engine;
    docs/performance.md)."""
    return pdf_draw.render(table)


# ── Excel ──

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RULE = Border(top=THIN)


def _text(cell, value: str) -> None:
    """Write `value` as text that no spreadsheet evaluates.

    Text starting with = + - @ (or a tab / CR) is kept exactly as typed, so a
    "- Lưu: VT" line prints unchanged, but stored as a string cell with Excel's
    own quote prefix, the flag Excel sets when a user types '=…: never a formula,
    also not after the official edits the cell."""
    cell.value = value
    if value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True


def _places(value, most: int) -> int:
    """How many decimals `value` needs (3.200 → 0, 0,38 → 2), at most `most`."""
    if not isinstance(value, int | float | Decimal) or isinstance(value, bool):
        return 0
    exponent = Decimal(str(value)).normalize().as_tuple().exponent
    return min(most, max(0, -exponent))


def _number_format(column, value) -> str:
    """Excel's format for one cell: as many decimals as the figure has, so that
    3200 shows 3.200 (not "3.200,") and 0,38 keeps its two decimals on a
    Vietnamese Windows; the codes themselves always use "," and "."."""
    value = plain(value)
    if column.kind == PERCENT:
        places = column.decimals
        if places is None:
            places = _places(round(value * 100, 1), 1) if value is not None else 0
        return "0" + ("." + "0" * places if places else "") + "%"
    places = column.decimals
    if places is None:
        places = _places(value, 3)
    return "#,##0" + ("." + "0" * places if places else "")


def _number(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def render_xlsx(table: Table) -> bytes:
    """The appendix as one .xlsx sheet: numbers numeric, totals and percentages
    as formulas, merged headers, frozen header, A4 landscape fitted to one page
    wide with the header rows printed on every page."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    width = len(table.columns)
    frame = table.frame
    left = max(1, round(width * 0.4))  # the 40/60 header split
    regular = Font(name=FONT, size=12)
    bold = Font(name=FONT, size=12, bold=True)
    italic = Font(name=FONT, size=12, italic=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    blocks: list[Block] = []  # every text, to give its rows their height

    def fit(first_row, last_row, first, last, value, font, wrap=True):
        if value in (None, ""):
            return
        room = sum(table.columns[c - 1].width for c in range(first, last + 1))
        blocks.append(
            Block(
                first_row,
                last_row,
                room,
                str(value),
                size=font.sz,
                bold=bool(font.b),
                italic=bool(font.i),
                wrap=wrap,
            )
        )

    def put(row, first, last, value, font=regular, align=centre):
        cell = sheet.cell(row=row, column=first)
        if value:
            _text(cell, nfc(value))
        cell.font, cell.alignment = font, align
        if last > first:
            sheet.merge_cells(
                start_row=row, start_column=first, end_row=row, end_column=last
            )
        fit(row, row, first, last, value, font, bool(align.wrap_text))
        return cell

    put(1, 1, left, frame.parent_agency)
    put(1, left + 1, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold)
    put(2, 1, left, frame.issuing_agency, bold)
    put(2, left + 1, width, "Độc lập - Tự do - Hạnh phúc", bold)
    # The short rules under the agency and the motto: a top border on the
    # middle cells of each block (Decree 30 draws lines, not underlines).
    for first, last in ((1, left), (left + 1, width)):
        span = last - first + 1
        inner = (
            range(first + span // 3, first + span - span // 3)
            if span > 2
            else range(first, last + 1)
        )
        for column in inner:
            sheet.cell(row=3, column=column).border = RULE
    sheet.row_dimensions[3].height = 6
    put(4, 1, left, frame.reference)
    put(4, left + 1, width, frame.place_date, italic)
    put(6, 1, width, frame.appendix, Font(name=FONT, size=14, bold=True))
    put(7, 1, width, frame.title, Font(name=FONT, size=13, bold=True))
    put(8, 1, width, frame.subtitle, italic)

    top = 10
    for r, c, cell in table.header_grid():
        target = sheet.cell(row=top + r, column=c + 1)
        _text(target, cell.text)
        fit(
            top + r,
            top + r + cell.rowspan - 1,
            c + 1,
            c + cell.colspan,
            cell.text,
            bold,
        )
        if cell.rowspan > 1 or cell.colspan > 1:
            sheet.merge_cells(
                start_row=top + r,
                start_column=c + 1,
                end_row=top + r + cell.rowspan - 1,
                end_column=c + cell.colspan,
            )
    numbers_row = top + len(table.header)
    for c, label in enumerate(table.number_row, start=1):
        sheet.cell(row=numbers_row, column=c).value = label
        fit(numbers_row, numbers_row, c, c, label, italic)
    for r in range(top, numbers_row + 1):
        for c in range(1, width + 1):
            cell = sheet.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = centre
            cell.font = italic if r == numbers_row else bold

    first_row = numbers_row + 1
    for index, row in enumerate(table.rows):
        r = first_row + index
        strong = row.kind in (GROUP, SUBTOTAL, TOTAL, NOTE)
        font = bold if strong else regular
        if row.kind == NOTE:
            put(
                r,
                1,
                width,
                str(row.cells[0]),
                bold,
                Alignment(horizontal="left", vertical="top", wrap_text=True),
            )
            for c in range(1, width + 1):
                sheet.cell(row=r, column=c).border = BOX
            continue
        for c, (column, value) in enumerate(
            zip(table.columns, row.cells, strict=True), start=1
        ):
            cell = sheet.cell(row=r, column=c)
            cell.border, cell.font = BOX, font
            if isinstance(value, Sum):
                if value.rows:
                    letter = get_column_letter(c)
                    cell.value = f"={value.func}({letter}{first_row + value.rows[0]}:{letter}{first_row + value.rows[1] - 1})"
                else:
                    start, end = value.cols
                    cell.value = (
                        f"={value.func}({get_column_letter(start + 1)}{r}:{get_column_letter(end)}{r})"
                        if end > start
                        else 0
                    )
            elif isinstance(value, Ratio):
                num = f"{get_column_letter(value.numerator + 1)}{r}"
                den = f"{get_column_letter(value.denominator + 1)}{r}"
                cell.value = f'=IF(N({den})=0,"",N({num})/{den})'
            else:
                value = plain(value)
                if isinstance(value, str):
                    _text(cell, nfc(value))
                elif isinstance(value, bool):
                    cell.value = "Có" if value else "Không"
                else:
                    cell.value = _number(value)
            if column.kind in (NUMBER, PERCENT):
                cell.number_format = _number_format(column, value)
                cell.alignment = Alignment(horizontal="right", vertical="top")
                fit(r, r, c, c, "0", font, wrap=False)  # one line, whatever the figure
            else:
                horizontal = {"center": "center", "right": "right"}.get(
                    column.align, "left"
                )
                cell.alignment = Alignment(
                    horizontal=horizontal, vertical="top", wrap_text=True
                )
                fit(r, r, c, c, cell.value, font)

    last_row = first_row + len(table.rows) - 1
    # Signature block and recipients under the table.
    sign = max(last_row, numbers_row) + 2
    line = sign
    # A joint plan's other bodies sign on the left, "Nơi nhận" under them.
    for cosigner in frame.cosigners:
        for text in [*cosigner.authority, cosigner.title]:
            if text:
                put(line, 1, left, text, bold)
                line += 1
        put(line + 4, 1, left, cosigner.name, bold)
        line += 6
    if frame.recipients:
        put(
            line,
            1,
            left,
            "Nơi nhận:",
            Font(name=FONT, size=12, bold=True, italic=True),
            Alignment(horizontal="left"),
        )
        for text in frame.recipients:
            line += 1
            put(
                line,
                1,
                left,
                text,
                Font(name=FONT, size=11),
                Alignment(horizontal="left", vertical="top", wrap_text=True),
            )
    line = sign
    for text in [*frame.authority, frame.signer_title]:
        if text:
            put(line, left + 1, width, text, bold)
            line += 1
    put(line + 4, left + 1, width, frame.signer_name, bold)

    for c, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = column.width
    for r, height in row_heights(blocks).items():
        sheet.row_dimensions[r].height = height
    sheet.freeze_panes = sheet.cell(row=first_row, column=table.freeze_cols + 1)
    fit_a4_width(sheet, landscape=table.landscape, title_rows=f"{top}:{numbers_row}")
    sheet.page_margins = PageMargins(
        left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4
    )
    sheet.HeaderFooter.differentFirst = True
    sheet.oddHeader.center.text = "&P"
    sheet.oddHeader.center.font = FONT
    sheet.oddHeader.center.size = 13
    workbook.properties.creator = frame.issuing_agency
    workbook.properties.title = frame.title
    # NOTE: no timestamps in the file (core.xml, zip entries), so that the
    # button and the export_appendix command give the same bytes.
    stamp = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC).replace(tzinfo=None)
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with _StableZip(buffer, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return buffer.getvalue()


class _StableZip(ZipFile):
    """A zip whose entries all carry the same date: reproducible bytes."""

    def writestr(self, zinfo_or_arcname, data, *args, **kwargs):
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = ZipInfo(
                zinfo_or_arcname, date_time=(1980, 1, 1, 0, 0, 0)
            )
            zinfo_or_arcname.compress_type = ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)


RENDERERS = {"html": render_html, "xlsx": render_xlsx, "pdf": render_pdf}
CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def render(table: Table, fmt: str) -> bytes:
    """`table` as bytes in `fmt` ("html", "xlsx" or "pdf")."""
    output = RENDERERS[fmt](table)
    return output.encode() if isinstance(output, str) else output
