"""The seed plans as demo data: loading fixtures/demo/plans/*.toml (schema at the
top of seed-000-thuy-hung.toml). Runs after the places and the criteria are
loaded, since plans name their areas, bodies, people, documents and criteria.

Loading is idempotent: each row is found by its natural key, validated with
full_clean() and saved only when a value differs, so a second run writes nothing."""

from __future__ import annotations

import datetime
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from criteria.models import CriteriaSet, Indicator, LegalDocument
from ntm.text import nfc
from plans.forms import TaskForm
from plans.models import (
    FundingSource,
    Phase,
    Plan,
    PlanBasis,
    PlanGoal,
    PlanSection,
    Recipient,
    Target,
    Task,
    VillageTarget,
)
from plans.services import allocation_problems
from villages.models import Agency, Area, AreaLevel, Official
from villages.services import DEMO_DIR

PLANS_DIR = DEMO_DIR / "plans"
SEED_CHECK = "Số, ngày, trích yếu như văn bản mẫu trích dẫn (fixtures/seeds)."

# Plan fields copied as they are, text normalised; every other key of [plan] is a
# reference resolved below.
PLAN_TEXT = [
    "doc_type",
    "status",
    "number",
    "symbol",
    "title",
    "place",
    "opening",
    "purpose",
    "requirements",
    "budget_text",
    "signing_authority",
    "signer_title",
    "signer_name",
    "report_period",
    "reporting_text",
]
PLAN_VALUES = [
    "year",
    "issued_on",
    "issue_month",
    "issue_year",
    "report_weekday",
    "report_time",
    "final_report_on",
]


# The keys each table of a plan file may hold. TOML puts a key written after an
# array-of-tables header into that table, so a misplaced key would otherwise be
# ignored without a word.
KEYS = {
    "agencies": None,
    "documents": {
        "number",
        "issuer",
        "doc_type",
        "issued_on",
        "title",
        "verified",
        "source",
    },
    "plan": {
        *PLAN_TEXT,
        *PLAN_VALUES,
        "area",
        "issuing_agency",
        "parent_agency",
        "criteria_set",
        "budget_total",
        "signer_agency",
    },
    "bases": {"relation", "document", "text"},
    "goals": {"area", "kind", "criteria_set", "criteria_count", "target_year", "text"},
    "sections": {"number", "heading", "body"},
    "funding": {"description", "document", "amount", "rate_text"},
    "recipients": {"text", "agency"},
    "phases": {"name", "starts_on", "ends_on"},
    # The task form's fields, but for the official's account (seed files name
    # none) and the status (a seed task starts "not started").
    "tasks": set(TaskForm.Meta.fields) - {"responsible_official", "status"},
    "targets": {
        "name",
        "unit",
        "quantity",
        "counting",
        "higher_is_better",
        "allow_partial",
        "task",
        "phase",
        "note",
        "indicators",
        "allocations",
    },
}


def _keys_check(path: Path, data: dict) -> None:
    unknown = [f"[{table}]" for table in data if table not in KEYS]
    for table, allowed in KEYS.items():
        items = data.get(table, [])
        for item in [items] if isinstance(items, dict) else items:
            if allowed is not None:
                unknown += [f"{table}.{key}" for key in item if key not in allowed]
    if unknown:
        raise ValueError(f"{path.name}: khóa không dùng được: {', '.join(unknown)}.")


def _number(value: Any) -> Decimal | None:
    # TOML floats are binary; go through str so 0.38 stays 0.38.
    return None if value is None or value == "" else Decimal(str(value))


def _text(item: dict, key: str) -> str:
    return nfc(item.get(key, ""))


def _upsert(model: type[models.Model], lookup: dict, fields: dict) -> models.Model:
    """The row of `model` matching `lookup`, created or given `fields`, validated;
    saved only when new or changed, so that auto_now stamps stay put."""
    row = model.objects.filter(**lookup).first()
    if row is not None and all(
        _same(row, name, value) for name, value in fields.items()
    ):
        return row
    row = row or model(**lookup)
    for name, value in fields.items():
        setattr(row, name, value)
    row.full_clean()
    row.save()
    return row


