"""Writes round 33's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round33.py

Round 33 is the lead's ninth BLIND hold-out (07/12/2026): ten plans of
2024-2027 by a helper who read neither the importer, its corpus, its docs
nor the seeds, written while rounds 31 and 32 were being fixed and
measured on main as it stood at 06:52 UTC (51f62b7): tasks 74.0/58.7,
leads 84.1/58.7, coordinating 84.0/62.7, officials 95.8/60.5, deadlines
85.7/57.1, starts 92.3/70.6, header 94.7/91.5. No expected result was
changed after measuring. It is kept out of the default sets: nothing has
been changed for it yet.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    fixed_widths,
    header_table,
    para,
    repeat_header,
    save,
)

OUT = HERE / "round33"


def saved_as(data: bytes, target: str) -> bytes:
    from make_files import saved_as as convert

    return convert(data, target)


def header(
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


def task(title, lead, coordinating=(), deadline="", start="", official=""):
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


def runs(doc, parts, *, indent=1.0, style=None, size=13):
    """A paragraph of (text, bold) parts."""
    p = doc.add_paragraph(style=style)
    for text, strong in parts:
        r = p.add_run(text)
        r.bold = strong
        r.font.size = Pt(size)
    if indent is not None:
        from docx.shared import Cm

        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def merge_row(table, row_index, text, *, bold=True, size=12):
    row = table.rows[row_index]
    first = row.cells[0].merge(row.cells[-1])
    fill(first, text, size=size, bold=bold)
    return first


# ---------------------------------------------------------------------------
# 01 — a commune UBND's Quyết định with the Kế hoạch attached after it
# ---------------------------------------------------------------------------
def plan01():
    title = "Xây dựng xã Phước Hữu đạt chuẩn nông thôn mới nâng cao năm 2027"
    doc = Document()
    a4(doc)
    header_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC HỮU", "", "Số: 112/QĐ-UBND"],
        "Phước Hữu, ngày 20 tháng 01 năm 2027",
    )
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(
        doc,
        "Ban hành Kế hoạch xây dựng xã Phước Hữu đạt chuẩn nông thôn mới "
        "nâng cao năm 2027",
        bold=True,
        center=True,
    )
    para(doc, "ỦY BAN NHÂN DÂN XÃ PHƯỚC HỮU", bold=True, center=True)
    for line in [
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 30 tháng 12 năm 2025 của Thủ tướng "
        "Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới các cấp giai đoạn 2026 - 2030;",
        "Căn cứ Kế hoạch số 35/KH-UBND ngày 10 tháng 01 năm 2027 của Ủy ban nhân dân "
        "tỉnh Khánh Hòa về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        "Theo đề nghị của Trưởng phòng Kinh tế xã tại Tờ trình số 09/TTr-PKT ngày 15 tháng 01 năm 2027.",
    ]:
        para(doc, line, italic=True, indent=1.0)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    runs(
        doc,
        [
            ("Điều 1. ", True),
            (
                "Ban hành kèm theo Quyết định này Kế hoạch xây dựng "
                "xã Phước Hữu đạt chuẩn nông thôn mới nâng cao năm 2027.",
                False,
            ),
        ],
    )
    runs(
        doc, [("Điều 2. ", True), ("Quyết định này có hiệu lực kể từ ngày ký.", False)]
    )
    runs(
        doc,
        [
            ("Điều 3. ", True),
            (
                "Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế, "
                "Trưởng phòng Văn hóa - Xã hội, Trưởng Công an xã, Trưởng các thôn và các cơ "
                "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                False,
            ),
        ],
    )
    closing_beside(
        doc,
        [
            "- Như Điều 3;",
            "- UBND tỉnh Khánh Hòa (b/c);",
            "- TT Đảng ủy xã (b/c);",
            "- TT HĐND xã;",
            "- Lưu: VT, PKT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)", "", "Đàng Năng Thọ"],
    )
    page_break(doc)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC HỮU"], "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(
        doc,
        "(Ban hành kèm theo Quyết định số 112/QĐ-UBND ngày 20/01/2027 của "
        "Ủy ban nhân dân xã Phước Hữu)",
        italic=True,
        center=True,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Duy trì, nâng chất các tiêu chí xã nông thôn mới đã đạt; phấn đấu đến hết năm 2027 "
        "xã Phước Hữu đạt đủ 19/19 tiêu chí xã nông thôn mới nâng cao theo Bộ tiêu chí giai "
        "đoạn 2026 - 2030; thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ", bold=True)
    items = [
        "1. Giao Phòng Kinh tế xã chủ trì, phối hợp với Hợp tác xã nông nghiệp Phước Hữu và "
        "các thôn Hữu Đức, Hậu Sanh, Tân Đức xây dựng phương án chuyển đổi 45 ha đất lúa kém "
        "hiệu quả sang trồng nho, táo; đồng chí Quảng Đại Minh - Phó Chủ tịch UBND xã trực tiếp "
        "chỉ đạo; hoàn thành trước 31/3/2027.",
        "2. Giao Ban Quản lý dự án đầu tư xây dựng xã chủ trì, phối hợp Phòng Kinh tế xã tổ chức "
        "nâng cấp, mở rộng 2,3 km đường trục thôn Tân Đức đạt chuẩn mặt đường 5,5 m; thời gian "
        "thực hiện từ tháng 3 đến tháng 8/2027.",
        "3. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế xã và Bảo hiểm xã hội "
        "khu vực vận động người dân tham gia bảo hiểm y tế, nâng tỷ lệ bao phủ đạt 96%; hoàn "
        "thành trong Quý III/2027.",
        "4. Giao Công an xã chủ trì, phối hợp Ban Chỉ huy Quân sự xã và Ban Công tác Mặt trận "
        "các thôn lắp đặt, vận hành hệ thống camera an ninh tại các tuyến đường liên thôn "
        '(mô hình "Camera an ninh"); hoàn thành tháng 9/2027.',
        "5. Giao Trung tâm Phục vụ hành chính công xã chủ trì, phối hợp Văn phòng HĐND và UBND "
        "xã hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình, bảo đảm tỷ lệ đạt trên 80%; "
        "thực hiện thường xuyên.",
        "6. Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp các tổ chức chính trị - xã hội "
        'xã phát động phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" '
        "gắn với bình xét khu dân cư văn hóa; hoàn thành trong Quý IV/2027.",
        "7. Giao Phòng Kinh tế xã chủ trì, phối hợp Hội Nông dân xã hỗ trợ Hợp tác xã nông "
        'nghiệp Phước Hữu hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP "Nho sấy Phước '
        'Hữu" đạt 4 sao; ông Thập Văn Hùng - Phó Trưởng phòng Kinh tế xã theo dõi; thời hạn '
        "trước 30/6/2027.",
    ]
    for text in items:
        para(doc, text, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Kinh tế xã là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, "
        "tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND xã trước ngày 15 tháng cuối "
        "mỗi quý.",
        indent=1.0,
    )
    para(
        doc,
        "2. Các phòng, đơn vị được giao nhiệm vụ chủ động xây dựng kế hoạch chi tiết, "
        "định kỳ báo cáo kết quả về Phòng Kinh tế xã để tổng hợp.",
        indent=1.0,
    )
    doc_bytes = save(doc)
    tasks = [
        task(
            "Xây dựng phương án chuyển đổi 45 ha đất lúa kém hiệu quả sang trồng nho, táo",
            "Phòng Kinh tế xã",
            ["Hợp tác xã nông nghiệp Phước Hữu", "các thôn Hữu Đức, Hậu Sanh, Tân Đức"],
            "2027-03-31",
            official="Quảng Đại Minh",
        ),
        task(
            "Nâng cấp, mở rộng 2,3 km đường trục thôn Tân Đức đạt chuẩn mặt đường 5,5 m",
            "Ban Quản lý dự án đầu tư xây dựng xã",
            ["Phòng Kinh tế xã"],
            "2027-08-31",
            start="2027-03-01",
        ),
        task(
            "Vận động người dân tham gia bảo hiểm y tế, nâng tỷ lệ bao phủ đạt 96%",
            "Phòng Văn hóa - Xã hội",
            ["Trạm Y tế xã", "Bảo hiểm xã hội khu vực"],
            "2027-09-30",
        ),
        task(
            "Lắp đặt, vận hành hệ thống camera an ninh tại các tuyến đường liên thôn "
            '(mô hình "Camera an ninh")',
            "Công an xã",
            ["Ban Chỉ huy Quân sự xã", "Ban Công tác Mặt trận các thôn"],
            "2027-09-30",
        ),
        task(
            "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình, bảo đảm tỷ lệ đạt trên 80%",
            "Trung tâm Phục vụ hành chính công xã",
            ["Văn phòng HĐND và UBND xã"],
            "2027-12-31",
        ),
        task(
            'Phát động phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" '
            "gắn với bình xét khu dân cư văn hóa",
            "Ủy ban MTTQ Việt Nam xã",
            ["các tổ chức chính trị - xã hội xã"],
            "2027-12-31",
        ),
        task(
            "Hỗ trợ Hợp tác xã nông nghiệp Phước Hữu hoàn thiện hồ sơ đánh giá, phân hạng sản "
            'phẩm OCOP "Nho sấy Phước Hữu" đạt 4 sao',
            "Phòng Kinh tế xã",
            ["Hội Nông dân xã"],
            "2027-06-30",
            official="Thập Văn Hùng",
        ),
    ]
    hdr = header(
        "112",
        "QĐ-UBND",
        "Phước Hữu",
        "2027-01-20",
        title,
        "ỦY BAN NHÂN DÂN XÃ PHƯỚC HỮU",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Đàng Năng Thọ",
        ["72/2025/QH15", "51/2025/QĐ-TTg", "35/KH-UBND"],
        5,
    )
    comment = (
        "Commune UBND (Khánh Hòa, Chăm names): a Quyết định (number/symbol/signature are the QĐ's) "
        "with the Kế hoạch attached after a page break; tasks are 'Giao X chủ trì, phối hợp Y ...' "
        "sentences with officials inside; 'Tờ trình' (Theo đề nghị) is not a basis."
    )
    return "01_qd_kem_ke_hoach_xa_phuoc_huu.docx", doc_bytes, comment, hdr, tasks


# ---------------------------------------------------------------------------
# 02 — a Party committee plan, tasks as Word auto-numbered list + label lines
# ---------------------------------------------------------------------------
def plan02():
    title = (
        "Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ xã về phát triển du lịch cộng "
        "đồng gắn với xây dựng nông thôn mới năm 2027"
    )
    doc = Document()
    a4(doc)
    t = header_table(
        doc,
        ["ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "ĐẢNG ỦY XÃ MƯỜNG PHĂNG", "*", "Số 15-KH/ĐU"],
        "Mường Phăng, ngày 05 tháng 3 năm 2027",
    )
    right = t.cell(0, 1)
    right.paragraphs[0].text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    right.paragraphs[1].text = ""
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(doc, "-----", center=True)
    para(
        doc,
        "Thực hiện Nghị quyết số 04-NQ/ĐU, ngày 10/01/2027 của Ban Chấp hành Đảng bộ xã "
        "về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới giai đoạn "
        "2026 - 2030; Kế hoạch số 112-KH/TU, ngày 20/12/2026 của Ban Thường vụ Tỉnh ủy, "
        "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện năm 2027 như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Cụ thể hóa các chỉ tiêu của Nghị quyết; phân công rõ người, rõ việc, rõ thời "
        "gian, rõ trách nhiệm đến từng chi bộ, cơ quan, đoàn thể.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    items = [
        (
            "Xây dựng và công bố Đề án phát triển du lịch cộng đồng bản Che Căn, bản Mường Phăng I "
            "giai đoạn 2027 - 2030",
            "Ủy ban nhân dân xã",
            "Phòng Văn hóa - Xã hội xã; Ban quản lý bản Che Căn",
            "đồng chí Lò Văn Xôm - Phó Bí thư Thường trực Đảng ủy",
            "Quý II/2027",
        ),
        (
            "Mở 02 lớp bồi dưỡng kỹ năng làm du lịch cộng đồng (homestay, hướng dẫn viên tại điểm) "
            "cho 60 hộ đồng bào Thái",
            "Phòng Văn hóa - Xã hội xã",
            "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã",
            "bà Lường Thị Thoa - Trưởng phòng Văn hóa - Xã hội",
            "từ tháng 4 đến tháng 6/2027",
        ),
        (
            "Khôi phục đội văn nghệ dân gian, chuẩn bị chương trình xòe Thái phục vụ khách du lịch "
            "tại bản Che Căn",
            "Chi bộ bản Che Căn",
            "Đoàn Thanh niên xã",
            "ông Cầm Văn Inh - Bí thư Chi bộ bản Che Căn",
            "trước 30/6/2027",
        ),
        (
            "Hoàn thiện 1,2 km đường nội bản và bãi đỗ xe điểm du lịch Che Căn",
            "Ban Quản lý dự án đầu tư xây dựng xã",
            "Ủy ban nhân dân xã; Nhân dân bản Che Căn",
            "",
            "tháng 9/2027",
        ),
        (
            "Đưa sản phẩm gạo nếp tan Mường Phăng, rượu men lá lên sàn thương mại điện tử",
            "Hội Nông dân xã",
            "Hợp tác xã nông nghiệp Mường Phăng",
            "ông Lò Văn Pâng - Chủ tịch Hội Nông dân xã",
            "6 tháng cuối năm 2027",
        ),
    ]
    for name, lead, partners, person, when in items:
        p = para(doc, name, bold=True, style="List Number")
        p.paragraph_format.first_line_indent = None
        para(doc, f"- Đơn vị chủ trì: {lead}.", indent=1.0)
        para(doc, f"- Đơn vị phối hợp: {partners}.", indent=1.0)
        if person:
            para(doc, f"- Cán bộ phụ trách: {person}.", indent=1.0)
        para(doc, f"- Thời gian: {when}.", indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Các chi bộ trực thuộc, Đảng ủy Ủy ban nhân dân xã căn cứ Kế hoạch này xây "
        "dựng kế hoạch cụ thể để tổ chức thực hiện.",
        indent=1.0,
    )
    para(
        doc,
        "2. Ủy ban kiểm tra Đảng ủy xã theo dõi, kiểm tra, giám sát việc thực hiện; "
        "Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ Đảng ủy 6 tháng, 1 năm.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Các đồng chí Đảng ủy viên,",
            "- Các chi bộ trực thuộc,",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Lò Văn Thanh"],
    )
    tasks = []
    for name, lead, partners, person, when in items:
        official = (
            person.split(" - ")[0]
            .replace("đồng chí ", "")
            .replace("bà ", "")
            .replace("ông ", "")
            if person
            else ""
        )
        deadline, start = {
            "Quý II/2027": ("2027-06-30", ""),
            "từ tháng 4 đến tháng 6/2027": ("2027-06-30", "2027-04-01"),
            "trước 30/6/2027": ("2027-06-30", ""),
            "tháng 9/2027": ("2027-09-30", ""),
            "6 tháng cuối năm 2027": ("2027-12-31", "2027-07-01"),
        }[when]
        tasks.append(task(name, lead, partners.split("; "), deadline, start, official))
    hdr = header(
        "15",
        "KH/ĐU",
        "Mường Phăng",
        "2027-03-05",
        title,
        "ĐẢNG ỦY XÃ MƯỜNG PHĂNG",
        "T/M ĐẢNG ỦY",
        "BÍ THƯ",
        "Lò Văn Thanh",
        ["04-NQ/ĐU", "112-KH/TU"],
        4,
    )
    comment = (
        "Party committee (Đảng ủy xã, Điện Biên, Thái names), 'Số 15-KH/ĐU' without colon, "
        "ĐẢNG CỘNG SẢN VIỆT NAM instead of the motto; task names are a Word auto-numbered "
        "list (List Number: no digits in the text) each followed by label lines."
    )
    return "02_dang_uy_muong_phang.docx", save(doc), comment, hdr, tasks


# ---------------------------------------------------------------------------
# 03 — MTTQ standing board: each paragraph starts with the body in bold
# ---------------------------------------------------------------------------
def plan03():
    title = (
        'Vận động ủng hộ Quỹ "Vì người nghèo" và chăm lo Tết cho hộ nghèo, hộ cận '
        "nghèo dịp Tết Nguyên đán Đinh Mùi năm 2027"
    )
    doc = Document()
    a4(doc)
    header_table(
        doc,
        [
            "ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG",
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ",
            "VIỆT NAM XÃ QUẢNG HÒA",
            "",
            "Số: 41/KH-MTTQ-BTT",
        ],
        "Quảng Hòa, ngày 12 tháng 11 năm 2026",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(
        doc,
        "Căn cứ Hướng dẫn số 28/HD-MTTQ-BTT ngày 03/11/2026 của Ban Thường trực Ủy ban "
        'MTTQ Việt Nam tỉnh Cao Bằng về tổ chức Tháng cao điểm "Vì người nghèo" năm 2026;',
        indent=1.0,
    )
    para(
        doc,
        "Thực hiện Chương trình phối hợp thống nhất hành động ngày 02/10/2026 giữa Ban "
        "Thường trực Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã,",
        indent=1.0,
    )
    para(
        doc,
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Hòa xây dựng Kế hoạch như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Bảo đảm 100% hộ nghèo, hộ cận nghèo, gia đình chính sách trên địa bàn xã đều "
        "được thăm hỏi, tặng quà, có điều kiện vui Xuân, đón Tết.",
        indent=1.0,
    )
    para(doc, "II. CHỈ TIÊU", bold=True)
    para(
        doc,
        'Vận động được ít nhất 150 triệu đồng cho Quỹ "Vì người nghèo" xã; trao 300 suất '
        "quà Tết; hỗ trợ sửa chữa 03 nhà ở cho hộ nghèo.",
        indent=1.0,
    )
    para(doc, "III. PHÂN CÔNG THỰC HIỆN", bold=True)
    duties = [
        (
            "Ban Công tác Mặt trận các xóm: ",
            "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo, người cao tuổi neo đơn cần hỗ trợ "
            "dịp Tết, gửi về Ban Thường trực Ủy ban MTTQ xã trước ngày 30/11/2026.",
        ),
        (
            "Ban Thường trực Ủy ban MTTQ xã: ",
            'Tổ chức Lễ phát động và tiếp nhận ủng hộ Quỹ "Vì người nghèo" xã vào ngày '
            "20/11/2026 tại Hội trường UBND xã; giao đồng chí Hoàng Thị Mai - Phó Chủ tịch "
            "Ủy ban MTTQ xã chuẩn bị nội dung, khách mời.",
        ),
        (
            "Hội Nông dân xã: ",
            "Chủ trì, phối hợp với Hợp tác xã nông nghiệp Quảng Hòa hỗ trợ giống ngô lai, phân "
            "bón cho 35 hộ nghèo sản xuất vụ Đông Xuân 2026 - 2027, hoàn thành cấp phát trước "
            "ngày 15/12/2026.",
        ),
        (
            "Hội Cựu chiến binh xã: ",
            "Chủ trì, phối hợp Đoàn Thanh niên xã huy động ngày công, vật liệu sửa chữa 03 nhà "
            "ở cho hộ nghèo tại các xóm Bó Tờ, Nà Lẹng, Phia Đeng; thời gian từ tháng 12/2026 "
            "đến tháng 01/2027.",
        ),
        (
            "Hội Liên hiệp Phụ nữ xã: ",
            "Vận động hội viên, nhà hảo tâm, trao 120 suất quà cho phụ nữ nghèo, phụ nữ đơn "
            "thân nuôi con nhỏ; hoàn thành trước Tết Nguyên đán Đinh Mùi.",
        ),
        (
            "Đoàn Thanh niên xã: ",
            'Tổ chức "Phiên chợ Tết 0 đồng" cho 150 hộ nghèo, hộ cận nghèo tại chợ trung tâm '
            "xã vào ngày 25/01/2027, phối hợp Hội Liên hiệp Phụ nữ xã.",
        ),
        (
            "Đồng chí Hoàng Văn Thắng - Phó Chủ tịch Ủy ban MTTQ xã: ",
            "Theo dõi, đôn đốc các tổ chức thành viên, tổng hợp kết quả vận động Quỹ, báo cáo "
            "Ban Thường trực hằng tuần.",
        ),
        (
            "Các tổ chức thành viên: ",
            "Định kỳ hằng tháng báo cáo kết quả thực hiện về Ban Thường trực Ủy ban MTTQ xã "
            "(qua đồng chí Hoàng Văn Thắng).",
        ),
    ]
    for lead, text in duties:
        runs(doc, [(lead, True), (text, False)])
    para(
        doc,
        'Trên đây là Kế hoạch vận động ủng hộ Quỹ "Vì người nghèo" và chăm lo Tết năm '
        "2027 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Hòa./.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- BTT UBMTTQ tỉnh (b/c);",
            "- Đảng ủy, HĐND, UBND xã (b/c);",
            "- Các tổ chức thành viên;",
            "- Ban CTMT các xóm;",
            "- Lưu: VT.",
        ],
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Nông Văn Khải"],
    )
    tasks = [
        task(
            "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo, người cao tuổi neo đơn cần hỗ trợ "
            "dịp Tết",
            "Ban Công tác Mặt trận các xóm",
            [],
            "2026-11-30",
        ),
        task(
            'Tổ chức Lễ phát động và tiếp nhận ủng hộ Quỹ "Vì người nghèo" xã',
            "Ban Thường trực Ủy ban MTTQ xã",
            [],
            "2026-11-20",
            official="Hoàng Thị Mai",
        ),
        task(
            "Hỗ trợ giống ngô lai, phân bón cho 35 hộ nghèo sản xuất vụ Đông Xuân 2026 - 2027",
            "Hội Nông dân xã",
            ["Hợp tác xã nông nghiệp Quảng Hòa"],
            "2026-12-15",
        ),
        task(
            "Huy động ngày công, vật liệu sửa chữa 03 nhà ở cho hộ nghèo tại các xóm Bó Tờ, "
            "Nà Lẹng, Phia Đeng",
            "Hội Cựu chiến binh xã",
            ["Đoàn Thanh niên xã"],
            "2027-01-31",
            start="2026-12-01",
        ),
        task(
            "Vận động hội viên, nhà hảo tâm, trao 120 suất quà cho phụ nữ nghèo, phụ nữ đơn "
            "thân nuôi con nhỏ",
            "Hội Liên hiệp Phụ nữ xã",
            [],
            "2027-02-05",
        ),
        task(
            'Tổ chức "Phiên chợ Tết 0 đồng" cho 150 hộ nghèo, hộ cận nghèo tại chợ trung tâm xã',
            "Đoàn Thanh niên xã",
            ["Hội Liên hiệp Phụ nữ xã"],
            "2027-01-25",
        ),
    ]
    hdr = header(
        "41",
        "KH-MTTQ-BTT",
        "Quảng Hòa",
        "2026-11-12",
        title,
        "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ QUẢNG HÒA",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Nông Văn Khải",
        ["28/HD-MTTQ-BTT", "Chương trình ngày 02/10/2026"],
        5,
    )
    comment = (
        "Fatherland Front standing board (Cao Bằng, Tày names): issuer wraps over 2 lines under "
        "a superior line; tasks = paragraphs opening with the body in bold ('Hội Nông dân xã: ...'); "
        "a person's and 'Các tổ chức thành viên' monitoring duties are not tasks; lunar deadline "
        "'trước Tết Nguyên đán Đinh Mùi' = before 06/02/2027; single-day events give that day."
    )
    return "03_mttq_quang_hoa.docx", save(doc), comment, hdr, tasks


# ---------------------------------------------------------------------------
# 04 — Women's union: two tables (targets, then tasks), odd column order,
#      group rows spanning the table and a vertically merged partner cell
# ---------------------------------------------------------------------------
def plan04():
    title = (
        'Thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" góp phần xây dựng '
        "nông thôn mới năm 2027"
    )
    doc = Document()
    a4(doc)
    header_table(
        doc,
        [
            "HỘI LHPN TỈNH SƠN LA",
            "BAN CHẤP HÀNH HỘI LHPN",
            "XÃ CHIỀNG MUNG",
            "",
            "Số: 09/KH-HPN",
        ],
        "Chiềng Mung, ngày 18 tháng 02 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(
        doc,
        "Thực hiện Kế hoạch số 27/KH-UBND ngày 20/01/2027 của UBND xã Chiềng Mung về xây "
        "dựng nông thôn mới năm 2027; Chương trình công tác số 01/CTr-HPN ngày 08/01/2027 của "
        "Hội LHPN tỉnh, Ban Thường vụ Hội LHPN xã xây dựng kế hoạch như sau:",
        indent=1.0,
    )
    para(doc, "I. CHỈ TIÊU", bold=True)
    targets = doc.add_table(rows=1, cols=4)
    targets.style = "Table Grid"
    for i, h in enumerate(["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2027"]):
        fill(targets.rows[0].cells[i], h, bold=True, center=True)
    for row in [
        ("1", 'Hộ gia đình đạt tiêu chí "5 không, 3 sạch"', "%", "≥ 75"),
        ("2", 'Chi hội có mô hình "Bếp sạch, ngõ đẹp"', "chi hội", "12/14"),
        ("3", "Hội viên vay vốn phát triển kinh tế", "lượt", "85"),
    ]:
        cells = targets.add_row().cells
        for i, v in enumerate(row):
            fill(cells[i], v, center=i != 1)
    fixed_widths(targets, [1.2, 9.0, 2.5, 3.3])
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    head = [
        "TT",
        "Thời gian",
        "Nội dung công việc",
        "Người phụ trách",
        "Chi hội/Ban chủ trì",
        "Phối hợp",
    ]
    groups = [
        (
            "A. TUYÊN TRUYỀN, VẬN ĐỘNG",
            [
                (
                    "1",
                    "15/3 - 30/4/2027",
                    'Tổ chức 14 buổi sinh hoạt chuyên đề "Phụ nữ Chiềng Mung với gia đình 5 không, 3 sạch" '
                    "bằng tiếng Thái tại các bản",
                    "Lò Thị Dung",
                    "Ban Tuyên giáo Hội",
                    "Chi hội các bản",
                ),
                (
                    "2",
                    "Quý II/2027",
                    "Biên soạn, phát 500 tờ gấp song ngữ Việt - Thái về phân loại rác tại nguồn",
                    "Cầm Thị Ngọc",
                    "Ban Tuyên giáo Hội",
                    None,
                ),
            ],
        ),
        (
            "B. XÂY DỰNG MÔ HÌNH",
            [
                (
                    "3",
                    "tháng 9/2027",
                    'Xây dựng mô hình "Bếp sạch, ngõ đẹp" tại bản Nà Ngùa và bản Mé',
                    "Lường Thị Xiêm",
                    "Chi hội phụ nữ bản Nà Ngùa",
                    "Đoàn Thanh niên xã; Chi hội Nông dân bản",
                ),
                (
                    "4",
                    "Quý III/2027",
                    "Trồng 2 km đường hoa tại các tuyến đường nội bản Mé, bản Hày",
                    "Quàng Thị Ươi",
                    "Chi hội phụ nữ bản Mé",
                    None,
                ),
                (
                    "5",
                    "trước 30/11/2027",
                    "Hỗ trợ 20 hội viên nghèo xây dựng nhà tiêu hợp vệ sinh từ nguồn vốn ủy thác",
                    "Lò Thị Dung",
                    "Ban Kinh tế Hội",
                    "Ngân hàng Chính sách xã hội khu vực",
                ),
            ],
        ),
        (
            "C. KIỂM TRA, ĐÁNH GIÁ",
            [
                (
                    "6",
                    "tháng 12/2027",
                    'Bình xét, công nhận hộ đạt tiêu chí "5 không, 3 sạch" năm 2027',
                    "Cầm Thị Ngọc",
                    "Ban Thường vụ Hội",
                    "Trưởng các bản",
                ),
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        fill(t.rows[0].cells[i], h, bold=True, center=True)
    repeat_header(t.rows[0])
    merges = []
    for group, rows in groups:
        t.add_row()
        merge_row(t, len(t.rows) - 1, group)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                if v is None:
                    merges.append(len(t.rows) - 1)
                    continue
                fill(cells[i], v, center=i in (0, 1))
    fixed_widths(t, [1.0, 2.6, 5.5, 2.4, 2.5, 2.6])
    for r in merges:  # the partner cell merged with the one above it
        above = t.cell(r - 1, 5)
        above.merge(t.cell(r, 5))
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Giao Văn phòng Hội theo dõi, tổng hợp, báo cáo kết quả về Ban Thường vụ Hội "
        "LHPN tỉnh và Đảng ủy xã trước ngày 10/12/2027.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- TT Hội LHPN tỉnh (b/c);",
            "- TT Đảng ủy xã (b/c);",
            "- UBND xã;",
            "- Các chi hội;",
            "- Lưu: VP.",
        ],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Lò Thị Dung"],
    )
    tasks = []
    deadlines = {
        "15/3 - 30/4/2027": ("2027-04-30", "2027-03-15"),
        "Quý II/2027": ("2027-06-30", ""),
        "tháng 9/2027": ("2027-09-30", ""),
        "Quý III/2027": ("2027-09-30", ""),
        "trước 30/11/2027": ("2027-11-30", ""),
        "tháng 12/2027": ("2027-12-31", ""),
    }
    prev_partner = None
    for _group, rows in groups:
        for _n, when, name, person, lead, partner in rows:
            partner = prev_partner if partner is None else partner
            prev_partner = partner
            deadline, start = deadlines[when]
            tasks.append(task(name, lead, partner.split("; "), deadline, start, person))
    hdr = header(
        "09",
        "KH-HPN",
        "Chiềng Mung",
        "2027-02-18",
        title,
        "BAN CHẤP HÀNH HỘI LHPN XÃ CHIỀNG MUNG",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lò Thị Dung",
        ["27/KH-UBND", "01/CTr-HPN"],
        5,
    )
    comment = (
        "Women's union (Sơn La, Thái names): two tables - targets first (not tasks), then tasks "
        "with columns TT | Thời gian | Nội dung | Người phụ trách | Chi hội/Ban chủ trì | Phối hợp; "
        "group rows merged across (A/B/C), 'Phối hợp' cell merged down over tasks 1-2 and 3-4."
    )
    return "04_hoi_phu_nu_chieng_mung.docx", save(doc), comment, hdr, tasks


# ---------------------------------------------------------------------------
# 05 — a provincial department; the tasks are only in a "Phụ lục" table
#      after the signature, on a landscape page (saved as .pdf)
# ---------------------------------------------------------------------------
def plan05():
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    title = (
        "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "trên địa bàn tỉnh Lào Cai năm 2027"
    )
    doc = Document()
    a4(doc)
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].element.rPr.rFonts.set(qn("w:cs"), "Times New Roman")
    top = header_table(
        doc,
        ["UBND TỈNH LÀO CAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "Số: 58/KH-SNNMT"],
        "Lào Cai, ngày 22 tháng 01 năm 2027",
    )
    fixed_widths(top, [7.8, 8.6], table_width=True)
    for c in top.rows[0].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.size = Pt(11)
                r.bold = p.text.isupper()
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 125/QĐ-UBND ngày 12/01/2027 của UBND tỉnh Lào Cai giao chỉ "
        "tiêu, nhiệm vụ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        indent=1.0,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 19/KH-UBND ngày 15/01/2027 của UBND tỉnh về thực hiện Chương trình "
        "mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        indent=1.0,
    )
    para(
        doc,
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phấn đấu năm 2027 có thêm 08 xã đạt chuẩn nông thôn mới, 04 xã đạt chuẩn nông thôn "
        "mới nâng cao; bình quân toàn tỉnh đạt 16,5 tiêu chí/xã.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    para(
        doc,
        "Các phòng, đơn vị thuộc Sở triển khai các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế "
        "hoạch này; chủ động phối hợp với UBND các xã, phường trong quá trình thực hiện.",
        indent=1.0,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Văn phòng Điều phối nông thôn mới tỉnh là đầu mối theo dõi, đôn đốc, tổng hợp "
        "kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở định kỳ hằng quý.",
        indent=1.0,
    )
    para(
        doc,
        "2. Phòng Kế hoạch - Tài chính bảo đảm kinh phí thực hiện từ nguồn sự nghiệp được giao.",
        indent=1.0,
    )
    para(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở (qua "
        "Văn phòng Điều phối nông thôn mới tỉnh) để xem xét, giải quyết./.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Ban Chỉ đạo các CTMTQG tỉnh (b/c);",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- UBND các xã, phường;",
            "- Lưu: VT, VPĐP.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Giàng Seo Chứ"],
    )
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(2.0), Cm(1.5)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ TRIỂN KHAI NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 58/KH-SNNMT ngày 22/01/2027 của Sở Nông nghiệp và Môi trường)",
        italic=True,
        center=True,
    )
    head = [
        "STT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Lãnh đạo Sở phụ trách",
        "Sản phẩm",
        "Thời hạn hoàn thành",
    ]
    rows = [
        (
            "Hướng dẫn các xã rà soát, đánh giá mức độ đạt tiêu chí theo Bộ tiêu chí quốc gia về xã "
            "nông thôn mới giai đoạn 2026 - 2030",
            "Chi cục Phát triển nông thôn",
            "UBND các xã, phường",
            "PGĐ Vàng Seo Lử",
            "Văn bản hướng dẫn",
            "Tháng 3/2027",
            "2027-03-31",
            "",
        ),
        (
            "Tham mưu UBND tỉnh phân bổ vốn sự nghiệp Chương trình MTQG xây dựng nông thôn mới năm 2027",
            "Phòng Kế hoạch - Tài chính",
            "Văn phòng Điều phối nông thôn mới tỉnh; Sở Tài chính",
            "PGĐ Giàng Seo Chứ",
            "Tờ trình, dự thảo Quyết định",
            "Trước 15/3/2027",
            "2027-03-15",
            "",
        ),
        (
            "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2027",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Các sở, ngành thành viên Ban Chỉ đạo tỉnh",
            "PGĐ Giàng Seo Chứ",
            "Báo cáo thẩm định",
            "Quý IV/2027",
            "2027-12-31",
            "",
        ),
        (
            "Tổ chức đánh giá, phân hạng ít nhất 30 sản phẩm OCOP cấp tỉnh",
            "Chi cục Phát triển nông thôn",
            "Trung tâm Khuyến nông; UBND các xã",
            "PGĐ Vàng Seo Lử",
            "Quyết định công nhận",
            "6 tháng cuối năm 2027",
            "2027-12-31",
            "2027-07-01",
        ),
        (
            "Kiểm tra, sửa chữa 15 công trình thủy lợi nhỏ tại các xã vùng cao phục vụ sản xuất vụ Mùa 2027",
            "Chi cục Thủy lợi",
            "UBND các xã Bắc Hà, Si Ma Cai, Mường Khương",
            "PGĐ Vàng Seo Lử",
            "Công trình được sửa chữa",
            "Trước vụ Mùa (tháng 5/2027)",
            "2027-05-31",
            "",
        ),
        (
            "Xây dựng 05 mô hình phân loại, xử lý rác thải hữu cơ tại hộ gia đình đồng bào Mông, Dao",
            "Chi cục Bảo vệ môi trường",
            "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã",
            "PGĐ Giàng Seo Chứ",
            "05 mô hình",
            "Từ tháng 4 đến tháng 10/2027",
            "2027-10-31",
            "2027-04-01",
        ),
        (
            "Mở 03 lớp tập huấn nghiệp vụ cho cán bộ làm công tác nông thôn mới cấp xã (240 học viên)",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Trung tâm Khuyến nông",
            "",
            "03 lớp tập huấn",
            "Quý II/2027",
            "2027-06-30",
            "",
        ),
        (
            "Cập nhật dữ liệu các tiêu chí nông thôn mới lên hệ thống quản lý trực tuyến của tỉnh",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "UBND các xã, phường",
            "",
            "Cơ sở dữ liệu",
            "Hằng tháng",
            "2027-12-31",
            "",
        ),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        fill(t.rows[0].cells[i], h, bold=True, center=True, size=11)
    repeat_header(t.rows[0])
    for n, row in enumerate(rows, 1):
        cells = t.add_row().cells
        for i, v in enumerate((str(n), *row[:6])):
            fill(cells[i], v, size=11, center=i in (0, 6))
    fixed_widths(t, [1.3, 7.3, 3.6, 4.2, 2.9, 3.2, 3.5])
    tasks = [
        task(
            r[0],
            r[1],
            r[2].split("; ") if r[2] else [],
            r[6],
            r[7],
            r[3].replace("PGĐ ", ""),
        )
        for r in rows
    ]
    hdr = header(
        "58",
        "KH-SNNMT",
        "Lào Cai",
        "2027-01-22",
        title,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Giàng Seo Chứ",
        ["125/QĐ-UBND", "19/KH-UBND"],
        6,
    )
    comment = (
        "Provincial department (Sở NN&MT Lào Cai, Mông names), PDF from Word: the body only "
        "refers to the tasks; they are in a 'Phụ lục' table AFTER the signature on a landscape "
        "page, with a 'Lãnh đạo Sở phụ trách' column ('PGĐ <name>') and a 'Sản phẩm' column."
    )
    return (
        "05_so_nnmt_lao_cai_phu_luc.pdf",
        saved_as(save(doc), "pdf"),
        comment,
        hdr,
        tasks,
    )


# ---------------------------------------------------------------------------
# 06 — a 2024 district-level veterans' association plan in an old TCVN3 look
#      (.VnTime fonts, old tone placement "hoà", "uỷ"), label lines; as .doc
# ---------------------------------------------------------------------------
def plan06():
    title = (
        "Hội Cựu chiến binh xã tham gia xây dựng nông thôn mới nâng cao và giúp nhau "
        "phát triển kinh tế năm 2024"
    )
    doc = Document()
    a4(doc)
    style = doc.styles["Normal"]
    style.font.name = ".VnTime"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), ".VnTime")
    header_table(
        doc,
        [
            "HỘI CCB VIỆT NAM HUYỆN TRÀ CÚ",
            "HỘI CỰU CHIẾN BINH XÃ NGỌC BIÊN",
            "",
            "Số: 04/KH-CCB",
        ],
        "Ngọc Biên, ngày 15 tháng 3 năm 2024",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(
        doc,
        "Căn cứ Nghị quyết số 02-NQ/ĐU ngày 10/01/2024 của Đảng uỷ xã Ngọc Biên về "
        "phát triển kinh tế - xã hội, xây dựng nông thôn mới nâng cao năm 2024;",
        indent=1.0,
    )
    para(
        doc,
        "Thực hiện Kế hoạch số 15/KH-CCB ngày 26/02/2024 của Ban Thường vụ Hội CCB huyện "
        "Trà Cú, Ban Thường vụ Hội CCB xã xây dựng kế hoạch như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        'Phát huy phẩm chất "Bộ đội Cụ Hồ", hội viên CCB gương mẫu đi đầu trong xây dựng '
        "nông thôn mới, giữ gìn khối đại đoàn kết các dân tộc Kinh - Khmer - Hoa, góp phần "
        "hoàn thành chỉ tiêu Nghị quyết Đảng uỷ xã đề ra.",
        indent=1.0,
    )
    para(doc, "II. NỘI DUNG CÔNG VIỆC", bold=True)
    items = [
        (
            "Vận động hội viên hiến đất, góp ngày công làm 1,8 km đường nội ấp Ba Cụm",
            [
                ("Đơn vị thực hiện", "Chi hội CCB ấp Ba Cụm"),
                ("Phối hợp", "Ban Nhân dân ấp Ba Cụm, Chi đoàn thanh niên ấp"),
                ("Cán bộ phụ trách", "ông Thạch Sa Rinh - Phó Chủ tịch Hội"),
                ("Thời gian", "bắt đầu từ 01/4/2024"),
                ("Hoàn thành", "30/6/2024"),
                ("Kết quả/Sản phẩm", "1,8 km đường bê tông rộng 3,5 m"),
            ],
        ),
        (
            "Giúp 10 hội viên nghèo, cận nghèo vay vốn nuôi bò sinh sản",
            [
                ("Đơn vị thực hiện", "Ban Thường vụ Hội CCB xã"),
                ("Phối hợp", "Ngân hàng Chính sách xã hội huyện Trà Cú"),
                ("Cán bộ phụ trách", "bà Sơn Thị Sa Ly - Uỷ viên Ban Thường vụ"),
                ("Thời gian", "Quý II/2024"),
                ("Kết quả/Sản phẩm", "10 hộ được giải ngân"),
            ],
        ),
        (
            'Xây dựng mô hình "Tuyến đường CCB sáng - xanh - sạch - đẹp" tại ấp Xoài Xiêm',
            [
                ("Đơn vị thực hiện", "Chi hội CCB ấp Xoài Xiêm"),
                ("Cán bộ phụ trách", "ông Kim Văn Ty - Chi hội trưởng"),
                ("Thời gian", "hoàn thành trước 02/9/2024"),
                ("Kết quả/Sản phẩm", "1,2 km tuyến đường có đèn, hoa"),
            ],
        ),
        (
            "Tham gia tuần tra, giữ gìn an ninh trật tự tại các chùa Khmer và điểm tổ chức lễ hội "
            "Ok Om Bok, Sene Dolta",
            [
                ("Đơn vị thực hiện", "Tổ CCB tự quản các ấp"),
                ("Phối hợp", "Công an xã"),
                ("Thời gian", "thường xuyên"),
                ("Kết quả/Sản phẩm", "không để xảy ra mất an ninh trật tự"),
            ],
        ),
        (
            "Tổ chức sơ kết 6 tháng, biểu dương hội viên tiêu biểu trong xây dựng nông thôn mới",
            [
                ("Đơn vị thực hiện", "Ban Thường vụ Hội CCB xã"),
                ("Cán bộ phụ trách", "ông Danh Thol - Phó Chủ tịch Hội"),
                ("Thời gian", "tháng 7/2024"),
            ],
        ),
    ]
    for n, (name, labels) in enumerate(items, 1):
        para(doc, f"{n}. {name}", bold=True, indent=1.0)
        for label, value in labels:
            runs(doc, [(f"- {label}:\t", False), (value + ";", False)], indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các chi hội căn cứ kế hoạch triển khai thực hiện; Văn phòng Hội theo dõi, tổng hợp, "
        "báo cáo Ban Thường vụ Hội CCB huyện trước ngày 15/12/2024./.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- TT Hội CCB huyện (b/c);",
            "- Đảng uỷ xã (b/c);",
            "- Uỷ ban nhân dân xã;",
            "- Các chi hội;",
            "- Lưu VP.",
        ],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Kim Ngọc Thành"],
    )
    for p in doc.paragraphs:
        for r in p.runs:
            r.font.name = ".VnTimeH" if p.text.isupper() else ".VnTime"
    for tb in doc.tables:
        for row in tb.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.name = ".VnTimeH" if r.text.isupper() else ".VnTime"
    tasks = [
        task(
            items[0][0],
            "Chi hội CCB ấp Ba Cụm",
            ["Ban Nhân dân ấp Ba Cụm", "Chi đoàn thanh niên ấp"],
            "2024-06-30",
            "2024-04-01",
            "Thạch Sa Rinh",
        ),
        task(
            items[1][0],
            "Ban Thường vụ Hội CCB xã",
            ["Ngân hàng Chính sách xã hội huyện Trà Cú"],
            "2024-06-30",
            official="Sơn Thị Sa Ly",
        ),
        task(
            items[2][0],
            "Chi hội CCB ấp Xoài Xiêm",
            [],
            "2024-09-02",
            official="Kim Văn Ty",
        ),
        task(items[3][0], "Tổ CCB tự quản các ấp", ["Công an xã"], "2024-12-31"),
        task(
            items[4][0],
            "Ban Thường vụ Hội CCB xã",
            [],
            "2024-07-31",
            official="Danh Thol",
        ),
    ]
    hdr = header(
        "04",
        "KH-CCB",
        "Ngọc Biên",
        "2024-03-15",
        title,
        "HỘI CỰU CHIẾN BINH XÃ NGỌC BIÊN",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Kim Ngọc Thành",
        ["02-NQ/ĐU", "15/KH-CCB"],
        5,
    )
    comment = (
        "Veterans' association of a 2024 commune under a district (Trà Cú, Khmer names), Word 97 .doc "
        "in old TCVN3 look (.VnTime/.VnTimeH fonts, old tone marks 'uỷ'), tasks as bold numbered "
        "lines with '- Label:<tab>value' lines (Đơn vị thực hiện, Phối hợp, Cán bộ phụ trách, "
        "Thời gian, Hoàn thành, Kết quả/Sản phẩm)."
    )
    return (
        "06_hoi_ccb_ngoc_bien_2024.doc",
        saved_as(save(doc), "doc"),
        comment,
        hdr,
        tasks,
    )


# ---------------------------------------------------------------------------
# 07 — a cooperative's .xlsx: merged two-row column header, criterion group
#      rows, start/end as real dates or as text
# ---------------------------------------------------------------------------
def plan07():
    import datetime as dt

    title = "Sản xuất, kinh doanh và tham gia xây dựng nông thôn mới năm 2027"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    bold = Font(name="Times New Roman", bold=True, size=12)
    normal = Font(name="Times New Roman", size=12)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def put(ref, value, font=normal, align=wrap, merge=None):
        ws[ref] = value
        ws[ref].font, ws[ref].alignment = font, align
        if merge:
            ws.merge_cells(f"{ref}:{merge}")

    put("A1", "HTX NÔNG NGHIỆP DỊCH VỤ EA KIẾT", bold, centre, "C1")
    put("E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, centre, "H1")
    put("A2", "Số: 03/KH-HTX", normal, centre, "C2")
    put("E2", "Độc lập - Tự do - Hạnh phúc", bold, centre, "H2")
    put(
        "E3",
        "Ea Kiết, ngày 12 tháng 01 năm 2027",
        Font(name="Times New Roman", italic=True, size=12),
        centre,
        "H3",
    )
    put("A5", "KẾ HOẠCH", bold, centre, "H5")
    put("A6", title, bold, centre, "H6")
    put(
        "A7",
        "(Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 28/12/2026 của Hợp tác xã)",
        Font(name="Times New Roman", italic=True, size=12),
        centre,
        "H7",
    )
    put("A9", "TT", bold, centre, "A10")
    put("B9", "Nội dung công việc", bold, centre, "B10")
    put("C9", "Phân công", bold, centre, "E9")
    put("C10", "Bộ phận chủ trì", bold, centre)
    put("D10", "Phối hợp", bold, centre)
    put("E10", "Người phụ trách", bold, centre)
    put("F9", "Thời gian", bold, centre, "G9")
    put("F10", "Bắt đầu", bold, centre)
    put("G10", "Hoàn thành", bold, centre)
    put("H9", "Kết quả cần đạt", bold, centre, "H10")
    D = dt.datetime
    groups = [
        (
            "I",
            "TIÊU CHÍ 13 - TỔ CHỨC SẢN XUẤT VÀ PHÁT TRIỂN KINH TẾ NÔNG THÔN",
            [
                (
                    "Ký hợp đồng liên kết tiêu thụ 1.200 tấn cà phê nhân với doanh nghiệp xuất khẩu",
                    "Ban Giám đốc HTX",
                    "Trung tâm Dịch vụ nông nghiệp xã",
                    "Y Khuê Niê",
                    D(2027, 3, 1),
                    D(2027, 12, 31),
                    "Hợp đồng liên kết",
                    "2027-12-31",
                    "2027-03-01",
                ),
                (
                    "Chuyển đổi 40 ha cà phê của thành viên sang sản xuất theo tiêu chuẩn 4C, hữu cơ",
                    "Tổ hợp tác cà phê buôn Ko Tam",
                    "Trung tâm Dịch vụ nông nghiệp xã; Hội Nông dân xã",
                    "H'Nga Byă",
                    "Quý I/2027",
                    "Quý IV/2027",
                    "40 ha được chứng nhận",
                    "2027-12-31",
                    "2027-01-01",
                ),
                (
                    "Tái canh 15 ha cà phê già cỗi bằng giống TR4, TR9",
                    "Tổ dịch vụ vật tư",
                    "Hội Nông dân xã",
                    "Y Blin Ayun",
                    "tháng 5/2027",
                    "tháng 8/2027",
                    "15 ha",
                    "2027-08-31",
                    "2027-05-01",
                ),
            ],
        ),
        (
            "II",
            "TIÊU CHÍ 17 - MÔI TRƯỜNG VÀ AN TOÀN THỰC PHẨM",
            [
                (
                    "Thu gom vỏ bao bì thuốc bảo vệ thực vật tại 12 bể chứa trên đồng ruộng",
                    "Tổ dịch vụ vật tư",
                    "Chi hội Nông dân các buôn Ko Tam, Ea Ho",
                    "Y Blin Ayun",
                    None,
                    "Hằng tháng",
                    "Không còn bao bì vứt bừa bãi",
                    "2027-12-31",
                    "",
                ),
                (
                    "Xây dựng 02 hầm ủ phân hữu cơ vi sinh từ vỏ cà phê",
                    "Ban Giám đốc HTX",
                    "Trung tâm Dịch vụ nông nghiệp xã",
                    "H'Nga Byă",
                    D(2027, 6, 15),
                    D(2027, 9, 30),
                    "02 hầm ủ, 300 tấn phân/năm",
                    "2027-09-30",
                    "2027-06-15",
                ),
            ],
        ),
        (
            "III",
            "QUẢN TRỊ HỢP TÁC XÃ",
            [
                (
                    "Áp dụng phần mềm kế toán và hóa đơn điện tử",
                    "Bộ phận kế toán",
                    None,
                    "H'Hen Niê",
                    None,
                    "trước 31/3/2027",
                    "Sổ sách điện tử",
                    "2027-03-31",
                    "",
                ),
                (
                    'Hoàn thiện hồ sơ sản phẩm "Cà phê bột Ea Kiết" tham gia đánh giá, phân hạng OCOP',
                    "Ban Giám đốc HTX",
                    "UBND xã Ea Kiết; Phòng Kinh tế xã",
                    "Y Khuê Niê",
                    None,
                    "tháng 10/2027",
                    "Sản phẩm đạt 3 sao",
                    "2027-10-31",
                    "",
                ),
            ],
        ),
    ]
    r = 11
    tasks = []
    n = 0
    for roman, name, rows in groups:
        put(f"A{r}", roman, bold, centre)
        put(f"B{r}", name, bold, wrap, f"H{r}")
        r += 1
        for row in rows:
            n += 1
            ws[f"A{r}"] = n
            ws[f"A{r}"].alignment = centre
            for col, v in zip("BCDEFGH", row[:7], strict=True):
                if v is None:
                    continue
                ws[f"{col}{r}"] = v
                ws[f"{col}{r}"].font, ws[f"{col}{r}"].alignment = normal, wrap
                if isinstance(v, dt.datetime):
                    ws[f"{col}{r}"].number_format = "dd/mm/yyyy"
            tasks.append(
                task(
                    row[0],
                    row[1],
                    row[2].split("; ") if row[2] else [],
                    row[7],
                    row[8],
                    row[3],
                )
            )
            r += 1
    for row in ws.iter_rows(min_row=9, max_row=r - 1, min_col=1, max_col=8):
        for c in row:
            c.border = box
    r += 1
    put(
        f"A{r}",
        "Nơi nhận:",
        Font(name="Times New Roman", bold=True, italic=True, size=11),
    )
    put(f"F{r}", "TM. HỘI ĐỒNG QUẢN TRỊ", bold, centre, f"H{r}")
    for k, line in enumerate(
        [
            "- UBND xã Ea Kiết;",
            "- Liên minh HTX tỉnh Đắk Lắk;",
            "- Thành viên HTX;",
            "- Lưu: HTX.",
        ],
        1,
    ):
        put(f"A{r + k}", line, Font(name="Times New Roman", size=11))
    put(f"F{r + 1}", "CHỦ TỊCH", bold, centre, f"H{r + 1}")
    put(f"F{r + 4}", "Y Khuê Niê", bold, centre, f"H{r + 4}")
    for col, w in zip("ABCDEFGH", [5, 42, 20, 24, 16, 13, 13, 22], strict=True):
        ws.column_dimensions[col].width = w
    hdr = header(
        "03",
        "KH-HTX",
        "Ea Kiết",
        "2027-01-12",
        title,
        "HTX NÔNG NGHIỆP DỊCH VỤ EA KIẾT",
        "TM. HỘI ĐỒNG QUẢN TRỊ",
        "CHỦ TỊCH",
        "Y Khuê Niê",
        ["Nghị quyết ngày 28/12/2026"],
        4,
    )
    comment = (
        "Cooperative (HTX, Đắk Lắk, Ê Đê names) .xlsx: two-row merged column header (Phân công -> "
        "chủ trì/phối hợp/người phụ trách; Thời gian -> Bắt đầu/Hoàn thành), group rows = NTM "
        "criteria, dates as real date cells or text ('Quý I/2027' start = 1 Jan), blank start cells."
    )
    return "07_htx_ea_kiet.xlsx", save(wb), comment, hdr, tasks


# ---------------------------------------------------------------------------
# 08 — a 2025 youth union plan forwarded by e-mail, quoted-printable soft wraps
# ---------------------------------------------------------------------------
def qp_wrap(text, width=76):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[: width - 1] + "=")
            line = line[width - 1 :]
        if line.endswith(" "):
            line = line[:-1] + "=20"
        out.append(line)
    return "\n".join(out)


def plan08():
    title = "Tổ chức Tháng Thanh niên năm 2025"
    body = """Kính gửi các đồng chí Bí thư chi đoàn,
