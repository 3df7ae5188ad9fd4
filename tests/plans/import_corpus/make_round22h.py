"""Writes round 22h's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round22h.py

Round 22h varies three families the lead's round-22 hold-out measured as
failing, each written before the importer was changed for it:

F1. a joint plan of two bodies: the type line qualified ("KẾ HOẠCH LIÊN
    TỊCH", "KẾ HOẠCH PHỐI HỢP") over the title; two bodies stacked in the
    header's left column (the presiding body first, the other over two
    lines); a basis citing a coordination programme ("Căn cứ Chương trình
    phối hợp số N/CTPH-… ngày … giữa A và B về …;"); two signatures side
    by side in a borderless table, "Nơi nhận" under them or above them.
    A .docx and a .pdf (LibreOffice, through make_files.saved_as).
F2. a workbook exported from a provincial system: above the table, in
    merged rows, the issuer at the left, a form label ("Biểu số 02/…",
    "Mẫu số …", "Biểu mẫu …") at the top right, a caption ("TỔNG HỢP NHIỆM
    VỤ … NĂM 2027", "KẾ HOẠCH THỰC HIỆN … NĂM 2027") and "(Kèm theo Kế
    hoạch số … ngày …)"; no "KẾ HOẠCH" or "PHỤ LỤC" type line; deadlines
    with no year ("Quý I", "Tháng 6", "Trước 30/11"). Two .xlsx and a Word
    appendix with the same title block.
F3. a plan pasted inside a forwarded e-mail: the mail client's forwarding
    block ("---------- Forwarded message ---------" with "From:", "Date:",
    "Subject:", "To:"; "-----Original Message-----" with "Từ:", "Ngày:",
    "Đến:", "Tiêu đề:"), a greeting "Kính gửi …", two sentences,
    "Trân trọng!", the plan, then "--" and the sender's office and phone.
    Two .txt.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from expected import as_tasks, toml_text, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_xlsx import boxed, saved_by_calc  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
from word_writer import MOTTO, a4, para, save, side_by_side, task_table  # noqa: E402

OUT = HERE / "round22h"


def task_paragraphs(doc, rows) -> None:
    """Numbered tasks, each with "- Chủ trì:", "- Phối hợp:", "- Thời gian:"."""
    for n, (title, lead, partners, when, _day) in enumerate(rows, 1):
        para(doc, f"{n}. {title}", bold=True, indent=1)
        para(doc, f"- Chủ trì: {lead}.", indent=1)
        if partners:
            para(doc, f"- Phối hợp: {', '.join(partners)}.", indent=1)
        para(doc, f"- Thời gian: {when}.", indent=1)


def joint_opening(issuer_lines, place_and_date, type_line, title_lines):
    doc = Document()
    a4(doc, left=2.5, right=1.5)
    side_by_side(doc, issuer_lines, [*MOTTO, "", place_and_date])
    para(doc, type_line, bold=True, center=True)
    for line in title_lines:
        para(doc, line, bold=True, center=True)
    return doc


def recipients(doc, lines) -> None:
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for line in lines:
        para(doc, line)


# --- F1.1 a commune and its Front, signatures over "Nơi nhận" ---------------

TAN_THANH_TASKS = [
    (
        "Tổ chức tuyên truyền, vận động Nhân dân tham gia cuộc vận động “Toàn"
        " dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
        "Ban Công tác Mặt trận các ấp",
        ["Đài truyền thanh xã", "Trưởng các ấp"],
        "Quý I/2027",
        "2027-03-31",
    ),
    (
        "Vận động Nhân dân hiến đất, đóng góp ngày công làm 3,2 km đường giao"
        " thông nông thôn",
        "Ủy ban MTTQ Việt Nam xã",
        ["Phòng Kinh tế", "Ban phát triển các ấp"],
        "30/6/2027",
        "2027-06-30",
    ),
    (
        "Hỗ trợ xây dựng 12 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo",
        "Ủy ban MTTQ Việt Nam xã",
        ["Phòng Văn hóa - Xã hội"],
        "Tháng 9/2027",
        "2027-09-30",
    ),
    (
        "Giám sát việc thực hiện các công trình hạ tầng có sự đóng góp của Nhân dân",
        "Ban Thanh tra nhân dân xã",
        ["Ban Giám sát đầu tư của cộng đồng"],
        "31/10/2027",
        "2027-10-31",
    ),
    (
        "Tổ chức lấy ý kiến sự hài lòng của người dân về kết quả xây dựng"
        " nông thôn mới",
        "Ủy ban MTTQ Việt Nam xã",
        ["Văn phòng HĐND và UBND xã"],
        "Tháng 11/2027",
        "2027-11-30",
    ),
]


def tan_thanh_docx() -> bytes:
    doc = joint_opening(
        [
            "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH",
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ",
            "VIỆT NAM XÃ TÂN THẠNH",
            "Số: 02/KHLT-UBND-MTTQ",
        ],
        "Tân Thạnh, ngày 12 tháng 01 năm 2027",
        "KẾ HOẠCH LIÊN TỊCH",
        [
            "Phối hợp thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng",
            "nông thôn mới, đô thị văn minh” năm 2027",
        ],
    )
    para(
        doc,
        "Căn cứ Chương trình phối hợp số 01/CTPH-UBND-MTTQ ngày 05/01/2027"
        " giữa Ủy ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã"
        " về thực hiện nhiệm vụ chính trị giai đoạn 2026 - 2030;",
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 186/KH-UBND ngày 20/12/2026 của UBND xã Tân Thạnh"
        " về xây dựng nông thôn mới nâng cao năm 2027;",
        indent=1,
    )
    para(
        doc,
        "Ủy ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã thống"
        " nhất ban hành Kế hoạch liên tịch như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy vai trò chủ thể của người dân, huy động các nguồn lực xã hội"
        " tham gia xây dựng nông thôn mới nâng cao.",
        indent=1,
    )
    para(doc, "II. NỘI DUNG PHỐI HỢP", bold=True)
    task_paragraphs(doc, TAN_THANH_TASKS)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Định kỳ 6 tháng, hai bên tổ chức giao ban đánh giá kết quả phối hợp.",
        indent=1,
    )
    side_by_side(
        doc,
        [
            "TM. BAN THƯỜNG TRỰC",
            "ỦY BAN MTTQ VIỆT NAM XÃ",
            "CHỦ TỊCH",
            "",
            "",
            "Trần Thị Thu Hà",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Văn Lực"],
    )
    recipients(
        doc,
        [
            "- Đảng ủy xã (b/c);",
            "- HĐND xã;",
            "- Các ban, ngành, đoàn thể xã;",
            "- Lưu: VT.",
        ],  # fmt: skip
    )
    return save(doc)


TAN_THANH_COMMENT = """
Round 22h, family F1 (a joint plan of two bodies), written before the
importer was changed for it: the header's left column "ỦY BAN NHÂN DÂN XÃ
TÂN THẠNH" then "BAN THƯỜNG TRỰC ỦY BAN MTTQ" / "VIỆT NAM XÃ TÂN THẠNH"
then "Số: 02/KHLT-UBND-MTTQ"; the type line "KẾ HOẠCH LIÊN TỊCH" over a
title on two lines; a basis "Căn cứ Chương trình phối hợp số
01/CTPH-UBND-MTTQ ngày … giữa Ủy ban nhân dân xã và Ban Thường trực … về
…;" then a plan's basis; numbered tasks with "- Chủ trì:", "- Phối
hợp:", "- Thời gian:"; two signatures side by side in a borderless table,
"Nơi nhận" under them: as Decree 30/2020 (Phụ lục I) lays a joint document
out, the presiding committee's on the right, the Front's on the left
("TM. BAN THƯỜNG TRỰC" over "ỦY BAN MTTQ VIỆT NAM XÃ", one authority).
(First written with the committee's on the left; moved to the right when
the importer learnt the convention.)
Assumptions: the presiding body (first in the header) is the issuer and
its signer (right, its authority naming the issuer) the plan's signer; the
title is the lines after the type line; both bases are read.
"""


# --- F1.2 a commune and its Farmers' Association, "Nơi nhận" above (PDF) ---

HUNG_LOC_TASKS = [
    (
        "Mở 04 lớp tập huấn kỹ thuật trồng cà phê theo hướng hữu cơ",
        "Hội Nông dân xã",
        ["Trung tâm Dịch vụ nông nghiệp"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Thành lập 02 tổ hợp tác sản xuất hồ tiêu an toàn",
        "Hội Nông dân xã",
        ["Phòng Kinh tế"],
        "30/8/2027",
        "2027-08-30",
    ),
    (
        "Hỗ trợ hội viên vay vốn từ Quỹ Hỗ trợ nông dân phát triển sản xuất",
        "Hội Nông dân xã",
        ["Ngân hàng Chính sách xã hội"],
        "Tháng 10/2027",
        "2027-10-31",
    ),
    (
        "Xây dựng sản phẩm OCOP “Cà phê Hưng Lộc” đạt 3 sao",
        "Phòng Kinh tế",
        ["Hội Nông dân xã", "Hợp tác xã Hưng Lộc"],
        "Quý IV/2027",
        "2027-12-31",
    ),
]


def hung_loc_docx() -> bytes:
    doc = joint_opening(
        [
            "UBND XÃ HƯNG LỘC",
            "BAN CHẤP HÀNH HỘI NÔNG DÂN",
            "XÃ HƯNG LỘC",
            "Số: 07/KHPH-UBND-HND",
        ],
        "Hưng Lộc, ngày 25 tháng 02 năm 2027",
        "KẾ HOẠCH PHỐI HỢP",
        [
            "Hỗ trợ nông dân phát triển sản xuất, kinh doanh",
            "gắn với xây dựng nông thôn mới năm 2027",
        ],
    )
    para(
        doc,
        "Căn cứ Chương trình phối hợp số 03/CTPH-UBND-HND ngày 10/3/2026 giữa"
        " UBND xã Hưng Lộc và Ban Chấp hành Hội Nông dân xã về hỗ trợ nông dân"
        " phát triển kinh tế giai đoạn 2026 - 2030;",
        indent=1,
    )
    para(
        doc,
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 18/12/2026 của HĐND xã Hưng Lộc"
        " về nhiệm vụ phát triển kinh tế - xã hội năm 2027;",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(
        doc,
        "Nâng cao thu nhập của hội viên nông dân, góp phần giữ vững tiêu chí"
        " Thu nhập của xã nông thôn mới.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    task_paragraphs(doc, HUNG_LOC_TASKS)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Hội Nông dân xã tổng hợp, báo cáo kết quả về UBND xã trước ngày 15/12/2027.",
        indent=1,
    )
    recipients(
        doc, ["- Đảng ủy xã;", "- Hội Nông dân tỉnh;", "- Lưu: VT UBND, VP Hội."]
    )
    side_by_side(
        doc,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Lê Thị Ngọc Hân",
        ],  # fmt: skip
        ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Võ Minh Quang"],
    )
    return save(doc)


HUNG_LOC_COMMENT = """
Round 22h, family F1 (a joint plan of two bodies), written before the
importer was changed for it, saved as PDF by LibreOffice: the header's
left column "UBND XÃ HƯNG LỘC" then "BAN CHẤP HÀNH HỘI NÔNG DÂN" / "XÃ
HƯNG LỘC" then "Số: 07/KHPH-UBND-HND"; the type line "KẾ HOẠCH PHỐI HỢP"
over a title on two lines; a basis "Căn cứ Chương trình phối hợp số
03/CTPH-UBND-HND ngày … giữa UBND xã Hưng Lộc và Ban Chấp hành Hội Nông
dân xã về …;" then a resolution; "Nơi nhận" ABOVE two signatures side by
side ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" on the left,
"TM. BAN CHẤP HÀNH / CHỦ TỊCH" on the right).
Against the convention (the presiding body signs on the right), as some
offices lay it out: the signature whose authority names the issuer ("TM.
ỦY BAN NHÂN DÂN" for "UBND XÃ HƯNG LỘC") is the plan's, wherever it stands.
Assumptions: as F1's other plan; the left signature is the plan's: its
authority "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH", post "PHÓ CHỦ TỊCH".
"""


# --- F1.3 a commune and its Women's Union, by the convention (.docx, PDF) ---

MY_HOA_TASKS = [
    (
        "Tuyên truyền, vận động hội viên xây dựng gia đình “5 không, 3 sạch” tại 9 ấp",
        "Hội Liên hiệp Phụ nữ xã",
        ["Đài truyền thanh xã", "Trưởng các ấp"],
        "Quý I/2027",
        "2027-03-31",
    ),
    (
        "Ra mắt 05 tổ phụ nữ tự quản đường hoa, tuyến đường xanh, sạch, đẹp",
        "Hội Liên hiệp Phụ nữ xã",
        ["Ban phát triển các ấp"],
        "30/6/2027",
        "2027-06-30",
    ),
    (
        "Hỗ trợ 20 hội viên phụ nữ nghèo vay vốn phát triển kinh tế hộ",
        "Phòng Kinh tế",
        ["Hội Liên hiệp Phụ nữ xã", "Ngân hàng Chính sách xã hội"],
        "Tháng 9/2027",
        "2027-09-30",
    ),
]


def my_hoa_docx() -> bytes:
    doc = joint_opening(
        [
            "ỦY BAN NHÂN DÂN XÃ MỸ HÒA",
            "BAN CHẤP HÀNH HỘI LIÊN HIỆP",
            "PHỤ NỮ XÃ MỸ HÒA",
            "Số: 05/KHLT-UBND-HPN",
        ],
        "Mỹ Hòa, ngày 20 tháng 01 năm 2027",
        "KẾ HOẠCH LIÊN TỊCH",
        [
            "Phối hợp xây dựng gia đình “5 không, 3 sạch”",
            "gắn với xây dựng nông thôn mới năm 2027",
        ],
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 201/KH-UBND ngày 26/12/2026 của UBND xã Mỹ Hòa về"
        " xây dựng nông thôn mới nâng cao năm 2027;",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy vai trò của hội viên phụ nữ trong giữ gìn cảnh quan, môi"
        " trường nông thôn.",
        indent=1,
    )
    para(doc, "II. NỘI DUNG PHỐI HỢP", bold=True)
    task_paragraphs(doc, MY_HOA_TASKS)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Hội Liên hiệp Phụ nữ xã tổng hợp kết quả, báo cáo UBND xã hằng quý.",
        indent=1,
    )
    side_by_side(
        doc,
        [
            "TM. BAN CHẤP HÀNH",
            "HỘI LIÊN HIỆP PHỤ NỮ XÃ",
            "CHỦ TỊCH",
            "",
            "",
            "Nguyễn Thị Bích Vân",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Phạm Quốc Thắng",
        ],  # fmt: skip
    )
    recipients(
        doc, ["- Đảng ủy xã (b/c);", "- Hội LHPN huyện;", "- Các ấp;", "- Lưu: VT."]
    )
    return save(doc)


MY_HOA_COMMENT = """
Round 22h, family F1 (a joint plan of two bodies), written with the
importer's reading of joint signatures by the convention (not a hold-out):
the header's left column "ỦY BAN NHÂN DÂN XÃ MỸ HÒA" then "BAN CHẤP HÀNH
HỘI LIÊN HIỆP" / "PHỤ NỮ XÃ MỸ HÒA" then "Số: 05/KHLT-UBND-HPN"; "KẾ
HOẠCH LIÊN TỊCH" over a title on two lines; two signatures side by side,
"Nơi nhận" under them: the Women's Union's on the left ("TM. BAN CHẤP
HÀNH" over "HỘI LIÊN HIỆP PHỤ NỮ XÃ", one authority; "CHỦ TỊCH"; its
chairwoman), the presiding committee's on the right ("TM. ỦY BAN NHÂN
DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; its vice-chairman). The same plan as
.docx and as PDF (LibreOffice).
Assumptions: the presiding body (first in the header) is the issuer; its
signature (right, its authority naming the issuer) is the plan's.
"""


# --- F2 workbooks exported from a provincial system -------------------------


def merged(ws, row, first, last, text, *, bold=False, italic=False, align="center"):
    ws.cell(row=row, column=first, value=text)
    ws.cell(row=row, column=first).font = Font(bold=bold, italic=italic, size=12)
    ws.cell(row=row, column=first).alignment = Alignment(
        horizontal=align, wrap_text=True
    )
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def exported_sheet(path, *, issuer, label, caption, attached, head, rows, width):
    """The system's export: the issuer's lines at the left, the form label
    at the top right, the caption and the "(Kèm theo …)" line across, then
    the table (`rows` of cell values) from row 7."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu 02"
    for r, text in enumerate(issuer, 1):
        merged(ws, r, 1, 2, text, bold=r == len(issuer))
    merged(ws, 1, width - 1, width, label, italic=True, align="right")
    merged(ws, 4, 1, width, caption, bold=True)
    merged(ws, 5, 1, width, attached, italic=True)
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text).font = Font(bold=True)
    for r, values in enumerate(rows, 8):
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
    boxed(ws, 7, 7 + len(rows), width)
    for column, w in zip("ABCDEF", (6, 48, 22, 28, 16, 20), strict=False):
        ws.column_dimensions[column].width = w
    saved_by_calc(wb, path)


