"""Writes for plans, tasks, targets, sections and phases. Views and imports call these;
each is atomic, validates with full_clean(), and refuses a stale version
(optimistic concurrency) instead of silently overwriting someone's work."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max

from criteria.models import LegalDocument
from ntm.numbers import format_number
from ntm.text import fold, nfc
from plans import flags
from plans.models import (
    Plan,
    PlanBasis,
    PlanSection,
    Recipient,
    Target,
    TargetRevision,
    Task,
    VillageTarget,
)
from villages.models import Agency, AgencyKind, Area, AreaLevel


class ConflictError(Exception):
    """Someone else saved the same record since the form was opened."""

    def __init__(self, label: str):
        super().__init__(
            f"{label} vừa được người khác lưu trong lúc bạn sửa. Dữ liệu bạn nhập vẫn giữ "
            "nguyên bên dưới; hãy mở bản mới ở tab khác, đối chiếu rồi lưu lại."
        )


def _claim_version(model, pk: int, version: int, label: str) -> None:
    """Bump the version if it is still `version`, in one UPDATE; else conflict."""
    if not model.objects.filter(pk=pk, version=version).update(
        version=F("version") + 1
    ):
        raise ConflictError(label)


def _claim_or_place(
    row: Task | Target | PlanSection, *, plan: Plan, version: int | None, label: str
) -> None:
    """An existing task, target or section: claim its version. A new one: put it last."""
    if row.pk:
        _claim_version(type(row), row.pk, version, label)
        row.version = version + 1
    else:
        row.plan = plan
        siblings = type(row).objects.filter(plan=plan)
        row.order = (siblings.aggregate(last=Max("order"))["last"] or 0) + 1


@transaction.atomic
def plan_create(*, user, recipients_text: str = "", **fields) -> Plan:
    """Create a plan (a draft unless `status` says otherwise)."""
    plan = Plan(created_by=user, **fields)
    plan.full_clean()
    plan.save()
    if recipients_text:
        recipients_replace(plan=plan, text=recipients_text)
    return plan


@transaction.atomic
def plan_update(
    *, plan: Plan, version: int, recipients_text: str | None = None
) -> Plan:
    """Save `plan` (already changed by a form) if nobody saved it since `version`."""
    _claim_version(Plan, plan.pk, version, "Kế hoạch")
    plan.version = version + 1
    plan.full_clean()
    plan.save()
    if recipients_text is not None:
        recipients_replace(plan=plan, text=recipients_text)
    return plan


def recipients_replace(*, plan: Plan, text: str) -> list[Recipient]:
    """Set "Nơi nhận" from one line per recipient, as officials type it
    ("- Phòng TN&MT huyện;"); the leading dash and trailing ";" or "." go."""
    lines = [
        nfc(line).lstrip("-–• ").rstrip(";.").strip() for line in text.splitlines()
    ]
    lines = [line for line in lines if line]
    agencies = {
        fold(label): agency
        for agency in Agency.objects.filter(
            area__in=Area.objects.ancestors(plan.area, include_self=True)
        )
        for label in (agency.name, agency.short_name)
        if label
    }
    plan.recipients.all().delete()
    return Recipient.objects.bulk_create(
        Recipient(plan=plan, order=order, text=line, agency=agencies.get(fold(line)))
        for order, line in enumerate(lines, start=1)
    )


@transaction.atomic
def task_save(
    *,
    plan: Plan,
    task: Task,
    version: int | None,
    coordinating_agencies=(),
    indicators=(),
) -> Task:
    """Create or update `task` of `plan` with its coordinating units and indicators."""
    _claim_or_place(task, plan=plan, version=version, label=f"Nhiệm vụ {task.number}")
    task.full_clean()
    task.save()
    task.coordinating_agencies.set(coordinating_agencies)
    task.indicators.set(indicators)
    return task


def _swap_with_neighbour(row: Task | PlanSection, direction: str) -> None:
    """Swap `row` with its neighbour above ("up") or below ("down") among the
    rows of its plan, numbering them 1, 2, … (locked while they move)."""
    model = type(row)
    siblings = list(
        model.objects.filter(plan_id=row.plan_id)
        .select_for_update()
        .order_by("order", "pk")
    )
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == row.pk)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(siblings):
        siblings[index], siblings[other] = siblings[other], siblings[index]
    for order, sibling in enumerate(siblings, start=1):
        if sibling.order != order:
            model.objects.filter(pk=sibling.pk).update(order=order)


@transaction.atomic
def task_move(*, task: Task, direction: str) -> None:
    """Swap `task` with its neighbour above ("up") or below ("down")."""
    _swap_with_neighbour(task, direction)


@transaction.atomic
def task_delete(*, task: Task) -> None:
    """Delete a task that has no progress reported; its targets stay in the plan."""
    if task.updates.exists():
        raise ValidationError(
            f"Nhiệm vụ {task.number} đã có báo cáo tiến độ nên không xóa được; "
            "hãy đổi trạng thái của nhiệm vụ."
        )
    task.delete()


def _section_label(section: PlanSection) -> str:
    return f"Mục “{section.heading or section.number}”"


@transaction.atomic
def section_save(
    *, plan: Plan, section: PlanSection, version: int | None
) -> PlanSection:
    """Create `section` last in `plan`, or update it if nobody saved it since
    the form was drawn (`version`)."""
    _claim_or_place(section, plan=plan, version=version, label=_section_label(section))
    section.full_clean()
    section.save()
    return section


@transaction.atomic
def section_move(*, section: PlanSection, direction: str) -> None:
    """Swap `section` with its neighbour above ("up") or below ("down")."""
    _swap_with_neighbour(section, direction)


@transaction.atomic
def section_delete(*, section: PlanSection, version: int | None) -> None:
    """Delete `section`, unless someone changed it since the user saw it."""
    if (
        version is not None
        and not PlanSection.objects.filter(pk=section.pk, version=version).exists()
    ):
        raise ConflictError(_section_label(section))
    section.delete()


def allocation_problems(
    *, target: Target, allocations: dict[Area, Decimal]
) -> list[str]:
    """Why a village split cannot be saved, in Vietnamese (empty when it can)."""
    problems = []
    outside = [
        v
        for v in allocations
        if v.level != AreaLevel.VILLAGE or not v.is_within(target.plan.area)
    ]
    if outside:
        names = ", ".join(v.title_name for v in outside)
        problems.append(f"{names} không thuộc {target.plan.area}.")
    negative = [v for v, q in allocations.items() if q is not None and q < 0]
    if negative:
        problems.append("Khối lượng giao cho thôn không được âm.")
    if target.is_rate:
        # Each village must reach the rate itself: shares are not summed.
        if target.quantity is not None and target.quantity > 100:
            problems.append("Tỷ lệ toàn xã không được quá 100%.")
        if any(q is not None and q > 100 for q in allocations.values()):
            problems.append("Tỷ lệ giao cho thôn không được quá 100%.")
        return problems
    total = sum((q for q in allocations.values() if q is not None), Decimal(0))
    if allocations and total != target.quantity and not target.allow_partial:
        gap = target.quantity - total
        problems.append(
            f"Tổng giao các thôn ({format_number(total)}) khác khối lượng toàn xã "
            f"({format_number(target.quantity)}): "
            + (
                f"còn thiếu {format_number(gap)}"
                if gap > 0
                else f"thừa {format_number(-gap)}"
            )
            + " "
            + target.unit
            + ". Sửa số giao, hoặc đánh dấu “Phân bổ chưa đủ” và ghi lý do."
        )
    return problems


def _target_state(target: Target) -> dict:
    return {
        "name": target.name,
        "unit": target.unit,
        "quantity": f"{target.quantity.normalize():f}",
        "counting": target.counting,
        "higher_is_better": target.higher_is_better,
        "allocations": {
            str(a.village_id): f"{a.quantity.normalize():f}"
            for a in target.allocations.all()
        },
    }


@transaction.atomic
def target_save(
    *,
    plan: Plan,
    target: Target,
    user,
    version: int | None,
    allocations: dict[Area, Decimal | None],
    indicators=(),
    reason: str = "",
) -> Target:
    """Create or update `target` and its split across villages. A split must add
    up to the commune total unless the target is marked partial; every change of
    an existing target is recorded with its old values and the reason. The
    stored over-target flags of its villages are judged once, at the end
    (reports.flags: the target's and each share's post_save gather, one
    judge), not once for the target and again for each village."""
    with flags.batch():
        return _target_save(
            plan=plan,
            target=target,
            user=user,
            version=version,
            allocations=allocations,
            indicators=indicators,
            reason=reason,
        )


def _target_save(*, plan, target, user, version, allocations, indicators, reason):
    before = None
    if target.pk:
        before = _target_state(
            Target.objects.prefetch_related("allocations").get(pk=target.pk)
        )
    _claim_or_place(
        target, plan=plan, version=version, label=f"Chỉ tiêu “{target.name}”"
    )
    target.full_clean()
    given = {village: q for village, q in allocations.items() if q is not None}
    problems = allocation_problems(target=target, allocations=given)
    if problems:
        raise ValidationError(problems)
    target.save()
    target.indicators.set(indicators)
    # Only villages the form offered and left blank lose their share; a share
    # with progress reported against it stays (its history would be orphaned).
    cleared = [village for village, quantity in allocations.items() if quantity is None]
    reported = list(
        target.allocations.filter(village__in=cleared, entries__isnull=False)
        .select_related("village")
        .distinct()
    )
    if reported:
        names = ", ".join(a.village.title_name for a in reported)
        raise ValidationError(
            f"{names} đã có kết quả báo cáo cho chỉ tiêu này, không bỏ giao được; "
            "ghi 0 nếu không giao thêm."
        )
    target.allocations.filter(village__in=cleared).delete()
    for village, quantity in given.items():
        VillageTarget.objects.update_or_create(
            target=target, village=village, defaults={"quantity": quantity}
        )
    if before is not None:
        after = _target_state(
            Target.objects.prefetch_related("allocations").get(pk=target.pk)
        )
        if after != before:
            TargetRevision.objects.create(
                target=target,
                changed_by=user,
                before=before,
                after=after,
                reason=nfc(reason),
            )
    return target


@transaction.atomic
def agency_quick_add(
    *, user, area: Area, name: str, kind: str = AgencyKind.GROUP
) -> Agency:
    """Add a body missing from the list while writing a plan. The area must be
    in the user's scope; a near-duplicate name (case, accents) is refused."""
    if not Area.objects.editable_by(user).filter(pk=area.pk).exists():
        raise ValidationError(
            "Không thể thêm cơ quan cho địa bàn ngoài phạm vi được phân quyền."
        )
    name = nfc(name)
    for existing in Agency.objects.filter(area=area):
        if fold(existing.name) == fold(name) or (
            existing.short_name and fold(existing.short_name) == fold(name)
        ):
            raise ValidationError(
                f"Đã có “{existing.name}” trong danh sách; hãy chọn cơ quan đó."
            )
    agency = Agency(area=area, name=name, kind=kind)
    agency.full_clean()
    agency.save()
    return agency


def basis_cited(*, basis: PlanBasis, new_document: dict | None = None) -> None:
    """A basis line about to be saved with its plan: the outside document
    typed on it (`new_document`: number, issuer, issued_on) put on it, then
    the rule that a line names a plan or a document checked (ValidationError,
    in Vietnamese). Called inside the plan's save."""
    if new_document:
        basis.document = outside_document(**new_document)
    basis.validate_constraints()


def outside_document(*, number: str, issuer: str, issued_on=None) -> LegalDocument:
    """An outside document a plan cites as its basis: the one on file with
    this number and issuer, else a new one. Called inside the plan's save,
    which is undone unless every line holds."""
    number = nfc(number)
    document, _ = LegalDocument.objects.get_or_create(
        number=number,
        issuer=nfc(issuer),
        defaults={
            # "73/KH-UBND" -> "KH": the type is the symbol's first part.
            "doc_type": number.rpartition("/")[2].split("-")[0][:10] or "VB",
            "issued_on": issued_on,
            "source": "nhập khi lập kế hoạch",
        },
    )
    return document
