"""Writes set f36o's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f36o.py

Set f36o varies the ways a plan names the official of a task (issue 18),
each written here from its description before the importer was changed:

O1. a Party committee's or a Party cell's numbered work over one line,
    often in italics, "Phân công: X chủ trì; Y phối hợp thực hiện. Thời
    gian: Quý II/2027. Đồng chí …, <post> trực tiếp chỉ đạo." (or "…
    phụ trách.", "Đ/c … - Ủy viên BTV theo dõi, chỉ đạo.", a post of several
    commas, no person at all, "Phân công:", "Thời gian:" and the person on
    lines of their own);
O2. a Front's "Body: work" paragraphs whose last clause gives a comrade
    part of the work ("…; giao đồng chí … - Phó Chủ tịch … chuẩn bị nội
    dung, khách mời."), after the day and where it is held ("vào ngày …
    tại Hội trường UBND xã"), a report back ("…, gửi về … trước ngày …")
    and a paragraph that opens on a person (a duty, no task);
O3. the other ways an office names the person, which the importer read
    before: "(đ/c … phụ trách)" ending a task, "Lãnh đạo phụ trách: đồng
    chí …, Phó Chủ tịch UBND xã", "Cán bộ theo dõi: bà …", and a table
    column "Lãnh đạo phụ trách" whose cells read "Đ/c … - PCT UBND xã",
    "Ông … (Trưởng thôn)".
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, body, hdr, head, new_doc, title_block  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "f36o"

COMMENT = """Set f36o (the named official of a task), written before the importer
was changed for it: {what}
Assumptions: the official is the person's name (the measure compares
names; the post and "đồng chí", "đ/c", "ông", "bà" are no part of it); the
body that "chủ trì" (or "thực hiện") leads, the units after "phối hợp" are
the partners; a quarter's or a month's last day is the deadline, "thường
xuyên" the plan year's last day; the day "vào ngày …" names is the
deadline, and where the work is held is no part of its name; a report
back ("…, gửi về X") stays in the name, as set f33p keeps it."""


# --- O1 (.docx): a Party committee, the assignment lines in italics --------

PARTY = [
    ("1. Lãnh đạo hoàn thành nâng cấp 3,2 km đường trục xã Nghi Xuân - Nghi Phong.",
     ["Phân công: Ủy ban nhân dân xã chủ trì; Ủy ban MTTQ xã, Hội Cựu chiến binh xã "
      "phối hợp thực hiện. Thời gian: Quý II/2027. Đồng chí Thái Văn Lâm, Phó Bí thư "
      "Thường trực Đảng ủy trực tiếp chỉ đạo."],
     T("Lãnh đạo hoàn thành nâng cấp 3,2 km đường trục xã Nghi Xuân - Nghi Phong",
       "Ủy ban nhân dân xã", ["Ủy ban MTTQ xã", "Hội Cựu chiến binh xã"],
       "2027-06-30", "2027-04-01", "Thái Văn Lâm")),
    ("2. Chỉ đạo xây dựng 03 xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.",
     ["Phân công: Ủy ban MTTQ xã chủ trì; các đoàn thể chính trị - xã hội xã phối "
      "hợp thực hiện. Thời gian: Quý IV/2027. Đồng chí Hồ Thị Ngân, Đảng ủy viên, Chủ "
      "tịch Ủy ban MTTQ xã phụ trách."],
     T("Chỉ đạo xây dựng 03 xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
       "Ủy ban MTTQ xã", ["các đoàn thể chính trị - xã hội xã"], "2027-12-31",
       "2027-10-01", "Hồ Thị Ngân")),
    ("3. Phát triển 40 ha lạc giống mới theo hướng liên kết tiêu thụ.",
     ["Phân công: Hội Nông dân xã chủ trì; Hợp tác xã Nghi Xuân phối hợp thực hiện. "
      "Thời gian: tháng 8/2027. Đ/c Nguyễn Cảnh Toàn - Ủy viên BTV theo dõi, chỉ đạo."],
     T("Phát triển 40 ha lạc giống mới theo hướng liên kết tiêu thụ", "Hội Nông dân xã",
       ["Hợp tác xã Nghi Xuân"], "2027-08-31", "2027-08-01", "Nguyễn Cảnh Toàn")),
    ("4. Duy trì sinh hoạt chuyên đề về xây dựng nông thôn mới ở các chi bộ xóm.",
     ["Phân công: Các chi bộ xóm thực hiện. Thời gian: thường xuyên."],
     T("Duy trì sinh hoạt chuyên đề về xây dựng nông thôn mới ở các chi bộ xóm",
       "Các chi bộ xóm", [], "2027-12-31")),
    ("5. Tuyên truyền Nghị quyết của Đảng ủy về nông thôn mới trên hệ thống loa "
     "truyền thanh.",
     ["Phân công: Ban Tuyên giáo và Dân vận Đảng ủy chủ trì; Trung tâm Văn hóa - "
      "Thông tin xã phối hợp thực hiện.",
      "Thời gian: tháng 3/2027.",
      "Đồng chí Trần Thị Mỹ Linh, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy phụ trách."],
     T("Tuyên truyền Nghị quyết của Đảng ủy về nông thôn mới trên hệ thống loa truyền "
       "thanh", "Ban Tuyên giáo và Dân vận Đảng ủy",
       ["Trung tâm Văn hóa - Thông tin xã"], "2027-03-31", "2027-03-01",
       "Trần Thị Mỹ Linh")),
]  # fmt: skip


def party_docx():
    title = "Lãnh đạo xây dựng xã Nghi Xuân đạt chuẩn nông thôn mới nâng cao năm 2027"
    doc = new_doc()
    a4(doc)
    head(
        doc,
        ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ NGHI XUÂN", "*", "Số 11-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Nghi Xuân, ngày 15 tháng 01 năm 2027"],
    )
    title_block(doc, title)
    body(doc, "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch lãnh đạo như sau:")
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(doc, "Phát huy vai trò lãnh đạo của cấp ủy trong xây dựng nông thôn mới.")
    body(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    for work, said, _ in PARTY:
        body(doc, work)
        for line in said:
            body(doc, line, italic=True)
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "Các chi bộ xóm triển khai, báo cáo kết quả về Văn phòng Đảng ủy.")
    closing_beside(
        doc,
        ["- Ban Thường vụ Huyện ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VPĐU."],
        ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Phan Đình Sơn"],
    )
    header = hdr("11", "KH/ĐU", "Nghi Xuân", "2027-01-15", title, "ĐẢNG ỦY XÃ NGHI XUÂN",
                 "T/M ĐẢNG ỦY", "BÍ THƯ", "Phan Đình Sơn", [], 3)  # fmt: skip
    return ("f36o-dang-uy-nghi-xuan.docx", save(doc), "a Party committee's Word plan: "
            "numbered work over 'Phân công: … Thời gian: …. Đồng chí …, <post> trực "
            "tiếp chỉ đạo.' in italics, its variants, and the three on lines of their "
            "own.", header, [row[2] for row in PARTY])  # fmt: skip


# --- O1 (.txt): a village Party cell's plan, copied out as text -------------

CELL = [
    ("1. Vận động 100% hộ gia đình trong thôn phân loại rác tại nguồn.",
     ["Phân công: Chi hội Phụ nữ thôn chủ trì; Chi đoàn thôn phối hợp thực hiện. "
      "Thời gian: Quý II/2027. Đ/c Lương Thị Thơm - Phó Bí thư Chi bộ phụ trách."],
     T("Vận động 100% hộ gia đình trong thôn phân loại rác tại nguồn",
       "Chi hội Phụ nữ thôn", ["Chi đoàn thôn"], "2027-06-30", "2027-04-01",
       "Lương Thị Thơm")),
    ("2. Làm mới 450 m rãnh thoát nước dọc đường trục thôn.",
     ["Phân công: Ban phát triển thôn chủ trì; Chi hội Cựu chiến binh thôn phối hợp "
      "thực hiện.",
      "Thời gian: tháng 9/2027.",
      "Đồng chí Hà Văn Đức, Chi ủy viên, Trưởng thôn trực tiếp chỉ đạo."],
     T("Làm mới 450 m rãnh thoát nước dọc đường trục thôn", "Ban phát triển thôn",
       ["Chi hội Cựu chiến binh thôn"], "2027-09-30", "2027-09-01", "Hà Văn Đức")),
    ("3. Kiểm điểm việc thực hiện nghị quyết trong sinh hoạt chi bộ hằng tháng.",
     ["Phân công: Các đảng viên trong chi bộ thực hiện. Thời gian: thường xuyên."],
     T("Kiểm điểm việc thực hiện nghị quyết trong sinh hoạt chi bộ hằng tháng",
       "Các đảng viên trong chi bộ", [], "2027-12-31")),
]  # fmt: skip


def cell_txt():
    title = "Lãnh đạo xây dựng thôn Khe Mạ đạt chuẩn nông thôn mới kiểu mẫu năm 2027"
    lines = ["ĐẢNG BỘ XÃ HỢP TIẾN", "CHI BỘ THÔN KHE MẠ", "*", "Số 04-KH/CB",
             "ĐẢNG CỘNG SẢN VIỆT NAM", "Khe Mạ, ngày 20 tháng 02 năm 2027", "",
             "KẾ HOẠCH", title, "",
             "Chi bộ thôn Khe Mạ xây dựng Kế hoạch như sau:", "I. MỤC ĐÍCH",
             "Huy động sức dân xây dựng thôn kiểu mẫu.", "II. NHIỆM VỤ CỤ THỂ"]  # fmt: skip
    for work, said, _ in CELL:
        lines += [work, *said]
    lines += ["III. TỔ CHỨC THỰC HIỆN",
              "Các đảng viên gương mẫu thực hiện Kế hoạch này.", "",
              "Nơi nhận:", "- Đảng ủy xã (b/c);", "- Đảng viên trong chi bộ;", "- Lưu.",
              "T/M CHI BỘ", "BÍ THƯ", "Hoàng Văn Kiên", ""]  # fmt: skip
    header = hdr("04", "KH/CB", "Khe Mạ", "2027-02-20", title, "CHI BỘ THÔN KHE MẠ",
                 "T/M CHI BỘ", "BÍ THƯ", "Hoàng Văn Kiên", [], 3)  # fmt: skip
    return ("f36o-chi-bo-khe-ma.txt", "\n".join(lines), "a village Party cell's plan as "
            "text: 'Phân công: …' under each numbered work, 'Đ/c … - <post> phụ trách.' "
            "after the time, or the time and the person each on a line of their own.",
            header, [row[2] for row in CELL])  # fmt: skip


# --- O2 (.odt): a Front's plan, "Body: work" paragraphs --------------------

FRONT = [
    ("Ban Thường trực Ủy ban MTTQ xã",
     "Tổ chức Lễ phát động Ngày hội Đại đoàn kết toàn dân tộc năm 2027 vào ngày "
     "17/11/2027 tại Hội trường UBND xã; giao đồng chí Đinh Thị Hậu - Phó Chủ tịch Ủy "
     "ban MTTQ xã chuẩn bị nội dung, khách mời.",
     T("Tổ chức Lễ phát động Ngày hội Đại đoàn kết toàn dân tộc năm 2027",
       "Ban Thường trực Ủy ban MTTQ xã", [], "2027-11-17", official="Đinh Thị Hậu")),
    ("Ban Công tác Mặt trận các xóm",
     "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo cần hỗ trợ sửa nhà, gửi về Ban "
     "Thường trực Ủy ban MTTQ xã trước ngày 30/10/2027.",
     T("Rà soát, lập danh sách hộ nghèo, hộ cận nghèo cần hỗ trợ sửa nhà, gửi về Ban "
       "Thường trực Ủy ban MTTQ xã", "Ban Công tác Mặt trận các xóm", [],
       "2027-10-30")),
    ("Hội Nông dân xã",
     "Vận động hội viên góp 500 ngày công sửa đường nội đồng trước ngày 10/11/2027; "
     "giao đồng chí Mạc Văn Hưng - Phó Chủ tịch Hội chỉ đạo các chi hội thực hiện.",
     T("Vận động hội viên góp 500 ngày công sửa đường nội đồng", "Hội Nông dân xã", [],
       "2027-11-10", official="Mạc Văn Hưng")),
    ("Đoàn Thanh niên xã",
     "Tổ chức đêm văn nghệ \"Tình làng nghĩa xóm\" vào ngày 16/11/2027 tại sân nhà "
     "văn hóa xóm Đông.",
     T("Tổ chức đêm văn nghệ \"Tình làng nghĩa xóm\"", "Đoàn Thanh niên xã", [],
       "2027-11-16")),
]  # fmt: skip


def front_odt():
    title = "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2027"
    doc = opening(
        ["ỦY BAN MTTQ VIỆT NAM", "XÃ THẠCH XUÂN", "BAN THƯỜNG TRỰC", "Số: 17/KH-MTTQ"],
        "Thạch Xuân, ngày 12 tháng 10 năm 2027",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Tăng cường khối đại đoàn kết toàn dân tộc ở khu dân cư.", indent=1.0)
    para(doc, "II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold=True)
    for name, work, _ in FRONT:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = None
        p.add_run(name + ": ").bold = True
        p.add_run(work)
    para(doc, "Đồng chí Lê Quang Vinh - Phó Chủ tịch Ủy ban MTTQ xã: Theo dõi, đôn đốc "
         "các xóm tổ chức Ngày hội, tổng hợp kết quả báo cáo Ban Thường trực.")  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ chức thành viên báo cáo kết quả về Ban Thường trực.")
    closing_beside(doc, ["- Ủy ban MTTQ huyện (b/c);", "- Các xóm;", "- Lưu."],
                   ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Nguyễn Văn Hòe"])  # fmt: skip
    header = hdr("17", "KH-MTTQ", "Thạch Xuân", "2027-10-12", title,
                 "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ THẠCH XUÂN",
                 "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn Hòe", [], 3)  # fmt: skip
    return ("f36o-mttq-thach-xuan.odt", saved_as(save(doc), "odt"), "a Front's plan "
            "as .odt: each body in bold then its colon and its work, ending on a "
            "comrade given part of it ('…; giao đồng chí … chuẩn bị nội dung, khách "
            "mời.') or on where it is held; a report back; a person's paragraph, no "
            "task.", header, [row[2] for row in FRONT])  # fmt: skip


# --- O3 (.pdf): a commune's plan, the person in a bracket or a labelled line

COMMUNE = [
    ("1. Trồng 1,5 km hàng rào xanh dọc đường liên thôn, hoàn thành trước 30/4/2027 "
     "(đ/c Phùng Thị Hạnh phụ trách).", [],
     T("Trồng 1,5 km hàng rào xanh dọc đường liên thôn", "", [], "2027-04-30",
       official="Phùng Thị Hạnh")),
    ("2. Lắp đặt 12 bể thu gom vỏ bao bì thuốc bảo vệ thực vật trên cánh đồng.",
     ["- Lãnh đạo phụ trách: đồng chí Quách Văn Khải, Phó Chủ tịch UBND xã",
      "- Đơn vị thực hiện: Hợp tác xã nông nghiệp Cẩm Bình",
      "- Thời gian: tháng 6/2027"],
     T("Lắp đặt 12 bể thu gom vỏ bao bì thuốc bảo vệ thực vật trên cánh đồng",
       "Hợp tác xã nông nghiệp Cẩm Bình", [], "2027-06-30", "2027-06-01",
       "Quách Văn Khải")),
    ("3. Kiểm tra việc xả thải của 15 cơ sở chăn nuôi tập trung.",
     ["Đơn vị thực hiện: Công an xã. Thời gian: Quý III/2027. Cán bộ theo dõi: bà "
      "Tạ Thị Thu."],
     T("Kiểm tra việc xả thải của 15 cơ sở chăn nuôi tập trung", "Công an xã", [],
       "2027-09-30", "2027-07-01", "Tạ Thị Thu")),
]  # fmt: skip


def commune_pdf():
    title = "Nâng cao chất lượng tiêu chí môi trường xã Cẩm Bình năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ CẨM BÌNH", "Số: 26/KH-UBND"],
        "Cẩm Bình, ngày 02 tháng 3 năm 2027",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Giữ vững và nâng cao tiêu chí môi trường.", indent=1.0)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for work, said, _ in COMMUNE:
        para(doc, work, indent=1.0)
        for line in said:
            para(doc, line, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.")
    closing_beside(doc, ["- UBND huyện (b/c);", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đỗ Văn Chiến"])  # fmt: skip
    header = hdr("26", "KH-UBND", "Cẩm Bình", "2027-03-02", title,
                 "ỦY BAN NHÂN DÂN XÃ CẨM BÌNH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Đỗ Văn Chiến", [], 2)  # fmt: skip
    return ("f36o-xa-cam-binh-phu-trach.pdf", saved_as(save(doc), "pdf"), "a commune's "
            "plan printed to PDF: '(đ/c … phụ trách)' ending a task, 'Lãnh đạo phụ "
            "trách: đồng chí …, Phó Chủ tịch UBND xã' and 'Cán bộ theo dõi: bà …' as "
            "labelled lines.", header, [row[2] for row in COMMUNE])  # fmt: skip


# --- O3 (.doc): a task table with a "Lãnh đạo phụ trách" column --------------

TABLE = [
    ("Phát quang 6 km hành lang đường thôn", "Thôn Đồng Tâm",
     "Đ/c Vi Văn Khiêm - PCT UBND xã", "Tháng 5/2027",
     T("Phát quang 6 km hành lang đường thôn", "Thôn Đồng Tâm", [], "2027-05-31",
       "2027-05-01", "Vi Văn Khiêm")),
    ("Sơn sửa cổng, tường rào cho 45 hộ", "Thôn Nà Pàn",
     "Ông Nông Văn Pó (Trưởng thôn)", "Quý III/2027",
     T("Sơn sửa cổng, tường rào cho 45 hộ", "Thôn Nà Pàn", [], "2027-09-30",
       "2027-07-01", "Nông Văn Pó")),
    ("Trồng 350 cây bóng mát tại khu trung tâm xã", "Đoàn Thanh niên xã",
     "Bà Lã Thị Nhung - Phó Chủ tịch UBND xã", "30/9/2027",
     T("Trồng 350 cây bóng mát tại khu trung tâm xã", "Đoàn Thanh niên xã", [],
       "2027-09-30", official="Lã Thị Nhung")),
]  # fmt: skip


def table_doc():
    title = "Chỉnh trang cảnh quan khu dân cư xã Kỳ Phong năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ KỲ PHONG", "Số: 31/KH-UBND"],
        "Kỳ Phong, ngày 10 tháng 4 năm 2027",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Xây dựng cảnh quan sáng, xanh, sạch, đẹp ở các thôn.", indent=1.0)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    rows = [[[str(n)], [work], [lead], [person], [when]]
            for n, (work, lead, person, when, _) in enumerate(TABLE, 1)]  # fmt: skip
    task_table(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Lãnh đạo phụ trách",
         "Thời gian hoàn thành"],
        rows,
        [1.0, 6.0, 3.2, 3.6, 2.6],
    )  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thôn báo cáo kết quả về UBND xã.")
    closing_beside(doc, ["- UBND huyện (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lộc Văn Tỉnh"])  # fmt: skip
    header = hdr("31", "KH-UBND", "Kỳ Phong", "2027-04-10", title,
                 "ỦY BAN NHÂN DÂN XÃ KỲ PHONG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Lộc Văn Tỉnh", [], 3)  # fmt: skip
    return ("f36o-xa-ky-phong-bang.doc", saved_as(save(doc), "doc"), "a commune's Word "
            "97 plan: a task table whose column 'Lãnh đạo phụ trách' reads 'Đ/c … - "
            "PCT UBND xã', 'Ông … (Trưởng thôn)', 'Bà … - Phó Chủ tịch UBND xã'.",
            header, [row[4] for row in TABLE])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (party_docx, cell_txt, front_odt, commune_pdf, table_doc):
        name, data, what, header, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), header, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
