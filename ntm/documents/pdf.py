"""PDF with a text layer, through pdfplumber: ruled tables as rows of cells
(spans from their geometry), the other words as lines, lines joined back into
paragraphs where a line runs to the right margin and the next one starts at
the left margin; columns set apart by wide gaps (the two-column header of a
Decree 30 document) become table rows, as tabs do in a text file."""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, field

from ntm.documents.cell_lines import open_feet, typed_breaks
from ntm.documents.docx import BULLETS
from ntm.documents.errors import (
    PDF_BROKEN,
    PDF_ENCRYPTED,
    PDF_SCANNED,
    PDF_TOO_LONG,
    DocumentError,
)
from ntm.documents.model import Cell, Document, Paragraph, Row, Run, Table
from ntm.documents.wrap import join_lines
from ntm.text import nfc_composed

MAX_PAGES = 100
_PAGE_NUMBER = re.compile(
    r"^(?:trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*/\s*\d{1,3})?$", re.I
)
_LABEL = re.compile(
    r"^(?:[IVX]{1,5}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][.)]|[-+•–*])$"
)
# The number of a group row: "II.", "B.", "I", "A)".
_GROUP_NUMBER = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])[.)]?$")
_MARKER = re.compile(
    r"^(?:[-+•*–]\s|[IVXLC]{1,6}\s*[.)]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s|[a-zđ]\)\s"
    r"|(?:Tiêu chí|Chỉ tiêu|Điều|Căn cứ|Thực hiện)\b)"
)


@dataclass
class _Line:
    words: list[dict] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0

    @property
    def x0(self) -> float:
        return self.words[0]["x0"]

    @property
    def x1(self) -> float:
        return self.words[-1]["x1"]

    @property
    def size(self) -> float:
        return statistics.median(w.get("size", 10.0) for w in self.words)

    def segments(self) -> list[list[dict]]:
        """Words split where the gap is wider than four spaces; a list marker
        set apart by a tab ("I.", "1.", "a)", "-") stays with its text."""
        gap = self.size * 1.6
        parts: list[list[dict]] = [[self.words[0]]]
        for previous, word in zip(self.words, self.words[1:], strict=False):
            if word["x0"] - previous["x1"] > gap:
                parts.append([word])
            else:
                parts[-1].append(word)
        if len(parts) >= 2 and len(parts[0]) == 1 and _LABEL.match(parts[0][0]["text"]):
            parts[:2] = [parts[0] + parts[1]]
        return parts


def _style(word: dict) -> tuple[bool, bool]:
    font = (word.get("fontname") or "").lower()
    return ("bold" in font or "black" in font or "heavy" in font), (
        "italic" in font or "oblique" in font
    )


def _runs(words: list[dict]) -> list[Run]:
    runs: list[Run] = []
    for word in words:
        bold, italic = _style(word)
        text = nfc_composed("".join(BULLETS.get(ch, ch) for ch in word["text"]))
        if runs and (runs[-1].bold, runs[-1].italic) == (bold, italic):
            runs[-1].text += " " + text
        else:
            if runs:
                runs[-1].text += " "
            runs.append(Run(text, bold, italic))
    return runs


