"""Writes round 21's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round21.py

Round 21 is the lead's seventh hidden hold-out of 06/12/2026, written before
any change for it and measured untouched on main 8f2b3ae (tasks 80.0/80.0);
its two families were described in words to a helper, who wrote round 21h
and never saw these files.
"""

import datetime
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from word_writer import (  # noqa: E402
    closing_beside,
    closing_under,
    fill,
    opening,
    para,
    ruled,
    save,
)

OUT = HERE / "round21"


# F1: a Word task table whose content cell holds a bold title and detail
# paragraphs ("- Quy mô: …", "- Địa điểm: …", "- Kinh phí: …"), and whose
# one unit column names lead and partners with "(chủ trì)" / "(phối hợp)".
def xa_tan_phu():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 356/KH-UBND"],
        "Tân Phú, ngày 02 tháng 12 năm 2026",
        "Đầu tư hạ tầng thiết yếu xây dựng nông thôn mới nâng cao năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 822/KH-UBND ngày 15/11/2026 của UBND tỉnh Đồng Nai;",
        italic=True,
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Hoàn thành 4 công trình hạ tầng thiết yếu trong năm 2027.", indent=1)
    para(doc, "II. DANH MỤC CÔNG TRÌNH VÀ PHÂN CÔNG", bold=True)
    t = doc.add_table(rows=1, cols=4)
    ruled(t)
    for i, h in enumerate(
        ["STT", "Tên công trình, nội dung", "Đơn vị thực hiện", "Thời gian hoàn thành"]
    ):
        fill(t.cell(0, i), [(h, True)])
    rows = [
        (
            [
                (
                    "Nâng cấp đường trục ấp 3 đoạn từ cầu Suối Cát đến trường Tiểu học Tân Phú",
                    True,
                ),
                ("- Quy mô: dài 1,6 km, mặt đường bê tông xi măng rộng 5 m.", False),
                ("- Kinh phí dự kiến: 4.800 triệu đồng.", False),
            ],
            "Ban Quản lý dự án xã (chủ trì); Ban phát triển ấp 3 (phối hợp)",
            "Tháng 9/2027",
        ),
        (
            [
                (
                    "Xây dựng hệ thống chiếu sáng công cộng tuyến đường liên ấp 1 – ấp 4",
                    True,
                ),
                ("- Quy mô: 85 trụ đèn LED.", False),
                ("- Địa điểm: ấp 1, ấp 2, ấp 4.", False),
            ],
            "Phòng Kinh tế (chủ trì); Điện lực Tân Phú, Đoàn Thanh niên xã (phối hợp)",
            "Quý II/2027",
        ),
        (
            [
                ("Cải tạo, mở rộng chợ Tân Phú đạt chuẩn chợ hạng 3", True),
                (
                    "- Quy mô: 120 điểm kinh doanh, khu vệ sinh và khu thu gom rác.",
                    False,
                ),
            ],
            "Phòng Kinh tế (chủ trì); Ban Quản lý chợ (phối hợp)",
            "31/12/2027",
        ),
        (
            [
                ("Xây dựng 02 điểm thu gom rác thải tập trung có mái che", True),
                ("- Địa điểm: ấp 2 và ấp 5.", False),
                ("- Kinh phí dự kiến: 350 triệu đồng, nhân dân đóng góp 20%.", False),
            ],
            "Hội Liên hiệp Phụ nữ xã (chủ trì); các ấp (phối hợp)",
            "Tháng 6/2027",
        ),
    ]
    for n, (content, units, when) in enumerate(rows, start=1):
        r = t.add_row()
        fill(r.cells[0], str(n))
        fill(r.cells[1], content)
        fill(r.cells[2], units)
        fill(r.cells[3], when)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ban Quản lý dự án xã tổng hợp tiến độ các công trình, báo cáo UBND xã "
        "trước ngày 25 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- Các ấp;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Hòa"],
    )
    return save(doc)


