"""Gaps in reading plans that no corpus plan showed (issue 18), each tried
as a family on documents made here: a PDF task table without ruling lines
(Word's table with its borders off, text set on tab stops), a heading that
only names its section, a table row cut by a PDF page, and two tables side
by side that are not one."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal
from xml.sax.saxutils import escape

import pdfplumber
import pytest

from ntm.documents import read_document
from ntm.documents.model import Document, Paragraph, Run, Table
from plans.document_import.lines import lines_of
from plans.document_import.outline import build
from plans.document_import.parser import parse
from tests.documents.docx_parts import FIXED_WIDTH, W, docx, p, table, tbl, tc
from tests.plans.import_corpus.make_files import bold, bordered, cell, libreoffice_pdf
from tests.plans.reading import HEAD, TAIL, by_title, read_plan, word_plan


def plain(widths: list[int], rows: list[list[str]]) -> str:
    """A Word table with no borders: what Word gives with its borders off."""
    return table(rows, widths, FIXED_WIDTH)


def tabbed(*cells: str, stops=(700, 4200, 6200, 8200)) -> str:
    """A paragraph whose cells are set on tab stops."""
    tabs = "".join(f'<w:tab w:val="left" w:pos="{s}"/>' for s in stops)
    body = "<w:r><w:tab/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{escape(c)}</w:t></w:r>' for c in cells
    )
    return f"<w:p><w:pPr><w:tabs>{tabs}</w:tabs></w:pPr>{body}</w:p>"


HEADER = plain(
    [4500, 4500],
    [
        [
            cell(p("ỦY BAN NHÂN DÂN"), bold("XÃ PHÚ XÁ"), p("Số: 12/KH-UBND")),
            cell(
                bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                bold("Độc lập - Tự do - Hạnh phúc"),
                p("Phú Xá, ngày 04 tháng 5 năm 2026"),
            ),
        ]
    ],
)
SIGNATURE = plain(
    [4500, 4500],
    [
        [
            cell(bold("Nơi nhận:"), p("- UBND huyện;"), p("- Lưu: VT.")),
            cell(
                bold("TM. ỦY BAN NHÂN DÂN"), bold("CHỦ TỊCH"), p(""), bold("Lò Văn Tư")
            ),
        ]
    ],
)
# Two columns of prose, laid out by a table without borders.
PROSE = plain(
    [4500, 4500],
    [
        [
            cell(
                p(
                    "Năm 2025 xã đã cứng hóa được 12 km đường thôn, xây dựng 3 nhà văn "
                    "hóa thôn và hoàn thành đường trục xã."
                ),
                p("Kết quả này nhờ sự vào cuộc của cả hệ thống chính trị."),
            ),
            cell(
                p(
                    "Tuy vậy, còn 4 thôn chưa có đường bê tông đến trung tâm thôn; kinh "
                    "phí đối ứng của nhân dân còn hạn chế."
                ),
                p("Năm 2026 xã tập trung nguồn lực cho các thôn vùng sâu."),
            ),
        ]
    ],
)
TASKS = [
    (
        "1",
        "Rà soát, cập nhật quy hoạch chung xây dựng xã đến năm 2030 theo hướng "
        "dẫn của Sở Xây dựng",
        "Phòng Kinh tế",
        "Các thôn; Hội Nông dân xã",
        "Quý III/2026",
    ),
    (
        "2",
        "Cứng hóa đường trục thôn Nà Lừa",
        "Ban quản lý xây dựng xã",
        "Công an xã",
        "30/9/2026",
    ),
    (
        "3",
        "Vận động nhân dân hiến đất mở rộng đường ngõ xóm, chỉnh trang hàng rào, "
        "cổng ngõ tại các thôn",
        "Ủy ban MTTQ xã",
        "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã",
        "Thường xuyên",
    ),
]


def _plan_pdf(*body: str) -> bytes:
    return libreoffice_pdf(
        docx(
            HEADER,
            p("KẾ HOẠCH"),
            p("Làm đường giao thông nông thôn năm 2026"),
            *body,
            p("III. TỔ CHỨC THỰC HIỆN"),
            p("Các bộ phận báo cáo UBND xã."),
            SIGNATURE,
        )
    )


def _assert_tasks(plan, numbers=("1", "2", "3")) -> None:
    assert [t.number for t in plan.tasks] == list(numbers)
    tasks = by_title(plan)
    first = tasks[TASKS[0][1]]
    assert first.lead_text == "Phòng Kinh tế"
    assert first.coordinating_units == ["Các thôn", "Hội Nông dân xã"]
    assert first.ends_on == datetime.date(2026, 9, 30)
    second = tasks[TASKS[1][1]]
    assert (second.lead_text, second.coordinating_units) == (
        "Ban quản lý xây dựng xã",
        ["Công an xã"],
    )
    assert second.ends_on == datetime.date(2026, 9, 30)
    third = tasks[TASKS[2][1]]
    assert third.lead_text == "Ủy ban MTTQ xã"
    assert third.coordinating_units == ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"]
    assert third.ends_on == datetime.date(2026, 12, 31)


def test_a_pdf_task_table_without_ruling_lines_is_read_as_a_table():
    """Word's table with its borders off, exported to PDF: its cells wrap
    over several lines, and the header and the two columns of prose beside
    it, laid out the same way, stay what they are."""
    head = ("TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian")
    rows = [[cell(p(h)) for h in head]] + [[cell(p(v)) for v in t] for t in TASKS]
    data = _plan_pdf(
        p("I. ĐÁNH GIÁ"),
        PROSE,
        p("II. NHIỆM VỤ"),
        plain([600, 3600, 1600, 2000, 1200], rows),
    )
    document = read_document("ke-hoach.pdf", data)
    wide = [t for t in document.tables if t.columns >= 3]
    assert len(wide) == 1
    assert wide[0].texts()[0] == list(head)
    assert wide[0].texts()[1] == list(TASKS[0])
    assert len(wide[0].rows) == 4
    # The header and the prose keep two columns each.
    assert all(t.columns == 2 for t in document.tables if t is not wide[0])
    plan = parse(document)
    _assert_tasks(plan)
    assert plan.number == "12" and plan.issued_on == datetime.date(2026, 5, 4)
    assert plan.signer_name == "Lò Văn Tư"


def test_a_pdf_task_table_set_on_tab_stops_is_read_as_a_table():
    short = [
        ("1", "Làm đường thôn Nà Lừa", "Phòng Kinh tế", "Công an xã", "Quý III/2026"),
        ("2", "Sửa cầu tràn Khuổi Khe", "Ban quản lý dự án", "Các thôn", "30/9/2026"),
        (
            "3",
            "Trồng cây ven đường",
            "Đoàn Thanh niên xã",
            "Hội Phụ nữ xã",
            "Quý IV/2026",
        ),
    ]
    data = _plan_pdf(
        p("II. NHIỆM VỤ"),
        tabbed("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"),
        *(tabbed(*row) for row in short),
    )
    plan = read_plan(data, "ke-hoach.pdf")
    assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == [
        (n, title, lead) for n, title, lead, _, _ in short
    ]
    assert [t.coordinating_units for t in plan.tasks] == [
        ["Công an xã"],
        ["Các thôn"],
        ["Hội Phụ nữ xã"],
    ]
    assert [t.ends_on for t in plan.tasks] == [
        datetime.date(2026, 9, 30),
        datetime.date(2026, 9, 30),
        datetime.date(2026, 12, 31),
    ]


def test_prose_and_a_two_column_header_make_no_table_of_three_columns():
    """Ordinary prose, justified over the page, and the Decree 30 header."""
    paragraph = (
        "Năm 2025, xã đã huy động được nhiều nguồn lực cho xây dựng nông thôn mới, "
        "trong đó nhân dân đóng góp ngày công, hiến đất và tiền mặt để làm đường "
        "giao thông, nhà văn hóa và kênh mương nội đồng ở tất cả các thôn của xã. "
    )
    data = libreoffice_pdf(
        docx(HEADER, p("KẾ HOẠCH"), *(p(paragraph * 3) for _ in range(4)), SIGNATURE)
    )
    document = read_document("ke-hoach.pdf", data)
    assert all(t.columns <= 2 for t in document.tables)
    assert not any(isinstance(b, Table) and len(b.rows) > 6 for b in document.blocks)


def _plan(body: str):
    head = HEAD.replace("II. NHIỆM VỤ\n", "")
    return read_plan(head + body + TAIL)


def test_a_heading_that_names_its_section_is_never_a_task():
    # Its attributes hold for the items under it.
    plan = _plan(
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "Chủ trì: Phòng Kinh tế.\n"
        "1. Làm đường thôn Nà Lừa.\n"
        "2. Sửa cầu tràn Khuổi Khe.\n"
    )
    assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == [
        ("1", "Làm đường thôn Nà Lừa", "Phòng Kinh tế"),
        ("2", "Sửa cầu tràn Khuổi Khe", "Phòng Kinh tế"),
    ]
    plan = _plan(
        "II. NHIỆM VỤ\n"
        "Thời gian: Quý IV/2026.\n"
        "- Làm đường thôn Nà Lừa.\n"
        "- Sửa cầu tràn Khuổi Khe.\n"
    )
    assert [t.title for t in plan.tasks] == [
        "Làm đường thôn Nà Lừa",
        "Sửa cầu tràn Khuổi Khe",
    ]
    assert {t.ends_on for t in plan.tasks} == {datetime.date(2026, 12, 31)}
    # In brackets, on a numbered heading.
    plan = _plan(
        "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n"
        "1. Nhiệm vụ trọng tâm (Phòng Kinh tế chủ trì)\n"
        "a) Làm đường thôn Nà Lừa.\n"
        "b) Sửa cầu tràn Khuổi Khe.\n"
    )
    assert [(t.title, t.lead_text) for t in plan.tasks] == [
        ("Làm đường thôn Nà Lừa", "Phòng Kinh tế"),
        ("Sửa cầu tràn Khuổi Khe", "Phòng Kinh tế"),
    ]
    # Text alone under it: a section, its lines kept there.
    plan = _plan("II. NHIỆM VỤ\nCác thôn rà soát lại đường ngõ xóm chưa cứng hóa.\n")
    assert plan.tasks == []
    assert any(s.heading == "NHIỆM VỤ" for s in plan.sections)
    assert all(line.used for line in plan.source)
    # A task whose title starts with such a word stays a task.
    plan = _plan("II. NHIỆM VỤ\n1. Nội dung tuyên truyền về đường giao thông.\n")
    assert [t.title for t in plan.tasks] == [
        "Nội dung tuyên truyền về đường giao thông"
    ]


FIRST_PART = tbl(
    [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Thời gian")],
    [tc("1"), tc("Rà soát hộ nghèo"), tc("Phòng Văn hóa - Xã hội"), tc("Quý III/2026")],
    [tc("2"), tc("Cấp thẻ bảo hiểm y tế"), tc("Trạm Y tế xã"), tc("Quý IV/2026")],
)


def test_a_row_cut_by_the_page_with_its_content_going_on_is_joined():
    """A PDF page cuts a row in its content cell: the part on the next page
    has no number, only the end of the content."""
    rows = [
        [cell(p(h)) for h in ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian")]
    ]
    titles = [
        f"Xây dựng tuyến đường bê tông số {n} nối trung tâm xã với các thôn vùng "
        "sâu, bảo đảm mặt đường rộng ba mét rưỡi, có rãnh thoát nước hai bên, cây "
        "xanh và biển báo theo đúng tiêu chuẩn kỹ thuật của Bộ Giao thông vận tải, "
        "huy động nhân dân hiến đất và đóng góp ngày công lao động"
        for n in range(1, 16)
    ]
    for n, title in enumerate(titles, start=1):
        rows.append(
            [
                cell(p(str(n))),
                cell(p(title)),
                cell(p("Phòng Kinh tế")),
                cell(p("Các thôn")),
                cell(p("Quý III/2026")),
            ]
        )
    data = libreoffice_pdf(word_plan(bordered([600, 4200, 1400, 1600, 1200], rows)))
    document = read_document("ke-hoach.pdf", data)
    parts = [t for t in document.tables if t.columns == 5]
    # The page cuts a row in its content cell at least once.
    assert any(
        not t.rows[0].cells[0].text and t.rows[0].cells[1].text for t in parts[1:]
    )
    plan = parse(document)
    assert [t.number for t in plan.tasks] == [str(n) for n in range(1, 16)]
    assert [t.title for t in plan.tasks] == titles
    assert all(t.lead_text == "Phòng Kinh tế" for t in plan.tasks)
    assert all(line.used for line in plan.source)


def _titles_after_the_split(first_row: list[str], *rows: tuple[str, ...]) -> list[str]:
    """The tasks' titles when Word's task table is split in two, the second
    part starting with `first_row` (its cells) and going on with `rows`."""
    second = tbl(first_row, *([tc(v) for v in row] for row in rows))
    plan = read_plan(word_plan(FIRST_PART, second), "ke-hoach.docx")
    return [t.title for t in plan.tasks]


def test_a_row_of_its_own_after_a_split_is_not_joined():
    building = ("3", "Xây nhà văn hóa", "Ban quản lý", "Quý IV/2026")
    # The content going on, in Word's table split in two: joined.
    going_on = [tc(""), tc("cho người nghèo"), tc(""), tc("")]
    assert _titles_after_the_split(going_on, building) == [
        "Rà soát hộ nghèo",
        "Cấp thẻ bảo hiểm y tế cho người nghèo",
        "Xây nhà văn hóa",
    ]
    # A group row in bold capitals starts its group.
    group = [tc(""), cell(bold("NHÓM NHIỆM VỤ VỀ VĂN HÓA")), tc(""), tc("")]
    assert _titles_after_the_split(group, building) == [
        "Rà soát hộ nghèo",
        "Cấp thẻ bảo hiểm y tế",
        "Xây nhà văn hóa",
    ]
    # A row after which the numbers start again heads them.
    titles = _titles_after_the_split(
        [tc(""), tc("Về văn hóa - xã hội"), tc(""), tc("")],
        ("1", "Xây nhà văn hóa", "Ban quản lý", "Quý IV/2026"),
        ("2", "Mở lớp dạy nghề", "Hội Nông dân xã", "Quý IV/2026"),
    )
    assert titles[:2] == ["Rà soát hộ nghèo", "Cấp thẻ bảo hiểm y tế"]
    assert "Xây nhà văn hóa" in titles and "Mở lớp dạy nghề" in titles


TARGETS = tbl(
    [tc("Tỷ lệ hộ dân dùng nước sạch"), tc("%"), tc("95"), tc("")],
    [tc("Đường trục thôn được cứng hóa"), tc("km"), tc("12,5"), tc("Năm 2026")],
)


def test_a_table_of_another_kind_after_a_task_table_is_not_its_continuation():
    """A targets table of as many columns, no header, right after the task
    table (only an empty paragraph between, as Word keeps): its rows are no
    tasks."""
    for between in ([p("")], [p("Các chỉ tiêu cần đạt:")]):
        plan = read_plan(word_plan(FIRST_PART, *between, TARGETS), "ke-hoach.docx")
        assert [(t.number, t.title) for t in plan.tasks] == [
            ("1", "Rà soát hộ nghèo"),
            ("2", "Cấp thẻ bảo hiểm y tế"),
        ]
    # Rows that go on as the tasks do are still its continuation.
    plan = read_plan(
        word_plan(
            FIRST_PART,
            p(""),
            tbl(
                [
                    tc("3"),
                    tc("Xây nhà văn hóa thôn"),
                    tc("Ban quản lý"),
                    tc("Quý IV"),
                ],
            ),
        ),
        "ke-hoach.docx",
    )
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]
    assert plan.tasks[2].lead_text == "Ban quản lý"


def _borderless_groups_pdf(group_rows: list[str]) -> bytes:
    """A borderless task table (as `test_a_pdf_task_table_without_ruling_lines…`)
    with a group row merged over its five columns before each half of the
    rows, `group_rows` their texts, and a fourth row whose lead wraps in its
    narrow column."""
    head = ("TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian")
    fourth = (
        "4",
        "Xây dựng chợ nông thôn xã",
        "UBND xã Hòa Bình và các thôn",
        "Các thôn",
        "Quý IV/2026",
    )
    rows = [[cell(p(h)) for h in head]]
    rows.append([cell(bold(group_rows[0]), span=5)])
    rows += [[cell(p(v)) for v in t] for t in TASKS[:2]]
    rows.append([cell(bold(group_rows[1]), span=5)])
    rows += [[cell(p(v)) for v in t] for t in (*TASKS[2:], fourth)]
    return _plan_pdf(p("II. NHIỆM VỤ"), plain([600, 3600, 1600, 2000, 1200], rows))


def test_a_borderless_group_row_across_the_columns_stays_in_its_table():
    """A group row written across the columns of a table without ruling
    lines ("II. NHÓM NHIỆM VỤ VỀ KINH TẾ", "B. Cấp xã") is a group row of the
    same table, the parent of the rows after it; the lead "UBND xã Hòa" /
    "Bình …" wrapped in its narrow column starts no row."""
    for groups in (
        ["I. NHÓM NHIỆM VỤ VỀ HẠ TẦNG", "II. NHÓM NHIỆM VỤ VỀ KINH TẾ"],
        ["A. Cấp huyện", "B. Cấp xã"],
    ):
        document = read_document("ke-hoach.pdf", _borderless_groups_pdf(groups))
        wide = [t for t in document.tables if t.columns >= 3]
        assert len(wide) == 1
        texts = wide[0].texts()
        assert len(texts) == 7
        number, name = groups[1].split(" ", 1)
        assert texts[4][:2] == [number, name]
        assert texts[6][2] == "UBND xã Hòa Bình và các thôn"
        outline = build(lines_of(document))
        found = [b for b in outline.body.walk() if b.kind == "group"]
        assert [b.number for b in found] == [g.split(".")[0] for g in groups]
        assert [[c.number for c in b.children] for b in found] == [
            ["1", "2"],
            ["3", "4"],
        ]
        plan = parse(document)
        _assert_tasks(plan, numbers=("1", "2", "3", "4"))
        assert plan.tasks[3].lead_text == "UBND xã Hòa Bình và các thôn"
        assert plan.tasks[3].ends_on == datetime.date(2026, 12, 31)
        assert all(line.used for line in plan.source)


def _styles(heading2: str) -> str:
    """Word styles whose "Heading 2" is set with `heading2` (run properties)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/>'
        f'<w:outlineLvl w:val="1"/></w:pPr><w:rPr>{heading2}</w:rPr></w:style>'
        "</w:styles>"
    )


