"""A plan sent as a chat message (typed into Zalo, saved as .txt or .md):
each task a line "Việc 1: …" ("Việc 1.", "Nhiệm vụ 1:", "*Việc 1*:"), then
short lines, unlabelled, one attribute each, in any order; lines that only
talk to the readers between them:

    Các chị chi hội trưởng lưu ý nhé
    Việc 1: ra quân dọn vệ sinh đường làng ngõ xóm
    Chi hội Đông Xuyên chủ trì
    phối hợp chi đoàn Đông Xuyên
    làm xong trước 30/8
    Việc 2: tập huấn phân loại rác thải tại nguồn cho hội viên
    BCH Hội xã chủ trì, phối hợp Ban phát triển các thôn
    tháng 10/2026
    chị Vũ Thị Mai phụ trách
    Báo cáo kết quả về Hội xã trước ngày 20/11 nha các chị

`labelled` writes each such line as the labelled line the rest of the
import reads: "1. Ra quân dọn vệ sinh …" (the work, capitalised), "Chủ trì:
Chi hội Đông Xuyên", "Phối hợp: chi đoàn Đông Xuyên", "Thời hạn:
30/8/2026" (a day with no year takes the plan's), "Thời gian: tháng
10/2026", "Người phụ trách: chị Vũ Thị Mai" (the line as written kept for
the preview, Line.written). It returns the lines
that talk ("… lưu ý nhé", "… nha các chị", "ok các bạn, …"), which
outline.build sets apart: no title's line, no task, no time. Its words are
labels.toml [chat]. A plan is read so only when it has two such task
lines or more, most of them followed by such an attribute line.
"""

from __future__ import annotations

import re

from ntm.text import fold, nfc
from plans.document_import import addressed
from plans.document_import.blocks import Line
from plans.document_import.labels import LABEL_START, pattern
from plans.document_import.units import folded_same_length

# Where a line that only talks went (the preview shows it).
CHATTER = "lời nhắn"
_BULLET = re.compile(r"^\s*(?:[-+•*–]\s*)?")
_OPENER = re.compile(
    r"^(?:[-+•–]\s*)?\**\s*(?:"
    + pattern("chat", "openers")
    + r")\s+(?:so\s+)?(?P<n>\d{1,2})"
    r"\s*\**\s*(?:[:.)]|\s[-–])\s*\**\s*(?P<work>\S.*)$"
)
_DAY = r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?"
_BY = re.compile(
    r"^(?:" + pattern("chat", "by") + r")\s*:?\s*(?:ngay\s+)?" + _DAY + r"\s*[.;]?$"
)
_WITHIN = re.compile(
    r"^(?:(?:" + pattern("chat", "within") + r")\s+)?"
    r"(?P<when>(?:thang\s+\d{1,2}|quy\s+[ivx\d]+)(?:\s*/\s*(?P<y>\d{4}))?)\s*[.;]?$"
)
_PERSON = r"(?:" + addressed.FOLDED + r")\s+\w+(?:\s+\w+){1,3}"
_IN_CHARGE = re.compile(
    r"^(?:(?:" + pattern("chat", "in_charge") + r")\s*:\s*(?P<a>" + _PERSON + r")"
    r"|(?P<b>" + _PERSON + r")\s+(?:" + pattern("chat", "in_charge") + r"))\s*[.;]?$"
)
_LEAD = re.compile(
    r"^(?P<lead>\w.{1,80}?)\s+chu tri(?:\s*[,;]\s*phoi hop(?:\s+voi)?\s+(?P<p>\S.*?))?"
    r"\s*[.;]?$"
)
_PARTNERS = re.compile(r"^phoi hop(?:\s+voi)?\s+(?P<p>\S.*?)\s*[.;]?$")
# Matched on the lower-cased line WITH its accents: "nhé", never "nhẹ" or "nhà".
_TALK = re.compile(
    r"(?:\b(?:" + pattern("chat", "particles") + r")"
    r"(?:\s+(?:" + pattern("chat", "addressees") + r"))?\s*\W*$"
    r"|^(?:" + pattern("chat", "greetings") + r")\b\s*[,!]?\s+)"
)
_PLAN_YEAR = re.compile(r"ngay\s+\d{1,2}\s*(?:/|thang)\s*\d{1,2}\s*(?:/|nam)\s*(\d{4})")


