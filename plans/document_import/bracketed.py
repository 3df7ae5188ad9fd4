"""A person named in brackets at the end of a work (a table's content cell,
a task's sentence): the task's official, no part of its name. The bracket
holds a title or a title of address, as written, a person's name, and
perhaps what the person does (labels.toml [bracketed] titles, [comrades]
address, [follows]):

    "Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà Giang
    (YS Hồ Thị Nga)"
        → ("Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà
           Giang", {"official": "Hồ Thị Nga"})
    "… (BS. Lê Văn An)", "… (Điều dưỡng Hà Thị Dung)", "… (đ/c Nguyễn Văn
    Bảy phụ trách)" → the same, the person's name

A bracket that names no one ("(tiêu chí số 15)", "(khoảng 200 hộ)"), or a
name with no title before it ("(Hồ Chí Minh)": a name may be a place's or
an idea's), or a title's word over no person's name ("(Bà Chúa Xứ)", "(Cổ
Loa Đông Anh)"), stays in the work's name."""

from __future__ import annotations

import re
import unicodedata

from plans.document_import.addressed import WRITTEN, WRITTEN_TITLES
from plans.document_import.comrades import FOLLOWS
from plans.document_import.labels import pattern
from plans.document_import.persons import (
    FAMILIES,
    OPENINGS,
    is_a_person,
    person_and_post,
)
from plans.document_import.units import folded_same_length

# The bracket the text ends on, after the work (at least ten characters of
# it: a bracket alone, or after a word, names no task's official).
_LAST_BRACKET = re.compile(r"(?<=\S)\s*\((?P<inside>[^()]{5,80})\)\s*[.;]?\s*$")

# A title ("YS", "BS.", "Điều dưỡng") or a title of address ("đ/c", "ông")
# before a word, as written, in either case ("Cổ Loa" is no "cô").
_TITLE = re.compile(
    rf"^(?:{pattern('bracketed', 'titles')}|{WRITTEN})\.?\s+(?=[^\W\d_])", re.I
)

# "Ông", "bà", "anh", "chị": titles of address that open a place's or a
# spirit's name as well ("Bà Chúa Xứ"), before a known family's name only.
_ADDRESS_ONLY = re.compile(rf"(?:{WRITTEN_TITLES})\.?\s+", re.I)

# What the person does, after the name ("phụ trách", "trực tiếp theo dõi"),
# over the folded bracket.
_DOES = re.compile(rf"\s+(?:{FOLLOWS})\s*$")


def person_in_brackets(text: str) -> tuple[str, dict[str, str]]:
    """The work without the bracket it ends on, and {"official": the name},
    when the bracket names one person after a title; else (text, {})."""
    m = _LAST_BRACKET.search(text)
    if not m or len(text[: m.start()].strip()) < 10:
        return text, {}
    inside = m.group("inside").strip(" .;,")
    title = _TITLE.match(inside)
    if not title:
        return text, {}
    does = _DOES.search(folded_same_length(inside), title.end())
    who = inside[title.end() : does.start() if does else len(inside)].strip(" ,-–")
    name, post = person_and_post(who)
    if not name or post or name != " ".join(who.split()) or len(name.split()) < 2:
        return text, {}
    if not is_a_person(name) or (
        _ADDRESS_ONLY.fullmatch(title.group())
        and unicodedata.normalize("NFC", name.split()[0]) not in FAMILIES | OPENINGS
    ):
        # "(Bà Chúa Xứ)", "(Ông Ích Khiêm)": a title's word over no name.
        return text, {}
    return text[: m.start()].rstrip(" ,;:-–"), {"official": name}
