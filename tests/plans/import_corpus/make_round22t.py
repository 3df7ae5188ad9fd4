"""Writes round 22t's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round22t.py

Round 22t varies four families the lead's round-22 hold-out measured as
failing, each written before the importer was changed for it:

F1. a Word task table with one column per village under a merged header
    cell: the header takes two rows, "Phân bổ cho các thôn" (or "Chỉ tiêu
    giao cho các xóm") spans the villages' columns and names them in the
    second row, the other header cells (STT, Nội dung, Đơn vị chủ trì, Đơn
    vị phối hợp, Thời gian hoàn thành) merged down over both rows; a
    sentence introduces the table. A .docx and a .pdf (LibreOffice from
    Word).
F2. several works in one row: the content cell holds two or three "-"
    items, the time cell as many "-" lines in the same order ("- Quý
    I/2027" / "- Quý III/2027", "- Tháng 3/2027" / "- Tháng 9/2027"); one
    row whose counts differ (one time for two items). Two .docx.
F3. the whole body inside a one-cell borderless layout table: the bases,
    the headings, the paragraphs and the ruled task table nested in the
    cell, the header table and the signature table outside it. A .docx and
    an .odt (LibreOffice from Word).
F4. tasks introduced by ordinal words under the tasks heading: "Một là,
    …", "Hai là, …" … and "Thứ nhất, …", "Thứ hai, …": each one paragraph,
    the work then a sentence assigning it ("X chủ trì, phối hợp Y …, hoàn
    thành trước …"). A .docx and a .txt.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.shared import Pt  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_xlsx import boxed, excel_day, line, saved_by_calc  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    no_borders,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round22t"


def commune_header(name: str, number: str, symbol: str, date: str, title: str):
    """The header's fields of a commune's plan (the expected result)."""
    return {
        "number": number,
        "symbol": symbol,
        "place": name.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {name}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
    }


# --- F1 one column per village under a merged header cell -------------------


def village_table(
    doc, head: list[str], group: str, villages: list[str], tail, rows, *, page=17.0
):
    """A ruled table whose header takes two rows: `head` (STT, Nội dung,
    ĐVT) and `tail` (the units and the time) merged down, `group` merged
    across the villages' columns, the villages named under it; as wide as
    the `page`'s text (cm)."""
    # Narrow columns for the figures, the rest to the work.
    rest = (
        [1.0, 1.2] + [1.1] * len(villages) + [2.3, 2.1, 1.7]
        if page < 20
        else [1.0, 1.6] + [1.8] * len(villages) + [3.4, 3.2, 2.6]
    )
    t = task_table(
        doc,
        [""] * (len(head) + len(villages) + len(tail)),
        [],
        [rest[0], page - sum(rest), *rest[1:]],
        size=11,
    )
    second = t.add_row().cells
    for i, text in enumerate(head):
        fill(t.rows[0].cells[i], text, size=11, bold=True, center=True)
        t.cell(0, i).merge(t.cell(1, i))
    start = len(head)
    fill(t.rows[0].cells[start], group, size=11, bold=True, center=True)
    for j, village in enumerate(villages):
        fill(second[start + j], village, size=11, bold=True, center=True)
    t.cell(0, start).merge(t.cell(0, start + len(villages) - 1))
    for k, text in enumerate(tail):
        c = start + len(villages) + k
        fill(t.rows[0].cells[c], text, size=11, bold=True, center=True)
        t.cell(0, c).merge(t.cell(1, c))
    for row in rows:
        cells = t.add_row().cells
        for i, value in enumerate(row):
            fill(cells[i], value, size=11, center=i != 1)
    return t


AN_PHU_VILLAGES = ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5"]
AN_PHU_TASKS = [
    {
        "title": "Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn",
        "unit": "m²",
        "per": ["450", "300", "520", "280", "350"],
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Ủy ban MTTQ Việt Nam xã"],
        "time": "30/6/2027",
        "deadline": "2027-06-30",
    },
    {
        "title": "Xây dựng tuyến đường hoa, cây xanh kiểu mẫu",
        "unit": "tuyến",
        "per": ["1", "1", "2", "1", "1"],
        "lead": "Hội Liên hiệp Phụ nữ xã",
        "coordinating": ["Ban phát triển các thôn"],
        "time": "Quý III/2027",
        "deadline": "2027-09-30",
    },
    {
        "title": "Lắp đặt camera an ninh tại các trục đường chính",
        "unit": "mắt",
        "per": ["4", "3", "5", "3", "4"],
        "lead": "Công an xã",
        "coordinating": ["Đoàn Thanh niên xã"],
        "time": "Tháng 8/2027",
        "deadline": "2027-08-31",
    },
    {
        "title": "Hỗ trợ hộ nghèo, hộ cận nghèo sửa chữa nhà ở",
        "unit": "hộ",
        "per": ["2", "3", "1", "2", "2"],
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Hội Chữ thập đỏ xã", "Hội Nông dân xã"],
        "time": "Quý IV/2027",
        "deadline": "2027-12-31",
    },
    {
        "title": "Phân loại rác thải tại nguồn",
        "unit": "hộ",
        "per": ["120", "95", "140", "80", "110"],
        "lead": "Phòng Kinh tế",
        "coordinating": ["Hội Cựu chiến binh xã"],
        "time": "30/9/2027",
        "deadline": "2027-09-30",
    },
]


