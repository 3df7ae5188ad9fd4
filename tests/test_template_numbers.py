"""A number drawn into an HTML attribute is read back by a machine: a form
posts it, a link carries it, a browser sizes an image by it. With the
thousands separator on (settings.USE_THOUSAND_SEPARATOR, for the figures
people read), Django draws 1058 as "1.058", and the district's reopen found
no plan once a province had more than 999 (tests/conftest.py numbers every
table from 10,000 so that the flows see it too). Every id, count, version,
index or size in an attribute goes through `unlocalize`."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
ATTRIBUTE = re.compile(r'\s[\w:-]+="([^"]*)"')
VARIABLE = re.compile(r"\{\{\s*([^}]+?)\s*\}\}")
# The shapes of the numbers the templates draw into attributes.
NUMBER = re.compile(
    r"^(?:i|number|[\w.]*\.(?:pk|id|version|index|width|height|rowspan|colspan|depth)"
    r"|[\w.]*_id|[\w.]*page_number|[\w.]*\|length|[\w.]*\.(?:met|met_count|indicators)"
    r"|line\.number)(?:\|(?!unlocalize)[\w:]+)*$"
)


def numbers_drawn_localized(text: str) -> list[str]:
    found = []
    for value in ATTRIBUTE.findall(text):
        for expression in VARIABLE.findall(value):
            if NUMBER.match(expression):
                found.append(expression)
    return found


def test_numbers_in_attributes_are_unlocalized():
    offenders = {
        str(path.relative_to(TEMPLATES)): found
        for path in sorted(TEMPLATES.rglob("*.html"))
        if (found := numbers_drawn_localized(path.read_text("utf-8")))
    }
    assert offenders == {}


def test_the_check_sees_a_localized_id():
    html = '<input name="plans" value="{{ row.plan.pk }}" max="{{ tasks|length }}">'
    assert numbers_drawn_localized(html) == ["row.plan.pk", "tasks|length"]
    fixed = '<input name="plans" value="{{ row.plan.pk|unlocalize }}">'
    assert numbers_drawn_localized(fixed) == []
    # Text people read keeps its separators.
    assert numbers_drawn_localized("<td>{{ row.plan.pk }}</td>") == []
