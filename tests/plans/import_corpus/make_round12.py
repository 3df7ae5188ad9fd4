"""Writes round 12's Word, RTF, PDF and text files (run once; the files are
committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round12.py

Round 12 is the lead's own hold-out, written before reading any of the
import's changes since round 11 and measured before any change for it. The
families: work assigned by a sentence that leads a list ("Giao Phòng Kinh tế
chủ trì … thực hiện các nội dung sau:") with items a) … đ) and items that
start with their time; a task table whose one "Cơ quan thực hiện" cell holds
"Chủ trì: …" and "Phối hợp: …" as two paragraphs, times in words, saved as
RTF; a task table pasted from Excel (cells with line breaks quoted, times
"T6/2027", "Q3/2027", "12/2027"); a long district task table whose header
row repeats on the next page of a PDF, one row cut by the page break.
"""

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    repeat_header,
    save,
)

OUT = HERE / "round12"


def plan_a():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 203/KH-UBND"],
        "Tân Phú, ngày 02 tháng 12 năm 2026",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027",
    )
    for t in [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Quyết định số 18/QĐ-UBND ngày 10/01/2026 của UBND tỉnh Đồng Nai về"
        " giao chỉ tiêu xây dựng nông thôn mới giai đoạn 2026 - 2030;",
        "Căn cứ Nghị quyết số 42/NQ-HĐND ngày 25/11/2026 của HĐND xã Tân Phú về kế"
        " hoạch phát triển kinh tế - xã hội năm 2027;",
        "Ủy ban nhân dân xã Tân Phú xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Giữ vững và nâng cao chất lượng 19/19 tiêu chí xã nông thôn mới nâng cao.",
        "- Phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
        "II. CHỈ TIÊU CHỦ YẾU",
        "- Thu nhập bình quân đầu người đạt 78 triệu đồng/năm.",
        "- Tỷ lệ hộ nghèo đa chiều dưới 1,5%.",
        "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        "1. Giao Phòng Kinh tế chủ trì, phối hợp với Ban phát triển các ấp thực hiện"
        " các nội dung sau:",
        "a) Hoàn thành cứng hóa 2,5 km đường giao thông nội đồng ấp 3, ấp 5; thời"
        " gian: Quý II/2027.",
        "b) Rà soát, cập nhật quy hoạch chung xã Tân Phú đến năm 2045; hoàn thành"
        " trong 6 tháng đầu năm 2027.",
        "c) Nâng cấp 04 trạm bơm điện phục vụ tưới tiêu; thời gian: trước mùa khô"
        " (trước ngày 30/11/2027).",
        "d) Hỗ trợ 03 hợp tác xã xây dựng chuỗi liên kết sản xuất sầu riêng, cà phê;"
        " thời gian: cả năm 2027.",
        "đ) Xây dựng 02 sản phẩm OCOP mới đạt 3 sao; thời gian: cuối năm 2027.",
        "e) Thu gom, xử lý rác thải sinh hoạt đạt tỷ lệ 98%; thời gian: thường xuyên.",
        "2. Giao Phòng Văn hóa - Xã hội chủ trì thực hiện các nội dung sau:",
        "- Trong tháng 3/2027: tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm tại"
        " ấp 4, phối hợp Ủy ban MTTQ Việt Nam xã.",
        "- Quý II/2027: hoàn thành sửa chữa nhà văn hóa ấp 1 và ấp 6.",
        "- Tháng 8 - 9/2027: rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa"
        " chiều, phối hợp Công an xã, Hội Liên hiệp Phụ nữ xã.",
        "3. Công an xã: xây dựng 06/06 ấp đạt tiêu chuẩn “An toàn về an ninh, trật"
        " tự”; hoàn thành trong tháng 11/2027.",
        "IV. KINH PHÍ THỰC HIỆN",
        "Từ nguồn vốn Chương trình mục tiêu quốc gia, ngân sách xã và huy động xã"
        " hội hóa.",
        "V. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị được phân công báo cáo kết quả hằng quý về UBND xã (qua"
        " Phòng Kinh tế) trước ngày 20 tháng cuối quý.",
    ]:
        head = t[:3] in ("I. ", "II.", "III", "IV.", "V. ")
        para(doc, t, bold=head)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- TT HĐND xã;", "- Các ấp;", "- Lưu: VT, KT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Hùng"],
    )
    doc.save(OUT / "r12-xa-tan-phu-giao-cau-dan.docx")


def two_paragraphs(cell, first, second):
    cell.paragraphs[0].text = first
    if second:
        cell.add_paragraph(second)


