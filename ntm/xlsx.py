"""Excel uploads checked by content, shared by every import of an .xlsx (village
targets, villages, accounts, reference tables).

Files are checked by content, never by name: the zip signature, legacy .xls
and password-protected .xlsx (both OLE2, D0 CF 11 E0), a Word file in
disguise, the size, and inflated sizes inside the archive (zip bombs) before
openpyxl builds a single cell; a streaming pass then counts cells and rows.
Every refusal is a Vietnamese message (`Refused`), and every problem found in
a sheet an `ImportProblem` with its place.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from openpyxl import load_workbook
from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from ntm.numbers import format_number

MAX_BYTES = 5 * 1024 * 1024
# Inside the archive: what the XML may inflate to, and how many cells and
# rows a sheet may hold, checked by streaming before the workbook is built.
MAX_INFLATED_BYTES = 25 * 1024 * 1024
MAX_ENTRIES = 300
MAX_CELLS = 100_000
MAX_ROWS = 2_000
MAX_COLUMNS = 200
MAX_SHEETS = 20

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"

FONT = "Times New Roman"
# Text that starts with these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# The messages, in Vietnamese, for a file that cannot be read at all.
EMPTY = "Tệp trống: không có nội dung nào để nhập."

TOO_LARGE = (
    "Tệp quá lớn ({size} MB); tối đa {limit} MB. Tệp mẫu chỉ tiêu thường dưới "
    "100 KB: kiểm tra lại tệp đã chọn."
)

OLE = (
    "Tệp là định dạng Excel cũ (.xls) hoặc tệp .xlsx có đặt mật khẩu. Mở tệp trong "
    "Excel, bỏ mật khẩu nếu có, rồi Lưu thành (Save As) “Excel Workbook (.xlsx)” "
    "và tải lên lại."
)

NOT_XLSX = (
    "Tệp không phải bảng tính Excel .xlsx (chỉ đặt tên .xlsx chưa đủ). Hãy tải "
    "tệp mẫu, ghi số vào đó rồi tải lên."
)

WORD = "Tệp là tài liệu Word, không phải bảng tính Excel .xlsx."

CORRUPT = (
    "Không mở được tệp Excel (tệp có thể bị hỏng hoặc chưa lưu xong). Mở lại "
    "trong Excel, Lưu thành .xlsx rồi tải lên lại."
)

BOMB = (
    "Tệp Excel chứa dữ liệu nén bất thường (giải nén quá {limit} MB) nên không "
    "được mở. Hãy dùng tệp mẫu tải từ hệ thống."
)

TOO_BIG_SHEET = (
    "Trang tính “{sheet}” quá lớn: tối đa {rows} dòng, {columns} cột và "
    "{cells} ô. Hãy dùng tệp mẫu tải từ hệ thống."
)

# Also for a file with too many sheets to be a template.
NOT_TEMPLATE = (
    "Không tìm thấy bảng chỉ tiêu của tệp mẫu (dòng mã ẩn dưới tiêu đề cột đã bị "
    "xóa hoặc đây là một tệp khác). Hãy tải tệp mẫu mới, ghi số vào đó rồi tải lên."
)


@dataclass
class ImportProblem:
    """One reason the upload cannot be saved. `label` says where ("Dòng 7, ô
    E7 (thôn Nà Lài)"), `cell` is the address the error workbook marks."""

    message: str
    label: str = ""
    sheet: str | None = None
    row: int | None = None
    cell: str | None = None

    @property
    def text(self) -> str:
        return f"{self.label}: {self.message}" if self.label else self.message


@dataclass
class UploadResult:
    """What every Excel import returns; each adds its own rows or changes."""

    dry_run: bool
    problems: list[ImportProblem] = field(default_factory=list)
    applied: bool = False
    # The uploaded bytes when they opened as a workbook (the error workbook
    # marks them up; a file that passed the dry run is kept for "Nhập").
    source: bytes | None = field(default=None, repr=False)
    filename: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


class Refused(Exception):
    """The file as a whole cannot be read; the message says why."""


def fit_a4_width(sheet, *, landscape: bool = True, title_rows: str = "") -> None:
    """Print `sheet` on A4, every column on one page wide and as many pages
    tall as it needs, repeating `title_rows` ("3:5") on each page."""
    setup = sheet.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    if title_rows:
        sheet.print_title_rows = title_rows


def text_cell(cell, value: str) -> None:
    """Text that no spreadsheet evaluates, also after the official edits it."""
    cell.value = value
    if value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True


def read_bytes(upload) -> tuple[bytes, str]:
    if isinstance(upload, bytes | bytearray):
        return bytes(upload), ""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise Refused(too_large(size))
    upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    return data, getattr(upload, "name", "") or ""


def too_large(size: int) -> str:
    return TOO_LARGE.format(
        size=str(round(size / 1024 / 1024, 1)).replace(".", ","),
        limit=MAX_BYTES // 1024 // 1024,
    )


def check_archive(data: bytes) -> None:
    """Refuse by content what is not an .xlsx, before openpyxl reads anything."""
    if not data or not data.strip(b"\x00 \t\r\n"):
        raise Refused(EMPTY)
    if len(data) > MAX_BYTES:
        raise Refused(too_large(len(data)))
    if data.startswith(OLE2):
        raise Refused(OLE)
    if not data.startswith(ZIP):
        raise Refused(NOT_XLSX)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise Refused(CORRUPT) from error
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names:
        raise Refused(WORD if "word/document.xml" in names else NOT_XLSX)
    inflated = sum(entry.file_size for entry in entries)
    if len(entries) > MAX_ENTRIES or inflated > MAX_INFLATED_BYTES:
        raise Refused(BOMB.format(limit=MAX_INFLATED_BYTES // 1024 // 1024))


def check_dimensions(data: bytes) -> None:
    """Stream every sheet once (openpyxl read-only) and refuse one that is too
    large before the full workbook, with its object per cell, is built."""
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types on damaged files
        raise Refused(CORRUPT) from error
    try:
        if len(wb.sheetnames) > MAX_SHEETS:
            raise Refused(NOT_TEMPLATE)
        for ws in wb.worksheets:
            if not hasattr(ws, "reset_dimensions"):
                continue  # a chartsheet holds no cells
            ws.reset_dimensions()  # the stored size may lie; read what is there
            cells = 0
            for row_index, row in enumerate(ws.iter_rows(), start=1):
                # Every stored cell counts, styled-only ones too: the full
                # load builds an object for each.
                stored = [c for c in row if c is not EMPTY_CELL]
                filled = [c for c in stored if c.value is not None]
                cells += len(stored)
                too_big = cells > MAX_CELLS or (
                    filled and (row_index > MAX_ROWS or filled[-1].column > MAX_COLUMNS)
                )
                if too_big:
                    raise Refused(
                        TOO_BIG_SHEET.format(
                            sheet=ws.title,
                            rows=format_number(MAX_ROWS),
                            columns=MAX_COLUMNS,
                            cells=format_number(MAX_CELLS),
                        )
                    )
    except Refused:
        raise
    except Exception as error:
        raise Refused(CORRUPT) from error
    finally:
        wb.close()


def open_workbook(data: bytes):
    """The workbook as openpyxl objects, formulas kept as formulas."""
    check_archive(data)
    check_dimensions(data)
    try:
        return load_workbook(io.BytesIO(data), data_only=False)
    except Exception as error:
        raise Refused(CORRUPT) from error


def is_formula(cell) -> bool:
    return cell.data_type == "f" or isinstance(
        cell.value, ArrayFormula | DataTableFormula
    )


def quoted(value, limit: int = 40) -> str:
    text = " ".join(str(value).split())
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"
