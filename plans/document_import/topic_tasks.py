"""A village's task paragraph that opens on its topic, the way a plan pasted
into an e-mail is written ("Về đường giao thông, thôn sẽ bê tông hóa đoạn
đường …, dài 650 m, rộng 3 m. Ban phát triển thôn giao cho ông Hoàng Văn
T, Phó Trưởng thôn, phụ trách việc này, cùng Chi hội Nông dân và Chi đoàn
thanh niên thôn huy động ngày công; làm xong trước ngày 30/6/2026."):

- the topic ("Về …,") and the subject that does it (the village: "thôn
  sẽ") are no part of the work's name;
- the work is the first sentence, less its cost (", kinh phí dự kiến …");
- the body before "chủ trì" leads; the person before "phụ trách" (with the
  post beside the name) is in charge; the bodies after "cùng" / "phối hợp
  với" help; "xong trước …", "xong trong Quý III/2026", "thực hiện trong
  năm 2026" is the time.

The paragraph is rewritten as "<work> (chủ trì: …; phụ trách: …; phối hợp:
…; thời gian: …)." and read as such a task line (inline.py). The words are
labels.toml [topic]'s (the lead's verb [prose] leads, the partner's
[letter] partners, a person's title [comrades] address)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.addressed import FOLDED as FOLDED_ADDRESS
from plans.document_import.attributes import WORK, capitalised
from plans.document_import.inline import inline_attributes
from plans.document_import.labels import pattern
from plans.document_import.units import folded_same_length, is_unit

_OPENS = re.compile(rf"^(?:{pattern('topic', 'opens')})\s+(?=[^,.;:()]{{2,40}},)")
# The topic's words up to a comma ("Về cảnh quan, môi trường, …").
_TOPIC_COMMA = re.compile(r"[^,.;:()]{2,40},\s+")
_SUBJECT = re.compile(rf"^(?:{pattern('topic', 'subjects')})\s+(?=\S)")
_COST = re.compile(rf",\s*(?:{pattern('prose', 'cost')})\b")
# The work's sentence ends on a stop or a semicolon before a capital.
_END = re.compile(r"[.;]\s+(?=\w)")
_LEAD = re.compile(
    rf"^(?P<unit>[^,;]{{3,80}}?)\s+(?:{pattern('prose', 'leads')})\b[,\s]*"
)
_IN_CHARGE = re.compile(rf"[,\s]*\b(?:{pattern('topic', 'in_charge')})\b")
_WITH = re.compile(
    rf"\b(?:{pattern('topic', 'with_whom')}|{pattern('letter', 'partners')})"
    r"\s+(?P<units>[^.;]+)"
)
_PARTNERS_END = re.compile(
    rf"[,\s]*\b(?:{pattern('topic', 'partners_do')}|{pattern('topic', 'done')})\b"
)
_DONE = re.compile(rf"\b(?:{pattern('topic', 'done')})\b[^.;]*")
# A person's title before the name (labels.toml [comrades] address).
_HONORIFIC = re.compile(rf"\b(?:{FOLDED_ADDRESS})\s+$")
# A post's capitalised words ("Phó Trưởng thôn"): no person's name.
_POST = re.compile(
    rf"^(?:(?:{pattern('topic', 'deputy')})\s+)?(?:{pattern('topic', 'posts')})\b"
)


def topic_task(text: str) -> tuple[str, dict[str, str]] | None:
    """(work, attributes) of a paragraph that opens on its topic ("Về …, …")
    and names who does it and when; None for any other paragraph."""
    opened = _OPENS.match(folded_same_length(text))
    if not opened:
        return None
    rest = _after_topic(text[opened.end() :])
    if rest is None:
        return None
    subject = _SUBJECT.match(folded_same_length(rest))
    if subject:
        rest = rest[subject.end() :]
    rest = capitalised(rest.strip())
    folded = folded_same_length(rest)
    parts: list[str] = []
    if lead := _LEAD.match(folded):
        unit = rest[: lead.end("unit")]
        if not is_unit(unit):
            return None
        # "Chi hội Phụ nữ thôn chủ trì trồng …, thời gian …": the work follows.
        parts.append(f"chủ trì: {unit}")
        rest = capitalised(rest[lead.end() :])
        folded = folded_same_length(rest)
    end = _END.search(folded)
    work = rest[: end.start()] if end else rest
    duty = rest[end.end() :] if end else ""
    if not duty and (lead or _DONE.search(folded)):
        # One sentence: its work up to the first clause that says who or when.
        cut = _first_clause(folded)
        work, duty = rest[:cut], rest[cut:]
    if cost := _COST.search(folded_same_length(work)):
        work = work[: cost.start()]
    work = work.strip(" ,;.")
    # After the village as the subject or "<body> chủ trì" comes the work.
    if not (subject or lead or WORK.match(fold(work))) or len(work.split()) < 3:
        return None
    parts += _duty_parts(duty)
    if not parts:
        return None
    _, found = inline_attributes(f"{work} ({'; '.join(parts)}).")
    if not ({"lead", "official"} & set(found)) or not (
        {"time", "coordinating"} & set(found)
    ):
        return None
    return work, found


def _after_topic(text: str) -> str | None:
    """The text after the topic's words: after the first comma that a
    capital, the village's subject or the work follows; None if none does."""
    position = 0
    while m := _TOPIC_COMMA.match(text, position):
        rest = text[m.end() :]
        folded = fold(rest)
        if rest[:1].isupper() or _SUBJECT.match(folded) or WORK.match(folded):
            return rest
        position = m.end()
    return None


