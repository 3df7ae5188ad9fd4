"""Writes set f39d's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39d.py

Set f39d: two families the importer read badly, written here before it was
changed for them:

F1. a Party committee's plan (a draft: "Số:      -KH/ĐU", "ngày    tháng 3
    năm 2025"; "ĐẢNG BỘ HUYỆN …" over "ĐẢNG ỦY XÃ …"; signed "T/M BAN
    THƯỜNG VỤ" / "BÍ THƯ") nested I. / 1. / a) / - / +: an a) work whose
    "- Giao … chủ trì, phối hợp … thực hiện;" / "- Thời gian: …" lines are
    its attributes, and "- <work>:" items over "+ Đơn vị thực hiện: …" /
    "+ Phối hợp: …" / "+ Thời hạn: …; đồng chí …, <post> theo dõi." lines,
    under "a) Về …:" headings (.doc made by LibreOffice, .docx, .pdf);
F2. a district's decision ("Về việc ban hành Kế hoạch …", Điều 1-3, signed
    "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" beside "Nơi
    nhận"), then after a page break the attached plan, its a) b) tasks
    under 1. 2. with the responsibility and the time in brackets that wrap
    across lines (.pdf, .docx).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_f33s import P, decision, to_docx  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import a4, closing_beside, para, save, side_by_side  # noqa: E402

OUT = HERE / "f39d"

COMMENT = """Set f39d (a Party committee's nested draft with "- Giao …" /
"- Thời gian" and "+ Đơn vị thực hiện / + Phối hợp / + Thời hạn" lines; a
district's decision with its plan attached, the tasks' responsibility in
brackets), written before the importer was changed for it: {what}
Assumptions: a blank number is no number, a date with no day is its month;
"T/M" is the authority as written; an item's "-" or "+" lines naming who
does it, with whom, when and who follows it are that item's attributes, not
tasks; a "Về …:" heading over items is no task; "<body> giao <unit> chủ
trì" leads with the unit; "UBND các xã A, B, C" is one partner; a month
range starts on its first month's first day and ends on its last month's
last day; the decision's number, date, signature and recipients are the
header's, the attached plan's title the title."""


def party_doc(left, right, title):
    """A Party committee's Word plan: the committee beside "ĐẢNG CỘNG SẢN
    VIỆT NAM" and the place and date, then "KẾ HOẠCH" and its title."""
    from docx import Document

    doc = Document()
    a4(doc)
    side_by_side(doc, left, right)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    return doc


def outline(doc, lines):
    """Body lines: a heading ("I." or bold text) bold, the rest indented."""
    for line in lines:
        heading = line[:3] in ("I. ", "II.", "III", "IV.") or line.isupper()
        para(doc, line, bold=heading, indent=None if heading else 1.0)


# --- F1 (.doc): a commune Party committee's draft, a) / - / + ---------------

VAN_MIEU_TASKS = [
    T("Tuyên truyền trên hệ thống truyền thanh xã về kết quả xây dựng nông thôn mới "
      "nâng cao", "Ủy ban MTTQ xã", ["các đoàn thể chính trị - xã hội"], "2025-04-30",
      "2025-03-01"),
    T("Tổ chức hội nghị biểu dương gương điển hình tiên tiến trong xây dựng nông thôn "
      "mới", "Ban Tuyên giáo Đảng ủy", ["Hội Nông dân xã"], "2025-05-31", "2025-05-01"),
    T("Cải tạo hồ sinh thái thôn Đông, diện tích 1,6 ha", "UBND xã",
      ["Chi bộ thôn Đông", "Ban phát triển thôn Đông"], "2025-05-30",
      official="Nguyễn Văn Quang"),
    T("Trồng mới 2.500 cây xanh dọc các tuyến đường trục xã", "Đoàn Thanh niên xã",
      ["Hội Cựu chiến binh xã"], "2025-04-15"),
    T("Hoàn thiện hồ sơ minh chứng tiêu chí văn hóa", "Văn phòng Đảng ủy",
      ["Văn phòng HĐND - UBND xã"], "2025-06-30", "2025-06-01"),
]  # fmt: skip