BCH Đoàn xã gửi các đ/c kế hoạch Tháng Thanh niên 2025, các đ/c nghiên cứu triển khai ngay giúp mình nhé. Bản có dấu mình gửi sau qua Zalo nhóm.

---------- Forwarded message ---------

HUYỆN ĐOÀN MƯỜNG KHƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ BẢN LẦU
        ***
     Số: 08-KH/ĐTN                Bản Lầu,  ngày 19 tháng 02 năm 2025

                              KẾ HOẠCH
                  Tổ chức Tháng Thanh niên năm 2025
                            -----

Căn cứ Kế hoạch số 12-KH/HĐTN ngày 10/02/2025 của Ban Thường vụ Huyện đoàn Mường Khương về tổ chức Tháng Thanh niên năm 2025;  Ban Chấp hành Đoàn xã Bản Lầu xây dựng kế hoạch như sau:

I.  MỤC ĐÍCH, YÊU CẦU
Tạo đợt sinh hoạt chính trị sâu rộng trong đoàn viên, thanh niên các dân tộc Mông, Nùng, Dao, Kinh trên địa bàn xã; mỗi chi đoàn có ít nhất 01 công trình, phần việc thanh niên gắn với xây dựng nông thôn mới.

II. NỘI DUNG, PHÂN CÔNG

