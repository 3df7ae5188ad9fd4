"""Writes set f39h's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39h.py

Set f39h: two families the importer read badly, written here before it
was changed for them:

F1. a task table whose header takes two rows: "Số TT" and "Hoạt động"
    merged down both, "Trách nhiệm" merged across "Thực hiện | Hỗ trợ",
    "Thời gian" across "Bắt đầu | Kết thúc" (a health station's .odt); and
    the same shape worded "Đơn vị" over "Chủ trì | Phối hợp", "Thời gian
    thực hiện" over "Từ ngày | Đến ngày", "Kinh phí" over "Ngân sách | Huy
    động" (.docx), "Phân công" over "Thực hiện | Hỗ trợ", "Thời hạn" over
    "Bắt đầu | Kết thúc" (.pdf), and a spreadsheet's merged cells (.xlsx);
F2. a named person in brackets at the end of a work cell ("Lập hồ sơ sức
    khỏe điện tử … (YS Hồ Thị Nga)", "(BS. Lê Văn An)", "(đ/c Nguyễn Văn
    Bảy phụ trách)", "(CB Trần Thị Cúc)", "(Điều dưỡng Hà Thị Dung)"): the
    task's official, not part of its name; a bracket that names no person
    ("(tiêu chí số 15)", "(khoảng 200 hộ)") stays in the name.
"""

import io
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

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
    task_table,
)

OUT = HERE / "f39h"

COMMENT = """Set f39h (a task table's header on two rows, a group cell merged
across the columns the row under it names; a named person in brackets at
the end of a work cell), written before the importer was changed for it:
{what}
Assumptions: under a merged "Trách nhiệm" (or "Đơn vị", "Phân công"),
"Thực hiện" / "Chủ trì" is the lead and "Hỗ trợ" / "Phối hợp" the partners;
under "Thời gian" (or "Thời hạn", "Thời gian thực hiện") "Bắt đầu" / "Từ
ngày" is the start and "Kết thúc" / "Đến ngày" the deadline; "Ngân sách |
Huy động" under "Kinh phí" are money, no task's field; the header's second
row is no task; a person in brackets closing the work ("(YS Hồ Thị Nga)",
"(đ/c … phụ trách)") is its official, not its name, a bracket naming no
one stays in the name; a month's or a quarter's last day is the deadline,
"Thường xuyên" the plan year's last day."""


