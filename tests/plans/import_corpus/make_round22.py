"""Writes round 22's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round22.py

Round 22 is the lead's eighth hidden hold-out of 06/12/2026, written (by a
helper who changed nothing in the importer) before any change for it and
measured untouched on main bd5f00c (tasks 96.0/70.6, deadlines 58.3/41.2,
header 94.5/85.2); its families were described in words to three helpers,
who wrote rounds 22t, 22h and fixed the joint plan's signature without
seeing these files. The PDF and the .odt are made from Word by LibreOffice,
as offices make them.
"""

import io
import shutil
import sys
from pathlib import Path

from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    no_borders,
    opening,
    para,
    ruled,
    save,
    side_by_side,
)

OUT = HERE / "round22"


# 1. A commune's Word plan whose task table distributes each target over the
# villages: a column per village under a merged "Phân bổ cho các xóm".
def xa_cao_phong() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ CAO PHONG", "Số: 318/KH-UBND"],
        "Cao Phong, ngày 01 tháng 12 năm 2026",
        "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027",
    )
    a4(doc, left=1.5, right=1.5, landscape=True)
    for text in (
        "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 20/11/2026 của Hội đồng nhân dân xã "
        "Cao Phong về nhiệm vụ phát triển kinh tế - xã hội năm 2027;",
        "Căn cứ Kế hoạch số 412/KH-UBND ngày 14/11/2026 của UBND tỉnh Phú Thọ về "
        "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
    ):
        para(doc, text, italic=True, indent=1)
    para(doc, "UBND xã Cao Phong ban hành Kế hoạch thực hiện như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Cụ thể hóa chỉ tiêu, nhiệm vụ xây dựng nông thôn mới nâng cao năm 2027 đến "
        "từng xóm; phân công rõ đơn vị chủ trì, thời gian hoàn thành.",
        indent=1,
    )
    para(doc, "II. CHỈ TIÊU, NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "Chỉ tiêu, nhiệm vụ được phân bổ cho từng xóm như sau:", indent=1)
    villages = ["Bãi Nai", "Đồng Bến", "Dồi", "Nhõi", "Tân Phong"]
    heads = [
        "TT",
        "Nội dung nhiệm vụ",
        "ĐVT",
        "Tổng số",
        "Phân bổ cho các xóm",
        *[""] * (len(villages) - 1),
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
    ]
    t = doc.add_table(rows=2, cols=len(heads))
    ruled(t)
    for i, h in enumerate(heads):
        if h:
            fill(t.cell(0, i), h.split("\n"), size=11, bold=True)
    for i, v in enumerate(villages, start=4):
        fill(t.cell(1, i), v.split("\n"), size=11, bold=True)
    t.cell(0, 4).merge(t.cell(0, 3 + len(villages)))
    for i in (0, 1, 2, 3, 9, 10, 11):
        t.cell(0, i).merge(t.cell(1, i))
    rows = [
        (
            "Cứng hóa đường trục xóm, đường ngõ xóm",
            "km",
            "4,5",
            ["1,2", "0,8", "1,0", "0,5", "1,0"],
            "Phòng Kinh tế",
            "Ban phát triển các xóm",
            "Quý III/2027",
        ),
        (
            "Trồng cây xanh, hoa trên các tuyến đường xóm",
            "km",
            "3,0",
            ["0,5", "0,5", "0,7", "0,6", "0,7"],
            "Hội Liên hiệp Phụ nữ xã",
            "Đoàn Thanh niên xã",
            "Tháng 5/2027",
        ),
        (
            "Xây dựng vườn mẫu đạt chuẩn",
            "vườn",
            "25",
            ["5", "5", "5", "5", "5"],
            "Hội Nông dân xã",
            "Phòng Kinh tế",
            "Quý IV/2027",
        ),
        (
            "Vận động hộ gia đình làm hố thu gom, xử lý rác thải hữu cơ tại hộ",
            "hộ",
            "400",
            ["90", "70", "80", "60", "100"],
            "Ủy ban MTTQ Việt Nam xã",
            "Hội Cựu chiến binh xã",
            "30/9/2027",
        ),
        (
            "Hỗ trợ sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo",
            "nhà",
            "10",
            ["2", "3", "1", "2", "2"],
            "Phòng Văn hóa - Xã hội",
            "Ủy ban MTTQ Việt Nam xã",
            "Tháng 11/2027",
        ),
        (
            "Xây dựng xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
            "xóm",
            "2",
            ["1", "-", "-", "-", "1"],
            "Ban phát triển xóm Bãi Nai, xóm Tân Phong",
            "Phòng Kinh tế",
            "30/11/2027",
        ),
    ]
    for n, (title, unit, total, shares, lead, partner, when) in enumerate(rows, 1):
        cells = t.add_row().cells
        for i, v in enumerate(
            [str(n), title, unit, total, *shares, lead, partner, when]
        ):
            fill(cells[i], v.split("\n"), size=11)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Kinh tế là cơ quan thường trực, tổng hợp kết quả thực hiện, báo "
        "cáo UBND xã trước ngày 20 hằng tháng.",
        indent=1,
    )
    para(
        doc,
        "2. Ban phát triển các xóm căn cứ chỉ tiêu được phân bổ, tuyên truyền, vận "
        "động nhân dân cùng thực hiện.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh Phú Thọ (b/c);",
            "- TT Đảng ủy, HĐND xã;",
            "- Các xóm;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Bùi Văn Thịnh"],
    )
    return save(doc)


