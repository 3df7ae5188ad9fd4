"""The four families the lead's hold-out of 06/12/2026 read badly (round
15h, docs/import-quality.md), tried on plans that are in no corpus: the
advising unit and its official on labelled lines beside the leader in
charge; a place and date in figures; several labels in one paragraph; Word
list items whose PDF lines hang at the text's start."""

from __future__ import annotations

import datetime

import pytest

from tests.plans.reading import read_plan

D = datetime.date


HEAD = """ỦY BAN NHÂN DÂN
XÃ HƯƠNG KHÊ
Số: 07/KH-UBND
{date}

KẾ HOẠCH
Xây dựng nông thôn mới năm 2027

I. NHIỆM VỤ
"""


@pytest.mark.parametrize(
    ("advising", "leader"),
    [
        ("Bộ phận tham mưu", "Lãnh đạo phụ trách"),
        ("Đơn vị tham mưu", "Lãnh đạo chỉ đạo"),
        ("Cơ quan tham mưu", "Đồng chí phụ trách"),
        ("Bộ phận tham mưu thực hiện", "Lãnh đạo phụ trách"),
    ],
)
def test_the_advising_unit_leads_and_its_bracket_names_the_official(advising, leader):
    plan = read_plan(
        HEAD.format(date="Hương Khê, ngày 10 tháng 01 năm 2027")
        + "1. Nâng cấp 1,2 km đường trục xã đoạn qua thôn Bình Minh\n"
        + f"{leader}: đ/c Phan Văn Dũng – Phó Chủ tịch UBND xã\n"
        + f"{advising}: Phòng Kinh tế (đ/c Trần Văn Bình – công chức Nông nghiệp và Môi trường)\n"
        + "Phối hợp: Ban phát triển các thôn\n"
        + "Thời gian: Quý II/2027\n"
    )
    (task,) = plan.tasks
    assert task.lead_text == "Phòng Kinh tế"
    assert task.official_text == "Trần Văn Bình – công chức Nông nghiệp và Môi trường"
    assert task.coordinating_units == ["Ban phát triển các thôn"]
    assert task.ends_on == D(2027, 6, 30)
    assert "Phan Văn Dũng" in task.description
    assert all(s.used for s in plan.source if "Phan Văn Dũng" in s.text)


def test_the_leader_in_charge_is_the_official_when_no_one_else_is_named():
    plan = read_plan(
        HEAD.format(date="Hương Khê, ngày 10 tháng 01 năm 2027")
        + "1. Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2027\n"
        + "Lãnh đạo phụ trách: đ/c Phan Văn Dũng – Phó Chủ tịch UBND xã\n"
        + "Bộ phận tham mưu: Văn phòng HĐND và UBND\n"
        + "Thời gian: trước ngày 15/12/2027\n"
    )
    (task,) = plan.tasks
    assert task.lead_text == "Văn phòng HĐND và UBND"
    assert task.official_text == "Phan Văn Dũng – Phó Chủ tịch UBND xã"


@pytest.mark.parametrize(
    ("advising", "lead", "official"),
    [
        (
            "Phòng Kinh tế, đồng chí Trần Văn Bình, công chức Nông nghiệp",
            "Phòng Kinh tế",
            "Trần Văn Bình, công chức Nông nghiệp",
        ),
        (
            "Văn phòng HĐND và UBND – ông Võ Văn Toàn",
            "Văn phòng HĐND và UBND",
            "Võ Văn Toàn",
        ),
        (
            "Phòng Văn hóa - Xã hội (công chức Văn hóa - Xã hội Lê Thị Mai)",
            "Phòng Văn hóa - Xã hội",
            "công chức Văn hóa - Xã hội Lê Thị Mai",
        ),
    ],
)
def test_the_advising_official_after_a_comma_a_dash_or_by_office(
    advising, lead, official
):
    plan = read_plan(
        HEAD.format(date="Hương Khê, ngày 10 tháng 01 năm 2027")
        + "1. Nâng cấp 1,2 km đường trục xã đoạn qua thôn Bình Minh\n"
        + "Lãnh đạo phụ trách: Phó Chủ tịch UBND xã Phan Văn Dũng\n"
        + f"Đơn vị tham mưu: {advising}\n"
        + "Thời gian: Quý II/2027\n"
    )
    (task,) = plan.tasks
    assert (task.lead_text, task.official_text) == (lead, official)