def two_row_table(doc, top, under, rows, widths, *, size=11):
    """A ruled Word table whose header takes two rows: `top` holds a text per
    column, None where the cell on its left spans on (merged across);
    `under` holds the second row's texts, None where the cell above is
    merged down; then `rows`, each a list of cells (a cell a list of
    paragraphs)."""
    t = doc.add_table(rows=2, cols=len(top))
    t.style = "Table Grid"
    for c, (text, low) in enumerate(zip(top, under, strict=True)):
        if text is not None:
            fill(t.cell(0, c), text, size=size, bold=True, center=True)
        if low is not None:
            fill(t.cell(1, c), low, size=size, bold=True, center=True)
    fixed_widths(t, widths)
    for c, text in enumerate(top):
        if text is not None and under[c] is None:
            t.cell(0, c).merge(t.cell(1, c))
    for c, text in enumerate(top):
        if text is None:
            continue
        end = c
        while end + 1 < len(top) and top[end + 1] is None:
            end += 1
        if end > c:
            merged = t.cell(0, c).merge(t.cell(0, end))
            fill(merged, text, size=size, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        for i, value in enumerate(row):
            fill(cells[i], value, size=size, center=i == 0)
    return t


# --- F1 (.odt): a health station's plan, "Trách nhiệm" over "Thực hiện |
# Hỗ trợ", "Thời gian" over "Bắt đầu | Kết thúc" ----------------------------

NAM_DONG = [
    ("Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà Giang "
     "(YS Hồ Thị Nga)", "Trạm Y tế xã", "Bưu điện xã, Ban phát triển các thôn",
     "Tháng 3/2026", "Quý III/2026",
     T("Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà Giang",
       "Trạm Y tế xã", ["Bưu điện xã", "Ban phát triển các thôn"], "2026-09-30",
       "2026-03-01", official="Hồ Thị Nga")),
    ("Tiêm chủng mở rộng cho trẻ dưới 1 tuổi đạt trên 95%", "Trạm Y tế xã",
     "Hội Liên hiệp Phụ nữ xã", "", "Thường xuyên",
     T("Tiêm chủng mở rộng cho trẻ dưới 1 tuổi đạt trên 95%", "Trạm Y tế xã",
       ["Hội Liên hiệp Phụ nữ xã"], "2026-12-31")),
    ("Truyền thông phòng chống sốt xuất huyết tại 8 thôn", "Cộng tác viên dân số thôn",
     "Đài truyền thanh xã", "Tháng 5/2026", "Tháng 8/2026",
     T("Truyền thông phòng chống sốt xuất huyết tại 8 thôn", "Cộng tác viên dân số thôn",
       ["Đài truyền thanh xã"], "2026-08-31", "2026-05-01")),
    ("Khám sàng lọc tăng huyết áp, đái tháo đường cho người trên 40 tuổi",
     "Trạm Y tế xã", "Hội Người cao tuổi xã", "", "Tháng 10/2026",
     T("Khám sàng lọc tăng huyết áp, đái tháo đường cho người trên 40 tuổi",
       "Trạm Y tế xã", ["Hội Người cao tuổi xã"], "2026-10-31")),
]  # fmt: skip


def nam_dong_odt():
    title = "Chăm sóc sức khỏe ban đầu cho Nhân dân năm 2026"
    doc = opening(["UBND XÃ NAM ĐÔNG", "TRẠM Y TẾ XÃ NAM ĐÔNG", "Số: 07/KH-TYT"],
                  "Nam Đông, ngày 16 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "Căn cứ Kế hoạch số 05/KH-UBND ngày 08/01/2026 của UBND xã;", indent=1.0)
    para(doc, "Trạm Y tế xã xây dựng Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững Tiêu chí quốc gia về y tế xã, 95% người dân có hồ sơ sức khỏe.")
    para(doc, "II. CÁC HOẠT ĐỘNG", bold=True)
    rows = [[[str(n)], [work], [lead], [partners], [start], [end]]
            for n, (work, lead, partners, start, end, _) in enumerate(NAM_DONG, 1)]  # fmt: skip
    two_row_table(doc, ["Số TT", "Hoạt động", "Trách nhiệm", None, "Thời gian", None],
                  [None, None, "Thực hiện", "Hỗ trợ", "Bắt đầu", "Kết thúc"], rows,
                  [1.2, 5.8, 2.6, 3.2, 1.9, 1.9])  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Cán bộ Trạm báo cáo kết quả về Trạm trưởng trước ngày 25 hằng tháng.")
    closing_beside(doc, ["- UBND xã (b/c);", "- Trung tâm Y tế khu vực;", "- Lưu."],
                   ["TRẠM TRƯỞNG", "", "", "Phan Thị Thu"])  # fmt: skip
    head = hdr("07", "KH-TYT", "Nam Đông", "2026-01-16", title,
               "TRẠM Y TẾ XÃ NAM ĐÔNG", "", "TRẠM TRƯỞNG", "Phan Thị Thu",
               ["05/KH-UBND"], 3)  # fmt: skip
    return ("f39h-tram-y-te-nam-dong-hai-dong.odt", saved_as(save(doc), "odt"), "a "
            "health station's plan as .odt whose task table's header takes two rows "
            "('Trách nhiệm' over 'Thực hiện | Hỗ trợ', 'Thời gian' over 'Bắt đầu | Kết "
            "thúc'), one work ending on '(YS Hồ Thị Nga)'.", head,
            [row[-1] for row in NAM_DONG])  # fmt: skip


# --- F1 (.docx): a commune's plan, "Đơn vị" over "Chủ trì | Phối hợp",
# "Thời gian thực hiện" over "Từ ngày | Đến ngày", "Kinh phí" over "Ngân sách
# | Huy động" ----------------------------------------------------------------

VINH_LOC = [
    (["Xây dựng 02 điểm thu gom rác thải tập trung tại thôn Đông Hải (tiêu chí số 17)"],
     "Ban phát triển thôn Đông Hải", "Hợp tác xã dịch vụ môi trường xã", "01/4/2026",
     "30/6/2026", "120", "30",
     T("Xây dựng 02 điểm thu gom rác thải tập trung tại thôn Đông Hải (tiêu chí số 17)",
       "Ban phát triển thôn Đông Hải", ["Hợp tác xã dịch vụ môi trường xã"],
       "2026-06-30", "2026-04-01")),
    (["Hỗ trợ làm nhà vệ sinh hợp vệ sinh cho hộ nghèo (đ/c Nguyễn Văn Bảy phụ trách)"],
     "Hội Nông dân xã", "Ngân hàng Chính sách xã hội; Các thôn", "15/5/2026",
     "15/11/2026", "80", "",
     T("Hỗ trợ làm nhà vệ sinh hợp vệ sinh cho hộ nghèo", "Hội Nông dân xã",
       ["Ngân hàng Chính sách xã hội", "Các thôn"], "2026-11-15", "2026-05-15",
       official="Nguyễn Văn Bảy")),
    (["Trồng 3 km hàng rào xanh dọc đường liên thôn"],
     "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã", "", "Quý IV/2026", "", "45",
     T("Trồng 3 km hàng rào xanh dọc đường liên thôn", "Đoàn Thanh niên xã",
       ["Hội Cựu chiến binh xã"], "2026-12-31")),
    (["Phân loại rác tại nguồn cho các hộ thôn Tây Hồ (khoảng 200 hộ)"],
     "Hội Liên hiệp Phụ nữ xã", "Ban phát triển thôn Tây Hồ", "Tháng 7/2026",
     "Tháng 9/2026", "15", "5",
     T("Phân loại rác tại nguồn cho các hộ thôn Tây Hồ (khoảng 200 hộ)",
       "Hội Liên hiệp Phụ nữ xã", ["Ban phát triển thôn Tây Hồ"], "2026-09-30",
       "2026-07-01")),
]  # fmt: skip


def vinh_loc_docx():
    title = "Thực hiện tiêu chí môi trường trong xây dựng nông thôn mới năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ VĨNH LỘC", "Số: 52/KH-UBND"],
                  "Vĩnh Lộc, ngày 20 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc, left=2.0, right=1.5)
    para(
        doc, "Căn cứ Nghị quyết số 11/NQ-HĐND ngày 25/12/2025 của HĐND xã;", indent=1.0
    )
    para(doc, "UBND xã ban hành Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Giữ vững tiêu chí số 17 về môi trường và an toàn thực phẩm.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    rows = [[[str(n)], work, [lead], [partners], [start], [end], [state], [raised]]
            for n, (work, lead, partners, start, end, state, raised, _)
            in enumerate(VINH_LOC, 1)]  # fmt: skip
    two_row_table(doc, ["TT", "Nội dung công việc", "Đơn vị", None,
                        "Thời gian thực hiện", None, "Kinh phí (triệu đồng)", None],
                  [None, None, "Chủ trì", "Phối hợp", "Từ ngày", "Đến ngày",
                   "Ngân sách", "Huy động"], rows,
                  [0.9, 5.4, 2.6, 2.8, 1.7, 1.7, 1.2, 1.2])  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 10/12/2026.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "",
                    "Lê Thị Hòa"])  # fmt: skip
    head = hdr("52", "KH-UBND", "Vĩnh Lộc", "2026-03-20", title,
               "ỦY BAN NHÂN DÂN XÃ VĨNH LỘC", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH",
               "Lê Thị Hòa", ["11/NQ-HĐND"], 3)  # fmt: skip
    return ("f39h-xa-vinh-loc-don-vi-kinh-phi.docx", save(doc), "a commune's Word "
            "task table whose header takes two rows ('Đơn vị' over 'Chủ trì | Phối "
            "hợp', 'Thời gian thực hiện' over 'Từ ngày | Đến ngày', 'Kinh phí' over "
            "'Ngân sách | Huy động'), brackets naming a person or none.", head,
            [row[-1] for row in VINH_LOC])  # fmt: skip


