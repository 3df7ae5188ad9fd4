"""Writes round 24's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round24.py

Round 24 is the lead's tenth hidden hold-out of 06/12/2026, written by a
helper who changed nothing in the importer, and measured untouched on main
3518ba4 (tasks 97.6/83.3, leads 76.9/62.5, coordinating 100/59.0,
officials 0/0, header 96.3/74.3); its families were described in words to
helpers who wrote rounds 24l, 24m and 24n without seeing these files.
The TCVN3 table below is the hold-out writer's own, kept apart from
ntm/documents/legacy.py on purpose: the plan it writes checks the product's
table against an independent one. LibreOffice makes the .doc, the .odt and
the .rtf, as offices make them.
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    fixed_widths,
    header_table,
    opening,
    para,
    ruled,
    save,
)

OUT = HERE / "round24"


# ---------------------------------------------------------------------------
# 1. TCVN3 (ABC) text in ".VnTime"/".VnTimeH" runs, saved as Word 97 .doc.

_LOWER = {
    "à": 0xB5,
    "ả": 0xB6,
    "ã": 0xB7,
    "á": 0xB8,
    "ạ": 0xB9,
    "ă": 0xA8,
    "ằ": 0xBB,
    "ẳ": 0xBC,
    "ẵ": 0xBD,
    "ắ": 0xBE,
    "ặ": 0xC6,
    "â": 0xA9,
    "ầ": 0xC7,
    "ẩ": 0xC8,
    "ẫ": 0xC9,
    "ấ": 0xCA,
    "ậ": 0xCB,
    "đ": 0xAE,
    "è": 0xCC,
    "ẻ": 0xCE,
    "ẽ": 0xCF,
    "é": 0xD0,
    "ẹ": 0xD1,
    "ê": 0xAA,
    "ề": 0xD2,
    "ể": 0xD3,
    "ễ": 0xD4,
    "ế": 0xD5,
    "ệ": 0xD6,
    "ì": 0xD7,
    "ỉ": 0xD8,
    "ĩ": 0xDC,
    "í": 0xDD,
    "ị": 0xDE,
    "ò": 0xDF,
    "ỏ": 0xE1,
    "õ": 0xE2,
    "ó": 0xE3,
    "ọ": 0xE4,
    "ô": 0xAB,
    "ồ": 0xE5,
    "ổ": 0xE6,
    "ỗ": 0xE7,
    "ố": 0xE8,
    "ộ": 0xE9,
    "ơ": 0xAC,
    "ờ": 0xEA,
    "ở": 0xEB,
    "ỡ": 0xEC,
    "ớ": 0xED,
    "ợ": 0xEE,
    "ù": 0xEF,
    "ủ": 0xF1,
    "ũ": 0xF2,
    "ú": 0xF3,
    "ụ": 0xF4,
    "ư": 0xAD,
    "ừ": 0xF5,
    "ử": 0xF6,
    "ữ": 0xF7,
    "ứ": 0xF8,
    "ự": 0xF9,
    "ỳ": 0xFA,
    "ỷ": 0xFB,
    "ỹ": 0xFC,
    "ý": 0xFD,
    "ỵ": 0xFE,
}
_UPPER = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


def tcvn3(text: str, caps: bool) -> str:
    out = []
    for ch in text:
        if ch in _UPPER:
            out.append(chr(_UPPER[ch]))
        elif ch in _LOWER:
            out.append(chr(_LOWER[ch]))
        elif ch.lower() in _LOWER:
            # No upper-case toned letter in TCVN3: the .VnTimeH font draws
            # the lower-case code as a capital.
            assert caps, (ch, text)
            out.append(chr(_LOWER[ch.lower()]))
        else:
            out.append(ch)
    return "".join(out)


def to_vntime(doc):
    body = doc.element.body
    for r in body.iter(qn("w:r")):
        ts = r.findall(qn("w:t"))
        text = "".join(t.text or "" for t in ts)
        letters = [c for c in text if c.isalpha()]
        caps = bool(letters) and all(c.isupper() for c in letters)
        font = ".VnTimeH" if caps else ".VnTime"
        for t in ts:
            t.text = tcvn3(t.text or "", caps)
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            r.insert(0, rpr)
        for old in rpr.findall(qn("w:rFonts")):
            rpr.remove(old)
        rpr.insert(
            0,
            parse_xml(
                f'<w:rFonts {nsdecls("w")} w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
            ),
        )


TCVN_ROWS = [
    (
        "Rà soát, đánh giá thực trạng 19 tiêu chí xã nông thôn mới sau sắp xếp đơn vị hành chính",
        "Phòng Kinh tế",
        ["Các phòng chuyên môn", "Ban phát triển các bản"],
        "Tháng 3/2027",
        "2027-03-31",
    ),
    (
        "Bê tông hóa 4,5 km đường giao thông nội bản Huồi Tụ, Nậm Càn",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế", "Ban phát triển bản Huồi Tụ"],
        "30/9/2027",
        "2027-09-30",
    ),
    (
        "Xây dựng 02 công trình cấp nước sinh hoạt tập trung bản Xốp Phe và bản Phà Khảo",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế"],
        "Quý IV/2027",
        "2027-12-31",
    ),
    (
        "Hỗ trợ phát triển 25 ha gừng và khoai sọ theo chuỗi giá trị",
        "Phòng Kinh tế",
        ["Hội Nông dân xã", "Hợp tác xã Nông nghiệp Mường Lống"],
        "Tháng 10/2027",
        "2027-10-31",
    ),
    (
        "Mở 03 lớp dạy nghề nuôi bò, dê cho lao động nông thôn",
        "Phòng Văn hóa - Xã hội",
        ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    (
        "Nâng cấp Trạm Y tế xã đạt chuẩn quốc gia về y tế xã giai đoạn mới",
        "Trạm Y tế xã",
        ["Phòng Văn hóa - Xã hội"],
        "30/11/2027",
        "2027-11-30",
    ),
    (
        "Duy trì và nâng chất lượng hoạt động 14 nhà văn hóa bản",
        "Phòng Văn hóa - Xã hội",
        ["Ban phát triển các bản"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Bảo đảm an ninh trật tự, xây dựng 05 mô hình bản tự quản về an ninh",
        "Công an xã",
        ["Mặt trận Tổ quốc Việt Nam xã"],
        "Thường xuyên",
        "2027-12-31",
    ),
]


def muong_long_tcvn3() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG LỐNG", "Số: 36/KH-UBND"],
        "Mường Lống, ngày 14 tháng 12 năm 2026",
        "Thực hiện Chương trình xây dựng nông thôn mới năm 2027",
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 712/KH-UBND ngày 25/11/2026 của UBND tỉnh Nghệ An về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân xã về phát triển kinh tế - xã hội năm 2027;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện Chương trình năm 2027 như sau:".replace(
            "Ủy", "UBND"
        ).replace("UBND ban nhân dân", "UBND"),
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "- Duy trì các tiêu chí đã đạt, phấn đấu đạt thêm 02 tiêu chí trong năm 2027.",
        indent=1,
    )
    para(
        doc,
        "- Phân công cụ thể cơ quan chủ trì, phối hợp và thời gian hoàn thành.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    t = doc.add_table(rows=1, cols=5)
    ruled(t)
    for i, h in enumerate(
        [
            "TT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
        ]
    ):
        fill(t.cell(0, i), h, bold=True, center=True)
    for n, (title, lead, partners, when, _) in enumerate(TCVN_ROWS, 1):
        cells = t.add_row().cells
        for cell, text in zip(
            cells, [str(n), title, lead, "; ".join(partners), when], strict=True
        ):
            fill(cell, text)
    fixed_widths(t, [1.0, 6.5, 3.2, 3.6, 2.7])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động triển khai, báo cáo kết quả về UBND xã trước ngày 15/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Đảng ủy, HĐND xã;", "- Các bản;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lò Văn Thông"],
    )
    to_vntime(doc)
    return saved_as(save(doc), "doc")


# ---------------------------------------------------------------------------
# 2. Footnotes carry the bases (.docx).

FOOTNOTES_CT = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
)


def add_footnotes(doc, notes: list[str]):
    w = nsdecls("w")
    items = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, text in enumerate(notes, 1):
        items.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>{"".join(items)}</w:footnotes>'
    part = Part(
        PackURI("/word/footnotes.xml"),
        FOOTNOTES_CT,
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


def note_ref(paragraph, n: int):
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'
        )
    )


FN_TASKS = [
    (
        "Hoàn thành cứng hóa 3,8 km kênh mương nội đồng vùng Đồng Cừa, Đồng Dài",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế", "Hợp tác xã Nông nghiệp Tiên Điền"],
        "Tháng 6/2027",
        "2027-06-30",
        "Nguyễn Đình Lâm",
    ),
    (
        "Xây dựng 02 sản phẩm OCOP đạt 3 sao từ nước mắm và kẹo cu đơ",
        "Phòng Kinh tế",
        ["Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"],
        "30/10/2027",
        "2027-10-30",
        "Phan Thị Hà",
    ),
    (
        "Cải tạo hệ thống chiếu sáng công cộng trục đường ven biển",
        "Phòng Kinh tế",
        ["Đoàn Thanh niên xã"],
        "Quý III/2027",
        "2027-09-30",
        "Trần Văn Khánh",
    ),
    (
        "Phân loại chất thải rắn tại nguồn ở 100% thôn",
        "Phòng Kinh tế",
        ["Hội Liên hiệp Phụ nữ xã", "Ban phát triển các thôn"],
        "Tháng 9/2027",
        "2027-09-30",
        "Lê Thị Thu Trang",
    ),
    (
        "Xây dựng Trường Mầm non Tiên Điền đạt chuẩn quốc gia mức độ 2",
        "Phòng Văn hóa - Xã hội",
        ["Trường Mầm non Tiên Điền"],
        "Tháng 12/2027",
        "2027-12-31",
        "Đặng Thị Mai",
    ),
    (
        "Tổ chức Lễ hội Văn hóa Nguyễn Du gắn với quảng bá du lịch cộng đồng",
        "Phòng Văn hóa - Xã hội",
        ["Ban Quản lý Khu lưu niệm Nguyễn Du", "Đoàn Thanh niên xã"],
        "Tháng 11/2027",
        "2027-11-30",
        "Hoàng Văn Phú",
    ),
    (
        "Cập nhật, hoàn thiện hồ sơ minh chứng các tiêu chí nâng cao",
        "Văn phòng HĐND và UBND xã",
        ["Các phòng chuyên môn"],
        "15/11/2027",
        "2027-11-15",
        "Nguyễn Thị Hương",
    ),
]


def tien_dien_footnotes() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TIÊN ĐIỀN", "Số: 142/KH-UBND"],
        "Tiên Điền, ngày 22 tháng 12 năm 2026",
        "Xây dựng xã nông thôn mới nâng cao năm 2027",
    )
    a4(doc)
    add_footnotes(
        doc,
        [
            "Nghị quyết số 05-NQ/ĐU ngày 02/12/2026 của Ban Chấp hành Đảng bộ xã về nhiệm vụ năm 2027; Kế hoạch số 530/KH-UBND ngày 18/11/2026 của UBND tỉnh Hà Tĩnh về xây dựng nông thôn mới năm 2027.",
            "Văn bản số 2214/SNNMT-PTNT ngày 01/12/2026 của Sở Nông nghiệp và Môi trường hướng dẫn đánh giá tiêu chí xã nông thôn mới nâng cao.",
            "Kênh N3 và kênh N3-2, tổng chiều dài theo quy hoạch 5,1 km; đã cứng hóa 1,3 km năm 2026.",
            "Theo Bộ tiêu chí phân loại chất thải rắn sinh hoạt tại nguồn do UBND tỉnh ban hành.",
        ],
    )
    p = para(doc, "Thực hiện các văn bản chỉ đạo của cấp trên", indent=1)
    note_ref(p, 1)
    p.add_run(" và hướng dẫn của ngành").font.size = Pt(13)
    note_ref(p, 2)
    p.add_run(
        ", Ủy ban nhân dân xã Tiên Điền ban hành Kế hoạch xây dựng xã nông thôn mới nâng cao năm 2027 như sau:"
    ).font.size = Pt(13)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động cả hệ thống chính trị vào cuộc; phấn đấu đến cuối năm 2027 xã đạt chuẩn nông thôn mới nâng cao.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    for n, (title, lead, partners, when, _, official) in enumerate(FN_TASKS, 1):
        p = para(doc, f"{n}. {title}", bold=True, indent=1)
        if n == 1:
            note_ref(p, 3)
        if n == 4:
            note_ref(p, 4)
        para(doc, f"- Cơ quan chủ trì: {lead}.", indent=1)
        para(doc, f"- Cơ quan phối hợp: {', '.join(partners)}.", indent=1)
        para(doc, f"- Cán bộ theo dõi: đồng chí {official}.", indent=1)
        para(doc, f"- Thời gian hoàn thành: {when}.", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Giao Phòng Kinh tế làm đầu mối tổng hợp, tham mưu UBND xã báo cáo kết quả định kỳ hằng quý.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Sở Nông nghiệp và Môi trường (b/c);",
            "- TT Đảng ủy, HĐND xã;",
            "- Các phòng, đơn vị;",
            "- Các thôn;",
            "- Lưu: VT, KT.",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Nguyễn Xuân Tùng",
        ],
    )
    return save(doc)


# ---------------------------------------------------------------------------
# 3. One workbook sheet per criterion group, each with its own title block.

SHEETS = [
    (
        "1. Ha tang",
        "BIỂU 01: NHÓM TIÊU CHÍ VỀ QUY HOẠCH VÀ HẠ TẦNG KINH TẾ - XÃ HỘI",
        [
            (
                "Lập điều chỉnh quy hoạch chung xã sau sắp xếp đơn vị hành chính",
                "Phòng Kinh tế",
                ["Văn phòng HĐND và UBND xã"],
                "Nguyễn Văn Bình",
                "31/3/2027",
                "2027-03-31",
            ),
            (
                "Nhựa hóa 2,7 km đường trục xã Phúc Trạch - Hương Trà",
                "Ban Quản lý dự án đầu tư xây dựng xã",
                ["Phòng Kinh tế"],
                "Phan Đình Nam",
                "30/9/2027",
                "2027-09-30",
            ),
            (
                "Nâng cấp trạm bơm Khe Sân phục vụ tưới 45 ha lúa",
                "Phòng Kinh tế",
                ["Hợp tác xã Dịch vụ nông nghiệp Phúc Trạch"],
                "Trần Quốc Việt",
                "30/6/2027",
                "2027-06-30",
            ),
            (
                "Xây mới nhà văn hóa thôn Phúc Đồng và thôn Tân Hương",
                "Ban Quản lý dự án đầu tư xây dựng xã",
                ["Ban phát triển thôn Phúc Đồng", "Ban phát triển thôn Tân Hương"],
                "Phan Đình Nam",
                "30/11/2027",
                "2027-11-30",
            ),
        ],
    ),
    (
        "2. Kinh te",
        "BIỂU 02: NHÓM TIÊU CHÍ VỀ KINH TẾ VÀ TỔ CHỨC SẢN XUẤT",
        [
            (
                "Phát triển 30 ha bưởi Phúc Trạch theo tiêu chuẩn VietGAP",
                "Phòng Kinh tế",
                ["Hội Nông dân xã", "Hợp tác xã Bưởi Phúc Trạch"],
                "Trần Quốc Việt",
                "31/8/2027",
                "2027-08-31",
            ),
            (
                "Hỗ trợ 02 hợp tác xã ứng dụng truy xuất nguồn gốc sản phẩm",
                "Phòng Kinh tế",
                ["Hội Nông dân xã"],
                "Trần Quốc Việt",
                "31/10/2027",
                "2027-10-31",
            ),
            (
                "Đào tạo nghề cho 120 lao động nông thôn",
                "Phòng Văn hóa - Xã hội",
                ["Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"],
                "Lê Thị Nga",
                "30/11/2027",
                "2027-11-30",
            ),
        ],
    ),
    (
        "3. VH-XH-MT",
        "BIỂU 03: NHÓM TIÊU CHÍ VỀ VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG",
        [
            (
                "Duy trì 100% trường học đạt chuẩn quốc gia",
                "Phòng Văn hóa - Xã hội",
                ["Các trường học trên địa bàn xã"],
                "Lê Thị Nga",
                "31/12/2027",
                "2027-12-31",
            ),
            (
                "Trồng 5 km đường hoa, cây xanh trên các tuyến liên thôn",
                "Hội Liên hiệp Phụ nữ xã",
                ["Đoàn Thanh niên xã", "Ban phát triển các thôn"],
                "Võ Thị Hằng",
                "30/4/2027",
                "2027-04-30",
            ),
            (
                "Xây dựng 03 mô hình thu gom, xử lý rác thải hữu cơ tại hộ gia đình",
                "Phòng Kinh tế",
                ["Hội Nông dân xã", "Hội Cựu chiến binh xã"],
                "Nguyễn Văn Bình",
                "31/7/2027",
                "2027-07-31",
            ),
        ],
    ),
]


def phuc_trach_sheets() -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = [
        "TT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Cán bộ theo dõi",
        "Thời hạn hoàn thành",
    ]
    for k, (name, caption, rows) in enumerate(SHEETS):
        ws = wb.create_sheet(name)
        for col, width in zip("ABCDEF", [6, 52, 26, 30, 20, 14], strict=True):
            ws.column_dimensions[col].width = width
        r = 1
        if k == 0:
            ws.merge_cells("A1:C1")
            ws.merge_cells("D1:F1")
            ws["A1"] = "ỦY BAN NHÂN DÂN XÃ PHÚC TRẠCH"
            ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            ws.merge_cells("A2:C2")
            ws.merge_cells("D2:F2")
            ws["A2"] = "Số: 88/KH-UBND"
            ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
            ws.merge_cells("D3:F3")
            ws["D3"] = "Phúc Trạch, ngày 28 tháng 12 năm 2026"
            ws.merge_cells("A5:F5")
            ws["A5"] = "KẾ HOẠCH"
            ws.merge_cells("A6:F6")
            ws["A6"] = "Thực hiện các tiêu chí xã nông thôn mới năm 2027"
            ws.merge_cells("A7:F7")
            ws["A7"] = (
                "(Căn cứ Kế hoạch số 604/KH-UBND ngày 02/12/2026 của UBND tỉnh Hà Tĩnh; nhiệm vụ chia theo 03 nhóm tiêu chí, mỗi nhóm một biểu)"
            )
            for c in ("A1", "D1", "A5", "A6", "D2"):
                ws[c].font = Font(bold=True)
            for c in ("A1", "D1", "A2", "D2", "D3", "A5", "A6", "A7"):
                ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
            ws["D3"].font = Font(italic=True)
            r = 9
        else:
            ws.merge_cells(f"A{r}:F{r}")
            ws[f"A{r}"] = (
                "(Kèm theo Kế hoạch số 88/KH-UBND ngày 28/12/2026 của UBND xã Phúc Trạch)"
            )
            ws[f"A{r}"].font = Font(italic=True)
            ws[f"A{r}"].alignment = Alignment(horizontal="center")
            r += 2
        ws.merge_cells(f"A{r}:F{r}")
        ws[f"A{r}"] = caption
        ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].alignment = Alignment(horizontal="center")
        r += 1
        for i, h in enumerate(head, 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True)
            c.border = box
            c.alignment = Alignment(
                horizontal="center", vertical="center", wrap_text=True
            )
        for n, (title, lead, partners, official, when, _) in enumerate(rows, 1):
            r += 1
            for i, v in enumerate(
                [n, title, lead, ", ".join(partners), official, when], 1
            ):
                c = ws.cell(r, i, v)
                c.border = box
                c.alignment = Alignment(vertical="top", wrap_text=True)
        if k == len(SHEETS) - 1:
            r += 2
            ws[f"A{r}"] = "Nơi nhận:"
            ws[f"A{r}"].font = Font(bold=True, italic=True)
            ws.merge_cells(f"D{r}:F{r}")
            ws[f"D{r}"] = "TM. ỦY BAN NHÂN DÂN"
            for j, line in enumerate(
                [
                    "- UBND tỉnh (b/c);",
                    "- TT Đảng ủy, HĐND xã;",
                    "- Các thôn;",
                    "- Lưu: VT.",
                ],
                1,
            ):
                ws[f"B{r + j}"] = line
            ws.merge_cells(f"D{r + 1}:F{r + 1}")
            ws[f"D{r + 1}"] = "CHỦ TỊCH"
            ws.merge_cells(f"D{r + 5}:F{r + 5}")
            ws[f"D{r + 5}"] = "Võ Quang Trung"
            for c in (f"D{r}", f"D{r + 1}", f"D{r + 5}"):
                ws[c].font = Font(bold=True)
                ws[c].alignment = Alignment(horizontal="center")
    return save(wb)


# ---------------------------------------------------------------------------
# 4. A responsibility matrix: one column per agency, marks "C" / "P" (.odt).

AGENCIES = [
    "Phòng Kinh tế",
    "Phòng Văn hóa - Xã hội",
    "Văn phòng HĐND và UBND xã",
    "Công an xã",
    "Hội Nông dân xã",
    "Đoàn Thanh niên xã",
    "Hội Liên hiệp Phụ nữ xã",
]
MATRIX = [
    ("I", "HẠ TẦNG KINH TẾ - XÃ HỘI", None),
    (
        "1",
        "Rà soát, bổ sung quy hoạch khu dân cư mới Đồng Trổ",
        ("C", "", "P", "", "", "", ""),
        "Tháng 3/2027",
        "2027-03-31",
    ),
    (
        "2",
        "Vận động nhân dân hiến đất mở rộng 6 tuyến đường ngõ xóm",
        ("P", "", "", "", "P", "C", "P"),
        "Tháng 5/2027",
        "2027-05-31",
    ),
    (
        "3",
        "Lắp đặt camera an ninh tại 12 điểm giao cắt trên địa bàn",
        ("P", "", "", "C", "", "P", ""),
        "Quý III/2027",
        "2027-09-30",
    ),
    ("II", "KINH TẾ VÀ TỔ CHỨC SẢN XUẤT", None),
    (
        "4",
        "Phát triển vùng nuôi tôm công nghệ cao 15 ha tại Quỳnh Lập",
        ("C", "", "", "", "P", "", ""),
        "Tháng 10/2027",
        "2027-10-31",
    ),
    (
        "5",
        "Thành lập 02 tổ hợp tác làm muối sạch",
        ("P", "", "", "", "C", "", ""),
        "Tháng 6/2027",
        "2027-06-30",
    ),
    (
        "6",
        "Hỗ trợ phụ nữ khởi nghiệp với sản phẩm nước mắm truyền thống",
        ("P", "", "", "", "", "", "C"),
        "Tháng 9/2027",
        "2027-09-30",
    ),
    ("III", "VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG", None),
    (
        "7",
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% thôn",
        ("", "C", "P", "", "P", "P", "P"),
        "Tháng 11/2027",
        "2027-11-30",
    ),
    (
        "8",
        "Ra quân vệ sinh môi trường bờ biển hằng tháng",
        ("P", "", "", "", "", "C", "P"),
        "Tháng 12/2027",
        "2027-12-31",
    ),
    (
        "9",
        "Xây dựng 05 khu dân cư đạt chuẩn an toàn về an ninh, trật tự",
        ("", "", "", "C", "P", "P", "P"),
        "Tháng 12/2027",
        "2027-12-31",
    ),
    (
        "10",
        "Tổng hợp hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới",
        ("P", "P", "C", "", "", "", ""),
        "15/11/2027",
        "2027-11-15",
    ),
]


def quynh_lap_matrix() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ QUỲNH LẬP", "Số: 204/KH-UBND"],
        "Quỳnh Lập, ngày 05 tháng 01 năm 2027",
        "Phân công nhiệm vụ xây dựng nông thôn mới năm 2027",
    )
    a4(doc, landscape=True, left=2.0)
    para(
        doc,
        "Căn cứ Kế hoạch số 15/KH-UBND ngày 04/01/2027 của UBND tỉnh Nghệ An về xây dựng nông thôn mới năm 2027, UBND xã phân công nhiệm vụ cho các cơ quan, đơn vị như sau:",
        indent=1,
    )
    ncol = 3 + len(AGENCIES)
    t = doc.add_table(rows=2, cols=ncol)
    ruled(t)
    fill(t.cell(0, 0), "TT", bold=True, center=True)
    fill(t.cell(0, 1), "Nội dung công việc", bold=True, center=True)
    fill(t.cell(0, 2), "Đơn vị thực hiện", bold=True, center=True)
    fill(t.cell(0, ncol - 1), "Thời gian hoàn thành", bold=True, center=True)
    for i, a in enumerate(AGENCIES):
        fill(t.cell(1, 2 + i), a, bold=True, center=True, size=10)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, ncol - 1).merge(t.cell(1, ncol - 1))
    t.cell(0, 2).merge(t.cell(0, 1 + len(AGENCIES)))
    fill(t.cell(0, 2), "Đơn vị thực hiện", bold=True, center=True)
    for row in MATRIX:
        cells = t.add_row().cells
        if row[2] is None:
            fill(cells[0], row[0], bold=True, center=True)
            merged = cells[1].merge(cells[ncol - 1])
            fill(merged, row[1], bold=True)
            continue
        num, title, marks, when, _ = row
        fill(cells[0], num, center=True)
        fill(cells[1], title)
        for i, m in enumerate(marks):
            fill(cells[2 + i], m, center=True)
        fill(cells[ncol - 1], when, center=True)
    fixed_widths(t, [1.0, 8.5] + [1.9] * len(AGENCIES) + [2.6])
    para(doc, "Ghi chú: C - Chủ trì thực hiện; P - Phối hợp thực hiện.", italic=True)
    para(
        doc,
        "Các cơ quan, đơn vị chủ trì báo cáo kết quả thực hiện về UBND xã (qua Phòng Kinh tế) trước ngày 20 tháng cuối mỗi quý.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- TT Đảng ủy, HĐND xã;",
            "- Như phân công;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Hồ Sỹ Tuấn"],
    )
    return saved_as(save(doc), "odt")


# ---------------------------------------------------------------------------
# 5. An e-office template: header, body and signature inside content
# controls (w:sdt), the number and the date run-level content controls.

_sdt_id = [1000]


def block_sdt(doc, elements, alias):
    _sdt_id[0] += 1
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:id w:val="{_sdt_id[0]}"/><w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent/></w:sdt>'
    )
    elements[0].addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for el in elements:
        content.append(el)


def run_sdt(paragraph, text, alias, bold=False, italic=False):
    _sdt_id[0] += 1
    rpr = (
        "<w:rPr>"
        + ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + '<w:sz w:val="26"/></w:rPr>'
    )
    paragraph._p.append(
        parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
            f'<w:id w:val="{_sdt_id[0]}"/><w:text/></w:sdtPr><w:sdtContent>'
            f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>'
        )
    )


def plain_run(paragraph, text, bold=False, italic=False):
    r = paragraph.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(13)


SDT_TASKS = [
    (
        "Hoàn thiện đường giao thông nội đồng vùng lúa Đồng Giữa, dài 2,1 km",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế", "Ban phát triển thôn Kim Lộc"],
        "30/6/2027",
        "2027-06-30",
    ),
    (
        "Xây dựng chợ nông thôn Xuân Lộc đạt chuẩn theo quy định",
        "Phòng Kinh tế",
        ["Ban Quản lý chợ xã"],
        "Tháng 12/2027",
        "2027-12-31",
    ),
    (
        "Hỗ trợ 40 hộ chuyển đổi sang trồng rau an toàn trong nhà lưới",
        "Hội Nông dân xã",
        ["Phòng Kinh tế"],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    (
        "Nâng tỷ lệ người dân tham gia bảo hiểm y tế lên 95%",
        "Phòng Văn hóa - Xã hội",
        ["Trạm Y tế xã", "Bảo hiểm xã hội khu vực"],
        "Tháng 11/2027",
        "2027-11-30",
    ),
    (
        "Xây dựng 03 tuyến đường kiểu mẫu tại thôn Trung Lộc, Thượng Lộc, Vĩnh Lộc",
        "Hội Liên hiệp Phụ nữ xã",
        ["Đoàn Thanh niên xã", "Ban phát triển các thôn"],
        "Tháng 9/2027",
        "2027-09-30",
    ),
    (
        "Triển khai dịch vụ công trực tuyến toàn trình cho 100% thủ tục đủ điều kiện",
        "Văn phòng HĐND và UBND xã",
        ["Công an xã"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        'Tổ chức tổng kết 5 năm thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
        "Phòng Văn hóa - Xã hội",
        ["Mặt trận Tổ quốc Việt Nam xã"],
        "Tháng 12/2027",
        "2027-12-31",
    ),
]


def xuan_loc_content_controls() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    a4(doc)
    body = doc.element.body
    # Header table: issuer, number (run-level control), motto, place-date.
    t = doc.add_table(rows=1, cols=2)
    from word_writer import no_borders

    no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    p = left.paragraphs[0]
    plain_run(p, "ỦY BAN NHÂN DÂN")
    p2 = left.add_paragraph()
    plain_run(p2, "XÃ XUÂN LỘC", bold=True)
    p3 = left.add_paragraph()
    plain_run(p3, "Số: ")
    run_sdt(p3, "117", "SoVanBan")
    plain_run(p3, "/KH-UBND")
    q = right.paragraphs[0]
    plain_run(q, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    q2 = right.add_paragraph()
    plain_run(q2, "Độc lập - Tự do - Hạnh phúc", bold=True)
    q3 = right.add_paragraph()
    plain_run(q3, "Xuân Lộc, ", italic=True)
    run_sdt(q3, "ngày 08 tháng 01 năm 2027", "NgayBanHanh", italic=True)
    for c in (left, right):
        for x in c.paragraphs:
            x.alignment = WD_ALIGN_PARAGRAPH.CENTER
    block_sdt(doc, [t._tbl], "PhanDau")
    start = len(body)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    tp = doc.add_paragraph()
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_sdt(
        tp,
        "Thực hiện Chương trình xây dựng nông thôn mới trên địa bàn xã năm 2027",
        "TrichYeu",
        bold=True,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 09/KH-UBND ngày 05/01/2027 của UBND tỉnh Hà Tĩnh về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Nghị quyết số 30/NQ-HĐND ngày 25/12/2026 của HĐND xã Xuân Lộc về kế hoạch phát triển kinh tế - xã hội năm 2027;",
        italic=True,
        indent=1,
    )
    para(doc, "UBND xã Xuân Lộc ban hành Kế hoạch thực hiện như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao chất lượng các tiêu chí đã đạt; giao rõ trách nhiệm từng cơ quan, đơn vị.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for n, (title, lead, partners, when, _) in enumerate(SDT_TASKS, 1):
        para(doc, f"{n}. {title}", bold=True, indent=1)
        para(doc, f"- Đơn vị chủ trì: {lead}", indent=1)
        para(doc, f"- Đơn vị phối hợp: {'; '.join(partners)}", indent=1)
        para(doc, f"- Thời gian hoàn thành: {when}", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã trước ngày 10/12/2027.",
        indent=1,
    )
    block_sdt(doc, list(body)[start - 1 : -1], "NoiDung")
    start = len(body)
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Đảng ủy, HĐND xã;",
            "- Các cơ quan, đơn vị;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đậu Văn Hải"],
    )
    block_sdt(doc, list(body)[start - 1 : -1], "ChuKy")
    return save(doc)


# ---------------------------------------------------------------------------
# 6. Text pasted from the provincial portal into Word, saved as .rtf: NBSP in
# place of spaces, zero-width spaces, non-breaking hyphens, a BOM, and each
# section one paragraph whose lines are <br> line breaks.

NB = "\u00a0"
ZW = "\u200b"
NBH = "\u2011"

WEB_TASKS = [
    (
        "Cứng hóa 1,6 km mặt đê bao ngăn mặn thôn Song Nhất",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế"],
        "Tháng 7/2027",
        "2027-07-31",
    ),
    (
        "Xây dựng mô hình nuôi ngao trong ao đất 8 ha",
        "Phòng Kinh tế",
        ["Hội Nông dân xã", "Hợp tác xã Thủy sản Thiên Cầm"],
        "Tháng 10/2027",
        "2027-10-31",
    ),
    (
        "Phát triển 05 homestay du lịch cộng đồng tại thôn Hải Hà",
        "Phòng Văn hóa - Xã hội",
        ["Phòng Kinh tế", "Đoàn Thanh niên xã"],
        "Quý IV/2027",
        "2027-12-31",
    ),
    (
        "Thu gom, xử lý rác thải bãi biển Thiên Cầm trong mùa du lịch",
        "Phòng Kinh tế",
        ["Ban Quản lý Khu du lịch Thiên Cầm", "Hội Liên hiệp Phụ nữ xã"],
        "30/9/2027",
        "2027-09-30",
    ),
    (
        "Hoàn thành xây dựng Trường Tiểu học Thiên Cầm đạt chuẩn mức độ 2",
        "Phòng Văn hóa - Xã hội",
        ["Trường Tiểu học Thiên Cầm"],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    (
        "Tập huấn kỹ năng số cho 200 hộ kinh doanh",
        "Văn phòng HĐND và UBND xã",
        ["Đoàn Thanh niên xã", "Bưu điện văn hóa xã"],
        "Tháng 6/2027",
        "2027-06-30",
    ),
]


def webbed(text: str, k: int) -> str:
    """Spaces turned into the NBSP/space pairs a web page leaves; a
    zero-width space after some commas; hyphens made non-breaking."""
    words = text.replace(", ", "," + ZW + " ").split(" ")
    out = words[0]
    for i, w in enumerate(words[1:]):
        out += (NB if (i + k) % 3 == 0 else " ") + w
    out = out.replace(" - ", f"{NB}{NBH} ").replace(f"{NB}-{NB}", f"{NB}{NBH}{NB}")
    return out


def thien_cam_web() -> bytes:
    doc = Document()
    a4(doc)
    header_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ THIÊN CẦM", f"Số:{NB}63/KH{NBH}UBND"],
        f"Thiên{NB}Cầm, ngày{NB}20 tháng{NB}01 năm{NB}2027",
    )
    para(doc, "\ufeffKẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        webbed("Phát triển kinh tế biển gắn với xây dựng nông thôn mới năm 2027", 1),
        bold=True,
        center=True,
    )
    para(
        doc,
        webbed(
            "Căn cứ Kế hoạch số 41/KH-UBND ngày 12/01/2027 của UBND tỉnh Hà Tĩnh về xây dựng nông thôn mới năm 2027, UBND xã Thiên Cầm ban hành Kế hoạch như sau:",
            2,
        ),
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        webbed(
            "Khai thác lợi thế biển, du lịch để nâng cao thu nhập cho người dân.", 0
        ),
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    for n, (title, lead, partners, when, _) in enumerate(WEB_TASKS, 1):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(28)
        lines = [
            (f"{n}.{NB}{webbed(title, n)}", True),
            (f"-{NB}Chủ trì:{NB}{webbed(lead, n)}", False),
            (f"-{NB}Phối hợp:{NB}{webbed(', '.join(partners), n + 1)}", False),
            (f"-{NB}Thời hạn:{NB}{when.replace(' ', NB)}", False),
        ]
        for i, (text, strong) in enumerate(lines):
            r = p.add_run(text)
            r.bold = strong
            r.font.size = Pt(13)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        webbed("Giao Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã hằng quý.", 1),
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lê Văn Cường"],
    )
    return saved_as(save(doc), "rtf")


# ---------------------------------------------------------------------------


def tasks5(rows):
    out = []
    for title, lead, partners, _, day in rows:
        d = {"title": title, "lead": lead, "coordinating": partners}
        if day:
            d["deadline"] = day
        out.append(d)
    return out


def header(
    number,
    symbol,
    place,
    date,
    title,
    issuer,
    signer,
    bases,
    recipients,
    authority="TM. ỦY BAN NHÂN DÂN",
    signer_title="CHỦ TỊCH",
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


def main():
    write(
        OUT,
        "r24-xa-muong-long-tcvn3.doc",
        muong_long_tcvn3(),
        """Round 24 (hidden hold-out): a Word 97 .doc typed with an old TCVN3 (ABC)
