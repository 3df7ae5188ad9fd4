"""Writes round 40's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round40.py

Round 40 is the lead's sixteenth BLIND hold-out (07/12/2026): ten plans by
a helper who read neither the importer, its corpus (but for the writing
helpers expected.py and word_writer.py and make_files.py's converters), its
docs nor the seeds, asked for layouts earlier rounds lacked (Word's
automatic list numbering, tasks assigned by cross-reference in a later
section, an .rtf file, one "Phân công thực hiện" cell, a long PDF table
with its header row repeated on each page, a Party plan of "Một là, …"
groups, a two-sheet workbook, a draft with tracked changes and comments, a
joint plan of two bodies with vague deadlines, a ward's plan under time
headings). Measured untouched on main c731870: tasks 78.9/84.3, leads
83.9/82.0, coordinating 69.4/59.2, officials 90.9/76.9, deadlines
82.6/79.8, starts 100/68.8, header 99.2/96.9. No expected result was
changed; the lead renamed one key of plan 09's joint signer ("issuer" to
the corpus's "agency"), which his brief had named wrongly.

Word files are written with python-docx and raw WordprocessingML; .doc,
.odt, .rtf and the .pdf are LibreOffice's saves of those; .xlsx is
openpyxl's."""

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
import word_writer as ww  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

OUT = HERE / "round40"
PROFILE = "file:///tmp/round40_lo_profile"


def soffice(data: bytes, src_ext: str, target: str) -> bytes:
    """`data` (a file ending `src_ext`) converted by LibreOffice to `target`."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"in{src_ext}"
        src.write_bytes(data)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={PROFILE}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(Path(tmp) / "out"),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        ext = target.split(":")[0]
        return (Path(tmp) / "out" / f"in.{ext}").read_bytes()


def P(doc, text, *, bold=False, italic=False, center=False, indent=1.0, justify=True):
    p = ww.para(
        doc,
        text,
        bold=bold,
        italic=italic,
        center=center,
        indent=None if center else indent,
    )
    if justify and not center:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p


def heading(doc, text):
    return P(doc, text, bold=True)


def top(doc, left, right_date, *, number_line=None, widths=(6.5, 9.5), size=12):
    """Issuer block (left, with the number) beside the motto and the date."""
    left = list(left) + ([number_line] if number_line else [])
    right = [*ww.MOTTO, right_date]
    t = ww.side_by_side(doc, left, right)
    for c in t.rows[0].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.size = Pt(size)
    for p in t.cell(0, 0).paragraphs[:-1]:
        for r in p.runs:
            r.bold = True
    for p in t.cell(0, 1).paragraphs[:2]:
        for r in p.runs:
            r.bold = True
    t.cell(0, 1).paragraphs[-1].runs[0].italic = True
    ww.fixed_widths(t, list(widths))
    return t


def title(doc, lines):
    P(doc, "KẾ HOẠCH", bold=True, center=True)
    for line in lines:
        P(doc, line, bold=True, center=True)
    P(doc, "_______________", center=True)


def closing(doc, recipients, signature):
    t = ww.side_by_side(doc, ["Nơi nhận:", *recipients], signature, centre_left=False)
    ww.fixed_widths(t, [7.5, 8.5])
    cl = t.cell(0, 0).paragraphs
    cl[0].runs[0].bold = cl[0].runs[0].italic = True
    for p in cl[1:]:
        for r in p.runs:
            r.font.size = Pt(11)
    for p in t.cell(0, 1).paragraphs:
        for r in p.runs:
            r.bold = p.text.isupper() or p.text == signature[-1]
    return t


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    ww.a4(doc)
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.comments = "Admin", "Văn phòng", ""
    cp.created = cp.modified = dt.datetime(2026, 1, 15, 8, 30)  # noqa: DTZ001 (Word stores local time)
    return doc


def task_rows_table(doc, head, rows, widths, size=12, repeat=True):
    """A ruled table; each row a list of cells, a cell a string or a list of
    paragraphs; a row given as ("GROUP", "I", text) is a group row in bold."""
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        ww.fill(t.rows[0].cells[i], h, size=size, bold=True, center=True)
    if repeat:
        ww.repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            ww.fill(cells[0], row[1], size=size, bold=True, center=True)
            merged = cells[1].merge(cells[-1])
            ww.fill(merged, row[2], size=size, bold=True)
            continue
        for i, value in enumerate(row):
            ww.fill(cells[i], value, size=size, center=(i == 0))
    ww.fixed_widths(t, widths)
    return t


def done(name, data, comment, header, tasks):
    expected.write(OUT, name, data, comment, header, tasks)
    print("wrote", name, len(tasks), "tasks")


def T(title, lead="", coordinating=(), deadline="", start="", official=""):
    d = {
        "title": title,
        "lead": lead,
        "coordinating": list(coordinating),
        "deadline": deadline,
    }
    if start:
        d["start"] = start
    if official:
        d["official"] = official
    return d


# ---------------------------------------------------------------------------
# 01  Word automatic multilevel numbering (numbering.xml, w:numPr)
# ---------------------------------------------------------------------------

NUM_ID = 90


def add_multilevel(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
        )
    )


def numbered(doc, level, text, bold=None):
    p = P(doc, text, bold=level < 2 if bold is None else bold, indent=None)
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = NUM_ID
    return p


def plan01():
    doc = new_doc()
    add_multilevel(doc)
    top(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ YÊN MINH", "______"],
        "Yên Minh, ngày 10 tháng 3 năm 2026",
        number_line="Số: 52/KH-UBND",
    )
    title(
        doc,
        [
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
            "trên địa bàn xã Yên Minh năm 2026",
        ],
    )
    for b in [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh Tuyên Quang về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;",
        "Thực hiện Nghị quyết số 08/NQ-HĐND ngày 05/01/2026 của Hội đồng nhân dân xã Yên Minh về nhiệm vụ phát triển kinh tế - xã hội năm 2026,",
    ]:
        P(doc, b, italic=True)
    P(
        doc,
        "Ủy ban nhân dân xã Yên Minh ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 như sau:",
    )
    numbered(doc, 0, "MỤC ĐÍCH, YÊU CẦU")
    numbered(doc, 1, "Mục đích")
    P(
        doc,
        "Huy động sự vào cuộc của cả hệ thống chính trị và Nhân dân các dân tộc trong xã, duy trì và nâng cao chất lượng 19 tiêu chí xã đạt chuẩn nông thôn mới sau sắp xếp đơn vị hành chính; từng bước xây dựng thôn Lũng Hồ, thôn Sủng Thài đạt chuẩn thôn nông thôn mới kiểu mẫu.",
    )
    numbered(doc, 1, "Yêu cầu")
    P(
        doc,
        "Xác định rõ nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian hoàn thành; các phòng, đơn vị bám sát kế hoạch, kịp thời tham mưu tháo gỡ khó khăn trong quá trình thực hiện.",
    )
    numbered(doc, 0, "MỤC TIÊU")
    numbered(doc, 1, "Mục tiêu chung")
    P(
        doc,
        "Nâng cao đời sống vật chất, tinh thần của người dân vùng đồng bào dân tộc thiểu số; giảm tỷ lệ hộ nghèo đa chiều; giữ gìn bản sắc văn hóa các dân tộc Mông, Dao, Tày, Giáy.",
    )
    numbered(doc, 1, "Chỉ tiêu cụ thể")
    for line in [
        "- Thu nhập bình quân đầu người đạt 42 triệu đồng/người/năm;",
        "- Tỷ lệ hộ nghèo đa chiều giảm 4,5% so với đầu năm;",
        "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%;",
        "- Cứng hóa thêm 6,5 km đường trục thôn, liên thôn.",
    ]:
        P(doc, line)
    numbered(doc, 0, "NHIỆM VỤ, GIẢI PHÁP")

    numbered(
        doc,
        1,
        "Đẩy mạnh công tác tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới",
    )
    numbered(
        doc,
        2,
        "Đổi mới nội dung, hình thức tuyên truyền bằng tiếng phổ thông và tiếng Mông trên hệ thống loa truyền thanh của các thôn;",
    )
    numbered(
        doc,
        2,
        "Biểu dương, khen thưởng kịp thời các tập thể, cá nhân điển hình trong phong trào hiến đất, góp công làm đường.",
    )
    P(doc, "- Cơ quan chủ trì: Phòng Văn hóa - Xã hội.")
    P(
        doc,
        "- Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội xã.",
    )
    P(doc, "- Thời gian thực hiện: Thường xuyên.")

    numbered(doc, 1, "Phát triển sản xuất hàng hóa, nâng cao thu nhập cho người dân")
    numbered(
        doc,
        2,
        "Mở rộng diện tích chè Shan tuyết, cây dược liệu dưới tán rừng thêm 35 ha;",
    )
    numbered(
        doc,
        2,
        'Hỗ trợ Hợp tác xã Nông lâm nghiệp Yên Minh hoàn thiện hồ sơ sản phẩm OCOP "Mật ong bạc hà Yên Minh".',
    )
    P(doc, "- Cơ quan chủ trì: Phòng Kinh tế.")
    P(doc, "- Cơ quan phối hợp: Hội Nông dân xã, Hợp tác xã Nông lâm nghiệp Yên Minh.")
    P(doc, "- Thời gian hoàn thành: Quý III/2026.")

    numbered(doc, 1, "Hoàn thiện hạ tầng giao thông nông thôn")
    P(
        doc,
        "Phòng Kinh tế chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu vực Yên Minh và Ban phát triển các thôn tổ chức cứng hóa 6,5 km đường trục thôn theo cơ chế Nhà nước và Nhân dân cùng làm, hoàn thành trước ngày 30/11/2026.",
    )

    numbered(
        doc, 1, "Nâng cao chất lượng giáo dục, duy trì trường học đạt chuẩn quốc gia"
    )
    numbered(
        doc,
        2,
        "Duy trì kết quả phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức độ 3;",
    )
    numbered(
        doc,
        2,
        "Vận động học sinh đi học chuyên cần, không để học sinh bỏ học giữa chừng.",
    )
    P(doc, "- Cơ quan chủ trì: Phòng Văn hóa - Xã hội.")
    P(doc, "- Cơ quan phối hợp: các trường học trên địa bàn xã.")
    P(doc, "- Thời gian hoàn thành: tháng 8/2026.")

    numbered(doc, 1, "Nâng cao tỷ lệ người dân tham gia bảo hiểm y tế")
    P(
        doc,
        "Trạm Y tế xã chủ trì, phối hợp với Bảo hiểm xã hội cơ sở Yên Minh và Phòng Văn hóa - Xã hội rà soát, vận động người dân tham gia bảo hiểm y tế; hoàn thành trước ngày 15/12/2026.",
    )

    numbered(doc, 1, "Thu gom, xử lý rác thải sinh hoạt và cải tạo cảnh quan nông thôn")
    numbered(doc, 2, "Mỗi thôn bố trí ít nhất 01 điểm tập kết rác thải đúng quy định;")
    numbered(
        doc,
        2,
        "Trồng hoa, cây xanh trên các tuyến đường trục thôn, đường ra khu sản xuất.",
    )
    P(doc, "- Cơ quan chủ trì: Phòng Kinh tế.")
    P(
        doc,
        "- Cơ quan phối hợp: Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã.",
    )
    P(doc, "- Thời gian thực hiện: từ tháng 4 đến tháng 10/2026.")

    numbered(
        doc, 1, "Giữ vững an ninh chính trị, trật tự an toàn xã hội khu vực biên giới"
    )
    P(doc, "- Cơ quan chủ trì: Công an xã.")
    P(doc, "- Cơ quan phối hợp: Ban Chỉ huy quân sự xã, Đồn Biên phòng Bạch Đích.")
    P(doc, "- Thời gian thực hiện: Thường xuyên.")

    numbered(doc, 0, "KINH PHÍ THỰC HIỆN")
    P(
        doc,
        "Kinh phí thực hiện Kế hoạch từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 được phân bổ cho xã, ngân sách xã, vốn lồng ghép và huy động hợp pháp khác.",
    )
    numbered(doc, 0, "TỔ CHỨC THỰC HIỆN")
    numbered(doc, 1, "Phòng Kinh tế", bold=False)
    P(
        doc,
        "Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/12/2026.",
    )
    numbered(doc, 1, "Các phòng, đơn vị thuộc Ủy ban nhân dân xã", bold=False)
    P(
        doc,
        "Căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; định kỳ hằng quý báo cáo kết quả về Phòng Kinh tế để tổng hợp.",
    )
    numbered(doc, 1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã", bold=False)
    P(
        doc,
        "Tăng cường giám sát việc thực hiện Kế hoạch và việc sử dụng kinh phí đóng góp của Nhân dân.",
    )
    P(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân xã (qua Phòng Kinh tế) để xem xét, giải quyết./.",
    )
    closing(
        doc,
        [
            "- UBND tỉnh Tuyên Quang (b/c);",
            "- Sở Nông nghiệp và Môi trường;",
            "- TT Đảng ủy, TT HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- Các phòng, đơn vị thuộc UBND xã;",
            "- Trưởng các thôn;",
            "- Lưu: VT, KT.",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Sùng Mí Chá",
        ],
    )
    header = {
        "number": "52",
        "symbol": "KH-UBND",
        "place": "Yên Minh",
        "date": "2026-03-10",
        "title": "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã Yên Minh năm 2026",
        "issuer": "ỦY BAN NHÂN DÂN XÃ YÊN MINH",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Sùng Mí Chá",
        "bases": ["Luật ngày 16/6/2025", "263/QĐ-TTg", "45/KH-UBND", "08/NQ-HĐND"],
        "recipients": 7,
    }
    tasks = [
        T(
            "Đẩy mạnh công tác tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới",
            "Phòng Văn hóa - Xã hội",
            [
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                "các tổ chức chính trị - xã hội xã",
            ],
            "2026-12-31",
        ),
        T(
            "Phát triển sản xuất hàng hóa, nâng cao thu nhập cho người dân",
            "Phòng Kinh tế",
            ["Hội Nông dân xã", "Hợp tác xã Nông lâm nghiệp Yên Minh"],
            "2026-09-30",
        ),
        T(
            "Hoàn thiện hạ tầng giao thông nông thôn",
            "Phòng Kinh tế",
            [
                "Ban Quản lý dự án đầu tư xây dựng khu vực Yên Minh",
                "Ban phát triển các thôn",
            ],
            "2026-11-30",
        ),
        T(
            "Nâng cao chất lượng giáo dục, duy trì trường học đạt chuẩn quốc gia",
            "Phòng Văn hóa - Xã hội",
            ["các trường học trên địa bàn xã"],
            "2026-08-31",
        ),
        T(
            "Nâng cao tỷ lệ người dân tham gia bảo hiểm y tế",
            "Trạm Y tế xã",
            ["Bảo hiểm xã hội cơ sở Yên Minh", "Phòng Văn hóa - Xã hội"],
            "2026-12-15",
        ),
        T(
            "Thu gom, xử lý rác thải sinh hoạt và cải tạo cảnh quan nông thôn",
            "Phòng Kinh tế",
            ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã"],
            "2026-10-31",
            start="2026-04-01",
        ),
        T(
            "Giữ vững an ninh chính trị, trật tự an toàn xã hội khu vực biên giới",
            "Công an xã",
            ["Ban Chỉ huy quân sự xã", "Đồn Biên phòng Bạch Đích"],
            "2026-12-31",
        ),
    ]
    comment = """Round 40 plan 01 - commune People's Committee (Tuyên Quang after the Tuyên Quang + Hà Giang merger), .docx.