1.  Tổ chức Lễ ra quân Tháng Thanh niên, khởi công công trình "Đường bê tông thanh niên" 800 m tại thôn Na Lốc 1.   Chủ trì: Chi đoàn thôn Na Lốc 1 ; phối hợp: Đồn Biên phòng Bản Lầu, Ban quản lý thôn Na Lốc 1.  Thời gian: 02/3/2025.

2. Trồng 2.000 cây xanh, cây hoa ven đường liên thôn Cốc Phà - Lùng Thẩn.  Chủ trì: Chi đoàn thôn Cốc Phà;  phối hợp Hội Nông dân xã.   Thoi gian: 15/3 - 30/3/2025

3.   Tổ chức Ngày hội hiến máu tình nguyện "Giọt hồng biên cương": BCH Đoàn xã chủ trì, phối hợp Trạm Y tế xã và Hội Chữ thập đỏ xã. Thời gian: tháng 3/2025.  Phụ trách: đ/c Vàng Thị Mỷ - Phó Bí thư Đoàn xã.

4. Hướng dẫn thanh niên cài đặt, kích hoạt VNeID mức 2 và sử dụng dịch vụ công trực tuyến:  Chi đoàn Công an xã chủ trì; phối hợp Chi đoàn Trường THCS Bản Lầu.  Thời gian từ 01/3 den 31/3/2025.

