"""Writes round 28's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round28.py

Round 28 is the lead's fourth BLIND hold-out (06/12/2026): ten ordinary
plans of 2026-2027 by a helper who read neither the importer, its corpus,
its docs nor the seeds, asked to write in its own way (a 5-page provincial
plan of 25 tasks, an appendix after the signature, Arabic-numbered
sections, a start/end workbook). Measured untouched by its writer on main
c4da6db (after rounds 26e, 26m, 27s and offsplit; before 27o, 27h, 27b):
tasks 93.7/80.4, leads 97.1/79.1, coordinating 99.0/83.7, officials
100/76.7, deadlines 94.0/68.5, starts 100/14.3, header 100/97.6. No
expected result was changed after measuring. Its families went, in words,
to rounds 28a, 28b, 28c and 28x; on 9c96ea8 it reads 100 on every field.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import word_writer as ww  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

OUT = HERE / "round28"


def T(title, lead=None, coord=(), deadline=None, start=None, official=None):
    return {
        "title": title,
        "lead": lead,
        "coordinating": list(coord),
        "deadline": deadline,
        "start": start,
        "official": official,
    }


def paras(doc, lines, indent=1.0):
    for line in lines:
        if isinstance(line, tuple):
            ww.para(doc, line[0], bold=True, indent=indent)
        else:
            ww.para(doc, line, indent=indent)


# ---------------------------------------------------------------- 1
def doc01():
    """UBND xã Đồng Lộc (Hà Tĩnh): short prose body, signature, then
    Phụ lục task table: TT | Nội dung công việc | Chủ trì | Phối hợp |
    Thời gian hoàn thành."""
    doc = ww.opening(
        ["UBND TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN XÃ ĐỒNG LỘC", "Số: 17/KH-UBND"],
        "Đồng Lộc, ngày 22 tháng 01 năm 2027",
        "Thực hiện các tiêu chí nông thôn mới năm 2027 trên địa bàn xã Đồng Lộc",
    )
    ww.a4(doc)
    paras(
        doc,
        [
            "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030;",
            "Căn cứ Kế hoạch số 412/KH-UBND ngày 18/12/2026 của UBND tỉnh Hà Tĩnh về thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027;",
            "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 20/12/2026 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2027;",
            "UBND xã Đồng Lộc ban hành Kế hoạch thực hiện các tiêu chí nông thôn mới năm 2027, cụ thể như sau:",
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            "- Duy trì, nâng chất 10 tiêu chí theo Bộ tiêu chí giai đoạn 2026 - 2030; phấn đấu đến cuối năm 2027 xã đạt 7/10 tiêu chí.",
            "- Phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
            ("II. CHỈ TIÊU CHỦ YẾU",),
            "- Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 2,1%.",
            "- Cứng hóa thêm 4,5 km đường giao thông nông thôn; 100% thôn có mô hình phân loại rác tại nguồn.",
            ("III. NHIỆM VỤ VÀ PHÂN CÔNG",),
            "Chi tiết các nhiệm vụ, đơn vị chủ trì, phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.",
            ("IV. TỔ CHỨC THỰC HIỆN",),
            "1. Phòng Kinh tế là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND xã trước ngày 05/12/2027.",
            "2. Các ban, ngành, đoàn thể và Trưởng các thôn căn cứ nhiệm vụ được giao triển khai thực hiện; định kỳ hằng quý báo cáo kết quả về UBND xã (qua Phòng Kinh tế).",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về UBND xã để xem xét, giải quyết./.",
        ],
    )
    recipients = [
        "- UBND tỉnh (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT Đảng ủy, HĐND xã;",
        "- Chủ tịch, các PCT UBND xã;",
        "- Các thôn;",
        "- Lưu: VT.",
    ]
    ww.closing_beside(
        doc,
        recipients,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Phan Thị Thu Hà",
        ],
    )
    doc.add_page_break()
    ww.para(doc, "PHỤ LỤC", bold=True, center=True)
    ww.para(
        doc,
        "DANH MỤC NHIỆM VỤ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2027",
        bold=True,
        center=True,
    )
    ww.para(
        doc,
        "(Kèm theo Kế hoạch số 17/KH-UBND ngày 22/01/2027 của UBND xã Đồng Lộc)",
        italic=True,
        center=True,
    )
    tasks = [
        T(
            "Rà soát, điều chỉnh quy hoạch chung xây dựng xã Đồng Lộc đến năm 2040",
            "Phòng Kinh tế",
            ["Văn phòng HĐND và UBND xã", "các thôn"],
            "2027-06-30",
        ),
        T(
            "Cứng hóa 4,5 km đường trục thôn, liên thôn",
            "Phòng Kinh tế",
            ["Ban phát triển các thôn"],
            "2027-10-31",
        ),
        T(
            "Nâng cấp 1,2 km kênh mương nội đồng thôn Trung Hòa",
            "Phòng Kinh tế",
            ["Hợp tác xã Nông nghiệp Đồng Lộc"],
            "2027-05-31",
        ),
        T(
            "Xây dựng 02 sản phẩm OCOP đạt 3 sao (mật ong Đồng Lộc, bưởi Phúc Trạch)",
            "Phòng Kinh tế",
            ["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"],
            "2027-09-30",
        ),
        T(
            "Hỗ trợ 35 hộ nghèo, hộ cận nghèo phát triển sinh kế",
            "Phòng Văn hóa - Xã hội",
            ["Ủy ban MTTQ Việt Nam xã", "các thôn"],
            "2027-12-31",
        ),
        T(
            "Duy trì, nâng chất tiêu chí trường học đạt chuẩn quốc gia",
            "Trường THCS Đồng Lộc",
            ["Phòng Văn hóa - Xã hội"],
            "2027-08-15",
        ),
        T(
            "Triển khai phân loại rác thải tại nguồn ở 100% thôn",
            "Phòng Kinh tế",
            ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            "2027-06-30",
        ),
        T(
            "Chuyển đổi số trong giải quyết thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%",
            "Trung tâm Phục vụ hành chính công xã",
            ["Văn phòng HĐND và UBND xã"],
            "2027-11-30",
        ),
        T(
            "Đảm bảo an ninh trật tự, xây dựng thôn an toàn về an ninh trật tự",
            "Công an xã",
            ["Ban Chỉ huy Quân sự xã", "các thôn"],
            "2027-12-31",
        ),
    ]
    when = {
        "2027-06-30": "Quý II/2027",
        "2027-10-31": "Tháng 10/2027",
        "2027-05-31": "Tháng 5/2027",
        "2027-09-30": "Quý III/2027",
        "2027-12-31": "Năm 2027",
        "2027-08-15": "Trước 15/8/2027",
        "2027-11-30": "Tháng 11/2027",
    }
    rows = []
    for i, t in enumerate(tasks, 1):
        co = t["coordinating"]
        rows.append(
            [
                [str(i)],
                [t["title"]],
                [t["lead"]],
                ["; ".join(co)],
                [when[t["deadline"]]],
            ]
        )
    ww.task_table(
        doc,
        ["TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian hoàn thành"],
        rows,
        [1.0, 6.5, 3.0, 3.5, 2.5],
        bold_titles=False,
    )
    header = {
        "number": "17",
        "symbol": "KH-UBND",
        "place": "Đồng Lộc",
        "date": "2027-01-22",
        "title": "Thực hiện các tiêu chí nông thôn mới năm 2027 trên địa bàn xã Đồng Lộc",
        "issuer": "ỦY BAN NHÂN DÂN XÃ ĐỒNG LỘC",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Phan Thị Thu Hà",
        "bases": ["51/2025/QĐ-TTg", "412/KH-UBND", "09/NQ-HĐND"],
        "recipients": 6,
    }
    write(
        OUT,
        "h28_01_xa_dong_loc_phuluc.docx",
        ww.save(doc),
        "Commune UBND (Hà Tĩnh), prose body, Phụ lục table after the signature.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 2
def doc02():
    """Sở NN&MT Lạng Sơn: table TT | Nhiệm vụ | Thời gian thực hiện |
    Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm."""
    doc = ww.opening(
        ["UBND TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1385/KH-SNNMT"],
        "Lạng Sơn, ngày 14 tháng 12 năm 2026",
        "Triển khai Bộ tiêu chí xã nông thôn mới hiện đại thí điểm trên địa bàn tỉnh Lạng Sơn năm 2027",
    )
    ww.a4(doc)
    paras(
        doc,
        [
            "Căn cứ Nghị quyết số 257/2025/QH15 của Quốc hội về chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035;",
            "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;",
            "Thực hiện Quyết định số 2214/QĐ-UBND ngày 30/10/2026 của UBND tỉnh Lạng Sơn về việc chọn xã thực hiện thí điểm xây dựng xã nông thôn mới hiện đại;",
            "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:",
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            "Hướng dẫn, hỗ trợ 03 xã thí điểm (Hoàng Văn Thụ, Đồng Đăng, Na Sầm) đạt các tiêu chí xã nông thôn mới hiện đại vào năm 2028.",
            ("II. NHIỆM VỤ CỤ THỂ",),
        ],
    )
    tasks = [
        T(
            "Ban hành hướng dẫn thực hiện các chỉ tiêu xã nông thôn mới hiện đại thuộc lĩnh vực nông nghiệp và môi trường",
            "Chi cục Phát triển nông thôn",
            ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính"],
            "2027-02-28",
        ),
        T(
            "Tập huấn cho cán bộ Phòng Kinh tế 03 xã thí điểm về quy trình đánh giá, chấm điểm tiêu chí",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            ["Chi cục Phát triển nông thôn"],
            "2027-03-31",
        ),
        T(
            "Hỗ trợ xây dựng vùng sản xuất rau an toàn ứng dụng công nghệ cao quy mô 15 ha tại xã Đồng Đăng",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            ["Trung tâm Khuyến nông", "UBND xã Đồng Đăng"],
            "2027-09-30",
        ),
        T(
            "Thẩm định, hỗ trợ nâng hạng 06 sản phẩm OCOP lên 4 sao",
            "Chi cục Phát triển nông thôn",
            ["Sở Công Thương", "UBND các xã thí điểm"],
            "2027-10-31",
        ),
        T(
            "Lắp đặt 03 hệ thống xử lý nước thải sinh hoạt tập trung tại khu dân cư",
            "Chi cục Bảo vệ môi trường",
            ["Ban Quản lý dự án đầu tư xây dựng tỉnh", "UBND các xã thí điểm"],
            "2027-11-30",
        ),
        T(
            "Cập nhật dữ liệu đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu đạt 98% diện tích",
            "Văn phòng Đăng ký đất đai",
            ["UBND các xã thí điểm"],
            "2027-12-31",
        ),
        T(
            "Kiểm tra, đánh giá mức độ đạt tiêu chí tại 03 xã thí điểm, tham mưu UBND tỉnh",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            ["các phòng, đơn vị thuộc Sở"],
            "2027-12-15",
        ),
    ]
    when = [
        "Tháng 02/2027",
        "Quý I/2027",
        "Quý III/2027",
        "Tháng 10/2027",
        "Tháng 11/2027",
        "Năm 2027",
        "Trước 15/12/2027",
    ]
    products = [
        "Văn bản hướng dẫn",
        "Hội nghị tập huấn",
        "15 ha",
        "Quyết định công nhận",
        "03 hệ thống",
        "Giấy chứng nhận",
        "Báo cáo",
    ]
    rows = [
        [
            [str(i)],
            [t["title"]],
            [when[i - 1]],
            [t["lead"]],
            [", ".join(t["coordinating"])],
            [products[i - 1]],
        ]
        for i, t in enumerate(tasks, 1)
    ]
    ww.task_table(
        doc,
        [
            "TT",
            "Nhiệm vụ",
            "Thời gian thực hiện",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Sản phẩm",
        ],
        rows,
        [0.9, 5.6, 2.3, 2.8, 2.9, 2.0],
        bold_titles=False,
        size=11,
    )
    paras(
        doc,
        [
            ("III. TỔ CHỨC THỰC HIỆN",),
            "Văn phòng Điều phối nông thôn mới tỉnh là đầu mối theo dõi, tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 20/12/2027.",
            "Các đơn vị thuộc Sở chủ động bố trí kinh phí từ nguồn sự nghiệp được giao năm 2027 để thực hiện./.",
        ],
    )
    recipients = [
        "- UBND tỉnh (b/c);",
        "- Văn phòng Điều phối NTM Trung ương;",
        "- Giám đốc, các PGĐ Sở;",
        "- UBND các xã: Hoàng Văn Thụ, Đồng Đăng, Na Sầm;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, PTNT.",
    ]
    ww.closing_beside(
        doc, recipients, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hoàng Văn Quyết"]
    )
    header = {
        "number": "1385",
        "symbol": "KH-SNNMT",
        "place": "Lạng Sơn",
        "date": "2026-12-14",
        "title": "Triển khai Bộ tiêu chí xã nông thôn mới hiện đại thí điểm trên địa bàn tỉnh Lạng Sơn năm 2027",
        "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer": "Hoàng Văn Quyết",
        "bases": ["257/2025/QH15", "51/2025/QĐ-TTg", "2214/QĐ-UBND"],
        "recipients": 6,
    }
    write(
        OUT,
        "h28_02_so_nnmt_lang_son.docx",
        ww.save(doc),
        "Provincial department, task table with deadline column before the lead.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 3
def doc03():
    """UBND tỉnh Tuyên Quang: 5-6 pages, 26 tasks in a table grouped by
    criterion rows; STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
    hợp | Thời hạn hoàn thành."""
    doc = ww.opening(
        ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "", "Số: 486/KH-UBND"],
        "Tuyên Quang, ngày 25 tháng 12 năm 2026",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Tuyên Quang năm 2027",
    )
    ww.a4(doc)
    paras(
        doc,
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
            "Căn cứ Nghị quyết số 257/2025/QH15 của Quốc hội;",
            "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030;",
            "Căn cứ Nghị quyết số 38/NQ-HĐND ngày 10/12/2026 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2027;",
            "Căn cứ Kết luận ngày 10/12/2026 của Ban Thường vụ Tỉnh ủy tại phiên họp thường kỳ tháng 12/2026;",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027 như sau:",
            ("I. MỤC TIÊU",),
            "1. Mục tiêu chung: Xây dựng nông thôn mới gắn với phát triển kinh tế nông thôn, giảm nghèo bền vững vùng đồng bào dân tộc thiểu số; nâng cao đời sống vật chất, tinh thần của người dân, nhất là các xã vùng cao thuộc khu vực Hà Giang trước đây.",
            "2. Chỉ tiêu cụ thể năm 2027:",
            "- Có thêm 08 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030; 02 xã thực hiện thí điểm xã nông thôn mới hiện đại.",
            "- Bình quân toàn tỉnh đạt 6,2 tiêu chí/xã; không còn xã dưới 4 tiêu chí.",
            "- Thu nhập bình quân của người dân nông thôn đạt 48 triệu đồng/người/năm; tỷ lệ hộ nghèo đa chiều giảm 3,5% (riêng các xã khu vực III giảm 5%).",
            "- Tỷ lệ dân cư nông thôn sử dụng nước sạch đạt 72%; tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 78%.",
            ("II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",),
            "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về xây dựng nông thôn mới giai đoạn mới.",
            "2. Huy động, lồng ghép các nguồn lực; ưu tiên vốn ngân sách cho các xã khu vực III, xã đặc biệt khó khăn.",
            "3. Phát triển kinh tế nông thôn theo chuỗi giá trị, gắn với sản phẩm OCOP và du lịch cộng đồng.",
            "Nhiệm vụ cụ thể của các cơ quan, đơn vị được phân công tại bảng dưới đây:",
        ],
    )
    groups = [
        (
            "I",
            "Quy hoạch và hạ tầng kinh tế - xã hội",
            [
                T(
                    "Hướng dẫn các xã rà soát, lập mới quy hoạch chung xây dựng xã sau sắp xếp đơn vị hành chính",
                    "Sở Xây dựng",
                    ["Sở Nông nghiệp và Môi trường", "UBND các xã"],
                    "2027-06-30",
                ),
                T(
                    "Đầu tư cứng hóa 320 km đường giao thông nông thôn theo cơ chế đặc thù",
                    "UBND các xã",
                    ["Sở Xây dựng", "Sở Tài chính"],
                    "2027-12-31",
                ),
                T(
                    "Nâng cấp, sửa chữa 45 công trình thủy lợi nhỏ, kênh mương nội đồng",
                    "Sở Nông nghiệp và Môi trường",
                    ["UBND các xã"],
                    "2027-10-31",
                ),
                T(
                    "Kéo điện lưới quốc gia đến 36 thôn, bản chưa có điện",
                    "Sở Công Thương",
                    ["Công ty Điện lực Tuyên Quang", "UBND các xã"],
                    "2027-12-31",
                ),
                T(
                    "Xây dựng, cải tạo 60 nhà văn hóa thôn, bản đạt chuẩn",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    ["UBND các xã"],
                    "2027-11-30",
                ),
                T(
                    "Đầu tư 12 công trình cấp nước sinh hoạt tập trung tại các xã vùng cao",
                    "Sở Nông nghiệp và Môi trường",
                    ["Sở Y tế", "UBND các xã"],
                    "2027-12-31",
                ),
            ],
        ),
        (
            "II",
            "Phát triển kinh tế nông thôn",
            [
                T(
                    "Phát triển vùng chè Shan tuyết hàng hóa 2.500 ha gắn với chế biến sâu",
                    "Sở Nông nghiệp và Môi trường",
                    ["Sở Khoa học và Công nghệ", "UBND các xã vùng chè"],
                    "2027-12-31",
                ),
                T(
                    "Đánh giá, phân hạng thêm 40 sản phẩm OCOP, trong đó ít nhất 10 sản phẩm 4 sao",
                    "Văn phòng Điều phối nông thôn mới tỉnh",
                    ["Sở Công Thương", "UBND các xã"],
                    "2027-10-31",
                ),
                T(
                    "Củng cố, nâng cao hiệu quả hoạt động của 80 hợp tác xã nông nghiệp",
                    "Liên minh Hợp tác xã tỉnh",
                    ["Sở Nông nghiệp và Môi trường"],
                    "2027-12-31",
                ),
                T(
                    "Xây dựng 05 điểm du lịch cộng đồng gắn với bản sắc văn hóa dân tộc",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    ["UBND các xã"],
                    "2027-09-30",
                ),
                T(
                    "Hỗ trợ liên kết tiêu thụ sản phẩm, đưa 30 sản phẩm lên sàn thương mại điện tử",
                    "Sở Công Thương",
                    ["Bưu điện tỉnh", "Viettel Tuyên Quang"],
                    "2027-08-31",
                ),
            ],
        ),
        (
            "III",
            "Đào tạo nguồn nhân lực; văn hóa, giáo dục, y tế",
            [
                T(
                    "Đào tạo nghề nông thôn cho 6.000 lao động, ưu tiên người dân tộc thiểu số",
                    "Sở Nội vụ",
                    ["Sở Nông nghiệp và Môi trường", "UBND các xã"],
                    "2027-12-31",
                ),
                T(
                    "Đầu tư cơ sở vật chất để 25 trường học đạt chuẩn quốc gia",
                    "Sở Giáo dục và Đào tạo",
                    ["UBND các xã"],
                    "2027-08-31",
                ),
                T(
                    "Nâng cấp 18 trạm y tế xã sau sắp xếp, bảo đảm điều kiện khám chữa bệnh ban đầu",
                    "Sở Y tế",
                    ["UBND các xã"],
                    "2027-12-31",
                ),
                T(
                    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên",
                    "Bảo hiểm xã hội tỉnh",
                    ["Sở Y tế", "UBND các xã"],
                    "2027-12-31",
                ),
                T(
                    "Xây dựng và nhân rộng các mô hình bảo tồn văn hóa truyền thống dân tộc Mông, Dao, Tày",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    ["Ban Dân tộc và Tôn giáo tỉnh"],
                    "2027-12-31",
                ),
            ],
        ),
        (
            "IV",
            "Giảm nghèo, an sinh xã hội và chuyển đổi số",
            [
                T(
                    "Hỗ trợ xóa 1.200 nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
                    "Sở Nội vụ",
                    ["Ủy ban MTTQ Việt Nam tỉnh", "UBND các xã"],
                    "2027-06-30",
                ),
                T(
                    "Triển khai các dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho hộ nghèo",
                    "Sở Nông nghiệp và Môi trường",
                    ["Ngân hàng Chính sách xã hội chi nhánh tỉnh"],
                    "2027-12-31",
                ),
                T(
                    "Phủ sóng di động 4G/5G đến 100% thôn, bản",
                    "Sở Khoa học và Công nghệ",
                    ["các doanh nghiệp viễn thông"],
                    "2027-09-30",
                ),
                T(
                    "Xây dựng 20 xã thông minh, số hóa dữ liệu tiêu chí nông thôn mới",
                    "Sở Khoa học và Công nghệ",
                    ["Văn phòng Điều phối nông thôn mới tỉnh"],
                    "2027-12-31",
                ),
            ],
        ),
        (
            "V",
            "Môi trường, hệ thống chính trị, an ninh trật tự",
            [
                T(
                    "Xây dựng 03 khu xử lý chất thải rắn sinh hoạt liên xã",
                    "Sở Nông nghiệp và Môi trường",
                    ["Sở Xây dựng", "UBND các xã"],
                    "2027-12-31",
                ),
                T(
                    "Triển khai mô hình phân loại rác tại nguồn ở 200 thôn",
                    "Hội Liên hiệp Phụ nữ tỉnh",
                    ["Sở Nông nghiệp và Môi trường"],
                    "2027-10-31",
                ),
                T(
                    "Bồi dưỡng kiến thức quản lý nhà nước về nông thôn mới cho cán bộ cấp xã",
                    "Sở Nội vụ",
                    ["Văn phòng Điều phối nông thôn mới tỉnh"],
                    "2027-06-30",
                ),
                T(
                    "Xây dựng thôn, bản an toàn về an ninh trật tự; phòng, chống tội phạm ma túy vùng biên giới",
                    "Công an tỉnh",
                    ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các xã biên giới"],
                    "2027-12-31",
                ),
                T(
                    "Phổ biến, giáo dục pháp luật, xây dựng xã đạt chuẩn tiếp cận pháp luật",
                    "Sở Tư pháp",
                    ["UBND các xã"],
                    "2027-11-30",
                ),
            ],
        ),
    ]
    words = {
        "2027-06-30": "Quý II/2027",
        "2027-12-31": "Năm 2027",
        "2027-10-31": "Tháng 10/2027",
        "2027-11-30": "Tháng 11/2027",
        "2027-09-30": "Quý III/2027",
        "2027-08-31": "Tháng 8/2027",
    }
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời hạn hoàn thành",
        ]
    ):
        ww.fill(t.rows[0].cells[i], h, size=12, bold=True, center=True)
    ww.repeat_header(t.rows[0])
    tasks = []
    n = 0
    for roman, name, items in groups:
        cells = t.add_row().cells
        ww.fill(cells[0], roman, bold=True, center=True)
        merged = cells[1].merge(cells[4])
        ww.fill(merged, name, bold=True)
        for task in items:
            n += 1
            tasks.append(task)
            cells = t.add_row().cells
            ww.fill(cells[0], str(n), center=True)
            ww.fill(cells[1], task["title"])
            ww.fill(cells[2], task["lead"])
            ww.fill(cells[3], [f"- {u}" for u in task["coordinating"]])
            ww.fill(cells[4], words[task["deadline"]], center=True)
    ww.fixed_widths(t, [1.2, 6.8, 3.2, 3.6, 2.2])
    paras(
        doc,
        [
            ("III. KINH PHÍ THỰC HIỆN",),
            "Tổng kinh phí dự kiến năm 2027: 1.245,6 tỷ đồng, trong đó ngân sách trung ương 712,4 tỷ đồng; ngân sách tỉnh 268,0 tỷ đồng; ngân sách xã 95,2 tỷ đồng; vốn tín dụng, doanh nghiệp và Nhân dân đóng góp 170,0 tỷ đồng.",
            ("IV. TỔ CHỨC THỰC HIỆN",),
            "1. Sở Nông nghiệp và Môi trường (Văn phòng Điều phối nông thôn mới tỉnh) là cơ quan thường trực, chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 10/12/2027.",
            "2. Sở Tài chính tham mưu bố trí, phân bổ vốn kịp thời theo quy định.",
            "3. Các sở, ban, ngành và UBND các xã căn cứ nhiệm vụ được phân công xây dựng kế hoạch chi tiết, tổ chức thực hiện; định kỳ 6 tháng, năm báo cáo kết quả về Sở Nông nghiệp và Môi trường để tổng hợp.",
            '4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tiếp tục đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".',
            "Trong quá trình thực hiện, có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
        ],
    )
    recipients = [
        "- Văn phòng Điều phối NTM Trung ương;",
        "- Bộ Nông nghiệp và Môi trường;",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Ủy ban MTTQ Việt Nam tỉnh;",
        "- Các sở, ban, ngành;",
        "- UBND các xã, phường;",
        "- Lưu: VT, KT.",
    ]
    ww.closing_beside(
        doc,
        recipients,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Hoàng Việt Phương",
        ],
    )
    header = {
        "number": "486",
        "symbol": "KH-UBND",
        "place": "Tuyên Quang",
        "date": "2026-12-25",
        "title": "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Tuyên Quang năm 2027",
        "issuer": "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Hoàng Việt Phương",
        "bases": [
            "72/2025/QH15",
            "257/2025/QH15",
            "51/2025/QĐ-TTg",
            "38/NQ-HĐND",
            "Kết luận ngày 10/12/2026",
        ],
        "recipients": 8,
    }
    write(
        OUT,
        "h28_03_ubnd_tinh_tuyen_quang.docx",
        ww.save(doc),
        "Provincial UBND (merged Tuyên Quang), 26 tasks in a table with criterion group rows, partners as '-' lines.\n"
        "Issuer: the top-left is 'ỦY BAN NHÂN DÂN' / 'TỈNH TUYÊN QUANG'; the lowest line is the place part of the body's name, read as one name.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 4
def doc04():
    """UBND xã Nguyên Bình (Cao Bằng), formed by the 2025 merger: numbered
    prose I. / 1. / a) / - with the lead and partners inside sentences."""
    doc = ww.opening(
        ["UBND TỈNH CAO BẰNG", "ỦY BAN NHÂN DÂN", "XÃ TAM KIM", "Số: 08/KH-UBND"],
        "Tam Kim, ngày 15 tháng 02 năm 2027",
        "Xây dựng xã Tam Kim đạt chuẩn nông thôn mới giai đoạn 2027 - 2028",
    )
    ww.a4(doc)
    tasks = [
        T(
            "rà soát, đánh giá thực trạng 10 tiêu chí nông thôn mới của xã sau sắp xếp theo Bộ tiêu chí giai đoạn 2026 - 2030",
            "Phòng Kinh tế",
            ["các thôn"],
            "2027-03-31",
        ),
        T(
            "lập quy hoạch chung xây dựng xã Tam Kim, trình cấp có thẩm quyền phê duyệt",
            "Phòng Kinh tế",
            ["Văn phòng HĐND và UBND xã"],
            "2027-09-30",
        ),
        T(
            "cứng hóa 6,8 km đường liên thôn Nà Mạ - Lũng Sâu - Khau Dề",
            "Ban Quản lý dự án đầu tư xây dựng khu vực xã Tam Kim",
            ["Phòng Kinh tế", "các thôn Nà Mạ, Lũng Sâu, Khau Dề"],
            "2027-11-30",
        ),
        T(
            "xây dựng 01 chuỗi liên kết sản xuất, tiêu thụ miến dong quy mô 40 ha",
            "Hội Nông dân xã",
            ["Phòng Kinh tế", "Hợp tác xã Miến dong Tam Kim"],
            "2027-10-31",
            official="Nông Văn Khải",
        ),
        T(
            "rà soát hộ nghèo, hộ cận nghèo; lồng ghép các chính sách giảm nghèo, hỗ trợ 28 hộ thoát nghèo",
            "Phòng Văn hóa - Xã hội",
            ["Ủy ban MTTQ Việt Nam xã"],
            "2027-12-31",
        ),
        T(
            "sắp xếp, sử dụng trụ sở, nhà văn hóa dôi dư của các xã cũ làm điểm sinh hoạt cộng đồng, thư viện",
            "Văn phòng HĐND và UBND xã",
            ["Phòng Văn hóa - Xã hội"],
            "2027-06-30",
        ),
        T(
            "vận động Nhân dân hiến đất, ngày công làm đường, chỉnh trang hàng rào, cổng ngõ",
            "Ủy ban MTTQ Việt Nam xã",
            ["các đoàn thể chính trị - xã hội xã"],
            "2027-12-31",
        ),
        T(
            "xây dựng 05 tuyến đường hoa, đường cây xanh kiểu mẫu",
            "Đoàn Thanh niên xã",
            ["Hội Liên hiệp Phụ nữ xã"],
            "2027-08-31",
        ),
    ]
    lines = [
        "Căn cứ Nghị quyết số 1667/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Cao Bằng năm 2025;",
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;",
        "Căn cứ Nghị quyết số 12-NQ/ĐU ngày 08/01/2027 của Ban Chấp hành Đảng bộ xã Tam Kim về lãnh đạo xây dựng nông thôn mới;",
        "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:",
        ("I. ĐẶC ĐIỂM TÌNH HÌNH",),
        "Xã Tam Kim được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Tam Kim, Hưng Đạo và Thành Công (huyện Nguyên Bình cũ); diện tích 247,3 km², dân số 9.812 người, 24 thôn. Đến hết năm 2026, xã đạt 4/10 tiêu chí.",
        ("II. MỤC TIÊU",),
        "Phấn đấu đến hết năm 2027 đạt 7/10 tiêu chí; năm 2028 được công nhận đạt chuẩn nông thôn mới.",
        ("III. NHIỆM VỤ CỤ THỂ",),
        ("1. Về quy hoạch",),
        "a) Giao Phòng Kinh tế chủ trì, phối hợp với các thôn "
        + tasks[0]["title"]
        + "; hoàn thành trong Quý I/2027.",
        "b) Phòng Kinh tế chủ trì, phối hợp Văn phòng HĐND và UBND xã "
        + tasks[1]["title"]
        + ", thời gian hoàn thành tháng 9/2027.",
        ("2. Về hạ tầng và phát triển kinh tế",),
        "a) Ban Quản lý dự án đầu tư xây dựng khu vực xã Tam Kim chủ trì "
        + tasks[2]["title"]
        + "; Phòng Kinh tế, các thôn Nà Mạ, Lũng Sâu, Khau Dề phối hợp giải phóng mặt bằng. Hoàn thành trước ngày 30/11/2027.",
        "b) Hội Nông dân xã (đồng chí Nông Văn Khải, Chủ tịch Hội phụ trách) chủ trì, phối hợp với Phòng Kinh tế và Hợp tác xã Miến dong Tam Kim "
        + tasks[3]["title"]
        + "; hoàn thành tháng 10/2027.",
        ("3. Về giảm nghèo, văn hóa - xã hội",),
        "a) Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã "
        + tasks[4]["title"]
        + ". Thời gian: năm 2027.",
        "b) Văn phòng HĐND và UBND xã chủ trì, phối hợp Phòng Văn hóa - Xã hội "
        + tasks[5]["title"]
        + "; xong trước 30/6/2027.",
        ("4. Về môi trường, cảnh quan",),
        "- Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể chính trị - xã hội xã "
        + tasks[6]["title"]
        + "; thực hiện thường xuyên trong năm 2027.",
        "- Đoàn Thanh niên xã chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã "
        + tasks[7]["title"]
        + ", hoàn thành trong tháng 8/2027.",
        ("IV. TỔ CHỨC THỰC HIỆN",),
        "1. Phòng Kinh tế là cơ quan thường trực, giúp UBND xã theo dõi, đôn đốc, tổng hợp, báo cáo kết quả thực hiện Kế hoạch trước ngày 10/12/2027.",
        "2. Các phòng, đơn vị, Trưởng thôn căn cứ nhiệm vụ được giao chủ động triển khai, báo cáo kết quả định kỳ hằng quý về UBND xã./.",
    ]
    paras(doc, lines)
    recipients = [
        "- UBND tỉnh Cao Bằng (b/c);",
        "- Văn phòng Điều phối NTM tỉnh;",
        "- TT Đảng ủy xã;",
        "- TT HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các phòng, đơn vị thuộc UBND xã;",
        "- 24 thôn;",
        "- Lưu: VT, KT.",
    ]
    ww.closing_under(
        doc, recipients, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đinh Văn Tuấn"]
    )
    header = {
        "number": "08",
        "symbol": "KH-UBND",
        "place": "Tam Kim",
        "date": "2027-02-15",
        "title": "Xây dựng xã Tam Kim đạt chuẩn nông thôn mới giai đoạn 2027 - 2028",
        "issuer": "ỦY BAN NHÂN DÂN XÃ TAM KIM",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Đinh Văn Tuấn",
        "bases": ["1667/NQ-UBTVQH15", "51/2025/QĐ-TTg", "12-NQ/ĐU"],
        "recipients": 8,
    }
    write(
        OUT,
        "h28_04_xa_tam_kim_sau_sap_nhap.docx",
        ww.save(doc),
        "Commune formed by the 2025 merger (Cao Bằng), numbered prose with lead/partners/deadline inside sentences.\n"
        "Issuer split 'ỦY BAN NHÂN DÂN' / 'XÃ TAM KIM' read as one name. Titles are the work clauses (lower-case as in the sentences).",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 5
def doc05():
    """Hội Nông dân xã Kim Liên (Nghệ An), BCH: small table TT | Nội dung
    | Thời gian | Người phụ trách | Phối hợp, saved as PDF."""
    doc = ww.Document()
    ww.side_by_side(
        doc,
        ["HỘI NÔNG DÂN XÃ KIM LIÊN", "BAN CHẤP HÀNH", "***", "Số: 05-KH/HND"],
        ["HỘI NÔNG DÂN VIỆT NAM", "", "Kim Liên, ngày 08 tháng 3 năm 2027"],
    )
    ww.a4(doc)
    ww.para(doc, "KẾ HOẠCH", bold=True, center=True)
    ww.para(
        doc,
        "Hội Nông dân tham gia xây dựng nông thôn mới năm 2027",
        bold=True,
        center=True,
    )
    ww.para(doc, "-----", center=True)
    paras(
        doc,
        [
            "Căn cứ Chương trình công tác ngày 05/01/2027 của Ban Thường vụ Hội Nông dân tỉnh Nghệ An;",
            "Căn cứ Kế hoạch số 21/KH-UBND ngày 20/01/2027 của UBND xã Kim Liên về thực hiện các tiêu chí nông thôn mới năm 2027;",
            "Ban Chấp hành Hội Nông dân xã xây dựng kế hoạch tham gia xây dựng nông thôn mới năm 2027 như sau:",
            ("I. MỤC ĐÍCH - YÊU CẦU",),
            "Phát huy vai trò chủ thể của hội viên nông dân; mỗi chi hội đăng ký ít nhất 01 công trình, phần việc cụ thể.",
            ("II. CHỈ TIÊU",),
            "- 100% chi hội tổ chức ra quân làm vệ sinh môi trường hằng tháng; phát triển thêm 02 tổ hội nghề nghiệp; 250 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.",
            ("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN",),
        ],
    )
    tasks = [
        T(
            "Tuyên truyền Bộ tiêu chí nông thôn mới giai đoạn 2026 - 2030 tại sinh hoạt chi hội",
            None,
            ["các chi hội"],
            "2027-04-30",
            start="2027-03-01",
            official="Nguyễn Thị Lành",
        ),
        T(
            "Vận động hội viên hiến 3.500 m² đất, đóng góp 1.200 ngày công làm đường giao thông nội đồng",
            None,
            ["Ban phát triển các thôn"],
            "2027-09-30",
            official="Hoàng Đình Tư",
        ),
        T(
            "Thành lập 02 tổ hội nghề nghiệp trồng sen và nuôi ong",
            None,
            ["Phòng Kinh tế xã"],
            "2027-06-30",
            official="Hoàng Đình Tư",
        ),
        T(
            "Phối hợp giải ngân, quản lý 1,8 tỷ đồng vốn Quỹ Hỗ trợ nông dân",
            None,
            ["Ngân hàng Chính sách xã hội"],
            "2027-12-31",
            official="Phạm Văn Diệu",
        ),
        T(
            "Xây dựng 03 mô hình ủ phân hữu cơ từ rơm rạ, phụ phẩm nông nghiệp",
            None,
            ["Trạm Khuyến nông", "Hội Liên hiệp Phụ nữ xã"],
            "2027-07-31",
            official="Nguyễn Thị Lành",
        ),
        T(
            "Sơ kết 6 tháng, tổng kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi",
            None,
            [],
            "2027-11-30",
            official="Phạm Văn Diệu",
        ),
    ]
    when = [
        "Tháng 3 - 4/2027",
        "Quý III/2027",
        "Trước 30/6/2027",
        "Cả năm 2027",
        "Tháng 7/2027",
        "Tháng 11/2027",
    ]
    people = {
        "Nguyễn Thị Lành": "Đ/c Nguyễn Thị Lành - PCT Hội",
        "Hoàng Đình Tư": "Đ/c Hoàng Đình Tư - PCT Hội",
        "Phạm Văn Diệu": "Đ/c Phạm Văn Diệu - Chủ tịch Hội",
    }
    rows = [
        [
            [str(i)],
            [t["title"]],
            [when[i - 1]],
            [people[t["official"]]],
            [", ".join(t["coordinating"]) or "-"],
        ]
        for i, t in enumerate(tasks, 1)
    ]
    ww.task_table(
        doc,
        ["TT", "Nội dung", "Thời gian", "Người phụ trách", "Phối hợp"],
        rows,
        [0.9, 6.6, 2.6, 3.4, 2.5],
        bold_titles=False,
    )
    paras(
        doc,
        [
            ("IV. TỔ CHỨC THỰC HIỆN",),
            "- Ban Thường vụ Hội Nông dân xã chỉ đạo, hướng dẫn các chi hội triển khai; Văn phòng Hội theo dõi, tổng hợp kết quả, báo cáo Hội Nông dân tỉnh và Đảng ủy xã.",
            "- Các chi hội xây dựng kế hoạch cụ thể, báo cáo kết quả về Ban Thường vụ trước ngày 25 hằng tháng./.",
        ],
    )
    recipients = [
        "- Ban Thường vụ Hội ND tỉnh (b/c);",
        "- Thường trực Đảng ủy xã (b/c);",
        "- UBND xã;",
        "- Ủy ban MTTQ xã;",
        "- Các chi hội;",
        "- Lưu VP.",
    ]
    ww.closing_beside(
        doc, recipients, ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Phạm Văn Diệu"]
    )
    header = {
        "number": "05",
        "symbol": "KH/HND",
        "place": "Kim Liên",
        "date": "2027-03-08",
        "title": "Hội Nông dân tham gia xây dựng nông thôn mới năm 2027",
        "issuer": "BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ KIM LIÊN",
        "authority": "TM. BAN CHẤP HÀNH",
        "signer_title": "CHỦ TỊCH",
        "signer": "Phạm Văn Diệu",
        "bases": ["Chương trình ngày 05/01/2027", "21/KH-UBND"],
        "recipients": 6,
    }
    data = saved_as(ww.save(doc), "pdf")
    write(
        OUT,
        "h28_05_hoi_nong_dan_kim_lien.pdf",
        data,
        "Commune Hội Nông dân (Nghệ An), PDF from Word; mass-organisation header (motto 'HỘI NÔNG DÂN VIỆT NAM'),\n"
        "symbol '05-KH/HND'; the table has no lead column: no lead expected;\n"
        "person column 'Đ/c Name - post' → official is the name. 'Tháng 3 - 4/2027' → start 1/3, deadline 30/4;\n"
        "the programme has no number: its type and date.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 6
def doc06():
    """Ban phát triển thôn Đồng Tiến (xã Yên Trung, Thanh Hóa), .doc: table
    TT | Nội dung công việc | Bộ phận thực hiện | Người phụ trách | Thời gian."""
    doc = ww.Document()
    ww.side_by_side(
        doc,
        ["UBND XÃ YÊN TRUNG", "BAN PHÁT TRIỂN THÔN ĐỒNG TIẾN", "Số: 02/KH-BPT"],
        [*ww.MOTTO, "Đồng Tiến, ngày 18 tháng 01 năm 2027"],
    )
    ww.a4(doc)
    ww.para(doc, "KẾ HOẠCH", bold=True, center=True)
    ww.para(
        doc, "Xây dựng thôn nông thôn mới kiểu mẫu năm 2027", bold=True, center=True
    )
    paras(
        doc,
        [
            "Căn cứ Kế hoạch số 09/KH-UBND ngày 10/01/2027 của UBND xã Yên Trung về xây dựng thôn nông thôn mới kiểu mẫu năm 2027;",
            "Căn cứ Nghị quyết Hội nghị thôn ngày 12/01/2027;",
            "Ban phát triển thôn Đồng Tiến xây dựng kế hoạch như sau:",
            ("1. Mục tiêu",),
            "Đến tháng 11/2027 thôn Đồng Tiến đạt chuẩn thôn nông thôn mới kiểu mẫu; thu nhập bình quân đạt 70 triệu đồng/người/năm; không còn hộ nghèo.",
            ("2. Phân công công việc",),
        ],
    )
    tasks = [
        T(
            "Mở rộng, bê tông hóa 650 m đường ngõ xóm 3, xóm 4",
            "Ban phát triển thôn",
            ["các hộ dân xóm 3, xóm 4"],
            "2027-04-30",
            official="Lê Văn Cường",
        ),
        T(
            "Lắp 1,2 km đường điện chiếu sáng năng lượng mặt trời",
            "Chi đoàn Thanh niên thôn",
            [],
            "2027-05-31",
            official="Lê Thị Thảo",
        ),
        T(
            "Trồng 800 m hàng rào xanh, đường hoa trục chính",
            "Chi hội Phụ nữ thôn",
            ["Chi hội Cựu chiến binh thôn"],
            "2027-03-31",
            official="Trịnh Thị Mai",
        ),
        T(
            "Xây dựng 02 vườn mẫu, 01 mô hình trồng dưa lưới trong nhà màng",
            "Chi hội Nông dân thôn",
            [],
            "2027-08-31",
            official="Lê Văn Hòa",
        ),
        T(
            "Vận động 100% hộ phân loại rác, xử lý rác hữu cơ tại hộ",
            "Chi hội Phụ nữ thôn",
            [],
            "2027-12-31",
            official="Trịnh Thị Mai",
        ),
        T(
            "Chỉnh trang nhà văn hóa, sân thể thao thôn",
            "Ban phát triển thôn",
            ["Ban công tác Mặt trận thôn"],
            "2027-06-30",
            official="Lê Văn Cường",
        ),
    ]
    when = [
        "Trước 30/4/2027",
        "Tháng 5/2027",
        "Quý I/2027",
        "Tháng 8/2027",
        "Thường xuyên",
        "Quý II/2027",
    ]
    people = {
        "Lê Văn Cường": "Ông Lê Văn Cường, Trưởng thôn",
        "Lê Thị Thảo": "Bà Lê Thị Thảo, Bí thư Chi đoàn",
        "Trịnh Thị Mai": "Bà Trịnh Thị Mai, Chi hội trưởng",
        "Lê Văn Hòa": "Ông Lê Văn Hòa, Chi hội trưởng",
    }
    rows = []
    for i, t in enumerate(tasks, 1):
        unit = t["lead"] + (
            "; phối hợp: " + ", ".join(t["coordinating"]) if t["coordinating"] else ""
        )
        rows.append(
            [[str(i)], [t["title"]], [unit], [people[t["official"]]], [when[i - 1]]]
        )
    ww.task_table(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Bộ phận thực hiện",
            "Người phụ trách",
            "Thời gian",
        ],
        rows,
        [0.9, 6.0, 3.6, 3.5, 2.0],
        bold_titles=False,
    )
    paras(
        doc,
        [
            ("3. Kinh phí",),
            "Tổng kinh phí dự kiến 1,35 tỷ đồng, trong đó Nhân dân đóng góp 520 triệu đồng, ngân sách xã hỗ trợ 600 triệu đồng, con em xa quê ủng hộ 230 triệu đồng.",
            ("4. Tổ chức thực hiện",),
            "Ban phát triển thôn họp giao ban hằng tháng vào ngày 25; Trưởng thôn tổng hợp, báo cáo UBND xã (qua Phòng Kinh tế) kết quả thực hiện./.",
        ],
    )
    recipients = [
        "- UBND xã Yên Trung (b/c);",
        "- Chi bộ thôn (b/c);",
        "- Các chi hội, đoàn thể thôn;",
        "- Lưu.",
    ]
    ww.closing_beside(
        doc,
        recipients,
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "", "Lê Văn Cường"],
    )
    header = {
        "number": "02",
        "symbol": "KH-BPT",
        "place": "Đồng Tiến",
        "date": "2027-01-18",
        "title": "Xây dựng thôn nông thôn mới kiểu mẫu năm 2027",
        "issuer": "BAN PHÁT TRIỂN THÔN ĐỒNG TIẾN",
        "authority": "TM. BAN PHÁT TRIỂN THÔN",
        "signer_title": "TRƯỞNG BAN",
        "signer": "Lê Văn Cường",
        "bases": ["09/KH-UBND", "Nghị quyết ngày 12/01/2027"],
        "recipients": 4,
    }
    write(
        OUT,
        "h28_06_thon_dong_tien.doc",
        saved_as(ww.save(doc), "doc"),
        "Village development board (Thanh Hóa), Word 97 .doc; 'Bộ phận thực hiện' cell holds the lead then '; phối hợp: ...';\n"
        "people as 'Ông/Bà Name, post' → the name. 'Thường xuyên' → end of 2027.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 7
def doc07():
    """UBND xã Quảng Phú (Thanh Hóa): an .xlsx task sheet with a header
    block, STT | Tiêu chí | Nhiệm vụ | Chủ trì | Phối hợp | Lãnh đạo phụ
    trách | Bắt đầu | Hoàn thành | Ghi chú."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Nhiem vu 2027"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "UBND TỈNH THANH HÓA"
    ws["A2"] = "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ"
    ws["A3"] = "Số: 27/KH-UBND"
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["F3"] = "Quảng Phú, ngày 03 tháng 3 năm 2027"
    ws["A5"] = "KẾ HOẠCH"
    ws["A6"] = "Nâng chất các tiêu chí nông thôn mới năm 2027 xã Quảng Phú"
    ws["A7"] = (
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ; Căn cứ Kế hoạch số 55/KH-UBND ngày 14/02/2027 của UBND tỉnh Thanh Hóa; UBND xã Quảng Phú giao nhiệm vụ cụ thể như sau:"
    )
    for c in ("A1", "A2", "F1", "A5", "A6"):
        ws[c].font = Font(bold=True, size=12)
    for r in (5, 6, 7):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).alignment = Alignment(
            horizontal="center" if r < 7 else "left", wrap_text=True
        )
    ws.row_dimensions[7].height = 48
    head = [
        "STT",
        "Tiêu chí",
        "Nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Lãnh đạo phụ trách",
        "Bắt đầu",
        "Hoàn thành",
        "Ghi chú",
    ]
    tasks = [
        (
            "Hạ tầng",
            T(
                "Nâng cấp đường trục xã Quảng Phú - Quảng Thọ dài 2,3 km",
                "Phòng Kinh tế",
                ["Ban Quản lý dự án xã"],
                "2027-10-31",
                "2027-04-01",
                "Lê Đình Sơn",
            ),
            "01/4/2027",
            "31/10/2027",
            "Vốn tỉnh 18 tỷ đồng",
        ),
        (
            "Hạ tầng",
            T(
                "Cải tạo chợ Quảng Phú đạt chuẩn chợ nông thôn",
                "Phòng Kinh tế",
                ["Ban quản lý chợ"],
                "2027-12-31",
                "2027-06-01",
                "Lê Đình Sơn",
            ),
            "6/2027",
            "12/2027",
            "",
        ),
        (
            "Kinh tế",
            T(
                "Chuyển đổi 45 ha đất lúa kém hiệu quả sang trồng rau màu, cây ăn quả",
                "Phòng Kinh tế",
                ["Hợp tác xã DVNN Quảng Phú", "các thôn"],
                "2027-09-30",
                "2027-03-15",
                "Lê Đình Sơn",
            ),
            "15/3/2027",
            "30/9/2027",
            "",
        ),
        (
            "Kinh tế",
            T(
                "Hỗ trợ Hợp tác xã nước mắm Quảng Phú nâng hạng sản phẩm OCOP 4 sao",
                "Phòng Kinh tế",
                ["Hội Phụ nữ xã"],
                "2027-11-30",
                "2027-05-01",
                "Lê Đình Sơn",
            ),
            "5/2027",
            "11/2027",
            "",
        ),
        (
            "Giáo dục - Y tế",
            T(
                "Sửa chữa 06 phòng học, bổ sung thiết bị Trường Tiểu học Quảng Phú 2",
                "Phòng Văn hóa - Xã hội",
                ["Trường TH Quảng Phú 2"],
                "2027-08-15",
                "2027-06-01",
                "Nguyễn Thị Hương",
            ),
            "01/6/2027",
            "15/8/2027",
            "Trong hè",
        ),
        (
            "Giáo dục - Y tế",
            T(
                "Lập hồ sơ sức khỏe điện tử cho 98% dân số",
                "Trạm Y tế xã",
                ["Công an xã", "các thôn"],
                "2027-12-31",
                "2027-03-01",
                "Nguyễn Thị Hương",
            ),
            "3/2027",
            "12/2027",
            "",
        ),
        (
            "Giảm nghèo",
            T(
                "Hỗ trợ xây mới 12 nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn",
                "Phòng Văn hóa - Xã hội",
                ["Ủy ban MTTQ Việt Nam xã"],
                "2027-06-30",
                "2027-03-01",
                "Nguyễn Thị Hương",
            ),
            "3/2027",
            "30/6/2027",
            "",
        ),
        (
            "Môi trường",
            T(
                "Nạo vét 3,5 km kênh tiêu, khơi thông cống rãnh khu dân cư",
                "Phòng Kinh tế",
                ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"],
                "2027-05-31",
                "2027-04-15",
                "Lê Đình Sơn",
            ),
            "15/4/2027",
            "31/5/2027",
            "",
        ),
        (
            "Môi trường",
            T(
                "Xây dựng 04 điểm tập kết rác thải đạt chuẩn",
                "Phòng Kinh tế",
                ["Hợp tác xã DVMT Quảng Phú"],
                "2027-07-31",
                "2027-05-01",
                "Lê Đình Sơn",
            ),
            "5/2027",
            "7/2027",
            "",
        ),
        (
            "Hành chính công",
            T(
                "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính",
                "Văn phòng HĐND và UBND xã",
                ["Trung tâm Phục vụ hành chính công xã"],
                "2027-09-30",
                "2027-03-01",
                "Trịnh Văn Lâm",
            ),
            "3/2027",
            "9/2027",
            "",
        ),
        (
            "An ninh",
            T(
                'Xây dựng mô hình "Camera an ninh" ở 100% thôn',
                "Công an xã",
                ["các thôn"],
                "2027-12-31",
                "2027-04-01",
                "Trịnh Văn Lâm",
            ),
            "4/2027",
            "12/2027",
            "Xã hội hóa",
        ),
    ]
    r0 = 9
    for i, h in enumerate(head, 1):
        c = ws.cell(r0, i, h)
        c.font = Font(bold=True)
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    people = {
        "Lê Đình Sơn": "PCT Lê Đình Sơn",
        "Nguyễn Thị Hương": "PCT Nguyễn Thị Hương",
        "Trịnh Văn Lâm": "CT Trịnh Văn Lâm",
    }
    for n, (crit, t, s, e, note) in enumerate(tasks, 1):
        vals = [
            n,
            crit,
            t["title"],
            t["lead"],
            ", ".join(t["coordinating"]),
            people[t["official"]],
            s,
            e,
            note,
        ]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r0 + n, j, v)
            c.border = box
            c.alignment = Alignment(vertical="top", wrap_text=True)
    end = r0 + len(tasks) + 2
    ws.cell(end, 1, "Nơi nhận:").font = Font(bold=True, italic=True)
    rec = [
        "- UBND tỉnh (b/c);",
        "- TT Đảng ủy, HĐND xã;",
        "- Các phòng, đơn vị;",
        "- Lưu: VT.",
    ]
    for k, line in enumerate(rec, 1):
        ws.cell(end + k, 1, line)
    for k, line in enumerate(
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trịnh Văn Lâm"]
    ):
        ws.cell(end + k, 7, line).font = Font(bold=k < 2 or k == 4)
    for col, w in zip("ABCDEFGHI", [5, 12, 42, 18, 22, 18, 11, 11, 14], strict=True):
        ws.column_dimensions[col].width = w
    header = {
        "number": "27",
        "symbol": "KH-UBND",
        "place": "Quảng Phú",
        "date": "2027-03-03",
        "title": "Nâng chất các tiêu chí nông thôn mới năm 2027 xã Quảng Phú",
        "issuer": "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Trịnh Văn Lâm",
        "bases": ["51/2025/QĐ-TTg", "55/KH-UBND"],
        "recipients": 4,
    }
    write(
        OUT,
        "h28_07_xa_quang_phu_bang_tinh.xlsx",
        ww.save(wb),
        "Commune UBND (Thanh Hóa) task sheet in Excel with header block and closing in cells; start and end columns\n"
        "('6/2027' start → first day of the month, end → last day); leader column 'PCT Name' → the name.",
        header,
        [t for _, t, *_ in tasks],
    )