# 2. A joint plan (kế hoạch liên tịch) of the commune's People's Committee and
# the Fatherland Front's standing board: both bodies in the header, the
# presiding one first, two signatures side by side; exported to PDF.
def lien_tich_nho_quan() -> bytes:
    doc = opening(
        [
            "UBND XÃ NHO QUAN",
            "BAN THƯỜNG TRỰC UBMTTQ VN",
            "XÃ NHO QUAN",
            "Số: 03/KHLT-UBND-MTTQ",
        ],
        "Nho Quan, ngày 04 tháng 12 năm 2026",
        "Thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
        "văn minh” năm 2027",
    )
    # The type line reads "KẾ HOẠCH LIÊN TỊCH".
    doc.paragraphs[0].runs[0].text = "KẾ HOẠCH LIÊN TỊCH"
    para(
        doc,
        "Căn cứ Chương trình phối hợp số 01/CTPH-UBND-MTTQ ngày 15/8/2025 giữa Ủy "
        "ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã Nho Quan giai "
        "đoạn 2025 - 2030;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Ủy ban nhân dân xã và Ban Thường trực Ủy ban MTTQ Việt Nam xã thống nhất "
        "ban hành Kế hoạch liên tịch như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "- Phát huy vai trò của Mặt trận và sự đồng thuận của nhân dân trong xây "
        "dựng nông thôn mới.",
        indent=1,
    )
    para(
        doc,
        "- Phân công cụ thể, bảo đảm sự phối hợp chặt chẽ giữa chính quyền và Mặt "
        "trận các cấp trên địa bàn xã.",
        indent=1,
    )
    para(doc, "II. NỘI DUNG THỰC HIỆN", bold=True)
    tasks = [
        (
            "1. Tuyên truyền, phổ biến nội dung Cuộc vận động trên hệ thống loa truyền "
            "thanh và tại các buổi sinh hoạt khu dân cư.",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
            "Phòng Văn hóa - Xã hội; Ban công tác Mặt trận các thôn.",
            "Quý I/2027.",
        ),
        (
            "2. Vận động nhân dân hiến đất, đóng góp ngày công mở rộng 2,5 km đường "
            "liên thôn Phú Lộc - Quảng Lạc.",
            "Phòng Kinh tế.",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã; Hội Nông dân xã.",
            "trước 30/6/2027.",
        ),
        (
            "3. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% khu dân cư.",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
            "Ban công tác Mặt trận các thôn.",
            "tháng 11/2027.",
        ),
        (
            "4. Giám sát việc thực hiện các công trình hạ tầng do nhân dân đóng góp.",
            "Ban Thanh tra nhân dân xã.",
            "Ban giám sát đầu tư của cộng đồng các thôn.",
            "Quý IV/2027.",
        ),
    ]
    for title, lead, partners, when in tasks:
        para(doc, title, indent=1)
        para(doc, f"- Chủ trì: {lead}", indent=1)
        para(doc, f"- Phối hợp: {partners}", indent=1)
        para(doc, f"- Thời gian: {when}", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Văn hóa - Xã hội phối hợp với cán bộ chuyên trách Ủy ban MTTQ Việt "
        "Nam xã theo dõi, tổng hợp kết quả, báo cáo định kỳ 6 tháng và cả năm.",
        indent=1,
    )
    side_by_side(
        doc,
        [
            "TM. BAN THƯỜNG TRỰC",
            "ỦY BAN MTTQ VIỆT NAM XÃ",
            "CHỦ TỊCH",
            "",
            "",
            "Đinh Thị Thu Hà",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Phạm Văn Quang",
        ],
    )
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for r in (
        "- Đảng ủy xã (b/c);",
        "- Ủy ban MTTQ Việt Nam tỉnh (b/c);",
        "- Các thôn;",
        "- Lưu: VT (UBND, MTTQ).",
    ):
        para(doc, r)
    return saved_as(save(doc), "pdf")


