"""The outline of a plan before any meaning: its lines, the zones of a
Decree 30 document (header, title, preamble, body, closing), and the body as a
tree of blocks built from every numbering scheme Vietnamese plans use.

A block's kind is its marker: "I." (roman), "A." (upper), "1." / "1.1." /
"1.1.1." (dec1…dec4), "a)" (letter), "Tiêu chí số N" (criterion), "Chỉ tiêu
N.M" (indicator), "Điều N" (article), and the bullets "-", "+", "*", "•".
Numbered kinds nest by rank; bullets nest by the order they appear in (the
first bullet under a heading is the outer one), refined by indentation and
Word's list level. A line with no marker goes on its paragraph (a line that
starts in lower case continues the one before: Word's broken paragraphs) or
is body text of the block above it. A table in the body becomes a block whose
rows are blocks; its columns are mapped from their header words, and group
rows (A, B / I, II) are the parents of the rows below them.
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from ntm.documents import Document, Paragraph, Table, columns
from ntm.text import fold
from plans.document_import.labels import BODY_KINDS, LABEL_START, LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.timeframes import ROMAN, TIME_CELL, time_range

DOC_TYPES = {
    "ke hoach": "KH",
    "quyet dinh": "QĐ",
    "bao cao": "BC",
    "thong bao": "TB",
    "chuong trinh": "CTr",
    "huong dan": "HD",
    "de an": "ĐA",
}

# "Nhiệm vụ 1:", "Công trình 2:" (labels.toml [item]): as written, or in
# capitals.
ITEM_WORDS = "|".join(
    re.escape(form)
    for word in sorted(LABELS["item"]["words"], key=len, reverse=True)
    for form in (word, word.upper())
).replace(r"\ ", r"\s+")

# "Một là, …", "Thứ hai: …" (labels.toml [item] counted, ordinal): the
# word's place in its list is the task's number. "Thứ Hai, ngày 12/01 …"
# or "Thứ Ba (13/01): …" is a day of the week, not an ordinal.
COUNTED = [w.lower() for w in LABELS["item"]["counted"]]
ORDINAL = LABELS["item"]["ordinal"]
ORDINAL_MARKER = re.compile(
    rf"^(?:(?P<counted>{'|'.join(COUNTED)})\s+là|thứ\s+(?P<ordinal>{'|'.join(ORDINAL)}))"
    r"\s*[,:]\s*(?!ngày\b|\d|\()(?P<t>\S.*)$",
    re.IGNORECASE,
)

MARKERS: list[tuple[str, re.Pattern]] = [
    (
        "part",
        re.compile(
            r"^(?:Phần|PHẦN)\s+(?:thứ\s+|THỨ\s+)?(?P<n>[IVX]{1,4}|\d{1,2}|[^\s.:]+)\s*[.:\-–]\s*(?P<t>.*)$"
        ),
    ),
    ("article", re.compile(r"^Điều\s+(?P<n>\d{1,3})\s*[.:]\s*(?P<t>.*)$")),
    (
        "criterion",
        re.compile(
            r"^(?:Tiêu chí|TIÊU CHÍ|tiêu chí)\s*(?:số|SỐ)?\s*(?P<n>\d{1,2})(?![\d./])\s*(?:[-–:.)]\s*|\s+)(?P<t>.*)$"
        ),
    ),
    (
        "indicator",
        re.compile(
            r"^(?:Chỉ tiêu|CHỈ TIÊU|chỉ tiêu)\s*(?:số|SỐ)?\s*(?P<n>\d{1,2}\.\d{1,2})(?![\d/])\.?\s*(?:[-–:.)]\s*|\s+)?(?P<t>.*)$"
        ),
    ),
    (
        "item",
        re.compile(
            rf"^(?:{ITEM_WORDS})\s+(?:số\s+|thứ\s+)?(?P<n>\d{{1,2}})\s*[:.)\-–]\s*(?P<t>\S.*)$"
        ),
    ),
    ("roman", re.compile(r"^(?P<n>[IVX]{1,5})\s*(?:[.):\-–]|/(?=\s))\s*(?P<t>\S.*)$")),
    ("upper", re.compile(r"^(?P<n>[A-HJ-UWYZĐ])\s*[.)]\s+(?P<t>\S.*)$")),
    (
        "dec",
        re.compile(
            r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?![\d/%,])\s*[.):]?\s+(?P<t>\S.*)$"
        ),
    ),
    # "1.1.Hoàn thành …": Word's numbering exported to PDF loses its tab.
    ("dec", re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.(?P<t>[A-ZĐÀ-Ỹ]\S*.*)$")),
    ("dec", re.compile(r"^(?P<n>\d{1,2})\s*[.):](?![\d/])\s*(?P<t>\S.*)$")),
    # "1/ Mục đích", "1.2/ …", "a/ …", "I/ …": numbers typed with a slash
    # when an office skips Word's lists; a space after the slash, so that
    # "30/6" or "b/c" is never a number. "2/ 15 hộ …" is item 2 before a
    # figure, but "30/ 6 hoàn thành …" is a day and its month (SLASH_DATE).
    ("dec", re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})/\s+(?P<t>\S.*)$")),
    ("letter", re.compile(r"^(?P<n>[a-zđ])\s*[)./]\s+(?P<t>\S.*)$")),
    ("dash", re.compile(r"^[-–—‐]\s*(?P<t>\S.*)$")),
    ("plus", re.compile(r"^\+\s*(?P<t>\S.*)$")),
    ("star", re.compile(r"^\*\s+(?P<t>\S.*)$")),
    ("bullet", re.compile(r"^[•·▪►➢❖✓o]\s+(?P<t>\S.*)$")),
]
BULLETS = ("dash", "plus", "star", "bullet")
RANKS = {
    "part": 0,
    # Word's "Heading 1/2/3" style with no number: between the numbered
    # kinds, so that "1." tasks fall under a "Heading 2".
    "heading1": 0.5,
    "roman": 1,
    "heading2": 1.5,
    "article": 1,
    "upper": 2,
    "heading3": 2.5,
    "dec1": 3,
    # "Nhiệm vụ 1:", "Nội dung 2." number the tasks like "1.", "2.".
    "item": 3,
    "dec2": 4,
    "dec3": 5,
    "dec4": 6,
    # "Tháng 01/2027", "Quý I/2027", "Tuần 1 (từ 05 - 09/01/2027)" as a
    # heading with no number: the period of the items under it.
    "period": 2.7,
    # A criterion or indicator line heads the a) b) items under it.
    "criterion": 6.5,
    "indicator": 6.8,
    "letter": 7,
}
SEPARATOR = re.compile(r"^[-_=*.…~]{3,}$")
# A line that is only a period (folded): "Tháng 01/2027", "Quý I/2027",
# "Tuần 1 (từ 05 - 09/01/2027)", "Từ ngày 05/01 đến ngày 15/01/2027",
# "6 tháng đầu năm 2027", "Trong tháng 3:".
PERIOD = re.compile(
    r"^(?:trong\s+)?(?:"
    r"(?:thang|quy)\s+[0-9ivx]{1,4}(?:\s*(?:/|nam)\s*\d{4})?"
    r"|tuan\s+(?:thu\s+)?\d{1,2}(?:\s+thang\s+\d{1,2}(?:\s*/\s*\d{4})?)?"
    r"(?:\s*[(:,-]\s*tu\s+(?:ngay\s+)?\d[\d/ ]*(?:-|–|den)\s*(?:ngay\s+)?\d[\d/]*\)?)?"
    r"|tu\s+(?:ngay\s+)?\d{1,2}(?:/\d{1,2}(?:/\d{4})?)?\s*(?:-|–|den)\s*(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|\d{1,2}\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?"
    r")\s*[.:]?$"
)

# A heading that only names a kind of section ("II. NHIỆM VỤ, GIẢI PHÁP",
# "1. Nhiệm vụ trọng tâm", "NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN") is a section
# whatever follows it: never a task called "NHIỆM VỤ".
_SECTION_WORD = (
    r"(?:cac\s+)?(?:nhiem vu|giai phap|noi dung|cong viec|hoat dong|muc tieu"
    r"|muc dich|yeu cau|chi tieu|kinh phi|to chuc thuc hien|phan cong|thoi gian"
    r"|tien do|thoi han|trach nhiem|lo trinh)"
    r"(?:\s+(?:chu yeu|trong tam|cu the|chinh|chung|thuc hien|trien khai"
    r"|can thuc hien|nam \d{4}|giai doan \d{4}\s*-\s*\d{4}))*"
)
SECTION_NAME = re.compile(
    rf"{_SECTION_WORD}(?:\s*(?:,|;|-|–|\bva\b)\s*{_SECTION_WORD})*"
)
# The other parts a plan may head with their name alone (folded): its
# bases, the report it asks for, what was done before, its principles.
_PART_NAME = re.compile(
    r"^(?:can cu|co so phap ly|che do (?:thong tin\s*,?\s*)?bao cao|danh gia"
    r"|thuc trang|tinh hinh|ket qua thuc hien|quan diem|nguyen tac|su can thiet"
    r"|du toan|nguon (?:kinh phi|von)|dieu khoan thi hanh)\b"
)


def names_a_section(text: str) -> bool:
    """`text` (a heading without its marker) names only a kind of section."""
    return bool(SECTION_NAME.fullmatch(fold(text).strip(" .:")))


def _capital_headings(lines: list[Line]) -> None:
    """A plan that numbers none of its parts ("I.", "Phần I") may head them
    with a line in capitals alone ("MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ
    CHỨC THỰC HIỆN", bold in Word or not): each is a heading of the top
    rank, as Word's "Heading 1" is, so that the objectives and the units'
    duties under it are read as what they are, never as tasks."""
    if any(
        line.cells is None and marker(line.text)[0] in ("part", "roman")
        for line in lines
    ):
        return
    for line in lines:
        text = line.text.strip(" :")
        if (
            line.cells is None
            and line.heading is None
            and text.isupper()
            and len(text.split()) <= 12
            and (names_a_section(text) or _PART_NAME.match(fold(text)))
        ):
            line.heading = 1


# Table columns from their header words (folded): data shared with the
# spreadsheet reader (ntm/documents/columns.toml), in the order a cell is
# checked.
COLUMNS = columns.COLUMNS


@dataclass
class Line:
    """One line of the document as the user sees it in the preview: a
    paragraph (or one line of it), a cell paragraph of a layout table, or a
    row of a body table."""

    index: int
    text: str
    bold: bool = False
    italic: bool = False
    emphasis: str = ""  # the leading bold/italic stretch after the marker
    indent: float = 0.0
    align: str = ""
    level: int | None = None
    cells: list[str] | None = None
    # Columns of a table row covered by a cell merged down from a row above
    # (Word vMerge, PDF row spans), with that cell's text.
    merged: dict[int, str] = field(default_factory=dict)
    table: int | None = None
    # The paragraphs of a row's cells that hold more than one ("- Tham mưu
    # …", "- Hướng dẫn …" in one cell; partners one to a line, a
    # spreadsheet's Alt+Enter), by column.
    parts: dict[int, list[str]] = field(default_factory=dict)
    used: str = ""  # where the line went; "" while unplaced
    heading: int | None = None  # N of Word's "Heading N" style
    # The column of a layout table (header, signatures) the line stands in.
    column: int | None = None
    # The footnotes and endnotes marked in the line (Word), apart from its
    # text: where the opening marks them, they name the plan's bases.
    notes: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Block:
    kind: str  # a marker kind, "text", "table", "row" or "group"
    number: str
    text: str
    lines: list[Line] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)
    emphasis: str = ""
    indent: float = 0.0
    level: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # row: role → text
    # A row's figures under villages a merged header cell groups ("Phân bổ
    # cho các thôn" over "Thôn 1 | Thôn 2 | …"): village → figure as written.
    shares: dict[str, str] = field(default_factory=dict)
    parent: Block | None = field(default=None, repr=False)
    # A period heading's rank, set where it is placed (_place).
    placed_rank: float | None = field(default=None, repr=False)

    @property
    def rank(self) -> float:
        if self.placed_rank is not None:
            return self.placed_rank
        return RANKS.get(self.kind, 10)

    @property
    def structural(self) -> list[Block]:
        return [c for c in self.children if c.kind != "text"]

    @property
    def texts(self) -> list[Block]:
        return [c for c in self.children if c.kind == "text"]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def use(self, where: str) -> None:
        for line in self.lines:
            if not line.used:
                line.used = where


@dataclass
class Outline:
    lines: list[Line]
    header: list[Line]
    doc_type: str
    title: list[Line]
    preamble: list[Line]
    body: Block  # the root: its children are the top-level blocks
    closing: list[Line]
    # The positions in `lines` of a page's number or running header copied
    # into the text (page_furniture): used as such wherever they stand.
    furniture: set[int] = field(default_factory=set)
    # The lines of the web page the plan was copied from (web_page), apart
    # from `lines`: the breadcrumb, the post's title and date, the related
    # news.
    page: list[Line] = field(default_factory=list)
    # The sentence that announces the plan in a message with no header
    # ("UBND xã … thông báo Kế hoạch số …"): its number, date, issuer, title.
    announcement: Line | None = None
    # The type line says two bodies issue the document ("KẾ HOẠCH LIÊN TỊCH",
    # "KẾ HOẠCH PHỐI HỢP").
    joint: bool = False


# "30/ 6 hoàn thành …", "15/ 10/2027 nghiệm thu …", "… 31/ 12.": a day, a
# slash, a space, then a month (not a figure: "2/ 15 hộ", "3/ 2,5 km",
# "4/ 2.5 km"; a full stop after it ends the date), read as a date at a
# line's start rather than as a number typed with a slash.
SLASH_DATE = re.compile(
    r"^(?:0?[1-9]|[12]\d|3[01])/\s+(?:0?[1-9]|1[0-2])(?![\d,%])(?!\.\d)(?!\s*%)"
)
# "6/ 2027: hoàn thành …", "12/ 2027 nghiệm thu …": a month, a slash, a
# space, then a year. Unlike a day and its month it is never counted on as
# the next item ("2/ 2000 hộ" after "1/ …" is rarer than a time line under
# item 5 that reads "6/ 2027: …").
SLASH_MONTH_YEAR = re.compile(r"^(?:0?[1-9]|1[0-2])/\s+(?:19|20)\d\d(?![\d,%])(?!\.\d)")


def marker(text: str) -> tuple[str, str, str]:
    """(kind, number, text after the marker) of a line; kind "text" if none."""
    if SLASH_DATE.match(text) or SLASH_MONTH_YEAR.match(text):
        return "text", "", text
    if m := ORDINAL_MARKER.match(text):
        return "item", _ordinal_number(m), _capitalized(m.group("t").strip())
    for kind, pattern in MARKERS:
        m = pattern.match(text)
        if m:
            number = m.groupdict().get("n") or ""
            if kind == "dec":
                kind = f"dec{number.count('.') + 1}"
            return kind, number, m.group("t").strip()
    return "text", "", text


def _ordinal_number(m: re.Match) -> str:
    """The number an ordinal marker's word stands for ("Ba là" → "3")."""
    if m.group("counted"):
        return str(COUNTED.index(m.group("counted").lower()) + 1)
    return str(ORDINAL.index(m.group("ordinal").lower()) + 1)


def _capitalized(text: str) -> str:
    """`text` with its first letter in capitals: the work after "Một là," goes
    on the sentence in lower case, but it is a task's title."""
    return text[:1].upper() + text[1:]


def _emphasis(paragraph: Paragraph) -> str:
    """The bold or italic stretch that opens the paragraph's text (after a
    typed marker such as "- "), when it does not cover the whole text."""
    runs = [r for r in paragraph.runs if r.text]
    text = ""
    started = False
    for run in runs:
        if not started:
            stripped = run.text.strip()
            if not stripped or (
                not (run.bold or run.italic) and re.fullmatch(r"[-+*•–]\s*", run.text)
            ):
                continue
            if not (run.bold or run.italic):
                return ""
            started = True
            text = run.text
        elif run.bold or run.italic:
            text += run.text
        else:
            break
    text = text.strip()
    return "" if fold(text) == fold(paragraph.text.lstrip("-+*•– ")) else text


def _heading_level(style: str) -> int | None:
    m = re.fullmatch(r"heading\s*(\d)", style.strip(), re.IGNORECASE)
    return int(m.group(1)) if m else None


def _is_layout(table: Table, before_type: bool) -> bool:
    """A table that lays out the header or the signature (two columns of
    blocks), not one whose rows the plan lists."""
    text = fold(" ".join(c.text for row in table.rows for c in row.cells))
    if before_type:
        # No "KẾ HOẠCH" yet: the header's two columns, unless a row near the
        # top names task columns (an appendix or a workbook that is only its
        # task table, under "PHỤ LỤC").
        return not (
            len(table.rows) >= 3
            and any(
                _header_like(Line(index=0, text="", cells=[c.text for c in row.cells]))
                for row in table.rows[:2]
            )
        )
    return (
        bool(re.search(r"\bnoi nhan\b|cong hoa xa hoi|\b(?:tm|kt|tl|tuq)\s*\.", text))
        and len(table.rows) <= 12
    )


def _doc_type(text: str) -> str:
    return DOC_TYPES.get(_doc_type_key(text), "")


def lines_of(document: Document) -> list[Line]:
    """Every line of `document` in reading order."""
    lines: list[Line] = []
    seen_type = False

    def add(paragraph: Paragraph, **extra) -> None:
        nonlocal seen_type
        pieces = [p.strip() for p in paragraph.full_text.split("\n")]
        pieces = [p for p in pieces if p]
        emphasis = _emphasis(paragraph) if len(pieces) == 1 else ""
        for n, piece in enumerate(pieces):
            lines.append(
                Line(
                    index=len(lines),
                    text=" ".join(piece.replace("\t", " ").split()),
                    bold=paragraph.bold,
                    italic=paragraph.italic,
                    emphasis=" ".join(emphasis.split()),
                    indent=paragraph.indent,
                    align=paragraph.align,
                    level=paragraph.level,
                    heading=_heading_level(paragraph.style),
                    notes=list(paragraph.notes) if n == len(pieces) - 1 else [],
                    **extra,
                )
            )
            if _doc_type(piece):
                seen_type = True

    for number, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            add(block)
            continue
        if _is_layout(block, before_type=not seen_type):
            # Column by column: the issuer above its number on the left, the
            # motto above the place and date on the right; the recipients on
            # the left, the signature on the right.
            grid = block.grid()
            width = max((len(r) for r in grid), default=0)
            for column in range(width):
                done = set()
                for row in grid:
                    cell = row[column] if column < len(row) else None
                    if cell is None or id(cell) in done or cell.column != column:
                        continue
                    done.add(id(cell))
                    for paragraph in cell.paragraphs or [Paragraph(cell.text)]:
                        add(paragraph, column=column)
            continue
        grid = block.grid()
        for r, row in enumerate(block.rows):
            cells = [""] * max(block.columns, 1)
            merged: dict[int, str] = {}
            parts: dict[int, list[str]] = {}
            for cell in row.cells:
                if not cell.covered and cell.column < len(cells):
                    cells[cell.column] = " ".join(cell.text.split())
                    pieces = [" ".join(t.split()) for t in cell.text.split("\n")]
                    if len([t for t in pieces if t]) > 1:
                        parts[cell.column] = [t for t in pieces if t]
                elif cell.covered and cell.column < len(grid[r]):
                    origin = grid[r][cell.column]
                    if origin is not None and origin.text.strip():
                        merged[cell.column] = " ".join(origin.text.split())
            if not any(cells):
                continue
            bold = all(c.bold for c in row.cells if c.text.strip() and not c.covered)
            lines.append(
                Line(
                    index=len(lines),
                    text=" | ".join(c for c in cells if c),
                    bold=bold,
                    cells=cells,
                    merged=merged,
                    parts=parts,
                    table=number,
                )
            )
    _phone_bullets(lines)
    _amended_points(lines)
    return lines


# An amending plan's sentence over the points as amended or added ("1. Sửa
# đổi điểm 3 mục II như sau:", "Bổ sung điểm 9, điểm 10 vào mục II như
# sau:", "Sửa đổi, bổ sung khoản 2 Mục III như sau:"), and one that repeals
# a point ("2. Bãi bỏ điểm 7 mục II Kế hoạch số …").
AMENDING = "sửa đổi, bổ sung"
_AMENDS = re.compile(
    r"^(?:sua doi|bo sung|thay the|dieu chinh)\b.*"
    r"\b(?:diem|khoan|muc|noi dung|nhiem vu)\b.*\bnhu sau\s*:?$"
)
_REPEALS = re.compile(r"^bai bo\s+(?:diem|khoan|muc|noi dung|nhiem vu)\b")
_OPENING_QUOTE = re.compile(r'^[“"«]\s*')
_CLOSING_QUOTE = re.compile(r'\s*[”"»]\s*(?=[.;]?\s*$)|(?<=[.;])\s*[”"»]\s*$')


def _amended_points(lines: list[Line]) -> None:
    """An amending plan quotes each point as amended or added under the
    sentence that says so ("1. Sửa đổi điểm 3 mục II như sau:" over "“3.
    Rà soát … / - Cơ quan chủ trì: … / - Thời gian hoàn thành: Quý
    II/2027.”"): the quoted points are its items, their quotation marks
    dropped; the sentence over them, and one that repeals a point, lose
    their number and are used as what they are, no task."""
    for index, line in enumerate(lines):
        kind, _, rest = marker(line.text)
        folded = fold(rest).strip()
        if line.cells is not None:
            continue
        if _REPEALS.match(folded):
            line.text, line.used = rest, "bãi bỏ"
        elif _AMENDS.match(folded) and _unquote(lines[index + 1 :]):
            line.text, line.used = rest, AMENDING


def _unquote(lines: list[Line]) -> bool:
    """Drops the quotation marks around the points at the start of `lines`
    (each point quoted, or several in one quotation); whether any was."""
    inside = found = False
    for line in lines:
        if line.cells is not None:
            break
        if not inside:
            if not _OPENING_QUOTE.match(line.text):
                break
            line.text = _OPENING_QUOTE.sub("", line.text)
            inside = found = True
        if _CLOSING_QUOTE.search(line.text):
            line.text = _CLOSING_QUOTE.sub("", line.text, count=1)
            inside = False
    return found


# Bullets typed on a phone (a plan pasted from Zalo or Facebook): a leading
# emoji or pictograph ("✅", "👉", "📌", "🔹", "➡️") stands for a bullet, a
# keycap ("1️⃣", "1️⃣2️⃣", "🔟") for "1.". Skin tones, variation selectors and
# joiners belong to the emoji before them.
_EMOJI = (
    r"[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    r"\U0001f000-\U0001faff]"
)
_EMOJI_TAIL = (
    r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff"
    r"\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]*"
)
_PICTOGRAPH = re.compile(rf"^(?P<mark>{_EMOJI}){_EMOJI_TAIL}\s*(?=\S)")
_KEYCAP = re.compile(r"^(?P<n>(?:\d\ufe0f?\u20e3){1,2}|\U0001f51f)\s*(?=\S)")
# A run of emoji inside a line ("… trung tâm xã 👤 Phụ trách: …").
_EMOJI_RUN = re.compile(rf"\s*(?:{_EMOJI}{_EMOJI_TAIL})+\s*")