# --- F1 + F2 (.pdf): a commune health plan, "Phân công" over "Thực hiện |
# Hỗ trợ", "Thời hạn" over "Bắt đầu | Kết thúc" -------------------------------

PHONG_DIEN = [
    ("Khám sức khỏe định kỳ cho người cao tuổi thôn Khúc Lý (BS. Lê Văn An)",
     "Trạm Y tế xã", "Hội Người cao tuổi xã", "Tháng 4/2026", "Tháng 6/2026",
     T("Khám sức khỏe định kỳ cho người cao tuổi thôn Khúc Lý", "Trạm Y tế xã",
       ["Hội Người cao tuổi xã"], "2026-06-30", "2026-04-01", official="Lê Văn An")),
    ("Chăm sóc sức khỏe bà mẹ sau sinh tại nhà (Điều dưỡng Hà Thị Dung)",
     "Trạm Y tế xã", "Nhân viên y tế thôn", "", "Thường xuyên",
     T("Chăm sóc sức khỏe bà mẹ sau sinh tại nhà", "Trạm Y tế xã",
       ["Nhân viên y tế thôn"], "2026-12-31", official="Hà Thị Dung")),
    ("Kiểm tra an toàn thực phẩm các bếp ăn tập thể (khoảng 12 cơ sở)",
     "Ban Chỉ đạo an toàn thực phẩm xã", "Công an xã, Trạm Y tế xã", "Tháng 8/2026",
     "Quý III/2026",
     T("Kiểm tra an toàn thực phẩm các bếp ăn tập thể (khoảng 12 cơ sở)",
       "Ban Chỉ đạo an toàn thực phẩm xã", ["Công an xã", "Trạm Y tế xã"],
       "2026-09-30", "2026-08-01")),
]  # fmt: skip


