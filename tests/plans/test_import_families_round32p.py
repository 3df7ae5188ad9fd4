"""The prose family of the third blind hold-out's Party plan (round 32p,
docs/import-quality.md), tried on sentences that are in no corpus: the
comrade a task's direction is given to, written before or around the body
that leads it ("Ban Thường vụ Đảng ủy giao đồng chí … chỉ đạo Phòng Kinh
tế xã chủ trì, phối hợp với … xây dựng …", "Đồng chí … chịu trách nhiệm
chỉ đạo; Công an xã chủ trì, …", "…, do đồng chí … phụ trách, …"): the
title is the work, the lead the body that "chủ trì", the official the
comrade; and the work written before its assignment ("…, giao X chủ trì,
…"), the partners in a clause of their own ("…; phối hợp với Y thực
hiện"), "hoàn thành" before the work's verb, and a year the sentence ends
on ("… trong năm 2027")."""

from __future__ import annotations

import pytest

from tests.plans.reading import read_plan

HEAD = """ĐẢNG ỦY XÃ CƯ BAO
Số 21-KH/ĐU
Cư Bao, ngày 10 tháng 01 năm 2027
KẾ HOẠCH
Lãnh đạo xây dựng nông thôn mới năm 2027
I. MỤC ĐÍCH
Nâng cao đời sống vật chất, tinh thần của nhân dân.
II. NHIỆM VỤ, GIẢI PHÁP
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
Các chi bộ triển khai thực hiện.
Nơi nhận:
- Lưu: VPĐU.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Y Khim Êban
"""


def only_task(body: str):
    tasks = read_plan(HEAD + body + TAIL).tasks
    assert len(tasks) == 1, [t.title for t in tasks]
    return tasks[0]


@pytest.mark.parametrize(
    ("sentence", "official", "lead", "partners"),
    [
        (
            "Ban Thường vụ Đảng ủy giao đồng chí Y Bhim Niê - Đảng ủy viên, Phó Chủ "
            "tịch UBND xã chỉ đạo Phòng Kinh tế xã chủ trì, phối hợp với Hợp tác xã "
            "Nông nghiệp Cư Bao xây dựng 03 mô hình trồng cây ăn quả, hoàn thành "
            "trong Quý III/2027.",
            "Y Bhim Niê - Đảng ủy viên, Phó Chủ tịch UBND xã",
            "Phòng Kinh tế xã",
            ["Hợp tác xã Nông nghiệp Cư Bao"],
        ),
        (
            "Giao đồng chí Trần Văn Bình - Phó Chủ tịch UBND xã trực tiếp chỉ đạo "
            "Phòng Kinh tế xã chủ trì, phối hợp với Đoàn Thanh niên xã xây dựng 03 "
            "mô hình trồng cây ăn quả trong Quý III/2027.",
            "Trần Văn Bình - Phó Chủ tịch UBND xã",
            "Phòng Kinh tế xã",
            ["Đoàn Thanh niên xã"],
        ),
        (
            "Thường trực Đảng ủy phân công đồng chí Lò Thị Mai, Ủy viên Ban Thường "
            "vụ Đảng ủy trực tiếp chỉ đạo Hội Nông dân xã chủ trì, phối hợp với các "
            "chi hội nông dân thôn xây dựng 03 mô hình trồng cây ăn quả, hoàn thành "
            "trong Quý III/2027.",
            "Lò Thị Mai, Ủy viên Ban Thường vụ Đảng ủy",
            "Hội Nông dân xã",
            ["các chi hội nông dân thôn"],
        ),
        (
            "Đồng chí Nguyễn Văn An - Phó Bí thư Đảng ủy chịu trách nhiệm chỉ đạo; "
            "Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã xây dựng 03 mô "
            "hình trồng cây ăn quả, hoàn thành trong Quý III/2027.",
            "Nguyễn Văn An - Phó Bí thư Đảng ủy",
            "Công an xã",
            ["Ban Chỉ huy Quân sự xã"],
        ),
    ],
)
def test_the_comrade_given_the_direction_is_the_official_not_the_title(
    sentence, official, lead, partners
):
    task = only_task("1. " + sentence + "\n")
    assert task.title == "Xây dựng 03 mô hình trồng cây ăn quả"
    assert task.official_text == official
    assert task.lead_text == lead
    assert task.coordinating_units == partners
    assert task.time_text == (
        "trong Quý III/2027" if "Bình" in sentence else "hoàn thành trong Quý III/2027"
    )


@pytest.mark.parametrize(
    "aside",
    [
        ", do đồng chí Hà Văn Tâm - Chủ tịch Ủy ban MTTQ Việt Nam xã phụ trách",
        "; đồng chí Hà Văn Tâm - Chủ tịch Ủy ban MTTQ Việt Nam xã chịu trách nhiệm",
    ],
)
def test_a_comrade_in_charge_inside_the_sentence_comes_off_its_title(aside):
    task = only_task(
        "1. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 12 thôn"
        + aside
        + ", hoàn thành trước ngày 18/11/2027.\n"
    )
    assert task.title == "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 12 thôn"
    assert task.official_text == "Hà Văn Tâm - Chủ tịch Ủy ban MTTQ Việt Nam xã"
    assert task.time_text == "hoàn thành trước ngày 18/11/2027"


