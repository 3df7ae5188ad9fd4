"""Writes set f40r's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40r.py

Set f40r: a plan the importer read at 0 tasks, written here before it was
changed for it: a Party committee's plan (Đảng ủy xã, Chi bộ, Đảng bộ)
written in the style of a resolution. Its header: "ĐẢNG BỘ TỈNH …" over
"ĐẢNG ỦY XÃ …" over "*" beside "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 18-KH/ĐU" (no
colon, a hyphen before the symbol), signed "T/M ĐẢNG ỦY" / "BÍ THƯ". Its
"NHIỆM VỤ VÀ GIẢI PHÁP" are groups opening "Một là, …", "Hai là, …" (or
"Thứ nhất, …", "Một là: …"), each an aim, not a task; under each, one or
more paragraphs or "-" lines, of which those that give the work ("Giao Ban
Tuyên giáo … chủ trì, phối hợp với … tổ chức …", "Đảng ủy giao UBND xã chủ
trì …") are the tasks and the others ("Các chi bộ đưa nội dung … vào sinh
hoạt", "Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát …") are none (.doc made
by LibreOffice, .docx, .pdf, .txt).
"""

import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_f39d import party_doc  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import closing_beside, para, save  # noqa: E402

OUT = HERE / "f40r"

COMMENT = """Set f40r (a Party committee's plan in the style of a resolution: its
tasks under "Một là, …" / "Thứ nhất, …" groups), written before the importer
was changed for it: {what}
Assumptions: a "Một là, …" group names an aim and is no task; under it, a
paragraph or "-" line that gives the work ("Giao <body> chủ trì, phối hợp
với <partner> <work>", "<committee> giao <body> chủ trì …") is a task, its
title the work capitalised, its lead the body after "Giao" (the committee
that hands the work out is none), "phối hợp (với) X" a partner; a paragraph
that gives no work ("Các chi bộ đưa …", "Ủy ban Kiểm tra Đảng ủy kiểm tra,
giám sát …") is none; the comrade "(đồng chí …, <post> trực tiếp chỉ đạo)"
names is the official; a month's or a quarter's last day is the deadline, a
range's first day its start; "T/M" is the authority as written."""


# --- .doc: the commune Party committee's plan, paragraphs under "Một là, …" --

LAC_DUONG_BODY = [
    ("Căn cứ Nghị quyết số 05-NQ/ĐU ngày 15/01/2026 của Ban Chấp hành Đảng bộ xã về "
     "xây dựng nông thôn mới năm 2026, Ban Thường vụ Đảng ủy xây dựng Kế hoạch thực "
     "hiện như sau:", None),
    ("I. MỤC ĐÍCH, YÊU CẦU", None),
    ("Tạo sự thống nhất trong nhận thức và hành động của cán bộ, đảng viên và Nhân dân; "
     "huy động cả hệ thống chính trị vào cuộc.", None),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", None),
    ("Một là, tăng cường sự lãnh đạo của cấp ủy, nâng cao nhận thức của cán bộ, đảng "
     "viên và Nhân dân về xây dựng nông thôn mới.", None),
    ("Giao Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Ủy ban MTTQ xã tổ "
     "chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên; hoàn thành trong Quý "
     "II/2026.",
     T("Tổ chức quán triệt Nghị quyết đến 100% chi bộ, đảng viên",
       "Ban Tuyên giáo và Dân vận Đảng ủy", ["Ủy ban MTTQ xã"], "2026-06-30")),
    ("Các chi bộ đưa nội dung xây dựng nông thôn mới vào sinh hoạt chi bộ định kỳ hằng "
     "tháng.", None),
    ("Hai là, phát triển nông nghiệp ứng dụng công nghệ cao gắn với du lịch sinh thái.",
     None),
    ("Đảng ủy giao UBND xã chủ trì, phối hợp với Hợp tác xã Nông nghiệp Lạc Dương xây "
     "dựng 02 mô hình trồng rau, hoa ứng dụng công nghệ cao, hoàn thành trước ngày "
     "30/9/2026 (đồng chí Liêng Jrang Ha Thuận, Phó Bí thư, Chủ tịch UBND xã trực tiếp "
     "chỉ đạo).",
     T("Xây dựng 02 mô hình trồng rau, hoa ứng dụng công nghệ cao", "UBND xã",
       ["Hợp tác xã Nông nghiệp Lạc Dương"], "2026-09-30",
       official="Liêng Jrang Ha Thuận")),
    ("Giao Hội Nông dân xã chủ trì vận động 50 hộ chuyển đổi sang trồng cà phê Arabica "
     "chất lượng cao, thực hiện từ tháng 4/2026 đến tháng 8/2026.",
     T("Vận động 50 hộ chuyển đổi sang trồng cà phê Arabica chất lượng cao",
       "Hội Nông dân xã", [], "2026-08-31", "2026-04-01")),
    ("Ba là, xây dựng hệ thống chính trị trong sạch, vững mạnh.", None),
    ("Giao Văn phòng Đảng ủy chủ trì rà soát, hoàn thiện quy chế làm việc của Ban Chấp "
     "hành Đảng bộ xã; thời gian: tháng 6/2026.",
     T("Rà soát, hoàn thiện quy chế làm việc của Ban Chấp hành Đảng bộ xã",
       "Văn phòng Đảng ủy", [], "2026-06-30")),
    ("Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi "
     "bộ.", None),
    ("III. TỔ CHỨC THỰC HIỆN", None),
    ("Các chi bộ căn cứ Kế hoạch xây dựng chương trình hành động, báo cáo kết quả về Ban "
     "Thường vụ Đảng ủy trước ngày 15/12/2026.", None),
]  # fmt: skip


