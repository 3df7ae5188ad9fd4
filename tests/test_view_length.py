"""Thin views (docs/development.md, "Where each kind of code goes"): a view
reads the request, calls one selector or one service, and renders. Every
function in a views module (views.py, *_views.py, and a views.py inside a
package), its helpers and methods included, stays within MAX_LINES; work that
needs more goes to a selector, a service or a form.

EXEMPT would name a function still over the limit, with its reason; it is
empty (the weekly entry was thinned in its own issue) and may only stay so:
an entry that fits again fails the test."""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = ("ntm", "villages", "criteria", "plans", "reports")
TOOLING = ("ntm/demo", "ntm/perf")
MAX_LINES = 40

# "path:function": why it is still longer. Shrink only.
EXEMPT: dict[str, str] = {}


def _views_modules(root: Path):
    for app in APPS:
        for path in sorted((root / app).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if relative.startswith(TOOLING):
                continue
            if path.name == "views.py" or path.name.endswith("_views.py"):
                yield relative, path


def long_functions(root: Path = ROOT, limit: int = MAX_LINES) -> dict[str, int]:
    """{"path:function": lines} for every function of a views module over
    `limit` lines (decorators and docstring included)."""
    found = {}
    for relative, path in _views_modules(root):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno] + [d.lineno for d in node.decorator_list])
                length = node.end_lineno - first + 1
                if length > limit:
                    found[f"{relative}:{node.name}"] = length
    return found


def test_no_view_function_is_over_40_lines():
    found = long_functions()
    over = {name: n for name, n in found.items() if name not in EXEMPT}
    assert not over, (
        f"View functions over {MAX_LINES} lines (move the work to a selector, "
        "a service or a form):\n"
        + "\n".join(f"  {name}: {n} lines" for name, n in sorted(over.items()))
    )


def test_the_exemptions_only_shrink():
    stale = sorted(set(EXEMPT) - set(long_functions()))
    assert not stale, "Within the limit now, remove from EXEMPT: " + ", ".join(stale)


def test_the_walk_finds_a_long_helper_in_a_views_module(tmp_path):
    (tmp_path / "plans").mkdir()
    body = "\n".join(f"    x = {n}" for n in range(40))
    (tmp_path / "plans" / "thing_views.py").write_text(
        f"def short():\n    return 1\n\n\ndef _long(request):\n{body}\n    return x\n"
    )
    (tmp_path / "plans" / "services.py").write_text(
        f"def _long_service():\n{body}\n    return x\n"
    )
    assert long_functions(tmp_path) == {"plans/thing_views.py:_long": 42}
