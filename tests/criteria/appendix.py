"""Appendix tables of our own making, as officials build them: merged header
cells over two rows, a row of column numbers, group rows, a criterion number
and name merged down over its indicators, levels merged across columns,
levels per region, per commune group and per year, footnote marks with their
text under the table. Written as real .xlsx files with openpyxl."""

from __future__ import annotations

import io

from openpyxl import Workbook

REGIONS = [
    "Trung du miền núi phía Bắc",
    "Đồng bằng sông Hồng",
    "Bắc Trung Bộ",
    "Duyên hải Nam Trung Bộ",
    "Tây Nguyên",
    "Đông Nam Bộ",
    "Đồng bằng sông Cửu Long",
]


def workbook(rows: list[list], merges: list[str], title: str = "Phụ lục I") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def region_rows(*, changed: bool = False) -> tuple[list[list], list[str]]:
    """A QĐ 318-style table: TT | Tên tiêu chí | Nội dung tiêu chí | ĐVT |
    Chỉ tiêu chung | Chỉ tiêu theo vùng (7 columns) — columns A to L."""
    r = [""] * 7
    rows = [
        ["PHỤ LỤC I", *[""] * 11],
        ["BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI (BẢN THỬ)", *[""] * 11],
        [
            "TT",
            "Tên tiêu chí",
            "Nội dung tiêu chí",
            "Đơn vị tính",
            "Chỉ tiêu chung",
            "Chỉ tiêu theo vùng",
            *r[1:],
        ],
        ["", "", "", "", "", *REGIONS],
        [f"({n})" for n in range(1, 13)],
        ["I", "QUY HOẠCH", *[""] * 10],
        [
            "1",
            "Quy hoạch",
            "1.1. Có quy hoạch chung xây dựng xã được phê duyệt",
            "",
            "Đạt",
            *r,
        ],
        [
            "",
            "",
            "1.2. Ban hành quy định quản lý quy hoạch chung xây dựng xã",
            "",
            "",
            *r,
        ],
        ["II", "HẠ TẦNG KINH TẾ - XÃ HỘI", *[""] * 10],
        [
            "2",
            "Giao thông",
            "2.1. Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa",
            "%",
            "",
            "100%",
            "≥ 90%(*)",
            "từ 95% trở lên",
            "≥ 80 %",
            "≥80%",
            "100%",
            "tối thiểu 85%" if not changed else "tối thiểu 88%",
        ],
        ["", "", "2.2. Tỷ lệ đường thôn được cứng hóa", "%", "≥ 70%", *r],
        [
            "3",
            "Thủy lợi và phòng, chống thiên tai",
            "3.1. Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động",
            "%",
            "từ 80% trở lên(1)",
            *r,
        ],
        [
            "10",
            "Thu nhập",
            "Thu nhập bình quân đầu người khu vực nông thôn",
            "triệu đồng/người/năm",
            "",
            *r,
        ],
        [
            "",
            "",
            "- Năm 2024",
            "",
            "",
            "≥ 48",
            "≥ 62",
            "≥ 50",
            "≥ 55",
            "≥ 52",
            "≥ 70",
            "≥ 60",
        ],
        [
            "",
            "",
            "- Năm 2025",
            "",
            "",
            "≥ 52",
            "≥ 66",
            "≥ 54",
            "≥ 59",
            "≥ 56",
            "≥ 75",
            "≥ 64",
        ],
        [
            "15",
            "Y tế",
            "15.3. Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)",
            "%",
            "",
            "≤ 24%",
            "≤ 16,5%",
            "≤ 25%",
            "tối đa 22%",
            "≤ 26,5%",
            "≤ 14,5%",
            "≤ 19%",
        ],
        [
            "17",
            "Môi trường và an toàn thực phẩm",
            "17.1. Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn",
            "%",
            "≥ 95% (≥ 60% nước sạch)(2)",
            *r,
        ],
        [
            "Ghi chú: (*) Xã đảo áp dụng mức ≥ 70%. (1) Theo hướng dẫn của Bộ Nông "
            "nghiệp và Môi trường. (2) Nước sạch từ hệ thống cấp nước tập trung.",
            *[""] * 11,
        ],
    ]
    if changed:
        # 2.2 raised to ≥ 75%, 17.1 gone, 9.1 added; 1.2's wording amended.
        rows[10][4] = "≥ 75%"
        rows[7][2] = "1.2. Ban hành quy định quản lý quy hoạch và tổ chức thực hiện"
        rows[16] = ["9", "Nhà ở dân cư", "9.1. Nhà tạm, dột nát", "", "Không", *r]
    merges = [
        "A1:L1",
        "A2:L2",
        "A3:A4",
        "B3:B4",
        "C3:C4",
        "D3:D4",
        "E3:E4",
        "F3:L3",
        "B6:L6",
        "A7:A8",
        "B7:B8",
        "E7:L8",  # "Đạt" over both indicators and every region
        "B9:L9",
        "A10:A11",
        "B10:B11",
        "A13:A15",
        "B13:B15",
        "A18:L18",
    ]
    return rows, merges


def region_xlsx(**kwargs) -> bytes:
    rows, merges = region_rows(**kwargs)
    return workbook(rows, merges)


