"""A browser, as far as the server can tell: its own cookies, the CSRF token
from the page, every field of a form sent back as the page had it (hidden
initial values and versions included, empty file inputs too) and encoded as
the page and its script send it, Origin and Referer on POSTs, redirects
followed by the caller. Pages are read with regular expressions, not a DOM:
the client shares the machine's cores with the server and must cost it as
little as possible."""

from __future__ import annotations

import html
import math
import re
import secrets
import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode, urljoin

import aiohttp

FORM_RE = re.compile(r"<form\b(?P<attrs>[^>]*)>(?P<body>.*?)</form>", re.S | re.I)
FIELD_RE = re.compile(
    r"<input\b(?P<input>[^>]*)>"
    r"|<textarea\b(?P<textarea>[^>]*)>(?P<text>.*?)</textarea>"
    r"|<select\b(?P<select>[^>]*)>(?P<options>.*?)</select>",
    re.S | re.I,
)
OPTION_RE = re.compile(r"<option\b(?P<attrs>[^>]*)>", re.S | re.I)
BUTTON_RE = re.compile(r"<button\b(?P<attrs>[^>]*)>", re.S | re.I)
ATTR_RE = re.compile(
    r"""(?P<name>[^\s=/>"']+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+)))?"""
)
STATIC_RE = re.compile(r"""(?:href|src)="(/static/[^"]+)\"""")
ALERT_RE = re.compile(
    r'class="alert alert-(?:danger|warning)[^"]*"[^>]*>(.*?)</div>', re.S
)
NO_SUBMIT = {"submit", "button", "image", "reset"}


def _attrs(text: str) -> dict[str, str]:
    return {
        m["name"].lower(): html.unescape(m["dq"] or m["sq"] or m["bare"] or "")
        for m in ATTR_RE.finditer(text)
    }


@dataclass
class Form:
    action: str
    multipart: bool
    # (name, value) in document order; value None: an empty file input
    fields: list[tuple[str, str | None]]
    # where the form's buttons that have their own `formaction` send it
    button_actions: list[str] = field(default_factory=list)
    # data-multipart-only-with-files: the page's script (static/js/entry.js)
    # sends it urlencoded when no file is chosen
    multipart_only_with_files: bool = False

    def names(self) -> set[str]:
        return {name for name, _ in self.fields}

    def filled(self, values: dict[str, str]) -> list[tuple[str, str | None]]:
        """The fields with `values` typed in; every name must be on the form."""
        missing = values.keys() - self.names()
        if missing:
            raise KeyError(f"không có trên biểu mẫu: {sorted(missing)}")
        return [(name, values.get(name, value)) for name, value in self.fields]


def parse_forms(page: str, url: str) -> list[Form]:
    """The forms of `page` and what a browser would send for each, untouched:
    disabled fields and unchecked boxes left out, buttons left out (ours have
    no name; their `formaction` is kept apart), a select's selected option
    (else its first), a textarea's text without the newline that follows its
    start tag."""
    forms = []
    for match in FORM_RE.finditer(page):
        form = _attrs(match["attrs"])
        fields: list[tuple[str, str | None]] = []
        for item in FIELD_RE.finditer(match["body"]):
            attrs = _attrs(item["input"] or item["textarea"] or item["select"] or "")
            name = attrs.get("name")
            if not name or "disabled" in attrs:
                continue
            if item["input"] is not None:
                kind = attrs.get("type", "text").lower()
                if kind in NO_SUBMIT:
                    continue
                if kind in {"checkbox", "radio"}:
                    if "checked" in attrs:
                        fields.append((name, attrs.get("value", "on")))
                elif kind == "file":
                    fields.append((name, None))
                else:
                    fields.append((name, attrs.get("value", "")))
            elif item["textarea"] is not None:
                text = html.unescape(item["text"])
                fields.append((name, text[1:] if text.startswith("\n") else text))
            else:
                options = [
                    _attrs(o["attrs"]) for o in OPTION_RE.finditer(item["options"])
                ]
                chosen = [o for o in options if "selected" in o] or options[:1]
                fields.extend((name, o.get("value", "")) for o in chosen)
        buttons = (_attrs(b["attrs"]) for b in BUTTON_RE.finditer(match["body"]))
        forms.append(
            Form(
                action=urljoin(url, form.get("action") or url),
                multipart=form.get("enctype", "").lower() == "multipart/form-data",
                fields=fields,
                button_actions=[
                    urljoin(url, b["formaction"]) for b in buttons if "formaction" in b
                ],
                multipart_only_with_files="data-multipart-only-with-files" in form,
            )
        )
    return forms


def encode(form: Form, fields: list[tuple[str, str | None]]) -> tuple[bytes, str]:
    """The request body and its content type, as a browser encodes the form
    (running the page's script: see Form.multipart_only_with_files). The
    client never chooses a file: an empty file input is an empty file part of
    a multipart body, an empty value of an urlencoded one. Newlines go as
    CRLF in both, as browsers send them."""
    fields = [(name, None if value is None else _crlf(value)) for name, value in fields]
    if not form.multipart or form.multipart_only_with_files:
        body = urlencode([(n, "" if v is None else v) for n, v in fields])
        return body.encode(), "application/x-www-form-urlencoded"
    boundary = "----ntmload" + secrets.token_hex(12)
    parts = []
    for name, value in fields:
        if value is None:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                'filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n'
            )
        else:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
                f"\r\n\r\n{value}\r\n"
            )
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode(), f"multipart/form-data; boundary={boundary}"


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