VAN_MIEU_BODY = [
    "Căn cứ Nghị quyết số 15-NQ/ĐU ngày 10/01/2025 của Ban Chấp hành Đảng bộ xã về "
    "xây dựng nông thôn mới nâng cao năm 2025;",
    "Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Huy động cả hệ thống chính trị vào cuộc, hoàn thành các tiêu chí còn lại.",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Công tác tuyên truyền",
    "a) Tuyên truyền trên hệ thống truyền thanh xã về kết quả xây dựng nông thôn mới "
    "nâng cao:",
    "- Giao Ủy ban MTTQ xã chủ trì, phối hợp các đoàn thể chính trị - xã hội thực hiện;",
    "- Thời gian: tháng 3 và tháng 4/2025.",
    "b) Tổ chức hội nghị biểu dương gương điển hình tiên tiến trong xây dựng nông thôn "
    "mới:",
    "- Giao Ban Tuyên giáo Đảng ủy chủ trì, phối hợp Hội Nông dân xã thực hiện;",
    "- Thời gian: tháng 5/2025.",
    "2. Hoàn thiện tiêu chí",
    "a) Về cảnh quan, môi trường:",
    "- Cải tạo hồ sinh thái thôn Đông, diện tích 1,6 ha:",
    "+ Đơn vị thực hiện: Đảng ủy giao UBND xã chủ trì;",
    "+ Phối hợp: Chi bộ thôn Đông, Ban phát triển thôn Đông;",
    "+ Thời hạn: 30/5/2025; đồng chí Nguyễn Văn Quang, Phó Bí thư Thường trực theo dõi.",
    "- Trồng mới 2.500 cây xanh dọc các tuyến đường trục xã:",
    "+ Đơn vị thực hiện: Đoàn Thanh niên xã;",
    "+ Phối hợp: Hội Cựu chiến binh xã;",
    "+ Thời hạn: 15/4/2025.",
    "b) Về văn hóa:",
    "- Hoàn thiện hồ sơ minh chứng tiêu chí văn hóa:",
    "+ Đơn vị thực hiện: Văn phòng Đảng ủy; phối hợp Văn phòng HĐND - UBND xã;",
    "+ Thời hạn: tháng 6/2025.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các chi bộ, đoàn thể báo cáo kết quả về Ban Thường vụ Đảng ủy trước ngày 15/7/2025.",
]  # fmt: skip