def an_phu_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "Số: 36/KH-UBND"],
        "An Phú, ngày 12 tháng 01 năm 2027",
        "Thực hiện phong trào thi đua “Cả nước chung tay xây dựng nông thôn"
        " mới” năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Kế hoạch số 210/KH-UBND ngày 20/12/2026 của UBND tỉnh về xây"
        " dựng nông thôn mới năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã An Phú ban hành Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động sức mạnh của cả hệ thống chính trị và Nhân dân các thôn"
        " tham gia xây dựng nông thôn mới nâng cao.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(
        doc,
        "Các nhiệm vụ và chỉ tiêu phân bổ cho từng thôn được giao tại bảng sau:",
        indent=1,
    )
    village_table(
        doc,
        ["STT", "Nội dung", "Đơn vị tính"],
        "Phân bổ cho các thôn",
        AN_PHU_VILLAGES,
        ["Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        [
            [str(n), t["title"], t["unit"], *t["per"], t["lead"],
             ", ".join(t["coordinating"]), t["time"]]
            for n, t in enumerate(AN_PHU_TASKS, 1)
        ],
    )  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Trưởng các thôn tổ chức họp dân, phổ biến chỉ tiêu được giao; báo"
        " cáo kết quả về UBND xã trước ngày 25 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Thị Hồng"],
    )
    return save(doc)


VILLAGE_COMMENT = """
Round 22t, family F1 (one column per village under a merged header
cell), written before the importer was changed for it: a commune's Word
table whose header takes two rows, "{group}" merged across one column per
village ({villages}) named in the second row; the other header cells
merged down over both rows. A sentence introduces the table.{extra}
Assumptions: the second header row is part of the header, never a task;
the figures per village are the task's targets, no part of its title,
lead, partners or time.
"""

XOM_VILLAGES = ["Xóm Đông", "Xóm Tây", "Xóm Trại", "Xóm Mới"]
HOA_SON_TASKS = [
    {
        "title": "Chỉnh trang hàng rào xanh, cổng ngõ",
        "unit": "hộ",
        "per": ["35", "28", "40", "22"],
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Trưởng các xóm"],
        "time": "Quý II/2027",
        "deadline": "2027-06-30",
    },
    {
        "title": "Kiên cố hóa kênh mương nội đồng",
        "unit": "m",
        "per": ["300", "250", "420", "180"],
        "lead": "Hợp tác xã Nông nghiệp Hòa Sơn",
        "coordinating": ["Phòng Kinh tế"],
        "time": "31/10/2027",
        "deadline": "2027-10-31",
    },
    {
        "title": "Xây dựng mô hình “Khu dân cư an toàn về phòng cháy chữa cháy”",
        "unit": "mô hình",
        "per": ["1", "1", "1", "1"],
        "lead": "Công an xã",
        "coordinating": ["Ban Chỉ huy Quân sự xã"],
        "time": "Tháng 11/2027",
        "deadline": "2027-11-30",
    },
    {
        "title": "Vận động người dân tham gia bảo hiểm y tế tự nguyện",
        "unit": "người",
        "per": ["60", "45", "70", "40"],
        "lead": "Trạm Y tế xã",
        "coordinating": ["Bảo hiểm xã hội khu vực", "Đoàn Thanh niên xã"],
        "time": "Quý IV/2027",
        "deadline": "2027-12-31",
    },
]


def hoa_son_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA SƠN", "Số: 09/KH-UBND"],
        "Hòa Sơn, ngày 20 tháng 01 năm 2027",
        "Giao chỉ tiêu xây dựng nông thôn mới kiểu mẫu cho các xóm năm 2027",
    )
    # A landscape page, as offices print a table this wide.
    a4(doc, left=2.5, right=1.5, landscape=True)
    para(
        doc,
        "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 08/01/2027 của Đảng ủy xã Hòa Sơn"
        " về lãnh đạo xây dựng nông thôn mới kiểu mẫu;",
        indent=1,
    )
    para(doc, "UBND xã Hòa Sơn xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Đến hết năm 2027 có 02 xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ CHỈ TIÊU GIAO CHO CÁC XÓM", bold=True)
    para(doc, "Giao chỉ tiêu cụ thể cho các xóm như sau:", indent=1)
    village_table(
        doc,
        ["TT", "Nội dung công việc", "ĐVT"],
        "Chỉ tiêu giao cho các xóm",
        XOM_VILLAGES,
        ["Chủ trì", "Phối hợp", "Thời hạn"],
        [
            [str(n), t["title"], t["unit"], *t["per"], t["lead"],
             "; ".join(t["coordinating"]), t["time"]]
            for n, t in enumerate(HOA_SON_TASKS, 1)
        ],
        page=25.7,
    )  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các xóm xây dựng kế hoạch chi tiết, gửi về UBND xã trước ngày 15/02/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Thường trực Đảng ủy;", "- Các xóm;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hà Văn Khánh"],
    )
    return saved_as(save(doc), "pdf")


TAN_HOA_VILLAGES = ["Ấp Hòa Bình", "Ấp Hòa Thuận", "Ấp Tân Thành"]
TAN_HOA_TASKS = [
    {
        "title": "Trồng cây xanh trên các tuyến đường giao thông nông thôn",
        "unit": "cây",
        "per": [400, 350, 500],
        "lead": "Đoàn Thanh niên xã",
        "coordinating": ["Hội Cựu chiến binh xã"],
        "time": excel_day(2027, 5, 31),
        "deadline": "2027-05-31",
    },
    {
        "title": "Xây dựng hố rác hữu cơ tại hộ gia đình",
        "unit": "hố",
        "per": [120, 90, 150],
        "lead": "Hội Liên hiệp Phụ nữ xã",
        "coordinating": ["Hội Nông dân xã"],
        "time": "Quý III/2027",
        "deadline": "2027-09-30",
    },
    {
        "title": "Vận động hộ dân lắp đặt đèn chiếu sáng trước cổng nhà",
        "unit": "hộ",
        "per": [80, 75, 110],
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Ban nhân dân các ấp"],
        "time": "Tháng 10/2027",
        "deadline": "2027-10-31",
    },
]


