"""Commands run in a process of their own at the repository root, as a
developer or production starts them: outside the test settings, with the
environment a test chooses."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def environment(*, drop: Iterable[str] = (), **env: str) -> dict[str, str]:
    """This process's environment without DJANGO_SETTINGS_MODULE (the test
    settings) and the names in `drop`, then `env`."""
    left_out = {"DJANGO_SETTINGS_MODULE", *drop}
    return {k: v for k, v in os.environ.items() if k not in left_out} | env


def run_at_root(
    command: list[str], *, timeout: int, drop: Iterable[str] = (), **env: str
) -> subprocess.CompletedProcess:
    """`command` at the repository root in `environment(drop=drop, **env)`,
    its output captured as text."""
    return subprocess.run(
        command,
        cwd=ROOT,
        env=environment(drop=drop, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def manage(
    *args: str, timeout: int, drop: Iterable[str] = (), **env: str
) -> subprocess.CompletedProcess:
    """`manage.py *args`, as run_at_root runs a command."""
    return run_at_root(
        [sys.executable, "manage.py", *args], timeout=timeout, drop=drop, **env
    )
