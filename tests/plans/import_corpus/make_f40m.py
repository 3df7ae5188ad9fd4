"""Writes set f40m's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40m.py

Set f40m: a plan's task table or task list ends with a row that only
follows the plan itself (monitoring it, urging it on, gathering and
reporting its results), written here before the importer was changed for
it. By the corpus's convention such a row is no task when it states no time
of its own: "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chương trình
OCOP" (a table's last row naming its lead and partners, its time cell
empty), "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân
Thành phố (Phòng Văn hóa - Xã hội thực hiện)." (a ward's last item). Real work that names a report or a check stays a task, with
or without a time ("Xây dựng báo cáo thuyết minh quy hoạch …", "Hoàn thiện
hồ sơ, báo cáo đề nghị công nhận …", "Kiểm tra chất lượng nước …", "Giám
sát an toàn thực phẩm tại các chợ …", "Tổ chức hội nghị sơ kết …"), and a
follow-up row that states a due day stays one too (the corpus's sets
round25, round29h, f39c, f39p … expect it).

F1. a district's OCOP table (.docx), row 9 the follow-up, time cell empty;
F2. a department's long table printed to PDF, the last row "Theo dõi, đôn
    đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm"
    with its lead and partners;
F3. a commune's workbook (.xlsx), the last row "Tổng hợp, báo cáo kết quả
    thực hiện các tiêu chí về Ủy ban nhân dân tỉnh";
F4. a commune's numbered list (.txt) with "Thời gian:" lines, the last item
    without one ("Theo dõi, tổng hợp kết quả thực hiện, báo cáo …");
F5. a ward's dashed list (.md), each item's body in brackets at its end;
F6. a district Farmers' Union's list (.txt, no accents in the dashes,
    "+" items), the last duty "Kiểm tra, giám sát hoạt động ủy thác …;
    hằng quý tổng hợp kết quả." (written as no task; review 40 found it
    real work, supervising the lending groups, and it is now a task).
"""

import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_f39p import _sheet_top  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "f40m"

COMMENT = """Set f40m (a task table's or task list's last row that only follows the
plan itself: monitoring, urging on, gathering and reporting its results),
written before the importer was changed for it: {what}
Assumptions: a row or item whose work is only following the plan (its
verbs "theo dõi", "đôn đốc", "tổng hợp", "báo cáo", "kiểm tra", "giám sát";
its object the plan's results, progress or carrying out) and that states
no time of its own (a routine written in it, "định kỳ 6 tháng, năm", "hằng
quý", is none) is no task, whatever lead or partners it names; real work
that names a report or a check is a task, with or without a time."""


# --- F1 (.docx): a district's OCOP table, row 9 the follow-up --------------

OCOP = [
    ("Rà soát, đánh giá tiềm năng sản phẩm OCOP của 14 xã", "Phòng Nông nghiệp và Môi trường",
     "Ủy ban nhân dân các xã", "Tháng 3/2026", "2026-03-31"),
    ("Tập huấn xây dựng phương án kinh doanh sản phẩm OCOP cho 30 chủ thể",
     "Phòng Nông nghiệp và Môi trường", "Trung tâm Dịch vụ nông nghiệp huyện",
     "Quý II/2026", "2026-06-30"),
    ("Hỗ trợ thiết kế bao bì, nhãn mác cho 10 sản phẩm đăng ký đánh giá",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "", "30/7/2026", "2026-07-30"),
    ("Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp huyện đợt 1",
     "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện", "", "Tháng 8/2026",
     "2026-08-31"),
    ("Giám sát an toàn thực phẩm tại các cơ sở sản xuất sản phẩm OCOP",
     "Trung tâm Y tế huyện", "Ủy ban nhân dân các xã", "", ""),
    ("Tổ chức gian hàng giới thiệu sản phẩm OCOP tại Hội chợ nông sản tỉnh",
     "Phòng Văn hóa và Thông tin", "Hội Nông dân huyện", "Tháng 10/2026", "2026-10-31"),
    ("Kiểm tra chất lượng sản phẩm OCOP đã được công nhận năm 2024, 2025",
     "Phòng Nông nghiệp và Môi trường", "Trung tâm Y tế huyện", "Quý IV/2026",
     "2026-12-31"),
    ("Tổ chức hội nghị sơ kết 3 năm thực hiện Chương trình OCOP trên địa bàn huyện",
     "Phòng Nông nghiệp và Môi trường", "", "Tháng 11/2026", "2026-11-30"),
]  # fmt: skip


