"""Writes round 25b's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round25b.py

Round 25b varies five families a blind hold-out of ordinary plans measured
as misread, described in words (written before the importer was changed):

F1. partners written as separate paragraphs of one table cell ("- Công an
    xã" / "- Hội Nông dân xã" / "- Các thôn;"), a lead cell of two
    paragraphs (two co-leads);
F2. a comma inside a plural unit: "Các sở, ngành thành viên Ban Chỉ đạo
    tỉnh", "các cơ quan, đơn vị liên quan", "các thôn, tổ dân phố" are one
    partner each, "Sở Tài chính, Sở Xây dựng" two;
F3. general solutions numbered under "II. NHIỆM VỤ, GIẢI PHÁP" (no who, no
    when) while the tasks are an appendix table (TT | Nhiệm vụ | Sản phẩm |
    Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành);
F4. bases the importer missed: a law dated in words, "Căn cứ Báo cáo số
    …/BC-UBND", "Căn cứ Thông báo kết luận số …/TB-VPCP", "Căn cứ Chương
    trình số …", "Theo đề nghị của … tại Tờ trình số …/TTr-KT";
F5. a targets paragraph under "II. CHỈ TIÊU" written as one sentence.

LibreOffice makes the PDF from a .docx, as offices make it.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    closing_beside,
    fill,
    fixed_widths,
    opening,
    para,
    ruled,
    save,
)

OUT = HERE / "round25b"


def table(doc, head, rows, widths):
    """A ruled table; each row's cells a string or a list of paragraphs."""
    t = doc.add_table(rows=1, cols=len(head))
    ruled(t)
    for i, h in enumerate(head):
        fill(t.cell(0, i), h, bold=True, center=True)
    for number, row in enumerate(rows, 1):
        cells = t.add_row().cells
        fill(cells[0], str(number), center=True)
        for cell, value in zip(cells[1:], row, strict=True):
            fill(cell, value)
    fixed_widths(t, widths)
    return t


def lines(value) -> list[str]:
    """A cell's units as expected: one per paragraph, bullet and end mark
    stripped."""
    items = [value] if isinstance(value, str) else value
    return [item.strip().lstrip("-+• ").rstrip(";.").strip() for item in items]


APPENDIX_HEAD = [
    "TT",
    "Nhiệm vụ",
    "Sản phẩm",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian hoàn thành",
]

# ---------------------------------------------------------------------------
# 1. A province's plan: four general solutions in the body, "(chi tiết tại
# Phụ lục kèm theo)", the tasks in the appendix table, partners "- X;" lines.

TINH_ROWS = [
    ("Xây dựng bộ tài liệu tuyên truyền về chuyển đổi số trong nông nghiệp",
     "Bộ tài liệu", "Sở Nông nghiệp và Môi trường",
     ["- Sở Khoa học và Công nghệ;", "- Báo và Phát thanh, Truyền hình tỉnh."],
     "Quý II/2027", "2027-06-30"),
    ("Hỗ trợ 20 hợp tác xã ứng dụng truy xuất nguồn gốc sản phẩm OCOP",
     "20 hợp tác xã", "Sở Công Thương",
     ["- Liên minh Hợp tác xã tỉnh;", "- UBND các xã, phường."],
     "30/9/2027", "2027-09-30"),
    ("Bố trí vốn đối ứng thực hiện Chương trình năm 2027",
     "Quyết định phân bổ vốn", "Sở Tài chính",
     ["- Sở Nông nghiệp và Môi trường;", "- Kho bạc Nhà nước khu vực."],
     "Tháng 3/2027", "2027-03-31"),
    ("Tổ chức đánh giá, xét công nhận xã đạt chuẩn nông thôn mới năm 2027",
     "Quyết định công nhận", "Văn phòng Điều phối nông thôn mới tỉnh",
     ["- Các sở, ngành thành viên Ban Chỉ đạo tỉnh;"],
     "Tháng 12/2027", "2027-12-31"),
]  # fmt: skip


