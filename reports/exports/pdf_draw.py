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
embedded as a subset with its text layer (ToUnicode). What pdf.html did with
CSS is written here as code: rows never split; a total or note row never
starts a page without the row it closes, nor the signature block without
the last row; page numbers top centre from page 2.
"""

from __future__ import annotations

import functools
import io
import unicodedata
import zlib
from dataclasses import dataclass, field
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
    """One face of Liberation Serif 2: its glyph of each character, advance
    widths (font units) and the metrics of a line."""

    path: str
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


# For a character Liberation Serif lacks (Chinese, symbols …), as fontconfig
# would fall back: DejaVu Serif (fonts-dejavu-core), so nothing typed is lost.
FALLBACK = Path("/usr/share/fonts/truetype/dejavu")
FALLBACK_FILES = {
    (False, False): "DejaVuSerif.ttf",
    (True, False): "DejaVuSerif-Bold.ttf",
    (False, True): "DejaVuSerif-Italic.ttf",
    (True, True): "DejaVuSerif-BoldItalic.ttf",
}


@functools.cache
def _font_file(bold: bool, italic: bool, fallback: bool = False) -> _FontFile | None:
    from fontTools.ttLib import TTFont

    if fallback:
        path = FALLBACK / FALLBACK_FILES[bold, italic]
        if not path.is_file():
            return None
    else:
        path = font_path(bold, italic)
    if path is None:
        raise RuntimeError(
            "Thiếu phông Liberation Serif 2 (gói fonts-liberation2) để in PDF."
        )
    font = TTFont(path, lazy=True)
    order = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    metrics = font["hmtx"].metrics
    advances = [metrics[name][0] for name in font.getGlyphOrder()]
    head, hhea = font["head"], font["hhea"]
    names = font["name"]
    return _FontFile(
        path=str(path),
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


@dataclass
class _Font:
    """A face as used in one document: its resource name and the characters
    drawn with it (for the subset, the widths and the text layer)."""

    key: str
    file: _FontFile
    fallback: _Font | None = None
    used: dict[int, str] = field(default_factory=dict)  # glyph -> character(s)
    drawn: bool = False

    def width(self, text: str, size: float) -> float:
        glyphs, advances = self.file.glyphs, self.file.advances
        units = 0
        for ch in text:
            gid = glyphs.get(ord(ch))
            if gid is not None and unicodedata.category(ch) not in ("Cc", "Cf"):
                units += advances[gid]
            else:
                units += self._missing(ch)
        return units * size / self.file.em

    def _missing(self, ch: str) -> float:
        """A character this face lacks, in this face's units: the fallback's
        advance, or nothing for an invisible control (bidi marks …)."""
        other = self.fallback
        if unicodedata.category(ch) in ("Cc", "Cf") or other is None:
            return 0
        gid = other.file.glyphs.get(ord(ch), 0)
        return other.file.advances[gid] * self.file.em / other.file.em

    def runs(self, text: str) -> list[tuple[_Font, str]]:
        """`text` cut where it needs the fallback face; controls dropped."""
        glyphs, runs = self.file.glyphs, []
        for ch in text:
            if unicodedata.category(ch) in ("Cc", "Cf"):
                continue  # bidi marks, zero-width joiners: never drawn
            if ord(ch) in glyphs:
                font = self
            elif self.fallback and ord(ch) in self.fallback.file.glyphs:
                font = self.fallback
            else:
                font = self  # in no face: the empty box (.notdef), as any engine
            if runs and runs[-1][0] is font:
                runs[-1][1].append(ch)
            else:
                runs.append((font, [ch]))
        return [(font, "".join(chars)) for font, chars in runs]

    def encode(self, text: str) -> str:
        glyphs, used = self.file.glyphs, self.used
        self.drawn = True
        out = []
        for ch in text:
            gid = glyphs.get(ord(ch), 0)
            if gid:
                used.setdefault(gid, ch)
            out.append(f"{gid:04X}")
        return "".join(out)


# ── layout helpers ──

# Rows that close the rows above them: never first on a page.
CLOSING = (TOTAL, NOTE)


def _closing_rows(members: list[int], rows: list) -> list[int]:
    """The rows taken off the end of a page (`members`, indexes into `rows`)
    to go with a total or note row to the next page: the totals and notes
    before it and the row they close; the page keeps one row at least."""
    carry: list[int] = []
    while len(members) > 1 and rows[members[-1]][0] in CLOSING:
        carry.insert(0, members.pop())
    if len(members) > 1:
        carry.insert(0, members.pop())
    return carry


def wrap(text: str, font: _Font, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width`: at spaces and line
    breaks, and between letters for a word longer than a line. An empty line
    between paragraphs is one blank line; line breaks at the end are dropped
    (as the template's linebreaksbr showed them)."""
    lines: list[str] = []
    space = font.width(" ", size)
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
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
            self.ops.append(
                f"BT /{face.key} {size:g} Tf 1 0 0 1 {x:.2f} {baseline:.2f} Tm "
                f"<{face.encode(run)}> Tj ET"
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
        self.pages: list[_Page] = []

    def font(self, bold=False, italic=False) -> _Font:
        key = (bold, italic)
        if key not in self.fonts:
            font = self.fonts[key] = _Font(f"F{len(self.fonts) + 1}", _font_file(*key))
            other = _font_file(bold, italic, fallback=True)
            if other is not None:
                font.fallback = _Font(f"G{len(self.fonts)}", other)
        return self.fonts[key]

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
                needed[c], italic.width(label, TABLE_SIZE) + 2 * PAD_X + BORDER
            )
        for row in self.display:
            if row.kind == NOTE:
                continue
            for c, cell in enumerate(row.cells):
                if nowrap[c] and cell.text:
                    w = bold.width(cell.text, TABLE_SIZE) + 2 * PAD_X + BORDER
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

    def body(self, widths: list[float]):
        """Each row: (kind, height, cells as (col, colspan, _Text))."""
        out = []
        for row in self.display:
            strong = row.kind in STRONG_ROWS
            if row.kind == NOTE:
                w = sum(widths)
                text = self.block(
                    row.cells[0].text,
                    w - 2 * PAD_X - BORDER,
                    TABLE_SIZE,
                    True,
                    False,
                    "left",
                )
                out.append(
                    (
                        row.kind,
                        text.height() + 2 * PAD_Y + BORDER,
                        [(0, len(widths), text)],
                    )
                )
                continue
            cells, height = [], 0.0
            font = self.font(strong)
            line = font.file.line(TABLE_SIZE)
            for c, cell in enumerate(row.cells):
                css = cell.css
                align = (
                    "right" if css == "num" else "center" if css == "center" else "left"
                )
                if css == "num":
                    text = _Text(
                        [cell.text] if cell.text else [], font, TABLE_SIZE, align
                    )
                else:
                    text = _Text(
                        wrap(
                            cell.text,
                            font,
                            TABLE_SIZE,
                            widths[c] - 2 * PAD_X - BORDER,
                        )
                        if cell.text
                        else [],
                        font,
                        TABLE_SIZE,
                        align,
                    )
                cells.append((c, 1, text))
                height = max(height, max(len(text.lines), 1) * line)
            out.append((row.kind, height + 2 * PAD_Y + BORDER, cells))
        if not out:
            text = _Text(["Chưa có số liệu."], self.font(), TABLE_SIZE, "center")
            out.append(
                ("empty", text.height() + 2 * PAD_Y + BORDER, [(0, len(widths), text)])
            )
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
        if frame.recipients:
            label = self.block("Nơi nhận:", left_w, 12, True, True, "left")
            recipients.append((y, label))
            y += label.height()
            for line in frame.recipients:
                block = self.block(line, left_w, 11, align="left")
                recipients.append((y, block))
                y += block.height()
        left_h = y
        y = 0.0
        signer = []
        for line in [*frame.authority, frame.signer_title]:
            if line:
                block = self.block(line, right_w, 13, bold=True)
                signer.append((y, block))
                y += block.height()
        y += 70
        block = self.block(frame.signer_name or "", right_w, 13, bold=True)
        signer.append((y, block))
        y += max(block.height(), self.font(True).file.line(13))
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

        # Pages: which rows go on which page. A row never splits; a total or
        # note row takes the row above with it; the end block takes the last
        # row with it.
        page = self.new_page()
        first_top = self.header(page)
        tops = [first_top]
        pages: list[list[int]] = [[]]
        y = first_top + head_height
        for i, (kind, height, _) in enumerate(rows):
            last = i == len(rows) - 1
            need = height + (end_height if last else 0)
            if y + need > self.bottom and pages[-1]:
                carry = _closing_rows(pages[-1], rows) if kind in CLOSING else []
                pages.append(carry)
                tops.append(MARGIN_TOP)
                y = MARGIN_TOP + head_height + sum(rows[j][1] for j in carry)
            pages[-1].append(i)
            y += height
        end_top = y
        if end_top + end_height > self.bottom:
            # Not even the last row fits with the end block: a page of its own
            # for the last row and the end block (never the end block alone).
            moved = []
            if len(pages[-1]) > 1:
                last = pages[-1].pop()
                closing = rows[last][0] in CLOSING
                moved = (_closing_rows(pages[-1], rows) if closing else []) + [last]
            if moved:
                pages.append(moved)
                tops.append(MARGIN_TOP)
                end_top = MARGIN_TOP + head_height + sum(rows[j][1] for j in moved)

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
                _, height, cells = rows[i]
                placed = [(0, c, 1, span, text) for c, span, text in cells]
                y = self.draw_cells(page, y, [height], placed, widths, edges, False)
        draw_end(self.pages[-1], end_top)
        return _write(self)


