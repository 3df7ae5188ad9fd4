"""Writes set f40a's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40a.py

Set f40a: where tasks and bases hide, written here before the importer was
changed for it: a prose appendix after the signature ("PHỤ LỤC / NHIỆM VỤ
CỤ THỂ NĂM 2026 / (Kèm theo Kế hoạch số …)") of numbered items with
"- Đơn vị chủ trì / - Phối hợp / - Thời gian" lines, of numbered sentences
("1. Phòng Kinh tế chủ trì …"), or of "-" items under bold body headings;
a short plan whose one task is a single paragraph after its bases; bases
that cite no number nor date, or their number after a qualified name
("Chương trình công tác năm 2026 số 03/CTr-HND"); road maps by year ("Năm
2026: …; Năm 2027: …", a table ticked by year) in a plan dated 2026.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.enum.text import WD_BREAK  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, body, hdr, head, new_doc, title_block  # noqa: E402
from word_writer import a4, closing_under, fill, fixed_widths, para, save  # noqa: E402

OUT = HERE / "f40a"

COMMENT = """Set f40a (a prose appendix of tasks after the signature, a single
task paragraph after the bases, bases without a number, road maps by year),
written before the importer was changed for it: {what}
Assumptions: an appendix after "Nơi nhận" and the signature ("PHỤ LỤC",
its caption, "(Kèm theo Kế hoạch số …)") holds the plan's tasks, read as
the body's are; a basis cited with neither number, date nor "của" its
issuer ("Nghị quyết Đại hội Đảng bộ xã lần thứ XXV, nhiệm kỳ 2025 - 2030")
is no basis to list (round 29's convention), its line the opening's; a
number after a qualified name ("Chương trình công tác năm 2026 số …") is
the document's; in a road map by year, a task whose first year is the
plan's own has no start (all of it lies in the plan's span), one whose
first year is later starts on 1/1 of that year, and ends on 31/12 of its
last year; a quarter's or a month's last day is the deadline, a range's
first day its start."""


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --- 1 .docx: numbered appendix items with labelled lines ---------------------

TAN_THANH = [
    ("Nâng cấp, mở rộng tuyến đường trục xã từ thôn Đông đến thôn Bắc (1,8 km)",
     "Phòng Kinh tế", "Ban quản lý dự án đầu tư xây dựng xã, Ban phát triển thôn Đông",
     "Quý III/2026",
     T("Nâng cấp, mở rộng tuyến đường trục xã từ thôn Đông đến thôn Bắc (1,8 km)",
       "Phòng Kinh tế", ["Ban quản lý dự án đầu tư xây dựng xã",
                         "Ban phát triển thôn Đông"], "2026-09-30")),
    ("Xây dựng mô hình thôn thông minh tại thôn Trung", "Văn phòng HĐND và UBND xã",
     "Bưu điện xã", "từ tháng 6/2026 đến tháng 10/2026",
     T("Xây dựng mô hình thôn thông minh tại thôn Trung", "Văn phòng HĐND và UBND xã",
       ["Bưu điện xã"], "2026-10-31", "2026-06-01")),
    ("Tổ chức 02 lớp đào tạo nghề trồng nấm cho lao động nông thôn",
     "Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã",
     "hoàn thành trước 30/9/2026",
     T("Tổ chức 02 lớp đào tạo nghề trồng nấm cho lao động nông thôn",
       "Phòng Văn hóa - Xã hội", ["Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"],
       "2026-09-30")),
    ("Rà soát, đề nghị công nhận lại 03 thôn đạt chuẩn nông thôn mới kiểu mẫu",
     "Phòng Kinh tế", "", "Quý IV/2026",
     T("Rà soát, đề nghị công nhận lại 03 thôn đạt chuẩn nông thôn mới kiểu mẫu",
       "Phòng Kinh tế", [], "2026-12-31")),
]  # fmt: skip


def tan_thanh_docx():
    title = "Xây dựng xã nông thôn mới nâng cao năm 2026"
    doc = new_doc()
    a4(doc)
    head(doc, ["ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH", "Số: 45/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Tân Thành, ngày 15 tháng 01 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND xã Tân Thành "
         "về nhiệm vụ phát triển kinh tế - xã hội năm 2026;", italic=True)  # fmt: skip
    body(doc, "Thực hiện Kế hoạch số 210/KH-UBND ngày 05/01/2026 của UBND tỉnh về xây "
         "dựng nông thôn mới năm 2026, UBND xã Tân Thành ban hành Kế hoạch như sau:",
         italic=True)  # fmt: skip
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(doc, "Giữ vững và nâng cao chất lượng 19 tiêu chí xã nông thôn mới nâng cao; "
         "thu nhập bình quân đầu người đạt 72 triệu đồng.")  # fmt: skip
    body(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    body(doc, "Các nhiệm vụ cụ thể năm 2026 có Phụ lục kèm theo Kế hoạch này.")
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục chủ động triển "
         "khai; định kỳ hằng quý báo cáo kết quả về UBND xã (qua Phòng Kinh tế) để "
         "tổng hợp.")  # fmt: skip
    closing_under(doc, ["- UBND tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;",
                        "- Các cơ quan, đơn vị;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trịnh Văn Khải"])  # fmt: skip
    page_break(doc)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ CỤ THỂ NĂM 2026", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND xã Tân Thành)",
         italic=True, center=True)  # fmt: skip
    for n, (work, lead, partners, time, _) in enumerate(TAN_THANH, 1):
        body(doc, f"{n}. {work}", bold=True)
        body(doc, f"- Đơn vị chủ trì: {lead}")
        if partners:
            body(doc, f"- Phối hợp: {partners}")
        body(doc, f"- Thời gian: {time[:1].upper() + time[1:]}")
    header = hdr("45", "KH-UBND", "Tân Thành", "2026-01-15", title,
                 "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Trịnh Văn Khải", ["12/NQ-HĐND", "210/KH-UBND"], 4)  # fmt: skip
    return ("f40a-xa-tan-thanh-phu-luc-muc.docx", save(doc), "a commune's Word plan "
            "whose tasks are only in a prose appendix after the signature: 'PHỤ LỤC', "
            "'NHIỆM VỤ CỤ THỂ NĂM 2026', '(Kèm theo Kế hoạch số 45/KH-UBND …)', then "
            "numbered items in bold with '- Đơn vị chủ trì: …', '- Phối hợp: …', "
            "'- Thời gian: …'.", header, [row[-1] for row in TAN_THANH])  # fmt: skip


# --- 2 .txt: an appendix of numbered sentences; a number after the name ------

PHU_LOC = """ỦY BAN NHÂN DÂN
XÃ PHÚ LỘC
Số: 38/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lộc, ngày 22 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) xã Phú Lộc năm 2026

