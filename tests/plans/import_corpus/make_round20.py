"""Writes round 20's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round20.py

Round 20 is the lead's sixth hidden hold-out of 06/12/2026, written before
any change for it and measured untouched on main fb3c8fe (tasks 92.9/78.8);
its families were described in words to two helpers, who wrote rounds 20a
and 20b and never saw these files.
"""

import sys
from pathlib import Path

from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    opening,
    para,
    repeat_header,
    ruled,
    save,
)

OUT = HERE / "round20"


# F1: "1/" and "a/" slash numbering under "I/" sections; "Đơn vị thực hiện",
# "Tiến độ" labels; "6 tháng đầu năm", "tháng 3-4/2027".
def xa_cam_xuyen():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ CẨM XUYÊN", "Số: 315/KH-UBND"],
        "Cẩm Xuyên, ngày 25 tháng 11 năm 2026",
        "Thực hiện các tiêu chí xã nông thôn mới kiểu mẫu năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 520/KH-UBND ngày 10/11/2026 của UBND tỉnh Hà Tĩnh về "
        "xây dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(doc, "UBND xã Cẩm Xuyên ban hành Kế hoạch thực hiện như sau:", indent=1)
    para(doc, "I/ MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "1/ Phấn đấu đến cuối năm 2027 xã đạt chuẩn nông thôn mới kiểu mẫu.",
        indent=1,
    )
    para(
        doc,
        "2/ Huy động sự vào cuộc của cả hệ thống chính trị và người dân; phân công "
        "rõ người, rõ việc, rõ thời gian hoàn thành.",
        indent=1,
    )
    para(doc, "II/ NHIỆM VỤ TRỌNG TÂM", bold=True)
    blocks = [
        (
            "1/ Lĩnh vực giao thông, thủy lợi",
            [
                (
                    "a/ Cứng hóa 1,8 km đường giao thông nội đồng thôn Trung Hà.",
                    "Ban Quản lý dự án đầu tư xây dựng xã",
                    "Ban phát triển thôn Trung Hà",
                    "6 tháng đầu năm 2027.",
                ),
                (
                    "b/ Kiên cố hóa 950 m kênh mương nội đồng xứ đồng Đồng Sau.",
                    "Phòng Kinh tế",
                    "Hợp tác xã Nông nghiệp Cẩm Xuyên",
                    "tháng 3-4/2027.",
                ),
            ],
        ),
        (
            "2/ Lĩnh vực môi trường",
            [
                (
                    "a/ Trồng 2.000 cây xanh dọc các tuyến đường trục xã, trục thôn.",
                    "Đoàn Thanh niên xã",
                    "Hội Liên hiệp Phụ nữ xã, Hội Cựu chiến binh xã",
                    "Quý I/2027.",
                ),
                (
                    "b/ Xây dựng 03 mô hình phân loại rác thải tại nguồn ở các thôn Trung Hà, "
                    "Đông Hà, Tây Hà.",
                    "Hội Liên hiệp Phụ nữ xã",
                    "Phòng Kinh tế",
                    "trước ngày 30/9/2027.",
                ),
            ],
        ),
        (
            "3/ Lĩnh vực văn hóa, giáo dục",
            [
                (
                    "a/ Duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi.",
                    "Trường Mầm non Cẩm Xuyên",
                    "Phòng Văn hóa - Xã hội",
                    "thường xuyên.",
                ),
            ],
        ),
    ]
    for heading, tasks in blocks:
        para(doc, heading, bold=True, indent=1)
        for title, lead, partners, when in tasks:
            para(doc, title, indent=1)
            para(doc, f"- Đơn vị thực hiện: {lead}.", indent=1)
            para(doc, f"- Phối hợp: {partners}.", indent=1)
            para(doc, f"- Tiến độ: {when}", indent=1)
    para(doc, "III/ TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1/ Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp tình hình thực "
        "hiện, báo cáo UBND xã trước ngày 20 hằng tháng.",
        indent=1,
    )
    para(
        doc,
        "2/ Các đơn vị được giao nhiệm vụ chủ động xây dựng kế hoạch chi tiết, "
        "triển khai thực hiện đảm bảo tiến độ đề ra.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- TT Đảng ủy, HĐND xã;",
            "- Các đơn vị, thôn;",
            "- Lưu: VT.",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Nguyễn Văn Thắng",
        ],
    )
    return save(doc)


