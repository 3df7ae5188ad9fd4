"""loaddemo: idempotent, refused in production, accounts on real seed areas."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings

from villages.models import Agency, Area, AreaSuccession, Membership, Official, Role


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
    official = Membership.objects.get(user__username="xa.thuyhung")
    assert official.area.full_name == "xã Thụy Hùng"
    assert official.area.parent.full_name == "huyện Cao Lộc"
    head = Membership.objects.get(user__username="thon.thinhbang")
    assert (
        head.area.full_name == "thôn Thịnh Bằng" and head.area.parent.name == "Sơn Bằng"
    )
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