def van_mieu_doc():
    title = "Lãnh đạo xây dựng xã Văn Miếu đạt chuẩn nông thôn mới nâng cao năm 2025"
    doc = party_doc(
        ["ĐẢNG BỘ HUYỆN THANH SƠN", "ĐẢNG ỦY XÃ VĂN MIẾU", "*", "Số:      -KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Văn Miếu, ngày    tháng 3 năm 2025"],
        title,
    )
    outline(doc, VAN_MIEU_BODY)
    closing_beside(doc, ["- Ban Thường vụ Huyện ủy (b/c);", "- Các chi bộ;",
                         "- Lưu VPĐU."],
                   ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Hà Văn Chiến"])  # fmt: skip
    head = hdr("", "KH/ĐU", "Văn Miếu", "2025-03", title, "ĐẢNG ỦY XÃ VĂN MIẾU",
               "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Hà Văn Chiến", ["15-NQ/ĐU"], 3)  # fmt: skip
    return ("f39d-dang-uy-van-mieu-du-thao.doc", saved_as(save(doc), "doc"), "a "
            "Party committee's draft as a Word 97 .doc made by LibreOffice, a) works "
            "with '- Giao … chủ trì, phối hợp … thực hiện;' / '- Thời gian: …' under "
            "them, and '- <work>:' items under 'a) Về …:' with '+ Đơn vị thực hiện / + "
            "Phối hợp / + Thời hạn' lines.", head, VAN_MIEU_TASKS)  # fmt: skip


# --- F1 (.docx): "+ Cơ quan thực hiện / + Chủ trì / + Thời gian hoàn thành" --

XUAN_LOC_TASKS = [
    T("Nâng cấp 1,2 km đường trục thôn Bãi Bằng", "UBND xã", ["Chi bộ thôn Bãi Bằng"],
      "2025-08-31", "2025-08-01", official="Đinh Thị Mai"),
    T("Xây dựng 01 mô hình khu dân cư kiểu mẫu tại thôn Gò Cao", "Hội Liên hiệp Phụ nữ xã",
      ["Ban công tác Mặt trận thôn Gò Cao", "Chi đoàn thôn Gò Cao"], "2025-09-30",
      official="Bùi Văn Lực"),
    T("Rà soát, hướng dẫn 45 hộ gia đình chỉnh trang hàng rào, cổng ngõ",
      "Ủy ban Mặt trận Tổ quốc xã", [], "2025-07-31", "2025-07-01"),
    T("Tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ chi bộ thôn", "Ban Xây dựng Đảng",
      ["Văn phòng Đảng ủy"], "2025-10-15"),
]  # fmt: skip

XUAN_LOC_BODY = [
    "Thực hiện Kế hoạch số 112-KH/HU ngày 20/02/2025 của Ban Thường vụ Huyện ủy;",
    "Đảng ủy xã ban hành Kế hoạch như sau:",
    "I. MỤC TIÊU",
    "Hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao trong năm 2025.",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Về giao thông, khu dân cư",
    "a) Lĩnh vực giao thông:",
    "- Nâng cấp 1,2 km đường trục thôn Bãi Bằng:",
    "+ Cơ quan thực hiện: UBND xã;",
    "+ Phối hợp: Chi bộ thôn Bãi Bằng;",
    "+ Thời gian hoàn thành: tháng 8/2025;",
    "+ Người theo dõi: đồng chí Đinh Thị Mai, Phó Chủ tịch UBND xã.",
    "b) Lĩnh vực khu dân cư:",
    "- Xây dựng 01 mô hình khu dân cư kiểu mẫu tại thôn Gò Cao:",
    "+ Chủ trì: Hội Liên hiệp Phụ nữ xã;",
    "+ Phối hợp: Ban công tác Mặt trận thôn Gò Cao, Chi đoàn thôn Gò Cao;",
    "+ Thời gian hoàn thành: 30/9/2025;",
    "+ Người theo dõi: đồng chí Bùi Văn Lực, Ủy viên Ban Thường vụ.",
    "- Rà soát, hướng dẫn 45 hộ gia đình chỉnh trang hàng rào, cổng ngõ:",
    "+ Chủ trì: Ủy ban Mặt trận Tổ quốc xã;",
    "+ Thời gian hoàn thành: tháng 7/2025.",
    "2. Về xây dựng Đảng",
    "a) Tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ chi bộ thôn:",
    "- Giao Ban Xây dựng Đảng chủ trì, phối hợp Văn phòng Đảng ủy thực hiện;",
    "- Thời gian: trước ngày 15/10/2025.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy.",
]  # fmt: skip


def xuan_loc_docx():
    title = "Thực hiện các tiêu chí nông thôn mới nâng cao xã Xuân Lộc năm 2025"
    doc = party_doc(
        ["ĐẢNG BỘ HUYỆN THANH THỦY", "ĐẢNG ỦY XÃ XUÂN LỘC", "*", "Số: 47-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Xuân Lộc, ngày 14 tháng 3 năm 2025"],
        title,
    )
    outline(doc, XUAN_LOC_BODY)
    closing_beside(doc, ["- Huyện ủy Thanh Thủy (b/c);", "- Các chi bộ trực thuộc;",
                         "- Đảng ủy viên;", "- Lưu VPĐU."],
                   ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "", "Lê Thị Thu Hà"])  # fmt: skip
    head = hdr("47", "KH/ĐU", "Xuân Lộc", "2025-03-14", title, "ĐẢNG ỦY XÃ XUÂN LỘC",
               "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Lê Thị Thu Hà", ["112-KH/HU"], 4)  # fmt: skip
    return ("f39d-dang-uy-xuan-loc-co-quan.docx", save(doc), "a Party committee's "
            "Word plan whose '- <work>:' items carry '+ Cơ quan thực hiện / + Chủ trì / "
            "+ Phối hợp / + Thời gian hoàn thành / + Người theo dõi' lines.", head,
            XUAN_LOC_TASKS)  # fmt: skip


# --- F1 (.pdf): a draft printed from Word, both shapes ------------------------

TAN_PHU_TASKS = [
    T("Tuyên truyền, vận động Nhân dân hiến đất mở rộng đường liên thôn",
      "Ban Dân vận Đảng ủy", ["Ủy ban MTTQ xã", "các chi bộ thôn"], "2025-05-31",
      "2025-04-01"),
    T("Nạo vét 2,4 km kênh tiêu thoát nước xứ đồng Cửa Đình", "UBND xã",
      ["Hợp tác xã nông nghiệp Tân Phú"], "2025-06-30", "2025-06-01",
      official="Trịnh Văn Hưng"),
    T("Xây dựng 02 tuyến đường hoa thôn Đồng Tâm, thôn Phú Lợi", "Hội Liên hiệp Phụ nữ xã",
      ["Đoàn Thanh niên xã"], "2025-08-31"),
]  # fmt: skip

