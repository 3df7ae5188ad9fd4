"""A table's group row that is only a period ("QUÝ I/2026 (từ tháng 01 đến
hết tháng 3)", "THÁNG 3/2026", "6 THÁNG ĐẦU NĂM 2026"): the time of every
row under it that states none of its own (issue 18, helper f37g)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.markers import PERIOD
from plans.document_import.timeframes import RECURRING

# "(từ tháng 01 đến hết tháng 3)" after the period: what it spans, said
# again in words, which the period's own name already gives.
_SPAN = re.compile(r"\s*\([^()]*\)\s*$")


def group_period(text: str) -> str:
    """The period a group row names ("QUÝ I/2026"), or "" for a row that
    names anything else ("I. HẠ TẦNG", "Cấp xã")."""
    text = text.strip().rstrip(" .:")
    if PERIOD.match(fold(text)):
        return text
    bare = _SPAN.sub("", text).rstrip(" .:")
    if bare != text and PERIOD.match(fold(bare)):
        return bare
    return ""


# "Trước ngày 15/11/2026" as the whole note of a row.
_DUE_NOTE = re.compile(
    rf"^(?:{label_pattern('time', 'due_notes')})\s*:?\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}$"
)


def note_due(note: str) -> str:
    """A row's note that is only the day it is due ("Trước ngày
    15/11/2026") or a period ("Trong tháng 9/2026"), as its time; "" for any other note ("Nhân dân hiến đất,
    góp công")."""
    text = " ".join(note.split()).strip(" .;")
    # "Trong tháng 9/2026": a note that is only a period is the row's too.
    return text if _DUE_NOTE.match(fold(text)) or PERIOD.match(fold(text)) else ""


def merged_time(values: dict[str, str]) -> None:
    """ "Thường xuyên" merged across "Bắt đầu | Kết thúc": the reader keeps
    it in the start column and the end blank; it is the row's whole time,
    which the period of its group must not end."""
    start = values.get("start", "")
    if start and not values.get("time") and re.match(RECURRING, fold(start).strip()):
        values["time"] = values.pop("start")
