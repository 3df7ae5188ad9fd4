"""Writes set f33t's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f33t.py

Set f33t varies prose tasks whose sentence opens neither on the work nor
on its lead, written here from their description before the importer was
changed (docs/import-quality.md, f33t):

P1. The time first, then a comma: "Trong Quý II/2027, Tổ Tiêm chủng chủ
    trì, phối hợp với cộng tác viên dân số các thôn A, B rà soát …; y sĩ X
    trực tiếp theo dõi.", "Hằng tháng, Bộ phận X cân, đo …, có sự hỗ trợ
    của cô đỡ thôn bản.", "Từ tháng 4 đến tháng 5/2027, X phối hợp với A và
    B tổ chức …", "Đến hết tháng 9/2027, hoàn thành sửa chữa …; giao Bộ
    phận Z chủ trì lập dự toán …".
P2. The person first: "Ông X - Phó Trạm trưởng chỉ đạo Bộ phận Y bảo đảm
    …", "Bà X, Phó Chủ tịch UBND xã, chỉ đạo Y …", "Đồng chí X (Phó Bí thư)
    giao Y …", and "Ông X - Trưởng thôn trực tiếp tổ chức …" (no body
    named: the post leads, the person is the official).

In a commune health station's Markdown, a school's Word file, a village's
.txt and a provincial department's Word file; the officials' names of the
Jrai, Ê Đê, Mông and Khmer kept whole.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "f33t"

COMMENT = """Set f33t (prose tasks that open on their time or on a person),
written before the importer was changed for it: {what}
Assumptions: the time a sentence opens on is the task's time (a range's
first day its start), no part of its title, nor is a "hoàn thành" before
the work's verb; the body after the time, or after the person and his verb
("chỉ đạo", "giao"), leads; a person named first, or following the task
("y sĩ X trực tiếp theo dõi"), is its official (the name measured); a
person with a post who does the work himself ("Ông X - Trưởng thôn trực
tiếp tổ chức …") names no body: the post leads; "hằng tháng", "thường
xuyên" end on the plan year's last day."""


def header(*fields):
    """The header fields (number … signer), no basis, two recipients."""
    return hdr(*fields, [], 2)


def prose_text(issuer_lines, number, place_date, title, tasks, sign, md=False):
    """A plan as plain lines: the issuer, the number, the motto, the date,
    the title, then its numbered prose tasks."""
    heading = (lambda s: f"## {s}") if md else (lambda s: s)
    out = [*issuer_lines, f"Số: {number}", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "", place_date, "",
           "# KẾ HOẠCH" if md else "KẾ HOẠCH", title, "",
           heading("I. MỤC ĐÍCH, YÊU CẦU"),
           "Thực hiện đúng, đủ các nhiệm vụ đã đề ra trong năm.", "",
           heading("II. NHIỆM VỤ CỤ THỂ")]  # fmt: skip
    out += [f"{n}. {sentence}" for n, sentence in enumerate(tasks, 1)]
    out += ["", heading("III. TỔ CHỨC THỰC HIỆN"),
            "Các bộ phận báo cáo kết quả vào cuối mỗi quý.", "",
            "Nơi nhận:", "- UBND xã (b/c);", "- Lưu.", "", *sign, ""]  # fmt: skip
    return "\n".join(out)


def prose_docx(issuer_lines, place_date, title, body, recipients, signature):
    """A Word plan of numbered prose tasks: `body` is the aim's paragraph,
    the tasks, then the organisation's paragraph."""
    aim, *tasks, organisation = body
    doc = opening(issuer_lines, place_date, title)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, aim)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for n, sentence in enumerate(tasks, 1):
        para(doc, f"{n}. {sentence}")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, organisation)
    closing_beside(doc, recipients, signature)
    return doc


# --- P1, P2 (.md): a commune health station (Jrai) ----------------------------