# 3. A workbook exported from a provincial information system: a title block
# in merged rows ("Biểu số …" at the top right, the caption, "(Kèm theo …)"),
# the header frozen with a row of column numbers "(1)" … "(7)" under it,
# group rows, deadlines with no year ("Quý IV", "Tháng 12", "Trước 30/11"),
# the export's date under the table.
def vpdp_dong_thap() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu02"
    ws["A1"] = "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG TỈNH ĐỒNG THÁP"
    ws["A2"] = "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"
    ws["F1"] = "Biểu số 02/KH-VPĐP"
    ws["A4"] = (
        "TỔNG HỢP NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI NĂM 2027"
    )
    ws["A5"] = (
        "(Kèm theo Kế hoạch số 215/KH-VPĐP ngày 28/11/2026 của Văn phòng Điều phối "
        "nông thôn mới tỉnh Đồng Tháp)"
    )
    for rng in ("A1:C1", "A2:C2", "F1:G1", "A4:G4", "A5:G5"):
        ws.merge_cells(rng)
    ws["A1"].font = Font(bold=False, size=11)
    ws["A2"].font = Font(bold=True, size=11)
    ws["A4"].font = Font(bold=True, size=13)
    ws["A5"].font = Font(italic=True, size=11)
    for c in ("A1", "A2", "A4", "A5", "F1"):
        ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    head = [
        "STT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm",
        "Ghi chú",
    ]
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(head, start=1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
        cell.border = box
        num = ws.cell(7, c, f"({c})")
        num.font = Font(italic=True)
        num.alignment = Alignment(horizontal="center")
        num.border = box
    rows = [
        ("I", "HẠ TẦNG KINH TẾ - XÃ HỘI", None, None, None, None, None),
        (
            1,
            "Hướng dẫn các xã rà soát, cập nhật quy hoạch chung xã sau sắp xếp đơn "
            "vị hành chính",
            "Sở Xây dựng",
            "UBND các xã",
            "Quý I",
            "Văn bản hướng dẫn",
            None,
        ),
        (
            2,
            "Thẩm định danh mục công trình giao thông, thủy lợi đề nghị hỗ trợ từ "
            "ngân sách tỉnh",
            "Sở Tài chính",
            "Sở Xây dựng, Sở Nông nghiệp và Môi trường",
            "Tháng 6",
            "Báo cáo thẩm định",
            None,
        ),
        ("II", "PHÁT TRIỂN SẢN XUẤT, NÂNG CAO THU NHẬP", None, None, None, None, None),
        (
            3,
            "Phát triển 40 sản phẩm OCOP đạt 3 sao trở lên",
            "Sở Nông nghiệp và Môi trường",
            "Sở Công Thương, UBND các xã",
            "Trước 30/11",
            "40 sản phẩm OCOP",
            None,
        ),
        (
            4,
            "Đào tạo nghề cho 2.500 lao động nông thôn",
            "Sở Giáo dục và Đào tạo",
            "UBND các xã",
            "Quý IV",
            "2.500 lao động được đào tạo",
            "Lồng ghép các nguồn vốn",
        ),
        ("III", "KIỂM TRA, GIÁM SÁT", None, None, None, None, None),
        (
            5,
            "Kiểm tra, đánh giá mức độ đạt chuẩn của các xã đăng ký về đích năm 2027",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Các sở, ngành thành viên Ban Chỉ đạo",
            "Tháng 12",
            "Báo cáo kết quả kiểm tra",
            None,
        ),
        (
            6,
            "Tổng hợp, báo cáo tiến độ thực hiện Chương trình hằng quý",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "UBND các xã",
            "Thường xuyên",
            "Báo cáo quý",
            None,
        ),
    ]
    for r, row in enumerate(rows, start=8):
        group = row[2] is None
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if group:
                cell.font = Font(bold=True)
    last = 8 + len(rows)
    ws.cell(
        last + 1,
        1,
        "Ngày xuất dữ liệu: 06/12/2026 09:42 - Hệ thống thông tin "
        "quản lý Chương trình nông thôn mới tỉnh Đồng Tháp",
    ).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=last + 1, start_column=1, end_row=last + 1, end_column=7)
    ws.freeze_panes = "A8"
    ws.auto_filter.ref = f"A7:G{last - 1}"
    for col, w in zip("ABCDEFG", (6, 52, 28, 32, 14, 24, 18), strict=True):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "6:7"
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# 4. A commune Party committee's plan forwarded by e-mail and pasted as text:
# the mail's forwarding lines and greeting above, the plan's header one item
# a line, its tasks as paragraphs opening "Một là,", "Hai là," …, each
# assigned in its last sentence; the sender's mail signature at the end.
DANG_UY_VAN_DU = """\
---------- Thư đã chuyển tiếp ---------
Từ: Văn phòng Đảng ủy xã Vân Du <vpdu.vandu@thanhhoa.gov.vn>
Date: Th 5, 3 thg 12, 2026 vào lúc 16:20
Subject: Kế hoạch số 27-KH/ĐU thực hiện Nghị quyết về xây dựng nông thôn mới năm 2027
To: <ubnd.vandu@thanhhoa.gov.vn>, <mttq.vandu@gmail.com>

Kính gửi các đồng chí,
Văn phòng Đảng ủy gửi Kế hoạch số 27-KH/ĐU để các cơ quan, đơn vị triển khai. Bản có chữ ký số đã gửi trên hệ thống quản lý văn bản.
Trân trọng!

ĐẢNG BỘ TỈNH THANH HÓA
ĐẢNG ỦY XÃ VÂN DU
*
Số 27-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Vân Du, ngày 02 tháng 12 năm 2026

KẾ HOẠCH
thực hiện Nghị quyết Đại hội Đảng bộ xã về xây dựng nông thôn mới năm 2027

Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Vân Du lần thứ I, nhiệm kỳ 2025 - 2030;
Căn cứ Kế hoạch số 156-KH/TU ngày 10/11/2026 của Ban Thường vụ Tỉnh ủy Thanh Hóa;
Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao vai trò lãnh đạo của cấp ủy, chi bộ trong xây dựng nông thôn mới; xác định rõ trách nhiệm của từng cơ quan, đơn vị.

II. NHIỆM VỤ, GIẢI PHÁP
Một là, tổ chức quán triệt, tuyên truyền Nghị quyết về xây dựng nông thôn mới đến 100% chi bộ và đảng viên. Ban Xây dựng Đảng chủ trì, phối hợp Ủy ban MTTQ Việt Nam xã thực hiện, hoàn thành trong quý I/2027.
Hai là, lãnh đạo xây dựng, ban hành kế hoạch thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027. Ủy ban nhân dân xã chủ trì thực hiện, hoàn thành trước ngày 31/01/2027.
Ba là, vận động nhân dân hiến đất, đóng góp ngày công làm 3 km đường giao thông nội đồng. Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp Hội Nông dân xã, Đoàn Thanh niên xã thực hiện, hoàn thành trong quý III/2027.
Bốn là, chỉ đạo chi bộ các thôn đưa nội dung xây dựng khu dân cư kiểu mẫu vào sinh hoạt chi bộ hằng tháng. Văn phòng Đảng ủy chủ trì theo dõi, đôn đốc; thực hiện thường xuyên.
Năm là, kiểm tra việc lãnh đạo thực hiện xây dựng nông thôn mới tại 04 chi bộ thôn. Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng thực hiện, hoàn thành trước ngày 30/11/2027.

III. TỔ CHỨC THỰC HIỆN
Các chi bộ, cơ quan, đơn vị báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy (qua Văn phòng Đảng ủy) trước ngày 05/12/2027.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Các đồng chí Đảng ủy viên;
- Các chi bộ trực thuộc;
- Lưu: VPĐU.
T/M ĐẢNG ỦY
BÍ THƯ
(đã ký)
Lê Đình Hưởng

--
Văn phòng Đảng ủy xã Vân Du
ĐT: 0237.3842.115
"""


