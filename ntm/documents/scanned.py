"""Text typed or recognised from a scan: the words held apart by two or three
spaces everywhere ("ĐẢNG   BỘ  TỈNH  NGHỆ  AN"), a heading letter-spaced
("K Ế  H O Ạ C H").

Such a text is known by its share of lines with a doubled space between two
words; in it a run of two or three spaces is one space, while a wider run
still holds the header's two columns apart (`text._beside`), and a line of
single letters is read as the words its wider gaps part.
"""

from __future__ import annotations

import re

# A run of two or three spaces between two words; a wider one is a column gap.
_DOUBLED = re.compile(r"(?<=\S) {2,3}(?=\S)")
# A line of single letters, its words parted by two spaces or more.
_LETTERS = re.compile(r"^\S(?: \S)+(?: {2,}\S(?: \S)*)*$")
# The share of lines of several words that must show a doubled space.
SHARE = 0.4
# Too few lines of several words to tell.
FEWEST = 8


def _letter_spaced(line: str) -> str:
    stripped = line.strip()
    if not _LETTERS.match(stripped) or not any(c.isalpha() for c in stripped):
        return line
    lead = line[: len(line) - len(line.lstrip())]
    words = re.split(r" {2,}", stripped)
    return lead + " ".join(word.replace(" ", "") for word in words)


def is_scanned(lines: list[str]) -> bool:
    """Whether most lines of several words hold them apart by doubled spaces."""
    worded = [line for line in lines if len(line.split()) >= 3]
    if len(worded) < FEWEST:
        return False
    doubled = sum(1 for line in worded if _DOUBLED.search(line.strip()))
    return doubled >= SHARE * len(worded)


def unspaced(lines: list[str]) -> list[str]:
    """The lines with single spaces between words, when the text is a scan's."""
    if not is_scanned(lines):
        return lines
    out = []
    for line in lines:
        line = _letter_spaced(line)
        lead = line[: len(line) - len(line.lstrip())]
        out.append(lead + _DOUBLED.sub(" ", line.lstrip()))
    return out
