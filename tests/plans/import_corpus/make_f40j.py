"""Writes set f40j's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40j.py

Set f40j: joint plans (liên tịch) laid out side by side, and vague
deadlines, written here before the importer was changed for them:

F1. A joint plan of two (or three) bodies whose header is a borderless
    table: the motto across the page, the bodies side by side (each its own
    name on two lines, no superior), one joint number under the left body
    and the place and date under the right one; "KẾ HOẠCH" / "LIÊN TỊCH"
    over the title; the signatures side by side. The issuer is the body on
    the left; its signature (the left one) is the plan's; every other body
    is a cosigner with its own signature (its authority "" when it signs
    with no "TM."/"KT.").
    Variants: both sides with "TM."; the number naming the right body
    first; three bodies; the text copied into .txt cell by cell; the
    signatures in one table row or in two paragraphs split by tabs.
F2. Vague deadlines: "chậm nhất ngày 15/5/2026 phải hoàn thành" (15/5),
    "6 tháng đầu năm 2026" (30/6), "6 tháng cuối năm" (1/7 to 31/12),
    "tháng 6-7/2026" (1/6 to 31/7), "từ đầu Quý III/2026" (1/7 to 31/7),
    "cuối Quý II" (30/6), "cuối năm 2026" (31/12), "thường xuyên trong
    năm" (31/12).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import MOTTO, a4, no_borders, para, save  # noqa: E402

OUT = HERE / "f40j"

COMMENT = """Set f40j (joint plans side by side; vague deadlines), written before
the importer was changed for it: {what}
Assumptions: the issuer is the body named first (on the left) in the
header; its signature (on the left) is the plan's, "TM. BAN THƯỜNG VỤ" /
"HỘI NÔNG DÂN TỈNH" one authority; every other body is a cosigner with
its own signature, its authority "" when it signs with no "TM."/"KT.";
the title keeps its printed "LIÊN TỊCH"; a work "Hai bên …" (both
bodies) names no lead and keeps its words; "chậm nhất ngày d/m phải hoàn
thành" ends that day; "6 tháng đầu năm" on 30/6; "6 tháng cuối năm"
runs 1/7 to 31/12; "tháng 6-7" 1/6 to 31/7; "từ đầu Quý III" 1/7 to
31/7; "cuối Quý II" on 30/6; "cuối năm" and "thường xuyên trong năm" on
31/12 of the plan's year."""


def _cell(cell, lines, *, bold=False):
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold and line.isupper()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def joint_doc(bodies, number, dated, title_lines):
    """A joint plan's Word header: the motto across, the bodies side by
    side, the number under the first and the date under the last; then
    "KẾ HOẠCH" / "LIÊN TỊCH" and the title's lines."""
    doc = Document()
    a4(doc)
    n = len(bodies)
    t = doc.add_table(rows=3, cols=n)
    no_borders(t)
    top = t.cell(0, 0).merge(t.cell(0, n - 1))
    _cell(top, MOTTO, bold=True)
    for i, lines in enumerate(bodies):
        _cell(t.cell(1, i), lines, bold=True)
    _cell(t.cell(2, 0), [number])
    _cell(t.cell(2, n - 1), [dated])
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    for line in title_lines:
        para(doc, line, bold=True, center=True)
    return doc


def signatures_row(doc, blocks):
    t = doc.add_table(rows=1, cols=len(blocks))
    no_borders(t)
    for i, lines in enumerate(blocks):
        _cell(t.cell(0, i), lines, bold=True)


def signatures_tabs(doc, left, right):
    """Two signatures in paragraphs, the columns split by tabs."""
    for a, b in zip(left, right, strict=True):
        para(doc, f"{a}\t\t{b}", bold=bool(a) and a.isupper())


def recipients(doc, lines):
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for line in lines:
        para(doc, line)


def body(doc, sections):
    for heading, paragraphs in sections:
        para(doc, heading, bold=True)
        for text in paragraphs:
            para(doc, text, indent=1.0)


