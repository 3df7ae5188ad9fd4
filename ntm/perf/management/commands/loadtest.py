"""The Thursday-deadline load test (issue 9), `make load`.

    python manage.py loadtest                    # 200 officials, 20 district staff
    python manage.py loadtest --officials 3 --reviewers 2 --timeout 60

Builds a throwaway database beside the configured one (PostgreSQL:
ntm_load_<pid>; SQLite: a temporary file, to test the harness only), starts
gunicorn on it with production settings on 127.0.0.1, and drives it with
browser-like clients in one asyncio process (ntm/perf/loadtest/). Three phases:
the morning logins (PBKDF2 costs ~0.3 s of CPU per login, so they are timed on
their own); the floor (--floor seconds of the cheapest page behind the login,
which bounds what any logged-in page can reach on this server); then the last
minutes before the deadline: every official reloads the week's page, saves a
figure for every village target and submits, while the district staff refresh
their dashboard. Prints per kind of request the count, errors and p50 / p95 /
max latency, the submissions per second, the server's CPU, and checks in the
database that every submitted figure is stored exactly once.
Exits non-zero when a request failed or anything was lost or duplicated; the
throughput and latency targets are reported, met or not. The server is
stopped and the database dropped at the end, even on error or Ctrl-C."""

from __future__ import annotations

import asyncio
import signal
import sys
import tempfile
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from ntm.perf.loadtest import scenario
from ntm.perf.loadtest.browser import percentile, summarize
from ntm.perf.loadtest.server import (
    CpuMeter,
    RequestCpu,
    Server,
    gunicorn,
    request_cpu,
)
from ntm.perf.loadtest.world import (
    build_world,
    deadline_set,
    throwaway_database,
    verify,
)

TARGET_RATE = 20  # submissions per second (issue 23, restated from 50)
TARGET_P95 = 1000  # ms, every request of the deadline minutes (issue 23)
TARGET_CPU_MS = 90  # server CPU, the three requests of a submission (issue 23)