def _without_label_emoji(text: str) -> str:
    """`text` without the emoji that stand before a label ("👤 Phụ trách:",
    "⏰ Hạn:", "🤝 Phối hợp:"): they mark the label, as its colon does, and
    are no bullet of their own. At the start the label opens the line; inside
    it ("… xã 👤 Phụ trách: X ⏰ Hạn: …") it opens a sentence of its own."""
    out, end = [], 0
    for m in _EMOJI_RUN.finditer(text):
        if not LABEL_START.match(fold(text[m.end() :])):
            continue
        before = text[end : m.start()]
        out.append(before)
        if before.strip() and not re.search(r"[.;:]\s*$", before):
            out.append(".")
        out.append(" " if before.strip() else "")
        end = m.end()
    return "".join(out) + text[end:] if out else text


def _phone_bullets(lines: list[Line]) -> None:
    """Each kind of emoji that opens lines becomes a typed bullet the
    document does not use otherwise ("•", "*", "-", "+", in that order), in
    the order the kinds first appear; bullets then nest by order of
    appearance like any others ("✅" task over "👉" attribute lines). An
    emoji before a label is dropped (the label line is the block's own)."""
    for line in lines:
        if line.cells is None and _EMOJI_RUN.search(line.text):
            line.text = _without_label_emoji(line.text)
        if (
            line.cells is None
            and (m := _PICTOGRAPH.match(line.text))
            and line.text.rstrip().endswith(":")
            and len(line.text[m.end() :].split()) <= 8
        ):
            # "🔹 Nhiệm vụ trọng tâm:": a short line that leads the list
            # under it is no item of it.
            line.text = line.text[m.end() :]
    found = [
        (line, m)
        for line in lines
        if line.cells is None
        and (m := _KEYCAP.match(line.text) or _PICTOGRAPH.match(line.text))
        and marker(line.text)[0] == "text"
    ]
    if not found:
        return
    used = {marker(line.text)[0] for line in lines if line.cells is None}
    free = [
        typed
        for kind, typed in (
            ("bullet", "•"),
            ("star", "*"),
            ("dash", "-"),
            ("plus", "+"),
        )
        if kind not in used
    ] or ["•"]
    chosen: dict[str, str] = {}
    for line, m in found:
        rest = line.text[m.end() :]
        if "n" in m.groupdict():
            number = re.sub(r"\D", "", m.group("n")) or "10"  # "🔟"
            line.text = f"{number}. {rest}"
            continue
        if m.group("mark") not in chosen:
            chosen[m.group("mark")] = free[min(len(chosen), len(free) - 1)]
        line.text = f"{chosen[m.group('mark')]} {rest}"


