"""The appendix PDF drawn directly: any Table, in the frame and at the sizes of
the former WeasyPrint template (templates/reports/exports/pdf.html, deleted in
commit 4924e18; `git show b47e45e:templates/reports/exports/pdf.html`), without
a layout engine.

NOTE: WeasyPrint lays out every cell of the table as boxes (cascade, box tree,
table widths, Pango lines, drawing): about 0.7 ms a cell, 3 s for a commune's
progress table of 450 rows, with no single hotspot (docs/performance.md). An
appendix is one grid of short texts in one font family, so it is drawn here
with the font's own advance widths: the same frame (Decree 30 header, title,
table with its header on every page, signature block and "Nơi nhận"), the
same sizes, margins, borders and paddings as pdf.html, Liberation Serif 2
embedded as a subset with its text layer (ToUnicode), kerned with its own
pairs. What pdf.html did with CSS is written here as code: a row is never
split unless it is taller than a page (then it goes on line by line, under
the header repeated); a total or note row never starts a page without the row
it closes, nor the signature block without the last row; page numbers top
centre from page 2. What a browser would ask fontconfig for, a character
Liberation Serif lacks, comes from the FALLBACKS fonts; one that no installed
font has prints as "�" and keeps its text.
"""

from __future__ import annotations

import functools
import hashlib
import io
import unicodedata
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from reports.exports.fit import font_path
from reports.exports.tables import GROUP, NOTE, SUBTOTAL, TOTAL, Table

MM = 72 / 25.4
A4 = (595.28, 841.89)
MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT = (
    20 * MM,
    15 * MM,
    20 * MM,
    30 * MM,
)
BORDER = 0.6  # the table's lines (pdf.html: 0.6pt solid)
RULE = 0.8  # the short rules under the agency and the title
PAD_X, PAD_Y = 3.0, 2.0  # a cell's padding
TABLE_SIZE = 11.0
STRONG_ROWS = (GROUP, SUBTOTAL, TOTAL, NOTE)


# ── fonts ──


@dataclass(frozen=True)
class _FontFile:
    """One font file (or face of a collection): its glyph of each character,
    advance widths (font units) and the metrics of a line."""

    path: str
    number: int  # the face in a collection (.ttc)
    family: str
    style: str
    glyphs: dict[int, int]
    advances: list[int]
    em: int
    ascent: int
    descent: int
    bbox: tuple[int, int, int, int]
    italic_angle: float
    cap_height: int

    def line(self, size: float) -> float:
        """A line's height ("line-height: normal", as Pango gives it)."""
        return (self.ascent + self.descent) * size / self.em


# For a character Liberation Serif lacks, the fonts tried in turn, as
# fontconfig would fall back, so that nothing typed prints as an empty box:
# (directory, file of each (bold, italic) or one file for every style, Debian
# package). All come from scripts/system-deps; a missing one is passed over.
FALLBACKS = (
    # Latin, Greek and Cyrillic letters Liberation lacks (‽), in a serif.
    (
        "/usr/share/fonts/truetype/dejavu",
        {
            (False, False): "DejaVuSerif.ttf",
            (True, False): "DejaVuSerif-Bold.ttf",
            (False, True): "DejaVuSerif-Italic.ttf",
            (True, True): "DejaVuSerif-BoldItalic.ttf",
        },
        "fonts-dejavu-core",
    ),
    # Symbols the serif lacks: ticks, stars, circled numbers, arrows (✔ ★ ①).
    (
        "/usr/share/fonts/truetype/dejavu",
        {
            (False, False): "DejaVuSans.ttf",
            (True, False): "DejaVuSans-Bold.ttf",
            (False, True): "DejaVuSans-Oblique.ttf",
            (True, True): "DejaVuSans-BoldOblique.ttf",
        },
        "fonts-dejavu-core",
    ),
    # Chinese characters, Japanese kana, Korean hangul (one style); before
    # Symbola, which has a few Chinese characters of its own.
    ("/usr/share/fonts/truetype/wqy", "wqy-microhei.ttc", "fonts-wqy-microhei"),
    # Emoji and dingbats pasted from Zalo (✅ 👉 📌), in outlines (one style).
    ("/usr/share/fonts/truetype/ancient-scripts", "Symbola_hint.ttf", "fonts-symbola"),
)
# A character no font has prints as this (in the first fallback that has it),
# its text layer keeping the character itself (see _Substitute).
SUBSTITUTE = "\ufffd"


