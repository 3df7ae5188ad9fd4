"""Writes the corpus's Word and PDF files (run once; the files are committed,
so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_files.py

Word files are written from their XML parts (tests/documents/docx_parts.py),
so automatic numbering, merged cells and layout tables are real Word
structures; the PDF is LibreOffice's export of one of them."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from ntm.documents.convert import libreoffice  # noqa: E402
from tests.documents.docx_parts import (  # noqa: E402
    FIXED_WIDTH,
    RULED,
    W,
    docx,
    p,
    table,
    tc,
)


def bold(text: str, **kwargs) -> str:
    return p(runs=[(text, "b")], **kwargs)


def centre(text: str, marks: str = "b") -> str:
    return p(runs=[(text, marks)], style="Title") if marks else p(text, style="Title")


def cell(*paragraphs: str, span: int = 1, vmerge: str | None = None) -> str:
    pr = f'<w:tcW w:w="{2000 * span}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        pr += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{''.join(paragraphs) or p('')}</w:tc>"


def layout(*rows: list[str]) -> str:
    width = max(len(r) for r in rows)
    return table(rows, [4500] * width, FIXED_WIDTH)


def huyen_huu_lung_bang() -> bytes:
    """A district plan whose tasks are a Word table with group rows."""
    header = layout(
        [
            cell(
                p("UBND HUYỆN HỮU LŨNG"),
                bold("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG HUYỆN"),
            ),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 112/KH-BCĐ")),
            cell(p(runs=[("Hữu Lũng, ngày 02 tháng 4 năm 2024", "i")])),
        ],
    )
    rows = [
        [
            tc("TT"),
            tc("Nội dung nhiệm vụ"),
            tc("Cơ quan chủ trì"),
            tc("Cơ quan phối hợp"),
            tc("Thời gian hoàn thành"),
        ],
        [tc("(1)"), tc("(2)"), tc("(3)"), tc("(4)"), tc("(5)")],
        [
            cell(bold("A")),
            cell(bold("NHÓM NHIỆM VỤ VỀ HẠ TẦNG KINH TẾ - XÃ HỘI"), span=4),
        ],
        [
            tc("1"),
            tc(
                "Hoàn thành cứng hóa 12 km đường trục xã, liên xã tại các xã phấn đấu đạt chuẩn năm 2024"
            ),
            tc("Phòng Kinh tế và Hạ tầng"),
            tc("UBND các xã Minh Sơn, Hòa Thắng"),
            tc("Quý III/2024"),
        ],
        [
            tc("2"),
            tc("Xây dựng điểm tập kết rác thải sinh hoạt tại xã Minh Sơn"),
            tc("Phòng TN&MT"),
            tc("Phòng KT&HT, UBND xã Minh Sơn"),
            tc("30/9/2024"),
        ],
        [
            tc("3"),
            tc("Nâng cấp nhà văn hóa thôn đạt chuẩn tại 5 thôn"),
            tc("Phòng Văn hóa và Thông tin"),
            tc("UBND các xã"),
            tc("Tháng 10/2024"),
        ],
        [cell(bold("B")), cell(bold("NHÓM NHIỆM VỤ VỀ SẢN XUẤT, THU NHẬP"), span=4)],
        [
            tc("4"),
            tc("Xây dựng vùng trồng na VietGAP 50 ha tại xã Hòa Thắng"),
            tc("Phòng Nông nghiệp và PTNT"),
            tc("Trung tâm Dịch vụ nông nghiệp, UBND xã Hòa Thắng"),
            tc("Quý IV/2024"),
        ],
        [
            tc("5"),
            tc("Hỗ trợ 3 hợp tác xã xây dựng sản phẩm OCOP 3 sao"),
            tc("Phòng NN&PTNT"),
            tc("Liên minh HTX tỉnh, Hội Nông dân huyện"),
            tc("trước ngày 30/11/2024"),
        ],
        [
            tc("6"),
            tc("Đào tạo nghề nông nghiệp cho 200 lao động nông thôn"),
            tc("Phòng Lao động - TB&XH"),
            tc("Trung tâm GDNN-GDTX huyện"),
            tc("Năm 2024"),
        ],
        [cell(bold("C")), cell(bold("NHÓM NHIỆM VỤ VỀ MÔI TRƯỜNG, AN NINH"), span=4)],
        [
            tc("7"),
            tc("Kiểm tra công tác bảo vệ môi trường tại các cơ sở chăn nuôi tập trung"),
            tc("Phòng Tài nguyên và Môi trường"),
            tc("Công an huyện"),
            tc("Quý II/2024"),
        ],
        [
            tc("8"),
            tc("Xây dựng mô hình “Camera an ninh” tại các thôn"),
            tc("Công an huyện"),
            tc("UBND các xã, thị trấn"),
            tc("Thường xuyên"),
        ],
    ]
    widths = [600, 3600, 1800, 1800, 1200]
    tasks = table(rows, widths, '<w:tblStyle w:val="TableGrid"/>' + FIXED_WIDTH + RULED)
    signature = layout(
        [
            cell(
                p(runs=[("Nơi nhận:", "bi")]),
                p("- Thường trực Huyện ủy (b/c);"),
                p("- Thường trực HĐND huyện;"),
                p("- Thành viên BCĐ huyện;"),
                p("- UBND các xã, thị trấn;"),
                p("- Lưu: VT, VPĐP."),
            ),
            cell(
                bold("KT. TRƯỞNG BAN"),
                bold("PHÓ TRƯỞNG BAN"),
                p(runs=[("(Đã ký)", "i")]),
                bold("Nguyễn Văn Bình"),
            ),
        ]
    )
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre("Thực hiện các nhiệm vụ trọng tâm xây dựng nông thôn mới"),
        centre("trên địa bàn huyện Hữu Lũng năm 2024"),
        centre("-----------", ""),
        p(
            "Căn cứ Kế hoạch số 30/KH-UBND ngày 25/01/2024 của UBND tỉnh Lạng Sơn về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024;"
        ),
        p(
            "Ban Chỉ đạo các Chương trình MTQG huyện Hữu Lũng xây dựng Kế hoạch như sau:"
        ),
        bold("MỤC ĐÍCH, YÊU CẦU", num=(1, 0)),
        p(
            "Xác định rõ nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian hoàn thành từng nhiệm vụ; làm căn cứ để kiểm tra, đánh giá."
        ),
        bold("NHIỆM VỤ CỤ THỂ", num=(1, 0)),
        p("Chi tiết các nhiệm vụ như bảng sau:"),
        tasks,
        bold("TỔ CHỨC THỰC HIỆN", num=(1, 0)),
        p(
            "Các cơ quan được giao chủ trì xây dựng kế hoạch chi tiết, báo cáo kết quả về Văn phòng Điều phối NTM huyện trước ngày 10/12/2024 để tổng hợp."
        ),
        signature,
    )


def xa_sau_sap_xep() -> bytes:
    """A commune formed by the 2025 merger, directly under the province, with
    Word's automatic numbering for every heading."""
    header = layout(
        [
            cell(p("ỦY BAN NHÂN DÂN"), bold("XÃ ĐỒNG ĐĂNG")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 27/KH-UBND")),
            cell(p(runs=[("Đồng Đăng, ngày 15 tháng 9 năm 2025", "i")])),
        ],
    )
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre(
            "Duy trì và nâng cao chất lượng các tiêu chí nông thôn mới sau sắp xếp đơn vị hành chính cấp xã năm 2025"
        ),
        p(
            "Thực hiện Kế hoạch số 150/KH-UBND ngày 20/8/2025 của UBND tỉnh Lạng Sơn về xây dựng nông thôn mới tại các xã sau sắp xếp; UBND xã Đồng Đăng ban hành Kế hoạch như sau:"
        ),
        bold("MỤC ĐÍCH, YÊU CẦU", num=(1, 0)),
        p(
            "Rà soát lại hiện trạng các tiêu chí của các xã cũ trước sắp xếp để có giải pháp giữ vững kết quả đã đạt."
        ),
        bold("NHIỆM VỤ, GIẢI PHÁP", num=(1, 0)),
        p(
            "Rà soát, đánh giá lại hiện trạng 19 tiêu chí trên địa bàn xã mới",
            num=(1, 1),
        ),
        p("Thời gian thực hiện: trước ngày 31/10/2025.", num=(2, 0)),
        p("Đơn vị chủ trì: Phòng Kinh tế xã.", num=(2, 0)),
        p(
            "Đơn vị phối hợp: Phòng Văn hóa - Xã hội xã, các thôn, khối phố.",
            num=(2, 0),
        ),
        p("Kiện toàn Ban Chỉ đạo, Ban Quản lý xây dựng nông thôn mới xã", num=(1, 1)),
        p("Thời gian thực hiện: tháng 9/2025.", num=(2, 0)),
        p("Đơn vị chủ trì: Văn phòng HĐND và UBND xã.", num=(2, 0)),
        p("Đơn vị phối hợp: Ủy ban MTTQ Việt Nam xã.", num=(2, 0)),
        p(
            "Xây dựng phương án sử dụng trụ sở dôi dư sau sắp xếp làm nhà văn hóa, điểm sinh hoạt cộng đồng",
            num=(1, 1),
        ),
        p("Thời gian thực hiện: Quý IV/2025.", num=(2, 0)),
        p("Đơn vị chủ trì: Phòng Kinh tế xã.", num=(2, 0)),
        p("Đơn vị phối hợp: Phòng Văn hóa - Xã hội xã.", num=(2, 0)),
        p(
            "Tuyên truyền về nông thôn mới trên hệ thống loa truyền thanh và trang thông tin điện tử xã",
            num=(1, 1),
        ),
        p("Thời gian thực hiện: Thường xuyên.", num=(2, 0)),
        p("Đơn vị chủ trì: Phòng Văn hóa - Xã hội xã.", num=(2, 0)),
        bold("TỔ CHỨC THỰC HIỆN", num=(1, 0)),
        p(
            "Phòng Kinh tế xã là cơ quan thường trực, tổng hợp, báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2025."
        ),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- UBND tỉnh (b/c);"),
                    p("- Văn phòng Điều phối NTM tỉnh;"),
                    p("- TT Đảng ủy, HĐND xã;"),
                    p("- Lưu: VT."),
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("CHỦ TỊCH"),
                    p(""),
                    bold("Hoàng Thị Thu"),
                ),
            ]
        ),
    )