First idea: a commune NTM plan with typed headings "I.", "1.", "a)" and "- Chủ trì/Phối hợp/Thời gian" lines under each task.
Written layout: the same outline but every I./1./a) comes from Word's automatic multilevel list (numbering.xml abstractNum 90:
upperRoman "%1.", decimal "%2.", lowerLetter "%3)"; w:numPr on the paragraphs); no paragraph text holds its number.
The "- Cơ quan chủ trì / phối hợp / Thời gian" lines are typed dashes (no numbering).
Judgements: tasks are the level-2 items (auto "1."-"7.") of section III "NHIỆM VỤ, GIẢI PHÁP" only; their a)/b) sub-items are
details of the task, not tasks. Level-2 items in I (Mục đích/Yêu cầu), II (Mục tiêu chung/Chỉ tiêu cụ thể) and V (Tổ chức thực
hiện: follow-up, reporting, supervision) are not tasks. Tasks 3 and 5 give lead/partners/deadline in one sentence after the
heading; the title is the numbered heading. "Thường xuyên" -> 2026-12-31 (plan year 2026). "Quý III/2026" -> 2026-09-30.
"từ tháng 4 đến tháng 10/2026" -> start 2026-04-01, deadline 2026-10-31. "các tổ chức chính trị - xã hội xã" is one unit.
Base "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025" has no number -> "Luật ngày 16/6/2025".
Signer block TM./KT./PHÓ CHỦ TỊCH. Recipients: 7 lines."""
    done("01_xa_yen_minh_auto_numbering.docx", ww.save(doc), comment, header, tasks)


# ---------------------------------------------------------------------------
# 02  Tasks without leads; assignment by cross-reference in section III
# ---------------------------------------------------------------------------


def plan02():
    doc = new_doc()
    top(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ EA KAR", "______"],
        "Ea Kar, ngày 08 tháng 4 năm 2026",
        number_line="Số: 87/KH-UBND",
    )
    title(
        doc,
        [
            "Thực hiện các tiêu chí Y tế, Môi trường và An toàn thực phẩm",
            "trong xây dựng xã nông thôn mới nâng cao năm 2026",
        ],
    )
    for b in [
        "Căn cứ Quyết định số 211/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ sửa đổi, bổ sung Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025;",
        "Thực hiện Kế hoạch số 1120/KH-UBND ngày 18/3/2026 của Ủy ban nhân dân tỉnh Đắk Lắk về duy trì, nâng cao chất lượng các tiêu chí nông thôn mới năm 2026;",
        "Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân xã Ea Kar ban hành Kế hoạch như sau:",
    ]:
        P(doc, b, italic=b.startswith("Căn cứ Q") or b.startswith("Thực hiện"))
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    P(
        doc,
        "1. Hoàn thiện các chỉ tiêu còn thiếu của tiêu chí số 15 (Y tế), tiêu chí số 17 (Môi trường) và chỉ tiêu an toàn thực phẩm theo Bộ tiêu chí xã nông thôn mới nâng cao.",
    )
    P(
        doc,
        "2. Phân công cụ thể, gắn trách nhiệm của từng phòng, đơn vị với từng nhiệm vụ; phấn đấu xã được công nhận đạt chuẩn nông thôn mới nâng cao trong năm 2026.",
    )
    heading(doc, "II. NHIỆM VỤ")
    items = [
        "Rà soát, đánh giá thực trạng các chỉ tiêu thuộc tiêu chí Y tế, Môi trường và An toàn thực phẩm; xây dựng lộ trình hoàn thiện từng chỉ tiêu. Thời gian hoàn thành: tháng 5/2026.",
        "Tuyên truyền, vận động Nhân dân tham gia bảo hiểm y tế, phân loại rác thải tại nguồn và bảo đảm an toàn thực phẩm trong sinh hoạt hằng ngày. Thời gian: thường xuyên.",
        "Xây dựng 02 mô hình thu gom, phân loại rác thải tại nguồn tại buôn Ea Tân và thôn 4; nhân rộng ra các thôn, buôn. Thời gian: từ tháng 5 đến tháng 9/2026.",
        "Nâng cao chất lượng khám, chữa bệnh ban đầu và quản lý hồ sơ sức khỏe điện tử của người dân. Thời gian hoàn thành: Quý IV/2026.",
        "Hướng dẫn các cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ ký cam kết bảo đảm an toàn thực phẩm. Thời gian hoàn thành: trước ngày 30/6/2026.",
        "Tu sửa, nâng cấp nghĩa trang nhân dân xã theo quy hoạch được duyệt. Thời gian hoàn thành: Quý III/2026.",
        "Trồng cây xanh trên các tuyến đường trục xã, trục thôn, buôn. Thời gian thực hiện: trong tháng 7/2026.",
    ]
    for i, it in enumerate(items, 1):
        P(doc, f"{i}. {it}")
    heading(doc, "III. PHÂN CÔNG THỰC HIỆN")
    for line in [
        "1. Phòng Kinh tế: chủ trì thực hiện các nhiệm vụ tại điểm 1, 3 và 6 mục II; phối hợp thực hiện nhiệm vụ tại điểm 5 và 7 mục II. Là cơ quan thường trực, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân xã trước ngày 05/12/2026.",
        "2. Trạm Y tế xã: chủ trì thực hiện nhiệm vụ tại điểm 4 và 5 mục II; phối hợp thực hiện nhiệm vụ tại điểm 1 mục II.",
        "3. Phòng Văn hóa - Xã hội: chủ trì nhiệm vụ tại điểm 2 mục II; phối hợp với Phòng Kinh tế, Trạm Y tế xã thực hiện các nhiệm vụ tại điểm 1 và 4 mục II.",
        "4. Công an xã: phối hợp với Trạm Y tế xã thực hiện nhiệm vụ tại điểm 5 mục II.",
        "5. Văn phòng HĐND và UBND xã: bố trí kinh phí, theo dõi, đôn đốc tiến độ và tham mưu Ủy ban nhân dân xã sơ kết 6 tháng.",
        "6. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã: chủ trì nhiệm vụ tại điểm 7 mục II; phối hợp thực hiện các nhiệm vụ tại điểm 2 và 3 mục II.",
        "7. Đề nghị Hội Liên hiệp Phụ nữ xã: phối hợp thực hiện các nhiệm vụ tại điểm 2, 3 và 5 mục II.",
        "8. Trưởng các thôn, buôn: phối hợp thực hiện các nhiệm vụ tại điểm 2, 3 và 7 mục II trên địa bàn quản lý.",
    ]:
        P(doc, line)
    heading(doc, "IV. KINH PHÍ")
    P(
        doc,
        "Từ nguồn ngân sách xã năm 2026, nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và nguồn xã hội hóa.",
    )
    P(
        doc,
        "Trên đây là Kế hoạch thực hiện các tiêu chí Y tế, Môi trường và An toàn thực phẩm năm 2026 của Ủy ban nhân dân xã Ea Kar. Yêu cầu các phòng, đơn vị nghiêm túc triển khai thực hiện./.",
    )
    closing(
        doc,
        [
            "- UBND tỉnh Đắk Lắk (b/c);",
            "- Văn phòng Điều phối NTM tỉnh;",
            "- TT Đảng ủy, HĐND xã;",
            "- CT, PCT UBND xã;",
            "- UBMTTQ Việt Nam xã;",
            "- Như mục III;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Y Khoa Niê"],
    )
    header = {
        "number": "87",
        "symbol": "KH-UBND",
        "place": "Ea Kar",
        "date": "2026-04-08",
        "title": "Thực hiện các tiêu chí Y tế, Môi trường và An toàn thực phẩm trong xây dựng xã nông thôn mới nâng cao năm 2026",
        "issuer": "ỦY BAN NHÂN DÂN XÃ EA KAR",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Y Khoa Niê",
        "bases": ["211/QĐ-TTg", "1120/KH-UBND"],
        "recipients": 7,
    }
    PKT, TYT, VHXH, CA = (
        "Phòng Kinh tế",
        "Trạm Y tế xã",
        "Phòng Văn hóa - Xã hội",
        "Công an xã",
    )
    DTN, PN, THON = (
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
        "Hội Liên hiệp Phụ nữ xã",
        "Trưởng các thôn, buôn",
    )
    titles = [it.split(". Thời gian")[0] for it in items]
    tasks = [
        T(titles[0], PKT, [TYT, VHXH], "2026-05-31"),
        T(titles[1], VHXH, [DTN, PN, THON], "2026-12-31"),
        T(titles[2], PKT, [DTN, PN, THON], "2026-09-30", start="2026-05-01"),
        T(titles[3], TYT, [VHXH], "2026-12-31"),
        T(titles[4], TYT, [PKT, CA, PN], "2026-06-30"),
        T(titles[5], PKT, [], "2026-09-30"),
        T(titles[6], DTN, [PKT, THON], "2026-07-31"),
    ]
    comment = """Round 40 plan 02 - commune People's Committee (Đắk Lắk), .docx.
First idea: a short commune plan whose task list carries "(Phòng X chủ trì)" after each item.
Written layout: section "II. NHIỆM VỤ" lists 7 numbered tasks with only their time ("Thời gian hoàn thành: ..."); section
"III. PHÂN CÔNG THỰC HIỆN" assigns by reference ("chủ trì ... các nhiệm vụ tại điểm 1, 3 và 6 mục II; phối hợp ... điểm 5 và 7").
Expected leads and partners come only from that cross-reference. Partners are listed per task in the order the
assignment paragraphs name them (III.1 .. III.8).
Judgements: titles are the task sentences of II without the "Thời gian..." clause (task 1 keeps its "; xây dựng lộ trình..."
part, task 3 its "; nhân rộng ..." part, as one work). "Đề nghị" is not part of a body's name. III.5 (Văn phòng HĐND và UBND:
funds, follow-up, sơ kết) and the reporting duty in III.1 are not tasks and give no partner. "Trưởng các thôn, buôn" is one unit.
III.3 "phối hợp với Phòng Kinh tế, Trạm Y tế xã thực hiện ... điểm 1 và 4": the unit that coordinates is Phòng Văn hóa - Xã hội;
the bodies after "với" are the leads of those tasks, so they are not added again as partners of tasks 1 and 4.
III.4 likewise: Công an xã is a partner of task 5. "thường xuyên" -> 2026-12-31; "Quý IV/2026" -> 2026-12-31;
"từ tháng 5 đến tháng 9/2026" -> start 2026-05-01, deadline 2026-09-30; "trong tháng 7/2026" -> 2026-07-31.
Recipients: 7 lines (incl. "Như mục III")."""
    done("02_xa_ea_kar_phan_cong_tham_chieu.docx", ww.save(doc), comment, header, tasks)


# ---------------------------------------------------------------------------
# 03  District plan with a task table, saved as RTF by LibreOffice
# ---------------------------------------------------------------------------


def plan03():
    doc = new_doc()
    top(
        doc,
        ["ỦY BAN NHÂN DÂN", "HUYỆN NA RÌ", "______"],
        "Na Rì, ngày 18 tháng 02 năm 2025",
        number_line="Số: 35/KH-UBND",
    )
    title(
        doc,
        [
            "Triển khai Chương trình Mỗi xã một sản phẩm (OCOP)",
            "trên địa bàn huyện Na Rì năm 2025",
        ],
    )
    for b in [
        "Căn cứ Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025;",
        "Căn cứ Kế hoạch số 74/KH-UBND ngày 24/01/2025 của Ủy ban nhân dân tỉnh Bắc Kạn về thực hiện Chương trình OCOP tỉnh Bắc Kạn năm 2025;",
        "Căn cứ Nghị quyết số 97/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân dân huyện về kế hoạch phát triển kinh tế - xã hội năm 2025,",
    ]:
        P(doc, b, italic=True)
    P(
        doc,
        "Ủy ban nhân dân huyện Na Rì ban hành Kế hoạch triển khai Chương trình Mỗi xã một sản phẩm (OCOP) năm 2025 với các nội dung sau:",
    )
    heading(doc, "I. MỤC TIÊU")
    P(
        doc,
        "- Có thêm ít nhất 05 sản phẩm được đánh giá, phân hạng đạt từ 3 sao trở lên; nâng hạng 01 sản phẩm lên 4 sao.",
    )
    P(
        doc,
        "- 100% chủ thể OCOP được tập huấn về quản trị, truy xuất nguồn gốc và thương mại điện tử.",
    )
    heading(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN")
    P(doc, "(Chi tiết tại bảng dưới đây)", italic=True, center=True)
    NN = "Phòng Nông nghiệp và Phát triển nông thôn"
    rows = [
        ("GROUP", "I", "Công tác tuyên truyền, đào tạo"),
        [
            "1",
            "Tuyên truyền về Chương trình OCOP trên Trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở",
            "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
            [NN, "UBND các xã, thị trấn"],
            "Thường xuyên",
        ],
        [
            "2",
            "Tổ chức 02 lớp tập huấn nâng cao năng lực cho các chủ thể OCOP",
            NN,
            ["Văn phòng Điều phối nông thôn mới huyện"],
            "Quý II/2025",
        ],
        ("GROUP", "II", "Phát triển sản phẩm"),
        [
            "3",
            "Hỗ trợ chủ thể hoàn thiện hồ sơ đánh giá, phân hạng các sản phẩm miến dong, bánh gio, trà hoa vàng",
            NN,
            ["UBND các xã Côn Minh, Kim Hỷ, Văn Lang"],
            "Trước 30/6/2025",
        ],
        [
            "4",
            "Xây dựng vùng nguyên liệu dong riềng tập trung 120 ha gắn với chuỗi liên kết",
            "Trung tâm Dịch vụ nông nghiệp huyện",
            ["Hội Nông dân huyện", "UBND các xã"],
            "Tháng 3 - tháng 9/2025",
        ],
        [
            "5",
            'Nâng hạng sản phẩm "Miến dong Côn Minh" từ 3 sao lên 4 sao',
            NN,
            ["Hợp tác xã Miến dong Côn Minh"],
            "Quý IV/2025",
        ],
        ("GROUP", "III", "Xúc tiến thương mại, hạ tầng"),
        [
            "6",
            "Tổ chức gian hàng giới thiệu sản phẩm OCOP tại Lễ hội Lồng tồng huyện",
            "Phòng Văn hóa và Thông tin",
            ["Phòng Kinh tế và Hạ tầng", "Ban tổ chức lễ hội"],
            "Tháng 02/2025",
        ],
        [
            "7",
            "Đưa sản phẩm OCOP lên sàn thương mại điện tử Postmart, Voso",
            "Phòng Kinh tế và Hạ tầng",
            ["Bưu điện huyện Na Rì", "Viettel Na Rì"],
            "15/10/2025",
        ],
        [
            "8",
            "Bố trí kinh phí hỗ trợ chủ thể OCOP theo Nghị quyết của HĐND tỉnh",
            "Phòng Tài chính - Kế hoạch",
            [NN],
            "Năm 2025",
        ],
        [
            "9",
            "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chương trình OCOP",
            NN,
            ["Các cơ quan, đơn vị liên quan"],
            "Trước 10/12/2025",
        ],
    ]
    rows = [r if r[0] == "GROUP" else [r[0], r[1], r[2], r[3], r[4]] for r in rows]
    task_rows_table(
        doc,
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
        ],
        rows,
        [1.2, 5.6, 3.2, 3.6, 2.4],
    )
    heading(doc, "III. KINH PHÍ")
    P(
        doc,
        "Nguồn ngân sách tỉnh hỗ trợ Chương trình OCOP, ngân sách huyện năm 2025 và vốn đối ứng của các chủ thể.",
    )
    heading(doc, "IV. TỔ CHỨC THỰC HIỆN")
    P(
        doc,
        "Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai; định kỳ trước ngày 20 hằng quý báo cáo kết quả về Phòng Nông nghiệp và Phát triển nông thôn để tổng hợp, báo cáo Ủy ban nhân dân huyện./.",
    )
    closing(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Sở Nông nghiệp và PTNT;",
            "- TT Huyện ủy, TT HĐND huyện;",
            "- CT, các PCT UBND huyện;",
            "- Các cơ quan, đơn vị tại bảng;",
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
            "Lương Thị Thu Hà",
        ],
    )
    header = {
        "number": "35",
        "symbol": "KH-UBND",
        "place": "Na Rì",
        "date": "2025-02-18",
        "title": "Triển khai Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn huyện Na Rì năm 2025",
        "issuer": "ỦY BAN NHÂN DÂN HUYỆN NA RÌ",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Lương Thị Thu Hà",
        "bases": ["919/QĐ-TTg", "74/KH-UBND", "97/NQ-HĐND"],
        "recipients": 7,
    }
    dl = {
        "Thường xuyên": ("2025-12-31", ""),
        "Quý II/2025": ("2025-06-30", ""),
        "Trước 30/6/2025": ("2025-06-30", ""),
        "Tháng 3 - tháng 9/2025": ("2025-09-30", "2025-03-01"),
        "Quý IV/2025": ("2025-12-31", ""),
        "Tháng 02/2025": ("2025-02-28", ""),
        "15/10/2025": ("2025-10-15", ""),
        "Năm 2025": ("2025-12-31", ""),
    }
    tasks = [
        T(r[1], r[2], r[3], *dl[r[4]]) for r in rows if r[0] != "GROUP" and r[0] != "9"
    ]
    comment = """Round 40 plan 03 - district People's Committee before 7/2025 (Na Rì, Bắc Kạn), .rtf.
