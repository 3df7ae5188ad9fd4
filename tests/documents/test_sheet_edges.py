"""Where a spreadsheet's header, title, table and signature meet
(ntm/documents/sheet.py): workbooks written here by openpyxl, read back."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from ntm.documents import Paragraph, read_document
from plans.document_import.parser import parse

TASKS = [
    (1, "Cứng hóa đường trục thôn Đông", "Phòng Kinh tế", "Thôn Đông", "Quý II/2027"),
    (2, "Sửa chữa nhà văn hóa thôn Tây", "Công an xã", "Thôn Tây", "Quý III/2027"),
]


def saved(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def header_then_title() -> Workbook:
    """The issuer beside the motto (two texts a row), then the document's
    type and title typed in column A, unmerged, right under them."""
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["D1"] = "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"], ws["D2"] = "XÃ TÂN LẬP", "Độc lập - Tự do - Hạnh phúc"
    ws["A3"], ws["D3"] = "Số: 96/KH-UBND", "Tân Lập, ngày 14 tháng 12 năm 2026"
    ws["A4"] = "KẾ HOẠCH"
    ws["A5"] = "Xây dựng nông thôn mới năm 2027"
    ws.append([])
    ws.append(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"])
    for row in TASKS:
        ws.append(row)
    return wb


def test_a_title_in_column_a_under_the_header_is_no_part_of_it():
    document = read_document("ke-hoach.xlsx", saved(header_then_title()))
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert paragraphs[:2] == ["KẾ HOẠCH", "Xây dựng nông thôn mới năm 2027"]
    header = document.tables[0].texts()
    assert [row[0] for row in header] == [
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN LẬP",
        "Số: 96/KH-UBND",
    ]
    plan = parse(document)
    assert plan.doc_type == "KH"
    assert plan.title == "Xây dựng nông thôn mới năm 2027"
    assert (plan.number, plan.symbol) == ("96", "KH-UBND")


def test_the_issuers_number_alone_under_the_header_stays_in_it():
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["D1"] = "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"], ws["D2"] = "XÃ TÂN LẬP", "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: 96/KH-UBND"
    ws["A4"] = "KẾ HOẠCH"
    document = read_document("ke-hoach.xlsx", saved(wb))
    assert [row[0] for row in document.tables[0].texts()] == [
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN LẬP",
        "Số: 96/KH-UBND",
    ]
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == ["KẾ HOẠCH"]


def unruled(*under: tuple[str, ...], gap: bool = False) -> Workbook:
    """A task table with no borders, and what the official typed right
    under it."""
    wb = Workbook()
    ws = wb.active
    ws.append(["KẾ HOẠCH NHIỆM VỤ NĂM 2027"])
    ws.append(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"])
    for row in TASKS:
        ws.append(row)
    if gap:
        ws.append([])
    for row in under:
        ws.append(row)
    return wb


SIGNATURES = {
    "chủ tịch beside the maker": [
        ("", "NGƯỜI LẬP BIỂU", "", "CHỦ TỊCH"),
        ("", "Lê Thị Hoa", "", "Nguyễn Văn An"),
    ],
    "deputy": [
        ("", "", "", "KT. CHỦ TỊCH"),
        ("", "", "", "PHÓ CHỦ TỊCH"),
        ("", "", "", "Nguyễn Văn An"),
    ],
    "date line": [
        ("", "", "", "Tân Lập, ngày 14 tháng 12 năm 2026"),
        ("", "NGƯỜI LẬP BIỂU", "", "CHỦ TỊCH UBND XÃ"),
        ("", "Lê Thị Hoa", "", "Nguyễn Văn An"),
    ],
    "date line left blank": [
        ("", "", "", "Tân Lập, ngày      tháng     năm 2026"),
        ("", "Người lập", "", "Thủ trưởng đơn vị"),
        ("", "Lê Thị Hoa", "", "Nguyễn Văn An"),
    ],
}


@pytest.mark.parametrize("signature", SIGNATURES.values(), ids=SIGNATURES.keys())
def test_an_unruled_table_ends_at_the_signature_under_it(signature):
    document = read_document("phu-luc.xlsx", saved(unruled(*signature)))
    tasks, *rest = document.tables
    assert [row[1] for row in tasks.texts()] == [
        "Nội dung",
        "Cứng hóa đường trục thôn Đông",
        "Sửa chữa nhà văn hóa thôn Tây",
    ]
    # The signature is laid out on its own (its names never tasks).
    assert "Nguyễn Văn An" not in [c for row in tasks.texts() for c in row]
    assert "Nguyễn Văn An" in document.text()
    plan = parse(document)
    assert [t.title for t in plan.tasks] == [row[1] for row in TASKS]


def test_an_unruled_table_ends_at_a_blank_row():
    document = read_document(
        "phu-luc.xlsx",
        saved(unruled(("", "Danh sách thôn", "Đông", "Tây"), gap=True)),
    )
    assert len(document.tables[0].rows) == 3
    assert [t.title for t in parse(document).tasks] == [row[1] for row in TASKS]


def test_a_task_whose_cell_names_the_chairman_is_still_a_task():
    # "Chủ tịch UBND xã" as a cell of a row is the official of the task,
    # never the signature.
    wb = unruled(("3", "Tổng kết năm", "CHỦ TỊCH", "Các ban ngành", "Quý IV/2027"))
    document = read_document("phu-luc.xlsx", saved(wb))
    assert len(document.tables[0].rows) == 4


def test_a_signature_under_its_date_line_stays_one_block():
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"])
    for row in TASKS:
        ws.append(row)
    ws.append([])
    ws.append(["", "", "", "Tân Lập, ngày 14 tháng 12 năm 2026"])
    ws.append(["", "NGƯỜI LẬP BIỂU", "", "CHỦ TỊCH"])
    ws.append(["", "", "", "(đã ký)"])
    ws.append(["", "Lê Thị Hoa", "", "Nguyễn Văn An"])
    document = read_document("phu-luc.xlsx", saved(wb))
    signature = document.tables[-1].texts()
    assert [row[-1] for row in signature] == [
        "Tân Lập, ngày 14 tháng 12 năm 2026",
        "CHỦ TỊCH",
        "(đã ký)",
        "Nguyễn Văn An",
    ]


def test_a_merge_down_counts_the_visible_rows_it_spans():
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung", "Chủ trì", "Thời gian"])
    for n in range(1, 6):
        ws.append([n, f"Nhiệm vụ {n}", "Phòng Kinh tế" if n == 1 else None, "2027"])
    ws.merge_cells("C2:C5")  # over tasks 1–4, task 3's row hidden
    ws.row_dimensions[4].hidden = True
    (table,) = read_document("phu-luc.xlsx", saved(wb)).tables
    cells = [row.cells[2] for row in table.rows[1:]]
    assert (cells[0].text, cells[0].rowspan) == ("Phòng Kinh tế", 3)
    assert [c.covered for c in cells] == [False, True, True, False]


def test_the_spreadsheet_bench_reads_a_large_workbook():
    from plans.document_import.bench import sheet_timing

    head, figures = sheet_timing(runs=1, rows=30)
    assert "bảng tính .xlsx 1800 ô" in head
    assert "CPU 1 lần" in figures and "MB" in figures
