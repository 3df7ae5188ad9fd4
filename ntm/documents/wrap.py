"""The lines of a narrow table cell joined back into its text.

A PDF keeps the lines a word processor wrapped a cell's text onto, not the
text: the reader gets "Xó" / "m" / "Đô" / "ng" for "Xóm Đông" where a word
was wider than its column and the word processor cut it anywhere, "31/10/" /
"2027" where it broke a date after a separator, "Phòng Kinh" / "tế" where it
wrapped between two words. `glue` says what goes between two lines: nothing
where one word or number was cut, a space where two were wrapped.

A cut inside a word is known from Vietnamese's syllables: every syllable has
one shape (an onset consonant or cluster, a vowel nucleus, a final consonant
or semivowel, one tone mark at most), so a line that ends or starts with a
fragment no syllable has ("m", "ng", "Tr", "Tâ") next to one that makes a
syllable with it ("Xóm", "Trại", "Tây") was cut inside the word. Two
fragments that are each a syllable ("ngư" / "ời", "Khuy" / "ến") are read
as one word only when the word could not have fitted on one line of the
cell (`whole_too_wide`): a word processor moves a word that fits to the
next line and cuts only a word wider than its column.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SHARP = {"\u0301", "\u0323"}  # sắc, nặng: the only tones before p, t, c, ch
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx]"
_OPEN = {
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay",
    "âu", "ây", "eo", "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi", "ua", "uê",
    "ui", "uy", "ưa", "ưi", "ưu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya",
    "uyu", "ươi", "ươu", "iêu", "yêu", "uơ",
}  # fmt: skip
# The final consonants each nucleus takes.
_CLOSED = {
    "a": "c ch m n ng nh p t",
    "ă": "c m n ng p t",
    "â": "c m n ng p t",
    "e": "c m n ng p t",
    "ê": "ch m n nh p t",
    "i": "ch m n nh p t",
    "o": "c m n ng p t",
    "oo": "c ng",
    "ô": "c m n ng p t",
    "ơ": "m n p t",
    "u": "c m n ng p t",
    "ư": "c m n ng t",
    "oa": "c ch m n ng nh p t",
    "oă": "c m n ng t",
    "oe": "n t",
    "uâ": "n ng t",
    "uê": "ch nh n",
    "uy": "ch nh n p t",
    "iê": "c m n ng p t",
    "yê": "m n ng t",
    "uô": "c m n ng t",
    "ươ": "c m n ng p t",
    "uyê": "n t",
}
_RHYMES = _OPEN | {
    nucleus + final for nucleus, finals in _CLOSED.items() for final in finals.split()
}
_SYLLABLE = re.compile(
    f"^(?:{_ONSET})?(?:{'|'.join(sorted(_RHYMES, key=len, reverse=True))})$"
)


def syllable(word: str) -> bool:
    """Whether `word` is one Vietnamese syllable as written: an optional
    onset, a rhyme Vietnamese has, one tone mark at most, and only the
    sắc or nặng tone before a final p, t, c or ch. A bare "i" is none
    (with no onset the vowel is written "y")."""
    if not word or not word.isalpha():
        return False
    marks = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in marks if ch in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in marks if ch not in _TONES))
    if bare == "gi":  # "gì": the onset's i is the nucleus
        return True
    if bare == "i" or not _SYLLABLE.match(bare):
        return False
    # "hình" but no "hìnc": a stop takes the sắc or nặng tone.
    stop = re.search(r"(?:p|t|c|ch)$", bare)
    return not (stop and tones and tones[0] not in _SHARP)


_LETTERS = re.compile(r"[^\W\d_]+$")
_FIRST_LETTERS = re.compile(r"^[^\W\d_]+")
# A date or period broken after its separator: "31/10/", "15/6/", "Quý II/",
# "tháng 12/", "31.12." (a dash, "30-6-", is a hyphen's case).
_DATE_HEAD = re.compile(r"(?:\d|\b[IVX]{1,4})/$|\b\d{1,2}\.\d{1,2}\.$")
# A year cut by the column: "30/11/202" / "4", "Quý II/202" / "7".
_YEAR_HEAD = re.compile(r"(?:\d|\b[IVX]{1,4})/\d{1,3}$")
# What is written against the word before it: "%", "²", a closing bracket
# or a punctuation mark; and after an opening bracket or quotation mark.
_CLOSING = re.compile(r"^[%²³)\]}”’,;:.!?]")
_OPENING = re.compile(r"[(\[{“‘]$")


def _cut_word(before: str, after: str, whole_too_wide: bool) -> bool:
    """`before`'s last letters and `after`'s first letters are one word cut
    by the line's end."""
    tail, head = _LETTERS.search(before), _FIRST_LETTERS.search(after)
    if not tail or not head:
        return False
    a, b = tail.group(), head.group()
    if tail.start() and not before[tail.start() - 1].isspace():
        return False  # "GD-" or "(Xó": not a word's start
    if b[:1].isupper() and not a.isupper():
        return False  # "Hòa" / "Bình": a new word starts with its capital
    if syllable(a + b):
        return not (syllable(a) and syllable(b)) or whole_too_wide
    # An abbreviation cut in a column too narrow for four letters: "ĐV" /
    # "T", "S" / "T" / "T".
    return (
        whole_too_wide
        and a.isupper()
        and b.isupper()
        and len(a + b) <= 4
        and not any(syllable(w) for w in (a, b))
    )