def plan_b() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐĂK HÀ", "Số: 96/KH-UBND"],
        "Đăk Hà, ngày 20 tháng 11 năm 2026",
        "Thực hiện các nhiệm vụ trọng tâm xây dựng nông thôn mới năm 2027",
    )
    for t in [
        "Thực hiện Kế hoạch số 215/KH-UBND ngày 28/10/2026 của UBND tỉnh Quảng Ngãi"
        " về xây dựng nông thôn mới năm 2027, UBND xã Đăk Hà ban hành Kế hoạch với"
        " các nội dung sau:",
        "I. MỤC TIÊU",
        "Phấn đấu đến cuối năm 2027 xã đạt thêm 03 tiêu chí, nâng tổng số lên 17/19"
        " tiêu chí xã nông thôn mới.",
        "II. NHIỆM VỤ CỤ THỂ",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    rows = [
        ("STT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian hoàn thành"),
        ("I", "TIÊU CHÍ SỐ 2 - GIAO THÔNG", "", ""),
        (
            "1",
            "Cứng hóa 3,2 km đường trục thôn Kon Klốc, thôn 4",
            ("Chủ trì: Phòng Kinh tế", "Phối hợp: Ban phát triển thôn Kon Klốc"),
            "6 tháng đầu năm 2027",
        ),
        (
            "2",
            "Lắp đặt 120 bóng đèn chiếu sáng đường liên thôn",
            ("Chủ trì: Phòng Kinh tế", "Phối hợp: Đoàn Thanh niên xã"),
            "Tháng 9 - 10/2027",
        ),
        ("II", "TIÊU CHÍ SỐ 10 - THU NHẬP", "", ""),
        (
            "3",
            "Xây dựng mô hình trồng cà phê xen sầu riêng cho 40 hộ đồng bào dân tộc"
            " thiểu số",
            ("Chủ trì: Phòng Kinh tế", "Phối hợp: Hội Nông dân xã, Hợp tác xã Đăk Hà"),
            "Từ tháng 4 đến tháng 6/2027",
        ),
        (
            "4",
            "Giới thiệu việc làm cho 200 lao động",
            ("Chủ trì: Phòng Văn hóa - Xã hội", "Phối hợp: Đoàn Thanh niên xã"),
            "Trước 31/12",
        ),
        ("III", "TIÊU CHÍ SỐ 17 - MÔI TRƯỜNG", "", ""),
        (
            "5",
            "Trồng 2.000 cây xanh dọc các tuyến đường liên thôn",
            ("Chủ trì: Đoàn Thanh niên xã", "Phối hợp: Các thôn"),
            "Quý III",
        ),
        (
            "6",
            "Xây dựng 150 hố xử lý rác thải hộ gia đình",
            ("Chủ trì: Hội Liên hiệp Phụ nữ xã", ""),
            "Năm 2027",
        ),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if isinstance(val, tuple):
                two_paragraphs(t.cell(i, j), *val)
            elif val:
                t.cell(i, j).text = val
    for i, row in enumerate(rows):
        if row[0] in ("I", "II", "III"):
            merged = t.cell(i, 1).merge(t.cell(i, 3))
            merged.text = row[1]
            merged.paragraphs[0].runs[0].bold = True
    for t2 in [
        "III. TỔ CHỨC THỰC HIỆN",
        "Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã kết quả thực hiện trước"
        " ngày 15/12/2027.",
    ]:
        para(doc, t2, bold=t2.startswith("III."))
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "A Thuyên"],
    )
    return saved_as(save(doc), "rtf")


PLAN_C = """ỦY BAN NHÂN DÂN
XÃ HƯNG NGUYÊN
Số: 158/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Nguyên, ngày 27 tháng 11 năm 2026

KẾ HOẠCH
Triển khai thực hiện xây dựng xã nông thôn mới kiểu mẫu năm 2027

Căn cứ Quyết định số 3012/QĐ-UBND ngày 30/9/2026 của UBND tỉnh Nghệ An về ban hành tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2026 - 2030;
UBND xã Hưng Nguyên xây dựng Kế hoạch như sau:

I. MỤC TIÊU
Đạt chuẩn xã nông thôn mới kiểu mẫu về lĩnh vực sản xuất - môi trường trong năm 2027.

II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN
STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành\tGhi chú
A\tNHÓM TIÊU CHÍ HẠ TẦNG\t\t\t\t
1\tBê tông hóa 1,2 km đường ngõ xóm 3\tPhòng Kinh tế\t"Ban phát triển xóm 3
Hội Cựu chiến binh xã"\tT6/2027\tVốn lồng ghép
2\t"Cải tạo hệ thống điện chiếu sáng
đường trục xã"\tPhòng Kinh tế\tĐiện lực Hưng Nguyên\tQ3/2027\t
3\tXây dựng 04 điểm tập kết rác thải tạm thời tại các xóm\tPhòng Kinh tế\tĐoàn Thanh niên xã\tQIV/2027\t
B\tNHÓM TIÊU CHÍ KINH TẾ - XÃ HỘI\t\t\t\t
4\tĐào tạo nghề cho 150 lao động nông thôn\tPhòng Văn hóa - Xã hội\t"Hội Nông dân xã
Hội Liên hiệp Phụ nữ xã"\tT10/2027\t
5\tNâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%\tTrạm Y tế xã\tBảo hiểm xã hội khu vực\t12/2027\t
6\tXây dựng mô hình “Xóm sáng - xanh - sạch - đẹp” tại xóm 7\tHội Liên hiệp Phụ nữ xã\t\t2027\tXã hội hóa

III. TỔ CHỨC THỰC HIỆN
Các đơn vị được phân công chủ động triển khai, báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.

Nơi nhận:
- Đảng ủy xã;
- Các xóm;
- Lưu: VT.
TM. UBND XÃ
CHỦ TỊCH
(Đã ký)
Phan Văn Tùng
"""