# A place and date with no "ngày", the whole line: "Kỳ Anh, 05/01/2027",
# "Kỳ Anh, 5-1-2027", "Kỳ Anh, tháng 01 năm 2027" (no day: a month and
# year, as "ngày   tháng 01 năm 2027" is read). The place has no figure,
# so "Căn cứ …, 05/01/2027" or a task's time is none.
BARE_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d][^,\d:;()]{1,59}),\s*"
    r"(?:(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*"
    r"|tháng\s*(?P<only_month>\d{1,2}|[…._ ]*)\s*(?:năm|/)\s*)"
    r"(?P<year>\d{4})\s*\.?",
    re.IGNORECASE,
)


def _is_header_line(text: str) -> bool:
    folded = fold(text)
    return bool(
        text.isupper()
        or re.match(r"^so\s*:?\s*[\d…._ /]*/", folded)
        or re.search(r"\bngay\b.*\bthang\b.*\bnam\b", folded)
        or BARE_PLACE_DATE.fullmatch(text.strip())
        or folded.startswith(("doc lap", "cong hoa"))
        or SEPARATOR.match(text)
    )


# A signature written on one line, as a message ends (folded, its length
# kept): "TM. UBND xã - Chủ tịch Nguyễn Hữu Phước", "T/M Đảng ủy xã, Bí thư:
# Lê Văn Hùng" (for whom, then the post, then the name), or "Chủ tịch UBND
# xã Phạm Minh Tuấn" (the post of a body, then the name).
_POSTS = label_pattern("signature", "posts")
_LEVELS = ("xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thanh pho", "tinh")
_SIGNED_FOR = re.compile(
    r"^(?P<authority>(?:(?:tm|kt|tl|tuq)(?:\s*\.|\s)|t\s*/\s*m\b|k\s*/\s*t\b|t\s*/\s*l\b)"
    rf"\s*\S.*?)\s*[-–,:]\s*(?P<post>{_POSTS})\s*:?\s+(?P<name>\S.*?)\s*\.?$"
)
_HEAD_OF = re.compile(
    rf"^(?P<post>{_POSTS})\s+(?P<body>{BODY_KINDS}.*?\b(?:{'|'.join(_LEVELS)}))"
    r"\s+(?P<name>\S.*?)\s*\.?$"
)


_POST_AND_NAME = re.compile(rf"^(?P<post>{_POSTS})\s*:?\s+(?P<name>\S.*?)\s*\.?$")


@dataclass
class Signature:
    authority: str  # "TM. UBND xã", as written, or made from the body
    post: str  # "Chủ tịch"
    name: str  # "Nguyễn Hữu Phước"


# Words that name a body or a place, never a person: "PHÓ CHỦ TỊCH UBND
# TỈNH" under "TRƯỞNG BAN" is the signer's other post, not a post and a name.
_BODY_WORDS = {"UBND", "HĐND", "TỈNH", "XÃ", "HUYỆN", "PHƯỜNG"}

# For whom a signature signs, at a line's start: "TM.", "KT.", "TL.", "TUQ.",
# "Q." or "T/M", "K/T", "T/L".
SIGNS_FOR = re.compile(
    r"^(?:(?:TM|KT|TL|TUQ|Q)\s*\.|T\s*/\s*M\b|K\s*/\s*T\b|T\s*/\s*L\b)"
)


def one_line_signature(text: str) -> Signature | None:
    """A signature written on one line, its parts as written ("Chủ tịch
    Nguyễn Hữu Phước" alone: no authority); None for any other line. The
    name is two to five words, each with a capital; after
    "Chủ tịch UBND xã" a place may come first ("… xã Hòa Bình Phạm Minh
    Tuấn": the last three words are the name when more than four follow)."""
    text = text.strip()
    folded = fold(text)
    if len(folded) != len(text):
        return None
    if m := _SIGNED_FOR.match(folded):
        authority = text[: m.end("authority")]
        post = text[m.start("post") : m.end("post")]
        name = text[m.start("name") : m.end("name")]
    elif m := _HEAD_OF.match(folded):
        words = text[m.start("name") : m.end("name")].split()
        place = words[:-3] if len(words) > 4 else []
        name = " ".join(words[len(place) :])
        body = " ".join([text[m.start("body") : m.end("body")], *place])
        post, authority = text[m.start("post") : m.end("post")], f"TM. {body}"
    elif m := _POST_AND_NAME.match(folded):
        # "Chủ tịch Nguyễn Hữu Phước" under "TM. UBND xã".
        authority = ""
        post = text[m.start("post") : m.end("post")]
        name = text[m.start("name") : m.end("name")]
    else:
        return None
    words = name.split()
    if (
        not 2 <= len(words) <= 5
        or not all(w[:1].isupper() and w.isalpha() for w in words)
        or _BODY_WORDS & {w.upper() for w in words}
    ):
        return None
    return Signature(authority.strip(" ,-–"), post, name)


def _closing_start(lines: list[Line], start: int) -> int:
    """Where "Nơi nhận:" or the signature block begins, after the body."""
    for index in range(len(lines) - 1, start - 1, -1):
        if fold(lines[index].text).startswith("noi nhan"):
            # The signature may stand before "Nơi nhận" when the two columns
            # were read one after the other, or two signatures side by side
            # above it (a joint plan): from the first "TM." of those blocks.
            if (signed := _signatures_above(lines, start, index)) is not None:
                return signed
            k = index
            while (
                k - 1 >= start and _signature_line(lines[k - 1].text) and k > index - 4
            ):
                k -= 1
            return k
    for index in range(len(lines) - 1, max(start, len(lines) - 8) - 1, -1):
        if re.match(r"^(?:TM|KT|TL|TUQ|Q)\s*\.", lines[index].text):
            return index
    for index in range(len(lines) - 1, max(start, len(lines) - 3) - 1, -1):
        if lines[index].cells is None and one_line_signature(lines[index].text):
            return index
    return len(lines)


def _signatures_above(lines: list[Line], start: int, end: int) -> int | None:
    """Where the signature blocks that end on a signer's name right above
    line `end` begin: their first "TM."/"KT." line, over at most a dozen
    lines of posts and names; None if no name ends them so."""
    k = end
    while (
        k - 1 >= start
        and k > end - 14
        and lines[k - 1].cells is None
        and (_signature_line(lines[k - 1].text) or is_signers_name(lines[k - 1].text))
    ):
        k -= 1
    if k == end or not is_signers_name(lines[end - 1].text):
        return None
    return next((i for i in range(k, end) if SIGNS_FOR.match(lines[i].text)), None)