First idea: a district OCOP plan in Word with a 5-column ruled task table (STT, nội dung, chủ trì, phối hợp, thời gian).
Written layout: that plan built as .docx and saved by LibreOffice as Rich Text Format (soffice --convert-to rtf): header
table, bases, targets, then the task table with group rows I/II/III (merged across the content columns, not tasks) and
multi-paragraph partner cells, header row marked to repeat.
Judgements: row 9 ("Theo dõi, tổng hợp, báo cáo kết quả ...") is reporting -> not a task; 8 tasks. Partners as written, each
paragraph of the cell one unit: "UBND các xã, thị trấn", "UBND các xã Côn Minh, Kim Hỷ, Văn Lang" (one unit), "UBND các xã".
Deadlines: "Thường xuyên"/"Năm 2025" -> 2025-12-31; "Quý II/2025" -> 2025-06-30; "Trước 30/6/2025" -> 2025-06-30;
"Tháng 3 - tháng 9/2025" -> start 2025-03-01, deadline 2025-09-30; "Tháng 02/2025" -> 2025-02-28 (Lồng tồng festival; the
plan is dated 18/02/2025); "15/10/2025" -> 2025-10-15. Issuer written in two lines "ỦY BAN NHÂN DÂN / HUYỆN NA RÌ".
Recipients: 7 lines."""
    docx_bytes = ww.save(doc)
    done(
        "03_huyen_na_ri_ocop_bang.rtf",
        soffice(docx_bytes, ".docx", "rtf"),
        comment,
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 04  One "Phân công thực hiện" column: "Chủ trì: X; Phối hợp: Y, Z"
# ---------------------------------------------------------------------------


def plan04():
    doc = new_doc()
    top(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ CON CUÔNG", "______"],
        "Con Cuông, ngày 25 tháng 3 năm 2026",
        number_line="Số: 64/KH-UBND",
    )
    title(
        doc,
        [
            "Phát triển du lịch cộng đồng gắn với nâng cao chất lượng tiêu chí",
            "Văn hóa trong xây dựng nông thôn mới xã Con Cuông năm 2026",
        ],
    )
    for b in [
        "Căn cứ Quyết định số 922/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch nông thôn trong xây dựng nông thôn mới giai đoạn 2021 - 2025;",
        "Thực hiện Kế hoạch số 230/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Nghệ An về phát triển du lịch cộng đồng năm 2026;",
    ]:
        P(doc, b, italic=True)
    P(
        doc,
        "Ủy ban nhân dân xã Con Cuông xây dựng Kế hoạch phát triển du lịch cộng đồng năm 2026, cụ thể như sau:",
    )
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    P(
        doc,
        "- Khai thác tiềm năng văn hóa của đồng bào Thái, Đan Lai và cảnh quan Vườn quốc gia Pù Mát; tạo việc làm, tăng thu nhập cho người dân các bản vùng đệm.",
    )
    P(
        doc,
        "- Phân công rõ đơn vị chủ trì, phối hợp, thời gian hoàn thành từng nội dung.",
    )
    heading(doc, "II. CHỈ TIÊU")
    P(doc, "- Đón 18.000 lượt khách, doanh thu từ du lịch cộng đồng đạt 12 tỷ đồng;")
    P(doc, "- Có thêm 05 homestay đạt tiêu chuẩn phục vụ khách du lịch.")
    heading(doc, "III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN")
    VH, KT = "Phòng Văn hóa - Xã hội", "Phòng Kinh tế"
    rows = [
        [
            "1",
            "Khảo sát, lập danh mục các điểm du lịch cộng đồng tại bản Xiềng, bản Nưa và bản Cò Phạt",
            [
                "Chủ trì: Phòng Văn hóa - Xã hội; Phối hợp: Phòng Kinh tế, Ban quản lý Vườn quốc gia Pù Mát"
            ],
            "Tháng 4/2026",
        ],
        [
            "2",
            "Hỗ trợ 05 hộ gia đình nâng cấp nhà sàn truyền thống để làm homestay",
            [
                "Chủ trì: Phòng Kinh tế (đ/c Vi Văn Hải, Phó Trưởng phòng trực tiếp theo dõi);",
                "Phối hợp: Ban quản lý bản Xiềng, Hội Nông dân xã",
            ],
            "Quý III/2026",
        ],
        [
            "3",
            "Tổ chức lớp tập huấn kỹ năng phục vụ khách du lịch, nấu ăn, hướng dẫn viên tại điểm cho 60 người dân",
            [
                "Chủ trì: Phòng Văn hóa - Xã hội; Phối hợp: Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã.",
                "Thời gian: từ tháng 5 đến tháng 6/2026",
            ],
            "",
        ],
        [
            "4",
            'Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP "Thổ cẩm Thái Con Cuông"',
            ["Chủ trì: Phòng Kinh tế; Phối hợp: Hợp tác xã Dệt thổ cẩm Hoa Ban"],
            "30/9/2026",
        ],
        [
            "5",
            "Chỉnh trang cảnh quan, lắp đặt biển chỉ dẫn, nhà vệ sinh công cộng tại các điểm đón khách",
            [
                "Chủ trì: Phòng Kinh tế; Phối hợp: Ban quản lý các bản Xiềng, Nưa, Cò Phạt"
            ],
            "Trước 31/10/2026",
        ],
        [
            "6",
            "Khôi phục, duy trì hoạt động của 03 đội văn nghệ dân gian, câu lạc bộ khắp Thái phục vụ khách",
            [
                "Chủ trì: Phòng Văn hóa - Xã hội (đ/c Lương Thị Hoa, công chức Văn hóa - Xã hội);",
                "Phối hợp: Trường Tiểu học và Trung học cơ sở Con Cuông. Thời gian: thường xuyên",
            ],
            "",
        ],
        [
            "7",
            "Quảng bá sản phẩm du lịch cộng đồng trên Trang thông tin điện tử xã và mạng xã hội",
            ["Chủ trì: Văn phòng HĐND và UBND; Phối hợp: Phòng Văn hóa - Xã hội"],
            "Hằng tháng",
        ],
        [
            "8",
            "Bảo đảm an ninh trật tự, an toàn cho khách tại các điểm du lịch",
            [
                "Chủ trì: Công an xã; Phối hợp: Ban Chỉ huy quân sự xã, Hạt Kiểm lâm Vườn quốc gia Pù Mát"
            ],
            "Thường xuyên",
        ],
    ]
    task_rows_table(
        doc,
        ["TT", "Nội dung công việc", "Phân công thực hiện", "Thời gian hoàn thành"],
        [[r[0], r[1], r[2], r[3]] for r in rows],
        [1.0, 6.5, 6.0, 2.5],
    )
    heading(doc, "IV. KINH PHÍ THỰC HIỆN")
    P(
        doc,
        "Lồng ghép từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, ngân sách xã và nguồn xã hội hóa.",
    )
    heading(doc, "V. TỔ CHỨC THỰC HIỆN")
    P(
        doc,
        "Giao Phòng Văn hóa - Xã hội là đầu mối theo dõi, đôn đốc, tổng hợp tình hình, báo cáo Ủy ban nhân dân xã hằng quý. Các đơn vị được phân công chủ động triển khai thực hiện đảm bảo tiến độ, hiệu quả./.",
    )
    closing(
        doc,
        [
            "- UBND tỉnh Nghệ An (b/c);",
            "- Sở Văn hóa, Thể thao và Du lịch;",
            "- TT Đảng ủy, TT HĐND xã;",
            "- Chủ tịch, các PCT UBND xã;",
            "- Các đơn vị tại mục III;",
            "- Lưu: VT, VHXH.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lô Văn Thành"],
    )
    header = {
        "number": "64",
        "symbol": "KH-UBND",
        "place": "Con Cuông",
        "date": "2026-03-25",
        "title": "Phát triển du lịch cộng đồng gắn với nâng cao chất lượng tiêu chí Văn hóa trong xây dựng nông thôn mới xã Con Cuông năm 2026",
        "issuer": "ỦY BAN NHÂN DÂN XÃ CON CUÔNG",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Lô Văn Thành",
        "bases": ["922/QĐ-TTg", "230/KH-UBND"],
        "recipients": 6,
    }
    tasks = [
        T(rows[0][1], VH, [KT, "Ban quản lý Vườn quốc gia Pù Mát"], "2026-04-30"),
        T(
            rows[1][1],
            KT,
            ["Ban quản lý bản Xiềng", "Hội Nông dân xã"],
            "2026-09-30",
            official="Vi Văn Hải",
        ),
        T(
            rows[2][1],
            VH,
            ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"],
            "2026-06-30",
            start="2026-05-01",
        ),
        T(rows[3][1], KT, ["Hợp tác xã Dệt thổ cẩm Hoa Ban"], "2026-09-30"),
        T(rows[4][1], KT, ["Ban quản lý các bản Xiềng, Nưa, Cò Phạt"], "2026-10-31"),
        T(
            rows[5][1],
            VH,
            ["Trường Tiểu học và Trung học cơ sở Con Cuông"],
            "2026-12-31",
            official="Lương Thị Hoa",
        ),
        T(rows[6][1], "Văn phòng HĐND và UBND", [VH], "2026-12-31"),
        T(
            rows[7][1],
            "Công an xã",
            ["Ban Chỉ huy quân sự xã", "Hạt Kiểm lâm Vườn quốc gia Pù Mát"],
            "2026-12-31",
        ),
    ]
    comment = """Round 40 plan 04 - commune People's Committee (Con Cuông, Nghệ An), .docx.
