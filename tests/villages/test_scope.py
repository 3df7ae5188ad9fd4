"""The scoping rule: every for_user() returns the subtrees of the user's
memberships, and nothing across a commune, district or province line."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from plans.models import Plan
from tests.factories import MembershipFactory, UserFactory, member
from villages.models import Agency, Area, Membership, Role


def names(queryset):
    return {area.name for area in queryset}


def test_commune_official_sees_only_their_commune_and_its_villages(
    world, commune_official
):
    assert names(Area.objects.for_user(commune_official)) == {
        "Thụy Hùng",
        "Cồn Tòng",
        "Nà Lài",
    }


def test_village_head_sees_only_their_village(world, village_head):
    assert names(Area.objects.for_user(village_head)) == {"Cồn Tòng"}


def test_district_reviewer_sees_every_commune_of_the_district_and_no_other(
    world, district_reviewer
):
    visible = Area.objects.for_user(district_reviewer)
    assert names(visible) == {"Cao Lộc", "Thụy Hùng", "Cồn Tòng", "Nà Lài"}
    assert world.nhat_tien not in visible  # another district of the same province


def test_provincial_viewer_sees_the_whole_province_and_nothing_of_another(
    world, provincial_viewer
):
    visible = Area.objects.for_user(provincial_viewer)
    assert world.direct_commune in visible
    assert world.nhat_tien_village in visible
    assert not visible.filter(
        pk__in=[world.ha_tinh.pk, world.son_bang.pk, world.thinh_bang.pk]
    ).exists()


@pytest.mark.parametrize(
    "area_name,role",
    [
        ("thuy_hung", Role.COMMUNE_OFFICIAL),
        ("cao_loc", Role.DISTRICT_REVIEWER),
        ("lang_son", Role.PROVINCIAL_VIEWER),
        ("con_tong", Role.VILLAGE_HEAD),
    ],
)
def test_nobody_sees_another_province(world, area_name, role):
    user = member(getattr(world, area_name), role)
    assert (
        not Area.objects.for_user(user)
        .filter(path__startswith=world.ha_tinh.path)
        .exists()
    )
    assert (
        not Agency.objects.for_user(user)
        .filter(area__path__startswith=world.ha_tinh.path)
        .exists()
    )


def test_commune_directly_under_a_province_scopes_like_one_under_a_district(world):
    official = member(world.direct_commune, Role.COMMUNE_OFFICIAL)
    assert names(Area.objects.for_user(official)) == {"Đồng Đăng", "Khu Hai"}
    # The province's reviewer (no district in between since 1/7/2025) sees it.
    reviewer = member(world.lang_son, Role.DISTRICT_REVIEWER)
    assert world.direct_village in Area.objects.for_user(reviewer)
    # Its agencies in scope are its own and the province's, not a district's.
    own = Agency.objects.create(
        area=world.direct_commune, name="UBND xã Đồng Đăng", kind="committee"
    )
    assert set(Agency.objects.for_user(official)) == {own, world.agency_lang_son}


def test_several_memberships_add_up(world):
    user = member(world.thuy_hung, Role.COMMUNE_OFFICIAL)
    MembershipFactory(user=user, area=world.son_bang, role=Role.COMMUNE_OFFICIAL)
    assert names(Area.objects.for_user(user)) == {
        "Thụy Hùng",
        "Cồn Tòng",
        "Nà Lài",
        "Sơn Bằng",
        "Thịnh Bằng",
    }


def test_inactive_membership_and_anonymous_user_see_nothing(world):
    user = member(world.lang_son, Role.PROVINCIAL_VIEWER)
    Membership.objects.filter(user=user).update(is_active=False)
    assert not Area.objects.for_user(user).exists()
    assert not Area.objects.for_user(AnonymousUser()).exists()
    assert not Agency.objects.for_user(AnonymousUser()).exists()
    assert not Area.objects.for_user(UserFactory()).exists()  # no membership at all


def test_superuser_sees_everything(world):
    admin = UserFactory(is_superuser=True, is_staff=True)
    assert Area.objects.for_user(admin).count() == Area.objects.count()


def test_agencies_in_scope_are_the_communes_own_and_those_above_it(
    world, commune_official
):
    assert set(Agency.objects.for_user(commune_official)) == {
        world.agency_thuy_hung,
        world.agency_cao_loc,
        world.agency_lang_son,
    }


def test_district_reviewer_agencies_exclude_other_districts_communes(
    world, district_reviewer
):
    visible = set(Agency.objects.for_user(district_reviewer))
    assert world.agency_thuy_hung in visible
    assert world.agency_nhat_tien not in visible
    assert world.agency_ha_tinh not in visible


def test_scope_is_one_query_and_composes(
    world, commune_official, django_assert_num_queries
):
    with django_assert_num_queries(1):
        list(Area.objects.for_user(commune_official).villages())
    # Usable as a subquery of a larger query, still one round trip.
    with django_assert_num_queries(1):
        list(Agency.objects.filter(area__in=Area.objects.for_user(commune_official)))


def test_membership_scope_for_account_pages(world, district_reviewer):
    commune_member = member(world.thuy_hung, Role.COMMUNE_OFFICIAL)
    other_member = member(world.nhat_tien, Role.COMMUNE_OFFICIAL)
    visible = Membership.objects.for_user(district_reviewer)
    assert visible.filter(user=commune_member).exists()
    assert not visible.filter(user=other_member).exists()


def test_a_membership_acts_only_within_its_dates(world):
    """An official who moved on 1/7/2025 keeps the old membership, ended, and
    acts only on the new post from then on; a post that starts tomorrow gives
    nothing yet. Every for_user() reads the dates (one rule, membership_scope)."""
    user = UserFactory()
    MembershipFactory(
        user=user,
        area=world.thuy_hung,
        role=Role.COMMUNE_OFFICIAL,
        valid_to=datetime.date(2025, 6, 30),
    )
    MembershipFactory(
        user=user,
        area=world.direct_commune,
        role=Role.COMMUNE_OFFICIAL,
        valid_from=datetime.date(2025, 7, 1),
    )
    tz = timezone.get_current_timezone()
    with time_machine.travel(datetime.datetime(2025, 6, 30, 23, 0, tzinfo=tz)):
        assert names(Area.objects.for_user(user)) == {"Thụy Hùng", "Cồn Tòng", "Nà Lài"}
        assert names(Area.objects.editable_by(user)) == {
            "Thụy Hùng",
            "Cồn Tòng",
            "Nà Lài",
        }
        assert [m.area for m in Membership.objects.active().filter(user=user)] == [
            world.thuy_hung
        ]
    with time_machine.travel(datetime.datetime(2025, 7, 1, 0, 30, tzinfo=tz)):
        assert names(Area.objects.for_user(user)) == {"Đồng Đăng", "Khu Hai"}
        assert names(Area.objects.progress_writable_by(user)) == {
            "Đồng Đăng",
            "Khu Hai",
        }
        assert world.agency_thuy_hung not in Agency.objects.for_user(user)
        assert not Plan.objects.editable_by(user).filter(area=world.thuy_hung).exists()
        # Both memberships stay: the history of who worked where is kept.
        assert Membership.objects.filter(user=user).count() == 2


def test_a_membership_that_starts_later_gives_nothing_yet(world):
    user = UserFactory()
    MembershipFactory(
        user=user,
        area=world.lang_son,
        role=Role.PROVINCIAL_VIEWER,
        valid_from=timezone.localdate() + datetime.timedelta(days=1),
    )
    assert not Area.objects.for_user(user).exists()
    assert not Membership.objects.active().filter(user=user).exists()


def test_membership_dates_must_be_ordered(world):
    membership = Membership(
        user=UserFactory(),
        area=world.thuy_hung,
        role=Role.COMMUNE_OFFICIAL,
        valid_from=datetime.date(2026, 3, 1),
        valid_to=datetime.date(2026, 2, 1),
    )
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert error.value.message_dict["valid_to"] == [
        "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        membership.save()


def test_rights_decided_from_memberships_agree_with_the_scoped_querysets(world):
    """villages.rights.Rights (the entry page and its save decide access once
    a request, in Python, from the user's memberships) says exactly what
    Plan.objects.for_user, editable_by, reviewable_by, Area.objects.for_user,
    progress_writable_by and the entry page's villages say, for every kind of
    user, on every area and a plan of each: officials, village heads,
    reviewers (no self-review), administrators, viewers, ended, future and
    switched-off memberships, active and switched-off superusers, anonymous,
    and the communes merged by the 2025 reform with their successor."""
    from reports.selectors import entry_villages
    from tests.factories import PlanFactory, commune, merged, village
    from villages.rights import Rights

    today = timezone.localdate()
    # The 2025 reform: Thụy Hùng and Nhật Tiến merged into Sơn Tây, directly
    # under the province; their villages stay where they were.
    for old in (world.thuy_hung, world.nhat_tien):
        old.valid_to = today - datetime.timedelta(days=30)
        old.save()
    son_tay = commune(
        world.lang_son, "Sơn Tây", valid_from=today - datetime.timedelta(days=29)
    )
    village(son_tay, "Thôn Mới")
    merged(son_tay, [world.thuy_hung, world.nhat_tien])
    areas = list(Area.objects.all())
    for area in areas:
        PlanFactory(area=area)

    def dated(area, role, **dates):
        user = UserFactory()
        MembershipFactory(user=user, area=area, role=role, **dates)
        return user

    day = datetime.timedelta(days=1)
    several = member(world.con_tong, Role.VILLAGE_HEAD)  # and a reviewer elsewhere
    MembershipFactory(user=several, area=world.huu_lung, role=Role.DISTRICT_REVIEWER)
    users = [
        member(world.thuy_hung, Role.COMMUNE_OFFICIAL),
        member(world.con_tong, Role.VILLAGE_HEAD),
        member(world.cao_loc, Role.DISTRICT_REVIEWER),
        member(world.thuy_hung, Role.DISTRICT_REVIEWER),  # no self-review
        member(world.thuy_hung, Role.ADMINISTRATOR),  # edits, no self-review
        member(world.cao_loc, Role.ADMINISTRATOR),
        member(world.lang_son, Role.PROVINCIAL_VIEWER),
        member(world.lang_son, Role.ACCOUNT_MANAGER),
        member(world.direct_commune, Role.COMMUNE_OFFICIAL),
        member(son_tay, Role.COMMUNE_OFFICIAL),  # the merged commune's
        several,
        dated(world.thuy_hung, Role.COMMUNE_OFFICIAL, valid_to=today - day),  # ended
        dated(world.thuy_hung, Role.COMMUNE_OFFICIAL, valid_from=today + day),  # future
        dated(world.thuy_hung, Role.COMMUNE_OFFICIAL, valid_from=today, valid_to=today),
        dated(world.con_tong, Role.VILLAGE_HEAD, is_active=False),  # switched off
        UserFactory(),  # no membership
        UserFactory(is_superuser=True),
        UserFactory(is_superuser=True, is_active=False),
        AnonymousUser(),
    ]
    plans = list(Plan.objects.select_related("area"))
    outcomes = set()
    for user in users:
        rights = Rights.read(user)
        ids = {
            "plans": set(Plan.objects.for_user(user).values_list("pk", flat=True)),
            "edits": set(Plan.objects.editable_by(user).values_list("pk", flat=True)),
            "reviews": set(
                Plan.objects.reviewable_by(user).values_list("pk", flat=True)
            ),
            "areas": set(Area.objects.for_user(user).values_list("pk", flat=True)),
            "writes": set(
                Area.objects.progress_writable_by(user).values_list("pk", flat=True)
            ),
        }
        for plan in plans:
            decided = (
                rights.sees_plan(plan),
                rights.edits_plan(plan),
                rights.reviews_plan(plan),
            )
            asked = tuple(plan.pk in ids[k] for k in ("plans", "edits", "reviews"))
            assert decided == asked, (user, plan.area)
            outcomes.add(("plan", *decided))
        for area in areas:
            decided = (rights.sees_area(area), rights.writes_progress(area))
            assert decided == (area.pk in ids["areas"], area.pk in ids["writes"]), (
                user,
                area,
            )
            outcomes.add(("area", *decided))
            every = set(
                Area.objects.filter(parent=area).villages().values_list("pk", flat=True)
            )
            plan = next(p for p in plans if p.area_id == area.pk)
            seen = set(
                entry_villages(user=user, plan=plan).values_list("pk", flat=True)
            )
            writes = seen & ids["writes"]
            for decided, asked in zip(
                rights.villages_of(area), (seen, writes), strict=True
            ):
                assert (every if decided is None else decided) == asked, (user, area)
                if every:
                    outcomes.add(("villages", decided is None, bool(decided)))
    # Not vacuous: every answer is given somewhere.
    assert {
        ("plan", True, True, True),
        ("plan", True, True, False),
        ("plan", True, False, True),
        ("plan", True, False, False),
        ("plan", False, False, False),
        ("area", True, True),
        ("area", True, False),
        ("area", False, False),
        ("villages", True, False),
        ("villages", False, True),
        ("villages", False, False),
    } <= outcomes


# ── A merged commune reads its former communes (the 2025 reform) ──

REFORM = datetime.date(2025, 7, 1)


@pytest.fixture
def mergers(world):
    """Xuân Long merged into Thụy Hùng in 2020, Thụy Hùng into Sơn Tây on
    1/7/2025 (so Sơn Tây was merged twice); Nhật Tiến, a sibling, into Đồng
    Đăng; Sơn Bằng (Hà Tĩnh) into Sơn Bằng mới. Each area has a plan."""
    from tests.factories import PlanFactory, commune, merged, village

    xuan_long = commune(
        world.cao_loc, "Xuân Long", valid_to=datetime.date(2019, 12, 31)
    )
    village(xuan_long, "Thôn Cũ")
    merged(world.thuy_hung, [xuan_long], on=datetime.date(2020, 1, 1))
    for old in (world.thuy_hung, world.nhat_tien, world.son_bang):
        old.valid_to = REFORM - datetime.timedelta(days=1)
        old.save()
    son_tay = commune(world.lang_son, "Sơn Tây", valid_from=REFORM)
    village(son_tay, "Thôn Mới")
    merged(son_tay, [world.thuy_hung])
    merged(world.direct_commune, [world.nhat_tien], on=REFORM)
    son_bang_new = commune(world.ha_tinh, "Sơn Bằng mới", valid_from=REFORM)
    merged(son_bang_new, [world.son_bang])
    for area in Area.objects.all():
        PlanFactory(area=area, title=f"Kế hoạch {area.name}")
    return son_tay


def plan_areas(queryset):
    return {plan.area.name for plan in queryset.select_related("area")}


@pytest.mark.parametrize("role", [Role.COMMUNE_OFFICIAL, Role.ADMINISTRATOR])
def test_a_merged_commune_reads_its_former_communes_and_nothing_else(
    world, mergers, role
):
    """Sơn Tây's official (or another role of the commune) reads Thụy Hùng
    and, through it, Xuân Long with their villages and plans, read only;
    never the sibling Nhật Tiến (merged into Đồng Đăng), the old district,
    nor another province's merged commune."""
    user = member(mergers, role)
    former = {"Thụy Hùng", "Cồn Tòng", "Nà Lài", "Xuân Long", "Thôn Cũ"}
    assert names(Area.objects.for_user(user)) == {"Sơn Tây", "Thôn Mới"} | former
    readable = plan_areas(Plan.objects.for_user(user))
    assert readable == {"Sơn Tây", "Thôn Mới", "Lạng Sơn"} | former
    assert not readable & {"Nhật Tiến", "Đồng Đăng", "Cao Lộc", "Sơn Bằng"}
    # Read only: no write or review rule reaches a former commune.
    assert not Area.objects.editable_by(user).filter(name__in=former).exists()
    assert not Area.objects.progress_writable_by(user).filter(name__in=former).exists()
    assert not Plan.objects.editable_by(user).filter(area__name__in=former).exists()
    assert not Plan.objects.reviewable_by(user).filter(area__name__in=former).exists()
    assert not Area.objects.within_memberships(user).filter(name__in=former).exists()


def test_the_sibling_and_the_other_province_read_only_their_own_former_communes(
    world, mergers
):
    dong_dang = member(world.direct_commune, Role.COMMUNE_OFFICIAL)
    assert names(Area.objects.for_user(dong_dang)) == {
        "Đồng Đăng",
        "Khu Hai",
        "Nhật Tiến",
        "Thôn Một",
    }
    son_bang = member(Area.objects.get(name="Sơn Bằng mới"), Role.COMMUNE_OFFICIAL)
    assert plan_areas(Plan.objects.for_user(son_bang)) == {
        "Sơn Bằng mới",
        "Sơn Bằng",
        "Thịnh Bằng",
        "Hà Tĩnh",
    }


def test_a_former_communes_official_whose_post_ended_reads_nothing_after(
    world, mergers
):
    """Thụy Hùng's official until 30/06/2025 reads Thụy Hùng (and Xuân Long,
    which it replaced) until then, and nothing from the merger on: not the
    merged commune, not the old one."""
    user = UserFactory()
    MembershipFactory(
        user=user,
        area=world.thuy_hung,
        role=Role.COMMUNE_OFFICIAL,
        valid_to=REFORM - datetime.timedelta(days=1),
    )
    tz = timezone.get_current_timezone()
    with time_machine.travel(datetime.datetime(2025, 6, 30, 23, 0, tzinfo=tz)):
        assert "Xuân Long" in names(Area.objects.for_user(user))
        assert "Sơn Tây" not in names(Area.objects.for_user(user))
    with time_machine.travel(datetime.datetime(2025, 7, 1, 0, 30, tzinfo=tz)):
        assert not Area.objects.for_user(user).exists()
        assert not Plan.objects.for_user(user).exists()


def test_a_merger_not_yet_in_force_gives_nothing(world):
    from tests.factories import commune, merged

    later = timezone.localdate() + datetime.timedelta(days=10)
    new = commune(world.lang_son, "Xã tương lai", valid_from=later)
    merged(new, [world.thuy_hung], on=later)
    official = member(new, Role.COMMUNE_OFFICIAL)
    assert names(Area.objects.for_user(official)) == {"Xã tương lai"}


def test_a_succession_cycle_typed_by_mistake_still_ends(world):
    from tests.factories import merged

    merged(world.thuy_hung, [world.nhat_tien], on=datetime.date(2020, 1, 1))
    merged(world.nhat_tien, [world.thuy_hung], on=datetime.date(2021, 1, 1))
    official = member(world.thuy_hung, Role.COMMUNE_OFFICIAL)
    assert "Thôn Một" in names(Area.objects.for_user(official))


def test_rights_read_the_former_communes_only_when_the_grants_do_not_answer(
    world, mergers, django_assert_num_queries
):
    """villages.rights: the entry page of the commune's own plan asks no more
    statement than before (its counts are pinned); a former commune's plan
    costs one, once a request."""
    from villages.rights import Rights

    official = member(mergers, Role.COMMUNE_OFFICIAL)
    own = Plan.objects.select_related("area").get(area=mergers)
    old = Plan.objects.select_related("area").get(area=world.thuy_hung)
    oldest = Plan.objects.select_related("area").get(area__name="Xuân Long")
    sibling = Plan.objects.select_related("area").get(area=world.nhat_tien)
    with django_assert_num_queries(1):
        rights = Rights.read(official)
    with django_assert_num_queries(0):
        assert rights.sees_plan(own) and rights.edits_plan(own)
        assert not rights.inherits_plan(own)
        assert rights.villages_of(own.area) == (None, None)
    with django_assert_num_queries(1):
        assert rights.sees_plan(old)
    with django_assert_num_queries(0):
        assert rights.sees_plan(oldest) and rights.inherits_plan(oldest)
        assert not rights.sees_plan(sibling)
        assert not (rights.edits_plan(old) or rights.reviews_plan(old))
        assert rights.sees_area(world.con_tong)
        assert not rights.writes_progress(world.con_tong)
        assert rights.villages_of(old.area) == (None, set())
