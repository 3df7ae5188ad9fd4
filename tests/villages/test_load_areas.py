"""`manage.py load_areas`: a province and its communes from the national lists,
with the 2021–2025 districts and communes as history; idempotent, and a name
a person corrected survives a reload.

Counts are checked against the libraries through their own interfaces
(vietnam_provinces' enums, vietnamadminunits' database), not through the
loader's reading of their files."""

from __future__ import annotations

import datetime
import io
import unicodedata

import pytest
from django.core.management import CommandError, call_command
from vietnam_provinces import ProvinceCode, Ward, WardCode
from vietnamadminunits.database import query

from villages import area_load
from villages.models import Area, AreaLevel, AreaSuccession

LAST_OLD_DAY = datetime.date(2025, 6, 30)
REFORM_DAY = datetime.date(2025, 7, 1)


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_areas", *args, stdout=out)
    return out.getvalue()


def library_communes(code: int) -> int:
    province = ProvinceCode(code)
    return sum(1 for c in WardCode if Ward.from_code(c).province_code == province)


def library_history(province_code: str) -> tuple[int, int]:
    """(districts, communes) of a 2021–2025 province in vietnamadminunits."""
    row = query(
        "SELECT COUNT(DISTINCT districtCode) AS d, COUNT(DISTINCT wardCode) AS w "
        f"FROM admin_units_legacy WHERE provinceCode = '{province_code}'"
    )[0]
    return row["d"], row["w"]


def snapshot() -> dict:
    through = AreaSuccession.predecessors.through.objects.order_by("pk")
    return {
        "areas": list(Area.objects.order_by("pk").values()),
        "successions": list(AreaSuccession.objects.order_by("pk").values()),
        "links": list(through.values()),
    }


def test_two_provinces_into_an_empty_database_then_again(db):
    first = load("--province", "Lạng Sơn", "--province", "08")

    lang_son = Area.objects.get(level=AreaLevel.PROVINCE, code="20")
    assert (lang_son.kind, lang_son.name, lang_son.parent) == ("tỉnh", "Lạng Sơn", None)
    new_communes = Area.objects.filter(parent=lang_son, level=AreaLevel.COMMUNE)
    assert new_communes.count() == library_communes(20) == 65
    assert set(new_communes.values_list("valid_from", "valid_to")) == {
        (REFORM_DAY, None)
    }
    assert Area.objects.active().filter(parent=lang_son).count() == 65
    districts, communes = library_history("20")
    old_districts = Area.objects.filter(parent=lang_son, level=AreaLevel.DISTRICT)
    assert old_districts.count() == districts == 11
    assert set(old_districts.values_list("valid_to", flat=True)) == {LAST_OLD_DAY}
    old_communes = Area.objects.filter(parent__in=old_districts)
    assert old_communes.count() == communes
    assert set(old_communes.values_list("valid_to", flat=True)) == {LAST_OLD_DAY}

    # Tuyên Quang took in Hà Giang: the old province stays as history beside it.
    tuyen_quang = Area.objects.get(level=AreaLevel.PROVINCE, code="08")
    assert Area.objects.filter(
        parent=tuyen_quang, level=AreaLevel.COMMUNE
    ).count() == library_communes(8)
    ha_giang = Area.objects.get(level=AreaLevel.PROVINCE, code="02")
    assert (ha_giang.name, ha_giang.valid_to) == ("Hà Giang", LAST_OLD_DAY)
    for old_province, code in ((tuyen_quang, "08"), (ha_giang, "02")):
        districts, communes = library_history(code)
        old = Area.objects.filter(parent=old_province, level=AreaLevel.DISTRICT)
        assert old.count() == districts
        assert Area.objects.filter(parent__in=old).count() == communes
    province_merger = AreaSuccession.objects.get(successor=tuyen_quang)
    assert list(province_merger.predecessors.all()) == [ha_giang]
    assert "202/2025/QH15" in province_merger.legal_basis

    # Every new commune has its predecessors; Cao Lộc's Thụy Hùng (seed 000's
    # commune) went into Đồng Đăng, with part of Bình Gia's Hồng Phong (divided
    # between two new communes).
    assert AreaSuccession.objects.filter(successor__parent=lang_son).count() == 65
    dong_dang = new_communes.get(name="Đồng Đăng")
    into_dong_dang = AreaSuccession.objects.get(successor=dong_dang)
    assert {(a.parent.name, a.name) for a in into_dong_dang.predecessors.all()} == {
        ("Cao Lộc", "Đồng Đăng"),
        ("Cao Lộc", "Bảo Lâm"),
        ("Cao Lộc", "Hồng Phong"),
        ("Cao Lộc", "Thụy Hùng"),
        ("Cao Lộc", "Phú Xá"),
        ("Bình Gia", "Hồng Phong"),
    }
    thuy_hung_cao_loc = old_communes.get(name="Thụy Hùng", parent__name="Cao Lộc")
    assert thuy_hung_cao_loc.code == "06208"
    assert thuy_hung_cao_loc.kind == "xã"
    assert "Tạo mới: " in first and "Không có gì thay đổi" not in first

    before = snapshot()
    second = load("--province", "lang son", "--province", "Tỉnh Tuyên Quang")
    assert snapshot() == before
    assert "Không có gì thay đổi" in second
    assert "Tạo mới" not in second and "Cập nhật" not in second