def tan_hoa_xlsx(path: Path) -> None:
    """A commune's appendix workbook: the caption rows, then the table whose
    header takes rows 6 and 7 ("Giao chỉ tiêu cho các ấp" merged across the
    hamlets' columns, the other header cells merged down)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ TÂN HÒA", width=9, bold=True)
    line(ws, 3, "PHỤ LỤC", width=9, bold=True)
    line(ws, 4, "PHÂN BỔ CHỈ TIÊU XÂY DỰNG ẤP NÔNG THÔN MỚI KIỂU MẪU NĂM 2027",
         width=9, bold=True)  # fmt: skip
    line(
        ws,
        5,
        "(Kèm theo Kế hoạch số 14/KH-UBND ngày 08/01/2027 của UBND xã Tân Hòa)",
        width=9,
        italic=True,
    )
    head = ["STT", "Nội dung", "ĐVT"]
    tail = ["Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    for c, text in enumerate(head + [""] * 3 + tail, 1):
        ws.cell(row=6, column=c, value=text or None).font = Font(bold=True)
        if text:
            ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    ws.cell(row=6, column=4, value="Giao chỉ tiêu cho các ấp").font = Font(bold=True)
    ws.merge_cells(start_row=6, start_column=4, end_row=6, end_column=6)
    for c, village in enumerate(TAN_HOA_VILLAGES, 4):
        ws.cell(row=7, column=c, value=village).font = Font(bold=True)
    for r, t in enumerate(TAN_HOA_TASKS, 8):
        values = [r - 7, t["title"], t["unit"], *t["per"], t["lead"],
                  ", ".join(t["coordinating"]), t["time"]]  # fmt: skip
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=9).number_format = "dd/mm/yyyy"
    boxed(ws, 6, 7 + len(TAN_HOA_TASKS), 9)
    saved_by_calc(wb, path)


# --- F2 several works in one row, their times line by line ------------------


def items_table(doc, head, rows, widths):
    """A ruled table; each row's cells lists of paragraphs."""
    return task_table(doc, head, rows, widths, bold_titles=False)


DONG_TIEN_ROWS = [
    {
        "works": [
            "- Tổ chức tập huấn kỹ thuật trồng lúa hữu cơ cho nông dân",
            "- Tổng kết, đánh giá hiệu quả mô hình lúa hữu cơ",
        ],
        "lead": ["Phòng Kinh tế"],
        "coordinating": ["Hội Nông dân xã"],
        "times": ["- Quý I/2027", "- Quý IV/2027"],
        "deadlines": ["2027-03-31", "2027-12-31"],
    },
    {
        "works": [
            "- Rà soát, lập danh sách hộ có nhu cầu cải tạo nhà tiêu hợp vệ sinh",
            "- Hỗ trợ 40 hộ xây mới nhà tiêu hợp vệ sinh",
            "- Nghiệm thu, báo cáo kết quả hỗ trợ",
        ],
        "lead": ["Trạm Y tế xã"],
        "coordinating": ["Hội Liên hiệp Phụ nữ xã"],
        "times": ["- Quý I/2027", "- Quý III/2027", "- Quý IV/2027"],
        "deadlines": ["2027-03-31", "2027-09-30", "2027-12-31"],
    },
    {
        "works": ["Nâng cấp sân thể thao trung tâm xã"],
        "lead": ["Phòng Văn hóa - Xã hội"],
        "coordinating": ["Đoàn Thanh niên xã"],
        "times": ["Quý III/2027"],
        "deadlines": ["2027-09-30"],
    },
    {
        "works": [
            "- Khảo sát hiện trạng hệ thống chiếu sáng các tuyến đường thôn",
            "- Lắp đặt 80 bộ đèn chiếu sáng năng lượng mặt trời",
        ],
        "lead": ["Ban Quản lý dự án xã"],
        "coordinating": ["Ban phát triển các thôn"],
        "times": ["- Quý II/2027", "- Quý IV/2027"],
        "deadlines": ["2027-06-30", "2027-12-31"],
    },
    {
        # One time for two works: today's reading (the cell's one date).
        "works": [
            "- Tuyên truyền về bảo vệ môi trường trên hệ thống loa truyền thanh",
            "- Ra quân thu gom rác thải vào ngày Chủ nhật cuối tháng",
        ],
        "lead": ["Đoàn Thanh niên xã"],
        "coordinating": ["Hội Cựu chiến binh xã"],
        "times": ["Thường xuyên, tổng kết trước 15/12/2027"],
        "deadlines": ["2027-12-15", "2027-12-15"],
    },
]


def split_rows(rows) -> list[dict]:
    """Each work of each row a task: the n-th work the n-th deadline."""
    out = []
    for row in rows:
        for work, deadline in zip(row["works"], row["deadlines"], strict=True):
            out.append(
                {
                    "title": work.removeprefix("- "),
                    "lead": row["lead"][0],
                    "coordinating": row["coordinating"],
                    "deadline": deadline,
                }
            )
    return out


