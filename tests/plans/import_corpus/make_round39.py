"""Writes round 39's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round39.py

Round 39 is the lead's fifteenth BLIND hold-out (07/12/2026): ten plans by
a helper who read neither the importer, its corpus (but for the writing
helpers expected.py and word_writer.py), its docs nor the seeds, asked for
layouts earlier rounds lacked (an appendix after the signature, tasks
grouped by unit, a month grid, a year road-map, an official letter, a
table per village, a Ban Chỉ đạo's members, text copied from a PDF, an
e-mailed check-list, a school's draft). Measured untouched on main 945f19f:
tasks 70.6/64.0, leads 76.5/52.7, coordinating 86.7/76.5, officials
100/35.3, deadlines 74.5/51.4, starts 77.8/58.3, header 95.9/89.2. No
expected result was changed.

Word files are written with python-docx (the corpus's word_writer helpers);
.doc, .odt and one .pdf are LibreOffice's saves of those; one .pdf is
WeasyPrint's; .xlsx is openpyxl's; .txt and .md are plain text."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "round39"
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    fill,
    fixed_widths,
    no_borders,
    para,
    repeat_header,
    ruled,
    save,
)


# --------------------------------------------------------------- helpers
def soffice(data: bytes, target: str) -> bytes:
    """The .docx `data` saved by LibreOffice as `target` (pdf, doc, odt)."""
    filters = {"doc": "doc:MS Word 97", "odt": "odt", "pdf": "pdf"}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.docx"
        src.write_bytes(data)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                filters[target],
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (Path(tmp) / f"plan.{target}").read_bytes()


def weasy(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def header(**kw) -> dict:
    order = [
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
    return {k: kw[k] for k in order}


def task(title, lead="", coordinating=(), deadline="", start="", official=""):
    t = {
        "title": title,
        "lead": lead,
        "coordinating": list(coordinating),
        "deadline": deadline,
    }
    if start:
        t["start"] = start
    if official:
        t["official"] = official
    return t


def lines_cell(
    cell, lines, *, size=13, center=True, bold_upper=True, underline_last=False
):
    """A header cell: each line a paragraph, capitals in bold."""
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold_upper and line.isupper() and len(line) > 3
        if line.startswith(("Số", "V/v")) or "ngày" in line:
            r.bold = False
            r.italic = "ngày" in line and not line.startswith("Số")
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def top_block(doc, left, right, widths=(6.0, 10.0)):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    lines_cell(t.cell(0, 0), left, size=12)
    lines_cell(t.cell(0, 1), right, size=12)
    fixed_widths(t, list(widths))
    return t


def body(doc, text, *, bold=False, italic=False, indent=1.0, center=False, size=13):
    p = para(
        doc,
        text,
        bold=bold,
        italic=italic,
        center=center,
        indent=None if center else indent,
    )
    for r in p.runs:
        r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p


def mixed(doc, parts, indent=1.0):
    """A paragraph of (text, bold, italic) runs."""
    p = doc.add_paragraph()
    for text, b, i in parts:
        r = p.add_run(text)
        r.bold, r.italic = b, i
        r.font.size = Pt(13)
    p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(3)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def signature_table(doc, recipients, sign_lines, widths=(7.5, 8.5)):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left = t.cell(0, 0)
    left.text = ""
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = r.italic = True
    r.font.size = Pt(12)
    for line in recipients:
        q = left.add_paragraph()
        rr = q.add_run(line)
        rr.font.size = Pt(11)
        q.paragraph_format.space_after = Pt(0)
    lines_cell(t.cell(0, 1), sign_lines)
    fixed_widths(t, list(widths))
    return t


def new_doc():
    """A Word document whose Normal style is Times New Roman 13, as offices
    set it (LibreOffice renders it with the metric-compatible Liberation
    Serif)."""
    from docx import Document
    from docx.oxml.ns import qn as _qn

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(_qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(_qn(attr), "Times New Roman")
    return doc


MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


# ============================================================ 01 appendix
def plan01():
    """Commune after the reform; tasks only in a landscape Phụ lục after
    the signature, the lead before the work."""
    place, number = "Tân Thịnh", "48"
    title = (
        "Thực hiện xây dựng xã đạt chuẩn nông thôn mới nâng cao "
        "trên địa bàn xã Tân Thịnh năm 2026"
    )
    doc = new_doc()
    a4(doc)
    top_block(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN THỊNH", "", f"Số: {number}/KH-UBND"],
        [*MOTTO, "", "Tân Thịnh, ngày 16 tháng 3 năm 2026"],
    )
    body(doc, "", indent=0)
    body(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    body(
        doc,
        "Thực hiện xây dựng xã đạt chuẩn nông thôn mới nâng cao",
        bold=True,
        center=True,
    )
    body(doc, "trên địa bàn xã Tân Thịnh năm 2026", bold=True, center=True)
    body(doc, "_____________", center=True)
    bases = [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính "
        "phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí "
        "quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025;",
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân "
        "tỉnh Phú Thọ về thực hiện Chương trình mục tiêu quốc gia xây dựng "
        "nông thôn mới năm 2026;",
        "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 10/01/2026 của Hội đồng nhân "
        "dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026;",
    ]
    for b in bases:
        body(doc, b, italic=True)
    body(
        doc,
        "Ủy ban nhân dân xã Tân Thịnh ban hành Kế hoạch thực hiện xây "
        "dựng xã đạt chuẩn nông thôn mới nâng cao năm 2026 như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "1. Cụ thể hóa các nhiệm vụ, giải pháp để hoàn thành 19/19 tiêu "
        "chí xã nông thôn mới nâng cao theo Bộ tiêu chí của tỉnh; phân công "
        "rõ đơn vị chủ trì, sản phẩm, thời hạn hoàn thành.",
    )
    body(
        doc,
        "2. Huy động sự vào cuộc của cả hệ thống chính trị và Nhân dân; "
        "sử dụng hiệu quả các nguồn vốn, tránh dàn trải.",
    )
    body(doc, "II. MỤC TIÊU", bold=True)
    body(
        doc,
        "- Đến hết năm 2026, xã Tân Thịnh được công nhận đạt chuẩn nông "
        "thôn mới nâng cao.",
    )
    body(
        doc,
        "- Thu nhập bình quân đầu người đạt từ 62 triệu đồng/người/năm "
        "trở lên; tỷ lệ hộ nghèo đa chiều giảm còn dưới 1,5%.",
    )
    body(doc, "III. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    body(
        doc,
        "Tập trung hoàn thiện 06 tiêu chí còn thiếu (Giao thông; Trường "
        "học; Tổ chức sản xuất; Y tế; Môi trường; Quốc phòng và an ninh). "
        "Nhiệm vụ cụ thể, đơn vị chủ trì, sản phẩm đầu ra và thời gian hoàn "
        "thành được giao tại Phụ lục kèm theo Kế hoạch này.",
    )
    body(doc, "IV. KINH PHÍ THỰC HIỆN", bold=True)
    body(
        doc,
        "Tổng kinh phí dự kiến 6.830 triệu đồng, gồm: ngân sách Trung "
        "ương, ngân sách tỉnh hỗ trợ có mục tiêu, ngân sách xã, vốn lồng "
        "ghép và huy động xã hội hóa.",
    )
    body(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Các phòng, đơn vị được giao chủ trì tại Phụ lục chủ động "
        "xây dựng kế hoạch chi tiết, tổ chức triển khai và chịu trách nhiệm "
        "trước Ủy ban nhân dân xã về kết quả thực hiện.",
    )
    body(
        doc,
        "2. Phòng Kinh tế là cơ quan thường trực, theo dõi, đôn đốc, "
        "tổng hợp báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý (trước "
        "ngày 20 tháng cuối quý) về Ủy ban nhân dân xã.",
    )
    body(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn "
        "vị kịp thời báo cáo Ủy ban nhân dân xã (qua Phòng Kinh tế) để xem "
        "xét, giải quyết./.",
    )
    recipients = [
        "- UBND tỉnh Phú Thọ (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT Đảng ủy, TT HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các phòng, đơn vị thuộc UBND xã;",
        "- Các thôn;",
        "- Lưu: VT, KT.",
    ]
    signature_table(
        doc,
        recipients,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Hoàng Văn Thắng",
        ],
    )

    # The appendix: a new landscape section.
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(2.0), Cm(1.5)
    body(doc, "Phụ lục", bold=True, center=True)
    body(
        doc,
        "DANH MỤC NHIỆM VỤ THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2026",
        bold=True,
        center=True,
    )
    body(
        doc,
        "(Kèm theo Kế hoạch số 48/KH-UBND ngày 16/3/2026 của Ủy ban "
        "nhân dân xã Tân Thịnh)",
        italic=True,
        center=True,
    )
    head = [
        "STT",
        "Đơn vị chủ trì",
        "Nội dung nhiệm vụ",
        "Sản phẩm đầu ra",
        "Thời gian hoàn thành",
        "Đơn vị phối hợp",
        "Kinh phí (triệu đồng)",
    ]
    groups = [
        (
            "Tiêu chí số 2 - Giao thông",
            [
                [
                    "Phòng Kinh tế",
                    "Cứng hóa 2,3 km đường trục thôn Đồng Giang, thôn Gò Chè",
                    "Tuyến đường được nghiệm thu, đưa vào sử dụng",
                    "30/9/2026",
                    "Ban Quản lý dự án đầu tư xây dựng xã; các thôn Đồng Giang, Gò Chè",
                    "3.450",
                ],
            ],
        ),
        (
            "Tiêu chí số 5 - Trường học",
            [
                [
                    "Phòng Văn hóa - Xã hội",
                    "Đầu tư xây dựng 04 phòng học bộ môn Trường THCS Tân Thịnh",
                    "Trường đạt chuẩn quốc gia mức độ 2",
                    "Quý IV/2026",
                    "Trường THCS Tân Thịnh; Ban Quản lý dự án đầu tư xây dựng xã",
                    "2.800",
                ],
            ],
        ),
        (
            "Tiêu chí số 13 - Tổ chức sản xuất và phát triển kinh tế nông thôn",
            [
                [
                    "Phòng Kinh tế",
                    "Hỗ trợ thành lập mới 01 hợp tác xã trồng và chế biến chè",
                    "Quyết định thành lập hợp tác xã",
                    "Tháng 8/2026",
                    "Hội Nông dân xã",
                    "150",
                ],
                [
                    "Phòng Kinh tế",
                    "Phát triển 02 sản phẩm OCOP đạt 3 sao (chè "
                    "xanh Tân Thịnh, bưởi Gò Chè)",
                    "02 sản phẩm được công nhận OCOP 3 sao",
                    "30/11/2026",
                    "HTX Nông nghiệp Tân Thịnh; các chủ thể OCOP",
                    "200",
                ],
            ],
        ),
        (
            "Tiêu chí số 15 - Y tế",
            [
                [
                    "Trạm Y tế xã",
                    "Vận động người dân tham gia bảo hiểm y tế",
                    "Tỷ lệ người dân tham gia BHYT đạt từ 95% trở lên",
                    "15/12/2026",
                    "Bảo hiểm xã hội cơ sở; các thôn",
                    "-",
                ],
            ],
        ),
        (
            "Tiêu chí số 17 - Môi trường và an toàn thực phẩm",
            [
                [
                    "Ủy ban MTTQ Việt Nam xã",
                    "Trồng 5 km đường hoa, cây xanh trên các trục đường liên thôn",
                    "05 km tuyến đường hoa, cây xanh",
                    "Tháng 4 - tháng 6/2026",
                    "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã",
                    "Xã hội hóa",
                ],
                [
                    "Phòng Kinh tế",
                    "Xây dựng 03 mô hình phân loại chất thải rắn sinh hoạt tại nguồn",
                    "03 mô hình được ra mắt, duy trì",
                    "31/7/2026",
                    "Hội Liên hiệp Phụ nữ xã; các thôn",
                    "90",
                ],
            ],
        ),
        (
            "Tiêu chí số 19 - Quốc phòng và an ninh",
            [
                [
                    "Công an xã",
                    "Lắp đặt camera an ninh tại 100% thôn, khu dân cư",
                    "Hệ thống camera kết nối về Công an xã",
                    "Thường xuyên",
                    "Ban Chỉ huy quân sự xã; các thôn",
                    "140",
                ],
            ],
        ),
        (
            "Hồ sơ xét công nhận",
            [
                [
                    "Phòng Kinh tế",
                    "Hoàn thiện hồ sơ đề nghị xét, công nhận xã đạt "
                    "chuẩn nông thôn mới nâng cao năm 2026",
                    "Hồ sơ trình UBND tỉnh",
                    "30/11/2026",
                    "Các cơ quan, đơn vị liên quan",
                    "-",
                ],
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    ruled(t)
    for i, h in enumerate(head):
        fill(t.rows[0].cells[i], h, size=11, bold=True, center=True)
    repeat_header(t.rows[0])
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    n = 0
    for gi, (gname, rows) in enumerate(groups):
        cells = t.add_row().cells
        fill(cells[0], roman[gi], size=11, bold=True, center=True)
        merged = cells[1].merge(cells[6])
        fill(merged, gname, size=11, bold=True)
        for row in rows:
            n += 1
            cells = t.add_row().cells
            fill(cells[0], str(n), size=11, center=True)
            for k, v in enumerate(row):
                fill(cells[k + 1], v, size=11, center=k in (3, 5))
    fixed_widths(t, [1.2, 3.4, 6.6, 4.6, 2.8, 4.6, 2.6])
    data = save(doc)

    tasks = [
        task(
            "Cứng hóa 2,3 km đường trục thôn Đồng Giang, thôn Gò Chè",
            "Phòng Kinh tế",
            ["Ban Quản lý dự án đầu tư xây dựng xã", "các thôn Đồng Giang, Gò Chè"],
            "2026-09-30",
        ),
        task(
            "Đầu tư xây dựng 04 phòng học bộ môn Trường THCS Tân Thịnh",
            "Phòng Văn hóa - Xã hội",
            ["Trường THCS Tân Thịnh", "Ban Quản lý dự án đầu tư xây dựng xã"],
            "2026-12-31",
        ),
        task(
            "Hỗ trợ thành lập mới 01 hợp tác xã trồng và chế biến chè",
            "Phòng Kinh tế",
            ["Hội Nông dân xã"],
            "2026-08-31",
        ),
        task(
            "Phát triển 02 sản phẩm OCOP đạt 3 sao (chè xanh Tân Thịnh, bưởi Gò Chè)",
            "Phòng Kinh tế",
            ["HTX Nông nghiệp Tân Thịnh", "các chủ thể OCOP"],
            "2026-11-30",
        ),
        task(
            "Vận động người dân tham gia bảo hiểm y tế",
            "Trạm Y tế xã",
            ["Bảo hiểm xã hội cơ sở", "các thôn"],
            "2026-12-15",
        ),
        task(
            "Trồng 5 km đường hoa, cây xanh trên các trục đường liên thôn",
            "Ủy ban MTTQ Việt Nam xã",
            ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            "2026-06-30",
            start="2026-04-01",
        ),
        task(
            "Xây dựng 03 mô hình phân loại chất thải rắn sinh hoạt tại nguồn",
            "Phòng Kinh tế",
            ["Hội Liên hiệp Phụ nữ xã", "các thôn"],
            "2026-07-31",
        ),
        task(
            "Lắp đặt camera an ninh tại 100% thôn, khu dân cư",
            "Công an xã",
            ["Ban Chỉ huy quân sự xã", "các thôn"],
            "2026-12-31",
        ),
        task(
            "Hoàn thiện hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn "
            "mới nâng cao năm 2026",
            "Phòng Kinh tế",
            ["Các cơ quan, đơn vị liên quan"],
            "2026-11-30",
        ),
    ]
    hdr = header(
        number=number,
        symbol="KH-UBND",
        place=place,
        date="2026-03-16",
        title=title,
        issuer="ỦY BAN NHÂN DÂN XÃ TÂN THỊNH",
        authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        signer_title="PHÓ CHỦ TỊCH",
        signer="Hoàng Văn Thắng",
        bases=["Luật ngày 16/6/2025", "318/QĐ-TTg", "112/KH-UBND", "05/NQ-HĐND"],
        recipients=7,
    )
    comment = """\
