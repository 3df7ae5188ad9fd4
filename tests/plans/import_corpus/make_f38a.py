"""Writes set f38a's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f38a.py

Set f38a: four families the importer read badly, written here before it
was changed for them:

F1. a task table's content cell whose last paragraph is wholly in brackets
    ("Cứng hóa 2,8 km đường trục thôn …" / "(Nhà nước hỗ trợ xi măng, Nhân
    dân góp công, hiến đất)"): a note on the work, not its name (.docx);
F2. a task's sentence that ends on ", trong đó:" before its yearly figures
    ("+ Năm 2026: 40 ha;" / "+ Năm 2027: thêm 60 ha."): the breakdown is no
    part of its name (.odt);
F3. a time-first sentence with a trailing partner clause ("Từ tháng 9 đến
    tháng 10/2026, Ban Thanh tra nhân dân xã chủ trì khảo sát …; Ban Giám
    sát đầu tư của cộng đồng các thôn phối hợp.") (.txt);
F4. activity paragraphs under short numbered headings, one opening on its
    lead ("Chi đoàn … phối hợp với A, B hướng dẫn …"), one ending on "…;
    Ban Chấp hành Đoàn xã chủ trì, thời gian ngày …, đồng chí …, Bí thư
    Đoàn xã trực tiếp chỉ đạo." (.pdf).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "f38a"

COMMENT = """Set f38a (a bracketed note in a table's content cell; ", trong
đó" before yearly figures; a time-first sentence ending on its partner; a
lead-first activity paragraph under a numbered heading), written before the
importer was changed for it: {what}
Assumptions: a content cell's last paragraph wholly in brackets is a note
(the description), not the work's name; ", trong đó" and the "+ Năm …"
figures under it are no part of the name; "<unit> phối hợp" ending a
sentence names a partner, "<unit> chủ trì" its lead; a short heading over
one activity's paragraph is no task of its own; a date inside the work's
brackets is no time; a month's or a quarter's last day is the deadline, a
range's first day its start."""


# --- F1 (.docx): a commune's task table, bracketed notes ------------------

MAI_ROWS = [
    (["Cứng hóa 2,8 km đường trục thôn, ngõ xóm tại các thôn Mai Thôn, Hậu Trạch",
      "(Nhà nước hỗ trợ xi măng, Nhân dân góp công, hiến đất)"],
     "Ban phát triển các thôn", "Ủy ban Mặt trận Tổ quốc xã", "Tháng 10/2026",
     T("Cứng hóa 2,8 km đường trục thôn, ngõ xóm tại các thôn Mai Thôn, Hậu Trạch",
       "Ban phát triển các thôn", ["Ủy ban Mặt trận Tổ quốc xã"], "2026-10-31",
       "2026-10-01")),
    (["Nạo vét 3,5 km kênh mương nội đồng xứ đồng Bãi Giữa",
      "(Hợp tác xã nông nghiệp Mai Thôn bỏ kinh phí)"],
     "Hợp tác xã nông nghiệp Mai Thôn", "Các thôn", "Quý II/2026",
     T("Nạo vét 3,5 km kênh mương nội đồng xứ đồng Bãi Giữa",
       "Hợp tác xã nông nghiệp Mai Thôn", ["Các thôn"], "2026-06-30",
       "2026-04-01")),
    (["Lắp đặt 60 bóng đèn chiếu sáng đường trục xã"],
     "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã", "Quý III/2026",
     T("Lắp đặt 60 bóng đèn chiếu sáng đường trục xã", "Đoàn Thanh niên xã",
       ["Hội Cựu chiến binh xã"], "2026-09-30", "2026-07-01")),
    (["Sửa chữa nhà văn hóa thôn Hậu Trạch",
      "(kinh phí xã hội hóa, con em xa quê đóng góp)"],
     "Ban phát triển thôn Hậu Trạch", "Chi hội Phụ nữ thôn", "Tháng 12/2026",
     T("Sửa chữa nhà văn hóa thôn Hậu Trạch", "Ban phát triển thôn Hậu Trạch",
       ["Chi hội Phụ nữ thôn"], "2026-12-31", "2026-12-01")),
]  # fmt: skip


