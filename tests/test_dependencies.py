"""The dependency rule (docs/development.md, "Rooms and the dependency rule"):
product apps import only downward, villages ← criteria ← plans ← reports, with
the core `ntm` underneath all of them; the tooling apps ntm.demo and ntm.perf
sit on top and may import anything.

Every module's imports are read with `ast` (module level and inside functions),
so a lazy import does not slip past. KNOWN_UPWARD lists the upward imports the
code still has, each with its reason: the list may only shrink. A new upward
import fails the test, and so does an entry that is no longer needed."""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)

# Lower number = lower floor. A module may import its own floor and below.
LAYERS = {"ntm": 0, "villages": 1, "criteria": 2, "plans": 3, "reports": 4}
# Above every product app: may import anything, and nothing may import them.
TOOLING = ("ntm.demo", "ntm.perf")

# (importing module, imported module): why it is still there. Shrink only.
# Empty since issue 21 part 3 moved the shared helpers into ntm/ (text, xlsx,
# photos, forms, templatetags) and the home page onto the top floor; an entry
# added here needs its reason and an issue to remove it.
KNOWN_UPWARD: dict[tuple[str, str], str] = {}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, module: str):
    """(line, imported module) for every import in the file, at any depth."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module
            yield node.lineno, name


def _is(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _upward(module: str, imported: str) -> bool:
    top = imported.split(".")[0]
    if top not in LAYERS or _is(module, TOOLING):
        return False
    if _is(imported, TOOLING):
        return True
    return LAYERS[top] > LAYERS[module.split(".")[0]]


def upward_imports(root: Path = ROOT) -> dict[tuple[str, str], list[str]]:
    """{(module, imported top-level name as written): ["path:line", ...]}."""
    found: dict[tuple[str, str], list[str]] = {}
    for app in LAYERS:
        for path in sorted((root / app).rglob("*.py")):
            module = _module_name(path, root)
            for line, imported in _imports(path, module):
                if _upward(module, imported):
                    where = f"{path.relative_to(root)}:{line}"
                    found.setdefault((module, imported), []).append(where)
    return found


def test_product_apps_import_only_downward():
    found = upward_imports()
    new = {key: where for key, where in found.items() if key not in KNOWN_UPWARD}
    assert not new, (
        "Upward imports (villages ← criteria ← plans ← reports, ntm under all):\n"
        + (
            "\n".join(
                f"  {m} imports {i}  ({', '.join(w)})"
                for (m, i), w in sorted(new.items())
            )
        )
    )


def test_the_exception_list_only_shrinks():
    stale = sorted(set(KNOWN_UPWARD) - set(upward_imports()))
    assert not stale, (
        "No longer imported upward, remove from KNOWN_UPWARD: "
        + ", ".join(f"{m} → {i}" for m, i in stale)
    )


def test_the_rule_sees_an_upward_import_inside_a_function(tmp_path):
    """The checker itself: a lazy upward import in a throwaway tree is found,
    and a downward one is not."""
    (tmp_path / "villages").mkdir()
    (tmp_path / "villages" / "__init__.py").write_text("")
    (tmp_path / "villages" / "lazy.py").write_text(
        "from ntm.numbers import format_number\n\n"
        "def f():\n    from reports.models import ProgressReport\n    return ProgressReport\n"
    )
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "ok.py").write_text(
        "from . import models\nfrom villages import text\n"
    )
    assert upward_imports(tmp_path) == {
        ("villages.lazy", "reports.models"): ["villages/lazy.py:4"]
    }
