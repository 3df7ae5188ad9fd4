"""The responsibility labels and the words of work kept as data
(`labels.toml`), as regular expressions over folded text. A table's column
headers are `ntm.documents.columns`."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

LABELS: dict[str, dict[str, list[str]]] = tomllib.loads(
    Path(__file__).with_name("labels.toml").read_text("utf-8")
)


def pattern(kind: str, name: str) -> str:
    """An alternation of the phrases of `labels.toml` [kind] name, longest
    first so that "don vi chu tri" wins over "chu tri"."""
    phrases = sorted(LABELS[kind][name], key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
