"""Writes set f39c's documents and their expected results (run once; the
files are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39c.py

Set f39c: two families the importer read at 0 tasks, written here before it
was changed for them:

F1. a provincial department's official letter (Công văn, no "KH-" in its
    symbol) whose subject "V/v …" is wrapped under its number in the header's
    left cell, "Kính gửi:" over "-" addressees, two bases in one "Thực hiện
    …; Văn bản số …" sentence, then tasks grouped under numbered unit
    headings ("1. Ủy ban nhân dân các xã, phường" over "a) …", "b) …"; "3.
    Trung tâm Khuyến nông" over one unlettered paragraph) (.pdf, .docx);
F2. a district Steering Committee's plan whose section "PHÂN CÔNG NHIỆM VỤ
    THÀNH VIÊN BAN CHỈ ĐẠO" gives one numbered paragraph per member ("1.
    Đồng chí A - <post>, Phó Trưởng ban: <general duty>; trực tiếp chỉ đạo
    …:") over "+" items ("+ Chỉ đạo UBND xã X hoàn thiện …", "+ Phối hợp
    Phòng Y tham mưu …", "+ Cân đối, bố trí vốn …") (.docx, .odt).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.shared import Pt  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr, new_doc  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    closing_under,
    fixed_widths,
    opening,
    para,
    save,
    side_by_side,
)

OUT = HERE / "f39c"

COMMENT = """Set f39c (an official letter assigning tasks per unit heading; a
Steering Committee's member assignments), written before the importer was
changed for it: {what}
Assumptions: a letter's title is its subject without "V/v"; "Kính gửi" lists
no recipients; each lettered item (or a heading's lone paragraph) under a
numbered unit heading is a task led by that unit; "Chủ trì, phối hợp với X
<work>" and "Phối hợp với X <work>" name X a partner, not the work; the
closing "báo cáo kết quả" sentence is no task; a member's general duty before
the colon is no task; "Chỉ đạo <unit> <work>" gives the unit the lead; a
member who directs a unit ("chỉ đạo Phòng …:") gives it the lead of the
items under it, else the office of the member's post leads; the member is
the named official; a month's last day is the deadline, work done monthly
or "thường xuyên" ends on 31/12 of the plan's year."""


def letter(left, place_and_date, subject, addressees):
    """A Word letter: the issuer, its number and its wrapped "V/v" subject
    beside the motto, then "Kính gửi:" over its "-" addressees."""
    doc = new_doc()
    table = side_by_side(doc, [*left, *subject], [*MOTTO, place_and_date])
    fixed_widths(table, [7.0, 9.5], table_width=True)
    for cell in table.rows[0].cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.size = Pt(11 if p.text.isupper() else 13)
                r.bold = p.text.isupper() and not p.text.startswith("UBND")
    if len(addressees) == 1:
        para(doc, f"Kính gửi: {addressees[0]}", center=True)
    else:
        para(doc, "Kính gửi:", center=True)
        for name in addressees:
            para(doc, name, indent=4.0)
    return doc


# --- F1 (.pdf): a provincial department's letter, tasks per unit ------------

QT_UNITS = [
    ("1. Ủy ban nhân dân các xã, phường", [
        ("a) Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia cấp xã sau sắp "
         "xếp đơn vị hành chính; hoàn thành trước ngày 30/9/2025.",
         T("Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia cấp xã sau sắp "
           "xếp đơn vị hành chính", "Ủy ban nhân dân các xã, phường", [],
           "2025-09-30")),
        ("b) Rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới theo địa bàn "
         "mới, gửi kết quả về Sở (qua Chi cục Phát triển nông thôn) trước ngày "
         "15/10/2025.",
         T("Rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới theo địa bàn mới",
           "Ủy ban nhân dân các xã, phường", [], "2025-10-15")),
        ("c) Đẩy nhanh tiến độ giải ngân vốn đầu tư phát triển nguồn ngân sách trung "
         "ương năm 2025; hoàn thành trước ngày 31/12/2025.",
         T("Đẩy nhanh tiến độ giải ngân vốn đầu tư phát triển nguồn ngân sách trung "
           "ương năm 2025", "Ủy ban nhân dân các xã, phường", [], "2025-12-31")),
        ("d) Duy trì hoạt động của các tổ tự quản bảo vệ môi trường tại các thôn "
         "(thực hiện thường xuyên).",
         T("Duy trì hoạt động của các tổ tự quản bảo vệ môi trường tại các thôn",
           "Ủy ban nhân dân các xã, phường", [], "2025-12-31")),
    ]),
    ("2. Chi cục Phát triển nông thôn", [
        ("a) Chủ trì, phối hợp với các phòng chuyên môn thuộc Sở hướng dẫn các xã xây "
         "dựng kế hoạch thực hiện Chương trình năm 2026; thời gian thực hiện trong "
         "tháng 10/2025.",
         T("Hướng dẫn các xã xây dựng kế hoạch thực hiện Chương trình năm 2026",
           "Chi cục Phát triển nông thôn", ["các phòng chuyên môn thuộc Sở"],
           "2025-10-31")),
        ("b) Tổng hợp kết quả rà soát tiêu chí của các xã, tham mưu Sở báo cáo Ủy ban "
         "nhân dân tỉnh trước ngày 30/10/2025.",
         T("Tổng hợp kết quả rà soát tiêu chí của các xã, tham mưu Sở báo cáo Ủy ban "
           "nhân dân tỉnh", "Chi cục Phát triển nông thôn", [], "2025-10-30")),
    ]),
    ("3. Trung tâm Khuyến nông", [
        ("Phối hợp với Chi cục Phát triển nông thôn tổ chức tập huấn nâng cao năng "
         "lực cho cán bộ làm công tác nông thôn mới cấp xã; thời gian: Quý IV/2025.",
         T("Tổ chức tập huấn nâng cao năng lực cho cán bộ làm công tác nông thôn mới "
           "cấp xã", "Trung tâm Khuyến nông", ["Chi cục Phát triển nông thôn"],
           "2025-12-31")),
    ]),
]  # fmt: skip


def quang_tri_pdf():
    subject = ["V/v triển khai một số nhiệm vụ trọng tâm", "xây dựng nông thôn mới "
               "những tháng", "cuối năm 2025"]  # fmt: skip
    doc = letter(["UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                  "Số: 3125/SNNMT-PTNT"], "Quảng Trị, ngày 12 tháng 9 năm 2025",
                 subject, ["- Ủy ban nhân dân các xã, phường;",
                           "- Các phòng, đơn vị thuộc Sở."])  # fmt: skip
    a4(doc)
    para(doc, "Thực hiện Kế hoạch số 215/KH-UBND ngày 20/8/2025 của Ủy ban nhân dân "
         "tỉnh về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm "
         "2025; Văn bản số 1820/BNNMT-VPĐP ngày 05/9/2025 của Bộ Nông nghiệp và Môi "
         "trường về đẩy nhanh tiến độ thực hiện Chương trình, Sở Nông nghiệp và Môi "
         "trường đề nghị các đơn vị thực hiện một số nội dung sau:", indent=1.0)  # fmt: skip
    for heading, items in QT_UNITS:
        para(doc, heading, bold=True, indent=1.0)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "Các đơn vị báo cáo kết quả thực hiện về Sở (qua Chi cục Phát triển nông "
         "thôn) trước ngày 15/12/2025 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.",
         indent=1.0)  # fmt: skip
    closing_beside(doc, ["- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
                         "- Lưu: VT, PTNT."],
                   ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Văn Bình"])  # fmt: skip
    head = hdr("3125", "SNNMT-PTNT", "Quảng Trị", "2025-09-12",
               "Triển khai một số nhiệm vụ trọng tâm xây dựng nông thôn mới những "
               "tháng cuối năm 2025", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC",
               "PHÓ GIÁM ĐỐC", "Trần Văn Bình", ["215/KH-UBND", "1820/BNNMT-VPĐP"], 4)  # fmt: skip
    return ("f39c-so-nnmt-quang-tri-cong-van.pdf", saved_as(save(doc), "pdf"),
            "a provincial department's letter printed to PDF: its 'V/v' subject "
            "wrapped on three lines under 'Số: 3125/SNNMT-PTNT', 'Kính gửi:' over "
            "two dashes, two bases in one sentence, lettered tasks under bold "
            "numbered unit headings and one heading over a lone paragraph.", head,
            [t for _, items in QT_UNITS for _, t in items])  # fmt: skip


# --- F1 (.docx): another department's letter, one-line "Kính gửi" ------------

HT_UNITS = [
    ("1. UBND các xã", [
        ("a) Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo sau sáp nhập thôn, "
         "gửi về Sở trước ngày 20/10/2025.",
         T("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo sau sáp nhập thôn",
           "UBND các xã", [], "2025-10-20")),
        ("b) Chủ trì, phối hợp với Hợp tác xã trên địa bàn xây dựng ít nhất 01 mô "
         "hình sản xuất liên kết theo chuỗi giá trị; thời gian thực hiện trong Quý "
         "IV/2025.",
         T("Xây dựng ít nhất 01 mô hình sản xuất liên kết theo chuỗi giá trị",
           "UBND các xã", ["Hợp tác xã trên địa bàn"], "2025-12-31")),
    ]),
    ("2. Chi cục Thủy lợi", [
        ("Chủ trì, phối hợp với Ủy ban nhân dân các xã kiểm tra an toàn các hồ chứa "
         "nước nhỏ trước mùa mưa lũ; hoàn thành trước ngày 15/10/2025.",
         T("Kiểm tra an toàn các hồ chứa nước nhỏ trước mùa mưa lũ",
           "Chi cục Thủy lợi", ["Ủy ban nhân dân các xã"], "2025-10-15")),
    ]),
    ("3. Văn phòng Điều phối nông thôn mới tỉnh", [
        ("a) Theo dõi, đôn đốc các xã thực hiện các nội dung tại Văn bản này (thường "
         "xuyên).",
         T("Theo dõi, đôn đốc các xã thực hiện các nội dung tại Văn bản này",
           "Văn phòng Điều phối nông thôn mới tỉnh", [], "2025-12-31")),
        ("b) Phối hợp với Chi cục Phát triển nông thôn tổng hợp kết quả, tham mưu "
         "báo cáo Ủy ban nhân dân tỉnh trong tháng 12/2025.",
         T("Tổng hợp kết quả, tham mưu báo cáo Ủy ban nhân dân tỉnh",
           "Văn phòng Điều phối nông thôn mới tỉnh",
           ["Chi cục Phát triển nông thôn"], "2025-12-31")),
    ]),
]  # fmt: skip


def ha_tinh_docx():
    subject = ["V/v tập trung thực hiện các nhiệm vụ", "giảm nghèo và nông thôn mới "
               "Quý IV năm 2025"]  # fmt: skip
    doc = letter(["UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                  "Số: 2876/SNNMT-VPĐP"], "Hà Tĩnh, ngày 02 tháng 10 năm 2025",
                 subject, ["Ủy ban nhân dân các xã; các đơn vị thuộc Sở."])  # fmt: skip
    a4(doc)
    para(doc, "Thực hiện Kế hoạch số 301/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân "
         "tỉnh; Văn bản số 2045/BNNMT-VPĐP ngày 22/9/2025 của Bộ Nông nghiệp và Môi "
         "trường, Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số "
         "nội dung sau:", indent=1.0)  # fmt: skip
    for heading, items in HT_UNITS:
        para(doc, heading, bold=True, indent=1.0)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "Các đơn vị báo cáo kết quả về Sở trước ngày 20/12/2025./.", indent=1.0)
    closing_under(doc, ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, VPĐP."],
                  ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Thị Lan"])  # fmt: skip
    head = hdr("2876", "SNNMT-VPĐP", "Hà Tĩnh", "2025-10-02",
               "Tập trung thực hiện các nhiệm vụ giảm nghèo và nông thôn mới Quý IV "
               "năm 2025", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC",
               "PHÓ GIÁM ĐỐC", "Nguyễn Thị Lan", ["301/KH-UBND", "2045/BNNMT-VPĐP"], 3)  # fmt: skip
    return ("f39c-so-nnmt-ha-tinh-cong-van.docx", save(doc), "a department's Word "
            "letter: 'V/v' wrapped on two lines, 'Kính gửi:' on one line, lettered "
            "tasks and a lone paragraph under numbered unit headings ('Chủ trì, phối "
            "hợp với …', 'Phối hợp với …'), signed under the 'Nơi nhận' list.", head,
            [t for _, items in HT_UNITS for _, t in items])  # fmt: skip


# --- F2 (.docx): a district Steering Committee's member assignments ---------

CAM_LO = [
    ("1. Đồng chí Hoàng Minh Sơn - Phó Chủ tịch UBND huyện, Phó Trưởng ban Thường "
     "trực: giúp Trưởng ban điều hành chung hoạt động của Ban Chỉ đạo; trực tiếp chỉ "
     "đạo các xã phấn đấu đạt chuẩn nông thôn mới nâng cao, cụ thể:", [
        ("+ Chỉ đạo UBND xã Cam Tuyền hoàn thiện hồ sơ đề nghị xét công nhận xã đạt "
         "chuẩn nông thôn mới nâng cao, xong trước ngày 15/6/2025.",
         T("Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng "
           "cao", "UBND xã Cam Tuyền", [], "2025-06-15", official="Hoàng Minh Sơn")),
        ("+ Chỉ đạo UBND xã Cam Thành xây dựng kế hoạch nâng chất các tiêu chí nông "
         "thôn mới, xong trước ngày 30/4/2025.",
         T("Xây dựng kế hoạch nâng chất các tiêu chí nông thôn mới",
           "UBND xã Cam Thành", [], "2025-04-30", official="Hoàng Minh Sơn")),
    ]),
    ("2. Đồng chí Lê Văn Hòa - Trưởng phòng Nông nghiệp và Phát triển nông thôn, "
     "Phó Trưởng ban: chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn (cơ quan "
     "thường trực):", [
        ("+ Phối hợp Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn sự nghiệp thực "
         "hiện Chương trình năm 2025, xong trước ngày 31/3/2025.",
         T("Tham mưu phân bổ vốn sự nghiệp thực hiện Chương trình năm 2025",
           "Phòng Nông nghiệp và Phát triển nông thôn", ["Phòng Tài chính - Kế hoạch"],
           "2025-03-31", official="Lê Văn Hòa")),
        ("+ Tổng hợp, báo cáo kết quả thực hiện Chương trình định kỳ 6 tháng, xong "
         "trước ngày 15/7/2025.",
         T("Tổng hợp, báo cáo kết quả thực hiện Chương trình định kỳ 6 tháng",
           "Phòng Nông nghiệp và Phát triển nông thôn", [], "2025-07-15",
           official="Lê Văn Hòa")),
    ]),
    ("3. Đồng chí Nguyễn Thị Thu - Trưởng phòng Tài chính - Kế hoạch, thành viên:", [
        ("+ Cân đối, bố trí vốn đối ứng của huyện thực hiện Chương trình, trong tháng "
         "4/2025.",
         T("Cân đối, bố trí vốn đối ứng của huyện thực hiện Chương trình",
           "Phòng Tài chính - Kế hoạch", [], "2025-04-30", official="Nguyễn Thị Thu")),
        ("+ Hướng dẫn các xã quyết toán vốn Chương trình (thường xuyên).",
         T("Hướng dẫn các xã quyết toán vốn Chương trình", "Phòng Tài chính - Kế hoạch",
           [], "2025-12-31", official="Nguyễn Thị Thu")),
    ]),
    ("4. Đồng chí Trần Quốc Việt - Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao "
     "huyện, thành viên:", [
        ("+ Xây dựng chuyên mục nông thôn mới phát sóng hằng tháng trên Đài truyền "
         "thanh huyện.",
         T("Xây dựng chuyên mục nông thôn mới phát sóng hằng tháng trên Đài truyền "
           "thanh huyện", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", [],
           "2025-12-31", official="Trần Quốc Việt")),
    ]),
]  # fmt: skip


def cam_lo_docx():
    title = (
        "Hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện năm 2025"
    )
    doc = opening(["UBND HUYỆN CAM LỘ", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH",
                   "MỤC TIÊU QUỐC GIA", "Số: 12/KH-BCĐ"],
                  "Cam Lộ, ngày 10 tháng 3 năm 2025", title)  # fmt: skip
    a4(doc)
    para(doc, "Căn cứ Quyết định số 215/QĐ-UBND ngày 15/01/2025 của UBND huyện về kiện "
         "toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện;", indent=1.0)  # fmt: skip
    para(doc, "Ban Chỉ đạo ban hành Kế hoạch hoạt động năm 2025 như sau:", indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phân công cụ thể nhiệm vụ cho từng thành viên Ban Chỉ đạo.", indent=1.0)
    para(doc, "II. MỤC TIÊU", bold=True)
    para(doc, "Phấn đấu xã Cam Tuyền đạt chuẩn nông thôn mới nâng cao năm 2025.",
         indent=1.0)  # fmt: skip
    para(doc, "III. PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO", bold=True)
    for member, items in CAM_LO:
        para(doc, member, indent=1.0)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thành viên Ban Chỉ đạo báo cáo kết quả về Văn phòng Điều phối nông "
         "thôn mới huyện trước ngày 15/12/2025.", indent=1.0)  # fmt: skip
    closing_beside(doc, ["- Ban Thường vụ Huyện ủy (b/c);", "- Thành viên BCĐ;",
                         "- Lưu: VT."],
                   ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Võ Văn Hưng"])  # fmt: skip
    head = hdr("12", "KH-BCĐ", "Cam Lộ", "2025-03-10", title,
               "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "TM. BAN CHỈ ĐẠO",
               "TRƯỞNG BAN", "Võ Văn Hưng", ["215/QĐ-UBND"], 3)  # fmt: skip
    return ("f39c-bcd-cam-lo-phan-cong-thanh-vien.docx", save(doc), "a district "
            "Steering Committee's Word plan whose section 'III. PHÂN CÔNG NHIỆM VỤ "
            "THÀNH VIÊN BAN CHỈ ĐẠO' gives each member a numbered paragraph "
            "('Đồng chí A - <post>, Phó Trưởng ban: <duty>, cụ thể:') over '+' "
            "items.", head, [t for _, items in CAM_LO for _, t in items])  # fmt: skip


# --- F2 (.odt): a commune's Steering Committee, "Đ/c A (Trưởng ban):" -------

HAI_LANG = [
    ("- Đ/c Phạm Văn Tâm (Trưởng ban): chịu trách nhiệm chung về hoạt động của Ban "
     "Chỉ đạo; trực tiếp chỉ đạo:", [
        ("+ Chỉ đạo Ban phát triển thôn Đông Dương vận động Nhân dân hiến đất mở rộng "
         "đường liên thôn, xong trước ngày 30/6/2026.",
         T("Vận động Nhân dân hiến đất mở rộng đường liên thôn",
           "Ban phát triển thôn Đông Dương", [], "2026-06-30",
           official="Phạm Văn Tâm")),
    ]),
    ("- Đồng chí Lê Thị Hạnh, Phó Trưởng ban: chỉ đạo Văn phòng Điều phối nông thôn "
     "mới xã (cơ quan thường trực):", [
        ("+ Phối hợp Ban Tài chính xã tham mưu lập dự toán kinh phí thực hiện Chương "
         "trình năm 2026, xong trước ngày 15/4/2026.",
         T("Tham mưu lập dự toán kinh phí thực hiện Chương trình năm 2026",
           "Văn phòng Điều phối nông thôn mới xã", ["Ban Tài chính xã"],
           "2026-04-15", official="Lê Thị Hạnh")),
        ("+ Theo dõi, tổng hợp tiến độ thực hiện các tiêu chí hằng tháng.",
         T("Theo dõi, tổng hợp tiến độ thực hiện các tiêu chí hằng tháng",
           "Văn phòng Điều phối nông thôn mới xã", [], "2026-12-31",
           official="Lê Thị Hạnh")),
    ]),
    ("- Đồng chí Võ Đình Quang - Trưởng Trạm Y tế xã, thành viên:", [
        ("+ Duy trì tỷ lệ người dân tham gia bảo hiểm y tế trên 95%, trong tháng "
         "9/2026.",
         T("Duy trì tỷ lệ người dân tham gia bảo hiểm y tế trên 95%", "Trạm Y tế xã",
           [], "2026-09-30", official="Võ Đình Quang")),
    ]),
]  # fmt: skip


def hai_lang_odt():
    title = (
        "Phân công nhiệm vụ thành viên Ban Chỉ đạo xây dựng nông thôn mới xã năm 2026"
    )
    doc = opening(["ỦY BAN NHÂN DÂN XÃ HẢI LĂNG", "BAN CHỈ ĐẠO XÂY DỰNG",
                   "NÔNG THÔN MỚI", "Số: 05/KH-BCĐ"],
                  "Hải Lăng, ngày 20 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Nâng cao trách nhiệm của từng thành viên Ban Chỉ đạo.", indent=1.0)
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN", bold=True)
    for member, items in HAI_LANG:
        para(doc, member, indent=1.0)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thành viên báo cáo kết quả về Ban Chỉ đạo mỗi quý.", indent=1.0)
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Thành viên BCĐ;", "- Lưu: VT."],
                   ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Phạm Văn Tâm"])  # fmt: skip
    head = hdr("05", "KH-BCĐ", "Hải Lăng", "2026-02-20", title,
               "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN",
               "Phạm Văn Tâm", [], 3)  # fmt: skip
    return ("f39c-bcd-xa-hai-lang-dc-truong-ban.odt", saved_as(save(doc), "odt"),
            "a commune Steering Committee's plan as .odt whose members open on '- "
            "Đ/c A (Trưởng ban):', 'Đồng chí A, Phó Trưởng ban:' and 'Đồng chí A - "
            "<post>, thành viên:' over '+' items.", head,
            [t for _, items in HAI_LANG for _, t in items])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (quang_tri_pdf, ha_tinh_docx, cam_lo_docx, hai_lang_odt):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
