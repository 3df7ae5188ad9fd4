"""Writes round 18's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round18.py

Round 18 is the lead's fourth hidden hold-out of 06/12/2026, measured on
main ff1abb3 before any change (100 on every field), and again at the
session's end (one lead split that a later change made, mended).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import datetime  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from word_writer import (  # noqa: E402
    closing_beside,
    opening,
    para,
    repeat_header,
    save,
)

from ntm.documents.convert import libreoffice  # noqa: E402

OUT = HERE / "round18"


# G1: a long appendix table in landscape whose header row repeats on every page, as PDF
def plan_g1():
    doc = opening(
        ["UBND TỈNH NGHỆ AN", "BAN CHỈ ĐẠO CÁC CTMTQG", "Số: 58/KH-BCĐ"],
        "Nghệ An, ngày 04 tháng 12 năm 2026",
        "Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027",
    )
    para(
        doc,
        "Căn cứ Quyết định số 1689/QĐ-TTg ngày 11/10/2021 của Thủ tướng Chính phủ;",
        indent=1,
    )
    para(
        doc,
        "Ban Chỉ đạo tỉnh ban hành Kế hoạch với các nhiệm vụ tại Phụ lục kèm theo.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Ban Chỉ đạo Trung ương (b/c);",
            "- Thường trực Tỉnh ủy (b/c);",
            "- Các sở, ngành;",
            "- UBND các xã;",
            "- Lưu: VT.",
        ],
        [
            "TM. BAN CHỈ ĐẠO",
            "KT. TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN",
            "",
            "",
            "Hoàng Nghĩa Hiếu",
        ],
    )
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ TRIỂN KHAI NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 58/KH-BCĐ ngày 04/12/2026 của Ban Chỉ đạo tỉnh)",
        italic=True,
        center=True,
    )
    head = [
        "TT",
        "Nội dung công việc",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm",
    ]
    topics = [
        (
            "Ban hành văn bản hướng dẫn thực hiện Bộ tiêu chí xã nông thôn mới các cấp",
            "Sở Nông nghiệp và Môi trường",
            "Các sở, ngành",
            "Quý I/2027",
            "Văn bản hướng dẫn",
        ),
        (
            "Phân bổ vốn ngân sách trung ương thực hiện Chương trình",
            "Sở Tài chính",
            "Sở Nông nghiệp và Môi trường",
            "Tháng 1/2027",
            "Quyết định phân bổ",
        ),
        (
            "Tổ chức đánh giá, xếp hạng sản phẩm OCOP đợt 1",
            "Sở Công Thương",
            "UBND các xã",
            "Tháng 6/2027",
            "Quyết định công nhận",
        ),
        (
            "Hướng dẫn tiêu chí Văn hóa đối với xã nông thôn mới nâng cao",
            "Sở Văn hóa, Thể thao và Du lịch",
            "UBND các xã",
            "Quý II/2027",
            "Văn bản hướng dẫn",
        ),
        (
            "Kiểm tra chất lượng nước sạch nông thôn tại các công trình tập trung",
            "Sở Y tế",
            "Trung tâm Nước sạch và VSMT nông thôn",
            "Tháng 9/2027",
            "Báo cáo kết quả",
        ),
        (
            "Tập huấn chuyển đổi số trong xây dựng nông thôn mới cho cán bộ cấp xã",
            "Sở Khoa học và Công nghệ",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Quý III/2027",
            "Lớp tập huấn",
        ),
        (
            "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều",
            "Sở Nội vụ",
            "UBND các xã",
            "Tháng 11/2027",
            "Báo cáo rà soát",
        ),
        (
            "Thẩm định hồ sơ xã đạt chuẩn nông thôn mới nâng cao năm 2027",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Các thành viên Ban Chỉ đạo tỉnh",
            "Tháng 12/2027",
            "Tờ trình",
        ),
        (
            "Kiểm tra, giám sát việc sử dụng vốn đầu tư công tại các xã",
            "Sở Tài chính",
            "Thanh tra tỉnh",
            "Quý IV/2027",
            "Báo cáo kiểm tra",
        ),
        (
            "Tuyên truyền trên Báo và Phát thanh, Truyền hình tỉnh về xây dựng nông thôn mới",
            "Báo và Phát thanh, Truyền hình Nghệ An",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Thường xuyên",
            "Chuyên trang, chuyên mục",
        ),
        (
            "Tổng kết 5 năm thực hiện phong trào thi đua cả nước chung sức xây dựng nông thôn mới",
            "Sở Nội vụ",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Tháng 10/2027",
            "Hội nghị tổng kết",
        ),
        (
            "Xây dựng kế hoạch năm 2028",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Các sở, ngành",
            "Tháng 12/2027",
            "Kế hoạch",
        ),
    ]
    t = doc.add_table(rows=1 + len(topics), cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.cell(0, i).text = h
    repeat_header(t.rows[0])
    for r, row in enumerate(topics, 1):
        t.cell(r, 0).text = str(r)
        for i, v in enumerate(row, 1):
            t.cell(r, i).text = v
            # long rows so the table runs over pages
        t.cell(r, 5).add_paragraph("")
        t.cell(r, 1).add_paragraph("")
    return saved_as(save(doc), "pdf")


# G2: .odt with 1.1./1.2. items and inline bracket responsibility
def plan_g2():
    doc = opening(
        ["ĐẢNG ỦY - HĐND - UBND", "XÃ YÊN THÀNH", "Số: 44/KH-UBND"],
        "Yên Thành, ngày 30 tháng 11 năm 2026",
        "Nâng cao chất lượng tiêu chí Kinh tế và Tổ chức sản xuất năm 2027",
    )
    para(
        doc,
        "Căn cứ Nghị quyết số 12-NQ/ĐU ngày 15/11/2026 của Đảng ủy xã về phát triển kinh tế năm 2027;",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "1. Mục đích: nâng thu nhập bình quân đầu người lên 65 triệu đồng/người/năm.",
        indent=1,
    )
    para(doc, "2. Yêu cầu: phân công rõ người, rõ việc, rõ thời gian.", indent=1)
    para(doc, "II. NỘI DUNG THỰC HIỆN", bold=True)
    para(doc, "1. Phát triển sản xuất", bold=True)
    para(
        doc,
        "1.1. Chuyển đổi 25 ha đất lúa kém hiệu quả sang trồng cây ăn quả (Chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã, các thôn; thời gian: tháng 6/2027).",
        indent=1,
    )
    para(
        doc,
        "1.2. Xây dựng 01 chuỗi liên kết sản xuất rau an toàn (Chủ trì: Hợp tác xã Dịch vụ nông nghiệp Yên Thành; phối hợp: Phòng Kinh tế; thời gian: quý III/2027).",
        indent=1,
    )
    para(doc, "2. Tổ chức sản xuất", bold=True)
    para(
        doc,
        "2.1. Củng cố, nâng cao hiệu quả hoạt động của 03 hợp tác xã (Chủ trì: Phòng Kinh tế; thời gian: cả năm 2027).",
        indent=1,
    )
    para(
        doc,
        "2.2. Hỗ trợ 02 sản phẩm tham gia chương trình OCOP (Chủ trì: Phòng Kinh tế; phối hợp: Hội Liên hiệp Phụ nữ xã; thời gian: trước ngày 30/9/2027).",
        indent=1,
    )
    para(doc, "3. Đào tạo nghề", bold=True)
    para(
        doc,
        "3.1. Mở 04 lớp đào tạo nghề nông nghiệp cho lao động nông thôn (Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực; thời gian: quý II và quý IV/2027).",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kinh tế là cơ quan thường trực, theo dõi và tổng hợp báo cáo UBND xã định kỳ hằng quý.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Thường trực Đảng ủy (b/c);", "- Các đơn vị liên quan;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Đình Thắng"],
    )
    return saved_as(save(doc), "odt")


# G3: an old Excel .xls (converted by LibreOffice) with date cells
def plan_g3():
    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    ws["A1"] = "ỦY BAN NHÂN DÂN XÃ MƯỜNG KHƯƠNG"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"] = "Số: 190/KH-UBND"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = "Mường Khương, ngày 26 tháng 11 năm 2026"
    ws["A5"] = "KẾ HOẠCH"
    ws["A6"] = "Thực hiện tiêu chí Nhà ở dân cư và Thu nhập năm 2027"
    ws.append([])
    ws.append(
        [
            "Số TT",
            "Tên nhiệm vụ",
            "Đơn vị chủ trì thực hiện",
            "Đơn vị phối hợp thực hiện",
            "Thời hạn",
            "Kinh phí dự kiến (triệu đồng)",
        ]
    )
    rows = [
        (
            1,
            "Xóa 15 nhà tạm, nhà dột nát cho hộ nghèo",
            "Phòng Văn hóa - Xã hội",
            "Ủy ban MTTQ Việt Nam xã",
            datetime.date(2027, 6, 30),
            900,
        ),
        (
            2,
            "Hỗ trợ 30 hộ phát triển chăn nuôi gà bản địa",
            "Phòng Kinh tế",
            "Hội Nông dân xã",
            datetime.date(2027, 8, 31),
            150,
        ),
        (
            3,
            "Trồng mới 40 ha chè Shan tuyết",
            "Phòng Kinh tế",
            "Ban Quản lý rừng phòng hộ Mường Khương",
            datetime.date(2027, 10, 15),
            400,
        ),
        (
            4,
            "Tổ chức 02 phiên giao dịch việc làm",
            "Phòng Văn hóa - Xã hội",
            "Đoàn Thanh niên xã",
            datetime.date(2027, 4, 30),
            20,
        ),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=9, max_row=12, min_col=5, max_col=5):
        for c in row:
            c.number_format = "dd/mm/yyyy"
    ws.append(["", "Tổng cộng", "", "", "", 1470])
    ws.append([])
    ws.append(["", "Nơi nhận:", "", "", "TM. ỦY BAN NHÂN DÂN"])
    ws.append(["", "- UBND tỉnh Lào Cai (b/c);", "", "", "CHỦ TỊCH"])
    ws.append(["", "- Lưu: VT."])
    ws.append([])
    ws.append(["", "", "", "", "Lù Văn Pao"])
    return libreoffice(save(wb), ".xlsx", "xls:MS Excel 97")


# G9: the issuer and motto drawn in text boxes (w:txbxContent), the rest in the body
TXBX = """<w:r %s><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="position:absolute;width:200pt;height:60pt" type="#_x0000_t202"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""