def tinh_so_nong_nghiep() -> bytes:
    """A provincial department's plan, exported to PDF: numbered tasks with
    their attributes on lines of their own, abbreviated agency names."""
    header = layout(
        [
            cell(p("UBND TỈNH LẠNG SƠN"), bold("SỞ NÔNG NGHIỆP VÀ PTNT")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 205/KH-SNN")),
            cell(p(runs=[("Lạng Sơn, ngày 18 tháng 6 năm 2024", "i")])),
        ],
    )
    tasks = [
        (
            "Hướng dẫn các huyện, thành phố rà soát, đánh giá tiêu chí số 13 về Tổ chức sản xuất và phát triển kinh tế nông thôn",
            "Quý III/2024",
            "Chi cục Phát triển nông thôn",
            "Văn phòng Điều phối NTM tỉnh, UBND các huyện, thành phố",
        ),
        (
            "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2024",
            "trước ngày 15/11/2024",
            "Văn phòng Điều phối NTM tỉnh",
            "Sở TN&MT, Sở Xây dựng, Sở GTVT",
        ),
        (
            "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2 năm 2024",
            "tháng 10/2024",
            "Chi cục Phát triển nông thôn",
            "Sở Công Thương, Sở KH&CN",
        ),
        (
            "Kiểm tra tình hình thực hiện nguồn vốn sự nghiệp Chương trình tại các huyện",
            "Quý IV/2024",
            "Phòng Kế hoạch - Tài chính",
            "Sở Tài chính, Kho bạc Nhà nước tỉnh",
        ),
    ]
    body = []
    for title, time, lead, coordinating in tasks:
        body += [
            p(title, num=(1, 1)),
            p(f"Thời gian hoàn thành: {time}.", num=(2, 0)),
            p(f"Cơ quan chủ trì: {lead}.", num=(2, 0)),
            p(f"Cơ quan phối hợp: {coordinating}.", num=(2, 0)),
        ]
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre(
            "Triển khai thực hiện các nhiệm vụ xây dựng nông thôn mới 6 tháng cuối năm 2024"
        ),
        p(
            "Căn cứ Kế hoạch số 30/KH-UBND ngày 25/01/2024 của UBND tỉnh Lạng Sơn về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024;"
        ),
        p(
            "Sở Nông nghiệp và Phát triển nông thôn xây dựng Kế hoạch triển khai thực hiện như sau:"
        ),
        bold("MỤC ĐÍCH, YÊU CẦU", num=(3, 0)),
        p(
            "Bảo đảm hoàn thành các chỉ tiêu được UBND tỉnh giao năm 2024; phân công cụ thể cho các phòng, đơn vị thuộc Sở."
        ),
        bold("NHIỆM VỤ CỤ THỂ", num=(3, 0)),
        *body,
        bold("TỔ CHỨC THỰC HIỆN", num=(3, 0)),
        p(
            "Các phòng, đơn vị thuộc Sở theo nhiệm vụ được giao triển khai thực hiện; định kỳ hằng quý báo cáo kết quả về Văn phòng Sở để tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2024."
        ),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- UBND tỉnh (b/c);"),
                    p("- Các Sở: TN&MT, Xây dựng, Công Thương;"),
                    p("- UBND các huyện, thành phố;"),
                    p("- Lãnh đạo Sở;"),
                    p("- Lưu: VT, PTNT."),
                ),
                cell(
                    bold("KT. GIÁM ĐỐC"),
                    bold("PHÓ GIÁM ĐỐC"),
                    p(""),
                    p(""),
                    bold("Lương Văn Đoàn"),
                ),
            ]
        ),
    )


def held_out_huyen_dinh_lap() -> bytes:
    """Held out: a district plan whose task table names "Đơn vị thực hiện",
    has a budget column, and group rows I / II written in the number column."""
    header = layout(
        [
            cell(p("UBND TỈNH LẠNG SƠN"), bold("ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 97/KH-UBND")),
            cell(p(runs=[("Đình Lập, ngày 28 tháng 02 năm 2025", "i")])),
        ],
    )
    rows = [
        [
            tc("STT"),
            tc("Nội dung công việc"),
            tc("Đơn vị thực hiện"),
            tc("Đơn vị phối hợp"),
            tc("Thời gian hoàn thành"),
            tc("Kinh phí (triệu đồng)"),
        ],
        [
            cell(bold("I")),
            cell(bold("Hạ tầng thiết yếu")),
            tc(""),
            tc(""),
            tc(""),
            tc(""),
        ],
        [
            tc("1"),
            tc("Sửa chữa cầu treo Bản Chắt"),
            tc("Ban Quản lý dự án đầu tư xây dựng huyện"),
            tc("UBND xã Đình Lập"),
            tc("Quý III/2025"),
            tc("850"),
        ],
        [
            tc("2"),
            tc("Kiên cố hóa 2 km kênh mương xã Bắc Xa"),
            tc("Phòng Nông nghiệp và PTNT"),
            tc("UBND xã Bắc Xa"),
            tc("30/10/2025"),
            tc("1.200"),
        ],
        [
            cell(bold("II")),
            cell(bold("Sản xuất và việc làm")),
            tc(""),
            tc(""),
            tc(""),
            tc(""),
        ],
        [
            tc("3"),
            tc("Trồng mới 300 ha rừng sản xuất"),
            tc("Hạt Kiểm lâm huyện"),
            tc("UBND các xã, Ban Quản lý rừng phòng hộ"),
            tc("tháng 9/2025"),
            tc(""),
        ],
        [
            tc("4"),
            tc("Tư vấn việc làm cho 150 lao động nông thôn"),
            tc("Phòng Lao động - TB&XH"),
            tc(""),
            tc("Năm 2025"),
            tc("60"),
        ],
    ]
    widths = [500, 3000, 1800, 1800, 1200, 900]
    tasks = table(rows, widths, '<w:tblW w:w="9200" w:type="dxa"/>' + RULED)
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre("Phân công thực hiện các nội dung xây dựng nông thôn mới năm 2025"),
        p(
            "Căn cứ Quyết định số 120/QĐ-UBND ngày 15/01/2025 của UBND tỉnh giao chỉ tiêu kế hoạch năm 2025;"
        ),
        p("UBND huyện Đình Lập ban hành Kế hoạch như sau:"),
        bold("I. MỤC TIÊU"),
        p("Hoàn thành các chỉ tiêu tỉnh giao; có thêm 01 xã đạt chuẩn nông thôn mới."),
        bold("II. PHÂN CÔNG NHIỆM VỤ"),
        tasks,
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p(
            "Các cơ quan, đơn vị báo cáo tiến độ hằng quý về Văn phòng Điều phối NTM huyện."
        ),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- UBND tỉnh;"),
                    p("- TT Huyện ủy;"),
                    p("- Lưu: VT."),
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("CHỦ TỊCH"),
                    p(""),
                    bold("Lục Văn Thành"),
                ),
            ]
        ),
    )


def round2_xa_tan_lang() -> bytes:
    """Held out, round 2: Word's automatic numbering for the tasks, their
    attributes as plain paragraphs under them, a table of targets by village."""
    header = layout(
        [
            cell(p("UBND HUYỆN VĂN LÃNG"), bold("ỦY BAN NHÂN DÂN XÃ TÂN LANG")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số:     /KH-UBND")),
            cell(p(runs=[("Tân Lang, ngày     tháng 02 năm 2025", "i")])),
        ],
    )
    targets = table(
        [
            [tc(v) for v in row]
            for row in [
                ["TT", "Thôn", "Hàng rào xanh (m)", "Nhà tiêu hợp vệ sinh (cái)"],
                ["1", "Nà Lìu", "400", "12"],
                ["2", "Bản Làn", "350", "9"],
                ["", "Tổng cộng", "750", "21"],
            ]
        ],
        [2250] * 4,
        FIXED_WIDTH,
    )
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre("Ra quân xây dựng nông thôn mới mùa xuân năm 2025"),
        p(
            "Thực hiện Kế hoạch số 08/KH-BCĐ ngày 20/01/2025 của Ban Chỉ đạo huyện Văn Lãng, UBND xã Tân Lang xây dựng kế hoạch như sau:"
        ),
        bold("MỤC ĐÍCH, YÊU CẦU", num=(1, 0)),
        p(
            "Phát huy vai trò chủ thể của người dân; hoàn thành chỉ tiêu giao cho từng thôn."
        ),
        bold("CHỈ TIÊU GIAO CÁC THÔN", num=(1, 0)),
        targets,
        bold("NỘI DUNG THỰC HIỆN", num=(1, 0)),
        p("Trồng hàng rào xanh dọc các tuyến đường trục thôn", num=(1, 1)),
        p("Thời gian thực hiện: từ ngày 10/02/2025 đến ngày 10/4/2025."),
        p("Đơn vị chủ trì: Trưởng thôn Nà Lìu, Trưởng thôn Bản Làn."),
        p("Đơn vị phối hợp: Hội Nông dân xã."),
        p("Xây dựng, cải tạo nhà tiêu hợp vệ sinh cho các hộ còn thiếu", num=(1, 1)),
        p("Thời gian thực hiện: Quý I, II năm 2025."),
        p("Đơn vị chủ trì: Hội Liên hiệp Phụ nữ xã."),
        p("Đơn vị phối hợp: Trạm Y tế xã."),
        p("Tổng kết, khen thưởng thôn, hộ gia đình tiêu biểu", num=(1, 1)),
        p("Thời gian thực hiện: tháng 6/2025."),
        p("Đơn vị chủ trì: UBND xã."),
        bold("TỔ CHỨC THỰC HIỆN", num=(1, 0)),
        p("Trưởng các thôn báo cáo tiến độ về UBND xã vào thứ Sáu hằng tuần."),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- BCĐ huyện;"),
                    p("- Các thôn;"),
                    p("- Lưu: VT."),
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("CHỦ TỊCH"),
                    p(""),
                    bold("Triệu Văn Hùng"),
                ),
            ]
        ),
    )


def round4_xa_thien_long() -> bytes:
    """Held out, round 4: a Word table with no number column, the person who
    carries it out ("Người thực hiện") and a note column."""
    header = layout(
        [
            cell(p("UBND HUYỆN ĐÌNH LẬP"), bold("ỦY BAN NHÂN DÂN XÃ THÁI BÌNH")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 09/KH-UBND")),
            cell(p(runs=[("Thái Bình, ngày 06 tháng 5 năm 2024", "i")])),
        ],
    )
    rows = [
        ["Nội dung", "Người thực hiện", "Thời gian", "Ghi chú"],
        [
            "Rà soát hộ chưa có nhà tiêu hợp vệ sinh",
            "Công chức Văn hóa - Xã hội",
            "tháng 5/2024",
            "",
        ],
        [
            "Hỗ trợ vật liệu xây nhà tiêu cho hộ nghèo",
            "Công chức Tài chính - Kế toán",
            "Quý III/2024",
            "Theo Nghị quyết của HĐND tỉnh",
        ],
        [
            "Nghiệm thu, báo cáo kết quả",
            "Văn phòng - Thống kê",
            "trước ngày 30/11/2024",
            "",
        ],
    ]
    tasks = table(
        [[tc(v) for v in row] for row in rows], [2250] * 4, FIXED_WIDTH + RULED
    )
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre("Xây dựng nhà tiêu hợp vệ sinh năm 2024"),
        p(
            "Thực hiện Kế hoạch số 97/KH-UBND ngày 28/02/2024 của UBND huyện Đình Lập; UBND xã Thái Bình xây dựng kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p("Phấn đấu 100% hộ có nhà tiêu hợp vệ sinh."),
        bold("II. NỘI DUNG THỰC HIỆN"),
        tasks,
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p("Văn phòng - Thống kê tổng hợp báo cáo UBND xã."),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]), p("- UBND huyện;"), p("- Lưu: VT.")
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("CHỦ TỊCH"),
                    p(""),
                    bold("Vi Thị Lan"),
                ),
            ]
        ),
    )