def phong_dien_pdf():
    title = "Nâng cao chất lượng tiêu chí y tế xã Phong Điền năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ PHONG ĐIỀN", "Số: 18/KH-UBND"],
                  "Phong Điền, ngày 02 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc)
    para(
        doc, "Căn cứ Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế;", indent=1.0
    )
    para(doc, "UBND xã ban hành Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững tiêu chí số 15 về y tế trong xây dựng nông thôn mới.")
    para(doc, "II. NHIỆM VỤ", bold=True)
    rows = [[[str(n)], [work], [lead], [partners], [start], [end]]
            for n, (work, lead, partners, start, end, _) in enumerate(PHONG_DIEN, 1)]  # fmt: skip
    two_row_table(doc, ["STT", "Nhiệm vụ", "Phân công", None, "Thời hạn", None],
                  [None, None, "Thực hiện", "Hỗ trợ", "Bắt đầu", "Kết thúc"], rows,
                  [1.1, 6.0, 2.7, 2.8, 1.9, 1.9])  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Trạm Y tế xã tổng hợp, báo cáo UBND xã trước ngày 15/12/2026.")
    closing_under(doc, ["- Trung tâm Y tế khu vực;", "- Các thôn;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trương Công Định"])  # fmt: skip
    head = hdr("18", "KH-UBND", "Phong Điền", "2026-03-02", title,
               "ỦY BAN NHÂN DÂN XÃ PHONG ĐIỀN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Trương Công Định", ["1300/QĐ-BYT"], 3)  # fmt: skip
    return ("f39h-xa-phong-dien-phan-cong.pdf", saved_as(save(doc), "pdf"), "a "
            "commune's plan printed to PDF whose task table's header takes two rows "
            "('Phân công' over 'Thực hiện | Hỗ trợ', 'Thời hạn' over 'Bắt đầu | Kết "
            "thúc'), works ending on '(BS. Lê Văn An)', '(Điều dưỡng Hà Thị Dung)'.",
            head, [row[-1] for row in PHONG_DIEN])  # fmt: skip