PHU_HUU_TASKS = [
    ("Rà soát, cập nhật hồ sơ 19 tiêu chí xã nông thôn mới nâng cao",
     "Phòng Kinh tế", ["Văn phòng HĐND và UBND xã"], "Quý I", "2027-03-31"),
    ("Cứng hóa 1,8 km đường trục ấp Phú Mỹ", "Ban Quản lý dự án xã",
     ["Ban phát triển ấp Phú Mỹ"], "Tháng 6", "2027-06-30"),
    ("Xây dựng mô hình phân loại rác thải tại nguồn ở 04 ấp",
     "Hội Liên hiệp Phụ nữ xã", ["Phòng Kinh tế"], "Trước 30/11", "2027-11-30"),
    ("Nâng cấp Trạm Y tế xã đạt chuẩn quốc gia", "Trạm Y tế xã",
     ["Phòng Văn hóa - Xã hội"], "Quý IV", "2027-12-31"),
    ("Tổng kết, đánh giá kết quả xây dựng nông thôn mới nâng cao năm 2027",
     "Văn phòng HĐND và UBND xã", [], "Tháng 12", "2027-12-31"),
]  # fmt: skip


def phu_huu_xlsx(path: Path) -> None:
    exported_sheet(
        path,
        issuer=["ỦY BAN NHÂN DÂN", "XÃ PHÚ HỮU"],
        label="Biểu số 02/NTM-XA",
        caption="TỔNG HỢP NHIỆM VỤ XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2027",
        attached="(Kèm theo Kế hoạch số 198/KH-UBND ngày 22/12/2026 của UBND"
        " xã Phú Hữu)",
        head=[
            "STT",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],  # fmt: skip
        rows=[
            [n, title, lead, ", ".join(partners), when, ""]
            for n, (title, lead, partners, when, _day) in enumerate(PHU_HUU_TASKS, 1)
        ],
        width=6,
    )