HELD_OUT_PDF = """<html><head><style>
@page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }
body { font-family: "Liberation Serif"; font-size: 13pt; }
p { margin: 0 0 4pt 0; text-align: justify; }
.c { text-align: center; }
</style></head><body>
<table style="width:100%"><tr>
<td class="c" style="width:40%">UBND HUYỆN LỘC BÌNH<br><b>ỦY BAN NHÂN DÂN XÃ KHUẤT XÁ</b><br>Số: 44/KH-UBND</td>
<td class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Khuất Xá, ngày 16 tháng 5 năm 2024</i></td>
</tr></table>
<p class="c"><b>KẾ HOẠCH</b></p>
<p class="c"><b>Xây dựng vườn mẫu nông thôn mới năm 2024</b></p>
<p style="text-indent:1cm">Thực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2024 của UBND huyện Lộc Bình về xây dựng vườn mẫu, UBND xã Khuất Xá xây dựng kế hoạch như sau:</p>
<p><b>I. MỤC ĐÍCH</b></p>
<p style="text-indent:1cm">Xây dựng 10 vườn mẫu đạt chuẩn tại 5 thôn, làm điểm để nhân rộng ra toàn xã.</p>
<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>
<p style="text-indent:1cm">1. Bình xét, lựa chọn hộ đăng ký xây dựng vườn mẫu.</p>
<p style="text-indent:1cm">- Chủ trì: Hội Nông dân xã.</p>
<p style="text-indent:1cm">- Phối hợp: Trưởng các thôn.</p>
<p style="text-indent:1cm">- Thời gian: trước ngày 15/6/2024.</p>
<p style="text-indent:1cm">2. Hỗ trợ giống cây ăn quả, vật tư cho các hộ được chọn theo định mức của huyện.</p>
<p style="text-indent:1cm">- Chủ trì: Công chức Địa chính - Nông nghiệp.</p>
<p style="text-indent:1cm">- Phối hợp: Trạm Khuyến nông huyện.</p>
<p style="text-indent:1cm">- Thời gian: Quý III/2024.</p>
<p style="text-indent:1cm">3. Nghiệm thu, công nhận vườn mẫu.</p>
<p style="text-indent:1cm">- Chủ trì: Hội đồng xét công nhận của xã.</p>
<p style="text-indent:1cm">- Thời gian: tháng 12/2024.</p>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p style="text-indent:1cm">Hội Nông dân xã theo dõi, tổng hợp, báo cáo UBND xã trước ngày 20/12/2024.</p>
<table style="width:100%"><tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- UBND huyện;<br>- Hội Nông dân huyện;<br>- Lưu: VT.</td>
<td class="c" style="vertical-align:top"><b>TM. ỦY BAN NHÂN DÂN</b><br><b>CHỦ TỊCH</b><br><br><br><b>Nông Văn Tiến</b></td>
</tr></table>
</body></html>"""


def weasyprint_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def saved_as(data: bytes, target: str) -> bytes:
    """The .docx `data` saved by LibreOffice as `target` ("pdf", "doc", "odt")."""
    converted = libreoffice(data, ".docx", target, timeout=120)
    if converted is None:
        raise RuntimeError(f"LibreOffice made no .{target}: run scripts/system-deps.")
    return converted


def libreoffice_pdf(data: bytes) -> bytes:
    return saved_as(data, "pdf")


def bordered(widths: list[int], rows: list[list[str]]) -> str:
    """A task table with borders; `rows` of cells (see `cell`)."""
    return table(rows, widths, FIXED_WIDTH + RULED)


def round5_xa_na_sam() -> bytes:
    """Round 5: a commune after the 2025 merger (its UBND on two lines, no
    district), a Word task table whose columns are "Bộ phận chủ trì" and
    "Bộ phận phối hợp", group rows by criterion, deadlines "trước 15/9",
    "Quý III/2026", "tháng 10/2026"."""
    header = layout(
        [
            cell(p("ỦY BAN NHÂN DÂN"), bold("XÃ NA SẦM")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 63/KH-UBND")),
            cell(p(runs=[("Na Sầm, ngày 24 tháng 3 năm 2026", "i")])),
        ],
    )
    head = [
        "STT",
        "Nhiệm vụ",
        "Bộ phận chủ trì",
        "Bộ phận phối hợp",
        "Thời hạn",
    ]
    rows = [[cell(bold(h)) for h in head]]
    groups = [
        (
            "I",
            "TIÊU CHÍ SỐ 2 - GIAO THÔNG",
            [
                (
                    "Cứng hóa 3,5 km đường ngõ xóm thôn Khòn Khuông, Bản Cằm",
                    "Phòng Kinh tế",
                    "Trưởng thôn Khòn Khuông, Bản Cằm",
                    "trước 15/9",
                ),
                (
                    "Lắp đặt biển báo, hệ thống chiếu sáng đường trục xã",
                    "Phòng Kinh tế",
                    "ĐTN xã",
                    "Quý III/2026",
                ),
            ],
        ),
        (
            "II",
            "TIÊU CHÍ SỐ 16 - VĂN HÓA VÀ TIÊU CHÍ SỐ 18 - HỆ THỐNG CHÍNH TRỊ",
            [
                (
                    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư",
                    "Ủy ban MTTQ Việt Nam xã",
                    "Phòng Văn hóa - Xã hội; các đoàn thể",
                    "tháng 11/2026",
                ),
                (
                    "Xây dựng thôn đạt chuẩn văn hóa, gia đình văn hóa",
                    "Phòng Văn hóa - Xã hội",
                    "HLHPN xã, HND xã, Hội CCB xã",
                    "tháng 10/2026",
                ),
                (
                    "Kiện toàn tổ hòa giải ở cơ sở",
                    "Văn phòng HĐND và UBND",
                    "Công an xã",
                    "30/6/2026",
                ),
            ],
        ),
    ]
    for number, title, tasks in groups:
        rows.append([cell(bold(number)), cell(bold(title), span=4)])
        for i, (task, lead, partners, deadline) in enumerate(tasks, 1):
            rows.append(
                [
                    cell(p(str(i))),
                    cell(p(task)),
                    cell(p(lead)),
                    cell(p(partners)),
                    cell(p(deadline)),
                ]
            )
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre(
            "Khắc phục các tiêu chí nông thôn mới còn hạn chế sau sắp xếp đơn vị hành chính năm 2026"
        ),
        p(
            "Thực hiện Kế hoạch số 31/KH-UBND ngày 05/02/2026 của UBND tỉnh Lạng Sơn; căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/01/2026 của HĐND xã Na Sầm, UBND xã ban hành Kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p("Khắc phục dứt điểm các chỉ tiêu chưa đạt của tiêu chí số 2, 16 và 18."),
        bold("II. NHIỆM VỤ CỤ THỂ"),
        bordered([700, 3300, 1800, 1800, 1400], rows),
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p(
            "Các bộ phận, đoàn thể báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước ngày 20 hằng tháng."
        ),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- UBND tỉnh;"),
                    p("- VP Điều phối NTM tỉnh;"),
                    p("- TT Đảng ủy, TT HĐND xã;"),
                    p("- Lưu: VT."),
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("CHỦ TỊCH"),
                    p(""),
                    bold("Chu Văn Dũng"),
                ),
            ]
        ),
    )


def round5_huyen_van_lang() -> bytes:
    """Round 5, saved as .doc (Word 97): a district plan of 2024 with
    "1.1." tasks under Roman sections, "Đơn vị chủ trì:", "Đơn vị phối
    hợp:", "Thời hạn hoàn thành:" on lines of their own, abbreviated
    departments, a steering committee (BCĐ) as a partner."""
    header = layout(
        [
            cell(p("ỦY BAN NHÂN DÂN"), bold("HUYỆN VĂN LÃNG")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 164/KH-UBND")),
            cell(p(runs=[("Văn Lãng, ngày 11 tháng 7 năm 2024", "i")])),
        ],
    )
    tasks = [
        (
            "1.1. Hoàn thiện hồ sơ đề nghị xét công nhận xã Hoàng Việt đạt chuẩn nông thôn mới nâng cao.",
            "UBND xã Hoàng Việt",
            "Các phòng, ban chuyên môn thuộc UBND huyện",
            "tháng 10/2024",
        ),
        (
            "1.2. Thẩm tra hồ sơ, mức độ đạt chuẩn các tiêu chí của xã Hoàng Việt.",
            "Văn phòng Điều phối NTM huyện",
            "Phòng NN&PTNT, Phòng TC-KH",
            "Quý IV/2024",
        ),
        (
            "2.1. Phân bổ vốn sự nghiệp Chương trình MTQG xây dựng nông thôn mới năm 2024 cho các xã.",
            "Phòng TC-KH",
            "Văn phòng Điều phối NTM huyện",
            "trước ngày 31/8/2024",
        ),
        (
            "2.2. Kiểm tra, giám sát việc thực hiện vốn lồng ghép tại các xã.",
            "BCĐ các CTMTQG huyện",
            "Phòng TC-KH, KBNN huyện",
            "Quý III/2024",
        ),
    ]
    body = [bold("II. NHIỆM VỤ, GIẢI PHÁP")]
    for section, heading in (
        ("1", "1. Công tác thẩm tra, công nhận xã đạt chuẩn"),
        ("2", "2. Công tác bố trí, quản lý vốn"),
    ):
        body.append(bold(heading))
        for title, lead, partners, deadline in tasks:
            if title.startswith(section + "."):
                body += [
                    p(title),
                    p(f"Đơn vị chủ trì: {lead}."),
                    p(f"Đơn vị phối hợp: {partners}."),
                    p(f"Thời hạn hoàn thành: {deadline}."),
                ]
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre(
            "Thẩm tra, đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2024"
        ),
        p(
            "Căn cứ Quyết định số 1495/QĐ-UBND ngày 14/9/2022 của UBND tỉnh Lạng Sơn; Ủy ban nhân dân huyện Văn Lãng xây dựng Kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p("Năm 2024 có thêm 01 xã đạt chuẩn nông thôn mới nâng cao."),
        *body,
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p("Giao Văn phòng Điều phối NTM huyện theo dõi, đôn đốc thực hiện Kế hoạch."),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- UBND tỉnh;"),
                    p("- TT Huyện ủy, TT HĐND huyện;"),
                    p("- Như mục III;"),
                    p("- Lưu: VT."),
                ),
                cell(
                    bold("KT. CHỦ TỊCH"),
                    bold("PHÓ CHỦ TỊCH"),
                    p(""),
                    bold("Lương Đức Mạnh"),
                ),
            ]
        ),
    )


