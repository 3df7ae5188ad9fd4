"""Reading the shipped reference data (fixtures/reference/criteria/*.toml).

A file holds one legal document and the sets it issues; fixtures/reference/
README.md gives the schema. Nothing is flagged verified without a citation a
reviewer can open: an entry with `verified = true` must name an http(s)
address in its `source`, must not be a paraphrase, and takes its check date and
note from the file's `[check]` table. A file that breaks this is refused.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from criteria.loading.parsed import (
    Level,
    ParsedCriterion,
    ParsedField,
    ParsedIndicator,
    ParsedRequirement,
    ParsedSet,
    Source,
)
from ntm.text import nfc

URL = re.compile(r"https?://\S+")


class FixtureError(ValueError):
    """A reference file that breaks the rules above; str() says where."""


@dataclass
class DocumentData:
    number: str
    doc_type: str
    issuer: str
    issued_on: datetime.date | None = None
    effective_on: datetime.date | None = None
    title: str = ""
    amends: list[str] = field(default_factory=list)
    source: Source = field(default_factory=Source)


@dataclass
class SetMeta:
    """A set's own facts (not its rows): what a version is of."""

    code: str
    name: str
    level: str
    period_start: int
    period_end: int
    subject_level: str = "commune"
    dimension: str = "none"
    parent: str = ""  # code of the set it refines
    inherit: bool = False
    province: str = ""  # province name for a provincial set
    note: str = ""
    expected_criteria: int | None = None
    expected_indicators: int | None = None
    source: Source = field(default_factory=Source)


def _number(value: Any) -> Decimal | None:
    # TOML floats are binary; go through str so 0.38 stays 0.38.
    return None if value is None or value == "" else Decimal(str(value))


class _Reader:
    def __init__(self, path, data: dict):
        self.path = path
        check = data.get("check", {})
        self.checked_on = check.get("on")
        self.check_note = nfc(check.get("note", ""))

    def source(self, item: dict, label: str, default: str = "", document="") -> Source:
        verified = bool(item.get("verified", False))
        source = Source(
            source=nfc(item.get("source", default)),
            document=item.get("source_document", document),
            part=nfc(item.get("source_part", "")),
            locator=nfc(item.get("source_locator", "")),
            paraphrase=bool(item.get("paraphrase", False)),
            verified=verified,
            checked_on=item.get("checked_on", self.checked_on) if verified else None,
            check_note=self.check_note if verified else "",
        )
        if verified:
            where = f"{self.path.name}, {label}"
            if source.paraphrase:
                raise FixtureError(
                    f"{where}: diễn giải (paraphrase) không được đánh dấu đã đối chiếu."
                )
            if not URL.search(source.source):
                raise FixtureError(
                    f"{where}: đánh dấu đã đối chiếu nhưng nguồn không có đường dẫn "
                    "(http…) để người rà soát mở lại."
                )
            if not source.checked_on:
                raise FixtureError(
                    f"{where}: đánh dấu đã đối chiếu nhưng tệp không có [check] on = "
                    "ngày đối chiếu."
                )
        return source

    def level(self, item: dict) -> Level | None:
        if "comparator" not in item:
            return None
        return Level(
            comparator=item["comparator"],
            number=_number(item.get("required_number")),
            text=nfc(item.get("required_text", "")),
            note=nfc(item.get("note", "")),
        )


def read_fixture(
    path, data: dict
) -> tuple[DocumentData, list[tuple[SetMeta, ParsedSet]]]:
    """The document and the (meta, rows) of each set in one fixture file."""
    reader = _Reader(path, data)
    doc = data["document"]
    amends = doc.get("amends", [])
    document = DocumentData(
        number=nfc(doc["number"]),
        doc_type=doc["doc_type"],
        issuer=nfc(doc["issuer"]),
        issued_on=doc.get("issued_on"),
        effective_on=doc.get("effective_on"),
        title=nfc(doc.get("title", "")),
        amends=[amends] if isinstance(amends, str) and amends else list(amends or []),
        source=reader.source(doc, f"văn bản {doc['number']}"),
    )
    sets = []
    for item in data.get("sets", []):
        default = item.get("source", document.source.source)
        meta = SetMeta(
            code=item["code"],
            name=nfc(item["name"]),
            level=item["level"],
            subject_level=item.get("subject_level", "commune"),
            period_start=item["period_start"],
            period_end=item["period_end"],
            dimension=item.get("target_dimension", "none"),
            parent=item.get("parent", ""),
            inherit=bool(item.get("inherit", False)),
            province=nfc(item.get("province", "")),
            note=nfc(item.get("note", "")),
            expected_criteria=item.get("expected_criteria"),
            expected_indicators=item.get("expected_indicators"),
            source=reader.source(item, f"bộ {item['code']}", document=document.number),
        )
        sets.append((meta, _read_set(reader, item, default, document.number)))
    return document, sets


def _read_set(reader: _Reader, item: dict, default: str, document: str) -> ParsedSet:
    parsed = ParsedSet(
        dimension=item.get("target_dimension", "none"),
        groups=[(g["code"], nfc(g["name"])) for g in item.get("groups", [])],
    )
    for criterion in item.get("criteria", []):
        label = f"tiêu chí số {criterion['number']} của bộ {item['code']}"
        listed = ParsedCriterion(
            number=criterion["number"],
            name=nfc(criterion["name"]) if "name" in criterion else None,
            group=criterion.get("group"),
            description=nfc(criterion["description"])
            if "description" in criterion
            else None,
            source=reader.source(criterion, label, default, document),
        )
        for order, indicator in enumerate(criterion.get("indicators", []), start=1):
            listed.indicators.append(
                _read_indicator(reader, indicator, order, default, document, item)
            )
        parsed.criteria.append(listed)
    for field_item in item.get("outstanding_fields", []):
        parsed.outstanding_fields.append(
            ParsedField(
                code=str(field_item["code"]),
                name=nfc(field_item["name"]),
                source=reader.source(
                    field_item, f"lĩnh vực {field_item['code']}", default, document
                ),
            )
        )
    return parsed


def _read_indicator(reader, item: dict, order: int, default, document, set_item):
    label = f"chỉ tiêu {item['code']} của bộ {set_item['code']}"

    def text(key):
        return nfc(item[key]) if key in item else None

    indicator = ParsedIndicator(
        code=str(item["code"]),
        name=text("name"),
        unit=item.get("unit"),
        level=reader.level(item),
        verifying_sector=text("verifying_sector"),
        verifying_agency=text("verifying_agency"),
        takes_outstanding_fields=item.get("takes_outstanding_fields"),
        valid_from=item.get("valid_from"),
        valid_to=item.get("valid_to"),
        amended_by=item.get("amended_by", ""),
        order=item.get("order", order),
        source=reader.source(item, label, default, document),
    )
    for requirement in item.get("requirements", []):
        level = reader.level(requirement) or Level("text")
        indicator.requirements.append(
            ParsedRequirement(
                level=level,
                region=requirement.get("region", ""),
                commune_group=requirement.get("commune_group"),
                year=requirement.get("year"),
                source=reader.source(
                    requirement, f"{label}, mức theo vùng/nhóm", default, document
                ),
            )
        )
    return indicator
