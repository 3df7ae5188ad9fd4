"""Writing plans in the browser: every bad input gets a Vietnamese message
beside the field and keeps what was typed; no scope line can be crossed."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from criteria.models import LegalDocument
from plans.models import (
    Phase,
    Plan,
    PlanSection,
    Target,
    TargetRevision,
    Task,
    VillageTarget,
)
from tests.factories import AgencyFactory, CriteriaSetFactory, member, village
from villages.models import Agency, Role


@pytest.fixture
def criteria_set(db):
    return CriteriaSetFactory(code="qd318-xa-ntm", name="Bộ tiêu chí xã NTM")


@pytest.fixture
def plan(plan, criteria_set):
    """The plans conftest's plan, with no number yet and its criteria set (set
    in place: its history keeps one record, its creation)."""
    Plan.objects.filter(pk=plan.pk).update(number="", criteria_set=criteria_set)
    plan.refresh_from_db()
    return plan


def plan_post(world, criteria_set, **overrides):
    data = {
        "area": world.thuy_hung.pk,
        "issuing_agency": world.agency_thuy_hung.pk,
        "doc_type": "KH",
        "number": "",
        "symbol": "KH-UBND",
        "year": "2023",
        "title": "Triển khai bảo vệ môi trường năm 2023",
        "place": "Thụy Hùng",
        "issue_month": "2",
        "issue_year": "2023",
        "criteria_set": criteria_set.pk,
        "report_period": "week",
        "report_weekday": "3",
        "report_time": "14:30",
        "status": "draft",
        "recipients_text": "- Phòng TN&MT huyện;\n- Lưu: VT.",
        "final_report_on": "15/12/2023",
    }
    data.update(overrides)
    return data


def test_commune_official_creates_a_plan(official_client, world, criteria_set):
    response = official_client.post(
        reverse("plans:create"),
        plan_post(world, criteria_set, budget_total="50.000.000"),
    )
    plan = Plan.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "plans:detail", args=[plan.pk]
    )
    assert plan.reference == "/KH-UBND" and plan.issue_month == 2
    assert plan.final_report_on == datetime.date(2023, 12, 15)
    assert plan.budget_total == Decimal("50000000")
    assert [r.text for r in plan.recipients.all()] == ["Phòng TN&MT huyện", "Lưu: VT"]


@pytest.mark.parametrize(
    "overrides,field,message",
    [
        ({"year": "2027"}, "year", "nằm ngoài giai đoạn 2021–2025"),
        (
            {"issuing_agency": "agency_nhat_tien"},
            "issuing_agency",
            "Hãy chọn một lựa chọn hợp lệ",
        ),
        (
            {"issuing_agency": "agency_ha_tinh"},
            "issuing_agency",
            "Hãy chọn một lựa chọn hợp lệ",
        ),
        ({"area": "nhat_tien"}, "area", "Hãy chọn một lựa chọn hợp lệ"),
        ({"budget_total": "năm mươi triệu"}, "budget_total", "Nhập một số"),
        ({"final_report_on": "31/02/2023"}, "final_report_on", "Nhập một ngày hợp lệ"),
    ],
)
def test_bad_plan_input_is_refused_beside_the_field_and_keeps_the_text(
    official_client, world, criteria_set, overrides, field, message
):
    resolved = {
        k: getattr(world, v).pk if isinstance(v, str) and hasattr(world, v) else v
        for k, v in overrides.items()
    }
    response = official_client.post(
        reverse("plans:create"), plan_post(world, criteria_set, **resolved)
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    assert "Triển khai bảo vệ môi trường năm 2023" in response.content.decode()
    assert not Plan.objects.exists()


def test_reviewer_and_village_head_cannot_create_plans(
    client, world, district_reviewer, village_head
):
    for user in (district_reviewer, village_head):
        client.force_login(user)
        assert client.get(reverse("plans:create")).status_code == 403


def task_post(world, **overrides):
    data = {
        "number": "1",
        "title": "Kiểm tra, rà soát thực trạng",
        "time_text": "Trong quý I năm 2023",
        "starts_on": "01/01/2023",
        "ends_on": "31/03/2023",
        "lead_agency": world.agency_thuy_hung.pk,
        "coordinating_agencies": [world.agency_cao_loc.pk],
        "method": "Báo cáo của các thôn",
        "status": "not_started",
    }
    data.update(overrides)
    return data


def test_task_is_added_with_lead_and_coordinating_units(official_client, world, plan):
    response = official_client.post(
        reverse("plans:task_create", args=[plan.pk]), task_post(world)
    )
    assert response.status_code == 302
    task = plan.tasks.get()
    assert task.lead_agency == world.agency_thuy_hung
    assert list(task.coordinating_agencies.all()) == [world.agency_cao_loc]
    assert task.time_text == "Trong quý I năm 2023" and task.ends_on == datetime.date(
        2023, 3, 31
    )


def test_htmx_add_returns_the_list_and_a_fresh_form(official_client, world, plan):
    response = official_client.post(
        reverse("plans:task_create", args=[plan.pk]),
        task_post(world),
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="task-table"' in html and "Kiểm tra, rà soát thực trạng" in html
    assert 'hx-swap-oob="true"' in html and 'value="2"' in html  # next number offered


@pytest.mark.parametrize(
    "overrides,field,message",
    [
        ({"number": "1"}, "number", "đã có nhiệm vụ số 1"),
        (
            {"starts_on": "01/04/2023", "ends_on": "31/03/2023"},
            "ends_on",
            "không được trước ngày bắt đầu",
        ),
        ({"starts_on": "01/01/2025"}, "starts_on", "nằm ngoài kế hoạch năm 2023"),
        (
            {"lead_agency": "agency_nhat_tien"},
            "lead_agency",
            "Hãy chọn một lựa chọn hợp lệ",
        ),
        (
            {"coordinating_agencies": ["agency_ha_tinh"]},
            "coordinating_agencies",
            "Hãy chọn một lựa chọn hợp lệ",
        ),
        ({"title": ""}, "title", "bắt buộc"),
    ],
)
def test_bad_task_input_keeps_what_was_typed(
    official_client, world, plan, overrides, field, message
):
    Task.objects.create(plan=plan, number="1", title="Nhiệm vụ có sẵn")
    resolved = {}
    for key, value in overrides.items():
        if isinstance(value, list):
            value = [getattr(world, v).pk for v in value]
        elif isinstance(value, str) and hasattr(world, value):
            value = getattr(world, value).pk
        resolved[key] = value
    data = task_post(world, **{"number": "2", **resolved})
    response = official_client.post(reverse("plans:task_create", args=[plan.pk]), data)
    assert response.status_code == 422
    assert message in " ".join(response.context["form"].errors[field])
    assert (
        "Báo cáo của các thôn" in response.content.decode()
    )  # the method typed is still there
    assert plan.tasks.count() == 1


def test_htmx_invalid_task_is_retargeted_to_the_form(official_client, world, plan):
    response = official_client.post(
        reverse("plans:task_create", args=[plan.pk]),
        task_post(world, title=""),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#task-form"
    assert "Chưa lưu được" in response.content.decode()


def test_tasks_reorder_and_delete(official_client, world, plan):
    first = Task.objects.create(plan=plan, number="1", title="Một", order=1)
    second = Task.objects.create(plan=plan, number="2", title="Hai", order=2)
    official_client.post(
        reverse("plans:task_move", args=[plan.pk, second.pk]), {"direction": "up"}
    )
    assert list(plan.tasks.order_by("order").values_list("number", flat=True)) == [
        "2",
        "1",
    ]
    official_client.post(reverse("plans:task_delete", args=[plan.pk, first.pk]))
    assert list(plan.tasks.values_list("number", flat=True)) == ["2"]


def test_stale_task_edit_is_a_conflict_not_an_overwrite(official_client, world, plan):
    task = Task.objects.create(plan=plan, number="1", title="Bản gốc")
    url = reverse("plans:task_edit", args=[plan.pk, task.pk])
    data = task_post(world, version="1")
    assert (
        official_client.post(url, {**data, "title": "Người thứ nhất"}).status_code
        == 302
    )
    response = official_client.post(url, {**data, "title": "Người thứ hai"})
    assert "vừa được người khác lưu" in response.content.decode()
    assert "Người thứ hai" in response.content.decode()
    task.refresh_from_db()
    assert task.title == "Người thứ nhất"


def test_agency_quick_add_then_duplicate_is_refused(official_client, world, plan):
    url = reverse("plans:agency_quick_add", args=[plan.pk])
    response = official_client.post(
        url,
        {
            "name": "Hội Nông dân xã Thụy Hùng",
            "kind": "mass_org",
            "area": world.thuy_hung.pk,
        },
        HTTP_HX_REQUEST="true",
    )
    agency = Agency.objects.get(name="Hội Nông dân xã Thụy Hùng")
    assert f'value="{agency.pk}"' in response.content.decode()
    response = official_client.post(
        url,
        {
            "name": "hoi nong dan xa thuy hung",
            "kind": "mass_org",
            "area": world.thuy_hung.pk,
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200  # htmx swaps only 2xx answers
    assert "Đã có “Hội Nông dân xã Thụy Hùng”" in response.content.decode()
    assert Agency.objects.filter(area=world.thuy_hung, kind="mass_org").count() == 1


def test_agency_quick_add_outside_scope_is_refused(official_client, world, plan):
    url = reverse("plans:agency_quick_add", args=[plan.pk])
    official_client.post(
        url, {"name": "Cơ quan lạ", "kind": "group", "area": world.nhat_tien.pk}
    )
    assert not Agency.objects.filter(name="Cơ quan lạ").exists()


def target_post(world, quantity="3.200", **overrides):
    data = {
        "name": "Trồng hàng rào xanh",
        "unit": "m",
        "quantity": quantity,
        "counting": "increment",
        "higher_is_better": "on",
        f"village_{world.con_tong.pk}": "2.000",
        f"village_{world.na_lai.pk}": "1.200",
    }
    data.update(overrides)
    return data


def test_target_split_across_villages_reads_vietnamese_numbers(
    official_client, world, plan
):
    response = official_client.post(
        reverse("plans:target_create", args=[plan.pk]), target_post(world)
    )
    assert response.status_code == 302
    target = plan.targets.get()
    assert target.quantity == Decimal("3200")
    assert {a.village.name: a.quantity for a in target.allocations.all()} == {
        "Cồn Tòng": 2000,
        "Nà Lài": 1200,
    }


def test_decimal_comma_quantity(official_client, world, plan):
    data = target_post(
        world,
        quantity="0,38",
        name="Cứng hóa giao thông",
        unit="km",
        **{f"village_{world.con_tong.pk}": "0,3", f"village_{world.na_lai.pk}": "0.08"},
    )
    assert (
        official_client.post(
            reverse("plans:target_create", args=[plan.pk]), data
        ).status_code
        == 302
    )
    target = plan.targets.get()
    assert target.quantity == Decimal("0.38")
    assert sum(a.quantity for a in target.allocations.all()) == Decimal("0.38")


@pytest.mark.parametrize(
    "quantity,message",
    [
        ("0", "lớn hơn 0"),
        ("-5", "lớn hơn 0"),
        ("ba nghìn", "Nhập một số"),
        ("", "bắt buộc"),
    ],
)
def test_bad_quantities_are_refused(official_client, world, plan, quantity, message):
    response = official_client.post(
        reverse("plans:target_create", args=[plan.pk]),
        target_post(world, quantity=quantity),
    )
    assert response.status_code == 422
    assert message in " ".join(response.context["form"].errors["quantity"])
    assert 'value="Trồng hàng rào xanh"' in response.content.decode()
    assert not Target.objects.exists()


def test_split_that_does_not_add_up_is_refused_unless_marked_partial(
    official_client, world, plan
):
    data = target_post(world, **{f"village_{world.na_lai.pk}": "1.000"})
    response = official_client.post(
        reverse("plans:target_create", args=[plan.pk]), data
    )
    assert response.status_code == 422
    assert "còn thiếu 200 m" in response.content.decode()
    assert 'value="1.000"' in response.content.decode()
    assert not Target.objects.exists()
    data["allow_partial"] = "on"
    assert (
        official_client.post(
            reverse("plans:target_create", args=[plan.pk]), data
        ).status_code
        == 302
    )


def test_negative_village_share_is_refused(official_client, world, plan):
    data = target_post(world, **{f"village_{world.na_lai.pk}": "-1"})
    response = official_client.post(
        reverse("plans:target_create", args=[plan.pk]), data
    )
    assert "Khối lượng giao không được âm" in " ".join(
        response.context["form"].errors[f"village_{world.na_lai.pk}"]
    )


def test_village_outside_the_commune_is_refused(official_client, world, plan):
    data = target_post(world, **{f"village_{world.nhat_tien_village.pk}": "5"})
    response = official_client.post(
        reverse("plans:target_create", args=[plan.pk]), data
    )
    assert response.status_code == 422
    assert "không thuộc xã Thụy Hùng" in response.content.decode()
    assert not VillageTarget.objects.exists()


def test_changing_a_target_needs_a_reason_and_leaves_a_trace(
    official_client, world, plan
):
    official_client.post(
        reverse("plans:target_create", args=[plan.pk]), target_post(world)
    )
    target = plan.targets.get()
    url = reverse("plans:target_edit", args=[plan.pk, target.pk])
    changed = target_post(
        world, quantity="3.500", version="1", **{f"village_{world.na_lai.pk}": "1.500"}
    )
    response = official_client.post(url, changed)
    assert "Ghi lý do thay đổi" in " ".join(response.context["form"].errors["reason"])
    response = official_client.post(
        url, {**changed, "reason": "Bổ sung tuyến đường thôn Nà Lài"}
    )
    assert response.status_code == 302
    revision = TargetRevision.objects.get()
    assert (
        revision.before["quantity"] == "3200" and revision.after["quantity"] == "3500"
    )
    assert revision.reason == "Bổ sung tuyến đường thôn Nà Lài"
    page = official_client.get(url).content.decode()
    assert "3.200 → 3.500" in page


def test_phase_end_before_start_is_refused(official_client, world, plan):
    data = {
        "phases-TOTAL_FORMS": "1",
        "phases-INITIAL_FORMS": "0",
        "phases-MIN_NUM_FORMS": "0",
        "phases-MAX_NUM_FORMS": "1000",
        "phases-0-name": "Đợt 1",
        "phases-0-starts_on": "15/05/2023",
        "phases-0-ends_on": "15/03/2023",
    }
    response = official_client.post(reverse("plans:phases", args=[plan.pk]), data)
    assert response.status_code == 422
    assert "không được trước ngày bắt đầu" in response.content.decode()
    assert 'value="Đợt 1"' in response.content.decode()
    data.update({"phases-0-starts_on": "15/03/2023", "phases-0-ends_on": "15/05/2023"})
    assert (
        official_client.post(reverse("plans:phases", args=[plan.pk]), data).status_code
        == 302
    )
    assert Phase.objects.get().ends_on == datetime.date(2023, 5, 15)


def plan_urls(plan, task, target):
    """Every URL of the plans app, built from the resolver so that a new view is
    walked by the scope tests without anyone remembering to add it."""
    from django.urls import get_resolver

    values = {
        "pk": plan.pk,
        "task_pk": task.pk,
        "target_pk": target.pk,
        "section_pk": plan.sections.get().pk,
    }
    urls = {"read": [], "write": [], "post": []}
    for pattern in get_resolver("plans.urls").url_patterns:
        params = pattern.pattern.regex.groupindex
        if "pk" not in params:
            continue  # the list and the create form: scoped by content, tested elsewhere
        url = reverse(f"plans:{pattern.name}", kwargs={k: values[k] for k in params})
        if pattern.name in READ_ONLY:
            urls["read"].append(url)
        elif pattern.name in POST_ONLY:
            urls["post"].append(url)
        else:
            urls["write"].append(url)
    return urls


POST_ONLY = {
    "task_create",
    "task_move",
    "task_delete",
    "agency_quick_add",
    "section_move",
}
READ_ONLY = {"detail", "gaps"}


def test_the_walk_covers_every_plans_url(full_plan):
    urls = plan_urls(*full_plan)
    # 22 with the target form's kind proposal (plans:target_kind).
    assert len(urls["read"]) + len(urls["write"]) + len(urls["post"]) == 22


@pytest.fixture
def full_plan(plan, world):
    task = Task.objects.create(plan=plan, number="1", title="Nhiệm vụ")
    target = Target.objects.create(plan=plan, name="Hàng rào", unit="m", quantity=10)
    PlanSection.objects.create(plan=plan, number="IV", heading="Tổ chức thực hiện")
    return plan, task, target


def test_every_plan_url_is_404_for_another_commune(client, world, full_plan):
    outsider = member(world.nhat_tien, Role.COMMUNE_OFFICIAL)
    other_province = member(world.son_bang, Role.COMMUNE_OFFICIAL)
    other_village = member(world.nhat_tien_village, Role.VILLAGE_HEAD)
    urls = plan_urls(*full_plan)
    for user in (outsider, other_province, other_village):
        client.force_login(user)
        for url in urls["read"] + urls["write"]:
            assert client.get(url).status_code == 404, url
        for url in urls["post"]:
            assert client.post(url, {"direction": "up"}).status_code == 404, url
    assert Task.objects.count() == 1


def test_reviewer_reads_but_cannot_write(client, world, full_plan, district_reviewer):
    urls = plan_urls(*full_plan)
    client.force_login(district_reviewer)
    for url in urls["read"]:
        assert client.get(url).status_code == 200, url
    for url in urls["write"]:
        assert client.get(url).status_code == 403, url
    for url in urls["post"]:
        assert client.post(url, {"direction": "up"}).status_code == 403, url
    assert Task.objects.count() == 1


def test_village_head_reads_the_commune_plan_only(
    client, world, full_plan, village_head
):
    urls = plan_urls(*full_plan)
    client.force_login(village_head)
    assert client.get(urls["read"][0]).status_code == 200
    assert client.get(urls["write"][0]).status_code == 403


def test_state_changes_require_post(official_client, full_plan):
    plan, task, _ = full_plan
    for name in ("task_move", "task_delete"):
        assert (
            official_client.get(
                reverse(f"plans:{name}", args=[plan.pk, task.pk])
            ).status_code
            == 405
        )
    assert (
        official_client.get(reverse("plans:task_create", args=[plan.pk])).status_code
        == 405
    )


def test_agency_from_another_commune_is_not_offered(official_client, world, plan):
    AgencyFactory(area=world.nhat_tien, name="Hội Phụ nữ xã Nhật Tiến")
    html = official_client.get(reverse("plans:tasks", args=[plan.pk])).content.decode()
    assert "Hội Phụ nữ xã Nhật Tiến" not in html
    assert world.agency_cao_loc.name in html or "Phòng Tài nguyên" in html


def test_village_grid_lists_the_commune_villages(official_client, world, plan):
    village(world.thuy_hung, "Khuổi Pả")
    html = official_client.get(
        reverse("plans:target_create", args=[plan.pk])
    ).content.decode()
    for name in ("Thôn Cồn Tòng", "Thôn Nà Lài", "Thôn Khuổi Pả"):
        assert name in html
    assert "Thôn Một" not in html


def test_criteria_sets_offered_are_national_or_of_the_users_province(
    official_client, world, criteria_set
):
    other = CriteriaSetFactory(
        code="ht36",
        name="Bộ tiêu chí Hà Tĩnh",
        period_start=2022,
        province=world.ha_tinh,
    )
    own = CriteriaSetFactory(
        code="ls1494",
        name="Bộ tiêu chí Lạng Sơn",
        period_start=2022,
        province=world.lang_son,
    )
    choices = (
        official_client.get(reverse("plans:create"))
        .context["form"]
        .fields["criteria_set"]
        .queryset
    )
    assert criteria_set in choices and own in choices
    assert other not in choices


def edit_data(official_client, plan, **changes):
    """The edit page's data as a browser would post it back, with `changes`."""
    response = official_client.get(reverse("plans:edit", args=[plan.pk]))
    data = {}
    for form in [
        response.context["form"],
        *(
            f
            for name in ("bases", "goals", "funding", "cosigners")
            for f in [response.context[name]]
        ),
    ]:
        if hasattr(form, "management_form"):
            for field in form.management_form:
                data[field.html_name] = field.value()
            forms = list(form)
        else:
            forms = [form]
        for each in forms:
            for field in each:
                value = field.value()
                if value is not None and not isinstance(value, list):
                    data[field.html_name] = value
    data.update(changes)
    return data