Thực hiện Chương trình công tác năm 2026 số 05/CTr-UBND ngày 08/01/2026 của UBND xã Phú Lộc;
Căn cứ Kế hoạch số 17/KH-UBND ngày 12/01/2026 của UBND tỉnh về thực hiện Chương trình OCOP năm 2026;
UBND xã Phú Lộc ban hành Kế hoạch thực hiện Chương trình OCOP năm 2026 như sau:

I. MỤC ĐÍCH, YÊU CẦU
Có thêm 02 sản phẩm đạt chuẩn OCOP 3 sao; 100% chủ thể OCOP duy trì chất lượng sản phẩm.

II. NỘI DUNG THỰC HIỆN
Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo.

III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị được phân công chủ động triển khai và báo cáo kết quả về UBND xã trước ngày 10/12/2026.

Nơi nhận:
- Sở Nông nghiệp và Môi trường (b/c);
- TT Đảng ủy, HĐND xã;
- Như Phụ lục;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đặng Thị Hồng Nhung


PHỤ LỤC
NHIỆM VỤ CỤ THỂ NĂM 2026
(Kèm theo Kế hoạch số 38/KH-UBND ngày 22/01/2026 của UBND xã Phú Lộc)

1. Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Nông nghiệp Phú Lộc hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm mật ong rừng Phú Lộc, hoàn thành trong Quý II/2026.
2. Trung tâm Dịch vụ tổng hợp xã chủ trì hướng dẫn 05 chủ thể OCOP đăng ký mã số vùng trồng, truy xuất nguồn gốc sản phẩm; thời gian thực hiện từ tháng 3/2026 đến tháng 8/2026.
3. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã quảng bá sản phẩm OCOP trên mạng xã hội và sàn thương mại điện tử, thực hiện trong năm 2026.
4. Hội Liên hiệp Phụ nữ xã chủ trì xây dựng 01 điểm giới thiệu, bán sản phẩm OCOP tại chợ Phú Lộc, hoàn thành trước ngày 30/10/2026.
"""


def phu_loc_txt():
    title = "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) xã Phú Lộc năm 2026"
    header = hdr("38", "KH-UBND", "Phú Lộc", "2026-01-22", title,
                 "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Đặng Thị Hồng Nhung", ["05/CTr-UBND", "17/KH-UBND"], 4)  # fmt: skip
    tasks = [
        T("Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm mật ong rừng Phú Lộc",
          "Phòng Kinh tế", ["Hợp tác xã Nông nghiệp Phú Lộc"], "2026-06-30"),
        T("Hướng dẫn 05 chủ thể OCOP đăng ký mã số vùng trồng, truy xuất nguồn gốc "
          "sản phẩm", "Trung tâm Dịch vụ tổng hợp xã", [], "2026-08-31", "2026-03-01"),
        T("Quảng bá sản phẩm OCOP trên mạng xã hội và sàn thương mại điện tử",
          "Phòng Văn hóa - Xã hội", ["Đoàn Thanh niên xã"], "2026-12-31"),
        T("Xây dựng 01 điểm giới thiệu, bán sản phẩm OCOP tại chợ Phú Lộc",
          "Hội Liên hiệp Phụ nữ xã", [], "2026-10-30"),
    ]  # fmt: skip
    return ("f40a-xa-phu-loc-phu-luc-cau.txt", PHU_LOC, "a commune's plain-text plan "
            "whose tasks are only in an appendix after the signature, as numbered "
            "sentences ('1. Phòng Kinh tế chủ trì, phối hợp với … hoàn thành trong Quý "
            "II/2026.'); its first basis gives its number after a qualified name "
            "('Thực hiện Chương trình công tác năm 2026 số 05/CTr-UBND …').", header,
            tasks)  # fmt: skip


# --- 3 .odt: an appendix of "-" items under bold body headings ---------------

AN_HIEP = [
    ("1. Phòng Kinh tế", [
        ("Tham mưu xây dựng 02 mô hình phân loại rác thải hữu cơ tại hộ gia đình ở ấp "
         "An Thới, ấp An Lạc; hoàn thành trong Quý II/2026.",
         T("Tham mưu xây dựng 02 mô hình phân loại rác thải hữu cơ tại hộ gia đình ở ấp "
           "An Thới, ấp An Lạc", "Phòng Kinh tế", [], "2026-06-30")),
        ("Chủ trì, phối hợp với Công an xã kiểm tra việc xử lý chất thải tại 30 cơ sở "
         "chăn nuôi, thực hiện từ tháng 5/2026 đến tháng 7/2026.",
         T("Kiểm tra việc xử lý chất thải tại 30 cơ sở chăn nuôi", "Phòng Kinh tế",
           ["Công an xã"], "2026-07-31", "2026-05-01")),
    ]),
    ("2. Phòng Văn hóa - Xã hội", [
        ("Tổ chức kiểm tra an toàn thực phẩm tại 45 cơ sở kinh doanh dịch vụ ăn uống "
         "trong dịp Tết Trung thu, hoàn thành trước 30/9/2026.",
         T("Tổ chức kiểm tra an toàn thực phẩm tại 45 cơ sở kinh doanh dịch vụ ăn uống "
           "trong dịp Tết Trung thu", "Phòng Văn hóa - Xã hội", [], "2026-09-30")),
    ]),
    ("3. Trạm Y tế xã", [
        ("Lấy mẫu giám sát chất lượng nước sinh hoạt tại 05 trạm cấp nước tập trung, "
         "hoàn thành trong tháng 11/2026.",
         T("Lấy mẫu giám sát chất lượng nước sinh hoạt tại 05 trạm cấp nước tập trung",
           "Trạm Y tế xã", [], "2026-11-30")),
        ("Tuyên truyền vệ sinh an toàn thực phẩm trên hệ thống loa truyền thanh xã, "
         "phối hợp với Đài truyền thanh xã, thực hiện trong Quý III/2026.",
         T("Tuyên truyền vệ sinh an toàn thực phẩm trên hệ thống loa truyền thanh xã",
           "Trạm Y tế xã", ["Đài truyền thanh xã"], "2026-09-30")),
    ]),
]  # fmt: skip


def an_hiep_odt():
    title = "Nâng cao chất lượng tiêu chí môi trường và an toàn thực phẩm năm 2026"
    doc = new_doc()
    a4(doc)
    head(doc, ["ỦY BAN NHÂN DÂN", "XÃ AN HIỆP", "Số: 52/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "An Hiệp, ngày 05 tháng 02 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "Căn cứ Quyết định số 318/QĐ-UBND ngày 12/01/2026 của UBND tỉnh về bộ tiêu "
         "chí xã nông thôn mới nâng cao giai đoạn 2026 - 2030, UBND xã An Hiệp xây "
         "dựng Kế hoạch như sau:", italic=True)  # fmt: skip
    body(doc, "I. MỤC TIÊU", bold=True)
    body(doc, "Tiêu chí số 17 về môi trường và an toàn thực phẩm đạt và duy trì vững "
         "chắc; 100% cơ sở kinh doanh thực phẩm được kiểm tra.")  # fmt: skip
    body(doc, "II. PHÂN CÔNG THỰC HIỆN", bold=True)
    body(doc, "Nhiệm vụ cụ thể của từng cơ quan, đơn vị tại Phụ lục kèm theo.")
    closing_under(doc, ["- UBND tỉnh (b/c);", "- Các cơ quan, đơn vị;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                   "Võ Thị Mỹ Dung"])  # fmt: skip
    page_break(doc)
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "PHÂN CÔNG NHIỆM VỤ CỤ THỂ NĂM 2026", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 52/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân "
         "xã An Hiệp)", italic=True, center=True)  # fmt: skip
    for heading, items in AN_HIEP:
        body(doc, heading, bold=True)
        for text, _ in items:
            body(doc, f"- {text}")
    header = hdr("52", "KH-UBND", "An Hiệp", "2026-02-05", title,
                 "ỦY BAN NHÂN DÂN XÃ AN HIỆP", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
                 "PHÓ CHỦ TỊCH", "Võ Thị Mỹ Dung", ["318/QĐ-UBND"], 3)  # fmt: skip
    return ("f40a-xa-an-hiep-phu-luc-don-vi.odt", saved_as(save(doc), "odt"), "a "
            "commune's .odt whose tasks are in an appendix after the signature "
            "('Phụ lục', 'PHÂN CÔNG NHIỆM VỤ CỤ THỂ NĂM 2026', '(Kèm theo …)'): '-' "
            "items under bold body headings ('1. Phòng Kinh tế').", header,
            [t for _, items in AN_HIEP for _, t in items])  # fmt: skip


# --- 4 .txt: a village's short plan, one task paragraph ---------------------

THON_DONG = """UBND XÃ ĐỒNG TIẾN
BAN PHÁT TRIỂN THÔN ĐÔNG
Số: 02/KH-BPT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đồng Tiến, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Làm đường bê tông xóm Giữa năm 2026