def C(agency, authority, title, signer):
    return {"agency": agency, "authority": authority, "signer_title": title,
            "signer": signer}  # fmt: skip


# --- 1 (.docx): Hội Nông dân tỉnh + NHCSXH tỉnh Phú Thọ --------------------

PHU_THO_TASKS = [
    ("1. Hội Nông dân tỉnh chỉ đạo các cấp Hội rà soát, củng cố các Tổ tiết kiệm "
     "và vay vốn do Hội quản lý; chậm nhất ngày 15/5/2026 phải hoàn thành.",
     T("Chỉ đạo các cấp Hội rà soát, củng cố các Tổ tiết kiệm và vay vốn do Hội "
       "quản lý", "Hội Nông dân tỉnh", [], "2026-05-15")),
    ("2. Ngân hàng Chính sách xã hội chi nhánh tỉnh tập huấn nghiệp vụ ủy thác cho "
     "cán bộ Hội cấp huyện, cấp xã; thời gian: 6 tháng đầu năm 2026.",
     T("Tập huấn nghiệp vụ ủy thác cho cán bộ Hội cấp huyện, cấp xã",
       "Ngân hàng Chính sách xã hội chi nhánh tỉnh", [], "2026-06-30")),
    ("3. Hội Nông dân tỉnh kiểm tra, giám sát hoạt động ủy thác tại các huyện; thời "
     "gian: 6 tháng cuối năm.",
     T("Kiểm tra, giám sát hoạt động ủy thác tại các huyện", "Hội Nông dân tỉnh",
       [], "2026-12-31", start="2026-07-01")),
]  # fmt: skip


def phu_tho_docx():
    title = ["LIÊN TỊCH", "Phối hợp thực hiện chính sách tín dụng ưu đãi",
             "đối với hội viên nông dân năm 2026"]  # fmt: skip
    doc = joint_doc(
        [["HỘI NÔNG DÂN", "TỈNH PHÚ THỌ"],
         ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH PHÚ THỌ"]],
        "Số: 12/KHLT-HND-NHCSXH", "Phú Thọ, ngày 05 tháng 3 năm 2026", title,
    )  # fmt: skip
    body(doc, [
        ("I. MỤC ĐÍCH, YÊU CẦU", ["Nâng cao chất lượng tín dụng chính sách ủy thác "
                                 "qua Hội Nông dân."]),
        ("II. NHIỆM VỤ CỤ THỂ", [text for text, _ in PHU_THO_TASKS]),
    ])  # fmt: skip
    signatures_row(doc, [
        ["TM. BAN THƯỜNG VỤ", "HỘI NÔNG DÂN TỈNH", "CHỦ TỊCH", "", "", "Đinh Công Sứ"],
        ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH PHÚ THỌ", "GIÁM ĐỐC", "", "",
         "Nguyễn Thị Thanh Huyền"],
    ])  # fmt: skip
    recipients(doc, ["- Trung ương Hội NDVN (b/c);", "- NHCSXH Việt Nam (b/c);",
                     "- Hội Nông dân các huyện;", "- Lưu: VT."])  # fmt: skip
    head = hdr("12", "KHLT-HND-NHCSXH", "Phú Thọ", "2026-03-05",
               " ".join(title), "HỘI NÔNG DÂN TỈNH PHÚ THỌ",
               "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH", "CHỦ TỊCH", "Đinh Công Sứ",
               [], 4)  # fmt: skip
    head["cosigners"] = [C("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH TỈNH PHÚ THỌ", "",
                           "GIÁM ĐỐC", "Nguyễn Thị Thanh Huyền")]  # fmt: skip
    return ("f40j-tinh-phu-tho-hnd-nhcsxh.docx", doc, "a province's Farmers' "
            "Union and Social Policy Bank branch side by side; the bank signs "
            "with no 'TM.'.", head, [t for _, t in PHU_THO_TASKS])  # fmt: skip


# --- 2 (.pdf): Ủy ban MTTQ xã + UBND xã, both with TM. ---------------------

