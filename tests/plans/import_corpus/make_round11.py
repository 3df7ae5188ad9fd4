"""Writes round 11's Word and text files (run once; the files are committed,
so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round11.py

Round 11 is the lead's own hold-out, written without reading round 10's
changes to the import and measured before any change for it.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).parent / "round11"


def header_table(doc, left, right):
    t = doc.add_table(rows=len(left), cols=2)
    for i, (left_text, right_text) in enumerate(zip(left, right, strict=True)):
        t.cell(i, 0).text = left_text
        t.cell(i, 1).text = right_text
        for c in (t.cell(i, 0), t.cell(i, 1)):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def para(doc, text, bold=False, italic=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(14)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def opening(issuer_lines, place_and_date, title):
    """A new Word plan with its two-column header, "KẾ HOẠCH" and its title."""
    doc = Document()
    header_table(
        doc,
        issuer_lines,
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            place_and_date,
        ],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    return doc


def plan_a():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ KIM ĐỒNG", "Số: 141/KH-UBND"],
        "Kim Đồng, ngày 03 tháng 8 năm 2026",
        "Duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới nâng cao",
    )
    para(doc, "giai đoạn 2026 - 2027", bold=True, center=True)
    for t in [
        "Căn cứ Quyết định số 211/QĐ-TTg ngày 01/3/2024 của Thủ tướng Chính phủ sửa đổi Bộ tiêu chí quốc gia về xã nông thôn mới;",
        "Căn cứ Kế hoạch số 76/KH-UBND ngày 15/4/2026 của UBND tỉnh Lạng Sơn về xây dựng nông thôn mới năm 2026;",
        "Ủy ban nhân dân xã Kim Đồng ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU",
        "1. Mục tiêu chung",
        "Duy trì vững chắc 19/19 tiêu chí xã nông thôn mới nâng cao, phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu vào năm 2027.",
        "2. Mục tiêu cụ thể",
        "- Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm.",
        "- Tỷ lệ hộ nghèo đa chiều giảm còn dưới 3%.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Về hạ tầng giao thông (Tiêu chí số 2)",
        "Nâng cấp 1,8 km đường trục thôn Khòn Phổ bằng bê tông xi măng, mặt đường rộng 3,5 m. Giao Phòng Kinh tế chủ trì, phối hợp Ban phát triển thôn Khòn Phổ tổ chức thực hiện; thời gian hoàn thành trong tháng 10/2026.",
        "2. Về thủy lợi và phòng chống thiên tai (Tiêu chí số 3)",
        "Nạo vét 3 km kênh mương nội đồng các thôn Pò Nhùng, Nà Pàn. Giao Phòng Kinh tế chủ trì; Hội Nông dân xã phối hợp vận động nhân dân; hoàn thành trước mùa mưa (trước ngày 30/4/2027).",
        "3. Về trường học (Tiêu chí số 5)",
        "Đầu tư xây dựng nhà đa năng Trường THCS Kim Đồng. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp Ban quản lý dự án đầu tư xây dựng khu vực; thời gian: Quý II/2027.",
        "4. Về thu nhập và giảm nghèo (Tiêu chí số 10, 11)",
        "Hỗ trợ 45 hộ nghèo, cận nghèo phát triển chăn nuôi bò sinh sản. Công chức tham mưu: đồng chí Hoàng Thị Mai, công chức Văn hóa - Xã hội; đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã, Hội Cựu chiến binh xã; thời hạn: 31/12/2026.",
        "5. Về môi trường (Tiêu chí số 17)",
        "Xây dựng 02 mô hình phân loại rác thải tại nguồn tại thôn Nà Pàn và thôn Khòn Phổ. Đoàn Thanh niên xã chủ trì thực hiện, Ủy ban MTTQ Việt Nam xã phối hợp giám sát; thời gian thực hiện: năm 2026.",
        "6. Về an ninh trật tự (Tiêu chí số 19)",
        'Duy trì 100% thôn đạt danh hiệu "Thôn an toàn về an ninh, trật tự". Công an xã chủ trì; thực hiện thường xuyên.',
        "III. KINH PHÍ THỰC HIỆN",
        "Tổng kinh phí dự kiến 9.850 triệu đồng, trong đó ngân sách Trung ương 6.200 triệu đồng, ngân sách tỉnh 2.150 triệu đồng, nhân dân đóng góp 1.500 triệu đồng.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kinh tế là cơ quan thường trực, tổng hợp kết quả thực hiện, báo cáo UBND xã trước ngày 20 hằng tháng.",
        "2. Các thôn tuyên truyền, vận động nhân dân tham gia; báo cáo kết quả về UBND xã qua Phòng Kinh tế.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT Đảng ủy, HĐND xã;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lăng Văn Thành",
    ]:
        para(doc, t, bold=t[:2] in ("I.", "II", "IV") or t.startswith("III."))
    doc.save(OUT / "r11-xa-kim-dong-nhiem-vu-van-xuoi.docx")


def plan_b():
    doc = opening(
        ["UBND TỈNH TUYÊN QUANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 389/KH-SNNMT"],
        "Tuyên Quang, ngày 21 tháng 9 năm 2026",
        "Triển khai Chương trình mỗi xã một sản phẩm (OCOP) gắn với xây dựng nông"
        " thôn mới năm 2027",
    )
    for t in [
        "Thực hiện Quyết định số 1048/QĐ-UBND ngày 12/8/2026 của UBND tỉnh Tuyên Quang về phê duyệt Đề án phát triển sản phẩm OCOP giai đoạn 2026-2030, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao giá trị sản phẩm chủ lực của các xã, phấn đấu có thêm 40 sản phẩm OCOP đạt 3 sao trở lên.",
        "II. NHIỆM VỤ CỤ THỂ",
        "(Chi tiết tại Phụ lục kèm theo)",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    para(
        doc,
        "PHỤ LỤC: NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH OCOP NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 389/KH-SNNMT ngày 21/9/2026 của Sở Nông nghiệp và Môi trường)",
        italic=True,
        center=True,
    )
    rows = [
        (
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Sản phẩm",
            "Thời gian thực hiện",
        ),
        ("I", "Công tác tuyên truyền, đào tạo", "", "", "", ""),
        (
            "1",
            "Tập huấn kiến thức OCOP cho cán bộ cấp xã và chủ thể sản phẩm",
            "Chi cục Phát triển nông thôn",
            "UBND các xã",
            "Lớp tập huấn",
            "Quý I/2027",
        ),
        (
            "2",
            "Xây dựng chuyên mục OCOP trên Báo và Đài Phát thanh - Truyền hình tỉnh",
            "MERGE",
            "Báo và Phát thanh, Truyền hình Tuyên Quang",
            "Chuyên mục hằng tháng",
            "Hằng tháng",
        ),
        ("II", "Phát triển sản phẩm", "", "", "", ""),
        (
            "3",
            "Hỗ trợ 15 chủ thể hoàn thiện hồ sơ, nâng hạng sản phẩm chè Shan tuyết",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "Sở Khoa học và Công nghệ; UBND xã Hồng Thái",
            "Hồ sơ nâng hạng",
            "Trước 30/6/2027",
        ),
        (
            "4",
            "Đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2027",
            "Chi cục Phát triển nông thôn",
            "Các sở, ngành thành viên Hội đồng",
            "Quyết định công nhận",
            "Tháng 7/2027",
        ),
        (
            "5",
            "Tổ chức Hội chợ OCOP tỉnh Tuyên Quang lần thứ III",
            "MERGE",
            "Sở Công Thương; Sở Văn hóa, Thể thao và Du lịch",
            "Hội chợ",
            "Quý IV/2027",
        ),
    ]
    t = doc.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val != "MERGE":
                t.cell(i, j).text = val
    # vertical merges of the lead cell: rows 2-3 and rows 6-7
    t.cell(2, 2).merge(t.cell(3, 2))
    t.cell(6, 2).merge(t.cell(7, 2))
    t.cell(2, 2).text = "Chi cục Phát triển nông thôn"
    t.cell(6, 2).text = "Chi cục Phát triển nông thôn"
    for row in (1, 4):
        a = t.cell(row, 1).merge(t.cell(row, 5))
        a.text = rows[row][1]
    for t2 in [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị được giao nhiệm vụ báo cáo kết quả về Sở (qua Chi cục Phát triển nông thôn) trước ngày 15/12/2027.",
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- Các đơn vị thuộc Sở;",
        "- Lưu: VT, PTNT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Ma Thị Thu Hà",
    ]:
        para(doc, t2, bold=t2.startswith("III."))
    doc.save(OUT / "r11-so-nnmt-tuyen-quang-phu-luc-o-gop.docx")


PLAN_C = """ỦY BAN NHÂN DÂN XÃ ĐỨC THỌ
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Thọ, ngày 09 tháng 11 năm 2026