def is_signers_name(text: str) -> bool:
    """ "Nguyễn Văn Lực": two to five capitalised words, not in capitals."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and not text.isupper()
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


def _signature_line(text: str) -> bool:
    return bool(SIGNS_FOR.match(text)) or (text.isupper() and len(text) < 40)


def _attach_table(
    parent: Block, lines: list[Line], legends: dict[int, dict[str, str]] | None = None
) -> Block:
    """A body table's rows as blocks: the header row(s) give the columns,
    group rows the parents. `legends`: the legend of a responsibility
    matrix's marks written by a table, by the table's number."""
    table = Block(kind="table", number="", text="", parent=parent)
    width = len(lines[0].cells or [])
    roles: dict[int, str] = {}
    # A schedule: "Thời gian thực hiện năm 2027" merged over "Quý I | … |
    # Quý IV" (or "Tháng 1 … Tháng 12", "T1 … T12", "Tuần 1 … Tuần 4",
    # "2026 | 2027 | 2028"), or those periods in the header's one row; by
    # column, the period each one is.
    schedule: dict[int, Period] = {}
    villages: dict[int, str] = {}
    header_rows = 0
    for line in lines[:3]:
        found = {}
        for column, cell in enumerate(line.cells or []):
            folded = fold(cell)
            for role, pattern in COLUMNS:
                if folded and re.search(pattern, folded) and role not in found.values():
                    found[column] = role
                    break
        if len(found) >= 2 and (
            "content" in found.values() or "number" in found.values()
        ):
            for column, role in found.items():
                roles.setdefault(column, role)
            for column, cell in enumerate(line.cells or []):
                if column not in found and (period := _period_cell(cell)):
                    schedule[column] = period
            header_rows += 1
            line.used = "tiêu đề bảng"
        elif header_rows and (sub := _sub_header(line)):
            # A header of two rows: "Thời gian" merged over "Bắt đầu | Hoàn
            # thành", "Đơn vị" over "Chủ trì | Phối hợp": the lower row names
            # the columns it splits.
            # "Tháng 4/2027" merged over "Tuần 1 … Tuần 4": the weeks of
            # the month above them.
            months = {c: p for c, p in schedule.items() if p.kind == "thang"}
            for column, role in sub.items():
                if role == "period":
                    period = _period_cell((line.cells or [])[column])
                    schedule[column] = _of_month(period, months, column)
                else:
                    roles[column] = role
            header_rows += 1
            line.used = "tiêu đề bảng"
        elif header_rows and (names := _grouped_names(line, lines[header_rows - 1])):
            # "Phân bổ cho các thôn" merged over "Thôn 1 | Thôn 2 | …", the
            # other header cells merged down: the lower row is the header's,
            # its names the columns of figures under the group.
            # Agencies under "Đơn vị thực hiện" are no villages ("Các thôn").
            if (
                _names_villages(names, lines[header_rows - 1])
                and not (_agency_columns(lines, header_rows, roles)[0])
            ):
                villages = names
                for column in villages:
                    roles.pop(column, None)
            header_rows += 1
            line.used = "tiêu đề bảng"
        elif header_rows:
            break
    # A responsibility matrix: "Đơn vị thực hiện" merged over "UBND xã |
    # Phòng Kinh tế | …", a mark under each agency of a row ("C", "P").
    agencies, below = _agency_columns(lines, header_rows, roles)
    kinds: dict[str, str] = {}
    if agencies:
        header_rows = max(header_rows, below)
        for line in lines[:header_rows]:
            line.used = "tiêu đề bảng"
        for column in agencies:
            roles.pop(column, None)
        legend = next(
            (legends[line.table] for line in lines if line.table in (legends or {})),
            {},
        )
        kinds = _mark_kinds(lines[header_rows:], agencies, legend)
    year = ""
    if not _marks_only(schedule, lines[header_rows:]):
        # "Chỉ tiêu | ĐVT | 2026 | 2027": figures by year, no schedule.
        schedule = {}
    if len(schedule) >= 2:
        # The year the schedule's heading names ("… năm 2027"), and its
        # month ("Thời gian thực hiện tháng 3/2027" over the weeks).
        schedule = _weeks_in_month(schedule, lines[:header_rows])
        for line in lines[:header_rows]:
            for column, cell in enumerate(line.cells or []):
                if (column in schedule or roles.get(column) == "time") and (
                    m := re.search(r"\b(?:19|20)\d\d\b", cell)
                ):
                    year = year or m.group(0)
        # The schedule is the time: its first column stands for it.
        for column in schedule:
            roles.pop(column, None)
        roles[min(schedule)] = "time"
    else:
        schedule = {}
    if not roles:
        roles = _roles_by_content(lines)
    if "content" not in roles.values():
        # No "Nội dung" column named: the widest text column holds it.
        lengths = {
            c: sum(len((line.cells or [""] * width)[c]) for line in lines[header_rows:])
            for c in range(width)
            if c not in roles and c not in agencies
        }
        if lengths and roles:
            roles[max(lengths, key=lengths.get)] = "content"
    table.columns = {str(c): r for c, r in roles.items()}
    table.lines = lines[:header_rows]
    group: Block | None = None
    number_column = next((c for c, r in roles.items() if r == "number"), None)
    row_numbers = [
        (line.cells or [""] * width)[number_column].strip(" .")
        if number_column is not None and number_column < len(line.cells or [])
        else ""
        for line in lines
    ]
    for position, line in enumerate(lines[header_rows:], header_rows):
        cells = line.cells or []
        values = {
            roles[c]: v
            for c, v in enumerate(cells)
            if c in roles and v and c not in schedule
        }
        marked = [
            schedule[c] for c in sorted(schedule) if c < len(cells) and cells[c].strip()
        ]
        if marked and (time := _schedule_time(marked, year, schedule)):
            values["time"] = time
        if agencies:
            leads, partners = _marked(cells, agencies, kinds)
            if leads:
                values["lead"] = leads[0]
            if len(leads) > 1:
                # Co-leads: the task's first lead leads (tasks._co_leads).
                values["co_leads"] = "\n".join(leads)
            if partners:
                values["coordinating"] = "; ".join(partners)
                values["partners"] = "\n".join(partners)
        for column, pieces in line.parts.items():
            if roles.get(column) == "coordinating":
                values["coordinating"] = _one_per_line(pieces)
            elif roles.get(column) == "lead" and (named := _co_lead_lines(pieces)):
                values["lead"] = named
        # A lead (partner, time) cell merged down over the rows it leads is
        # every one of those rows' lead.
        for column, text in line.merged.items():
            if roles.get(column) in ("lead", "coordinating", "official", "time"):
                values.setdefault(roles[column], text)
        # "(1) (2) (3)" or "1 2 3 4": the column numbers under the header.
        if all(re.fullmatch(r"\(?\d{1,2}\)?", v) for v in cells if v) and len(
            [v for v in cells if v]
        ) >= max(2, len(roles) - 1):
            line.used = "tiêu đề bảng"
            continue
        number = values.get("number", "")
        content = values.get("content", "")
        if (
            number
            and set(values) == {"number"}
            and not _NUMBER.fullmatch(number.strip(" .)"))
            and len(number) > 8
        ):
            # "I. LĨNH VỰC KINH TẾ" written across the whole row: the merged
            # cell starts in the number column, and holds a group's number
            # and name, not a row's number.
            kind, typed, rest = marker(number)
            if kind in ("part", "roman", "upper", "dec1") and rest:
                number, content = typed, rest
            else:
                number, content = "", number
            values["number"], values["content"] = number, content
        elif not number and set(values) == {"content"}:
            # "| II. Lĩnh vực văn hóa | | |": a section's number typed in
            # the content cell of a row that states nothing else.
            kind, typed, rest = marker(content)
            if kind in ("part", "roman", "upper") and rest:
                number, content = typed, rest
                values["number"], values["content"] = number, content
        if not number and (
            typed := re.match(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s+(\S.*)$", content)
        ):
            # No number column: "1. Hướng dẫn …" typed in the content cell.
            number, content = typed.group(1), typed.group(2)
            values["number"], values["content"] = number, content
        if re.fullmatch(r"(?:tong cong|tong so|tong|cong)\s*:?", fold(content)):
            # "Tổng cộng | 8.300": the table's total, no task.
            line.used = "dòng tổng cộng"
            continue
        # A group row may carry its group's budget ("I | HẠ TẦNG | 5.350").
        others = {k for k in values if k not in ("number", "content", "budget")}
        # "1 | Hạ tầng số | | |" over "1.1", "1.2": a row that states nothing
        # but a name, whose number the rows after it extend, is their group.
        extended = bool(number.strip(" .")) and any(
            n.startswith(number.strip(" .") + ".") for n in row_numbers[position + 1 :]
        )
        # "1 | Giáo dục | | |" over "a", "b": a figure over lettered rows,
        # with only a short name, is their group too; a lead cell merged
        # down from it over those rows is theirs, not a task's of its own.
        lettered = (
            bool(re.fullmatch(r"\d{1,2}", number.strip(" .")))
            and len(content.split()) <= 10
            and position + 1 < len(row_numbers)
            and bool(re.fullmatch(r"[a-zđ]\)?", row_numbers[position + 1]))
        )
        shared = (
            {roles[c] for c in lines[position + 1].merged if c in roles}
            if lettered
            else set()
        )
        is_group = (
            bool(roles)
            and (not others or (lettered and others <= shared))
            and (
                bool(re.fullmatch(r"[A-ZĐ]|[IVX]{1,4}", number.strip(" .")))
                or (not number and (line.bold or content.isupper()))
                or extended
                or lettered
            )
        )
        text = line.text if not roles else content or line.text
        block = Block(
            kind="group" if is_group else "row",
            number=number.strip(" ."),
            text=text,
            lines=[line],
            columns=values,
            shares={
                name: cells[c].strip()
                for c, name in villages.items()
                if c < len(cells) and cells[c].strip()
            },
            parent=group if (group is not None and not is_group) else table,
        )
        block.parent.children.append(block)
        if is_group:
            group = block
    parent.children.append(table)
    return table


PAGE_FURNITURE = "đầu trang, số trang"


# A unit's bullet at the start of its line in a cell ("- Công an xã;").
_CELL_BULLET = re.compile(r"^[-+•–*]\s*(?=\S)")


def _one_per_line(pieces: list[str]) -> str:
    """The partners of a cell written one to a line ("Hội Nông dân xã" /
    "Hội Liên hiệp Phụ nữ xã", or "- Công an xã;" / "- Các thôn."): a line
    that starts with a capital or a bullet starts a unit (the bullet and the
    end mark dropped); one that starts in lower case ends the name cut
    before it ("Ủy ban MTTQ Việt Nam" / "huyện")."""
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        bullet = _CELL_BULLET.match(piece)
        piece = piece[bullet.end() :] if bullet else piece
        if out and not bullet and not piece[:1].isupper():
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return "; ".join(p.rstrip(" ,;.") for p in out)


def _co_lead_lines(pieces: list[str]) -> str | None:
    """A lead cell of two paragraphs or more, each a body's name ("Phòng
    Kinh tế" / "Ban Quản lý dự án xã", "- Phòng Kinh tế;" / "- Công an
    xã"): the units joined by ";", which the task reads as co-leads; None
    when a line goes on the one before it or is no body's name."""
    if len(pieces) < 2 or not all(
        _CELL_BULLET.match(p.strip()) or p.strip()[:1].isupper() for p in pieces
    ):
        return None
    names = _one_per_line(pieces).split("; ")
    if not all(re.match(BODY_KINDS, fold(name)) for name in names):
        return None
    return "; ".join(names)


def page_furniture(lines: list[Line], own: str) -> set[int]:
    """The positions of the lines that are a page's number or running header
    copied into the text (from a PDF). Only a document that shows it had
    pages has any: a page's number typed as one ("- 3 -", "Trang 2/5", "2/5"),
    bare numbers that count pages (2, then 3 further on), a line that only
    names this very plan ("Kế hoạch số 30/KH-UBND ngày 09/02/2026 của UBND xã
    Hòa An"; `own` is its "30/KH-UBND") when it repeats or stands by a page's
    number. A lone "12" under "tổng chiều dài (km):" is a figure, and "Kế
    hoạch số 12/KH-UBND thay thế …" said once is a sentence of the body."""
    own = re.sub(r"\s+", "", fold(own))
    paged: set[int] = set()
    bare: list[tuple[int, int]] = []
    named: dict[str, list[int]] = {}
    for position, line in enumerate(lines):
        if line.cells is not None:
            continue
        folded = fold(line.text).strip()
        if re.fullmatch(r"\d{1,3}", folded):
            bare.append((position, int(folded)))
        elif re.fullmatch(
            r"-\s*\d{1,3}\s*-|(?:trang\s+)?\d{1,3}\s*/\s*\d{1,3}|trang\s+\d{1,3}",
            folded,
        ):
            paged.add(position)
        elif (
            own
            and len(line.text) <= 160
            and re.match(
                rf"^(?:ke hoach|quyet dinh)\s+so\s*:?\s*{re.escape(own)}(?![\w/-])",
                folded,
            )
        ):
            named.setdefault(folded, []).append(position)
    # Bare numbers count pages when two or more go up by one, lines apart.
    for (a, n), (b, m) in itertools.pairwise(bare):
        if m == n + 1 and b - a >= 3:
            paged.update((a, b))
    for positions in named.values():
        for position in positions:
            if len(positions) > 1 or {position - 1, position + 1} & paged:
                paged.add(position)
    return paged


def _own_number(header: list[Line]) -> str:
    """ "30/KH-UBND" from the header's "Số: 30/KH-UBND", or ""."""
    for line in header:
        if m := re.search(r"\bSố\s*:?\s*(\d+\s*/\s*[^\s\t]+)", line.text):
            return m.group(1)
    return ""


# What a targets table's cells hold when it has no header: a figure ("95",
# "12,5", "3.200") and a unit ("%", "km", "ha", "hộ", "m2"), which may start
# with a capital as a cell does ("Km", "Ha", "Hộ"); a capitalised cell that
# names a body ("Hội", "Công an") is no unit.
_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?")
_UNIT = re.compile(r"[%‰]|[^\W\d_][a-zà-ỹđ0-9²³/]{0,9}(?: [a-zà-ỹđ]{1,6})?")
# Cells that are a time, not a unit ("thường xuyên", "hằng tháng", "quý
# II": timeframes.TIME_CELL), and the names of bodies that lead, not of
# targets: each starts with a kind of body (labels.BODY_KINDS, as the
# meaning reads a body's name).
_LEAD = re.compile(BODY_KINDS)


def _roles_by_content(lines: list[Line]) -> dict[int, str]:
    """The columns of a table with no header row, from what they hold: a
    column of units beside a column of figures makes a targets table (the
    widest text column its names); {} for any other. A column counting the
    rows (1, 2, 3 …) is their number, never the figures; "thường xuyên",
    "hằng tháng" are times, never units; the names must be there and not be
    the bodies that lead (a task table)."""
    width = max(len(line.cells or []) for line in lines)
    columns = [
        [cells[c] for line in lines if (cells := line.cells or []) and c < len(cells)]
        for c in range(width)
    ]

    def values(c: int) -> list[str]:
        return [v.strip() for v in columns[c] if v.strip()]

    def every(c: int, pattern: re.Pattern) -> bool:
        found = values(c)
        return len(found) * 2 >= len(lines) and all(pattern.fullmatch(v) for v in found)

    if len(lines) < 2:
        return {}
    counting = {
        c
        for c in range(width)
        if (found := [v.strip(" .") for v in values(c)])
        and found == [str(n) for n in range(1, len(found) + 1)]
    }
    unit = next(
        (
            c
            for c in range(width)
            if c not in counting
            and every(c, _UNIT)
            and not any(TIME_CELL.fullmatch(fold(v)) for v in values(c))
            and not any(v[0].isupper() and _LEAD.match(fold(v)) for v in values(c))
        ),
        None,
    )
    if unit is None:
        return _task_roles(values, width, counting)
    quantity = next(
        (
            c
            for c in (unit + 1, unit - 1)
            if 0 <= c < width and c not in counting and every(c, _FIGURE)
        ),
        None,
    )
    names = [
        c
        for c in range(width)
        if c not in (unit, quantity) and c not in counting and values(c)
    ]
    if quantity is None or not names:
        return _task_roles(values, width, counting)
    name = max(names, key=lambda c: sum(len(v) for v in values(c)))
    if all(_LEAD.match(fold(v)) for v in values(name)):
        return _task_roles(values, width, counting)
    roles = {unit: "unit", quantity: "quantity"}
    roles.update({c: "number" for c in counting if c < name})
    return roles


def _task_roles(values, width: int, counting: set[int]) -> dict[int, str]:
    """A task table with no header: its rows numbered 1, 2, 3 in a column,
    the bodies that lead in one, their times ("thường xuyên") in another (the
    widest text column left is the tasks' names); {} with no such numbers."""
    if not counting:
        return {}
    roles = {min(counting): "number"}
    for c in range(width):
        found = values(c)
        if c in roles or not found:
            continue
        if all(TIME_CELL.fullmatch(fold(v)) for v in found):
            roles.setdefault(c, "time")
        elif "lead" not in roles.values() and all(_LEAD.match(fold(v)) for v in found):
            roles[c] = "lead"
    return roles if len(roles) > 1 else {}


WEB_PAGE = "trang web"
_PAGE_TOP = re.compile(
    r"^(?:trang chu\s*[>/»›|]|(?:" + label_pattern("web_page", "top") + r")\b)"
)
# A tail's line is only its words, "Tệp đính kèm: …" its file, "Chia sẻ |
# In bài", "Chia sẻ: Facebook".
_PAGE_TAIL = re.compile(
    r"^(?:(?:tep|file|tai lieu) dinh kem\s*:.*|(?:(?:"
    + label_pattern("web_page", "tail")
    + r"|facebook|zalo|email)\s*[:|]?\s*)+)$"
)


