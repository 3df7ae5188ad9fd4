"""Work handed out body by body in the meaning stage, where neither a
number nor a dash opens the line: a paragraph that opens on the body, then
a colon and its work ("**Hội Nông dân xã:** Chủ trì, phối hợp với … hỗ
trợ giống ngô lai …; hoàn thành trước 15/12/2026.", `body_paragraph`), and
the person a body's heading names in its bracket ("2. Trưởng thôn (ông
Hoàng Văn Pẻng):", `heading_official`), the official of every duty under
it. A paragraph that opens on a person ("Đồng chí … - Phó Chủ tịch …:
Theo dõi, đôn đốc …") gives no body its work."""

from __future__ import annotations

import re

from plans.document_import.attributes import (
    attribute,
    capitalised,
    partition_outside_brackets,
)
from plans.document_import.persons import is_a_person, person_and_post
from plans.document_import.units import heading_body, names_a_person

# The bracket a heading ends on, before its colon: "Trưởng thôn (ông Hoàng
# Văn Pẻng):", "Chi hội Phụ nữ thôn (bà Nông Thị Lả - Chi hội trưởng)".
_LAST_BRACKET = re.compile(r"\((?P<inside>[^()]{3,160})\)\s*[:.]?\s*$")
# The longest opening a body's name and its bracket take before the colon.
_HEAD_LENGTH = 120


def body_paragraph(text: str) -> tuple[str, str, str] | None:
    """(body, official, work) of a paragraph that opens on a body's name
    and a colon, the work after it ("Đoàn Thanh niên xã: Tổ chức …"); the
    official is the person the body's bracket names, or "". None for a
    paragraph that opens on a person, on anything but a body, or gives no
    work after its colon (a label line: "Thời gian: …")."""
    text = text.strip().lstrip("*_ ")
    head, colon, rest = partition_outside_brackets(text, ":")
    head, rest = head.strip(" *_"), rest.strip(" *_")
    if (
        not colon
        or len(rest.split()) < 3
        or len(head) > _HEAD_LENGTH
        or names_a_person(head)
        or is_a_person(head)
        or attribute(text)
    ):
        return None
    body = heading_body(head)
    if not body:
        return None
    return body, heading_official(head), capitalised(rest)


def heading_official(heading: str) -> str:
    """The person a body's heading names in the bracket after its name, the
    name alone ("Trưởng thôn (ông Hoàng Văn Pẻng):" → "Hoàng Văn Pẻng",
    "(đ/c Lục Văn Toàn, Bí thư Chi đoàn)" → "Lục Văn Toàn", "(phụ trách:
    Lò Thị Hoa)" → "Lò Thị Hoa"); "" for a heading with no bracket or one
    that names no one ("(gọi tắt là Ban phát triển thôn)", "(cơ quan
    thường trực)", "(04 thôn)")."""
    m = _LAST_BRACKET.search(heading.strip())
    if not m or not heading_body(heading):
        return ""
    inside = m.group("inside").strip(" .;")
    stated = attribute(inside)
    if stated and stated[0] in ("official", "leader") and stated[1]:
        inside = stated[1]
    return person_and_post(inside)[0]