# F2: a workbook: the plan's text on a first sheet, its appendix on a second
# ("Nhiệm vụ, giải pháp | Sản phẩm đầu ra | Cơ quan chủ trì | Cơ quan phối
# hợp | Thời hạn hoàn thành"), group rows A/B, deadlines as real Excel dates
# for some rows and as text for others.
def so_nnmt_dak_lak():
    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    lines = [
        ("UBND TỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 1450/KH-SNNMT", "Đắk Lắk, ngày 26 tháng 11 năm 2026"),
        (None, None),
        ("KẾ HOẠCH", None),
        (
            "Thực hiện tiêu chí Sản xuất và Môi trường trong xây dựng nông thôn mới năm 2027",
            None,
        ),
        (None, None),
        ("Căn cứ Kế hoạch số 730/KH-UBND ngày 12/11/2026 của UBND tỉnh Đắk Lắk;", None),
        (
            "Sở Nông nghiệp và Môi trường ban hành Kế hoạch, nhiệm vụ cụ thể tại Phụ lục kèm theo.",
            None,
        ),
        (None, None),
        ("Nơi nhận:", "KT. GIÁM ĐỐC"),
        ("- UBND tỉnh (b/c);", "PHÓ GIÁM ĐỐC"),
        ("- Các phòng, đơn vị thuộc Sở;", None),
        ("- Lưu: VT, KH.", None),
        (None, "Y Kông Niê"),
    ]
    for r, (a, b) in enumerate(lines, start=1):
        if a:
            ws.cell(r, 1, a)
        if b:
            ws.cell(r, 4, b)
    ws["A5"].font = Font(bold=True)
    ws.merge_cells("A5:F5")
    ws.merge_cells("A6:F6")
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["D"].width = 40
    ap = wb.create_sheet("Phụ lục")
    ap["A1"] = "PHỤ LỤC: NHIỆM VỤ CỤ THỂ NĂM 2027"
    ap["A2"] = (
        "(Kèm theo Kế hoạch số 1450/KH-SNNMT ngày 26/11/2026 của Sở Nông nghiệp và Môi trường)"
    )
    ap.merge_cells("A1:F1")
    ap.merge_cells("A2:F2")
    head = [
        "TT",
        "Nhiệm vụ, giải pháp",
        "Sản phẩm đầu ra",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn hoàn thành",
    ]
    for c, h in enumerate(head, start=1):
        ap.cell(4, c, h).font = Font(bold=True)
    rows = [
        ("A", "TIÊU CHÍ SẢN XUẤT", None, None, None, None),
        (
            1,
            "Hướng dẫn các xã xây dựng vùng nguyên liệu cà phê đạt chứng nhận bền vững",
            "Văn bản hướng dẫn",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "UBND các xã; Hiệp hội Cà phê Buôn Ma Thuột",
            datetime.date(2027, 3, 31),
        ),
        (
            2,
            "Hỗ trợ 30 hợp tác xã nông nghiệp ứng dụng công nghệ cao",
            "30 hợp tác xã được hỗ trợ",
            "Chi cục Phát triển nông thôn",
            "Liên minh Hợp tác xã tỉnh",
            "Quý III/2027",
        ),
        ("B", "TIÊU CHÍ MÔI TRƯỜNG", None, None, None, None),
        (
            3,
            "Thẩm định hồ sơ tiêu chí Môi trường của 15 xã đăng ký đạt chuẩn",
            "Biên bản thẩm định",
            "Chi cục Bảo vệ môi trường",
            "UBND các xã",
            datetime.date(2027, 10, 15),
        ),
        (
            4,
            "Tập huấn phân loại chất thải rắn sinh hoạt tại nguồn cho cán bộ cấp xã",
            "05 lớp tập huấn",
            "Chi cục Bảo vệ môi trường",
            "Hội Liên hiệp Phụ nữ tỉnh",
            "Tháng 5/2027",
        ),
    ]
    for r, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            if v is not None:
                cell = ap.cell(r, c, v)
                if isinstance(v, datetime.date):
                    cell.number_format = "dd/mm/yyyy"
                if row[2] is None:
                    cell.font = Font(bold=True)
    for col, w in zip("ABCDEF", (5, 50, 22, 30, 34, 16), strict=True):
        ap.column_dimensions[col].width = w
    return save(wb)


# F3: a plain-text plan with "1)" numbering and dates written as offices
# type them: "Quý 2/2027", "quý 3 năm 2027", "trước 30-6-2027",
# "30.9.2027", "Tháng 6 năm 2027", "cuối năm 2027".
VINH_THANH = """\
UBND XÃ VĨNH THẠNH
Số: 141/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Thạnh, ngày 03 tháng 12 năm 2026

KẾ HOẠCH
Nâng chất tiêu chí Thủy lợi, Điện và Nhà ở dân cư năm 2027

Căn cứ Kế hoạch số 690/KH-UBND ngày 18/11/2026 của UBND tỉnh Cần Thơ;
UBND xã Vĩnh Thạnh xây dựng Kế hoạch như sau:

I. MỤC TIÊU
Đến cuối năm 2027, 3 tiêu chí Thủy lợi, Điện, Nhà ở dân cư đạt mức nâng cao.

II. NHIỆM VỤ
1) Nạo vét 4,2 km kênh Thốt Nốt – Ba Rích phục vụ tưới tiêu cho 350 ha lúa.
Chủ trì: Phòng Kinh tế. Phối hợp: Hợp tác xã Nông nghiệp Vĩnh Thạnh. Thời gian: trước 30-6-2027.
2) Cải tạo lưới điện hạ thế ấp Vĩnh Lợi, bảo đảm 100% hộ dùng điện an toàn.
Chủ trì: Điện lực Vĩnh Thạnh. Phối hợp: Ban nhân dân ấp Vĩnh Lợi. Thời gian: Quý 2/2027.
3) Hỗ trợ xây mới 12 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn.
Chủ trì: Ủy ban MTTQ Việt Nam xã. Phối hợp: Phòng Văn hóa - Xã hội. Thời gian: quý 3 năm 2027.
4) Gia cố 1,5 km bờ bao chống sạt lở dọc sông Cái Sắn.
Chủ trì: Ban Quản lý dự án xã. Phối hợp: các ấp ven sông. Thời gian: 30.9.2027.
5) Lắp đặt 2 trạm bơm điện vừa và nhỏ phục vụ sản xuất rau màu.
Chủ trì: Phòng Kinh tế. Phối hợp: Hội Nông dân xã. Thời gian: Tháng 6 năm 2027.
6) Rà soát, cập nhật danh sách nhà ở dân cư chưa đạt chuẩn để hỗ trợ chỉnh trang.
Chủ trì: Phòng Văn hóa - Xã hội. Phối hợp: các ấp. Thời gian: cuối năm 2027.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 20 của tháng cuối quý.

Nơi nhận:
- UBND tỉnh (b/c);
- TT Đảng ủy xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Thanh Sơn
"""


