"""A decision with the plan attached ("Quyết định ban hành Kế hoạch"): the
decision first (its header, "QUYẾT ĐỊNH", "Ban hành Kế hoạch …", "Căn cứ …",
"QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" …
"Điều 3. …", "Nơi nhận", the signature), then the plan it issues (often its
own header block again, "KẾ HOẠCH", its title, "(Ban hành kèm theo Quyết
định số 112/QĐ-UBND ngày 20/01/2027 …)", I. …, II. … with the tasks, and
usually no signature of its own).

The two are read apart (`read`): the decision gives what is signed and
numbered (number, symbol, date, place, issuer, signature, recipients) and
the bases (its "Căn cứ" lines; "Theo đề nghị … tại Tờ trình …" asks, it is
no basis); the attached plan gives the title (the words after "KẾ HOẠCH"),
the opening, the sections and the tasks. The decision's articles are no
tasks. A decision whose appendix is only a table with no "KẾ HOẠCH" of its
own (round 8) is no such document: the outline's appendix reads it.

Its words are data (labels.toml [attached])."""

from __future__ import annotations

import re
from dataclasses import replace

from ntm.text import fold
from plans.document_import.blocks import Line
from plans.document_import.labels import BODY_KINDS, LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.markers import SEPARATOR, marker
from plans.document_import.meaning import Reader, understand
from plans.document_import.outline import build
from plans.document_import.parsed import ParsedPlan, SourceLine
from plans.document_import.parts import (
    BARE_PLACE_DATE,
    SIGNS_FOR,
    doc_type_key,
)
from plans.document_import.units import LEVELS, ORG_WORDS

_WORDS = LABELS["attached"]
_DECISION = set(_WORDS["decision"])
_PLAN_KINDS = set(_WORDS["plan_kinds"])
_ARTICLE = re.compile(r"^dieu\s+1(?:\s*[.:-]|\s)")
# "(Ban hành kèm theo Quyết định số 112/QĐ-UBND ngày …)", in brackets or not.
_ISSUED_WITH = re.compile(
    r"^\(?\s*(?:" + label_pattern("attached", "issued_with") + r")\b"
)
_PROPOSED = re.compile(r"^(?:" + label_pattern("attached", "proposed") + r")\b")
_APPENDIX = re.compile(
    r"^(?:" + label_pattern("attached", "appendix") + r")(?:\s+[\dIVX]+)?$"
)
_POST = re.compile(r"^(?:" + label_pattern("signature", "posts") + r")\b")
# The first words of a body's name in the plan's header ("ỦY BAN NHÂN DÂN",
# "BAN CHỈ ĐẠO", "XÃ TÂN HÒA"), not a signer's.
_BODY_START = re.compile(rf"^(?:{BODY_KINDS}|uy ban|ubnd|(?:{LEVELS})\b)")
_MOTTO = ("cong hoa", "doc lap", "dang cong san")
_NUMBER = re.compile(r"^so\s*:?\s*[\d…._ ]*/")

# Where the decision's lines went when they are none of its header's.
DECISION = "quyết định ban hành"
PROPOSAL = "đề nghị (tờ trình)"
ISSUED_WITH = "kèm theo quyết định"
APPENDIX = "phụ lục"


def _plan_type(line: Line) -> bool:
    return line.cells is None and doc_type_key(line.text) in _PLAN_KINDS


def _appendix(line: Line) -> bool:
    return line.cells is None and bool(_APPENDIX.match(fold(line.text).strip(" .:")))


def _header_like(line: Line) -> bool:
    """A line of the attached plan's own header block: the body's name in
    capitals, the motto, its number, its place and date, a rule."""
    text, folded = line.text.strip(), fold(line.text)
    if line.cells is not None or SIGNS_FOR.match(text) or _POST.match(folded):
        return False
    return bool(
        folded.startswith(_MOTTO)
        or SEPARATOR.match(text)
        or _NUMBER.match(folded)
        or BARE_PLACE_DATE.fullmatch(text)
        or re.search(r"\bngay\b.*\bthang\b.*\bnam\b", folded)
        or (
            text.isupper()
            and (ORG_WORDS.search(folded) or re.search(rf"\b(?:{LEVELS})\b", folded))
        )
    )


def _note_goes_on(note: Line, line: Line) -> bool:
    """`line` goes on the plan's note above it: its bracket is still open,
    the line starts in lower case, or it is a short line that names the
    body ("UBND xã Yên Lạc" under "… của Chủ tịch") with no stop."""
    text, goes = note.text.strip(), line.text.strip()
    if text.startswith("(") and not text.endswith(")"):
        return True
    if goes[:1].islower():
        return True
    return (
        not text.endswith((".", ")"))
        and marker(goes)[0] == "text"
        and len(goes) <= 60
        and not goes.endswith((".", ":", ";"))
        and bool(ORG_WORDS.match(fold(goes)))
    )


