"""Settings come from the environment; production refuses the default key."""

import secrets
import subprocess
import sys

import pytest

from tests.processes import manage, run_at_root

# What the test environment sets and these tests must not inherit.
OWN_SETTINGS = {"DEBUG", "SECRET_KEY", "DATABASE_URL"}


def run_django(code: str, **env) -> subprocess.CompletedProcess:
    return run_at_root(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        timeout=60,
        drop=OWN_SETTINGS,
        **{"DJANGO_SETTINGS_MODULE": "ntm.settings", **env},
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
    result = manage(
        "makemigrations",
        "--check",
        "--dry-run",
        timeout=120,
        drop=OWN_SETTINGS,
        DJANGO_SETTINGS_MODULE="ntm.settings",
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


def deploy_check(**env) -> subprocess.CompletedProcess:
    """`manage.py check --deploy --fail-level WARNING` as production runs it:
    DEBUG unset, the given environment and nothing of the test settings."""
    return manage(
        *("check", "--deploy", "--fail-level", "WARNING"),
        timeout=60,
        drop={*OWN_SETTINGS, "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS"},
        **{"DJANGO_SETTINGS_MODULE": "ntm.settings", **env},
    )


PRODUCTION = {
    "ALLOWED_HOSTS": "ntm.example.vn",
    "CSRF_TRUSTED_ORIGINS": "https://ntm.example.vn",
    "DATABASE_URL": "postgres://ntm:mat-khau@db.example:5432/ntm",
}


def test_deploy_check_is_clean_with_production_settings():
    result = deploy_check(SECRET_KEY=secrets.token_urlsafe(50), **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_deploy_check_fails_on_the_public_development_key():
    # The same check is not blind: it catches the default key (security.W009).
    result = deploy_check(**PRODUCTION)
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


def test_production_security_settings():
    result = run_django(
        "from django.conf import settings as s; "
        "print(s.SECURE_PROXY_SSL_HEADER, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.CSRF_TRUSTED_ORIGINS, "
        "s.AUTHENTICATION_BACKENDS[0], getattr(s, 'AXES_ENABLED', True), "
        "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'], sep='|')",
        SECRET_KEY="x" * 60,
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split("|") == [
        "('HTTP_X_FORWARDED_PROTO', 'https')",
        "True",
        "31536000",
        "True",
        "True",
        "['https://ntm.example.vn']",
        "axes.backends.AxesStandaloneBackend",
        "True",
        "[\"'self'\"]",
    ]


def test_development_defaults(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.USE_TZ
