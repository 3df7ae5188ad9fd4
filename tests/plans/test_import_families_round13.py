"""The families that round 13 found (docs/import-quality.md), tried on
plans that are in no corpus: numbers typed with a slash ("1/", "a/", "I/",
"1.1/") as offices type them when they skip Word's lists, with tasks that
name their criterion by its field ("Tiêu chí Giao thông: …") and assign it
after the work ("Đơn vị thực hiện: …; xong trước 30/6"); tasks listed
under time headings ("Tháng 01/2027", "Quý II/2027", "Tuần 1 (từ 05 -
09/01/2027)") whose period is every item's time; an assignment table whose
first column is the body and whose task cell holds several "-" tasks, each
with its time in brackets."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.outline import marker
from tests.plans.test_import_families import by_title, plan_of

D = datetime.date


@pytest.mark.parametrize(
    "line, kind, number, rest",
    [
        ("1/ Mục đích", "dec1", "1", "Mục đích"),
        ("2/ Nội dung khắc phục", "dec1", "2", "Nội dung khắc phục"),
        ("1.2/ Về môi trường", "dec2", "1.2", "Về môi trường"),
        ("a/ Tiêu chí Y tế: khám", "letter", "a", "Tiêu chí Y tế: khám"),
        ("đ/ Lắp đèn", "letter", "đ", "Lắp đèn"),
        ("II/ NỘI DUNG", "roman", "II", "NỘI DUNG"),
        ("3) Làm đường", "dec1", "3", "Làm đường"),
    ],
)
def test_numbers_typed_with_a_slash_are_markers(line, kind, number, rest):
    assert marker(line) == (kind, number, rest)


@pytest.mark.parametrize(
    "line", ["30/6 là hạn cuối", "1/2 số hộ đã đăng ký", "b/c kết quả", "2/2027"]
)
def test_a_slash_with_no_space_after_it_is_no_marker(line):
    assert marker(line)[0] == "text"


SLASHED = (
    "1/ Giao thông\n"
    "a/ Tiêu chí Giao thông: cứng hóa 1,2 km đường trục thôn Tân Lập. "
    "Đơn vị thực hiện: Phòng Kinh tế; xong trước 30/9.\n"
    "b/ Tiêu chí Thủy lợi và phòng, chống thiên tai: nạo vét 3 km kênh mương "
    "nội đồng. Đơn vị thực hiện: Hợp tác xã nông nghiệp, phối hợp các thôn; "
    "chậm nhất ngày 15/5/2026.\n"
    "2/ Văn hóa, xã hội\n"
    "a/ Tiêu chí Giáo dục: sửa chữa 02 phòng học trường Tiểu học Phú Xá. "
    "Đơn vị thực hiện: Phòng Văn hóa - Xã hội; hoàn thành dứt điểm trong quý III.\n"
    "b/ Tiêu chí Văn hóa: mua sắm trang thiết bị nhà văn hóa thôn Đồng Tâm. "
    "Đơn vị thực hiện: Phòng Văn hóa - Xã hội; đến ngày 31/10/2026.\n"
)


def test_slash_numbered_tasks_name_their_criterion_and_are_assigned_after_the_work():
    tasks = by_title(plan_of(SLASHED))
    assert list(tasks) == [
        "Cứng hóa 1,2 km đường trục thôn Tân Lập",
        "Nạo vét 3 km kênh mương nội đồng",
        "Sửa chữa 02 phòng học trường Tiểu học Phú Xá",
        "Mua sắm trang thiết bị nhà văn hóa thôn Đồng Tâm",
    ]
    road = tasks["Cứng hóa 1,2 km đường trục thôn Tân Lập"]
    assert (road.number, road.lead_text, road.ends_on) == (
        "1.a",
        "Phòng Kinh tế",
        D(2026, 9, 30),  # "xong trước 30/9": the plan's year
    )
    # The criterion named by its field stays with the task.
    assert "Tiêu chí Giao thông" in road.description
    canal = tasks["Nạo vét 3 km kênh mương nội đồng"]
    assert canal.lead_text == "Hợp tác xã nông nghiệp"
    assert canal.coordinating_units == ["các thôn"]
    assert canal.ends_on == D(2026, 5, 15)
    school = tasks["Sửa chữa 02 phòng học trường Tiểu học Phú Xá"]
    assert (school.number, school.ends_on) == ("2.a", D(2026, 9, 30))
    assert tasks["Mua sắm trang thiết bị nhà văn hóa thôn Đồng Tâm"].ends_on == D(
        2026, 10, 31
    )


def test_roman_and_decimal_slashes_nest_like_dots():
    plan = plan_of(
        "1.1/ Lắp 20 bóng đèn chiếu sáng đường thôn Đồng Tâm (Phòng Kinh tế chủ "
        "trì; hoàn thành trước ngày 30/6/2026).\n"
        "1.2/ Trồng 500 cây xanh trên tuyến đường trục xã (Đoàn Thanh niên xã "
        "chủ trì; hoàn thành trước ngày 31/3/2026).\n"
    )
    assert [(t.number, t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        (
            "1.1",
            "Lắp 20 bóng đèn chiếu sáng đường thôn Đồng Tâm",
            "Phòng Kinh tế",
            D(2026, 6, 30),
        ),
        (
            "1.2",
            "Trồng 500 cây xanh trên tuyến đường trục xã",
            "Đoàn Thanh niên xã",
            D(2026, 3, 31),
        ),
    ]
