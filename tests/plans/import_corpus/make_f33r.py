"""Writes set f33r's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f33r.py

Set f33r varies three file-format families, each written here from its
description before the importer was changed:

F1. A Word file (.docx, and .doc saved by LibreOffice) whose runs are in a
    legacy font (".VnTime", ".VnTimeH", "VNI-Times") but whose text is
    already Unicode, as offices keep old templates' fonts after converting;
    and a mixed one: the header typed in real TCVN3 (".VnTimeH"), the body
    in Unicode in ".VnTime".
F2. A plan e-mailed or forwarded as text (.txt, .eml): mail headers, a
    greeting, a forward marker, a quoted-printable body soft-wrapped at
    column 76 (mid-word, "=20", "=C3=A1"), the sender's e-mail signature
    after the plan; words typed without diacritics ("Thoi gian", "den").
F3. A task table whose column header takes two rows: merged groups
    ("Phân công" over "Đơn vị chủ trì | Đơn vị phối hợp | Người phụ trách",
    "Thời gian" over "Bắt đầu | Hoàn thành"), criteria as group rows, dates
    as date cells or text ("Quý I/2027"), partners split at ",", ";" and
    new lines but "các buôn A, B" one unit; in .xlsx, .docx and .pdf.
"""

import datetime
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import expected  # noqa: E402
import openpyxl  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    closing_beside,
    fill,
    fixed_widths,
    opening,
    para,
    save,
)

from ntm.documents import legacy  # noqa: E402

OUT = HERE / "f33r"

COMMENT = """Set f33r (file formats: Unicode text in legacy fonts, e-mailed
plans, two-row table headers), written before the importer was changed for
it: {what}
Assumptions: each table row (or numbered item) is a task; the lead column
leads, the partner column's units (split at ",", ";" or a new line, "các
buôn A, B" one unit) are the partners, the person column names the
official; a quarter as a start begins on its first day, as a deadline ends
on its last; "thường xuyên" ends on the plan year's last day."""


def header(*fields, recipients=2):
    return hdr(*fields, [], recipients)


# --- F1: Unicode text in legacy fonts -------------------------------------------

ASSOC = [
    ("Vận động hội viên góp công xây dựng 1,2 km đường giao thông nội đồng",
     "Chi hội Nông dân thôn Tân Lập", "Ban phát triển thôn", "30/6/2027",
     T("Vận động hội viên góp công xây dựng 1,2 km đường giao thông nội đồng",
       "Chi hội Nông dân thôn Tân Lập", ["Ban phát triển thôn"], "2027-06-30")),
    ("Xây dựng mô hình nuôi gà thả vườn an toàn sinh học",
     "Hội Nông dân xã", "Trạm khuyến nông; Hợp tác xã Hòa Bình", "Quý III/2027",
     T("Xây dựng mô hình nuôi gà thả vườn an toàn sinh học", "Hội Nông dân xã",
       ["Trạm khuyến nông", "Hợp tác xã Hòa Bình"], "2027-09-30")),
    ("Tập huấn kỹ thuật trồng rau an toàn cho 60 hội viên",
     "Hội Nông dân xã", "Trung tâm dịch vụ nông nghiệp", "tháng 8/2027",
     T("Tập huấn kỹ thuật trồng rau an toàn cho 60 hội viên", "Hội Nông dân xã",
       ["Trung tâm dịch vụ nông nghiệp"], "2027-08-31")),
    ("Ra quân vệ sinh môi trường, trồng cây xanh ven đường liên thôn",
     "Các chi hội nông dân", "Đoàn Thanh niên xã", "thường xuyên",
     T("Ra quân vệ sinh môi trường, trồng cây xanh ven đường liên thôn",
       "Các chi hội nông dân", ["Đoàn Thanh niên xã"], "2027-12-31")),
]  # fmt: skip


