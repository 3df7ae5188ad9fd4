from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import AgencyFactory, commune, district, member, province, village
from villages.models import Agency, Area, Role


@dataclass
class World:
    """Two provinces; one with a district level (2021–2025 shape) and one
    commune hanging directly under a province (the shape since 1/7/2025)."""

    lang_son: Area
    cao_loc: Area
    huu_lung: Area
    thuy_hung: Area
    con_tong: Area
    na_lai: Area
    nhat_tien: Area
    nhat_tien_village: Area
    ha_tinh: Area
    son_bang: Area
    thinh_bang: Area
    direct_commune: Area
    direct_village: Area
    agency_thuy_hung: Agency
    agency_cao_loc: Agency
    agency_lang_son: Agency
    agency_nhat_tien: Agency
    agency_ha_tinh: Agency


@pytest.fixture
def media(settings, tmp_path) -> Path:
    """Uploaded files go to a temporary directory (MEDIA_ROOT, returned); a
    live server thread reads the same settings object."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def world(db) -> World:
    lang_son = province("Lạng Sơn")
    cao_loc = district(lang_son, "Cao Lộc")
    huu_lung = district(lang_son, "Hữu Lũng")
    thuy_hung = commune(cao_loc, "Thụy Hùng")
    nhat_tien = commune(huu_lung, "Nhật Tiến")
    ha_tinh = province("Hà Tĩnh")
    son_bang = commune(district(ha_tinh, "Hương Sơn"), "Sơn Bằng")
    direct_commune = commune(lang_son, "Đồng Đăng")
    return World(
        lang_son=lang_son,
        cao_loc=cao_loc,
        huu_lung=huu_lung,
        thuy_hung=thuy_hung,
        con_tong=village(thuy_hung, "Cồn Tòng"),
        na_lai=village(thuy_hung, "Nà Lài"),
        nhat_tien=nhat_tien,
        nhat_tien_village=village(nhat_tien, "Thôn Một"),
        ha_tinh=ha_tinh,
        son_bang=son_bang,
        thinh_bang=village(son_bang, "Thịnh Bằng"),
        direct_commune=direct_commune,
        direct_village=village(direct_commune, "Khu Hai"),
        agency_thuy_hung=AgencyFactory(
            area=thuy_hung, name="Ủy ban nhân dân xã Thụy Hùng"
        ),
        agency_cao_loc=AgencyFactory(
            area=cao_loc, name="Phòng Tài nguyên và Môi trường huyện Cao Lộc"
        ),
        agency_lang_son=AgencyFactory(
            area=lang_son, name="Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"
        ),
        agency_nhat_tien=AgencyFactory(
            area=nhat_tien, name="Ủy ban nhân dân xã Nhật Tiến"
        ),
        agency_ha_tinh=AgencyFactory(
            area=ha_tinh, name="Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh"
        ),
    )


@pytest.fixture
def commune_official(world):
    return member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")


@pytest.fixture
def other_commune_official(world):
    """An official of Nhật Tiến, a commune of another district of Lạng Sơn."""
    return member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "xa.nhattien")


@pytest.fixture
def village_head(world):
    return member(world.con_tong, Role.VILLAGE_HEAD, "thon.contong")


@pytest.fixture
def district_reviewer(world):
    return member(world.cao_loc, Role.DISTRICT_REVIEWER, "huyen.caoloc")


@pytest.fixture
def provincial_viewer(world):
    return member(world.lang_son, Role.PROVINCIAL_VIEWER, "tinh.langson")


@pytest.fixture
def province_manager(world):
    """Lạng Sơn's account manager."""
    return member(world.lang_son, Role.ACCOUNT_MANAGER, "quanly.langson")


def pytest_collection_modifyitems(config, items):
    """Tests marked `slow` (the long walks over a whole demo world, several
    minutes each) run only when asked for: `pytest -m slow`."""
    if "slow" in (config.getoption("-m") or "").replace("not slow", ""):
        return
    # Deselected, not skipped: the run says how many it left out, and a
    # skip stays what it means (a test that could not run here).
    slow = [item for item in items if "slow" in item.keywords]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if "slow" not in item.keywords]


# Every table's ids start at 10,000 in the test databases, as in a province
# that has used the app for a while: an id drawn into a page with the
# thousands separator ("10.000" in a form value or a link) breaks the flow
# that posts it back, and the tests then see it. Small ids from 1 never do
# (the district's reopen failed only on PostgreSQL, after ~1,000 plans).
FIRST_ID = 10_000


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            _start_ids_at(connection, FIRST_ID)


def _start_ids_at(connection, first: int) -> None:
    from django.apps import apps

    tables = {model._meta.db_table for model in apps.get_models()}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
            )
            for (sequence,) in cursor.fetchall():
                cursor.execute("SELECT setval(%s, %s, false)", [sequence, first])
        elif connection.vendor == "sqlite":
            existing = set(connection.introspection.table_names(cursor))
            for table in sorted(tables & existing):
                cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)",
                    [table, first - 1],
                )
