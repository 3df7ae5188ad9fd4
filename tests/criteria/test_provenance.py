"""Provenance per item (issue 20): "verified" means one act, recorded with who
and when and against a citation; never inherited, never for a paraphrase;
what the shipped reference data claims, and the audit that counts it."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from criteria.loading.fixture import FixtureError, read_fixture
from criteria.management.commands.criteria_audit import audit
from criteria.models import (
    CriteriaSet,
    Criterion,
    Indicator,
    IndicatorRequirement,
    LegalDocument,
    OutstandingField,
)
from criteria.services import criteria_load, provenance_check
from tests.criteria.conftest import current
from tests.factories import member
from villages.models import Area, Role

URL = re.compile(r"https?://")


ITEMS = (
    LegalDocument,
    CriteriaSet,
    Criterion,
    Indicator,
    IndicatorRequirement,
    OutstandingField,
)


def test_nothing_shipped_is_verified_without_an_address_and_a_check(reference):
    for model in ITEMS:
        for item in model.objects.filter(verified=True):
            assert URL.search(item.source), f"{model.__name__} {item}"
            assert item.checked_at and "criteria-audit.md" in item.check_note, item
            assert not item.paraphrase, item


def test_no_inherited_row_is_verified(reference):
    for code in ("ls1494-xa-ntm", "ht36-xa-ntm", "ls1494-xa-ntm-kieu-mau"):
        s = current(code)
        assert not s.criteria.filter(verified=True).exists(), code
        assert not Indicator.objects.filter(
            criterion__criteria_set=s, verified=True
        ).exists(), code
        assert not s.outstanding_fields.filter(verified=True).exists(), code
    # The audit's examples: Lạng Sơn 1494 showed 19/19, Hà Tĩnh 36 18/19.
    assert current("ls1494-xa-ntm").criteria.filter(inherited=True).count() == 19
    assert current("ht36-xa-ntm").criteria.filter(inherited=True).count() == 19


def test_the_corrections_of_the_audit_are_shipped(reference):
    irrigation = Indicator.objects.get(
        criterion__criteria_set=current("qd318-xa-ntm"), code="3.1"
    )
    assert (irrigation.comparator, irrigation.required_number) == ("gte", 80)
    assert LegalDocument.objects.get(number="1980/QĐ-TTg").effective_on == (
        datetime.date(2016, 12, 1)
    )
    amends = LegalDocument.objects.get(number="211/QĐ-TTg").amends
    assert sorted(amends.values_list("number", flat=True)) == [
        "318/QĐ-TTg",
        "320/QĐ-TTg",
    ]
    # Paraphrases are never flagged verified.
    decision_211 = LegalDocument.objects.get(number="211/QĐ-TTg")
    assert decision_211.paraphrase and not decision_211.verified
    for number in (2, 4):
        condition = current("qd319-xa-ntm-kieu-mau").criteria.get(number=number)
        assert condition.paraphrase and not condition.verified
    assert not LegalDocument.objects.get(number="1494/QĐ-UBND").verified
    # Sets the audit found missing, loaded without content and saying so.
    for code, level in [
        ("qd320-huyen-ntm-nang-cao", "huyen_ntm_nang_cao"),
        ("qd320-thi-xa-hoan-thanh", "thi_xa_hoan_thanh"),
        ("qd321-tinh-hoan-thanh", "tinh_hoan_thanh"),
        ("qd51-xa-ntm-hien-dai-2026", "xa_ntm_hien_dai"),
        ("qd51-tinh-hoan-thanh-2026", "tinh_hoan_thanh"),
    ]:
        s = current(code)
        assert s.level == level and "Chưa có văn bản đối chiếu" in s.note, code
    qd51 = current("qd51-xa-ntm-2026")
    assert (qd51.expected_criteria, qd51.expected_indicators) == (10, 47)
    assert qd51.criteria.count() == 10


def test_the_database_refuses_a_verified_row_without_its_check(reference):
    row = Indicator.objects.filter(verified=False, inherits_from__isnull=True).first()
    row.verified = True
    with pytest.raises(IntegrityError), transaction.atomic():
        row.save(update_fields=["verified"])
    row.refresh_from_db()
    row.verified, row.checked_at, row.paraphrase = True, timezone.now(), True
    row.source = "https://example.org/van-ban"
    with pytest.raises(IntegrityError), transaction.atomic():
        row.save()


def test_the_database_refuses_to_verify_an_inherited_row(reference):
    inherited = Indicator.objects.filter(
        criterion__criteria_set=current("ht36-xa-ntm"), code="2.1"
    ).get()
    assert inherited.inherited
    inherited.verified, inherited.checked_at = True, timezone.now()
    inherited.source = "https://example.org/qd-36"
    with pytest.raises(IntegrityError), transaction.atomic():
        inherited.save()


def test_an_inherited_row_is_never_counted_as_verified(reference):
    """The national row is checked in the app; the province's copy of it
    stays unverified, and criteria_audit counts it so."""
    admin = get_user_model().objects.create_superuser("quantri", password="x")
    national = Indicator.objects.get(
        criterion__criteria_set=current("qd318-xa-ntm"), code="2.1"
    )
    provenance_check(
        item=national,
        user=admin,
        verified=True,
        source_document=national.criterion.criteria_set.document,
        source_part="Phụ lục I",
        source_locator="trang 2, dòng 5",
    )
    copy = Indicator.objects.get(
        criterion__criteria_set=current("ht36-xa-ntm"), code="2.1"
    )
    assert copy.inherits_from == national and not copy.verified
    assert audit(current("qd318-xa-ntm")).indicators_verified == 3
    province = audit(current("ht36-xa-ntm"))
    assert (province.indicators, province.indicators_inherited) == (58, 58)
    assert province.indicators_verified == province.criteria_verified == 0


def test_criteria_audit_prints_each_set(reference, capsys):
    call_command("criteria_audit")
    out = capsys.readouterr().out
    assert (
        "qd318-xa-ntm v1 – 318/QĐ-TTg\n"
        "  tiêu chí: 19; có nguồn 19; đã đối chiếu 17\n"
        "  chỉ tiêu: 58; có mức yêu cầu 32 (định lượng 3/25); có nguồn 58; "
        "đã đối chiếu 2\n"
        "  mức theo vùng, nhóm xã, năm: 9; đã đối chiếu 0\n"
    ) in out
    assert (
        "ls1494-xa-ntm v1 – 1494/QĐ-UBND\n"
        "  tiêu chí: 19 (riêng 0, kế thừa 19); có nguồn 0; đã đối chiếu 0\n"
    ) in out
    assert (
        "qd51-xa-ntm-2026 v1 – 51/2025/QĐ-TTg\n"
        "  tiêu chí: 10; có nguồn 10; đã đối chiếu 10\n"
        "  chỉ tiêu: 0; văn bản có 47; có mức yêu cầu 0 (định lượng 0/0); có nguồn 0; "
        "đã đối chiếu 0\n"
        "  chưa có văn bản đối chiếu: 10 tiêu chí chưa nạp chỉ tiêu (đánh giá cả "
        "tiêu chí)\n"
    ) in out
    assert out.splitlines()[-1].startswith("Tổng 19 bộ: 190 tiêu chí (29 đã đối chiếu)")


# ── The check, in the app ──


@pytest.fixture
def lang_son_manager(reference):
    return member(
        Area.objects.get(name="Lạng Sơn"), Role.REFERENCE_MANAGER, "tinh.vpdp"
    )


def own_row():
    """An own row of Lạng Sơn's set: its override of 17.2's verifying agency."""
    return Indicator.objects.get(
        criterion__criteria_set=current("ls1494-xa-ntm"), code="17.2"
    )


def test_a_manager_records_a_check_against_a_cited_source(lang_son_manager):
    row = own_row()
    document = LegalDocument.objects.get(number="1494/QĐ-UBND")
    provenance_check(
        item=row,
        user=lang_son_manager,
        verified=True,
        source_document=document,
        source_part="Phụ lục I",
        source_locator="trang 14, dòng 17.2",
    )
    row.refresh_from_db()
    assert row.verified and row.checked_by == lang_son_manager
    assert row.checked_at and row.source_document == document
    assert row.source_label.startswith("Quyết định số 1494/QĐ-UBND")
    # A later run of loadreference keeps a check made in the app.
    criteria_load()
    row.refresh_from_db()
    assert row.verified and row.checked_by == lang_son_manager


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"paraphrase": True}, "Bản diễn giải không được đánh dấu đã đối chiếu"),
        ({"source_part": "", "source_locator": ""}, "Ghi văn bản và vị trí"),
    ],
)
def test_a_check_needs_a_citation_and_the_wording_itself(
    lang_son_manager, kwargs, message
):
    row = own_row()
    row.source = "seed 001"  # no address to open
    row.save()
    values = {
        "source_document": LegalDocument.objects.get(number="1494/QĐ-UBND"),
        "source_part": "Phụ lục I",
        "source_locator": "trang 14",
        **kwargs,
    }
    with pytest.raises(ValidationError) as error:
        provenance_check(item=row, user=lang_son_manager, verified=True, **values)
    assert message in " ".join(error.value.messages)
    row.refresh_from_db()
    assert not row.verified and row.checked_by is None


def test_an_inherited_row_or_another_provinces_set_cannot_be_checked(lang_son_manager):
    document = LegalDocument.objects.get(number="318/QĐ-TTg")
    citation = {"source_document": document, "source_part": "Phụ lục I"}
    inherited = Indicator.objects.get(
        criterion__criteria_set=current("ls1494-xa-ntm"), code="2.1"
    )
    with pytest.raises(ValidationError, match="kế thừa bộ tiêu chí cha"):
        provenance_check(
            item=inherited, user=lang_son_manager, verified=True, **citation
        )
    national = Indicator.objects.get(
        criterion__criteria_set=current("qd318-xa-ntm"), code="2.1"
    )
    with pytest.raises(ValidationError, match="không quản lý"):
        provenance_check(
            item=national, user=lang_son_manager, verified=True, **citation
        )
    ha_tinh = current("ht36-xa-ntm").criteria.get(number=2)
    with pytest.raises(ValidationError, match="không quản lý"):
        provenance_check(item=ha_tinh, user=lang_son_manager, verified=True, **citation)


# ── The rule for the shipped files ──


def fixture(**item) -> dict:
    return {
        "check": {"on": datetime.date(2026, 12, 3), "note": "Rà soát"},
        "document": {
            "number": "1/QĐ-TTg",
            "doc_type": "QĐ",
            "issuer": "Thủ tướng Chính phủ",
            **item,
        },
    }


class Path:
    name = "thu.toml"


@pytest.mark.parametrize(
    "item,message",
    [
        ({"verified": True, "source": "criteria.md §1"}, "không có đường dẫn"),
        (
            {"verified": True, "source": "https://x.vn/a", "paraphrase": True},
            "diễn giải",
        ),
    ],
)
def test_a_fixture_cannot_flag_verified_without_an_address_or_for_a_paraphrase(
    item, message
):
    with pytest.raises(FixtureError, match=message):
        read_fixture(Path(), fixture(**item))


def test_a_fixture_check_needs_its_date():
    data = fixture(verified=True, source="https://x.vn/a")
    del data["check"]
    with pytest.raises(FixtureError, match="ngày đối chiếu"):
        read_fixture(Path(), data)
    document, _ = read_fixture(Path(), fixture(verified=True, source="https://x.vn/a"))
    assert document.source.verified and document.source.checked_on == datetime.date(
        2026, 12, 3
    )
