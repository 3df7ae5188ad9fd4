"""Hostile text in every free-text field: HTML and script, spreadsheet
formulas, a very long text, a right-to-left override and decomposed
Vietnamese. Pages show it escaped and inert, the Excel exports hold it as
text (never a formula), the PDFs show it, and the database keeps it intact —
NFC-composed, which is the one change made on purpose (ntm.text)."""

from __future__ import annotations

import datetime
import io
import re
import unicodedata

import openpyxl
import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.urls import reverse
from django.utils.html import escape
from pypdf import PdfReader

from criteria.models import (
    CommuneGroupAssignment,
    CriteriaSetLoad,
    IndicatorRequirement,
    OutstandingField,
)
from ntm.text import NFC_APPS
from plans.models import (
    FundingSource,
    PlanBasis,
    PlanCosigner,
    PlanGoal,
    PlanSection,
    Recipient,
    TargetRevision,
)
from reports.models import ReminderSent, Reopening, Withdrawal
from tests.factories import RegionFactory, merged
from tests.security.test_csp import inline_problems
from tests.security.urls import OPEN, POST_ONLY, SCOPED, site_urls
from villages.models import AccountEvent, Agency, Official, Profile

LONG = "Dài " + "x" * 4996  # 5,000 characters
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://x","y")',
    "+SUM(1)",
    "-2+3",
    "@cmd",
    LONG,
    "\u202eabc",
    unicodedata.normalize("NFD", "Thụy Hùng"),
]

# Not free text: each with the reason. A field with choices is never free text
# (the form and the database accept only the listed values).
EXCLUDED = {
    "villages.Region.code": "a region code from the reference fixture",
    "villages.Area.code": "the official administrative code (digits)",
    "villages.Area.path": "computed materialised path, not editable",
    "criteria.CriteriaSet.code": "a slug in URLs, letters, digits and dashes only",
    "criteria.CriterionGroup.code": "a Roman numeral from the criteria fixture",
    "criteria.Indicator.code": "an indicator number such as 17.1",
    "criteria.OutstandingField.code": "a short code from the criteria fixture",
    "criteria.Assessment.requirement": "copied from the indicator's requirement",
    "criteria.EvidenceFile.content_type": "set by the server from the content",
    "criteria.CriteriaSetLoad.code": "a set's slug, chosen from the sets or built",
    "criteria.CriteriaSetLoad.kind": "set by the server from the content",
    "criteria.CriteriaSetLoad.sha256": "a digest computed by the server",
    "reports.ReminderSent.recipients": "e-mail addresses written by the system",
    "reports.PlanProgressWeek.percent_sum": "a number the summary computes",
    "reports.SaveKey.digest": "a digest computed by the server",
    "reports.SaveKey.result": "the server's own answer to the save, not typed",
}

# Fields whose text must appear on the owner's pages, escaped and whole.
SHOWN_ON_PAGES = {
    "villages.Area.name",
    "villages.Agency.name",
    "plans.Plan.title",
    "plans.Plan.purpose",
    "plans.Task.title",
    "plans.Target.name",
    "plans.Phase.name",
    "reports.ProgressReport.difficulties",
    "reports.ProgressReport.proposals",
    "reports.ProgressEntry.note",
    "reports.Withdrawal.reason",
    "criteria.Assessment.evidence",
    "criteria.Criterion.name",
    "villages.AccountEvent.detail",
    "villages.Profile.phone",
}
# Fields whose text must appear in the appendix exports (xlsx and pdf).
SHOWN_IN_EXPORTS = {"plans.Target.name", "plans.Task.title"}


def free_text_fields() -> dict[str, models.Field]:
    found = {}
    for label in NFC_APPS:
        for model in apps.get_app_config(label).get_models():
            if model.__name__.startswith("Historical"):
                continue  # django-simple-history's copies of the fields below
            for field in model._meta.concrete_fields:
                text = isinstance(field, models.CharField | models.TextField)
                if text and not field.choices:
                    found[f"{model._meta.label}.{field.name}"] = field
    return found


def test_every_free_text_field_is_covered_or_excluded_with_a_reason():
    fields = set(free_text_fields())
    assert set(EXCLUDED) <= fields, set(EXCLUDED) - fields
    assert all(EXCLUDED.values())
    assert fields >= SHOWN_ON_PAGES | SHOWN_IN_EXPORTS
    # Every other field gets hostile text below: a new field is covered
    # automatically; one that cannot hold free text must be listed above.