# F2: a province's task table with a two-row header ("Thời gian" over
# "Bắt đầu" | "Hoàn thành"), roman group rows, abbreviated departments,
# "Kinh phí (triệu đồng)" column.
def tinh_ha_tinh():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 612/KH-UBND"],
        "Hà Tĩnh, ngày 30 tháng 11 năm 2026",
        "Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027",
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 45/KH-BCĐ ngày 05/11/2026 của Ban Chỉ đạo Trung ương "
        "các chương trình mục tiêu quốc gia;",
        italic=True,
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Năm 2027 có thêm 12 xã đạt chuẩn nông thôn mới, 6 xã đạt chuẩn nông thôn "
        "mới nâng cao.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    t = doc.add_table(rows=2, cols=7)
    ruled(t)
    heads = [
        "TT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian",
        None,
        "Kinh phí (triệu đồng)",
    ]
    for i, h in enumerate(heads):
        if h is not None:
            fill(t.cell(0, i), h, bold=True)
    fill(t.cell(1, 4), "Bắt đầu", bold=True)
    fill(t.cell(1, 5), "Hoàn thành", bold=True)
    t.cell(0, 4).merge(t.cell(0, 5))
    for i in (0, 1, 2, 3, 6):
        t.cell(0, i).merge(t.cell(1, i))
    fill(t.cell(0, 4), "Thời gian", bold=True)
    for i in (0, 1, 2, 3, 6):
        fill(t.cell(0, i), heads[i], bold=True)
    rows = [
        ("I", "QUY HOẠCH VÀ HẠ TẦNG", None),
        (
            "1",
            "Rà soát, điều chỉnh quy hoạch chung xây dựng các xã sau sắp xếp đơn vị "
            "hành chính",
            ("Sở XD", "UBND các xã", "01/2027", "06/2027", "1.500"),
        ),
        (
            "2",
            "Hoàn thành cứng hóa 100% đường trục xã tại 12 xã đăng ký đạt chuẩn năm 2027",
            ("Sở XD", "Sở Tài chính; UBND các xã", "02/2027", "11/2027", "85.000"),
        ),
        ("II", "SẢN XUẤT VÀ MÔI TRƯỜNG", None),
        (
            "3",
            "Xây dựng 25 sản phẩm OCOP đạt 3 sao trở lên",
            (
                "Sở NN&MT",
                "Sở Công Thương; Liên minh HTX tỉnh",
                "Quý I/2027",
                "Quý IV/2027",
                "4.200",
            ),
        ),
        (
            "4",
            "Thu gom, xử lý chất thải rắn sinh hoạt nông thôn đạt tỷ lệ 90%",
            ("Sở NN&MT", "UBND các xã", "01/2027", "12/2027", ""),
        ),
        ("III", "VĂN HÓA - XÃ HỘI", None),
        (
            "5",
            "Nâng cấp 40 nhà văn hóa thôn đạt chuẩn theo quy định",
            ("Sở VH,TT&DL", "UBND các xã", "03/2027", "10/2027", "6.000"),
        ),
        (
            "6",
            "Đạt tỷ lệ 95% người dân tham gia bảo hiểm y tế",
            ("Sở Y tế", "BHXH tỉnh; UBND các xã", "01/2027", "12/2027", ""),
        ),
    ]
    for number, text, rest in rows:
        r = t.add_row()
        for c, cm in zip(r.cells, (1.0, 5.0, 2.2, 2.6, 1.6, 1.6, 2.0), strict=True):
            c.width = Cm(cm)
        fill(r.cells[0], number, bold=rest is None)
        fill(r.cells[1], text, bold=rest is None)
        if rest is None:
            r.cells[1].merge(r.cells[6])
            fill(r.cells[1], text, bold=True)
        else:
            for i, v in enumerate(rest, start=2):
                fill(r.cells[i], v)
    fixed_widths(t, (1.0, 5.0, 2.2, 2.6, 1.6, 1.6, 2.0), table_width=True, twips=int)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các sở, ngành, UBND các xã định kỳ trước ngày 15 của tháng cuối quý báo cáo "
        "kết quả về Văn phòng Điều phối nông thôn mới tỉnh để tổng hợp.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Ban Chỉ đạo Trung ương (b/c);",
            "- TT Tỉnh ủy, HĐND tỉnh;",
            "- Các sở, ngành;",
            "- UBND các xã;",
            "- Lưu: VT, NL.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Báu Hà"],
    )
    return save(doc)


