"""The person a Party or a Front plan names in charge of a task, in a
sentence or a clause of its own (the meaning stage, set f36o):

    "Phân công: Ủy ban nhân dân xã chủ trì; … phối hợp thực hiện. Thời
     gian: Quý II/2027. Đồng chí Phạm Văn Hùng, Phó Bí thư Thường trực Đảng
     ủy trực tiếp chỉ đạo."                           (`after_sentence`)
    "Đ/c Lê Văn Cường - Ủy viên BTV theo dõi, chỉ đạo."  (`person_sentence`,
     a line of its own under the task)
    "Ban Thường trực Ủy ban MTTQ xã: Tổ chức Lễ phát động … vào ngày
     20/11/2027 tại Hội trường UBND xã; giao đồng chí Hoàng Thị Mai - Phó
     Chủ tịch Ủy ban MTTQ xã chuẩn bị nội dung, khách mời."  (`given_to`,
     `place_after_day`)

The person is the task's official as a careful person enters it (the
title of address dropped, units.without_honorific). The words are
labels.toml [comrades]' and [follows]' (the ways of address through
addressed.py), the day's word [prose] day."""

from __future__ import annotations

import re

from plans.document_import.addressed import FOLDED as FOLDED_ADDRESS
from plans.document_import.addressed import title_before_lower_case
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import person_and_post
from plans.document_import.units import folded_same_length, without_honorific

# How the person is addressed ("đồng chí", "đ/c", "ông", "bà"), folded.
# ("anh", "chị" too: labels.toml [comrades] address, addressed.py.)
_ADDRESS = rf"(?:{FOLDED_ADDRESS})\.?\s+"
# What the person does with the task: "trực tiếp chỉ đạo", "phụ trách",
# "theo dõi, chỉ đạo", "chỉ đạo chung" (labels.toml [follows]); inline.py
# reads the same words at the end of a task's last clause.
FOLLOWS = (
    rf"(?:{label_pattern('follows', 'verbs')})"
    rf"(?:\s*(?:,|\bva\b)\s*(?:{label_pattern('follows', 'verbs')}))*"
    rf"(?:\s+(?:{label_pattern('follows', 'tails')}))?"
)
# A sentence that is only the person and what they do with the task.
_SENTENCE = re.compile(rf"^{_ADDRESS}(?P<p>[^;:()]{{3,160}}?)\s+{FOLLOWS}\s*\.?\s*$")
# Where such a sentence starts after another: a full stop, then a capital;
# or a semicolon ("+ Thời hạn: 30/5/2025; đồng chí …, Phó Bí thư theo dõi.").
_FULL_STOP = re.compile(r"[.;]\s+(?=\S)")
# "…; giao đồng chí Hoàng Thị Mai - Phó Chủ tịch … chuẩn bị nội dung.": the
# last clause gives a person a part of the work.
_GIVEN = re.compile(
    rf";\s+(?:{label_pattern('comrades', 'gives')})\s+(?:cho\s+)?"
    rf"(?=(?P<p>{_ADDRESS}[^;:()]{{3,200}}?)\s*\.?\s*$)"
)
# "vào ngày 20/11/2027 tại Hội trường UBND xã": the day, then where.
_PLACE_AFTER_DAY = re.compile(
    rf"\s(?:{label_pattern('comrades', 'on_day')})"
    rf"(?:\s+(?:{label_pattern('prose', 'day')}))?\s+"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
    rf"(?P<at>\s+(?:{label_pattern('comrades', 'at')})\s+"
    # The place ends the text, or its sentence: a full stop, a space, then
    # the next ("… tại Hội trường UBND xã. Đoàn Thanh niên xã chủ trì").
    r"(?P<place>(?:(?!\.\s)[^,;()]){3,80}?))"
    r"(?:\s*\.?\s*$|(?=\.\s))"
)

# A day with words after it, as written: what `_PLACE_AFTER_DAY` needs.
_DAY_THEN_WORDS = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s+[^\W\d_]")


def person_sentence(text: str) -> str:
    """The person a sentence of its own puts in charge of the task ("Đồng
    chí Trần Thị Bích, Đảng ủy viên, Chủ tịch Hội Nông dân xã phụ
    trách."), as entered; "" for any other text."""
    if len(text) > 300:
        return ""
    folded = folded_same_length(text.strip())
    m = _SENTENCE.match(folded)
    if not m or title_before_lower_case(text.strip(), folded):
        return ""
    person = text.strip()[: m.end("p")]
    if not person_and_post(person)[0]:
        return ""
    return without_honorific(person)


