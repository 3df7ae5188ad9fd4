"""Task attributes in the meaning stage: the comrade a Party, Front or
commune plan gives the direction of a task to, written in the task's own
sentence before or around the body that leads it (round 32p):

    "Ban Thường vụ Đảng ủy giao đồng chí Y Bhim Niê - Đảng ủy viên, Phó Chủ
    tịch UBND xã chỉ đạo Phòng Kinh tế xã chủ trì, phối hợp với … xây dựng
    02 chuỗi liên kết …"
    "Đồng chí Nguyễn Văn An - Phó Bí thư Đảng ủy chịu trách nhiệm chỉ đạo;
    Công an xã chủ trì, …"
    "Tổ chức Ngày hội …, do đồng chí Hà Văn Tâm - Chủ tịch Ủy ban MTTQ Việt
    Nam xã phụ trách, hoàn thành trước ngày …"

`directed` takes the person off the sentence (its official) and leaves the
rest to the in-sentence readings (inline.py): the body that "chủ trì"
leads, the partners after "phối hợp", the work and its time. The words
live in labels.toml [directing]."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import person_and_post
from plans.document_import.units import (
    folded_same_length,
    is_unit,
    names_a_partner,
    names_a_person,
    subject_first,
    units,
)

# How the person is addressed ("đồng chí", "đ/c", "ông", "bà"), folded.
_PERSON = r"(?:dong chi|d\s*/\s*c|ong|ba)\.?\s+"
# What the person is given: "chỉ đạo", "trực tiếp chỉ đạo", "chịu trách
# nhiệm chỉ đạo", "phụ trách", "chỉ đạo chung" (labels.toml [directing]).
_DIRECTS = (
    rf"(?:{label_pattern('directing', 'manners')}\s+)?"
    rf"(?:{label_pattern('directing', 'verbs')})"
    rf"(?:\s+(?:{label_pattern('directing', 'verbs')}))?(?:\s+(?:chung|thuc hien))?"
)
# A post may name a steering committee ("Phó Trưởng Ban Chỉ đạo xã"): its
# "Chỉ đạo" is no verb.
_NOT_A_COMMITTEE = r"(?<!\bban)(?<!\bbcd)"
# "Ban Thường vụ Đảng ủy giao đồng chí …", "Thường trực Đảng ủy phân công
# đ/c …", "Giao đồng chí …": who gives the direction, then to whom.
_GIVEN = re.compile(
    rf"^(?:(?P<giver>[^,;:.()]{{3,60}}?)\s+)?(?:{label_pattern('directing', 'gives')})"
    rf"(?:\s+cho)?\s+(?P<p>{_PERSON}[^;()]{{3,160}}?){_NOT_A_COMMITTEE}\s+{_DIRECTS}"
    r"\s*[,;]?\s+(?P<rest>\S.*)$"
)
# "Đồng chí … chịu trách nhiệm chỉ đạo; Công an xã chủ trì, …"; "Ông Rơ
# Châm Hyoanh - Phó Trạm trưởng chỉ đạo Bộ phận Dược bảo đảm …", "Đồng chí
# Y Bhim Niê (Phó Bí thư) giao Hội Nông dân xã vận động …" (f33t): the post
# may be in brackets, and the person may give the work ("giao").
_SAYS = re.compile(
    rf"^(?P<p>{_PERSON}[^;()]{{3,160}}?(?:\s*\([^()]{{2,80}}\))?){_NOT_A_COMMITTEE}"
    rf"\s+(?:{_DIRECTS}|(?:{label_pattern('directing', 'orders')}))"
    r"\s*[,;.]?\s+(?P<rest>\S.*)$"
)
# "…, do đồng chí … phụ trách, hoàn thành …", "…; bà … chịu trách nhiệm.":
# a clause of its own inside or at the end of the sentence.
_ASIDE = re.compile(
    rf"[,;]\s+(?:do\s+|giao\s+)?(?P<p>{_PERSON}[^;()]{{3,160}}?){_NOT_A_COMMITTEE}"
    rf"\s+{_DIRECTS}(?=\s*[,;]\s+\S|\s*\.?\s*$)"
)
# The rest names who leads: a body, then "chủ trì" (or "phối hợp với": the
# body that works with its partners).
_LEADS = re.compile(r"^[^;.]{3,160}?\s+chu tri\b")
_PARTNERS_NEXT = re.compile(r"^[^;.,]{3,120}?\s+phoi hop\s+voi\b")


def _a_person(written: str) -> bool:
    return names_a_person(written) or bool(person_and_post(written)[0])


def directed(text: str) -> tuple[str, dict[str, str]]:
    """(the sentence without the person given its direction, {"official":
    the person as written}); (text, {}) when it names none."""
    folded = folded_same_length(text)
    for pattern in (_GIVEN, _SAYS):
        m = pattern.match(folded)
        # The rest opens on the body that leads: "X chủ trì, …", or, after
        # the person who says it, "X phối hợp với Y …", "X <work>"
        # (units.subject_first).
        if not m or not (
            _LEADS.match(m.group("rest"))
            or (
                pattern is _SAYS
                and (
                    _PARTNERS_NEXT.match(m.group("rest"))
                    or subject_first(text[m.start("rest") :])
                )
            )
        ):
            continue
        giver = m.groupdict().get("giver") or ""
        if len(giver.split()) > 8 or re.search(r"\bchu tri\b|\bphoi hop\b", giver):
            continue
        person = text[m.start("p") : m.end("p")].strip(" ,")
        if _a_person(person):
            rest = text[m.start("rest") :]
            return rest[:1].upper() + rest[1:], {"official": person}
    for m in _ASIDE.finditer(folded):
        person = text[m.start("p") : m.end("p")].strip(" ,")
        if folded.count("(", 0, m.start()) > folded.count(")", 0, m.start()):
            # "(X chủ trì; Y phối hợp; đồng chí A theo dõi, đôn đốc)": a
            # clause of a bracket, read with it (clauses.py).
            continue
        if m.start() > 10 and _a_person(person):
            rest = (text[: m.start()] + text[m.end() :]).strip()
            return rest, {"official": person}
    return text, {}


# "Xây dựng 02 sản phẩm OCOP, giao Phòng Kinh tế xã chủ trì, phối hợp với
# …": the work first, then, after a comma or a semicolon, the body it is
# given to (folded; a comma in its name comes before a capital: "Chi cục
# Chất lượng, Chế biến và Phát triển thị trường", given_after).
_GIVEN_AFTER = re.compile(
    r"[,;]\s+(?=giao(?:\s+cho)?\s+(?P<u>[^.;:()]{3,120}?)\s+"
    r"(?:la (?:co quan|don vi)\s+)?(?:chu tri|(?:to chuc\s+)?thuc hien)\b)"
)


def given_after(text: str, folded: str) -> re.Match | None:
    """Where the clause that gives the work to its lead starts, after the
    work ("…, giao X chủ trì, …"); None unless X is a body's name, written
    with a capital (not "…, giao chỉ tiêu cho các thôn thực hiện")."""
    for m in _GIVEN_AFTER.finditer(folded):
        body = text[m.start("u") : m.end("u")]
        if (
            m.start() > 10
            and body[:1].isupper()
            and all(after[:1].isupper() for after in body.split(", ")[1:])
            and "," not in body.replace(", ", "")
            and is_unit(body)
            and not names_a_person(body)
        ):
            return m
    return None


# "…; phối hợp với Chi hội Người cao tuổi các buôn và già làng thực hiện":
# the partners the sentence ends on in a clause of their own (folded).
_PARTNERS_CLAUSE = re.compile(
    r";\s+phoi hop(?:\s+voi)?\s+(?P<c>[^;:.()]{3,200}?)"
    r"(?:\s+(?:to chuc\s+)?thuc hien)?\s*\.?$"
)


# The people of a place, a partner after a body ("… các buôn và già
# làng"; labels.toml [units] community).
_COMMUNITY = re.compile(r"(?:" + label_pattern("units", "community") + r")\b")


def partners_clause(
    text: str, clause: re.Pattern = _PARTNERS_CLAUSE, *, people_first: bool = False
) -> tuple[str, str] | None:
    """(the work without it, the partners) when the sentence ends on a
    clause "; phối hợp với Y (thực hiện)" (or `clause`, its partners the
    group "c"), every partner a partner's name, or the people of a place
    after the first (or, `people_first`, the first too: "…, có sự hỗ trợ
    của cô đỡ thôn bản"); None otherwise."""
    m = clause.search(folded_same_length(text))
    if not m or m.start() < 10:
        return None
    named = text[m.start("c") : m.end("c")].strip(" ,")
    names = units(named)
    if not names or not all(
        names_a_partner(n) or ((k or people_first) and _COMMUNITY.match(fold(n)))
        for k, n in enumerate(names)
    ):
        return None
    return text[: m.start()].rstrip(" ,"), named


# "phối hợp với Ban Quản lý các dự án đầu tư xây dựng khu vực hoàn thành
# nâng cấp …": the partners, then "hoàn thành" and the work's own verb
# (labels.toml [work] verbs); the partners' name may hold verbs ("đầu tư").
_DONE_THEN_WORK = re.compile(
    r"^phoi hop(?:\s+voi)?\s+(?P<c>[^;:()]{3,160}?)(?<!,)\s+hoan thanh\s+"
    # ("hoàn thành trong quý III": "trong" folds from "trồng", a verb.)
    r"(?!trong\s+(?:thang|quy|nam|ngay|\d))"
    rf"(?=(?:{label_pattern('work', 'verbs')})\b)"
)


def partners_then_done(work: str) -> tuple[str, str] | None:
    """(the partners, the work from its verb) for "phối hợp với Y hoàn
    thành <work>"; None otherwise."""
    m = _DONE_THEN_WORK.match(folded_same_length(work))
    if not m:
        return None
    named = work[m.start("c") : m.end("c")].strip(" ,")
    names = units(named)
    if not names or not all(names_a_partner(n) for n in names):
        return None
    return named, work[m.end() :]
