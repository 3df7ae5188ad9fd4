"""Task attributes in the meaning stage, first step: the labels that name
them ("Chủ trì:", "Thời gian:", labels.toml [attribute]), an attribute
stated on a line of its own (`attribute`), the words of a time
(`TIME_WORDS`), and the numbers and dates they hold (`parse_number`,
`date`). Where attributes are written is read by the modules built on
this one: clauses.py, inline.py, details.py, officials.py, assignments.py."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation

from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import is_a_person
from plans.document_import.units import folded_same_length, names_a_person

# The labels of a task's attributes, in the order they are tried (the
# phrases are data: labels.toml [attribute]).
ATTRIBUTES = [
    (name, label_pattern("attribute", name))
    for name in (
        "leader",
        "official",
        "lead",
        "coordinating",
        "time",
        "method",
        "participants",
        "content",
        "place",
        "budget",
        "product",
        "target",
    )
]


# The labels of who does the work and when; a dash may stand for their
# colon, but not after "Hạn" alone (a place "Hàn" folds to it).
WHO_AND_WHEN = "|".join(
    label_pattern("attribute", name, without=("han",))
    for name in ("official", "lead", "coordinating", "time")
)


# "Chủ trì - Phòng Kinh tế", "Thời gian – Quý II/2027": who and when with
# the dash some offices type for a colon (other labels only with a colon:
# "Nhiệm vụ - giải pháp" is a heading).
_DASHED_ATTRIBUTE = re.compile(
    r"^(?P<label>" + WHO_AND_WHEN + r")\s+[-–]\s+(?P<value>\S.*)$"
)


# The verbs a piece of work starts with (labels.toml [work]).
WORK = re.compile(rf"^(?:{label_pattern('work', 'verbs')})\b")


_ATTRIBUTE = re.compile(
    r"^(?P<label>"
    + "|".join(p for _, p in ATTRIBUTES)
    + r")\s*(?:\([^)]{0,40}\))?\s*:\s*(?P<value>.*)$"
)


# Without a colon, only these, and only where attributes are expected.
_BARE = re.compile(
    r"^(?P<label>thoi gian(?: thuc hien| hoan thanh)?|thoi han|cong chuc tham muu(?: thuc hien)?|phoi hop(?: thuc hien)?(?: voi)?|(?:don vi |co quan )?chu tri(?: thuc hien)?|kinh phi(?: thuc hien)?|hoan thanh)\s+(?P<value>\S.*)$"
)


TIME_WORDS = re.compile(
    r"\b(?:truoc ngay|truoc \d+|truoc tet|cham nhat|quy [ivx]+|thang \d{1,2}|nam \d{4}|thuong xuyen|hang nam|hang quy|hang thang|hoan thanh|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|tu nay|den het|cuoi nam|dau nam|dinh ky)\b"
)


# A figure as officials write it: "3.200", "0,38", "1.245,6" (dots group
# the thousands, a comma marks the decimals).
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"


def parse_number(text: str) -> Decimal | None:
    """ "3.200" → 3200, "0,38" → 0.38, "1.245,6" → 1245.6, "883" → 883."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def date(text: str) -> datetime.date | None:
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def attribute(text: str, *, bare: bool = False) -> tuple[str, str] | None:
    """(name, value) when `text` states an attribute ("Thời gian thực hiện:
    Quý II/2025", "Chủ trì - Phòng Kinh tế"); without a colon only when
    `bare`."""
    folded = folded_same_length(text)
    m = _ATTRIBUTE.match(folded) or _DASHED_ATTRIBUTE.match(folded)
    if m is None and bare:
        m = _BARE.match(folded)
    if m is None:
        return None
    label = " ".join(m.group("label").split())
    for name, pattern in ATTRIBUTES:
        if re.fullmatch(pattern, label):
            # "Chủ trì - Phòng Kinh tế": the dash some offices type for a colon.
            value = re.sub(r"^[-–]\s+", "", text[m.start("value") :].strip())
            if name == "lead" and (names_a_person(value) or is_a_person(value)):
                name = "official"
            if (
                name == "time"
                and label == "hoan thanh"
                and not TIME_WORDS.search(folded[m.start("value") :])
            ):
                return None
            return name, value.rstrip(" .;")
    return None


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def partition_outside_brackets(text: str, mark: str) -> tuple[str, str, str]:
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == mark and depth <= 0:
            return text[:i], mark, text[i + 1 :]
    return text, "", ""
