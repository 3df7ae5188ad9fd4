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
the database's CPU is not in it), the SQL statements of each, and with
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
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

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

    def measure(self, world, options) -> None:
        users = get_user_model().objects.in_bulk(
            [o.username for o in world.officials], field_name="username"
        )
        cpu = {step: [] for step in STEPS}
        queries = {}
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
            meter = _Meter(cpu, queries, profiler if n else None)
            page = meter.send(STEPS[0], client.get, url)
            if page.status_code != 200:
                raise CommandError(f"{official.username}: GET {page.status_code}")
            form = next(f for f in parse_forms(page.text, url) if f.multipart)
            action = next(a for a in form.button_actions if a.endswith("/nop/"))
            values, _, _ = typed(form)
            body, content_type = encode(form, form.filled(values))
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
            )
        total = sum(statistics.median(cpu[s][1:] or cpu[s]) for s in STEPS)
        self.stdout.write(f"  {'Cộng một lượt nộp':<22} {total:6.1f} ms")
        if profiler is not None:
            profiler.dump_stats(options["profile"])
            for order in ("tottime", "cumulative"):
                out = io.StringIO()
                stats = pstats.Stats(profiler, stream=out)
                stats.sort_stats(order).print_stats(options["top"])
                self.stdout.write(out.getvalue())


class _Meter:
    """Sends one request, adding its CPU time and SQL statements to a step."""

    def __init__(self, cpu: dict, queries: dict, profiler):
        self.cpu, self.queries, self.profiler = cpu, queries, profiler

    def send(self, step: str, method, *args, **kwargs):
        with CaptureQueriesContext(connection) as captured:
            if self.profiler is not None:
                self.profiler.enable()
            start = time.process_time()
            response = method(*args, **kwargs)
            used = time.process_time() - start
            if self.profiler is not None:
                self.profiler.disable()
        self.cpu[step].append(used * 1000)
        self.queries[step] = len(captured)
        return response
