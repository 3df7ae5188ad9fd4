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
from plans.document_import.addressed import WRITTEN_COMRADE, WRITTEN_TITLES
from plans.document_import.labels import BODY_KINDS
from plans.document_import.units import (
    ORG_WORDS,
    folded_same_length,
    names_a_body,
    without_honorific,
)

_NAMES = tomllib.loads(Path(__file__).with_name("family_names.toml").read_text("utf-8"))
FAMILIES = frozenset(unicodedata.normalize("NFC", n) for n in _NAMES["families"])
OPENINGS = frozenset(_NAMES["openings"])
PREFIXES = tuple(_NAMES["prefixes"])
# A rank or title before a name (folded): "Thiếu tá", "già làng", "bác sĩ".
_TITLE = re.compile(
    r"^(?:" + "|".join(re.escape(t) for t in _NAMES["titles"]) + r")\.?\s+(?=[^\W\d_])"
)
# The first words of a body's or a place's name written in capitals ("Ban
# Chỉ Huy Quân Sự Xã", "Buôn Ea Sar", "Ấp Sóc Xoài", "Câu Lạc Bộ Dân
# Ca"): no family name.
_PLACE = re.compile(
    r"^(?:buon|ban|bon|plei|lang|ap|soc|xom|thon|khu|to|xa|phuong|huyen|tinh"
    r"|thi tran|thanh pho|quan|chi doan|chi hoi|cau lac bo|clb|nhom|doi|nha"
    r"|benh vien|cum|vung|duong|song|nui)\b"
)

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
_ADDRESS_AT_END = re.compile(
    rf"(?:^|\s)(?:(?:{WRITTEN_COMRADE})\.?|{WRITTEN_TITLES})\s*$", re.IGNORECASE
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
    if opening := _opening_name(text):
        return opening
    for word in _WORD.finditer(text):
        words = _capitalised_run(text, word.start())
        before = text[: word.start()]
        if (
            _is_a_name(words)
            and not text[words[-1].end() :].strip(" .)")
            and (
                (len(words) >= 3 and not _named_by_kind(text, before))
                or _SEPARATOR_AT_END.search(before)
                or _ADDRESS_AT_END.search(before)
            )
        ):
            return _joined(text, words), _post(_ADDRESS_AT_END.sub("", before))
    return "", text


def _named_by_kind(text: str, before: str) -> bool:
    """Whether capitalised words after a body's or place's kind, all in
    capitals too, are its name ("Câu Lạc Bộ Dân Ca", "Buôn Ea Sar"), not a
    person after a post ("Trưởng bản Lò Văn Pọm")."""
    return bool(_PLACE.match(fold(text))) and all(
        w[:1].isupper() for w in before.split()
    )


def is_a_person(text: str) -> bool:
    """Whether `text` opens on a person's name, after a title of address,
    rank or title if any ("Điểu K'Lưm", "Thiếu tá Sơn Hoàng Phúc - Trưởng
    Công an xã", "già làng A Brếp"): a person where a body was expected,
    the task's official. A body ("Chi đoàn thôn", "Đoàn Thanh Niên Xã") or
    a post before a name ("Phó Chủ tịch UBND xã Nguyễn Văn Bình") is not."""
    opening = _opening_name(without_honorific(text))
    # "Phòng Kinh tế (đ/c …)" is written the person first as an official,
    # but it is the body that leads.
    return opening is not None and opening[0] in text.split("(")[0]


def _opening_name(text: str) -> tuple[str, str] | None:
    """(name, post) of a text that opens on a name, after its rank or title
    if any, the post after a separator; None for any other text."""
    if _WORD.fullmatch(text) and text.istitle() and not text.isupper():
        return text, ""
    title = _TITLE.match(folded_same_length(text))
    start = title.end() if title else 0
    words = _capitalised_run(text, start)
    if not words or not _SEPARATED.match(text, words[-1].end()):
        return None
    if title and len(words) in range(1, _NAME_LENGTH[-1] + 1):
        after = _post(text[words[-1].end() :])
        return _joined(text, words), after or text[:start].strip()
    if _is_a_name(words) or _shaped_like_a_name(text, words):
        return _joined(text, words), _post(text[words[-1].end() :])
    return None


def _shaped_like_a_name(text: str, words: list[re.Match]) -> bool:
    """Two to four capitalised words of no family `family_names.toml`
    knows, opening the text, that name no body or place and hold no
    abbreviation ("Ksor Nhoai", "Chau Sóc Khon")."""
    name = _joined(text, words)
    folded = fold(name)
    return (
        len(words) in range(2, 5)
        and not any(w.group().isupper() and len(w.group()) > 1 for w in words)
        and not re.match(BODY_KINDS, folded)
        and not ORG_WORDS.match(folded)
        and not _PLACE.match(folded)
        and not names_a_body(folded)
    )


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
    joined = fold(" ".join(w.group() for w in words))
    if names_a_body(joined):
        return False  # "Đoàn Thanh Niên Xã", "Hội Nông Dân"
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