5. Thăm, tặng quà 20 gia đình chính sách, đoàn viên có hoàn cảnh khó khăn nhân kỷ niệm 94 năm Ngày thành lập Đoàn (26/3).  BCH Đoàn xã thực hiện, phụ trách: đ/c Giàng Seo Páo - Bí thư Đoàn xã.   Hoàn thành trước 26/3/2025.

III.  TỔ CHỨC THỰC HIỆN
- Các chi đoàn xây dựng kế hoạch cụ thể, báo cáo kết quả về BCH Đoàn xã trước ngày 05/4/2025.
- Văn phòng Đoàn xã theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện đoàn theo quy định.

Nơi nhận:                                   TM. BAN CHẤP HÀNH
- Ban TV Huyện đoàn (b/c);                          BÍ THƯ
- Đảng ủy xã (b/c);
- Các chi đoàn;                                     (đã ký)
- Lưu VP.
                                                Giàng Seo Páo

Trân trọng!
--
Giàng Seo Páo
Bí thư Đoàn xã Bản Lầu
ĐT: 0912 486 357
"""
    head = (
        "From: Doan xa Ban Lau <doanxabanlau@gmail.com>\n"
        "To: chidoan.banlau@googlegroups.com\n"
        "Date: Thu, 20 Feb 2025 21:14:05 +0700\n"
        "Subject: Fwd: KH thang thanh nien 2025 - gui cac chi doan\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
    )
    text = head + qp_wrap(body)
    tasks = [
        task(
            'Tổ chức Lễ ra quân Tháng Thanh niên, khởi công công trình "Đường bê tông thanh niên" '
            "800 m tại thôn Na Lốc 1",
            "Chi đoàn thôn Na Lốc 1",
            ["Đồn Biên phòng Bản Lầu", "Ban quản lý thôn Na Lốc 1"],
            "2025-03-02",
        ),
        task(
            "Trồng 2.000 cây xanh, cây hoa ven đường liên thôn Cốc Phà - Lùng Thẩn",
            "Chi đoàn thôn Cốc Phà",
            ["Hội Nông dân xã"],
            "2025-03-30",
            "2025-03-15",
        ),
        task(
            'Tổ chức Ngày hội hiến máu tình nguyện "Giọt hồng biên cương"',
            "BCH Đoàn xã",
            ["Trạm Y tế xã", "Hội Chữ thập đỏ xã"],
            "2025-03-31",
            official="Vàng Thị Mỷ",
        ),
        task(
            "Hướng dẫn thanh niên cài đặt, kích hoạt VNeID mức 2 và sử dụng dịch vụ công trực tuyến",
            "Chi đoàn Công an xã",
            ["Chi đoàn Trường THCS Bản Lầu"],
            "2025-03-31",
            "2025-03-01",
        ),
        task(
            "Thăm, tặng quà 20 gia đình chính sách, đoàn viên có hoàn cảnh khó khăn nhân kỷ niệm "
            "94 năm Ngày thành lập Đoàn (26/3)",
            "BCH Đoàn xã",
            [],
            "2025-03-26",
            official="Giàng Seo Páo",
        ),
    ]
    hdr = header(
        "08",
        "KH/ĐTN",
        "Bản Lầu",
        "2025-02-19",
        title,
        "BCH ĐOÀN XÃ BẢN LẦU",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "Giàng Seo Páo",
        ["12-KH/HĐTN"],
        4,
    )
    comment = (
        "Youth union of a 2025 commune under a district (Lào Cai, Mông names): .txt of a forwarded "
        "e-mail with mail headers and quoted-printable soft wraps ('=' at col 76 mid-word, '=20'); "
        "header/signature laid out with spaces; 'Thoi gian', 'den' without diacritics; "
        "'Chủ trì: X ; phối hợp: Y' inline; an e-mail signature after the plan."
    )
    return "08_doan_xa_ban_lau_email.txt", text, comment, hdr, tasks


# ---------------------------------------------------------------------------
# 09 — a health station's plan in Markdown: numbered prose, lead mid-sentence
# ---------------------------------------------------------------------------
def plan09():
    title = (
        "Duy trì và nâng chất tiêu chí Y tế trong xây dựng xã nông thôn mới năm 2027"
    )
    text = f"""TRUNG TÂM Y TẾ KHU VỰC CHƯ PĂH
