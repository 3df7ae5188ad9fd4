"""`manage.py criteria_audit`: per criteria set, what is loaded, what has a
required value, what carries a source and what was checked against it.

Inherited rows (copied from the parent set) are counted apart and never as
verified; stand-in indicators (a criterion loaded without its indicators)
likewise.
"""

from django.core.management.base import BaseCommand
from django.db.models import Q

from criteria.models import (
    INHERITED_INDICATOR,
    CriteriaSet,
    Criterion,
    Indicator,
    IndicatorRequirement,
)
from criteria.selectors import requirement_counts


def audit_rows(*, all_versions: bool = False) -> list[dict]:
    """One dict of counts per set (its current version, or every version)."""
    sets = CriteriaSet.objects.select_related("document").order_by(
        "-period_end", "province__name", "code", "version"
    )
    if not all_versions:
        sets = sets.current_versions()
    rows = []
    for criteria_set in sets:
        criteria = Criterion.objects.filter(criteria_set=criteria_set)
        indicators = Indicator.objects.filter(
            criterion__criteria_set=criteria_set, valid_to__isnull=True
        )
        real = indicators.filter(whole_criterion=False)
        own = real.exclude(INHERITED_INDICATOR)
        levels = IndicatorRequirement.objects.filter(indicator__in=real)
        counts = requirement_counts(criteria_set=criteria_set)
        sourced = ~Q(source="") | Q(source_document__isnull=False)
        rows.append(
            {
                "set": criteria_set,
                "criteria": criteria.count(),
                "criteria_own": criteria.filter(inherited=False).count(),
                "criteria_sourced": criteria.filter(sourced, inherited=False).count(),
                "criteria_verified": criteria.filter(verified=True).count(),
                "indicators": real.count(),
                "indicators_own": own.count(),
                "stand_ins": indicators.filter(whole_criterion=True).count(),
                "expected": criteria_set.expected_indicators,
                "with_value": real.count() - _without_value(real),
                "indicators_sourced": own.filter(sourced).count(),
                "indicators_verified": real.filter(verified=True).count(),
                "levels": counts.total,
                "levels_own": levels.filter(inherited=False).count(),
                "levels_verified": levels.filter(verified=True).count(),
                "levels_unverified": counts.unverified,
            }
        )
    return rows


def _without_value(indicators) -> int:
    count = 0
    for indicator in indicators.prefetch_related("requirements"):
        if not indicator.has_requirement and not any(
            r.has_requirement for r in indicator.requirements.all()
        ):
            count += 1
    return count


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
        rows = audit_rows(all_versions=all_versions)
        totals = {}
        for row in rows:
            s = row["set"]
            own = (
                f" (riêng {row['criteria_own']}, kế thừa "
                f"{row['criteria'] - row['criteria_own']})"
                if s.parent_id
                else ""
            )
            expected = f" / {row['expected']} theo văn bản" if row["expected"] else ""
            self.stdout.write(
                f"{s.code} v{s.version} – {s.document.number}\n"
                f"  tiêu chí: {row['criteria']}{own}; ghi nguồn {row['criteria_sourced']};"
                f" đã đối chiếu {row['criteria_verified']}\n"
                f"  chỉ tiêu: {row['indicators']}{expected}"
                + (
                    f" (riêng {row['indicators_own']}, kế thừa "
                    f"{row['indicators'] - row['indicators_own']})"
                    if s.parent_id
                    else ""
                )
                + f", thay cả tiêu chí {row['stand_ins']}; có mức yêu cầu "
                f"{row['with_value']}; ghi nguồn {row['indicators_sourced']}; đã đối "
                f"chiếu {row['indicators_verified']}\n"
                f"  mức yêu cầu: {row['levels']} (theo vùng/nhóm/năm: "
                f"{row['levels_own']} riêng); đã đối chiếu "
                f"{row['levels'] - row['levels_unverified']}"
            )
            for key in (
                "criteria",
                "criteria_verified",
                "indicators",
                "with_value",
                "indicators_verified",
                "stand_ins",
                "levels",
            ):
                totals[key] = totals.get(key, 0) + row[key]
        self.stdout.write(
            f"Tổng {len(rows)} bộ: {totals.get('criteria', 0)} tiêu chí "
            f"({totals.get('criteria_verified', 0)} đã đối chiếu); "
            f"{totals.get('indicators', 0)} chỉ tiêu "
            f"({totals.get('with_value', 0)} có mức yêu cầu, "
            f"{totals.get('indicators_verified', 0)} đã đối chiếu) và "
            f"{totals.get('stand_ins', 0)} chỉ tiêu thay cả tiêu chí; "
            f"{totals.get('levels', 0)} mức yêu cầu."
        )
