"""Writes set f40n's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40n.py

Set f40n: commune plans whose numbering is Word's AUTOMATIC list numbering.
The paragraphs' text holds no "I.", "1.", "a)": the numbers live in
word/numbering.xml (w:abstractNum levels, w:numFmt upperRoman / decimal /
lowerLetter / bullet, w:lvlText "%1.", "%2.", "%1.%2.", "%3)") and each
paragraph carries w:numPr or takes it from its paragraph style ("List
Number", a heading style linked to a list level by the level's w:pStyle,
a list style behind w:numStyleLink). Sections I./II./III. on level 0,
tasks "1./2." on level 1, details "a)/b)" and "-" bullets on level 2 and
below; numbering restarted per section by a new w:num with
w:startOverride; two lists in one document; bullets drawn in the Symbol
font; a task table whose STT cells are numbered by Word; a plan whose
sections are typed and whose tasks are automatic; the same plan saved by
LibreOffice as .odt and .doc.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from docx.oxml import parse_xml
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402
from make_round32 import T  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    opening,
    para,
    save,
)

OUT = HERE / "f40n"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
SYMBOL_DOT = "&#xF0B7;"  # the Symbol font's bullet, as Word stores it

COMMENT = """Set f40n (a commune plan whose numbering is Word's automatic list
numbering: no "I.", "1.", "a)" in the paragraphs' text, the numbers in
numbering.xml), written before the importer was changed for it: {what}
Assumptions: the automatic label counts as a typed number would; sections
I. MỤC ĐÍCH, YÊU CẦU / II. CHỈ TIÊU / IV. KINH PHÍ / V. TỔ CHỨC THỰC HIỆN
hold no tasks; under III. each "1./2." item is one task, its "a)/b)"
details and "-" lines part of it ("Chủ trì:", "Phối hợp:", "Thời gian:"
its lead, partners and deadline); a quarter's or a month's last day is the
deadline."""


# --- numbering.xml pieces ----------------------------------------------------


def lvl(ilvl, fmt, text, *, start=1, left=None, pstyle=None, symbol=False, legal=False):
    """One w:lvl of an abstract numbering definition."""
    out = [f'<w:lvl w:ilvl="{ilvl}">', f'<w:start w:val="{start}"/>']
    out.append(f'<w:numFmt w:val="{fmt}"/>')
    if pstyle:
        out.append(f'<w:pStyle w:val="{pstyle}"/>')
    if legal:
        out.append("<w:isLgl/>")
    out.append(f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>')
    if left is not None:
        out.append(f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>')
    if symbol:
        out.append(
            '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
        )
    out.append("</w:lvl>")
    return "".join(out)


def abstract(aid, *levels, link=None, style_link=None):
    """An abstract numbering definition; `link` names the list style it takes
    its levels from (w:numStyleLink), `style_link` the list style it defines."""
    out = [f'<w:abstractNum w:abstractNumId="{aid}">']
    out.append('<w:multiLevelType w:val="hybridMultilevel"/>')
    if style_link:
        out.append(f'<w:styleLink w:val="{style_link}"/>')
    if link:
        out.append(f'<w:numStyleLink w:val="{link}"/>')
    out += levels
    out.append("</w:abstractNum>")
    return "".join(out)


def num(nid, aid, restart=()):
    """A w:num; `restart` the levels it starts again at 1 (w:startOverride)."""
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="1"/></w:lvlOverride>'
        for k in restart
    )
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def set_numbering(doc, *pieces):
    """The document's numbering.xml replaced by `pieces` (abstracts first)."""
    element = doc.part.numbering_part.element
    for child in list(element):
        element.remove(child)
    root = parse_xml(f"<w:numbering {NS}>{''.join(pieces)}</w:numbering>")
    for child in list(root):
        element.append(child)


def add_styles(doc, *xml):
    for piece in xml:
        doc.styles.element.append(
            parse_xml(piece.replace("<w:style ", f"<w:style {NS} ", 1))
        )