def in_font(doc, font, *, capitals_font=None, encode=None):
    """Every run of `doc` (body and table cells) in the legacy `font`; the
    runs whose text is all capitals in `capitals_font` when given; `encode`
    (a function) rewrites a run's text, as a real legacy file stores it."""

    def runs():
        for p in doc.paragraphs:
            yield from p.runs
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        yield from p.runs

    seen = set()
    for run in runs():
        if id(run._r) in seen:
            continue
        seen.add(id(run._r))
        text = run.text
        capital = capitals_font and text.strip() and text == text.upper()
        name = capitals_font if capital else font
        run.font.name = name
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:hAnsi"), name)
        fonts.set(qn("w:cs"), name)
        if encode is not None:
            run.text = encode(text, name)


def assoc_doc(issuer_lines, signer_lines):
    title = "Hội viên nông dân thi đua xây dựng nông thôn mới nâng cao năm 2027"
    doc = opening(issuer_lines, "Hòa Bình, ngày 10 tháng 3 năm 2027", title)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò của hội viên trong xây dựng nông thôn mới nâng cao.")
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    heads = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        fill(cell, text, bold=True, center=True)
    for n, row in enumerate(ASSOC, 1):
        for cell, text in zip(table.add_row().cells, [str(n), *row[:4]], strict=True):
            fill(cell, text)
    fixed_widths(table, [1.0, 6.5, 3.5, 3.5, 2.5])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các chi hội báo cáo kết quả về Ban Thường vụ Hội trước ngày 15/12/2027.")
    closing_beside(doc, ["- Huyện Hội (b/c);", "- Lưu VP."], signer_lines)
    return doc, title


def assoc_head(title):
    return header("12", "KH-HND", "Hòa Bình", "2027-03-10", title,
                  "HỘI NÔNG DÂN XÃ HÒA BÌNH", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
                  "Nguyễn Văn Công")  # fmt: skip


SIGN = ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Nguyễn Văn Công"]
ISSUER = ["HỘI NÔNG DÂN HUYỆN ĐÔNG HƯNG", "HỘI NÔNG DÂN XÃ HÒA BÌNH",
          "Số: 12/KH-HND"]  # fmt: skip


def vntime_docx():
    doc, title = assoc_doc(ISSUER, SIGN)
    in_font(doc, ".VnTime", capitals_font=".VnTimeH")
    return ("f33r-hoi-nong-dan-vntime-unicode.docx", save(doc), "a farmers' union's "
            "Word plan whose every run is in '.VnTime' ('.VnTimeH' for the capitals) but "
            "whose text is Unicode.", assoc_head(title),
            [row[4] for row in ASSOC])  # fmt: skip


def vntime_doc():
    name, data, what, head, tasks = vntime_docx()
    return (
        "f33r-hoi-nong-dan-vntime-unicode.doc",
        saved_as(data, "doc"),
        "the same plan saved as Word 97 (.doc) by LibreOffice.",
        head,
        tasks,
    )


def mixed_docx():
    doc, title = assoc_doc(ISSUER, SIGN)
    # The header table (the issuer, the motto) and "KẾ HOẠCH" stay real
    # TCVN3; the rest is Unicode in the same fonts.
    header_table = doc.tables[0]
    body = doc.tables[1:]
    for row in header_table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    text = run.text
                    name = ".VnTimeH" if text == text.upper() else ".VnTime"
                    run.font.name = name
                    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), name)
                    run.text = legacy.encode(text, legacy.TCVN3)
    for p in doc.paragraphs:
        for run in p.runs:
            run.font.name = ".VnTime"
            run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), ".VnTime")
    for table in body:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.name = ".VnTime"
                        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
                        fonts.set(qn("w:hAnsi"), ".VnTime")
    return ("f33r-hoi-nong-dan-tron-tcvn3-unicode.docx", save(doc), "the same plan, "
            "its header table typed in real TCVN3 ('.VnTimeH' capitals), its body "
            "Unicode in '.VnTime'.", assoc_head(title),
            [row[4] for row in ASSOC])  # fmt: skip