template: every run's font is ".VnTime" (mixed case) or ".VnTimeH" (all
capitals) and its characters are TCVN3 bytes (e.g. "ư" stored as U+00AD, "đ" as
"®", "â" as "©"; capitals with a tone stored as the lower-case code that
.VnTimeH draws as a capital). A bordered task table TT | Nội dung | Chủ trì |
Phối hợp | Thời gian. Assumptions: a reader converts to Unicode (as Unikey's
converter does) and capitalises .VnTimeH text; "Thường xuyên" runs to the
end of the plan's year, as docs/import.md reads it (the hold-out writer had
left it without a deadline).""",
        header(
            "36",
            "KH-UBND",
            "Mường Lống",
            "2026-12-14",
            "Thực hiện Chương trình xây dựng nông thôn mới năm 2027",
            "ỦY BAN NHÂN DÂN XÃ MƯỜNG LỐNG",
            "Lò Văn Thông",
            ["712/KH-UBND", "21/NQ-HĐND"],
            4,
        ),
        tasks5(TCVN_ROWS),
    )
    fn_tasks = [
        {"title": t, "lead": lead, "coordinating": p, "deadline": d, "official": o}
        for t, lead, p, _, d, o in FN_TASKS
    ]
    write(
        OUT,
        "r24-xa-tien-dien-chu-thich.docx",
        tien_dien_footnotes(),
        """Round 24 (hidden hold-out): Word whose bases are in footnotes: the body