# "Giao đ/c Lê Văn Cường": a note that gives the row to a person.
_GIVES_FIRST = re.compile(rf"^(?:{label_pattern('comrades', 'gives')})\s+(?:cho\s+)?")


def note_person(note: str) -> str:
    """The person a table's "Ghi chú" puts in charge of its row ("Đ/c Trần
    Đình Hải phụ trách", "Đồng chí … theo dõi", "Giao đ/c Lê Văn Cường"),
    as entered; "" for a note that names no one ("Phối hợp tổ chức")."""
    text = " ".join(note.split()).strip(" .;")
    if len(text) > 120:
        return ""
    if m := _GIVES_FIRST.match(folded_same_length(text)):
        text = text[m.end() :]
    if person := person_sentence(text):
        return person
    if re.match(_ADDRESS, folded_same_length(text)):
        return person_and_post(text)[0]
    return ""


def note_says_more(note: str) -> bool:
    """Whether a note naming its row's person says more than who, their
    post and what they do ("Anh Lò Văn Thắng, Bí thư Chi đoàn phụ trách,
    phối hợp Hội Nông dân": yes; "Đ/c Trần Đình Hải phụ trách": no)."""
    text = " ".join(note.split()).strip(" .;")
    if m := _GIVES_FIRST.match(folded_same_length(text)):
        text = text[m.end() :]
    if person_sentence(text):
        return False
    post = folded_same_length(person_and_post(text)[1])
    verb = re.search(rf"\b{FOLLOWS}\b", post)
    return bool(verb and post[verb.end() :].strip(" .;,")) or ";" in post


def after_sentence(value: str) -> tuple[str, str]:
    """(the value without it, the person) when a labelled value ends on
    such a sentence or clause ("Quý II/2027. Đồng chí … trực tiếp chỉ đạo",
    "30/5/2025; đồng chí … theo dõi"); (value,
    "") otherwise."""
    folded = folded_same_length(value)
    for cut in _FULL_STOP.finditer(folded):
        if cut.start() and (person := person_sentence(value[cut.end() :])):
            return value[: cut.start()].rstrip(" ,;"), person
    return value, ""


def given_to(text: str) -> tuple[str, dict[str, str]]:
    """The work without the clause it ends on that gives a person part of
    it ("…; giao đồng chí Lý Thị Sen - Chủ tịch Hội chỉ đạo các chi hội
    thực hiện."), and {"official": the person's name, "follows": the
    clause}; (text, {}) when it ends on no such clause."""
    if ";" not in text:
        return text, {}  # NOTE: most sentences; folding each one costs (bench)
    m = _GIVEN.search(folded_same_length(text))
    if not m or m.start() < 10:
        return text, {}
    clause = text[m.start("p") : m.end("p")]
    if title_before_lower_case(clause, folded_same_length(clause)):
        return text, {}
    name = person_and_post(clause)[0]
    if not name:
        return text, {}
    given = text[m.start() :].strip(" ;.")
    return text[: m.start()].rstrip(" ,;"), {
        "official": name,
        "follows": given[:1].upper() + given[1:],
    }


def place_after_day(text: str) -> tuple[str, str]:
    """(the work without it, the place) when the work, or its first
    sentence, ends on its day and then where it is held ("… vào ngày
    20/11/2027 tại Hội trường UBND xã"); (text, "") otherwise."""
    if not _DAY_THEN_WORDS.search(text):
        return text, ""  # NOTE: most sentences (bench)
    m = _PLACE_AFTER_DAY.search(folded_same_length(text))
    if not m or m.start() < 10:
        return text, ""
    return text[: m.start("at")] + text[m.end() :], text[
        m.start("place") : m.end("place")
    ]


def with_person_after(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A labelled line's (name, value) pairs, the person's sentence a value
    ends on taken off it and added as the official (unless the line names
    one)."""
    out, people = [], []
    for name, value in pairs:
        value, person = after_sentence(value)
        out.append((name, value))
        if person:
            people.append(person)
    if people and not any(name == "official" for name, _ in out):
        out.append(("official", people[0]))
    return out
