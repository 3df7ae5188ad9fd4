"""Writes round 24n's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round24n.py

Round 24n covers three families described by a reader who measured a hidden
set of real-style plans, each written before the importer was changed for
it:

F1. the task's named official under other labels ("Cán bộ theo dõi",
    "Người theo dõi", "Công chức theo dõi", "Cán bộ đầu mối", "Công chức
    phụ trách", "Người phụ trách", "Cán bộ tham mưu"), as a line under the
    task or as a table column, the person written with an honorific ("đồng
    chí", "đ/c", "Đ/c", "ông", "bà", "anh", "chị") and maybe the post after
    a dash or a comma. A Word plan and a workbook.
F2. the plan's bases only in footnotes: the opening "Thực hiện các văn bản
    chỉ đạo của cấp trên¹ và hướng dẫn của ngành²", the notes naming the
    documents; a task's own explanatory footnote ("Theo Quyết định …") is no
    basis. A Word plan and an .odt (LibreOffice's, an endnote in it too).
F3. a workbook of three sheets with a title block on the first: the national
    header, "KẾ HOẠCH", the title, "(Thực hiện Kế hoạch số … )" naming the
    basis, "BIỂU 01: NHÓM TIÊU CHÍ …", then the table; the later sheets
    open with "(Kèm theo Kế hoạch số …)" and "BIỂU 0N" over the same table,
    numbering from 1 again; the signature under the last sheet.

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top. The
officials are expected as the model keeps them: the name and the post, no
honorific.
"""