# F3: a plain-text plan whose work is given unit by unit under "TỔ CHỨC
# THỰC HIỆN": "1. Phòng Kinh tế" then "- Chủ trì …, hoàn thành …" bullets.
KY_SON = """\
ỦY BAN NHÂN DÂN
XÃ KỲ SƠN
Số: 198/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kỳ Sơn, ngày 28 tháng 11 năm 2026

KẾ HOẠCH
Duy trì và nâng cao chất lượng các tiêu chí nông thôn mới năm 2027

Căn cứ Kế hoạch số 611/KH-UBND ngày 20/11/2026 của UBND tỉnh Nghệ An;
Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/11/2026 của HĐND xã Kỳ Sơn;
UBND xã Kỳ Sơn xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Giữ vững 19/19 tiêu chí xã nông thôn mới; không để tiêu chí nào bị tụt hạng.

II. NỘI DUNG
Năm 2027 tập trung nâng cao chất lượng 3 tiêu chí: Giao thông, Sản xuất, Văn hóa; nhiệm vụ cụ thể của từng đơn vị tại phần III.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
- Chủ trì lập hồ sơ nâng cấp 2 km đường trục thôn Khe Tang, hoàn thành trước ngày 30/6/2027.
- Chủ trì, phối hợp Hợp tác xã Chè Kỳ Sơn xây dựng vùng trồng chè tập trung 20 ha, hoàn thành trong quý III/2027.
2. Phòng Văn hóa - Xã hội
- Tổ chức Hội thi "Thôn văn hóa kiểu mẫu" cấp xã trong tháng 8/2027.
- Hướng dẫn 100% thôn rà soát, bổ sung hương ước, quy ước, hoàn thành trước ngày 30/9/2027.
3. Công an xã
- Xây dựng 05 mô hình "Camera an ninh" tại các thôn, hoàn thành trong năm 2027.
4. Đoàn Thanh niên xã
- Ra quân làm vệ sinh môi trường các tuyến đường liên thôn vào Chủ nhật cuối mỗi tháng, thường xuyên.

Nơi nhận:
- UBND tỉnh (b/c);
- TT Đảng ủy, HĐND xã;
- Như mục III;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lô Văn Thái
"""