def test_basis_goal_and_funding_are_edited_in_the_browser(
    official_client, world, plan, criteria_set
):
    from plans.models import FundingSource, PlanBasis, PlanGoal

    data = edit_data(
        official_client,
        plan,
        **{
            "bases-0-relation": "implements",
            "bases-0-new_number": "73/KH-UBND",
            "bases-0-new_issuer": "UBND huyện Cao Lộc",
            "bases-0-new_issued_on": "17/02/2023",
            "bases-0-text": "về việc triển khai thực hiện công tác bảo vệ môi trường",
            "goals-0-area": world.thuy_hung.pk,
            "goals-0-kind": "keep",
            "goals-0-criteria_set": criteria_set.pk,
            "goals-0-criteria_count": "10",
            "goals-0-text": "Giữ vững 10/19 tiêu chí",
            "funding-0-description": "Ngân sách xã",
            "funding-0-amount": "50.000.000",
            "funding-0-rate_text": "",
        },
    )
    response = official_client.post(reverse("plans:edit", args=[plan.pk]), data)
    assert response.status_code == 302, response.content.decode()[:500]
    basis = PlanBasis.objects.get(plan=plan)
    assert (basis.document.number, basis.document.doc_type) == ("73/KH-UBND", "KH")
    assert basis.document.issued_on == datetime.date(2023, 2, 17)
    assert PlanGoal.objects.get(plan=plan).criteria_count == 10
    assert FundingSource.objects.get(plan=plan).amount == Decimal("50000000")


