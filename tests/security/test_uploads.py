"""Uploads are judged by their content, never by their name: a file with a
trusted name and the wrong content is refused with a Vietnamese message, and
nothing is stored — no row, no file on disk. (tests/reports/test_photos.py,
tests/criteria/test_criteria_pages.py, tests/plans/test_document_import.py
and tests/plans/test_target_import.py cover each reader in depth; these go
through the pages, with the disguises an attacker would use.)"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ntm import xlsx
from reports.models import ProgressReport
from tests.reports.conftest import browser_data
from tests.security.conftest import fingerprint

HTML = (
    b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
)
EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\x00" * 200
    + b"PE\x00\x00"
)
TEXT = "Tên thôn;Số lượng\nCồn Tòng;200\n".encode()


def files_in(root) -> set[str]:
    return {str(p) for p in root.rglob("*") if p.is_file()} if root.exists() else set()


@pytest.fixture
def unchanged(commune_a, media):
    """Asserts after the test that no row and no file was added or changed."""
    before = (fingerprint(), files_in(media))
    yield
    assert (fingerprint(), files_in(media)) == before


@pytest.mark.parametrize(
    "name,data_,content_type",
    [
        ("anh.jpg", HTML, "image/jpeg"),
        ("anh.png", EXE, "image/png"),
        ("anh.jpg", TEXT, "image/jpeg"),
    ],
)
def test_progress_photo_is_judged_by_content(
    client, commune_a, unchanged, name, data_, content_type
):
    a = commune_a
    ProgressReport.objects.filter(pk=a.report.pk).update(status="draft")
    monday = datetime.date.fromisoformat(a.period)
    morning = datetime.datetime.combine(
        monday, datetime.time(9), tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")
    )
    client.force_login(a.owner)
    url = reverse("reports:entry", args=[a.plan.pk, a.period])
    row = a.entry.village_target_id
    with time_machine.travel(morning, tick=False):
        data = browser_data(client.get(url), **{f"amount_{row}": "25"})
        data[f"photos_{row}"] = [SimpleUploadedFile(name, data_, content_type)]
        response = client.post(url, data)
    ProgressReport.objects.filter(pk=a.report.pk).update(status="submitted")
    assert response.status_code == 422
    assert response.context["form"].errors == {
        "__all__": [f"Tệp “{name}” không phải là ảnh hợp lệ."]
    }
    assert f"Tệp “{name}” không phải là ảnh hợp lệ." in response.content.decode()


@pytest.mark.parametrize(
    "name,data",
    [("bien-ban.pdf", EXE), ("bien-ban.pdf", HTML), ("anh.jpg", HTML)],
)
def test_evidence_file_is_judged_by_content(client, commune_a, unchanged, name, data):
    a = commune_a
    client.force_login(a.owner)
    response = client.post(
        reverse("criteria:assess", args=[a.area.pk, a.indicator.pk]),
        {
            "assessed_on": a.report.period_start.strftime("%d/%m/%Y"),
            "status": "met",
            "evidence": "Biên bản",
            "files": [SimpleUploadedFile(name, data, "application/pdf")],
        },
    )
    assert response.status_code == 200
    assert f"Tệp “{name}” không phải PDF hoặc ảnh hợp lệ" in response.content.decode()


@pytest.mark.parametrize(
    "name,data,message",
    [
        # Not a zip, so read as text: a web page is no plan.
        ("ke-hoach.docx", HTML, "Không nhận ra văn bản này là một kế hoạch"),
        (
            "ke-hoach.docx",
            EXE,
            "không phải văn bản: chỉ nhận .docx, .doc, .odt, .rtf, .pdf, .txt, .md hoặc bảng tính",
        ),
        (
            "ke-hoach.txt",
            EXE,
            "không phải văn bản: chỉ nhận .docx, .doc, .odt, .rtf, .pdf, .txt, .md hoặc bảng tính",
        ),
    ],
)
def test_plan_document_is_judged_by_content(
    client, commune_a, unchanged, name, data, message
):
    client.force_login(commune_a.owner)
    response = client.post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile(name, data), "area": commune_a.area.pk},
    )
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "data,message",
    [
        (TEXT, xlsx.NOT_XLSX),
        (HTML, xlsx.NOT_XLSX),
        (EXE, xlsx.NOT_XLSX),
    ],
)
def test_target_workbook_is_judged_by_content(
    client, commune_a, unchanged, data, message
):
    client.force_login(commune_a.owner)
    response = client.post(
        reverse("plans:target_import", args=[commune_a.plan.pk]),
        {"file": SimpleUploadedFile("chi-tieu.xlsx", data), "action": "apply"},
    )
    assert response.status_code == 422
    assert message in response.content.decode()
