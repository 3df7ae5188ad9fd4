"""Writes round 10's Word, .doc, .odt and PDF files (run once; the files are
committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round10.py

Written before reading the import's code, like every round: the layouts are
those offices use, not those the import knows."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from make_files import (  # noqa: E402
    bold,
    bordered,
    cell,
    centre,
    libreoffice_doc,
    libreoffice_pdf,
    r9_header,
    r9_signature,
    saved_as,
    write,
)

from tests.documents.docx_parts import (  # noqa: E402
    CONTENT_TYPES,
    DOCUMENT_RELS,
    NUMBERING,
    RELS,
    STYLES,
    W,
    docx,
    p,
    zipped,
)


def libreoffice_odt(data: bytes) -> bytes:
    """A .docx saved as OpenDocument (.odt), as LibreOffice users send them."""
    return saved_as(data, "odt")


def soft(*lines: str, num: tuple[int, int] | None = None, marks: str = "") -> str:
    """One paragraph whose visual lines end with Shift+Enter (w:br), as a
    text pasted from a PDF and mended by hand."""
    rpr = ("<w:b/>" if "b" in marks else "") + ("<w:i/>" if "i" in marks else "")
    runs = "<w:r><w:br/></w:r>".join(
        f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
        for line in lines
    )
    ppr = (
        f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if num
        else ""
    )
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


# --- 1. A commune's appendix table, saved as Word 97 (.doc) ---------------

R10_PHU_LUC = [
    ("I", "HẠ TẦNG KINH TẾ - XÃ HỘI"),
    (
        "Cứng hóa 2,4 km đường trục thôn Khe Vải, thôn Làng Đèn",
        "Tuyến đường được nghiệm thu",
        ("restart", "Ban Quản lý dự án đầu tư xây dựng xã"),
        ("restart", "Phòng Kinh tế; Ban phát triển các thôn"),
        ("restart", "Quý III-IV/2026"),
        "3.600",
    ),
    (
        "Nâng cấp nhà văn hóa thôn Nà Hin",
        "Nhà văn hóa đạt chuẩn",
        ("continue", ""),
        ("continue", ""),
        ("continue", ""),
        "850",
    ),
    (
        "Xây dựng 02 điểm thu gom rác thải tập trung",
        "02 điểm thu gom",
        ("continue", ""),
        ("", "Công an xã; Ban phát triển các thôn"),
        ("", "Trong tháng 01/2027"),
        "420",
    ),
    ("II", "PHÁT TRIỂN SẢN XUẤT, NÂNG CAO THU NHẬP"),
    (
        "Xây dựng vùng trồng chè an toàn 30 ha gắn với truy xuất nguồn gốc",
        "Mã số vùng trồng được cấp",
        ("restart", "Phòng Kinh tế"),
        ("", "HTX chè Thượng Quan"),
        ("", "Năm 2026-2027"),
        "1.200",
    ),
    (
        "Hỗ trợ 02 sản phẩm đạt chứng nhận OCOP 3 sao",
        "02 sản phẩm OCOP",
        ("continue", ""),
        ("", "Hội Nông dân xã; Hội LHPN xã"),
        ("", "Tháng 10/2026"),
        "300",
    ),
    (
        "Đào tạo nghề cho 120 lao động nông thôn",
        "120 lao động có chứng chỉ",
        ("", "Phòng Văn hóa - Xã hội"),
        ("", "Đoàn Thanh niên xã"),
        ("", "Quý III/2026"),
        "240",
    ),
]


def round10_xa_phu_luc_doc() -> bytes:
    """A post-reform commune plan whose tasks are only in an appendix table
    after the signature; no number column; columns "Nhiệm vụ | Sản phẩm |
    Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Kinh phí (triệu đồng)";
    group rows spanning the table; the lead cell merged down (vMerge) over
    three tasks, and partner and time cells over two."""
    w = [3000, 1600, 1500, 1500, 1000, 900]
    head = [
        cell(bold(h))
        for h in (
            "Nhiệm vụ",
            "Sản phẩm",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời hạn",
            "Kinh phí (triệu đồng)",
        )
    ]
    rows = [head]
    for row in R10_PHU_LUC:
        if len(row) == 2:
            rows.append([cell(bold(f"{row[0]}. {row[1]}"), span=6)])
            continue
        task, product, *merged, budget = row
        cells = [cell(p(task)), cell(p(product))]
        for mode, text in merged:
            if mode == "continue":
                cells.append(cell(p(""), vmerge="continue"))
            else:
                cells.append(cell(p(text), vmerge=mode or None))
        cells.append(cell(p(budget)))
        rows.append(cells)
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG QUAN"],
            "Số: 45/KH-UBND",
            "Thượng Quan, ngày 12 tháng 3 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre(
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới xã Thượng Quan năm 2026"
        ),
        p(
            "Căn cứ Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Thái Nguyên về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;"
        ),
        p(
            "Căn cứ Nghị quyết số 07/NQ-HĐND ngày 25/02/2026 của HĐND xã Thượng Quan về kế hoạch đầu tư công năm 2026;"
        ),
        p(
            "Ủy ban nhân dân xã Thượng Quan (xã mới, hợp nhất từ các xã Thượng Quan, Lãng Ngâm và Kim Hỷ cũ) ban hành Kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Duy trì, nâng cao chất lượng các tiêu chí đã đạt của ba xã cũ; phấn đấu đến năm 2027 xã Thượng Quan đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026-2030."
        ),
        bold("II. NHIỆM VỤ CỤ THỂ"),
        p("(Chi tiết tại Phụ lục kèm theo Kế hoạch này)"),
        bold("III. KINH PHÍ"),
        p(
            "Tổng kinh phí dự kiến 6.610 triệu đồng, từ vốn Chương trình mục tiêu quốc gia, ngân sách xã và huy động xã hội hóa."
        ),
        bold("IV. TỔ CHỨC THỰC HIỆN"),
        p(
            "Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai, báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước ngày 10/12/2026 để tổng hợp."
        ),
        r9_signature(
            [
                "- UBND tỉnh;",
                "- Sở Nông nghiệp và Môi trường;",
                "- TT Đảng ủy, HĐND xã;",
                "- Như mục IV;",
                "- Lưu: VT, KT.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lương Văn Tuấn"],
        ),
        p(""),
        centre("PHỤ LỤC"),
        centre("DANH MỤC NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2026"),
        p(
            runs=[
                (
                    "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND xã Thượng Quan)",
                    "i",
                )
            ]
        ),
        bordered(w, rows),
        # Word always ends a document with a paragraph; without it
        # LibreOffice's .doc export runs the last table's cells together.
        p(""),
    )


# --- 2. Responsibility given by reference in "IV. TỔ CHỨC THỰC HIỆN" (.odt) -

R10_THAM_CHIEU = [
    (
        "Rà soát, đánh giá mức độ đạt 19 tiêu chí nông thôn mới của xã sau sắp xếp, xác định tiêu chí chưa đạt.",
        "Quý II/2026",
    ),
    (
        "Tuyên truyền, vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn.",
        "Thường xuyên",
    ),
    (
        "Hoàn thiện hệ thống kênh mương nội đồng 1,5 km tại thôn Đồng Tâm.",
        "Quý III/2026",
    ),
    (
        "Xây dựng 03 mô hình khu dân cư kiểu mẫu, vườn mẫu.",
        "Tháng 11/2026",
    ),
    (
        "Phát triển 01 chuỗi liên kết tiêu thụ sản phẩm bưởi gắn với hợp tác xã.",
        "Năm 2026",
    ),
    (
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 12 khu dân cư.",
        "Trước ngày 18/11/2026",
    ),
]


def round10_xa_tham_chieu_odt() -> bytes:
    """Tasks numbered under "II." with only their time; who leads and who
    takes part is said once, in "IV. TỔ CHỨC THỰC HIỆN", by the tasks'
    numbers ("chủ trì thực hiện các nhiệm vụ tại mục 1, 3, 5 Phần II")."""
    tasks = []
    for n, (title, time) in enumerate(R10_THAM_CHIEU, 1):
        tasks += [p(f"{n}. {title}"), p(f"- Thời gian hoàn thành: {time}.")]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ YÊN THẾ"],
            "Số: 67/KH-UBND",
            "Yên Thế, ngày 02 tháng 4 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Xây dựng nông thôn mới xã Yên Thế năm 2026"),
        p(
            "Căn cứ Quyết định số 512/QĐ-UBND ngày 15/3/2026 của UBND tỉnh Bắc Ninh giao chỉ tiêu xây dựng nông thôn mới năm 2026;"
        ),
        p("UBND xã Yên Thế xây dựng Kế hoạch thực hiện như sau:"),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Huy động cả hệ thống chính trị vào cuộc; giữ vững các tiêu chí đã đạt, hoàn thành các tiêu chí còn thiếu."
        ),
        bold("II. NHIỆM VỤ, GIẢI PHÁP"),
        *tasks,
        bold("III. KINH PHÍ THỰC HIỆN"),
        p("Ngân sách xã, vốn lồng ghép và huy động đóng góp của Nhân dân."),
        bold("IV. TỔ CHỨC THỰC HIỆN"),
        p(
            "1. Phòng Kinh tế: Chủ trì thực hiện các nhiệm vụ tại mục 1, 3 và 5 Phần II Kế hoạch này; phối hợp với Phòng Văn hóa - Xã hội thực hiện nhiệm vụ tại mục 4."
        ),
        p(
            "2. Phòng Văn hóa - Xã hội: Chủ trì thực hiện nhiệm vụ tại mục 2 và mục 4 Phần II."
        ),
        p(
            "3. Ủy ban MTTQ Việt Nam xã: Chủ trì nhiệm vụ tại mục 6 Phần II; phối hợp với Phòng Kinh tế thực hiện nhiệm vụ tại mục 5."
        ),
        p(
            "4. Văn phòng HĐND và UBND xã: Theo dõi, tổng hợp tình hình thực hiện, tham mưu UBND xã báo cáo UBND tỉnh theo quy định."
        ),
        r9_signature(
            [
                "- UBND tỉnh;",
                "- TT Đảng ủy xã;",
                "- Các phòng, đơn vị thuộc UBND xã;",
                "- Lưu: VT.",
            ],
            [
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "",
                "",
                "Ngô Thị Thu",
            ],
        ),
    )


# --- 3. "Giải pháp 1." blocks, a PDF with a running header and page numbers -

HEADER_XML = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W}">'
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr>'
    '<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:hdr>'
)
FOOTER_XML = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="{W}">'
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">Trang </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    "</w:p></w:ftr>"
)


def docx_with_running_header(header: str, *blocks: str) -> bytes:
    """A .docx whose every page repeats `header` at the top and "Trang N" at
    the bottom (Word header and footer parts)."""
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{r}"><w:body>'
        + "".join(blocks)
        + '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
        '<w:footerReference w:type="default" r:id="rId4"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567"/>'
        "</w:sectPr></w:body></w:document>"
    )
    rels = DOCUMENT_RELS.replace(
        "</Relationships>",
        f'<Relationship Id="rId3" Type="{r}/header" Target="header1.xml"/>'
        f'<Relationship Id="rId4" Type="{r}/footer" Target="footer1.xml"/>'
        "</Relationships>",
    )
    types = CONTENT_TYPES.replace(
        "</Types>",
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        "</Types>",
    )
    return zipped(
        {
            "[Content_Types].xml": types,
            "_rels/.rels": RELS,
            "word/_rels/document.xml.rels": rels,
            "word/document.xml": document,
            "word/styles.xml": STYLES,
            "word/numbering.xml": NUMBERING,
            "word/header1.xml": HEADER_XML.replace("{text}", header),
            "word/footer1.xml": FOOTER_XML,
        }
    )


R10_GIAI_PHAP = [
    (
        "Rà soát, hoàn thiện quy hoạch chung xây dựng các xã",
        "Tổ chức rà soát đồ án quy hoạch chung xây dựng của 14 xã trên địa bàn huyện, đối chiếu với định hướng sắp xếp đơn vị hành chính cấp xã năm 2025; đề xuất điều chỉnh cục bộ những nội dung không còn phù hợp, bảo đảm quy hoạch làm căn cứ cho đầu tư hạ tầng của các xã sau sắp xếp; công khai đồ án tại trụ sở UBND xã và nhà văn hóa các thôn để Nhân dân biết, giám sát.",
        "P.KT-HT chủ trì; phối hợp UBND các xã",
        "Trước ngày 15/5/2025",
    ),
    (
        "Nâng cao chất lượng tiêu chí môi trường và an toàn thực phẩm",
        "Hướng dẫn các xã xây dựng và nhân rộng mô hình phân loại rác thải tại nguồn, thu gom bao gói thuốc bảo vệ thực vật sau sử dụng; kiểm tra việc chấp hành quy định về bảo vệ môi trường của các cơ sở chăn nuôi, các cơ sở sản xuất, kinh doanh thực phẩm; xử lý dứt điểm các điểm tồn đọng rác thải ven đường liên xã, ven sông Chu; tổng hợp kết quả báo cáo UBND huyện để chỉ đạo.",
        "P.NN&MT chủ trì; phối hợp Trung tâm Y tế huyện, UBND các xã",
        "Quý II/2025",
    ),
    (
        "Phát triển sản xuất gắn với Chương trình OCOP",
        "Hỗ trợ các hợp tác xã, tổ hợp tác hoàn thiện hồ sơ, bao bì, nhãn mác, truy xuất nguồn gốc cho các sản phẩm chè, miến dong, mật ong; tổ chức đánh giá, phân hạng sản phẩm OCOP cấp huyện đợt 1 năm 2025; kết nối đưa sản phẩm vào các sàn thương mại điện tử và hội chợ xúc tiến thương mại của tỉnh.",
        "P.NN&MT chủ trì; phối hợp P.KT-HT, Hội ND huyện",
        "Tháng 6/2025",
    ),
    (
        "Bàn giao hồ sơ, tài liệu Chương trình cho các xã mới",
        "Thống kê, phân loại hồ sơ, tài liệu, công trình đầu tư từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 của huyện; lập danh mục bàn giao cho UBND các xã mới sau sắp xếp, bảo đảm không thất lạc hồ sơ, không gián đoạn việc quản lý, khai thác công trình.",
        "VP ĐP NTM huyện chủ trì; phối hợp P.TC-KH, BQL DA ĐTXD huyện",
        "Trước ngày 25/6/2025",
    ),
]


def round10_huyen_giai_phap_pdf() -> bytes:
    """A district plan of March 2025 (before districts ended), its tasks
    "Giải pháp 1." headings with a long paragraph and "+ Đơn vị thực hiện:" /
    "+ Thời gian thực hiện:" lines; every page repeats a header line and
    "Trang N"; blocks run across pages. Exported to PDF by LibreOffice."""
    body = []
    for n, (title, text, unit, time) in enumerate(R10_GIAI_PHAP, 1):
        body += [
            p(runs=[(f"Giải pháp {n}. {title}", "b")]),
            p(text),
            p(text.replace("; ", ", đồng thời ", 1)),
            p(f"+ Đơn vị thực hiện: {unit}."),
            p(f"+ Thời gian thực hiện: {time}."),
        ]
    return docx_with_running_header(
        "Kế hoạch số 38/KH-UBND ngày 14/3/2025 của UBND huyện Định Hóa",
        r9_header(
            ["UBND TỈNH THÁI NGUYÊN", "ỦY BAN NHÂN DÂN", "HUYỆN ĐỊNH HÓA"],
            "Số: 38/KH-UBND",
            "Định Hóa, ngày 14 tháng 3 năm 2025",
        ),
        centre("KẾ HOẠCH"),
        centre(
            "Duy trì, nâng cao chất lượng tiêu chí nông thôn mới trước khi sắp xếp đơn vị hành chính năm 2025"
        ),
        p(
            "Căn cứ Kế hoạch số 25/KH-UBND ngày 10/02/2025 của UBND tỉnh Thái Nguyên về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025;"
        ),
        p(
            "Thực hiện Công văn số 412/SNNMT-VPĐP ngày 05/3/2025 của Sở Nông nghiệp và Môi trường, UBND huyện Định Hóa ban hành Kế hoạch như sau:"
        ),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Giữ vững 100% số xã đạt chuẩn nông thôn mới; hoàn thành bàn giao hồ sơ Chương trình cho các xã mới trước ngày 30/6/2025, không để gián đoạn nhiệm vụ khi kết thúc hoạt động của cấp huyện."
        ),
        bold("II. CÁC GIẢI PHÁP TRỌNG TÂM"),
        *body,
        bold("III. TỔ CHỨC THỰC HIỆN"),
        p(
            "Văn phòng Điều phối nông thôn mới huyện theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND huyện và Sở Nông nghiệp và Môi trường trước ngày 28/6/2025."
        ),
        r9_signature(
            [
                "- UBND tỉnh;",
                "- Sở Nông nghiệp và Môi trường;",
                "- TT Huyện ủy, HĐND huyện;",
                "- Các phòng, ban, ngành huyện;",
                "- UBND các xã, thị trấn;",
                "- Lưu: VT, VPĐP.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Ma Thị Nguyệt"],
        ),
    )


# --- 4. Visual lines ended with Shift+Enter (Word) --------------------------

R10_NGAT_DONG = [
    (
        [
            "Lập hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng",
            "cao giai đoạn 2026-2027, trình UBND tỉnh thẩm định.",
        ],
        [
            "Chủ trì: Văn phòng HĐND và UBND xã; phối hợp: Phòng Kinh",
            "tế, Phòng Văn hóa - Xã hội.",
        ],
        "Thời gian: Trong tháng 01/2027.",
    ),
    (
        [
            "Mở rộng, nâng cấp tuyến đường liên thôn Tân Lập - Đồng Bục",
            "dài 3,1 km đạt tiêu chuẩn đường cấp V miền núi.",
        ],
        [
            "Chủ trì: Ban Quản lý dự án đầu tư xây dựng xã; phối hợp: các",
            "thôn Tân Lập, Đồng Bục.",
        ],
        "Thời gian: Năm 2026-2027.",
    ),
    (
        [
            "Xây dựng mô hình thôn thông minh tại thôn Tân Lập, phủ sóng",
            "wifi công cộng tại nhà văn hóa và điểm bưu điện văn hóa xã.",
        ],
        [
            "Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Bưu điện văn hóa",
            "xã, Đoàn Thanh niên xã.",
        ],
        "Thời gian: Quý III-IV/2026.",
    ),
    (
        [
            "Phát triển vùng nguyên liệu gỗ lớn 150 ha có chứng chỉ rừng",
            "bền vững, liên kết với Hợp tác xã Lâm nghiệp Đồng Bục.",
        ],
        ["Chủ trì: Phòng Kinh tế; phối hợp: Hạt Kiểm lâm khu vực, Hội", "Nông dân xã."],
        "Thời gian: Từ năm 2026 đến năm 2027.",
    ),
]


def round10_xa_ngat_dong_docx() -> bytes:
    """A commune plan for 2026-2027 pasted from a PDF and mended in Word:
    every visual line of a sentence ends with Shift+Enter (a soft break), so
    one paragraph holds a task's broken lines, and a label's value runs on
    to the next visual line ("Phòng Kinh" / "tế")."""
    body = []
    for n, (title, unit, time) in enumerate(R10_NGAT_DONG, 1):
        first, *rest = title
        body += [soft(f"{n}. {first}", *rest), soft(*unit), p(time)]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG BỤC"],
            "Số: 09/KH-UBND",
            "Đồng Bục, ngày 20 tháng 01 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Xây dựng xã nông thôn mới nâng cao giai đoạn 2026-2027"),
        soft(
            "Căn cứ Quyết định số 211/QĐ-UBND ngày 05/01/2026 của UBND tỉnh Lạng",
            "Sơn về giao chỉ tiêu xây dựng nông thôn mới nâng cao giai đoạn",
            "2026-2027;",
        ),
        soft(
            "UBND xã Đồng Bục (xã mới, sáp nhập từ xã Đồng Bục, xã Hữu Khánh và",
            "xã Tú Đoạn) ban hành Kế hoạch như sau:",
        ),
        bold("I. MỤC TIÊU"),
        soft(
            "Đến hết năm 2027, xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình",
            "quân đầu người đạt trên 62 triệu đồng/năm.",
        ),
        bold("II. NHIỆM VỤ, GIẢI PHÁP"),
        *body,
        bold("III. TỔ CHỨC THỰC HIỆN"),
        soft(
            "Các đơn vị được giao chủ trì báo cáo kết quả định kỳ 6 tháng về UBND",
            "xã (qua Phòng Kinh tế) để tổng hợp.",
        ),
        r9_signature(
            ["- UBND tỉnh;", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Sáng"],
        ),
    )


# --- 5. A schedule: the time first, no number column (Word) ----------------

R10_LICH = [
    (
        "Trước ngày 10/9/2026",
        "Hoàn thiện kịch bản, chương trình buổi lễ",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND xã",
    ),
    (
        "Trước ngày 12/9/2026",
        "Chỉnh trang khuôn viên, sân khấu, khánh tiết tại Trung tâm văn hóa xã",
        "Phòng Kinh tế",
        "ĐTN xã; các thôn",
    ),
    (
        "Ngày 13/9/2026",
        "Gửi giấy mời đại biểu, khách mời",
        "Văn phòng HĐND và UBND xã",
        "",
    ),
    (
        "Từ 10/9 đến 14/9/2026",
        "Tuyên truyền trên hệ thống loa truyền thanh, trang thông tin điện tử xã",
        "Phòng Văn hóa - Xã hội",
        "Các thôn",
    ),
    (
        "Ngày 15/9/2026",
        "Bảo đảm an ninh, trật tự, an toàn giao thông trong buổi lễ",
        "Công an xã",
        "Ban Chỉ huy Quân sự xã",
    ),
    (
        "Ngày 15/9/2026",
        "Bảo đảm y tế, nước uống cho đại biểu và Nhân dân",
        "Trạm Y tế xã",
        "Hội Chữ thập đỏ xã",
    ),
]


def round10_xa_lich_trinh_docx() -> bytes:
    """An event plan (the ceremony announcing the commune meets the
    standard) whose tasks are a schedule: "Thời gian" is the first column,
    there is no number column, and two rows share a day."""
    w = [1700, 3800, 1800, 1700]
    head = [
        cell(bold(h))
        for h in (
            "Thời gian",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
        )
    ]
    rows = [head] + [[cell(p(v)) for v in row] for row in R10_LICH]
    return docx(
        r9_header(
            ["ỦY BAN NHÂN DÂN", "XÃ TRÀNG ĐỊNH"],
            "Số: 152/KH-UBND",
            "Tràng Định, ngày 28 tháng 8 năm 2026",
        ),
        centre("KẾ HOẠCH"),
        centre("Tổ chức Lễ công bố xã Tràng Định đạt chuẩn nông thôn mới năm 2026"),
        p(
            "Căn cứ Quyết định số 1450/QĐ-UBND ngày 15/8/2026 của UBND tỉnh Lạng Sơn công nhận xã Tràng Định đạt chuẩn nông thôn mới năm 2026;"
        ),
        p("UBND xã ban hành Kế hoạch tổ chức Lễ công bố như sau:"),
        bold("I. MỤC ĐÍCH, YÊU CẦU"),
        p(
            "Ghi nhận thành quả xây dựng nông thôn mới; tổ chức buổi lễ trang trọng, tiết kiệm, an toàn."
        ),
        bold("II. THỜI GIAN, ĐỊA ĐIỂM"),
        p(
            "Thời gian: 08 giờ 00 ngày 15/9/2026. Địa điểm: Trung tâm văn hóa xã Tràng Định."
        ),
        bold("III. PHÂN CÔNG NHIỆM VỤ"),
        bordered(w, rows),
        bold("IV. KINH PHÍ"),
        p("Từ nguồn ngân sách xã năm 2026 và xã hội hóa."),
        r9_signature(
            ["- UBND tỉnh;", "- TT Đảng ủy, HĐND xã;", "- Như mục III;", "- Lưu: VT."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nông Thị Mai"],
        ),
    )


if __name__ == "__main__":
    round10 = HERE / "round10"
    round10.mkdir(exist_ok=True)
    write(
        round10 / "r10-xa-thuong-quan-phu-luc-o-gop.doc",
        lambda: libreoffice_doc(round10_xa_phu_luc_doc()),
    )
    write(
        round10 / "r10-xa-yen-the-giao-theo-muc.odt",
        lambda: libreoffice_odt(round10_xa_tham_chieu_odt()),
    )
    write(
        round10 / "r10-huyen-dinh-hoa-giai-phap-dau-trang.pdf",
        lambda: libreoffice_pdf(round10_huyen_giai_phap_pdf()),
    )
    write(round10 / "r10-xa-dong-buc-ngat-dong.docx", round10_xa_ngat_dong_docx)
    write(round10 / "r10-xa-trang-dinh-lich-trinh.docx", round10_xa_lich_trinh_docx)
