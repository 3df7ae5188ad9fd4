"""Plan documents parsed and compared, field by field, with the seed plans as
entered by hand (fixtures/demo/plans): precision and recall are printed (run
with -s to see them) and held at their measured level."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from plans.document_import.parser import parse
from plans.document_import.proposal import propose
from plans.document_import.reader import read_lines
from plans.models import Plan
from villages.text import fold

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
SEED_PLANS = {
    "000": dict(area__name="Thụy Hùng", symbol="KH-UBND"),
    "001": dict(symbol="KH-STNMT", year=2023),
    "002": dict(number="47", symbol="KH-STNMT"),
    "003": dict(number="01", symbol="KH-BCĐ"),
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


def _title(text: str) -> str:
    return fold(text).rstrip(" .;:")


def _score(expected: set, found: set) -> tuple[float, float]:
    hits = len(expected & found)
    precision = hits / len(found) if found else (1.0 if not expected else 0.0)
    recall = hits / len(expected) if expected else 1.0
    return precision, recall


def measure(seed: str) -> dict[str, tuple[float, float]]:
    plan = Plan.objects.filter(**SEED_PLANS[seed]).get()
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    proposal = propose(parse(read_lines(path.read_bytes())), area=plan.area)
    tasks = list(plan.tasks.prefetch_related("coordinating_agencies"))
    expected = {
        "tasks": {(t.number, _title(t.title)) for t in tasks},
        "time frames": {
            (t.number, t.starts_on, t.ends_on) for t in tasks if t.starts_on
        },
        "lead agencies": {
            (t.number, t.lead_agency_id) for t in tasks if t.lead_agency_id
        },
        "coordinating agencies": {
            (t.number, a.pk) for t in tasks for a in t.coordinating_agencies.all()
        },
        "target quantities": {
            (fold(t.name), t.unit, t.quantity.normalize()) for t in plan.targets.all()
        },
    }
    found = {
        "tasks": {(p.parsed.number, _title(p.parsed.title)) for p in proposal.tasks},
        "time frames": {
            (p.parsed.number, p.parsed.starts_on, p.parsed.ends_on)
            for p in proposal.tasks
            if p.parsed.starts_on
        },
        "lead agencies": {
            (p.parsed.number, p.lead.pk) for p in proposal.tasks if p.lead
        },
        "coordinating agencies": {
            (p.parsed.number, a.pk) for p in proposal.tasks for a in p.coordinating
        },
        "target quantities": {
            (fold(t.name), t.unit, t.quantity.normalize())
            for t in proposal.parsed.targets
        },
    }
    return {name: _score(expected[name], found[name]) for name in expected}


# Every field of every seed reaches precision and recall 1.0 (measured with
# `pytest tests/plans/test_document_import.py -s`); less fails.
FIELDS = (
    "tasks",
    "time frames",
    "lead agencies",
    "coordinating agencies",
    "target quantities",
)


@pytest.mark.django_db
@pytest.mark.parametrize("seed", sorted(SEED_PLANS))
def test_each_seed_parses_like_the_hand_entered_plan(demo, seed, capsys):
    scores = measure(seed)
    with capsys.disabled():
        print(f"\nseed {seed}")
        for name, (precision, recall) in scores.items():
            print(f"  {name:<22} precision {precision:6.1%}  recall {recall:6.1%}")
    assert set(scores) == set(FIELDS)
    assert {name: score for name, score in scores.items() if score != (1.0, 1.0)} == {}
