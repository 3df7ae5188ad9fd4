"""The official a task names is a person: the name and the post split
(`persons.person_and_post`), the person measured and matched by name, the
text kept as written (docs/import.md, "Người cụ thể"; docs/import-quality.md,
"offsplit")."""

from __future__ import annotations

import pytest

from plans.document_import import quality
from plans.document_import.parsed import ParsedPlan, ParsedTask
from plans.document_import.persons import person_and_post
from plans.document_import.proposal import _official
from tests.factories import AgencyFactory, commune, province
from tests.plans.conftest import confirm_import, preview_as_superuser, preview_data
from villages.models import Official


@pytest.mark.parametrize(
    ("written", "name", "post"),
    [
        ("Lê Văn Nam – công chức Nông nghiệp", "Lê Văn Nam", "công chức Nông nghiệp"),
        (
            "Công chức Văn hóa - Xã hội (đ/c Lăng Thị Hoa)",
            "Lăng Thị Hoa",
            "Công chức Văn hóa - Xã hội",
        ),
        ("Công chức Địa chính - Xây dựng", "", "Công chức Địa chính - Xây dựng"),
        (
            "Bùi Văn Hải - Phó Chủ tịch UBND xã, Phó Trưởng ban",
            "Bùi Văn Hải",
            "Phó Chủ tịch UBND xã, Phó Trưởng ban",
        ),
        ("ông Nguyễn Văn An, Trưởng thôn", "Nguyễn Văn An", "Trưởng thôn"),
        (
            "Phó Chủ tịch UBND xã Nguyễn Văn Bình",
            "Nguyễn Văn Bình",
            "Phó Chủ tịch UBND xã",
        ),
        ("đồng chí Trần Thị Cúc (Phó Chủ tịch)", "Trần Thị Cúc", "Phó Chủ tịch"),
        ("Đ/c Hà", "Hà", ""),
        # A lone given name, as a plan of one village writes its people.
        ("Thơm", "Thơm", ""),
        ("Y Bih Niê - Bí thư Chi bộ", "Y Bih Niê", "Bí thư Chi bộ"),
        ("H’Mai Êban - Ủy viên BCH", "H’Mai Êban", "Ủy viên BCH"),
        (
            "Nguyễn Thị Lan Anh - Phó Chủ tịch UBND xã",
            "Nguyễn Thị Lan Anh",
            "Phó Chủ tịch UBND xã",
        ),
        ("Nông Văn Tám, Trưởng thôn Nà Lừa", "Nông Văn Tám", "Trưởng thôn Nà Lừa"),
        ("Lâm Thị Bích Tuyền", "Lâm Thị Bích Tuyền", ""),
        ("Phó Chủ tịch UBND xã - đ/c Lò Văn Sơn", "Lò Văn Sơn", "Phó Chủ tịch UBND xã"),
        # Places and bodies named like people are no one.
        ("Trưởng thôn Đoàn Kết", "", "Trưởng thôn Đoàn Kết"),
        ("Đoàn Thanh niên xã", "", "Đoàn Thanh niên xã"),
        ("Bí thư Chi bộ thôn Hà Quảng", "", "Bí thư Chi bộ thôn Hà Quảng"),
        ("", "", ""),
    ],
)
def test_an_official_splits_into_the_person_and_the_post(written, name, post):
    assert person_and_post(written) == (name, post)


def _officials_score(read: str, expected: str) -> float:
    plan = ParsedPlan(tasks=[ParsedTask("1", "Rà soát hộ nghèo", official_text=read)])
    wanted = {"tasks": [{"title": "Rà soát hộ nghèo", "official": expected}]}
    return quality.measure(plan, wanted).scores["officials"].recall


def test_the_measure_compares_the_person_when_both_readings_name_one():
    read = "Bùi Văn Hải - Phó Chủ tịch UBND xã, Phó Trưởng ban"
    assert _officials_score(read, "Bùi Văn Hải") == 1.0
    assert _officials_score(read, "Bùi Văn Hải - Phó Chủ tịch UBND xã") == 1.0
    assert _officials_score(read, "Bùi Văn Hào") == 0.0
    # No name on one side: the whole texts, as before.
    assert _officials_score(read, "Phó Chủ tịch UBND xã") == 0.0
    post = "Công chức Địa chính - Xây dựng"
    assert _officials_score(post, post) == 1.0
    assert _officials_score(post, "Công chức Văn hóa - Xã hội") == 0.0


def test_a_named_person_is_matched_by_the_name_before_the_post():
    an = Official(full_name="Nguyễn Văn An", position="Phó Chủ tịch UBND xã")
    binh = Official(full_name="Nguyễn Văn Bình", position="Phó Chủ tịch UBND xã")
    assert _official("Phó Chủ tịch UBND xã Nguyễn Văn Bình", [an, binh]) is binh
    # A post alone: its holder, as before.
    assert _official("Phó Chủ tịch UBND xã", [an, binh]) is an
    # A person the commune does not list is no other holder of the post.
    assert _official("Phó Chủ tịch UBND xã Trần Văn Cường", [an, binh]) is None
    # A name is the whole name: "Nguyễn Văn An" is not "Nguyễn Văn Anh".
    assert _official("Nguyễn Văn Anh - Phó Chủ tịch UBND xã", [an, binh]) is None


PLAN = """ỦY BAN NHÂN DÂN
XÃ TIÊN LÃNG
Số: 41/KH-UBND
Tiên Lãng, ngày 12 tháng 3 năm 2027
KẾ HOẠCH
Rà soát hộ nghèo, hộ cận nghèo năm 2027
I. NHIỆM VỤ
1. Rà soát, lập danh sách hộ nghèo, hộ cận nghèo trên địa bàn xã
+ Thời gian: trước ngày 30/6/2027
+ Công chức tham mưu thực hiện: đ/c Bùi Văn Hải - Phó Chủ tịch UBND xã, Phó Trưởng ban
2. Tổng hợp, báo cáo kết quả rà soát về UBND huyện
+ Thời gian: trước ngày 30/9/2027
+ Công chức tham mưu thực hiện: Công chức Văn hóa - Xã hội
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Tuấn
"""


@pytest.mark.django_db
def test_the_preview_shows_what_was_read_and_the_task_keeps_it(client):
    tien_lang = commune(province("Hải Phòng"), "Tiên Lãng")
    people = AgencyFactory(area=tien_lang, name="Ủy ban nhân dân xã Tiên Lãng")
    hai = Official.objects.create(
        full_name="Bùi Văn Hải", position="Phó Chủ tịch UBND xã", agency=people
    )
    ha = Official.objects.create(
        full_name="Lê Thị Hà", position="Công chức Văn hóa - Xã hội", agency=people
    )
    page = preview_as_superuser(client, PLAN, area=tien_lang)
    posted = preview_data(page)
    # The person named: the text as read, known; the post alone: its holder.
    assert posted["tasks-0-official"] == (
        "Bùi Văn Hải - Phó Chủ tịch UBND xã, Phó Trưởng ban"
    )
    assert posted["tasks-1-official"] == "Lê Thị Hà – Công chức Văn hóa - Xã hội"
    assert "chưa có trong danh sách" not in page.content.decode()
    poor, report = confirm_import(client, posted).tasks.order_by("order")
    assert (poor.responsible_official, poor.responsible_text) == (
        hai,
        "Bùi Văn Hải - Phó Chủ tịch UBND xã, Phó Trưởng ban",
    )
    assert (report.responsible_official, report.responsible_text) == (
        ha,
        "Lê Thị Hà – Công chức Văn hóa - Xã hội",
    )