def test_labelled_lines_under_tasks_are_not_read_as_a_hard_wrapped_text():
    """Task lines of 60–100 characters with no full stop look like text cut
    at a fixed width; a line that opens with its label still starts anew."""
    tasks = [
        "Hướng dẫn các xã xây dựng kế hoạch thực hiện Bộ tiêu chí giai đoạn 2026 - 2030",
        "Kiểm tra, đánh giá tiêu chí môi trường tại các xã đăng ký đạt chuẩn năm 2027",
        "Tổng hợp, báo cáo kết quả thực hiện Chương trình xây dựng nông thôn mới năm 2027",
    ]
    body = "".join(
        f"{n}. {title}\n"
        "Lãnh đạo phụ trách: đ/c Hoàng Minh Tuấn – Phó Giám đốc Sở Nông nghiệp và Môi trường\n"
        "Cơ quan tham mưu: Chi cục Phát triển nông thôn (đ/c Nguyễn Thị Thu – Phó Chi cục trưởng)\n"
        "Thời hạn: trước ngày 31/10/2027\n\n"
        for n, title in enumerate(tasks, 1)
    )
    plan = read_plan(HEAD.format(date="Quảng Trị, ngày 11/01/2027") + body)
    assert [t.title for t in plan.tasks] == tasks
    assert {t.lead_text for t in plan.tasks} == {"Chi cục Phát triển nông thôn"}
    assert {t.official_text for t in plan.tasks} == {
        "Nguyễn Thị Thu – Phó Chi cục trưởng"
    }


@pytest.mark.parametrize(
    "written",
    ["ngày 05/01/2027", "ngày 5/1/2027", "ngày 05-01-2027", "ngày 05.01.2027"],
)
def test_a_place_and_date_in_figures(written):
    plan = read_plan(
        HEAD.format(date=f"Hương Khê, {written}")
        + "1. Trồng 2 km đường hoa (Phòng Kinh tế chủ trì; Quý II/2027).\n"
    )
    assert plan.place == "Hương Khê"
    assert plan.issued_on == D(2027, 1, 5)
    assert all(s.used for s in plan.source if written in s.text)


@pytest.mark.parametrize(
    ("labels", "lead", "partners", "ends"),
    [
        (
            "Giao: Phòng Kinh tế, phối hợp: Ban phát triển các thôn. Thời gian: Quý II/2027.",
            "Phòng Kinh tế",
            ["Ban phát triển các thôn"],
            D(2027, 6, 30),
        ),
        (
            "Chủ trì: Phòng Văn hóa - Xã hội. Thời gian: trước ngày 30/4/2027.",
            "Phòng Văn hóa - Xã hội",
            [],
            D(2027, 4, 30),
        ),
        (
            "Thời hạn: tháng 9/2027. Giao: Văn phòng HĐND và UBND, phối hợp: Phòng Kinh tế.",
            "Văn phòng HĐND và UBND",
            ["Phòng Kinh tế"],
            D(2027, 9, 30),
        ),
        (
            "Hoàn thành: trước ngày 15/11/2027; chủ trì: Phòng Văn hóa - Xã hội, phối hợp: Hội Nông dân xã, Đoàn Thanh niên xã.",
            "Phòng Văn hóa - Xã hội",
            ["Hội Nông dân xã", "Đoàn Thanh niên xã"],
            D(2027, 11, 15),
        ),
    ],
)
def test_several_labels_in_one_paragraph_end_at_the_next(labels, lead, partners, ends):
    plan = read_plan(
        HEAD.format(date="Hương Khê, ngày 10 tháng 01 năm 2027")
        + f"1. Tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới. {labels}\n"
    )
    (task,) = plan.tasks
    assert (
        task.title == "Tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới"
    )
    assert task.lead_text == lead
    assert task.coordinating_units == partners
    assert task.ends_on == ends


ITEMS = [
    "Cứng hóa 2,5 km đường trục thôn Trung Lương và thôn Yên Hồ đạt chuẩn theo quy định của tỉnh. Giao: Phòng Kinh tế, phối hợp: Ban phát triển các thôn. Thời gian: Quý II/2027.",
    "Tổng hợp kết quả hỗ trợ các xã, báo cáo UBND tỉnh và Văn phòng Điều phối nông thôn mới tỉnh. Chủ trì: Văn phòng HĐND và UBND. Hoàn thành: trước ngày 15/12/2027.",
]


def word_list(style: str, size: int) -> bytes:
    from docx import Document
    from docx.shared import Pt

    from tests.plans.import_corpus.word_writer import save

    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Thực hiện tiêu chí năm 2027")
    doc.add_paragraph("NHIỆM VỤ", style="Heading 1")
    for item in ITEMS:
        doc.add_paragraph(style=style).add_run(item).font.size = Pt(size)
    return save(doc)


@pytest.mark.parametrize(("style", "size"), [("List Bullet", 11), ("List Number", 12)])
def test_word_list_items_read_alike_as_docx_and_as_pdf(style, size):
    """The PDF LibreOffice saves hangs an item's wrapped lines at its text's
    start: they continue the item."""
    from tests.plans.import_corpus.make_files import saved_as

    data = word_list(style, size)
    for name, content in (
        ("ke-hoach.docx", data),
        ("ke-hoach.pdf", saved_as(data, "pdf")),
    ):
        plan = read_plan(content, name)
        assert [t.title for t in plan.tasks] == [i.split(". ")[0] for i in ITEMS], name
        assert [t.lead_text for t in plan.tasks] == [
            "Phòng Kinh tế",
            "Văn phòng HĐND và UBND",
        ], name
        assert [t.ends_on for t in plan.tasks] == [D(2027, 6, 30), D(2027, 12, 15)]
