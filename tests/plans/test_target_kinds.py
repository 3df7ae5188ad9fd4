"""The kind of a target proposed from its wording (plans.kinds.propose_kind,
issue 19 part 2): quantity split across villages, rate every village must
reach, milestone, lower-is-better; and the target form, which proposes the
kind once for a new target and never overrides a choice the official made."""

from decimal import Decimal

import pytest
from django.urls import reverse

from plans.kinds import kind_label, propose_kind
from plans.models import Counting, Target

D = Decimal


@pytest.fixture
def plan(rate_titled_plan):
    return rate_titled_plan


@pytest.mark.parametrize(
    ("name", "unit", "quantity", "kind", "higher_is_better", "percent"),
    [
        # Rates, as seed 003 and the issue write them.
        ("Tỷ lệ hộ phân loại rác tại nguồn ≥ 80%", "%", D(80), "rate", True, D(80)),
        ("Tỷ lệ hộ phân loại rác tại nguồn ≥ 80%", "hộ", None, "rate", True, D(80)),
        ("100% hộ có nhà vệ sinh tự hoại", "hộ", D(100), "rate", True, D(100)),
        ("Vườn hộ có chủ được cải tạo, chỉnh trang", "%", D(100), "rate", True, None),
        ("Tỉ lệ người dân tham gia bảo hiểm y tế", "", None, "rate", True, None),
        # Lower is better.
        ("Tỷ lệ hộ nghèo ≤ 2%", "%", D(2), "rate", False, D(2)),
        ("Tỷ lệ hộ nghèo dưới 2%", "hộ", D(2), "rate", False, D(2)),
        ("Giảm tỷ lệ trẻ em suy dinh dưỡng", "%", D(5), "rate", False, None),
        ("Tỷ lệ hộ nghèo đa chiều", "%", D(3), "rate", False, None),
        ("Rác thải chôn lấp không quá 5 tấn", "tấn", D(5), "quantity", False, None),
        # Milestones: yes or no, with the day done.
        (
            "Ban hành quyết định thành lập tổ tự quản",
            "quyết định",
            D(1),
            "milestone",
            True,
            None,
        ),
        ("Thành lập Ban phát triển thôn", "", None, "milestone", True, None),
        (
            "Hoàn thành hồ sơ đề nghị công nhận xã đạt chuẩn NTM năm 2025",
            "hồ sơ",
            D(1),
            "milestone",
            True,
            None,
        ),
        ("Tổ chức hội nghị sơ kết 6 tháng", "lần", D(1), "quantity", True, None),
        ("Tổ chức hội nghị sơ kết", "lần", D(1), "milestone", True, None),
        ("Quy chế quản lý nghĩa trang", "quy chế", D(1), "milestone", True, None),
        # Quantities, some of which look like the kinds above and are not.
        ("Cứng hóa 2,5 km đường", "km", D("2.5"), "quantity", True, None),
        ("Cứng hóa giao thông", "km", D("0.38"), "quantity", True, None),
        ("Trồng hàng rào xanh", "m", D(3200), "quantity", True, None),
        ("Hỗ trợ 50% xi măng cứng hóa đường", "km", D("2.5"), "quantity", True, None),
        ("100% vườn hộ có chủ được cải tạo", "vườn", D(35), "quantity", True, None),
        ("Giảm 15 hộ nghèo", "hộ", D(15), "quantity", True, None),
        ("Lắp gờ giảm tốc", "cái", D(10), "quantity", True, None),
        ("Thành lập 5 tổ tự quản", "tổ", D(5), "quantity", True, None),
        ("Hoàn thành cứng hóa đường trục thôn", "km", D(1), "quantity", True, None),
        ("Tổ chức 3 lớp tập huấn", "lớp", D(3), "quantity", True, None),
        (
            "Vận động thực hiện thu gom, xử lý rác thải",
            "hộ",
            D(883),
            "quantity",
            True,
            None,
        ),
        (
            "Xây hố ủ phân công trình chăn nuôi",
            "công trình",
            D(24),
            "quantity",
            True,
            None,
        ),
    ],
)
def test_the_kind_is_proposed_from_the_wording(
    name, unit, quantity, kind, higher_is_better, percent
):
    proposal = propose_kind(name, unit, quantity)
    assert (proposal.kind, proposal.higher_is_better) == (kind, higher_is_better)
    assert proposal.percent == percent
    assert proposal.reason  # always says why, in Vietnamese