def test_a_corrected_name_and_code_survive_a_reload(db):
    load("--province", "Lạng Sơn", "--no-history")
    that_khe = Area.objects.get(code="06040")
    assert (that_khe.kind, that_khe.name) == ("xã", "Thất Khê")
    that_khe.name = "Thất Khê (tên theo Nghị quyết)"
    that_khe.save()
    # A unit whose name the list has since changed, and nobody corrected:
    # it follows the list.
    doan_ket = Area.objects.get(code="06001")
    doan_ket.name = "Đoàn Kết cũ"
    doan_ket.source_values = {**doan_ket.source_values, "name": "Đoàn Kết cũ"}
    doan_ket.save()

    output = load("--province", "Lạng Sơn", "--no-history")

    that_khe.refresh_from_db()
    doan_ket.refresh_from_db()
    assert that_khe.name == "Thất Khê (tên theo Nghị quyết)"
    assert doan_ket.name == "Đoàn Kết"
    assert "giữ tên “Thất Khê (tên theo Nghị quyết)” do người dùng sửa" in output
    assert "tên “Đoàn Kết cũ” → “Đoàn Kết”" in output
    assert Area.objects.filter(level=AreaLevel.COMMUNE).count() == 65

    # A third load: the correction is still kept, nothing else moves.
    before = snapshot()
    output = load("--province", "20", "--no-history")
    assert snapshot() == before
    assert "Không có gì thay đổi" in output and "Giữ giá trị người dùng" in output


def test_areas_typed_by_hand_are_adopted_not_duplicated(world):
    """The demo's and the fixtures' places: Lạng Sơn (no code), the district
    Cao Lộc with Thụy Hùng under it, and Đồng Đăng directly under the province."""
    typed = Area.objects.count()
    output = load("--province", "Lạng Sơn")

    assert Area.objects.filter(level=AreaLevel.PROVINCE, name="Lạng Sơn").count() == 1
    world.lang_son.refresh_from_db()
    assert (world.lang_son.code, world.lang_son.source_key) == ("20", "dvhc2025:t:20")
    world.direct_commune.refresh_from_db()
    assert (
        world.direct_commune.code
        == Area.objects.get(source_key=world.direct_commune.source_key).source_values[
            "code"
        ]
    )
    assert world.direct_commune.source_key.startswith("dvhc2025:x:")
    world.thuy_hung.refresh_from_db()
    assert world.thuy_hung.source_key == "dvhc2021:x:06208"
    # Hand-typed units keep their validity and their villages.
    assert world.thuy_hung.valid_to is None
    assert world.con_tong.parent_id == world.thuy_hung.pk
    assert "Nhận địa bàn đã nhập tay" in output
    lang_son_units = 1 + 65 + 11 + library_history("20")[1]
    ha_tinh_units = 3  # the fixtures' Hà Tĩnh, Hương Sơn, Sơn Bằng
    villages = Area.objects.filter(level=AreaLevel.VILLAGE).count()
    assert Area.objects.count() == lang_son_units + ha_tinh_units + villages
    assert Area.objects.count() > typed


@pytest.mark.parametrize(
    "query",
    ["Lạng Sơn", "lang son", "LẠNG SƠN", "Tỉnh Lạng Sơn", "20", "020"],
)
def test_a_province_is_found_by_name_or_code(query):
    decomposed = unicodedata.normalize("NFD", query)
    assert area_load.find_province(decomposed).province.code == "20"


def test_an_unknown_province_is_refused_in_vietnamese(db):
    with pytest.raises(CommandError, match="Không tìm thấy tỉnh, thành phố “Cao Lộc”"):
        load("--province", "Cao Lộc")
    with pytest.raises(CommandError, match="mang mã 99"):
        load("--province", "99")
    with pytest.raises(CommandError, match="Hãy chọn tỉnh"):
        load()
    assert not Area.objects.exists()


def test_dry_run_saves_nothing(db):
    output = load("--province", "Lạng Sơn", "--dry-run")
    assert "Chạy thử: không có gì được lưu." in output
    assert "Tạo mới: " in output
    assert not Area.objects.exists()


def test_every_name_in_the_national_list_is_clean():
    """The lists write "Xã  Bắc Đông Quan" (two spaces) and "Thành phố Hà Nội";
    the app stores NFC, single spaces, and the kind apart from the name."""
    provinces = area_load.national_list()
    assert len(provinces) == 34
    assert sum(len(p.communes) for p in provinces.values()) == 3321
    hanoi = provinces["01"].province
    assert (hanoi.kind, hanoi.name) == ("thành phố", "Hà Nội")
    units = [
        u for p in provinces.values() for u in (p.province, *p.communes, *p.history)
    ]
    for unit in units:
        assert unicodedata.is_normalized("NFC", unit.name)
        assert "  " not in unit.name and unit.name == unit.name.strip()
        assert unit.name and unit.kind, unit
        assert unit.kind in {
            "tỉnh",
            "thành phố",
            "xã",
            "phường",
            "đặc khu",
            "thị trấn",
            "huyện",
            "quận",
            "thị xã",
        }, unit
    # Only the first word is the kind: Huế's "Phường Phường Đúc" is named so.
    assert [u.full_name for u in units if u.code == "19780"] == ["phường Phường Đúc"]
    assert not [u for u in units if u.name.lower().startswith(("xã ", "tỉnh "))]
    bac_dong_quan = [u for u in units if u.name == "Bắc Đông Quan"]
    assert bac_dong_quan and bac_dong_quan[0].kind == "xã"
    # Nearly every new commune is matched to its predecessors.
    without = sum(len(p.without_history) for p in provinces.values())
    assert without < 10
