"""Task attributes in the meaning stage: their labels ("Chủ trì:", "Thời
gian:") and where they are written — a line of their own (`attribute`,
`labelled`), inside the sentence or its brackets (`inline_attributes`, `_clauses`),
a "Giao X chủ trì …" assignment, the official who advises, detail labels in
a cell, a sentence that leads a list (`lead_in`) — and the numbers and
dates they hold (`parse_number`)."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation

from ntm.text import fold
from plans.document_import.labels import LABEL_START
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import opens_on_a_person, person_and_post
from plans.document_import.timeframes import time_range
from plans.document_import.units import (
    ABBREVIATED,
    ACTS,
    BODY_HEAD,
    NOT_A_BODY,
    ORG_WORDS,
    THE_PEOPLE,
    body_named,
    folded_same_length,
    is_unit,
    marked_units,
    names_a_partner,
    names_a_person,
    partner_first,
    subject_first,
    units,
)

# The labels of a task's attributes, in the order they are tried (the
# phrases are data: labels.toml [attribute]).
ATTRIBUTES = [
    (name, label_pattern("attribute", name))
    for name in (
        "leader",
        "official",
        "lead",
        "coordinating",
        "time",
        "method",
        "participants",
        "content",
        "place",
        "budget",
        "product",
        "target",
    )
]
# The labels of who does the work and when; a dash may stand for their
# colon, but not after "Hạn" alone (a place "Hàn" folds to it).
WHO_AND_WHEN = "|".join(
    label_pattern("attribute", name, without=("han",))
    for name in ("official", "lead", "coordinating", "time")
)
# "Chủ trì - Phòng Kinh tế", "Thời gian – Quý II/2027": who and when with
# the dash some offices type for a colon (other labels only with a colon:
# "Nhiệm vụ - giải pháp" is a heading).
_DASHED_ATTRIBUTE = re.compile(
    r"^(?P<label>" + WHO_AND_WHEN + r")\s+[-–]\s+(?P<value>\S.*)$"
)
# The verbs a piece of work starts with (labels.toml [work]).
WORK = re.compile(rf"^(?:{label_pattern('work', 'verbs')})\b")

_ATTRIBUTE = re.compile(
    r"^(?P<label>"
    + "|".join(p for _, p in ATTRIBUTES)
    + r")\s*(?:\([^)]{0,40}\))?\s*:\s*(?P<value>.*)$"
)
# Without a colon, only these, and only where attributes are expected.
_BARE = re.compile(
    r"^(?P<label>thoi gian(?: thuc hien| hoan thanh)?|thoi han|cong chuc tham muu(?: thuc hien)?|phoi hop(?: thuc hien)?(?: voi)?|(?:don vi |co quan )?chu tri(?: thuc hien)?|kinh phi(?: thuc hien)?|hoan thanh)\s+(?P<value>\S.*)$"
)
_TIME_WORDS = re.compile(
    r"\b(?:truoc ngay|truoc \d+|cham nhat|quy [ivx]+|thang \d{1,2}|nam \d{4}|thuong xuyen|hang nam|hang quy|hang thang|hoan thanh|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|tu nay|den het|cuoi nam|dau nam|dinh ky)\b"
)
# A time and nothing else: "Quý IV/2026", "trong tháng 5", "trước ngày
# 30/6/2026", "thường xuyên", "năm 2026".
_ONLY_A_TIME = re.compile(
    r"^(?:hoan thanh\s+)?(?:trong\s+|truoc\s+|den\s+)?(?:ngay\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|quy\s+[ivx]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|nam\s+\d{4}|thuong xuyen|hang (?:nam|quy|thang)|ca nam(?:\s+\d{4})?|\d\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?)$"
)


# A figure as officials write it: "3.200", "0,38", "1.245,6" (dots group
# the thousands, a comma marks the decimals).
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"


def parse_number(text: str) -> Decimal | None:
    """ "3.200" → 3200, "0,38" → 0.38, "1.245,6" → 1245.6, "883" → 883."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def date(text: str) -> datetime.date | None:
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def attribute(text: str, *, bare: bool = False) -> tuple[str, str] | None:
    """(name, value) when `text` states an attribute ("Thời gian thực hiện:
    Quý II/2025", "Chủ trì - Phòng Kinh tế"); without a colon only when
    `bare`."""
    folded = folded_same_length(text)
    m = _ATTRIBUTE.match(folded) or _DASHED_ATTRIBUTE.match(folded)
    if m is None and bare:
        m = _BARE.match(folded)
    if m is None:
        return None
    label = " ".join(m.group("label").split())
    for name, pattern in ATTRIBUTES:
        if re.fullmatch(pattern, label):
            # "Chủ trì - Phòng Kinh tế": the dash some offices type for a colon.
            value = re.sub(r"^[-–]\s+", "", text[m.start("value") :].strip())
            if name == "lead" and (names_a_person(value) or opens_on_a_person(value)):
                name = "official"
            if (
                name == "time"
                and label == "hoan thanh"
                and not _TIME_WORDS.search(folded[m.start("value") :])
            ):
                return None
            return name, value.rstrip(" .;")
    return None