def mai_docx():
    title = "Xây dựng xã nông thôn mới kiểu mẫu năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ MAI PHỤ", "Số: 31/KH-UBND"],
                  "Mai Phụ, ngày 12 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc)
    para(
        doc, "Căn cứ Nghị quyết số 08/NQ-HĐND ngày 20/12/2025 của HĐND xã;", indent=1.0
    )
    para(doc, "UBND xã ban hành Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững và nâng cao chất lượng các tiêu chí nông thôn mới kiểu mẫu.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    rows = [[[str(n)], work, [lead], [partner], [when]]
            for n, (work, lead, partner, when, _) in enumerate(MAI_ROWS, 1)]  # fmt: skip
    task_table(doc, ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
                     "Thời gian hoàn thành"], rows, [1.0, 6.5, 3.0, 3.0, 2.5])  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20/12/2026.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phan Văn Lộc"])  # fmt: skip
    head = hdr("31", "KH-UBND", "Mai Phụ", "2026-03-12", title,
               "ỦY BAN NHÂN DÂN XÃ MAI PHỤ", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Phan Văn Lộc", ["08/NQ-HĐND"], 3)  # fmt: skip
    return ("f38a-xa-mai-phu-ghi-chu-ngoac.docx", save(doc), "a commune's Word task "
            "table whose content cells end on a paragraph wholly in brackets ('(Nhà "
            "nước hỗ trợ xi măng, Nhân dân góp công, hiến đất)').", head,
            [row[-1] for row in MAI_ROWS])  # fmt: skip


# --- F2 (.odt): a cooperative's plan, ", trong đó:" over yearly figures -----

PHUC_TRACH = [
    ("1. Đến ngày 30/11/2027, Tổ Kỹ thuật hợp tác xã chủ trì mở rộng vùng trồng bưởi "
     "Phúc Trạch theo tiêu chuẩn VietGAP lên 90 ha tại các thôn Trung Thượng, Yên Lạc, "
     "trong đó:",
     ["+ Năm 2026: 40 ha;", "+ Năm 2027: thêm 50 ha."],
     T("Mở rộng vùng trồng bưởi Phúc Trạch theo tiêu chuẩn VietGAP lên 90 ha tại các "
       "thôn Trung Thượng, Yên Lạc", "Tổ Kỹ thuật hợp tác xã", [], "2027-11-30")),
    ("2. Trong Quý IV/2027, Tổ Kinh doanh chủ trì xây dựng 03 sản phẩm OCOP từ bưởi "
     "và cam, trong đó:",
     ["+ Năm 2026: 01 sản phẩm;", "+ Năm 2027: thêm 02 sản phẩm."],
     T("Xây dựng 03 sản phẩm OCOP từ bưởi và cam", "Tổ Kinh doanh", [],
       "2027-12-31", "2027-10-01")),
    ("3. Cấp mã số vùng trồng cho toàn bộ diện tích bưởi của thành viên, trong đó:",
     ["+ Năm 2026: 60 ha;", "+ Năm 2027: 30 ha."],
     T("Cấp mã số vùng trồng cho toàn bộ diện tích bưởi của thành viên", "", [])),
]  # fmt: skip


def phuc_trach_odt():
    title = "Phát triển vùng nguyên liệu bưởi Phúc Trạch giai đoạn 2026 - 2027"
    doc = opening(["UBND XÃ HƯƠNG KHÊ", "HỢP TÁC XÃ BƯỞI PHÚC TRẠCH", "Số: 04/KH-HTX"],
                  "Hương Khê, ngày 20 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Nâng giá trị sản xuất bưởi của thành viên thêm 15% mỗi năm.")
    para(doc, "II. NHIỆM VỤ", bold=True)
    for work, figures, _ in PHUC_TRACH:
        para(doc, work, indent=1.0)
        for figure in figures:
            para(doc, figure, indent=1.5)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ báo cáo kết quả về Ban Giám đốc mỗi quý.")
    closing_beside(doc, ["- UBND xã (b/c);", "- Thành viên HTX;", "- Lưu."],
                   ["GIÁM ĐỐC", "", "", "Trần Đình Khoa"])  # fmt: skip
    head = hdr("04", "KH-HTX", "Hương Khê", "2026-02-20", title,
               "HỢP TÁC XÃ BƯỞI PHÚC TRẠCH", "", "GIÁM ĐỐC", "Trần Đình Khoa", [], 3)  # fmt: skip
    return ("f38a-htx-phuc-trach-trong-do.odt", saved_as(save(doc), "odt"), "a "
            "cooperative's plan as .odt whose task sentences (some opening on their time "
            "and lead) end on ', trong đó:' over '+ Năm 2026: …' figures.", head,
            [row[-1] for row in PHUC_TRACH])  # fmt: skip


# --- F3 (.txt): a commune's plan, time-first sentences ending on partners ---

THANH_TRA = """ỦY BAN NHÂN DÂN
XÃ THẠCH HÀ
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Hà, ngày 18 tháng 8 năm 2026

KẾ HOẠCH
Lấy ý kiến sự hài lòng của người dân về xây dựng nông thôn mới năm 2026

Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;
UBND xã ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Đánh giá khách quan sự hài lòng của người dân.

II. NỘI DUNG THỰC HIỆN
1. Từ tháng 9 đến tháng 10/2026, Ban Thanh tra nhân dân xã chủ trì khảo sát sự hài lòng của người dân đối với chất lượng các công trình giao thông tại 12 thôn; Ban Giám sát đầu tư của cộng đồng các thôn phối hợp.
2. Trong tháng 11/2026, Hội Nông dân xã chủ trì tổng hợp ý kiến của hội viên về hiệu quả mô hình cánh đồng lớn; Hợp tác xã dịch vụ nông nghiệp Thạch Hà phối hợp.
3. Trước ngày 15/12/2026, Văn phòng HĐND và UBND xã chủ trì tổng hợp kết quả lấy ý kiến, báo cáo Ban Chỉ đạo xã; Ủy ban Mặt trận Tổ quốc xã phối hợp.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai nghiêm túc Kế hoạch này.

Nơi nhận:
- Ban Chỉ đạo xã (b/c);
- Các thôn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Thị Hằng
"""


def thanh_tra_txt():
    title = "Lấy ý kiến sự hài lòng của người dân về xây dựng nông thôn mới năm 2026"
    head = hdr("77", "KH-UBND", "Thạch Hà", "2026-08-18", title,
               "ỦY BAN NHÂN DÂN XÃ THẠCH HÀ", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Võ Thị Hằng", ["318/QĐ-TTg"], 3)  # fmt: skip
    tasks = [
        T("Khảo sát sự hài lòng của người dân đối với chất lượng các công trình giao "
          "thông tại 12 thôn", "Ban Thanh tra nhân dân xã",
          ["Ban Giám sát đầu tư của cộng đồng các thôn"], "2026-10-31", "2026-09-01"),
        T("Tổng hợp ý kiến của hội viên về hiệu quả mô hình cánh đồng lớn",
          "Hội Nông dân xã", ["Hợp tác xã dịch vụ nông nghiệp Thạch Hà"],
          "2026-11-30", "2026-11-01"),
        T("Tổng hợp kết quả lấy ý kiến, báo cáo Ban Chỉ đạo xã",
          "Văn phòng HĐND và UBND xã", ["Ủy ban Mặt trận Tổ quốc xã"], "2026-12-15"),
    ]  # fmt: skip
    return ("f38a-xa-thach-ha-phoi-hop-cuoi.txt", THANH_TRA, "a commune's plain-text "
            "plan whose numbered sentences open on their time ('Từ tháng 9 đến tháng "
            "10/2026, …') and end on '; <unit> phối hợp.'.", head, tasks)  # fmt: skip


# --- F4 (.pdf): a Youth Union's plan, activity paragraphs under headings -----

DOAN = [
    ("1. Hỗ trợ chuyển đổi số",
     "Đội thanh niên tình nguyện xã phối hợp với Công an xã, Trung tâm Phục vụ hành "
     "chính công xã hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID (tối thiểu 02 "
     "buổi/thôn) trong tháng 3/2026.",
     T("Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID (tối thiểu 02 buổi/thôn)",
       "Đội thanh niên tình nguyện xã",
       ["Công an xã", "Trung tâm Phục vụ hành chính công xã"], "2026-03-31",
       "2026-03-01")),
    ("2. Kỷ niệm ngày thành lập Đoàn",
     "Tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - "
     "26/3/2026) và tuyên dương 15 đoàn viên tiêu biểu năm 2025; Ban Chấp hành Đoàn xã "
     "chủ trì, thời gian ngày 26/3/2026, đồng chí Lò Thị Vân, Bí thư Đoàn xã trực tiếp "
     "chỉ đạo.",
     T("Tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - "
       "26/3/2026) và tuyên dương 15 đoàn viên tiêu biểu năm 2025",
       "Ban Chấp hành Đoàn xã", [], "2026-03-26", official="Lò Thị Vân")),
    ("3. Bảo vệ môi trường",
     "Các chi đoàn thôn phối hợp với Hội Phụ nữ xã trồng 500 cây xanh dọc các tuyến "
     "đường liên thôn trong tháng 4/2026.",
     T("Trồng 500 cây xanh dọc các tuyến đường liên thôn", "Các chi đoàn thôn",
       ["Hội Phụ nữ xã"], "2026-04-30", "2026-04-01")),
]  # fmt: skip


def doan_pdf():
    title = "Tổ chức Tháng Thanh niên năm 2026"
    doc = opening(["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ MƯỜNG PHĂNG", "Số: 09-KH/ĐTN"],
                  "Mường Phăng, ngày 25 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò xung kích của đoàn viên, thanh niên.")
    para(doc, "II. NỘI DUNG HOẠT ĐỘNG", bold=True)
    for heading, paragraph, _ in DOAN:
        para(doc, heading, bold=True)
        para(doc, paragraph, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các chi đoàn báo cáo kết quả về Ban Thường vụ Đoàn xã trước ngày 05/4/2026.",
    )
    closing_under(doc, ["- Đảng ủy xã (b/c);", "- Các chi đoàn;", "- Lưu VP."],
                  ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "", "Lò Thị Vân"])  # fmt: skip
    head = hdr("09", "KH/ĐTN", "Mường Phăng", "2026-02-25", title,
               "BCH ĐOÀN XÃ MƯỜNG PHĂNG", "TM. BAN CHẤP HÀNH", "BÍ THƯ", "Lò Thị Vân",
               [], 3)  # fmt: skip
    return ("f38a-doan-xa-muong-phang-hoat-dong.pdf", saved_as(save(doc), "pdf"),
            "a Youth Union's plan printed to PDF: short bold numbered headings over one "
            "activity paragraph each, opening on its lead ('… phối hợp với A, B hướng "
            "dẫn …') or ending on '…; Ban Chấp hành Đoàn xã chủ trì, thời gian ngày …, "
            "đồng chí …, Bí thư Đoàn xã trực tiếp chỉ đạo.'.", head,
            [row[-1] for row in DOAN])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (mai_docx, phuc_trach_odt, thanh_tra_txt, doan_pdf):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
