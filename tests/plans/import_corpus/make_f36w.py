"""Writes set f36w's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f36w.py

Set f36w: task paragraphs whose work and responsibility are separate
sentences, written here before the importer was changed for them:

F1. a numbered task whose work is its first sentence, then who leads,
    who helps, who is in charge and when as further sentences ("1. Bê tông
    hóa 650 m đường …. Ban phát triển thôn chủ trì, …; đồng chí …, Trưởng
    thôn trực tiếp phụ trách. Hoàn thành trước ngày 30/6/2026."), a cost
    sentence between ("Kinh phí 180 triệu đồng, trong đó …"), "khởi công
    từ ngày …, hoàn thành trước ngày …", all in a bracket;
F2. a short numbered heading that only names an activity ("1. Lễ ra
    quân") over one paragraph that states the work: one task, named by
    the paragraph's work;
F3. a heading whose paragraph hands the work to a table ("… giao các chi
    đoàn thực hiện các công trình sau:"): a task per row, the "Tổng cộng"
    row none, the heading none;
F4. paragraphs with no number under "II. NỘI DUNG", the lead first or
    passive ("Việc hỗ trợ …, do Ban X chủ trì, …"), in an e-mail's
    plain-text body and in Word;
F5. "+ Năm 2026: 50 ha;" under a task: its targets, never tasks.
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
    ruled,
    save,
)

OUT = HERE / "f36w"

COMMENT = """Set f36w (task paragraphs whose work and responsibility are
separate sentences), written before the importer was changed for it: {what}
Assumptions: the work's first sentence is the task's name (a cost sentence
is not); the body that "chủ trì" (or "thực hiện") leads, the units after
"phối hợp" are the partners, the person "phụ trách" / "theo dõi" the
official (the name measured); a month's or a quarter's last day is the
deadline, a range's first day its start; "thường xuyên" ends on the plan
year's last day; under a heading that only names an activity, the
paragraph's work is the task."""


# --- F1, F5 (.docx): a village's plan, sentences after the work ------------

VILLAGE = [
    ("1. Bê tông hóa 650 m đường ngõ xóm 3 và xóm 5, rộng 3 m. Ban phát triển thôn "
     "chủ trì, Chi hội Cựu chiến binh thôn phối hợp vận động các hộ hiến đất, góp "
     "công; đồng chí Nguyễn Văn Hải, Trưởng thôn trực tiếp phụ trách. Hoàn thành "
     "trước ngày 30/6/2026.", [],
     T("Bê tông hóa 650 m đường ngõ xóm 3 và xóm 5, rộng 3 m", "Ban phát triển thôn",
       ["Chi hội Cựu chiến binh thôn"], "2026-06-30", official="Nguyễn Văn Hải")),
    ("2. Xây dựng nhà văn hóa thôn Đồng Phú quy mô 150 chỗ ngồi. Kinh phí 180 triệu "
     "đồng, trong đó Nhân dân đóng góp 60 triệu đồng. Ban phát triển thôn chủ trì, "
     "Chi hội Nông dân thôn phối hợp, khởi công từ ngày 15/7/2026, hoàn thành trước "
     "ngày 30/10/2026.", [],
     T("Xây dựng nhà văn hóa thôn Đồng Phú quy mô 150 chỗ ngồi", "Ban phát triển thôn",
       ["Chi hội Nông dân thôn"], "2026-10-30", "2026-07-15")),
    ("3. Trồng 2 km đường hoa dọc trục chính của thôn (Chi hội Phụ nữ thôn chủ trì; "
     "Chi đoàn thanh niên thôn phối hợp; phụ trách: bà Trần Thị Lý, Chi hội trưởng; "
     "thời gian: tháng 3 - tháng 4/2026).", [],
     T("Trồng 2 km đường hoa dọc trục chính của thôn", "Chi hội Phụ nữ thôn",
       ["Chi đoàn thanh niên thôn"], "2026-04-30", "2026-03-01", "Trần Thị Lý")),
    ("4. Chuyển đổi đất lúa kém hiệu quả sang trồng rau an toàn. Tổ hợp tác sản xuất "
     "rau thôn chủ trì, Chi hội Nông dân thôn phối hợp, hoàn thành trong năm 2027:",
     ["+ Năm 2026: 5 ha;", "+ Năm 2027: thêm 7 ha."],
     T("Chuyển đổi đất lúa kém hiệu quả sang trồng rau an toàn",
       "Tổ hợp tác sản xuất rau thôn", ["Chi hội Nông dân thôn"], "2027-12-31")),
    ("5. Giữ gìn vệ sinh đường làng ngõ xóm: Tổ tự quản vệ sinh môi trường thôn thực "
     "hiện thường xuyên, ông Ngô Văn Tấn, Tổ trưởng theo dõi, nhắc nhở từng hộ.", [],
     T("Giữ gìn vệ sinh đường làng ngõ xóm", "Tổ tự quản vệ sinh môi trường thôn", [],
       "2026-12-31", official="Ngô Văn Tấn")),
]  # fmt: skip


