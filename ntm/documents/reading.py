"""The format of a file judged by its content (never by its name alone), and
the reader for it."""

from __future__ import annotations

import io
import zipfile

from ntm.documents import convert
from ntm.documents.docx import read_docx
from ntm.documents.errors import (
    EMPTY,
    ENCRYPTED,
    IMAGE,
    NOT_DOCX,
    NOT_TEXT,
    OLE_UNKNOWN,
    SHEET_CONVERT_FAILED,
    SHEET_ENCRYPTED,
    TOO_LARGE,
    ZIP_MEMBER_ERRORS,
    DocumentError,
)
from ntm.documents.model import Document, Paragraph
from ntm.documents.pdf import read_pdf
from ntm.documents.sheet import read_xlsx, to_xlsx
from ntm.documents.text import read_text

MAX_BYTES = 10 * 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
SHEET_NAMES = (".xlsx", ".xlsm", ".xls", ".ods")
IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")


def size_check(size: int, *, max_bytes: int = MAX_BYTES) -> None:
    """Refuse a file over `max_bytes` before reading it."""
    if size > max_bytes:
        raise DocumentError(
            TOO_LARGE.format(
                size=str(round(size / 1024 / 1024, 1)).replace(".", ","),
                limit=max_bytes // 1024 // 1024,
            ),
            code="too_large",
        )


def sniff(data: bytes, name: str = "") -> str:
    """ "docx", "pdf", "doc", "rtf", "odt", "xlsx", "xls", "ods", "md" or
    "txt"; DocumentError for what is no document (an image, an encrypted
    Office file)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(ZIP):
        return _zip_kind(data, name)
    if data.startswith(OLE2):
        # The OLE2 directory names its streams in UTF-16.
        if "EncryptedPackage".encode("utf-16-le") in data:
            # Word and Excel encrypt alike; the name says which to open.
            sheet = name.lower().endswith(SHEET_NAMES)
            raise DocumentError(
                SHEET_ENCRYPTED if sheet else ENCRYPTED, code="encrypted"
            )
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        if any(s.encode("utf-16-le") in data for s in ("Workbook", "Book")):
            return "xls"
        raise DocumentError(OLE_UNKNOWN, code="ole")
    if data.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(IMAGES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        raise DocumentError(IMAGE, code="image")
    return "md" if name.lower().endswith((".md", ".markdown")) else "txt"


def _zip_kind(data: bytes, name: str = "") -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if b"opendocument.text" in mimetype:
                    return "odt"
                if b"opendocument.spreadsheet" in mimetype:
                    return "ods"
    except ZIP_MEMBER_ERRORS as error:
        if name.lower().endswith(SHEET_NAMES):
            raise DocumentError(
                SHEET_CONVERT_FAILED.format(kind=".xlsx"), code="not_xlsx"
            ) from error
        raise DocumentError(NOT_DOCX, code="not_docx") from error
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if "word/document.xml" in names or "_rels/.rels" in names:
        return "docx"
    raise DocumentError(NOT_DOCX, code="not_docx")


def read_document(name: str, data: bytes, *, max_bytes: int = MAX_BYTES) -> Document:
    """`data` (the bytes of a file the user called `name`) read as a Document:
    .docx, .pdf with a text layer, .txt, .md, .xlsx; .doc, .rtf, .odt, .xls
    and .ods through LibreOffice. Anything else raises DocumentError with a Vietnamese message."""
    size_check(len(data), max_bytes=max_bytes)
    if not data.strip():
        raise DocumentError(EMPTY, code="empty")
    kind = sniff(data, name)
    if kind == "pdf":
        document = read_pdf(name, data)
    elif kind == "docx":
        document = read_docx(name, data)
    elif kind in convert.KINDS:
        document = read_docx(name, convert.to_docx(data, kind))
        document.format = kind
        document.notes.append(
            f"Tệp {convert.KINDS[kind]} đã được chuyển sang .docx bằng LibreOffice "
            "để đọc; kiểm tra kỹ phần đánh số và bảng."
        )
    elif kind == "xlsx":
        document = read_xlsx(name, data)
    elif kind in ("xls", "ods"):
        document = read_xlsx(name, to_xlsx(data, kind))
        document.format = kind
        document.notes.append(
            f"Tệp .{kind} đã được chuyển sang .xlsx bằng LibreOffice để đọc; "
            "kiểm tra kỹ các ô gộp và ngày tháng."
        )
    elif kind in ("md", "txt"):
        document = read_text(name, data, markdown=kind == "md")
    else:  # pragma: no cover - sniff returns only the kinds above
        raise DocumentError(NOT_TEXT, code="not_text")
    if not any(
        (b.full_text.strip() if isinstance(b, Paragraph) else b.rows)
        for b in document.blocks
    ):
        raise DocumentError(EMPTY, code="empty")
    return document