def group_rows() -> tuple[list[list], list[str]]:
    """A QĐ 51-style table with a code column and three header rows:
    STT | Tên tiêu chí | Mã | Nội dung chỉ tiêu | ĐVT | Mức đạt chuẩn theo nhóm
    xã (Xã nhóm 1, 2, 3) | Ghi chú — columns A to I."""
    rows = [
        ["BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 – 2030 (BẢN THỬ)", *[""] * 8],
        [
            "STT",
            "Tên tiêu chí",
            "Mã chỉ tiêu",
            "Nội dung chỉ tiêu",
            "ĐVT",
            "Mức đạt chuẩn theo nhóm xã",
            "",
            "",
            "Ghi chú",
        ],
        ["", "", "", "", "", "Nhóm I", "Nhóm II", "Nhóm III", ""],
        ["", "", "", "", "", "Xã nhóm 1", "Xã nhóm 2", "Xã nhóm 3", ""],
        [
            "1",
            "Quy hoạch",
            "1.1",
            "Có quy hoạch chung xã được phê duyệt",
            "",
            "Đạt",
            "",
            "",
            "",
        ],
        [
            "",
            "",
            "1.2",
            "Tỷ lệ thôn có quy hoạch chi tiết điểm dân cư",
            "%",
            "100%",
            "≥ 90%",
            "≥ 80%¹",
            "",
        ],
        [
            "2",
            "Hạ tầng kinh tế - xã hội",
            "2.1",
            "Tỷ lệ đường xã được cứng hóa",
            "%",
            "100%",
            "100%",
            "≥ 95%",
            "",
        ],
        [
            "",
            "",
            "2.2",
            "Tỷ lệ hộ sử dụng điện an toàn",
            "%",
            "≥ 99%",
            "≥ 98%",
            "≥ 95%",
            "",
        ],
        [
            "6",
            "Giảm nghèo và an sinh xã hội",
            "6.1",
            "Tỷ lệ hộ nghèo đa chiều",
            "%",
            "dưới 1%",
            "≤ 2%",
            "tối đa 5%",
            "Theo chuẩn nghèo giai đoạn 2026–2030",
        ],
        [
            "",
            "",
            "6.2",
            "Thu nhập bình quân đầu người",
            "triệu đồng/người/năm",
            "≥ 90",
            "≥ 75",
            "≥ 60",
            "",
        ],
        ["Ghi chú: ¹ Xã có trên 50% diện tích rừng áp dụng mức ≥ 70%.", *[""] * 8],
    ]
    merges = [
        "A1:I1",
        "A2:A4",
        "B2:B4",
        "C2:C4",
        "D2:D4",
        "E2:E4",
        "F2:H2",
        "I2:I4",
        "F5:H5",  # "Đạt" for every group
        "A5:A6",
        "B5:B6",
        "A7:A8",
        "B7:B8",
        "A9:A10",
        "B9:B10",
        "A11:I11",
    ]
    return rows, merges


def group_xlsx() -> bytes:
    rows, merges = group_rows()
    return workbook(rows, merges)


def _ranges(merges: list[str]) -> list[tuple[int, int, int, int]]:
    """ "A3:L4" → (row, column, last row, last column), 0-based."""
    from openpyxl.utils.cell import range_boundaries

    found = []
    for merge in merges:
        left, top, right, bottom = range_boundaries(merge)
        found.append((top - 1, left - 1, bottom - 1, right - 1))
    return found


def as_docx(rows: list[list], merges: list[str], *, titles=2, notes=1) -> bytes:
    """The same appendix as a Word document: title paragraphs, the table
    (merged cells merged the way Word merges them), the notes under it."""
    import docx

    document = docx.Document()
    for row in rows[:titles]:
        document.add_paragraph(str(row[0]))
    body = rows[titles : len(rows) - notes]
    width = max(len(row) for row in body)
    table = document.add_table(rows=len(body), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(body):
        for c, value in enumerate(row):
            if value != "":
                table.cell(r, c).text = str(value)
    for top, left, bottom, right in _ranges(merges):
        top, bottom = top - titles, bottom - titles
        if top >= 0 and bottom < len(body):
            table.cell(top, left).merge(table.cell(bottom, right))
    for row in rows[len(rows) - notes :]:
        document.add_paragraph(str(row[0]))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_pdf(rows: list[list], merges: list[str], *, titles=2, notes=1) -> bytes:
    """The same appendix printed to PDF (WeasyPrint, ruled table with row and
    column spans), as a scanned-free official copy is."""
    from html import escape

    from tests.pdfs import html_to_pdf

    body = rows[titles : len(rows) - notes]
    spans, covered = {}, set()
    for top, left, bottom, right in _ranges(merges):
        top, bottom = top - titles, bottom - titles
        if top >= 0 and bottom < len(body):
            spans[(top, left)] = (bottom - top + 1, right - left + 1)
            covered |= {
                (r, c)
                for r in range(top, bottom + 1)
                for c in range(left, right + 1)
                if (r, c) != (top, left)
            }
    html = [
        "<html><head><style>@page { size: A4 landscape; margin: 1cm }"
        " body { font-family: 'Liberation Serif'; font-size: 8pt }"
        " table { border-collapse: collapse; width: 100% }"
        " td { border: 0.6pt solid black; padding: 2pt; vertical-align: middle }"
        "</style></head><body>"
    ]
    html += [f"<p>{escape(str(row[0]))}</p>" for row in rows[:titles]]
    html.append("<table>")
    for r, row in enumerate(body):
        html.append("<tr>")
        for c, value in enumerate(row):
            if (r, c) in covered:
                continue
            rowspan, colspan = spans.get((r, c), (1, 1))
            html.append(
                f'<td rowspan="{rowspan}" colspan="{colspan}">{escape(str(value))}</td>'
            )
        html.append("</tr>")
    html.append("</table>")
    html += [f"<p>{escape(str(row[0]))}</p>" for row in rows[len(rows) - notes :]]
    html.append("</body></html>")
    return html_to_pdf("".join(html))
