"""Writes round 15h's plans (run once; the files are committed, so the tests
read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round15h.py

Round 15h varies the four families the lead's hold-out of 06/12/2026 read
badly, two plans or more each, written before the importer was changed for
them (figures in docs/import-quality.md):

1. the advising unit and its named official on labelled lines under a task
   ("Bộ phận tham mưu: Phòng Kinh tế (đ/c … – công chức …)"), beside the
   leader in charge ("Lãnh đạo phụ trách: đ/c … – Phó Chủ tịch UBND xã");
2. a numeric date in the place-date line ("Kỳ Anh, ngày 05/01/2027",
   "ngày 5/1/2027", "ngày 05-01-2027", "ngày 05.01.2027");
3. several labels in one paragraph, ended by a full stop, a semicolon or a
   comma ("<work>. Giao: Phòng Kinh tế, phối hợp: …. Thời gian: Quý II/2027.");
4. Word's "List Bullet" / "List Number" paragraphs, long enough to wrap,
   under "Heading 1/2" headings with no typed number, saved as PDF by
   LibreOffice (the wrapped lines hang at the text's start), and the same
   plan as the .docx itself.
"""

from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
from make_files import saved_as  # noqa: E402
from word_writer import closing_beside, closing_under, opening, para  # noqa: E402

OUT = HERE / "round15h"


# ── family 1: the advising unit on a labelled line ──


def plan_advising_commune():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ KỲ HOA", "Số: 12/KH-UBND"],
        "Kỳ Hoa, ngày 08 tháng 01 năm 2027",
        "Thực hiện Chương trình xây dựng nông thôn mới nâng cao năm 2027",
    )
    for t in [
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 02/01/2027 của UBND tỉnh Hà Tĩnh;",
        "UBND xã Kỳ Hoa ban hành Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Duy trì và nâng cao chất lượng các tiêu chí đã đạt.",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới nâng cao trên địa bàn xã",
        "Lãnh đạo phụ trách: đ/c Phan Văn Dũng – Phó Chủ tịch UBND xã",
        "Bộ phận tham mưu: Phòng Kinh tế (đ/c Trần Văn Bình – công chức Nông nghiệp và Môi trường)",
        "Phối hợp: Ban phát triển các thôn",
        "Thời gian: Quý I/2027",
        "2. Xây dựng 02 mô hình thôn kiểu mẫu tại thôn Tân Thủy và thôn Hải Hà",
        "Lãnh đạo chỉ đạo: đ/c Nguyễn Thị Hà – Chủ tịch UBND xã",
        "Đơn vị tham mưu: Phòng Văn hóa - Xã hội (đ/c Lê Thị Mai – công chức Văn hóa - Xã hội)",
        "Phối hợp: Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã",
        "Thời gian: trước ngày 30/9/2027",
        "3. Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng cao",
        "Lãnh đạo phụ trách: đ/c Phan Văn Dũng – Phó Chủ tịch UBND xã",
        "Bộ phận tham mưu thực hiện: Văn phòng HĐND và UBND (đ/c Võ Văn Toàn – công chức Văn phòng - Thống kê)",
        "Phối hợp: Phòng Kinh tế, Phòng Văn hóa - Xã hội",
        "Thời gian: tháng 11/2027",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các bộ phận, đơn vị căn cứ Kế hoạch triển khai thực hiện.",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.", "III.")))
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Thị Hà"],
    )
    doc.save(OUT / "r15h-xa-ky-hoa-bo-phan-tham-muu.docx")