import sys
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_xlsx import (  # noqa: E402
    boxed,
    excel_day,
    header_beside,
    line,
    saved_by_calc,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402
from word_writer import (  # noqa: E402
    closing_beside,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round24n"

NOTE_KINDS = {
    "footnote": (
        RT.FOOTNOTES,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    ),
    "endnote": (
        RT.ENDNOTES,
        "/word/endnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
    ),
}


class Notes:
    """The footnotes (or endnotes) of a python-docx Document, written as Word
    writes them: the separators, then each note's paragraph opening with its
    mark; `mark` adds a note and its reference to a paragraph."""

    def __init__(self, doc, kind="footnote"):
        self.kind = kind
        reltype, name, content_type = NOTE_KINDS[kind]
        self.notes = []
        self.part = Part(PackURI(name), content_type, b"", doc.part.package)
        doc.part.relate_to(self.part, reltype)

    def mark(self, paragraph, text):
        self.notes.append(text)
        number = len(self.notes)
        run = paragraph.add_run()
        run._r.append(
            parse_xml(
                f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'
            )
        )
        run._r.append(
            parse_xml(f'<w:{self.kind}Reference {nsdecls("w")} w:id="{number}"/>')
        )

    def close(self):
        k = self.kind
        body = (
            f'<w:{k} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{k}>'
            f'<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f"<w:continuationSeparator/></w:r></w:p></w:{k}>"
        )
        for number, text in enumerate(self.notes, 1):
            body += (
                f'<w:{k} w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign '
                f'w:val="superscript"/></w:rPr><w:{k}Ref/></w:r><w:r><w:rPr>'
                '<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> '
                f"{text}</w:t></w:r></w:p></w:{k}>"
            )
        self.part._blob = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:{k}s {nsdecls('w')}>{body}</w:{k}s>"
        ).encode()


def marked(doc, pieces, *, notes, indent=1):
    """A paragraph of `pieces`: text, or (text, note) where the note's mark
    follows the text."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(28)
    for piece in pieces:
        text, note = (piece, None) if isinstance(piece, str) else piece
        run = p.add_run(text)
        run.font.size = Pt(13)
        if note:
            (note[0] if isinstance(note, tuple) else notes).mark(
                p, note[1] if isinstance(note, tuple) else note
            )
    return p


def commune_header(name, number, date, title, signer, bases=(), *, place=None):
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": place or name.title(),
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {name}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": signer,
        "bases": list(bases),
        "recipients": 3,
    }


RECIPIENTS = ["- UBND tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."]


def signature(signer):
    return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", signer]


def rows_tasks(rows, *, official=None):
    out = []
    for row in rows:
        task = {"title": row[0], "lead": row[1], "coordinating": row[2],
                "deadline": row[-1]}  # fmt: skip
        if official is not None:
            task["official"] = row[official]
        out.append(task)
    return out


# ---------------------------------------------------------------------------
# F2. Bases only in footnotes.

TAN_HOA_ROWS = [
    ("Cứng hóa 3,2 km đường trục thôn Gò Chè, Đồng Bông", "Phòng Kinh tế",
     ["Ban phát triển thôn Gò Chè", "Ban phát triển thôn Đồng Bông"], "Quý III/2027",
     "2027-09-30"),
    ("Giảm tỷ lệ hộ nghèo đa chiều xuống dưới 1,5%", "Phòng Văn hóa - Xã hội",
     ["Ngân hàng Chính sách xã hội"], "31/12/2027", "2027-12-31"),
    ("Xây dựng 02 sản phẩm OCOP đạt 3 sao từ chè xanh Tân Hòa", "Phòng Kinh tế",
     ["Hợp tác xã chè Tân Hòa"], "Tháng 10/2027", "2027-10-31"),
    ("Thu gom, xử lý 95% rác thải sinh hoạt tại các thôn", "Phòng Kinh tế",
     ["Hội Liên hiệp Phụ nữ xã"], "Tháng 11/2027", "2027-11-30"),
]  # fmt: skip
# The footnote on a task's title: an explanation, no basis.
TAN_HOA_EXPLAINED = (
    "Theo Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ, "
    "hộ nghèo tính theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030."
)


def tan_hoa_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 162/KH-UBND"],
        "Tân Hòa, ngày 25 tháng 11 năm 2026",
        "Thực hiện các tiêu chí xã nông thôn mới năm 2027",
    )
    notes = Notes(doc)
    marked(
        doc,
        [
            ("Thực hiện các văn bản chỉ đạo của cấp trên",
             "Nghị quyết số 05-NQ/ĐU ngày 15/10/2026 của Đảng ủy xã Tân Hòa về "
             "xây dựng nông thôn mới giai đoạn 2026 - 2030; Kế hoạch số "
             "12/KH-UBND ngày 20/10/2026 của UBND tỉnh Phú Thọ về thực hiện "
             "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027."),
            (" và hướng dẫn của ngành",
             "Công văn số 1520/SNNMT-PTNT ngày 05/11/2026 của Sở Nông nghiệp và "
             "Môi trường tỉnh Phú Thọ về hướng dẫn thực hiện các tiêu chí."),
            ", Ủy ban nhân dân xã Tân Hòa xây dựng Kế hoạch thực hiện các tiêu chí "
            "xã nông thôn mới năm 2027 như sau:",
        ],
        notes=notes,
    )  # fmt: skip
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Duy trì và nâng cao chất lượng các tiêu chí đã đạt; phân công rõ "
         "cơ quan chủ trì, thời hạn hoàn thành.", indent=1)  # fmt: skip
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    head = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời gian hoàn thành"]  # fmt: skip
    rows = [
        [[str(i)], [r[0]], [r[1]], ["; ".join(r[2])], [r[3]]]
        for i, r in enumerate(TAN_HOA_ROWS, 1)
    ]
    table = task_table(doc, head, rows, [1.2, 6.5, 3.2, 3.5, 2.6], bold_titles=False)
    # The mark on the second task's title, as Word puts it after the words.
    notes.mark(table.rows[2].cells[1].paragraphs[0], TAN_HOA_EXPLAINED)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các bộ phận được phân công chủ động triển khai, báo cáo kết quả về "
         "UBND xã trước ngày 15/12/2027.", indent=1)  # fmt: skip
    closing_beside(doc, RECIPIENTS, signature("Đinh Công Tuấn"))
    notes.close()
    return save(doc)


HOP_THANH_ROWS = [
    ("Tuyên truyền, vận động nhân dân hiến đất mở rộng đường giao thông nông thôn",
     "Ban phát triển các thôn", ["Ủy ban MTTQ Việt Nam xã"], "Tháng 6/2027",
     "2027-06-30"),
    ("Xây dựng mô hình thôn sáng - xanh - sạch - đẹp tại thôn Khuổi Cáp",
     "Hội Liên hiệp Phụ nữ xã", ["Đoàn Thanh niên xã"], "Quý III/2027",
     "2027-09-30"),
    ("Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới",
     "Phòng Kinh tế", ["Văn phòng HĐND và UBND xã"], "30/11/2027", "2027-11-30"),
]  # fmt: skip


def hop_thanh_docx() -> bytes:
    """Tasks as numbered points with labelled lines; the opening's documents
    in a footnote and an endnote; saved as .odt by LibreOffice."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HỢP THÀNH", "Số: 88/KH-UBND"],
        "Hợp Thành, ngày 02 tháng 12 năm 2026",
        "Triển khai xây dựng nông thôn mới năm 2027",
    )
    notes, endnotes = Notes(doc), Notes(doc, "endnote")
    marked(
        doc,
        [
            ("Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ xã",
             "Nghị quyết số 09-NQ/ĐU ngày 28/10/2026 của Ban Chấp hành Đảng bộ xã "
             "Hợp Thành về nhiệm vụ năm 2027."),
            (" và Kế hoạch của Ủy ban nhân dân tỉnh",
             (endnotes, "Kế hoạch số 301/KH-UBND ngày 10/11/2026 của UBND tỉnh "
              "Cao Bằng về xây dựng nông thôn mới năm 2027.")),
            ", UBND xã Hợp Thành ban hành Kế hoạch triển khai như sau:",
        ],
        notes=notes,
    )  # fmt: skip
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Huy động cả hệ thống chính trị tham gia xây dựng nông thôn mới.",
         indent=1)  # fmt: skip
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    for i, (title, lead, partners, when, _) in enumerate(HOP_THANH_ROWS, 1):
        p = para(doc, f"{i}. {title}", bold=True)
        if i == 2:
            notes.mark(p, "Mô hình theo hướng dẫn của Hội Liên hiệp Phụ nữ tỉnh.")
        para(doc, f"- Cơ quan chủ trì: {lead}.", indent=1)
        para(doc, f"- Cơ quan phối hợp: {'; '.join(partners)}.", indent=1)
        para(doc, f"- Thời gian hoàn thành: {when}.", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Giao Phòng Kinh tế theo dõi, tổng hợp, báo cáo UBND xã.", indent=1)
    closing_beside(doc, RECIPIENTS, signature("Nông Thị Hạnh"))
    notes.close()
    endnotes.close()
    return save(doc)


# ---------------------------------------------------------------------------
# F1. The official under other labels, with an honorific.

# (title, lead, label, as written, expected official, deadline text, day)
MINH_DUC_TASKS = [
    ("Rà soát, cập nhật hiện trạng các tiêu chí nông thôn mới của xã",
     "Phòng Kinh tế", "Cán bộ theo dõi", "đồng chí Nguyễn Đình Lâm",
     "Nguyễn Đình Lâm", "Tháng 3/2027", "2027-03-31"),
    ("Nâng cấp 02 nhà văn hóa thôn đạt chuẩn", "Phòng Văn hóa - Xã hội",
     "Người theo dõi", "đ/c Lê Thị Mai - công chức Văn hóa - Xã hội",
     "Lê Thị Mai - công chức Văn hóa - Xã hội", "Quý III/2027", "2027-09-30"),
    ("Hỗ trợ 30 hộ chuyển đổi sang trồng cây ăn quả có múi", "Phòng Kinh tế",
     "Công chức theo dõi", "ông Trần Văn Hùng", "Trần Văn Hùng", "30/9/2027",
     "2027-09-30"),
    ("Lập hồ sơ đề nghị hỗ trợ xi măng làm đường ngõ xóm", "Phòng Kinh tế",
     "Cán bộ đầu mối", "Đ/c Hà Thị Thu, công chức Tài chính - Kế toán",
     "Hà Thị Thu, công chức Tài chính - Kế toán", "Tháng 5/2027", "2027-05-31"),
    ("Tổ chức ngày hội văn hóa các dân tộc xã Minh Đức", "Phòng Văn hóa - Xã hội",
     "Công chức phụ trách", "bà Lò Thị Hương", "Lò Thị Hương", "Tháng 8/2027",
     "2027-08-31"),
    ("Ra quân vệ sinh môi trường, trồng cây xanh dọc tuyến đường liên thôn",
     "Đoàn Thanh niên xã", "Người phụ trách", "anh Vi Văn Quân - Bí thư Đoàn xã",
     "Vi Văn Quân - Bí thư Đoàn xã", "Tháng 4/2027", "2027-04-30"),
    ("Tập huấn kỹ thuật chăn nuôi an toàn sinh học cho hội viên",
     "Hội Nông dân xã", "Cán bộ tham mưu", "chị Hoàng Thị Lụa",
     "Hoàng Thị Lụa", "Quý II/2027", "2027-06-30"),
]  # fmt: skip


def minh_duc_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ MINH ĐỨC", "Số: 174/KH-UBND"],
        "Minh Đức, ngày 30 tháng 11 năm 2026",
        "Phân công thực hiện nhiệm vụ xây dựng nông thôn mới năm 2027",
    )
    para(doc, "Căn cứ Kế hoạch số 512/KH-UBND ngày 05/11/2026 của UBND tỉnh Thái "
         "Nguyên về xây dựng nông thôn mới năm 2027;", italic=True, indent=1)  # fmt: skip
    para(doc, "UBND xã Minh Đức ban hành Kế hoạch phân công thực hiện như sau:",
         indent=1)  # fmt: skip
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Mỗi nhiệm vụ có cơ quan chủ trì và cán bộ theo dõi cụ thể.", indent=1)
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    for i, (title, lead, label, person, _, when, _day) in enumerate(MINH_DUC_TASKS, 1):
        para(doc, f"{i}. {title}", bold=True)
        para(doc, f"- Cơ quan chủ trì: {lead}.", indent=1)
        para(doc, f"- {label}: {person}.", indent=1)
        para(doc, f"- Thời gian hoàn thành: {when}.", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Cán bộ theo dõi báo cáo tiến độ hằng tháng về Văn phòng HĐND và UBND xã.",
         indent=1)  # fmt: skip
    closing_beside(doc, RECIPIENTS, signature("Dương Văn Khởi"))
    return save(doc)