only says "Thực hiện các văn bản chỉ đạo của cấp trên¹ và hướng dẫn của
ngành²"; the footnotes (word/footnotes.xml) name a Party resolution, the
province's plan and a department's letter. Two task titles carry a footnote
mark too (explanations). Tasks are bold "N." headings with "- Cơ quan chủ trì:",
"- Cơ quan phối hợp:", "- Cán bộ theo dõi: đồng chí X", "- Thời gian hoàn
thành:" lines; signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
Assumptions: bases are the documents the footnotes cite; the footnote text is
no part of any task title; the official is the "Cán bộ theo dõi".""",
        header(
            "142",
            "KH-UBND",
            "Tiên Điền",
            "2026-12-22",
            "Xây dựng xã nông thôn mới nâng cao năm 2027",
            "ỦY BAN NHÂN DÂN XÃ TIÊN ĐIỀN",
            "Nguyễn Xuân Tùng",
            ["05-NQ/ĐU", "530/KH-UBND", "2214/SNNMT-PTNT"],
            5,
            authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            signer_title="PHÓ CHỦ TỊCH",
        ),
        fn_tasks,
    )
    sheet_tasks = [
        {"title": t, "lead": lead, "coordinating": p, "deadline": d, "official": o}
        for _, _, rows in SHEETS
        for t, lead, p, o, _, d in rows
    ]
    write(
        OUT,
        "r24-xa-phuc-trach-moi-nhom-mot-trang.xlsx",
        phuc_trach_sheets(),
        """Round 24 (hidden hold-out): a workbook with one sheet per criterion group
