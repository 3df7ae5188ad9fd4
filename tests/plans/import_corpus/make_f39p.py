"""Writes set f39p's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39p.py

Set f39p: three families the importer read badly, written here before it
was changed for them:

F1. a staff assignment table ("STT | Họ và tên | Chức vụ | Nhiệm vụ được
    giao | Thời hạn" and its variants): merged group rows name a unit ("1.
    Văn phòng Điều phối nông thôn mới tỉnh"), each row under one is a
    person (name, post, task, deadline); the task is the row's work, its
    lead the group's unit, its official the person without the post. A
    variant has no group rows but an "Đơn vị" column (.docx, .xlsx, .pdf);
F2. frequency deadlines in a table's time cell ("Hằng tháng", "Hàng
    tháng", "Hằng quý", "Hằng tuần", "Định kỳ hằng tháng"): the 31/12 of
    the plan's year, as "Thường xuyên" (.pdf, .odt);
F3. a spreadsheet's "Ghi chú" naming the task's official ("Đ/c Trần Đình
    Hải phụ trách", "Đồng chí … theo dõi", "Giao đ/c …"); a note naming no
    one ("Ngày hội Đại đoàn kết", "Phối hợp tổ chức") is neither partner
    nor title; "Dịp 18/11/2026" is that day (.xlsx).
"""

import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    opening,
    para,
    save,
)

OUT = HERE / "f39p"

COMMENT = """Set f39p (a staff assignment table; frequency deadlines in a
table's time cell; an official named in a spreadsheet's "Ghi chú"), written
before the importer was changed for it: {what}
Assumptions: in a staff assignment table each person's row is one task,
its title the task cell, its lead the unit of the group row over it (or of
its "Đơn vị" cell), its official the person's name without the post; a
group row and a name are no tasks; "Hằng năm", "Hằng tháng", "Hằng quý",
"Hằng tuần" and "Định kỳ …" end on 31/12 of the plan's year; a month's or
a quarter's last day is the deadline; a note "Đ/c <name> phụ trách" names
the official, a note naming no one is no partner and no part of the
title; "Dịp <day>" is that day."""


def _staff_table(doc, head, groups, widths):
    """A ruled table: `head`, then per group a merged row naming the unit
    and one row per person (number, name, post, task, time)."""
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        fill(cell, [text], bold=True, center=True)
    n, tasks = 0, []
    for unit, people in groups:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[len(head) - 1])
        fill(merged, [unit], bold=True)
        lead = unit.split(". ", 1)[1]
        for name, post, work, when, day in people:
            n += 1
            cells = table.add_row().cells
            for cell, text in zip(cells, [str(n), name, post, work, when], strict=True):
                fill(cell, [text], center=text in (str(n), when))
            tasks.append(T(work, lead, [], day, official=name))
    fixed_widths(table, widths)
    return tasks


# --- F1 (.docx): a department's staff assignment, group rows ---------------

SO_NN = [
    ("1. Văn phòng Điều phối nông thôn mới tỉnh", [
        ("Triệu Văn Đức", "Chánh Văn phòng",
         "Tham mưu tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia xây dựng "
         "nông thôn mới trên địa bàn tỉnh", "Quý IV/2027", "2027-12-31"),
        ("Nguyễn Thị Lan Anh", "Chuyên viên",
         "Tổng hợp báo cáo tiến độ thực hiện các tiêu chí nông thôn mới của các xã",
         "Hằng năm", "2026-12-31"),
    ]),
    ("2. Phòng Phát triển nông thôn", [
        ("Lê Quang Vinh", "Trưởng phòng",
         "Hướng dẫn các xã xây dựng phương án phát triển sản phẩm OCOP", "Tháng 5/2026",
         "2026-05-31"),
        ("Phan Thị Thu Hà", "Phó Trưởng phòng",
         "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
         "30/9/2026", "2026-09-30"),
    ]),
    ("3. Chi cục Thủy lợi", [
        ("Hồ Sỹ Tuấn", "Phó Chi cục trưởng",
         "Kiểm tra tiến độ kiên cố hóa kênh mương nội đồng tại các xã", "30/9/2026",
         "2026-09-30"),
        ("Đinh Thị Hồng Nhung", "Chuyên viên",
         "Cập nhật số liệu tiêu chí thủy lợi và phòng, chống thiên tai của các xã",
         "Hằng năm", "2026-12-31"),
    ]),
]  # fmt: skip