# (title, lead, partner, official as written, expected, deadline)
PHU_LY_TASKS = [
    ("Duy trì 100% tuyến đường trục thôn được chiếu sáng", "Phòng Kinh tế",
     "Ban phát triển các thôn", "Đ/c Nguyễn Văn Hải", "Nguyễn Văn Hải", (2027, 6, 30)),
    ("Xây dựng 01 chợ nông thôn đạt chuẩn tại trung tâm xã", "Phòng Kinh tế",
     "Ban Quản lý dự án xã", "đ/c Đỗ Thị Nhàn - công chức Kinh tế",
     "Đỗ Thị Nhàn - công chức Kinh tế", (2027, 10, 31)),
    ("Nâng tỷ lệ người dân tham gia bảo hiểm y tế lên 95%", "Phòng Văn hóa - Xã hội",
     "Bảo hiểm xã hội khu vực", "Bà Phạm Thị Yến", "Phạm Thị Yến", (2027, 12, 31)),
    ("Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh", "Trạm Y tế xã",
     "Công an xã", "Ông Lý Văn Tiến, Trưởng Trạm Y tế",
     "Lý Văn Tiến, Trưởng Trạm Y tế", (2027, 8, 31)),
]  # fmt: skip


def phu_ly_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Phân công"
    line(ws, 1, "ỦY BAN NHÂN DÂN XÃ PHÚ LÝ", width=6, bold=True)
    line(ws, 3, "PHỤ LỤC", width=6, bold=True)
    line(ws, 4, "PHÂN CÔNG THEO DÕI NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
         width=6, bold=True)  # fmt: skip
    line(ws, 5, "(Kèm theo Kế hoạch số 41/KH-UBND ngày 08/01/2027 của UBND xã Phú Lý)",
         width=6, italic=True)  # fmt: skip
    head = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Cán bộ theo dõi", "Thời gian hoàn thành"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=6, column=c, value=text).font = Font(bold=True)
    for r, t in enumerate(PHU_LY_TASKS, 7):
        values = [r - 6, t[0], t[1], t[2], t[3], excel_day(*t[5])]
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
    boxed(ws, 6, 6 + len(PHU_LY_TASKS), 6)
    saved_by_calc(wb, path)


