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


# Import cycles -------------------------------------------------------------
# Every module of the project (the product apps and the tooling under ntm/),
# imports inside functions included: a lazy import only postpones a circle, the
# two modules still cannot be read, tested or moved one without the other.
# Code that both sides of a circle need moves down into a module of its own.
PROJECT = tuple(LAYERS)


def _modules(root: Path) -> dict[str, Path]:
    return {
        _module_name(path, root): path
        for app in PROJECT
        for path in sorted((root / app).rglob("*.py"))
    }


def import_graph(root: Path = ROOT) -> dict[str, dict[str, list[str]]]:
    """{module: {imported project module: ["path:line", ...]}}. `from pkg import
    name` leads to the module pkg.name when there is one, else to pkg."""
    modules = _modules(root)
    graph: dict[str, dict[str, list[str]]] = {module: {} for module in modules}
    for module, path in modules.items():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        names = {
            node.lineno: [alias.name for alias in node.names]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
        }
        for line, imported in _imports(path, module):
            targets = [f"{imported}.{name}" for name in names.get(line, [])]
            targets = [t for t in targets if t in modules] or [imported]
            for target in targets:
                if target in modules and target != module:
                    where = f"{path.relative_to(root)}:{line}"
                    graph[module].setdefault(target, []).append(where)
    return graph


def import_cycles(root: Path = ROOT) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each
    sorted: every module of a group reaches every other through imports."""
    graph = import_graph(root)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(groups)


def test_no_import_cycles():
    graph = import_graph()
    lines = []
    for group in import_cycles():
        lines.append("  " + " ↔ ".join(group))
        lines.extend(
            f"    {module} imports {target}  ({', '.join(graph[module][target])})"
            for module in group
            for target in sorted(graph[module])
            if target in group
        )
    assert not lines, "Import cycles (move the shared piece down):\n" + "\n".join(lines)


def test_the_cycle_check_sees_a_lazy_circle(tmp_path):
    """The checker itself: a circle closed by an import inside a function is
    found, through `from package import module` too; a one-way import is not."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "__init__.py").write_text("")
    (tmp_path / "reports" / "a.py").write_text("from reports import b\n")
    (tmp_path / "reports" / "b.py").write_text(
        "from ntm.numbers import x\n\ndef f():\n    from .c import g\n    return g\n"
    )
    (tmp_path / "reports" / "c.py").write_text("import reports.a\n")
    (tmp_path / "reports" / "d.py").write_text("from reports.a import y\n")
    assert import_cycles(tmp_path) == [["reports.a", "reports.b", "reports.c"]]
