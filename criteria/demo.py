"""Demo assessments: where the seed communes and villages stood, from
fixtures/demo/assessments.toml, recorded through the same services as the pages
(criteria.services). Loaded once: a batch already present is left alone, so
that a second `loaddemo` changes nothing."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

from criteria.models import Assessment, CriteriaSet, Indicator
from criteria.selectors import requirement_for
from criteria.services import NUMERIC, assessment_record, assessment_verify
from villages.models import Area
from villages.text import nfc

FILE = Path(settings.BASE_DIR) / "fixtures" / "demo" / "assessments.toml"
KEYS = {
    "area",
    "criteria_set",
    "assessed_on",
    "by",
    "not_met",
    "evidence",
    "verifier",
    "verify",
    "return",
    "demo",
    "why",
}


def _area(names: list[str]) -> Area:
    area = None
    for name in names:
        area = Area.objects.get(parent=area, name=nfc(name))
    return area


def _value(indicator: Indicator, requirement, met: bool) -> Decimal:
    """A value that meets the requirement, or misses it by a clear margin."""
    required = requirement.required_number
    if required is None:
        return Decimal(1 if met else 0)
    comparator = requirement.comparator or indicator.comparator
    if met:
        return required
    margin = max(abs(required) / 10, Decimal(1))
    return required + margin if comparator == "lte" else max(required - margin, 0)


def _batch_load(item: dict, users: dict) -> list[Assessment]:
    unknown = set(item) - KEYS
    if unknown:
        raise ValueError(
            f"assessments.toml: khóa không dùng được: {', '.join(unknown)}."
        )
    area = _area(item["area"])
    criteria_set = CriteriaSet.objects.get(code=item["criteria_set"])
    day = item["assessed_on"]
    indicators = list(
        Indicator.objects.current()
        .filter(criterion__criteria_set=criteria_set)
        .select_related("criterion__criteria_set")
        .prefetch_related("requirements__region")
        .order_by("criterion__number", "order", "code")
    )
    if Assessment.objects.filter(
        area=area, assessed_on=day, indicator__in=indicators
    ).exists():
        return []
    not_met = set(item.get("not_met", []))
    recorded = []
    for indicator in indicators:
        met = not (indicator.code in not_met or indicator.criterion.number in not_met)
        kwargs = {"status": "met" if met else "not_met"}
        if indicator.comparator in NUMERIC:
            requirement = requirement_for(indicator=indicator, area=area, on=day)
            kwargs["value_number"] = _value(indicator, requirement, met)
        recorded.append(
            assessment_record(
                area=area,
                indicator=indicator,
                assessed_on=day,
                user=users[item["by"]],
                evidence=item.get("evidence", ""),
                today=day,
                **kwargs,
            )
        )
    by_code = {a.indicator.code: a for a in recorded}
    for code in item.get("verify", []):
        assessment_verify(
            assessment=by_code[code], user=users[item["verifier"]], verified=True
        )
    for code, comment in item.get("return", {}).items():
        assessment_verify(
            assessment=by_code[code],
            user=users[item["verifier"]],
            verified=False,
            comment=comment,
        )
    return recorded


def assessments_load(path: Path = FILE) -> list[Assessment]:
    """Record the demo assessments (after places, criteria and accounts);
    return those recorded this time."""
    data = tomllib.loads(path.read_text("utf-8"))
    usernames = {item["by"] for item in data["assessments"]} | {
        item["verifier"] for item in data["assessments"] if "verifier" in item
    }
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=usernames)
    }
    recorded = []
    for item in data["assessments"]:
        recorded += _batch_load(item, users)
    return recorded