def tinh_phu_luc() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 128/KH-UBND"],
        "Bắc Ninh, ngày 15 tháng 01 năm 2027",
        "Đẩy mạnh chuyển đổi số trong xây dựng nông thôn mới năm 2027",
    )
    para(
        doc,
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ "
        "phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai "
        "đoạn 2021 - 2025;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 55/KH-BCĐ ngày 05/01/2027 của Ban Chỉ đạo tỉnh;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "UBND tỉnh ban hành Kế hoạch đẩy mạnh chuyển đổi số trong xây dựng nông "
        "thôn mới năm 2027 như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Ứng dụng công nghệ số trong sản xuất, tiêu thụ nông sản; nâng cao hiệu "
        "quả quản lý nhà nước về xây dựng nông thôn mới.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    para(doc, "(chi tiết tại Phụ lục kèm theo)", italic=True, center=True)
    for line in [
        "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức về chuyển đổi số "
        "cho cán bộ và người dân nông thôn.",
        "2. Huy động nguồn lực xã hội hóa để đầu tư hạ tầng số ở nông thôn.",
        "3. Nâng cao năng lực ứng dụng công nghệ số của hợp tác xã, tổ hợp tác.",
        "4. Đổi mới công tác kiểm tra, giám sát, đánh giá kết quả thực hiện.",
    ]:
        para(doc, line, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao tổ "
        "chức thực hiện, báo cáo kết quả về Sở Nông nghiệp và Môi trường trước "
        "ngày 15/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Thường trực Tỉnh ủy;", "- Các sở, ngành;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Xuân Lợi"],
    )
    para(doc, "Phụ lục", bold=True, center=True)
    para(
        doc,
        "DANH MỤC NHIỆM VỤ ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI "
        "NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 128/KH-UBND ngày 15/01/2027 của UBND tỉnh)",
        italic=True,
        center=True,
    )
    table(
        doc,
        APPENDIX_HEAD,
        [row[:5] for row in TINH_ROWS],
        [1.0, 5.5, 2.5, 3.0, 3.5, 2.5],
    )
    return save(doc)


# ---------------------------------------------------------------------------
# 2. A commune's plan: general solutions in the body, "có Phụ lục kèm theo"
# only on the appendix, partners as paragraphs of the cell, no bullet or
# "- X" with and without ";", a lead cell of two paragraphs.

XA_ROWS = [
    ("Ra quân tổng vệ sinh môi trường, thu gom rác thải tại các thôn",
     "Đợt ra quân", ["Ủy ban MTTQ Việt Nam xã"],
     ["- Công an xã", "- Hội Nông dân xã", "- Các thôn"],
     "Tháng 3/2027", "2027-03-31"),
    ("Trồng 3 km hàng rào xanh dọc đường liên thôn",
     "3 km hàng rào xanh", ["Hội Liên hiệp Phụ nữ xã"],
     ["- Đoàn Thanh niên xã;", "- Hội Cựu chiến binh xã;", "- Các thôn, tổ dân phố."],
     "30/6/2027", "2027-06-30"),
    ("Xây dựng 02 điểm tập kết rác thải sinh hoạt đạt chuẩn",
     "02 điểm tập kết", ["Phòng Kinh tế", "Ban Quản lý dự án xã"],
     ["Các cơ quan, đơn vị có liên quan"],
     "Quý III/2027", "2027-09-30"),
    ("Kiểm tra, đánh giá kết quả thực hiện tiêu chí Môi trường",
     "Báo cáo đánh giá", ["Phòng Kinh tế"],
     ["Phòng Văn hóa - Xã hội", "Các hội, đoàn thể xã"],
     "15/12/2027", "2027-12-15"),
]  # fmt: skip


