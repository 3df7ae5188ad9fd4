"""Word (.docx) and PDF appendices, read through the project's document
reader (ntm.documents) into the loader's tables (criteria.loading.tables).

The reader is another increment of the project; until it is installed here,
these formats are refused with a clear message and the Excel template is the
way in.
"""

from __future__ import annotations

from criteria.loading.tables import SourceTable, SourceUnreadable

NOT_YET = (
    "Chưa đọc được tệp {kind} trên hệ thống này. Hãy tải “Mẫu Excel” của bộ tiêu "
    "chí, chép các dòng của phụ lục vào đó rồi tải lên."
)


def read(kind: str, data: bytes) -> list[SourceTable]:
    """The tables of a .docx or .pdf; SourceUnreadable when it cannot be read."""
    raise SourceUnreadable(NOT_YET.format(kind={"docx": "Word", "pdf": "PDF"}[kind]))