Family: commune People's Committee after the 1/7/2025 reform (two-level
government, commune has Phòng Kinh tế / Phòng Văn hóa - Xã hội), .docx.
First idea: numbered list of tasks in section III of the body.
Written layout (less common): the body only says "giao tại Phụ lục"; the tasks
sit in a landscape appendix section AFTER the signature and Nơi nhận, in a
ruled table whose column order is STT | Đơn vị chủ trì | Nội dung nhiệm vụ |
Sản phẩm đầu ra | Thời gian hoàn thành | Đơn vị phối hợp | Kinh phí (triệu
đồng), with Roman group rows (one per criterion, merged across the row).
Judgements: group rows are not tasks; targets in II and the Phòng Kinh tế
quarterly reporting in V.2 are not tasks; the Luật Tổ chức chính quyền địa
phương is cited without number -> "Luật ngày 16/6/2025"; "Quý IV/2026" ->
2026-12-31; "Tháng 8/2026" -> 2026-08-31; "Tháng 4 - tháng 6/2026" -> start
2026-04-01, deadline 2026-06-30; "Thường xuyên" -> 2026-12-31; "các thôn Đồng
Giang, Gò Chè" kept as ONE unit; partners split on ";" only; the task title
keeps the document's wording (incl. the parenthesis of product names); the
Sản phẩm đầu ra and Kinh phí cells are not part of the title. Authority has
both TM. and KT. joined with ", "."""
    expected.write(OUT, "01_xa_phu_luc_sau_chu_ky.docx", data, comment, hdr, tasks)


# ====================================================== 02 grouped by unit
def plan02():
    """A district (before the reform): the tasks grouped by unit."""
    doc = new_doc()
    a4(doc)
    top_block(
        doc,
        ["ỦY BAN NHÂN DÂN", "HUYỆN ĐOAN HÙNG", "", "Số: 37/KH-UBND"],
        [*MOTTO, "", "Đoan Hùng, ngày 22 tháng 02 năm 2024"],
    )
    body(doc, "", indent=0)
    body(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    body(
        doc,
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn "
        "mới trên địa bàn huyện Đoan Hùng năm 2024",
        bold=True,
        center=True,
    )
    body(doc, "", indent=0)
    for b in [
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính "
        "phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "giai đoạn 2021 - 2025;",
        "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy "
        "định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu "
        "quốc gia; Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 sửa đổi, bổ sung "
        "một số điều của Nghị định số 27/2022/NĐ-CP;",
        "Căn cứ Kế hoạch số 25/KH-UBND ngày 18/01/2024 của UBND tỉnh Phú Thọ "
        "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm "
        "2024;",
        "Căn cứ Kết luận của Ban Thường vụ Huyện ủy tại Hội nghị ngày "
        "05/01/2024 về nhiệm vụ trọng tâm năm 2024;",
    ]:
        body(doc, b, italic=True)
    body(
        doc,
        "UBND huyện ban hành Kế hoạch thực hiện Chương trình mục tiêu "
        "quốc gia xây dựng nông thôn mới năm 2024, cụ thể như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "- Tiếp tục triển khai đồng bộ, hiệu quả Chương trình; phấn đấu "
        "hoàn thành các chỉ tiêu UBND tỉnh giao năm 2024.",
    )
    body(
        doc,
        "- Phân công cụ thể nhiệm vụ cho từng cơ quan, đơn vị, gắn với "
        "trách nhiệm người đứng đầu.",
    )
    body(doc, "II. CHỈ TIÊU NĂM 2024", bold=True)
    body(
        doc,
        "- Có thêm 02 xã đạt chuẩn nông thôn mới nâng cao (Chí Đám, "
        "Hùng Xuyên); 01 xã đạt chuẩn nông thôn mới kiểu mẫu (Vân Du).",
    )
    body(
        doc,
        "- Bình quân tiêu chí đạt 18,2 tiêu chí/xã; có thêm 08 sản phẩm "
        "OCOP đạt 3 sao trở lên.",
    )
    body(doc, "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", bold=True)
    body(
        doc,
        "Tập trung công tác tuyên truyền; huy động, lồng ghép nguồn lực; "
        "nâng cao chất lượng các tiêu chí; phát triển sản xuất gắn với chương "
        "trình OCOP; bảo vệ môi trường nông thôn (nhiệm vụ của từng cơ quan, "
        "đơn vị được phân công tại Mục IV).",
    )
    body(doc, "IV. PHÂN CÔNG NHIỆM VỤ", bold=True)
    groups = [
        (
            "1. Phòng Nông nghiệp và Phát triển nông thôn",
            " (Cơ quan thường trực Ban Chỉ đạo các Chương trình MTQG huyện):",
            [
                "- Chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu UBND "
                "huyện phân bổ vốn sự nghiệp thực hiện Chương trình năm 2024; "
                "hoàn thành trước ngày 31/3/2024.",
                "- Hướng dẫn các xã Chí Đám, Hùng Xuyên hoàn thiện hồ sơ đề nghị "
                "xét công nhận xã đạt chuẩn nông thôn mới nâng cao; hoàn thành "
                "trước ngày 15/10/2024.",
                "- Theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch định kỳ "
                "6 tháng, năm theo quy định.",
            ],
        ),
        (
            "2. Phòng Tài chính - Kế hoạch:",
            "",
            [
                "- Cân đối, bố trí vốn đối ứng từ ngân sách huyện cho các xã phấn "
                "đấu đạt chuẩn năm 2024; thời gian: Quý II/2024.",
                "- Hướng dẫn các xã thanh toán, quyết toán nguồn vốn Chương trình "
                "năm 2023; hoàn thành trước ngày 30/4/2024.",
            ],
        ),
        (
            "3. Phòng Kinh tế và Hạ tầng:",
            "",
            [
                "- Thẩm định hồ sơ, hướng dẫn các xã triển khai đầu tư các công "
                "trình giao thông nông thôn (thực hiện thường xuyên).",
                "- Kiểm tra, đánh giá mức độ đạt các tiêu chí Giao thông, Điện, "
                "Nhà ở dân cư tại các xã đăng ký đạt chuẩn; xong trong tháng "
                "9/2024.",
            ],
        ),
        (
            "4. Phòng Tài nguyên và Môi trường:",
            "",
            [
                "- Chỉ đạo các xã thu gom, xử lý chất thải rắn sinh hoạt; xây "
                "dựng mô hình phân loại rác tại nguồn, phối hợp với Hội Liên hiệp "
                "Phụ nữ huyện thực hiện; hoàn thành trước ngày 30/11/2024.",
            ],
        ),
        (
            "5. Phòng Văn hóa và Thông tin:",
            "",
            [
                "- Phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện "
                "đẩy mạnh tuyên truyền về xây dựng nông thôn mới trên Cổng thông "
                "tin điện tử huyện; thực hiện thường xuyên.",
            ],
        ),
        (
            "6. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - "
            "xã hội huyện:",
            "",
            [
                '- Tổ chức thực hiện có hiệu quả Cuộc vận động "Toàn dân đoàn kết '
                'xây dựng nông thôn mới, đô thị văn minh" (hằng năm).',
            ],
        ),
        (
            "7. UBND các xã:",
            "",
            [
                "- Rà soát, đánh giá thực trạng các tiêu chí, xây dựng kế hoạch "
                "chi tiết của xã năm 2024; hoàn thành trước ngày 15/3/2024.",
                "- Huy động nguồn lực xã hội hóa, lồng ghép các chương trình, dự "
                "án trên địa bàn để thực hiện các tiêu chí (thường xuyên).",
            ],
        ),
    ]
    for name, rest, items in groups:
        mixed(doc, [(name, True, False), (rest, False, True)])
        for it in items:
            body(doc, it)
    body(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, "
        "thị trấn triển khai thực hiện; báo cáo kết quả về UBND huyện (qua "
        "Phòng Nông nghiệp và PTNT) trước ngày 15/6/2024 (báo cáo 6 tháng) "
        "và 15/11/2024 (báo cáo năm)./.",
    )
    signature_table(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Văn phòng Điều phối NTM tỉnh (b/c);",
            "- TT Huyện ủy, TT HĐND huyện;",
            "- CT, các PCT UBND huyện;",
            "- Thành viên BCĐ các CTMTQG huyện;",
            "- Các cơ quan, đơn vị tại Mục IV;",
            "- UBND các xã, thị trấn;",
            "- Lưu: VT, NN.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Nguyễn Mạnh Tuấn"],
    )
    data = soffice(save(doc), "odt")

    PNN = "Phòng Nông nghiệp và Phát triển nông thôn"
    tasks = [
        task(
            "Tham mưu UBND huyện phân bổ vốn sự nghiệp thực hiện Chương trình năm 2024",
            PNN,
            ["Phòng Tài chính - Kế hoạch"],
            "2024-03-31",
        ),
        task(
            "Hướng dẫn các xã Chí Đám, Hùng Xuyên hoàn thiện hồ sơ đề nghị xét "
            "công nhận xã đạt chuẩn nông thôn mới nâng cao",
            PNN,
            [],
            "2024-10-15",
        ),
        task(
            "Cân đối, bố trí vốn đối ứng từ ngân sách huyện cho các xã phấn "
            "đấu đạt chuẩn năm 2024",
            "Phòng Tài chính - Kế hoạch",
            [],
            "2024-06-30",
        ),
        task(
            "Hướng dẫn các xã thanh toán, quyết toán nguồn vốn Chương trình năm 2023",
            "Phòng Tài chính - Kế hoạch",
            [],
            "2024-04-30",
        ),
        task(
            "Thẩm định hồ sơ, hướng dẫn các xã triển khai đầu tư các công "
            "trình giao thông nông thôn",
            "Phòng Kinh tế và Hạ tầng",
            [],
            "2024-12-31",
        ),
        task(
            "Kiểm tra, đánh giá mức độ đạt các tiêu chí Giao thông, Điện, Nhà "
            "ở dân cư tại các xã đăng ký đạt chuẩn",
            "Phòng Kinh tế và Hạ tầng",
            [],
            "2024-09-30",
        ),
        task(
            "Chỉ đạo các xã thu gom, xử lý chất thải rắn sinh hoạt; xây dựng "
            "mô hình phân loại rác tại nguồn",
            "Phòng Tài nguyên và Môi trường",
            ["Hội Liên hiệp Phụ nữ huyện"],
            "2024-11-30",
        ),
        task(
            "Đẩy mạnh tuyên truyền về xây dựng nông thôn mới trên Cổng thông "
            "tin điện tử huyện",
            "Phòng Văn hóa và Thông tin",
            ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"],
            "2024-12-31",
        ),
        task(
            'Tổ chức thực hiện có hiệu quả Cuộc vận động "Toàn dân đoàn kết '
            'xây dựng nông thôn mới, đô thị văn minh"',
            "Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện",
            [],
            "2024-12-31",
        ),
        task(
            "Rà soát, đánh giá thực trạng các tiêu chí, xây dựng kế hoạch chi "
            "tiết của xã năm 2024",
            "UBND các xã",
            [],
            "2024-03-15",
        ),
        task(
            "Huy động nguồn lực xã hội hóa, lồng ghép các chương trình, dự án "
            "trên địa bàn để thực hiện các tiêu chí",
            "UBND các xã",
            [],
            "2024-12-31",
        ),
    ]
    hdr = header(
        number="37",
        symbol="KH-UBND",
        place="Đoan Hùng",
        date="2024-02-22",
        title="Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "trên địa bàn huyện Đoan Hùng năm 2024",
        issuer="ỦY BAN NHÂN DÂN HUYỆN ĐOAN HÙNG",
        authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer="Nguyễn Mạnh Tuấn",
        bases=[
            "263/QĐ-TTg",
            "27/2022/NĐ-CP",
            "38/2023/NĐ-CP",
            "25/KH-UBND",
            "Kết luận ngày 05/01/2024",
        ],
        recipients=8,
    )
    comment = """\
