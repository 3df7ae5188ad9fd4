"""Browser journeys: Playwright for Python driving Debian's chromium against the
app served by pytest-django's live server on 127.0.0.1.

Playwright's sync API runs an asyncio event loop in the test thread while the
browser is open, and Django refuses ORM calls from a thread with a running loop
(SynchronousOnlyOperation). Rather than switch that guard off
(DJANGO_ALLOW_ASYNC_UNSAFE), a journey builds its data first, opens the browser
with `browse()`, and reads the database only once the browser is closed. In
between, every query runs in the live server's thread, which has no loop.

While a journey runs, console errors, uncaught JavaScript errors, CSP
violations, failed requests and HTTP error responses are collected; any of
them fails the journey. A failing journey leaves a screenshot and the HTML of
each open page under $NTM_TEST_OUTPUT, else under pytest's temporary directory
(/tmp/pytest-of-<user>/…), never in the repository; the failure says where.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from pytest_django.live_server_helper import LiveServer

CHROMIUM = "/usr/bin/chromium"  # Debian's package, from scripts/system-deps
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A commune official's phone, and a district office's screen.
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}
DESKTOP = {"viewport": {"width": 1366, "height": 900}}
# Long enough for a PDF export on a busy machine, short enough to fail fast.
TIMEOUT_MS = 15_000
expect.set_options(timeout=TIMEOUT_MS)

# Reported as a console error too, but a listener sees report-only policies and
# names the directive whatever the browser's wording.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""


class OneRequestAtATime:
    """The live server's application when its threads share one database
    connection (SQLite's in-memory test database): requests are answered one
    after the other, each to its last byte.

    Django's threaded live server hands every request thread the same
    connection object, and its transaction state with it. Two requests at once
    (the offline queue's resend beside a page's own save) then break each
    other: both may enter `transaction.atomic()` as its outermost block, and
    the first to leave commits and turns autocommit back on under the other
    ("select_for_update cannot be used outside of a transaction", seen in a
    full SQLite run). PostgreSQL gives each thread a connection of its own and
    is served as it comes."""

    lock = threading.Lock()

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        with self.lock:
            response = self.application(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                if hasattr(response, "close"):
                    response.close()


class Refusals:
    """The live server's application, which answers 503 to the POSTs whose path
    matches a pattern a journey gave (`refuse_posts`) instead of serving them.

    A journey that needs saves kept from the server while the phone is online
    says so here rather than with Playwright's `context.route`: with a service
    worker controlling the page, the logout's POST navigation (answered by a
    redirect) twice stayed pending for good in CI's full SQLite runs, both
    times while a route was set, and Playwright's docs advise against routing
    where a service worker runs."""

    def __init__(self):
        self.application = None
        self.patterns: list[re.Pattern] = []

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if environ["REQUEST_METHOD"] == "POST" and any(
            pattern.search(path) for pattern in self.patterns
        ):
            environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            start_response(
                "503 Service Unavailable",
                [("Content-Type", "text/plain; charset=utf-8")],
            )
            return ["Máy chủ tạm thời không nhận (phép thử).".encode()]
        return self.application(environ, start_response)


@pytest.fixture(scope="session")
def live_server(request, django_db_setup) -> Iterator[LiveServer]:
    """pytest-django's live server, bound to 127.0.0.1 on a free port (not
    "localhost", which may resolve to ::1) unless --liveserver says otherwise;
    one request at a time where its threads share a connection; the POSTs a
    journey refuses (`refuse_posts`) answered 503.

    Made once the test database is (django_db_setup): made before, as when
    the journeys run alone, its threads would each open a connection of their
    own to SQLite's in-memory database, whose table locks refuse a second
    writer at once ("database table is locked")."""
    addr = request.config.getvalue("liveserver") or "127.0.0.1"
    server = LiveServer(addr, start=False)
    static_handler = server.thread.static_handler
    server.refusals = Refusals()

    def application(django_application):
        application = static_handler(django_application)
        if server.thread.connections_override:
            application = OneRequestAtATime(application)
        server.refusals.application = application
        return server.refusals

    server.thread.static_handler = application
    server.start()
    yield server
    server.stop()


@pytest.fixture
def refuse_posts(live_server):
    """`refuse_posts(pattern)`: from now on the server answers 503 to POSTs
    whose path matches `pattern` (a regex), until `refuse_posts.stop()` or the
    end of the test."""

    def refuse(pattern: str) -> None:
        live_server.refusals.patterns.append(re.compile(pattern))

    refuse.stop = live_server.refusals.patterns.clear
    yield refuse
    live_server.refusals.patterns.clear()


class Journey:
    """The browser of one journey: one context per person, and every problem
    any of their pages ran into."""

    def __init__(self, browser: Browser, base_url: str):
        self.browser = browser
        self.base_url = base_url
        self.pages: dict[str, Page] = {}
        self.problems: list[str] = []
        # Every request of the journey, as it starts and ends, with the time
        # since the journey began: saved beside the screenshots of a failure.
        self.started = time.monotonic()
        self.network: list[str] = []
        # The browser's own icon request, cut when a page moves on before it
        # came (a tap that opens another page at once): no page asked for it.
        self.expected: list[re.Pattern] = [
            re.compile(r"^GET \S+/favicon\.svg failed: net::ERR_ABORTED$")
        ]

    def tolerate(self, pattern: str) -> None:
        """Expect problems matching `pattern` (a regex): requests that fail while
        the journey holds the phone offline, a refusal the journey provokes."""
        self.expected.append(re.compile(pattern))

    def open(
        self, who: str, *, phone: bool = False, offline_worker: bool = False
    ) -> Page:
        """A fresh browser profile (own cookies) for `who`, on a phone or a desktop.

        The app's service worker (/sw.js) runs only where a journey asks for it
        (`offline_worker=True`, tests/e2e/test_offline.py): its background
        refresh of the kept entry pages would otherwise slip requests the
        journey did not make in between its own."""
        context = self.browser.new_context(
            base_url=self.base_url,
            service_workers="allow" if offline_worker else "block",
            locale="vi-VN",
            timezone_id="Asia/Ho_Chi_Minh",
            accept_downloads=True,
            **(PHONE if phone else DESKTOP),
        )
        context.set_default_timeout(TIMEOUT_MS)
        if offline_worker:
            # With the worker, a page's background GETs (the queue's "who is
            # signed in", the pages and scripts the worker keeps, the icon) and
            # the navigation the worker answers for are cut whenever the page
            # moves on; chromium reports each as ERR_ABORTED at random moments.
            # The user sees nothing of it; a real failure is an HTTP error or
            # a console error, and those still count.
            self.tolerate(r"^GET \S+ failed: net::ERR_ABORTED$")
        context.add_init_script(CSP_LISTENER)
        context.on("console", lambda message: self._console(who, message))
        context.on("weberror", lambda error: self._note(who, f"JS: {error.error}"))
        context.on("requestfailed", lambda request: self._failed(who, request))
        context.on("response", lambda response: self._response(who, response))
        context.on("request", lambda request: self._log(who, "→", request))
        context.on("requestfinished", lambda request: self._log(who, "✓", request))
        page = context.new_page()
        self.pages[who] = page
        return page

    def _log(self, who: str, event: str, request) -> None:
        worker = " (worker)" if request.service_worker else ""
        self.network.append(
            f"{time.monotonic() - self.started:8.3f} {who} {event} "
            f"{request.method} {request.url}{worker}"
        )

    def _note(self, who: str, problem: str) -> None:
        if not any(pattern.search(problem) for pattern in self.expected):
            self.problems.append(f"{who}: {problem}")

    def _console(self, who, message) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            self._note(who, f"console error: {message.text} ({where})")

    def _failed(self, who, request) -> None:
        self._log(who, f"✗ {request.failure}", request)
        self._note(who, f"{request.method} {request.url} failed: {request.failure}")

    def _response(self, who, response) -> None:
        if response.status >= 400:
            self._note(
                who,
                f"HTTP {response.status} for {response.request.method} {response.url}",
            )

    def assert_clean(self) -> None:
        """Fail on any problem seen so far, and start afresh."""
        problems, self.problems = self.problems, []
        assert not problems, "The browser ran into problems:\n" + "\n".join(problems)

    def save(self, directory: Path) -> None:
        """A full-page screenshot and the HTML of every open page, and the
        journey's requests (network.txt)."""
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "network.txt").write_text("\n".join(self.network) + "\n")
        for who, page in self.pages.items():
            with contextlib.suppress(Exception):  # never hide the real failure
                page.screenshot(path=directory / f"{who}.png", full_page=True)
                (directory / f"{who}.html").write_text(page.content())
                (directory / f"{who}.url.txt").write_text(page.url + "\n")