("1. Ha tang", "2. Kinh te", "3. VH-XH-MT"). The first sheet opens with the
issuer/motto, number, place-date, "KẾ HOẠCH" and the title in merged cells,
then "BIỂU 01: NHÓM TIÊU CHÍ …" and its table; each later sheet opens with
"(Kèm theo Kế hoạch số …)" and its own "BIỂU 0N" caption above the same
table (TT restarting at 1 on each sheet); the signature sits below the last
sheet's table. Columns TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối
hợp | Cán bộ theo dõi | Thời hạn hoàn thành (text dates).
Assumptions: every sheet's rows are tasks of the one plan; the official is
the "Cán bộ theo dõi"; the basis is the one named in the parenthesis.""",
        header(
            "88",
            "KH-UBND",
            "Phúc Trạch",
            "2026-12-28",
            "Thực hiện các tiêu chí xã nông thôn mới năm 2027",
            "ỦY BAN NHÂN DÂN XÃ PHÚC TRẠCH",
            "Võ Quang Trung",
            ["604/KH-UBND"],
            4,
        ),
        sheet_tasks,
    )
    matrix_tasks = []
    for row in MATRIX:
        if row[2] is None:
            continue
        _, title, marks, _, day = row
        lead = [a for a, m in zip(AGENCIES, marks, strict=True) if m == "C"][0]
        partners = [a for a, m in zip(AGENCIES, marks, strict=True) if m == "P"]
        matrix_tasks.append(
            {"title": title, "lead": lead, "coordinating": partners, "deadline": day}
        )
    write(
        OUT,
        "r24-xa-quynh-lap-ma-tran.odt",
        quynh_lap_matrix(),
        """Round 24 (hidden hold-out): LibreOffice .odt, landscape, a responsibility