def item(doc, text, num_id=None, ilvl=None, *, style=None, bold=False, italic=False):
    """A paragraph of 13 points, numbered by Word (`num_id`, `ilvl`) and/or
    in the paragraph style `style` (its id)."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(13)
    ppr = p._p.get_or_add_pPr()
    if style:
        ppr.insert(0, parse_xml(f'<w:pStyle {NS} w:val="{style}"/>'))
    if num_id is not None or ilvl is not None:
        num_pr = ppr.get_or_add_numPr()
        if ilvl is not None:
            num_pr.get_or_add_ilvl().val = ilvl
        if num_id is not None:
            num_pr.get_or_add_numId().val = num_id
    return p


def body_text(doc, text):
    return para(doc, text, indent=1.0)


# --- 1: everything automatic, one multilevel list, numPr on each paragraph ----

TAN_PHU_TASKS = [
    ("Nâng cấp, mở rộng tuyến đường trục xã từ ấp 1 đến ấp 4",
     ["Mở rộng mặt đường lên 6 m, chiều dài 2,3 km;",
      "Lắp đặt hệ thống chiếu sáng công cộng dọc tuyến."],
     ["Chủ trì: Phòng Kinh tế xã", "Phối hợp: Ban quản lý các ấp; Mặt trận Tổ quốc xã",
      "Thời gian: hoàn thành trước ngày 30/9/2026"],
     T("Nâng cấp, mở rộng tuyến đường trục xã từ ấp 1 đến ấp 4", "Phòng Kinh tế xã",
       ["Ban quản lý các ấp", "Mặt trận Tổ quốc xã"], "2026-09-30")),
    ("Xây dựng mô hình sản xuất lúa hữu cơ liên kết với doanh nghiệp",
     [],
     ["Chủ trì: Hợp tác xã Nông nghiệp Tân Phú", "Phối hợp: Hội Nông dân xã",
      "Thời gian: Quý III/2026"],
     T("Xây dựng mô hình sản xuất lúa hữu cơ liên kết với doanh nghiệp",
       "Hợp tác xã Nông nghiệp Tân Phú", ["Hội Nông dân xã"], "2026-09-30")),
    ("Hoàn thiện hệ thống thu gom, xử lý rác thải sinh hoạt tại các ấp",
     ["Trang bị thêm 40 thùng rác công cộng tại các điểm tập trung dân cư;",
      "Vận động 100% hộ gia đình phân loại rác tại nguồn."],
     ["Chủ trì: Hội Liên hiệp Phụ nữ xã", "Phối hợp: Đoàn Thanh niên xã",
      "Thời gian: tháng 11/2026"],
     T("Hoàn thiện hệ thống thu gom, xử lý rác thải sinh hoạt tại các ấp",
       "Hội Liên hiệp Phụ nữ xã", ["Đoàn Thanh niên xã"], "2026-11-30")),
    ("Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
     [],
     ["Chủ trì: Văn phòng HĐND và UBND xã", "Phối hợp: Công an xã; Bưu điện xã",
      "Thời gian: trước ngày 15/12/2026"],
     T("Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
       "Văn phòng HĐND và UBND xã", ["Công an xã", "Bưu điện xã"], "2026-12-15")),
]  # fmt: skip


def tan_phu_doc():
    """The Word plan of set f40n's first file (also saved as .odt and .doc)."""
    title = "Xây dựng xã nông thôn mới nâng cao năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 45/KH-UBND"],
                  "Tân Phú, ngày 15 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    set_numbering(
        doc,
        abstract(
            0,
            lvl(0, "upperRoman", "%1.", left=0),
            lvl(1, "decimal", "%2.", left=360),
            lvl(2, "lowerLetter", "%3)", left=720),
            lvl(3, "bullet", "-", left=1080),
        ),
        num(1, 0),
    )
    body_text(doc, "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính "
              "phủ; Ủy ban nhân dân xã xây dựng Kế hoạch như sau:")  # fmt: skip
    item(doc, "MỤC ĐÍCH, YÊU CẦU", 1, 0, bold=True)
    item(doc, "Mục đích", 1, 1, bold=True)
    body_text(doc, "Huy động mọi nguồn lực giữ vững và nâng cao chất lượng các tiêu chí "
              "xã nông thôn mới nâng cao.")  # fmt: skip
    item(doc, "Yêu cầu", 1, 1, bold=True)
    body_text(doc, "Các nhiệm vụ phải cụ thể, có địa chỉ chịu trách nhiệm và thời gian "
              "hoàn thành rõ ràng.")  # fmt: skip
    item(doc, "CHỈ TIÊU", 1, 0, bold=True)
    item(doc, "Tỷ lệ hộ nghèo đa chiều giảm còn dưới 1,5%.", 1, 1)
    item(doc, "Thu nhập bình quân đầu người đạt trên 72 triệu đồng/người/năm.", 1, 1)
    item(doc, "100% hộ gia đình sử dụng nước sạch đạt chuẩn.", 1, 1)
    item(doc, "NHIỆM VỤ VÀ GIẢI PHÁP", 1, 0, bold=True)
    for task, details, fields, _ in TAN_PHU_TASKS:
        item(doc, task, 1, 1, bold=True)
        for line in details:
            item(doc, line, 1, 2)
        for line in fields:
            item(doc, line, 1, 3)
    item(doc, "KINH PHÍ", 1, 0, bold=True)
    body_text(doc, "Tổng kinh phí dự kiến 12,5 tỷ đồng từ ngân sách nhà nước, vốn lồng "
              "ghép và nhân dân đóng góp.")  # fmt: skip
    item(doc, "TỔ CHỨC THỰC HIỆN", 1, 0, bold=True)
    item(doc, "Phòng Kinh tế xã là cơ quan thường trực, theo dõi, tổng hợp kết quả thực "
         "hiện, báo cáo UBND xã.", 1, 1)  # fmt: skip
    item(doc, "Các ban, ngành, đoàn thể xã căn cứ nhiệm vụ được giao xây dựng kế hoạch "
         "cụ thể để triển khai.", 1, 1)  # fmt: skip
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- TT HĐND xã;", "- Các ban, ngành xã;",
                         "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn Thành"])  # fmt: skip
    head = commune_header("Tân Phú", "45", "2026-01-15", title, "Nguyễn Văn Thành", 4)
    head["bases"] = ["318/QĐ-TTg"]
    return doc, head, [t for *_, t in TAN_PHU_TASKS]


