"""The family that round 11 found (docs/import-quality.md), tried on plans
that are in no corpus: tasks written as prose paragraphs under numbered
headings that only name a topic ("1. Về điện (Tiêu chí số 4)"), the
paragraph's first sentence the work and the next sentence, with no
brackets, who does it and by when ("Giao Phòng X chủ trì, phối hợp Y …;
thời gian hoàn thành trong tháng 11/2026", "Công chức tham mưu: …; đơn vị
phối hợp: …; thời hạn: …", "Trạm Y tế xã chủ trì; thực hiện thường
xuyên"). A sentence that states attributes belongs to its block and never
glues onto the sentence before it; a heading that is itself the work keeps
being the task."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.timeframes import time_range
from tests.documents.docx_parts import p
from tests.plans.reading import by_title, plan_of, read_plan, word_plan

PROSE = (
    "1. Về điện (Tiêu chí số 4)\n"
    "Kéo mới 2,4 km đường dây hạ thế thôn Nà Lạn. Giao Phòng Kinh tế chủ trì, "
    "phối hợp Điện lực khu vực tổ chức thực hiện; thời gian hoàn thành trong "
    "tháng 11/2026.\n"
    "2. Về văn hóa\n"
    "Sửa chữa nhà văn hóa thôn Bó Lếch. Công chức tham mưu: đồng chí Nông Văn "
    "Hải, công chức Văn hóa - Xã hội; đơn vị phối hợp: Ban phát triển thôn Bó "
    "Lếch; thời hạn: 30/9/2026.\n"
    "3. Về y tế (Tiêu chí số 15)\n"
    "Tổ chức khám sức khỏe cho người cao tuổi. Trạm Y tế xã chủ trì; Hội Người "
    "cao tuổi xã phối hợp tuyên truyền; thực hiện thường xuyên.\n"
)


def test_a_topic_headings_paragraph_is_the_task_and_its_next_sentence_assigns_it():
    tasks = by_title(plan_of(PROSE))
    assert list(tasks) == [
        "Kéo mới 2,4 km đường dây hạ thế thôn Nà Lạn",
        "Sửa chữa nhà văn hóa thôn Bó Lếch",
        "Tổ chức khám sức khỏe cho người cao tuổi",
    ]
    power = tasks["Kéo mới 2,4 km đường dây hạ thế thôn Nà Lạn"]
    assert power.lead_text == "Phòng Kinh tế"
    assert power.coordinating_units == ["Điện lực khu vực"]
    assert power.ends_on == datetime.date(2026, 11, 30)
    # The topic heading stays with its task, as its group.
    assert power.description.startswith("Về điện (Tiêu chí số 4)")
    house = tasks["Sửa chữa nhà văn hóa thôn Bó Lếch"]
    assert house.lead_text == ""
    assert house.official_text == "Nông Văn Hải, công chức Văn hóa - Xã hội"
    assert house.coordinating_units == ["Ban phát triển thôn Bó Lếch"]
    assert house.ends_on == datetime.date(2026, 9, 30)
    health = tasks["Tổ chức khám sức khỏe cho người cao tuổi"]
    assert health.lead_text == "Trạm Y tế xã"
    assert health.coordinating_units == ["Hội Người cao tuổi xã"]
    assert (health.starts_on, health.ends_on) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 12, 31),
    )


def test_the_same_plan_in_word_reads_the_same():
    body = [p(line) for line in PROSE.splitlines()]
    plan = read_plan(word_plan(*body), "ke-hoach.docx")
    assert [(t.title, t.lead_text) for t in plan.tasks] == [
        ("Kéo mới 2,4 km đường dây hạ thế thôn Nà Lạn", "Phòng Kinh tế"),
        ("Sửa chữa nhà văn hóa thôn Bó Lếch", ""),
        ("Tổ chức khám sức khỏe cho người cao tuổi", "Trạm Y tế xã"),
    ]


def test_a_heading_that_is_the_work_stays_the_task_over_its_details():
    plan = plan_of(
        "1. Xây dựng mô hình vườn mẫu tại thôn Nà Lạn\n"
        "Quy mô 05 vườn, mỗi vườn từ 500 m2 trở lên. Hội Nông dân xã chủ trì; "
        "thời gian: Quý IV/2026.\n"
    )
    [garden] = plan.tasks
    assert garden.title == "Xây dựng mô hình vườn mẫu tại thôn Nà Lạn"
    assert garden.lead_text == "Hội Nông dân xã"
    assert garden.ends_on == datetime.date(2026, 12, 31)
    # The details are kept, not taken for the lead.
    assert "Quy mô 05 vườn, mỗi vườn từ 500 m2 trở lên" in garden.description


def test_an_assigning_sentence_after_a_full_stop_never_glues_onto_the_work():
    tasks = by_title(
        plan_of(
            "- Lắp đặt 20 bóng đèn chiếu sáng đường liên thôn. Đoàn Thanh niên "
            "xã chủ trì thực hiện, Công an xã phối hợp; thời gian thực hiện: "
            "tháng 12/2026.\n"
            "- Làm mới biển tên thôn. Giao Văn phòng HĐND và UBND xã chủ trì; "
            "hoàn thành trước ngày 15/10/2026.\n"
        )
    )
    lights = tasks["Lắp đặt 20 bóng đèn chiếu sáng đường liên thôn"]
    assert lights.lead_text == "Đoàn Thanh niên xã"
    assert lights.coordinating_units == ["Công an xã"]
    assert lights.ends_on == datetime.date(2026, 12, 31)
    signs = tasks["Làm mới biển tên thôn"]
    assert signs.lead_text == "Văn phòng HĐND và UBND xã"
    assert signs.ends_on == datetime.date(2026, 10, 15)


def test_thuc_hien_before_a_recurring_time_is_the_verb_not_the_time():
    assert time_range("thực hiện thường xuyên", default_year=2026) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 12, 31),
    )
    assert time_range("Thực hiện hằng năm", default_year=2027) == (
        datetime.date(2027, 1, 1),
        datetime.date(2027, 12, 31),
    )


TOPICS = (
    "1. Lĩnh vực giao thông\n"
    "Cứng hóa 3,5 km đường trục thôn Nà Lạn. Giao Phòng Kinh tế chủ trì, "
    "phối hợp Ban phát triển thôn tổ chức thực hiện; thời gian hoàn thành "
    "trong tháng 10/2026.\n"
    "2. Thủy lợi (Tiêu chí số 3)\n"
    "Nạo vét 2 km kênh mương nội đồng. Hợp tác xã nông nghiệp chủ trì, phối "
    "hợp các thôn; hoàn thành trước ngày 30/6/2026.\n"
    "3. Hạ tầng kinh tế - xã hội\n"
    "Xây dựng chợ xã. Giao Ban quản lý dự án xã chủ trì; thời gian: Quý "
    "IV/2026.\n"
    "4. Tiêu chí số 5 - Trường học\n"
    "a) Đối với tiêu chí Trường học\n"
    "Lắp đặt hệ thống nước sạch cho trường mầm non. Trường Mầm non xã chủ "
    "trì; thời gian: tháng 9/2026.\n"
)


def test_a_heading_with_no_verb_of_work_over_one_assigned_paragraph_is_its_topic():
    """Not only "Về …": a field, a criterion before or after its name, "Đối
    với …" under a letter, a noun phrase. The heading starts with no verb
    of work and states nothing; its one paragraph starts with one and
    assigns it: the paragraph is the task, the heading its group."""
    plan = plan_of(TOPICS)
    assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == [
        ("1", "Cứng hóa 3,5 km đường trục thôn Nà Lạn", "Phòng Kinh tế"),
        ("2", "Nạo vét 2 km kênh mương nội đồng", "Hợp tác xã nông nghiệp"),
        ("3", "Xây dựng chợ xã", "Ban quản lý dự án xã"),
        ("4.a", "Lắp đặt hệ thống nước sạch cho trường mầm non", "Trường Mầm non xã"),
    ]
    tasks = by_title(plan)
    road = tasks["Cứng hóa 3,5 km đường trục thôn Nà Lạn"]
    assert road.description.startswith("Lĩnh vực giao thông")
    assert road.coordinating_units == ["Ban phát triển thôn"]
    assert road.ends_on == datetime.date(2026, 10, 31)
    assert tasks["Xây dựng chợ xã"].ends_on == datetime.date(2026, 12, 31)
    school = tasks["Lắp đặt hệ thống nước sạch cho trường mầm non"]
    assert school.description.startswith("Đối với tiêu chí Trường học")
    assert school.ends_on == datetime.date(2026, 9, 30)
    assert all(line.used for line in plan.source)


def test_a_topic_heading_over_several_assigned_paragraphs_gives_a_task_each():
    """Two paragraphs of work under one topic heading, each assigned in a
    sentence of its own: two tasks, each with its own lead and deadline,
    the heading the group of both."""
    plan = plan_of(
        "1. Về môi trường (Tiêu chí số 17)\n"
        "Thu gom rác thải tại các thôn. Tổ dịch vụ vệ sinh môi trường chủ trì; "
        "thực hiện thường xuyên.\n"
        "Trồng 500 cây xanh dọc đường liên thôn. Đoàn Thanh niên xã chủ trì, "
        "phối hợp Hội Cựu chiến binh xã; thời gian: Quý I/2026.\n"
        "2. Lĩnh vực y tế\n"
        "Khám sức khỏe định kỳ cho người cao tuổi. Trạm Y tế xã chủ trì; thời "
        "hạn: 30/10/2026.\n"
        "Tập huấn sơ cứu cho nhân viên y tế thôn. Giao Trạm Y tế xã chủ trì, "
        "phối hợp Hội Chữ thập đỏ xã; hoàn thành trong tháng 8/2026.\n"
    )
    assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == [
        ("1.1", "Thu gom rác thải tại các thôn", "Tổ dịch vụ vệ sinh môi trường"),
        ("1.2", "Trồng 500 cây xanh dọc đường liên thôn", "Đoàn Thanh niên xã"),
        ("2.1", "Khám sức khỏe định kỳ cho người cao tuổi", "Trạm Y tế xã"),
        ("2.2", "Tập huấn sơ cứu cho nhân viên y tế thôn", "Trạm Y tế xã"),
    ]
    trees, training = plan.tasks[1], plan.tasks[3]
    assert trees.coordinating_units == ["Hội Cựu chiến binh xã"]
    assert trees.ends_on == datetime.date(2026, 3, 31)
    assert trees.description.startswith("Về môi trường (Tiêu chí số 17)")
    assert training.coordinating_units == ["Hội Chữ thập đỏ xã"]
    assert training.ends_on == datetime.date(2026, 8, 31)
    assert plan.tasks[2].ends_on == datetime.date(2026, 10, 30)
    assert all(line.used for line in plan.source)


@pytest.mark.parametrize(
    ("heading", "work"),
    [
        ("3. Tiêu chí Y tế", "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%"),
        ("3. Tiêu chí số 15 - Y tế", "Giữ tỷ lệ trẻ em được tiêm chủng trên 98%"),
        ("3. Đối với tiêu chí Y tế", "Nâng tỷ lệ người dân có hồ sơ sức khỏe lên 90%"),
        # No "tiêu chí": a topic beside headings that hold lettered tasks.
        ("3. Y tế (Tiêu chí số 15)", "Nâng tỷ lệ người dân tham gia bảo hiểm y tế"),
        ("3. Lĩnh vực y tế", "Giữ tỷ lệ trạm y tế đạt chuẩn quốc gia"),
    ],
)
def test_a_criterion_over_one_unlettered_paragraph_is_its_group(heading, work):
    """Round 17h: criterion headings over "a)", "b)" tasks, one over a single
    paragraph with no letter whose work opens with no listed verb ("Nâng tỷ
    lệ …"): the paragraph's first sentence is the task, as its lettered
    siblings are, not the criterion's name."""
    data = word_plan(
        p(runs=[("1. Tiêu chí Giao thông", "b")]),
        p(
            "a) Bảo dưỡng 5 km đường trục thôn. Giao Phòng Kinh tế chủ trì, phối"
            " hợp với các thôn thực hiện; hoàn thành trước ngày 30/6/2026."
        ),
        p(runs=[(heading, "b")]),
        p(
            f"{work}. Giao Trạm Y tế xã chủ trì, phối hợp với Hội Chữ thập đỏ xã"
            " thực hiện; hoàn thành trước ngày 31/12/2026."
        ),
    )
    plan = read_plan(data, "ke-hoach.docx")
    assert [t.title for t in plan.tasks] == [
        "Bảo dưỡng 5 km đường trục thôn",
        work,
    ]
    task = plan.tasks[1]
    assert task.lead_text == "Trạm Y tế xã"
    assert task.coordinating_units == ["Hội Chữ thập đỏ xã"]
    assert task.ends_on == datetime.date(2026, 12, 31)
    assert task.description.startswith(heading[3:])