GROUP = re.compile(
    r"^(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy) là|Thứ (?:nhất|hai|ba|tư|năm))[,:]"
)


def body(doc, rows, *, group_bold=False, group_italic=False):
    """The body's paragraphs: a Roman heading bold, a group ("Một là, …")
    as the office sets it, the rest indented."""
    for text, _ in rows:
        roman = text[:3] in ("I. ", "II.", "III", "IV.")
        group = bool(GROUP.match(text))
        para(doc, text, bold=roman or (group and group_bold),
             italic=group and group_italic, indent=None if roman else 1.0)  # fmt: skip


def tasks_of(rows):
    return [t for _, t in rows if t]


def lac_duong_doc():
    title = "Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ xã về xây dựng nông thôn mới năm 2026"
    doc = party_doc(
        ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ LẠC DƯƠNG", "*", "Số 18-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lạc Dương, ngày 10 tháng 3 năm 2026"],
        title,
    )
    body(doc, LAC_DUONG_BODY)
    closing_beside(doc, ["- Ban Thường vụ Tỉnh ủy (b/c);", "- Các chi bộ;",
                         "- Lưu VPĐU."],
                   ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Kơ Să Ha Hồng"])  # fmt: skip
    head = hdr("18", "KH/ĐU", "Lạc Dương", "2026-03-10", title, "ĐẢNG ỦY XÃ LẠC DƯƠNG",
               "T/M ĐẢNG ỦY", "BÍ THƯ", "Kơ Să Ha Hồng", ["05-NQ/ĐU"], 3)  # fmt: skip
    return ("f40r-dang-uy-lac-duong.doc", saved_as(save(doc), "doc"), "a commune "
            "Party committee's plan as a Word 97 .doc made by LibreOffice, 'Số "
            "18-KH/ĐU' with no colon, paragraphs under 'Một là, …' / 'Hai là, …' / 'Ba "
            "là, …' (two of them giving no work).", head, tasks_of(LAC_DUONG_BODY))  # fmt: skip


# --- .docx: a village's Party cell, "Thứ nhất, …" in bold over "-" lines ----

DA_NONG_BODY = [
    ("Thực hiện Kế hoạch số 18-KH/ĐU ngày 10/3/2026 của Đảng ủy xã Đạ Sar về xây dựng "
     "nông thôn mới năm 2026, Chi bộ thôn Đạ Nòng xây dựng Kế hoạch như sau:", None),
    ("I. MỤC ĐÍCH, YÊU CẦU", None),
    ("Phát huy vai trò hạt nhân lãnh đạo của chi bộ, tính tiên phong, gương mẫu của "
     "đảng viên trong xây dựng thôn nông thôn mới.", None),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", None),
    ("Thứ nhất, nâng cao chất lượng sinh hoạt chi bộ, phát huy vai trò tiên phong của "
     "đảng viên.", None),
    ("- Giao Ban công tác Mặt trận thôn chủ trì, phối hợp với Chi hội Phụ nữ thôn vận "
     "động 100% hộ gia đình đăng ký danh hiệu Gia đình văn hóa; hoàn thành trước ngày "
     "30/4/2026.",
     T("Vận động 100% hộ gia đình đăng ký danh hiệu Gia đình văn hóa",
       "Ban công tác Mặt trận thôn", ["Chi hội Phụ nữ thôn"], "2026-04-30")),
    ("- Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể giúp đỡ hộ nghèo trong thôn.",
     None),
    ("Thứ hai, phát triển kinh tế, giảm nghèo bền vững.", None),
    ("- Giao Chi hội Nông dân thôn chủ trì, phối hợp với Tổ hợp tác dâu tằm Đạ Nòng "
     "hướng dẫn 25 hộ áp dụng quy trình nuôi tằm con tập trung, thực hiện từ tháng "
     "5/2026 đến tháng 7/2026.",
     T("Hướng dẫn 25 hộ áp dụng quy trình nuôi tằm con tập trung",
       "Chi hội Nông dân thôn", ["Tổ hợp tác dâu tằm Đạ Nòng"], "2026-07-31",
       "2026-05-01")),
    ("- Chi bộ giao Ban nhân dân thôn chủ trì rà soát, lập danh sách hộ cận nghèo có "
     "nhu cầu vay vốn, hoàn thành trong tháng 5/2026 (đồng chí Cil Ha Đin, Phó Bí thư "
     "Chi bộ, Trưởng thôn trực tiếp chỉ đạo).",
     T("Rà soát, lập danh sách hộ cận nghèo có nhu cầu vay vốn", "Ban nhân dân thôn",
       [], "2026-05-31", official="Cil Ha Đin")),
    ("Thứ ba, giữ gìn an ninh trật tự, xây dựng khu dân cư văn minh.", None),
    ("- Giao Chi đoàn thôn chủ trì, phối hợp với Tổ bảo vệ an ninh trật tự thôn trồng "
     "500 m đường hoa dọc trục đường chính của thôn trong Quý II/2026.",
     T("Trồng 500 m đường hoa dọc trục đường chính của thôn", "Chi đoàn thôn",
       ["Tổ bảo vệ an ninh trật tự thôn"], "2026-06-30")),
    ("- Tổ bảo vệ an ninh trật tự thôn duy trì tuần tra vào ban đêm.", None),
    ("III. TỔ CHỨC THỰC HIỆN", None),
    ("Các đảng viên nghiêm túc thực hiện; định kỳ báo cáo kết quả tại sinh hoạt chi bộ "
     "hằng tháng.", None),
]  # fmt: skip


def da_nong_docx():
    title = "Lãnh đạo xây dựng thôn Đạ Nòng đạt chuẩn nông thôn mới kiểu mẫu năm 2026"
    doc = party_doc(
        ["ĐẢNG BỘ XÃ ĐẠ SAR", "CHI BỘ THÔN ĐẠ NÒNG", "*", "Số 05-KH/CB"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Đạ Nòng, ngày 02 tháng 4 năm 2026"],
        title,
    )
    body(doc, DA_NONG_BODY, group_bold=True)
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Đảng viên trong chi bộ;",
                         "- Lưu Chi bộ."],
                   ["T/M CHI BỘ", "BÍ THƯ", "", "", "Rơ Ông Ha Bình"])  # fmt: skip
    head = hdr("05", "KH/CB", "Đạ Nòng", "2026-04-02", title, "CHI BỘ THÔN ĐẠ NÒNG",
               "T/M CHI BỘ", "BÍ THƯ", "Rơ Ông Ha Bình", ["18-KH/ĐU"], 3)  # fmt: skip
    return ("f40r-chi-bo-da-nong.docx", save(doc), "a village Party cell's Word plan, "
            "'Thứ nhất, …' / 'Thứ hai, …' groups in bold over '-' lines, one given by "
            "'Chi bộ giao …', one per group giving no work.", head,
            tasks_of(DA_NONG_BODY))  # fmt: skip


