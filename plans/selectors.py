"""Reads for plans: the list and the plan page that reads like the document.

Everything starts from Plan.objects.for_user(); every function says how many
queries it runs, and that number does not grow with tasks, targets or villages.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Exists, F, OuterRef, Prefetch
from django.shortcuts import get_object_or_404

from criteria.models import Indicator
from plans.models import (
    FundingSource,
    Phase,
    Plan,
    PlanBasis,
    PlanCosigner,
    PlanGoal,
    PlanSection,
    Recipient,
    ReportPeriod,
    Target,
    Task,
    VillageTarget,
)
from villages.models import Agency, Area
from villages.querysets import succession_scope


def _editable(user) -> Exists:
    """True for rows (plans) that `user` may change: the editable_by() rule as
    an annotation, so a list shows its edit links without a query per row."""
    return Exists(Plan.objects.editable_by(user).filter(pk=OuterRef("pk")))


def inherited(user) -> Exists:
    """True for rows (plans) of a unit that one of `user`'s membership areas
    replaced (a former commune of a merged one): read only, marked as such."""
    return succession_scope(user, "area__path")


def plan_list(*, user) -> list[Plan]:
    """The plans `user` may read, newest year first, with task and target counts,
    a `can_edit` flag and an `inherited` one (a former commune's plan, read
    only) (1 query)."""
    return list(
        Plan.objects.for_user(user)
        .select_related("area", "issuing_agency", "criteria_set__document")
        .annotate(
            task_count=Count("tasks", distinct=True),
            target_count=Count("targets", distinct=True),
            can_edit=_editable(user),
            inherited=inherited(user),
        )
        .order_by("-year", "area__path", "-issued_on", "-pk")
    )


def can_create_plan(*, user) -> bool:
    """Whether `user` may start a plan: somewhere to write one (at most 1 query)."""
    return Area.objects.editable_by(user).exists()


@dataclass
class TargetRow:
    """One row of the targets-by-village table."""

    target: Target
    cells: list[Decimal | None]  # one per village column; None: nothing assigned
    allocated: Decimal | None  # sum of the allocations; None for a rate
    # the villages' sum differs from the commune-wide quantity; for a rate
    # (Target.is_rate) a village's rate is below the commune's
    mismatch: bool


@dataclass
class PlanDocument:
    plan: Plan
    bases: list[PlanBasis]
    goals: list[PlanGoal]
    sections: list[PlanSection]
    tasks: list[Task]
    phases: list[Phase]
    funding_sources: list[FundingSource]
    recipients: list[Recipient]
    cosigners: list[PlanCosigner]
    villages: list[Area]
    target_rows: list[TargetRow]
    implementing_plans: list[Plan]
    can_edit: bool
    reporting_rule: str


def plan_document(*, user, pk: int) -> PlanDocument:
    """A plan `user` may read (404 otherwise) with everything its page shows,
    in 15 queries whatever the number of tasks, targets and villages (13 when
    there are no tasks: the prefetches are skipped)."""
    readable = Plan.objects.for_user(user)
    plan = get_object_or_404(
        readable.select_related(
            "area",
            "issuing_agency",
            "parent_agency",
            "criteria_set__document",
            "signer",
        ).annotate(can_edit=_editable(user), inherited=inherited(user)),
        pk=pk,
    )

    # NOTE: a basis links to its source plan only when the reader may open it;
    # the flag rides on the same query instead of one check per line.
    bases = list(
        PlanBasis.objects.filter(plan=plan)
        .select_related("source_plan__issuing_agency", "document")
        .annotate(source_visible=Exists(readable.filter(pk=OuterRef("source_plan_id"))))
    )
    for position, basis in enumerate(bases, start=1):
        basis.line_end = _line_end(basis.text, last=position == len(bases))

    tasks = list(
        Task.objects.filter(plan=plan)
        .select_related("lead_agency")
        .prefetch_related(
            Prefetch(
                "coordinating_agencies",
                queryset=Agency.objects.order_by("name"),
                to_attr="coordinators",
            ),
            Prefetch(
                "indicators",
                queryset=Indicator.objects.order_by(
                    "criterion__number", "order", "code"
                ),
                to_attr="indicator_list",
            ),
        )
    )

    villages = plan_villages(plan=plan)

    return PlanDocument(
        plan=plan,
        bases=bases,
        goals=list(
            PlanGoal.objects.filter(plan=plan).select_related(
                "area", "criteria_set__document"
            )
        ),
        sections=list(PlanSection.objects.filter(plan=plan)),
        tasks=tasks,
        phases=list(Phase.objects.filter(plan=plan)),
        funding_sources=list(
            FundingSource.objects.filter(plan=plan).select_related("document")
        ),
        recipients=list(Recipient.objects.filter(plan=plan)),
        cosigners=list(
            PlanCosigner.objects.filter(plan=plan).select_related("agency", "signer")
        ),
        villages=villages,
        target_rows=_target_rows(plan=plan, villages=villages),
        implementing_plans=list(
            readable.filter(bases__source_plan=plan)
            .exclude(pk=plan.pk)
            .select_related("area", "issuing_agency")
            .distinct()
            .order_by("area__path", "-year", "-pk")
        ),
        can_edit=plan.can_edit,
        reporting_rule=_reporting_rule(plan),
    )


def plan_villages(*, plan: Plan) -> list[Area]:
    """The villages a plan's targets are split across: those in force directly
    under its area, by name (1 query). The allocation grid, the targets table and
    the document all use this list, so they always show the same columns."""
    return list(
        Area.objects.villages()
        .active()
        .filter(parent_id=plan.area_id)
        .order_by("name", "pk")
    )


def _target_rows(*, plan: Plan, villages: list[Area]) -> list[TargetRow]:
    """Targets in order, their allocations laid out per village column (2 queries)."""
    targets = list(Target.objects.filter(plan=plan))
    by_target: dict[int, dict[int, Decimal]] = {}
    for target_id, village_id, quantity in VillageTarget.objects.filter(
        target__plan=plan
    ).values_list("target_id", "village_id", "quantity"):
        by_target.setdefault(target_id, {})[village_id] = quantity
    rows = []
    for target in targets:
        shares = by_target.get(target.pk, {})
        if target.is_rate:
            # Every village must reach the rate: shares are rates, not parts
            # of a total; one below the commune's is the gap to show.
            allocated = None
            if target.higher_is_better:
                mismatch = any(q < target.quantity for q in shares.values())
            else:  # a ceiling ("hộ nghèo ≤ 2%"): a village allowed more
                mismatch = any(q > target.quantity for q in shares.values())
        else:
            allocated = sum(shares.values(), Decimal(0))
            mismatch = allocated != target.quantity
        rows.append(
            TargetRow(
                target=target,
                cells=[shares.get(village.pk) for village in villages],
                allocated=allocated,
                mismatch=mismatch,
            )
        )
    return rows


def _line_end(text: str, *, last: bool) -> str:
    """Each basis line ends with ";" and the last with "." (Nghị định 30),
    unless the text already carries its own punctuation."""
    if text.rstrip().endswith((".", ";", ":")):
        return ""
    return "." if last else ";"


def _reporting_rule(plan: Plan) -> str:
    """ "Báo cáo trước 14:30 thứ Năm hằng tuần", from the plan's deadline."""
    if plan.report_period == ReportPeriod.NONE:
        return ""
    if plan.report_period == ReportPeriod.MONTH:
        return "Báo cáo hằng tháng"
    weekday = plan.get_report_weekday_display()
    weekday = weekday[:1].lower() + weekday[1:]  # "thứ Năm", "chủ nhật"
    return f"Báo cáo trước {plan.report_time:%H:%M} {weekday} hằng tuần"