def ocop_docx():
    title = "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) huyện Cẩm Xuyên năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "HUYỆN CẨM XUYÊN", "Số: 96/KH-UBND"],
                  "Cẩm Xuyên, ngày 20 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc, landscape=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phấn đấu năm 2026 có thêm 08 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    rows, tasks = [], []
    for n, (work, lead, partner, when, day) in enumerate(OCOP, 1):
        rows.append([[str(n)], [work], [lead], [partner], [when]])
        tasks.append(T(work, lead, [partner] if partner else [], day))
    rows.append([["9"], ["Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chương trình OCOP"],
                 ["Phòng Nông nghiệp và Môi trường"], ["Các cơ quan, đơn vị liên quan"],
                 [""]])  # fmt: skip
    task_table(doc, ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp",
                     "Thời gian thực hiện"], rows, [1.0, 9.0, 4.5, 4.5, 3.0],
               bold_titles=False)  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Giao Phòng Nông nghiệp và Môi trường là cơ quan thường trực, tham mưu "
              "Ủy ban nhân dân huyện chỉ đạo thực hiện Kế hoạch này.")  # fmt: skip
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- Các xã;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Văn Nam"])  # fmt: skip
    head = hdr("96", "KH-UBND", "Cẩm Xuyên", "2026-01-20", title,
               "ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Trần Văn Nam", [], 3)  # fmt: skip
    return ("f40m-huyen-cam-xuyen-ocop-bang.docx", save(doc), "a district's Word "
            "OCOP plan whose table's row 9 'Theo dõi, tổng hợp, báo cáo kết quả thực "
            "hiện Chương trình OCOP' names its lead and partners, its time cell "
            "empty; 'Giám sát an toàn thực phẩm …' with no time is real work.",
            head, tasks)  # fmt: skip


# --- F2 (.pdf): a department's long table, the last row the follow-up ------

SO_XD = [
    ("Hướng dẫn các xã rà soát, điều chỉnh quy hoạch chung xây dựng xã",
     "Phòng Quy hoạch - Kiến trúc", "Ủy ban nhân dân các xã", "Quý I/2026", "2026-03-31"),
    ("Xây dựng báo cáo thuyết minh quy hoạch chung xã Kỳ Thư, xã Kỳ Phong",
     "Phòng Quy hoạch - Kiến trúc", "", "30/5/2026", "2026-05-30"),
    ("Thẩm định thiết kế mẫu nhà văn hóa thôn, nhà ở dân cư nông thôn",
     "Phòng Quản lý xây dựng", "", "Tháng 4/2026", "2026-04-30"),
    ("Kiểm tra chất lượng công trình hạ tầng kỹ thuật nông thôn tại 12 xã",
     "Thanh tra Sở", "Phòng Quản lý xây dựng", "Quý III/2026", "2026-09-30"),
    ("Hướng dẫn xóa 85 nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
     "Phòng Quản lý nhà và Thị trường bất động sản", "Sở Nông nghiệp và Môi trường",
     "Tháng 9/2026", "2026-09-30"),
    ("Hoàn thiện hồ sơ, báo cáo đề nghị công nhận xã đạt chuẩn tiêu chí Quy hoạch, "
     "Nhà ở dân cư", "Phòng Quy hoạch - Kiến trúc", "Ủy ban nhân dân các xã",
     "Trước 15/11/2026", "2026-11-15"),
    ("Tổ chức hội nghị sơ kết 6 tháng thực hiện các tiêu chí do Sở phụ trách",
     "Văn phòng Sở", "", "Tháng 7/2026", "2026-07-31"),
]  # fmt: skip