class Command(BaseCommand):
    help = (
        "Thử tải giờ chót nộp báo cáo tuần: gunicorn trên cơ sở dữ liệu tạm, "
        "cán bộ xã nộp báo cáo trong khi cán bộ huyện xem bảng tổng hợp."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--officials", type=int, default=200, help="số xã, mỗi xã một công chức"
        )
        parser.add_argument(
            "--reviewers", type=int, default=20, help="cán bộ huyện xem bảng tổng hợp"
        )
        parser.add_argument("--villages", type=int, default=8, help="số thôn mỗi xã")
        # 10 targets × 8 villages = 80 rows a page: seed 003 (the plan with the
        # Thursday 14:30 deadline) has 15 targets over 5 villages, 75 rows.
        parser.add_argument(
            "--targets", type=int, default=10, help="số chỉ tiêu mỗi kế hoạch"
        )
        parser.add_argument(
            "--weeks", type=int, default=12, help="số tuần đã báo cáo trước tuần này"
        )
        # Above TARGET_RATE, so that one run judges the rate and the p95 at
        # once: arrivals far above what the server takes (60, when the target
        # was 50) make the p95 the length of the queue, not of a request.
        parser.add_argument(
            "--rate",
            type=float,
            default=1.2 * TARGET_RATE,
            help="công chức đến mỗi giây (Poisson)",
        )
        parser.add_argument(
            "--refresh",
            type=float,
            default=5,
            help="giây giữa hai lần tải lại bảng tổng hợp",
        )
        parser.add_argument(
            "--weak", type=float, default=0.1, help="tỷ lệ công chức mạng yếu (gửi lặp)"
        )
        parser.add_argument(
            "--floor",
            type=float,
            default=10,
            help="giây đo sàn (trang rẻ nhất sau đăng nhập); 0: bỏ qua",
        )
        parser.add_argument("--login-concurrency", type=int, default=4)
        parser.add_argument(
            "--workers", type=int, default=2, help="tiến trình gunicorn"
        )
        parser.add_argument(
            "--timeout", type=float, default=300, help="giới hạn mỗi giai đoạn, giây"
        )
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        for name in (
            "officials",
            "villages",
            "targets",
            "weeks",
            "workers",
            "login_concurrency",
        ):
            if options[name] < 1:
                raise CommandError(f"--{name.replace('_', '-')} phải lớn hơn 0.")
        for name in ("rate", "refresh", "timeout"):
            if options[name] <= 0:
                raise CommandError(f"--{name} phải lớn hơn 0.")
        if options["reviewers"] < 0:
            raise CommandError("--reviewers không được âm.")
        if not 0 <= options["floor"] < options["timeout"]:
            raise CommandError("--floor từ 0 đến dưới --timeout (giây).")
        if not 0 <= options["weak"] <= 1:
            raise CommandError("--weak từ 0 đến 1.")
        if connection.vendor == "sqlite":
            self.stdout.write(
                "Lưu ý: SQLite chỉ để kiểm tra bộ thử tải; số đo thật cần PostgreSQL "
                "(make load)."
            )
        # A kill (SIGTERM) unwinds like Ctrl-C: the server stops, the database
        # goes. Ctrl-C's own handler is Python's, whatever this process was
        # started with, so that asyncio.Runner takes it over in the phases.
        previous = {
            signal.SIGTERM: signal.signal(signal.SIGTERM, _interrupt),
            signal.SIGINT: signal.signal(signal.SIGINT, signal.default_int_handler),
        }
        try:
            failures = self.run(options)
        except KeyboardInterrupt:
            # The `with` blocks have stopped the server and dropped the database.
            self.stderr.write("Đã dừng giữa chừng theo yêu cầu.")
            sys.exit(130)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        if failures:
            raise CommandError("Thử tải không đạt: " + "; ".join(failures))

    def run(self, options) -> list[str]:
        with throwaway_database() as url, tempfile.TemporaryFile("w+") as log:
            self.stdout.write(
                f"Cơ sở dữ liệu tạm ({connection.vendor}): {connection.settings_dict['NAME']}"
            )
            started = time.perf_counter()
            world = build_world(
                communes=options["officials"],
                villages=options["villages"],
                targets=options["targets"],
                weeks=options["weeks"],
                reviewers=options["reviewers"],
                now=timezone.now(),
            )
            self.stdout.write(
                f"Dựng dữ liệu: {options['officials']} xã × {options['villages']} thôn × "
                f"{options['targets']} chỉ tiêu, {options['weeks']} tuần đã báo cáo, "
                f"{options['reviewers']} cán bộ huyện; {time.perf_counter() - started:.1f} s"
            )
            try:
                with gunicorn(
                    database_url=url, workers=options["workers"], log=log
                ) as server:
                    self.stdout.write(
                        f"gunicorn {options['workers']} tiến trình: {server.url}"
                    )
                    return self.drive(server, world, options)
            except Exception:
                log.seek(0)
                tail = log.read()[-3000:]
                if tail:
                    self.stderr.write(f"Nhật ký gunicorn (cuối):\n{tail}")
                raise
            finally:
                self.stdout.write("Đã dừng gunicorn và xóa cơ sở dữ liệu tạm.")

    server: Server | None = None

    def drive(self, server: Server, world, options) -> list[str]:
        self.server = server
        settings = scenario.Settings(
            rate=options["rate"],
            refresh=options["refresh"],
            weak=options["weak"],
            floor=options["floor"],
            login_concurrency=options["login_concurrency"],
            timeout=options["timeout"],
            seed=options["seed"],
        )
        failures = []
        with asyncio.Runner() as runner:
            crowd = scenario.Crowd(world, settings)
            try:
                runner.run(crowd.open(server.url))
                meter = CpuMeter(server)
                morning = runner.run(crowd.morning(started=self.logins_started))
                self.phase(crowd, scenario.MORNING, morning, meter.used())
                self.stdout.write(
                    f"  {len(morning.finished_at)} người đăng nhập trong {morning.seconds:.1f} s: "
                    f"{len(morning.finished_at) / morning.seconds:.1f} lượt/giây"
                )
                if settings.floor:
                    meter = CpuMeter(server)
                    floor = runner.run(crowd.floor())
                    self.floor_summary(crowd, floor, meter.used())
                due = deadline_set(
                    world, now=timezone.now(), minutes=int(settings.timeout // 60) + 5
                )
                self.stdout.write(
                    f"Hạn nộp đặt lúc {timezone.localtime(due):%H:%M %d/%m/%Y}; "
                    f"{len(world.officials)} công chức đến với tốc độ {settings.rate:g}/giây, "
                    f"{len(world.reviewers)} cán bộ huyện tải lại bảng tổng hợp mỗi "
                    f"{settings.refresh:g} s, {settings.weak:.0%} mạng yếu gửi lặp."
                )
                meter = CpuMeter(server)
                burst = runner.run(crowd.deadline())
                burst_cpu = meter.used()
                meter = CpuMeter(server)
                replay = runner.run(crowd.replay(burst.queued))
                replay_cpu = meter.used()
            finally:
                runner.run(crowd.close())
        samples = self.phase(crowd, scenario.DEADLINE, burst, burst_cpu)
        submitted = len(burst.finished_at)
        span = (
            (max(burst.finished_at) - burst.started_at) if submitted else burst.seconds
        )
        rate = submitted / span if span else 0.0
        p95 = _p95([s.ms for s in samples])
        self.stdout.write(
            f"  {submitted}/{len(world.officials)} báo cáo nộp trong {span:.1f} s: "
            f"{rate:.1f} lượt nộp/giây; p95 mọi yêu cầu {p95:.0f} ms"
        )
        if submitted:
            # What sets the ceiling on a machine of N cores: N over the CPU
            # one submission costs (the dashboards' refreshes included).
            per = {
                name: 1000 * seconds / submitted for name, seconds in burst_cpu.items()
            }
            self.stdout.write(
                f"  CPU máy chủ mỗi lượt nộp (kể cả bảng tổng hợp huyện, gửi lặp; "
                f"/proc của các tiến trình): "
                f"gunicorn {per['gunicorn']:.0f} ms, PostgreSQL {per['postgresql']:.0f} ms"
            )
            self.submission_cpu(submitted)
        met_rate, met_p95 = rate >= TARGET_RATE, p95 < TARGET_P95
        self.stdout.write(
            f"Mục tiêu ≥ {TARGET_RATE} lượt nộp/giây: {'ĐẠT' if met_rate else 'CHƯA ĐẠT'} "
            f"({rate:.1f}); p95 < {TARGET_P95} ms: {'ĐẠT' if met_p95 else 'CHƯA ĐẠT'} "
            f"({p95:.0f} ms)."
        )
        self.phase(crowd, scenario.REPLAY, replay, replay_cpu)
        replayed = len(replay.finished_at)
        self.stdout.write(
            f"  {replayed}/{2 * len(burst.queued)} bản gửi lại được trả lời “đã lưu” "
            f"trong {replay.seconds:.1f} s: "
            f"{replayed / replay.seconds if replay.seconds else 0:.1f} lượt/giây"
        )
        if replayed < 2 * len(burst.queued):
            failures.append(
                f"{2 * len(burst.queued) - replayed} bản gửi lại không được nhận"
            )
        if settings.floor and floor.timed_out:
            failures.append(f"đo sàn quá giới hạn {settings.timeout:g} s")
        for problem in crowd.recorder.problems:
            self.stdout.write(f"  lỗi: {problem}")
        if crowd.recorder.failed:
            failures.append(f"{crowd.recorder.failed} yêu cầu lỗi")
        if morning.timed_out or burst.timed_out or replay.timed_out:
            failures.append(f"quá giới hạn {settings.timeout:g} s")
        if submitted < len(world.officials):
            failures.append(f"{len(world.officials) - submitted} báo cáo chưa nộp được")

        verdict = verify(week=world.week, sent=burst.sent)
        if verdict.problems:
            for problem in verdict.problems[:20]:
                self.stdout.write(f"  dữ liệu: {problem}")
            failures.append(f"{len(verdict.problems)} sai lệch dữ liệu")
        else:
            self.stdout.write(
                f"Kiểm tra dữ liệu: {verdict.reports} báo cáo đã nộp, {verdict.entries} dòng "
                "kết quả, mỗi dòng đúng một lần với số đã gửi; gửi lặp không ghi thêm: OK"
            )
        return failures

    def logins_started(self) -> None:
        """The first person is signed in: the others' logins are under way
        (a test stops the command here, tests/reports/test_loadtest.py)."""
        self.stdout.write(
            "  Người đầu tiên đã đăng nhập; những người khác đang đăng nhập…"
        )

    def floor_summary(self, crowd, outcome, server_cpu: dict) -> None:
        """The floor's table, and the ceiling it sets on submissions: each is
        at least three requests (the page, "Lưu và nộp", the page after)."""
        self.phase(crowd, scenario.FLOOR, outcome, server_cpu)
        answered = len(outcome.finished_at)
        rate = answered / outcome.seconds if outcome.seconds else 0.0
        per = 1000 * server_cpu["gunicorn"] / answered if answered else 0.0
        self.stdout.write(
            f"  {rate:.0f} yêu cầu/giây, gunicorn {per:.1f} ms CPU mỗi yêu cầu; "
            f"một lượt nộp là 3 yêu cầu: trần {rate / 3:.0f} lượt nộp/giây "
            "trước khi vẽ hay lưu dòng nào."
        )

    def phase(self, crowd, name: str, outcome, server_cpu: dict) -> list:
        """The phase's table: per kind of request the count, errors, latency,
        and the CPU one request cost on average, measured around each request
        in the server (gunicorn's worker, and the PostgreSQL backend of its
        connection: ntm/perf/loadtest/hooks.py)."""
        samples = [s for s in crowd.recorder.samples if s.phase == name]
        self.stdout.write(
            f"{name} ({outcome.seconds:.1f} s; CPU: bộ tạo tải {outcome.client_cpu:.1f} s, "
            f"gunicorn {server_cpu['gunicorn']:.1f} s, "
            f"PostgreSQL {server_cpu['postgresql']:.1f} s)"
        )
        self.stdout.write(
            f"  {'loại yêu cầu':<26} {'số':>6} {'lỗi':>5} {'p50 ms':>8} {'p95 ms':>8} "
            f"{'max ms':>8} {'CPU gunicorn':>13} {'CPU PostgreSQL':>15}"
        )
        measured = self.request_cpu
        for row in summarize(samples):
            cpu = measured.get((name, row.kind), RequestCpu())
            self.stdout.write(
                f"  {row.kind:<26} {row.count:>6} {row.errors:>5} {row.p50:>8.0f} "
                f"{row.p95:>8.0f} {row.max:>8.0f} {cpu.gunicorn_ms:>10.1f} ms "
                f"{cpu.postgresql_ms:>12.1f} ms"
            )
        return samples

    def submission_cpu(self, submitted: int) -> None:
        """The server's CPU for the three requests of a submission (the week's
        page, "Lưu và nộp", the page after), as measured around each request
        in the server: the figure issue 23's goal 1 sets a budget for. The
        weak network's second copies and the dashboards are apart."""
        measured = self.request_cpu
        own = [
            measured.get((scenario.DEADLINE, kind), RequestCpu())
            for kind in (scenario.ENTRY, scenario.SUBMIT)
        ]
        gunicorn_ms = sum(c.gunicorn_us for c in own) / 1000 / submitted
        postgresql_ms = sum(c.postgresql_us for c in own) / 1000 / submitted
        total = gunicorn_ms + postgresql_ms
        self.stdout.write(
            f"  CPU 3 yêu cầu của một lượt nộp (đo quanh từng yêu cầu trong máy chủ): "
            f"gunicorn {gunicorn_ms:.0f} ms + PostgreSQL {postgresql_ms:.0f} ms = "
            f"{total:.0f} ms; mục tiêu ≤ {TARGET_CPU_MS} ms: "
            f"{'ĐẠT' if total <= TARGET_CPU_MS else 'CHƯA ĐẠT'}"
        )

    @property
    def request_cpu(self) -> dict:
        return request_cpu(self.server.cpu_dir) if self.server else {}


def _p95(values: list[float]) -> float:
    return percentile(values, 0.95) if values else 0.0


def _interrupt(signum, frame):
    """SIGTERM unwinds like Ctrl-C, once. In a phase, asyncio.Runner's own
    Ctrl-C handler cancels the phase's task, which cancels the requests under
    way; the runner then raises KeyboardInterrupt, outside the event loop.
    (Raised here, inside whatever callback the loop was running, it could
    leave a request that never finishes, and the command waiting on it.)
    Elsewhere (building the world, starting the server) KeyboardInterrupt
    is raised here. A second SIGTERM is ignored: the clean-up runs to its end."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    handler = signal.getsignal(signal.SIGINT)
    if callable(handler) and handler is not signal.default_int_handler:
        handler(signal.SIGINT, frame)
    else:
        raise KeyboardInterrupt
