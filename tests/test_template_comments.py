"""Django's "{# … #}" comment ends on its own line: one written over two
lines is printed on the page as it stands (the import preview showed its
developer note to officials). Longer notes go in {% comment %}."""

from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def template_files():
    for folder in [ROOT / "templates", *ROOT.glob("*/templates")]:
        yield from folder.rglob("*.html")
        yield from folder.rglob("*.txt")


def test_no_template_comment_runs_over_a_line():
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in template_files()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if "{#" in line and "#}" not in line[line.index("{#") :]
    ]
    assert list(template_files())
    assert found == []