def _signers_name_in_capitals(lines: list[Line], start: int) -> bool:
    """The line at `start` is the decision's signer's name in capitals under
    the post ("CHỦ TỊCH" / "HỒ VĂN TÔ"), not the plan's header."""
    if start < 1 or not (
        _POST.match(fold(lines[start - 1].text))
        or SIGNS_FOR.match(lines[start - 1].text)
    ):
        return False
    folded = fold(lines[start].text)
    return 2 <= len(folded.split()) <= 5 and not _BODY_START.match(folded)


def _cut(lines: list[Line]) -> int | None:
    """Where the attached plan begins (its header block, its "PHỤ LỤC" or its
    "KẾ HOẠCH"), or None when `lines` are not a decision that issues one."""
    kind = next(
        (
            i
            for i, line in enumerate(lines[:60])
            if line.cells is None and doc_type_key(line.text) in _DECISION | _PLAN_KINDS
        ),
        None,
    )
    if kind is None or doc_type_key(lines[kind].text) not in _DECISION:
        return None
    article = next(
        (
            i
            for i in range(kind + 1, len(lines))
            if lines[i].cells is None and _ARTICLE.match(fold(lines[i].text))
        ),
        None,
    )
    if article is None:
        return None
    for i in range(article + 1, len(lines)):
        start = None
        if _plan_type(lines[i]):
            start = i
            if i > 0 and _appendix(lines[i - 1]):
                start = i - 1
        elif _appendix(lines[i]) and any(
            _plan_type(line) for line in lines[i + 1 : i + 3]
        ):
            start = i
        if start is None:
            continue
        # The plan's own title and its "(Ban hành kèm theo Quyết định …)",
        # or the decision's signature above it: no "KẾ HOẠCH" cited in a
        # line of the decision's text.
        after = lines[start + 1 : start + 8]
        above = lines[article:start]
        signed = any(
            SIGNS_FOR.match(line.text) or fold(line.text).startswith("noi nhan")
            for line in above
        )
        if not signed and not any(
            _ISSUED_WITH.match(fold(line.text)) for line in after
        ):
            continue
        while start - 1 > article and _header_like(lines[start - 1]):
            start -= 1
        if _signers_name_in_capitals(lines, start):
            start += 1  # "CHỦ TỊCH" over "HỒ VĂN TÔ": the decision's signer
        return start
    return None


def read(lines: list[Line]) -> ParsedPlan | None:
    """The plan a decision issues, read from the decision (what is signed
    and numbered, the bases) and the plan attached to it (the title, the
    sections, the tasks); None when `lines` are no such document."""
    start = _cut(lines)
    if start is None:
        return None
    aside: dict[int, str] = {}
    for line in lines[:start]:
        if line.cells is None and _PROPOSED.match(fold(line.text)):
            aside[id(line)] = PROPOSAL
    note: Line | None = None
    for line in lines[start : start + 12]:
        if line.cells is not None:
            break
        if note is not None and _note_goes_on(note, line):
            # "(Ban hành kèm theo Quyết định số … của Ủy ban" / "nhân dân
            # xã …)": the note wrapped, no part of the title under it.
            aside[id(line)] = ISSUED_WITH
            note = replace(note, text=note.text + " " + line.text)
            continue
        note = None
        if _ISSUED_WITH.match(fold(line.text)):
            aside[id(line)] = ISSUED_WITH
            note = line
        elif _appendix(line):
            aside[id(line)] = APPENDIX
    for line in lines:
        if id(line) in aside:
            line.used = aside[id(line)]
    decision_outline = build([line for line in lines[:start] if id(line) not in aside])
    decision = understand(decision_outline)
    for block in list(decision_outline.body.walk())[1:]:
        for line in block.lines:
            line.used = DECISION
    reader = Reader(build([line for line in lines[start:] if id(line) not in aside]))
    # The decision's date dates the plan's tasks ("tháng 9", "Quý II").
    for name in ("issued_on", "issue_year", "issue_month"):
        setattr(reader.plan, name, getattr(decision, name))
    plan = reader.run()
    for line in reader.outline.header:
        # The plan's own header block repeats the decision's.
        line.used = line.used or "cơ quan ban hành"
    for name in (
        "number",
        "symbol",
        "place",
        "issued_on",
        "issue_year",
        "issue_month",
        "header_agencies",
        "issuer_text",
        "issuer_source",
        "parent_text",
        "signing_authority",
        "signer_title",
        "signer_name",
        "cosigners",
        "recipients",
    ):
        setattr(plan, name, getattr(decision, name))
    plan.title = plan.title or decision.title
    plan.bases = decision.bases or plan.bases
    plan.notes = decision.notes + plan.notes
    plan.source = [
        SourceLine(line.index, line.written or line.text, line.used, line.cells)
        for line in sorted(lines, key=lambda line: line.index)
    ]
    return plan


__all__ = ["read"]
