"""Spreadsheets (.xlsx; .ods and .xls converted to .xlsx by LibreOffice) read
as documents: officials keep a plan's task list, or its appendix, as a
workbook. Each visible sheet gives paragraphs (the title rows above the task
table, the notes and signature below it) and one table (from its header row,
found by its words, to the last row before a blank one), merged cells carried
as the Word reader carries them. Cells read as the official sees them: dates
"30/06/2027", numbers "1.500" / "2,5", formulas by their last computed value.
Developer notes: docs/documents.md."""

from __future__ import annotations

import bisect
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from ntm.documents import convert, legacy
from ntm.documents.columns import HEADER
from ntm.documents.errors import (
    SHEET_CONVERT_FAILED,
    SHEET_NO_CONVERTER,
    SHEET_NOTHING,
    SHEET_TOO_LARGE,
    ZIP_MEMBER_ERRORS,
    DocumentError,
)
from ntm.documents.model import Cell, Document, Paragraph, Row, Run, Table
from ntm.numbers import format_number
from ntm.text import fold, nfc, visible_text

# Read at most this many rows and columns of a sheet: a plan's task list is
# tens of rows; a sheet of many thousands is data, not a plan.
MAX_ROWS = 2000
MAX_COLUMNS = 60
# The workbook's parts inflated, at most. NOTE: performance: openpyxl loads
# every cell of every sheet, about 0.6 s of CPU per MB of sheet XML (25,000
# cells, 1.9 MB: 1.2 s); a plan's workbook is well under 1 MB, and 20 MB
# (some 250,000 cells, 12 s) is data, not a plan.
MAX_INFLATED = 20 * 1024 * 1024
# The cells of all the sheets, at most, counted from the XML before openpyxl
# loads them: a sheet read to its limits (MAX_ROWS × MAX_COLUMNS) fits;
# 750,000 small cells fit in 20 MB and cost openpyxl a minute and 0.5 GB.
MAX_CELLS = MAX_ROWS * MAX_COLUMNS
CELL_TAGS = {
    "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}c",
    "{http://purl.oclc.org/ooxml/spreadsheetml/main}c",
}

KINDS = {"ods": ".ods", "xls": ".xls"}
FILTERS = {"ods": "calc8", "xls": "MS Excel 97"}

_LETTER = re.compile(r"[^\W\d_]")
# The lines of a signature block (folded, the whole cell): "Nơi nhận:",
# "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "CHỦ TỊCH UBND XÃ", "NGƯỜI LẬP
# BIỂU", "Thủ trưởng đơn vị", and the place and date written over it.
_SIGNATURE_OPENS = re.compile(r"(?:noi nhan|(?:tm|kt|tl|tuq)\s*\.)")
_SIGNER = re.compile(
    r"(?:(?:tm|kt|tl|tuq)\s*\.\s*)?(?:pho\s+)?"
    r"(?:chu tich|truong ban|giam doc|bi thu|truong phong|thu truong|chanh van phong)"
    r"(?:\s+\S+){0,6}"
    r"|nguoi (?:lap|ky|duyet)(?: bieu| bang| ke hoach)?|ke toan(?: truong)?"
    r"|xac nhan cua(?:\s+\S+){1,8}"
)
# "Tân Lập, ngày 14 tháng 12 năm 2026", "…, ngày   tháng   năm 2026": the
# date line over a signature, or the header's last line beside the number.
DATE_LINE = re.compile(
    r"[^,]{2,60},\s*ngay\b[\s\d./…_-]*\bthang\b[\s\d./…_-]*\bnam\b[\s\d./…_-]*"
)
# The issuer's number, the last line of the header's left side ("Số:
# 96/KH-UBND"); a letter's subject ("V/v …") may follow it.
# "Số: 31/KH-UBND", a Party body's "Số 21-KH/ĐU".
_NUMBER_LINE = re.compile(r"so\s*:|so\s+\d+\s*[-/]")
_SUBJECT_LINE = re.compile(r"v\s*/\s*v\b")
_ERRORS = {"#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"}


def to_xlsx(data: bytes, kind: str) -> bytes:
    """`data` (an .ods or .xls workbook) as .xlsx bytes, by LibreOffice."""
    return convert.converted(
        data,
        KINDS[kind],
        "xlsx:Calc MS Excel 2007 XML",
        FILTERS[kind],
        missing=SHEET_NO_CONVERTER.format(kind=KINDS[kind]),
        failed=SHEET_CONVERT_FAILED.format(kind=KINDS[kind]),
    )