WOMEN = [
    ("Vận động 80 hộ gia đình đăng ký gia đình 5 không 3 sạch",
     "Chi hội Phụ nữ các thôn", "Ban công tác Mặt trận thôn", "Quý II/2027",
     T("Vận động 80 hộ gia đình đăng ký gia đình 5 không 3 sạch",
       "Chi hội Phụ nữ các thôn", ["Ban công tác Mặt trận thôn"], "2027-06-30")),
    ("Duy trì 05 tổ phụ nữ tự quản đường hoa", "Hội LHPN xã", "Đoàn Thanh niên xã",
     "31/10/2027",
     T("Duy trì 05 tổ phụ nữ tự quản đường hoa", "Hội LHPN xã", ["Đoàn Thanh niên xã"],
       "2027-10-31")),
    ("Hỗ trợ vốn vay cho 15 hội viên nghèo phát triển chăn nuôi",
     "Hội LHPN xã", "Ngân hàng Chính sách xã hội huyện", "tháng 9/2027",
     T("Hỗ trợ vốn vay cho 15 hội viên nghèo phát triển chăn nuôi", "Hội LHPN xã",
       ["Ngân hàng Chính sách xã hội huyện"], "2027-09-30")),
]  # fmt: skip


def vni_docx():
    title = "Phụ nữ chung tay xây dựng xã Phước Sơn đạt chuẩn nông thôn mới kiểu mẫu"
    doc = opening(["HỘI LHPN HUYỆN TUY PHƯỚC", "HỘI LHPN XÃ PHƯỚC SƠN",
                   "Số: 08/KH-HPN"], "Phước Sơn, ngày 02 tháng 4 năm 2027",
                  title)  # fmt: skip
    para(doc, "I. NHIỆM VỤ", bold=True)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    heads = ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"]
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        fill(cell, text, bold=True, center=True)
    for n, row in enumerate(WOMEN, 1):
        for cell, text in zip(table.add_row().cells, [str(n), *row[:4]], strict=True):
            fill(cell, text)
    fixed_widths(table, [1.0, 6.5, 3.5, 3.5, 2.5])
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các chi hội báo cáo kết quả hằng quý về Ban Thường vụ Hội.")
    closing_beside(doc, ["- Hội LHPN huyện (b/c);", "- Lưu."],
                   ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "Trần Thị Ngọc Dung"])  # fmt: skip
    in_font(doc, "VNI-Times")
    head = header("08", "KH-HPN", "Phước Sơn", "2027-04-02", title,
                  "HỘI LHPN XÃ PHƯỚC SƠN", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
                  "Trần Thị Ngọc Dung")  # fmt: skip
    return ("f33r-hoi-phu-nu-vni-unicode.docx", save(doc), "a women's union's Word plan "
            "in 'VNI-Times' whose text is Unicode.", head,
            [row[4] for row in WOMEN])  # fmt: skip


# --- F2: e-mailed plans ---------------------------------------------------------


def soft_wrapped(text: str, *, escape_letters: bool) -> str:
    """`text` as a mail client writes a quoted-printable body: lines longer
    than 76 columns cut with "=" (anywhere, mid-word too), "=" as "=3D", a
    space ending a line as "=20", letters beyond ASCII as "=C3=A1" when
    `escape_letters`, else kept as typed."""
    out = []
    for line in text.split("\n"):
        pieces = []
        for ch in line:
            if ch == "=":
                pieces.append("=3D")
            elif escape_letters and not ch.isascii():
                pieces.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
            else:
                pieces.append(ch)
        if pieces and pieces[-1] == " ":
            pieces[-1] = "=20"
        current = ""
        for piece in pieces:
            if len(current) + len(piece) > 75:
                out.append(current + "=")
                current = ""
            current += piece
        out.append(current)
    return "\n".join(out)


