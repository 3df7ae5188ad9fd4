"""The bodies of a printed (PDF) partner cell, one a line, where the page
does not tell a typed line break from a wrapped one.

`ntm.documents.cell_lines` finds the breaks a writer typed where the next
line's first word would have fitted on the line before. After a line the
cell's width filled, the next line may still start a body of its own
("Bộ Chỉ huy Quân sự" / "tỉnh" / "UBND các xã, phường": "UBND" did not fit
after "tỉnh"), or go on the name before it ("Chi cục Chăn nuôi, Thú y và"
/ "Thủy sản", "Phòng giao" / "dịch Ngân hàng …"). Such a line starts a
body when it opens on a body's kind ("UBND", "Sở", "Hội", "Chi cục", …)
and the name before it is whole: its line ends on no joining word or
mark ("và", "của", ",", "-"), and the last name it lists opens on a kind
too and names something past its kind (a capital after its first word,
"Văn phòng Sở", "Hội Nông dân", or a level, "Công an tỉnh"); "Phòng giao
dịch" is not whole, nor "thôn" in "Phòng Kinh tế, thôn" / "Bản Bông".
"""

from __future__ import annotations

import re

from ntm.documents.wrap import join_lines
from ntm.text import fold
from plans.document_import.labels import BODY_KINDS

_BULLET = re.compile(r"^[-+•–*]\s*")
# What a name cut by the line's end ends on: a joining word or mark.
_JOINING = re.compile(
    r"(?:\b(?:va|cua|cac|ve|cho|voi|thuoc|truc thuoc|tai|o)|[,\-–&/(])$"
)
# A name that ends on a level names a whole body ("Công an tỉnh").
_LEVEL = re.compile(r"\b(?:tinh|huyen|xa|phuong|thi tran|thanh pho|khu vuc)$")


def _whole(name: str) -> bool:
    """`name` (the body so far) could end here."""
    text = _BULLET.sub("", name).strip()
    if _JOINING.search(fold(text)):
        return False
    # The last of the names a line lists ("Phòng Kinh tế, thôn" / "Bản
    # Bông": "thôn" names no village yet).
    text = re.split(r"[,;]", text)[-1].strip()
    folded = fold(text)
    if not re.match(BODY_KINDS, folded):
        return False
    words = text.split()
    return any(w[:1].isupper() for w in words[1:]) or bool(_LEVEL.search(folded))


def _starts_body(line: str) -> bool:
    text = _BULLET.sub("", line).strip()
    return text[:1].isupper() and bool(re.match(BODY_KINDS, fold(text)))


def partner_pieces(paragraphs: list[list[str]]) -> list[str]:
    """The bodies of a partner cell whose paragraphs (each its printed
    lines) are known: a paragraph's wrapped line that starts a body after a
    whole name (see the module) splits it."""
    out: list[str] = []
    for lines in paragraphs:
        name: list[str] = []
        for line in lines:
            if name and _starts_body(line) and _whole(" ".join(name)):
                out.append(join_lines(name))
                name = []
            name.append(line)
        if name:
            out.append(join_lines(name))
    return out
