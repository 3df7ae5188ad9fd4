"""Fixtures shared by the criteria tests: the shipped reference data, a set's
current version by its code, and a table uploaded for loading."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from criteria.loading import uploads
from criteria.models import CriteriaSet, CriteriaSetLoad
from criteria.services import criteria_load, regions_load


@pytest.fixture
def reference(db) -> dict[str, CriteriaSet]:
    """The shipped regions and criteria sets, loaded: {code: set}."""
    regions_load()
    return {s.code: s for s in criteria_load()}


def current(code: str) -> CriteriaSet:
    """The current version of the set `code`."""
    return CriteriaSet.objects.current_versions().get(code=code)


def load(
    user, criteria_set, data, *, name="phu-luc.xlsx", part="Phụ lục I"
) -> CriteriaSetLoad:
    """`data` (bytes, or an openpyxl workbook) uploaded by `user` as the file
    `name` to load into `criteria_set`, the source's `part` named."""
    if not isinstance(data, bytes):
        buffer = io.BytesIO()
        data.save(buffer)
        data = buffer.getvalue()
    return uploads.load_upload(
        user=user,
        upload=SimpleUploadedFile(name, data),
        criteria_set=criteria_set,
        source_part=part,
    )
