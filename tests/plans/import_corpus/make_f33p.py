"""Writes set f33p's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f33p.py

Set f33p varies two families of work handed out body by body, each
written here from its description before the importer was changed:

P1. Paragraphs that open on the body, often in bold, then a colon and the
    work, with no number and no dash, under "PHÂN CÔNG THỰC HIỆN" / "NHIỆM
    VỤ CỤ THỂ" / "TỔ CHỨC THỰC HIỆN" ("**Hội Nông dân xã:** Chủ trì, phối
    hợp với … hỗ trợ …; hoàn thành trước …"): each is one task, the body
    its lead; a single day ("vào ngày 25/01/2027") or the lunar new year
    ("trước Tết Nguyên đán Đinh Mùi") its deadline; a paragraph opening on
    a person or on "Các tổ chức thành viên: Định kỳ … báo cáo" is no task.
    Bold on the body only, the body in italics, the whole line plain; .docx,
    .md, .txt.
P2. A body's numbered heading naming its official in brackets ("2. Trưởng
    thôn (ông Lường Văn Khiêm):", "(đ/c …, Phó Chủ tịch UBND xã)", "(… -
    công chức Địa chính)", "(phụ trách: …)") over dash duties: each dated
    duty's official is the named person; a bracket naming no one ("(gọi tắt
    là …)", "(cơ quan thường trực)", "(05 thôn)") gives none; steering and
    oversight duties stay no tasks.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import closing_under, opening, para, save  # noqa: E402

OUT = HERE / "f33p"

COMMENT = """Set f33p (work handed out body by body), written before the importer
was changed for it: {what}
Assumptions: a paragraph "Body: work" with a time of its own is one task
the body leads, its title the work without "Chủ trì," its partners, its
time or the person who follows it; a heading's bracket person is the
official of every dated duty under it (the name measured); "vào ngày X"
ends on X; "trước Tết Nguyên đán Đinh Mùi" on the eve of 06/02/2027."""


def header(*fields):
    return hdr(*fields, [], 2)


# --- P1 (.docx): a Fatherland Front's plan, bold bodies ----------------------

FRONT = [
    ("Hội Nông dân xã", "bold", "Chủ trì, phối hợp với Hợp tác xã nông nghiệp Thắng Lợi "
     "hỗ trợ 2 tấn phân bón cho 40 hộ nghèo; hoàn thành trước 20/12/2026.",
     T("Hỗ trợ 2 tấn phân bón cho 40 hộ nghèo", "Hội Nông dân xã",
       ["Hợp tác xã nông nghiệp Thắng Lợi"], "2026-12-20")),
    ("Ban Công tác Mặt trận các thôn", "bold", "Rà soát, lập danh sách hộ có hoàn cảnh "
     "khó khăn, gửi về Ban Thường trực Ủy ban MTTQ xã trước ngày 15/11/2026.",
     T("Rà soát, lập danh sách hộ có hoàn cảnh khó khăn, gửi về Ban Thường trực Ủy ban "
       "MTTQ xã", "Ban Công tác Mặt trận các thôn", [], "2026-11-15")),
    ("Đoàn Thanh niên xã", "italic", "Tổ chức \"Chợ quê nghĩa tình\" tặng 150 suất hàng "
     "Tết vào ngày 28/01/2027, phối hợp Hội Liên hiệp Phụ nữ xã.",
     T("Tổ chức \"Chợ quê nghĩa tình\" tặng 150 suất hàng Tết", "Đoàn Thanh niên xã",
       ["Hội Liên hiệp Phụ nữ xã"], "2027-01-28")),
    ("Ban Thường trực Ủy ban MTTQ xã", "bold", "Tổ chức Lễ ra quân ủng hộ Quỹ \"Vì người "
     "nghèo\" vào ngày 22/11/2026; giao đồng chí Vi Thị Hồng - Ủy viên Thường trực theo dõi.",
     T("Tổ chức Lễ ra quân ủng hộ Quỹ \"Vì người nghèo\"", "Ban Thường trực Ủy ban MTTQ xã",
       [], "2026-11-22", official="Vi Thị Hồng")),
    ("Hội Cựu chiến binh xã", "plain", "Vận động hội viên góp gạo, trao 60 suất quà cho "
     "hội viên khó khăn trước Tết Nguyên đán Đinh Mùi.",
     T("Vận động hội viên góp gạo, trao 60 suất quà cho hội viên khó khăn",
       "Hội Cựu chiến binh xã", [], "2027-02-05")),
]  # fmt: skip


def front_docx():
    title = 'Vận động ủng hộ "Tết vì người nghèo" Xuân Đinh Mùi năm 2027'
    doc = opening(["ỦY BAN MTTQ VIỆT NAM HUYỆN BẮC SƠN", "BAN THƯỜNG TRỰC ỦY BAN MTTQ",
                   "XÃ VŨ LĂNG", "Số: 21/KH-MTTQ"],
                  "Vũ Lăng, ngày 02 tháng 11 năm 2026", title)  # fmt: skip
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc, "Phát huy truyền thống tương thân tương ái: không để hộ nào không có Tết."
    )
    para(doc, "II. PHÂN CÔNG THỰC HIỆN", bold=True)
    for body, style, work, _ in FRONT:
        p = doc.add_paragraph()
        run = p.add_run(f"{body}:")
        run.bold, run.italic = style == "bold", style == "italic"
        p.add_run(f" {work}")
    para(doc, "Đồng chí Hà Văn Thụ - Phó Chủ tịch Ủy ban MTTQ xã: Theo dõi, đôn đốc các "
         "tổ chức thực hiện kế hoạch.")  # fmt: skip
    para(
        doc,
        "Các tổ chức thành viên: Định kỳ hằng tháng báo cáo kết quả về Ban Thường trực.",
    )
    closing_under(doc, ["- Ủy ban MTTQ huyện;", "- Lưu: VT."],
                  ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "Hoàng Văn Lềnh"])  # fmt: skip
    head = header("21", "KH-MTTQ", "Vũ Lăng", "2026-11-02", title,
                  "BAN THƯỜNG TRỰC ỦY BAN MTTQ XÃ VŨ LĂNG", "TM. BAN THƯỜNG TRỰC",
                  "CHỦ TỊCH", "Hoàng Văn Lềnh")  # fmt: skip
    return ("f33p-mttq-vu-lang-phan-cong.docx", save(doc), "a Front's Word plan, "
            "each body in bold (or italics, or plain) then its colon and its work, no "
            "number; a person's and the members' paragraphs are no tasks.", head,
            [row[3] for row in FRONT])  # fmt: skip


# --- P1 (.md): a women's union, "**Body:**" ----------------------------------

WOMEN = [
    ("Chi hội Phụ nữ các thôn", "Vận động 200 hội viên phân loại rác tại nguồn; hoàn "
     "thành trước 30/6/2027.",
     T("Vận động 200 hội viên phân loại rác tại nguồn", "Chi hội Phụ nữ các thôn", [],
       "2027-06-30")),
    ("Ban Tuyên giáo Hội", "Biên soạn tài liệu tuyên truyền: mô hình \"5 không, 3 sạch\", "
     "phát tới các chi hội trước ngày 15/4/2027.",
     T("Biên soạn tài liệu tuyên truyền: mô hình \"5 không, 3 sạch\", phát tới các chi hội",
       "Ban Tuyên giáo Hội", [], "2027-04-15")),
    ("Trạm Y tế xã", "Phối hợp với Hội Liên hiệp Phụ nữ xã khám sàng lọc cho 300 phụ nữ. "
     "Thời gian: tháng 9/2027.",
     T("Khám sàng lọc cho 300 phụ nữ", "Trạm Y tế xã", ["Hội Liên hiệp Phụ nữ xã"],
       "2027-09-30")),
]  # fmt: skip


def women_md():
    title = "Thực hiện tiêu chí môi trường và an toàn thực phẩm năm 2027"
    body = []
    for who, work, _ in WOMEN:
        body += [f"**{who}:** {work}", ""]
    text = "\n".join([
        "HỘI LHPN HUYỆN CHỢ ĐỒN", "**BCH HỘI LHPN XÃ NGỌC PHÁI**", "Số: 09/KH-HPN", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        "*Ngọc Phái, ngày 05 tháng 3 năm 2027*", "", "# KẾ HOẠCH", "", f"## {title}", "",
        "### I. MỤC ĐÍCH", "", "Nâng cao nhận thức của hội viên: sống xanh, sạch, an toàn.",
        "", "### II. NHIỆM VỤ CỤ THỂ", "", *body,
        "**Nơi nhận:**", "- Hội LHPN huyện;", "- Lưu VT.", "",
        "**TM. BAN CHẤP HÀNH**", "**CHỦ TỊCH**", "", "**Đàm Thị Thoa**", "",
    ])  # fmt: skip
    head = header("09", "KH-HPN", "Ngọc Phái", "2027-03-05", title,
                  "BCH HỘI LHPN XÃ NGỌC PHÁI", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
                  "Đàm Thị Thoa")  # fmt: skip
    return ("f33p-hoi-phu-nu-ngoc-phai.md", text, "a women's union's Markdown plan, "
            "\"**Body:** work\" paragraphs under NHIỆM VỤ CỤ THỂ, a colon inside a work, "
            "a work of two sentences.", head, [row[2] for row in WOMEN])  # fmt: skip


# --- P1 (.txt): a commune's plain lines, bodies of every kind -----------------

COMMUNE = [
    ("Công an xã", "Chủ trì tuần tra, bảo đảm an ninh trật tự tại 06 thôn dịp cuối năm; "
     "thời gian: tháng 12/2026.",
     T("Tuần tra, bảo đảm an ninh trật tự tại 06 thôn dịp cuối năm", "Công an xã", [],
       "2026-12-31")),
    ("Trường Tiểu học Kim Đồng", "Trồng 120 cây bóng mát quanh khuôn viên trường, "
     "hoàn thành trước ngày 31/3/2027.",
     T("Trồng 120 cây bóng mát quanh khuôn viên trường", "Trường Tiểu học Kim Đồng", [],
       "2027-03-31")),
    ("HTX nông nghiệp Đồng Tiến", "Liên kết bao tiêu 15 ha lúa chất lượng cao cho xã "
     "viên, phối hợp với Phòng Kinh tế; hoàn thành trong quý II/2027.",
     T("Liên kết bao tiêu 15 ha lúa chất lượng cao cho xã viên", "HTX nông nghiệp Đồng Tiến",
       ["Phòng Kinh tế"], "2027-06-30")),
    ("UBND các thôn", "Vận động nhân dân hiến đất mở rộng đường liên thôn; hoàn thành "
     "trước 30/4/2027.",
     T("Vận động nhân dân hiến đất mở rộng đường liên thôn", "UBND các thôn", [],
       "2027-04-30")),
]  # fmt: skip


def commune_txt():
    title = "Ra quân xây dựng nông thôn mới đợt cao điểm năm 2027"
    body = [f"{who}: {work}" for who, work, _ in COMMUNE]
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "XÃ ĐỒNG TIẾN", "Số: 88/KH-UBND", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Đồng Tiến, ngày 20 tháng 11 năm 2026", "", "KẾ HOẠCH", title, "",
        "I. MỤC ĐÍCH, YÊU CẦU", "Huy động cả hệ thống chính trị: mỗi thôn một công trình.",
        "II. TỔ CHỨC THỰC HIỆN", *body,
        "Đồng chí Lương Văn Quang - Phó Chủ tịch UBND xã: Theo dõi, đôn đốc chung.",
        "", "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Nông Văn Dũng", "",
    ])  # fmt: skip
    head = expected.commune_header("Đồng Tiến", "88", "2026-11-20", title,
                                   "Nông Văn Dũng", 2)  # fmt: skip
    return ("f33p-xa-dong-tien-to-chuc.txt", text, "a commune's plain text, bodies of "
            "every kind (Công an xã, Trường, HTX, UBND các thôn) before a colon, no "
            "bold, no number.", head, [row[2] for row in COMMUNE])  # fmt: skip


# --- P2 (.docx): a village's headings naming their officials ------------------

VILLAGE = [
    ("1. Chi bộ thôn (đồng chí Đinh Văn Tường - Bí thư Chi bộ):", [
        ("- Lãnh đạo, chỉ đạo việc triển khai kế hoạch trong toàn thôn.", None),
        ("- Giám sát việc thu, chi các khoản nhân dân đóng góp.", None)]),
    ("2. Trưởng thôn (ông Lường Văn Khiêm):", [
        ("- Chủ trì họp dân bàn phương án làm đường điện chiếu sáng; hoàn thành trước "
         "30/5/2027.", T("Họp dân bàn phương án làm đường điện chiếu sáng", "Trưởng thôn",
                         [], "2027-05-30", official="Lường Văn Khiêm")),
        ("- Phối hợp với Ban Quản lý dự án xã lắp đặt 30 cột đèn trục thôn; thời gian: "
         "tháng 6 - tháng 7/2027.", T("Lắp đặt 30 cột đèn trục thôn", "Trưởng thôn",
                                      ["Ban Quản lý dự án xã"], "2027-07-31",
                                      official="Lường Văn Khiêm"))]),
    ("3. Ban phát triển thôn (gọi tắt là Ban phát triển):", [
        ("- Lập dự toán mua vật tư, trình UBND xã trước 15/6/2027.",
         T("Lập dự toán mua vật tư, trình UBND xã", "Ban phát triển thôn", [],
           "2027-06-15"))]),
    ("4. Chi hội Phụ nữ thôn (bà Lò Thị Xuân - Chi hội trưởng):", [
        ("- Vận động hội viên trồng 500 m hàng rào hoa; hoàn thành trước 31/8/2027.",
         T("Vận động hội viên trồng 500 m hàng rào hoa", "Chi hội Phụ nữ thôn", [],
           "2027-08-31", official="Lò Thị Xuân")),
        ("- Đôn đốc các hộ giữ vệ sinh đường làng.", None)]),
]  # fmt: skip


def village_docx():
    title = "Thắp sáng đường làng thôn Nà Lẹng năm 2027"
    doc = opening(["UBND XÃ PHÚC LỘC", "THÔN NÀ LẸNG", "Số: 03/KH-TNL"],
                  "Nà Lẹng, ngày 10 tháng 4 năm 2027", title)  # fmt: skip
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "100% trục chính của thôn có đèn chiếu sáng.")
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ", bold=True)
    for heading, duties in VILLAGE:
        para(doc, heading, bold=True)
        for duty, _ in duties:
            para(doc, duty)
    closing_under(doc, ["- UBND xã;", "- Lưu."],
                  ["TRƯỞNG THÔN", "", "Lường Văn Khiêm"])  # fmt: skip
    head = header("03", "KH-TNL", "Nà Lẹng", "2027-04-10", title, "THÔN NÀ LẸNG", "",
                  "TRƯỞNG THÔN", "Lường Văn Khiêm")  # fmt: skip
    tasks = [t for _, duties in VILLAGE for _, t in duties if t]
    return ("f33p-thon-na-leng-nguoi-phu-trach.docx", save(doc), "a village's Word "
            "plan, each body's heading naming its person in brackets (ông, bà, đồng chí) "
            "or a name that is no person (gọi tắt là …), over dash duties.", head,
            tasks)  # fmt: skip


# --- P2 (.txt): a commune's units naming their officials ---------------------

UNITS = [
    ("1. Phòng Kinh tế (đ/c Triệu Văn Páo, Phó Chủ tịch UBND xã):", [
        ("- Hướng dẫn 05 thôn lập hồ sơ hỗ trợ xi măng làm đường; hoàn thành trước "
         "30/4/2027.", T("Hướng dẫn 05 thôn lập hồ sơ hỗ trợ xi măng làm đường",
                         "Phòng Kinh tế", [], "2027-04-30", official="Triệu Văn Páo"))]),
    ("2. Công chức Địa chính - Xây dựng (Hà Minh Tuấn - công chức Địa chính):", [
        ("- Đo đạc, cắm mốc chỉ giới 3 km đường liên thôn; thời gian: quý II/2027.",
         T("Đo đạc, cắm mốc chỉ giới 3 km đường liên thôn",
           "Công chức Địa chính - Xây dựng", [], "2027-06-30", official="Hà Minh Tuấn"))]),
    ("3. Hội Nông dân xã (phụ trách: Bế Thị Lan):", [
        ("- Vận động hội viên góp 1.200 ngày công làm đường; hoàn thành trước 31/7/2027.",
         T("Vận động hội viên góp 1.200 ngày công làm đường", "Hội Nông dân xã", [],
           "2027-07-31", official="Bế Thị Lan"))]),
    ("4. Các thôn (05 thôn):", [
        ("- Tổ chức nhân dân ra quân làm đường; hoàn thành trước 30/9/2027.",
         T("Tổ chức nhân dân ra quân làm đường", "Các thôn", [], "2027-09-30"))]),
]  # fmt: skip


def units_txt():
    title = "Cứng hóa đường liên thôn năm 2027"
    body = [
        line for heading, duties in UNITS for line in (heading, *(d for d, _ in duties))
    ]
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "XÃ PHÚC LỘC", "Số: 41/KH-UBND", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Phúc Lộc, ngày 15 tháng 3 năm 2027", "", "KẾ HOẠCH", title, "",
        "I. MỤC ĐÍCH, YÊU CẦU", "Cứng hóa 3 km đường liên thôn.",
        "II. TỔ CHỨC THỰC HIỆN", *body,
        "", "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Hoàng Văn Thái", "",
    ])  # fmt: skip
    head = expected.commune_header("Phúc Lộc", "41", "2027-03-15", title,
                                   "Hoàng Văn Thái", 2)  # fmt: skip
    tasks = [t for _, duties in UNITS for _, t in duties if t]
    return ("f33p-xa-phuc-loc-don-vi-phu-trach.txt", text, "a commune's plain text, each "
            "unit's heading naming its official in brackets (đ/c X, post; X - post; "
            "phụ trách: X) or a count that is no one (05 thôn).", head,
            tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (front_docx, women_md, commune_txt, village_docx, units_txt):
        name, data, what, head, tasks = make()
        expected.write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
