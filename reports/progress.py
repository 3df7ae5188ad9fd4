"""The arithmetic of progress, defined once: every page, export, summary and
service asks this module how far a village target, a target or a plan is.

For one village target at a given week:

- the value to date (``cumulative``, ``village_value``, ``values_to_date``):
  increments are summed; a running total and a yes-no answer take the latest
  figure; late entries for an earlier week count in every later week;
- the share done (``percent_done``; ``capped`` for averages, 0–100);
- reached or not (``reached``); far over its share (``is_over_target``);
- behind schedule against the plan's time line (``expected_share``,
  ``judge``, over ``time_frame``);

and the state of a week's report (``week_state``).

Each has a Python form, for the handful of rows of a page, and an SQL form for
thousands of rows, built from the same definitions: ``changes_sql`` (the change
of progress per target and week, which the weekly summary and the dashboards
add up) and ``reached_sql`` (village targets reached, per plan). Tests hold
the two forms to the same figures on random data.

The district and province figures, one decision (``PlanFigures``):

- **Khối lượng hoàn thành**: the mean over targets of the capped share done;
- **Chỉ tiêu đạt**: village targets reached out of those assigned.

``reports.summaries.plan_figures`` gives both per plan, from the weekly
summary; the dashboards and the district summary export read them from it and
nowhere else."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import connection

from ntm.numbers import format_number
from plans.models import Counting

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
THOUSANDTH = Decimal("0.001")
# Done at or above this share of what is expected by now is on track (green);
# at or above AMBER_SHARE it is slipping (amber); below, behind (red).
GREEN_SHARE = Decimal("0.95")
AMBER_SHARE = Decimal("0.75")
# An amount that takes a village past this multiple of its share is kept, with
# a warning, and flagged for the district to check (a typo such as 3200 for 32).
OVER_TARGET_FACTOR = Decimal("1.5")

# The names users read, with their explanation: the same on every dashboard,
# export and notification.
VOLUME_LABEL = "Khối lượng hoàn thành"
VOLUME_HELP = (
    "Trung bình cộng tỷ lệ hoàn thành của các chỉ tiêu (mỗi chỉ tiêu tính tối đa 100%)."
)
REACHED_LABEL = "Chỉ tiêu đạt"
REACHED_HELP = "Số chỉ tiêu giao các thôn đã đạt trên tổng số chỉ tiêu đã giao."


# --- the value to date of one village target ----------------------------------


def village_value(
    *, counting: str, done_sum: Decimal, last_amount, last_done
) -> Decimal | None:
    """A village target's figure to date as a number: the sum of increments,
    the latest running total, or 1 / 0 for the latest yes-no answer (None: no
    figure yet)."""
    if counting == Counting.INCREMENT:
        return done_sum
    if counting == Counting.RUNNING_TOTAL:
        return last_amount
    if last_done is None:
        return None
    return ONE if last_done else ZERO


def cumulative(village_target, entry=None) -> Decimal | bool | None:
    """The figure to date of a village target annotated by
    selectors.village_targets_with_progress (before the period), plus this
    period's `entry`: a Decimal, or for a yes-no target True / False / None.
    A rate (Target.is_rate) gives the village's rate in percent from its
    latest count and base (`last_amount`, `last_base`)."""
    counting = village_target.target.counting
    if village_target.target.is_rate:
        if entry is not None and entry.amount is not None and entry.base is not None:
            return rate_percent(entry.amount, entry.base)
        return rate_percent(
            village_target.last_amount, getattr(village_target, "last_base", None)
        )
    if counting == Counting.INCREMENT:
        return village_target.done_sum + (entry.amount or ZERO if entry else ZERO)
    if counting == Counting.RUNNING_TOTAL:
        if entry is not None and entry.amount is not None:
            return entry.amount
        return village_target.last_amount
    if entry is not None and entry.done is not None:
        return entry.done
    return village_target.last_done


def values_to_date(counting: str, amounts: Iterable) -> Iterator[Decimal | None]:
    """For one village target's amounts in week order, its figure to date after
    each (None for yes-no targets, which have no amount)."""
    running: Decimal | None = ZERO if counting == Counting.INCREMENT else None
    for amount in amounts:
        if counting == Counting.INCREMENT:
            running += amount or ZERO
        elif counting == Counting.RUNNING_TOTAL:
            if amount is not None:
                running = amount
        else:
            yield None
            continue
        yield running


def is_over_target(village_target, to_date) -> bool:
    """A figure far past the village's share (OVER_TARGET_FACTOR): likely a typo."""
    if (
        not isinstance(to_date, Decimal)
        or not village_target.target.higher_is_better
        or village_target.target.is_rate  # a count never passes its base
    ):
        return False
    return (
        village_target.quantity > 0
        and to_date > village_target.quantity * OVER_TARGET_FACTOR
    )


