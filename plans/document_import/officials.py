"""Task attributes in the meaning stage: the official who advises on a
task — the person a bracket after a unit names (`bracket_person`), the
unit and person of an advising unit's value, and the leader in charge
(`advising`)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import attribute
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import is_a_person
from plans.document_import.units import (
    folded_same_length,
    is_unit,
    names_a_person,
    without_honorific,
)

# Where an advising unit's name ends and the person it names starts:
# "Phòng Kinh tế (đ/c Trần Văn Bình – công chức …)", "(công chức Văn hóa -
# Xã hội Lê Thị Mai)", "Phòng Kinh tế, đồng chí …", "Phòng Kinh tế – ông …".
_ADVISER = re.compile(r"(?:cong chuc|can bo|chuyen vien)\s+\w")


_PERSON_AFTER = re.compile(r"\s*[,–-]\s*(?=(?:d\s*/\s*c|dong chi|ong|ba|anh|chi)\s)")


def _addressed(text: str) -> bool:
    """Whether `text` is a person after a title of address: "đ/c …", "ông
    Phạm Văn C", and "anh Lò Văn Pọm", "chị Cầm Thị Ín" (a village's way:
    "anh", "chị" only before a name, "Chi đoàn" is a body)."""
    text = text.strip(" .;")
    return names_a_person(text) or (
        without_honorific(text) != text and is_a_person(without_honorific(text))
    )


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


def bracket_person(inside: str) -> str | None:
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
    if _addressed(inside) or _ADVISER.match(fold(inside)):
        return inside
    return None


def _unit_and_person(lead: str) -> tuple[str, str]:
    """(the unit, the person it names) of an advising unit's value, or ("",
    "") when it names no one; a bracket of a role alone is dropped ("Phòng
    Kinh tế (cán bộ phụ trách)" → the unit and no one)."""
    m = re.fullmatch(r"(?P<u>[^()]{3,120}?)\s*\((?P<p>[^()]{3,200})\)\s*\.?", lead)
    if m:
        person = bracket_person(m.group("p"))
        if person is not None:
            return m.group("u").strip(" ,"), person
        return "", ""
    folded = folded_same_length(lead)
    for cut in _PERSON_AFTER.finditer(folded):
        if cut.start() >= 3 and _addressed(lead[cut.end() :]):
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