# F4: an OpenDocument (.odt) plan, "Nhiệm vụ N:" headings with responsibility
# in a trailing bracket ("(Giao: … chủ trì, phối hợp …; thời gian: …)") and a
# "Người theo dõi:" line.
def xa_tam_dao():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TAM ĐẢO", "Số: 77/KH-UBND"],
        "Tam Đảo, ngày 01 tháng 12 năm 2026",
        "Hoàn thiện hồ sơ và nâng chất các tiêu chí nông thôn mới nâng cao năm 2027",
    )
    para(
        doc,
        "Thực hiện Kế hoạch số 705/KH-UBND ngày 18/11/2026 của UBND tỉnh Phú Thọ, "
        "UBND xã Tam Đảo giao nhiệm vụ như sau:",
        indent=1,
    )
    para(doc, "I. NHIỆM VỤ", bold=True)
    tasks = [
        (
            "Nhiệm vụ 1: Hoàn thiện hồ sơ minh chứng tiêu chí số 17 về Môi trường và an "
            "toàn thực phẩm (Giao: Phòng Kinh tế chủ trì, phối hợp Trạm Y tế xã; thời "
            "gian: tháng 02/2027).",
            "Người theo dõi: đ/c Trần Văn Hùng – công chức Phòng Kinh tế.",
        ),
        (
            "Nhiệm vụ 2: Xây dựng kế hoạch chuyển đổi số cấp xã năm 2027, đưa 100% thủ "
            "tục hành chính lên môi trường điện tử (Giao: Văn phòng HĐND và UBND xã chủ "
            "trì; thời gian: Quý I/2027).",
            None,
        ),
        (
            "Nhiệm vụ 3: Tổ chức 04 lớp tập huấn kỹ thuật trồng rau an toàn cho nông dân "
            "(Giao: Hội Nông dân xã chủ trì, phối hợp Phòng Kinh tế; thời gian: từ tháng "
            "3 đến tháng 6/2027).",
            "Người theo dõi: đ/c Lê Thị Mai – công chức Phòng Kinh tế.",
        ),
        (
            "Nhiệm vụ 4: Lắp đặt 30 bóng đèn năng lượng mặt trời trên tuyến đường liên "
            "thôn Đồng Bùa – Tích Cực (Giao: Đoàn Thanh niên xã chủ trì; thời gian: trước "
            "31/5/2027).",
            None,
        ),
    ]
    for text, watcher in tasks:
        para(doc, text, indent=1)
        if watcher:
            para(doc, watcher, italic=True, indent=1)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Thủ trưởng các đơn vị được giao nhiệm vụ chịu trách nhiệm trước Chủ tịch "
        "UBND xã về tiến độ, chất lượng công việc được giao.",
        indent=1,
    )
    closing_under(
        doc,
        ["- TT Đảng ủy xã;", "- Các đơn vị có tên tại mục I;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đỗ Minh Tuấn"],
    )
    return saved_as(save(doc), "odt")


