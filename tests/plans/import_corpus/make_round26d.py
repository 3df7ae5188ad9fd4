"""Writes round 26d's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round26d.py

Round 26d varies one family a second blind hold-out of ordinary plans
measured as failing (officials recall 22.9 %): the person who follows a
task written where the importer did not look for them, each written here
from the family's description before the importer was changed for it:

D1. a table column headed "Đồng chí phụ trách", "Thành viên BCĐ phụ
    trách", "Lãnh đạo phụ trách", "Người phụ trách" or "Cán bộ phụ trách"
    whose cells read "Đ/c Nguyễn Văn A - Phó Chủ tịch UBND xã" (a Word
    plan and a workbook);
D2. the person in brackets on a second line of the lead's cell ("Ban phát
    triển thôn Đông" / "(ông Phạm Văn Cường - Trưởng thôn)") (a Word plan);
D3. a who-bracket at a task line's end, "(Chủ trì: X, công chức phụ trách:
    Name; phối hợp: A, B; thời gian: …)", and a labelled line "- Người theo
    dõi: ông Name, công chức Địa chính - Xây dựng" (a Word plan).

The official is written as tidyA's one rule for every path has it
(units.without_honorific): the name and the post as the document writes
them, the title of address ("Đ/c", "Đồng chí", "ông", "bà") dropped.
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

OUT = HERE / "round26d"


def commune_header(name, number, date, title, signer):
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
        "recipients": 3,
    }


def start(name, number, date_line, title):
    doc = opening(
        ["ỦY BAN NHÂN DÂN", f"XÃ {name}", f"Số: {number}/KH-UBND"],
        f"{name.title()}, {date_line}",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phân công rõ người, rõ việc, rõ thời gian hoàn thành.", indent=1.0)
    return doc


def close(doc, signer):
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị báo cáo kết quả về UBND xã (qua Văn phòng HĐND và "
        "UBND xã) trước ngày 20 hằng tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", signer],
    )
    return save(doc)


# --- D1 the official's column ----------------------------------------------

# (title, lead, partners, person as written, official, time, deadline)
PHU_MY_TASKS = [
    ("Rà soát, đánh giá thực trạng các tiêu chí xã nông thôn mới nâng cao",
     "Phòng Kinh tế", ["Ban phát triển các thôn"],
     "Đ/c Nguyễn Văn Tâm - Phó Chủ tịch UBND xã", "Nguyễn Văn Tâm - Phó Chủ tịch UBND xã",
     "Tháng 3/2027", "2027-03-31"),
    ("Thành lập đội thanh niên tình nguyện bảo vệ môi trường",
     "Đoàn Thanh niên xã", ["Hội Liên hiệp Phụ nữ xã"],
     "Đ/c Trần Thị Bích - Bí thư Đoàn xã", "Trần Thị Bích - Bí thư Đoàn xã",
     "Quý II/2027", "2027-06-30"),
    ("Nâng cấp 1,2 km đường trục thôn Phú Hòa",
     "Ban Quản lý dự án đầu tư xây dựng xã", ["Ban phát triển thôn Phú Hòa"],
     "đ/c Lê Minh Đức – Chủ tịch UBND xã", "Lê Minh Đức – Chủ tịch UBND xã",
     "Tháng 10/2027", "2027-10-31"),
    ("Tổ chức tập huấn kỹ thuật chăn nuôi an toàn sinh học cho 120 hộ",
     "Hội Nông dân xã", ["Phòng Kinh tế"],
     "Đồng chí Phạm Quốc Huy - Chủ tịch Hội Nông dân xã", "Phạm Quốc Huy - Chủ tịch Hội Nông dân xã",
     "Tháng 8/2027", "2027-08-31"),
]  # fmt: skip


def column_plan(name, number, date_line, title, official_head, tasks, signer):
    doc = start(name, number, date_line, title)
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
            official_head, "Thời gian hoàn thành"]  # fmt: skip
    rows = [
        [[str(i)], [t[0]], [t[1]], [", ".join(t[2])], [t[3]], [t[5]]]
        for i, t in enumerate(tasks, 1)
    ]
    task_table(doc, head, rows, [600, 3400, 1800, 1800, 2200, 1400])
    return close(doc, signer)


# (title, lead, partners, person as written, official, (y, m, d))
DONG_XA_TASKS = [
    ("Duy trì 100% tuyến đường trục xã có đèn chiếu sáng", "Phòng Kinh tế",
     "Ban phát triển các thôn", "Đ/c Hoàng Văn Sơn - Phó Chủ tịch UBND xã",
     "Hoàng Văn Sơn - Phó Chủ tịch UBND xã", (2027, 6, 30)),
    ("Xây dựng 02 tuyến đường hoa kiểu mẫu tại thôn Đông và thôn Tây",
     "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã",
     "Đ/c Vũ Thị Lan - Chủ tịch Hội LHPN xã", "Vũ Thị Lan - Chủ tịch Hội LHPN xã", (2027, 9, 30)),
    ("Tổ chức Ngày hội thanh niên khởi nghiệp năm 2027", "Đoàn Thanh niên xã",
     "Phòng Văn hóa - Xã hội", "Đ/c Ngô Thị Hằng - Bí thư Chi đoàn thôn Đông",
     "Ngô Thị Hằng - Bí thư Chi đoàn thôn Đông", (2027, 4, 30)),
    ("Cập nhật cơ sở dữ liệu đất đai trên phần mềm quản lý", "Phòng Kinh tế",
     "Văn phòng HĐND và UBND xã", "Đ/c Đinh Công Thành - Phó Chủ tịch UBND xã",
     "Đinh Công Thành - Phó Chủ tịch UBND xã", (2027, 11, 30)),
]  # fmt: skip


def dong_xa_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Phân công"
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ ĐÔNG XÁ", width=6, bold=True)
    line(ws, 3, "PHỤ LỤC", width=6, bold=True)
    line(ws, 4, "PHÂN CÔNG THÀNH VIÊN BAN CHỈ ĐẠO PHỤ TRÁCH NHIỆM VỤ NĂM 2027",
         width=6, bold=True)  # fmt: skip
    line(ws, 5, "(Kèm theo Kế hoạch số 27/KH-UBND ngày 15/01/2027 của UBND xã Đông Xá)",
         width=6, italic=True)  # fmt: skip
    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thành viên BCĐ phụ trách", "Thời gian hoàn thành"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=6, column=c, value=text).font = Font(bold=True)
    for r, t in enumerate(DONG_XA_TASKS, 7):
        values = [r - 6, t[0], t[1], t[2], t[3], excel_day(*t[5])]
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
    boxed(ws, 6, 6 + len(DONG_XA_TASKS), 6)
    saved_by_calc(wb, path)


# --- D2 the person in brackets under the lead -------------------------------

# (title, lead, person line, official, partners, time, deadline)
BAC_SON_TASKS = [
    ("Vận động nhân dân hiến đất mở rộng đường ngõ xóm thôn Đông",
     "Ban phát triển thôn Đông", "(ông Phạm Văn Cường - Trưởng thôn)",
     "Phạm Văn Cường - Trưởng thôn", ["Ủy ban MTTQ Việt Nam xã"], "Quý II/2027", "2027-06-30"),
    ("Xây dựng mô hình khu dân cư kiểu mẫu thôn Bắc", "Ban phát triển thôn Bắc",
     "(bà Lý Thị Nga - Trưởng thôn)", "Lý Thị Nga - Trưởng thôn",
     ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"], "Tháng 9/2027",
     "2027-09-30"),
    ("Chỉnh trang nghĩa trang nhân dân xã", "Phòng Kinh tế",
     "(đ/c Tạ Quang Vinh - công chức Địa chính - Xây dựng)", "Tạ Quang Vinh - công chức Địa chính - Xây dựng",
     ["Ban phát triển các thôn"], "Tháng 12/2027", "2027-12-31"),
]  # fmt: skip


def bracket_lead_plan():
    doc = start("BẮC SƠN", "64", "ngày 08 tháng 02 năm 2027",
                BAC_SON_TITLE)  # fmt: skip
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian thực hiện"]  # fmt: skip
    rows = [
        [[str(i)], [t[0]], [t[1], t[2]], [", ".join(t[4])], [t[5]]]
        for i, t in enumerate(BAC_SON_TASKS, 1)
    ]
    task_table(doc, head, rows, [600, 3800, 2400, 2200, 1400])
    return close(doc, "Hà Văn Quý")


BAC_SON_TITLE = "Xây dựng khu dân cư nông thôn mới kiểu mẫu năm 2027"


# --- D3 the official inside a who-bracket, or after "Người theo dõi" --------

# (title, text after the title, official, lead, partners, deadline)
LAM_HA_TASKS = [
    ("Số hóa hồ sơ thủ tục hành chính tại Bộ phận một cửa",
     ["(Chủ trì: Văn phòng HĐND và UBND xã, công chức phụ trách: Lê Thị Dung; "
      "phối hợp: Công an xã, Đoàn Thanh niên xã; thời gian: tháng 6/2027)"],
     "Lê Thị Dung", "Văn phòng HĐND và UBND xã",
     ["Công an xã", "Đoàn Thanh niên xã"], "2027-06-30"),
    ("Rà soát hộ nghèo, hộ cận nghèo giữa kỳ",
     ["(Chủ trì: Phòng Văn hóa - Xã hội, công chức phụ trách: Bùi Văn Khải; "
      "phối hợp: Ban phát triển các thôn; thời gian: quý III/2027)"],
     "Bùi Văn Khải", "Phòng Văn hóa - Xã hội", ["Ban phát triển các thôn"],
     "2027-09-30"),
    ("Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 50 hộ",
     ["- Đơn vị chủ trì: Phòng Kinh tế",
      "- Đơn vị phối hợp: Ban phát triển các thôn",
      "- Người theo dõi: ông Nguyễn Văn Én, công chức Địa chính - Xây dựng",
      "- Thời gian hoàn thành: tháng 11/2027"],
     "Nguyễn Văn Én, công chức Địa chính - Xây dựng", "Phòng Kinh tế", ["Ban phát triển các thôn"], "2027-11-30"),
    ("Kiểm tra vệ sinh an toàn thực phẩm tại các cơ sở kinh doanh",
     ["- Đơn vị chủ trì: Trạm Y tế xã",
      "- Đơn vị phối hợp: Công an xã",
      "- Người theo dõi: bà Đào Thị Hương, công chức Văn hóa - Xã hội",
      "- Thời gian hoàn thành: tháng 7/2027"],
     "Đào Thị Hương, công chức Văn hóa - Xã hội", "Trạm Y tế xã", ["Công an xã"], "2027-07-31"),
]  # fmt: skip

LAM_HA_TITLE = "Thực hiện các nhiệm vụ cải cách hành chính và nông thôn mới năm 2027"


def who_plan():
    doc = start("LAM HẠ", "88", "ngày 22 tháng 02 năm 2027", LAM_HA_TITLE)
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    for i, (title, lines, *_) in enumerate(LAM_HA_TASKS, 1):
        if lines[0].startswith("("):
            para(doc, f"{i}. {title} {lines[0]}", indent=1.0)
        else:
            para(doc, f"{i}. {title}", bold=True, indent=1.0)
            for text in lines:
                para(doc, text, indent=1.0)
    return close(doc, "Kiều Văn Lâm")


COMMENT = """Round 26d, family D{n} (the person who follows a task written where the
importer did not look), written before the importer was changed for it:
{what}
Assumptions: that person is the task's official, written with the post as
the document gives it (after a dash or a comma) and without the title of
address ("Đ/c", "Đồng chí", "ông", "bà"), the importer's one rule for
every path; a month's or quarter's deadline is its last day."""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    phu_my_title = "Thực hiện Chương trình xây dựng nông thôn mới nâng cao năm 2027"
    write(
        OUT,
        "r26d-xa-phu-my-dong-chi-phu-trach.docx",
        column_plan(
            "PHÚ MỸ",
            "19",
            "ngày 06 tháng 01 năm 2027",
            phu_my_title,
            "Đồng chí phụ trách",
            PHU_MY_TASKS,
            "Mai Văn Phú",
        ),  # fmt: skip
        COMMENT.format(
            n=1,
            what="a commune's Word plan, its task table's column \"Đồng chí phụ "
            'trách" with cells "Đ/c Name - post" ("đ/c", "Đồng chí", "–").',
        ),
        commune_header("PHÚ MỸ", "19", "2027-01-06", phu_my_title, "Mai Văn Phú"),
        [
            {
                "title": t[0],
                "lead": t[1],
                "coordinating": t[2],
                "official": t[4],
                "deadline": t[6],
            }
            for t in PHU_MY_TASKS
        ],  # fmt: skip
    )
    path = OUT / "r26d-xa-dong-xa-thanh-vien-bcd-phu-trach.xlsx"
    dong_xa_xlsx(path)
    write(
        OUT,
        path.name,
        path.read_bytes(),
        COMMENT.format(
            n=1,
            what="a commune's appendix workbook, its column \"Thành viên BCĐ phụ "
            'trách" with cells "Đ/c Name - post".',
        ),
        {
            "number": "27",
            "symbol": "KH-UBND",
            "date": "2027-01-15",
            "title": "PHÂN CÔNG THÀNH VIÊN BAN CHỈ ĐẠO PHỤ TRÁCH NHIỆM VỤ NĂM 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ ĐÔNG XÁ",
        },
        [
            {
                "title": t[0],
                "lead": t[1],
                "coordinating": [t[2]],
                "official": t[4],
                "deadline": "{:04d}-{:02d}-{:02d}".format(*t[5]),
            }
            for t in DONG_XA_TASKS
        ],  # fmt: skip
    )
    write(
        OUT,
        "r26d-xa-bac-son-ngoac-duoi-chu-tri.docx",
        bracket_lead_plan(),
        COMMENT.format(
            n=2,
            what="a commune's Word plan, the lead's cell two lines: the body, "
            'then "(ông Name - Trưởng thôn)".',
        ),
        commune_header("BẮC SƠN", "64", "2027-02-08", BAC_SON_TITLE, "Hà Văn Quý"),
        [
            {
                "title": t[0],
                "lead": t[1],
                "coordinating": t[4],
                "official": t[3],
                "deadline": t[6],
            }
            for t in BAC_SON_TASKS
        ],  # fmt: skip
    )
    write(
        OUT,
        "r26d-xa-lam-ha-cong-chuc-phu-trach.docx",
        who_plan(),
        COMMENT.format(
            n=3,
            what="a commune's Word plan, \"N. <work> (Chủ trì: X, công chức phụ "
            'trách: Name; phối hợp: A, B; thời gian: …)", and bold tasks over '
            '"- Người theo dõi: ông Name, công chức <post>".',
        ),
        commune_header("LAM HẠ", "88", "2027-02-22", LAM_HA_TITLE, "Kiều Văn Lâm"),
        [
            {
                "title": t[0],
                "lead": t[3],
                "coordinating": t[4],
                "official": t[2],
                "deadline": t[5],
            }
            for t in LAM_HA_TASKS
        ],  # fmt: skip
    )


if __name__ == "__main__":
    main()
