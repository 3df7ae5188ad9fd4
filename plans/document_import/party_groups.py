"""A Party committee's plan written in the style of a resolution (Đảng ủy
xã, Chi bộ, Đảng bộ: "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 18-KH/ĐU", "T/M ĐẢNG
ỦY"): its "NHIỆM VỤ VÀ GIẢI PHÁP" are groups that open on an ordinal word,

    "Một là, tăng cường sự lãnh đạo của cấp ủy, nâng cao nhận thức …"
    "Hai là: phát triển nông nghiệp …"  /  "Thứ nhất, …", "Thứ hai, …"

each naming an aim, not a task; under each, one or more paragraphs or "-"
lines, of which those that give the work are the tasks:

    "Giao Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Ủy ban
    MTTQ xã tổ chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên; hoàn
    thành trong Quý II/2026."
    "Đảng ủy giao UBND xã chủ trì, phối hợp với … xây dựng 02 mô hình …
    (đồng chí …, Phó Bí thư, Chủ tịch UBND xã trực tiếp chỉ đạo)."

and the others ("Các chi bộ đưa nội dung … vào sinh hoạt chi bộ", "Ủy ban
Kiểm tra Đảng ủy kiểm tra, giám sát …") are none.

The outline reads "Một là, …" as an item numbered 1 (markers.py), a task
whose paragraphs are its text. `regroup` turns such a run of groups, when
one of them holds a paragraph that gives a work of its own, into headings:
each paragraph that gives work becomes a "-" item under its group (read as
any task line: its lead after "Giao", its partners, its time, its
official), every other paragraph the group's text, and a group with no
such paragraph a heading with no task. A group whose only paragraph
assigns the group's own work ("Giao Ủy ban MTTQ xã chủ trì, phối hợp các
đoàn thể thực hiện.") keeps the reading as a task (set f39d).
"""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.blocks import Block
from plans.document_import.labels import pattern
from plans.document_import.markers import BULLETS, ORDINAL_MARKER
from plans.document_import.units import folded_same_length

# The kind a group's paragraph that gives work takes: a "-" item.
TASK_KIND = "dash"

# "Giao …", "Đảng ủy giao …", "Chi bộ giao cho …": the work handed out
# (labels.toml [lead_in] hands_out, givers), as written: lower case with no
# tone mark ("Ban Tuyên giáo" hands nothing out).
_GIVES = re.compile(
    r"^(?:(?:" + pattern("lead_in", "givers") + r")\s+)?"
    r"(?:" + pattern("lead_in", "hands_out") + r")\s+\S"
)
# "… chủ trì": a body leads the work, in the sentence's first part.
_LEADS = re.compile(r"^(?:(?!\.\s)[^;]){3,160}?\bchu tri\b")
# "… phối hợp các đoàn thể thực hiện.": a paragraph that only assigns the
# group's own work, a verb of doing with nothing after it.
_CLOSED_BY_DOING = re.compile(
    r"\s(?:" + pattern("lead_in", "verbs") + r")\s*[.;,]?\s*$"
)


def _hands_out(text: str) -> bool:
    """Whether `text` opens on the work handed out ("Giao X …", "Đảng ủy giao
    X …"), "giao" written as a verb (lower case after a body, no tone)."""
    folded = folded_same_length(text)
    m = _GIVES.match(folded)
    if not m:
        return False
    word = re.search(r"\bgiao\b", folded[: m.end()])
    written = text[word.start() : word.end()] if word else ""
    return written in ("Giao", "giao")


def gives_work(text: str) -> bool:
    """Whether a group's paragraph gives a work of its own: it hands the
    work out or names the body that "chủ trì" it, and goes on past the
    assignment (not "… phối hợp các đoàn thể thực hiện.")."""
    folded = fold(text).strip()
    if not (_hands_out(text) or _LEADS.match(folded)):
        return False
    return not _CLOSED_BY_DOING.search(folded)


def _is_group(block: Block) -> bool:
    return (
        block.kind == "item"
        and bool(block.lines)
        and bool(ORDINAL_MARKER.match(block.lines[0].text.strip()))
    )


def _paragraphs(group: Block) -> list[Block]:
    """The group's paragraphs: its text and its bullets with nothing under
    them."""
    return [
        child
        for child in group.children
        if child.kind == "text" or (child.kind in BULLETS and not child.children)
    ]


def regroup(root: Block) -> None:
    """The "Một là, …" groups of a Party committee's plan read as headings
    over the paragraphs that give work (module docstring)."""
    for parent in list(root.walk()):
        groups = [child for child in parent.children if _is_group(child)]
        if len(groups) < 2 or not any(
            gives_work(paragraph.text)
            for group in groups
            for paragraph in _paragraphs(group)
        ):
            continue
        for group in groups:
            paragraphs = _paragraphs(group)
            given = False
            for paragraph in paragraphs:
                if gives_work(paragraph.text):
                    paragraph.kind, paragraph.number = TASK_KIND, ""
                    given = True
                elif paragraph.kind in BULLETS:
                    paragraph.kind = "text"
            if not given and len(paragraphs) == len(group.children):
                # No work given under it: the aim and its paragraphs are
                # the section's text.
                _flatten(parent, group)


def _flatten(parent: Block, group: Block) -> None:
    """`group` and its paragraphs as text of `parent`, in their place."""
    place = parent.children.index(group)
    group.kind, group.number = "text", ""
    group.text = " ".join(line.text for line in group.lines)
    children, group.children = group.children, []
    for child in children:
        child.parent = parent
    parent.children[place + 1 : place + 1] = children