def web_page(lines: list[Line]) -> set[int]:
    """The positions of the lines of the web page the plan was copied from
    (labels.toml [web_page]): every line down to the last of the page's
    lines among the first ten, when none of them is the plan's own header
    ("Số: …", the national motto), and every line from the first of the
    page's tail in the document's second half to the end."""
    page: set[int] = set()
    top = [
        i
        for i, line in enumerate(lines[:10])
        if line.cells is None and _PAGE_TOP.match(fold(line.text).strip())
    ]
    if top and not any(
        re.match(r"^(?:so\s*:|cong hoa|doc lap)", fold(line.text).strip())
        for line in lines[: top[-1]]
    ):
        page.update(range(top[-1] + 1))
    tail = next(
        (
            i
            for i in range(max(len(lines) // 2, len(page)), len(lines))
            if lines[i].cells is None
            and len(lines[i].text) <= 120
            and _PAGE_TAIL.match(fold(lines[i].text).strip(" *"))
        ),
        None,
    )
    if tail is not None:
        page.update(range(tail, len(lines)))
    return page


def build(lines: list[Line]) -> Outline:
    """The zones of the document and the tree of its body. The lines of the
    web page it was copied from are set apart (`Outline.page`)."""
    page = web_page(lines)
    for position in page:
        lines[position].used = WEB_PAGE
    web = [line for position, line in enumerate(lines) if position in page]
    lines = [line for position, line in enumerate(lines) if position not in page]
    _capital_headings(lines)
    type_index = next(
        (
            i
            for i, line in enumerate(lines[:60])
            if line.cells is None and _doc_type(line.text)
        ),
        None,
    )
    inline_title: Line | None = None
    inline_type = ""
    period: Line | None = None
    if type_index is None:
        type_index, appendix_type = _lone_appendix(lines)
    else:
        appendix_type = ""
    captioned = False
    if type_index is None and not appendix_type:
        type_index, appendix_type = _lone_caption(lines)
        captioned = type_index is not None
    if type_index is None and not appendix_type:
        type_index, inline_type, inline_title, period = _type_and_title(lines)
    announcement: Line | None = None
    if type_index is None and not appendix_type:
        # A plan announced in a message, with no header: its first sentence
        # names it ("UBND xã … thông báo Kế hoạch số 88/KH-UBND ngày … về …").
        type_index, inline_type = _announced(lines)
        if type_index is not None:
            announcement = inline_title = lines[type_index]
    if appendix_type:
        # An appendix uploaded alone: its "PHỤ LỤC" heading stands where the
        # document's type would, its caption is the title, and it belongs
        # to the document its "(Kèm theo Kế hoạch số …)" line names.
        header, doc_type = lines[:type_index], appendix_type
        position = type_index
        if not captioned:
            lines[type_index].used = "loại văn bản"
            position += 1
    elif type_index is None:
        header_end = 0
        while header_end < min(len(lines), 12) and _is_header_line(
            lines[header_end].text
        ):
            header_end += 1
        header, doc_type = lines[:header_end], ""
        position = header_end
    else:
        header, doc_type = (
            lines[:type_index],
            inline_type or DOC_TYPES[_doc_type_key(lines[type_index].text)],
        )
        lines[type_index].used = "trích yếu" if inline_title else "loại văn bản"
        position = type_index + 1
    title: list[Line] = [inline_title] if inline_title else []
    if doc_type and not inline_title:
        first_kind = None
        while position < len(lines) and len(title) < 5:
            line = lines[position]
            kind, _, _ = marker(line.text)
            folded = fold(line.text)
            if FORM_LABEL.match(folded):
                # "Biểu số 02/NTM-XA" at a workbook's top right, read after
                # its "PHỤ LỤC": the form's number, not the title.
                line.used = FORM
                position += 1
                continue
            if SEPARATOR.match(line.text):
                line.used = "đường kẻ"
                position += 1
                break
            if line.cells is not None or (
                title and (kind != "text" or _is_basis(folded))
            ):
                break
            if title and (
                len(line.text) > 220
                or line.text.rstrip().endswith(":")
                or (
                    first_kind is not None
                    and line.align != first_kind
                    # A title line as wide as the page reads as not centred
                    # (PDF): the next bold line still continues it.
                    and not (
                        "" in (line.align, first_kind) and line.bold and title[0].bold
                    )
                )
            ):
                break
            if not title and kind == "roman":
                break
            if title and (
                re.match(r"^\(?kem theo\b", folded) or _NOTE_OR_CAPTION.match(folded)
            ):
                # "(Thực hiện Kế hoạch số …)", "BIỂU 01: NHÓM TIÊU CHÍ …",
                # "Phụ lục 02": a note or a table's caption under the title.
                break
            if title and (
                re.match(r"^(?:TM|T/M|KT|TL|TUQ|Q)\s*\.", line.text)
                or (line.text.rstrip().endswith(".") and line.text[:1].isupper())
            ):
                # A body sentence ("UBND xã tổ chức … ngày 15/11/2026.") or
                # the signature of a short plan with no sections: a title's
                # wrapped line goes on in lower case and ends with no stop.
                break
            if title and line.heading and line.heading != title[0].heading:
                # "MỤC ĐÍCH, YÊU CẦU" in Word's "Heading 1" style, with no
                # number: the body's first heading, not the title going on.
                break
            if (
                title
                and re.match(
                    r"^(?:chu tich |giam doc |truong ban )?(?:uy ban nhan dan|ban chi dao|ban thuong vu|ban chap hanh|ban thuong truc|hoi dong nhan dan)\b",
                    folded,
                )
                and line.text.isupper()
            ):
                # "ỦY BAN NHÂN DÂN HUYỆN …" under a decision's subject: the
                # body that decides, not the title.
                break
            first_kind = line.align if not title else first_kind
            title.append(line)
            position += 1
            # "Thực hiện Chương trình …" may be a title; a citation with its
            # number ("Thực hiện Kế hoạch số 73/KH-UBND") is a basis.
            if len(line.text) > 220:
                break
    if period is not None and title:
        # "KẾ HOẠCH GIAI ĐOẠN 2026-2030" over "Chỉnh trang khu dân cư …":
        # the period ends the title.
        title.append(period)
    closing_start = _closing_start(lines, position)
    appendix = _appendix_start(lines, closing_start)
    preamble: list[Line] = []
    while position < closing_start:
        line = lines[position]
        kind, _, rest = marker(line.text)
        if kind in ("dec1", "letter") and (listed := _listed_bases(lines, position)):
            # "1. Căn cứ Nghị quyết số …;" / "2. Thực hiện Kế hoạch số …"
            # under the title: the bases, numbered, before part I.
            preamble += listed
            position += len(listed)
            continue
        if (
            line.cells is not None
            or line.heading
            or (
                # "- Căn cứ Luật …", "📌 Căn cứ Kế hoạch số …": bases listed
                # with a bullet are still the preamble.
                kind != "text"
                and not (kind in BULLETS and _is_basis(fold(rest)))
                and not (kind in BULLETS and _addressed(preamble))
            )
        ):
            break
        preamble.append(line)
        position += 1
    wrapped = _hard_wrapped(lines)
    furniture = page_furniture(lines, _own_number(header))
    legend_lines, legends = _table_legends(lines)
    root = Block(kind="root", number="", text="")
    stack: list[Block] = [root]
    previous: Block | None = None
    index = position
    end = closing_start
    while True:
        if index >= end and appendix < len(lines) and end < len(lines):
            # The appendix's task table (after the signature) is a part of
            # the body, under the appendix's heading.
            index, end = appendix, len(lines)
            heading: list[Line] = []
            while index < end and lines[index].cells is None:
                heading.append(lines[index])
                index += 1
            for line in heading:
                line.used = "phụ lục"
            stack = [root]
            part = Block(
                kind="part",
                number="",
                text=" ".join(line.text for line in heading),
                lines=heading,
                parent=root,
            )
            root.children.append(part)
            stack.append(part)
            previous = None
        if index >= end:
            break
        line = lines[index]
        if line.cells is not None:
            rows = []
            while index < end and lines[index].table == line.table:
                rows.append(lines[index])
                index += 1
            index = _continued(lines, index, end, rows)
            # A table stands beside the tasks above it, not inside the last
            # one's bullets or content.
            while len(stack) > 1 and (
                stack[-1].kind in BULLETS
                or (
                    stack[-1].kind in ("dec2", "dec3", "dec4", "letter", "item")
                    and stack[-1].children
                )
            ):
                stack.pop()
            _attach_table(stack[-1], rows, legends)
            previous = None
            continue
        index += 1
        if index - 1 in legend_lines:
            # "Ghi chú: C - chủ trì; P - phối hợp" by a task table: read
            # with its marks, no text of the body.
            line.used = MARK_LEGEND
            continue
        if SEPARATOR.match(line.text):
            line.used = "đường kẻ"
            continue
        if index - 1 in furniture:
            # Not text of the block it stands in, which goes on after it.
            line.used = PAGE_FURNITURE
            continue
        if _table_caption(lines, index - 1, end):
            # A workbook's later sheet: "(Kèm theo Kế hoạch số …)" and "BIỂU
            # 02: …" over the table, which goes on the tasks above.
            line.used = CAPTION
            continue
        kind, number, text = marker(line.text)
        if kind == "text" and (counted := _counts_on(line.text, stack)):
            kind, number, text = counted
        if kind == "text" and _period_heading(line, lines, index, end, stack):
            kind = "period"
        if (
            kind == "text"
            and line.heading
            # "1. Rà soát … của 12 xã đăng" / "ký về đích năm 2027": a line in
            # lower case under an unfinished one goes on it, even when a PDF
            # reader took it for a heading by its bold type.
            and not (
                previous is not None
                and line.text[:1].islower()
                and not re.search(r"[.:;!?]$", previous.lines[-1].text.rstrip())
            )
        ):
            # A heading in Word's "Heading N" style with no number typed or
            # drawn: a heading all the same, above the numbered blocks.
            kind = f"heading{min(line.heading, 3)}"
        if kind == "text":
            if previous is not None and (
                line.text[:1].islower()
                or (
                    wrapped
                    and len(previous.lines[-1].text) >= 55
                    and not re.search(r"[.:;!?…)”\"]$", previous.lines[-1].text)
                    # "Lãnh đạo phụ trách: đ/c …" under a task: a label
                    # starts its own line, however the task's line ends.
                    and not _LABEL_LINE.match(line.text)
                )
            ):
                previous.text += " " + line.text
                previous.lines.append(line)
                continue
            if (
                stack[-1].kind in BULLETS
                and line.text.rstrip().endswith(":")
                and index < end
                and lines[index].cells is None
                and marker(lines[index].text)[0] == stack[-1].kind
            ):
                # "- … cải tạo kênh mương." then "Giao cho Hội Nông dân xã
                # thực hiện các nhiệm vụ sau:" then "- …": a paragraph that
                # leads the next list is not the bullet's text above it.
                while len(stack) > 1 and stack[-1].kind in BULLETS:
                    stack.pop()
            block = Block(
                kind="text", number="", text=line.text, lines=[line], parent=stack[-1]
            )
            stack[-1].children.append(block)
            previous = block
            continue
        block = Block(
            kind=kind,
            number=number,
            text=text,
            lines=[line],
            emphasis=line.emphasis,
            indent=line.indent,
            level=line.level,
        )
        _place(stack, block)
        previous = block
    return Outline(
        lines=lines,
        header=header,
        doc_type=doc_type,
        title=title,
        preamble=preamble,
        body=root,
        closing=lines[closing_start:appendix],
        furniture=furniture,
        page=web,
        announcement=announcement,
        joint=bool(doc_type and header and _names_joint(lines[type_index].text)),
    )


def _counts_on(text: str, stack: list[Block]) -> tuple[str, str, str] | None:
    """ "2/ 5 hộ …" right after "1/ …": the next number of a list typed
    with slashes, though it reads like a day and its month (SLASH_DATE)."""
    m = SLASH_DATE.match(text) and re.match(r"^(\d{1,2})/\s+(\S.*)$", text)
    if not m:
        return None
    above = next((b for b in reversed(stack) if b.kind == "dec1"), None)
    if (
        above is None
        or above.number != str(int(m.group(1)) - 1)
        or not re.match(r"^\d{1,2}/\s", above.lines[0].text)
    ):
        return None
    return "dec1", str(int(m.group(1))), m.group(2).strip()


def _period_heading(
    line: Line, lines: list[Line], following: int, end: int, stack: list[Block]
) -> bool:
    """Whether `line`, a line with no marker, is a period heading over the
    items after it ("Tháng 01/2027" over "- …" items): only a period, set
    apart (bold, italic, a Word heading, or ending in ":") or, in plain
    text, standing over a bullet or numbered item and under no task."""
    if line.cells is not None or not PERIOD.match(fold(line.text)):
        return False
    after = next((x for x in lines[following:end] if x.cells is None), None)
    if after is None or marker(after.text)[0] == "text":
        return False
    if line.bold or line.italic or line.heading or line.text.endswith(":"):
        return True
    return stack[-1].kind in (
        "root",
        "part",
        "roman",
        "article",
        "upper",
        "period",
    ) or (stack[-1].kind.startswith("heading"))


# Under a merged "Thời gian": the day work ends is the time; the day it
# starts is kept apart.
_END_WORDS = (
    r"^(?:ngay |thoi gian |thoi han )?(?:hoan thanh|ket thuc|den ngay|den|xong)$"
)
_START_WORDS = r"^(?:ngay |thoi gian )?(?:bat dau|khoi cong|trien khai|tu ngay|tu)$"


class Period(NamedTuple):
    """One column of a schedule: a quarter, a month, a week of `month` or a
    year ("quy", "thang", "tuan", "nam"), with its year when written."""

    kind: str
    n: int
    year: str = ""
    month: int = 0


# A header cell that is one period of a schedule: "Quý I", "Quý 2", "Q3",
# "Tháng 4", "T4", "Th.4", maybe with its year ("Quý I/2027"); "Tuần 1",
# "Tuần thứ 2"; a year, "2027", "Năm 2027". A row marks ("x", "✓", "•")
# the periods its work runs in.
_PERIOD_CELL = re.compile(
    r"(?:(?:quy|q)\s*\.?\s*(?P<q>iv|iii|ii|i|[1-4])"
    r"|(?:thang|th|t)\s*\.?\s*(?P<m>\d{1,2}))"
    r"(?:\s*(?:/|nam)\s*(?P<y>\d{4}))?"
    r"|tuan\s*(?:thu\s*)?(?P<w>[1-5])"
    r"|(?:nam\s*)?(?P<year>(?:19|20)\d\d)"
)
_ROMAN_OF = {n: r.upper() for r, n in ROMAN.items()}
# "Thời gian thực hiện tháng 3/2027": the month a schedule's weeks are of.
_MONTH_NAMED = re.compile(r"\bthang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})\b")


def _period_cell(cell: str) -> Period | None:
    """Period("quy", 1, "2027") for "Quý I/2027", ("thang", 4) for "T4",
    ("tuan", 2) for "Tuần 2", ("nam", 2027, "2027") for "2027"; None if the
    cell is no single period."""
    m = _PERIOD_CELL.fullmatch(fold(cell).strip(" .:"))
    if not m:
        return None
    if m.group("w"):
        return Period("tuan", int(m.group("w")))
    if m.group("year"):
        return Period("nam", int(m.group("year")), m.group("year"))
    if m.group("q"):
        quarter = ROMAN.get(m.group("q")) or int(m.group("q"))
        return Period("quy", quarter, m.group("y") or "")
    month = int(m.group("m"))
    return Period("thang", month, m.group("y") or "") if 1 <= month <= 12 else None


def _of_month(period: Period, months: dict[int, Period], column: int) -> Period:
    """A week under a month merged across its weeks ("Tháng 4/2027" over
    "Tuần 1 … Tuần 4"): that month's week. Other periods as they are."""
    above = [c for c in months if c <= column]
    if period.kind != "tuan" or not above:
        return period
    month = months[max(above)]
    return period._replace(month=month.n, year=month.year)


def _weeks_in_month(schedule: dict[int, Period], header: list[Line]) -> dict:
    """The weeks of a schedule with no month above them, in the month its
    heading names ("Thời gian thực hiện tháng 3/2027")."""
    named = next(
        (
            m
            for line in header
            for cell in line.cells or []
            if (m := _MONTH_NAMED.search(fold(cell)))
        ),
        None,
    )
    if named is None or not 1 <= int(named.group(1)) <= 12:
        return schedule
    return {
        c: p._replace(month=int(named.group(1)), year=p.year or named.group(2))
        if p.kind == "tuan" and not p.month
        else p
        for c, p in schedule.items()
    }


def _marks_only(schedule: dict[int, Period], rows: list[Line]) -> bool:
    """The cells under a schedule of weeks or years are marks ("x", "✓",
    "•"), not figures: "Chỉ tiêu | ĐVT | 2026 | 2027" states targets."""
    columns = [c for c, p in schedule.items() if p.kind in ("tuan", "nam")]
    values = [
        (line.cells or [])[c].strip()
        for line in rows
        for c in columns
        if c < len(line.cells or [])
    ]
    return all(len(value) <= 2 and not re.search(r"\d", value) for value in values)


def _schedule_time(marked: list[Period], year: str, schedule: dict) -> str:
    """The time of a row that marks `marked` periods of a schedule, in the
    words the import reads: "Quý I, Quý II/2027", "Tháng 2, 3, 4/2027",
    "Năm 2026 - 2028", "Tuần 2 - 3 tháng 3/2027 (từ 08/03 đến 21/03/2027)"."""
    kinds = {p.kind for p in marked}
    if len(kinds) != 1:
        return ""
    if kinds == {"tuan"}:
        return _weeks_time(marked, year, schedule)
    if kinds == {"nam"}:
        years = [p.n for p in marked]
        if years == list(range(years[0], years[-1] + 1)):
            return f"Năm {years[0]}" + (f" - {years[-1]}" if len(years) > 1 else "")
        return "Năm " + ", ".join(map(str, years))

    def name(kind: str, n: int) -> str:
        return f"Quý {_ROMAN_OF[n]}" if kind == "quy" else f"Tháng {n}"

    if any(p.year for p in marked):
        # Periods that carry their years ("Quý IV/2027 | Quý I/2028"): each
        # with its own.
        return ", ".join(f"{name(p.kind, p.n)}/{p.year or year}" for p in marked)
    if kinds == {"quy"}:
        text = ", ".join(name(p.kind, p.n) for p in marked)
    else:
        text = "Tháng " + ", ".join(str(p.n) for p in marked)
    return f"{text}/{year}" if year else text


def _week_days(
    week: Period, year: str, schedule: dict
) -> tuple[datetime.date, datetime.date] | None:
    """The days of week N of its month: from day 7N-6 to day 7N; the
    month's last week column runs to the month's end."""
    y = int(week.year or year or 0)
    if not (y and week.month):
        return None
    end_of_month = calendar.monthrange(y, week.month)[1]
    last = max(
        p.n
        for p in schedule.values()
        if p.kind == "tuan" and (p.month, p.year) == (week.month, week.year)
    )
    first = min(7 * week.n - 6, end_of_month)
    final = end_of_month if week.n == last else min(7 * week.n, end_of_month)
    return datetime.date(y, week.month, first), datetime.date(y, week.month, final)


def _weeks_time(marked: list[Period], year: str, schedule: dict) -> str:
    """ "Tuần 2 - 3 tháng 3/2027 (từ 08/03 đến 21/03/2027)": the weeks as
    the table names them, then their first and last day, which time_range
    reads; "" when no month is known."""
    first, last = marked[0], marked[-1]
    days = _week_days(first, year, schedule), _week_days(last, year, schedule)
    if None in days:
        return ""
    start, end = days[0][0], days[1][1]
    if (first.month, first.year) == (last.month, last.year):
        weeks = f"{first.n}" + (f" - {last.n}" if last.n != first.n else "")
        name = f"Tuần {weeks} tháng {first.month}/{end.year}"
    else:
        name = (
            f"Tuần {first.n} tháng {first.month} - tuần {last.n} tháng"
            f" {last.month}/{end.year}"
        )
    since = f"{start:%d/%m}" if start.year == end.year else f"{start:%d/%m/%Y}"
    return f"{name} (từ {since} đến {end:%d/%m/%Y})"


def _sub_header(line: Line) -> dict[int, str]:
    """The roles a header's second row gives its columns: every cell it
    fills is a column's name (words of `COLUMNS`, or the start and end of a
    time), none a number or a task. Empty if it is not such a row."""
    roles: dict[int, str] = {}
    for column, cell in enumerate(line.cells or []):
        folded = fold(cell).strip(" .:")
        if not folded:
            continue
        if len(folded.split()) > 4:
            return {}
        if _period_cell(cell):
            roles[column] = "period"
        elif re.search(_END_WORDS, folded):
            roles[column] = "time"
        elif re.search(_START_WORDS, folded):
            roles[column] = "start"
        elif role := next(
            (
                r
                for r, pattern in COLUMNS
                if r != "number" and re.search(pattern, folded)
            ),
            None,
        ):
            roles[column] = role
        else:
            return {}
    return roles


# The words that name a village or its group ("Phân bổ cho các thôn", "Xóm
# Đông", "Ấp 3", "Bản Na Hu", "Tổ dân phố 2"), folded.
_VILLAGES = re.compile(
    r"\b(?:thon|xom|ban|ap|khu dan cu|khu pho|to dan pho|tdp|buon|lang|soc|khom)\b"
)


def _grouped_names(line: Line, above: Line) -> dict[int, str]:
    """The names a header's second row gives the columns a cell of the row
    above spans ("Phân bổ cho các thôn" over "Thôn 1 | Thôn 2 | …"), by
    column: two or more short names side by side, each under the spanning
    cell or the blanks it covers, every other cell of the row merged down
    from above or blank. Empty if it is not such a row."""
    cells, over = line.cells or [], above.cells or []
    names = {
        c: " ".join(cell.split())
        for c, cell in enumerate(cells)
        if cell.strip() and c not in line.merged
    }
    columns = sorted(names)
    if (
        len(names) < 2
        or columns != list(range(columns[0], columns[-1] + 1))
        or any(
            len(name.split()) > 4 or not re.search(r"[^\W\d_]", name)
            for name in names.values()
        )
        or columns[-1] >= len(over)
        or any(over[c].strip() for c in columns[1:])
    ):
        return {}
    return names


def _names_villages(names: dict[int, str], above: Line) -> bool:
    """Whether grouped names are villages: their group's cell or they say so."""
    group = (above.cells or [])[min(names)]
    return bool(_VILLAGES.search(fold(" ".join([group, *names.values()]))))


# A responsibility matrix's marks and its legend's words (columns.toml
# [marks]).
_MARKS = columns.MARKS
_MARK = r"[^\s:;,.()=–-]{1,3}"
_MARK_WORDS = "|".join(
    re.escape(w) for w in _MARKS["lead_words"] + _MARKS["partner_words"]
)
_LEGEND_PIECE = re.compile(
    rf"(?P<mark>{_MARK})\s*(?:[-–:=]|là)?\s*(?:(?:đơn vị|cơ quan)\s+)?"
    rf"(?P<word>{_MARK_WORDS})|(?P<word2>{_MARK_WORDS})\s*[-–:=]?\s*(?P<mark2>{_MARK})",
    re.IGNORECASE,
)
_LEGEND_START = re.compile(
    r"^(?:" + "|".join(map(re.escape, _MARKS["legend_start"])) + r")\s*:?\s*",
    re.IGNORECASE,
)
MARK_LEGEND = "chú giải bảng"


def mark_legend(text: str) -> dict[str, str]:
    """The marks a legend line explains ("Ghi chú: C - chủ trì; P - phối
    hợp", "(CT: chủ trì; PH: phối hợp)", "● Chủ trì; ○ Phối hợp"): mark as
    written → "lead" or "partner"; empty unless the whole line is such a
    legend of both kinds of mark."""
    text = unicodedata.normalize("NFC", text).strip().strip("()[] .")
    text = _LEGEND_START.sub("", text).strip("()[] .")
    pieces = [p.strip(" .") for p in re.split(r"[;,]", text) if p.strip(" .")]
    legend: dict[str, str] = {}
    for piece in pieces:
        m = _LEGEND_PIECE.fullmatch(piece)
        if not m:
            return {}
        word = (m.group("word") or m.group("word2")).lower()
        lead = word in [w.lower() for w in _MARKS["lead_words"]]
        legend[m.group("mark") or m.group("mark2")] = "lead" if lead else "partner"
    return legend if set(legend.values()) == {"lead", "partner"} else {}


def _table_legends(lines: list[Line]) -> tuple[set[int], dict[int, dict[str, str]]]:
    """The positions of the legend lines written right above or under a
    table (one line between at most), and each legend by its table's
    number."""
    positions: set[int] = set()
    by_table: dict[int, dict[str, str]] = {}
    for i, line in enumerate(lines):
        if line.cells is not None or not (legend := mark_legend(line.text)):
            continue
        for j in (i + 1, i - 1, i + 2, i - 2):
            if 0 <= j < len(lines) and lines[j].cells is not None:
                by_table.setdefault(lines[j].table, legend)
                positions.add(i)
                break
    return positions, by_table


def _column_role(text: str) -> str | None:
    folded = fold(text)
    return next((r for r, p in COLUMNS if folded and re.search(p, folded)), None)


def _agency_columns(
    lines: list[Line], header_rows: int, roles: dict[int, str]
) -> tuple[dict[int, str], int]:
    """A responsibility matrix's agencies by column, and the number of
    header rows down to theirs: a lead's header cell ("Đơn vị thực hiện",
    "Phân công thực hiện", "Trách nhiệm") merged across the columns the next
    row names ("UBND xã | Phòng Kinh tế | …"), no other cell of that row
    filled, and the rows below holding at most short marks under them. The
    merged parent cell is no agency. Empty if the table is not one."""
    for h in range(min(header_rows, len(lines) - 1)):
        above, cells = lines[h].cells or [], lines[h + 1].cells or []
        for start, cell in enumerate(above):
            if roles.get(start) not in ("lead", "coordinating") or not cell.strip():
                continue
            end = start + 1
            while (
                end < min(len(above), len(cells))
                and not above[end].strip()
                and cells[end].strip()
            ):
                end += 1
            names = {c: " ".join(cells[c].split()) for c in range(start, end)}
            rows = [line.cells or [] for line in lines[h + 2 :]]
            if (
                len(names) < 2
                or not all(names.values())
                or any(v.strip() for c, v in enumerate(cells) if c not in names)
                or all(_column_role(n) for n in names.values())
                or any(roles.get(c) for c in list(names)[1:])
                or any(len(r[c].strip()) > 4 for r in rows for c in names if c < len(r))
                or not any(r[c].strip() for r in rows for c in names if c < len(r))
                # Figures ("15", "1.200") are no marks, but "1" and "2" may be.
                or any(
                    re.fullmatch(r"[\d.,]+", r[c].strip())
                    and r[c].strip() not in _MARKS["lead"] + _MARKS["partner"]
                    for r in rows
                    for c in names
                    if c < len(r)
                )
            ):
                continue
            return names, h + 2
    return {}, 0


def _mark_kinds(
    rows: list[Line], agencies: dict[int, str], legend: dict[str, str]
) -> dict[str, str]:
    """What each mark of a responsibility matrix says: "lead", "partner",
    or "first" (the first marked agency of a row leads, the others take
    part). The legend first, then the marks of columns.toml: a capital "X"
    leads where the table's other marks are "x"."""
    marks = {
        (line.cells or [])[c].strip()
        for line in rows
        for c in agencies
        if c < len(line.cells or []) and (line.cells or [])[c].strip()
    }
    folded_legend = {m.casefold(): k for m, k in legend.items()}
    vocabulary = {
        m.casefold(): kind
        for kind in ("lead", "partner", "either")
        for m in _MARKS[kind]
    }
    kinds: dict[str, str] = {}
    for mark in marks:
        kind = (
            legend.get(mark)
            or folded_legend.get(mark.casefold())
            or vocabulary.get(mark.casefold(), "first")
        )
        if kind == "either":
            cased = mark.upper() != mark.lower()
            kind = (
                ("lead" if mark.isupper() else "partner")
                if cased and mark.upper() in marks and mark.lower() in marks
                else "first"
            )
        kinds[mark] = kind
    return kinds


def _marked(
    cells: list[str], agencies: dict[int, str], kinds: dict[str, str]
) -> tuple[list[str], list[str]]:
    """A matrix row's leads and partners, in column order: those the lead
    mark names; with none, the first agency a "first" mark names."""
    named = [
        (name, kinds.get(cells[c].strip(), "first"))
        for c, name in sorted(agencies.items())
        if c < len(cells) and cells[c].strip()
    ]
    leads = [name for name, kind in named if kind == "lead"]
    if not leads:
        leads = [name for name, kind in named if kind == "first"][:1]
    partners = [name for name, _ in named if name not in leads]
    return leads, partners


def _header_like(line: Line) -> bool:
    """A row that names the columns ("TT | Nội dung | Chủ trì | …")."""
    roles = set()
    for cell in line.cells or []:
        folded = fold(cell)
        for role, pattern in COLUMNS:
            if folded and re.search(pattern, folded):
                roles.add(role)
                break
    return len(roles) >= 2 and bool(roles & {"content", "number"})


def _continued(lines: list[Line], index: int, end: int, rows: list[Line]) -> int:
    """A table cut by a page (PDF) or split in two (Word) goes on in the next
    table of as many columns, right after it, that does not start with a
    header row of its own; a first row with its number and content cells
    empty is the end of the row cut by the page ("Hội Nông dân huyện; các" /
    "hợp tác xã"). The header row(s) the table had, repeated at the top of
    the next page (Word's "repeat as header row"), are no rows and do not
    end it. Returns the index after the rows taken."""
    width = len(rows[0].cells or [])
    while (
        index < end
        and lines[index].cells is not None
        and lines[index].table != rows[-1].table
        and len(lines[index].cells) == width
        and width >= 3
    ):
        table = lines[index].table
        repeated = _repeated_header(rows, lines, index, end)
        more = [line for line in lines[index + repeated : end] if line.table == table]
        if (not repeated and _header_like(lines[index])) or not _alike(rows, more):
            break
        for line in lines[index : index + repeated]:
            line.used = "tiêu đề bảng lặp lại"
        index += repeated
        first = True
        following = more[1:]
        while index < end and lines[index].table == table:
            row = lines[index]
            cells = row.cells or []
            if first and rows and _cut_row(rows, row, following):
                last = rows[-1]
                last.cells = [
                    " ".join(filter(None, (a, b)))
                    for a, b in zip(last.cells or [], cells, strict=False)
                ]
                last.text = " | ".join(c for c in last.cells if c)
                row.used = "dòng nối trang trước"
            else:
                row.table = rows[-1].table
                rows.append(row)
            first = False
            index += 1
    return index


def _repeated_header(rows: list[Line], lines: list[Line], index: int, end: int) -> int:
    """How many rows at lines[index] repeat the header the table opened
    with, cell for cell (Word's "repeat as header row" at the top of each
    page); 0 when they do not."""
    count = 0
    while (
        count < len(rows)
        and _header_like(rows[0])
        and index + count < end
        and lines[index + count].table == lines[index].table
        and count < 3
    ):
        mine, theirs = rows[count].cells or [], lines[index + count].cells or []
        if not any(theirs) or [fold(c) for c in mine] != [fold(c) for c in theirs]:
            break
        count += 1
    return count


def _alike(rows: list[Line], more: list[Line]) -> bool:
    """Whether the rows of the next table hold what the columns of the table
    before hold: the row numbers in the same column (a table numbered in its
    first column goes on numbered), and no column of sentences in one that
    holds units or figures in the other. "Tỷ lệ hộ dân dùng nước sạch | % | 95"
    after "1 | Rà soát hộ nghèo | Phòng Văn hóa - Xã hội | Quý III/2026" is
    another table of as many columns."""
    body = [line for line in rows if not _header_like(line)]
    if len(rows) > 1 and _header_like(rows[0]):
        # A responsibility matrix's row of agency names is its header's.
        roles = {
            c: role
            for c, cell in enumerate(rows[0].cells or [])
            if (role := _column_role(cell))
        }
        if _agency_columns(rows, 1, roles)[0]:
            body = [line for line in body if line is not rows[1]]
    # A group's row written across the width ("I. AN NINH, TRẬT TỰ")
    # measures no column.
    body = [line for line in body if len([c for c in line.cells or [] if c]) != 1]

    def numbered(group: list[Line]) -> float:
        firsts = [(line.cells or [""])[0].strip(" .)") for line in group]
        filled = [value for value in firsts if value]
        if not filled:
            return -1.0  # no number written: says nothing
        return sum(1 for value in filled if _NUMBER.fullmatch(value)) / len(filled)

    def lengths(group: list[Line]) -> dict[int, float]:
        """Each column's mean length over its written cells."""
        seen: dict[int, list[int]] = {}
        for line in group:
            for column, value in enumerate(line.cells or []):
                if value:
                    seen.setdefault(column, []).append(len(value))
        return {c: sum(v) / len(v) for c, v in seen.items()}

    if not body or not more:
        return True
    before, after = numbered(body), numbered(more)
    if before >= 0 and after >= 0 and (before >= 0.5) != (after >= 0.5):
        return False
    # A column of sentences in one and of units or figures in the other;
    # the end of a row cut by the page (no number) is no measure.
    if not (more[0].cells or [""])[0].strip():
        more = more[1:]
    mine, theirs = lengths(body), lengths(more)
    return not any(
        max(mine[c], theirs[c]) >= 12
        and max(mine[c], theirs[c]) >= 4 * min(mine[c], theirs[c])
        for c in mine.keys() & theirs.keys()
    )


_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[A-ZĐ])")


def _next_number(number: str) -> str:
    """The number after `number` in its sequence: "3" → "4", "1.2" → "1.3"."""
    head, _, last = number.rpartition(".")
    if not last.isdigit():
        return ""
    return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)