def xa_phu_luc() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ YÊN PHONG", "Số: 42/KH-UBND"],
        "Yên Phong, ngày 20 tháng 02 năm 2027",
        "Thực hiện tiêu chí Môi trường xây dựng nông thôn mới nâng cao năm 2027",
    )
    para(
        doc,
        "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 25/12/2026 của HĐND xã về kế hoạch "
        "phát triển kinh tế - xã hội năm 2027;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "UBND xã Yên Phong xây dựng Kế hoạch thực hiện tiêu chí Môi trường năm "
        "2027, cụ thể như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Giữ vững tiêu chí Môi trường; xây dựng cảnh quan xanh - sạch - đẹp.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    for line in [
        "1. Đẩy mạnh tuyên truyền, vận động Nhân dân giữ gìn vệ sinh môi trường.",
        "2. Huy động nguồn lực từ Nhân dân và doanh nghiệp trên địa bàn.",
        "3. Phát huy vai trò của các tổ chức chính trị - xã hội trong giám sát.",
    ]:
        para(doc, line, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các ban, ngành, đoàn thể xã và các thôn triển khai thực hiện các nhiệm "
        "vụ được phân công tại Phụ lục; báo cáo UBND xã trước ngày 20/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- TT HĐND xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Nguyễn Thế Anh"],
    )
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(
        doc,
        "Danh mục nhiệm vụ thực hiện tiêu chí Môi trường năm 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Có Phụ lục kèm theo Kế hoạch số 42/KH-UBND ngày 20/02/2027 của UBND xã)",
        italic=True,
        center=True,
    )
    table(
        doc,
        APPENDIX_HEAD,
        [row[:5] for row in XA_ROWS],
        [1.0, 5.5, 2.5, 3.0, 3.5, 2.5],
    )
    return save(doc)


# ---------------------------------------------------------------------------
# 3. A department's plan (.docx): plural comma units and the bases of F4.

SO_ROWS = [
    ("Tổ chức Ngày hội Văn hóa các dân tộc vùng nông thôn",
     "Sở Văn hóa, Thể thao và Du lịch",
     "Các sở, ban, ngành liên quan; UBND các xã, phường",
     "Tháng 4/2027", "2027-04-30", ["Các sở, ban, ngành liên quan", "UBND các xã, phường"]),
    ("Thẩm định thiết kế 15 nhà văn hóa thôn",
     "Sở Xây dựng", "Sở Tài chính, Sở Nông nghiệp và Môi trường",
     "30/6/2027", "2027-06-30", ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"]),
    ("Kiểm tra việc sử dụng thiết chế văn hóa thôn sau đầu tư",
     "Sở Văn hóa, Thể thao và Du lịch",
     "Các phòng, ban, ngành cấp xã; các thôn, tổ dân phố",
     "Quý III/2027", "2027-09-30", ["Các phòng, ban, ngành cấp xã", "các thôn, tổ dân phố"]),
    ("Tổng hợp, báo cáo kết quả thực hiện tiêu chí Văn hóa năm 2027",
     "Văn phòng Sở", "Các cơ quan, đơn vị có liên quan",
     "10/12/2027", "2027-12-10", ["Các cơ quan, đơn vị có liên quan"]),
]  # fmt: skip

SO_BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 "
    "năm 2025;",
    "Căn cứ Báo cáo số 215/BC-UBND ngày 10/12/2026 của UBND tỉnh về kết quả "
    "xây dựng nông thôn mới năm 2026;",
    "Căn cứ Thông báo kết luận số 412/TB-VPCP ngày 28 tháng 11 năm 2026 của "
    "Văn phòng Chính phủ;",
    "Căn cứ Chương trình số 08/CTr-UBND ngày 05/01/2027 của UBND tỉnh về công "
    "tác năm 2027;",
    "Theo đề nghị của Trưởng phòng Nghiệp vụ Văn hóa tại Tờ trình số "
    "45/TTr-NVVH ngày 12/01/2027.",
]


