"""Writes set f40t's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40t.py

Set f40t: titles and partners inside dash items, written here before the
importer was changed for them:

F1. Under a body's heading ("1. Phòng Tài nguyên và Môi trường:"), one item
    holding two works joined by ";" and a partner clause before its time:
    "- Chỉ đạo các xã thu gom, xử lý chất thải rắn sinh hoạt; xây dựng mô
    hình phân loại rác tại nguồn, phối hợp với Hội Liên hiệp Phụ nữ huyện
    thực hiện; hoàn thành trước ngày 30/11/2024." is ONE task named by both
    works, the heading's body its lead, the clause's bodies its partners.
    Variants: ", phối hợp với X, Y thực hiện;", "(phối hợp: X)", "; phối
    hợp X;", "; thời gian: …"; items as "-", "+", "a)", "•".
F2. A Steering Committee member's "+" items where the member directs a
    body under his own: "- Đồng chí Phạm Văn Tâm, Chủ tịch Ủy ban MTTQ Việt
    Nam huyện:" over "+ Chỉ đạo Ban Công tác Mặt trận các thôn, khu phố
    thực hiện Cuộc vận động "…"; thời gian: năm 2025." is "Thực hiện Cuộc
    vận động "…"", led by the member's own body, the directed body its
    partner, the member its official. Variants "+ Chỉ đạo X triển khai Y",
    "+ Chỉ đạo, hướng dẫn X thực hiện Y".

In a district's Word plan, a district's plain text, a Word 97 .doc, a
district Steering Committee's .odt, a commune Steering Committee's Word
plan and a commune's plain text holding both families.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import a4, closing_beside, closing_under, opening, para, save  # noqa: E402

OUT = HERE / "f40t"

COMMENT = """Set f40t (titles and partners inside dash items), written before
the importer was changed for it: {what}
Assumptions: an item under a body's heading is that body's task, named by
all the works it joins with ";" (a "Chỉ đạo …" it opens on kept), its
partners those of the clause before its time (", phối hợp với X, Y thực
hiện", "(phối hợp: X)", "; phối hợp X"); under a Steering Committee
member whose post heads a body ("Chủ tịch Ủy ban MTTQ Việt Nam huyện"), an
item "Chỉ đạo X <verb> Y" is "<Verb> Y", led by the member's body, X its
partner, the member its official; "năm 2025" ends on 31/12/2025, a
quarter on its last day, a month on its last day."""


# --- F1 (.docx): a district's environment plan, "-" items ------------------

XUAN_TRUONG = [
    ("1. Phòng Tài nguyên và Môi trường:", [
        ("- Chỉ đạo các xã thu gom, xử lý chất thải rắn sinh hoạt; xây dựng mô hình "
         "phân loại rác tại nguồn, phối hợp với Hội Liên hiệp Phụ nữ huyện thực hiện; "
         "hoàn thành trước ngày 30/11/2024.",
         T("Chỉ đạo các xã thu gom, xử lý chất thải rắn sinh hoạt; xây dựng mô hình "
           "phân loại rác tại nguồn", "Phòng Tài nguyên và Môi trường",
           ["Hội Liên hiệp Phụ nữ huyện"], "2024-11-30")),
        ("- Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các cơ sở chăn "
         "nuôi; xử lý nghiêm các trường hợp vi phạm, phối hợp với Công an huyện, Ủy "
         "ban nhân dân các xã thực hiện; thời gian: Quý III/2024.",
         T("Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các cơ sở chăn "
           "nuôi; xử lý nghiêm các trường hợp vi phạm", "Phòng Tài nguyên và Môi trường",
           ["Công an huyện", "Ủy ban nhân dân các xã"], "2024-09-30")),
    ]),
    ("2. Phòng Nông nghiệp và Phát triển nông thôn:", [
        ("- Hướng dẫn các hợp tác xã thu gom bao gói thuốc bảo vệ thực vật sau sử dụng; "
         "bố trí bể chứa tại các cánh đồng (phối hợp: Trạm Trồng trọt và Bảo vệ thực "
         "vật huyện); hoàn thành trong tháng 10/2024.",
         T("Hướng dẫn các hợp tác xã thu gom bao gói thuốc bảo vệ thực vật sau sử dụng; "
           "bố trí bể chứa tại các cánh đồng", "Phòng Nông nghiệp và Phát triển nông thôn",
           ["Trạm Trồng trọt và Bảo vệ thực vật huyện"], "2024-10-31")),
    ]),
    ("3. Phòng Văn hóa và Thông tin:", [
        ("- Xây dựng chuyên mục bảo vệ môi trường trên Đài Truyền thanh huyện; tuyên "
         "truyền đến từng thôn, xóm; phối hợp Huyện đoàn; thời gian: tháng 8/2024.",
         T("Xây dựng chuyên mục bảo vệ môi trường trên Đài Truyền thanh huyện; tuyên "
           "truyền đến từng thôn, xóm", "Phòng Văn hóa và Thông tin", ["Huyện đoàn"],
           "2024-08-31")),
    ]),
]  # fmt: skip


def xuan_truong_docx():
    title = "Bảo vệ môi trường nông thôn trên địa bàn huyện Xuân Trường năm 2024"
    doc = opening(["ỦY BAN NHÂN DÂN", "HUYỆN XUÂN TRƯỜNG", "Số: 145/KH-UBND"],
                  "Xuân Trường, ngày 15 tháng 5 năm 2024", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Nâng cao nhận thức của Nhân dân về bảo vệ môi trường nông thôn.",
         indent=1.0)  # fmt: skip
    para(doc, "II. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ", bold=True)
    for heading, items in XUAN_TRUONG:
        para(doc, heading, bold=True, indent=1.0)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "III. CHẾ ĐỘ BÁO CÁO", bold=True)
    para(doc, "Các cơ quan, đơn vị báo cáo kết quả về Phòng Tài nguyên và Môi trường "
         "trước ngày 10/12/2024.", indent=1.0)  # fmt: skip
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- TT Huyện ủy (b/c);", "- Như mục II;",
                         "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "",
                    "Trần Văn Lực"])  # fmt: skip
    head = hdr("145", "KH-UBND", "Xuân Trường", "2024-05-15", title,
               "ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH", "Trần Văn Lực", [], 4)  # fmt: skip
    return ("f40t-huyen-xuan-truong-moi-truong.docx", save(doc), "a district's Word "
            "plan whose bodies' '-' items join two works with ';' and end on a "
            "partner clause (', phối hợp với X thực hiện;', '(phối hợp: X)', '; "
            "phối hợp X;') before their time.", head,
            [t for _, items in XUAN_TRUONG for _, t in items])  # fmt: skip


# --- F1 (.txt): a district's plain text, "a)" items ------------------------

GIAO_THUY = [
    ("1. Phòng Lao động - Thương binh và Xã hội", [
        ("a) Rà soát hộ nghèo, hộ cận nghèo trên địa bàn; đề xuất chính sách hỗ trợ "
         "sinh kế cho từng nhóm hộ, phối hợp với Hội Nông dân huyện, Hội Liên hiệp Phụ "
         "nữ huyện thực hiện; hoàn thành trước ngày 31/10/2024.",
         T("Rà soát hộ nghèo, hộ cận nghèo trên địa bàn; đề xuất chính sách hỗ trợ "
           "sinh kế cho từng nhóm hộ", "Phòng Lao động - Thương binh và Xã hội",
           ["Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện"], "2024-10-31")),
        ("b) Tổ chức đào tạo nghề cho lao động nông thôn; giới thiệu việc làm sau đào "
         "tạo; phối hợp Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện; "
         "thời gian: Quý IV/2024.",
         T("Tổ chức đào tạo nghề cho lao động nông thôn; giới thiệu việc làm sau đào "
           "tạo", "Phòng Lao động - Thương binh và Xã hội",
           ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"],
           "2024-12-31")),
    ]),
    ("2. Phòng Kinh tế và Hạ tầng", [
        ("a) Chỉ đạo các xã duy tu, bảo dưỡng đường giao thông nông thôn; lắp đặt "
         "đèn chiếu sáng tại các trục đường chính, phối hợp với Điện lực Giao Thủy thực "
         "hiện; hoàn thành trước ngày 15/12/2024.",
         T("Chỉ đạo các xã duy tu, bảo dưỡng đường giao thông nông thôn; lắp đặt đèn "
           "chiếu sáng tại các trục đường chính", "Phòng Kinh tế và Hạ tầng",
           ["Điện lực Giao Thủy"], "2024-12-15")),
        ("b) Thẩm định thiết kế các công trình hạ tầng; hướng dẫn quyết toán công "
         "trình hoàn thành (phối hợp: Phòng Tài chính - Kế hoạch); thời gian: năm 2024.",
         T("Thẩm định thiết kế các công trình hạ tầng; hướng dẫn quyết toán công trình "
           "hoàn thành", "Phòng Kinh tế và Hạ tầng", ["Phòng Tài chính - Kế hoạch"],
           "2024-12-31")),
    ]),
]  # fmt: skip


def giao_thuy_txt():
    title = "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024"
    lines = ["ỦY BAN NHÂN DÂN", "HUYỆN GIAO THỦY", "Số: 88/KH-UBND", "",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Giao Thủy, ngày 02 tháng 4 năm 2024", "", "KẾ HOẠCH", title, "",
             "I. MỤC TIÊU", "Giữ vững chuẩn huyện nông thôn mới.", "",
             "II. TỔ CHỨC THỰC HIỆN"]  # fmt: skip
    for heading, items in GIAO_THUY:
        lines.append(heading)
        lines += [text for text, _ in items]
    lines += ["", "Nơi nhận:", "- UBND tỉnh;", "- Các phòng, ban;", "- Lưu: VT.", "",
              "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Vũ Đức Thọ", ""]  # fmt: skip
    head = hdr("88", "KH-UBND", "Giao Thủy", "2024-04-02", title,
               "ỦY BAN NHÂN DÂN HUYỆN GIAO THỦY", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Vũ Đức Thọ", [], 3)  # fmt: skip
    return ("f40t-huyen-giao-thuy-nhiem-vu.txt", "\n".join(lines), "a district's "
            "plain text whose bodies' headings carry 'a)' items of two works "
            "joined by ';' with their partners before the time.", head,
            [t for _, items in GIAO_THUY for _, t in items])  # fmt: skip


# --- F1 (.doc): a Word 97 plan, "•" items ----------------------------------

HAI_HAU = [
    ("1. Trung tâm Văn hóa - Thể thao và Truyền thông huyện", [
        ("• Tổ chức tuyên truyền về xây dựng nông thôn mới kiểu mẫu; biên tập tin, bài "
         "phát trên hệ thống loa truyền thanh các xã, phối hợp với Ban Tuyên giáo Huyện "
         "ủy thực hiện; thời gian: Quý II/2025.",
         T("Tổ chức tuyên truyền về xây dựng nông thôn mới kiểu mẫu; biên tập tin, bài "
           "phát trên hệ thống loa truyền thanh các xã",
           "Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
           ["Ban Tuyên giáo Huyện ủy"], "2025-06-30")),
    ]),
    ("2. Phòng Y tế", [
        ("• Chỉ đạo Trạm Y tế các xã khám sàng lọc bệnh không lây nhiễm cho người cao "
         "tuổi; lập hồ sơ quản lý sức khỏe toàn dân, phối hợp với Hội Người cao tuổi "
         "huyện thực hiện; hoàn thành trước ngày 30/9/2025.",
         T("Chỉ đạo Trạm Y tế các xã khám sàng lọc bệnh không lây nhiễm cho người cao "
           "tuổi; lập hồ sơ quản lý sức khỏe toàn dân", "Phòng Y tế",
           ["Hội Người cao tuổi huyện"], "2025-09-30")),
        ("• Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể; xử lý cơ sở vi phạm; "
         "phối hợp Đội Quản lý thị trường số 3; thời gian: tháng 7/2025.",
         T("Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể; xử lý cơ sở vi phạm",
           "Phòng Y tế", ["Đội Quản lý thị trường số 3"], "2025-07-31")),
    ]),
]  # fmt: skip


def hai_hau_doc():
    title = "Xây dựng nông thôn mới kiểu mẫu huyện Hải Hậu năm 2025"
    doc = opening(["ỦY BAN NHÂN DÂN", "HUYỆN HẢI HẬU", "Số: 61/KH-UBND"],
                  "Hải Hậu, ngày 18 tháng 3 năm 2025", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Hoàn thành các tiêu chí huyện nông thôn mới kiểu mẫu.", indent=1.0)
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ", bold=True)
    for heading, items in HAI_HAU:
        para(doc, heading, bold=True, indent=1.0)
        for text, _ in items:
            para(doc, text, indent=1.5)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Văn phòng Điều phối nông thôn mới huyện theo dõi, tổng hợp kết quả.",
         indent=1.0)  # fmt: skip
    closing_under(doc, ["- UBND tỉnh (b/c);", "- Như mục II;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phạm Quang Huy"])  # fmt: skip
    head = hdr("61", "KH-UBND", "Hải Hậu", "2025-03-18", title,
               "ỦY BAN NHÂN DÂN HUYỆN HẢI HẬU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Phạm Quang Huy", [], 3)  # fmt: skip
    return ("f40t-huyen-hai-hau-kieu-mau.doc", saved_as(save(doc), "doc"), "a Word "
            "97 .doc whose bodies' headings carry '•' items of two works joined by "
            "';' and a partner clause before the time.", head,
            [t for _, items in HAI_HAU for _, t in items])  # fmt: skip


# --- F2 (.odt): a district Steering Committee's members --------------------

NAM_TRUC = [
    ("- Đồng chí Phạm Văn Tâm, Chủ tịch Ủy ban MTTQ Việt Nam huyện:",
     "Phạm Văn Tâm", "Ủy ban MTTQ Việt Nam huyện", [
        ("+ Chỉ đạo Ban Công tác Mặt trận các thôn, khu phố thực hiện Cuộc vận động "
         "\"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"; thời gian: năm "
         "2025.",
         "Thực hiện Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
         "văn minh\"", ["Ban Công tác Mặt trận các thôn, khu phố"], "2025-12-31"),
        ("+ Tổ chức giám sát việc huy động đóng góp của Nhân dân; thời gian: Quý "
         "III/2025.",
         "Tổ chức giám sát việc huy động đóng góp của Nhân dân", [], "2025-09-30"),
    ]),
    ("- Đồng chí Trần Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ huyện:",
     "Trần Thị Mai", "Hội Liên hiệp Phụ nữ huyện", [
        ("+ Chỉ đạo Hội Liên hiệp Phụ nữ các xã triển khai cuộc vận động \"5 không, 3 "
         "sạch\"; hoàn thành trước ngày 30/10/2025.",
         "Triển khai cuộc vận động \"5 không, 3 sạch\"",
         ["Hội Liên hiệp Phụ nữ các xã"], "2025-10-30"),
    ]),
    ("- Đồng chí Đỗ Minh Khoa, Bí thư Huyện đoàn:",
     "Đỗ Minh Khoa", "Huyện đoàn", [
        ("+ Chỉ đạo, hướng dẫn các cơ sở Đoàn thực hiện công trình thanh niên \"Thắp "
         "sáng đường quê\"; thời gian: tháng 9/2025.",
         "Thực hiện công trình thanh niên \"Thắp sáng đường quê\"",
         ["các cơ sở Đoàn"], "2025-09-30"),
    ]),
]  # fmt: skip


def _member_tasks(members):
    return [
        T(title, lead, partners, day, official=name)
        for _, name, lead, items in members
        for _, title, partners, day in items
    ]


def nam_truc_odt():
    title = "Phân công nhiệm vụ thành viên Ban Chỉ đạo xây dựng nông thôn mới huyện năm 2025"
    doc = opening(["HUYỆN ỦY NAM TRỰC", "BAN CHỈ ĐẠO XÂY DỰNG", "NÔNG THÔN MỚI",
                   "Số: 09/KH-BCĐ"], "Nam Trực, ngày 14 tháng 02 năm 2025", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Đề cao trách nhiệm của từng thành viên Ban Chỉ đạo.", indent=1.0)
    para(doc, "II. NHIỆM VỤ CỦA CÁC THÀNH VIÊN", bold=True)
    for member, _, _, items in NAM_TRUC:
        para(doc, member, indent=1.0)
        for text, *_ in items:
            para(doc, text, indent=1.5)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thành viên báo cáo kết quả về Ban Chỉ đạo trước ngày 15/12/2025.",
         indent=1.0)  # fmt: skip
    closing_beside(doc, ["- Thường trực Huyện ủy (b/c);", "- Thành viên BCĐ;",
                         "- Lưu: VT."],
                   ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Nguyễn Hữu Bình"])  # fmt: skip
    head = hdr("09", "KH-BCĐ", "Nam Trực", "2025-02-14", title,
               "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN",
               "Nguyễn Hữu Bình", [], 3)  # fmt: skip
    return ("f40t-bcd-huyen-nam-truc-thanh-vien.odt", saved_as(save(doc), "odt"),
            "a district Steering Committee's .odt whose members ('- Đồng chí A, "
            "Chủ tịch <body>:') direct a body under their own in '+' items ('Chỉ "
            "đạo X thực hiện …', 'Chỉ đạo X triển khai …', 'Chỉ đạo, hướng dẫn X "
            "thực hiện …').", head, _member_tasks(NAM_TRUC))  # fmt: skip


# --- F2 (.docx): a commune Steering Committee's numbered members ------------

Y_YEN = [
    ("1. Đồng chí Lương Văn Hải - Chủ tịch Hội Nông dân xã, thành viên:",
     "Lương Văn Hải", "Hội Nông dân xã", [
        ("+ Chỉ đạo các chi hội nông dân triển khai phong trào \"Nông dân thi đua sản "
         "xuất, kinh doanh giỏi\"; thời gian: năm 2026.",
         "Triển khai phong trào \"Nông dân thi đua sản xuất, kinh doanh giỏi\"",
         ["các chi hội nông dân"], "2026-12-31"),
        ("+ Phối hợp Ngân hàng Chính sách xã hội huyện giải ngân vốn vay ủy thác cho "
         "hội viên, trong tháng 6/2026.",
         "Giải ngân vốn vay ủy thác cho hội viên",
         ["Ngân hàng Chính sách xã hội huyện"], "2026-06-30"),
    ]),
    ("2. Đồng chí Vũ Thị Lan - Chủ tịch Hội Cựu chiến binh xã, thành viên:",
     "Vũ Thị Lan", "Hội Cựu chiến binh xã", [
        ("+ Chỉ đạo, hướng dẫn các chi hội cựu chiến binh thực hiện mô hình \"Cựu chiến "
         "binh tự quản đường làng\"; hoàn thành trước ngày 31/8/2026.",
         "Thực hiện mô hình \"Cựu chiến binh tự quản đường làng\"",
         ["các chi hội cựu chiến binh"], "2026-08-31"),
    ]),
    ("3. Đồng chí Hoàng Đức Anh - Bí thư Đoàn xã, thành viên:",
     "Hoàng Đức Anh", "Đoàn xã", [
        ("+ Chỉ đạo các chi đoàn thôn triển khai ra quân vệ sinh môi trường vào Chủ "
         "nhật cuối tháng; thời gian: Quý II/2026.",
         "Triển khai ra quân vệ sinh môi trường vào Chủ nhật cuối tháng",
         ["các chi đoàn thôn"], "2026-06-30"),
    ]),
]  # fmt: skip


def y_yen_docx():
    title = "Hoạt động của Ban Chỉ đạo xây dựng nông thôn mới xã Yên Thắng năm 2026"
    doc = opening(["ĐẢNG ỦY XÃ YÊN THẮNG", "BAN CHỈ ĐẠO XÂY DỰNG", "NÔNG THÔN MỚI",
                   "Số: 03/KH-BCĐ"], "Yên Thắng, ngày 06 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Huy động cả hệ thống chính trị tham gia xây dựng nông thôn mới.",
         indent=1.0)  # fmt: skip
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO", bold=True)
    for member, _, _, items in Y_YEN:
        para(doc, member, indent=1.0)
        for text, *_ in items:
            para(doc, text, indent=1.5)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các thành viên báo cáo kết quả về Ban Chỉ đạo mỗi quý.", indent=1.0)
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Thành viên BCĐ;", "- Lưu: VT."],
                   ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Đinh Văn Quý"])  # fmt: skip
    head = hdr("03", "KH-BCĐ", "Yên Thắng", "2026-01-06", title,
               "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN",
               "Đinh Văn Quý", [], 3)  # fmt: skip
    return ("f40t-bcd-xa-yen-thang-thanh-vien.docx", save(doc), "a commune Steering "
            "Committee's Word plan whose numbered members ('1. Đồng chí A - Chủ tịch "
            "<body>, thành viên:') direct their branches in '+' items.", head,
            _member_tasks(Y_YEN))  # fmt: skip


# --- F1 and F2 (.txt): a commune's plain text with both --------------------

TRUC_NINH_BODIES = [
    ("1. Công chức Địa chính - Xây dựng xã:", [
        ("- Chỉ đạo các thôn khơi thông cống rãnh, nạo vét kênh mương nội đồng; trồng "
         "hoa dọc các tuyến đường liên thôn, phối hợp với Đoàn Thanh niên xã thực hiện; "
         "hoàn thành trước ngày 30/4/2025.",
         T("Chỉ đạo các thôn khơi thông cống rãnh, nạo vét kênh mương nội đồng; trồng "
           "hoa dọc các tuyến đường liên thôn", "Công chức Địa chính - Xây dựng xã",
           ["Đoàn Thanh niên xã"], "2025-04-30")),
    ]),
]  # fmt: skip

TRUC_NINH_MEMBERS = [
    ("- Đồng chí Nguyễn Văn Sáu, Chủ tịch Ủy ban MTTQ Việt Nam xã:",
     "Nguyễn Văn Sáu", "Ủy ban MTTQ Việt Nam xã", [
        ("+ Chỉ đạo Ban Công tác Mặt trận các thôn triển khai Cuộc vận động \"Toàn dân "
         "đoàn kết xây dựng nông thôn mới, đô thị văn minh\"; thời gian: năm 2025.",
         "Triển khai Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
         "văn minh\"", ["Ban Công tác Mặt trận các thôn"], "2025-12-31"),
    ]),
]  # fmt: skip


def truc_ninh_txt():
    title = "Xây dựng xã Trực Hùng đạt chuẩn nông thôn mới nâng cao năm 2025"
    lines = ["ỦY BAN NHÂN DÂN", "XÃ TRỰC HÙNG", "Số: 17/KH-UBND", "",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Trực Hùng, ngày 20 tháng 01 năm 2025", "", "KẾ HOẠCH", title, "",
             "I. MỤC TIÊU", "Hoàn thành 19 tiêu chí nông thôn mới nâng cao.", "",
             "II. NHIỆM VỤ CỦA CÁC BỘ PHẬN"]  # fmt: skip
    for heading, items in TRUC_NINH_BODIES:
        lines.append(heading)
        lines += [text for text, _ in items]
    lines += ["", "III. NHIỆM VỤ CỦA THÀNH VIÊN BAN CHỈ ĐẠO"]
    for member, _, _, items in TRUC_NINH_MEMBERS:
        lines.append(member)
        lines += [text for text, *_ in items]
    lines += ["", "Nơi nhận:", "- Đảng ủy xã;", "- Các ban, ngành;", "- Lưu: VT.", "",
              "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đặng Văn Hòa", ""]  # fmt: skip
    head = hdr("17", "KH-UBND", "Trực Hùng", "2025-01-20", title,
               "ỦY BAN NHÂN DÂN XÃ TRỰC HÙNG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Đặng Văn Hòa", [], 3)  # fmt: skip
    tasks = [t for _, items in TRUC_NINH_BODIES for _, t in items]
    return ("f40t-xa-truc-hung-hai-phan.txt", "\n".join(lines), "a commune's plain "
            "text with a body's '-' item that opens on 'Chỉ đạo các thôn …' (kept) "
            "and a Front member's '+' item that directs the Front's village "
            "boards.", head, tasks + _member_tasks(TRUC_NINH_MEMBERS))  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (xuan_truong_docx, giao_thuy_txt, hai_hau_doc, nam_truc_odt,
                 y_yen_docx, truc_ninh_txt):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
