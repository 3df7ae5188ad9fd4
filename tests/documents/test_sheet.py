"""Spreadsheets read as documents (ntm/documents/sheet.py): workbooks written
by openpyxl here, some saved again by LibreOffice Calc as an official's
spreadsheet program saves them, read back; then the import page with one."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from ntm.documents import DocumentError, Paragraph, Table, convert, read_document
from ntm.documents.reading import OLE2
from ntm.documents.sheet import MAX_ROWS
from plans.document_import.parser import parse

needs_libreoffice = pytest.mark.skipif(
    convert.converter() is None, reason="LibreOffice is not installed"
)


def excel_day(year: int, month: int, day: int) -> datetime.datetime:
    """A date cell: a spreadsheet keeps no time zone."""
    return datetime.datetime(year, month, day)  # noqa: DTZ001


def saved(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def by_calc(data: bytes, target: str = "xlsx") -> bytes:
    """`data` (.xlsx) opened and saved by LibreOffice Calc as `target`."""
    filters = {
        "xlsx": "xlsx:Calc MS Excel 2007 XML",
        "ods": "ods:calc8",
        "xls": "xls:MS Excel 97",
    }
    converted = convert.libreoffice(data, ".xlsx", filters[target])
    assert converted
    return converted


def appendix() -> Workbook:
    """A commune plan's appendix as officials keep it in Excel."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    for row, text in (
        (1, "ỦY BAN NHÂN DÂN XÃ TÂN LẬP"),
        (2, "PHỤ LỤC"),
        (3, "DANH MỤC NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027"),
        (4, "(Kèm theo Kế hoạch số 96/KH-UBND ngày 14/12/2026 của UBND xã Tân Lập)"),
    ):
        ws.cell(row=row, column=1, value=text).font = Font(bold=row < 4)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    header = [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Mã nội bộ",
        "Kinh phí (triệu đồng)",
    ]
    for c, text in enumerate(header, 1):
        ws.cell(row=6, column=c, value=text)
    ws.column_dimensions["F"].hidden = True
    ws["A7"], ws["B7"] = "I", "NHÓM TIÊU CHÍ VỀ HẠ TẦNG"
    ws.merge_cells("B7:G7")
    rows = [
        (
            1,
            "Cứng hóa 2,4 km đường trục thôn Đồng Chằm",
            "Phòng Kinh tế",
            "Ban phát triển thôn Đồng Chằm\nBan phát triển thôn Gò Mu",
            excel_day(2027, 6, 30),
            "NB-01",
            "=1200+850",
        ),
        (
            2,
            "Cải tạo nhà văn hóa thôn Bãi Ba",
            None,
            "Ban phát triển thôn Bãi Ba",
            "Quý II/2027",
            "NB-02",
            "=650*1",
        ),
    ]
    for r, values in enumerate(rows, 8):
        for c, value in enumerate(values, 1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=7).number_format = "#,##0"
    ws["E8"].number_format = "yyyy-mm-dd"  # any format: shown the Vietnamese way
    ws.merge_cells("C8:C9")
    ws["A11"] = "Ghi chú: kinh phí lồng ghép các nguồn vốn."
    hidden = wb.create_sheet("Nháp")
    hidden["A1"] = "Số liệu tạm, không phải kế hoạch"
    hidden.sheet_state = "hidden"
    return wb


def test_an_appendix_workbook_reads_as_paragraphs_and_a_merged_table():
    document = read_document("phu-luc.xlsx", saved(appendix()))
    assert document.format == "xlsx"
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [
        "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
        "(Kèm theo Kế hoạch số 96/KH-UBND ngày 14/12/2026 của UBND xã Tân Lập)",
        "Ghi chú: kinh phí lồng ghép các nguồn vốn.",
    ]
    (table,) = document.tables
    assert document.blocks.index(table) == 4  # between the title and the note
    # The hidden column is no column; the hidden sheet is no content.
    assert table.texts()[0] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Kinh phí (triệu đồng)",
    ]
    assert "NB-01" not in document.text() and "Số liệu tạm" not in document.text()
    assert any("Nháp" in note for note in document.notes)
    # The group row: one cell over the row, as Word's gridSpan.
    group = table.rows[1].cells
    assert [(c.text, c.column, c.colspan) for c in group] == [
        ("I", 0, 1),
        ("NHÓM TIÊU CHÍ VỀ HẠ TẦNG", 1, 5),
    ]
    # The lead cell merged down: rowspan 2, a covered cell below (vMerge).
    first, second = table.rows[2].cells, table.rows[3].cells
    assert (first[2].text, first[2].rowspan) == ("Phòng Kinh tế", 2)
    assert second[2].covered and second[2].origin == (2, 2)
    assert table.texts()[3][2] == "Phòng Kinh tế"
    # Two lines of one cell (Alt+Enter): two paragraphs, as a Word cell's.
    partners = first[3]
    assert partners.text == "Ban phát triển thôn Đồng Chằm\nBan phát triển thôn Gò Mu"
    assert [p.text for p in partners.paragraphs] == [
        "Ban phát triển thôn Đồng Chằm",
        "Ban phát triển thôn Gò Mu",
    ]
    # A real date as the official reads it, a text date as written; a
    # formula never computed (openpyxl writes none) is empty, never "=…".
    assert first[4].text == "30/06/2027" and second[4].text == "Quý II/2027"
    assert first[5].text == "" and "=" not in document.text()