# A time that opens an item before a colon ("Quý II/2027: hoàn thành …",
# "Trong tháng 3/2027: tổ chức …", "Từ tháng 4 đến tháng 6/2027: …",
# "Tháng 8 - 9/2027: …", "6 tháng đầu năm 2027: …"): its first word is one
# of a time, and time_range reads the whole of it.
_TIME_HEAD = re.compile(
    r"^(?:trong|truoc|tu|den|cuoi|dau|ca|het|nua|quy|thang|nam|ngay|\d|thuong xuyen|hang|dinh ky)\b"
)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


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
    return _work_of(text[m.start("work") :], {"lead": who}, partnered=False) or (
        text,
        {},
    )


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
_ASSIGNS = re.compile(rf"^(?:{label_pattern('lead_in', 'assigns')})\s+")
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
    return bool(
        (BODY_HEAD.match(folded) or ABBREVIATED.match(who))
        and not NOT_A_BODY.match(folded)
        # "Ban Quản lý dự án đầu tư xây dựng khu vực xã Tam Kim chủ trì …":
        # a name "chủ trì" closes may be longer than one in a list.
        and is_unit(who, most_words=16)
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


def _work_of(
    work: str, found: dict[str, str], *, partnered: bool
) -> tuple[str, dict[str, str]] | None:
    """The work a lead is given ("phối hợp với Y tổ chức …", "tham mưu UBND
    xã …", "rà soát …"), capitalised, with `found` and the partners named
    before it (units.partner_first); None when it opens with no verb of
    work, or, `partnered` ("X phối hợp với Y …"), names no partner."""
    # The partners are named in the work's own clause, not in the time
    # clause after ";" ("…; thời gian thực hiện: Quý III/2027").
    if span := partner_first(work.split(";", 1)[0]):
        found["coordinating"] = work[span[0] : span[1]].strip(" ,")
        work = work[span[1] :].strip(" ,")
    elif partnered or not _WORK_AFTER_LEAD.match(fold(work)):
        return None
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


def _ends_with_time(folded: str) -> re.Match | None:
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
        and _TIME_WORDS.search(clause)
        and time_range(when, default_year=2000)
    ):
        return last
    return None


def _ends_on_a_time(folded: str) -> re.Match | None:
    """ ", hoàn thành trong quý III/2027", ", thường xuyên", " trong tháng
    8/2027": the time a sentence ends on after a comma, or after no mark
    at all, when it is a time and nothing else — a comma also parts the
    work's own words ("…, tổ chức bình xét gia đình văn hóa năm 2026",
    "…, ngõ xóm vào Chủ nhật cuối tháng"), and with no mark only a month
    or a quarter after "trong" ("… tại các thôn trong tháng 11/2027")."""
    last = next(reversed(list(re.finditer(r",\s+", folded))), None)
    if last is not None:
        clause = folded[last.end() :].strip(" .")
        # ", thời gian hoàn thành tháng 9/2027": the label without its colon.
        when = re.sub(
            r"^(?:thoi gian\s+)?(?:hoan thanh|thuc hien|xong)\s+|^thoi gian\s+",
            "",
            clause,
        )
        if _ONLY_A_TIME.match(when) and time_range(when, default_year=2000):
            return last
    bare = re.search(
        r"(?<![,;:])\s+(?=trong\s+(?:thang\s+\d{1,2}|quy\s+[ivx]+)\s*/\s*\d{4}\s*\.?\s*$)",
        folded,
    )
    if bare and not re.search(
        r"\b(?:hoan thanh|thuc hien|xong)$", folded[: bare.start()]
    ):
        return bare
    return None