def p_xml(text, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>{b}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def plan_g9():
    doc = Document()
    p = doc.add_paragraph()
    left = "".join(
        p_xml(t, b)
        for t, b in [
            ("ỦY BAN NHÂN DÂN", False),
            ("XÃ BẢO LÂM", True),
            ("Số: 96/KH-UBND", False),
        ]
    )
    right = "".join(
        p_xml(t, b)
        for t, b in [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
            ("Độc lập - Tự do - Hạnh phúc", True),
        ]
    )
    p._p.append(parse_xml(TXBX % (nsdecls("w"), left)))
    p._p.append(parse_xml(TXBX % (nsdecls("w"), right)))
    para(doc, "Bảo Lâm, ngày 03 tháng 12 năm 2026", italic=True, center=True)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc, "Thực hiện tiêu chí Quốc phòng và An ninh năm 2027", bold=True, center=True
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 275/KH-UBND ngày 18/11/2026 của UBND tỉnh Cao Bằng;",
        indent=1,
    )
    para(doc, "I. NHIỆM VỤ", bold=True)
    items = [
        (
            "Xây dựng lực lượng dân quân vững mạnh, rộng khắp",
            "Ban Chỉ huy quân sự xã",
            "Các thôn",
            "30/6/2027",
        ),
        (
            "Hoàn thành chỉ tiêu tuyển quân năm 2027",
            "Ban Chỉ huy quân sự xã",
            "Công an xã; Đoàn Thanh niên xã",
            "28/02/2027",
        ),
        (
            "Xây dựng 05 mô hình tự quản về an ninh trật tự",
            "Công an xã",
            "Ủy ban MTTQ Việt Nam xã",
            "31/10/2027",
        ),
    ]
    for i, (t, lead, co, dl) in enumerate(items, 1):
        para(doc, f"{i}. {t}", bold=True)
        para(doc, f"- Đơn vị chủ trì: {lead}", indent=1)
        para(doc, f"- Đơn vị phối hợp: {co}", indent=1)
        para(doc, f"- Thời gian hoàn thành: {dl}", indent=1)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/12/2027.", indent=1)
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nông Văn Dũng"],
    )
    return save(doc)


