"""The demo assessments agree with the seeds, and a merged commune starts with
no status of its own (issue 5)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from criteria.models import Assessment, Indicator
from criteria.selectors import criteria_summary, predecessor_history
from tests.criteria.conftest import current
from villages.models import Area

TODAY = datetime.date(2026, 11, 24)
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def demo(db):
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0)


def area(*names):
    found = None
    for name in names:
        found = Area.objects.get(parent=found, name=name)
    return found


def label(names, code, on=TODAY):
    return criteria_summary(area=area(*names), criteria_set=current(code), on=on).label


# Criteria of QĐ 318 (and the provincial sets that inherit it) whose every
# indicator has a known level for a TDMNPB or BTB commune: 1 (Đạt), 3 (3.1 ≥
# 80%, 3.2 Đạt), 7, 8, 18, 19 (Đạt). Every other criterion holds an indicator
# with no required value, which gets no verdict: never "Đạt".
JUDGEABLE = [1, 3, 7, 8, 18, 19]


def test_the_computed_counts_agree_with_the_seeds(demo):
    thuy_hung = ("Lạng Sơn", "Cao Lộc", "Thụy Hùng")
    # Seed 000: recognised as NTM; the environment criterion under review in 2023.
    assert label(thuy_hung, "qd1980-xa-ntm") == "đạt 19/19 tiêu chí"
    assert label(thuy_hung, "ls1494-xa-ntm") == "đạt 6/19 tiêu chí"
    board = criteria_summary(
        area=area(*thuy_hung), criteria_set=current("ls1494-xa-ntm"), on=TODAY
    )
    assert [row.criterion.number for row in board.rows if row.is_met] == JUDGEABLE
    # No numeric indicator was given an invented level: those without one
    # carry the demo figure and no verdict, or were not assessed at all.
    statuses = dict(
        Assessment.objects.filter(
            area=area(*thuy_hung),
            indicator__criterion__criteria_set=current("ls1494-xa-ntm"),
        ).values_list("indicator__code", "status")
    )
    assert statuses["17.8"] == statuses["17.11"] == "no_requirement"
    assert statuses["17.6"] == "not_met" and statuses["3.1"] == "met"
    assert "2.1" not in statuses and "10" not in statuses
    # Seed 002: Nhật Tiến and Hòa Lạc aim at 19/19, Tân Thành at 14/14, in 2020.
    for commune in ("Nhật Tiến", "Hòa Lạc"):
        met = label(("Lạng Sơn", "Hữu Lũng", commune), "qd1980-xa-ntm")
        assert met.startswith("đạt 1") and met != "đạt 19/19 tiêu chí"
    assert label(("Lạng Sơn", "Hữu Lũng", "Tân Thành"), "ls933-xa-ntm-nang-cao") == (
        "đạt 12/14 tiêu chí"
    )
    # Seed 003: Thịnh Bằng is a khu dân cư kiểu mẫu; four villages still on their way.
    son_bang = ("Hà Tĩnh", "Hương Sơn", "Sơn Bằng")
    assert label((*son_bang, "Thịnh Bằng"), "ht39-khu-dan-cu-kieu-mau") == (
        "đạt 10/10 tiêu chí"
    )
    others = [
        label((*son_bang, name), "ht39-khu-dan-cu-kieu-mau")
        for name in ("Trung Bằng", "Tân Bằng", "Hòa Bằng", "Phúc Bằng")
    ]
    assert others == [
        "đạt 8/10 tiêu chí",
        "đạt 7/10 tiêu chí",
        "đạt 9/10 tiêu chí",
        "đạt 8/10 tiêu chí",
    ]
    # Before the first assessment nothing is met: the path over the years.
    assert label(thuy_hung, "ls1494-xa-ntm", on=datetime.date(2022, 12, 31)) == (
        "đạt 0/19 tiêu chí"
    )


def test_the_environment_department_has_its_indicators_waiting(demo, client):
    client.login(username="tinh.langson", password="demo-ntm-2026")
    waiting = client.get(reverse("criteria:queue")).context["assessments"]
    assert [a.indicator.code for a in waiting] == ["17.6", "17.8", "17.12"]
    returned = client.get(reverse("criteria:queue") + "?trang-thai=tra-lai")
    assert [a.indicator.code for a in returned.context["assessments"]] == ["17.11"]
    verified = Assessment.objects.filter(verification="verified")
    assert sorted(a.indicator.code for a in verified) == ["17.2", "17.3", "17.7"]


def test_the_merged_commune_shows_its_predecessors_as_history_only(demo, client):
    new = Area.objects.get(name="Sơn Bằng", valid_from__isnull=False)
    # Assessed anew under the set in force, never from its predecessors.
    own = Assessment.objects.filter(area=new)
    assert {a.indicator.criterion.criteria_set.code for a in own} == {
        "qd51-xa-ntm-2026"
    }
    assert min(a.assessed_on for a in own) >= new.valid_from
    history = predecessor_history(area=new)
    assert [(p.area.name, p.summary.label) for p in history.areas] == [
        ("Sơn Bằng", "đạt 6/19 tiêu chí"),
        ("Sơn Trung", "đạt 6/19 tiêu chí"),
    ]
    client.login(username="quantri", password="demo-ntm-2026")
    page = client.get(reverse("criteria:board", args=[new.pk])).content.decode()
    assert "Đạt 7/10 tiêu chí" in page  # QĐ 51 (2026–2030) applies from 2026
    assert "chỉ là lịch sử" in page and "đạt 6/19 tiêu chí" in page
    before = client.get(
        reverse("criteria:board", args=[new.pk]) + "?ngay=30/06/2026"
    ).content.decode()
    assert "Đạt 7/10 tiêu chí" in before
    assert (
        "Đạt 0/10 tiêu chí"
        in client.get(
            reverse("criteria:board", args=[new.pk]) + "?ngay=29/06/2026"
        ).content.decode()
    )


def test_every_criterion_can_be_assessed(demo):
    """Criteria loaded without indicators get one stand-in each, once, marked
    as having no source to check against."""
    s = current("qd51-xa-ntm-2026")
    stand_ins = Indicator.objects.filter(criterion__criteria_set=s)
    assert stand_ins.count() == s.criteria.count() == 10
    assert all(i.whole_criterion and not i.verified for i in stand_ins)
    assert all(i.source.startswith("Chưa có văn bản đối chiếu") for i in stand_ins)
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0)
    assert current("qd51-xa-ntm-2026") == s and stand_ins.count() == 10
    real = current("qd318-xa-ntm")
    assert not Indicator.objects.filter(
        criterion__criteria_set=real, whole_criterion=True
    ).exists()


def test_a_plans_goals_show_the_gap_and_the_work_on_it(demo, client):
    from plans.models import Plan

    plan = Plan.objects.get(area__name="Thụy Hùng", goals__kind="keep")
    client.login(username="xa.thuyhung", password="demo-ntm-2026")
    # In the plan's year: since 01/07/2025 the official works for xã Đồng Đăng.
    with time_machine.travel(datetime.datetime(2023, 12, 20, 9, tzinfo=HANOI)):
        page = client.get(reverse("plans:gaps", args=[plan.pk]))
    keep = page.context["gaps"][0]
    assert keep.summary.label == "đạt 6/19 tiêu chí"
    gaps = {gap.criterion.number: gap for gap in keep.gaps}
    assert sorted(gaps) == sorted(set(range(1, 20)) - set(JUDGEABLE))
    linked = gaps[17].tasks
    assert linked and all(
        task.indicators.filter(criterion__number=17).exists() for task in linked
    )
    text = page.content.decode()
    assert "Tiêu chí 17. Môi trường" in text and linked[0].title in text
    # A commune-level goal never gets a count from a village-level set.
    village_goal = page.context["gaps"][1]
    assert village_goal.summary is None and "đánh giá cấp thôn" in text
    client.login(username="xa.sonbang", password="demo-ntm-2026")
    assert client.get(reverse("plans:gaps", args=[plan.pk])).status_code == 404