DISTRICT_TASKS = [
    ("I", "PHÁT TRIỂN HẠ TẦNG KINH TẾ - XÃ HỘI", None),
    (
        "1",
        "Đầu tư nâng cấp tuyến đường huyện ĐH.08 đoạn qua xã Thạch Ngọc, Thạch Sơn",
        (
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            "UBND xã Thạch Ngọc, Thạch Sơn",
            "30/6/2025",
        ),
    ),
    (
        "2",
        "Hỗ trợ xi măng làm đường giao thông nông thôn cho các xã đăng ký đạt chuẩn"
        " nông thôn mới nâng cao năm 2025",
        (
            "Phòng Kinh tế và Hạ tầng",
            "Phòng Tài chính - Kế hoạch; UBND các xã",
            "Quý II/2025",
        ),
    ),
    (
        "3",
        "Kiên cố hóa 12 km kênh mương nội đồng",
        ("Phòng Nông nghiệp và PTNT", "UBND các xã", "Tháng 10/2025"),
    ),
    (
        "4",
        "Xây dựng, sửa chữa 08 phòng học, nhà đa năng các trường đạt chuẩn quốc gia",
        (
            "Phòng Giáo dục và Đào tạo",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            "Quý III/2025",
        ),
    ),
    (
        "5",
        "Nâng cấp Trạm Y tế xã Thạch Xuân, Thạch Điền đạt chuẩn quốc gia về y tế",
        ("Trung tâm Y tế huyện", "UBND xã Thạch Xuân, Thạch Điền", "Năm 2025"),
    ),
    ("II", "PHÁT TRIỂN SẢN XUẤT, NÂNG CAO THU NHẬP", None),
    (
        "6",
        "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2025 và lựa chọn các"
        " sản phẩm tiêu biểu, có tiềm năng để hoàn thiện hồ sơ đề nghị cấp tỉnh đánh"
        " giá, công nhận sản phẩm OCOP 4 sao; hướng dẫn các chủ thể hoàn thiện bao"
        " bì, nhãn mác, truy xuất nguồn gốc theo quy định và tham gia các hội chợ"
        " xúc tiến thương mại trong và ngoài tỉnh",
        ("Phòng Nông nghiệp và PTNT", "Các chủ thể OCOP; UBND các xã", "Tháng 9/2025"),
    ),
    (
        "7",
        "Xây dựng 05 mô hình liên kết sản xuất lúa chất lượng cao gắn với tiêu thụ"
        " sản phẩm",
        (
            "Trung tâm Ứng dụng KHKT và BVCT vật nuôi",
            "Hội Nông dân huyện; UBND các xã",
            "Tháng 8/2025",
        ),
    ),
    (
        "8",
        "Đào tạo nghề cho 600 lao động nông thôn",
        (
            "Phòng Lao động - Thương binh và Xã hội",
            "Trung tâm Giáo dục nghề nghiệp - GDTX huyện",
            "Tháng 11/2025",
        ),
    ),
    (
        "9",
        "Giải ngân vốn vay hộ nghèo, cận nghèo và hộ mới thoát nghèo",
        (
            "Phòng Giao dịch Ngân hàng Chính sách xã hội huyện",
            "Các hội, đoàn thể huyện",
            "Năm 2025",
        ),
    ),
    ("III", "VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG", None),
    (
        "10",
        "Xây dựng 20 khu dân cư kiểu mẫu, 30 vườn mẫu",
        (
            "Văn phòng Điều phối nông thôn mới huyện",
            "Ủy ban MTTQ Việt Nam huyện; UBND các xã",
            "Tháng 12/2025",
        ),
    ),
    (
        "11",
        "Duy trì, nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời"
        " sống văn hóa”",
        ("Phòng Văn hóa và Thông tin", "Ủy ban MTTQ Việt Nam huyện", "Năm 2025"),
    ),
    (
        "12",
        "Xây dựng 03 điểm thu gom, xử lý rác thải sinh hoạt tập trung quy mô liên xã",
        ("Phòng Tài nguyên và Môi trường", "UBND các xã", "Quý IV/2025"),
    ),
    (
        "13",
        "Kiểm tra việc thực hiện các quy định về an toàn thực phẩm tại các cơ sở sản"
        " xuất, kinh doanh",
        ("Phòng Y tế", "Phòng Nông nghiệp và PTNT; Công an huyện", "Tháng 8/2025"),
    ),
    (
        "14",
        "Đánh giá, xét công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2025",
        (
            "Văn phòng Điều phối nông thôn mới huyện",
            "Các phòng, ban, ngành cấp huyện",
            "Tháng 12/2025",
        ),
    ),
]


