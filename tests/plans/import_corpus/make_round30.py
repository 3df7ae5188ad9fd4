"""Writes round 30's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round30.py

Round 30 is the lead's sixth BLIND hold-out (07/12/2026): ten plans of
2026 from every region (a Mekong commune's 23-task table, a Central
Highlands Party committee's prose, a Thái women's union .doc, a ward in Hồ
Chí Minh City, a Gia Lai department's PDF, a Cà Mau steering committee's
landscape PDF, a Tây Ninh youth union's workbook, a Ba Na village's plan
pasted from Zalo, a H'Mông Front's appendix, a M'Nông commune's draft) by
a helper who read neither the importer, its corpus, its docs nor the
seeds. Measured untouched by its writer on main 7bb6797: tasks 92.9/89.3,
leads 81.2/88.3, coordinating 89.4/84.7, officials 88.0/50.0, deadlines
79.1/88.3, starts 90.9/74.1, header 98.4/98.4. No expected result was
changed after measuring. Its families went, in words, to rounds 30l, 30o
and 30p.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    para,
    repeat_header,
    save,
    side_by_side,
)

OUT = HERE / "round30"


def hdr(
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


def T(title, lead=None, coord=(), deadline=None, start=None, official=None):
    return {
        "title": title,
        "lead": lead,
        "coordinating": list(coord),
        "deadline": deadline,
        "start": start,
        "official": official,
    }


def plain_table(doc, head, rows, widths, size=12):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        fill(t.rows[0].cells[i], h, size=size, bold=True, center=True)
    repeat_header(t.rows[0])
    for row in rows:
        if isinstance(row, str):  # a group row over the whole width
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            fill(merged, row, size=size, bold=True)
            continue
        cells = t.add_row().cells
        for i, v in enumerate(row):
            fill(cells[i], v, size=size, center=(i == 0))
    fixed_widths(t, widths)
    return t


# ---------------------------------------------------------------------------
# 1. UBND xã Hòa An (TP Cần Thơ, ex-Hậu Giang): 23 tasks in a ruled table
#    grouped by the ten 2026-2030 criteria.
def plan1():
    place = "Hòa An"
    title = (
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "trên địa bàn xã Hòa An năm 2026"
    )
    groups = [
        (
            "I. TIÊU CHÍ SỐ 1 - QUY HOẠCH",
            [
                (
                    "Rà soát, điều chỉnh quy hoạch chung xã Hòa An đến năm 2035 sau sắp xếp đơn vị hành chính",
                    "Công chức Địa chính - Xây dựng",
                    ["Văn phòng HĐND và UBND xã", "Ban Nhân dân các ấp"],
                    "Quý III/2026",
                    "2026-09-30",
                    None,
                ),
                (
                    "Cắm mốc chỉ giới quy hoạch các tuyến đường trục xã, đường liên ấp",
                    "Phòng Kinh tế",
                    ["Ban Nhân dân các ấp"],
                    "30/10/2026",
                    "2026-10-30",
                    None,
                ),
            ],
        ),
        (
            "II. TIÊU CHÍ SỐ 2 - HẠ TẦNG KINH TẾ - XÃ HỘI",
            [
                (
                    "Nâng cấp, láng nhựa tuyến lộ ấp Tân Phú - ấp Hòa Thuận (dài 2,4 km)",
                    "Ban Quản lý dự án đầu tư xây dựng khu vực",
                    ["Phòng Kinh tế", "Ban Nhân dân các ấp Tân Phú, Hòa Thuận"],
                    "15/4 - 30/9/2026",
                    "2026-09-30",
                    "2026-04-15",
                ),
                (
                    "Xây dựng 03 cây cầu bê tông thay cầu khỉ, cầu gỗ trên kênh Xáng Mới",
                    "Phòng Kinh tế",
                    ["Ban Nhân dân các ấp", "Ủy ban MTTQ Việt Nam xã"],
                    "Tháng 12/2026",
                    "2026-12-31",
                    None,
                ),
                (
                    "Nạo vét kênh nội đồng phục vụ tưới tiêu vụ Hè Thu",
                    "Phòng Kinh tế",
                    ["HTX Nông nghiệp Hòa An", "Ban Nhân dân các ấp"],
                    "Trước 30/4/2026",
                    "2026-04-30",
                    None,
                ),
                (
                    "Gia cố đê bao chống ngập ấp Hòa Lợi mùa nước nổi",
                    "Ban Chỉ huy Quân sự xã",
                    ["Phòng Kinh tế", "Ban Nhân dân ấp Hòa Lợi"],
                    "Tháng 8/2026",
                    "2026-08-31",
                    None,
                ),
                (
                    "Cải tạo lưới điện hạ thế, kéo điện an toàn cho các hộ còn câu nhờ ở ấp Tân Phú",
                    "Điện lực Phụng Hiệp",
                    ["Phòng Kinh tế"],
                    "Quý II/2026",
                    "2026-06-30",
                    None,
                ),
                (
                    "Sửa chữa 12 phòng học và khu vệ sinh Trường Tiểu học Hòa An 2",
                    "Trường Tiểu học Hòa An 2",
                    ["Phòng Văn hóa - Xã hội"],
                    "31/8/2026",
                    "2026-08-31",
                    None,
                ),
            ],
        ),
        (
            "III. TIÊU CHÍ SỐ 3 - PHÁT TRIỂN KINH TẾ NÔNG THÔN",
            [
                (
                    "Xây dựng vùng trồng khóm an toàn 50 ha gắn với liên kết tiêu thụ",
                    "HTX Nông nghiệp Hòa An",
                    ["Phòng Kinh tế", "Công ty TNHH Nông sản Tân Lập"],
                    "Năm 2026",
                    "2026-12-31",
                    None,
                ),
                (
                    "Hỗ trợ hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP 3 sao cho khô cá lóc Hòa Lợi",
                    "Phòng Kinh tế",
                    ["Hội Liên hiệp Phụ nữ xã", "Tổ hợp tác khô cá Hòa Lợi"],
                    "30/9/2026",
                    "2026-09-30",
                    None,
                ),
                (
                    "Chuyển đổi 30 ha đất lúa kém hiệu quả sang trồng mít, sầu riêng",
                    "Hội Nông dân xã",
                    ["Phòng Kinh tế", "Ban Nhân dân các ấp"],
                    "Quý IV/2026",
                    "2026-12-31",
                    None,
                ),
            ],
        ),
        (
            "IV. TIÊU CHÍ SỐ 4 - ĐÀO TẠO NGUỒN NHÂN LỰC NÔNG THÔN",
            [
                (
                    "Mở 04 lớp đào tạo nghề ngắn hạn cho lao động nông thôn (trồng nấm rơm, sửa chữa máy nông nghiệp)",
                    "Phòng Văn hóa - Xã hội",
                    ["Hội Nông dân xã", "Đoàn Thanh niên xã"],
                    "Tháng 6 - tháng 11/2026",
                    "2026-11-30",
                    "2026-06-01",
                ),
            ],
        ),
        (
            "V. TIÊU CHÍ SỐ 5 - VĂN HÓA, GIÁO DỤC, Y TẾ",
            [
                (
                    "Vận động người dân tham gia bảo hiểm y tế, nâng tỷ lệ bao phủ lên 95%",
                    "Trạm Y tế xã",
                    ["Bảo hiểm xã hội cơ sở", "Ban Nhân dân các ấp"],
                    "Thường xuyên",
                    "2026-12-31",
                    None,
                ),
                (
                    "Tổ chức Ngày hội văn hóa - thể thao các dân tộc xã Hòa An",
                    "Phòng Văn hóa - Xã hội",
                    ["Đoàn Thanh niên xã", "các trường học trên địa bàn"],
                    "02/9/2026",
                    "2026-09-02",
                    None,
                ),
            ],
        ),
        (
            "VI. TIÊU CHÍ SỐ 6 - GIẢM NGHÈO VÀ AN SINH XÃ HỘI",
            [
                (
                    "Xây dựng 08 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn",
                    "Ủy ban MTTQ Việt Nam xã",
                    ["Phòng Văn hóa - Xã hội", "Ngân hàng Chính sách xã hội"],
                    "Trước 31/10/2026",
                    "2026-10-31",
                    None,
                ),
                (
                    "Giải ngân vốn vay giải quyết việc làm cho hộ cận nghèo, hộ mới thoát nghèo",
                    "Phòng giao dịch Ngân hàng CSXH",
                    [
                        "Hội Liên hiệp Phụ nữ xã",
                        "Hội Nông dân xã",
                        "Hội Cựu chiến binh xã",
                        "Đoàn Thanh niên xã",
                    ],
                    "Năm 2026",
                    "2026-12-31",
                    None,
                ),
            ],
        ),
        (
            "VII. TIÊU CHÍ SỐ 7 - KHOA HỌC CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ",
            [
                (
                    "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và thanh toán không dùng tiền mặt",
                    "Công an xã",
                    ["Tổ công nghệ số cộng đồng các ấp"],
                    "Thường xuyên",
                    "2026-12-31",
                    None,
                ),
                (
                    "Đưa 100% sản phẩm OCOP của xã lên sàn thương mại điện tử",
                    "Phòng Kinh tế",
                    ["Bưu điện xã", "HTX Nông nghiệp Hòa An"],
                    "30/11/2026",
                    "2026-11-30",
                    None,
                ),
            ],
        ),
        (
            "VIII. TIÊU CHÍ SỐ 8 - MÔI TRƯỜNG VÀ CẢNH QUAN NÔNG THÔN",
            [
                (
                    "Trồng 5 km hàng rào xanh, tuyến đường hoa kiểu mẫu dọc lộ Xáng Mới",
                    "Hội Liên hiệp Phụ nữ xã",
                    ["Đoàn Thanh niên xã", "Ban Nhân dân các ấp"],
                    "01/3 - 30/6/2026",
                    "2026-06-30",
                    "2026-03-01",
                ),
                (
                    "Thu gom, xử lý bao bì thuốc bảo vệ thực vật sau sử dụng trên đồng ruộng",
                    "Hội Nông dân xã",
                    ["Phòng Kinh tế", "HTX Nông nghiệp Hòa An"],
                    "Hằng năm",
                    "2026-12-31",
                    None,
                ),
            ],
        ),
        (
            "IX. TIÊU CHÍ SỐ 9 - HỆ THỐNG CHÍNH TRỊ VÀ HÀNH CHÍNH CÔNG",
            [
                (
                    "Nâng tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình",
                    "Trung tâm Phục vụ hành chính công xã",
                    ["Văn phòng HĐND và UBND xã"],
                    "Thường xuyên",
                    "2026-12-31",
                    None,
                ),
            ],
        ),
        (
            "X. TIÊU CHÍ SỐ 10 - TIẾP CẬN PHÁP LUẬT, AN NINH, QUỐC PHÒNG",
            [
                (
                    "Xây dựng mô hình “Ấp an toàn về an ninh, trật tự” tại ấp Hòa Thuận",
                    "Công an xã",
                    ["Ban Chỉ huy Quân sự xã", "Ban Nhân dân ấp Hòa Thuận"],
                    "15/12/2026",
                    "2026-12-15",
                    None,
                ),
                (
                    "Tổ chức tuyển chọn, gọi công dân nhập ngũ năm 2027",
                    "Ban Chỉ huy Quân sự xã",
                    ["Công an xã", "Trạm Y tế xã"],
                    "Tháng 01/2027",
                    "2027-01-31",
                    None,
                ),
            ],
        ),
    ]
    doc = Document()
    a4(doc)
    side_by_side(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "", "Số: 47/KH-UBND"],
        [*MOTTO, "", "Hòa An, ngày 09 tháng 3 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for line in [
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030;",
        "Căn cứ Kế hoạch số 85/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Cần Thơ về thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2026;",
        "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 15/01/2026 của Hội đồng nhân dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026;",
        "Ủy ban nhân dân xã Hòa An xây dựng Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 như sau:",
    ]:
        para(doc, line, italic=line.startswith("Căn cứ"), indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "1. Mục đích", bold=True)
    para(
        doc,
        "Duy trì, nâng chất các tiêu chí đã đạt sau sắp xếp đơn vị hành chính; phấn đấu đến cuối năm 2026 xã Hòa An đạt 7/10 tiêu chí theo Bộ tiêu chí giai đoạn 2026 - 2030 (nhóm 2).",
        indent=1,
    )
    para(doc, "2. Yêu cầu", bold=True)
    para(
        doc,
        "Các phòng, ban, ngành, đoàn thể và Ban Nhân dân các ấp xác định rõ trách nhiệm, nội dung công việc, thời gian hoàn thành; huy động sự tham gia của người dân, doanh nghiệp.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "(Chi tiết theo bảng phân công dưới đây)", italic=True, center=True)
    rows = []
    n = 0
    tasks = []
    for g, items in groups:
        rows.append(g)
        for title_, lead, coord, dl_text, dl, start in items:
            n += 1
            note = "Vốn NTM" if n % 4 == 0 else ("Vốn lồng ghép" if n % 5 == 0 else "")
            rows.append([str(n), title_, lead, ", ".join(coord), dl_text, note])
            tasks.append(T(title_, lead, coord, dl, start))
    plain_table(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        rows,
        [1.0, 5.6, 2.8, 3.2, 2.4, 1.6],
        size=11,
    )
    para(doc, "III. KINH PHÍ THỰC HIỆN", bold=True)
    para(
        doc,
        "Từ nguồn vốn Chương trình MTQG, ngân sách xã, vốn lồng ghép và huy động xã hội hóa.",
        indent=1,
    )
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp tiến độ, báo cáo UBND xã định kỳ hằng tháng (trước ngày 25).",
        indent=1,
    )
    para(
        doc,
        "2. Các cơ quan, đơn vị được phân công chủ trì chủ động triển khai nội dung được giao, báo cáo kết quả về Phòng Kinh tế trước ngày 05/12/2026.",
        indent=1,
    )
    para(
        doc,
        "3. Ban Nhân dân các ấp tuyên truyền, vận động người dân tham gia; kịp thời phản ánh khó khăn, vướng mắc về UBND xã.",
        indent=1,
    )
    para(
        doc,
        "Trên đây là Kế hoạch thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2026 của UBND xã Hòa An./.",
        indent=1,
    )
    recips = [
        "- UBND thành phố Cần Thơ (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT. Đảng ủy, TT. HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các phòng, ban, đoàn thể xã;",
        "- BND các ấp;",
        "- Lưu: VT, PKT.",
    ]
    closing_beside(
        doc,
        recips,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Lâm Thị Cẩm Tú",
        ],
    )
    header = hdr(
        "47",
        "KH-UBND",
        place,
        "2026-03-09",
        title,
        "ỦY BAN NHÂN DÂN XÃ HÒA AN",
        "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lâm Thị Cẩm Tú",
        ["51/2025/QĐ-TTg", "85/KH-UBND", "03/NQ-HĐND"],
        len(recips),
    )
    expected.write(
        OUT,
        "01_hoa_an_cantho.docx",
        save(doc),
        "Commune UBND (Mekong, ấp), 23 tasks in one ruled table grouped by the ten 2026-2030 criteria;\n"
        "columns TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú.",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 2. Đảng ủy xã Ea Tul (Đắk Lắk): tasks only as prose paragraphs.
def plan2():
    title = (
        "Lãnh đạo xây dựng nông thôn mới năm 2026 gắn với phát triển kinh tế - xã hội "
        "vùng đồng bào dân tộc thiểu số trên địa bàn xã"
    )
    doc = Document()
    a4(doc)
    side_by_side(
        doc,
        ["ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY XÃ EA TUL", "*", "Số 12-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Ea Tul, ngày 20 tháng 4 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(doc, "-----", center=True)
    for line in [
        "- Căn cứ Nghị quyết số 05-NQ/ĐU ngày 10/3/2026 của Ban Chấp hành Đảng bộ xã về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2026 - 2030;",
        "- Thực hiện Kế hoạch số 45-KH/TU ngày 02/02/2026 của Ban Thường vụ Tỉnh ủy Đắk Lắk về lãnh đạo thực hiện Chương trình mục tiêu quốc gia năm 2026;",
        "- Thực hiện Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030,",
        "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch lãnh đạo thực hiện như sau:",
    ]:
        para(doc, line, indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao vai trò lãnh đạo của cấp ủy, chi bộ trong xây dựng nông thôn mới ở 21 buôn, thôn; phấn đấu năm 2026 xã đạt thêm 02 tiêu chí, giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số từ 3% trở lên.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", bold=True)
    paras = [
        (
            "1. Đẩy mạnh tuyên truyền, vận động đồng bào các buôn tham gia xây dựng nông thôn mới bằng tiếng Ê Đê, phát huy vai trò của già làng, người có uy tín trong cộng đồng. Giao Ban Thường trực Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể chính trị - xã hội và Ban tự quản các buôn thực hiện thường xuyên.",
            T(
                "Đẩy mạnh tuyên truyền, vận động đồng bào các buôn tham gia xây dựng nông thôn mới bằng tiếng Ê Đê, phát huy vai trò của già làng, người có uy tín trong cộng đồng",
                "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
                ["các đoàn thể chính trị - xã hội", "Ban tự quản các buôn"],
                "2026-12-31",
            ),
        ),
        (
            "2. Lãnh đạo hoàn thành xóa nhà tạm, nhà dột nát cho 46 hộ đồng bào dân tộc thiểu số nghèo ở buôn Ea Kmar, buôn Jù và buôn Sah. Giao Ủy ban nhân dân xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã và Hội Cựu chiến binh xã triển khai, hoàn thành trước ngày 30/8/2026; đồng chí Y Bhin Niê, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trực tiếp chỉ đạo.",
            T(
                "Lãnh đạo hoàn thành xóa nhà tạm, nhà dột nát cho 46 hộ đồng bào dân tộc thiểu số nghèo ở buôn Ea Kmar, buôn Jù và buôn Sah",
                "Ủy ban nhân dân xã",
                ["Ủy ban MTTQ Việt Nam xã", "Hội Cựu chiến binh xã"],
                "2026-08-30",
                official="Y Bhin Niê",
            ),
        ),
        (
            "3. Phát triển cà phê tái canh, cà phê đặc sản gắn với chứng nhận 4C; hình thành ít nhất 01 hợp tác xã nông nghiệp kiểu mới ở buôn Ea Kmar. Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã và Công ty TNHH MTV Cà phê Ea Tul thực hiện trong năm 2026.",
            T(
                "Phát triển cà phê tái canh, cà phê đặc sản gắn với chứng nhận 4C; hình thành ít nhất 01 hợp tác xã nông nghiệp kiểu mới ở buôn Ea Kmar",
                "Phòng Kinh tế",
                ["Hội Nông dân xã", "Công ty TNHH MTV Cà phê Ea Tul"],
                "2026-12-31",
            ),
        ),
        (
            "4. Giữ vững an ninh chính trị, trật tự an toàn xã hội vùng đồng bào dân tộc thiểu số, không để hình thành điểm nóng; kịp thời đấu tranh với các hoạt động truyền đạo trái pháp luật. Đảng ủy giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã và đội ngũ người có uy tín ở các buôn thực hiện thường xuyên.",
            T(
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội vùng đồng bào dân tộc thiểu số, không để hình thành điểm nóng; kịp thời đấu tranh với các hoạt động truyền đạo trái pháp luật",
                "Công an xã",
                ["Ban Chỉ huy Quân sự xã", "đội ngũ người có uy tín ở các buôn"],
                "2026-12-31",
            ),
        ),
        (
            "5. Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi, vận động học sinh người Ê Đê bỏ học trở lại lớp. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với các trường học và Đoàn Thanh niên xã thực hiện, hoàn thành trước ngày khai giảng năm học mới 05/9/2026.",
            T(
                "Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi, vận động học sinh người Ê Đê bỏ học trở lại lớp",
                "Phòng Văn hóa - Xã hội",
                ["các trường học", "Đoàn Thanh niên xã"],
                "2026-09-05",
            ),
        ),
        (
            "6. Xây dựng buôn Ea Kmar đạt chuẩn khu dân cư kiểu mẫu, giữ gìn nhà dài truyền thống và không gian văn hóa cồng chiêng. Ban tự quản buôn Ea Kmar chủ trì thực hiện dưới sự lãnh đạo của Chi bộ buôn, phối hợp với Phòng Văn hóa - Xã hội; thời gian từ tháng 5 đến tháng 11 năm 2026.",
            T(
                "Xây dựng buôn Ea Kmar đạt chuẩn khu dân cư kiểu mẫu, giữ gìn nhà dài truyền thống và không gian văn hóa cồng chiêng",
                "Ban tự quản buôn Ea Kmar",
                ["Phòng Văn hóa - Xã hội"],
                "2026-11-30",
                "2026-05-01",
            ),
        ),
        (
            "7. Kiện toàn Tổ công nghệ số cộng đồng ở 100% buôn, thôn; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt. Đoàn Thanh niên xã chủ trì, phối hợp với Công an xã và Bưu điện văn hóa xã, hoàn thành trong quý III/2026.",
            T(
                "Kiện toàn Tổ công nghệ số cộng đồng ở 100% buôn, thôn; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt",
                "Đoàn Thanh niên xã",
                ["Công an xã", "Bưu điện văn hóa xã"],
                "2026-09-30",
            ),
        ),
    ]
    for text, _ in paras:
        para(doc, text, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Các chi bộ trực thuộc tổ chức quán triệt Kế hoạch này đến cán bộ, đảng viên; cụ thể hóa vào nghị quyết chi bộ hằng tháng.",
        indent=1,
    )
    para(
        doc,
        "2. Ủy ban Kiểm tra Đảng ủy xã theo dõi, kiểm tra, giám sát việc thực hiện.",
        indent=1,
    )
    para(
        doc,
        "3. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy định kỳ 6 tháng, năm.",
        indent=1,
    )
    recips = [
        "- Ban Thường vụ Tỉnh ủy (b/c),",
        "- Ban Xây dựng Đảng Tỉnh ủy (b/c),",
        "- Các đồng chí Đảng ủy viên,",
        "- Các chi bộ trực thuộc,",
        "- Lưu Văn phòng Đảng ủy.",
    ]
    closing_beside(
        doc, recips, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", "Y Thông Ayun"]
    )
    header = hdr(
        "12",
        "KH/ĐU",
        "Ea Tul",
        "2026-04-20",
        title,
        "ĐẢNG ỦY XÃ EA TUL",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Y Thông Ayun",
        ["05-NQ/ĐU", "45-KH/TU", "51/2025/QĐ-TTg"],
        len(recips),
    )
    expected.write(
        OUT,
        "02_dang_uy_ea_tul.docx",
        save(doc),
        "Commune Party committee (Central Highlands, buôn), 'Số 12-KH/ĐU', Party header; seven tasks only as\n"
        "numbered prose paragraphs, the who/when in a second sentence; organisation part is monitoring only.",
        header,
        [t for _, t in paras],
    )


# ---------------------------------------------------------------------------
# 3. BCH Hội LHPN xã Mường Bú (Sơn La), .doc: dash bullets, who/when in brackets.
def plan3():
    title = (
        "Triển khai Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” góp phần "
        "xây dựng nông thôn mới trên địa bàn xã năm 2026"
    )
    doc = Document()
    a4(doc)
    side_by_side(
        doc,
        [
            "HỘI LHPN TỈNH SƠN LA",
            "BAN CHẤP HÀNH",
            "HỘI LHPN XÃ MƯỜNG BÚ",
            "",
            "Số: 08/KH-HPN",
        ],
        [*MOTTO, "", "Mường Bú, ngày 05 tháng 3 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for line in [
        "Căn cứ Kế hoạch số 15/KH-HPN ngày 20/01/2026 của Ban Thường vụ Hội LHPN tỉnh Sơn La về thực hiện Cuộc vận động năm 2026;",
        "Căn cứ Kế hoạch số 22/KH-UBND ngày 12/02/2026 của UBND xã Mường Bú về xây dựng nông thôn mới năm 2026;",
        "Ban Chấp hành Hội LHPN xã xây dựng kế hoạch triển khai như sau:",
    ]:
        para(doc, line, indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "- Nâng cao nhận thức của hội viên, phụ nữ các dân tộc Thái, Mông, Kháng về xây dựng gia đình no ấm, tiến bộ, hạnh phúc.",
        indent=1,
    )
    para(doc, "- Phấn đấu 85% hộ hội viên đạt tiêu chí “5 không, 3 sạch”.", indent=1)
    para(doc, "II. NỘI DUNG HOẠT ĐỘNG", bold=True)
    items = [
        (
            "1. Công tác tuyên truyền",
            [
                (
                    "Tuyên truyền Cuộc vận động trong các buổi sinh hoạt chi hội bằng tiếng Thái, tiếng Mông",
                    "(Chủ trì: Thường trực Hội LHPN xã; phối hợp: Chi hội phụ nữ các bản; thời gian: thường xuyên)",
                    T(
                        "",
                        "Thường trực Hội LHPN xã",
                        ["Chi hội phụ nữ các bản"],
                        "2026-12-31",
                    ),
                ),
                (
                    "Xây dựng 02 tiểu phẩm về gia đình không bạo lực, không tảo hôn để biểu diễn tại Ngày hội văn hóa các dân tộc xã",
                    "(Chủ trì: Chi hội phụ nữ bản Phiêng Cại; phối hợp: Đoàn Thanh niên xã; thời gian: tháng 8/2026)",
                    T(
                        "",
                        "Chi hội phụ nữ bản Phiêng Cại",
                        ["Đoàn Thanh niên xã"],
                        "2026-08-31",
                    ),
                ),
            ],
        ),
        (
            "2. Thực hiện tiêu chí “5 không, 3 sạch”",
            [
                (
                    "Vận động 100% hội viên ký cam kết thực hiện “3 sạch” (sạch nhà, sạch bếp, sạch ngõ)",
                    "(Chi hội trưởng các bản thực hiện; xong trước 30/6/2026)",
                    T("", "Chi hội trưởng các bản", [], "2026-06-30"),
                ),
                (
                    "Hỗ trợ xây dựng 35 nhà tiêu hợp vệ sinh cho hộ hội viên nghèo ở bản Huổi Văn, bản Nà Tấu",
                    "(Chủ trì: Thường trực Hội LHPN xã; phối hợp: Trạm Y tế xã, Ngân hàng CSXH; thời gian: quý III/2026; đ/c Lò Thị Xuân - Phó Chủ tịch Hội phụ trách)",
                    T(
                        "",
                        "Thường trực Hội LHPN xã",
                        ["Trạm Y tế xã", "Ngân hàng CSXH"],
                        "2026-09-30",
                        official="Lò Thị Xuân",
                    ),
                ),
                (
                    "Ra mắt mô hình “Bếp sạch - vườn rau an toàn” tại bản Co Muông",
                    "(Chủ trì: Chi hội phụ nữ bản Co Muông; phối hợp: HTX rau an toàn Mường Bú; thời gian: 15/5/2026)",
                    T(
                        "",
                        "Chi hội phụ nữ bản Co Muông",
                        ["HTX rau an toàn Mường Bú"],
                        "2026-05-15",
                    ),
                ),
            ],
        ),
        (
            "3. Hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo",
            [
                (
                    "Phối hợp mở 02 lớp dạy nghề dệt thổ cẩm, thêu truyền thống dân tộc Thái cho 60 hội viên",
                    "(Chủ trì: Thường trực Hội LHPN xã; phối hợp: Phòng Văn hóa - Xã hội; thời gian: tháng 7 - tháng 9/2026)",
                    T(
                        "",
                        "Thường trực Hội LHPN xã",
                        ["Phòng Văn hóa - Xã hội"],
                        "2026-09-30",
                        "2026-07-01",
                    ),
                ),
                (
                    "Hướng dẫn hội viên đăng ký sản phẩm măng khô, chè shan tuyết tham gia Chương trình OCOP",
                    "(Chủ trì: Thường trực Hội LHPN xã; phối hợp: Phòng Kinh tế; thời gian: trước ngày 30/10/2026; đ/c Lường Thị Sinh - Ủy viên BTV phụ trách)",
                    T(
                        "",
                        "Thường trực Hội LHPN xã",
                        ["Phòng Kinh tế"],
                        "2026-10-30",
                        official="Lường Thị Sinh",
                    ),
                ),
                (
                    "Giới thiệu hội viên vay vốn ưu đãi qua các Tổ tiết kiệm và vay vốn do Hội quản lý",
                    "(Chủ trì: các Tổ TK&VV; phối hợp: Ngân hàng CSXH; thời gian: thường xuyên)",
                    T("", "các Tổ TK&VV", ["Ngân hàng CSXH"], "2026-12-31"),
                ),
            ],
        ),
        (
            "4. Phòng, chống tảo hôn và hôn nhân cận huyết thống (Dự án 8, Chương trình MTQG vùng đồng bào DTTS)",
            [
                (
                    "Tổ chức 04 buổi đối thoại chính sách về bình đẳng giới với phụ nữ dân tộc thiểu số tại các bản vùng cao",
                    "(Chủ trì: Thường trực Hội LHPN xã; phối hợp: Công an xã, Trưởng bản các bản; thời gian: mỗi quý 01 buổi trong năm 2026)",
                    T(
                        "",
                        "Thường trực Hội LHPN xã",
                        ["Công an xã", "Trưởng bản các bản"],
                        "2026-12-31",
                    ),
                ),
            ],
        ),
    ]
    tasks = []
    for head, bullets in items:
        para(doc, head, bold=True, indent=1)
        for text, who, t in bullets:
            para(doc, f"- {text} {who}.", indent=1)
            t["title"] = text
            tasks.append(t)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "- Ban Thường vụ Hội LHPN xã phân công ủy viên phụ trách địa bàn, theo dõi, đôn đốc các chi hội.",
        indent=1,
    )
    para(
        doc,
        "- Các chi hội báo cáo kết quả về Hội LHPN xã trước ngày 05/12/2026 để tổng hợp báo cáo Hội LHPN tỉnh.",
        indent=1,
    )
    recips = [
        "- Hội LHPN tỉnh (b/c);",
        "- Đảng ủy, UBND xã (b/c);",
        "- Chi hội phụ nữ các bản;",
        "- Lưu: VP Hội.",
    ]
    closing_under(
        doc, recips, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Cầm Thị Hương"]
    )
    header = hdr(
        "08",
        "KH-HPN",
        "Mường Bú",
        "2026-03-05",
        title,
        "BAN CHẤP HÀNH HỘI LHPN XÃ MƯỜNG BÚ",
        "TM. BAN CHẤP HÀNH",
        "CHỦ TỊCH",
        "Cầm Thị Hương",
        ["15/KH-HPN", "22/KH-UBND"],
        len(recips),
    )
    expected.write(
        OUT,
        "03_hpn_muong_bu.doc",
        saved_as(save(doc), "doc"),
        "Women's union of a mountain commune (Sơn La, bản), .doc: dash bullets under numbered headings,\n"
        "who/when in a trailing bracket '(Chủ trì: …; phối hợp: …; thời gian: …)'; issuer on two sub-body lines.",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 4. UBND phường Tân Đông Hiệp (TP HCM), .odt: duties per body under
#    "Tổ chức thực hiện", mixed with monitoring-only duties.
def plan4():
    title = (
        "Thực hiện phân loại chất thải rắn sinh hoạt tại nguồn và xây dựng khu phố "
        "xanh - sạch - đẹp trên địa bàn phường Tân Đông Hiệp năm 2026"
    )
    doc = Document()
    a4(doc)
    side_by_side(
        doc,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN ĐÔNG HIỆP", "", "Số: 86/KH-UBND"],
        [*MOTTO, "", "Tân Đông Hiệp, ngày 14 tháng 5 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for line in [
        "Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;",
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 24/3/2026 của Ủy ban nhân dân Thành phố Hồ Chí Minh về triển khai phân loại chất thải rắn sinh hoạt tại nguồn;",
        "Ủy ban nhân dân phường Tân Đông Hiệp ban hành Kế hoạch thực hiện như sau:",
    ]:
        para(doc, line, italic=True, indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Đến cuối năm 2026, 100% hộ gia đình, cơ sở kinh doanh trên địa bàn 14 khu phố thực hiện phân loại chất thải rắn sinh hoạt; không còn điểm tập kết rác tự phát.",
        indent=1,
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    bodies = [
        (
            "1. Phòng Kinh tế, Hạ tầng và Đô thị phường",
            "Phòng Kinh tế, Hạ tầng và Đô thị phường",
            [
                (
                    "Tham mưu UBND phường bố trí 30 bộ thùng rác phân loại tại các tuyến đường chính, chợ Tân Đông Hiệp",
                    "; thời gian: Quý III/2026.",
                    [],
                    "2026-09-30",
                    None,
                ),
                (
                    "Điều chỉnh lịch, tuyến thu gom rác theo từng nhóm chất thải",
                    " (phối hợp Công ty Cổ phần Nước - Môi trường Bình Dương), hoàn thành trong tháng 7/2026.",
                    ["Công ty Cổ phần Nước - Môi trường Bình Dương"],
                    "2026-07-31",
                    None,
                ),
                (
                    "Theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND phường hằng tháng.",
                    None,
                    None,
                    None,
                    None,
                ),
            ],
        ),
        (
            "2. Phòng Văn hóa - Xã hội phường",
            "Phòng Văn hóa - Xã hội phường",
            [
                (
                    "Xây dựng phóng sự, tin bài tuyên truyền phân loại rác trên Trang thông tin điện tử phường và nhóm Zalo các khu phố",
                    "; thực hiện thường xuyên.",
                    [],
                    "2026-12-31",
                    None,
                ),
                (
                    "Đưa tiêu chí phân loại rác tại nguồn vào bình xét “Gia đình văn hóa”, “Khu phố văn hóa” năm 2026",
                    "; xong trước 15/11/2026.",
                    [],
                    "2026-11-15",
                    None,
                ),
            ],
        ),
        (
            "3. Đề nghị Ủy ban MTTQ Việt Nam phường",
            "Ủy ban MTTQ Việt Nam phường",
            [
                (
                    "Phát động phong trào “Chủ nhật xanh” ra quân dọn vệ sinh vào chủ nhật cuối mỗi tháng tại các khu phố",
                    ", từ ngày 31/5/2026 đến hết năm 2026.",
                    [],
                    "2026-12-31",
                    "2026-05-31",
                ),
                (
                    "Giám sát việc thực hiện Kế hoạch của các khu phố, phản ánh kiến nghị của nhân dân.",
                    None,
                    None,
                    None,
                    None,
                ),
            ],
        ),
        (
            "4. Hội Liên hiệp Phụ nữ phường",
            "Hội Liên hiệp Phụ nữ phường",
            [
                (
                    "Vận động hội viên thực hiện mô hình “Biến rác thành phân hữu cơ” tại 5 khu phố",
                    "; thời gian: tháng 6 - tháng 10/2026.",
                    [],
                    "2026-10-31",
                    "2026-06-01",
                ),
            ],
        ),
        (
            "5. Đoàn Thanh niên phường",
            "Đoàn Thanh niên phường",
            [
                (
                    "Thành lập 14 đội hình thanh niên tình nguyện “Đi từng ngõ, gõ từng nhà” hướng dẫn phân loại rác",
                    ", hoàn thành trong Quý II/2026.",
                    [],
                    "2026-06-30",
                    None,
                ),
            ],
        ),
        (
            "6. Công an phường",
            "Công an phường",
            [
                (
                    "Xử lý vi phạm hành chính đối với hành vi vứt, đổ rác không đúng nơi quy định; khai thác camera giám sát tại các điểm nóng",
                    "; thường xuyên.",
                    [],
                    "2026-12-31",
                    None,
                ),
            ],
        ),
        (
            "7. Ban điều hành các khu phố",
            "Ban điều hành các khu phố",
            [
                (
                    "Xóa 12 điểm tập kết rác tự phát tại khu phố Tân Long, Tân Phước, Đông Thắng",
                    "; hoàn thành trước 30/8/2026.",
                    [],
                    "2026-08-30",
                    None,
                ),
                (
                    "Phổ biến Kế hoạch đến từng hộ dân qua họp tổ dân phố",
                    "; tháng 6/2026.",
                    [],
                    "2026-06-30",
                    None,
                ),
            ],
        ),
    ]
    tasks = []
    for head, lead, duties in bodies:
        para(doc, head, bold=True, indent=1)
        for text, tail, coord, dl, start in duties:
            if tail is None:
                para(doc, f"- {text}", indent=1)
                continue
            para(doc, f"- {text}{tail}", indent=1)
            tasks.append(T(text, lead, coord, dl, start))
    para(
        doc,
        "8. Giao đồng chí Đinh Thị Mỹ Duyên, Phó Chủ tịch UBND phường theo dõi, chỉ đạo chung việc thực hiện Kế hoạch; định kỳ báo cáo Chủ tịch UBND phường.",
        indent=1,
    )
    para(
        doc,
        "Trên đây là Kế hoạch của Ủy ban nhân dân phường Tân Đông Hiệp./.",
        indent=1,
    )
    recips = [
        "- Sở Nông nghiệp và Môi trường TP.HCM;",
        "- TT. Đảng ủy phường;",
        "- TT. HĐND phường;",
        "- UBMTTQVN phường;",
        "- Các phòng, ban, đoàn thể phường;",
        "- Ban điều hành 14 khu phố;",
        "- Lưu: VT.",
    ]
    closing_beside(
        doc, recips, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Huỳnh Văn Sang"]
    )
    header = hdr(
        "86",
        "KH-UBND",
        "Tân Đông Hiệp",
        "2026-05-14",
        title,
        "ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐÔNG HIỆP",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Huỳnh Văn Sang",
        ["72/2020/QH14", "112/KH-UBND"],
        len(recips),
    )
    expected.write(
        OUT,
        "04_phuong_tan_dong_hiep.odt",
        saved_as(save(doc), "odt"),
        "Ward UBND (South-East, khu phố), .odt: no task list, only duties per body under 'Tổ chức thực hiện'\n"
        "(numbered body headings, dash duties with the deadline after ';'); monitoring duties are not tasks.",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 5. Sở Nông nghiệp và Môi trường Gia Lai, .pdf: numbered tasks each with
#    labelled lines (Đơn vị chủ trì / phối hợp / Thời gian / Cán bộ đầu mối).
def plan5():
    title = "Triển khai Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Gia Lai năm 2026"
    doc = Document()
    a4(doc)
    side_by_side(
        doc,
        ["UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "Số: 215/KH-SNNMT"],
        [*MOTTO, "", "Gia Lai, ngày 16 tháng 3 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for line in [
        "Căn cứ Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025;",
        "Căn cứ Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP;",
        "Căn cứ Kế hoạch số 38/KH-UBND ngày 25/02/2026 của UBND tỉnh Gia Lai về thực hiện Chương trình OCOP năm 2026;",
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:",
    ]:
        para(doc, line, indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Năm 2026 toàn tỉnh có thêm ít nhất 60 sản phẩm OCOP đạt 3 sao trở lên, trong đó ưu tiên sản phẩm của đồng bào Jrai, Bahnar và vùng ven biển.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    specs = [
        (
            "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 1 năm 2026.",
            [
                ("Đơn vị chủ trì", "Chi cục Phát triển nông thôn."),
                (
                    "Đơn vị phối hợp",
                    "Sở Công Thương, Sở Khoa học và Công nghệ, UBND các xã, phường có sản phẩm đăng ký.",
                ),
                ("Thời gian", "Tháng 6/2026."),
            ],
            T(
                "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 1 năm 2026",
                "Chi cục Phát triển nông thôn",
                [
                    "Sở Công Thương",
                    "Sở Khoa học và Công nghệ",
                    "UBND các xã, phường có sản phẩm đăng ký",
                ],
                "2026-06-30",
            ),
        ),
        (
            "Khảo sát, hướng dẫn các chủ thể OCOP vùng đồng bào dân tộc thiểu số phía Tây tỉnh hoàn thiện hồ sơ sản phẩm.",
            [
                ("Chủ trì", "Chi cục Phát triển nông thôn."),
                ("Phối hợp", "Hội Nông dân tỉnh."),
                ("Thời gian thực hiện", "từ 01/4/2026 đến 31/7/2026."),
                ("Cán bộ đầu mối", "ông Đinh Văn Chương, Phó Chi cục trưởng."),
            ],
            T(
                "Khảo sát, hướng dẫn các chủ thể OCOP vùng đồng bào dân tộc thiểu số phía Tây tỉnh hoàn thiện hồ sơ sản phẩm",
                "Chi cục Phát triển nông thôn",
                ["Hội Nông dân tỉnh"],
                "2026-07-31",
                "2026-04-01",
                "Đinh Văn Chương",
            ),
        ),
        (
            "Hỗ trợ xây dựng 05 điểm giới thiệu và bán sản phẩm OCOP tại các khu du lịch Biển Hồ, Quy Nhơn, Kon Chư Răng.",
            [
                ("Đơn vị chủ trì", "Trung tâm Khuyến nông tỉnh."),
                (
                    "Đơn vị phối hợp",
                    "Sở Văn hóa, Thể thao và Du lịch; Liên minh Hợp tác xã tỉnh.",
                ),
                ("Thời gian", "Quý III/2026."),
            ],
            T(
                "Hỗ trợ xây dựng 05 điểm giới thiệu và bán sản phẩm OCOP tại các khu du lịch Biển Hồ, Quy Nhơn, Kon Chư Răng",
                "Trung tâm Khuyến nông tỉnh",
                ["Sở Văn hóa, Thể thao và Du lịch", "Liên minh Hợp tác xã tỉnh"],
                "2026-09-30",
            ),
        ),
        (
            "Tập huấn nâng cao năng lực cho cán bộ phụ trách OCOP cấp xã sau sắp xếp (02 lớp tại Pleiku và Quy Nhơn).",
            [
                ("Đơn vị chủ trì", "Chi cục Phát triển nông thôn."),
                ("Đơn vị phối hợp", "Văn phòng Điều phối nông thôn mới tỉnh."),
                ("Thời gian", "trước 30/5/2026."),
                ("Cán bộ đầu mối", "bà Rơ Châm H'Phim, chuyên viên."),
            ],
            T(
                "Tập huấn nâng cao năng lực cho cán bộ phụ trách OCOP cấp xã sau sắp xếp (02 lớp tại Pleiku và Quy Nhơn)",
                "Chi cục Phát triển nông thôn",
                ["Văn phòng Điều phối nông thôn mới tỉnh"],
                "2026-05-30",
                official="Rơ Châm H'Phim",
            ),
        ),
        (
            "Xây dựng phần mềm quản lý, truy xuất nguồn gốc sản phẩm OCOP tỉnh Gia Lai bằng mã QR.",
            [
                ("Đơn vị chủ trì", "Văn phòng Sở."),
                ("Đơn vị phối hợp", "Sở Khoa học và Công nghệ, Viễn thông Gia Lai."),
                ("Thời gian", "Quý IV/2026."),
            ],
            T(
                "Xây dựng phần mềm quản lý, truy xuất nguồn gốc sản phẩm OCOP tỉnh Gia Lai bằng mã QR",
                "Văn phòng Sở",
                ["Sở Khoa học và Công nghệ", "Viễn thông Gia Lai"],
                "2026-12-31",
            ),
        ),
        (
            "Tổ chức Hội chợ OCOP và nông sản đặc trưng các dân tộc Tây Nguyên - Duyên hải năm 2026.",
            [
                ("Đơn vị chủ trì", "Trung tâm Khuyến nông tỉnh."),
                ("Đơn vị phối hợp", "Sở Công Thương, UBND phường Pleiku."),
                ("Thời gian", "Tháng 11/2026."),
            ],
            T(
                "Tổ chức Hội chợ OCOP và nông sản đặc trưng các dân tộc Tây Nguyên - Duyên hải năm 2026",
                "Trung tâm Khuyến nông tỉnh",
                ["Sở Công Thương", "UBND phường Pleiku"],
                "2026-11-30",
            ),
        ),
        (
            "Đánh giá lại các sản phẩm OCOP hết hạn giấy chứng nhận trong năm 2026.",
            [
                ("Đơn vị chủ trì", "Chi cục Phát triển nông thôn."),
                ("Đơn vị phối hợp", "UBND các xã, phường."),
                ("Thời gian", "Thường xuyên."),
            ],
            T(
                "Đánh giá lại các sản phẩm OCOP hết hạn giấy chứng nhận trong năm 2026",
                "Chi cục Phát triển nông thôn",
                ["UBND các xã, phường"],
                "2026-12-31",
            ),
        ),
        (
            "Tổng kết Chương trình OCOP giai đoạn 2021 - 2025, xây dựng Đề án OCOP giai đoạn 2026 - 2030 trình UBND tỉnh.",
            [
                ("Đơn vị chủ trì", "Văn phòng Điều phối nông thôn mới tỉnh."),
                ("Đơn vị phối hợp", "các đơn vị thuộc Sở."),
                ("Thời gian", "hoàn thành trước ngày 15/12/2026."),
            ],
            T(
                "Tổng kết Chương trình OCOP giai đoạn 2021 - 2025, xây dựng Đề án OCOP giai đoạn 2026 - 2030 trình UBND tỉnh",
                "Văn phòng Điều phối nông thôn mới tỉnh",
                ["các đơn vị thuộc Sở"],
                "2026-12-15",
            ),
        ),
    ]
    tasks = []
    for i, (head, labels, t) in enumerate(specs, 1):
        para(doc, f"{i}. {head}", bold=True, indent=1)
        for label, value in labels:
            para(doc, f"- {label}: {value}", indent=1)
        tasks.append(t)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Chi cục Phát triển nông thôn là đầu mối theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Giám đốc Sở hằng quý.",
        indent=1,
    )
    para(
        doc,
        "2. Các đơn vị được giao chủ trì báo cáo tiến độ về Chi cục trước ngày 20 của tháng cuối quý.",
        indent=1,
    )
    recips = [
        "- UBND tỉnh (b/c);",
        "- Giám đốc Sở (b/c);",
        "- Các Phó Giám đốc Sở;",
        "- Sở Công Thương;",
        "- Sở Khoa học và Công nghệ;",
        "- Các đơn vị thuộc Sở;",
        "- Lưu: VT, CCPTNT.",
    ]
    closing_beside(
        doc, recips, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Siu Hồng Quân"]
    )
    header = hdr(
        "215",
        "KH-SNNMT",
        "Gia Lai",
        "2026-03-16",
        title,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Siu Hồng Quân",
        ["919/QĐ-TTg", "148/QĐ-TTg", "38/KH-UBND"],
        len(recips),
    )
    expected.write(
        OUT,
        "05_so_nnmt_gia_lai.pdf",
        saved_as(save(doc), "pdf"),
        "Provincial department (Gia Lai, OCOP), .pdf portrait: numbered bold task headings, each followed by\n"
        "labelled dash lines (Đơn vị chủ trì / phối hợp / Thời gian / Cán bộ đầu mối); labels vary.",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 6. BCĐ xã Sông Đốc (Cà Mau), .pdf landscape table: time column before the
#    lead, an official column, a product column.
def plan6():
    title = (
        "Phát triển kinh tế biển, chống khai thác hải sản bất hợp pháp gắn với "
        "xây dựng nông thôn mới xã Sông Đốc năm 2026"
    )
    rows = [
        (
            "Rà soát, cập nhật 100% tàu cá trên địa bàn vào cơ sở dữ liệu VNFishbase",
            "01/3/2026 - 30/4/2026",
            "Phòng Kinh tế",
            ["Đồn Biên phòng Sông Đốc", "Ban Nhân dân các khóm"],
            "Danh Hoàng Tính",
            "Danh sách tàu cá",
            "2026-04-30",
            "2026-03-01",
            "Danh Hoàng Tính",
        ),
        (
            "Kiện toàn, thành lập mới 05 tổ đoàn kết khai thác hải sản trên biển",
            "Quý II/2026",
            "Chi hội Nghề cá xã",
            ["Đồn Biên phòng Sông Đốc", "Phòng Kinh tế"],
            "Lý Thị Kim Xuyến",
            "Quyết định thành lập tổ",
            "2026-06-30",
            None,
            "Lý Thị Kim Xuyến",
        ),
        (
            "Vận động chủ tàu duy trì kết nối thiết bị giám sát hành trình (VMS) 24/24 giờ khi hoạt động trên biển",
            "Thường xuyên",
            "Đồn Biên phòng Sông Đốc",
            ["Phòng Kinh tế", "Chi hội Nghề cá xã"],
            "Thiếu tá Sơn Hoàng Phúc",
            "100% tàu duy trì kết nối",
            "2026-12-31",
            None,
            "Sơn Hoàng Phúc",
        ),
        (
            "Nâng cấp bến cá, khu neo đậu tránh trú bão cho tàu cá cửa sông Ông Đốc (giai đoạn 2)",
            "Từ tháng 4 đến tháng 12/2026",
            "Ban Quản lý dự án đầu tư xây dựng khu vực",
            ["Chi cục Thủy sản và Kiểm ngư tỉnh"],
            "Tăng Văn Lực",
            "Công trình nghiệm thu",
            "2026-12-31",
            "2026-04-01",
            "Tăng Văn Lực",
        ),
        (
            "Hỗ trợ ngư dân chuyển đổi nghề từ lưới kéo sang nuôi sò huyết, nuôi cua dưới tán rừng",
            "Quý III/2026",
            "Hội Nông dân xã",
            ["Agribank chi nhánh Sông Đốc", "Phòng Kinh tế"],
            "Lâm Ngọc Diệp",
            "40 hộ chuyển đổi",
            "2026-09-30",
            None,
            "Lâm Ngọc Diệp",
        ),
        (
            "Xây dựng sản phẩm OCOP “Khô cá khoai Sông Đốc”, “Mắm ruốc Sông Đốc”",
            "30/9/2026",
            "HTX Thủy sản Sông Đốc",
            ["Phòng Kinh tế", "Hội Liên hiệp Phụ nữ xã"],
            "Lý Thị Kim Xuyến",
            "02 sản phẩm 3 sao",
            "2026-09-30",
            None,
            "Lý Thị Kim Xuyến",
        ),
        (
            "Trồng mới 12 ha rừng phòng hộ ven biển, phục hồi rừng đước bị sạt lở",
            "Tháng 6 - 9/2026",
            "Ban Quản lý rừng phòng hộ biển Tây",
            ["Ban Chỉ huy Quân sự xã", "Đoàn Thanh niên xã"],
            "Danh Út",
            "12 ha rừng",
            "2026-09-30",
            "2026-06-01",
            "Danh Út",
        ),
        (
            "Thu gom rác thải, dầu thải từ tàu cá tại cảng cá Sông Đốc, không để xả thải xuống biển",
            "Hằng năm",
            "Ban Quản lý cảng cá Sông Đốc",
            ["Công ty Cổ phần Môi trường đô thị Cà Mau"],
            "Tô Văn Nhựt",
            "",
            "2026-12-31",
            None,
            "Tô Văn Nhựt",
        ),
        (
            "Tuyên truyền Luật Thủy sản, quy định chống khai thác IUU đến từng chủ tàu, thuyền trưởng",
            "Trước 31/3/2026",
            "Phòng Văn hóa - Xã hội",
            ["Đồn Biên phòng Sông Đốc", "Ban Nhân dân các khóm"],
            "Trưởng phòng VH-XH",
            "Tờ rơi, loa truyền thanh",
            "2026-03-31",
            None,
            "Trưởng phòng VH-XH",
        ),
        (
            "Lắp đặt hệ thống camera giám sát tàu cá ra vào cửa biển Sông Đốc",
            "Quý IV/2026",
            "Công an xã",
            ["Đồn Biên phòng Sông Đốc", "Viettel Cà Mau"],
            "Thạch Sô Phol",
            "06 camera",
            "2026-12-31",
            None,
            "Thạch Sô Phol",
        ),
    ]
    doc = Document()
    a4(doc, left=2.0, right=1.5, landscape=True)
    side_by_side(
        doc,
        ["UBND XÃ SÔNG ĐỐC", "BAN CHỈ ĐẠO CÁC CTMTQG", "", "Số: 03/KH-BCĐ"],
        [*MOTTO, "", "Sông Đốc, ngày 26 tháng 02 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for line in [
        "Căn cứ Quyết định số 15/QĐ-BCĐ ngày 12/01/2026 của Ban Chỉ đạo các Chương trình MTQG tỉnh Cà Mau ban hành Chương trình công tác năm 2026;",
        "Căn cứ Quyết định số 08/QĐ-UBND ngày 05/01/2026 của UBND xã Sông Đốc về kiện toàn Ban Chỉ đạo các Chương trình MTQG xã;",
        "Ban Chỉ đạo các CTMTQG xã ban hành Kế hoạch với các nhiệm vụ cụ thể sau:",
    ]:
        para(doc, line, italic=True, indent=1)
    body = [
        [str(i), r[0], r[1], r[2], ", ".join(r[3]), r[4], r[5]]
        for i, r in enumerate(rows, 1)
    ]
    plain_table(
        doc,
        [
            "STT",
            "Nhiệm vụ",
            "Thời gian thực hiện",
            "Đơn vị thực hiện",
            "Đơn vị phối hợp",
            "Cán bộ phụ trách",
            "Sản phẩm",
        ],
        body,
        [1.0, 7.5, 3.0, 3.8, 4.5, 3.2, 3.0],
        size=11,
    )
    para(
        doc,
        "Các thành viên Ban Chỉ đạo theo lĩnh vực, địa bàn được phân công đôn đốc, kiểm tra; báo cáo kết quả về Thường trực Ban Chỉ đạo (qua Phòng Kinh tế) trước ngày 25 hằng tháng.",
        indent=1,
    )
    recips = [
        "- BCĐ các CTMTQG tỉnh (b/c);",
        "- TT. Đảng ủy xã (b/c);",
        "- TT. HĐND xã;",
        "- Thành viên BCĐ;",
        "- Các đơn vị tại Phụ lục;",
        "- Lưu: VT, PKT.",
    ]
    closing_beside(
        doc, recips, ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "", "Quách Văn Mến"]
    )
    tasks = [T(r[0], r[2], r[3], r[6], r[7], r[8]) for r in rows]
    header = hdr(
        "03",
        "KH-BCĐ",
        "Sông Đốc",
        "2026-02-26",
        title,
        "BAN CHỈ ĐẠO CÁC CTMTQG",
        "TM. BAN CHỈ ĐẠO",
        "TRƯỞNG BAN",
        "Quách Văn Mến",
        ["15/QĐ-BCĐ", "08/QĐ-UBND"],
        len(recips),
    )
    expected.write(
        OUT,
        "06_bcd_song_doc.pdf",
        saved_as(save(doc), "pdf"),
        "Steering Committee of a coastal commune (Cà Mau, khóm, fisheries), .pdf landscape one-table plan:\n"
        "STT | Nhiệm vụ | Thời gian thực hiện | Đơn vị thực hiện | Đơn vị phối hợp | Cán bộ phụ trách | Sản phẩm.",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 7. BCH Đoàn xã Mỹ Yên (Tây Ninh, ex-Long An), .xlsx: start and end columns,
#    dates partly real Excel dates, partly text.
def plan7():
    import datetime as dt

    title = (
        "Chiến dịch Thanh niên tình nguyện hè năm 2026 hỗ trợ chuyển đổi số "
        "và xây dựng nông thôn mới"
    )
    rows = [
        (
            "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026",
            "2026-06-14",
            "2026-06-14",
            "Ban Thường vụ Đoàn xã",
            ["Hội Liên hiệp Thanh niên xã"],
            "Võ Thị Ngọc Hân",
        ),
        (
            "Ra mắt 09 Tổ công nghệ số cộng đồng ở các ấp do đoàn viên làm nòng cốt",
            "2026-06-15",
            "2026-06-30",
            "Ban Thường vụ Đoàn xã",
            ["Phòng Văn hóa - Xã hội", "Ban Nhân dân các ấp"],
            "Huỳnh Tấn Lộc",
        ),
        (
            "“Bình dân học vụ số”: hướng dẫn người cao tuổi sử dụng điện thoại thông minh, VNeID, Cổng dịch vụ công quốc gia",
            "2026-06-20",
            "2026-08-20",
            "Tổ công nghệ số cộng đồng các ấp",
            ["Hội Người cao tuổi xã", "Công an xã"],
            "Đoàn Minh Khang",
        ),
        (
            "Gắn biển địa chỉ số (mã QR) cho 100% hộ gia đình ấp Bình Hòa, ấp Mỹ Lợi",
            "2026-07-01",
            "2026-07-31",
            "Chi đoàn ấp Bình Hòa",
            ["Bưu điện xã", "Chi đoàn ấp Mỹ Lợi"],
            "Phan Thị Mỹ Linh",
        ),
        (
            "Công trình “Thắp sáng đường quê”: lắp 3 km đèn năng lượng mặt trời",
            "2026-07-01",
            "2026-08-15",
            "Đội hình thanh niên tình nguyện xã",
            ["Điện lực Cần Đước", "Ban Nhân dân ấp Mỹ Lợi"],
            "Châu Hoàng Phi",
        ),
        (
            "Sửa chữa 02 “Nhà nhân ái” cho đoàn viên có hoàn cảnh khó khăn",
            "2026-07-15",
            "2026-07-27",
            "Ban Thường vụ Đoàn xã",
            ["Ban Chỉ huy Quân sự xã", "Doanh nghiệp tư nhân Tấn Phát"],
            "Võ Thị Ngọc Hân",
        ),
        (
            "Hỗ trợ nông dân livestream bán thanh long, chanh không hạt trên sàn thương mại điện tử",
            "2026-08-01",
            "2026-08-31",
            "Câu lạc bộ Thanh niên khởi nghiệp xã",
            ["HTX Nông nghiệp Mỹ Yên", "Hội Nông dân xã"],
            "Huỳnh Tấn Lộc",
        ),
        (
            "Ngày Chủ nhật xanh: khơi thông kênh Trị Yên, vớt lục bình",
            "2026-08-09",
            "2026-08-09",
            "Chi đoàn các ấp",
            ["Ban Nhân dân các ấp"],
            "Đoàn Minh Khang",
        ),
        (
            "Tổng kết Chiến dịch, tuyên dương đội hình, cá nhân tiêu biểu",
            "2026-08-20",
            "2026-08-25",
            "Ban Thường vụ Đoàn xã",
            [],
            "Võ Thị Ngọc Hân",
        ),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    f = Font(name="Times New Roman", size=12)
    b = Font(name="Times New Roman", size=12, bold=True)

    def put(cell, value, font=f, merge=None, center=True, wrap=False):
        ws[cell] = value
        ws[cell].font = font
        ws[cell].alignment = Alignment(
            horizontal="center" if center else "left", vertical="center", wrap_text=wrap
        )
        if merge:
            ws.merge_cells(f"{cell}:{merge}")

    put("A1", "BCH ĐOÀN TỈNH TÂY NINH", merge="C1")
    put("A2", "BCH ĐOÀN XÃ MỸ YÊN", b, merge="C2")
    put("A3", "***", merge="C3")
    put("A4", "Số: 21-KH/ĐTN", merge="C4")
    put("E1", "ĐOÀN TNCS HỒ CHÍ MINH", b, merge="H1")
    put(
        "E4",
        "Mỹ Yên, ngày 10 tháng 6 năm 2026",
        Font(name="Times New Roman", size=12, italic=True),
        merge="H4",
    )
    put("A6", "KẾ HOẠCH", b, merge="H6")
    put("A7", title, b, merge="H7")
    put(
        "A8",
        "Căn cứ Kế hoạch số 34-KH/TĐTN-PTTN ngày 20/5/2026 của Ban Thường vụ Tỉnh Đoàn Tây Ninh về tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2026;",
        merge="H8",
        center=False,
        wrap=True,
    )
    put(
        "A9",
        "Căn cứ Kế hoạch số 52/KH-UBND ngày 02/4/2026 của UBND xã Mỹ Yên về chuyển đổi số năm 2026, Ban Thường vụ Đoàn xã xây dựng kế hoạch hoạt động như sau:",
        merge="H9",
        center=False,
        wrap=True,
    )
    head = [
        "STT",
        "Nội dung hoạt động",
        "Bắt đầu",
        "Kết thúc",
        "Đơn vị chủ trì",
        "Phối hợp",
        "Phụ trách",
        "Ghi chú",
    ]
    for i, h in enumerate(head):
        c = ws.cell(row=11, column=i + 1, value=h)
        c.font = b
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 12
    for n, (text, start, end, lead, coord, who) in enumerate(rows, 1):

        def d(iso, as_text):
            y, m, dd = map(int, iso.split("-"))
            return f"{dd:02d}/{m:02d}/{y}" if as_text else dt.datetime(y, m, dd)  # noqa: DTZ001

        as_text = n >= 7
        vals = [
            n,
            text,
            d(start, as_text),
            d(end, as_text),
            lead,
            ", ".join(coord),
            who,
            "",
        ]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = f
            c.alignment = Alignment(vertical="center", wrap_text=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    recips = [
        "- BTV Tỉnh Đoàn (b/c);",
        "- Đảng ủy xã (b/c);",
        "- UBND xã;",
        "- Các chi đoàn trực thuộc;",
        "- Lưu VP.",
    ]
    ws.cell(row=r, column=1, value="Nơi nhận:").font = Font(
        name="Times New Roman", size=12, bold=True, italic=True
    )
    sig = ["TM. BAN THƯỜNG VỤ ĐOÀN XÃ", "BÍ THƯ", "", "", "Võ Thị Ngọc Hân"]
    for k in range(max(len(recips) + 1, len(sig))):
        if 0 < k <= len(recips):
            ws.cell(row=r + k, column=1, value=recips[k - 1]).font = f
        if k < len(sig) and sig[k]:
            c = ws.cell(row=r + k, column=5, value=sig[k])
            c.font = b
            ws.merge_cells(start_row=r + k, start_column=5, end_row=r + k, end_column=8)
            c.alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEFGH", [6, 48, 12, 12, 24, 28, 20, 10], strict=True):
        ws.column_dimensions[col].width = w
    tasks = [
        T(t, lead, coord, end, start, who) for t, start, end, lead, coord, who in rows
    ]
    header = hdr(
        "21",
        "KH/ĐTN",
        "Mỹ Yên",
        "2026-06-10",
        title,
        "BCH ĐOÀN XÃ MỸ YÊN",
        "TM. BAN THƯỜNG VỤ ĐOÀN XÃ",
        "BÍ THƯ",
        "Võ Thị Ngọc Hân",
        ["34-KH/TĐTN-PTTN", "52/KH-UBND"],
        len(recips),
    )
    expected.write(
        OUT,
        "07_doan_my_yen.xlsx",
        save(wb),
        "Youth union of a commune (Tây Ninh, ấp, digital transformation), .xlsx one sheet: header cells, then\n"
        "STT | Nội dung hoạt động | Bắt đầu | Kết thúc | Đơn vị chủ trì | Phối hợp | Phụ trách | Ghi chú (dates as Excel dates, last 3 rows as text).",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 8. Ban phát triển thôn Plei Đôn (Quảng Ngãi, ex-Kon Tum), .txt pasted from
#    Zalo: a chat line on top, numbered jobs with labelled dash lines.
def plan8():
    title = (
        "Xây dựng thôn Plei Đôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2026"
    )
    jobs = [
        (
            "Làm lại hàng rào xanh (trồng cây dâm bụt) dọc đường trục thôn, dài 1,2 km",
            "Chi hội Phụ nữ thôn",
            ["Chi đoàn thôn", "các hộ dọc tuyến"],
            "Y Nhung (Chi hội trưởng)",
            "xong trước 30/4",
            T(
                "",
                "Chi hội Phụ nữ thôn",
                ["Chi đoàn thôn", "các hộ dọc tuyến"],
                "2026-04-30",
                official="Y Nhung",
            ),
        ),
        (
            "Bê tông hóa 350 m đường nội thôn từ nhà rông ra khu sản xuất",
            "Ban phát triển thôn",
            ["Phòng Kinh tế xã", "bà con nhân dân trong thôn"],
            "A Thiêm (Trưởng thôn)",
            "tháng 4 - tháng 6/2026",
            T(
                "",
                "Ban phát triển thôn",
                ["Phòng Kinh tế xã", "bà con nhân dân trong thôn"],
                "2026-06-30",
                "2026-04-01",
                "A Thiêm",
            ),
        ),
        (
            "Sửa mái nhà rông văn hóa, làm lại sân nhà rông",
            "Ban phát triển thôn",
            ["Chi đoàn thôn", "Chi hội Cựu chiến binh thôn"],
            "già làng A Brếp",
            "trước lễ mừng lúa mới (tháng 11/2026)",
            T(
                "",
                "Ban phát triển thôn",
                ["Chi đoàn thôn", "Chi hội Cựu chiến binh thôn"],
                "2026-11-30",
                official="A Brếp",
            ),
        ),
        (
            "Vận động 100% hộ làm chuồng trại chăn nuôi cách xa nhà ở, có hố xử lý phân",
            "Chi hội Nông dân thôn",
            ["Trạm Y tế xã"],
            "A Hyum",
            "thường xuyên",
            T(
                "",
                "Chi hội Nông dân thôn",
                ["Trạm Y tế xã"],
                "2026-12-31",
                official="A Hyum",
            ),
        ),
        (
            "Hướng dẫn bà con cài VNeID, mở tài khoản ngân hàng để nhận tiền hỗ trợ",
            "Tổ công nghệ số cộng đồng thôn",
            ["Công an xã"],
            "Y Sương (Bí thư Chi đoàn)",
            "15/4 - 15/5/2026",
            T(
                "",
                "Tổ công nghệ số cộng đồng thôn",
                ["Công an xã"],
                "2026-05-15",
                "2026-04-15",
                "Y Sương",
            ),
        ),
        (
            "Trồng 5 ha mì cao sản và 2 ha cà phê xen sầu riêng theo mô hình hỗ trợ của Dự án 3, Chương trình MTQG dân tộc thiểu số",
            "Chi hội Nông dân thôn",
            ["cán bộ khuyến nông xã"],
            "A Hyum",
            "tháng 5 - 7/2026",
            T(
                "",
                "Chi hội Nông dân thôn",
                ["cán bộ khuyến nông xã"],
                "2026-07-31",
                "2026-05-01",
                "A Hyum",
            ),
        ),
        (
            "Mở lớp truyền dạy đánh cồng chiêng, múa xoang cho 15 thanh thiếu niên",
            "Câu lạc bộ cồng chiêng thôn",
            ["Chi đoàn thôn", "Trường TH-THCS Đăk Blà"],
            "già làng A Brếp",
            "tối thứ Bảy hằng tuần, từ tháng 6/2026 đến hết năm",
            T(
                "",
                "Câu lạc bộ cồng chiêng thôn",
                ["Chi đoàn thôn", "Trường TH-THCS Đăk Blà"],
                "2026-12-31",
                "2026-06-01",
                "A Brếp",
            ),
        ),
        (
            "Rà soát hộ nghèo, hộ cận nghèo cuối năm, bình xét công khai tại nhà rông",
            "Ban phát triển thôn",
            ["Tổ rà soát của xã"],
            "A Thiêm",
            "tháng 10/2026",
            T(
                "",
                "Ban phát triển thôn",
                ["Tổ rà soát của xã"],
                "2026-10-31",
                official="A Thiêm",
            ),
        ),
    ]
    lines = [
        "[18/03/2026 20:41] A Thiêm Plei Đôn: Gửi bà con và các chi hội kế hoạch của thôn năm nay, mọi người đọc kỹ nha",
        "",
        "UBND XÃ ĐĂK BLÀ",
        "BAN PHÁT TRIỂN THÔN PLEI ĐÔN",
        "Số: 02/KH-BPT",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đăk Blà, ngày 18 tháng 3 năm 2026",
        "",
        "KẾ HOẠCH",
        title,
        "",
        "Căn cứ Kế hoạch số 31/KH-UBND ngày 02/3/2026 của UBND xã Đăk Blà về xây dựng nông thôn mới năm 2026;",
        "Căn cứ Biên bản họp dân thôn Plei Đôn ngày 15/3/2026;",
        "Ban phát triển thôn Plei Đôn xây dựng kế hoạch như sau:",
        "",
        "I. MỤC ĐÍCH",
        "Phấn đấu cuối năm 2026 thôn Plei Đôn được UBND xã công nhận khu dân cư nông thôn mới kiểu mẫu; giữ gìn bản sắc văn hóa Ba Na.",
        "",
        "II. CÁC VIỆC CẦN LÀM",
    ]
    tasks = []
    for i, (text, lead, coord, who, when, t) in enumerate(jobs, 1):
        lines += [
            f"{i}. {text}.",
            f"- Thực hiện: {lead}. Phối hợp: {', '.join(coord)}.",
            f"- Phụ trách: {who}.",
            f"- Thời gian: {when}.",
            "",
        ]
        t["title"] = text
        tasks.append(t)
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        "Trưởng thôn theo dõi, mỗi tháng họp Ban phát triển thôn 1 lần, báo cáo UBND xã. Việc nào khó khăn thì báo ngay cho Trưởng thôn.",
        "",
        "Nơi nhận:",
        "- UBND xã Đăk Blà (b/c);",
        "- Chi bộ thôn;",
        "- Các hộ trong thôn;",
        "- Lưu.",
        "TM. BAN PHÁT TRIỂN THÔN",
        "TRƯỞNG BAN",
        "(đã ký)",
        "A Thiêm",
        "",
        "[18/03/2026 20:43] A Thiêm Plei Đôn: 👍 ai chưa rõ thì nhắn lại nha",
    ]
    header = hdr(
        "02",
        "KH-BPT",
        "Đăk Blà",
        "2026-03-18",
        title,
        "BAN PHÁT TRIỂN THÔN PLEI ĐÔN",
        "TM. BAN PHÁT TRIỂN THÔN",
        "TRƯỞNG BAN",
        "A Thiêm",
        ["31/KH-UBND", "Biên bản ngày 15/03/2026"],
        4,
    )
    expected.write(
        OUT,
        "08_thon_plei_don.txt",
        "\n".join(lines) + "\n",
        "Village development board (Central Highlands, plei, Ba Na), .txt pasted from Zalo with chat lines;\n"
        "numbered jobs, each with '- Thực hiện: … Phối hợp: …', '- Phụ trách: …', '- Thời gian: …' (some without year).",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 9. UBMTTQ xã Mậu Duệ (Tuyên Quang, ex-Hà Giang): the task table is an
#    appendix after the signature; the person column comes before the body.
def plan9():
    title = (
        "Triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” "
        "gắn với hỗ trợ xóa nhà tạm, nhà dột nát năm 2026"
    )
    rows = [
        (
            "Tổ chức Hội nghị triển khai Cuộc vận động đến Ban công tác Mặt trận 18 thôn",
            "Tháng 4/2026",
            "Đ/c Sùng Mí Páo - Chủ tịch",
            "Ban Thường trực UBMTTQ xã",
            ["Các tổ chức chính trị - xã hội xã"],
            "2026-04-30",
            None,
            "Sùng Mí Páo",
        ),
        (
            "Rà soát, lập danh sách hộ còn ở nhà tạm, nhà dột nát tại các thôn vùng cao Sủng Cháng, Khâu Tinh, Lũng Pục",
            "Trước 30/4/2026",
            "Đ/c Giàng Thị Dở - PCT",
            "Ban công tác Mặt trận các thôn",
            ["Phòng Văn hóa - Xã hội xã", "Trưởng thôn"],
            "2026-04-30",
            None,
            "Giàng Thị Dở",
        ),
        (
            "Vận động doanh nghiệp, nhà hảo tâm ủng hộ Quỹ “Vì người nghèo” để hỗ trợ làm nhà",
            "Quý II/2026",
            "Đ/c Giàng Thị Dở - PCT",
            "Ban Thường trực UBMTTQ xã",
            ["Phòng giao dịch Agribank Mậu Duệ"],
            "2026-06-30",
            None,
            "Giàng Thị Dở",
        ),
        (
            "Huy động ngày công đoàn viên, hội viên giúp 25 hộ làm nhà, vận chuyển vật liệu lên các thôn chưa có đường ô tô",
            "Tháng 5 - tháng 8/2026",
            "Đ/c Vàng Seo Chứ - UV BTT",
            "Đoàn Thanh niên xã",
            ["Ban Chỉ huy Quân sự xã", "Hội Cựu chiến binh xã"],
            "2026-08-31",
            "2026-05-01",
            "Vàng Seo Chứ",
        ),
        (
            "Xây dựng mô hình “Dòng họ tự quản về an ninh trật tự” trong dòng họ Sùng, dòng họ Giàng",
            "Quý III/2026",
            "Đ/c Hoàng Văn Kiên - UV",
            "Công an xã",
            ["Ban công tác Mặt trận thôn Mậu Long"],
            "2026-09-30",
            None,
            "Hoàng Văn Kiên",
        ),
        (
            "Vận động nhân dân hiến đất, góp công mở rộng đường vào thôn Sủng Cháng (2,5 km)",
            "Từ 15/9 đến 30/11/2026",
            "Đ/c Vàng Seo Chứ - UV BTT",
            "Ban công tác Mặt trận thôn Sủng Cháng",
            ["Phòng Kinh tế xã"],
            "2026-11-30",
            "2026-09-15",
            "Vàng Seo Chứ",
        ),
        (
            "Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo đồng bào dân tộc thiểu số",
            "Tháng 10/2026",
            "Đ/c Giàng Thị Dở - PCT",
            "Ban Thường trực UBMTTQ xã",
            ["Ban Thanh tra nhân dân xã"],
            "2026-10-31",
            None,
            "Giàng Thị Dở",
        ),
        (
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
            "Trước 18/11/2026",
            "Đ/c Sùng Mí Páo - Chủ tịch",
            "Ban công tác Mặt trận các thôn",
            ["Phòng Văn hóa - Xã hội xã"],
            "2026-11-18",
            None,
            "Sùng Mí Páo",
        ),
        (
            "Bình xét, đề nghị khen thưởng khu dân cư, hộ gia đình tiêu biểu trong xây dựng nông thôn mới",
            "Tháng 12/2026",
            "Đ/c Hoàng Văn Kiên - UV",
            "Ban Thường trực UBMTTQ xã",
            ["Văn phòng HĐND và UBND xã"],
            "2026-12-31",
            None,
            "Hoàng Văn Kiên",
        ),
        (
            "Vận động hộ gia đình người Mông chỉnh trang nhà ở, làm chuồng trại xa nhà, nhà vệ sinh hợp vệ sinh",
            "Thường xuyên",
            "Đ/c Giàng Thị Dở - PCT",
            "Hội Liên hiệp Phụ nữ xã",
            ["Ban công tác Mặt trận các thôn"],
            "2026-12-31",
            None,
            "Giàng Thị Dở",
        ),
    ]
    doc = Document()
    a4(doc)
    side_by_side(
        doc,
        [
            "ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG",
            "ỦY BAN MTTQ VIỆT NAM",
            "XÃ MẬU DUỆ",
            "",
            "Số: 25/KH-MTTQ-BTT",
        ],
        [*MOTTO, "", "Mậu Duệ, ngày 02 tháng 4 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for line in [
        "Căn cứ Hướng dẫn số 12/HD-MTTQ-BTT ngày 10/02/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang về thực hiện Cuộc vận động năm 2026;",
        "Căn cứ Kế hoạch số 40/KH-UBND ngày 15/3/2026 của UBND xã Mậu Duệ về xây dựng nông thôn mới năm 2026;",
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã Mậu Duệ xây dựng Kế hoạch như sau:",
    ]:
        para(doc, line, indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc, vai trò của người có uy tín, trưởng dòng họ trong đồng bào Mông, Tày, Dao; phấn đấu năm 2026 xóa xong nhà tạm, nhà dột nát cho 25 hộ.",
        indent=1,
    )
    para(doc, "II. NỘI DUNG", bold=True)
    para(
        doc,
        "Các nội dung, thời gian và phân công thực hiện cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đồng chí Ủy viên Ban Thường trực theo dõi địa bàn được phân công; Ban công tác Mặt trận các thôn báo cáo kết quả về Ban Thường trực trước ngày 10/12/2026.",
        indent=1,
    )
    recips = [
        "- BTT UBMTTQ tỉnh (b/c);",
        "- Đảng ủy xã (b/c);",
        "- UBND xã;",
        "- Các tổ chức CT-XH xã;",
        "- Ban CTMT 18 thôn;",
        "- Lưu: VT.",
    ]
    closing_beside(
        doc, recips, ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "", "Sùng Mí Páo"]
    )
    doc.add_page_break()
    para(doc, "Phụ lục", bold=True, center=True)
    para(
        doc,
        "PHÂN CÔNG THỰC HIỆN CÁC NỘI DUNG CUỘC VẬN ĐỘNG NĂM 2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 25/KH-MTTQ-BTT ngày 02/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Mậu Duệ)",
        italic=True,
        center=True,
    )
    body = [
        [str(i), r[0], r[1], r[2], r[3], ", ".join(r[4])] for i, r in enumerate(rows, 1)
    ]
    plain_table(
        doc,
        [
            "TT",
            "Nội dung",
            "Thời gian",
            "Người phụ trách",
            "Cơ quan, đơn vị chủ trì",
            "Phối hợp",
        ],
        body,
        [0.9, 5.6, 2.3, 2.6, 2.6, 2.6],
        size=11,
    )
    tasks = [T(r[0], r[3], r[4], r[5], r[6], r[7]) for r in rows]
    header = hdr(
        "25",
        "KH-MTTQ-BTT",
        "Mậu Duệ",
        "2026-04-02",
        title,
        "ỦY BAN MTTQ VIỆT NAM XÃ MẬU DUỆ",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Sùng Mí Páo",
        ["12/HD-MTTQ-BTT", "40/KH-UBND"],
        len(recips),
    )
    expected.write(
        OUT,
        "09_mttq_mau_due.docx",
        save(doc),
        "Fatherland Front of a northern border commune (Tuyên Quang, Mông), .docx: body without tasks, the task table\n"
        "is an appendix after the signature: TT | Nội dung | Thời gian | Người phụ trách | Cơ quan, đơn vị chủ trì | Phối hợp.",
        header,
        tasks,
    )


# ---------------------------------------------------------------------------
# 10. Draft plan of UBND xã Quảng Trực (Lâm Đồng, ex-Đắk Nông, bon): blank
#     number and day, blocks "Tiêu chí số N" with status, tasks and a shared
#     assignment line, or a bracket per item.
def plan10():
    title = (
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và "
        "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn xã "
        "Quảng Trực 6 tháng cuối năm 2026"
    )
    doc = Document()
    a4(doc)
    p = para(doc, "DỰ THẢO", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    side_by_side(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG TRỰC", "", "Số:        /KH-UBND"],
        [*MOTTO, "", "Quảng Trực, ngày      tháng 7 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for line in [
        "Căn cứ Nghị quyết số 257/2025/QH15 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035;",
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;",
        "Căn cứ Quyết định số 1250/QĐ-UBND ngày 12/5/2026 của UBND tỉnh Lâm Đồng về giao kế hoạch vốn năm 2026;",
        "UBND xã Quảng Trực xây dựng Kế hoạch như sau:",
    ]:
        para(doc, line, italic=True, indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Xã Quảng Trực (xã nhóm 3, biên giới) phấn đấu đến 31/12/2026 đạt thêm 02 tiêu chí (Tiêu chí số 2 và số 6); giảm 4% hộ nghèo đồng bào M'Nông.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP THEO TỪNG TIÊU CHÍ", bold=True)
    tasks = []
    # Tiêu chí số 2: two "+" items under one shared assignment line.
    para(doc, "1. Tiêu chí số 2 - Hạ tầng kinh tế - xã hội", bold=True, indent=1)
    para(
        doc,
        "- Hiện trạng: còn 7,5 km đường trục bon chưa được cứng hóa; bon Bu Prăng 2 chưa có nhà văn hóa đạt chuẩn.",
        indent=1,
    )
    para(doc, "- Nhiệm vụ:", indent=1)
    t2 = [
        "Cứng hóa 3,2 km đường trục bon Bu Dắp, bon Bu Prăng 2 theo cơ chế đặc thù (Nhà nước hỗ trợ xi măng, nhân dân góp công)",
        "Xây dựng nhà văn hóa cộng đồng bon Bu Prăng 2 theo kiến trúc nhà dài truyền thống M'Nông",
    ]
    for x in t2:
        para(doc, f"+ {x}.", indent=1)
    para(
        doc,
        "- Đơn vị thực hiện: Phòng Kinh tế chủ trì; phối hợp: Ban tự quản các bon, Ban Quản lý dự án đầu tư xây dựng khu vực. Thời gian hoàn thành: 30/11/2026.",
        indent=1,
    )
    tasks += [
        T(
            x,
            "Phòng Kinh tế",
            ["Ban tự quản các bon", "Ban Quản lý dự án đầu tư xây dựng khu vực"],
            "2026-11-30",
        )
        for x in t2
    ]
    # Tiêu chí số 3: one task, a "Giao …" sentence with an official.
    para(doc, "2. Tiêu chí số 3 - Phát triển kinh tế nông thôn", bold=True, indent=1)
    para(
        doc,
        "- Hiện trạng: thu nhập bình quân đầu người năm 2025 đạt 41,5 triệu đồng, chưa đạt chỉ tiêu của xã nhóm 3.",
        indent=1,
    )
    para(
        doc,
        "- Nhiệm vụ: Hỗ trợ 40 hộ đồng bào M'Nông trồng xen mắc ca trong vườn cà phê (giống, phân bón, hướng dẫn kỹ thuật) theo Dự án 3.",
        indent=1,
    )
    para(
        doc,
        "- Giao Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã và HTX Nông nghiệp dịch vụ Quảng Trực thực hiện; thời gian: Quý III/2026; công chức phụ trách: ông Điểu Xí.",
        indent=1,
    )
    tasks.append(
        T(
            "Hỗ trợ 40 hộ đồng bào M'Nông trồng xen mắc ca trong vườn cà phê (giống, phân bón, hướng dẫn kỹ thuật) theo Dự án 3",
            "Phòng Kinh tế",
            ["Hội Nông dân xã", "HTX Nông nghiệp dịch vụ Quảng Trực"],
            "2026-09-30",
            official="Điểu Xí",
        )
    )
    # Tiêu chí số 6: items with their own brackets.
    para(doc, "3. Tiêu chí số 6 - Giảm nghèo và an sinh xã hội", bold=True, indent=1)
    para(
        doc,
        "- Hiện trạng: tỷ lệ hộ nghèo đa chiều 14,2%, trong đó hộ dân tộc thiểu số chiếm 81%.",
        indent=1,
    )
    para(doc, "- Nhiệm vụ, giải pháp:", indent=1)
    t6 = [
        (
            "Hỗ trợ đất ở, nhà ở cho 18 hộ dân tộc thiểu số nghèo thiếu đất theo Dự án 1",
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp Ủy ban MTTQ Việt Nam xã; hoàn thành trong tháng 10/2026",
            T("", "Phòng Văn hóa - Xã hội", ["Ủy ban MTTQ Việt Nam xã"], "2026-10-31"),
        ),
        (
            "Hỗ trợ nước sinh hoạt phân tán (bồn chứa nước) cho 60 hộ ở bon Pi Nao, bon Bu Prăng 1",
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp Ban tự quản các bon Pi Nao, Bu Prăng 1; từ 01/8 đến 30/9/2026",
            T(
                "",
                "Phòng Văn hóa - Xã hội",
                ["Ban tự quản các bon Pi Nao, Bu Prăng 1"],
                "2026-09-30",
                "2026-08-01",
            ),
        ),
        (
            "Đào tạo nghề cho 50 lao động người dân tộc thiểu số, giới thiệu 20 lao động vào làm việc tại các khu công nghiệp trong tỉnh",
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp Đoàn Thanh niên xã; Quý IV/2026",
            T("", "Phòng Văn hóa - Xã hội", ["Đoàn Thanh niên xã"], "2026-12-31"),
        ),
    ]
    for x, who, t in t6:
        para(doc, f"+ {x} ({who}).", indent=1)
        t["title"] = x
        tasks.append(t)
    # Tiêu chí số 7
    para(
        doc,
        "4. Tiêu chí số 7 - Khoa học công nghệ và chuyển đổi số",
        bold=True,
        indent=1,
    )
    para(
        doc,
        "- Hiện trạng: 03 bon giáp biên giới còn lõm sóng di động; mới có 05/12 bon có Tổ công nghệ số cộng đồng.",
        indent=1,
    )
    t7 = [
        (
            "Phủ sóng di động 4G tại 03 bon vùng lõm sóng giáp biên giới",
            "Viettel Lâm Đồng chủ trì, phối hợp Đồn Biên phòng Bu Prăng; Quý IV/2026",
            T("", "Viettel Lâm Đồng", ["Đồn Biên phòng Bu Prăng"], "2026-12-31"),
        ),
        (
            "Thành lập, duy trì hoạt động Tổ công nghệ số cộng đồng ở 100% bon, thôn",
            "Văn phòng HĐND và UBND xã chủ trì, phối hợp Đoàn Thanh niên xã, Bưu điện văn hóa xã; trước 31/8/2026",
            T(
                "",
                "Văn phòng HĐND và UBND xã",
                ["Đoàn Thanh niên xã", "Bưu điện văn hóa xã"],
                "2026-08-31",
            ),
        ),
    ]
    for x, who, t in t7:
        para(doc, f"+ {x} ({who}).", indent=1)
        t["title"] = x
        tasks.append(t)
    # Tiêu chí số 10
    para(
        doc,
        "5. Tiêu chí số 10 - Tiếp cận pháp luật và an ninh, quốc phòng",
        bold=True,
        indent=1,
    )
    para(
        doc,
        "- Nhiệm vụ: Xây dựng 02 mô hình “Bon tự quản về an ninh trật tự” gắn với vai trò của già làng, người có uy tín.",
        indent=1,
    )
    para(
        doc,
        "- Phân công: Công an xã chủ trì; phối hợp: Đồn Biên phòng Bu Prăng, Ban Chỉ huy Quân sự xã; thời gian: năm 2026; đầu mối: Trưởng Công an xã.",
        indent=1,
    )
    tasks.append(
        T(
            "Xây dựng 02 mô hình “Bon tự quản về an ninh trật tự” gắn với vai trò của già làng, người có uy tín",
            "Công an xã",
            ["Đồn Biên phòng Bu Prăng", "Ban Chỉ huy Quân sự xã"],
            "2026-12-31",
            official="Trưởng Công an xã",
        )
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp, báo cáo UBND xã và Văn phòng Điều phối nông thôn mới tỉnh trước ngày 15 hằng tháng. Các phòng, đơn vị được giao nhiệm vụ chịu trách nhiệm trước Chủ tịch UBND xã về tiến độ.",
        indent=1,
    )
    recips = [
        "- UBND tỉnh Lâm Đồng (b/c);",
        "- Văn phòng Điều phối NTM tỉnh;",
        "- TT. Đảng ủy, TT. HĐND xã;",
        "- CT, PCT UBND xã;",
        "- Các phòng, đơn vị thuộc xã; Ban tự quản 12 bon, thôn;",
        "- Lưu: VT, PKT.",
    ]
    closing_beside(
        doc,
        recips,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Điểu K'Lưm",
        ],
    )
    header = hdr(
        "",
        "KH-UBND",
        "Quảng Trực",
        "",
        title,
        "ỦY BAN NHÂN DÂN XÃ QUẢNG TRỰC",
        "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Điểu K'Lưm",
        ["257/2025/QH15", "51/2025/QĐ-TTg", "1250/QĐ-UBND"],
        len(recips),
    )
    expected.write(
        OUT,
        "10_quang_truc_du_thao.docx",
        save(doc),
        "Draft plan (blank number and day) of a border commune UBND (Lâm Đồng, bon, ethnic-minority programme):\n"
        "criterion blocks 'Tiêu chí số N' with status, '+' items, a shared assignment line or a bracket per item.",
        header,
        tasks,
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for make in (plan1, plan2, plan3, plan4, plan5, plan6, plan7, plan8, plan9, plan10):
        make()
        print(make.__name__, "done")