def village_docx():
    title = "Xây dựng thôn Đồng Phú đạt chuẩn nông thôn mới kiểu mẫu năm 2026"
    doc = opening(
        ["UBND XÃ PHÚ XÁ", "BAN PHÁT TRIỂN THÔN ĐỒNG PHÚ", "Số: 02/KH-BPT"],
        "Đồng Phú, ngày 12 tháng 02 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Đến cuối năm 2026, thôn đạt đủ các tiêu chí thôn kiểu mẫu.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for paragraph, items, _ in VILLAGE:
        para(doc, paragraph, indent=1.0)
        for item in items:
            para(doc, item, indent=1.5)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Ban phát triển thôn họp mỗi tháng một lần, báo cáo UBND xã.")
    closing_beside(doc, ["- UBND xã Phú Xá (b/c);", "- Các hộ trong thôn;", "- Lưu."],
                   ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Nguyễn Văn Hải"])  # fmt: skip
    head = hdr("02", "KH-BPT", "Đồng Phú", "2026-02-12", title,
               "BAN PHÁT TRIỂN THÔN ĐỒNG PHÚ", "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN",
               "Nguyễn Văn Hải", [], 3)  # fmt: skip
    return ("f36w-thon-dong-phu-cau-sau.docx", save(doc), "a village's Word plan: "
            "numbered tasks whose work is the first sentence and who leads, helps, is "
            "in charge and when are sentences after it (a cost sentence between, "
            "'khởi công từ …, hoàn thành …', all in a bracket, '<work>: <body> thực "
            "hiện thường xuyên, ông …, Tổ trưởng theo dõi'), '+ Năm 2026: 5 ha;' "
            "under a task.", head, [row[2] for row in VILLAGE])  # fmt: skip


# --- F2, F3 (.docx): a youth union's plan, activities and a works table -----

ACTIVITIES = [
    ("1. Lễ ra quân",
     "Tổ chức Lễ ra quân Tháng Thanh niên gắn với ra quân vệ sinh môi trường tại thôn "
     "Đồng Phú vào ngày 01/3/2026. Ban Chấp hành Đoàn xã chủ trì, các chi đoàn thôn "
     "phối hợp; đồng chí Hà Văn Tùng, Phó Bí thư Đoàn xã phụ trách.",
     T("Tổ chức Lễ ra quân Tháng Thanh niên gắn với ra quân vệ sinh môi trường tại "
       "thôn Đồng Phú", "Ban Chấp hành Đoàn xã", ["các chi đoàn thôn"], "2026-03-01",
       official="Hà Văn Tùng")),
    ("3. Ngày hội hiến máu tình nguyện",
     "Tổ chức Ngày hội hiến máu tình nguyện, phấn đấu tiếp nhận 80 đơn vị máu. Đoàn "
     "Thanh niên xã chủ trì, phối hợp Trạm Y tế xã, hoàn thành trong tháng 4/2026.",
     T("Tổ chức Ngày hội hiến máu tình nguyện, phấn đấu tiếp nhận 80 đơn vị máu",
       "Đoàn Thanh niên xã", ["Trạm Y tế xã"], "2026-04-30", "2026-04-01")),
    ("4. Tiếp sức mùa thi",
     "Tổ chức đội hình tiếp sức mùa thi cho thí sinh tại điểm thi Trường THPT "
     "Phú Xá. Chi đoàn Trường THPT Phú Xá chủ trì, Hội Chữ thập đỏ xã phối hợp, "
     "thực hiện trong tháng 6/2026.",
     T("Tổ chức đội hình tiếp sức mùa thi cho thí sinh tại điểm thi Trường THPT Phú Xá",
       "Chi đoàn Trường THPT Phú Xá", ["Hội Chữ thập đỏ xã"], "2026-06-30",
       "2026-06-01")),
]  # fmt: skip

WORKS = [
    ("1", "Thắp sáng đường quê thôn Đồng Phú", "1,2 km", "45",
     "Chi đoàn thôn Đồng Phú", "30/4/2026"),
    ("2", "Sửa chữa sân chơi thiếu nhi thôn Đông", "200 m2", "30",
     "Chi đoàn thôn Đông", "31/5/2026"),
    ("3", "Trồng cây xanh tuyến đường liên thôn Tây - Nam", "500 cây", "25",
     "Chi đoàn thôn Tây", "31/3/2026"),
]  # fmt: skip


def youth_docx():
    title = "Tổ chức Tháng Thanh niên năm 2026"
    doc = opening(
        ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ PHÚ XÁ", "Số: 08-KH/ĐTN"],
        "Phú Xá, ngày 20 tháng 02 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò xung kích của đoàn viên trong xây dựng nông thôn mới.")
    para(doc, "II. NỘI DUNG HOẠT ĐỘNG", bold=True)
    heading, paragraph, _ = ACTIVITIES[0]
    para(doc, heading, bold=True)
    para(doc, paragraph, indent=1.0)
    para(doc, "2. Công trình, phần việc thanh niên", bold=True)
    para(doc, "Ban Chấp hành Đoàn xã giao các chi đoàn thực hiện các công trình sau:",
         indent=1.0)  # fmt: skip
    table = doc.add_table(rows=0, cols=6)
    ruled(table)
    rows = [("TT", "Tên công trình, phần việc", "Quy mô", "Kinh phí (triệu đồng)",
             "Đơn vị thực hiện", "Hoàn thành"), *WORKS]  # fmt: skip
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    total = table.add_row().cells
    total[0].merge(total[2])
    total[0].text = "Tổng cộng"
    total[3].text = "100"
    for heading, paragraph, _ in ACTIVITIES[1:]:
        para(doc, heading, bold=True)
        para(doc, paragraph, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các chi đoàn báo cáo kết quả về Ban Thường vụ Đoàn xã trước ngày 05/7/2026.",
    )
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các chi đoàn;", "- Lưu VP."],
                   ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "", "", "Lục Văn Toàn"])  # fmt: skip
    head = hdr("08", "KH/ĐTN", "Phú Xá", "2026-02-20", title, "BCH ĐOÀN XÃ PHÚ XÁ",
               "TM. BAN CHẤP HÀNH", "BÍ THƯ", "Lục Văn Toàn", [], 3)  # fmt: skip
    works = [T(name, unit, [], _iso(done)) for _, name, _, _, unit, done in WORKS]
    tasks = [ACTIVITIES[0][2], *works, *(row[2] for row in ACTIVITIES[1:])]
    return ("f36w-doan-xa-thang-thanh-nien.docx", save(doc), "a youth union's Word "
            "plan: short headings that only name an activity over one paragraph that "
            "states the work and who does it; a heading whose paragraph hands the "
            "works to a table (a 'Tổng cộng' row merged across).", head, tasks)  # fmt: skip


