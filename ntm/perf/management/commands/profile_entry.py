"""Where a "Lưu và nộp" submission spends its CPU, in process (issue 23).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        python manage.py profile_entry [--officials 20] [--profile out.prof]

Builds the load test's world (80 rows a page: 8 villages × 10 targets, 12
weeks reported) in a throwaway database, moves the deadline a few minutes
ahead, and for each official sends through `django.test.Client` (CSRF checks
on, DEBUG off, the cached template loader) the three requests of a
submission: the week's page, "Lưu và nộp" with a figure in every row (the
form as the page drew it, urlencoded as entry.js sends it), the page after.
Prints the CPU time of this process per request (median over the officials;
the database's CPU is not in it) and, on PostgreSQL, that of the backend
serving its connection (read from /proc as the load test's hooks read it),
the SQL statements of each, and with
`--profile` the cProfile functions by own and cumulative time over every
request after the first official (warm caches)."""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import tempfile
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from ntm.perf.loadtest import hooks
from ntm.perf.loadtest.browser import encode, parse_forms
from ntm.perf.loadtest.scenario import SUBMITTED_BADGE, entry_url, typed
from ntm.perf.loadtest.world import build_world, deadline_set, throwaway_database

STEPS = ("Trang nhập kết quả", "Lưu và nộp (POST)", "Trang sau khi nộp")


class Command(BaseCommand):
    help = "Đo CPU từng yêu cầu của một lượt nộp (80 dòng) trong tiến trình."

    def add_arguments(self, parser):
        parser.add_argument("--officials", type=int, default=20)
        parser.add_argument("--villages", type=int, default=8)
        parser.add_argument("--targets", type=int, default=10)
        parser.add_argument("--weeks", type=int, default=12)
        parser.add_argument("--profile", help="ghi thống kê cProfile vào tệp này")
        parser.add_argument("--top", type=int, default=35)
        parser.add_argument(
            "--explain",
            action="store_true",
            help="PostgreSQL: EXPLAIN (ANALYZE, BUFFERS) từng câu lệnh của công chức cuối",
        )

    def handle(self, *args, **options):
        if settings.DEBUG:
            raise CommandError("Chạy không có DEBUG: đo như máy chủ thật.")
        with throwaway_database("ntm_profile"):
            now = timezone.now()
            world = build_world(
                communes=options["officials"],
                villages=options["villages"],
                targets=options["targets"],
                weeks=options["weeks"],
                reviewers=0,
                now=now,
            )
            deadline_set(world, now=now, minutes=30)
            with (
                tempfile.TemporaryDirectory(prefix="ntm_profile_") as static_root,
                override_settings(
                    ALLOWED_HOSTS=["testserver"],
                    SESSION_COOKIE_SECURE=False,
                    CSRF_COOKIE_SECURE=False,
                    SECURE_SSL_REDIRECT=False,
                    STATIC_ROOT=static_root,
                ),
            ):
                # The manifest's hashed names, as production serves them.
                call_command("collectstatic", interactive=False, verbosity=0)
                self.measure(world, options)

    explained: list[str] = []

    def explain(self, step: str, statements: list[str]) -> None:
        """Each statement again under EXPLAIN (ANALYZE, BUFFERS): its
        planning and execution time on the server, and where it went."""
        if connection.vendor != "postgresql":
            raise CommandError("--explain: chỉ với PostgreSQL.")
        self.explained.append(f"== {step}")
        total_plan = total_run = 0.0
        with connection.cursor() as cursor:
            for n, sql in enumerate(statements, 1):
                head = sql.split(None, 1)[0].upper()
                if " times: " in sql.split("(", 1)[0]:
                    # executemany: logged without its parameters.
                    self.explained.append(f"{n:3d}. (không phân tích) {sql[:80]}")
                    continue
                if head in ("SAVEPOINT", "RELEASE", "ROLLBACK"):
                    cursor.execute(sql)
                    self.explained.append(f"{n:3d}. {sql[:60]}")
                    continue
                prefix = ""
                if sql.startswith("SET LOCAL "):
                    # reports.changes_sql: a setting for the statement after it.
                    prefix, sql = sql.split("; ", 1)
                    prefix += "; "
                cursor.execute(
                    prefix + "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql
                )
                found = cursor.fetchone()[0]
                found = found[0] if isinstance(found, list) else found
                if isinstance(found, str):
                    import json

                    found = json.loads(found)[0]
                plan = found["Plan"]
                planning = found.get("Planning Time", 0.0)
                running = found.get("Execution Time", 0.0)
                total_plan += planning
                total_run += running
                self.explained.append(
                    f"{n:3d}. {planning:6.3f} / {running:6.3f} ms  "
                    f"hit {plan.get('Shared Hit Blocks', 0)} read "
                    f"{plan.get('Shared Read Blocks', 0)}  {' '.join(sql.split())[:150]}"
                )
                self.explained += ["        " + line for line in _plan_lines(plan)[:12]]
        self.explained.append(
            f"   {step}: lập kế hoạch {total_plan:.2f} ms, thực thi {total_run:.2f} ms"
        )

    def measure(self, world, options) -> None:
        users = get_user_model().objects.in_bulk(
            [o.username for o in world.officials], field_name="username"
        )
        cpu = {step: [] for step in STEPS}
        queries, database = {}, {}
        # CPU time, not wall time: waiting for PostgreSQL is not this process's.
        profiler = cProfile.Profile(time.process_time) if options["profile"] else None
        handler = None
        for n, official in enumerate(world.officials):
            client = Client(enforce_csrf_checks=True)
            # One handler for all, as in a server process: WhiteNoise scans the
            # static files when the middleware is built, once per process.
            if handler is None:
                handler = client.handler
                client.get("/healthz")
            client.handler = handler
            client.force_login(users[official.username])
            url = entry_url(world, official)
            # The first official warms the caches; the profile leaves it out.
            meter = _Meter(cpu, queries, profiler if n else None, database)
            explain = options["explain"] and n == len(world.officials) - 1
            page = meter.send(STEPS[0], client.get, url)
            if explain:
                self.explain(STEPS[0], meter.statements)
            if page.status_code != 200:
                raise CommandError(f"{official.username}: GET {page.status_code}")
            form = next(f for f in parse_forms(page.text, url) if f.multipart)
            action = next(a for a in form.button_actions if a.endswith("/nop/"))
            values, _, _ = typed(form)
            body, content_type = encode(form, form.filled(values))
            if explain:
                # The POST once in a transaction undone, to read its
                # statements, then again under EXPLAIN ANALYZE (undone too).
                probe = _Meter({STEPS[1]: []}, {}, None)
                with transaction.atomic():
                    probe.send(
                        STEPS[1],
                        client.post,
                        action.removeprefix("http://testserver"),
                        body,
                        content_type=content_type,
                    )
                    transaction.set_rollback(True)
                with transaction.atomic():
                    self.explain(STEPS[1], probe.statements)
                    transaction.set_rollback(True)
            done = meter.send(
                STEPS[1],
                client.post,
                action.removeprefix("http://testserver"),
                body,
                content_type=content_type,
            )
            if done.status_code != 302:
                raise CommandError(f"{official.username}: POST {done.status_code}")
            after = meter.send(STEPS[2], client.get, done["Location"])
            if explain:
                self.explain(STEPS[2], meter.statements)
            if SUBMITTED_BADGE not in after.text:
                raise CommandError(f"{official.username}: trang sau không “Đã nộp”.")
        rows = len([n for n, _ in form.fields if n.startswith("version_")])
        self.stdout.write(
            f"{len(world.officials)} công chức, {rows} dòng mỗi trang; CPU tiến "
            "trình này (không gồm cơ sở dữ liệu), trung vị / nhỏ nhất:"
        )
        for step in STEPS:
            values = cpu[step][1:] or cpu[step]
            self.stdout.write(
                f"  {step:<22} {statistics.median(values):6.1f} ms "
                f"{min(values):6.1f} ms  {queries[step]:3d} truy vấn SQL"
                + _database_part(database.get(step))
            )
        total = sum(statistics.median(cpu[s][1:] or cpu[s]) for s in STEPS)
        line = f"  {'Cộng một lượt nộp':<22} {total:6.1f} ms"
        if all(database.get(s) for s in STEPS):
            used = sum(statistics.median(database[s][1:] or database[s]) for s in STEPS)
            line += f"{'':28}PostgreSQL {used:6.1f} ms"
        self.stdout.write(line)
        if self.explained:
            self.stdout.write(
                "EXPLAIN (ANALYZE, BUFFERS) của công chức cuối "
                "(lập kế hoạch / thực thi ms, khối bộ đệm đọc được / đọc đĩa):"
            )
            for line in self.explained:
                self.stdout.write(line)
        if profiler is not None:
            profiler.dump_stats(options["profile"])
            for order in ("tottime", "cumulative"):
                out = io.StringIO()
                stats = pstats.Stats(profiler, stream=out)
                stats.sort_stats(order).print_stats(options["top"])
                self.stdout.write(out.getvalue())