# --- .pdf: "Một là: …" in italics, a group with no work ---------------------

HOA_THANG_BODY = [
    ("Căn cứ Nghị quyết số 09-NQ/ĐU ngày 20/01/2026 của Ban Chấp hành Đảng bộ xã về "
     "xây dựng xã đạt chuẩn nông thôn mới nâng cao;", None),
    ("Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực hiện như sau:", None),
    ("I. MỤC ĐÍCH, YÊU CẦU", None),
    ("Phấn đấu đến cuối năm 2026 xã đạt thêm 03 tiêu chí nông thôn mới nâng cao.", None),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", None),
    ("Một là: đẩy mạnh công tác tuyên truyền, vận động Nhân dân tham gia xây dựng nông "
     "thôn mới nâng cao.", None),
    ("Giao Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Ủy ban MTTQ Việt Nam "
     "xã biên soạn tài liệu tuyên truyền về bộ tiêu chí xã nông thôn mới nâng cao, hoàn "
     "thành trước ngày 15/5/2026.",
     T("Biên soạn tài liệu tuyên truyền về bộ tiêu chí xã nông thôn mới nâng cao",
       "Ban Tuyên giáo và Dân vận Đảng ủy", ["Ủy ban MTTQ Việt Nam xã"], "2026-05-15")),
    ("Hai là: tập trung nguồn lực hoàn thiện hạ tầng kinh tế - xã hội.", None),
    ("Đảng ủy giao UBND xã chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu "
     "vực nâng cấp 3,5 km đường giao thông liên thôn, thời gian: từ tháng 6/2026 đến "
     "tháng 10/2026 (đồng chí Y Khuê Niê, Phó Bí thư, Chủ tịch UBND xã trực tiếp chỉ "
     "đạo).",
     T("Nâng cấp 3,5 km đường giao thông liên thôn", "UBND xã",
       ["Ban Quản lý dự án đầu tư xây dựng khu vực"], "2026-10-31", "2026-06-01",
       official="Y Khuê Niê")),
    ("Ba là: phát triển kinh tế tập thể, nâng cao thu nhập cho người dân.", None),
    ("Các chi bộ thôn, buôn lãnh đạo đảng viên gương mẫu tham gia hợp tác xã, tổ hợp "
     "tác.", None),
    ("Giao Hội Liên hiệp Phụ nữ xã chủ trì thành lập 01 tổ hợp tác dệt thổ cẩm tại buôn "
     "Kmrơng Prông, hoàn thành trong Quý III/2026.",
     T("Thành lập 01 tổ hợp tác dệt thổ cẩm tại buôn Kmrơng Prông",
       "Hội Liên hiệp Phụ nữ xã", [], "2026-09-30")),
    ("Bốn là: giữ vững quốc phòng, an ninh, trật tự an toàn xã hội.", None),
    ("Giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã xây dựng 02 mô hình "
     "tự quản về an ninh trật tự tại buôn Ea Tung, buôn Kdun, hoàn thành trước ngày "
     "31/12/2026.",
     T("Xây dựng 02 mô hình tự quản về an ninh trật tự tại buôn Ea Tung, buôn Kdun",
       "Công an xã", ["Ban Chỉ huy Quân sự xã"], "2026-12-31")),
    ("Năm là: nâng cao hiệu quả công tác kiểm tra, giám sát.", None),
    ("Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát việc lãnh đạo thực hiện Kế hoạch tại "
     "các chi bộ thôn, buôn.", None),
    ("III. TỔ CHỨC THỰC HIỆN", None),
    ("Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy kết quả thực "
     "hiện.", None),
]  # fmt: skip