def so_van_hoa() -> bytes:
    doc = opening(
        ["UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 31/KH-SVHTTDL"],
        "Thanh Hóa, ngày 18 tháng 01 năm 2027",
        "Nâng cao chất lượng tiêu chí Văn hóa trong xây dựng nông thôn mới năm 2027",
    )
    for line in SO_BASES:
        para(doc, line, italic=True, indent=1)
    para(
        doc,
        "Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy hiệu quả thiết chế văn hóa cơ sở; giữ vững tiêu chí Văn hóa.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    table(
        doc,
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        [row[:4] for row in SO_ROWS],
        [1.0, 6.0, 3.2, 4.0, 2.5],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các phòng, đơn vị thuộc Sở triển khai thực hiện; báo cáo về Văn phòng "
        "Sở trước ngày 05/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Các sở, ngành;", "- Lưu: VT, NVVH."],
        ["GIÁM ĐỐC", "", "", "", "Phạm Thị Thu Hà"],
    )
    return save(doc)


# ---------------------------------------------------------------------------
# 4. A steering committee's plan saved as PDF by LibreOffice: plural units in
# the partners, bases of F4.

BCD_ROWS = [
    ("Rà soát mức độ đạt tiêu chí huyện nông thôn mới sau sắp xếp",
     "Văn phòng Điều phối nông thôn mới tỉnh",
     "Các sở, ngành thành viên Ban Chỉ đạo tỉnh",
     "Quý I/2027", "2027-03-31", ["Các sở, ngành thành viên Ban Chỉ đạo tỉnh"]),
    ("Hướng dẫn xây dựng thôn thông minh thí điểm",
     "Sở Khoa học và Công nghệ",
     "Các ban, ngành, đoàn thể tỉnh; UBND các xã",
     "Tháng 6/2027", "2027-06-30", ["Các ban, ngành, đoàn thể tỉnh", "UBND các xã"]),
    ("Giám sát việc thực hiện Chương trình tại cơ sở",
     "Ủy ban MTTQ Việt Nam tỉnh",
     "Các tổ chức chính trị - xã hội tỉnh",
     "Quý III/2027", "2027-09-30", ["Các tổ chức chính trị - xã hội tỉnh"]),
    ("Thẩm định hồ sơ đề nghị xét công nhận xã đạt chuẩn",
     "Sở Nông nghiệp và Môi trường",
     "Sở Tài chính, Sở Xây dựng",
     "30/11/2027", "2027-11-30", ["Sở Tài chính", "Sở Xây dựng"]),
]  # fmt: skip

BCD_BASES = [
    "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15 ngày 25 tháng 6 năm 2025;",
    "Căn cứ Thông báo kết luận số 77/TB-VPUB ngày 02/12/2026 của Văn phòng UBND tỉnh;",
    "Căn cứ Báo cáo số 198/BC-BCĐ ngày 20/12/2026 của Ban Chỉ đạo tỉnh;",
    "Theo đề nghị của Chánh Văn phòng Điều phối nông thôn mới tỉnh tại Tờ "
    "trình số 12/TTr-VPĐP ngày 08/01/2027.",
]


def bcd_pdf() -> bytes:
    doc = opening(
        ["UBND TỈNH NGHỆ AN", "BAN CHỈ ĐẠO", "Số: 07/KH-BCĐ"],
        "Nghệ An, ngày 12 tháng 01 năm 2027",
        "Triển khai Chương trình xây dựng nông thôn mới năm 2027",
    )
    for line in BCD_BASES:
        para(doc, line, italic=True, indent=1)
    para(doc, "Ban Chỉ đạo tỉnh ban hành Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Thống nhất chỉ đạo, phân công rõ trách nhiệm của các sở, ngành.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    table(
        doc,
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
        [row[:4] for row in BCD_ROWS],
        [1.0, 6.0, 3.2, 4.0, 2.5],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Văn phòng Điều phối nông thôn mới tỉnh theo dõi, tổng hợp, báo cáo Ban "
        "Chỉ đạo tỉnh.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Thành viên BCĐ;", "- Các sở, ngành;", "- Lưu: VT."],
        ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "", "Hoàng Nghĩa Hiếu"],
    )
    return saved_as(save(doc), "pdf")


# ---------------------------------------------------------------------------
# 5. A commune's plan: a targets paragraph under "II. CHỈ TIÊU", the tasks
# numbered in the body with their lead and deadline.