def _database_part(values: list[float] | None) -> str:
    """The backend's CPU for a step (median, after the first official)."""
    if not values:
        return ""
    values = values[1:] or values
    return f"  PostgreSQL {statistics.median(values):6.1f} ms"


def _plan_lines(plan: dict, depth: int = 0) -> list[str]:
    """The nodes of a JSON plan, one line each, indented."""
    line = "  " * depth + plan["Node Type"]
    for key in ("Relation Name", "Index Name"):
        if key in plan:
            line += f" {plan[key]}"
    line += f" rows={plan.get('Actual Rows')} {plan.get('Actual Total Time')} ms"
    lines = [line]
    for child in plan.get("Plans", ()):
        lines += _plan_lines(child, depth + 1)
    return lines


class _Meter:
    """Sends one request, adding its CPU time and SQL statements to a step."""

    def __init__(self, cpu: dict, queries: dict, profiler, database=None):
        self.cpu, self.queries, self.profiler = cpu, queries, profiler
        # The CPU of the PostgreSQL backend of this process's connection
        # over the request (hooks.py reads it the same way in gunicorn).
        self.database = {} if database is None else database

    def send(self, step: str, method, *args, **kwargs):
        # The log keeps 9,000 statements: past that the capture counts none.
        connection.queries_log.clear()
        backend = hooks.backend_pid()
        before = hooks.backend_ns(backend)
        with CaptureQueriesContext(connection) as captured:
            if self.profiler is not None:
                self.profiler.enable()
            start = time.process_time()
            response = method(*args, **kwargs)
            used = time.process_time() - start
            if self.profiler is not None:
                self.profiler.disable()
        after = hooks.backend_ns(hooks.backend_pid())
        self.cpu[step].append(used * 1000)
        if before is not None and after is not None and hooks.backend_pid() == backend:
            self.database.setdefault(step, []).append((after - before) / 1e6)
        self.queries[step] = len(captured)
        self.statements = [q["sql"] for q in captured.captured_queries]
        return response
