"""The families a blind hold-out of commune plans read badly (round 29c,
docs/import-quality.md), tried on plans that are in no corpus: a task line
holding ";" followed by its labelled lines ("+ Đơn vị chủ trì: …", "+ Thời
gian: …"), whose ";" is part of the task, not a cut, and the person in the
who/when bracket after the work ("(giao X thực hiện, đ/c Y - Phó Chủ tịch
Hội phụ trách; hoàn thành trước …)"), who is the task's official."""

from __future__ import annotations

import datetime

import pytest

from tests.documents.docx_parts import p
from tests.plans.reading import plan_of, read_plan, word_plan

D = datetime.date

WORK = (
    "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo giai đoạn 2026 - 2030; "
    "hỗ trợ sinh kế cho 25 hộ"
)
LABELS = [
    "Đơn vị chủ trì: Phòng Văn hóa - Xã hội",
    "Đơn vị phối hợp: Hội Nông dân xã, Hội Phụ nữ xã",
    "Thời gian: hoàn thành trước 30/9/2026",
    "Cán bộ phụ trách: Nguyễn Văn An - công chức Văn hóa - Xã hội",
]
SECOND = [
    "Cứng hóa 2 km đường trục thôn; lắp 40 bộ đèn chiếu sáng",
    "Đơn vị chủ trì: Phòng Kinh tế",
    "Thời gian: Quý III/2026",
    "Cán bộ phụ trách: Lê Văn Bình - công chức Địa chính",
]


def read(tasks) -> list[tuple]:
    return [
        (t.title, t.lead_text, t.coordinating_units, t.official_text, t.ends_on)
        for t in tasks
    ]


EXPECTED = [
    (
        WORK,
        "Phòng Văn hóa - Xã hội",
        ["Hội Nông dân xã", "Hội Phụ nữ xã"],
        "Nguyễn Văn An - công chức Văn hóa - Xã hội",
        D(2026, 9, 30),
    ),
    (
        "Cứng hóa 2 km đường trục thôn; lắp 40 bộ đèn chiếu sáng",
        "Phòng Kinh tế",
        [],
        "Lê Văn Bình - công chức Địa chính",
        D(2026, 9, 30),
    ),
]


@pytest.mark.parametrize(
    ("heading", "item", "label"),
    [
        ("{i}. Tiêu chí số {n} - {name}", "- ", "+ "),
        ("{i}. Tiêu chí số {n} - {name}", "• ", "+ "),
        ("{i}. Tiêu chí số {n} - {name}", "* ", "- "),
        ("{a}) Tiêu chí số {n} - {name}", "- ", "+ "),
        ("Tiêu chí số {n} - {name}:", "- ", "+ "),
        ("{i}. TIÊU CHÍ SỐ {n} - {name}", "- ", "+ "),
    ],
)
def test_a_semicolon_in_a_task_line_over_its_labelled_lines(heading, item, label):
    blocks = []
    for i, (n, name, (work, *labels)) in enumerate(
        [(11, "Nghèo đa chiều", [WORK, *LABELS]), (2, "Giao thông", SECOND)]
    ):
        blocks.append(heading.format(i=i + 1, a="ab"[i], n=n, name=name))
        blocks += [item + work] + [label + line for line in labels]
    assert read(plan_of("\n".join(blocks) + "\n").tasks) == EXPECTED


def symbol_plus(text: str) -> str:
    """A paragraph opening on "+" typed in the Symbol font (Word writes it
    as the private-use character U+F02B, as LibreOffice's .doc does a "+"
    bullet)."""
    return (
        '<w:p><w:r><w:sym w:font="Symbol" w:char="F02B"/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
    )


@pytest.mark.parametrize("marks", ["list", "typed", "symbol"])
def test_a_semicolon_in_a_word_task_line_over_its_labelled_lines(marks):
    def item(text):
        return p(text, num=(2, 0)) if marks == "list" else p("- " + text)

    def label(text):
        if marks == "symbol":
            return symbol_plus(text)
        return p(text, num=(2, 1)) if marks == "list" else p("+ " + text)

    body = []
    for heading, (work, *labels) in zip(
        ["1. Tiêu chí số 11 - Nghèo đa chiều", "2. Tiêu chí số 2 - Giao thông"],
        [[WORK, *LABELS], SECOND],
        strict=True,
    ):
        body += [p(heading), item(work), *(label(line) for line in labels)]
    plan = read_plan(word_plan(*body), "ke-hoach.docx")
    assert read(plan.tasks) == EXPECTED


