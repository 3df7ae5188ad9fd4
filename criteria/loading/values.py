"""Reading one required value as official appendices print it.

The same level is written many ways: "≥ 80%", "≥80 %", ">= 80%", "từ 80% trở
lên", "tối thiểu 80%", "đạt từ 80% trở lên", "100%", "Đạt", "Không", "≤ 24%",
"tối đa 5%", "dưới 10%", "≥ 45 triệu đồng/người/năm", "≥ 95% (≥ 35% nước
sạch)", "Do UBND cấp tỉnh quy định", with footnote marks such as "(*)", "(1)"
or "²". Each is read into a comparator, a number, the unit it names and the
wording as printed. What cannot be read without guessing raises
`ValueUnreadable` with the Vietnamese reason, so that the loader names the row
and saves nothing: a bare "80%" (at least or at most?), a number in words,
two different levels in one cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError

from ntm.numbers import format_number, parse_number
from ntm.text import fold, nfc


class ValueUnreadable(ValueError):
    """The cell's text cannot be read as a required value; str() is the reason."""


@dataclass(frozen=True)
class ParsedValue:
    comparator: str  # criteria.models.Comparator values
    number: Decimal | None = None
    unit: str = ""  # the unit the cell names, "" when none
    text: str = ""  # the wording as printed, footnote marks removed
    marks: tuple[str, ...] = field(default=())  # footnote marks: "*", "1"

    @property
    def label(self) -> str:
        symbol = {"gte": "≥", "lte": "≤", "gt": ">", "lt": "<", "eq": "="}
        if self.comparator in symbol:
            unit = self.unit
            suffix = unit if unit == "%" else f" {unit}" if unit else ""
            return f"{symbol[self.comparator]} {format_number(self.number)}{suffix}"
        return self.text


EMPTY = {"", "-", "–", "—", "…", "..."}

# Footnote marks: "(*)", "(**)", "(1)", "[1]", superscripts, a trailing "*".
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# (m², m³ are units, not marks.)
_MARK = re.compile(
    r"\((\*{1,3}|\d{1,2})\)|\[(\d{1,2})\]|(?<![mM])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
    r"|(\*{1,3})(?=\s*$)"
)

_SYMBOLS = {
    "≥": "gte",
    ">=": "gte",
    "=>": "gte",
    "≤": "lte",
    "<=": "lte",
    "=<": "lte",
    ">": "gt",
    "<": "lt",
    "=": "eq",
}
# Words before the number, on the folded (accent-free, lower-case) text.
_WORDS_BEFORE = [
    (r"(dat )?(tu|toi thieu|it nhat|khong duoi|khong thap hon)", "gte"),
    (r"(toi da|khong qua|khong vuot qua|khong cao hon|duoi hoac bang)", "lte"),
    (r"(duoi|thap hon|nho hon)", "lt"),
    (r"(tren|cao hon|lon hon|hon)", "gt"),
    (r"(bang)", "eq"),
]
_WORDS_AFTER = [(r"trở\s+lên", "gte"), (r"trở\s+xuống", "lte")]

_NUMBER = r"\d[\d.,]*"
_UNIT = r"%|[^\d\s(;,][^(;,]*?"
# An optional comparator, the number, an optional unit, then what follows.
_LEVEL = re.compile(
    rf"^(?P<symbol>≥|>=|=>|≤|<=|=<|>|<|=)?\s*(?P<number>{_NUMBER})\s*"
    rf"(?P<unit>{_UNIT})?\s*(?P<rest>(\(.*\)|;.*|,.*)?)$"
)
_DELEGATED = re.compile(
    r"\btinh\b[^.]*\bquy dinh\b|\bquy dinh cua (ubnd |uy ban nhan dan )?(cap )?tinh\b"
)
_MET = {"dat", "dat chuan", "co", "dat yeu cau"}
_NONE = {"khong", "khong co"}
_NUMBER_WORDS = re.compile(
    r"\b(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|phan tram)\b"
)


