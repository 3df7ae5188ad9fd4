"""Writes round 32's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round32.py

Round 32 is the lead's eighth BLIND hold-out (07/12/2026): ten plans of
2024-2027 (a Party committee's prose plan, a commune's Word table with
merged cells, a Front plan as PDF, a Women's Union .doc, a department's
.xlsx, a farmers' union plan pasted from Zalo, a Mông village's Markdown
table, a health station's draft .odt, a cooperative, a district of 2024)
by a helper who read neither the importer, its corpus, its docs nor the
seeds. Measured untouched on main at 05:30 UTC (52c7f95): tasks 90.4/81.0,
leads 92.2/81.0, coordinating 94.3/78.1, officials 96.3/68.4, deadlines
94.0/81.0, starts 100/84.2, header 99.2/99.2. No expected result was
changed after measuring.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Pt  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    para,
    repeat_header,
    save,
    side_by_side,
)

OUT = HERE / "round32"


def head(doc, left, right, widths=(7.5, 8.5)):
    """The issuer block beside the motto, in a borderless two-column table."""
    t = side_by_side(doc, left, right)
    fixed_widths(t, list(widths))
    for cell in t.rows[0].cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.size = Pt(11 if p.text.isupper() else 13)
                r.bold = p.text.isupper() and not p.text.startswith(
                    (
                        "ỦY BAN NHÂN DÂN",
                        "HỘI LHPN TỈNH",
                        "UBND",
                        "ĐẢNG BỘ",
                        "ỦY BAN MTTQ VIỆT NAM TỈNH",
                    )
                )
                r.italic = ", ngày" in p.text
    return t


def new_doc():
    """A Word document whose Normal style is Times New Roman 13 pt."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    style.element.rPr.rFonts.set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia",
        "Times New Roman",
    )
    return doc