# ---------------------------------------------------------------------------
# F3. A workbook of three sheets under one title block.

# Sheet caption, then rows (title, lead, partner, deadline as written, day).
DONG_TIEN_SHEETS = [
    ("BIỂU 01: NHÓM TIÊU CHÍ VỀ QUY HOẠCH VÀ HẠ TẦNG KINH TẾ - XÃ HỘI", [
        ("Điều chỉnh quy hoạch chung xây dựng xã sau sắp xếp", "Phòng Kinh tế",
         "Ban phát triển các thôn", "Quý II/2027", "2027-06-30"),
        ("Cứng hóa 1,8 km đường ngõ xóm thôn Đồng Mới", "Ban Quản lý dự án xã",
         "Ban phát triển thôn Đồng Mới", "Tháng 9/2027", "2027-09-30"),
        ("Cải tạo hệ thống kênh mương nội đồng xứ đồng Bãi Soi",
         "Hợp tác xã nông nghiệp Đồng Tiến", "Phòng Kinh tế", "Quý III/2027",
         "2027-09-30"),
    ]),
    ("BIỂU 02: NHÓM TIÊU CHÍ VỀ KINH TẾ VÀ TỔ CHỨC SẢN XUẤT", [
        ("Phát triển vùng trồng bưởi đạt chứng nhận VietGAP 20 ha", "Phòng Kinh tế",
         "Hội Nông dân xã", "Tháng 11/2027", "2027-11-30"),
        ("Hỗ trợ Hợp tác xã Đồng Tiến liên kết tiêu thụ sản phẩm",
         "Phòng Kinh tế", "Liên minh Hợp tác xã tỉnh", "Quý IV/2027",
         "2027-12-31"),
    ]),
    ("BIỂU 03: NHÓM TIÊU CHÍ VỀ VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG", [
        ("Xây dựng 03 tuyến đường hoa kiểu mẫu", "Hội Liên hiệp Phụ nữ xã",
         "Đoàn Thanh niên xã", "Tháng 8/2027", "2027-08-31"),
        ("Duy trì tỷ lệ trẻ em đi học đúng độ tuổi đạt 100%",
         "Phòng Văn hóa - Xã hội", "Trường Tiểu học Đồng Tiến", "Năm 2027",
         "2027-12-31"),
        ("Thu gom bao gói thuốc bảo vệ thực vật sau sử dụng tại các cánh đồng",
         "Phòng Kinh tế", "Hội Nông dân xã", "Thường xuyên", "2027-12-31"),
    ]),
]  # fmt: skip
DONG_TIEN_HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                  "Thời gian hoàn thành"]  # fmt: skip
DONG_TIEN_TITLE = "THỰC HIỆN CÁC NHÓM TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2027"
DONG_TIEN_ATTACHED = (
    "(Kèm theo Kế hoạch số 150/KH-UBND ngày 20/11/2026 của UBND xã Đồng Tiến)"
)


