"""The neutral input of the table loader: tables of rows of cells.

Every source format ends here. A merged cell is spread over the cells it
covers (each carries the text, flagged `merged`), so a row can be read on its
own: a criterion number merged down over its twelve indicators is on each of
their rows. `where` and `row_names` say how to name a place to the user
("Dòng 14", "Bảng 2, dòng 5", "Trang 3, dòng 7").

The Excel reader is here; Word and PDF come from the document reader
(ntm.documents) through an adapter of the same shape.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field

from openpyxl import load_workbook

from ntm.numbers import format_number
from ntm.text import nfc


@dataclass(frozen=True)
class Cell:
    text: str
    merged: bool = False  # a copy of a merged cell's text (not its first cell)
    formula: bool = False


@dataclass
class SourceTable:
    rows: list[list[Cell]]
    where: str = ""  # "Trang tính “Phụ lục I”", "Bảng 2"
    row_names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # text after the table
    meta: dict = field(default_factory=dict)  # e.g. the template's set code

    def row_name(self, index: int) -> str:
        if index < len(self.row_names):
            return self.row_names[index]
        return f"Dòng {index + 1}"

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


class SourceUnreadable(ValueError):
    """The file cannot be read as tables; str() is the Vietnamese reason."""


def grid(rows: list[list[str]], merges=(), **kwargs) -> SourceTable:
    """A SourceTable from plain texts and merges given as (first row, first
    column, last row, last column), 0-based inclusive: for tests and adapters."""
    width = max((len(row) for row in rows), default=0)
    cells = [
        [Cell(nfc(str(text or ""))) for text in row] + [Cell("")] * (width - len(row))
        for row in rows
    ]
    for top, left, bottom, right in merges:
        text = cells[top][left].text
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                if (r, c) != (top, left):
                    cells[r][c] = Cell(text, merged=True)
    return SourceTable(rows=cells, **kwargs)


# ── Excel ──

META_SHEET = "_ntm"
SKIPPED_SHEETS = {META_SHEET, "Hướng dẫn"}


def _excel_text(cell) -> tuple[str, bool]:
    """A cell's value as the official reads it on screen, and whether it is a
    formula (refused by the loader: the value it shows is not in the file)."""
    value = cell.value
    if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
        return str(value), True
    if value is None:
        return "", False
    if isinstance(value, bool):
        return "Đạt" if value else "Không", False
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%d/%m/%Y"), False
    if isinstance(value, int | float):
        if "%" in (cell.number_format or ""):
            return f"{format_number(round(value * 100, 6))}%", False
        return format_number(value), False
    return nfc(str(value)).replace("\n", " "), False


def read_xlsx(data: bytes) -> list[SourceTable]:
    """The sheets of an .xlsx as tables, checked first like every Excel upload
    (ntm.xlsx: size, OLE2, zip bomb, dimensions)."""
    from ntm.xlsx import Refused, check_archive, check_dimensions

    try:
        check_archive(data)
        check_dimensions(data)
        workbook = load_workbook(io.BytesIO(data), data_only=False)
    except Refused as error:
        raise SourceUnreadable(str(error)) from error
    except Exception as error:  # openpyxl raises many types on damaged files
        raise SourceUnreadable(
            "Không mở được tệp Excel (tệp có thể bị hỏng). Mở lại trong Excel, "
            "Lưu thành .xlsx rồi tải lên lại."
        ) from error
    meta = {}
    if META_SHEET in workbook.sheetnames:
        sheet = workbook[META_SHEET]
        for key, value in sheet.iter_rows(min_col=1, max_col=2, values_only=True):
            if key:
                meta[str(key)] = "" if value is None else str(value)
    tables = []
    visible = [
        ws
        for ws in workbook.worksheets
        if ws.title not in SKIPPED_SHEETS and ws.sheet_state == "visible"
    ]
    for ws in visible:
        height, width = ws.max_row, ws.max_column
        cells = []
        for r in range(1, height + 1):
            row = []
            for c in range(1, width + 1):
                text, formula = _excel_text(ws.cell(r, c))
                row.append(Cell(text, formula=formula))
            cells.append(row)
        for merged in ws.merged_cells.ranges:
            top, left = merged.min_row - 1, merged.min_col - 1
            text = cells[top][left].text
            for r in range(merged.min_row - 1, merged.max_row):
                for c in range(merged.min_col - 1, merged.max_col):
                    if (r, c) != (top, left):
                        cells[r][c] = Cell(text, merged=True)
        name = f"Trang tính “{ws.title}”, " if len(visible) > 1 else ""
        tables.append(
            SourceTable(
                rows=cells,
                where=f"Trang tính “{ws.title}”",
                row_names=[f"{name}dòng {r}" for r in range(1, height + 1)],
                meta=meta,
            )
        )
    return tables