# ── Editing pages ──


def plan_tasks(*, plan: Plan) -> list[Task]:
    """The plan's tasks in order with lead and coordinating units (2 queries)."""
    return list(
        Task.objects.filter(plan=plan)
        .select_related("lead_agency")
        .prefetch_related(
            Prefetch("coordinating_agencies", queryset=Agency.objects.order_by("name"))
        )
        .order_by("order", "pk")
    )


def next_task_number(*, plan: Plan) -> str:
    """The number a new task is offered: one past the highest whole number."""
    numbers = [
        int(n)
        for n in Task.objects.filter(plan=plan).values_list("number", flat=True)
        if n.isdigit()
    ]
    return str(max(numbers, default=0) + 1)


@dataclass
class TargetTable:
    villages: list[Area]
    rows: list[TargetRow]


def target_table(*, plan: Plan) -> TargetTable:
    """Targets × villages of the plan's area, as on the document page (3 queries)."""
    villages = plan_villages(plan=plan)
    return TargetTable(
        villages=villages, rows=_target_rows(plan=plan, villages=villages)
    )


# ── How far each goal of a plan is from its criteria ──

GOAL_LEVELS = {
    "reach_ntm": "xa_ntm",
    "keep": "xa_ntm",
    "reach_advanced": "xa_ntm_nang_cao",
    "reach_model": "xa_ntm_kieu_mau",
    "model_village": "khu_dan_cu_kieu_mau",
}