def hoa_thang_pdf():
    title = "Lãnh đạo xây dựng xã Hòa Thắng đạt chuẩn nông thôn mới nâng cao năm 2026"
    doc = party_doc(
        ["ĐẢNG BỘ TỈNH ĐẮK LẮK", "ĐẢNG ỦY XÃ HÒA THẮNG", "*", "Số 22-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hòa Thắng, ngày 18 tháng 3 năm 2026"],
        title,
    )
    body(doc, HOA_THANG_BODY, group_italic=True)
    closing_beside(doc, ["- Ban Thường vụ Tỉnh ủy (b/c);", "- Các chi bộ;",
                         "- Lưu VPĐU."],
                   ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "", "Y Khuê Niê"])  # fmt: skip
    head = hdr("22", "KH/ĐU", "Hòa Thắng", "2026-03-18", title, "ĐẢNG ỦY XÃ HÒA THẮNG",
               "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Y Khuê Niê", ["09-NQ/ĐU"], 3)  # fmt: skip
    return ("f40r-dang-uy-hoa-thang.pdf", saved_as(save(doc), "pdf"), "a commune "
            "Party committee's plan printed to PDF from Word, 'Một là: …' groups with a "
            "colon in italics, the last group ('Năm là: …') giving no work at all.",
            head, tasks_of(HOA_THANG_BODY))  # fmt: skip


