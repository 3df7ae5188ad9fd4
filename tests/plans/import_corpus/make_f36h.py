"""Writes set f36h's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f36h.py

Set f36h varies the header and the closing of plans the importer had not
seen, each written here from its description before the importer was
changed for it:

H1. a cooperative's plan whose name runs over two lines of the header,
    the first its trade alone ("HỢP TÁC XÃ NÔNG NGHIỆP" / "DỊCH VỤ TỔNG
    HỢP ĐẠI HIỆP", "HTX THƯƠNG MẠI DỊCH VỤ" / "ĐẠI ĐỒNG"), with or without
    its commune above it; signed "TM. HỘI ĐỒNG QUẢN TRỊ" / "CHỦ TỊCH" or
    "GIÁM ĐỐC" alone; symbol "KH-HTX";
H2. a plain text (a village's .txt, an e-mail's quoted-printable body)
    whose closing puts "Nơi nhận:" and the signature side by side on the
    same lines, apart by spaces or tabs: "(đã ký)" between, the name on the
    line of "- Lưu.", "TM. BAN CHẤP HÀNH ĐOÀN XÃ" / "BÍ THƯ".
"""

import quopri
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import a4, closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "f36h"

COMMENT = """Set f36h (the header and the closing), written before the importer was
changed for it: {what}
Assumptions: the unit that "chủ trì" leads; the units after "phối hợp
với" are the partners; "hoàn thành trước ngày …" is the deadline; a
cooperative's name as the header writes it, its commune above it no part
of it; a head who signs with no TM./KT. has no authority, his post is
the signer's title; every line of "Nơi nhận" one recipient."""


# --- H1 (.docx): a cooperative, its name on two lines, no commune above ----

DAI_HIEP = [
    ("Tổ Dịch vụ chủ trì cung cấp 50 tấn phân bón NPK cho thành viên, hoàn "
     "thành trước ngày 31/01/2026.",
     T("Cung cấp 50 tấn phân bón NPK cho thành viên", "Tổ Dịch vụ",
       deadline="2026-01-31")),
    ("Tổ Thủy nông chủ trì, phối hợp với các thôn nạo vét 3 km kênh mương nội đồng, "
     "hoàn thành trước ngày 28/02/2026.",
     T("Nạo vét 3 km kênh mương nội đồng", "Tổ Thủy nông", ["các thôn"], "2026-02-28")),
    ("Tổ Bảo vệ thực vật chủ trì, phối hợp với Trạm Khuyến nông huyện hướng dẫn thành "
     "viên phòng trừ rầy nâu, hoàn thành trước ngày 30/4/2026.",
     T("Hướng dẫn thành viên phòng trừ rầy nâu", "Tổ Bảo vệ thực vật",
       ["Trạm Khuyến nông huyện"], "2026-04-30")),
]  # fmt: skip