@functools.cache
def _load(path: str, number: int = 0) -> _FontFile:
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True, fontNumber=number)
    order = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    metrics = font["hmtx"].metrics
    advances = [metrics[name][0] for name in font.getGlyphOrder()]
    head, hhea = font["head"], font["hhea"]
    names = font["name"]
    return _FontFile(
        path=path,
        number=number,
        family=names.getDebugName(1) or "Liberation Serif",
        style=names.getDebugName(2) or "Regular",
        glyphs={code: order[name] for code, name in font.getBestCmap().items()},
        advances=advances,
        em=head.unitsPerEm,
        ascent=hhea.ascent,
        descent=-hhea.descent,
        bbox=(head.xMin, head.yMin, head.xMax, head.yMax),
        italic_angle=float(font["post"].italicAngle),
        cap_height=getattr(font["OS/2"], "sCapHeight", hhea.ascent),
    )


def _font_file(bold: bool, italic: bool) -> _FontFile:
    """Liberation Serif 2 (or Times New Roman) in that style."""
    path = font_path(bold, italic)
    if path is None:
        raise RuntimeError(
            "Thiếu phông Liberation Serif 2 (gói fonts-liberation2) để in PDF."
        )
    return _load(str(path))


def _fallback_files(bold: bool, italic: bool) -> list[_FontFile]:
    """The installed fallbacks of a style, in the order they are tried."""
    files = []
    for directory, names, _ in FALLBACKS:
        name = names if isinstance(names, str) else names[bold, italic]
        path = Path(directory) / name
        if path.is_file():
            files.append(_load(str(path)))
    return files


