"""The families of round 24n (docs/import-quality.md), tried on plans that
are in no corpus: the task's official under other labels and columns, its
honorific dropped; the plan's bases named only in the opening's footnotes
(or endnotes); a workbook's title block whose note in brackets and table
captions are no part of the title."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook

from plans.document_import.units import without_honorific
from tests.documents import docx_parts
from tests.documents.docx_parts import W, p, tc
from tests.plans.reading import plan_of, read_plan, word_plan

NOTE_TYPES = {
    "footnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "endnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}


def noted_docx(*blocks: str, notes: dict[str, list[str]]) -> bytes:
    """A .docx of `blocks` whose footnotes and endnotes part hold `notes`
    ({"footnote": [text of note 1, …], "endnote": […]}), as Word writes
    them: the separators first, each note's own mark, then its text."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
        + "".join(blocks)
        + "<w:sectPr/></w:body></w:document>"
    )
    types = docx_parts.CONTENT_TYPES.replace(
        "</Types>",
        "".join(
            f'<Override PartName="/word/{k}s.xml" ContentType="{NOTE_TYPES[k]}"/>'
            for k in notes
        )
        + "</Types>",
    )
    rels = docx_parts.DOCUMENT_RELS.replace(
        "</Relationships>",
        "".join(
            f'<Relationship Id="rIdN{n}" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/{k}s" Target="{k}s.xml"/>'
            for n, k in enumerate(notes)
        )
        + "</Relationships>",
    )
    files = {
        "[Content_Types].xml": types,
        "_rels/.rels": docx_parts.RELS,
        "word/_rels/document.xml.rels": rels,
        "word/document.xml": document,
        "word/styles.xml": docx_parts.STYLES,
        "word/numbering.xml": docx_parts.NUMBERING,
    }
    for kind, texts in notes.items():
        body = (
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
            f"</w:r></w:p></w:{kind}>"
        )
        for number, text in enumerate(texts, 1):
            body += (
                f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:{kind}>'
            )
        files[f"word/{kind}s.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s xmlns:w="{W}">'
            f"{body}</w:{kind}s>"
        )
    return docx_parts.zipped(files)


def mark(kind: str, number: int) -> str:
    return (
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{number}"/></w:r>'
    )


def marked(*pieces: str) -> str:
    """A paragraph of text runs and note marks (`mark`)."""
    body = "".join(
        piece
        if piece.startswith("<w:r>")
        else f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>'
        for piece in pieces
    )
    return f"<w:p>{body}</w:p>"


