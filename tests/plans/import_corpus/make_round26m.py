"""Writes round 26m's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round26m.py

Round 26m is one family, written before the importer was changed for it:
responsibility matrices (round 24m) laid out in the ways round 24m left
unread, and one table that only looks like one:

M1. a commune's Word plan whose matrix names its agencies in the header's
    only row ("TT | Nội dung nhiệm vụ | UBND xã | Công an xã | … | Thời
    gian"), no merged cell above them; "C"/"P", the legend under it.
M2. a commune's Word plan whose header takes three rows: "Phân công"
    merged across every agency, under it "Cơ quan cấp xã" and "Đoàn thể"
    merged across theirs and "Các thôn" merged down, then the agencies;
    "CT"/"PH", the legend under it.
M3. a commune's Word plan marked "x" (chủ trì) and "o" (phối hợp), the
    legend above the table with two sentences between them.
M4. a ward's plan as a PDF made by LibreOffice from Word, the agencies
    abbreviated ("UBMTTQ", "HND", "HLHPN", "ĐTN", "CCB", "CA phường",
    "QS phường"), marked "X" and "O", the legend on the page after the
    table's, after a sentence.
M5. the same matrix as M4 in a commune's workbook (one sheet), the
    agencies' names written vertically, the legend two sentences under
    the table.
M6. a commune's Word plan whose task table gives the figures each mass
    organisation takes on ("Hội Nông dân | Hội LHPN | Đoàn Thanh niên |
    Hội CCB", one column each, figures from 1 to 120) beside its own lead
    column: no matrix.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import toml_text, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round24m import commune_header, expected_tasks  # noqa: E402
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

OUT = HERE / "round26m"


def task_rows(t, rows, start, last, *, size):
    """The task rows under a matrix's header: a group row (a string) merged
    across the width, a task row (title, marks, time, deadline)."""
    count = 0
    for row in rows:
        r = t.add_row()
        if isinstance(row, str):
            fill(r.cells[0].merge(r.cells[last]), row, size=size, bold=True)
            count = 0
            continue
        count += 1
        title, marks, when, _ = row
        fill(r.cells[0], str(count), size=size, center=True)
        fill(r.cells[1], title, size=size)
        for i, mark in enumerate(marks, start):
            fill(r.cells[i], mark, size=size, center=True)
        fill(r.cells[last], when, size=size, center=True)


def heads(t, header_rows, time_head, last, *, size):
    """ "TT", "Nội dung nhiệm vụ" and the time merged down the header."""
    bottom = header_rows - 1
    for column, text in ((0, "TT"), (1, "Nội dung nhiệm vụ"), (last, time_head)):
        cell = t.cell(0, column)
        if bottom:
            cell = cell.merge(t.cell(bottom, column))
        fill(cell, text, size=size, bold=True, center=True)


def one_row_matrix(doc, agencies, rows, widths, *, time_head, size=11):
    """The matrix with the agencies in the header's only row."""
    last = len(agencies) + 2
    t = doc.add_table(rows=1, cols=last + 1)
    ruled(t)
    heads(t, 1, time_head, last, size=size)
    for i, agency in enumerate(agencies, 2):
        fill(t.cell(0, i), agency, size=size, bold=True, center=True)
    task_rows(t, rows, 2, last, size=size)
    fixed_widths(t, widths)


def two_row_matrix(doc, spanning, agencies, rows, widths, *, time_head, size=11):
    """Round 24m's matrix: `spanning` merged across the agencies under it."""
    last = len(agencies) + 2
    t = doc.add_table(rows=2, cols=last + 1)
    ruled(t)
    heads(t, 2, time_head, last, size=size)
    fill(t.cell(0, 2).merge(t.cell(0, last - 1)), spanning, size=size, bold=True,
         center=True)  # fmt: skip
    for i, agency in enumerate(agencies, 2):
        fill(t.cell(1, i), agency, size=size, bold=True, center=True)
    task_rows(t, rows, 2, last, size=size)
    fixed_widths(t, widths)