ADVISING_DEPARTMENT = """\
UBND TỈNH QUẢNG TRỊ
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 21/KH-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 11 tháng 01 năm 2027

KẾ HOẠCH
Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Phân công rõ lãnh đạo chỉ đạo, đơn vị tham mưu từng nhiệm vụ.

II. NHIỆM VỤ
1. Hướng dẫn các xã xây dựng kế hoạch thực hiện Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030
Đồng chí phụ trách: đ/c Hoàng Minh Tuấn – Phó Giám đốc Sở
Cơ quan tham mưu: Chi cục Phát triển nông thôn (đ/c Nguyễn Thị Thu – Phó Chi cục trưởng)
Phối hợp: Văn phòng Điều phối nông thôn mới tỉnh
Thời hạn: trước ngày 31/3/2027

2. Kiểm tra, đánh giá tiêu chí môi trường tại các xã đăng ký đạt chuẩn năm 2027
Lãnh đạo phụ trách: đ/c Lê Quang Vinh – Phó Giám đốc Sở
Đơn vị tham mưu: Chi cục Bảo vệ môi trường (đ/c Trần Đức Long – Trưởng phòng Quản lý chất thải rắn)
Phối hợp: Phòng Kinh tế các xã
Thời gian: Quý III/2027

3. Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2027
Lãnh đạo phụ trách: đ/c Hoàng Minh Tuấn – Phó Giám đốc Sở
Bộ phận tham mưu: Văn phòng Sở
Thời gian: trước ngày 15/12/2027

III. TỔ CHỨC THỰC HIỆN
Các đơn vị thuộc Sở triển khai thực hiện, báo cáo kết quả về Văn phòng Sở.

Nơi nhận:
- UBND tỉnh;
- Văn phòng Điều phối NTM tỉnh;
- Lưu: VT, PTNT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hoàng Minh Tuấn
"""


# ── family 2: a numeric date in the place-date line ──

NUMERIC_DATE_COMMUNE = """\
ỦY BAN NHÂN DÂN
XÃ CẨM XUYÊN
Số: 04/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cẩm Xuyên, ngày 5/1/2027

KẾ HOẠCH
Chỉnh trang cảnh quan nông thôn năm 2027

I. MỤC TIÊU
Mỗi thôn có ít nhất 01 tuyến đường hoa.

II. NHIỆM VỤ
1. Trồng 3 km đường hoa tại các thôn (Phòng Kinh tế chủ trì, phối hợp Ban phát triển các thôn; hoàn thành trước ngày 30/4/2027).
2. Thu gom, xử lý rác thải tại các điểm tồn đọng (Phòng Kinh tế chủ trì; thực hiện thường xuyên).
3. Tuyên truyền nhân dân chỉnh trang nhà ở, tường rào (Phòng Văn hóa - Xã hội chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã; Quý II/2027).

III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND theo dõi, tổng hợp.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Quốc Hưng
"""