THANH_SON_TASKS = [
    ("1. Ban Thường trực Ủy ban MTTQ xã vận động Nhân dân hiến đất mở rộng đường "
     "liên thôn; thời gian: tháng 6-7/2026.",
     T("Vận động Nhân dân hiến đất mở rộng đường liên thôn",
       "Ban Thường trực Ủy ban MTTQ xã", [], "2026-07-31", start="2026-06-01")),
    ("2. Ủy ban nhân dân xã hỗ trợ xi măng làm đường giao thông nông thôn; thời "
     "gian: từ đầu Quý III/2026.",
     T("Hỗ trợ xi măng làm đường giao thông nông thôn", "Ủy ban nhân dân xã", [],
       "2026-07-31", start="2026-07-01")),
    ("3. Ban Thường trực Ủy ban MTTQ xã giám sát việc sử dụng đóng góp của Nhân "
     "dân; thời gian: cuối Quý II.",
     T("Giám sát việc sử dụng đóng góp của Nhân dân",
       "Ban Thường trực Ủy ban MTTQ xã", [], "2026-06-30")),
]  # fmt: skip


def thanh_son_pdf():
    title = ["LIÊN TỊCH", "Vận động toàn dân chung sức xây dựng nông thôn mới",
             "xã Thanh Sơn năm 2026"]  # fmt: skip
    doc = joint_doc(
        [["ỦY BAN MTTQ VIỆT NAM", "XÃ THANH SƠN"], ["ỦY BAN NHÂN DÂN", "XÃ THANH SƠN"]],
        "Số: 04/KHLT-MTTQ-UBND", "Thanh Sơn, ngày 20 tháng 4 năm 2026", title,
    )  # fmt: skip
    body(doc, [
        ("I. MỤC ĐÍCH", ["Phát huy vai trò chủ thể của Nhân dân."]),
        ("II. NỘI DUNG PHỐI HỢP", [text for text, _ in THANH_SON_TASKS]),
    ])  # fmt: skip
    signatures_row(doc, [
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Hà Thị Minh"],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Đức"],
    ])  # fmt: skip
    recipients(doc, ["- Đảng ủy xã (b/c);", "- Các thôn;", "- Lưu: VT."])
    head = hdr("04", "KHLT-MTTQ-UBND", "Thanh Sơn", "2026-04-20", " ".join(title),
               "ỦY BAN MTTQ VIỆT NAM XÃ THANH SƠN", "TM. BAN THƯỜNG TRỰC",
               "CHỦ TỊCH", "Hà Thị Minh", [], 3)  # fmt: skip
    head["cosigners"] = [C("ỦY BAN NHÂN DÂN XÃ THANH SƠN", "TM. ỦY BAN NHÂN DÂN",
                           "CHỦ TỊCH", "Lê Văn Đức")]  # fmt: skip
    return ("f40j-xa-thanh-son-mttq-ubnd.pdf", saved_as(save(doc), "pdf"), "a "
            "commune's Front committee and People's Committee side by side, both "
            "signing with 'TM.' (LibreOffice PDF).", head,
            [t for _, t in THANH_SON_TASKS])  # fmt: skip


# --- 3 (.odt): Hội LHPN huyện + Phòng Y tế, the right named first ----------

CAM_KHE_TASKS = [
    ("1. Phòng Y tế huyện tổ chức khám sức khỏe sinh sản cho phụ nữ tại các xã; "
     "thời gian: cuối năm 2026.",
     T("Tổ chức khám sức khỏe sinh sản cho phụ nữ tại các xã", "Phòng Y tế huyện",
       [], "2026-12-31")),
    ("2. Hội Liên hiệp Phụ nữ huyện tuyên truyền về dinh dưỡng cho bà mẹ và trẻ em; "
     "thời gian: thường xuyên trong năm.",
     T("Tuyên truyền về dinh dưỡng cho bà mẹ và trẻ em",
       "Hội Liên hiệp Phụ nữ huyện", [], "2026-12-31")),
]  # fmt: skip