PHU_HUU_COMMENT = """
Round 22h, family F2 (a workbook exported from a provincial system),
written before the importer was changed for it: rows above the table
merged: "ỦY BAN NHÂN DÂN" / "XÃ PHÚ HỮU" at the left, "Biểu số
02/NTM-XA" at the top right, the caption "TỔNG HỢP NHIỆM VỤ XÂY DỰNG XÃ
NÔNG THÔN MỚI NÂNG CAO NĂM 2027", "(Kèm theo Kế hoạch số 198/KH-UBND ngày
22/12/2026 của UBND xã Phú Hữu)"; no "KẾ HOẠCH" or "PHỤ LỤC" line. Table:
STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành
| Ghi chú; deadlines with no year: "Quý I", "Tháng 6", "Trước 30/11",
"Quý IV", "Tháng 12". Saved once by LibreOffice Calc.
Assumptions: the workbook is the plan it goes with (its number, symbol,
date); its caption is the title; a deadline with no year falls in the
year the caption names (2027), not the issue date's (2026).
"""

PHUOC_THIEN_TASKS = [
    ("Tập huấn chuyển đổi số cho 120 hộ kinh doanh", "Phòng Văn hóa - Xã hội",
     ["Bưu điện xã"], "Quý II", "2027-06-30"),
    ("Đưa 15 sản phẩm của hợp tác xã lên sàn thương mại điện tử",
     "Phòng Kinh tế", ["Hợp tác xã Phước Thiện"], "Tháng 9", "2027-09-30"),
    ("Lắp đặt wifi miễn phí tại 06 nhà văn hóa ấp", "Phòng Văn hóa - Xã hội",
     ["Viễn thông Đồng Nai"], "Trước 31/10", "2027-10-31"),
    ("Số hóa hồ sơ tiêu chí nông thôn mới thông minh", "Văn phòng HĐND và UBND xã",
     [], "Quý IV", "2027-12-31"),
]  # fmt: skip


