"""The installable app (issue 24): its manifest and its service worker, both
served to anyone (the login page installs them too) and naming no user."""

from __future__ import annotations

import json
import shutil

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse
from PIL import Image

from ntm import pwa


def test_the_manifest_names_the_app_in_vietnamese_with_its_icons(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Theo dõi xây dựng nông thôn mới"
    assert manifest["short_name"] == "Nông thôn mới"
    assert manifest["lang"] == "vi" and manifest["display"] == "standalone"
    assert manifest["start_url"] == "/"
    sizes = set()
    for icon in manifest["icons"]:
        path = icon["src"].removeprefix(static(""))
        with Image.open(finders.find(path)) as image:
            assert image.format == "PNG"
            assert icon["sizes"] == f"{image.width}x{image.height}"
        sizes.add((icon["sizes"], icon["purpose"]))
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes


def test_the_worker_is_served_from_the_root_with_its_version(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript"
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    script = response.content.decode()
    first_line = script.splitlines()[0]
    assert first_line.startswith("self.NTM = ") and first_line.endswith(";")
    settings = json.loads(first_line.removeprefix("self.NTM = ").removesuffix(";"))
    assert settings["version"] == pwa.worker_version()
    assert len(settings["version"]) == 12
    assert settings["logout"] == reverse("logout")
    assert settings["state"] == reverse("reports:offline_state")
    assert reverse("offline_page") in settings["precache"]
    assert settings["offlinePage"] == reverse("offline_page")
    assert "importScripts(self.NTM.queueScript)" in script


def test_every_file_the_worker_keeps_exists():
    """A missing file would make the worker's install fail, and nothing would
    be kept at all."""
    assert [path for path in pwa.PRECACHE if not finders.find(path)] == []


def test_the_version_changes_with_the_bytes_of_a_kept_file(tmp_path, monkeypatch):
    copies = {}
    for path in (pwa.WORKER_SOURCE, *pwa.PRECACHE):
        copy = tmp_path / path
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(finders.find(path), copy)
        copies[path] = copy
    monkeypatch.setattr(pwa.finders, "find", lambda path: str(copies[path]))
    compute = pwa.worker_version.__wrapped__
    before = compute()
    assert compute() == before
    with open(copies["css/app.css"], "a") as css:
        css.write("\n/* changed */\n")
    assert compute() != before