CT_TASKS = [
    ("Hỗ trợ 02 thôn hoàn thiện hồ sơ đề nghị công nhận thôn nông thôn mới kiểu mẫu",
     "Phòng Kinh tế", ["Các thôn"], "Quý III/2027", "2027-09-30"),
    ("Lắp đặt hệ thống cấp nước sạch cho 150 hộ dân thôn Đông",
     "Ban Quản lý dự án xã", ["Các thôn, tổ dân phố"], "30/10/2027", "2027-10-30"),
    ("Vận động hộ dân chỉnh trang nhà ở, tường rào, cổng ngõ",
     "Ủy ban MTTQ Việt Nam xã", ["Các hội, đoàn thể xã"], "Tháng 11/2027", "2027-11-30"),
]  # fmt: skip


def xa_chi_tieu() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 17/KH-UBND"],
        "Tân Phú, ngày 10 tháng 02 năm 2027",
        "Xây dựng thôn nông thôn mới kiểu mẫu năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 30/12/2026 của UBND tỉnh về xây "
        "dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(doc, "UBND xã Tân Phú ban hành Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động sự tham gia của cả hệ thống chính trị và Nhân dân.",
        indent=1,
    )
    para(doc, "II. CHỈ TIÊU", bold=True)
    para(
        doc,
        "Phấn đấu đến hết năm 2027 có thêm 02 thôn đạt chuẩn thôn nông thôn mới "
        "kiểu mẫu, tỷ lệ hộ dân sử dụng nước sạch đạt 85%.",
        indent=1,
    )
    para(doc, "III. NHIỆM VỤ CỤ THỂ", bold=True)
    for number, (title, lead, partners, when, _) in enumerate(CT_TASKS, 1):
        para(doc, f"{number}. {title}", indent=1)
        para(doc, f"- Cơ quan chủ trì: {lead}.", indent=1)
        para(doc, f"- Cơ quan phối hợp: {', '.join(partners)}.", indent=1)
        para(doc, f"- Thời gian hoàn thành: {when}.", indent=1)
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kinh tế theo dõi, tổng hợp kết quả, báo cáo UBND xã.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đỗ Văn Thành"],
    )
    return save(doc)


COMMENT = """Round 25b, family {family}, written before the importer was
changed for it: {what}
Assumptions: a cell's partners are one a paragraph (or one a "- X;" line),
the bullet and the end mark stripped; "các sở, ngành …", "các cơ quan, đơn
vị …", "các thôn, tổ dân phố" are one partner, "Sở Tài chính, Sở Xây dựng"
two; a lead cell of two paragraphs is two co-leads (the first leads, the
others take part); "Quý III/2027" ends on 30/9, "Tháng 3/2027" on 31/3."""


