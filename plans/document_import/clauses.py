"""Task attributes in the meaning stage: a run of clauses that states
them ("Phòng X chủ trì, phối hợp Y; hoàn thành trước ngày …"), read
clause by clause into lead, partners and time (`clauses`). Shared by the
in-sentence readings (inline.py) and the assignments (assignments.py)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import TIME_WORDS, attribute
from plans.document_import.units import (
    ORG_WORDS,
    THE_PEOPLE,
    folded_same_length,
    is_unit,
    names_a_partner,
    names_a_person,
    units,
)


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


def _partners_marked(written: str, folded: str) -> re.Match | None:
    """ "VNPT Tân Trào, Điện lực Tân Trào phối hợp" after "X chủ trì, ": the
    partners, several between commas, that the clause ends on "phối hợp"
    with, each a partner's name (a capital, or "các …"), whatever its kind."""
    m = re.match(r"^(?P<c>[^;]{3,200}?)\s+phoi hop(?:\s+thuc hien)?\s*$", folded)
    if not m:
        return None
    names = units(written[: m.end("c")])
    if names and all(
        names_a_partner(n) and (n[:1].isupper() or fold(n).startswith("cac "))
        for n in names
    ):
        return m
    return None


# "Đảng ủy giao …", "Ban Thường vụ Đảng ủy giao cho …", "UBND xã giao …"
# before the one that leads (folded): the body that gives the work (a unit,
# and a unit after it; never "giao thông").
# ("giao" as written: "Ban Tuyên giáo và Dân vận Đảng ủy xã", "Phòng Giáo
# dục" hold no giver.)
_GIVER = re.compile(r"(?P<by>[^,;]{3,60}?)\s+(?P<g>giao)(?: cho)?\s+(?!thong\b)(?=\S)")


def _gives(written: str, start: int) -> bool:
    """Whether the word at `start` of `written` is the verb "giao" as
    written, not a word that folds to it ("giáo", "Giáo dục")."""
    return written[start : start + 4].lower() == "giao"


# An aside after "chủ trì" (folded): "(thực hiện) dưới sự lãnh đạo của Chi
# bộ buôn, …", "dưới sự chỉ đạo của …", "theo hướng dẫn của …" — under whom
# the lead works, no partner of it.
_ASIDE = re.compile(
    r"(?:thuc hien\s+)?(?:duoi su (?:lanh dao|chi dao)(?:, (?:chi dao|lanh dao))?"
    r"|theo (?:su )?huong dan) cua\s+[^,;]{3,120}?,\s*(?=phoi hop\b)"
)


# "…, đ/c Trần Thị Mai - Phó Chủ tịch Hội phụ trách", "…, do đồng chí Lê
# Văn Hùng (PCT Hội) theo dõi": after who does the work, the person (a title
# of address, then the name and post) in charge of it, its official.
_IN_CHARGE_AFTER = re.compile(
    r"(?:^|,\s*)(?:do\s+)?(?P<p>(?:d\s*/\s*c|dong chi|ong|ba)\.?\s+.{3,120}?)"
    r"\s+(?:truc tiep\s+)?(?:phu trach|theo doi|chi dao)(?:\s+thuc hien)?"
    r"(?:,\s*(?:don doc|kiem tra|theo doi))?$"
)


def _in_charge_after(
    clause: str, lead_found: bool, lead_named: bool = False
) -> tuple[str, str]:
    """(the clause without it, the person) when a clause ends on the person
    in charge of the work after who does it ("giao Chi hội phụ nữ thôn Đông
    thực hiện, đ/c Trần Thị Mai - Phó Chủ tịch Hội phụ trách"), or is that
    person alone after a clause that named the lead; (clause, "") else. A
    person alone before any lead is the one in charge, read as the lead;
    but one who "chỉ đạo" before a body that "chủ trì" (`lead_named`: "(đồng
    chí Trần Quốc Bảo, Phó Chủ tịch UBND phường chỉ đạo; Phòng Kinh tế, Hạ
    tầng và Đô thị chủ trì; …)") directs it, the official."""
    m = _IN_CHARGE_AFTER.search(folded_same_length(clause))
    directs = bool(m) and " chi dao" in m.group(0) and lead_named
    if not m or not (m.start() > 0 or lead_found or directs):
        return clause, ""
    person = clause[m.start("p") : m.end("p")]
    if not names_a_person(person):
        return clause, ""
    return clause[: m.start()].strip(" ,"), person


