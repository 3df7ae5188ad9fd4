"""Province-scale benchmark of the dashboards (issue 6), in a throwaway database.

    python manage.py bench                       # 200 communes × 8 villages × 50 targets × 52 weeks
    python manage.py bench --communes 20 --weeks 12 --runs 3
    python manage.py bench --browser            # the entry page on a weak network (ntm/perf/browser.py)
    python manage.py bench --exports --weeks 4  # only the appendix exports (issue 23, goal 4)

The configured database is never written: the command builds a test database
beside it (SQLite: a temporary file; PostgreSQL: ntm_bench_<pid>), fills it
with bulk inserts, times the views, and drops it at the end, even on error.

After the data, the weekly progress summaries the dashboards read
(reports.summaries) are built for every plan, timed on their own line.

Timings are server time: the view rendered through django.test.Client (URL
routing, middleware, session and user lookup, selectors, template), median of
--runs after one warm-up. The floor is what the progress columns read, as one
raw SQL statement: the summary rows that hold during the eight weeks of the
sparkline. Then the same page right after a commune changed a figure (the
request rebuilds that plan's summary first). The old floor, printed beside
the first line for comparison, is the same
figures computed from the entries themselves (per target and week, the change
in progress — increments summed, running totals and yes-no answers as
differences from the village's previous figure, by LAG — over a year of
entries), which is what the dashboards ran before the summary.

After the rush (issue 23): this week's reports open again and every commune
saves its whole week through services.entries_save (the entry page's
service), then the first district and the first province read are timed;
twice, first with the save as it was (the readers rebuild the summaries),
then as it is (the save keeps its plan's summary up to date), with the CPU
per save, the part of it spent keeping the summary, and the CPU of each read
(this process; PostgreSQL's server process too on PostgreSQL).

Exports: EXPORT_BENCHES lists functions that take the Bench and return (label,
zero-argument callable returning the file's bytes); each is run once to warm up
and then --runs times (table built and rendered), printed after the dashboards
as the median CPU time of this process (time.process_time: what the export
costs, whatever else the machine runs), the median wall time, and the file's
size and pages: the province summary and one commune's progress table, as
.xlsx and .pdf. With --exports only these are timed (no dashboards, no rush):
the phase the PDF work of issue 23 is measured with."""

from __future__ import annotations

import contextlib
import datetime
import functools
import io
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import F
from django.test import Client
from django.test.utils import (
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)
from django.urls import reverse

from ntm.perf.province import Bench, build, submitted_at
from plans.models import Counting, Plan, Target, VillageTarget
from reports import progress, services, summaries
from reports.models import PlanProgressWeek, ProgressEntry, ProgressReport
from villages.models import Area


def _export(label: str, fmt: str, make_table: Callable[[Bench], object]):
    """A bench entry: build the table and render it as `fmt`, timed together."""
    from reports.exports import render

    def entry(bench: Bench) -> tuple[str, Callable[[], object]]:
        return label, lambda: render(make_table(bench), fmt)

    return entry


def _province_summary(bench: Bench):
    from reports.exports import area_table

    return area_table(
        areas=Area.objects.all(),
        pk=bench.province.pk,
        table="district_summary",
        on=bench.week + datetime.timedelta(days=6),
    )


def _largest_progress(bench: Bench):
    from reports.exports import plan_table

    return plan_table(
        plans=Plan.objects.all(),
        pk=bench.plan_ids[0],
        table="progress",
        week=bench.week,
    )


# Functions (bench) -> (label, callable) timed once each: the largest tables
# of reports/exports as Excel and PDF. Add a line for a new export.
EXPORT_BENCHES: list[Callable[[Bench], tuple[str, Callable[[], object]]]] = [
    _export(
        "Xuất biểu tổng hợp tỉnh (district_summary) .xlsx", "xlsx", _province_summary
    ),
    _export(
        "Xuất biểu tổng hợp tỉnh (district_summary) .pdf", "pdf", _province_summary
    ),
    _export("Xuất biểu tiến độ một xã (progress) .xlsx", "xlsx", _largest_progress),
    _export("Xuất biểu tiến độ một xã (progress) .pdf", "pdf", _largest_progress),
]


