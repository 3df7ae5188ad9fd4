import datetime
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from ntm.text import fold, nfc
from tests.factories import (
    MembershipFactory,
    UserFactory,
    commune,
    district,
    merged,
    province,
    village,
)
from villages.models import Agency, Area, AreaLevel, Membership, Role


def test_path_and_depth_follow_the_tree(world):
    assert world.lang_son.depth == 0
    assert world.con_tong.depth == 3
    assert world.direct_village.depth == 2
    assert world.con_tong.path.startswith(world.thuy_hung.path)
    assert world.con_tong.ancestor_ids() == [
        world.lang_son.pk,
        world.cao_loc.pk,
        world.thuy_hung.pk,
    ]


def test_subtree_is_one_query(world, django_assert_num_queries):
    with django_assert_num_queries(1):
        villages = list(Area.objects.subtree(world.lang_son).villages())
    assert {v.name for v in villages} == {"Cồn Tòng", "Nà Lài", "Thôn Một", "Khu Hai"}


def test_moving_a_unit_rewrites_its_whole_subtree(world):
    # 1/7/2025: the district ceases and its commune hangs under the province.
    world.thuy_hung.parent = world.lang_son
    world.thuy_hung.save()
    con_tong = Area.objects.get(pk=world.con_tong.pk)
    assert con_tong.depth == 2
    assert (
        con_tong.path
        == f"{world.lang_son.path}{world.thuy_hung.pk:08d}.{con_tong.pk:08d}."
    )
    assert con_tong not in Area.objects.subtree(world.cao_loc)


def test_names_are_stored_nfc(db):
    decomposed = unicodedata.normalize("NFD", "Thụy Hùng")
    assert decomposed != "Thụy Hùng"
    area = commune(province(), decomposed)
    area.refresh_from_db()
    assert area.name == "Thụy Hùng"
    assert Area.objects.filter(name="Thụy Hùng").exists()


def test_fold_matches_names_without_case_or_accents():
    assert fold("Đông  Minh Hữu") == fold("dong minh huu")
    assert nfc("  Sơn Bằng ") == "Sơn Bằng"


@pytest.mark.parametrize(
    "level,parent_level,message",
    [
        (AreaLevel.VILLAGE, AreaLevel.PROVINCE, "không thể chứa một đơn vị thôn"),
        (AreaLevel.DISTRICT, AreaLevel.DISTRICT, "không thể chứa một đơn vị cấp huyện"),
        (AreaLevel.COMMUNE, None, "Chỉ đơn vị cấp tỉnh mới không thuộc đơn vị nào"),
    ],
)
def test_impossible_levels_are_refused_with_a_vietnamese_message(
    db, level, parent_level, message
):
    top = province()
    parent = {None: None, AreaLevel.PROVINCE: top, AreaLevel.DISTRICT: district(top)}[
        parent_level
    ]
    area = Area(name="Thử", kind="x", level=level, parent=parent)
    with pytest.raises(ValidationError) as error:
        area.full_clean()
    assert message in str(error.value)


def test_a_unit_cannot_be_moved_under_itself(world):
    world.cao_loc.parent = world.thuy_hung
    with pytest.raises(ValidationError):
        world.cao_loc.full_clean()


def test_validity_must_be_ordered(world):
    world.cao_loc.valid_from = datetime.date(2025, 7, 1)
    world.cao_loc.valid_to = datetime.date(2025, 6, 30)
    with pytest.raises(ValidationError, match="không được trước"):
        world.cao_loc.full_clean()
    with pytest.raises(IntegrityError):
        Area.objects.filter(pk=world.cao_loc.pk).update(
            valid_from=datetime.date(2025, 7, 1), valid_to=datetime.date(2025, 6, 30)
        )


def test_active_drops_units_that_ceased(world):
    Area.objects.filter(pk=world.cao_loc.pk).update(valid_to=datetime.date(2025, 6, 30))
    assert world.cao_loc in Area.objects.active(datetime.date(2025, 6, 30))
    assert world.cao_loc not in Area.objects.active(datetime.date(2025, 7, 1))


def test_region_is_inherited_from_the_province(world):
    from tests.factories import RegionFactory

    world.lang_son.region = RegionFactory()
    world.lang_son.save()
    assert world.con_tong.effective_region().code == "TDMNPB"


def test_succession_links_old_units_to_the_new_one(world):
    new = commune(world.ha_tinh, "Sơn Bằng", valid_from=datetime.date(2025, 7, 1))
    succession = merged(new, [world.son_bang])
    assert list(world.son_bang.succeeded_by.all()) == [succession]
    assert list(new.formed_by.get().predecessors.all()) == [world.son_bang]


@pytest.mark.parametrize(
    "role,area_name",
    [
        (Role.COMMUNE_OFFICIAL, "cao_loc"),
        (Role.VILLAGE_HEAD, "thuy_hung"),
        (Role.PROVINCIAL_VIEWER, "thuy_hung"),
        (Role.DISTRICT_REVIEWER, "con_tong"),
    ],
)
def test_membership_role_must_match_the_area_level(world, role, area_name):
    membership = Membership(
        user=UserFactory(), area=getattr(world, area_name), role=role
    )
    with pytest.raises(ValidationError, match="chỉ gán cho địa bàn"):
        membership.full_clean()


def test_membership_agency_must_lie_on_the_members_line(world):
    membership = Membership(
        user=UserFactory(),
        area=world.thuy_hung,
        role=Role.COMMUNE_OFFICIAL,
        agency=world.agency_nhat_tien,
    )
    with pytest.raises(ValidationError, match="Cơ quan công tác"):
        membership.full_clean()
    membership.agency = world.agency_cao_loc
    membership.full_clean()


def test_one_membership_per_user_area_role(world):
    user = UserFactory()
    MembershipFactory(user=user, area=world.thuy_hung, role=Role.COMMUNE_OFFICIAL)
    with pytest.raises(IntegrityError):
        MembershipFactory(user=user, area=world.thuy_hung, role=Role.COMMUNE_OFFICIAL)


def test_villages_group_agency_belongs_to_a_commune(world):
    agency = Agency(area=world.cao_loc, name="Các thôn", kind="villages")
    with pytest.raises(ValidationError, match="phải thuộc một xã"):
        agency.full_clean()
    Agency(area=world.thuy_hung, name="Các thôn", kind="villages").full_clean()


def test_agency_names_are_unique_per_area(world):
    with pytest.raises(IntegrityError):
        Agency.objects.create(
            area=world.thuy_hung, name="Ủy ban nhân dân xã Thụy Hùng", kind="committee"
        )


def test_village_under_commune_is_valid(world):
    village(world.nhat_tien, "Thôn Hai").full_clean()
