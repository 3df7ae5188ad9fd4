"""Where a PDF table cell's lines were broken by hand, not by its width.

A PDF keeps a cell's lines, not its paragraphs: "Phòng Kế hoạch - Tài
chính" / "Sở Tài chính" (two bodies, one a paragraph) reads like "Chi cục
Chăn nuôi, Thú y và" / "Thủy sản" (one name the cell's width wrapped). The
geometry tells them apart: a word processor moves a word to the next line
only when it does not fit on the line it would end, so where the next
line's first word would have fitted after a line, with a space, the line
ended on a paragraph's end (or a line break) the writer typed.

The room on a line is the cell's width less its padding, taken as the gap
between the cell's left border and its leftmost line, both sides (a
centred cell's lines stand further in: less room, fewer breaks found, the
lines joined as before), and never less than the cell's widest line.
"""

from __future__ import annotations

import statistics

# A typed break is known only where the next word would have fitted with
# this much to spare (points): a line one point short of full was wrapped.
_SPARE = 1.5


def _space(lines: list[list[dict]]) -> float:
    """The width of a space between the cell's words."""
    gaps = [
        b["x0"] - a["x1"]
        for words in lines
        for a, b in zip(words, words[1:], strict=False)
        if b["x0"] > a["x1"]
    ]
    if gaps:
        return statistics.median(gaps)
    sizes = [w.get("size", 10.0) for words in lines for w in words]
    return 0.25 * (statistics.median(sizes) if sizes else 10.0)


def typed_breaks(lines: list[list[dict]], left: float, right: float) -> list[bool]:
    """For each break between a cell's `lines` (each its words with x0 and
    x1, in order; the cell from `left` to `right`), whether it was typed:
    the next line's first word would have fitted at the end of the line
    before it."""
    lines = [words for words in lines if words]
    if len(lines) < 2:
        return []
    start = min(words[0]["x0"] for words in lines)
    padding = max(start - left, 0.0)
    widest = max(words[-1]["x1"] - words[0]["x0"] for words in lines)
    room = max(right - left - 2 * padding, widest)
    space = _space(lines)
    out = []
    for words, following in zip(lines, lines[1:], strict=False):
        used = words[-1]["x1"] - words[0]["x0"]
        first = following[0]["x1"] - following[0]["x0"]
        out.append(used + space + first <= room - _SPARE)
    return out


def open_feet(edges: list[dict]) -> list[float]:
    """Where a ruled table's column lines stop with no line under them: the
    row a page cut, as a browser prints it (WeasyPrint, Chrome's "Print to
    PDF"), ruled on its sides but not at its foot. The heights (top down)
    where three or more vertical lines end with no horizontal line across
    their ends; the table's last row closes there."""
    verticals = [e for e in edges if e.get("orientation") == "v"]
    horizontals = [e for e in edges if e.get("orientation") == "h"]
    ends: dict[float, list[float]] = {}
    for edge in verticals:
        bottom, x = edge["bottom"], edge["x0"]
        closed = any(
            abs(h["top"] - bottom) <= 2.0 and h["x0"] - 2.0 <= x <= h["x1"] + 2.0
            for h in horizontals
        )
        if not closed:
            ends.setdefault(round(bottom), []).append(x)
    # A page's cut row is its table's last: no rule of the table below it. A
    # cell merged down over rows also stops column lines with no line under
    # them, inside the table (criteria appendices): no foot.
    return [
        float(y)
        for y, xs in sorted(ends.items())
        if len(xs) >= 3
        and not any(
            h["top"] > y + 2.0 and h["x0"] < max(xs) and h["x1"] > min(xs)
            for h in horizontals
        )
    ]