def complete(a) -> None:
    """A row for every model that has free text and no row yet."""
    today = a.report.period_start
    RegionFactory()
    merged(a.area, [a.village], legal_basis="NQ", on=datetime.date(2025, 7, 1))
    Official.objects.create(full_name="Ông A", agency=a.plan.issuing_agency)
    IndicatorRequirement.objects.create(
        indicator=a.indicator, region=RegionFactory(), comparator="met"
    )
    OutstandingField.objects.create(
        criteria_set=a.criteria_set, code="LV1", name="Văn hóa"
    )
    CommuneGroupAssignment.objects.create(
        area=a.area, group=2, valid_from=datetime.date(2026, 2, 15), basis="QĐ"
    )
    CriteriaSetLoad.objects.create(
        code=a.criteria_set.code,
        name="phu-luc.xlsx",
        kind="xlsx",
        sha256="0" * 64,
        file="nap-tieu-chi/phu-luc.xlsx",
        uploaded_by=a.owner,
    )
    PlanBasis.objects.create(plan=a.plan, document=a.criteria_set.document, text="c")
    PlanGoal.objects.create(plan=a.plan, area=a.area, kind="keep", text="giữ")
    PlanSection.objects.create(plan=a.plan, heading="Mục", body="nội dung")
    FundingSource.objects.create(plan=a.plan, description="Ngân sách xã")
    Recipient.objects.create(plan=a.plan, text="Như trên")
    PlanCosigner.objects.create(
        plan=a.plan,
        agency=Agency.objects.create(area=a.area, name="Ủy ban MTTQ xã"),
        signer_name="Bà B",
    )
    TargetRevision.objects.create(target=a.target, before={}, after={}, reason="r")
    Reopening.objects.create(report=a.report, reason="Mở lại")
    Withdrawal.objects.create(
        report=a.report,
        reason="Nhập nhầm",
        withdrawn_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
    )
    ReminderSent.objects.create(plan=a.plan, period_start=today)
    Profile.objects.create(user=a.owner, phone="0912 345 678")
    AccountEvent.objects.create(
        account=a.owner, actor=a.owner, action="created", detail="Tạo tài khoản"
    )


def fill(hostile: list[str]) -> dict[int, tuple[str, str]]:
    """Give every free-text value of every row a hostile string (in turn)
    with a marker " [#n]" at its end; return marker → (field, expected)."""
    expected, n = {}, 0
    by_model: dict[type, list[models.Field]] = {}
    for label, field in sorted(free_text_fields().items()):
        if label not in EXCLUDED:
            by_model.setdefault(field.model, []).append(field)
    for model, fields in by_model.items():
        rows = list(model.objects.order_by("pk"))
        assert rows, f"no {model._meta.label} row to fill"
        for row in rows:
            for field in fields:
                n += 1
                marker = f" [#{n}]"
                text = hostile[n % len(hostile)]
                if field.max_length:
                    text = text[: field.max_length - len(marker)]
                setattr(row, field.attname, text + marker)
                label = f"{model._meta.label}.{field.name}"
                expected[n] = (label, unicodedata.normalize("NFC", text + marker))
            row.save()
    return expected


@pytest.fixture
def owner(commune_a):
    get_user_model().objects.filter(pk=commune_a.owner.pk).update(
        is_staff=True, is_superuser=True
    )
    commune_a.owner.refresh_from_db()
    return commune_a.owner


def stored(expected) -> list[tuple]:
    wrong = []
    for marker, (label, value) in expected.items():
        app, model, field = label.split(".")
        found = (
            apps.get_model(app, model)
            ._default_manager.filter(**{f"{field}__endswith": f" [#{marker}]"})
            .values_list(field, flat=True)
        )
        if list(found) != [value]:
            wrong.append((label, marker, list(found)[:1]))
    return wrong


MARKER = re.compile(r" \[#(\d+)\]")


@pytest.mark.parametrize(
    "text",
    [HOSTILE[0], HOSTILE[1], LONG, HOSTILE[-1]],
    ids=["script", "img-onerror", "long", "decomposed"],
)
def test_hostile_text_is_stored_intact_and_shown_inert(client, commune_a, owner, text):
    complete(commune_a)
    expected = fill([text])
    assert stored(expected) == []
    pages, problems = [], []
    for name, url in site_urls(commune_a, set(SCOPED) | set(OPEN)):
        if name in POST_ONLY or name.startswith("reports:export"):
            continue
        client.force_login(owner)
        response = client.get(url)
        assert response.status_code < 500, (name, url)
        if response["Content-Type"].startswith("text/html"):
            html = response.content.decode()
            pages.append(html)
            problems += [(name, url, p) for p in inline_problems(html)]
    for model in ("plans/plan", "plans/task", "reports/progressreport"):
        client.force_login(owner)
        row = apps.get_model(*model.split("/")).objects.order_by("pk").first()
        html = client.get(f"/quan-tri/{model}/{row.pk}/change/").content.decode()
        pages.append(html)
        problems += [(model, p) for p in inline_problems(html)]
    assert problems == []
    html = "\n".join(pages)
    shown = {int(m) for m in MARKER.findall(html)}
    for marker in shown:
        label, value = expected[marker]
        assert escape(value) in html, (label, value[:60])
    shown_labels = {expected[m][0] for m in shown}
    assert shown_labels >= SHOWN_ON_PAGES, SHOWN_ON_PAGES - shown_labels
    # The attack strings never appear unescaped.
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html