def dong_tien_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG TIẾN", "Số: 18/KH-UBND"],
        "Đồng Tiến, ngày 05 tháng 01 năm 2027",
        "Thực hiện các tiêu chí Sản xuất, Y tế và Môi trường năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính"
        " phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới;",
        indent=1,
    )
    para(doc, "UBND xã Đồng Tiến ban hành Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững và nâng chất các tiêu chí đã đạt.", indent=1)
    para(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    items_table(
        doc,
        ["STT", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp",
         "Thời gian thực hiện"],
        [
            [[str(n)], r["works"], r["lead"], r["coordinating"], r["times"]]
            for n, r in enumerate(DONG_TIEN_ROWS, 1)
        ],
        [1.2, 7.5, 3.0, 3.0, 2.8],
    )  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 20 hằng quý.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- HĐND xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Quốc Bảo"],
    )
    return save(doc)


TIEN_THANG_ROWS = [
    {
        "works": [
            "- Xây dựng kế hoạch chuyển đổi số cấp xã",
            "- Tổ chức tổ công nghệ số cộng đồng tại các ấp",
        ],
        "lead": ["Văn phòng HĐND và UBND xã"],
        "coordinating": ["Đoàn Thanh niên xã", "Bưu điện văn hóa xã"],
        "times": ["- Tháng 3/2027", "- Tháng 9/2027"],
        "deadlines": ["2027-03-31", "2027-09-30"],
    },
    {
        "works": [
            "- Hướng dẫn 500 người dân cài đặt ứng dụng VNeID mức độ 2",
            "- Triển khai thanh toán không dùng tiền mặt tại chợ xã",
        ],
        "lead": ["Công an xã"],
        "coordinating": ["Ban quản lý chợ xã"],
        "times": ["- Tháng 6/2027", "- Tháng 10/2027"],
        "deadlines": ["2027-06-30", "2027-10-31"],
    },
    {
        "works": [
            "- Đăng ký 02 sản phẩm OCOP mới",
            "- Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm",
            "- Quảng bá sản phẩm trên sàn thương mại điện tử",
        ],
        "lead": ["Phòng Kinh tế"],
        "coordinating": ["Hợp tác xã Tiến Thắng"],
        "times": ["- Tháng 4/2027", "- Tháng 8/2027", "- Tháng 11/2027"],
        "deadlines": ["2027-04-30", "2027-08-31", "2027-11-30"],
    },
    {
        "works": ["Cập nhật bộ hồ sơ xã đạt chuẩn nông thôn mới nâng cao"],
        "lead": ["Phòng Kinh tế"],
        "coordinating": ["Các ngành liên quan"],
        "times": ["30/11/2027"],
        "deadlines": ["2027-11-30"],
    },
]


def tien_thang_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TIẾN THẮNG", "Số: 27/KH-UBND"],
        "Tiến Thắng, ngày 14 tháng 01 năm 2027",
        "Chuyển đổi số và phát triển sản phẩm OCOP gắn với xây dựng nông thôn"
        " mới thông minh năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 06/01/2027 của UBND tỉnh Hà"
        " Nam về chuyển đổi số năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã Tiến Thắng xây dựng Kế hoạch thực hiện như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Đưa công nghệ số vào đời sống, sản xuất của Nhân dân.", indent=1)
    para(doc, "II. NỘI DUNG, NHIỆM VỤ", bold=True)
    items_table(
        doc,
        ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
        [
            [[str(n)], r["works"], r["lead"], r["coordinating"], r["times"]]
            for n, r in enumerate(TIEN_THANG_ROWS, 1)
        ],
        [1.0, 7.8, 3.2, 3.2, 2.3],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo Chủ tịch UBND xã.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "",
         "Nguyễn Văn Toàn"],
    )  # fmt: skip
    return save(doc)


ITEMS_COMMENT = """
Round 22t, family F2 (several works in one row, their times line by
line), written before the importer was changed for it: a commune's Word
table whose content cell holds two or three "-" works and whose time cell
holds as many "-" lines in the same order ({times}); other rows hold one
work and one time.{extra}
Assumptions: each "-" work is a task of its own, with the row's lead and
partners; the n-th work's deadline is the n-th time line; where the
counts differ every work keeps the cell's one time.
"""


# --- F3 the whole body in a one-cell layout table ---------------------------


def frame(doc):
    """A borderless one-cell table as wide as the page (a template's frame)."""
    t = doc.add_table(rows=1, cols=1)
    no_borders(t)
    return t.cell(0, 0)


