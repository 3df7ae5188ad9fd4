"""How a person is addressed before the name ("đồng chí", "đ/c", "ông",
"bà", "anh", "chị", "cô", "chú"): one list, labels.toml [comrades]
address, as written, that every reader of a person uses
(units.without_honorific and names_a_person, persons.person_and_post,
comrades.py, topic_tasks.py, chat_message.py).
The comrade's words (`comrade`) go before a post as well as a name ("đồng
chí Phó Chủ tịch UBND xã"); the others, titles, only before a
capitalised name ("anh em" is no one's title)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.labels import LABELS

_WORDS: list[str] = LABELS["comrades"]["address"]
_COMRADE_WORDS: list[str] = LABELS["comrades"]["comrade"]
_TITLE_WORDS = [w for w in _WORDS if w not in _COMRADE_WORDS]


def _alternation(words, folded: bool = False) -> str:
    """The words as a regex alternation, longest first: the spaces any
    run of spaces, a slash with spaces around it or not ("đ / c")."""
    words = sorted({fold(w) if folded else w for w in words}, key=len, reverse=True)
    return "|".join(
        r"\s*/\s*".join(
            r"\s+".join(map(re.escape, part.split())) for part in w.split("/")
        )
        for w in words
    )


# As written (match with re.IGNORECASE): every way, the comrade's, the titles.
WRITTEN = _alternation(_WORDS)
WRITTEN_COMRADE = _alternation(_COMRADE_WORDS)
WRITTEN_TITLES = _alternation(_TITLE_WORDS)
# "Ông", "ông", "Anh", "anh" …: a title whose first letter is either case.
TITLES_EITHER_CASE = "|".join(
    f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
    for w in sorted(_TITLE_WORDS, key=len, reverse=True)
)
# Folded (ntm.text.fold, units.folded_same_length).
FOLDED = _alternation(_WORDS, folded=True)
FOLDED_COMRADE = _alternation(_COMRADE_WORDS, folded=True)
_FOLDED_TITLE = re.compile(rf"^(?:{_alternation(_TITLE_WORDS, folded=True)})\s+")


def title_before_lower_case(text: str, folded: str) -> bool:
    """Whether `text` (`folded` its folded_same_length) opens on a title
    that no capitalised word follows ("chi hội …", "anh em …"): no way of
    addressing a person."""
    m = _FOLDED_TITLE.match(folded)
    return bool(m) and not text[m.end() : m.end() + 1].isupper()