# ── PDF file ──


def _font_objects(objects: list, font: _Font) -> int:
    """The objects of one embedded font (Type0, CIDFontType2 with identity
    glyph ids, descriptor, subset file, ToUnicode); the Type0's number."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    file = font.file
    used = dict(sorted(font.used.items()))
    options = subset.Options()
    options.retain_gids = True
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.drop_tables += ["FFTM", "GSUB", "GPOS", "GDEF", "kern", "DSIG"]
    ttf = TTFont(file.path, lazy=True, recalcTimestamp=False)  # same bytes each time
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=[0, *used])
    subsetter.subset(ttf)
    buffer = io.BytesIO()
    ttf.save(buffer)
    data = buffer.getvalue()
    tag = "".join(chr(65 + (sum(used) * 7 + i * 13 + len(used)) % 26) for i in range(6))
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
    widths = " ".join(f"{gid} [{round(file.advances[gid] * scale)}]" for gid in used)
    cid = add(
        (
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {descriptor} 0 R /W [{widths}] /CIDToGIDMap /Identity >>"
        ).encode()
    )
    entries = [
        f"<{gid:04X}> <{ch.encode('utf-16-be').hex().upper()}>"
        for gid, ch in used.items()
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
    faces = [*document.fonts.values()]
    faces += [font.fallback for font in faces if font.fallback]
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
