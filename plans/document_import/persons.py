"""The official a task names, as a person: the name and the post (chức vụ)
of "Bùi Văn Hải - Phó Chủ tịch UBND xã, Phó Trưởng ban", so the import
matches the person by name (proposal._official, forms.Directory) and the
measure compares persons (quality.official_key), while the task keeps the
text as written. A name is two to five capitalised words opened by a family
name of `family_names.toml`; a lone capitalised word ("Đ/c Hà") is a given
name."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from ntm.text import fold
from plans.document_import.units import without_honorific

_NAMES = tomllib.loads(Path(__file__).with_name("family_names.toml").read_text("utf-8"))
FAMILIES = frozenset(unicodedata.normalize("NFC", n) for n in _NAMES["families"])
OPENINGS = frozenset(_NAMES["openings"])
PREFIXES = tuple(_NAMES["prefixes"])

# A word as written: "Hải", "Êban", "H’Mai", "UBND".
_WORD = re.compile(r"[^\W\d_][\w’']*")
_SPACE = re.compile(r"[ \t]+")
# What may stand between a name and its post: a dash, a comma, a colon, a
# bracket ("Trần Thị Cúc (Phó Chủ tịch)"), or nothing, the text's end.
_SEPARATED = re.compile(r"\s*(?:[-–—,:;(]|$)")
# What may stand before a name written after its post: a dash, a comma, a
# colon, a bracket, a title of address ("… - đ/c Lò Văn Sơn"; no part of
# the post).
_SEPARATOR_AT_END = re.compile(r"[-–—,:;(]\s*$")
TITLES = "|".join(r"\s+".join(map(re.escape, t.split())) for t in _NAMES["titles"])
_ADDRESS_AT_END = re.compile(
    rf"(?:^|\s)(?:đồng chí|đ\s*/\s*c\.?|ông|bà|{TITLES})\s*$", re.IGNORECASE
)
# A title of address or of the village before a name ("già làng A Brếp").
_TITLE_AT_START = re.compile(
    rf"^(?:đồng chí|đ\s*/\s*c\.?|ông|bà|{TITLES})\s+", re.IGNORECASE
)
_NAME_LENGTH = range(2, 6)


def person_and_post(official: str) -> tuple[str, str]:
    """(name, post) of an official as written, without the title of address:

        "Lê Văn Nam – công chức Nông nghiệp" → ("Lê Văn Nam", "công chức Nông nghiệp")
        "Phó Chủ tịch UBND xã Nguyễn Văn Bình" → ("Nguyễn Văn Bình", "Phó Chủ tịch UBND xã")
        "đồng chí Trần Thị Cúc (Phó Chủ tịch)" → ("Trần Thị Cúc", "Phó Chủ tịch")
        "Công chức Địa chính - Xây dựng" → ("", "Công chức Địa chính - Xây dựng")
        "Đ/c Hà" → ("Hà", "")

    A name after the post needs a separator or a title of address before
    it, or three words: "Trưởng thôn Đoàn Kết" names a village."""
    text = without_honorific(official)
    if _WORD.fullmatch(text) and text.istitle() and not text.isupper():
        return text, ""
    words = _capitalised_run(text, 0)
    if _is_a_name(words) and _SEPARATED.match(text, words[-1].end()):
        return _joined(text, words), _post(text[words[-1].end() :])
    for word in _WORD.finditer(text):
        words = _capitalised_run(text, word.start())
        before = text[: word.start()]
        if (
            _is_a_name(words)
            and not text[words[-1].end() :].strip(" .)")
            and (
                len(words) >= 3
                or _SEPARATOR_AT_END.search(before)
                or _ADDRESS_AT_END.search(before)
            )
        ):
            return _joined(text, words), _post(_ADDRESS_AT_END.sub("", before))
    return "", text


def opens_on_a_person(text: str) -> bool:
    """Whether `text` is a person first, written without "đồng chí" or
    "ông": "Y Nhung (Chi hội trưởng)", "già làng A Brếp", "A Hyum", "Lê
    Văn Nam - công chức Nông nghiệp" — not a body that a person follows
    ("Phòng Kinh tế (đ/c Lê Văn Nam)")."""
    name = person_and_post(text)[0]
    rest = _TITLE_AT_START.sub("", text.strip())
    return bool(name) and rest.startswith(name)


def names_official(text: str, official) -> bool:
    """Whether `text` names `official` (villages.Official): the person it
    names has the Official's full name, accents and case aside."""
    name = person_and_post(text)[0]
    return bool(name) and fold(name) == fold(official.full_name)


def _capitalised_run(text: str, start: int) -> list[re.Match]:
    """The capitalised words from `start`, one space apart (at most one more
    than a name holds)."""
    words = []
    position = start
    while len(words) <= _NAME_LENGTH[-1] and (word := _WORD.match(text, position)):
        if not word.group().istitle():
            break
        words.append(word)
        space = _SPACE.match(text, word.end())
        if not space:
            break
        position = space.end()
    return words


def _is_a_name(words: list[re.Match]) -> bool:
    if len(words) not in _NAME_LENGTH:
        return False
    first = unicodedata.normalize("NFC", words[0].group())
    return (
        first in FAMILIES
        or first in OPENINGS
        or (first.startswith(PREFIXES) and len(first) > 2)
    )


def _joined(text: str, words: list[re.Match]) -> str:
    return " ".join(text[words[0].start() : words[-1].end()].split())


def _post(text: str) -> str:
    """The post around a name: no separator at either end, no bracket that
    held it whole ("(Phó Chủ tịch)")."""
    post = text.rstrip(" \t-–—,:;.(").lstrip(" \t-–—,:;.)")
    if post.startswith("(") and post.endswith(")") and post.count("(") == 1:
        post = post[1:-1].strip()
    return post