GROUPS = [
    (
        "Phát triển sản xuất",
        [
            ("1", "Chuyển đổi 20 ha đất lúa sang cây ăn quả", "Hội Nông dân xã"),
            ("2", "Xây dựng mô hình chăn nuôi gà đồi", "Phòng Kinh tế"),
        ],
    ),
    (
        "Văn hóa, giáo dục, y tế",
        [
            ("3", "Công nhận lại 04 thôn văn hóa", "Phòng Văn hóa - Xã hội"),
            ("4", "Khám sàng lọc cho người cao tuổi", "Trạm Y tế xã"),
        ],
    ),
]


def test_a_word_heading_style_lost_in_the_pdf_is_a_heading_by_its_type():
    """A heading in Word's "Heading 2" style with no number, exported to PDF,
    where the style is gone: bold (or bold italic) over plain text, or set
    larger, it is a heading still, above the numbered tasks after it."""
    for heading2 in ("<w:b/><w:i/>", "<w:b/>", '<w:sz w:val="30"/>'):
        body = []
        for heading, tasks in GROUPS:
            body.append(p(heading, style="Heading2"))
            for number, title, lead in tasks:
                body.append(p(f"{number}. {title}."))
                body.append(p(f"- Đơn vị chủ trì: {lead}."))
                body.append(p("- Thời gian: Quý IV/2026."))
        data = libreoffice_pdf(
            docx(
                HEADER,
                p("KẾ HOẠCH"),
                p("Phát triển kinh tế - xã hội năm 2026"),
                p("I. MỤC ĐÍCH, YÊU CẦU"),
                p("Nâng cao đời sống của nhân dân trong xã."),
                p("II. NHIỆM VỤ, GIẢI PHÁP"),
                *body,
                p("III. TỔ CHỨC THỰC HIỆN"),
                p("Các bộ phận báo cáo UBND xã."),
                SIGNATURE,
                styles=_styles(heading2),
            )
        )
        document = read_document("ke-hoach.pdf", data)
        outline = build(lines_of(document))
        headings = [b for b in outline.body.walk() if b.kind.startswith("heading")]
        assert [b.text for b in headings] == [g for g, _ in GROUPS], heading2
        assert [[c.number for c in b.structural] for b in headings] == [
            ["1", "2"],
            ["3", "4"],
        ]
        plan = parse(document)
        assert [(t.number, t.lead_text) for t in plan.tasks] == [
            (n, lead) for _, tasks in GROUPS for n, _, lead in tasks
        ]
        assert all(line.used for line in plan.source), heading2


