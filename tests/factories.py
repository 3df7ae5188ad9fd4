import factory
from django.contrib.auth import get_user_model

from criteria.models import CriteriaSet, Criterion, Indicator, LegalDocument
from plans.models import Plan, PlanStatus
from villages.models import (
    Agency,
    AgencyKind,
    Area,
    AreaLevel,
    AreaSuccession,
    Membership,
    Region,
    Role,
)

# Every factory-made account signs in with this (tests/e2e types it in a browser).
PASSWORD = "mat-khau-thu"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["code"]

    code = "TDMNPB"
    name = "Trung du miền núi phía Bắc"


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    name = factory.Sequence(lambda n: f"Địa bàn {n}")
    kind = "tỉnh"
    level = AreaLevel.PROVINCE


def province(name="Lạng Sơn", **kwargs):
    return AreaFactory(name=name, kind="tỉnh", level=AreaLevel.PROVINCE, **kwargs)


def district(parent, name="Cao Lộc", **kwargs):
    return AreaFactory(
        name=name, kind="huyện", level=AreaLevel.DISTRICT, parent=parent, **kwargs
    )


def commune(parent, name="Thụy Hùng", **kwargs):
    return AreaFactory(
        name=name, kind="xã", level=AreaLevel.COMMUNE, parent=parent, **kwargs
    )


def village(parent, name="Cồn Tòng", **kwargs):
    return AreaFactory(
        name=name, kind="thôn", level=AreaLevel.VILLAGE, parent=parent, **kwargs
    )


def merged(successor, predecessors, *, legal_basis="NQ thử", on=None):
    """`successor` formed from `predecessors` on `on` (by default the day it
    became valid) by `legal_basis`: their AreaSuccession."""
    succession = AreaSuccession.objects.create(
        successor=successor,
        effective_on=on or successor.valid_from,
        legal_basis=legal_basis,
    )
    succession.predecessors.set(predecessors)
    return succession


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Cơ quan {n}")
    kind = AgencyKind.DEPARTMENT
    area = factory.SubFactory(AreaFactory)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    area = factory.SubFactory(AreaFactory)
    role = Role.PROVINCIAL_VIEWER


def member(area, role, username=None):
    """A user with one membership on `area` in `role`."""
    user = UserFactory(username=username) if username else UserFactory()
    MembershipFactory(user=user, area=area, role=role)
    return user


class PlanFactory(factory.django.DjangoModelFactory):
    """An issued 2023 plan of `area` (give it), issued by "UBND <area>" (an
    agency made here unless `issuing_agency` is given)."""

    class Meta:
        model = Plan

    area = factory.SubFactory(AreaFactory)
    issuing_agency = factory.SubFactory(
        AgencyFactory,
        area=factory.SelfAttribute("..area"),
        name=factory.LazyAttribute(lambda agency: f"UBND {agency.area.name}"),
    )
    symbol = "KH-UBND"
    number = "01"
    year = 2023
    title = "Xây dựng nông thôn mới"
    place = factory.LazyAttribute(lambda plan: plan.area.name)
    status = PlanStatus.ISSUED


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    """Quyết định 318/QĐ-TTg unless told otherwise; the same one on a second call
    (number and issuer are unique together)."""

    class Meta:
        model = LegalDocument
        django_get_or_create = ("number", "issuer")

    number = "318/QĐ-TTg"
    doc_type = "QĐ"
    issuer = "Thủ tướng Chính phủ"


class CriteriaSetFactory(factory.django.DjangoModelFactory):
    """A commune-level (xã NTM) criteria set of 2021–2025 on its document, with
    no criteria: each test adds the ones it needs."""

    class Meta:
        model = CriteriaSet

    code = "thu"
    name = "Bộ tiêu chí thử"
    document = factory.SubFactory(LegalDocumentFactory)
    level = "xa_ntm"
    period_start = 2021
    period_end = 2025


def planning_and_roads(criteria_set, *, groups=(None, None), **roads) -> Indicator:
    """Criterion 1 "Quy hoạch" (1.1 "Có quy hoạch": Đạt) and criterion 2
    "Giao thông" (2.1 "Tỷ lệ đường xã được cứng hóa": ≥ 90%, with `roads`'
    other fields) in `criteria_set`, each in its group of `groups` if given.
    Returns indicator 2.1 (its criterion is 2)."""
    planning = Criterion.objects.create(
        criteria_set=criteria_set, group=groups[0], number=1, name="Quy hoạch"
    )
    traffic = Criterion.objects.create(
        criteria_set=criteria_set, group=groups[1], number=2, name="Giao thông"
    )
    Indicator.objects.create(
        criterion=planning,
        code="1.1",
        name="Có quy hoạch",
        comparator="met",
        required_text="Đạt",
    )
    return Indicator.objects.create(
        criterion=traffic,
        code="2.1",
        name="Tỷ lệ đường xã được cứng hóa",
        unit="%",
        comparator="gte",
        required_number=90,
        **roads,
    )