@dataclass
class Sample:
    phase: str
    kind: str
    ms: float
    ok: bool


@dataclass
class Recorder:
    """Every request's phase, kind, time and outcome; the first problems in words."""

    samples: list[Sample] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failed: int = 0

    def add(
        self, phase: str, kind: str, ms: float, ok: bool, problem: str = ""
    ) -> None:
        self.samples.append(Sample(phase, kind, ms, ok))
        if not ok:
            self.fail(problem)

    def fail(self, problem: str) -> None:
        """A failure that is not a request's: a page without the form it should have."""
        self.failed += 1
        if len(self.problems) < 20:
            self.problems.append(problem)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class KindStats:
    kind: str
    count: int
    errors: int
    p50: float
    p95: float
    max: float


def summarize(samples: list[Sample]) -> list[KindStats]:
    """Per kind of request, in order of first appearance: count, errors, and
    p50 / p95 / max latency in ms."""
    kinds: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        kinds[sample.kind].append(sample)
    return [
        KindStats(
            kind=kind,
            count=len(items),
            errors=sum(not s.ok for s in items),
            p50=percentile([s.ms for s in items], 0.5),
            p95=percentile([s.ms for s in items], 0.95),
            max=max(s.ms for s in items),
        )
        for kind, items in kinds.items()
    ]


@dataclass
class Page:
    status: int
    url: str
    text: str
    location: str | None


class Browser:
    """One person's browser."""

    def __init__(
        self,
        base: str,
        connector: aiohttp.BaseConnector,
        recorder: Recorder,
        *,
        timeout: float,
    ):
        self.base = base
        self.recorder = recorder
        self.referer: str | None = None
        self.cached: set[str] = set()
        self.session = aiohttp.ClientSession(
            connector=connector,
            connector_owner=False,
            # unsafe: keep cookies of an IP address; the session and CSRF
            # cookies are Secure (production settings) and the browser would
            # send them to 127.0.0.1, which it treats as a secure origin.
            cookie_jar=aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[base]),
            timeout=aiohttp.ClientTimeout(total=timeout),
            headers={"User-Agent": "ntm-loadtest", "Accept-Language": "vi"},
        )

    async def close(self) -> None:
        await self.session.close()

    async def get(
        self, phase: str, kind: str, url: str, *, expect: int = 200
    ) -> Page | None:
        return await self._request(phase, kind, "GET", url, expect=expect)

    async def post(
        self,
        phase: str,
        kind: str,
        form: Form,
        fields,
        *,
        action: str | None = None,
        expect: int = 302,
    ) -> Page | None:
        """Send `form` with `fields`, to its action or a button's `action`."""
        body, content_type = encode(form, fields)
        return await self._request(
            phase,
            kind,
            "POST",
            action or form.action,
            body=body,
            content_type=content_type,
            expect=expect,
        )

    async def follow(self, phase: str, kind: str, page: Page) -> Page | None:
        """GET the redirect target of `page`, as the browser does after a POST."""
        return await self.get(phase, kind, page.location or "")

    async def statics(self, phase: str, page: Page) -> None:
        """The stylesheets and scripts a page links to, once per browser (then
        cached: WhiteNoise sends them with a year's max-age)."""
        for path in STATIC_RE.findall(page.text):
            if path not in self.cached:
                self.cached.add(path)
                await self._request(
                    phase, "Tệp tĩnh (CSS, JS)", "GET", path, expect=200
                )

    async def _request(
        self,
        phase: str,
        kind: str,
        method: str,
        url: str,
        *,
        expect: int,
        body: bytes | None = None,
        content_type: str = "",
    ) -> Page | None:
        url = urljoin(self.base + "/", url)
        # What the request is, for the server's CPU by kind (hooks.py).
        headers = {"X-Ntm-Load": quote(f"{phase}|{kind}")}
        if self.referer:
            headers["Referer"] = self.referer
        if method == "POST":
            headers["Origin"] = self.base
            headers["Content-Type"] = content_type
        started = time.perf_counter()
        try:
            async with self.session.request(
                method, url, data=body, headers=headers, allow_redirects=False
            ) as response:
                raw = await response.read()
                status = response.status
                location = response.headers.get("Location")
                is_html = response.content_type == "text/html"
        except (aiohttp.ClientError, TimeoutError) as error:
            ms = (time.perf_counter() - started) * 1000
            self.recorder.add(
                phase, kind, ms, False, f"{kind} {url}: {type(error).__name__} {error}"
            )
            return None
        ms = (time.perf_counter() - started) * 1000
        text = raw.decode("utf-8", "replace") if is_html else ""
        ok = status == expect
        if not ok:
            alert = ALERT_RE.search(text)
            said = f" – {' '.join(alert[1].split())[:300]}" if alert else ""
            self.recorder.add(
                phase, kind, ms, False, f"{kind} {url}: HTTP {status}{said}"
            )
            return None
        self.recorder.add(phase, kind, ms, True)
        if is_html and method == "GET" and status == 200:
            self.referer = url
        return Page(status, url, text, urljoin(url, location) if location else None)