def cell_para(cell, text, *, bold=False, first=False, indent=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(13)
    if indent:
        p.paragraph_format.first_line_indent = Pt(28)
    return p


def nested_table(cell, head, rows):
    """A ruled task table inside `cell`."""
    t = cell.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, text in enumerate(head):
        fill(t.rows[0].cells[i], text, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        for i, value in enumerate(row):
            fill(cells[i], value, center=i in (0, len(row) - 1))
    cell.add_paragraph()  # Word keeps a paragraph after a nested table.
    return t


PHUC_THINH_TASKS = [
    {
        "title": "Rà soát, đánh giá thực trạng 19 tiêu chí xã nông thôn mới",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Các ngành thành viên Ban Chỉ đạo"],
        "time": "28/02/2027",
        "deadline": "2027-02-28",
    },
    {
        "title": "Nhựa hóa 2,5 km đường trục thôn Phúc Lộc",
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Ban phát triển thôn Phúc Lộc"],
        "time": "Quý III/2027",
        "deadline": "2027-09-30",
    },
    {
        "title": "Xây dựng 03 tuyến đường “Sáng - Xanh - Sạch - Đẹp”",
        "lead": "Hội Liên hiệp Phụ nữ xã",
        "coordinating": ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"],
        "time": "30/9/2027",
        "deadline": "2027-09-30",
    },
    {
        "title": "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",
        "lead": "Trạm Y tế xã",
        "coordinating": ["Bảo hiểm xã hội khu vực"],
        "time": "Quý IV/2027",
        "deadline": "2027-12-31",
    },
]


def framed_plan(
    issuer, place_and_date, title, bases, intro, goal, head, tasks, after, closing
):
    doc = opening(issuer, place_and_date, title)
    a4(doc, left=2.5, right=1.5)
    cell = frame(doc)
    for i, basis in enumerate(bases):
        cell_para(cell, basis, first=i == 0, indent=True)
    cell_para(cell, intro, indent=True)
    cell_para(cell, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    cell_para(cell, goal, indent=True)
    cell_para(cell, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    nested_table(cell, head, tasks)
    cell_para(cell, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    cell_para(cell, after, indent=True)
    doc.add_paragraph()  # Word keeps a paragraph between two tables.
    closing_beside(doc, *closing)
    return save(doc)


def phuc_thinh_docx() -> bytes:
    return framed_plan(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚC THỊNH", "Số: 45/KH-UBND"],
        "Phúc Thịnh, ngày 22 tháng 01 năm 2027",
        "Duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027",
        [
            "Căn cứ Quyết định số 211/QĐ-UBND ngày 15/01/2027 của UBND tỉnh"
            " về giao chỉ tiêu phát triển kinh tế - xã hội năm 2027;",
            "Căn cứ Nghị quyết số 30/NQ-HĐND ngày 18/12/2026 của HĐND xã Phúc"
            " Thịnh về nhiệm vụ năm 2027;",
        ],
        "UBND xã Phúc Thịnh ban hành Kế hoạch như sau:",
        "Duy trì bền vững 19/19 tiêu chí, phấn đấu đạt chuẩn nông thôn mới"
        " nâng cao vào năm 2028.",
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
         "Thời gian hoàn thành"],
        [
            [str(n), t["title"], t["lead"], ", ".join(t["coordinating"]), t["time"]]
            for n, t in enumerate(PHUC_THINH_TASKS, 1)
        ],
        "Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 20 hằng tháng.",
        (
            ["- UBND tỉnh;", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đinh Công Lực"],
        ),
    )  # fmt: skip


MY_LOC_TASKS = [
    {
        "title": "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư",
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Ban công tác Mặt trận các ấp"],
        "time": "15/11/2027",
        "deadline": "2027-11-15",
    },
    {
        "title": "Xây dựng 05 mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
        "lead": "Ban Dân vận Đảng ủy xã",
        "coordinating": ["Các đoàn thể chính trị - xã hội xã"],
        "time": "Quý III/2027",
        "deadline": "2027-09-30",
    },
    {
        "title": "Vận động Nhân dân đóng góp xây dựng 04 cây cầu nông thôn",
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Hội Nông dân xã", "Ban phát triển các ấp"],
        "time": "Tháng 12/2027",
        "deadline": "2027-12-31",
    },
]


def my_loc_odt() -> bytes:
    return saved_as(
        framed_plan(
            ["UBND XÃ MỸ LỘC", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA",
             "Số: 07/KH-BCĐ"],
            "Mỹ Lộc, ngày 03 tháng 02 năm 2027",
            "Thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới,"
            " đô thị văn minh” năm 2027",
            [
                "Căn cứ Kế hoạch số 88/KH-MTTQ-BTT ngày 10/01/2027 của Ban"
                " Thường trực Ủy ban MTTQ Việt Nam tỉnh;",
            ],
            "Ban Chỉ đạo xã xây dựng Kế hoạch như sau:",
            "Phát huy vai trò chủ thể của Nhân dân trong xây dựng nông thôn mới.",
            ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
            [
                [str(n), t["title"], t["lead"], "; ".join(t["coordinating"]),
                 t["time"]]
                for n, t in enumerate(MY_LOC_TASKS, 1)
            ],
            "Các thành viên Ban Chỉ đạo theo lĩnh vực phụ trách báo cáo kết"
            " quả trước ngày 10/12/2027.",
            (
                ["- BCĐ tỉnh;", "- Thành viên BCĐ xã;", "- Lưu: VT."],
                ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Võ Thanh Nhàn"],
            ),
        ),
        "odt",
    )  # fmt: skip


FRAME_COMMENT = """
Round 22t, family F3 (the whole body inside a one-cell layout table),
written before the importer was changed for it: {what}; everything from
the bases to "III. TỔ CHỨC THỰC HIỆN" sits in a borderless table of one
cell, the ruled task table nested in that cell; the header table and the
signature table outside it.
Assumptions: the frame's content is the body: its bases, headings,
paragraphs and the nested table's rows read as if the frame were not there.
"""


# --- F4 tasks introduced by ordinal words -----------------------------------

ORDINALS = ["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"]
THU = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]

THANH_LAM_TASKS = [
    {
        "work": "Tập trung hoàn thiện hệ thống giao thông nội đồng, bê tông hóa"
        " 3 km đường trục chính nội đồng các thôn Đông, thôn Nam.",
        "assign": "Ban Quản lý dự án xã chủ trì, phối hợp Hợp tác xã Nông nghiệp"
        " Thanh Lâm và Ban phát triển các thôn triển khai, hoàn thành trước"
        " ngày 30/9/2027.",
        "title": "Tập trung hoàn thiện hệ thống giao thông nội đồng, bê tông hóa"
        " 3 km đường trục chính nội đồng các thôn Đông, thôn Nam",
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Hợp tác xã Nông nghiệp Thanh Lâm", "Ban phát triển các thôn"],
        "deadline": "2027-09-30",
    },
    {
        "work": "Phát triển sản xuất hàng hóa tập trung, xây dựng 02 vùng trồng"
        " rau an toàn theo tiêu chuẩn VietGAP.",
        "assign": "Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã thực hiện,"
        " hoàn thành trước ngày 31/10/2027.",
        "title": "Phát triển sản xuất hàng hóa tập trung, xây dựng 02 vùng trồng"
        " rau an toàn theo tiêu chuẩn VietGAP",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Hội Nông dân xã"],
        "deadline": "2027-10-31",
    },
    {
        "work": "Nâng cao chất lượng đời sống văn hóa, duy trì 100% thôn đạt"
        " danh hiệu “Thôn văn hóa”.",
        "assign": "Phòng Văn hóa - Xã hội chủ trì, phối hợp Ủy ban MTTQ Việt"
        " Nam xã hướng dẫn, hoàn thành trước ngày 15/12/2027.",
        "title": "Nâng cao chất lượng đời sống văn hóa, duy trì 100% thôn đạt"
        " danh hiệu “Thôn văn hóa”",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Ủy ban MTTQ Việt Nam xã"],
        "deadline": "2027-12-15",
    },
    {
        "work": "Bảo đảm an ninh trật tự, xây dựng 05 mô hình tự quản về an ninh"
        " trật tự ở khu dân cư.",
        "assign": "Công an xã chủ trì, phối hợp Ban Chỉ huy Quân sự xã và Đoàn"
        " Thanh niên xã thực hiện, hoàn thành trước ngày 30/6/2027.",
        "title": "Bảo đảm an ninh trật tự, xây dựng 05 mô hình tự quản về an ninh"
        " trật tự ở khu dân cư",
        "lead": "Công an xã",
        "coordinating": ["Ban Chỉ huy Quân sự xã", "Đoàn Thanh niên xã"],
        "deadline": "2027-06-30",
    },
    {
        "work": "Thu gom, xử lý 100% rác thải sinh hoạt trên địa bàn xã.",
        "assign": "Hợp tác xã Môi trường Thanh Lâm chủ trì, phối hợp Hội Liên hiệp"
        " Phụ nữ xã tổ chức thực hiện, hoàn thành trước ngày 31/12/2027.",
        "title": "Thu gom, xử lý 100% rác thải sinh hoạt trên địa bàn xã",
        "lead": "Hợp tác xã Môi trường Thanh Lâm",
        "coordinating": ["Hội Liên hiệp Phụ nữ xã"],
        "deadline": "2027-12-31",
    },
]


def thanh_lam_docx() -> bytes:
    doc = opening(
        ["ĐẢNG ỦY XÃ THANH LÂM", "*", "Số: 21-KH/ĐU"],
        "Thanh Lâm, ngày 25 tháng 01 năm 2027",
        "Lãnh đạo thực hiện nhiệm vụ xây dựng nông thôn mới nâng cao năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Nghị quyết số 12-NQ/TU ngày 15/01/2027 của Ban Thường vụ Tỉnh"
        " ủy về xây dựng nông thôn mới;",
        indent=1,
    )
    para(doc, "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao vai trò lãnh đạo của cấp ủy, sự vào cuộc của cả hệ thống"
        " chính trị trong xây dựng nông thôn mới nâng cao.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    for word, t in zip(ORDINALS, THANH_LAM_TASKS, strict=False):
        # The work in lower case after the comma, as the sentence goes on.
        work = t["work"][0].lower() + t["work"][1:]
        para(doc, f"{word} là, {work} {t['assign']}", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các chi bộ, đoàn thể xây dựng kế hoạch cụ thể, báo cáo kết quả về Ban"
        " Thường vụ Đảng ủy trước ngày 15/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Ban Thường vụ Tỉnh ủy;", "- Các chi bộ;", "- Lưu Văn phòng Đảng ủy."],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Nguyễn Đình Thắng"],
    )
    return save(doc)


BINH_MINH_TASKS = [
    {
        "work": "Đẩy mạnh tuyên truyền, vận động Nhân dân tham gia xây dựng"
        " khu dân cư kiểu mẫu.",
        "assign": "Giao Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp các đoàn thể"
        " xã thực hiện; thời gian hoàn thành trong quý II/2027.",
        "title": "Đẩy mạnh tuyên truyền, vận động Nhân dân tham gia xây dựng"
        " khu dân cư kiểu mẫu",
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Các đoàn thể xã"],
        "deadline": "2027-06-30",
    },
    {
        "work": "Cải tạo, nâng cấp 1,8 km kênh mương nội đồng xứ đồng Cửa Đình.",
        "assign": "Hợp tác xã Dịch vụ nông nghiệp Bình Minh chủ trì, phối hợp"
        " Phòng Kinh tế triển khai, hoàn thành trước ngày 31/8/2027.",
        "title": "Cải tạo, nâng cấp 1,8 km kênh mương nội đồng xứ đồng Cửa Đình",
        "lead": "Hợp tác xã Dịch vụ nông nghiệp Bình Minh",
        "coordinating": ["Phòng Kinh tế"],
        "deadline": "2027-08-31",
    },
    {
        "work": "Xây dựng Trường Mầm non Bình Minh đạt chuẩn quốc gia mức độ 2.",
        "assign": "Trường Mầm non Bình Minh chủ trì, phối hợp Phòng Văn hóa - Xã"
        " hội thực hiện, hoàn thành trước ngày 30/11/2027.",
        "title": "Xây dựng Trường Mầm non Bình Minh đạt chuẩn quốc gia mức độ 2",
        "lead": "Trường Mầm non Bình Minh",
        "coordinating": ["Phòng Văn hóa - Xã hội"],
        "deadline": "2027-11-30",
    },
    {
        "work": "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới"
        " kiểu mẫu.",
        "assign": "Văn phòng HĐND và UBND xã chủ trì, phối hợp các ngành thành"
        " viên Ban Chỉ đạo tổng hợp, hoàn thành trước ngày 15/12/2027.",
        "title": "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới"
        " kiểu mẫu",
        "lead": "Văn phòng HĐND và UBND xã",
        "coordinating": ["Các ngành thành viên Ban Chỉ đạo"],
        "deadline": "2027-12-15",
    },
]

BINH_MINH = (
    "ỦY BAN NHÂN DÂN\n"
    "XÃ BÌNH MINH\n"
    "Số: 52/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Bình Minh, ngày 10 tháng 02 năm 2027\n"
    "\n"
    "KẾ HOẠCH\n"
    "Xây dựng xã Bình Minh đạt chuẩn nông thôn mới kiểu mẫu năm 2027\n"
    "\n"
    "Căn cứ Kế hoạch số 35/KH-UBND ngày 20/01/2027 của UBND tỉnh về xây"
    " dựng nông thôn mới kiểu mẫu;\n"
    "UBND xã Bình Minh ban hành Kế hoạch như sau:\n"
    "\n"
    "I. MỤC TIÊU\n"
    "Phấn đấu đến cuối năm 2027 xã Bình Minh đạt chuẩn nông thôn mới kiểu mẫu.\n"
    "\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    + "".join(
        f"Thứ {thu}, {t['work']} {t['assign']}\n"
        for thu, t in zip(THU, BINH_MINH_TASKS, strict=False)
    )
    + "\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Các đơn vị được giao nhiệm vụ báo cáo tiến độ về UBND xã trước ngày 25"
    " hằng tháng.\n"
    "\n"
    "Nơi nhận:\n"
    "- UBND tỉnh;\n"
    "- Đảng ủy xã;\n"
    "- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\n"
    "CHỦ TỊCH\n"
    "\n"
    "Phan Văn Mười\n"
)

ORDINAL_COMMENT = """
Round 22t, family F4 (tasks introduced by ordinal words), written before
the importer was changed for it: {what} under the tasks heading, each
task one paragraph: the work, then a sentence assigning it ("X chủ trì,
phối hợp Y …, hoàn thành trước …").
Assumptions: "{first}" numbers a task like "1.", "{second}" like "2.";
the ordinal words are no part of the title; the title is the work's
sentence, the assigning sentence its lead, partners and deadline.
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    # F1
    write(
        OUT,
        "r22t-xa-an-phu-phan-bo-thon.docx",
        an_phu_docx(),
        VILLAGE_COMMENT.format(
            group="Phân bổ cho các thôn",
            villages="Thôn 1 … Thôn 5, figures in m², tuyến, mắt, hộ",
            extra=" Units and partners in columns of their own.",
        ),
        commune_header(
            "AN PHÚ",
            "36",
            "KH-UBND",
            "2027-01-12",
            "Thực hiện phong trào thi đua “Cả nước chung tay xây dựng nông thôn"
            " mới” năm 2027",
        )
        | {"signer": "Lê Thị Hồng", "recipients": 4, "bases": ["210/KH-UBND"]},
        AN_PHU_TASKS,
    )
    write(
        OUT,
        "r22t-xa-hoa-son-chi-tieu-xom.pdf",
        hoa_son_docx(),
        VILLAGE_COMMENT.format(
            group="Chỉ tiêu giao cho các xóm",
            villages="Xóm Đông, Xóm Tây, Xóm Trại, Xóm Mới",
            extra=' Headers "TT", "ĐVT", "Chủ trì", "Phối hợp",'
            ' "Thời hạn"; the partners split by ";". A PDF LibreOffice'
            " made from the Word file.",
        ),
        commune_header(
            "HÒA SƠN",
            "09",
            "KH-UBND",
            "2027-01-20",
            "Giao chỉ tiêu xây dựng nông thôn mới kiểu mẫu cho các xóm năm 2027",
        )
        | {"signer": "Hà Văn Khánh", "recipients": 3, "bases": ["05-NQ/ĐU"]},
        HOA_SON_TASKS,
    )
    tan_hoa_xlsx(OUT / "r22t-xa-tan-hoa-phan-bo-ap.xlsx")
    write(
        OUT,
        "r22t-xa-tan-hoa-phan-bo-ap.xlsx",
        (OUT / "r22t-xa-tan-hoa-phan-bo-ap.xlsx").read_bytes(),
        VILLAGE_COMMENT.format(
            group="Giao chỉ tiêu cho các ấp",
            villages="Ấp Hòa Bình, Ấp Hòa Thuận, Ấp Tân Thành",
            extra=" An appendix workbook (openpyxl, saved once by LibreOffice"
            ' Calc): the caption rows above, "(Kèm theo Kế hoạch số 14/KH-UBND'
            ' …)"; a deadline as an Excel date.',
        ),
        {
            "number": "14",
            "symbol": "KH-UBND",
            "date": "2027-01-08",
            "title": "PHÂN BỔ CHỈ TIÊU XÂY DỰNG ẤP NÔNG THÔN MỚI KIỂU MẪU NĂM 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
        },
        TAN_HOA_TASKS,
    )
    # F2
    write(
        OUT,
        "r22t-xa-dong-tien-nhieu-viec-mot-dong.docx",
        dong_tien_docx(),
        ITEMS_COMMENT.format(
            times='"- Quý I/2027" / "- Quý IV/2027"',
            extra=' One row holds two works and one time ("Thường xuyên,'
            ' tổng kết trước 15/12/2027").',
        ),
        commune_header(
            "ĐỒNG TIẾN",
            "18",
            "KH-UBND",
            "2027-01-05",
            "Thực hiện các tiêu chí Sản xuất, Y tế và Môi trường năm 2027",
        )
        | {"signer": "Trần Quốc Bảo", "recipients": 3, "bases": ["318/QĐ-TTg"]},
        split_rows(DONG_TIEN_ROWS),
    )
    write(
        OUT,
        "r22t-xa-tien-thang-thang-tung-dong.docx",
        tien_thang_docx(),
        ITEMS_COMMENT.format(times='"- Tháng 3/2027" / "- Tháng 9/2027"', extra=""),
        commune_header(
            "TIẾN THẮNG",
            "27",
            "KH-UBND",
            "2027-01-14",
            "Chuyển đổi số và phát triển sản phẩm OCOP gắn với xây dựng nông"
            " thôn mới thông minh năm 2027",
        )
        | {
            "issuer": "ỦY BAN NHÂN DÂN XÃ TIẾN THẮNG",
            "signer_title": "PHÓ CHỦ TỊCH",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer": "Nguyễn Văn Toàn",
            "recipients": 3,
            "bases": ["12/KH-UBND"],
        },
        split_rows(TIEN_THANG_ROWS),
    )
    # F3
    write(
        OUT,
        "r22t-xa-phuc-thinh-khung-mot-o.docx",
        phuc_thinh_docx(),
        FRAME_COMMENT.format(what="a commune's Word plan, two bases"),
        commune_header(
            "PHÚC THỊNH",
            "45",
            "KH-UBND",
            "2027-01-22",
            "Duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027",
        )
        | {
            "signer": "Đinh Công Lực",
            "recipients": 4,
            "bases": ["211/QĐ-UBND", "30/NQ-HĐND"],
        },
        PHUC_THINH_TASKS,
    )
    write(
        OUT,
        "r22t-bcd-my-loc-khung-mot-o.odt",
        my_loc_odt(),
        FRAME_COMMENT.format(
            what="a steering committee's plan saved as .odt by LibreOffice from Word"
        ),
        {
            "number": "07",
            "symbol": "KH-BCĐ",
            "place": "Mỹ Lộc",
            "date": "2027-02-03",
            "title": "Thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông"
            " thôn mới, đô thị văn minh” năm 2027",
            "issuer": "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
            "authority": "TM. BAN CHỈ ĐẠO",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Võ Thanh Nhàn",
            "recipients": 3,
            "bases": ["88/KH-MTTQ-BTT"],
        },
        MY_LOC_TASKS,
    )
    # F4
    write(
        OUT,
        "r22t-dang-uy-thanh-lam-mot-la.docx",
        thanh_lam_docx(),
        ORDINAL_COMMENT.format(
            what='a Party committee\'s Word plan, "Một là, …" … "Năm là, …"',
            first="Một là,",
            second="Hai là,",
        ),
        {
            "number": "21",
            "symbol": "KH/ĐU",
            "place": "Thanh Lâm",
            "date": "2027-01-25",
            "title": "Lãnh đạo thực hiện nhiệm vụ xây dựng nông thôn mới nâng"
            " cao năm 2027",
            "issuer": "ĐẢNG ỦY XÃ THANH LÂM",
            "authority": "T/M BAN THƯỜNG VỤ",
            "signer_title": "BÍ THƯ",
            "signer": "Nguyễn Đình Thắng",
            "recipients": 3,
            "bases": ["12-NQ/TU"],
        },
        THANH_LAM_TASKS,
    )
    write(
        OUT,
        "r22t-xa-binh-minh-thu-nhat.txt",
        BINH_MINH,
        ORDINAL_COMMENT.format(
            what='a commune\'s text plan, "Thứ nhất, …" … "Thứ tư, …"; one'
            ' task assigned by "Giao X chủ trì, …; thời gian hoàn thành trong'
            ' quý II/2027"',
            first="Thứ nhất,",
            second="Thứ hai,",
        ),
        commune_header(
            "BÌNH MINH",
            "52",
            "KH-UBND",
            "2027-02-10",
            "Xây dựng xã Bình Minh đạt chuẩn nông thôn mới kiểu mẫu năm 2027",
        )
        | {"signer": "Phan Văn Mười", "recipients": 3, "bases": ["35/KH-UBND"]},
        BINH_MINH_TASKS,
    )


if __name__ == "__main__":
    main()