def test_proposal_labels_and_reasons_are_vietnamese():
    poor = propose_kind("Tỷ lệ hộ nghèo ≤ 2%", "%")
    assert poor.label == "Tỷ lệ mỗi thôn phải đạt (càng thấp càng tốt)"
    assert poor.reason == "đơn vị tính “%”, “≤”: càng thấp càng tốt"
    decision = propose_kind("Ban hành quyết định thành lập tổ tự quản", "quyết định")
    assert decision.label == "Mốc hoàn thành (có/không, ghi ngày)"
    assert decision.reason == "tên bắt đầu bằng “Ban hành”, không ghi số lượng"
    assert propose_kind("Trồng hàng rào xanh", "m").label == (
        "Khối lượng chia cho các thôn"
    )


def test_kind_fields_keep_a_quantitys_counting():
    rate = propose_kind("100% hộ có nhà vệ sinh tự hoại", "hộ")
    assert rate.fields(unit="hộ", counting=Counting.INCREMENT) == {
        "unit": "%",
        "counting": Counting.RUNNING_TOTAL,
        "higher_is_better": True,
    }
    road = propose_kind("Cứng hóa giao thông", "km")
    assert road.fields(unit="km", counting=Counting.RUNNING_TOTAL) == {
        "unit": "km",
        "counting": Counting.RUNNING_TOTAL,
        "higher_is_better": True,
    }
    assert road.fields(unit="km", counting=Counting.YES_NO)["counting"] == (
        Counting.INCREMENT
    )


# ── the target form ──


def _post(world, shares=("2.000", "1.200"), **overrides):
    """The target form as a browser posts it; `shares`: Cồn Tòng's and Nà
    Lài's figures as typed."""
    data = {
        "name": "Trồng hàng rào xanh",
        "unit": "m",
        "quantity": "3.200",
        "counting": "increment",
        "higher_is_better": "on",
    }
    for village, share in zip((world.con_tong, world.na_lai), shares, strict=True):
        data[f"village_{village.pk}"] = share
    data.update(overrides)
    return data


def test_a_new_rate_is_proposed_once_then_saved_as_chosen(official_client, world, plan):
    url = reverse("plans:target_create", args=[plan.pk])
    data = _post(
        world,
        name="100% hộ có nhà vệ sinh tự hoại",
        unit="hộ",
        quantity="100",
        shares=("100", "100"),
    )
    response = official_client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert not Target.objects.exists()  # nothing saved behind the official's back
    assert "Theo cách ghi (tên có “100%”)" in html
    assert "Tỷ lệ mỗi thôn phải đạt" in html and "chưa có gì được lưu" in html
    # The kind is preselected; everything typed is kept.
    assert 'name="unit" value="%"' in html
    assert '<option value="running" selected>' in html
    assert 'name="kind_checked" value="1"' in html
    assert "100% hộ có nhà vệ sinh tự hoại" in html
    # Pressing save again saves it as the form now shows.
    data.update(unit="%", counting="running", kind_checked="1")
    response = official_client.post(url, data)
    assert response.status_code == 302
    target = Target.objects.get()
    assert (target.unit, target.counting, target.is_rate) == ("%", "running", True)
    assert kind_label(target) == "Tỷ lệ mỗi thôn phải đạt"


def test_the_official_may_keep_their_own_choice_after_the_proposal(
    official_client, world, plan
):
    url = reverse("plans:target_create", args=[plan.pk])
    data = _post(world, name="Tỷ lệ hộ nghèo ≤ 2%", unit="hộ", quantity="2")
    data.pop(f"village_{world.con_tong.pk}"), data.pop(f"village_{world.na_lai.pk}")
    html = official_client.post(url, data).content.decode()
    assert "(càng thấp càng tốt)" in html
    assert 'name="higher_is_better"' in html
    assert 'name="higher_is_better" checked' not in html
    # The official puts "hộ" back and ticks "càng cao càng tốt": kept as chosen.
    data["kind_checked"] = "1"
    assert official_client.post(url, data).status_code == 302
    target = Target.objects.get()
    assert (target.unit, target.higher_is_better) == ("hộ", True)


def test_a_milestone_is_proposed_and_an_explicit_counting_is_never_overridden(
    official_client, world, plan
):
    url = reverse("plans:target_create", args=[plan.pk])
    data = _post(
        world,
        name="Ban hành quyết định thành lập tổ tự quản",
        unit="quyết định",
        quantity="1",
        shares=("1", ""),
        allow_partial="on",
    )
    html = official_client.post(url, data).content.decode()
    assert "Mốc hoàn thành (có/không, ghi ngày)" in html
    assert '<option value="yes_no" selected>' in html
    # "Lấy số liệu mới nhất" chosen by the official: not a default, kept.
    response = official_client.post(url, {**data, "counting": "running"})
    assert response.status_code == 302
    assert Target.objects.get().counting == Counting.RUNNING_TOTAL