class Command(BaseCommand):
    help = "Dựng một tỉnh giả lập trong cơ sở dữ liệu tạm và đo thời gian các bảng tổng hợp."

    def add_arguments(self, parser):
        parser.add_argument("--communes", type=int, default=200)
        parser.add_argument("--villages", type=int, default=8)
        parser.add_argument("--targets", type=int, default=50)
        parser.add_argument("--weeks", type=int, default=52)
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument(
            "--exports",
            action="store_true",
            help="chỉ đo các biểu xuất Excel/PDF (CPU trung vị qua --runs lần)",
        )
        parser.add_argument(
            "--browser",
            action="store_true",
            help="trang nhập 80 dòng trong chromium trên mạng chậm (ntm/perf/browser.py)",
        )

    def handle(self, *args, **options):
        if options["browser"]:
            from ntm.perf import browser

            if options["runs"] < 1:
                self.stderr.write("--runs phải lớn hơn 0.")
                return
            browser.run(runs=options["runs"], write=self.stdout.write)
            return
        for name in ("communes", "villages", "targets", "weeks", "runs"):
            if options[name] < 1:
                self.stderr.write(f"--{name} phải lớn hơn 0.")
                return
        if options["weeks"] > 52:
            self.stderr.write("--weeks tối đa 52 (một năm kế hoạch).")
            return
        old_name = connection.settings_dict["NAME"]
        temp_dir = None
        if connection.vendor == "sqlite":
            temp_dir = tempfile.mkdtemp(prefix="ntm_bench_")
            test_name = os.path.join(temp_dir, "bench.sqlite3")
        else:
            test_name = f"ntm_bench_{os.getpid()}"
        connection.settings_dict.setdefault("TEST", {})
        connection.settings_dict["TEST"] = {
            **connection.settings_dict["TEST"],
            "NAME": test_name,
        }
        self.stdout.write(f"Cơ sở dữ liệu tạm ({connection.vendor}): {test_name}")
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False, keepdb=False
        )
        setup_test_environment()
        # A kill (SIGTERM) still runs the clean-up below.
        previous_handler = signal.signal(signal.SIGTERM, _exit)
        try:
            if connection.vendor == "sqlite":
                # A throwaway file: no need to survive a power cut while filling it.
                with connection.cursor() as cursor:
                    cursor.execute("PRAGMA synchronous = OFF")
                    cursor.execute("PRAGMA journal_mode = MEMORY")
            started = time.perf_counter()
            with transaction.atomic():
                bench = build(
                    **{
                        k: options[k]
                        for k in ("communes", "villages", "targets", "weeks")
                    }
                )
            if connection.vendor == "postgresql":
                # Statistics of the filled tables, as autovacuum would in time;
                # here, not in build(), which tests run in the shared database.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            self.stdout.write(
                f"Dựng dữ liệu: {options['communes']} xã × {options['villages']} thôn × "
                f"{options['targets']} chỉ tiêu × {options['weeks']} tuần = "
                f"{ProgressEntry.objects.count():,} dòng kết quả, "
                f"{time.perf_counter() - started:.1f} s"
            )
            started = time.perf_counter()
            built = summaries.rebuild_all()
            self.stdout.write(
                f"Dựng bảng tổng hợp tuần: {built} kế hoạch, "
                f"{PlanProgressWeek.objects.count():,} dòng, "
                f"{time.perf_counter() - started:.1f} s"
            )
            if options["exports"]:
                self.exports(bench, options["runs"])
            else:
                self.report(bench, options["runs"])
        finally:
            signal.signal(signal.SIGTERM, previous_handler)
            teardown_test_environment()
            connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=False)
            if temp_dir:
                shutil.rmtree(temp_dir, ignore_errors=True)
            self.stdout.write("Đã xóa cơ sở dữ liệu tạm.")

    def report(self, bench: Bench, runs: int) -> None:
        week = bench.week.isoformat()
        pages = [
            (
                "Bảng tổng hợp huyện",
                bench.reviewer,
                reverse("reports:dashboard_district", args=[bench.district.pk]),
                bench.district_plan_ids,
            ),
            (
                "Bảng tổng hợp tỉnh",
                bench.viewer,
                reverse("reports:dashboard_province", args=[bench.province.pk]),
                bench.plan_ids,
            ),
        ]
        for label, user, url, plan_ids in pages:
            client = Client()
            client.force_login(user)
            client.get(url, {"tuan": week})  # warm-up
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, {"tuan": week})
            # Counted now: the next request's request_started signal (under
            # DEBUG) resets the connection's query log this slice reads.
            query_count = len(queries)
            assert response.status_code == 200, response.status_code
            median = _median_ms(runs, client.get, url, {"tuan": week})
            floor_median = _median_ms(runs, raw_floor, plan_ids, bench.week)
            old_floor = _median_ms(runs, raw_floor_entries, plan_ids, bench.week)
            self.stdout.write(
                f"{label} ({len(plan_ids)} xã): trung vị {median:.0f} ms qua {runs} lần, "
                f"{query_count} truy vấn SQL; sàn SQL thô {floor_median:.1f} ms "
                f"(đọc bảng tổng hợp tuần); tỷ lệ {median / floor_median:.2f}×; "
                f"sàn cũ (tính từ kết quả) {old_floor:.0f} ms"
            )
            # A commune changes a figure: the next request rebuilds its plan.
            entry = (
                ProgressEntry.objects.filter(report__plan_id=plan_ids[0])
                .order_by("-report__period_start", "pk")
                .values_list("pk", flat=True)
                .first()
            )
            after_save = _median_ms(
                runs,
                client.get,
                url,
                {"tuan": week},
                before=functools.partial(
                    ProgressEntry.objects.filter(pk=entry).update,
                    amount=F("amount") + 1,
                ),
            )
            self.stdout.write(
                f"  ngay sau khi một xã sửa số liệu (dựng lại 1 kế hoạch): "
                f"trung vị {after_save:.0f} ms"
            )
            # The same change saved through the entry page's service, which
            # keeps the summary up to date itself: the reader rebuilds nothing.
            after_service = _median_ms(
                runs,
                client.get,
                url,
                {"tuan": week},
                before=functools.partial(_save_one, plan_ids[0], bench.week),
            )
            self.stdout.write(
                f"  ngay sau khi một xã lưu qua trang nhập (entries_save giữ bảng "
                f"tổng hợp tuần): trung vị {after_service:.0f} ms"
            )
        self.rush(bench)
        self.target_rush(bench)
        self.exports(bench, runs)

    def exports(self, bench: Bench, runs: int) -> None:
        """Each of EXPORT_BENCHES: one warm-up, then `runs` runs; the median
        CPU of this process per export (on PostgreSQL also its server
        process's), the median wall time, the file's size and pages."""
        cpu = _CpuMeter()
        for make in EXPORT_BENCHES:
            label, run = make(bench)
            output = run()  # warm-up: imports, fonts, the first queries' plans
            walls, owns, servers = [], [], []
            for _ in range(runs):
                started = cpu.start()
                output = run()
                wall, own, server = cpu.stop(started)
                walls.append(wall)
                owns.append(own)
                servers.append(server)
            pages = f", {_pdf_pages(output)} trang" if output[:4] == b"%PDF" else ""
            self.stdout.write(
                f"{label}: {_cpu(statistics.median(owns), statistics.median(servers))}"
                f" (trung vị qua {runs} lần); thời gian thực "
                f"{statistics.median(walls) * 1000:.0f} ms; "
                f"{len(output) / 1024:.0f} KB{pages}"
            )

    def rush(self, bench: Bench) -> None:
        """After the rush (issue 23): every commune saves its whole week
        through the entry page's service (services.entries_save, the rows
        of every village target), then the first district and the first
        province read are timed. Twice: first with the save as it was,
        leaving the summary to the readers (entries_save.__wrapped__), then
        as it is, keeping it up to date itself. Before the second round the
        summary is as the saves of the week before leave it (rebuild_all:
        built, with the village targets' figures kept)."""
        week = bench.week
        now = submitted_at(week, late=False)  # Thursday 10:00, before 14:30
        # This week's reports open again, as before the deadline.
        ProgressReport.objects.filter(period_start=week).update(
            status="draft", submitted_at=None, is_late=False
        )
        user = get_user_model().objects.create_user("bench.xa", password="x")
        plans = {p.pk: p for p in Plan.objects.filter(pk__in=bench.plan_ids)}
        rows: dict[int, list] = {pk: [] for pk in plans}
        for vt in VillageTarget.objects.filter(
            target__plan_id__in=bench.plan_ids
        ).select_related("target", "village"):
            rows[vt.target.plan_id].append(vt)
        pages = [
            (
                "Bảng tổng hợp huyện",
                bench.reviewer,
                reverse("reports:dashboard_district", args=[bench.district.pk]),
            ),
            (
                "Bảng tổng hợp tỉnh",
                bench.viewer,
                reverse("reports:dashboard_province", args=[bench.province.pk]),
            ),
        ]
        clients = []
        for _, user_, _ in pages:
            client = Client()
            client.force_login(user_)
            clients.append(client)
        cpu = _CpuMeter()
        rounds = [
            ("trước: bản lưu không giữ bảng tổng hợp", False),
            ("nay: bản lưu giữ bảng tổng hợp tuần", True),
        ]
        for step, (label, keep) in enumerate(rounds, start=1):
            if keep:
                summaries.rebuild_all()
            save = services.entries_save if keep else services.entries_save.__wrapped__
            hook = _HookMeter(cpu) if keep else None
            total = cpu.start()
            for pk, plan in plans.items():
                inputs = [_rush_input(vt, step) for vt in rows[pk]]
                save(plan=plan, period_start=week, user=user, inputs=inputs, now=now)
            wall, own, server = cpu.stop(total)
            count, lines = len(plans), sum(len(r) for r in rows.values())
            self.stdout.write(
                f"Sau phút chót ({label}): {count} xã lưu cả tuần qua "
                f"entries_save ({lines // count} dòng mỗi xã): "
                f"{wall / count * 1000:.0f} ms mỗi lượt lưu "
                f"({_cpu(own / count, server / count)})"
                + (
                    f"; trong đó giữ bảng tổng hợp tuần {hook.wall / count * 1000:.1f} ms "
                    f"({_cpu(hook.own / count, hook.server / count)})"
                    if hook
                    else ""
                )
            )
            if hook:
                hook.restore()
            for (name, _, url), client in zip(pages, clients, strict=True):
                outdated = len(summaries.stale(bench.plan_ids))
                meter = cpu.start()
                response = client.get(url, {"tuan": week.isoformat()})
                wall, own, server = cpu.stop(meter)
                assert response.status_code == 200, response.status_code
                self.stdout.write(
                    f"  {name} đọc lần đầu sau phút chót: {wall * 1000:.0f} ms "
                    f"({_cpu(own, server)}); {outdated} kế hoạch chờ dựng lại "
                    "trước khi đọc"
                )

    def target_rush(self, bench: Bench) -> None:
        """After every commune changes a target through target_save, the
        service behind the target page and the Excel target import (issue 23
        goal 2), the first province read and, after the same writes again,
        the first province export (district_summary, built and rendered as
        .xlsx) are timed. Twice: first with the writers leaving the summary
        to the readers (their writes inside freshness.paused()), then as it is,
        each writer rebuilding its plan after it commits."""
        from plans.services import target_save
        from reports import freshness

        user = get_user_model().objects.get(username="bench.xa")
        client = Client()
        client.force_login(bench.viewer)
        url = reverse("reports:dashboard_province", args=[bench.province.pk])
        cpu = _CpuMeter()
        step = 0

        def first_read():
            response = client.get(url, {"tuan": bench.week.isoformat()})
            assert response.status_code == 200, response.status_code

        def first_export():
            from reports.exports import render

            render(_province_summary(bench), "xlsx")

        readers = [
            ("Bảng tổng hợp tỉnh đọc lần đầu", first_read),
            ("Xuất biểu tổng hợp tỉnh .xlsx lần đầu", first_export),
        ]
        rounds = [("trước: để người đọc dựng lại", False), ("nay: người ghi giữ", True)]
        for label, keep in rounds:
            for name, read in readers:
                step += 1
                targets = {}
                for target in (
                    Target.objects.filter(
                        plan_id__in=bench.plan_ids, counting=Counting.INCREMENT
                    )
                    .select_related("plan")
                    .prefetch_related("allocations__village")
                    .order_by("plan_id", "pk")
                ):
                    targets.setdefault(target.plan_id, target)
                total = cpu.start()
                # Before: the writers leave their plans stale for the readers.
                with contextlib.nullcontext() if keep else freshness.paused():
                    for target in targets.values():
                        shares = {
                            a.village: a.quantity + 1 for a in target.allocations.all()
                        }
                        target.quantity += len(shares)
                        target_save(
                            plan=target.plan,
                            target=target,
                            user=user,
                            version=target.version,
                            allocations=shares,
                            reason=f"Bench, lượt {step}",
                        )
                wall, own, server = cpu.stop(total)
                count = len(targets)
                outdated = len(summaries.stale(bench.plan_ids))
                meter = cpu.start()
                read()
                read_wall, read_own, read_server = cpu.stop(meter)
                self.stdout.write(
                    f"Sau khi {count} xã sửa một chỉ tiêu qua target_save ({label}): "
                    f"{wall / count * 1000:.0f} ms mỗi lượt sửa "
                    f"({_cpu(own / count, server / count)}); {outdated} kế hoạch "
                    f"chờ dựng lại; {name}: {read_wall * 1000:.0f} ms "
                    f"({_cpu(read_own, read_server)})"
                )


