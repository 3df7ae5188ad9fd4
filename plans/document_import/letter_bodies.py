"""A letter's asks grouped under bodies named in bold with no number: after
"… đề nghị các đơn vị thực hiện một số nội dung sau:", a line in bold that
names a body alone ("Văn phòng Điều phối nông thôn mới huyện") stands over
the items ("- …", "a) …") or the one paragraph after it, as a numbered
heading ("1. Chi cục Phát triển nông thôn") does: the body leads them."""

from __future__ import annotations

import re

from plans.document_import.blocks import Block
from plans.document_import.units import is_unit

# The kind the outline gives a heading numbered "1.", "2.": the bodies'
# headings take its place in the tree.
HEADING_KIND = "dec1"


def _names_a_body(block: Block) -> bool:
    """A text block of one line in bold, a body's name and nothing else
    (no sentence: no ending stop, no colon)."""
    text = block.text.strip()
    return (
        block.kind == "text"
        and not block.children
        and len(block.lines) == 1
        and (block.lines[0].bold or block.emphasis.strip() == text)
        and not re.search(r"[.;:,!?]$", text)
        and is_unit(text)
    )


def _lifted(block: Block) -> list[Block]:
    """`block`, then the body names nested in it (the outline hangs a line
    in bold under the "- …" item before it) with the blocks after each,
    taken out of it."""
    out = [block]
    at = next(
        (place for place, child in enumerate(block.children) if _names_a_body(child)),
        None,
    )
    if at is None:
        return out
    moved = block.children[at:]
    del block.children[at:]
    for child in moved:
        child.parent = block.parent
        out += _lifted(child)
    return out


def group_under_bodies(children: list[Block], start: int) -> None:
    """The blocks of `children` from `start` (a letter's asks), grouped
    under the bold names of bodies among them, two at least: each name a
    heading, the blocks up to the next name its children. Any other list of
    asks stays as it is."""
    asks = [lifted for block in children[start:] for lifted in _lifted(block)]
    named = [place for place, block in enumerate(asks) if _names_a_body(block)]
    if len(named) < 2 or named[0] != 0:
        return
    grouped: list[Block] = []
    for place, block in enumerate(asks):
        if place in named:
            block.kind, block.number = HEADING_KIND, ""
            grouped.append(block)
            continue
        heading = grouped[-1]
        block.parent = heading
        heading.children.append(block)
    children[start:] = grouped
