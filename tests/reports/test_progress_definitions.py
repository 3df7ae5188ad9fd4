"""reports.progress holds the arithmetic of progress once (issue 19): no other
file computes it; its Python and SQL forms agree on random data; and the
district dashboard, the district summary .xlsx and its .pdf show the same two
figures for every commune in the same week."""

import datetime
import io
import random
import re
from decimal import Decimal
from pathlib import Path

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from plans.models import Counting, VillageTarget
from reports import progress, summaries
from reports.models import ProgressEntry
from tests.factories import commune, merged, village
from tests.reports.test_dashboards import NOW, WEEK, _entry, _plan, _target, random_plan

ROOT = Path(__file__).resolve().parents[2]

# Markers of progress arithmetic: only reports/progress.py may hold them.
MARKERS = [
    "LAG(",
    "SUM(pe.amount)",
    "OVER_TARGET_FACTOR",
    "GREEN_SHARE =",
    "AMBER_SHARE =",
    "def week_state",
    "and report.is_late",
    "def percent_done",
    "def capped",
    "def judge(",
    "def reached",
    "def expected_share",
    "def cumulative",
    "def is_over_target",
    "def _village_value(",  # the retired copy; not _village_values( of the Excel import
    "TARGETS_DONE_SQL",
    "CHANGES_CTE =",
]


def test_no_other_file_computes_progress():
    offenders = []
    for folder in ("reports", "plans", "villages", "criteria", "ntm"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == ROOT / "reports" / "progress.py" or "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            offenders += [
                f"{path.relative_to(ROOT)}: {m}" for m in MARKERS if m in text
            ]
    assert offenders == []
    own = (ROOT / "reports" / "progress.py").read_text(encoding="utf-8")
    # The former copies are gone; everything else is defined here.
    retired = {"def _village_value(", "TARGETS_DONE_SQL"}
    assert [m for m in MARKERS if m not in retired and m not in own] == []


# ── Python form and SQL form of "reached", on random data ──


def _python_reached(vt: VillageTarget, until: datetime.date) -> bool:
    """reached() over village_value() from the entries read one by one."""
    entries = sorted(
        ProgressEntry.objects.filter(
            village_target=vt, report__period_start__lte=until
        ).select_related("report"),
        key=lambda e: e.report.period_start,
    )
    target = vt.target
    if target.is_rate:
        count, base = progress.latest_count(entries)
        return progress.reached(
            counting=target.counting,
            higher_is_better=target.higher_is_better,
            quantity=vt.quantity,
            value=count,
            rate=True,
            base=base,
        )
    amounts = [e.amount for e in entries]
    values = list(progress.values_to_date(target.counting, amounts))
    answers = [e.done for e in entries if e.done is not None]
    value = progress.village_value(
        counting=target.counting,
        done_sum=values[-1] if values and target.counting == "increment" else 0,
        last_amount=values[-1] if values else None,
        last_done=answers[-1] if answers else None,
    )
    return progress.reached(
        counting=target.counting,
        higher_is_better=target.higher_is_better,
        quantity=vt.quantity,
        value=value,
    )


@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_reached_python_and_sql_agree(world, seed):
    rng = random.Random(seed)
    plan = random_plan(world, rng, targets=12, higher=0.6)
    vts = VillageTarget.objects.filter(target__plan=plan).select_related("target")
    for vt in vts.order_by("pk"):
        # Weeks entered in a shuffled order: late entries for earlier weeks.
        for offset in rng.sample(range(-5, 3), rng.randint(0, 5)):
            amount = base = None
            if rng.random() > 0.2:
                amount = Decimal(rng.choice([0, 1, 2, 3, 5])) / 2
            if vt.target.is_rate and rng.random() > 0.2:
                base = Decimal(rng.choice([3, 4, 5, 6]))
                amount = None if amount is None else min(amount * 2, base)
            entry = _entry(
                vt,
                WEEK + datetime.timedelta(weeks=offset),
                amount=amount,
                done=rng.choice([None, True, False]),
            )
            if base is not None:
                entry.base = base
                entry.save(update_fields=["base"])
    for until in (WEEK, WEEK - datetime.timedelta(weeks=2)):
        vts = list(
            VillageTarget.objects.filter(target__plan=plan).select_related("target")
        )
        expected = sum(_python_reached(vt, until) for vt in vts)
        rates = {_python_reached(vt, until) for vt in vts if vt.target.is_rate}
        if until == WEEK:  # rates both reached and not: the rate branch is tried
            assert rates == {True, False}
        assert progress.reached_counts(plan_ids=[plan.pk], until=until) == {
            plan.pk: (len(vts), expected)
        }
    assert progress.reached_counts(plan_ids=[], until=WEEK) == {}
    # The weekly summary (built from REACHED_FLIPS_SQL) agrees, week by week.
    weeks = [WEEK + datetime.timedelta(weeks=n) for n in range(-6, 3)]
    figures = {
        week: summaries.plan_figures(plan_ids=[plan.pk], week=week)[plan.pk]
        for week in weeks
    }
    for week in weeks:
        direct = progress.reached_counts(plan_ids=[plan.pk], until=week)[plan.pk]
        assert (figures[week].assigned, figures[week].reached) == direct, week
    assert len({f.reached for f in figures.values()}) > 1