def dong_tien_xlsx(path: Path) -> None:
    wb = Workbook()
    for n, (caption, rows) in enumerate(DONG_TIEN_SHEETS):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = f"Biểu 0{n + 1}"
        row = 1
        if n == 0:
            header_beside(
                ws,
                [
                    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                    ("XÃ ĐỒNG TIẾN", "Độc lập - Tự do - Hạnh phúc"),
                    ("Số: 150/KH-UBND", "Đồng Tiến, ngày 20 tháng 11 năm 2026"),
                ],
                row,
            )
            row += 4
            line(ws, row, "KẾ HOẠCH", width=5, bold=True)
            line(ws, row + 1, DONG_TIEN_TITLE, width=5, bold=True)
            line(ws, row + 2, "(Thực hiện Kế hoạch số 45/KH-UBND ngày 12/11/2026 "
                 "của UBND tỉnh Phú Thọ)", width=5, italic=True)  # fmt: skip
            row += 3
        else:
            line(ws, row, DONG_TIEN_ATTACHED, width=5, italic=True)
            row += 1
        line(ws, row, caption, width=5, bold=True)
        row += 1
        for c, text in enumerate(DONG_TIEN_HEAD, 1):
            ws.cell(row=row, column=c, value=text).font = Font(bold=True)
        top = row
        for i, task in enumerate(rows, 1):
            for c, value in enumerate([i, *task[:4]], 1):
                ws.cell(row=row + i, column=c, value=value)
        boxed(ws, top, top + len(rows), 5)
        row = top + len(rows) + 2
    ws.cell(row=row, column=1, value="Nơi nhận:").font = Font(bold=True, italic=True)
    ws.cell(row=row, column=4, value="TM. ỦY BAN NHÂN DÂN").font = Font(bold=True)
    for i, (left, right) in enumerate(
        [("- UBND tỉnh (b/c);", "CHỦ TỊCH"), ("- TT Đảng ủy, HĐND xã;", ""),
         ("- Lưu: VT.", ""), ("", "Trịnh Văn Tám")], row + 1,
    ):  # fmt: skip
        if left:
            ws.cell(row=i, column=1, value=left)
        if right:
            ws.cell(row=i, column=4, value=right).font = Font(bold=True)
    saved_by_calc(wb, path)


