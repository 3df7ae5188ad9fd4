"""Writes round 27o's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round27o.py

Round 27o varies one family a third blind hold-out of ordinary plans
measured as failing: the person in charge of a task (its official)
written where the importer did not look, each written here from the
family's description before the importer was changed for it:

O1. a task table whose only person column is a leader's: "Lãnh đạo Sở phụ
    trách" (a department's Word plan, cells "Đ/c Trần Hồng Quân, Phó Giám
    đốc"), "Lãnh đạo phụ trách" (a commune's workbook, cells "Đ/c Nguyễn
    Hữu Tình - PCT"), "Lãnh đạo UBND xã phụ trách", "PCT phụ trách"; and
    "Lãnh đạo chỉ đạo" beside "Công chức tham mưu", where the công chức is
    the official;
O2. the official in prose, in the task's own sentence or the next one:
    "…, trước ngày 31/10/2027; giao đồng chí Lý Văn Chu, công chức Phòng
    Kinh tế theo dõi.", "… . Đồng chí Vàng Seo Pháo - Phó Chủ tịch UBND xã
    trực tiếp chỉ đạo." (verbs theo dõi, chỉ đạo, trực tiếp chỉ đạo, phụ
    trách, đôn đốc, giúp việc, tham mưu theo dõi) — and what is no
    official: "giao Phòng Kinh tế theo dõi" (a body).

The official is written as units.without_honorific has it: the name and
the post as the document writes them, the title of address ("Đ/c", "Đồng
chí", "ông", "bà") and what the person does ("trực tiếp chỉ đạo") dropped;
a post with no name ("Đồng chí Chủ tịch UBND xã chỉ đạo chung") is kept
as written, as docs/import.md says of a post alone.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_xlsx import boxed, excel_day, line, saved_by_calc  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save, task_table  # noqa: E402

OUT = HERE / "round27o"

COMMENT = """Round 27o, family O{n} (the official of a task written where the
importer did not look), written before the importer was changed for it:
{what}
Assumptions: the person is the task's official, written with the post as
the document gives it (after a dash or a comma) and without the title of
address ("Đ/c", "Đồng chí") or what they do ("trực tiếp chỉ đạo"); a
month's or quarter's deadline is its last day."""


def commune_header(name, number, date, title, signer, recipients=3):
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": name.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {name}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "recipients": recipients,
    }


def commune_start(name, number, date_line, title):
    doc = opening(
        ["ỦY BAN NHÂN DÂN", f"XÃ {name}", f"Số: {number}/KH-UBND"],
        f"{name.title()}, {date_line}",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phân công rõ người, rõ việc, rõ thời gian hoàn thành.", indent=1.0)
    return doc


def commune_close(doc, signer):
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị báo cáo kết quả về UBND xã (qua Văn phòng HĐND và "
        "UBND xã) trước ngày 20 hằng tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- UBND huyện;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", signer],
    )
    return save(doc)


def expected_rows(tasks):
    """(title, lead, partners, person as written, official, time, deadline)."""
    return [
        {"title": t[0], "lead": t[1], "coordinating": t[2], "official": t[4],
         "deadline": t[6]}
        for t in tasks
    ]  # fmt: skip


def table_rows(tasks):
    return [
        [[str(i)], [t[0]], [t[1]], [", ".join(t[2])], [t[3]], [t[5]]]
        for i, t in enumerate(tasks, 1)
    ]


# --- O1 a leader's column, the only person column ---------------------------

# (title, lead, partners, person as written, official, time, deadline)
LAO_CAI_TASKS = [
    ("Hướng dẫn các xã xây dựng vùng trồng chè hữu cơ đạt chứng nhận",
     "Chi cục Trồng trọt và Bảo vệ thực vật", ["Trung tâm Khuyến nông"],
     "Đ/c Trần Hồng Quân, Phó Giám đốc", "Trần Hồng Quân, Phó Giám đốc",
     "Quý II/2027", "2027-06-30"),
    ("Thẩm định hồ sơ công nhận xã đạt chuẩn nông thôn mới nâng cao",
     "Chi cục Phát triển nông thôn", ["Văn phòng Điều phối nông thôn mới tỉnh"],
     "Đ/c Hoàng Thị Vân, Phó Giám đốc", "Hoàng Thị Vân, Phó Giám đốc",
     "Tháng 10/2027", "2027-10-31"),
    ("Kiểm tra chất lượng nước tại 24 công trình cấp nước tập trung",
     "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", ["Chi cục Thủy lợi"],
     "Đồng chí Lù Văn Páo, Phó Giám đốc", "Lù Văn Páo, Phó Giám đốc",
     "Tháng 8/2027", "2027-08-31"),
    ("Tổng kết 5 năm thực hiện Chương trình mỗi xã một sản phẩm",
     "Văn phòng Sở", ["Chi cục Phát triển nông thôn"],
     "Đ/c Nguyễn Minh Tiến, Giám đốc Sở", "Nguyễn Minh Tiến, Giám đốc Sở",
     "Tháng 12/2027", "2027-12-31"),
]  # fmt: skip

LAO_CAI_TITLE = "Thực hiện nhiệm vụ phát triển nông nghiệp, nông thôn năm 2027"


def department_plan():
    doc = opening(
        ["UBND TỈNH LÀO CAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 215/KH-SNNMT"],
        "Lào Cai, ngày 18 tháng 01 năm 2027",
        LAO_CAI_TITLE,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phân công lãnh đạo Sở phụ trách, đơn vị chủ trì và thời gian hoàn thành "
        "từng nhiệm vụ.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Lãnh đạo Sở phụ trách", "Thời gian hoàn thành"]  # fmt: skip
    task_table(
        doc, head, table_rows(LAO_CAI_TASKS), [600, 3400, 1900, 1900, 1900, 1300]
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị thuộc Sở báo cáo kết quả về Sở (qua Văn phòng Sở) trước "
        "ngày 20 hằng tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị thuộc Sở;",
         "- Lưu: VT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hoàng Thị Vân"],
    )  # fmt: skip
    return save(doc)


# (title, lead, partner, person as written, official, (y, m, d))
NAM_TY_TASKS = [
    ("Bố trí 04 điểm tập kết rác thải tại các thôn", "Phòng Kinh tế",
     "Ban quản lý các thôn", "Đ/c Nguyễn Hữu Tình - PCT", "Nguyễn Hữu Tình - PCT",
     (2027, 5, 31)),
    ("Vận động 120 hộ chỉnh trang hàng rào, cổng ngõ", "Hội Liên hiệp Phụ nữ xã",
     "Ủy ban MTTQ Việt Nam xã", "Đ/c Thào Thị Mỷ - PCT", "Thào Thị Mỷ - PCT",
     (2027, 9, 30)),
    ("Cập nhật hồ sơ hộ nghèo trên phần mềm quản lý", "Phòng Văn hóa - Xã hội",
     "Ban quản lý các thôn", "Đ/c Nguyễn Hữu Tình - PCT", "Nguyễn Hữu Tình - PCT",
     (2027, 7, 31)),
    ("Tổ chức Ngày hội đại đoàn kết toàn dân tộc cấp xã", "Ủy ban MTTQ Việt Nam xã",
     "Đoàn Thanh niên xã", "Đ/c Giàng A Dơ - Chủ tịch UBND xã",
     "Giàng A Dơ - Chủ tịch UBND xã", (2027, 11, 18)),
]  # fmt: skip


def nam_ty_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ 2027"
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ NẬM TY", width=6, bold=True)
    line(ws, 3, "PHỤ LỤC", width=6, bold=True)
    line(ws, 4, "NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027", width=6, bold=True)
    line(ws, 5, "(Kèm theo Kế hoạch số 33/KH-UBND ngày 12/01/2027 của UBND xã Nậm Ty)",
         width=6, italic=True)  # fmt: skip
    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Lãnh đạo phụ trách", "Thời gian hoàn thành"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=6, column=c, value=text).font = Font(bold=True)
    for r, t in enumerate(NAM_TY_TASKS, 7):
        values = [r - 6, t[0], t[1], t[2], t[3], excel_day(*t[5])]
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
    boxed(ws, 6, 6 + len(NAM_TY_TASKS), 6)
    saved_by_calc(wb, path)


HONG_THAI_TASKS = [
    ("Cứng hóa 1,5 km đường trục thôn Nà Mạ", "Ban Quản lý dự án đầu tư xây dựng xã",
     ["Ban phát triển thôn Nà Mạ"], "Đ/c Ma Văn Hùng - Phó Chủ tịch UBND xã",
     "Ma Văn Hùng - Phó Chủ tịch UBND xã", "Tháng 9/2027", "2027-09-30"),
    ("Xây dựng 03 mô hình vườn mẫu kiểu mẫu", "Hội Nông dân xã", ["Phòng Kinh tế"],
     "đ/c Ma Văn Hùng – Phó Chủ tịch UBND xã", "Ma Văn Hùng – Phó Chủ tịch UBND xã",
     "Quý III/2027", "2027-09-30"),
    ("Tổ chức tuyên truyền phòng, chống bạo lực gia đình tại 09 thôn",
     "Phòng Văn hóa - Xã hội", ["Hội Liên hiệp Phụ nữ xã"],
     "Đồng chí Hà Thị Liên - Phó Chủ tịch UBND xã",
     "Hà Thị Liên - Phó Chủ tịch UBND xã", "Tháng 6/2027", "2027-06-30"),
]  # fmt: skip

HONG_THAI_TITLE = "Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2027"


def column_plan(name, number, date_line, title, person_head, tasks, signer):
    doc = commune_start(name, number, date_line, title)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
            person_head, "Thời gian hoàn thành"]  # fmt: skip
    task_table(doc, head, table_rows(tasks), [600, 3400, 1800, 1800, 2200, 1400])
    return commune_close(doc, signer)


# Two tables: "PCT phụ trách" alone, then "Lãnh đạo chỉ đạo" beside
# "Công chức tham mưu" (the công chức is the official).
QUANG_KIM_PCT_TASKS = [
    ("Chuyển đổi 15 ha đất trồng lúa kém hiệu quả sang trồng rau an toàn",
     "Phòng Kinh tế", ["Hợp tác xã Nông nghiệp Quang Kim"],
     "Đ/c Lò Văn Thắng - PCT UBND xã", "Lò Văn Thắng - PCT UBND xã",
     "Tháng 8/2027", "2027-08-31"),
    ("Cấp giấy chứng nhận quyền sử dụng đất cho 40 hộ", "Phòng Kinh tế",
     ["Ban phát triển các thôn"], "Đ/c Lò Văn Thắng - PCT UBND xã",
     "Lò Văn Thắng - PCT UBND xã", "Quý IV/2027", "2027-12-31"),
]  # fmt: skip

# (title, lead, leader as written, adviser as written, official, time, deadline)
QUANG_KIM_ADVISED_TASKS = [
    ("Duy trì 100% trẻ em trong độ tuổi được tiêm chủng đầy đủ", "Trạm Y tế xã",
     "Đ/c Vàng Thị Dua - PCT", "Đ/c Lê Thị Thu - công chức Văn hóa - Xã hội",
     "Lê Thị Thu - công chức Văn hóa - Xã hội", "Tháng 12/2027", "2027-12-31"),
    ("Tổ chức Đại hội Thể dục thể thao xã lần thứ V", "Phòng Văn hóa - Xã hội",
     "Đ/c Vàng Thị Dua - PCT", "Đ/c Phạm Văn Long - công chức Văn hóa - Xã hội",
     "Phạm Văn Long - công chức Văn hóa - Xã hội", "Tháng 5/2027", "2027-05-31"),
]  # fmt: skip

QUANG_KIM_TITLE = "Thực hiện các tiêu chí nông thôn mới kiểu mẫu năm 2027"


def two_tables_plan():
    doc = commune_start("QUANG KIM", "51", "ngày 25 tháng 01 năm 2027",
                        QUANG_KIM_TITLE)  # fmt: skip
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "1. Lĩnh vực kinh tế", bold=True)
    head = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "PCT phụ trách", "Thời gian hoàn thành"]  # fmt: skip
    task_table(doc, head, table_rows(QUANG_KIM_PCT_TASKS),
               [600, 3400, 1800, 1800, 2200, 1400])  # fmt: skip
    para(doc, "2. Lĩnh vực văn hóa - xã hội", bold=True)
    head = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Lãnh đạo chỉ đạo",
            "Công chức tham mưu", "Thời gian hoàn thành"]  # fmt: skip
    rows = [
        [[str(i)], [t[0]], [t[1]], [t[2]], [t[3]], [t[5]]]
        for i, t in enumerate(QUANG_KIM_ADVISED_TASKS, 1)
    ]
    task_table(doc, head, rows, [600, 3400, 1800, 1800, 2200, 1400])
    return commune_close(doc, "Hoàng Văn Khánh")


# --- O2 the official in prose -------------------------------------------------

# (sentence, title, lead, partners, official, deadline)
XIN_MAN_TASKS = [
    ("Giao Phòng Kinh tế chủ trì xây dựng 02 mô hình trồng chè Shan tuyết an "
     "toàn, hoàn thành trước ngày 30/4/2027. Đồng chí Vàng Seo Pháo - Phó Chủ "
     "tịch UBND xã trực tiếp chỉ đạo.",
     "Xây dựng 02 mô hình trồng chè Shan tuyết an toàn", "Phòng Kinh tế", [],
     "Vàng Seo Pháo - Phó Chủ tịch UBND xã", "2027-04-30"),
    ("Giao Ủy ban MTTQ Việt Nam xã chủ trì vận động nhân dân hiến 2.500 m² đất "
     "mở rộng đường liên thôn, hoàn thành trước ngày 30/9/2027. Giao đ/c "
     "Nguyễn Thị Hoa - Phó Chủ tịch UBMTTQ xã theo dõi.",
     "Vận động nhân dân hiến 2.500 m² đất mở rộng đường liên thôn",
     "Ủy ban MTTQ Việt Nam xã", [], "Nguyễn Thị Hoa - Phó Chủ tịch UBMTTQ xã",
     "2027-09-30"),
    ("Giao Trạm Y tế xã chủ trì khám sàng lọc bệnh không lây nhiễm cho người "
     "cao tuổi, hoàn thành trước ngày 31/8/2027; đồng chí Sần Thị Mai, công "
     "chức Văn hóa - Xã hội tham mưu theo dõi.",
     "Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi", "Trạm Y tế xã", [],
     "Sần Thị Mai, công chức Văn hóa - Xã hội", "2027-08-31"),
    # Not an official: a body follows the work.
    ("Giao Hội Nông dân xã chủ trì tập huấn kỹ thuật chăm sóc chè cho 150 hộ, "
     "hoàn thành trước ngày 30/6/2027; giao Phòng Kinh tế theo dõi.",
     "Tập huấn kỹ thuật chăm sóc chè cho 150 hộ", "Hội Nông dân xã", [], "",
     "2027-06-30"),
    # A post and no name: the post as written.
    ("Giao Công an xã chủ trì lắp đặt 06 camera an ninh tại các thôn, hoàn "
     "thành trước ngày 31/7/2027. Đồng chí Chủ tịch UBND xã chỉ đạo chung.",
     "Lắp đặt 06 camera an ninh tại các thôn", "Công an xã", [],
     "Chủ tịch UBND xã", "2027-07-31"),
]  # fmt: skip

XIN_MAN_TITLE = (
    "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027"
)


def prose_plan():
    doc = commune_start("XÍN MẦN", "72", "ngày 03 tháng 02 năm 2027", XIN_MAN_TITLE)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for i, task in enumerate(XIN_MAN_TASKS, 1):
        para(doc, f"{i}. {task[0]}", indent=1.0)
    return commune_close(doc, "Thèn Văn Chư")


# (unit, [(bullet, title, partners, official, deadline)])
TA_VAN_UNITS = [
    ("Phòng Kinh tế", [
        ("Hướng dẫn 08 hộ, cơ sở chế biến chè đăng ký cấp Giấy chứng nhận cơ sở "
         "đủ điều kiện an toàn thực phẩm, trước ngày 31/10/2027; giao đồng chí Lý "
         "Văn Chu, công chức Phòng Kinh tế theo dõi.",
         "Hướng dẫn 08 hộ, cơ sở chế biến chè đăng ký cấp Giấy chứng nhận cơ sở "
         "đủ điều kiện an toàn thực phẩm", [], "Lý Văn Chu, công chức Phòng Kinh tế",
         "2027-10-31"),
        ("Chủ trì, phối hợp Hợp tác xã Tả Van trồng mới 10 ha quế, hoàn thành "
         "trong quý III/2027; đồng chí Giàng Seo Dình - Phó Chủ tịch UBND xã "
         "phụ trách.",
         "Trồng mới 10 ha quế", ["Hợp tác xã Tả Van"],
         "Giàng Seo Dình - Phó Chủ tịch UBND xã", "2027-09-30"),
    ]),
    ("Phòng Văn hóa - Xã hội", [
        ("Tổ chức Liên hoan văn nghệ các dân tộc xã Tả Van trong tháng 8/2027. "
         "Đồng chí Lồ Thị Sa, công chức Văn hóa - Xã hội giúp việc.",
         "Tổ chức Liên hoan văn nghệ các dân tộc xã Tả Van", [],
         "Lồ Thị Sa, công chức Văn hóa - Xã hội", "2027-08-31"),
        ("Rà soát hộ nghèo, hộ cận nghèo giữa kỳ, hoàn thành trước ngày "
         "30/9/2027; Văn phòng HĐND và UBND xã theo dõi, đôn đốc.",
         "Rà soát hộ nghèo, hộ cận nghèo giữa kỳ", [], "", "2027-09-30"),
    ]),
    ("Đoàn Thanh niên xã", [
        ("Ra quân làm vệ sinh môi trường các tuyến đường liên thôn, hoàn thành "
         "trước ngày 30/6/2027; giao đ/c Vù Thị Dợ, Bí thư Đoàn xã đôn đốc.",
         "Ra quân làm vệ sinh môi trường các tuyến đường liên thôn", [],
         "Vù Thị Dợ, Bí thư Đoàn xã", "2027-06-30"),
    ]),
]  # fmt: skip

TA_VAN_TITLE = "Nâng cao chất lượng các tiêu chí nông thôn mới năm 2027"


def ta_van_txt() -> str:
    lines = [
        "ỦY BAN NHÂN DÂN",
        "XÃ TẢ VAN",
        "Số: 88/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tả Van, ngày 09 tháng 02 năm 2027",
        "",
        "KẾ HOẠCH",
        TA_VAN_TITLE,
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Giữ vững 19/19 tiêu chí xã nông thôn mới; phân công rõ người theo dõi "
        "từng việc.",
        "",
        "II. NỘI DUNG",
        "Nhiệm vụ cụ thể của từng đơn vị tại phần III.",
        "",
        "III. TỔ CHỨC THỰC HIỆN",
    ]
    for n, (unit, bullets) in enumerate(TA_VAN_UNITS, 1):
        lines.append(f"{n}. {unit}")
        lines += [f"- {b[0]}" for b in bullets]
    lines += [
        "",
        "Nơi nhận:",
        "- UBND huyện (b/c);",
        "- TT Đảng ủy, HĐND xã;",
        "- Như mục III;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "",
        "Sùng A Lử",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r27o-so-nnmt-lao-cai-lanh-dao-so-phu-trach.docx",
        department_plan(),
        COMMENT.format(
            n=1,
            what="a department's Word plan, its task table's only person column "
            '"Lãnh đạo Sở phụ trách" with cells "Đ/c Name, Phó Giám đốc".',
        ),
        {
            "number": "215",
            "symbol": "KH-SNNMT",
            "place": "Lào Cai",
            "date": "2027-01-18",
            "title": LAO_CAI_TITLE,
            "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "authority": "KT. GIÁM ĐỐC",
            "signer_title": "PHÓ GIÁM ĐỐC",
            "signer": "Hoàng Thị Vân",
            "recipients": 4,
        },
        expected_rows(LAO_CAI_TASKS),
    )
    path = OUT / "r27o-xa-nam-ty-lanh-dao-phu-trach.xlsx"
    nam_ty_xlsx(path)
    write(
        OUT,
        path.name,
        path.read_bytes(),
        COMMENT.format(
            n=1,
            what="a commune's appendix workbook, its only person column "
            '"Lãnh đạo phụ trách" with cells "Đ/c Name - PCT".',
        ),
        {
            "number": "33",
            "symbol": "KH-UBND",
            "date": "2027-01-12",
            "title": "NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ NẬM TY",
        },
        [
            {
                "title": t[0],
                "lead": t[1],
                "coordinating": [t[2]],
                "official": t[4],
                "deadline": "{:04d}-{:02d}-{:02d}".format(*t[5]),
            }
            for t in NAM_TY_TASKS
        ],  # fmt: skip
    )
    write(
        OUT,
        "r27o-xa-hong-thai-lanh-dao-ubnd-xa-phu-trach.docx",
        column_plan(
            "HỒNG THÁI",
            "46",
            "ngày 20 tháng 01 năm 2027",
            HONG_THAI_TITLE,
            "Lãnh đạo UBND xã phụ trách",
            HONG_THAI_TASKS,
            "Nông Văn Tài",
        ),  # fmt: skip
        COMMENT.format(
            n=1,
            what="a commune's Word plan, its only person column \"Lãnh đạo UBND "
            'xã phụ trách" with cells "Đ/c Name - Phó Chủ tịch UBND xã".',
        ),
        commune_header(
            "HỒNG THÁI", "46", "2027-01-20", HONG_THAI_TITLE, "Nông Văn Tài"
        ),
        expected_rows(HONG_THAI_TASKS),
    )
    write(
        OUT,
        "r27o-xa-quang-kim-pct-phu-trach.docx",
        two_tables_plan(),
        COMMENT.format(
            n=1,
            what="a commune's Word plan of two tables: one whose only person "
            'column is "PCT phụ trách", one with "Lãnh đạo chỉ đạo" beside '
            '"Công chức tham mưu" (there the công chức is the official).',
        ),
        commune_header(
            "QUANG KIM", "51", "2027-01-25", QUANG_KIM_TITLE, "Hoàng Văn Khánh"
        ),  # fmt: skip
        expected_rows(QUANG_KIM_PCT_TASKS)
        + [
            {"title": t[0], "lead": t[1], "official": t[4], "deadline": t[6]}
            for t in QUANG_KIM_ADVISED_TASKS
        ],
    )
    write(
        OUT,
        "r27o-xa-xin-man-dong-chi-chi-dao.docx",
        prose_plan(),
        COMMENT.format(
            n=2,
            what="a commune's Word plan of numbered one-sentence tasks (\"Giao X "
            'chủ trì …, hoàn thành trước …"), then a sentence or a clause naming '
            'who directs or follows it ("Đồng chí Name - post trực tiếp chỉ '
            'đạo.", "Giao đ/c Name - post theo dõi.", "; đồng chí Name, post '
            'tham mưu theo dõi."); "giao Phòng Kinh tế theo dõi" names a body, '
            'no official; "Đồng chí Chủ tịch UBND xã chỉ đạo chung" a post.',
        ),
        commune_header("XÍN MẦN", "72", "2027-02-03", XIN_MAN_TITLE, "Thèn Văn Chư"),
        [
            {
                "title": t[1],
                "lead": t[2],
                "coordinating": t[3],
                "official": t[4],
                "deadline": t[5],
            }
            for t in XIN_MAN_TASKS
        ],  # fmt: skip
    )
    write(
        OUT,
        "r27o-xa-ta-van-giao-dong-chi-theo-doi.txt",
        ta_van_txt(),
        COMMENT.format(
            n=2,
            what="a commune's plain-text plan, work handed out under \"III. TỔ "
            'CHỨC THỰC HIỆN" unit by unit ("1. Phòng Kinh tế" / "- …"), each '
            'bullet ending on who follows it ("; giao đồng chí Name, post theo '
            'dõi.", "; đồng chí Name - post phụ trách.", ". Đồng chí Name, post '
            'giúp việc.", "; giao đ/c Name, post đôn đốc."); "; Văn phòng HĐND '
            'và UBND xã theo dõi, đôn đốc." names a body, no official.',
        ),
        commune_header("TẢ VAN", "88", "2027-02-09", TA_VAN_TITLE, "Sùng A Lử", 4),
        [
            {
                "title": b[1],
                "lead": unit,
                "coordinating": b[2],
                "official": b[3],
                "deadline": b[4],
            }
            for unit, bullets in TA_VAN_UNITS
            for b in bullets
        ],  # fmt: skip
    )


if __name__ == "__main__":
    main()