def phuoc_thien_xlsx(path: Path) -> None:
    exported_sheet(
        path,
        issuer=["UBND TỈNH ĐỒNG NAI", "UBND XÃ PHƯỚC THIỆN"],
        label="Mẫu số 03",
        caption="KẾ HOẠCH THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN MỚI THÔNG MINH NĂM 2027",
        attached="(Kèm theo Kế hoạch số 14/KH-UBND ngày 08/01/2027 của UBND"
        " xã Phước Thiện)",
        head=[
            "TT",
            "Nội dung thực hiện",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời hạn",
        ],  # fmt: skip
        rows=[
            [n, title, lead, "; ".join(partners), when]
            for n, (title, lead, partners, when, _day) in enumerate(
                PHUOC_THIEN_TASKS, 1
            )
        ],
        width=5,
    )


PHUOC_THIEN_COMMENT = """
Round 22h, family F2 (a workbook exported from a provincial system),
written before the importer was changed for it: rows above the table
merged: "UBND TỈNH ĐỒNG NAI" / "UBND XÃ PHƯỚC THIỆN" at the left, "Mẫu số
03" at the top right, the caption "KẾ HOẠCH THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN
MỚI THÔNG MINH NĂM 2027" (it opens with "KẾ HOẠCH" but is one line, the
caption), "(Kèm theo Kế hoạch số 14/KH-UBND ngày 08/01/2027 của UBND xã
Phước Thiện)". Table: TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan
phối hợp | Thời hạn; deadlines "Quý II", "Tháng 9", "Trước 31/10", "Quý
IV".
Assumptions: the issuer is the commune (the province its parent); the
caption is the title; year-less deadlines fall in 2027 (the caption's
year, here also the issue date's).
"""

