"""The query counts written in docs/performance.md ("Query counts") are the
ones the tests pin. Each row of that table is compared with the test's own
constant or parameters, read from the test module (not copied here), so a
count changed in a test without the doc, or in the doc without the test,
fails."""

import re
from pathlib import Path

from django.conf import settings

from tests import test_first_day
from tests.criteria import test_criteria_pages
from tests.plans import test_cosigner_editing, test_plan_pages
from tests.reports import test_dashboards

DOC = Path(settings.BASE_DIR) / "docs" / "performance.md"
ROW = re.compile(
    r"^\| (?P<page>[^|]+?) \| (?P<queries>\d+) \|\s*(?P<rebuild>\d*)\s*\| `"
)


def _parameters(test_function) -> list[tuple]:
    (mark,) = [m for m in test_function.pytestmark if m.name == "parametrize"]
    return list(mark.args[1])


def _one(values: set) -> int:
    """The count, the same at both data sizes (else the test pins growth)."""
    assert len(values) == 1, values
    return values.pop()


def pinned() -> dict[str, tuple[int, int | None]]:
    """{page: (queries, queries with a rebuild or None)} as the tests pin them."""
    boards = _parameters(test_dashboards.test_query_counts_do_not_grow_with_data)
    counts = {}
    for name, label in (
        ("dashboard_district", "district dashboard"),
        ("dashboard_province", "province dashboard"),
    ):
        fresh = _one({f for _, n, _, f in boards if n == name})
        stale = _one({s for _, n, s, _ in boards if n == name})
        counts[label] = (fresh, stale)
    commune = _parameters(test_dashboards.test_commune_dashboard_query_count)
    counts["commune dashboard"] = (_one({n for _, n in commune}), None)
    counts["plan list"] = (test_plan_pages.LIST_QUERIES, None)
    counts["plan page"] = (test_plan_pages.DETAIL_QUERIES, None)
    counts["plan edit page, one or four cosigners"] = (
        test_cosigner_editing.EDIT_QUERIES,
        None,
    )
    counts["criteria board of a commune"] = (test_criteria_pages.BOARD_QUERIES, None)
    counts["criteria matrix of a district"] = (
        test_criteria_pages.MATRIX_QUERIES,
        None,
    )
    roles = {
        "xa.sonbang": "commune official",
        "thon.thinhbang": "village head",
        "tinh.hatinh.duyet": "province reviewer",
        "huyen.huongson": "district history",
        "tinh.langson": "province viewer",
        "tinh.vpdp": "reference manager",
    }
    assert set(roles) == set(test_first_day.HOME_QUERIES), "a role without a row"
    for account, count in test_first_day.HOME_QUERIES.items():
        counts[f"home page, {roles[account]} (`{account}`)"] = (count, None)
    return counts


def documented(text: str) -> dict[str, tuple[int, int | None]]:
    section = text.split("### Query counts", 1)[1]
    counts = {}
    for line in section.splitlines():
        if match := ROW.match(line):
            rebuild = match["rebuild"]
            counts[match["page"]] = (
                int(match["queries"]),
                int(rebuild) if rebuild else None,
            )
    return counts


def test_the_documented_query_counts_are_the_pinned_ones():
    assert documented(DOC.read_text("utf-8")) == pinned()


def test_a_drifted_figure_is_caught():
    text = DOC.read_text("utf-8").replace("| plan list | 4 |", "| plan list | 5 |", 1)
    assert documented(text)["plan list"] == (5, None)
    assert documented(text) != pinned()


REBUILD = re.compile(r"rebuilds the stale ones\s+first \((\d+) queries however many")


def test_the_documented_rebuild_is_the_pinned_difference():
    """ "Freshness" says what a rebuild costs a reader: the pinned "with a
    rebuild" count minus the fresh one, on both dashboards."""
    (stated,) = REBUILD.findall(DOC.read_text("utf-8"))
    counts = pinned()
    for page in ("district dashboard", "province dashboard"):
        fresh, stale = counts[page]
        assert int(stated) == stale - fresh, page