def xlsx_cells(data: bytes):
    book = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            yield from row


def intact(value: str, text: str) -> bool:
    """`value` whole in `text`; in capitals where the document sets a heading
    in capitals (Decree 30: agency, title, signing authority)."""
    return value in text or value.upper() in text


def pdf_forms(value: str) -> list[str]:
    """What the PDF may show of `value`. A right-to-left override draws the
    rest of its line reversed (the field's own letters, and any field after
    it on the same line), with the marker on either side; the characters are
    all there, in one order or the other."""
    body, marker = value.rsplit(" [#", 1)
    body = body.removeprefix("\u202e")
    return [
        visible(form)
        for shown in (body, body[::-1])
        for form in (f"{shown}[#{marker}", f"[#{marker}{shown}")
    ]


def visible(text: str) -> str:
    """Text as read off a PDF: no whitespace (lines wrap), no bidi controls."""
    return re.sub(r"[\s\u202a-\u202e]", "", text)


@pytest.mark.parametrize(
    "text",
    [*HOSTILE[2:6], HOSTILE[7], HOSTILE[0]],
    ids=["hyperlink", "plus", "minus", "at", "rtl-override", "script"],
)
def test_hostile_text_in_exports_stays_text(client, commune_a, owner, text):
    complete(commune_a)
    expected = fill([text])
    client.force_login(owner)
    week = f"?tuan={commune_a.period}"

    def urls(fmt):
        a = commune_a
        for table in ("targets", "schedule", "progress", "criteria"):
            yield reverse("reports:export_plan", args=[a.plan.pk, table, fmt]) + week
        yield reverse("reports:export_area", args=[a.area.pk, "criteria", fmt])
        yield reverse(
            "reports:export_area", args=[a.district.pk, "district_summary", fmt]
        )

    seen_xlsx, seen_pdf, wrong = set(), set(), []
    for url in urls("xlsx"):
        response = client.get(url)
        assert response.status_code == 200, url
        for cell in xlsx_cells(b"".join(response.streaming_content)):
            if not isinstance(cell.value, str):
                continue
            markers = {int(m) for m in MARKER.findall(cell.value)}
            if cell.data_type == "f" and markers:
                wrong.append(("formula made of typed text", url, cell.coordinate))
            for marker in markers:
                seen_xlsx.add(expected[marker][0])
                value = expected[marker][1]
                if not intact(value, cell.value):
                    wrong.append(("altered in xlsx", url, cell.coordinate, cell.value))
                if cell.value.startswith(("=", "+", "-", "@")) and not (
                    cell.data_type == "s" and cell.quotePrefix
                ):
                    wrong.append(("formula text not quoted", url, cell.coordinate))
    for url in urls("pdf"):
        response = client.get(url)
        assert response.status_code == 200, url
        reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
        text = visible("".join(page.extract_text() for page in reader.pages))
        # A right-to-left override reverses whole lines: read them backwards too.
        for candidate in (text, text[::-1]):
            for marker in {int(m) for m in re.findall(r"\[#(\d+)\]", candidate)}:
                if marker not in expected:
                    continue
                label, value = expected[marker]
                seen_pdf.add(label)
                if not any(intact(form, candidate) for form in pdf_forms(value)):
                    at = candidate.find(f"[#{marker}]")
                    wrong.append(
                        ("altered in pdf", url, label, candidate[at - 40 : at + 5])
                    )
    assert wrong == []
    assert seen_xlsx >= SHOWN_IN_EXPORTS, SHOWN_IN_EXPORTS - seen_xlsx
    assert seen_pdf >= SHOWN_IN_EXPORTS, SHOWN_IN_EXPORTS - seen_pdf


def test_decomposed_input_through_a_form_is_stored_composed(client, commune_a):
    """Typed on a keyboard that sends NFD, saved through the task form: the
    stored title is NFC, equal to the same words typed composed."""
    title = unicodedata.normalize("NFD", "Nạo vét kênh mương thôn Cồn Tòng")
    assert not unicodedata.is_normalized("NFC", title)
    client.force_login(commune_a.owner)
    response = client.post(
        reverse("plans:task_create", args=[commune_a.plan.pk]),
        {"number": "2", "title": title, "status": "not_started"},
    )
    assert response.status_code == 302
    task = commune_a.plan.tasks.get(number="2")
    assert task.title == "Nạo vét kênh mương thôn Cồn Tòng"
    assert commune_a.plan.tasks.filter(title__contains="Cồn Tòng").count() == 1