def so_xd_pdf():
    title = "Thực hiện các tiêu chí nông thôn mới do Sở Xây dựng phụ trách năm 2026"
    doc = opening(["UBND TỈNH HÀ TĨNH", "SỞ XÂY DỰNG", "Số: 412/KH-SXD"],
                  "Hà Tĩnh, ngày 09 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc, landscape=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Hoàn thành các tiêu chí Quy hoạch, Nhà ở dân cư tại các xã đăng ký.")
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    rows, tasks = [], []
    for n, (work, lead, partner, when, day) in enumerate(SO_XD, 1):
        rows.append([[str(n)], [work], [lead], [partner], [when]])
        tasks.append(T(work, lead, [partner] if partner else [], day))
    rows.append([["8"], ["Theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế "
                         "hoạch định kỳ 6 tháng, năm"], ["Văn phòng Sở"],
                 ["Các phòng, đơn vị thuộc Sở"], [""]])  # fmt: skip
    task_table(doc, ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                     "Thời gian hoàn thành"], rows, [1.0, 9.5, 4.5, 4.0, 3.0],
               bold_titles=False)  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Thủ trưởng các phòng, đơn vị thuộc Sở tổ chức thực hiện Kế hoạch này.")
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- Văn phòng Điều phối NTM tỉnh;",
                         "- Lưu: VT, VP."],
                   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Phan Đình Thắng"])  # fmt: skip
    head = hdr("412", "KH-SXD", "Hà Tĩnh", "2026-02-09", title, "SỞ XÂY DỰNG",
               "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Đình Thắng", [], 3)  # fmt: skip
    return ("f40m-so-xay-dung-ha-tinh-bang-dai.pdf", saved_as(save(doc), "pdf"),
            "a department's plan printed to PDF whose last row 'Theo dõi, đôn đốc, "
            "tổng hợp báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm' names "
            "its lead and partners; 'Xây dựng báo cáo thuyết minh …', 'Hoàn thiện hồ "
            "sơ, báo cáo đề nghị …' and 'Tổ chức hội nghị sơ kết …' are work.",
            head, tasks)  # fmt: skip


# --- F3 (.xlsx): a commune's workbook, the last row the follow-up ----------

QUANG_LOC = [
    ("Nâng cấp, cứng hóa 2,3 km đường trục thôn Đông Thịnh", "Ban quản lý dự án xã",
     "Ban phát triển thôn Đông Thịnh", "Tháng 6/2026", "2026-06-30"),
    ("Kiểm tra chất lượng nước tại trạm cấp nước tập trung thôn Bắc Sơn",
     "Trạm Y tế xã", "", "", ""),
    ("Xây dựng 02 tuyến đường hoa, cây xanh kiểu mẫu", "Hội Liên hiệp Phụ nữ xã",
     "Đoàn Thanh niên xã", "Quý III/2026", "2026-09-30"),
    ("Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026", "Phòng Văn hóa - Xã hội",
     "Các thôn", "15/11/2026", "2026-11-15"),
]  # fmt: skip


