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


def composed(compose: dict[str, list[str]], known: set[str]) -> dict[str, list[str]]:
    """The labels [compose] makes of who and what they do ("co quan" +
    "thuong truc" → lead, "thanh vien" + "phu trach" → official, "bo phan" +
    "phoi hop" → coordinating), each also with a tail ("… thuc hien"), less
    those `known` (a phrase of [attribute] keeps its own meaning: "lanh dao
    phu trach" is the leader)."""
    out: dict[str, list[str]] = {"lead": [], "official": [], "coordinating": []}
    for name, whos in (
        ("lead", compose["bodies"]),
        ("official", compose["people"]),
        ("coordinating", compose["bodies"] + compose["people"]),
    ):
        for who in whos:
            for role in compose[name]:
                for tail in ("", *compose["tails"]):
                    phrase = " ".join(p for p in (who, role, tail) if p)
                    if phrase not in known and tail != role:
                        known.add(phrase)
                        out[name].append(phrase)
    return out


COMPOSED = composed(
    LABELS["compose"], {p for ps in LABELS["attribute"].values() for p in ps}
)
for _name, _phrases in COMPOSED.items():
    LABELS["attribute"][_name] += _phrases


def pattern(kind: str, name: str, without: tuple[str, ...] = ()) -> str:
    """An alternation of the phrases of `labels.toml` [kind] name (less
    those `without`), longest first so that "don vi chu tri" wins over "chu
    tri"."""
    phrases = sorted(
        (p for p in LABELS[kind][name] if p not in without), key=len, reverse=True
    )
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


# The first words of a body's name (folded): the kind of body it is
# (labels.toml [body] kinds). One list for the meaning (a heading or a
# bracket that names only a body, the partner after "phối hợp với") and the
# outline (a header-less table's column of the bodies that lead).
BODY_KINDS = r"(?:cac\s+)?(?:" + pattern("body", "kinds") + r")\b"


# A line that opens with a label of the data above and its colon (folded):
# "Phụ trách: …", "Hạn chót: …", "Quy mô: …", "Kinh phí dự kiến (triệu
# đồng): …". The attributes are tried before a work's details.
_LABELS = sorted(
    {p for phrases in LABELS["attribute"].values() for p in phrases}
    | set(LABELS["detail"]["words"]),
    key=len,
    reverse=True,
)
LABEL_START = re.compile(
    r"^(?:"
    + "|".join(r"\s+".join(map(re.escape, p.split())) for p in _LABELS)
    + r")\s*(?:\([^)]{0,40}\))?\s*:"
)


# "KH số 112/KH-UBND": a cited document's type written short before its
# number (labels.toml [basis_short]), and what it stands for.
_SHORT_KINDS = dict(
    zip(LABELS["basis_short"]["short"], LABELS["basis_short"]["long"], strict=True)
)
_SHORT_KIND = re.compile(rf"\b({'|'.join(_SHORT_KINDS)})\s+(?=số\s*\d)")


def full_kinds(text: str) -> str:
    """`text` with the types written short before a number written out:
    "Căn cứ KH số 112/KH-UBND" → "Căn cứ Kế hoạch số 112/KH-UBND"."""
    return _SHORT_KIND.sub(lambda m: _SHORT_KINDS[m.group(1)] + " ", text)