def _first_clause(folded: str) -> int:
    """Where the first clause that names partners or the time begins."""
    starts = [m.start() for m in (_WITH.search(folded), _DONE.search(folded)) if m]
    return min(starts) if starts else len(folded)


def _duty_parts(duty: str) -> list[str]:
    """The labelled parts ("phụ trách: …", "phối hợp: …", "thời gian: …")
    that the sentences after the work say."""
    folded = folded_same_length(duty)
    parts = []
    if lead := _LEAD.match(folded.lstrip(" ,;")):
        shift = len(folded) - len(folded.lstrip(" ,;"))
        unit = duty[shift : shift + lead.end("unit")]
        if is_unit(unit):
            parts.append(f"chủ trì: {unit}")
    charge = _IN_CHARGE.search(folded)
    if charge and (person := _person(duty[: charge.start()])):
        parts.append(f"phụ trách: {person}")
    if partners := _WITH.search(folded):
        units = duty[partners.start("units") : partners.end("units")]
        if stop := _PARTNERS_END.search(folded_same_length(units)):
            units = units[: stop.start()]
        names = [
            u.strip(" ,")
            for u in re.split(r"\s+và\s+|,\s*", units)
            if is_unit(u.strip(" ,"))
        ]
        if names:
            parts.append(f"phối hợp: {', '.join(names)}")
    if done := _DONE.search(folded):
        time = duty[done.start() : done.end()].strip(" ,")
        if fold(time).startswith("lam "):
            time = time.split(" ", 1)[1]
        parts.append(f"thời gian: {time}")
    return parts


def _person(text: str) -> str:
    """ "ông Hoàng Văn T, Phó Trưởng thôn" or "Trưởng thôn Lương Văn Đ" (the
    clause before "phụ trách") as "đồng chí <name>, <post>"; "" if no name."""
    clause = re.split(r"[.;]\s+", text)[-1]
    runs = _capital_runs(clause)
    if not runs:
        return ""
    named = [r for r in runs if _HONORIFIC.search(fold(clause[: r[0]]))]
    start, end = named[0] if named else runs[-1]
    if named:
        post = clause[end:].strip(" ,")
    else:
        post = re.split(r",\s*", clause[:start].strip(" ,"))[-1]
    post = post if post and len(post.split()) <= 6 else ""
    return f"đồng chí {clause[start:end]}" + (f", {post}" if post else "")


def _capital_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of two to five capitalised words that is no
    body's name: a person's name."""
    runs: list[tuple[int, int]] = []
    words = list(re.finditer(r"[^\W\d_][\w]*", text))
    i = 0
    while i < len(words):
        j = i
        while (
            j < len(words)
            and words[j].group()[:1].isupper()
            and (j == i or text[words[j - 1].end() : words[j].start()] == " ")
        ):
            j += 1
        if j - i >= 2:
            name = text[words[i].start() : words[j - 1].end()]
            if j - i <= 5 and not is_unit(name) and not _POST.match(fold(name)):
                runs.append((words[i].start(), words[j - 1].end()))
        i = max(j, i + 1)
    return runs