def _iso(day: str) -> str:
    d, m, y = day.split("/")
    return f"{y}-{int(m):02d}-{int(d):02d}"


# --- F4 (.txt): a Front committee's plan in an e-mail's body ----------------

FRONT = [
    ("Các Ban công tác Mặt trận thôn vận động Nhân dân hiến đất mở rộng đường giao "
     "thông nông thôn; Hội Nông dân xã phối hợp thực hiện, hoàn thành trong Quý "
     "III/2026.",
     T("Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn",
       "Các Ban công tác Mặt trận thôn", ["Hội Nông dân xã"], "2026-09-30",
       "2026-07-01")),
    ("Việc hỗ trợ xây mới 10 nhà Đại đoàn kết cho hộ nghèo, do Ban Thường trực Ủy ban "
     "MTTQ Việt Nam xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội xã, hoàn thành "
     "trước ngày 30/8/2026.",
     T("Hỗ trợ xây mới 10 nhà Đại đoàn kết cho hộ nghèo",
       "Ban Thường trực Ủy ban MTTQ Việt Nam xã", ["Phòng Văn hóa - Xã hội xã"],
       "2026-08-30")),
    ("Đoàn Thanh niên xã chủ trì phát động và duy trì phong trào thanh niên tình "
     "nguyện bảo vệ môi trường, thực hiện thường xuyên trong năm.",
     T("Phát động và duy trì phong trào thanh niên tình nguyện bảo vệ môi trường",
       "Đoàn Thanh niên xã", [], "2026-12-31")),
]  # fmt: skip