ROUND5_PDF_ROWS = [
    (
        "Rà soát, cập nhật Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030 áp dụng trên địa bàn tỉnh sau sắp xếp đơn vị hành chính",
        "Chi cục Phát triển nông thôn",
        "Các sở, ngành thành viên BCĐ tỉnh",
        "Quý I/2026",
    ),
    (
        "Hướng dẫn các xã xây dựng kế hoạch thực hiện tiêu chí sản xuất, thu nhập, nghèo đa chiều",
        "Chi cục Phát triển nông thôn",
        "Sở Tài chính",
        "tháng 4/2026",
    ),
    (
        "Hướng dẫn thực hiện tiêu chí môi trường và chất lượng môi trường sống đối với xã nông thôn mới nâng cao",
        "Chi cục Bảo vệ môi trường",
        "UBND các xã",
        "tháng 5/2026",
    ),
    (
        "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 1 năm 2026",
        "Chi cục Phát triển nông thôn",
        "Sở Công Thương, Sở Khoa học và Công nghệ",
        "Quý II/2026",
    ),
    (
        "Hỗ trợ phát triển hợp tác xã nông nghiệp gắn với chuỗi giá trị",
        "Phòng Kế hoạch - Tài chính",
        "Liên minh HTX tỉnh",
        "Quý III/2026",
    ),
    (
        "Kiểm tra thực hiện tiêu chí thủy lợi và phòng, chống thiên tai tại các xã",
        "Chi cục Thủy lợi",
        "UBND các xã",
        "trước 15/9",
    ),
    (
        "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu năm 2026",
        "Văn phòng Điều phối NTM tỉnh",
        "Các sở, ngành thành viên BCĐ tỉnh",
        "tháng 10/2026",
    ),
    (
        "Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2026",
        "Văn phòng Điều phối NTM tỉnh",
        "Chi cục Phát triển nông thôn",
        "trước ngày 10/12/2026",
    ),
]


def round5_so_nn_mt_pdf() -> str:
    """Round 5, as HTML for WeasyPrint: a provincial department formed by the
    2025 merger, a long preamble so that the task table runs over two pages
    (its header row repeated on the second), columns "Đơn vị thực hiện" /
    "Đơn vị phối hợp" / "Thời gian thực hiện"."""
    context = "".join(
        f'<p style="text-indent:1cm">{t}</p>'
        for t in [
            "Năm 2025, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới, 05 xã đạt chuẩn nông thôn mới nâng cao; "
            "thu nhập bình quân đầu người khu vực nông thôn đạt 48,5 triệu đồng; tỷ lệ hộ nghèo đa chiều giảm 2,8%. "
            "Việc sắp xếp đơn vị hành chính cấp xã và kết thúc hoạt động của cấp huyện từ ngày 01/7/2025 "
            "đặt ra yêu cầu rà soát lại toàn bộ hệ thống tiêu chí, phân công lại nhiệm vụ giữa các sở, ngành và các xã.",
        ]
        * 4
    )
    rows = "".join(
        f"<tr><td>{i}</td><td>{t}</td><td>{lead}</td><td>{partners}</td><td>{when}</td></tr>"
        for i, (t, lead, partners, when) in enumerate(ROUND5_PDF_ROWS, 1)
    )
    return f"""<html><head><style>
@page {{ size: A4; margin: 2cm 1.5cm 2cm 3cm; }}
body {{ font-family: "Liberation Serif"; font-size: 13pt; }}
p {{ margin: 0 0 6pt 0; text-align: justify; }}
.c {{ text-align: center; }}
table.t {{ border-collapse: collapse; width: 100%; }}
table.t td, table.t th {{ border: 1px solid black; padding: 3pt; vertical-align: top; }}
</style></head><body>
<table style="width:100%"><tr>
<td class="c" style="width:45%">UBND TỈNH LẠNG SƠN<br><b>SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG</b><br>Số: 215/KH-SNNMT</td>
<td class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Lạng Sơn, ngày 15 tháng 01 năm 2026</i></td>
</tr></table>
<p class="c"><b>KẾ HOẠCH</b></p>
<p class="c"><b>Triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 của ngành Nông nghiệp và Môi trường</b></p>
<p style="text-indent:1cm">Thực hiện Kế hoạch số 05/KH-UBND ngày 08/01/2026 của UBND tỉnh Lạng Sơn, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:</p>
<p><b>I. KẾT QUẢ NĂM 2025</b></p>
{context}
<p><b>II. MỤC TIÊU NĂM 2026</b></p>
<p style="text-indent:1cm">Có thêm ít nhất 10 xã đạt chuẩn nông thôn mới nâng cao; 30 sản phẩm OCOP đạt 3 sao trở lên.</p>
<p><b>III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN</b></p>
<table class="t"><thead><tr><th>TT</th><th>Nội dung công việc</th><th>Đơn vị thực hiện</th><th>Đơn vị phối hợp</th><th>Thời gian thực hiện</th></tr></thead>
<tbody>{rows}</tbody></table>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p style="text-indent:1cm">Các đơn vị thuộc Sở báo cáo kết quả về Văn phòng Điều phối NTM tỉnh trước ngày 25 của tháng cuối quý.</p>
<table style="width:100%"><tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- UBND tỉnh;<br>- BCĐ các CTMTQG tỉnh;<br>- Lưu: VT, VPĐP.</td>
<td class="c" style="vertical-align:top"><b>KT. GIÁM ĐỐC</b><br><b>PHÓ GIÁM ĐỐC</b><br><br><br><b>Hoàng Văn Thái</b></td>
</tr></table>
</body></html>"""


def libreoffice_doc(data: bytes) -> bytes:
    """A .docx saved as Word 97 (.doc), as offices still send them."""
    return saved_as(data, "doc")


def round6_so_van_hoa() -> bytes:
    """Round 6 (never tuned on): a provincial department's Word task table
    in which one lead cell is merged down over the rows it leads (vMerge),
    and the time column is "Tiến độ"."""
    header = layout(
        [
            cell(p("UBND TỈNH LẠNG SƠN"), bold("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 77/KH-SVHTTDL")),
            cell(p(runs=[("Lạng Sơn, ngày 12 tháng 2 năm 2026", "i")])),
        ],
    )
    rows = [
        [
            cell(bold("TT")),
            cell(bold("Nội dung")),
            cell(bold("Đơn vị chủ trì")),
            cell(bold("Đơn vị phối hợp")),
            cell(bold("Tiến độ")),
        ],
        [
            cell(p("1")),
            cell(
                p("Hướng dẫn các xã đánh giá tiêu chí số 6 về Cơ sở vật chất văn hóa")
            ),
            cell(p("Phòng Quản lý văn hóa"), vmerge="restart"),
            cell(p("UBND các xã")),
            cell(p("Quý I/2026")),
        ],
        [
            cell(p("2")),
            cell(p("Kiểm tra việc sử dụng nhà văn hóa thôn sau sắp xếp")),
            cell(p(""), vmerge="continue"),
            cell(p("UBND các xã")),
            cell(p("Quý III/2026")),
        ],
        [
            cell(p("3")),
            cell(p("Tổ chức Liên hoan văn nghệ quần chúng các xã nông thôn mới")),
            cell(p("Trung tâm Văn hóa, Điện ảnh và Triển lãm tỉnh")),
            cell(p("Sở Tài chính")),
            cell(p("tháng 11/2026")),
        ],
    ]
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre(
            "Thực hiện tiêu chí văn hóa trong Chương trình xây dựng nông thôn mới năm 2026"
        ),
        p(
            "Thực hiện Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Lạng Sơn, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p("100% xã có nhà văn hóa đạt chuẩn theo Bộ tiêu chí mới."),
        bold("II. NHIỆM VỤ VÀ PHÂN CÔNG"),
        bordered([700, 3300, 1800, 1800, 1400], rows),
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p("Phòng Quản lý văn hóa tổng hợp, báo cáo Giám đốc Sở."),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- UBND tỉnh;"),
                    p("- VP Điều phối NTM tỉnh;"),
                    p("- Lưu: VT, QLVH."),
                ),
                cell(
                    bold("GIÁM ĐỐC"),
                    p(""),
                    bold("Lăng Văn Hải"),
                ),
            ]
        ),
    )