BINH_MINH_TASKS = [
    ("Chỉnh trang 05 tuyến đường hoa kiểu mẫu", "Hội Liên hiệp Phụ nữ xã",
     ["Ban phát triển các ấp"], "Quý I", "2027-03-31"),
    ("Lắp đặt 200 bóng đèn năng lượng mặt trời tuyến đường liên ấp",
     "Đoàn Thanh niên xã", ["Phòng Kinh tế"], "Tháng 7", "2027-07-31"),
    ("Hoàn thiện hồ sơ đề nghị công nhận ấp nông thôn mới kiểu mẫu",
     "Phòng Kinh tế", ["Trưởng các ấp"], "Trước 15/11", "2027-11-15"),
]  # fmt: skip


def binh_minh_docx() -> bytes:
    doc = Document()
    a4(doc, left=2.5, right=1.5)
    t = side_by_side(
        doc, ["ỦY BAN NHÂN DÂN", "XÃ BÌNH MINH"], ["Biểu mẫu 01/KH-NTM", ""]
    )
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(
        doc,
        "DANH MỤC NHIỆM VỤ XÂY DỰNG ẤP NÔNG THÔN MỚI KIỂU MẪU NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 211/KH-UBND ngày 28/12/2026 của UBND xã Bình Minh)",
        italic=True,
        center=True,
    )
    task_table(
        doc,
        ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
        [
            [[str(n)], [title], [lead], [", ".join(partners)], [when]]
            for n, (title, lead, partners, when, _d) in enumerate(BINH_MINH_TASKS, 1)
        ],
        [1.2, 7.0, 3.4, 3.4, 2.4],
        bold_titles=False,
    )
    return save(doc)


