"""Writes the spreadsheet set's workbooks (run once; the files are committed,
so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_xlsx.py

Officials keep a plan's task list, or its appendix, as an Excel workbook. Both
files are written by openpyxl and then opened and saved once by LibreOffice
Calc, as an official's spreadsheet program saves them: formulas get their
computed values, as Excel stores them.
"""

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "xlsx"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def excel_day(year: int, month: int, day: int) -> datetime.datetime:
    """A date cell: a spreadsheet keeps no time zone."""
    return datetime.datetime(year, month, day)  # noqa: DTZ001


def line(ws, row, text, *, width=6, bold=False, italic=False, center=True):
    """`text` in one cell merged across the first `width` columns."""
    ws.cell(row=row, column=1, value=text)
    ws.cell(row=row, column=1).font = Font(bold=bold, italic=italic, size=13)
    ws.cell(row=row, column=1).alignment = Alignment(
        horizontal="center" if center else "left", wrap_text=True
    )
    if width > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def header_beside(ws, pairs, top=1):
    """A plan's header as a workbook writes it: each (left, right) pair on
    one row, the left side merged over columns A-B, the right over C-E,
    both centred."""
    for row, (left, right) in enumerate(pairs, top):
        ws.cell(row=row, column=1, value=left).alignment = Alignment(
            horizontal="center"
        )
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.cell(row=row, column=3, value=right).alignment = Alignment(
            horizontal="center"
        )
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)


def boxed(ws, top, bottom, width):
    for r in range(top, bottom + 1):
        for c in range(1, width + 1):
            ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=c).alignment = Alignment(
                vertical="center", wrap_text=True
            )