def so_nn_docx():
    title = ("Phân công cán bộ theo dõi thực hiện Chương trình xây dựng nông thôn mới "
             "giai đoạn 2026 - 2027")  # fmt: skip
    doc = opening(["UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                   "Số: 215/KH-SNNMT"], "Hà Tĩnh, ngày 15 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Xác định rõ người, rõ việc, rõ thời hạn trong từng nhiệm vụ.")
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ", bold=True)
    tasks = _staff_table(doc, ["STT", "Họ và tên", "Chức vụ", "Nhiệm vụ được giao",
                               "Thời hạn"], SO_NN, [1.0, 3.5, 3.0, 6.0, 2.5])  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 25 hằng tháng.")
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- Các phòng, đơn vị thuộc Sở;",
                         "- Lưu: VT."],
                   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn Việt"])  # fmt: skip
    head = hdr("215", "KH-SNNMT", "Hà Tĩnh", "2026-01-15", title,
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
               "Nguyễn Văn Việt", [], 3)  # fmt: skip
    return ("f39p-so-nong-nghiep-phan-cong-can-bo.docx", save(doc), "a department's "
            "Word plan whose task table is a staff assignment ('STT | Họ và tên | Chức "
            "vụ | Nhiệm vụ được giao | Thời hạn') under merged unit rows ('1. Văn phòng "
            "Điều phối nông thôn mới tỉnh').", head, tasks)  # fmt: skip


# --- F1 (.pdf): the same shape printed, other column names -----------------

CHI_CUC = [
    ("I. Phòng Kế hoạch - Tổng hợp", [
        ("Vi Văn Thành", "Trưởng phòng",
         "Xây dựng kế hoạch vốn sự nghiệp hỗ trợ phát triển sản xuất năm 2026",
         "Tháng 3/2026", "2026-03-31"),
        ("Lục Thị Phương", "Chuyên viên",
         "Theo dõi giải ngân vốn hỗ trợ các dự án liên kết chuỗi giá trị",
         "Quý II/2026", "2026-06-30"),
    ]),
    ("II. Trạm Khuyến nông liên xã", [
        ("Hoàng Văn Khánh", "Trạm trưởng",
         "Tập huấn kỹ thuật trồng hồi, quế theo hướng hữu cơ cho các hợp tác xã",
         "15/8/2026", "2026-08-15"),
        ("Nông Thị Hiền", "Viên chức",
         "Hướng dẫn các tổ hợp tác ghi chép nhật ký sản xuất", "Hằng năm",
         "2026-12-31"),
    ]),
]  # fmt: skip


def chi_cuc_pdf():
    title = "Phân công nhiệm vụ hỗ trợ phát triển sản xuất năm 2026"
    doc = opening(["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC PHÁT TRIỂN NÔNG THÔN",
                   "Số: 38/KH-CCPTNT"], "Lạng Sơn, ngày 05 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Nâng cao hiệu quả các dự án hỗ trợ phát triển sản xuất.")
    para(doc, "II. PHÂN CÔNG CỤ THỂ", bold=True)
    tasks = _staff_table(doc, ["TT", "Cán bộ phụ trách", "Chức danh",
                               "Nội dung nhiệm vụ", "Thời gian hoàn thành"], CHI_CUC,
                         [1.0, 3.5, 2.5, 6.5, 2.5])  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Trưởng các phòng, trạm đôn đốc cán bộ thực hiện Kế hoạch này.")
    closing_beside(doc, ["- Sở Nông nghiệp và Môi trường (b/c);", "- Lưu: VT."],
                   ["CHI CỤC TRƯỞNG", "", "", "Lương Văn Tùng"])  # fmt: skip
    head = hdr("38", "KH-CCPTNT", "Lạng Sơn", "2026-02-05", title,
               "CHI CỤC PHÁT TRIỂN NÔNG THÔN", "", "CHI CỤC TRƯỞNG", "Lương Văn Tùng",
               [], 2)  # fmt: skip
    return ("f39p-chi-cuc-ptnt-phan-cong-ban-in.pdf", saved_as(save(doc), "pdf"),
            "a sub-department's plan printed to PDF: 'TT | Cán bộ phụ trách | Chức danh "
            "| Nội dung nhiệm vụ | Thời gian hoàn thành' under merged rows 'I. Phòng Kế "
            "hoạch - Tổng hợp'.", head, tasks)  # fmt: skip


# --- F1 (.docx): no group rows, an "Đơn vị" column -------------------------

DONG_LOC = [
    ("Nguyễn Văn Thắng", "Trưởng phòng", "Phòng Kinh tế",
     "Rà soát, đánh giá mức độ đạt tiêu chí thu nhập của các thôn", "Tháng 6/2026",
     "2026-06-30"),
    ("Trần Thị Minh Nguyệt", "Phó Chánh Văn phòng", "Văn phòng HĐND và UBND xã",
     "Cập nhật hồ sơ minh chứng các tiêu chí nông thôn mới nâng cao", "Hằng năm",
     "2026-12-31"),
    ("Võ Đức Hiếu", "Giám đốc", "Trung tâm Dịch vụ tổng hợp xã",
     "Hướng dẫn người dân chuyển đổi 12 ha đất lúa kém hiệu quả sang trồng rau",
     "Quý III/2026", "2026-09-30"),
    ("Lê Thị Thanh Bình", "Công chức", "Phòng Văn hóa - Xã hội",
     "Vận động 100% hộ gia đình đăng ký danh hiệu Gia đình văn hóa", "20/10/2026",
     "2026-10-20"),
]  # fmt: skip


def dong_loc_docx():
    title = "Phân công cán bộ, công chức phụ trách các tiêu chí nông thôn mới năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG LỘC", "Số: 46/KH-UBND"],
                  "Đồng Lộc, ngày 09 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc, landscape=True)
    para(
        doc, "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 18/12/2025 của HĐND xã;", indent=1.0
    )
    para(doc, "UBND xã phân công nhiệm vụ như sau:", indent=1.0)
    head = ["TT", "Người thực hiện", "Chức danh", "Đơn vị", "Nội dung nhiệm vụ",
            "Thời gian hoàn thành"]  # fmt: skip
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        fill(cell, [text], bold=True, center=True)
    tasks = []
    for n, (name, post, unit, work, when, day) in enumerate(DONG_LOC, 1):
        cells = table.add_row().cells
        for cell, text in zip(
            cells, [str(n), name, post, unit, work, when], strict=True
        ):
            fill(cell, [text])
        tasks.append(T(work, unit, [], day, official=name))
    fixed_widths(table, [1.0, 4.0, 3.5, 4.5, 8.0, 3.5])
    para(doc, "Các cán bộ, công chức báo cáo kết quả về UBND xã trước ngày 15/12/2026.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Như trên;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phạm Quốc Hùng"])  # fmt: skip
    header = hdr("46", "KH-UBND", "Đồng Lộc", "2026-03-09", title,
                 "ỦY BAN NHÂN DÂN XÃ ĐỒNG LỘC", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Phạm Quốc Hùng", ["05/NQ-HĐND"], 3)  # fmt: skip
    return ("f39p-xa-dong-loc-cot-don-vi.docx", save(doc), "a commune's Word staff "
            "assignment with no group rows: 'TT | Người thực hiện | Chức danh | Đơn vị | "
            "Nội dung nhiệm vụ | Thời gian hoàn thành'.", header, tasks)  # fmt: skip


# --- F1 (.xlsx): a staff assignment sheet, merged unit rows -----------------

SHEET_STAFF = [
    ("1. Phòng Quản lý xây dựng công trình", [
        ("Bùi Văn Nam", "Trưởng phòng",
         "Kiểm tra chất lượng công trình đường giao thông nông thôn được hỗ trợ xi măng",
         "Quý IV/2027", "2027-12-31"),
        ("Đặng Thị Thu", "Kỹ sư",
         "Lập hồ sơ quyết toán công trình nhà văn hóa các thôn", "Tháng 11/2026",
         "2026-11-30"),
    ]),
    ("2. Phòng Tài chính - Kế toán", [
        ("Mai Văn Sơn", "Kế toán trưởng",
         "Đối chiếu số liệu giải ngân vốn đầu tư công với Kho bạc Nhà nước",
         "Hằng năm", "2026-12-31"),
    ]),
]  # fmt: skip


def _sheet_top(ws, left, right, title):
    top = [(left[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
           (left[1], "Độc lập - Tự do - Hạnh phúc"), (left[2], right),
           ("KẾ HOẠCH", None), (title, None)]  # fmt: skip
    for r, (a, b) in enumerate(top, 1):
        ws.cell(row=r, column=1, value=a)
        if b:
            ws.cell(row=r, column=4, value=b)


def ban_qlda_xlsx():
    title = "Phân công nhiệm vụ quản lý dự án nông thôn mới giai đoạn 2026 - 2027"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phân công"
    _sheet_top(ws, ["UBND TỈNH QUẢNG TRỊ", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG",
                    "Số: 17/KH-BQLDA"], "Quảng Trị, ngày 02 tháng 4 năm 2026", title)  # fmt: skip
    head = ["STT", "Cán bộ phụ trách", "Chức vụ", "Nội dung nhiệm vụ",
            "Thời gian hoàn thành"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    r, n, tasks = 8, 0, []
    for unit, people in SHEET_STAFF:
        ws.cell(row=r, column=1, value=unit)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for name, post, work, when, day in people:
            n += 1
            for c, value in enumerate([n, name, post, work, when], 1):
                ws.cell(row=r, column=c, value=value)
            tasks.append(T(work, unit.split(". ", 1)[1], [], day, official=name))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- UBND tỉnh (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu: VT.")
    for k, text in enumerate(["GIÁM ĐỐC", None, "Hoàng Minh Tiến"]):
        if text:
            ws.cell(row=r + k, column=4, value=text)
    header = hdr("17", "KH-BQLDA", "Quảng Trị", "2026-04-02", title,
                 "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "", "GIÁM ĐỐC", "Hoàng Minh Tiến",
                 [], 2)  # fmt: skip
    return ("f39p-ban-qlda-phan-cong.xlsx", save(wb), "a project board's sheet: "
            "'STT | Cán bộ phụ trách | Chức vụ | Nội dung nhiệm vụ | Thời gian hoàn "
            "thành' under merged unit rows.", header, tasks)  # fmt: skip


# --- F2 (.pdf): a farmers' union's table, frequency times -------------------

HOI_ND = [
    ("Tổ chức sinh hoạt chi hội, phổ biến kiến thức nông nghiệp cho hội viên",
     "Các chi hội", "Trạm Khuyến nông", "Hằng tháng", "2025-12-31"),
    ("Cập nhật giá nông sản lên trang thông tin của Hội", "Văn phòng Hội",
     "", "Hàng tháng", "2025-12-31"),
    ("Kiểm tra hoạt động các tổ hợp tác chăn nuôi", "Ban Thường vụ Hội", "",
     "Hằng quý", "2025-12-31"),
    ("Giám sát việc sử dụng vốn vay Quỹ Hỗ trợ nông dân", "Ban Kiểm tra Hội",
     "Ngân hàng Chính sách xã hội", "Định kỳ hằng tháng", "2025-12-31"),
    ("Tổ chức Hội thi nhà nông đua tài", "Ban Thường vụ Hội",
     "Đoàn Thanh niên xã", "Tháng 10/2025", "2025-10-31"),
]  # fmt: skip


def hoi_nd_pdf():
    title = "Hoạt động của Hội Nông dân xã quý IV năm 2025"
    doc = opening(["HỘI NÔNG DÂN TỈNH NGHỆ AN", "BCH HỘI NÔNG DÂN XÃ NAM ĐÀN",
                   "Số: 27-KH/HND"], "Nam Đàn, ngày 10 tháng 9 năm 2025", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao chất lượng sinh hoạt chi hội, hỗ trợ hội viên phát triển kinh tế.",
    )
    para(doc, "II. NỘI DUNG", bold=True)
    head = ["TT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"]
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        fill(cell, [text], bold=True, center=True)
    tasks = []
    for n, (work, lead, partner, when, day) in enumerate(HOI_ND, 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(n), work, lead, partner, when], strict=True):
            fill(cell, [text])
        tasks.append(T(work, lead, [partner] if partner else [], day))
    fixed_widths(table, [1.0, 6.5, 3.0, 3.0, 2.5])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các chi hội báo cáo kết quả về Ban Thường vụ Hội trước ngày 20/12/2025.")
    closing_under(doc, ["- Hội Nông dân tỉnh (b/c);", "- Đảng ủy xã;", "- Lưu."],
                  ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Nguyễn Đình Lực"])  # fmt: skip
    header = hdr("27", "KH/HND", "Nam Đàn", "2025-09-10", title,
                 "BCH HỘI NÔNG DÂN XÃ NAM ĐÀN", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
                 "Nguyễn Đình Lực", [], 3)  # fmt: skip
    return ("f39p-hoi-nong-dan-nam-dan-hang-thang.pdf", saved_as(save(doc), "pdf"),
            "a farmers' union's plan printed to PDF: a task table whose time cells read "
            "'Hằng tháng', 'Hàng tháng', 'Hằng quý', 'Định kỳ hằng tháng'.", header,
            tasks)  # fmt: skip


# --- F2 (.odt): a commune's table, weekly and quarterly ---------------------

THON = [
    ("Ra quân vệ sinh đường làng, ngõ xóm", "Chi hội Phụ nữ các thôn",
     "Đoàn Thanh niên xã", "Hằng tuần", "2026-12-31"),
    ("Kiểm tra việc thu gom rác thải sinh hoạt tại các thôn", "Công an xã", "",
     "Hằng quý", "2026-12-31"),
    ("Báo cáo kết quả thực hiện tiêu chí môi trường", "Phòng Kinh tế xã", "",
     "Định kỳ hằng quý", "2026-12-31"),
    ("Trồng 2 km hàng rào cây xanh tại thôn Tân Hương", "Ban phát triển thôn Tân Hương",
     "Hội Cựu chiến binh xã", "Quý III/2026", "2026-09-30"),
]  # fmt: skip


def tan_huong_odt():
    title = "Bảo vệ môi trường nông thôn xã Tân Hương năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯƠNG", "Số: 58/KH-UBND"],
                  "Tân Hương, ngày 22 tháng 5 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ gìn cảnh quan xanh, sạch, đẹp tại 100% thôn.")
    para(doc, "II. NHIỆM VỤ", bold=True)
    head = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời gian thực hiện"]  # fmt: skip
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        fill(cell, [text], bold=True, center=True)
    tasks = []
    for n, (work, lead, partner, when, day) in enumerate(THON, 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(n), work, lead, partner, when], strict=True):
            fill(cell, [text], center=text == when)
        tasks.append(T(work, lead, [partner] if partner else [], day))
    fixed_widths(table, [1.0, 6.5, 3.0, 3.0, 2.5])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "", "", "Đào Thị Huệ"])  # fmt: skip
    header = hdr("58", "KH-UBND", "Tân Hương", "2026-05-22", title,
                 "ỦY BAN NHÂN DÂN XÃ TÂN HƯƠNG", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH",
                 "Đào Thị Huệ", [], 3)  # fmt: skip
    return ("f39p-xa-tan-huong-hang-tuan.odt", saved_as(save(doc), "odt"), "a commune's "
            "plan as .odt whose time cells read 'Hằng tuần', 'Hằng quý', 'Định kỳ hằng "
            "quý'.", header, tasks)  # fmt: skip