# --- share done and reached ------------------------------------------------------


def percent_done(
    *, counting: str, higher_is_better: bool, quantity: Decimal, value: Decimal | None
) -> Decimal | None:
    """Done as a percent of the target (None: no figure). Lower-is-better
    targets are ceilings: within one counts as 100 %."""
    if value is None or quantity <= 0:
        return None
    if higher_is_better or counting == Counting.YES_NO:
        return value * HUNDRED / quantity
    return HUNDRED if value <= quantity else quantity * HUNDRED / value


def capped(percent: Decimal | None) -> Decimal:
    """A target's contribution to an average: 0–100, no figure counts as 0."""
    if percent is None:
        return ZERO
    return max(ZERO, min(percent, HUNDRED))


def reached(
    *,
    counting: str,
    higher_is_better: bool,
    quantity: Decimal,
    value,
    rate: bool = False,
    base: Decimal | None = None,
) -> bool:
    """Whether one village target is reached: its figure (see village_value)
    at or past its share; a yes-no target answered yes; a lower-is-better
    target at or under its ceiling (an allowance nothing was spent of counts,
    a level with no figure yet does not); a rate (`rate`: Target.is_rate),
    `value` its latest count over `base`, at or past (under) the village's
    rate, compared without dividing. The SQL form is REACHED_CASE."""
    if rate:
        if value is None or base is None or base <= 0:
            return False
        if higher_is_better:
            return value * HUNDRED >= quantity * base
        return value * HUNDRED <= quantity * base
    if counting == Counting.YES_NO:
        return value is not None and value >= ONE
    if value is None:
        return False
    if higher_is_better:
        return value >= quantity
    return value <= quantity


# --- a rate every village must reach, entered as a count over a base --------


def rate_percent(count: Decimal | None, base: Decimal | None) -> Decimal | None:
    """A village's rate in percent from its count and base ("152/176 hộ"):
    None without both or with a base of 0."""
    if count is None or base is None or base <= 0:
        return None
    return count * HUNDRED / base


def commune_rate(pairs: Iterable[tuple]) -> Decimal | None:
    """The commune's rate in percent over its villages' (count, base): the sum
    of counts over the sum of bases, never a mean of percents. Villages
    without both figures are left out (None: none has them)."""
    counts = bases = ZERO
    for count, base in pairs:
        if count is None or base is None or base <= 0:
            continue
        counts += count
        bases += base
    return rate_percent(counts, bases) if bases else None


def rate_count(village_target, entry=None) -> tuple[Decimal | None, Decimal | None]:
    """A rate's (count, base) to date for a village target annotated by
    selectors.village_targets_with_progress (`last_amount`, `last_base`),
    this period's `entry` first when it has both: what cumulative() divides."""
    if entry is not None and entry.amount is not None and entry.base is not None:
        return entry.amount, entry.base
    return village_target.last_amount, getattr(village_target, "last_base", None)


@dataclass(frozen=True)
class RateFigure:
    """A rate as pages and exports print it: percent, count and base."""

    percent: Decimal | None  # None: no count over a base yet
    count: Decimal | None = None
    base: Decimal | None = None

    @property
    def shown(self) -> Decimal | None:
        """The percent rounded as the screen and the paper show it (0,1)."""
        if self.percent is None:
            return None
        return self.percent.quantize(Decimal("0.1"), ROUND_HALF_UP)

    @property
    def fraction(self) -> str:
        """ "152/176": the count over the base, as entered."""
        if self.count is None or self.base is None:
            return ""
        return f"{format_number(self.count)}/{format_number(self.base)}"


def village_rate(count: Decimal | None, base: Decimal | None) -> RateFigure:
    """One village's rate: count over base (rate_percent)."""
    return RateFigure(rate_percent(count, base), count, base)


def commune_rate_figure(pairs: Iterable[tuple]) -> RateFigure:
    """The commune's rate over its villages' (count, base), with the sums it
    divides: commune_rate, never a mean of the villages' percents."""
    pairs = [
        (count, base)
        for count, base in pairs
        if count is not None and base is not None and base > 0
    ]
    if not pairs:
        return RateFigure(None)
    counts = sum((count for count, _ in pairs), ZERO)
    bases = sum((base for _, base in pairs), ZERO)
    return RateFigure(commune_rate(pairs), counts, bases)