@functools.cache
def _kerning(path: str) -> dict[str, int]:
    """The font's kerning pairs (its GPOS "kern" lookups of pairs of single
    glyphs, font units), keyed by the two characters: {"AV": -264, …}.

    NOTE: Liberation Serif 2 kerns ~850 pairs (A V T Y f r v w y 1 with what
    follows them); none has a Vietnamese letter with its marks. Pairs with a
    space are left out, so that a line measures as its words and spaces added
    up (wrap) and is drawn exactly that wide."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    if "GPOS" not in font:
        return {}
    gpos = font["GPOS"].table
    chars: dict[str, list[str]] = {}
    for code, name in font.getBestCmap().items():
        if code != 0x20 and unicodedata.category(chr(code)) not in ("Cc", "Cf"):
            chars.setdefault(name, []).append(chr(code))
    lookups = sorted(
        {
            index
            for record in gpos.FeatureList.FeatureRecord
            if record.FeatureTag == "kern"
            for index in record.Feature.LookupListIndex
        }
    )
    pairs: dict[str, int] = {}
    for index in lookups:
        lookup = gpos.LookupList.Lookup[index]
        for table in lookup.SubTable:
            if lookup.LookupType == 9:
                table = table.ExtSubTable
            if getattr(table, "Format", None) != 1 or not hasattr(table, "PairSet"):
                continue  # class-based pairs: Liberation Serif 2 has none
            for first, pair_set in zip(
                table.Coverage.glyphs, table.PairSet, strict=True
            ):
                for record in pair_set.PairValueRecord:
                    value = getattr(record.Value1, "XAdvance", 0) or 0
                    for a in chars.get(first, ()):
                        for b in chars.get(record.SecondGlyph, ()):
                            pairs.setdefault(a + b, value)  # first lookup wins
    return {pair: value for pair, value in pairs.items() if value}


# A tab pasted from a spreadsheet parts two words; the other line and page
# breaks (Word's vertical tab, Unicode's line and paragraph separators) break
# the line.
_LINE_BREAKS = str.maketrans(
    {"\t": " ", "\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"}
)


def _invisible(ch: str) -> bool:
    """Never drawn: bidi controls (a Vietnamese line is left to right: an
    override pasted in is not obeyed, the text stays in the order it was
    typed), zero-width joiners and spaces, soft hyphens, the byte order mark,
    emoji variation selectors, other control characters."""
    return unicodedata.category(ch) in ("Cc", "Cf") or (
        "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"
    )


def clean(text: str) -> str:
    """`text` as drawn (the Table's text is NFC already): a tab as a space,
    the other line and page breaks as line breaks, invisible characters
    (_invisible) dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    if not text.isprintable():
        text = "".join(ch for ch in text if ch == "\n" or not _invisible(ch))
    return text


@dataclass
class _Font:
    """A face as used in one document: its resource name and the characters
    drawn with it (for the subset, the widths and the text layer). `chain`
    finds the face of a character this one lacks; `kern`, its pairs."""

    key: str
    file: _FontFile
    chain: _Chain | None = None
    kern: dict[str, int] = field(default_factory=dict)
    used: dict[int, str] = field(default_factory=dict)  # glyph -> character(s)
    drawn: bool = False
    _units: dict[str, float] = field(default_factory=dict, repr=False)

    def width(self, text: str, size: float) -> float:
        """`text`'s width on a line, kerned, what this face lacks at the
        width its fallback face draws it (cached by text: words repeat)."""
        units = self._units.get(text)
        if units is None:
            em = self.file.em
            units = self._units[text] = sum(
                face.advance(run) * em / face.file.em for face, run in self.runs(text)
            )
        return units * size / self.file.em

    def advance(self, run: str) -> int:
        """A run of this face's characters: its advance in its font units."""
        glyphs, advances = self.file.glyphs, self.file.advances
        units = sum(advances[glyphs[ord(ch)]] for ch in run)
        if self.kern and len(run) > 1:
            kern = self.kern.get
            units += sum(kern(run[i : i + 2], 0) for i in range(len(run) - 1))
        return units

    def runs(self, text: str) -> list[tuple[_Font, str]]:
        """`text` cut where another face draws it."""
        glyphs = self.file.glyphs
        if all(ord(ch) in glyphs for ch in text):
            return [(self, text)] if text else []
        runs: list[tuple[_Font, list[str]]] = []
        for ch in text:
            font = self if ord(ch) in glyphs else self.chain.face(ch)
            if runs and runs[-1][0] is font:
                runs[-1][1].append(ch)
            else:
                runs.append((font, [ch]))
        return [(font, "".join(chars)) for font, chars in runs]

    def encode(self, text: str) -> list[str]:
        """Each character's glyph as the content stream writes it (hex)."""
        glyphs, used = self.file.glyphs, self.used
        self.drawn = True
        out = []
        for ch in text:
            gid = glyphs[ord(ch)]
            used.setdefault(gid, ch)
            out.append(f"{gid:04X}")
        return out


@dataclass
class _Substitute(_Font):
    """The face of characters no installed font has: each drawn as the
    SUBSTITUTE glyph "�" (a visible mark, not an empty box), under a code of
    its own whose text layer (ToUnicode) is the character itself, so that the
    PDF still reads, searches and copies it. Codes map to the glyph through
    the font's CIDToGIDMap."""

    mark: int = 0  # the glyph drawn
    codes: dict[str, int] = field(default_factory=dict)  # character -> code

    def advance(self, run: str) -> int:
        return len(run) * self.file.advances[self.mark]

    def runs(self, text: str) -> list[tuple[_Font, str]]:
        return [(self, text)] if text else []

    def encode(self, text: str) -> list[str]:
        self.drawn = True
        out = []
        for ch in text:
            code = self.codes.setdefault(ch, len(self.codes) + 1)
            self.used[code] = ch
            out.append(f"{code:04X}")
        return out


class _Chain:
    """Where one style's characters that Liberation Serif lacks are drawn:
    the first fallback face that has the character, else the substitute.
    Faces are the document's, shared by the styles that fall back to the
    same file (Symbola is one face for all four)."""

    def __init__(self, document: _Document, bold: bool, italic: bool):
        self.document = document
        self.files = _fallback_files(bold, italic)
        self.found: dict[str, _Font] = {}

    def face(self, ch: str) -> _Font:
        font = self.found.get(ch)
        if font is None:
            code = ord(ch)
            file = next((f for f in self.files if code in f.glyphs), None)
            if file is not None:
                font = self.document.face(file)
            else:
                font = self.document.substitute(self.files)
            self.found[ch] = font
        return font


# ── layout helpers ──

# Rows that close the rows above them: never first on a page.
CLOSING = (TOTAL, NOTE)


def _closing_rows(members: list[int], rows: list) -> list[int]:
    """The rows taken off the end of a page (`members`, indexes into `rows`)
    to go with a total or note row to the next page: the totals and notes
    before it and the row they close; the page keeps one row at least."""
    carry: list[int] = []
    while len(members) > 1 and rows[members[-1]].kind in CLOSING:
        carry.insert(0, members.pop())
    if len(members) > 1:
        carry.insert(0, members.pop())
    return carry


def wrap(text: str, font: _Font, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width`: at spaces and line
    breaks, and between letters for a word longer than a line. An empty line
    between paragraphs is one blank line; line breaks at the end are dropped
    (as the template's linebreaksbr showed them). The text is first `clean`ed:
    the lines are what is drawn."""
    lines: list[str] = []
    space = font.width(" ", size)
    text = clean(text).rstrip()
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split(" "):
            word_width = font.width(word, size)
            if line and line_width + space + word_width <= width:
                line, line_width = f"{line} {word}", line_width + space + word_width
                continue
            if line:
                lines.append(line)
            while word_width > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and font.width(word[:cut], size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                word_width = font.width(word, size)
            line, line_width = word, word_width
        lines.append(line)
    return lines


@dataclass
class _Text:
    lines: list[str]
    font: _Font
    size: float
    align: str  # "left", "center", "right"

    def height(self) -> float:
        return len(self.lines) * self.font.file.line(self.size)


def _one_line(text: str) -> str:
    """A figure's text, drawn on one line."""
    return clean(text).replace("\n", " ")


@dataclass
class _Row:
    """A body row laid out: its cells as (column, colspan, _Text), all in one
    font and size. A row taller than a page is drawn in parts (`split`), the
    later ones `continued`."""

    kind: str
    cells: list[tuple[int, int, _Text]]
    continued: bool = False

    @property
    def count(self) -> int:
        """Its number of lines: those of its tallest cell."""
        return max([len(text.lines) for _, _, text in self.cells] + [1])

    @property
    def line(self) -> float:
        text = self.cells[0][2]
        return text.font.file.line(text.size)

    @property
    def height(self) -> float:
        return self.count * self.line + 2 * PAD_Y + BORDER

    def fitting(self, room: float) -> int:
        """How many of its lines fit in `room`, with the cell's padding."""
        return max(0, int((room - 2 * PAD_Y - BORDER) / self.line + 1e-6))

    def split(self, lines: int) -> list[_Row]:
        """The row cut after its first `lines` lines of every cell: figures
        and other one-line cells stay in the first part."""

        def part(cut: slice, continued: bool) -> _Row:
            cells = [
                (c, span, replace(text, lines=text.lines[cut]))
                for c, span, text in self.cells
            ]
            return _Row(self.kind, cells, continued)

        return [part(slice(lines), self.continued), part(slice(lines, None), True)]


class _Page:
    """One page's content stream, in points from the top left corner."""

    def __init__(self, height: float):
        self.height = height
        self.ops: list[str] = []

    def text(self, font: _Font, size: float, x: float, top: float, line: str):
        if not line:
            return
        baseline = self.height - top - font.file.ascent * size / font.file.em
        for face, run in font.runs(line):
            codes = face.encode(run)
            if face.kern and len(run) > 1:
                # A kerned pair closes up by its value (TJ: thousandths of
                # an em, subtracted from the advance).
                kern, em, parts, start = face.kern, face.file.em, [], 0
                for i in range(1, len(run)):
                    value = kern.get(run[i - 1 : i + 1])
                    if value:
                        parts.append(
                            f"<{''.join(codes[start:i])}> {-value * 1000 / em:.4g}"
                        )
                        start = i
                parts.append(f"<{''.join(codes[start:])}>")
                shown = f"[{' '.join(parts)}] TJ"
            else:
                shown = f"<{''.join(codes)}> Tj"
            self.ops.append(
                f"BT /{face.key} {size:g} Tf 1 0 0 1 {x:.2f} {baseline:.2f} Tm "
                f"{shown} ET"
            )
            x += face.width(run, size)

    def lines(self, block: _Text, left: float, top: float, width: float):
        line_height = block.font.file.line(block.size)
        for line in block.lines:
            if block.align == "left":
                x = left
            else:
                spare = width - block.font.width(line, block.size)
                x = left + (spare / 2 if block.align == "center" else spare)
            self.text(block.font, block.size, x, top, line)
            top += line_height

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float):
        h = self.height
        self.ops.append(
            f"{width:g} w {x1:.2f} {h - y1:.2f} m {x2:.2f} {h - y2:.2f} l S"
        )


# ── the document ──


class _Document:
    def __init__(self, table: Table):
        self.table = table
        width, height = A4
        self.width, self.height = (height, width) if table.landscape else A4
        self.left = MARGIN_LEFT
        self.right = self.width - MARGIN_RIGHT
        self.bottom = self.height - MARGIN_BOTTOM
        self.fonts: dict[tuple[bool, bool], _Font] = {}
        self.faces: dict[tuple[str, int], _Font] = {}  # fallbacks, by file
        self.substitutes: list[_Substitute] = []
        self.pages: list[_Page] = []

    def font(self, bold=False, italic=False) -> _Font:
        """Liberation Serif in that style, kerned, with its fallbacks."""
        key = (bold, italic)
        if key not in self.fonts:
            file = _font_file(*key)
            self.fonts[key] = _Font(
                f"F{len(self.fonts) + 1}",
                file,
                chain=_Chain(self, bold, italic),
                kern=_kerning(file.path),
            )
        return self.fonts[key]

    def face(self, file: _FontFile) -> _Font:
        """A fallback font file as used in this document (not kerned)."""
        key = (file.path, file.number)
        if key not in self.faces:
            self.faces[key] = _Font(f"G{len(self.faces) + 1}", file)
        return self.faces[key]

    def substitute(self, files: list[_FontFile]) -> _Substitute:
        """The face of characters no font has: SUBSTITUTE from the first
        fallback that has it, else Liberation Serif's "?"."""
        code = ord(SUBSTITUTE)
        file = next((f for f in files if code in f.glyphs), None)
        file = file or _font_file(False, False)
        for face in self.substitutes:
            if face.file is file:
                return face
        mark = file.glyphs.get(code) or file.glyphs[ord("?")]
        face = _Substitute(f"S{len(self.substitutes) + 1}", file, mark=mark)
        self.substitutes.append(face)
        return face

    def block(self, text, width, size, bold=False, italic=False, align="center"):
        font = self.font(bold, italic)
        return _Text(wrap(text, font, size, width), font, size, align)

    def new_page(self) -> _Page:
        page = _Page(self.height)
        self.pages.append(page)
        return page

    # The Decree 30 header: agency and motto, number, place and date.
    def header(self, page: _Page) -> float:
        frame = self.table.frame
        full = self.right - self.left
        left_w, right_w = full * 0.4, full * 0.6
        mid = self.left + left_w
        top = MARGIN_TOP
        y = top
        if frame.parent_agency:
            block = self.block(frame.parent_agency, left_w, 13)
            page.lines(block, self.left, y, left_w)
            y += block.height()
        block = self.block(frame.issuing_agency, left_w, 13, bold=True)
        page.lines(block, self.left, y, left_w)
        y += block.height() + 2
        rule = left_w * 0.3
        page.rule(mid - left_w / 2 - rule / 2, y, mid - left_w / 2 + rule / 2, y, RULE)
        y += RULE
        block = self.block(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right_w, 12.5, bold=True
        )
        page.lines(block, mid, top, right_w)
        y_right = top + block.height()
        motto = self.block("Độc lập - Tự do - Hạnh phúc", right_w, 13.5, bold=True)
        page.lines(motto, mid, y_right, right_w)
        # The motto is underlined along its own width (its span's bottom border).
        motto_w = motto.font.width(motto.lines[0], 13.5)
        under = y_right + motto.height() + 1 + RULE / 2
        centre = mid + right_w / 2
        page.rule(centre - motto_w / 2, under, centre + motto_w / 2, under, RULE)
        y_right += motto.height()
        top = max(y, y_right)
        number = self.block(frame.reference, left_w, 13)
        page.lines(number, self.left, top + 6, left_w)
        place = self.block(frame.place_date, right_w, 13, italic=True)
        page.lines(place, mid, top, right_w)
        top += max(6 + number.height(), place.height())
        # "Phụ lục", the title, the subtitle and a short rule.
        top += 14
        for text, size, bold, italic in (
            (frame.appendix, 14, True, False),
            (frame.title, 13, True, False),
            (frame.subtitle, 13, False, True),
        ):
            if text:
                block = self.block(text, full, size, bold=bold, italic=italic)
                page.lines(block, self.left, top, full)
                top += block.height()
        top += 4
        rule = full * 0.2
        centre = self.left + full / 2
        page.rule(
            centre - rule / 2, top + RULE / 2, centre + rule / 2, top + RULE / 2, RULE
        )
        return top + RULE + 8

    # ── the table ──

    def columns(self) -> list[float]:
        """Each column's width: its share of the width (pdf.html's <col>), but
        never narrower than a figure it holds on one line; the text columns
        give up what the figures need."""
        full = self.right - self.left
        shares = [float(p) / 100 * full for p in self.table.col_percents]
        needed = [2 * PAD_X + BORDER] * len(shares)
        nowrap = [column.css == "num" for column in self.table.columns]
        bold = self.font(True)
        italic = self.font(False, True)
        for c, label in enumerate(self.table.number_row):
            needed[c] = max(
                needed[c],
                italic.width(_one_line(label), TABLE_SIZE) + 2 * PAD_X + BORDER,
            )
        for row in self.display:
            if row.kind == NOTE:
                continue
            for c, cell in enumerate(row.cells):
                if nowrap[c] and cell.text:
                    w = (
                        bold.width(_one_line(cell.text), TABLE_SIZE)
                        + 2 * PAD_X
                        + BORDER
                    )
                    if w > needed[c]:
                        needed[c] = w
        widths = [max(s, n) for s, n in zip(shares, needed, strict=True)]
        excess = sum(widths) - full
        if excess > 0:
            room = [w - n for w, n in zip(widths, needed, strict=True)]
            spare = sum(room)
            if spare > 0:
                widths = [
                    w - excess * r / spare for w, r in zip(widths, room, strict=True)
                ]
        return widths

    def head(self, widths: list[float]):
        """The header rows with their merged cells, and the numbers row: a list
        of (row heights, cells as (row, col, rowspan, colspan, _Text))."""
        table = self.table
        grid = table.header_grid()
        rows = len(table.header) + 1
        cells = []
        for r, c, cell in grid:
            w = sum(widths[c : c + cell.colspan])
            text = self.block(cell.text, w - 2 * PAD_X - BORDER, TABLE_SIZE, bold=True)
            cells.append((r, c, cell.rowspan, cell.colspan, text))
        numbers = len(table.header)
        for c, label in enumerate(table.number_row):
            label = _one_line(label)
            text = _Text([label], self.font(False, True), TABLE_SIZE, "center")
            cells.append((numbers, c, 1, 1, text))
        heights = [0.0] * rows
        for r, _, rowspan, _, text in cells:
            if rowspan == 1:
                heights[r] = max(heights[r], text.height() + 2 * PAD_Y + BORDER)
        for r, _, rowspan, _, text in cells:
            if rowspan > 1:
                need = text.height() + 2 * PAD_Y + BORDER
                have = sum(heights[r : r + rowspan])
                if need > have:
                    heights[r + rowspan - 1] += need - have
        return heights, cells

    def body(self, widths: list[float]) -> list[_Row]:
        """Each row laid out: its cells' lines in their columns."""
        out = []
        inner = [w - 2 * PAD_X - BORDER for w in widths]
        for row in self.display:
            if row.kind == NOTE:
                text = self.block(
                    row.cells[0].text, sum(inner), TABLE_SIZE, True, False, "left"
                )
                out.append(_Row(row.kind, [(0, len(widths), text)]))
                continue
            font = self.font(row.kind in STRONG_ROWS)
            cells = []
            for c, cell in enumerate(row.cells):
                css = cell.css
                if css == "num":
                    lines = [_one_line(cell.text)] if cell.text else []
                else:
                    lines = wrap(cell.text, font, TABLE_SIZE, inner[c])
                align = {"num": "right", "center": "center"}.get(css, "left")
                cells.append((c, 1, _Text(lines, font, TABLE_SIZE, align)))
            out.append(_Row(row.kind, cells))
        if not out:
            text = _Text(["Chưa có số liệu."], self.font(), TABLE_SIZE, "center")
            out.append(_Row("empty", [(0, len(widths), text)]))
        return out

    def draw_cells(self, page, top, heights, cells, widths, edges, middle):
        """Cells whose rows start at `top` with `heights`: their text and the
        lines round them (collapsed borders: one line between two cells)."""
        row_tops = [top]
        for h in heights:
            row_tops.append(row_tops[-1] + h)
        for r, c, rowspan, colspan, text in cells:
            y1, y2 = row_tops[r], row_tops[r + rowspan]
            x1, x2 = edges[c], edges[c + colspan]
            inner = x2 - x1 - 2 * PAD_X - BORDER
            y = y1 + BORDER / 2 + PAD_Y
            if middle:
                y += (y2 - y1 - BORDER - 2 * PAD_Y - text.height()) / 2
            page.lines(text, x1 + BORDER / 2 + PAD_X, y, inner)
            for xa, ya, xb, yb in (
                (x1, y1, x2, y1),
                (x1, y2, x2, y2),
                (x1, y1, x1, y2),
                (x2, y1, x2, y2),
            ):
                page.rule(xa, ya, xb, yb, BORDER)
        return row_tops[-1]

    def signature(self, lines, name, width: float, y: float, out: list) -> float:
        """A signature block (authority and post, room to sign, the name) at
        `y` in a column `width` wide, its blocks added to `out`; where it
        ends."""
        for line in lines:
            if line:
                block = self.block(line, width, 13, bold=True)
                out.append((y, block))
                y += block.height()
        y += 70
        block = self.block(name or "", width, 13, bold=True)
        out.append((y, block))
        return y + max(block.height(), self.font(True).file.line(13))

    def end_block(self, width: float):
        """The footnote, signature and "Nơi nhận": its height and a drawer."""
        frame = self.table.frame
        full = width
        parts = []
        height = 0.0
        if self.table.footnote:
            note = self.block(self.table.footnote, full, 11, italic=True, align="left")
            parts.append(("text", 11, note, self.left, full))
            height += (
                11 + note.height()
            )  # its bottom margin collapses into the 12 below
        height += 12
        sign_top = height
        left_w, right_w = full * 0.45, full * 0.55
        y = 0.0
        recipients = []
        # A joint plan's other bodies sign on the left, "Nơi nhận" under them.
        for cosigner in frame.cosigners:
            lines = [*cosigner.authority, cosigner.title]
            y = self.signature(lines, cosigner.name, left_w, y, recipients) + 12
        if frame.recipients:
            label = self.block("Nơi nhận:", left_w, 12, True, True, "left")
            recipients.append((y, label))
            y += label.height()
            for line in frame.recipients:
                block = self.block(line, left_w, 11, align="left")
                recipients.append((y, block))
                y += block.height()
        left_h = y
        signer = []
        lines = [*frame.authority, frame.signer_title]
        y = self.signature(lines, frame.signer_name, right_w, 0.0, signer)
        height += max(left_h, y)

        def draw(page: _Page, top: float):
            for _, offset, note, x, w in parts:
                page.lines(note, x, top + offset, w)
            base = top + sign_top
            for dy, block in recipients:
                page.lines(block, self.left, base + dy, left_w)
            for dy, block in signer:
                page.lines(block, self.left + left_w, base + dy, right_w)

        return height, draw

    def render(self) -> bytes:
        self.display = self.table.display_rows()
        widths = self.columns()
        edges = [self.left]
        for w in widths:
            edges.append(edges[-1] + w)
        head_heights, head_cells = self.head(widths)
        head_height = sum(head_heights)
        rows = self.body(widths)
        end_height, draw_end = self.end_block(self.right - self.left)

        # Pages: which rows go on which page. A row that fits on a page is
        # never split; a total or note row takes the row above with it; the
        # end block takes the last row with it. A row taller than a page (or
        # than a page less the end block, for the last row) is split line by
        # line: as many lines as fit go on this page (two at least, unless the
        # page holds nothing else), the rest on the next, under the header.
        room = self.bottom - MARGIN_TOP - head_height
        page = self.new_page()
        first_top = self.header(page)
        tops = [first_top]
        pages: list[list[int]] = [[]]
        y = first_top + head_height
        i, fresh = 0, True  # fresh: the page holds only what it had to take
        while i < len(rows):
            row = rows[i]
            need = row.height + (end_height if i == len(rows) - 1 else 0)
            if y + need > self.bottom:
                # A page that holds nothing else (the first under the title
                # block, or one with the rows carried over) splits the row
                # even when a later page could take it whole.
                if (need > room or fresh) and row.count > 1:
                    lines = min(row.fitting(self.bottom - y), row.count - 1)
                    if lines >= (1 if fresh else 2):
                        rows[i : i + 1] = row.split(lines)
                        row = rows[i]
                    elif not fresh or (len(pages) == 1 and not pages[0]):
                        pages.append([])
                        tops.append(MARGIN_TOP)
                        y, fresh = MARGIN_TOP + head_height, True
                        continue
                elif not fresh:
                    closing = row.kind in CLOSING and not row.continued
                    carry = _closing_rows(pages[-1], rows) if closing else []
                    pages.append(carry)
                    tops.append(MARGIN_TOP)
                    y = MARGIN_TOP + head_height + sum(rows[j].height for j in carry)
                    fresh = True
                    continue
            pages[-1].append(i)
            y += row.height
            i, fresh = i + 1, False
        end_top = y
        if end_top + end_height > self.bottom:
            # Not even the last row fits with the end block: a page of its own
            # for the last row and the end block (never the end block alone).
            moved = []
            if len(pages[-1]) > 1:
                last = pages[-1].pop()
                closing = rows[last].kind in CLOSING
                moved = (_closing_rows(pages[-1], rows) if closing else []) + [last]
            if moved:
                pages.append(moved)
                tops.append(MARGIN_TOP)
                end_top = MARGIN_TOP + head_height + sum(rows[j].height for j in moved)

        for n, (members, top) in enumerate(zip(pages, tops, strict=True)):
            if n:
                page = self.new_page()
                number = _Text([str(n + 1)], self.font(), 13, "center")
                line = self.font().file.line(13)
                page.lines(
                    number, self.left, (MARGIN_TOP - line) / 2, self.right - self.left
                )
            y = self.draw_cells(
                page, top, head_heights, head_cells, widths, edges, True
            )
            for i in members:
                row = rows[i]
                placed = [(0, c, 1, span, text) for c, span, text in row.cells]
                y = self.draw_cells(page, y, [row.height], placed, widths, edges, False)
        draw_end(self.pages[-1], end_top)
        return _write(self)


# ── PDF file ──


def _font_objects(objects: list, font: _Font) -> int:
    """The objects of one embedded font (Type0, CIDFontType2 with identity
    glyph ids, descriptor, subset file, ToUnicode); the Type0's number. The
    substitute face's codes are not glyph ids: a CIDToGIDMap sends them all
    to its mark."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    file = font.file
    used = dict(sorted(font.used.items()))  # code -> character(s)
    substitute = isinstance(font, _Substitute)
    gids = [font.mark] if substitute else [*used]
    options = subset.Options()
    options.retain_gids = True
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.drop_tables += ["FFTM", "GSUB", "GPOS", "GDEF", "kern", "DSIG"]
    ttf = TTFont(file.path, lazy=True, recalcTimestamp=False, fontNumber=file.number)
    subsetter = subset.Subsetter(options)  # no timestamp: same bytes each time
    subsetter.populate(gids=[0, *gids])
    subsetter.subset(ttf)
    buffer = io.BytesIO()
    ttf.save(buffer)
    data = buffer.getvalue()
    # The subset's tag: six capitals, from what it holds (same bytes each run).
    digest = hashlib.sha1(repr((font.key, used)).encode()).digest()
    tag = "".join(chr(65 + byte % 26) for byte in digest[:6])
    name = f"{tag}+{file.family.replace(' ', '-')}-{file.style.replace(' ', '')}"
    scale = 1000 / file.em

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font_file = add(_stream(data, f"/Length1 {len(data)}"))
    flags = 2 | 32 | (64 if file.italic_angle else 0)  # serif, nonsymbolic, italic
    descriptor = add(
        (
            f"<< /Type /FontDescriptor /FontName /{name} /Flags {flags} "
            f"/FontBBox [{' '.join(str(round(v * scale)) for v in file.bbox)}] "
            f"/ItalicAngle {file.italic_angle:g} /Ascent {round(file.ascent * scale)} "
            f"/Descent {round(-file.descent * scale)} "
            f"/CapHeight {round(file.cap_height * scale)} /StemV 80 "
            f"/FontFile2 {font_file} 0 R >>"
        ).encode()
    )
    glyph_of = (lambda code: font.mark) if substitute else (lambda code: code)
    widths = " ".join(
        f"{code} [{round(file.advances[glyph_of(code)] * scale)}]" for code in used
    )
    to_glyphs = "/Identity"
    if substitute:
        mark = font.mark.to_bytes(2, "big")
        to_glyphs = f"{add(_stream(bytes(2) + mark * max(used)))} 0 R"
    cid = add(
        (
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap {to_glyphs} >>"
        ).encode()
    )
    entries = [
        f"<{code:04X}> <{ch.encode('utf-16-be').hex().upper()}>"
        for code, ch in used.items()
    ]
    chunks = []
    for start in range(0, len(entries), 100):
        part = entries[start : start + 100]
        chunks.append(f"{len(part)} beginbfchar\n" + "\n".join(part) + "\nendbfchar")
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(chunks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    )
    to_unicode = add(_stream(cmap.encode()))
    return add(
        (
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>"
        ).encode()
    )


def _stream(data: bytes, extra: str = "") -> bytes:
    packed = zlib.compress(data, 6)
    return (
        f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
        + packed
        + b"\nendstream"
    )


def _write(document: _Document) -> bytes:
    """The PDF file: catalog, pages, content streams and fonts."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree
    faces = [*document.fonts.values(), *document.faces.values()]
    faces += document.substitutes
    fonts = {font.key: _font_objects(objects, font) for font in faces if font.drawn}
    font_dict = " ".join(f"/{key} {number} 0 R" for key, number in fonts.items())
    kids = []
    for page in document.pages:
        content = "\n".join(["0 0 0 rg 0 0 0 RG 0 J", *page.ops]).encode()
        objects.append(_stream(content))
        contents = len(objects)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {document.width:.2f} "
                f"{document.height:.2f}] /Resources << /Font << {font_dict} >> >> "
                f"/Contents {contents} 0 R >>"
            ).encode()
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R /Lang (vi) >>"
    objects[1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
        f"/Count {len(kids)} >>"
    ).encode()
    title = document.table.frame.title
    objects.append(
        b"<< /Title <FEFF"
        + title.encode("utf-16-be").hex().upper().encode()
        + b"> /Producer (NTM) >>"
    )
    info = len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def render(table: Table) -> bytes:
    """`table` as an A4 PDF in its Decree 30 frame (see the module's note)."""
    return _Document(table).render()