MAIL_UNION = [
    ("Bê tông hóa 800 m đường trục thôn Bản Lầu", "Chi đoàn thôn Bản Lầu",
     "Ban phát triển thôn; các hộ dân", "30/5/2027",
     T("Bê tông hóa 800 m đường trục thôn Bản Lầu", "Chi đoàn thôn Bản Lầu",
       ["Ban phát triển thôn", "các hộ dân"], "2027-05-30")),
    ("Thắp sáng 2 km đường thôn bằng đèn năng lượng mặt trời",
     "Đoàn Thanh niên xã", "Công an xã", "tháng 8/2027",
     T("Thắp sáng 2 km đường thôn bằng đèn năng lượng mặt trời", "Đoàn Thanh niên xã",
       ["Công an xã"], "2027-08-31")),
    ("Trồng 1.000 cây xanh tại các tuyến đường liên thôn", "Đoàn Thanh niên xã",
     "Hội Cựu chiến binh xã", "Quý IV/2027",
     T("Trồng 1.000 cây xanh tại các tuyến đường liên thôn", "Đoàn Thanh niên xã",
       ["Hội Cựu chiến binh xã"], "2027-12-31")),
]  # fmt: skip


def union_plan_lines():
    title = "Tuổi trẻ xã Mường Khương chung tay xây dựng nông thôn mới năm 2027"
    lines = [
        "ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ MƯỜNG KHƯƠNG", "Số: 15-KH/ĐTN", "",
        "Mường Khương, ngày 05 tháng 3 năm 2027", "", "KẾ HOẠCH", title, "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Phát huy vai trò xung kích của đoàn viên thanh niên trong xây dựng nông thôn "
        "mới.  Các chi đoàn chủ động đăng ký công trình thanh niên.", "",
        "II. NỘI DUNG THỰC HIỆN",
    ]  # fmt: skip
    for n, (task, lead, partners, when, _) in enumerate(MAIL_UNION, 1):
        lines.append(
            f"{n}. {task}. Đơn vị thực hiện: {lead} ; phối hợp: {partners}. "
            f"Thoi gian: den {when}."
        )
    lines += [
        "", "III. TỔ CHỨC THỰC HIỆN",
        "Các chi đoàn báo cáo kết quả về Ban Thường vụ Đoàn xã trước ngày 10/12/2027.",
        "", "Nơi nhận:", "- Huyện đoàn (b/c);", "- Đảng ủy xã (b/c);", "- Lưu VP.", "",
        "TM. BAN CHẤP HÀNH", "BÍ THƯ", "", "Vàng Seo Dìn",
    ]  # fmt: skip
    head = header("15", "KH/ĐTN", "Mường Khương", "2027-03-05", title,
                  "BCH ĐOÀN XÃ MƯỜNG KHƯƠNG", "TM. BAN CHẤP HÀNH", "BÍ THƯ",
                  "Vàng Seo Dìn", recipients=3)  # fmt: skip
    return lines, head, [row[4] for row in MAIL_UNION]


def mail_txt():
    lines, head, tasks = union_plan_lines()
    body = "\n".join([
        "Kính gửi các đồng chí Bí thư chi đoàn,",
        "Ban Thường vụ Đoàn xã gửi các đ/c kế hoạch ra quân năm 2027, đề nghị các "
        "đ/c triển khai.", "",
        "---------- Forwarded message ---------",
        "From: Doan xa Muong Khuong <doanxa.muongkhuong@gmail.com>",
        "Date: Thu, 5 Mar 2027 at 16:02", "Subject: Ke hoach ra quan 2027",
        "To: <cacchidoan@googlegroups.com>", "", *lines, "", "Trân trọng!", "--",
        "Vàng Seo Dìn", "Bí thư Đoàn xã Mường Khương", "ĐT: 0912 345 678",
    ])  # fmt: skip
    text = "\n".join([
        "From: Vang Seo Din <vangseodin@gmail.com>",
        "To: cacchidoan@googlegroups.com",
        "Date: Thu, 5 Mar 2027 16:10:22 +0700",
        "Subject: Fwd: Ke hoach ra quan tuoi tre 2027",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable", "",
        soft_wrapped(body, escape_letters=False), "",
    ])  # fmt: skip
    return ("f33r-doan-xa-email-chuyen-tiep.txt", text, "a youth union's plan forwarded "
            "by e-mail and saved as .txt: mail headers, a greeting, the forward marker, "
            "a quoted-printable body soft-wrapped mid-word at column 76, the sender's "
            "signature; 'Thoi gian: den …' typed without diacritics, ' ; ' before a "
            "partner.", head, tasks)  # fmt: skip


