"""The load test harness (`manage.py loadtest`, `make load`) at a tiny size,
so that it cannot rot.

On both CI legs: the form reading and encoding, the database check (fed a
good run, then each way a run can go wrong), and the whole command end to end
in a subprocess — gunicorn with production settings on a throwaway database
beside the configured one: a temporary SQLite file on the SQLite leg, a
`ntm_load_<pid>` database on the PostgreSQL leg (where its figures mean
something)."""

import dataclasses
import datetime
import os
import re
import socket
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from django.http import QueryDict
from django.http.multipartparser import MultiPartParser
from django.utils import timezone

from ntm.perf.loadtest.browser import encode, parse_forms, percentile
from ntm.perf.loadtest.world import Official, Sent, World, deadline_set, verify
from reports import services
from reports.models import ProgressEntry, ProgressReport
from reports.services import EntryInput, FieldInput
from tests.processes import ROOT, environment, manage

PAGE = """
<form method="post" action="/dang-nhap/"><input type="hidden" name="csrfmiddlewaretoken" value="tok&amp;en">
<input name="username"><input type="password" name="password"><button type="submit">Vào</button></form>
<form method="post" enctype="multipart/form-data" novalidate>
  <input type="text" name="amount_7" value="3.200" class="x"><input type="hidden" name="initial-amount_7" value="3.200">
  <select name="done_8"><option value="">–</option><option value="yes" selected>Đã xong</option></select>
  <select name="done_9"><option value="">–</option><option value="no">Chưa xong</option></select>
  <textarea name="summary" rows="3">
Tuần này &lt;ổn&gt;</textarea>
  <textarea name="proposals" disabled>
</textarea>
  <input type="checkbox" name="plans" value="4" checked><input type="checkbox" name="plans" value="5">
  <input type="file" name="photos_7" multiple>
  <button type="submit" class="btn">Lưu</button>
  <button type="submit" formaction="../nop/">Lưu và nộp</button>
</form>
<form method="post" action="/bao-cao/ke-hoach/1/2026-11-23/nop/"><input type="hidden" name="csrfmiddlewaretoken" value="t"></form>
"""


def test_forms_are_read_as_a_browser_sends_them():
    login, entry, submit = parse_forms(PAGE, "http://127.0.0.1:1/bao-cao/ke-hoach/1/x/")
    assert login.action == "http://127.0.0.1:1/dang-nhap/" and not login.multipart
    assert login.fields == [
        ("csrfmiddlewaretoken", "tok&en"),
        ("username", ""),
        ("password", ""),
    ]
    assert (
        entry.action == "http://127.0.0.1:1/bao-cao/ke-hoach/1/x/" and entry.multipart
    )
    assert entry.fields == [
        ("amount_7", "3.200"),
        ("initial-amount_7", "3.200"),
        ("done_8", "yes"),  # the selected option
        ("done_9", ""),  # none selected: the first
        ("summary", "Tuần này <ổn>"),  # the newline after <textarea> is not content
        ("plans", "4"),  # unchecked boxes and disabled fields are not sent
        ("photos_7", None),  # an empty file input
    ]
    assert submit.action.endswith("/nop/")
    assert entry.button_actions == ["http://127.0.0.1:1/bao-cao/ke-hoach/1/nop/"]
    assert login.button_actions == []
    with pytest.raises(KeyError):
        entry.filled({"amount_99": "1"})


def test_the_multipart_body_is_what_django_reads():
    entry = parse_forms(PAGE, "http://127.0.0.1:1/")[1]
    fields = entry.filled({"amount_7": "0,38", "summary": "Hai dòng\nthứ hai"})
    body, content_type = encode(entry, fields)
    post, files = MultiPartParser(
        {"CONTENT_TYPE": content_type, "CONTENT_LENGTH": len(body)},
        __import__("io").BytesIO(body),
        [],
        "utf-8",
    ).parse()
    assert post["amount_7"] == "0,38" and post["initial-amount_7"] == "3.200"
    assert post["summary"] == "Hai dòng\r\nthứ hai"  # as browsers send newlines
    assert post.getlist("plans") == ["4"] and not files  # an empty file is no file
    login = parse_forms(PAGE, "http://127.0.0.1:1/")[0]
    body, content_type = encode(login, login.filled({"username": "xa.một"}))
    assert content_type == "application/x-www-form-urlencoded"
    assert QueryDict(body)["username"] == "xa.một"
    # The entry page's script sends it urlencoded when no photo is chosen:
    # the same fields and values, the empty file input as "" in both.
    light = dataclasses.replace(entry, multipart_only_with_files=True)
    body, content_type = encode(light, fields)
    assert content_type == "application/x-www-form-urlencoded"
    data = QueryDict(body)
    assert data["summary"] == "Hai dòng\r\nthứ hai" and data["photos_7"] == ""
    assert list(data.lists()) == list(post.lists())  # what multipart gives