# --- F1 + F2 (.xlsx): a health station's sheet with merged header cells ----

HUONG_SON = [
    ("Điều tra, cập nhật hộ gia đình có nhà tiêu hợp vệ sinh (CB Trần Thị Cúc)",
     "Trạm Y tế xã", "Các thôn", "Tháng 2/2026", "Tháng 4/2026", 10, None,
     T("Điều tra, cập nhật hộ gia đình có nhà tiêu hợp vệ sinh", "Trạm Y tế xã",
       ["Các thôn"], "2026-04-30", "2026-02-01", official="Trần Thị Cúc")),
    ("Tổ chức Ngày vi chất dinh dưỡng cho trẻ 6-36 tháng tuổi", "Trạm Y tế xã",
     "Hội Liên hiệp Phụ nữ xã, Trường Mầm non xã", "Tháng 6/2026", "Tháng 6/2026", 5,
     3,
     T("Tổ chức Ngày vi chất dinh dưỡng cho trẻ 6-36 tháng tuổi", "Trạm Y tế xã",
       ["Hội Liên hiệp Phụ nữ xã", "Trường Mầm non xã"], "2026-06-30", "2026-06-01")),
    ("Quản lý, điều trị bệnh nhân tâm thần tại cộng đồng", "Trạm Y tế xã",
     "Công an xã", None, "Thường xuyên", None, None,
     T("Quản lý, điều trị bệnh nhân tâm thần tại cộng đồng", "Trạm Y tế xã",
       ["Công an xã"], "2026-12-31")),
]  # fmt: skip


