"""gunicorn configuration of the load test (`gunicorn -c` this file): the CPU
each request costs, in the server (issue 23, goal 1).

A sync worker handles one request at a time, so the CPU time of its process
between `pre_request` and `post_request` (the response written) is that
request's; the CPU of the PostgreSQL backend serving the worker's
connection over the same interval is the database's part. Both are read in
nanoseconds: the worker's with `time.process_time_ns`, the backend's from
`/proc/<pid>/schedstat` (its time on a CPU; Linux, readable as root or as
PostgreSQL's user). Nothing else on the machine is counted: not autovacuum,
not the load generator's own connection, not other databases' backends.

Each worker appends one line a request to `<NTM_LOAD_CPU_DIR>/<pid>.tsv`:
the request's tag (the load generator's `X-Ntm-Load` header: phase and kind
of request, percent-encoded), the worker's CPU and the backend's, in µs.
A request whose connection was opened or closed in it counts only the part
its backend ran while this worker could see it (a new connection from its
start: the connection's set-up is the request's cost).
"""

from __future__ import annotations

import os
import time

_DIR = os.environ.get("NTM_LOAD_CPU_DIR", "")
_state: dict = {}


def backend_ns(pid: int | None) -> int | None:
    """Nanoseconds the process `pid` has run on a CPU (Linux schedstat)."""
    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/schedstat") as stat:
            return int(stat.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def backend_pid() -> int | None:
    """The PostgreSQL backend of this worker's open connection, if any."""
    from django.db import connection

    raw = connection.connection
    if raw is None or connection.vendor != "postgresql":
        return None
    try:
        return raw.info.backend_pid
    except Exception:  # closed meanwhile
        return None


def pre_request(worker, req) -> None:
    pid = backend_pid()
    _state.update(cpu=time.process_time_ns(), pid=pid, db=backend_ns(pid))


def post_request(worker, req, environ, resp) -> None:
    if not _DIR or "cpu" not in _state:
        return
    cpu = time.process_time_ns() - _state["cpu"]
    pid = backend_pid()
    now = backend_ns(pid)
    if now is None:
        db = 0  # closed at the request's end: its last request's part is lost
    elif pid == _state["pid"] and _state["db"] is not None:
        db = now - _state["db"]
    else:
        db = now  # opened in this request: from its start
    tag = environ.get("HTTP_X_NTM_LOAD", "")
    if not tag:
        return
    if _state.get("out") is None:
        path = os.path.join(_DIR, f"{os.getpid()}.tsv")
        _state["out"] = open(path, "a", buffering=1)  # noqa: SIM115 (a line a write)
    _state["out"].write(f"{tag}\t{cpu // 1000}\t{db // 1000}\n")