def latest_count(entries: Iterable) -> tuple[Decimal | None, Decimal | None]:
    """A rate's figure to date from its entries in week order: the latest
    (count, base) entered with both; (None, None) if none."""
    figure = (None, None)
    for entry in entries:
        if entry.amount is not None and entry.base is not None:
            figure = (entry.amount, entry.base)
    return figure


# --- behind schedule -------------------------------------------------------------


def time_frame(
    plan_year: int, task_span, phase_span
) -> tuple[datetime.date, datetime.date]:
    """The span a target's work is due over: its task's dates, else its
    campaign phase's, else the plan's year."""
    if task_span[0] and task_span[1]:
        return task_span
    if phase_span[0] and phase_span[1]:
        return phase_span
    return datetime.date(plan_year, 1, 1), datetime.date(plan_year, 12, 31)


def expected_share(
    *, start: datetime.date, end: datetime.date, on: datetime.date
) -> Decimal:
    """The share of a target due by `on` when work runs linearly from `start`
    to `end` (both included): 0 before, 1 from `end` on."""
    if on < start:
        return ZERO
    if on >= end:
        return ONE
    return Decimal((on - start).days + 1) / Decimal((end - start).days + 1)


STATUS_LABELS = {
    "green": "Đúng tiến độ",
    "amber": "Cần đôn đốc",
    "red": "Chậm tiến độ",
    "none": "Chưa có số liệu",
}


@dataclass(frozen=True)
class Judgement:
    percent: Decimal | None  # done as a percent of the target (None: no figure)
    expected: Decimal | None  # what should be done by now, in the target's unit
    status: str  # green / amber / red / none
    expected_percent: Decimal | None = None  # the share due by now, as a percent

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def judge(
    *,
    counting: str,
    higher_is_better: bool,
    quantity: Decimal,
    value: Decimal | None,
    share: Decimal,
    ended: bool,
) -> Judgement:
    """Percent done, expected by now and on-track status of one figure against
    its target. For yes-no targets `value` and `quantity` count villages."""
    due = share * HUNDRED
    if value is None or quantity <= 0:
        return Judgement(None, quantity * share if quantity > 0 else None, "none", due)
    expected = quantity * share
    percent = percent_done(
        counting=counting,
        higher_is_better=higher_is_better,
        quantity=quantity,
        value=value,
    )
    if higher_is_better or counting == Counting.YES_NO:
        if value >= expected * GREEN_SHARE:
            status = "green"
        elif value >= expected * AMBER_SHARE:
            status = "amber"
        else:
            status = "red"
        return Judgement(percent, expected, status, due)
    # Lower is better: the quantity is a ceiling.
    if counting == Counting.INCREMENT:
        # A yearly allowance: spending it faster than time passes is a warning.
        if value <= expected:
            status = "green"
        elif value <= quantity:
            status = "amber"
        else:
            status = "red"
    else:
        # A level to bring down to: over it is amber while there is time, red after.
        status = "green" if value <= quantity else ("red" if ended else "amber")
    return Judgement(percent, expected, status, due)


# --- the state of a week's report --------------------------------------------------

STATES = ["missing", "draft", "late", "submitted", "accepted", "returned"]
STATE_LABELS = {
    "missing": "Chưa lập",
    "draft": "Nháp",
    "submitted": "Đã nộp",
    "late": "Nộp muộn",
    "accepted": "Đã duyệt",
    "returned": "Trả lại",
}


@dataclass
class WeekState:
    code: str  # one of STATES
    overdue: bool  # not in, and the deadline has passed
    reopened: bool
    report: object | None  # the ProgressReport, if any

    @property
    def label(self) -> str:
        return STATE_LABELS[self.code]


def week_state(plan, report, week: datetime.date, now, *, reopened=None) -> WeekState:
    """The state of `plan`'s report for `week` at `now`: missing, draft, late,
    submitted, accepted or returned; overdue when not in after the deadline.
    `reopened` defaults to the report's annotation of that name."""
    from reports.periods import deadline

    if report is None:
        code = "missing"
    elif report.status == "submitted" and report.is_late:
        code = "late"
    else:
        code = report.status
    overdue = code in {"missing", "draft", "returned"} and now > deadline(plan, week)
    if reopened is None:
        reopened = bool(report and getattr(report, "reopened", False))
    return WeekState(code, overdue, reopened, report)


# --- SQL form: the change of progress per target and week ----------------------

