"""Writes round 28a's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round28a.py

Round 28a varies the family a blind hold-out (round 28) measured as failing,
written here from its description before the importer was changed for it:
ordinary plans whose top sections are numbered with Arabic numerals ("1.
Mục tiêu", "2. Phân công công việc" / "2. Danh mục nhiệm vụ", "3. Kinh
phí", "3. Tổ chức thực hiện"), no Roman level above them, over a task table
or over prose tasks; beside them, a plan whose Roman sections hold "1. …"
tasks (still tasks, never sections) and a "CHỈ TIÊU CHỦ YẾU" section of "-"
target lines.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save, task_table  # noqa: E402

OUT = HERE / "round28a"

# --- a village board's .doc: "2. Phân công công việc" over a task table ------

# (work, part, person, time, expected deadline)
VILLAGE_ROWS = [
    ("Phát quang bụi rậm, khơi thông cống rãnh hai bên đường trục thôn",
     "Chi hội Nông dân thôn", "Lò Văn Minh", "Tháng 3/2027", "2027-03-31"),
    ("Trồng 300 cây hoa ban dọc tuyến đường vào khu dân cư",
     "Chi đoàn Thanh niên thôn", "Lường Văn Tiến", "Tháng 4/2027", "2027-04-30"),
    ("Vận động 45 hộ làm hố rác và phân loại rác tại nguồn",
     "Chi hội Phụ nữ thôn", "Quàng Thị Xuân", "Quý II/2027", "2027-06-30"),
    ("Sửa chữa mái nhà văn hóa thôn",
     "Tổ tự quản thôn", "Cầm Văn Hặc", "Tháng 8/2027", "2027-08-31"),
    ("Tổng hợp kết quả, báo cáo Ban chỉ đạo xã",
     "Ban phát triển thôn", "Lò Văn Minh", "Tháng 11/2027", "2027-11-30"),
]  # fmt: skip


def village_plan():
    doc = opening(
        ["UBND XÃ MƯỜNG PHĂNG", "BAN PHÁT TRIỂN THÔN BẢN KHỚ", "Số: 03/KH-BPT"],
        "Bản Khớ, ngày 10 tháng 02 năm 2027",
        VILLAGE_TITLE,
    )
    a4(doc)
    para(doc, "1. Mục tiêu", bold=True)
    para(
        doc,
        "Huy động nhân dân trong thôn chung tay chỉnh trang đường làng, ngõ xóm, "
        "giữ gìn cảnh quan xanh, sạch, đẹp.",
        indent=1.0,
    )
    para(doc, "2. Phân công công việc", bold=True)
    task_table(
        doc,
        ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Người phụ trách", "Thời gian"],
        [[[str(i)], [work], [part], [person], [time]]
         for i, (work, part, person, time, _) in enumerate(VILLAGE_ROWS, 1)],
        [1.0, 6.0, 3.5, 2.8, 2.7],
        bold_titles=False,
    )  # fmt: skip
    para(doc, "3. Kinh phí", bold=True)
    para(
        doc,
        "Nhân dân đóng góp ngày công; quỹ thôn hỗ trợ cây giống và vật liệu.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy, UBND xã (b/c);", "- Các hộ gia đình trong thôn;", "- Lưu."],
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Lò Văn Minh"],
    )
    return save(doc)


VILLAGE_TITLE = "Chỉnh trang đường làng, ngõ xóm thôn Bản Khớ năm 2027"

VILLAGE_COMMENT = """Round 28a, a village board's Word plan saved as .doc whose top sections
are "1. Mục tiêu", "2. Phân công công việc", "3. Kinh phí" (Arabic, no Roman
level above), the task table under "2.", written before the importer was
changed for it.
Assumptions: each row is a task; "Bộ phận thực hiện" leads, "Người phụ
trách" is the official, "Thời gian" the deadline (the month's or quarter's
last day)."""


# --- a commune's landscape PDF: "2. Danh mục nhiệm vụ" with a total row ------

# (task, amount, cost, lead, partners, time, expected deadline)
COMMUNE_ROWS = [
    ("Bê tông hóa đường trục thôn Nà Hẩu", "2,5 km", "3,2", "Phòng Kinh tế",
     ["Ban phát triển thôn Nà Hẩu"], "Quý II/2027", "2027-06-30"),
    ("Xây dựng nhà văn hóa thôn Khuổi Luông", "01 công trình", "1,8",
     "Ban Quản lý dự án xã", ["Phòng Văn hóa - Xã hội"], "Quý III/2027",
     "2027-09-30"),
    ("Cải tạo hệ thống kênh mương nội đồng", "4 km", "2,1", "Phòng Kinh tế",
     ["Hội Nông dân xã", "Hợp tác xã Nông nghiệp Tân Lập"], "Tháng 10/2027",
     "2027-10-31"),
    ("Lắp đặt 120 bóng đèn chiếu sáng đường liên thôn", "120 bóng", "0,6",
     "Đoàn Thanh niên xã", ["Phòng Kinh tế"], "Tháng 9/2027", "2027-09-30"),
]  # fmt: skip


def commune_plan():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 41/KH-UBND"],
        "Tân Lập, ngày 20 tháng 01 năm 2027",
        COMMUNE_TITLE,
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(doc, "1. Mục đích, yêu cầu", bold=True)
    para(
        doc,
        "Hoàn thành các công trình hạ tầng thiết yếu, nâng cao chất lượng tiêu chí "
        "giao thông, thủy lợi và cơ sở vật chất văn hóa.",
        indent=1.0,
    )
    para(doc, "2. Danh mục nhiệm vụ", bold=True)
    rows = [
        [[str(i)], [task], [amount], [cost], [lead], [", ".join(partners)], [time]]
        for i, (task, amount, cost, lead, partners, time, _) in enumerate(
            COMMUNE_ROWS, 1
        )
    ]
    total = sum(float(r[2].replace(",", ".")) for r in COMMUNE_ROWS)
    rows.append([[""], ["Tổng cộng"], [""], [f"{total:.1f}".replace(".", ",")],
                 [""], [""], [""]])  # fmt: skip
    task_table(
        doc,
        ["STT", "Nhiệm vụ", "Khối lượng", "Kinh phí (tỷ đồng)", "Đơn vị chủ trì",
         "Đơn vị phối hợp", "Thời gian thực hiện"],
        rows,
        [1.2, 7.0, 2.6, 2.4, 4.0, 5.0, 3.4],
        bold_titles=False,
    )  # fmt: skip
    para(doc, "3. Tổ chức thực hiện", bold=True)
    para(
        doc,
        "Các phòng, ban, đơn vị được giao nhiệm vụ chủ động triển khai; định kỳ báo "
        "cáo kết quả về UBND xã trước ngày 25 hằng tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các phòng, ban xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Quyết"],
    )
    return save(doc)


COMMUNE_TITLE = "Đầu tư xây dựng kết cấu hạ tầng nông thôn mới năm 2027"

COMMUNE_COMMENT = """Round 28a, a commune's Word plan in landscape printed to PDF by
LibreOffice: "1. Mục đích, yêu cầu", "2. Danh mục nhiệm vụ" over a table
(STT | Nhiệm vụ | Khối lượng | Kinh phí (tỷ đồng) | Đơn vị chủ trì | Đơn vị
phối hợp | Thời gian thực hiện) with a "Tổng cộng" row, "3. Tổ chức thực
hiện", written before the importer was changed for it.
Assumptions: each row but the total is a task; "Đơn vị chủ trì" leads, the
partners are split at commas, the time is the deadline."""


# --- a commune's Word plan: Arabic sections over prose tasks ------------------

# (line, expected fields)
PROSE = [
    ("a) Tuyên truyền, vận động 100% hộ gia đình ký cam kết giữ gìn vệ sinh môi "
     "trường (Chủ trì: Hội Liên hiệp Phụ nữ xã; phối hợp: Ban công tác Mặt trận "
     "các thôn; thời gian: Quý I/2027).",
     {"title": "Tuyên truyền, vận động 100% hộ gia đình ký cam kết giữ gìn vệ sinh "
               "môi trường",
      "lead": "Hội Liên hiệp Phụ nữ xã",
      "coordinating": ["Ban công tác Mặt trận các thôn"], "deadline": "2027-03-31"}),
    ("b) Xây dựng 02 mô hình thu gom, xử lý rác thải hữu cơ tại hộ gia đình (Chủ "
     "trì: Hội Nông dân xã; thời gian: tháng 6/2027).",
     {"title": "Xây dựng 02 mô hình thu gom, xử lý rác thải hữu cơ tại hộ gia đình",
      "lead": "Hội Nông dân xã", "deadline": "2027-06-30"}),
    ("c) Tổ chức ra quân tổng vệ sinh môi trường vào ngày chủ nhật cuối tháng "
     "(Chủ trì: Đoàn Thanh niên xã; phối hợp: Hội Cựu chiến binh xã; thời gian: "
     "tháng 12/2027).",
     {"title": "Tổ chức ra quân tổng vệ sinh môi trường vào ngày chủ nhật cuối "
               "tháng",
      "lead": "Đoàn Thanh niên xã", "coordinating": ["Hội Cựu chiến binh xã"],
      "deadline": "2027-12-31"}),
]  # fmt: skip


def prose_plan():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HƯNG ĐẠO", "Số: 27/KH-UBND"],
        "Hưng Đạo, ngày 14 tháng 01 năm 2027",
        PROSE_TITLE,
    )
    a4(doc)
    para(doc, "1. Mục tiêu", bold=True)
    para(doc, "Giữ vững tiêu chí số 17 về môi trường và an toàn thực phẩm.", indent=1.0)
    para(doc, "2. Nhiệm vụ và giải pháp", bold=True)
    for line, _ in PROSE:
        para(doc, line, indent=1.0)
    para(doc, "3. Kinh phí", bold=True)
    para(doc, "Từ nguồn ngân sách xã năm 2027 và xã hội hóa.", indent=1.0)
    para(doc, "4. Tổ chức thực hiện", bold=True)
    para(
        doc,
        "Giao Phòng Kinh tế theo dõi, đôn đốc và tổng hợp kết quả thực hiện.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các đoàn thể xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "", "", "Đinh Thị Hường"],
    )
    return save(doc)


PROSE_TITLE = "Bảo vệ môi trường nông thôn năm 2027"

PROSE_COMMENT = """Round 28a, a commune's Word plan whose top sections are "1. Mục tiêu",
"2. Nhiệm vụ và giải pháp", "3. Kinh phí", "4. Tổ chức thực hiện" (Arabic,
no Roman level above), the tasks under "2." in a) b) c) prose lines with
their who/when bracket, written before the importer was changed for it.
Assumptions: each lettered line is a task; the bracket's "Chủ trì" leads,
"phối hợp" are the partners, "thời gian" the deadline."""


# --- a commune's .txt: Roman sections, "1." tasks, "CHỈ TIÊU CHỦ YẾU" --------

ROMAN_TASKS = [
    ("1. Phòng Kinh tế hướng dẫn 3 hợp tác xã xây dựng phương án sản xuất "
     "lúa chất lượng cao; hoàn thành trước ngày 30/4/2027.",
     {"title": "Hướng dẫn 3 hợp tác xã xây dựng phương án sản xuất lúa chất lượng "
               "cao",
      "lead": "Phòng Kinh tế", "deadline": "2027-04-30"}),
    ("2. Trạm Y tế xã tổ chức khám sàng lọc bệnh không lây nhiễm cho người cao "
     "tuổi; thời gian: Quý III/2027.",
     {"title": "Tổ chức khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
      "lead": "Trạm Y tế xã", "deadline": "2027-09-30"}),
    ("3. Mục tiêu giảm nghèo: rà soát, hỗ trợ 12 hộ nghèo cải thiện nhà ở (Chủ "
     "trì: Phòng Văn hóa - Xã hội; hoàn thành trước ngày 31/10/2027).",
     {"title": "Mục tiêu giảm nghèo: rà soát, hỗ trợ 12 hộ nghèo cải thiện nhà ở",
      "lead": "Phòng Văn hóa - Xã hội", "deadline": "2027-10-31"}),
]  # fmt: skip


def roman_text():
    return "\n".join([
        "ỦY BAN NHÂN DÂN",
        "XÃ YÊN THỊNH",
        "Số: 09/KH-UBND",
        "Yên Thịnh, ngày 06 tháng 01 năm 2027",
        "KẾ HOẠCH",
        ROMAN_TITLE,
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Duy trì và nâng cao chất lượng các tiêu chí xã nông thôn mới nâng cao.",
        "II. CHỈ TIÊU CHỦ YẾU",
        "- Tỷ lệ hộ dân sử dụng nước sạch đạt 95%.",
        "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%.",
        "- Thu nhập bình quân đầu người đạt 62 triệu đồng.",
        "III. NHIỆM VỤ CỤ THỂ",
        *(line for line, _ in ROMAN_TASKS),
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kinh tế là cơ quan thường trực, tổng hợp kết quả báo cáo UBND xã.",
        "2. Các phòng, ban, đoàn thể xã chủ động triển khai nhiệm vụ được giao.",
        "Nơi nhận:",
        "- Đảng ủy xã;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Vũ Đình Toản",
        "",
    ])  # fmt: skip


ROMAN_TITLE = "Thực hiện các chỉ tiêu nông thôn mới nâng cao năm 2027"

ROMAN_COMMENT = """Round 28a, a commune's plan pasted into a .txt whose Roman sections
hold "1. …" tasks (one opening "Mục tiêu giảm nghèo:" before its work and
its who/when bracket, still a task) and
"II. CHỈ TIÊU CHỦ YẾU" over "-" lines of targets, written before the importer
was changed for it.
Assumptions: the "1." lines under "III. NHIỆM VỤ CỤ THỂ" are tasks, the
body before the verb of work leads, the time clause is the deadline; the
"-" lines under "CHỈ TIÊU CHỦ YẾU" are targets, no task; the duties under
"IV. TỔ CHỨC THỰC HIỆN" are no task."""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r28a-thon-ban-khop-phan-cong.doc",
        saved_as(village_plan(), "doc"),
        VILLAGE_COMMENT,
        {
            "number": "03",
            "symbol": "KH-BPT",
            "place": "Bản Khớ",
            "date": "2027-02-10",
            "title": VILLAGE_TITLE,
            "issuer": "BAN PHÁT TRIỂN THÔN BẢN KHỚ",
            "authority": "TM. BAN PHÁT TRIỂN THÔN",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Lò Văn Minh",
            "recipients": 3,
        },
        [{"title": work, "lead": part, "official": person, "deadline": day}
         for work, part, person, _, day in VILLAGE_ROWS],
    )  # fmt: skip
    write(
        OUT,
        "r28a-xa-tan-lap-danh-muc.pdf",
        saved_as(commune_plan(), "pdf"),
        COMMUNE_COMMENT,
        commune_header("Tân Lập", "41", "2027-01-20", COMMUNE_TITLE,
                       "Hoàng Văn Quyết", 3),
        [{"title": task, "lead": lead, "coordinating": partners, "deadline": day}
         for task, _, _, lead, partners, _, day in COMMUNE_ROWS],
    )  # fmt: skip
    write(
        OUT,
        "r28a-xa-hung-dao-van-xuoi.docx",
        prose_plan(),
        PROSE_COMMENT,
        commune_header("Hưng Đạo", "27", "2027-01-14", PROSE_TITLE, "Đinh Thị Hường",
                       3, "PHÓ CHỦ TỊCH"),
        [fields for _, fields in PROSE],
    )  # fmt: skip
    write(
        OUT,
        "r28a-xa-yen-thinh-chi-tieu.txt",
        roman_text(),
        ROMAN_COMMENT,
        commune_header("Yên Thịnh", "09", "2027-01-06", ROMAN_TITLE, "Vũ Đình Toản", 2),
        [fields for _, fields in ROMAN_TASKS],
    )


if __name__ == "__main__":
    main()
