"""An appendix after the signature that lists the plan's tasks in prose, no
table ("PHỤ LỤC" / "NHIỆM VỤ CỤ THỂ NĂM 2026" / "(Kèm theo Kế hoạch số
45/KH-UBND ngày …)" over "1. Nâng cấp … / - Đơn vị chủ trì: … / - Thời
gian: …", over numbered sentences "1. Phòng Kinh tế chủ trì …", or over
"-" items under each body's heading): where it begins, and which of its
first lines are its heading. `outline.build` walks what follows as the
body, under the appendix's heading, as it walks an appendix's task table
(`parts.appendix_start`)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.blocks import Line
from plans.document_import.markers import marker

# "PHỤ LỤC", "Phụ lục 01", "PHỤ LỤC I:" — the appendix's own line, folded.
_APPENDIX = re.compile(r"phu luc(?:\s+(?:so\s+)?(?:\d+|[ivx]+))?\s*[:.]?")
# "(Kèm theo Kế hoạch số 45/KH-UBND ngày …)", folded: what it goes with.
_GOES_WITH = re.compile(r"^\(\s*(?:ban hanh\s+)?kem theo\b")


def _caption(line: Line) -> bool:
    """A line of the appendix's heading under "PHỤ LỤC": its name in
    capitals ("NHIỆM VỤ CỤ THỂ NĂM 2026") or what it goes with."""
    text = line.text.strip()
    if line.cells is not None or not text:
        return False
    if _GOES_WITH.match(fold(text)):
        return True
    return marker(text)[0] == "text" and text.isupper() and len(text) <= 160


def prose_appendix_start(lines: list[Line], closing_start: int) -> int:
    """Where an appendix in prose begins after the signature: a "PHỤ LỤC"
    line, then within a few caption lines "(Kèm theo … số …)", then a
    numbered or bulleted line (no table); len(lines) if there is none."""
    for index in range(closing_start, len(lines)):
        line = lines[index]
        if line.cells is not None or not _APPENDIX.fullmatch(fold(line.text).strip()):
            continue
        heading = appendix_heading(lines, index, len(lines))
        after = index + len(heading)
        if (
            any(_GOES_WITH.match(fold(h.text)) for h in heading)
            and after < len(lines)
            and lines[after].cells is None
            and marker(lines[after].text)[0] != "text"
        ):
            return index
    return len(lines)


def appendix_heading(lines: list[Line], index: int, end: int) -> list[Line]:
    """The appendix's heading lines from `index` ("PHỤ LỤC"): its captions,
    up to and with "(Kèm theo …)"."""
    heading = [lines[index]]
    for line in lines[index + 1 : min(end, index + 6)]:
        if not _caption(line):
            break
        heading.append(line)
        if _GOES_WITH.match(fold(line.text)):
            break
    return heading