def round7_tinh_san_pham() -> bytes:
    """Round 7 (measured once before any change for it): a provincial UBND's
    Word task table with "Sản phẩm" and "Kinh phí" columns between the
    responsibility columns and the time, one lead cell merged down over two
    rows, agencies in full and abbreviated, "năm 2026" and "6 tháng đầu năm
    2026" as times."""
    header = layout(
        [
            cell(bold("ỦY BAN NHÂN DÂN"), bold("TỈNH LẠNG SƠN")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 315/KH-UBND")),
            cell(p(runs=[("Lạng Sơn, ngày 22 tháng 1 năm 2026", "i")])),
        ],
    )
    rows = [
        [
            cell(bold("STT")),
            cell(bold("Nhiệm vụ")),
            cell(bold("Cơ quan chủ trì")),
            cell(bold("Cơ quan phối hợp")),
            cell(bold("Sản phẩm")),
            cell(bold("Kinh phí (triệu đồng)")),
            cell(bold("Thời gian hoàn thành")),
        ],
        [
            cell(p("1")),
            cell(p("Ban hành Bộ tiêu chí xã nông thôn mới nâng cao sau sắp xếp")),
            cell(p("Sở Nông nghiệp và Môi trường"), vmerge="restart"),
            cell(p("Các sở, ngành liên quan")),
            cell(p("Quyết định của UBND tỉnh")),
            cell(p("50")),
            cell(p("6 tháng đầu năm 2026")),
        ],
        [
            cell(p("2")),
            cell(p("Tổng hợp, đánh giá kết quả thực hiện các tiêu chí của 65 xã")),
            cell(p(""), vmerge="continue"),
            cell(p("UBND các xã")),
            cell(p("Báo cáo")),
            cell(p("Trong dự toán")),
            cell(p("Quý IV/2026")),
        ],
        [
            cell(p("3")),
            cell(p("Bố trí vốn đối ứng thực hiện Chương trình năm 2026")),
            cell(p("Sở Tài chính")),
            cell(p("Sở NN&MT")),
            cell(p("Quyết định phân bổ vốn")),
            cell(p("")),
            cell(p("trước 31/3/2026")),
        ],
        [
            cell(p("4")),
            cell(p("Hướng dẫn xây dựng thôn thông minh")),
            cell(p("Sở KH&CN")),
            cell(p("Sở Nông nghiệp và Môi trường; UBND các xã")),
            cell(p("Văn bản hướng dẫn")),
            cell(p("120")),
            cell(p("năm 2026")),
        ],
    ]
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre("Thực hiện Chương trình xây dựng nông thôn mới tỉnh Lạng Sơn năm 2026"),
        p(
            "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
        ),
        bold("I. MỤC TIÊU"),
        p("Thêm 10 xã đạt chuẩn nông thôn mới nâng cao."),
        bold("II. NHIỆM VỤ CỤ THỂ"),
        bordered([600, 2600, 1400, 1400, 1200, 900, 1100], rows),
        bold("III. KINH PHÍ"),
        p("Từ ngân sách tỉnh và vốn lồng ghép các chương trình."),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- Bộ Nông nghiệp và Môi trường;"),
                    p("- TT Tỉnh ủy, TT HĐND tỉnh;"),
                    p("- Các sở, ban, ngành;"),
                    p("- UBND các xã, phường;"),
                    p("- Lưu: VT, KT."),
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("KT. CHỦ TỊCH"),
                    bold("PHÓ CHỦ TỊCH"),
                    p(""),
                    bold("Đoàn Thu Hà"),
                ),
            ]
        ),
    )


def round8_huyen_quyet_dinh() -> bytes:
    """Round 8 (measured once before any change for it): a district plan of
    2024 issued as a decision ("QUYẾT ĐỊNH", "Điều 1 … Điều 3"), its tasks
    an appendix table after the signature with group rows merged across
    the responsibility columns (their budget in the "Kinh phí (triệu
    đồng)" column) and a total row."""
    header = layout(
        [
            cell(bold("ỦY BAN NHÂN DÂN"), bold("HUYỆN CHI LĂNG")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 1856/QĐ-UBND")),
            cell(p(runs=[("Chi Lăng, ngày 15 tháng 3 năm 2024", "i")])),
        ],
    )

    def group(number: str, name: str, budget: str) -> list[str]:
        return [
            cell(bold(number)),
            cell(bold(name), span=3),
            cell(bold(budget)),
            cell(p("")),
        ]

    def row(*values: str) -> list[str]:
        return [cell(p(v)) for v in values]

    rows = [
        [
            cell(bold(h))
            for h in (
                "STT",
                "Nội dung nhiệm vụ",
                "Đơn vị chủ trì",
                "Đơn vị phối hợp",
                "Kinh phí (triệu đồng)",
                "Thời gian hoàn thành",
            )
        ],
        group("I", "HẠ TẦNG KINH TẾ - XÃ HỘI", "5.350"),
        row(
            "1",
            "Cứng hóa 8,5 km đường trục thôn tại các xã Quan Sơn, Hữu Kiên",
            "Phòng Kinh tế và Hạ tầng",
            "UBND các xã Quan Sơn, Hữu Kiên",
            "4.250",
            "Quý III/2024",
        ),
        row(
            "2",
            "Nâng cấp 03 nhà văn hóa thôn đạt chuẩn",
            "Phòng Văn hóa và Thông tin",
            "UBND xã Vạn Linh",
            "1.100",
            "30/9/2024",
        ),
        group("II", "PHÁT TRIỂN SẢN XUẤT, NÂNG CAO THU NHẬP", "2.600"),
        row(
            "3",
            "Hỗ trợ phát triển vùng trồng hồi, quế theo chuỗi giá trị",
            "Phòng Nông nghiệp và PTNT",
            "Trung tâm Dịch vụ nông nghiệp huyện",
            "1.800",
            "Năm 2024",
        ),
        row(
            "4",
            "Hỗ trợ 04 sản phẩm OCOP đạt 3 sao",
            "Phòng NN&PTNT",
            "Hội Nông dân huyện; các hợp tác xã",
            "800",
            "trước 30 tháng 11 năm 2024",
        ),
        group("III", "MÔI TRƯỜNG, AN NINH TRẬT TỰ", "350"),
        row(
            "5",
            "Xây dựng 02 mô hình phân loại rác thải tại nguồn",
            "Phòng Tài nguyên và Môi trường",
            "Hội LHPN huyện",
            "200",
            "tháng 10/2024",
        ),
        row(
            "6",
            "Duy trì mô hình “Camera an ninh” tại các thôn",
            "Công an huyện",
            "UBND các xã, thị trấn",
            "150",
            "Thường xuyên",
        ),
        [
            cell(p("")),
            cell(bold("TỔNG CỘNG"), span=3),
            cell(bold("8.300")),
            cell(p("")),
        ],
    ]
    return docx(
        header,
        centre("QUYẾT ĐỊNH"),
        centre(
            "Ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Chi Lăng năm 2024"
        ),
        centre("ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG"),
        p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
        p(
            "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;"
        ),
        p(
            "Căn cứ Quyết định số 45/QĐ-UBND ngày 10/01/2024 của UBND tỉnh Lạng Sơn về giao chỉ tiêu xây dựng nông thôn mới năm 2024;"
        ),
        p(
            "Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện tại Tờ trình số 25/TTr-NN ngày 08/3/2024."
        ),
        centre("QUYẾT ĐỊNH:"),
        p(
            runs=[
                ("Điều 1.", "b"),
                (
                    " Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Chi Lăng năm 2024 (chi tiết tại Phụ lục kèm theo).",
                    "",
                ),
            ]
        ),
        p(
            runs=[
                ("Điều 2.", "b"),
                (
                    " Giao Phòng Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND huyện trước ngày 15 tháng cuối quý.",
                    "",
                ),
            ]
        ),
        p(
            runs=[
                ("Điều 3.", "b"),
                (
                    " Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng, ban, ngành có liên quan, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.",
                    "",
                ),
            ]
        ),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- Như Điều 3;"),
                    p("- UBND tỉnh;"),
                    p("- VP Điều phối NTM tỉnh;"),
                    p("- Lưu: VT, NN."),
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("CHỦ TỊCH"),
                    p(""),
                    bold("Vy Văn Thành"),
                ),
            ]
        ),
        centre("PHỤ LỤC"),
        centre(
            "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI HUYỆN CHI LĂNG NĂM 2024"
        ),
        p(
            runs=[
                (
                    "(Ban hành kèm theo Quyết định số 1856/QĐ-UBND ngày 15/3/2024 của UBND huyện Chi Lăng)",
                    "i",
                )
            ],
            style="Title",
        ),
        bordered([600, 2800, 1500, 1500, 1100, 1300], rows),
    )