def huong_son_xlsx():
    title = "Hoạt động y tế dự phòng năm 2026"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    top = [
        ("UBND XÃ HƯƠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("TRẠM Y TẾ XÃ HƯƠNG SƠN", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 03/KH-TYT", "Hương Sơn, ngày 12 tháng 01 năm 2026"),
        ("KẾ HOẠCH", None),
        (title, None),
    ]
    for r, (left, right) in enumerate(top, 1):
        ws.cell(row=r, column=1, value=left)
        if right:
            ws.cell(row=r, column=5, value=right)
    bold = Font(bold=True)
    upper = ["TT", "Hoạt động", "Trách nhiệm", None, "Thời gian", None,
             "Kinh phí (triệu đồng)", None]  # fmt: skip
    lower = [None, None, "Thực hiện", "Hỗ trợ", "Bắt đầu", "Kết thúc", "Ngân sách",
             "Huy động"]  # fmt: skip
    for c, (text, low) in enumerate(zip(upper, lower, strict=True), 1):
        if text:
            ws.cell(row=7, column=c, value=text).font = bold
        if low:
            ws.cell(row=8, column=c, value=low).font = bold
        if text and not low:
            ws.merge_cells(start_row=7, start_column=c, end_row=8, end_column=c)
        if text and c < len(upper) and upper[c] is None:
            ws.merge_cells(start_row=7, start_column=c, end_row=7, end_column=c + 1)
    r = 9
    for n, (work, lead, partners, start, end, state, raised, _) in enumerate(
        HUONG_SON, 1
    ):
        for c, value in enumerate([n, work, lead, partners, start, end, state, raised]):
            if value is not None:
                cell = ws.cell(row=r, column=c + 1, value=value)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- UBND xã (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu.")
    for k, text in enumerate(["TRẠM TRƯỞNG", None, "Đinh Văn Quang"]):
        if text:
            ws.cell(row=r + k, column=5, value=text)
    buffer = io.BytesIO()
    wb.save(buffer)
    head = hdr("03", "KH-TYT", "Hương Sơn", "2026-01-12", title,
               "TRẠM Y TẾ XÃ HƯƠNG SƠN", "", "TRẠM TRƯỞNG", "Đinh Văn Quang", [], 2)  # fmt: skip
    return ("f39h-tram-y-te-huong-son-bang-tinh.xlsx", buffer.getvalue(), "a health "
            "station's sheet whose header's merged cells take two rows ('Trách "
            "nhiệm' over 'Thực hiện | Hỗ trợ', 'Thời gian' over 'Bắt đầu | Kết thúc', "
            "'Kinh phí' over 'Ngân sách | Huy động'), a work ending on '(CB Trần Thị "
            "Cúc)'.", head, [row[-1] for row in HUONG_SON])  # fmt: skip


# --- F2 (.docx): a commune's one-row task table, people in brackets ---------

HAI_LANG = [
    ("Rà soát, cấp thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo (CB Lê Thị Mai)",
     "Công chức Văn hóa - Xã hội", "Bảo hiểm xã hội huyện", "Tháng 4/2026",
     T("Rà soát, cấp thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo",
       "Công chức Văn hóa - Xã hội", ["Bảo hiểm xã hội huyện"], "2026-04-30",
       "2026-04-01", official="Lê Thị Mai")),
    ("Vận động người dân tham gia bảo hiểm y tế hộ gia đình (khoảng 200 hộ)",
     "Ủy ban Mặt trận Tổ quốc xã", "Các đoàn thể xã", "Quý II/2026",
     T("Vận động người dân tham gia bảo hiểm y tế hộ gia đình (khoảng 200 hộ)",
       "Ủy ban Mặt trận Tổ quốc xã", ["Các đoàn thể xã"], "2026-06-30",
       "2026-04-01")),
    ("Giám sát chất lượng nước sinh hoạt tại các thôn (BS. Phạm Quốc Hùng)",
     "Trạm Y tế xã", "Ban phát triển các thôn", "Tháng 9/2026",
     T("Giám sát chất lượng nước sinh hoạt tại các thôn", "Trạm Y tế xã",
       ["Ban phát triển các thôn"], "2026-09-30", "2026-09-01",
       official="Phạm Quốc Hùng")),
    ("Hoàn thiện hồ sơ tiêu chí y tế (tiêu chí số 15) (đ/c Võ Văn Tâm phụ trách)",
     "Trạm Y tế xã", "Văn phòng HĐND và UBND xã", "30/10/2026",
     T("Hoàn thiện hồ sơ tiêu chí y tế (tiêu chí số 15)", "Trạm Y tế xã",
       ["Văn phòng HĐND và UBND xã"], "2026-10-30", official="Võ Văn Tâm")),
]  # fmt: skip


def hai_lang_docx():
    title = "Thực hiện tiêu chí y tế xã Hải Lăng năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ HẢI LĂNG", "Số: 41/KH-UBND"],
                  "Hải Lăng, ngày 05 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "UBND xã ban hành Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.")
    para(doc, "II. NHIỆM VỤ", bold=True)
    rows = [[[str(n)], [work], [lead], [partner], [when]]
            for n, (work, lead, partner, when, _) in enumerate(HAI_LANG, 1)]  # fmt: skip
    task_table(doc, ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"], rows,
               [1.0, 6.5, 3.0, 3.0, 2.5], bold_titles=False)  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/11/2026.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Đức Thọ"])  # fmt: skip
    head = hdr("41", "KH-UBND", "Hải Lăng", "2026-03-05", title,
               "ỦY BAN NHÂN DÂN XÃ HẢI LĂNG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Nguyễn Đức Thọ", [], 3)  # fmt: skip
    return ("f39h-xa-hai-lang-nguoi-trong-ngoac.docx", save(doc), "a commune's Word "
            "task table with a one-row header whose work cells end on a person in "
            "brackets ('(CB Lê Thị Mai)', '(BS. Phạm Quốc Hùng)', '(đ/c Võ Văn Tâm phụ "
            "trách)') or on a bracket naming no one ('(khoảng 200 hộ)').", head,
            [row[-1] for row in HAI_LANG])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (nam_dong_odt, vinh_loc_docx, phong_dien_pdf, huong_son_xlsx,
                 hai_lang_docx):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