def test_basis_needs_a_document_and_goal_area_must_be_in_the_plan(
    official_client, world, plan
):
    data = edit_data(
        official_client,
        plan,
        **{
            "bases-0-relation": "implements",
            "bases-0-text": "về việc gì đó",
            "goals-0-area": world.nhat_tien.pk,
            "goals-0-kind": "keep",
        },
    )
    response = official_client.post(reverse("plans:edit", args=[plan.pk]), data)
    html = response.content.decode()
    assert response.status_code == 422
    assert "nhập số và cơ quan ban hành của văn bản mới" in html
    assert "Hãy chọn một lựa chọn hợp lệ" in html
    assert "về việc gì đó" in html


def _documents(*numbers):
    return [
        LegalDocument.objects.create(
            number=number, doc_type="QĐ", issuer="UBND tỉnh Lạng Sơn"
        )
        for number in numbers
    ]


def test_a_basis_line_keeps_its_document_and_saves_a_new_pick(
    official_client, world, plan
):
    from plans.models import PlanBasis

    first, second = _documents("12/QĐ-UBND", "13/QĐ-UBND")
    basis = PlanBasis.objects.create(plan=plan, document=first, text="về việc A")
    url = reverse("plans:edit", args=[plan.pk])
    response = official_client.post(url, edit_data(official_client, plan))
    assert response.status_code == 302, response.content.decode()[:500]
    basis.refresh_from_db()
    assert basis.document == first
    data = edit_data(official_client, plan, **{"bases-0-document": second.pk})
    assert official_client.post(url, data).status_code == 302
    basis.refresh_from_db()
    assert basis.document == second


def test_a_basis_line_naming_nothing_is_refused_on_the_page_and_by_the_service(
    official_client, world, plan
):
    from django.core.exceptions import ValidationError

    from plans.models import PlanBasis
    from plans.services import basis_cited

    (document,) = _documents("12/QĐ-UBND")
    basis = PlanBasis.objects.create(plan=plan, document=document)
    data = edit_data(official_client, plan, **{"bases-0-document": ""})
    response = official_client.post(reverse("plans:edit", args=[plan.pk]), data)
    assert response.status_code == 422
    assert "nhập số và cơ quan ban hành của văn bản mới" in response.content.decode()
    basis.refresh_from_db()
    assert basis.document == document

    line = PlanBasis(plan=plan, text="về việc gì đó")
    with pytest.raises(ValidationError) as refused:
        basis_cited(basis=line)
    assert refused.value.messages == [
        "Chọn một kế hoạch trong hệ thống hoặc một văn bản."
    ]
    basis_cited(
        basis=line,
        new_document={"number": "73/KH-UBND", "issuer": "UBND huyện Cao Lộc"},
    )
    assert (line.document.number, line.document.doc_type) == ("73/KH-UBND", "KH")
