"""Writes round 15's files (run once; the files are committed, so the tests
read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round15.py

Round 15 is the lead's hidden hold-out of 06/12/2026: written at the
session's start, measured untouched (main at 90311e0), kept out of the
repository while the session's importer changes landed, its families
described in words (never shown) to the helper who fixed them. The
families: a department's appendix table with group, subtotal and total
rows, budget and time ranges; a Notepad text (CRLF, non-breaking spaces, a
numeric place-date) with "Bộ phận tham mưu" lines; text copied out of a PDF
(NFD letters, page number and running header mid-text); a Word plan whose
structure is in its styles only (Heading 1/2, List Bullet), as .docx and as
PDF; a LibreOffice .odt whose task table has a two-row header and cells
with a "Sản phẩm:" paragraph.
"""

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.enum.section import WD_ORIENT  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round15"


# A: a provincial department's plan whose tasks are all in an appendix table
# with group rows, subtotal rows, quantity/unit/budget columns and time ranges.
def plan_a() -> bytes:
    doc = opening(
        ["UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 2145/KH-SNNMT"],
        "Hà Tĩnh, ngày 18 tháng 12 năm 2026",
        "Thực hiện các nhiệm vụ nông thôn mới thuộc lĩnh vực nông nghiệp và môi trường năm 2027",
    )
    for text in [
        "Căn cứ Kế hoạch số 412/KH-UBND ngày 02/12/2026 của UBND tỉnh về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Hoàn thành đúng tiến độ các nhiệm vụ được UBND tỉnh giao; bảo đảm sử dụng kinh phí đúng quy định.",
        "II. NHIỆM VỤ",
        "Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp, kinh phí và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh hằng quý.",
    ]:
        para(doc, text, bold=text[:3] in ("I. ", "II.", "III"), indent=1)
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Văn phòng Điều phối NTM tỉnh;", "- Lưu: VT, KHTC."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn Hòa"],
    )
    section = doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ NÔNG THÔN MỚI NĂM 2027", bold=True, center=True)
    para(
        doc,
        "(Kèm theo Kế hoạch số 2145/KH-SNNMT ngày 18/12/2026 của Sở Nông nghiệp và Môi trường)",
        italic=True,
        center=True,
    )
    head = [
        "TT",
        "Nội dung nhiệm vụ",
        "Đơn vị tính",
        "Khối lượng",
        "Kinh phí (triệu đồng)",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
    ]
    rows = [
        [
            "I",
            "Tiêu chí số 3 - Thủy lợi và phòng, chống thiên tai",
            "",
            "",
            "24.950",
            "",
            "",
            "",
        ],
        [
            "1",
            "Kiên cố hóa kênh mương nội đồng",
            "km",
            "12,5",
            "18.750",
            "Chi cục Thủy lợi",
            "UBND các xã",
            "Quý I-II/2027",
        ],
        [
            "2",
            "Nâng cấp 04 trạm bơm điện phục vụ tưới tiêu",
            "trạm",
            "4",
            "6.200",
            "Công ty TNHH MTV Thủy lợi Bắc Hà Tĩnh",
            "Chi cục Thủy lợi",
            "6 tháng đầu năm 2027",
        ],
        ["", "Cộng mục I", "", "", "24.950", "", "", ""],
        [
            "II",
            "Tiêu chí số 17 - Môi trường và an toàn thực phẩm",
            "",
            "",
            "1.500",
            "",
            "",
            "",
        ],
        [
            "1",
            "Hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn cho các xã",
            "xã",
            "69",
            "450",
            "Chi cục Bảo vệ môi trường",
            "Hội LHPN tỉnh; Tỉnh đoàn",
            "Tháng 3-4/2027",
        ],
        [
            "2",
            "Kiểm tra, giám sát an toàn thực phẩm tại các cơ sở sản xuất, kinh doanh nông sản",
            "cơ sở",
            "120",
            "300",
            "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản",
            "Sở Y tế; Sở Công Thương",
            "Cả năm 2027",
        ],
        [
            "3",
            "Xây dựng 05 mô hình xử lý chất thải chăn nuôi bằng đệm lót sinh học",
            "mô hình",
            "5",
            "750",
            "Trung tâm Khuyến nông",
            "UBND các xã",
            "Từ tháng 5 đến tháng 9/2027",
        ],
        ["", "Cộng mục II", "", "", "1.500", "", "", ""],
        ["III", "Chương trình Mỗi xã một sản phẩm (OCOP)", "", "", "1.200", "", "", ""],
        [
            "1",
            "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
            "đợt",
            "2",
            "1.200",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Các sở, ngành liên quan",
            "Quý II và Quý IV/2027",
        ],
        ["", "Tổng cộng", "", "", "27.650", "", "", ""],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            t.cell(r, i).text = v
            if row[0] in ("I", "II", "III") or not row[0]:
                for run in t.cell(r, i).paragraphs[0].runs:
                    run.bold = True
    return save(doc)


# B: a commune's text plan typed in Notepad: CRLF, non-breaking spaces, a
# numeric date in the place-date line, each task a numbered line followed by
# "Lãnh đạo phụ trách", "Bộ phận tham mưu: <unit> (đ/c <official> – <post>)",
# "Phối hợp", "Thời gian" lines.
PLAN_B = """ỦY BAN NHÂN DÂN
XÃ KỲ ANH
Số:   06  /KH-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Kỳ Anh, ngày 05/01/2027

KẾ HOẠCH
Duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới nâng cao năm 2027

Căn cứ Nghị quyết số 18/NQ-HĐND ngày 20/12/2026 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2027;
UBND xã ban hành Kế hoạch như sau:

I. MỤC TIÊU
Giữ vững 19/19 tiêu chí xã nông thôn mới nâng cao; phấn đấu có thêm 02 thôn đạt chuẩn nông thôn mới kiểu mẫu.

II. NHIỆM VỤ CỤ THỂ
1. Cứng hóa 1,2 km đường trục thôn Hải Hà và thôn Tân Phong
Lãnh đạo phụ trách: đ/c Phan Văn Dũng – Phó Chủ tịch UBND xã
Bộ phận tham mưu: Phòng Kinh tế (đ/c Trần Văn Bình – công chức Nông nghiệp và Môi trường)
Thời gian: từ tháng 01 đến hết tháng 6/2027

2. Xây dựng 02 khu dân cư kiểu mẫu tại thôn Hải Hà và thôn Đông Yên
Lãnh đạo phụ trách: đ/c Phan Văn Dũng – Phó Chủ tịch UBND xã
Bộ phận tham mưu: Phòng Văn hóa - Xã hội (đ/c Lê Thị Hoa – công chức Văn hóa - Xã hội)
Phối hợp: Ủy ban MTTQ Việt Nam xã, Hội Nông dân xã
Thời gian: Quý III/2027

3. Hỗ trợ 15 hộ chuyển đổi sang sản xuất rau theo tiêu chuẩn VietGAP
Lãnh đạo phụ trách: đ/c Nguyễn Thị Thanh – Phó Chủ tịch UBND xã
Bộ phận tham mưu: Phòng Kinh tế (đ/c Võ Văn Tài – công chức Nông nghiệp và Môi trường)
Phối hợp: Hợp tác xã Nông nghiệp Kỳ Anh
Thời gian: trước ngày 30/9/2027

4. Nâng tỷ lệ người dân tham gia bảo hiểm y tế lên 97%
Lãnh đạo phụ trách: đ/c Nguyễn Thị Thanh – Phó Chủ tịch UBND xã
Bộ phận tham mưu: Phòng Văn hóa - Xã hội (đ/c Lê Thị Hoa – công chức Văn hóa - Xã hội)
Phối hợp: Trạm Y tế xã, Bảo hiểm xã hội khu vực Kỳ Anh
Thời gian: đến 31/12/2027

III. TỔ CHỨC THỰC HIỆN
Các bộ phận được phân công báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 25 hằng tháng.

Nơi nhận:
- Văn phòng Điều phối NTM tỉnh;
- Đảng ủy, HĐND xã;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Long
"""


def plan_b() -> bytes:
    text = PLAN_B.replace("Thời gian: ", "Thời gian:\u00a0").replace("\n", "\r\n")
    return text.encode("utf-8")


# E: text copied out of a PDF viewer: decomposed (NFD) letters, lines broken
# where the page broke them, a page number and a running header in the middle,
# tasks "a)" with their responsibility in brackets at the end.
PLAN_E = """UBND XÃ HỮU KIÊN
Số: 215/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hữu Kiên, ngày 10 tháng 12 năm 2026
KẾ HOẠCH
Thực hiện tiêu chí Thu nhập và tiêu chí Nghèo đa chiều
năm 2027
Thực hiện Kế hoạch số 97/KH-UBND ngày 25/11/2026 của UBND tỉnh Lai
Châu, UBND xã Hữu Kiên xây dựng Kế hoạch như sau:
1. Mục tiêu
Thu nhập bình quân đầu người đạt 52 triệu đồng; tỷ lệ hộ nghèo đa chiều
giảm còn dưới 6%.
2. Nhiệm vụ và giải pháp
a) Phát triển 30 ha chè Shan tuyết theo hướng hữu cơ tại các bản Nậm Ngập,
Pa Thắng (Phòng Kinh tế chủ trì; Hợp tác xã Chè Hữu Kiên phối hợp; thời
gian: Quý II/2027).
b) Mở 02 lớp đào tạo nghề nông nghiệp ngắn hạn cho lao động nông thôn
(Phòng Văn hóa - Xã hội chủ trì; Trung tâm Giáo dục nghề nghiệp khu vực
phối hợp; thời gian: tháng 8/2027).
2
Kế hoạch số 215/KH-UBND ngày 10/12/2026 của UBND xã Hữu Kiên
c) Hỗ trợ giống, vật tư cho 45 hộ nghèo, hộ cận nghèo phát triển chăn nuôi
(Phòng Kinh tế chủ trì; Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã phối hợp;
thời gian: trước 30/6/2027).
d) Rà soát hộ nghèo, hộ cận nghèo cuối năm theo chuẩn nghèo đa chiều
(Phòng Văn hóa - Xã hội chủ trì; các bản phối hợp; thời gian: tháng
11/2027).
3. Tổ chức thực hiện
Giao Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã định kỳ hằng quý.
Nơi nhận:
- UBND tỉnh (b/c);
- Đảng ủy xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Thắng
"""


def plan_e() -> bytes:
    return unicodedata.normalize("NFD", PLAN_E).encode("utf-8")


# F: Word's own styles carry the structure: headings with no typed number,
# tasks as "List Bullet" paragraphs (the bullet is Word's, not in the text),
# each "<work>. Giao: <lead>, phối hợp: <partners>. Thời gian: <time>."
def plan_f() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LƯƠNG", "Số: 188/KH-UBND"],
        "Phú Lương, ngày 22 tháng 12 năm 2026",
        "Nâng cao chất lượng tiêu chí Giao thông, Văn hóa và Môi trường năm 2027",
    )
    para(
        doc,
        "Thực hiện Nghị quyết số 25/NQ-ĐU ngày 15/12/2026 của Đảng ủy xã Phú Lương, UBND xã xây dựng Kế hoạch như sau:",
        indent=1,
    )
    doc.add_paragraph("Mục đích, yêu cầu", style="Heading 1")
    para(
        doc,
        "Duy trì và nâng cao chất lượng các tiêu chí đã đạt; huy động sự tham gia của người dân.",
        indent=1,
    )
    doc.add_paragraph("Nhiệm vụ trọng tâm", style="Heading 1")
    items = {
        "Tiêu chí Giao thông": [
            "Bảo dưỡng 6,5 km đường liên thôn Phú Thịnh – Phú Hưng. Giao: Phòng Kinh tế, phối hợp: Ban phát triển các thôn. Thời gian: Quý II/2027.",
            "Lắp đặt 120 bóng đèn chiếu sáng đường thôn bằng năng lượng mặt trời. Giao: Phòng Kinh tế, phối hợp: Đoàn Thanh niên xã. Thời gian: tháng 8/2027.",
        ],
        "Tiêu chí Văn hóa": [
            "Tu sửa nhà văn hóa các thôn Na Mao, Phú Thịnh. Giao: Phòng Văn hóa - Xã hội. Thời gian: trước ngày 30/4/2027.",
            "Tổ chức Hội thi văn nghệ quần chúng chào mừng ngày hội Đại đoàn kết toàn dân tộc. Giao: Phòng Văn hóa - Xã hội, phối hợp: Ủy ban MTTQ Việt Nam xã. Thời gian: tháng 11/2027.",
        ],
        "Tiêu chí Môi trường": [
            "Trồng 3 km tuyến đường hoa, cây xanh tại các thôn. Giao: Hội Liên hiệp Phụ nữ xã, phối hợp: Phòng Kinh tế. Thời gian: Quý I/2027.",
        ],
    }
    for heading, bullets in items.items():
        doc.add_paragraph(heading, style="Heading 2")
        for b in bullets:
            doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Tổ chức thực hiện", style="Heading 1")
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 20 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Ma Văn Thành"],
    )
    return save(doc)


