"""A paragraph that gives a task to a unit that does it and to a person in
charge of it, with no "chủ trì" (the meaning stage, `charge`):

    "Giao Phó Giám đốc Nguyễn Văn Tâm phụ trách; Tổ Kỹ thuật thực hiện,
     phối hợp Trung tâm Dịch vụ nông nghiệp xã. Thời gian: tháng 11 -
     tháng 12/2025."
    "Tổ xây dựng thôn thực hiện, Trưởng thôn Hoàng Văn Sình phụ trách,
     phối hợp các hộ hưởng lợi. Thời gian: hoàn thành trước 30/6/2026."
    "Phụ trách: đ/c Phạm Thị Lan, Chi hội trưởng; Chi hội Phụ nữ thôn
     thực hiện, phối hợp Đoàn Thanh niên xã."

The unit that "thực hiện" leads (not the person), the person who "phụ
trách" (or "theo dõi", "chỉ đạo") is the official, the units after "phối
hợp" are the partners, the sentence or clause that states a time is the
time. The words are labels.toml [charge]'s."""

from __future__ import annotations

import re

from plans.document_import.attributes import TIME_WORDS, attribute
from plans.document_import.capitals import CAPITAL
from plans.document_import.labels import LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import person_and_post
from plans.document_import.units import (
    folded_same_length,
    is_unit,
    names_a_person,
    without_honorific,
)

_WORDS = LABELS["charge"]
# "Giao", "Giao cho" before the first clause; the labels of the person in
# charge ("Người phụ trách:") and of the unit that does the work ("Đơn vị
# thực hiện:").
_GIVES = re.compile(rf"^(?:{label_pattern('charge', 'gives')})\s+")
_PERSON_LABEL = re.compile(rf"^(?:{label_pattern('charge', 'person_labels')})\s*:\s*")
_UNIT_LABEL = re.compile(rf"^(?:{label_pattern('charge', 'unit_labels')})\s*:\s*")
_IN_CHARGE = re.compile(rf"\s+(?:{label_pattern('charge', 'in_charge')})$")
_DOES = re.compile(rf"\s+(?:{label_pattern('charge', 'does')})$")
_PARTNERS = re.compile(r"^phoi hop(?:\s+voi)?\s+")


def _sentences(text: str) -> list[str]:
    """The clauses of `text`: cut at ";" and at a full stop before a capital."""
    return [
        piece.strip(" .,")
        for part in re.split(r";\s*", text)
        for piece in re.split(rf"\.\s+(?={CAPITAL})", part)
        if piece.strip(" .,")
    ]


def _person(text: str) -> str:
    """The person `text` names ("Phó Giám đốc Nguyễn Văn Tâm", "đ/c Phạm
    Thị Lan, Chi hội trưởng") as a careful person enters it, or ""."""
    text = text.strip(" ,.")
    name = person_and_post(text)[0] or person_and_post(text.split(",")[0])[0]
    if not name and not names_a_person(text):
        return ""
    return without_honorific(text)


def charge(text: str) -> dict[str, str]:
    """The lead, official, partners and time a paragraph of the kind this
    module reads states; {} when it names no unit that does the work and
    no person in charge of it."""
    if len(text) > 400:
        return {}
    found: dict[str, str] = {}
    for k, sentence in enumerate(_sentences(text)):
        folded = folded_same_length(sentence)
        if k == 0 and (m := _GIVES.match(folded)):
            sentence, folded = sentence[m.end() :], folded[m.end() :]
        if (m := _PERSON_LABEL.match(folded)) and "official" not in found:
            person = _person(sentence[m.end() :])
            if not person:
                return {}
            found["official"] = person
            continue
        if m := _UNIT_LABEL.match(folded):
            sentence, folded = sentence[m.end() :], folded[m.end() :]
            labelled = True
        else:
            labelled = False
        stated = attribute(sentence, bare=True)
        if stated and stated[0] == "time":
            found.setdefault("time", stated[1])
            continue
        if _pieces(sentence, folded, found, labelled):
            continue
        if not TIME_WORDS.search(folded):
            # A clause that states the work, not who does it: the line is
            # the work itself ("Trồng 300 m hàng rào (Hội CCB xã thực
            # hiện; …)"), no paragraph that gives it.
            return {}
        found.setdefault("time", sentence)
    if not (found.get("lead") and found.get("official")):
        return {}
    return found


def _pieces(sentence: str, folded: str, found: dict[str, str], labelled: bool) -> bool:
    """Reads a clause's pieces between commas into `found`: the unit that
    does the work, the person in charge, the partners (from "phối hợp" on,
    the rest of the clause). Whether it read any."""
    starts = [0] + [m.end() for m in re.finditer(r",\s*", sentence)]
    ends = [m.start() for m in re.finditer(r",\s*", sentence)] + [len(sentence)]
    read = False
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        piece, fpiece = sentence[start:end], folded[start:end]
        if m := _PARTNERS.match(fpiece):
            found.setdefault("coordinating", sentence[start + m.end() :].strip(" ,."))
            return True
        if (m := _IN_CHARGE.search(fpiece)) and "official" not in found:
            person = _person(piece[: m.start()])
            if person:
                found["official"] = person
                read = True
                continue
        unit = piece
        if m := _DOES.search(fpiece):
            unit = piece[: m.start()]
        elif not (labelled and i == 0):
            continue
        if (
            "lead" not in found
            and unit[:1].isupper()
            and not re.search(r"[()]", unit)
            and is_unit(unit)
            and not names_a_person(unit)
        ):
            found["lead"] = unit.strip(" ,")
            read = True
    return read