def test_percentile_is_nearest_rank():
    values = [float(n) for n in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.95)) == (50.0, 95.0)
    assert percentile([7.0], 0.95) == 7.0


@pytest.fixture
def small_world(db):
    """Two communes of two villages, each with a plan of two targets and its
    official, reporting this week (built with the factories: build_world is
    for a throwaway database, it ANALYZEs, which here would leave the shared
    test database's planner statistics describing a nearly empty database)."""
    from plans.models import Target, VillageTarget
    from reports.periods import monday
    from tests.factories import (
        AgencyFactory,
        PlanFactory,
        commune,
        district,
        member,
        province,
    )
    from tests.factories import village as village_area
    from villages.models import Role

    today = timezone.localdate()
    area = district(province("Tỉnh Tải"), "Huyện Tải")
    officials, plan_ids = [], []
    for n in (1, 2):
        place = commune(area, f"Xã {n}")
        villages = [village_area(place, f"Thôn {v}") for v in (1, 2)]
        plan = PlanFactory(
            area=place,
            issuing_agency=AgencyFactory(area=place),
            number=str(n),
            year=today.year,
            title="Kế hoạch thử",
        )
        for t in (1, 2):
            target = Target.objects.create(
                plan=plan, name=f"Chỉ tiêu {t}", unit="m", quantity=Decimal(200)
            )
            for v in villages:
                VillageTarget.objects.create(
                    target=target, village=v, quantity=Decimal(100)
                )
        user = member(place, Role.COMMUNE_OFFICIAL, f"load.xa{n:03d}")
        officials.append(Official(user.username, plan.pk))
        plan_ids.append(plan.pk)
    world = World(
        password="",
        week=monday(today),
        district_id=area.pk,
        officials=officials,
        reviewers=[],
        plan_ids=plan_ids,
    )
    deadline_set(world, now=timezone.now(), minutes=30)
    return world


def _submit(world, official, typed: dict) -> Sent:
    """What the browser's "Lưu và nộp" does, through the one service: save
    every row and submit."""
    from django.contrib.auth import get_user_model

    from plans.models import VillageTarget

    user = get_user_model().objects.get(username=official.username)
    rows = VillageTarget.objects.filter(target__plan_id=official.plan_id).order_by("pk")
    entries = {vt.pk: (typed.get(vt.pk, Decimal(5)), None, "") for vt in rows}
    services.entries_save(
        plan=rows[0].target.plan,
        period_start=world.week,
        user=user,
        inputs=[EntryInput(vt, amount=entries[vt.pk][0], version=0) for vt in rows],
        report_inputs=[FieldInput("summary", "", "Tuần này")],
        submit=True,
    )
    return Sent(official.username, official.plan_id, entries, {"summary": "Tuần này"})


def this_week(world, sent: Sent):
    return ProgressEntry.objects.filter(
        report__plan_id=sent.plan_id, report__period_start=world.week
    ).order_by("pk")


def test_the_check_passes_a_good_run_and_names_each_fault(small_world):
    world = small_world
    sent = [_submit(world, o, {}) for o in world.officials]
    verdict = verify(week=world.week, sent=sent)
    assert verdict.problems == []
    assert (verdict.reports, verdict.entries) == (2, 2 * 2 * 2)

    first, second = sent
    entry = this_week(world, first).first()
    # A value not as typed.
    ProgressEntry.objects.filter(pk=entry.pk).update(amount=Decimal(6))
    # A row lost.
    this_week(world, second).last().delete()
    problems = verify(week=world.week, sent=sent).problems
    assert any(
        f"{first.username}: dòng chỉ tiêu thôn #{entry.village_target_id} lưu" in p
        for p in problems
    )
    assert any(f"{second.username}: mất dòng" in p for p in problems)
    # A row that nobody sent, and a report the browser was told was submitted
    # that is back to a draft.
    first.entries.pop(entry.village_target_id)
    ProgressReport.objects.filter(
        plan_id=second.plan_id, period_start=world.week
    ).update(status="draft")
    problems = verify(week=world.week, sent=sent).problems
    assert any("không ai gửi" in p for p in problems)
    assert any("không phải đã nộp" in p for p in problems)


