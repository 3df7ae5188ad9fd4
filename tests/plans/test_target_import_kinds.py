"""New targets from the Excel template (rows without a target id): the kind
is read from a "Loại chỉ tiêu" column when the row fills it, else proposed
from the wording, and the dry run says which (issue 19 part 2)."""

import pytest

from plans import target_import as importing
from plans.models import Target
from tests.plans.test_target_import import (
    DATA_ROW,
    as_upload,
    columns,
    problems,
    template,
    upload,
)


@pytest.fixture
def plan(rate_titled_plan):
    return rate_titled_plan


def _add_rows(ws, rows, kind_column=False):
    """Rows typed under the template's table: name, unit, quantity, the two
    villages' figures (and the kind, in a column the official added)."""
    col = columns(ws)
    con_tong, na_lai = col["Cồn Tòng"], col["Nà Lài"]
    kind_col = "M"
    if kind_column:
        ws[f"{kind_col}4"] = "Loại chỉ tiêu"
    for offset, (name, unit, quantity, a, b, *kind) in enumerate(rows, start=1):
        row = DATA_ROW + offset
        ws[f"B{row}"], ws[f"C{row}"], ws[f"D{row}"] = name, unit, quantity
        ws[f"{con_tong}{row}"], ws[f"{na_lai}{row}"] = a, b
        if kind:
            ws[f"{kind_col}{row}"] = kind[0]


ROWS = [
    ("Tỷ lệ hộ phân loại rác tại nguồn ≥ 80%", "%", 80, 80, 80),
    ("100% hộ có nhà vệ sinh tự hoại", "hộ", 100, 100, 100),
    ("Tỷ lệ hộ nghèo ≤ 2%", "%", 2, 2, 2),
    ("Ban hành quyết định thành lập tổ tự quản", "quyết định", 1, None, None),
    ("Cứng hóa 2,5 km đường", "km", "2,5", "1,5", 1),
]


def test_new_rows_get_the_proposed_kind_and_the_dry_run_says_so(
    official_client, plan, hedge
):
    wb = template(official_client, plan)
    _add_rows(wb[importing.SHEET_TITLE], ROWS)
    response = upload(official_client, plan, as_upload(wb), "check")
    assert response.status_code == 200, problems(response)
    html = response.content.decode()
    assert "Chỉ tiêu mới (5)" in html
    new = response.context["result"].new_targets
    assert [(n.name, n.kind_label, n.proposed) for n in new] == [
        (ROWS[0][0], "Tỷ lệ mỗi thôn phải đạt", True),
        (ROWS[1][0], "Tỷ lệ mỗi thôn phải đạt", True),
        (ROWS[2][0], "Tỷ lệ mỗi thôn phải đạt (càng thấp càng tốt)", True),
        (ROWS[3][0], "Mốc hoàn thành (có/không, ghi ngày)", True),
        (ROWS[4][0], "Khối lượng chia cho các thôn", True),
    ]
    assert (
        "đề xuất theo cách ghi (tên có “100%”); muốn chọn khác, ghi vào cột "
        "“Loại chỉ tiêu”"
    ) in html
    assert Target.objects.count() == 1  # a dry run saves nothing

    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 200, problems(response)
    assert "trong đó 5 chỉ tiêu mới" in response.content.decode()
    saved = {
        t.name: (t.unit, f"{t.quantity.normalize():f}", t.counting, t.higher_is_better)
        for t in Target.objects.exclude(pk=hedge.pk)
    }
    assert saved == {
        ROWS[0][0]: ("%", "80", "running", True),
        ROWS[1][0]: ("%", "100", "running", True),
        ROWS[2][0]: ("%", "2", "running", False),
        ROWS[3][0]: ("quyết định", "1", "yes_no", True),
        ROWS[4][0]: ("km", "2.5", "increment", True),
    }
    rate = Target.objects.get(name=ROWS[1][0])
    assert sorted(a.quantity for a in rate.allocations.all()) == [100, 100]
    assert list(Target.objects.order_by("order").values_list("order", flat=True)) == [
        1,
        2,
        3,
        4,
        5,
        6,
    ]


def test_a_kind_column_overrides_the_proposal(official_client, plan, hedge):
    wb = template(official_client, plan)
    _add_rows(
        wb[importing.SHEET_TITLE],
        [
            # Written as a quantity of households though the name has "100%".
            ("100% hộ có nhà vệ sinh tự hoại", "hộ", 176, 90, 86, "Khối lượng"),
            ("Rác thải chôn lấp", "tấn", 5, 3, 2, "Khối lượng, càng thấp càng tốt"),
            ("Tỷ lệ hộ dùng nước sạch", "%", 95, 95, 95, ""),  # blank: proposed
        ],
        kind_column=True,
    )
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 200, problems(response)
    new = response.context["result"].new_targets
    assert [(n.kind_label, n.proposed) for n in new] == [
        ("Khối lượng chia cho các thôn", False),
        ("Khối lượng chia cho các thôn (càng thấp càng tốt)", False),
        ("Tỷ lệ mỗi thôn phải đạt", True),
    ]
    households = Target.objects.get(name="100% hộ có nhà vệ sinh tự hoại")
    assert (households.unit, households.counting) == ("hộ", "increment")
    assert not Target.objects.get(name="Rác thải chôn lấp").higher_is_better


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            ("Xây nhà văn hóa", None, None, 1, None),
            "ghi đơn vị tính (cột ĐVT) và khối lượng toàn xã lớn hơn 0",
        ),
        (
            ("Tỷ lệ hộ dùng nước sạch", "%", 120, 90, 95),
            "Tỷ lệ toàn xã không được quá 100%.",
        ),
        (
            ("Tỷ lệ hộ dùng nước sạch", "%", 95, 90, 101),
            "Tỷ lệ giao cho thôn không được quá 100%.",
        ),
        (
            ("Cứng hóa 2,5 km đường", "km", "2,5", 1, 1),
            "còn thiếu 0,5 km",
        ),
        (
            ("Tỷ lệ hộ dùng nước sạch", "%", 95, 95, 95, "Khối lượng"),
            "Đơn vị tính “%” là chỉ tiêu tỷ lệ",
        ),
        (
            ("Tỷ lệ hộ dùng nước sạch", "%", 95, 95, 95, "quan trọng"),
            "loại chỉ tiêu “quan trọng” không rõ",
        ),
    ],
)
def test_bad_new_rows_are_refused_by_row_in_vietnamese(
    official_client, plan, hedge, row, message
):
    wb = template(official_client, plan)
    _add_rows(wb[importing.SHEET_TITLE], [row], kind_column=len(row) > 5)
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 422
    (text,) = problems(response)
    assert text.startswith(f"Dòng {DATA_ROW + 1} (“{row[0]}”)")
    assert message in text
    assert list(Target.objects.all()) == [hedge]
