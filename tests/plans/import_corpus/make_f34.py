"""Writes set f34's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f34.py

Set f34 varies the families a blind round (34) read badly, each written
here from its description before the importer was changed for it:

F2. tasks as headings "Nhiệm vụ 1. <work>.", "Nội dung 2:", "Việc 3 –",
    bold or not, each over one paragraph that gives it to the unit that
    does it and to a person in charge ("Giao Phó Giám đốc X phụ trách; Tổ
    Kỹ thuật thực hiện, phối hợp …. Thời gian: …", "Người phụ trách: …;
    Đơn vị thực hiện: …", the person after the unit, "Phụ trách: đ/c …");
F3. a head who signs with no TM./KT. ("TRẠM TRƯỞNG", "GIÁM ĐỐC", "HIỆU
    TRƯỞNG") in a closing table that ends a Word 97 .doc, and a .txt whose
    header and closing were copied out cell by cell ("(Đã ký)", a name
    whose last word opens on a marked capital: "Nguyễn Văn Út");
F4. partners closed by their level right before a work whose verb opens
    on a marked letter ("… các đoàn thể chính trị - xã hội xã đẩy mạnh …",
    "… các chi hội thôn đôn đốc …").
F1. a PDF printed from a Word plan whose header is a two-column table with
    narrow columns (the issuer wrapped over several lines, the motto
    wrapped, the number beside the date close to it).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    fixed_widths,
    no_borders,
    opening,
    para,
    save,
)

OUT = HERE / "f34"

COMMENT = """Set f34 (round 34's families), written before the importer was
changed for it: {what}
Assumptions: the unit that "thực hiện" leads (not the person in charge);
the person who "phụ trách" / "theo dõi" is the official (the name
measured); the units after "phối hợp" are the partners; a month's or a
quarter's last day is the deadline, a range's first day its start; a head
who signs with no TM./KT. has no authority, his post is the signer's
title."""


# --- F2, F3 (.docx): a cooperative's plan, "Nhiệm vụ N." over "Giao …" ------

COOP = [
    ("Nhiệm vụ 1. Cải tạo 5 ha vườn tạp sang trồng bưởi da xanh.",
     "Giao Phó Giám đốc Nguyễn Văn Tâm phụ trách; Tổ Kỹ thuật thực hiện, phối hợp "
     "Trung tâm Dịch vụ nông nghiệp xã, Chi hội Nông dân ấp Mỹ Thới. Thời gian: tháng "
     "10 - tháng 12/2026.",
     T("Cải tạo 5 ha vườn tạp sang trồng bưởi da xanh", "Tổ Kỹ thuật",
       ["Trung tâm Dịch vụ nông nghiệp xã", "Chi hội Nông dân ấp Mỹ Thới"],
       "2026-12-31", "2026-10-01", "Nguyễn Văn Tâm")),
    ("Nhiệm vụ 2. Xây dựng 10 ha lúa hữu cơ liên kết tiêu thụ.",
     "Giao Giám đốc Trần Văn Bình phụ trách; Tổ Dịch vụ thực hiện, phối hợp Hội Nông "
     "dân xã. Thời gian: Quý III/2026.",
     T("Xây dựng 10 ha lúa hữu cơ liên kết tiêu thụ", "Tổ Dịch vụ", ["Hội Nông dân xã"],
       "2026-09-30", "2026-07-01", "Trần Văn Bình")),
    ("Nhiệm vụ 3. Đăng ký 2 sản phẩm OCOP từ bưởi và gạo.",
     "Phụ trách: đ/c Lê Thị Hạnh, Phó Giám đốc; Tổ Kinh doanh thực hiện, phối hợp "
     "Phòng Kinh tế xã. Thời gian: tháng 11/2026.",
     T("Đăng ký 2 sản phẩm OCOP từ bưởi và gạo", "Tổ Kinh doanh", ["Phòng Kinh tế xã"],
       "2026-11-30", "2026-11-01", "Lê Thị Hạnh")),
]  # fmt: skip


def coop_docx():
    title = "Sản xuất, kinh doanh năm 2026"
    doc = opening(
        ["UBND XÃ MỸ THỚI", "HỢP TÁC XÃ NÔNG NGHIỆP MỸ THỚI", "Số: 05/KH-HTX"],
        "Mỹ Thới, ngày 15 tháng 01 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Nâng thu nhập của thành viên hợp tác xã thêm 10% so với năm 2025.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    for k, (heading, paragraph, _) in enumerate(COOP):
        para(doc, heading, bold=k != 1)
        para(doc, paragraph, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ báo cáo kết quả về Ban Giám đốc vào cuối mỗi quý.")
    closing_beside(doc, ["- UBND xã Mỹ Thới (b/c);", "- Thành viên HTX;", "- Lưu."],
                   ["GIÁM ĐỐC", "", "", "Trần Văn Bình"])  # fmt: skip
    head = hdr("05", "KH-HTX", "Mỹ Thới", "2026-01-15", title,
               "HỢP TÁC XÃ NÔNG NGHIỆP MỸ THỚI", "", "GIÁM ĐỐC", "Trần Văn Bình", [], 3)  # fmt: skip
    return ("f34-htx-my-thoi-nhiem-vu.docx", save(doc), "a cooperative's Word plan: "
            "bold (and plain) headings 'Nhiệm vụ N. <work>.' over one paragraph 'Giao "
            "<post> <Name> phụ trách; <unit> thực hiện, phối hợp …. Thời gian: …'; the "
            "director signs with no TM.", head, [row[2] for row in COOP])  # fmt: skip


# --- F2, F3 (.txt): a village's plan copied cell by cell, "Việc N –" ---------

VILLAGE = [
    ("Việc 1 – Đổ bê tông 300 m đường ngõ xóm Bản Chang.",
     "Tổ xây dựng thôn thực hiện, Trưởng thôn Hoàng Văn Út phụ trách, phối hợp các hộ "
     "hưởng lợi. Thời gian: hoàn thành trước 30/6/2026.",
     T("Đổ bê tông 300 m đường ngõ xóm Bản Chang", "Tổ xây dựng thôn",
       ["các hộ hưởng lợi"], "2026-06-30", official="Hoàng Văn Út")),
    ("Việc 2 – Làm 15 nhà tiêu hợp vệ sinh.",
     "Người phụ trách: Chi hội trưởng Nông Thị Mai; Đơn vị thực hiện: Chi hội Phụ nữ "
     "thôn, phối hợp Y tế thôn. Thời gian: từ tháng 4 đến tháng 8/2026.",
     T("Làm 15 nhà tiêu hợp vệ sinh", "Chi hội Phụ nữ thôn", ["Y tế thôn"],
       "2026-08-31", "2026-04-01", "Nông Thị Mai")),
]  # fmt: skip


def village_txt():
    title = "Xây dựng thôn Bản Chang đạt chuẩn nông thôn mới kiểu mẫu năm 2026"
    lines = ["UBND XÃ THANH SƠN", "BAN PHÁT TRIỂN", "THÔN BẢN CHANG", "Số: 03/KH-BPT",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Bản Chang, ngày 20 tháng 02 năm 2026", "", "KẾ HOẠCH", title, "",
             "I. NHỮNG VIỆC CẦN LÀM"]  # fmt: skip
    for heading, paragraph, _ in VILLAGE:
        lines += [heading, paragraph]
    lines += ["II. TỔ CHỨC THỰC HIỆN",
              "Ban phát triển thôn họp mỗi tháng một lần để kiểm điểm.", "",
              "Nơi nhận:", "- UBND xã (b/c);", "- Các hộ trong thôn;", "- Lưu.",
              "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "(Đã ký)", "Hoàng Văn Út", ""]  # fmt: skip
    head = hdr("03", "KH-BPT", "Bản Chang", "2026-02-20", title,
               "BAN PHÁT TRIỂN THÔN BẢN CHANG", "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN",
               "Hoàng Văn Út", [], 3)  # fmt: skip
    return ("f34-thon-ban-chang-tung-o.txt", "\n".join(lines), "a village's plan whose "
            "Word header and closing were copied out cell by cell into a .txt, 'Việc N – "
            "<work>.' over who does it and who is in charge; '(Đã ký)' over the name.",
            head, [row[2] for row in VILLAGE])  # fmt: skip


# --- F3, F4 (.doc): a veterinary station, the closing table ends the file ---

STATION = [
    ("Trạm Thú y huyện chủ trì, phối hợp với UBND các xã đẩy mạnh tiêm phòng lở mồm "
     "long móng cho 3.000 con trâu, bò, hoàn thành tháng 5/2026.",
     T("Đẩy mạnh tiêm phòng lở mồm long móng cho 3.000 con trâu, bò",
       "Trạm Thú y huyện", ["UBND các xã"], "2026-05-31")),
    ("Nhân viên thú y các xã chủ trì, phối hợp với các thôn đôn đốc hộ chăn nuôi phun "
     "khử trùng chuồng trại, thực hiện hằng tháng.",
     T("Đôn đốc hộ chăn nuôi phun khử trùng chuồng trại", "Nhân viên thú y các xã",
       ["các thôn"], "2026-12-31")),
    ("Trạm Kiểm dịch động vật huyện chủ trì, phối hợp với Công an xã Hợp Thành tăng "
     "cường kiểm soát vận chuyển gia súc, hoàn thành Quý III/2026.",
     T("Tăng cường kiểm soát vận chuyển gia súc", "Trạm Kiểm dịch động vật huyện",
       ["Công an xã Hợp Thành"],
       "2026-09-30")),
]  # fmt: skip


def station_doc():
    title = "Phòng, chống dịch bệnh cho đàn gia súc, gia cầm năm 2026"
    doc = opening(
        ["CHI CỤC CHĂN NUÔI VÀ THÚ Y", "TRẠM THÚ Y HUYỆN CAO LỘC", "Số: 12/KH-TTY"],
        "Cao Lộc, ngày 05 tháng 3 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. NHIỆM VỤ", bold=True)
    for n, (text, _) in enumerate(STATION, 1):
        para(doc, f"{n}. {text}", indent=1.0)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về Trạm trước ngày 25 hằng tháng.")
    # The closing table ends the file, no paragraph after it.
    closing_beside(doc, ["- Chi cục Chăn nuôi và Thú y (b/c);", "- UBND huyện (b/c);",
                         "- UBND các xã;", "- Lưu: VT."],
                   ["TRẠM TRƯỞNG", "(đã ký)", "", "Vi Văn Lâm"])  # fmt: skip
    head = hdr("12", "KH-TTY", "Cao Lộc", "2026-03-05", title, "TRẠM THÚ Y HUYỆN CAO LỘC",
               "", "TRẠM TRƯỞNG", "Vi Văn Lâm", [], 4)  # fmt: skip
    return ("f34-tram-thu-y-cao-loc.doc", saved_as(save(doc), "doc"), "a veterinary "
            "station's Word 97 plan whose recipients and signature sit in a borderless "
            "table that ends the file; the head signs 'TRẠM TRƯỞNG' with no TM.; partners "
            "closed by their level before 'đẩy mạnh', 'đôn đốc', 'tăng cường'.", head,
            [row[1] for row in STATION])  # fmt: skip


# --- F2, F3, F4 (.odt): a school, "Nội dung N:" over labelled lines ---------

SCHOOL = [
    ("Nội dung 1: Sửa chữa 4 phòng học và khu vệ sinh của học sinh",
     "Người phụ trách: Phó Hiệu trưởng Đinh Văn Ước; Đơn vị thực hiện: Tổ Văn phòng, "
     "phối hợp Ban đại diện cha mẹ học sinh. Thời gian: từ tháng 6 đến tháng 8/2026.",
     T("Sửa chữa 4 phòng học và khu vệ sinh của học sinh", "Tổ Văn phòng",
       ["Ban đại diện cha mẹ học sinh"], "2026-08-31", "2026-06-01", "Đinh Văn Ước")),
    ("Nội dung 2: Đạt chuẩn quốc gia mức độ 1",
     "Tổ Chuyên môn thực hiện, Hiệu trưởng Lục Thị Ánh theo dõi, phối hợp với các đoàn "
     "thể chính trị - xã hội xã. Thời gian: Quý IV/2026.",
     T("Đạt chuẩn quốc gia mức độ 1", "Tổ Chuyên môn",
       ["các đoàn thể chính trị - xã hội xã"], "2026-12-31", "2026-10-01",
       "Lục Thị Ánh")),
]  # fmt: skip


def school_odt():
    title = "Xây dựng trường đạt chuẩn quốc gia năm học 2026 - 2027"
    doc = opening(
        ["UBND XÃ HỢP THÀNH", "TRƯỜNG THCS HỢP THÀNH", "Số: 21/KH-THCS"],
        "Hợp Thành, ngày 10 tháng 4 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. NỘI DUNG THỰC HIỆN", bold=True)
    for heading, paragraph, _ in SCHOOL:
        para(doc, heading, bold=True)
        para(doc, paragraph, indent=1.0)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ báo cáo kết quả về Ban Giám hiệu.")
    closing_beside(doc, ["- UBND xã (b/c);", "- Lưu: VT."],
                   ["HIỆU TRƯỞNG", "", "", "Lục Thị Ánh"])  # fmt: skip
    para(doc, "")
    head = hdr("21", "KH-THCS", "Hợp Thành", "2026-04-10", title, "TRƯỜNG THCS HỢP THÀNH",
               "", "HIỆU TRƯỞNG", "Lục Thị Ánh", [], 2)  # fmt: skip
    return ("f34-truong-thcs-hop-thanh.odt", saved_as(save(doc), "odt"), "a school's "
            "plan as .odt: 'Nội dung N:' headings over 'Người phụ trách: …; Đơn vị thực "
            "hiện: …' and over the unit, then the person who follows it; the head signs "
            "'HIỆU TRƯỞNG' with no TM.", head, [row[2] for row in SCHOOL])  # fmt: skip


# --- F1 (.pdf): a steering committee's plan, a narrow two-column header ----

BCD = [
    ("1. Phòng Nông nghiệp và PTNT (cơ quan thường trực)",
     ["- Hướng dẫn các xã rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới "
      "nâng cao, hoàn thành trước ngày 30/6/2024."],
     T("Hướng dẫn các xã rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới nâng "
       "cao", "Phòng Nông nghiệp và PTNT", [], "2024-06-30")),
    ("2. Phòng Tài chính - Kế hoạch",
     ["- Tham mưu phân bổ nguồn vốn các Chương trình mục tiêu quốc gia năm 2024 cho "
      "các xã, hoàn thành trong tháng 3/2024."],
     T("Tham mưu phân bổ nguồn vốn các Chương trình mục tiêu quốc gia năm 2024 cho các "
       "xã", "Phòng Tài chính - Kế hoạch", [], "2024-03-31")),
    ("3. UBND các xã",
     ["- Xây dựng kế hoạch thực hiện các Chương trình mục tiêu quốc gia năm 2024 của "
      "xã, gửi về Ban Chỉ đạo huyện trước ngày 15/3/2024."],
     T("Xây dựng kế hoạch thực hiện các Chương trình mục tiêu quốc gia năm 2024 của xã, "
       "gửi về Ban Chỉ đạo huyện", "UBND các xã", [], "2024-03-15")),
]  # fmt: skip


def steering_pdf():
    title = (
        "Triển khai thực hiện các Chương trình mục tiêu quốc gia trên địa bàn huyện "
        "Văn Quan năm 2024"
    )
    doc = Document()
    a4(doc)
    table = doc.add_table(rows=2, cols=2)
    no_borders(table)
    fill(table.cell(0, 0), ["UBND HUYỆN VĂN QUAN",
                            ("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", True)],
         size=13, center=True)  # fmt: skip
    # The motto a point smaller and set lower than the issuer: its lines
    # stand between the issuer's, as a PDF printed from Word may place them.
    fill(table.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                            ("Độc lập - Tự do - Hạnh phúc", True)], size=12, center=True)  # fmt: skip
    table.cell(0, 1).paragraphs[0].paragraph_format.space_before = Pt(8)
    fill(table.cell(1, 0), "Số: 09/KH-BCĐ", size=13, center=True)
    fill(table.cell(1, 1), "Văn Quan, ngày 26 tháng 02 năm 2024", size=13, center=True)
    fixed_widths(table, [6.1, 9.0])
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    para(doc, "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ "
         "phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn "
         "2021 - 2025;", indent=1.0)  # fmt: skip
    para(doc, "Ban Chỉ đạo huyện ban hành Kế hoạch như sau:", indent=1.0)
    para(doc, "I. TỔ CHỨC THỰC HIỆN", bold=True)
    for heading, duties, _ in BCD:
        para(doc, heading, bold=True, indent=1.0)
        for duty in duties:
            para(doc, duty, indent=1.0)
    para(doc, "Trên đây là Kế hoạch của Ban Chỉ đạo huyện./.", indent=1.0)
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- Các xã, thị trấn;", "- Lưu: VT."],
                   ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "Hoàng Văn Nam"])  # fmt: skip
    head = hdr("09", "KH-BCĐ", "Văn Quan", "2024-02-26", title,
               "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "KT. TRƯỞNG BAN",
               "PHÓ TRƯỞNG BAN", "Hoàng Văn Nam", ["263/QĐ-TTg"], 3)  # fmt: skip
    return ("f34-bcd-van-quan-ban-in.pdf", saved_as(save(doc), "pdf"), "a steering "
            "committee's plan printed to PDF, its header a two-column table with narrow "
            "columns: the issuer wrapped, the motto wrapped, 'Số: …' close beside the "
            "date.", head, [row[2] for row in BCD])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (coop_docx, village_txt, station_doc, school_odt, steering_pdf):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