First idea: a commune plan with the usual table STT | nội dung | chủ trì | phối hợp | thời gian.
Written layout: a ruled table TT | Nội dung công việc | Phân công thực hiện | Thời gian hoàn thành, where lead and partners share
the one "Phân công thực hiện" cell as "Chủ trì: X; Phối hợp: Y, Z" (rows 2 and 6 split it over two paragraphs, with a named
official in brackets after the lead); in rows 3 and 6 the time sits in the same cell ("Thời gian: ...") and the time column
is empty.
Judgements: official = the person named in the brackets after the lead ("đ/c Vi Văn Hải, Phó Trưởng phòng ..." -> "Vi Văn Hải";
"đ/c Lương Thị Hoa, ..." -> "Lương Thị Hoa"). "Ban quản lý các bản Xiềng, Nưa, Cò Phạt" is ONE unit. "Trường Tiểu học và Trung
học cơ sở Con Cuông" is one school. Deadlines: "Tháng 4/2026" -> 2026-04-30; "Quý III/2026" -> 2026-09-30; "từ tháng 5 đến
tháng 6/2026" -> start 2026-05-01, deadline 2026-06-30; "Trước 31/10/2026" -> 2026-10-31; "Hằng tháng"/"thường xuyên"/
"Thường xuyên" -> 2026-12-31. Section V (đầu mối theo dõi, tổng hợp, báo cáo) is not a task; chỉ tiêu are not tasks.
Recipients: 6 lines."""
    done("04_xa_con_cuong_cot_phan_cong.docx", ww.save(doc), comment, header, tasks)


# ---------------------------------------------------------------------------
# 05  Provincial department, 22-row table, header row repeated, PDF by LibreOffice
# ---------------------------------------------------------------------------


def plan05():
    doc = new_doc()
    top(
        doc,
        ["UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "______"],
        "Gia Lai, ngày 20 tháng 01 năm 2026",
        number_line="Số: 156/KH-SNNMT",
        widths=(7.2, 8.8),
        size=11,
    )
    title(
        doc,
        [
            "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
            "năm 2026 của ngành Nông nghiệp và Môi trường tỉnh Gia Lai",
        ],
    )
    for b in [
        "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;",
        "Căn cứ Quyết định số 1015/QĐ-UBND ngày 15/7/2025 của Ủy ban nhân dân tỉnh Gia Lai quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường;",
        "Thực hiện Kế hoạch số 38/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026,",
    ]:
        P(doc, b, italic=True)
    P(
        doc,
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai thực hiện như sau:",
    )
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    P(
        doc,
        "Cụ thể hóa các nhiệm vụ được Ủy ban nhân dân tỉnh giao; phân công nhiệm vụ cho các phòng, chi cục, đơn vị thuộc Sở gắn với sản phẩm đầu ra và thời gian hoàn thành cụ thể.",
    )
    heading(doc, "II. CHỈ TIÊU")
    P(
        doc,
        "Phấn đấu năm 2026 toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới, 06 xã đạt chuẩn nông thôn mới nâng cao, 02 xã đạt chuẩn nông thôn mới kiểu mẫu; 40 sản phẩm OCOP mới đạt từ 3 sao trở lên.",
    )
    heading(doc, "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN")
    VP = "Văn phòng Điều phối nông thôn mới tỉnh"
    PTNT = "Chi cục Phát triển nông thôn"
    TT = "Chi cục Trồng trọt và Bảo vệ thực vật"
    CN = "Chi cục Chăn nuôi, Thú y và Thủy sản"
    KL = "Chi cục Kiểm lâm"
    TL = "Chi cục Thủy lợi"
    CL = "Chi cục Quản lý chất lượng nông lâm sản và thủy sản"
    KN = "Trung tâm Khuyến nông"
    KHTC = "Phòng Kế hoạch - Tài chính"
    MT = "Chi cục Bảo vệ môi trường"
    DD = "Chi cục Quản lý đất đai"
    XA = "UBND các xã, phường"
    long_prod = lambda *xs: list(xs)  # noqa: E731
    G, _R = "GROUP", []
    data = [
        (G, "I", "Công tác chỉ đạo, điều hành và truyền thông"),
        (
            "Tham mưu UBND tỉnh phân bổ chi tiết vốn ngân sách trung ương, vốn đối ứng ngân sách tỉnh thực hiện Chương trình năm 2026",
            VP,
            [KHTC, "Sở Tài chính"],
            "Quý I/2026",
            "2026-03-31",
            "",
            long_prod("Tờ trình, dự thảo Quyết định phân bổ vốn"),
        ),
        (
            "Hướng dẫn các xã, phường rà soát, đánh giá mức độ đạt các tiêu chí sau sắp xếp đơn vị hành chính; xác định lộ trình duy trì, nâng chất các tiêu chí",
            VP,
            [PTNT, XA],
            "Tháng 3/2026",
            "2026-03-31",
            "",
            long_prod("Văn bản hướng dẫn", "Báo cáo rà soát của từng xã"),
        ),
        (
            "Xây dựng và triển khai kế hoạch truyền thông về nông thôn mới trên Báo và Phát thanh, Truyền hình Gia Lai",
            VP,
            ["Báo và Phát thanh, Truyền hình Gia Lai"],
            "Thường xuyên",
            "2026-12-31",
            "",
            long_prod("Chuyên trang, chuyên mục định kỳ hằng tháng"),
        ),
        (
            "Tập huấn nâng cao năng lực cho cán bộ làm công tác nông thôn mới cấp xã sau sắp xếp",
            PTNT,
            [VP, XA],
            "Tháng 4 - tháng 6/2026",
            "2026-06-30",
            "2026-04-01",
            long_prod("03 lớp tập huấn, 360 lượt học viên"),
        ),
        (G, "II", "Phát triển sản xuất, nâng cao thu nhập"),
        (
            "Xây dựng vùng trồng cà phê, hồ tiêu, sầu riêng được cấp mã số vùng trồng phục vụ xuất khẩu",
            TT,
            [CL, XA],
            "Quý III/2026",
            "2026-09-30",
            "",
            long_prod("Thêm 25 mã số vùng trồng", "Hồ sơ quản lý vùng trồng"),
        ),
        (
            "Triển khai mô hình sản xuất lúa theo hướng hữu cơ, giảm phát thải tại các xã vùng đồng bằng phía Đông",
            KN,
            [TT, "Hợp tác xã dịch vụ nông nghiệp các xã"],
            "Vụ Hè Thu 2026 (tháng 9/2026)",
            "2026-09-30",
            "",
            long_prod("Mô hình 50 ha", "Báo cáo đánh giá hiệu quả"),
        ),
        (
            "Phòng, chống dịch bệnh trên đàn gia súc, gia cầm; tiêm phòng vắc xin dịch tả lợn châu Phi, viêm da nổi cục",
            CN,
            [XA],
            "Thường xuyên",
            "2026-12-31",
            "",
            long_prod("Tỷ lệ tiêm phòng đạt trên 80% tổng đàn"),
        ),
        (
            "Phát triển nuôi trồng thủy sản ứng dụng công nghệ cao vùng ven biển Quy Nhơn, Phù Cát",
            CN,
            [KN, "UBND các xã, phường ven biển"],
            "31/10/2026",
            "2026-10-31",
            "",
            long_prod("02 mô hình nuôi tôm công nghệ cao"),
        ),
        (
            "Hỗ trợ các chủ thể hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2026",
            PTNT,
            ["Sở Công Thương", XA],
            "Trước 30/11/2026",
            "2026-11-30",
            "",
            long_prod("40 sản phẩm được công nhận"),
        ),
        (
            "Củng cố, nâng cao hiệu quả hoạt động của hợp tác xã nông nghiệp; xây dựng 10 chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm",
            PTNT,
            ["Liên minh Hợp tác xã tỉnh", "Sở Tài chính"],
            "Năm 2026",
            "2026-12-31",
            "",
            long_prod("10 chuỗi liên kết", "Danh sách hợp tác xã hoạt động hiệu quả"),
        ),
        (
            "Chuyển giao tiến bộ kỹ thuật, cơ giới hóa khâu thu hoạch, sơ chế cho đồng bào dân tộc thiểu số vùng Tây Trường Sơn",
            KN,
            [XA],
            "Tháng 5 - tháng 10/2026",
            "2026-10-31",
            "2026-05-01",
            long_prod("15 lớp chuyển giao kỹ thuật"),
        ),
        (G, "III", "Hạ tầng, môi trường và đất đai"),
        (
            "Sửa chữa, nâng cấp các công trình thủy lợi nhỏ, kênh mương nội đồng phục vụ tưới tiêu",
            TL,
            ["Công ty TNHH MTV Khai thác công trình thủy lợi", XA],
            "Trước mùa mưa (15/8/2026)",
            "2026-08-15",
            "",
            long_prod("Danh mục công trình", "Biên bản nghiệm thu"),
        ),
        (
            "Hướng dẫn các xã thực hiện tiêu chí Môi trường và an toàn thực phẩm; xây dựng mô hình phân loại chất thải rắn sinh hoạt tại nguồn",
            MT,
            [VP, XA],
            "Quý II/2026",
            "2026-06-30",
            "",
            long_prod("Văn bản hướng dẫn", "Mỗi xã 01 mô hình"),
        ),
        (
            "Quản lý, bảo vệ rừng, phòng cháy chữa cháy rừng mùa khô; trồng rừng tập trung và cây phân tán",
            KL,
            ["Các Ban quản lý rừng phòng hộ", XA],
            "Mùa khô 2025 - 2026 (đến 30/4/2026)",
            "2026-04-30",
            "",
            long_prod("Không để xảy ra cháy rừng lớn", "Trồng 3.500 ha rừng"),
        ),
        (
            "Hoàn thành đo đạc, lập hồ sơ địa chính, cấp giấy chứng nhận quyền sử dụng đất cho hộ đồng bào dân tộc thiểu số",
            DD,
            ["Văn phòng Đăng ký đất đai", XA],
            "15/12/2026",
            "2026-12-15",
            "",
            long_prod("Cấp 2.800 giấy chứng nhận"),
        ),
        (
            "Thực hiện chỉ tiêu cấp nước sạch nông thôn; kiểm tra chất lượng nước tại các công trình cấp nước tập trung",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
            ["Sở Y tế", XA],
            "Tháng 11/2026",
            "2026-11-30",
            "",
            long_prod("Tỷ lệ hộ dùng nước sạch đạt 60%"),
        ),
        (
            "Thẩm định hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2026",
            VP,
            ["Các sở, ngành thành viên Ban Chỉ đạo tỉnh"],
            "Tháng 11 - tháng 12/2026",
            "2026-12-31",
            "2026-11-01",
            long_prod("Báo cáo thẩm định", "Tờ trình UBND tỉnh"),
        ),
        (G, "IV", "Chất lượng, an toàn thực phẩm và phục vụ người dân"),
        (
            "Giám sát an toàn thực phẩm nông lâm thủy sản tại các chợ đầu mối, cơ sở giết mổ tập trung",
            CL,
            [CN, XA],
            "Hằng quý",
            "2026-12-31",
            "",
            long_prod("Kết quả lấy mẫu, phân tích định kỳ"),
        ),
        (
            "Số hóa cơ sở dữ liệu nông thôn mới, kết nối phần mềm quản lý tiêu chí với các xã, phường",
            VP,
            ["Văn phòng Sở", "Sở Khoa học và Công nghệ"],
            "Quý IV/2026",
            "2026-12-31",
            "",
            long_prod("Phần mềm vận hành", "Cơ sở dữ liệu 135 xã, phường"),
        ),
        (
            "Bố trí kinh phí sự nghiệp thực hiện Kế hoạch; hướng dẫn thanh, quyết toán vốn Chương trình",
            KHTC,
            [VP],
            "Tháng 2/2026",
            "2026-02-28",
            "",
            long_prod("Quyết định giao dự toán"),
        ),
        (
            "Đánh giá kết quả thực hiện Bộ tiêu chí về thủy lợi và phòng, chống thiên tai; đề xuất hỗ trợ các xã chưa đạt",
            TL,
            [VP],
            "30/6/2026",
            "2026-06-30",
            "",
            long_prod("Báo cáo đánh giá"),
        ),
        (
            "Theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm",
            VP,
            ["Các phòng, đơn vị thuộc Sở"],
            "Trước 15/6 và 10/12/2026",
            "",
            "",
            long_prod("Báo cáo 6 tháng, năm"),
        ),
    ]
    rows, tasks, n = [], [], 0
    for d in data:
        if d[0] == G:
            rows.append(d)
            continue
        n += 1
        title_, lead, partners, when, deadline, start, prod = d
        rows.append([str(n), title_, lead, partners, when, prod])
        if not title_.startswith("Theo dõi"):
            tasks.append(T(title_, lead, partners, deadline, start=start))
    task_rows_table(
        doc,
        [
            "STT",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ],
        rows,
        [1.3, 4.6, 2.6, 3.0, 2.2, 2.3],
        size=11,
    )
    heading(doc, "IV. KINH PHÍ")
    P(
        doc,
        "Từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 và kinh phí sự nghiệp giao cho các đơn vị.",
    )
    heading(doc, "V. TỔ CHỨC THỰC HIỆN")
    P(
        doc,
        "Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công tổ chức triển khai; gửi báo cáo về Văn phòng Điều phối nông thôn mới tỉnh trước ngày 10/6/2026 (báo cáo 6 tháng) và ngày 05/12/2026 (báo cáo năm) để tổng hợp./.",
    )
    closing(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Văn phòng Điều phối NTM Trung ương;",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, chi cục, đơn vị thuộc Sở;",
            "- UBND các xã, phường;",
            "- Lưu: VT, VPĐP.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Rơ Mah Hlim"],
    )
    header = {
        "number": "156",
        "symbol": "KH-SNNMT",
        "place": "Gia Lai",
        "date": "2026-01-20",
        "title": "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 của ngành Nông nghiệp và Môi trường tỉnh Gia Lai",
        "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer": "Rơ Mah Hlim",
        "bases": ["202/2025/QH15", "1015/QĐ-UBND", "38/KH-UBND"],
        "recipients": 6,
    }
    comment = """Round 40 plan 05 - provincial department (Sở Nông nghiệp và Môi trường tỉnh Gia Lai, after the Gia Lai + Bình Định merger), .pdf.
