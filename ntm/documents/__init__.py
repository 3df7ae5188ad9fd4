"""Documents officials write (Word, PDF, text), read into one structure.

    from ntm.documents import read_document, DocumentError, Paragraph, Table

    document = read_document("ke-hoach.docx", data)   # bytes of the upload
    for block in document.blocks:                     # in reading order
        if isinstance(block, Paragraph):
            block.label, block.text, block.bold, block.indent
        else:                                         # a Table
            for row in block.rows:
                for cell in row.cells:
                    cell.text, cell.column, cell.colspan, cell.rowspan, cell.covered
            block.texts()  # rows × columns, merged cells repeated

Formats, judged by content: .docx; .pdf with a text layer (pdfplumber);
.txt and .md (UTF-8, UTF-16 with BOM, Windows-1258; tabs make table cells,
Markdown emphasis and pipe tables understood); .doc, .rtf, .odt converted by
LibreOffice headless when installed; .xlsx (visible sheets: title rows as
paragraphs, the task table as a Table), .xls and .ods converted to .xlsx.
Vietnamese typed in the legacy TCVN3 (".VnTime") and VNI fonts is converted
to Unicode (ntm.documents.legacy). Every refusal is a DocumentError (a
django ValidationError) whose message, in Vietnamese, says what to do.
Developer notes: docs/documents.md.
"""

from ntm.documents.errors import DocumentError
from ntm.documents.model import Cell, Document, Paragraph, Row, Run, Table
from ntm.documents.reading import MAX_BYTES, read_document, size_check, sniff

__all__ = [
    "MAX_BYTES",
    "Cell",
    "Document",
    "DocumentError",
    "Paragraph",
    "Row",
    "Run",
    "Table",
    "read_document",
    "size_check",
    "sniff",
]