def _cut_row(rows: list[Line], first: Line, following: list[Line]) -> bool:
    """Whether `first`, the first row of the table that goes on after a
    page, is the end of the row the page cut rather than a row of its own.
    Its number and content cells empty ("hợp tác xã" under "Phối hợp"), or,
    in a table numbered in its first column, no number: a page break cuts
    a row's cells wherever their lines reach the page's foot, so the rest
    may be a title's last words in capitals ("Hương Giang"), under the
    repeated header, with a group row, another number or nothing after it.
    A group row (bold, in capitals, or opening with a section's number,
    "II. LĨNH VỰC VĂN HÓA") is a row of its own, and so is a row whose
    numbers start again after it (a group written plainly, "Cấp xã", over
    "1", "2" …)."""
    cells = first.cells or []
    if not any(cells[:2]):
        return True
    numbered = [
        line for line in rows if _NUMBER.fullmatch((line.cells or [""])[0].strip(" .)"))
    ]
    if cells[0].strip() or len(numbered) < 2 or len(cells) < 2:
        return False
    content = cells[1].strip()
    if (
        first.bold
        or (content.isupper() and len(content) > 3)
        or marker(content)[0] in ("part", "roman", "upper")
        or _group_row(rows[-1])
        or _own_time(rows, first)
    ):
        return False
    last = (rows[-1].cells or [""])[0].strip(" .)")
    after = next(
        (
            line.cells[0].strip(" .)")
            for line in following
            if line.cells and line.cells[0].strip()
        ),
        "",
    )
    if after and last and after == _next_number(last):
        return True
    restarts = after.isdigit() and (
        after == "1" or (last.isdigit() and int(after) <= int(last))
    )
    return not restarts