# F5: a PDF of a long task table that runs over a page (header row repeated
# on the next page, one row split across the break), with a "Ghi chú" column.
def xa_huong_khe():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HƯƠNG KHÊ", "Số: 240/KH-UBND"],
        "Hương Khê, ngày 27 tháng 11 năm 2026",
        "Thực hiện Chương trình xây dựng nông thôn mới năm 2027",
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 520/KH-UBND ngày 10/11/2026 của UBND tỉnh Hà Tĩnh;",
        italic=True,
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Hoàn thành các chỉ tiêu nông thôn mới nâng cao được giao năm 2027.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    t = doc.add_table(rows=1, cols=6)
    ruled(t)
    for i, h in enumerate(
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ]
    ):
        fill(t.cell(0, i), h, bold=True, size=11)
    repeat_header(t.rows[0], stated=False)
    rows = [
        (
            "Nâng cấp 1,2 km đường trục thôn Hà Bình, mặt đường bê tông rộng 3,5 m, "
            "có rãnh thoát nước hai bên và hệ thống biển báo theo quy định",
            "Ban Quản lý dự án xã",
            "Ban phát triển thôn Hà Bình",
            "30/6/2027",
            "Vốn ngân sách tỉnh hỗ trợ",
        ),
        (
            "Xây dựng mới nhà văn hóa thôn Phúc Đình, quy mô 150 chỗ ngồi, kèm sân thể "
            "thao và khu vui chơi cho trẻ em",
            "Ban Quản lý dự án xã",
            "Thôn Phúc Đình",
            "Quý III/2027",
            "Nhân dân đóng góp 30%",
        ),
        (
            "Tuyên truyền, vận động người dân chỉnh trang hàng rào, cổng ngõ, vườn hộ "
            "theo tiêu chí khu dân cư kiểu mẫu",
            "Hội Liên hiệp Phụ nữ xã",
            "Ủy ban MTTQ Việt Nam xã",
            "Tháng 5/2027",
            "",
        ),
        (
            "Hỗ trợ 15 hộ nghèo, hộ cận nghèo cải tạo nhà tiêu hợp vệ sinh",
            "Phòng Văn hóa - Xã hội",
            "Hội Cựu chiến binh xã",
            "Tháng 9/2027",
            "Lồng ghép chương trình giảm nghèo",
        ),
        (
            "Xây dựng 02 mô hình vườn mẫu trồng cam chanh theo hướng VietGAP tại thôn "
            "Hương Giang",
            "Phòng Kinh tế",
            "Hội Nông dân xã",
            "Quý IV/2027",
            "",
        ),
        (
            "Duy trì hoạt động của 12 câu lạc bộ văn nghệ, thể thao ở các thôn",
            "Phòng Văn hóa - Xã hội",
            "Các thôn",
            "Thường xuyên",
            "",
        ),
        (
            "Nạo vét 3,5 km kênh mương nội đồng trước vụ Đông Xuân, bảo đảm tưới tiêu "
            "chủ động cho 120 ha lúa",
            "Phòng Kinh tế",
            "Hợp tác xã Nông nghiệp Hương Khê",
            "31/01/2027",
            "",
        ),
        (
            "Cập nhật, số hóa hồ sơ minh chứng 19 tiêu chí nông thôn mới nâng cao trên "
            "phần mềm quản lý của tỉnh",
            "Văn phòng HĐND và UBND xã",
            "Phòng Kinh tế",
            "Tháng 10/2027",
            "",
        ),
        (
            "Tổ chức khám sức khỏe định kỳ cho người cao tuổi trên địa bàn xã, lập hồ sơ "
            "quản lý sức khỏe điện tử cho 100% người dân",
            "Trạm Y tế xã",
            "Hội Người cao tuổi xã",
            "Quý II/2027",
            "",
        ),
        (
            "Lắp đặt 20 camera giám sát an ninh trật tự tại các tuyến đường trục xã, các "
            "điểm giao cắt và khu vực trung tâm xã",
            "Công an xã",
            "Các thôn",
            "Tháng 12/2027",
            "Xã hội hóa",
        ),
        (
            "Tổ chức 06 lớp tập huấn chuyển giao khoa học kỹ thuật chăn nuôi an toàn "
            "sinh học cho các hộ chăn nuôi",
            "Phòng Kinh tế",
            "Hội Nông dân xã",
            "Quý II/2027",
            "",
        ),
        (
            "Trồng 1.500 cây bóng mát, cây hoa dọc các tuyến đường liên thôn Hà Bình – "
            "Phúc Đình – Hương Giang",
            "Đoàn Thanh niên xã",
            "Các thôn",
            "Tháng 3/2027",
            "",
        ),
    ]
    for n, row in enumerate(rows, start=1):
        r = t.add_row()
        fill(r.cells[0], str(n), size=11)
        for i, v in enumerate(row, start=1):
            fill(r.cells[i], v, size=11)
    fixed_widths(t, (1.2, 5.2, 2.6, 2.6, 2.4, 2.0), table_width=True, twips=int)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã (qua Phòng Kinh tế) "
        "trước ngày 25 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phan Đình Lộc"],
    )
    return saved_as(save(doc), "pdf")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r20-xa-cam-xuyen-gach-cheo.docx").write_bytes(xa_cam_xuyen())
    (OUT / "r20-tinh-ha-tinh-tieu-de-hai-dong.docx").write_bytes(tinh_ha_tinh())
    (OUT / "r20-xa-ky-son-giao-theo-don-vi.txt").write_text(KY_SON, "utf-8")
    (OUT / "r20-xa-tam-dao-nhiem-vu.odt").write_bytes(xa_tam_dao())
    (OUT / "r20-xa-huong-khe-bang-qua-trang.pdf").write_bytes(xa_huong_khe())
