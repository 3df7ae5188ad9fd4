"""The district summary's "targets / done" per commune (reports.exports.summary.
targets_done, one set-based query) against hand-computed figures on a small
case, and against the former computation (three correlated subqueries per
village target, kept below as the reference) on random data."""

import datetime
import random
from decimal import Decimal

import pytest
from django.db.models import (
    Case,
    Count,
    DecimalField,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import Exact

from plans.models import Counting, PlanStatus, Target, VillageTarget
from reports.exports.summary import commune_lines, targets_done
from reports.models import ProgressEntry, ProgressReport
from tests.factories import PlanFactory, commune, village
from villages.models import Area

D = datetime.date
WEEK = D(2023, 3, 13)  # Monday
WEEK_END = WEEK + datetime.timedelta(days=6)


# ── the reference: the former ORM computation, unchanged ──


def _latest(field: str, week_end: datetime.date) -> Subquery:
    return Subquery(
        ProgressEntry.objects.filter(
            village_target=OuterRef("pk"), report__period_start__lte=week_end
        )
        .exclude(**{f"{field}__isnull": True})
        .order_by("-report__period_start")
        .values(field)[:1]
    )


def reference(area_ids, year, week_end) -> dict[int, tuple[int, int]]:
    done_sum = Subquery(
        ProgressEntry.objects.filter(
            village_target=OuterRef("pk"), report__period_start__lte=week_end
        )
        .values("village_target")
        .annotate(total=Sum("amount"))
        .values("total"),
        output_field=DecimalField(max_digits=16, decimal_places=3),
    )
    is_done = Case(
        When(
            Q(target__counting=Counting.INCREMENT)
            & Q(
                quantity__lte=Coalesce(done_sum, Value(0), output_field=DecimalField())
            ),
            then=Value(1),
        ),
        When(
            Q(target__counting=Counting.RUNNING_TOTAL)
            & Q(quantity__lte=_latest("amount", week_end)),
            then=Value(1),
        ),
        When(
            Exact(_latest("done", week_end), Value(True))
            & Q(target__counting=Counting.YES_NO),
            then=Value(1),
        ),
        default=Value(0),
        output_field=IntegerField(),
    )
    return {
        row["area_id"]: (row["targets"], row["done"] or 0)
        for row in VillageTarget.objects.filter(
            target__plan__area_id__in=area_ids,
            target__plan__status=PlanStatus.ISSUED,
            target__plan__year=year,
        )
        .values(area_id=F("target__plan__area_id"))
        .annotate(targets=Count("pk"), done=Sum(is_done))
    }


# ── helpers ──


def make_plan(world, area, n, *, status="issued", year=2023, period="week"):
    return PlanFactory(
        area=area,
        issuing_agency=world.agency_thuy_hung,
        number=str(n),
        year=year,
        title=f"Kế hoạch {n}",
        status=status,
        report_period=period,
    )


def report(plan, start: datetime.date) -> ProgressReport:
    return ProgressReport.objects.get_or_create(
        plan=plan,
        period_start=start,
        defaults={"period_end": start + datetime.timedelta(days=6)},
    )[0]


def allocate(plan, counting, villages_quantities):
    target = Target.objects.create(
        plan=plan,
        name=f"Chỉ tiêu {counting}",
        unit="cái",
        quantity=Decimal(100),
        counting=counting,
    )
    return [
        VillageTarget.objects.create(
            target=target, village=place, quantity=Decimal(quantity)
        )
        for place, quantity in villages_quantities
    ]


def entry(vt, plan, start, amount=None, done=None):
    return ProgressEntry.objects.create(
        report=report(plan, start),
        village_target=vt,
        amount=None if amount is None else Decimal(amount),
        done=done,
    )


# ── a small case, counted by hand ──


def test_targets_done_small_case_by_hand(world):
    a, b = world.con_tong, world.na_lai
    plan = make_plan(world, world.thuy_hung, 1)
    before, after = WEEK - datetime.timedelta(days=7), WEEK + datetime.timedelta(7)

    inc_a, inc_b = allocate(plan, Counting.INCREMENT, [(a, "10"), (b, "10")])
    entry(inc_a, plan, before, "4")
    entry(inc_a, plan, WEEK, "6")  # 4 + 6 = 10: done
    entry(inc_b, plan, WEEK, "9")
    entry(inc_b, plan, before, None)  # a blank figure adds nothing
    entry(inc_b, plan, after, "5")  # after the week: ignored → 9, not done

    run_a, run_b = allocate(plan, Counting.RUNNING_TOTAL, [(a, "20"), (b, "20")])
    entry(run_a, plan, after, "1")  # after the week: ignored
    entry(run_a, plan, WEEK, None)  # blank: the latest figure is the one before
    entry(run_a, plan, before, "25")  # → 25: done
    entry(run_b, plan, before, "30")
    entry(run_b, plan, WEEK, "12")  # the latest counts, not the highest → not done

    yes_a, yes_b = allocate(plan, Counting.YES_NO, [(a, "1"), (b, "1")])
    entry(yes_a, plan, before, done=True)
    entry(yes_a, plan, WEEK, done=None)  # blank: "done" before still holds
    entry(yes_a, plan, after, done=False)  # after the week: ignored → done
    entry(yes_b, plan, before, done=True)
    entry(yes_b, plan, WEEK, done=False)  # withdrawn → not done

    # A share of 0 with no entry is reached; a running total with no figure is not.
    allocate(plan, Counting.INCREMENT, [(a, "0")])
    allocate(plan, Counting.RUNNING_TOTAL, [(a, "0")])

    # Not counted: a draft plan, another year's plan, another commune's plan.
    for other in (
        make_plan(world, world.thuy_hung, 2, status="draft"),
        make_plan(world, world.thuy_hung, 3, year=2022),
    ):
        (vt,) = allocate(other, Counting.INCREMENT, [(a, "1")])
        entry(vt, other, WEEK, "5")
    elsewhere = make_plan(world, world.nhat_tien, 4)
    (vt,) = allocate(elsewhere, Counting.INCREMENT, [(world.nhat_tien_village, "1")])
    entry(vt, elsewhere, WEEK, "5")

    ids = [world.thuy_hung.pk]
    expected = {world.thuy_hung.pk: (8, 4)}  # inc_a, run_a, yes_a, zero
    assert targets_done(area_ids=ids, year=2023, week_end=WEEK_END) == expected
    assert reference(ids, 2023, WEEK_END) == expected
    both = [world.thuy_hung.pk, world.nhat_tien.pk]
    assert targets_done(area_ids=both, year=2023, week_end=WEEK_END) == {
        world.thuy_hung.pk: (8, 4),
        world.nhat_tien.pk: (1, 1),
    }
    lines = commune_lines(communes=Area.objects.filter(pk__in=both), week=WEEK, on=WEEK)
    assert {(line.area_id, line.targets, line.done) for line in lines} == {
        (world.thuy_hung.pk, 8, 4),
        (world.nhat_tien.pk, 1, 1),
    }
    assert targets_done(area_ids=[], year=2023, week_end=WEEK_END) == {}


# ── random data, against the reference ──


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_targets_done_matches_the_former_computation(world, seed):
    rng = random.Random(seed)
    communes = [commune(world.cao_loc, f"Xã ngẫu nhiên {n}") for n in range(3)]
    n = 10
    for place in communes:
        villages = [village(place, f"Thôn {place.pk}-{v}") for v in range(3)]
        plans = [
            make_plan(world, place, (n := n + 1)),
            make_plan(world, place, (n := n + 1), period="month"),
            make_plan(world, place, (n := n + 1), status="draft"),
            make_plan(world, place, (n := n + 1), year=2022),
        ]
        for plan in plans:
            for counting in [Counting.INCREMENT, Counting.RUNNING_TOTAL] * 2 + [
                Counting.YES_NO
            ] * 2:
                shares = [
                    (v, str(rng.choice([0, 1, 2, 3, 5, 8]) * Decimal("0.25")))
                    for v in villages
                ]
                entries = []
                for vt in allocate(plan, counting, shares):
                    # Weeks around the summary's week, created in a shuffled order
                    # (late entries for earlier weeks), some after the week's end.
                    for offset in rng.sample(range(-6, 4), rng.randint(0, 6)):
                        start = WEEK + datetime.timedelta(weeks=offset)
                        if plan.report_period == "month":
                            start += datetime.timedelta(days=rng.randint(0, 6))
                        amount = None
                        if rng.random() > 0.25:
                            amount = rng.choice([0, 1, 2, 3, 6]) * Decimal("0.25")
                        done = rng.choice([None, True, False])
                        entries.append((vt, start, amount, done))
                rng.shuffle(entries)
                for vt, start, amount, done in entries:
                    entry(vt, plan, start, amount, done)
                # Shares exactly reached: the share set to the figure itself.
                for vt in VillageTarget.objects.filter(target__plan=plan).order_by(
                    "pk"
                )[:2]:
                    total = sum(
                        e.amount
                        for e in vt.entries.filter(report__period_start__lte=WEEK_END)
                        if e.amount is not None
                    )
                    if total and rng.random() < 0.5:
                        vt.quantity = total
                        vt.save()
    ids = [place.pk for place in communes] + [world.thuy_hung.pk]
    for week_end in (WEEK_END, WEEK_END - datetime.timedelta(weeks=2)):
        expected = reference(ids, 2023, week_end)
        got = targets_done(area_ids=ids, year=2023, week_end=week_end)
        assert got == expected
        assert sum(done for _, done in got.values()) > 0
        assert any(done < count for count, done in got.values())
