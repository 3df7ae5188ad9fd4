"""loaddemo: idempotent, refused in production, accounts on real seed areas."""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from plans.models import Plan, VillageTarget
from reports.models import ProgressReport, ReportStatus
from villages.models import (
    Agency,
    Area,
    AreaLevel,
    AreaSuccession,
    Membership,
    Official,
    Role,
)
from villages.services import DEMO_PASSWORD


def snapshot():
    """Row count and full contents of every table the command writes."""
    state = {}
    for model in apps.get_models():
        if (
            model._meta.app_label in {"villages", "criteria", "auth"}
            and not model._meta.auto_created
        ):
            rows = model.objects.order_by("pk").values()
            state[model._meta.label] = [
                {
                    k: v
                    for k, v in row.items()
                    if k not in {"last_login", "created_at", "password"}
                }
                for row in rows
            ]
    return state


@pytest.fixture
def demo(db):
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0)


def test_loaddemo_twice_changes_nothing(demo):
    first = snapshot()
    assert len(first["villages.Area"]) >= 20
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0)
    assert snapshot() == first


def test_loaddemo_is_refused_when_debug_is_off(db):
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="DEBUG tắt"):
        call_command("loaddemo")
    assert not Area.objects.exists()


def test_every_role_has_a_demo_account_on_a_seed_area(demo):
    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == set(Role.values)
    # The commune official keeps the 2021–2025 commune (history) and works in
    # its successor, directly under the province.
    history, current = sorted(
        Membership.objects.filter(user__username="xa.thuyhung"),
        key=lambda m: m.area.valid_to is None,
    )
    assert history.area.full_name == "xã Thụy Hùng"
    assert history.area.parent.full_name == "huyện Cao Lộc"
    assert history.area.valid_to == datetime.date(2025, 6, 30)
    assert current.area.full_name == "xã Đồng Đăng"
    assert current.area.parent.full_name == "tỉnh Lạng Sơn"
    assert current.area.formed_by.get().predecessors.get() == history.area
    heads = Membership.objects.filter(user__username="thon.thinhbang")
    assert {(m.area.full_name, m.area.parent.name) for m in heads} == {
        ("thôn Thịnh Bằng", "Sơn Bằng")
    }
    assert {m.area.parent.valid_to for m in heads} == {
        None,
        datetime.date(2025, 6, 30),
    }
    assert get_user_model().objects.get(username="quantri").is_superuser


def test_demo_accounts_can_log_in_with_the_printed_password(client, demo):
    assert client.login(username="xa.sonbang", password="demo-ntm-2026")


def test_seed_places_and_bodies_are_loaded(demo):
    son_bang = Area.objects.get(name="Sơn Bằng", valid_to__isnull=False)
    assert son_bang.children.count() == 5  # seed 003: "5/5 thôn"
    assert son_bang.children.filter(name="Thịnh Bằng", is_demo=False).exists()
    assert son_bang.children.filter(is_demo=True).count() == 4
    for name in ["Nhật Tiến", "Hòa Lạc", "Tân Thành"]:
        assert Area.objects.get(name=name).parent.name == "Hữu Lũng"
    for name in [
        "Phòng Tài nguyên và Môi trường huyện Cao Lộc",
        "Hội Cựu chiến binh tỉnh Lạng Sơn",
        "Văn phòng Điều phối nông thôn mới tỉnh Lạng Sơn",
        "Công chức Địa chính - Nông lâm xã Thụy Hùng",
        "Các thôn xã Thụy Hùng",
        "Chi cục Bảo vệ môi trường tỉnh Lạng Sơn",
    ]:
        assert Agency.objects.filter(name=name).exists(), name
    assert (
        Official.objects.get(full_name="Đông Minh Hữu").agency.name
        == "Ủy ban nhân dân xã Thụy Hùng"
    )
    assert {
        o.full_name for o in Official.objects.filter(agency__short_name="Sở TN&MT")
    } == {
        "Nguyễn Hữu Trục",
        "Ngô Việt Hải",
    }


