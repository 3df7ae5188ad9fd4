"""Settings come from the environment; production refuses the default key."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_django(code: str, **env) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="ntm.settings", **env)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("entry_point", ["ntm.wsgi", "ntm.asgi"])
def test_production_refuses_to_serve_on_the_default_secret_key(entry_point):
    result = run_django(f"import {entry_point}; print('serving')", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    assert "serving" not in result.stdout
    served = run_django(
        f"import {entry_point}; print('serving')", DEBUG="0", SECRET_KEY="s" * 60
    )
    assert served.returncode == 0, served.stderr
    assert "serving" in served.stdout


def test_management_commands_still_run_without_a_secret_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT,
        env={
            k: v
            for k, v in os.environ.items()
            if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}
        }
        | {"DJANGO_SETTINGS_MODULE": "ntm.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_production_starts_with_a_secret_key_and_reads_the_database_url():
    result = run_django(
        "from django.conf import settings as s; print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.ALLOWED_HOSTS)",
        DEBUG="0",
        SECRET_KEY="x" * 60,
        DATABASE_URL="postgres://u:p@db.example:5432/ntm",
        ALLOWED_HOSTS="ntm.example.vn",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "django.db.backends.postgresql",
        "['ntm.example.vn']",
    ]


def test_deploy_check_is_clean_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DEBUG"},
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "ntm.example.vn",
            "DJANGO_SETTINGS_MODULE": "ntm.settings",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_development_defaults(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.USE_TZ
