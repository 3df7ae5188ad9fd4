"""Text normalisation shared by every model that stores Vietnamese names."""

import unicodedata


def nfc(value: str) -> str:
    """Return `value` NFC-normalised with surrounding whitespace removed.

    Vietnamese typed on phones and pasted from Word arrives in both composed and
    decomposed forms; stored names must compare equal whichever way they came.
    """
    return unicodedata.normalize("NFC", value or "").strip()


def nfc_composed(value: str) -> str:
    """`value` NFC-composed, and nothing else changed (whitespace is kept)."""
    if unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def fold(value: str) -> str:
    """Return a case- and accent-insensitive key for matching names ("Đ" -> "d")."""
    decomposed = unicodedata.normalize(
        "NFD", nfc(value).replace("đ", "d").replace("Đ", "D")
    )
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.casefold().split())


# The apps whose models store what users type.
NFC_APPS = ("villages", "criteria", "plans", "reports")


def nfc_text_fields(sender, instance, **kwargs) -> None:
    """pre_save: store every CharField and TextField of our apps NFC-composed.

    One place for every way text arrives (forms, the admin, imports, services),
    so that "Thụy Hùng" typed decomposed on one keyboard and composed on
    another is the same text for search, matching and uniqueness. Only the
    Unicode form changes: whitespace and everything else are kept as typed.
    (Bulk writes skip signals: the loaders and services that use them call
    nfc() or nfc_composed() themselves.)
    """
    from django.db import models

    for field in sender._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc_composed(value))


# Format characters that text pasted from web pages and e-office systems
# carries and no reader should see: the byte order mark (U+FEFF, also a
# zero-width no-break space) stuck to "KẾ HOẠCH", zero-width spaces and
# joiners (U+200B, U+200C, U+200D, U+2060) after commas, and the soft hyphen
# (U+00AD) a browser may break a word at. Non-breaking spaces and hyphens
# are a space and a hyphen.
_INVISIBLE = {
    "\ufeff": None,
    "\u200b": None,
    "\u200c": None,
    "\u200d": None,
    "\u2060": None,
    "\u00ad": None,
    "\u00a0": " ",
    "\u202f": " ",
    "\u2011": "-",
}
_INVISIBLE_TABLE = str.maketrans(_INVISIBLE)


def visible_text(value: str) -> str:
    """`value` NFC-composed with the invisible format characters removed and
    non-breaking spaces and hyphens made plain: the text every document
    reader gives (ntm.documents). Legacy-encoded text (where U+00AD is the
    letter "ư") is converted before this (ntm.documents.legacy)."""
    return nfc_composed(value.translate(_INVISIBLE_TABLE))
