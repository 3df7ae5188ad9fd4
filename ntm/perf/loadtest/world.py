"""The load test's database: a throwaway copy beside the configured one, a
province whose commune officials have this week's report still to submit, and
the check, after the run, that what the browsers sent is stored exactly once."""

from __future__ import annotations

import datetime
import os
import secrets
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.db.models import Count
from django.utils import timezone

from ntm.perf.province import build
from plans.models import Plan
from reports import summaries
from reports.models import ProgressEntry, ProgressReport, ReportStatus
from reports.periods import monday
from villages.models import Membership, Role


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL that dj-database-url reads back as `settings_dict`."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    auth = quote(settings_dict.get("USER") or "", safe="")
    if settings_dict.get("PASSWORD"):
        auth += ":" + quote(settings_dict["PASSWORD"], safe="")
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    host = settings_dict.get("HOST") or ""
    return f"postgres://{auth}@{host}{port}/{quote(settings_dict['NAME'], safe='')}"


@contextmanager
def throwaway_database(prefix: str = "ntm_load") -> Iterator[str]:
    """A migrated database beside the configured one for the length of the
    block (SQLite: a temporary file; PostgreSQL: `<prefix>_<pid>` on the same
    server); yields its URL for the server processes, drops it at the end."""
    old_name = connection.settings_dict["NAME"]
    temp_dir = None
    if connection.vendor == "sqlite":
        temp_dir = tempfile.mkdtemp(prefix=f"{prefix}_")
        name = os.path.join(temp_dir, "load.sqlite3")
    else:
        name = f"{prefix}_{os.getpid()}"
    connection.settings_dict["TEST"] = {
        **(connection.settings_dict.get("TEST") or {}),
        "NAME": name,
    }
    connection.creation.create_test_db(
        verbosity=0, autoclobber=True, serialize=False, keepdb=False
    )
    try:
        yield database_url(connection.settings_dict)
    finally:
        _end_other_connections()
        connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=False)
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)


def _end_other_connections() -> None:
    """PostgreSQL: end the other connections to this database (a server
    process stopped mid-request may not have closed its own yet), so that
    dropping it neither waits for them nor fails."""
    if connection.vendor != "postgresql":
        return
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
    except DatabaseError:
        pass  # the drop says what is wrong, if anything is


@dataclass(frozen=True)
class Official:
    username: str
    plan_id: int


@dataclass
class World:
    password: str
    week: datetime.date
    district_id: int
    officials: list[Official]
    reviewers: list[str]
    plan_ids: list[int]


def build_world(
    *,
    communes: int,
    villages: int,
    targets: int,
    weeks: int,
    reviewers: int,
    now: datetime.datetime,
) -> World:
    """bench's synthetic province (`weeks` weeks of reports before this one,
    with their entries' history), its plans moved to this year, one commune
    official per commune and `reviewers` district reviewers of the first
    district. Every account has the same password, hashed once with the
    production hasher: logging in costs what it costs in production, building
    does not.

    For a throwaway database only: on PostgreSQL it ends with ANALYZE."""
    week = monday(timezone.localdate(now))
    with transaction.atomic():
        bench = build(
            communes=communes,
            villages=villages,
            targets=targets,
            weeks=weeks,
            year=timezone.localdate(now).year,
            first_week=week - datetime.timedelta(weeks=weeks),
            history=True,
        )
        password = secrets.token_urlsafe(12)
        hashed = make_password(password)
        user_model = get_user_model()
        plans = list(
            Plan.objects.filter(pk__in=bench.plan_ids)
            .order_by("pk")
            .values_list("pk", "area_id")
        )
        officials = user_model.objects.bulk_create(
            user_model(username=f"load.xa{n + 1:03d}", password=hashed)
            for n in range(len(plans))
        )
        staff = user_model.objects.bulk_create(
            user_model(username=f"load.huyen{n + 1:02d}", password=hashed)
            for n in range(reviewers)
        )
        Membership.objects.bulk_create(
            [
                Membership(user=user, area_id=area_id, role=Role.COMMUNE_OFFICIAL)
                for user, (_, area_id) in zip(officials, plans, strict=True)
            ]
            + [
                Membership(user=user, area=bench.district, role=Role.DISTRICT_REVIEWER)
                for user in staff
            ]
        )
    # The weekly summaries built, as in production `rebuild_summaries
    # --stale` from cron leaves them (with the figures the saves keep):
    # each save then pays for keeping its plan's summary, as there.
    summaries.rebuild_all()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return World(
        password=password,
        week=week,
        district_id=bench.district.pk,
        officials=[
            Official(user.username, plan_id)
            for user, (plan_id, _) in zip(officials, plans, strict=True)
        ],
        reviewers=[user.username for user in staff],
        plan_ids=[plan_id for plan_id, _ in plans],
    )