TAN_PHU_BODY = [
    "Căn cứ Kế hoạch số 86-KH/HU ngày 05/3/2025 của Ban Thường vụ Huyện ủy;",
    "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Phát huy vai trò lãnh đạo của các chi bộ trong xây dựng nông thôn mới.",
    "II. NỘI DUNG",
    "1. Công tác dân vận",
    "a) Tuyên truyền, vận động Nhân dân hiến đất mở rộng đường liên thôn:",
    "- Giao Ban Dân vận Đảng ủy chủ trì, phối hợp Ủy ban MTTQ xã, các chi bộ thôn thực "
    "hiện;",
    "- Thời gian: từ tháng 4 đến tháng 5/2025.",
    "2. Phát triển hạ tầng và cảnh quan",
    "a) Về thủy lợi:",
    "- Nạo vét 2,4 km kênh tiêu thoát nước xứ đồng Cửa Đình:",
    "+ Đơn vị thực hiện: Đảng ủy giao UBND xã chủ trì;",
    "+ Phối hợp: Hợp tác xã nông nghiệp Tân Phú;",
    "+ Thời hạn: tháng 6/2025; đồng chí Trịnh Văn Hưng, Phó Bí thư Đảng ủy theo dõi.",
    "b) Về cảnh quan:",
    "- Xây dựng 02 tuyến đường hoa thôn Đồng Tâm, thôn Phú Lợi:",
    "+ Đơn vị thực hiện: Hội Liên hiệp Phụ nữ xã; phối hợp Đoàn Thanh niên xã;",
    "+ Thời hạn: 31/8/2025.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các chi bộ cụ thể hóa Kế hoạch, báo cáo kết quả về Văn phòng Đảng ủy.",
]  # fmt: skip


def tan_phu_pdf():
    title = "Thực hiện Chương trình xây dựng nông thôn mới xã Tân Phú năm 2025"
    doc = party_doc(
        ["ĐẢNG BỘ HUYỆN YÊN ĐỊNH", "ĐẢNG ỦY XÃ TÂN PHÚ", "*", "Số:      -KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tân Phú, ngày    tháng 3 năm 2025"],
        title,
    )
    outline(doc, TAN_PHU_BODY)
    closing_beside(doc, ["- Ban Thường vụ Huyện ủy (b/c);", "- Các chi bộ;",
                         "- Lưu VPĐU."],
                   ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "Trịnh Văn Hưng"])  # fmt: skip
    head = hdr("", "KH/ĐU", "Tân Phú", "2025-03", title, "ĐẢNG ỦY XÃ TÂN PHÚ",
               "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trịnh Văn Hưng", ["86-KH/HU"], 3)  # fmt: skip
    return ("f39d-dang-uy-tan-phu-du-thao.pdf", saved_as(save(doc), "pdf"), "a Party "
            "committee's draft printed to PDF from Word: an a) work over '- Giao …' / "
            "'- Thời gian: từ tháng 4 đến tháng 5/2025.', '- <work>:' items over '+' "
            "lines ('+ Đơn vị thực hiện: …; phối hợp …;').", head, TAN_PHU_TASKS)  # fmt: skip


# --- F2 (.pdf): a district's decision, the plan attached after a page break ---

