"""A capital letter of Vietnamese, for the readers that tell a name or a
sentence's start by it: A-Z, Đ and the marked capitals (À, Ế, Ỹ, Ơ, Ư …).

The range À-Ỹ is no such class: Latin-1 and Unicode's Vietnamese block
alternate capitals and small letters, so "[A-ZĐÀ-Ỹ]" also holds à, ế, ỹ
and every other lower-case marked letter. `CAPITAL` spells the capitals
out instead; `is_capital` tests one character."""

from __future__ import annotations

import unicodedata


def _vietnamese_capital(char: str) -> bool:
    """A capital whose letter, its marks set aside, is A-Z (Ă, Ơ, Ế …)."""
    base = unicodedata.normalize("NFD", char)[0]
    return char.isupper() and "A" <= base <= "Z"


# The capitals beyond A-Z and Đ: those of Latin-1 and of Latin Extended
# Additional (U+1EA0-U+1EF9), and Ă, Ơ, Ư, Ĩ, Ũ between them.
_MARKED = "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if _vietnamese_capital(c))
# A regular expression's class of one capital letter.
CAPITAL = f"[A-ZĐ{_MARKED}]"


def is_capital(char: str) -> bool:
    """Whether `char` (one character) is a capital: "Đ", "Ế" yes; "đ", "ế" no."""
    return len(char) == 1 and (char == "Đ" or ("A" <= char <= "Z") or char in _MARKED)
