"""Task attributes in the meaning stage: the work given in a sentence —
a lead label whose value is itself a sentence (`assignment`), a table's
note that assigns the row (`note_assigns`), a line that assigns the work
(`sentence_attributes`) and a sentence that leads a list (`lead_in`)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.clauses import clauses
from plans.document_import.directing import directed
from plans.document_import.inline import inline_attributes
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.units import (
    body_named,
    folded_same_length,
    is_unit,
    marked_units,
    names_a_person,
    units,
)


def _directing(values: dict[str, str]) -> None:
    """ "Phân công: Đồng chí … chỉ đạo; Hội Nông dân xã chủ trì, …", "Giao:
    đồng chí … trực tiếp chỉ đạo Phòng X chủ trì, …" (read as the official
    for the person it opens on): the comrade given the direction is the
    official, the rest, from the body that "chủ trì", assigns the work."""
    for name in ("lead", "official"):
        rest, person = directed(values.get(name, ""))
        if person:
            values["official"] = person["official"]
            if name == "lead" or not values.get("lead"):
                values["lead"] = rest
            return


# "<body> giao <unit> …" (labels.toml [lead_in] hands_out).
_GIVEN_BY = re.compile(
    r"^(?P<body>[^,;:]{2,60}?)\s+(?P<verb>"
    + label_pattern("lead_in", "hands_out")
    + r")\s+(?P<rest>\S.*)$"
)


def assignment(values: dict[str, str]) -> None:
    """A lead label whose value is itself a sentence ("Giao: Phòng Kinh tế
    chủ trì, phối hợp Trưởng các thôn thực hiện"; "Trách nhiệm: Phòng Văn
    hóa chủ trì; Đoàn Thanh niên phối hợp"): the lead, partners and time it
    states. "Công an xã thực hiện" leads without the verb; the comrade it
    gives the direction to first ("Đồng chí … chỉ đạo; X chủ trì, …") is
    the official (directing.py)."""
    _directing(values)
    lead = values.get("lead", "")
    given = _GIVEN_BY.match(folded := folded_same_length(lead))
    if (
        given
        # As written, lower case and with no tone: "Phòng Giao dịch",
        # "Ban Tuyên giáo" hand nothing out.
        and lead[given.start("verb") : given.end("verb")]
        == folded[given.start("verb") : given.end("verb")]
        and lead[given.start("rest")].isupper()
        and is_unit(lead[: given.end("body")])
    ):
        # "Đơn vị thực hiện: Đảng ủy giao UBND xã chủ trì": the body that
        # hands the work out does not lead it.
        lead = values["lead"] = lead[given.start("rest") :]
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
        stated = clauses(lead.rstrip(". "))
        # "Phòng Văn hóa - Xã hội; phối hợp Ủy ban MTTQ …": the unit named
        # before the partners, with no verb of its own, leads.
        first = re.match(r"^(?P<u>[^;]{3,120}?)\s*[;,]\s*(?=phoi hop\b)", folded)
        if not stated.get("lead") and first and is_unit(lead[: first.end("u")]):
            stated = clauses(lead[first.end() :].rstrip(". "))
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
    return clauses(text.rstrip(". "))


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
        stated = clauses(core)
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


# A verb of doing that closes an item's assignment (labels.toml [lead_in]
# verbs), nothing after it: "… phối hợp các đoàn thể thực hiện;".
_CLOSED_BY_DOING = re.compile(
    r"\s(?:" + label_pattern("lead_in", "verbs") + r")\s*[.;,]?\s*$"
)


def item_assignment(text: str) -> dict[str, str]:
    """An item that only assigns the work it stands under: "a) Tuyên truyền
    trên hệ thống truyền thanh …:" over "- Giao Ủy ban MTTQ xã chủ trì, phối
    hợp các đoàn thể chính trị - xã hội thực hiện;" → its lead and partners.
    {} when the sentence goes on to a work of its own ("Giao Phòng X chủ trì
    làm mới 2 km đường …" is a task)."""
    if not _CLOSED_BY_DOING.search(fold(text)):
        return {}
    return sentence_attributes(text)
