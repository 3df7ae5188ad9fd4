"""The words of a task table's column headers, kept as data
(`columns.toml`): the spreadsheet reader finds a sheet's header row by them
and the plan importer (`plans.document_import.table_columns`) gives each
column its role. Here, below both, so that the two never keep lists of their own."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

_DATA = tomllib.loads(Path(__file__).with_name("columns.toml").read_text("utf-8"))


def _alternation(phrases: list[str]) -> str:
    """Longest first, words apart by any space ("s tt", "so  tt")."""
    phrases = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


def _pattern(column: dict) -> str:
    parts = []
    if column.get("whole"):
        parts.append(r"^(?:" + _alternation(column["whole"]) + r")\s*$")
    if column.get("starts"):
        parts.append(r"^(?:" + _alternation(column["starts"]) + r")\b")
    if column.get("has"):
        parts.append(_alternation(column["has"]))
    return "|".join(parts)


# (role, regular expression over a folded header cell), in the order a cell
# is checked: it takes the first role it matches.
COLUMNS: list[tuple[str, str]] = [(c["role"], _pattern(c)) for c in _DATA["column"]]

# Every phrase that names a column, for finding a header row: a cell that
# holds one of them, as words.
HEADER_WORDS: tuple[str, ...] = tuple(
    sorted(
        {
            phrase
            for column in _DATA["column"]
            for kind in ("whole", "starts", "has")
            for phrase in column.get(kind, [])
        }
        | set(_DATA["header_row"]["also"]),
        key=len,
        reverse=True,
    )
)
HEADER = re.compile(r"\b(?:" + _alternation(list(HEADER_WORDS)) + r")\b")


def phrases(role: str) -> list[str]:
    """Every phrase of `role`'s entries, whatever way it matches."""
    return [
        phrase
        for column in _DATA["column"]
        if column["role"] == role
        for kind in ("whole", "starts", "has")
        for phrase in column.get(kind, [])
    ]


# A header's second row under a merged cell: by the merged cell's role,
# (role, regular expression over a folded lower cell) ([under] in
# columns.toml); ".+" for "*", any cell.
UNDER: dict[str, list[tuple[str, str]]] = {
    group: [
        (role, ".+" if words == ["*"] else r"^(?:" + _alternation(words) + r")\s*$")
        for role, words in roles.items()
    ]
    for group, roles in _DATA["under"].items()
}

# The marks of a responsibility matrix and the words of its legend (see
# [marks] in columns.toml).
MARKS: dict[str, list[str]] = _DATA["marks"]