BINH_MINH_COMMENT = """
Round 22h, family F2 (the exported workbook's title block, in a Word
appendix), written before the importer was changed for it: a borderless
table "ỦY BAN NHÂN DÂN" / "XÃ BÌNH MINH" beside "Biểu mẫu 01/KH-NTM"
(right); the caption "DANH MỤC NHIỆM VỤ XÂY DỰNG ẤP NÔNG THÔN MỚI KIỂU
MẪU NĂM 2027"; "(Kèm theo Kế hoạch số 211/KH-UBND ngày 28/12/2026 …)"; a
task table STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian with "Quý I",
"Tháng 7", "Trước 15/11".
Assumptions: as F2's workbooks: the caption is the title, the deadlines
fall in 2027.
"""


# --- F3 plans pasted inside a forwarded e-mail ------------------------------

DONG_TAM = """---------- Forwarded message ---------
From: Văn phòng UBND xã Đông Tâm <vanphong.dongtam@thanhhoa.gov.vn>
Date: Th 2, 11 thg 1, 2027 lúc 08:42
Subject: Kế hoạch chỉnh trang khu dân cư, đón Tết Nguyên đán 2027
To: <cacdoanthe.dongtam@gmail.com>


Kính gửi các ban, ngành, đoàn thể và Trưởng các thôn,
Văn phòng UBND xã gửi Kế hoạch số 06/KH-UBND của UBND xã về chỉnh trang khu dân cư đón Tết Nguyên đán năm 2027.
Đề nghị các đơn vị nghiên cứu, triển khai và báo cáo kết quả đúng thời hạn.
Trân trọng!

ỦY BAN NHÂN DÂN
XÃ ĐÔNG TÂM
Số: 06/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Tâm, ngày 08 tháng 01 năm 2027

KẾ HOẠCH
Ra quân chỉnh trang khu dân cư, vệ sinh môi trường đón Tết Nguyên đán Đinh Mùi năm 2027

Căn cứ Kế hoạch số 210/KH-UBND ngày 25/12/2026 của UBND xã Đông Tâm về xây dựng nông thôn mới năm 2027;
UBND xã Đông Tâm ban hành kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Tạo cảnh quan sáng - xanh - sạch - đẹp tại các thôn trước Tết Nguyên đán.

II. NHIỆM VỤ
1. Phát quang bờ bụi, vệ sinh 15 km đường thôn, ngõ xóm
- Chủ trì: Đoàn Thanh niên xã;
- Phối hợp: Trưởng các thôn;
- Thời gian: trước 25/01/2027.
2. Trồng hoa, cây cảnh dọc tuyến đường trục xã
- Chủ trì: Hội Liên hiệp Phụ nữ xã;
- Phối hợp: Hội Cựu chiến binh xã;
- Thời gian: trước 31/01/2027.
3. Thu gom, xử lý rác thải tồn đọng tại khu vực chợ Đông Tâm
- Chủ trì: Ban quản lý chợ;
- Thời gian: trước 05/02/2027.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về UBND xã (qua Văn phòng) trước ngày 06/02/2027.

Nơi nhận:
- TT Đảng ủy, HĐND xã;
- Các ban, ngành, đoàn thể;
- Trưởng các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Đình Khải

--
Văn phòng HĐND và UBND xã Đông Tâm
ĐT: 0237.3861.205 - Email: vanphong.dongtam@thanhhoa.gov.vn
"""

DONG_TAM_TASKS = [
    ("Phát quang bờ bụi, vệ sinh 15 km đường thôn, ngõ xóm",
     "Đoàn Thanh niên xã", ["Trưởng các thôn"], "", "2027-01-25"),
    ("Trồng hoa, cây cảnh dọc tuyến đường trục xã", "Hội Liên hiệp Phụ nữ xã",
     ["Hội Cựu chiến binh xã"], "", "2027-01-31"),
    ("Thu gom, xử lý rác thải tồn đọng tại khu vực chợ Đông Tâm",
     "Ban quản lý chợ", [], "", "2027-02-05"),
]  # fmt: skip

DONG_TAM_COMMENT = """
Round 22h, family F3 (a plan pasted inside a forwarded e-mail), written
before the importer was changed for it: Gmail's forwarding block
("---------- Forwarded message ---------", "From:", "Date:", "Subject:",
"To:"), a greeting "Kính gửi …,", two sentences, "Trân trọng!", then the
plan as text ("Nơi nhận" and its list, then the signature), then "--" and
the sender's office and phone.
Assumptions: the mail lines are no part of the plan (used as its wrapper,
neither opening, basis nor task); the "--" line ends the plan: four
recipients, no empty fifth.
"""

