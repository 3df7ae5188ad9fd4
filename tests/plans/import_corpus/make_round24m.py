"""Writes round 24m's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round24m.py

Round 24m is one family, written before the importer was changed for it: a
task table whose responsibility is a matrix. After "TT | Nội dung nhiệm
vụ" a header cell ("Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện",
"Phân công thực hiện", "Trách nhiệm") is merged across one column per
agency, and a second header row names the agencies; each task row puts a
mark under its agencies: the lead's ("C", "CT", "●", "X", "1", a lone "x")
and the partners' ("P", "PH", "○", "x", "2"). A legend under or above the
table explains the marks ("Ghi chú: C - chủ trì; P - phối hợp"), or none
does. Group rows ("I. NHÓM TIÊU CHÍ QUY HOẠCH") run across the full width;
deadlines stand in their own column. A commune's Word plan (header cells
merged down and across), a provincial department's landscape .odt, a
commune's workbook appendix, a ward's PDF made by LibreOffice and a
commune's Word plan marked "X"/"x" with no legend.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import toml_text, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_xlsx import boxed, line, saved_by_calc  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    fixed_widths,
    opening,
    para,
    ruled,
    save,
)

OUT = HERE / "round24m"


def expected_tasks(agencies, rows, lead_marks, partner_marks):
    """Each row's expected task: the first agency marked as lead leads; the
    other lead-marked agencies (co-leads), then the partner-marked ones, in
    column order, take part."""
    tasks = []
    for row in rows:
        if isinstance(row, str):
            continue
        title, marks, time, deadline = row
        leads = [a for a, m in zip(agencies, marks, strict=True) if m in lead_marks]
        partners = [
            a for a, m in zip(agencies, marks, strict=True) if m in partner_marks
        ]
        if not leads and len([m for m in marks if m]) == 1:
            leads, partners = partners, []
        elif not leads and partners:
            leads, partners = partners[:1], partners[1:]
        tasks.append(
            {
                "title": title,
                "lead": leads[0],
                "coordinating": leads[1:] + partners,
                "deadline": deadline,
            }
        )
    return tasks


def matrix_table(doc, spanning, agencies, rows, widths, *, time_head, size=11):
    """The task table: "TT", "Nội dung nhiệm vụ" and the time merged down
    over two header rows, `spanning` merged across the agencies' columns
    and the agencies under it; a group row (a string) merged across the
    whole width; a task row (title, marks, time, deadline)."""
    width = len(agencies) + 3
    t = doc.add_table(rows=2, cols=width)
    ruled(t)
    last = width - 1
    number = t.cell(0, 0).merge(t.cell(1, 0))
    content = t.cell(0, 1).merge(t.cell(1, 1))
    over = t.cell(0, 2).merge(t.cell(0, last - 1))
    time = t.cell(0, last).merge(t.cell(1, last))
    fill(number, "TT", size=size, bold=True, center=True)
    fill(content, "Nội dung nhiệm vụ", size=size, bold=True, center=True)
    fill(over, spanning, size=size, bold=True, center=True)
    fill(time, time_head, size=size, bold=True, center=True)
    for i, agency in enumerate(agencies, 2):
        fill(t.cell(1, i), agency, size=size, bold=True, center=True)
    count = 0
    for row in rows:
        r = t.add_row()
        if isinstance(row, str):
            whole = r.cells[0].merge(r.cells[last])
            fill(whole, row, size=size, bold=True)
            count = 0
            continue
        count += 1
        title, marks, when, _ = row
        fill(r.cells[0], str(count), size=size, center=True)
        fill(r.cells[1], title, size=size)
        for i, mark in enumerate(marks, 2):
            fill(r.cells[i], mark, size=size, center=True)
        fill(r.cells[last], when, size=size, center=True)
    fixed_widths(t, widths)
    return t


def commune_header(place, number, date, title, signer, bases, recipients):
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": place.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {place}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "bases": bases,
        "recipients": recipients,
    }


# --- 1. a commune's Word plan, "C"/"P", the legend under the table ---------

TAN_PHONG_AGENCIES = [
    "UBND xã",
    "Phòng Kinh tế",
    "Phòng Văn hóa - Xã hội",
    "Văn phòng HĐND-UBND",
    "Công an xã",
    "Hội Nông dân",
    "Các thôn",
]
TAN_PHONG_ROWS = [
    "I. NHÓM TIÊU CHÍ QUY HOẠCH VÀ HẠ TẦNG",
    (
        "Rà soát, điều chỉnh quy hoạch chung xã Tân Phong đến năm 2035",
        ["", "C", "", "P", "", "", "P"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Cứng hóa 4,5 km đường trục thôn, liên thôn",
        ["", "C", "", "", "", "P", "P"],
        "Tháng 10/2027",
        "2027-10-31",
    ),
    (
        "Nâng cấp hệ thống chiếu sáng công cộng các tuyến đường thôn",
        ["", "C", "", "", "P", "", "C"],
        "30/9/2027",
        "2027-09-30",
    ),
    "II. NHÓM TIÊU CHÍ VĂN HÓA - XÃ HỘI - AN NINH",
    (
        "Xây dựng và nhân rộng mô hình thôn văn hóa kiểu mẫu",
        ["", "", "C", "", "", "", "P"],
        "Tháng 11/2027",
        "2027-11-30",
    ),
    (
        "Giữ vững tiêu chí an ninh trật tự, xây dựng thôn an toàn về an ninh trật tự",
        ["", "", "", "", "C", "", "P"],
        "31/12/2027",
        "2027-12-31",
    ),
    (
        "Tổng hợp, báo cáo kết quả thực hiện các tiêu chí định kỳ hằng quý",
        ["P", "", "", "C", "", "", ""],
        "Quý IV/2027",
        "2027-12-31",
    ),
]


def tan_phong_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHONG", "Số: 118/KH-UBND"],
        "Tân Phong, ngày 02 tháng 12 năm 2026",
        "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(
        doc,
        "Căn cứ Kế hoạch số 512/KH-UBND ngày 15/11/2026 của UBND tỉnh về thực "
        "hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        italic=True,
    )
    para(
        doc,
        "UBND xã Tân Phong ban hành Kế hoạch thực hiện các tiêu chí xã nông "
        "thôn mới nâng cao năm 2027 như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phân công rõ đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành "
        "từng nhiệm vụ; phấn đấu đạt chuẩn xã nông thôn mới nâng cao năm 2027.",
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    matrix_table(
        doc,
        "Đơn vị thực hiện",
        TAN_PHONG_AGENCIES,
        TAN_PHONG_ROWS,
        [1.0, 8.0, 1.7, 1.7, 1.9, 1.9, 1.6, 1.7, 1.6, 2.6],
        time_head="Thời gian hoàn thành",
    )
    para(doc, "Ghi chú: C - chủ trì; P - phối hợp.", italic=True)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được phân công chủ trì chủ động xây dựng kế hoạch chi tiết, "
        "báo cáo kết quả về Văn phòng HĐND-UBND xã trước ngày 20 hằng quý.",
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đinh Văn Hậu"],
    )
    return save(doc)


# --- 2. a provincial department's landscape .odt, "CT"/"PH" legend above ---

SO_AGENCIES = [
    "Phòng Kế hoạch - Tài chính",
    "Chi cục Phát triển nông thôn",
    "Chi cục Thủy lợi",
    "Chi cục Trồng trọt và BVTV",
    "Trung tâm Khuyến nông",
    "Văn phòng Điều phối NTM tỉnh",
    "UBND các xã",
]
SO_ROWS = [
    "A. NHIỆM VỤ CHUNG",
    (
        "Tham mưu phân bổ vốn ngân sách tỉnh thực hiện Chương trình năm 2027",
        ["CT", "PH", "", "", "", "PH", ""],
        "Tháng 02/2027",
        "2027-02-28",
    ),
    (
        "Hướng dẫn các xã đánh giá mức độ đạt tiêu chí sản xuất - thu nhập",
        ["", "CT", "", "PH", "PH", "", "PH"],
        "Quý II/2027",
        "2027-06-30",
    ),
    "B. NHIỆM VỤ THEO LĨNH VỰC",
    (
        "Kiểm tra an toàn hồ đập, công trình thủy lợi trước mùa mưa lũ",
        ["", "", "CT", "", "", "", "PH"],
        "Tháng 5/2027",
        "2027-05-31",
    ),
    (
        "Xây dựng mô hình sản xuất lúa hữu cơ gắn với tiêu thụ sản phẩm",
        ["", "", "", "CT", "CT", "", "PH"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Tổng hợp kết quả, báo cáo Ban Chỉ đạo tỉnh",
        ["PH", "PH", "", "", "", "CT", ""],
        "15/12/2027",
        "2027-12-15",
    ),
]


def so_nn_odt() -> bytes:
    doc = opening(
        [
            "UBND TỈNH HÀ TĨNH",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "Số: 245/KH-SNNMT",
        ],
        "Hà Tĩnh, ngày 04 tháng 12 năm 2026",
        "Triển khai nhiệm vụ xây dựng nông thôn mới của ngành nông nghiệp và "
        "môi trường năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(
        doc,
        "Căn cứ Quyết định số 1689/QĐ-UBND ngày 20/11/2026 của UBND tỉnh giao "
        "chỉ tiêu kế hoạch năm 2027;",
        italic=True,
    )
    para(
        doc,
        "Sở Nông nghiệp và Môi trường xây dựng kế hoạch triển khai như sau:",
    )
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "(CT: chủ trì; PH: phối hợp)", italic=True, center=True)
    matrix_table(
        doc,
        "Cơ quan, đơn vị thực hiện",
        SO_AGENCIES,
        SO_ROWS,
        [1.0, 7.4, 2.0, 2.0, 1.8, 2.0, 1.8, 2.0, 1.8, 2.4],
        time_head="Thời gian",
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Thủ trưởng các phòng, đơn vị thuộc Sở triển khai thực hiện; báo cáo "
        "kết quả về Sở (qua Văn phòng Điều phối NTM tỉnh) trước ngày 15/12/2027.",
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, PTNT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Quốc Vinh"],
    )
    return saved_as(save(doc), "odt")


# --- 3. a commune's workbook appendix, "x" marks, no legend ------------------

LAC_AGENCIES = [
    "Văn phòng HĐND-UBND",
    "Phòng Kinh tế",
    "Phòng Văn hóa - Xã hội",
    "Trạm Y tế xã",
    "Đoàn Thanh niên",
    "Hội LHPN xã",
]
LAC_ROWS = [
    "I. TIÊU CHÍ Y TẾ - GIÁO DỤC",
    (
        "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên",
        ["", "", "x", "x", "x", ""],
        "Tháng 12/2027",
        "2027-12-31",
    ),
    (
        "Duy trì xã đạt chuẩn quốc gia về y tế",
        ["", "", "", "x", "", ""],
        "Quý IV/2027",
        "2027-12-31",
    ),
    "II. TIÊU CHÍ KINH TẾ",
    (
        "Hỗ trợ phụ nữ phát triển kinh tế hộ gia đình, khởi nghiệp",
        ["", "x", "", "", "", "x"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Cập nhật hồ sơ minh chứng các tiêu chí lên phần mềm quản lý",
        ["x", "", "", "", "", ""],
        "30/11/2027",
        "2027-11-30",
    ),
]


def lac_thuy_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Phân công"
    width = len(LAC_AGENCIES) + 3
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ LẠC THỦY", width=width, bold=True)
    line(ws, 3, "PHỤ LỤC", width=width, bold=True)
    line(ws, 4, "PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027",
         width=width, bold=True)  # fmt: skip
    line(ws, 5, "(Kèm theo Kế hoạch số 64/KH-UBND ngày 05/12/2026 của UBND xã Lạc Thủy)",
         width=width, italic=True)  # fmt: skip
    top, last = 6, width
    for c, text in (
        (1, "TT"),
        (2, "Nội dung nhiệm vụ"),
        (last, "Thời gian hoàn thành"),
    ):
        ws.cell(row=top, column=c, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    ws.cell(row=top, column=3, value="Phân công thực hiện").font = Font(bold=True)
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=last - 1)
    for c, agency in enumerate(LAC_AGENCIES, 3):
        ws.cell(row=top + 1, column=c, value=agency).font = Font(bold=True)
    r, count = top + 2, 0
    for row in LAC_ROWS:
        if isinstance(row, str):
            ws.cell(row=r, column=1, value=row).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
            count = 0
        else:
            count += 1
            title, marks, when, _ = row
            for c, value in enumerate([count, title, *marks, when], 1):
                if value != "":
                    ws.cell(row=r, column=c, value=value)
        r += 1
    boxed(ws, top, r - 1, last)
    for c in range(3, last):
        ws.cell(row=top + 1, column=c).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    ws.column_dimensions["B"].width = 48
    saved_by_calc(wb, path)


# --- 4. a ward's plan as a PDF from LibreOffice, "●"/"○" under "Trách nhiệm" --

WARD_AGENCIES = [
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Công an phường",
    "Ủy ban MTTQ phường",
    "Các tổ dân phố",
]
WARD_ROWS = [
    "I. XÂY DỰNG ĐÔ THỊ VĂN MINH",
    (
        "Chỉnh trang vỉa hè, hệ thống thoát nước các tuyến phố chính",
        ["●", "", "", "", "○"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Vận động nhân dân giữ gìn vệ sinh môi trường, phân loại rác tại nguồn",
        ["○", "", "", "●", "○"],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    "II. AN NINH, TRẬT TỰ",
    (
        "Xây dựng mô hình tổ dân phố an toàn về an ninh trật tự",
        ["", "○", "●", "○", "○"],
        "31/10/2027",
        "2027-10-31",
    ),
]


def ward_pdf() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG THÀNH SEN", "Số: 77/KH-UBND"],
        "Thành Sen, ngày 08 tháng 12 năm 2026",
        "Xây dựng phường văn minh đô thị năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(
        doc,
        "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 01/12/2026 của HĐND phường về "
        "nhiệm vụ phát triển kinh tế - xã hội năm 2027;",
        italic=True,
    )
    para(doc, "UBND phường Thành Sen ban hành Kế hoạch như sau:")
    para(doc, "I. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    matrix_table(
        doc,
        "Trách nhiệm",
        WARD_AGENCIES,
        WARD_ROWS,
        [1.0, 9.0, 3.4, 2.8, 2.4, 2.8, 2.6, 2.2],
        time_head="Thời hạn",
        size=10,
    )
    para(doc, "Ghi chú: ● Chủ trì; ○ Phối hợp.", italic=True)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị chủ trì báo cáo kết quả về UBND phường trước ngày 25 hằng tháng.",
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy phường;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lê Thị Hằng"],
    )
    return saved_as(save(doc), "pdf")


# --- 5. a commune's Word plan, "X" lead and "x" partners, no legend --------

HOA_AGENCIES = ["Phòng Kinh tế", "Văn phòng HĐND-UBND", "Hội Nông dân", "Các thôn"]
HOA_ROWS = [
    (
        "Phát triển 02 sản phẩm OCOP đạt 3 sao từ đặc sản chè Shan tuyết",
        ["X", "", "x", "x"],
        "Tháng 9/2027",
        "2027-09-30",
    ),
    (
        "Kiện toàn tổ công nghệ số cộng đồng tại các thôn",
        ["", "X", "", "x"],
        "Quý I/2027",
        "2027-03-31",
    ),
    (
        "Hỗ trợ nông dân áp dụng quy trình sản xuất chè theo tiêu chuẩn VietGAP",
        ["x", "", "X", ""],
        "Quý II/2027",
        "2027-06-30",
    ),
]


def hoa_binh_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HỒNG THÁI", "Số: 09/KH-UBND"],
        "Hồng Thái, ngày 10 tháng 12 năm 2026",
        "Phát triển sản xuất gắn với chuyển đổi số nông nghiệp năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 530/KH-UBND ngày 25/11/2026 của UBND tỉnh về phát "
        "triển kinh tế nông thôn năm 2027;",
        italic=True,
    )
    para(doc, "UBND xã Hồng Thái ban hành Kế hoạch như sau:")
    para(doc, "I. NHIỆM VỤ", bold=True)
    matrix_table(
        doc,
        "Phân công thực hiện",
        HOA_AGENCIES,
        HOA_ROWS,
        [1.0, 7.0, 2.0, 2.2, 1.8, 1.6, 2.4],
        time_head="Thời gian hoàn thành",
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã hằng quý.")
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Sầm Văn Chiến"],
    )
    return save(doc)


COMMENT = """Round 24m: {what}
Assumptions: the agencies are the second header row's names (their merged
parent cell is no agency); the first agency marked as lead leads, other
lead marks are co-leads, taken as partners before the partner-marked
agencies, in column order; {marks}"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r24m-xa-tan-phong-c-p.docx",
        tan_phong_docx(),
        COMMENT.format(
            what='a commune\'s landscape Word plan, "Đơn vị thực hiện" merged '
            "across seven agencies,\nTT, content and time merged down, group "
            "rows across the width.",
            marks='"C" leads, "P" takes part, as the legend under the table says\n'
            "(the legend is no task).",
        ),
        commune_header(
            "TÂN PHONG",
            "118",
            "2026-12-02",
            "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027",
            "Đinh Văn Hậu",
            ["512/KH-UBND"],
            3,
        ),
        expected_tasks(TAN_PHONG_AGENCIES, TAN_PHONG_ROWS, {"C"}, {"P"}),
    )
    write(
        OUT,
        "r24m-so-nnmt-ha-tinh-ct-ph.odt",
        so_nn_odt(),
        COMMENT.format(
            what="a provincial department's landscape .odt, \"Cơ quan, đơn vị "
            'thực hiện" merged\nacross seven units, lettered group rows.',
            marks='"CT" leads, "PH" takes part, as the legend above the\ntable says.',
        ),
        {
            "number": "245",
            "symbol": "KH-SNNMT",
            "place": "Hà Tĩnh",
            "date": "2026-12-04",
            "title": "Triển khai nhiệm vụ xây dựng nông thôn mới của ngành nông "
            "nghiệp và môi trường năm 2027",
            "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "authority": "KT. GIÁM ĐỐC",
            "signer_title": "PHÓ GIÁM ĐỐC",
            "signer": "Trần Quốc Vinh",
            "bases": ["1689/QĐ-UBND"],
            "recipients": 3,
        },
        expected_tasks(SO_AGENCIES, SO_ROWS, {"CT"}, {"PH"}),
    )
    lac_thuy_xlsx(OUT / "r24m-xa-lac-thuy-x.xlsx")
    (OUT / "r24m-xa-lac-thuy-x.toml").write_text(
        toml_text(
            COMMENT.format(
                what='a commune\'s workbook appendix, "Phân công thực hiện" merged '
                'across six agencies,\nevery mark an "x", no legend.',
                marks='with no legend a lone "x" leads; of several, the first\n'
                "(leftmost) leads and the others take part.",
            ),
            {
                "number": "64",
                "symbol": "KH-UBND",
                "date": "2026-12-05",
                "title": "PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027",
                "issuer": "ỦY BAN NHÂN DÂN XÃ LẠC THỦY",
            },
            expected_tasks(LAC_AGENCIES, LAC_ROWS, set(), {"x"}),
        ),
        encoding="utf-8",
    )
    write(
        OUT,
        "r24m-phuong-thanh-sen-cham.pdf",
        ward_pdf(),
        COMMENT.format(
            what='a ward\'s plan saved as PDF by LibreOffice, "Trách nhiệm" '
            "merged across five\nagencies.",
            marks='"●" leads, "○" takes part, as the legend under the table\nsays.',
        ),
        {
            "number": "77",
            "symbol": "KH-UBND",
            "place": "Thành Sen",
            "date": "2026-12-08",
            "title": "Xây dựng phường văn minh đô thị năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG THÀNH SEN",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Lê Thị Hằng",
            "bases": ["25/NQ-HĐND"],
            "recipients": 3,
        },
        expected_tasks(WARD_AGENCIES, WARD_ROWS, {"●"}, {"○"}),
    )
    write(
        OUT,
        "r24m-xa-hong-thai-x-hoa.docx",
        hoa_binh_docx(),
        COMMENT.format(
            what='a commune\'s Word plan, "Phân công thực hiện" merged across '
            "four agencies, no\ngroup rows, no legend.",
            marks='with no legend a capital "X" leads where the others are\n'
            'lower-case "x", which take part.',
        ),
        commune_header(
            "HỒNG THÁI",
            "09",
            "2026-12-10",
            "Phát triển sản xuất gắn với chuyển đổi số nông nghiệp năm 2027",
            "Sầm Văn Chiến",
            ["530/KH-UBND"],
            3,
        ),
        expected_tasks(HOA_AGENCIES, HOA_ROWS, {"X"}, {"x"}),
    )


if __name__ == "__main__":
    main()