def glue(before: str, after: str, *, whole_too_wide: bool = False) -> str:
    """What goes between a cell's line `before` (the text so far) and its
    next line `after`: "" where a word, a number or a date was cut, else a
    space. `whole_too_wide`: the word across the break (the last word of
    `before`'s line and the first of `after`) is wider than any line of the
    cell, so it may have been cut anywhere."""
    if re.search(r"\w-$", before):  # "GDNN-" / "GDTX", "30-6-" / "2027"
        return ""
    if after[:1].isdigit() and (_DATE_HEAD.search(before) or _YEAR_HEAD.search(before)):
        return ""
    if after[:1] == "/" and re.search(r"(?:\d|\b[IVX]{1,4})$", before):
        return ""  # "31/10" / "/2027"
    if _CLOSING.match(after) or _OPENING.search(before):
        return ""
    # A number wider than its column: "30" / "0", "1.05" / "0".
    number, rest = re.search(r"\d[\d.,]*$", before), re.match(r"\d+(?=\s|$)", after)
    if whole_too_wide and number and rest and len(rest.group()) < len(number.group()):
        return ""
    # A row's number cut digit by digit in a column too narrow for two:
    # "1" / "0" for 10, "1" / "3" for 13.
    if (
        whole_too_wide
        and re.fullmatch(r"\d", before)
        and re.fullmatch(r"\d{1,2}", after)
    ):
        return ""
    if _cut_word(before, after, whole_too_wide):
        return ""
    return " "


# What a word processor leaves between a cell's border and its text, both
# sides, at most (Word and LibreOffice: 0.19 cm each side).
CELL_PADDING = 12.0


def join_lines(
    lines: list[str],
    widths: list[list[tuple[float, float]]] | None = None,
    cell: float = 0.0,
) -> str:
    """The text of a cell from its lines; `widths`, when known, each line's
    words as (x0, x1), and `cell`, the cell's width, tell where the word
    across a break could not have fitted on one line of the cell: wider
    than every line of it and than the cell less its padding (see
    `glue`)."""
    text = ""
    tail = 0.0  # the width of the text's last word
    widest = 0.0
    if widths:
        widest = max(w[-1][1] - w[0][0] for w in widths if w)
        widest = max(widest, cell - CELL_PADDING)
    for index, line in enumerate(lines):
        words = widths[index] if widths else []
        if not text:
            text = line
            tail = words[-1][1] - words[-1][0] if words else 0.0
            continue
        first = words[0][1] - words[0][0] if words else 0.0
        wide = bool(words) and tail + first > widest
        between = glue(text, line, whole_too_wide=wide)
        text += between + line
        last = words[-1][1] - words[-1][0] if words else 0.0
        tail = tail + first if not between and len(words) == 1 else last
    return text