def test_the_check_sees_a_replay_that_wrote_again(small_world):
    world = small_world
    sent = [_submit(world, o, {}) for o in world.officials]
    entry = this_week(world, sent[0]).first()
    entry._history_user = None
    entry.save()  # the same values written twice: a second history row
    report = ProgressReport.objects.get(
        plan_id=sent[1].plan_id, period_start=world.week
    )
    report.save()
    problems = verify(week=world.week, sent=sent).problems
    assert "1 dòng được ghi lịch sử sửa hơn một lần" in problems[0]
    assert "1 báo cáo có số lần ghi lịch sử khác 2" in problems[1]


def test_the_deadline_is_moved_to_minutes_from_now(small_world):
    from plans.models import Plan
    from reports.periods import deadline

    now = timezone.now()
    due = deadline_set(small_world, now=now, minutes=20)
    plan = Plan.objects.get(pk=small_world.plan_ids[0])
    assert deadline(plan, small_world.week) == due
    end_of_week = timezone.make_aware(
        datetime.datetime.combine(
            small_world.week + datetime.timedelta(days=6), datetime.time(23, 59)
        )
    )
    assert now < due <= min(now + datetime.timedelta(minutes=21), end_of_week)


def _database_url(tmp_path) -> str:
    configured = os.environ.get("DATABASE_URL", "")
    if configured.startswith(("postgres://", "postgresql://")):
        return configured
    return f"sqlite:///{tmp_path / 'configured.sqlite3'}"


def _loadtest(tmp_path, *args) -> subprocess.CompletedProcess:
    return manage(
        "loadtest",
        *args,
        timeout=600,
        drop={"DEBUG"},
        DATABASE_URL=_database_url(tmp_path),
    )


def test_loadtest_end_to_end_at_a_tiny_size(tmp_path):
    result = _loadtest(
        tmp_path,
        *("--officials", "3", "--reviewers", "2", "--villages", "2"),
        *("--targets", "10", "--weeks", "2", "--weak", "1", "--refresh", "0.5"),
        *("--floor", "1", "--timeout", "120"),
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    morning, deadline = out.split("Phút chót trước hạn")
    deadline, replay = deadline.split("Gửi lại bản lưu chờ mạng")
    morning, floor = morning.split("Sàn: trang rẻ nhất sau đăng nhập")
    for kind in ("Trang đăng nhập", "Đăng nhập (POST)", "Trang chủ"):
        assert re.search(rf"{re.escape(kind)} +5 +0 ", morning), morning
    # Each browser fetches the stylesheets and scripts once, then has them
    # cached: eight on the login page (three of them for offline entry:
    # offline-queue.js, offline.js, the home-screen icon), and the entry
    # page's script (officials).
    assert re.search(r"Tệp tĩnh \(CSS, JS\) +43 +0 ", morning), morning
    assert re.search(r"Bảng tổng hợp huyện +2 +0 ", morning)
    # The floor: the officials asked for "this week" of their plan for a
    # second, every answer the redirect, none refused.
    asked = re.search(r"Kỳ hiện tại \(chuyển hướng\) +(\d+) +0 ", floor)
    assert asked and int(asked[1]) >= 3, floor
    ceiling = re.search(
        r"(\d+) yêu cầu/giây, gunicorn [\d.]+ ms CPU mỗi yêu cầu; "
        r"một lượt nộp là 3 yêu cầu: trần (\d+) lượt nộp/giây",
        floor,
    )
    assert ceiling and abs(int(ceiling[2]) - int(ceiling[1]) / 3) <= 1, floor
    # Every official's browser sent its "Lưu và nộp" twice (--weak 1), and
    # neither copy was refused.
    for kind in ("Lưu và nộp (POST)", "Lưu và nộp, gửi lặp (POST)"):
        assert re.search(rf"{re.escape(kind)} +3 +0 ", deadline), deadline
    assert "3/3 báo cáo nộp" in deadline
    assert re.search(r"Mục tiêu ≥ 20 lượt nộp/giây: (ĐẠT|CHƯA ĐẠT)", deadline)
    # Then each phone replayed its queued save twice (same body, same page
    # key): every copy answered "stored", and the check below finds each row
    # written once.
    assert re.search(r"Gửi lại bản lưu \(POST\) +6 +0 ", replay), replay
    assert "6/6 bản gửi lại được trả lời “đã lưu”" in replay
    # 3 communes × 2 villages × 10 targets, one of them yes/no.
    assert "Kiểm tra dữ liệu: 3 báo cáo đã nộp, 60 dòng kết quả" in replay
    # The server's CPU is read from /proc: the workers', and on PostgreSQL
    # its backends' (the persistent connections of the workers, known by
    # their application_name).
    database = re.search(r"Cơ sở dữ liệu tạm \((\w+)\)", out)[1]
    cpu = re.search(
        r"CPU máy chủ mỗi lượt nộp \(kể cả bảng tổng hợp huyện, gửi lặp; "
        r"/proc của các tiến trình\): gunicorn (\d+) ms, PostgreSQL (\d+) ms",
        deadline,
    )
    assert int(cpu[1]) > 0, deadline
    assert (int(cpu[2]) > 0) == (database == "postgresql"), deadline
    # And around each request in the server (ntm/perf/loadtest/hooks.py):
    # per kind of request, and for the three requests of a submission.
    row = re.search(
        r"Lưu và nộp \(POST\) +3 +0 +\d+ +\d+ +\d+ +([\d.]+) ms +([\d.]+) ms",
        deadline,
    )
    assert row and float(row[1]) > 0, deadline
    assert (float(row[2]) > 0) == (database == "postgresql"), deadline
    own = re.search(
        r"CPU 3 yêu cầu của một lượt nộp \(đo quanh từng yêu cầu trong máy chủ\): "
        r"gunicorn (\d+) ms \+ PostgreSQL (\d+) ms = (\d+) ms; "
        r"mục tiêu ≤ 90 ms: (ĐẠT|CHƯA ĐẠT)",
        deadline,
    )
    assert own and int(own[1]) > 0, deadline
    assert (int(own[2]) > 0) == (database == "postgresql"), deadline
    assert out.rstrip().endswith("Đã dừng gunicorn và xóa cơ sở dữ liệu tạm.")
    # The server is gone, and so is the database.
    port = int(re.search(r"http://127\.0\.0\.1:(\d+)", out)[1])
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), 2):
        pass
    name = re.search(r"Cơ sở dữ liệu tạm \((\w+)\): (\S+)", out)
    if name[1] == "sqlite":
        assert not Path(name[2]).exists() and not Path(name[2]).parent.exists()
    else:
        import psycopg2

        with psycopg2.connect(_database_url(tmp_path)) as conn, conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name[2]])
            assert cur.fetchone() is None