First idea: a department plan with a landscape task table of about 15 rows in Word.
Written layout: portrait A4, a 6-column ruled table (STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
Sản phẩm) of 22 numbered rows under 4 group rows (I-IV, merged across, not tasks), header row marked w:tblHeader so
LibreOffice REPEATS it at the top of every page; rows are allowed to split, so some rows break across pages; printed to PDF by
LibreOffice (soffice --convert-to pdf). Partner cells hold one unit per paragraph; "Sản phẩm" cells are products, not partners.
Judgements: row 22 "Theo dõi, đôn đốc, tổng hợp báo cáo ..." is reporting -> not a task (21 tasks). Issuer is the department
line (the "UBND TỈNH GIA LAI" line above is the superior). Deadlines: "Quý I/2026" -> 03-31; "Tháng 3/2026" -> 03-31;
"Thường xuyên"/"Năm 2026"/"Hằng quý"/"Quý IV/2026" -> 12-31; "Tháng 4 - tháng 6/2026" -> start 04-01, deadline 06-30;
"Vụ Hè Thu 2026 (tháng 9/2026)" -> 09-30; "Trước mùa mưa (15/8/2026)" -> 08-15; "Mùa khô 2025 - 2026 (đến 30/4/2026)" ->
04-30 (no start: the season's start is not a date); "Tháng 5 - tháng 10/2026" -> start 05-01, deadline 10-31;
"Tháng 11 - tháng 12/2026" -> start 11-01, deadline 12-31; "Tháng 2/2026" -> 02-28. "UBND các xã, phường ven biển",
"Các Ban quản lý rừng phòng hộ", "Các sở, ngành thành viên Ban Chỉ đạo tỉnh" are one unit each. Signed "KT. GIÁM ĐỐC"
(no TM. line for a department). Recipients: 6 lines."""
    pdf = soffice(ww.save(doc), ".docx", "pdf")
    done("05_so_nnmt_gia_lai_bang_dai.pdf", pdf, comment, header, tasks)


# ---------------------------------------------------------------------------
# 06  Party committee, resolution style ("Một là, ..."), .doc
# ---------------------------------------------------------------------------


def plan06():
    doc = new_doc()
    t = ww.side_by_side(
        doc,
        ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ LẠC DƯƠNG", "*", "Số 18-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lạc Dương, ngày 12 tháng 02 năm 2026"],
    )
    ww.fixed_widths(t, [7.0, 9.0])
    c0 = t.cell(0, 0).paragraphs
    c0[1].runs[0].bold = True
    t.cell(0, 1).paragraphs[0].runs[0].bold = True
    t.cell(0, 1).paragraphs[0].runs[0].underline = True
    t.cell(0, 1).paragraphs[2].runs[0].italic = True
    title(
        doc,
        [
            "thực hiện Nghị quyết của Ban Chấp hành Đảng bộ xã về xây dựng",
            "nông thôn mới kiểu mẫu gắn với phát triển du lịch nông nghiệp năm 2026",
        ],
    )
    P(
        doc,
        "- Thực hiện Chương trình hành động số 12-CTr/TU, ngày 10/12/2025 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai đoạn 2025 - 2030;",
    )
    P(
        doc,
        "- Thực hiện Nghị quyết số 05-NQ/ĐU, ngày 20/01/2026 của Ban Chấp hành Đảng bộ xã về xây dựng nông thôn mới kiểu mẫu gắn với phát triển du lịch nông nghiệp,",
    )
    P(doc, "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:")
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    P(
        doc,
        "1. Tạo sự thống nhất cao trong nhận thức và hành động của cán bộ, đảng viên và Nhân dân các dân tộc trong xã, nhất là đồng bào K'Ho, Cil về xây dựng nông thôn mới kiểu mẫu.",
    )
    P(
        doc,
        "2. Xác định cụ thể nhiệm vụ, phân công rõ trách nhiệm của từng tổ chức trong hệ thống chính trị; gắn việc thực hiện Nghị quyết với đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.",
    )
    heading(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM")
    S = [
        (
            "Một là, tăng cường sự lãnh đạo của cấp ủy, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.",
            [
                "Giao Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên; hoàn thành trong tháng 3/2026.",
                "Các chi bộ đưa nội dung xây dựng nông thôn mới kiểu mẫu vào sinh hoạt chi bộ định kỳ.",
            ],
        ),
        (
            "Hai là, phát triển nông nghiệp ứng dụng công nghệ cao, nâng cao thu nhập cho người dân.",
            [
                "Giao Ủy ban nhân dân xã (đồng chí Liêng Jrang Ha Thuận, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã trực tiếp chỉ đạo) chủ trì, phối hợp với Hội Nông dân xã và Hợp tác xã Nông nghiệp Lang Biang xây dựng 03 mô hình sản xuất rau, hoa ứng dụng công nghệ cao, hoàn thành trước ngày 30/9/2026.",
                "Giao Ủy ban nhân dân xã chủ trì hỗ trợ các chủ thể hoàn thiện hồ sơ đề nghị công nhận 02 sản phẩm OCOP đạt 4 sao, thực hiện trong Quý IV/2026.",
            ],
        ),
        (
            "Ba là, phát triển du lịch nông nghiệp gắn với bảo tồn bản sắc văn hóa dân tộc K'Ho.",
            [
                "Giao Ủy ban nhân dân xã chủ trì, phối hợp với các chi bộ thôn Đạ Sar, Đạ Nghịt bảo tồn và phát huy không gian văn hóa cồng chiêng, nghề dệt thổ cẩm phục vụ khách du lịch; thực hiện thường xuyên.",
                'Giao Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với các tổ chức chính trị - xã hội xã vận động Nhân dân chỉnh trang nhà ở, hàng rào, cổng ngõ "xanh - sạch - đẹp", thời gian từ tháng 4 đến tháng 8/2026.',
            ],
        ),
        (
            "Bốn là, nâng cao năng lực lãnh đạo của tổ chức đảng, hiệu lực quản lý của chính quyền.",
            [
                "Giao Ban Xây dựng Đảng Đảng ủy xã chủ trì đưa chỉ tiêu xây dựng nông thôn mới kiểu mẫu vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên, thực hiện vào cuối năm 2026.",
                "Giao Ủy ban Kiểm tra Đảng ủy xã chủ trì kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi bộ, đưa vào chương trình kiểm tra, giám sát năm 2026 của Đảng ủy.",
                "Giao Đảng ủy viên phụ trách các chi bộ thôn, đồng chí K'Bròn, chủ trì vận động Nhân dân hiến đất mở rộng đường liên thôn Bon Đưng - Đạ Chais, hoàn thành trong Quý II/2026.",
            ],
        ),
    ]
    for head, paras in S:
        P(doc, head, bold=True, italic=True)
        for x in paras:
            P(doc, x)
    heading(doc, "III. TỔ CHỨC THỰC HIỆN")
    P(
        doc,
        "1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng chương trình hành động cụ thể, phù hợp với tình hình thực tế của đơn vị.",
    )
    P(
        doc,
        "2. Giao Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy kết quả thực hiện Kế hoạch trước ngày 05/12/2026.",
    )
    P(doc, "Kế hoạch này được phổ biến đến chi bộ và đảng viên./.")
    closing(
        doc,
        [
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Ban Tổ chức Tỉnh ủy (b/c),",
            "- Các đồng chí Đảng ủy viên,",
            "- Các chi bộ trực thuộc,",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "", "Đặng Quốc Hưng"],
    )
    header = {
        "number": "18",
        "symbol": "KH/ĐU",
        "place": "Lạc Dương",
        "date": "2026-02-12",
        "title": "thực hiện Nghị quyết của Ban Chấp hành Đảng bộ xã về xây dựng nông thôn mới kiểu mẫu gắn với phát triển du lịch nông nghiệp năm 2026",
        "issuer": "ĐẢNG ỦY XÃ LẠC DƯƠNG",
        "authority": "T/M ĐẢNG ỦY",
        "signer_title": "BÍ THƯ",
        "signer": "Đặng Quốc Hưng",
        "bases": ["12-CTr/TU", "05-NQ/ĐU"],
        "recipients": 5,
    }
    UB, MT = "Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    tasks = [
        T(
            "Tổ chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên",
            "Ban Xây dựng Đảng Đảng ủy xã",
            [MT],
            "2026-03-31",
        ),
        T(
            "Xây dựng 03 mô hình sản xuất rau, hoa ứng dụng công nghệ cao",
            UB,
            ["Hội Nông dân xã", "Hợp tác xã Nông nghiệp Lang Biang"],
            "2026-09-30",
            official="Liêng Jrang Ha Thuận",
        ),
        T(
            "Hỗ trợ các chủ thể hoàn thiện hồ sơ đề nghị công nhận 02 sản phẩm OCOP đạt 4 sao",
            UB,
            [],
            "2026-12-31",
        ),
        T(
            "Bảo tồn và phát huy không gian văn hóa cồng chiêng, nghề dệt thổ cẩm phục vụ khách du lịch",
            UB,
            ["các chi bộ thôn Đạ Sar, Đạ Nghịt"],
            "2026-12-31",
        ),
        T(
            'Vận động Nhân dân chỉnh trang nhà ở, hàng rào, cổng ngõ "xanh - sạch - đẹp"',
            MT,
            ["các tổ chức chính trị - xã hội xã"],
            "2026-08-31",
            start="2026-04-01",
        ),
        T(
            "Đưa chỉ tiêu xây dựng nông thôn mới kiểu mẫu vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên",
            "Ban Xây dựng Đảng Đảng ủy xã",
            [],
            "2026-12-31",
        ),
        T(
            "Vận động Nhân dân hiến đất mở rộng đường liên thôn Bon Đưng - Đạ Chais",
            "Đảng ủy viên phụ trách các chi bộ thôn",
            [],
            "2026-06-30",
            official="K'Bròn",
        ),
    ]
    comment = """Round 40 plan 06 - Party committee of a commune (Đảng ủy xã Lạc Dương, Lâm Đồng after the merger), .doc (LibreOffice's Word 97 save).
First idea: a Party plan with numbered "1., 2." tasks and a "Giao ..." line under each.
Written layout: Party document header (ĐẢNG BỘ TỈNH LÂM ĐỒNG / ĐẢNG ỦY XÃ LẠC DƯƠNG / * / "Số 18-KH/ĐU" without colon; right:
"ĐẢNG CỘNG SẢN VIỆT NAM" instead of the state motto, as Party documents have), "KẾ HOẠCH" + lower-case title, bases as
"- Thực hiện ...", resolution-style groups "Một là, ...", "Hai là, ..." (bold italic, group headings, NOT tasks), under each
plain paragraphs "Giao X chủ trì, phối hợp với Y <work>, hoàn thành ...". Signed "T/M ĐẢNG ỦY / BÍ THƯ". Built as .docx then
saved as .doc by LibreOffice.
Judgements: a task is each "Giao ... chủ trì ..." sentence of section II, except the Ủy ban Kiểm tra one (kiểm tra, giám sát
the Resolution = monitoring -> not a task); "Các chi bộ đưa nội dung ... vào sinh hoạt" has no "Giao"/chủ trì and is a general
duty -> not a task; III.2 (Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo) -> not a task. 7 tasks.
Titles are the work after "chủ trì[, phối hợp với ...]" with the first letter capitalised (the document writes it in lower case
mid-sentence). Officials: "(đồng chí Liêng Jrang Ha Thuận, Phó Bí thư ..., trực tiếp chỉ đạo)" -> official of task 2;
"Giao Đảng ủy viên phụ trách các chi bộ thôn, đồng chí K'Bròn, chủ trì" -> lead "Đảng ủy viên phụ trách các chi bộ thôn",
official "K'Bròn". "các chi bộ thôn Đạ Sar, Đạ Nghịt" is ONE unit. Deadlines: "trong tháng 3/2026" -> 03-31; "trước ngày
30/9/2026" -> 09-30; "Quý IV/2026" -> 12-31; "thường xuyên" -> 12-31; "từ tháng 4 đến tháng 8/2026" -> start 04-01, deadline
08-31; "cuối năm 2026" -> 12-31; "Quý II/2026" -> 06-30. Header: number "18", symbol "KH/ĐU" (Party form "Số 18-KH/ĐU");
title kept as written (lower-case "thực hiện ..."); bases are numbers "12-CTr/TU", "05-NQ/ĐU"; authority "T/M ĐẢNG ỦY" as
written (Party's "T/M" form). Recipients: 5 lines (commas at line ends, Party style)."""
    done(
        "06_dang_uy_xa_lac_duong_mot_la.doc",
        soffice(ww.save(doc), ".docx", "doc"),
        comment,
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 07  Workbook: sheet "Kế hoạch" (text, merged rows) + sheet "Phụ lục" (tasks)
# ---------------------------------------------------------------------------


def plan07():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    for col, w in zip("ABCDEFG", [6, 14, 14, 14, 14, 14, 14], strict=False):
        ws.column_dimensions[col].width = w
    r = 1

    def put(
        row,
        a,
        b,
        text,
        *,
        bold=False,
        italic=False,
        center=False,
        wrap=True,
        height=None,
    ):
        ws.merge_cells(f"{a}{row}:{b}{row}")
        c = ws[f"{a}{row}"]
        c.value = text
        c.font = Font(name="Times New Roman", size=12, bold=bold, italic=italic)
        c.alignment = Alignment(
            horizontal="center" if center else "justify", vertical="top", wrap_text=wrap
        )
        if height:
            ws.row_dimensions[row].height = height

    put(1, "A", "C", "ỦY BAN NHÂN DÂN", bold=True, center=True)
    put(1, "D", "G", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    put(2, "A", "C", "XÃ MƯỜNG KHƯƠNG", bold=True, center=True)
    put(2, "D", "G", "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    put(3, "A", "C", "Số: 41/KH-UBND", center=True)
    put(
        3, "D", "G", "Mường Khương, ngày 27 tháng 02 năm 2026", italic=True, center=True
    )
    r = 5
    lines = [
        ("KẾ HOẠCH", dict(bold=True, center=True)),
        (
            "Duy trì và nâng cao chất lượng các tiêu chí xã nông thôn mới",
            dict(bold=True, center=True),
        ),
        ("trên địa bàn xã Mường Khương năm 2026", dict(bold=True, center=True)),
        ("", {}),
        (
            "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025;",
            dict(italic=True),
        ),
        (
            "Thực hiện Kế hoạch số 96/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh Lào Cai về xây dựng nông thôn mới năm 2026;",
            dict(italic=True),
        ),
        (
            "Ủy ban nhân dân xã Mường Khương ban hành Kế hoạch duy trì và nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2026 như sau:",
            {},
        ),
        ("I. MỤC ĐÍCH, YÊU CẦU", dict(bold=True)),
        (
            "1. Duy trì bền vững 19/19 tiêu chí xã đạt chuẩn nông thôn mới; khắc phục các chỉ tiêu bị sụt giảm sau sắp xếp đơn vị hành chính (thu nhập, hộ nghèo đa chiều, nước sạch).",
            {},
        ),
        (
            "2. Phân công cụ thể cho các phòng, đơn vị và cán bộ phụ trách từng nhóm tiêu chí.",
            {},
        ),
        ("II. NHIỆM VỤ CỤ THỂ", dict(bold=True)),
        (
            "Các nhiệm vụ, đơn vị chủ trì, phối hợp, người phụ trách và thời gian hoàn thành chi tiết tại Phụ lục kèm theo Kế hoạch này.",
            {},
        ),
        ("III. KINH PHÍ", dict(bold=True)),
        (
            "Ngân sách xã năm 2026, vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và nguồn huy động hợp pháp khác.",
            {},
        ),
        ("IV. TỔ CHỨC THỰC HIỆN", dict(bold=True)),
        (
            "1. Phòng Kinh tế là cơ quan thường trực, giúp Ủy ban nhân dân xã theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện định kỳ hằng quý.",
            {},
        ),
        (
            "2. Các phòng, đơn vị, cán bộ được phân công tại Phụ lục chủ động triển khai thực hiện, bảo đảm tiến độ./.",
            {},
        ),
    ]
    for text, kw in lines:
        put(
            r,
            "A",
            "G",
            text,
            height=16 if len(text) < 90 else 16 * (1 + len(text) // 90),
            **kw,
        )
        r += 1
    r += 1
    sign = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Vàng Seo Sử"]
    recv = [
        "Nơi nhận:",
        "- UBND tỉnh Lào Cai (b/c);",
        "- Văn phòng Điều phối NTM tỉnh;",
        "- TT Đảng ủy, HĐND xã;",
        "- Các phòng, đơn vị thuộc UBND xã;",
        "- Trưởng các thôn;",
        "- Lưu: VT, KT.",
    ]
    for i in range(max(len(sign), len(recv))):
        if i < len(recv):
            put(r + i, "A", "C", recv[i], bold=i == 0, italic=i == 0)
        if i < len(sign):
            put(r + i, "D", "G", sign[i], bold=True, center=True)

    ws2 = wb.create_sheet("Phụ lục")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in zip("ABCDEFG", [5, 42, 18, 22, 28, 20, 14], strict=False):
        ws2.column_dimensions[col].width = w
    ws2.merge_cells("A1:G1")
    ws2["A1"] = "PHỤ LỤC"
    ws2.merge_cells("A2:G2")
    ws2["A2"] = (
        "NHIỆM VỤ DUY TRÌ, NÂNG CAO CHẤT LƯỢNG CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2026"
    )
    ws2.merge_cells("A3:G3")
    ws2["A3"] = (
        "(Kèm theo Kế hoạch số 41/KH-UBND ngày 27/02/2026 của UBND xã Mường Khương)"
    )
    for a in ("A1", "A2", "A3"):
        ws2[a].alignment = Alignment(horizontal="center")
        ws2[a].font = Font(
            name="Times New Roman", size=12, bold=a != "A3", italic=a == "A3"
        )
    head = [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Người phụ trách",
        "Chỉ tiêu năm 2026",
        "Thời gian hoàn thành",
    ]
    ws2.append([])
    ws2.append(head)
    KT, VH = "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"
    D = lambda y, m, d: dt.datetime(y, m, d)  # noqa: E731, DTZ001 (Excel dates are naive)
    rows = [
        ("I", "Nhóm tiêu chí Quy hoạch và Hạ tầng kinh tế - xã hội"),
        (
            "1",
            "Rà soát, điều chỉnh quy hoạch chung xã sau sắp xếp đơn vị hành chính",
            KT,
            "Văn phòng HĐND và UBND",
            "Tráng A Pao - Phó Chủ tịch UBND xã",
            "Quy hoạch được phê duyệt",
            "Quý III/2026",
        ),
        (
            "2",
            "Bảo dưỡng, sửa chữa 12 km đường trục thôn bị sạt lở sau mưa lũ",
            KT,
            "Ban phát triển các thôn",
            "Nùng Văn Chỉn",
            "12 km",
            D(2026, 8, 31),
        ),
        (
            "3",
            "Nâng cấp công trình nước sinh hoạt tập trung thôn Pha Long 1, Pha Long 2",
            KT,
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh",
            "Nùng Văn Chỉn",
            "250 hộ được cấp nước",
            "Tháng 6 - 9/2026",
        ),
        ("II", "Nhóm tiêu chí Kinh tế và Tổ chức sản xuất"),
        (
            "4",
            "Phát triển vùng chè Shan tuyết, quế, chuối tập trung gắn với liên kết tiêu thụ",
            KT,
            "Hội Nông dân xã; Hợp tác xã Chè Mường Khương",
            "Lù Thị Dung",
            "Thêm 40 ha",
            D(2026, 10, 31),
        ),
        (
            "5",
            "Hỗ trợ sinh kế, giảm nghèo đa chiều cho hộ nghèo, hộ cận nghèo",
            VH,
            "Ngân hàng Chính sách xã hội (Phòng giao dịch khu vực); Hội Liên hiệp Phụ nữ xã",
            "Giàng Thị Mỷ",
            "Giảm 5% hộ nghèo",
            "Cả năm 2026",
        ),
        ("III", "Nhóm tiêu chí Văn hóa - Xã hội - Môi trường"),
        (
            "6",
            "Duy trì phổ cập giáo dục, xóa mù chữ mức độ 2",
            VH,
            "Các trường học trên địa bàn xã",
            "Giàng Thị Mỷ",
            "Đạt chuẩn",
            D(2026, 12, 15),
        ),
        (
            "7",
            "Tổ chức Chợ phiên văn hóa Mường Khương, bảo tồn lễ hội Gầu Tào",
            VH,
            "Ban quản lý chợ; Đoàn Thanh niên xã",
            "Lù Thị Dung",
            "02 sự kiện",
            "Quý I/2026",
        ),
        (
            "8",
            "Vận động các hộ xây dựng nhà tiêu hợp vệ sinh, chuồng trại chăn nuôi xa nhà ở",
            "Trạm Y tế xã",
            "Hội Liên hiệp Phụ nữ xã; Trưởng các thôn",
            "",
            "Thêm 180 hộ",
            "Tháng 4 - 11/2026",
        ),
        ("IV", "Nhóm tiêu chí Hệ thống chính trị - Quốc phòng an ninh"),
        (
            "9",
            "Xây dựng thôn, bản an toàn về an ninh trật tự khu vực biên giới",
            "Công an xã",
            "Đồn Biên phòng Mường Khương; Ban Chỉ huy quân sự xã",
            "Thào Seo Lử - Trưởng Công an xã",
            "100% thôn đạt",
            "Thường xuyên",
        ),
        (
            "10",
            "Cung cấp dịch vụ công trực tuyến toàn trình; hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID",
            "Văn phòng HĐND và UBND",
            "Công an xã; Đoàn Thanh niên xã",
            "",
            "90% hồ sơ trực tuyến",
            D(2026, 6, 30),
        ),
        (
            "11",
            "Tổng hợp, báo cáo kết quả thực hiện các tiêu chí về Ủy ban nhân dân tỉnh",
            KT,
            "Các phòng, đơn vị",
            "Tráng A Pao - Phó Chủ tịch UBND xã",
            "Báo cáo",
            D(2026, 12, 5),
        ),
    ]
    for row in rows:
        if len(row) == 2:
            ws2.append([row[0], row[1]])
            n = ws2.max_row
            ws2.merge_cells(f"B{n}:G{n}")
            for c in ws2[n]:
                c.font = Font(name="Times New Roman", size=12, bold=True)
        else:
            ws2.append(list(row))
            n = ws2.max_row
            if isinstance(row[6], dt.datetime):
                ws2.cell(n, 7).number_format = "dd/mm/yyyy"
            for c in ws2[n]:
                c.font = Font(name="Times New Roman", size=12)
    for line in ws2.iter_rows(min_row=5, max_row=ws2.max_row):
        for c in line:
            c.border = box
            c.alignment = Alignment(
                wrap_text=True,
                vertical="center",
                horizontal="center" if c.column in (1, 7) else "left",
            )
    for c in ws2[5]:
        c.font = Font(name="Times New Roman", size=12, bold=True)

    header = {
        "number": "41",
        "symbol": "KH-UBND",
        "place": "Mường Khương",
        "date": "2026-02-27",
        "title": "Duy trì và nâng cao chất lượng các tiêu chí xã nông thôn mới trên địa bàn xã Mường Khương năm 2026",
        "issuer": "ỦY BAN NHÂN DÂN XÃ MƯỜNG KHƯƠNG",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Vàng Seo Sử",
        "bases": ["318/QĐ-TTg", "96/KH-UBND"],
        "recipients": 6,
    }
    dl = {
        "Quý III/2026": ("2026-09-30", ""),
        "Tháng 6 - 9/2026": ("2026-09-30", "2026-06-01"),
        "Cả năm 2026": ("2026-12-31", ""),
        "Quý I/2026": ("2026-03-31", ""),
        "Tháng 4 - 11/2026": ("2026-11-30", "2026-04-01"),
        "Thường xuyên": ("2026-12-31", ""),
    }
    tasks = []
    for row in rows:
        if len(row) == 2 or row[0] == "11":
            continue
        _, t, lead, partners, person, _, when = row
        deadline, start = (
            (when.strftime("%Y-%m-%d"), "")
            if isinstance(when, dt.datetime)
            else dl[when]
        )
        tasks.append(
            T(
                t,
                lead,
                partners.split("; "),
                deadline,
                start=start,
                official=person.split(" - ")[0],
            )
        )
    comment = """Round 40 plan 07 - commune People's Committee (Mường Khương, Lào Cai after the Lào Cai + Yên Bái merger), .xlsx.
First idea: one sheet holding the whole plan with the task table in the middle.
Written layout: workbook of two sheets. Sheet 1 "Kế hoạch": header (issuer A1:C2, motto D1:G2, number A3:C3, place/date
D3:G3), KẾ HOẠCH + title on two merged rows, bases, sections I-IV one line per merged row A:G, Nơi nhận (A:C) and signature
(D:G) side by side in the same rows. Sheet 2 "Phụ lục": title rows, then a bordered table STT | Nội dung nhiệm vụ | Đơn vị chủ trì
| Đơn vị phối hợp | Người phụ trách | Chỉ tiêu năm 2026 | Thời gian hoàn thành, with criterion-group rows I-IV (B:G merged,
not tasks). Some deadlines are real Excel dates (number format dd/mm/yyyy), others text.
Judgements: row 11 ("Tổng hợp, báo cáo kết quả ...") is reporting -> not a task; 10 tasks. Partners split on ";" ("Hội Nông dân
xã; Hợp tác xã Chè Mường Khương" -> two). "Ngân hàng Chính sách xã hội (Phòng giao dịch khu vực)" kept as written, one unit.
Official = the person's name without the "- Phó Chủ tịch UBND xã" / "- Trưởng Công an xã" office. Chỉ tiêu column is a target,
not part of the title. Deadlines: "Quý III/2026" -> 09-30; "Tháng 6 - 9/2026" -> start 06-01, deadline 09-30; "Cả năm 2026"/
"Thường xuyên" -> 12-31; "Quý I/2026" -> 03-31; "Tháng 4 - 11/2026" -> start 04-01, deadline 11-30. Recipients: 6 lines."""
    done("07_xa_muong_khuong_hai_sheet.xlsx", ww.save(wb), comment, header, tasks)


# ---------------------------------------------------------------------------
# 08  Commune DRAFT with tracked changes and comments
# ---------------------------------------------------------------------------

_rev = [100]


def _rev_attrs(el):
    _rev[0] += 1
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), "Văn phòng")
    el.set(qn("w:date"), "2026-05-06T09:15:00Z")


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "26")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(doc, parts, *, para_mark=None, indent=1.0):
    """A paragraph from parts (kind, text), kind "" / "ins" / "del"; the
    paragraph mark itself inserted or deleted when `para_mark` says so.
    Returns the python-docx runs of the plain parts (for comments)."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(indent)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    plain = []
    for kind, text in parts:
        if kind == "":
            r = p.add_run(text)
            r.font.size = Pt(13)
            plain.append(r)
        else:
            wrap = OxmlElement(f"w:{kind}")
            _rev_attrs(wrap)
            wrap.append(_run(text, deleted=kind == "del"))
            p._p.append(wrap)
    if para_mark:
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        mark = OxmlElement(f"w:{para_mark}")
        _rev_attrs(mark)
        rpr.append(mark)
        ppr.append(rpr)
    return plain


def plan08():
    doc = new_doc()
    P(
        doc, "DỰ THẢO", bold=True, center=False, indent=None
    ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    top(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ ÓC EO", "______"],
        "Óc Eo, ngày      tháng 5 năm 2026",
        number_line="Số:        /KH-UBND",
    )
    title(
        doc,
        [
            "Phát triển vùng sản xuất lúa chất lượng cao, phát thải thấp",
            "gắn với xây dựng nông thôn mới trên địa bàn xã Óc Eo năm 2026",
        ],
    )
    tracked(
        doc,
        [
            (
                "",
                'Căn cứ Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng Chính phủ phê duyệt Đề án "Phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát thải thấp gắn với tăng trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030";',
            )
        ],
    )
    tracked(
        doc,
        [
            ("", "Thực hiện Kế hoạch số "),
            ("del", "512/KH-UBND ngày 20/4/2026"),
            ("ins", "538/KH-UBND ngày 24/4/2026"),
            (
                "",
                " của Ủy ban nhân dân tỉnh An Giang về thực hiện Đề án một triệu héc ta lúa chất lượng cao năm 2026;",
            ),
        ],
    )
    tracked(
        doc,
        [
            (
                "del",
                "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 10/01/2026 của Hội đồng nhân dân xã;",
            )
        ],
        para_mark="del",
    )
    P(doc, "Ủy ban nhân dân xã Óc Eo xây dựng Kế hoạch thực hiện như sau:")
    heading(doc, "I. MỤC TIÊU")
    tracked(
        doc,
        [
            ("", "Năm 2026 xây dựng vùng sản xuất lúa chất lượng cao, phát thải thấp "),
            ("del", "1.200"),
            ("ins", "1.500"),
            (
                "",
                ' ha; 100% diện tích trong vùng áp dụng quy trình canh tác "1 phải 5 giảm", giảm 20% lượng giống gieo sạ.',
            ),
        ],
    )
    heading(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG")
    r1 = tracked(
        doc,
        [
            (
                "",
                "1. Rà soát, xác định ranh giới vùng sản xuất lúa chất lượng cao, phát thải thấp tại các ấp Tân Đông, Tân Hiệp, Vọng Đông. Phòng Kinh tế chủ trì, phối hợp với Ban Nhân dân các ấp; hoàn thành trong tháng 6/2026.",
            )
        ],
    )
    tracked(
        doc,
        [
            (
                "",
                "2. Tổ chức tập huấn quy trình canh tác giảm phát thải, sạ thưa, tưới ngập khô xen kẽ cho nông dân. ",
            ),
            ("del", "Trạm Khuyến nông"),
            ("ins", "Phòng Kinh tế"),
            ("", " chủ trì, phối hợp với Trung tâm Khuyến nông tỉnh"),
            ("ins", ", Hội Nông dân xã"),
            ("", "; thời gian thực hiện: "),
            ("del", "tháng 6/2026"),
            ("ins", "tháng 7 - tháng 8/2026"),
            ("", "."),
        ],
    )
    tracked(
        doc,
        [
            ("", "3. "),
            ("ins", "Vận động, "),
            ("del", "Hỗ trợ"),
            ("ins", "hỗ trợ"),
            (
                "",
                " các tổ hợp tác, hợp tác xã ký kết hợp đồng bao tiêu lúa với doanh nghiệp. Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Nông nghiệp Vọng Thê; hoàn thành trong Quý III/2026.",
            ),
        ],
    )
    tracked(
        doc,
        [
            (
                "del",
                "4. Đầu tư nạo vét kênh Ba Thê Mới và xây dựng 02 trạm bơm điện phục vụ vùng sản xuất. Phòng Kinh tế chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu vực; hoàn thành trước ngày 30/11/2026.",
            )
        ],
        para_mark="del",
    )
    r5 = tracked(
        doc,
        [
            ("del", "5"),
            ("ins", "4"),
            (
                "",
                ". Thu gom rơm rạ ra khỏi đồng ruộng, hỗ trợ người dân sản xuất nấm rơm, phân hữu cơ. Phòng Kinh tế chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã; thời gian: sau mỗi vụ thu hoạch trong năm 2026.",
            ),
        ],
    )
    tracked(
        doc,
        [
            (
                "ins",
                "5. Hỗ trợ cài đặt, sử dụng ứng dụng ghi chép nhật ký đồng ruộng điện tử cho các hộ trong vùng. Đoàn Thanh niên xã chủ trì, phối hợp với Phòng Kinh tế; hoàn thành trước ngày 15/10/2026.",
            )
        ],
        para_mark="ins",
    )
    tracked(
        doc,
        [
            (
                "",
                "6. Tuyên truyền về Đề án trên hệ thống truyền thanh xã và các nhóm Zalo của ấp. Phòng Văn hóa - Xã hội chủ trì, phối hợp với ",
            ),
            ("del", "Đài Truyền thanh xã"),
            ("ins", "Ban Nhân dân các ấp"),
            ("", "; thực hiện thường xuyên."),
        ],
    )
    tracked(
        doc,
        [
            (
                "",
                "7. Theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã trước ngày 10/12/2026. Phòng Kinh tế thực hiện.",
            )
        ],
    )
    heading(doc, "III. KINH PHÍ")
    tracked(
        doc,
        [
            (
                "",
                "Ngân sách xã, nguồn hỗ trợ của Đề án và vốn đối ứng của các hợp tác xã, doanh nghiệp liên kết",
            ),
            ("del", ", nguồn vốn vay Ngân hàng Thế giới"),
            ("", "."),
        ],
    )
    heading(doc, "IV. TỔ CHỨC THỰC HIỆN")
    P(
        doc,
        "Các phòng, đơn vị được phân công chủ động triển khai; định kỳ hằng quý báo cáo kết quả về Phòng Kinh tế để tổng hợp, báo cáo Ủy ban nhân dân xã./.",
    )
    closing(
        doc,
        [
            "- UBND tỉnh An Giang (b/c);",
            "- Sở Nông nghiệp và Môi trường;",
            "- TT Đảng ủy, HĐND xã;",
            "- CT, PCT UBND xã;",
            "- Các đơn vị tại mục II;",
            "- Ban Nhân dân các ấp;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Chau Sóc Ly"],
    )
    doc.add_comment(
        r1,
        text="Đề nghị Phòng Kinh tế bổ sung bản đồ ranh giới vùng kèm theo.",
        author="Văn phòng",
        initials="VP",
    )
    doc.add_comment(
        r5,
        text="Thời gian chưa cụ thể, đề nghị ghi rõ tháng.",
        author="Văn phòng",
        initials="VP",
    )
    settings = doc.settings.element
    settings.append(OxmlElement("w:trackRevisions"))
    header = {
        "number": "",
        "symbol": "KH-UBND",
        "place": "Óc Eo",
        "date": "2026-05",
        "title": "Phát triển vùng sản xuất lúa chất lượng cao, phát thải thấp gắn với xây dựng nông thôn mới trên địa bàn xã Óc Eo năm 2026",
        "issuer": "ỦY BAN NHÂN DÂN XÃ ÓC EO",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Chau Sóc Ly",
        "bases": ["1490/QĐ-TTg", "538/KH-UBND"],
        "recipients": 7,
    }
    KT = "Phòng Kinh tế"
    tasks = [
        T(
            "Rà soát, xác định ranh giới vùng sản xuất lúa chất lượng cao, phát thải thấp tại các ấp Tân Đông, Tân Hiệp, Vọng Đông",
            KT,
            ["Ban Nhân dân các ấp"],
            "2026-06-30",
        ),
        T(
            "Tổ chức tập huấn quy trình canh tác giảm phát thải, sạ thưa, tưới ngập khô xen kẽ cho nông dân",
            KT,
            ["Trung tâm Khuyến nông tỉnh", "Hội Nông dân xã"],
            "2026-08-31",
            start="2026-07-01",
        ),
        T(
            "Vận động, hỗ trợ các tổ hợp tác, hợp tác xã ký kết hợp đồng bao tiêu lúa với doanh nghiệp",
            KT,
            ["Hợp tác xã Nông nghiệp Vọng Thê"],
            "2026-09-30",
        ),
        T(
            "Thu gom rơm rạ ra khỏi đồng ruộng, hỗ trợ người dân sản xuất nấm rơm, phân hữu cơ",
            KT,
            ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            "2026-12-31",
        ),
        T(
            "Hỗ trợ cài đặt, sử dụng ứng dụng ghi chép nhật ký đồng ruộng điện tử cho các hộ trong vùng",
            "Đoàn Thanh niên xã",
            [KT],
            "2026-10-15",
        ),
        T(
            "Tuyên truyền về Đề án trên hệ thống truyền thanh xã và các nhóm Zalo của ấp",
            "Phòng Văn hóa - Xã hội",
            ["Ban Nhân dân các ấp"],
            "2026-12-31",
        ),
    ]
    comment = """Round 40 plan 08 - commune People's Committee DRAFT (Óc Eo, An Giang after the An Giang + Kiên Giang merger), .docx with tracked changes.
First idea: a draft plan with highlighted or struck-through text typed by hand.
Written layout: "DỰ THẢO" top right; blank number "Số:        /KH-UBND" and date "Óc Eo, ngày      tháng 5 năm 2026"; real Word
revisions (w:ins / w:del with w:delText, author "Văn phòng") injected into the runs, w:trackRevisions on in settings, and two
Word comments (comments.xml, author "Văn phòng") anchored on tasks 1 and 4. Tasks are numbered paragraphs "N. <work>. X chủ
trì, phối hợp với Y; <time>."
Revisions (deleted text must not count, inserted text counts): base 512/KH-UBND -> 538/KH-UBND; the whole base "Nghị quyết
số 15/NQ-HĐND" paragraph deleted (paragraph mark too); target 1.200 -> 1.500 ha; task 2 lead "Trạm Khuyến nông" -> "Phòng Kinh
tế", partner ", Hội Nông dân xã" inserted, time "tháng 6/2026" -> "tháng 7 - tháng 8/2026"; task 3 "Hỗ trợ" -> "Vận động, hỗ trợ";
old task 4 (kênh Ba Thê Mới) deleted entirely (paragraph and mark); old "5" renumbered "4"; a new task "5." inserted as a
whole paragraph (Đoàn Thanh niên xã); task 6 partner "Đài Truyền thanh xã" -> "Ban Nhân dân các ấp"; funding clause deleted.
Judgements: after accepting revisions there are tasks 1-7; item 7 ("Theo dõi, tổng hợp ..., báo cáo") is reporting -> not a
task; 6 tasks. Header: number "" (blank), date "2026-05" (blank day), bases only the surviving ones. "sau mỗi vụ thu hoạch
trong năm 2026" -> 2026-12-31. "tháng 7 - tháng 8/2026" -> start 07-01, deadline 08-31. The comments' text is not plan text.
"Ban Nhân dân các ấp" one unit. Recipients: 7 lines."""
    done("08_xa_oc_eo_du_thao_track_changes.docx", ww.save(doc), comment, header, tasks)


# ---------------------------------------------------------------------------
# 09  Joint plan (liên tịch) of two bodies, vague deadlines
# ---------------------------------------------------------------------------


def plan09():
    doc = new_doc()
    ww.a4(doc, left=2.5, right=1.5)
    t = doc.add_table(rows=3, cols=2)
    ww.no_borders(t)
    motto = t.cell(0, 0).merge(t.cell(0, 1))
    ww.fill(
        motto,
        [(ww.MOTTO[0], True), (ww.MOTTO[1], True), "______________________"],
        size=13,
        center=True,
    )
    ww.fill(
        t.cell(1, 0),
        [("HỘI NÔNG DÂN", True), ("TỈNH PHÚ THỌ", True), "______"],
        size=12,
        center=True,
    )
    ww.fill(
        t.cell(1, 1),
        [
            ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", True),
            ("CHI NHÁNH TỈNH PHÚ THỌ", True),
            "______",
        ],
        size=12,
        center=True,
    )
    ww.fill(t.cell(2, 0), "Số: 12/KHLT-HND-NHCSXH", size=12, center=True)
    ww.fill(t.cell(2, 1), "Phú Thọ, ngày 05 tháng 3 năm 2026", size=12, center=True)
    t.cell(2, 1).paragraphs[0].runs[0].italic = True
    ww.fixed_widths(t, [7.5, 9.0])
    title(
        doc,
        [
            "LIÊN TỊCH",
            "Phối hợp thực hiện ủy thác cho vay vốn tín dụng chính sách xã hội",
            "gắn với xây dựng nông thôn mới năm 2026",
        ],
    )
    for b in [
        "Căn cứ Nghị định số 78/2002/NĐ-CP ngày 04/10/2002 của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách khác;",
        "Căn cứ Văn bản liên tịch số 286/VBLT ngày 10/3/2025 giữa Trung ương Hội Nông dân Việt Nam và Ngân hàng Chính sách xã hội về việc ủy thác cho vay vốn;",
        "Thực hiện Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Phú Thọ lần thứ I, nhiệm kỳ 2025 - 2030,",
    ]:
        P(doc, b, italic=True)
    P(
        doc,
        "Ban Thường vụ Hội Nông dân tỉnh và Ngân hàng Chính sách xã hội chi nhánh tỉnh Phú Thọ (sau đây gọi tắt là hai bên) thống nhất ban hành Kế hoạch liên tịch năm 2026 như sau:",
    )
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    P(
        doc,
        "Nâng cao chất lượng tín dụng chính sách ủy thác qua Hội Nông dân; 100% Tổ tiết kiệm và vay vốn được củng cố sau sắp xếp đơn vị hành chính; tỷ lệ nợ quá hạn dưới 0,2%; góp phần giảm nghèo bền vững và xây dựng nông thôn mới tại các xã vùng đồng bào Mường, Dao của tỉnh.",
    )
    heading(doc, "II. NỘI DUNG PHỐI HỢP")
    P(
        doc,
        "1. Rà soát, kiện toàn Ban quản lý các Tổ tiết kiệm và vay vốn do Hội Nông dân quản lý sau sắp xếp đơn vị hành chính. Giao Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh chủ trì, phối hợp với Phòng Kế hoạch - Nghiệp vụ tín dụng Ngân hàng Chính sách xã hội tỉnh; chậm nhất ngày 15/5/2026 phải hoàn thành.",
    )
    P(
        doc,
        "2. Tập huấn nghiệp vụ ủy thác cho cán bộ Hội Nông dân cấp xã và Ban quản lý Tổ tiết kiệm và vay vốn.",
    )
    P(
        doc,
        "- Đơn vị chủ trì: Phòng Kế hoạch - Nghiệp vụ tín dụng Ngân hàng Chính sách xã hội tỉnh.",
    )
    P(
        doc,
        "- Đơn vị phối hợp: Ban Kinh tế - Xã hội Hội Nông dân tỉnh, Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực.",
    )
    P(doc, "- Thời gian: 6 tháng đầu năm 2026.")
    P(
        doc,
        "3. Đối chiếu, xử lý nợ quá hạn, nợ đến hạn tại các xã có tỷ lệ nợ quá hạn cao (Tân Lạc, Đà Bắc, Yên Thủy). Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực chủ trì, phối hợp với Hội Nông dân các xã Tân Lạc, Đà Bắc, Yên Thủy; thực hiện trong tháng 6-7/2026.",
    )
    P(
        doc,
        "4. Lồng ghép tuyên truyền chính sách tín dụng với hướng dẫn chuyển giao khoa học kỹ thuật, xây dựng mô hình kinh tế hộ gia đình. Ban Tuyên giáo Hội Nông dân tỉnh chủ trì, phối hợp với Trung tâm Hỗ trợ nông dân tỉnh; triển khai từ đầu Quý III/2026.",
    )
    P(
        doc,
        "5. Sơ kết 5 năm thực hiện văn bản liên tịch, biểu dương Tổ tiết kiệm và vay vốn tiêu biểu. Văn phòng Hội Nông dân tỉnh chủ trì, phối hợp với Phòng Hành chính - Tổ chức Ngân hàng Chính sách xã hội tỉnh; thời gian: cuối năm 2026.",
    )
    P(
        doc,
        "6. Hỗ trợ hội viên nông dân vay vốn phát triển sản xuất gắn với sản phẩm OCOP, chuyển đổi số trong thanh toán. Hội Nông dân các xã, phường chủ trì, phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực; thường xuyên trong năm.",
    )
    P(
        doc,
        "7. Kiểm tra, giám sát hoạt động ủy thác tại các Tổ tiết kiệm và vay vốn theo chương trình kiểm tra của mỗi bên; hằng quý tổng hợp kết quả.",
    )
    heading(doc, "III. TỔ CHỨC THỰC HIỆN")
    P(
        doc,
        "Hai bên giao Văn phòng Hội Nông dân tỉnh và Phòng Kế hoạch - Nghiệp vụ tín dụng Ngân hàng Chính sách xã hội tỉnh làm đầu mối theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch; định kỳ 6 tháng, năm tổ chức giao ban liên tịch./.",
    )
    t2 = doc.add_table(rows=1, cols=2)
    ww.no_borders(t2)
    ww.fill(
        t2.cell(0, 0),
        [
            ("TM. BAN THƯỜNG VỤ", True),
            ("HỘI NÔNG DÂN TỈNH", True),
            ("CHỦ TỊCH", True),
            "",
            "",
            "",
            ("Đinh Công Sứ", True),
        ],
        size=13,
        center=True,
    )
    ww.fill(
        t2.cell(0, 1),
        [
            ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", True),
            ("CHI NHÁNH TỈNH PHÚ THỌ", True),
            ("GIÁM ĐỐC", True),
            "",
            "",
            "",
            ("Nguyễn Thị Thanh Huyền", True),
        ],
        size=13,
        center=True,
    )
    ww.fixed_widths(t2, [8.0, 8.0])
    P(doc, "Nơi nhận:", bold=True, italic=True, indent=None)
    for x in [
        "- Trung ương Hội Nông dân Việt Nam (b/c);",
        "- Ngân hàng Chính sách xã hội Việt Nam (b/c);",
        "- Thường trực Tỉnh ủy, UBND tỉnh (b/c);",
        "- Ban Đại diện HĐQT NHCSXH tỉnh;",
        "- Hội Nông dân các xã, phường;",
        "- Phòng giao dịch NHCSXH các khu vực;",
        "- Lưu: VT (HND, NHCSXH).",
    ]:
        P(doc, x, indent=None)
    header = {
        "number": "12",
        "symbol": "KHLT-HND-NHCSXH",
        "place": "Phú Thọ",
        "date": "2026-03-05",
        "title": "LIÊN TỊCH Phối hợp thực hiện ủy thác cho vay vốn tín dụng chính sách xã hội gắn với xây dựng nông thôn mới năm 2026",
        "issuer": "HỘI NÔNG DÂN TỈNH PHÚ THỌ",
        "authority": "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH",
        "signer_title": "CHỦ TỊCH",
        "signer": "Đinh Công Sứ",
        "bases": ["78/2002/NĐ-CP", "286/VBLT"],
        "recipients": 7,
        "cosigners": [
            {
                "agency": "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH TỈNH PHÚ THỌ",
                "authority": "",
                "signer_title": "GIÁM ĐỐC",
                "signer": "Nguyễn Thị Thanh Huyền",
            }
        ],
    }
    NV = "Phòng Kế hoạch - Nghiệp vụ tín dụng Ngân hàng Chính sách xã hội tỉnh"
    PGD = "Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực"
    tasks = [
        T(
            "Rà soát, kiện toàn Ban quản lý các Tổ tiết kiệm và vay vốn do Hội Nông dân quản lý sau sắp xếp đơn vị hành chính",
            "Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh",
            [NV],
            "2026-05-15",
        ),
        T(
            "Tập huấn nghiệp vụ ủy thác cho cán bộ Hội Nông dân cấp xã và Ban quản lý Tổ tiết kiệm và vay vốn",
            NV,
            ["Ban Kinh tế - Xã hội Hội Nông dân tỉnh", PGD],
            "2026-06-30",
        ),
        T(
            "Đối chiếu, xử lý nợ quá hạn, nợ đến hạn tại các xã có tỷ lệ nợ quá hạn cao (Tân Lạc, Đà Bắc, Yên Thủy)",
            PGD,
            ["Hội Nông dân các xã Tân Lạc, Đà Bắc, Yên Thủy"],
            "2026-07-31",
            start="2026-06-01",
        ),
        T(
            "Lồng ghép tuyên truyền chính sách tín dụng với hướng dẫn chuyển giao khoa học kỹ thuật, xây dựng mô hình kinh tế hộ gia đình",
            "Ban Tuyên giáo Hội Nông dân tỉnh",
            ["Trung tâm Hỗ trợ nông dân tỉnh"],
            "2026-07-31",
            start="2026-07-01",
        ),
        T(
            "Sơ kết 5 năm thực hiện văn bản liên tịch, biểu dương Tổ tiết kiệm và vay vốn tiêu biểu",
            "Văn phòng Hội Nông dân tỉnh",
            ["Phòng Hành chính - Tổ chức Ngân hàng Chính sách xã hội tỉnh"],
            "2026-12-31",
        ),
        T(
            "Hỗ trợ hội viên nông dân vay vốn phát triển sản xuất gắn với sản phẩm OCOP, chuyển đổi số trong thanh toán",
            "Hội Nông dân các xã, phường",
            [PGD],
            "2026-12-31",
        ),
    ]
    comment = """Round 40 plan 09 - JOINT plan (liên tịch) of Hội Nông dân tỉnh Phú Thọ and Ngân hàng Chính sách xã hội chi nhánh tỉnh Phú Thọ
(Phú Thọ after the Phú Thọ + Vĩnh Phúc + Hòa Bình merger), .docx.
First idea: one issuer top-left with "Số: .../KHLT" and the second body only in the signature.
Written layout: a borderless header table: row 1 the motto centred across the page; row 2 the two issuers side by side
(left "HỘI NÔNG DÂN / TỈNH PHÚ THỌ", right "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / CHI NHÁNH TỈNH PHÚ THỌ"); row 3 one joint number
"Số: 12/KHLT-HND-NHCSXH" under the left issuer and the place/date under the right one (so the date sits under the bank,
not under the motto). "KẾ HOẠCH" then "LIÊN TỊCH" then two title lines. Tasks are numbered paragraphs, some
with the lead in the sentence, task 2 with "- Đơn vị chủ trì/phối hợp/Thời gian" lines. Two signatures side by side in a
borderless table, "Nơi nhận" below them.
Judgements: issuer = the left body "HỘI NÔNG DÂN TỈNH PHÚ THỌ"; cosigner issuer = "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH TỈNH
PHÚ THỌ" (both lines are the bank branch's name, not a superior). Title includes "LIÊN TỊCH" because the document prints it as
the first line after "KẾ HOẠCH" ("Kế hoạch liên tịch ..."); a reader could also drop it - written here as printed.
Authority of the Hội side: "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH" (two lines joined); the bank's side has no TM./KT. line (its
block repeats the body's name above "GIÁM ĐỐC") -> authority "". Base 3 (Nghị quyết Đại hội ... lần thứ I) has neither number
nor date -> not listed. Item 7 (kiểm tra, giám sát; tổng hợp) is monitoring -> not a task; 6 tasks.
Deadlines: "chậm nhất ngày 15/5/2026 phải hoàn thành" -> 2026-05-15; "6 tháng đầu năm 2026" -> 2026-06-30; "tháng 6-7/2026" ->
start 2026-06-01, deadline 2026-07-31; "từ đầu Quý III/2026" -> start 2026-07-01 and deadline 2026-07-31 (DECISION: "đầu
Quý III" read as the first month of the quarter, July; an importer giving 2026-09-30 is defensible but counted as a miss
here); "cuối năm 2026" -> 2026-12-31; "thường xuyên trong năm" -> 2026-12-31. "Hội Nông dân các xã Tân Lạc, Đà Bắc, Yên Thủy" and
"Hội Nông dân các xã, phường" are one unit each. Recipients: 7 lines."""
    done("09_lien_tich_hnd_nhcsxh_phu_tho.docx", ww.save(doc), comment, header, tasks)


# ---------------------------------------------------------------------------
# 10  Ward plan (.odt), tasks grouped under time headings
# ---------------------------------------------------------------------------


def plan10():
    doc = new_doc()
    top(
        doc,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "______"],
        "Thủ Dầu Một, ngày 22 tháng 12 năm 2025",
        number_line="Số: 215/KH-UBND",
    )
    title(
        doc,
        [
            "Xây dựng phường đạt chuẩn đô thị văn minh và thực hiện phong trào",
            '"Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2026',
        ],
    )
    for b in [
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        'Căn cứ Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ quy định tiêu chuẩn, trình tự, thủ tục xét công nhận danh hiệu "Phường, Thị trấn đạt chuẩn đô thị văn minh";',
        'Thực hiện Kế hoạch số 5120/KH-UBND ngày 15/12/2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh về phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2026,',
    ]:
        P(doc, b, italic=True)
    P(doc, "Ủy ban nhân dân phường Thủ Dầu Một ban hành Kế hoạch với các nội dung sau:")
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    P(
        doc,
        '- Giữ vững danh hiệu "Phường đạt chuẩn đô thị văn minh"; 95% hộ gia đình đạt danh hiệu "Gia đình văn hóa", 100% khu phố đạt danh hiệu "Khu phố văn hóa".',
    )
    P(
        doc,
        "- Các nhiệm vụ được triển khai theo tiến độ từng quý, gắn trách nhiệm của người đứng đầu đơn vị.",
    )
    heading(doc, "II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN")
    sections = [
        (
            "1. Quý I/2026:",
            [
                "- Tổ chức hội nghị triển khai Kế hoạch đến Ban điều hành các khu phố (Văn phòng HĐND và UBND chủ trì, phối hợp Phòng Văn hóa - Xã hội).",
                "- Rà soát, cập nhật tiêu chí đô thị văn minh sau sắp xếp đơn vị hành chính; hoàn thành trước ngày 15/3/2026 (Phòng Kinh tế, Hạ tầng và Đô thị chủ trì).",
                '- Ra quân "Ngày Chủ nhật xanh" dọn dẹp vệ sinh, xóa các điểm tập kết rác tự phát dọc rạch Bà Cô: Đoàn Thanh niên phường chủ trì, phối hợp Hội Liên hiệp Phụ nữ phường và Ban điều hành các khu phố.',
            ],
        ),
        (
            "2. Quý II/2026:",
            [
                "- Chỉnh trang vỉa hè, lòng đường, xử lý lấn chiếm hành lang an toàn giao thông trên đường Bạch Đằng, Yersin (đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND phường chỉ đạo; Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Công an phường phối hợp).",
                '- Lắp đặt camera an ninh tại các tuyến hẻm thuộc khu phố 3, khu phố 7 theo mô hình "Camera vì an ninh trật tự" (Công an phường chủ trì).',
                "- Tổ chức Ngày hội Gia đình Việt Nam 28/6 và liên hoan văn nghệ quần chúng các khu phố (Phòng Văn hóa - Xã hội chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam phường).",
            ],
        ),
        (
            "3. Từ tháng 7 đến hết năm:",
            [
                "- Vận động hộ kinh doanh ký cam kết văn minh thương mại, không lấn chiếm vỉa hè tại chợ Thủ Dầu Một (Ban quản lý chợ Thủ Dầu Một chủ trì).",
                '- Xây dựng 02 tuyến đường kiểu mẫu "Sáng - Xanh - Sạch - Đẹp" tại khu phố 1 và khu phố 5 (Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp Ban điều hành các khu phố 1, 5).',
                '- Bình xét danh hiệu "Gia đình văn hóa", "Khu phố văn hóa" năm 2026 (Phòng Văn hóa - Xã hội chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam phường).',
                "- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân Thành phố (Phòng Văn hóa - Xã hội thực hiện).",
            ],
        ),
    ]
    for head, items in sections:
        P(doc, head, bold=True)
        for x in items:
            P(doc, x)
    heading(doc, "III. KINH PHÍ")
    P(
        doc,
        "Từ nguồn ngân sách phường năm 2026 và nguồn vận động xã hội hóa theo quy định.",
    )
    heading(doc, "IV. TỔ CHỨC THỰC HIỆN")
    P(
        doc,
        "Các phòng, đơn vị căn cứ nhiệm vụ được phân công tổ chức thực hiện đúng tiến độ; báo cáo kết quả về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) trước ngày 25 của tháng cuối quý./.",
    )
    closing(
        doc,
        [
            "- UBND Thành phố (b/c);",
            "- Sở Văn hóa và Thể thao;",
            "- TT Đảng ủy, HĐND phường;",
            "- UBMTTQ Việt Nam phường;",
            "- CT, các PCT UBND phường;",
            "- Các phòng, đơn vị thuộc phường;",
            "- Ban điều hành các khu phố;",
            "- Lưu: VT, VHXH.",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Huỳnh Thị Ngọc Trâm",
        ],
    )
    header = {
        "number": "215",
        "symbol": "KH-UBND",
        "place": "Thủ Dầu Một",
        "date": "2025-12-22",
        "title": 'Xây dựng phường đạt chuẩn đô thị văn minh và thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2026',
        "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Huỳnh Thị Ngọc Trâm",
        "bases": ["Luật ngày 10/11/2022", "04/2022/QĐ-TTg", "5120/KH-UBND"],
        "recipients": 8,
    }
    VH, HT = "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"
    MT = "Ủy ban Mặt trận Tổ quốc Việt Nam phường"
    Q1, Q2, H2 = ("2026-03-31", ""), ("2026-06-30", ""), ("2026-12-31", "2026-07-01")
    tasks = [
        T(
            "Tổ chức hội nghị triển khai Kế hoạch đến Ban điều hành các khu phố",
            "Văn phòng HĐND và UBND",
            [VH],
            *Q1,
        ),
        T(
            "Rà soát, cập nhật tiêu chí đô thị văn minh sau sắp xếp đơn vị hành chính",
            HT,
            [],
            "2026-03-15",
        ),
        T(
            'Ra quân "Ngày Chủ nhật xanh" dọn dẹp vệ sinh, xóa các điểm tập kết rác tự phát dọc rạch Bà Cô',
            "Đoàn Thanh niên phường",
            ["Hội Liên hiệp Phụ nữ phường", "Ban điều hành các khu phố"],
            *Q1,
        ),
        T(
            "Chỉnh trang vỉa hè, lòng đường, xử lý lấn chiếm hành lang an toàn giao thông trên đường Bạch Đằng, Yersin",
            HT,
            ["Công an phường"],
            *Q2,
            official="Trần Quốc Bảo",
        ),
        T(
            'Lắp đặt camera an ninh tại các tuyến hẻm thuộc khu phố 3, khu phố 7 theo mô hình "Camera vì an ninh trật tự"',
            "Công an phường",
            [],
            *Q2,
        ),
        T(
            "Tổ chức Ngày hội Gia đình Việt Nam 28/6 và liên hoan văn nghệ quần chúng các khu phố",
            VH,
            [MT],
            *Q2,
        ),
        T(
            "Vận động hộ kinh doanh ký cam kết văn minh thương mại, không lấn chiếm vỉa hè tại chợ Thủ Dầu Một",
            "Ban quản lý chợ Thủ Dầu Một",
            [],
            *H2,
        ),
        T(
            'Xây dựng 02 tuyến đường kiểu mẫu "Sáng - Xanh - Sạch - Đẹp" tại khu phố 1 và khu phố 5',
            HT,
            ["Ban điều hành các khu phố 1, 5"],
            *H2,
        ),
        T(
            'Bình xét danh hiệu "Gia đình văn hóa", "Khu phố văn hóa" năm 2026',
            VH,
            [MT],
            *H2,
        ),
    ]
    comment = """Round 40 plan 10 - ward People's Committee (phường Thủ Dầu Một, Thành phố Hồ Chí Minh after Bình Dương joined it), .odt.
First idea: a ward plan with a timetable table (Thời gian | Nội dung | Đơn vị).
Written layout: built as .docx, saved as OpenDocument text by LibreOffice. Section II has bold time headings "1. Quý I/2026:",
"2. Quý II/2026:", "3. Từ tháng 7 đến hết năm:" and "-" items under each; each item names its lead in brackets "(X chủ trì,
phối hợp Y)" or in the sentence ("...: Đoàn Thanh niên phường chủ trì, phối hợp ..."); the deadline comes from the heading.
Judgements: the plan's year is 2026 (dated 22/12/2025). Quý I -> deadline 2026-03-31; Quý II -> 2026-06-30; "Từ tháng 7 đến
hết năm" -> start 2026-07-01, deadline 2026-12-31. Items under Quý I/II get NO start (the convention gives a quarter only a
deadline). Item 2 states its own date "trước ngày 15/3/2026" -> 2026-03-15 overrides the heading. The last item ("Tổng hợp,
báo cáo kết quả ...") is reporting -> not a task; 9 tasks. "(đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND phường chỉ đạo; ...)"
-> official "Trần Quốc Bảo", lead "Phòng Kinh tế, Hạ tầng và Đô thị" (one body whose name has a comma), partner "Công an
phường" ("Công an phường phối hợp"). "Ban điều hành các khu phố 1, 5" one unit. Date "28/6" in task 6's title is part of the
work's name, not a deadline. Base "Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022" -> "Luật ngày 10/11/2022".
Recipients: 8 lines."""
    done(
        "10_phuong_thu_dau_mot_theo_quy.odt",
        soffice(ww.save(doc), ".docx", "odt"),
        comment,
        header,
        tasks,
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for i, f in enumerate(
        [
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
        ],
        1,
    ):
        if not only or str(i) in only:
            f()