def three_row_matrix(doc, spanning, groups, rows, widths, *, time_head, size=11):
    """`spanning` merged across every agency; under it each group (name,
    agencies) merged across its agencies, or an agency alone (name, None)
    merged down the two rows under `spanning`; then the agencies."""
    agencies = [a for name, members in groups for a in (members or [name])]
    last = len(agencies) + 2
    t = doc.add_table(rows=3, cols=last + 1)
    ruled(t)
    heads(t, 3, time_head, last, size=size)
    fill(t.cell(0, 2).merge(t.cell(0, last - 1)), spanning, size=size, bold=True,
         center=True)  # fmt: skip
    column = 2
    for name, members in groups:
        if members is None:
            cell = t.cell(1, column).merge(t.cell(2, column))
            fill(cell, name, size=size, bold=True, center=True)
            column += 1
            continue
        over = t.cell(1, column).merge(t.cell(1, column + len(members) - 1))
        fill(over, name, size=size, bold=True, center=True)
        for member in members:
            fill(t.cell(2, column), member, size=size, bold=True, center=True)
            column += 1
    task_rows(t, rows, 2, last, size=size)
    fixed_widths(t, widths)
    return agencies


def closing(doc, place_word, signer):
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", f"- TT Đảng ủy {place_word};", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", signer],
    )


# --- M1. agencies in the header's only row, "C"/"P" ------------------------

AN_LAC_AGENCIES = ["UBND xã", "Công an xã", "Ban Chỉ huy Quân sự xã",
                   "Hội Nông dân", "Các thôn"]  # fmt: skip