# --- F3 (.xlsx): a Front committee's sheet, "Ghi chú" naming a person -------

MAT_TRAN = [
    ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 9 khu dân cư",
     "Ban Công tác Mặt trận các thôn", "Các đoàn thể xã", "Dịp 18/11/2026",
     "Đ/c Trần Đình Hải phụ trách", "2026-11-18", "Trần Đình Hải"),
    ("Vận động Quỹ Vì người nghèo năm 2026", "Ban Thường trực Ủy ban MTTQ xã", "",
     "Tháng 10/2026", "Ngày hội Đại đoàn kết", "2026-10-31", ""),
    ("Giám sát việc thực hiện tiêu chí môi trường tại các thôn",
     "Ban Thanh tra nhân dân xã", "Hội Nông dân xã", "Quý III/2026",
     "Đồng chí Nguyễn Thị Mai theo dõi", "2026-09-30", "Nguyễn Thị Mai"),
    ("Bình xét khu dân cư tiêu biểu", "Ban Công tác Mặt trận các thôn", "",
     "30/11/2026", "Phối hợp tổ chức", "2026-11-30", ""),
    ("Tổng hợp ý kiến cử tri về xây dựng nông thôn mới", "Văn phòng Ủy ban MTTQ xã",
     "", "Tháng 12/2026", "Giao đ/c Lê Văn Cường", "2026-12-31", "Lê Văn Cường"),
]  # fmt: skip