def test_demo_shows_both_shapes_of_the_tree(demo):
    new = Area.objects.get(name="Sơn Bằng", valid_from__isnull=False)
    assert new.parent.level == "province"  # since 1/7/2025: no district
    succession = AreaSuccession.objects.get(successor=new)
    assert succession.is_demo
    assert succession.predecessors.filter(
        name="Sơn Bằng", parent__name="Hương Sơn"
    ).exists()
    assert all(
        d.valid_to.isoformat() == "2025-06-30"
        for d in Area.objects.filter(level="district")
    )


def test_provincial_sets_name_the_agency_that_verifies(demo):
    from criteria.models import CriteriaSet, Indicator

    indicator = Indicator.objects.get(
        criterion__criteria_set__code="ls1494-xa-ntm", code="17.2"
    )
    assert (
        indicator.verifying_agency.name == "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"
    )
    assert indicator.inherits_from.criterion.criteria_set.code == "qd318-xa-ntm"
    model = CriteriaSet.objects.get(code="ls1494-xa-ntm-kieu-mau")
    fields = list(model.outstanding_fields.values_list("code", flat=True))
    assert (
        fields[-1] == "4.3" and len(fields) == 9
    )  # the 8 national fields, then Lạng Sơn's


def test_amended_indicators_point_at_the_amending_decision(demo):
    from criteria.models import LegalDocument

    amended = LegalDocument.objects.get(number="211/QĐ-TTg").amends
    # QĐ 211/QĐ-TTg of 2024 amends both the commune and the district sets.
    assert sorted(amended.values_list("number", flat=True)) == [
        "318/QĐ-TTg",
        "320/QĐ-TTg",
    ]


def test_home_lists_the_criteria_sets_in_force_for_each_role(client, demo):
    import time_machine

    with time_machine.travel("2023-03-16 09:00 +0700"):
        client.login(username="xa.thuyhung", password="demo-ntm-2026")
        html = client.get("/").content.decode()
        assert "1494/QĐ-UBND" in html and "318/QĐ-TTg" in html
        assert "36/2022/QĐ-UBND" not in html  # Hà Tĩnh's sets are not Lạng Sơn's
        client.login(username="thon.thinhbang", password="demo-ntm-2026")
        html = client.get("/").content.decode()
        assert "39/2022/QĐ-UBND" in html  # the village-level set of Hà Tĩnh
        assert "318/QĐ-TTg" not in html


def test_vietnamese_full_names_display_in_order(demo):
    user = get_user_model().objects.get(username="xa.thuyhung")
    assert user.get_full_name() == "Công chức xã Thụy Hùng (minh họa)"


def test_demo_plans_have_their_weekly_summaries_built(demo):
    from plans.models import Plan
    from reports import summaries
    from reports.models import PlanProgressWeek

    plan_ids = list(
        Plan.objects.filter(targets__isnull=False).values_list("pk", flat=True)
    )
    assert plan_ids and summaries.stale(plan_ids) == []
    assert PlanProgressWeek.objects.filter(plan__in=plan_ids).count() > len(
        set(plan_ids)
    )


def test_this_years_plans_sit_on_communes_valid_today_under_their_province(demo):
    """Issue 22: the post-2025 shape. This year's plans are on communes valid
    today, directly under a province, with villages valid today; the seed plans
    of 2023 stay on the communes and districts of 2021–2025."""
    today = timezone.localdate()
    current = Plan.objects.filter(year=today.year).select_related("area__parent")
    assert current.count() == 3
    for plan in current:
        area = plan.area
        assert area.level == AreaLevel.COMMUNE, plan
        assert area.parent.level == AreaLevel.PROVINCE, plan
        assert area.valid_from is not None and area.valid_from <= today
        assert area.valid_to is None or area.valid_to >= today
        villages = {
            vt.village for vt in VillageTarget.objects.filter(target__plan=plan)
        }
        assert villages and all(
            v.parent_id == area.pk and v.valid_to is None for v in villages
        )
    assert {p.area.full_name for p in current} == {"xã Sơn Bằng", "xã Đồng Đăng"}
    history = Plan.objects.filter(year=2023, area__level=AreaLevel.COMMUNE)
    assert history.count() >= 2
    for plan in history.select_related("area__parent"):
        assert plan.area.parent.level == AreaLevel.DISTRICT, plan
        assert plan.area.parent.valid_to == datetime.date(2025, 6, 30)