def cam_khe_odt():
    title = ["LIÊN TỊCH", "Chăm sóc sức khỏe phụ nữ và trẻ em", "năm 2026"]
    doc = joint_doc(
        [["HỘI LIÊN HIỆP PHỤ NỮ", "HUYỆN CẨM KHÊ"], ["PHÒNG Y TẾ", "HUYỆN CẨM KHÊ"]],
        "Số: 07/KHLT-PYT-HLHPN", "Cẩm Khê, ngày 12 tháng 01 năm 2026", title,
    )  # fmt: skip
    body(doc, [
        ("I. MỤC ĐÍCH", ["Nâng cao sức khỏe phụ nữ và trẻ em trên địa bàn huyện."]),
        ("II. NHIỆM VỤ", [text for text, _ in CAM_KHE_TASKS]),
    ])  # fmt: skip
    signatures_row(doc, [
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Nguyễn Thị Hằng"],
        ["TRƯỞNG PHÒNG", "", "", "Bùi Quang Vinh"],
    ])  # fmt: skip
    recipients(doc, ["- Huyện ủy (b/c);", "- Hội LHPN các xã;", "- Lưu: VT."])
    head = hdr("07", "KHLT-PYT-HLHPN", "Cẩm Khê", "2026-01-12", " ".join(title),
               "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN CẨM KHÊ", "TM. BAN THƯỜNG VỤ",
               "CHỦ TỊCH", "Nguyễn Thị Hằng", [], 3)  # fmt: skip
    head["cosigners"] = [C("PHÒNG Y TẾ HUYỆN CẨM KHÊ", "", "TRƯỞNG PHÒNG",
                           "Bùi Quang Vinh")]  # fmt: skip
    return ("f40j-huyen-cam-khe-phu-nu-y-te.odt", saved_as(save(doc), "odt"), "a "
            "district's Women's Union and Health Office side by side, the number "
            "naming the right body first ('KHLT-PYT-HLHPN'), the office's head "
            "signing with no 'TM.' (.odt).", head,
            [t for _, t in CAM_KHE_TASKS])  # fmt: skip


# --- 4 (.docx): three bodies, signatures in two paragraphs with tabs -------

TINH_DOAN_TASKS = [
    ("1. Ban Thường vụ Tỉnh Đoàn tổ chức ra quân Tháng Thanh niên trồng cây xanh tại các xã nông "
     "thôn mới; chậm nhất ngày 31/3/2026 phải hoàn thành.",
     T("Tổ chức ra quân Tháng Thanh niên trồng cây xanh tại các xã nông thôn mới",
       "Ban Thường vụ Tỉnh Đoàn", [], "2026-03-31")),
    ("2. Sở Nông nghiệp và Môi trường hỗ trợ giống cây, hướng dẫn kỹ thuật trồng và "
     "chăm sóc; thời gian: 6 tháng đầu năm 2026.",
     T("Hỗ trợ giống cây, hướng dẫn kỹ thuật trồng và chăm sóc",
       "Sở Nông nghiệp và Môi trường", [], "2026-06-30")),
    ("3. Hội Nông dân tỉnh vận động hội viên nhận chăm sóc cây xanh ven đường; thời "
     "gian: thường xuyên trong năm.",
     T("Vận động hội viên nhận chăm sóc cây xanh ven đường", "Hội Nông dân tỉnh",
       [], "2026-12-31")),
]  # fmt: skip


