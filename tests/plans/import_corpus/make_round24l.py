"""Writes round 24l's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round24l.py

Round 24l writes two families a reader measured in a hidden set of
real-style plans, each written before the importer was changed for it:

L1. Vietnamese in the legacy 8-bit encodings. TCVN3 (ABC): mixed-case text
    in ".VnTime", lines in capitals in ".VnTimeH" holding the lower-case
    codes (TCVN3 has no capital with a tone mark); a Word plan, the same
    saved as .doc by LibreOffice, a plan of numbered points saved as .rtf
    and as .odt, and a plan pasted into a .txt (no font: the Latin-1 letters
    themselves). VNI ("VNI-Times", a base letter and a mark letter): a Word
    plan.
L2. Invisible format characters in Unicode text pasted from a web page or
    an e-office system: U+FEFF stuck to "KẾ HOẠCH", U+200B after commas in
    the title and the units, U+2060 word joiners, U+00AD soft hyphens
    inside words, U+2011 non-breaking hyphens and U+00A0 spaces; a Word plan
    and a plain text.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "tests" / "plans" / "import_corpus"))
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

from ntm.documents.legacy import TCVN3, VNI, encode  # noqa: E402

OUT = Path(__file__).resolve().parent / "round24l"
HEAD = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
WIDTHS = [1.2, 6.6, 3.2, 3.4, 2.6]


def capitals(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text == text.upper()


def legacy_fonts(doc, encoding: str) -> None:
    """Every run of `doc` typed in the legacy `encoding`: TCVN3 in ".VnTime",
    a run in capitals in ".VnTimeH" (its codes the lower-case ones, as an
    "H" font draws them); VNI in "VNI-Times"."""
    for run in doc.element.body.iter(qn("w:r")):
        texts = run.findall(qn("w:t"))
        full = "".join(t.text or "" for t in texts)
        if not full.strip():
            continue
        if encoding == TCVN3:
            font = ".VnTimeH" if capitals(full) else ".VnTime"
            # TCVN3 has no capital with a tone mark: mixed-case text has none.
            assert font == ".VnTimeH" or all(
                not ch.isupper() or ch.isascii() or ch in "ĂÂÊÔƠƯĐ" for ch in full
            ), full
        else:
            font = "VNI-Times"
        for t in texts:
            t.text = typed(t.text or "", encoding, font)
        fonts = run.get_or_add_rPr().get_or_add_rFonts()
        for side in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{side}"), font)


def typed(text: str, encoding: str, font: str = "") -> str:
    """`text` as a typist keys it in `encoding`: in an "H" font the
    Vietnamese letters with their lower-case codes (the font draws them as
    capitals), the plain letters as typed."""
    if font.endswith("H"):
        return "".join(ch if ch.isascii() else encode(ch.lower(), TCVN3) for ch in text)
    return encode(text, encoding)


def plan_doc(header, bases, sections, rows, recipients, signature):
    """A commune plan in Word: the header, the bases, `sections` (heading and
    paragraphs) before the task table, the table, then the closing."""
    issuer, number, place_date, title = header
    doc = opening([*issuer, number], place_date, title)
    a4(doc)
    for basis in bases:
        para(doc, basis, italic=True, indent=1)
    for heading, paragraphs in sections:
        para(doc, heading, bold=True)
        for text in paragraphs:
            para(doc, text, indent=1)
    task_table(
        doc,
        HEAD,
        [[[str(i)], [title], [lead], ["; ".join(partners)], [time]]
         for i, (title, lead, partners, time, _) in enumerate(rows, 1)],
        WIDTHS,
    )  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị được phân công chủ động triển khai; định kỳ hằng "
        "quý báo cáo kết quả về UBND xã để tổng hợp.",
        indent=1,
    )
    closing_beside(doc, recipients, signature)
    return doc


# --- L1 TCVN3 in a Word table (.docx, and .doc through LibreOffice) ---------

MUONG_LAT = [
    (
        "Rà soát, đánh giá hiện trạng 19 tiêu chí xã nông thôn mới tại các bản",
        "Phòng Kinh tế",
        ["Phòng Văn hóa - Xã hội", "các bản"],
        "Tháng 02/2027",
        "2027-02-28",
    ),
    (
        "Mở rộng tuyến đường từ bản Đoàn Kết đến bản Lát, dài 2,5 km",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Hỗ trợ đồng bào Mường, Thái phát triển chăn nuôi bò, dê theo chuỗi",
        "Phòng Kinh tế",
        ["Hội Nông dân xã", "Hợp tác xã Mường Lát xanh"],
        "30/9/2027",
        "2027-09-30",
    ),
    (
        "Xây dựng nhà văn hóa bản Pù Quăn đạt chuẩn theo quy định",
        "Phòng Văn hóa - Xã hội",
        ["Ban phát triển bản Pù Quăn"],
        "Trước 30/11/2027",
        "2027-11-30",
    ),
    (
        "Vận động người dân trồng mới 40 ha rừng gỗ lớn trên đất dốc",
        "Hạt Kiểm lâm Mường Lát",
        ["Đoàn Thanh niên xã", "các bản"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Tổ chức đánh giá kết quả thực hiện các tiêu chí năm 2027",
        "Văn phòng HĐND và UBND xã",
        ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"],
        "Tháng 12/2027",
        "2027-12-31",
    ),
]
MUONG_LAT_TITLE = "Duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027"


def muong_lat(encoding=TCVN3) -> bytes:
    doc = plan_doc(
        (
            ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG LÁT"],
            "Số: 186/KH-UBND",
            "Mường Lát, ngày 02 tháng 12 năm 2026",
            MUONG_LAT_TITLE,
        ),
        [
            "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 25/11/2026 của Hội đồng nhân "
            "dân xã về nhiệm vụ phát triển kinh tế - xã hội năm 2027;",
            "Căn cứ Kế hoạch số 715/KH-UBND ngày 12/11/2026 của UBND tỉnh Thanh "
            "Hóa về xây dựng nông thôn mới năm 2027;",
        ],
        [
            (
                "I. MỤC ĐÍCH, YÊU CẦU",
                [
                    "Duy trì vững chắc các tiêu chí đã đạt; phân công rõ cơ quan "
                    "chủ trì, thời hạn hoàn thành từng nhiệm vụ.",
                ],
            ),
            ("II. NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ", []),
        ],
        MUONG_LAT,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- Các bản;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Phạm Bá Hưởng"],
    )
    legacy_fonts(doc, encoding)
    return save(doc)


def commune(name, place, number, date, title, signer, bases, recipients):
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": place,
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {name}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "bases": bases,
        "recipients": recipients,
    }


MUONG_LAT_HEADER = commune(
    "MƯỜNG LÁT",
    "Mường Lát",
    "186",
    "2026-12-02",
    MUONG_LAT_TITLE,
    "Phạm Bá Hưởng",
    ["21/NQ-HĐND", "715/KH-UBND"],
    4,
)


# --- L1 TCVN3 numbered points (.rtf and .odt through LibreOffice) ------------

DUC_THO = [
    (
        "Cứng hóa 3,2 km đường trục thôn Đồng Lạng, thôn Yên Mỹ",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế", "Ban phát triển các thôn"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Hỗ trợ 05 hộ nuôi hươu lấy nhung mở rộng quy mô theo hướng hàng hóa",
        "Phòng Kinh tế",
        ["Hội Nông dân xã"],
        "Tháng 6/2027",
        "2027-06-30",
    ),
    (
        "Xây dựng sản phẩm OCOP bưởi Phúc Trạch đạt 4 sao",
        "Hợp tác xã Bưởi Đức Thọ",
        ["Phòng Kinh tế", "Trung tâm Dịch vụ nông nghiệp"],
        "30/10/2027",
        "2027-10-30",
    ),
    (
        "Lắp đặt 120 đèn chiếu sáng trên các tuyến đường liên thôn",
        "Đoàn Thanh niên xã",
        ["Ban phát triển các thôn"],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    (
        "Nâng cấp trạm y tế xã đạt chuẩn quốc gia về y tế",
        "Trạm Y tế xã",
        ["Phòng Văn hóa - Xã hội"],
        "Quý IV/2027",
        "2027-12-31",
    ),
    (
        "Tuyên truyền người dân phân loại rác thải tại nguồn",
        "Hội Liên hiệp Phụ nữ xã",
        ["Mặt trận Tổ quốc xã", "các thôn"],
        "Trước 15/11/2027",
        "2027-11-15",
    ),
]
DUC_THO_TITLE = (
    "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027"
)


def duc_tho_doc(encoding=TCVN3):
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỨC THỌ", "Số: 245/KH-UBND"],
        "Đức Thọ, ngày 05 tháng 12 năm 2026",
        DUC_THO_TITLE,
    )
    a4(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 640/KH-UBND ngày 18/11/2026 của UBND tỉnh Hà Tĩnh "
        "về xây dựng nông thôn mới năm 2027;",
        italic=True,
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động sức dân và các nguồn lực, duy trì và nâng cao chất lượng các "
        "tiêu chí đã đạt.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for i, (title, lead, partners, time, _) in enumerate(DUC_THO, 1):
        para(doc, f"{i}. {title}", bold=True, indent=1)
        para(doc, f"- Cơ quan chủ trì: {lead}.", indent=1)
        para(doc, f"- Cơ quan phối hợp: {'; '.join(partners)}.", indent=1)
        para(doc, f"- Thời gian hoàn thành: {time}.", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã "
        "trước ngày 20 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Trần Đức Lương"],
    )
    if encoding:
        legacy_fonts(doc, encoding)
    return doc


DUC_THO_HEADER = commune(
    "ĐỨC THỌ",
    "Đức Thọ",
    "245",
    "2026-12-05",
    DUC_THO_TITLE,
    "Trần Đức Lương",
    ["640/KH-UBND"],
    3,
)


# --- L1 TCVN3 pasted into a .txt -------------------------------------------

HUONG_SON = [
    (
        "Rà soát, bổ sung quy hoạch chung xây dựng xã đến năm 2035",
        "Phòng Kinh tế",
        ["Văn phòng HĐND và UBND xã"],
        "Tháng 3/2027",
        "2027-03-31",
    ),
    (
        "Kiên cố hóa 1,8 km kênh mương nội đồng thôn Thượng Hòa",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Hợp tác xã Nông nghiệp Hương Sơn"],
        "30/8/2027",
        "2027-08-30",
    ),
    (
        "Phát triển vùng trồng cam bù đạt tiêu chuẩn VietGAP 25 ha",
        "Phòng Kinh tế",
        ["Hội Nông dân xã", "Trung tâm Dịch vụ nông nghiệp"],
        "Quý IV/2027",
        "2027-12-31",
    ),
    (
        "Đào tạo nghề cho 150 lao động nông thôn",
        "Phòng Văn hóa - Xã hội",
        ["Đoàn Thanh niên xã"],
        "Tháng 11/2027",
        "2027-11-30",
    ),
    (
        "Chỉnh trang khuôn viên, trồng cây xanh tại 08 nhà văn hóa thôn",
        "Ban phát triển các thôn",
        ["Hội Cựu chiến binh xã"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc gắn với xây dựng nông thôn mới",
        "Mặt trận Tổ quốc xã",
        ["các đoàn thể xã"],
        "18/11/2027",
        "2027-11-18",
    ),
]
HUONG_SON_TITLE = "Xây dựng xã Hương Sơn đạt chuẩn nông thôn mới nâng cao năm 2027"


def huong_son_unicode() -> str:
    lines = [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ HƯƠNG SƠN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 97/KH-UBND\tHương Sơn, ngày 08 tháng 12 năm 2026",
        "",
        "KẾ HOẠCH",
        HUONG_SON_TITLE,
        "",
        "Căn cứ Nghị quyết số 35/NQ-HĐND ngày 28/11/2026 của HĐND xã về "
        "phát triển kinh tế - xã hội năm 2027;",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm 2027.",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        "\t".join(HEAD),
    ]
    for i, (title, lead, partners, time, _) in enumerate(HUONG_SON, 1):
        lines.append("\t".join([str(i), title, lead, "; ".join(partners), time]))
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị báo cáo kết quả về UBND xã trước ngày 25 hằng quý.",
        "",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
        "- UBND tỉnh (b/c);\tCHỦ TỊCH",
        "- TT Đảng ủy xã;",
        "- Các thôn;",
        "- Lưu: VT.\t",
        "\tNguyễn Thị Hường",
    ]
    return "\n".join(lines) + "\n"


def huong_son_tcvn3() -> str:
    """The plan copied out of a .VnTime document and pasted into Notepad: the
    TCVN3 codes as the Latin-1 letters they are stored as; the lines in
    capitals (".VnTimeH") with the lower-case codes among the capitals."""
    return "\n".join(
        "\t".join(
            typed(cell, TCVN3, ".VnTimeH" if capitals(cell) else ".VnTime")
            for cell in line.split("\t")
        )
        for line in huong_son_unicode().split("\n")
    )


HUONG_SON_HEADER = commune(
    "HƯƠNG SƠN",
    "Hương Sơn",
    "97",
    "2026-12-08",
    HUONG_SON_TITLE,
    "Nguyễn Thị Hường",
    ["35/NQ-HĐND"],
    4,
)


# --- L1 VNI in a Word table -------------------------------------------------

QUANG_DIEN = [
    (
        "Nâng cấp hệ thống thủy lợi nội đồng vùng lúa Quảng Phước",
        "Phòng Kinh tế",
        ["Hợp tác xã Nông nghiệp Quảng Phước"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Xây dựng mô hình sản xuất lúa hữu cơ liên kết tiêu thụ 30 ha",
        "Trung tâm Dịch vụ nông nghiệp",
        ["Hội Nông dân xã", "Công ty Thuận Phước"],
        "Tháng 10/2027",
        "2027-10-31",
    ),
    (
        "Hoàn thiện hồ sơ công nhận sản phẩm OCOP nước mắm Ngư Mỹ Thạnh",
        "Phòng Kinh tế",
        ["Hợp tác xã Ngư Mỹ Thạnh"],
        "30/9/2027",
        "2027-09-30",
    ),
    (
        "Chỉnh trang hàng rào xanh dọc đường liên thôn Đức Nhuận - Hà Đồ",
        "Hội Liên hiệp Phụ nữ xã",
        ["Ban phát triển các thôn"],
        "Tháng 7/2027",
        "2027-07-31",
    ),
    (
        "Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức xã",
        "Văn phòng HĐND và UBND xã",
        ["Đoàn Thanh niên xã"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Ứng dụng phần mềm theo dõi, đánh giá các tiêu chí nông thôn mới",
        "Phòng Văn hóa - Xã hội",
        ["Văn phòng HĐND và UBND xã"],
        "Tháng 12/2027",
        "2027-12-31",
    ),
]
QUANG_DIEN_TITLE = "Nâng cao chất lượng tiêu chí sản xuất và môi trường năm 2027"


def quang_dien() -> bytes:
    doc = plan_doc(
        (
            ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG ĐIỀN"],
            "Số: 302/KH-UBND",
            "Quảng Điền, ngày 04 tháng 12 năm 2026",
            QUANG_DIEN_TITLE,
        ),
        [
            "Căn cứ Kế hoạch số 588/KH-UBND ngày 14/11/2026 của UBND thành phố "
            "Huế về xây dựng nông thôn mới năm 2027;",
        ],
        [
            (
                "I. MỤC ĐÍCH, YÊU CẦU",
                ["Nâng cao thu nhập, bảo vệ môi trường ở những vùng sản xuất lúa."],
            ),
            ("II. NHIỆM VỤ CỤ THỂ", []),
        ],
        QUANG_DIEN,
        ["- UBND thành phố (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lê Thị Mỹ Hường"],
    )
    legacy_fonts(doc, VNI)
    return save(doc)


QUANG_DIEN_HEADER = commune(
    "QUẢNG ĐIỀN",
    "Quảng Điền",
    "302",
    "2026-12-04",
    QUANG_DIEN_TITLE,
    "Lê Thị Mỹ Hường",
    ["588/KH-UBND"],
    3,
)


# --- L2 invisible characters from a web page --------------------------------

BOM, ZWSP, WJ, SHY, NBH, NBSP = "\ufeff", "\u200b", "\u2060", "\u00ad", "\u2011", "\xa0"


def pasted(text: str) -> str:
    """`text` as a web page or an e-office system gives it: a zero-width
    space after each comma, a soft hyphen inside the long words, a word
    joiner before a "/", non-breaking hyphens and spaces in dates."""
    text = text.replace(", ", "," + ZWSP + " ")
    words = []
    for word in text.split(" "):
        if len(word) >= 6 and word.isalpha():
            word = word[:3] + SHY + word[3:]
        words.append(word)
    text = " ".join(words).replace("/", WJ + "/")
    return text.replace(" - ", NBSP + NBH + NBSP)


THANH_THUY = [
    (
        "Rà soát, cập nhật hồ sơ minh chứng các tiêu chí xã nông thôn mới kiểu mẫu",
        "Văn phòng HĐND và UBND xã",
        ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"],
        "Tháng 01/2027",
        "2027-01-31",
    ),
    (
        "Xây dựng tuyến phố văn minh, đường hoa tại khu dân cư Phượng Mao",
        "Ban phát triển khu dân cư Phượng Mao",
        ["Hội Liên hiệp Phụ nữ xã"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Nạo vét, khơi thông 4,5 km mương tiêu thoát nước các khu dân cư",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Hợp tác xã Dịch vụ nông nghiệp Thanh Thủy"],
        "30/6/2027",
        "2027-06-30",
    ),
    (
        "Hỗ trợ hộ kinh doanh du lịch cộng đồng suối khoáng nóng",
        "Phòng Kinh tế",
        ["Hội Nông dân xã", "Đoàn Thanh niên xã"],
        "Tháng 9/2027",
        "2027-09-30",
    ),
    (
        "Triển khai thanh toán không dùng tiền mặt tại chợ Thanh Thủy",
        "Phòng Kinh tế",
        ["Ban Quản lý chợ"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Tổng kết, khen thưởng hộ gia đình tiêu biểu trong xây dựng nông thôn mới",
        "Phòng Văn hóa - Xã hội",
        ["Ủy ban MTTQ Việt Nam xã"],
        "Tháng 12/2027",
        "2027-12-31",
    ),
]
THANH_THUY_TITLE = "Xây dựng xã Thanh Thủy đạt chuẩn nông thôn mới kiểu mẫu năm 2027"


def thanh_thuy() -> bytes:
    doc = plan_doc(
        (
            ["ỦY BAN NHÂN DÂN", "XÃ THANH THỦY"],
            "Số: 411/KH-UBND",
            "Thanh Thủy, ngày 03 tháng 12 năm 2026",
            THANH_THUY_TITLE,
        ),
        [
            "Căn cứ Kế hoạch số 802/KH-UBND ngày 20/11/2026 của UBND tỉnh Phú "
            "Thọ về xây dựng nông thôn mới năm 2027;",
        ],
        [
            (
                "I. MỤC ĐÍCH, YÊU CẦU",
                ["Hoàn thành các tiêu chí xã nông thôn mới kiểu mẫu trong năm 2027."],
            ),
            ("II. NHIỆM VỤ CỤ THỂ", []),
        ],
        THANH_THUY,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Các khu dân cư;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đinh Công Sứ"],
    )
    for run in doc.element.body.iter(qn("w:r")):
        for t in run.findall(qn("w:t")):
            if t.text:
                t.text = BOM + t.text if t.text == "KẾ HOẠCH" else pasted(t.text)
    return save(doc)


THANH_THUY_HEADER = commune(
    "THANH THỦY",
    "Thanh Thủy",
    "411",
    "2026-12-03",
    THANH_THUY_TITLE,
    "Đinh Công Sứ",
    ["802/KH-UBND"],
    4,
)

TAN_LAP = [
    (
        "Cải tạo cảnh quan, trồng hoa dọc tuyến đường trục xã",
        "Đoàn Thanh niên xã",
        ["Hội Liên hiệp Phụ nữ xã", "các thôn"],
        "Tháng 4/2027",
        "2027-04-30",
    ),
    (
        "Hoàn thiện hệ thống xử lý nước thải tập trung khu dân cư thôn Đông",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế"],
        "Quý IV/2027",
        "2027-12-31",
    ),
    (
        "Phát triển 03 sản phẩm OCOP từ chè, mật ong, măng khô",
        "Phòng Kinh tế",
        ["Hợp tác xã Tân Lập"],
        "30/10/2027",
        "2027-10-30",
    ),
    (
        "Xây dựng 02 mô hình khu dân cư an toàn về an ninh trật tự",
        "Công an xã",
        ["Ban phát triển các thôn"],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    (
        "Nâng cấp điểm trường mầm non thôn Tây đạt chuẩn mức độ 1",
        "Phòng Văn hóa - Xã hội",
        ["Trường Mầm non Tân Lập"],
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Đánh giá, xếp hạng mức độ hài lòng của người dân về nông thôn mới",
        "Ủy ban MTTQ Việt Nam xã",
        ["các đoàn thể xã"],
        "Tháng 12/2027",
        "2027-12-31",
    ),
]
TAN_LAP_TITLE = "Nâng cao chất lượng cảnh quan, môi trường xã Tân Lập năm 2027"


def tan_lap_text() -> str:
    """A plan copied from an e-office system's page into a .txt: the BOM of
    the copy stuck to "KẾ HOẠCH", zero-width spaces after the commas."""
    lines = [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 150/KH-UBND\tTân Lập, ngày 07 tháng 12 năm 2026",
        "",
        BOM + "KẾ HOẠCH",
        pasted(TAN_LAP_TITLE),
        "",
        pasted(
            "Căn cứ Kế hoạch số 455/KH-UBND ngày 16/11/2026 của UBND tỉnh Bắc "
            "Ninh về xây dựng nông thôn mới năm 2027;"
        ),
        "I. MỤC ĐÍCH, YÊU CẦU",
        pasted("Cải thiện rõ rệt cảnh quan, môi trường ở các thôn, xóm."),
        "II. NHIỆM VỤ CỤ THỂ",
    ]
    for i, (title, lead, partners, time, _) in enumerate(TAN_LAP, 1):
        lines += [
            f"{i}. {pasted(title)}",
            f"- Cơ quan chủ trì: {pasted(lead)}.",
            f"- Cơ quan phối hợp: {pasted('; '.join(partners))}.",
            f"- Thời gian hoàn thành: {time}.",
        ]
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        pasted("Các cơ quan, đơn vị báo cáo kết quả về UBND xã hằng quý."),
        "",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
        "- UBND tỉnh (b/c);\tCHỦ TỊCH",
        "- TT Đảng ủy xã;",
        "- Lưu: VT.\t",
        "\tVũ Văn Thưởng",
    ]
    return "\n".join(lines) + "\n"


TAN_LAP_HEADER = commune(
    "TÂN LẬP",
    "Tân Lập",
    "150",
    "2026-12-07",
    TAN_LAP_TITLE,
    "Vũ Văn Thưởng",
    ["455/KH-UBND"],
    3,
)

TCVN3_COMMENT = """Round 24l, L1: {what}
TCVN3 (ABC): mixed-case text in ".VnTime", capitals in ".VnTimeH" with the
lower-case codes; "ư" is U+00AD (the soft hyphen).
Assumptions: the text is the Unicode Vietnamese the fonts draw; partners
split on ";"; "Quý III/2027" ends on 30/9, "Tháng 02/2027" on the month's
last day."""

INVISIBLE_COMMENT = """Round 24l, L2: {what}
Assumptions: the invisible characters are no part of the text (U+FEFF,
U+200B, U+2060, U+00AD dropped; U+2011 a hyphen, U+00A0 a space); partners
split on ";"."""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    tasks = as_tasks
    data = muong_lat()
    what = "a commune's Word plan typed in TCVN3, a task table"
    write(
        OUT,
        "r24l-xa-muong-lat-vntime.docx",
        data,
        TCVN3_COMMENT.format(what=what + "."),
        MUONG_LAT_HEADER,
        tasks(MUONG_LAT),
    )
    write(
        OUT,
        "r24l-xa-muong-lat-vntime.doc",
        saved_as(data, "doc"),
        TCVN3_COMMENT.format(what=what + ", saved as .doc (LibreOffice)."),
        MUONG_LAT_HEADER,
        tasks(MUONG_LAT),
    )
    duc_tho = save(duc_tho_doc())
    what = 'numbered points with "- Cơ quan chủ trì/phối hợp/Thời gian" lines'
    write(
        OUT,
        "r24l-xa-duc-tho-vntime.rtf",
        saved_as(duc_tho, "rtf"),
        TCVN3_COMMENT.format(what=what + ", saved as .rtf (LibreOffice)."),
        DUC_THO_HEADER,
        tasks(DUC_THO),
    )
    write(
        OUT,
        "r24l-xa-duc-tho-vntime.odt",
        saved_as(duc_tho, "odt"),
        TCVN3_COMMENT.format(what=what + ", saved as .odt (LibreOffice)."),
        DUC_THO_HEADER,
        tasks(DUC_THO),
    )
    write(
        OUT,
        "r24l-xa-huong-son-tcvn3-dan.txt",
        huong_son_tcvn3(),
        TCVN3_COMMENT.format(
            what="a TCVN3 plan pasted into a .txt (UTF-8; no font, the Latin-1 "
            "letters), a tab-separated task table."
        ),
        HUONG_SON_HEADER,
        tasks(HUONG_SON),
    )
    write(
        OUT,
        "r24l-xa-quang-dien-vni.docx",
        quang_dien(),
        'Round 24l, L1: a commune\'s Word plan typed in VNI ("VNI-Times": a '
        "base letter and a mark letter), a task table.\n"
        'Assumptions: partners split on ";".',
        QUANG_DIEN_HEADER,
        tasks(QUANG_DIEN),
    )
    write(
        OUT,
        "r24l-xa-thanh-thuy-trang-web.docx",
        thanh_thuy(),
        INVISIBLE_COMMENT.format(
            what="a Word plan pasted from a web page, U+FEFF before "
            '"KẾ HOẠCH", U+200B after commas, U+00AD in words, U+2060 before '
            '"/", NBSP around " - "; a task table.'
        ),
        THANH_THUY_HEADER,
        tasks(THANH_THUY),
    )
    write(
        OUT,
        "r24l-xa-tan-lap-e-office.txt",
        tan_lap_text(),
        INVISIBLE_COMMENT.format(
            what="a plan copied from an e-office page into a .txt, numbered "
            "points with the same invisible characters."
        ),
        TAN_LAP_HEADER,
        tasks(TAN_LAP),
    )


if __name__ == "__main__":
    main()
