"""How the import family tests read a plan: a text or a document's bytes
parsed as an upload is (`read_plan`), a file of the corpus (`read_file`),
the Phú Xá commune plan most families write their tasks into (`HEAD` and
`TAIL` around a text body, `word_plan` around Word paragraphs and tables),
a python-docx plan opening on "I. NHIỆM VỤ" (`task_document`), the
tasks by title, and a table cell of several paragraphs (`lines_cell`)."""

from __future__ import annotations

from pathlib import Path

from ntm.documents import read_document
from plans.document_import.parser import parse
from plans.document_import.quality import official_key
from tests.documents.docx_parts import docx, p, tc

HEAD = """ỦY BAN NHÂN DÂN
XÃ PHÚ XÁ
Số: 12/KH-UBND
Phú Xá, ngày 04 tháng 5 năm 2026
KẾ HOẠCH
Làm đường giao thông nông thôn năm 2026
UBND xã Phú Xá ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Cứng hóa thêm 5 km đường thôn.
II. NHIỆM VỤ
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
Các bộ phận báo cáo UBND xã.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tư
"""


def read_plan(data: str | bytes, name: str = "ke-hoach.txt"):
    """The plan parsed from `data` (a text is encoded in UTF-8) uploaded as
    a file named `name`."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return parse(read_document(name, data))


def read_file(path: Path):
    """The plan parsed from the file at `path`, as uploaded."""
    return read_plan(path.read_bytes(), path.name)


def plan_of(body: str, name: str = "ke-hoach.txt"):
    """The Phú Xá plan with `body` as its tasks ("II. NHIỆM VỤ")."""
    return read_plan(HEAD + body + TAIL, name)


def word_plan(*body: str) -> bytes:
    """A Word plan of the commune whose body (tables, paragraphs) is `body`,
    under "I. NHIỆM VỤ"."""
    return docx(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 12/KH-UBND"),
        p("Phú Xá, ngày 04 tháng 5 năm 2026"),
        p("KẾ HOẠCH"),
        p("An sinh xã hội năm 2026"),
        p("I. NHIỆM VỤ"),
        *body,
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
    )


def task_document():
    """A python-docx plan: "KẾ HOẠCH", its title, then "I. NHIỆM VỤ", for a
    test to add its tables to."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Thực hiện các tiêu chí năm 2027")
    doc.add_paragraph("I. NHIỆM VỤ")
    return doc


def by_title(plan) -> dict:
    return {t.title: t for t in plan.tasks}


def lines_cell(*lines: str) -> str:
    """A table cell (of tests.documents.docx_parts) of one paragraph a line."""
    return tc("", body="".join(p(line) for line in lines))


def check_task(task, lead, partners=(), official=None, start=None, deadline=None):
    """A task's lead and partners as read, and its official (compared as
    quality.official_key folds it), start and deadline where given."""
    assert task.lead_text == lead, task.title
    assert task.coordinating_units == list(partners), task.title
    if official is not None:
        assert official_key(task.official_text) == official, task.title
    if start:
        assert str(task.starts_on) == start, task.title
    if deadline:
        assert str(task.ends_on) == deadline, task.title
