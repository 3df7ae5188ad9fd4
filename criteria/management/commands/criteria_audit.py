"""`manage.py criteria_audit`: per criteria set (current versions, or all
with --all-versions), its criteria and indicators, how many have a required
value, how many carry a source, how many were checked against it.

Rows a provincial set inherits from its parent are counted apart and are
never verified (the database refuses it); stand-in indicators (a criterion
loaded without its indicators, "chưa có văn bản đối chiếu") likewise.
"""

from dataclasses import dataclass

from django.core.management.base import BaseCommand
from django.db.models import Prefetch

from criteria.models import (
    NUMERIC_COMPARATORS,
    CriteriaSet,
    Indicator,
    IndicatorRequirement,
)


@dataclass
class SetAudit:
    criteria_set: CriteriaSet
    criteria: int = 0
    criteria_inherited: int = 0
    criteria_sourced: int = 0
    criteria_verified: int = 0
    indicators: int = 0
    indicators_inherited: int = 0
    stand_ins: int = 0
    numeric: int = 0
    numeric_with_value: int = 0
    with_value: int = 0
    indicators_sourced: int = 0
    indicators_verified: int = 0
    levels: int = 0  # per region, group or year
    levels_inherited: int = 0
    levels_verified: int = 0


def _sourced(item) -> bool:
    return bool(item.source or item.source_document_id)


def audit(criteria_set: CriteriaSet) -> SetAudit:
    """The counts of one set version (3 queries)."""
    result = SetAudit(criteria_set)
    for criterion in criteria_set.criteria.all():
        result.criteria += 1
        result.criteria_inherited += criterion.inherited
        result.criteria_sourced += not criterion.inherited and _sourced(criterion)
        result.criteria_verified += criterion.verified
    indicators = Indicator.objects.filter(
        criterion__criteria_set=criteria_set, valid_to__isnull=True
    ).prefetch_related(
        Prefetch("requirements", queryset=IndicatorRequirement.objects.all())
    )
    for indicator in indicators:
        if indicator.whole_criterion:
            result.stand_ins += 1
            continue
        rows = list(indicator.requirements.all())
        result.indicators += 1
        result.indicators_inherited += indicator.inherited
        has_value = indicator.has_requirement or any(r.has_requirement for r in rows)
        result.with_value += has_value
        if indicator.comparator in NUMERIC_COMPARATORS:
            result.numeric += 1
            result.numeric_with_value += has_value
        result.indicators_sourced += not indicator.inherited and _sourced(indicator)
        result.indicators_verified += indicator.verified
        for row in rows:
            result.levels += 1
            result.levels_inherited += row.inherited
            result.levels_verified += row.verified
    return result


def audits(*, all_versions: bool = False) -> list[SetAudit]:
    sets = CriteriaSet.objects.select_related("document").order_by(
        "-period_end", "province__name", "code", "version"
    )
    if not all_versions:
        sets = sets.current_versions()
    return [audit(criteria_set) for criteria_set in sets]


def _inherited(count: int, inherited: int, parent: bool) -> str:
    return f" (riêng {count - inherited}, kế thừa {inherited})" if parent else ""


def lines(row: SetAudit) -> list[str]:
    s = row.criteria_set
    parent = s.parent_id is not None
    expected = f"; văn bản có {s.expected_indicators}" if s.expected_indicators else ""
    out = [
        f"{s.code} v{s.version} – {s.document.number}"
        + ("" if s.is_current else " (đã thay thế)"),
        f"  tiêu chí: {row.criteria}"
        + _inherited(row.criteria, row.criteria_inherited, parent)
        + f"; có nguồn {row.criteria_sourced}; đã đối chiếu {row.criteria_verified}",
        f"  chỉ tiêu: {row.indicators}"
        + _inherited(row.indicators, row.indicators_inherited, parent)
        + f"{expected}; có mức yêu cầu {row.with_value} (định lượng "
        f"{row.numeric_with_value}/{row.numeric}); có nguồn "
        f"{row.indicators_sourced}; đã đối chiếu {row.indicators_verified}",
    ]
    if row.levels:
        out.append(
            f"  mức theo vùng, nhóm xã, năm: {row.levels}"
            + _inherited(row.levels, row.levels_inherited, parent)
            + f"; đã đối chiếu {row.levels_verified}"
        )
    if row.stand_ins:
        out.append(
            f"  chưa có văn bản đối chiếu: {row.stand_ins} tiêu chí chưa nạp chỉ tiêu "
            "(đánh giá cả tiêu chí)"
        )
    return out


class Command(BaseCommand):
    help = (
        "Kiểm kê dữ liệu tham chiếu: với mỗi bộ tiêu chí, số tiêu chí và chỉ tiêu, "
        "số có mức yêu cầu, số ghi nguồn, số đã đối chiếu (dòng kế thừa không bao "
        "giờ tính là đã đối chiếu)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all-versions",
            action="store_true",
            help="Kể cả các phiên bản đã được thay thế.",
        )

    def handle(self, *args, all_versions=False, **options):
        rows = audits(all_versions=all_versions)
        for row in rows:
            self.stdout.write("\n".join(lines(row)))
        total = SetAudit(criteria_set=None)
        for row in rows:
            for name in total.__dataclass_fields__:
                if name != "criteria_set":
                    setattr(total, name, getattr(total, name) + getattr(row, name))
        self.stdout.write(
            f"Tổng {len(rows)} bộ: {total.criteria} tiêu chí ({total.criteria_verified} "
            f"đã đối chiếu); {total.indicators} chỉ tiêu ({total.with_value} có mức yêu "
            f"cầu, {total.indicators_sourced} có nguồn riêng, "
            f"{total.indicators_verified} đã đối chiếu) và {total.stand_ins} tiêu chí "
            f"chưa nạp chỉ tiêu; {total.levels} mức theo vùng, nhóm xã, năm "
            f"({total.levels_verified} đã đối chiếu)."
        )