def round8_xa_dong_chi_phu_trach() -> bytes:
    """Round 8: a commune after the 2025 reform whose headings and tasks are
    Word's automatic numbering (I. / 1. / 1.1.), each task led by a named
    official ("Phụ trách: Đ/c … - Phó Chủ tịch UBND xã"), some with a unit
    too, attributes on their own lines or run together on one."""
    header = layout(
        [
            cell(p("ỦY BAN NHÂN DÂN"), bold("XÃ VĂN QUAN")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [
            cell(p("Số: 27/KH-UBND")),
            cell(p(runs=[("Văn Quan, ngày 18 tháng 5 năm 2026", "i")])),
        ],
    )
    return docx(
        header,
        centre("KẾ HOẠCH"),
        centre(
            "Thực hiện các nhiệm vụ trọng tâm xây dựng nông thôn mới 6 tháng cuối năm 2026"
        ),
        p(
            "Căn cứ Nghị quyết số 12-NQ/ĐU ngày 05/5/2026 của Ban Chấp hành Đảng bộ xã Văn Quan về xây dựng nông thôn mới năm 2026;"
        ),
        p("Ủy ban nhân dân xã Văn Quan ban hành Kế hoạch như sau:"),
        bold("MỤC TIÊU", num=(1, 0)),
        p("Giữ vững 19/19 tiêu chí xã nông thôn mới; không để tiêu chí nào tụt hạng."),
        bold("NHIỆM VỤ VÀ PHÂN CÔNG PHỤ TRÁCH", num=(1, 0)),
        bold("Về hạ tầng", num=(1, 1)),
        p("Hoàn thành bê tông hóa 2,5 km đường ngõ xóm thôn Bản Quyền", num=(1, 2)),
        p("Phụ trách: Đ/c Hoàng Văn Bình - Phó Chủ tịch UBND xã."),
        p("Đơn vị thực hiện: Phòng Kinh tế; phối hợp: Ban phát triển thôn Bản Quyền."),
        p("Thời hạn: 30/9/2026."),
        p("Sửa chữa 02 phòng học Trường Tiểu học Văn Quan", num=(1, 2)),
        p("Phụ trách: Đồng chí Lộc Thị Nga, Phó Chủ tịch UBND xã."),
        p("Thời gian: tháng 8/2026."),
        bold("Về kinh tế, sản xuất", num=(1, 1)),
        p("Xây dựng 01 sản phẩm OCOP 3 sao từ hoa hồi Văn Quan", num=(1, 2)),
        p(
            "Người phụ trách: Đ/c Hoàng Văn Bình - Phó Chủ tịch UBND xã; đơn vị chủ trì: Phòng Kinh tế; phối hợp: Hợp tác xã Nông nghiệp Văn Quan; thời gian: Quý IV/2026."
        ),
        p("Đào tạo nghề cho 60 lao động nông thôn", num=(1, 2)),
        p("Chủ trì: Đ/c Vi Văn Thắng - Công chức Văn hóa - Xã hội."),
        p("Thời gian: hoàn thành trong Quý IV."),
        bold("Về an ninh, trật tự", num=(1, 1)),
        p(
            "Duy trì mô hình “Tổ tự quản an ninh trật tự” tại 100% thôn",
            num=(1, 2),
        ),
        p(
            "Phụ trách: Đ/c Nông Văn Khải - Trưởng Công an xã; phối hợp: Ủy ban MTTQ xã, các thôn; thời gian: thường xuyên."
        ),
        bold("TỔ CHỨC THỰC HIỆN", num=(1, 0)),
        p(
            "Các đồng chí được phân công phụ trách báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 25 hằng tháng."
        ),
        layout(
            [
                cell(
                    p(runs=[("Nơi nhận:", "bi")]),
                    p("- TT Đảng ủy xã;"),
                    p("- TT HĐND xã;"),
                    p("- Các thôn;"),
                    p("- Lưu: VT."),
                ),
                cell(
                    bold("TM. ỦY BAN NHÂN DÂN"),
                    bold("CHỦ TỊCH"),
                    p(""),
                    bold("Lương Đức Thịnh"),
                ),
            ]
        ),
    )


ROUND8_PDF_ROWS = [
    (
        "Hướng dẫn các xã xây dựng phương án sản xuất vụ Đông năm 2024",
        [
            "Chủ trì: Bộ phận Trồng trọt",
            "Phối hợp: Trạm Khuyến nông huyện",
            "Thời gian: trong tháng 9",
        ],
    ),
    (
        "Kiểm tra tiến độ thực hiện tiêu chí số 13 về Tổ chức sản xuất tại xã Vũ Lăng, xã Tân Tri",
        [
            "Chủ trì: Bộ phận Kinh tế hợp tác",
            "Phối hợp: UBND xã Vũ Lăng; UBND xã Tân Tri",
            "Thời gian: Quý III/2024",
        ],
    ),
    (
        "Hỗ trợ xây dựng 02 mô hình trồng cây ăn quả theo tiêu chuẩn VietGAP",
        [
            "Chủ trì: Trạm Khuyến nông huyện",
            "Phối hợp: Hội Nông dân huyện, UBND xã Chiến Thắng",
            "Thời gian: từ tháng 7 đến tháng 10/2024",
        ],
    ),
    (
        "Tuyên truyền về an toàn thực phẩm trong sản xuất nông nghiệp",
        ["Chủ trì: Bộ phận Chăn nuôi - Thú y", "Thời gian: thường xuyên"],
    ),
    (
        "Tổng hợp, báo cáo kết quả thực hiện tiêu chí số 13 năm 2024",
        ["Chủ trì: Bộ phận Tổng hợp", "Thời gian: trước 15 tháng 12 năm 2024"],
    ),
]


def round8_phong_hai_cot_pdf() -> str:
    """Round 8, as HTML for WeasyPrint: a district office's plan whose tasks
    are a two-column table, the task on the left and its "Chủ trì / Phối
    hợp / Thời gian" lines together in one cell on the right; "trong tháng
    9" without a year, "từ tháng 7 đến tháng 10/2024"."""
    rows = "".join(
        f"<tr><td>{i}. {t}</td><td>{'<br>'.join('- ' + a for a in attrs)}</td></tr>"
        for i, (t, attrs) in enumerate(ROUND8_PDF_ROWS, 1)
    )
    return f"""<html><head><style>
@page {{ size: A4; margin: 2cm 1.5cm 2cm 3cm; }}
body {{ font-family: "Liberation Serif"; font-size: 13pt; }}
p {{ margin: 0 0 6pt 0; text-align: justify; }}
.c {{ text-align: center; }}
table.t {{ border-collapse: collapse; width: 100%; }}
table.t td, table.t th {{ border: 1px solid black; padding: 3pt; vertical-align: top; }}
</style></head><body>
<table style="width:100%"><tr>
<td class="c" style="width:45%">UBND HUYỆN BẮC SƠN<br><b>PHÒNG NÔNG NGHIỆP VÀ PTNT</b><br>Số: 45/KH-NNPTNT</td>
<td class="c"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>Bắc Sơn, ngày 20 tháng 5 năm 2024</i></td>
</tr></table>
<p class="c"><b>KẾ HOẠCH</b></p>
<p class="c"><b>Hướng dẫn, kiểm tra thực hiện tiêu chí số 13 về Tổ chức sản xuất và phát triển kinh tế nông thôn năm 2024</b></p>
<p style="text-indent:1cm">Thực hiện Kế hoạch số 38/KH-UBND ngày 02/3/2024 của UBND huyện Bắc Sơn về xây dựng nông thôn mới năm 2024, Phòng Nông nghiệp và PTNT xây dựng Kế hoạch như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p style="text-indent:1cm">Hướng dẫn các xã duy trì, nâng cao chất lượng tiêu chí số 13; phân công rõ bộ phận chủ trì và thời gian hoàn thành.</p>
<p><b>II. NỘI DUNG VÀ PHÂN CÔNG</b></p>
<table class="t"><thead><tr><th style="width:60%">Nội dung công việc</th><th>Phân công thực hiện</th></tr></thead>
<tbody>{rows}</tbody></table>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p style="text-indent:1cm">Các bộ phận báo cáo kết quả về Trưởng phòng trước ngày 20 hằng tháng.</p>
<table style="width:100%"><tr>
<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- UBND huyện;<br>- Văn phòng Điều phối NTM huyện;<br>- UBND các xã;<br>- Lưu: VT.</td>
<td class="c" style="vertical-align:top"><b>TRƯỞNG PHÒNG</b><br><br><br><b>Hà Văn Lợi</b></td>
</tr></table>
</body></html>"""


# ---------------------------------------------------------------- round 9


def r9_header(left: list[str], number: str, dated: str) -> str:
    """The two-column layout table at the top of a Decree 30 document: the
    authority over the issuer (bold), the number; the motto, place and date."""
    return layout(
        [
            cell(p(left[0]), *(bold(line) for line in left[1:])),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
            ),
        ],
        [cell(p(number)), cell(p(runs=[(dated, "i")]))],
    )


def r9_signature(recipients: list[str], signer: list[str]) -> str:
    return layout(
        [
            cell(p(runs=[("Nơi nhận:", "bi")]), *(p(r) for r in recipients)),
            cell(*(bold(s) if s else p("") for s in signer)),
        ]
    )


R9_TINH_TASKS = [
    (
        "Sở Nông nghiệp và Môi trường:",
        [
            "Hướng dẫn các xã (mới) rà soát, đánh giá lại mức độ đạt các tiêu chí nông thôn mới sau sắp xếp đơn vị hành chính; thời gian hoàn thành: Quý I/2026.",
            "Phối hợp với Sở Tài chính tham mưu phân bổ vốn ngân sách tỉnh thực hiện Chương trình năm 2026 cho các xã (mới); thời gian hoàn thành: trước ngày 31/3/2026.",
            "Thẩm định hồ sơ đề nghị công nhận xã Bằng Thành (mới), xã Cốc Đán (mới) đạt chuẩn nông thôn mới; thời gian hoàn thành: tháng 11/2026.",
        ],
    ),
    (
        "Sở Xây dựng:",
        [
            "Hướng dẫn lập, điều chỉnh quy hoạch chung xã (mới) theo địa giới hành chính mới; thời gian hoàn thành: Quý II/2026.",
        ],
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch:",
        [
            "Hướng dẫn sử dụng trụ sở dôi dư của các xã cũ làm nhà văn hóa, khu thể thao xã (mới); thời gian hoàn thành: trước ngày 30/6/2026.",
        ],
    ),
    (
        "Ủy ban nhân dân các xã, phường:",
        [
            "Xây dựng kế hoạch duy trì, nâng cao chất lượng các tiêu chí nông thôn mới năm 2026 của xã (mới); thời gian hoàn thành: trước ngày 15/3/2026.",
            "Báo cáo kết quả thực hiện Chương trình về Sở Nông nghiệp và Môi trường (qua Văn phòng Điều phối nông thôn mới tỉnh) trước ngày 15/12/2026.",
        ],
    ),
]


def round9_tinh_sau_hop_nhat() -> bytes:
    """Round 9: a provincial plan of 2026, after the 2025 reform (no
    district; a province merged from two; communes "xã X (mới)"), its tasks
    grouped under the body that carries them out ("1. Sở Nông nghiệp và Môi
    trường:" over "-" items), each item ending in "; thời gian hoàn thành: …"."""
    body = []
    for n, (agency, items) in enumerate(R9_TINH_TASKS, 1):
        body.append(p(f"{n}. {agency}"))
        body += [p(f"- {item}") for item in items]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"],
            "Số: 18/KH-UBND",
            "Thái Nguyên, ngày 20 tháng 01 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre(
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Thái Nguyên năm 2026 sau sắp xếp đơn vị hành chính"
        ),
        centre("-----------", ""),
        p(
            "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, theo đó tỉnh Thái Nguyên mới được hợp nhất từ tỉnh Bắc Kạn và tỉnh Thái Nguyên;"
        ),
        p(
            "Căn cứ Quyết định số 1236/QĐ-UBND ngày 30/7/2025 của UBND tỉnh Thái Nguyên về phân công nhiệm vụ thực hiện Chương trình sau sắp xếp;"
        ),
        p("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Duy trì kết quả nông thôn mới của các xã cũ trước sắp xếp; không để xã (mới) nào bị rớt chuẩn do thay đổi địa giới hành chính."
        ),
        bold("II. MỤC TIÊU"),
        p(
            "Phấn đấu đến hết năm 2026 có thêm 08 xã (mới) đạt chuẩn nông thôn mới, 03 xã (mới) đạt chuẩn nông thôn mới nâng cao."
        ),
        bold("III. NHIỆM VỤ CỤ THỂ CỦA CÁC SỞ, NGÀNH, ĐỊA PHƯƠNG"),
        *body,
        bold("IV. KINH PHÍ THỰC HIỆN"),
        p(
            "Từ nguồn vốn ngân sách trung ương, ngân sách tỉnh năm 2026 và vốn lồng ghép các chương trình, dự án khác."
        ),
        r9_signature(
            [
                "- Bộ Nông nghiệp và Môi trường;",
                "- Thường trực Tỉnh ủy;",
                "- Thường trực HĐND tỉnh;",
                "- Các sở, ban, ngành tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KT.",
            ],
            [
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "",
                "",
                "Hà Quang Thịnh",
            ],
        ),
    )


def r9_span_cell(
    text: str, *, span: int = 1, vmerge: str | None = None, w: int = 1200
) -> str:
    body = bold(text) if text else p("")
    return tc(text, span=span, vmerge=vmerge, width=w, body=body)