AN_LAC_ROWS = [
    "I. AN NINH, QUỐC PHÒNG",
    (
        "Xây dựng lực lượng dân quân thường trực đủ số lượng, chất lượng",
        ["P", "", "C", "", "P"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Triển khai mô hình camera an ninh tại các trục đường liên thôn",
        ["", "C", "", "", "P"],
        "Tháng 9/2027",
        "2027-09-30",
    ),
    "II. KINH TẾ",
    (
        "Thành lập 02 tổ hợp tác trồng rau an toàn theo chuỗi giá trị",
        ["P", "", "", "C", "P"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Rà soát, cập nhật hồ sơ đánh giá các tiêu chí xã nông thôn mới",
        ["C", "P", "P", "P", ""],
        "30/11/2027",
        "2027-11-30",
    ),
]


def an_lac_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ AN LẠC", "Số: 141/KH-UBND"],
        "An Lạc, ngày 03 tháng 12 năm 2026",
        "Thực hiện nhiệm vụ xây dựng nông thôn mới năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(doc, "Căn cứ Kế hoạch số 215/KH-UBND ngày 18/11/2026 của UBND huyện về "
         "xây dựng nông thôn mới năm 2027;", italic=True)  # fmt: skip
    para(doc, "UBND xã An Lạc ban hành Kế hoạch như sau:")
    para(doc, "I. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    one_row_matrix(
        doc,
        AN_LAC_AGENCIES,
        AN_LAC_ROWS,
        [1.0, 9.0, 2.0, 2.0, 2.6, 2.0, 2.0, 2.6],
        time_head="Thời gian hoàn thành",
    )
    para(doc, "Ghi chú: C - chủ trì; P - phối hợp.", italic=True)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị chủ trì báo cáo kết quả về UBND xã trước ngày 20 hằng quý.")
    closing(doc, "xã", "Nông Văn Thắng")
    return save(doc)


# --- M2. a header of three rows, "CT"/"PH" ---------------------------------

DONG_SON_GROUPS = [
    ("Cơ quan cấp xã", ["UBND xã", "Công an xã", "Quân sự xã"]),
    ("Đoàn thể", ["UBMTTQ xã", "Hội Nông dân", "Đoàn Thanh niên"]),
    ("Các thôn", None),
]
DONG_SON_ROWS = [
    (
        "Tổ chức ra quân làm đường giao thông nông thôn, trồng cây xanh",
        ["CT", "", "", "PH", "", "PH", "PH"],
        "Tháng 3/2027",
        "2027-03-31",
    ),
    (
        "Tuyên truyền phòng, chống tội phạm và tệ nạn xã hội",
        ["", "CT", "", "PH", "", "PH", "PH"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Huấn luyện lực lượng dân quân tự vệ năm 2027",
        ["", "", "CT", "", "", "PH", ""],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    (
        "Vận động hội viên liên kết sản xuất, tiêu thụ cam Đồng Sơn",
        ["PH", "", "", "", "CT", "", "PH"],
        "Quý IV/2027",
        "2027-12-31",
    ),
]


def dong_son_docx() -> tuple[bytes, list[str]]:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG SƠN", "Số: 152/KH-UBND"],
        "Đồng Sơn, ngày 07 tháng 12 năm 2026",
        "Triển khai phong trào thi đua chung sức xây dựng nông thôn mới năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(doc, "Căn cứ Kế hoạch số 220/KH-UBND ngày 20/11/2026 của UBND huyện về "
         "phong trào thi đua năm 2027;", italic=True)  # fmt: skip
    para(doc, "UBND xã Đồng Sơn ban hành Kế hoạch như sau:")
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    agencies = three_row_matrix(
        doc,
        "Phân công",
        DONG_SON_GROUPS,
        DONG_SON_ROWS,
        [1.0, 8.4, 1.9, 1.9, 1.9, 1.9, 1.9, 2.0, 1.8, 2.4],
        time_head="Thời hạn",
    )
    para(doc, "Ghi chú: CT - chủ trì; PH - phối hợp.", italic=True)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các cơ quan, đoàn thể, các thôn triển khai thực hiện nghiêm túc.")
    closing(doc, "xã", "Lò Văn Sơn")
    return save(doc), agencies


# --- M3. "x"/"o", the legend above the table, two sentences between --------

PHU_NINH_AGENCIES = ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trạm Y tế xã",
                     "Hội LHPN xã", "Các thôn"]  # fmt: skip
PHU_NINH_ROWS = [
    (
        "Duy trì tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên",
        ["", "o", "x", "", "o"],
        "Tháng 12/2027",
        "2027-12-31",
    ),
    (
        "Xây dựng 03 mô hình phụ nữ phân loại rác thải tại nguồn",
        ["o", "", "", "x", "o"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Hỗ trợ các hộ chuyển đổi cây trồng sang cây ăn quả có giá trị cao",
        ["x", "", "", "o", "o"],
        "Quý II/2027",
        "2027-06-30",
    ),
]


def phu_ninh_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ NINH", "Số: 163/KH-UBND"],
        "Phú Ninh, ngày 09 tháng 12 năm 2026",
        "Nâng cao chất lượng các tiêu chí nông thôn mới năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(doc, "Căn cứ Kế hoạch số 231/KH-UBND ngày 25/11/2026 của UBND huyện về "
         "nâng cao chất lượng các tiêu chí nông thôn mới;", italic=True)  # fmt: skip
    para(doc, "UBND xã Phú Ninh ban hành Kế hoạch như sau:")
    para(doc, "I. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    para(doc, "Ký hiệu: x - chủ trì; o - phối hợp.", italic=True)
    para(doc, "Các cơ quan, đơn vị căn cứ nhiệm vụ được phân công xây dựng kế "
         "hoạch chi tiết của đơn vị mình.")  # fmt: skip
    para(doc, "Nhiệm vụ cụ thể như sau:")
    two_row_matrix(
        doc,
        "Đơn vị thực hiện",
        PHU_NINH_AGENCIES,
        PHU_NINH_ROWS,
        [1.0, 9.4, 2.2, 2.6, 2.0, 2.0, 2.0, 2.6],
        time_head="Thời gian hoàn thành",
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã hằng quý.")
    closing(doc, "xã", "Hà Văn Phúc")
    return save(doc)


# --- M4/M5. abbreviated agencies, "X"/"O": a ward's PDF, a commune's sheet --

SHORT_AGENCIES = ["UBMTTQ", "HND", "HLHPN", "ĐTN", "CCB", "CA xã", "QS xã"]
SHORT_ROWS = [
    (
        "Vận động nhân dân hiến đất, góp công mở rộng đường ngõ xóm",
        ["X", "O", "O", "", "", "", ""],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Ra quân tổng vệ sinh môi trường, khơi thông cống rãnh hằng tháng",
        ["O", "", "O", "X", "", "", ""],
        "Tháng 12/2027",
        "2027-12-31",
    ),
    (
        "Xây dựng mô hình tự quản về an ninh trật tự ở khu dân cư",
        ["O", "", "", "", "O", "X", "O"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Tổ chức diễn tập phòng thủ dân sự, phòng chống thiên tai",
        ["", "", "", "O", "O", "O", "X"],
        "Tháng 10/2027",
        "2027-10-31",
    ),
    (
        "Phát triển hội viên, nâng cao thu nhập hộ nông dân, phụ nữ",
        ["", "X", "O", "", "", "", ""],
        "Quý IV/2027",
        "2027-12-31",
    ),
]
WARD_AGENCIES = [a.replace("xã", "phường") for a in SHORT_AGENCIES]


def ward_pdf() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC LÝ", "Số: 88/KH-UBND"],
        "Bắc Lý, ngày 11 tháng 12 năm 2026",
        "Phát huy vai trò các đoàn thể xây dựng đô thị văn minh năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(doc, "Căn cứ Nghị quyết số 31/NQ-HĐND ngày 05/12/2026 của HĐND phường về "
         "nhiệm vụ năm 2027;", italic=True)  # fmt: skip
    para(doc, "UBND phường Bắc Lý ban hành Kế hoạch như sau:")
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính "
         "trị - xã hội trong xây dựng đô thị văn minh; mỗi nhiệm vụ có một "
         "đơn vị chủ trì, các đơn vị phối hợp và thời hạn hoàn thành cụ "
         "thể, gắn với trách nhiệm người đứng đầu.")  # fmt: skip
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    two_row_matrix(
        doc,
        "Đơn vị thực hiện",
        WARD_AGENCIES,
        SHORT_ROWS,
        [1.0, 9.6, 1.8, 1.4, 1.7, 1.4, 1.4, 2.0, 2.0, 2.4],
        time_head="Thời hạn",
    )
    # The table ends at the foot of its page: the rest goes on the next.
    para(doc, "Thời hạn trên là thời hạn hoàn thành; các đơn vị chủ động triển "
         "khai sớm hơn.").paragraph_format.page_break_before = True  # fmt: skip
    para(doc, "Ghi chú: X - chủ trì; O - phối hợp.", italic=True)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị chủ trì báo cáo kết quả về UBND phường trước ngày 25 "
         "hằng tháng.")  # fmt: skip
    closing(doc, "phường", "Trịnh Thị Lan")
    return saved_as(save(doc), "pdf")


def short_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Phân công"
    last = len(SHORT_AGENCIES) + 3
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ BẮC LÝ", width=last, bold=True)
    line(ws, 3, "PHỤ LỤC", width=last, bold=True)
    line(ws, 4, "PHÂN CÔNG CÁC ĐOÀN THỂ THỰC HIỆN NHIỆM VỤ NĂM 2027",
         width=last, bold=True)  # fmt: skip
    line(ws, 5, "(Kèm theo Kế hoạch số 71/KH-UBND ngày 12/12/2026 của UBND xã Bắc Lý)",
         width=last, italic=True)  # fmt: skip
    top = 6
    for c, text in ((1, "TT"), (2, "Nội dung nhiệm vụ"), (last, "Thời hạn")):
        ws.cell(row=top, column=c, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    ws.cell(row=top, column=3, value="Đơn vị thực hiện").font = Font(bold=True)
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=last - 1)
    for c, agency in enumerate(SHORT_AGENCIES, 3):
        ws.cell(row=top + 1, column=c, value=agency).font = Font(bold=True)
    r = top + 2
    for n, (title, marks, when, _) in enumerate(SHORT_ROWS, 1):
        for c, value in enumerate([n, title, *marks, when], 1):
            if value != "":
                ws.cell(row=r, column=c, value=value)
        r += 1
    boxed(ws, top, r - 1, last)
    for c in range(3, last):
        ws.cell(row=top + 1, column=c).alignment = Alignment(
            horizontal="center", vertical="center", text_rotation=90
        )
        ws.column_dimensions[chr(ord("A") + c - 1)].width = 5
    ws.row_dimensions[top + 1].height = 60
    ws.column_dimensions["B"].width = 50
    line(ws, r + 1, "Các đơn vị chủ trì báo cáo kết quả về UBND xã hằng quý.",
         width=last, center=False)  # fmt: skip
    line(ws, r + 2, "Thời hạn trên là thời hạn hoàn thành.", width=last,
         center=False)  # fmt: skip
    line(ws, r + 3, "Ghi chú: X - chủ trì; O - phối hợp.", width=last, italic=True,
         center=False)  # fmt: skip
    saved_by_calc(wb, path)


# --- M6. figures per mass organisation beside a lead column: no matrix -----

BODIES = ["Hội Nông dân", "Hội LHPN", "Đoàn Thanh niên", "Hội CCB"]
FIGURES = [
    ("Vận động hội viên tham gia bảo hiểm y tế hộ gia đình", "người",
     ["120", "95", "60", "40"], "Trạm Y tế xã", "Tháng 12/2027", "2027-12-31"),
    ("Xây dựng mô hình kinh tế tập thể của hội", "mô hình",
     ["2", "1", "1", "1"], "Phòng Kinh tế", "Quý III/2027", "2027-09-30"),
    ("Tổ chức tuyến đường hoa, đường tự quản", "tuyến",
     ["1", "2", "3", "1"], "Văn phòng HĐND-UBND", "Quý II/2027", "2027-06-30"),
]  # fmt: skip


def yen_binh_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ YÊN BÌNH", "Số: 170/KH-UBND"],
        "Yên Bình, ngày 14 tháng 12 năm 2026",
        "Giao chỉ tiêu thi đua cho các đoàn thể năm 2027",
    )
    a4(doc, left=2.0, right=1.5, landscape=True)
    para(doc, "Căn cứ Kế hoạch số 240/KH-UBND ngày 28/11/2026 của UBND huyện về "
         "thi đua xây dựng nông thôn mới;", italic=True)  # fmt: skip
    para(doc, "UBND xã Yên Bình ban hành Kế hoạch như sau:")
    para(doc, "I. CHỈ TIÊU VÀ NHIỆM VỤ", bold=True)
    head = ["TT", "Nội dung nhiệm vụ", "ĐVT", *BODIES, "Đơn vị chủ trì", "Thời hạn"]
    t = doc.add_table(rows=1, cols=len(head))
    ruled(t)
    for i, text in enumerate(head):
        fill(t.cell(0, i), text, size=11, bold=True, center=True)
    for n, (title, unit, figures, lead, when, _) in enumerate(FIGURES, 1):
        cells = t.add_row().cells
        for cell, text in zip(cells, [str(n), title, unit, *figures, lead, when],
                              strict=True):  # fmt: skip
            fill(cell, text, size=11)
    fixed_widths(t, [1.0, 8.4, 1.8, 1.9, 1.9, 2.1, 1.9, 3.0, 2.4])
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đoàn thể báo cáo kết quả thực hiện chỉ tiêu về UBND xã hằng quý.")
    closing(doc, "xã", "Vi Văn Bình")
    return save(doc)


