"""Light on a weak network (issue 23): pages go gzipped with Django's
BREACH-safe padding, files that are already compressed go as they are, and in
production every static file a page names is a hashed name that the browser
keeps for a year without asking again."""

from __future__ import annotations

import gzip
import io
import re
import sys

from django.http import FileResponse, HttpResponse
from django.test import RequestFactory

from ntm.compression import TextGZipMiddleware
from tests.processes import manage, run_at_root


def test_a_page_goes_gzipped_with_random_padding(client, commune_official):
    client.force_login(commune_official)
    first = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    second = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert first.status_code == 200
    assert first["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in first["Vary"]
    html = gzip.decompress(first.content).decode()
    assert "</html>" in html
    assert int(first["Content-Length"]) == len(first.content) < len(html.encode()) / 2
    # Heal the Breach: a random file name in the gzip header (flag FNAME),
    # so the size of the answer says nothing exact about its content.
    for response in (first, second):
        assert response.content[3] & gzip.FNAME
    plain = client.get("/")  # a client that does not ask for gzip
    assert not plain.has_header("Content-Encoding")


def _answered(response, accept="gzip"):
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING=accept)
    return TextGZipMiddleware(lambda request: response)(request)


def test_photos_and_other_files_go_as_they_are():
    photo = _answered(
        FileResponse(io.BytesIO(b"\xff\xd8" + b"0" * 5000), content_type="image/jpeg")
    )
    assert not photo.has_header("Content-Encoding")
    xlsx = _answered(
        HttpResponse(
            b"PK" + b"0" * 5000,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    )
    assert not xlsx.has_header("Content-Encoding")
    data = _answered(
        HttpResponse(b'{"a": "' + b"0" * 5000 + b'"}', content_type="application/json")
    )
    assert data["Content-Encoding"] == "gzip"


PRODUCTION_CHECK = """
import re, django
django.setup()
from django.test import Client
client = Client(HTTP_ACCEPT_ENCODING="gzip, br")
page = client.get("/dang-nhap/")
print("PAGE", page.status_code, page.get("Content-Encoding", "-"))
import gzip
html = gzip.decompress(page.content).decode()
for url in re.findall(r'(?:href|src)="(/static/[^"]+)"', html):
    answer = client.get(url)
    print("STATIC", url, answer.status_code, answer.get("Content-Encoding", "-"),
          answer["Cache-Control"])
    b"".join(answer.streaming_content) if answer.streaming else None
offline = client.get("/ngoai-tuyen.html", HTTP_ACCEPT_ENCODING="identity").content.decode()
for url in re.findall(r'href="(/static/[^"]+)"', offline):
    print("OFFLINE", url)
"""


def test_in_production_static_files_are_hashed_compressed_and_kept_a_year(tmp_path):
    """collectstatic as deployed, then the login page (which loads what every
    page loads) and each static file it names, with the production settings."""
    env = dict(
        DJANGO_SETTINGS_MODULE="ntm.settings",
        SECRET_KEY="k" * 60,
        ALLOWED_HOSTS="testserver",
        SECURE_SSL_REDIRECT="0",
        STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    )
    collect = manage(
        "collectstatic", "--noinput", "-v", "0", timeout=300, drop={"DEBUG"}, **env
    )
    assert collect.returncode == 0, collect.stderr
    run = run_at_root(
        [sys.executable, "-c", PRODUCTION_CHECK], timeout=120, drop={"DEBUG"}, **env
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "PAGE 200 gzip"
    offline = [line.split()[1] for line in lines if line.startswith("OFFLINE ")]
    # The page the worker shows offline names the same hashed CSS.
    assert len(offline) == 2
    assert all(re.search(r"\.[0-9a-f]{12}\.css$", url) for url in offline), offline
    statics = [line.split(" ", 4)[1:] for line in lines if line.startswith("STATIC ")]
    urls = [url for url, *_ in statics]
    assert any("/css/app." in url for url in urls)
    assert any("/js/offline." in url for url in urls)
    for url, status, encoding, cache_control in statics:
        # A hashed name: app.069e18e31d75.css, never app.css.
        assert re.search(r"\.[0-9a-f]{12}\.\w+$", url), url
        assert status == "200", url
        assert "max-age=315360000" in cache_control and "immutable" in cache_control, (
            url
        )
        if url.endswith((".css", ".js")):
            assert encoding in {"gzip", "br"}, url
