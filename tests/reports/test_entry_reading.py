"""The entry form read back on a POST without building its row fields
(ProgressForm(lean=True), reports/forms.py `_rows_read`) says exactly what
the form's own path says: valid or not, the same errors, cleaned values,
changed fields and what goes to the service, over valid, invalid, hostile
and empty input."""

import random

import pytest
import time_machine
from django.http import QueryDict

from reports.forms import ProgressForm
from reports.models import ProgressReport
from reports.selectors import entry_rows
from tests.reports.conftest import WEEK, at
from tests.reports.test_entry_cards import rows_world  # noqa: F401 (fixture)

TYPED = [
    "",
    "  ",
    "0",
    "12",
    " 7 ",
    "1.500,5",
    "3,25",
    "1,23456",
    "-1",
    "abc",
    "1e5",
    "NaN",
    "Infinity",
    "123456789012345678",
    "152/176",
    "152/",
    "200/100",
    "50%",
    "80 %",
    "0/0",
    "yes",
    "no",
    "maybe",
    "14/03/2023",
    "15/03/2023",
    "31/02/2023",
    "01/01/2099",
    "2023-03-14",
    "<script>alert('x')</script>",
    "Nà Lái đã làm",
    "Na\u0300 La\u0301i",  # decomposed: stored composed
    "\x00",
    "x" * 5000,
]


def _pages(plan, report, editable: bool = True):
    report = ProgressReport.objects.prefetch_related("entries__photos").get(
        pk=report.pk
    )
    rows = entry_rows(plan=plan, period_start=WEEK, report=report)
    pks = {r.village_target.pk for r in rows} if editable else set()
    return rows, pks, report


def _form(rows, pks, report, data, lean):
    return ProgressForm(
        data,
        rows=rows,
        editable=pks,
        report_editable=True,
        report=report,
        lean=lean,
    )


def _as_drawn(rows, pks, report) -> dict[str, str]:
    """The page's form as it was drawn: every field and its hidden copy."""
    form = _form(rows, pks, report, None, False)
    data = {}
    for name, field in form.fields.items():
        if name.startswith("photos_"):
            continue
        value = field.widget.format_value(
            field.prepare_value(form.get_initial_for_field(field, name))
        )
        if isinstance(value, list):
            value = value[0] if value else ""
        data[name] = "" if value is None else str(value)
        if field.show_hidden_initial:
            data[form.add_initial_prefix(name)] = data[name]
    return data


def _posted(data: dict) -> QueryDict:
    posted = QueryDict(mutable=True)
    for name, value in data.items():
        posted[name] = value
    return posted


def _same(rows, pks, report, data) -> bool:
    with time_machine.travel(at(15, 10), tick=False):
        full = _form(rows, pks, report, _posted(data), False)
        lean = _form(rows, pks, report, _posted(data), True)
        valid = full.is_valid()
        assert lean.is_valid() == valid
    assert lean.errors == full.errors
    assert lean.cleaned_data == full.cleaned_data
    assert lean.changed_data == full.changed_data
    assert lean.data == full.data
    if valid:
        assert lean.entry_inputs() == full.entry_inputs()
        assert lean.report_inputs() == full.report_inputs()
        assert lean.task_inputs() == full.task_inputs()
        assert lean.photos() == full.photos()
        # Valid: no row field was built.
        assert not any(name.startswith("amount_") for name in lean.fields)
    return valid


def test_the_page_sent_back_as_drawn(rows_world):  # noqa: F811
    rows, pks, report = _pages(*rows_world)
    data = _as_drawn(rows, pks, report)
    assert _same(rows, pks, report, data)


def test_an_empty_post(rows_world):  # noqa: F811
    rows, pks, report = _pages(*rows_world)
    _same(rows, pks, report, {})


def test_a_post_of_a_read_only_page(rows_world):  # noqa: F811
    rows, pks, report = _pages(*rows_world, editable=False)
    _same(rows, pks, report, {"summary": "x"})


@pytest.mark.parametrize("seed", range(6))
def test_typed_anything(rows_world, seed):  # noqa: F811
    """Every field of every row (and the hidden copies of what was seen, the
    report's text) typed at random from valid, invalid and hostile text."""
    rows, pks, report = _pages(*rows_world)
    drawn = _as_drawn(rows, pks, report)
    rng = random.Random(seed)
    outcomes = set()
    for _ in range(40):
        data = dict(drawn)
        rate = rng.choice([0.02, 0.05, 0.3])
        for name in drawn:
            roll = rng.random()
            if roll < rate:
                data[name] = rng.choice(TYPED)
            elif roll < rate * 1.2:
                del data[name]
        outcomes.add(_same(rows, pks, report, data))
    assert outcomes == {True, False}  # saved and refused both exercised


@pytest.mark.parametrize(
    "typed",
    [
        {"amount": "152/176"},  # the base goes to its box
        {"amount": "152/176", "base": "200"},  # clash
        {"amount": "50%"},
        {"amount": "9", "base": ""},
        {"amount": "30", "base": "20"},
        {"amount": "3", "base": "0"},
        {"amount": "3", "base": "-2"},
        {"done": "yes", "done_on": "14/03/2023"},
        {"done": "no", "done_on": "14/03/2023"},
        {"done": "yes", "done_on": "01/01/2099"},
        {"done": "", "done_on": "31/02/2023"},
        {"note": "\x00"},
        {"version": "abc"},
        {"note": "Na\u0300 La\u0301i"},
    ],
)
def test_each_rule_of_a_row(rows_world, typed):  # noqa: F811
    """One rule at a time, in every row that has the fields."""
    rows, pks, report = _pages(*rows_world)
    drawn = _as_drawn(rows, pks, report)
    for pk in pks:
        data = dict(drawn)
        names = {f"{kind}_{pk}": value for kind, value in typed.items()}
        if not set(names) <= set(drawn):
            continue
        data.update(names)
        _same(rows, pks, report, data)
    rng = random.Random(1)
    data = dict(drawn)
    for pk in rng.sample(sorted(pks), 2):
        data.update({f"{kind}_{pk}": v for kind, v in typed.items()})
    _same(rows, pks, report, data)