def mat_tran_xlsx():
    title = "Cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới năm 2026"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    _sheet_top(ws, ["UBMTTQ VIỆT NAM XÃ KỲ ANH", "BAN THƯỜNG TRỰC",
                    "Số: 12/KH-MTTQ"], "Kỳ Anh, ngày 05 tháng 9 năm 2026", title)  # fmt: skip
    head = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian",
            "Ghi chú"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    tasks = []
    r = 8
    for n, (work, lead, partner, when, note, day, who) in enumerate(MAT_TRAN, 1):
        for c, value in enumerate([n, work, lead, partner, when, note], 1):
            if value:
                ws.cell(row=r, column=c, value=value)
        tasks.append(T(work, lead, [partner] if partner else [], day, official=who))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- Đảng ủy xã (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu: VT.")
    for k, text in enumerate(["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", None, "Phạm Văn Quý"]):
        if text:
            ws.cell(row=r + k, column=4, value=text)
    header = hdr("12", "KH-MTTQ", "Kỳ Anh", "2026-09-05", title,
                 "BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM XÃ KỲ ANH", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Phạm Văn Quý", [], 2)  # fmt: skip
    return ("f39p-mat-tran-ky-anh-ghi-chu.xlsx", save(wb), "a Front committee's sheet "
            "whose 'Ghi chú' names the official ('Đ/c Trần Đình Hải phụ trách', 'Giao "
            "đ/c Lê Văn Cường') or names no one ('Phối hợp tổ chức'); 'Dịp 18/11/2026' "
            "in the time column.", header, tasks)  # fmt: skip


# --- F3 (.xlsx): a commune's sheet, the note before the time ----------------

HOA_BINH = [
    ("Nâng cấp 1,5 km đường trục thôn Bình Minh", "Ban phát triển thôn Bình Minh",
     "Hợp tác xã Hòa Bình", "đ/c Hồ Thị Nga theo dõi", "Tháng 7/2026", "2026-07-31",
     "Hồ Thị Nga"),
    ("Xây dựng mô hình vườn mẫu tại thôn Đông", "Hội Nông dân xã", "",
     "Phối hợp tổ chức", "Quý IV/2026", "2026-12-31", ""),
    ("Sửa chữa trạm y tế xã", "Trạm Y tế xã", "Trung tâm Dịch vụ tổng hợp xã",
     "Đồng chí Vũ Minh Khôi phụ trách", "30/8/2026", "2026-08-30", "Vũ Minh Khôi"),
]  # fmt: skip


def hoa_binh_xlsx():
    title = "Thực hiện các công trình nông thôn mới năm 2026"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Công trình"
    _sheet_top(ws, ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 64/KH-UBND"],
               "Hòa Bình, ngày 14 tháng 4 năm 2026", title)  # fmt: skip
    head = ["STT", "Tên công trình, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Ghi chú", "Thời hạn hoàn thành"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    tasks = []
    r = 8
    for n, (work, lead, partner, note, when, day, who) in enumerate(HOA_BINH, 1):
        for c, value in enumerate([n, work, lead, partner, note, when], 1):
            if value:
                ws.cell(row=r, column=c, value=value)
        tasks.append(T(work, lead, [partner] if partner else [], day, official=who))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- Đảng ủy xã (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu: VT.")
    for k, text in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", None, "Cao Văn Lâm"]):
        if text:
            ws.cell(row=r + k, column=4, value=text)
    header = hdr("64", "KH-UBND", "Hòa Bình", "2026-04-14", title,
                 "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Cao Văn Lâm", [], 2)  # fmt: skip
    return ("f39p-xa-hoa-binh-ghi-chu-truoc.xlsx", save(wb), "a commune's sheet whose "
            "'Ghi chú' (before the time column) reads 'đ/c Hồ Thị Nga theo dõi', 'Đồng "
            "chí … phụ trách' or 'Phối hợp tổ chức'.", header, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (so_nn_docx, chi_cuc_pdf, dong_loc_docx, ban_qlda_xlsx, hoi_nd_pdf,
                 tan_huong_odt, mat_tran_xlsx, hoa_binh_xlsx):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