**TRẠM Y TẾ XÃ IA LY**
Số: 07/KH-TYT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Ia Ly, ngày 08 tháng 01 năm 2027*

# KẾ HOẠCH

## {title}

Căn cứ Kế hoạch số 14/KH-UBND ngày 05/01/2027 của UBND xã Ia Ly về xây dựng nông thôn mới năm 2027;

Căn cứ Công văn số 35/TTYT-KHNV ngày 02/01/2027 của Trung tâm Y tế khu vực Chư Păh về triển khai nhiệm vụ y tế cơ sở năm 2027,

Trạm Y tế xã Ia Ly xây dựng Kế hoạch như sau:

### I. MỤC TIÊU

- Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên.
- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 22%.
- 100% người dân có hồ sơ sức khỏe điện tử được cập nhật.

### II. NHIỆM VỤ CỤ THỂ

1. Trong Quý I/2027, Tổ Dân số - Kiểm soát bệnh tật chủ trì, phối hợp với nhân viên y tế các làng Ia Ly, Plei Pông, Plei Phung rà soát, cập nhật hồ sơ sức khỏe điện tử cho 100% người dân trên địa bàn; y sĩ Siu H'Bleo trực tiếp theo dõi.

2. Hằng tháng, Bộ phận Chăm sóc sức khỏe sinh sản cân, đo cho trẻ dưới 5 tuổi tại các làng và tư vấn dinh dưỡng cho các bà mẹ người Jrai, có sự hỗ trợ của cô đỡ thôn bản.