THANH_SON = [
    ("1. Phát triển sản xuất, nâng cao thu nhập", None),
    ("a) Xây dựng 03 chuỗi liên kết sản xuất chè an toàn tại các xã Thanh Mai, Thanh "
     "Vận, Mai Lạp (Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp UBND các "
     "xã Thanh Mai, Thanh Vận, Mai Lạp; thời gian: Quý III/2024).",
     T("Xây dựng 03 chuỗi liên kết sản xuất chè an toàn tại các xã Thanh Mai, Thanh Vận, "
       "Mai Lạp", "Phòng Nông nghiệp và Phát triển nông thôn",
       ["UBND các xã Thanh Mai, Thanh Vận, Mai Lạp"], "2024-09-30", "2024-07-01")),
    ("b) Mở 06 lớp đào tạo nghề nông nghiệp cho lao động nông thôn (Phòng Lao động - "
     "Thương binh và Xã hội chủ trì; thời gian: tháng 7 - tháng 11/2024).",
     T("Mở 06 lớp đào tạo nghề nông nghiệp cho lao động nông thôn",
       "Phòng Lao động - Thương binh và Xã hội", [], "2024-11-30", "2024-07-01")),
    ("2. Hạ tầng kinh tế - xã hội", None),
    ("a) Cứng hóa 8,5 km đường giao thông nội đồng (Phòng Kinh tế và Hạ tầng chủ trì, "
     "phối hợp Ban Quản lý dự án đầu tư xây dựng huyện; hoàn thành trước ngày "
     "30/10/2024).",
     T("Cứng hóa 8,5 km đường giao thông nội đồng", "Phòng Kinh tế và Hạ tầng",
       ["Ban Quản lý dự án đầu tư xây dựng huyện"], "2024-10-30")),
    ("b) Sửa chữa, nâng cấp 04 nhà văn hóa thôn xuống cấp (Phòng Văn hóa và Thông tin "
     "chủ trì, phối hợp UBND các xã Chợ Chu, Phú Đình; thời gian: tháng 8 - tháng "
     "12/2024).",
     T("Sửa chữa, nâng cấp 04 nhà văn hóa thôn xuống cấp", "Phòng Văn hóa và Thông tin",
       ["UBND các xã Chợ Chu, Phú Đình"], "2024-12-31", "2024-08-01")),
]  # fmt: skip


def thanh_son_pdf():
    title = "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Định Hóa năm 2024"
    pieces = decision(
        ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỊNH HÓA", "Số: 2156/QĐ-UBND"],
        "Định Hóa, ngày 24 tháng 6 năm 2024", "Về việc ban hành Kế hoạch thực hiện "
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Định Hóa năm 2024",
        "ỦY BAN NHÂN DÂN HUYỆN ĐỊNH HÓA",
        ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
         "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ;",
         "Căn cứ Kế hoạch số 75/KH-UBND ngày 15/4/2024 của UBND tỉnh Thái Nguyên;"],
        "Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn tại Tờ trình "
        "số 118/TTr-NN ngày 18/6/2024.",
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình mục "
         "tiêu quốc gia xây dựng nông thôn mới huyện Định Hóa năm 2024.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các phòng, ban, Chủ tịch "
         "UBND các xã chịu trách nhiệm thi hành Quyết định này./."],
        ["- Như Điều 3;", "- UBND tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
         "- Chủ tịch, các PCT UBND huyện;", "- Các xã, thị trấn;", "- Lưu: VT, NN."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lục Văn Thắng"],
    ) + [
        ("break",),
        P("KẾ HOẠCH", True), P(title, True),
        P("(Ban hành kèm theo Quyết định số 2156/QĐ-UBND ngày 24/6/2024 của UBND huyện "
          "Định Hóa)"),
        P("I. MỤC TIÊU", True),
        P("Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới nâng cao trong năm 2024."),
        P("II. NHIỆM VỤ, GIẢI PHÁP", True),
        *[P(row[0]) for row in THANH_SON],
        P("III. TỔ CHỨC THỰC HIỆN", True),
        P("Các phòng, ban báo cáo kết quả về Văn phòng Điều phối nông thôn mới huyện."),
    ]  # fmt: skip
    head = hdr("2156", "QĐ-UBND", "Định Hóa", "2024-06-24", title,
               "ỦY BAN NHÂN DÂN HUYỆN ĐỊNH HÓA", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH", "Lục Văn Thắng",
               ["Luật ngày 19/6/2015", "263/QĐ-TTg", "75/KH-UBND"], 6)  # fmt: skip
    return ("f39d-huyen-dinh-hoa-quyet-dinh.pdf", saved_as(to_docx(pieces), "pdf"),
            "a district's decision printed to PDF from Word, signed TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH beside 'Nơi "
            "nhận', the plan after a page break, a) b) tasks under 1. 2. with the "
            "responsibility and the time in brackets that wrap.", head,
            [row[1] for row in THANH_SON if row[1]])  # fmt: skip


# --- F2 (.docx): the same shape in Word, "(Kèm theo …)", other wordings -------