def _save_one(plan_id: int, week: datetime.date) -> None:
    """One figure of the plan's week changed through services.entries_save,
    the week's report opened first (a draft, before its deadline)."""
    from reports.services import EntryInput

    ProgressReport.objects.filter(plan_id=plan_id, period_start=week).update(
        status="draft", submitted_at=None, is_late=False
    )
    entry = (
        ProgressEntry.objects.filter(
            report__plan_id=plan_id,
            report__period_start=week,
            village_target__target__counting=Counting.INCREMENT,
        )
        .select_related("village_target__target", "village_target__village")
        .order_by("pk")
        .first()
    )
    services.entries_save(
        plan=Plan.objects.get(pk=plan_id),
        period_start=week,
        user=get_user_model().objects.get(username="bench.huyen"),
        inputs=[EntryInput(entry.village_target, amount=entry.amount + 1)],
        now=submitted_at(week, late=False),
    )


def _cpu(own: float, server: float) -> str:
    """CPU seconds as printed: this process's, and PostgreSQL's server
    process's when the database is PostgreSQL (SQLite runs in this one)."""
    text = f"CPU Python {own * 1000:.1f} ms"
    if connection.vendor == "postgresql":
        text += f", PostgreSQL {server * 1000:.1f} ms"
    return text


def _rush_input(vt, step: int):
    """A row as a commune enters it in the rush: every row written in both
    rounds (a new note each round; a new figure where the kind allows)."""
    from reports.services import EntryInput

    note = f"Phút chót, lượt {step}"
    if vt.target.counting == Counting.YES_NO:
        return EntryInput(vt, done=step % 2 == 0, note=note)
    if vt.target.counting == Counting.RUNNING_TOTAL:
        return EntryInput(vt, amount=Decimal(60 + step), note=note)
    return EntryInput(vt, amount=Decimal(10 + step), note=note)