# --- .txt: a plan pasted into an e-mail that cut its lines, up to "Sáu là" --

MUONG_PHANG = """ĐẢNG BỘ TỈNH ĐIỆN BIÊN
ĐẢNG ỦY XÃ MƯỜNG PHĂNG
*
Số 31-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Mường Phăng, ngày 25 tháng 02 năm 2026

KẾ HOẠCH
Thực hiện Chương trình xây dựng nông thôn mới gắn với phát triển du lịch cộng đồng năm 2026

Căn cứ Nghị quyết số 12-NQ/ĐU ngày 05/01/2026 của Đảng ủy xã về nhiệm vụ năm 2026, Ban Thường vụ Đảng ủy xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao thu nhập của Nhân dân gắn với bảo tồn di tích lịch sử Sở Chỉ huy Chiến dịch Điện Biên Phủ.

II. NHIỆM VỤ VÀ GIẢI PHÁP
Một là, nâng cao năng lực lãnh đạo của cấp ủy đối với phát triển du lịch cộng đồng.
Giao Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Ủy ban MTTQ xã tổ chức 03 hội nghị tuyên truyền về phát triển du lịch cộng đồng cho đảng viên các chi bộ bản; hoàn thành trong tháng 4/2026.
Hai là, phát triển sản phẩm du lịch gắn với văn hóa dân tộc Thái.
Đảng ủy giao UBND xã chủ trì, phối hợp với Hợp tác xã Du lịch cộng đồng Mường Phăng xây dựng 05 homestay đạt chuẩn tại bản Che Căn, bản Khẩu Cắm, thực hiện từ tháng 3/2026 đến tháng 9/2026 (đồng chí Lò Văn Hùng, Phó Bí thư, Chủ tịch UBND xã trực tiếp chỉ đạo).
Ba là, giữ gìn bản sắc văn hóa truyền thống.
Giao Hội Liên hiệp Phụ nữ xã chủ trì thành lập 02 đội văn nghệ dân gian phục vụ khách du lịch, hoàn thành trong Quý II/2026.
Các chi bộ bản vận động Nhân dân giữ gìn nhà sàn truyền thống, trang phục dân tộc.
Bốn là, bảo vệ môi trường, cảnh quan khu di tích.
Giao Đoàn Thanh niên xã chủ trì, phối hợp với Ban Quản lý di tích trồng 2.000 cây xanh dọc tuyến đường vào khu di tích, hoàn thành trước ngày 31/7/2026.
Năm là, nâng cao chất lượng nguồn nhân lực du lịch.
Giao Trung tâm Học tập cộng đồng xã chủ trì, phối hợp với Trường Trung cấp Văn hóa tỉnh mở 02 lớp tiếng Anh giao tiếp cho người làm du lịch, thực hiện từ tháng 5/2026 đến tháng 8/2026.
Sáu là, tăng cường kiểm tra, giám sát.
Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát việc thực hiện Kế hoạch tại các chi bộ bản.

III. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo trước ngày 15/12/2026.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c);
- Các chi bộ;
- Lưu VPĐU.

T/M ĐẢNG ỦY
BÍ THƯ
Lường Văn Thanh
"""