def test_reached_by_kind_and_direction():
    def r(counting, hib, quantity, value):
        return progress.reached(
            counting=counting,
            higher_is_better=hib,
            quantity=Decimal(quantity),
            value=value,
        )

    assert r("increment", True, 10, Decimal(10))
    assert not r("increment", True, 10, Decimal("9.9"))
    assert r("increment", False, 5, Decimal(0))  # an allowance untouched
    assert not r("increment", False, 5, Decimal(6))
    assert not r("running", True, 10, None)
    assert not r("running", False, 2, None)  # a level with no figure yet
    assert r("running", False, 2, Decimal(2))
    assert r("yes_no", True, 1, Decimal(1))
    assert not r("yes_no", True, 1, Decimal(0))
    assert not r("yes_no", True, 1, None)


# ── the same figures on screen, in .xlsx and in .pdf ──


def _fill(place, week, rng, year=2023):
    """A weekly plan of `place` for `year`: 5 targets of every counting over
    3 villages, entries in random weeks up to `week`."""
    kinds = [Counting.INCREMENT, Counting.RUNNING_TOTAL, Counting.YES_NO]
    villages = [village(place, f"Thôn {place.name} {v}") for v in range(3)]
    plan = _plan(place)
    if year != plan.year:
        plan.year = year
        plan.save(update_fields=["year"])
    for t in range(5):
        shares = [rng.choice([2, 3, 7]) for _ in villages]
        for vt in _target(
            plan,
            villages,
            shares,
            counting=kinds[t % 3],
            higher_is_better=t != 4,
        ):
            for w in rng.sample(range(0, 6), rng.randint(1, 4)):
                _entry(
                    vt,
                    week - datetime.timedelta(weeks=w),
                    amount=Decimal(rng.choice([0, 1, 2, 3, 8])),
                    done=rng.choice([True, False]),
                )
    return plan


def _district(world):
    rng = random.Random(7)
    names = []
    for c in range(3):
        place = commune(world.cao_loc, f"Xã đối chiếu {c}")
        names.append(place.title_name)
        _fill(place, WEEK, rng)
    return names


def _percent(fraction) -> Decimal:
    """An xlsx fraction as a percent to the 0,1 the screen shows."""
    return (Decimal(str(fraction)) * 100).quantize(Decimal("0.1"))


def _number(text: str) -> Decimal:
    """ "37,5" as written on screen and on paper."""
    return Decimal(text.replace(".", "").replace(",", ".")).quantize(Decimal("0.1"))