def _same(row: models.Model, name: str, value: Any) -> bool:
    field = row._meta.get_field(name)
    if field.is_relation:
        return getattr(row, field.attname) == (value.pk if value else None)
    return getattr(row, name) == value


class _Resolver:
    """Turns the names a plan file uses into rows: areas by their path of names,
    agencies by the file's [agencies] table, documents by (number, issuer)."""

    def __init__(self, path: Path, data: dict):
        self.path = path
        self.agency_refs = data.get("agencies", {})
        self.areas: dict[tuple[str, ...], Area] = {}
        self.agencies: dict[str, Agency] = {}

    def fail(self, message: str) -> ValueError:
        return ValueError(f"{self.path.name}: {message}")

    def area(self, names: list[str]) -> Area:
        key = tuple(nfc(name) for name in names)
        if key not in self.areas:
            parent = None
            for depth in range(len(key)):
                candidates = list(Area.objects.filter(parent=parent, name=key[depth]))
                if len(candidates) != 1:
                    found = "không có" if not candidates else "có nhiều"
                    raise self.fail(
                        f"{found} địa bàn “{' / '.join(key[: depth + 1])}”."
                    )
                parent = candidates[0]
            self.areas[key] = parent
        return self.areas[key]

    def agency(self, key: str | None) -> Agency | None:
        if not key:
            return None
        if key not in self.agencies:
            ref = self.agency_refs.get(key)
            if ref is None:
                raise self.fail(f"chưa khai báo cơ quan “{key}” trong [agencies].")
            agency = Agency.objects.filter(
                area=self.area(ref["area"]), name=nfc(ref["name"])
            ).first()
            if agency is None:
                raise self.fail(f"không có cơ quan “{ref['name']}”.")
            self.agencies[key] = agency
        return self.agencies[key]

    def document(self, ref: dict | None) -> LegalDocument | None:
        if not ref:
            return None
        document = LegalDocument.objects.filter(
            number=nfc(ref["number"]), issuer=nfc(ref["issuer"])
        ).first()
        if document is None:
            raise self.fail(f"không có văn bản {ref['number']} của {ref['issuer']}.")
        return document

    def criteria_set(self, code: str | None) -> CriteriaSet | None:
        if not code:
            return None
        criteria_set = CriteriaSet.objects.current_versions().filter(code=code).first()
        if criteria_set is None:
            raise self.fail(f"không có bộ tiêu chí “{code}”.")
        return criteria_set

    def official(self, agency: Agency | None, name: str) -> Official | None:
        if agency is None or not name:
            return None
        official = Official.objects.filter(agency=agency, full_name=nfc(name)).first()
        if official is None:
            raise self.fail(f"không có người ký “{name}” ở {agency}.")
        return official


@transaction.atomic
def plans_load(directory: Path | None = None) -> list[Plan]:
    """Create or update the plan of every file in fixtures/demo/plans (or
    `directory`), in file-name order; return the plans."""
    directory = directory or PLANS_DIR
    return [
        _plan_load(path, tomllib.loads(path.read_text("utf-8")))
        for path in sorted(directory.glob("*.toml"))
    ]