MAIL_COMMUNE = [
    ("Nâng cấp 1,5 km đường bê tông liên thôn Đồng Tâm - Đồng Tiến",
     "Ban Quản lý dự án xã", "UBND các thôn Đồng Tâm, Đồng Tiến", "Quý III/2027",
     T("Nâng cấp 1,5 km đường bê tông liên thôn Đồng Tâm - Đồng Tiến",
       "Ban Quản lý dự án xã", ["UBND các thôn Đồng Tâm, Đồng Tiến"], "2027-09-30")),
    ("Xây dựng 02 phòng học tại Trường Mầm non xã", "Phòng Văn hóa - Xã hội",
     "Trường Mầm non xã", "31/12/2027",
     T("Xây dựng 02 phòng học tại Trường Mầm non xã", "Phòng Văn hóa - Xã hội",
       ["Trường Mầm non xã"], "2027-12-31")),
    ("Cấp giấy chứng nhận VietGAP cho 20 ha chè", "Phòng Kinh tế",
     "Hợp tác xã chè Đồng Tâm", "tháng 10/2027",
     T("Cấp giấy chứng nhận VietGAP cho 20 ha chè", "Phòng Kinh tế",
       ["Hợp tác xã chè Đồng Tâm"], "2027-10-31")),
]  # fmt: skip


def mail_eml():
    title = "Thực hiện Bộ tiêu chí xã nông thôn mới nâng cao năm 2027"
    lines = [
        "ỦY BAN NHÂN DÂN", "XÃ ĐỒNG TÂM", "Số: 45/KH-UBND", "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
        "Đồng Tâm, ngày 20 tháng 02 năm 2027", "", "KẾ HOẠCH", title, "",
        "I. NHIỆM VỤ CỤ THỂ",
    ]  # fmt: skip
    for n, (task, lead, partners, when, _) in enumerate(MAIL_COMMUNE, 1):
        lines.append(f"{n}. {task}.")
        lines.append(f"- Chủ trì: {lead}; phối hợp: {partners}.")
        lines.append(f"- Thời gian hoàn thành: {when}.")
    lines += [
        "", "II. TỔ CHỨC THỰC HIỆN",
        "Các bộ phận báo cáo kết quả về UBND xã trước ngày 15/12/2027.", "",
        "Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT.", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hoàng Văn Thắng",
    ]  # fmt: skip
    body = "\n".join([
        "Gửi các đ/c kế hoạch thực hiện bộ tiêu chí năm 2027 của xã.", "",
        *lines, "", "Trân trọng!", "--", "Nguyễn Thị Hà", "Văn phòng UBND xã Đồng Tâm",
        "ĐT: 0987 654 321",
    ])  # fmt: skip
    text = "\n".join([
        "MIME-Version: 1.0",
        "Date: Fri, 20 Feb 2027 09:15:00 +0700",
        "From: =?UTF-8?Q?Nguy=E1=BB=85n_Th=E1=BB=8B_H=C3=A0?= <vanphong@dongtam.gov.vn>",
        "To: cacbophan@dongtam.gov.vn",
        "Subject: =?UTF-8?Q?K=E1=BA=BF_ho=E1=BA=A1ch?=",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: quoted-printable", "",
        soft_wrapped(body, escape_letters=True), "",
    ])  # fmt: skip
    head = expected.commune_header("Đồng Tâm", "45", "2027-02-20", title,
                                   "Hoàng Văn Thắng", 2)  # fmt: skip
    return ("f33r-xa-dong-tam-email.eml", text, "a commune's plan sent as an e-mail "
            "(.eml): headers with encoded words, a one-line greeting, a quoted-"
            "printable body whose every letter beyond ASCII is '=XX', the sender's "
            "signature.", head, [row[4] for row in MAIL_COMMUNE])  # fmt: skip