# ---------------------------------------------------------------- 8
def doc08():
    """BCĐ các CTMTQG xã Phú Lương (Thái Nguyên) pasted from Zalo as .txt:
    numbered tasks with 'Chủ trì: ...; Phối hợp: ...; Thời gian: ...' lines."""
    tasks = [
        T(
            "Kiện toàn Ban Chỉ đạo, Tổ giúp việc và phân công thành viên phụ trách các tiêu chí, các thôn",
            "Văn phòng HĐND và UBND xã",
            [],
            "2027-01-31",
        ),
        T(
            "Tổ chức rà soát, chấm điểm 10 tiêu chí, 47 chỉ tiêu theo Bộ tiêu chí giai đoạn 2026-2030 (số liệu chốt 31/12/2026)",
            "Phòng Kinh tế",
            ["các thành viên BCĐ", "Trưởng các thôn"],
            "2027-02-15",
            official="Dương Văn Nghĩa",
        ),
        T(
            "Xây dựng 02 mô hình trồng chè VietGAP và chè hữu cơ tại thôn Khe Mo, Làng Hin",
            "Phòng Kinh tế",
            ["HTX chè Khe Mo"],
            "2027-09-30",
            official="Dương Văn Nghĩa",
        ),
        T(
            "Hoàn thiện hồ sơ 04 thôn đạt chuẩn thôn NTM kiểu mẫu",
            "Phòng Kinh tế",
            ["Ban phát triển các thôn"],
            "2027-10-31",
            official="Dương Văn Nghĩa",
        ),
        T(
            "Vận động hội viên, đoàn viên tham gia ngày Chủ nhật xanh, phân loại rác tại nguồn",
            "Ủy ban MTTQ Việt Nam xã",
            ["Đoàn Thanh niên", "Hội LHPN", "Hội Nông dân", "Hội CCB xã"],
            "2027-12-31",
            official="Ma Thị Hiền",
        ),
        T(
            "Kiểm tra, rà soát 100% hồ sơ hộ nghèo, cận nghèo năm 2027",
            "Phòng Văn hóa - Xã hội",
            ["Ngân hàng CSXH xã", "các thôn"],
            "2027-11-30",
            official="Hà Thị Yến",
        ),
        T(
            "Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới",
            "Phòng Kinh tế",
            ["Văn phòng HĐND và UBND xã"],
            "2027-11-15",
            official="Dương Văn Nghĩa",
        ),
    ]
    text = """UBND TỈNH THÁI NGUYÊN
BCĐ CÁC CHƯƠNG TRÌNH MTQG XÃ PHÚ LƯƠNG
Số: 03/KH-BCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phú Lương, ngày 06 tháng 01 năm 2027

KẾ HOẠCH
Hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Phú Lương năm 2027

Căn cứ Quyết định số 02/QĐ-UBND ngày 05/01/2027 của UBND xã về việc kiện toàn Ban Chỉ đạo các Chương trình MTQG xã Phú Lương;
Căn cứ Kế hoạch số 310/KH-UBND ngày 26/12/2026 của UBND tỉnh Thái Nguyên;
Ban Chỉ đạo các CTMTQG xã xây dựng Kế hoạch hoạt động năm 2027 như sau:

I. MỤC TIÊU
- Năm 2027 xã Phú Lương hoàn thành 10/10 tiêu chí, được công nhận đạt chuẩn NTM theo Bộ tiêu chí giai đoạn 2026-2030.
- Thu nhập bình quân 68 triệu đồng/người/năm; tỷ lệ hộ nghèo còn dưới 1,5%.

II. NHIỆM VỤ CỤ THỂ
1. {}
Chủ trì: {}. Thời gian: tháng 01/2027.
2. {}
Chủ trì: {} (đ/c Dương Văn Nghĩa - PCT UBND xã, Phó Trưởng BCĐ phụ trách); Phối hợp: các thành viên BCĐ, Trưởng các thôn; Thời gian: trước 15/02/2027.
3. {}
Chủ trì: Phòng Kinh tế (đ/c Dương Văn Nghĩa); Phối hợp: HTX chè Khe Mo; Thời gian: Quý III/2027.
4. {}
Chủ trì: Phòng Kinh tế (đ/c Dương Văn Nghĩa); Phối hợp: Ban phát triển các thôn; Thời gian: tháng 10/2027.
5. {}
Chủ trì: Ủy ban MTTQ Việt Nam xã (đ/c Ma Thị Hiền - Chủ tịch UBMTTQ xã); Phối hợp: Đoàn Thanh niên, Hội LHPN, Hội Nông dân, Hội CCB xã; Thời gian: thường xuyên.
6. {}
Chủ trì: Phòng Văn hóa - Xã hội (đ/c Hà Thị Yến - PCT UBND xã); Phối hợp: Ngân hàng CSXH xã, các thôn; Thời gian: tháng 11/2027.
7. {}
Chủ trì: Phòng Kinh tế (đ/c Dương Văn Nghĩa); Phối hợp: Văn phòng HĐND và UBND xã; Thời gian: trước ngày 15/11/2027.

III. TỔ CHỨC THỰC HIỆN
- Thành viên BCĐ theo lĩnh vực được phân công chủ động triển khai; BCĐ họp giao ban định kỳ vào tuần cuối mỗi quý.
- Giao Phòng Kinh tế (cơ quan thường trực BCĐ) theo dõi, tổng hợp, báo cáo BCĐ tỉnh trước ngày 10/12/2027./.

Nơi nhận:
- BCĐ tỉnh (b/c);
- TT Đảng ủy, HĐND xã;
- Thành viên BCĐ;
- Các thôn;
- Lưu: VT.

TM. BAN CHỈ ĐẠO
TRƯỞNG BAN

(đã ký)

Trần Quốc Hưng
""".format(
        tasks[0]["title"],
        tasks[0]["lead"],
        tasks[1]["title"],
        tasks[1]["lead"],
        tasks[2]["title"],
        tasks[3]["title"],
        tasks[4]["title"],
        tasks[5]["title"],
        tasks[6]["title"],
    )
    header = {
        "number": "03",
        "symbol": "KH-BCĐ",
        "place": "Phú Lương",
        "date": "2027-01-06",
        "title": "Hoạt động của Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Phú Lương năm 2027",
        "issuer": "BCĐ CÁC CHƯƠNG TRÌNH MTQG XÃ PHÚ LƯƠNG",
        "authority": "TM. BAN CHỈ ĐẠO",
        "signer_title": "TRƯỞNG BAN",
        "signer": "Trần Quốc Hưng",
        "bases": ["02/QĐ-UBND", "310/KH-UBND"],
        "recipients": 5,
    }
    write(
        OUT,
        "h28_08_bcd_phu_luong_zalo.txt",
        text,
        "Commune steering committee (Thái Nguyên), plain text as pasted from Zalo; each task a numbered line then\n"
        "'Chủ trì: X (đ/c Name - post); Phối hợp: ...; Thời gian: ...'; '(đã ký)' above the name.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 9
def doc09():
    """Ban Thường trực UBMTTQ xã Nam Hòa (Ninh Bình, merged), .odt: table
    TT | Nội dung hoạt động | Chủ trì, phối hợp (one cell) | Thời gian."""
    doc = ww.Document()
    ww.side_by_side(
        doc,
        ["ỦY BAN MTTQ VIỆT NAM", "XÃ NAM HÒA", "BAN THƯỜNG TRỰC", "Số: 14/KH-MTTQ-BTT"],
        [*ww.MOTTO, "Nam Hòa, ngày 20 tháng 4 năm 2027"],
    )
    ww.a4(doc)
    ww.para(doc, "KẾ HOẠCH", bold=True, center=True)
    ww.para(
        doc,
        'Triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2027',
        bold=True,
        center=True,
    )
    paras(
        doc,
        [
            "Căn cứ Chương trình phối hợp số 05/CTr-MTTQ-UBND ngày 15/01/2027 giữa Ban Thường trực Ủy ban MTTQ Việt Nam xã và UBND xã Nam Hòa;",
            "Căn cứ Hướng dẫn số 18/HD-MTTQ-BTT ngày 02/3/2027 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình;",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Nam Hòa xây dựng Kế hoạch như sau:",
            ("I. MỤC ĐÍCH, YÊU CẦU",),
            "Phát huy vai trò giám sát, phản biện xã hội và vận động Nhân dân tham gia xây dựng nông thôn mới trên địa bàn xã Nam Hòa (được thành lập trên cơ sở sáp nhập các xã Nam Hồng, Nam Hoa, Nam Lợi).",
            ("II. NỘI DUNG HOẠT ĐỘNG",),
        ],
    )
    tasks = [
        T(
            "Hội nghị triển khai cuộc vận động tới Ban công tác Mặt trận 21 thôn",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            ["các tổ chức chính trị - xã hội xã"],
            "2027-05-15",
        ),
        T(
            'Vận động Quỹ "Vì người nghèo" năm 2027, phấn đấu đạt 350 triệu đồng',
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            ["Ban công tác Mặt trận các thôn"],
            "2027-10-31",
            start="2027-09-01",
        ),
        T(
            "Giám sát việc thực hiện công trình đường trục xã Nam Hồng - Nam Lợi có Nhân dân đóng góp",
            "Ban Thanh tra nhân dân xã",
            ["Ban giám sát đầu tư của cộng đồng"],
            "2027-09-30",
        ),
        T(
            "Bình xét, công nhận khu dân cư văn hóa, gia đình văn hóa năm 2027",
            "Ban công tác Mặt trận các thôn",
            ["Phòng Văn hóa - Xã hội xã"],
            "2027-11-30",
        ),
        T(
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 21/21 khu dân cư",
            "Ban công tác Mặt trận các thôn",
            ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"],
            "2027-11-18",
        ),
        T(
            "Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            ["Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"],
            "2027-12-10",
        ),
    ]
    when = [
        "Trước 15/5/2027",
        "Tháng 9 - 10/2027",
        "Quý III/2027",
        "Tháng 11/2027",
        "Từ 01/11 đến 18/11/2027",
        "Trước 10/12/2027",
    ]
    rows = []
    for i, t in enumerate(tasks, 1):
        resp = [
            "Chủ trì: " + t["lead"] + ";",
            "Phối hợp: " + ", ".join(t["coordinating"]) + ".",
        ]
        rows.append([[str(i)], [t["title"]], resp, [when[i - 1]]])
    ww.task_table(
        doc,
        ["TT", "Nội dung hoạt động", "Chủ trì, phối hợp", "Thời gian"],
        rows,
        [0.9, 7.0, 5.4, 2.7],
        bold_titles=False,
    )
    tasks[4]["start"] = "2027-11-01"
    paras(
        doc,
        [
            ("III. TỔ CHỨC THỰC HIỆN",),
            "Các tổ chức chính trị - xã hội xã, Ban công tác Mặt trận các thôn căn cứ Kế hoạch triển khai thực hiện, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam xã trước ngày 05/12/2027 để tổng hợp./.",
        ],
    )
    recipients = [
        "- BTT UBMTTQ VN tỉnh (b/c);",
        "- TT Đảng ủy xã (b/c);",
        "- UBND xã;",
        "- Các tổ chức CT-XH xã;",
        "- Ban CTMT 21 thôn;",
        "- Lưu: VP.",
    ]
    ww.closing_beside(
        doc,
        recipients,
        ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "", "", "", "Vũ Thị Ngọc Anh"],
    )
    header = {
        "number": "14",
        "symbol": "KH-MTTQ-BTT",
        "place": "Nam Hòa",
        "date": "2027-04-20",
        "title": 'Triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2027',
        "issuer": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ NAM HÒA",
        "authority": "TM. BAN THƯỜNG TRỰC",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Vũ Thị Ngọc Anh",
        "bases": ["05/CTr-MTTQ-UBND", "18/HD-MTTQ-BTT"],
        "recipients": 6,
    }
    write(
        OUT,
        "h28_09_mttq_nam_hoa.odt",
        saved_as(ww.save(doc), "odt"),
        "Commune Front standing board (merged commune, Ninh Bình), ODT; issuer on three lines joined\n"
        "('ỦY BAN MTTQ VIỆT NAM' / 'XÃ NAM HÒA' / 'BAN THƯỜNG TRỰC'); one cell 'Chủ trì: X; Phối hợp: Y.';\n"
        "'Tháng 9 - 10/2027' → start 1/9, deadline 31/10; 'Từ 01/11 đến 18/11/2027' → start and deadline.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- 10
def doc10():
    """UBND xã Bảo Hà (Lào Cai): landscape table with quantities and
    money, STT | Nhiệm vụ | Khối lượng | Kinh phí (tỷ đồng) | Đơn vị chủ trì
    | Đơn vị phối hợp | Thời gian thực hiện; saved as PDF."""
    doc = ww.Document()
    ww.a4(doc, left=2.0, right=1.5, landscape=True)
    ww.side_by_side(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ BẢO HÀ", "Số: 112/KH-UBND"],
        [*ww.MOTTO, "Bảo Hà, ngày 09 tháng 11 năm 2026"],
    )
    ww.para(doc, "KẾ HOẠCH", bold=True, center=True)
    ww.para(
        doc,
        "Đầu tư xây dựng hạ tầng và bảo vệ môi trường nông thôn xã Bảo Hà năm 2027",
        bold=True,
        center=True,
    )
    paras(
        doc,
        [
            "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 30/10/2026 của HĐND xã Bảo Hà về kế hoạch đầu tư công năm 2027;",
            "Căn cứ Quyết định số 3120/QĐ-UBND ngày 12/10/2026 của UBND tỉnh Lào Cai về giao dự toán vốn Chương trình MTQG năm 2027;",
            "UBND xã Bảo Hà ban hành Kế hoạch đầu tư xây dựng hạ tầng và bảo vệ môi trường nông thôn năm 2027 với các nội dung sau:",
            ("1. Mục tiêu",),
            "Hoàn thành tiêu chí Hạ tầng kinh tế - xã hội và tiêu chí Môi trường và cảnh quan nông thôn trong năm 2027; tổng vốn 27,45 tỷ đồng.",
            ("2. Danh mục nhiệm vụ",),
        ],
    )
    tasks = [
        T(
            "Cứng hóa đường thôn Bản Bông - Bản Liên",
            "Ban Quản lý dự án xã",
            ["Phòng Kinh tế", "thôn Bản Bông", "thôn Bản Liên"],
            "2027-06-30",
            start="2027-03-01",
        ),
        T(
            "Xây dựng cầu treo dân sinh qua ngòi Nhù",
            "Ban Quản lý dự án xã",
            ["Phòng Kinh tế"],
            "2027-09-30",
            start="2027-04-01",
        ),
        T(
            "Kiên cố hóa kênh mương thủy lợi Khe Bá",
            "Phòng Kinh tế",
            ["Hợp tác xã Nông nghiệp Bảo Hà"],
            "2027-05-31",
            start="2027-02-01",
        ),
        T(
            "Xây dựng nhà văn hóa thôn Tân An",
            "Phòng Văn hóa - Xã hội",
            ["thôn Tân An"],
            "2027-08-31",
            start="2027-05-01",
        ),
        T(
            "Lắp đặt hệ thống cấp nước sinh hoạt thôn Khe Dứa",
            "Phòng Kinh tế",
            ["Trung tâm Nước sạch và VSMT nông thôn tỉnh"],
            "2027-10-31",
            start="2027-06-01",
        ),
        T(
            "Xây dựng bãi tập kết, trung chuyển rác thải tập trung",
            "Phòng Kinh tế",
            ["Công ty CP Môi trường đô thị Lào Cai"],
            "2027-11-30",
            start="2027-07-01",
        ),
        T(
            "Trồng cây xanh, cây bóng mát trên các tuyến đường trục xã",
            "Đoàn Thanh niên xã",
            ["Hội Cựu chiến binh xã", "các trường học"],
            "2027-04-30",
            start="2027-02-01",
        ),
    ]
    qty = [
        "3,2 km",
        "01 cầu, dài 86 m",
        "2,1 km",
        "01 nhà, 150 chỗ",
        "180 hộ",
        "01 bãi, 1.500 m²",
        "5.000 cây",
    ]
    money = ["9,60", "6,80", "3,15", "1,90", "3,40", "2,30", "0,30"]
    when = [
        "Tháng 3 - 6/2027",
        "Tháng 4 - 9/2027",
        "Tháng 2 - 5/2027",
        "Tháng 5 - 8/2027",
        "Tháng 6 - 10/2027",
        "Tháng 7 - 11/2027",
        "Tháng 2 - 4/2027",
    ]
    rows = [
        [
            [str(i)],
            [t["title"]],
            [qty[i - 1]],
            [money[i - 1]],
            [t["lead"]],
            [", ".join(t["coordinating"])],
            [when[i - 1]],
        ]
        for i, t in enumerate(tasks, 1)
    ]
    rows.append([[""], ["Tổng cộng"], [""], ["27,45"], [""], [""], [""]])
    ww.task_table(
        doc,
        [
            "STT",
            "Nhiệm vụ",
            "Khối lượng",
            "Kinh phí (tỷ đồng)",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian thực hiện",
        ],
        rows,
        [1.2, 7.5, 3.0, 2.4, 3.8, 5.2, 3.0],
        bold_titles=False,
    )
    paras(
        doc,
        [
            ("3. Tổ chức thực hiện",),
            "- Phòng Kinh tế chủ trì theo dõi tiến độ, tổng hợp báo cáo Chủ tịch UBND xã hằng tháng; tham mưu tổng kết trước ngày 15/12/2027.",
            "- Ban Quản lý dự án xã thực hiện đúng trình tự đầu tư, giải ngân 100% kế hoạch vốn được giao./.",
        ],
    )
    recipients = [
        "- UBND tỉnh Lào Cai (b/c);",
        "- TT Đảng ủy, TT HĐND xã;",
        "- CT, PCT UBND xã;",
        "- Các đơn vị liên quan;",
        "- Lưu: VT.",
    ]
    ww.closing_beside(
        doc,
        recipients,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Hà Quang Thắng"],
    )
    header = {
        "number": "112",
        "symbol": "KH-UBND",
        "place": "Bảo Hà",
        "date": "2026-11-09",
        "title": "Đầu tư xây dựng hạ tầng và bảo vệ môi trường nông thôn xã Bảo Hà năm 2027",
        "issuer": "ỦY BAN NHÂN DÂN XÃ BẢO HÀ",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Hà Quang Thắng",
        "bases": ["15/NQ-HĐND", "3120/QĐ-UBND"],
        "recipients": 5,
    }
    write(
        OUT,
        "h28_10_xa_bao_ha_dau_tu.pdf",
        saved_as(ww.save(doc), "pdf"),
        "Commune UBND (Lào Cai), landscape PDF table with quantity and money columns between the work and the lead;\n"
        "'Tháng 3 - 6/2027' → start 1/3, deadline 30/6; a 'Tổng cộng' row is not a task.",
        header,
        tasks,
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for make in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10):
        make()
        print(make.__name__, "ok")
