"""The commune groups of QĐ 51/2025/QĐ-TTg (2026–2030).

Each criterion of the 2026–2030 set has a level per group, and the decision
says which group a commune is in (shared/reference/criteria.md §5, [V]):

- nhóm 1: "xã liền kề đô thị hiện hữu và có định hướng phát triển thành đô
  thị, hoặc xã có tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế dưới 10%,
  hoặc xã được định hướng là đô thị mới";
- nhóm 3: "xã khu vực II và xã khu vực III thuộc địa bàn vùng đồng bào dân tộc
  thiểu số và miền núi được cấp có thẩm quyền phân định theo quy định";
- nhóm 2: "xã không thuộc nhóm 1 và nhóm 3".

The text read does not say which group wins when a commune meets the
conditions of both nhóm 1 and nhóm 3; the rule then names both and the
province's decision chooses (recorded as the assignment's basis).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from criteria.models import CommuneGroupAssignment
from criteria.permissions import managed_communes
from ntm.numbers import format_number
from ntm.text import nfc
from villages.models import AreaLevel


@dataclass(frozen=True)
class GroupFacts:
    minority_zone: int | None = None  # khu vực I, II, III; None outside the region
    next_to_urban: bool = False
    agriculture_share: Decimal | None = None  # percent
    new_urban: bool = False


@dataclass
class GroupDecision:
    group: int | None  # None: the conditions of nhóm 1 and nhóm 3 both hold
    candidates: list[int]
    reasons: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        if self.group is None:
            return (
                "Xã thỏa điều kiện của cả nhóm 1 và nhóm 3 ("
                + "; ".join(self.reasons)
                + "): chọn nhóm theo quyết định của UBND tỉnh."
            )
        return f"Xã nhóm {self.group}: " + "; ".join(self.reasons) + "."


def commune_group_rule(facts: GroupFacts) -> GroupDecision:
    """The group QĐ 51/2025/QĐ-TTg gives a commune with these facts."""
    first = []
    if facts.next_to_urban:
        first.append("liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị")
    if facts.agriculture_share is not None and facts.agriculture_share < 10:
        first.append(
            f"tỷ trọng nông nghiệp {format_number(facts.agriculture_share)}% (dưới 10%)"
        )
    if facts.new_urban:
        first.append("được định hướng là đô thị mới")
    third = []
    if facts.minority_zone in (2, 3):
        third.append(
            f"xã khu vực {'II' if facts.minority_zone == 2 else 'III'} thuộc vùng "
            "đồng bào dân tộc thiểu số và miền núi"
        )
    if first and third:
        return GroupDecision(None, [1, 3], first + third)
    if first:
        return GroupDecision(1, [1], first)
    if third:
        return GroupDecision(3, [3], third)
    return GroupDecision(2, [2], ["không thuộc nhóm 1 và nhóm 3"])


@transaction.atomic
def commune_group_assign(
    *,
    area,
    facts: GroupFacts,
    valid_from,
    basis: str,
    user,
    group: int | None = None,
    check_scope: bool = True,
) -> CommuneGroupAssignment:
    """Record `area`'s group from `valid_from`, as the rule gives it from
    `facts` (`group` chooses only where the rule leaves a choice, and must
    agree with it otherwise). Refused: a unit that is not a commune, one
    outside the provinces `user` manages, no basis, a group against the rule,
    a second assignment on the same day."""
    if area.level != AreaLevel.COMMUNE:
        raise ValidationError("Chỉ xã mới được xếp nhóm (QĐ 51/2025/QĐ-TTg).")
    if check_scope and not managed_communes(user).filter(pk=area.pk).exists():
        raise ValidationError(
            "Bạn không quản lý dữ liệu tham chiếu của tỉnh có xã này."
        )
    basis = nfc(basis)
    if not basis:
        raise ValidationError(
            {"basis": "Ghi căn cứ xếp nhóm (số, ngày quyết định của UBND tỉnh)."}
        )
    if facts.agriculture_share is not None and not (
        0 <= facts.agriculture_share <= 100
    ):
        raise ValidationError(
            {"agriculture_share": "Tỷ trọng nông nghiệp phải từ 0 đến 100%."}
        )
    decision = commune_group_rule(facts)
    if decision.group is None:
        if group not in decision.candidates:
            raise ValidationError({"group": decision.text})
    elif group not in (None, decision.group):
        raise ValidationError(
            {
                "group": f"Theo QĐ 51/2025/QĐ-TTg xã thuộc nhóm {decision.group} "
                f"({'; '.join(decision.reasons)}), không phải nhóm {group}."
            }
        )
    assignment = CommuneGroupAssignment(
        area=area,
        group=decision.group or group,
        valid_from=valid_from,
        basis=basis,
        minority_zone=facts.minority_zone,
        next_to_urban=facts.next_to_urban,
        agriculture_share=facts.agriculture_share,
        new_urban=facts.new_urban,
        assigned_by=user,
    )
    assignment.full_clean()
    try:
        with transaction.atomic():
            assignment.save()
    except IntegrityError as error:
        raise ValidationError(
            {"valid_from": "Xã đã có nhóm áp dụng từ ngày này."}
        ) from error
    return assignment