Family: district People's Committee BEFORE the 1/7/2025 reform, .odt
(LibreOffice's save of a Word document).
First idea: a ruled task table TT | Nội dung | Chủ trì | Phối hợp | Thời gian.
Written layout (less common): "IV. PHÂN CÔNG NHIỆM VỤ" grouped by unit - a
bold unit heading "1. Phòng ...:" (one with an italic parenthesis "(Cơ quan
thường trực ...)") followed by "- ..." bullets; the unit is the lead of every
bullet under it; the deadline is a trailing clause ("hoàn thành trước ngày
…", "thời gian: Quý II/2024", "xong trong tháng 9/2024", "(thường xuyên)",
"(hằng năm)").
Judgements: the Phòng NN&PTNT bullet "Theo dõi, tổng hợp, báo cáo kết quả
thực hiện Kế hoạch" and section V's reporting are duties of the plan itself,
NOT tasks; chỉ tiêu in II are not tasks; section III is a summary, not tasks.
Bullet 1 "Chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu …" -> lead
is the group's unit, partner Phòng Tài chính - Kế hoạch; in the environment
bullet "phối hợp với Hội Liên hiệp Phụ nữ huyện thực hiện" -> partner; in the
media bullet "Phối hợp với Trung tâm …" the Phòng Văn hóa và Thông tin still
leads and the Trung tâm is the partner. Group 6 "Đề nghị Ủy ban MTTQ Việt Nam
huyện và các đoàn thể chính trị - xã hội huyện" -> ONE lead without
"Đề nghị". "Cuộc vận động" keeps its quotes. Quý II/2024 -> 2024-06-30;
"thường xuyên"/"hằng năm" -> 2024-12-31. The Kết luận of the Huyện ủy
Standing Board has no number -> "Kết luận ngày 05/01/2024"; the second
Nghị định on the same basis line is its own basis. Nơi nhận: 8 lines."""
    expected.write(OUT, "02_huyen_nhom_theo_don_vi.odt", data, comment, hdr, tasks)


# ====================================================== 03 month ticks xlsx
def plan03():
    """Commune Youth Union after the reform: a month-by-month grid in Excel."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "KH NTM 2026"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    mid = Alignment(horizontal="center", vertical="center", wrap_text=True)
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    fi = Font(name="Times New Roman", size=12, italic=True)

    def put(ref, value, font=f, align=None, merge=None):
        ws[ref] = value
        ws[ref].font = font
        if align:
            ws[ref].alignment = align
        if merge:
            ws.merge_cells(merge)

    put("A1", "BCH ĐOÀN TỈNH TUYÊN QUANG", f, mid, "A1:D1")
    put("A2", "BCH ĐOÀN XÃ MINH XUÂN", fb, mid, "A2:D2")
    put("A3", "***", f, mid, "A3:D3")
    put("A4", "Số: 12-KH/ĐTN", f, mid, "A4:D4")
    put("H1", "ĐOÀN TNCS HỒ CHÍ MINH", fb, mid, "H1:Q1")
    put("H3", "Minh Xuân, ngày 20 tháng 01 năm 2026", fi, mid, "H3:Q3")
    put(
        "A6", "KẾ HOẠCH", Font(name="Times New Roman", size=14, bold=True), mid, "A6:Q6"
    )
    put(
        "A7",
        "Hoạt động của tuổi trẻ xã Minh Xuân tham gia xây dựng nông thôn mới năm 2026",
        fb,
        mid,
        "A7:Q7",
    )
    put("A8", "-----", f, mid, "A8:Q8")
    intro = [
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 12/01/2026 của UBND xã Minh Xuân "
        "về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "năm 2026;",
        "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm "
        "2026 của Ban Thường vụ Tỉnh đoàn Tuyên Quang ngày 30/12/2025;",
        "Ban Chấp hành Đoàn xã xây dựng kế hoạch hoạt động năm 2026 như sau "
        '(ký hiệu "x" là tháng thực hiện):',
    ]
    r = 9
    for line in intro:
        put(
            f"A{r}",
            line,
            fi if line.startswith("Căn cứ") else f,
            Alignment(wrap_text=True, vertical="top"),
            f"A{r}:Q{r}",
        )
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    head_row = r
    heads = [
        "STT",
        "Nội dung hoạt động",
        "Đơn vị thực hiện",
        "Đơn vị phối hợp",
        *[f"T{m}" for m in range(1, 13)],
        "Ghi chú",
    ]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font, cell.alignment, cell.border = fb, mid, box
    rows = [
        (
            "1",
            'Ra quân hưởng ứng "Tháng Thanh niên", làm sạch đường làng, ngõ xóm',
            "BCH Đoàn xã",
            "Các chi đoàn thôn",
            [3],
            "",
        ),
        (
            "2",
            'Trồng cây xanh "Tuyến đường thanh niên" tại thôn Nà Làng',
            "Chi đoàn thôn Nà Làng",
            "Hội Cựu chiến binh xã",
            [2, 3],
            "1,5 km",
        ),
        (
            "3",
            'Hoạt động "Chủ nhật xanh" thu gom rác thải nhựa',
            "BCH Đoàn xã",
            "Các chi đoàn thôn",
            list(range(1, 13)),
            "Chủ nhật tuần cuối",
        ),
        (
            "4",
            "Hỗ trợ thanh niên khởi nghiệp, phát triển sản phẩm OCOP chè Shan tuyết",
            "BCH Đoàn xã",
            "Phòng Kinh tế xã; HTX Chè Minh Xuân",
            [5, 6, 7, 8, 9],
            "",
        ),
        (
            "5",
            '"Thắp sáng đường quê": lắp 2 km đèn năng lượng mặt trời',
            "Đội hình thanh niên tình nguyện hè xã",
            "Các chi đoàn thôn",
            [7, 8],
            "Chiến dịch hè",
        ),
        (
            "6",
            "Hướng dẫn người dân cài đặt, sử dụng VNeID, thanh toán không "
            "dùng tiền mặt",
            "Tổ công nghệ số cộng đồng",
            "Công an xã",
            [4, 10],
            "",
        ),
        (
            "7",
            "Sơ kết 6 tháng, tổng kết năm hoạt động tham gia xây dựng nông thôn mới",
            "BCH Đoàn xã",
            "",
            [6, 12],
            "",
        ),
    ]
    for stt, content, lead, coord, months, note in rows:
        r += 1
        values = [
            stt,
            content,
            lead,
            coord,
            *["x" if m in months else "" for m in range(1, 13)],
            note,
        ]
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font, cell.border = f, box
            cell.alignment = wrap if c in (2, 3, 4, 17) else mid
        ws.row_dimensions[r].height = 48
    ws.freeze_panes = ws.cell(row=head_row + 1, column=1)
    r += 2
    put(
        f"A{r}",
        "Ban Chấp hành Đoàn xã đề nghị các chi đoàn căn cứ kế hoạch, "
        "chủ động tổ chức thực hiện; báo cáo kết quả về Đoàn xã trước ngày 25 "
        "hằng tháng.",
        f,
        Alignment(wrap_text=True),
        f"A{r}:Q{r}",
    )
    ws.row_dimensions[r].height = 32
    r += 2
    put(
        f"A{r}",
        "Nơi nhận:",
        Font(name="Times New Roman", size=12, bold=True, italic=True),
    )
    put(f"J{r}", "TM. BAN CHẤP HÀNH ĐOÀN XÃ", fb, mid, f"J{r}:Q{r}")
    recips = [
        "- BTV Tỉnh đoàn (b/c);",
        "- Đảng ủy xã (b/c);",
        "- UBND xã;",
        "- Các chi đoàn trực thuộc;",
        "- Lưu: VP Đoàn.",
    ]
    for i, line in enumerate(recips):
        put(f"A{r + 1 + i}", line, Font(name="Times New Roman", size=11))
    put(f"J{r + 1}", "BÍ THƯ", fb, mid, f"J{r + 1}:Q{r + 1}")
    put(f"J{r + 5}", "Ma Văn Quyết", fb, mid, f"J{r + 5}:Q{r + 5}")
    widths = {"A": 5, "B": 42, "C": 20, "D": 20, "Q": 14}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for c in range(5, 17):
        ws.column_dimensions[get_column_letter(c)].width = 4.5
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    data = save(wb)

    tasks = [
        task(
            'Ra quân hưởng ứng "Tháng Thanh niên", làm sạch đường làng, ngõ xóm',
            "BCH Đoàn xã",
            ["Các chi đoàn thôn"],
            "2026-03-31",
            start="2026-03-01",
        ),
        task(
            'Trồng cây xanh "Tuyến đường thanh niên" tại thôn Nà Làng',
            "Chi đoàn thôn Nà Làng",
            ["Hội Cựu chiến binh xã"],
            "2026-03-31",
            start="2026-02-01",
        ),
        task(
            'Hoạt động "Chủ nhật xanh" thu gom rác thải nhựa',
            "BCH Đoàn xã",
            ["Các chi đoàn thôn"],
            "2026-12-31",
            start="2026-01-01",
        ),
        task(
            "Hỗ trợ thanh niên khởi nghiệp, phát triển sản phẩm OCOP chè Shan tuyết",
            "BCH Đoàn xã",
            ["Phòng Kinh tế xã", "HTX Chè Minh Xuân"],
            "2026-09-30",
            start="2026-05-01",
        ),
        task(
            '"Thắp sáng đường quê": lắp 2 km đèn năng lượng mặt trời',
            "Đội hình thanh niên tình nguyện hè xã",
            ["Các chi đoàn thôn"],
            "2026-08-31",
            start="2026-07-01",
        ),
        task(
            "Hướng dẫn người dân cài đặt, sử dụng VNeID, thanh toán không dùng "
            "tiền mặt",
            "Tổ công nghệ số cộng đồng",
            ["Công an xã"],
            "2026-10-31",
            start="2026-04-01",
        ),
    ]
    hdr = header(
        number="12",
        symbol="KH/ĐTN",
        place="Minh Xuân",
        date="2026-01-20",
        title="Hoạt động của tuổi trẻ xã Minh Xuân tham gia xây dựng nông thôn "
        "mới năm 2026",
        issuer="BCH ĐOÀN XÃ MINH XUÂN",
        authority="TM. BAN CHẤP HÀNH ĐOÀN XÃ",
        signer_title="BÍ THƯ",
        signer="Ma Văn Quyết",
        bases=["05/KH-UBND", "Chương trình ngày 30/12/2025"],
        recipients=5,
    )
    comment = """\
Family: commune Youth Union (Đoàn TNCS Hồ Chí Minh) after the reform, .xlsx.
Party-style number "Số: 12-KH/ĐTN" -> number "12", symbol "KH/ĐTN"; the
right-hand block is "ĐOÀN TNCS HỒ CHÍ MINH", not the national motto; the
superior line "BCH ĐOÀN TỈNH TUYÊN QUANG" is left out of the issuer.
First idea: a Word plan with "BCH Đoàn xã chủ trì, phối hợp …" sentences.
Written layout (less common): one Excel sheet, the heading in merged cells,
then a month-by-month grid STT | Nội dung hoạt động | Đơn vị thực hiện | Đơn
vị phối hợp | T1 … T12 ticked "x" | Ghi chú, the signature below the grid.
Judgements: the deadline is the last day of the LAST ticked month and the start
the first day of the FIRST ticked month (row 6 is ticked in T4 and T10 only:
start 2026-04-01, deadline 2026-10-31; row 3 ticked in every month: start
2026-01-01, deadline 2026-12-31). Row 7 (sơ kết, tổng kết) is the plan's own
reporting, NOT a task, nor is the closing sentence on monthly reports. The
Ghi chú column is not part of any title. "Phòng Kinh tế xã; HTX Chè Minh
Xuân" -> two partners. The Tỉnh đoàn's programme has no number ->
"Chương trình ngày 30/12/2025"."""
    expected.write(OUT, "03_doan_xa_lich_thang.xlsx", data, comment, hdr, tasks)


# ===================================================== 04 Lộ trình by year
def plan04():
    """A cooperative's three-year plan with a "Lộ trình" table of years."""
    doc = new_doc()
    a4(doc, left=2.5, right=1.5)
    top_block(
        doc,
        ["HỢP TÁC XÃ NÔNG NGHIỆP", "DỊCH VỤ TỔNG HỢP HIỆP THẠNH", "", "Số: 08/KH-HTX"],
        [*MOTTO, "", "Hiệp Thạnh, ngày 10 tháng 3 năm 2025"],
        widths=(7.0, 10.0),
    )
    body(doc, "", indent=0)
    body(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    body(
        doc,
        "Phát triển sản phẩm OCOP và sản xuất theo chuỗi giá trị",
        bold=True,
        center=True,
    )
    body(doc, "giai đoạn 2025 - 2027", bold=True, center=True)
    body(doc, "", indent=0)
    for b in [
        "Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023;",
        "Căn cứ Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính "
        "phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025;",
        "Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 15/02/2025 của "
        "Hợp tác xã;",
    ]:
        body(doc, b, italic=True)
    body(
        doc,
        "Hội đồng quản trị, Giám đốc Hợp tác xã xây dựng Kế hoạch giai "
        "đoạn 2025 - 2027 như sau:",
    )
    body(doc, "I. THỰC TRẠNG", bold=True)
    body(
        doc,
        "Hợp tác xã hiện có 126 thành viên, liên kết sản xuất 32 ha cà "
        'rốt, 15 ha cải thảo; sản phẩm "Cà rốt Hiệp Thạnh" chưa được đánh '
        "giá, phân hạng OCOP; chưa có kho lạnh, nhà sơ chế đạt chuẩn.",
    )
    body(doc, "II. MỤC TIÊU ĐẾN NĂM 2027", bold=True)
    body(
        doc,
        "- Diện tích sản xuất theo tiêu chuẩn VietGAP đạt 50 ha; doanh "
        "thu dịch vụ tăng bình quân 12%/năm.",
    )
    body(doc, '- Sản phẩm "Cà rốt Hiệp Thạnh" đạt OCOP 4 sao vào năm 2027.')
    body(doc, "III. NỘI DUNG VÀ LỘ TRÌNH THỰC HIỆN", bold=True)
    body(
        doc,
        "(Ô có nội dung là năm thực hiện; ô trống là không thực hiện)",
        italic=True,
        center=True,
        size=12,
    )
    head = [
        "TT",
        "Nội dung",
        "Bộ phận thực hiện",
        "Đơn vị phối hợp",
        "Năm 2025",
        "Năm 2026",
        "Năm 2027",
    ]
    rows = [
        [
            "1",
            "Mở rộng vùng trồng cà rốt theo tiêu chuẩn VietGAP lên 50 ha",
            "Tổ kỹ thuật",
            "Trung tâm Khuyến nông tỉnh",
            "30 ha",
            "40 ha",
            "50 ha",
        ],
        [
            "2",
            "Cấp mã số vùng trồng cho vùng nguyên liệu",
            "Tổ kỹ thuật",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "Hoàn thành",
            "",
            "",
        ],
        [
            "3",
            "Xây dựng nhà sơ chế, kho lạnh 500 m2",
            "Ban Giám đốc",
            "UBND xã Hiệp Thạnh",
            "Lập dự án, xin hỗ trợ",
            "Hoàn thành",
            "",
        ],
        [
            "4",
            'Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm "Cà rốt Hiệp '
            'Thạnh" đạt OCOP 3 sao',
            "Ban Giám đốc",
            "Phòng Kinh tế huyện",
            "x",
            "",
            "",
        ],
        [
            "5",
            "Ký kết hợp đồng bao tiêu sản phẩm với 02 doanh nghiệp chế biến, xuất khẩu",
            "Ban Giám đốc",
            "",
            "01 doanh nghiệp",
            "02 doanh nghiệp",
            "",
        ],
        [
            "6",
            "Ứng dụng truy xuất nguồn gốc, bán hàng qua sàn thương mại điện tử",
            "Tổ dịch vụ",
            "Sở Công Thương",
            "",
            "Triển khai",
            "Hoàn thành",
        ],
        [
            "7",
            'Nâng hạng sản phẩm "Cà rốt Hiệp Thạnh" lên OCOP 4 sao',
            "Ban Giám đốc",
            "Phòng Kinh tế huyện",
            "",
            "",
            "x",
        ],
        [
            "8",
            "Đào tạo, tập huấn kỹ thuật canh tác, sơ chế cho thành viên",
            "Tổ kỹ thuật",
            "Trung tâm Khuyến nông tỉnh",
            "02 lớp",
            "02 lớp",
            "02 lớp",
        ],
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        fill(t.rows[0].cells[i], h, size=11, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            fill(cells[i], v, size=11, center=i == 0 or i >= 4)
    fixed_widths(t, [0.9, 5.6, 2.4, 3.0, 1.9, 1.9, 1.9])
    body(doc, "", indent=0)
    body(doc, "IV. NGUỒN VỐN", bold=True)
    body(
        doc,
        "Vốn góp của thành viên, vốn vay Quỹ hỗ trợ phát triển hợp tác "
        "xã, hỗ trợ từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "và Chương trình OCOP; dự kiến 4,2 tỷ đồng.",
    )
    body(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Giám đốc Hợp tác xã phân công thành viên Ban Giám đốc trực tiếp "
        "phụ trách từng nội dung; Kế toán tổng hợp, báo cáo Hội đồng quản trị "
        "kết quả thực hiện tại Đại hội thành viên thường niên hằng năm./.",
    )
    signature_table(
        doc,
        [
            "- UBND xã Hiệp Thạnh;",
            "- Liên minh Hợp tác xã tỉnh;",
            "- Thành viên HTX;",
            "- Lưu: HTX.",
        ],
        ["GIÁM ĐỐC", "", "", "", "Vũ Đức Hạnh"],
    )
    data = soffice(save(doc), "pdf")

    tasks = [
        task(
            "Mở rộng vùng trồng cà rốt theo tiêu chuẩn VietGAP lên 50 ha",
            "Tổ kỹ thuật",
            ["Trung tâm Khuyến nông tỉnh"],
            "2027-12-31",
        ),
        task(
            "Cấp mã số vùng trồng cho vùng nguyên liệu",
            "Tổ kỹ thuật",
            ["Chi cục Trồng trọt và Bảo vệ thực vật"],
            "2025-12-31",
        ),
        task(
            "Xây dựng nhà sơ chế, kho lạnh 500 m2",
            "Ban Giám đốc",
            ["UBND xã Hiệp Thạnh"],
            "2026-12-31",
        ),
        task(
            'Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm "Cà rốt Hiệp '
            'Thạnh" đạt OCOP 3 sao',
            "Ban Giám đốc",
            ["Phòng Kinh tế huyện"],
            "2025-12-31",
        ),
        task(
            "Ký kết hợp đồng bao tiêu sản phẩm với 02 doanh nghiệp chế biến, xuất khẩu",
            "Ban Giám đốc",
            [],
            "2026-12-31",
        ),
        task(
            "Ứng dụng truy xuất nguồn gốc, bán hàng qua sàn thương mại điện tử",
            "Tổ dịch vụ",
            ["Sở Công Thương"],
            "2027-12-31",
            start="2026-01-01",
        ),
        task(
            'Nâng hạng sản phẩm "Cà rốt Hiệp Thạnh" lên OCOP 4 sao',
            "Ban Giám đốc",
            ["Phòng Kinh tế huyện"],
            "2027-12-31",
            start="2027-01-01",
        ),
        task(
            "Đào tạo, tập huấn kỹ thuật canh tác, sơ chế cho thành viên",
            "Tổ kỹ thuật",
            ["Trung tâm Khuyến nông tỉnh"],
            "2027-12-31",
        ),
    ]
    hdr = header(
        number="08",
        symbol="KH-HTX",
        place="Hiệp Thạnh",
        date="2025-03-10",
        title="Phát triển sản phẩm OCOP và sản xuất theo chuỗi giá trị giai "
        "đoạn 2025 - 2027",
        issuer="HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP HIỆP THẠNH",
        authority="",
        signer_title="GIÁM ĐỐC",
        signer="Vũ Đức Hạnh",
        bases=["17/2023/QH15", "919/QĐ-TTg", "Nghị quyết ngày 15/02/2025"],
        recipients=4,
    )
    comment = """\
Family: agricultural cooperative (HTX) before the reform (a district's
"Phòng Kinh tế huyện" is still a partner), text-layer .pdf exported by
LibreOffice from Word.
First idea: a table TT | Nội dung | Chủ trì | Phối hợp | Thời gian.
Written layout (less common): a "Lộ trình" table whose time is spread over
year columns Năm 2025 | Năm 2026 | Năm 2027, each cell a milestone ("30 ha",
"Hoàn thành", "Lập dự án, xin hỗ trợ", "x", "02 lớp") or empty; the issuer is
a cooperative with no superior line, signed by the GIÁM ĐỐC without any
TM./KT. (authority "").
Judgements: the deadline is 31/12 of the LAST year with a non-empty cell; a
start is given (1/1 of the first year) only where the roadmap makes the work
begin in a later year than the plan's own (2025) - rows 6 (2026) and 7 (2027);
rows starting in 2025 carry no start. Row 8 (two classes each year) -> deadline
2027-12-31 (the roadmap's last year), not the "hằng năm" convention. The
milestones in the year cells are not part of the titles. Row 5 has no partner.
Section V (Kế toán reports) is not a task. The issuer's two lines are joined
by a space. The Nghị quyết of the members' meeting has no number ->
"Nghị quyết ngày 15/02/2025"."""
    expected.write(OUT, "04_htx_lo_trinh_nam.pdf", data, comment, hdr, tasks)


# ================================================= 05 official letter (CV)
def plan05():
    """A provincial department's Công văn that assigns tasks (WeasyPrint)."""
    html = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<style>
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
body { font-family: "Liberation Serif", "Times New Roman", serif;
       font-size: 13pt; line-height: 1.35; }
table.top { width: 100%; border-collapse: collapse; }
table.top td { vertical-align: top; text-align: center; padding: 0;
               font-size: 12pt; }
.b { font-weight: bold; } .i { font-style: italic; }
p { margin: 0 0 4pt 0; text-align: justify; text-indent: 1cm; }
p.n { text-indent: 0; }
.vv { font-size: 12pt; }
table.sig { width: 100%; margin-top: 12pt; }
table.sig td { vertical-align: top; }
.small { font-size: 11pt; }
</style></head><body>
<table class="top"><tr>
<td style="width:42%">UBND TỈNH NINH BÌNH<br>
<span class="b">SỞ NÔNG NGHIỆP<br>VÀ MÔI TRƯỜNG</span><br>______<br>
Số: 3125/SNNMT-PTNT<br>
<span class="vv">V/v triển khai một số nhiệm vụ trọng tâm xây dựng
nông thôn mới những tháng cuối năm 2025</span></td>
<td><span class="b">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span><br>
<span class="b">Độc lập - Tự do - Hạnh phúc</span><br>______________<br><br>
<span class="i">Ninh Bình, ngày 22 tháng 9 năm 2025</span></td>
</tr></table>
<br>
<table style="margin-left:2.5cm"><tr><td style="vertical-align:top">Kính gửi:</td>
<td>- Ủy ban nhân dân các xã, phường;<br>
- Các phòng, đơn vị thuộc Sở.</td></tr></table>
<br>
<p>Thực hiện Kế hoạch số 215/KH-UBND ngày 05/8/2025 của UBND tỉnh về
thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025 sau
sắp xếp đơn vị hành chính; Văn bản số 1820/BNNMT-VPĐP ngày 28/7/2025 của Bộ
Nông nghiệp và Môi trường về việc duy trì, nâng cao chất lượng các tiêu chí
nông thôn mới sau sắp xếp;</p>
<p>Để bảo đảm hoàn thành các mục tiêu, chỉ tiêu năm 2025 và chuẩn bị
triển khai giai đoạn 2026 - 2030, Sở Nông nghiệp và Môi trường đề nghị các
đơn vị thực hiện một số nội dung sau:</p>
<p><span class="b">1. Ủy ban nhân dân các xã, phường</span></p>
<p>a) Kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia cấp xã,
phân công công chức theo dõi Chương trình nông thôn mới; hoàn thành trước
ngày 30/9/2025.</p>
<p>b) Rà soát, đánh giá lại mức độ đạt các tiêu chí xã nông thôn mới trên
địa bàn xã mới sau sắp xếp, gửi kết quả về Sở (qua Chi cục Phát triển nông
thôn) trước ngày 15/10/2025.</p>
<p>c) Đẩy nhanh tiến độ giải ngân vốn Chương trình năm 2025 được giao;
hoàn thành giải ngân trước ngày 31/01/2026.</p>
<p>d) Duy trì, nâng cao chất lượng các tiêu chí đã đạt, không để xảy ra
tình trạng suy giảm tiêu chí (thực hiện thường xuyên).</p>
<p><span class="b">2. Chi cục Phát triển nông thôn</span></p>
<p>a) Chủ trì, phối hợp với các phòng chuyên môn thuộc Sở hướng dẫn các
xã, phường rà soát, đánh giá tiêu chí theo nội dung tại điểm b khoản 1;
thời gian thực hiện trong tháng 10/2025.</p>
<p>b) Tham mưu xây dựng Kế hoạch thực hiện Chương trình nông thôn mới giai
đoạn 2026 - 2030 của tỉnh, trình Sở trước ngày 30/11/2025.</p>
<p><span class="b">3. Trung tâm Khuyến nông</span></p>
<p>Phối hợp với Chi cục Phát triển nông thôn tổ chức tập huấn nâng cao
năng lực cho cán bộ làm công tác nông thôn mới cấp xã sau sắp xếp; thời gian:
Quý IV/2025.</p>
<p>Các đơn vị báo cáo kết quả thực hiện Văn bản này về Sở (qua Chi cục Phát
triển nông thôn) trước ngày 15/12/2025 để tổng hợp, báo cáo UBND tỉnh.</p>
<p>Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.</p>
<table class="sig"><tr>
<td style="width:50%"><span class="b i" style="font-size:12pt">Nơi nhận:</span><br>
<span class="small">- Như trên;<br>- UBND tỉnh (b/c);<br>- Giám đốc Sở (b/c);<br>
- Lưu: VT, PTNT.</span></td>
<td style="text-align:center"><span class="b">KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</span>
<br><br><br><br><br><span class="b">Trần Quang Huy</span></td>
</tr></table>
</body></html>"""
    data = weasy(html)
    X = "Ủy ban nhân dân các xã, phường"
    C = "Chi cục Phát triển nông thôn"
    tasks = [
        task(
            "Kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia cấp xã, "
            "phân công công chức theo dõi Chương trình nông thôn mới",
            X,
            [],
            "2025-09-30",
        ),
        task(
            "Rà soát, đánh giá lại mức độ đạt các tiêu chí xã nông thôn mới "
            "trên địa bàn xã mới sau sắp xếp",
            X,
            [],
            "2025-10-15",
        ),
        task(
            "Đẩy nhanh tiến độ giải ngân vốn Chương trình năm 2025 được giao",
            X,
            [],
            "2026-01-31",
        ),
        task(
            "Duy trì, nâng cao chất lượng các tiêu chí đã đạt, không để xảy ra "
            "tình trạng suy giảm tiêu chí",
            X,
            [],
            "2025-12-31",
        ),
        task(
            "Hướng dẫn các xã, phường rà soát, đánh giá tiêu chí theo nội dung "
            "tại điểm b khoản 1",
            C,
            ["các phòng chuyên môn thuộc Sở"],
            "2025-10-31",
        ),
        task(
            "Tham mưu xây dựng Kế hoạch thực hiện Chương trình nông thôn mới "
            "giai đoạn 2026 - 2030 của tỉnh",
            C,
            [],
            "2025-11-30",
        ),
        task(
            "Tổ chức tập huấn nâng cao năng lực cho cán bộ làm công tác nông "
            "thôn mới cấp xã sau sắp xếp",
            "Trung tâm Khuyến nông",
            [C],
            "2025-12-31",
        ),
    ]
    hdr = header(
        number="3125",
        symbol="SNNMT-PTNT",
        place="Ninh Bình",
        date="2025-09-22",
        title="triển khai một số nhiệm vụ trọng tâm xây dựng nông thôn mới "
        "những tháng cuối năm 2025",
        issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer="Trần Quang Huy",
        bases=["215/KH-UBND", "1820/BNNMT-VPĐP"],
        recipients=4,
    )
    comment = """\