COMMENT = """Round 26m: {what}
Assumptions: {marks}"""
MATRIX = """the agencies are the header's names over the marks (a merged
cell over them is no agency); the first agency marked as lead leads, the
partner-marked ones take part, in column order; """


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r26m-xa-an-lac-mot-hang.docx",
        an_lac_docx(),
        COMMENT.format(
            what="a commune's Word plan whose matrix names its agencies in the "
            "header's only row.",
            marks=MATRIX + '"C" leads, "P" takes part, as the\nlegend under the '
            "table says.",
        ),
        commune_header(
            "AN LẠC",
            "141",
            "2026-12-03",
            "Thực hiện nhiệm vụ xây dựng nông thôn mới năm 2027",
            "Nông Văn Thắng",
            ["215/KH-UBND"],
            3,
        ),  # fmt: skip
        expected_tasks(AN_LAC_AGENCIES, AN_LAC_ROWS, {"C"}, {"P"}),
    )
    data, agencies = dong_son_docx()
    write(
        OUT,
        "r26m-xa-dong-son-ba-hang.docx",
        data,
        COMMENT.format(
            what="a commune's Word plan whose matrix header takes three rows: "
            '"Phân công" over\n"Cơ quan cấp xã" and "Đoàn thể" over their '
            'agencies, "Các thôn" merged down.',
            marks=MATRIX + '"CT" leads, "PH" takes part; "Các thôn" is an\n'
            "agency, the group cells are none.",
        ),
        commune_header(
            "ĐỒNG SƠN",
            "152",
            "2026-12-07",
            "Triển khai phong trào thi đua chung sức xây dựng nông thôn mới năm 2027",
            "Lò Văn Sơn",
            ["220/KH-UBND"],
            3,
        ),  # fmt: skip
        expected_tasks(agencies, DONG_SON_ROWS, {"CT"}, {"PH"}),
    )
    write(
        OUT,
        "r26m-xa-phu-ninh-chu-giai-tren.docx",
        phu_ninh_docx(),
        COMMENT.format(
            what='a commune\'s Word plan marked "x" and "o", the legend above '
            "the table with two\nsentences between.",
            marks=MATRIX + '"x" leads, "o" takes part, as the legend says\n'
            "(it is no task).",
        ),
        commune_header(
            "PHÚ NINH",
            "163",
            "2026-12-09",
            "Nâng cao chất lượng các tiêu chí nông thôn mới năm 2027",
            "Hà Văn Phúc",
            ["231/KH-UBND"],
            3,
        ),  # fmt: skip
        expected_tasks(PHU_NINH_AGENCIES, PHU_NINH_ROWS, {"x"}, {"o"}),
    )
    write(
        OUT,
        "r26m-phuong-bac-ly-viet-tat.pdf",
        ward_pdf(),
        COMMENT.format(
            what="a ward's plan as a PDF made by LibreOffice, the agencies "
            'abbreviated ("UBMTTQ",\n"HND", "CA phường"), the legend after a '
            "sentence under the table, on the next page.",
            marks=MATRIX + '"X" leads, "O" takes part, as the legend says;\n'
            "an agency as written.",
        ),
        {
            "number": "88",
            "symbol": "KH-UBND",
            "place": "Bắc Lý",
            "date": "2026-12-11",
            "title": "Phát huy vai trò các đoàn thể xây dựng đô thị văn minh năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG BẮC LÝ",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Trịnh Thị Lan",
            "bases": ["31/NQ-HĐND"],
            "recipients": 3,
        },
        expected_tasks(WARD_AGENCIES, SHORT_ROWS, {"X"}, {"O"}),
    )
    short_xlsx(OUT / "r26m-xa-bac-ly-doc.xlsx")
    (OUT / "r26m-xa-bac-ly-doc.toml").write_text(
        toml_text(
            COMMENT.format(
                what="a commune's workbook, the matrix of the ward's PDF, the "
                "agencies abbreviated and\nwritten vertically, the legend under "
                "two sentences under the table.",
                marks=MATRIX + '"X" leads, "O" takes part.',
            ),
            {
                "number": "71",
                "symbol": "KH-UBND",
                "date": "2026-12-12",
                "title": "PHÂN CÔNG CÁC ĐOÀN THỂ THỰC HIỆN NHIỆM VỤ NĂM 2027",
                "issuer": "ỦY BAN NHÂN DÂN XÃ BẮC LÝ",
            },
            expected_tasks(SHORT_AGENCIES, SHORT_ROWS, {"X"}, {"O"}),
        ),
        encoding="utf-8",
    )
    write(
        OUT,
        "r26m-xa-yen-binh-chi-tieu.docx",
        yen_binh_docx(),
        COMMENT.format(
            what="a commune's Word plan whose task table gives figures per mass "
            "organisation\nbeside its lead column: no matrix.",
            marks="the lead column leads; the figures name no agency.",
        ),
        commune_header(
            "YÊN BÌNH",
            "170",
            "2026-12-14",
            "Giao chỉ tiêu thi đua cho các đoàn thể năm 2027",
            "Vi Văn Bình",
            ["240/KH-UBND"],
            3,
        ),  # fmt: skip
        [
            {"title": title, "lead": lead, "coordinating": [], "deadline": day}
            for title, _, _, lead, _, day in FIGURES
        ],
    )


if __name__ == "__main__":
    main()