# "…, phối hợp với Y, hoàn thành trước ngày …": the time after a partner.
_TIME_AFTER_PARTNER = r",\s*(?P<t>(?:hoan thanh|thoi gian|thuong xuyen)\b.+)"


def clauses(text: str) -> dict[str, str]:
    """ "Phòng X chủ trì, phối hợp Y; hoàn thành trước ngày …" → attributes."""
    found: dict[str, str] = {}
    lead_named = bool(re.search(r"\bchu tri\b", fold(text)))
    for clause in (c for part in re.split(r";\s*", text) for c in _sentences(part)):
        clause, person = _in_charge_after(
            clause.strip(" .,"), "lead" in found, lead_named
        )
        if person:
            found.setdefault("official", person)
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
            lead_start = m.start("lead") if _gives(clause, 0) else 0
            giver = _GIVER.match(m.group("lead"))
            if (
                giver
                and _gives(clause, m.start("lead") + giver.start("g"))
                and is_unit(giver.group("by"))
                and is_unit(m.group("lead")[giver.end() :])
            ):
                # "Đảng ủy giao Công an xã chủ trì": the body given the work
                # leads it, not the one that gives it.
                lead_start += giver.end()
            found.setdefault("lead", clause[lead_start : m.end("lead")].strip(" ,"))
            rest = m.group("rest") or ""
            # "… thực hiện, hoàn thành trong Quý IV/2024", "… thực hiện
            # thường xuyên": the time after the work.
            when = (
                re.search(r"\bthuc hien\b[,\s]*(?P<t>.+)$", rest)
                or re.match(
                    r"^(?P<t>(?:hoan thanh|thoi gian|trong|truoc|thuong xuyen)\b.+)$",
                    rest,
                )
                # "…, phối hợp với Y, hoàn thành trước ngày …": after the partner.
                or re.search(_TIME_AFTER_PARTNER, rest)
            )
            if when and TIME_WORDS.search(when.group("t")):
                start = m.start("rest") + when.start("t")
                found.setdefault("time", clause[start:].strip(" ,."))
            if rest:
                start = m.start("rest")
                if aside := _ASIDE.match(rest):
                    # "… chủ trì thực hiện dưới sự lãnh đạo của Chi bộ buôn,
                    # phối hợp với …": the aside is no partner.
                    start += aside.end()
                    rest = rest[aside.end() :]
                coordinating = (
                    re.match(
                        # "… phối hợp Y thực hiện", "… phối hợp Y triển khai,
                        # hoàn thành …": the partner, up to the verb.
                        r"^phoi hop(?: voi)?\s+(?P<c>.+?)(?:\s+(?:(?:to chuc\s+)?thuc hien\b"
                        r"|(?:trien khai|huong dan|tong hop)\s*(?=[,.;]|$)).*"
                        rf"|{_TIME_AFTER_PARTNER})?$",
                        rest,
                    )
                    or re.match(
                        # "Phòng Kinh tế chủ trì, ĐTN xã phối hợp": the partner
                        # before its verb, after a comma.
                        r"^(?P<c>[^,;]{3,120}?)\s+phoi hop(?:\s+thuc hien)?\b",
                        rest,
                    )
                    or _partners_marked(clause[start:], rest)
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
        ) or _places_listed(clause, folded)
        if (
            m
            and "lead" not in found
            and ORG_WORDS.search(m.group("lead"))
            and not THE_PEOPLE.match(m.group("lead"))
            and (not m.group("t") or TIME_WORDS.search(m.group("t")))
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
            and (not m.group("t") or TIME_WORDS.search(m.group("t")))
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
        if TIME_WORDS.search(folded):
            found.setdefault("time", clause)
    return found


def _places_listed(clause: str, folded: str) -> re.Match | None:
    """ "chi hội Vạn Xuân, Hương Nộn thực hiện": one body of several places,
    the names after the first comma only places (each word capitalised,
    no kind of body), matched as the lead before "thực hiện"."""
    m = re.match(
        r"^(?P<lead>[^,;]{3,80}?(?:,\s*[^,;]{2,40}?){1,4})\s+thuc hien\b[,\s]*(?P<t>.*)$",
        folded,
    )
    if not m:
        return None
    places = clause[: m.end("lead")].split(",")[1:]
    if all(
        place.split()
        and all(word[:1].isupper() for word in place.split())
        and not ORG_WORDS.search(fold(place))
        for place in places
    ):
        return m
    return None
