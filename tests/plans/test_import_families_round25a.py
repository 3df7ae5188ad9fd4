"""The families a blind hold-out of ordinary plans read badly (round 25a,
docs/import-quality.md), tried on plans that are in no corpus: attribute
labels read by their head words ("Thành viên phụ trách", "Cơ quan thường
trực", "Bộ phận phối hợp"), the official in brackets after "Giao X chủ
trì" with the partners after it and the deadline in a second sentence, and
duties grouped by agency whose items open "Chủ trì, phối hợp với Y …"."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.attributes import attribute
from plans.document_import.units import partner_first, without_honorific
from tests.plans.reading import read_plan

D = datetime.date

HEAD = """ỦY BAN NHÂN DÂN
XÃ BÌNH MINH
Số: 14/KH-UBND
Bình Minh, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng nông thôn mới năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành các nhiệm vụ đúng tiến độ.
"""

CLOSING = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Minh
"""


def text_plan(body: str):
    return read_plan(HEAD + body + CLOSING, "ke-hoach.txt")


def rows(plan):
    return [
        (t.title, t.lead_text, t.coordinating_units, t.official_text, t.ends_on)
        for t in plan.tasks
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cơ quan thường trực: Phòng Kinh tế", ("lead", "Phòng Kinh tế")),
        ("Đơn vị thường trực thực hiện: Phòng Kinh tế", ("lead", "Phòng Kinh tế")),
        ("Cơ quan chịu trách nhiệm: Công an xã", ("lead", "Công an xã")),
        ("Bộ phận thực hiện: Văn phòng HĐND và UBND xã", ("lead", "Văn phòng HĐND và UBND xã")),
        ("Bộ phận phối hợp: Công an xã, các thôn", ("coordinating", "Công an xã, các thôn")),
        (
            "Thành viên phụ trách: đồng chí Nguyễn Văn Bình – Phó Chủ tịch UBND xã",
            ("official", "đồng chí Nguyễn Văn Bình – Phó Chủ tịch UBND xã"),
        ),
        ("Công chức theo dõi: Phạm Thị Thu", ("official", "Phạm Thị Thu")),
        (
            "Thành viên Ban Chỉ đạo phụ trách: đ/c Lò Văn Sơn, Chủ tịch Hội Nông dân",
            ("official", "đ/c Lò Văn Sơn, Chủ tịch Hội Nông dân"),
        ),
        # Work, not a label: no colon after a short label.
        ("Phối hợp với Hội Nông dân xã tổ chức hội thi nhà nông giỏi", None),
        ("Cơ quan, đơn vị thường trực chịu trách nhiệm tổng hợp kết quả", None),
    ],
)  # fmt: skip
def test_a_label_is_read_by_its_head_words(line, expected):
    assert attribute(line) == expected


def test_an_official_keeps_name_and_post_and_loses_address_and_what_they_do():
    assert (
        without_honorific(
            "đồng chí Lê Văn Nam – công chức Nông nghiệp trực tiếp theo dõi"
        )
        == "Lê Văn Nam – công chức Nông nghiệp"
    )
    assert (
        without_honorific("Hoàng Thị Mai – Chủ tịch Hội trực tiếp phụ trách")
        == "Hoàng Thị Mai – Chủ tịch Hội"
    )
    assert (
        without_honorific("Công chức Văn hóa - Xã hội (đ/c Lăng Thị Hoa)")
        == "Lăng Thị Hoa - Công chức Văn hóa - Xã hội"
    )
    assert without_honorific("Trần Thị Hoa") == "Trần Thị Hoa"
    # A post and no one, or work: as written.
    assert without_honorific("Công chức phụ trách") == "Công chức phụ trách"
    assert without_honorific("Cán bộ theo dõi") == "Cán bộ theo dõi"


def test_a_numbered_task_over_labels_in_other_words():
    plan = text_plan(
        "II. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Nạo vét 2 km kênh mương nội đồng\n"
        "- Thành viên phụ trách: đồng chí Nguyễn Văn Bình – Phó Chủ tịch UBND xã\n"
        "- Cơ quan tham mưu: Phòng Kinh tế; phối hợp: Hội Nông dân xã, các thôn\n"
        "- Thời gian hoàn thành: tháng 3/2027\n"
        "- Sản phẩm: Kênh mương được khơi thông\n"
        "2. Cập nhật dữ liệu hộ nghèo\n"
        "- Đơn vị thường trực: Phòng Văn hóa - Xã hội\n"
        "- Bộ phận phối hợp: Công an xã\n"
        "- Công chức theo dõi: Phạm Thị Thu\n"
        "- Tiến độ: Quý II/2027\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Các đơn vị triển khai thực hiện.\n"
    )
    assert rows(plan) == [
        (
            "Nạo vét 2 km kênh mương nội đồng",
            "Phòng Kinh tế",
            ["Hội Nông dân xã", "các thôn"],
            "Nguyễn Văn Bình – Phó Chủ tịch UBND xã",
            D(2027, 3, 31),
        ),
        (
            "Cập nhật dữ liệu hộ nghèo",
            "Phòng Văn hóa - Xã hội",
            ["Công an xã"],
            "Phạm Thị Thu",
            D(2027, 6, 30),
        ),
    ]
    assert plan.tasks[0].product == "Kênh mương được khơi thông"


