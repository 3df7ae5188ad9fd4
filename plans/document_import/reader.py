"""A plan file (.docx or .txt) as lines of NFC text, checked by its content.

A .docx is a zip holding word/document.xml; a legacy .doc and a
password-protected .docx are OLE2 compound files (D0 CF 11 E0); anything else
is refused with a message that says what it is and what to do.
"""

from __future__ import annotations

import io
import re
import zipfile

from django.core.exceptions import ValidationError

from villages.text import nfc

MAX_BYTES = 10 * 1024 * 1024
# A docx's XML may not inflate beyond this (zip bombs).
MAX_XML_BYTES = 50 * 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"

EMPTY = "Tệp trống: không có nội dung nào để nhập."
TOO_LARGE = "Tệp quá lớn ({size} MB); tối đa {limit} MB. Một kế hoạch thường dưới 1 MB: kiểm tra lại tệp đã chọn."
OLE = "Tệp là định dạng Word cũ (.doc) hoặc .docx có đặt mật khẩu. Mở tệp trong Word, bỏ mật khẩu nếu có, rồi Lưu thành (Save As) định dạng .docx và tải lên lại."
NOT_DOCX = "Tệp không phải là tài liệu Word .docx hợp lệ (có thể bị hỏng). Mở lại trong Word và lưu thành .docx, hoặc dán nội dung vào tệp .txt."
NOT_TEXT = "Tệp không phải văn bản: chỉ nhận .docx hoặc .txt (mã UTF-8)."


def _docx_lines(data: bytes) -> list[str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as error:
        raise ValidationError(NOT_DOCX, code="not_docx") from error
    if info.file_size > MAX_XML_BYTES:
        raise ValidationError(NOT_DOCX, code="not_docx")
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many types on damaged files
        raise ValidationError(NOT_DOCX, code="not_docx") from error
    lines: list[str] = []
    body = document.element.body
    # Paragraphs and tables in document order; a table's cells read row by row
    # (the header block of a Decree 30 document is a two-column table).
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(
                "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            )
        elif tag == "tbl":
            for row in child.iter():
                if not row.tag.endswith("}tc"):
                    continue
                for paragraph in row.iter():
                    if paragraph.tag.endswith("}p"):
                        lines.append(
                            "".join(
                                t.text or ""
                                for t in paragraph.iter()
                                if t.tag.endswith("}t")
                            )
                        )
    return lines


def _text_lines(data: bytes) -> list[str]:
    if b"\x00" in data[:4096]:
        raise ValidationError(NOT_TEXT, code="not_text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(NOT_TEXT, code="not_text") from error
    return text.splitlines()


def clean(line: str) -> str:
    """One line as the parser wants it: NFC, markdown emphasis and heading
    marks dropped, tabs and runs of spaces collapsed."""
    line = nfc(line).replace("\u00a0", " ")
    line = re.sub(r"^#+\s*", "", line)
    line = line.replace("**", "").replace("__", "")
    return " ".join(line.split())


def size_check(size: int) -> None:
    """Refuse a file over MAX_BYTES before reading it."""
    if size > MAX_BYTES:
        raise ValidationError(
            TOO_LARGE.format(
                size=str(round(size / 1024 / 1024, 1)).replace(".", ","),
                limit=MAX_BYTES // 1024 // 1024,
            ),
            code="too_large",
        )


def read_lines(data: bytes) -> list[str]:
    """The non-empty lines of a .docx or .txt plan; ValidationError in
    Vietnamese for anything else."""
    size_check(len(data))
    if not data or not data.strip():
        raise ValidationError(EMPTY, code="empty")
    if data.startswith(OLE2):
        raise ValidationError(OLE, code="ole")
    raw = _docx_lines(data) if data.startswith(ZIP) else _text_lines(data)
    lines = [clean(line) for line in raw]
    lines = [line for line in lines if line]
    if not lines:
        raise ValidationError(EMPTY, code="empty")
    return lines
