"""Writes set f36t's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f36t.py

Set f36t holds task tables and task sentences the importer read wrongly,
each written here before the importer was changed for them:

F1. a mass organisation's table (the Women's Union, the Farmers' Union,
    the Youth Union of a commune) whose time column comes before the work
    ("TT | Thời gian | Nội dung công việc | Chi hội/ Ban phụ trách | Phối
    hợp | Ghi chú"), the unit that does the work headed "Chi hội/ Ban phụ
    trách", "Ban/ Chi hội thực hiện", "Đơn vị/ người phụ trách"; a month's
    cell merged down over the rows of that month, in .docx, .odt and as a
    PDF printed by LibreOffice;
F2. a numbered task whose responsibility follows a colon in the same
    paragraph ("…"Giọt hồng biên cương": BCH Đoàn xã chủ trì, phối hợp …;
    thời gian: tháng 3/2027."), or on the lines under it ("- Chủ trì: …"),
    in an e-mail's plain text;
F3. "Giao X chủ trì, phối hợp Y <work>" where the partners run straight
    into the work ("… phối hợp Phòng Kinh tế xã tổ chức nâng cấp …", "…
    phối hợp Hội Nông dân xã hỗ trợ …"): the partners end at the first
    work verb, and a bare "tổ chức" before another work verb is no part of
    the title.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    fixed_widths,
    opening,
    para,
    save,
)

OUT = HERE / "f36t"

COMMENT = """Set f36t (task tables and task sentences read wrongly), written
before the importer was changed for it: {what}
Assumptions: the unit of the column "… phụ trách" / "… thực hiện" leads;
the units after "phối hợp" are the partners, up to the work's first verb;
a month merged over several rows is each row's time; a month's last day is
the deadline, its first day the start; a bare "tổ chức" before another
work verb is no part of the title."""


def month_table(doc, head, months, widths):
    """A ruled task table whose second column is the month, its cell merged
    down over the rows of that month. `months`: (month, [(work, lead,
    partners text, note)])."""
    rows = sum(len(tasks) for _, tasks in months)
    t = doc.add_table(rows=1 + rows, cols=len(head))
    t.style = "Table Grid"
    for i, text in enumerate(head):
        fill(t.cell(0, i), text, size=12, bold=True, center=True)
    r = 1
    n = 1
    for month, tasks in months:
        top = r
        for work, lead, partners, note in tasks:
            for c, text in enumerate([str(n), "", work, lead, partners, note]):
                if text:
                    fill(t.cell(r, c), text, size=12, center=c == 0)
            r += 1
            n += 1
        merged = (
            t.cell(top, 1).merge(t.cell(r - 1, 1)) if r - 1 > top else t.cell(top, 1)
        )
        fill(merged, month, size=12, center=True)
        for p in merged.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_widths(t, widths)
    return t


def union_plan(issuer, place_date, title, head, months, signature, widths):
    doc = opening(issuer, place_date, title)
    a4(doc, left=2.0, right=1.5)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò của hội viên, đoàn viên trong xây dựng nông thôn mới.")
    para(doc, "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", bold=True)
    month_table(doc, head, months, widths)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các chi hội báo cáo kết quả về Ban Thường vụ trước ngày 25 hằng tháng.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các chi hội;", "- Lưu."], signature)
    return doc


def expected_rows(months, deadline_of):
    tasks = []
    for month, rows in months:
        start, deadline = deadline_of[month]
        for work, lead, partners, _ in rows:
            split = [u.strip() for u in partners.split(",") if u.strip()]
            tasks.append(T(work, lead, split, deadline, start))
    return tasks


# --- F1 (.docx): the Women's Union, "Chi hội/ Ban phụ trách" --------------

WOMEN = [
    ("Tháng 3/2027", [
        ("Tổ chức tọa đàm kỷ niệm 117 năm Ngày Quốc tế Phụ nữ 8/3", "Ban Tuyên giáo",
         "Các chi hội thôn", ""),
        ("Ra quân làm sạch, trồng hoa tuyến đường thôn Phú An", "Chi hội thôn Phú An",
         "Đoàn Thanh niên xã", ""),
        ("Thăm, tặng quà 12 hội viên có hoàn cảnh khó khăn", "Ban Chính sách",
         "Hội Chữ thập đỏ xã", "Nguồn vận động"),
    ]),
    ("Tháng 4/2027", [
        ("Ra mắt mô hình \"5 không, 3 sạch\" tại thôn Đồng Chùa", "Chi hội thôn Đồng Chùa",
         "Ban phát triển thôn Đồng Chùa", ""),
        ("Tập huấn kỹ năng phân loại rác thải tại nguồn cho hội viên", "Ban Kinh tế",
         "Trạm Y tế xã, Công chức Địa chính - Xây dựng", ""),
    ]),
    ("Tháng 5/2027", [
        ("Sơ kết 5 tháng thực hiện Cuộc vận động xây dựng gia đình 5 không, 3 sạch",
         "Ban Thường vụ", "", ""),
    ]),
]  # fmt: skip

WOMEN_DAYS = {
    "Tháng 3/2027": ("2027-03-01", "2027-03-31"),
    "Tháng 4/2027": ("2027-04-01", "2027-04-30"),
    "Tháng 5/2027": ("2027-05-01", "2027-05-31"),
}


def women_docx():
    title = "Hội Phụ nữ tham gia xây dựng nông thôn mới nâng cao năm 2027"
    doc = union_plan(
        ["HỘI LHPN HUYỆN YÊN LẬP", "BCH HỘI LHPN XÃ PHÚ AN", "Số: 07/KH-HPN"],
        "Phú An, ngày 20 tháng 02 năm 2027",
        title,
        ["TT", "Thời gian", "Nội dung công việc", "Chi hội/ Ban phụ trách", "Phối hợp",
         "Ghi chú"],
        WOMEN,
        ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Hà Thị Nhung"],
        [1.0, 2.4, 6.2, 3.2, 3.0, 1.7],
    )  # fmt: skip
    head = hdr("07", "KH-HPN", "Phú An", "2027-02-20", title, "BCH HỘI LHPN XÃ PHÚ AN",
               "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Hà Thị Nhung", [], 3)  # fmt: skip
    return ("f36t-hoi-phu-nu-phu-an.docx", save(doc), "the Women's Union's Word "
            "plan: 'TT | Thời gian | Nội dung công việc | Chi hội/ Ban phụ trách | Phối "
            "hợp | Ghi chú', the month's cell merged down over its rows.", head,
            expected_rows(WOMEN, WOMEN_DAYS))  # fmt: skip


# --- F1 (.odt): the Farmers' Union, "Ban/ Chi hội thực hiện" ---------------

FARMERS = [
    ("Tháng 3/2027", [
        ("Tập huấn kỹ thuật trồng chè an toàn theo hướng VietGAP", "Ban Kinh tế",
         "Trung tâm Dịch vụ nông nghiệp xã", ""),
        ("Vận động hội viên hiến 600 m² đất mở rộng đường nội đồng", "Chi hội Khe Ván",
         "Ban phát triển thôn Khe Ván", ""),
    ]),
    ("Tháng 6/2027", [
        ("Thành lập tổ hợp tác nuôi ong lấy mật thôn Bản Thàng", "Chi hội Bản Thàng",
         "Phòng Kinh tế xã", ""),
        ("Giải ngân vốn Quỹ Hỗ trợ nông dân cho 8 hộ hội viên", "Ban Thường vụ",
         "Ngân hàng Chính sách xã hội huyện", ""),
        ("Kiểm tra việc giữ gìn vệ sinh chuồng trại của các hộ chăn nuôi",
         "Ban Kiểm tra", "Các chi hội", ""),
    ]),
]  # fmt: skip

FARMERS_DAYS = {
    "Tháng 3/2027": ("2027-03-01", "2027-03-31"),
    "Tháng 6/2027": ("2027-06-01", "2027-06-30"),
}


def farmers_odt():
    title = "Hội Nông dân chung sức xây dựng nông thôn mới năm 2027"
    doc = union_plan(
        ["HỘI NÔNG DÂN HUYỆN BẢO THẮNG", "BCH HỘI NÔNG DÂN XÃ PHONG HẢI",
         "Số: 11/KH-HND"],
        "Phong Hải, ngày 05 tháng 3 năm 2027",
        title,
        ["TT", "Thời gian", "Nội dung", "Ban/ Chi hội thực hiện", "Phối hợp",
         "Ghi chú"],
        FARMERS,
        ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Lương Văn Khánh"],
        [1.0, 2.4, 6.2, 3.2, 3.0, 1.7],
    )  # fmt: skip
    head = hdr("11", "KH-HND", "Phong Hải", "2027-03-05", title,
               "BCH HỘI NÔNG DÂN XÃ PHONG HẢI", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
               "Lương Văn Khánh", [], 3)  # fmt: skip
    return ("f36t-hoi-nong-dan-phong-hai.odt", saved_as(save(doc), "odt"), "the "
            "Farmers' Union's plan saved by LibreOffice as .odt: 'TT | Thời gian | Nội "
            "dung | Ban/ Chi hội thực hiện | Phối hợp | Ghi chú', a month merged over "
            "two and three rows.", head, expected_rows(FARMERS, FARMERS_DAYS))  # fmt: skip


# --- F1 (.pdf): the Youth Union, "Đơn vị/ người phụ trách" ------------------

YOUTH = [
    ("Tháng 3/2027", [
        ("Ra quân Tháng Thanh niên, khởi công công trình thanh niên thắp sáng đường quê",
         "Chi đoàn thôn Nà Pục", "Ban phát triển thôn Nà Pục", ""),
        ("Tổ chức giải bóng chuyền thanh niên chào mừng 26/3", "Ban Thường vụ Đoàn xã",
         "Công chức Văn hóa - Xã hội", ""),
        ("Trồng 1.000 cây xanh trên tuyến đường trục xã", "Chi đoàn thôn Bản Sảng",
         "Hội Cựu chiến binh xã", ""),
    ]),
    ("Tháng 7/2027", [
        ("Tổ chức chiến dịch Thanh niên tình nguyện hè", "Ban Thường vụ Đoàn xã",
         "Các chi đoàn thôn", ""),
    ]),
]  # fmt: skip

YOUTH_DAYS = {
    "Tháng 3/2027": ("2027-03-01", "2027-03-31"),
    "Tháng 7/2027": ("2027-07-01", "2027-07-31"),
}


def youth_pdf():
    title = "Đoàn Thanh niên xã tham gia xây dựng nông thôn mới năm 2027"
    doc = union_plan(
        ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ NÀ PHẶC", "Số: 15-KH/ĐTN"],
        "Nà Phặc, ngày 01 tháng 3 năm 2027",
        title,
        ["STT", "Thời gian", "Nội dung hoạt động", "Đơn vị/ người phụ trách",
         "Phối hợp", "Ghi chú"],
        YOUTH,
        ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Nông Văn Thạch"],
        [1.1, 2.4, 6.2, 3.2, 3.0, 1.6],
    )  # fmt: skip
    head = hdr("15", "KH/ĐTN", "Nà Phặc", "2027-03-01", title, "BCH ĐOÀN XÃ NÀ PHẶC",
               "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nông Văn Thạch", [], 3)  # fmt: skip
    return ("f36t-doan-xa-na-phac-ban-in.pdf", saved_as(save(doc), "pdf"), "the Youth "
            "Union's plan printed to PDF: 'STT | Thời gian | Nội dung hoạt động | Đơn "
            "vị/ người phụ trách | Phối hợp | Ghi chú', a month merged over three rows.",
            head, expected_rows(YOUTH, YOUTH_DAYS))  # fmt: skip


# --- F2 (.txt): an e-mail's body, the responsibility after a colon ---------

MAIL = [
    ("1. Tổ chức Ngày hội hiến máu tình nguyện \"Giọt hồng biên cương\": BCH Đoàn xã "
     "chủ trì, phối hợp Trạm Y tế xã, Chi đoàn các thôn; thời gian: tháng 3/2027.",
     T("Tổ chức Ngày hội hiến máu tình nguyện \"Giọt hồng biên cương\"", "BCH Đoàn xã",
       ["Trạm Y tế xã", "Chi đoàn các thôn"], "2027-03-31", "2027-03-01")),
    ("2. Sửa chữa, thắp sáng 1,5 km đường liên thôn Lũng Phìn - Sà Phìn: Chi đoàn thôn "
     "Lũng Phìn chủ trì, phối hợp Ban phát triển thôn; thời gian: tháng 4/2027.",
     T("Sửa chữa, thắp sáng 1,5 km đường liên thôn Lũng Phìn - Sà Phìn",
       "Chi đoàn thôn Lũng Phìn", ["Ban phát triển thôn"], "2027-04-30", "2027-04-01")),
    ("3. Tổ chức Hội trại tuổi trẻ biên cương lần thứ III.\n- Chủ trì: Ban Thường vụ "
     "Đoàn xã.\n- Phối hợp: Đồn Biên phòng Lũng Cú, Hội Cựu chiến binh xã.\n- Thời "
     "gian: tháng 5/2027.",
     T("Tổ chức Hội trại tuổi trẻ biên cương lần thứ III", "Ban Thường vụ Đoàn xã",
       ["Đồn Biên phòng Lũng Cú", "Hội Cựu chiến binh xã"], "2027-05-31",
       "2027-05-01")),
    ("4. Xây dựng 2 mô hình thanh niên phát triển kinh tế trồng dược liệu - Chủ trì: "
     "Chi đoàn thôn Sà Phìn; phối hợp: Hợp tác xã Dược liệu Lũng Cú; thời gian: tháng "
     "6/2027.",
     T("Xây dựng 2 mô hình thanh niên phát triển kinh tế trồng dược liệu",
       "Chi đoàn thôn Sà Phìn", ["Hợp tác xã Dược liệu Lũng Cú"], "2027-06-30",
       "2027-06-01")),
]  # fmt: skip


def mail_txt():
    title = "Hoạt động của Đoàn xã Lũng Cú tham gia xây dựng nông thôn mới quý I, II năm 2027"
    lines = [
        "Kính gửi: Ban Thường vụ Huyện đoàn Đồng Văn",
        "",
        "Ban Chấp hành Đoàn xã Lũng Cú xin gửi Kế hoạch như sau:",
        "",
        "BCH ĐOÀN XÃ LŨNG CÚ",
        "Số: 04-KH/ĐTN",
        "Lũng Cú, ngày 12 tháng 02 năm 2027",
        "",
        "KẾ HOẠCH",
        title,
        "",
        "I. MỤC ĐÍCH",
        "Phát huy vai trò xung kích của đoàn viên thanh niên.",
        "II. CÁC HOẠT ĐỘNG CỤ THỂ",
    ]
    for text, _ in MAIL:
        lines += text.split("\n")
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các chi đoàn báo cáo kết quả về BCH Đoàn xã trước ngày 20 hằng tháng.",
        "",
        "Nơi nhận:",
        "- Huyện đoàn Đồng Văn (b/c);",
        "- Đảng ủy xã (b/c);",
        "- Các chi đoàn;",
        "- Lưu.",
        "TM. BAN CHẤP HÀNH",
        "BÍ THƯ",
        "(Đã ký)",
        "Giàng Mí Chơ",
        "",
        "--",
        "Gửi từ điện thoại của tôi",
    ]
    head = hdr("04", "KH/ĐTN", "Lũng Cú", "2027-02-12", title, "BCH ĐOÀN XÃ LŨNG CÚ",
               "TM. BAN CHẤP HÀNH", "BÍ THƯ", "Giàng Mí Chơ", [], 4)  # fmt: skip
    return ("f36t-doan-xa-lung-cu-thu.txt", "\n".join(lines), "the Youth Union's plan "
            "pasted into an e-mail: numbered tasks whose lead and partners follow a "
            "colon in the same paragraph, or '- Chủ trì: …' on the lines under it.",
            head, [row[1] for row in MAIL])  # fmt: skip


# --- F3, F2 (.docx): a commune's "Giao X chủ trì, phối hợp Y <work>" --------

COMMUNE = [
    ("1. Giao Ban Quản lý dự án đầu tư xây dựng xã chủ trì, phối hợp Phòng Kinh tế xã tổ "
     "chức nâng cấp, mở rộng 2,3 km đường trục thôn Khuổi Khon; thời gian thực hiện từ "
     "tháng 3 đến tháng 8/2027.",
     T("Nâng cấp, mở rộng 2,3 km đường trục thôn Khuổi Khon",
       "Ban Quản lý dự án đầu tư xây dựng xã", ["Phòng Kinh tế xã"], "2027-08-31",
       "2027-03-01")),
    ("2. Giao Phòng Kinh tế xã chủ trì, phối hợp Hội Nông dân xã hỗ trợ Hợp tác xã Chè "
     "Tân Thành hoàn thiện hồ sơ OCOP sản phẩm chè Shan tuyết; thời gian: tháng 6/2027.",
     T("Hỗ trợ Hợp tác xã Chè Tân Thành hoàn thiện hồ sơ OCOP sản phẩm chè Shan tuyết",
       "Phòng Kinh tế xã", ["Hội Nông dân xã"], "2027-06-30", "2027-06-01")),
    ("3. Giao Phòng Văn hóa - Xã hội xã chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã, Đoàn "
     "Thanh niên xã triển khai xây dựng 3 tuyến đường hoa kiểu mẫu; thời gian: tháng "
     "4/2027.",
     T("Xây dựng 3 tuyến đường hoa kiểu mẫu", "Phòng Văn hóa - Xã hội xã",
       ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"], "2027-04-30", "2027-04-01")),
    ("4. Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp Ủy ban MTTQ Việt Nam xã tổ "
     "chức Hội nghị biểu dương điển hình tiên tiến trong xây dựng nông thôn mới; thời "
     "gian: tháng 11/2027.",
     T("Tổ chức Hội nghị biểu dương điển hình tiên tiến trong xây dựng nông thôn mới",
       "Văn phòng HĐND và UBND xã", ["Ủy ban MTTQ Việt Nam xã"], "2027-11-30",
       "2027-11-01")),
    ("5. Rà soát, cập nhật hộ nghèo, hộ cận nghèo năm 2027: Phòng Văn hóa - Xã hội xã "
     "chủ trì, phối hợp Ban phát triển các thôn; thời gian: tháng 10/2027.",
     T("Rà soát, cập nhật hộ nghèo, hộ cận nghèo năm 2027", "Phòng Văn hóa - Xã hội xã",
       ["Ban phát triển các thôn"], "2027-10-31", "2027-10-01")),
]  # fmt: skip


def commune_docx():
    title = "Thực hiện các nhiệm vụ xây dựng nông thôn mới năm 2027"
    doc = opening(["UBND TỈNH THÁI NGUYÊN", "ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH",
                   "Số: 36/KH-UBND"], "Tân Thành, ngày 25 tháng 02 năm 2027", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững và nâng cao chất lượng các tiêu chí xã nông thôn mới.")
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    for text, _ in COMMUNE:
        para(doc, text, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các cơ quan, đơn vị báo cáo kết quả về UBND xã trước ngày 15/12/2027.")
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- Đảng ủy xã (b/c);", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Ma Văn Tường"])  # fmt: skip
    head = hdr("36", "KH-UBND", "Tân Thành", "2027-02-25", title, "ỦY BAN NHÂN DÂN XÃ "
               "TÂN THÀNH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ma Văn Tường", [], 3)  # fmt: skip
    return ("f36t-xa-tan-thanh-giao.docx", save(doc), "a commune's Word plan: 'Giao X "
            "chủ trì, phối hợp Y <work>' with no punctuation between the partners and "
            "the work ('tổ chức nâng cấp', 'hỗ trợ', 'triển khai xây dựng', 'tổ chức Hội "
            "nghị'), and a task whose lead follows a colon.", head,
            [row[1] for row in COMMUNE])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (women_docx, farmers_odt, youth_pdf, mail_txt, commune_docx):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