STATION = [
    ("Trong Quý I/2027, Tổ Dân số - Kiểm soát bệnh tật chủ trì, phối hợp với nhân "
     "viên y tế các làng Ia Ly, Plei Pông, Plei Phung rà soát, cập nhật hồ sơ sức "
     "khỏe người cao tuổi; y sĩ Siu H'Bleo trực tiếp theo dõi.",
     T("Rà soát, cập nhật hồ sơ sức khỏe người cao tuổi",
       "Tổ Dân số - Kiểm soát bệnh tật",
       ["nhân viên y tế các làng Ia Ly, Plei Pông, Plei Phung"], "2027-03-31",
       official="Siu H'Bleo")),
    ("Hằng tháng, Bộ phận Dinh dưỡng cân, đo cho trẻ dưới 5 tuổi tại các làng, có sự "
     "hỗ trợ của cô đỡ thôn bản.",
     T("Cân, đo cho trẻ dưới 5 tuổi tại các làng", "Bộ phận Dinh dưỡng",
       ["cô đỡ thôn bản"], "2027-12-31")),
    ("Từ tháng 4 đến tháng 5/2027, Trạm Y tế phối hợp với Trường Tiểu học Ia Ly và "
     "Trường Mầm non Hoa Pơ Lang tổ chức khám sức khỏe cho học sinh.",
     T("Tổ chức khám sức khỏe cho học sinh", "Trạm Y tế",
       ["Trường Tiểu học Ia Ly", "Trường Mầm non Hoa Pơ Lang"], "2027-05-31",
       "2027-04-01")),
    ("Ông Rơ Châm Hyoanh - Phó Trạm trưởng chỉ đạo Bộ phận Dược - Xét nghiệm bảo đảm "
     "đủ cơ số thuốc thiết yếu tại Trạm; thực hiện thường xuyên.",
     T("Bảo đảm đủ cơ số thuốc thiết yếu tại Trạm", "Bộ phận Dược - Xét nghiệm",
       deadline="2027-12-31", official="Rơ Châm Hyoanh")),
    ("Đến hết tháng 9/2027, hoàn thành sửa chữa khu nhà lưu bệnh nhân; giao Bộ phận "
     "Hành chính - Kế toán chủ trì lập dự toán, trình UBND xã phê duyệt.",
     T("Sửa chữa khu nhà lưu bệnh nhân", "Bộ phận Hành chính - Kế toán",
       deadline="2027-09-30")),
]  # fmt: skip


def station_md():
    title = "Chăm sóc sức khỏe nhân dân xã Ia Ly năm 2027"
    text = prose_text(
        ["UBND XÃ IA LY", "**TRẠM Y TẾ**"],
        "07/KH-TYT",
        "*Ia Ly, ngày 08 tháng 01 năm 2027*",
        f"## {title}",
        [row[0] for row in STATION],
        ["**TRẠM TRƯỞNG**", "", "**Rơ Mah Thuận**"],
        md=True,
    )
    head = header("07", "KH-TYT", "Ia Ly", "2027-01-08", title, "TRẠM Y TẾ", "",
                  "TRẠM TRƯỞNG", "Rơ Mah Thuận")  # fmt: skip
    return ("f33t-tram-y-te-ia-ly.md", text, "a Jrai commune health station's "
            "Markdown whose tasks open on their time or on a person.", head,
            [row[1] for row in STATION])  # fmt: skip


# --- P1, P2 (.docx): a school (Ê Đê) ------------------------------------------