def plan_d() -> bytes:
    doc = opening(
        ["UBND HUYỆN THẠCH HÀ", "BAN CHỈ ĐẠO CÁC CTMTQG", "Số: 27/KH-BCĐ"],
        "Thạch Hà, ngày 05 tháng 3 năm 2025",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa"
        " bàn huyện năm 2025",
    )
    a4(doc)
    for t in [
        "Căn cứ Quyết định số 1689/QĐ-UBND ngày 22/8/2024 của UBND tỉnh Hà Tĩnh về"
        " giao kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn"
        " mới năm 2025;",
        "Căn cứ Nghị quyết số 88/NQ-HĐND ngày 20/12/2024 của HĐND huyện Thạch Hà"
        " về kế hoạch đầu tư công năm 2025;",
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện ban hành Kế hoạch như"
        " sau:",
        "I. MỤC TIÊU",
        "Phấn đấu năm 2025 có thêm 04 xã đạt chuẩn nông thôn mới nâng cao, 02 xã đạt"
        " chuẩn nông thôn mới kiểu mẫu; huyện giữ vững chuẩn huyện nông thôn mới.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "Các nhiệm vụ trọng tâm, đơn vị chủ trì, phối hợp và thời gian hoàn thành"
        " như sau:",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    head = (
        "TT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
    )
    t = doc.add_table(rows=1 + len(DISTRICT_TASKS), cols=5)
    t.style = "Table Grid"
    widths = (Cm(1.0), Cm(5.8), Cm(3.2), Cm(3.2), Cm(2.8))
    for j, val in enumerate(head):
        t.cell(0, j).text = val
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    repeat_header(t.rows[0])
    for i, (number, text, cells) in enumerate(DISTRICT_TASKS, start=1):
        t.cell(i, 0).text = number
        if cells is None:
            merged = t.cell(i, 1).merge(t.cell(i, 4))
            merged.text = text
            merged.paragraphs[0].runs[0].bold = True
            continue
        t.cell(i, 1).text = text
        for j, val in enumerate(cells, start=2):
            t.cell(i, j).text = val
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    for t2 in [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng Điều phối nông thôn mới huyện là cơ quan thường trực, theo dõi,"
        " tổng hợp tình hình thực hiện Kế hoạch, báo cáo Ban Chỉ đạo định kỳ hằng"
        " quý.",
        "2. Các cơ quan được giao chủ trì chủ động xây dựng kế hoạch chi tiết, báo cáo"
        " kết quả thực hiện trước ngày 10/12/2025.",
    ]:
        para(doc, t2, bold=t2.startswith("III."))
    closing_beside(
        doc,
        [
            "- Ban Chỉ đạo tỉnh (b/c);",
            "- TT Huyện ủy, HĐND huyện;",
            "- Thành viên BCĐ;",
            "- UBND các xã, thị trấn;",
            "- Lưu: VT, VPĐP.",
        ],
        [
            "TM. BAN CHỈ ĐẠO",
            "KT. TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN",
            "",
            "",
            "Trần Hữu Nghĩa",
        ],
    )
    return saved_as(save(doc), "pdf")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    plan_a()
    (OUT / "r12-xa-dak-ha-co-quan-mot-o.rtf").write_bytes(plan_b())
    (OUT / "r12-xa-hung-nguyen-dan-tu-excel.txt").write_text(PLAN_C, encoding="utf-8")
    (OUT / "r12-huyen-thach-ha-bang-qua-trang.pdf").write_bytes(plan_d())
