"""The bracket a school's (or any office's) item ends on to say who does
it, with no verb: its unit first, then the person in charge or the
partners after ";".

    - Rà soát cơ sở vật chất … (Tổ Văn phòng; thầy Nguyễn Văn Khải, Phó
      Hiệu trưởng phụ trách).           → lead Tổ Văn phòng, official
    - Tự đánh giá … (Hội đồng tự đánh giá; phối hợp: các tổ chuyên môn).
    - Xây dựng thư viện … (Tổ Văn phòng; cô Lê Thị Hằng, nhân viên thư
      viện), hoàn thành trước ngày 31/3/2027.

And what a draft leaves in an item for later, no part of its name: a
bracket of dots where the unit is still to be written ("(…………)"), a
reviewer's note in square brackets ("[Ghi chú của cô Ngọc: …]"), a day
left blank ("trước ngày …../…../2027")."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import attribute
from plans.document_import.persons import is_a_person, person_and_post
from plans.document_import.units import is_unit, names_a_person, without_honorific

# "[Ghi chú của cô Ngọc: chờ xã duyệt kinh phí]" (folded), a reviewer's.
_REVIEW_NOTE = re.compile(r"\s*\[\s*(?:ghi chu|gop y|y kien|nhan xet)\b[^\]]*\]")
# "(………………)", "(....)": a unit still to be written.
_DOTS = re.compile(r"\s*\(\s*[.…_]{2,}\s*\)")
# "… trước ngày …../…../2027": a day still to be written.
_BLANK_DAY = re.compile(
    r"[,;]?\s*(?:hoan thanh\s+|xong\s+)?(?:truoc|den|vao)\s+ngay\s*"
    r"[.…_]+\s*/\s*[.…_]+\s*/\s*(?:\d{4}|[.…_]+)"
)


def without_blanks(text: str) -> str:
    """`text` without a draft's blanks and its reviewer's notes."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for pattern in (_REVIEW_NOTE, _DOTS):
        for m in reversed(list(pattern.finditer(folded))):
            text = text[: m.start()] + text[m.end() :]
            folded = folded[: m.start()] + folded[m.end() :]
    if m := _BLANK_DAY.search(folded):
        text = text[: m.start()] + text[m.end() :]
    return text.rstrip(" ,;")


def unit_bracket(inside: str, after: str = "") -> dict[str, str]:
    """Who a bracket "(<unit>; <person>, <post>)" or "(<unit>; phối hợp:
    …)" says does the work: the unit leads; {} for any other bracket, or
    one the sentence goes on after (`after`) but for its time (", hoàn
    thành trước ngày …")."""
    if after.strip(" .;")[:1] not in ("", ","):
        return {}
    clauses = [c.strip(" .,") for c in re.split(r";\s*", inside.strip(" .;"))]
    if len(clauses) < 2 or not clauses[0] or ":" in clauses[0]:
        return {}
    lead = clauses[0]
    if not is_unit(lead) or names_a_person(lead) or is_a_person(lead):
        return {}
    found = {"lead": lead}
    for clause in clauses[1:]:
        stated = attribute(clause)
        if stated and stated[0] == "coordinating" and stated[1]:
            found.setdefault("coordinating", stated[1])
            continue
        person = re.sub(r"\s+(?:phu trach|theo doi)$", "", fold(clause))
        person = clause[: len(person)] if len(person) != len(clause) else clause
        name = person_and_post(person)[0] or (
            without_honorific(person) if without_honorific(person) != person else ""
        )
        if not name or "official" in found:
            return {}
        found["official"] = person
    return found