3. Ông Rơ Châm Hyoanh - Phó Trạm trưởng chỉ đạo Bộ phận Dược - Xét nghiệm bảo đảm đủ cơ số thuốc thiết yếu, vật tư y tế phục vụ khám, chữa bệnh bảo hiểm y tế; thực hiện thường xuyên.

4. Từ tháng 4 đến tháng 5/2027, Trạm Y tế phối hợp với Trường Mầm non Hoa Pơ Lang và Trường Tiểu học Ia Ly tổ chức khám sức khỏe, tẩy giun cho 650 học sinh.

5. Bộ phận Tiêm chủng tổ chức tiêm chủng mở rộng định kỳ vào ngày 25 hằng tháng, phấn đấu tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%.

6. Trong năm 2027, Trạm Y tế phối hợp với Phòng Văn hóa - Xã hội xã vận động người dân, nhất là hộ cận nghèo, tham gia bảo hiểm y tế hộ gia đình.

7. Đến hết tháng 9/2027, hoàn thành sửa chữa phòng khám, khu vệ sinh của Trạm theo Bộ tiêu chí quốc gia về y tế xã; giao Bộ phận Hành chính - Kế toán chủ trì lập dự toán, trình Trung tâm Y tế khu vực Chư Păh phê duyệt.

### III. TỔ CHỨC THỰC HIỆN

