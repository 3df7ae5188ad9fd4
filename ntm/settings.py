"""Settings for the NTM plan tracker, read from the environment.

DATABASE_URL  a SQLite file by default, PostgreSQL in production and CI
SECRET_KEY    required when DEBUG is off
DEBUG         "1"/"true" to turn on; off by default
ALLOWED_HOSTS comma-separated
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from xstatic.pkg import bootstrap as xstatic_bootstrap

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = env_bool("DEBUG")

# The development key is public: with DEBUG off the app refuses to serve on it
# (ntm/startup.py, called by wsgi.py and asgi.py). Management commands such as
# makemigrations still run, and `check --deploy` warns about it.
DEFAULT_SECRET_KEY = "django-insecure-ntm-development-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", DEFAULT_SECRET_KEY)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "template_partials",
    "django_htmx",
    "simple_history",
    "villages",
    "criteria",
    "plans",
    "reports",
    # Tooling above the product apps: the demo world (loaddemo).
    "ntm.demo",
    # Tooling above the product apps: bench and the load test.
    "ntm.perf",
    # Login lockout; last, as its documentation asks.
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages gzipped (BREACH-safe padding; ntm/compression.py); static files
    # are answered above by WhiteNoise, already compressed.
    "ntm.compression.TextGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A body shorter than its Content-Length (a cut-off upload) is refused
    # with the reason before anything, CSRF included, reads it (ntm/truncated.py).
    "ntm.truncated.IncompleteUploadMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every page needs a login unless its view says otherwise (login_not_required).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # A temporary password is changed before anything else (villages/accounts.py).
    "villages.middleware.PasswordChangeRequiredMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Turns a lockout into the lockout page; last, as its documentation asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ntm.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "villages.menu.main_menu",
            ],
            # ntm is no app: its tag library is named here ({% load vn_tags %}).
            "libraries": {"vn_tags": "ntm.templatetags.vn_tags"},
        },
    },
]

WSGI_APPLICATION = "ntm.wsgi.application"
ASGI_APPLICATION = "ntm.asgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE: a write transaction takes the lock when it begins, so two saves
    # queue (up to the timeout) instead of one failing half-way with "database
    # is locked" when it tries to upgrade a read to a write.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The default (PBKDF2) first; the last hashes only the random temporary
# passwords that managers print (villages/hashers.py).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
    "villages.hashers.TemporaryPasswordHasher",
]
# A reset link mailed by a manager works once, for three days.
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Axes first: a locked-out username+address is refused before any password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, the signed-in user read with one plain statement
    # a request (villages/backends.py).
    "villages.backends.AccountBackend",
]
# Password guessing: after 5 wrong passwords for one username from one address
# that pair waits 15 minutes (each try while locked restarts the wait); an
# administrator unlocks sooner with `manage.py axes_reset_username NAME`.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15"))
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ntm.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "ntm.security.client_ip"
# "1" when a reverse proxy appends the client address to X-Forwarded-For.
PROXY_FORWARDED_FOR = env_bool("PROXY_FORWARDED_FOR")
# Who unlocks an account, as the lockout page names them.
SUPPORT_CONTACT = os.environ.get(
    "SUPPORT_CONTACT",
    "quản trị viên hệ thống (Văn phòng Điều phối nông thôn mới của huyện hoặc tỉnh)",
)

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Vietnamese interface: vi dates (dd/mm/yyyy) and numbers (3.200 and 0,38).
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["ntm.formats"]

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("bootstrap", xstatic_bootstrap.BASE_DIR),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Mail: reviews and reminders. The console backend unless a server is set.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "NTM <ntm@localhost>")

# Where the app is served, for absolute links in mail ("https://ntm.example.vn").
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "").rstrip(
    "/"
)

# Progress photos: the largest upload accepted, and the long side they are kept at.
PHOTO_MAX_BYTES = int(os.environ.get("PHOTO_MAX_BYTES", str(8 * 1024 * 1024)))
PHOTO_MAX_SIDE = 2048
PHOTO_THUMBNAIL_SIDE = 320
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# A weekly save (without photos) that got no answer after this long is kept on
# the phone and sent again later (static/js/sw.js: "lie-fi", docs/offline.md).
OFFLINE_SAVE_TIMEOUT_MS = int(os.environ.get("OFFLINE_SAVE_TIMEOUT_MS", "30000"))

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Sessions in the database, as Django's store keeps them; read with one plain
# statement a request (ntm/sessions.py).
SESSION_ENGINE = "ntm.sessions"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    # Behind a TLS-terminating reverse proxy that sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Content-Security-Policy (django-csp): scripts and styles only from our own
# static files — no inline <script>, no style="" attributes, no eval (htmx is
# configured with allowEval false and no indicator <style> in base.html).
# data: images are Bootstrap's SVG icons (navbar toggler, select arrows).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
