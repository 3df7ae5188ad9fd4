"""`manage.py import_quality --bench`: how long a long Word plan takes to
preview — the upload page's whole work (read, outline, meaning, matching,
drawing the preview) — on a throw-away area rolled back afterwards."""

from __future__ import annotations

import io
import statistics
import time

from ntm.documents.convert import libreoffice

PAGES_WANTED = 30


def long_plan(sections: int = 10) -> bytes:
    """A district plan of about 30 A4 pages: numbered tasks with attribute
    lines, inline responsibility, and a task table in every section."""
    import docx

    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "UBND TỈNH LẠNG SƠN\nỦY BAN NHÂN DÂN HUYỆN CAO LỘC"
    header.cell(
        0, 1
    ).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 99/KH-UBND"
    header.cell(1, 1).text = "Cao Lộc, ngày 10 tháng 3 năm 2025"
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thực hiện các nhiệm vụ xây dựng nông thôn mới năm 2025")
    document.add_paragraph(
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2025 của UBND tỉnh Lạng Sơn;"
    )
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    for _ in range(6):
        document.add_paragraph(
            "- Bảo đảm hoàn thành các chỉ tiêu được giao, phân công rõ người, rõ việc, "
            "rõ thời gian, rõ trách nhiệm; huy động cả hệ thống chính trị vào cuộc."
        )
    document.add_paragraph("II. NHIỆM VỤ VÀ GIẢI PHÁP")
    for s in range(1, sections + 1):
        document.add_paragraph(f"{s}. Nhóm nhiệm vụ số {s}")
        for t in range(1, 9):
            document.add_paragraph(
                f"{s}.{t}. Tổ chức thực hiện nội dung {t} của nhóm {s} tại các xã trên địa "
                "bàn huyện, bảo đảm tiến độ, chất lượng và hiệu quả đầu tư."
            )
            document.add_paragraph(
                "Rà soát hiện trạng, lập danh mục công trình, huy động nguồn lực xã hội "
                "hóa và tổ chức nghiệm thu theo quy định hiện hành của tỉnh."
            )
            document.add_paragraph("- Thời gian thực hiện: Quý II/2025.")
            document.add_paragraph("- Đơn vị chủ trì: Phòng Nông nghiệp và PTNT.")
            document.add_paragraph(
                "- Đơn vị phối hợp: Phòng Kinh tế và Hạ tầng, UBND các xã, thị trấn."
            )
        table = document.add_table(rows=1, cols=5)
        for i, title in enumerate(
            ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
        ):
            table.rows[0].cells[i].text = title
        for r in range(1, 9):
            cells = table.add_row().cells
            cells[0].text = str(r)
            cells[1].text = f"Hạng mục {r} thuộc nhóm {s}: cứng hóa đường, kênh mương"
            cells[2].text = "Phòng Kinh tế và Hạ tầng"
            cells[3].text = "UBND các xã"
            cells[4].text = "trước ngày 30/11/2025"
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("Các cơ quan báo cáo kết quả trước ngày 15/12/2025.")
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- UBND tỉnh;")
    document.add_paragraph("- Lưu: VT.")
    document.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    document.add_paragraph("CHỦ TỊCH")
    document.add_paragraph("Nguyễn Văn A")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def page_count(data: bytes) -> int | None:
    """Pages of the .docx as LibreOffice lays it out (None without it)."""
    from pypdf import PdfReader

    pdf = libreoffice(data, ".docx", "pdf", timeout=180)
    return len(PdfReader(io.BytesIO(pdf)).pages) if pdf else None


def preview_timing(runs: int = 5) -> list[str]:
    """Lines to print: pages, then the preview's median and worst time."""
    from django.contrib.auth import get_user_model
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import transaction
    from django.test import RequestFactory

    from plans.document_import.views import import_upload
    from villages.models import Agency, AgencyKind, Area, AreaLevel

    data = long_plan()
    pages = page_count(data)
    out = [
        f"\n== bench: xem trước một tệp .docx {pages or '?'} trang "
        f"({len(data) // 1024} KB)"
    ]
    times = []
    with transaction.atomic():
        top = Area.objects.create(
            name="Tỉnh thử bench", kind="tỉnh", level=AreaLevel.PROVINCE
        )
        area = Area.objects.create(
            name="Cao Lộc", kind="huyện", level=AreaLevel.DISTRICT, parent=top
        )
        for name in (
            "Ủy ban nhân dân huyện Cao Lộc",
            "Phòng Nông nghiệp và Phát triển nông thôn huyện Cao Lộc",
        ):
            Agency.objects.create(area=area, name=name, kind=AgencyKind.DEPARTMENT)
        user = get_user_model().objects.create_superuser("bench-import", password="x")
        factory = RequestFactory()
        for _ in range(runs):
            request = factory.post(
                "/ke-hoach/nhap/",
                {"file": SimpleUploadedFile("dai.docx", data), "area": area.pk},
            )
            request.user = user
            request.session = SessionStore()
            request._messages = FallbackStorage(request)
            request.htmx = False
            start = time.perf_counter()
            response = import_upload(request)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200
        tasks = response.content.decode().count('id="nhiem-vu-')
        transaction.set_rollback(True)
    out.append(
        f"{tasks} nhiệm vụ; {runs} lần: trung vị {statistics.median(times):.2f} s, "
        f"lâu nhất {max(times):.2f} s (mục tiêu: dưới 2 s)".replace(".", ",")
    )
    return out


def large_workbook(rows: int = 2000, columns: int = 60) -> bytes:
    """A workbook as large as the spreadsheet reader accepts (MAX_ROWS ×
    MAX_COLUMNS cells): a task table's header, then a row of text per task."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    extra = [f"Cột {c}" for c in range(columns - 5)]
    ws.append(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", *extra])
    for r in range(1, rows):
        ws.append(
            [
                r,
                f"Nhiệm vụ số {r}: cứng hóa đường trục thôn, kênh mương nội đồng",
                "Phòng Kinh tế",
                "Thôn Đông",
                "Quý II/2027",
                *(f"ô {r}-{c}" for c in range(columns - 5)),
            ]
        )
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def sheet_timing(runs: int = 3, rows: int = 2000) -> list[str]:
    """Lines to print: the CPU the spreadsheet reader takes on the largest
    workbook it accepts (median and worst of `runs`), then the memory it
    allocates at its peak (tracemalloc, one more run: it slows the reading)."""
    import tracemalloc

    from ntm.documents import read_document

    data = large_workbook(rows)
    times = []
    for _ in range(runs):
        start = time.process_time()
        document = read_document("lon.xlsx", data)
        times.append(time.process_time() - start)
    cells = sum(len(row.cells) for table in document.tables for row in table.rows)
    tracemalloc.start()
    read_document("lon.xlsx", data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [
        f"\n== bench: đọc một bảng tính .xlsx {cells} ô ({len(data) // 1024} KB)",
        f"CPU {runs} lần: trung vị {statistics.median(times):.2f} s, lâu nhất "
        f"{max(times):.2f} s; bộ nhớ cấp phát lúc cao nhất {peak / 2**20:.0f} MB".replace(
            ".", ","
        ),
    ]