def deadline_set(
    world: World, *, now: datetime.datetime, minutes: int
) -> datetime.datetime:
    """Move every plan's weekly deadline to `minutes` from now (at the latest
    Sunday 23:59 of this week), so that the run happens in its last minutes."""
    local = timezone.localtime(now)
    due = (local + datetime.timedelta(minutes=minutes, seconds=59)).replace(
        second=0, microsecond=0
    )
    week_end = timezone.make_aware(
        datetime.datetime.combine(
            world.week + datetime.timedelta(days=6), datetime.time(23, 59)
        ),
        timezone.get_default_timezone(),
    )
    due = min(due, week_end)
    if due - local < datetime.timedelta(minutes=2):
        raise CommandError(
            "Tuần này sắp hết (chủ nhật 23:59): chạy lại sau 0 giờ thứ Hai."
        )
    Plan.objects.filter(pk__in=world.plan_ids).update(
        report_weekday=(due.date() - world.week).days, report_time=due.time()
    )
    return due


@dataclass
class Sent:
    """What one official's browser sent, and was told was saved and submitted."""

    username: str
    plan_id: int
    # village target pk → (amount, done, note) as typed
    entries: dict[int, tuple[Decimal | None, bool | None, str]]
    report_fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Verdict:
    problems: list[str]
    reports: int = 0
    entries: int = 0


def verify(*, week: datetime.date, sent: list[Sent]) -> Verdict:
    """Compare the database with what the browsers sent: each submitted report
    once, in the submitted state, on time, by its official; each entry once,
    with the value typed, saved once (one history row: a replayed form changed
    nothing); no entry that nobody sent. A few queries whatever the size."""
    problems: list[str] = []
    by_plan = {s.plan_id: s for s in sent}
    reports = defaultdict(list)
    for row in ProgressReport.objects.filter(
        period_start=week, plan_id__in=by_plan
    ).values(
        "pk",
        "plan_id",
        "status",
        "is_late",
        "submitted_by__username",
        *sorted({name for s in sent for name in s.report_fields}),
    ):
        reports[row["plan_id"]].append(row)
    for plan_id, item in by_plan.items():
        rows = reports.get(plan_id, [])
        if len(rows) != 1:
            problems.append(
                f"{item.username}: {len(rows)} báo cáo cho tuần {week:%d/%m/%Y} (phải là 1)."
            )
            continue
        row = rows[0]
        if row["status"] != ReportStatus.SUBMITTED:
            problems.append(
                f"{item.username}: báo cáo ở trạng thái “{row['status']}”, không phải đã nộp."
            )
        if row["submitted_by__username"] != item.username:
            problems.append(
                f"{item.username}: báo cáo ghi người nộp “{row['submitted_by__username']}”."
            )
        if row["is_late"]:
            problems.append(
                f"{item.username}: báo cáo nộp trước hạn mà bị ghi là muộn."
            )
        for name, value in item.report_fields.items():
            if row[name] != value:
                problems.append(
                    f"{item.username}: ô “{name}” lưu “{row[name]}”, đã gửi “{value}”."
                )
    report_ids = [row["pk"] for rows in reports.values() for row in rows]

    stored = defaultdict(list)
    for plan_id, vt_id, amount, done, note in ProgressEntry.objects.filter(
        report_id__in=report_ids
    ).values_list("report__plan_id", "village_target_id", "amount", "done", "note"):
        stored[plan_id, vt_id].append((amount, done, note))
    expected = {
        (item.plan_id, vt_id): value
        for item in sent
        for vt_id, value in item.entries.items()
    }
    for key, value in expected.items():
        found = stored.get(key, [])
        username = by_plan[key[0]].username
        if not found:
            problems.append(f"{username}: mất dòng chỉ tiêu thôn #{key[1]}.")
        elif len(found) > 1:
            problems.append(
                f"{username}: dòng chỉ tiêu thôn #{key[1]} lưu {len(found)} lần."
            )
        elif found[0] != value:
            problems.append(
                f"{username}: dòng chỉ tiêu thôn #{key[1]} lưu {found[0]}, đã gửi {value}."
            )
    for key in stored.keys() - expected.keys():
        problems.append(
            f"{by_plan[key[0]].username}: dòng chỉ tiêu thôn #{key[1]} không ai gửi."
        )
    saved_twice = (
        _saves(ProgressEntry, report_id__in=report_ids).filter(saves__gt=1).count()
    )
    if saved_twice:
        problems.append(
            f"{saved_twice} dòng được ghi lịch sử sửa hơn một lần: một lần gửi lại đã lưu lại."
        )
    # Created by the first save, then its text and the submission written
    # together ("Lưu và nộp" is one save): two history rows. A replayed save
    # or submit that wrote again adds one.
    rewritten = _saves(ProgressReport, id__in=report_ids).exclude(saves=2).count()
    if rewritten:
        problems.append(
            f"{rewritten} báo cáo có số lần ghi lịch sử khác 2 (tạo; lưu và nộp): "
            "một lần gửi lại đã ghi thêm."
        )
    return Verdict(
        problems=problems,
        reports=len(report_ids),
        entries=sum(len(found) for found in stored.values()),
    )


def _saves(model, **filters):
    """How many history rows each matching row of `model` has (`saves`)."""
    return (
        model.history.filter(**filters).values("id").annotate(saves=Count("history_id"))
    )