def plan_numeric_date_department():
    doc = opening(
        ["UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH", "Số: 17/KH-STC"],
        "Hà Tĩnh, ngày 05-01-2027",
        "Bố trí vốn thực hiện Chương trình xây dựng nông thôn mới năm 2027",
    )
    for t in [
        "I. NHIỆM VỤ",
        "1. Tham mưu phân bổ vốn ngân sách tỉnh cho các xã (Phòng Quản lý ngân sách chủ trì, phối hợp Văn phòng Điều phối nông thôn mới tỉnh; trước ngày 28/02/2027).",
        "2. Hướng dẫn thanh toán, quyết toán vốn sự nghiệp (Phòng Tài chính đầu tư chủ trì; Quý II/2027).",
        "II. TỔ CHỨC THỰC HIỆN",
        "Các phòng thuộc Sở thực hiện.",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    closing_under(
        doc,
        ["- UBND tỉnh;", "- Lưu: VT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Văn Hải"],
    )
    doc.save(OUT / "r15h-so-tai-chinh-ngay-gach-ngang.docx")


NUMERIC_DATE_DOTS = """\
ỦY BAN NHÂN DÂN
XÃ KỲ ANH
Số: 03/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kỳ Anh, ngày 05.01.2027

KẾ HOẠCH
Phát triển sản phẩm OCOP năm 2027

I. NHIỆM VỤ
1. Hỗ trợ 02 chủ thể hoàn thiện hồ sơ sản phẩm OCOP (Phòng Kinh tế chủ trì; tháng 6/2027).
2. Tổ chức hội chợ giới thiệu sản phẩm của xã (Văn phòng HĐND và UBND chủ trì, phối hợp Phòng Kinh tế; Quý III/2027).

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Sơn
"""


# ── family 3: several labels in one paragraph ──


def plan_labels_in_paragraph():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ THẠCH HÀ", "Số: 09/KH-UBND"],
        "Thạch Hà, ngày 15 tháng 01 năm 2027",
        "Thực hiện tiêu chí văn hóa và môi trường năm 2027",
    )
    for t in [
        "I. NHIỆM VỤ",
        "1. Tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới. Giao: Phòng Kinh tế, phối hợp: Ban phát triển các thôn. Thời gian: Quý II/2027.",
        "2. Tổ chức lễ công nhận thôn văn hóa kiểu mẫu. Chủ trì: Phòng Văn hóa - Xã hội. Thời gian: trước ngày 30/4/2027.",
        "3. Kiểm tra tiến độ cứng hóa đường giao thông nội đồng. Thời gian: tháng 9/2027. Giao: Văn phòng HĐND và UBND, phối hợp: Phòng Kinh tế.",
        "4. Xây dựng 05 mô hình phân loại rác tại nguồn. Chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã; thời hạn: trước ngày 31/10/2027.",
        "5. Cập nhật hồ sơ minh chứng tiêu chí văn hóa. Hoàn thành: trước ngày 15/11/2027. Chủ trì: Phòng Văn hóa - Xã hội, phối hợp: Văn phòng HĐND và UBND.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Các bộ phận, đơn vị triển khai thực hiện.",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Lưu: VT."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đặng Văn Khoa"],
    )
    doc.save(OUT / "r15h-xa-thach-ha-nhan-trong-doan.docx")


LABELS_IN_PARAGRAPH_TEXT = """\
UBND TỈNH NGHỆ AN
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 35/KH-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 20 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện nội dung văn hóa trong xây dựng nông thôn mới năm 2027

I. NHIỆM VỤ
- Hướng dẫn các xã xây dựng thiết chế văn hóa, thể thao. Chủ trì: Phòng Quản lý văn hóa; phối hợp: Phòng Văn hóa - Xã hội các xã. Thời hạn: Quý II/2027.
- Tập huấn nghiệp vụ cho cán bộ văn hóa cấp xã. Thời gian: tháng 5/2027. Chủ trì: Trung tâm Văn hóa - Điện ảnh tỉnh.
- Kiểm tra việc thực hiện tiêu chí văn hóa tại 20 xã. Giao: Thanh tra Sở, phối hợp: Phòng Quản lý văn hóa, Văn phòng Sở. Hoàn thành: trước ngày 30/11/2027.

II. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị thuộc Sở triển khai thực hiện.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Hồng
"""


# ── family 4: Word's list styles, as .docx and as LibreOffice's PDF ──


def bullets_plan(list_style: str, size, issuer, place_date, title, sections):
    """A plan whose headings are Word's "Heading 1/2" with no typed number
    and whose tasks are `list_style` paragraphs (the mark is Word's, not in
    the text) in `size` points: at 11 or 12 points the lines they wrap onto
    hang further in than one and a half characters."""
    doc = opening(issuer, place_date, title)
    for level, heading, items in sections:
        doc.add_paragraph(heading, style=f"Heading {level}")
        for item in items:
            p = doc.add_paragraph(style=list_style)
            p.add_run(item).font.size = Pt(size)
    return doc


