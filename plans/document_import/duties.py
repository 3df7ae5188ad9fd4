"""What an item of a plan's organisation part ("III. TỔ CHỨC THỰC HIỆN")
gives its body: steering and oversight only ("theo dõi, đôn đốc, tổng hợp,
báo cáo … trước ngày …"), no task when its day is a report's, or concrete work ("tổ chức cho
hội viên đăng ký …"), a task when it states a time of its own; and, in a
sentence that opens with the body ("Các chi bộ trực thuộc căn cứ Kế hoạch
này xây dựng kế hoạch cụ thể …"), where the body's name ends and its work
begins (labels.toml [duty])."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import partition_outside_brackets
from plans.document_import.inline import ends_on_a_time
from plans.document_import.labels import BODY_KINDS, LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.units import folded_same_length, is_unit, names_a_person


def _opening(*patterns: str) -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(patterns) + r")\b")


_OVERSIGHT = _opening(label_pattern("duty", "oversight"))
_GENERIC = re.compile(
    r"^(?:"
    + label_pattern("duty", "generic")
    + r")(?:\s+(?:"
    + label_pattern("duty", "generic_objects")
    + r"))?\s*[.!]*$"
)
_WHEN = _opening(label_pattern("duty", "when"))
_WORK = _opening(label_pattern("work", "verbs"))
# A report back ([duty] opens: "báo cáo …", "gửi kết quả …") and a clause
# that holds a day, a month or a quarter.
_REPORT_BACK = _opening(label_pattern("duty", "opens"))
# What a last clause after "," must be to send the work back: no "báo cáo
# viên" (a speaker); "gửi về" a body that receives reports ([duty]
# receivers) or "… để theo dõi".
_NOT_SENT_BACK = re.compile(r"^(?:\S+,?\s+)?bao cao vien\b")
_SENT_TO = re.compile(
    r"^gui ve\s+(?:(?:" + label_pattern("duty", "receivers") + r")\b|.*\bde theo doi\b)"
)
_HOLDS_A_DAY = re.compile(r"\d|\bquy\s+[ivx]+\b")
# (Matched at a position: no "^".)
_PREAMBLE = re.compile(r"(?:" + label_pattern("duty", "preambles") + r")\b")
_MANNER = re.compile(r"(?:" + label_pattern("duty", "manners") + r")\b[\s,]*")
# Where a body's name in a sentence ends: a basis, a manner, a verb of
# oversight, of work or of the lead-in ("… thực hiện", "… có trách nhiệm").
_STOPS = re.compile(
    r"(?<=\s)(?:"
    + "|".join(
        [
            label_pattern("duty", "preambles"),
            label_pattern("duty", "manners"),
            label_pattern("duty", "oversight"),
            label_pattern("work", "verbs"),
            label_pattern("lead_in", "verbs"),
            r"chu tri|phoi hop",
        ]
    )
    + r")\b"
)
# Where the work begins after a basis: a manner or a verb.
_AFTER_BASIS = re.compile(
    r"(?<=\s)(?:"
    + "|".join(
        [
            label_pattern("duty", "manners"),
            label_pattern("duty", "oversight"),
            label_pattern("work", "verbs"),
        ]
    )
    + r")\b"
)
_NAME_HEADS = set(LABELS["letter"]["name_heads"])
# "các xã, thị trấn" in a body's name: its comma joins two levels.
_LEVELS = label_pattern("duty", "levels")
_LEVEL_PAIR = re.compile(rf"\b(?:{_LEVELS})\s*,\s*(?=(?:{_LEVELS})\b)")
_BODY_HEAD = re.compile("^" + BODY_KINDS)


def _work_start(folded: str) -> int:
    """Where a clause's work begins after the basis and manner it opens
    with ("căn cứ Kế hoạch này chủ động …"); its length when none does."""
    at = len(folded) - len(folded.lstrip(" ,"))
    if _PREAMBLE.match(folded, at):
        verb = _AFTER_BASIS.search(folded, at)
        at = verb.start() if verb else len(folded)
    while m := _MANNER.match(folded, at):
        at = m.end()
    return at + len(folded[at:]) - len(folded[at:].lstrip(" ,"))


def _without_preamble(folded: str) -> str:
    return folded[_work_start(folded) :].strip(" ,")


def oversight_only(text: str) -> bool:
    """Whether a duty is steering and oversight only: a clause of it opens
    with a verb of oversight (or only says the work given will be done),
    none opens with another verb of work, and the day it names, if any, is
    a report's ("…; tổng hợp, báo cáo Ban Thường vụ Tỉnh đoàn trước ngày
    31/3/2026"). "Hướng dẫn 100% thôn rà soát …, hoàn thành trước ngày
    30/9/2027" guides towards work of its own day: a task."""
    oversight = False
    previous = owner = ""
    for clause in re.split(r"[,;:]", fold(text)):
        clause = _without_preamble(clause.strip(" .;/"))
        if not clause:
            continue
        when = bool(_WHEN.match(clause))
        if _HOLDS_A_DAY.search(clause):
            # The day's clause, or the one before a clause that only says
            # when ("…, hoàn thành trước ngày …").
            owner = previous if when else clause
        if when:
            continue
        previous = clause
        if _OVERSIGHT.match(clause) or _GENERIC.match(clause):
            oversight = True
        elif _WORK.match(clause):
            return False
    return oversight and (not owner or bool(_REPORT_BACK.match(owner)))