def quang_loc_xlsx():
    title = "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2026"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch 2026"
    _sheet_top(ws, ["ỦY BAN NHÂN DÂN", "XÃ QUANG LỘC", "Số: 31/KH-UBND"],
               "Quang Lộc, ngày 06 tháng 3 năm 2026", title)  # fmt: skip
    head = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian hoàn thành"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    tasks = []
    r = 8
    rows = [*QUANG_LOC, ("Tổng hợp, báo cáo kết quả thực hiện các tiêu chí về Ủy ban "
                         "nhân dân tỉnh", "Văn phòng HĐND và UBND xã", "", "", None)]  # fmt: skip
    for n, (work, lead, partner, when, day) in enumerate(rows, 1):
        for c, value in enumerate([n, work, lead, partner, when], 1):
            if value:
                ws.cell(row=r, column=c, value=value)
        if day is not None:
            tasks.append(T(work, lead, [partner] if partner else [], day))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- UBND tỉnh (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu: VT.")
    for k, text in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", None, "Võ Văn Hiếu"]):
        if text:
            ws.cell(row=r + k, column=4, value=text)
    header = hdr("31", "KH-UBND", "Quang Lộc", "2026-03-06", title,
                 "ỦY BAN NHÂN DÂN XÃ QUANG LỘC", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Võ Văn Hiếu", [], 2)  # fmt: skip
    return ("f40m-xa-quang-loc-bang-tinh.xlsx", save(wb), "a commune's workbook whose "
            "last row 'Tổng hợp, báo cáo kết quả thực hiện các tiêu chí về Ủy ban nhân "
            "dân tỉnh' has no time; 'Kiểm tra chất lượng nước …' with no time is work.",
            header, tasks)  # fmt: skip


# --- F4 (.txt): a commune's numbered list with "Thời gian:" lines ----------

THACH_HA = """ỦY BAN NHÂN DÂN
XÃ THẠCH ĐÀI
Số: 47/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Đài, ngày 16 tháng 4 năm 2026

KẾ HOẠCH
Chỉnh trang khu dân cư, xây dựng thôn kiểu mẫu năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Xây dựng 03 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.

II. NHIỆM VỤ CỤ THỂ
1. Phát quang, chỉnh trang hàng rào xanh tại 05 thôn.
Đơn vị chủ trì: Ban phát triển các thôn.
Thời gian: tháng 5/2026.
2. Lắp đặt 120 bóng đèn chiếu sáng đường thôn Bắc Hà, Nam Hà.
Đơn vị chủ trì: Ban quản lý dự án xã; phối hợp: Đoàn Thanh niên xã.
Thời gian: trước ngày 30/8/2026.
3. Giám sát chất lượng thi công các tuyến mương thoát nước khu dân cư.
Đơn vị chủ trì: Ban giám sát đầu tư của cộng đồng.
4. Tổ chức hội nghị sơ kết, biểu dương các hộ chỉnh trang vườn đẹp.
Đơn vị chủ trì: Ủy ban Mặt trận Tổ quốc xã.
Thời gian: tháng 11/2026.
5. Theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã.
Đơn vị chủ trì: Phòng Kinh tế.

III. TỔ CHỨC THỰC HIỆN
Các thôn căn cứ Kế hoạch này chủ động triển khai thực hiện.

Nơi nhận:
- Đảng ủy xã (b/c);
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Đình Sơn
"""


def thach_dai_txt():
    title = "Chỉnh trang khu dân cư, xây dựng thôn kiểu mẫu năm 2026"
    tasks = [
        T("Phát quang, chỉnh trang hàng rào xanh tại 05 thôn",
          "Ban phát triển các thôn", [], "2026-05-31"),
        T("Lắp đặt 120 bóng đèn chiếu sáng đường thôn Bắc Hà, Nam Hà",
          "Ban quản lý dự án xã", ["Đoàn Thanh niên xã"], "2026-08-30"),
        T("Giám sát chất lượng thi công các tuyến mương thoát nước khu dân cư",
          "Ban giám sát đầu tư của cộng đồng", [], ""),
        T("Tổ chức hội nghị sơ kết, biểu dương các hộ chỉnh trang vườn đẹp",
          "Ủy ban Mặt trận Tổ quốc xã", [], "2026-11-30"),
    ]  # fmt: skip
    head = hdr("47", "KH-UBND", "Thạch Đài", "2026-04-16", title,
               "ỦY BAN NHÂN DÂN XÃ THẠCH ĐÀI", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Nguyễn Đình Sơn", [], 3)  # fmt: skip
    return ("f40m-xa-thach-dai-danh-sach.txt", THACH_HA, "a commune's typed list "
            "whose items give 'Đơn vị chủ trì:' and 'Thời gian:' lines, the last "
            "'Theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã.' none "
            "of time; 'Giám sát chất lượng thi công …' with no time is work.",
            head, tasks)  # fmt: skip


# --- F5 (.md): a ward's dashed list, the body in brackets ------------------

TAN_AN = """**ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN**

Số: 58/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Tân An, ngày 12 tháng 3 năm 2026*

**KẾ HOẠCH**
**Xây dựng phường đạt chuẩn đô thị văn minh năm 2026**

## I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng sống, cảnh quan đô thị của phường.

## II. NỘI DUNG THỰC HIỆN

- Tổ chức ra quân tổng vệ sinh môi trường tại 12 khu phố trong tháng 4/2026 (Ủy ban MTTQ Việt Nam phường chủ trì).
- Kiểm tra chất lượng nước sinh hoạt tại 03 trạm cấp nước trước ngày 30/6/2026 (Trạm Y tế phường thực hiện).
- Giám sát an toàn thực phẩm tại các chợ trên địa bàn phường (Trạm Y tế phường thực hiện).
- Xây dựng 04 tuyến phố văn minh trong quý III/2026 (Phòng Quản lý đô thị thực hiện).
- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân Thành phố (Phòng Văn hóa - Xã hội thực hiện).

## III. TỔ CHỨC THỰC HIỆN

Các khu phố căn cứ Kế hoạch này triển khai thực hiện.

**Nơi nhận:**
- UBND Thành phố (b/c);
- Các khu phố;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

Lê Thị Thu Hằng
"""


def tan_an_md():
    title = "Xây dựng phường đạt chuẩn đô thị văn minh năm 2026"
    tasks = [
        T("Tổ chức ra quân tổng vệ sinh môi trường tại 12 khu phố",
          "Ủy ban MTTQ Việt Nam phường", [], "2026-04-30"),
        T("Kiểm tra chất lượng nước sinh hoạt tại 03 trạm cấp nước",
          "Trạm Y tế phường", [], "2026-06-30"),
        T("Giám sát an toàn thực phẩm tại các chợ trên địa bàn phường",
          "Trạm Y tế phường", [], ""),
        T("Xây dựng 04 tuyến phố văn minh", "Phòng Quản lý đô thị", [],
          "2026-09-30"),
    ]  # fmt: skip
    head = hdr("58", "KH-UBND", "Tân An", "2026-03-12", title,
               "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Lê Thị Thu Hằng", [], 3)  # fmt: skip
    return ("f40m-phuong-tan-an-gach-dau-dong.md", TAN_AN, "a ward's Markdown list, "
            "each item's body in brackets at its end, the last 'Tổng hợp, báo cáo kết "
            "quả thực hiện Kế hoạch về Ủy ban nhân dân Thành phố (Phòng Văn hóa - Xã "
            "hội thực hiện).' with no time.", head, tasks)  # fmt: skip


# --- F6 (.txt): a Farmers' Union's list, the last duty a routine ----------

KY_ANH = """HỘI NÔNG DÂN TỈNH HÀ TĨNH
BCH HỘI NÔNG DÂN HUYỆN KỲ ANH
Số: 52-KH/HND
HỘI NÔNG DÂN VIỆT NAM
Kỳ Anh, ngày 22 tháng 01 năm 2026

KẾ HOẠCH
Nâng cao chất lượng hoạt động ủy thác cho vay vốn Ngân hàng Chính sách xã hội năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng tín dụng chính sách xã hội ủy thác qua Hội.

II. NHIỆM VỤ
+ Tổ chức tập huấn nghiệp vụ ủy thác cho 45 cán bộ Hội cơ sở trong quý II/2026 (Hội Nông dân huyện chủ trì, phối hợp Phòng giao dịch Ngân hàng Chính sách xã hội huyện).
+ Kiện toàn Ban quản lý 28 Tổ tiết kiệm và vay vốn, hoàn thành trước ngày 30/6/2026 (Hội Nông dân các xã thực hiện).
+ Tổ chức giao ban với tổ trưởng các Tổ tiết kiệm và vay vốn trong tháng 9/2026 (Ngân hàng Chính sách xã hội huyện chủ trì).
+ Kiểm tra, giám sát hoạt động ủy thác tại các Tổ tiết kiệm và vay vốn theo chương trình đã ký kết; hằng quý tổng hợp kết quả (Hội Nông dân huyện thực hiện).

III. TỔ CHỨC THỰC HIỆN
Ban Thường vụ Hội Nông dân huyện chỉ đạo các cơ sở Hội thực hiện Kế hoạch này.

Nơi nhận:
- TT Hội Nông dân tỉnh (b/c);
- Hội Nông dân các xã;
- Lưu: VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Hải
"""


def ky_anh_txt():
    title = ("Nâng cao chất lượng hoạt động ủy thác cho vay vốn Ngân hàng Chính sách "
             "xã hội năm 2026")  # fmt: skip
    tasks = [
        T("Tổ chức tập huấn nghiệp vụ ủy thác cho 45 cán bộ Hội cơ sở",
          "Hội Nông dân huyện",
          ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện"], "2026-06-30"),
        T("Kiện toàn Ban quản lý 28 Tổ tiết kiệm và vay vốn", "Hội Nông dân các xã",
          [], "2026-06-30"),
        T("Tổ chức giao ban với tổ trưởng các Tổ tiết kiệm và vay vốn",
          "Ngân hàng Chính sách xã hội huyện", [], "2026-09-30"),
        # Review 40: supervising the lending groups is real work (its object
        # is of the world, not the plan's own carrying out): a task, its
        # routine "hằng quý" over the plan's year.
        T("Kiểm tra, giám sát hoạt động ủy thác tại các Tổ tiết kiệm và vay vốn "
          "theo chương trình đã ký kết", "Hội Nông dân huyện", [], "2026-12-31"),
    ]  # fmt: skip
    head = hdr("52", "KH/HND", "Kỳ Anh", "2026-01-22", title,
               "BCH HỘI NÔNG DÂN HUYỆN KỲ ANH", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
               "Trần Văn Hải", [], 3)  # fmt: skip
    return ("f40m-hnd-ky-anh-uy-thac.txt", KY_ANH, "a district Farmers' Union's "
            "typed list of '+' items, each naming its body in brackets, the last "
            "'Kiểm tra, giám sát hoạt động ủy thác …; hằng quý tổng hợp kết quả' "
            "real work (review 40), its time a routine.", head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (ocop_docx, so_xd_pdf, quang_loc_xlsx, thach_dai_txt, tan_an_md,
                 ky_anh_txt):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