# 5. A commune Farmers' Union plan (.odt, LibreOffice) whose task table packs
# several works into one row: the content cell lists them as "-" items and
# the time cell lists their times on as many "-" lines, in the same order.
def hoi_nong_dan_muong_lai() -> bytes:
    doc = opening(
        [
            "HỘI NÔNG DÂN TỈNH LÀO CAI",
            "BCH HỘI NÔNG DÂN XÃ MƯỜNG LAI",
            "*",
            "Số: 15-KH/HND",
        ],
        "Mường Lai, ngày 28 tháng 11 năm 2026",
        "Hội Nông dân xã tham gia xây dựng nông thôn mới năm 2027",
    )
    # Mass organisations write their own name on the right, not the motto.
    right = doc.tables[0].cell(0, 1)
    right.paragraphs[0].text = "HỘI NÔNG DÂN VIỆT NAM"
    p = right.paragraphs[1]._p
    p.getparent().remove(p)
    para(
        doc,
        "Căn cứ Kế hoạch số 296/KH-UBND ngày 20/11/2026 của UBND xã Mường Lai về "
        "thực hiện Chương trình xây dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(doc, "Ban Chấp hành Hội Nông dân xã xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy vai trò chủ thể của hội viên nông dân; mỗi chi hội đăng ký ít nhất "
        "một phần việc cụ thể tham gia xây dựng nông thôn mới.",
        indent=1,
    )
    para(doc, "II. NỘI DUNG HOẠT ĐỘNG", bold=True)
    t = doc.add_table(rows=1, cols=5)
    ruled(t)
    for i, h in enumerate(
        [
            "TT",
            "Nội dung hoạt động",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
        ]
    ):
        fill(t.cell(0, i), h.split("\n"), size=11, bold=True)
    rows = [
        (
            "- Vận động hội viên hiến đất, tháo dỡ tường rào mở rộng 1,8 km đường trục "
            "thôn Khe Bần\n- Vận động hội viên đóng góp 1.200 ngày công làm đường bê "
            "tông thôn Ngòi Kè",
            "Chi hội Nông dân các thôn",
            "Ban phát triển các thôn",
            "- Quý I/2027\n- Quý II/2027",
        ),
        (
            "- Xây dựng 03 mô hình trồng quế hữu cơ liên kết tiêu thụ sản phẩm\n"
            "- Thành lập 05 tổ hội nghề nghiệp chăn nuôi trâu, bò nhốt chuồng\n"
            "- Hỗ trợ Hợp tác xã Quế Mường Lai đăng ký 02 sản phẩm OCOP",
            "Ban Thường vụ Hội Nông dân xã",
            "Phòng Kinh tế",
            "- Tháng 6/2027\n- Tháng 9/2027\n- Quý IV/2027",
        ),
        (
            "Phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2027",
            "Ban Thường vụ Hội Nông dân xã",
            "Chi hội Nông dân các thôn",
            "Tháng 3/2027",
        ),
        (
            "- Vận động 100% hộ hội viên phân loại rác thải tại nguồn\n- Xây dựng 04 "
            "tuyến đường hoa do hội viên tự quản",
            "Chi hội Nông dân các thôn",
            "Hội Liên hiệp Phụ nữ xã",
            "- Tháng 8/2027\n- Tháng 11/2027",
        ),
    ]
    for n, (content, lead, partner, when) in enumerate(rows, start=1):
        cells = t.add_row().cells
        for i, v in enumerate([str(n), content, lead, partner, when]):
            fill(cells[i], v.split("\n"), size=11)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các chi hội triển khai đến hội viên, báo cáo kết quả về Ban Thường vụ Hội "
        "trước ngày 15 của tháng cuối quý.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Hội Nông dân tỉnh (b/c);",
            "- Đảng ủy, UBND xã (b/c);",
            "- Các chi hội;",
            "- Lưu: VP.",
        ],
        ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Hoàng Văn Thào"],
    )
    return saved_as(save(doc), "odt")