def _ends_with_partners(text: str, folded: str) -> re.Match | None:
    """ "…, phối hợp Công an xã, Hội Liên hiệp Phụ nữ xã.": the partners the
    sentence ends on, every one of them a unit."""
    m = re.search(
        r",\s+(?=phoi hop(?:\s+voi)?\s+(?P<c>[^;:()]{3,200}?)\s*\.?\s*$)", folded
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
_FOLLOWS = (
    rf"(?:{label_pattern('follows', 'verbs')})"
    rf"(?:\s*(?:,|\bva\b)\s*(?:{label_pattern('follows', 'verbs')}))*"
    rf"(?:\s+(?:{label_pattern('follows', 'tails')}))?\s*\.?\s*$"
)
_ENDS_ON_FOLLOWING = re.compile(rf"\s{_FOLLOWS}")
_FOLLOWER = re.compile(rf"(?:giao\s+)?(?P<who>(?:(?!\.\s)[^;]){{3,160}}?)\s+{_FOLLOWS}")


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
    if not _ENDS_ON_FOLLOWING.search(fold(text[-60:])):
        return text, {}  # NOTE: most items; folding each one costs (bench)
    folded = folded_same_length(text)
    for cut in re.finditer(r"[.;,]\s+", folded):
        m = _FOLLOWER.fullmatch(folded, cut.end())
        if cut.start() < 10 or not m:
            continue
        who = text[m.start("who") : m.end("who")].strip(" ,")
        rest = text[: cut.start() + (folded[cut.start()] == ".")].rstrip(" ,;")
        if names_a_person(who) or _opens_on_a_name(who):
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
    person = _bracket_person(text[m.start("inside") : m.end("inside")])
    if person is None:
        return text, ""
    return text[: m.start("bracket")] + text[m.end("bracket") :], person


def inline_attributes(text: str) -> tuple[str, dict[str, str]]:
    """Attributes written inside the sentence, in brackets: "(Phòng NN&PTNT
    chủ trì, phối hợp UBND các xã; hoàn thành trước ngày 30/6/2025)", or
    after it in the same paragraph: "… công nhận. Chủ trì: UBND xã; phối hợp:
    …; thời gian: tháng 8/2024." The text comes back without them."""
    text, follower = _follower(text)
    text, in_charge = _person_after_lead(text)
    text, found = _leading(text)
    if not found:
        text, found = _assigned_first(text)
    found = {**follower, **found}
    if in_charge:
        found.setdefault("official", in_charge)
    # "(Phòng Kinh tế (cán bộ phụ trách) chủ trì)", "(Phòng Kinh tế (đ/c …)
    # chủ trì)": a bracket inside a bracket after a unit says who in it is in
    # charge, or only their role; it is not the lead. A role alone
    # ("Chủ trì: Phòng Kinh tế (cán bộ phụ trách); …") is never the lead.
    for m in reversed(list(re.finditer(r"\s*\(([^()]{3,200})\)", text))):
        outer = text[: m.start()]
        person = _bracket_person(m.group(1))
        # "Giao Phòng Kinh tế chủ trì (đồng chí Lê Văn Nam – công chức …
        # theo dõi), phối hợp với …": the person in charge in the lead's
        # bracket (kept as units.without_honorific says, in tasks.py).
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
    for m in reversed(list(re.finditer(r"\(([^()]{4,300})\)", text))):
        inside = m.group(1)
        folded = folded_same_length(inside)
        if _ONLY_A_TIME.match(folded.strip(" .;")) and not text[m.end() :].strip(" .;"):
            # "Hướng dẫn thanh quyết toán vốn (Quý IV/2026).": a bracket that
            # ends the task and holds only a time is its time.
            found.setdefault("time", inside.strip(" .;"))
            text = text[: m.start()].rstrip()
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
        if not re.search(
            r"\bchu tri\b|\bphoi hop\b|\bthoi gian\b|\bthoi han\b|\bhoan thanh\b|\btruoc ngay\b|\bkinh phi\b|\btham muu\b|\bthuc hien\b|\bphu trach\b",
            folded,
        ):
            continue
        attributes = _clauses(inside)
        if not attributes:
            continue
        for name, value in attributes.items():
            found.setdefault(name, value)
        text = (text[: m.start()].rstrip() + " " + text[m.end() :].lstrip()).strip()
    folded = folded_same_length(text)
    if (
        "time" not in found
        and not _ends_with_time(folded)
        and (when := _ends_on_a_time(folded))
        and when.start() > 10
        and _clauses(stated := text[when.end() :].strip(" .,")).get("time")
    ):
        # "…, phối hợp với Hội Nông dân xã, hoàn thành trong năm 2027.": the
        # time comes off first; the sentence before it may end on its
        # partners, or on a label.
        found["time"] = stated
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
        # sentence of its own whose subject, a unit, leads the work.
        next(
            (
                m
                for m in re.finditer(
                    r"\.\s+(?=(?P<u>[^.,;:]{3,120}?)\s+(?:la (?:co quan|don vi)\s+)?chu tri\b)",
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
        _ends_with_time(folded),
        # "… trên địa bàn xã. Hoàn thành trong quý II/2027.": the last
        # sentence only says when.
        next(
            (
                m
                for m in re.finditer(r"\.\s+(?=hoan thanh\s)", folded)
                if text[m.end() : m.end() + 1].isupper()
                and "." not in folded[m.end() :].rstrip(" .")
                and attribute(text[m.end() :].rstrip(" ."), bare=True)
            ),
            None,
        ),
        _ends_with_partners(text, folded),
        # "Báo cáo kết quả về Sở X trước ngày 15/12/2026.": the day the
        # sentence ends on is the task's time, not its name.
        re.search(
            r"[,;]?\s+(?=(?:va\s+)?(?:hoan thanh\s+|cham nhat\s+|xong\s+)?truoc ngay\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*\.?\s*$)",
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
        attributes = attributes or _clauses(rest)
        if attributes:
            for name, value in attributes.items():
                found.setdefault(name, value)
            text = text[: tail.start() + 1].rstrip(" ;:,")
    if "coordinating" not in found and (after := _partners_after_work(text)):
        text, found["coordinating"] = after
    text = re.sub(r"\s+([.;,])", r"\1", text)
    return text, _opening_or_start(found)


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
    r";\s+(?P<c>[^;:.()]{3,200}?)\s+phoi hop\s+[^;:()]{3,200}?\.?$"
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
        or not _TIME_WORDS.search(fold(clauses[-1]))
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
            or _TIME_WORDS.search(folded)
        ):
            return {}
    found = {"lead": names[0]}
    if names[1:]:
        found["coordinating"] = "; ".join(names[1:])
    return found


def _sentences(text: str) -> list[str]:
    """A clause cut where a sentence that states an attribute starts: "Giao
    Phòng Kinh tế chủ trì, phối hợp với Công an xã. Thời gian hoàn thành:
    tháng 9/2027", "…. Hoàn thành trong quý II/2027" → the assignment, then
    the time. A full stop before anything else cuts nothing."""
    for m in re.finditer(r"\.\s+(?=[^\W\d_])", text):
        rest = text[m.end() :]
        if rest[:1].isupper() and attribute(rest.rstrip(" ."), bare=True):
            return [text[: m.start()], *_sentences(rest)]
    return [text]


def _clauses(text: str) -> dict[str, str]:
    """ "Phòng X chủ trì, phối hợp Y; hoàn thành trước ngày …" → attributes."""
    found: dict[str, str] = {}
    for clause in (c for part in re.split(r";\s*", text) for c in _sentences(part)):
        clause = clause.strip(" .,")
        if not clause:
            continue
        stated = attribute(clause, bare=True)
        if stated:
            found.setdefault(stated[0], stated[1])
            continue
        folded = folded_same_length(clause)
        m = re.match(
            r"^(?:giao\s+)?(?P<lead>.{3,120}?)\s+(?:la (?:co quan|don vi)\s+)?chu tri\b(?:\s*(?:thuc hien)?)?\s*(?:[,;]?\s*(?P<rest>.*))?$",
            folded,
        ) or re.match(
            # "Giao Phòng X thực hiện trong tháng 4/2025": the one it gives
            # the work to leads it.
            r"^giao\s+(?P<lead>.{3,120}?)\s+(?:to chuc\s+)?(?P<rest>thuc hien\b.*)$",
            folded,
        )
        if m:
            found.setdefault(
                "lead", clause[m.start("lead") : m.end("lead")].strip(" ,")
            )
            rest = m.group("rest") or ""
            # "… thực hiện, hoàn thành trong Quý IV/2024", "… thực hiện
            # thường xuyên": the time after the work.
            when = re.search(r"\bthuc hien\b[,\s]*(?P<t>.+)$", rest) or re.match(
                r"^(?P<t>(?:hoan thanh|thoi gian|trong|truoc|thuong xuyen)\b.+)$", rest
            )
            if when and _TIME_WORDS.search(when.group("t")):
                start = m.start("rest") + when.start("t")
                found.setdefault("time", clause[start:].strip(" ,."))
            if rest:
                start = m.start("rest")
                coordinating = re.match(
                    # "… phối hợp Y thực hiện", "… phối hợp Y triển khai,
                    # hoàn thành …": the partner, up to the verb.
                    r"^phoi hop(?: voi)?\s+(?P<c>.+?)(?:\s+(?:(?:to chuc\s+)?thuc hien\b"
                    r"|(?:trien khai|huong dan|tong hop)\s*(?=[,.;]|$)).*)?$",
                    rest,
                ) or re.match(
                    # "Phòng Kinh tế chủ trì, ĐTN xã phối hợp": the partner
                    # before its verb, after a comma.
                    r"^(?P<c>[^,;]{3,120}?)\s+phoi hop(?:\s+thuc hien)?\b",
                    rest,
                )
                if coordinating:
                    found.setdefault(
                        "coordinating",
                        clause[
                            start + coordinating.start("c") : start
                            + coordinating.end("c")
                        ].strip(" ,."),
                    )
            continue
        m = re.match(r"^phoi hop(?: voi)?\s+(?P<c>.+)$", folded)
        if m:
            found.setdefault("coordinating", clause[m.start("c") :].strip(" ,."))
            continue
        # "(Văn phòng UBND xã thực hiện, thường xuyên)", "Trưởng các thôn
        # thực hiện": a unit that does the work leads it, with or without
        # "chủ trì"; the time may follow the verb.
        m = re.match(
            r"^(?P<lead>[^,;]{3,120}?)\s+(?:to chuc\s+)?thuc hien\b[,\s]*(?P<t>.*)$",
            folded,
        )
        if (
            m
            and "lead" not in found
            and ORG_WORDS.search(m.group("lead"))
            and not THE_PEOPLE.match(m.group("lead"))
            and (not m.group("t") or _TIME_WORDS.search(m.group("t")))
        ):
            found["lead"] = clause[: m.end("lead")].strip(" ,")
            if m.group("t"):
                found.setdefault("time", clause[m.start("t") :].strip(" ,."))
            continue
        # "(Đ/c Lý Văn Nam - Phó Chủ tịch UBND xã phụ trách; Quý II/2026)":
        # the one in charge, a body or a person, at the end of its clause.
        m = re.match(
            r"^(?P<lead>[^,;]{3,120}?)\s+phu trach(?:\s*,\s*(?P<t>.*))?$", folded
        )
        if (
            m
            and "lead" not in found
            and (ORG_WORDS.search(m.group("lead")) or names_a_person(clause))
            and (not m.group("t") or _TIME_WORDS.search(m.group("t")))
        ):
            found["lead"] = clause[: m.end("lead")].strip(" ,")
            if m.group("t"):
                found.setdefault("time", clause[m.start("t") :].strip(" ,."))
            continue
        # "Đoàn Thanh niên xã phối hợp": the partner before the verb.
        m = re.match(r"^(?P<c>.{3,120}?)\s+phoi hop(?:\s+thuc hien)?$", folded)
        if m and "lead" in found:
            found.setdefault("coordinating", clause[: m.end("c")].strip(" ,."))
            continue
        # "Hội Nông dân xã phối hợp vận động nhân dân": a unit, then its
        # verb and what it does.
        m = re.match(r"^(?P<c>[^,]{3,120}?)\s+phoi hop\s+\w", folded)
        if m and "lead" in found and is_unit(clause[: m.end("c")]):
            found.setdefault("coordinating", clause[: m.end("c")].strip(" ,."))
            continue
        if _TIME_WORDS.search(folded):
            found.setdefault("time", clause)
    return found


# A label anywhere a list of them may start: at the start, after "; ", ". "
# or " - " ("- Chủ trì: X - Phối hợp: Y - Thời gian: Z" in one cell).
# Who does it and when may also be followed by a dash ("Chủ trì - Phòng
# Kinh tế; phối hợp - Thôn 3"); other labels only by a colon ("Nhiệm vụ -
# giải pháp" is a heading).
_LABEL_AT = re.compile(
    r"(?:^|(?<=[;.])|(?<=\s))[-–+•]?\s*(?:(?P<label>"
    + "|".join(p for _, p in ATTRIBUTES)
    + r")\s*(?:\([^)]{0,40}\))?\s*:|(?P<dashed>"
    + WHO_AND_WHEN
    + r")\s+[-–]\s)"
)


def labelled(text: str) -> list[tuple[str, str]]:
    """The attributes of a text that states several, each after its label:
    "Người phụ trách: Đ/c …; đơn vị chủ trì: Phòng Kinh tế; thời gian: Quý
    IV/2026", or a table cell "- Chủ trì: … - Phối hợp: … - Thời gian: …".
    Empty unless the text starts with a label and holds at least two."""
    folded = folded_same_length(text)
    # Not a label inside brackets: "Chủ trì: Phòng Kinh tế (công chức phụ
    # trách: Nguyễn Văn A)" states the lead and its official, not two labels.
    marks = [
        m
        for m in _LABEL_AT.finditer(folded)
        if folded[: m.start()].count("(") <= folded[: m.start()].count(")")
    ]
    if len(marks) < 2 or folded[: marks[0].start()].strip(" -–+•"):
        return []
    found = []
    for mark, following in zip(marks, marks[1:] + [None], strict=True):
        end = following.start() if following else len(text)
        value = text[mark.end() : end].strip(" -–;,.")
        label = " ".join((mark.group("label") or mark.group("dashed")).split())
        name = next(n for n, p in ATTRIBUTES if re.fullmatch(p, label))
        if name == "lead" and (names_a_person(value) or opens_on_a_person(value)):
            name = "official"
        if value:
            found.append((name, value))
    return found


# "Chiều rộng mặt đường: 3,5 m", "Dự kiến kinh phí: 800 triệu đồng": a
# label of a few words in lower case after the first (not a name, "Ấp
# Bình Hòa: 1,2 km", nor a number, "Tuyến 1: …"), then its colon.
_DETAIL_LABEL = re.compile(
    r"^(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,4})\s*(?:\([^)]{0,40}\))?\s*:\s*\S"
)


def labels_a_detail(text: str) -> bool:
    """`text` opens with a label and its colon: one of the data's
    (labels.toml [attribute], [detail]) or a few words of a common noun."""
    if LABEL_START.match(fold(text)):
        return True
    m = _DETAIL_LABEL.match(text)
    return bool(m) and all(w.islower() for w in m.group("label").split()[1:])


def bulleted_details(text: str) -> list[str]:
    """A cell read as one line (a PDF's lines joined, a pasted row) cut
    where a bulleted label starts a detail: "Bê tông hóa đường nội đồng -
    Quy mô: dài 1,2 km; - Địa điểm: ấp Phú Thạnh" → the work, "- Quy mô:
    …", "- Địa điểm: …". [] when no bullet opens a label after the work."""
    folded = folded_same_length(text)
    cuts = [
        m.start() + 1
        for m in re.finditer(r"\s[-–+•]\s+", folded)
        if labels_a_detail(text[m.end() :])
    ]
    if not cuts:
        return []
    ends = [*cuts[1:], len(text)]
    return [text[: cuts[0]].strip()] + [
        text[a:b].strip() for a, b in zip(cuts, ends, strict=True)
    ]


def labelled_details(text: str) -> list[str]:
    """A cell read as one line (a PDF's lines joined) cut where a label of
    the data opens a detail with a capital, with no bullet: "Kiên cố hóa
    kênh mương ấp Bến Cam Quy mô: 1.500 m. Địa điểm: cánh đồng ấp Bến Cam"
    → the work, "Quy mô: …", "Địa điểm: …". [] when no such label follows
    a name of two words or more."""
    cuts = [
        m.end()
        for m in re.finditer(r"\s(?=\w)", text)
        if text[m.end()].isupper()
        and LABEL_START.match(fold(text[m.end() :]))
        and text[: m.start()].count("(") <= text[: m.start()].count(")")
    ]
    if not cuts or len(text[: cuts[0]].split()) < 2:
        return []
    ends = [*cuts[1:], len(text)]
    return [text[: cuts[0]].strip()] + [
        text[a:b].strip() for a, b in zip(cuts, ends, strict=True)
    ]


def assignment(values: dict[str, str]) -> None:
    """A lead label whose value is itself a sentence ("Giao: Phòng Kinh tế
    chủ trì, phối hợp Trưởng các thôn thực hiện"; "Trách nhiệm: Phòng Văn
    hóa chủ trì; Đoàn Thanh niên phối hợp"): the lead, partners and time it
    states. "Công an xã thực hiện" leads without the verb."""
    lead = values.get("lead", "")
    if not lead:
        return
    if marked := marked_units(lead):
        values["lead"] = marked["lead"]
        partners = [values.get("coordinating", ""), marked.get("coordinating", "")]
        if any(partners):
            values["coordinating"] = "; ".join(p for p in partners if p)
        return
    folded = folded_same_length(lead)
    if re.search(r"\bchu tri\b|\bphoi hop\b", folded):
        stated = _clauses(lead.rstrip(". "))
        # "Phòng Văn hóa - Xã hội; phối hợp Ủy ban MTTQ …": the unit named
        # before the partners, with no verb of its own, leads.
        first = re.match(r"^(?P<u>[^;]{3,120}?)\s*[;,]\s*(?=phoi hop\b)", folded)
        if not stated.get("lead") and first and is_unit(lead[: first.end("u")]):
            stated = _clauses(lead[first.end() :].rstrip(". "))
            stated["lead"] = lead[: first.end("u")].strip(" ,")
        if stated.get("lead"):
            values["lead"] = stated.pop("lead")
            for name, value in stated.items():
                values.setdefault(name, value)
            return
    m = re.search(r"\s+(?:to chuc\s+)?thuc hien\s*\.?$", folded)
    if m and m.start() > 2:
        values["lead"] = lead[: m.start()].strip(" ,")


def note_assigns(note: str) -> dict[str, str]:
    """The lead and partners a table's "Ghi chú" cell assigns the row's
    work to ("Giao X chủ trì; Y phối hợp", "X chủ trì, phối hợp Y", "X
    thực hiện"), {} for a note that assigns nothing ("Vốn NTM")."""
    values = {"lead": re.sub(r"^giao\s+", "", note.strip(), flags=re.IGNORECASE)}
    assignment(values)
    lead = values["lead"]
    if fold(lead) == fold(note.strip()) or not all(
        is_unit(n) and not names_a_person(n) for n in units(lead)
    ):
        return {}
    return values


# Where an advising unit's name ends and the person it names starts:
# "Phòng Kinh tế (đ/c Trần Văn Bình – công chức …)", "(công chức Văn hóa -
# Xã hội Lê Thị Mai)", "Phòng Kinh tế, đồng chí …", "Phòng Kinh tế – ông …".
_ADVISER = re.compile(r"(?:cong chuc|can bo|chuyen vien)\s+\w")
_PERSON_AFTER = re.compile(r"\s*[,–-]\s*(?=(?:d\s*/\s*c|dong chi|ong|ba)\s)")
# "Chủ trì: Văn phòng HĐND và UBND xã, công chức phụ trách: Lê Thị D; …":
# the official's label (labels.toml [attribute] official and leader) after
# the unit, then the person.
_LABELLED_PERSON_AFTER = re.compile(
    r"\s*[,;]\s*(?:"
    + label_pattern("attribute", "official")
    + "|"
    + label_pattern("attribute", "leader")
    + r")\s*:\s*"
)


# A bracket that names a role and no one (labels.toml [attribute] roles and
# official): "(cán bộ phụ trách)", "(công chức)".
_ROLE_ONLY = re.compile(
    r"(?:"
    + label_pattern("attribute", "official")
    + "|"
    + label_pattern("attribute", "roles")
    + r")(?:\s+(?:thuc hien|chinh|phu trach))?"
)


def _bracket_person(inside: str) -> str | None:
    """What a bracket after a unit says of the one in charge: "" for a role
    and no one ("cán bộ phụ trách"), the person for "đ/c …", "công chức …
    Lê Thị Mai" or "công chức phụ trách: Nguyễn Văn A" (without its label);
    None for a bracket of anything else."""
    inside = inside.strip(" .;")
    if _ROLE_ONLY.fullmatch(" ".join(fold(inside).split())):
        return ""
    stated = attribute(inside)
    if stated and stated[0] in ("official", "leader") and stated[1]:
        return stated[1]
    if names_a_person(inside) or _ADVISER.match(fold(inside)):
        return inside
    return None


def _unit_and_person(lead: str) -> tuple[str, str]:
    """(the unit, the person it names) of an advising unit's value, or ("",
    "") when it names no one; a bracket of a role alone is dropped ("Phòng
    Kinh tế (cán bộ phụ trách)" → the unit and no one)."""
    m = re.fullmatch(r"(?P<u>[^()]{3,120}?)\s*\((?P<p>[^()]{3,200})\)\s*\.?", lead)
    if m:
        person = _bracket_person(m.group("p"))
        if person is not None:
            return m.group("u").strip(" ,"), person
        return "", ""
    folded = folded_same_length(lead)
    for cut in _PERSON_AFTER.finditer(folded):
        if cut.start() >= 3 and names_a_person(capitalised(lead[cut.end() :])):
            return lead[: cut.start()].strip(" ,"), lead[cut.end() :].strip(" .;")
    labelled = _LABELLED_PERSON_AFTER.search(folded)
    if labelled and labelled.start() >= 3 and lead[labelled.end() :].strip(" .;"):
        return lead[: labelled.start()].strip(" ,"), lead[labelled.end() :].strip(" .;")
    return "", ""


def advising(values: dict[str, str], sources: dict[str, str], description) -> None:
    """ "Bộ phận tham mưu: Phòng Kinh tế (đ/c Trần Văn Bình – công chức …)":
    the unit leads and the person it names is the task's official. The
    leader in charge ("Lãnh đạo phụ trách: đ/c …") is the official only when
    no one else is named; otherwise a line of the description."""
    unit, person = _unit_and_person(values.get("lead", ""))
    if unit and is_unit(unit):
        values["lead"] = unit
        if not values.get("official"):
            values["official"] = person
            sources["official"] = sources.get("lead", "line")
    leader = values.pop("leader", "")
    source = sources.pop("leader", "line")
    if not leader:
        return
    if values.get("official"):
        description.append(f"Lãnh đạo phụ trách: {leader}")
    else:
        values["official"] = leader
        sources["official"] = source


def sentence_attributes(text: str) -> dict[str, str]:
    """A line that assigns the work in a sentence: "Giao Phòng Văn hóa chủ
    trì, phối hợp với Đoàn Thanh niên thực hiện.", or that gives details
    first and assigns them in a sentence of its own ("Quy mô 05 vườn. Hội
    Nông dân xã chủ trì; thời gian: Quý IV/2026."): the details come back
    as its content."""
    details, stated = inline_attributes(text)
    if (
        details != text
        and details.endswith(".")
        and text.startswith(details)
        and ({"lead", "official"} & set(stated))
    ):
        return {"content": details, **stated}
    folded = folded_same_length(text)
    if not re.search(r"\bchu tri\b", folded) or len(text) > 300:
        return {}
    if not re.match(
        # Not across a full stop: "Đầu tư … Kim Đồng. Giao Phòng X chủ trì"
        # is a task, then its assignment (inline_attributes), never a lead.
        r"^(?:giao\s+)?(?:(?!\.\s)[^,;]){3,120}?\s+(?:la (?:co quan|don vi)\s+)?chu tri\b",
        folded,
    ):
        return {}
    return _clauses(text.rstrip(". "))


# The words a sentence that leads a list ends with before its colon
# (labels.toml [lead_in]): "… thực hiện các nội dung sau:", "… tổ chức thực
# hiện:", "… có trách nhiệm:".
_LEAD_IN_TAIL = re.compile(
    r"(?:[\s,]+(?:" + label_pattern("lead_in", "verbs") + r"))?"
    r"(?:[\s,]+(?:" + label_pattern("lead_in", "objects") + r"))?"
    r"(?:[\s,]+(?:" + label_pattern("lead_in", "tails") + r"))?"
    r"\s*:\s*$"
)


_ASSIGNS = re.compile(r"^(?:" + label_pattern("lead_in", "assigns") + r")\s+")


def lead_in(text: str) -> dict[str, str]:
    """Who a sentence that leads a list gives the work to: "Giao Phòng Kinh
    tế chủ trì, phối hợp với Ban phát triển các ấp thực hiện các nội dung
    sau:" → the lead and the partners; "Giao UBND các thôn:", "Đoàn Thanh
    niên xã có trách nhiệm:" → the lead. {} when it names no body ("Các
    nhiệm vụ cụ thể như sau:", "Yêu cầu: …")."""
    text = text.strip()
    if not text.endswith(":"):
        return {}
    folded = folded_same_length(text)
    tail = _LEAD_IN_TAIL.search(folded)
    core = text[: tail.start()].strip(" ,") if tail else ""
    if not core or ":" in core:
        return {}
    found: dict[str, str] = {}
    folded = folded_same_length(core)
    if opening := _ASSIGNS.match(folded):
        core = core[opening.end() :]
        folded = folded[opening.end() :]
    if re.search(r"\bchu tri\b", folded):
        stated = _clauses(core)
        lead = stated.get("lead", "")
        if lead and is_unit(lead) and not names_a_person(lead):
            found["lead"] = lead
            if stated.get("coordinating"):
                found["coordinating"] = stated["coordinating"]
        return found
    # "Giao Hội Nông dân xã, phối hợp với các thôn", "Giao UBND các thôn".
    m = re.match(r"^(?P<lead>.+?)(?:\s*,?\s+phoi hop(?:\s+voi)?\s+(?P<c>.+))?$", folded)
    lead = body_named(core[: m.end("lead")]) if m else ""
    if lead:
        found["lead"] = lead
        if m.group("c"):
            found["coordinating"] = core[m.start("c") :].strip(" ,.")
    return found


def partition_outside_brackets(text: str, mark: str) -> tuple[str, str, str]:
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == mark and depth <= 0:
            return text[:i], mark, text[i + 1 :]
    return text, "", ""
