"""A joint plan ("Kế hoạch liên tịch", "Kế hoạch phối hợp") keeps its other
body and that body's signer: read from the header and the left signature,
shown and corrected on the preview, stored as PlanCosigner, shown on the
plan's page to those who may read the plan only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.urls import reverse

from ntm.documents import read_document
from plans.document_import.parser import parse
from plans.document_import.quality import measure
from plans.models import Plan, PlanCosigner
from tests.plans.conftest import preview_data
from villages.models import Agency, Area

CORPUS = Path(__file__).parent / "import_corpus"
TAN_THANH = CORPUS / "round22h" / "r22h-lien-tich-tan-thanh-mttq.docx"
NHO_QUAN = CORPUS / "round22" / "r22-lien-tich-xa-nho-quan.pdf"
PASSWORD = "demo-ntm-2026"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0, reset_sequences=False)


def _parsed(path: Path):
    return parse(read_document(path.name, path.read_bytes()))


def _signature(cosigner) -> tuple[str, str, str, str]:
    return (
        cosigner.agency_text,
        cosigner.signing_authority,
        cosigner.signer_title,
        cosigner.signer_name,
    )


def test_a_joint_word_plan_keeps_its_second_body_and_signer():
    plan = _parsed(TAN_THANH)
    assert plan.signer_name == "Nguyễn Văn Lực"  # the presiding body's, unchanged
    assert [_signature(c) for c in plan.cosigners] == [
        (
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN THẠNH",
            "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ",
            "CHỦ TỊCH",
            "Trần Thị Thu Hà",
        )
    ]


def test_a_joint_pdf_plan_keeps_its_second_body_and_signer():
    plan = _parsed(NHO_QUAN)
    assert plan.signer_name == "Phạm Văn Quang"
    assert [_signature(c) for c in plan.cosigners] == [
        (
            "BAN THƯỜNG TRỰC UBMTTQ VN XÃ NHO QUAN",
            "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ",
            "CHỦ TỊCH",
            "Đinh Thị Thu Hà",
        )
    ]


def test_a_body_named_on_two_header_lines_is_one_cosigner():
    path = CORPUS / "round22h" / "r22h-lien-tich-my-hoa-phu-nu.docx"
    assert [c.agency_text for c in _parsed(path).cosigners] == [
        "BAN CHẤP HÀNH HỘI LIÊN HIỆP PHỤ NỮ XÃ MỸ HÒA"
    ]


def test_import_quality_counts_a_lost_cosigner():
    plan = _parsed(TAN_THANH)
    expected = {
        "header": {
            "cosigners": [
                {
                    "agency": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TÂN THẠNH",
                    "authority": "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ",
                    "signer_title": "CHỦ TỊCH",
                    "signer": "Trần Thị Thu Hà",
                }
            ]
        }
    }
    score = measure(plan, expected).scores["header"]
    assert score.hits == 4  # the body, its authority, post and signer
    plan.cosigners = []
    assert measure(plan, expected).scores["header"].hits == 0


def _upload(client, area):
    client.login(username="quantri", password=PASSWORD)
    return client.post(
        reverse("plans:import"),
        {
            "file": SimpleUploadedFile(TAN_THANH.name, TAN_THANH.read_bytes()),
            "area": area.pk,
        },
    )


@pytest.mark.django_db
def test_the_preview_shows_corrects_and_confirm_stores_the_cosigner(demo, client):
    area = Area.objects.get(name="Thụy Hùng")
    page = _upload(client, area)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Cơ quan cùng ban hành (1)" in text and "Trần Thị Thu Hà" in text
    data = preview_data(page)
    assert data["cosigners-0-signer_name"] == "Trần Thị Thu Hà"
    assert data["cosigners-0-create_agency"] == "on"  # not on file: proposed
    data["cosigners-0-signer_name"] = "Trần Thị Thu Hằng"  # corrected
    done = client.post(reverse("plans:import_confirm"), data)
    plan = Plan.objects.order_by("-pk").first()
    assert done.status_code == 302, done.content.decode()[:2000]
    cosigner = plan.cosigners.get()
    assert (
        cosigner.signing_authority,
        cosigner.signer_title,
        cosigner.signer_name,
    ) == (
        "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ",
        "CHỦ TỊCH",
        "Trần Thị Thu Hằng",
    )
    assert cosigner.agency != plan.issuing_agency
    assert cosigner.agency.area == plan.area == plan.issuing_agency.area
    assert cosigner.history.count() == 1
    detail = client.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "Cơ quan cùng ban hành" in detail and "Trần Thị Thu Hằng" in detail
    # A user of another area can neither see the plan nor its cosigner.
    client.logout()
    client.login(username="xa.sonbang", password=PASSWORD)
    assert client.get(reverse("plans:detail", args=[plan.pk])).status_code == 404
    other = get_user_model().objects.get(username="xa.sonbang")
    assert not PlanCosigner.objects.for_user(other).filter(pk=cosigner.pk).exists()


@pytest.mark.django_db
def test_a_cosigner_unticked_or_not_created_is_not_stored(demo, client):
    area = Area.objects.get(name="Thụy Hùng")
    page = _upload(client, area)
    data = preview_data(page)
    data.pop("cosigners-0-create_agency")
    before = Plan.objects.count()
    refused = client.post(reverse("plans:import_confirm"), data)
    assert refused.status_code == 200 and Plan.objects.count() == before
    assert "đánh dấu tạo mới, hoặc bỏ chọn" in refused.content.decode()
    data.pop("cosigners-0-include")
    done = client.post(reverse("plans:import_confirm"), data)
    assert done.status_code == 302
    assert not Plan.objects.order_by("-pk").first().cosigners.exists()


@pytest.mark.django_db
def test_import_plan_stores_the_cosigner(demo):
    area = Area.objects.get(name="Thụy Hùng")
    out = io.StringIO()
    call_command(
        "import_plan",
        TAN_THANH,
        area=str(area.pk),
        create_agencies=True,
        stdout=out,
    )
    printed = out.getvalue()
    assert "Cơ quan cùng ban hành: " in printed
    assert (
        "người ký: TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ / CHỦ TỊCH / Trần Thị Thu Hà"
        in printed
    )
    plan = Plan.objects.order_by("-pk").first()
    assert [c.signer_name for c in plan.cosigners.all()] == ["Trần Thị Thu Hà"]


@pytest.mark.django_db
def test_a_cosigner_is_another_body_once(demo):
    plan = Plan.objects.select_related("issuing_agency").first()
    same = PlanCosigner(plan=plan, agency=plan.issuing_agency)
    with pytest.raises(ValidationError):
        same.full_clean()
    other = Agency.objects.exclude(pk=plan.issuing_agency_id).first()
    PlanCosigner.objects.create(plan=plan, agency=other, signer_name="Lê Văn A")
    with pytest.raises(IntegrityError), transaction.atomic():
        PlanCosigner.objects.create(plan=plan, agency=other)
