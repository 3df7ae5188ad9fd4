"""The rows checked as a whole, per plan: what the upload changes, a conflict
with a newer version, an allocation the plan refuses."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ntm.xlsx import ImportProblem, quoted
from plans.models import Counting, Plan, Target
from plans.selectors import plan_villages
from plans.services import allocation_problems
from plans.target_import.layout import AllocationChange, ImportResult, NewTarget
from plans.target_import.parsing import SheetRow
from villages.models import Area


def _new_target(plan: Plan, new: NewTarget, order: int) -> Target:
    """The unsaved Target a new row describes, its kind's fields set."""
    return Target(
        plan=plan,
        order=order,
        name=new.name,
        quantity=new.quantity,
        **new.kind.fields(unit=new.unit, counting=Counting.INCREMENT),
    )


@dataclass
class RowSplit:
    row: SheetRow
    allocations: dict[Area, Decimal | None]


def plan_changes(*, plan: Plan, rows: list[SheetRow], result: ImportResult) -> list:
    """For each row that changes something: the full split to save, checked by
    the same rules as the allocation form; conflicts and sums as problems."""
    villages = {v.pk: v for v in plan_villages(plan=plan)}
    extra_ids = {
        a.village_id
        for r in rows
        if r.target is not None
        for a in r.target.allocations.all()
        if a.village_id not in villages
    }
    villages.update({v.pk: v for v in Area.objects.filter(pk__in=extra_ids)})
    plans = []
    last_order = max(plan.targets.values_list("order", flat=True), default=0)
    for r in rows:
        if r.bad:
            continue
        if r.new is not None:
            last_order += 1
            r.target = _new_target(plan, r.new, last_order)
            result.new_targets.append(r.new)
            split = {villages[vid]: q for vid, q in r.values.items()}
            given = {v: q for v, q in split.items() if q is not None}
            label = f"Dòng {r.row} ({quoted(r.new.name)})"
            for message in allocation_problems(target=r.target, allocations=given):
                result.problems.append(
                    ImportProblem(
                        message, label=label, sheet=r.sheet, row=r.row, cell=r.name_cell
                    )
                )
            for village, after in given.items():
                result.changes.append(
                    AllocationChange(
                        row=r.row,
                        target=r.new.name,
                        unit=r.target.unit,
                        village=village.full_name,
                        before=None,
                        after=after,
                    )
                )
            plans.append(RowSplit(row=r, allocations=split))
            continue
        target = r.target
        current = {a.village_id: a.quantity for a in target.allocations.all()}
        changed = [
            (village_id, current.get(village_id), value)
            for village_id, value in r.values.items()
            if current.get(village_id) != value
        ]
        if not changed:
            continue
        name_cell = r.name_cell
        label = f"Dòng {r.row} ({target.name})"
        if r.version != target.version:
            result.problems.append(
                ImportProblem(
                    "chỉ tiêu này đã được sửa sau khi bạn tải tệp mẫu (phiên bản "
                    f"{r.version or '?'}, nay là {target.version}). Không có gì được "
                    "lưu; hãy tải tệp mẫu mới, ghi lại số của dòng này rồi tải lên.",
                    label=label,
                    sheet=r.sheet,
                    row=r.row,
                    cell=name_cell,
                )
            )
            continue
        split = {villages[vid]: q for vid, q in current.items()}
        split.update({villages[vid]: q for vid, q in r.values.items()})
        given = {v: q for v, q in split.items() if q is not None}
        for message in allocation_problems(target=target, allocations=given):
            result.problems.append(
                ImportProblem(
                    message, label=label, sheet=r.sheet, row=r.row, cell=name_cell
                )
            )
        for village_id, before, after in changed:
            result.changes.append(
                AllocationChange(
                    row=r.row,
                    target=target.name,
                    unit=target.unit,
                    village=villages[village_id].full_name,
                    before=before,
                    after=after,
                )
            )
        plans.append(RowSplit(row=r, allocations=split))
    return plans