def _too_many_cells(data: bytes) -> bool:
    """Whether the workbook's parts hold more than MAX_CELLS cells, counted
    by streaming their XML (a part that is no XML, an image, counts none;
    openpyxl judges it). NOTE: performance: stops at the bound, ~0.1 s for
    120,000 cells, against openpyxl's 0.6 s per MB (docs/performance.md)."""
    from xml.etree.ElementTree import ParseError, iterparse

    cells = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            try:
                with archive.open(info) as part:
                    for _, element in iterparse(part, events=("end",)):
                        if element.tag in CELL_TAGS:
                            cells += 1
                            if cells > MAX_CELLS:
                                return True
                        elif element.tag.endswith("}row"):
                            element.clear()
            except (ParseError, *ZIP_MEMBER_ERRORS):
                continue
    return False


def read_xlsx(name: str, data: bytes) -> Document:
    """An .xlsx workbook as a Document; DocumentError when it is none or holds
    no text to import."""
    import openpyxl  # NOTE: performance: loaded on the first workbook only

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(i.file_size for i in archive.infolist())
    except ZIP_MEMBER_ERRORS as error:
        raise DocumentError(
            SHEET_CONVERT_FAILED.format(kind=".xlsx"), code="not_xlsx"
        ) from error
    if inflated > MAX_INFLATED or _too_many_cells(data):
        raise DocumentError(SHEET_TOO_LARGE, code="too_large")
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), data_only=True, rich_text=False
        )
    except Exception as error:  # whatever a damaged part raises
        raise DocumentError(
            SHEET_CONVERT_FAILED.format(kind=".xlsx"), code="not_xlsx"
        ) from error
    document = Document(name=name, format="xlsx")
    hidden = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            hidden.append(sheet.title)
            continue
        _Sheet(sheet, document).read()
    workbook.close()
    if hidden:
        document.notes.append(
            "Bỏ qua trang tính ẩn: " + ", ".join(f"“{t}”" for t in hidden) + "."
        )
    if not any(_LETTER.search(text) for text in _texts(document)):
        raise DocumentError(SHEET_NOTHING, code="nothing")
    return document


def _texts(document: Document):
    for block in document.blocks:
        if isinstance(block, Paragraph):
            yield block.text
        else:
            yield from (c.text for row in block.rows for c in row.cells)


# ── a cell's value as the official sees it ──


def shown(cell) -> str:
    """The text a cell shows: dates "30/06/2027", numbers in Vietnamese style
    as their format draws them, "" for an error or a formula never computed."""
    value = cell.value
    if value is None:
        return ""
    fmt = (cell.number_format or "General").lower()
    if isinstance(value, datetime.datetime | datetime.date):
        return _date(value, fmt)
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        return _number(value, fmt)
    text = str(value)
    font = getattr(getattr(cell, "font", None), "name", None)
    if (encoding := legacy.encoding_of_font(font)) and legacy.verdict(
        text, encoding
    ) is not False:
        # A cell typed in ".VnTime" or "VNI-Times" (ntm.documents.legacy);
        # Unicode letters in the old font's name stay as they are.
        text = legacy.decode(text, encoding, capitals=legacy.capital_font(font))
    text = nfc(visible_text(text)).replace("\r\n", "\n").replace("\r", "\n")
    if text.strip() in _ERRORS or text.startswith("="):
        # A formula left as text (data_only gives its cached value; a file
        # never computed has none) is never shown.
        return ""
    return text.replace("\xa0", " ")


def _date(value: datetime.date, fmt: str) -> str:
    # Quoted literals and colours do not draw date parts.
    parts = re.sub(r'"[^"]*"|\[[^\]]*\]', "", fmt)
    has_day = "d" in parts
    has_month = "m" in parts.replace("mm:", "").replace(":mm", "")
    has_year = "y" in parts or "e" in parts
    if not has_day and has_month and has_year:
        return f"{value.month:02d}/{value.year}"
    if not has_day and not has_month and has_year:
        return str(value.year)
    text = f"{value.day:02d}/{value.month:02d}/{value.year}"
    if (
        isinstance(value, datetime.datetime)
        and "h" in parts
        and (value.hour or value.minute)
    ):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def _number(value, fmt: str) -> str:
    percent = "%" in fmt
    if percent:
        value = Decimal(str(value)) * 100
    section = fmt.split(";")[0]
    decimals = re.search(r"\.([0#?]+)", section)
    places = len(decimals.group(1)) if decimals else None
    if fmt == "general" or places is None and not re.search(r"[0#]", section):
        places = None
    elif places is None:
        places = 0
    if isinstance(value, float):
        # General shows at most 10 significant digits: 0.1 + 0.2 is "0,3".
        value = Decimal(repr(round(value, 10)))
    if places is not None:
        value = Decimal(str(value)).quantize(Decimal(1).scaleb(-places))
    text = format_number(value, places)
    if places:
        # format_number cuts trailing zeros only without places; the format
        # keeps them ("2,50").
        whole, _, fraction = text.partition(",")
        text = f"{whole},{fraction.ljust(places, '0')}"
    if "," not in section.split(".")[0]:
        # No thousands separator in the format: "1500", not "1.500".
        head, sep, tail = text.partition(",")
        text = head.replace(".", "") + sep + tail
    return text + ("%" if percent else "")