def muong_phang_txt():
    title = ("Thực hiện Chương trình xây dựng nông thôn mới gắn với phát triển du lịch "
             "cộng đồng năm 2026")  # fmt: skip
    head = hdr("31", "KH/ĐU", "Mường Phăng", "2026-02-25", title,
               "ĐẢNG ỦY XÃ MƯỜNG PHĂNG", "T/M ĐẢNG ỦY", "BÍ THƯ", "Lường Văn Thanh",
               ["12-NQ/ĐU"], 3)  # fmt: skip
    tasks = [
        T("Tổ chức 03 hội nghị tuyên truyền về phát triển du lịch cộng đồng cho đảng "
          "viên các chi bộ bản", "Ban Tuyên giáo và Dân vận Đảng ủy", ["Ủy ban MTTQ xã"],
          "2026-04-30"),
        T("Xây dựng 05 homestay đạt chuẩn tại bản Che Căn, bản Khẩu Cắm", "UBND xã",
          ["Hợp tác xã Du lịch cộng đồng Mường Phăng"], "2026-09-30", "2026-03-01",
          official="Lò Văn Hùng"),
        T("Thành lập 02 đội văn nghệ dân gian phục vụ khách du lịch",
          "Hội Liên hiệp Phụ nữ xã", [], "2026-06-30"),
        T("Trồng 2.000 cây xanh dọc tuyến đường vào khu di tích", "Đoàn Thanh niên xã",
          ["Ban Quản lý di tích"], "2026-07-31"),
        T("Mở 02 lớp tiếng Anh giao tiếp cho người làm du lịch",
          "Trung tâm Học tập cộng đồng xã", ["Trường Trung cấp Văn hóa tỉnh"],
          "2026-08-31", "2026-05-01"),
    ]  # fmt: skip
    # The mail program cut every line at 76 characters.
    text = "\n".join(cut for line in MUONG_PHANG.splitlines()
                     for cut in textwrap.wrap(line, 76) or [""]) + "\n"  # fmt: skip
    return ("f40r-dang-uy-muong-phang-thu.txt", text, "a commune Party committee's "
            "plan pasted into a plain-text e-mail that cut its lines at 76 characters, "
            "groups 'Một là, …' to 'Sáu là, …', the last giving no work.", head, tasks)  # fmt: skip


# --- .docx: "Một là" alone in bold, the rest of the group in plain type -----


def run_para(doc, lead, rest, *, bold=True, italic=False):
    """A paragraph whose first words ("Một là,") are set apart, as offices
    type a group's number in bold before its aim in plain type."""
    p = doc.add_paragraph()
    first = p.add_run(lead)
    first.bold, first.italic = bold, italic
    p.add_run(rest)
    p.paragraph_format.first_line_indent = 360000
    return p