def _group_row(row: Line) -> bool:
    """A group row ("II | VĂN HÓA - XÃ HỘI" across the table): bold or in
    capitals, nothing after its name. It is never cut by a page (one
    line), so the row after it is a row of its own."""
    cells = row.cells or []
    name = cells[1].strip() if len(cells) > 1 else ""
    return (
        bool(name)
        and (row.bold or name.isupper())
        and not any(c.strip() for c in cells[2:])
    )


def _own_time(rows: list[Line], first: Line) -> bool:
    """`first`, at the top of a page, states a whole time of its own in the
    time column, as the row above does, and its work opens with a capital:
    a row kept whole (its work, its lead, its time), not the rest of a row
    the page cut, whose short cells were all written above the cut."""
    header = next((line for line in rows[:3] if _header_like(line)), None)
    column = next(
        (
            c
            for c, cell in enumerate(header.cells or [] if header else [])
            if next((r for r, p in COLUMNS if re.search(p, fold(cell))), "") == "time"
        ),
        None,
    )
    if column is None or column >= min(
        len(first.cells or []), len(rows[-1].cells or [])
    ):
        return False
    mine, above = first.cells[column].strip(), rows[-1].cells[column].strip()
    # "Tháng" / "10/2027": a time the cut parts is no time on either side.
    return (
        all(value and time_range(value, default_year=2000) for value in (mine, above))
        and not (first.cells[1] if len(first.cells) > 1 else "")[:1].islower()
    )


def _appendix_start(lines: list[Line], closing_start: int) -> int:
    """Where an appendix after the signature begins ("PHỤ LỤC" / "DANH MỤC
    NHIỆM VỤ" / "(Kèm theo Kế hoạch số …)" over a task table), or the end.
    Only a heading followed, within a few lines, by a table counts."""
    for index in range(closing_start, len(lines)):
        if lines[index].cells is None and re.match(
            r"^phu luc\b", fold(lines[index].text)
        ):
            following = lines[index + 1 : index + 6]
            if any(line.cells is not None for line in following):
                return index
    return len(lines)


# A line that opens with a label of a few words and its colon.
_LABEL_LINE = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,5}\s*:\s+\S")


def _hard_wrapped(lines: list[Line]) -> bool:
    """Text copied out of a PDF or an e-mail: every line cut at about the same
    width, most of the long ones in the middle of a sentence."""
    long = [line.text for line in lines if line.cells is None and len(line.text) >= 60]
    if len(long) < 4 or max(len(t) for t in long) > 100:
        return False
    open_ended = sum(1 for t in long if not re.search(r"[.:;!?…)”\"]$", t))
    return open_ended / len(long) >= 0.4


