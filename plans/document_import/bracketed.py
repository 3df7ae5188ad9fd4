"""A person named in brackets at the end of a work (a table's content cell,
a task's sentence): the task's official, no part of its name. The bracket
holds a title or a title of address, a name, and perhaps what the person
does (labels.toml [bracketed], [comrades] address):

    "Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà Giang
    (YS Hồ Thị Nga)"
        → ("Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà
           Giang", {"official": "Hồ Thị Nga"})
    "… (BS. Lê Văn An)", "… (Điều dưỡng Hà Thị Dung)", "… (đ/c Nguyễn Văn
    Bảy phụ trách)" → the same, the person's name

A bracket that names no one ("(tiêu chí số 15)", "(khoảng 200 hộ)"), or a
name with no title before it ("(Hồ Chí Minh)": a name may be a place's or
an idea's), stays in the work's name."""

from __future__ import annotations

import re

from plans.document_import.addressed import FOLDED
from plans.document_import.labels import pattern
from plans.document_import.persons import person_and_post
from plans.document_import.units import folded_same_length

# The bracket the text ends on, after the work (at least ten characters of
# it: a bracket alone, or after a word, names no task's official).
_LAST_BRACKET = re.compile(r"(?<=\S)\s*\((?P<inside>[^()]{5,80})\)\s*[.;]?\s*$")

# A title ("YS", "BS.", "Điều dưỡng") or a title of address ("đ/c", "ông")
# before a word, over the folded bracket (the name is checked as written).
_TITLE = re.compile(
    rf"^(?:{pattern('bracketed', 'titles')}|{FOLDED})\.?\s+(?=[^\W\d_])"
)

# What the person does, after the name ("phụ trách", "trực tiếp theo dõi").
_DOES = re.compile(rf"\s+(?:{pattern('bracketed', 'does')})\s*$")


def person_in_brackets(text: str) -> tuple[str, dict[str, str]]:
    """The work without the bracket it ends on, and {"official": the name},
    when the bracket names one person after a title; else (text, {})."""
    m = _LAST_BRACKET.search(text)
    if not m or len(text[: m.start()].strip()) < 10:
        return text, {}
    inside = m.group("inside").strip(" .;,")
    folded = folded_same_length(inside)
    title = _TITLE.match(folded)
    if not title:
        return text, {}
    does = _DOES.search(folded, title.end())
    who = inside[title.end() : does.start() if does else len(inside)].strip(" ,-–")
    name, post = person_and_post(who)
    if not name or post or name != " ".join(who.split()) or len(name.split()) < 2:
        return text, {}
    return text[: m.start()].rstrip(" ,;:-–"), {"official": name}
