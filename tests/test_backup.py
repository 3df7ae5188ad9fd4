"""scripts/backup and scripts/restore-rehearsal (docs/operations.md#backups-and-restore).

Both legs: the scripts refuse what they cannot do and leave nothing
half-written. Then each leg backs up its own configured database: on the
PostgreSQL leg the whole round trip (dump, restore into a scratch database,
migrate --check, row counts, media archive, and a tampered backup caught); on
the SQLite leg the scripts say that SQLite is a file to copy, and stop."""

import json
import subprocess
import time

import pytest
from django.db import connection

from ntm.perf.loadtest.world import database_url
from tests.processes import ROOT, run_at_root
from villages.models import Area, AreaLevel


def _run(
    script: str, database: str | None, *args, **env
) -> subprocess.CompletedProcess:
    if database is not None:
        env["DATABASE_URL"] = database
    return run_at_root(
        [str(ROOT / "scripts" / script), *args],
        timeout=300,
        drop={"DATABASE_URL"},
        **env,
    )


def test_scripts_refuse_what_they_cannot_do(tmp_path):
    for script in ("backup", "restore-rehearsal"):
        missing = _run(script, None, str(tmp_path))
        assert missing.returncode == 2 and "Chưa đặt DATABASE_URL" in missing.stderr
        sqlite = _run(script, "sqlite:///db.sqlite3", str(tmp_path))
        assert sqlite.returncode == 2 and "PostgreSQL" in sqlite.stderr
    nothing = _run("restore-rehearsal", "postgres://x@127.0.0.1:1/x", str(tmp_path))
    assert nothing.returncode == 1
    assert f"Không có bản sao lưu ntm-*.dump trong {tmp_path}" in nothing.stderr
    # A server that does not answer: a failure, and no half-written backup.
    down = _run("backup", "postgres://x@127.0.0.1:1/x", str(tmp_path / "bk"))
    assert down.returncode != 0 and "Đã sao lưu" not in down.stdout
    assert list((tmp_path / "bk").iterdir()) == []


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_rehearsal_of_the_configured_database(tmp_path):
    source = database_url(connection.settings_dict)
    if connection.vendor == "sqlite":
        refused = _run("backup", source, str(tmp_path))
        assert refused.returncode == 2
        assert "SQLite là tệp, hãy chép tệp" in refused.stderr
        assert list(tmp_path.iterdir()) == []
        return

    Area.objects.create(name="Sao Lưu", kind="tỉnh", level=AreaLevel.PROVINCE)
    media = tmp_path / "media"
    (media / "anh").mkdir(parents=True)
    (media / "anh" / "mot.jpg").write_bytes(b"\xff\xd8 not really")
    backups = tmp_path / "backups"
    for _ in range(2):  # two backups, one kept
        made = _run("backup", source, str(backups), MEDIA_ROOT=str(media), KEEP="1")
        assert made.returncode == 0, made.stderr
        time.sleep(1.1)  # names are per second
    names = sorted(p.name for p in backups.iterdir())
    assert len(names) == 3 and [n.split(".", 1)[1] for n in names] == [
        "counts.json",
        "dump",
        "media.tar.gz",
    ]
    counts_file = next(backups.glob("*.counts.json"))
    counts = json.loads(counts_file.read_text())
    assert counts["public.villages_area"] == 1

    rehearsal = _run("restore-rehearsal", source, str(backups))
    assert rehearsal.returncode == 0, rehearsal.stdout + rehearsal.stderr
    out = rehearsal.stdout
    assert "migrate --check: đủ mọi migration" in out
    assert "tệp tải lên: " in out and "1 tệp đọc được" in out
    assert out.rstrip().endswith(
        "OK: bản sao lưu khôi phục được và khớp với lúc sao lưu."
    )
    scratch = out.split("cơ sở dữ liệu tạm ", 1)[1].split()[0]
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [scratch])
        assert cursor.fetchone() is None

    # A backup that does not hold what was counted is caught.
    counts["public.villages_area"] = 2
    counts_file.write_text(json.dumps(counts))
    caught = _run("restore-rehearsal", source, str(backups))
    assert caught.returncode == 1
    assert "LỖI: bảng public.villages_area: 1 dòng, lúc sao lưu 2" in caught.stdout