AN_PHU = """-----Original Message-----
Từ: Nguyễn Thị Mai (VP Đảng ủy - UBND xã An Phú) [mailto:mainguyen.anphu@angiang.gov.vn]
Ngày: Thứ Năm, 14/01/2027 15:20
Đến: 'Các hội, đoàn thể xã An Phú'
Tiêu đề: V/v triển khai Kế hoạch số 09/KH-UBND

Kính gửi: Các hội, đoàn thể và Ban nhân dân các ấp.
Thực hiện chỉ đạo của Chủ tịch UBND xã, Văn phòng xin chuyển Kế hoạch số 09/KH-UBND ngày 13/01/2027 để các đơn vị triển khai.
Bản có chữ ký số đã được gửi qua hệ thống quản lý văn bản.
Trân trọng!

ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 09/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 13 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng ấp nông thôn mới kiểu mẫu năm 2027

Căn cứ Kế hoạch số 156/KH-UBND ngày 30/12/2026 của UBND tỉnh An Giang về thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027;
UBND xã An Phú xây dựng kế hoạch như sau:

I. MỤC TIÊU
Phấn đấu năm 2027 có thêm 02 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu.

II. NHIỆM VỤ CỤ THỂ
1. Rà soát, đánh giá hiện trạng tiêu chí ấp kiểu mẫu tại ấp Phú Hiệp, Phú Hữu
- Chủ trì: Phòng Kinh tế;
- Phối hợp: Ban nhân dân ấp Phú Hiệp, Ban nhân dân ấp Phú Hữu;
- Thời gian: Tháng 3/2027.
2. Xây dựng 02 tuyến đường hoa, đường cây xanh kiểu mẫu
- Chủ trì: Hội Liên hiệp Phụ nữ xã;
- Phối hợp: Đoàn Thanh niên xã;
- Thời gian: Quý II/2027.
3. Vận động hộ dân chỉnh trang hàng rào, cổng ngõ
- Chủ trì: Ủy ban MTTQ Việt Nam xã;
- Thời gian: 30/9/2027.
4. Hoàn thiện hồ sơ đề nghị công nhận ấp nông thôn mới kiểu mẫu
- Chủ trì: Văn phòng HĐND và UBND xã;
- Phối hợp: Phòng Kinh tế;
- Thời gian: 30/11/2027.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo tiến độ về UBND xã trước ngày 25 hằng tháng.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bảy

Nơi nhận:
- UBND tỉnh (b/c);
- TT Đảng ủy xã;
- Như mục II;
- Lưu: VT.
--
Văn phòng Đảng ủy - HĐND - UBND xã An Phú
Điện thoại: 0296.3826.114
"""

AN_PHU_TASKS = [
    ("Rà soát, đánh giá hiện trạng tiêu chí ấp kiểu mẫu tại ấp Phú Hiệp, Phú Hữu",
     "Phòng Kinh tế", ["Ban nhân dân ấp Phú Hiệp", "Ban nhân dân ấp Phú Hữu"],
     "", "2027-03-31"),
    ("Xây dựng 02 tuyến đường hoa, đường cây xanh kiểu mẫu",
     "Hội Liên hiệp Phụ nữ xã", ["Đoàn Thanh niên xã"], "", "2027-06-30"),
    ("Vận động hộ dân chỉnh trang hàng rào, cổng ngõ", "Ủy ban MTTQ Việt Nam xã",
     [], "", "2027-09-30"),
    ("Hoàn thiện hồ sơ đề nghị công nhận ấp nông thôn mới kiểu mẫu",
     "Văn phòng HĐND và UBND xã", ["Phòng Kinh tế"], "", "2027-11-30"),
]  # fmt: skip