def _marks(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without its footnote marks, and the marks ("*", "1")."""
    found = []

    def take(match: re.Match) -> str:
        mark = next(group for group in match.groups() if group)
        found.append(mark.translate(_SUPERSCRIPTS))
        return ""

    cleaned = _MARK.sub(take, text)
    return " ".join(cleaned.split()), tuple(found)


def _number(text: str) -> Decimal:
    try:
        return parse_number(text.rstrip(".,"))
    except ValidationError as error:
        raise ValueUnreadable(f"“{text}” không phải là số") from error


def parse_value(text: str) -> ParsedValue | None:
    """The required value in one cell, or None for an empty cell ("", "–").

    Raises ValueUnreadable (Vietnamese reason) for what it cannot read.
    """
    printed, marks = _marks(nfc(str(text)).replace("\u00a0", " "))
    if printed in EMPTY:
        return None if not marks else ParsedValue("text", text="", marks=marks)
    folded = fold(printed)
    if folded in _MET:
        return ParsedValue("met", text=printed, marks=marks)
    if folded in _NONE:
        return ParsedValue("none", text=printed, marks=marks)
    if _DELEGATED.search(folded) and not re.search(r"\d", printed):
        return ParsedValue("delegated", text=printed, marks=marks)
    comparator, body = None, printed
    for pattern, kind in _WORDS_BEFORE:
        match = re.match(rf"^{pattern}\s+(?=\d)", folded)
        if match:
            comparator, body = kind, printed[match.end() :]
            break
    for pattern, kind in _WORDS_AFTER:
        match = re.search(rf"\s*{pattern}$", body, re.IGNORECASE)
        if match:
            if comparator not in (None, kind):
                raise ValueUnreadable(f"“{printed}” vừa ghi tối thiểu vừa ghi tối đa")
            comparator, body = kind, body[: match.start()].rstrip()
            break
    match = _LEVEL.match(body)
    if match is None:
        if _NUMBER_WORDS.search(folded) and not re.search(r"\d", printed):
            raise ValueUnreadable(
                f"“{printed}” ghi mức bằng chữ; hãy ghi bằng số, ví dụ “≥ 80%”"
            )
        if re.search(r"\d", printed):
            raise ValueUnreadable(
                f"không đọc được mức yêu cầu “{printed}” (ví dụ cách ghi: “≥ 80%”, "
                "“từ 80% trở lên”, “≤ 5%”, “Đạt”)"
            )
        # Wording without a level: judged by the commune against the text.
        return ParsedValue("text", text=printed, marks=marks)
    symbol = match["symbol"]
    if symbol and comparator and _SYMBOLS[symbol] != comparator:
        raise ValueUnreadable(f"“{printed}” ghi hai phép so sánh khác nhau")
    comparator = _SYMBOLS[symbol] if symbol else comparator
    number = _number(match["number"])
    unit = re.sub(r"\s*/\s*", "/", " ".join((match["unit"] or "").split()))
    if "%" in unit and not unit.startswith("%"):
        # "8o%": a letter typed for a digit, not a unit.
        raise ValueUnreadable(
            f"không đọc được mức yêu cầu “{printed}” (ví dụ cách ghi: “≥ 80%”, "
            "“từ 80% trở lên”, “≤ 5%”, “Đạt”)"
        )
    if comparator is None:
        if unit == "%" and number == 100:
            # "100%": every household, road, village; nothing is above it.
            comparator = "gte"
        else:
            shown = f"{match['number']}{unit if unit == '%' else ' ' + unit}".strip()
            raise ValueUnreadable(
                f"“{printed}” không ghi rõ là tối thiểu hay tối đa; hãy ghi "
                f"“≥ {shown}”, “từ {shown} trở lên” hoặc “≤ {shown}”"
            )
    return ParsedValue(comparator, number=number, unit=unit, text=printed, marks=marks)


def units_agree(declared: str, found: str) -> bool:
    """Whether a unit printed in a cell fits the indicator's unit: "%" with
    "%", "triệu đồng" with "triệu đồng/người/năm"; no unit fits anything."""
    if not declared or not found:
        return True
    a, b = fold(declared).replace(" ", ""), fold(found).replace(" ", "")
    return a == b or a.startswith(b) or b.startswith(a)