def tan_phu_docx():
    doc, head, tasks = tan_phu_doc()
    return ("f40n-xa-tan-phu-tu-dong.docx", save(doc), "one multilevel list "
            "(upperRoman '%1.', decimal '%2.' under the roman level, lowerLetter "
            "'%3)', bullet '-'), w:numPr on every paragraph; the sections' tasks with "
            "'a)/b)' details and '-' lines 'Chủ trì:/Phối hợp:/Thời gian:'.", head,
            tasks)  # fmt: skip


def libreoffice(data: bytes, target: str, suffix: str) -> bytes:
    """A .docx saved by LibreOffice as `target` ("odt", "doc")."""
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "plan.docx"
        src.write_bytes(data)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
             "--convert-to", target, "--outdir", folder, str(src)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return (Path(folder) / f"plan{suffix}").read_bytes()


def tan_phu_odt():
    doc, head, tasks = tan_phu_doc()
    data = libreoffice(save(doc), "odt", ".odt")
    return ("f40n-xa-tan-phu-libreoffice.odt", data, "the first plan saved by "
            "LibreOffice as .odt (its lists become text:list, read back through a "
            ".docx conversion).", head, tasks)  # fmt: skip


# --- 2: numbering through paragraph styles ------------------------------------

HOA_BINH_STYLES = [
    # A heading style linked to level 0 of list 1 (the level names the style;
    # the style's w:numPr has no w:ilvl).
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MucLaMa"><w:name w:val="Muc La Ma"/>'
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="120"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>',
    # "List Number" and "List Number 2": levels 1 and 2 of the same list.
    '<w:style w:type="paragraph" w:styleId="DanhSo"><w:name w:val="List Number"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
    "</w:pPr></w:style>",
    '<w:style w:type="paragraph" w:styleId="DanhSo2"><w:name w:val="List Number 2"/>'
    '<w:basedOn w:val="DanhSo"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>',
    # "List Bullet": its own list, a Symbol-font dot.
    '<w:style w:type="paragraph" w:styleId="GachDau"><w:name w:val="List Bullet"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>',
]  # fmt: skip

HOA_BINH_TASKS = [
    ("Cải tạo, nâng cấp 3,5 km kênh mương nội đồng ấp Bình An",
     ["Nạo vét lòng kênh, gia cố bờ bằng bê tông;", "Lắp đặt 06 cống điều tiết nước."],
     ["Chủ trì: Phòng Kinh tế xã.", "Phối hợp: Hợp tác xã Bình An.",
      "Thời gian hoàn thành: tháng 6/2026."],
     T("Cải tạo, nâng cấp 3,5 km kênh mương nội đồng ấp Bình An", "Phòng Kinh tế xã",
       ["Hợp tác xã Bình An"], "2026-06-30")),
    ("Tổ chức 05 lớp đào tạo nghề nông nghiệp cho lao động nông thôn",
     [],
     ["Chủ trì: Phòng Văn hóa - Xã hội xã.", "Phối hợp: Hội Nông dân xã, Đoàn Thanh niên xã.",
      "Thời gian hoàn thành: Quý II/2026."],
     T("Tổ chức 05 lớp đào tạo nghề nông nghiệp cho lao động nông thôn",
       "Phòng Văn hóa - Xã hội xã", ["Hội Nông dân xã", "Đoàn Thanh niên xã"],
       "2026-06-30")),
    ("Xây dựng 02 tuyến đường hoa kiểu mẫu tại ấp Bình Lợi và ấp Hòa Thuận",
     ["Trồng hoa, cây xanh hai bên đường;", "Vận động các hộ chỉnh trang hàng rào, cổng ngõ."],
     ["Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã.", "Phối hợp: Hội Liên hiệp Phụ nữ xã.",
      "Thời gian hoàn thành: tháng 9/2026."],
     T("Xây dựng 02 tuyến đường hoa kiểu mẫu tại ấp Bình Lợi và ấp Hòa Thuận",
       "Ủy ban Mặt trận Tổ quốc Việt Nam xã", ["Hội Liên hiệp Phụ nữ xã"], "2026-09-30")),
]  # fmt: skip


