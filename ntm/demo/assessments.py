"""Demo assessments: where the seed communes and villages stood, from
fixtures/demo/assessments.toml, recorded through the same services as the pages
(criteria.services). Loaded once: a batch already present is left alone, so
that a second `loaddemo` changes nothing.

A numeric indicator whose requirement is unknown is never given one: it is
recorded only where the batch names a demo figure for it (`values`), and then
gets no verdict ("chưa có mức yêu cầu"); otherwise it stays unassessed.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

from criteria.groups import GroupFacts, commune_group_assign
from criteria.models import Assessment, CriteriaSet, Indicator
from criteria.selectors import requirement_for
from criteria.services import NUMERIC, assessment_record, assessment_verify
from ntm.text import nfc
from villages.models import Area

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
    "values",
}
GROUP_KEYS = {
    "area",
    "group",
    "valid_from",
    "basis",
    "minority_zone",
    "next_to_urban",
    "agriculture_share",
    "new_urban",
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
    comparator = requirement.comparator or indicator.comparator
    margin = max(abs(required) / 10, Decimal(1))
    above, below = required + margin, max(required - margin, 0)
    return {
        "gte": (required, below),
        "eq": (required, below),
        "lte": (required, above),
        "gt": (above, required),
        "lt": (below, required),
    }[comparator][0 if met else 1]


def _batch_load(item: dict, users: dict) -> list[Assessment]:
    unknown = set(item) - KEYS
    if unknown:
        raise ValueError(
            f"assessments.toml: khóa không dùng được: {', '.join(unknown)}."
        )
    area = _area(item["area"])
    criteria_set = CriteriaSet.objects.current_versions().get(code=item["criteria_set"])
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
    figures = {
        code: Decimal(str(value)) for code, value in item.get("values", {}).items()
    }
    recorded = []
    for indicator in indicators:
        met = not (indicator.code in not_met or indicator.criterion.number in not_met)
        kwargs = {"status": "met" if met else "not_met"}
        if indicator.comparator in NUMERIC:
            requirement = requirement_for(indicator=indicator, area=area, on=day)
            if indicator.code in figures:
                kwargs["value_number"] = figures[indicator.code]
            elif requirement.has_requirement:
                kwargs["value_number"] = _value(indicator, requirement, met)
            else:
                continue  # no level known and no demo figure: not assessed
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


def _groups_load(items: list[dict]) -> None:
    """The demo communes' QĐ 51 groups, through the same rule as the page."""
    for item in items:
        unknown = set(item) - GROUP_KEYS
        if unknown:
            raise ValueError(
                f"assessments.toml: khóa không dùng được: {', '.join(unknown)}."
            )
        area = _area(item["area"])
        if area.group_assignments.filter(valid_from=item["valid_from"]).exists():
            continue
        share = item.get("agriculture_share")
        commune_group_assign(
            area=area,
            facts=GroupFacts(
                minority_zone=item.get("minority_zone"),
                next_to_urban=item.get("next_to_urban", False),
                agriculture_share=None if share is None else Decimal(str(share)),
                new_urban=item.get("new_urban", False),
            ),
            valid_from=item["valid_from"],
            basis=item["basis"],
            group=item.get("group"),
            user=None,
            check_scope=False,
        )


def assessments_load(path: Path = FILE) -> list[Assessment]:
    """Record the demo commune groups and assessments (after places, criteria
    and accounts); return the assessments recorded this time."""
    data = tomllib.loads(path.read_text("utf-8"))
    _groups_load(data.get("commune_groups", []))
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
