"""A staff assignment table: one person a row, under merged rows that name
their unit (helper f39p):

    STT | Họ và tên          | Chức vụ         | Nhiệm vụ được giao | Thời hạn
    1. Văn phòng Điều phối nông thôn mới tỉnh                    (merged across)
    1   | Triệu Văn Đức      | Chánh Văn phòng | Tham mưu tổng kết …| Quý IV/2027

The table has a person's column (columns.toml: "Họ và tên", "Cán bộ phụ
trách": the official) and none of bodies that lead; a group row that names
a body ("1. Văn phòng Điều phối …", "I. Phòng Kế hoạch - Tổng hợp") is no
task but the lead of each person's task under it. The post ("Chức vụ")
is no part of the official."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.labels import BODY_KINDS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import is_a_person

_BODY = re.compile(BODY_KINDS)
_STAFF_HEADER = re.compile(rf"\b(?:{label_pattern('staff_table', 'header')})\b")


def is_staff_table(roles, header=()) -> bool:
    """Whether a table's column roles are a staff assignment's: a person's
    column, no lead's, and a time, a post or duties (labels.toml
    [staff_table]): "Họ và tên | Thôn | Nội dung hỗ trợ | Kinh phí" lists
    who gets help, not who does what. `header`: the header's lines."""
    roles = set(roles)
    if not ("official" in roles and "content" in roles and "lead" not in roles):
        return False
    named = fold(" ".join(" ".join(line.cells or []) for line in header))
    return "time" in roles or bool(_STAFF_HEADER.search(named))


def group_unit(text: str) -> str:
    """The unit a staff table's group row names ("Văn phòng Điều phối nông
    thôn mới tỉnh"), or "" for one that names no body ("Nhiệm vụ chung")."""
    text = text.strip().rstrip(" .:")
    if not text or is_a_person(text) or not _BODY.match(fold(text)):
        return ""
    return text