def plan_bullets_commune() -> Document:
    return bullets_plan(
        "List Bullet",
        11,
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỨC THỌ", "Số: 15/KH-UBND"],
        "Đức Thọ, ngày 18 tháng 01 năm 2027",
        "Thực hiện tiêu chí hạ tầng và môi trường năm 2027",
        [
            (1, "NHIỆM VỤ TRỌNG TÂM", []),
            (
                2,
                "Về hạ tầng giao thông",
                [
                    "Cứng hóa 2,5 km đường trục thôn Trung Lương và thôn Yên Hồ đạt chuẩn theo quy định của tỉnh. Giao: Phòng Kinh tế, phối hợp: Ban phát triển các thôn. Thời gian: Quý II/2027.",
                    "Lắp đặt hệ thống điện chiếu sáng trên các tuyến đường liên thôn của xã. Chủ trì: Phòng Kinh tế; phối hợp: Ban quản lý dự án xã. Thời hạn: trước ngày 30/9/2027.",
                ],
            ),
            (
                2,
                "Về môi trường",
                [
                    "Xây dựng 03 điểm tập kết rác thải sinh hoạt đạt chuẩn tại các thôn trên địa bàn xã. Giao: Phòng Kinh tế, phối hợp: Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã. Thời gian: tháng 8/2027.",
                    "Tuyên truyền, vận động nhân dân phân loại rác tại nguồn và giữ gìn vệ sinh môi trường. Chủ trì: Phòng Văn hóa - Xã hội, phối hợp: Đoàn Thanh niên xã. Thời gian: Quý III/2027.",
                ],
            ),
        ],
    )


def plan_numbers_department() -> Document:
    return bullets_plan(
        "List Number",
        12,
        ["UBND TỈNH HÀ TĨNH", "SỞ XÂY DỰNG", "Số: 08/KH-SXD"],
        "Hà Tĩnh, ngày 22 tháng 01 năm 2027",
        "Hỗ trợ các xã thực hiện tiêu chí quy hoạch và nhà ở dân cư năm 2027",
        [
            (
                1,
                "NHIỆM VỤ",
                [
                    "Hướng dẫn các xã rà soát, điều chỉnh quy hoạch chung xây dựng xã sau sắp xếp đơn vị hành chính. Chủ trì: Phòng Quy hoạch - Kiến trúc; phối hợp: UBND các xã. Thời hạn: trước ngày 30/6/2027.",
                    "Kiểm tra việc thực hiện tiêu chí nhà ở dân cư tại các xã đăng ký đạt chuẩn nông thôn mới nâng cao. Giao: Phòng Quản lý nhà và thị trường bất động sản, phối hợp: Thanh tra Sở. Thời gian: Quý III/2027.",
                    "Tổng hợp kết quả hỗ trợ các xã, báo cáo UBND tỉnh và Văn phòng Điều phối nông thôn mới tỉnh. Chủ trì: Văn phòng Sở. Hoàn thành: trước ngày 15/12/2027.",
                ],
            ),
        ],
    )


def closing(doc, signature):
    closing_under(doc, ["- UBND tỉnh;", "- Lưu: VT."], signature)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    plan_advising_commune()
    (OUT / "r15h-so-quang-tri-don-vi-tham-muu.txt").write_text(
        ADVISING_DEPARTMENT, "utf-8"
    )
    (OUT / "r15h-xa-cam-xuyen-ngay-so.txt").write_text(NUMERIC_DATE_COMMUNE, "utf-8")
    (OUT / "r15h-xa-ky-anh-ngay-cham.txt").write_text(NUMERIC_DATE_DOTS, "utf-8")
    plan_numeric_date_department()
    plan_labels_in_paragraph()
    (OUT / "r15h-so-nghe-an-nhan-trong-doan.txt").write_text(
        LABELS_IN_PARAGRAPH_TEXT, "utf-8"
    )
    for name, make, signature in (
        (
            "r15h-xa-duc-tho-list-bullet",
            plan_bullets_commune,
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn Minh"],
        ),
        (
            "r15h-so-xay-dung-list-number",
            plan_numbers_department,
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Phạm Quốc Việt"],
        ),
    ):
        doc = make()
        closing(doc, signature)
        path = OUT / f"{name}.docx"
        doc.save(path)
        (OUT / f"{name}.pdf").write_bytes(saved_as(path.read_bytes(), "pdf"))