# 6. A department's Word plan made from an office template: the header in the
# usual borderless two-column table, then the whole body inside a one-cell
# layout table, the task table nested in that cell; the signature outside.
def so_cong_thuong_tuyen_quang() -> bytes:
    doc = opening(
        ["UBND TỈNH TUYÊN QUANG", "SỞ CÔNG THƯƠNG", "Số: 2315/KH-SCT"],
        "Tuyên Quang, ngày 30 tháng 11 năm 2026",
        "Thực hiện tiêu chí Điện và tiêu chí Cơ sở hạ tầng thương mại nông thôn "
        "trong xây dựng nông thôn mới năm 2027",
    )
    frame = doc.add_table(rows=1, cols=1)
    no_borders(frame)
    cell = frame.cell(0, 0)

    def text(line, bold=False, italic=False, first=False):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(13)
        if not bold:
            p.paragraph_format.first_line_indent = Cm(1)

    text(
        "Căn cứ Kế hoạch số 188/KH-UBND ngày 10/11/2026 của UBND tỉnh Tuyên Quang về "
        "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        italic=True,
        first=True,
    )
    text("Sở Công Thương ban hành Kế hoạch thực hiện như sau:")
    text("I. MỤC TIÊU", bold=True)
    text(
        "Phấn đấu đến cuối năm 2027 có 95% số xã đạt tiêu chí Điện và 90% số xã đạt "
        "tiêu chí Cơ sở hạ tầng thương mại nông thôn."
    )
    text("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    inner = cell.add_table(rows=1, cols=5)
    ruled(inner)
    for i, h in enumerate(
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    ):
        fill(inner.cell(0, i), h.split("\n"), size=12, bold=True)
    rows = [
        (
            "Rà soát, đánh giá hiện trạng tiêu chí Điện tại các xã chưa đạt chuẩn",
            "Phòng Quản lý năng lượng",
            "Công ty Điện lực Tuyên Quang; UBND các xã",
            "Quý I/2027",
        ),
        (
            "Cải tạo, nâng cấp lưới điện hạ thế cho 18 thôn vùng cao chưa bảo đảm an "
            "toàn",
            "Công ty Điện lực Tuyên Quang",
            "Phòng Quản lý năng lượng; UBND các xã",
            "30/10/2027",
        ),
        (
            "Hướng dẫn các xã xây dựng, cải tạo chợ nông thôn theo quy hoạch",
            "Phòng Quản lý thương mại",
            "UBND các xã",
            "Tháng 4/2027",
        ),
        (
            "Hỗ trợ 12 hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử",
            "Trung tâm Khuyến công và Xúc tiến thương mại",
            "Sở Nông nghiệp và Môi trường; Liên minh Hợp tác xã tỉnh",
            "Quý III/2027",
        ),
        (
            "Tổng hợp, đánh giá kết quả thực hiện các tiêu chí do Sở phụ trách",
            "Văn phòng Sở",
            "Các phòng chuyên môn thuộc Sở",
            "15/12/2027",
        ),
    ]
    for n, row in enumerate(rows, start=1):
        cells = inner.add_row().cells
        for i, v in enumerate([str(n), *row]):
            fill(cells[i], v.split("\n"), size=12)
    # Word keeps a paragraph after a nested table in its cell.
    text("III. TỔ CHỨC THỰC HIỆN", bold=True)
    text(
        "Các phòng, đơn vị được giao nhiệm vụ chủ động triển khai, báo cáo kết quả "
        "về Sở (qua Văn phòng Sở) trước ngày 20 của tháng cuối quý."
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Văn phòng Điều phối NTM tỉnh;",
            "- Ban Giám đốc Sở;",
            "- Lưu: VT, QLNL.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Ma Văn Tuấn"],
    )
    return save(doc)


if __name__ == "__main__":
    if not shutil.which("soffice"):
        sys.exit("LibreOffice (soffice) is needed for the PDF and the .odt.")
    (OUT / "r22-xa-cao-phong-phan-bo-xom.docx").write_bytes(xa_cao_phong())
    (OUT / "r22-lien-tich-xa-nho-quan.pdf").write_bytes(lien_tich_nho_quan())
    (OUT / "r22-vpdp-dong-thap-bieu-xuat.xlsx").write_bytes(vpdp_dong_thap())
    (OUT / "r22-dang-uy-van-du-thu-chuyen-tiep.txt").write_text(DANG_UY_VAN_DU, "utf-8")
    (OUT / "r22-hoi-nong-dan-muong-lai-dong-thoi-gian.odt").write_bytes(
        hoi_nong_dan_muong_lai()
    )
    (OUT / "r22-so-cong-thuong-tuyen-quang-khung-bang.docx").write_bytes(
        so_cong_thuong_tuyen_quang()
    )