Family: provincial department after the reform (Sở Nông nghiệp và Môi
trường, merged 3/2025; Ninh Bình after the July 2025 merger; communes and
wards, no districts), text-layer .pdf written by WeasyPrint from HTML.
First idea: a Kế hoạch of the Sở with a numbered task list.
Written layout (less common): an official letter (Công văn) - no "KẾ HOẠCH"
line, a "V/v …" abstract under the number, "Kính gửi:" list, the bases as a
"Thực hiện …" paragraph, tasks under bold unit headings "1. Ủy ban nhân dân
các xã, phường" with a) b) c) d) items, deadlines as trailing clauses.
Judgements: the title is the V/v abstract without "V/v " (kept in the
letter's own lower case); the symbol of a Công văn has no "KH-":
"SNNMT-PTNT"; the documents after "Thực hiện" are the bases; the addressees
under "Kính gửi" are NOT Nơi nhận lines (recipients = 4: Như trên, UBND
tỉnh, Giám đốc Sở, Lưu). Item 1b: "gửi kết quả về Sở (qua Chi cục …)" is the
hand-over, not a partner. Item 1c's deadline 31/01/2026 is after the letter's
year and kept as written. 1d "thường xuyên" -> 2025-12-31. 2a "trong tháng
10/2025" -> 2025-10-31, partner "các phòng chuyên môn thuộc Sở". Item 3 starts
"Phối hợp với Chi cục Phát triển nông thôn tổ chức …": the heading unit
(Trung tâm Khuyến nông) leads, the Chi cục is the partner; Quý IV/2025 ->
2025-12-31. The closing request to report by 15/12/2025 is the letter's own
reporting, NOT a task."""
    expected.write(OUT, "05_so_cong_van_giao_viec.pdf", data, comment, hdr, tasks)


# ================================================ 06 Party, per village
def plan06():
    """A commune Party committee: tasks per village, each village's cell
    merged down over its tasks, with the Party member in charge."""
    doc = new_doc()
    a4(doc)
    top_block(
        doc,
        ["ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY XÃ THẠCH LẠC", "*", "Số 18-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "", "Thạch Lạc, ngày 05 tháng 02 năm 2026"],
        widths=(6.5, 9.5),
    )
    body(doc, "", indent=0)
    body(doc, "KẾ HOẠCH", bold=True, center=True, size=15)
    body(
        doc,
        "lãnh đạo xây dựng thôn nông thôn mới kiểu mẫu năm 2026",
        bold=True,
        center=True,
        size=14,
    )
    body(doc, "-----", center=True)
    body(
        doc,
        "- Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị "
        "Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn đến năm "
        "2030, tầm nhìn đến năm 2045;",
    )
    body(
        doc,
        "- Căn cứ Chương trình hành động số 05-CTr/ĐU ngày 15/9/2025 "
        "của Ban Chấp hành Đảng bộ xã thực hiện Nghị quyết Đại hội Đảng bộ "
        "xã lần thứ I, nhiệm kỳ 2025 - 2030;",
    )
    body(
        doc,
        "- Căn cứ Nghị quyết số 01-NQ/ĐU ngày 12/01/2026 của Ban Chấp "
        "hành Đảng bộ xã về nhiệm vụ năm 2026,",
    )
    body(
        doc,
        "Ban Thường vụ Đảng ủy xây dựng Kế hoạch lãnh đạo xây dựng thôn "
        "nông thôn mới kiểu mẫu năm 2026 như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "1. Phát huy vai trò lãnh đạo của cấp ủy chi bộ, vai trò tiên "
        "phong, gương mẫu của cán bộ, đảng viên trong xây dựng thôn nông thôn "
        "mới kiểu mẫu.",
    )
    body(
        doc,
        "2. Mỗi đồng chí Đảng ủy viên được phân công phụ trách thôn chịu "
        "trách nhiệm trước Ban Thường vụ về kết quả thực hiện tại thôn.",
    )
    body(doc, "II. CHỈ TIÊU", bold=True)
    body(
        doc,
        "Năm 2026 có thêm 03 thôn đạt chuẩn nông thôn mới kiểu mẫu "
        "(Trung Tiến, Đồng Lạc, Yên Thượng); 100% chi bộ thôn có nghị quyết "
        "chuyên đề về xây dựng thôn kiểu mẫu.",
    )
    body(doc, "III. NHIỆM VỤ CỤ THỂ TẠI CÁC THÔN", bold=True)
    head = ["Chi bộ", "Nội dung nhiệm vụ", "Đồng chí phụ trách", "Thời gian hoàn thành"]
    villages = [
        (
            "Chi bộ thôn Trung Tiến",
            "Đ/c Phan Văn Tuấn, Phó Bí thư Thường trực Đảng ủy",
            [
                ("Hoàn thành chỉnh trang 1,2 km hàng rào xanh, cổng ngõ", "30/6/2026"),
                ("Xây dựng 15 vườn mẫu đạt chuẩn", "30/9/2026"),
            ],
        ),
        (
            "Chi bộ thôn Đồng Lạc",
            "Đ/c Lê Thị Hằng, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam xã",
            [
                ("Lắp đặt hệ thống điện chiếu sáng 2,5 km đường thôn", "Quý II/2026"),
                (
                    "Xây dựng mô hình phân loại rác thải hữu cơ tại hộ gia đình",
                    "Tháng 8/2026",
                ),
            ],
        ),
        (
            "Chi bộ thôn Yên Thượng",
            "Đ/c Võ Văn Định, Đảng ủy viên, Phó Chủ tịch UBND xã",
            [
                ("Nâng cấp nhà văn hóa thôn, khu thể thao thôn", "31/10/2026"),
                (
                    "Hoàn thiện hồ sơ đề nghị công nhận thôn nông thôn mới kiểu mẫu",
                    "30/11/2026",
                ),
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=4)
    ruled(t)
    for i, h in enumerate(head):
        fill(t.rows[0].cells[i], h, size=12, bold=True, center=True)
    for chibo, who, items in villages:
        first = len(t.rows)
        for k, (work, when) in enumerate(items):
            cells = t.add_row().cells
            fill(cells[1], f"{k + 1}. {work}", size=12)
            fill(cells[3], when, size=12, center=True)
        last = len(t.rows) - 1
        a = t.cell(first, 0).merge(t.cell(last, 0))
        fill(a, chibo, size=12, bold=True, center=True)
        b = t.cell(first, 2).merge(t.cell(last, 2))
        fill(b, who, size=12, center=True)
    fixed_widths(t, [3.2, 6.6, 3.8, 2.4])
    body(doc, "", indent=0)
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Các đồng chí Đảng ủy viên được phân công phụ trách thôn trực "
        "tiếp dự sinh hoạt chi bộ, chỉ đạo cấp ủy chi bộ ban hành nghị quyết "
        "chuyên đề, tổ chức thực hiện các nhiệm vụ nêu tại Mục III.",
    )
    body(
        doc,
        "2. Ban Thường vụ Đảng ủy giao Ủy ban nhân dân xã xây dựng kế "
        "hoạch hỗ trợ xi măng, vật liệu cho các thôn xây dựng kiểu mẫu, hoàn "
        "thành trước ngày 31/3/2026.",
    )
    body(
        doc,
        "3. Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các tổ chức "
        'chính trị - xã hội xã phát động phong trào thi đua "Chung sức xây '
        'dựng thôn kiểu mẫu" trong quý I/2026.',
    )
    body(
        doc,
        "4. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp tình hình, "
        "báo cáo Ban Thường vụ Đảng ủy theo định kỳ.",
    )
    body(doc, "Kế hoạch này được phổ biến đến chi bộ và đảng viên./.")
    signature_table(
        doc,
        [
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Các đồng chí Đảng ủy viên,",
            "- Các chi bộ trực thuộc,",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M ĐẢNG ỦY", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "", "", "", "Phan Văn Tuấn"],
    )
    data = soffice(save(doc), "doc")

    tasks = []
    for chibo, who, items in villages:
        name = who.split(",")[0].replace("Đ/c ", "")
        for work, when in items:
            day = {
                "30/6/2026": "2026-06-30",
                "30/9/2026": "2026-09-30",
                "Quý II/2026": "2026-06-30",
                "Tháng 8/2026": "2026-08-31",
                "31/10/2026": "2026-10-31",
                "30/11/2026": "2026-11-30",
            }[when]
            tasks.append(task(work, chibo, [], day, official=name))
    tasks += [
        task(
            "Xây dựng kế hoạch hỗ trợ xi măng, vật liệu cho các thôn xây dựng kiểu mẫu",
            "Ủy ban nhân dân xã",
            [],
            "2026-03-31",
        ),
        task(
            'Phát động phong trào thi đua "Chung sức xây dựng thôn kiểu mẫu"',
            "Ủy ban MTTQ Việt Nam xã",
            ["các tổ chức chính trị - xã hội xã"],
            "2026-03-31",
        ),
    ]
    hdr = header(
        number="18",
        symbol="KH/ĐU",
        place="Thạch Lạc",
        date="2026-02-05",
        title="lãnh đạo xây dựng thôn nông thôn mới kiểu mẫu năm 2026",
        issuer="ĐẢNG ỦY XÃ THẠCH LẠC",
        authority="T/M ĐẢNG ỦY, K/T BÍ THƯ",
        signer_title="PHÓ BÍ THƯ",
        signer="Phan Văn Tuấn",
        bases=["19-NQ/TW", "05-CTr/ĐU", "01-NQ/ĐU"],
        recipients=4,
    )
    comment = """\
Family: commune Party committee (Đảng ủy xã) after the reform, directly under
the provincial Party organisation ("ĐẢNG BỘ TỈNH HÀ TĨNH" is the superior line,
left out of the issuer), .doc (Word 97, LibreOffice's save). Party format:
"Số 18-KH/ĐU" (no colon), "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the motto,
"T/M ĐẢNG ỦY / K/T BÍ THƯ / PHÓ BÍ THƯ", Nơi nhận lines ending in commas.
First idea: numbered list "Chi bộ thôn X chủ trì …".
Written layout (less common): tasks per village in a ruled table Chi bộ |
Nội dung nhiệm vụ | Đồng chí phụ trách | Thời gian hoàn thành, the Chi bộ
and the Party member cells merged down over the village's 2 tasks; tasks
inside are numbered "1." "2." again for each village; two more tasks in IV.
Judgements: the lead of a village row is its "Chi bộ thôn …" (the column is
headed Chi bộ); the Đảng ủy viên in charge is the official (name only, no
"Đ/c" and no post) - the same person for both rows of the merged cell. The
title keeps its lower-case first letter as written. IV.1 (members attend
meetings) and IV.4 (Văn phòng reports) are not tasks; II (chỉ tiêu) is not.
IV.2 "Ban Thường vụ Đảng ủy giao Ủy ban nhân dân xã …" -> lead Ủy ban nhân
dân xã. IV.3 "trong quý I/2026" -> 2026-03-31; "Quý II/2026" -> 2026-06-30;
"Tháng 8/2026" -> 2026-08-31. Bases in Party form "19-NQ/TW". The signer is
the same Phó Bí thư who is in charge of Trung Tiến."""
    expected.write(OUT, "06_dang_uy_theo_thon.doc", data, comment, hdr, tasks)


# ========================================== 07 Ban Chỉ đạo member assignment
def plan07():
    """A district Steering Committee (before the reform): tasks assigned
    member by member ("Đồng chí A - …, Phó Trưởng ban: …")."""
    doc = new_doc()
    a4(doc)
    top_block(
        doc,
        [
            "UBND HUYỆN CAM LỘ",
            "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH",
            "MỤC TIÊU QUỐC GIA",
            "",
            "Số: 05/KH-BCĐ",
        ],
        [*MOTTO, "", "Cam Lộ, ngày 04 tháng 3 năm 2025"],
        widths=(6.5, 9.5),
    )
    body(doc, "", indent=0)
    body(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    body(
        doc,
        "Hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện năm 2025",
        bold=True,
        center=True,
    )
    body(doc, "", indent=0)
    for b in [
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ;",
        "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;",
        "Căn cứ Quyết định số 125/QĐ-UBND ngày 15/01/2025 của UBND huyện về "
        "việc kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện;",
    ]:
        body(doc, b, italic=True)
    body(
        doc,
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện (sau đây "
        "gọi là Ban Chỉ đạo) ban hành Kế hoạch hoạt động năm 2025 như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Phân công rõ người, rõ việc, rõ thời gian; hoàn thành các nhiệm "
        "vụ trọng tâm của Chương trình trước khi sắp xếp tổ chức chính quyền "
        "địa phương hai cấp, bàn giao đầy đủ hồ sơ cho cấp xã.",
    )
    body(doc, "II. NHIỆM VỤ CHUNG", bold=True)
    body(
        doc,
        "Ban Chỉ đạo họp định kỳ hằng quý; Thường trực Ban Chỉ đạo họp "
        "hằng tháng để nghe báo cáo tiến độ, giải quyết vướng mắc.",
    )
    body(doc, "III. PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO", bold=True)
    members = [
        (
            "1. Đồng chí Hoàng Minh Sơn",
            " - Phó Chủ tịch UBND huyện, Phó Trưởng "
            "ban Thường trực: giúp Trưởng ban điều hành chung hoạt động của Ban "
            "Chỉ đạo; trực tiếp chỉ đạo Chương trình mục tiêu quốc gia xây dựng "
            "nông thôn mới; phụ trách địa bàn xã Cam Tuyền, Cam Thành. Nhiệm vụ "
            "cụ thể:",
            [
                "+ Chỉ đạo UBND xã Cam Tuyền hoàn thiện hồ sơ đề nghị xét công "
                "nhận xã đạt chuẩn nông thôn mới nâng cao, xong trước ngày "
                "15/6/2025.",
                "+ Chỉ đạo UBND xã Cam Thành hoàn thành tiêu chí Môi trường và an "
                "toàn thực phẩm, xong trước ngày 31/5/2025.",
            ],
        ),
        (
            "2. Đồng chí Lê Văn Hòa",
            " - Trưởng phòng Nông nghiệp và Phát triển "
            "nông thôn, Phó Trưởng ban: chỉ đạo Phòng Nông nghiệp và Phát triển "
            "nông thôn (cơ quan thường trực):",
            [
                "+ Phối hợp Phòng Tài chính - Kế hoạch tham mưu phân bổ chi tiết "
                "kế hoạch vốn sự nghiệp năm 2025 cho các xã, xong trước ngày "
                "31/3/2025.",
                "+ Tham mưu tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia "
                "xây dựng nông thôn mới giai đoạn 2021 - 2025, xong trước ngày "
                "31/5/2025.",
            ],
        ),
        (
            "3. Đồng chí Nguyễn Thị Thu",
            " - Trưởng phòng Tài chính - Kế hoạch, thành viên:",
            [
                "+ Cân đối, bố trí vốn đối ứng ngân sách huyện năm 2025, trong "
                "tháng 4/2025.",
                "+ Hướng dẫn các xã quyết toán vốn các chương trình mục tiêu quốc "
                "gia năm 2024, xong trước ngày 15/5/2025.",
            ],
        ),
        (
            "4. Đồng chí Trần Đức Long",
            " - Giám đốc Trung tâm Văn hóa, Thể thao "
            "và Truyền thông huyện, thành viên:",
            [
                '+ Xây dựng chuyên mục "Cam Lộ chung sức xây dựng nông thôn mới" '
                "phát sóng hằng tháng trên Đài truyền thanh huyện.",
            ],
        ),
        (
            "5. Đồng chí Phạm Văn Tâm",
            " - Chủ tịch Ủy ban MTTQ Việt Nam huyện, thành viên:",
            [
                "+ Chỉ đạo Ban Công tác Mặt trận các thôn, khu phố thực hiện Cuộc "
                'vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn '
                'minh" (thường xuyên).',
            ],
        ),
    ]
    for name, rest, items in members:
        mixed(doc, [(name, True, False), (rest, False, False)])
        for it in items:
            body(doc, it, indent=1.5)
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các đồng chí thành viên Ban Chỉ đạo căn cứ nhiệm vụ được phân "
        "công chủ động triển khai; định kỳ trước ngày 20 hằng tháng báo cáo "
        "kết quả về Thường trực Ban Chỉ đạo (qua Phòng Nông nghiệp và PTNT) "
        "để tổng hợp./.",
    )
    signature_table(
        doc,
        [
            "- Thường trực Huyện ủy;",
            "- Thường trực HĐND huyện;",
            "- Chủ tịch, các PCT UBND huyện;",
            "- Thành viên BCĐ;",
            "- UBND các xã, thị trấn;",
            "- Lưu: VT, NN.",
        ],
        ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "", "Nguyễn Văn Bình"],
    )
    data = save(doc)

    PNN = "Phòng Nông nghiệp và Phát triển nông thôn"
    TCKH = "Phòng Tài chính - Kế hoạch"
    tasks = [
        task(
            "Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới "
            "nâng cao",
            "UBND xã Cam Tuyền",
            [],
            "2025-06-15",
            official="Hoàng Minh Sơn",
        ),
        task(
            "Hoàn thành tiêu chí Môi trường và an toàn thực phẩm",
            "UBND xã Cam Thành",
            [],
            "2025-05-31",
            official="Hoàng Minh Sơn",
        ),
        task(
            "Tham mưu phân bổ chi tiết kế hoạch vốn sự nghiệp năm 2025 cho các xã",
            PNN,
            [TCKH],
            "2025-03-31",
            official="Lê Văn Hòa",
        ),
        task(
            "Tham mưu tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia "
            "xây dựng nông thôn mới giai đoạn 2021 - 2025",
            PNN,
            [],
            "2025-05-31",
            official="Lê Văn Hòa",
        ),
        task(
            "Cân đối, bố trí vốn đối ứng ngân sách huyện năm 2025",
            TCKH,
            [],
            "2025-04-30",
            official="Nguyễn Thị Thu",
        ),
        task(
            "Hướng dẫn các xã quyết toán vốn các chương trình mục tiêu quốc "
            "gia năm 2024",
            TCKH,
            [],
            "2025-05-15",
            official="Nguyễn Thị Thu",
        ),
        task(
            'Xây dựng chuyên mục "Cam Lộ chung sức xây dựng nông thôn mới" '
            "phát sóng hằng tháng trên Đài truyền thanh huyện",
            "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
            [],
            "2025-12-31",
            official="Trần Đức Long",
        ),
        task(
            'Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn '
            'mới, đô thị văn minh"',
            "Ủy ban MTTQ Việt Nam huyện",
            ["Ban Công tác Mặt trận các thôn, khu phố"],
            "2025-12-31",
            official="Phạm Văn Tâm",
        ),
    ]
    hdr = header(
        number="05",
        symbol="KH-BCĐ",
        place="Cam Lộ",
        date="2025-03-04",
        title="Hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia "
        "huyện năm 2025",
        issuer="BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
        authority="TM. BAN CHỈ ĐẠO",
        signer_title="TRƯỞNG BAN",
        signer="Nguyễn Văn Bình",
        bases=["263/QĐ-TTg", "27/2022/NĐ-CP", "125/QĐ-UBND"],
        recipients=6,
    )
    comment = """\
Family: a district's Ban Chỉ đạo các Chương trình MTQG BEFORE the reform
(March 2025, while districts still existed; "UBND HUYỆN CAM LỘ" is the
superior line, left out; the issuer's two capital lines joined), .docx.
First idea: a ruled table Thành viên | Nhiệm vụ | Thời gian.
Written layout (less common): member-by-member assignment, each a paragraph
"1. Đồng chí <name> - <post>, Phó Trưởng ban: <general role> …:" (name in
bold) followed by "+ …" items, each ending ", xong trước ngày …" or
", trong tháng 4/2025" or "(thường xuyên)".
Judgements: every "+" item is a task whose official is the member (name only,
no "Đồng chí" and no post). The lead is the body that does the work: for the
Phó Chủ tịch's items "Chỉ đạo UBND xã Cam Tuyền hoàn thiện …" -> lead "UBND xã
Cam Tuyền" and the title without "Chỉ đạo UBND xã …"; for a department head the
department he/she heads ("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng
Tài chính - Kế hoạch", the Trung tâm); for the MTTQ chairman's item "Chỉ đạo
Ban Công tác Mặt trận các thôn, khu phố thực hiện …" -> lead "Ủy ban MTTQ Việt
Nam huyện", partner the Ban Công tác Mặt trận (a reader may put the Ban as the
lead instead - disputable). The members' general roles ("giúp Trưởng ban
điều hành chung", "phụ trách địa bàn …") are not tasks; II (meetings) and IV
(monthly reports) are not tasks. "phát sóng hằng tháng" and "thường xuyên"
-> 2025-12-31 (kept in the title where it is part of the work). "trong tháng
4/2025" -> 2025-04-30."""
    expected.write(
        OUT, "07_bcd_huyen_phan_cong_thanh_vien.docx", data, comment, hdr, tasks
    )


# ============================== 08 text copied out of a PDF (broken lines)
def _pdf_lines(paragraph: str, width: int) -> list[str]:
    """The lines a justified PDF paragraph gives when copied: broken where
    the page broke them, not at sentence ends."""
    import textwrap

    return textwrap.wrap(
        paragraph, width=width, break_long_words=False, break_on_hyphens=False
    )


def plan08():
    """A district Farmers' Union plan (2024) pasted from its PDF into a .txt:
    lines broken mid-sentence, a word hyphenated across lines, page numbers
    in the flow, the two header columns and the closing merged on shared
    baselines; numbering I. / 1. / - / + / *."""
    top = [
        "HỘI NÔNG DÂN TỈNH THÁI BÌNH HỘI NÔNG DÂN VIỆT NAM",
        "BCH HỘI NÔNG DÂN HUYỆN VŨ THƯ",
        "*",
        "Số: 45-KH/HND Vũ Thư, ngày 18 tháng 3 năm 2024",
        "",
        "KẾ HOẠCH",
        "Hội Nông dân tham gia xây dựng nông thôn mới và phong trào",
        "nông dân thi đua sản xuất, kinh doanh giỏi năm 2024",
        "-----",
    ]
    paras = [
        "Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm "
        "Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, "
        "nông thôn đến năm 2030, tầm nhìn đến năm 2045; Kết luận số 61-KL/TW "
        'ngày 03/12/2009 của Ban Bí thư về đề án "Nâng cao vai trò, trách '
        "nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây "
        'dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam";',
        "Căn cứ Chương trình công tác năm 2024 của Ban Thường vụ Hội Nông dân "
        "tỉnh ngày 05/01/2024; Kế hoạch số 18/KH-UBND ngày 02/02/2024 của UBND "
        "huyện Vũ Thư về thực hiện Chương trình mục tiêu quốc gia xây dựng "
        "nông thôn mới năm 2024,",
        "Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:",
        "§I. MỤC ĐÍCH, YÊU CẦU",
        "1. Phát huy vai trò nòng cốt của Hội Nông dân các cấp trong xây dựng "
        "nông thôn mới nâng cao, nông thôn mới kiểu mẫu; gắn với phong trào "
        "nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm "
        "giàu và giảm nghèo bền vững.",
        "2. Các nội dung, nhiệm vụ phải cụ thể, có đơn vị thực hiện, thời gian "
        "hoàn thành.",
        "§II. CHỈ TIÊU",
        "- 100% cơ sở Hội tổ chức tuyên truyền Nghị quyết 19-NQ/TW; có 3.500 "
        "hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp.",
        "- Thành lập mới 05 tổ hợp tác, 01 hợp tác xã; giải ngân 1,2 tỷ đồng "
        "vốn Quỹ Hỗ trợ nông dân.",
        "§III. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Công tác tuyên truyền",
        '- Xây dựng chuyên mục "Nông dân Vũ Thư chung sức xây dựng nông thôn '
        'mới" phát trên Đài Truyền thanh huyện.',
        "* Đơn vị thực hiện: Ban Tuyên huấn Hội Nông dân huyện; phối hợp: Trung "
        "tâm Văn hóa, Thể thao và Truyền thông huyện.",
        "* Thời gian: hằng tháng.",
        "- Tổ chức hội nghị tuyên truyền, quán triệt Nghị quyết 19-NQ/TW cho "
        "cán bộ, hội viên nông dân.",
        "* Đơn vị thực hiện: Hội Nông dân các xã, thị trấn; phối hợp: Trung "
        "tâm Chính trị huyện.",
        "* Thời gian: Quý II/2024.",
        "2. Hỗ trợ nông dân phát triển sản xuất, kinh doanh",
        "- Xây dựng mô hình, tổ hợp tác, hợp tác xã:",
        "+ Xây dựng 02 mô hình sản xuất lúa chất lượng cao theo tiêu chuẩn "
        "Viet#GAP tại xã Việt Hùng, xã Minh Lãng.",
        "* Chủ trì: Ban Kinh tế - Xã hội Hội Nông dân huyện; phối hợp: Trung "
        "tâm Dịch vụ nông nghiệp huyện, Hội Nông dân các xã Việt Hùng, Minh "
        "Lãng.",
        "* Thời gian hoàn thành: tháng 10/2024.",
        "+ Thành lập mới 05 tổ hợp tác, 01 hợp tác xã do Hội Nông dân vận "
        "động, hướng dẫn thành lập.",
        "* Chủ trì: Hội Nông dân các xã, thị trấn; phối hợp: Phòng Nông nghiệp "
        "và PTNT huyện.",
        "* Thời gian hoàn thành: trước 30/11/2024.",
        "- Giải ngân vốn Quỹ Hỗ trợ nông dân cho 60 hộ hội viên phát triển "
        "chăn nuôi, trồng trọt theo chuỗi.",
        "* Chủ trì: Văn phòng Hội Nông dân huyện; phối hợp: Ngân hàng Chính "
        "sách xã hội huyện.",
        "* Thời gian: Quý III/2024.",
        "3. Tham gia bảo vệ môi trường nông thôn",
        '- Ra mắt 10 mô hình "Cánh đồng không rác thải bao bì thuốc bảo vệ thực vật".',
        "* Chủ trì: Hội Nông dân các xã, thị trấn; phối hợp: Phòng Tài nguyên "
        "và Môi trường huyện.",
        "* Thời gian hoàn thành: trước 30/9/2024.",
        "4. Công tác kiểm tra, giám sát",
        "- Kiểm tra, giám sát việc thực hiện Kế hoạch tại cơ sở Hội.",
        "* Chủ trì: Ban Tổ chức - Kiểm tra Hội Nông dân huyện.",
        "* Thời gian: 6 tháng, cuối năm.",
        "§IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Hội Nông dân huyện tham mưu Ban Thường vụ theo dõi, đôn "
        "đốc, tổng hợp, báo cáo kết quả thực hiện Kế hoạch.",
        "2. Hội Nông dân các xã, thị trấn căn cứ Kế hoạch này xây dựng kế "
        "hoạch cụ thể của cơ sở, hoàn thành trước ngày 15/4/2024; báo cáo kết "
        "quả về Hội Nông dân huyện trước ngày 15/11/2024./.",
    ]
    out = list(top)
    page = 1
    for i, text in enumerate(paras):
        heading = text.startswith("§")
        text = text.lstrip("§")
        if heading:
            lines = [text]
        elif "Viet#GAP" in text:
            # the hyphenated word: "Viet-" ends one line, "GAP" begins the next
            head, tail = text.split("Viet#GAP", 1)
            lines = _pdf_lines(head + "Viet-", 86) + _pdf_lines("GAP" + tail, 86)
        else:
            lines = _pdf_lines(text, 86)
        out += lines
        if i in (13, 33):  # the page ends: its number, then the next page
            page += 1
            out += ["", str(page), ""]
    out += [
        "Nơi nhận: TM. BAN THƯỜNG VỤ",
        "- TT Hội Nông dân tỉnh (b/c); CHỦ TỊCH",
        "- TT Huyện ủy (b/c);",
        "- UBND huyện; (Đã ký)",
        "- Hội Nông dân các xã, TT;",
        "- Lưu: VP.",
        "Đỗ Văn Khang",
        "",
    ]
    text = "\r\n".join(out)

    HX = "Hội Nông dân các xã, thị trấn"
    tasks = [
        task(
            'Xây dựng chuyên mục "Nông dân Vũ Thư chung sức xây dựng nông '
            'thôn mới" phát trên Đài Truyền thanh huyện',
            "Ban Tuyên huấn Hội Nông dân huyện",
            ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"],
            "2024-12-31",
        ),
        task(
            "Tổ chức hội nghị tuyên truyền, quán triệt Nghị quyết 19-NQ/TW cho "
            "cán bộ, hội viên nông dân",
            HX,
            ["Trung tâm Chính trị huyện"],
            "2024-06-30",
        ),
        task(
            "Xây dựng 02 mô hình sản xuất lúa chất lượng cao theo tiêu chuẩn "
            "VietGAP tại xã Việt Hùng, xã Minh Lãng",
            "Ban Kinh tế - Xã hội Hội Nông dân huyện",
            [
                "Trung tâm Dịch vụ nông nghiệp huyện",
                "Hội Nông dân các xã Việt Hùng, Minh Lãng",
            ],
            "2024-10-31",
        ),
        task(
            "Thành lập mới 05 tổ hợp tác, 01 hợp tác xã do Hội Nông dân vận "
            "động, hướng dẫn thành lập",
            HX,
            ["Phòng Nông nghiệp và PTNT huyện"],
            "2024-11-30",
        ),
        task(
            "Giải ngân vốn Quỹ Hỗ trợ nông dân cho 60 hộ hội viên phát triển "
            "chăn nuôi, trồng trọt theo chuỗi",
            "Văn phòng Hội Nông dân huyện",
            ["Ngân hàng Chính sách xã hội huyện"],
            "2024-09-30",
        ),
        task(
            'Ra mắt 10 mô hình "Cánh đồng không rác thải bao bì thuốc bảo vệ thực vật"',
            HX,
            ["Phòng Tài nguyên và Môi trường huyện"],
            "2024-09-30",
        ),
        task("Xây dựng kế hoạch cụ thể của cơ sở", HX, [], "2024-04-15"),
    ]
    hdr = header(
        number="45",
        symbol="KH/HND",
        place="Vũ Thư",
        date="2024-03-18",
        title="Hội Nông dân tham gia xây dựng nông thôn mới và phong trào nông "
        "dân thi đua sản xuất, kinh doanh giỏi năm 2024",
        issuer="BCH HỘI NÔNG DÂN HUYỆN VŨ THƯ",
        authority="TM. BAN THƯỜNG VỤ",
        signer_title="CHỦ TỊCH",
        signer="Đỗ Văn Khang",
        bases=["19-NQ/TW", "61-KL/TW", "Chương trình ngày 05/01/2024", "18/KH-UBND"],
        recipients=5,
    )
    comment = """\
Family: district Farmers' Union (Hội Nông dân huyện) BEFORE the reform,
.txt with CRLF line ends: the text as someone copied it out of the signed PDF.
First idea: a Word plan with a numbered list "Ban … chủ trì, phối hợp …".
Written layout (less common): PDF-copied text - every visual line is a line
(sentences broken mid-way), "Viet-" / "GAP" hyphenated across two lines, page
numbers "2", "3" alone in the flow, the two header columns merged on shared
baselines ("HỘI NÔNG DÂN TỈNH THÁI BÌNH HỘI NÔNG DÂN VIỆT NAM", "Số: 45-KH/HND
Vũ Thư, ngày 18 tháng 3 năm 2024") and so the closing ("Nơi nhận: TM. BAN
THƯỜNG VỤ", "- TT Hội Nông dân tỉnh (b/c); CHỦ TỊCH", "- UBND huyện; (Đã
ký)"); numbering Roman I. + Arabic 1. + "-" + "+" + "*": a task is a "-" or
"+" item, its "*" lines give "Đơn vị thực hiện"/"Chủ trì", "phối hợp" and
"Thời gian".
Judgements: the title is the two lines after KẾ HOẠCH joined; "VietGAP" is
rejoined in the title; the superior line "HỘI NÔNG DÂN TỈNH THÁI BÌNH" and the
right column "HỘI NÔNG DÂN VIỆT NAM" are not the issuer; "Số: 45-KH/HND" ->
number 45, symbol "KH/HND". "- Xây dựng mô hình, tổ hợp tác, hợp tác xã:" is a
heading over its two "+" tasks, not a task. III.4 (kiểm tra, giám sát việc
thực hiện Kế hoạch) and IV.1 are monitoring/reporting of the plan itself, NOT
tasks; II (chỉ tiêu) neither. IV.2 is a task ("xây dựng kế hoạch cụ thể của
cơ sở" by 15/4/2024); its trailing report to 15/11/2024 is not. "hằng tháng"
-> 2024-12-31; Quý II -> 06-30, Quý III -> 09-30; "tháng 10/2024" ->
2024-10-31. Partners are split on commas only where a new unit begins: "Hội
Nông dân các xã Việt Hùng, Minh Lãng" is ONE unit. Bases: the two Party texts
on one line are two bases; the provincial Union's programme has no number ->
"Chương trình ngày 05/01/2024". The pasted signature says "(Đã ký)"; the
Nơi nhận count is 5 lines."""
    expected.write(OUT, "08_hoi_nong_dan_chep_tu_pdf.txt", text, comment, hdr, tasks)


# ===================================== 09 e-mail with the plan as a checklist
def plan09():
    """A commune Women's Union plan forwarded by e-mail, pasted as Markdown;
    the tasks a check-list with "phụ trách / phối hợp / hạn" in italics."""
    text = """\
**Từ:** Hội LHPN xã Tân Phú <hoilhpn.tanphu@gmail.com>
**Gửi:** Chi hội trưởng các ấp
**Cc:** Nguyễn Thị Thu Hà; Trần Thị Kim Oanh
**Ngày gửi:** Thứ Hai, 09/03/2026 08:15
**Chủ đề:** [KH 07] Kế hoạch "5 không, 3 sạch" năm 2026 - các chị triển khai giúp

Chào các chị,

Ban Thường vụ gửi các chị nội dung Kế hoạch số 07/KH-HPN (bản có chữ ký, đóng
dấu em đính kèm file PDF). Các chị đọc kỹ phần **III. Nhiệm vụ cụ thể**, việc
nào của chi hội mình thì đánh dấu giúp em nhé. Cần gì các chị cứ gọi em.

Thân,
Hà (Văn phòng Hội)

---------- Nội dung kế hoạch ----------

HỘI LHPN TỈNH ĐỒNG NAI
**BCH HỘI LHPN XÃ TÂN PHÚ**
Số: 07/KH-HPN

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Tân Phú, ngày 06 tháng 3 năm 2026*

## KẾ HOẠCH
### Thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" gắn với xây dựng nông thôn mới năm 2026

*Căn cứ Chương trình số 02/CTr-HPN ngày 10/01/2026 của Ban Thường vụ Hội LHPN tỉnh về công tác Hội năm 2026;*
*Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND xã Tân Phú về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;*
*Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội LHPN xã ngày 28/02/2026,*

Ban Thường vụ Hội LHPN xã xây dựng Kế hoạch như sau:

### I. Mục đích, yêu cầu
- Nâng cao nhận thức, trách nhiệm của hội viên, phụ nữ trong xây dựng gia đình "5 không, 3 sạch", góp phần giữ vững tiêu chí Môi trường của xã.
- Các hoạt động thiết thực, phù hợp với điều kiện từng ấp.

### II. Chỉ tiêu
- 85% hộ gia đình hội viên đạt tiêu chí "5 không, 3 sạch".
- Mỗi chi hội có ít nhất 01 mô hình bảo vệ môi trường.

### III. Nhiệm vụ cụ thể
- [ ] **Ra mắt 03 mô hình "Tuyến đường hoa phụ nữ tự quản" tại các ấp 2, 4, 7** — *phụ trách:* Ban Thường vụ Hội LHPN xã; *phối hợp:* Đoàn Thanh niên xã, Chi hội phụ nữ các ấp 2, 4, 7; *hạn:* 30/4/2026
- [ ] **Vận động hội viên phân loại rác tại nguồn, làm hố rác hữu cơ tại hộ** — *phụ trách:* Chi hội phụ nữ các ấp; *hạn:* thường xuyên
- [ ] **Rà soát, hỗ trợ 05 hội viên nghèo phát triển sinh kế (con giống, vốn vay)** — *phụ trách:* Ban Thường vụ Hội LHPN xã (chị Trần Thị Kim Oanh, Phó Chủ tịch Hội); *phối hợp:* Phòng giao dịch Ngân hàng Chính sách xã hội; *hạn:* Quý III/2026
- [ ] **Tổ chức Hội thi "Gia đình 5 không, 3 sạch" chào mừng ngày 20/10** — *phụ trách:* Ban Thường vụ Hội LHPN xã; *phối hợp:* Phòng Văn hóa - Xã hội xã; *thời gian:* từ 01/10 đến 20/10/2026
- [x] ~~Đăng ký chỉ tiêu thi đua năm 2026~~ (đã xong tại hội nghị ngày 28/02)

### IV. Tổ chức thực hiện
1. Các chi hội báo cáo kết quả về Hội (qua chị Hà, Văn phòng) trước ngày 25 hằng tháng.
2. Văn phòng Hội theo dõi, tổng hợp, báo cáo Ban Thường vụ.

**Nơi nhận:**
- Hội LHPN tỉnh (b/c);
- Đảng ủy, UBND xã (b/c);
- Ủy ban MTTQ Việt Nam xã;
- Chi hội các ấp;
- Lưu: VT.

**TM. BAN THƯỜNG VỤ**
**CHỦ TỊCH**
*(đã ký)*
**Nguyễn Thị Thu Hà**

--
Hội Liên hiệp Phụ nữ xã Tân Phú - ĐT: 0251 3xxx xxx
"""
    BTV = "Ban Thường vụ Hội LHPN xã"
    tasks = [
        task(
            'Ra mắt 03 mô hình "Tuyến đường hoa phụ nữ tự quản" tại các ấp 2, 4, 7',
            BTV,
            ["Đoàn Thanh niên xã", "Chi hội phụ nữ các ấp 2, 4, 7"],
            "2026-04-30",
        ),
        task(
            "Vận động hội viên phân loại rác tại nguồn, làm hố rác hữu cơ tại hộ",
            "Chi hội phụ nữ các ấp",
            [],
            "2026-12-31",
        ),
        task(
            "Rà soát, hỗ trợ 05 hội viên nghèo phát triển sinh kế (con giống, vốn vay)",
            BTV,
            ["Phòng giao dịch Ngân hàng Chính sách xã hội"],
            "2026-09-30",
            official="Trần Thị Kim Oanh",
        ),
        task(
            'Tổ chức Hội thi "Gia đình 5 không, 3 sạch" chào mừng ngày 20/10',
            BTV,
            ["Phòng Văn hóa - Xã hội xã"],
            "2026-10-20",
            start="2026-10-01",
        ),
    ]
    hdr = header(
        number="07",
        symbol="KH-HPN",
        place="Tân Phú",
        date="2026-03-06",
        title='Thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" '
        "gắn với xây dựng nông thôn mới năm 2026",
        issuer="BCH HỘI LHPN XÃ TÂN PHÚ",
        authority="TM. BAN THƯỜNG VỤ",
        signer_title="CHỦ TỊCH",
        signer="Nguyễn Thị Thu Hà",
        bases=["02/CTr-HPN", "15/KH-UBND", "Nghị quyết ngày 28/02/2026"],
        recipients=5,
    )
    comment = """\
Family: commune Women's Union (Hội LHPN xã) after the reform (Đồng Nai, "ấp"
hamlets), .md: an e-mail (From/To/Cc/Date/Subject, a greeting, a signature
"Hà (Văn phòng Hội)" and a mail footer) with the plan pasted in below a
"---------- Nội dung kế hoạch ----------" line.
First idea: a Word plan with a simple ruled task table.
Written layout (less common): the e-mail form, and the tasks a Markdown
check-list "- [ ] **work** — *phụ trách:* …; *phối hợp:* …; *hạn:* …".
Judgements: the header comes from the pasted plan, not the e-mail (the
e-mail's date 09/03 is not the plan's date 06/03; the sender's "Hà" is not the
signer; Cc names are not officials). The struck, ticked item "[x]
~~Đăng ký chỉ tiêu thi đua năm 2026~~ (đã xong …)" is done and NOT a task.
"(chị Trần Thị Kim Oanh, Phó Chủ tịch Hội)" -> official "Trần Thị Kim Oanh",
the lead stays "Ban Thường vụ Hội LHPN xã". "Đoàn Thanh niên xã, Chi hội phụ
nữ các ấp 2, 4, 7" -> two partners, "các ấp 2, 4, 7" kept inside ONE unit;
"tại các ấp 2, 4, 7" stays in the title. "thường xuyên" -> 2026-12-31;
"Quý III/2026" -> 2026-09-30; "từ 01/10 đến 20/10/2026" -> start 2026-10-01,
deadline 2026-10-20. IV.1 and IV.2 (monthly reports, Văn phòng follow-up) are
reporting, not tasks; II (chỉ tiêu) neither. The title is the "###" line under
"## KẾ HOẠCH"; the issuer is the bold "BCH HỘI LHPN XÃ TÂN PHÚ" without the
superior "HỘI LHPN TỈNH ĐỒNG NAI". The Nghị quyết of the BCH meeting has no
number -> "Nghị quyết ngày 28/02/2026"."""
    expected.write(OUT, "09_phu_nu_xa_email_checklist.md", text, comment, hdr, tasks)


# ================================================= 10 a school's draft
def plan10():
    """A primary school's DRAFT: blank number and day, blanks left for a lead
    and a deadline, reviewer notes in brackets; the tasks in a timetable by
    month headings ("Tháng 9/2026:") with the doer in parentheses."""
    doc = new_doc()
    a4(doc)
    p = body(doc, "DỰ THẢO", bold=True, indent=0)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    top_block(
        doc,
        ["UBND XÃ BÌNH LÃNG", "TRƯỜNG TIỂU HỌC BÌNH LÃNG", "", "Số:       /KH-THBL"],
        [*MOTTO, "", "Bình Lãng, ngày      tháng 9 năm 2026"],
        widths=(6.5, 9.5),
    )
    body(doc, "", indent=0)
    body(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    body(
        doc,
        "Xây dựng trường đạt chuẩn quốc gia mức độ 2, góp phần thực hiện "
        "tiêu chí Giáo dục xã nông thôn mới nâng cao năm học 2026 - 2027",
        bold=True,
        center=True,
    )
    body(doc, "", indent=0)
    for b in [
        "Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục "
        "và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục và công "
        "nhận đạt chuẩn quốc gia đối với trường tiểu học;",
        "Căn cứ Thông tư số 13/2020/TT-BGDĐT ngày 26/5/2020 của Bộ Giáo dục và "
        "Đào tạo ban hành Quy định tiêu chuẩn cơ sở vật chất các trường mầm "
        "non, tiểu học, trung học cơ sở, trung học phổ thông và trường phổ "
        "thông có nhiều cấp học;",
        "Căn cứ Kế hoạch số 102/KH-UBND ngày 25/8/2026 của UBND xã Bình Lãng "
        "về thực hiện tiêu chí Giáo dục và Đào tạo năm 2026;",
    ]:
        body(doc, b, italic=True)
    body(doc, "Trường Tiểu học Bình Lãng xây dựng Kế hoạch như sau:")
    body(doc, "I. THỰC TRẠNG VÀ MỤC TIÊU", bold=True)
    body(
        doc,
        "Nhà trường đạt chuẩn quốc gia mức độ 1 năm 2021; còn thiếu 04 "
        "phòng học, phòng đa chức năng, nhà vệ sinh học sinh chưa đạt chuẩn. "
        "Mục tiêu: được công nhận đạt chuẩn quốc gia mức độ 2 trong năm học "
        "2026 - 2027.",
    )
    body(doc, "II. LỊCH THỰC HIỆN", bold=True)
    schedule = [
        (
            "Tháng 9/2026:",
            [
                "- Kiện toàn Ban Chỉ đạo xây dựng trường đạt chuẩn quốc gia mức độ "
                "2 (Ban Giám hiệu).",
                "- Rà soát cơ sở vật chất, lập danh mục đề nghị UBND xã đầu tư "
                "(Tổ Văn phòng; thầy Nguyễn Văn Khải, Phó Hiệu trưởng phụ trách).",
            ],
        ),
        (
            "Tháng 10 - tháng 11/2026:",
            [
                "- Tự đánh giá chất lượng giáo dục theo Thông tư số "
                "17/2018/TT-BGDĐT (Hội đồng tự đánh giá; phối hợp: các tổ chuyên "
                "môn).",
                "- Vận động phụ huynh đóng góp ngày công làm sân chơi, vườn trường "
                "(Ban đại diện cha mẹ học sinh; phối hợp: Liên đội).",
            ],
        ),
        (
            "Tháng 12/2026:",
            [
                "- Hoàn thành cải tạo 04 phòng học, nhà vệ sinh học sinh "
                "(………………………). [Ghi chú của cô Ngọc: chờ UBND xã giao chủ đầu "
                "tư, chưa ghi đơn vị]",
            ],
        ),
        (
            "Học kỳ II năm học 2026 - 2027:",
            [
                "- Xây dựng thư viện thân thiện, thư viện xanh (Tổ Văn phòng; cô "
                "Lê Thị Hằng, nhân viên thư viện), hoàn thành trước ngày 31/3/2027.",
                "- Hoàn thiện hồ sơ đề nghị kiểm tra, công nhận trường đạt chuẩn "
                "quốc gia mức độ 2 (Ban Giám hiệu), trước ngày …../…../2027.",
            ],
        ),
    ]
    for when, items in schedule:
        body(doc, when, bold=True, italic=True)
        for it in items:
            body(doc, it)
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các tổ chuyên môn, Tổ Văn phòng căn cứ lịch thực hiện chủ động "
        "triển khai; Phó Hiệu trưởng tổng hợp, báo cáo Hiệu trưởng kết quả "
        "hằng tháng tại cuộc họp Hội đồng sư phạm.",
    )
    body(
        doc,
        "[Ghi chú: đề nghị các tổ góp ý dự thảo trước ngày 10/9, gửi qua thầy Khải.]",
        italic=True,
    )
    signature_table(
        doc,
        [
            "- Phòng Văn hóa - Xã hội xã (b/c);",
            "- Hội đồng trường;",
            "- Các tổ chuyên môn;",
            "- Lưu: VT.",
        ],
        ["HIỆU TRƯỞNG", "", "", "", "Phạm Thị Ngọc"],
    )
    data = soffice(save(doc), "doc")

    tasks = [
        task(
            "Kiện toàn Ban Chỉ đạo xây dựng trường đạt chuẩn quốc gia mức độ 2",
            "Ban Giám hiệu",
            [],
            "2026-09-30",
        ),
        task(
            "Rà soát cơ sở vật chất, lập danh mục đề nghị UBND xã đầu tư",
            "Tổ Văn phòng",
            [],
            "2026-09-30",
            official="Nguyễn Văn Khải",
        ),
        task(
            "Tự đánh giá chất lượng giáo dục theo Thông tư số 17/2018/TT-BGDĐT",
            "Hội đồng tự đánh giá",
            ["các tổ chuyên môn"],
            "2026-11-30",
            start="2026-10-01",
        ),
        task(
            "Vận động phụ huynh đóng góp ngày công làm sân chơi, vườn trường",
            "Ban đại diện cha mẹ học sinh",
            ["Liên đội"],
            "2026-11-30",
            start="2026-10-01",
        ),
        task(
            "Hoàn thành cải tạo 04 phòng học, nhà vệ sinh học sinh",
            "",
            [],
            "2026-12-31",
        ),
        task(
            "Xây dựng thư viện thân thiện, thư viện xanh",
            "Tổ Văn phòng",
            [],
            "2027-03-31",
            official="Lê Thị Hằng",
        ),
        task(
            "Hoàn thiện hồ sơ đề nghị kiểm tra, công nhận trường đạt chuẩn "
            "quốc gia mức độ 2",
            "Ban Giám hiệu",
            [],
        ),
    ]
    hdr = header(
        number="",
        symbol="KH-THBL",
        place="Bình Lãng",
        date="2026-09",
        title="Xây dựng trường đạt chuẩn quốc gia mức độ 2, góp phần thực hiện "
        "tiêu chí Giáo dục xã nông thôn mới nâng cao năm học 2026 - 2027",
        issuer="TRƯỜNG TIỂU HỌC BÌNH LÃNG",
        authority="",
        signer_title="HIỆU TRƯỞNG",
        signer="Phạm Thị Ngọc",
        bases=["17/2018/TT-BGDĐT", "13/2020/TT-BGDĐT", "102/KH-UBND"],
        recipients=4,
    )
    comment = """\
Family: a commune's primary school after the reform (school under "UBND XÃ
BÌNH LÃNG", the superior line, left out of the issuer), .doc (Word 97,
LibreOffice's save), a DRAFT ("DỰ THẢO" above the header).
First idea: a ruled table TT | Công việc | Người thực hiện | Thời gian.
Written layout (less common): a draft with blanks - "Số:       /KH-THBL",
"ngày      tháng 9 năm 2026", a lead left as "(………………………)", a deadline
"…../…../2027" - and reviewer notes in square brackets; the tasks are a
timetable under bold-italic month headings ("Tháng 9/2026:", "Tháng 10 -
tháng 11/2026:", "Học kỳ II năm học 2026 - 2027:") with the doer in the
trailing parenthesis "(Unit; thầy/cô <name>, <post>)" or "(Unit; phối hợp: …)".
Judgements: number "" and date "2026-09" (blank day); a month heading gives
each task under it its deadline (the month's last day) and, for a two-month
heading, the start (first day of the first month); a task with its own
"hoàn thành trước ngày 31/3/2027" takes that date; the task whose deadline is
"…../…../2027" and whose heading (Học kỳ II) gives no date has NO deadline; the
task whose lead is blank has NO lead (the bracketed note is not a unit and not
part of the title). "thầy Nguyễn Văn Khải, Phó Hiệu trưởng phụ trách" ->
official "Nguyễn Văn Khải"; "cô Lê Thị Hằng, nhân viên thư viện" -> official
"Lê Thị Hằng". "Thông tư số 17/2018/TT-BGDĐT" stays in the task's title. The
principal signs without TM./KT. (authority ""). The note "góp ý dự thảo trước
ngày 10/9" and III's monthly reporting are not tasks."""
    expected.write(OUT, "10_truong_du_thao_de_trong.doc", data, comment, hdr, tasks)


if __name__ == "__main__":
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
        make()
        print("written", make.__name__)
