"""Plain text and Markdown: a paragraph per line, tab-separated lines as
tables, Markdown emphasis and pipe tables understood; a PDF's text copied
into a .txt given back its paragraphs and columns first (pdf_copy)."""

from __future__ import annotations

import re

from ntm.documents import legacy, mail, pdf_copy, scanned
from ntm.documents.closing_beside import closing_beside
from ntm.documents.columns import COLUMNS
from ntm.documents.errors import NOT_TEXT, DocumentError
from ntm.documents.model import Cell, Document, Paragraph, Row, Run, Table
from ntm.text import fold, visible_text

# Control characters other than tab, line feed, form feed and carriage return
# mean binary data, whatever the encoding.
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
# ***bold italic***, **bold**, __bold__, *italic*, _italic_ (not inside
# words: "17_1", "a*b").
_EMPHASIS = re.compile(
    r"(?P<both>\*\*\*(?=[^\s*])(?P<bi>.+?)(?<=[^\s*])\*\*\*)"
    r"|(?P<bold>\*\*(?=\S)(?P<b1>.+?)(?<=\S)\*\*|__(?=\S)(?P<b2>.+?)(?<=\S)__)"
    r"|(?P<italic>(?<![\w*])\*(?=[^\s*])(?P<i1>.+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<!\w)_(?=\S)(?P<i2>.+?)(?<=\S)_(?!\w))"
)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
TAB_POINTS = 36.0


