"""Letters in the meaning stage: the sentence that asks the addressees to do
the work ("Đề nghị UBND các xã …", `letter_lead_in`), the addressees
(`addressees_of`), what is not a letter handing work down, and the sentence
that announces a document."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.assignments import lead_in
from plans.document_import.blocks import Line
from plans.document_import.labels import BODY_KINDS, LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.markers import BULLETS, marker
from plans.document_import.parts import SENT_TO, glued_addressee
from plans.document_import.units import (
    LEVELS,
    folded_same_length,
    is_unit,
    names_a_person,
)

# A letter's sentence before its asks: it gives the work ("đề nghị",
# "yêu cầu", "giao" anywhere in it) and ends with what it gives ("… các nội
# dung sau:", "… tổ chức thực hiện:").
_ASKS = re.compile(r"\b(?:" + label_pattern("lead_in", "assigns") + r")\s+")
_ASKS_END = re.compile(
    r"(?:\b(?:"
    + label_pattern("lead_in", "objects")
    + r")(?:\s+(?:"
    + label_pattern("lead_in", "tails")
    + r"))?|\b(?:"
    + label_pattern("lead_in", "verbs")
    + r"))\s*:\s*$"
)
# Where the name of who is asked ends: a manner ("khẩn trương"), a verb of
# the lead-in or of work of two words or more (one word folds to too many
# others: "cấp", "trong"), a partner ("phối hợp với …") or an approval.
_ASKED_ENDS = re.compile(
    r"\s(?:"
    + "|".join(
        [
            label_pattern("letter", "manners"),
            label_pattern("letter", "partners"),
            label_pattern("letter", "approvals"),
            label_pattern("lead_in", "verbs"),
        ]
        + [
            r"\s+".join(map(re.escape, verb.split()))
            for verb in sorted(LABELS["work"]["verbs"], key=len, reverse=True)
            if " " in verb
        ]
    )
    + r")\b"
)
_NAME_HEAD = re.compile(r"\b(?:" + label_pattern("letter", "name_heads") + r")$")
_PARTNER = re.compile(r"^(?:" + label_pattern("letter", "partners") + r")$")
_APPROVAL = re.compile(r"^(?:" + label_pattern("letter", "approvals") + r")$")
_NOT_ASKED_AFTER = re.compile(
    r"\b(?:" + label_pattern("letter", "not_asked_after") + r")\s*$"
)
_NOT_ASKED_BEFORE = re.compile(
    r"^(?:" + label_pattern("letter", "not_asked_before") + r")\b"
)
_BEFORE_A_BODY = re.compile(
    r"^(?:" + label_pattern("letter", "before_a_body") + r")\s+$"
)
# The body an ask in lower case must be right before: a kind of body, a
# level's areas ("các xã", "các huyện") or a word of address.
_A_BODY = re.compile(
    r"^(?:"
    + BODY_KINDS
    + rf"|(?:cac\s+)?(?:{LEVELS})\b|"
    + label_pattern("letter", "addressees")
    + r")"
)
_ADDRESSEES = re.compile(r"^(?:" + label_pattern("letter", "addressees") + r")$")
NOT_A_LETTER = re.compile(r"^(?:" + label_pattern("letter", "not_letters") + r")$")


def _asks_here(text: str, folded: str, m: re.Match) -> bool:
    """The assigns word `m` gives work where it stands: said in lower case
    or opening a sentence ("Sở Giao thông", "Phòng Giáo dục" name a body),
    not as a noun ("Thực hiện đề nghị của …") nor passive ("được giao"),
    and "giao" only right before the body it gives the work to (never
    "giao thông", "giao vốn")."""
    before = text[: m.start()]
    after = text[m.end() :]
    if not (text[m.start()].islower() or re.search(r"(?:^|[.!?;:])\s*$", before)):
        return False
    if _NOT_ASKED_AFTER.search(folded[: m.start()]):
        return False
    if after[:1].islower() and _NOT_ASKED_BEFORE.match(folded[m.end() :]):
        return False
    return not (
        _BEFORE_A_BODY.match(folded[m.start() : m.end()])
        and not after[:1].isupper()
        and not _A_BODY.match(folded[m.end() :])
    )


def _asked_ends(text: str, folded: str) -> tuple[int, int, str] | None:
    """Where the name at the start of `text` (who a letter asks) ends: at
    the first manner, verb, partner or approval that is not the name's own
    word ("Ban Chỉ đạo …", "các tổ chức chính trị - xã hội …"): its start,
    its end and its words."""
    for stop in _ASKED_ENDS.finditer(" " + folded):
        # " " + folded: the stop's space is one before its word in `text`.
        at, to = stop.start(), stop.end() - 1
        if text[at : at + 1].isupper() or _NAME_HEAD.search(folded[:at].rstrip()):
            continue
        return at, to, folded[at:to]
    return None


def _asked_body(who: str) -> bool:
    """`who` may be the body (or bodies, "A và B") a letter asks."""
    return not names_a_person(who) and (
        is_unit(who) or all(is_unit(part) for part in re.split(r"\s+và\s+", who))
    )


def letter_lead_in(text: str) -> dict[str, str] | None:
    """Who a letter's sentence hands the asks after it to: "… Văn phòng
    Điều phối đề nghị UBND các xã, phường triển khai các nội dung sau:" →
    the lead "UBND các xã, phường" (and partners, after "… chủ trì, phối
    hợp …" or "… phối hợp với …"); {} when it names the addressees by a
    word of address ("đề nghị Quý cơ quan …", "yêu cầu các cơ quan, đơn vị
    …") or not at all; None when it hands no work ("… còn các xã sau chưa
    gửi báo cáo:", "Thực hiện đề nghị của …, Phòng X có ý kiến về các nội
    dung sau:") or asks an approval ("… đề nghị HĐND xã xem xét, thông qua
    các nội dung sau:")."""
    text = text.strip()
    folded = folded_same_length(text)
    end = _ASKS_END.search(folded)
    asks = [
        m
        for m in _ASKS.finditer(folded)
        if end and m.end() <= end.start() and _asks_here(text, folded, m)
    ]
    if not end or not asks:
        return None
    start = asks[-1].end()
    rest = folded[start : end.start()]
    if re.search(r"\bchu tri\b", rest):
        return lead_in(text[start:])
    stop = _asked_ends(text[start : end.start()], rest)
    if stop and _APPROVAL.match(stop[2]):
        return None
    who = text[start : start + (stop[0] if stop else len(rest))].strip(" ,")
    found: dict[str, str] = {}
    if stop and _PARTNER.match(stop[2]):
        # "… UBND các xã phối hợp với Hợp tác xã X thực hiện …".
        after = text[start + stop[1] : end.start()]
        ends = _asked_ends(after, rest[stop[1] :])
        named = after[: ends[0]].strip(" ,") if ends else ""
        if named and _asked_body(named):
            found["coordinating"] = named
    if not who or _ADDRESSEES.match(" ".join(fold(who).split())):
        return found
    return {"lead": who, **found} if _asked_body(who) else found


def addressees_of(lines: list[Line]) -> list[str]:
    """The bodies a letter is sent to: "Kính gửi: UBND các xã, phường." or
    "Kính gửi:" over "- Ủy ban nhân dân các huyện;" lines."""
    found: list[str] = []
    listing = False
    for line in lines:
        folded = fold(line.text)
        if folded.startswith("kinh gui"):
            rest = line.text.split(":", 1)[1] if ":" in line.text else ""
            rest = rest.strip(" .;")
            glued = glued_addressee(line.text)
            found += [glued or rest] if rest else []
            listing = not rest or bool(glued)
            continue
        kind, _, item = marker(line.text)
        if listing and kind in BULLETS:
            found.append(item.strip(" .;,"))
            continue
        listing = False
    return [name for name in found if name]


# The sentence that announces a plan (parts.ANNOUNCED), folded with its
# length kept: who, the number ("88/KH-UBND"; a Party's "15-KH/ĐU"), the
# date ("05/12/2026", "20 tháng 01 năm 2027"); the rest is the title.
ANNOUNCEMENT = re.compile(
    r"^(?P<who>.+?)\s+(?:da\s+)?(?:"
    + label_pattern("announce", "verbs")
    + r")\s+"
    + SENT_TO
    + r"(?:ke hoach|chuong trinh)\s+so\s*:?\s*"
    r"(?P<number>\d+)\s*[/-]\s*(?P<symbol>[^\s,;:]+)(?:[,;]?\s+ngay\s+"
    r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})))?"
)
# How the sentence ends after the title: "… năm 2027:", "… như sau:",
# "…, cụ thể như sau:", "… với các nội dung sau:", "… ./.".
ANNOUNCED_TAIL = re.compile(
    r"(?:,?\s*(?:cụ thể\s+)?như sau|\s+với\s+(?:các|những)\s+nội dung"
    r"(?:\s+(?:chính|cụ thể|chủ yếu))?(?:\s+như)?\s+sau)?\s*(?:[:.;]|\./\.)*\s*$",
    re.IGNORECASE,
)