@needs_libreoffice
def test_formulas_are_read_by_their_computed_value_and_the_appendix_imports():
    data = by_calc(saved(appendix()))
    document = read_document("phu-luc.xlsx", data)
    (table,) = document.tables
    assert [row[5] for row in table.texts()[2:4]] == ["2.050", "650"]
    plan = parse(document)
    assert (plan.number, plan.symbol) == ("96", "KH-UBND")
    assert plan.issued_on == datetime.date(2026, 12, 14)
    assert [t.title for t in plan.tasks] == [
        "Cứng hóa 2,4 km đường trục thôn Đồng Chằm",
        "Cải tạo nhà văn hóa thôn Bãi Ba",
    ]
    assert [t.lead_text for t in plan.tasks] == ["Phòng Kinh tế", "Phòng Kinh tế"]
    assert [t.ends_on for t in plan.tasks] == [
        datetime.date(2027, 6, 30),
        datetime.date(2027, 6, 30),
    ]


@needs_libreoffice
def test_an_ods_made_by_libreoffice_reads_like_the_xlsx():
    data = by_calc(saved(appendix()), "ods")
    document = read_document("phu-luc.ods", data)
    assert document.format == "ods"
    assert any("LibreOffice" in note for note in document.notes)
    (table,) = document.tables
    assert table.texts()[2][1:5] == [
        "Cứng hóa 2,4 km đường trục thôn Đồng Chằm",
        "Phòng Kinh tế",
        "Ban phát triển thôn Đồng Chằm\nBan phát triển thôn Gò Mu",
        "30/06/2027",
    ]
    assert table.rows[3].cells[2].covered


@needs_libreoffice
def test_an_old_excel_xls_is_converted_and_read():
    data = by_calc(saved(appendix()), "xls")
    assert data.startswith(OLE2)
    document = read_document("phu-luc.xls", data)
    assert document.format == "xls"
    (table,) = document.tables
    assert table.texts()[3][1:3] == ["Cải tạo nhà văn hóa thôn Bãi Ba", "Phòng Kinh tế"]


@pytest.mark.parametrize(
    "value,number_format,shown",
    [
        (excel_day(2027, 6, 30), "dd/mm/yyyy", "30/06/2027"),
        (excel_day(2027, 6, 30), "mm-dd-yy", "30/06/2027"),
        (excel_day(2027, 6, 30), "mmm-yy", "06/2027"),
        (datetime.date(2027, 1, 5), "d/m/yyyy", "05/01/2027"),
        (1500, "General", "1500"),
        (1500, "#,##0", "1.500"),
        (1500.0, "General", "1500"),
        (2.5, "General", "2,5"),
        (2.5, "0.00", "2,50"),
        (1234567.891, "#,##0.00", "1.234.567,89"),
        (0.1 + 0.2, "General", "0,3"),
        (0.95, "0%", "95%"),
        (2027, "General", "2027"),
        ("#DIV/0!", "General", ""),
    ],
)
def test_cells_read_as_the_official_sees_them(value, number_format, shown):
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["A2"] = "Nội dung", value
    ws["A2"].number_format = number_format
    document = read_document("so.xlsx", saved(wb))
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert texts == ["Nội dung"] + ([shown] if shown else [])