def decode(data: bytes) -> str:
    """Text of a file saved by Notepad, Word or a phone: UTF-8 (with or
    without BOM), UTF-16 with BOM, or the Vietnamese Windows code page; a
    file of TCVN3 or VNI bytes (a legacy font's text saved as "ANSI") as the
    Latin-1 letters it shows, for `legacy.decode_text` to convert."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DocumentError(NOT_TEXT, code="not_text") from error
    if _BINARY.search(data[:65536]):
        raise DocumentError(NOT_TEXT, code="not_text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    if legacy.detect(latin):
        return latin
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as error:
        raise DocumentError(NOT_TEXT, code="not_text") from error


def emphasis(text: str, *, markdown: bool = False) -> list[Run]:
    """Runs of `text` with Markdown emphasis marks turned into bold/italic."""
    runs: list[Run] = []
    position = 0
    for m in _EMPHASIS.finditer(text):
        if m.start() > position:
            runs += _inner(text[position : m.start()], markdown)
        if m.group("both"):
            runs.append(
                Run(_inner(m.group("bi"), markdown)[0].text, bold=True, italic=True)
            )
        elif m.group("bold"):
            inner = m.group("b1") or m.group("b2")
            runs += [
                Run(r.text, bold=True, italic=r.italic)
                for r in emphasis(inner, markdown=markdown)
            ]
        else:
            inner = m.group("i1") or m.group("i2")
            runs += [
                Run(r.text, bold=r.bold, italic=True)
                for r in emphasis(inner, markdown=markdown)
            ]
        position = m.end()
    if position < len(text):
        runs += _inner(text[position:], markdown)
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1].text += run.text
        elif run.text:
            merged.append(run)
    return merged


def _inner(text: str, markdown: bool) -> list[Run]:
    # A stray "**" that closes nothing is a mark the author left: drop it.
    text = text.replace("**", "")
    return [Run(_MD_ESCAPE.sub(r"\1", text) if markdown else text)]


def _paragraph(raw: str, markdown: bool) -> Paragraph:
    stripped = raw.lstrip(" \t")
    lead = raw[: len(raw) - len(stripped)]
    # A Markdown list nests by two to four spaces (Google Docs writes three).
    spaces = (lead.count(" ") + 2) // 4 if markdown else lead.count(" ") // 4
    indent = lead.count("\t") * TAB_POINTS + spaces * TAB_POINTS
    style = ""
    if markdown or stripped.startswith("#"):
        heading = re.match(r"^(#{1,6})\s+", stripped)
        if heading:
            style = f"Heading {len(heading.group(1))}"
            stripped = stripped[heading.end() :]
    # A bullet "* item" is a bullet, not the start of an italic run.
    bullet = re.match(r"^([*+•\-–])\s+", stripped)
    head, body = (
        (stripped[: bullet.end()], stripped[bullet.end() :])
        if bullet
        else ("", stripped)
    )
    runs = ([Run(head)] if head else []) + emphasis(body.rstrip(), markdown=markdown)
    text = "".join(r.text for r in runs)
    return Paragraph(text=text, runs=runs, indent=indent, style=style)


# The right column of a header typed (or pasted from Zalo) beside the left
# one on the same line, after a run of spaces: the national motto, the
# Party's name, or the place and date ("HỘI NÔNG DÂN TỈNH QUẢNG TRỊ
# <spaces> CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
_RIGHT_COLUMN = re.compile(
    r"^(?:cong hoa xa hoi|doc lap\s*[-–]\s*tu do|dang cong san viet nam"
    r"|[^,]{2,40},\s*ngay\s+\d)"
)


def _beside(raw: str) -> list[str]:
    """A line that holds the header's two columns apart by two spaces or
    more (a wider gap first: "Số:  05/KH-HND      Cam Thành, ngày …"): the
    left column's text, then the right one's; else the line."""
    for gaps in (r" {3,}", r" {2,}"):
        for gap in re.finditer(gaps, raw.strip()):
            left, right = raw.strip()[: gap.start()], raw.strip()[gap.end() :]
            if _RIGHT_COLUMN.match(fold(right)):
                return [left, right]
    return [raw]


def _cells(raw: str) -> list[str]:
    """The cells of a row; an empty first cell stays (a blank STT column), the
    empty cells after the last text go."""
    return _trimmed([c.strip() for c in raw.split("\t")])


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


# Cells copied from a spreadsheet (Excel, LibreOffice Calc, Google Sheets)
# come to the clipboard tab-separated; a cell that holds a line break
# (Alt+Enter) comes in double quotes over several lines, its own quotes
# doubled. A quoted cell closes within this many lines or is no quoted cell.
QUOTED_LINES = 40


def _quoted(lines: list[str], index: int, start: int) -> tuple[str, int, int] | None:
    """The quoted cell that opens at lines[index][start] (a '"'): its text,
    and the line and position after its closing quote, which a tab or the
    end of the line must follow. None when it is no quoted cell (a tab
    before its closing quote, or no such quote within QUOTED_LINES lines):
    the quote is then text."""
    pieces: list[str] = []
    row, position = index, start + 1
    line = lines[row]
    while True:
        found = line.find('"', position)
        if "\t" in line[position : None if found < 0 else found]:
            # A tab inside: a quote left open, the cells after it are cells
            # (a spreadsheet's cell holds no tab).
            return None
        if found < 0:
            pieces.append(line[position:])
            row += 1
            if row >= len(lines) or row - index >= QUOTED_LINES:
                return None
            line, position = lines[row], 0
            pieces.append("\n")
            continue
        if line[found + 1 : found + 2] == '"':  # a doubled quote: one quote
            pieces.append(line[position : found + 1])
            position = found + 2
            continue
        pieces.append(line[position:found])
        after = found + 1
        if after < len(line) and line[after] != "\t":
            return None
        return "".join(pieces), row, after


def _record(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """The spreadsheet row that starts at lines[index], with its quoted
    cells read as a spreadsheet writes them, and the index of the line
    after it; None when the line is no row. A quoted cell that holds a line
    break or a doubled quote is unquoted; a cell merely typed in quotes
    ('"Xóm sáng"', which Excel copies as it is) keeps them, and a quote that
    closes nothing is text: it never takes the lines after it."""
    cells: list[str] = []
    row, position = index, 0
    line = lines[row]
    while True:
        value = None
        if line.startswith('"', position):
            value = _quoted(lines, row, position)
        if value is not None:
            text, end_row, after = value
            if end_row == row and '""' not in line[position:after]:
                text = line[position:after]  # typed in quotes: kept
            cells.append(text.strip())
            row, position, line = end_row, after, lines[end_row]
        else:
            tab = line.find("\t", position)
            end = len(line) if tab < 0 else tab
            cells.append(line[position:end].strip())
            position = end
        if position >= len(line):
            break
        position += 1  # the tab
    cells = _trimmed(cells)
    if sum(1 for c in cells if c) < 2:
        return None
    return cells, row + 1


def _pipe_cells(raw: str) -> list[str]:
    body = raw.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = [c.strip() for c in re.split(r"(?<!\\)\|", body)]
    return [re.sub(r"\s*<br\s*/?>\s*", "\n", c, flags=re.I) for c in cells]


def _table(rows: list[list[str]], markdown: bool) -> Table:
    table = Table()
    for values in rows:
        row = Row()
        for column, value in enumerate(values):
            paragraphs = [
                _paragraph(v, markdown) for v in value.split("\n") if v.strip()
            ]
            for paragraph in paragraphs:
                paragraph.indent = 0.0
            text = "\n".join(p.text for p in paragraphs)
            row.cells.append(Cell(text=text, paragraphs=paragraphs, column=column))
        table.rows.append(row)
    return table


# A table copied from a web page as one cell per line: its header's cells
# (at least this many, each a known column's words) and then, row by row,
# as many cells, the first a row's number.
CELL_LINE_COLUMNS = (3, 8)
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")


def _column_role(text: str) -> str:
    """The role of a header cell written alone on its line, or ""."""
    folded = fold(text).strip(" :")
    if not folded or len(folded) > 40:
        return ""
    return next((role for role, rx in COLUMNS if re.search(rx, folded)), "")


def _cell_lines(lines: list[str], index: int) -> tuple[list[list[str]], int] | None:
    """The table pasted one cell per line that starts at lines[index] (its
    header: a run of lines that each name a column, a number's and a
    content's among them), its rows rebuilt, and the index of the line after
    it; None when no such table starts there. Blank lines between cells are
    skipped: a browser's copy puts them in or not."""
    filled = [i for i in range(index, len(lines)) if lines[i].strip()]
    roles: list[str] = []
    for i in filled:
        role = _column_role(lines[i])
        if not role or _ROW_NUMBER.fullmatch(lines[i].strip()):
            break
        roles.append(role)
    width = len(roles)
    low, high = CELL_LINE_COLUMNS
    if not (low <= width <= high and roles[0] == "number" and "content" in roles):
        return None
    rows = [[lines[i].strip() for i in filled[:width]]]
    position = width
    while position + width <= len(filled) and _ROW_NUMBER.fullmatch(
        lines[filled[position]].strip()
    ):
        rows.append([lines[i].strip() for i in filled[position : position + width]])
        position += width
    if len(rows) < 2:
        return None
    end = filled[position - 1] + 1
    return rows, end


def read_text(name: str, data: bytes, *, markdown: bool = False) -> Document:
    """A .txt or .md file as a Document."""
    # A mail's quoted-printable body first (ntm.documents.mail), then legacy
    # letters: TCVN3's "ư" is U+00AD, an invisible character.
    text = mail.decode_mail(decode(data))
    text = visible_text(legacy.decode_text(text)).replace("\f", "\n")
    lines = scanned.unspaced(text.splitlines())
    if not markdown:
        lines = pdf_copy.unwrapped(lines)
    document = Document(name=name, format="md" if markdown else "txt")
    index = 0
    while index < len(lines):
        raw = lines[index]
        if (
            markdown
            and raw.strip().startswith("|")
            and index + 1 < len(lines)
            and _PIPE_RULE.match(lines[index + 1])
        ):
            rows = [_pipe_cells(raw)]
            index += 2
            while index < len(lines) and lines[index].strip().startswith("|"):
                rows.append(_pipe_cells(lines[index]))
                index += 1
            document.blocks.append(_table(rows, markdown))
            continue
        if cell_lines := _cell_lines(lines, index):
            rows, index = cell_lines
            document.blocks.append(_table(rows, markdown))
            continue
        if beside := closing_beside(lines, index):
            pieces, index = beside
            document.blocks += [_paragraph(piece, markdown) for piece in pieces]
            continue
        if ("\t" in raw or raw.lstrip().startswith('"')) and (
            record := _record(lines, index)
        ):
            rows = [record[0]]
            index = record[1]
            while index < len(lines):
                if record := _record(lines, index):
                    rows.append(record[0])
                    index = record[1]
                # Rows copied from Word often come with a blank line between
                # them: the table goes on past one blank line.
                elif (
                    not lines[index].strip()
                    and index + 1 < len(lines)
                    and _record(lines, index + 1)
                ):
                    index += 1
                else:
                    break
            document.blocks.append(_table(rows, markdown))
            continue
        if raw.strip():
            document.blocks += [_paragraph(piece, markdown) for piece in _beside(raw)]
        index += 1
    return document
