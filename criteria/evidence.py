"""Evidence files for assessments: a PDF (scanned minutes, a certificate) or a
photo, checked by content, never by name or declared type.

A photo goes through the same check and re-encoding as progress photos (EXIF,
GPS and anything appended are dropped). A PDF is stored as sent, once its
header and end-of-file marker say it is a complete PDF; it is served only as a
download (Content-Disposition: attachment) within the viewer's scope.
"""

from __future__ import annotations

import math
import os
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile

from criteria.models import Assessment, EvidenceFile
from ntm.photos import MEGABYTE, photo_prepare
from ntm.text import nfc

MAX_FILES_PER_ASSESSMENT = 10
MAX_BYTES = 10 * MEGABYTE
PDF = "application/pdf"
JPEG = "image/jpeg"


def _display_name(upload: UploadedFile) -> str:
    # Shown to users and used in the download name, never as a path on disk.
    return nfc(os.path.basename(upload.name or "")).strip()[:120] or "minh-chung"


def _is_pdf(head: bytes, tail: bytes) -> bool:
    return head.startswith(b"%PDF-") and b"%%EOF" in tail


def _read(upload: UploadedFile) -> tuple[bytes, bytes]:
    upload.seek(0)
    head = upload.read(8)
    upload.seek(max(upload.size - 1024, 0))
    tail = upload.read()
    upload.seek(0)
    return head, tail


def _prepared(upload: UploadedFile) -> tuple[bytes, str, str]:
    """(content, content type, display name) of an acceptable upload."""
    name = _display_name(upload)
    if upload.size > MAX_BYTES:
        size = math.ceil(upload.size * 10 / MEGABYTE) / 10
        raise ValidationError(
            f"Tệp “{name}” quá lớn ({str(size).replace('.', ',')} MB); tối đa {MAX_BYTES // MEGABYTE} MB."
        )
    head, tail = _read(upload)
    if head.startswith(b"%PDF-"):
        if not _is_pdf(head, tail):
            raise ValidationError(f"Tệp “{name}” là PDF không hoàn chỉnh hoặc bị hỏng.")
        return upload.read(), PDF, name
    try:
        encoded = photo_prepare(upload)
    except ValidationError as error:
        raise ValidationError(
            f"Tệp “{name}” không phải PDF hoặc ảnh hợp lệ. Minh chứng nhận tệp PDF, ảnh JPEG, PNG hoặc WebP."
        ) from error
    return encoded.image, JPEG, os.path.splitext(name)[0] + ".jpg"


def evidence_attach(
    *, assessment: Assessment, uploads: list[UploadedFile], user
) -> list[EvidenceFile]:
    """Check every upload, then store them all, or none and raise a
    ValidationError naming each bad file. Call inside the transaction that
    records the assessment."""
    if assessment.files.count() + len(uploads) > MAX_FILES_PER_ASSESSMENT:
        raise ValidationError(
            f"Mỗi đánh giá tối đa {MAX_FILES_PER_ASSESSMENT} tệp minh chứng."
        )
    prepared, errors = [], []
    for upload in uploads:
        try:
            prepared.append(_prepared(upload))
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    stored = []
    try:
        for content, content_type, name in prepared:
            extension = ".pdf" if content_type == PDF else ".jpg"
            evidence = EvidenceFile(
                assessment=assessment,
                name=name,
                content_type=content_type,
                size=len(content),
                uploaded_by=user,
            )
            evidence.file.save(
                f"{uuid.uuid4().hex}{extension}", ContentFile(content), save=False
            )
            stored.append(evidence)
            evidence.save()
    except Exception:
        for evidence in stored:
            evidence.file.storage.delete(evidence.file.name)
        raise
    return stored
