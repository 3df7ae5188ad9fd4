"""Mends of review 40 (helper m40c): a street named after a person, in
brackets after the work ("tuyến đường (Lê Lợi - đoạn qua thôn Đông)"), is
the work's place, no official; a bracket that names a person first keeps
doing so when what follows the name opens on a post ("(Hồ Thị Nga - YS)",
"(Nông Thị Huệ, nữ hộ sinh)")."""

from __future__ import annotations

import pytest

from tests.plans.reading import plan_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Nâng cấp 1,2 km vỉa hè tuyến đường (Lê Lợi - đoạn qua thôn Đông), "
        "hoàn thành trong quý III/2026.",
        "Lát gạch vỉa hè tuyến phố (Trần Phú, khu dân cư số 3), hoàn thành "
        "trước ngày 30/9/2026.",
        "Xây dựng nhà văn hóa thôn (Nguyễn Trãi - thôn Tây).",
        "Trồng cây xanh dọc tuyến đường (Hai Bà Trưng, tổ dân phố 5).",
        "Sửa chữa cống thoát nước (Lê Lai - ấp Bình Đông).",
    ],
)
def test_a_street_named_after_a_person_is_no_official(sentence):
    (task,) = plan_of(f"1. {sentence}\n").tasks
    bracket = sentence[sentence.index("(") : sentence.index(")") + 1]
    assert bracket in task.title
    assert not task.official_text


@pytest.mark.parametrize(
    ("sentence", "title", "official"),
    [
        ("Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi (Hồ Thị Nga - YS).",
         "Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi", "Hồ Thị Nga"),
        ("Đo đạc, chỉnh lý bản đồ địa chính các thôn (Nguyễn Văn An, cán bộ "
         "địa chính xã), hoàn thành trước 30/6/2026.",
         "Đo đạc, chỉnh lý bản đồ địa chính các thôn", "Nguyễn Văn An"),
        ("Quản lý thai sản cho phụ nữ có thai trên địa bàn (Nông Thị Huệ, nữ "
         "hộ sinh).",
         "Quản lý thai sản cho phụ nữ có thai trên địa bàn", "Nông Thị Huệ"),
        ("Thu, chi quỹ phòng chống thiên tai năm 2026 (Lê Thị Mai - kế toán).",
         "Thu, chi quỹ phòng chống thiên tai năm 2026", "Lê Thị Mai"),
        ("Rà soát hộ nghèo, hộ cận nghèo của thôn (Trần Văn Tú, trưởng thôn).",
         "Rà soát hộ nghèo, hộ cận nghèo của thôn", "Trần Văn Tú"),
    ],
)  # fmt: skip
def test_a_person_named_first_before_his_post_is_the_official(
    sentence, title, official
):
    (task,) = plan_of(f"1. {sentence}\n").tasks
    assert task.title == title
    assert task.official_text == official