def front_txt():
    title = "Thực hiện Cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới năm 2026"
    lines = [
        "From: MTTQ xa Yen Lac <mttq.yenlac@gmail.com>",
        "To: cacbancongtac@googlegroups.com",
        "Date: Tue, 10 Mar 2026 08:15:40 +0700",
        "Subject: Ke hoach cuoc van dong nam 2026",
        "",
        "Kính gửi các đồng chí Trưởng Ban công tác Mặt trận thôn,",
        "Ban Thường trực gửi kế hoạch năm 2026, đề nghị các đồng chí triển khai.",
        "",
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ YÊN LẠC",
        "Số: 06/KH-MTTQ",
        "Yên Lạc, ngày 09 tháng 3 năm 2026",
        "",
        "KẾ HOẠCH",
        title,
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc trong xây dựng nông thôn mới.",
        "II. NỘI DUNG",
        *(row[0] for row in FRONT),
        "III. TỔ CHỨC THỰC HIỆN",
        "Các Ban công tác Mặt trận báo cáo kết quả về Ban Thường trực trước ngày 15/12/2026.",
        "",
        "Nơi nhận:",
        "- Đảng ủy xã (b/c);",
        "- Các Ban công tác Mặt trận thôn;",
        "- Lưu.",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Nông Văn Chiến",
        "",
    ]
    head = hdr("06", "KH-MTTQ", "Yên Lạc", "2026-03-09", title,
               "ỦY BAN MTTQ VIỆT NAM XÃ YÊN LẠC", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH",
               "Nông Văn Chiến", [], 3)  # fmt: skip
    return ("f36w-mttq-yen-lac-thu.txt", "\n".join(lines), "a Front committee's plan "
            "in a plain-text e-mail (mail headers, a greeting, a cover note first): "
            "paragraphs with no number under 'II. NỘI DUNG', the lead first or "
            "passive ('Việc …, do … chủ trì').", head, [row[1] for row in FRONT])  # fmt: skip


# --- F4 (.docx): a Farmers' Union's prose paragraphs ------------------------

FARMERS = [
    ("Hội Nông dân xã chủ trì xây dựng 3 mô hình kinh tế tập thể trồng cây dược liệu, "
     "phối hợp với Hợp tác xã Nông nghiệp Tân Lập, hoàn thành trong Quý II/2026.",
     T("Xây dựng 3 mô hình kinh tế tập thể trồng cây dược liệu", "Hội Nông dân xã",
       ["Hợp tác xã Nông nghiệp Tân Lập"], "2026-06-30", "2026-04-01")),
    ("Việc mở 4 lớp tập huấn kỹ thuật chăn nuôi an toàn sinh học cho hội viên, do Ban "
     "Thường vụ Hội Nông dân xã chủ trì, phối hợp với Trạm Khuyến nông huyện, hoàn "
     "thành trước ngày 31/10/2026.",
     T("Mở 4 lớp tập huấn kỹ thuật chăn nuôi an toàn sinh học cho hội viên",
       "Ban Thường vụ Hội Nông dân xã", ["Trạm Khuyến nông huyện"], "2026-10-31")),
    ("Các chi hội nông dân thôn vận động hội viên đăng ký hộ sản xuất kinh doanh giỏi "
     "các cấp; Ban Thường vụ Hội Nông dân xã phối hợp thẩm định, hoàn thành trong "
     "tháng 11/2026.",
     T("Vận động hội viên đăng ký hộ sản xuất kinh doanh giỏi các cấp",
       "Các chi hội nông dân thôn", ["Ban Thường vụ Hội Nông dân xã"], "2026-11-30",
       "2026-11-01")),
]  # fmt: skip


def farmers_docx():
    title = "Hội Nông dân tham gia xây dựng nông thôn mới năm 2026"
    doc = opening(
        ["HỘI NÔNG DÂN HUYỆN ĐỊNH HÓA", "BCH HỘI NÔNG DÂN XÃ TÂN LẬP", "Số: 11-KH/HND"],
        "Tân Lập, ngày 05 tháng 01 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Nâng cao vai trò của hội viên nông dân trong phát triển sản xuất.")
    para(doc, "II. NỘI DUNG", bold=True)
    for paragraph, _ in FARMERS:
        para(doc, paragraph, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các chi hội báo cáo kết quả về Ban Thường vụ Hội trước ngày 10/12/2026.")
    closing_under(doc, ["- Huyện Hội (b/c);", "- Đảng ủy xã;", "- Lưu."],
                  ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Ma Văn Thắng"])  # fmt: skip
    head = hdr("11", "KH/HND", "Tân Lập", "2026-01-05", title,
               "BCH HỘI NÔNG DÂN XÃ TÂN LẬP", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
               "Ma Văn Thắng", [], 3)  # fmt: skip
    return ("f36w-hoi-nong-dan-tan-lap.odt", saved_as(save(doc), "odt"), "a Farmers' "
            "Union's plan saved as .odt: paragraphs with no number under 'II. NỘI "
            "DUNG', the lead first, passive ('Việc …, do … chủ trì') or the partner "
            "after a ';'.", head, [row[1] for row in FARMERS])  # fmt: skip


def village_pdf():
    name, data, what, head, tasks = village_docx()
    return ("f36w-thon-dong-phu-ban-in.pdf", saved_as(data, "pdf"), what.replace(
        "a village's Word plan", "the village's Word plan printed to PDF"), head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (village_docx, youth_docx, front_txt, farmers_docx, village_pdf):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