# --- F3: a two-row table header -------------------------------------------------

CRITERIA = [
    ("Tiêu chí số 13 - Tổ chức sản xuất", [
        ("Thành lập Tổ hợp tác nuôi bò sinh sản", "Phòng Kinh tế",
         "Hội Nông dân xã, Chi hội Nông dân các buôn Ko Tam, Ea Ho",
         "Y Bhim Niê", datetime.date(2027, 2, 1), datetime.date(2027, 6, 30),
         T("Thành lập Tổ hợp tác nuôi bò sinh sản", "Phòng Kinh tế",
           ["Hội Nông dân xã", "Chi hội Nông dân các buôn Ko Tam, Ea Ho"],
           "2027-06-30", "2027-02-01", "Y Bhim Niê")),
        ("Xây dựng chuỗi liên kết cà phê bền vững 50 ha", "Hợp tác xã cà phê Ea Tu",
         "Trạm khuyến nông; Công ty cà phê Thắng Lợi\nCác hộ trồng cà phê",
         "H'Linh Mlô", "Quý I/2027", "Quý III/2027",
         T("Xây dựng chuỗi liên kết cà phê bền vững 50 ha", "Hợp tác xã cà phê Ea Tu",
           ["Trạm khuyến nông", "Công ty cà phê Thắng Lợi", "Các hộ trồng cà phê"],
           "2027-09-30", "2027-01-01", "H'Linh Mlô")),
    ]),
    ("Tiêu chí số 17 - Môi trường và an toàn thực phẩm", [
        ("Lắp đặt 12 điểm thu gom bao bì thuốc bảo vệ thực vật", "Phòng Kinh tế",
         "Ban tự quản các buôn Kmrơng, Cư Êbur", "Y Bhim Niê", None,
         datetime.date(2027, 5, 31),
         T("Lắp đặt 12 điểm thu gom bao bì thuốc bảo vệ thực vật", "Phòng Kinh tế",
           ["Ban tự quản các buôn Kmrơng, Cư Êbur"], "2027-05-31",
           official="Y Bhim Niê")),
        ("Trồng 2 km hàng rào xanh dọc đường liên buôn", "Hội LHPN xã",
         "Đoàn Thanh niên xã; Hội Cựu chiến binh xã", "H'Linh Mlô",
         datetime.date(2027, 4, 1), "tháng 10/2027",
         T("Trồng 2 km hàng rào xanh dọc đường liên buôn", "Hội LHPN xã",
           ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"], "2027-10-31", "2027-04-01",
           "H'Linh Mlô")),
    ]),
]  # fmt: skip

GROUPS = ["STT", "Nội dung công việc", "Phân công", None, None, "Thời gian", None]
SUBS = [None, None, "Đơn vị chủ trì", "Đơn vị phối hợp", "Người phụ trách",
        "Bắt đầu", "Hoàn thành"]  # fmt: skip
TITLE_X = "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2027"


def criteria_rows():
    """(kind, cells): a criterion's group row or a task's row."""
    n = 0
    for name, tasks in CRITERIA:
        yield "group", name
        for row in tasks:
            n += 1
            yield "task", [n, *row[:6]]


def tasks_x():
    return [row[6] for _, rows in CRITERIA for row in rows]


def head_x():
    return expected.commune_header("Ea Tu", "31", "2027-01-12", TITLE_X,
                                   "Y Khuê Byă", 2)  # fmt: skip