def _lines(words: list[dict]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        tolerance = max(2.0, word.get("size", 10.0) * 0.4)
        for line in reversed(lines[-3:]):
            if abs(line.top - word["top"]) <= tolerance:
                line.words.append(word)
                line.bottom = max(line.bottom, word["bottom"])
                break
        else:
            lines.append(_Line([word], word["top"], word["bottom"]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    lines.sort(key=lambda line: line.top)
    return lines


def _cluster(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > tolerance:
            out.append(value)
    return out


def _index(boundaries: list[float], value: float) -> int:
    return min(range(len(boundaries)), key=lambda i: abs(boundaries[i] - value))


def _table(found, words: list[dict], page_number: int) -> Table:
    cells = [c for c in found.cells if c]
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells])
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    grid: dict[tuple[int, int], Cell] = {}
    for x0, top, x1, bottom in cells:
        row, column = _index(ys, top), _index(xs, x0)
        inside = [
            w
            for w in words
            if x0 <= (w["x0"] + w["x1"]) / 2 <= x1
            and top <= (w["top"] + w["bottom"]) / 2 <= bottom
        ]
        lines = _lines(inside)
        paragraphs = [
            Paragraph(
                text=" ".join(r.text for r in _runs(line.words)).replace("  ", " "),
                runs=_runs(line.words),
                page=page_number,
            )
            for line in lines
        ]
        text, printed = _cell_text([line.words for line in lines], x0, x1)
        if paragraphs:
            paragraphs = [
                Paragraph(
                    text=_join([line.words for line in lines], x1 - x0),
                    runs=[r for p in paragraphs for r in p.runs],
                    page=page_number,
                )
            ]
        grid[(row, column)] = Cell(
            text=text,
            paragraphs=paragraphs,
            column=column,
            colspan=max(1, _index(xs, x1) - column),
            rowspan=max(1, _index(ys, bottom) - row),
            lines=printed
            if len(printed) > 1 or any(len(p) > 1 for p in printed)
            else [],
        )
    table = Table(page=page_number)
    for r in range(max(len(ys) - 1, 0)):
        row = Row()
        for (rr, _), cell in sorted(grid.items()):
            if rr == r:
                row.cells.append(cell)
        # Positions a merged cell from above covers.
        for (rr, c), cell in grid.items():
            if rr < r < rr + cell.rowspan:
                row.cells.append(
                    Cell(
                        text="",
                        column=c,
                        colspan=cell.colspan,
                        covered=True,
                        origin=(rr, c),
                    )
                )
        row.cells.sort(key=lambda cell: cell.column)
        if row.cells:
            table.rows.append(row)
    return table


def _join(lines: list[list[dict]], width: float = 0.0) -> str:
    """The text of a cell `width` wide from the words of its lines: a word,
    a number or a date the column's width cut is mended (see
    `wrap.join_lines`)."""
    return join_lines(
        ["".join(r.text for r in _runs(words)) for words in lines],
        [[(w["x0"], w["x1"]) for w in words] for words in lines],
        width,
    )


def _cell_text(
    lines: list[list[dict]], x0: float, x1: float
) -> tuple[str, list[list[str]]]:
    """A cell's text: its lines joined (`_join`) where the cell's width
    wrapped them, a line break ("\\n", as between a Word cell's paragraphs)
    where the writer typed one (`cell_lines.typed_breaks`); and each
    paragraph's printed lines."""
    typed = typed_breaks(lines, x0, x1)
    pieces: list[list[list[dict]]] = [lines[:1]]
    for words, broken in zip(lines[1:], typed, strict=False):
        if broken:
            pieces.append([words])
        else:
            pieces[-1].append(words)
    pieces = [piece for piece in pieces if piece]
    printed = [[_join([words]) for words in piece] for piece in pieces]
    return "\n".join(_join(piece, x1 - x0) for piece in pieces), printed


_LIST_MARK = re.compile(
    r"^(?:[-+•*–]\s|[IVXLC]{1,6}\s*[.)]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s|[a-zđ]\)\s)"
)
# A line that opens with a label ("Thời gian: …"), not a wrapped line.
_LABEL_START = re.compile(r"^[^\W\d_]\w*(?: \w+){0,4}\s*:\s")


@dataclass
class _Body:
    """The type of a page's running text: its size, and whether it is bold."""

    size: float
    bold: bool


def _body(words: list[dict]) -> _Body:
    if not words:
        return _Body(10.0, False)
    size = statistics.median(round(w.get("size", 10.0), 1) for w in words)
    bold = sum(_style(w)[0] for w in words) * 2 > len(words)
    return _Body(size, bold)


def _heading(
    line: _Line, runs: list[Run], text: str, body: _Body, indent: float, width: float
):
    """The level of a heading whose Word style ("Heading 2") the PDF no
    longer names, from its type, or None: a line of its own near the left
    margin, with no number (a number says what it is) and no sentence's end,
    set wholly bold over plain running text or larger than it; 1 when in
    capitals, else 2 (its size says nothing of its rank among the numbered
    headings, which the outline ranks by their numbers)."""
    if (
        _MARKER.match(text)
        or len(text) > 120
        or text.rstrip()[-1:] in ".:;,"
        or indent > width * 0.25
    ):
        return None
    larger = line.size >= body.size + 1.0
    bold = not body.bold and all(r.bold for r in runs if r.text.strip())
    if not (larger or bold):
        return None
    return 1 if text.isupper() else 2


def _same_type(above: _Line, line: _Line) -> bool:
    """Both lines wholly bold (or wholly not) and of one size."""

    def bold(words: list[dict]) -> set[bool]:
        return {_style(w)[0] for w in words if w["text"].strip()}

    return (
        abs(above.size - line.size) < 0.5
        and len(bold(above.words) | bold(line.words)) == 1
    )


def _paragraphs(
    lines: list[_Line],
    left: float,
    right: float,
    page: int,
    middle: float,
    body: _Body | None = None,
) -> list[Paragraph | Table]:
    body = body or _Body(10.0, True)
    blocks: list[Paragraph | Table] = []
    previous: _Line | None = None
    previous_text = ""
    hang: float | None = None
    rows: list[list[list[dict]]] = []

    def flush_rows():
        if rows:
            table = Table(page=page)
            for segments in rows:
                row = Row()
                for column, segment in enumerate(segments):
                    runs = _runs(segment)
                    text = "".join(r.text for r in runs)
                    row.cells.append(
                        Cell(
                            text=text,
                            paragraphs=[Paragraph(text=text, runs=runs, page=page)],
                            column=column,
                        )
                    )
                table.rows.append(row)
            blocks.append(table)
            rows.clear()

    for line in lines:
        segments = line.segments()
        if len(segments) >= 2:
            rows.append(segments)
            previous = None
            continue
        flush_rows()
        runs = _runs(line.words)
        text = "".join(r.text for r in runs)
        last = blocks[-1] if blocks and isinstance(blocks[-1], Paragraph) else None
        first_word = line.words[0]["x1"] - line.words[0]["x0"] + line.size * 0.25
        hung = (
            hang is not None
            and previous is not None
            and abs(line.x0 - hang) < 1.5
            # Its first word would not have fitted on the line above.
            and previous.x1 + (line.words[0]["x1"] - line.words[0]["x0"])
            >= right - previous.size
        )
        joins = (
            previous is not None
            and last is not None
            and (
                (
                    (
                        previous.x1 >= right - previous.size * 2.5
                        # "… thời gian thực hiện: trước ngày" / "30/4/2027.":
                        # a long first word that would not have fitted.
                        or previous.x1 + first_word >= right - previous.size
                    )
                    and line.x0 <= left + line.size * 1.5
                )
                # A list item's wrapped line, hung at its text's start; a
                # label after a full stop starts its own paragraph.
                or (
                    hung
                    and not (
                        _LABEL_START.match(text)
                        and previous_text.rstrip()[-1:] in ".;:"
                    )
                )
            )
            and line.top - previous.bottom < line.size * 1.2
            and abs(line.size - previous.size) < 1.0
            # A hung line may start "Điều phối …", "Thực hiện …": only a
            # bullet or a number starts a new item there; not a dash inside
            # an open bracket ("(…; thời gian: tháng 7" / "- tháng 11/2024).").
            and not (
                (_LIST_MARK if hung else _MARKER).match(text)
                and not (
                    text[:1] in "-–" and last.text.rfind("(") > last.text.rfind(")")
                )
            )
            # A heading set apart by its type under a paragraph's last line;
            # not a bold line's wrapped end under it ("1. Rà soát … đăng" /
            # "ký về đích năm 2027"): its type is the line above's.
            and not (
                not last.style
                and not _same_type(previous, line)
                and _heading(line, runs, text, body, line.x0 - left, right - left)
            )
            # A line ending ":" set in another type under a sentence's full
            # stop ("Nơi nhận:" in bold italics, a bold "Kinh phí:"): a label
            # of its own, whatever the line above's length.
            and not (
                previous_text.rstrip().endswith(".")
                and text.rstrip().endswith(":")
                and not _same_type(previous, line)
            )
        )
        if not joins:
            # Where the lines a list item wraps onto start: its text's start
            # after the bullet or number ("• Cứng hóa …" / "Hồ đạt …").
            if _MARKER.match(text) and len(line.words) > 1:
                hang = line.words[1]["x0"]
            elif not hung:
                hang = None
        previous_text = text
        if joins:
            if last.text.endswith("-") and text[:1].islower():
                last.text = last.text[:-1] + text
                if last.runs:
                    last.runs[-1].text = last.runs[-1].text[:-1]
            else:
                last.text += " " + text
                if runs:
                    runs[0].text = " " + runs[0].text
            for run in runs:
                if last.runs and (last.runs[-1].bold, last.runs[-1].italic) == (
                    run.bold,
                    run.italic,
                ):
                    last.runs[-1].text += run.text
                else:
                    last.runs.append(run)
        else:
            centre = (line.x0 + line.x1) / 2
            align = (
                "center"
                if abs(centre - middle) < line.size * 1.5
                and line.x0 > left + line.size * 2
                else ""
            )
            level = None
            if not align:
                level = _heading(line, runs, text, body, line.x0 - left, right - left)
            blocks.append(
                Paragraph(
                    text=text,
                    runs=runs,
                    indent=round(max(0.0, line.x0 - left), 1),
                    style=f"Heading {level}" if level else "",
                    align=align,
                    page=page,
                )
            )
        previous = line
    flush_rows()
    return blocks


# A table without ruling lines (Word's table with its borders off, text set
# on tab stops): columns are the bands of white that no word of several
# consecutive lines crosses. Two bands at least (three columns), each with
# words on both sides in two lines at least: the two columns of a Decree 30
# header or signature, and prose, are never one.
_MIN_BANDS = 2


def _gaps(line: _Line) -> list[tuple[float, float]]:
    """The white between the words of a line wider than a few spaces."""
    least = max(4.0, line.size * 0.6)
    return [
        (a["x1"], b["x0"])
        for a, b in zip(line.words, line.words[1:], strict=False)
        if b["x0"] - a["x1"] >= least
    ]


@dataclass
class _Band:
    x0: float
    x1: float
    support: int = 0  # lines with words on both sides of it


def _narrow(bands: list[_Band], line: _Line, least: float) -> list[_Band] | None:
    """The bands left once `line` is laid over them; None when the line
    covers a band that a line before it had words on both sides of."""
    out: list[_Band] = []
    for band in bands:
        pieces = [(band.x0, band.x1)]
        for word in line.words:
            pieces = [
                piece
                for a, b in pieces
                for piece in ((a, min(b, word["x0"])), (max(a, word["x1"]), b))
                if piece[1] - piece[0] > 0
            ]
        pieces = [(a, b) for a, b in pieces if b - a >= least]
        if not pieces:
            if band.support:
                return None
            continue
        for a, b in pieces:
            sides = any(w["x1"] <= a for w in line.words) and any(
                w["x0"] >= b for w in line.words
            )
            out.append(_Band(a, b, band.support + int(sides)))
    return out


def _sides(bands: list[_Band], line: _Line) -> int:
    """How many bands `line` has words on both sides of."""
    return sum(
        1
        for band in bands
        if any(w["x1"] <= band.x0 for w in line.words)
        and any(w["x0"] >= band.x1 for w in line.words)
    )


def _spans(lines: list[_Line], end: int, bands: list[_Band], least: float) -> bool:
    """`lines[end]` is a group row written across the columns ("II. NHÓM
    NHIỆM VỤ VỀ KINH TẾ", "B. Cấp xã"): one line, no wider gap than a tab
    in it, starting in the first two columns, and the line after it lies
    over the bands again as a row of the table does, words on both sides of
    two of them at least."""
    line = lines[end]
    if end + 1 >= len(lines) or len(_gaps(line)) > 1 or line.x0 >= bands[1].x0:
        return False
    after = lines[end + 1]
    return (
        after.top - line.bottom <= after.size * 2.0
        and _narrow(bands, after, least) is not None
        and _sides(bands, after) >= _MIN_BANDS
    )


def _region(lines: list[_Line], start: int) -> tuple[int, list[_Band], set[int]] | None:
    """The lines from `start` that a table without ruling lines makes: (end,
    bands, the indexes of its group rows written across the columns) or
    None."""
    seed = lines[start]
    gaps = _gaps(seed)
    if len(gaps) < _MIN_BANDS:
        return None
    least = max(4.0, seed.size * 0.6)
    bands = [_Band(a, b, 1) for a, b in gaps]
    groups: set[int] = set()
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.top - lines[end - 1].bottom > line.size * 2.0:
            break
        narrowed = _narrow(bands, line, least)
        if narrowed is None:
            if not _spans(lines, end, bands, least):
                break
            groups.add(end - start)
            end += 1
            continue
        bands = narrowed
        end += 1
    bands = [b for b in bands if b.support >= 2]
    if len(bands) < _MIN_BANDS or end - start < 2:
        return None
    return end, bands, groups


def _column(bands: list[_Band], word: dict) -> int:
    centre = (word["x0"] + word["x1"]) / 2
    return sum(1 for band in bands if band.x1 <= centre)


def _label_column(cells: list[list[str]]) -> bool:
    """The first column holds only row numbers ("1", "1.2", "I", "a)")."""
    values = [row[0] for row in cells if row[0]]
    return bool(values) and all(len(v) <= 8 for v in values)


def _group_cells(
    line: _Line, bands: list[_Band], width: int, numbered: bool
) -> list[list[dict]]:
    """A group row written across the columns as cells: its number ("II.",
    "B.") in the first column when that column holds the numbers, its name
    in the column after it (or where it starts)."""
    cells: list[list[dict]] = [[] for _ in range(width)]
    words = line.words
    if numbered and _GROUP_NUMBER.match(words[0]["text"]) and len(words) > 1:
        cells[0].append(words[0])
        words = words[1:]
    column = _column(bands, words[0])
    if numbered:
        column = max(column, 1)
    cells[column] += words
    return cells


def _borderless(
    lines: list[_Line], bands: list[_Band], page: int, groups: set[int] = frozenset()
) -> Table:
    """The lines of a table without ruling lines as its rows: a row starts
    where its number is written, where a column whose cell had ended takes
    text again, where the gap above is wider than the lines of a cell are
    apart, or where every cell of a line of two or more starts a sentence
    (a capital or a digit) and the line has text in the row's first column —
    the lines of a cell cut by its width go on in lower case, and a proper
    name wrapped in a narrow column ("UBND xã Hòa" / "Bình") goes on in a
    later column only. A group row written across the columns is a row of
    its own."""
    width = len(bands) + 1
    placed: list[list[list[dict]]] = []
    for k, line in enumerate(lines):
        cells: list[list[dict]] = [[] for _ in range(width)]
        if k not in groups:
            for word in line.words:
                cells[_column(bands, word)].append(word)
        placed.append(cells)
    texts = [[" ".join(w["text"] for w in c) for c in cells] for cells in placed]
    numbered = _label_column(texts)
    for k in groups:
        placed[k] = _group_cells(lines[k], bands, width, numbered)
        texts[k] = [" ".join(w["text"] for w in c) for c in placed[k]]
    pitches = [
        b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if b.top > a.top
    ]
    pitch = min(pitches, default=0.0)
    rows: list[list[list[dict]]] = []
    seen: set[int] = set()
    first = 0  # the first column the row's first line fills
    for k, cells in enumerate(placed):
        filled = {c for c, words in enumerate(cells) if words}
        starts = not rows
        if rows and k:
            before = {c for c, words in enumerate(placed[k - 1]) if words}
            capitals = [
                texts[k][c][:1].isupper() or texts[k][c][:1].isdigit() for c in filled
            ]
            starts = (
                k in groups
                or k - 1 in groups
                or (numbered and 0 in filled)
                or any(c in seen and c not in before for c in filled)
                or (pitch and lines[k].top - lines[k - 1].top > pitch * 1.3)
                or (len(filled) >= 2 and all(capitals) and min(filled) <= first)
            )
        if starts:
            rows.append([[] for _ in range(width)])
            seen = set()
            first = min(filled, default=0)
        for c, words in enumerate(cells):
            if words:
                rows[-1][c].append(words)
        seen |= filled
    table = Table(page=page)
    for row in rows:
        out = Row()
        for column, pieces in enumerate(row):
            runs = [run for words in pieces for run in _runs(words)]
            text = _join(pieces)
            paragraphs = [Paragraph(text=text, runs=runs, page=page)] if text else []
            out.cells.append(Cell(text=text, paragraphs=paragraphs, column=column))
        table.rows.append(out)
    return table


def _tables_without_rules(
    lines: list[_Line], page: int
) -> tuple[list[tuple[float, Table]], list[_Line]]:
    """The tables without ruling lines among a page's free lines, with their
    tops, and the lines left."""
    tables: list[tuple[float, Table]] = []
    rest: list[_Line] = []
    index = 0
    while index < len(lines):
        found = _region(lines, index)
        if found is None:
            rest.append(lines[index])
            index += 1
            continue
        end, bands, groups = found
        table = _borderless(lines[index:end], bands, page, groups)
        tables.append((lines[index].top, table))
        index = end
    return tables, rest


def _right_margin(lines: list[_Line], width: float) -> float:
    """Where justified lines end: the most common right edge of long lines
    (the widest line may be a header set further right)."""
    edges: dict[int, int] = {}
    for line in lines:
        if len(line.words) >= 6:
            edge = round(line.x1 / 4) * 4
            edges[edge] = edges.get(edge, 0) + 1
    if edges:
        return float(max(edges, key=lambda e: (edges[e], e)))
    return max((line.x1 for line in lines), default=width)


@dataclass
class _Page:
    number: int
    chars: int
    left: float
    right: float
    # Tables and free lines in reading order, by their tops.
    items: list[Table | _Line]


def _page(page, number: int) -> _Page:
    """A page's tables (ruled or not) and free lines, in reading order."""
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    feet = open_feet(page.edges)
    found = page.find_tables({"explicit_horizontal_lines": feet} if feet else None)
    tables = [t for t in found if len(t.cells) >= 2]
    boxes = [t.bbox for t in tables]

    def inside(word):
        cx, cy = ((word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2)
        return any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    free = [w for w in words if not inside(w)]
    lines = [
        line
        for line in _lines(free)
        if not (
            _PAGE_NUMBER.match(" ".join(w["text"] for w in line.words))
            and (line.top < page.height * 0.1 or line.bottom > page.height * 0.9)
        )
    ]
    left = min((line.x0 for line in lines), default=0.0)
    # A page with few long free lines (its tasks in a ruled table) may give
    # a short header line as the margin: the text margin is no nearer the
    # middle than the left one.
    right = max(_right_margin(lines, page.width), page.width - left - 24.0)
    loose, lines = _tables_without_rules(lines, number)
    items: list[tuple[float, Table | _Line]] = [
        (t.bbox[1], _table(t, words, number)) for t in tables
    ]
    items += loose
    items += [(line.top, line) for line in lines]
    items.sort(key=lambda item: item[0])
    chars = sum(len(w["text"]) for w in words)
    return _Page(number, chars, left, right, [item for _, item in items])


def read_pdf(name: str, data: bytes, *, max_pages: int = MAX_PAGES) -> Document:
    """A PDF with a text layer as a Document; DocumentError for a scan, an
    encrypted or a broken file."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # pdfminer raises many types on damaged files
        text = f"{error!r} {error.__cause__!r}".lower()
        if "password" in text or "encrypt" in text:
            raise DocumentError(PDF_ENCRYPTED, code="encrypted") from error
        raise DocumentError(PDF_BROKEN, code="pdf_broken") from error
    document = Document(name=name, format="pdf")
    try:
        with pdf:
            document.pages = len(pdf.pages)
            if len(pdf.pages) > max_pages:
                raise DocumentError(
                    PDF_TOO_LONG.format(pages=len(pdf.pages), limit=max_pages),
                    code="too_long",
                )
            pages = [_page(page, n) for n, page in enumerate(pdf.pages, start=1)]
    except DocumentError:
        raise
    except Exception as error:  # a page pdfminer cannot interpret
        raise DocumentError(PDF_BROKEN, code="pdf_broken") from error
    if sum(page.chars for page in pages) == 0:
        raise DocumentError(PDF_SCANNED, code="scanned")
    # The running text's type, over the document's free lines: a heading is
    # set apart from it.
    body = _body(
        [
            w
            for page in pages
            for i in page.items
            if isinstance(i, _Line)
            for w in i.words
        ]
    )
    for page in pages:
        middle = (page.left + page.right) / 2
        pending: list[_Line] = []
        for item in page.items + [None]:
            if isinstance(item, _Line):
                pending.append(item)
                continue
            document.blocks += _paragraphs(
                pending, page.left, page.right, page.number, middle, body
            )
            pending = []
            if item is not None:
                document.blocks.append(item)
    return document