def test_the_province_reviewer_returns_a_report_the_district_no_longer_can(
    client, demo
):
    waiting = ProgressReport.objects.get(
        plan__year=timezone.localdate().year, status=ReportStatus.SUBMITTED
    )
    assert waiting.plan.area.parent.name == "Hà Tĩnh"
    url = reverse("reports:review", args=[waiting.pk])
    comment = "Đề nghị bổ sung ảnh hàng rào xanh của thôn Thịnh Bằng."
    # The former district sees only its history: the report is outside it.
    assert client.login(username="huyen.huongson", password=DEMO_PASSWORD)
    client.post(url, {"decision": "return", "comment": comment})
    waiting.refresh_from_db()
    assert waiting.status == ReportStatus.SUBMITTED
    assert client.login(username="tinh.hatinh.duyet", password=DEMO_PASSWORD)
    response = client.get(reverse("home"))
    entry = reverse("reports:current", args=[waiting.plan_id])
    # Waiting for review, on the home page.
    assert f"{entry}?tuan={waiting.period_start.isoformat()}" in (
        response.content.decode()
    )
    assert client.post(url, {"decision": "return", "comment": comment}).status_code in (
        200,
        302,
    )
    waiting.refresh_from_db()
    assert waiting.status == ReportStatus.RETURNED
    assert waiting.reviewed_by.username == "tinh.hatinh.duyet"
    assert waiting.review_comment == comment


def test_a_district_account_is_told_its_district_is_history(client, demo):
    assert client.login(username="huyen.caoloc", password=DEMO_PASSWORD)
    page = client.get(reverse("home")).content.decode()
    assert "huyện Cao Lộc thôi hoạt động từ ngày 30/06/2025" in page.replace(
        "Huyện", "huyện"
    )
    assert "báo cáo của các xã do tỉnh duyệt" in page


def test_a_merged_commune_links_only_the_former_communes_the_user_may_open(
    client, demo
):
    merged = Area.objects.get(name="Sơn Bằng", valid_from__isnull=False)
    son_bang = Area.objects.get(name="Sơn Bằng", valid_to__isnull=False)
    son_trung = Area.objects.get(name="Sơn Trung")
    # The commune's official works for the new commune only (the memberships
    # of the former ones ended on 30/06/2025) and reads both former communes
    # as its history, read only: both named and linked.
    assert client.login(username="xa.sonbang", password=DEMO_PASSWORD)
    page = client.get(reverse("area_detail", args=[merged.pk])).content.decode()
    assert "xã Sơn Trung" in page  # named as a former commune
    for former in (son_bang, son_trung):
        assert reverse("area_detail", args=[former.pk]) in page
        assert client.get(reverse("area_detail", args=[former.pk])).status_code == 200
    # Another province's merged commune names nothing of them, links nothing.
    assert client.login(username="xa.thuyhung", password=DEMO_PASSWORD)
    for former in (son_bang, son_trung):
        assert client.get(reverse("area_detail", args=[former.pk])).status_code == 404
    # The province, whose tree holds them as history, opens both.
    assert client.login(username="tinh.hatinh.duyet", password=DEMO_PASSWORD)
    page = client.get(reverse("area_detail", args=[merged.pk])).content.decode()
    for former in (son_bang, son_trung):
        assert reverse("area_detail", args=[former.pk]) in page
        assert client.get(reverse("area_detail", args=[former.pk])).status_code == 200
