"""A plan's tasks written as a check-list, as a mail or a shared note
keeps them: an open box is a task, a ticked one is done.

    - [x] ~~Đăng ký chỉ tiêu thi đua năm 2026~~ (đã xong ngày 20/02/2026)
    - [ ] **Ra mắt 03 mô hình …** — *phụ trách:* Ban Thường vụ Hội LHPN xã;
      *phối hợp:* Đoàn Thanh niên xã; *hạn:* 30/4/2026
    * [ ] Trao 10 suất học bổng … | chủ trì: Ban Thường vụ Hội | thời gian: …
    ☐ Vận động 60 hộ … - thực hiện: Chi hội phụ nữ các thôn; thời gian: …
    ☑ Khảo sát số hộ … (đã xong tháng 5/2026)

An open item becomes a bullet whose labels follow its work after ";" (the
way `inline.inline_attributes` reads "…; phụ trách: …; hạn: …"): the em
dash, the " | ", the " - " or the "," before a label is that ";". A ticked item
("[x]", "☑", or struck through "~~…~~") is no task: its line is set apart
(`DONE`), and the outline passes it by. A list is one when two lines or
more have a box ("✅" is no box: a phone's bullet, lines.py)."""

from __future__ import annotations

import re

from plans.document_import.attributes import WHO_AND_WHEN
from plans.document_import.blocks import Line
from plans.document_import.units import folded_same_length

DONE = "việc đã xong"

_BOX = re.compile(
    r"^(?:[-*+•]\s*)?(?:\[(?P<box>[ xX✓✔])\]|(?P<glyph>[☐☑☒]))\s*(?P<rest>\S.*)$"
)
_TICKED = "xX✓✔☑☒"
# " — phụ trách:", " | chủ trì:", " - thời hạn:", ", hạn:", or a space
# alone before a label and its colon (folded): the end of the work, or of
# the field before. The label is matched whole ("thời hạn hoàn thành:"),
# so that no shorter label is found inside it.
_BEFORE_LABEL = re.compile(
    r"(?:\s+[—–|-]\s+|\s*,\s+|\s+)(?=(?P<label>"
    + WHO_AND_WHEN
    + r"|han)\s*:)(?P=label)"
)
# " | " between the fields after the first label.
_BAR = re.compile(r"\s+\|\s+")


def check_list(lines: list[Line]) -> None:
    """The check-list items of `lines` read as above, in place."""
    boxed = [
        (line, m)
        for line in lines
        if line.cells is None and (m := _BOX.match(line.text))
    ]
    if len(boxed) < 2:
        return
    for line, m in boxed:
        rest = m.group("rest")
        ticked = (m.group("box") or m.group("glyph") or " ") in _TICKED
        if ticked or rest.startswith("~~"):
            line.used = DONE
            continue
        folded = folded_same_length(rest)
        cut = [(s.start(), s.start("label")) for s in _BEFORE_LABEL.finditer(folded)]
        if not cut:
            line.text = f"- {rest}"
            continue
        out, last = [], 0
        for start, end in cut:
            out.append(rest[last:start].rstrip(" ;"))
            last = end
        out.append(rest[last:])
        # "… | phối hợp: A | thời hạn: …": bars between fields are ";" too.
        fields = [_BAR.sub("; ", piece) for piece in out]
        line.text = "- " + "; ".join(fields)
        line.emphasis = ""