# ── a sheet's layout ──


@dataclass
class _Spot:
    """A visible cell that begins something: its text and how far it spans."""

    text: str
    bold: bool
    italic: bool
    center: bool
    border: bool
    last_row: int  # the merge's last sheet row and column (itself if none)
    last_column: int
    paragraphs: list[Paragraph] = field(default_factory=list)


class _Sheet:
    def __init__(self, sheet, document: Document):
        self.sheet = sheet
        self.document = document
        rows = min(sheet.max_row or 0, MAX_ROWS)
        if (sheet.max_row or 0) > MAX_ROWS:
            document.notes.append(
                f"Trang tính “{sheet.title}” có {format_number(sheet.max_row)} "
                f"dòng; chỉ đọc {format_number(MAX_ROWS)} dòng đầu."
            )
        hidden_columns = set()
        for dimension in sheet.column_dimensions.values():
            if dimension.hidden and dimension.min:
                hidden_columns |= set(
                    range(dimension.min, (dimension.max or dimension.min) + 1)
                )
        self.rows = [
            r
            for r in range(1, rows + 1)
            if not (r in sheet.row_dimensions and sheet.row_dimensions[r].hidden)
        ]
        self.columns = [
            c
            for c in range(1, min(sheet.max_column or 0, MAX_COLUMNS) + 1)
            if c not in hidden_columns
        ]
        # The merged ranges: the first cell begins it, the others are covered.
        self.merges: dict[tuple[int, int], tuple[int, int]] = {}
        self.covered: dict[tuple[int, int], tuple[int, int]] = {}
        last_row, last_column = rows, min(sheet.max_column or 0, MAX_COLUMNS)
        for merged in sheet.merged_cells.ranges:
            top, left = merged.min_row, merged.min_col
            if top > last_row or left > last_column:
                continue
            # A merge over a whole row or column (A1:XFD1) kept to what is read.
            bottom = min(merged.max_row, last_row)
            right = min(merged.max_col, last_column)
            self.merges[(top, left)] = (bottom, right)
            for r in range(top, bottom + 1):
                for c in range(left, right + 1):
                    if (r, c) != (top, left):
                        self.covered[(r, c)] = (top, left)
        self.spots: dict[int, dict[int, _Spot]] = {r: {} for r in self.rows}
        visible_columns = set(self.columns)
        visible_rows = set(self.rows)
        for r in self.rows:
            for c in self.columns:
                if (r, c) in self.covered:
                    continue
                spot = self._spot(r, c)
                if spot is not None:
                    self.spots[r][c] = spot
        # A merge whose first cell is hidden shows its text in the first
        # visible cell of the range, as Excel draws it.
        for (top, left), (bottom, right) in self.merges.items():
            if top in visible_rows and left in visible_columns:
                continue
            rows_in = [r for r in self.rows if top <= r <= bottom]
            columns_in = [c for c in self.columns if left <= c <= right]
            if rows_in and columns_in:
                spot = self._spot(top, left)
                if spot is not None:
                    self.spots[rows_in[0]][columns_in[0]] = spot
                    for r in range(top, bottom + 1):
                        for c in range(left, right + 1):
                            self.covered[(r, c)] = (rows_in[0], columns_in[0])
                    self.covered.pop((rows_in[0], columns_in[0]), None)

    def _spot(self, r: int, c: int) -> _Spot | None:
        cell = self.sheet.cell(row=r, column=c)
        text = shown(cell)
        if not text.strip():
            return None
        font, alignment, border = cell.font, cell.alignment, cell.border
        bold = bool(font and font.b)
        italic = bool(font and font.i)
        last_row, last_column = self.merges.get((r, c), (r, c))
        lines = [" ".join(line.split()) for line in text.split("\n")]
        lines = [line for line in lines if line]
        return _Spot(
            text="\n".join(lines),
            bold=bold,
            italic=italic,
            center=bool(
                alignment and alignment.horizontal in ("center", "centerContinuous")
            ),
            border=bool(
                border
                and any(
                    side is not None and side.style
                    for side in (border.left, border.right, border.top, border.bottom)
                )
            ),
            last_row=last_row,
            last_column=last_column,
            paragraphs=[
                Paragraph(text=line, runs=[Run(line, bold, italic)]) for line in lines
            ],
        )

    def _filled(self, r: int) -> int:
        """How many cells of row `r` hold text (a merge counted once)."""
        return len(self.spots[r])

    def _empty(self, r: int) -> bool:
        """No text and no merge from above reaching into the row."""
        if self.spots[r]:
            return False
        return not any(
            (r, c) in self.covered and self.covered[(r, c)][0] < r for c in self.columns
        )

    def _header(self, begin: int) -> int | None:
        """The index (in self.rows) of the task table's header row: the first
        with two or more cells naming columns."""
        for i, r in enumerate(self.rows[begin:], begin):
            spots = self.spots[r].values()
            if len(spots) < 2:
                continue
            named = sum(
                1 for s in spots if len(s.text) <= 60 and HEADER.search(fold(s.text))
            )
            if named >= 2:
                return i
        return None

    def _table_span(self, begin: int) -> tuple[int, int] | None:
        """First and last index (in self.rows) of the task table."""
        start = self._header(begin)
        if start is None and begin:
            return None
        if start is None:
            # No header named in the sheet: the longest stretch of rows with
            # two or more cells, blank rows ending it.
            best, run_start, length = None, None, 0
            for i, r in enumerate([*self.rows[begin:], None], begin):
                if r is not None and self._filled(r) >= 2:
                    if run_start is None:
                        run_start, length = i, 0
                    length += 1
                    continue
                if r is not None and not self._empty(r) and run_start is not None:
                    continue
                if run_start is not None and length > max(best[1] if best else 2, 2):
                    best = (run_start, length)
                run_start = None
            if best is None:
                return None
            start = best[0]
        bordered = any(s.border for s in self.spots[self.rows[start]].values())
        end = start
        for i in range(start + 1, len(self.rows)):
            r = self.rows[i]
            if self._empty(r):
                if bordered and self._ruled(r):
                    continue  # a blank ruled row inside the table
                break
            if self._signature(r):
                break  # the signature block, right under an unruled table
            if (
                bordered
                and not any(s.border for s in self.spots[r].values())
                and not any(
                    (r, c) in self.covered and self.covered[(r, c)][0] < r
                    for c in self.columns
                )
            ):
                break
            if self._filled(r) >= 2 or any(
                (r, c) in self.covered and self.covered[(r, c)][0] < r
                for c in self.columns
            ):
                end = i
            elif bordered:
                end = i  # a group row or a note row inside the ruled table
        return start, end

    def _signature(self, r: int) -> bool:
        """Row `r` opens a signature block: its first text is "Nơi nhận" or
        "TM." / "KT." …, or every text of it is a signer's title or the date
        line ("NGƯỜI LẬP BIỂU" beside "CHỦ TỊCH"). A task's cell naming the
        chairman is no signature: the row's other cells are no titles."""
        spots = list(self.spots[r].values())
        if not spots:
            return False
        if _SIGNATURE_OPENS.match(fold(spots[0].text)):
            return True
        return all(
            _SIGNER.fullmatch(folded := " ".join(fold(s.text).split()).strip(" .:"))
            or DATE_LINE.fullmatch(folded)
            for s in spots
        )

    def _ruled(self, r: int) -> bool:
        """A cell of row `r` has a border (a blank row of a ruled table)."""
        for c in self.columns:
            border = self.sheet.cell(row=r, column=c).border
            if border and any(
                side is not None and side.style
                for side in (border.left, border.right, border.top, border.bottom)
            ):
                return True
        return False

    def read(self) -> None:
        """The sheet's blocks: its tables (a sheet may hold several, one
        under another) and the rows around them."""
        begin = 0
        while span := self._table_span(begin):
            start, end = span
            self._lines(self.rows[begin:start])
            self.document.blocks.append(self._table(self.rows[start : end + 1]))
            begin = end + 1
        self._lines(self.rows[begin:])

    def _lines(self, rows: list[int]) -> None:
        """Rows outside the task table. Rows with two or more texts side by
        side (the issuer beside the motto, "Nơi nhận" beside the signature)
        make a table of their own, as Word plans lay them out, with the rows
        of one text written in one of its sides ("- Lưu: VT.", the signer's
        name); any other row of one text is a paragraph per line of it."""
        sides = sorted({c for r in rows if self._filled(r) >= 2 for c in self.spots[r]})
        pending: list[int] = []
        # The sides whose last line has been written: the header's left side
        # ends with the issuer's number ("Số: 96/KH-UBND"), its right side
        # with the place and date. A text typed under a closed side ("KẾ
        # HOẠCH" in column A) is the title, no part of the header; a row of
        # two texts under it opens them again (the date over a signature).
        closed: set[int] = set()

        def side(c: int) -> int:
            return max((s for s in sides if s <= c), default=c)

        def narrow(r: int) -> bool:
            if self._filled(r) >= 2:
                return True
            if not sides or not self.spots[r]:
                return False
            (c, spot), *_ = self.spots[r].items()
            if side(c) in closed and not _SUBJECT_LINE.match(fold(spot.text)):
                return False
            # It lies within one side: it does not reach the next side's start.
            return sum(1 for side in sides if c <= side <= spot.last_column) <= 1 and (
                c in sides or any(s < c for s in sides)
            )

        def flush() -> None:
            if any(self._filled(r) >= 2 for r in pending):
                self.document.blocks.append(self._table(pending))
            else:
                for r in pending:
                    self._paragraphs(r)
            pending.clear()
            closed.clear()

        for r in rows:
            if self._empty(r):
                continue
            if narrow(r):
                pending.append(r)
                if self._filled(r) >= 2:
                    closed.clear()  # the block goes on side by side
                for c, spot in self.spots[r].items():
                    folded = fold(spot.text)
                    if _NUMBER_LINE.match(folded) or DATE_LINE.fullmatch(
                        " ".join(folded.split()).strip(" .")
                    ):
                        closed.add(side(c))
                continue
            flush()
            self._paragraphs(r)
        flush()

    def _paragraphs(self, r: int) -> None:
        for spot in self.spots[r].values():
            for paragraph in spot.paragraphs:
                paragraph.align = "center" if spot.center else ""
                self.document.blocks.append(paragraph)

    def _table(self, rows: list[int]) -> Table:
        """Sheet rows `rows` as a table over the columns that hold text in
        them; a merge's spans counted in visible rows and columns."""
        used = sorted(
            {
                c
                for r in rows
                for c, spot in self.spots[r].items()
                for c in range(c, spot.last_column + 1)
            }
            & set(self.columns)
        )
        if not used:
            return Table()
        columns = [c for c in self.columns if used[0] <= c <= used[-1]]
        place = {c: i for i, c in enumerate(columns)}
        index = {r: i for i, r in enumerate(rows)}
        table = Table()
        for r in rows:
            row = Row()
            c = 0
            while c < len(columns):
                column = columns[c]
                origin = self.covered.get((r, column))
                if origin is not None and origin[0] < r and origin[0] in index:
                    # Covered by a merge from a row above: Word's vMerge.
                    spot = self.spots[origin[0]].get(origin[1])
                    span = self._colspan(spot, columns, c) if spot else 1
                    row.cells.append(
                        Cell(
                            text="",
                            column=c,
                            colspan=span,
                            covered=True,
                            origin=(index[origin[0]], place.get(origin[1], c)),
                        )
                    )
                    c += span
                    continue
                spot = self.spots[r].get(column)
                if spot is None:
                    row.cells.append(Cell(text="", column=c))
                    c += 1
                    continue
                span = self._colspan(spot, columns, c)
                # The rows it spans (`rows` ascending). NOTE: performance: a
                # count over `rows` for every cell was quadratic: a 2,000 × 60
                # sheet took 14.6 s of CPU, 7.6 s with this (docs/performance.md).
                rowspan = bisect.bisect_right(rows, spot.last_row) - index[r]
                row.cells.append(
                    Cell(
                        text=spot.text,
                        paragraphs=[
                            Paragraph(text=p.text, runs=list(p.runs))
                            for p in spot.paragraphs
                        ],
                        column=c,
                        colspan=span,
                        rowspan=max(rowspan, 1),
                    )
                )
                c += span
            table.rows.append(row)
        return table

    @staticmethod
    def _colspan(spot: _Spot, columns: list[int], at: int) -> int:
        span = 1
        while at + span < len(columns) and columns[at + span] <= spot.last_column:
            span += 1
        return span