def output_dir(request, tmp_path_factory) -> Path:
    """Where a failing journey leaves its screenshots: $NTM_TEST_OUTPUT, else
    pytest's base temporary directory (under /tmp)."""
    root = os.environ.get("NTM_TEST_OUTPUT")
    base = Path(root) if root else tmp_path_factory.getbasetemp() / "e2e"
    return base / re.sub(r"[^\w.-]+", "_", request.node.name)


@pytest.fixture
def browse(live_server, media, request, tmp_path_factory):
    """`with browse() as journey:` a headless chromium for one journey; on the
    way out it fails the journey on any browser problem, and on any failure
    saves screenshots and HTML and says where."""

    if not Path(CHROMIUM).exists():
        # Never a skip: `make test` installs it (scripts/system-deps).
        pytest.fail(f"{CHROMIUM} is missing: run scripts/system-deps (make test does).")

    @contextlib.contextmanager
    def open_browser() -> Iterator[Journey]:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            journey = Journey(browser, live_server.url)
            try:
                yield journey
                journey.assert_clean()
            except BaseException as error:
                where = output_dir(request, tmp_path_factory)
                journey.save(where)
                print(f"Screenshots and HTML of the failing journey: {where}")
                error.add_note(f"Screenshots and HTML of the failing journey: {where}")
                raise
            finally:
                browser.close()

    return open_browser