def test_a_quantity_saves_at_once_and_an_existing_target_is_never_reproposed(
    official_client, world, plan
):
    url = reverse("plans:target_create", args=[plan.pk])
    response = official_client.post(
        url,
        _post(
            world,
            name="Cứng hóa 2,5 km đường",
            unit="km",
            quantity="2,5",
            shares=("1,5", "1"),
        ),
    )
    assert response.status_code == 302
    target = Target.objects.get()
    assert (target.counting, target.higher_is_better) == ("increment", True)
    # Renamed to a rate's wording later: an edit keeps the kind it has.
    edit = reverse("plans:target_edit", args=[plan.pk, target.pk])
    response = official_client.post(
        edit,
        _post(
            world,
            name="Tỷ lệ đường trục thôn được cứng hóa",
            unit="km",
            quantity="2,5",
            version=str(target.version),
            shares=("1,5", "1"),
        ),
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.unit, target.counting) == ("km", "increment")


def test_a_rate_above_100_percent_is_refused_keeping_the_typing(
    official_client, world, plan
):
    url = reverse("plans:target_create", args=[plan.pk])
    data = _post(
        world,
        name="Tỷ lệ hộ dùng nước sạch",
        unit="%",
        quantity="120",
        counting="running",
        shares=("90", "95"),
    )
    response = official_client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 422
    assert "Tỷ lệ toàn xã không được quá 100%." in html
    assert 'value="120"' in html and 'value="95"' in html
    assert not Target.objects.exists()


def test_the_targets_page_and_appendix_name_each_kind(official_client, world, plan):
    from io import BytesIO

    from openpyxl import load_workbook

    from plans.models import VillageTarget

    poor = Target.objects.create(
        plan=plan,
        name="Tỷ lệ hộ nghèo",
        unit="%",
        quantity=2,
        counting="running",
        higher_is_better=False,
    )
    VillageTarget.objects.create(target=poor, village=world.con_tong, quantity=2)
    VillageTarget.objects.create(target=poor, village=world.na_lai, quantity=3)
    Target.objects.create(
        plan=plan,
        name="Ban hành quyết định thành lập tổ tự quản",
        unit="quyết định",
        quantity=1,
        counting="yes_no",
    )
    html = official_client.get(reverse("plans:targets", args=[plan.pk])).content
    html = html.decode()
    assert "Mỗi thôn không quá 2% (càng thấp càng tốt)" in html
    assert "Có thôn được giao cao hơn" in html
    assert "Mốc hoàn thành (có/không, ghi ngày)" in html
    response = official_client.get(
        reverse("reports:export_plan", args=[plan.pk, "targets", "xlsx"])
    )
    sheet = load_workbook(BytesIO(b"".join(response.streaming_content))).active
    notes = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any("Có thôn được giao tỷ lệ cao hơn toàn xã" in n for n in notes)


def test_the_form_script_asks_the_same_proposal(official_client, plan):
    url = reverse("plans:target_kind", args=[plan.pk])
    answer = official_client.get(
        url, {"name": "100% hộ có nhà vệ sinh tự hoại", "unit": "hộ", "quantity": "100"}
    ).json()
    assert answer == {
        "kind": "rate",
        "label": "Tỷ lệ mỗi thôn phải đạt",
        "reason": "tên có “100%”",
        "unit": "%",
        "counting": "running",
        "higher_is_better": True,
    }
    road = official_client.get(
        url, {"name": "Cứng hóa 2,5 km đường", "unit": "km", "quantity": "2,5"}
    ).json()
    assert (road["kind"], road["counting"]) == ("quantity", "increment")
    # A new target's page carries the script; an edit's does not.
    page = official_client.get(reverse("plans:target_create", args=[plan.pk]))
    assert f'data-kind-url="{url}"' in page.content.decode()
    assert "js/target-kind.js" in page.content.decode()


def test_a_choice_the_script_saw_is_never_proposed_over(official_client, world, plan):
    url = reverse("plans:target_create", args=[plan.pk])
    data = _post(
        world,
        name="Tỷ lệ hộ nghèo dưới 2%",
        unit="%",
        quantity="2",
        higher_is_better="on",
        kind_chosen="counting,higher_is_better",
    )
    data.pop(f"village_{world.con_tong.pk}"), data.pop(f"village_{world.na_lai.pk}")
    assert official_client.post(url, data).status_code == 302
    target = Target.objects.get()
    assert (target.counting, target.higher_is_better) == ("increment", True)
