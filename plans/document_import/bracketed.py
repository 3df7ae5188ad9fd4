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
# A time after it, past a comma ("… (Hồ Thị Nga - YS), hoàn thành trước
# 30/6/2026."), stays the sentence's (folded; labels.toml [bracketed] times).
_LAST_BRACKET = re.compile(
    r"(?<=\S)\s*\((?P<inside>[^()]{5,80})\)"
    rf"(?P<tail>\s*,\s*(?:{pattern('bracketed', 'times')})\b[^()]{{0,60}}?)?"
    r"\s*[.;]?\s*$"
)

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
    m = _LAST_BRACKET.search(folded_same_length(text))
    if not m or len(text[: m.start()].strip()) < 10:
        return text, {}
    inside = text[m.start("inside") : m.end("inside")].strip(" .;,")
    # The time after the bracket, kept: "…, hoàn thành trước 30/6/2026."
    tail = text[m.start("tail") : m.end("tail")] if m.group("tail") else ""
    title = _TITLE.match(inside)
    if not title:
        # "(Hồ Thị Nga - YS)", "(Nông Thị Huệ, nữ hộ sinh)": the name first.
        name = name_first(inside)
        if not name:
            return text, {}
        return text[: m.start()].rstrip(" ,;:-–") + tail, {"official": name}
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
    return text[: m.start()].rstrip(" ,;:-–") + tail, {"official": name}


# The post after a name a bracket opens on: a title as written ("YS"), or
# a few words in lower case that open on a post ("nữ hộ sinh", "cán bộ địa
# chính xã"), never on a place ("đoạn qua thôn Đông": the street "Lê Lợi";
# labels.toml [bracketed] posts, places).
_POST_AFTER = re.compile(
    rf"^(?:(?:{pattern('bracketed', 'titles')})\.?"
    rf"|(?!(?:{pattern('bracketed', 'places')})\b)"
    rf"(?:{pattern('bracketed', 'posts')})\b[^()]{{0,50}})$"
)


def name_first(inside: str) -> str:
    """The person a bracket names first, his post after a dash or a comma
    ("Hồ Thị Nga - YS", "Nguyễn Văn An, cán bộ địa chính xã", "… phụ
    trách" after it dropped); "" for any other bracket ("thôn Cổ Loa",
    "Hồ Chí Minh", "Trạm Y tế xã")."""
    does = _DOES.search(folded_same_length(inside))
    inside = inside[: does.start() if does else len(inside)].strip(" ,-–")
    m = re.match(r"^(?P<name>[^,()\-–]{5,40}?)\s*(?:,|\s[-–])\s*(?P<post>.+)$", inside)
    if not m:
        return ""
    name = " ".join(m.group("name").split())
    if (
        len(name.split()) < 2
        or unicodedata.normalize("NFC", name.split()[0]) not in FAMILIES
        or not is_a_person(name)
        or person_and_post(name)[0] != name
        or not _POST_AFTER.match(m.group("post").strip(" .;"))
    ):
        return ""
    return name