def tinh_doan_docx():
    title = [
        "LIÊN TỊCH",
        "Tuổi trẻ chung tay trồng cây xanh",
        "vì nông thôn mới năm 2026",
    ]
    doc = joint_doc(
        [["BAN CHẤP HÀNH", "TỈNH ĐOÀN VĨNH PHÚC"],
         ["SỞ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG"],
         ["HỘI NÔNG DÂN", "TỈNH VĨNH PHÚC"]],
        "Số: 21/KHLT-TĐTN-SNNMT-HND", "Vĩnh Phúc, ngày 16 tháng 02 năm 2026", title,
    )  # fmt: skip
    body(doc, [
        ("I. MỤC ĐÍCH, YÊU CẦU", ["Phát huy vai trò xung kích của đoàn viên."]),
        ("II. NỘI DUNG", [text for text, _ in TINH_DOAN_TASKS]),
    ])  # fmt: skip
    signatures_row(doc, [
        ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Trần Minh Quân"],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đỗ Văn Khải"],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Phan Thị Hạnh"],
    ])  # fmt: skip
    recipients(doc, ["- Tỉnh ủy (b/c);", "- UBND tỉnh (b/c);", "- Lưu: VT."])
    head = hdr("21", "KHLT-TĐTN-SNNMT-HND", "Vĩnh Phúc", "2026-02-16", " ".join(title),
               "BAN CHẤP HÀNH TỈNH ĐOÀN VĨNH PHÚC", "TM. BAN THƯỜNG VỤ", "BÍ THƯ",
               "Trần Minh Quân", [], 3)  # fmt: skip
    head["cosigners"] = [
        C("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
          "Đỗ Văn Khải"),
        C("HỘI NÔNG DÂN TỈNH VĨNH PHÚC", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
          "Phan Thị Hạnh"),
    ]  # fmt: skip
    return ("f40j-tinh-vinh-phuc-ba-co-quan.docx", doc, "three bodies side by "
            "side (Youth Union, Department, Farmers' Union), three signatures "
            "in one row.", head, [t for _, t in TINH_DOAN_TASKS])  # fmt: skip


# --- 5 (.docx): Hội LHPN + Phòng Y tế, signatures as tabbed paragraphs ------

LAM_THAO_TASKS = [
    ("1. Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia khám sàng lọc ung "
     "thư; thời gian: 6 tháng cuối năm.",
     T("Vận động hội viên tham gia khám sàng lọc ung thư",
       "Hội Liên hiệp Phụ nữ huyện", [], "2026-12-31", start="2026-07-01")),
    ("2. Phòng Y tế huyện bố trí cán bộ y tế tại các điểm khám; thời gian: tháng "
     "6-7/2026.",
     T("Bố trí cán bộ y tế tại các điểm khám", "Phòng Y tế huyện", [],
       "2026-07-31", start="2026-06-01")),
]  # fmt: skip


def lam_thao_docx():
    title = ["LIÊN TỊCH", "Khám sàng lọc ung thư cho phụ nữ nông thôn năm 2026"]
    doc = joint_doc(
        [["HỘI LIÊN HIỆP PHỤ NỮ", "HUYỆN LÂM THAO"], ["PHÒNG Y TẾ", "HUYỆN LÂM THAO"]],
        "Số: 03/KHLT-HLHPN-PYT", "Lâm Thao, ngày 25 tháng 02 năm 2026", title,
    )  # fmt: skip
    body(doc, [
        ("I. MỤC ĐÍCH", ["Phát hiện sớm bệnh ung thư ở phụ nữ."]),
        ("II. NHIỆM VỤ", [text for text, _ in LAM_THAO_TASKS]),
    ])  # fmt: skip
    signatures_tabs(doc, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Vũ Thị Thu Trang"],
                    ["PHÒNG Y TẾ", "TRƯỞNG PHÒNG", "", "Ngô Văn Bình"])  # fmt: skip
    recipients(doc, ["- Huyện ủy (b/c);", "- Trạm Y tế các xã;", "- Lưu: VT."])
    head = hdr("03", "KHLT-HLHPN-PYT", "Lâm Thao", "2026-02-25", " ".join(title),
               "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN LÂM THAO", "TM. BAN THƯỜNG VỤ",
               "CHỦ TỊCH", "Vũ Thị Thu Trang", [], 3)  # fmt: skip
    head["cosigners"] = [C("PHÒNG Y TẾ HUYỆN LÂM THAO", "", "TRƯỞNG PHÒNG",
                           "Ngô Văn Bình")]  # fmt: skip
    return ("f40j-huyen-lam-thao-tab.docx", doc, "a district's Women's Union and "
            "Health Office; the two signatures in paragraphs split by tabs.",
            head, [t for _, t in LAM_THAO_TASKS])  # fmt: skip