# F4: a Word plan with review comments left in (Word's comments pane) and
# the issuer written "UBND XÃ …" on one line, "Số: 12 /KH-UBND" spaced.
def xa_phong_dien():
    doc = opening(
        ["UBND XÃ PHONG ĐIỀN", "Số: 12 /KH-UBND"],
        "Phong Điền, ngày 04 tháng 12 năm 2026",
        "Xây dựng ấp nông thôn mới kiểu mẫu năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 690/KH-UBND ngày 18/11/2026 của UBND tỉnh Cần Thơ;",
        italic=True,
        indent=1,
    )
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    tasks = [
        (
            "1. Chỉnh trang 3,2 km hàng rào cây xanh dọc tuyến đường ấp Nhơn Lộc 1.",
            "- Chủ trì: Ban phát triển ấp Nhơn Lộc 1.",
            "- Phối hợp: Hội Liên hiệp Phụ nữ xã.",
            "- Thời gian hoàn thành: tháng 4/2027.",
            "Đề nghị ghi rõ chiều dài từng đoạn",
        ),
        (
            "2. Xây dựng tuyến đường hoa kiểu mẫu dài 800 m tại ấp Nhơn Lộc 2.",
            "- Chủ trì: Đoàn Thanh niên xã.",
            "- Phối hợp: Ban phát triển ấp Nhơn Lộc 2.",
            "- Thời gian hoàn thành: tháng 8/2027.",
            None,
        ),
        (
            "3. Vận động 100% hộ dân ấp Nhơn Lộc 1 lắp đặt hố xử lý rác hữu cơ tại hộ.",
            "- Chủ trì: Hội Nông dân xã.",
            "- Phối hợp: Phòng Kinh tế.",
            "- Thời gian hoàn thành: Quý III/2027.",
            "Kiểm tra lại chỉ tiêu 100% có khả thi không?",
        ),
    ]
    for title, lead, partner, when, comment in tasks:
        p = para(doc, title, indent=1)
        if comment:
            doc.add_comment(
                p.runs, text=comment, author="Nguyễn Thị Thu", initials="NT"
            )
        for line in (lead, partner, when):
            para(doc, line, indent=1)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được phân công chủ động triển khai, báo cáo kết quả về UBND xã.",
        indent=1,
    )
    closing_under(
        doc,
        ["- TT Đảng ủy xã;", "- Ban phát triển các ấp;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Huỳnh Văn Bé"],
    )
    return save(doc)


# F5: a Zalo message: emoji numbering ("1️⃣", "2️⃣"), emoji-led labels
# ("👤 Phụ trách:", "🤝 Phối hợp:", "⏰ Hạn:"), no blank numbers.
ZALO = """\
UBND xã Long Hưng thông báo Kế hoạch số 88/KH-UBND ngày 05/12/2026 về thực hiện phong trào "Ngày Chủ nhật xanh" năm 2027:

1️⃣ Ra quân dọn vệ sinh, phát quang bụi rậm 12 tuyến đường liên ấp
👤 Phụ trách: Đoàn Thanh niên xã
🤝 Phối hợp: các ấp
⏰ Hạn: tháng 1/2027

2️⃣ Trồng mới 1.000 cây sao, cây dầu dọc đường tỉnh 854
👤 Phụ trách: Hội Cựu chiến binh xã
🤝 Phối hợp: Phòng Kinh tế
⏰ Hạn: 31/3/2027

3️⃣ Lắp đặt 40 thùng rác công cộng tại chợ Long Hưng và các điểm trường
👤 Phụ trách: Phòng Kinh tế
🤝 Phối hợp: Ban Quản lý chợ Long Hưng, các trường học
⏰ Hạn: Quý II/2027

Đề nghị các đơn vị triển khai nghiêm túc, báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 25 hằng tháng.
TM. UBND xã - Chủ tịch Nguyễn Hữu Phước
"""


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r21-xa-tan-phu-o-nhieu-doan.docx").write_bytes(xa_tan_phu())
    (OUT / "r21-so-nnmt-dak-lak-phu-luc.xlsx").write_bytes(so_nnmt_dak_lak())
    (OUT / "r21-xa-vinh-thanh-ngay-go-tay.txt").write_text(VINH_THANH, "utf-8")
    (OUT / "r21-xa-phong-dien-ghi-chu-word.docx").write_bytes(xa_phong_dien())
    (OUT / "r21-xa-long-hung-zalo-bieu-tuong.txt").write_text(ZALO, "utf-8")
