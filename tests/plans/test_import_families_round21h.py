"""The families the lead's hold-out of round 21 read badly (round 21h,
docs/import-quality.md), tried on plans that are in no corpus: a task
table whose content cell holds the work's name then its details ("- Quy
mô: …", "- Kinh phí dự kiến: …") beside one unit column that marks the lead
and the partners ("X (chủ trì); Y (phối hợp)", "(CT)", "(PH)"); and a plan
announced in a Zalo message (no header, "UBND xã … thông báo Kế hoạch số …
về …:", keycap numbers, emoji before labels, a one-line signature)."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import import quality
from plans.document_import.attributes import attribute
from plans.document_import.parts import one_line_signature
from plans.document_import.units import marked_units
from tests.documents.docx_parts import p, tbl, tc
from tests.factories import AgencyFactory, commune, province
from tests.plans.conftest import confirm_import, preview_as_superuser, preview_data
from tests.plans.reading import read_plan, word_plan

D = datetime.date
HEAD = [tc("STT"), tc("Nội dung công việc"), tc("Đơn vị thực hiện"),
        tc("Thời gian hoàn thành")]  # fmt: skip


def cell(*paragraphs: str, bold_first: bool = False) -> str:
    """A cell of several paragraphs, the first in bold when `bold_first`."""
    body = "".join(
        p(runs=[(text, "b" if bold_first and i == 0 else "")])
        for i, text in enumerate(paragraphs)
    )
    return tc("", body=body)


def table_plan(*rows):
    return read_plan(word_plan(tbl(HEAD, *rows)), "ke-hoach.docx")


def text_plan(text: str):
    return read_plan(text, "tin-nhan.txt")


# ── F1: the content cell's details ──


def test_the_details_under_the_works_name_are_its_description_not_its_title():
    plan = table_plan(
        [
            tc("1"),
            cell(
                "Nâng cấp, mở rộng tuyến đường liên ấp 3 - ấp 6",
                "- Quy mô: dài 1,6 km, mặt đường rộng 5 m;",
                "- Địa điểm: ấp 3, ấp 6;",
                "- Kinh phí dự kiến: 4.800 triệu đồng;",
                "- Nguồn vốn: ngân sách tỉnh hỗ trợ 70%.",
                bold_first=True,
            ),
            tc("Ban Quản lý dự án xã"),
            tc("Quý III/2027"),
        ]
    )
    (task,) = plan.tasks
    assert task.title == "Nâng cấp, mở rộng tuyến đường liên ấp 3 - ấp 6"
    assert task.description.splitlines() == [
        "Quy mô: dài 1,6 km, mặt đường rộng 5 m",
        "Địa điểm: ấp 3, ấp 6",
        "Kinh phí dự kiến: 4.800 triệu đồng",
        "Nguồn vốn: ngân sách tỉnh hỗ trợ 70%.",
    ]
    assert task.budget_text == "4.800 triệu đồng"
    assert (task.lead_text, task.ends_on) == ("Ban Quản lý dự án xã", D(2027, 9, 30))


def test_a_name_on_two_paragraphs_is_one_title():
    plan = table_plan(
        [
            tc("1"),
            cell(
                "Xây dựng mới cầu bê tông qua kênh Ba Ngàn",
                "(thay thế cầu tạm đã xuống cấp)",
                "- Quy mô: dài 18 m, tải trọng 10 tấn;",
                "- Kinh phí dự kiến: 2.100 triệu đồng.",
            ),
            tc("Ban Quản lý dự án xã"),
            tc("30/11/2027"),
        ]
    )
    (task,) = plan.tasks
    assert task.title == (
        "Xây dựng mới cầu bê tông qua kênh Ba Ngàn (thay thế cầu tạm đã xuống cấp)"
    )
    assert "Quy mô: dài 18 m, tải trọng 10 tấn" in task.description


def test_a_name_with_no_verb_over_bulleted_details_is_one_task():
    # "Nhà văn hóa ấp 2" names no work: its "-" details are still details,
    # not tasks of their own.
    plan = table_plan(
        [
            tc("1"),
            cell(
                "Nhà văn hóa - Khu thể thao ấp 2",
                "- Quy mô: nhà cấp IV, 120 chỗ ngồi;",
                "- Mức hỗ trợ: 80% từ ngân sách xã.",
            ),
            tc("Phòng Văn hóa - Xã hội"),
            tc("Quý IV/2027"),
        ]
    )
    assert [(t.title, t.description) for t in plan.tasks] == [
        (
            "Nhà văn hóa - Khu thể thao ấp 2",
            "Quy mô: nhà cấp IV, 120 chỗ ngồi\nMức hỗ trợ: 80% từ ngân sách xã.",
        )
    ]


def test_labelled_details_with_no_bullet_are_the_description():
    plan = table_plan(
        [
            tc("1"),
            cell(
                "Kiên cố hóa kênh mương nội đồng ấp Tân Hòa",
                "Quy mô: 900 m kênh bê tông.",
                "Kinh phí dự kiến: 1.350 triệu đồng.",
            ),
            tc("Phòng Kinh tế"),
            tc("Quý II/2027"),
        ]
    )
    (task,) = plan.tasks
    assert task.title == "Kiên cố hóa kênh mương nội đồng ấp Tân Hòa"
    assert task.description.splitlines() == [
        "Quy mô: 900 m kênh bê tông.",
        "Kinh phí dự kiến: 1.350 triệu đồng.",
    ]


def test_bulleted_details_read_as_one_line_are_cut_from_the_name():
    # A PDF's cell, or a row pasted as text: the paragraphs run together.
    text = (
        "KẾ HOẠCH\nThực hiện tiêu chí Môi trường năm 2027\nI. NHIỆM VỤ\n"
        "STT\tNội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành\n"
        "1\tXây dựng 02 điểm tập kết rác thải có mái che - Quy mô: 02 điểm,"
        " mỗi điểm 30 m²; - Kinh phí dự kiến: 360 triệu đồng.\tPhòng Kinh tế"
        "\tTháng 5/2027\n"
    )
    (task,) = text_plan(text).tasks
    assert task.title == "Xây dựng 02 điểm tập kết rác thải có mái che"
    assert task.description.splitlines() == [
        "Quy mô: 02 điểm, mỗi điểm 30 m²",
        "Kinh phí dự kiến: 360 triệu đồng.",
    ]
    assert task.ends_on == D(2027, 5, 31)


def test_a_work_in_two_bulleted_items_with_no_label_is_still_two_tasks():
    plan = table_plan(
        [
            tc("1"),
            cell(
                "Về môi trường:",
                "- Trồng 500 cây xanh tại trường học;",
                "- Nạo vét 2 km mương thoát nước.",
            ),
            tc("Đoàn Thanh niên xã"),
            tc("Quý II/2027"),
        ]
    )
    assert [t.title for t in plan.tasks] == [
        "Trồng 500 cây xanh tại trường học",
        "Nạo vét 2 km mương thoát nước",
    ]


# ── F1: the unit column's marks ──


@pytest.mark.parametrize(
    "cell_text, lead, partners",
    [
        (
            "Ban Quản lý dự án xã (chủ trì); Ban phát triển ấp 3 (phối hợp)",
            "Ban Quản lý dự án xã",
            ["Ban phát triển ấp 3"],
        ),
        (
            "Phòng Kinh tế (chủ trì); Điện lực Tân Uyên, Đoàn Thanh niên xã (phối hợp)",
            "Phòng Kinh tế",
            ["Điện lực Tân Uyên", "Đoàn Thanh niên xã"],
        ),
        (
            "Phòng Kinh tế (CT); Hội Nông dân xã (PH)",
            "Phòng Kinh tế",
            ["Hội Nông dân xã"],
        ),
        (
            "Phòng Kinh tế (CT), Điện lực Tân Uyên (PH), Hội Nông dân xã (PH)",
            "Phòng Kinh tế",
            ["Điện lực Tân Uyên", "Hội Nông dân xã"],
        ),
        (
            "Trạm Y tế xã (chủ trì thực hiện); các ấp (phối hợp)",
            "Trạm Y tế xã",
            ["các ấp"],
        ),
        (
            "Phòng Kinh tế chủ trì; Điện lực Tân Uyên, Hội Nông dân xã phối hợp",
            "Phòng Kinh tế",
            ["Điện lực Tân Uyên", "Hội Nông dân xã"],
        ),
        (
            "Chủ trì: Phòng Kinh tế; Phối hợp: Điện lực Tân Uyên, Hội Nông dân xã",
            "Phòng Kinh tế",
            ["Điện lực Tân Uyên", "Hội Nông dân xã"],
        ),
        ("Công an xã", "Công an xã", []),
    ],
)
def test_the_unit_column_names_the_lead_and_partners_by_their_marks(
    cell_text, lead, partners
):
    (task,) = table_plan(
        [tc("1"), tc("Lắp đặt 60 bộ đèn chiếu sáng"), tc(cell_text), tc("Quý III/2027")]
    ).tasks
    assert (task.lead_text, task.coordinating_units) == (lead, partners)


def test_the_marks_on_two_paragraphs_of_the_unit_cell():
    (first, second) = table_plan(
        [
            tc("1"),
            tc("Nâng cấp sân bóng đá ấp Bình Thạnh"),
            cell("Chủ trì: Phòng Văn hóa - Xã hội", "Phối hợp: Đoàn Thanh niên xã"),
            tc("Quý III/2027"),
        ],
        [
            tc("2"),
            tc("Khám sàng lọc cho 800 người cao tuổi"),
            cell("Trạm Y tế xã (chủ trì)", "Hội Người cao tuổi xã, các ấp (phối hợp)"),
            tc("Tháng 9/2027"),
        ],
    ).tasks
    assert (first.lead_text, first.coordinating_units) == (
        "Phòng Văn hóa - Xã hội",
        ["Đoàn Thanh niên xã"],
    )
    assert (second.lead_text, second.coordinating_units) == (
        "Trạm Y tế xã",
        ["Hội Người cao tuổi xã", "các ấp"],
    )


def test_two_units_marked_to_lead_lead_together():
    (task,) = table_plan(
        [
            tc("1"),
            tc("Tổ chức Ngày hội văn hóa các dân tộc"),
            tc(
                "Phòng Văn hóa - Xã hội, Đoàn Thanh niên xã (chủ trì); các ấp (phối hợp)"
            ),
            tc("Tháng 11/2027"),
        ]
    ).tasks
    assert task.lead_text == "Phòng Văn hóa - Xã hội"
    assert task.co_leads == ["Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã"]
    assert task.coordinating_units == ["Đoàn Thanh niên xã", "các ấp"]


def test_the_marks_on_a_paragraph_plans_unit_line():
    plan = text_plan(
        "KẾ HOẠCH\nThực hiện tiêu chí Điện năm 2027\nI. NHIỆM VỤ\n"
        "1. Thay thế 40 cột điện hạ thế tại ấp Tân Lập\n"
        "- Quy mô: 40 cột bê tông ly tâm;\n"
        "- Đơn vị thực hiện: Phòng Kinh tế (chủ trì); Điện lực Tân Uyên, Đoàn"
        " Thanh niên xã (phối hợp).\n"
        "- Thời gian hoàn thành: 31/8/2027.\n"
        "2. Phát quang hành lang lưới điện\n"
        "- Đơn vị thực hiện: Đoàn Thanh niên xã (CT); Hội Cựu chiến binh xã (PH).\n"
        "- Thời gian hoàn thành: Tháng 4/2027.\n"
    )
    assert [(t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks] == [
        ("Phòng Kinh tế", ["Điện lực Tân Uyên", "Đoàn Thanh niên xã"], D(2027, 8, 31)),
        ("Đoàn Thanh niên xã", ["Hội Cựu chiến binh xã"], D(2027, 4, 30)),
    ]


def test_a_sentence_is_not_a_list_of_marked_units():
    # "X chủ trì, phối hợp Y" says who works with whom (read elsewhere).
    assert marked_units("Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã") is None
    assert marked_units("Phòng Kinh tế") is None
    (task,) = table_plan(
        [
            tc("1"),
            tc("Lắp đặt 60 bộ đèn chiếu sáng"),
            tc("Phòng Kinh tế chủ trì, phối hợp Hội Nông dân xã"),
            tc("Quý III/2027"),
        ]
    ).tasks
    assert (task.lead_text, task.coordinating_units) == (
        "Phòng Kinh tế",
        ["Hội Nông dân xã"],
    )


@pytest.mark.django_db
def test_the_preview_and_confirm_keep_the_description(client):
    an_phu = commune(province("Đồng Nai"), "An Phú")
    AgencyFactory(area=an_phu, name="Ủy ban nhân dân xã An Phú")
    data = word_plan(
        tbl(
            HEAD,
            [
                tc("1"),
                cell(
                    "Bê tông hóa đường nội đồng ấp Bình Hòa",
                    "- Quy mô: dài 1,2 km, rộng 3 m;",
                    "- Kinh phí dự kiến: 1.500 triệu đồng.",
                    bold_first=True,
                ),
                tc("Phòng Kinh tế (chủ trì); Hội Nông dân xã (phối hợp)"),
                tc("30/6/2027"),
            ],
        )
    )
    page = preview_as_superuser(client, data, name="kh.docx", area=an_phu)
    posted = preview_data(page)
    assert posted["tasks-0-title"] == "Bê tông hóa đường nội đồng ấp Bình Hòa"
    assert (posted["tasks-0-lead"], posted["tasks-0-coordinating"]) == (
        "Phòng Kinh tế",
        "Hội Nông dân xã",
    )
    assert posted["tasks-0-description"].splitlines() == [
        "Quy mô: dài 1,2 km, rộng 3 m",
        "Kinh phí dự kiến: 1.500 triệu đồng.",
    ]
    task = confirm_import(client, posted).tasks.get()
    assert task.title == "Bê tông hóa đường nội đồng ấp Bình Hòa"
    assert "Kinh phí dự kiến: 1.500 triệu đồng." in task.description


# ── F2: a plan announced in a message ──

TASKS = (
    "1️⃣ Phát quang 5 km đường trục ấp\n"
    "👤 Phụ trách: Đoàn Thanh niên xã\n"
    "🤝 Phối hợp: Hội Cựu chiến binh xã, Hội Nông dân xã\n"
    "⏰ Hạn: 30/4/2027\n"
    "2️⃣ Trồng 300 cây sao đen tại trường học\n"
    "👤 Phụ trách: Hội Liên hiệp Phụ nữ xã\n"
    "⏰ Hạn chót: 15/5/2027\n"
)


@pytest.mark.parametrize(
    "sentence, number, symbol, issued_on, issuer, title",
    [
        (
            "UBND xã Long Điền thông báo Kế hoạch số 88/KH-UBND ngày 05/12/2026"
            " về thực hiện phong trào “Ngày Chủ nhật xanh” năm 2027:",
            "88",
            "KH-UBND",
            D(2026, 12, 5),
            "UBND xã Long Điền",
            "Thực hiện phong trào “Ngày Chủ nhật xanh” năm 2027",
        ),
        (
            "Đảng ủy xã Tân An ban hành Kế hoạch số 21-KH/ĐU ngày 03 tháng 3 năm"
            " 2027 về việc lãnh đạo thực hiện tiêu chí Hệ thống chính trị.",
            "21",
            "KH/ĐU",
            D(2027, 3, 3),
            "Đảng ủy xã Tân An",
            "Lãnh đạo thực hiện tiêu chí Hệ thống chính trị",
        ),
        (
            "Ban Chỉ đạo xã Mỹ Lộc triển khai Kế hoạch số 7/KH-BCĐ ngày 2/2/2027"
            " của Ban Chỉ đạo về ra quân làm thủy lợi, cụ thể như sau:",
            "7",
            "KH-BCĐ",
            D(2027, 2, 2),
            "Ban Chỉ đạo xã Mỹ Lộc",
            "Ra quân làm thủy lợi",
        ),
        (
            "UBND xã An Phú gửi Kế hoạch số 30/KH-UBND ngày 15.01.2027 về vệ sinh"
            " môi trường dịp Tết Nguyên đán với các nội dung sau:",
            "30",
            "KH-UBND",
            D(2027, 1, 15),
            "UBND xã An Phú",
            "Vệ sinh môi trường dịp Tết Nguyên đán",
        ),
    ],
)
def test_the_sentence_that_announces_the_plan_gives_its_header(
    sentence, number, symbol, issued_on, issuer, title
):
    plan = text_plan(f"{sentence}\n{TASKS}")
    assert (plan.doc_type, plan.number, plan.symbol, plan.issued_on) == (
        "KH",
        number,
        symbol,
        issued_on,
    )
    assert (plan.issuer_text, plan.title) == (issuer, title)
    assert len(plan.tasks) == 2
    assert not plan.unplaced


def test_emoji_before_a_label_are_no_part_of_it():
    plan = text_plan(
        "UBND xã Long Điền thông báo Kế hoạch số 88/KH-UBND ngày 05/12/2026 về"
        " ra quân năm 2027:\n"
        f"{TASKS}"
        "3️⃣ Nạo vét 2 km kênh nội đồng\n"
        "👉👤 Phụ trách: Hợp tác xã Long Điền\n"
        "Phối hợp: Ban phát triển ấp 4\n"
        "⏳⏳ Thời hạn: Quý II/2027\n"
        "4️⃣ Lắp 02 bảng tin tại chợ\n"
        "📌 Phụ trách: Phòng Văn hóa - Xã hội\n"
        "📅 Thời gian: Tháng 8/2027\n"
    )
    assert [
        (t.number, t.title, t.lead_text, t.coordinating_units, t.ends_on)
        for t in plan.tasks
    ] == [
        (
            "1",
            "Phát quang 5 km đường trục ấp",
            "Đoàn Thanh niên xã",
            ["Hội Cựu chiến binh xã", "Hội Nông dân xã"],
            D(2027, 4, 30),
        ),
        (
            "2",
            "Trồng 300 cây sao đen tại trường học",
            "Hội Liên hiệp Phụ nữ xã",
            [],
            D(2027, 5, 15),
        ),
        (
            "3",
            "Nạo vét 2 km kênh nội đồng",
            "Hợp tác xã Long Điền",
            ["Ban phát triển ấp 4"],
            D(2027, 6, 30),
        ),
        ("4", "Lắp 02 bảng tin tại chợ", "Phòng Văn hóa - Xã hội", [], D(2027, 8, 31)),
    ]


@pytest.mark.parametrize("label", ["Hạn", "Hạn chót", "Thời hạn"])
def test_han_is_a_deadline_label(label):
    assert attribute(f"{label}: 30/6/2027") == ("time", "30/6/2027")


def test_a_place_named_han_is_no_label():
    # "Hàn" folds to "han": with a dash (not a colon) it is no label.
    assert attribute("Hàn - Việt hữu nghị") is None


def test_keycaps_ten_and_beyond_number_the_tasks():
    lines = ["UBND xã Long Điền thông báo Kế hoạch số 88/KH-UBND ngày 05/12/2026"
             " về ra quân năm 2027:"]  # fmt: skip
    keycaps = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟", "1️⃣1️⃣"]
    for n, keycap in enumerate(keycaps, 1):
        lines += [f"{keycap} Sửa chữa nhà văn hóa ấp {n}", f"⏰ Hạn: {n}/3/2027"]
    plan = text_plan("\n".join(lines))
    assert [t.number for t in plan.tasks] == [str(n) for n in range(1, 12)]
    assert plan.tasks[9].title == "Sửa chữa nhà văn hóa ấp 10"
    assert plan.tasks[10].ends_on == D(2027, 3, 11)


def test_labels_on_the_tasks_own_line_after_an_emoji():
    plan = text_plan(
        "UBND xã An Phú gửi Kế hoạch số 30/KH-UBND ngày 15/01/2027 về ra quân:\n"
        "1️⃣ Trồng 1.000 cây hoa dọc đường vào trung tâm xã 👤 Phụ trách: Hội Liên"
        " hiệp Phụ nữ xã 🤝 Phối hợp: Hội Cựu chiến binh xã ⏰ Hạn: 31/3/2027\n"
        "2️⃣ Nạo vét 3 km mương thoát nước 👤 Phụ trách: Hội Nông dân xã ⏰ Hạn"
        " chót: 20/3/2027\n"
    )
    assert [
        (t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks
    ] == [
        (
            "Trồng 1.000 cây hoa dọc đường vào trung tâm xã",
            "Hội Liên hiệp Phụ nữ xã",
            ["Hội Cựu chiến binh xã"],
            D(2027, 3, 31),
        ),
        ("Nạo vét 3 km mương thoát nước", "Hội Nông dân xã", [], D(2027, 3, 20)),
    ]


def test_an_emoji_that_is_no_label_is_still_a_bullet():
    plan = text_plan(
        "UBND xã An Phú gửi Kế hoạch số 30/KH-UBND ngày 15/01/2027 về ra quân:\n"
        "✅ Bê tông hóa 800 m đường ấp 5\n"
        "👉 Phụ trách: Ban phát triển ấp 5\n"
        "👉 Huy động Nhân dân đóng góp 200 ngày công\n"
        "✅ Nạo vét kênh nội đồng ấp 2\n"
        "👉 Phụ trách: Hợp tác xã An Phú\n"
    )
    assert [(t.title, t.lead_text) for t in plan.tasks] == [
        ("Bê tông hóa 800 m đường ấp 5", "Ban phát triển ấp 5"),
        ("Nạo vét kênh nội đồng ấp 2", "Hợp tác xã An Phú"),
    ]
    assert "Huy động Nhân dân đóng góp 200 ngày công" in plan.tasks[0].description


@pytest.mark.parametrize(
    "closing, deadline",
    [
        (
            "Đề nghị các đơn vị triển khai nghiêm túc, báo cáo kết quả về UBND xã"
            " (qua Phòng Kinh tế) trước ngày 25 hằng tháng.",
            None,
        ),
        (
            "Đề nghị các ấp, các đoàn thể báo cáo kết quả về UBND xã trước ngày"
            " 05/6/2027.",
            D(2027, 6, 5),
        ),
    ],
)
def test_a_closing_sentence_asking_for_reports_is_the_plans_reporting(
    closing, deadline
):
    plan = text_plan(
        "UBND xã An Phú gửi Kế hoạch số 30/KH-UBND ngày 15/01/2027 về ra quân:\n"
        f"{TASKS}{closing}\nTM. UBND xã - Chủ tịch Nguyễn Văn An\n"
    )
    assert len(plan.tasks) == 2
    assert closing not in plan.tasks[-1].description
    assert (plan.reporting_text, plan.report_deadline) == (closing, deadline)
    assert not plan.unplaced


@pytest.mark.parametrize(
    "line, authority, post, name",
    [
        (
            "TM. UBND xã - Chủ tịch Nguyễn Hữu Phước",
            "TM. UBND xã",
            "Chủ tịch",
            "Nguyễn Hữu Phước",
        ),
        (
            "T/M UBND xã, Chủ tịch: Nguyễn Văn An",
            "T/M UBND xã",
            "Chủ tịch",
            "Nguyễn Văn An",
        ),
        ("Chủ tịch UBND xã Nguyễn Văn An", "TM. UBND xã", "Chủ tịch", "Nguyễn Văn An"),
        (
            "TM. BAN CHỈ ĐẠO, Phó Trưởng ban: Vi Văn Quý",
            "TM. BAN CHỈ ĐẠO",
            "Phó Trưởng ban",
            "Vi Văn Quý",
        ),
    ],
)
def test_a_signature_on_one_line(line, authority, post, name):
    plan = text_plan(
        "UBND xã An Phú gửi Kế hoạch số 30/KH-UBND ngày 15/01/2027 về ra quân:\n"
        f"{TASKS}{line}\n"
    )
    assert (plan.signing_authority, plan.signer_title, plan.signer_name) == (
        authority,
        post,
        name,
    )
    assert len(plan.tasks) == 2 and not plan.unplaced


@pytest.mark.parametrize(
    "line",
    ["TM. ỦY BAN NHÂN DÂN", "Phòng Kinh tế chủ trì", "Chủ tịch UBND xã chỉ đạo"],
)
def test_other_lines_are_no_signature_on_one_line(line):
    assert one_line_signature(line) is None


def test_round21h_is_measured_by_default():
    assert "round21h" in quality.SETS


def test_details_in_words_list_bullets_with_labels_of_their_own():
    # Word's own "-" list; labels in no list of the data ("Chiều rộng",
    # "Dự kiến kinh phí"): still details, not tasks.
    body = (
        p("Nhà văn hóa ấp Bình Thạnh")
        + p("Chiều rộng: 12 m;", num=(2, 0))
        + p("Dự kiến kinh phí: 800 triệu đồng.", num=(2, 0))
    )
    (task,) = table_plan(
        [tc("1"), tc("", body=body), tc("Phòng Kinh tế"), tc("Quý II/2027")]
    ).tasks
    assert (task.title, task.description) == (
        "Nhà văn hóa ấp Bình Thạnh",
        "Chiều rộng: 12 m\nDự kiến kinh phí: 800 triệu đồng.",
    )


def test_an_announcement_led_by_an_emoji_without_a_date():
    plan = text_plan(
        "📢 UBND xã An Phú gửi đến các ấp Kế hoạch số 30/KH-UBND về ra quân"
        " làm đường:\n"
        f"{TASKS}"
        "Trân trọng!\n"
        "TM UBND xã - Chủ tịch Nguyễn Văn An\n"
    )
    assert (plan.number, plan.symbol, plan.issued_on, plan.issuer_text) == (
        "30",
        "KH-UBND",
        None,
        "UBND xã An Phú",
    )
    assert plan.title == "Ra quân làm đường"
    assert (plan.signing_authority, plan.signer_name) == ("TM UBND xã", "Nguyễn Văn An")
    assert "Trân trọng" not in plan.tasks[-1].description
    assert len(plan.tasks) == 2 and not plan.unplaced


def test_a_closing_ask_with_no_report_closes_the_message():
    plan = text_plan(
        "UBND xã An Phú gửi Kế hoạch số 30/KH-UBND ngày 15/01/2027 về ra quân:\n"
        f"{TASKS}"
        "Đề nghị các đơn vị triển khai thực hiện nghiêm túc./.\n"
        "TM. UBND xã\n"
        "Chủ tịch Nguyễn Văn An\n"
    )
    assert plan.tasks[-1].description == ""
    assert plan.reporting_text == ""
    assert (plan.signing_authority, plan.signer_title, plan.signer_name) == (
        "TM. UBND xã",
        "Chủ tịch",
        "Nguyễn Văn An",
    )
    assert not plan.unplaced
