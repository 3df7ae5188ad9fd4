"""Task attributes in the meaning stage: those written inside a task's own
sentence (`inline_attributes`) — a time or a body before a colon, a
sentence that opens on its lead ("Giao X chủ trì …", "X phối hợp với Y
…", its subject), the follower it ends on, its brackets, and the labels
or time after the work — taken off the text, which comes back as the
task's name."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import (
    TIME_WORDS,
    WHO_AND_WHEN,
    WORK,
    attribute,
    capitalised,
    partition_outside_brackets,
)
from plans.document_import.bracketed import person_in_brackets
from plans.document_import.clauses import clauses
from plans.document_import.comrades import FOLLOWS, given_to, place_after_day
from plans.document_import.details import labelled
from plans.document_import.directing import (
    directed,
    given_after,
    partners_clause,
    partners_then_done,
)
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.officials import bracket_person
from plans.document_import.openings import (
    community_first,
    done_first,
    helped_by,
    post_then_name,
)
from plans.document_import.person_tasks import person_takes
from plans.document_import.persons import person_and_post
from plans.document_import.timeframes import time_range
from plans.document_import.unit_brackets import unit_bracket, without_blanks
from plans.document_import.units import (
    ABBREVIATED,
    ACTS,
    BODY_HEAD,
    NOT_A_BODY,
    body_named,
    folded_same_length,
    is_unit,
    kind_written,
    names_a_partner,
    names_a_person,
    partner_first,
    shaped_as_a_name,
    subject_first,
    units,
)
from plans.document_import.vague_times import LATEST_DAY_ENDS

# A range of two times with no label (folded): "từ tháng 5 đến tháng
# 9/2026", "từ ngày 01/11 đến ngày 18/11/2026", "từ quý II đến quý
# III/2026", "từ tháng 3 đến hết tháng 6/2026" (round 29b); not "từ đầu
# thôn đến cuối thôn", "từ 2 đến 3 ngày".
_A_POINT = (
    r"(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
    r"|quy\s+[ivx]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
    r"|thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
)
# "… từ ngày 31/5/2026 đến hết năm 2026": a range may end on a year.
_RANGE = (
    rf"tu\s+(?:{_A_POINT})\s*(?:den|-|–)\s*(?:het\s+|cuoi\s+)?"
    rf"(?:{_A_POINT}|nam\s+\d{{4}})"
)
# A time and nothing else: "Quý IV/2026", "trong tháng 5", "trước ngày
# 30/6/2026", "thường xuyên", "năm 2026", a range.
_ONLY_A_TIME = re.compile(
    rf"^(?:{_RANGE}$)|"
    # "trong vụ Hè Thu 2027 (tháng 4 - tháng 8/2027)": a season, its months
    # in brackets (labels.toml [duty] seasons).
    rf"^(?:trong\s+)?(?:{label_pattern('duty', 'seasons')})"
    r"(?:\s+(?:nam\s+)?\d{4}(?:\s*-\s*\d{4})?)?\s*\([^()]*\d[^()]*\)$|"
    r"^(?:hoan thanh\s+)?(?:trong\s+|truoc\s+|den\s+)?(?:ngay\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|quy\s+[ivx]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|nam\s+\d{4}|thuong xuyen|hang (?:nam|quy|thang)|ca nam(?:\s+\d{4})?|\d\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?)$"
)


# "…, thực hiện trong vụ Hè Thu 2027" before its months in brackets (folded).
_SEASON_ENDS = re.compile(
    rf"\s*,\s+(?=(?:thuc hien\s+)?(?:trong\s+)?(?:{label_pattern('duty', 'seasons')})"
    r"(?:\s+(?:nam\s+)?\d{4}(?:\s*-\s*\d{4})?)?$)"
)


# A time that opens an item before a colon ("Quý II/2027: hoàn thành …",
# "Trong tháng 3/2027: tổ chức …", "Từ tháng 4 đến tháng 6/2027: …",
# "Tháng 8 - 9/2027: …", "6 tháng đầu năm 2027: …"): its first word is one
# of a time, and time_range reads the whole of it.
_TIME_HEAD = re.compile(
    r"^(?:trong|truoc|tu|den|cuoi|dau|ca|het|nua|quy|thang|nam|ngay|\d|thuong xuyen|hang|dinh ky)\b"
)


def _leading(text: str) -> tuple[str, dict[str, str]]:
    """An item that opens with its time or its lead before a colon: "Quý
    II/2027: hoàn thành …" (the time), "Công an xã: xây dựng …" (the body
    leads). The work after the colon comes back, its first letter a
    capital; a label line ("Đơn vị được giao: …") is no such item."""
    head, sep, rest = partition_outside_brackets(text.strip(), ":")
    rest = rest.strip()
    if not sep or not rest or len(head) > 80 or attribute(text):
        return text, {}
    folded = fold(head).strip(" .")
    if (
        _TIME_HEAD.match(folded)
        and len(folded.split()) <= 10
        and not re.search(ACTS, folded)
        and time_range(head, default_year=2000)
    ):
        return capitalised(rest), {"time": head.strip(" .")}
    body = body_named(head)
    if body and (rest[:1].islower() or WORK.match(fold(rest))):
        return capitalised(rest), {"lead": body}
    return text, {}


def _assigned_first(text: str) -> tuple[str, dict[str, str]]:
    """An item that opens by assigning its work: "Giao Phòng Kinh tế, Phòng
    Văn hóa - Xã hội chủ trì xây dựng tuyến đường hoa", "Giao Công an xã
    chủ trì, phối hợp với Ban công tác Mặt trận các thôn A, B, C tuyên
    truyền …": the work, its first letter a capital, who leads it (several
    are read as co-leads) and the partners named before the work."""
    if not re.match(r"giao\s", text, re.IGNORECASE):
        lowered = text.lower()
        if "chủ trì" not in lowered and "phối hợp" not in lowered:
            return _subject_first(text)  # NOTE: most items; folding costs (bench)
        work, found = _leads_first(text)
        return (work, found) if found else _subject_first(text)
    folded = folded_same_length(text)
    m = re.match(
        r"^giao\s+(?P<who>[^.;:()]{3,160}?)\s+(?:la (?:co quan|don vi)\s+)?chu tri"
        r"(?:\s+thuc hien)?\s*,?\s+(?P<work>\S.*)$",
        folded,
    )
    if not m:
        # "Giao X phối hợp với Y …": the one it gives the work to opens the
        # rest, as in "X phối hợp với Y …".
        return _leads_first(text)
    who = text[m.start("who") : m.end("who")].strip(" ,")
    if not all(is_unit(n) and not names_a_person(n) for n in units(who)):
        return text, {}
    return _work_of(
        text[m.start("work") :], {"lead": who}, partnered=False, given=True
    ) or (text, {})


# "Chi cục Thủy lợi chủ trì, phối hợp …", "Trung tâm Khuyến nông tỉnh
# phối hợp với …": the body a sentence opens with, then its part. A comma
# inside the body's name comes before a capital ("Chi cục Chất lượng, Chế
# biến và Phát triển thị trường").
_LEADS_FIRST = re.compile(
    r"^(?P<who>[^.;:()]{3,120}?)\s+(?:chu tri\s*,?\s+(?P<work>\S.*)"
    r"|(?P<partner>phoi hop\s+(?:voi\s+)?\S.*))$"
)


# What a sentence may say before the body it opens on: the word that gives
# it the work ("Giao", "Đề nghị": labels.toml [lead_in] assigns), or a time
# and its comma ("Năm 2027, …", "Trong quý II, …").
_ASSIGNS = re.compile(
    rf"^(?:(?:{label_pattern('lead_in', 'givers')})\s+)?"
    rf"(?:{label_pattern('lead_in', 'assigns')})\s+"
)


_TIME_THEN_COMMA = re.compile(r"^(?P<time>[^,;:()]{4,40}?)\s*,\s+")


# The verbs the work may open on after its lead (labels.toml [work], and
# "tham mưu": "… chủ trì tham mưu UBND tỉnh ban hành …").
_WORK_AFTER_LEAD = re.compile(rf"(?:{label_pattern('work', 'verbs')}|tham muu)\b")


def _opening_time(text: str) -> tuple[str, str]:
    """(the time a sentence opens on before a comma, the rest): "Năm 2027,
    Chi cục … chủ trì …" → ("Năm 2027", "Chi cục … chủ trì …"); ("", text)
    when it opens on none."""
    m = _TIME_THEN_COMMA.match(text)
    if not m:
        return "", text
    head = m.group("time")
    folded = fold(head)
    if (
        _TIME_HEAD.match(folded)
        and not re.search(ACTS, folded)
        and time_range(head, default_year=2000)
    ):
        return head, text[m.end() :]
    return "", text


def _names_the_lead(who: str) -> bool:
    """A body's name or its abbreviation ("TT Khuyến nông"), its commas only
    before a capital ("Chi cục Chất lượng, Chế biến và …"); not an event
    ("Hội chợ …"), not a person."""
    folded = fold(who)
    # A kind of body the lists lack still leads when its name has a name's
    # shape ("Quỹ tín dụng nhân dân Yên Lạc chủ trì", "Nhà máy nước Bình
    # Minh chủ trì").
    shaped = shaped_as_a_name(who)
    return bool(
        (
            BODY_HEAD.match(folded)
            or ABBREVIATED.match(who)
            or shaped
            or kind_written(who)
        )
        and not NOT_A_BODY.match(folded)
        # "Ban Quản lý dự án đầu tư xây dựng khu vực xã Tam Kim chủ trì …":
        # a name "chủ trì" closes may be longer than one in a list.
        and (is_unit(who, most_words=16) or shaped)
        and not names_a_person(who)
        and all(after[:1].isupper() for after in who.split(", ")[1:])
    )


def _leads_first(text: str) -> tuple[str, dict[str, str]]:
    """An item that opens with the body that leads it: "Chi cục Phát
    triển nông thôn chủ trì, phối hợp với Phòng Kinh tế các xã, Liên minh
    Hợp tác xã tỉnh hướng dẫn …", "Văn phòng Điều phối chủ trì tham mưu UBND
    tỉnh ban hành …", "Chi cục Trồng trọt phối hợp với Trung tâm Khuyến nông
    tỉnh xây dựng …", after a time ("Năm 2027, …") or "Giao" / "Đề nghị":
    the work from its verb, capitalised, its lead, the time it opens on and
    the partners named before the work (units.partner_first)."""
    time, sentence = _opening_time(text)
    sentence = (
        sentence[m.end() :] if (m := _ASSIGNS.match(fold(sentence))) else sentence
    )
    folded = folded_same_length(sentence)
    m = _LEADS_FIRST.match(folded)
    if not m:
        return text, {}
    who = sentence[m.start("who") : m.end("who")].strip()
    if not _names_the_lead(who):
        return text, {}
    found = {"lead": who}
    if time:
        # Its time unless the sentence ends on a deadline of its own
        # (inline_attributes decides, _opening_or_start).
        found["opening"] = time
    work = sentence[m.start("work") if m.group("work") else m.start("partner") :]
    partnered = bool(m.group("partner"))
    return _work_of(work, found, partnered=partnered) or (text, {})


# "tổ chức nâng cấp …", "triển khai xây dựng …": a bare opener before the
# verb of the work itself (labels.toml [work] bare_openers).
_BARE_OPENER = re.compile(
    rf"^(?:{label_pattern('work', 'bare_openers')})\s+"
    rf"(?=(?!(?:{label_pattern('work', 'opened_kept')})\b)"
    rf"(?:{label_pattern('work', 'verbs')})\b)"
)


def _without_bare_opener(work: str) -> str:
    """The work without a bare "tổ chức" / "triển khai" that only opens
    another verb of work ("Tổ chức nâng cấp, mở rộng …" → "nâng cấp, mở
    rộng …"); "tổ chức Hội nghị …" is left whole."""
    m = _BARE_OPENER.match(folded_same_length(work))
    return work[m.end() :] if m else work


def _work_of(
    work: str, found: dict[str, str], *, partnered: bool, given: bool = False
) -> tuple[str, dict[str, str]] | None:
    """The work a lead is given ("phối hợp với Y tổ chức …", "tham mưu UBND
    xã …", "rà soát …"), capitalised, with `found` and the partners named
    before it (units.partner_first); None when it opens with no verb of
    work, or, `partnered` ("X phối hợp với Y …"), names no partner. When
    `given` ("Giao X chủ trì, phối hợp Y tổ chức nâng cấp …") and partners
    are named, a bare opener before the work's own verb is dropped; the
    sets keep "Tổ chức kiểm tra …" after "X chủ trì, phối hợp Y" with no
    "Giao" (round 26c, f33t)."""
    # The partners are named in the work's own clause, not in the time
    # clause after ";" ("…; thời gian thực hiện: Quý III/2027").
    if done := partners_then_done(work):
        found["coordinating"], work = done
    elif span := partner_first(clause := work.split(";", 1)[0]) or community_first(
        clause
    ):
        found["coordinating"] = work[span[0] : span[1]].strip(" ,")
        work = work[span[1] :].strip(" ,")
    elif partnered or not _WORK_AFTER_LEAD.match(fold(work)):
        return None
    if given and "coordinating" in found:
        work = _without_bare_opener(work)
    return capitalised(work), found


def _subject_first(text: str) -> tuple[str, dict[str, str]]:
    """An item whose sentence names its lead as the subject, with no "chủ
    trì": "Hội Nông dân xã vận động 150 hộ …", "Phòng Kinh tế tham mưu UBND
    xã ký hợp đồng …" (units.subject_first): the work from its verb,
    capitalised, and its lead. A sentence that leads a list ("… thực hiện
    các nội dung sau:") is lead_in's."""
    if text.rstrip().endswith(":") or (end := subject_first(text)) is None:
        return text, {}
    return capitalised(text[end:].strip()), {"lead": text[:end].strip()}


def ends_with_time(folded: str) -> re.Match | None:
    """ "…; hoàn thành trong 6 tháng đầu năm 2027", "…; thực hiện thường
    xuyên": the last clause after a semicolon, when it is only a time
    (after "hoàn thành" / "thực hiện" / "xong")."""
    last = next(reversed(list(re.finditer(r";\s+", folded))), None)
    if last is None:
        return None
    clause = folded[last.end() :].strip(" .")
    # "…; thời gian hoàn thành tháng 4/2027": the label without its colon.
    when = re.sub(
        r"^(?:thoi gian\s+)?(?:hoan thanh|thuc hien|xong)\s+|^thoi gian\s+", "", clause
    )
    if (
        len(when.split()) <= 12
        and _TIME_HEAD.match(when)
        and TIME_WORDS.search(clause)
        and time_range(when, default_year=2000)
    ):
        return last
    return None


def ends_on_a_time(folded: str) -> bool:
    """Whether a sentence ends on its time, after ";", "," or "trong"."""
    return bool(ends_with_time(folded) or _ends_on_a_time(folded))


def _ends_on_a_time(folded: str, *, year: bool = False) -> re.Match | None:
    """ ", hoàn thành trong quý III/2027", ", thường xuyên", " trong tháng
    8/2027": the time a sentence ends on after a comma, or after no mark
    at all, when it is a time and nothing else — a comma also parts the
    work's own words ("…, tổ chức bình xét gia đình văn hóa năm 2026",
    "…, ngõ xóm vào Chủ nhật cuối tháng"), and with no mark only a month
    or a quarter after "trong" ("… tại các thôn trong tháng 11/2027"), or,
    `year` (the sentence named its lead: "Giao Hội … chủ trì, … tại buôn
    Ea Knốp trong năm 2027."), a year; not "… sản phẩm hết hạn giấy chứng
    nhận trong năm 2026", the work's own words.)"""
    last = next(reversed(list(re.finditer(r",\s+", folded))), None)
    if last is not None:
        clause = folded[last.end() :].strip(" .")
        # ", thời gian hoàn thành tháng 9/2027": the label without its colon;
        # ", thời gian: từ tháng 6/2026 …" with it (set f40r).
        when = re.sub(
            r"^(?:thoi gian\s+)?(?:hoan thanh|thuc hien|xong)\s+|^thoi gian\s*:?\s+",
            "",
            clause,
        )
        if _ONLY_A_TIME.match(when) and time_range(when, default_year=2000):
            return last
    bare = re.search(
        r"(?<![,;:])\s+(?=trong\s+(?:(?:thang\s+\d{1,2}|quy\s+[ivx]+)\s*/\s*"
        + (r"|nam\s+" if year else "")
        + r")\d{4}\s*\.?\s*$)",
        folded,
    )
    if bare and not re.search(
        r"\b(?:hoan thanh|thuc hien|xong)$", folded[: bare.start()]
    ):
        return bare
    # "… thôn, xóm từ tháng 5 đến tháng 9/2026.": a range of times the
    # sentence ends on, its year written.
    bare = re.search(rf"(?<![,;:])\s+(?=({_RANGE})\s*\.?\s*$)", folded)
    if (
        bare
        and re.search(r"\d{4}\s*\.?\s*$", folded)
        and time_range(bare.group(1), default_year=2000)
    ):
        return bare
    return None


# "thực hiện" after the partners a sentence ends on (labels.toml
# [dash_items] carry_out).
_CARRY_OUT = label_pattern("dash_items", "carry_out")


def _ends_with_partners(text: str, folded: str) -> re.Match | None:
    """ "…, phối hợp Công an xã, Hội Liên hiệp Phụ nữ xã.": the partners the
    sentence ends on, every one of them a unit."""
    m = re.search(
        # not "…, phối hợp giữa các đơn vị …" (between them: no partner)
        # "…, phối hợp với Hội Liên hiệp Phụ nữ huyện thực hiện": their
        # part said after them (labels.toml [dash_items] carry_out).
        r",\s+(?=phoi hop(?:\s+voi)?(?:\s*:)?\s+(?!giua\b)(?P<c>[^;:()]{3,200}?)"
        rf"(?:\s+(?:{_CARRY_OUT}))?\s*\.?\s*$)",
        folded,
    )
    if m is None:
        return None
    named = units(text[m.start("c") : m.end("c")])
    if named and all(is_unit(n) and not names_a_person(n) for n in named):
        return m
    return None


# "…; giao đồng chí Lý Văn Chu, công chức Phòng Kinh tế theo dõi.", "… .
# Đồng chí Vàng Seo Pháo - Phó Chủ tịch UBND xã trực tiếp chỉ đạo.": who
# follows the task, in its last clause or a sentence of its own, then what
# they do (labels.toml [follows]); not across a full stop.
_FOLLOWS = rf"{FOLLOWS}\s*\.?\s*$"


_ENDS_ON_FOLLOWING = re.compile(rf"\s{_FOLLOWS}")


_FOLLOWER = re.compile(rf"(?:giao\s+)?(?P<who>(?:(?!\.\s)[^;]){{3,160}}?)\s+{_FOLLOWS}")


_FOLLOWER_BRACKET = re.compile(r"(?<=\S{3})\s*\((?P<inside>[^()]{6,160})\)\s*\.?\s*$")


def _opens_on_a_name(who: str) -> bool:
    """ "Lý Văn Chu, công chức Phòng Kinh tế": a person's name first, with
    no title of address (persons.person_and_post)."""
    name, _ = person_and_post(who)
    return bool(name) and who.startswith(name)


def _follower(text: str) -> tuple[str, dict[str, str]]:
    """The task without the clause or the sentence it ends on that says who
    follows it, and what that says: a person ("đồng chí Lý Văn Chu, công
    chức …", "Lý Văn Chu, công chức …", a post alone: "Đồng chí Chủ tịch UBND xã") is its official; a
    body ("giao Phòng Kinh tế theo dõi") is none, its clause a line of the
    description ("follows"). Anything else stays the task's text."""
    if bracket := _FOLLOWER_BRACKET.search(text):
        # "…; hoàn thành Quý III/2027 (đồng chí Sơn Thị Bô Pha, Phó Chủ tịch
        # phụ trách).": the bracket the sentence ends on says who follows it.
        inside = bracket.group("inside").strip()
        m = _FOLLOWER.fullmatch(folded_same_length(inside))
        who = inside[m.start("who") : m.end("who")].strip(" ,") if m else ""
        if who and (names_a_person(who) or _opens_on_a_name(who)):
            return text[: bracket.start()].rstrip(" ,;"), {"official": who}
    if not _ENDS_ON_FOLLOWING.search(fold(text[-60:])):
        return text, {}  # NOTE: most items; folding each one costs (bench)
    folded = folded_same_length(text)
    for cut in re.finditer(r"[.;,]\s+", folded):
        m = _FOLLOWER.fullmatch(folded, cut.end())
        if cut.start() < 10 or not m:
            continue
        if folded.count("(", 0, cut.start()) > folded.count(")", 0, cut.start()):
            # "(X chủ trì; Y phối hợp; đồng chí A theo dõi, đôn đốc).": a
            # clause of a bracket, read with it (clauses.py).
            continue
        who = text[m.start("who") : m.end("who")].strip(" ,")
        rest = text[: cut.start() + (folded[cut.start()] == ".")].rstrip(" ,;")
        if names_a_person(who) or _opens_on_a_name(who) or post_then_name(who):
            return rest, {"official": who}
        if all(is_unit(u) and not names_a_person(u) for u in units(who)):
            return rest, {"follows": capitalised(text[cut.end() :].strip(" ."))}
    return text, {}


# "Hội Nông dân xã (đồng chí Nông Văn Khải, Chủ tịch Hội phụ trách) chủ
# trì, …": a bracket between the body a sentence opens on and its part
# (folded).
_BRACKET_BEFORE_PART = re.compile(
    r"^[^()]{3,160}?(?P<bracket>\s*\((?P<inside>[^()]{3,200})\))\s+(?=chu tri|phoi hop)"
)


def _person_after_lead(text: str) -> tuple[str, str]:
    """The sentence without the person its bracket after the opening body
    names in charge, and that person as written; (text, "") when the
    bracket names no one (a role alone is dropped as well)."""
    m = _BRACKET_BEFORE_PART.match(folded_same_length(text))
    if not m:
        return text, ""
    person = bracket_person(text[m.start("inside") : m.end("inside")])
    if person is None:
        return text, ""
    return text[: m.start("bracket")] + text[m.end("bracket") :], person


def inline_attributes(text: str) -> tuple[str, dict[str, str]]:
    """Attributes written inside the sentence, in brackets: "(Phòng NN&PTNT
    chủ trì, phối hợp UBND các xã; hoàn thành trước ngày 30/6/2025)", or
    after it in the same paragraph: "… công nhận. Chủ trì: UBND xã; phối hợp:
    …; thời gian: tháng 8/2024." The text comes back without them. A
    sentence that opens on its time ("Trong Quý I/2027, Tổ … chủ trì, …",
    "Hằng tháng, Bộ phận X cân, đo …", "Đến hết tháng 9/2027, hoàn thành
    sửa chữa …; giao …") is read without it when the rest names its lead
    or its official, or opens on its work (openings.py): the time is the
    task's, or its start when the sentence ends on a deadline."""
    time, rest = _opening_time(text)
    if time and (rest := done_first(rest)):
        work, found = _inline(capitalised(rest), opening=time)
        if "lead" in found or "official" in found or WORK.match(fold(rest)):
            return work, found
    return _inline(text)


def _inline(text: str, opening: str = "") -> tuple[str, dict[str, str]]:
    """inline_attributes of a sentence, `opening` the time it opened on."""
    text = without_blanks(text)  # a draft's "(……)", "[Ghi chú …]" (unit_brackets)
    # Who follows it, said in its last clause, first: "…; đồng chí Sần Thị
    # Mai, công chức Văn hóa - Xã hội tham mưu theo dõi." names the person
    # without "tham mưu" (a direction's reading would keep it).
    text, follower = _follower(text)
    if not follower:
        # "… (YS Hồ Thị Nga)": a person in the bracket it ends on.
        text, follower = person_in_brackets(text)
    if not follower:
        # "…; giao đồng chí Hoàng Thị Mai - Phó Chủ tịch … chuẩn bị nội
        # dung, khách mời.": a person given part of the work (comrades.py).
        text, follower = given_to(text)
    text, place = place_after_day(text)
    if place:
        follower = {**follower, "place": place}
    text, directing = directed(text)
    if not directing:
        # "Chị Lê Thị Hoa, Kế toán HTX, chịu trách nhiệm lập …": the body
        # the post names leads; "Ông Vàng A Dình - Trưởng thôn trực tiếp tổ
        # chức …": no body named, the post leads (person_tasks.person_takes).
        text, directing = person_takes(text)
    text, in_charge = _person_after_lead(text)
    text, found = _leading(text)
    if not found:
        text, found = _assigned_first(text)
    found = {**directing, **follower, **found}
    if in_charge:
        found.setdefault("official", in_charge)
    # "(Phòng Kinh tế (cán bộ phụ trách) chủ trì)", "(Phòng Kinh tế (đ/c …)
    # chủ trì)": a bracket inside a bracket after a unit says who in it is in
    # charge, or only their role; it is not the lead. A role alone
    # ("Chủ trì: Phòng Kinh tế (cán bộ phụ trách); …") is never the lead.
    for m in reversed(list(re.finditer(r"\s*\(([^()]{3,200})\)", text))):
        outer = text[: m.start()]
        person = bracket_person(m.group(1))
        # "Giao Phòng Kinh tế chủ trì (đồng chí Lê Văn Nam – công chức …
        # theo dõi), phối hợp với …": the person in charge in the lead's
        # bracket (kept as units.without_honorific says, in task_fields.py).
        after_lead = bool(person) and re.search(
            r"\bchu tri(?:\s+thuc hien)?\s*$", folded_same_length(outer)
        )
        if person is None or (
            person and outer.count("(") <= outer.count(")") and not after_lead
        ):
            continue
        if person:
            found.setdefault("official", person)
        text = text[: m.start()] + text[m.end() :]
    # A bracket may hold one of its own ("(giao Hội Nông dân xã thực hiện,
    # đồng chí Lê Văn Hùng (PCT Hội) phụ trách; …)"): the person's post.
    for m in reversed(
        list(re.finditer(r"\(((?:[^()]|\([^()]{1,80}\)){4,300})\)", text))
    ):
        inside = m.group(1)
        folded = folded_same_length(inside)
        if _ONLY_A_TIME.match(folded.strip(" .;")) and not text[m.end() :].strip(" .;"):
            # "Hướng dẫn thanh quyết toán vốn (Quý IV/2026).": a bracket that
            # ends the task and holds only a time is its time.
            found.setdefault("time", inside.strip(" .;"))
            text = text[: m.start()].rstrip()
            if season := _SEASON_ENDS.search(folded_same_length(text)):
                # "…, trong vụ Đông Xuân 2026 - 2027 (từ tháng 12/2026 đến
                # tháng 4/2027).": the season the bracket gives months to.
                found["time"] = f"{text[season.end() :]} ({found['time']})"
                text = text[: season.start()].rstrip()
            continue
        if not text[m.end() :].strip(" .;") and (bare := _bare_bracket(inside)):
            # "… thành viên (P.KT, HTX NN Quang Sơn; Quý II/2026).": units,
            # then a time, and no verb: the first unit leads.
            for name, value in bare.items():
                found.setdefault(name, value)
            text = text[: m.start()].rstrip()
            continue
        if not text[m.end() :].strip(" .;") and (bodies := _bodies_only(inside)):
            # "… cổng ngõ (Hội Nông dân xã).": a bracket that ends the task
            # and names only bodies: the first leads, the others take part.
            for name, value in bodies.items():
                found.setdefault(name, value)
            text = text[: m.start()].rstrip()
            continue
        if said := unit_bracket(inside, text[m.end() :]):  # "(Tổ Văn phòng; cô …)"
            found = {**said, **found}
            text = (text[: m.start()].rstrip() + text[m.end() :]).strip()
            continue
        if not re.search(
            r"\bchu tri\b|\bphoi hop\b|\bthoi gian\b|\bthoi han\b|\bhoan thanh\b|\btruoc ngay\b|\bkinh phi\b|\btham muu\b|\bthuc hien\b|\bphu trach\b",
            folded,
        ):
            continue
        attributes = clauses(inside)
        if not attributes:
            continue
        for name, value in attributes.items():
            found.setdefault(name, value)
        text = (text[: m.start()].rstrip() + " " + text[m.end() :].lstrip()).strip()
    folded = folded_same_length(text)
    if (
        "time" not in found
        and not ends_with_time(folded)
        and (when := _ends_on_a_time(folded, year="lead" in found))
        and when.start() > 10
        and clauses(stated := text[when.end() :].strip(" .,")).get("time")
    ):
        # "…, phối hợp với Hội Nông dân xã, hoàn thành trong năm 2027.": the
        # time comes off first; the sentence before it may end on its
        # partners, or on a label.
        found["time"] = re.sub(r"^thời gian\s*:\s*", "", stated, flags=re.IGNORECASE)
        text = text[: when.start()].rstrip(" ,")
        folded = folded_same_length(text)
    labels = WHO_AND_WHEN
    candidates = [
        # "… thôn 3. Chủ trì: Phòng Kinh tế; …", "… thôn 3. Chủ trì - …".
        re.search(rf"[.;:]\s+(?=(?:{labels})\s*(?::|[-–]\s))", folded),
        re.search(
            r"\.\s+(?=giao\s+[^.]{3,120}?\s+(?:chu tri|(?:to chuc\s+)?thuc hien)\b)",
            folded,
        ),
        # "… rộng 3,5 m. Công an xã chủ trì; thực hiện thường xuyên.": a
        # sentence of its own whose subject, a unit, leads the work; or
        # the same after a colon ("… "Giọt hồng biên cương": BCH Đoàn xã
        # chủ trì, phối hợp …").
        next(
            (
                m
                for m in re.finditer(
                    r"[.:]\s+(?=(?P<u>[^.,;:]{3,120}?)\s+(?:la (?:co quan|don vi)\s+)?chu tri\b)",
                    folded,
                )
                if text[m.end() : m.end() + 1].isupper()
                and is_unit(text[m.start("u") : m.end("u")])
            ),
            None,
        ),
        # "… thôn Bản Quyền Phụ trách: Đ/c …": the task and its first label
        # run together in one line (a PDF's paragraph); the label's capital
        # marks where the task ends.
        next(
            (
                m
                for m in re.finditer(rf"\s+(?=(?:{labels})\s*:)", folded)
                if text[m.end() : m.end() + 1].isupper()
            ),
            None,
        ),
        ends_with_time(folded),
        given_after(text, folded),
        # "… trên địa bàn xã. Hoàn thành trong quý II/2027.": the last
        # sentence only says when.
        next(
            (
                m
                for m in re.finditer(r"\.\s+(?=(?:thoi gian\s+)?hoan thanh\s)", folded)
                if text[m.end() : m.end() + 1].isupper()
                and "." not in folded[m.end() :].rstrip(" .")
                and attribute(text[m.end() :].rstrip(" ."), bare=True)
            ),
            None,
        ),
        _ends_with_partners(text, folded),
        # "…; chậm nhất ngày 15/5/2026 phải hoàn thành." (set f40j).
        LATEST_DAY_ENDS.search(folded),
        # "Báo cáo kết quả về Sở X trước ngày 15/12/2026.": the day the
        # sentence ends on is the task's time, not its name; so is "…,
        # hoàn thành đăng ký trước ngày 30/5/2026" (what is completed named
        # in a word or two after a comma).
        re.search(
            r"[,;]?\s+(?=(?:va\s+)?(?:hoan thanh\s+|cham nhat\s+|xong\s+)?truoc ngay"
            + _DAY_ENDS
            + r")|[,;]\s+(?=hoan thanh(?:\s+[^\s\d,;.]+){1,2}\s+truoc ngay"
            + _DAY_ENDS
            + r")",
            folded,
        ),
    ]
    # The first place the attributes begin.
    tail = min((m for m in candidates if m), key=lambda m: m.start(), default=None)
    if (
        tail
        # "1. Làm đường. Chủ trì: X": a short title of two words or more
        # before the labels that a full stop ends.
        and (
            tail.start() > 10
            or (tail is candidates[0] and len(text[: tail.start()].split()) >= 2)
        )
        and text[: tail.start()].count("(") == text[: tail.start()].count(")")
    ):
        rest = text[tail.end() :].rstrip(". ")
        # "… Giao: Phòng Kinh tế, phối hợp: Ban phát triển các thôn. Thời
        # gian: Quý II/2027": each label's value ends where the next starts.
        attributes = {}
        for name, value in labelled(rest):
            attributes.setdefault(name, value)
        attributes = attributes or clauses(rest)
        if attributes:
            for name, value in attributes.items():
                found.setdefault(name, value)
            text = text[: tail.start() + 1].rstrip(" ;:,")
    if "coordinating" not in found and (
        after := _partners_after_work(text) or partners_clause(text) or helped_by(text)
    ):
        text, found["coordinating"] = after
    elif (
        "coordinating" not in found
        and (partners := _ends_with_partners(text, folded_same_length(text)))
        and partners.start() > 10
    ):
        # "…, phối hợp với Ban Nhân dân ấp; thời gian từ 01/10 đến
        # 18/11/2027.": the partners the work ends on, once its time is off.
        found["coordinating"] = text[partners.start("c") : partners.end("c")]
        text = text[: partners.start()].rstrip(" ,")
    if "time" not in found and (day := _DAY_ENDING.search(folded_same_length(text))):
        # "… cho 100 hộ nghèo vào ngày 25/01/2027, phối hợp Hội LHPN xã.",
        # "… trình UBND xã trước 15/6/2027.", "… trước Tết Nguyên đán Đinh
        # Mùi.": the day the work ends on, once its partners are off.
        stated = text[day.end() :].strip(" .,;")
        if day.start() > 10 and clauses(stated).get("time"):
            found["time"] = stated
            text = text[: day.start()].rstrip(" ,;")
    text = re.sub(r"\s+([.;,])", r"\1", text)
    if opening:
        found.setdefault("opening", opening)
    return text, _opening_or_start(found)


# A day a sentence ends on: " 30/5/2026.".
_DAY_ENDS = r"\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*\.?\s*$"


# The day a sentence ends on, with no label (folded): "vào ngày 25/01/2027",
# "trước 15/6/2027", "trước Tết Nguyên đán Đinh Mùi" (lunar.toml).
_DAY_ENDING = re.compile(
    r"[,;]?\s+(?=(?:(?:vao|truoc)(?:\s+ngay)?"
    + _DAY_ENDS
    + r"|truoc tet\b[^,;.\d]{0,40}(?:\d{4})?\s*\.?\s*$))"
)


def _opening_or_start(found: dict[str, str]) -> dict[str, str]:
    """The time a sentence opens on ("Năm 2027, Phòng X chủ trì …") is its
    time; when the sentence ends on a deadline of its own ("…; hoàn thành
    trước ngày 30/6/2027"), that is the time and the opening only says when
    the work starts."""
    if opening := found.pop("opening", ""):
        found.setdefault("start" if "time" in found else "time", opening)
    return found


# "Cứng hóa 6,8 km đường …; Phòng Kinh tế, các thôn Nà Mạ, Lũng Sâu phối
# hợp giải phóng mặt bằng.": the partners named in a clause after the work,
# then their own part of it (folded).
_PARTNERS_AFTER_WORK = re.compile(
    # not "…; xử lý vi phạm, phối hợp với Công an huyện thực hiện": a
    # comma before "phối hợp" ends the work, whose partners follow.
    r";\s+(?P<c>[^;:.()]{3,200}?)(?<!,)\s+phoi hop\s+[^;:()]{3,200}?\.?$"
)


def _partners_after_work(text: str) -> tuple[str, str] | None:
    """(the work without the clause, the partners) when the sentence ends
    on its partners and their part ("…; X, Y phối hợp <work>"), every one
    a unit; None otherwise."""
    m = _PARTNERS_AFTER_WORK.search(folded_same_length(text))
    if not m or m.start() < 10:
        return None
    named = text[m.start("c") : m.end("c")].strip()
    names = units(named)
    if not names or not all(names_a_partner(n) for n in names):
        return None
    return text[: m.start()].rstrip(" ,"), named


def _bare_bracket(inside: str) -> dict[str, str]:
    """A bracket of units then a time, with no verb: "(P.KT, HTX NN Quang
    Sơn; Quý II/2026)", "(Hội ND; định kỳ 6 tháng)". The first unit leads,
    the others take part; {} for anything else."""
    clauses = [c.strip(" .,") for c in re.split(r";\s*", inside.strip(" .;"))]
    if (
        len(clauses) < 2
        or not TIME_WORDS.search(fold(clauses[-1]))
        or re.search(ACTS + r"|\bphu trach\b", fold(inside))
    ):
        return {}
    names = [u for c in clauses[:-1] for u in units(c)]
    if not names or not all(is_unit(n) and not names_a_person(n) for n in names):
        return {}
    found = {"lead": names[0], "time": clauses[-1]}
    if names[1:]:
        found["coordinating"] = "; ".join(names[1:])
    return found


def _bodies_only(inside: str) -> dict[str, str]:
    """A bracket that names bodies and nothing else: "(Hội Nông dân xã)",
    "(Trạm Y tế xã, Hội Phụ nữ xã)". Each name starts with a kind of body
    (not "thôn Đông", a place, nor "Hội nghị", an event); {} for any other."""
    names = units(inside.strip(" .;,"))
    if not names or ";" in inside or len(names) > 4:
        return {}
    for name in names:
        folded = fold(name)
        if (
            not BODY_HEAD.match(folded)
            # "(dài 1,5 km)": a body's name is written with a capital
            # ("Đài Truyền thanh xã") or counts them ("các thôn").
            or not (name[:1].isupper() or folded.startswith("cac "))
            or NOT_A_BODY.match(folded)
            or re.match(r"^thon\s", folded)
            or not is_unit(name)
            or names_a_person(name)
            or TIME_WORDS.search(folded)
        ):
            return {}
    found = {"lead": names[0]}
    if names[1:]:
        found["coordinating"] = "; ".join(names[1:])
    return found