matrix: TT | Nội dung công việc | "Đơn vị thực hiện" merged over one column
per agency (Phòng Kinh tế, Phòng Văn hóa - Xã hội, Văn phòng HĐND và UBND
xã, Công an xã, Hội Nông dân xã, Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ
xã) | Thời gian hoàn thành; each task row marks "C" under its lead and "P"
under each partner; a legend under the table ("Ghi chú: C - Chủ trì …; P -
Phối hợp …"); Roman group rows merged across. Real matrices use other marks
too ("x"/"o", "CT"/"PH", "●"/"○").
Assumptions: the lead is the agency whose column holds "C", the partners
those holding "P"; group rows are no tasks.""",
        header(
            "204",
            "KH-UBND",
            "Quỳnh Lập",
            "2027-01-05",
            "Phân công nhiệm vụ xây dựng nông thôn mới năm 2027",
            "ỦY BAN NHÂN DÂN XÃ QUỲNH LẬP",
            "Hồ Sỹ Tuấn",
            ["15/KH-UBND"],
            4,
        ),
        matrix_tasks,
    )
    write(
        OUT,
        "r24-xa-xuan-loc-o-noi-dung.docx",
        xuan_loc_content_controls(),
        """Round 24 (hidden hold-out): Word from an e-office template whose parts sit
in content controls (w:sdt): the header table inside a block-level control,
the number ("117") and the date ("ngày 08 tháng 01 năm 2027") inside
run-level controls in their paragraphs, the title a run-level control, the
whole body (bases, sections, tasks) inside one block-level control, the
closing table inside another. Tasks are bold "N." headings with "- Đơn vị
chủ trì:", "- Đơn vị phối hợp:" (";"-separated), "- Thời gian hoàn thành:".
Assumptions: a content control's text is the document's text.""",
        header(
            "117",
            "KH-UBND",
            "Xuân Lộc",
            "2027-01-08",
            "Thực hiện Chương trình xây dựng nông thôn mới trên địa bàn xã năm 2027",
            "ỦY BAN NHÂN DÂN XÃ XUÂN LỘC",
            "Đậu Văn Hải",
            ["09/KH-UBND", "30/NQ-HĐND"],
            4,
        ),
        tasks5(SDT_TASKS),
    )
    write(
        OUT,
        "r24-xa-thien-cam-dan-tu-web.rtf",
        thien_cam_web(),
        """Round 24 (hidden hold-out): RTF (saved by LibreOffice) of a plan copied from
the provincial portal into Word: many spaces are non-breaking (U+00A0, the
"&nbsp; " a web page leaves), zero-width spaces (U+200B) follow commas,
hyphens are non-breaking (U+2011) in "KH‑UBND" and "Văn hóa ‑ Xã hội", a
byte-order mark before "KẾ HOẠCH", and each task is ONE paragraph whose
lines ("N. <work>", "- Chủ trì:", "- Phối hợp:", "- Thời hạn:") are joined by
line breaks (<br>).
Assumptions: these characters read as a plain space/hyphen or nothing.""",
        header(
            "63",
            "KH-UBND",
            "Thiên Cầm",
            "2027-01-20",
            "Phát triển kinh tế biển gắn với xây dựng nông thôn mới năm 2027",
            "ỦY BAN NHÂN DÂN XÃ THIÊN CẦM",
            "Lê Văn Cường",
            ["41/KH-UBND"],
            4,
        ),
        tasks5(WEB_TASKS),
    )


if __name__ == "__main__":
    main()
