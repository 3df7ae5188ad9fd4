"""The one error a document reader raises, with its message in Vietnamese."""

from __future__ import annotations

import zipfile
import zlib

from django.core.exceptions import ValidationError

EMPTY = "Tệp trống: không có nội dung nào để đọc."
TOO_LARGE = "Tệp quá lớn ({size} MB); tối đa {limit} MB. Kiểm tra lại tệp đã chọn."
NOT_DOCX = "Tệp không phải là tài liệu Word .docx hợp lệ (có thể bị hỏng). Mở lại trong Word và lưu thành .docx, hoặc dán nội dung vào tệp .txt."
ENCRYPTED = "Tệp Word có đặt mật khẩu nên không đọc được. Mở tệp trong Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu), lưu lại rồi tải lên."
LEGACY_NO_CONVERTER = "Tệp là định dạng Word cũ (.doc) và máy chủ chưa cài LibreOffice để chuyển đổi. Mở tệp trong Word, chọn Lưu thành (Save As) định dạng .docx rồi tải lên lại."
CONVERT_FAILED = "Không chuyển được tệp {kind} sang .docx (tệp có thể bị hỏng hoặc có mật khẩu). Mở tệp trong Word, lưu thành .docx rồi tải lên lại."
OLE_UNKNOWN = "Tệp là định dạng Office cũ (Word .doc, Excel .xls …) bị hỏng hoặc không đọc được. Mở tệp trong Word, chọn Lưu thành (Save As) định dạng .docx rồi tải lên lại."
SPREADSHEET = "Tệp là bảng tính (Excel), không phải văn bản. Tải lên kế hoạch dạng .docx, .pdf hoặc .txt."
SHEET_ENCRYPTED = "Tệp Excel có đặt mật khẩu nên không đọc được. Mở tệp trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc), lưu lại rồi tải lên."
SHEET_NO_CONVERTER = "Tệp là bảng tính {kind} và máy chủ chưa cài LibreOffice để chuyển đổi. Mở tệp trong Excel, chọn Lưu thành (Save As) định dạng .xlsx rồi tải lên lại."
SHEET_CONVERT_FAILED = "Không đọc được bảng tính {kind} (tệp có thể bị hỏng hoặc có mật khẩu). Mở tệp trong Excel, lưu thành .xlsx rồi tải lên lại."
SHEET_NOTHING = "Bảng tính không có chữ để nhập: các trang tính đang hiện chỉ có biểu đồ, số liệu hoặc để trống. Tải lên trang tính có danh sách nhiệm vụ (nội dung, đơn vị chủ trì, thời gian), hoặc bản kế hoạch .docx, .pdf."
SHEET_TOO_LARGE = "Bảng tính quá lớn để đọc như một kế hoạch. Chép riêng trang tính có danh sách nhiệm vụ sang một tệp mới rồi tải lên."
IMAGE = "Tệp là ảnh, không có chữ để đọc. Tải lên bản Word (.docx) hoặc PDF có lớp chữ."
NOT_TEXT = "Tệp không phải văn bản: chỉ nhận .docx, .doc, .odt, .rtf, .pdf, .txt, .md hoặc bảng tính .xlsx, .xls, .ods."
PDF_BROKEN = (
    "Tệp PDF bị hỏng hoặc không mở được. Xuất lại PDF từ Word, hoặc tải lên bản .docx."
)
PDF_ENCRYPTED = "Tệp PDF có đặt mật khẩu nên không đọc được. Tải lên bản không có mật khẩu, hoặc bản .docx."
PDF_SCANNED = "Tệp PDF là bản quét (ảnh), không có lớp chữ nên không đọc được nội dung. Tải lên bản Word (.docx), hoặc PDF xuất trực tiếp từ Word."
PDF_TOO_LONG = "Tệp PDF có {pages} trang; chỉ đọc tối đa {limit} trang. Tách phần kế hoạch ra tệp riêng rồi tải lên."

# What reading a damaged or encrypted zip member raises (a bad CRC, a
# truncated stream, an unsupported compression method): the file is no
# readable .docx, whichever of them it is.
ZIP_MEMBER_ERRORS = (
    zipfile.BadZipFile,
    ValueError,
    OSError,
    RuntimeError,
    EOFError,
    zlib.error,
    NotImplementedError,
)


class DocumentError(ValidationError):
    """A file that cannot be read as a document; `messages` says why, in
    Vietnamese, and `code` names the cause ("empty", "encrypted", …)."""