class _CpuMeter:
    """Wall clock, this process's CPU and (PostgreSQL) the CPU of this
    connection's server process (Linux /proc, in clock ticks)."""

    def __init__(self):
        self.backend = None
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                self.backend = cursor.fetchone()[0]

    def _server(self) -> float:
        if self.backend is None:
            return 0.0
        from ntm.perf.loadtest.server import cpu_seconds

        return cpu_seconds([self.backend]).get(self.backend, 0.0)

    def start(self) -> tuple[float, float, float]:
        return time.perf_counter(), time.process_time(), self._server()

    def stop(self, started) -> tuple[float, float, float]:
        wall, own, server = started
        return (
            time.perf_counter() - wall,
            time.process_time() - own,
            self._server() - server,
        )


class _HookMeter:
    """Adds up the time the save spends keeping the summary (summaries.
    _fresh and summaries.after_save, which entries_save's decorator calls)."""

    def __init__(self, cpu: _CpuMeter):
        self.cpu, self.wall, self.own, self.server = cpu, 0.0, 0.0, 0.0
        self.saved = {
            name: getattr(summaries, name) for name in ("_fresh", "after_save")
        }
        for name, function in self.saved.items():
            setattr(summaries, name, self._timed(function))

    def _timed(self, function):
        def timed(*args, **kwargs):
            started = self.cpu.start()
            try:
                return function(*args, **kwargs)
            finally:
                wall, own, server = self.cpu.stop(started)
                self.wall += wall
                self.own += own
                self.server += server

        return timed

    def restore(self) -> None:
        for name, function in self.saved.items():
            setattr(summaries, name, function)