def _lone_appendix(lines: list[Line]) -> tuple[int | None, str]:
    """(position of "PHỤ LỤC", the type of the document it goes with) for a
    document that is only an appendix: "PHỤ LỤC" near the top, then within a
    few lines "(Kèm theo Kế hoạch số …)"; (None, "") otherwise."""
    for i, line in enumerate(lines[:12]):
        if line.cells is None and re.fullmatch(
            r"phu luc(?:\s+(?:so\s+)?[ivx\d]+)?", fold(line.text).strip(" .:")
        ):
            for after in lines[i + 1 : i + 7]:
                m = re.match(r"^\(?\s*kem theo\s+(.+?)\s+so\b", fold(after.text))
                if after.cells is None and m and m.group(1) in DOC_TYPES:
                    return i, DOC_TYPES[m.group(1)]
            return None, ""
    return None, ""


# A form's label at a table's top right ("Biểu số 02/NTM-XA", "Mẫu số 03",
# "Biểu mẫu 01/KH-NTM"), folded; what the line is used as.
FORM_LABEL = re.compile(r"^(?:bieu so|bieu mau|mau so)\s*:?\s*[\w./-]{0,20}$")
FORM = "số biểu mẫu"
# The issuer's lines above a caption ("ỦY BAN NHÂN DÂN" / "XÃ PHÚ HỮU") and
# a form's label: no part of it.
_BODY_OR_FORM = re.compile(
    rf"{BODY_KINDS}|(?:xa|phuong|thi tran|huyen|tinh|thanh pho)\b|{FORM_LABEL.pattern}"
)
# "(Kèm theo Kế hoạch số …" (folded): the document a table goes with.
_GOES_WITH = re.compile(r"^\(?\s*kem theo\s+(.+?)\s+so\b")


def _lone_caption(lines: list[Line]) -> tuple[int | None, str]:
    """(position of the caption, the type of the document it goes with) for
    a table exported with no "KẾ HOẠCH" or "PHỤ LỤC" above it: a caption in
    capitals ("TỔNG HỢP NHIỆM VỤ … NĂM 2027") right above "(Kèm theo Kế
    hoạch số …)" near the top, a form's label ("Biểu số 02/…") aside;
    (None, "") otherwise."""
    for i, line in enumerate(lines[:12]):
        m = _GOES_WITH.match(fold(line.text))
        if line.cells is not None or not m or m.group(1) not in DOC_TYPES:
            continue
        start = i
        while (
            start > 0
            and i - start < 3
            and lines[start - 1].cells is None
            and lines[start - 1].text.isupper()
            and not _BODY_OR_FORM.match(fold(lines[start - 1].text))
        ):
            start -= 1
        if start == i:
            return None, ""
        return start, DOC_TYPES[m.group(1)]
    return None, ""


def _type_and_title(
    lines: list[Line],
) -> tuple[int | None, str, Line | None, Line | None]:
    """A plan whose type and title are one heading, in capitals or bold near
    the top ("KẾ HOẠCH THỰC HIỆN XÂY DỰNG NÔNG THÔN MỚI NĂM 2027" typed in a
    spreadsheet's second row, or a short text): its position, its type, the
    title as a line of its own (same index) and None. "KẾ HOẠCH GIAI ĐOẠN
    2026-2030", whose title is on the next lines: its position, its type,
    None and the period as a line to end the title with. Only "Kế hoạch":
    "CHƯƠNG TRÌNH …", "HƯỚNG DẪN …" so typed are an issuer's name wrapped or
    a sentence; and never a citation ("KẾ HOẠCH SỐ 12/KH-UBND …", "KẾ HOẠCH
    12/KH-UBND NGÀY …")."""
    for i, line in enumerate(lines[:12]):
        text = line.text.strip()
        if line.cells is not None or not (text.isupper() or line.bold):
            continue
        folded = fold(text)
        m = re.match(r"^ke hoach\s*[:\-–]?\s+(?=\w)", folded)
        if not m or len(text) > 220:
            continue
        rest = folded[m.end() :]
        if re.match(r"(?:so\b|\d)", rest) or re.search(r"\d+\s*/\s*[a-z]", rest):
            continue
        piece = Line(
            index=line.index, text=text[m.end() :], bold=line.bold, align=line.align
        )
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (
            re.fullmatch(r"(?:giai doan|nam|nhiem ky)\s+[\d\s/–-]+", rest)
            and after is not None
            and after.cells is None
            and marker(after.text)[0] == "text"
        ):
            piece.text = piece.text.lower()
            return i, DOC_TYPES["ke hoach"], None, piece
        if len(rest) < 8:
            continue
        piece.text = piece.text[:1].upper() + piece.text[1:]
        return i, DOC_TYPES["ke hoach"], piece, None
    return None, "", None, None


# Whom a message sends its plan to, between the verb and the plan ("gửi
# tới các đồng chí Kế hoạch …", "gửi các thôn Kế hoạch …"), folded.
SENT_TO = r"(?:(?:toi|den|cho|cac|quy|toan the)\s+.{0,80}?\s+)?"
# "UBND xã Long Hưng thông báo Kế hoạch số 88/KH-UBND ngày …", "Đảng ủy xã
# … ban hành Kế hoạch số 15-KH/ĐU …", "Ban Chỉ đạo xã … triển khai …": who
# (a body), a verb of sending, then the document and its number (folded).
ANNOUNCED = re.compile(
    "^"
    + BODY_KINDS
    + r".{0,120}?\s(?:da\s+)?(?:"
    + label_pattern("announce", "verbs")
    + r")\s+"
    + SENT_TO
    + r"(?P<type>ke hoach|chuong trinh)\s+so\b"
)
# What may stand before the sentence: a forwarded e-mail's or message's
# block ("---------- Forwarded message ---------", "[Tin nhắn chuyển tiếp]",
# "From: …", "Subject: …"; labels.toml [mail]) and greetings ("Kính gửi:
# …", "Chào các đồng chí!"; [announce] greetings), folded.
_PRELIMINARY = re.compile(
    r"^[\W_]*(?:(?:"
    + label_pattern("mail", "fields")
    + r")\s*:|(?:"
    + label_pattern("mail", "separators")
    + "|"
    + label_pattern("announce", "greetings")
    + r")\b)"
)


def _announced(lines: list[Line]) -> tuple[int | None, str]:
    """(position, type) of the sentence that announces a plan near the top
    of a message with no header: among its first four lines, not counting a
    forwarded message's header, the greetings and the addressees under
    "Kính gửi:" (which are used as such); (None, "") if there is none."""
    skipped: list[Line] = []
    others = 0
    addressed = False
    for position, line in enumerate(lines[:24]):
        if line.cells is not None:
            break
        if m := ANNOUNCED.match(fold(unbulleted(line.text))):
            for earlier in skipped:
                earlier.used = "lời chào"
            return position, DOC_TYPES[m.group("type")]
        folded = fold(line.text)
        if _PRELIMINARY.match(folded) or (addressed and _addressee(line.text)):
            addressed = addressed or bool(re.match(r"^[\W_]*kinh gui\b", folded))
            skipped.append(line)
            continue
        others += 1
        if others >= 4:
            break
    return None, ""


def _addressee(text: str) -> bool:
    """ "- Các đồng chí Trưởng thôn;", "Các đoàn thể xã.": a line of the
    list under "Kính gửi:"."""
    return len(text) <= 150 and (
        marker(text)[0] in BULLETS or text.rstrip().endswith((";", ",", "."))
    )


def unbulleted(text: str) -> str:
    """`text` without the bullet it opens with ("📢 UBND xã …" once the emoji
    became a typed bullet)."""
    kind, _, rest = marker(text)
    return rest if kind in BULLETS else text


# A joint document's type line: "KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH PHỐI HỢP",
# "CHƯƠNG TRÌNH PHỐI HỢP" (two bodies issue it) is the type alone.
_JOINT = re.compile(r"\s+(?:lien tich|phoi hop|lien nganh)$")


def _names_joint(text: str) -> bool:
    """ "KẾ HOẠCH LIÊN TỊCH": a type line that says two bodies issue it."""
    return bool(_JOINT.search(fold(text).strip(" .:")))


def _doc_type_key(text: str) -> str:
    """The type a line alone names, folded: "KẾ HOẠCH (DỰ THẢO)" and "KẾ
    HOẠCH LIÊN TỊCH" are "ke hoach"."""
    folded = fold(text).strip(" .:")
    folded = re.sub(r"\s*\(.*\)$", "", folded)
    return _JOINT.sub("", folded)


def _addressed(preamble: list[Line]) -> bool:
    """The preamble so far ends in a letter's "Kính gửi:" over its list of
    addressees ("- UBND các xã, thị trấn;"), which the next bullet goes on."""
    for line in reversed(preamble):
        if fold(line.text).startswith("kinh gui"):
            return line.text.rstrip().endswith(":")
        if marker(line.text)[0] not in BULLETS or not line.text.rstrip().endswith(
            (";", ",")
        ):
            return False
    return False


def _listed_bases(lines: list[Line], start: int) -> list[Line]:
    """The lines from `start` that list the plan's bases under numbers of
    one kind ("1. Căn cứ Nghị quyết số …;", "2. Thực hiện Kế hoạch số …"),
    one at least opening with "Căn cứ"; [] if they are no such list (a
    plan's first task may name the plan it carries out)."""
    kind = marker(lines[start].text)[0]
    listed = list(
        itertools.takewhile(
            lambda line: (
                line.cells is None
                and marker(line.text)[0] == kind
                and _is_basis(fold(marker(line.text)[2]))
            ),
            lines[start:],
        )
    )
    if any(fold(marker(line.text)[2]).startswith("can cu") for line in listed):
        return listed
    return []


# Under a title, before the table (folded): a note in brackets that names
# the document it goes with or implements ("(Kèm theo Kế hoạch số …)",
# "(Thực hiện Kế hoạch số 45/KH-UBND …)", "(Căn cứ …)") and a table's caption
# ("BIỂU 01: NHÓM TIÊU CHÍ …", "Biểu số 2", "Phụ lục 02", "PHỤ LỤC II"); what
# such a line is used as.
CAPTION_LINE = re.compile(r"^(?:bieu|phu luc)\s*(?:so\s*)?(?:\d+|[ivx]+)\b")
_NOTE = r"\(\s*(?:kem theo|ban hanh kem theo|thuc hien|can cu|trien khai)\b"
_NOTE_OR_CAPTION = re.compile(rf"^{_NOTE}|{CAPTION_LINE.pattern}")
# Above a table in the body, a note is one whole line in brackets.
_SHEET_CAPTION = re.compile(rf"^{_NOTE}.*\)$|{CAPTION_LINE.pattern}")
CAPTION = "tên biểu"


def _table_caption(lines: list[Line], index: int, end: int) -> bool:
    """Whether lines[index] is a note in brackets or a "BIỂU 0N" caption
    standing, with at most one more of them, right above a table."""
    for line in lines[index : min(index + 3, end)]:
        if line.cells is not None:
            return line is not lines[index]
        if not _SHEET_CAPTION.match(fold(line.text).strip()):
            return False
    return False


def _is_basis(folded: str) -> bool:
    return bool(
        re.match(r"^(?:can cu|thuc hien|theo|trien khai|tiep theo)\b", folded)
        and re.search(r"\bso\s*:?\s*\d", folded)
    ) or folded.startswith("can cu")


def _place(stack: list[Block], block: Block) -> None:
    if block.kind == "period":
        # A period heading is the sibling of the period above it, else a
        # child of the block it stands in ("1. Giao thông" / "Tháng
        # 01/2027:"), closed by the next marker of that block's rank or
        # higher ("2. Môi trường"); at the top it still heads the "1." items.
        periods = [n for n, entry in enumerate(stack) if entry.kind == "period"]
        if periods:
            del stack[periods[0] :]
        while len(stack) > 1 and stack[-1].kind in BULLETS:
            stack.pop()
        above = stack[-1].rank if len(stack) > 1 else -1
        block.placed_rank = max(RANKS["period"], above + 0.1)
    elif block.kind in BULLETS:
        for position in range(len(stack) - 1, 0, -1):
            entry = stack[position]
            if entry.kind in RANKS and entry.kind not in BULLETS:
                break  # a numbered heading above: the bullet is new under it
            if entry.kind == block.kind:
                nested = (
                    block.level is not None
                    and entry.level is not None
                    and block.level > entry.level
                ) or block.indent > entry.indent + 9
                if not nested:
                    del stack[position:]
                break
    else:
        while len(stack) > 1 and (
            stack[-1].kind in BULLETS or stack[-1].rank >= block.rank
        ):
            stack.pop()
    block.parent = stack[-1]
    stack[-1].children.append(block)
    stack.append(block)
