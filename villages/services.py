"""Writes for places, bodies and people. Demo loading goes through the same
model validation as the admin, and is idempotent: each row is found by its
natural key and updated in place."""

from __future__ import annotations

import tomllib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from ntm.text import nfc
from villages.models import Agency, Area, AreaSuccession, Membership, Official, Region

DEMO_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "demo"
DEMO_PASSWORD = "demo-ntm-2026"


def area_upsert(*, parent: Area | None, kind: str, name: str, **fields) -> Area:
    """Create or update the area named `kind name` under `parent` (validated)."""
    area = Area.objects.filter(parent=parent, kind=nfc(kind), name=nfc(name)).first()
    area = area or Area(parent=parent, kind=kind, name=name)
    for field, value in fields.items():
        setattr(area, field, value)
    area.full_clean(exclude=["path"])
    area.save()
    return area


@transaction.atomic
def places_load(path: Path | None = None) -> dict[str, dict]:
    """Load areas, successions, agencies, officials and accounts from a places
    file (fixtures/demo/places.toml); return the rows by their file keys."""
    data = tomllib.loads((path or DEMO_DIR / "places.toml").read_text("utf-8"))
    regions = {r.code: r for r in Region.objects.all()}
    areas: dict[str, Area] = {}
    for item in data.get("areas", []):
        areas[item["key"]] = area_upsert(
            parent=areas[item["parent"]] if item.get("parent") else None,
            kind=item["kind"],
            name=item["name"],
            level=item["level"],
            code=item.get("code", ""),
            region=regions[item["region"]] if item.get("region") else None,
            valid_from=item.get("valid_from"),
            valid_to=item.get("valid_to"),
            is_demo=item.get("demo", False),
        )
    for item in data.get("successions", []):
        succession, _ = AreaSuccession.objects.update_or_create(
            successor=areas[item["successor"]],
            effective_on=item["effective_on"],
            defaults={
                "legal_basis": nfc(item["legal_basis"]),
                "note": nfc(item.get("note", "")),
                "is_demo": item.get("demo", False),
            },
        )
        succession.predecessors.set([areas[key] for key in item["predecessors"]])
    agencies: dict[str, Agency] = {}
    for item in data.get("agencies", []):
        agency = Agency.objects.filter(
            area=areas[item["area"]], name=nfc(item["name"])
        ).first()
        agency = agency or Agency(area=areas[item["area"]], name=item["name"])
        agency.short_name = item.get("short_name", "")
        agency.sectors = item.get("sectors", "")
        agency.kind = item["kind"]
        agency.parent = agencies[item["parent"]] if item.get("parent") else None
        agency.is_demo = item.get("demo", False)
        agency.full_clean()
        agency.save()
        if item.get("key"):
            agencies[item["key"]] = agency
    for item in data.get("officials", []):
        Official.objects.update_or_create(
            agency=agencies[item["agency"]],
            full_name=nfc(item["full_name"]),
            defaults={
                "position": nfc(item.get("position", "")),
                "is_demo": item.get("demo", False),
            },
        )
    accounts = {}
    for item in data.get("accounts", []):
        accounts[item["username"]] = account_upsert(
            username=item["username"],
            full_name=item["full_name"],
            role=item["role"],
            area=areas[item["area"]],
            agency=agencies.get(item.get("agency", "")),
            position=item.get("position", ""),
            superuser=item.get("superuser", False),
            valid_from=item.get("valid_from"),
            valid_to=item.get("valid_to"),
        )
    return {"areas": areas, "agencies": agencies, "accounts": accounts}


def account_upsert(
    *,
    username: str,
    full_name: str,
    role: str,
    area: Area,
    agency: Agency | None = None,
    position: str = "",
    superuser: bool = False,
    password: str = DEMO_PASSWORD,
    valid_from=None,
    valid_to=None,
):
    """Create or update a user with one membership (in force from `valid_from`
    to `valid_to`: an official of a commune merged in 2025 worked for it until
    30/06/2025). The password is set only when the user is new, so a second
    load never resets a changed password."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=username)
    # Vietnamese names run family name first ("Nguyễn Văn A"); Django's
    # get_full_name() joins first + last, so the whole name lives in first_name.
    user.first_name, user.last_name = nfc(full_name), ""
    user.is_staff = user.is_superuser = superuser
    if created:
        user.set_password(password)
    user.save()
    membership = Membership.objects.filter(user=user, area=area, role=role).first()
    membership = membership or Membership(user=user, area=area, role=role)
    membership.agency = agency
    membership.position = nfc(position)
    membership.is_active = True
    membership.valid_from, membership.valid_to = valid_from, valid_to
    membership.full_clean(exclude=["user"])
    membership.save()
    return user