def _pdf_pages(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def _exit(signum, frame):
    sys.exit(128 + signum)


def _median_ms(
    runs: int, run: Callable, *args, before: Callable | None = None
) -> float:
    """The median wall time of `runs` calls of `run(*args)`, in ms; `before()`,
    when given, runs untimed ahead of each call."""
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        started = time.perf_counter()
        run(*args)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def raw_floor(plan_ids: list[int], week: datetime.date) -> list:
    """What the progress columns read, as one raw SQL statement: the weekly
    summary rows of the plans that hold on a day of the sparkline's 8 weeks."""
    first = week - datetime.timedelta(weeks=7)
    marks = ", ".join(["%s"] * len(plan_ids))
    sql = f"""
        SELECT plan_id, week, until, targets, percent_sum, red_from
        FROM {PlanProgressWeek._meta.db_table}
        WHERE plan_id IN ({marks}) AND week <= %s AND (until IS NULL OR until > %s)
        ORDER BY plan_id, week
    """
    adapt = connection.ops.adapt_datefield_value
    with connection.cursor() as cursor:
        cursor.execute(sql, [*plan_ids, adapt(week), adapt(first)])
        return cursor.fetchall()


def raw_floor_entries(plan_ids: list[int], week: datetime.date) -> list:
    """The old floor: the progress aggregate computed from the entries, as one
    raw SQL statement (what the dashboards ran before the weekly summary): the
    SQL form of reports.progress, bucketed by week."""
    first = week - datetime.timedelta(weeks=7)
    before = first - datetime.timedelta(days=7)
    adapt = connection.ops.adapt_datefield_value
    sql = progress.changes_sql(progress.WEEKLY_BUCKETS, plan_ids)
    params = [*plan_ids, adapt(week), adapt(first), adapt(before)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