TAN_LAP_BODY = [
    ("Thực hiện Kế hoạch số 45-KH/HU ngày 12/01/2026 của Ban Thường vụ Huyện ủy về xây "
     "dựng nông thôn mới năm 2026, Đảng ủy xã Tân Lập xây dựng Kế hoạch như sau:", None),
    ("I. MỤC ĐÍCH, YÊU CẦU", None),
    ("Duy trì, nâng chất các tiêu chí xã nông thôn mới đã đạt.", None),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", None),
    ("Một là, |nâng cao chất lượng, hiệu quả hoạt động của hệ thống chính trị cơ sở.",
     None),
    ("Giao Ban Xây dựng Đảng Đảng ủy chủ trì, phối hợp với các chi bộ trực thuộc rà soát, "
     "bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030; hoàn thành trước ngày 30/6/2026.",
     T("Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030",
       "Ban Xây dựng Đảng Đảng ủy", ["các chi bộ trực thuộc"], "2026-06-30")),
    ("Hai là, |phát triển sản xuất hàng hóa, liên kết tiêu thụ nông sản.", None),
    ("Đảng ủy giao Ủy ban nhân dân xã chủ trì, phối hợp với Hợp tác xã Dịch vụ nông "
     "nghiệp Tân Lập, Hội Nông dân xã xây dựng chuỗi liên kết sản xuất bưởi Diễn đạt "
     "chuẩn VietGAP quy mô 30 ha, hoàn thành trong Quý IV/2026 (đồng chí Hà Văn Kiên, "
     "Phó Bí thư, Chủ tịch UBND xã trực tiếp chỉ đạo).",
     T("Xây dựng chuỗi liên kết sản xuất bưởi Diễn đạt chuẩn VietGAP quy mô 30 ha",
       "Ủy ban nhân dân xã", ["Hợp tác xã Dịch vụ nông nghiệp Tân Lập",
                              "Hội Nông dân xã"], "2026-12-31", official="Hà Văn Kiên")),
    ("Giao Hội Nông dân xã chủ trì mở 04 lớp tập huấn kỹ thuật chăm sóc bưởi cho hội "
     "viên, thực hiện từ tháng 02/2026 đến tháng 4/2026.",
     T("Mở 04 lớp tập huấn kỹ thuật chăm sóc bưởi cho hội viên", "Hội Nông dân xã", [],
       "2026-04-30", "2026-02-01")),
    ("Ba là, |xây dựng môi trường sáng - xanh - sạch - đẹp.", None),
    ("Các chi bộ thôn lãnh đạo Nhân dân ra quân vệ sinh môi trường vào ngày Chủ nhật "
     "cuối tháng.", None),
    ("Giao Đoàn Thanh niên xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã xây dựng 03 "
     "tuyến đường hoa kiểu mẫu tại thôn Đồng Tâm, thôn Tân Phú, thôn Lập Thành; thời "
     "gian: tháng 8/2026.",
     T("Xây dựng 03 tuyến đường hoa kiểu mẫu tại thôn Đồng Tâm, thôn Tân Phú, thôn "
       "Lập Thành", "Đoàn Thanh niên xã", ["Hội Liên hiệp Phụ nữ xã"], "2026-08-31")),
    ("III. TỔ CHỨC THỰC HIỆN", None),
    ("Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát việc thực hiện Kế hoạch; Văn phòng Đảng "
     "ủy tổng hợp kết quả, báo cáo Ban Thường vụ.", None),
]  # fmt: skip