def _screen_and_paper(client, area, week, names) -> dict:
    """The two figures of each commune of `names` on the district dashboard
    for `week`, checked equal to those of the district summary .xlsx and .pdf
    for the same week; returns them with the dashboard page."""
    page = client.get(
        reverse("reports:dashboard_district", args=[area.pk]),
        {"tuan": week.isoformat()},
    ).content.decode()
    assert progress.VOLUME_HELP in page and progress.REACHED_HELP in page
    screen = {}
    for name in names:
        row = re.search(
            re.escape(name)
            + r'</a>.*?data-figure="volume"[^>]*>([\d.,]+) %'
            + r'.*?data-figure="reached"[^>]*>(\d+)/(\d+)<',
            page,
            re.S,
        )
        assert row, name
        screen[name] = (_number(row.group(1)), int(row.group(2)), int(row.group(3)))

    url = reverse("reports:export_area", args=[area.pk, "district_summary", "xlsx"])
    data = b"".join(client.get(url, {"ngay": week.isoformat()}).streaming_content)
    sheet = load_workbook(io.BytesIO(data)).active
    header = [
        c.value
        for c in next(
            r for r in sheet.iter_rows() if r[5].value == progress.VOLUME_LABEL
        )
    ]
    assert header[5] == progress.VOLUME_LABEL and header[6] == progress.REACHED_LABEL
    paper = {}
    notes = {}
    for row in sheet.iter_rows(values_only=True):
        if row[1] in screen:
            paper[row[1]] = (_percent(row[5]), row[7], row[6])
            notes[row[1]] = row[11]
    assert paper == screen

    url = reverse("reports:export_area", args=[area.pk, "district_summary", "pdf"])
    data = b"".join(client.get(url, {"ngay": week.isoformat()}).streaming_content)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    text = re.sub(r"\s+", " ", text)
    for name, (volume, reached, assigned) in paper.items():
        line = re.search(
            re.escape(name) + r" (\d+) (\d+) (\d+) ([\d,]+)% (\d+) (\d+)", text
        )
        assert line, (name, text)
        assert (_number(line.group(4)), int(line.group(6)), int(line.group(5))) == (
            volume,
            reached,
            assigned,
        )
    return {"figures": paper, "notes": notes, "page": page, "pdf": text}


@time_machine.travel(NOW, tick=False)
def test_district_dashboard_and_summary_export_agree(client, world, district_reviewer):
    names = _district(world)
    client.force_login(district_reviewer)
    paper = _screen_and_paper(client, world.cao_loc, WEEK, names)["figures"]
    assert len({v[0] for v in paper.values()}) > 1  # the communes differ
    assert all(0 < done < assigned for _, done, assigned in paper.values())


# ── which communes a figure covers: the 2025 reform (issue 19, part 3) ──

ENDED = datetime.date(2025, 6, 30)  # the districts and many communes end here
BEFORE = datetime.date(2025, 6, 23)  # Monday, the last whole week before
CHANGE = datetime.date(2025, 6, 30)  # Monday: old units on Monday, new from Tuesday
AFTER = datetime.date(2025, 9, 15)  # Monday, after the change


@pytest.fixture
def reform(world):
    """Cao Lộc ends on 30/06/2025; its Sơn Bằng and Sơn Hà are merged into
    xã Sơn Tây, which hangs under the province; Sơn Lĩnh is dissolved at the
    end of 2024 without successor. Sơn Bằng and Sơn Tây have 2025 plans."""

    world.cao_loc.valid_to = ENDED
    world.cao_loc.save()
    son_bang = commune(world.cao_loc, "Sơn Bằng", valid_to=ENDED)
    son_ha = commune(world.cao_loc, "Sơn Hà", valid_to=ENDED)
    son_linh = commune(world.cao_loc, "Sơn Lĩnh", valid_to=datetime.date(2024, 12, 31))
    son_tay = commune(
        world.lang_son,
        "Sơn Tây",
        valid_from=ENDED.replace(day=30) + datetime.timedelta(days=1),
    )
    merged(son_tay, [son_bang, son_ha], legal_basis="NQ 1656")
    rng = random.Random(11)
    _fill(son_bang, BEFORE, rng, year=2025)
    _fill(son_tay, AFTER, rng, year=2025)
    return son_bang, son_ha, son_linh, son_tay


def _communes(area, week):
    from villages.models import Area

    return {
        a.name: a.successor_label for a in Area.objects.communes_for_week(area, week)
    }


def test_communes_for_week_follow_the_areas_in_force(world, reform):
    # Before: the district's communes of the day; the new one does not exist yet.
    assert _communes(world.cao_loc, datetime.date(2023, 3, 27)) == {
        "Thụy Hùng": None,
        "Sơn Bằng": None,
        "Sơn Hà": None,
        "Sơn Lĩnh": None,
    }
    assert "Sơn Tây" not in _communes(world.lang_son, BEFORE)
    assert "Sơn Lĩnh" not in _communes(world.lang_son, BEFORE)  # dissolved
    # The week of the change holds both, the old ones already named merged.
    week = _communes(world.lang_son, CHANGE)
    assert week["Sơn Tây"] is None
    assert week["Sơn Bằng"] == week["Sơn Hà"] == "xã Sơn Tây"
    # After: merged communes stay under the district they belonged to, and
    # are counted where their successor is (the province); the dissolved one
    # is gone; a commune of another district is never included.
    after = _communes(world.cao_loc, AFTER)
    assert after == {
        "Thụy Hùng": None,
        "Sơn Bằng": "xã Sơn Tây",
        "Sơn Hà": "xã Sơn Tây",
    }
    province = _communes(world.lang_son, AFTER)
    assert {"Sơn Tây", "Sơn Bằng", "Sơn Hà"} <= set(province)
    assert "Sơn Lĩnh" not in province
    assert "Sơn Tây" not in _communes(world.cao_loc, AFTER)