AN_PHU_COMMENT = """
Round 22h, family F3 (a plan pasted inside a forwarded e-mail), written
before the importer was changed for it: Outlook's block in Vietnamese
("-----Original Message-----", "Từ:", "Ngày:", "Đến:", "Tiêu đề:"), a
greeting "Kính gửi: …", two sentences, "Trân trọng!", the plan as text
(the signature, then "Nơi nhận" and its list), then "--" and the sender's
office and phone.
Assumptions: as F3's other mail: the wrapper's lines are no part of the
plan; the "--" line ends the recipients (four).
"""


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r22h-lien-tich-tan-thanh-mttq.docx",
        tan_thanh_docx(),
        TAN_THANH_COMMENT,
        {
            "number": "02",
            "symbol": "KHLT-UBND-MTTQ",
            "place": "Tân Thạnh",
            "date": "2027-01-12",
            "title": "Phối hợp thực hiện cuộc vận động “Toàn dân đoàn kết xây"
            " dựng nông thôn mới, đô thị văn minh” năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ TÂN THẠNH",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Nguyễn Văn Lực",
            "recipients": 4,
            "bases": ["01/CTPH-UBND-MTTQ", "186/KH-UBND"],
            "cosigners": [
                {
                    "agency": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN THẠNH",
                    "authority": "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ",
                    "signer_title": "CHỦ TỊCH",
                    "signer": "Trần Thị Thu Hà",
                }
            ],
        },
        as_tasks(TAN_THANH_TASKS),
    )
    write(
        OUT,
        "r22h-phoi-hop-hung-loc-hoi-nong-dan.pdf",
        saved_as(hung_loc_docx(), "pdf"),
        HUNG_LOC_COMMENT,
        {
            "number": "07",
            "symbol": "KHPH-UBND-HND",
            "place": "Hưng Lộc",
            "date": "2027-02-25",
            "title": "Hỗ trợ nông dân phát triển sản xuất, kinh doanh gắn với"
            " xây dựng nông thôn mới năm 2027",
            "issuer": "UBND XÃ HƯNG LỘC",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Lê Thị Ngọc Hân",
            "recipients": 3,
            "bases": ["03/CTPH-UBND-HND", "12/NQ-HĐND"],
            "cosigners": [
                {
                    "agency": "BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ HƯNG LỘC",
                    "authority": "TM. BAN CHẤP HÀNH",
                    "signer_title": "CHỦ TỊCH",
                    "signer": "Võ Minh Quang",
                }
            ],
        },
        as_tasks(HUNG_LOC_TASKS),
    )
    my_hoa = {
        "number": "05",
        "symbol": "KHLT-UBND-HPN",
        "place": "Mỹ Hòa",
        "date": "2027-01-20",
        "title": "Phối hợp xây dựng gia đình “5 không, 3 sạch” gắn với xây dựng"
        " nông thôn mới năm 2027",
        "issuer": "ỦY BAN NHÂN DÂN XÃ MỸ HÒA",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Phạm Quốc Thắng",
        "recipients": 4,
        "bases": ["201/KH-UBND"],
        "cosigners": [
            {
                "agency": "BAN CHẤP HÀNH HỘI LIÊN HIỆP PHỤ NỮ XÃ MỸ HÒA",
                "authority": "TM. BAN CHẤP HÀNH HỘI LIÊN HIỆP PHỤ NỮ XÃ",
                "signer_title": "CHỦ TỊCH",
                "signer": "Nguyễn Thị Bích Vân",
            }
        ],
    }
    for suffix, data in (
        ("docx", my_hoa_docx()),
        ("pdf", saved_as(my_hoa_docx(), "pdf")),
    ):
        write(
            OUT,
            f"r22h-lien-tich-my-hoa-phu-nu.{suffix}",
            data,
            MY_HOA_COMMENT,
            my_hoa,
            as_tasks(MY_HOA_TASKS),
        )
    phu_huu_xlsx(OUT / "r22h-bieu-02-xa-phu-huu.xlsx")
    (OUT / "r22h-bieu-02-xa-phu-huu.toml").write_text(
        toml_text(
            PHU_HUU_COMMENT,
            {
                "number": "198",
                "symbol": "KH-UBND",
                "date": "2026-12-22",
                "title": "Tổng hợp nhiệm vụ xây dựng xã nông thôn mới nâng cao"
                " năm 2027",
                "issuer": "ỦY BAN NHÂN DÂN XÃ PHÚ HỮU",
            },
            as_tasks(PHU_HUU_TASKS),
        ),
        encoding="utf-8",
    )
    phuoc_thien_xlsx(OUT / "r22h-mau-03-xa-phuoc-thien.xlsx")
    (OUT / "r22h-mau-03-xa-phuoc-thien.toml").write_text(
        toml_text(
            PHUOC_THIEN_COMMENT,
            {
                "number": "14",
                "symbol": "KH-UBND",
                "date": "2027-01-08",
                "title": "Kế hoạch thực hiện tiêu chí xã nông thôn mới thông minh"
                " năm 2027",
                "issuer": "UBND XÃ PHƯỚC THIỆN",
            },
            as_tasks(PHUOC_THIEN_TASKS),
        ),
        encoding="utf-8",
    )
    write(
        OUT,
        "r22h-bieu-mau-xa-binh-minh.docx",
        binh_minh_docx(),
        BINH_MINH_COMMENT,
        {
            "number": "211",
            "symbol": "KH-UBND",
            "date": "2026-12-28",
            "title": "Danh mục nhiệm vụ xây dựng ấp nông thôn mới kiểu mẫu năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ BÌNH MINH",
        },
        as_tasks(BINH_MINH_TASKS),
    )
    write(
        OUT,
        "r22h-thu-chuyen-tiep-xa-dong-tam.txt",
        DONG_TAM,
        DONG_TAM_COMMENT,
        {
            "number": "06",
            "symbol": "KH-UBND",
            "place": "Đông Tâm",
            "date": "2027-01-08",
            "title": "Ra quân chỉnh trang khu dân cư, vệ sinh môi trường đón Tết"
            " Nguyên đán Đinh Mùi năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ ĐÔNG TÂM",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Lê Đình Khải",
            "recipients": 4,
            "bases": ["210/KH-UBND"],
        },
        as_tasks(DONG_TAM_TASKS),
    )
    write(
        OUT,
        "r22h-thu-outlook-xa-an-phu.txt",
        AN_PHU,
        AN_PHU_COMMENT,
        {
            "number": "09",
            "symbol": "KH-UBND",
            "place": "An Phú",
            "date": "2027-01-13",
            "title": "Xây dựng ấp nông thôn mới kiểu mẫu năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Trần Văn Bảy",
            "recipients": 4,
            "bases": ["156/KH-UBND"],
        },
        as_tasks(AN_PHU_TASKS),
    )