def test_a_semicolon_without_labelled_lines_still_ends_the_name():
    # A bullet that states nothing below it: its first clause names it, the
    # rest is its description (round 27h's duties with a time each are
    # tasks of their own).
    plan = plan_of(
        "1. Giao thông\n- Quan tâm cứng hóa đường trục thôn; xóa bỏ đường đất lầy lội\n"
    )
    [task] = plan.tasks
    assert task.title == "Quan tâm cứng hóa đường trục thôn"
    assert task.description == "xóa bỏ đường đất lầy lội"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ tự quản” (giao Chi hội phụ"
            " nữ các thôn Phú Hòa, An Lợi, Vĩnh Lại thực hiện, đ/c Trần Thị Mai -"
            " Phó Chủ tịch Hội phụ trách; hoàn thành trước 30/6/2026).",
            (
                "Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ tự quản”",
                "Chi hội phụ nữ các thôn Phú Hòa, An Lợi, Vĩnh Lại",
                "Trần Thị Mai",
                D(2026, 6, 30),
            ),
        ),
        (
            "- Tổ chức 02 lớp tập huấn kỹ thuật trồng lúa (giao Hội Nông dân xã"
            " thực hiện, đồng chí Lê Văn Hùng (PCT Hội) phụ trách; hoàn thành"
            " tháng 8/2026).",
            (
                "Tổ chức 02 lớp tập huấn kỹ thuật trồng lúa",
                "Hội Nông dân xã",
                "Lê Văn Hùng",
                D(2026, 8, 31),
            ),
        ),
        (
            "- Xây dựng 03 mô hình kinh tế hộ (giao Đoàn Thanh niên xã thực hiện,"
            " do đ/c Phạm Văn Đức - Bí thư Đoàn xã theo dõi; xong trước"
            " 31/10/2026).",
            (
                "Xây dựng 03 mô hình kinh tế hộ",
                "Đoàn Thanh niên xã",
                "Phạm Văn Đức",
                D(2026, 10, 31),
            ),
        ),
        (
            "- Trồng 500 cây xanh tuyến đường liên thôn (Hội Cựu chiến binh xã"
            " thực hiện, đồng chí Hà Văn Thắng, Chủ tịch Hội chỉ đạo; hoàn"
            " thành trong Quý III/2026)",
            (
                "Trồng 500 cây xanh tuyến đường liên thôn",
                "Hội Cựu chiến binh xã",
                "Hà Văn Thắng",
                D(2026, 9, 30),
            ),
        ),
        (
            "- Trồng 300 m hàng rào xanh (Hội Cựu chiến binh xã thực hiện; đ/c"
            " Hà Văn Thắng - Chủ tịch Hội phụ trách; Quý III/2026).",
            (
                "Trồng 300 m hàng rào xanh",
                "Hội Cựu chiến binh xã",
                "Hà Văn Thắng",
                D(2026, 9, 30),
            ),
        ),
        (
            "- Vận động 30 hộ chỉnh trang cổng ngõ (giao Ban phát triển thôn Đông"
            " thực hiện, ông Vi Văn Lợi - Trưởng thôn phụ trách; trước"
            " 15/9/2026)",
            (
                "Vận động 30 hộ chỉnh trang cổng ngõ",
                "Ban phát triển thôn Đông",
                "Vi Văn Lợi",
                D(2026, 9, 15),
            ),
        ),
    ],
)
def test_the_official_in_the_who_and_when_bracket_after_the_work(line, expected):
    for name, body in (
        ("ke-hoach.txt", "1. Các phần việc\n" + line + "\n"),
        ("ke-hoach.docx", None),
    ):
        if body is None:
            plan = read_plan(word_plan(p("1. Các phần việc"), p(line)), "ke-hoach.docx")
        else:
            plan = plan_of(body, name)
        [task] = plan.tasks
        official = task.official_text.split(" - ")[0].split(",")[0].split(" (")[0]
        assert (task.title, task.lead_text, official, task.ends_on) == expected, name
