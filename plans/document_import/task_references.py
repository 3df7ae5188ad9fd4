"""Tasks given by their numbers in the organisation part (`references_in`):
"1. Phòng Kinh tế: chủ trì thực hiện các nhiệm vụ tại điểm 1, 3 và 6 mục II;
phối hợp thực hiện nhiệm vụ tại điểm 5 và 7 mục II.", "6. Đề nghị Đoàn
Thanh niên …: chủ trì nhiệm vụ tại điểm 7 mục II", "phối hợp thực hiện điểm
a, b khoản 1 mục II", "các nhiệm vụ từ điểm 2 đến điểm 4 mục II"."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.units import body_named, folded_same_length, is_unit

_WORDS = r"(?:nhiem vu|noi dung|muc|diem|tiet|khoan)"
_PART = r"(?:\s+(?:cua\s+)?(?:phan|muc)\s+(?P<part>[ivx]+)\b)?"

# "điểm a, b khoản 1 (mục II)": the lettered points of a numbered task.
_LETTERED = re.compile(
    r"\b(?:diem|tiet)\s+(?P<letters>[a-zđ](?:\s*(?:,|va)\s*[a-zđ])*)\s+"
    r"(?:cua\s+)?(?:khoan|muc|diem)\s+(?P<n>\d+)\b" + _PART
)
# "từ điểm 2 đến điểm 4 (mục II)", "từ nhiệm vụ số 2 đến số 4".
_SPAN = re.compile(
    r"\btu\s+" + _WORDS + r"\s+(?:so\s+)?(?P<a>\d+)\s+den\s+(?:het\s+)?"
    r"(?:" + _WORDS + r"\s+)?(?:so\s+)?(?P<b>\d+)\b" + _PART
)
_REFERENCE = re.compile(
    r"\b" + _WORDS + r"\s+(?:so\s+)?"
    r"(?P<n>\d+(?:\.\d+)*(?:\s*(?:,|va|-|den)\s*\d+(?:\.\d+)*)*)" + _PART
)
# A body asked, not told ("Đề nghị Hội Liên hiệp Phụ nữ xã: phối hợp …").
_ASKED = re.compile(r"^(?:de nghi|kinh de nghi|de nghi voi)\s+")

# The most tasks "mục 1-N" may name: a plan has some dozens.
_RANGE_LIMIT = 200


def _span(first: int, last: int) -> list[str] | None:
    if 0 <= last - first <= _RANGE_LIMIT:
        return [str(n) for n in range(first, last + 1)]
    return None


def _numbers(folded: str) -> list[tuple[list[str], str]]:
    """The tasks' numbers a clause names, each with its part ("II" or "")."""
    found = []
    blank = folded

    def blanked(m: re.Match) -> None:
        nonlocal blank
        blank = blank[: m.start()] + " " * (m.end() - m.start()) + blank[m.end() :]

    for ref in _LETTERED.finditer(folded):
        letters = re.findall(r"\b[a-zđ]\b", ref.group("letters"))
        found.append(
            ([f"{ref.group('n')}.{x}" for x in letters], (ref.group("part") or ""))
        )
        blanked(ref)
    for ref in _SPAN.finditer(blank):
        numbers = _span(int(ref.group("a")), int(ref.group("b")))
        if numbers:
            found.append((numbers, ref.group("part") or ""))
            blanked(ref)
    for ref in _REFERENCE.finditer(blank):
        bounds = [int(n) for n in re.findall(r"\d+", ref.group("n"))]
        numbers = None
        if re.search(r"\d\s*(?:-|den)\s*\d", ref.group("n")) and len(bounds) == 2:
            # "mục 1-3": every task between; "mục 1-99999999999" is no
            # plan's tasks, its two numbers stay as written.
            numbers = _span(*bounds)
        found.append(
            (
                numbers or re.findall(r"\d+(?:\.\d+)*", ref.group("n")),
                ref.group("part") or "",
            )
        )
    return found


def references_in(text: str) -> list[tuple[str, str, str, list[str]]]:
    """What an item of the organisation part assigns by the tasks' numbers:
    "1. Phòng Kinh tế: Chủ trì thực hiện các nhiệm vụ tại mục 1, 3 và 5 Phần
    II; phối hợp với Phòng Văn hóa - Xã hội thực hiện nhiệm vụ tại mục 4" →
    Phòng Kinh tế leads 1, 3, 5 and takes part in 4 (the bodies after "với"
    are not added by this line). "Phòng Kinh tế chủ trì các nhiệm vụ tại mục
    2 Phần II" says the same in one sentence; "Đề nghị Hội Nông dân xã: …"
    the body asked."""
    text = re.sub(r"^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•*])\s*", "", text.strip())
    if asked := _ASKED.match(fold(text)):
        text = text[asked.end() :]
    folded = folded_same_length(text)
    m = re.match(r"^(?P<b>[^:;]{3,120}):\s*(?P<r>.+)$", text)
    body = body_named(m.group("b")) if m else ""
    rest = m.group("r") if m and body else ""
    if not body:
        m = re.match(r"^(?P<b>[^,;:]{3,120}?)\s+(?=chu tri\b|phoi hop\b)", folded)
        if not m or not is_unit(text[: m.end("b")]):
            return []
        body, rest = text[: m.end("b")].strip(), text[m.end("b") :]
    found = []
    for clause in re.split(r";\s*", rest):
        folded = fold(clause)
        role = (
            "lead"
            if re.match(r"^(?:la don vi\s+)?chu tri\b", folded)
            else "coordinating"
            if re.match(r"^phoi hop\b", folded)
            else ""
        )
        if not role:
            continue
        for numbers, part in _numbers(folded):
            found.append((body, role, part.upper(), numbers))
    return found


def assigns_by_number(item) -> bool:
    """Whether `item` (a Block) stands among items of the organisation part
    that give part II's tasks by their numbers: there, a line that names no
    number ("5. Văn phòng HĐND và UBND xã: bố trí kinh phí, theo dõi, tổng
    hợp …, báo cáo trước ngày 15/12/2026.") is a body's duty, no task."""
    siblings = item.parent.children if item.parent is not None else []
    return sum(1 for s in siblings if s is not item and references_in(s.text)) >= 2
