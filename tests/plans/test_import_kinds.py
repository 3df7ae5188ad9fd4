"""The plan import proposes each target's kind from its wording (issue 19
part 2): the review page preselects it with the reason, the official may
correct it, and the plan is created with the kind confirmed; the command
prints it."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from plans.document_import.parser import parse
from plans.kinds import kind_label
from plans.models import Plan
from tests.plans.conftest import confirm_import, preview_data

# "tỷ lệ" in the title says nothing about the targets.
TEXT = """ỦY BAN NHÂN DÂN
XÃ THỤY HÙNG
Số: 15/KH-UBND
Thụy Hùng, ngày 3 tháng 4 năm 2024
KẾ HOẠCH
Nâng tỷ lệ hộ đạt chuẩn nông thôn mới năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Duy trì và nâng cao chất lượng các tiêu chí đã đạt.
II. CHỈ TIÊU
- Tỷ lệ hộ nghèo ≤ 2%.
- 100% hộ có nhà vệ sinh tự hoại.
- Tỷ lệ hộ phân loại rác tại nguồn đạt 80%.
- Cứng hóa giao thông: 2,5 km.
- Trồng hàng rào xanh: 3.200 m.
- Ban hành quyết định thành lập tổ tự quản: 01 quyết định.
III. NHIỆM VỤ
1. Cứng hóa đường trục thôn
- Thời gian: Quý II năm 2024
IV. TỔ CHỨC THỰC HIỆN
Các thôn báo cáo kết quả về UBND xã trước ngày 05/12/2024.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""

EXPECTED = [
    # (unit, quantity, kind, higher is better)
    ("%", "2", "rate", False),
    ("%", "100", "rate", True),
    ("%", "80", "rate", True),
    ("km", "2.5", "quantity", True),
    ("m", "3200", "quantity", True),
    ("quyết định", "1", "milestone", True),
]


def test_parsed_targets_are_given_the_kind_their_wording_says():
    targets = parse(TEXT.splitlines()).targets
    for target in targets:
        target.propose_kind()
    assert [
        (t.unit, f"{t.quantity.normalize():f}", t.kind, t.higher_is_better)
        for t in targets
    ] == EXPECTED
    assert targets[0].kind_reason == "đơn vị tính “%”, “≤”: càng thấp càng tốt"


@pytest.mark.django_db
def test_review_page_preselects_the_kind_and_the_plan_keeps_the_confirmed_one(
    client, world, commune_official
):
    client.force_login(commune_official)
    page = client.post(
        reverse("plans:import"),
        {
            "file": SimpleUploadedFile("ke-hoach.txt", TEXT.encode()),
            "area": world.thuy_hung.pk,
        },
    )
    assert page.status_code == 200 and not Plan.objects.exists()
    html = page.content.decode()
    assert "Loại chỉ tiêu" in html
    assert "Đề xuất theo cách ghi: đơn vị tính “%”, “≤”: càng thấp càng tốt." in html
    assert "Đề xuất theo cách ghi: khối lượng chia cho các thôn." in html
    forms = page.context["targets"].forms
    assert [(f["kind"].value(), f["lower_is_better"].value()) for f in forms] == [
        (kind, not hib) for _, _, kind, hib in EXPECTED
    ]
    data = preview_data(page)
    # "quantity" with the unit "%" cannot be: refused, the typing kept.
    data["targets-1-kind"] = "quantity"
    refused = client.post(reverse("plans:import_confirm"), data)
    assert refused.status_code == 200 and not Plan.objects.exists()
    assert "Đơn vị tính “%” là chỉ tiêu tỷ lệ" in refused.content.decode()
    data["targets-1-kind"] = "rate"
    data["targets-4-lower_is_better"] = "on"  # corrected by the official
    plan = confirm_import(client, data)
    assert [
        (t.unit, t.counting, t.higher_is_better, kind_label(t))
        for t in plan.targets.order_by("order")
    ] == [
        ("%", "running", False, "Tỷ lệ mỗi thôn phải đạt (càng thấp càng tốt)"),
        ("%", "running", True, "Tỷ lệ mỗi thôn phải đạt"),
        ("%", "running", True, "Tỷ lệ mỗi thôn phải đạt"),
        ("km", "increment", True, "Khối lượng chia cho các thôn"),
        ("m", "increment", False, "Khối lượng chia cho các thôn (càng thấp càng tốt)"),
        ("quyết định", "yes_no", True, "Mốc hoàn thành (có/không, ghi ngày)"),
    ]


@pytest.mark.django_db
def test_import_plan_command_creates_targets_with_the_proposed_kind(
    world, commune_official, tmp_path
):
    source = tmp_path / "ke-hoach.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = io.StringIO()
    call_command(
        "import_plan",
        source,
        area=str(world.thuy_hung.pk),
        user="xa.thuyhung",
        stdout=out,
    )
    text = out.getvalue()
    assert (
        "Tỷ lệ hộ nghèo ≤: 2 % (Tỷ lệ mỗi thôn phải đạt (càng thấp càng tốt); "
        "đề xuất theo cách ghi: đơn vị tính “%”, “≤”: càng thấp càng tốt)"
    ) in text
    plan = Plan.objects.get()
    assert [
        (t.unit, t.counting, t.higher_is_better) for t in plan.targets.order_by("order")
    ] == [
        ("%", "running", False),
        ("%", "running", True),
        ("%", "running", True),
        ("km", "increment", True),
        ("m", "increment", True),
        ("quyết định", "yes_no", True),
    ]