def title_block(doc, title, kind="KẾ HOẠCH"):
    para(doc, kind, bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(doc, "________", center=True)


def body(doc, text, bold=False, italic=False):
    return para(doc, text, bold=bold, italic=italic, indent=1.0)


def wrapped(doc, pieces, indent=1.0):
    """One paragraph whose text is broken by manual line breaks."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = None
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        r.font.size = Pt(13)
        if i < len(pieces) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def hdr(
    number,
    symbol,
    place,
    date,
    title,
    issuer,
    authority,
    signer_title,
    signer,
    bases,
    recipients,
):
    return {
        "number": number,
        "symbol": symbol,
        "place": place,
        "date": date,
        "title": title,
        "issuer": issuer,
        "authority": authority,
        "signer_title": signer_title,
        "signer": signer,
        "bases": bases,
        "recipients": recipients,
    }


def T(title, lead, coordinating=(), deadline="", start="", official=""):
    return {
        "title": title,
        "lead": lead,
        "coordinating": list(coordinating),
        "deadline": deadline,
        "start": start,
        "official": official,
    }


# ---------------------------------------------------------------------------
# 01 Party committee of a post-2025 commune (Ê Đê), numbered prose paragraphs,
# lead inside the sentence, "Giao ... chủ trì, phối hợp ..." sentences.
# ---------------------------------------------------------------------------
def plan01():
    title = "Lãnh đạo xây dựng xã Ea Kar đạt chuẩn nông thôn mới nâng cao năm 2027"
    doc = new_doc()
    a4(doc)
    head(
        doc,
        ["ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY XÃ EA KAR", "*", "Số 15-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Ea Kar, ngày 12 tháng 01 năm 2027"],
    )
    title_block(doc, title)
    body(
        doc,
        "- Căn cứ Nghị quyết số 05-NQ/ĐU ngày 28/12/2026 của Ban Chấp hành Đảng bộ xã "
        "về nhiệm vụ chính trị năm 2027;",
        italic=True,
    )
    body(
        doc,
        "- Thực hiện Kế hoạch số 112-KH/TU ngày 05/01/2027 của Ban Thường vụ Tỉnh ủy "
        "về lãnh đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới,",
        italic=True,
    )
    body(doc, "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch lãnh đạo thực hiện như sau:")
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "1. Nâng cao vai trò lãnh đạo của cấp ủy, sự vào cuộc của cả hệ thống chính trị "
        "và đồng bào các dân tộc Ê Đê, Kinh, Tày trên địa bàn xã.",
    )
    body(
        doc,
        "2. Phấn đấu đến cuối năm 2027 xã đạt 19/19 tiêu chí xã nông thôn mới nâng cao; "
        "buôn Ea Knốp đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.",
    )
    body(doc, "II. CHỈ TIÊU CHỦ YẾU", bold=True)
    body(
        doc,
        "- Thu nhập bình quân đầu người đạt 62 triệu đồng/năm; tỷ lệ hộ nghèo đa chiều giảm còn dưới 3%.",
    )
    body(doc, "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.")
    body(doc, "III. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    body(
        doc,
        "1. Ban Thường vụ Đảng ủy giao đồng chí Y Bhim Niê - Đảng ủy viên, Phó Chủ tịch "
        "UBND xã chỉ đạo Phòng Kinh tế xã chủ trì, phối hợp với Hợp tác xã Nông nghiệp "
        "Ea Kar và các buôn Ea Kar, Buôn Tơ Lơ xây dựng 02 chuỗi liên kết sản xuất cà phê, "
        "hồ tiêu theo hướng hữu cơ, hoàn thành trong Quý III/2027.",
    )
    body(
        doc,
        "2. Giao Ủy ban nhân dân xã chủ trì, phối hợp với Ban Quản lý các dự án đầu tư "
        "xây dựng khu vực hoàn thành nâng cấp, cứng hóa 4,2 km đường liên buôn Cư Êbur - "
        "Ea Đar trước ngày 30/6/2027; đồng chí Lê Văn Hòa - Phó Chủ tịch UBND xã trực tiếp chỉ đạo.",
    )
    body(
        doc,
        "3. Ủy ban MTTQ Việt Nam xã chủ trì vận động Nhân dân hiến đất, góp ngày công mở rộng "
        "đường ngõ, buôn; phối hợp với Chi hội Người cao tuổi các buôn và già làng thực hiện, "
        "thời gian từ tháng 3 đến tháng 5/2027.",
    )
    body(
        doc,
        "4. Giao Trạm Y tế xã chủ trì, phối hợp với Bảo hiểm xã hội khu vực và các trường học "
        "trên địa bàn vận động nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%, hoàn thành "
        "trước ngày 31/10/2027; bà H'Nga Byă - Đảng ủy viên, Trưởng Trạm Y tế xã chịu trách nhiệm.",
    )
    body(
        doc,
        "5. Ban Xây dựng Đảng Đảng ủy chủ trì, phối hợp với Văn phòng Đảng ủy tổ chức sơ kết "
        "6 tháng thực hiện Kế hoạch tại các chi bộ buôn, hoàn thành trong tháng 7/2027.",
    )
    body(
        doc,
        "6. Giao Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Chi hội phụ nữ các buôn thực hiện "
        'mô hình "Buôn sáng - xanh - sạch - đẹp" tại buôn Ea Knốp trong năm 2027.',
    )
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Các chi bộ trực thuộc quán triệt Kế hoạch đến toàn thể đảng viên; BCĐ xây dựng NTM xã "
        "phân công thành viên phụ trách từng buôn.",
    )
    body(
        doc,
        "2. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ Đảng ủy.",
    )
    closing_beside(
        doc,
        [
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Các đồng chí Đảng ủy viên,",
            "- Các chi bộ trực thuộc,",
            "- MTTQ và các đoàn thể xã,",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "", "", "Y Wam Mlô"],
    )
    data = save(doc)
    header = hdr(
        "15",
        "KH/ĐU",
        "Ea Kar",
        "2027-01-12",
        title,
        "ĐẢNG ỦY XÃ EA KAR",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Y Wam Mlô",
        ["05-NQ/ĐU", "112-KH/TU"],
        5,
    )
    tasks = [
        T(
            "Xây dựng 02 chuỗi liên kết sản xuất cà phê, hồ tiêu theo hướng hữu cơ",
            "Phòng Kinh tế xã",
            ["Hợp tác xã Nông nghiệp Ea Kar", "các buôn Ea Kar, Buôn Tơ Lơ"],
            "2027-09-30",
            official="Y Bhim Niê",
        ),
        T(
            "Nâng cấp, cứng hóa 4,2 km đường liên buôn Cư Êbur - Ea Đar",
            "Ủy ban nhân dân xã",
            ["Ban Quản lý các dự án đầu tư xây dựng khu vực"],
            "2027-06-30",
            official="Lê Văn Hòa",
        ),
        T(
            "Vận động Nhân dân hiến đất, góp ngày công mở rộng đường ngõ, buôn",
            "Ủy ban MTTQ Việt Nam xã",
            ["Chi hội Người cao tuổi các buôn", "già làng"],
            "2027-05-31",
            start="2027-03-01",
        ),
        T(
            "Vận động nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%",
            "Trạm Y tế xã",
            ["Bảo hiểm xã hội khu vực", "các trường học trên địa bàn"],
            "2027-10-31",
            official="H'Nga Byă",
        ),
        T(
            "Tổ chức sơ kết 6 tháng thực hiện Kế hoạch tại các chi bộ buôn",
            "Ban Xây dựng Đảng Đảng ủy",
            ["Văn phòng Đảng ủy"],
            "2027-07-31",
        ),
        T(
            'Thực hiện mô hình "Buôn sáng - xanh - sạch - đẹp" tại buôn Ea Knốp',
            "Hội Liên hiệp Phụ nữ xã",
            ["Chi hội phụ nữ các buôn"],
            "2027-12-31",
        ),
    ]
    comment = (
        'Đảng ủy xã Ea Kar (Đắk Lắk, Ê Đê names) .docx: Party number "Số 15-KH/ĐU" (no colon, '
        "symbol KH/ĐU), tasks as numbered prose with the lead and the official inside the sentence."
    )
    return "01_dang_uy_ea_kar.docx", data, comment, header, tasks


# ---------------------------------------------------------------------------
# 02 Commune UBND (Tày), Word table: columns in unusual order, group rows
# merged across, lead and official cells merged down over several tasks.
# ---------------------------------------------------------------------------
def plan02():
    title = "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027"
    doc = new_doc()
    a4(doc, landscape=True, left=2.0, right=2.0)
    head(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ PHỦ THÔNG", "", "Số: 38/KH-UBND"],
        [*MOTTO, "", "Phủ Thông, ngày 20 tháng 02 năm 2027"],
        widths=(10.0, 15.7),
    )
    title_block(doc, title)
    body(
        doc,
        "Căn cứ Quyết định số 211/QĐ-UBND ngày 15/01/2027 của UBND tỉnh Thái Nguyên về việc "
        "giao chỉ tiêu xây dựng nông thôn mới năm 2027;",
        italic=True,
    )
    body(
        doc,
        "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 28/12/2026 của HĐND xã về nhiệm vụ phát triển "
        "kinh tế - xã hội năm 2027;",
        italic=True,
    )
    body(doc, "UBND xã Phủ Thông ban hành Kế hoạch thực hiện như sau:")
    body(doc, "I. MỤC TIÊU", bold=True)
    body(
        doc,
        "Duy trì, nâng chất 19 tiêu chí đã đạt; phấn đấu đạt chuẩn xã nông thôn mới nâng cao "
        "trong năm 2027.",
    )
    body(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    body(doc, "(Chi tiết tại bảng dưới đây)", italic=True)
    headings = [
        "TT",
        "Nội dung nhiệm vụ",
        "Thời gian hoàn thành",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Lãnh đạo UBND xã phụ trách",
    ]
    rows = [
        ("G", "I", "HẠ TẦNG KINH TẾ - XÃ HỘI"),
        (
            "1",
            "Cứng hóa 2,8 km đường trục thôn Nà Hin, Khuổi Lặng",
            "15/3 - 30/4/2027",
            "Phòng Kinh tế",
            "Ban phát triển thôn Nà Hin, Khuổi Lặng",
            "Ông Hoàng Văn Lường, Phó Chủ tịch UBND xã",
        ),
        (
            "2",
            "Nạo vét, kiên cố hóa 1,5 km kênh mương Phja Khao",
            "Từ tháng 3 đến tháng 5/2027",
            None,
            "HTX Nông nghiệp Phủ Thông",
            None,
        ),
        (
            "3",
            "Sửa chữa, nâng cấp nhà văn hóa thôn Bản Cháng",
            "Quý III/2027",
            "Phòng Văn hóa - Xã hội",
            "Trưởng thôn Bản Cháng; ĐTN xã",
            None,
        ),
        ("G", "II", "KINH TẾ VÀ TỔ CHỨC SẢN XUẤT"),
        (
            "4",
            "Xây dựng 03 sản phẩm OCOP 3 sao (miến dong, mật ong bạc hà, chè Shan tuyết)",
            "Tháng 9/2027",
            "Phòng Kinh tế",
            "HTX Nông nghiệp Phủ Thông; Hội Nông dân xã",
            "Bà Nông Thị Hiền, Phó Chủ tịch UBND xã",
        ),
        (
            "5",
            "Mở 02 lớp đào tạo nghề nông nghiệp cho lao động nông thôn",
            "6 tháng cuối năm 2027",
            "Trung tâm Dịch vụ tổng hợp xã",
            "Hội LHPN xã",
            None,
        ),
        ("G", "III", "VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG"),
        (
            "6",
            "Thu gom, xử lý rác thải sinh hoạt tại 12 thôn",
            "Thường xuyên",
            "Phòng Kinh tế",
            "Các thôn; Hội CCB xã",
            "Ông Ma Văn Tuấn, Chủ tịch UBND xã",
        ),
        (
            "7",
            'Duy trì 100% thôn đạt danh hiệu "Thôn văn hóa"',
            "Trong năm 2027",
            "Phòng VH-XH",
            "UBMTTQ Việt Nam xã",
            None,
        ),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(headings):
        fill(t.rows[0].cells[i], h, bold=True, center=True)
    repeat_header(t.rows[0])
    num = t.add_row().cells
    for i in range(6):
        fill(num[i], f"({i + 1})", center=True, size=11)
    starts = {}  # column -> row index where the current merge starts
    for row in rows:
        cells = t.add_row().cells
        r = len(t.rows) - 1
        if row[0] == "G":
            fill(cells[0], row[1], bold=True, center=True)
            m = cells[1].merge(cells[5])
            fill(m, row[2], bold=True)
            starts = {}
            continue
        for c, value in enumerate(row):
            if value is None:
                top = starts[c]
                m = t.cell(top, c).merge(t.cell(r, c))
                keep = t.cell(top, c).text.split("\n")[0]
                fill(m, keep, center=c == 5)
            else:
                fill(cells[c], value, center=c in (0, 2))
                starts[c] = r
    fixed_widths(t, [1.2, 8.0, 3.6, 3.8, 4.8, 4.3])
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Phòng Kinh tế là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp báo cáo UBND xã "
        "định kỳ hằng quý.",
    )
    body(
        doc,
        "2. Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai, báo cáo kết quả trước ngày 15/12/2027.",
    )
    closing_beside(
        doc,
        [
            "- Sở NN&MT tỉnh (b/c);",
            "- TT Đảng ủy, HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- Các cơ quan, đơn vị, các thôn;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Ma Văn Tuấn"],
    )
    data = save(doc)
    header = expected.commune_header(
        "Phủ Thông", "38", "2027-02-20", title, "Ma Văn Tuấn", 5
    )
    header["bases"] = ["211/QĐ-UBND", "03/NQ-HĐND"]
    header = {
        k: header[k]
        for k in [
            "number",
            "symbol",
            "place",
            "date",
            "title",
            "issuer",
            "authority",
            "signer_title",
            "signer",
            "bases",
            "recipients",
        ]
    }
    tasks = [
        T(
            "Cứng hóa 2,8 km đường trục thôn Nà Hin, Khuổi Lặng",
            "Phòng Kinh tế",
            ["Ban phát triển thôn Nà Hin, Khuổi Lặng"],
            "2027-04-30",
            "2027-03-15",
            "Hoàng Văn Lường",
        ),
        T(
            "Nạo vét, kiên cố hóa 1,5 km kênh mương Phja Khao",
            "Phòng Kinh tế",
            ["HTX Nông nghiệp Phủ Thông"],
            "2027-05-31",
            "2027-03-01",
            "Hoàng Văn Lường",
        ),
        T(
            "Sửa chữa, nâng cấp nhà văn hóa thôn Bản Cháng",
            "Phòng Văn hóa - Xã hội",
            ["Trưởng thôn Bản Cháng", "ĐTN xã"],
            "2027-09-30",
            official="Hoàng Văn Lường",
        ),
        T(
            "Xây dựng 03 sản phẩm OCOP 3 sao (miến dong, mật ong bạc hà, chè Shan tuyết)",
            "Phòng Kinh tế",
            ["HTX Nông nghiệp Phủ Thông", "Hội Nông dân xã"],
            "2027-09-30",
            official="Nông Thị Hiền",
        ),
        T(
            "Mở 02 lớp đào tạo nghề nông nghiệp cho lao động nông thôn",
            "Trung tâm Dịch vụ tổng hợp xã",
            ["Hội LHPN xã"],
            "2027-12-31",
            "2027-07-01",
            "Nông Thị Hiền",
        ),
        T(
            "Thu gom, xử lý rác thải sinh hoạt tại 12 thôn",
            "Phòng Kinh tế",
            ["Các thôn", "Hội CCB xã"],
            "2027-12-31",
            official="Ma Văn Tuấn",
        ),
        T(
            'Duy trì 100% thôn đạt danh hiệu "Thôn văn hóa"',
            "Phòng VH-XH",
            ["UBMTTQ Việt Nam xã"],
            "2027-12-31",
            official="Ma Văn Tuấn",
        ),
    ]
    comment = (
        "UBND xã Phủ Thông (Thái Nguyên, Tày) .docx landscape: task table with columns "
        "TT|Nội dung|Thời gian hoàn thành|Chủ trì|Phối hợp|Lãnh đạo phụ trách, a (1)..(6) row, "
        "group rows merged across, lead and official cells merged down over several tasks."
    )
    return "02_ubnd_xa_phu_thong.docx", data, comment, header, tasks


# ---------------------------------------------------------------------------
# 03 Ban Thường trực UBMTTQ xã (Khmer), label lines per task; made .pdf.
# ---------------------------------------------------------------------------
def plan03():
    title = (
        "Vận động, chăm lo Tết Nguyên đán Đinh Mùi năm 2027 cho hộ nghèo, hộ cận nghèo "
        "và đồng bào dân tộc Khmer trên địa bàn xã"
    )
    doc = new_doc()
    a4(doc, left=2.5, right=1.5)
    head(
        doc,
        [
            "ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG",
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ",
            "VIỆT NAM XÃ Ô LÂM",
            "",
            "Số: 27/KH-MTTQ-BTT",
        ],
        [*MOTTO, "", "Ô Lâm, ngày 01 tháng 12 năm 2026"],
        widths=(8.2, 8.8),
    )
    title_block(doc, title)
    body(
        doc,
        "Thực hiện Kế hoạch số 45/KH-MTTQ-BTT ngày 20/11/2026 của Ban Thường trực Ủy ban "
        "MTTQ Việt Nam tỉnh An Giang về vận động chăm lo Tết cho người nghèo;",
    )
    body(
        doc,
        "Thực hiện Công văn số 112/UBND-VP ngày 25/11/2026 của UBND xã Ô Lâm về tổ chức "
        "Tết Nguyên đán Đinh Mùi năm 2027,",
    )
    body(doc, "Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:")
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Bảo đảm 100% hộ nghèo, hộ cận nghèo, hộ đồng bào Khmer có hoàn cảnh khó khăn đều "
        'được thăm hỏi, tặng quà, "không để hộ nào không có Tết".',
    )
    body(doc, "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    items = [
        (
            "1. Khảo sát, lập danh sách hộ nghèo, hộ cận nghèo, hộ khó khăn được tặng quà Tết",
            [
                ("Đơn vị thực hiện", "Ban Công tác Mặt trận các ấp"),
                ("Đơn vị phối hợp", "Phòng Văn hóa - Xã hội xã"),
                (
                    "Cán bộ phụ trách",
                    "ông Chau Sóc Kha - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã",
                ),
                ("Thời gian", "từ ngày 05/12 đến ngày 20/12/2026"),
                (
                    "Kết quả/Sản phẩm",
                    "danh sách hộ được hỗ trợ, có xác nhận của Trưởng ấp",
                ),
            ],
        ),
        (
            '2. Vận động doanh nghiệp, nhà hảo tâm, các chùa Khmer ủng hộ Quỹ "Vì người nghèo"',
            [
                ("Đơn vị thực hiện", "Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
                ("Đơn vị phối hợp", "Ban Quản trị các chùa Khmer trên địa bàn"),
                ("Cán bộ phụ trách", "bà Néang Sa Ry - Ủy viên Ban Thường trực"),
                ("Hoàn thành", "trước ngày 15/01/2027"),
                ("Kết quả/Sản phẩm", "sổ tiếp nhận, biên bản bàn giao quỹ"),
            ],
        ),
        (
            "3. Tổ chức trao quà Tết cho hộ nghèo, hộ cận nghèo tại các ấp",
            [
                ("Đơn vị thực hiện", "Hội Chữ thập đỏ xã"),
                (
                    "Đơn vị phối hợp",
                    "Ban Công tác Mặt trận các ấp Tà Ngáo, Sà Lôn, Ô Lâm",
                ),
                ("Cán bộ phụ trách", "ông Danh Hùng - Chủ tịch Hội Chữ thập đỏ xã"),
                ("Thời gian", "trước Tết Nguyên đán Đinh Mùi"),
                ("Kết quả/Sản phẩm", "danh sách ký nhận quà"),
            ],
        ),
        (
            "4. Thăm, chúc Tết các vị Sư cả, Achar các chùa Khmer và người có uy tín trong đồng bào",
            [
                ("Đơn vị thực hiện", "Ban Thường trực Ủy ban MTTQ Việt Nam xã"),
                ("Đơn vị phối hợp", "Văn phòng HĐND và UBND xã"),
                (
                    "Cán bộ phụ trách",
                    "đồng chí Chau Thị Sóc Ny - Chủ tịch Ủy ban MTTQ Việt Nam xã",
                ),
                ("Thời gian", "tháng 01/2027"),
            ],
        ),
        (
            "5. Tuyên truyền cuộc vận động bằng tiếng Khmer trên hệ thống loa truyền thanh "
            "của xã và các ấp",
            [
                ("Đơn vị thực hiện", "Trung tâm Dịch vụ tổng hợp xã"),
                ("Đơn vị phối hợp", "Đoàn Thanh niên xã"),
                ("Thời gian", "01/12/2026 - 31/01/2027"),
            ],
        ),
    ]
    for first, labels in items:
        body(doc, first, bold=True)
        for label, value in labels:
            body(doc, f"- {label}: {value}.")
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các tổ chức thành viên, Ban Công tác Mặt trận các ấp tổng hợp kết quả, báo cáo về "
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 10/02/2027.",
    )
    closing_beside(
        doc,
        [
            "- BTT UBMTTQ VN tỉnh (b/c);",
            "- Đảng ủy, UBND xã (b/c);",
            "- Các tổ chức thành viên, BCTMT các ấp;",
            "- Lưu: VT.",
        ],
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "", "Chau Thị Sóc Ny"],
    )
    data = saved_as(save(doc), "pdf")
    header = hdr(
        "27",
        "KH-MTTQ-BTT",
        "Ô Lâm",
        "2026-12-01",
        title,
        "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ Ô LÂM",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Chau Thị Sóc Ny",
        ["45/KH-MTTQ-BTT", "112/UBND-VP"],
        4,
    )
    tasks = [
        T(
            "Khảo sát, lập danh sách hộ nghèo, hộ cận nghèo, hộ khó khăn được tặng quà Tết",
            "Ban Công tác Mặt trận các ấp",
            ["Phòng Văn hóa - Xã hội xã"],
            "2026-12-20",
            "2026-12-05",
            "Chau Sóc Kha",
        ),
        T(
            'Vận động doanh nghiệp, nhà hảo tâm, các chùa Khmer ủng hộ Quỹ "Vì người nghèo"',
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            ["Ban Quản trị các chùa Khmer trên địa bàn"],
            "2027-01-15",
            official="Néang Sa Ry",
        ),
        T(
            "Tổ chức trao quà Tết cho hộ nghèo, hộ cận nghèo tại các ấp",
            "Hội Chữ thập đỏ xã",
            ["Ban Công tác Mặt trận các ấp Tà Ngáo, Sà Lôn, Ô Lâm"],
            "2027-02-05",
            official="Danh Hùng",
        ),
        T(
            "Thăm, chúc Tết các vị Sư cả, Achar các chùa Khmer và người có uy tín trong đồng bào",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            ["Văn phòng HĐND và UBND xã"],
            "2027-01-31",
            official="Chau Thị Sóc Ny",
        ),
        T(
            "Tuyên truyền cuộc vận động bằng tiếng Khmer trên hệ thống loa truyền thanh của xã và các ấp",
            "Trung tâm Dịch vụ tổng hợp xã",
            ["Đoàn Thanh niên xã"],
            "2027-01-31",
            "2026-12-01",
        ),
    ]
    comment = (
        "BTT UBMTTQ xã Ô Lâm (An Giang, Khmer) .pdf from .docx: issuer wraps over two lines, "
        "label lines per task (Đơn vị thực hiện/phối hợp, Cán bộ phụ trách, Thời gian|Hoàn thành, "
        "Kết quả/Sản phẩm); lunar deadline 'trước Tết Nguyên đán Đinh Mùi' = 06/02/2027, so 2027-02-05."
    )
    return "03_mttq_xa_o_lam.pdf", data, comment, header, tasks


# ---------------------------------------------------------------------------
# 04 Hội LHPN xã (Thái): tasks only in "Tổ chức thực hiện", each body's duties;
# saved as .doc.
# ---------------------------------------------------------------------------
def plan04():
    title = (
        'Thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" gắn với xây dựng '
        "nông thôn mới năm 2027"
    )
    doc = new_doc()
    a4(doc)
    head(
        doc,
        [
            "HỘI LHPN TỈNH SƠN LA",
            "BCH HỘI LHPN XÃ CHIỀNG KHOONG",
            "",
            "Số: 12/KH-HLHPN",
        ],
        [*MOTTO, "", "Chiềng Khoong, ngày 08 tháng 3 năm 2027"],
    )
    title_block(doc, title)
    body(
        doc,
        "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội LHPN xã ngày 10/01/2027 về nhiệm vụ "
        "công tác Hội năm 2027;",
    )
    body(
        doc,
        "Thực hiện Kế hoạch số 21/KH-HLHPN ngày 20/02/2027 của Ban Thường vụ Hội LHPN tỉnh "
        "Sơn La, Ban Thường vụ Hội LHPN xã Chiềng Khoong xây dựng Kế hoạch như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "- Nâng cao nhận thức của hội viên, phụ nữ các dân tộc Thái, Mông, Kinh về giữ gìn vệ sinh "
        "môi trường, xây dựng gia đình no ấm, tiến bộ, hạnh phúc.",
    )
    body(doc, '- Phấn đấu 85% hộ gia đình hội viên đạt tiêu chí "5 không, 3 sạch".')
    body(doc, "II. NỘI DUNG", bold=True)
    body(
        doc,
        "Tuyên truyền sâu rộng nội dung cuộc vận động; lồng ghép trong sinh hoạt chi hội hằng tháng; "
        "phát huy vai trò của phụ nữ trong xây dựng nông thôn mới.",
    )
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "1. Ban Thường vụ Hội LHPN xã", bold=True)
    body(
        doc,
        "- Chỉ đạo các chi hội triển khai Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả báo cáo "
        "Đảng ủy xã và Hội LHPN tỉnh.",
    )
    body(
        doc,
        "- Xây dựng, ra mắt 02 tổ phụ nữ tự quản về vệ sinh môi trường tại bản Pá Công, bản "
        "Huổi Một, hoàn thành trước 30/6/2027; giao đồng chí Lò Thị Xuân - Phó Chủ tịch Hội phụ trách.",
    )
    body(doc, "2. Chi hội phụ nữ các bản", bold=True)
    body(
        doc,
        "- Phối hợp với Trưởng bản vận động hội viên làm nhà tiêu hợp vệ sinh, di dời chuồng trại "
        "gia súc ra xa nhà ở; thời gian từ tháng 4 đến tháng 8/2027.",
    )
    body(
        doc,
        '- Đăng ký, xây dựng ít nhất 01 mô hình "Nhà sạch, vườn đẹp" ở mỗi chi hội, '
        "hoàn thành trong Quý II/2027.",
    )
    body(doc, "- Báo cáo kết quả về Ban Thường vụ Hội trước ngày 25 hằng tháng.")
    body(doc, "3. Đề nghị Phòng Văn hóa - Xã hội xã", bold=True)
    body(
        doc,
        "Chủ trì, phối hợp với Hội LHPN xã tổ chức 02 buổi truyền thông về phòng, chống tảo hôn, "
        "hôn nhân cận huyết thống tại bản Nà Lốc trong tháng 5/2027.",
    )
    body(doc, "4. Đề nghị Trạm Y tế xã", bold=True)
    body(
        doc,
        "Phối hợp với Chi hội phụ nữ các bản khám sàng lọc ung thư cổ tử cung cho 150 phụ nữ "
        "trong độ tuổi 30 - 54, thời gian Quý III/2027; bà Cầm Thị Hoa - Trạm trưởng trực tiếp phụ trách.",
    )
    closing_beside(
        doc,
        [
            "- Hội LHPN tỉnh (b/c);",
            "- Đảng ủy, UBMTTQ xã (b/c);",
            "- Các chi hội phụ nữ bản;",
            "- Lưu: VT.",
        ],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Quàng Thị Mai"],
    )
    data = saved_as(save(doc), "doc")
    header = hdr(
        "12",
        "KH-HLHPN",
        "Chiềng Khoong",
        "2027-03-08",
        title,
        "BCH HỘI LHPN XÃ CHIỀNG KHOONG",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Quàng Thị Mai",
        ["Nghị quyết ngày 10/01/2027", "21/KH-HLHPN"],
        4,
    )
    tasks = [
        T(
            "Xây dựng, ra mắt 02 tổ phụ nữ tự quản về vệ sinh môi trường tại bản Pá Công, bản Huổi Một",
            "Ban Thường vụ Hội LHPN xã",
            [],
            "2027-06-30",
            official="Lò Thị Xuân",
        ),
        T(
            "Vận động hội viên làm nhà tiêu hợp vệ sinh, di dời chuồng trại gia súc ra xa nhà ở",
            "Chi hội phụ nữ các bản",
            ["Trưởng bản"],
            "2027-08-31",
            "2027-04-01",
        ),
        T(
            'Đăng ký, xây dựng ít nhất 01 mô hình "Nhà sạch, vườn đẹp" ở mỗi chi hội',
            "Chi hội phụ nữ các bản",
            [],
            "2027-06-30",
        ),
        T(
            "Tổ chức 02 buổi truyền thông về phòng, chống tảo hôn, hôn nhân cận huyết thống tại bản Nà Lốc",
            "Phòng Văn hóa - Xã hội xã",
            ["Hội LHPN xã"],
            "2027-05-31",
        ),
        T(
            "Khám sàng lọc ung thư cổ tử cung cho 150 phụ nữ trong độ tuổi 30 - 54",
            "Trạm Y tế xã",
            ["Chi hội phụ nữ các bản"],
            "2027-09-30",
            official="Cầm Thị Hoa",
        ),
    ]
    comment = (
        "BCH Hội LHPN xã Chiềng Khoong (Sơn La, Thái) .doc: tasks only under 'Tổ chức thực hiện' as "
        "each body's duties (bold body heading, dash items; monitoring/reporting items are not tasks); "
        "'Đề nghị <body>' headings; a numberless basis (Nghị quyết ngày 10/01/2027)."
    )
    return "04_hoi_phu_nu_chieng_khoong.doc", data, comment, header, tasks


# ---------------------------------------------------------------------------
# 05 Provincial department (Sở NN&MT Lâm Đồng): .xlsx task table, columns in
# unusual order, separate start and end columns, group rows.
# ---------------------------------------------------------------------------
def plan05():
    title = (
        "Triển khai Chương trình mỗi xã một sản phẩm (OCOP) trên địa bàn tỉnh năm 2027"
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch OCOP 2027"
    bold = Font(bold=True, name="Times New Roman", size=12)
    norm = Font(name="Times New Roman", size=12)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def put(r, c, v, f=norm, a=wrap):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font, cell.alignment = f, a

    put(1, 1, "UBND TỈNH LÂM ĐỒNG", norm, centre)
    ws.merge_cells("A1:C1")
    put(2, 1, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", bold, centre)
    ws.merge_cells("A2:C2")
    put(3, 1, "Số: 415/KH-SNNMT", norm, centre)
    ws.merge_cells("A3:C3")
    put(1, 5, MOTTO[0], bold, centre)
    ws.merge_cells("E1:H1")
    put(2, 5, MOTTO[1], bold, centre)
    ws.merge_cells("E2:H2")
    put(
        3,
        5,
        "Lâm Đồng, ngày 02 tháng 4 năm 2027",
        Font(italic=True, name="Times New Roman", size=12),
        centre,
    )
    ws.merge_cells("E3:H3")
    put(5, 1, "KẾ HOẠCH", bold, centre)
    ws.merge_cells("A5:H5")
    put(6, 1, title, bold, centre)
    ws.merge_cells("A6:H6")
    put(
        7,
        1,
        "Căn cứ Quyết định số 1025/QĐ-UBND ngày 10/3/2027 của UBND tỉnh Lâm Đồng phê duyệt "
        "Kế hoạch thực hiện Chương trình OCOP năm 2027, Sở Nông nghiệp và Môi trường xây dựng "
        "Kế hoạch triển khai với các nhiệm vụ cụ thể như sau:",
    )
    ws.merge_cells("A7:H7")
    ws.row_dimensions[7].height = 48
    heads = [
        "TT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Cán bộ đầu mối",
        "Thời gian bắt đầu",
        "Thời hạn hoàn thành",
        "Đơn vị phối hợp",
        "Sản phẩm",
    ]
    for c, h in enumerate(heads, 1):
        put(9, c, h, bold, centre)
    rows = [
        ("I", "ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM"),
        (
            1,
            "Rà soát, cập nhật danh mục sản phẩm OCOP tiềm năng của các xã, phường, đặc khu",
            "Chi cục Phát triển nông thôn",
            "Phạm Văn Khải",
            "01/4/2027",
            "30/4/2027",
            "UBND các xã, phường, đặc khu",
            "Danh mục sản phẩm",
        ),
        (
            2,
            "Tổ chức Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 1",
            "Chi cục Phát triển nông thôn",
            "Phạm Văn Khải",
            "15/8/2027",
            "30/9/2027",
            "Sở Công Thương; Sở Y tế",
            "Quyết định công nhận",
        ),
        (
            3,
            "Tổ chức đánh giá, phân hạng sản phẩm OCOP đợt 2",
            "Chi cục Phát triển nông thôn",
            "Phạm Văn Khải",
            "",
            "trước 15/12/2027",
            "Sở Khoa học và Công nghệ",
            "Quyết định công nhận",
        ),
        ("II", "HỖ TRỢ CHỦ THỂ, XÚC TIẾN THƯƠNG MẠI"),
        (
            4,
            "Tập huấn kiến thức OCOP cho 200 chủ thể sản xuất",
            "Trung tâm Khuyến nông tỉnh",
            "H'Lina Niê",
            "tháng 5/2027",
            "tháng 6/2027",
            "Chi cục Phát triển nông thôn",
            "02 lớp tập huấn",
        ),
        (
            5,
            "Hỗ trợ hoàn thiện hồ sơ, bao bì cho sản phẩm cà phê Arabica Cầu Đất, thanh long Hàm Thuận, "
            "hạt điều Đức Linh",
            "Trung tâm Khuyến nông tỉnh",
            "H'Lina Niê",
            "",
            "Quý III/2027",
            "UBND các xã có sản phẩm",
            "Hồ sơ sản phẩm",
        ),
        (
            6,
            "Đưa sản phẩm OCOP vào hệ thống siêu thị, sàn thương mại điện tử",
            "Sở Công Thương",
            "",
            "",
            "Thường xuyên",
            "Chi cục Phát triển nông thôn",
            "Sản phẩm được tiêu thụ",
        ),
    ]
    r = 10
    for row in rows:
        if len(row) == 2:
            put(r, 1, row[0], bold, centre)
            put(r, 2, row[1], bold)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        else:
            for c, v in enumerate(row, 1):
                put(r, c, v, norm, centre if c in (1, 5, 6) else wrap)
        r += 1
    r += 1
    put(
        r, 1, "Nơi nhận:", Font(bold=True, italic=True, name="Times New Roman", size=12)
    )
    put(r, 6, "KT. GIÁM ĐỐC", bold, centre)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    recips = [
        "- UBND tỉnh (b/c);",
        "- Giám đốc Sở (b/c);",
        "- Các đơn vị trực thuộc Sở;",
        "- UBND các xã, phường, đặc khu;",
        "- Lưu: VT, PTNT.",
    ]
    for i, line in enumerate(recips, 1):
        put(r + i, 1, line)
        ws.merge_cells(start_row=r + i, start_column=1, end_row=r + i, end_column=3)
    put(r + 1, 6, "PHÓ GIÁM ĐỐC", bold, centre)
    ws.merge_cells(start_row=r + 1, start_column=6, end_row=r + 1, end_column=8)
    put(r + 6, 6, "Nguyễn Thị Thu Hà", bold, centre)
    ws.merge_cells(start_row=r + 6, start_column=6, end_row=r + 6, end_column=8)
    for col, w in zip("ABCDEFGH", [5, 44, 22, 16, 13, 15, 24, 18], strict=True):
        ws.column_dimensions[col].width = w
    data = save(wb)
    header = hdr(
        "415",
        "KH-SNNMT",
        "Lâm Đồng",
        "2027-04-02",
        title,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Thị Thu Hà",
        ["1025/QĐ-UBND"],
        5,
    )
    tasks = [
        T(
            "Rà soát, cập nhật danh mục sản phẩm OCOP tiềm năng của các xã, phường, đặc khu",
            "Chi cục Phát triển nông thôn",
            ["UBND các xã, phường, đặc khu"],
            "2027-04-30",
            "2027-04-01",
            "Phạm Văn Khải",
        ),
        T(
            "Tổ chức Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 1",
            "Chi cục Phát triển nông thôn",
            ["Sở Công Thương", "Sở Y tế"],
            "2027-09-30",
            "2027-08-15",
            "Phạm Văn Khải",
        ),
        T(
            "Tổ chức đánh giá, phân hạng sản phẩm OCOP đợt 2",
            "Chi cục Phát triển nông thôn",
            ["Sở Khoa học và Công nghệ"],
            "2027-12-15",
            official="Phạm Văn Khải",
        ),
        T(
            "Tập huấn kiến thức OCOP cho 200 chủ thể sản xuất",
            "Trung tâm Khuyến nông tỉnh",
            ["Chi cục Phát triển nông thôn"],
            "2027-06-30",
            "2027-05-01",
            "H'Lina Niê",
        ),
        T(
            "Hỗ trợ hoàn thiện hồ sơ, bao bì cho sản phẩm cà phê Arabica Cầu Đất, thanh long Hàm Thuận, "
            "hạt điều Đức Linh",
            "Trung tâm Khuyến nông tỉnh",
            ["UBND các xã có sản phẩm"],
            "2027-09-30",
            official="H'Lina Niê",
        ),
        T(
            "Đưa sản phẩm OCOP vào hệ thống siêu thị, sàn thương mại điện tử",
            "Sở Công Thương",
            ["Chi cục Phát triển nông thôn"],
            "2027-12-31",
        ),
    ]
    comment = (
        "Sở NN&MT Lâm Đồng .xlsx: header and signature in merged cells, task columns in unusual "
        "order (chủ trì, cán bộ đầu mối, start, end, phối hợp, sản phẩm), group rows I/II, "
        "start 'tháng 5/2027' and end 'tháng 6/2027' in separate columns, Nơi nhận beside the signature."
    )
    return "05_so_nnmt_lam_dong.xlsx", data, comment, header, tasks


# ---------------------------------------------------------------------------
# 06 Hội Nông dân xã: text pasted from Zalo, messy spacing, a few words
# without diacritics, header columns run together on one line.
# ---------------------------------------------------------------------------
def plan06():
    title = "Phát động phong trào nông dân thi đua sản xuất vụ Đông Xuân 2026-2027"
    text = """Gửi các đ/c chi hội trưởng kế hoạch vụ Đông Xuân, đọc kỹ và triển khai giúp nhé

HỘI NÔNG DÂN TỈNH QUẢNG TRỊ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN XÃ NAM HẢI LĂNG            Độc lập - Tự do - Hạnh phúc
   Số:  07/KH-HND
                                    Nam Hải Lăng, ngày 10  tháng 12 năm 2026

KẾ HOẠCH
Phát động phong trào nông dân thi đua sản xuất vụ Đông Xuân 2026-2027

Căn cứ Kế hoạch số 118/KH-UBND ngày 25/11/2026 của UBND xã Nam Hải Lăng về sản xuất vụ Đông Xuân 2026-2027;
Ban Thường vụ Hội Nông dân xã xây dựng kế hoạch như sau :

I.  MỤC ĐÍCH YÊU CẦU
- Động viên hội viên nông dân gieo sạ đúng lịch thời vụ,  áp dụng tiến bộ kỹ thuật, giảm chi phí.
- 100% chi hội có mô hình sản xuất lúa chất lượng cao.

II.   NỘI DUNG, PHÂN CÔNG
1.Cung ứng giống lúa, phân bón trả chậm cho hội viên
   - Chủ trì: Hội Nông dân xã ; phoi hop : HTX Nông nghiệp Hải Tân
   - Thoi gian: trước 25/12/2026
   - Phụ trách: đ/c Lê Văn Sáu - Phó Chủ tịch Hội
2.  Hướng dẫn hội viên gieo sạ tập trung, đúng lịch
thời vụ, sử dụng giống xác nhận
   - Chủ trì: Chi hội Nông dân các thôn ;  phoi hop: cán bộ khuyến nông xã
   - Thoi gian: 20/12/2026 - 15/01/2027
3. Vận động hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp
   - Chủ trì:  Chi hội Nông dân các thôn
   - Thoi gian: Quý I/2027
4. Tổ chức hội thảo đầu bờ mô hình lúa hữu cơ tại cánh đồng thôn Mỹ Chánh
   - Chủ trì: Hội Nông dân xã;  phoi hop: Phòng Kinh tế xã, HTX Nông nghiệp Hải Tân
   - Thoi gian:   tháng 4/2027
   - Phụ trách: bà Trần Thị Lài - UV BTV Hội
5. Ra quân diệt chuột, vệ sinh đồng ruộng trước khi xuống giống
   - Chủ trì : Chi hội Nông dân các thôn ; phoi hop: Đoàn Thanh niên xã
   - Thoi gian: trước 20/12/2026

III. TỔ CHỨC THỰC HIỆN
Các chi hội báo cáo kết quả về BTV Hội xã trước 30/4/2027 để tổng hợp báo cáo Hội cấp trên.

Nơi nhận:
- HND tỉnh (b/c);
- Đảng ủy, UBND xã (b/c);
- Các chi hội;
- Lưu VP.
                                        TM. BAN THƯỜNG VỤ
                                             CHỦ TỊCH
                                          (đã ký)
                                        Nguyễn Hữu Phước
"""
    header = hdr(
        "07",
        "KH-HND",
        "Nam Hải Lăng",
        "2026-12-10",
        title,
        "BCH HỘI NÔNG DÂN XÃ NAM HẢI LĂNG",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Nguyễn Hữu Phước",
        ["118/KH-UBND"],
        4,
    )
    tasks = [
        T(
            "Cung ứng giống lúa, phân bón trả chậm cho hội viên",
            "Hội Nông dân xã",
            ["HTX Nông nghiệp Hải Tân"],
            "2026-12-25",
            official="Lê Văn Sáu",
        ),
        T(
            "Hướng dẫn hội viên gieo sạ tập trung, đúng lịch thời vụ, sử dụng giống xác nhận",
            "Chi hội Nông dân các thôn",
            ["cán bộ khuyến nông xã"],
            "2027-01-15",
            "2026-12-20",
        ),
        T(
            "Vận động hội viên đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp",
            "Chi hội Nông dân các thôn",
            [],
            "2027-03-31",
        ),
        T(
            "Tổ chức hội thảo đầu bờ mô hình lúa hữu cơ tại cánh đồng thôn Mỹ Chánh",
            "Hội Nông dân xã",
            ["Phòng Kinh tế xã", "HTX Nông nghiệp Hải Tân"],
            "2027-04-30",
            official="Trần Thị Lài",
        ),
        T(
            "Ra quân diệt chuột, vệ sinh đồng ruộng trước khi xuống giống",
            "Chi hội Nông dân các thôn",
            ["Đoàn Thanh niên xã"],
            "2026-12-20",
        ),
    ]
    comment = (
        "Hội Nông dân xã Nam Hải Lăng (Quảng Trị) .txt pasted from Zalo: a chat line on top, header "
        "columns run together with spaces, number '07' kept, label words without diacritics "
        "('phoi hop', 'Thoi gian'), lead and partners on one line split by ';', a title wrapped over two lines."
    )
    return "06_hoi_nong_dan_zalo.txt", text, comment, header, tasks


# ---------------------------------------------------------------------------
# 07 Village board (Mông), Markdown with a task table of plain-language
# column names.
# ---------------------------------------------------------------------------
def plan07():
    title = "Xây dựng thôn Lũng Cẩm Trên đạt chuẩn thôn nông thôn mới năm 2027"
    text = f"""UBND XÃ SỦNG LÀ
**BAN PHÁT TRIỂN THÔN LŨNG CẨM TRÊN**

Số: 03/KH-BPT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Lũng Cẩm Trên, ngày 25 tháng 02 năm 2027*

# KẾ HOẠCH

## {title}

*Căn cứ Kế hoạch số 45/KH-UBND ngày 10/02/2027 của UBND xã Sủng Là về xây dựng nông thôn mới năm 2027;*

*Căn cứ Biên bản họp thôn ngày 20/02/2027,*

Ban phát triển thôn Lũng Cẩm Trên xây dựng kế hoạch như sau:

### I. Mục tiêu

Đến hết năm 2027 thôn đạt chuẩn thôn nông thôn mới; 100% hộ đồng bào Mông trong thôn được
tuyên truyền, tham gia đóng góp ngày công.

### II. Phân công công việc

| Việc cần làm | Ai làm chính | Ai cùng làm | Người theo dõi | Bắt đầu | Xong trước |
|---|---|---|---|---|---|
| Làm 1,2 km đường bê tông từ nhà văn hóa thôn đến cụm dân cư Sà Phìn | Tổ xây dựng thôn | Các hộ hưởng lợi | Giàng Seo Páo (Trưởng thôn) | 01/3/2027 | 30/5/2027 |
| Làm 35 nhà tiêu hợp vệ sinh cho các hộ | Chi hội Phụ nữ thôn | Y tế thôn | Sùng Thị Mỷ (Chi hội trưởng) | | tháng 8/2027 |
| Trồng 2 ha cây ăn quả (mận, lê) trên đất dốc | Chi hội Nông dân thôn | HTX Nông nghiệp Sủng Là | Vàng Mí Lử | 15/3/2027 | 30/4/2027 |
| Sửa chữa nhà văn hóa thôn, mua loa, bàn ghế | Ban phát triển thôn | Chi đoàn thanh niên thôn | Giàng Seo Páo | | Quý II/2027 |
| Dọn vệ sinh đường thôn, phát quang bụi rậm | Chi đoàn thanh niên thôn | Các hộ gia đình | | | hằng tháng |
| Vận động bỏ tục lệ lạc hậu trong đám cưới, đám ma | Tổ hòa giải thôn | Người có uy tín trong thôn | Vàng Mí Lử | | thường xuyên |

### III. Tổ chức thực hiện

Trưởng thôn theo dõi, đôn đốc và báo cáo UBND xã kết quả thực hiện vào cuối mỗi quý.

**Nơi nhận:**
- UBND xã Sủng Là (b/c);
- Các hộ trong thôn;
- Lưu: Thôn.

**TM. BAN PHÁT TRIỂN THÔN**
**TRƯỞNG BAN**

**Giàng Seo Páo**
"""
    header = hdr(
        "03",
        "KH-BPT",
        "Lũng Cẩm Trên",
        "2027-02-25",
        title,
        "BAN PHÁT TRIỂN THÔN LŨNG CẨM TRÊN",
        "TM. BAN PHÁT TRIỂN THÔN",
        "TRƯỞNG BAN",
        "Giàng Seo Páo",
        ["45/KH-UBND", "Biên bản ngày 20/02/2027"],
        3,
    )
    tasks = [
        T(
            "Làm 1,2 km đường bê tông từ nhà văn hóa thôn đến cụm dân cư Sà Phìn",
            "Tổ xây dựng thôn",
            ["Các hộ hưởng lợi"],
            "2027-05-30",
            "2027-03-01",
            "Giàng Seo Páo",
        ),
        T(
            "Làm 35 nhà tiêu hợp vệ sinh cho các hộ",
            "Chi hội Phụ nữ thôn",
            ["Y tế thôn"],
            "2027-08-31",
            official="Sùng Thị Mỷ",
        ),
        T(
            "Trồng 2 ha cây ăn quả (mận, lê) trên đất dốc",
            "Chi hội Nông dân thôn",
            ["HTX Nông nghiệp Sủng Là"],
            "2027-04-30",
            "2027-03-15",
            "Vàng Mí Lử",
        ),
        T(
            "Sửa chữa nhà văn hóa thôn, mua loa, bàn ghế",
            "Ban phát triển thôn",
            ["Chi đoàn thanh niên thôn"],
            "2027-06-30",
            official="Giàng Seo Páo",
        ),
        T(
            "Dọn vệ sinh đường thôn, phát quang bụi rậm",
            "Chi đoàn thanh niên thôn",
            ["Các hộ gia đình"],
            "2027-12-31",
        ),
        T(
            "Vận động bỏ tục lệ lạc hậu trong đám cưới, đám ma",
            "Tổ hòa giải thôn",
            ["Người có uy tín trong thôn"],
            "2027-12-31",
            official="Vàng Mí Lử",
        ),
    ]
    comment = (
        "Ban phát triển thôn Lũng Cẩm Trên (Tuyên Quang, Mông) .md: header as stacked lines, "
        "Markdown task table with plain-language columns (Việc cần làm | Ai làm chính | Ai cùng làm | "
        "Người theo dõi | Bắt đầu | Xong trước), names with a role in brackets, 'hằng tháng'/'thường xuyên'."
    )
    return "07_thon_lung_cam_tren.md", text, comment, header, tasks


# ---------------------------------------------------------------------------
# 08 Health station draft (Chăm): blank number and day, no "TM." line,
# label lines with task titles wrapping over manual line breaks; .odt.
# ---------------------------------------------------------------------------
def plan08():
    title = "Thực hiện tiêu chí Y tế trong xây dựng xã nông thôn mới năm 2027"
    doc = new_doc()
    a4(doc)
    para(doc, "DỰ THẢO", bold=True)
    head(
        doc,
        [
            "ỦY BAN NHÂN DÂN XÃ PHƯỚC HỮU",
            "TRẠM Y TẾ XÃ PHƯỚC HỮU",
            "",
            "Số:       /KH-TYT",
        ],
        [*MOTTO, "", "Phước Hữu, ngày      tháng 3 năm 2027"],
    )
    title_block(doc, title)
    body(
        doc,
        "Căn cứ Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế ban hành Bộ tiêu chí quốc gia "
        "về y tế xã giai đoạn đến 2030;",
        italic=True,
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 52/KH-UBND ngày 20/02/2027 của UBND xã Phước Hữu về xây dựng nông thôn "
        "mới năm 2027,",
        italic=True,
    )
    body(doc, "Trạm Y tế xã Phước Hữu xây dựng Kế hoạch như sau:")
    body(doc, "I. MỤC TIÊU", bold=True)
    body(
        doc,
        "Duy trì xã đạt Bộ tiêu chí quốc gia về y tế; tỷ lệ người dân tham gia BHYT đạt trên 95%; "
        "100% người cao tuổi đồng bào Chăm được khám sức khỏe định kỳ.",
    )
    body(doc, "II. NỘI DUNG HOẠT ĐỘNG", bold=True)
    items = [
        (
            [
                "1. Quản lý, cập nhật hồ sơ sức khỏe điện tử cho người",
                "dân, đạt tỷ lệ trên 90% dân số",
            ],
            [
                ("Bộ phận thực hiện", "Tổ Dân số - Kiểm soát bệnh tật"),
                ("Phối hợp", "Trưởng các thôn Hữu Đức, Hữu Thanh, Hữu Phước"),
                ("Người phụ trách", "ông Thông Văn Sinh - Y sĩ"),
                ("Thời gian", "hằng tháng"),
            ],
        ),
        (
            [
                "2. Tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi,",
                "đạt tỷ lệ trên 95%",
            ],
            [
                ("Bộ phận thực hiện", "Bộ phận Tiêm chủng"),
                ("Phối hợp", "Chi hội Phụ nữ các thôn"),
                ("Người phụ trách", "ông Quảng Đại Tuyên - Điều dưỡng"),
                ("Thời gian", "hằng tháng, vào ngày 15"),
            ],
        ),
        (
            [
                "3. Khám sức khỏe định kỳ cho người cao tuổi đồng bào Chăm tại thôn Hữu Đức"
            ],
            [
                ("Bộ phận thực hiện", "Bộ phận Khám chữa bệnh"),
                ("Phối hợp", "Hội Người cao tuổi xã"),
                ("Người phụ trách", "bà Đàng Thị Mỹ Hạnh - Trạm trưởng"),
                ("Thời gian", "Quý II/2027"),
            ],
        ),
        (
            [
                "4. Vận động người dân tham gia bảo hiểm y tế, phấn đấu",
                "đạt tỷ lệ 95% dân số",
            ],
            [
                ("Bộ phận thực hiện", "Tổ Dân số - Kiểm soát bệnh tật"),
                ("Phối hợp", "Bảo hiểm xã hội khu vực; Ủy ban MTTQ Việt Nam xã"),
                ("Hoàn thành", "trước 30/9/2027"),
            ],
        ),
        (
            ["5. Phun hóa chất phòng, chống sốt xuất huyết tại các ổ dịch"],
            [
                ("Bộ phận thực hiện", "Tổ Dân số - Kiểm soát bệnh tật"),
                ("Phối hợp", "Đoàn Thanh niên xã"),
                ("Thời gian", "từ tháng 6 đến tháng 10/2027 (mùa mưa)"),
            ],
        ),
        (
            ["6. Duy trì vườn thuốc nam mẫu của Trạm"],
            [
                ("Bộ phận thực hiện", "Bộ phận Y học cổ truyền"),
                ("Thời gian", "thường xuyên"),
            ],
        ),
    ]
    for lines, labels in items:
        p = wrapped(doc, lines)
        for r in p.runs:
            r.bold = True
        for label, value in labels:
            body(doc, f"+ {label}: {value}")
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các bộ phận của Trạm triển khai thực hiện; Trạm trưởng theo dõi, tổng hợp báo cáo "
        "UBND xã vào ngày 20 hằng tháng.",
    )
    closing_under(
        doc,
        ["- UBND xã (b/c);", "- Trung tâm Y tế khu vực (b/c);", "- Lưu: TYT."],
        ["TRẠM TRƯỞNG", "", "", "", "Đàng Thị Mỹ Hạnh"],
    )
    data = saved_as(save(doc), "odt")
    header = hdr(
        "",
        "KH-TYT",
        "Phước Hữu",
        "2027-03",
        title,
        "TRẠM Y TẾ XÃ PHƯỚC HỮU",
        "",
        "TRẠM TRƯỞNG",
        "Đàng Thị Mỹ Hạnh",
        ["1300/QĐ-BYT", "52/KH-UBND"],
        3,
    )
    tasks = [
        T(
            "Quản lý, cập nhật hồ sơ sức khỏe điện tử cho người dân, đạt tỷ lệ trên 90% dân số",
            "Tổ Dân số - Kiểm soát bệnh tật",
            ["Trưởng các thôn Hữu Đức, Hữu Thanh, Hữu Phước"],
            "2027-12-31",
            official="Thông Văn Sinh",
        ),
        T(
            "Tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi, đạt tỷ lệ trên 95%",
            "Bộ phận Tiêm chủng",
            ["Chi hội Phụ nữ các thôn"],
            "2027-12-31",
            official="Quảng Đại Tuyên",
        ),
        T(
            "Khám sức khỏe định kỳ cho người cao tuổi đồng bào Chăm tại thôn Hữu Đức",
            "Bộ phận Khám chữa bệnh",
            ["Hội Người cao tuổi xã"],
            "2027-06-30",
            official="Đàng Thị Mỹ Hạnh",
        ),
        T(
            "Vận động người dân tham gia bảo hiểm y tế, phấn đấu đạt tỷ lệ 95% dân số",
            "Tổ Dân số - Kiểm soát bệnh tật",
            ["Bảo hiểm xã hội khu vực", "Ủy ban MTTQ Việt Nam xã"],
            "2027-09-30",
        ),
        T(
            "Phun hóa chất phòng, chống sốt xuất huyết tại các ổ dịch",
            "Tổ Dân số - Kiểm soát bệnh tật",
            ["Đoàn Thanh niên xã"],
            "2027-10-31",
            "2027-06-01",
        ),
        T(
            "Duy trì vườn thuốc nam mẫu của Trạm",
            "Bộ phận Y học cổ truyền",
            [],
            "2027-12-31",
        ),
    ]
    comment = (
        "Trạm Y tế xã Phước Hữu (Khánh Hòa, Chăm) DRAFT .odt: 'DỰ THẢO' above the header, blank number "
        "and day, signed by the head alone (no TM./KT. line), closing stacked, task titles broken by "
        "manual line breaks, '+' label lines, 'hằng tháng'/'thường xuyên'."
    )
    return "08_tram_y_te_phuoc_huu.odt", data, comment, header, tasks


# ---------------------------------------------------------------------------
# 09 Cooperative, older (2025, district-level address): a), b) items with
# label lines, issuer wrapping over two lines, a season word.
# ---------------------------------------------------------------------------
def plan09():
    title = "Sản xuất, kinh doanh dịch vụ năm 2025"
    doc = new_doc()
    a4(doc)
    head(
        doc,
        ["HỢP TÁC XÃ NÔNG NGHIỆP", "DỊCH VỤ TÂN TIẾN", "", "Số: 05/KH-HTX"],
        [*MOTTO, "", "Tân Tiến, ngày 10 tháng 01 năm 2025"],
    )
    title_block(doc, title)
    body(doc, "Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023;", italic=True)
    body(
        doc,
        "Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 05/01/2025 của HTX Nông nghiệp "
        "dịch vụ Tân Tiến;",
        italic=True,
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 06/01/2025 của UBND xã Tân Tiến, huyện Văn Giang về "
        "sản xuất nông nghiệp năm 2025,",
        italic=True,
    )
    body(
        doc,
        "Hội đồng quản trị HTX xây dựng Kế hoạch sản xuất, kinh doanh dịch vụ năm 2025 như sau:",
    )
    body(doc, "I. CHỈ TIÊU", bold=True)
    body(
        doc,
        "Doanh thu dịch vụ đạt 4,2 tỷ đồng; lãi chia cho thành viên tăng 10% so với năm 2024.",
    )
    body(doc, "II. CÁC NHIỆM VỤ CỤ THỂ", bold=True)
    body(doc, "1. Dịch vụ phục vụ sản xuất vụ Xuân 2025", bold=True)
    blocks = [
        (
            "a) Cung ứng 12 tấn giống lúa Bắc Thơm số 7 và 35 tấn phân bón NPK cho thành viên.",
            [
                "Bộ phận thực hiện: Tổ Dịch vụ vật tư nông nghiệp.",
                "Người phụ trách: ông Đỗ Văn Thành - Phó Giám đốc.",
                "Thời gian: từ 15/01 đến 20/02/2025.",
            ],
        ),
        (
            "b) Làm đất, cấy máy cho 150 ha lúa vụ Xuân 2025.",
            [
                "Bộ phận thực hiện: Tổ Dịch vụ làm đất.",
                "Phối hợp: các đội sản xuất thôn Phúc Thọ, Đồng Tỉnh.",
                "Thời gian: tháng 02/2025.",
            ],
        ),
        (
            "c) Điều tiết nước tưới, nạo vét 3,2 km kênh mương nội đồng.",
            [
                "Bộ phận thực hiện: Tổ Dịch vụ thủy nông.",
                "Phối hợp: các đội sản xuất thôn Phúc Thọ, Đồng Tỉnh.",
                "Thời gian: 15/3 - 30/4/2025.",
            ],
        ),
    ]
    blocks2 = [
        (
            "a) Liên kết tiêu thụ nhãn lồng, bưởi Diễn với Công ty Cổ phần Nông sản Hưng Việt.",
            [
                "Bộ phận thực hiện: Ban Giám đốc.",
                "Người phụ trách: bà Nguyễn Thị Hường - Giám đốc.",
                "Thời gian: Quý III/2025.",
            ],
        ),
        (
            'b) Xây dựng hồ sơ sản phẩm OCOP "Bưởi Diễn Tân Tiến" đạt 3 sao.',
            [
                "Bộ phận thực hiện: Ban Giám đốc.",
                "Phối hợp: Phòng Nông nghiệp và PTNT huyện Văn Giang; UBND xã Tân Tiến.",
                "Thời gian: 6 tháng cuối năm 2025.",
            ],
        ),
        (
            "c) Thu phí dịch vụ thủy lợi, dịch vụ làm đất của thành viên.",
            ["Bộ phận thực hiện: Tổ Kế toán.", "Thời gian: thường xuyên."],
        ),
    ]
    for first, labels in blocks:
        body(doc, first)
        for line in labels:
            para(doc, line, indent=1.5)
    body(doc, "2. Dịch vụ tiêu thụ sản phẩm và tài chính", bold=True)
    for first, labels in blocks2:
        body(doc, first)
        for line in labels:
            para(doc, line, indent=1.5)
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Ban Kiểm soát kiểm tra, giám sát việc thực hiện; các tổ dịch vụ báo cáo Giám đốc vào ngày "
        "cuối tháng.",
    )
    closing_beside(
        doc,
        [
            "- UBND xã Tân Tiến (b/c);",
            "- Liên minh HTX tỉnh (b/c);",
            "- HĐQT, BKS, các tổ dịch vụ;",
            "- Lưu: HTX.",
        ],
        ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "", "", "", "Nguyễn Thị Hường"],
    )
    data = save(doc)
    header = hdr(
        "05",
        "KH-HTX",
        "Tân Tiến",
        "2025-01-10",
        title,
        "HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TÂN TIẾN",
        "TM. HỘI ĐỒNG QUẢN TRỊ",
        "CHỦ TỊCH",
        "Nguyễn Thị Hường",
        ["17/2023/QH15", "Nghị quyết ngày 05/01/2025", "12/KH-UBND"],
        4,
    )
    tasks = [
        T(
            "Cung ứng 12 tấn giống lúa Bắc Thơm số 7 và 35 tấn phân bón NPK cho thành viên",
            "Tổ Dịch vụ vật tư nông nghiệp",
            [],
            "2025-02-20",
            "2025-01-15",
            "Đỗ Văn Thành",
        ),
        T(
            "Làm đất, cấy máy cho 150 ha lúa vụ Xuân 2025",
            "Tổ Dịch vụ làm đất",
            ["các đội sản xuất thôn Phúc Thọ, Đồng Tỉnh"],
            "2025-02-28",
        ),
        T(
            "Điều tiết nước tưới, nạo vét 3,2 km kênh mương nội đồng",
            "Tổ Dịch vụ thủy nông",
            ["các đội sản xuất thôn Phúc Thọ, Đồng Tỉnh"],
            "2025-04-30",
            "2025-03-15",
        ),
        T(
            "Liên kết tiêu thụ nhãn lồng, bưởi Diễn với Công ty Cổ phần Nông sản Hưng Việt",
            "Ban Giám đốc",
            [],
            "2025-09-30",
            official="Nguyễn Thị Hường",
        ),
        T(
            'Xây dựng hồ sơ sản phẩm OCOP "Bưởi Diễn Tân Tiến" đạt 3 sao',
            "Ban Giám đốc",
            ["Phòng Nông nghiệp và PTNT huyện Văn Giang", "UBND xã Tân Tiến"],
            "2025-12-31",
            "2025-07-01",
        ),
        T(
            "Thu phí dịch vụ thủy lợi, dịch vụ làm đất của thành viên",
            "Tổ Kế toán",
            [],
            "2025-12-31",
        ),
    ]
    comment = (
        "HTX Nông nghiệp dịch vụ Tân Tiến (Hưng Yên, 2025, district era) .docx: issuer wraps over two "
        "lines, tasks as a)/b)/c) items under numbered sub-heads with indented label lines, "
        "season 'vụ Xuân 2025' in titles, a Luật as a basis, 'tháng 02/2025', '15/3 - 30/4/2025'."
    )
    return "09_htx_tan_tien.docx", data, comment, header, tasks


# ---------------------------------------------------------------------------
# 10 District UBND, older (2024): KT. signature, appendix-like task table
# with a product column before the lead, plus one concrete task given to a
# body in "Tổ chức thực hiện".
# ---------------------------------------------------------------------------
def plan10():
    title = (
        "Hỗ trợ phát triển sản xuất cho đồng bào dân tộc thiểu số tại các xã đặc biệt khó khăn "
        "năm 2024"
    )
    doc = new_doc()
    a4(doc)
    head(
        doc,
        ["ỦY BAN NHÂN DÂN", "HUYỆN BẢO LẠC", "", "Số: 145/KH-UBND"],
        [*MOTTO, "", "Bảo Lạc, ngày 20 tháng 5 năm 2024"],
    )
    title_block(doc, title)
    body(
        doc,
        "Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương "
        "trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi;",
        italic=True,
    )
    body(
        doc,
        "Căn cứ Quyết định số 325/QĐ-UBND ngày 12/3/2024 của UBND tỉnh Cao Bằng về giao kế hoạch "
        "vốn năm 2024;",
        italic=True,
    )
    body(doc, "UBND huyện Bảo Lạc ban hành Kế hoạch như sau:")
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Hỗ trợ đúng đối tượng là hộ nghèo, hộ cận nghèo người Mông, Dao, Tày, Nùng; công khai, "
        "minh bạch; góp phần giảm tỷ lệ hộ nghèo của huyện 4% trong năm 2024.",
    )
    body(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    body(doc, "Các nhiệm vụ cụ thể được phân công tại Biểu dưới đây:")
    head_cells = [
        "STT",
        "Nhiệm vụ",
        "Kết quả/Sản phẩm",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
        "Lãnh đạo chỉ đạo",
    ]
    rows = [
        (
            "1",
            "Hỗ trợ giống bò sinh sản cho 120 hộ nghèo tại các xã Cô Ba, Hưng Thịnh, Sơn Lộ",
            "120 hộ nhận bò",
            "Phòng Nông nghiệp và PTNT",
            "UBND các xã Cô Ba, Hưng Thịnh, Sơn Lộ",
            "Từ tháng 6 đến tháng 8/2024",
            "Đ/c Hoàng Văn Quý - PCT UBND huyện",
        ),
        (
            "2",
            "Trồng 300 ha cây dẻ, cây hồi trên đất lâm nghiệp",
            "300 ha được trồng",
            "Phòng NN&PTNT",
            "Hạt Kiểm lâm; UBND các xã",
            "Quý III/2024",
            "Đ/c Hoàng Văn Quý - PCT UBND huyện",
        ),
        (
            "3",
            "Mở 04 lớp dạy nghề trồng, chế biến chè Shan tuyết cho lao động người Mông, Dao",
            "120 lao động được đào tạo",
            "Trung tâm GDNN-GDTX huyện",
            "Phòng Lao động - TB&XH",
            "6 tháng cuối năm 2024",
            "Đ/c Lục Thị Hằng - PCT UBND huyện",
        ),
        (
            "4",
            "Xây dựng mô hình hợp tác xã chăn nuôi dê tại xã Đình Phùng",
            "01 HTX thành lập",
            "Phòng Nông nghiệp và PTNT",
            "Liên minh HTX tỉnh; UBND xã Đình Phùng",
            "Trong năm 2024",
            "Đ/c Hoàng Văn Quý - PCT UBND huyện",
        ),
        (
            "5",
            "Nghiệm thu, bàn giao công trình thủy lợi Nà Pồng",
            "Biên bản nghiệm thu",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            "Phòng Nông nghiệp và PTNT; UBND xã Huy Giáp",
            "Trước 30/9/2024",
            "Đ/c Hoàng Văn Quý - PCT UBND huyện",
        ),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(head_cells):
        fill(t.rows[0].cells[i], h, bold=True, center=True, size=11)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            fill(cells[i], v, size=11, center=i in (0, 5))
    fixed_widths(t, [1.0, 4.2, 2.4, 2.4, 2.6, 2.0, 2.4])
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Phòng Nông nghiệp và PTNT: là cơ quan thường trực, hướng dẫn các xã lập danh sách hộ "
        "được hỗ trợ; theo dõi, đôn đốc, tổng hợp báo cáo UBND huyện.",
    )
    body(
        doc,
        "2. Phòng Dân tộc: chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị biểu "
        "dương người có uy tín trong đồng bào dân tộc thiểu số năm 2024, hoàn thành trong tháng 11/2024.",
    )
    body(
        doc,
        "3. Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    )
    body(
        doc,
        "4. UBND các xã: tuyên truyền, bình xét công khai hộ được hỗ trợ; báo cáo kết quả về UBND "
        "huyện (qua Phòng Nông nghiệp và PTNT) trước ngày 15/12/2024.",
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Ban Dân tộc tỉnh;",
            "- TT Huyện ủy, TT HĐND huyện;",
            "- CT, các PCT UBND huyện;",
            "- Các cơ quan, đơn vị liên quan;",
            "- UBND các xã, thị trấn;",
            "- Lưu: VT.",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Hoàng Văn Quý",
        ],
    )
    data = save(doc)
    header = hdr(
        "145",
        "KH-UBND",
        "Bảo Lạc",
        "2024-05-20",
        title,
        "ỦY BAN NHÂN DÂN HUYỆN BẢO LẠC",
        "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Hoàng Văn Quý",
        ["1719/QĐ-TTg", "325/QĐ-UBND"],
        7,
    )
    tasks = [
        T(
            "Hỗ trợ giống bò sinh sản cho 120 hộ nghèo tại các xã Cô Ba, Hưng Thịnh, Sơn Lộ",
            "Phòng Nông nghiệp và PTNT",
            ["UBND các xã Cô Ba, Hưng Thịnh, Sơn Lộ"],
            "2024-08-31",
            "2024-06-01",
            "Hoàng Văn Quý",
        ),
        T(
            "Trồng 300 ha cây dẻ, cây hồi trên đất lâm nghiệp",
            "Phòng NN&PTNT",
            ["Hạt Kiểm lâm", "UBND các xã"],
            "2024-09-30",
            official="Hoàng Văn Quý",
        ),
        T(
            "Mở 04 lớp dạy nghề trồng, chế biến chè Shan tuyết cho lao động người Mông, Dao",
            "Trung tâm GDNN-GDTX huyện",
            ["Phòng Lao động - TB&XH"],
            "2024-12-31",
            "2024-07-01",
            "Lục Thị Hằng",
        ),
        T(
            "Xây dựng mô hình hợp tác xã chăn nuôi dê tại xã Đình Phùng",
            "Phòng Nông nghiệp và PTNT",
            ["Liên minh HTX tỉnh", "UBND xã Đình Phùng"],
            "2024-12-31",
            official="Hoàng Văn Quý",
        ),
        T(
            "Nghiệm thu, bàn giao công trình thủy lợi Nà Pồng",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            ["Phòng Nông nghiệp và PTNT", "UBND xã Huy Giáp"],
            "2024-09-30",
            official="Hoàng Văn Quý",
        ),
        T(
            "Tổ chức Hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2024",
            "Phòng Dân tộc",
            ["Ủy ban MTTQ Việt Nam huyện"],
            "2024-11-30",
        ),
    ]
    comment = (
        "UBND huyện Bảo Lạc (Cao Bằng, 2024, district era) .docx: KT. signature, task table with "
        "'Kết quả/Sản phẩm' before the lead and a 'Lãnh đạo chỉ đạo' column ('Đ/c X - PCT UBND huyện'), "
        "plus one concrete task given to Phòng Dân tộc in 'Tổ chức thực hiện' (the rest there are duties)."
    )
    return "10_ubnd_huyen_bao_lac.docx", data, comment, header, tasks


def main():
    OUT.mkdir(exist_ok=True)
    for make in (
        plan01,
        plan02,
        plan03,
        plan04,
        plan05,
        plan06,
        plan07,
        plan08,
        plan09,
        plan10,
    ):
        name, data, comment, header, tasks = make()
        expected.write(OUT, name, data, comment, header, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