def appendix(path: Path) -> None:
    """A commune's appendix workbook: the task table of Kế hoạch số 96/KH-UBND
    of xã Tân Lập (Phú Thọ), as the commune keeps it in Excel."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", width=7, bold=True)
    line(ws, 3, "PHỤ LỤC", width=7, bold=True)
    line(
        ws,
        4,
        "DANH MỤC NHIỆM VỤ XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2027",
        width=7,
        bold=True,
    )
    line(
        ws,
        5,
        "(Kèm theo Kế hoạch số 96/KH-UBND ngày 14/12/2026 của UBND xã Tân Lập)",
        width=7,
        italic=True,
    )
    header = [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Mã dự toán",  # hidden column, the accountant's own code
        "Kinh phí (triệu đồng)",
    ]
    for c, text in enumerate(header, 1):
        ws.cell(row=7, column=c, value=text).font = Font(bold=True)
    ws.column_dimensions["F"].hidden = True
    rows = [
        ("I", "NHÓM TIÊU CHÍ VỀ HẠ TẦNG KINH TẾ - XÃ HỘI"),
        (
            1,
            "Cứng hóa 2,4 km đường trục thôn Đồng Chằm, Gò Mu",
            "Phòng Kinh tế",
            "Ban phát triển thôn Đồng Chằm\nBan phát triển thôn Gò Mu",
            excel_day(2027, 6, 30),
            "DT-01",
            "=1200+850",
        ),
        (
            2,
            "Cải tạo, nâng cấp nhà văn hóa thôn Bãi Ba",
            None,  # merged from the row above
            "Ban phát triển thôn Bãi Ba",
            excel_day(2027, 9, 15),
            "DT-02",
            650,
        ),
        (
            3,
            "Lắp đặt 120 đèn năng lượng mặt trời trên các tuyến đường liên thôn",
            "Phòng Kinh tế",
            "Đoàn Thanh niên xã",
            "Quý II/2027",
            "DT-03",
            "=120*3.5",
        ),
        ("II", "NHÓM TIÊU CHÍ VỀ KINH TẾ VÀ TỔ CHỨC SẢN XUẤT"),
        (
            4,
            "Xây dựng 02 sản phẩm OCOP đạt 3 sao từ bưởi Tân Lập",
            "Phòng Kinh tế",
            "Hợp tác xã Nông nghiệp Tân Lập\nHội Nông dân xã",
            excel_day(2027, 11, 30),
            "DT-04",
            300,
        ),
        (
            5,
            "Tuyên truyền, vận động người dân chỉnh trang nhà ở, vườn hộ",
            "Phòng Văn hóa - Xã hội",
            "Mặt trận Tổ quốc xã",
            "Thường xuyên",
            "DT-05",
            None,
        ),
    ]
    r = 8
    merged_lead = None
    for values in rows:
        if len(values) == 2:
            ws.cell(row=r, column=1, value=values[0]).font = Font(bold=True)
            ws.cell(row=r, column=2, value=values[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        else:
            for c, value in enumerate(values, 1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).number_format = "#,##0.0"
            if values[0] == 1:
                merged_lead = r
            if values[0] == 2:
                ws.merge_cells(
                    start_row=merged_lead, start_column=3, end_row=r, end_column=3
                )
        r += 1
    ws.cell(row=r, column=2, value="Tổng cộng").font = Font(bold=True)
    ws.cell(row=r, column=7, value=f"=SUM(G9:G{r - 1})")
    ws.cell(row=r, column=7).number_format = "#,##0.0"
    boxed(ws, 7, r, 7)
    line(
        ws,
        r + 2,
        "Ghi chú: kinh phí lồng ghép từ nguồn vốn Chương trình MTQG và xã hội hóa.",
        width=7,
        italic=True,
        center=False,
    )
    # A second sheet the accountant hid: working figures, never the plan.
    hidden = wb.create_sheet("Tính toán")
    hidden["A1"] = "Bảng tính tạm kinh phí"
    hidden["A2"], hidden["B2"] = "Tổng vốn", "=SUM('Phụ lục'!G9:G13)"
    hidden.sheet_state = "hidden"
    saved_by_calc(wb, path)


def task_list(path: Path) -> None:
    """A commune's whole plan kept in a workbook: the header side by side in
    the first rows, the title, the table, "Nơi nhận" beside the signature."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    header_beside(
        ws,
        [
            ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("XÃ HÒA AN", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 72/KH-UBND", "Hòa An, ngày 05 tháng 11 năm 2026"),
        ],
    )
    ws["A3"].font = Font(italic=False)
    ws["C3"].font = Font(italic=True)
    line(ws, 5, "KẾ HOẠCH", width=5, bold=True)
    line(
        ws,
        6,
        "Thực hiện các tiêu chí xã nông thôn mới kiểu mẫu năm 2027",
        width=5,
        bold=True,
    )
    header = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]
    for c, text in enumerate(header, 1):
        ws.cell(row=8, column=c, value=text).font = Font(bold=True)
    rows = [
        (
            1,
            "Hoàn thiện hồ sơ đề nghị công nhận thôn Nà Rụa đạt chuẩn khu dân cư kiểu mẫu",
            "Ban phát triển thôn Nà Rụa",
            "Phòng Kinh tế",
            excel_day(2027, 5, 31),
        ),
        (
            2,
            "Trồng 3 km hàng rào xanh trên các tuyến đường thôn",
            "Hội Liên hiệp Phụ nữ xã",
            "Đoàn Thanh niên xã\nHội Cựu chiến binh xã",
            "Tháng 8/2027",
        ),
        (
            3,
            "Duy trì tỷ lệ hộ nghèo đa chiều dưới 1,5%",
            "Phòng Văn hóa - Xã hội",
            "Ngân hàng Chính sách xã hội khu vực",
            excel_day(2027, 12, 31),
        ),
        (
            4,
            "Xây dựng vườn mẫu đạt chuẩn tại 15 hộ gia đình",
            "Hội Nông dân xã",
            None,
            "Quý III/2027",
        ),
    ]
    for r, values in enumerate(rows, 9):
        for c, value in enumerate(values, 1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=5).number_format = "d/m/yyyy"
    boxed(ws, 8, 8 + len(rows), 5)
    end = 9 + len(rows)
    ws.cell(row=end + 1, column=1, value="Nơi nhận:").font = Font(
        bold=True, italic=True
    )
    ws.cell(row=end + 1, column=4, value="TM. ỦY BAN NHÂN DÂN").font = Font(bold=True)
    for i, (left, right) in enumerate(
        [
            ("- UBND huyện;", "CHỦ TỊCH"),
            ("- Đảng ủy xã;", ""),
            ("- Lưu: VT.", "(Đã ký)"),
            ("", "Nông Văn Hậu"),
        ],
        end + 2,
    ):
        if left:
            ws.cell(row=i, column=1, value=left)
        if right:
            ws.cell(row=i, column=4, value=right).font = Font(bold=right != "(Đã ký)")
    saved_by_calc(wb, path)


def saved_by_calc(wb: Workbook, path: Path) -> None:
    """`wb` saved as `path`, opened and saved again by LibreOffice Calc."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "source.xlsx"
        wb.save(source)
        target = path.suffix.lstrip(".")
        filters = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods:calc8"}
        subprocess.run(
            [
                shutil.which("soffice") or "libreoffice",
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                filters[target],
                "--outdir",
                str(work / "out"),
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(work / "out" / f"source.{target}", path)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    appendix(OUT / "xa-tan-lap-phu-luc-nhiem-vu.xlsx")
    task_list(OUT / "xa-hoa-an-ke-hoach-bang-tinh.ods")
    sys.exit(0)
