"""Writes set f40q's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40q.py

Set f40q: assignments by reference, time headings and brackets of several
clauses, written here before the importer was changed for them:

F1. Tasks listed in "II. NHIỆM VỤ" without leads, given in "III. PHÂN CÔNG
    THỰC HIỆN" by their numbers: "6. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí
    Minh xã: chủ trì nhiệm vụ tại điểm 7 mục II; phối hợp thực hiện …" (the
    body after "Đề nghị" leads), "3. Phòng Văn hóa - Xã hội: …; phối hợp
    với Phòng Kinh tế, Trạm Y tế xã thực hiện các nhiệm vụ tại điểm 1 và 4
    mục II." (the line's own body is the partner; those after "với" are not
    added by it), "nhiệm vụ số 2, 5", "các nội dung tại mục 1, 2 phần II",
    "khoản 3 Mục II", "điểm a, b khoản 1", "từ điểm 2 đến điểm 4". A task
    whose own line names a lead keeps it (the reference adds no lead there).
F2. Time headings over "-" items: "Quý II/2026:", "Từ tháng 7 đến hết
    năm:", "Tháng 7 - tháng 12/2026:", "6 tháng cuối năm 2026:", "Quý III và
    Quý IV/2026:", "Trong tháng 01/2026:": an item under a range heading
    gets its start and end; under a quarter, the quarter's last day and no
    start; an item's own "trước ngày 15/9/2026" wins over its heading's end.
F3. A bracket of several clauses after a task: "(đồng chí Trần Quốc Bảo,
    Phó Chủ tịch UBND phường chỉ đạo; Phòng Kinh tế, Hạ tầng và Đô thị chủ
    trì; Công an phường phối hợp)", "(Phòng Kinh tế chủ trì, phối hợp Công
    an xã; đ/c Lò Văn Tâm theo dõi)".

In a commune's Word plan, a commune's plain text, a commune's .odt with
lettered points, a commune's Word plan by time, a commune's PDF by time and
a ward's plain text with brackets.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "f40q"

COMMENT = """Set f40q (assignments by reference, time headings, brackets of
several clauses), written before the importer was changed for it: {what}
Assumptions: a task of part II given by its number in part III is led by
the body that "chủ trì" it (after "Đề nghị" too) unless its own line names
a lead, and the bodies that "phối hợp" it are its partners (the line's own
body, not those after "với"); a line that names no task's number gives
nothing; a time heading's items end on its end ("Quý II/2026" on
30/06/2026, no start) and start on its start where it is a range ("Từ tháng
7 đến hết năm" 01/07 to 31/12), an item's own day winning over the end; in a
bracket "(đồng chí A, <post> chỉ đạo; X chủ trì; Y phối hợp)" A is the
official, X the lead, Y a partner; "năm 2026" ends on 31/12/2026."""

SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", ""]


def _docx(issuer, place_date, title, lines, recipients, signature):
    doc = opening(issuer, place_date, title)
    a4(doc)
    for line in lines:
        roman = line.split(".")[0] in ("I", "II", "III", "IV", "V")
        para(doc, line, bold=roman, indent=None if roman else 1.0)
    closing_beside(doc, recipients, signature)
    return save(doc)


def _txt(issuer, place_date, title, lines, recipients, signature):
    out = [*issuer, "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "", place_date, "", "KẾ HOẠCH", title, ""]  # fmt: skip
    for line in lines:
        if line.split(".")[0] in ("II", "III", "IV"):
            out.append("")
        out.append(line)
    out += ["", "Nơi nhận:", *recipients, "", *signature, ""]
    return "\n".join(out)


# --- F1 (.docx): a commune's tasks, then who does which ---------------------

TAN_PHONG_TASKS = [
    ("1. Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới trên địa bàn xã; "
     "hoàn thành trước ngày 31/3/2026.",
     T("Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới trên địa bàn xã",
       "Phòng Kinh tế", ["Phòng Văn hóa - Xã hội"], "2026-03-31")),
    ("2. Tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới; thời "
     "gian: năm 2026.",
     T("Tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới",
       "Phòng Văn hóa - Xã hội", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
                                  "Hội Liên hiệp Phụ nữ xã"], "2026-12-31")),
    ("3. Tổ chức ra quân làm đường giao thông nông thôn, trồng cây xanh dọc các "
     "tuyến đường liên thôn; hoàn thành trong quý II/2026.",
     T("Tổ chức ra quân làm đường giao thông nông thôn, trồng cây xanh dọc các "
       "tuyến đường liên thôn", "Phòng Kinh tế",
       ["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã"],
       "2026-06-30")),
    ("4. Nâng cao chất lượng khám, chữa bệnh ban đầu; tăng tỷ lệ người dân tham "
     "gia bảo hiểm y tế; thời gian: Quý IV/2026.",
     T("Nâng cao chất lượng khám, chữa bệnh ban đầu; tăng tỷ lệ người dân tham gia "
       "bảo hiểm y tế", "Trạm Y tế xã", ["Phòng Văn hóa - Xã hội"], "2026-12-31")),
    ("5. Phát triển sản phẩm OCOP, hỗ trợ hợp tác xã xây dựng nhãn hiệu tập thể; "
     "hoàn thành trước ngày 30/9/2026.",
     T("Phát triển sản phẩm OCOP, hỗ trợ hợp tác xã xây dựng nhãn hiệu tập thể",
       "Hợp tác xã Nông nghiệp Tân Phong", ["Phòng Kinh tế", "Hội Liên hiệp Phụ nữ xã"],
       "2026-09-30")),
    ("6. Kiên cố hóa hệ thống kênh mương nội đồng; hoàn thành trước ngày 31/10/2026.",
     T("Kiên cố hóa hệ thống kênh mương nội đồng", "Phòng Kinh tế", [], "2026-10-31")),
    ("7. Xây dựng mô hình “Thanh niên tình nguyện giữ gìn vệ sinh môi trường” tại "
     "các thôn; thời gian: tháng 8/2026.",
     T("Xây dựng mô hình “Thanh niên tình nguyện giữ gìn vệ sinh môi trường” tại "
       "các thôn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", ["Phòng Kinh tế"],
       "2026-08-31")),
]  # fmt: skip

TAN_PHONG_GIVEN = [
    "1. Phòng Kinh tế: chủ trì thực hiện các nhiệm vụ tại điểm 1, 3 và 6 mục II; phối "
    "hợp thực hiện nhiệm vụ tại điểm 5 và 7 mục II.",
    "2. Phòng Văn hóa - Xã hội: chủ trì nhiệm vụ tại điểm 2 mục II; phối hợp với "
    "Phòng Kinh tế, Trạm Y tế xã thực hiện các nhiệm vụ tại điểm 1 và 4 mục II.",
    "3. Trạm Y tế xã: chủ trì thực hiện nhiệm vụ tại điểm 4 mục II.",
    "4. Hợp tác xã Nông nghiệp Tân Phong: chủ trì thực hiện nhiệm vụ tại điểm 5 "
    "mục II.",
    "5. Văn phòng HĐND và UBND xã: bố trí kinh phí, theo dõi, tổng hợp kết quả "
    "thực hiện, báo cáo Chủ tịch UBND xã trước ngày 15/12/2026.",
    "6. Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh xã: chủ trì nhiệm vụ tại điểm 7 "
    "mục II; phối hợp thực hiện các nhiệm vụ tại điểm 2 và 3 mục II.",
    "7. Đề nghị Hội Liên hiệp Phụ nữ xã: phối hợp thực hiện các nhiệm vụ tại điểm 2, "
    "3 và 5 mục II.",
]


def tan_phong_docx():
    title = "Xây dựng xã Tân Phong đạt chuẩn nông thôn mới nâng cao năm 2026"
    lines = ["I. MỤC ĐÍCH, YÊU CẦU",
             "Huy động sự vào cuộc của cả hệ thống chính trị và Nhân dân.",
             "II. NHIỆM VỤ", *[t for t, _ in TAN_PHONG_TASKS],
             "III. PHÂN CÔNG THỰC HIỆN", *TAN_PHONG_GIVEN]  # fmt: skip
    data = _docx(["ỦY BAN NHÂN DÂN", "XÃ TÂN PHONG", "Số: 21/KH-UBND"],
                 "Tân Phong, ngày 12 tháng 01 năm 2026", title, lines,
                 ["- Đảng ủy xã (b/c);", "- Các ban, ngành;", "- Lưu: VT."],
                 [*SIGN, "Lê Văn Thành"])  # fmt: skip
    head = hdr("21", "KH-UBND", "Tân Phong", "2026-01-12", title,
               "ỦY BAN NHÂN DÂN XÃ TÂN PHONG", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH", "Lê Văn Thành", [], 3)  # fmt: skip
    return ("f40q-xa-tan-phong-phan-cong.docx", data, "a commune's Word plan whose "
            "tasks in part II name no lead and part III gives them by number ('chủ "
            "trì … tại điểm 1, 3 và 6 mục II', 'Đề nghị <body>: …', 'phối hợp với "
            "X, Y thực hiện … tại điểm 1 và 4 mục II').", head,
            [t for _, t in TAN_PHONG_TASKS])  # fmt: skip


# --- F1 (.txt): numbers in other words ---------------------------------------

MY_HA_TASKS = [
    ("1. Hướng dẫn Nhân dân chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả, "
     "hoàn thành trước ngày 30/4/2026.",
     T("Hướng dẫn Nhân dân chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả",
       "Phòng Kinh tế", ["Hội Nông dân xã"], "2026-04-30")),
    ("2. Chỉnh trang khuôn viên nhà văn hóa các thôn; thời gian thực hiện: quý "
     "III/2026.",
     T("Chỉnh trang khuôn viên nhà văn hóa các thôn", "Phòng Văn hóa - Xã hội",
       ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], "2026-09-30")),
    ("3. Phát động phong trào “Ngày Chủ nhật xanh” tại các khu dân cư; thời gian: "
     "tháng 5/2026.",
     T("Phát động phong trào “Ngày Chủ nhật xanh” tại các khu dân cư",
       "Phòng Văn hóa - Xã hội", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                                   "Hội Nông dân xã"], "2026-05-31")),
    ("4. Lắp đặt hệ thống camera an ninh tại các trục đường chính; hoàn thành "
     "trước ngày 31/7/2026.",
     T("Lắp đặt hệ thống camera an ninh tại các trục đường chính", "Công an xã",
       ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], "2026-07-31")),
    ("5. Xây dựng mô hình khu dân cư an toàn về an ninh trật tự, do Ban Chỉ huy "
     "Quân sự xã chủ trì; hoàn thành trong quý IV/2026.",
     T("Xây dựng mô hình khu dân cư an toàn về an ninh trật tự",
       "Ban Chỉ huy Quân sự xã", ["Công an xã"], "2026-12-31")),
    ("6. Tổ chức tập huấn kỹ thuật chăn nuôi an toàn sinh học cho các hộ; thời gian: "
     "tháng 6/2026.",
     T("Tổ chức tập huấn kỹ thuật chăn nuôi an toàn sinh học cho các hộ",
       "Phòng Kinh tế", ["Hội Nông dân xã"], "2026-06-30")),
]  # fmt: skip

MY_HA_GIVEN = [
    "1. Phòng Kinh tế chủ trì thực hiện nhiệm vụ số 1, 6.",
    "2. Phòng Văn hóa - Xã hội: chủ trì các nội dung tại mục 2, 3 phần II.",
    "3. Công an xã: chủ trì thực hiện nhiệm vụ tại khoản 4 Mục II; phối hợp với Ban "
    "Chỉ huy Quân sự xã thực hiện khoản 5 Mục II.",
    "4. Ban Chỉ huy Quân sự xã: chủ trì thực hiện nhiệm vụ tại khoản 5 Mục II và "
    "hướng dẫn các thôn xây dựng lực lượng dân quân.",
    "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp thực hiện các nhiệm vụ "
    "từ điểm 2 đến điểm 4 mục II.",
    "6. Đề nghị Hội Nông dân xã: phối hợp thực hiện các nhiệm vụ số 1, 3 và 6 phần II.",
    "7. Phòng Tài chính - Kế hoạch (nếu có): thẩm định dự toán kinh phí thực hiện "
    "Kế hoạch.",
]


def my_ha_txt():
    title = "Thực hiện các tiêu chí nông thôn mới kiểu mẫu xã Mỹ Hà năm 2026"
    lines = ["I. MỤC ĐÍCH", "Hoàn thành các tiêu chí nông thôn mới kiểu mẫu.",
             "II. NHIỆM VỤ TRỌNG TÂM", *[t for t, _ in MY_HA_TASKS],
             "III. TỔ CHỨC THỰC HIỆN", *MY_HA_GIVEN]  # fmt: skip
    data = _txt(["ỦY BAN NHÂN DÂN", "XÃ MỸ HÀ", "Số: 35/KH-UBND"],
                "Mỹ Hà, ngày 05 tháng 02 năm 2026", title, lines,
                ["- Đảng ủy xã;", "- Như mục III;", "- Lưu: VT."],
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phan Thị Huệ"])  # fmt: skip
    head = hdr("35", "KH-UBND", "Mỹ Hà", "2026-02-05", title, "ỦY BAN NHÂN DÂN XÃ MỸ HÀ",
               "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Thị Huệ", [], 3)  # fmt: skip
    return ("f40q-xa-my-ha-so-thu-tu.txt", data, "a commune's plain text whose part "
            "III names the tasks as 'nhiệm vụ số 1, 6', 'các nội dung tại mục 2, 3 "
            "phần II', 'khoản 4 Mục II', 'từ điểm 2 đến điểm 4 mục II'; task 5 names "
            "its own lead, which the reference does not replace.", head,
            [t for _, t in MY_HA_TASKS])  # fmt: skip


# --- F1 (.odt): lettered points under numbered groups ------------------------

LONG_SON_TASKS = [
    ("1. Về phát triển sản xuất", [
        ("a) Xây dựng vùng sản xuất rau an toàn tập trung quy mô 15 ha; hoàn thành "
         "trước ngày 30/6/2026.",
         T("Xây dựng vùng sản xuất rau an toàn tập trung quy mô 15 ha",
           "Phòng Kinh tế", ["Hội Nông dân xã"], "2026-06-30")),
        ("b) Hỗ trợ các hộ liên kết tiêu thụ nông sản với doanh nghiệp; thời gian: "
         "quý III/2026.",
         T("Hỗ trợ các hộ liên kết tiêu thụ nông sản với doanh nghiệp",
           "Phòng Kinh tế", ["Hội Nông dân xã"], "2026-09-30")),
    ]),
    ("2. Về văn hóa - xã hội", [
        ("a) Duy trì danh hiệu “Thôn văn hóa” tại 100% số thôn; thời gian: năm 2026.",
         T("Duy trì danh hiệu “Thôn văn hóa” tại 100% số thôn",
           "Phòng Văn hóa - Xã hội", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
           "2026-12-31")),
        ("b) Tổ chức khám sàng lọc bệnh không lây nhiễm cho người cao tuổi; hoàn "
         "thành trước ngày 31/10/2026.",
         T("Tổ chức khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
           "Trạm Y tế xã", ["Phòng Văn hóa - Xã hội"], "2026-10-31")),
    ]),
]  # fmt: skip

LONG_SON_GIVEN = [
    "1. Phòng Kinh tế: chủ trì thực hiện điểm a, b khoản 1 mục II.",
    "2. Phòng Văn hóa - Xã hội: chủ trì thực hiện điểm a khoản 2 mục II; phối hợp "
    "thực hiện điểm b khoản 2 mục II.",
    "3. Trạm Y tế xã: chủ trì thực hiện điểm b khoản 2 mục II.",
    "4. Đề nghị Hội Nông dân xã: phối hợp thực hiện điểm a, b khoản 1 mục II.",
    "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: phối hợp thực hiện điểm a "
    "khoản 2 mục II.",
]


def long_son_odt():
    title = "Nâng cao chất lượng các tiêu chí nông thôn mới xã Long Sơn năm 2026"
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "Giữ vững và nâng cao các tiêu chí đã đạt.",
             "II. NHIỆM VỤ CỤ THỂ"]  # fmt: skip
    for heading, items in LONG_SON_TASKS:
        lines += [heading, *[t for t, _ in items]]
    lines += ["III. PHÂN CÔNG NHIỆM VỤ", *LONG_SON_GIVEN]
    data = _docx(["ỦY BAN NHÂN DÂN", "XÃ LONG SƠN", "Số: 09/KH-UBND"],
                 "Long Sơn, ngày 20 tháng 01 năm 2026", title, lines,
                 ["- Đảng ủy xã (b/c);", "- Như mục III;", "- Lưu: VT."],
                 [*SIGN, "Nguyễn Đình Phúc"])  # fmt: skip
    head = hdr("09", "KH-UBND", "Long Sơn", "2026-01-20", title,
               "ỦY BAN NHÂN DÂN XÃ LONG SƠN", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH", "Nguyễn Đình Phúc", [], 3)  # fmt: skip
    return ("f40q-xa-long-son-diem-khoan.odt", saved_as(data, "odt"), "a commune's "
            ".odt whose tasks are lettered points under numbered groups, given in "
            "part III as 'điểm a, b khoản 1 mục II'.", head,
            [t for _, items in LONG_SON_TASKS for _, t in items])  # fmt: skip


# --- F2 and F3 (.docx): a commune's plan by time -----------------------------

HOA_BINH = [
    ("1. Trong tháng 01/2026:", [
        ("- Kiện toàn Ban Chỉ đạo và Tổ giúp việc xây dựng nông thôn mới xã (Văn "
         "phòng HĐND và UBND xã chủ trì).",
         T("Kiện toàn Ban Chỉ đạo và Tổ giúp việc xây dựng nông thôn mới xã",
           "Văn phòng HĐND và UBND xã", [], "2026-01-31", "2026-01-01")),
    ]),
    ("2. Quý II/2026:", [
        ("- Tổ chức ra quân vệ sinh môi trường, khơi thông cống rãnh tại các thôn "
         "(Phòng Kinh tế chủ trì, phối hợp Công an xã; đ/c Lò Văn Tâm theo dõi).",
         T("Tổ chức ra quân vệ sinh môi trường, khơi thông cống rãnh tại các thôn",
           "Phòng Kinh tế", ["Công an xã"], "2026-06-30", official="Lò Văn Tâm")),
        ("- Rà soát hộ nghèo phát sinh, đề xuất hỗ trợ sinh kế (Phòng Văn hóa - Xã "
         "hội chủ trì).",
         T("Rà soát hộ nghèo phát sinh, đề xuất hỗ trợ sinh kế",
           "Phòng Văn hóa - Xã hội", [], "2026-06-30")),
    ]),
    ("3. Từ tháng 7 đến hết năm:", [
        ("- Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng "
         "cao (đồng chí Hà Văn Dũng, Phó Chủ tịch UBND xã chỉ đạo; Phòng Kinh tế chủ "
         "trì; Văn phòng HĐND và UBND xã phối hợp).",
         T("Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng "
           "cao", "Phòng Kinh tế", ["Văn phòng HĐND và UBND xã"], "2026-12-31",
           "2026-07-01", official="Hà Văn Dũng")),
        ("- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư, hoàn "
         "thành trước ngày 15/11/2026 (Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì).",
         T("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư",
           "Ủy ban Mặt trận Tổ quốc Việt Nam xã", [], "2026-11-15", "2026-07-01")),
    ]),
]  # fmt: skip


def hoa_binh_docx():
    title = "Triển khai xây dựng nông thôn mới nâng cao xã Hòa Bình năm 2026"
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "Cụ thể hóa các nhiệm vụ theo từng thời điểm.",
             "II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN"]  # fmt: skip
    for heading, items in HOA_BINH:
        lines += [heading, *[t for t, _ in items]]
    lines += ["III. TỔ CHỨC THỰC HIỆN",
              "Các bộ phận báo cáo kết quả về UBND xã trước ngày 20/12/2026."]  # fmt: skip
    data = _docx(["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 04/KH-UBND"],
                 "Hòa Bình, ngày 06 tháng 01 năm 2026", title, lines,
                 ["- Đảng ủy xã (b/c);", "- Các ban, ngành;", "- Lưu: VT."],
                 [*SIGN, "Hà Văn Dũng"])  # fmt: skip
    head = hdr("04", "KH-UBND", "Hòa Bình", "2026-01-06", title,
               "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
               "PHÓ CHỦ TỊCH", "Hà Văn Dũng", [], 3)  # fmt: skip
    return ("f40q-xa-hoa-binh-tien-do.docx", data, "a commune's Word plan whose "
            "items stand under time headings ('Trong tháng 01/2026:', 'Quý "
            "II/2026:', 'Từ tháng 7 đến hết năm:') with brackets of several clauses.",
            head, [t for _, items in HOA_BINH for _, t in items])  # fmt: skip


# --- F2 (.pdf): a commune's PDF by time ---------------------------------------

KIM_SON = [
    ("a) 6 tháng cuối năm 2026:", [
        ("- Nâng cấp hệ thống loa truyền thanh thông minh tại các thôn (Phòng Văn hóa "
         "- Xã hội chủ trì).",
         T("Nâng cấp hệ thống loa truyền thanh thông minh tại các thôn",
           "Phòng Văn hóa - Xã hội", [], "2026-12-31", "2026-07-01")),
    ]),
    ("b) Tháng 7 - tháng 12/2026:", [
        ("- Xây dựng tuyến đường hoa kiểu mẫu tại thôn Đông (Phòng Kinh tế chủ trì, "
         "Hội Liên hiệp Phụ nữ xã phối hợp).",
         T("Xây dựng tuyến đường hoa kiểu mẫu tại thôn Đông", "Phòng Kinh tế",
           ["Hội Liên hiệp Phụ nữ xã"], "2026-12-31", "2026-07-01")),
        ("- Đánh giá kết quả thực hiện các tiêu chí, trước ngày 15/9/2026 (Phòng "
         "Kinh tế chủ trì).",
         T("Đánh giá kết quả thực hiện các tiêu chí", "Phòng Kinh tế", [],
           "2026-09-15", "2026-07-01")),
    ]),
    ("c) Quý III và Quý IV/2026:", [
        ("- Hướng dẫn các hộ chăn nuôi xây dựng hầm biogas (Phòng Kinh tế chủ trì).",
         T("Hướng dẫn các hộ chăn nuôi xây dựng hầm biogas", "Phòng Kinh tế", [],
           "2026-12-31", "2026-07-01")),
    ]),
]  # fmt: skip


def kim_son_pdf():
    title = "Thực hiện các tiêu chí nông thôn mới xã Kim Sơn 6 tháng cuối năm 2026"
    lines = ["I. MỤC ĐÍCH", "Hoàn thành các tiêu chí còn lại trong năm 2026.",
             "II. NHIỆM VỤ THEO THỜI GIAN"]  # fmt: skip
    for heading, items in KIM_SON:
        lines += [heading, *[t for t, _ in items]]
    lines += ["III. TỔ CHỨC THỰC HIỆN",
              "Các bộ phận chủ động triển khai, báo cáo UBND xã hằng tháng."]  # fmt: skip
    data = _docx(["ỦY BAN NHÂN DÂN", "XÃ KIM SƠN", "Số: 112/KH-UBND"],
                 "Kim Sơn, ngày 25 tháng 6 năm 2026", title, lines,
                 ["- Đảng ủy xã (b/c);", "- Lưu: VT."],
                 ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đoàn Minh Tuấn"])  # fmt: skip
    head = hdr("112", "KH-UBND", "Kim Sơn", "2026-06-25", title,
               "ỦY BAN NHÂN DÂN XÃ KIM SƠN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Đoàn Minh Tuấn", [], 2)  # fmt: skip
    return ("f40q-xa-kim-son-sau-thang.pdf", saved_as(data, "pdf"), "a commune's PDF "
            "whose items stand under '6 tháng cuối năm 2026:', 'Tháng 7 - tháng "
            "12/2026:', 'Quý III và Quý IV/2026:'; one item's own day wins.", head,
            [t for _, items in KIM_SON for _, t in items])  # fmt: skip


# --- F3 (.txt): a ward's tasks with brackets of several clauses --------------

BINH_MINH = [
    ("1. Chỉnh trang vỉa hè, hệ thống thoát nước tuyến phố Lê Lợi; hoàn thành trong "
     "quý II/2026 (đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND phường chỉ đạo; Phòng "
     "Kinh tế, Hạ tầng và Đô thị chủ trì; Công an phường phối hợp).",
     T("Chỉnh trang vỉa hè, hệ thống thoát nước tuyến phố Lê Lợi",
       "Phòng Kinh tế, Hạ tầng và Đô thị", ["Công an phường"], "2026-06-30",
       official="Trần Quốc Bảo")),
    ("2. Xử lý dứt điểm các điểm tập kết rác thải tự phát; thời gian: tháng 4/2026 "
     "(Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp Công an phường; đ/c Vi "
     "Thị Hằng theo dõi).",
     T("Xử lý dứt điểm các điểm tập kết rác thải tự phát",
       "Phòng Kinh tế, Hạ tầng và Đô thị", ["Công an phường"], "2026-04-30",
       official="Vi Thị Hằng")),
    ("3. Xây dựng tổ dân phố kiểu mẫu “Sáng - xanh - sạch - đẹp”; thời gian: năm "
     "2026 (đồng chí Nông Văn Hiếu, Chủ tịch UBND phường chỉ đạo; Phòng Văn hóa - "
     "Xã hội chủ trì; Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn Thanh niên "
     "phường phối hợp).",
     T("Xây dựng tổ dân phố kiểu mẫu “Sáng - xanh - sạch - đẹp”",
       "Phòng Văn hóa - Xã hội", ["Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                                   "Đoàn Thanh niên phường"], "2026-12-31",
       official="Nông Văn Hiếu")),
    ("4. Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh; hoàn thành trước ngày "
     "30/9/2026 (Trạm Y tế phường chủ trì; Phòng Văn hóa - Xã hội, Công an phường "
     "phối hợp; đồng chí Trần Quốc Bảo theo dõi, đôn đốc).",
     T("Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh", "Trạm Y tế phường",
       ["Phòng Văn hóa - Xã hội", "Công an phường"], "2026-09-30",
       official="Trần Quốc Bảo")),
]  # fmt: skip


def binh_minh_txt():
    title = "Chỉnh trang đô thị văn minh phường Bình Minh năm 2026"
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "Xây dựng phường xanh, sạch, đẹp, văn minh.",
             "II. NHIỆM VỤ, GIẢI PHÁP", *[t for t, _ in BINH_MINH],
             "III. TỔ CHỨC THỰC HIỆN",
             "Các đơn vị báo cáo kết quả về UBND phường trước ngày 10/12/2026."]  # fmt: skip
    data = _txt(["ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH MINH", "Số: 58/KH-UBND"],
                "Bình Minh, ngày 03 tháng 3 năm 2026", title, lines,
                ["- Đảng ủy phường;", "- Các đơn vị;", "- Lưu: VT."],
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nông Văn Hiếu"])  # fmt: skip
    head = hdr("58", "KH-UBND", "Bình Minh", "2026-03-03", title,
               "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH MINH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Nông Văn Hiếu", [], 3)  # fmt: skip
    return ("f40q-phuong-binh-minh-ngoac.txt", data, "a ward's plain text whose tasks "
            "end on a bracket of several clauses: '(đồng chí A, <post> chỉ đạo; X "
            "chủ trì; Y phối hợp)', '(X chủ trì, phối hợp Y; đ/c A theo dõi)', a "
            "lead whose name holds a comma.", head, [t for _, t in BINH_MINH])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (tan_phong_docx, my_ha_txt, long_son_odt, hoa_binh_docx, kim_son_pdf,
                 binh_minh_txt):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
