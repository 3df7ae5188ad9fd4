"""Word (.docx, and .doc/.rtf/.odt through LibreOffice) and PDF appendices,
read by the project's document reader (ntm.documents) and handed to the
table loader (criteria.loading.tables) in its shape.

Each table of the document becomes a SourceTable: a merged cell's text is
spread over the positions it covers, flagged `merged` beyond its first one;
rows are named "Bảng 2, dòng 5" (with the page for a PDF). The paragraphs
between a table and the next one are its notes (the "Ghi chú: (1) …" under an
appendix table); the paragraph just before it names it ("PHỤ LỤC I …"), so
that a document with several appendices can say which table is which.
"""

from __future__ import annotations

from criteria.loading.tables import Cell, SourceTable, SourceUnreadable
from ntm.documents import DocumentError, Paragraph, Table, read_document


def _cells(table: Table) -> list[list[Cell]]:
    """The table's grid (Table.grid) in the loader's cells: a merged cell's
    text at every position it covers, `merged` beyond its first one."""
    starts = {
        id(cell): (r, cell.column)
        for r, row in enumerate(table.rows)
        for cell in row.cells
        if not cell.covered
    }
    return [
        [
            Cell("")
            if cell is None
            else Cell(" ".join(cell.text.split()), merged=starts[id(cell)] != (r, c))
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(table.grid())
    ]


def tables_of(document) -> list[SourceTable]:
    """The document's tables as the loader reads them."""
    tables: list[SourceTable] = []
    heading = ""
    for block in document.blocks:
        if isinstance(block, Paragraph):
            text = " ".join(block.full_text.split())
            if not text:
                continue
            if tables and tables[-1].meta.get("open"):
                tables[-1].notes.append(text)
            heading = text
            continue
        if tables:
            tables[-1].meta.pop("open", None)
        number = len(tables) + 1
        page = f", trang {block.page}" if block.page else ""
        where = f"Bảng {number}{page}" + (f" ({heading[:60]})" if heading else "")
        tables.append(
            SourceTable(
                rows=_cells(block),
                where=where,
                row_names=[
                    f"Bảng {number}{page}, dòng {r}"
                    for r in range(1, len(block.rows) + 1)
                ],
                meta={"open": True},
            )
        )
        heading = ""
    for table in tables:
        table.meta.pop("open", None)
    return tables


def read(kind: str, data: bytes, name: str = "") -> list[SourceTable]:
    """The tables of a Word or PDF file; SourceUnreadable with the reader's
    Vietnamese reason when it cannot be read."""
    try:
        document = read_document(name or f"phu-luc.{kind}", data)
    except DocumentError as error:
        raise SourceUnreadable(" ".join(error.messages)) from error
    tables = tables_of(document)
    if not tables:
        raise SourceUnreadable(
            "Không tìm thấy bảng nào trong văn bản: phụ lục tiêu chí cần ở dạng bảng "
            "(Word: bảng; PDF: bảng có kẻ ô). Có thể chép bảng sang mẫu Excel rồi tải "
            "lên."
        )
    return tables