Các bộ phận, nhân viên y tế làng căn cứ nhiệm vụ được giao triển khai thực hiện; định kỳ ngày 20 hằng tháng báo cáo kết quả về Trạm trưởng để tổng hợp, báo cáo Trung tâm Y tế khu vực và UBND xã.

| **Nơi nhận:** | **TRẠM TRƯỞNG** |
|---|---|
| - Trung tâm Y tế khu vực Chư Păh (b/c); | |
| - UBND xã Ia Ly (b/c); | *(đã ký)* |
| - Lưu: TYT. | |
| | **Ksor H'Luân** |
"""
    tasks = [
        task(
            "Rà soát, cập nhật hồ sơ sức khỏe điện tử cho 100% người dân trên địa bàn",
            "Tổ Dân số - Kiểm soát bệnh tật",
            ["nhân viên y tế các làng Ia Ly, Plei Pông, Plei Phung"],
            "2027-03-31",
            official="Siu H'Bleo",
        ),
        task(
            "Cân, đo cho trẻ dưới 5 tuổi tại các làng và tư vấn dinh dưỡng cho các bà mẹ người Jrai",
            "Bộ phận Chăm sóc sức khỏe sinh sản",
            ["cô đỡ thôn bản"],
            "2027-12-31",
        ),
        task(
            "Bảo đảm đủ cơ số thuốc thiết yếu, vật tư y tế phục vụ khám, chữa bệnh bảo hiểm y tế",
            "Bộ phận Dược - Xét nghiệm",
            [],
            "2027-12-31",
            official="Rơ Châm Hyoanh",
        ),
        task(
            "Tổ chức khám sức khỏe, tẩy giun cho 650 học sinh",
            "Trạm Y tế",
            ["Trường Mầm non Hoa Pơ Lang", "Trường Tiểu học Ia Ly"],
            "2027-05-31",
            "2027-04-01",
        ),
        task(
            "Tổ chức tiêm chủng mở rộng định kỳ vào ngày 25 hằng tháng, phấn đấu tỷ lệ trẻ dưới "
            "1 tuổi được tiêm chủng đầy đủ đạt trên 95%",
            "Bộ phận Tiêm chủng",
            [],
            "2027-12-31",
        ),
        task(
            "Vận động người dân, nhất là hộ cận nghèo, tham gia bảo hiểm y tế hộ gia đình",
            "Trạm Y tế",
            ["Phòng Văn hóa - Xã hội xã"],
            "2027-12-31",
        ),
        task(
            "Sửa chữa phòng khám, khu vệ sinh của Trạm theo Bộ tiêu chí quốc gia về y tế xã",
            "Bộ phận Hành chính - Kế toán",
            [],
            "2027-09-30",
        ),
    ]
    hdr = header(
        "07",
        "KH-TYT",
        "Ia Ly",
        "2027-01-08",
        title,
        "TRẠM Y TẾ XÃ IA LY",
        "",
        "TRẠM TRƯỞNG",
        "Ksor H'Luân",
        ["14/KH-UBND", "35/TTYT-KHNV"],
        3,
    )
    comment = (
        "Commune health station (Gia Lai, Jrai names) in Markdown: tasks are numbered prose with "
        "the time FIRST ('Trong Quý I/2027, <lead> chủ trì ...'), the lead mid-sentence or after "
        "a person ('Ông X - Phó Trạm trưởng chỉ đạo <lead> ...'); signature block is a Markdown "
        "table; head signs with no TM./KT."
    )
    return "09_tram_y_te_ia_ly.md", text, comment, hdr, tasks


# ---------------------------------------------------------------------------
# 10 — a village board's draft: blank number and day, tasks only under
#      "Tổ chức thực hiện", each body's duties mixing work and monitoring
# ---------------------------------------------------------------------------
def plan10():
    title = "Xây dựng thôn Nà Pài đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2027"
    doc = Document()
    a4(doc)
    p = para(doc, "DỰ THẢO", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header_table(
        doc,
        ["UBND XÃ BÌNH GIA", "BAN PHÁT TRIỂN THÔN NÀ PÀI", "", "Số:      /KH-BPT"],
        "Nà Pài, ngày      tháng 4 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(
        doc,
        "Căn cứ Kế hoạch số 58/KH-UBND ngày 25/03/2027 của UBND xã Bình Gia về xây dựng khu "
        "dân cư nông thôn mới kiểu mẫu năm 2027;",
        indent=1.0,
    )
    para(doc, "Căn cứ Nghị quyết Hội nghị thôn ngày 06/04/2027,", indent=1.0)
    para(doc, "Ban Phát triển thôn Nà Pài xây dựng Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động sức dân, phát huy bản sắc văn hóa dân tộc Tày, phấn đấu đến tháng 11/2027 "
        "thôn Nà Pài được công nhận khu dân cư nông thôn mới kiểu mẫu.",
        indent=1.0,
    )
    para(doc, "II. CHỈ TIÊU CHỦ YẾU", bold=True)
    para(doc, "- 100% đường ngõ xóm được cứng hóa, có đèn chiếu sáng;", indent=1.0)
    para(
        doc,
        "- Thu nhập bình quân đạt 62 triệu đồng/người/năm; không còn hộ nghèo.",
        indent=1.0,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    duties = [
        (
            "1. Chi bộ thôn",
            [
                "Lãnh đạo, chỉ đạo toàn diện việc thực hiện Kế hoạch; định kỳ kiểm điểm kết quả tại "
                "các kỳ sinh hoạt chi bộ."
            ],
        ),
        (
            "2. Trưởng thôn (ông Hoàng Văn Pẻng)",
            [
                "Chủ trì tổ chức họp dân, thống nhất phương án hiến đất mở rộng 650 m đường ngõ xóm "
                "Khuổi Ỏ - Nà Pài; hoàn thành trước 30/5/2027.",
                "Phối hợp với Ban Quản lý dự án đầu tư xây dựng xã lắp đặt 25 cột đèn năng lượng mặt "
                "trời tại các đường ngõ; thời gian: tháng 6 - tháng 7/2027.",
                "Đôn đốc các tổ chức, hộ gia đình thực hiện; tổng hợp, báo cáo UBND xã hằng tháng.",
            ],
        ),
        (
            "3. Chi hội Nông dân thôn",
            [
                "Chủ trì, phối hợp với Hợp tác xã Hồi Bình Gia vận động 30 hộ cải tạo vườn tạp, trồng "
                "hồi, quế, mác mật theo hướng hữu cơ; thời gian từ tháng 5 đến tháng 8/2027."
            ],
        ),
        (
            "4. Chi hội Phụ nữ thôn (bà Nông Thị Lả - Chi hội trưởng)",
            [
                "Vận động 100% hộ phân loại rác tại nguồn, mỗi hộ có hố xử lý rác hữu cơ; hoàn thành "
                "Quý III/2027.",
                "Duy trì tổng vệ sinh đường làng vào sáng Chủ nhật hằng tuần (thường xuyên).",
            ],
        ),
        (
            "5. Chi đoàn thanh niên thôn",
            [
                "Chủ trì, phối hợp Chi hội Cựu chiến binh thôn làm 300 m hàng rào xanh và cổng chào "
                "thôn theo kiến trúc nhà sàn Tày; hoàn thành trước 02/9/2027."
            ],
        ),
        (
            "6. Tổ bảo vệ an ninh, trật tự ở cơ sở",
            [
                "Phối hợp với Công an xã Bình Gia tuần tra, nắm tình hình, giữ gìn an ninh trật tự "
                "trên địa bàn thôn; thực hiện thường xuyên."
            ],
        ),
        (
            "7. Ban Công tác Mặt trận thôn",
            [
                "Giám sát việc huy động, sử dụng các khoản đóng góp của Nhân dân; tổng hợp ý kiến "
                "phản ánh gửi Ban Phát triển thôn."
            ],
        ),
    ]
    for head, lines in duties:
        para(doc, head + ":", bold=True, indent=1.0)
        for line in lines:
            para(doc, "- " + line, indent=1.0)
    para(
        doc,
        "Trên đây là Kế hoạch xây dựng thôn Nà Pài đạt chuẩn khu dân cư nông thôn mới kiểu "
        "mẫu năm 2027./.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- UBND xã Bình Gia (b/c);",
            "- Chi bộ thôn;",
            "- Các chi hội, tổ chức trong thôn;",
            "- Lưu BPT.",
        ],
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Hoàng Văn Pẻng"],
    )
    tasks = [
        task(
            "Tổ chức họp dân, thống nhất phương án hiến đất mở rộng 650 m đường ngõ xóm "
            "Khuổi Ỏ - Nà Pài",
            "Trưởng thôn",
            [],
            "2027-05-30",
            official="Hoàng Văn Pẻng",
        ),
        task(
            "Lắp đặt 25 cột đèn năng lượng mặt trời tại các đường ngõ",
            "Trưởng thôn",
            ["Ban Quản lý dự án đầu tư xây dựng xã"],
            "2027-07-31",
            "2027-06-01",
            official="Hoàng Văn Pẻng",
        ),
        task(
            "Vận động 30 hộ cải tạo vườn tạp, trồng hồi, quế, mác mật theo hướng hữu cơ",
            "Chi hội Nông dân thôn",
            ["Hợp tác xã Hồi Bình Gia"],
            "2027-08-31",
            "2027-05-01",
        ),
        task(
            "Vận động 100% hộ phân loại rác tại nguồn, mỗi hộ có hố xử lý rác hữu cơ",
            "Chi hội Phụ nữ thôn",
            [],
            "2027-09-30",
            official="Nông Thị Lả",
        ),
        task(
            "Duy trì tổng vệ sinh đường làng vào sáng Chủ nhật hằng tuần",
            "Chi hội Phụ nữ thôn",
            [],
            "2027-12-31",
            official="Nông Thị Lả",
        ),
        task(
            "Làm 300 m hàng rào xanh và cổng chào thôn theo kiến trúc nhà sàn Tày",
            "Chi đoàn thanh niên thôn",
            ["Chi hội Cựu chiến binh thôn"],
            "2027-09-02",
        ),
        task(
            "Tuần tra, nắm tình hình, giữ gìn an ninh trật tự trên địa bàn thôn",
            "Tổ bảo vệ an ninh, trật tự ở cơ sở",
            ["Công an xã Bình Gia"],
            "2027-12-31",
        ),
    ]
    hdr = header(
        "",
        "KH-BPT",
        "Nà Pài",
        "2027-04",
        title,
        "BAN PHÁT TRIỂN THÔN NÀ PÀI",
        "TM. BAN PHÁT TRIỂN THÔN",
        "TRƯỞNG BAN",
        "Hoàng Văn Pẻng",
        ["58/KH-UBND", "Nghị quyết ngày 06/04/2027"],
        4,
    )
    comment = (
        "Village development board draft (Lạng Sơn, Tày names): 'DỰ THẢO', blank number and day; "
        "tasks exist only under 'Tổ chức thực hiện' as each body's dash-duties, mixed with "
        "non-task duties (lãnh đạo, đôn đốc, giám sát); body heading carries the official in "
        "parentheses; 'Phối hợp với X <work>' keeps the heading body as lead."
    )
    return "10_thon_na_pai_du_thao.docx", save(doc), comment, hdr, tasks


def main():
    OUT.mkdir(exist_ok=True)
    plans = [plan01, plan02, plan03, plan04]
    plans += [plan05, plan06, plan07, plan08, plan09, plan10]
    for make in plans:
        name, data, comment, hdr, tasks = make()
        expected.write(OUT, name, data, comment, hdr, tasks)
        print("wrote", name, len(tasks), "tasks")


if __name__ == "__main__":
    main()