SCHOOL = [
    ("Bà Ksor H'Luân, Phó Hiệu trưởng, chỉ đạo Tổ Chuyên môn 1 tổ chức ngày hội "
     "đọc sách cho học sinh, hoàn thành trong tháng 4/2027.",
     T("Tổ chức ngày hội đọc sách cho học sinh", "Tổ Chuyên môn 1", [],
       "2027-04-30", official="Ksor H'Luân")),
    ("Trong Quý II/2027, Tổ Văn phòng chủ trì, phối hợp với Ban đại diện cha mẹ học "
     "sinh sửa chữa 02 nhà vệ sinh của trường.",
     T("Sửa chữa 02 nhà vệ sinh của trường", "Tổ Văn phòng",
       ["Ban đại diện cha mẹ học sinh"], "2027-06-30")),
    ("Đồng chí Y Bhim Niê (Bí thư Chi bộ) giao Liên đội phối hợp với Chi đoàn "
     "trường tổ chức trồng 200 cây xanh trong khuôn viên trường, hoàn thành trong "
     "tháng 3/2027.",
     T("Tổ chức trồng 200 cây xanh trong khuôn viên trường", "Liên đội",
       ["Chi đoàn trường"], "2027-03-31", official="Y Bhim Niê")),
    ("Hằng tuần, Tổ Chuyên môn 2 kiểm tra vệ sinh lớp học, có sự hỗ trợ của giáo "
     "viên chủ nhiệm.",
     T("Kiểm tra vệ sinh lớp học", "Tổ Chuyên môn 2", ["giáo viên chủ nhiệm"],
       "2027-12-31")),
]  # fmt: skip


def school_docx():
    title = "Xây dựng trường học xanh - sạch - đẹp - an toàn năm 2027"
    doc = prose_docx(
        ["PHÒNG GD&ĐT HUYỆN KRÔNG PẮC", "TRƯỜNG TIỂU HỌC EA KNUẾC", "Số: 12/KH-THEK"],
        "Ea Knuếc, ngày 15 tháng 01 năm 2027",
        title,
        ["Huy động toàn trường cùng tham gia.", *[row[0] for row in SCHOOL],
         "Các tổ báo cáo kết quả về Ban Giám hiệu."],
        ["- Phòng GD&ĐT (b/c);", "- Lưu: VT."],
        ["HIỆU TRƯỞNG", "", "", "H'Nga Byă"],
    )  # fmt: skip
    head = header("12", "KH-THEK", "Ea Knuếc", "2027-01-15", title,
                  "TRƯỜNG TIỂU HỌC EA KNUẾC", "", "HIỆU TRƯỞNG", "H'Nga Byă")  # fmt: skip
    return ("f33t-truong-tieu-hoc-ea-knuec.docx", save(doc), "an Ê Đê primary "
            "school's Word plan: a person, a time or a body first.", head,
            [row[1] for row in SCHOOL])  # fmt: skip


# --- P1, P2 (.txt): a Mông village --------------------------------------------

VILLAGE = [
    ("Ông Giàng A Chá - Trưởng thôn trực tiếp tổ chức dọn vệ sinh đường thôn vào "
     "Chủ nhật cuối tháng; thực hiện thường xuyên.",
     T("Tổ chức dọn vệ sinh đường thôn vào Chủ nhật cuối tháng", "Trưởng thôn",
       deadline="2027-12-31", official="Giàng A Chá")),
    ("Trong năm 2027, Chi hội Phụ nữ thôn phối hợp với Chi đoàn thôn vận động 30 hộ "
     "xây nhà tiêu hợp vệ sinh.",
     T("Vận động 30 hộ xây nhà tiêu hợp vệ sinh", "Chi hội Phụ nữ thôn",
       ["Chi đoàn thôn"], "2027-12-31")),
    ("Từ tháng 5 đến tháng 7/2027, Tổ tự quản đường thôn phối hợp với các hộ gia "
     "đình làm 300 m rãnh thoát nước.",
     T("Làm 300 m rãnh thoát nước", "Tổ tự quản đường thôn", ["các hộ gia đình"],
       "2027-07-31", "2027-05-01")),
    ("Bà Sùng Thị Mỷ, Chi hội trưởng Chi hội Phụ nữ, chỉ đạo Tổ phụ nữ tự quản giữ "
     "sạch nguồn nước đầu thôn, hoàn thành trong Quý III/2027.",
     T("Giữ sạch nguồn nước đầu thôn", "Tổ phụ nữ tự quản", [], "2027-09-30",
       official="Sùng Thị Mỷ")),
]  # fmt: skip


