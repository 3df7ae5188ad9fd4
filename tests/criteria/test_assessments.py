"""Assessments: the requirement that applies to a commune, the computed
"đạt x/N" at any date, and the bad inputs of issue 5."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from criteria.models import (
    Criterion,
    Indicator,
    IndicatorRequirement,
)
from criteria.selectors import criteria_summaries, criteria_summary, requirement_for
from criteria.services import assessment_record, assessment_verify
from tests.factories import (
    CriteriaSetFactory,
    RegionFactory,
    member,
    merged,
    planning_and_roads,
)
from villages.models import Area, Region, Role

D = datetime.date


@pytest.fixture
def criteria_set(world):
    """Three criteria: 1 (yes/no), 2 (two indicators, one ≥ 90% generally,
    ≥ 70% in the northern uplands), 3 (no indicators yet)."""
    s = CriteriaSetFactory(name="Bộ thử", target_dimension="region")
    roads = planning_and_roads(s, verifying_agency=world.agency_lang_son)
    Criterion.objects.create(criteria_set=s, number=3, name="Thủy lợi")
    Indicator.objects.create(
        criterion=roads.criterion,
        code="2.2",
        name="Đường ngõ xóm sạch",
        comparator="met",
    )
    north = RegionFactory()
    IndicatorRequirement.objects.create(
        indicator=roads, region=north, comparator="gte", required_number=70
    )
    return s


def indicator(code):
    return Indicator.objects.get(code=code)


def test_the_region_and_the_northern_upland_rule_decide_the_requirement(
    world, criteria_set
):
    roads = Indicator.objects.prefetch_related("requirements__region").get(code="2.1")
    delta = Region.objects.create(code="DBSH", name="Đồng bằng sông Hồng", order=2)
    world.lang_son.region = delta
    world.lang_son.save()
    assert (
        requirement_for(
            indicator=roads, area=world.thuy_hung, on=D(2023, 1, 1)
        ).requirement_label
        == "≥ 90%"
    )
    world.thuy_hung.uses_northern_upland_targets = (
        True  # Article 1 of QĐ 318: a disadvantaged commune
    )
    assert (
        requirement_for(
            indicator=roads, area=world.thuy_hung, on=D(2023, 1, 1)
        ).requirement_label
        == "≥ 70%"
    )
    world.lang_son.region = Region.objects.get(code="TDMNPB")
    world.lang_son.save()
    fresh = Area.objects.get(pk=world.thuy_hung.pk)  # the region is looked up once
    assert (
        requirement_for(indicator=roads, area=fresh, on=D(2023, 1, 1)).requirement_label
        == "≥ 70%"
    )


def test_numbers_are_judged_against_the_communes_requirement(
    world, criteria_set, commune_official
):
    world.lang_son.region = Region.objects.get(code="TDMNPB")
    world.lang_son.save()
    a = assessment_record(
        area=world.thuy_hung,
        indicator=indicator("2.1"),
        assessed_on=D(2023, 6, 1),
        user=commune_official,
        value_number=Decimal("75"),
        today=D(2023, 6, 2),
    )
    assert a.status == "met" and a.requirement == "≥ 70%"
    b = assessment_record(
        area=world.thuy_hung,
        indicator=indicator("2.1"),
        assessed_on=D(2023, 7, 1),
        user=commune_official,
        value_number=Decimal("65"),
        today=D(2023, 7, 2),
    )
    assert b.status == "not_met"


def test_summary_is_computed_at_any_date(world, criteria_set, commune_official):
    def record(code, on, **kwargs):
        assessment_record(
            area=world.thuy_hung,
            indicator=indicator(code),
            assessed_on=on,
            user=commune_official,
            today=D(2024, 1, 1),
            **kwargs,
        )

    record("1.1", D(2022, 5, 1), status="met")
    record("2.1", D(2022, 5, 1), value_number=Decimal("95"))
    record("2.2", D(2022, 5, 1), status="not_met")
    record("2.2", D(2023, 3, 1), status="met")
    assert (
        criteria_summary(
            area=world.thuy_hung, criteria_set=criteria_set, on=D(2022, 12, 31)
        ).label
        == "đạt 1/3 tiêu chí"
    )
    assert (
        criteria_summary(
            area=world.thuy_hung, criteria_set=criteria_set, on=D(2023, 12, 31)
        ).label
        == "đạt 2/3 tiêu chí"
    )
    # Before any assessment: nothing is met; a criterion without indicators is never met.
    summary = criteria_summary(
        area=world.thuy_hung, criteria_set=criteria_set, on=D(2021, 1, 1)
    )
    assert summary.met_count == 0 and [r.indicators for r in summary.rows] == [1, 2, 0]
    # A late assessment dated earlier changes that earlier date's summary.
    record("1.1", D(2021, 6, 1), status="met")
    assert (
        criteria_summary(
            area=world.thuy_hung, criteria_set=criteria_set, on=D(2021, 12, 31)
        ).label
        == "đạt 1/3 tiêu chí"
    )


@pytest.mark.parametrize("communes", [1, 12])
def test_summaries_are_three_queries_whatever_the_size(
    world, criteria_set, commune_official, django_assert_num_queries, communes
):
    from tests.factories import AreaFactory

    areas = [world.thuy_hung] + [
        AreaFactory(parent=world.thuy_hung.parent, level="commune")
        for _ in range(communes - 1)
    ]
    admin = member(world.lang_son, Role.ADMINISTRATOR)
    for area in areas:
        for day in (1, 2):
            assessment_record(
                area=area,
                indicator=indicator("1.1"),
                assessed_on=D(2023, 1, day),
                user=admin,
                status="met",
                today=D(2023, 2, 1),
            )
    with django_assert_num_queries(3):
        summaries = criteria_summaries(
            area_ids=[a.pk for a in areas], criteria_set=criteria_set, on=D(2023, 1, 5)
        )
    assert {s.label for s in summaries.values()} == {"đạt 1/3 tiêu chí"}


@pytest.mark.parametrize(
    "code,kwargs,message",
    [
        ("2.1", {"status": "met"}, "cần một số"),
        ("1.1", {"value_number": Decimal("3"), "status": "met"}, "không nhập số"),
        ("1.1", {"status": "tot"}, "Chọn Đạt"),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused(
    world, criteria_set, commune_official, code, kwargs, message
):
    with pytest.raises(ValidationError, match=message):
        assessment_record(
            area=world.thuy_hung,
            indicator=indicator(code),
            assessed_on=D(2023, 1, 1),
            user=commune_official,
            today=D(2023, 1, 2),
            **kwargs,
        )


@pytest.mark.parametrize(
    ("area", "day", "message"),
    [
        ("thuy_hung", 3, "không được sau hôm nay"),
        ("nhat_tien", 1, "ngoài phạm vi"),
        ("con_tong", 1, "không phải thôn Cồn Tòng"),
    ],
)
def test_a_future_date_another_commune_and_a_village_are_refused(
    world, criteria_set, commune_official, area, day, message
):
    with pytest.raises(ValidationError, match=message):
        assessment_record(
            area=getattr(world, area),
            indicator=indicator("1.1"),
            assessed_on=D(2023, 1, day),
            user=commune_official,
            status="met",
            today=D(2023, 1, 2),
        )


def test_only_the_owning_agency_verifies(world, criteria_set, commune_official):
    a = assessment_record(
        area=world.thuy_hung,
        indicator=indicator("2.1"),
        assessed_on=D(2023, 1, 1),
        user=commune_official,
        value_number=Decimal("92"),
        today=D(2023, 1, 2),
    )
    outsider = member(world.lang_son, Role.PROVINCIAL_VIEWER)
    with pytest.raises(ValidationError, match="không thẩm định chỉ tiêu 2.1"):
        assessment_verify(assessment=a, user=outsider, verified=True)
    department = member(world.lang_son, Role.PROVINCIAL_VIEWER)
    department.memberships.update(agency=world.agency_lang_son)
    with pytest.raises(ValidationError, match="Ghi ý kiến"):
        assessment_verify(assessment=a, user=department, verified=False)
    assessment_verify(
        assessment=a,
        user=department,
        verified=False,
        comment="Thiếu biên bản nghiệm thu",
    )
    a.refresh_from_db()
    assert a.verification == "returned" and a.history.first().history_user == department


def test_a_merged_commune_starts_with_no_status_of_its_own(
    world, criteria_set, commune_official
):
    from tests.factories import commune

    assessment_record(
        area=world.thuy_hung,
        indicator=indicator("1.1"),
        assessed_on=D(2024, 1, 1),
        user=commune_official,
        status="met",
        today=D(2024, 1, 2),
    )
    new = commune(world.lang_son, "Thụy Hùng mới", valid_from=D(2025, 7, 1))
    merged(new, [world.thuy_hung])
    assert (
        criteria_summary(
            area=new, criteria_set=criteria_set, on=D(2025, 12, 31)
        ).met_count
        == 0
    )
    assert (
        criteria_summary(
            area=world.thuy_hung, criteria_set=criteria_set, on=D(2025, 6, 30)
        ).met_count
        == 1
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_trend_over_dates_matches_the_summary_of_each_date(world, criteria_set, seed):
    """criteria_trend (one read for the commune dashboard's five points) gives
    what criteria_summaries gives date by date: indicators in force that day,
    the latest assessment of each on or before it."""
    import random

    from criteria.models import Assessment
    from criteria.selectors import criteria_trend

    rng = random.Random(seed)
    amended = indicator("2.2")
    amended.valid_from, amended.valid_to = D(2023, 3, 1), D(2023, 9, 30)
    amended.save()
    days = [D(2023, 1, 1) + datetime.timedelta(days=45 * n) for n in range(8)]
    for code in ("1.1", "2.1", "2.2"):
        for _ in range(rng.randint(0, 6)):
            Assessment.objects.update_or_create(
                area=world.thuy_hung,
                indicator=indicator(code),
                assessed_on=rng.choice(days)
                - datetime.timedelta(days=rng.randint(0, 2)),
                defaults={"status": rng.choice(["met", "not_met"])},
            )
    trend = criteria_trend(
        area_id=world.thuy_hung.pk, criteria_set=criteria_set, days=days
    )
    for day in days:
        expected = criteria_summaries(
            area_ids=[world.thuy_hung.pk], criteria_set=criteria_set, on=day
        )[world.thuy_hung.pk]
        assert [(r.criterion.pk, r.indicators, r.met) for r in trend[day].rows] == [
            (r.criterion.pk, r.indicators, r.met) for r in expected.rows
        ], day