# --- 6 (.txt): the Phú Thọ layout copied cell by cell -----------------------

VIET_TRI_TASKS = [
    ("1. Hội Nông dân thành phố hướng dẫn hội viên lập phương án vay vốn; chậm nhất "
     "ngày 30/6/2026 phải hoàn thành.",
     T("Hướng dẫn hội viên lập phương án vay vốn", "Hội Nông dân thành phố", [],
       "2026-06-30")),
    ("2. Phòng giao dịch Ngân hàng Chính sách xã hội giải ngân vốn cho hộ đủ điều "
     "kiện; thời gian: từ đầu Quý III/2026.",
     T("Giải ngân vốn cho hộ đủ điều kiện",
       "Phòng giao dịch Ngân hàng Chính sách xã hội", [], "2026-07-31",
       start="2026-07-01")),
    ("3. Hai bên tổ chức sơ kết việc phối hợp; thời gian: cuối năm 2026.",
     T("Hai bên tổ chức sơ kết việc phối hợp", "", [], "2026-12-31")),
]  # fmt: skip


def viet_tri_txt():
    title = ["LIÊN TỊCH", "Phối hợp cho vay vốn phát triển sản xuất", "năm 2026"]
    lines = [*MOTTO, "HỘI NÔNG DÂN", "THÀNH PHỐ VIỆT TRÌ",
             "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "PHÒNG GIAO DỊCH THÀNH PHỐ VIỆT TRÌ",
             "Số: 09/KHLT-HND-NHCSXH", "Việt Trì, ngày 10 tháng 3 năm 2026", "",
             "KẾ HOẠCH", *title, "", "I. MỤC ĐÍCH",
             "Tạo điều kiện cho hội viên tiếp cận vốn vay ưu đãi.", "",
             "II. NHIỆM VỤ", *[text for text, _ in VIET_TRI_TASKS], "",
             "TM. BAN THƯỜNG VỤ", "HỘI NÔNG DÂN THÀNH PHỐ", "CHỦ TỊCH", "",
             "Lê Thị Hồng", "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
             "PHÒNG GIAO DỊCH THÀNH PHỐ VIỆT TRÌ", "GIÁM ĐỐC", "", "Phạm Văn Tiến",
             "", "Nơi nhận:", "- Hội Nông dân tỉnh (b/c);",
             "- NHCSXH chi nhánh tỉnh (b/c);", "- Lưu: VT.", ""]  # fmt: skip
    head = hdr("09", "KHLT-HND-NHCSXH", "Việt Trì", "2026-03-10", " ".join(title),
               "HỘI NÔNG DÂN THÀNH PHỐ VIỆT TRÌ",
               "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN THÀNH PHỐ", "CHỦ TỊCH", "Lê Thị Hồng",
               [], 3)  # fmt: skip
    head["cosigners"] = [C("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI PHÒNG GIAO DỊCH THÀNH PHỐ "
                           "VIỆT TRÌ", "", "GIÁM ĐỐC", "Phạm Văn Tiến")]  # fmt: skip
    return ("f40j-tp-viet-tri-o-tung-o.txt", "\n".join(lines), "the Phú Thọ layout "
            "(a city's Farmers' Union and bank office) copied into plain text "
            "cell by cell.", head, [t for _, t in VIET_TRI_TASKS])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (phu_tho_docx, thanh_son_pdf, cam_khe_odt, tinh_doan_docx,
                 lam_thao_docx, viet_tri_txt):  # fmt: skip
        name, data, what, head, tasks = make()
        if not isinstance(data, (str, bytes)):
            data = save(data)
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