# ---------------------------------------------------------------------------


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r24n-xa-tan-hoa-can-cu-chu-thich.docx",
        tan_hoa_docx(),
        "Round 24n F2: a commune's Word plan whose opening cites its bases only\n"
        "by footnote marks (\"Thực hiện các văn bản chỉ đạo của cấp trên¹ và\n"
        "hướng dẫn của ngành²\"), the first note naming two documents; a task's\n"
        "title carries an explanatory footnote (\"Theo Quyết định số …\").\n"
        "Assumptions: the documents the opening's notes name are the bases; the\n"
        "task's note is no basis and stays out of its title.",
        commune_header("TÂN HÒA", "162", "2026-11-25",
                       "Thực hiện các tiêu chí xã nông thôn mới năm 2027",
                       "Đinh Công Tuấn",
                       ["05-NQ/ĐU", "12/KH-UBND", "1520/SNNMT-PTNT"]),
        [{"title": r[0], "lead": r[1], "coordinating": r[2], "deadline": r[4]}
         for r in TAN_HOA_ROWS],
    )  # fmt: skip
    write(
        OUT,
        "r24n-xa-hop-thanh-can-cu-chu-thich.odt",
        saved_as(hop_thanh_docx(), "odt"),
        "Round 24n F2: a commune's plan saved as .odt by LibreOffice: the\n"
        "opening names a Party resolution by a footnote and the province's plan\n"
        "by an endnote; the tasks are numbered points with labelled lines, one\n"
        "with an explanatory footnote.\n"
        "Assumptions: the documents the notes name are the bases; the task's\n"
        "note is no basis.",
        commune_header("HỢP THÀNH", "88", "2026-12-02",
                       "Triển khai xây dựng nông thôn mới năm 2027",
                       "Nông Thị Hạnh", ["09-NQ/ĐU", "301/KH-UBND"]),
        [{"title": r[0], "lead": r[1], "coordinating": r[2], "deadline": r[4]}
         for r in HOP_THANH_ROWS],
    )  # fmt: skip
    write(
        OUT,
        "r24n-xa-minh-duc-can-bo-theo-doi.docx",
        minh_duc_docx(),
        "Round 24n F1: a commune's Word plan of numbered tasks, each with\n"
        "\"- Cơ quan chủ trì: …\", the official under another label (\"Cán bộ\n"
        "theo dõi\", \"Người theo dõi\", \"Công chức theo dõi\", \"Cán bộ đầu\n"
        "mối\", \"Công chức phụ trách\", \"Người phụ trách\", \"Cán bộ tham\n"
        "mưu\") written with an honorific, and the deadline.\n"
        "Assumptions: the official is the name and the post, no honorific.",
        commune_header("MINH ĐỨC", "174", "2026-11-30",
                       "Phân công thực hiện nhiệm vụ xây dựng nông thôn mới năm 2027",
                       "Dương Văn Khởi", ["512/KH-UBND"]),
        [{"title": t[0], "lead": t[1], "official": t[4], "deadline": t[6]}
         for t in MINH_DUC_TASKS],
    )  # fmt: skip
    path = OUT / "r24n-xa-phu-ly-cot-can-bo-theo-doi.xlsx"
    phu_ly_xlsx(path)
    write(
        OUT,
        path.name,
        path.read_bytes(),
        "Round 24n F1: a commune's appendix workbook whose official column is\n"
        "\"Cán bộ theo dõi\", each written with an honorific (\"Đ/c\", \"đ/c\",\n"
        "\"Bà\", \"Ông\") and maybe the post after a dash or a comma.\n"
        "Assumptions: the official is the name and the post, no honorific.",
        {"number": "41", "symbol": "KH-UBND", "date": "2027-01-08",
         "title": "PHÂN CÔNG THEO DÕI NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
         "issuer": "ỦY BAN NHÂN DÂN XÃ PHÚ LÝ"},
        [{"title": t[0], "lead": t[1], "coordinating": [t[2]], "official": t[4],
          "deadline": "{:04d}-{:02d}-{:02d}".format(*t[5])} for t in PHU_LY_TASKS],
    )  # fmt: skip
    path = OUT / "r24n-xa-dong-tien-bieu-tieu-chi.xlsx"
    dong_tien_xlsx(path)
    write(
        OUT,
        path.name,
        path.read_bytes(),
        "Round 24n F3: a commune's plan kept as a workbook of three sheets: on\n"
        "the first the national header, \"KẾ HOẠCH\", the title, \"(Thực hiện Kế\n"
        "hoạch số 45/KH-UBND …)\" and \"BIỂU 01: …\" over the table; the others\n"
        "open with \"(Kèm theo Kế hoạch số …)\" and their own \"BIỂU 0N\" over\n"
        "the same table, numbered from 1 again; the signature under the last.\n"
        "Assumptions: the title ends before the note in brackets; the note\n"
        "names the basis; \"Thường xuyên\" runs to the end of 2027.",
        commune_header("ĐỒNG TIẾN", "150", "2026-11-20", DONG_TIEN_TITLE,
                       "Trịnh Văn Tám", ["45/KH-UBND"]),
        [{"title": t[0], "lead": t[1], "coordinating": [t[2]], "deadline": t[4]}
         for _, rows in DONG_TIEN_SHEETS for t in rows],
    )  # fmt: skip


if __name__ == "__main__":
    main()
