"""The installable app: its web app manifest and its service worker.

The worker's source is static/js/sw.js. It is served from the site root
(/sw.js) rather than /static/ because a worker only controls the pages under
its own path; Service-Worker-Allowed says so explicitly. Its first line names
a version derived from the bytes of the static files it keeps, so any change
to them installs a new worker that drops the old copies (docs/offline.md).
"""

from __future__ import annotations

import functools
import hashlib
import json

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

# What every page needs to open offline: the files base.html and the entry
# page load, the icons, and the page shown for an address not kept.
PRECACHE = (
    "bootstrap/css/bootstrap.min.css",
    "bootstrap/js/bootstrap.bundle.min.js",
    "css/app.css",
    "django_htmx/htmx-2.min.js",
    "django_htmx/django-htmx.js",
    "js/entry.js",
    "js/offline.js",
    "js/offline-queue.js",
    "img/favicon.svg",
    "img/icons/icon-192.png",
)
# The page shown offline for an address not kept: a template, so that it names
# the static files by their hashed names in production (ntm/urls.py).
OFFLINE_TEMPLATE = "offline.html"
WORKER_SOURCE = "js/sw.js"
THEME_COLOR = "#198754"


@functools.cache
def worker_version() -> str:
    """A digest of the worker's source and of every file it precaches, with
    their URLs (hashed names in production): the worker changes, and browsers
    install it again, exactly when one of them does."""
    digest = hashlib.sha256()
    for path in (WORKER_SOURCE, *PRECACHE):
        found = finders.find(path)
        digest.update(static(path).encode())
        with open(found, "rb") as file:
            digest.update(file.read())
    digest.update(_offline_page().encode())
    return digest.hexdigest()[:12]


def _offline_page() -> str:
    return render_to_string(OFFLINE_TEMPLATE)


def _worker_script() -> str:
    return _worker_script_for(settings.OFFLINE_SAVE_TIMEOUT_MS)


@functools.cache
def _worker_script_for(save_timeout_ms: int) -> str:
    with open(finders.find(WORKER_SOURCE), encoding="utf-8") as file:
        source = file.read()
    settings = {
        "version": worker_version(),
        "precache": [*(static(path) for path in PRECACHE), reverse("offline_page")],
        "queueScript": static("js/offline-queue.js"),
        "offlinePage": reverse("offline_page"),
        "logout": reverse("logout"),
        "state": reverse("reports:offline_state"),
        "staticPrefix": static(""),
        # A save with no answer after this long is queued (lie-fi; sw.js).
        "saveTimeout": save_timeout_ms,
    }
    return f"self.NTM = {json.dumps(settings)};\n{source}"


@login_not_required
@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker, from the site root so that it controls every page."""
    response = HttpResponse(_worker_script(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    # Browsers check for a new worker on each visit; never let a proxy keep it.
    response["Cache-Control"] = "no-cache"
    return response


@login_not_required
@require_GET
def offline_page(request: HttpRequest) -> HttpResponse:
    """What the worker shows offline for a page not kept on the phone."""
    return HttpResponse(_offline_page())


@login_not_required
@require_GET
def manifest(request: HttpRequest) -> HttpResponse:
    """The web app manifest: "Thêm vào màn hình chính" gives the app's icon."""
    data = {
        "name": "Theo dõi xây dựng nông thôn mới",
        "short_name": "Nông thôn mới",
        "description": "Nhập và theo dõi tiến độ kế hoạch xây dựng nông thôn mới.",
        "lang": "vi",
        "dir": "ltr",
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {
                "src": static("img/icons/icon-192.png"),
                "sizes": "192x192",
                "type": "image/png",
                "purpose": "any",
            },
            {
                "src": static("img/icons/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "any",
            },
            {
                "src": static("img/icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    return HttpResponse(
        json.dumps(data, ensure_ascii=False), content_type="application/manifest+json"
    )