# Per target and report week, the change in progress: an increment is its own
# change; a running total or a yes-no answer contributes its difference from
# the village's previous figure (LAG). Adding up the changes of the weeks up to
# w gives village_value() summed over the villages at w. The weekly summary
# (reports.summaries), the direct computation it is tested against and the
# bench floor all run it. Rates (Target.is_rate) are not a sum of counts:
# `rates` holds their counts with the base, per village and week, from which
# rate_levels_from works out their share done (see rate_share).
CHANGES_CTE = """
    WITH e AS (
        SELECT vt.target_id AS target_id, pe.village_target_id AS vt_id,
               r.period_start AS ps, t.counting AS counting, pe.amount AS amount,
               CASE WHEN pe.done THEN 1 WHEN NOT pe.done THEN 0 END AS done,
               {rate} AS rate, pe.base AS base, t.higher_is_better AS hib,
               vt.quantity AS quantity
        FROM {entry} pe
        JOIN {report} r ON r.id = pe.report_id
        JOIN {village_target} vt ON vt.id = pe.village_target_id
        JOIN {target} t ON t.id = vt.target_id
        WHERE r.plan_id IN ({plans}) AND r.period_start <= %s
    ), changes AS (
        SELECT target_id, ps, amount AS change FROM e
        WHERE rate = 0 AND counting = 'increment' AND amount IS NOT NULL
        UNION ALL
        SELECT target_id, ps,
               amount - COALESCE(LAG(amount) OVER (PARTITION BY vt_id ORDER BY ps), 0)
        FROM e WHERE rate = 0 AND counting = 'running' AND amount IS NOT NULL
        UNION ALL
        SELECT target_id, ps,
               done - COALESCE(LAG(done) OVER (PARTITION BY vt_id ORDER BY ps), 0)
        FROM e WHERE rate = 0 AND counting = 'yes_no' AND done IS NOT NULL
    ), rates AS (
        SELECT target_id, ps, vt_id, amount, base, hib, quantity FROM e
        WHERE rate = 1 AND amount IS NOT NULL AND base IS NOT NULL
    )
"""

# After a select of (target_id, week, change): the rates' rows, in the same
# columns and four more (NULL for a change; typed, for PostgreSQL's UNION).
NO_RATE = (
    "CAST(NULL AS INTEGER), CAST(NULL AS NUMERIC), CAST(NULL AS NUMERIC), "
    "CAST(NULL AS INTEGER), CAST(NULL AS NUMERIC)"
)
RATE_ROWS = """
    UNION ALL
    SELECT target_id, ps, NULL, vt_id, amount, base,
           CASE WHEN hib THEN 1 ELSE 0 END, quantity
    FROM rates
"""

# The changes bucketed by week, every week before the first folded into one.
WEEKLY_BUCKETS = (
    """
    SELECT target_id, CASE WHEN ps < %s THEN %s ELSE ps END AS bucket, SUM(change),
    """
    + NO_RATE
    + """
    FROM changes GROUP BY 1, 2
"""
    + RATE_ROWS
)

# The changes of every report week.
ALL_WEEKS = (
    """
    SELECT target_id, ps, SUM(change),
    """
    + NO_RATE
    + """
    FROM changes GROUP BY 1, 2
"""
    + RATE_ROWS
)


def _tables() -> dict[str, str]:
    from plans.models import Plan, Target, VillageTarget
    from reports.models import ProgressEntry, ProgressReport

    return {
        "entry": ProgressEntry._meta.db_table,
        "report": ProgressReport._meta.db_table,
        "village_target": VillageTarget._meta.db_table,
        "target": Target._meta.db_table,
        "plan": Plan._meta.db_table,
    }


def changes_sql(select: str, plan_ids) -> str:
    """CHANGES_CTE followed by `select` (WEEKLY_BUCKETS, ALL_WEEKS), for the
    given plans (their ids are parameters, then the last week)."""
    return (CHANGES_CTE + select).format(
        **_tables(), plans=", ".join(["%s"] * len(plan_ids)), rate=RATE_FLAG
    )


def change_value(amount) -> Decimal:
    """A summed change as the database returns it (SQLite: a float), exact to
    the thousandth like the amounts."""
    return Decimal(str(amount)).quantize(THOUSANDTH) if amount else ZERO


@dataclass
class Changes:
    """What a changes_sql query gives: {target_id: {week: change}} for sums of
    counts, {target_id: {week: level}} for rates (rate_levels_from)."""

    changes: dict
    levels: dict


def fetch_changes(sql: str, params: list) -> Changes:
    """Run a changes_sql query (1 query)."""
    changes: dict[int, dict] = defaultdict(dict)
    rates = []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for target_id, week, amount, vt_id, *rate in cursor.fetchall():
            if vt_id is not None:
                rates.append((target_id, as_date(week), vt_id, *rate))
                continue
            changes[target_id][as_date(week)] = change_value(amount)
    return Changes(changes, rate_levels_from(rates))


def rate_levels_from(rows) -> dict[int, dict[datetime.date, Decimal]]:
    """{target_id: {week: rate_level}} from rate rows (target_id, week,
    village target, count, base, higher is better, village's rate): each
    week in which a village's count came in, the level of the target with
    every village's latest count (the villages in village target order)."""
    levels: dict[int, dict] = defaultdict(dict)
    shares: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for target_id, week, vt_id, count, base, hib, quantity in sorted(rows):
        shares[target_id][vt_id] = rate_share(
            higher_is_better=bool(hib),
            quantity=as_decimal(quantity),
            count=as_decimal(count),
            base=as_decimal(base),
        )
        own = shares[target_id]
        levels[target_id][week] = rate_level(own[pk] for pk in sorted(own))
    return levels


# --- SQL form: village targets reached ---------------------------------------------

# reached() in SQL: {value} is the village target's figure (see
# village_value; for a rate, its latest count and {base} its base), the row
# has its counting, rate (1: Target.is_rate), hib (higher is better) and
# quantity. A NULL figure compares false: not reached.
REACHED_CASE = """
    CASE
        WHEN {row}rate = 1 THEN CASE
            WHEN NOT {base} > 0 THEN 0
            WHEN {row}hib THEN CASE
                WHEN {value} * 100 >= {row}quantity * {base} THEN 1 ELSE 0 END
            ELSE CASE WHEN {value} * 100 <= {row}quantity * {base} THEN 1 ELSE 0 END
        END
        WHEN {row}counting = 'yes_no' THEN CASE WHEN {value} = 1 THEN 1 ELSE 0 END
        WHEN {row}hib THEN CASE WHEN {value} >= {row}quantity THEN 1 ELSE 0 END
        ELSE CASE WHEN {value} <= {row}quantity THEN 1 ELSE 0 END
    END
"""


def reached_case(value: str, row: str = "", base: str = "NULL") -> str:
    """REACHED_CASE for the figure `value` (and a rate's `base`), with the
    target's columns on `row`."""
    return REACHED_CASE.format(value=value, row=row, base=base)


# Target.is_rate in SQL, on the target table `t`.
RATE_FLAG = "CASE WHEN TRIM(t.unit) = '%%' THEN 1 ELSE 0 END"


# Per village target of the plans (`vt`), over its entries up to a week limit:
# `agg` sums the increments and finds the period of its latest figure (the
# latest non-null amount for a running total, the latest non-null answer for
# yes-no, the latest count given with its base for a rate); `latest` reads the
# entries of that period. Two passes over the entries, hash-joined on
# PostgreSQL, instead of three correlated subqueries per village target (26 s
# on PostgreSQL for a province). COALESCE(period_start, period_start) keeps
# SQLite from looking reports up by date (every plan's report of that week)
# instead of by entry. MAX in `latest` only settles two reports of the same
# period, which one plan cannot have. A window (ROW_NUMBER over each village
# target by period) measured 1.7× slower on PostgreSQL and 2× slower on SQLite
# (one sort of every entry). Works on SQLite and PostgreSQL. One fragment for
# the two queries that read a village target's figure: REACHED_SQL (to the end
# of a week) and FIGURES_SQL (before a plan's last week), made by
# figure_ctes().
FIGURE_CTES = """
    vt AS (
        SELECT vt.id AS id, t.plan_id AS plan_id, t.counting AS counting,
               {rate} AS rate, t.higher_is_better AS hib,
               vt.quantity AS quantity{columns}
        FROM {village_target} vt
        JOIN {target} t ON t.id = vt.target_id
        {scope}
    ), agg AS (
        SELECT vt.id AS vt_id, SUM(pe.amount) AS total,
               MAX(CASE
                   WHEN vt.rate = 1 THEN CASE
                       WHEN pe.amount IS NOT NULL AND pe.base IS NOT NULL
                           THEN r.period_start
                   END
                   WHEN vt.counting = 'yes_no' AND pe.done IS NOT NULL
                       THEN r.period_start
                   WHEN vt.counting <> 'yes_no' AND pe.amount IS NOT NULL
                       THEN r.period_start
               END) AS last_start
        FROM vt
        JOIN {entry} pe ON pe.village_target_id = vt.id
        JOIN {report} r ON r.id = pe.report_id
        WHERE {until}
        GROUP BY vt.id
    ), latest AS (
        SELECT agg.vt_id AS vt_id, MAX(pe.amount) AS amount,
               MAX(pe.base) AS base,
               MAX(CASE WHEN pe.done THEN 1 ELSE 0 END) AS done
        FROM agg
        JOIN {entry} pe ON pe.village_target_id = agg.vt_id
        JOIN {report} r ON r.id = pe.report_id
            AND COALESCE(r.period_start, r.period_start) = agg.last_start
        GROUP BY agg.vt_id
    )"""


def figure_ctes(*, scope: str, until: str, columns: str = "") -> str:
    """The `vt`, `agg` and `latest` CTEs of FIGURE_CTES: `scope` ends vt's FROM
    (which plans), `until` is agg's condition on the report `r` (which weeks),
    `columns` adds to vt's columns."""
    return FIGURE_CTES.format(
        **_tables(), rate=RATE_FLAG, scope=scope, until=until, columns=columns
    )


# Village targets assigned and reached per plan at the end of a week.
REACHED_SQL = """
    WITH {figures}
    SELECT vt.plan_id, COUNT(*), SUM({reached})
    FROM vt
    LEFT JOIN agg ON agg.vt_id = vt.id
    LEFT JOIN latest ON latest.vt_id = vt.id
    GROUP BY vt.plan_id
"""


def reached_counts(
    *, plan_ids: list[int], until: datetime.date
) -> dict[int, tuple[int, int]]:
    """{plan_id: (village targets assigned, reached)} from the entries of
    reports starting on or before `until` (1 query; none without plans)."""
    if not plan_ids:
        return {}
    plans = ", ".join(["%s"] * len(plan_ids))
    sql = REACHED_SQL.format(
        figures=figure_ctes(
            scope=f"WHERE t.plan_id IN ({plans})", until="r.period_start <= %s"
        ),
        reached=reached_case(
            "CASE WHEN vt.rate = 1 THEN latest.amount "
            "WHEN vt.counting = 'increment' THEN COALESCE(agg.total, 0) "
            "WHEN vt.counting = 'yes_no' THEN latest.done ELSE latest.amount END",
            row="vt.",
            base="latest.base",
        ),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*plan_ids, connection.ops.adapt_datefield_value(until)])
        return {
            plan_id: (count, int(done or 0))
            for plan_id, count, done in cursor.fetchall()
        }


# Per plan and report week, how many village targets became reached (+1) or
# stopped being reached (-1), from the entries: each village target's figure
# after each entry (increments: a running SUM; running totals and yes-no
# answers: the entry's own), its reached flag (REACHED_CASE), minus the flag
# before (LAG; before any entry, the flag of an opening figure: 0 for an
# increment, none otherwise). A last row per plan (week NULL) gives the village
# targets assigned and how many are reached before any entry. The weekly
# summary adds these up; reached_counts is the direct computation it is
# tested against. NOTE: two window passes, but only over the plans being
# rebuilt, never on a dashboard's request. Works on SQLite and PostgreSQL
# (the first branch's NULL base is typed: PostgreSQL would take it for text).
REACHED_FLIPS_SQL = """
    WITH e AS (
        SELECT t.plan_id AS plan_id, pe.village_target_id AS vt_id,
               r.period_start AS ps, t.counting AS counting, {rate} AS rate,
               t.higher_is_better AS hib, vt.quantity AS quantity,
               pe.amount AS amount, pe.base AS base,
               CASE WHEN pe.done THEN 1 WHEN NOT pe.done THEN 0 END AS done
        FROM {entry} pe
        JOIN {report} r ON r.id = pe.report_id
        JOIN {village_target} vt ON vt.id = pe.village_target_id
        JOIN {target} t ON t.id = vt.target_id
        WHERE r.plan_id IN ({plans})
    ), v AS (
        SELECT plan_id, vt_id, ps, counting, rate, hib, quantity,
               SUM(amount) OVER (
                   PARTITION BY vt_id ORDER BY ps ROWS UNBOUNDED PRECEDING
               ) AS value, CAST(NULL AS NUMERIC) AS base
        FROM e WHERE rate = 0 AND counting = 'increment' AND amount IS NOT NULL
        UNION ALL
        SELECT plan_id, vt_id, ps, counting, rate, hib, quantity, amount, NULL
        FROM e WHERE rate = 0 AND counting = 'running' AND amount IS NOT NULL
        UNION ALL
        SELECT plan_id, vt_id, ps, counting, rate, hib, quantity, done, NULL
        FROM e WHERE rate = 0 AND counting = 'yes_no' AND done IS NOT NULL
        UNION ALL
        SELECT plan_id, vt_id, ps, counting, rate, hib, quantity, amount, base
        FROM e WHERE rate = 1 AND amount IS NOT NULL AND base IS NOT NULL
    ), flags AS (
        SELECT plan_id, vt_id, ps, {reached} AS flag, {opening} AS opening FROM v
    ), flips AS (
        SELECT plan_id, ps,
               flag - LAG(flag, 1, opening) OVER (PARTITION BY vt_id ORDER BY ps)
                   AS flip
        FROM flags
    )
    SELECT plan_id, ps, SUM(flip), NULL FROM flips
    GROUP BY plan_id, ps HAVING SUM(flip) <> 0
    UNION ALL
    SELECT o.plan_id, NULL, SUM({vt_opening}), COUNT(*)
    FROM (
        SELECT t.plan_id AS plan_id, t.counting AS counting, {rate} AS rate,
               t.higher_is_better AS hib, vt.quantity AS quantity
        FROM {village_target} vt JOIN {target} t ON t.id = vt.target_id
        WHERE t.plan_id IN ({plans})
    ) o
    GROUP BY o.plan_id
"""
OPENING_VALUE = "CASE WHEN {row}counting = 'increment' THEN 0 END"


@dataclass
class ReachedHistory:
    """A plan's village targets assigned, reached before any entry, and the
    change in the number reached per report week."""

    assigned: int = 0
    opening: int = 0
    flips: dict = None

    def __post_init__(self):
        if self.flips is None:
            self.flips = {}


def reached_history(plan_ids: list[int]) -> dict[int, ReachedHistory]:
    """{plan_id: ReachedHistory} over every report week of the plans (1 query)."""
    if not plan_ids:
        return {}
    marks = ", ".join(["%s"] * len(plan_ids))
    sql = REACHED_FLIPS_SQL.format(
        **_tables(),
        plans=marks,
        rate=RATE_FLAG,
        reached=reached_case("value", base="base"),
        opening=reached_case(OPENING_VALUE.format(row="")),
        vt_opening=reached_case(OPENING_VALUE.format(row="o."), row="o."),
    )
    result: dict[int, ReachedHistory] = defaultdict(ReachedHistory)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*plan_ids, *plan_ids])
        for plan_id, week, count, assigned in cursor.fetchall():
            history = result[plan_id]
            if week is None:
                history.assigned, history.opening = assigned, int(count or 0)
                continue
            if isinstance(week, str):  # SQLite returns dates as text
                week = datetime.date.fromisoformat(week)
            history.flips[week] = int(count)
    return result


# --- a rate's share done: each village's rate against the rate given to it -------


def rate_share(
    *, higher_is_better: bool, quantity: Decimal, count, base
) -> Decimal | None:
    """A village's share done of a rate it must reach (Target.is_rate): its
    rate (count over base) as a percent of the rate given to it, capped to
    0–100 like every share in Khối lượng hoàn thành (None: no count with a
    base yet). A lower-is-better rate within its ceiling is done (100)."""
    rate = rate_percent(count, base)
    if rate is None:
        return None
    return capped(
        percent_done(
            counting=Counting.RUNNING_TOTAL,
            higher_is_better=higher_is_better,
            quantity=quantity,
            value=rate,
        )
    )


def rate_level(shares: Iterable[Decimal | None]) -> Decimal | None:
    """A rate target's figure for Khối lượng hoàn thành: the sum of its
    villages' shares (rate_share, in village target order), None if no
    village has a figure. Judged against 100 × its villages (rate_judged_as),
    its percent done is the mean of the villages' capped shares: a village
    past its rate does not make up for one behind."""
    total = None
    for share in shares:
        if share is not None:
            total = (total if total is not None else ZERO) + share
    return total


def rate_judged_as(villages: int) -> dict:
    """How a rate target's level (rate_level) is judged: a figure to reach,
    100 per village."""
    return {
        "counting": Counting.RUNNING_TOTAL,
        "higher_is_better": True,
        "quantity": Decimal(100 * villages),
    }


def as_decimal(value) -> Decimal | None:
    """A number as the database returns it (SQLite: a float or an int), exact
    to the thousandth like the amounts."""
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value)).quantize(THOUSANDTH)


def as_date(value) -> datetime.date | None:
    if isinstance(value, str):  # SQLite returns dates as text
        return datetime.date.fromisoformat(value)
    return value


# --- a village target's figure, week after week (the incremental summary) ----


def figure_kind(*, counting: str, rate: bool) -> str:
    return "rate" if rate else counting