# Round 17h: bold numbered headings that wrap at the page's width, each over
# one dash line of every attribute ("- Cơ quan chủ trì: …; cơ quan phối hợp:
# …; thời gian thực hiện: …"), one of them wrapping before its date.
WRAPPED = [
    (
        "Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới của 12 xã đăng"
        " ký về đích năm 2027 trên địa bàn tỉnh",
        "Văn phòng Điều phối nông thôn mới tỉnh",
        "Sở Tài chính, Sở Xây dựng",
        "Quý I/2027",
        datetime.date(2027, 3, 31),
    ),
    (
        "Hướng dẫn các xã hoàn thiện hồ sơ minh chứng kết quả thực hiện từng tiêu"
        " chí của các xã đạt chuẩn",
        "Sở Nông nghiệp và Môi trường",
        "UBND các xã",
        "trước ngày 30/4/2027",
        datetime.date(2027, 4, 30),
    ),
]


def test_a_bold_numbered_heading_wrapped_in_the_pdf_is_one_task():
    """Its second line, bold like the first and starting with a lowercase
    word ("ký về đích …", "chuẩn"), goes on the heading: not a heading of its
    own set apart by its type; an attribute line wrapped before its long date
    ("… trước ngày" / "30/4/2027.") goes on too."""
    body = []
    for n, (title, lead, partners, time, _) in enumerate(WRAPPED, 1):
        body.append(bold(f"{n}. {title}"))
        body.append(
            p(
                f"- Cơ quan chủ trì: {lead}; cơ quan phối hợp: {partners}; thời gian:"
                f" {time}."
            )
        )
    data = libreoffice_pdf(
        docx(
            HEADER,
            p("KẾ HOẠCH"),
            p("Hỗ trợ các xã đăng ký đạt chuẩn nông thôn mới năm 2027"),
            bold("II. NHIỆM VỤ CỤ THỂ"),
            *body,
            bold("III. TỔ CHỨC THỰC HIỆN"),
            p("Các cơ quan báo cáo kết quả hằng tháng."),
            SIGNATURE,
        )
    )
    document = read_document("ke-hoach.pdf", data)
    texts = [b.text for b in document.paragraphs]
    # The PDF has them wrapped (or the test would prove nothing).
    lines = _plan_lines(data)
    assert not any(w[0][-20:] in line for w in WRAPPED for line in lines)
    assert "30/4/2027." in lines
    assert f"1. {WRAPPED[0][0]}" in texts
    plan = parse(document)
    assert [t.title for t in plan.tasks] == [w[0] for w in WRAPPED]
    for task, (_, lead, partners, _, end) in zip(plan.tasks, WRAPPED, strict=True):
        assert task.lead_text == lead
        assert task.coordinating_units == partners.split(", ")
        assert task.ends_on == end


