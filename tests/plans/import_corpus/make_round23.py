"""Writes round 23's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round23.py

Round 23 is the lead's ninth hidden hold-out of 06/12/2026, written by a
helper who changed nothing in the importer, and measured untouched on main
b99f789 (tasks 82.6/70.4, leads 83.3/55.6, officials 0/0, deadlines
86.4/70.4); its families were described in words to two helpers, who wrote
rounds 23a and 23b without seeing these files. LibreOffice makes the PDF,
the .odt and the .doc, as offices make them.
"""

import datetime
import io
import sys
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    closing_beside,
    fill,
    fixed_widths,
    header_table,
    opening,
    para,
    ruled,
    save,
    side_by_side,
)

OUT = HERE / "round23"


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def decimal_numbering(doc) -> int:
    """A numbering definition "1.", "2.", … as Word's Numbering button makes
    it; returns its numId."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="center"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="0"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return 90


def auto_numbered(cell, num_id):
    """The STT cell as Word leaves it after selecting the column and pressing
    Numbering: one empty paragraph carrying the list."""
    p = cell.paragraphs[0]
    p.text = ""
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


# ---------------------------------------------------------------------------
# 1. A commune UBND after the reform (.docx): targets under "Mục tiêu cụ thể"
# then a task table whose STT column is Word automatic numbering.


def xa_dong_dang() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG ĐĂNG", "Số: 215/KH-UBND"],
        "Đồng Đăng, ngày 01 tháng 12 năm 2026",
        "Nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027",
    )
    para(
        doc,
        "Căn cứ Nghị quyết số 18/NQ-HĐND ngày 20/11/2026 của Hội đồng nhân dân xã "
        "về nhiệm vụ phát triển kinh tế - xã hội năm 2027;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 640/KH-UBND ngày 10/11/2026 của UBND tỉnh Lạng Sơn về "
        "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Ủy ban nhân dân xã Đồng Đăng ban hành Kế hoạch nâng cao chất lượng các "
        "tiêu chí xã nông thôn mới năm 2027, cụ thể như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU", bold=True)
    para(doc, "1. Mục đích, yêu cầu", bold=True)
    para(
        doc,
        "Duy trì, nâng cao chất lượng các tiêu chí đã đạt sau sắp xếp đơn vị hành "
        "chính; phân công rõ cơ quan chủ trì, thời hạn hoàn thành từng nhiệm vụ.",
        indent=1,
    )
    para(doc, "2. Mục tiêu cụ thể đến hết năm 2027", bold=True)
    for line in [
        "- Tỷ lệ hộ sử dụng nước sạch theo quy chuẩn đạt 65% trở lên.",
        "- Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm.",
        "- 100% thôn có nhà văn hóa đạt chuẩn theo quy định.",
        "- Duy trì 19/19 tiêu chí xã nông thôn mới; đạt thêm 03 tiêu chí xã nông "
        "thôn mới nâng cao.",
    ]:
        para(doc, line, indent=1)
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    num_id = decimal_numbering(doc)
    t = doc.add_table(rows=1, cols=5)
    ruled(t)
    for i, h in enumerate(
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
        ]
    ):
        fill(t.cell(0, i), h, bold=True, center=True)
    for row in R23_DONG_DANG:
        r = t.add_row()
        auto_numbered(r.cells[0], num_id)
        for cell, text in zip(r.cells[1:], row, strict=False):
            fill(cell, text)
    fixed_widths(t, [1.5, 6.3, 3.0, 3.2, 2.9])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị được phân công chủ động triển khai; định kỳ hằng quý "
        "báo cáo kết quả về UBND xã (qua Phòng Kinh tế) để tổng hợp.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- TT Đảng ủy, TT HĐND xã;",
            "- Các thôn;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Hoàng Văn Thạch"],
    )
    return save(doc)


R23_DONG_DANG = [
    (
        "Rà soát, cập nhật hiện trạng 19 tiêu chí xã nông thôn mới sau sắp xếp đơn vị hành chính",
        "Phòng Kinh tế",
        "Phòng Văn hóa - Xã hội; các thôn",
        "Tháng 02/2027",
    ),
    (
        "Đầu tư mở rộng mạng lưới cấp nước sạch cho thôn Bản Thín và thôn Nà Chào",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        "Phòng Kinh tế",
        "Quý III/2027",
    ),
    (
        "Hỗ trợ xây dựng 02 chuỗi liên kết sản xuất hồi, quế theo hướng hữu cơ",
        "Phòng Kinh tế",
        "Hợp tác xã Đồng Đăng xanh; Hội Nông dân xã",
        "30/9/2027",
    ),
    (
        "Cải tạo, nâng cấp nhà văn hóa thôn Pác Luống và thôn Khòn Khuyên",
        "Phòng Văn hóa - Xã hội",
        "Ban phát triển các thôn",
        "Trước 30/11/2027",
    ),
    (
        "Tổ chức đánh giá kết quả thực hiện các tiêu chí năm 2027",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế; Phòng Văn hóa - Xã hội",
        "Tháng 12/2027",
    ),
]


# ---------------------------------------------------------------------------
# 2. A province department's plan as a PDF (Word → LibreOffice): the body
# points to appendices after the signature: Phụ lục I the targets by
# criterion (no task), Phụ lục II and III one task table per criterion.


def so_nnmt_tuyen_quang() -> bytes:
    doc = opening(
        [
            "UBND TỈNH TUYÊN QUANG",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "Số: 2318/KH-SNNMT",
        ],
        "Tuyên Quang, ngày 27 tháng 11 năm 2026",
        "Thực hiện các tiêu chí Tổ chức sản xuất và Môi trường trong xây dựng "
        "nông thôn mới năm 2027",
    )
    para(
        doc,
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính "
        "phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 512/KH-UBND ngày 05/11/2026 của UBND tỉnh Tuyên Quang "
        "về xây dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện các tiêu chí do "
        "Sở phụ trách năm 2027 như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Cụ thể hóa nhiệm vụ của ngành trong thực hiện tiêu chí số 13 và tiêu chí "
        "số 17 của Bộ tiêu chí; bảo đảm các xã sau sắp xếp duy trì và nâng cao "
        "chất lượng tiêu chí.",
        indent=1,
    )
    para(doc, "II. CHỈ TIÊU VÀ NHIỆM VỤ", bold=True)
    para(
        doc,
        "1. Chỉ tiêu thực hiện các tiêu chí năm 2027: chi tiết tại Phụ lục I.",
        indent=1,
    )
    para(
        doc,
        "2. Nhiệm vụ và phân công thực hiện theo từng tiêu chí: chi tiết tại Phụ "
        "lục II và Phụ lục III.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết "
        "quả thực hiện nhiệm vụ được giao; định kỳ 6 tháng, năm báo cáo kết quả về "
        "Sở (qua Chi cục Phát triển nông thôn) để tổng hợp.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Giám đốc, các PGĐ Sở;",
            "- Các đơn vị thuộc Sở;",
            "- Lưu: VT, PTNT.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Ma Thị Thu Hằng"],
    )

    def appendix(label, caption, head, rows, col_cm):
        page_break(doc)
        para(doc, label, bold=True, center=True)
        para(doc, caption, bold=True, center=True)
        p = para(
            doc,
            "(Kèm theo Kế hoạch số 2318/KH-SNNMT ngày 27/11/2026 của Sở Nông "
            "nghiệp và Môi trường)",
            italic=True,
            center=True,
        )
        p.runs[0].font.size = Pt(12)
        t = doc.add_table(rows=1, cols=len(head))
        ruled(t)
        for i, h in enumerate(head):
            fill(t.cell(0, i), h, bold=True, center=True)
        for row in rows:
            r = t.add_row()
            group = len(row) == 2
            for i, text in enumerate(row):
                fill(r.cells[i], text, bold=group)
            if group:
                r.cells[1].merge(r.cells[len(head) - 1])
        fixed_widths(t, col_cm)

    appendix(
        "Phụ lục I",
        "CHỈ TIÊU THỰC HIỆN CÁC TIÊU CHÍ NĂM 2027",
        [
            "TT",
            "Tiêu chí, chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2026",
            "Kế hoạch năm 2027",
        ],
        [
            ("13", "Tiêu chí số 13 - Tổ chức sản xuất và phát triển kinh tế nông thôn"),
            ("13.1", "Xã có hợp tác xã hoạt động hiệu quả", "%", "78", "90"),
            ("13.2", "Xã có sản phẩm OCOP đạt 3 sao trở lên", "%", "64", "75"),
            ("17", "Tiêu chí số 17 - Môi trường và an toàn thực phẩm"),
            (
                "17.1",
                "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý",
                "%",
                "82",
                "90",
            ),
            ("17.2", "Tỷ lệ hộ có nhà tiêu hợp vệ sinh", "%", "88", "95"),
        ],
        [1.6, 7.2, 2.0, 2.9, 2.9],
    )
    head = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    appendix(
        "Phụ lục II",
        "NHIỆM VỤ THỰC HIỆN TIÊU CHÍ SỐ 13 - TỔ CHỨC SẢN XUẤT VÀ PHÁT TRIỂN KINH "
        "TẾ NÔNG THÔN",
        head,
        [
            (
                "1",
                "Hướng dẫn các xã củng cố, nâng cao hiệu quả hoạt động của hợp tác xã nông nghiệp",
                "Chi cục Phát triển nông thôn",
                "Liên minh Hợp tác xã tỉnh; UBND các xã",
                "Quý I/2027",
            ),
            (
                "2",
                "Thẩm định, đánh giá, phân hạng sản phẩm OCOP năm 2027",
                "Chi cục Phát triển nông thôn",
                "Sở Công Thương; Sở Khoa học và Công nghệ",
                "Tháng 10/2027",
            ),
            (
                "3",
                "Xây dựng 05 vùng nguyên liệu chè Shan tuyết đạt tiêu chuẩn hữu cơ",
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "UBND các xã vùng chè",
                "30/11/2027",
            ),
        ],
        [1.2, 6.4, 3.2, 3.3, 2.8],
    )
    appendix(
        "Phụ lục III",
        "NHIỆM VỤ THỰC HIỆN TIÊU CHÍ SỐ 17 - MÔI TRƯỜNG VÀ AN TOÀN THỰC PHẨM",
        head,
        [
            (
                "1",
                "Hướng dẫn các xã phân loại chất thải rắn sinh hoạt tại nguồn",
                "Chi cục Bảo vệ môi trường",
                "Hội Liên hiệp Phụ nữ tỉnh",
                "30/6/2027",
            ),
            (
                "2",
                "Kiểm tra, giám sát an toàn thực phẩm tại cơ sở sản xuất nông sản quy mô hộ",
                "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
                "UBND các xã",
                "Quý III/2027",
            ),
        ],
        [1.2, 6.4, 3.2, 3.3, 2.8],
    )
    para(doc, "")
    return saved_as(save(doc), "pdf")


# ---------------------------------------------------------------------------
# 3. A commune's assignment workbook (.xlsx): the plan typed in one sheet with
# columns for the leader in charge and the advising official, some deadlines
# typed "6/2027" which Excel turned into dates shown "06/2027".


def xa_vinh_linh() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Phân công"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws["A2"] = "XÃ VĨNH LINH"
    ws["A3"] = "Số: 97/KH-UBND"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = "Vĩnh Linh, ngày 08 tháng 12 năm 2026"
    for r in (1, 2, 3):
        ws.merge_cells(f"A{r}:C{r}")
        ws.merge_cells(f"E{r}:H{r}")
        ws[f"A{r}"].alignment = ws[f"E{r}"].alignment = Alignment(horizontal="center")
    ws["A1"].font = ws["A2"].font = ws["E1"].font = ws["E2"].font = Font(bold=True)
    ws["E3"].font = Font(italic=True)
    ws["A5"] = "KẾ HOẠCH"
    ws["A6"] = "Phân công nhiệm vụ xây dựng xã nông thôn mới nâng cao năm 2027"
    ws["A7"] = (
        "Căn cứ Kế hoạch số 455/KH-UBND ngày 20/11/2026 của UBND tỉnh Quảng Trị về "
        "xây dựng nông thôn mới năm 2027, UBND xã Vĩnh Linh phân công nhiệm vụ như sau:"
    )
    for r in (5, 6, 7):
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"].alignment = Alignment(horizontal="center", wrap_text=True)
        ws[f"A{r}"].font = Font(bold=r != 7)
    ws["A7"].alignment = Alignment(horizontal="left", wrap_text=True)
    ws.row_dimensions[7].height = 32
    head = [
        "TT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Lãnh đạo phụ trách",
        "Công chức tham mưu",
        "Cơ quan phối hợp",
        "Thời hạn hoàn thành",
        "Ghi chú",
    ]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(9, c, h)
        cell.font = Font(bold=True)
        cell.border = box
        cell.alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    ws.freeze_panes = "A10"
    r = 10
    for n, (task, lead, leader, official, partners, when, note) in enumerate(
        R23_VINH_LINH, start=1
    ):
        values = [n, task, lead, leader, official, partners, when, note]
        for c, v in enumerate(values, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            if isinstance(v, datetime.date):
                cell.number_format = "mm/yyyy" if v.day == 1 else "dd/mm/yyyy"
                cell.alignment = Alignment(horizontal="center", vertical="center")
        r += 1
    r += 1
    ws.cell(r, 1, "Nơi nhận:").font = Font(bold=True, italic=True)
    ws.cell(r, 6, "TM. ỦY BAN NHÂN DÂN").font = Font(bold=True)
    ws.cell(r + 1, 1, "- UBND tỉnh (b/c);")
    ws.cell(r + 1, 6, "CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 2, 1, "- TT Đảng ủy, HĐND xã;")
    ws.cell(r + 3, 1, "- Các thôn;")
    ws.cell(r + 4, 1, "- Lưu: VT.")
    ws.cell(r + 5, 6, "Trần Quốc Hưng").font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [5, 48, 22, 22, 20, 26, 14, 14], strict=False):
        ws.column_dimensions[col].width = w
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


R23_VINH_LINH = [
    (
        "Xây dựng kế hoạch đạt chuẩn tiêu chí Giáo dục nâng cao, trình UBND xã phê duyệt",
        "Phòng Văn hóa - Xã hội",
        "Đ/c Nguyễn Thị Hoa - PCT UBND xã",
        "Lê Thị Hồng",
        "Trường THCS Vĩnh Linh; Trường Tiểu học Vĩnh Linh",
        datetime.date(2027, 3, 1),
        "",
    ),
    (
        "Nhựa hóa 3,2 km đường liên thôn Tân An - Hòa Bình",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        "Đ/c Phan Văn Dũng - PCT UBND xã",
        "Võ Văn Tài",
        "Phòng Kinh tế; Ban phát triển thôn Tân An",
        datetime.date(2027, 9, 1),
        "Vốn tỉnh hỗ trợ",
    ),
    (
        "Hỗ trợ 20 hộ trồng tiêu hữu cơ đạt chứng nhận VietGAP",
        "Phòng Kinh tế",
        "Đ/c Phan Văn Dũng - PCT UBND xã",
        "Hồ Văn Lợi",
        "Hội Nông dân xã; Hợp tác xã Tiêu Vĩnh Linh",
        datetime.date(2027, 6, 30),
        "",
    ),
    (
        "Ra mắt 02 tuyến đường hoa kiểu mẫu tại thôn Hòa Bình và thôn Tân An",
        "Hội Liên hiệp Phụ nữ xã",
        "Đ/c Nguyễn Thị Hoa - PCT UBND xã",
        "Trương Thị Mỹ",
        "Đoàn Thanh niên xã; Ban phát triển các thôn",
        "Tháng 4/2027",
        "",
    ),
    (
        "Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng cao",
        "Văn phòng HĐND và UBND xã",
        "Đ/c Trần Quốc Hưng - Chủ tịch UBND xã",
        "Nguyễn Văn Thắng",
        "Các phòng chuyên môn thuộc UBND xã",
        datetime.date(2027, 11, 1),
        "",
    ),
]


# ---------------------------------------------------------------------------
# 4. Plain text copied from the plan's PDF on the commune's web portal: the
# portal's own lines around it, and the task table pasted one cell a line.


def ccb_xa_dien_chau() -> bytes:
    table_head = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    rows = [
        (
            "1",
            "Vận động hội viên hiến đất, góp công mở rộng đường ngõ xóm",
            "Chi hội Cựu chiến binh các xóm",
            "Ban phát triển các xóm",
            "Quý II/2027",
        ),
        (
            "2",
            "Xây dựng mô hình “Tuyến đường cựu chiến binh sáng - xanh - sạch - đẹp” tại xóm 5",
            "Chi hội Cựu chiến binh xóm 5",
            "Đoàn Thanh niên xã",
            "Tháng 5/2027",
        ),
        (
            "3",
            "Hỗ trợ 15 hội viên phát triển kinh tế vườn hộ theo hướng hàng hóa",
            "Ban Thường vụ Hội Cựu chiến binh xã",
            "Phòng Kinh tế; Ngân hàng Chính sách xã hội",
            "Tháng 9/2027",
        ),
        (
            "4",
            "Tổng kết, biểu dương hội viên tiêu biểu trong xây dựng nông thôn mới",
            "Văn phòng Hội Cựu chiến binh xã",
            "Ủy ban MTTQ Việt Nam xã",
            "Trước 15/12/2027",
        ),
    ]
    lines = [
        "Trang chủ > Văn bản > Văn bản của các tổ chức chính trị - xã hội",
        "Kế hoạch số 09/KH-CCB của Hội Cựu chiến binh xã Diễn Châu về tham gia xây dựng nông thôn mới năm 2027",
        "Ngày đăng: 02/12/2026 | Lượt xem: 87",
        "",
        "HỘI CCB TỈNH NGHỆ AN",
        "HỘI CỰU CHIẾN BINH XÃ DIỄN CHÂU",
        "Số: 09/KH-CCB",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Diễn Châu, ngày 01 tháng 12 năm 2026",
        "KẾ HOẠCH",
        "Hội Cựu chiến binh tham gia xây dựng nông thôn mới năm 2027",
        "Căn cứ Kế hoạch số 188/KH-UBND ngày 20/11/2026 của UBND xã Diễn Châu về xây dựng nông thôn mới năm 2027;",
        "Ban Chấp hành Hội Cựu chiến binh xã xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy vai trò của hội viên cựu chiến binh trong phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
        "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",
        *table_head,
    ]
    for row in rows:
        lines += list(row)
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các chi hội triển khai Kế hoạch đến toàn thể hội viên; Văn phòng Hội tổng hợp kết quả, báo cáo Ban Thường vụ.",
        "Nơi nhận:",
        "- Hội CCB tỉnh (b/c);",
        "- Đảng ủy xã (b/c);",
        "- Các chi hội;",
        "- Lưu: VP.",
        "TM. BAN CHẤP HÀNH",
        "CHỦ TỊCH",
        "(Đã ký)",
        "Cao Xuân Trường",
        "",
        "Tệp đính kèm: KH_09_CCB_NTM_2027.pdf",
        "Tin liên quan:",
        "- Hội Nông dân xã ra quân làm đường giao thông nội đồng",
        "- UBND xã Diễn Châu ban hành Kế hoạch xây dựng nông thôn mới năm 2027",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# 5. A commune Party committee's plan saved as .odt: the responsibility of
# each task only in a "Ghi chú" column, worded as a Party assignment.


def dang_uy_thach_ha() -> bytes:
    from docx import Document

    doc = Document()
    side_by_side(
        doc,
        ["ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY XÃ THẠCH HÀ", "*", "Số 18-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Thạch Hà, ngày 04 tháng 12 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "lãnh đạo thực hiện xây dựng nông thôn mới kiểu mẫu năm 2027",
        bold=True,
        center=True,
    )
    para(doc, "-----", center=True)
    para(
        doc,
        "Thực hiện Nghị quyết số 05-NQ/ĐU ngày 15/10/2026 của Ban Chấp hành Đảng bộ "
        "xã về xây dựng nông thôn mới giai đoạn 2026 - 2030, Ban Thường vụ Đảng ủy "
        "xây dựng Kế hoạch lãnh đạo năm 2027 như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Tăng cường sự lãnh đạo của cấp ủy, phát huy vai trò của cả hệ thống chính "
        "trị; mỗi nội dung gắn với trách nhiệm của tổ chức, cá nhân cụ thể.",
        indent=1,
    )
    para(doc, "II. NỘI DUNG LÃNH ĐẠO, CHỈ ĐẠO", bold=True)
    t = doc.add_table(rows=1, cols=4)
    ruled(t)
    for i, h in enumerate(["TT", "Nội dung", "Thời gian", "Ghi chú"]):
        fill(t.cell(0, i), h, bold=True, center=True)
    for row in R23_THACH_HA:
        r = t.add_row()
        for cell, text in zip(r.cells, row, strict=False):
            fill(cell, text)
    fixed_widths(t, [1.2, 7.6, 2.9, 5.0])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đồng chí Ủy viên Ban Thường vụ theo dõi, đôn đốc lĩnh vực được phân "
        "công; Văn phòng Đảng ủy giúp Ban Thường vụ tổng hợp, báo cáo.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Ban Thường vụ Tỉnh ủy (b/c);",
            "- Các đồng chí Đảng ủy viên;",
            "- Các chi bộ trực thuộc;",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", "Nguyễn Đình Khang"],
    )
    return saved_as(save(doc), "odt")


R23_THACH_HA = [
    (
        "1",
        "Lãnh đạo xây dựng 03 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
        "Quý III/2027",
        "Giao UBND xã chủ trì; Ủy ban MTTQ Việt Nam xã phối hợp",
    ),
    (
        "2",
        "Tuyên truyền, vận động nhân dân tham gia phong trào “Ngày thứ Bảy xanh”",
        "Tháng 3/2027",
        "Ban Xây dựng Đảng chủ trì, phối hợp Đoàn Thanh niên xã",
    ),
    (
        "3",
        "Chỉ đạo các chi bộ thôn đưa nội dung xây dựng nông thôn mới vào sinh hoạt chi bộ định kỳ",
        "Năm 2027",
        "Các chi bộ thôn thực hiện",
    ),
    (
        "4",
        "Kiểm tra, giám sát việc thực hiện Nghị quyết về xây dựng nông thôn mới tại 05 chi bộ",
        "Trước 15/11/2027",
        "Ủy ban Kiểm tra Đảng ủy chủ trì; Văn phòng Đảng ủy phối hợp",
    ),
]


# ---------------------------------------------------------------------------
# 6. A provincial Steering Committee's plan amending an earlier plan, saved
# as Word 97 (.doc): amended and added tasks quoted, one task repealed; the
# signature "TRƯỞNG BAN" with the signer's other post over the name.


def bcd_lao_cai() -> bytes:
    from docx import Document

    doc = Document()
    header_table(
        doc,
        [
            "UBND TỈNH LÀO CAI",
            "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH",
            "MỤC TIÊU QUỐC GIA",
            "Số: 31/KH-BCĐ",
        ],
        "Lào Cai, ngày 03 tháng 12 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Sửa đổi, bổ sung một số nội dung Kế hoạch số 05/KH-BCĐ ngày 15/3/2026 về "
        "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 - 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính "
        "phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 05/KH-BCĐ ngày 15/3/2026 của Ban Chỉ đạo các Chương "
        "trình mục tiêu quốc gia tỉnh;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Để phù hợp với tổ chức chính quyền địa phương hai cấp, Ban Chỉ đạo các "
        "Chương trình mục tiêu quốc gia tỉnh sửa đổi, bổ sung một số nội dung Kế "
        "hoạch số 05/KH-BCĐ như sau:",
        indent=1,
    )
    para(doc, "I. SỬA ĐỔI MỘT SỐ NHIỆM VỤ TẠI MỤC II", bold=True)
    para(doc, "1. Sửa đổi điểm 3 mục II như sau:", indent=1)
    quoted(
        doc,
        "3. Xây dựng Bộ tiêu chí xã nông thôn mới tỉnh Lào Cai giai đoạn 2026 - "
        "2030, trình UBND tỉnh ban hành.",
        "Sở Nông nghiệp và Môi trường",
        "Các sở, ngành thành viên Ban Chỉ đạo",
        "Tháng 3/2027",
    )
    para(doc, "2. Sửa đổi điểm 6 mục II như sau:", indent=1)
    quoted(
        doc,
        "6. Hướng dẫn UBND các xã rà soát, đánh giá lại mức độ đạt tiêu chí sau "
        "sắp xếp đơn vị hành chính.",
        "Văn phòng Điều phối nông thôn mới tỉnh",
        "UBND các xã",
        "Quý II/2027",
    )
    para(doc, "II. BỔ SUNG NHIỆM VỤ VÀO MỤC II", bold=True)
    para(doc, "Bổ sung điểm 9 và điểm 10 vào mục II như sau:", indent=1)
    quoted(
        doc,
        "9. Xây dựng cơ sở dữ liệu theo dõi kết quả thực hiện tiêu chí nông thôn "
        "mới của các xã trên phần mềm dùng chung.",
        "Sở Khoa học và Công nghệ",
        "Văn phòng Điều phối nông thôn mới tỉnh",
        "Tháng 9/2027",
    )
    quoted(
        doc,
        "10. Tổ chức tập huấn nghiệp vụ xây dựng nông thôn mới cho công chức cấp "
        "xã sau sắp xếp.",
        "Sở Nội vụ",
        "Sở Nông nghiệp và Môi trường",
        "Quý IV/2027",
    )
    para(doc, "III. BÃI BỎ NHIỆM VỤ", bold=True)
    para(
        doc,
        "Bãi bỏ điểm 7 mục II Kế hoạch số 05/KH-BCĐ (tổ chức sơ kết thực hiện "
        "Chương trình cấp huyện) do không còn tổ chức chính quyền cấp huyện.",
        indent=1,
    )
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các nội dung khác của Kế hoạch số 05/KH-BCĐ giữ nguyên. Trong quá trình "
        "thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng "
        "Điều phối nông thôn mới tỉnh để tổng hợp, báo cáo Ban Chỉ đạo.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Ban Chỉ đạo Trung ương (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
            "- Thành viên Ban Chỉ đạo;",
            "- UBND các xã, phường;",
            "- Lưu: VT, VPĐP.",
        ],
        ["TRƯỞNG BAN", "", "", "", "PHÓ CHỦ TỊCH UBND TỈNH", "Hoàng Quốc Khánh"],
    )
    para(doc, "")
    return saved_as(save(doc), "doc")


def quoted(doc, first, lead, partners, when):
    """An amended or added point quoted as it will read in the plan."""
    para(doc, f"“{first}", italic=True, indent=1)
    para(doc, f"- Cơ quan chủ trì: {lead}.", italic=True, indent=1)
    para(doc, f"- Cơ quan phối hợp: {partners}.", italic=True, indent=1)
    para(doc, f"- Thời gian hoàn thành: {when}.”", italic=True, indent=1)


FILES = {
    "r23-xa-dong-dang-stt-tu-dong.docx": xa_dong_dang,
    "r23-so-nnmt-tuyen-quang-phu-luc-tieu-chi.pdf": so_nnmt_tuyen_quang,
    "r23-xa-vinh-linh-phan-cong.xlsx": xa_vinh_linh,
    "r23-ccb-dien-chau-cong-thong-tin.txt": ccb_xa_dien_chau,
    "r23-dang-uy-thach-ha-ghi-chu.odt": dang_uy_thach_ha,
    "r23-bcd-lao-cai-sua-doi.doc": bcd_lao_cai,
}


if __name__ == "__main__":
    for name, make in FILES.items():
        (OUT / name).write_bytes(make())
        print(name)