def hoa_binh_docx():
    title = "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 12/KH-UBND"],
                  "Hòa Bình, ngày 20 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    add_styles(doc, *HOA_BINH_STYLES)
    set_numbering(
        doc,
        abstract(
            0,
            lvl(0, "upperRoman", "%1.", pstyle="MucLaMa"),
            lvl(1, "decimal", "%2.", pstyle="DanhSo", left=360),
            lvl(2, "lowerLetter", "%3)", pstyle="DanhSo2", left=720),
        ),
        abstract(1, lvl(0, "bullet", SYMBOL_DOT, left=1080, symbol=True)),
        num(1, 0),
        num(2, 1),
    )
    item(doc, "MỤC ĐÍCH, YÊU CẦU", style="MucLaMa")
    item(doc, "Cụ thể hóa các mục tiêu của Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ "
         "2025 - 2030 về xây dựng nông thôn mới.", style="DanhSo")  # fmt: skip
    item(doc, "Phân công rõ trách nhiệm của từng cơ quan, đơn vị.", style="DanhSo")
    item(doc, "CHỈ TIÊU CHỦ YẾU", style="MucLaMa")
    item(doc, "Giữ vững 19/19 tiêu chí xã nông thôn mới.", style="DanhSo")
    item(doc, "Tỷ lệ lao động qua đào tạo đạt 75%.", style="DanhSo")
    item(doc, "NHIỆM VỤ, GIẢI PHÁP", style="MucLaMa")
    for task, details, fields, _ in HOA_BINH_TASKS:
        item(doc, task, style="DanhSo", bold=True)
        for line in details:
            item(doc, line, style="DanhSo2")
        for line in fields:
            item(doc, line, style="GachDau")
    item(doc, "KINH PHÍ THỰC HIỆN", style="MucLaMa")
    body_text(
        doc, "Từ nguồn vốn Chương trình mục tiêu quốc gia năm 2026 và ngân sách xã."
    )
    item(doc, "TỔ CHỨC THỰC HIỆN", style="MucLaMa")
    item(doc, "Các cơ quan, đơn vị được giao chủ trì chủ động triển khai, báo cáo kết "
         "quả về UBND xã trước ngày 10/12/2026.", style="DanhSo")  # fmt: skip
    item(doc, "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể tuyên truyền, vận động "
         "nhân dân cùng thực hiện.", style="DanhSo")  # fmt: skip
    closing_under(doc, ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Thị Hồng Nhung"])  # fmt: skip
    head = commune_header("Hòa Bình", "12", "2026-01-20", title, "Lê Thị Hồng Nhung", 3)
    return ("f40n-xa-hoa-binh-kieu-danh-so.docx", save(doc), "numbering through "
            "paragraph styles only: a custom heading style linked to level 0 by the "
            "level's w:pStyle (no w:ilvl in the style), 'List Number' / 'List Number 2' "
            "on levels 1 and 2, 'List Bullet' a Symbol-font dot list of its own.", head,
            [t for *_, t in HOA_BINH_TASKS])  # fmt: skip


# --- 3: two lists, the tasks restarted per section by a new w:num -------------

VINH_THANH_TASKS = [
    ("Tuyên truyền, vận động nhân dân hiến đất mở rộng đường giao thông nông thôn",
     ["Chủ trì: Ủy ban MTTQ Việt Nam xã", "Phối hợp: Ban nhân dân các ấp",
      "Thời gian: Quý I/2026"],
     T("Tuyên truyền, vận động nhân dân hiến đất mở rộng đường giao thông nông thôn",
       "Ủy ban MTTQ Việt Nam xã", ["Ban nhân dân các ấp"], "2026-03-31")),
    ("Bê tông hóa 4,2 km đường ngõ xóm tại ấp Vĩnh Lợi, ấp Vĩnh Hòa",
     ["Chủ trì: Phòng Kinh tế xã", "Phối hợp: Ban nhân dân các ấp",
      "Thời gian: tháng 8/2026"],
     T("Bê tông hóa 4,2 km đường ngõ xóm tại ấp Vĩnh Lợi, ấp Vĩnh Hòa",
       "Phòng Kinh tế xã", ["Ban nhân dân các ấp"], "2026-08-31")),
    ("Xây dựng nhà văn hóa ấp Vĩnh Thuận đạt chuẩn",
     ["Chủ trì: Phòng Văn hóa - Xã hội xã", "Phối hợp: Ban nhân dân ấp Vĩnh Thuận",
      "Thời gian: tháng 10/2026"],
     T("Xây dựng nhà văn hóa ấp Vĩnh Thuận đạt chuẩn", "Phòng Văn hóa - Xã hội xã",
       ["Ban nhân dân ấp Vĩnh Thuận"], "2026-10-31")),
]  # fmt: skip


def vinh_thanh_docx():
    title = "Huy động nguồn lực xây dựng kết cấu hạ tầng nông thôn năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ VĨNH THẠNH", "Số: 08/KH-UBND"],
                  "Vĩnh Thạnh, ngày 12 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc)
    set_numbering(
        doc,
        # List A: the sections.
        abstract(0, lvl(0, "upperRoman", "%1.")),
        # List B: items "1." with bullets "-" under them, restarted per section.
        abstract(
            1, lvl(0, "decimal", "%1.", left=360), lvl(1, "bullet", "-", left=720)
        ),
        num(1, 0),
        num(2, 1),
        num(3, 1, restart=(0,)),
        num(4, 1, restart=(0,)),
    )
    item(doc, "MỤC ĐÍCH, YÊU CẦU", 1, 0, bold=True)
    item(
        doc,
        "Phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới.",
        2,
        0,
    )
    item(doc, "Công khai, minh bạch các khoản đóng góp của nhân dân.", 2, 0)
    item(doc, "NHIỆM VỤ CỤ THỂ", 1, 0, bold=True)
    for task, fields, _ in VINH_THANH_TASKS:
        item(doc, task, 3, 0, bold=True)
        for line in fields:
            item(doc, line, 3, 1)
    item(doc, "TỔ CHỨC THỰC HIỆN", 1, 0, bold=True)
    item(
        doc, "Phòng Kinh tế xã tham mưu UBND xã theo dõi, đôn đốc việc thực hiện.", 4, 0
    )
    item(doc, "Ban nhân dân các ấp tổ chức họp dân, công khai kế hoạch.", 4, 0)
    closing_beside(doc, ["- Đảng ủy xã;", "- Ban nhân dân các ấp;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                    "Trần Quốc Bảo"])  # fmt: skip
    head = commune_header("Vĩnh Thạnh", "08", "2026-02-12", title, "Trần Quốc Bảo", 3,
                          signer_title="PHÓ CHỦ TỊCH")  # fmt: skip
    head["authority"] = "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH"
    return ("f40n-xa-vinh-thanh-hai-danh-sach.docx", save(doc), "two lists in one "
            "document: the sections' roman list and a decimal list with '-' bullets "
            "under its items, started again at 1 in each section by a new w:num with "
            "w:startOverride; only three sections (no targets, no funding).", head,
            [t for *_, t in VINH_THANH_TASKS])  # fmt: skip


# --- 4: the sections typed, the tasks and their details automatic -------------

MY_AN_TASKS = [
    ("Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã lắp đặt 24 camera an "
     "ninh tại các tuyến đường liên ấp, hoàn thành trước ngày 31/7/2026.",
     ["Khảo sát vị trí lắp đặt tại 04 ấp;", "Kết nối hình ảnh về trụ sở Công an xã."],
     T("Lắp đặt 24 camera an ninh tại các tuyến đường liên ấp", "Công an xã",
       ["Ban Chỉ huy Quân sự xã"], "2026-07-31")),
    ("Trạm Y tế xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã khám sàng lọc bệnh "
     "không lây nhiễm cho người từ 40 tuổi trở lên, hoàn thành trong Quý III/2026.",
     [],
     T("Khám sàng lọc bệnh không lây nhiễm cho người từ 40 tuổi trở lên",
       "Trạm Y tế xã", ["Hội Liên hiệp Phụ nữ xã"], "2026-09-30")),
    ("Phòng Kinh tế xã chủ trì, phối hợp với Hợp tác xã Mỹ An xây dựng 02 sản phẩm "
     "OCOP đạt 3 sao, hoàn thành trong tháng 11/2026.",
     ["Hoàn thiện bao bì, nhãn mác, truy xuất nguồn gốc;",
      "Tham gia hội chợ xúc tiến thương mại của tỉnh."],
     T("Xây dựng 02 sản phẩm OCOP đạt 3 sao", "Phòng Kinh tế xã",
       ["Hợp tác xã Mỹ An"], "2026-11-30")),
]  # fmt: skip


def my_an_docx():
    title = "Nâng cao chất lượng tiêu chí an ninh, y tế và kinh tế xã Mỹ An năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ MỸ AN", "Số: 21/KH-UBND"],
                  "Mỹ An, ngày 03 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc)
    set_numbering(
        doc,
        abstract(0, lvl(0, "decimal", "%1.", left=360)),
        abstract(1, lvl(0, "lowerLetter", "%1)", left=720)),
        abstract(2, lvl(0, "bullet", SYMBOL_DOT, left=720, symbol=True)),
        num(1, 0),
        num(2, 0, restart=(0,)),
        num(3, 0, restart=(0,)),
        num(5, 1),
        num(6, 1, restart=(0,)),
        num(7, 2),
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    item(doc, "Nâng cao chất lượng các tiêu chí đã đạt, không để tiêu chí nào bị giảm "
         "điểm.", 1, 0)  # fmt: skip
    item(doc, "Gắn trách nhiệm người đứng đầu với kết quả thực hiện.", 1, 0)
    para(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    letters = iter((5, 6))
    for task, details, _ in MY_AN_TASKS:
        item(doc, task, 2, 0)
        if details:
            list_id = next(letters)
            for line in details:
                item(doc, line, list_id, 0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    item(doc, "Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo Chủ tịch UBND xã "
         "hằng quý.", 3, 0)  # fmt: skip
    item(doc, "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND "
         "xã về kết quả thực hiện.", 3, 0)  # fmt: skip
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for line in ("Đảng ủy xã (b/c);", "Các cơ quan, đơn vị xã;", "Lưu: VT."):
        item(doc, line, 7, 0)
    for line in ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phạm Minh Trí"):
        para(doc, line, bold=bool(line) and line.isupper(), center=True)
    head = commune_header("Mỹ An", "21", "2026-03-03", title, "Phạm Minh Trí", 3)
    return ("f40n-xa-my-an-muc-go-tay.docx", save(doc), "the sections typed by hand "
            "('I. MỤC ĐÍCH, YÊU CẦU'), the tasks automatic '%1.' (a new w:num per "
            "section), each task one sentence naming its lead, partner and deadline "
            "('X chủ trì, phối hợp với Y …, hoàn thành …'), its details an automatic "
            "'%1)' list of letters, the recipients a Symbol-font bullet list.", head,
            [t for *_, t in MY_AN_TASKS])  # fmt: skip


# --- 5: a task table whose STT cells and details are numbered by Word ---------

PHUOC_LONG_ROWS = [
    ("Duy tu, sửa chữa 12 km đường giao thông nội đồng",
     ["Gia cố mặt đường cấp phối sỏi đỏ", "Phát quang hành lang tuyến"],
     "Phòng Kinh tế xã", "Hợp tác xã Phước Long", "Tháng 5/2026",
     T("Duy tu, sửa chữa 12 km đường giao thông nội đồng", "Phòng Kinh tế xã",
       ["Hợp tác xã Phước Long"], "2026-05-31")),
    ("Xây dựng 03 mô hình nuôi tôm càng xanh luân canh trên ruộng lúa",
     ["Hỗ trợ 50% con giống", "Tập huấn kỹ thuật cho 60 hộ"],
     "Hội Nông dân xã", "Phòng Kinh tế xã", "Quý III/2026",
     T("Xây dựng 03 mô hình nuôi tôm càng xanh luân canh trên ruộng lúa",
       "Hội Nông dân xã", ["Phòng Kinh tế xã"], "2026-09-30")),
    ("Tổ chức Ngày hội văn hóa - thể thao các ấp",
     [],
     "Phòng Văn hóa - Xã hội xã", "Đoàn Thanh niên xã", "Tháng 9/2026",
     T("Tổ chức Ngày hội văn hóa - thể thao các ấp", "Phòng Văn hóa - Xã hội xã",
       ["Đoàn Thanh niên xã"], "2026-09-30")),
    ("Rà soát, cập nhật hộ nghèo, hộ cận nghèo cuối năm",
     [],
     "Phòng Văn hóa - Xã hội xã", "Ban nhân dân các ấp", "Tháng 11/2026",
     T("Rà soát, cập nhật hộ nghèo, hộ cận nghèo cuối năm", "Phòng Văn hóa - Xã hội xã",
       ["Ban nhân dân các ấp"], "2026-11-30")),
]  # fmt: skip


def numbered_cell(cell, num_id, ilvl=0, text=""):
    """The cell's first paragraph numbered by Word (its text `text`)."""
    p = cell.paragraphs[0]
    if text:
        p.add_run(text).font.size = Pt(12)
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def phuoc_long_docx():
    title = "Triển khai các nhiệm vụ phát triển kinh tế - xã hội gắn với xây dựng nông thôn mới năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC LONG", "Số: 30/KH-UBND"],
                  "Phước Long, ngày 25 tháng 02 năm 2026", title)  # fmt: skip
    a4(doc)
    set_numbering(
        doc,
        abstract(0, lvl(0, "upperRoman", "%1.")),
        abstract(1, lvl(0, "decimal", "%1")),
        abstract(2, lvl(0, "bullet", "-", left=200)),
        num(1, 0),
        num(2, 1),
        num(3, 2),
    )
    item(doc, "MỤC ĐÍCH, YÊU CẦU", 1, 0, bold=True)
    body_text(doc, "Xác định rõ nhiệm vụ, tiến độ và trách nhiệm của từng cơ quan, đơn "
              "vị trong năm 2026.")  # fmt: skip
    item(doc, "NHIỆM VỤ CỤ THỂ", 1, 0, bold=True)
    body_text(doc, "(Có bảng phân công nhiệm vụ kèm theo)")
    head_cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                  "Thời gian hoàn thành"]  # fmt: skip
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, text in enumerate(head_cells):
        fill(t.rows[0].cells[i], text, bold=True, center=True)
    for task, details, lead, partner, when, _ in PHUOC_LONG_ROWS:
        cells = t.add_row().cells
        numbered_cell(cells[0], 2)
        fill(cells[1], [(task, True)])
        for line in details:
            p = cells[1].add_paragraph()
            numbered = p.add_run(line)
            numbered.font.size = Pt(12)
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = 3
        fill(cells[2], lead)
        fill(cells[3], partner)
        fill(cells[4], when, center=True)
    fixed_widths(t, [1.2, 6.5, 3.2, 3.2, 2.4])
    item(doc, "TỔ CHỨC THỰC HIỆN", 1, 0, bold=True)
    body_text(doc, "Các cơ quan, đơn vị được giao chủ trì báo cáo kết quả thực hiện về "
              "UBND xã (qua Văn phòng) trước ngày 05 tháng cuối quý.")  # fmt: skip
    closing_beside(doc, ["- Đảng ủy xã;", "- Như bảng phân công;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đỗ Thanh Sơn"])  # fmt: skip
    head = commune_header("Phước Long", "30", "2026-02-25", title, "Đỗ Thanh Sơn", 3)
    return ("f40n-xa-phuoc-long-bang.docx", save(doc), "the tasks in a ruled table "
            "whose STT cells hold no text, only Word's automatic numbering '%1', the "
            "task cell's details an automatic '-' list; the sections automatic roman.",
            head, [r[-1] for r in PHUOC_LONG_ROWS])  # fmt: skip


# --- 6: a list style (w:numStyleLink), legal numbering "%1.%2." ---------------

DONG_THANH_STYLE = (
    '<w:style w:type="numbering" w:customStyle="1" w:styleId="DanhMucKeHoach">'
    '<w:name w:val="Danh muc ke hoach"/><w:uiPriority w:val="99"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
)

DONG_THANH_TASKS = [
    ("Hoàn thành chỉnh trang khuôn viên Trường Tiểu học Đông Thạnh đạt chuẩn quốc gia",
     ["Xây dựng thêm 04 phòng học chức năng;", "Cải tạo sân chơi, bãi tập."],
     ["Chủ trì: Phòng Văn hóa - Xã hội xã;", "Phối hợp: Trường Tiểu học Đông Thạnh;",
      "Thời gian thực hiện: trước 31/8/2026."],
     T("Hoàn thành chỉnh trang khuôn viên Trường Tiểu học Đông Thạnh đạt chuẩn quốc gia",
       "Phòng Văn hóa - Xã hội xã", ["Trường Tiểu học Đông Thạnh"], "2026-08-31")),
    ("Phát triển vùng trồng rau an toàn theo tiêu chuẩn VietGAP 25 ha",
     [],
     ["Chủ trì: Phòng Kinh tế xã;", "Phối hợp: Hội Nông dân xã; Hợp tác xã Đông Thạnh;",
      "Thời gian thực hiện: Quý IV/2026."],
     T("Phát triển vùng trồng rau an toàn theo tiêu chuẩn VietGAP 25 ha",
       "Phòng Kinh tế xã", ["Hội Nông dân xã", "Hợp tác xã Đông Thạnh"], "2026-12-31")),
    ("Nâng cao tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",
     ["Vận động hộ cận nghèo, hộ làm nông nghiệp có mức sống trung bình tham gia;",
      "Hỗ trợ mua thẻ cho học sinh có hoàn cảnh khó khăn."],
     ["Chủ trì: Bảo hiểm xã hội khu vực;", "Phối hợp: Trạm Y tế xã;",
      "Thời gian thực hiện: tháng 12/2026."],
     T("Nâng cao tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",
       "Bảo hiểm xã hội khu vực", ["Trạm Y tế xã"], "2026-12-31")),
]  # fmt: skip


def dong_thanh_docx():
    title = "Củng cố, nâng chất các tiêu chí nông thôn mới xã Đông Thạnh năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG THẠNH", "Số: 17/KH-UBND"],
                  "Đông Thạnh, ngày 09 tháng 3 năm 2026", title)  # fmt: skip
    a4(doc)
    add_styles(doc, DONG_THANH_STYLE)
    set_numbering(
        doc,
        # The list style's own definition …
        abstract(
            0,
            lvl(0, "upperRoman", "%1."),
            lvl(1, "decimal", "%1.%2.", left=360, legal=True),
            lvl(2, "lowerLetter", "%3)", left=720),
            lvl(3, "bullet", "+", left=1080),
            style_link="DanhMucKeHoach",
        ),
        # … and the abstract the paragraphs' list points at, which only
        # names the list style (Word: "Define New List Style").
        abstract(1, link="DanhMucKeHoach"),
        num(1, 0),
        num(2, 1),
    )
    item(doc, "MỤC ĐÍCH, YÊU CẦU", 2, 0, bold=True)
    item(doc, "Mục đích", 2, 1, bold=True)
    body_text(doc, "Giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao.")
    item(doc, "Yêu cầu", 2, 1, bold=True)
    body_text(doc, "Bám sát bộ tiêu chí giai đoạn 2026 - 2030, triển khai đồng bộ.")
    item(doc, "CHỈ TIÊU", 2, 0, bold=True)
    item(doc, "Tỷ lệ trường học đạt chuẩn cơ sở vật chất mức độ 1 đạt 100%.", 2, 1)
    item(doc, "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.", 2, 1)
    item(doc, "NHIỆM VỤ VÀ GIẢI PHÁP", 2, 0, bold=True)
    for task, details, fields, _ in DONG_THANH_TASKS:
        item(doc, task, 2, 1, bold=True)
        for line in details:
            item(doc, line, 2, 2)
        for line in fields:
            item(doc, line, 2, 3)
    item(doc, "KINH PHÍ", 2, 0, bold=True)
    body_text(doc, "Ngân sách xã bố trí 2,1 tỷ đồng, còn lại huy động xã hội hóa.")
    item(doc, "TỔ CHỨC THỰC HIỆN", 2, 0, bold=True)
    item(doc, "Phòng Kinh tế xã: tham mưu UBND xã kiểm tra, đánh giá kết quả thực hiện.",
         2, 1)  # fmt: skip
    item(doc, "Các cơ quan, đơn vị: báo cáo kết quả định kỳ 6 tháng, năm.", 2, 1)
    closing_beside(doc, ["- Đảng ủy xã;", "- TT HĐND xã;", "- Lưu: VT, KT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Võ Thị Kim Ngân"])  # fmt: skip
    head = commune_header("Đông Thạnh", "17", "2026-03-09", title, "Võ Thị Kim Ngân", 3)
    return ("f40n-xa-dong-thanh-kieu-danh-sach.docx", save(doc), "a list style "
            "('Define New List Style'): the paragraphs' abstract only names the style "
            "(w:numStyleLink), whose w:num leads to the abstract with the levels; the "
            "tasks' level legal '%1.%2.' (w:isLgl: 'III.' above them reads '3.1.'), "
            "details '%3)', bullets '+'.", head, [t for *_, t in DONG_THANH_TASKS])  # fmt: skip


def tan_phu_doc_file():
    doc, head, tasks = tan_phu_doc()
    data = libreoffice(save(doc), "doc:MS Word 97", ".doc")
    return ("f40n-xa-tan-phu-word97.doc", data, "the first plan saved by LibreOffice "
            "as Word 97 .doc (read back through a .docx conversion).", head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    makers = [tan_phu_docx, hoa_binh_docx, vinh_thanh_docx, my_an_docx,
              phuoc_long_docx, dong_thanh_docx, tan_phu_odt, tan_phu_doc_file]  # fmt: skip
    for make in makers:
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