def two_row_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    top = [
        ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("XÃ EA TU", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 31/KH-UBND", "Ea Tu, ngày 12 tháng 01 năm 2027"),
        ("KẾ HOẠCH", None),
        (TITLE_X, None),
    ]
    for r, (left, right) in enumerate(top, 1):
        ws.cell(row=r, column=1, value=left)
        if right:
            ws.cell(row=r, column=5, value=right)
    for c, text in enumerate(GROUPS, 1):
        if text:
            ws.cell(row=7, column=c, value=text)
    for c, text in enumerate(SUBS, 1):
        if text:
            ws.cell(row=8, column=c, value=text)
    ws.merge_cells("A7:A8")
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:E7")
    ws.merge_cells("F7:G7")
    r = 9
    for kind, cells in criteria_rows():
        if kind == "group":
            ws.cell(row=r, column=1, value=cells)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, value in enumerate(cells, 1):
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, datetime.date):
                    cell.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- UBND huyện (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu: VT.")
    for k, text in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", None, "Y Khuê Byă"]):
        if text:
            ws.cell(row=r + k, column=5, value=text)
    buffer = io.BytesIO()
    wb.save(buffer)
    return ("f33r-xa-ea-tu-tieu-de-hai-dong.xlsx", buffer.getvalue(), "a commune's "
            "sheet whose column header takes two merged rows ('Phân công' over 'Đơn vị "
            "chủ trì | Đơn vị phối hợp | Người phụ trách', 'Thời gian' over 'Bắt đầu | "
            "Hoàn thành'), criteria as group rows, date cells and text dates, partners "
            "in one cell ('các buôn Ko Tam, Ea Ho' one unit).", head_x(),
            tasks_x())  # fmt: skip


def _text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _merge_across(row, start, end, text):
    merged = row.cells[start].merge(row.cells[end])
    fill(merged, text, bold=True, center=True)


def two_row_doc():
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ EA TU", "Số: 31/KH-UBND"],
                  "Ea Tu, ngày 12 tháng 01 năm 2027", TITLE_X)  # fmt: skip
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    table = doc.add_table(rows=2, cols=7)
    table.style = "Table Grid"
    for c in (0, 1):
        merged = table.cell(0, c).merge(table.cell(1, c))
        fill(merged, GROUPS[c], bold=True, center=True)
    _merge_across(table.rows[0], 2, 4, "Phân công")
    _merge_across(table.rows[0], 5, 6, "Thời gian")
    for c in range(2, 7):
        fill(table.cell(1, c), SUBS[c], bold=True, center=True)
    for kind, cells in criteria_rows():
        row = table.add_row()
        if kind == "group":
            merged = row.cells[0].merge(row.cells[6])
            fill(merged, cells, bold=True)
        else:
            for cell, value in zip(row.cells, cells, strict=True):
                fill(cell, _text(value).split("\n"))
    fixed_widths(table, [1.0, 5.5, 2.6, 3.4, 2.3, 2.0, 2.0])
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các bộ phận báo cáo kết quả về UBND xã trước ngày 15/12/2027.")
    closing_beside(doc, ["- UBND huyện (b/c);", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Y Khuê Byă"])  # fmt: skip
    return save(doc)


def two_row_docx():
    return ("f33r-xa-ea-tu-tieu-de-hai-dong.docx", two_row_doc(), "the same table in "
            "Word, its two header rows merged the same way.", head_x(),
            tasks_x())  # fmt: skip


def two_row_pdf():
    return ("f33r-xa-ea-tu-tieu-de-hai-dong.pdf", saved_as(two_row_doc(), "pdf"),
            "the same Word table as a PDF.", head_x(), tasks_x())  # fmt: skip


MAKERS = (vntime_docx, vntime_doc, mixed_docx, vni_docx, mail_txt, mail_eml,
          two_row_xlsx, two_row_docx, two_row_pdf)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in MAKERS:
        name, data, what, head, tasks = make()
        expected.write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
