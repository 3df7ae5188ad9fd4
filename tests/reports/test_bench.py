"""`manage.py bench` end to end at a tiny size, in a subprocess (it creates and
drops its own database, which must not happen inside the test database)."""

import re
import subprocess
from pathlib import Path

from tests.processes import manage


def _bench(tmp_path, database_url: str, *extra: str) -> subprocess.CompletedProcess:
    return manage("bench", *extra, timeout=300, DEBUG="1", DATABASE_URL=database_url)


def test_bench_runs_and_removes_its_database(tmp_path):
    configured = tmp_path / "configured.sqlite3"
    result = _bench(
        tmp_path,
        f"sqlite:///{configured}",
        *("--communes", "3", "--villages", "2", "--targets", "4"),
        *("--weeks", "9", "--runs", "2"),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "3 xã × 2 thôn × 4 chỉ tiêu × 9 tuần = 216 dòng kết quả" in out
    # Per plan, an opening row and one per week with entries.
    assert re.search(r"Dựng bảng tổng hợp tuần: 3 kế hoạch, 30 dòng, [\d.]+ s", out)
    district = re.search(
        r"Bảng tổng hợp huyện \(3 xã\): trung vị \d+ ms qua 2 lần, (\d+) truy vấn SQL; "
        r"sàn SQL thô [\d.]+ ms \(đọc bảng tổng hợp tuần\); tỷ lệ [\d.]+×; "
        r"sàn cũ \(tính từ kết quả\) \d+ ms",
        out,
    )
    province = re.search(r"Bảng tổng hợp tỉnh \(3 xã\): .* (\d+) truy vấn SQL", out)
    assert (
        len(re.findall(r"ngay sau khi một xã sửa số liệu .*: trung vị \d+ ms", out))
        == 2
    )
    assert district and province, out
    assert (
        len(
            re.findall(
                r"ngay sau khi một xã lưu qua trang nhập .*: trung vị \d+ ms", out
            )
        )
        == 2
    )
    # No criteria set in the synthetic province: the dashboards' fixed counts
    # without the criteria summaries (see test_dashboards for the full counts).
    assert (district.group(1), province.group(1)) == ("9", "10")
    # After the rush: every commune saves its week, with the save as it was,
    # then keeping the summary itself; the first reads after each round.
    rounds = re.findall(
        r"Sau phút chót \((trước|nay): [^)]*\): 3 xã lưu cả tuần qua entries_save "
        r"\(8 dòng mỗi xã\): \d+ ms mỗi lượt lưu \(CPU Python [\d.]+ ms\)",
        out,
    )
    assert rounds == ["trước", "nay"], out
    assert re.search(r"trong đó giữ bảng tổng hợp tuần [\d.]+ ms \(CPU Python", out)
    reads = re.findall(
        r"(Bảng tổng hợp (?:huyện|tỉnh)) đọc lần đầu sau phút chót: \d+ ms "
        r"\(CPU Python [\d.]+ ms\); (\d+) kế hoạch chờ dựng lại trước khi đọc",
        out,
    )
    # Before, the first reader rebuilt every commune's plan; now nobody waits.
    assert reads == [
        ("Bảng tổng hợp huyện", "3"),
        ("Bảng tổng hợp tỉnh", "0"),
        ("Bảng tổng hợp huyện", "0"),
        ("Bảng tổng hợp tỉnh", "0"),
    ]
    # Every commune changes a target through target_save: before, the first
    # province read and export found every plan stale; now none.
    writes = re.findall(
        r"Sau khi 3 xã sửa một chỉ tiêu qua target_save \((trước|nay): [^)]*\): "
        r"\d+ ms mỗi lượt sửa \(CPU Python [\d.]+ ms\); (\d+) kế hoạch chờ dựng "
        r"lại; (Bảng tổng hợp tỉnh đọc|Xuất biểu tổng hợp tỉnh .xlsx) lần đầu: "
        r"\d+ ms",
        out,
    )
    assert writes == [
        ("trước", "3", "Bảng tổng hợp tỉnh đọc"),
        ("trước", "3", "Xuất biểu tổng hợp tỉnh .xlsx"),
        ("nay", "0", "Bảng tổng hợp tỉnh đọc"),
        ("nay", "0", "Xuất biểu tổng hợp tỉnh .xlsx"),
    ], out
    temp = Path(re.search(r"Cơ sở dữ liệu tạm \(sqlite\): (\S+)", out).group(1))
    assert not temp.exists() and not temp.parent.exists()
    assert "Đã xóa cơ sở dữ liệu tạm." in out
    # The configured database was never opened for writing.
    assert not configured.exists() or configured.stat().st_size == 0


def test_bench_refuses_bad_sizes(tmp_path):
    result = _bench(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite3'}", "--weeks", "0")
    assert "--weeks phải lớn hơn 0." in result.stderr
    assert "Cơ sở dữ liệu tạm" not in result.stdout


def test_the_synthetic_province_has_a_history_dated_by_its_weeks(db):
    """With history (the load test's world), every entry was saved once,
    when its report went in (Thursday 10:00 of its week, Friday 09:00 if
    late; a draft: when built), so that "what changed lately" has a year of
    history to search, as in production. (build() leaves ANALYZE to the
    command, so it may run here, in the shared test database.)"""
    import datetime

    from django.utils import timezone

    from ntm.perf.province import build
    from reports.models import ProgressEntry, ProgressReport

    before = timezone.now()
    # 12 communes: their plans' pks cover every residue of 3 × 4, so some are
    # late and not a draft.
    bench = build(communes=12, villages=1, targets=2, weeks=2, history=True)
    history = ProgressEntry.history.model.objects
    entries = ProgressEntry.objects.select_related("report")
    assert history.count() == entries.count() == 12 * 1 * 2 * 2
    records = {record.id: record for record in history.all()}
    for entry in entries:
        record = records[entry.pk]
        assert (record.history_type, record.amount, record.done) == (
            "+",
            entry.amount,
            entry.done,
        )
        report = entry.report
        if report.status == "draft":
            assert record.history_date >= before
        else:
            day, hour = (4, 9) if report.is_late else (3, 10)
            assert timezone.localtime(record.history_date) == timezone.make_aware(
                datetime.datetime.combine(
                    report.period_start + datetime.timedelta(days=day),
                    datetime.time(hour),
                )
            )
            assert record.history_date == report.submitted_at
    assert ProgressReport.objects.filter(status="draft").exists()
    assert ProgressReport.objects.filter(is_late=True).exclude(status="draft").exists()
    assert bench.week == ProgressReport.objects.latest("period_start").period_start


def test_the_synthetic_province_never_lowers_an_id_sequence(db):
    """A sequence that has counted past its table's rows (their last ids
    drawn and gone, as in a test rolled back) is where it was after build():
    build() numbers its own rows after the highest id, and the next row
    drawn takes the sequence's next id, not the one after build()'s rows
    (PostgreSQL's setval outlives a test's rollback: a lowered sequence gave
    the next tests small ids)."""
    from ntm.perf.province import build
    from tests.factories import PlanFactory
    from villages.models import Agency

    gone = PlanFactory()
    plan_id, agency_id = gone.pk, gone.issuing_agency_id
    gone.delete()
    Agency.objects.filter(pk=agency_id).delete()
    bench = build(communes=2, villages=1, targets=1, weeks=1)
    assert max(bench.plan_ids) < plan_id
    drawn = PlanFactory()
    assert (drawn.pk, drawn.issuing_agency_id) == (plan_id + 1, agency_id + 1)


def test_bench_exports_phase_times_only_the_exports(tmp_path):
    """`bench --exports`: the appendix exports alone, each the median CPU of
    --runs runs after a warm-up, with the file's size (and a PDF's pages)."""
    result = _bench(
        tmp_path,
        f"sqlite:///{tmp_path / 'configured.sqlite3'}",
        *("--exports", "--communes", "2", "--villages", "2", "--targets", "3"),
        *("--weeks", "2", "--runs", "2"),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    lines = re.findall(
        r"Xuất biểu (tổng hợp tỉnh \(district_summary\)|tiến độ một xã \(progress\)) "
        r"\.(xlsx|pdf): CPU Python [\d.]+ ms \(trung vị qua 2 lần\); "
        r"thời gian thực \d+ ms; \d+ KB(, \d+ trang)?",
        out,
    )
    assert [(table[:8], fmt, bool(pages)) for table, fmt, pages in lines] == [
        ("tổng hợp", "xlsx", False),
        ("tổng hợp", "pdf", True),
        ("tiến độ ", "xlsx", False),
        ("tiến độ ", "pdf", True),
    ], out
    # Nothing but the exports: no dashboard, no rush.
    assert "Bảng tổng hợp huyện" not in out and "Sau phút chót" not in out
    assert "Đã xóa cơ sở dữ liệu tạm." in out