# G: LibreOffice Writer (.odt): a task table whose header is two rows
# ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"), cells holding two
# paragraphs (the work, then "Sản phẩm: …"), the deadline a bare date.
def plan_g() -> bytes:
    doc = opening(
        ["ĐẢNG ỦY - HĐND - UBND", "XÃ CẨM XUYÊN", "Số: 77/KH-UBND"],
        "Cẩm Xuyên, ngày 28 tháng 12 năm 2026",
        "Thực hiện tiêu chí Quốc phòng và An ninh, tiêu chí Hành chính công năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 530/KH-UBND ngày 12/12/2026 của UBND tỉnh Hà Tĩnh về xây dựng nông thôn mới năm 2027, UBND xã xây dựng Kế hoạch như sau:",
        indent=1,
    )
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời hạn hoàn thành"]
    ):
        t.cell(0, i).text = h
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 2).text = "Đơn vị thực hiện"
    t.cell(1, 2).text, t.cell(1, 3).text = "Chủ trì", "Phối hợp"
    for i in (0, 1, 4):
        t.cell(0, i).merge(t.cell(1, i))
    rows = [
        (
            "1",
            "Xây dựng lực lượng dân quân tự vệ đạt chỉ tiêu 1,2% dân số",
            "Sản phẩm: Quyết định kiện toàn lực lượng",
            "Ban Chỉ huy Quân sự xã",
            "Các thôn",
            "31/3/2027",
        ),
        (
            "2",
            "Tổ chức 04 đợt ra quân trấn áp tội phạm, bảo đảm an ninh trật tự",
            "Sản phẩm: Báo cáo kết quả từng đợt",
            "Công an xã",
            "Ban Chỉ huy Quân sự xã; Đoàn Thanh niên xã",
            "30/11/2027",
        ),
        (
            "3",
            "Số hóa 100% hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã",
            "Sản phẩm: Hồ sơ điện tử trên Hệ thống thông tin giải quyết TTHC",
            "Trung tâm Phục vụ hành chính công xã",
            "Văn phòng HĐND và UBND xã",
            "30/6/2027",
        ),
    ]
    for n, work, product, lead, partner, due in rows:
        c = t.add_row().cells
        c[0].text = n
        c[1].text = work
        c[1].add_paragraph(product)
        c[2].text, c[3].text, c[4].text = lead, partner, due
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.", indent=1
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Thị Mai"],
    )
    return saved_as(save(doc), "odt")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r15-so-nnmt-ha-tinh-phu-luc-kinh-phi.docx").write_bytes(plan_a())
    (OUT / "r15-xa-ky-anh-bo-phan-tham-muu.txt").write_bytes(plan_b())
    (OUT / "r15-xa-huu-kien-chep-tu-pdf-nfd.txt").write_bytes(plan_e())
    (OUT / "r15-xa-phu-luong-kieu-word.docx").write_bytes(plan_f())
    (OUT / "r15-xa-phu-luong-kieu-word-pdf.pdf").write_bytes(saved_as(plan_f(), "pdf"))
    (OUT / "r15-xa-cam-xuyen-hai-dong-tieu-de.odt").write_bytes(plan_g())
