"""Writes round 23a's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round23a.py

Round 23a varies three families the lead's round-23 hold-out measured as
failing, each written before the importer was changed for it:

F1. a plan that amends an earlier plan ("Kế hoạch sửa đổi, bổ sung …"):
    "I. SỬA ĐỔI …" with "1. Sửa đổi điểm 3 mục II như sau:" and the point
    as amended in quotation marks (its number, the work, then "- Cơ quan
    chủ trì: …", "- Cơ quan phối hợp: …", "- Thời gian hoàn thành: …"),
    "II. BỔ SUNG …" with the added points quoted, "III. BÃI BỎ …" repealing
    a point. A provincial steering committee's text plan signed "TRƯỞNG
    BAN" with the signer's other post under it, and a commune's Word plan.
F2. the responsibility only in a "Ghi chú" column worded as an assignment
    ("Giao X chủ trì; Y phối hợp", "X chủ trì, phối hợp Y", "X thực
    hiện"), a task table TT | Nội dung | Thời gian | Ghi chú; some notes
    hold no assignment ("Vốn NTM"). Two Word plans.
F3. a task table with both "Lãnh đạo phụ trách" and "Công chức tham mưu"
    beside "Cơ quan chủ trì" and "Cơ quan phối hợp"; the deadline an
    Excel date formatted "mm/yyyy" (the first of the month). A workbook
    and a Word plan.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_xlsx import boxed, excel_day, line, saved_by_calc  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round23a"


def commune_header(name, number, symbol, date, title, signer, bases=()):
    """The header's fields of a commune's plan (the expected result), its
    three recipients and the plans it cites."""
    return {
        "number": number,
        "symbol": symbol,
        "place": name.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {name}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "recipients": 3,
        **({"bases": list(bases)} if bases else {}),
    }


def quoted_point(number: str, task: dict, *, partner_label="Cơ quan phối hợp"):
    """A point as amended or added, in quotation marks: its number and work,
    then its lead, partners and time on "-" lines."""
    return [
        f"“{number}. {task['title']}",
        f"- Cơ quan chủ trì: {task['lead']}.",
        f"- {partner_label}: {', '.join(task['coordinating'])}.",
        f"- Thời gian hoàn thành: {task['time']}.”",
    ]


# --- F1 a plan that amends an earlier plan ---------------------------------

BCD_AMENDED = [
    {
        "title": "Rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới nâng cao của các xã năm 2027",
        "lead": "Sở Nông nghiệp và Môi trường",
        "coordinating": ["Ủy ban nhân dân các xã"],
        "time": "Quý II/2027",
        "deadline": "2027-06-30",
    },
    {
        "title": "Hướng dẫn các xã xây dựng sản phẩm OCOP gắn với du lịch nông thôn",
        "lead": "Sở Công Thương",
        "coordinating": ["Sở Văn hóa, Thể thao và Du lịch"],
        "time": "Tháng 9/2027",
        "deadline": "2027-09-30",
    },
]
BCD_ADDED = [
    {
        "title": "Tổ chức kiểm tra, giám sát việc thực hiện Chương trình tại 12 xã khu vực miền núi",
        "lead": "Văn phòng Điều phối nông thôn mới tỉnh",
        "coordinating": ["Các sở, ngành thành viên Ban Chỉ đạo"],
        "time": "Tháng 10/2027",
        "deadline": "2027-10-31",
    },
    {
        "title": "Xây dựng cơ sở dữ liệu theo dõi kết quả thực hiện các tiêu chí nông thôn mới",
        "lead": "Sở Khoa học và Công nghệ",
        "coordinating": ["Văn phòng Điều phối nông thôn mới tỉnh"],
        "time": "31/12/2027",
        "deadline": "2027-12-31",
    },
]


def bcd_text() -> str:
    lines = [
        "UBND TỈNH QUẢNG TRỊ",
        "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
        "Số: 08/KH-BCĐ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Trị, ngày 15 tháng 4 năm 2027",
        "",
        "KẾ HOẠCH",
        "Sửa đổi, bổ sung Kế hoạch số 03/KH-BCĐ ngày 20/01/2027 của Ban Chỉ đạo "
        "về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027",
        "",
        "Căn cứ Kế hoạch số 03/KH-BCĐ ngày 20/01/2027 của Ban Chỉ đạo các Chương "
        "trình mục tiêu quốc gia tỉnh;",
        "Xét đề nghị của Văn phòng Điều phối nông thôn mới tỉnh, Ban Chỉ đạo ban "
        "hành Kế hoạch sửa đổi, bổ sung như sau:",
        "",
        "I. SỬA ĐỔI MỘT SỐ NHIỆM VỤ TẠI MỤC II KẾ HOẠCH SỐ 03/KH-BCĐ",
        "1. Sửa đổi điểm 3 mục II như sau:",
        *quoted_point("3", BCD_AMENDED[0]),
        "2. Sửa đổi điểm 6 mục II như sau:",
        *quoted_point("6", BCD_AMENDED[1]),
        "",
        "II. BỔ SUNG NHIỆM VỤ VÀO MỤC II KẾ HOẠCH SỐ 03/KH-BCĐ",
        "Bổ sung điểm 9, điểm 10 vào mục II như sau:",
        *quoted_point("9", BCD_ADDED[0]),
        *quoted_point("10", BCD_ADDED[1]),
        "",
        "III. BÃI BỎ",
        "Bãi bỏ điểm 7 mục II Kế hoạch số 03/KH-BCĐ ngày 20/01/2027.",
        "",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Các nội dung khác của Kế hoạch số 03/KH-BCĐ giữ nguyên. Các sở, ngành "
        "thành viên Ban Chỉ đạo, Ủy ban nhân dân các xã triển khai thực hiện.",
        "",
        "Nơi nhận:",
        "- Ban Chỉ đạo Trung ương;",
        "- Thường trực Tỉnh ủy;",
        "- Thành viên BCĐ;",
        "- Lưu: VT, VPĐP.",
        "TRƯỞNG BAN",
        "PHÓ CHỦ TỊCH UBND TỈNH",
        "",
        "Hoàng Nam",
    ]
    return "\n".join(lines) + "\n"


XA_AMENDED = [
    {
        "title": "Cứng hóa 2,5 km đường trục thôn Đông và thôn Đoài",
        "lead": "Ban Quản lý dự án đầu tư xây dựng xã",
        "coordinating": ["Ban phát triển thôn Đông", "Ban phát triển thôn Đoài"],
        "time": "30/9/2026",
        "deadline": "2026-09-30",
    },
]
XA_ADDED = [
    {
        "title": "Xây dựng mô hình phân loại rác thải tại nguồn ở 4 thôn",
        "lead": "Hội Liên hiệp Phụ nữ xã",
        "coordinating": ["Phòng Kinh tế"],
        "time": "Quý IV/2026",
        "deadline": "2026-12-31",
    },
    {
        "title": "Hỗ trợ 2 hợp tác xã đăng ký sản phẩm OCOP đạt 3 sao",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Hội Nông dân xã"],
        "time": "Tháng 11/2026",
        "deadline": "2026-11-30",
    },
]


def yen_lac_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC", "Số: 121/KH-UBND"],
        "Yên Lạc, ngày 05 tháng 8 năm 2026",
        "Sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 12/3/2026 về xây dựng "
        "xã Yên Lạc đạt chuẩn nông thôn mới nâng cao năm 2026",
    )
    a4(doc)
    para(doc, "Căn cứ Kế hoạch số 64/KH-UBND ngày 12/3/2026 của UBND xã Yên Lạc;")
    para(doc, "UBND xã ban hành Kế hoạch sửa đổi, bổ sung như sau:")
    para(doc, "I. SỬA ĐỔI", bold=True)
    para(doc, "1. Sửa đổi điểm 2 mục III Kế hoạch số 64/KH-UBND như sau:")
    for text in quoted_point("2", XA_AMENDED[0], partner_label="Cơ quan phối hợp"):
        para(doc, text)
    para(doc, "II. BỔ SUNG", bold=True)
    para(doc, "1. Bổ sung điểm 8 vào mục III như sau:")
    for text in quoted_point("8", XA_ADDED[0]):
        para(doc, text)
    para(doc, "2. Bổ sung điểm 9 vào mục III như sau:")
    for text in quoted_point("9", XA_ADDED[1]):
        para(doc, text)
    para(doc, "III. BÃI BỎ", bold=True)
    para(doc, "Bãi bỏ điểm 5 mục III Kế hoạch số 64/KH-UBND (đã hoàn thành).")
    para(doc, "Các nội dung khác giữ nguyên theo Kế hoạch số 64/KH-UBND.")
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- TT HĐND xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn Hậu"],
    )
    return save(doc)


AMEND_COMMENT = """Round 23a, family F1 (a plan that amends an earlier plan), written before
the importer was changed for it: {what}
Assumptions: the points as amended or added (the quoted text) are the
tasks, without their number, with the lead, partners and time under them;
the "Sửa đổi/Bổ sung điểm … như sau" sentences, the parts' headings and the
repeal are no tasks."""


# --- F2 the responsibility only in a "Ghi chú" column ----------------------

NOTE_TASKS_A = [
    ("Tuyên truyền, phổ biến Bộ tiêu chí xã nông thôn mới hiện đại", "Quý I/2027",
     "2027-03-31", "Giao Văn phòng HĐND và UBND xã chủ trì; Đài truyền thanh xã phối hợp",
     "Văn phòng HĐND và UBND xã", ["Đài truyền thanh xã"]),
    ("Nâng cấp hệ thống thủy lợi nội đồng khu Đồng Mới", "Tháng 6/2027",
     "2027-06-30", "Phòng Kinh tế chủ trì, phối hợp Hợp tác xã nông nghiệp",
     "Phòng Kinh tế", ["Hợp tác xã nông nghiệp"]),
    ("Xây dựng nhà văn hóa thôn Trung", "Quý III/2027", "2027-09-30", "Vốn NTM",
     "", []),
    ("Kiểm tra vệ sinh an toàn thực phẩm tại các cơ sở kinh doanh", "Tháng 10/2027",
     "2027-10-31", "Trạm Y tế xã thực hiện", "Trạm Y tế xã", []),
]  # fmt: skip
NOTE_TASKS_B = [
    ("Rà soát hộ nghèo, hộ cận nghèo năm 2027", "30/4/2027", "2027-04-30",
     "Phòng Văn hóa - Xã hội chủ trì; Ủy ban MTTQ Việt Nam xã phối hợp",
     "Phòng Văn hóa - Xã hội", ["Ủy ban MTTQ Việt Nam xã"]),
    ("Trồng mới 3 ha rừng sản xuất", "Quý II/2027", "2027-06-30",
     "Đã có kế hoạch riêng", "", []),
    ("Tổ chức Hội thi nhà nông giỏi cấp xã", "Tháng 8/2027", "2027-08-31",
     "Giao Hội Nông dân xã chủ trì, phối hợp Đoàn Thanh niên xã",
     "Hội Nông dân xã", ["Đoàn Thanh niên xã"]),
    ("Cải tạo bãi tập kết rác thải tập trung", "Quý IV/2027", "2027-12-31",
     "Ban Quản lý dự án xã thực hiện", "Ban Quản lý dự án xã", []),
]  # fmt: skip


def note_tasks(rows) -> list[dict]:
    return [
        {"title": r[0], "deadline": r[2], "lead": r[4], "coordinating": r[5]}
        for r in rows
    ]


def note_plan(issuer, number, place, date_line, title, head, rows, signer):
    doc = opening(
        ["ỦY BAN NHÂN DÂN", f"XÃ {issuer}", f"Số: {number}/KH-UBND"],
        f"{place}, {date_line}",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Hoàn thành các nhiệm vụ xây dựng nông thôn mới đúng tiến độ.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    task_table(
        doc,
        head,
        [[[str(i)], [r[0]], [r[1]], [r[3]]] for i, r in enumerate(rows, 1)],
        [1.2, 8.0, 3.0, 4.8],
        bold_titles=False,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.")
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", signer],
    )
    return save(doc)


NOTE_COMMENT = """Round 23a, family F2 (the responsibility only in a "Ghi chú" column),
written before the importer was changed for it: {what}
Assumptions: a note worded as an assignment gives the lead and the
partners; a note with no assignment ("Vốn NTM", "Đã có kế hoạch riêng")
stays a note (no lead)."""


# --- F3 "Lãnh đạo phụ trách" and "Công chức tham mưu" ----------------------

STAFF_TASKS_A = [
    ("Hoàn thiện hồ sơ tiêu chí Quy hoạch", "UBND xã", "Phòng Kinh tế",
     "Phó Chủ tịch UBND xã Lê Văn Thành", "Trần Thị Hằng", (2027, 3), "2027-03-31"),
    ("Xây dựng 2 khu dân cư kiểu mẫu", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam xã",
     "Chủ tịch UBND xã Đỗ Minh Quân", "Nguyễn Văn Lực", (2027, 6), "2027-06-30"),
    ("Nâng cấp chợ nông thôn xã", "Ban Quản lý dự án xã", "Phòng Kinh tế",
     "Phó Chủ tịch UBND xã Lê Văn Thành", "Phạm Quốc Việt", (2027, 9), "2027-09-30"),
    ("Tổ chức đánh giá mức độ hài lòng của người dân", "Văn phòng HĐND và UBND xã",
     "Các đoàn thể xã", "Chủ tịch UBND xã Đỗ Minh Quân", "Vũ Thị Lan", (2027, 11),
     "2027-11-30"),
]  # fmt: skip
STAFF_TASKS_B = [
    ("Cập nhật phần mềm theo dõi bộ tiêu chí nông thôn mới", "Văn phòng HĐND và UBND xã",
     "Phòng Kinh tế", "Đ/c Hà Văn Tuấn - Phó Chủ tịch UBND xã", "Đ/c Lò Thị Mai",
     "Tháng 02/2027", "2027-02-28"),
    ("Xây dựng tuyến đường điện chiếu sáng thôn Bản Mòn", "Ban Quản lý dự án xã",
     "Ban phát triển thôn Bản Mòn", "Đ/c Hà Văn Tuấn - Phó Chủ tịch UBND xã",
     "Đ/c Quàng Văn Sơn", "Tháng 7/2027", "2027-07-31"),
    ("Hỗ trợ sinh kế cho 25 hộ nghèo", "Phòng Văn hóa - Xã hội", "Hội Nông dân xã",
     "Đ/c Cầm Thị Hoa - Chủ tịch UBND xã", "Đ/c Lường Văn Hùng", "Quý IV/2027",
     "2027-12-31"),
]  # fmt: skip


def staff_tasks(rows) -> list[dict]:
    # The official as a careful person enters it: "Đ/c Lò Thị Mai" in the
    # document is "Lò Thị Mai" (docs/import.md, units.without_honorific).
    return [
        {"title": r[0], "lead": r[1], "coordinating": [r[2]],
         "official": r[4].removeprefix("Đ/c "), "deadline": r[6]}
        for r in rows
    ]  # fmt: skip


STAFF_HEAD = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
              "Lãnh đạo phụ trách", "Công chức tham mưu", "Thời gian hoàn thành"]  # fmt: skip


def hai_son_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ HẢI SƠN", width=7, bold=True)
    line(ws, 3, "PHỤ LỤC", width=7, bold=True)
    line(ws, 4, "PHÂN CÔNG NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027", width=7,
         bold=True)  # fmt: skip
    line(ws, 5, "(Kèm theo Kế hoạch số 33/KH-UBND ngày 02/02/2027 của UBND xã Hải Sơn)",
         width=7, italic=True)  # fmt: skip
    for c, text in enumerate(STAFF_HEAD, 1):
        ws.cell(row=6, column=c, value=text).font = Font(bold=True)
    for r, t in enumerate(STAFF_TASKS_A, 7):
        values = [r - 6, *t[:5], excel_day(*t[5], 1)]
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=7).number_format = "mm/yyyy"
    boxed(ws, 6, 6 + len(STAFF_TASKS_A), 7)
    saved_by_calc(wb, path)


def muong_la_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG LA", "Số: 19/KH-UBND"],
        "Mường La, ngày 20 tháng 01 năm 2027",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027",
    )
    a4(doc, landscape=True)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Duy trì và nâng cao chất lượng các tiêu chí đã đạt.")
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    head = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Lãnh đạo phụ trách", "Công chức tham mưu", "Thời gian"]  # fmt: skip
    task_table(
        doc,
        head,
        [[[str(i)], *[[v] for v in r[:6]]] for i, r in enumerate(STAFF_TASKS_B, 1)],
        [1.0, 7.0, 3.6, 3.4, 4.2, 3.2, 2.6],
        bold_titles=False,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Công chức tham mưu báo cáo tiến độ cho lãnh đạo phụ trách hằng tháng.")
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Cầm Thị Hoa"],
    )
    return save(doc)


STAFF_COMMENT = """Round 23a, family F3 (both "Lãnh đạo phụ trách" and "Công chức
tham mưu" columns), written before the importer was changed for it: {what}
Assumptions: the named official is the "Công chức tham mưu" column; the
leader in charge is neither the lead nor the official; a month's deadline
("mm/yyyy" or "Tháng 7/2027") is that month's last day."""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r23a-bcd-quang-tri-sua-doi.txt",
        bcd_text(),
        AMEND_COMMENT.format(
            what="a provincial steering committee's text plan, two points "
            'amended, two added, one repealed; signed "TRƯỞNG BAN" (no '
            '"TM.") with the signer\'s other post under it.'
        ),
        {
            "number": "08",
            "symbol": "KH-BCĐ",
            "place": "Quảng Trị",
            "date": "2027-04-15",
            "title": "Sửa đổi, bổ sung Kế hoạch số 03/KH-BCĐ ngày 20/01/2027 "
            "của Ban Chỉ đạo về thực hiện Chương trình mục tiêu quốc gia xây "
            "dựng nông thôn mới năm 2027",
            "issuer": "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Hoàng Nam",
            "recipients": 4,
            "bases": ["03/KH-BCĐ"],
        },
        BCD_AMENDED + BCD_ADDED,
    )
    write(
        OUT,
        "r23a-xa-yen-lac-sua-doi.docx",
        yen_lac_docx(),
        AMEND_COMMENT.format(
            what="a commune's Word plan, one point amended, two added "
            '(each under its own "Bổ sung điểm …" sentence), one repealed.'
        ),
        commune_header(
            "YÊN LẠC",
            "121",
            "KH-UBND",
            "2026-08-05",
            "Sửa đổi, bổ sung Kế hoạch số 64/KH-UBND ngày 12/3/2026 về xây "
            "dựng xã Yên Lạc đạt chuẩn nông thôn mới nâng cao năm 2026",
            "Nguyễn Văn Hậu",
            ["64/KH-UBND"],
        ),  # fmt: skip
        XA_AMENDED + XA_ADDED,
    )
    write(
        OUT,
        "r23a-xa-thanh-binh-ghi-chu-giao.docx",
        note_plan(
            "THANH BÌNH",
            "27",
            "Thanh Bình",
            "ngày 14 tháng 01 năm 2027",
            "Thực hiện các nhiệm vụ xây dựng nông thôn mới hiện đại năm 2027",
            ["TT", "Nội dung", "Thời gian", "Ghi chú"],
            NOTE_TASKS_A,
            "Đinh Công Tráng",
        ),  # fmt: skip
        NOTE_COMMENT.format(
            what="a commune's Word table TT | Nội dung | Thời gian | Ghi chú, "
            'the notes "Giao X chủ trì; Y phối hợp", "X chủ trì, phối hợp '
            'Y", "X thực hiện" and one "Vốn NTM".'
        ),
        commune_header(
            "THANH BÌNH",
            "27",
            "KH-UBND",
            "2027-01-14",
            "Thực hiện các nhiệm vụ xây dựng nông thôn mới hiện đại năm 2027",
            "Đinh Công Tráng",
        ),  # fmt: skip
        note_tasks(NOTE_TASKS_A),
    )
    write(
        OUT,
        "r23a-xa-phu-my-ghi-chu-phan-cong.docx",
        note_plan(
            "PHÚ MỸ",
            "45",
            "Phú Mỹ",
            "ngày 03 tháng 3 năm 2027",
            "Triển khai nhiệm vụ giảm nghèo và xây dựng nông thôn mới năm 2027",
            ["STT", "Nội dung công việc", "Thời gian thực hiện", "Ghi chú"],
            NOTE_TASKS_B,
            "Trương Văn Nhân",
        ),  # fmt: skip
        NOTE_COMMENT.format(
            what="a commune's Word table STT | Nội dung công việc | Thời gian "
            'thực hiện | Ghi chú, the notes "X chủ trì; Y phối hợp", "Giao '
            'X chủ trì, phối hợp Y", "X thực hiện" and one "Đã có kế '
            'hoạch riêng".'
        ),
        commune_header(
            "PHÚ MỸ",
            "45",
            "KH-UBND",
            "2027-03-03",
            "Triển khai nhiệm vụ giảm nghèo và xây dựng nông thôn mới năm 2027",
            "Trương Văn Nhân",
        ),  # fmt: skip
        note_tasks(NOTE_TASKS_B),
    )
    hai_son_xlsx(OUT / "r23a-xa-hai-son-tham-muu.xlsx")
    write(
        OUT,
        "r23a-xa-hai-son-tham-muu.xlsx",
        (OUT / "r23a-xa-hai-son-tham-muu.xlsx").read_bytes(),
        STAFF_COMMENT.format(
            what="a commune's appendix workbook (openpyxl, saved once by "
            "LibreOffice Calc), STT | Nội dung nhiệm vụ | Cơ quan chủ trì | "
            "Cơ quan phối hợp | Lãnh đạo phụ trách | Công chức tham mưu | "
            'Thời gian hoàn thành, the deadlines Excel dates shown "mm/yyyy".'
        ),
        {
            "number": "33",
            "symbol": "KH-UBND",
            "date": "2027-02-02",
            "title": "PHÂN CÔNG NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ HẢI SƠN",
        },
        staff_tasks(STAFF_TASKS_A),
    )
    write(
        OUT,
        "r23a-xa-muong-la-tham-muu.docx",
        muong_la_docx(),
        STAFF_COMMENT.format(
            what="a commune's landscape Word table TT | Nhiệm vụ | Đơn vị chủ "
            "trì | Đơn vị phối hợp | Lãnh đạo phụ trách | Công chức tham mưu "
            '| Thời gian, the officials written "Đ/c …".'
        ),
        commune_header(
            "MƯỜNG LA",
            "19",
            "KH-UBND",
            "2027-01-20",
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027",
            "Cầm Thị Hoa",
        ),  # fmt: skip
        staff_tasks(STAFF_TASKS_B),
    )


if __name__ == "__main__":
    main()
