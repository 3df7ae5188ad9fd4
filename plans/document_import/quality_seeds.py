"""The four seed plans read by the import and compared, field by field, with
the same plans entered by hand (fixtures/demo/plans, loaded by loaddemo):
tasks, time frames, lead and coordinating agencies, target quantities."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from ntm.documents import read_document
from ntm.text import fold
from plans.document_import.parser import parse
from plans.document_import.proposal import propose
from plans.models import Plan

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
SEED_PLANS = {
    "000": dict(area__name="Thụy Hùng", symbol="KH-UBND", year=2023),
    "001": dict(symbol="KH-STNMT", year=2023),
    "002": dict(number="47", symbol="KH-STNMT"),
    "003": dict(number="01", symbol="KH-BCĐ", year=2023),
}
SEED_FIELDS = (
    "tasks",
    "time frames",
    "lead agencies",
    "coordinating agencies",
    "target quantities",
)


def seeds_loaded() -> bool:
    return all(
        Plan.objects.filter(**where).count() == 1 for where in SEED_PLANS.values()
    )


def _title(text: str) -> str:
    return fold(text).rstrip(" .;:")


def _score(expected: set, found: set) -> tuple[float, float]:
    hits = len(expected & found)
    precision = hits / len(found) if found else (1.0 if not expected else 0.0)
    recall = hits / len(expected) if expected else 1.0
    return precision, recall


def measure_seed(seed: str) -> dict[str, tuple[float, float]]:
    """(precision, recall) per field of seed `seed` ("000" … "003")."""
    plan = Plan.objects.filter(**SEED_PLANS[seed]).get()
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    proposal = propose(
        parse(read_document(path.name, path.read_bytes())), area=plan.area
    )
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
            if t.quantity is not None
        },
    }
    return {name: _score(expected[name], found[name]) for name in SEED_FIELDS}
