"""gunicorn on 127.0.0.1 with the production settings, for the load test."""

from __future__ import annotations

import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import unquote

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection

from ntm.perf.loadtest import hooks


def production_env(*, database_url: str, static_root: str, media_root: str) -> dict:
    """The environment of a production server (ntm.settings with DEBUG off and
    a fresh SECRET_KEY) on plain HTTP at 127.0.0.1: there is no TLS proxy
    here, so no HTTPS redirect; everything else as deployed."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "DJANGO_SETTINGS_MODULE", "SECURE_SSL_REDIRECT"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="ntm.settings",
        DATABASE_URL=database_url,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        STATIC_ROOT=static_root,
        MEDIA_ROOT=media_root,
        LOG_LEVEL="WARNING",
    )
    return env


def free_port() -> int:
    """A port nobody listens on now, chosen by the kernel (never 8000)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The name the server's connections give PostgreSQL (pg_stat_activity), so
# that only their backends are counted: not autovacuum, not this command's.
APPLICATION_NAME = "ntm_loadtest_gunicorn"


@dataclass(frozen=True)
class Server:
    url: str  # http://127.0.0.1:<port>
    pid: int  # gunicorn's master
    cpu_dir: str = ""  # where the workers write each request's CPU (hooks.py)

    def workers(self) -> list[int]:
        """The worker processes (the master's children; Linux /proc)."""
        try:
            with open(f"/proc/{self.pid}/task/{self.pid}/children") as children:
                return [int(pid) for pid in children.read().split()]
        except OSError:
            return []


def database_backends() -> list[int]:
    """The PostgreSQL server processes of the workers' connections to this
    command's database (persistent, CONN_MAX_AGE), known by their
    application_name: autovacuum's workers and this command's own connection
    are not the server's cost."""
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity"
            " WHERE datname = current_database() AND application_name = %s",
            [APPLICATION_NAME],
        )
        return [pid for (pid,) in cursor.fetchall()]


def server_database_url(database_url: str) -> str:
    """`database_url` with the server's application_name (dj-database-url
    passes the query to the driver's options)."""
    if not database_url.startswith(("postgres://", "postgresql://")):
        return database_url
    joiner = "&" if "?" in database_url else "?"
    return f"{database_url}{joiner}application_name={APPLICATION_NAME}"


@dataclass
class RequestCpu:
    """What the server's hooks (hooks.py) measured for one kind of request."""

    count: int = 0
    gunicorn_us: int = 0
    postgresql_us: int = 0

    @property
    def gunicorn_ms(self) -> float:
        return self.gunicorn_us / 1000 / self.count if self.count else 0.0

    @property
    def postgresql_ms(self) -> float:
        return self.postgresql_us / 1000 / self.count if self.count else 0.0


def request_cpu(cpu_dir: str) -> dict[tuple[str, str], RequestCpu]:
    """Per (phase, kind of request), the requests' CPU as the workers wrote it."""
    totals: dict[tuple[str, str], RequestCpu] = {}
    if not cpu_dir or not os.path.isdir(cpu_dir):
        return totals
    for name in os.listdir(cpu_dir):
        with open(os.path.join(cpu_dir, name)) as lines:
            for line in lines:
                try:
                    tag, cpu, db = line.rstrip("\n").split("\t")
                    phase, kind = unquote(tag).split("|", 1)
                    cpu_us, db_us = int(cpu), int(db)
                except ValueError:
                    continue  # a line being written
                item = totals.setdefault((phase, kind), RequestCpu())
                item.count += 1
                item.gunicorn_us += cpu_us
                item.postgresql_us += db_us
    return totals


def cpu_seconds(pids: Iterable[int]) -> dict[int, float]:
    """User + system CPU seconds of each process still running (Linux /proc;
    readable for other users' processes, such as PostgreSQL's, as root)."""
    tick = os.sysconf("SC_CLK_TCK")
    seconds = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                # after "(command name)": state, then utime and stime are 12th, 13th
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds[pid] = (int(fields[11]) + int(fields[12])) / tick
    return seconds


class CpuMeter:
    """CPU seconds the server's processes (gunicorn's workers, PostgreSQL's
    backends of its connections) use from now on: on a shared machine the
    wall-clock rate moves with the neighbours, the CPU a submission costs
    does not. Processes that start later count from zero."""

    def __init__(self, server: Server):
        self.server = server
        self.start = self._read()

    def _read(self) -> dict[str, dict[int, float]]:
        return {
            "gunicorn": cpu_seconds(self.server.workers()),
            "postgresql": cpu_seconds(database_backends()),
        }

    def used(self) -> dict[str, float]:
        return {
            name: sum(
                seconds - self.start[name].get(pid, 0.0)
                for pid, seconds in processes.items()
            )
            for name, processes in self._read().items()
        }


@contextmanager
def gunicorn(*, database_url: str, workers: int, log) -> Iterator[Server]:
    """gunicorn serving ntm.wsgi with `workers` sync workers on
    127.0.0.1:<free port>, static files collected into a temporary
    STATIC_ROOT and served by WhiteNoise; yields it once /healthz answers,
    and stops the server (its whole process group) at the end."""
    temp = tempfile.mkdtemp(prefix="ntm_load_files_")
    env = production_env(
        database_url=server_database_url(database_url),
        static_root=os.path.join(temp, "static"),
        media_root=os.path.join(temp, "media"),
    )
    cpu_dir = os.path.join(temp, "cpu")
    os.mkdir(cpu_dir)
    env["NTM_LOAD_CPU_DIR"] = cpu_dir
    process = None
    quick = True  # unless the block ends normally: nothing to wait for
    try:
        collect = subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if collect.returncode:
            raise CommandError(f"collectstatic lỗi:\n{collect.stderr[-2000:]}")
        port = free_port()
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "ntm.wsgi:application"),
                *("--workers", str(workers), "--bind", f"127.0.0.1:{port}"),
                *("--graceful-timeout", "5"),
                # Each request's CPU, the worker's and its database backend's.
                *("--config", f"python:{hooks.__name__}"),
                # No control socket: its default path is one per user, shared
                # by every gunicorn on the machine.
                "--no-control-socket",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own process group: a Ctrl-C in the terminal reaches this
            # command, which then stops the server in order.
            start_new_session=True,
            # And should this command be killed outright, the server goes too.
            preexec_fn=_die_with_parent,
        )
        base = f"http://127.0.0.1:{port}"
        _wait_ready(base, process, timeout=60)
        yield Server(url=base, pid=process.pid, cpu_dir=cpu_dir)
        quick = False
    finally:
        if process is not None:
            _stop(process, quick=quick)
        shutil.rmtree(temp, ignore_errors=True)


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the parent dies (Linux)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # elsewhere: only the orderly stop below


def _wait_ready(base: str, process: subprocess.Popen, *, timeout: float) -> None:
    give_up = time.monotonic() + timeout
    while time.monotonic() < give_up:
        if process.poll() is not None:
            raise CommandError(
                f"gunicorn dừng khi khởi động (mã {process.returncode})."
            )
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise CommandError(f"gunicorn không trả lời sau {timeout:.0f} s.")


def _stop(process: subprocess.Popen, *, quick: bool = False) -> None:
    """SIGTERM to the server's process group (master and workers: gunicorn's
    graceful stop), or SIGQUIT when `quick` (after an error or a Ctrl-C:
    requests under way are dropped), then SIGKILL if it has not gone after
    15 s."""
    first = signal.SIGQUIT if quick else signal.SIGTERM
    for sig, wait in ((first, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue
