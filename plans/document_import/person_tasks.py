"""Work led by a person (set f40p): a task that opens on a person and his
post, and a member table's rows, whose lead is the body the post names.

    "Chị Lê Thị Hoa, Kế toán HTX, chịu trách nhiệm lập sổ theo dõi công nợ
    …, hoàn thành trước 30/6/2026."
        → "Lập sổ theo dõi công nợ …", lead "HTX", official "Lê Thị Hoa"
    "Anh Hà Văn Tùng (Trưởng thôn) đảm nhận việc vận động nhân dân …"
        → "Vận động nhân dân …", lead "Trưởng thôn" (a post that names no
           body leads), official the name
    "Chị Lò Thị Én - Chi hội trưởng Chi hội Phụ nữ thôn chịu trách nhiệm
    duy trì …" → lead "Chi hội Phụ nữ thôn"

The person opens the sentence after a title of address (labels.toml
[comrades] address), his post after a comma, a dash or in brackets, then
what he takes on (labels.toml [person_tasks] takes: "chịu trách nhiệm",
"đảm nhận việc", "phụ trách" …) and the work in lower case. A person who
directs a body ("… chỉ đạo Phòng Kinh tế hoàn thiện …") is
directing.directed's, read before. `post_body` gives the body a post names
("Phó Chủ tịch UBND xã" → "UBND xã", "Trạm trưởng Trạm Y tế xã" → "Trạm Y
tế xã"), for the sentence and for a member table's "Chức vụ" cell
(tables.py)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.addressed import WRITTEN
from plans.document_import.attributes import capitalised
from plans.document_import.labels import BODY_KINDS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import person_and_post
from plans.document_import.units import (
    folded_same_length,
    is_unit,
    kind_written,
    names_a_person,
)

_KIND = re.compile(BODY_KINDS)
_ADDRESSED = re.compile(rf"(?:{WRITTEN})\.?\s+(?=[^\W\d_])", re.IGNORECASE)
_TAKES = re.compile(
    r"^(?P<p>[^;:]{3,160}?)\s*,?\s+"
    rf"(?:(?:{label_pattern('directing', 'manners')})\s+)?"
    rf"(?P<takes>{label_pattern('person_tasks', 'takes')})\s+"
    rf"(?!(?:{label_pattern('directing', 'verbs')}|{label_pattern('directing', 'orders')})\b)"
    r"(?P<work>\S.*)$"
)


# "Tổ trưởng Tổ dịch vụ thủy lợi", "Trạm trưởng Trạm Y tế xã", "Chi hội
# trưởng Chi hội Phụ nữ thôn": the body's kind, "(phó) trưởng", the body.
_HEAD_OF_KIND = re.compile(
    r"^(?P<k>\w+(?:\s\w+)?)\s+(?:phó\s+)?trưởng\s+(?P<b>(?P=k)\s.+)$", re.I
)


# "trưởng phòng Kinh tế", "phó trưởng ban Văn hóa": the head of a body
# whose kind is written in lower case, then its capitalised name.
_HEAD_OF_LOWER = re.compile(
    r"(?:^|\s)[Tt]rưởng\s+(?P<b>(?:phòng|ban|trạm|khoa|văn phòng)\s+(?P<n>\S).*)$"
)
_POST_WORDS = {"trưởng", "phó"}
# A member's role in the committee (labels.toml [members] roles), no body.
_COMMITTEE_ROLE = re.compile(rf"(?:{label_pattern('members', 'roles')})")


def post_body(post: str) -> str:
    """The body a person's post names, as written: the first capitalised
    word after the post's own words that opens a body's name ("Kế toán HTX"
    → "HTX", "Tổ trưởng Tổ chuyên môn 1" → "Tổ chuyên môn 1"), in the first
    part of the post (between commas) that names one; "" for a post that
    names none ("Hiệu trưởng", "Trưởng thôn", "Công chức Địa chính - Xây
    dựng")."""
    for part in post.split(","):
        part = part.strip(" ()-–")
        if _COMMITTEE_ROLE.fullmatch(" ".join(fold(part).split())):
            continue  # "Phó Trưởng ban Thường trực": a role, no body
        if m := _HEAD_OF_KIND.match(part):
            return m.group("b").strip(" .;")
        if (m := _HEAD_OF_LOWER.search(part)) and m.group("n")[:1].isupper():
            # "Phó Trưởng phòng Kinh tế" → "Phòng Kinh tế".
            return capitalised(part[m.start("b") :].strip(" .;"))
        for word in re.finditer(r"(?<=\s)\S", part):
            name = part[word.start() :].strip(" .;")
            if not word.group().isupper() or name.split()[0].lower() in _POST_WORDS:
                # "Phó Trưởng Phòng Kinh tế": "Trưởng" is the post's, no
                # school ("Trường").
                continue
            if _KIND.match(fold(name)) or kind_written(name):
                return name
    return ""


# "Anh Hà Văn Tùng (Trưởng thôn) vận động …": no phrase before the work, its
# own verb in lower case after the post (folded).
_DOES = re.compile(
    r"^(?P<p>[^;:]{3,160}?)\s*,?\s+"
    rf"(?:(?:{label_pattern('directing', 'manners')})\s+)?"
    rf"(?!(?:{label_pattern('directing', 'verbs')}|{label_pattern('directing', 'orders')})\b)"
    rf"(?P<work>(?:{label_pattern('work', 'verbs')})\b.*)$"
)

# "… trực tiếp chỉ đạo Tổ kỹ thuật tập huấn …": a body whose kind folds to
# other words ("Tổ", "Đội"), directed by the person, up to the work's verb.
_DIRECTS = re.compile(
    r"^(?P<p>[^;:]{3,160}?)\s*,?\s+"
    rf"(?:(?:{label_pattern('directing', 'manners')})\s+)?"
    rf"(?:{label_pattern('members', 'directs')})\s+"
    r"(?P<b>[^,;:()]{3,80}?)\s+"
    rf"(?P<work>(?:{label_pattern('work', 'verbs')})\b.*)$"
)


def person_takes(text: str) -> tuple[str, dict[str, str]]:
    """(the work, its first letter a capital, {"lead": …, "official": the
    name}) for a sentence that opens on a person and his post who takes the
    work on ("chịu trách nhiệm", "đảm nhận việc" …); (text, {}) otherwise.
    The lead is the body the post names, else the post itself."""
    if not _ADDRESSED.match(text):
        return text, {}  # NOTE: most items; folding each one costs (bench)
    folded = folded_same_length(text)
    lead = ""
    m = _DIRECTS.match(folded)
    if m:
        body = text[m.start("b") : m.end("b")]
        lead = body if body[:1].isupper() and is_unit(body) else ""
    if not lead:
        m = _TAKES.match(folded) or _DOES.match(folded)
    if not m or not text[m.start("work")].islower():
        return text, {}
    who = text[_ADDRESSED.match(text).end() : m.end("p")].strip(" ,")
    name, post = person_and_post(who)
    post = post.strip(" ,-–()")
    if not name or not post or not names_a_person(text[: m.end("p")]):
        return text, {}
    lead = lead or post_body(post)
    if not lead and not is_unit(post):
        return text, {}
    work = text[m.start("work") :]
    return work[:1].upper() + work[1:], {"lead": lead or post, "official": name}


# A member table's post column ("Chức vụ", "Chức danh"), folded, whole.
_POST_COLUMN = re.compile(rf"^(?:{label_pattern('person_tasks', 'post_columns')})$")


def post_lead(table, row) -> str | None:
    """The body the post cell of a member table's row names ("Trưởng Phòng
    Kinh tế" → "Phòng Kinh tế"), "" for a post naming no body ("Công chức
    Tư pháp - Hộ tịch"), None when the table has no post column. `table` is
    the table's block (its header lines), `row` the row's."""
    for line in table.lines:
        for index, cell in enumerate(line.cells or []):
            if _POST_COLUMN.match(" ".join(fold(cell).split())):
                cells = row.lines[0].cells or [] if row.lines else []
                return post_body(cells[index]) if index < len(cells) else ""
    return None