def _plan_load(path: Path, data: dict) -> Plan:
    _keys_check(path, data)
    resolve = _Resolver(path, data)
    for item in data.get("documents", []):
        lookup = {"number": nfc(item["number"]), "issuer": nfc(item["issuer"])}
        fields = {
            "doc_type": item["doc_type"],
            "issued_on": item.get("issued_on"),
            "title": _text(item, "title"),
            "verified": bool(item.get("verified", False)),
            "source": _text(item, "source"),
        }
        if fields["verified"]:
            # Checked against the seed plan that quotes it (criteria.models.
            # Provenance: a verified row names its check).
            existing = LegalDocument.objects.filter(**lookup).first()
            fields["checked_at"] = (existing and existing.checked_at) or timezone.now()
            fields["check_note"] = SEED_CHECK
        _upsert(LegalDocument, lookup, fields)
    plan = _plan_upsert(resolve, data["plan"])
    _parts_load(resolve, plan, data)
    tasks = {
        item["number"]: _task_upsert(resolve, plan, item, order)
        for order, item in enumerate(data.get("tasks", []), start=1)
    }
    phases = {}
    for item in data.get("phases", []):
        phases[item["name"]] = _upsert(
            Phase,
            {"plan": plan, "name": nfc(item["name"])},
            {
                "order": len(phases) + 1,
                "starts_on": item["starts_on"],
                "ends_on": item["ends_on"],
            },
        )
    seen = set()
    for order, item in enumerate(data.get("targets", []), start=1):
        key = (nfc(item["name"]), nfc(item["unit"]))
        if key in seen:
            raise resolve.fail(f"chỉ tiêu “{key[0]}” ({key[1]}) ghi hai lần.")
        seen.add(key)
        _target_upsert(resolve, plan, item, order, tasks, phases)
    return plan


def _default(name: str) -> Any:
    return Plan._meta.get_field(name).get_default()


def _plan_upsert(resolve: _Resolver, item: dict) -> Plan:
    issuing_agency = resolve.agency(item["issuing_agency"])
    signer_agency = resolve.agency(item.get("signer_agency"))
    # A key the file leaves out takes the model's default, so removing a value
    # from the file removes it from the plan.
    fields = {name: nfc(item.get(name, _default(name))) for name in PLAN_TEXT}
    fields |= {name: item.get(name, _default(name)) for name in PLAN_VALUES}
    fields |= {
        "area": resolve.area(item["area"]),
        "parent_agency": resolve.agency(item.get("parent_agency")),
        "criteria_set": resolve.criteria_set(item.get("criteria_set")),
        "budget_total": _number(item.get("budget_total")),
        "signer": resolve.official(signer_agency, item.get("signer_name", "")),
    }
    return _upsert(
        Plan,
        {
            "issuing_agency": issuing_agency,
            "symbol": fields.pop("symbol"),
            "year": fields.pop("year"),
            "title": fields.pop("title"),
        },
        fields,
    )


def _parts_load(resolve: _Resolver, plan: Plan, data: dict) -> None:
    """Bases, goals, sections, funding and recipients: parts of the text, matched
    by their position, with any row past the end of the file's list removed."""
    parts = {
        PlanBasis: [
            {
                "relation": item["relation"],
                "document": resolve.document(item["document"]),
                "text": _text(item, "text"),
            }
            for item in data.get("bases", [])
        ],
        PlanGoal: [
            {
                "area": resolve.area(item["area"]),
                "kind": item["kind"],
                "criteria_set": resolve.criteria_set(item.get("criteria_set")),
                "criteria_count": item.get("criteria_count"),
                "target_year": item.get("target_year"),
                "text": _text(item, "text"),
            }
            for item in data.get("goals", [])
        ],
        PlanSection: [
            {
                "number": _text(item, "number"),
                "heading": _text(item, "heading"),
                "body": _text(item, "body"),
            }
            for item in data.get("sections", [])
        ],
        FundingSource: [
            {
                "description": _text(item, "description"),
                "document": resolve.document(item.get("document")),
                "amount": _number(item.get("amount")),
                "rate_text": _text(item, "rate_text"),
            }
            for item in data.get("funding", [])
        ],
        Recipient: [
            {"text": _text(item, "text"), "agency": resolve.agency(item.get("agency"))}
            for item in data.get("recipients", [])
        ],
    }
    for model, rows in parts.items():
        for order, fields in enumerate(rows, start=1):
            _upsert(model, {"plan": plan, "order": order}, fields)
        model.objects.filter(plan=plan, order__gt=len(rows)).delete()