def without_report_back(text: str) -> str:
    """A duty without the report back after its work ("tổ chức cho hội
    viên đăng ký …, hoàn thành đăng ký trước ngày 30/5/2026; báo cáo kết
    quả về Hội LHPN xã theo quý./." → up to the day): the clauses after
    ";" that are oversight only, when a clause of work comes before; a
    last clause after "," that sends the work back, after the work's day."""
    clauses: list[str] = []
    rest = text
    while rest.strip():
        clause, _, rest = partition_outside_brackets(rest, ";")
        clauses.append(clause)
    kept = list(clauses)
    while len(kept) > 1 and oversight_only(kept[-1]):
        kept.pop()
    head, comma, last = kept[-1].rpartition(",")
    back = fold(last).strip()
    sent_back = (
        comma
        and _REPORT_BACK.match(back)
        and not _NOT_SENT_BACK.match(back)
        and (not back.startswith("gui ve") or _SENT_TO.match(back))
        and ends_on_a_time(fold(head))
        and not oversight_only(head)
    )
    if sent_back:
        # "…, hoàn thành trước 15/4/2024, gửi về Ban Thường vụ … để theo dõi."
        kept[-1] = head
    elif len(kept) == len(clauses) or oversight_only(";".join(kept)):
        return text
    return ";".join(kept).rstrip(" ,") + "."


def body_then_work(text: str) -> tuple[str, str] | None:
    """A sentence of the organisation part that opens with its body, then
    (after a basis or a manner) the work it gives: "Các chi bộ trực thuộc
    căn cứ Kế hoạch này xây dựng kế hoạch cụ thể …, hoàn thành trước ngày
    15/3/2026." → ("Các chi bộ trực thuộc", "xây dựng kế hoạch cụ thể …,
    hoàn thành trước ngày 15/3/2026."); None when it opens with no body's
    name, or its work opens with no verb of concrete work (one of
    oversight, or "… chủ trì, phối hợp …", read elsewhere)."""
    folded = folded_same_length(text)
    if not _BODY_HEAD.match(folded):
        return None
    for stop in _STOPS.finditer(folded):
        at = stop.start()
        words = folded[:at].split()
        if text[at].isupper() or (words and words[-1] in _NAME_HEADS):
            # A name's own word: "Ủy ban Kiểm tra", "Ban Chỉ đạo".
            continue
        who = text[:at].strip(" ,")
        joined = _LEVEL_PAIR.sub("", folded[:at].strip(" ,"))
        if re.search(r"[,;:()\"“”]", joined) or not is_unit(who) or names_a_person(who):
            return None
        start = at + _work_start(folded[at:])
        work = folded[start:]
        if not work or re.match(r"^(?:chu tri|phoi hop)\b", work):
            return None
        if not _WORK.match(work) or _OVERSIGHT.match(work) or _GENERIC.match(work):
            # Steering in a sentence ("Phòng Kinh tế là cơ quan thường trực,
            # theo dõi, …", "Văn phòng tham mưu …") stays the part's text.
            return None
        return who, text[start:]
    return None


_CHAIRS = re.compile(r"^(?P<who>[^,;:()]{4,80}?)\s+chu tri\s*,\s*phoi hop voi\b")


def chairs_with_partners(text: str) -> bool:
    """A sentence of the organisation part that opens with a body chairing
    a piece of work with its partners: "Ủy ban MTTQ Việt Nam xã chủ trì,
    phối hợp với các tổ chức chính trị - xã hội xã phát động phong trào thi
    đua … trong quý II/2026." (read as a task is, when it states its time);
    "Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp …" is not one."""
    m = _CHAIRS.match(folded_same_length(text))
    if not m:
        return False
    who = text[: m.end("who")]
    return is_unit(who) and not names_a_person(who)