Căn cứ Nghị quyết Đại hội Đảng bộ xã lần thứ XXV, nhiệm kỳ 2025 - 2030;
Căn cứ Kế hoạch số 21/KH-UBND ngày 20/02/2026 của UBND xã Đồng Tiến về xây dựng nông thôn mới năm 2026;

Ban phát triển thôn chủ trì vận động các hộ dân hiến đất, đóng góp ngày công làm 450 m đường bê tông xóm Giữa, phối hợp với Chi hội Cựu chiến binh thôn, hoàn thành trước 30/4/2026.

Nơi nhận:
- UBND xã (b/c);
- Các hộ dân xóm Giữa;
- Lưu.

TM. BAN PHÁT TRIỂN THÔN
TRƯỞNG BAN

Nguyễn Văn Bảy
"""


def thon_dong_txt():
    title = "Làm đường bê tông xóm Giữa năm 2026"
    header = hdr("02", "KH-BPT", "Đồng Tiến", "2026-03-10", title,
                 "BAN PHÁT TRIỂN THÔN ĐÔNG", "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN",
                 "Nguyễn Văn Bảy", ["21/KH-UBND"], 3)  # fmt: skip
    tasks = [
        T("Vận động các hộ dân hiến đất, đóng góp ngày công làm 450 m đường bê tông "
          "xóm Giữa", "Ban phát triển thôn", ["Chi hội Cựu chiến binh thôn"],
          "2026-04-30"),
    ]  # fmt: skip
    return ("f40a-thon-dong-mot-doan.txt", THON_DONG, "a village's short plain-text "
            "plan: header, title, two bases (one a congress's resolution with neither "
            "number nor date), then ONE task paragraph opening on its body, no "
            "heading, no 'như sau:'.", header, tasks)  # fmt: skip


# --- 5 .pdf: a union branch's one-paragraph plan ------------------------------


def phu_hoa_pdf():
    title = "Xây dựng mô hình vườn mẫu năm 2026"
    doc = new_doc()
    a4(doc)
    head(doc, ["HỘI NÔNG DÂN XÃ TÂN PHÚ", "CHI HỘI NÔNG DÂN ẤP PHÚ HÒA",
               "Số: 04/KH-CHND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Phú Hòa, ngày 20 tháng 01 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "Thực hiện Chương trình công tác năm 2026 số 03/CTr-HND ngày 10/01/2026 "
         "của Ban Thường vụ Hội Nông dân xã Tân Phú; căn cứ Nghị quyết Hội nghị Chi "
         "hội Nông dân ấp Phú Hòa ngày 15/01/2026.")  # fmt: skip
    body(doc, "Năm 2026, Chi hội Nông dân ấp Phú Hòa chủ trì, phối hợp với Tổ hợp tác "
         "trồng cam ấp Phú Hòa hướng dẫn 15 hộ hội viên cải tạo vườn tạp thành vườn "
         "mẫu, thực hiện từ tháng 3/2026 đến tháng 11/2026.")  # fmt: skip
    closing_under(doc, ["- Hội Nông dân xã (b/c);", "- Ban nhân dân ấp;", "- Lưu."],
                  ["TM. CHI HỘI", "CHI HỘI TRƯỞNG", "", "Lê Văn Tám"])  # fmt: skip
    header = hdr("04", "KH-CHND", "Phú Hòa", "2026-01-20", title,
                 "CHI HỘI NÔNG DÂN ẤP PHÚ HÒA", "TM. CHI HỘI", "CHI HỘI TRƯỞNG",
                 "Lê Văn Tám", ["03/CTr-HND", "Nghị quyết ngày 15/01/2026"], 3)  # fmt: skip
    tasks = [
        T("Hướng dẫn 15 hộ hội viên cải tạo vườn tạp thành vườn mẫu",
          "Chi hội Nông dân ấp Phú Hòa", ["Tổ hợp tác trồng cam ấp Phú Hòa"],
          "2026-11-30", "2026-03-01"),
    ]  # fmt: skip
    return ("f40a-chi-hoi-phu-hoa-mot-doan.pdf", saved_as(save(doc), "pdf"), "a "
            "farmers' union branch's one-paragraph plan printed to PDF: one basis "
            "paragraph ('Thực hiện Chương trình công tác năm 2026 số 03/CTr-HND …; căn "
            "cứ Nghị quyết Hội nghị … ngày …'), then ONE task paragraph ('Năm 2026, "
            "Chi hội … chủ trì, phối hợp với … hướng dẫn …').", header,
            tasks)  # fmt: skip


# --- 6 .docx: a road map written "Năm 2026: …; Năm 2027: …" ------------------

HOA_SON = [
    ("Cứng hóa 5 km đường trục thôn, liên thôn",
     "Chủ trì: Phòng Kinh tế; phối hợp: Ban quản lý dự án đầu tư xây dựng xã.",
     "Lộ trình: Năm 2026: 2 km; Năm 2027: 3 km.",
     T("Cứng hóa 5 km đường trục thôn, liên thôn", "Phòng Kinh tế",
       ["Ban quản lý dự án đầu tư xây dựng xã"], "2027-12-31")),
    ("Xây dựng nhà văn hóa thôn Hòa Bình",
     "Chủ trì: Ban quản lý dự án đầu tư xây dựng xã; phối hợp: Ban phát triển thôn "
     "Hòa Bình.",
     "Lộ trình: Năm 2027: giải phóng mặt bằng, lập dự án; Năm 2028: xây dựng, đưa vào "
     "sử dụng.",
     T("Xây dựng nhà văn hóa thôn Hòa Bình", "Ban quản lý dự án đầu tư xây dựng xã",
       ["Ban phát triển thôn Hòa Bình"], "2028-12-31", "2027-01-01")),
    ("Nâng tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn lên 80%",
     "Chủ trì: Phòng Kinh tế; phối hợp: Trung tâm Nước sạch và Vệ sinh môi trường "
     "nông thôn tỉnh.",
     "Lộ trình: Năm 2026: 65%; Năm 2027: 72%; Năm 2028: 80%.",
     T("Nâng tỷ lệ hộ dân sử dụng nước sạch theo quy chuẩn lên 80%", "Phòng Kinh tế",
       ["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"], "2028-12-31")),
    ("Trồng 3 km tuyến đường hoa, cây xanh trục chính của xã",
     "Chủ trì: Đoàn Thanh niên xã; phối hợp: Hội Liên hiệp Phụ nữ xã.",
     "Lộ trình: Năm 2028: trồng hoàn thành 3 km.",
     T("Trồng 3 km tuyến đường hoa, cây xanh trục chính của xã", "Đoàn Thanh niên xã",
       ["Hội Liên hiệp Phụ nữ xã"], "2028-12-31", "2028-01-01")),
]  # fmt: skip


def hoa_son_docx():
    title = "Xây dựng xã Hòa Sơn đạt chuẩn nông thôn mới nâng cao giai đoạn 2026 - 2028"
    doc = new_doc()
    a4(doc)
    head(doc, ["ỦY BAN NHÂN DÂN", "XÃ HÒA SƠN", "Số: 09/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hòa Sơn, ngày 26 tháng 01 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "Căn cứ Kế hoạch số 88/KH-UBND ngày 14/01/2026 của UBND tỉnh về xây dựng "
         "nông thôn mới nâng cao giai đoạn 2026 - 2030;", italic=True)  # fmt: skip
    body(doc, "UBND xã Hòa Sơn ban hành Kế hoạch như sau:", italic=True)
    body(doc, "I. MỤC TIÊU", bold=True)
    body(doc, "Đến hết năm 2028, xã Hòa Sơn đạt chuẩn nông thôn mới nâng cao.")
    body(doc, "II. NHIỆM VỤ VÀ LỘ TRÌNH THỰC HIỆN", bold=True)
    for n, (work, who, road, _) in enumerate(HOA_SON, 1):
        body(doc, f"{n}. {work}", bold=True)
        body(doc, f"- {who}")
        body(doc, f"- {road}")
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 15/12 "
         "hằng năm.")  # fmt: skip
    closing_under(doc, ["- UBND tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hà Văn Thắng"])  # fmt: skip
    header = hdr("09", "KH-UBND", "Hòa Sơn", "2026-01-26", title,
                 "ỦY BAN NHÂN DÂN XÃ HÒA SƠN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Hà Văn Thắng", ["88/KH-UBND"], 3)  # fmt: skip
    return ("f40a-xa-hoa-son-lo-trinh-nam.docx", save(doc), "a commune's Word plan "
            "dated 2026 whose numbered tasks each give a road map on one line ('- Lộ "
            "trình: Năm 2026: 2 km; Năm 2027: 3 km.'), some starting in 2026, some in "
            "2027 or 2028.", header, [row[-1] for row in HOA_SON])  # fmt: skip


# --- 7 .odt: a road-map table ticked by year ---------------------------------

LONG_PHU = [
    ("Nâng cấp chợ xã Long Phú", "Phòng Kinh tế", "Ban quản lý chợ", ["x", "x", ""],
     T("Nâng cấp chợ xã Long Phú", "Phòng Kinh tế", ["Ban quản lý chợ"], "2027-12-31")),
    ("Xây dựng trường mầm non đạt chuẩn quốc gia mức độ 2",
     "Phòng Văn hóa - Xã hội", "Trường Mầm non Long Phú", ["x", "x", "x"],
     T("Xây dựng trường mầm non đạt chuẩn quốc gia mức độ 2", "Phòng Văn hóa - Xã hội",
       ["Trường Mầm non Long Phú"], "2028-12-31")),
    ("Xây mới Trạm Y tế xã", "Ban quản lý dự án đầu tư xây dựng xã", "Trạm Y tế xã",
     ["", "x", "x"],
     T("Xây mới Trạm Y tế xã", "Ban quản lý dự án đầu tư xây dựng xã", ["Trạm Y tế xã"],
       "2028-12-31", "2027-01-01")),
    ("Lát gạch vỉa hè khu trung tâm xã", "Phòng Kinh tế", "", ["", "", "x"],
     T("Lát gạch vỉa hè khu trung tâm xã", "Phòng Kinh tế", [], "2028-12-31",
       "2028-01-01")),
]  # fmt: skip


def long_phu_odt():
    title = "Lộ trình đầu tư hạ tầng xã Long Phú giai đoạn 2026 - 2028"
    doc = new_doc()
    a4(doc)
    head(doc, ["ỦY BAN NHÂN DÂN", "XÃ LONG PHÚ", "Số: 14/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Long Phú, ngày 03 tháng 02 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 28/01/2026 của HĐND xã Long Phú về "
         "kế hoạch đầu tư công trung hạn, UBND xã xây dựng Kế hoạch như sau:",
         italic=True)  # fmt: skip
    body(doc, "I. MỤC TIÊU", bold=True)
    body(doc, "Hoàn thiện hạ tầng thiết yếu khu trung tâm xã trước năm 2029.")
    body(doc, "II. DANH MỤC VÀ LỘ TRÌNH THỰC HIỆN", bold=True)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "2026", "2027", "2028"]
    for i, text in enumerate(heads):
        fill(t.rows[0].cells[i], text, bold=True, center=True)
    for work, lead, partner, years, _ in LONG_PHU:
        cells = t.add_row().cells
        for i, text in enumerate([work, lead, partner, *years]):
            fill(cells[i], text, center=i > 2)
    fixed_widths(t, [5.0, 3.2, 3.2, 1.5, 1.5, 1.5])
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "Phòng Kinh tế tổng hợp tiến độ, báo cáo UBND xã hằng quý.")
    closing_under(doc, ["- HĐND xã;", "- Các cơ quan, đơn vị;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Thạch Sô Phên"])  # fmt: skip
    header = hdr("14", "KH-UBND", "Long Phú", "2026-02-03", title,
                 "ỦY BAN NHÂN DÂN XÃ LONG PHÚ", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Thạch Sô Phên", ["03/NQ-HĐND"], 3)  # fmt: skip
    return ("f40a-xa-long-phu-lo-trinh-bang.odt", saved_as(save(doc), "odt"), "a "
            "commune's .odt dated 2026 whose road map is a table 'Nội dung | Đơn vị chủ "
            "trì | Đơn vị phối hợp | 2026 | 2027 | 2028', each year ticked 'x' or "
            "empty.", header, [row[-1] for row in LONG_PHU])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (tan_thanh_docx, phu_loc_txt, an_hiep_odt, thon_dong_txt, phu_hoa_pdf,
                 hoa_son_docx, long_phu_odt):  # fmt: skip
        name, data, what, head_, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head_, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