def test_the_work_before_its_assignment_after_a_comma():
    task = only_task(
        "1. Xây dựng 02 sản phẩm OCOP 3 sao, giao Phòng Kinh tế xã chủ trì, phối "
        "hợp với Hợp tác xã Tân Tiến thực hiện, hoàn thành trong tháng 9/2027.\n"
    )
    assert task.title == "Xây dựng 02 sản phẩm OCOP 3 sao"
    assert task.lead_text == "Phòng Kinh tế xã"
    assert task.coordinating_units == ["Hợp tác xã Tân Tiến"]


def test_giving_a_quota_after_a_comma_is_no_assignment():
    task = only_task(
        "1. Rà soát hộ nghèo, giao chỉ tiêu cho các thôn thực hiện trong năm 2027.\n"
    )
    assert task.lead_text != "chỉ tiêu cho các thôn"


def test_partners_in_a_clause_of_their_own_after_the_work():
    task = only_task(
        "1. Ủy ban MTTQ Việt Nam xã chủ trì vận động Nhân dân hiến đất mở rộng "
        "đường ngõ, buôn; phối hợp với Chi hội Người cao tuổi các buôn thực "
        "hiện, thời gian từ tháng 3 đến tháng 5/2027.\n"
    )
    assert task.title == "Vận động Nhân dân hiến đất mở rộng đường ngõ, buôn"
    assert task.lead_text == "Ủy ban MTTQ Việt Nam xã"
    assert task.coordinating_units == ["Chi hội Người cao tuổi các buôn"]


def test_partners_in_a_clause_of_their_own_with_the_people_of_the_place():
    task = only_task(
        "1. Ủy ban MTTQ Việt Nam xã chủ trì vận động Nhân dân hiến đất mở rộng "
        "đường ngõ, buôn; phối hợp với Chi hội Người cao tuổi các buôn và già "
        "làng thực hiện, thời gian từ tháng 3 đến tháng 5/2027.\n"
    )
    assert task.title == "Vận động Nhân dân hiến đất mở rộng đường ngõ, buôn"
    assert task.coordinating_units == ["Chi hội Người cao tuổi các buôn", "già làng"]


def test_hoan_thanh_before_the_works_verb_ends_the_partners():
    task = only_task(
        "1. Giao Ủy ban nhân dân xã chủ trì, phối hợp với Ban Quản lý các dự án "
        "đầu tư xây dựng khu vực hoàn thành nâng cấp, cứng hóa 4,2 km đường liên "
        "buôn trước ngày 30/6/2027.\n"
    )
    assert task.title == "Nâng cấp, cứng hóa 4,2 km đường liên buôn"
    assert task.coordinating_units == ["Ban Quản lý các dự án đầu tư xây dựng khu vực"]


def test_a_year_a_prose_assignment_ends_on_is_its_time():
    task = only_task(
        "1. Giao Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Chi hội phụ nữ các "
        'thôn thực hiện mô hình "Thôn sáng - xanh - sạch - đẹp" tại thôn 3 trong '
        "năm 2027.\n"
    )
    assert task.title == 'Thực hiện mô hình "Thôn sáng - xanh - sạch - đẹp" tại thôn 3'
    assert task.time_text == "trong năm 2027"


@pytest.mark.parametrize(
    "villages",
    ["các buôn Ea Kar, Buôn Tơ Lơ", "các xóm Nà Bó, Khuổi Hẩu", "các ấp 3, 4"],
)
def test_villages_counted_after_va_are_a_partner_of_their_own(villages):
    task = only_task(
        "1. Giao Hội Nông dân xã chủ trì, phối hợp với Hợp tác xã Nông nghiệp Cư "
        f"Bao và {villages} xây dựng 02 chuỗi liên kết sản xuất cà phê, hoàn "
        "thành trong Quý III/2027.\n"
    )
    assert task.coordinating_units == ["Hợp tác xã Nông nghiệp Cư Bao", villages]


@pytest.mark.parametrize(
    "line",
    [
        "- Phân công: Đồng chí Lò Văn Sáng - Phó Chủ tịch UBND xã chỉ đạo; Hội "
        "Nông dân xã chủ trì, phối hợp với Hợp tác xã Yên Sơn.",
        "- Giao: đồng chí Lò Văn Sáng - Phó Chủ tịch UBND xã trực tiếp chỉ đạo "
        "Hội Nông dân xã chủ trì, phối hợp với Hợp tác xã Yên Sơn thực hiện.",
    ],
)
def test_a_labelled_line_that_gives_the_direction_first(line):
    task = only_task(
        "1. Xây dựng 02 mô hình nuôi bò sinh sản\n"
        + line
        + "\n- Thời gian: Quý III/2027.\n"
    )
    assert task.title == "Xây dựng 02 mô hình nuôi bò sinh sản"
    assert task.official_text == "Lò Văn Sáng - Phó Chủ tịch UBND xã"
    assert task.lead_text == "Hội Nông dân xã"
    assert task.coordinating_units == ["Hợp tác xã Yên Sơn"]