def _task_upsert(resolve: _Resolver, plan: Plan, item: dict, order: int) -> Task:
    task = _upsert(
        Task,
        {"plan": plan, "number": nfc(item["number"])},
        {
            "order": order,
            "title": _text(item, "title"),
            "description": _text(item, "description"),
            "starts_on": item.get("starts_on"),
            "ends_on": item.get("ends_on"),
            "time_text": _text(item, "time_text"),
            "frequency_text": _text(item, "frequency_text"),
            "lead_agency": resolve.agency(item.get("lead_agency")),
            "responsible_text": _text(item, "responsible_text"),
            "method": _text(item, "method"),
            "participants": _text(item, "participants"),
        },
    )
    task.coordinating_agencies.set(
        [resolve.agency(key) for key in item.get("coordinating_agencies", [])]
    )
    task.indicators.set(_indicators(resolve, plan, item.get("indicators", [])))
    return task


def _indicators(resolve: _Resolver, plan: Plan, codes: list[str]) -> list[Indicator]:
    """The indicators of the plan's criteria set with these codes, in the wording
    in force during the plan year (an amended wording is a row of its own)."""
    if not codes:
        return []
    if plan.criteria_set is None:
        raise resolve.fail("nhiệm vụ ghi chỉ tiêu nhưng kế hoạch không có bộ tiêu chí.")
    start, end = datetime.date(plan.year, 1, 1), datetime.date(plan.year, 12, 31)
    found = Indicator.objects.filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=end),
        Q(valid_to__isnull=True) | Q(valid_to__gte=start),
        criterion__criteria_set=plan.criteria_set,
        code__in=codes,
    )
    by_code = {indicator.code: indicator for indicator in found}
    if len(by_code) != len(set(codes)) or len(found) != len(by_code):
        missing = sorted(set(codes) - set(by_code))
        raise resolve.fail(
            f"chỉ tiêu {', '.join(missing) or codes} không có, hoặc có hai cách ghi "
            f"trong năm {plan.year}, ở bộ {plan.criteria_set.code}."
        )
    return [by_code[code] for code in codes]


def _target_upsert(
    resolve: _Resolver,
    plan: Plan,
    item: dict,
    order: int,
    tasks: dict[str, Task],
    phases: dict[str, Phase],
) -> Target:
    """A target and its split across the villages of the plan's area. The split
    follows the same rule as a form: it adds up unless allow_partial says why not."""
    for key, known in (("task", tasks), ("phase", phases)):
        if item.get(key) and item[key] not in known:
            raise resolve.fail(
                f"chỉ tiêu “{item['name']}”: không có {key} “{item[key]}”."
            )
    fields = {
        "order": order,
        "quantity": _number(item["quantity"]),
        "counting": item.get("counting", "increment"),
        "higher_is_better": item.get("higher_is_better", True),
        "allow_partial": item.get("allow_partial", False),
        "task": tasks[item["task"]] if item.get("task") else None,
        "phase": phases[item["phase"]] if item.get("phase") else None,
        "note": _text(item, "note"),
    }
    lookup = {"plan": plan, "name": nfc(item["name"]), "unit": nfc(item["unit"])}
    villages = {
        village.name: village
        for village in plan.area.children.filter(level=AreaLevel.VILLAGE)
    }
    allocations = {}
    for name, quantity in item.get("allocations", {}).items():
        if nfc(name) not in villages:
            raise resolve.fail(f"“{name}” không phải thôn của {plan.area}.")
        allocations[villages[nfc(name)]] = _number(quantity)
    problems = allocation_problems(
        target=Target(**lookup, **fields), allocations=allocations
    )
    if problems:
        raise ValidationError(
            [f"{resolve.path.name}, “{item['name']}”: {p}" for p in problems]
        )
    target = _upsert(Target, lookup, fields)
    target.indicators.set(_indicators(resolve, plan, item.get("indicators", [])))
    for village, quantity in allocations.items():
        _upsert(
            VillageTarget,
            {"target": target, "village": village},
            {"quantity": quantity},
        )
    target.allocations.exclude(village__in=list(allocations)).delete()
    return target