# G10: soft line breaks (Shift+Enter) inside paragraphs holding a task and its attributes
def plan_g10():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHÚ", "Số: 133/KH-UBND"],
        "Quảng Phú, ngày 27 tháng 11 năm 2026",
        "Xây dựng xã đạt chuẩn nông thôn mới kiểu mẫu năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 560/KH-UBND ngày 01/11/2026 của UBND tỉnh Quảng Bình;",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    blocks = [
        [
            "1. Xây dựng 02 khu dân cư kiểu mẫu tại thôn Phú Hải và thôn Phú Lộc",
            "- Chủ trì: Ban phát triển thôn Phú Hải, thôn Phú Lộc",
            "- Phối hợp: Ủy ban MTTQ Việt Nam xã",
            "- Thời gian: hoàn thành trong Quý III/2027",
        ],
        [
            "2. Phát triển 01 điểm du lịch nông thôn gắn với sản phẩm OCOP",
            "- Chủ trì: Phòng Kinh tế",
            "- Phối hợp: Hợp tác xã Du lịch Quảng Phú; Đoàn Thanh niên xã",
            "- Thời gian: trước ngày 31/8/2027",
        ],
        [
            "3. Số hóa hồ sơ thủ tục hành chính đạt 100%",
            "- Chủ trì: Văn phòng HĐND và UBND xã",
            "- Thời gian: Quý II/2027",
        ],
    ]
    for lines in blocks:
        p = doc.add_paragraph()
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.font.size = Pt(13)
            if i == 0:
                r.bold = True
            if i < len(lines) - 1:
                r.add_break()
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Giao Phòng Kinh tế theo dõi, đôn đốc, tổng hợp báo cáo UBND xã.", indent=1
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Võ Thị Hằng"],
    )
    return save(doc)


if __name__ == "__main__":
    (OUT / "r18-bcd-nghe-an-phu-luc-nhieu-trang.pdf").write_bytes(plan_g1())
    (OUT / "r18-xa-yen-thanh-muc-1-1.odt").write_bytes(plan_g2())
    (OUT / "r18-xa-muong-khuong-excel-97.xls").write_bytes(plan_g3())
    (OUT / "r18-xa-bao-lam-khung-van-ban.docx").write_bytes(plan_g9())
    (OUT / "r18-xa-quang-phu-xuong-dong-mem.docx").write_bytes(plan_g10())
    print("ok")