R9_HAI_DONG = [
    (
        "Bê tông hóa 1,8 km đường trục thôn Nà Làng",
        "Ban Quản lý các dự án xã",
        "Ban phát triển thôn Nà Làng",
        "Tháng 3/2026",
        "30/9/2026",
        "Vốn Chương trình MTQG",
    ),
    (
        "Sửa chữa, nâng cấp 04 phòng học Trường Tiểu học Quảng Chu",
        "Ban Quản lý các dự án xã",
        "Trường Tiểu học Quảng Chu",
        "Tháng 6/2026",
        "15/8/2026",
        "Trước năm học mới",
    ),
    (
        "Vận động 120 hộ đăng ký tham gia bảo hiểm y tế tự nguyện",
        "Trạm Y tế xã",
        "Bảo hiểm xã hội khu vực; các thôn",
        "Tháng 1/2026",
        "Quý III/2026",
        "",
    ),
    (
        "Xây dựng 02 mô hình sản xuất rau an toàn theo chuỗi",
        "Hội Nông dân xã",
        "Phòng Kinh tế xã",
        "Tháng 2/2026",
        "Tháng 10/2026",
        "Lồng ghép nguồn vốn khuyến nông",
    ),
    (
        "Ra mắt 03 tổ tự quản về an ninh trật tự ở thôn",
        "Công an xã",
        "Ủy ban MTTQ Việt Nam xã",
        "Tháng 4/2026",
        "30/6/2026",
        "",
    ),
]


def round9_xa_tieu_de_hai_dong() -> bytes:
    """Round 9: a commune's Word task table whose header spans two rows
    ("Thời gian" merged over "Bắt đầu | Hoàn thành", the other header cells
    merged down) and has a "Ghi chú" column."""
    w = [500, 3000, 1500, 1500, 900, 900, 1200]
    head1 = [
        r9_span_cell("TT", vmerge="restart", w=w[0]),
        r9_span_cell("Nội dung nhiệm vụ", vmerge="restart", w=w[1]),
        r9_span_cell("Đơn vị chủ trì", vmerge="restart", w=w[2]),
        r9_span_cell("Đơn vị phối hợp", vmerge="restart", w=w[3]),
        r9_span_cell("Thời gian", span=2, w=w[4] + w[5]),
        r9_span_cell("Ghi chú", vmerge="restart", w=w[6]),
    ]
    head2 = [
        r9_span_cell("", vmerge="continue", w=w[0]),
        r9_span_cell("", vmerge="continue", w=w[1]),
        r9_span_cell("", vmerge="continue", w=w[2]),
        r9_span_cell("", vmerge="continue", w=w[3]),
        r9_span_cell("Bắt đầu", w=w[4]),
        r9_span_cell("Hoàn thành", w=w[5]),
        r9_span_cell("", vmerge="continue", w=w[6]),
    ]
    rows = [head1, head2] + [
        [tc(str(i)), *(tc(v) for v in row)] for i, row in enumerate(R9_HAI_DONG, 1)
    ]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG CHU"],
            "Số: 12/KH-UBND",
            "Quảng Chu, ngày 05 tháng 01 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Xây dựng nông thôn mới xã Quảng Chu năm 2026"),
        p(
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Thái Nguyên thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;"
        ),
        p("UBND xã Quảng Chu xây dựng Kế hoạch như sau:"),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Xác định rõ nội dung, đơn vị chủ trì, thời gian bắt đầu và hoàn thành từng nhiệm vụ để theo dõi, đôn đốc."
        ),
        bold("II. NHIỆM VỤ CỤ THỂ"),
        bordered(w, rows),
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p(
            "Các đơn vị được giao chủ trì báo cáo tiến độ về Văn phòng HĐND và UBND xã trước ngày 25 hằng tháng."
        ),
        r9_signature(
            ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Ma Văn Tường"],
        ),
    )


def borderless(widths: list[int], rows: list[list[str]]) -> str:
    """A table with no border at all (tblBorders none): its columns show only
    as aligned text, as many offices lay out a task list."""
    none = "".join(
        f'<w:{side} w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return table(rows, widths, f"{FIXED_WIDTH}<w:tblBorders>{none}</w:tblBorders>")


R9_KHONG_KE = [
    (
        "Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã",
        "Văn phòng HĐND và UBND",
        "Đảng ủy xã",
        "Tháng 2/2026",
    ),
    (
        "Duy trì tiêu chí số 17 về môi trường tại 9 thôn",
        "Phòng Kinh tế",
        "Hội Liên hiệp Phụ nữ xã",
        "Thường xuyên",
    ),
    (
        "Hỗ trợ 02 sản phẩm OCOP đạt 3 sao",
        "Phòng Kinh tế",
        "Hợp tác xã Nông nghiệp Tân Tiến",
        "Quý III/2026",
    ),
    (
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
        "Ủy ban MTTQ Việt Nam xã",
        "Các thôn",
        "Tháng 11/2026",
    ),
    (
        "Tập huấn phòng, chống dịch bệnh trên đàn gia súc",
        "Phòng Kinh tế",
        "Trạm Y tế xã",
        "trước ngày 30/4/2026",
    ),
]


def round9_xa_khong_ke() -> bytes:
    """Round 9, exported to PDF by LibreOffice (as offices send them): a
    commune's task table with no border at all, its columns aligned text."""
    w = [500, 3700, 1800, 1700, 1300]
    head = [
        cell(bold("TT")),
        cell(bold("Nội dung công việc")),
        cell(bold("Chủ trì")),
        cell(bold("Phối hợp")),
        cell(bold("Thời gian")),
    ]
    rows = [head] + [
        [cell(p(f"{i}.")), *(cell(p(v)) for v in row)]
        for i, row in enumerate(R9_KHONG_KE, 1)
    ]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ TÂN TIẾN"],
            "Số: 30/KH-UBND",
            "Tân Tiến, ngày 10 tháng 02 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Thực hiện nhiệm vụ xây dựng nông thôn mới năm 2026"),
        p(
            "Thực hiện Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Thái Nguyên về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026, UBND xã Tân Tiến ban hành Kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Giữ vững các tiêu chí đã đạt, nâng cao đời sống vật chất, tinh thần của người dân."
        ),
        bold("II. NHIỆM VỤ, GIẢI PHÁP"),
        borderless(w, rows),
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p(
            "Phòng Kinh tế tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước ngày 10/12/2026."
        ),
        r9_signature(
            ["- UBND tỉnh;", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đinh Thị Hoa"],
        ),
    )


R9_GIAO = [
    (
        "Hoàn thành cứng hóa 3,2 km đường giao thông nội đồng tại thôn Khuổi Tát, thôn Nà Mòn",
        "Giao: UBND xã chủ trì, phối hợp Ủy ban MTTQ Việt Nam xã; thời hạn: 30/9/2026.",
    ),
    (
        "Nâng tỷ lệ hộ sử dụng nước sạch đạt chuẩn lên 65%",
        "Giao: Trạm Y tế xã; thời hạn: Quý IV/2026.",
    ),
    (
        "Duy trì xã đạt chuẩn tiêu chí an ninh, trật tự; không để xảy ra điểm nóng",
        "Giao: Công an xã; thời hạn: thường xuyên.",
    ),
    (
        "Vận động hội viên phát triển 05 tổ hợp tác trồng chè, trồng quế",
        "Giao: Hội Nông dân xã chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã; thời hạn: 31/10/2026.",
    ),
    (
        "Kiểm tra, giám sát việc thực hiện các tiêu chí nông thôn mới tại các thôn",
        "Giao: Ủy ban Kiểm tra Đảng ủy; thời hạn: tháng 11/2026.",
    ),
]


def round9_dang_uy_giao_thoi_han() -> bytes:
    """Round 9: a Party committee's plan in the style of a report: the
    section heading "II. NHIỆM VỤ, GIẢI PHÁP" is followed at once by the
    numbered tasks, each ending "- Giao: …; thời hạn: …" on the same line."""
    return docx(
        layout(
            [
                cell(
                    p("ĐẢNG BỘ TỈNH THÁI NGUYÊN"),
                    bold("ĐẢNG ỦY XÃ PHÚ ĐÌNH"),
                    p("*"),
                    p("Số 25-KH/ĐU"),
                ),
                cell(
                    bold("ĐẢNG CỘNG SẢN VIỆT NAM"),
                    p(runs=[("Phú Đình, ngày 16 tháng 3 năm 2026", "i")]),
                ),
            ]
        ),
        centre("KẾ HOẠCH"),
        centre("Lãnh đạo thực hiện xây dựng nông thôn mới năm 2026"),
        p(
            "Thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/01/2026 của Ban Chấp hành Đảng bộ xã về nhiệm vụ năm 2026, Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Nâng cao vai trò lãnh đạo của cấp ủy, chi bộ trong xây dựng nông thôn mới; phân công rõ cơ quan chủ trì, thời hạn từng việc."
        ),
        bold("II. NHIỆM VỤ, GIẢI PHÁP"),
        *(p(f"{i}. {title} - {giao}") for i, (title, giao) in enumerate(R9_GIAO, 1)),
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p(
            "Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy kết quả thực hiện trước ngày 05/12/2026."
        ),
        r9_signature(
            [
                "- Ban Thường vụ Tỉnh ủy (b/c);",
                "- Các chi bộ trực thuộc;",
                "- Lưu Văn phòng Đảng ủy.",
            ],
            ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Lý Văn Chiến"],
        ),
    )


