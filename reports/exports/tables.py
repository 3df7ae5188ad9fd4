"""The one definition of an appendix table (biểu) and its document frame.

A builder (reports.exports.builders) fills these dataclasses; three renderers
(html, xlsx, pdf) draw any of them. Values are computed here, in Python, so
that the HTML and PDF show exactly the figures Excel computes from its
formulas: a `Sum` or `Ratio` cell carries both its value and what it adds up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ntm.numbers import format_number
from ntm.text import nfc

TEXT = "text"
NUMBER = "number"
PERCENT = "percent"

DATA = "data"
GROUP = "group"  # I., II.: bold, no figures of its own
SUBTOTAL = "subtotal"  # a target over its villages: bold, sums of the rows below
TOTAL = "total"  # "Tổng cộng": bold, sums of the data rows
NOTE = "note"  # one text across the whole width: "Tổng số tiêu chí đạt: 10/19"


@dataclass(frozen=True)
class Column:
    """A column: its kind, how many decimals a number shows, its width in
    characters (Excel) and its alignment."""

    key: str
    kind: str = TEXT
    decimals: int | None = None  # None: as many as the value needs (3.200; 0,38)
    width: float = 14
    align: str = ""  # "", "center", "right"; numbers are right-aligned anyway
    number_label: str = ""  # the column-number row, when not "(n)": "(7)=(6)/(4)"

    @property
    def css(self) -> str:
        if self.kind in (NUMBER, PERCENT):
            return "num"
        return {"center": "center", "right": "num"}.get(self.align, "")


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class Sum:
    """A figure that Excel writes as =SUM(…): of rows `rows` (indexes into
    Table.rows, half-open) in the same column, or of columns `cols` (indexes,
    half-open) in the same row."""

    value: Decimal | None
    rows: tuple[int, int] | None = None
    cols: tuple[int, int] | None = None
    func: str = "SUM"  # "AVERAGE" for shares in % (five villages at 100% are 100%)


@dataclass(frozen=True)
class Ratio:
    """A percentage of two columns of the same row: (numerator / denominator)."""

    value: Decimal | None  # a fraction: 0.855 shows "85,5%"
    numerator: int
    denominator: int


@dataclass
class Row:
    cells: list
    kind: str = DATA


@dataclass
class Signature:
    """Another body's signature on a joint plan's document: for whom, post,
    name. Decree 30/2020 (Phụ lục I) places it on the left, the presiding
    body's on the right."""

    authority: list[str]
    title: str = ""
    name: str = ""


@dataclass
class Frame:
    """The Decree 30 frame around a table: header, appendix title, signature."""

    parent_agency: str
    issuing_agency: str
    reference: str  # "Số: 01/KH-BCĐ"
    place_date: str  # "Sơn Bằng, ngày 09 tháng 3 năm 2023"
    appendix: str  # "Phụ lục"
    title: str  # upper case: "BIỂU CHỈ TIÊU GIAO CHO CÁC THÔN"
    subtitle: str  # "(Kèm theo Kế hoạch số … ngày … của …)"
    authority: list[str] = field(default_factory=list)  # TM. …, KT. CHỦ TỊCH
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)  # "- Như trên;" … "- Lưu: VT."
    # The title as written, for screens: "… các xã thuộc huyện Hương Sơn".
    name: str = ""
    # A joint plan's other bodies' signatures, on the left above "Nơi nhận".
    cosigners: list[Signature] = field(default_factory=list)

    def __post_init__(self):
        for name in ("parent_agency", "issuing_agency", "title", "subtitle", "name"):
            setattr(self, name, nfc(getattr(self, name)))


@dataclass
class Table:
    """A table with its frame. `header` rows use colspan/rowspan; the column
    numbers row "(1) (2) …" follows them; `rows` hold values in column order."""

    slug: str  # the table in file names: "bieu-chi-tieu-cac-thon"
    frame: Frame
    columns: list[Column]
    header: list[list[HeaderCell]]
    rows: list[Row]
    landscape: bool = True
    freeze_cols: int = 2  # STT and the name stay in view when scrolling right
    footnote: str = ""
    # The download name without its extension (reports.exports.names), set
    # where the table is picked for a plan or an area (documents).
    file_stem: str = ""

    def file_name(self, fmt: str) -> str:
        return f"{self.file_stem or self.slug}.{fmt}"

    @property
    def col_percents(self) -> list[str]:
        """Each column's share of the width ("12.5"), from the Excel widths."""
        total = sum(column.width for column in self.columns) or 1
        return [f"{100 * column.width / total:.1f}" for column in self.columns]

    @property
    def number_row(self) -> list[str]:
        return [
            column.number_label or f"({position})"
            for position, column in enumerate(self.columns, start=1)
        ]

    def header_grid(self) -> list[tuple[int, int, HeaderCell]]:
        """(row, column, cell) of each header cell, 0-based, with the places
        taken by rowspans above skipped: what a spreadsheet needs to merge."""
        taken: set[tuple[int, int]] = set()
        placed = []
        for r, cells in enumerate(self.header):
            c = 0
            for cell in cells:
                while (r, c) in taken:
                    c += 1
                placed.append((r, c, cell))
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        taken.add((r + dr, c + dc))
                c += cell.colspan
        return placed

    def display_rows(self) -> list[DisplayRow]:
        """The rows as text, formatted the Vietnamese way (3.200; 0,38; 85,5%),
        for the HTML and PDF renderers: templates only show them."""
        shown = []
        for row in self.rows:
            if row.kind == NOTE:
                shown.append(DisplayRow(row.kind, [DisplayCell(str(row.cells[0]))]))
                continue
            cells = []
            for column, value in zip(self.columns, row.cells, strict=True):
                cells.append(DisplayCell(display(value, column), column.css))
            shown.append(DisplayRow(row.kind, cells))
        return shown


@dataclass(frozen=True)
class DisplayCell:
    text: str
    css: str = ""


@dataclass(frozen=True)
class DisplayRow:
    kind: str
    cells: list[DisplayCell]


def plain(value):
    """The value behind a Sum or Ratio."""
    return value.value if isinstance(value, Sum | Ratio) else value


def display(value, column: Column) -> str:
    """One cell as a Vietnamese document writes it."""
    value = plain(value)
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int | Decimal | float):
        if column.kind == PERCENT:
            places = Decimal(1).scaleb(
                -(1 if column.decimals is None else column.decimals)
            )
            percent = (Decimal(str(value)) * 100).quantize(places)
            return format_number(percent) + "%"  # 85,5%  100%
        return format_number(value, column.decimals)
    return nfc(str(value))