HEADER = [
    p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
    p("Số: 12/KH-UBND"),
    p("Phú Xá, ngày 04 tháng 5 năm 2026"),
    p("KẾ HOẠCH"),
    p("An sinh xã hội năm 2026"),
]
TASK_TABLE = docx_parts.table(
    [
        [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Thời gian")],
        [tc("1"), tc("Sửa nhà cho 5 hộ nghèo"), tc("Phòng Văn hóa - Xã hội"), tc("30/9/2026")],
        [
            tc("2", body=""),
            f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{marked("Tặng quà 30 hộ chính sách", mark("footnote", 3))}</w:tc>',
            tc("Hội Chữ thập đỏ xã"),
            tc("Tháng 7/2026"),
        ],
    ],
    [600, 3000, 2000, 1200],
)  # fmt: skip
CLOSING = [p("TM. ỦY BAN NHÂN DÂN"), p("CHỦ TỊCH"), p("Lò Văn Tư")]


# ── F2: bases in footnotes ──


def test_the_documents_the_openings_footnotes_name_are_the_bases():
    data = noted_docx(
        *HEADER,
        marked(
            "Thực hiện các văn bản chỉ đạo của cấp trên",
            mark("footnote", 1),
            " và hướng dẫn của ngành",
            mark("footnote", 2),
            ", UBND xã Phú Xá xây dựng Kế hoạch như sau:",
        ),
        p("I. NHIỆM VỤ"),
        TASK_TABLE,
        *CLOSING,
        notes={
            "footnote": [
                "Nghị quyết số 05-NQ/ĐU ngày 15/3/2026 của Đảng ủy xã Phú Xá; "
                "Kế hoạch số 12/KH-UBND ngày 20/3/2026 của UBND tỉnh Thái Nguyên.",
                "Công văn số 1520/SNNMT-PTNT ngày 05/4/2026 của Sở Nông nghiệp và "
                "Môi trường.",
                "Theo Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng "
                "Chính phủ.",
            ]
        },
    )
    plan = read_plan(data, "ke-hoach.docx")
    assert [b.number for b in plan.bases] == [
        "05-NQ/ĐU",
        "12/KH-UBND",
        "1520/SNNMT-PTNT",
    ]
    assert plan.bases[0].issuer == "Đảng ủy xã Phú Xá"
    # The opening keeps its sentence; its marks and notes are not in it.
    assert plan.opening.startswith(
        "Thực hiện các văn bản chỉ đạo của cấp trên và hướng dẫn của ngành,"
    )
    # The task's own note explains: no basis, not in its title.
    assert [t.title for t in plan.tasks] == [
        "Sửa nhà cho 5 hộ nghèo",
        "Tặng quà 30 hộ chính sách",
    ]
    assert all(s.used for s in plan.source)


def test_an_endnote_in_a_basis_line_names_one_more_basis():
    data = noted_docx(
        *HEADER,
        marked(
            "Căn cứ Kế hoạch số 30/KH-UBND ngày 25/01/2026 của UBND huyện và các "
            "văn bản hướng dẫn",
            mark("endnote", 1),
            ";",
        ),
        p("UBND xã Phú Xá xây dựng Kế hoạch như sau:"),
        p("I. NHIỆM VỤ"),
        TASK_TABLE,
        *CLOSING,
        notes={
            "endnote": ["Hướng dẫn số 07/HD-SNN ngày 02/02/2026 của Sở Nông nghiệp."],
            "footnote": ["Một ghi chú.", "Một ghi chú khác.", "Ghi chú của nhiệm vụ."],
        },
    )
    plan = read_plan(data, "ke-hoach.docx")
    assert [(b.number, b.implements) for b in plan.bases] == [
        ("30/KH-UBND", False),
        ("07/HD-SNN", False),
    ]


def test_a_footnote_in_the_body_is_no_basis_and_no_part_of_a_line():
    data = noted_docx(
        *HEADER,
        p("I. NHIỆM VỤ"),
        marked("1. Sửa nhà cho 5 hộ nghèo", mark("footnote", 1)),
        p("- Chủ trì: Phòng Văn hóa - Xã hội."),
        *CLOSING,
        notes={"footnote": ["Theo Kế hoạch số 99/KH-UBND ngày 01/01/2026 của UBND huyện."]},
    )  # fmt: skip
    plan = read_plan(data, "ke-hoach.docx")
    assert plan.bases == []
    assert [t.title for t in plan.tasks] == ["Sửa nhà cho 5 hộ nghèo"]


# ── F1: the official under other labels, no honorific ──


def test_the_official_under_other_labels_without_the_honorific():
    plan = plan_of(
        "1. Sửa nhà cho 5 hộ nghèo\n"
        "- Chủ trì: Phòng Văn hóa - Xã hội.\n"
        "- Công chức theo dõi: ông Trần Văn Hùng.\n"
        "2. Tặng quà 30 hộ chính sách\n"
        "- Chủ trì: Hội Chữ thập đỏ xã.\n"
        "- Người đầu mối: đ/c Lê Thị Mai - công chức Văn hóa - Xã hội.\n"
        "3. Nâng cấp nhà văn hóa thôn Nà Ca\n"
        "- Chủ trì: Phòng Kinh tế.\n"
        "- Cán bộ theo dõi: đồng chí Nguyễn Đình Lâm.\n"
    )
    assert [t.official_text for t in plan.tasks] == [
        "Trần Văn Hùng",
        "Lê Thị Mai - công chức Văn hóa - Xã hội",
        "Nguyễn Đình Lâm",
    ]


def test_a_column_of_the_officials_who_follow_the_tasks():
    rows = [
        [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc(header), tc("Thời gian")]
        for header in ["Cán bộ theo dõi"]
    ] + [
        [tc("1"), tc("Sửa nhà cho 5 hộ nghèo"), tc("Phòng Văn hóa - Xã hội"),
         tc("Đ/c Hà Thị Thu, công chức Tài chính - Kế toán"), tc("30/9/2026")],
        [tc("2"), tc("Tặng quà 30 hộ chính sách"), tc("Hội Chữ thập đỏ xã"),
         tc("Bà Phạm Thị Yến"), tc("Tháng 7/2026")],
    ]  # fmt: skip
    plan = read_plan(
        word_plan(docx_parts.table(rows, [600, 3000, 2000, 2000, 1200])),
        "ke-hoach.docx",
    )
    assert [(t.lead_text, t.official_text) for t in plan.tasks] == [
        ("Phòng Văn hóa - Xã hội", "Hà Thị Thu, công chức Tài chính - Kế toán"),
        ("Hội Chữ thập đỏ xã", "Phạm Thị Yến"),
    ]


def test_a_workbook_column_named_nguoi_theo_doi(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"])
    ws.append(["KẾ HOẠCH"])
    ws.append(["An sinh xã hội năm 2026"])
    ws.append(["STT", "Nội dung", "Đơn vị chủ trì", "Người theo dõi", "Thời hạn"])
    ws.append([1, "Sửa nhà cho 5 hộ nghèo", "Phòng Văn hóa - Xã hội",
               "anh Vi Văn Quân - Bí thư Đoàn xã", "30/9/2026"])  # fmt: skip
    path = tmp_path / "ke-hoach.xlsx"
    wb.save(path)
    plan = read_plan(path.read_bytes(), path.name)
    assert [t.official_text for t in plan.tasks] == ["Vi Văn Quân - Bí thư Đoàn xã"]


def test_an_honorific_is_dropped_only_before_a_name():
    assert without_honorific("Đ/c Lò Thị Mai") == "Lò Thị Mai"
    assert without_honorific("đồng chí Phó Chủ tịch UBND xã") == "Phó Chủ tịch UBND xã"
    assert without_honorific("chị Hoàng Thị Lụa") == "Hoàng Thị Lụa"
    # No title of address: kept as written.
    assert (
        without_honorific("Công chức Văn hóa - Xã hội") == "Công chức Văn hóa - Xã hội"
    )
    assert without_honorific("anh em trong thôn") == "anh em trong thôn"
    assert without_honorific("Bàn giao hồ sơ") == "Bàn giao hồ sơ"


# ── F3: a workbook's title block ──


def test_a_workbooks_title_ends_before_its_note_and_caption_which_names_a_basis(
    tmp_path,
):
    wb = Workbook()
    ws = wb.active
    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    for row in [
        ["ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"],
        ["Số: 12/KH-UBND"],
        ["KẾ HOẠCH"],
        ["Thực hiện các nhóm tiêu chí nông thôn mới năm 2027"],
        ["(Thực hiện Kế hoạch số 45/KH-UBND ngày 12/11/2026 của UBND tỉnh Thái Nguyên)"],
        ["BIỂU 01: NHÓM TIÊU CHÍ VỀ HẠ TẦNG"],
        head,
        [1, "Cứng hóa 2 km đường thôn Nà Ca", "Phòng Kinh tế", "30/9/2027"],
    ]:  # fmt: skip
        ws.append(row)
    second = wb.create_sheet()
    for row in [
        ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 20/11/2026 của UBND xã Phú Xá)"],
        ["BIỂU 02: NHÓM TIÊU CHÍ VỀ KINH TẾ"],
        head,
        [1, "Phát triển 20 ha bưởi VietGAP", "Hội Nông dân xã", "30/11/2027"],
        [],
        ["TM. ỦY BAN NHÂN DÂN"],
        ["CHỦ TỊCH"],
        ["Lò Văn Tư"],
    ]:  # fmt: skip
        second.append(row)
    path = tmp_path / "ke-hoach.xlsx"
    wb.save(path)
    plan = read_plan(path.read_bytes(), path.name)
    assert plan.title == "Thực hiện các nhóm tiêu chí nông thôn mới năm 2027"
    assert [(b.number, b.implements) for b in plan.bases] == [("45/KH-UBND", True)]
    assert [t.title for t in plan.tasks] == [
        "Cứng hóa 2 km đường thôn Nà Ca",
        "Phát triển 20 ha bưởi VietGAP",
    ]
    unplaced = [s.text for s in plan.source if not s.used]
    assert unplaced == []


@pytest.mark.parametrize(
    "caption",
    [
        "BIỂU 02: NHÓM TIÊU CHÍ VỀ KINH TẾ",
        "PHỤ LỤC 02: NHÓM TIÊU CHÍ VỀ KINH TẾ",
        "PHỤ LỤC II: NHÓM TIÊU CHÍ VỀ KINH TẾ",
        "(Triển khai Kế hoạch số 12/KH-UBND ngày 20/11/2026 của UBND xã Phú Xá)",
    ],
)
def test_a_later_sheets_caption_reads_as_the_title_blocks_does(tmp_path, caption):
    """Over a later sheet's table, the captions and notes that end a title
    (a "Phụ lục", a Roman number, "(Triển khai …)") are its caption too."""
    wb = Workbook()
    head = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
    for row in [
        ["ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"],
        ["Số: 12/KH-UBND"],
        ["KẾ HOẠCH"],
        ["Thực hiện các nhóm tiêu chí nông thôn mới năm 2027"],
        head,
        [1, "Cứng hóa 2 km đường thôn Nà Ca", "Phòng Kinh tế", "30/9/2027"],
    ]:  # fmt: skip
        wb.active.append(row)
    second = wb.create_sheet()
    for row in [
        [caption],
        head,
        [1, "Phát triển 20 ha bưởi VietGAP", "Hội Nông dân xã", "30/11/2027"],
    ]:  # fmt: skip
        second.append(row)
    path = tmp_path / "ke-hoach.xlsx"
    wb.save(path)
    plan = read_plan(path.read_bytes(), path.name)
    assert [t.title for t in plan.tasks] == [
        "Cứng hóa 2 km đường thôn Nà Ca",
        "Phát triển 20 ha bưởi VietGAP",
    ]
    assert [s.used for s in plan.source if s.text == caption] == ["tên biểu"]


def test_a_word_appendix_caption_under_the_title_ends_it():
    plan = read_plan(
        docx_parts.docx(
            p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
            p("Số: 12/KH-UBND"),
            p("KẾ HOẠCH"),
            p("An sinh xã hội năm 2026"),
            p("(Căn cứ Kế hoạch số 30/KH-UBND ngày 25/01/2026 của UBND huyện)"),
            p("Biểu số 1: Danh mục nhiệm vụ"),
            docx_parts.table(
                [
                    [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Thời gian")],
                    [
                        tc("1"),
                        tc("Sửa nhà cho 5 hộ nghèo"),
                        tc("Phòng Văn hóa - Xã hội"),
                        tc("30/9/2026"),
                    ],
                ],
                [600, 3000, 2000, 1200],
            ),  # fmt: skip
            *CLOSING,
        ),
        "ke-hoach.docx",
    )
    assert plan.title == "An sinh xã hội năm 2026"
    assert [b.number for b in plan.bases] == ["30/KH-UBND"]


def test_the_measure_counts_an_official_read_with_its_honorific_as_a_miss():
    from plans.document_import import quality
    from plans.document_import.parsed import ParsedPlan, ParsedTask

    def score(read: str) -> float:
        plan = ParsedPlan(tasks=[ParsedTask("1", "Sửa nhà", official_text=read)])
        # Expected results write the official as a careful person enters it.
        expected = {"tasks": [{"title": "Sửa nhà", "official": "Lò Thị Mai"}]}
        return quality.measure(plan, expected).scores["officials"].recall

    assert score("Lò Thị Mai") == 1.0
    assert score("đ/c Lò Thị Mai") == 0.0
