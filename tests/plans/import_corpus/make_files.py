"""Writes the corpus's Word and PDF files (run once; the files are committed,
so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_files.py

Word files are written from their XML parts (tests/documents/docx_parts.py),
so automatic numbering, merged cells and layout tables are real Word
structures; the PDF is LibreOffice's export of one of them."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.documents.docx_parts import docx, p, tc  # noqa: E402


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
    grid = "".join('<w:gridCol w:w="4500"/>' for _ in range(width))
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
        + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
        + "</w:tbl>"
    )


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
    table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
        "<w:tblGrid>"
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        + "</w:tblGrid>"
        + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
        + "</w:tbl>"
    )
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
        table,
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


def libreoffice_pdf(data: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.docx"
        source.write_bytes(data)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={(Path(folder) / 'p').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return (Path(folder) / "in.pdf").read_bytes()


if __name__ == "__main__":
    tuned = HERE / "tuned"
    (tuned / "04-huyen-huu-lung-bang.docx").write_bytes(huyen_huu_lung_bang())
    (tuned / "08-xa-dong-dang-sau-sap-xep.docx").write_bytes(xa_sau_sap_xep())
    (tuned / "09-tinh-so-nong-nghiep.pdf").write_bytes(
        libreoffice_pdf(tinh_so_nong_nghiep())
    )