R9_CHI_TIEU = [
    ("Thu nhập bình quân đầu người", "triệu đồng/người/năm", "52", ""),
    ("Tỷ lệ hộ nghèo đa chiều", "%", "dưới 4,5", "Giảm 1,5% so với năm 2025"),
    ("Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "95", ""),
    ("Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", "02", "Chè, mật ong"),
    ("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "80", ""),
]


def round9_xa_phu_luc_chi_tieu() -> bytes:
    """Round 9: a commune plan with tasks in its body and, after the
    signature, an appendix of targets (Chỉ tiêu | ĐVT | Kế hoạch 2026 | Ghi
    chú): targets, not tasks."""
    w = [500, 3800, 1700, 1400, 1600]
    rows = [
        [cell(bold(h)) for h in ("TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "Ghi chú")]
    ] + [
        [cell(p(str(i))), *(cell(p(v)) for v in row)]
        for i, row in enumerate(R9_CHI_TIEU, 1)
    ]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ BẠCH THÔNG"],
            "Số: 09/KH-UBND",
            "Bạch Thông, ngày 22 tháng 01 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Phát triển kinh tế - xã hội gắn với xây dựng nông thôn mới năm 2026"),
        p(
            "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 25/12/2025 của HĐND xã Bạch Thông về nhiệm vụ phát triển kinh tế - xã hội năm 2026;"
        ),
        p("UBND xã Bạch Thông ban hành Kế hoạch như sau:"),
        bold("I. MỤC TIÊU"),
        p("Hoàn thành các chỉ tiêu chủ yếu năm 2026 (chi tiết tại Phụ lục kèm theo)."),
        bold("II. NHIỆM VỤ CHỦ YẾU"),
        p(
            "1. Phát triển vùng chè, quế tập trung 50 ha gắn với chế biến (Phòng Kinh tế chủ trì, Hội Nông dân xã phối hợp; hoàn thành trong Quý III/2026)."
        ),
        p(
            "2. Rà soát, lập danh sách hộ nghèo, hộ cận nghèo cần hỗ trợ sinh kế (Phòng Văn hóa - Xã hội chủ trì; hoàn thành trước ngày 31/3/2026)."
        ),
        p(
            "3. Vận động người dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện (Trạm Y tế xã chủ trì, Bảo hiểm xã hội khu vực phối hợp; thường xuyên)."
        ),
        p(
            "4. Xây dựng 02 điểm thu gom rác thải tập trung tại thôn Nà Lẹng, thôn Phja Đăm (Ban Quản lý các dự án xã chủ trì; hoàn thành trước ngày 30/8/2026)."
        ),
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p("Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2026."),
        r9_signature(
            ["- Đảng ủy xã;", "- TT HĐND xã;", "- Các đơn vị, thôn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Triệu Thị Mai"],
        ),
        centre("PHỤ LỤC"),
        centre("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
        p(
            runs=[
                (
                    "(Kèm theo Kế hoạch số 09/KH-UBND ngày 22/01/2026 của UBND xã Bạch Thông)",
                    "i",
                )
            ]
        ),
        bordered(w, rows),
    )


R9_LIEN_KE = [
    (
        "Rà soát, cập nhật hộ nghèo đa chiều",
        "Phòng Văn hóa - Xã hội",
        "Các thôn",
        "Quý I/2026",
    ),
    (
        "Hỗ trợ 15 hộ nghèo làm nhà ở",
        "Ủy ban MTTQ Việt Nam xã",
        "Đoàn Thanh niên xã",
        "30/9/2026",
    ),
    (
        "Mở 02 lớp đào tạo nghề nông nghiệp",
        "Phòng Kinh tế",
        "Hội Nông dân xã",
        "Quý II/2026",
    ),
    (
        "Nạo vét 3 km kênh mương nội đồng",
        "Ban Quản lý các dự án xã",
        "Các thôn",
        "tháng 5/2026",
    ),
    (
        "Tổ chức giải bóng chuyền hơi các thôn",
        "Phòng Văn hóa - Xã hội",
        "Đoàn Thanh niên xã",
        "tháng 9/2026",
    ),
    (
        "Kiểm tra an toàn thực phẩm tại chợ xã",
        "Trạm Y tế xã",
        "Công an xã",
        "Quý IV/2026",
    ),
]


def round9_xa_hai_bang_lien_ke() -> bytes:
    """Round 9: one task table typed as two adjacent Word tables of the same
    width (an empty paragraph between them, as after a page break typed by
    hand); the second has no header row and goes on numbering."""
    w = [500, 3800, 1900, 1600, 1200]
    head = [
        cell(bold(h))
        for h in (
            "STT",
            "Nội dung",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
        )
    ]
    rows = [
        [cell(p(str(i))), *(cell(p(v)) for v in row)]
        for i, row in enumerate(R9_LIEN_KE, 1)
    ]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ NA RÌ"],
            "Số: 21/KH-UBND",
            "Na Rì, ngày 03 tháng 3 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Thực hiện tiêu chí thu nhập, nghèo đa chiều và lao động năm 2026"),
        p(
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Thái Nguyên thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;"
        ),
        p("UBND xã Na Rì xây dựng Kế hoạch như sau:"),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p("Giảm tỷ lệ hộ nghèo; tạo việc làm ổn định cho lao động nông thôn."),
        bold("II. NHIỆM VỤ VÀ PHÂN CÔNG"),
        bordered(w, [head] + rows[:3]),
        p(""),
        bordered(w, rows[3:]),
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p(
            "Phòng Văn hóa - Xã hội là cơ quan thường trực, tổng hợp báo cáo UBND xã trước ngày 10/12/2026."
        ),
        r9_signature(
            ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
            [
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "",
                "",
                "Hoàng Văn Khải",
            ],
        ),
    )


R9_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
</w:styles>"""
# numId 7: Heading 1 numbered I., II. through the style (the paragraphs
# carry no numPr of their own); numId 8: the tasks 1., 2. …; numId 9: "-".
R9_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="80">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="70"/></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="80"/></w:num>
</w:numbering>"""


def docx_styled(*blocks: str) -> bytes:
    """A .docx whose headings are Word styles numbered by the style itself."""
    return docx(*blocks, styles=R9_STYLES, numbering=R9_NUMBERING)


R9_STYLED = [
    (
        "Phát triển sản xuất",
        [
            (
                "Chuyển đổi 20 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả",
                "Hội Nông dân xã",
                "Phòng Kinh tế",
                "Quý III/2026",
            ),
            (
                "Xây dựng 01 mô hình chăn nuôi gà đồi an toàn sinh học",
                "Phòng Kinh tế",
                "",
                "tháng 7/2026",
            ),
        ],
    ),
    (
        "Văn hóa, giáo dục, y tế",
        [
            (
                "Công nhận lại 04 thôn đạt danh hiệu thôn văn hóa",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban MTTQ Việt Nam xã",
                "tháng 12/2026",
            ),
            (
                "Duy trì Trường Mầm non Yên Ninh đạt chuẩn quốc gia mức độ 1",
                "Trường Mầm non Yên Ninh",
                "Phòng Văn hóa - Xã hội",
                "thường xuyên",
            ),
            (
                "Khám sàng lọc bệnh không lây nhiễm cho người trên 60 tuổi",
                "Trạm Y tế xã",
                "Hội Người cao tuổi xã",
                "trước ngày 30/10/2026",
            ),
        ],
    ),
]


def round9_xa_heading_styles() -> bytes:
    """Round 9: headings as Word styles with no typed number (Heading 1
    numbered I., II. by its style; Heading 2 not numbered), tasks in Word's
    automatic numbering (1., 2. …) with "-" lines under them."""
    body = []
    for heading, tasks in R9_STYLED:
        body.append(p(heading, style="Heading2"))
        for title, lead, partner, time in tasks:
            body.append(p(title, style="ListParagraph", num=(8, 0)))
            body.append(
                p(f"Đơn vị chủ trì: {lead}.", style="ListParagraph", num=(8, 1))
            )
            if partner:
                body.append(
                    p(f"Đơn vị phối hợp: {partner}.", style="ListParagraph", num=(8, 1))
                )
            body.append(
                p(f"Thời gian hoàn thành: {time}.", style="ListParagraph", num=(8, 1))
            )
    return docx_styled(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ YÊN NINH"],
            "Số: 47/KH-UBND",
            "Yên Ninh, ngày 08 tháng 4 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Nâng cao chất lượng các tiêu chí nông thôn mới xã Yên Ninh năm 2026"),
        p(
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Thái Nguyên thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;"
        ),
        p("UBND xã Yên Ninh ban hành Kế hoạch như sau:"),
        p("MỤC ĐÍCH, YÊU CẦU", style="Heading1"),
        p(
            "Nâng cao chất lượng các tiêu chí đã đạt, nhất là tiêu chí về sản xuất, văn hóa, y tế."
        ),
        p("NHIỆM VỤ, GIẢI PHÁP", style="Heading1"),
        *body,
        p("TỔ CHỨC THỰC HIỆN", style="Heading1"),
        p(
            "Các đơn vị báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 05/12/2026."
        ),
        r9_signature(
            ["- UBND tỉnh;", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nông Văn Quyết"],
        ),
    )


def write(path: Path, make) -> None:
    """Write `path` unless it is there: the committed files stay byte for
    byte as tested (Word and PDF files carry their creation time)."""
    if not path.exists():
        path.write_bytes(make())


if __name__ == "__main__":
    tuned, held_out = HERE / "tuned", HERE / "held_out"
    write(tuned / "04-huyen-huu-lung-bang.docx", huyen_huu_lung_bang)
    write(tuned / "08-xa-dong-dang-sau-sap-xep.docx", xa_sau_sap_xep)
    write(
        tuned / "09-tinh-so-nong-nghiep.pdf",
        lambda: libreoffice_pdf(tinh_so_nong_nghiep()),
    )
    write(tuned / "14-huyen-dinh-lap-bang.docx", held_out_huyen_dinh_lap)
    write(tuned / "21-xa-tan-lang-tu-dong.docx", round2_xa_tan_lang)
    write(held_out / "r4-xa-thai-binh-nguoi-thuc-hien.docx", round4_xa_thien_long)
    write(
        tuned / "17-xa-khuat-xa-vuon-mau.pdf",
        lambda: weasyprint_pdf(HELD_OUT_PDF),
    )
    round5 = HERE / "round5"
    write(round5 / "r5-xa-na-sam-bo-phan-chu-tri.docx", round5_xa_na_sam)
    write(
        round5 / "r5-huyen-van-lang-don-vi-chu-tri.doc",
        lambda: libreoffice_doc(round5_huyen_van_lang()),
    )
    write(
        round5 / "r5-so-nn-mt-bang-qua-trang.pdf",
        lambda: weasyprint_pdf(round5_so_nn_mt_pdf()),
    )
    write(HERE / "round6" / "r6-so-van-hoa-o-gop.docx", round6_so_van_hoa)
    write(HERE / "round7" / "r7-tinh-san-pham-kinh-phi.docx", round7_tinh_san_pham)
    round8 = HERE / "round8"
    round8.mkdir(exist_ok=True)
    write(round8 / "r8-huyen-quyet-dinh-phu-luc.docx", round8_huyen_quyet_dinh)
    write(round8 / "r8-xa-dong-chi-phu-trach.docx", round8_xa_dong_chi_phu_trach)
    write(
        round8 / "r8-phong-nn-hai-cot.pdf",
        lambda: weasyprint_pdf(round8_phong_hai_cot_pdf()),
    )
    round9 = HERE / "round9"
    round9.mkdir(exist_ok=True)
    write(round9 / "r9-tinh-thai-nguyen-sau-hop-nhat.docx", round9_tinh_sau_hop_nhat)
    write(round9 / "r9-xa-quang-chu-tieu-de-hai-dong.docx", round9_xa_tieu_de_hai_dong)
    write(
        round9 / "r9-xa-tan-tien-bang-khong-ke.pdf",
        lambda: libreoffice_pdf(round9_xa_khong_ke()),
    )
    write(
        round9 / "r9-dang-uy-phu-dinh-giao-thoi-han.docx", round9_dang_uy_giao_thoi_han
    )
    write(round9 / "r9-xa-bach-thong-phu-luc-chi-tieu.docx", round9_xa_phu_luc_chi_tieu)
    write(round9 / "r9-xa-na-ri-hai-bang-lien-ke.docx", round9_xa_hai_bang_lien_ke)
    write(round9 / "r9-xa-yen-ninh-kieu-tieu-de.docx", round9_xa_heading_styles)