def village_txt():
    title = "Xây dựng thôn Tả Ván sáng - xanh - sạch - đẹp năm 2027"
    text = prose_text(
        ["UBND XÃ TẢ VĂN CHƯ", "BAN PHÁT TRIỂN THÔN TẢ VÁN"],
        "03/KH-BPT",
        "Tả Ván, ngày 20 tháng 01 năm 2027",
        title,
        [row[0] for row in VILLAGE],
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "Giàng A Chá"],
    )
    head = header("03", "KH-BPT", "Tả Ván", "2027-01-20", title,
                  "BAN PHÁT TRIỂN THÔN TẢ VÁN", "TM. BAN PHÁT TRIỂN THÔN",
                  "TRƯỞNG BAN", "Giàng A Chá")  # fmt: skip
    return ("f33t-thon-ta-van.txt", text, "a Mông village's .txt: its head who does "
            "the work himself, times first.", head, [row[1] for row in VILLAGE])  # fmt: skip


# --- P1, P2 (.docx): a provincial department (Khmer names) --------------------

DEPARTMENT = [
    ("Ông Thạch Sô Phol - Phó Giám đốc Sở chỉ đạo Chi cục Phát triển nông thôn hướng "
     "dẫn các xã xây dựng mô hình thôn, ấp thông minh, hoàn thành trong Quý III/2027.",
     T("Hướng dẫn các xã xây dựng mô hình thôn, ấp thông minh",
       "Chi cục Phát triển nông thôn", [], "2027-09-30", official="Thạch Sô Phol")),
    ("Trong Quý II/2027, Chi cục Thủy lợi chủ trì, phối hợp với Công ty TNHH MTV Khai "
     "thác công trình thủy lợi tỉnh kiểm tra 12 cống ngăn mặn.",
     T("Kiểm tra 12 cống ngăn mặn", "Chi cục Thủy lợi",
       ["Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh"], "2027-06-30")),
    ("Bà Sơn Thị Sa Rươne, Phó Giám đốc Sở, chỉ đạo Trung tâm Khuyến nông tổ chức 06 "
     "lớp tập huấn trồng lúa hữu cơ cho nông dân vùng đồng bào Khmer, hoàn thành "
     "trong tháng 8/2027.",
     T("Tổ chức 06 lớp tập huấn trồng lúa hữu cơ cho nông dân vùng đồng bào Khmer",
       "Trung tâm Khuyến nông", [], "2027-08-31", official="Sơn Thị Sa Rươne")),
    ("Đến hết tháng 10/2027, hoàn thành thẩm định 15 sản phẩm OCOP; giao Chi cục "
     "Chất lượng, Chế biến và Phát triển thị trường chủ trì tổ chức hội đồng.",
     T("Thẩm định 15 sản phẩm OCOP",
       "Chi cục Chất lượng, Chế biến và Phát triển thị trường", [], "2027-10-31")),
]  # fmt: skip


def department_docx():
    title = "Triển khai Chương trình MTQG xây dựng nông thôn mới năm 2027"
    doc = prose_docx(
        ["UBND TỈNH TRÀ VINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 45/KH-SNNMT"],
        "Trà Vinh, ngày 10 tháng 02 năm 2027",
        title,
        ["Tổ chức thực hiện đạt các chỉ tiêu được giao.",
         *[row[0] for row in DEPARTMENT], "Các đơn vị báo cáo kết quả về Văn phòng Sở."],
        ["- UBND tỉnh (b/c);", "- Lưu: VT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Thạch Sô Phol"],
    )  # fmt: skip
    head = header("45", "KH-SNNMT", "Trà Vinh", "2027-02-10", title,
                  "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                  "Thạch Sô Phol")  # fmt: skip
    return ("f33t-so-nong-nghiep-tra-vinh.docx", save(doc), "a provincial "
            "department's Word plan: its deputy directors first, times first.", head,
            [row[1] for row in DEPARTMENT])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (station_md, school_docx, village_txt, department_docx):
        name, data, what, head, tasks = make()
        expected.write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
