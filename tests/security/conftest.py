"""Commune A with one object of every kind a URL can name, for the URL walk,
the CSP page check and the hostile-strings test."""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from criteria.models import (
    Assessment,
    CriteriaSet,
    Criterion,
    CriterionGroup,
    EvidenceFile,
    Indicator,
)
from criteria.services import assessment_record
from plans.models import Phase, Plan, PlanSection, Target, Task, VillageTarget
from reports.models import (
    EntryPhoto,
    ProgressEntry,
    ProgressReport,
    TaskUpdate,
)
from reports.periods import monday
from reports.photos import photo_add
from tests.factories import CriteriaSetFactory, PlanFactory, member
from villages.models import Area, Role

APPS = ("villages", "criteria", "plans", "reports")


def png(colour="green") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), colour).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class CommuneA:
    """Commune A (Thụy Hùng, district Cao Lộc) and its objects; `markers` are
    texts only commune A's pages show."""

    area: Area
    village: Area
    district: Area
    province: Area
    plan: Plan
    task: Task
    target: Target
    section: PlanSection
    report: ProgressReport
    entry: ProgressEntry
    photo: EntryPhoto
    criteria_set: CriteriaSet
    criterion: Criterion
    indicator: Indicator
    assessment: Assessment
    evidence: EvidenceFile
    period: str
    owner: object
    markers: tuple[str, ...]


@pytest.fixture
def commune_a(world, media) -> CommuneA:
    today = timezone.localdate()
    owner = member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    plan = PlanFactory(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        number="77",
        year=today.year,
        title="Kế hoạch riêng Thụy Hùng về hàng rào xanh",
        purpose="Mục đích riêng của Thụy Hùng",
    )
    task = Task.objects.create(
        plan=plan,
        number="1",
        title="Nhiệm vụ riêng Thụy Hùng",
        lead_agency=world.agency_thuy_hung,
    )
    section = PlanSection.objects.create(
        plan=plan, number="IV", heading="Tổ chức thực hiện riêng Thụy Hùng"
    )
    Phase.objects.create(
        plan=plan,
        name="Đợt cao điểm Thụy Hùng",
        starts_on=datetime.date(today.year, 1, 1),
        ends_on=datetime.date(today.year, 12, 31),
    )
    target = Target.objects.create(
        plan=plan, task=task, name="Hàng rào Thụy Hùng", unit="m", quantity=300
    )
    allocation = VillageTarget.objects.create(
        target=target, village=world.con_tong, quantity=Decimal("200")
    )
    VillageTarget.objects.create(
        target=target, village=world.na_lai, quantity=Decimal("100")
    )
    start = monday(today)
    report = ProgressReport.objects.create(
        plan=plan,
        period_start=start,
        period_end=start + datetime.timedelta(days=6),
        status="submitted",
        difficulties="Khó khăn riêng của Thụy Hùng",
    )
    entry = ProgressEntry.objects.create(
        report=report, village_target=allocation, amount=Decimal("20"), note="Ghi chú"
    )
    TaskUpdate.objects.create(
        report=report, task=task, status="in_progress", percent=10
    )
    photo = photo_add(
        entry=entry,
        upload=SimpleUploadedFile("anh.png", png(), content_type="image/png"),
        user=owner,
    )
    criteria_set = CriteriaSetFactory(code="thu-xa-ntm", period_end=2030)
    group = CriterionGroup.objects.create(
        criteria_set=criteria_set, code="I", name="Quy hoạch", order=1
    )
    criterion = Criterion.objects.create(
        criteria_set=criteria_set, number=1, name="Quy hoạch", group=group
    )
    indicator = Indicator.objects.create(
        criterion=criterion,
        code="1.1",
        name="Có quy hoạch chung xã",
        comparator="met",
        verifying_agency=world.agency_cao_loc,
    )
    assessment = assessment_record(
        area=world.thuy_hung,
        indicator=indicator,
        assessed_on=today,
        user=owner,
        status="met",
        evidence="Minh chứng riêng của Thụy Hùng",
        files=[SimpleUploadedFile("bien-ban.png", png("red"), "image/png")],
    )
    return CommuneA(
        area=world.thuy_hung,
        village=world.con_tong,
        district=world.cao_loc,
        province=world.lang_son,
        plan=plan,
        task=task,
        section=section,
        target=target,
        report=report,
        entry=entry,
        photo=photo,
        criteria_set=criteria_set,
        criterion=criterion,
        indicator=indicator,
        assessment=assessment,
        evidence=assessment.files.get(),
        period=start.isoformat(),
        owner=owner,
        markers=(
            # Not the bare name: help texts cite it as an example ("Ví dụ: Thụy Hùng").
            "xã Thụy Hùng",
            "Xã Thụy Hùng",
            "Cồn Tòng",
            "Nà Lài",
            "Kế hoạch riêng",
            "77/KH-UBND",
            "Hàng rào Thụy Hùng",
            "Khó khăn riêng",
            "Minh chứng riêng",
        ),
    )


# Derived rows a read may refresh (reports.summaries: a dashboard rebuilds the
# weekly summary of plans whose figures changed): a cache, not the user's data.
DERIVED = {
    "reports.PlanProgressWeek",
    "reports.PlanProgressBuilt",
    "reports.PlanProgressStale",
}


def fingerprint() -> dict:
    """Every row of the app models (and the users), to prove that a request
    changed nothing."""
    models = [
        m
        for a in APPS
        for m in apps.get_app_config(a).get_models()
        if m._meta.label not in DERIVED
    ]
    users = apps.get_model("auth", "User").objects.order_by("pk")
    # last_login moves with every force_login; it is not the request's doing.
    rows = {"auth.User": list(users.values(*(f for f in USER_FIELDS)))}
    for model in sorted(models, key=lambda m: m._meta.label):
        rows[model._meta.label] = list(model.objects.order_by("pk").values())
    return rows


USER_FIELDS = ("id", "username", "password", "is_staff", "is_superuser", "is_active")


@pytest.fixture
def owner(commune_a):
    """A superuser with commune A's membership: every page opens for them."""
    user = commune_a.owner
    get_user_model().objects.filter(pk=user.pk).update(is_staff=True, is_superuser=True)
    user.refresh_from_db()
    return user