def opening_figure(kind: str):
    """A village target's figure before any entry: nothing done for an
    increment, no figure otherwise."""
    return ZERO if kind == Counting.INCREMENT else None


def fold_entry(kind: str, figure, *, amount, base, done):
    """A village target's figure after one more week's entry: increments add
    up; a running total and a yes-no answer (1 or 0) take the latest figure
    given; a rate its latest (count, base) given together — the Python form
    of what CHANGES_CTE, RATE_FIGURES_SQL and REACHED_FLIPS_SQL read."""
    if kind == "rate":
        if amount is not None and base is not None:
            return (amount, base)
        return figure
    if kind == Counting.INCREMENT:
        return figure + (amount if amount is not None else ZERO)
    if kind == Counting.RUNNING_TOTAL:
        return amount if amount is not None else figure
    if done is None:
        return figure
    return ONE if done else ZERO


# Per village target of the plans, its figure from the entries of the weeks
# before the plan's last report week with entries (`last`): FIGURE_CTES (the
# sum of increments; the entries of the period of the latest figure) over the
# weeks before `last`. The incremental summary keeps it and adds the last
# week's entries and the next ones as they are saved.
FIGURES_SQL = """
    WITH lim AS (
        SELECT r.plan_id AS plan_id, MAX(r.period_start) AS last
        FROM {report} r
        WHERE r.plan_id IN ({plans})
          AND EXISTS (SELECT 1 FROM {entry} pe WHERE pe.report_id = r.id)
        GROUP BY r.plan_id
    ), {figures}
    SELECT lim.plan_id, lim.last, agg.vt_id, vt.counting, vt.rate, agg.total,
           latest.amount, latest.base, latest.done
    FROM lim
    LEFT JOIN vt ON vt.plan_id = lim.plan_id
    LEFT JOIN agg ON agg.vt_id = vt.id
    LEFT JOIN latest ON latest.vt_id = vt.id
"""


def figures_before_last(
    plan_ids: list[int],
) -> dict[int, tuple[datetime.date | None, dict]]:
    """{plan_id: (last, {village_target_id: figure})}: each plan's last report
    week with entries and the figures (fold_entry) of its village targets from
    the weeks before it; (None, {}) for a plan without entries (1 query)."""
    result = {pk: (None, {}) for pk in plan_ids}
    if not plan_ids:
        return result
    sql = FIGURES_SQL.format(
        **_tables(),
        plans=", ".join(["%s"] * len(plan_ids)),
        figures=figure_ctes(
            scope="JOIN lim ON lim.plan_id = t.plan_id",
            columns=", lim.last AS last",
            until="r.period_start < vt.last",
        ),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, plan_ids)
        rows = cursor.fetchall()
    for plan_id, last, vt_id, counting, rate, total, amount, base, done in rows:
        if result[plan_id][0] is None:
            result[plan_id] = (as_date(last), {})
        if vt_id is None:
            continue
        kind = figure_kind(counting=counting, rate=bool(rate))
        if kind == "rate":
            figure = (
                (as_decimal(amount), as_decimal(base)) if base is not None else None
            )
        elif kind == Counting.INCREMENT:
            figure = as_decimal(total) if total is not None else ZERO
        elif kind == Counting.RUNNING_TOTAL:
            figure = as_decimal(amount)
        else:
            figure = None if done is None else (ONE if done else ZERO)
        result[plan_id][1][vt_id] = figure
    return result


# --- the district and province figures ---------------------------------------------


@dataclass
class PlanFigures:
    """A plan's (or several plans') two headline figures at the end of a week."""

    targets: int = 0  # targets counted in the mean
    percent_sum: Decimal = ZERO  # the sum of their capped percents done
    assigned: int = 0  # village targets assigned
    reached: int = 0  # of which reached

    @property
    def volume(self) -> Decimal:
        """Khối lượng hoàn thành, in percent: mean capped share done."""
        return self.percent_sum / self.targets if self.targets else ZERO

    @property
    def reached_label(self) -> str:
        return f"{self.reached}/{self.assigned}"

    def __add__(self, other: PlanFigures) -> PlanFigures:
        return PlanFigures(
            self.targets + other.targets,
            self.percent_sum + other.percent_sum,
            self.assigned + other.assigned,
            self.reached + other.reached,
        )


def as_fraction(percent: Decimal) -> Decimal:
    """A percent as a fraction for an export cell, rounded as the screen shows
    it (0,1 %, half up), so that paper and screen read the same digits."""
    return percent.quantize(Decimal("0.1"), ROUND_HALF_UP) / HUNDRED
