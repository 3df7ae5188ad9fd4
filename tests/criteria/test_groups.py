"""QĐ 51/2025/QĐ-TTg (2026–2030): the rule that puts a commune in nhóm 1, 2
or 3, the group as data on the commune from a date, "đạt x/10" read against
the levels of the commune's group, and a merged commune assessed anew."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from criteria.groups import GroupFacts, commune_group_assign, commune_group_rule
from criteria.loading.fixture import SetMeta
from criteria.loading.parsed import (
    Level,
    ParsedCriterion,
    ParsedIndicator,
    ParsedRequirement,
    ParsedSet,
)
from criteria.loading.versions import criteria_set_save
from criteria.models import Assessment, LegalDocument
from criteria.selectors import commune_board, criteria_summary, requirement_for
from criteria.services import assessment_record
from tests.factories import commune, member, merged
from villages.models import Role

D = datetime.date


@pytest.mark.parametrize(
    "facts,group,reason",
    [
        (GroupFacts(next_to_urban=True), 1, "liền kề đô thị"),
        (GroupFacts(agriculture_share=Decimal("9.5")), 1, "dưới 10%"),
        (GroupFacts(new_urban=True), 1, "đô thị mới"),
        (GroupFacts(minority_zone=2), 3, "xã khu vực II"),
        (GroupFacts(minority_zone=3), 3, "xã khu vực III"),
        (
            GroupFacts(minority_zone=1, agriculture_share=Decimal("10")),
            2,
            "không thuộc",
        ),
        (GroupFacts(), 2, "không thuộc nhóm 1 và nhóm 3"),
    ],
)
def test_the_rule_gives_each_commune_its_group(facts, group, reason):
    decision = commune_group_rule(facts)
    assert decision.group == group and reason in decision.text


def test_a_commune_meeting_both_nhom_1_and_nhom_3_needs_the_provinces_choice(world):
    manager = member(world.lang_son, Role.REFERENCE_MANAGER, "tinh.vpdp")
    facts = GroupFacts(minority_zone=3, agriculture_share=Decimal("8"))
    assert commune_group_rule(facts).group is None
    with pytest.raises(ValidationError, match="cả nhóm 1 và nhóm 3"):
        commune_group_assign(
            area=world.direct_commune,
            facts=facts,
            valid_from=D(2026, 2, 15),
            basis="QĐ 12/QĐ-UBND",
            user=manager,
        )
    chosen = commune_group_assign(
        area=world.direct_commune,
        facts=facts,
        valid_from=D(2026, 2, 15),
        basis="QĐ 12/QĐ-UBND",
        user=manager,
        group=3,
    )
    assert chosen.group == 3 and chosen.assigned_by == manager


def test_assigning_a_group_is_refused_out_of_scope_against_the_rule_or_twice(world):
    manager = member(world.lang_son, Role.REFERENCE_MANAGER, "tinh.vpdp")
    official = member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    args = {"facts": GroupFacts(), "valid_from": D(2026, 2, 15), "basis": "QĐ 1"}
    with pytest.raises(ValidationError, match="không quản lý"):
        commune_group_assign(area=world.son_bang, user=manager, **args)  # Hà Tĩnh
    with pytest.raises(ValidationError, match="không quản lý"):
        commune_group_assign(area=world.thuy_hung, user=official, **args)
    with pytest.raises(ValidationError, match="Chỉ xã"):
        commune_group_assign(area=world.con_tong, user=manager, **args)
    with pytest.raises(ValidationError, match="không phải nhóm 1"):
        commune_group_assign(area=world.thuy_hung, user=manager, group=1, **args)
    with pytest.raises(ValidationError, match="Ghi căn cứ"):
        commune_group_assign(
            area=world.thuy_hung, user=manager, **{**args, "basis": " "}
        )
    commune_group_assign(area=world.thuy_hung, user=manager, **args)
    with pytest.raises(ValidationError, match="đã có nhóm áp dụng từ ngày này"):
        commune_group_assign(area=world.thuy_hung, user=manager, **args)


def group_set():
    """A 2026–2030 set whose levels differ by group: 1.1 Đạt for all, 1.2
    100% / 90% / 80%."""
    document = LegalDocument.objects.create(
        number="51/2025/QĐ-TTg", doc_type="QĐ", issuer="Thủ tướng Chính phủ"
    )
    levels = [
        ParsedRequirement(level=Level("gte", Decimal(v), f"≥ {v}%"), commune_group=g)
        for g, v in ((1, 100), (2, 90), (3, 80))
    ]
    parsed = ParsedSet(
        dimension="commune_group",
        criteria=[
            ParsedCriterion(
                number=1,
                name="Quy hoạch",
                indicators=[
                    ParsedIndicator(
                        "1.1", "Có quy hoạch", "", Level("met", text="Đạt")
                    ),
                    ParsedIndicator(
                        "1.2", "Tỷ lệ thôn có quy hoạch", "%", Level("gte"), levels
                    ),
                ],
            ),
            ParsedCriterion(
                number=2,
                name="Hạ tầng",
                indicators=[
                    ParsedIndicator(
                        "2.1", "Đường", "%", Level("gte", Decimal(70), "≥ 70%")
                    )
                ],
            ),
        ],
    )
    meta = SetMeta(
        code="thu-51",
        name="Bộ tiêu chí xã NTM 2026–2030 (thử)",
        level="xa_ntm",
        period_start=2026,
        period_end=2030,
        dimension="commune_group",
    )
    return criteria_set_save(meta=meta, parsed=parsed, document=document).criteria_set


def test_the_requirement_and_the_verdict_follow_the_group_in_force(world):
    manager = member(world.lang_son, Role.REFERENCE_MANAGER, "tinh.vpdp")
    official = member(world.direct_commune, Role.COMMUNE_OFFICIAL, "xa.dongdang")
    s = group_set()
    plans = s.criteria.get(number=1).indicators.get(code="1.2")
    area = world.direct_commune
    # No group yet: no level, so no verdict.
    assert not requirement_for(
        indicator=plans, area=area, on=D(2026, 3, 1)
    ).has_requirement
    made = assessment_record(
        area=area,
        indicator=plans,
        assessed_on=D(2026, 3, 1),
        user=official,
        value_number=Decimal("92"),
        status="met",
        today=D(2026, 3, 2),
    )
    assert made.status == "no_requirement" and made.requirement == ""
    commune_group_assign(
        area=area,
        facts=GroupFacts(agriculture_share=Decimal("35")),
        valid_from=D(2026, 4, 1),
        basis="QĐ 30/QĐ-UBND ngày 25/3/2026",
        user=manager,
    )
    commune_group_assign(
        area=area,
        facts=GroupFacts(agriculture_share=Decimal("7")),
        valid_from=D(2027, 1, 1),
        basis="QĐ 2/QĐ-UBND ngày 02/01/2027",
        user=manager,
    )
    area.refresh_from_db()
    assert (
        requirement_for(indicator=plans, area=area, on=D(2026, 6, 1)).required_text
        == "≥ 90%"
    )
    assert (
        requirement_for(indicator=plans, area=area, on=D(2027, 6, 1)).required_text
        == "≥ 100%"
    )
    # 92% meets nhóm 2's 90% in 2026, misses nhóm 1's 100% in 2027.
    for day, status in ((D(2026, 6, 1), "met"), (D(2027, 6, 1), "not_met")):
        made = assessment_record(
            area=area,
            indicator=plans,
            assessed_on=day,
            user=official,
            value_number=Decimal("92"),
            today=day,
        )
        assert made.status == status
    for code in ("1.1", "2.1"):
        assessment_record(
            area=area,
            indicator=s.criteria.get(number=int(code[0])).indicators.get(code=code),
            assessed_on=D(2026, 6, 1),
            user=official,
            status="met",
            value_number=Decimal("75") if code == "2.1" else None,
            today=D(2026, 6, 1),
        )
    assert criteria_summary(area=area, criteria_set=s, on=D(2026, 12, 31)).label == (
        "đạt 2/2 tiêu chí"
    )
    assert criteria_summary(area=area, criteria_set=s, on=D(2027, 12, 31)).label == (
        "đạt 1/2 tiêu chí"
    )
    board = commune_board(area=area, criteria_set=s, on=D(2027, 12, 31))
    assert board.rows[0].indicators[1].requirement == "≥ 100%"


def test_a_merged_commune_is_assessed_anew_never_before_it_existed(world):
    s = group_set()
    new = commune(world.ha_tinh, "Sơn Bằng mới", valid_from=D(2025, 7, 1))
    merged(new, [world.son_bang], legal_basis="NQ 1/2025")
    official = member(new, Role.COMMUNE_OFFICIAL, "xa.sonbangmoi")
    road = s.criteria.get(number=2).indicators.get(code="2.1")
    with pytest.raises(ValidationError, match="được thành lập ngày 01/07/2025"):
        assessment_record(
            area=new,
            indicator=road,
            assessed_on=D(2025, 6, 30),
            user=official,
            value_number=Decimal("80"),
            today=D(2026, 3, 1),
        )
    assert not Assessment.objects.filter(area=new).exists()
    made = assessment_record(
        area=new,
        indicator=road,
        assessed_on=D(2026, 3, 1),
        user=official,
        value_number=Decimal("80"),
        today=D(2026, 3, 1),
    )
    assert made.status == "met"
    assert criteria_summary(area=new, criteria_set=s, on=D(2026, 3, 1)).label == (
        "đạt 1/2 tiêu chí"
    )