def test_the_official_in_the_leads_bracket_and_the_time_in_a_second_sentence():
    plan = text_plan(
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Rà soát quy hoạch chung xây dựng xã. Giao Phòng Kinh tế chủ trì (đồng"
        " chí Lê Văn Nam – công chức Nông nghiệp trực tiếp theo dõi), phối hợp với"
        " Công an xã, Ban phát triển các thôn. Thời gian hoàn thành: tháng 9/2027.\n"
        "2. Vận động hiến đất mở rộng đường ngõ xóm. Giao Ủy ban MTTQ Việt Nam xã"
        " chủ trì, phối hợp với Hội Cựu chiến binh xã. Hoàn thành trong quý II/2027.\n"
        "3. Cập nhật hồ sơ tiêu chí môi trường trên địa bàn xã. Hoàn thành trong"
        " quý III/2027.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Các đơn vị triển khai thực hiện.\n"
    )
    assert rows(plan) == [
        (
            "Rà soát quy hoạch chung xây dựng xã",
            "Phòng Kinh tế",
            ["Công an xã", "Ban phát triển các thôn"],
            "Lê Văn Nam – công chức Nông nghiệp",
            D(2027, 9, 30),
        ),
        (
            "Vận động hiến đất mở rộng đường ngõ xóm",
            "Ủy ban MTTQ Việt Nam xã",
            ["Hội Cựu chiến binh xã"],
            "",
            D(2027, 6, 30),
        ),
        (
            "Cập nhật hồ sơ tiêu chí môi trường trên địa bàn xã",
            "",
            [],
            "",
            D(2027, 9, 30),
        ),
    ]


def test_duties_grouped_by_agency_give_the_work_as_the_title():
    plan = text_plan(
        "II. NỘI DUNG\n"
        "Nhiệm vụ cụ thể của từng cơ quan, đơn vị tại mục III.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Quản lý dự án đầu tư xây dựng xã\n"
        "- Chủ trì, phối hợp với Phòng Kinh tế, Ban phát triển thôn Đồng Tâm cứng"
        " hóa 1,8 km đường trục thôn, hoàn thành trước ngày 30/9/2027.\n"
        "- Chủ trì tham mưu UBND xã ban hành kế hoạch duy tu đường giao thông,"
        " hoàn thành trước ngày 31/3/2027.\n"
        "2. Phòng Văn hóa - Xã hội\n"
        "- Phối hợp với Trạm Y tế xã nâng tỷ lệ người dân tham gia bảo hiểm y tế,"
        " hoàn thành trong quý IV/2027.\n"
        "- Chủ trì, phối hợp với Phòng Kinh tế cập nhật thông tin trên trang thông"
        " tin điện tử của xã, hoàn thành trong tháng 10/2027.\n"
    )
    assert rows(plan) == [
        (
            "Cứng hóa 1,8 km đường trục thôn",
            "Ban Quản lý dự án đầu tư xây dựng xã",
            ["Phòng Kinh tế", "Ban phát triển thôn Đồng Tâm"],
            "",
            D(2027, 9, 30),
        ),
        (
            "Tham mưu UBND xã ban hành kế hoạch duy tu đường giao thông",
            "Ban Quản lý dự án đầu tư xây dựng xã",
            [],
            "",
            D(2027, 3, 31),
        ),
        (
            "Nâng tỷ lệ người dân tham gia bảo hiểm y tế",
            "Phòng Văn hóa - Xã hội",
            ["Trạm Y tế xã"],
            "",
            D(2027, 12, 31),
        ),
        (
            "Cập nhật thông tin trên trang thông tin điện tử của xã",
            "Phòng Văn hóa - Xã hội",
            ["Phòng Kinh tế"],
            "",
            D(2027, 10, 31),
        ),
    ]


@pytest.mark.parametrize(
    ("title", "partner"),
    [
        (
            "Chủ trì, phối hợp với Phòng Kinh tế cập nhật thông tin nông thôn mới",
            "Phòng Kinh tế",
        ),
        (
            "Chủ trì, phối hợp với Phòng Kinh tế, Ban phát triển thôn Đồng Tâm cứng hóa đường",
            "Phòng Kinh tế, Ban phát triển thôn Đồng Tâm",
        ),
        (
            "Phối hợp với Hợp tác xã dịch vụ nông nghiệp Đồng Tâm xây dựng chuỗi liên kết",
            "Hợp tác xã dịch vụ nông nghiệp Đồng Tâm",
        ),
        # A place or an object of the work before the verb: no partner.
        ("Phối hợp với Phòng Kinh tế trên địa bàn xã cập nhật số liệu", None),
    ],
)
def test_the_partners_before_the_work_need_no_level_word(title, partner):
    span = partner_first(title)
    assert (title[span[0] : span[1]] if span else None) == partner
