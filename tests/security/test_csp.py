"""Content-Security-Policy: every HTML page of the URL walk carries the header
and nothing the policy would block — no inline <script>, no on*= handlers, no
javascript: URLs, no style="" attributes or <style> blocks — so the browser
runs and styles only our static files."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse

from tests.security.urls import OPEN, POST_ONLY, SCOPED, admin_urls, site_urls

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "hx-get", "hx-post"}


class Inline(HTMLParser):
    """Collects what a strict CSP (script-src/style-src 'self') would block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src"):
            self.problems.append("<script> without src")
        if tag == "style":
            self.problems.append("<style> block")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name == "style":
                self.problems.append(f"<{tag} style=…>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag} {name}=javascript:…>")

    handle_startendtag = handle_starttag


def inline_problems(html: str) -> list[str]:
    parser = Inline()
    parser.feed(html)
    return parser.problems


def test_the_checker_sees_what_the_policy_blocks():
    assert inline_problems(
        '<script>alert(1)</script><p style="color:red" onclick="x()">'
        '<a href=" JavaScript:alert(1)">a</a><style>p{}</style>'
        '<script src="/static/app.js"></script>'
    ) == [
        "<script> without src",
        "<p style=…>",
        "<p onclick=…>",
        "<a href=javascript:…>",
        "<style> block",
    ]


def check(response, name, url) -> list[tuple]:
    if not response["Content-Type"].startswith("text/html"):
        return []
    policy = response.get("Content-Security-Policy", "")
    problems = []
    if not policy:
        problems.append("no Content-Security-Policy header")
    directives = {
        part.split()[0]: part.split()[1:] for part in policy.split(";") if part.split()
    }
    for directive, sources in {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }.items():
        if directives.get(directive) != sources:
            problems.append(f"{directive} is {directives.get(directive)}")
    problems += inline_problems(response.content.decode())
    return [(name, url, response.status_code, p) for p in problems]


def test_every_page_of_the_walk_is_clean_under_the_policy(client, commune_a, owner):
    urls = site_urls(commune_a, set(SCOPED) | set(OPEN)) + admin_urls(commune_a)
    found, pages = [], 0
    for name, url in urls:
        client.force_login(owner)
        response = client.get(url)
        pages += response["Content-Type"].startswith("text/html")
        found += check(response, name, url)
        if name not in POST_ONLY and not name.startswith("admin:"):
            # The same form sent back empty: its error state renders too.
            client.force_login(owner)
            found += check(client.post(url, {}), f"{name} (POST)", url)
    assert found == []
    assert pages > 150  # the walk really rendered the site and the admin


@pytest.mark.parametrize("name", ["login", "admin:login"])
def test_the_login_pages_are_clean_under_the_policy(db, name):
    response = Client().get(reverse(name))
    assert response.status_code == 200
    assert check(response, name, reverse(name)) == []