@pytest.mark.parametrize("week", [BEFORE, CHANGE, AFTER])
def test_screen_and_paper_agree_across_the_reform(
    client, world, reform, district_reviewer, week
):
    son_bang, son_ha, son_linh, son_tay = reform
    client.force_login(district_reviewer)
    with time_machine.travel(
        datetime.datetime.combine(week, datetime.time(9), tzinfo=NOW.tzinfo)
        + datetime.timedelta(days=10),
        tick=False,
    ):
        found = _screen_and_paper(client, world.cao_loc, week, [son_bang.title_name])
    ((volume, reached, assigned),) = found["figures"].values()
    assert assigned == 15 and volume > 0  # Sơn Bằng's plan, not "Chưa có số liệu"
    merged = week >= CHANGE
    assert ("Đã sáp nhập vào xã Sơn Tây" in found["page"]) == merged
    assert (
        "Đã sáp nhập vào xã Sơn Tây" in found["notes"][son_bang.title_name]
    ) == merged


@time_machine.travel(datetime.datetime(2025, 9, 25, 9, tzinfo=NOW.tzinfo), tick=False)
def test_a_merged_commune_is_reported_where_its_successor_is(
    client, world, reform, provincial_viewer
):
    son_bang, son_ha, son_linh, son_tay = reform
    client.force_login(provincial_viewer)
    response = client.get(
        reverse("reports:dashboard_province", args=[world.lang_son.pk]),
        {"tuan": AFTER.isoformat()},
    )
    units = {u.unit.name: u for u in response.context["board"].units}
    # Sơn Bằng's plan is counted with Sơn Tây (the province's own commune),
    # not under the ended district Cao Lộc.
    assert "Cao Lộc" not in units
    unit = units["Sơn Tây"]
    assert unit.communes == 2 and unit.figures.assigned == 30


# ── a rate every village must reach (seed 003: "100% vườn hộ … được cải tạo") ──


def test_a_rate_is_given_to_each_village_not_split(world):
    from plans.selectors import target_table
    from plans.services import allocation_problems
    from reports.exports.builders import targets as targets_table
    from reports.exports.renderers import render

    place = commune(world.cao_loc, "Xã Sơn Bằng thử")
    villages = [village(place, f"Thôn {n}") for n in range(5)]
    plan = _plan(place)
    rate = _target(plan, villages, [100] * 5, name="Vườn hộ được cải tạo")[0].target
    rate.unit, rate.quantity = "%", Decimal(100)
    rate.save()
    hedge = _target(plan, villages, [640] * 5, name="Hàng rào xanh")[0].target
    assert rate.is_rate and not hedge.is_rate
    rows = {row.target.pk: row for row in target_table(plan=plan).rows}
    # Not 500 against 100: the shares are the rate each village must reach.
    assert rows[rate.pk].allocated is None and not rows[rate.pk].mismatch
    assert rows[hedge.pk].allocated == 3200 and not rows[hedge.pk].mismatch
    assert (
        allocation_problems(target=rate, allocations=dict.fromkeys(villages, 100)) == []
    )
    shares = dict.fromkeys(villages, Decimal(100)) | {villages[0]: Decimal(120)}
    assert allocation_problems(target=rate, allocations=shares) == [
        "Tỷ lệ giao cho thôn không được quá 100%."
    ]
    VillageTarget.objects.filter(target=rate, village=villages[0]).update(quantity=80)
    assert target_table(plan=plan).rows[0].mismatch

    sheet = load_workbook(io.BytesIO(render(targets_table(plan=plan), "xlsx"))).active
    lines = {row[1].value: row for row in sheet.iter_rows() if row[1].value}
    # "Cộng": a formula for the quantity, nothing for the rate.
    assert str(lines["Hàng rào xanh"][4].value).startswith("=SUM(")
    assert lines["Vườn hộ được cải tạo"][4].value is None
    assert "thôn được giao tỷ lệ thấp hơn" in lines["Vườn hộ được cải tạo"][-1].value