def test_hidden_rows_are_skipped_and_a_row_of_two_texts_is_layout():
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["D1"] = (
        "ỦY BAN NHÂN DÂN XÃ HÒA AN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    )
    ws["A2"], ws["D2"] = "Số: 72/KH-UBND", "Hòa An, ngày 05 tháng 11 năm 2026"
    ws["A3"] = "Dòng đã ẩn"
    ws.row_dimensions[3].hidden = True
    ws["A4"] = "KẾ HOẠCH"
    ws.merge_cells("A4:E4")  # across both sides: no side's line
    document = read_document("kh.xlsx", saved(wb))
    layout, title = document.blocks
    assert isinstance(layout, Table) and layout.texts()[1] == [
        "Số: 72/KH-UBND",
        "",
        "",
        "Hòa An, ngày 05 tháng 11 năm 2026",
    ]
    assert title.text == "KẾ HOẠCH" and "Dòng đã ẩn" not in document.text()


def test_a_huge_sheet_is_cut_with_a_note():
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Nội dung nhiệm vụ", "Chủ trì"])
    for n in range(1, MAX_ROWS + 50):
        ws.append([n, f"Nhiệm vụ {n}", "Phòng Kinh tế"])
    document = read_document("lon.xlsx", saved(wb))
    (table,) = document.tables
    assert len(table.rows) == MAX_ROWS
    assert any("2.000 dòng đầu" in note for note in document.notes)


def chart_only() -> bytes:
    wb = Workbook()
    data = wb.active
    for row in ([1, 4], [2, 6], [3, 9]):
        data.append(row)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=3))
    sheet = wb.create_chartsheet("Biểu đồ")
    sheet.add_chart(chart)
    wb.active = 1
    data.sheet_state = "hidden"
    return saved(wb)


def numbers_only() -> bytes:
    wb = Workbook()
    for row in ([1, 2.5, 1500], [2, 3.5, excel_day(2027, 1, 1)]):
        wb.active.append(row)
    return saved(wb)


@pytest.mark.parametrize("make", [chart_only, numbers_only])
def test_a_workbook_with_nothing_to_import_says_so(make):
    with pytest.raises(DocumentError, match="Bảng tính không có chữ để nhập"):
        read_document("bieu-do.xlsx", make())


@pytest.mark.parametrize(
    "name,message",
    [("ke-hoach.xlsx", "Tệp Excel có đặt mật khẩu"), ("a.docx", "Tệp Word có đặt")],
)
def test_a_password_protected_workbook_is_named_as_excel(name, message):
    encrypted = OLE2 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 99
    with pytest.raises(DocumentError, match=re.escape(message)):
        read_document(name, encrypted)


def test_the_messages_list_what_is_accepted():
    from ntm.documents import errors

    for suffix in (".docx", ".doc", ".odt", ".rtf", ".pdf", ".txt", ".md", ".xlsx"):
        assert suffix in errors.NOT_TEXT


# ── the import page ──