@dataclass
class CriterionGap:
    criterion: object
    met: int
    indicators: int
    tasks: list[Task]
    targets: list[Target]


@dataclass
class GoalGap:
    goal: PlanGoal
    criteria_set: object | None
    summary: object | None
    gaps: list[CriterionGap]


def goal_gaps(*, plan: Plan, on) -> list[GoalGap]:
    """Each goal of `plan` with where its area stands on the goal's criteria set
    (the set it names, else the one that applies to the area for the goal's
    kind) and, for every criterion not yet met, the plan's tasks and targets
    linked to its indicators. 3 queries per criteria set the goals name, plus 3."""
    from criteria.selectors import applicable_set, criteria_summaries

    goals = list(
        plan.goals.select_related("area", "criteria_set__document").order_by("order")
    )
    sets = {}
    for goal in goals:
        criteria_set = goal.criteria_set or (
            applicable_set(area=goal.area, on=on, level=GOAL_LEVELS[goal.kind])
            if goal.kind in GOAL_LEVELS
            else None
        )
        # A village-level set named on a commune's goal judges its villages,
        # not the commune: no count is made up for it.
        if criteria_set and criteria_set.subject_level == goal.area.level:
            sets.setdefault(criteria_set.pk, (criteria_set, []))[1].append(goal)
    summaries: dict[tuple[int, int], object] = {}
    for criteria_set, set_goals in sets.values():
        for area_id, summary in criteria_summaries(
            area_ids=list({g.area_id for g in set_goals}),
            criteria_set=criteria_set,
            on=on,
        ).items():
            summaries[(criteria_set.pk, area_id)] = summary
    tasks, targets = {}, {}
    for task in (
        plan.tasks.filter(indicators__isnull=False)
        .annotate(criterion_id=F("indicators__criterion_id"))
        .order_by("order", "pk")
    ):
        tasks.setdefault(task.criterion_id, {}).setdefault(task.pk, task)
    for target in (
        plan.targets.filter(indicators__isnull=False)
        .annotate(criterion_id=F("indicators__criterion_id"))
        .order_by("order", "pk")
    ):
        targets.setdefault(target.criterion_id, {}).setdefault(target.pk, target)
    result = []
    for goal in goals:
        criteria_set = next((s for s, gs in sets.values() if goal in gs), None)
        summary = criteria_set and summaries.get((criteria_set.pk, goal.area_id))
        gaps = [
            CriterionGap(
                criterion=row.criterion,
                met=row.met,
                indicators=row.indicators,
                tasks=list(tasks.get(row.criterion.pk, {}).values()),
                targets=list(targets.get(row.criterion.pk, {}).values()),
            )
            for row in (summary.rows if summary else [])
            if not row.is_met
        ]
        result.append(GoalGap(goal, criteria_set or goal.criteria_set, summary, gaps))
    return result