def _year(lines: list[Line], before: int) -> str:
    """The plan's year, from its date ("Đại Đồng, ngày 03/8/2026")."""
    for line in lines[:before]:
        if m := _PLAN_YEAR.search(fold(line.text)):
            return m.group(1)
    return ""


def _attribute(text: str, year: str) -> str | None:
    """The labelled line an attribute's chat line stands for, or None."""
    bullet = _BULLET.match(text)
    rest = text[bullet.end() :].strip()
    f = folded_same_length(rest)
    if m := _BY.match(f):
        day = f"{m.group('d')}/{m.group('m')}/{m.group('y') or year}".rstrip("/")
        return f"Thời hạn: {day}"
    if m := _WITHIN.match(f):
        when = rest[m.start("when") : m.end("when")]
        return f"Thời gian: {when}" + ("" if m.group("y") or not year else f"/{year}")
    if m := _IN_CHARGE.match(f):
        name = "a" if m.group("a") else "b"
        return f"Người phụ trách: {rest[m.start(name) : m.end(name)]}"
    if m := _PARTNERS.match(f):
        return f"Phối hợp: {rest[m.start('p') : m.end('p')]}"
    if (m := _LEAD.match(f)) and len(m.group("lead").split()) <= 10:
        lead = rest[m.start("lead") : m.end("lead")]
        if m.group("p"):
            return f"Chủ trì: {lead}. Phối hợp: {rest[m.start('p') : m.end('p')]}"
        return f"Chủ trì: {lead}"
    if LABEL_START.match(f):
        # "Chủ trì: Chi hội Đông Xuyên" among them: labelled already.
        return rest
    return None


def labelled(lines: list[Line]) -> list[Line]:
    """Rewrites a chat message's task and attribute lines as labelled
    lines, in place; returns the lines that only talk (none when the plan
    is no chat message)."""
    openers = [
        i
        for i, line in enumerate(lines)
        if line.cells is None and _OPENER.match(folded_same_length(line.text.strip()))
    ]
    if len(openers) < 2:
        return []
    year = _year(lines, openers[0])
    found: dict[int, str] = {}
    # The task lines with an unlabelled attribute line under them: a
    # message of only labelled lines ("Chủ trì: …") is an ordinary plan.
    stated_under = 0
    for start in openers:
        i, own = start + 1, False
        while i < len(lines) and i not in openers and lines[i].cells is None:
            stated = _attribute(lines[i].text, year)
            if stated is None:
                break
            found[i] = stated
            text = lines[i].text.strip()
            text = text[_BULLET.match(text).end() :]
            own = own or not LABEL_START.match(folded_same_length(text))
            i += 1
        stated_under += own
    if 2 * stated_under <= len(openers):
        # Headings "Nhiệm vụ 1: …" over a plan's prose: no chat message.
        return []
    for i in openers:
        text = lines[i].text.strip()
        m = _OPENER.match(folded_same_length(text))
        work = text[m.start("work") :].rstrip("* ")
        lines[i].written = lines[i].text
        lines[i].text = f"{m.group('n')}. {work[:1].upper()}{work[1:]}"
        lines[i].emphasis = ""
    for i, stated in found.items():
        lines[i].written = lines[i].text
        lines[i].text = f"- {stated}"
    # The talk stands between the header and the closing ("Nơi nhận:", the
    # signature in capitals): a signer's name is never talk.
    end = next(
        (
            i
            for i in range(openers[-1], len(lines))
            if lines[i].text.isupper() or fold(lines[i].text).startswith("noi nhan")
        ),
        len(lines),
    )
    return [
        line
        for i, line in enumerate(lines[:end])
        if i not in found
        and i not in openers
        and line.cells is None
        and i > 2
        and not line.text.isupper()
        and _TALK.search(nfc(line.text).lower())
    ]
