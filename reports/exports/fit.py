"""How tall a spreadsheet row must be to show its wrapped text.

Neither Excel nor LibreOffice Calc fits a row to its text when it opens an
.xlsx that openpyxl wrote (Calc 7.4 keeps every row one line high; Excel fits
only rows it edits, never merged cells), so each row is given its height here:
the text is wrapped the way both do it, at spaces and, for a word longer than
the line, between letters, with the widths of the font itself at screen
resolution. Liberation Serif 2 has the advance widths of Times New Roman, so
these are the widths the officials' Excel lays out with.

Widths follow Excel, whose columns are the narrower of the two (7 px per
character of Calibri 11, against Calc's 7.4); heights follow Excel's lines,
taller than Calc's. A row fitted here is high enough in both, and at most a
few points too high in Calc.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),  # Debian: fonts-liberation2
    Path("/usr/share/fonts/liberation-serif"),  # Fedora
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
FONT_FILES = {
    (False, False): ("LiberationSerif-Regular.ttf", "times.ttf"),
    (True, False): ("LiberationSerif-Bold.ttf", "timesbd.ttf"),
    (False, True): ("LiberationSerif-Italic.ttf", "timesi.ttf"),
    (True, True): ("LiberationSerif-BoldItalic.ttf", "timesbi.ttf"),
}
# Without the font files: wider than any Times letter but "M" and "W", so that
# a guess errs towards a taller row, never a clipped line.
FALLBACK_EM = {False: 0.56, True: 0.76}  # lower case, capitals

DIGIT_PX = 7  # Excel's column unit: the widest digit of Calibri 11, at 96 dpi
CELL_PADDING_PX = 8  # Excel's text margins, both sides, and a pixel to spare
LINE = 1.2  # Excel's line of Times New Roman: 19 px for 12 pt (16 px)
ROW_PADDING = 2.0  # points: the gap Excel keeps above and below the lines
DEFAULT_ROW = 15.0  # points: openpyxl's sheetFormatPr defaultRowHeight


def font_path(bold: bool, italic: bool) -> Path | None:
    """The file of Liberation Serif 2 (or Times New Roman) in that style."""
    for directory in FONT_DIRS:
        for name in FONT_FILES[bold, italic]:
            path = directory / name
            if path.is_file():
                return path
    return None


@functools.cache
def _metrics(bold: bool, italic: bool) -> tuple[dict[int, int], int] | None:
    """Advance width of each character (font units) and units per em."""
    from fontTools.ttLib import TTFont

    path = font_path(bold, italic)
    if path is None:
        return None
    font = TTFont(path, lazy=True)
    advances = font["hmtx"].metrics
    widths = {code: advances[glyph][0] for code, glyph in font.getBestCmap().items()}
    return widths, font["head"].unitsPerEm


def text_width(text: str, *, size: float, bold: bool, italic: bool) -> int:
    """The width of `text` on one line, in screen pixels (96 dpi), as Excel
    and Calc lay it out: the font at a whole number of pixels (11 pt is 15 px),
    each letter's advance rounded to a whole pixel. (This makes 11 pt text
    about as wide as 12 pt text, and up to a tenth wider than its outline.)"""
    ppem = math.floor(size * 96 / 72 + 0.5)
    metrics = _metrics(bold, italic)
    if metrics is None:
        return sum(math.ceil(ppem * FALLBACK_EM[ch.isupper()]) for ch in text)
    widths, em = metrics
    # A glyph the font lacks: a whole em, to be safe.
    return sum(math.floor(widths.get(ord(ch), em) * ppem / em + 0.5) for ch in text)


def column_pixels(width: float) -> int:
    """The room for text in a column `width` characters wide, in pixels: the
    column as Excel draws it, less its text margins."""
    pixels = math.floor((256 * width + math.floor(128 / DIGIT_PX)) / 256 * DIGIT_PX)
    return max(1, pixels - CELL_PADDING_PX)


def line_count(
    text: str, *, room: int, size: float, bold: bool = False, italic: bool = False
) -> int:
    """How many lines `text` takes wrapped into `room` pixels: greedily, at
    spaces; a word wider than the line is cut between letters."""

    def width(part: str) -> int:
        return text_width(part, size=size, bold=bold, italic=italic)

    space = width(" ")
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = None  # nothing on the current line yet
        for word in paragraph.split():
            need = width(word)
            if used is not None and used + space + need <= room:
                used += space + need
                continue
            if used is not None:
                lines += 1
            while need > room:  # the word alone overflows: cut it
                cut = len(word)
                while cut > 1 and width(word[:cut]) > room:
                    cut -= 1
                word = word[cut:]
                need = width(word)
                lines += 1
            used = need
    return lines


def lines_height(lines: int, size: float) -> float:
    """The row height, in points, of `lines` lines of a `size` point font."""
    return round(lines * size * LINE + ROW_PADDING, 2)


@dataclass(frozen=True)
class Block:
    """Text in one cell or one merged range: rows `first`..`last` (inclusive),
    `width` the sum of its columns' widths in characters."""

    first: int
    last: int
    width: float
    text: str
    size: float
    bold: bool = False
    italic: bool = False
    wrap: bool = True

    @property
    def height(self) -> float:
        if not self.wrap:
            return lines_height(1, self.size)
        lines = line_count(
            self.text,
            room=column_pixels(self.width),
            size=self.size,
            bold=self.bold,
            italic=self.italic,
        )
        return lines_height(lines, self.size)


def row_heights(blocks: list[Block]) -> dict[int, float]:
    """The height of every row holding text: the tallest of its one-row
    blocks; a block over several rows that needs more adds it to its last row."""
    heights: dict[int, float] = {}
    for block in blocks:
        if block.first == block.last and block.text:
            heights[block.first] = max(heights.get(block.first, 0), block.height)
    for block in blocks:
        if block.first == block.last or not block.text:
            continue
        rows = range(block.first, block.last + 1)
        have = sum(heights.get(row, DEFAULT_ROW) for row in rows)
        if have < block.height:
            heights[block.last] = heights.get(block.last, DEFAULT_ROW) + (
                block.height - have
            )
    return heights
