"""Regression tests for what the code review found: each once a 500, a silent
delete, a self-review or a leak."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from plans.models import Task
from reports import services
from reports.models import ProgressEntry, TaskUpdate
from tests.factories import UserFactory, member
from tests.reports.conftest import WEEK, at, entry_url, save_amounts
from villages.models import Role


@pytest.fixture
def reported(world, plan, hedge, commune_official):
    """Cồn Tòng has reported 100 m of hedge in the week of 13/03/2023."""
    con_tong = hedge.allocations.get(village=world.con_tong)
    save_amounts(plan, commune_official, {con_tong: 100})
    return con_tong


def test_a_share_with_reports_cannot_be_blanked(
    client, world, plan, hedge, commune_official, reported
):
    client.force_login(commune_official)
    data = {
        "name": hedge.name,
        "unit": "m",
        "quantity": "3.200",
        "counting": "increment",
        "higher_is_better": "on",
        "allow_partial": "on",
        "version": "1",
        "reason": "Bỏ giao thôn Cồn Tòng",
        f"village_{world.con_tong.pk}": "",
        f"village_{world.na_lai.pk}": "1.200",
    }
    response = client.post(reverse("plans:target_edit", args=[plan.pk, hedge.pk]), data)
    assert response.status_code == 422
    assert "Thôn Cồn Tòng đã có kết quả báo cáo" in response.content.decode()
    assert hedge.allocations.filter(village=world.con_tong).exists()


def test_changing_how_a_target_counts_needs_a_reason_and_is_recorded(
    client, world, plan, hedge, commune_official
):
    client.force_login(commune_official)
    url = reverse("plans:target_edit", args=[plan.pk, hedge.pk])
    data = {
        "name": hedge.name,
        "unit": "m",
        "quantity": "3.200",
        "counting": "running",
        "higher_is_better": "on",
        "version": "1",
        f"village_{world.con_tong.pk}": "2.000",
        f"village_{world.na_lai.pk}": "1.200",
    }
    response = client.post(url, data)
    assert "cách tính tiến độ" in " ".join(response.context["form"].errors["reason"])
    assert (
        client.post(url, {**data, "reason": "Đếm theo số liệu hiện tại"}).status_code
        == 302
    )
    revision = hedge.revisions.get()
    assert (revision.before["counting"], revision.after["counting"]) == (
        "increment",
        "running",
    )


def test_a_task_with_progress_cannot_be_deleted(client, world, plan, commune_official):
    task = Task.objects.create(plan=plan, number="1", title="Trồng hàng rào")
    services.entries_save(
        plan=plan,
        period_start=WEEK,
        user=commune_official,
        inputs=[],
        now=at(15, 9),
        task_inputs=[services.TaskInput(task=task, status="in_progress", percent=20)],
    )
    client.force_login(commune_official)
    response = client.post(
        reverse("plans:task_delete", args=[plan.pk, task.pk]), follow=True
    )
    assert "đã có báo cáo tiến độ nên không xóa được" in response.content.decode()
    assert Task.objects.filter(pk=task.pk).exists() and TaskUpdate.objects.exists()


def test_a_commune_administrator_cannot_review_their_own_report(
    client, world, plan, commune_official
):
    admin = member(world.thuy_hung, Role.ADMINISTRATOR)
    with time_machine.travel(at(15, 10), tick=False):
        report = services.report_get_or_create(
            plan=plan, period_start=WEEK, today=datetime.date(2023, 3, 15)
        )
        services.report_submit(report=report, user=commune_official, now=at(15, 10))
        client.force_login(admin)
        assert (
            client.post(
                reverse("reports:review", args=[report.pk]), {"decision": "accept"}
            ).status_code
            == 403
        )
    report.refresh_from_db()
    assert report.status == "submitted"


@pytest.mark.parametrize(
    "week", ["0001-01-01", "9999-12-27", "2023-02-30", "khong-phai-ngay"]
)
def test_impossible_weeks_are_404_not_500(client, world, plan, reviewer, week):
    client.force_login(reviewer)
    assert (
        client.get(reverse("reports:review_list") + f"?tuan={week}").status_code == 404
    )
    assert client.get(reverse("reports:entry", args=[plan.pk, week])).status_code == 404


def test_reopen_with_garbage_ids_gets_a_message(client, world, plan, reviewer):
    client.force_login(reviewer)
    with time_machine.travel(at(20, 9), tick=False):
        response = client.post(
            reverse("reports:reopen"),
            {"period": WEEK.isoformat(), "plans": ["abc", "1 OR 1=1"], "reason": "x"},
            follow=True,
        )
    assert (
        response.status_code == 200
        and "Chọn ít nhất một xã" in response.content.decode()
    )


def test_plan_year_out_of_range_has_a_vietnamese_message(
    client, world, commune_official
):
    client.force_login(commune_official)
    data = {
        "area": world.thuy_hung.pk,
        "issuing_agency": world.agency_thuy_hung.pk,
        "doc_type": "KH",
        "symbol": "KH-UBND",
        "year": "1980",
        "title": "Kế hoạch cũ",
        "place": "Thụy Hùng",
        "report_period": "week",
        "report_weekday": "3",
        "report_time": "14:30",
        "status": "draft",
    }
    html = client.post(reverse("plans:create"), data).content.decode()
    assert "Năm kế hoạch phải từ 1990 đến 2100." in html
    assert "Constraint" not in html


def test_a_village_head_sees_only_their_villages_changes(
    client, world, plan, hedge, commune_official, village_head
):
    na_lai = hedge.allocations.get(village=world.na_lai)
    save_amounts(plan, commune_official, {na_lai: 77})
    client.force_login(village_head)
    with time_machine.travel(at(15, 10), tick=False):
        changes = client.get(entry_url(plan)).context["changes"]
    assert changes == []
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        changes = client.get(entry_url(plan)).context["changes"]
    assert [c.village for c in changes] == ["Thôn Nà Lài"]


def test_admin_is_for_superusers_only(client, world):
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert client.get(reverse("admin:villages_area_changelist")).status_code == 302
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(reverse("admin:villages_area_changelist")).status_code == 200


def test_resaving_an_unchanged_page_writes_nothing(
    client, world, plan, hedge, commune_official, reported
):
    from tests.reports.conftest import browser_data

    client.force_login(commune_official)
    url = entry_url(plan)
    with time_machine.travel(at(15, 10), tick=False):
        response = client.post(url, browser_data(client.get(url)))
    assert response.status_code == 302
    assert ProgressEntry.objects.get().version == 1
    assert ProgressEntry.history.count() == 1
