"""What a task's sentence says after its work, cut off its name: the
breakdown it opens before its yearly figures ("Mở rộng vùng trồng cam …
lên 120 ha …, trong đó:" / "+ Năm 2026: 50 ha;"), the partner clause that
ends it ("…; Ban Giám sát đầu tư của cộng đồng các thôn phối hợp."), or
the lead's ("…; Ban Chấp hành Đoàn xã chủ trì, thời gian …"), and a
table cell's last paragraph wholly in brackets ("Cứng hóa 4,5 km đường …"
/ "(Nhà nước hỗ trợ xi măng, Nhân dân góp công)"), a note on the work."""

from __future__ import annotations

import re

from plans.document_import.labels import pattern
from plans.document_import.units import folded_same_length, is_unit

# "…, trong đó" ending the sentence (its ":" already gone).
_BREAKDOWN = re.compile(r"\s*[,;]\s*(?:" + pattern("prose", "breakdown") + r")\s*$")

# "…; <unit> phối hợp" ending the sentence (its full stop already gone).
_PARTNER_TAIL = re.compile(
    r";\s*(?P<unit>[^;()]{3,120}?)\s+(?:" + pattern("prose", "partner_tail") + r")\s*$"
)


def without_breakdown(title: str) -> str:
    """`title` without the ", trong đó" that opens the figures under it."""
    m = _BREAKDOWN.search(folded_same_length(title))
    return title[: m.start()].rstrip(" ,;") if m else title


# "…; <unit> chủ trì" ending the work (what follows it read already).
_LEAD_TAIL = re.compile(
    r";\s*(?P<unit>[^;()]{3,120}?)\s+(?:" + pattern("prose", "lead_tail") + r")\s*$"
)


def partner_tail(title: str) -> tuple[str, str]:
    """`title` without the "; <unit> phối hợp" clause that ends it, and that
    unit ("" when the sentence ends otherwise)."""
    return _tail(title, _PARTNER_TAIL)


def lead_tail(title: str) -> tuple[str, str]:
    """`title` without the "; <unit> chủ trì" clause that ends it ("Tổ chức
    Lễ kỷ niệm …; Ban Chấp hành Đoàn xã chủ trì"), and that unit ("" when
    the sentence ends otherwise)."""
    return _tail(title, _LEAD_TAIL)


def _tail(title: str, clause: re.Pattern) -> tuple[str, str]:
    m = clause.search(folded_same_length(title))
    if not m:
        return title, ""
    unit = title[m.start("unit") : m.end("unit")].strip(" ,")
    if not is_unit(unit):
        return title, ""
    return title[: m.start()].rstrip(" ,;"), unit


def _bracketed(text: str) -> bool:
    """Whether `text` is one bracket, wholly: "(Nhà nước hỗ trợ …)"."""
    text = text.strip().rstrip(" .;,")
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and i < len(text) - 1:
            return False
    return depth == 0


def bracketed_note(pieces: list[str]) -> tuple[str, str] | None:
    """A content cell's work and the note its last paragraphs make when
    they are one bracket ("Cứng hóa 4,5 km …" / "(Nhà nước hỗ trợ xi măng,"
    / "Nhân dân góp công, hiến đất)"); None when the cell ends otherwise."""
    pieces = [piece.strip() for piece in pieces if piece.strip()]
    for start in range(1, len(pieces)):
        if pieces[start].startswith("(") and _bracketed(" ".join(pieces[start:])):
            return " ".join(pieces[:start]), " ".join(pieces[start:])
    return None
