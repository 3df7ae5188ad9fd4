"""Writes round f33s's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f33s.py

Round f33s is one family a blind hold-out (round 33) missed, written here
from its description before the importer was changed (the round itself was
not read): a decision that issues a plan attached after it ("Quyết định
ban hành Kế hoạch"). The decision has its own header, "QUYẾT ĐỊNH", "Ban
hành Kế hoạch …", the body that decides, "Căn cứ …" lines, "Theo đề nghị
… tại Tờ trình …", "QUYẾT ĐỊNH:", "Điều 1-3", "Nơi nhận" and the signature;
then the plan: maybe its own header block again, "KẾ HOẠCH" (maybe under
"PHỤ LỤC"), its title, "(Ban hành kèm theo Quyết định số …)" in brackets
or not, I. …, II. … with the tasks (prose, or a table), no signature.
Variants: a commune's Word file with a page break and the plan's own
header; a district's PDF of 2024 signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", the
plan with no header and its note in no brackets; a province's Word file of
2026 with no page break, the plan a "PHỤ LỤC" / "KẾ HOẠCH" whose tasks are
a table; a Ban Chỉ đạo's decision pasted as text.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
from docx import Document  # noqa: E402
from make_files import weasyprint_pdf  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    para,
    save,
    side_by_side,
    task_table,
)

OUT = HERE / "f33s"

COMMENT = """Round f33s (a decision with the plan attached), written before the
importer was changed for it: {what}
Assumptions: number, symbol, date, place, issuer, signature and recipients
are the decision's (what is signed and numbered); its bases are its "Căn
cứ" lines ("Theo đề nghị … Tờ trình" asks for it: no basis); the title is
the attached plan's (the words after "KẾ HOẠCH"); the tasks are the plan's,
the decision's articles none; a month ends on its last day, a quarter on
its last."""


# A document is a list of pieces, rendered to Word, PDF or text:
#   ("p", text, bold)        a paragraph (centred when bold)
#   ("head", left, right)    the header: the body beside the motto
#   ("close", recipients, signature)
#   ("table", heads, rows)
#   ("break",)               a page break (Word, PDF; nothing in text)


def P(text, bold=False):
    return ("p", text, bold)


def decision(head_left, date_line, subject, decider, bases, proposal, articles,
             recipients, signature):  # fmt: skip
    return [
        ("head", head_left, [*MOTTO, date_line]),
        P("QUYẾT ĐỊNH", True),
        P(subject, True),
        P(decider, True),
        *[P(b) for b in bases],
        *([P(proposal)] if proposal else []),
        P("QUYẾT ĐỊNH:", True),
        *[P(a) for a in articles],
        ("close", recipients, signature),
    ]


def to_docx(pieces) -> bytes:
    doc = Document()
    a4(doc)
    for piece in pieces:
        if piece[0] == "p":
            para(doc, piece[1], bold=piece[2], center=piece[2])
        elif piece[0] == "head":
            side_by_side(doc, piece[1], piece[2])
        elif piece[0] == "close":
            closing_beside(doc, piece[1], piece[2])
        elif piece[0] == "table":
            rows = [
                [[str(n)], *[[c] for c in row]] for n, row in enumerate(piece[2], 1)
            ]
            task_table(doc, piece[1], rows, [1.0, 6.0, 3.5, 3.5, 2.5])
        elif piece[0] == "break":
            doc.add_page_break()
    return save(doc)


def to_pdf(pieces) -> bytes:
    out = ['<html><head><style>body { font-family: "Liberation Serif"; '
           "font-size: 13pt; } p { margin: 0 0 6pt 0; } .c { text-align: center; }"
           "</style></head><body>"]  # fmt: skip
    broken = False
    for piece in pieces:
        style = ' style="page-break-before: always"' if broken else ""
        broken = False
        if piece[0] == "p":
            text = f"<b>{piece[1]}</b>" if piece[2] else piece[1]
            out.append(f'<p class="{"c" if piece[2] else ""}"{style}>{text}</p>')
        elif piece[0] in ("head", "close"):
            left = "<br>".join(
                piece[1] if piece[0] == "head" else ["Nơi nhận:", *piece[1]]
            )
            right = "<br>".join(f"<b>{x}</b>" if x else "<br>" for x in piece[2])
            out.append(
                f'<table style="width:100%"{style}><tr><td class="c" style="width:45%;'
                f'vertical-align:top">{left}</td><td class="c" style="vertical-align:'
                f'top">{right}</td></tr></table>'
            )
        elif piece[0] == "break":
            broken = True
    out.append("</body></html>")
    return weasyprint_pdf("".join(out))


def to_text(pieces) -> str:
    out = []
    for piece in pieces:
        if piece[0] == "p":
            out.append(piece[1])
        elif piece[0] == "head":
            out += [*piece[1], *piece[2]]
        elif piece[0] == "close":
            out += ["Nơi nhận:", *piece[1], *[x for x in piece[2] if x]]
        out.append("") if piece[0] in ("head", "close") else None
    return "\n".join(out) + "\n"


# --- 1: a commune's Word file, a page break, the plan's own header ----------

TAN_HOA = [
    ("1. Nâng cấp, mở rộng 3,2 km đường trục ấp Bình Lợi. Văn phòng HĐND và UBND xã "
     "chủ trì, phối hợp với Ban nhân dân ấp Bình Lợi; hoàn thành trước ngày 30/6/2027.",
     T("Nâng cấp, mở rộng 3,2 km đường trục ấp Bình Lợi", "Văn phòng HĐND và UBND xã",
       ["Ban nhân dân ấp Bình Lợi"], "2027-06-30")),
    ("2. Xây dựng 02 mô hình trồng rau an toàn theo chuỗi giá trị. Hội Nông dân xã chủ "
     "trì, phối hợp với Hợp tác xã Tân Hòa; thời gian hoàn thành: tháng 9/2027.",
     T("Xây dựng 02 mô hình trồng rau an toàn theo chuỗi giá trị", "Hội Nông dân xã",
       ["Hợp tác xã Tân Hòa"], "2027-09-30")),
    ("3. Ra quân thu gom rác thải, phát quang bụi rậm các tuyến đường liên ấp. Đoàn "
     "Thanh niên xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã; thời gian: Quý II/2027.",
     T("Ra quân thu gom rác thải, phát quang bụi rậm các tuyến đường liên ấp",
       "Đoàn Thanh niên xã", ["Hội Liên hiệp Phụ nữ xã"], "2027-06-30")),
    ("4. Rà soát, cập nhật hồ sơ minh chứng các tiêu chí nông thôn mới nâng cao. Phòng "
     "Kinh tế chủ trì, phối hợp với các ấp; hoàn thành trước ngày 31/10/2027.",
     T("Rà soát, cập nhật hồ sơ minh chứng các tiêu chí nông thôn mới nâng cao",
       "Phòng Kinh tế", ["các ấp"], "2027-10-31")),
]  # fmt: skip


def commune_docx():
    title = "Xây dựng xã Tân Hòa đạt chuẩn nông thôn mới nâng cao năm 2027"
    left = ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 112/QĐ-UBND"]
    pieces = decision(
        left, "Tân Hòa, ngày 20 tháng 01 năm 2027", f"Ban hành Kế hoạch {title[:1].lower()}{title[1:]}",
        "ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
        ["Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;",
         "Căn cứ Quyết định số 45/QĐ-UBND ngày 05/01/2027 của UBND tỉnh Đồng Nai về giao "
         "chỉ tiêu xây dựng nông thôn mới năm 2027;"],
        "Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 08/TTr-KT ngày 15/01/2027.",
        [f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {title[:1].lower()}{title[1:]}.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế, Trưởng các ấp và "
         "các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."],
        ["- Như Điều 3;", "- UBND tỉnh (b/c);", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn Hùng"],
    ) + [
        ("break",),
        ("head", ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA"], MOTTO),
        P("KẾ HOẠCH", True), P(title, True),
        P("(Ban hành kèm theo Quyết định số 112/QĐ-UBND ngày 20/01/2027 của Ủy ban nhân "
          "dân xã Tân Hòa)"),
        P("I. MỤC ĐÍCH, YÊU CẦU", True),
        P("Duy trì, nâng chất các tiêu chí đã đạt; huy động cả hệ thống chính trị vào cuộc."),
        P("II. NHIỆM VỤ CỤ THỂ", True),
        *[P(row[0]) for row in TAN_HOA],
        P("III. TỔ CHỨC THỰC HIỆN", True),
        P("Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã trước ngày 15/12/2027."),
    ]  # fmt: skip
    head = hdr("112", "QĐ-UBND", "Tân Hòa", "2027-01-20", title, "ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
               "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng",
               ["72/2025/QH15", "45/QĐ-UBND"], 3)  # fmt: skip
    return ("f33s-xa-tan-hoa-quyet-dinh.docx", to_docx(pieces), "a commune's Word "
            "file, the plan after a page break under its own header block again, its "
            "note in brackets, numbered tasks in prose.", head, [r[1] for r in TAN_HOA])  # fmt: skip


# --- 2: a district's PDF of 2024, KT. CHỦ TỊCH, no header on the plan --------

BAO_YEN = [
    ("a) Cứng hóa 12 km đường giao thông nội đồng tại các xã Tân Dương, Xuân Thượng. "
     "Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với UBND các xã; hoàn thành "
     "trong Quý III/2024.",
     T("Cứng hóa 12 km đường giao thông nội đồng tại các xã Tân Dương, Xuân Thượng",
       "Phòng Kinh tế và Hạ tầng", ["UBND các xã"], "2024-09-30")),
    ("b) Hỗ trợ 150 hộ nghèo phát triển chăn nuôi bò sinh sản. Giao Phòng Lao động - "
     "Thương binh và Xã hội chủ trì, phối hợp với Ngân hàng Chính sách xã hội huyện; "
     "hoàn thành trước ngày 31/10/2024.",
     T("Hỗ trợ 150 hộ nghèo phát triển chăn nuôi bò sinh sản",
       "Phòng Lao động - Thương binh và Xã hội",
       ["Ngân hàng Chính sách xã hội huyện"], "2024-10-31")),
    ("c) Xây dựng 05 sản phẩm OCOP đạt 3 sao trở lên. Giao Phòng Nông nghiệp và Phát "
     "triển nông thôn chủ trì, phối hợp với Hội Nông dân huyện; thời gian: tháng 11/2024.",
     T("Xây dựng 05 sản phẩm OCOP đạt 3 sao trở lên",
       "Phòng Nông nghiệp và Phát triển nông thôn", ["Hội Nông dân huyện"], "2024-11-30")),
]  # fmt: skip


def district_pdf():
    title = "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Bảo Yên năm 2024"
    pieces = decision(
        ["ỦY BAN NHÂN DÂN", "HUYỆN BẢO YÊN", "Số: 1045/QĐ-UBND"],
        "Bảo Yên, ngày 08 tháng 3 năm 2024", "Ban hành Kế hoạch thực hiện Chương trình "
        "mục tiêu quốc gia xây dựng nông thôn mới huyện Bảo Yên năm 2024",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN",
        ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
         "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê "
         "duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;",
         "Căn cứ Kế hoạch số 58/KH-UBND ngày 20/01/2024 của UBND tỉnh Lào Cai;"],
        "Xét đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn tại Tờ trình "
        "số 31/TTr-NN ngày 01/3/2024.",
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình mục "
         "tiêu quốc gia xây dựng nông thôn mới huyện Bảo Yên năm 2024.",
         "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các phòng, ban, ngành, "
         "Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./."],
        ["- Như Điều 3;", "- UBND tỉnh Lào Cai;", "- TT Huyện ủy;", "- Lưu: VT, NN."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Văn Thắng"],
    ) + [
        ("break",),
        P("KẾ HOẠCH", True), P(title, True),
        P("Ban hành kèm theo Quyết định số 1045/QĐ-UBND ngày 08/3/2024 của Chủ tịch UBND "
          "huyện Bảo Yên"),
        P("I. MỤC TIÊU", True),
        P("Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới trong năm 2024."),
        P("II. NHIỆM VỤ VÀ GIẢI PHÁP", True),
        *[P(row[0]) for row in BAO_YEN],
        P("III. TỔ CHỨC THỰC HIỆN", True),
        P("Văn phòng Điều phối nông thôn mới huyện theo dõi, tổng hợp, báo cáo Chủ tịch "
          "UBND huyện."),
    ]  # fmt: skip
    head = hdr("1045", "QĐ-UBND", "Bảo Yên", "2024-03-08", title, "ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN",
               "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Thắng",
               ["Luật ngày 19/6/2015", "263/QĐ-TTg", "58/KH-UBND"], 4)  # fmt: skip
    return ("f33s-huyen-bao-yen-quyet-dinh.pdf", to_pdf(pieces), "a district's PDF of "
            "2024 decided by its chairman, signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; the plan "
            "has no header of its own and its note no brackets; tasks a) b) c).",
            head, [r[1] for r in BAO_YEN])  # fmt: skip


# --- 3: a province's Word file of 2026, no page break, a PHỤ LỤC table -----

LAM_DONG = [
    ("Hoàn thiện bộ tiêu chí xã nông thôn mới hiện đại giai đoạn 2026-2030",
     "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "Tháng 6/2026",
     T("Hoàn thiện bộ tiêu chí xã nông thôn mới hiện đại giai đoạn 2026-2030",
       "Sở Nông nghiệp và Môi trường", ["Các sở, ngành liên quan"], "2026-06-30")),
    ("Phân bổ vốn sự nghiệp thực hiện Chương trình năm 2026", "Sở Tài chính",
     "Sở Nông nghiệp và Môi trường", "Quý III/2026",
     T("Phân bổ vốn sự nghiệp thực hiện Chương trình năm 2026", "Sở Tài chính",
       ["Sở Nông nghiệp và Môi trường"], "2026-09-30")),
    ("Tổ chức đánh giá, công nhận xã đạt chuẩn nông thôn mới năm 2026",
     "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các xã, phường", "15/12/2026",
     T("Tổ chức đánh giá, công nhận xã đạt chuẩn nông thôn mới năm 2026",
       "Văn phòng Điều phối nông thôn mới tỉnh", ["UBND các xã, phường"], "2026-12-15")),
]  # fmt: skip


def province_docx():
    title = "Triển khai xây dựng nông thôn mới trên địa bàn tỉnh Lâm Đồng năm 2026"
    pieces = decision(
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 356/QĐ-UBND"],
        "Lâm Đồng, ngày 12 tháng 02 năm 2026", "Ban hành Kế hoạch triển khai xây dựng "
        "nông thôn mới trên địa bàn tỉnh Lâm Đồng năm 2026", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        ["Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;",
         "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh về kế hoạch phát "
         "triển kinh tế - xã hội năm 2026;"],
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số "
        "25/TTr-SNNMT ngày 05/02/2026.",
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai xây dựng nông thôn "
         "mới trên địa bàn tỉnh Lâm Đồng năm 2026.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành, Chủ tịch UBND các "
         "xã, phường chịu trách nhiệm thi hành Quyết định này./."],
        ["- Như Điều 3;", "- Bộ Nông nghiệp và Môi trường;", "- Lưu: VT, KT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trần Hồng Thái"],
    ) + [
        P("PHỤ LỤC", True), P("KẾ HOẠCH", True), P(title, True),
        P("(Kèm theo Quyết định số 356/QĐ-UBND ngày 12/02/2026 của UBND tỉnh Lâm Đồng)"),
        P("I. MỤC ĐÍCH, YÊU CẦU", True),
        P("Cụ thể hóa các nhiệm vụ xây dựng nông thôn mới của tỉnh năm 2026."),
        P("II. NHIỆM VỤ TRỌNG TÂM", True),
        ("table", ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                   "Thời gian hoàn thành"], [r[:4] for r in LAM_DONG]),
        P("III. TỔ CHỨC THỰC HIỆN", True),
        P("Các sở, ngành báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 20/12/2026."),
    ]  # fmt: skip
    head = hdr("356", "QĐ-UBND", "Lâm Đồng", "2026-02-12", title, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
               "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Hồng Thái",
               ["72/2025/QH15", "12/NQ-HĐND"], 3)  # fmt: skip
    return ("f33s-tinh-lam-dong-phu-luc-bang.docx", to_docx(pieces), "a province's "
            "Word file of 2026 with no page break; the plan attached as PHỤ LỤC / KẾ "
            "HOẠCH, its tasks a table.", head, [r[4] for r in LAM_DONG])  # fmt: skip


# --- 4: a Ban Chỉ đạo's decision pasted as text -------------------------------

BCD = [
    ("- Tổ chức tuyên truyền về xây dựng nông thôn mới trên hệ thống loa truyền thanh "
     "xã. Giao Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện, "
     "thời gian thực hiện: tháng 4/2027.",
     T("Tổ chức tuyên truyền về xây dựng nông thôn mới trên hệ thống loa truyền thanh xã",
       "Văn hóa - Xã hội", ["Đoàn Thanh niên xã"], "2027-04-30")),
    ("- Kiểm tra tiến độ thực hiện các tiêu chí tại các thôn. Giao Văn phòng Điều phối "
     "nông thôn mới xã chủ trì, phối hợp với Trưởng các thôn thực hiện, thời gian "
     "thực hiện: Quý III/2027.",
     T("Kiểm tra tiến độ thực hiện các tiêu chí tại các thôn",
       "Văn phòng Điều phối nông thôn mới xã", ["Trưởng các thôn"], "2027-09-30")),
]  # fmt: skip


def steering_txt():
    title = "Kiểm tra, đôn đốc xây dựng nông thôn mới xã Mường Phăng năm 2027"
    pieces = decision(
        ["ĐẢNG ỦY XÃ MƯỜNG PHĂNG", "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "Số: 05/QĐ-BCĐ"],
        "Mường Phăng, ngày 15 tháng 3 năm 2027", "Ban hành Kế hoạch kiểm tra, đôn đốc "
        "xây dựng nông thôn mới xã Mường Phăng năm 2027",
        "TRƯỞNG BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI XÃ MƯỜNG PHĂNG",
        ["Căn cứ Quyết định số 01/QĐ-UBND ngày 02/01/2027 của UBND xã về việc kiện toàn "
         "Ban Chỉ đạo xây dựng nông thôn mới xã;"],
        "Theo đề nghị của Văn phòng Điều phối nông thôn mới xã.",
        ["Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra, đôn đốc xây dựng "
         "nông thôn mới xã Mường Phăng năm 2027.",
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
         "Điều 3. Các thành viên Ban Chỉ đạo, Trưởng các thôn chịu trách nhiệm thi hành "
         "Quyết định này./."],
        ["- Như Điều 3;", "- Lưu: VP."],
        ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "Lò Văn Chung"],
    ) + [
        ("head", ["ĐẢNG ỦY XÃ MƯỜNG PHĂNG", "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI"], MOTTO),
        P("KẾ HOẠCH", True), P(title, True),
        P("(Ban hành kèm theo Quyết định số 05/QĐ-BCĐ ngày 15/3/2027 của Ban Chỉ đạo xây "
          "dựng nông thôn mới xã)"),
        P("I. MỤC ĐÍCH", True),
        P("Kịp thời tháo gỡ khó khăn, vướng mắc ở các thôn."),
        P("II. NỘI DUNG KIỂM TRA", True),
        *[P(row[0]) for row in BCD],
        P("III. TỔ CHỨC THỰC HIỆN", True),
        P("Văn phòng Điều phối tổng hợp kết quả, báo cáo Trưởng Ban Chỉ đạo."),
    ]  # fmt: skip
    head = hdr("05", "QĐ-BCĐ", "Mường Phăng", "2027-03-15", title,
               "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN",
               "Lò Văn Chung", ["01/QĐ-UBND"], 2)  # fmt: skip
    return ("f33s-bcd-muong-phang-dan.txt", to_text(pieces), "a Ban Chỉ đạo's decision "
            "pasted as text, the plan's header block repeated, tasks as dashes.",
            head, [r[1] for r in BCD])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (commune_docx, district_pdf, province_docx, steering_txt):
        name, data, what, head, tasks = make()
        expected.write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