@pytest.mark.django_db
def test_an_xlsx_uploaded_on_the_import_page_gives_a_preview_with_its_tasks(
    client, settings
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.urls import reverse

    from plans.models import Plan
    from villages.models import Area

    settings.DEBUG = True
    call_command("loaddemo", verbosity=0)
    client.login(username="quantri", password="demo-ntm-2026")
    area = Area.objects.filter(valid_to__isnull=True, level="commune").first()
    before = Plan.objects.count()
    page = client.post(
        reverse("plans:import"),
        {
            "file": SimpleUploadedFile("phu-luc.xlsx", saved(appendix())),
            "area": area.pk,
        },
    )
    assert page.status_code == 200 and Plan.objects.count() == before
    text = page.content.decode()
    assert "Chưa có gì được lưu" in text
    assert "Cứng hóa 2,4 km đường trục thôn Đồng Chằm" in text
    assert "Cải tạo nhà văn hóa thôn Bãi Ba" in text
    assert "Bỏ qua trang tính ẩn" in text


@pytest.mark.django_db
def test_the_upload_form_accepts_workbooks(client, settings):
    from plans.document_import.forms import UploadForm

    accept = UploadForm.base_fields["file"].widget.attrs["accept"]
    assert {".xlsx", ".xls", ".ods", ".odt", ".rtf"} <= set(accept.split(","))


# ── damaged and hostile workbooks ──


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    """`data` (an .xlsx) with its part `name` replaced by `content`."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = content if item.filename == name else source.read(item)
            target.writestr(item.filename, body)
    return out.getvalue()


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    b' count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d[: len(d) // 2],  # cut short
        lambda d: with_part(d, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData"),
        lambda d: with_part(d, "xl/workbook.xml", b"not xml"),
    ],
)
def test_a_damaged_workbook_gets_a_message_never_a_crash(damage):
    wb = Workbook()
    wb.active["A1"] = "Nội dung nhiệm vụ"
    with pytest.raises(DocumentError, match="bảng tính"):
        read_document("hong.xlsx", damage(saved(wb)))


def test_a_merge_over_a_whole_row_is_read_in_what_is_read():
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "KẾ HOẠCH THỰC HIỆN NĂM 2027"
    ws.merge_cells("A1:XFD1")
    ws["A1048576"] = "cuối trang tính"
    document = read_document("rong.xlsx", saved(wb))
    assert document.paragraphs[0].text == "KẾ HOẠCH THỰC HIỆN NĂM 2027"
    assert "cuối trang tính" not in document.text()


def test_entities_in_a_workbook_are_never_expanded():
    wb = Workbook()
    wb.active["A1"] = "Nội dung nhiệm vụ"
    data = with_part(saved(wb), "xl/sharedStrings.xml", LAUGHS)
    try:
        text = read_document("lol.xlsx", data).text()
    except DocumentError:
        return
    assert "lollol" not in text


def test_the_table_ends_at_the_signature_and_goes_on_over_a_blank_ruled_row():
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    ws.append(["TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn"])
    ws.append([1, "Nạo vét 2 km kênh mương nội đồng", "Phòng Kinh tế", "Quý I/2027"])
    ws.append([])  # a blank row the official left inside the ruled table
    ws.append([2, "Trồng 500 cây xanh", "Đoàn Thanh niên xã", "Tháng 3/2027"])
    for row in ws.iter_rows(min_row=1, max_row=4, max_col=4):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([])
    ws.append(["STT", "Nội dung", "Chủ trì"])  # a second, unruled table
    ws.append([1, "Họp dân thôn Đông", "Trưởng thôn Đông"])
    ws.append(["Nơi nhận:", None, "TM. ỦY BAN NHÂN DÂN"])
    ws.append(["- Lưu: VT.", None, "CHỦ TỊCH"])
    document = read_document("hai-bang.xlsx", saved(wb))
    ruled, other, signature = document.tables
    assert [row[1] for row in ruled.texts()] == [
        "Nội dung nhiệm vụ",
        "Nạo vét 2 km kênh mương nội đồng",
        "",
        "Trồng 500 cây xanh",
    ]
    assert other.texts()[-1] == ["1", "Họp dân thôn Đông", "Trưởng thôn Đông"]
    assert signature.texts()[0] == ["Nơi nhận:", "", "TM. ỦY BAN NHÂN DÂN"]


def test_a_workbook_of_data_too_large_to_be_a_plan_is_refused(monkeypatch):
    from ntm.documents import sheet

    monkeypatch.setattr(sheet, "MAX_INFLATED", 10_000)
    wb = Workbook()
    for n in range(400):
        wb.active.append([n, f"Hộ gia đình số {n}", "thôn Đông"])
    with pytest.raises(DocumentError, match="Bảng tính quá lớn"):
        read_document("du-lieu.xlsx", saved(wb))


def test_a_workbook_of_too_many_cells_is_refused_before_openpyxl_loads_it(
    monkeypatch,
):
    """750,000 one-digit cells: 1.5 MB zipped, under the inflated bound, yet
    a minute and half a gigabyte of openpyxl. Counted from the XML first and
    refused with the same message; the workbook is never loaded."""
    import re
    import zipfile

    import openpyxl

    wb = Workbook()
    wb.active["A1"] = "Kế hoạch xây dựng nông thôn mới"
    cells = "".join(
        f'<c r="{chr(65 + n % 26)}{n // 26 + 1}"><v>1</v></c>' for n in range(100)
    )
    rows = "".join(f'<row r="{r}">{cells}</row>' for r in range(2, 7502))
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(saved(wb))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                part = re.sub(rb"</sheetData>", rows.encode() + b"</sheetData>", part)
            target.writestr(info, part)
    loaded = []
    monkeypatch.setattr(
        openpyxl, "load_workbook", lambda *a, **k: loaded.append(a) or 1 / 0
    )
    with pytest.raises(DocumentError, match="Bảng tính quá lớn") as refused:
        read_document("du-lieu.xlsx", out.getvalue())
    assert refused.value.code == "too_large" and loaded == []


def _mutations(count: int) -> list[bytes]:
    """The corpus appendix workbook damaged in `count` ways, from a fixed
    seed: bytes flipped, cut short, parts of a sheet's XML dropped."""
    import random
    import zipfile
    from pathlib import Path

    path = Path(__file__).parents[1] / "plans" / "import_corpus" / "xlsx"
    data = (path / "xa-tan-lap-phu-luc-nhiem-vu.xlsx").read_bytes()
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    rng = random.Random(18)
    out = []
    for n in range(count):
        if n % 3 == 0:
            damaged = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
            out.append(bytes(damaged))
        elif n % 3 == 1:
            out.append(data[: rng.randrange(len(data))])
        else:
            start = rng.randrange(len(sheet))
            cut = sheet[:start] + sheet[start + rng.randint(1, 400) :]
            out.append(with_part(data, "xl/worksheets/sheet1.xml", cut))
    return out


@pytest.mark.parametrize("index", range(30))
def test_a_damaged_workbook_reads_or_explains(index):
    data = _mutations(30)[index]
    try:
        document = read_document("phu-luc.xlsx", data)
    except DocumentError as error:
        assert error.messages and all(m.strip() for m in error.messages)
        return
    parse(document)