PHU_LUONG = [
    ("1. Nâng cao chất lượng tiêu chí môi trường", None),
    ("a) Lắp đặt 120 thùng thu gom rác thải tại các khu dân cư (Phòng Tài nguyên và "
     "Môi trường chủ trì, phối hợp UBND các xã Yên Ninh, Yên Đổ, Yên Lạc; hoàn thành "
     "trong tháng 9/2024).",
     T("Lắp đặt 120 thùng thu gom rác thải tại các khu dân cư",
       "Phòng Tài nguyên và Môi trường", ["UBND các xã Yên Ninh, Yên Đổ, Yên Lạc"],
       "2024-09-30", "2024-09-01")),
    ("b) Xây dựng 02 mô hình xử lý chất thải chăn nuôi bằng đệm lót sinh học (Trung tâm "
     "Dịch vụ nông nghiệp huyện chủ trì; thời gian: tháng 5 - tháng 10/2024).",
     T("Xây dựng 02 mô hình xử lý chất thải chăn nuôi bằng đệm lót sinh học",
       "Trung tâm Dịch vụ nông nghiệp huyện", [], "2024-10-31", "2024-05-01")),
    ("2. Chuyển đổi số trong xây dựng nông thôn mới", None),
    ("a) Hướng dẫn 15 hợp tác xã đưa sản phẩm lên sàn thương mại điện tử (Phòng Kinh "
     "tế và Hạ tầng chủ trì, phối hợp Liên minh Hợp tác xã tỉnh; thời gian: Quý "
     "IV/2024).",
     T("Hướng dẫn 15 hợp tác xã đưa sản phẩm lên sàn thương mại điện tử",
       "Phòng Kinh tế và Hạ tầng", ["Liên minh Hợp tác xã tỉnh"], "2024-12-31",
       "2024-10-01")),
]  # fmt: skip


def phu_luong_docx():
    title = "Nâng cao chất lượng các tiêu chí nông thôn mới huyện Phú Lương năm 2024"
    pieces = decision(
        ["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ LƯƠNG", "Số: 1320/QĐ-UBND"],
        "Phú Lương, ngày 02 tháng 4 năm 2024", "Về việc ban hành Kế hoạch nâng cao chất "
        "lượng các tiêu chí nông thôn mới huyện Phú Lương năm 2024",
        "ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG",
        ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
         "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;"],
        "Xét đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện.",
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch nâng cao chất lượng các tiêu "
         "chí nông thôn mới huyện Phú Lương năm 2024.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND "
         "huyện, Thủ trưởng các phòng, ban, Chủ tịch UBND các xã chịu trách nhiệm thi hành "
         "Quyết định này./."],
        ["- Như Điều 2;", "- UBND tỉnh (b/c);", "- Lưu: VT, NN."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Ma Thị Hồng"],
    ) + [
        ("break",),
        P("KẾ HOẠCH", True), P(title, True),
        P("(Kèm theo Quyết định số 1320/QĐ-UBND ngày 02/4/2024 của UBND huyện Phú "
          "Lương)"),
        P("I. MỤC TIÊU", True),
        P("100% số xã duy trì, nâng chất các tiêu chí nông thôn mới."),
        P("II. NHIỆM VỤ TRỌNG TÂM", True),
        *[P(row[0]) for row in PHU_LUONG],
        P("III. TỔ CHỨC THỰC HIỆN", True),
        P("Văn phòng Điều phối nông thôn mới huyện tổng hợp, báo cáo UBND huyện."),
    ]  # fmt: skip
    head = hdr("1320", "QĐ-UBND", "Phú Lương", "2024-04-02", title,
               "ỦY BAN NHÂN DÂN HUYỆN PHÚ LƯƠNG", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH", "Ma Thị Hồng", ["Luật ngày 19/6/2015", "318/QĐ-TTg"],
               3)  # fmt: skip
    return ("f39d-huyen-phu-luong-quyet-dinh.docx", to_docx(pieces), "a district's "
            "decision as Word, two articles, signed TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, "
            "the plan after a page break with '(Kèm theo Quyết định …)', a) b) tasks "
            "with the responsibility and the time in brackets.", head,
            [row[1] for row in PHU_LUONG if row[1]])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (van_mieu_doc, xuan_loc_docx, tan_phu_pdf, thanh_son_pdf,
                 phu_luong_docx):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