KẾ HOẠCH
Thực hiện các tiêu chí còn thiếu để đạt chuẩn xã nông thôn mới nâng cao năm 2027

Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/7/2026 của HĐND xã Đức Thọ về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2026;
UBND xã Đức Thọ ban hành Kế hoạch thực hiện các tiêu chí còn thiếu như sau:

I. THỰC TRẠNG
Đến tháng 10/2026, xã đạt 16/19 tiêu chí; còn 03 tiêu chí chưa đạt: Giao thông, Cơ sở vật chất văn hóa, Môi trường.

II. KHỐI LƯỢNG CÔNG VIỆC CẦN THỰC HIỆN
1. Tiêu chí số 2 - Giao thông
TT	Nội dung	ĐVT	Khối lượng	Đơn vị thực hiện	Thời gian
1	Cứng hóa đường trục thôn Trung Thành	km	2,4	Ban phát triển thôn Trung Thành	Tháng 3/2027
2	Lắp đặt biển báo, đèn chiếu sáng đường liên xã	bộ	35	Phòng Kinh tế	Quý II/2027
2. Tiêu chí số 6 - Cơ sở vật chất văn hóa
TT	Nội dung	ĐVT	Khối lượng	Đơn vị thực hiện	Thời gian
1	Xây mới nhà văn hóa thôn Yên Hòa	nhà	1	Phòng Văn hóa - Xã hội	30/9/2027
2	Bổ sung dụng cụ thể thao tại 5 khu thể thao thôn	khu	5	Đoàn Thanh niên xã	Quý III/2027
3. Tiêu chí số 17 - Môi trường và an toàn thực phẩm
TT	Nội dung	ĐVT	Khối lượng	Đơn vị thực hiện	Thời gian
1	Xây dựng hố thu gom bao gói thuốc bảo vệ thực vật trên đồng ruộng	hố	60	Hội Nông dân xã	Tháng 6/2027
2	Hướng dẫn 120 hộ xây dựng nhà tiêu hợp vệ sinh	hộ	120	Trạm Y tế xã	Năm 2027

III. TỔ CHỨC THỰC HIỆN
Phòng Kinh tế tổng hợp, báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.

Nơi nhận:
- Đảng ủy xã;
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Đình Phong
"""

if __name__ == "__main__":
    plan_a()
    plan_b()
    (OUT / "r11-xa-duc-tho-khoi-luong-tieu-chi.txt").write_text(
        PLAN_C, encoding="utf-8"
    )
