"""Readings that must not depend on a word being in a list. The importer
reads who leads, who takes part and where the work starts partly through
word lists (labels.toml [work], units.BODY_KINDS); real plans bring verbs
and kinds of body nobody listed (round 29v: a fund, a post office, a power
company, a border post, a company; "tiêm phòng", "cho vay", "bao tiêu").
The sentence's structure says as much: the name before "chủ trì" leads, a
partner's name ends on its level ("… các thôn", "… xã") or its proper name
("Công ty TNHH …"), and the lower-case word after it starts the work. Each
case here uses words in no list (checked in the first test)."""

from __future__ import annotations

import pytest

from ntm.text import fold
from plans.document_import.attributes import WORK
from plans.document_import.units import BODY_HEAD, units
from tests.plans.reading import HEAD, TAIL, plan_of, read_plan

# Verbs and kinds of body the cases below use that are in no list (checked,
# so that adding them to a list later does not silently turn the cases into
# tests of the list). A heading or a sentence's subject needs its kind in
# labels.toml [body] (this change adds "Bưu điện", "Thư viện", "Lâm
# trường"); its verb still need not be listed.
UNLISTED_VERBS = ["Súc rửa", "Tỉa thưa", "Cung ứng", "Chuyển phát", "Xoay vòng"]
UNLISTED_KINDS = ["Nhà máy nước", "Trang trại", "Siêu thị"]


def tasks(body: str) -> list[tuple[str, str, list[str]]]:
    plan = plan_of(body)
    return [(t.title, t.lead_text, t.coordinating_units) for t in plan.tasks]


def test_a_lead_of_an_unlisted_kind_before_chu_tri_and_an_unlisted_verb():
    # The cases use words in no list.
    assert [v for v in UNLISTED_VERBS if WORK.match(fold(v) + " x")] == []
    assert [k for k in UNLISTED_KINDS if BODY_HEAD.match(fold(k) + " x")] == []
    assert tasks(
        "1. Nhà máy nước Bình Minh chủ trì, phối hợp với Ban phát triển các thôn "
        "súc rửa 12 km đường ống cấp nước; hoàn thành trước ngày 30/9/2027.\n"
    ) == [
        (
            "Súc rửa 12 km đường ống cấp nước",
            "Nhà máy nước Bình Minh",
            ["Ban phát triển các thôn"],
        )
    ]


@pytest.mark.parametrize(
    ("partners", "named"),
    [
        # The partner's name ends on its level.
        ("Hội Nông dân xã", ["Hội Nông dân xã"]),
        # Two, the last of an unlisted kind, closed by its place.
        (
            "Hội Nông dân xã, Trang trại Bò sữa Yên Sơn",
            ["Hội Nông dân xã", "Trang trại Bò sữa Yên Sơn"],
        ),
        # A company: its proper name, then the work in lower case.
        (
            "Công ty Cổ phần Giống cây trồng Miền Bắc",
            ["Công ty Cổ phần Giống cây trồng Miền Bắc"],
        ),
    ],
)
def test_the_partners_end_where_the_unlisted_verb_of_the_work_begins(partners, named):
    assert tasks(
        f"1. Phòng Kinh tế chủ trì, phối hợp với {partners} tỉa thưa 20 ha rừng "
        "keo; thời gian: Quý III/2027.\n"
    ) == [("Tỉa thưa 20 ha rừng keo", "Phòng Kinh tế", named)]


def test_under_a_body_heading_chu_tri_then_a_partner_then_an_unlisted_verb():
    assert tasks(
        "1. Phòng Kinh tế\n"
        "- Chủ trì, phối hợp với Hợp tác xã Nông nghiệp Bình Minh cung ứng 5 tấn "
        "lúa giống, hoàn thành trong Quý I/2027.\n"
    ) == [
        (
            "Cung ứng 5 tấn lúa giống",
            "Phòng Kinh tế",
            ["Hợp tác xã Nông nghiệp Bình Minh"],
        )
    ]


def test_a_heading_that_names_a_body_of_an_unlisted_kind_gives_it_the_duties():
    assert tasks(
        "1. Bưu điện tỉnh\n"
        "- Chuyển phát lương hưu tận nhà cho 300 người cao tuổi, hoàn thành trong Quý "
        "II/2027.\n"
        "2. Lâm trường Yên Sơn\n"
        "- Xoay vòng 10 ha rừng trồng cho các hộ nhận khoán; thời gian: tháng "
        "8/2027.\n"
    ) == [
        ("Chuyển phát lương hưu tận nhà cho 300 người cao tuổi", "Bưu điện tỉnh", []),
        (
            "Xoay vòng 10 ha rừng trồng cho các hộ nhận khoán",
            "Lâm trường Yên Sơn",
            [],
        ),
    ]


# What the structure must not read as a body: a sentence that opens on no
# body's name keeps its words in its title, and leads nothing.
@pytest.mark.parametrize(
    "other",
    [
        "Đường trục xã được cứng hóa toàn bộ 3,5 km",
        "Sản phẩm OCOP của xã phối hợp quảng bá tại các điểm du lịch",
        "Nhân dân các thôn hiến đất mở rộng đường ngõ xóm",
    ],
)
def test_a_subject_of_an_unlisted_kind_then_an_unlisted_verb_leads(other):
    assert tasks(
        "1. Thư viện tỉnh xoay vòng 2.000 đầu sách về các xã; thời gian: Quý "
        f"III/2027.\n2. {other}; thời gian: Quý IV/2027.\n"
    ) == [
        ("Xoay vòng 2.000 đầu sách về các xã", "Thư viện tỉnh", []),
        (other, "", []),
    ]


def test_a_bracket_names_several_partners_of_unlisted_kinds():
    assert tasks(
        "1. Ngầm hóa 2 km cáp viễn thông (Viettel Hà Giang chủ trì, VNPT Hà Giang, "
        "Bưu điện tỉnh phối hợp; thời gian: Quý III/2027).\n"
    ) == [
        (
            "Ngầm hóa 2 km cáp viễn thông",
            "Viettel Hà Giang",
            ["VNPT Hà Giang", "Bưu điện tỉnh"],
        )
    ]


def test_a_list_splits_at_a_body_of_an_unlisted_kind():
    assert units("Hợp tác xã Mật ong Bình Minh, Siêu thị Co.op Hà Giang") == [
        "Hợp tác xã Mật ong Bình Minh",
        "Siêu thị Co.op Hà Giang",
    ]


def test_a_body_heading_leads_its_items_not_the_units_the_part_names():
    plan = read_plan(
        HEAD.replace("II. NHIỆM VỤ", "II. NHIỆM VỤ CỦA CÁC ĐƠN VỊ")
        + "1. Bưu điện tỉnh\n"
        "- Chuyển phát lương hưu tận nhà cho 300 người cao tuổi, hoàn thành trong Quý "
        "II/2027.\n"
        "2. Công ty TNHH Thương mại Minh Phát\n"
        "- Thu mua 300 tấn gừng theo hợp đồng bao tiêu; thời gian: tháng 11/2027.\n"
        + TAIL
    )
    assert [(t.title, t.lead_text) for t in plan.tasks] == [
        ("Chuyển phát lương hưu tận nhà cho 300 người cao tuổi", "Bưu điện tỉnh"),
        (
            "Thu mua 300 tấn gừng theo hợp đồng bao tiêu",
            "Công ty TNHH Thương mại Minh Phát",
        ),
    ]