@pytest.mark.parametrize("rest", ["ký về đích năm 2027", "chuẩn"])
def test_a_wrapped_end_a_reader_took_for_a_heading_goes_on_its_line(rest):
    """Whatever a PDF reader makes of its type, a line in lower case under an
    unfinished numbered line is its end, not a heading over the attribute
    line (which became a task called "Cơ quan chủ trì")."""

    def para(text: str, bold: bool = False, style: str = "") -> Paragraph:
        return Paragraph(text=text, runs=[Run(text, bold)], style=style)

    document = Document(
        name="ke-hoach.pdf",
        format="pdf",
        blocks=[
            para("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
            para("Số: 12/KH-UBND"),
            para("Phú Xá, ngày 04 tháng 12 năm 2026"),
            para("KẾ HOẠCH", bold=True),
            para("Hỗ trợ các xã đạt chuẩn năm 2027", bold=True),
            para("II. NHIỆM VỤ CỤ THỂ", bold=True),
            para("1. Rà soát thực trạng các tiêu chí của 12 xã đăng", bold=True),
            para(rest, bold=True, style="Heading 2"),
            para(
                "- Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Tài chính;"
                " thời gian thực hiện: Quý I/2027."
            ),
            para("III. TỔ CHỨC THỰC HIỆN", bold=True),
            para("TM. ỦY BAN NHÂN DÂN", bold=True),
            para("CHỦ TỊCH", bold=True),
            para("Lò Văn Tư", bold=True),
        ],
    )
    [task] = parse(document).tasks
    assert task.title == f"Rà soát thực trạng các tiêu chí của 12 xã đăng {rest}"
    assert (task.lead_text, task.coordinating_units) == (
        "Sở Xây dựng",
        ["Sở Tài chính"],
    )
    assert task.ends_on == datetime.date(2027, 3, 31)


def _plan_lines(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [
            line
            for page in pdf.pages
            for line in (page.extract_text() or "").split("\n")
        ]


def test_a_targets_table_beside_a_task_table_gives_targets():
    """The targets table kept apart from the task table before it, with no
    header of its own: its rows are targets (name, quantity, unit), read from
    what its columns hold, each line used."""
    for between in ([p("")], [p("Các chỉ tiêu cần đạt:")]):
        plan = read_plan(word_plan(FIRST_PART, *between, TARGETS), "ke-hoach.docx")
        assert [(t.name, t.quantity, t.unit) for t in plan.targets] == [
            ("Tỷ lệ hộ dân dùng nước sạch", Decimal("95"), "%"),
            ("Đường trục thôn được cứng hóa", Decimal("12.5"), "km"),
        ]
        assert [t.number for t in plan.tasks] == ["1", "2"]
        assert all(line.used for line in plan.source)


def test_a_section_named_in_unusual_words_is_classified_by_what_it_holds():
    """A heading whose words name no kind of section ("NHỮNG VIỆC CẦN LÀM
    NGAY") over items that state their lead or deadline holds tasks; over
    headings that name their kinds it is a part of them; objectives stay
    objectives whatever their items state."""
    items = (
        "1. Làm đường thôn Nà Lừa (Phòng Kinh tế chủ trì; hoàn thành trước ngày "
        "30/6/2026).\n"
        "2. Sửa cầu tràn Khuổi Khe (Ban quản lý xây dựng xã chủ trì; Quý III/2026).\n"
    )
    expected = [
        ("1", "Làm đường thôn Nà Lừa", "Phòng Kinh tế"),
        ("2", "Sửa cầu tràn Khuổi Khe", "Ban quản lý xây dựng xã"),
    ]
    for heading in (
        "PHẦN II. NHỮNG VIỆC CẦN LÀM NGAY",
        "II. CÁC CÔNG TÁC TRỌNG TÂM CẦN TRIỂN KHAI",
        "II. VIỆC CỦA TỪNG BỘ PHẬN",
    ):
        plan = _plan(f"{heading}\n{items}")
        assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == expected
        assert plan.tasks[0].ends_on == datetime.date(2026, 6, 30)
        assert all(line.used for line in plan.source)
    # A part over headings that name their kinds: each read as its kind.
    plan = _plan(
        "PHẦN THỨ HAI. KẾ HOẠCH NĂM 2026\n"
        "I. MỤC TIÊU\n"
        "1. Phấn đấu 100% thôn đạt chuẩn (trước ngày 30/11/2026).\n"
        f"II. NHIỆM VỤ\n{items}"
    )
    assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == expected
    assert "100% thôn đạt chuẩn" in plan.purpose
    # Objectives whose items state a time are no tasks.
    plan = _plan(
        "II. MỤC TIÊU CỤ THỂ\n"
        "1. Phấn đấu 100% thôn đạt chuẩn (trước ngày 30/11/2026).\n"
        "2. Tỷ lệ hộ nghèo giảm còn 3% (năm 2026).\n"
    )
    assert plan.tasks == []
    # Figures to reach under it: targets; results already reached: no target.
    plan = _plan(
        "II. KẾT QUẢ PHẢI ĐẠT TRONG NĂM\n"
        "- Tỷ lệ hộ dân dùng nước sạch: 95%.\n"
        "- Cứng hóa đường trục thôn: 12,5 km.\n"
    )
    assert [(t.name, t.quantity, t.unit) for t in plan.targets] == [
        ("Tỷ lệ hộ dân dùng nước sạch", Decimal("95"), "%"),
        ("Cứng hóa đường trục thôn", Decimal("12.5"), "km"),
    ]
    assert plan.tasks == [] and all(line.used for line in plan.source)
    plan = _plan(
        "II. KẾT QUẢ NĂM 2025\n"
        "- Tỷ lệ hộ dân dùng nước sạch đạt được: 92%.\n"
        "- Đã cứng hóa đường trục thôn: 10 km.\n"
    )
    assert plan.targets == [] and plan.tasks == []


def test_a_heading_that_names_a_body_of_an_unlisted_kind_leads_its_items():
    """A heading "1. Công ty Điện lực huyện:" over "-" items: a name (a capital inside
    it, no verb, no number) ending in a colon over items with no lead of
    their own leads them, though "công ty" is no kind of body the import
    lists; a heading of an act over its items leads nothing."""
    plan = _plan(
        "II. NHIỆM VỤ\n"
        "1. Công ty Điện lực huyện:\n"
        "- Cải tạo lưới điện thôn Nà Lừa.\n"
        "- Lắp đèn đường trục xã.\n"
        "2. Hạt Kiểm lâm Bình Gia:\n"
        "- Tuần tra bảo vệ rừng đầu nguồn.\n"
        "- Hướng dẫn nhân dân trồng rừng.\n"
        "3. Vệ sinh môi trường:\n"
        "- Thu gom rác thải tại các thôn.\n"
        "- Trồng cây xanh ven đường.\n"
    )
    assert [(t.title, t.lead_text) for t in plan.tasks] == [
        ("Cải tạo lưới điện thôn Nà Lừa", "Công ty Điện lực huyện"),
        ("Lắp đèn đường trục xã", "Công ty Điện lực huyện"),
        ("Tuần tra bảo vệ rừng đầu nguồn", "Hạt Kiểm lâm Bình Gia"),
        ("Hướng dẫn nhân dân trồng rừng", "Hạt Kiểm lâm Bình Gia"),
        ("Thu gom rác thải tại các thôn", ""),
        ("Trồng cây xanh ven đường", ""),
    ]


def test_a_table_with_no_header_numbered_1_2_3_is_read_by_its_columns():
    """Its "TT" column counts the rows: it is their number, never the
    targets' figures, which stand by the units. A task table of the same
    shape, its times in words ("thường xuyên"), gives tasks, no targets."""
    numbered = tbl(
        [tc("1"), tc("Tỷ lệ hộ dân dùng nước sạch"), tc("%"), tc("95")],
        [tc("2"), tc("Đường trục thôn được cứng hóa"), tc("km"), tc("12,5")],
    )
    plan = read_plan(word_plan(FIRST_PART, p(""), numbered), "ke-hoach.docx")
    assert [(t.name, t.quantity, t.unit) for t in plan.targets] == [
        ("Tỷ lệ hộ dân dùng nước sạch", Decimal("95"), "%"),
        ("Đường trục thôn được cứng hóa", Decimal("12.5"), "km"),
    ]
    tasks = tbl(
        [
            tc("1"),
            tc("Tuyên truyền xây dựng nông thôn mới"),
            tc("Đài truyền thanh xã"),
            tc("thường xuyên"),
        ],
        [tc("2"), tc("Vệ sinh đường làng ngõ xóm"), tc("Hội Phụ nữ"), tc("hằng tháng")],
        [
            tc("3"),
            tc("Ra quân làm đường giao thông"),
            tc("Đoàn Thanh niên"),
            tc("hằng năm"),
        ],
    )
    plan = read_plan(word_plan(tasks), "ke-hoach.docx")
    assert not plan.targets
    assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == [
        ("1", "Tuyên truyền xây dựng nông thôn mới", "Đài truyền thanh xã"),
        ("2", "Vệ sinh đường làng ngõ xóm", "Hội Phụ nữ"),
        ("3", "Ra quân làm đường giao thông", "Đoàn Thanh niên"),
    ]


def test_a_targets_table_with_capitalised_units_gives_targets():
    """Offices capitalise a cell's first letter: "Km", "Ha", "Hộ" are units
    as "km", "ha", "hộ" are; a column of bodies ("Hội", "Công an") beside
    figures is no unit."""
    capitalised = tbl(
        [tc("1"), tc("Đường trục thôn được cứng hóa"), tc("Km"), tc("12,5")],
        [tc("2"), tc("Diện tích lúa chất lượng cao"), tc("Ha"), tc("150")],
        [tc("3"), tc("Hộ dùng nước sạch"), tc("Hộ"), tc("1.200")],
    )
    plan = read_plan(word_plan(FIRST_PART, p(""), capitalised), "ke-hoach.docx")
    assert [(t.name, t.quantity, t.unit) for t in plan.targets] == [
        ("Đường trục thôn được cứng hóa", Decimal("12.5"), "Km"),
        ("Diện tích lúa chất lượng cao", Decimal("150"), "Ha"),
        ("Hộ dùng nước sạch", Decimal("1200"), "Hộ"),
    ]
    bodies = tbl(
        [tc("1"), tc("Tuyên truyền xây dựng nông thôn mới"), tc("Hội"), tc("12")],
        [tc("2"), tc("Tuần tra an ninh thôn"), tc("Công an"), tc("24")],
    )
    plan = read_plan(word_plan(bodies), "ke-hoach.docx")
    assert not plan.targets