def tan_lap_docx():
    title = "Lãnh đạo duy trì, nâng cao chất lượng xã đạt chuẩn nông thôn mới năm 2026"
    doc = party_doc(
        ["ĐẢNG BỘ HUYỆN THẠCH THÀNH", "ĐẢNG ỦY XÃ TÂN LẬP", "*", "Số 27-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tân Lập, ngày 20 tháng 01 năm 2026"],
        title,
    )
    for text, _ in TAN_LAP_BODY:
        if "|" in text:
            lead, rest = text.split("|")
            run_para(doc, lead, rest)
        else:
            roman = text[:3] in ("I. ", "II.", "III")
            para(doc, text, bold=roman, indent=None if roman else 1.0)
    closing_beside(doc, ["- Ban Thường vụ Huyện ủy (b/c);", "- Các chi bộ trực thuộc;",
                         "- Lưu VPĐU."],
                   ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Lê Thị Hồng Nhung"])  # fmt: skip
    head = hdr("27", "KH/ĐU", "Tân Lập", "2026-01-20", title, "ĐẢNG ỦY XÃ TÂN LẬP",
               "T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Thị Hồng Nhung", ["45-KH/HU"], 3)  # fmt: skip
    return ("f40r-dang-uy-tan-lap-in-dam.docx", save(doc), "a commune Party "
            "committee's Word plan whose groups set only 'Một là,' in bold, the aim "
            "in plain type; a task with two partners.", head, tasks_of(TAN_LAP_BODY))  # fmt: skip


# --- .txt: a Party cell's plan typed as text, "Thứ nhất: …" and "-" lines ---

PHU_LOC = """ĐẢNG BỘ XÃ VĨNH HÒA
CHI BỘ ẤP PHÚ LỘC
*
Số 03-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lộc, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Lãnh đạo xây dựng ấp văn hóa, nông thôn mới kiểu mẫu năm 2026

Thực hiện Nghị quyết số 07-NQ/ĐU ngày 10/01/2026 của Đảng ủy xã Vĩnh Hòa, Chi bộ ấp Phú Lộc xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu ấp Phú Lộc đạt chuẩn ấp nông thôn mới kiểu mẫu trong năm 2026.

II. NHIỆM VỤ VÀ GIẢI PHÁP
Thứ nhất: lãnh đạo phát triển kinh tế vườn, nâng cao thu nhập.
- Giao Chi hội Nông dân ấp chủ trì, phối hợp với Tổ hợp tác sầu riêng Phú Lộc hướng dẫn 40 hộ cải tạo vườn tạp trồng sầu riêng, hoàn thành trước ngày 31/8/2026.
- Chi bộ giao Ban nhân dân ấp chủ trì vận động Nhân dân hiến đất mở rộng 1,2 km đường trục ấp, thực hiện từ tháng 3/2026 đến tháng 6/2026 (đồng chí Nguyễn Văn Tám, Phó Bí thư Chi bộ, Trưởng ấp trực tiếp chỉ đạo).
Thứ hai: xây dựng đời sống văn hóa ở khu dân cư.
- Giao Chi hội Phụ nữ ấp chủ trì, phối hợp với Chi đoàn ấp tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại ấp; thời gian: tháng 11/2026.
- Đảng viên gương mẫu thực hiện nếp sống văn minh trong việc cưới, việc tang.
Thứ ba: giữ vững an ninh trật tự.
- Tổ nhân dân tự quản phối hợp với Công an xã nắm tình hình, giải quyết kịp thời mâu thuẫn ở cơ sở.

III. TỔ CHỨC THỰC HIỆN
Các đảng viên căn cứ nhiệm vụ được phân công tổ chức thực hiện; Chi ủy sơ kết 6 tháng, tổng kết cuối năm.

Nơi nhận:
- Đảng ủy xã (b/c);
- Đảng viên trong Chi bộ;
- Lưu.

T/M CHI BỘ
BÍ THƯ
Trần Thị Mỹ Lệ
"""


def phu_loc_txt():
    title = "Lãnh đạo xây dựng ấp văn hóa, nông thôn mới kiểu mẫu năm 2026"
    head = hdr("03", "KH/CB", "Phú Lộc", "2026-03-05", title, "CHI BỘ ẤP PHÚ LỘC",
               "T/M CHI BỘ", "BÍ THƯ", "Trần Thị Mỹ Lệ", ["07-NQ/ĐU"], 3)  # fmt: skip
    tasks = [
        T("Hướng dẫn 40 hộ cải tạo vườn tạp trồng sầu riêng", "Chi hội Nông dân ấp",
          ["Tổ hợp tác sầu riêng Phú Lộc"], "2026-08-31"),
        T("Vận động Nhân dân hiến đất mở rộng 1,2 km đường trục ấp",
          "Ban nhân dân ấp", [], "2026-06-30", "2026-03-01",
          official="Nguyễn Văn Tám"),
        T("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại ấp", "Chi hội Phụ nữ ấp",
          ["Chi đoàn ấp"], "2026-11-30"),
    ]  # fmt: skip
    return ("f40r-chi-bo-phu-loc.txt", PHU_LOC, "a hamlet Party cell's plan typed as "
            "plain text, 'Thứ nhất: …' groups with a colon over '-' lines, one group "
            "whose only line gives no work ('Tổ nhân dân tự quản phối hợp với Công an "
            "xã …').", head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (lac_duong_doc, da_nong_docx, hoa_thang_pdf, muong_phang_txt,
                 tan_lap_docx, phu_loc_txt):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