def test_loadtest_refuses_bad_options(tmp_path):
    for option, value, message in (
        ("--weak", "2", "--weak từ 0 đến 1."),
        ("--floor", "-1", "--floor từ 0 đến dưới --timeout (giây)."),
        ("--floor", "300", "--floor từ 0 đến dưới --timeout (giây)."),
    ):
        result = _loadtest(tmp_path, option, value)
        assert result.returncode != 0
        assert message in result.stderr
        assert "Cơ sở dữ liệu tạm" not in result.stdout


LOGINS_STARTED = "Người đầu tiên đã đăng nhập; những người khác đang đăng nhập…"


def test_loadtest_stopped_midway_cleans_up(tmp_path):
    """A kill (SIGTERM, as Ctrl-C) while the crowd logs in: the logins under
    way are cancelled, the server stops, the database goes, the command says
    so and exits 130. The kill is sent when the command says the first person
    is signed in (60 logins, 4 at a time: the others are under way), not
    after a guessed delay; the clean-up must be prompt however busy the
    machine is."""
    import signal

    process = subprocess.Popen(
        [sys.executable, "manage.py", "loadtest", "--officials", "40"],
        cwd=ROOT,
        env=environment(DATABASE_URL=_database_url(tmp_path), PYTHONUNBUFFERED="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    try:
        for line in process.stdout:
            lines.append(line)
            if line.strip() == LOGINS_STARTED:
                break
        assert lines and lines[-1].strip() == LOGINS_STARTED, "".join(lines)
        process.send_signal(signal.SIGTERM)
        stopped = time.monotonic()
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    took = time.monotonic() - stopped
    out = "".join(lines) + out
    assert process.returncode == 130, out + err
    # Cancelled, not finished: no phase after the morning began.
    assert "Sàn: trang rẻ nhất" not in out and "Hạn nộp đặt lúc" not in out, out
    print(f"stopped in {took:.1f} s")
    assert "Đã dừng gunicorn và xóa cơ sở dữ liệu tạm." in out
    assert "Đã dừng giữa chừng theo yêu cầu." in err and "Traceback" not in err
    port = int(re.search(r"http://127\.0\.0\.1:(\d+)", out)[1])
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), 2):
        pass
    name = re.search(r"Cơ sở dữ liệu tạm \((\w+)\): (\S+)", out)
    if name[1] == "sqlite":
        assert not Path(name[2]).parent.exists()
    else:
        import psycopg2

        with psycopg2.connect(_database_url(tmp_path)) as conn, conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name[2]])
            assert cur.fetchone() is None
