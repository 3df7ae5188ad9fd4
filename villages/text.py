"""Text normalisation shared by every model that stores Vietnamese names."""

import unicodedata


def nfc(value: str) -> str:
    """Return `value` NFC-normalised with surrounding whitespace removed.

    Vietnamese typed on phones and pasted from Word arrives in both composed and
    decomposed forms; stored names must compare equal whichever way they came.
    """
    return unicodedata.normalize("NFC", value or "").strip()


def fold(value: str) -> str:
    """Return a case- and accent-insensitive key for matching names ("Đ" -> "d")."""
    decomposed = unicodedata.normalize(
        "NFD", nfc(value).replace("đ", "d").replace("Đ", "D")
    )
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.casefold().split())