def dai_hiep_docx():
    title = "Sản xuất, kinh doanh vụ Đông Xuân 2025 - 2026"
    doc = opening(
        ["HỢP TÁC XÃ NÔNG NGHIỆP", "DỊCH VỤ TỔNG HỢP ĐẠI HIỆP", "Số: 07/KH-HTX"],
        "Đại Hiệp, ngày 10 tháng 01 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Bảo đảm đủ nước tưới và vật tư cho 420 ha lúa vụ Đông Xuân.")
    para(doc, "II. NHIỆM VỤ", bold=True)
    for k, (sentence, _) in enumerate(DAI_HIEP, 1):
        para(doc, f"{k}. {sentence}")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các tổ báo cáo kết quả về Hội đồng quản trị hằng tháng.")
    closing_beside(doc, ["- UBND xã Đại Hiệp (b/c);", "- Thành viên HTX;", "- Lưu: VT."],
                   ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "", "", "Phan Văn Ích"])  # fmt: skip
    head = hdr("07", "KH-HTX", "Đại Hiệp", "2026-01-10", title,
               "HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP ĐẠI HIỆP",
               "TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "Phan Văn Ích", [], 3)  # fmt: skip
    return ("f36h-htx-dai-hiep-hai-dong.docx", save(doc), "a cooperative's Word plan, "
            "its name on two lines of the header ('HỢP TÁC XÃ NÔNG NGHIỆP' / 'DỊCH VỤ "
            "TỔNG HỢP ĐẠI HIỆP'), no body above it; 'TM. HỘI ĐỒNG QUẢN TRỊ' / 'CHỦ "
            "TỊCH'.", head, [row[1] for row in DAI_HIEP])  # fmt: skip


# --- H1 (.odt): a cooperative under its commune, the director signs --------

DAI_DONG = [
    ("Tổ Kinh doanh chủ trì, phối hợp với Phòng Kinh tế xã xây dựng 01 điểm bán sản "
     "phẩm OCOP tại chợ Đại Đồng, hoàn thành trước ngày 30/6/2026.",
     T("Xây dựng 01 điểm bán sản phẩm OCOP tại chợ Đại Đồng", "Tổ Kinh doanh",
       ["Phòng Kinh tế xã"], "2026-06-30")),
    ("Tổ Dịch vụ chủ trì thu mua 200 tấn lúa hữu cơ của thành viên, hoàn thành trước "
     "ngày 31/10/2026.",
     T("Thu mua 200 tấn lúa hữu cơ của thành viên", "Tổ Dịch vụ",
       deadline="2026-10-31")),
]  # fmt: skip


def dai_dong_odt():
    title = "Tiêu thụ nông sản cho thành viên năm 2026"
    doc = opening(
        ["UBND XÃ ĐẠI ĐỒNG", "HTX THƯƠNG MẠI DỊCH VỤ", "ĐẠI ĐỒNG", "Số: 04/KH-HTX"],
        "Đại Đồng, ngày 05 tháng 3 năm 2026",
        title,
    )
    a4(doc)
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Tiêu thụ ổn định nông sản của thành viên với giá có lợi.")
    para(doc, "II. NỘI DUNG", bold=True)
    for k, (sentence, _) in enumerate(DAI_DONG, 1):
        para(doc, f"{k}. {sentence}")
    closing_beside(doc, ["- UBND xã Đại Đồng (b/c);", "- Các tổ;", "- Lưu."],
                   ["GIÁM ĐỐC", "", "", "Đỗ Thị Ngọc Ánh"])  # fmt: skip
    head = hdr("04", "KH-HTX", "Đại Đồng", "2026-03-05", title,
               "HTX THƯƠNG MẠI DỊCH VỤ ĐẠI ĐỒNG", "", "GIÁM ĐỐC", "Đỗ Thị Ngọc Ánh",
               [], 3)  # fmt: skip
    return ("f36h-htx-dai-dong-giam-doc.odt", saved_as(save(doc), "odt"), "a "
            "cooperative's plan as .odt under its commune's name ('UBND XÃ ĐẠI ĐỒNG' / "
            "'HTX THƯƠNG MẠI DỊCH VỤ' / 'ĐẠI ĐỒNG'); the director signs with no TM.",
            head, [row[1] for row in DAI_DONG])  # fmt: skip


# --- H2 (.txt): a village, "Nơi nhận" beside the signature, spaces ----------

YEN_DIEM = [
    ("Tổ xây dựng thôn chủ trì đổ bê tông 500 m đường nội đồng xứ Đồng Chùa, hoàn thành "
     "trước ngày 30/6/2026.",
     T("Đổ bê tông 500 m đường nội đồng xứ Đồng Chùa", "Tổ xây dựng thôn",
       deadline="2026-06-30")),
    ("Chi đoàn thôn chủ trì, phối hợp với Chi hội Phụ nữ thôn trồng 200 cây xanh hai "
     "bên đường, hoàn thành trước ngày 31/8/2026.",
     T("Trồng 200 cây xanh hai bên đường", "Chi đoàn thôn", ["Chi hội Phụ nữ thôn"],
       "2026-08-31")),
]  # fmt: skip


def village_head(issuer, number, dated, title, body):
    lines = [*issuer, number, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", dated, "", "KẾ HOẠCH", title, ""]  # fmt: skip
    return lines + body


def yen_diem_txt():
    title = "Làm đường giao thông nội đồng thôn Yên Điềm năm 2026"
    body = ["I. NỘI DUNG"]
    body += [f"{k}. {s}" for k, (s, _) in enumerate(YEN_DIEM, 1)]
    body += ["II. TỔ CHỨC THỰC HIỆN", "Ban phát triển thôn họp mỗi tháng một lần.", ""]
    closing = [
        "Nơi nhận:                                    TM. BAN PHÁT TRIỂN THÔN",
        "- UBND xã Công Thành (b/c);                         TRƯỞNG BAN",
        "- Chi bộ thôn;",
        "- Các chi hội, đoàn thể;",
        "- Lưu.                                          Nguyễn Văn Bảy",
    ]
    lines = village_head(["UBND XÃ CÔNG THÀNH", "BAN PHÁT TRIỂN THÔN YÊN ĐIỀM"],
                         "Số: 02/KH-BPT", "Yên Điềm, ngày 15 tháng 3 năm 2026", title,
                         body) + closing  # fmt: skip
    head = hdr("02", "KH-BPT", "Yên Điềm", "2026-03-15", title,
               "BAN PHÁT TRIỂN THÔN YÊN ĐIỀM", "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN",
               "Nguyễn Văn Bảy", [], 4)  # fmt: skip
    return ("f36h-thon-yen-diem-noi-nhan-ben-canh.txt", "\n".join(lines) + "\n",
            "a village's .txt whose closing puts 'Nơi nhận:' and the signature side by "
            "side, apart by spaces; the name on the line of '- Lưu.'.", head,
            [row[1] for row in YEN_DIEM])  # fmt: skip


# --- H2 (.txt): tabs, "(đã ký)" between the post and the name ---------------

NA_HANG = [
    ("Tổ tự quản thôn chủ trì, phối hợp với Chi hội Nông dân thôn làm 02 hố rác tập "
     "trung, hoàn thành trước ngày 30/4/2026.",
     T("Làm 02 hố rác tập trung", "Tổ tự quản thôn", ["Chi hội Nông dân thôn"],
       "2026-04-30")),
    ("Chi hội Phụ nữ thôn chủ trì vận động 40 hộ phân loại rác tại nguồn, hoàn thành "
     "trước ngày 31/7/2026.",
     T("Vận động 40 hộ phân loại rác tại nguồn", "Chi hội Phụ nữ thôn",
       deadline="2026-07-31")),
]  # fmt: skip


def na_hang_txt():
    title = "Bảo vệ môi trường thôn Nà Hang năm 2026"
    body = ["I. NHIỆM VỤ"]
    body += [f"{k}. {s}" for k, (s, _) in enumerate(NA_HANG, 1)]
    body += ["II. TỔ CHỨC THỰC HIỆN", "Trưởng thôn đôn đốc các hộ thực hiện.", ""]
    closing = [
        "Nơi nhận:\t\t\t\t\tTM. BAN PHÁT TRIỂN THÔN",
        "- UBND xã Thượng Lâm (b/c);                     TRƯỞNG BAN",
        "- Các hộ trong thôn;                              (đã ký)",
        "- Lưu.",
        "",
        "                                               Ma Văn Thào",
    ]
    lines = village_head(["UBND XÃ THƯỢNG LÂM", "BAN PHÁT TRIỂN THÔN NÀ HANG"],
                         "Số: 05/KH-BPT", "Nà Hang, ngày 02 tháng 3 năm 2026", title,
                         body) + closing  # fmt: skip
    head = hdr("05", "KH-BPT", "Nà Hang", "2026-03-02", title,
               "BAN PHÁT TRIỂN THÔN NÀ HANG", "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN",
               "Ma Văn Thào", [], 3)  # fmt: skip
    return ("f36h-thon-na-hang-tab.txt", "\n".join(lines) + "\n", "a village's .txt "
            "whose closing puts 'Nơi nhận:' and the signature side by side, its first "
            "line by tabs, the others by spaces; '(đã ký)' between the post and the name, the name alone at the "
            "right after a blank line.", head, [row[1] for row in NA_HANG])  # fmt: skip


# --- H2 (.eml): a youth union's plan in a quoted-printable mail -------------

BAN_LAU = [
    ("Các chi đoàn thôn chủ trì ra quân làm vệ sinh đường làng, hoàn thành trước ngày "
     "26/3/2026.",
     T("Ra quân làm vệ sinh đường làng", "Các chi đoàn thôn", deadline="2026-03-26")),
    ("Đoàn xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã trồng 500 cây xanh, hoàn "
     "thành trước ngày 31/3/2026.",
     T("Trồng 500 cây xanh", "Đoàn xã", ["Hội Liên hiệp Phụ nữ xã"], "2026-03-31")),
]  # fmt: skip


def ban_lau_eml():
    title = "Ra quân Tháng Thanh niên năm 2026"
    body = ["I. NỘI DUNG"]
    body += [f"{k}. {s}" for k, (s, _) in enumerate(BAN_LAU, 1)]
    body += ["II. TỔ CHỨC THỰC HIỆN",
             "Các chi đoàn báo cáo kết quả về Ban Thường vụ Đoàn xã.", ""]  # fmt: skip
    closing = [
        "Nơi nhận:                                       TM. BAN CHẤP HÀNH ĐOÀN XÃ",
        "- Huyện đoàn Mường Khương (b/c);                           BÍ THƯ",
        "- Đảng ủy xã (b/c);",
        "- Các chi đoàn;",
        "- Lưu VP.                                              Vàng Seo Dín",
    ]
    plan = village_head(["BCH ĐOÀN TNCS HỒ CHÍ MINH", "XÃ BẢN LẦU"], "Số: 15-KH/ĐTN",
                        "Bản Lầu, ngày 02 tháng 3 năm 2026", title, body) + closing  # fmt: skip
    text = "\n".join(["Gửi các đồng chí bí thư chi đoàn kế hoạch của Đoàn xã.", "", *plan,
                      "", "--", "Văn phòng Đoàn xã Bản Lầu"]) + "\n"  # fmt: skip
    mail = (
        b"From: doanxa@banlau.vn\nTo: chidoan@banlau.vn\n"
        b"Subject: Ke hoach Thang Thanh nien 2026\nMIME-Version: 1.0\n"
        b'Content-Type: text/plain; charset="UTF-8"\n'
        b"Content-Transfer-Encoding: quoted-printable\n\n"
    ) + quopri.encodestring(text.encode("utf-8"))
    head = hdr("15", "KH/ĐTN", "Bản Lầu", "2026-03-02", title,
               "BCH ĐOÀN TNCS HỒ CHÍ MINH XÃ BẢN LẦU", "TM. BAN CHẤP HÀNH ĐOÀN XÃ",
               "BÍ THƯ", "Vàng Seo Dín", [], 4)  # fmt: skip
    return ("f36h-doan-xa-ban-lau-thu.eml", mail, "a youth union's plan in an e-mail's "
            "quoted-printable body, 'Nơi nhận:' and 'TM. BAN CHẤP HÀNH ĐOÀN XÃ' / 'BÍ "
            "THƯ' side by side.", head, [row[1] for row in BAN_LAU])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (dai_hiep_docx, dai_dong_odt, yen_diem_txt, na_hang_txt, ban_lau_eml):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
