"""Writes round 21h's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round21h.py

Round 21h varies two families the lead's round-21 hold-out measured as
failing (issue 18), each written before the importer was changed for it:

F1. a Word task table whose content cell holds several paragraphs: the
    work's name (bold or not; wrapped over two paragraphs, the second not
    opening with "-") then its details, one a paragraph, "- Quy mô: …",
    "- Địa điểm: …", "- Kinh phí dự kiến: …", "- Nguồn vốn: …", "-
    Sản phẩm: …" (with "-", "+" or no bullet); in the same table one
    column "Đơn vị thực hiện" names the lead and its partners with marks:
    "X (chủ trì); Y, Z (phối hợp)", "X (CT); Y (PH)", "X chủ trì; Y, Z
    phối hợp" with no brackets, "Chủ trì: X" / "Phối hợp: Y" (two
    paragraphs of the cell or one), or one unit with no mark. The same
    marks on a paragraph plan's "- Đơn vị thực hiện:" line. A .docx, a
    .pdf of such a table (LibreOffice, through make_files.saved_as), a
    second .docx and a .txt paragraph plan.
F2. a plan announced in a Zalo / messenger message: no header; the first
    sentence says who announces which plan ("UBND xã Bình Lộc thông báo
    Kế hoạch số 88/KH-UBND ngày 05/12/2026 về …:", "ban hành", "triển
    khai", "gửi"; "Đảng ủy xã …", "Ban Chỉ đạo xã …"); tasks numbered with
    keycap emoji ("1️⃣" … "🔟") or led by "✅"; their labels led by an emoji
    ("👤 Phụ trách:", "🤝 Phối hợp:", "⏰ Hạn:", "📅 Thời gian:", "⏳ Thời
    hạn:", "📌 Hạn chót:"), or written on the task's own line; a closing
    sentence asking for reports ("Đề nghị các đơn vị … báo cáo … trước
    ngày 25 hằng tháng."); the signature on one line ("TM. UBND xã - Chủ
    tịch Nguyễn Hữu Phước", "T/M Đảng ủy xã, Bí thư: …", "Chủ tịch UBND
    xã …"). Three .txt messages.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import as_tasks, write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round21h"


def title_of(task: dict) -> str:
    return " ".join(task["name"])


# --- F1.1 a commune's Word table, details under a bold name ------------------

LONG_HUNG_TASKS = [
    {
        "name": ["Nâng cấp, mở rộng tuyến đường liên ấp 2 - ấp 4"],
        "details": [
            "- Quy mô: dài 1,6 km, mặt đường bê tông xi măng rộng 5 m, lề mỗi bên 1 m;",
            "- Địa điểm: ấp 2, ấp 4;",
            "- Kinh phí dự kiến: 4.800 triệu đồng;",
            "- Nguồn vốn: ngân sách tỉnh hỗ trợ 70%, ngân sách xã và Nhân dân"
            " đóng góp 30%.",
        ],
        "unit": [
            "Ban Quản lý dự án xã (chủ trì); Ban phát triển ấp 2, Ban phát"
            " triển ấp 4 (phối hợp)"
        ],
        "time": "Quý III/2027",
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Ban phát triển ấp 2", "Ban phát triển ấp 4"],
        "deadline": "2027-09-30",
    },
    {
        "name": [
            "Xây dựng mới cầu bê tông cốt thép qua rạch Bà Chèo",
            "(thay thế cầu sắt cũ đã xuống cấp)",
        ],
        "details": [
            "- Quy mô: chiều dài 24 m, rộng 4 m, tải trọng 13 tấn;",
            "- Kinh phí dự kiến: 3.200 triệu đồng.",
        ],
        "unit": ["Ban Quản lý dự án xã (CT); Ban phát triển ấp 3 (PH)"],
        "time": "30/11/2027",
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Ban phát triển ấp 3"],
        "deadline": "2027-11-30",
    },
    {
        "name": ["Lắp đặt hệ thống đèn chiếu sáng công cộng tuyến đường trục xã"],
        "details": [
            "- Quy mô: 120 bộ đèn LED, chiều dài 4,2 km;",
            "- Địa điểm: tuyến ĐT.768 đoạn qua ấp 1, ấp 5;",
            "- Kinh phí dự kiến: 1.150 triệu đồng;",
            "- Sản phẩm: tuyến đường được chiếu sáng, nghiệm thu đưa vào sử dụng.",
        ],
        "unit": [
            "Phòng Kinh tế (chủ trì); Điện lực Vĩnh Cửu, Đoàn Thanh niên xã (phối hợp)"
        ],
        "time": "Tháng 8/2027",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Điện lực Vĩnh Cửu", "Đoàn Thanh niên xã"],
        "deadline": "2027-08-31",
    },
    {
        "name": ["Nạo vét, khơi thông 3,5 km kênh tiêu nội đồng ấp 6"],
        "details": [
            "- Quy mô: 3,5 km, bề rộng đáy 2 m;",
            "- Nguồn vốn: ngân sách xã.",
        ],
        "unit": ["Hợp tác xã Nông nghiệp Long Hưng"],
        "time": "30/4/2027",
        "lead": "Hợp tác xã Nông nghiệp Long Hưng",
        "coordinating": [],
        "deadline": "2027-04-30",
    },
    {
        "name": ["Nhà văn hóa - Khu thể thao ấp 5"],
        "details": [
            "- Quy mô: nhà cấp IV, 150 chỗ ngồi; sân thể thao 800 m²;",
            "- Kinh phí dự kiến: 2.600 triệu đồng;",
            "- Nguồn vốn: Chương trình MTQG xây dựng nông thôn mới.",
        ],
        "unit": ["Phòng Văn hóa - Xã hội (CT), Ban phát triển ấp 5 (PH)"],
        "time": "Quý IV/2027",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Ban phát triển ấp 5"],
        "deadline": "2027-12-31",
    },
    {
        "name": ["Trồng 2.500 cây xanh trên các tuyến đường trục ấp"],
        "details": [],
        "unit": [
            "Đoàn Thanh niên xã (chủ trì); Hội Liên hiệp Phụ nữ xã, Hội"
            " Nông dân xã (phối hợp)"
        ],
        "time": "Quý II/2027",
        "lead": "Đoàn Thanh niên xã",
        "coordinating": ["Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"],
        "deadline": "2027-06-30",
    },
    {
        "name": [
            "Hỗ trợ 45 hộ chỉnh trang hàng rào, cổng ngõ theo mô hình “Tuyến"
            " đường xanh - sạch - đẹp”"
        ],
        "details": [
            "- Mức hỗ trợ: 5 triệu đồng/hộ;",
            "- Địa điểm: ấp 1, ấp 2, ấp 3.",
        ],
        "unit": ["Ủy ban MTTQ Việt Nam xã (chủ trì); Ban phát triển các ấp (phối hợp)"],
        "time": "30/9/2027",
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Ban phát triển các ấp"],
        "deadline": "2027-09-30",
    },
]


def long_hung_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ LONG HƯNG", "Số: 142/KH-UBND"],
        "Long Hưng, ngày 18 tháng 12 năm 2026",
        "Đầu tư xây dựng các công trình hạ tầng nông thôn mới nâng cao năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10/12/2026 của HĐND xã Long Hưng"
        " về kế hoạch đầu tư công năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã Long Hưng ban hành Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Hoàn thành các công trình hạ tầng giao thông, điện, văn hóa đạt chuẩn"
        " xã nông thôn mới nâng cao trong năm 2027.",
        indent=1,
    )
    para(doc, "II. DANH MỤC CÔNG TRÌNH, NHIỆM VỤ", bold=True)
    rows = [
        [[str(n)], t["name"] + t["details"], t["unit"], [t["time"]]]
        for n, t in enumerate(LONG_HUNG_TASKS, 1)
    ]
    task_table(
        doc,
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"],
        rows,
        [1.2, 8.0, 5.0, 2.8],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao chủ trì báo cáo tiến độ thực hiện về UBND xã"
        " (qua Phòng Kinh tế) trước ngày 20 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các ấp;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Huỳnh Văn Sáu"],
    )
    return save(doc)


LONG_HUNG_COMMENT = """
Round 21h, family F1 (a content cell of several paragraphs; one "Đơn vị
thực hiện" column with marks), written before the importer was changed
for it: a commune's Word table "STT | Nội dung công việc | Đơn vị thực
hiện | Thời gian hoàn thành"; each content cell opens with the work's name
in bold ("Xây dựng mới cầu …" / "(thay thế cầu sắt cũ …)": a name on two
paragraphs, the second with no "-"), then "- Quy mô: …", "- Địa điểm:
…", "- Kinh phí dự kiến: …", "- Nguồn vốn: …", "- Sản phẩm: …", "- Mức
hỗ trợ: …"; one name ("Nhà văn hóa - Khu thể thao ấp 5") opens with no
verb of work. The unit cell: "X (chủ trì); Y, Z (phối hợp)", "X (CT); Y
(PH)", "X (CT), Y (PH)", one unit with no mark.
Assumptions: the title is the name's paragraphs (joined by a space), the
"-" paragraphs are the task's description, never its title nor tasks of
their own; the unit marked "(chủ trì)" / "(CT)" leads, every unit named
before "(phối hợp)" / "(PH)" since the last mark is a partner (split on
"," and ";"), the marks are no part of the names.
"""


# --- F1.2 a commune's table exported to PDF ---------------------------------

TAN_PHU_TASKS = [
    {
        "name": [
            "Cải tạo, nâng cấp lưới điện hạ thế khu dân cư ấp Phú Lâm, Phú"
            " Thạnh đảm bảo an toàn, đạt chuẩn tiêu chí Điện"
        ],
        "details": [
            "- Quy mô: 2,8 km đường dây hạ thế, 03 trạm biến áp 250 kVA;",
            "- Kinh phí dự kiến: 2.950 triệu đồng;",
            "- Sản phẩm: 100% hộ sử dụng điện an toàn, thường xuyên.",
        ],
        "unit": [
            "Phòng Kinh tế (chủ trì); Điện lực Tân Phú, Đoàn Thanh niên xã (phối hợp)"
        ],
        "time": "Quý III/2027",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Điện lực Tân Phú", "Đoàn Thanh niên xã"],
        "deadline": "2027-09-30",
    },
    {
        "name": ["Bê tông hóa đường nội đồng cánh đồng Bàu Sen"],
        "details": [
            "- Quy mô: dài 1,2 km, rộng 3 m;",
            "- Địa điểm: ấp Phú Thạnh;",
            "- Nguồn vốn: ngân sách xã 60%, Nhân dân đóng góp 40%.",
        ],
        "unit": [
            "Ban Quản lý dự án xã chủ trì; Ban phát triển ấp Phú Thạnh, Hợp"
            " tác xã Tân Phú phối hợp"
        ],
        "time": "30/6/2027",
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Ban phát triển ấp Phú Thạnh", "Hợp tác xã Tân Phú"],
        "deadline": "2027-06-30",
    },
    {
        "name": [
            "Xây dựng 02 điểm tập kết rác thải sinh hoạt có mái che tại ấp Phú Lâm"
        ],
        "details": [
            "- Quy mô: 02 điểm, mỗi điểm 30 m²;",
            "- Kinh phí dự kiến: 360 triệu đồng.",
        ],
        "unit": [
            "Chủ trì: Phòng Kinh tế; Phối hợp: Hội Liên hiệp Phụ nữ xã, Ban"
            " phát triển ấp Phú Lâm"
        ],
        "time": "Tháng 5/2027",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Hội Liên hiệp Phụ nữ xã", "Ban phát triển ấp Phú Lâm"],
        "deadline": "2027-05-31",
    },
    {
        "name": ["Sửa chữa, nâng cấp Trạm Y tế xã đạt chuẩn quốc gia về y tế"],
        "details": [
            "- Quy mô: sửa chữa 06 phòng chức năng, xây mới khu vệ sinh;",
            "- Kinh phí dự kiến: 850 triệu đồng;",
            "- Nguồn vốn: ngân sách tỉnh.",
        ],
        "unit": ["Trạm Y tế xã (CT); Phòng Văn hóa - Xã hội (PH)"],
        "time": "Quý IV/2027",
        "lead": "Trạm Y tế xã",
        "coordinating": ["Phòng Văn hóa - Xã hội"],
        "deadline": "2027-12-31",
    },
    {
        "name": ["Hỗ trợ xây dựng 03 sản phẩm OCOP đạt 3 sao"],
        "details": [
            "- Sản phẩm: hạt điều rang muối, mật ong rừng, bưởi da xanh;",
            "- Kinh phí dự kiến: 300 triệu đồng.",
        ],
        "unit": ["Phòng Kinh tế"],
        "time": "Tháng 10/2027",
        "lead": "Phòng Kinh tế",
        "coordinating": [],
        "deadline": "2027-10-31",
    },
    {
        "name": ["Lắp đặt 04 cụm loa truyền thanh thông minh tại các ấp"],
        "details": ["- Kinh phí dự kiến: 240 triệu đồng."],
        "unit": ["Phòng Văn hóa - Xã hội chủ trì; Viettel Đồng Nai phối hợp"],
        "time": "Quý II/2027",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Viettel Đồng Nai"],
        "deadline": "2027-06-30",
    },
]


def tan_phu_pdf() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 09/KH-UBND"],
        "Tân Phú, ngày 12 tháng 01 năm 2027",
        "Thực hiện các tiêu chí Điện, Môi trường, Y tế và Thông tin năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 06/01/2027 của UBND tỉnh Đồng Nai về"
        " thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã Tân Phú xây dựng kế hoạch như sau:", indent=1)
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    rows = [
        [[str(n)], t["name"] + t["details"], t["unit"], [t["time"]]]
        for n, t in enumerate(TAN_PHU_TASKS, 1)
    ]
    task_table(
        doc,
        ["TT", "Nhiệm vụ, công trình", "Đơn vị thực hiện", "Thời gian thực hiện"],
        rows,
        [1.0, 8.2, 5.0, 2.8],
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Các ấp;", "- Lưu: VT."],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Trần Thị Kim Loan",
        ],
    )
    return saved_as(save(doc), "pdf")


TAN_PHU_COMMENT = """
Round 21h, family F1 (a content cell of several paragraphs; one "Đơn vị
thực hiện" column with marks), written before the importer was changed
for it: a commune's Word table "TT | Nhiệm vụ, công trình | Đơn vị thực
hiện | Thời gian thực hiện" exported to PDF by LibreOffice (A4, 12 pt):
a bold name, long enough to wrap, then "- Quy mô: …", "- Kinh phí dự
kiến: …", "- Sản phẩm: …", "- Nguồn vốn: …", each wrapping in the
column; the unit cell "X (chủ trì); Y, Z (phối hợp)", "X chủ trì; Y, Z
phối hợp" (no brackets), "Chủ trì: X; Phối hợp: Y, Z", "X (CT); Y
(PH)", one unit alone; the lines of a PDF cell are not its paragraphs.
Assumptions: as the .docx of the family: the name is the title (its
wrapped lines joined), the "-" paragraphs (each with its wrapped lines)
the description; the marked unit leads, the others are partners.
"""


# --- F1.3 a commune's Word table, details with no bullet, units on lines ----

PHUOC_AN_TASKS = [
    {
        "name": ["Kiên cố hóa kênh mương nội đồng ấp Bến Cam"],
        "details": [
            "Quy mô: 1.200 m kênh bê tông, tiết diện 0,6 x 0,8 m.",
            "Địa điểm: cánh đồng ấp Bến Cam.",
            "Kinh phí dự kiến: 1.900 triệu đồng.",
        ],
        "unit": [
            "Chủ trì: Phòng Kinh tế",
            "Phối hợp: Ban phát triển ấp Bến Cam, Hội Nông dân xã",
        ],
        "time": "Quý II/2027",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Ban phát triển ấp Bến Cam", "Hội Nông dân xã"],
        "deadline": "2027-06-30",
    },
    {
        "name": ["Xây dựng tuyến đường kiểu mẫu “Sáng - xanh - sạch - đẹp”"],
        "details": [
            "+ Quy mô: 2 km đường trục ấp Phước Lý;",
            "+ Nội dung: trồng hoa, lắp đèn, kẻ vạch sơn;",
            "+ Kinh phí: xã hội hóa.",
        ],
        "unit": [
            "Hội Liên hiệp Phụ nữ xã chủ trì; Đoàn Thanh niên xã, Ban phát"
            " triển ấp Phước Lý phối hợp"
        ],
        "time": "30/8/2027",
        "lead": "Hội Liên hiệp Phụ nữ xã",
        "coordinating": ["Đoàn Thanh niên xã", "Ban phát triển ấp Phước Lý"],
        "deadline": "2027-08-30",
    },
    {
        "name": [
            "Tổ chức khám sàng lọc bệnh không lây nhiễm cho 1.500 người"
            " từ 40 tuổi trở lên"
        ],
        "details": [
            "Địa điểm: Trạm Y tế xã và nhà văn hóa các ấp.",
            "Sản phẩm: hồ sơ sức khỏe điện tử được cập nhật.",
        ],
        "unit": [
            "Trạm Y tế xã (chủ trì)",
            "Phòng Văn hóa - Xã hội, Ban phát triển các ấp (phối hợp)",
        ],
        "time": "Tháng 9/2027",
        "lead": "Trạm Y tế xã",
        "coordinating": ["Phòng Văn hóa - Xã hội", "Ban phát triển các ấp"],
        "deadline": "2027-09-30",
    },
    {
        "name": ["Nâng cấp sân bóng đá mini ấp Phước Lương"],
        "details": [
            "Quy mô: sân cỏ nhân tạo 25 x 42 m, hàng rào lưới, đèn chiếu sáng.",
            "Nguồn vốn: xã hội hóa và ngân sách xã.",
        ],
        "unit": ["Phòng Văn hóa - Xã hội (CT)", "Đoàn Thanh niên xã (PH)"],
        "time": "Quý III/2027",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Đoàn Thanh niên xã"],
        "deadline": "2027-09-30",
    },
    {
        "name": ["Rà soát, cập nhật hồ sơ hộ nghèo, hộ cận nghèo năm 2027"],
        "details": [],
        "unit": ["Phòng Văn hóa - Xã hội"],
        "time": "Tháng 11/2027",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": [],
        "deadline": "2027-11-30",
    },
]


def phuoc_an_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC AN", "Số: 21/KH-UBND"],
        "Phước An, ngày 20 tháng 01 năm 2027",
        "Thực hiện xây dựng xã nông thôn mới kiểu mẫu năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Thực hiện Kế hoạch số 11/KH-UBND ngày 08/01/2027 của UBND tỉnh Đồng Nai;",
        indent=1,
    )
    para(doc, "UBND xã Phước An ban hành kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phấn đấu đến cuối năm 2027 xã đạt chuẩn nông thôn mới kiểu mẫu.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    rows = [
        [[str(n)], t["name"] + t["details"], t["unit"], [t["time"]], [""]]
        for n, t in enumerate(PHUOC_AN_TASKS, 1)
    ]
    task_table(
        doc,
        ["TT", "Tên công trình, nhiệm vụ", "Đơn vị thực hiện", "Thời gian", "Ghi chú"],
        rows,
        [1.0, 7.0, 4.8, 2.6, 1.6],
        bold_titles=False,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kinh tế là cơ quan thường trực, tổng hợp, báo cáo kết quả thực"
        " hiện về UBND xã trước ngày 10/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các ấp;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Quang Vinh"],
    )
    return save(doc)


PHUOC_AN_COMMENT = """
Round 21h, family F1 (a content cell of several paragraphs; one "Đơn vị
thực hiện" column with marks), written before the importer was changed
for it: a commune's Word table "TT | Tên công trình, nhiệm vụ | Đơn vị
thực hiện | Thời gian | Ghi chú", nothing in bold; the details under the
name are labelled paragraphs with no bullet ("Quy mô: …", "Địa điểm: …",
"Kinh phí dự kiến: …") or with "+" ("+ Nội dung: …"); the unit cell
holds two paragraphs: "Chủ trì: X" / "Phối hợp: Y, Z", "X (chủ trì)" /
"Y, Z (phối hợp)", "X (CT)" / "Y (PH)", or one: "X chủ trì; Y, Z phối
hợp", one unit alone.
Assumptions: the name's paragraph is the title, the labelled paragraphs
the description (not the title, not tasks); the marked unit leads, the
others are partners, the marks no part of the names.
"""


# --- F1.4 a paragraph plan's "Đơn vị thực hiện:" line with marks ------------

DINH_QUAN = """ỦY BAN NHÂN DÂN
XÃ ĐỊNH QUÁN
Số: 17/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Định Quán, ngày 15 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện tiêu chí Giao thông, Điện và An ninh trật tự năm 2027

Căn cứ Kế hoạch số 05/KH-UBND ngày 06/01/2027 của UBND tỉnh Đồng Nai về thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027;
UBND xã Định Quán ban hành kế hoạch như sau:

I. MỤC TIÊU
Giữ vững các tiêu chí Giao thông, Điện và An ninh trật tự; không để phát sinh điểm nóng về an ninh, trật tự.

II. NHIỆM VỤ
1. Nâng cấp tuyến đường ấp 3 - ấp 7
- Quy mô: dài 2,1 km, mặt đường láng nhựa rộng 4 m;
- Kinh phí dự kiến: 3.600 triệu đồng;
- Đơn vị thực hiện: Ban Quản lý dự án xã (chủ trì); Ban phát triển ấp 3, Ban phát triển ấp 7 (phối hợp).
- Thời gian hoàn thành: Quý III/2027.
2. Thay thế 85 cột điện hạ thế đã xuống cấp tại ấp Hiệp Nghĩa
- Quy mô: 85 cột bê tông ly tâm, 3,2 km dây dẫn;
- Đơn vị thực hiện: Phòng Kinh tế (chủ trì); Điện lực Định Quán, Đoàn Thanh niên xã (phối hợp).
- Thời gian hoàn thành: 31/8/2027.
3. Xây dựng mô hình “Camera an ninh” tại 10 ấp
- Quy mô: 40 camera kết nối với Công an xã;
- Nguồn vốn: xã hội hóa.
- Đơn vị thực hiện: Công an xã (CT); Ban phát triển các ấp (PH).
- Thời gian hoàn thành: Quý II/2027.
4. Tổ chức ra quân phát quang hành lang an toàn lưới điện
- Đơn vị thực hiện: Đoàn Thanh niên xã chủ trì; Hội Cựu chiến binh xã, Điện lực Định Quán phối hợp.
- Thời gian hoàn thành: Tháng 4/2027.
5. Cắm 120 biển báo, biển chỉ dẫn trên các tuyến đường ấp
- Đơn vị thực hiện: Phòng Kinh tế.
- Thời gian hoàn thành: 30/6/2027.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 05/12/2027.

Nơi nhận:
- UBND tỉnh (b/c);
- Các ấp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đỗ Văn Thành
"""

DINH_QUAN_TASKS = [
    {
        "title": "Nâng cấp tuyến đường ấp 3 - ấp 7",
        "lead": "Ban Quản lý dự án xã",
        "coordinating": ["Ban phát triển ấp 3", "Ban phát triển ấp 7"],
        "deadline": "2027-09-30",
    },
    {
        "title": "Thay thế 85 cột điện hạ thế đã xuống cấp tại ấp Hiệp Nghĩa",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Điện lực Định Quán", "Đoàn Thanh niên xã"],
        "deadline": "2027-08-31",
    },
    {
        "title": "Xây dựng mô hình “Camera an ninh” tại 10 ấp",
        "lead": "Công an xã",
        "coordinating": ["Ban phát triển các ấp"],
        "deadline": "2027-06-30",
    },
    {
        "title": "Tổ chức ra quân phát quang hành lang an toàn lưới điện",
        "lead": "Đoàn Thanh niên xã",
        "coordinating": ["Hội Cựu chiến binh xã", "Điện lực Định Quán"],
        "deadline": "2027-04-30",
    },
    {
        "title": "Cắm 120 biển báo, biển chỉ dẫn trên các tuyến đường ấp",
        "lead": "Phòng Kinh tế",
        "deadline": "2027-06-30",
    },
]

DINH_QUAN_COMMENT = """
Round 21h, family F1 (the unit marks on a paragraph plan's line), written
before the importer was changed for it: a commune's text plan whose
numbered tasks have "- Quy mô: …", "- Kinh phí dự kiến: …" lines and
"- Đơn vị thực hiện: X (chủ trì); Y, Z (phối hợp).", "X (CT); Y (PH).",
"X chủ trì; Y, Z phối hợp.", or one unit alone.
Assumptions: the marked unit leads, the units before "(phối hợp)" /
"(PH)" / "phối hợp" are partners; the marks are no part of the names.
"""


# --- F2.1 a commune's Zalo message, keycap numbers --------------------------

BINH_LOC = """UBND xã Bình Lộc thông báo Kế hoạch số 88/KH-UBND ngày 05/12/2026 về thực hiện phong trào “Toàn dân chung sức xây dựng nông thôn mới” năm 2027:
1️⃣ Nâng cấp, mở rộng tuyến đường liên ấp 2 - ấp 4 dài 1,2 km
👤 Phụ trách: Ban Quản lý dự án xã
🤝 Phối hợp: Ban phát triển ấp 2, Ban phát triển ấp 4
⏰ Hạn: 30/6/2027
2️⃣ Trồng 2.000 cây xanh dọc các tuyến đường trục ấp
👤 Phụ trách: Đoàn Thanh niên xã
🤝 Phối hợp: Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã
⏰ Hạn chót: 31/3/2027
3️⃣ Ra mắt 02 mô hình “Tuyến đường hoa” tại ấp 1, ấp 3
👤 Phụ trách: Hội Liên hiệp Phụ nữ xã
⏰ Thời hạn: Quý II/2027
4️⃣ Hỗ trợ 15 hộ xây dựng nhà tiêu hợp vệ sinh
👤 Phụ trách: Phòng Văn hóa - Xã hội
🤝 Phối hợp: Trạm Y tế xã
⏰ Hạn: 30/9/2027
5️⃣ Lắp 06 bảng tin điện tử tại nhà văn hóa các ấp
👤 Phụ trách: Phòng Văn hóa - Xã hội
⏰ Hạn: Tháng 8/2027
6️⃣ Vận động 100% hộ phân loại rác tại nguồn
👤 Phụ trách: Ủy ban MTTQ Việt Nam xã
🤝 Phối hợp: Các đoàn thể xã, Ban phát triển các ấp
⏰ Hạn: 31/12/2027
7️⃣ Tổ chức 02 lớp tập huấn trồng rau an toàn cho 80 hộ
👤 Phụ trách: Hội Nông dân xã
🤝 Phối hợp: Trung tâm Dịch vụ nông nghiệp khu vực
⏰ Hạn: Quý III/2027
8️⃣ Xây dựng 01 sản phẩm OCOP từ bưởi đường lá cam
👤 Phụ trách: Hợp tác xã Bình Lộc
🤝 Phối hợp: Phòng Kinh tế
⏰ Hạn: 30/11/2027
9️⃣ Sửa chữa 03 nhà văn hóa ấp xuống cấp
👤 Phụ trách: Ban Quản lý dự án xã
⏰ Hạn: 31/10/2027
🔟 Rà soát, cập nhật bộ hồ sơ xã nông thôn mới nâng cao
👤 Phụ trách: Phòng Kinh tế
🤝 Phối hợp: Các ban, ngành xã
⏰ Hạn: 15/11/2027
Đề nghị các đơn vị triển khai nghiêm túc, báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước ngày 25 hằng tháng.
TM. UBND xã - Chủ tịch Nguyễn Hữu Phước
"""

BINH_LOC_COMMENT = """
Round 21h, family F2 (a plan announced in a Zalo message), written before
the importer was changed for it: no header; "UBND xã Bình Lộc thông báo
Kế hoạch số 88/KH-UBND ngày 05/12/2026 về thực hiện phong trào … năm
2027:" opens it; tasks "1️⃣" … "9️⃣", "🔟"; under each "👤 Phụ trách:",
"🤝 Phối hợp:", "⏰ Hạn:" / "⏰ Hạn chót:" / "⏰ Thời hạn:"; a closing
sentence asks for monthly reports; the signature on one line, "TM. UBND
xã - Chủ tịch Nguyễn Hữu Phước".
Assumptions: the header is the first sentence's: number, symbol, date,
issuer as written ("UBND xã Bình Lộc"), title the words after "về" with
a capital, without the colon; the emoji before a label are no part of
it, "Hạn", "Hạn chót", "Thời hạn" give the deadline; the closing
sentence is the plan's reporting, no task; the signature: authority
"TM. UBND xã", post "Chủ tịch", signer "Nguyễn Hữu Phước".
"""

BINH_LOC_TASKS = [
    (
        "Nâng cấp, mở rộng tuyến đường liên ấp 2 - ấp 4 dài 1,2 km",
        "Ban Quản lý dự án xã",
        ["Ban phát triển ấp 2", "Ban phát triển ấp 4"],
        "2027-06-30",
    ),
    (
        "Trồng 2.000 cây xanh dọc các tuyến đường trục ấp",
        "Đoàn Thanh niên xã",
        ["Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"],
        "2027-03-31",
    ),
    (
        "Ra mắt 02 mô hình “Tuyến đường hoa” tại ấp 1, ấp 3",
        "Hội Liên hiệp Phụ nữ xã",
        [],
        "2027-06-30",
    ),
    (
        "Hỗ trợ 15 hộ xây dựng nhà tiêu hợp vệ sinh",
        "Phòng Văn hóa - Xã hội",
        ["Trạm Y tế xã"],
        "2027-09-30",
    ),
    (
        "Lắp 06 bảng tin điện tử tại nhà văn hóa các ấp",
        "Phòng Văn hóa - Xã hội",
        [],
        "2027-08-31",
    ),
    (
        "Vận động 100% hộ phân loại rác tại nguồn",
        "Ủy ban MTTQ Việt Nam xã",
        ["Các đoàn thể xã", "Ban phát triển các ấp"],
        "2027-12-31",
    ),
    (
        "Tổ chức 02 lớp tập huấn trồng rau an toàn cho 80 hộ",
        "Hội Nông dân xã",
        ["Trung tâm Dịch vụ nông nghiệp khu vực"],
        "2027-09-30",
    ),
    (
        "Xây dựng 01 sản phẩm OCOP từ bưởi đường lá cam",
        "Hợp tác xã Bình Lộc",
        ["Phòng Kinh tế"],
        "2027-11-30",
    ),
    ("Sửa chữa 03 nhà văn hóa ấp xuống cấp", "Ban Quản lý dự án xã", [], "2027-10-31"),
    (
        "Rà soát, cập nhật bộ hồ sơ xã nông thôn mới nâng cao",
        "Phòng Kinh tế",
        ["Các ban, ngành xã"],
        "2027-11-15",
    ),
]


# --- F2.2 a Party committee's message, "✅" tasks -----------------------------

PHU_LOC = """Đảng ủy xã Phú Lộc ban hành Kế hoạch số 15-KH/ĐU ngày 20 tháng 01 năm 2027 về lãnh đạo thực hiện Chương trình xây dựng nông thôn mới kiểu mẫu năm 2027.
Các chi bộ, cơ quan, đoàn thể quán triệt và thực hiện các nội dung trọng tâm sau:
✅ Quán triệt Kế hoạch đến 100% đảng viên trong Đảng bộ
📌 Phụ trách: Ban Tuyên giáo và Dân vận Đảng ủy
📅 Thời gian: Tháng 02/2027
✅ Xây dựng 03 mô hình “Chi bộ gắn với khu dân cư kiểu mẫu”
📌 Phụ trách: Văn phòng Đảng ủy
🤝 Phối hợp: Chi bộ thôn Đông, Chi bộ thôn Tây, Chi bộ thôn Nam
📅 Thời gian: Quý III/2027
✅ Vận động Nhân dân hiến đất mở rộng 2,5 km đường thôn
📌 Phụ trách: Ủy ban MTTQ Việt Nam xã
🤝 Phối hợp: Hội Cựu chiến binh xã, Hội Nông dân xã
⏳ Hạn chót: 30/6/2027
✅ Kiểm tra, giám sát việc thực hiện tiêu chí nông thôn mới tại các thôn
📌 Phụ trách: Ủy ban Kiểm tra Đảng ủy
📅 Thời gian: Quý IV/2027
Đề nghị các chi bộ, cơ quan, đoàn thể triển khai thực hiện nghiêm túc, định kỳ báo cáo kết quả về Văn phòng Đảng ủy trước ngày 20 hằng tháng./.
T/M Đảng ủy xã, Bí thư: Lê Văn Hùng
"""

PHU_LOC_COMMENT = """
Round 21h, family F2 (a plan announced in a Zalo message), written before
the importer was changed for it: a Party committee's message "Đảng ủy xã
Phú Lộc ban hành Kế hoạch số 15-KH/ĐU ngày 20 tháng 01 năm 2027 về lãnh
đạo …." (a Party number, the date in words, a full stop), a sentence
leading the list, tasks led by "✅", their labels by "📌 Phụ trách:",
"🤝 Phối hợp:", "📅 Thời gian:", "⏳ Hạn chót:"; a closing sentence asking
for reports; the signature on one line "T/M Đảng ủy xã, Bí thư: Lê Văn
Hùng".
Assumptions: as F2's other messages; the Party number "15-KH/ĐU" is
number "15", symbol "KH/ĐU"; the authority is written as in the message
("T/M Đảng ủy xã"), post "Bí thư".
"""

PHU_LOC_TASKS = [
    (
        "Quán triệt Kế hoạch đến 100% đảng viên trong Đảng bộ",
        "Ban Tuyên giáo và Dân vận Đảng ủy",
        [],
        "2027-02-28",
    ),
    (
        "Xây dựng 03 mô hình “Chi bộ gắn với khu dân cư kiểu mẫu”",
        "Văn phòng Đảng ủy",
        ["Chi bộ thôn Đông", "Chi bộ thôn Tây", "Chi bộ thôn Nam"],
        "2027-09-30",
    ),
    (
        "Vận động Nhân dân hiến đất mở rộng 2,5 km đường thôn",
        "Ủy ban MTTQ Việt Nam xã",
        ["Hội Cựu chiến binh xã", "Hội Nông dân xã"],
        "2027-06-30",
    ),
    (
        "Kiểm tra, giám sát việc thực hiện tiêu chí nông thôn mới tại các thôn",
        "Ủy ban Kiểm tra Đảng ủy",
        [],
        "2027-12-31",
    ),
]


# --- F2.3 a commune's message, labels on the task's line -------------------

HOA_BINH = """UBND xã Hòa Bình gửi Kế hoạch số 04/KH-UBND ngày 08/01/2027 về ra quân “Ngày thứ Bảy xanh” xây dựng nông thôn mới quý I năm 2027 như sau:
1️⃣ Phát quang, vệ sinh 12 km đường trục thôn, liên thôn
👉 Phụ trách: Đoàn Thanh niên xã
👉 Phối hợp: Trưởng các thôn
⏰ Hạn: 28/02/2027
2️⃣ Thu gom rác thải, vệ sinh khu vực chợ Hòa Bình
👉 Phụ trách: Ban quản lý chợ
⏰ Hạn: 15/02/2027
3️⃣ Trồng 1.000 cây hoa dọc đường vào trung tâm xã 👤 Phụ trách: Hội Liên hiệp Phụ nữ xã 🤝 Phối hợp: Hội Cựu chiến binh xã ⏰ Hạn: 31/3/2027
4️⃣ Nạo vét 3 km mương thoát nước thôn Đông Hòa 👤 Phụ trách: Hội Nông dân xã ⏰ Hạn chót: 20/3/2027
5️⃣ Sơn sửa cổng, tường rào 05 nhà văn hóa thôn
👉 Phụ trách: Ban Công tác Mặt trận các thôn
📅 Thời gian: Tháng 3/2027
Đề nghị các thôn, các đoàn thể theo dõi, báo cáo kết quả về UBND xã trước ngày 05/4/2027.
Chủ tịch UBND xã Phạm Minh Tuấn
"""

HOA_BINH_COMMENT = """
Round 21h, family F2 (a plan announced in a Zalo message), written before
the importer was changed for it: a commune's message "UBND xã Hòa Bình
gửi Kế hoạch số 04/KH-UBND ngày 08/01/2027 về ra quân … như sau:";
tasks "1️⃣" … "5️⃣"; labels under a task ("👉 Phụ trách:", "👉 Phối
hợp:", "⏰ Hạn:", "📅 Thời gian:") or on the task's own line ("… 👤 Phụ trách: X 🤝 Phối hợp: Y ⏰ Hạn: 31/3/2027"); a closing
sentence asking for a report by a day; the signature "Chủ tịch UBND xã
Phạm Minh Tuấn" on one line.
Assumptions: as F2's other messages; the title ends before "như sau";
labels on the task's line are its attributes and no part of its title;
"Chủ tịch UBND xã Phạm Minh Tuấn": authority "TM. UBND xã" (the
chairman signs on the committee's behalf), post "Chủ tịch", signer
"Phạm Minh Tuấn".
"""

HOA_BINH_TASKS = [
    (
        "Phát quang, vệ sinh 12 km đường trục thôn, liên thôn",
        "Đoàn Thanh niên xã",
        ["Trưởng các thôn"],
        "2027-02-28",
    ),
    (
        "Thu gom rác thải, vệ sinh khu vực chợ Hòa Bình",
        "Ban quản lý chợ",
        [],
        "2027-02-15",
    ),
    (
        "Trồng 1.000 cây hoa dọc đường vào trung tâm xã",
        "Hội Liên hiệp Phụ nữ xã",
        ["Hội Cựu chiến binh xã"],
        "2027-03-31",
    ),
    (
        "Nạo vét 3 km mương thoát nước thôn Đông Hòa",
        "Hội Nông dân xã",
        [],
        "2027-03-20",
    ),
    (
        "Sơn sửa cổng, tường rào 05 nhà văn hóa thôn",
        "Ban Công tác Mặt trận các thôn",
        [],
        "2027-03-31",
    ),
]


# --- F2.4 a steering committee's message, the list under a lead-in ---------

TAN_HIEP = """Ban Chỉ đạo xã Tân Hiệp triển khai Kế hoạch số 03/KH-BCĐ ngày 06/01/2027 của Ban Chỉ đạo về kiểm tra, đánh giá các tiêu chí xã nông thôn mới nâng cao năm 2027:
🔹 Nhiệm vụ trọng tâm:
1️⃣ Rà soát hồ sơ 19 tiêu chí, chỉ tiêu còn thiếu
➡️ Phụ trách: Phòng Kinh tế
➡️ Phối hợp: Văn phòng HĐND và UBND xã
⏰ Hạn: 15/3/2027
2️⃣ Kiểm tra thực tế tiêu chí Môi trường tại 06 ấp
➡️ Phụ trách: Phòng Kinh tế
➡️ Phối hợp: Ban phát triển các ấp
⏰ Thời hạn: Tháng 4/2027
3️⃣ Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới
➡️ Phụ trách: Ủy ban MTTQ Việt Nam xã
⏰ Hạn chót: 30/5/2027
📣 Các thành viên Ban Chỉ đạo phụ trách ấp chủ động theo dõi, đôn đốc; báo cáo kết quả về Thường trực Ban Chỉ đạo (qua Phòng Kinh tế) trước ngày 10/6/2027.
TM. BAN CHỈ ĐẠO, Trưởng ban: Vi Văn Quý
"""

TAN_HIEP_COMMENT = """
Round 21h, family F2 (a plan announced in a Zalo message), written before
the importer was changed for it: a steering committee's message "Ban Chỉ
đạo xã Tân Hiệp triển khai Kế hoạch số 03/KH-BCĐ ngày 06/01/2027 của Ban
Chỉ đạo về kiểm tra …:" ("của …" before "về"), a line "🔹 Nhiệm vụ trọng
tâm:" over the list, tasks "1️⃣" … "3️⃣" with "➡️ Phụ trách:", "➡️ Phối
hợp:", "⏰ Hạn:" / "⏰ Thời hạn:" / "⏰ Hạn chót:"; a closing sentence led
by "📣" asking for a report by a day; the signature "TM. BAN CHỈ ĐẠO,
Trưởng ban: Vi Văn Quý" on one line.
Assumptions: as F2's other messages; the title is the words after "về"
(not "của Ban Chỉ đạo"); the authority "TM. BAN CHỈ ĐẠO", post "Trưởng
ban".
"""

TAN_HIEP_TASKS = [
    (
        "Rà soát hồ sơ 19 tiêu chí, chỉ tiêu còn thiếu",
        "Phòng Kinh tế",
        ["Văn phòng HĐND và UBND xã"],
        "2027-03-15",
    ),
    (
        "Kiểm tra thực tế tiêu chí Môi trường tại 06 ấp",
        "Phòng Kinh tế",
        ["Ban phát triển các ấp"],
        "2027-04-30",
    ),
    (
        "Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới",
        "Ủy ban MTTQ Việt Nam xã",
        [],
        "2027-05-30",
    ),
]


def table_tasks(tasks) -> list[dict]:
    return [{**t, "title": title_of(t)} for t in tasks]


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r21h-xa-long-hung-cong-trinh-nhieu-doan.docx",
        long_hung_docx(),
        LONG_HUNG_COMMENT,
        {
            "number": "142",
            "symbol": "KH-UBND",
            "place": "Long Hưng",
            "date": "2026-12-18",
            "title": "Đầu tư xây dựng các công trình hạ tầng nông thôn mới nâng cao"
            " năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ LONG HƯNG",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Huỳnh Văn Sáu",
            "recipients": 3,
            "bases": ["25/NQ-HĐND"],
        },
        table_tasks(LONG_HUNG_TASKS),
    )
    write(
        OUT,
        "r21h-xa-tan-phu-bang-pdf.pdf",
        tan_phu_pdf(),
        TAN_PHU_COMMENT,
        {
            "number": "09",
            "symbol": "KH-UBND",
            "place": "Tân Phú",
            "date": "2027-01-12",
            "title": "Thực hiện các tiêu chí Điện, Môi trường, Y tế và Thông tin"
            " năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Trần Thị Kim Loan",
            "recipients": 3,
            "bases": ["05/KH-UBND"],
        },
        table_tasks(TAN_PHU_TASKS),
    )
    write(
        OUT,
        "r21h-xa-phuoc-an-don-vi-hai-dong.docx",
        phuoc_an_docx(),
        PHUOC_AN_COMMENT,
        {
            "number": "21",
            "symbol": "KH-UBND",
            "place": "Phước An",
            "date": "2027-01-20",
            "title": "Thực hiện xây dựng xã nông thôn mới kiểu mẫu năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ PHƯỚC AN",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Lê Quang Vinh",
            "recipients": 3,
            "bases": ["11/KH-UBND"],
        },
        table_tasks(PHUOC_AN_TASKS),
    )
    write(
        OUT,
        "r21h-xa-dinh-quan-don-vi-thuc-hien.txt",
        DINH_QUAN,
        DINH_QUAN_COMMENT,
        {
            "number": "17",
            "symbol": "KH-UBND",
            "place": "Định Quán",
            "date": "2027-01-15",
            "title": "Thực hiện tiêu chí Giao thông, Điện và An ninh trật tự năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ ĐỊNH QUÁN",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Đỗ Văn Thành",
            "recipients": 3,
            "bases": ["05/KH-UBND"],
        },
        DINH_QUAN_TASKS,
    )
    write(
        OUT,
        "r21h-zalo-xa-binh-loc-thong-bao.txt",
        BINH_LOC,
        BINH_LOC_COMMENT,
        {
            "number": "88",
            "symbol": "KH-UBND",
            "date": "2026-12-05",
            "title": "Thực hiện phong trào “Toàn dân chung sức xây dựng nông thôn"
            " mới” năm 2027",
            "issuer": "UBND xã Bình Lộc",
            "authority": "TM. UBND xã",
            "signer_title": "Chủ tịch",
            "signer": "Nguyễn Hữu Phước",
        },
        as_tasks(BINH_LOC_TASKS),
    )
    write(
        OUT,
        "r21h-zalo-dang-uy-phu-loc-ban-hanh.txt",
        PHU_LOC,
        PHU_LOC_COMMENT,
        {
            "number": "15",
            "symbol": "KH/ĐU",
            "date": "2027-01-20",
            "title": "Lãnh đạo thực hiện Chương trình xây dựng nông thôn mới kiểu"
            " mẫu năm 2027",
            "issuer": "Đảng ủy xã Phú Lộc",
            "authority": "T/M Đảng ủy xã",
            "signer_title": "Bí thư",
            "signer": "Lê Văn Hùng",
        },
        as_tasks(PHU_LOC_TASKS),
    )
    write(
        OUT,
        "r21h-zalo-xa-hoa-binh-gui.txt",
        HOA_BINH,
        HOA_BINH_COMMENT,
        {
            "number": "04",
            "symbol": "KH-UBND",
            "date": "2027-01-08",
            "title": "Ra quân “Ngày thứ Bảy xanh” xây dựng nông thôn mới quý I"
            " năm 2027",
            "issuer": "UBND xã Hòa Bình",
            "authority": "TM. UBND xã",
            "signer_title": "Chủ tịch",
            "signer": "Phạm Minh Tuấn",
        },
        as_tasks(HOA_BINH_TASKS),
    )
    write(
        OUT,
        "r21h-zalo-bcd-tan-hiep-trien-khai.txt",
        TAN_HIEP,
        TAN_HIEP_COMMENT,
        {
            "number": "03",
            "symbol": "KH-BCĐ",
            "date": "2027-01-06",
            "title": "Kiểm tra, đánh giá các tiêu chí xã nông thôn mới nâng cao"
            " năm 2027",
            "issuer": "Ban Chỉ đạo xã Tân Hiệp",
            "authority": "TM. BAN CHỈ ĐẠO",
            "signer_title": "Trưởng ban",
            "signer": "Vi Văn Quý",
        },
        as_tasks(TAN_HIEP_TASKS),
    )