def appendix_tasks(rows) -> list[dict]:
    out = []
    for title, _product, lead, partners, _when, day in rows:
        leads = lines(lead)
        out.append(
            {
                "title": title,
                "lead": leads[0],
                "coordinating": leads[1:] + lines(partners),
                "deadline": day,
            }
        )
    return out


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r25b-tinh-bac-ninh-phu-luc-giai-phap.docx",
        tinh_phu_luc(),
        COMMENT.format(
            family="F3, F1",
            what='four general solutions under "II. NHIỆM VỤ, GIẢI PHÁP" '
            'with "(chi tiết tại Phụ lục kèm theo)", the tasks in the '
            'appendix table, partners "- X;" paragraphs.',
        ),
        {
            "number": "128",
            "symbol": "KH-UBND",
            "place": "Bắc Ninh",
            "date": "2027-01-15",
            "title": "Đẩy mạnh chuyển đổi số trong xây dựng nông thôn mới năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Lê Xuân Lợi",
            "recipients": 3,
            "bases": ["263/QĐ-TTg", "55/KH-BCĐ"],
        },
        appendix_tasks(TINH_ROWS),
    )
    write(
        OUT,
        "r25b-xa-yen-phong-phu-luc-doan-the.docx",
        xa_phu_luc(),
        COMMENT.format(
            family="F3, F1, F2",
            what="three general solutions in the body, no pointer to the "
            "appendix there; the appendix table's partners one a paragraph "
            '("- Công an xã", with or without ";"), a lead cell of two '
            "paragraphs.",
        ),
        {
            "number": "42",
            "symbol": "KH-UBND",
            "place": "Yên Phong",
            "date": "2027-02-20",
            "title": "Thực hiện tiêu chí Môi trường xây dựng nông thôn mới nâng "
            "cao năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ YÊN PHONG",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Nguyễn Thế Anh",
            "recipients": 4,
            "bases": ["09/NQ-HĐND"],
        },
        appendix_tasks(XA_ROWS),
    )
    write(
        OUT,
        "r25b-so-van-hoa-thanh-hoa-cac-so-nganh.docx",
        so_van_hoa(),
        COMMENT.format(
            family="F2, F4",
            what='plural units with commas among the partners ("Các sở, ban, '
            'ngành liên quan", "các thôn, tổ dân phố"), two departments '
            "with a comma; bases a law dated in words, a report, a "
            "conclusion notice, a programme and a submission.",
        ),
        {
            "number": "31",
            "symbol": "KH-SVHTTDL",
            "place": "Thanh Hóa",
            "date": "2027-01-18",
            "title": "Nâng cao chất lượng tiêu chí Văn hóa trong xây dựng nông "
            "thôn mới năm 2027",
            "issuer": "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "signer_title": "GIÁM ĐỐC",
            "signer": "Phạm Thị Thu Hà",
            "recipients": 3,
            "bases": [
                "72/2025/QH15",
                "215/BC-UBND",
                "412/TB-VPCP",
                "08/CTr-UBND",
                "45/TTr-NVVH",
            ],
        },
        [
            {"title": t, "lead": lead, "coordinating": units, "deadline": day}
            for t, lead, _p, _w, day, units in SO_ROWS
        ],
    )
    write(
        OUT,
        "r25b-bcd-nghe-an-cac-so-nganh.pdf",
        bcd_pdf(),
        COMMENT.format(
            family="F2, F4 (PDF saved by LibreOffice)",
            what='"Các sở, ngành thành viên Ban Chỉ đạo tỉnh", "Các ban, '
            'ngành, đoàn thể tỉnh", "Các tổ chức chính trị - xã hội tỉnh" '
            'one partner each, "Sở Tài chính, Sở Xây dựng" two; bases a law '
            "dated in words, a notice, a report, a submission.",
        ),
        {
            "number": "07",
            "symbol": "KH-BCĐ",
            "place": "Nghệ An",
            "date": "2027-01-12",
            "title": "Triển khai Chương trình xây dựng nông thôn mới năm 2027",
            "issuer": "BAN CHỈ ĐẠO",
            "authority": "TM. BAN CHỈ ĐẠO",
            "signer_title": "TRƯỞNG BAN",
            "signer": "Hoàng Nghĩa Hiếu",
            "recipients": 3,
            "bases": ["89/2025/QH15", "77/TB-VPUB", "198/BC-BCĐ", "12/TTr-VPĐP"],
        },
        [
            {"title": t, "lead": lead, "coordinating": units, "deadline": day}
            for t, lead, _p, _w, day, units in BCD_ROWS
        ],
    )
    write(
        OUT,
        "r25b-xa-tan-phu-chi-tieu-doan-van.docx",
        xa_chi_tieu(),
        COMMENT.format(
            family="F5, F2",
            what='the targets one sentence-paragraph under "II. CHỈ TIÊU"; '
            "the tasks numbered in the body with their lead and deadline.",
        ),
        {
            "number": "17",
            "symbol": "KH-UBND",
            "place": "Tân Phú",
            "date": "2027-02-10",
            "title": "Xây dựng thôn nông thôn mới kiểu mẫu năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Đỗ Văn Thành",
            "recipients": 3,
            "bases": ["112/KH-UBND"],
        },
        [
            {"title": t, "lead": lead, "coordinating": p, "deadline": day}
            for t, lead, p, _w, day in CT_TASKS
        ],
    )
