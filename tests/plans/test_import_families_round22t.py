"""The families the lead's hold-out of round 22 read badly (round 22t,
docs/import-quality.md), tried on plans that are in no corpus: a task
table with one column per village under a merged header cell; several
works in one row with their times line by line; the whole body inside a
one-cell layout table; tasks introduced by ordinal words ("Một là, …",
"Thứ nhất, …")."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from ntm.documents import read_document
from ntm.documents.model import Paragraph, Table
from plans.document_import.markers import marker
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import lines_cell, read_plan, word_plan

D = datetime.date


def word(*body: str):
    return read_plan(word_plan(*body), "ke-hoach.docx")


# ── F1: one column per village under a merged header cell ──


def test_the_villages_under_a_merged_header_cell_are_the_header_not_a_task():
    plan = word(
        p("Phân bổ nhiệm vụ cho các thôn như sau:"),
        tbl(
            [
                tc("TT", vmerge="restart"),
                tc("Nội dung", vmerge="restart"),
                tc("ĐVT", vmerge="restart"),
                tc("Phân bổ cho các thôn", span=3),
                tc("Đơn vị chủ trì", vmerge="restart"),
                tc("Đơn vị phối hợp", vmerge="restart"),
                tc("Thời gian hoàn thành", vmerge="restart"),
            ],
            [
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
                tc("Bản Na Hu"),
                tc("Bản Co Me"),
                tc("Bản Púng"),
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
            ],
            [
                tc("1"),
                tc("Trồng cây xanh dọc đường liên bản"),
                tc("cây"),
                tc("200"),
                tc("150"),
                tc("1.250"),
                tc("Đoàn Thanh niên xã"),
                tc("Hội Cựu chiến binh xã"),
                tc("Quý II/2026"),
            ],
            [
                tc("2"),
                tc("Làm mới cổng chào bản"),
                tc("cổng"),
                tc("1"),
                tc("1"),
                tc("1"),
                tc("Ban Quản lý dự án xã"),
                tc("Ủy ban MTTQ xã"),
                tc("30/9/2026"),
            ],
        ),  # fmt: skip
    )
    assert [
        (t.title, t.lead_text, t.coordinating_text, t.ends_on) for t in plan.tasks
    ] == [
        ("Trồng cây xanh dọc đường liên bản", "Đoàn Thanh niên xã",
         "Hội Cựu chiến binh xã", D(2026, 6, 30)),
        ("Làm mới cổng chào bản", "Ban Quản lý dự án xã", "Ủy ban MTTQ xã",
         D(2026, 9, 30)),
    ]  # fmt: skip
    # The figures per village are each task's target, no title of its own.
    trees, gates = plan.targets
    assert (trees.task_number, trees.quantity, trees.unit) == ("1", 1600, "cây")
    assert trees.per_village == {
        "Bản Na Hu": Decimal(200),
        "Bản Co Me": Decimal(150),
        "Bản Púng": Decimal(1250),
    }
    assert (gates.task_number, gates.quantity) == ("2", 3)


def test_a_header_split_into_names_that_are_no_villages_gives_no_targets():
    plan = word(
        tbl(
            [
                tc("STT", vmerge="restart"),
                tc("Nội dung", vmerge="restart"),
                tc("Kinh phí (triệu đồng)", span=2),
                tc("Chủ trì", vmerge="restart"),
            ],
            [
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
                tc("Ngân sách tỉnh"),
                tc("Nhân dân đóng góp"),
                tc("", vmerge="continue"),
            ],
            [
                tc("1"),
                tc("Bê tông hóa đường trục xã"),
                tc("900"),
                tc("300"),
                tc("Ban Quản lý dự án xã"),
            ],
        ),  # fmt: skip
    )
    (task,) = plan.tasks
    assert (task.title, task.lead_text) == (
        "Bê tông hóa đường trục xã",
        "Ban Quản lý dự án xã",
    )
    assert plan.targets == []


# ── F2: several works in one row, their times line by line ──


def test_each_work_of_a_row_takes_the_time_on_its_own_line():
    plan = word(
        tbl(
            [tc("STT"), tc("Nội dung"), tc("Chủ trì"), tc("Thời gian")],
            [
                tc("1"),
                lines_cell(
                    "- Mở lớp dạy nghề may công nghiệp",
                    "- Giới thiệu việc làm cho học viên",
                    "- Tổng kết lớp học",
                ),
                lines_cell(
                    "- Phòng Văn hóa - Xã hội",
                    "- Hội Liên hiệp Phụ nữ xã",
                    "- Phòng Văn hóa - Xã hội",
                ),
                lines_cell("- Tháng 4/2026", "- Tháng 8/2026", "- Tháng 11/2026"),
            ],
            [
                tc("2"),
                lines_cell("- Khảo sát nhu cầu vay vốn", "- Giải ngân vốn vay"),
                tc("Ngân hàng Chính sách xã hội"),
                lines_cell("- Quý II/2026"),
            ],
        ),  # fmt: skip
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Mở lớp dạy nghề may công nghiệp", "Phòng Văn hóa - Xã hội", D(2026, 4, 30)),
        ("Giới thiệu việc làm cho học viên", "Hội Liên hiệp Phụ nữ xã", D(2026, 8, 31)),
        ("Tổng kết lớp học", "Phòng Văn hóa - Xã hội", D(2026, 11, 30)),
        # One time for two works: each keeps the cell's.
        ("Khảo sát nhu cầu vay vốn", "Ngân hàng Chính sách xã hội", D(2026, 6, 30)),
        ("Giải ngân vốn vay", "Ngân hàng Chính sách xã hội", D(2026, 6, 30)),
    ]


# ── F3: the whole body inside a one-cell layout table ──


def test_a_one_cell_frame_is_read_as_the_paragraphs_and_tables_it_holds():
    nested = tbl(
        [tc("TT"), tc("Nội dung công việc"), tc("Đơn vị chủ trì"), tc("Thời hạn")],
        [tc("1"), tc("Sửa chữa nhà văn hóa thôn Nà Pục"), tc("Ban Quản lý dự án xã"),
         tc("30/8/2026")],
        [tc("2"), tc("Tập huấn chuyển đổi số cho tổ công nghệ số"),
         tc("Văn phòng HĐND và UBND xã"), tc("Quý III/2026")],
    )  # fmt: skip
    frame = tbl(
        [
            tc(
                "",
                body=p("Căn cứ Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh;")
                + p("II. NHIỆM VỤ CỤ THỂ")
                + nested
                + p("III. TỔ CHỨC THỰC HIỆN")
                + p("Các đơn vị báo cáo kết quả trước ngày 20 hằng tháng."),
            )
        ]
    )
    document = read_document("ke-hoach.docx", docx(p("KẾ HOẠCH"), frame))
    assert [type(b) for b in document.blocks] == [Paragraph] * 3 + [Table] + [
        Paragraph
    ] * 2
    assert document.blocks[1].text.startswith("Căn cứ Kế hoạch số 45/KH-UBND")
    assert (
        document.blocks[3].texts()[2][1] == "Tập huấn chuyển đổi số cho tổ công nghệ số"
    )

    plan = read_plan(
        docx(
            p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
            p("Số: 12/KH-UBND"),
            p("Phú Xá, ngày 04 tháng 5 năm 2026"),
            p("KẾ HOẠCH"),
            p("Sửa chữa công trình văn hóa năm 2026"),
            frame,
            p("TM. ỦY BAN NHÂN DÂN"),
            p("CHỦ TỊCH"),
            p("Lò Văn Tư"),
        ),
        "ke-hoach.docx",
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Sửa chữa nhà văn hóa thôn Nà Pục", "Ban Quản lý dự án xã", D(2026, 8, 30)),
        ("Tập huấn chuyển đổi số cho tổ công nghệ số", "Văn phòng HĐND và UBND xã",
         D(2026, 9, 30)),
    ]  # fmt: skip
    assert [b.number for b in plan.bases] == ["45/KH-UBND"]


def test_a_table_of_one_row_and_several_cells_is_still_a_table():
    document = read_document(
        "ke-hoach.docx", docx(p("KẾ HOẠCH"), tbl([tc("Nơi nhận:"), tc("CHỦ TỊCH")]))
    )
    assert isinstance(document.blocks[1], Table)


# ── F4: tasks introduced by ordinal words ──


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Một là, tăng cường tuyên truyền …",
            ("item", "1", "Tăng cường tuyên truyền …"),
        ),
        ("Bốn là: Rà soát hộ nghèo", ("item", "4", "Rà soát hộ nghèo")),
        ("Mười là, tổng kết", ("item", "10", "Tổng kết")),
        ("Thứ nhất, kiện toàn Ban Chỉ đạo", ("item", "1", "Kiện toàn Ban Chỉ đạo")),
        ("Thứ tư, rà soát hồ sơ", ("item", "4", "Rà soát hồ sơ")),
        ("THỨ HAI: Phát triển sản xuất", ("item", "2", "Phát triển sản xuất")),
        # A day of the week, a sentence that only starts with the word.
        ("Thứ Hai, ngày 12/01/2026: họp Ban Chỉ đạo", ("text", "", "")),
        ("Thứ Ba (13/01): kiểm tra thôn Bản Chang", ("text", "", "")),
        ("Hai là chưa đủ", ("text", "", "")),
    ],
)
def test_an_ordinal_word_numbers_a_task(text, expected):
    kind, number, rest = marker(text)
    assert (kind, number, rest if kind != "text" else "") == expected


def test_tasks_introduced_by_ordinal_words_are_read_like_numbered_ones():
    plan = word(
        p(
            "Một là, tổ chức ra quân làm sạch đường làng, ngõ xóm. Đoàn Thanh"
            " niên xã chủ trì, phối hợp Hội Cựu chiến binh xã triển khai, hoàn"
            " thành trước ngày 30/4/2026."
        ),
        p(
            "Hai là, hỗ trợ 15 hộ cải tạo vườn tạp. Hội Nông dân xã chủ trì,"
            " phối hợp Phòng Kinh tế hướng dẫn, hoàn thành trước ngày 31/10/2026."
        ),
    )
    assert [
        (t.number, t.title, t.lead_text, t.coordinating_units, t.ends_on)
        for t in plan.tasks
    ] == [
        ("1", "Tổ chức ra quân làm sạch đường làng, ngõ xóm", "Đoàn Thanh niên xã",
         ["Hội Cựu chiến binh xã"], D(2026, 4, 30)),
        ("2", "Hỗ trợ 15 hộ cải tạo vườn tạp", "Hội Nông dân xã", ["Phòng Kinh tế"],
         D(2026, 10, 31)),
    ]  # fmt: skip


@pytest.mark.parametrize("verb", ["triển khai", "hướng dẫn", "tổng hợp"])
def test_the_partner_ends_before_the_verb_that_closes_the_assigning_sentence(verb):
    plan = word(
        p(
            "1. Hỗ trợ 15 hộ cải tạo vườn tạp. Hội Nông dân xã chủ trì, phối hợp"
            f" Phòng Kinh tế và Hợp tác xã Phú Xá {verb}, hoàn thành trước ngày"
            " 31/10/2026."
        )
    )
    (task,) = plan.tasks
    assert task.coordinating_units == ["Phòng Kinh tế", "Hợp tác xã Phú Xá"]
    assert task.ends_on == D(2026, 10, 31)
