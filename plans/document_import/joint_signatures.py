"""A joint plan's signatures as offices lay them out side by side (set f40j):
each body's block in its own column, or, copied into plain text cell by
cell, one block after another, each ending on its signer's name. A body
that signs with no "TM."/"KT." ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI
NHÁNH TỈNH PHÚ THỌ" / "GIÁM ĐỐC" / its director) opens its block on its own
name: those lines name it; the last line in capitals over the name is the
post."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ntm.text import fold
from plans.document_import.blocks import Line
from plans.document_import.matching import key
from plans.document_import.parts import SIGNS_FOR, is_signers_name

_SIGNING = re.compile(SIGNS_FOR.pattern + r"\s*.+$")


@dataclass
class JointBlock:
    """One body's signature: its places in the closing's parts, its
    authority ("" when it signs with no "TM."), and the lines in capitals
    that name its body when it signs so."""

    authority: str
    places: list[int]
    named: str = ""
    lead: int = 0  # the lines that name the body


def _signature_line(text: str) -> bool:
    return bool(
        _SIGNING.match(text)
        or (text.isupper() and len(text) < 80 and not text.startswith(("-", "+")))
        or is_signers_name(text)
        or re.fullmatch(r"\(?(?:da ky|ky ten)[^)]*\)?", fold(text))
    )


def joint_blocks(parts: list[tuple[Line, str]], goes_on) -> list[JointBlock]:
    """The closing's signature blocks, column by column (left to right),
    each a run of signature lines ending on a signer's name. `goes_on`
    tells whether a line is the rest of a "TM." line ("TM. BAN THƯỜNG VỤ"
    / "HỘI NÔNG DÂN TỈNH")."""
    columns: dict[int, list[int]] = {}
    for place, (line, _text) in enumerate(parts):
        column = line.column if line.column is not None else -1
        columns.setdefault(column, []).append(place)
    blocks: list[JointBlock] = []
    for column in sorted(columns):
        run: list[int] = []
        for place in columns[column]:
            text = parts[place][1]
            if not _signature_line(text):
                run = []
                continue
            run.append(place)
            if is_signers_name(text) and len(run) > 1:
                blocks.append(_block(run, parts, goes_on))
                run = []
    return [block for block in blocks if block is not None]


def _block(run: list[int], parts, goes_on) -> JointBlock | None:
    texts = [parts[place][1] for place in run]
    capitals = [t for t in texts[:-1] if t.isupper()]
    if not capitals:
        return None
    if _SIGNING.match(texts[0]):
        authority = texts[0]
        if len(texts) > 2 and goes_on(authority, texts[1]):
            authority += " " + texts[1]
        return JointBlock(authority, run)
    # No "TM.": the lines in capitals above the post name the body.
    return JointBlock("", run, " ".join(capitals[:-1]), len(capitals) - 1)


def names_body(block: JointBlock, body: str, signs_for) -> bool:
    """Whether `block` signs for `body`: its "TM." names it, or the lines
    it opens on do."""
    if block.authority:
        return signs_for(block.authority, body)
    named = getattr(block, "named", "")
    return bool(named and body) and (f"{key(body)} ".startswith(f"{key(named)} "))
