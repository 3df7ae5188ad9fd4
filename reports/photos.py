"""Photos of the work on a weekly report's entry: at most six an entry, each
checked and re-encoded by ntm.photos (no EXIF, no GPS, a fresh JPEG) and
stored with its thumbnail, all or none.
"""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from ntm.photos import Encoded, display_name, photo_prepare
from reports.models import EntryPhoto, ProgressEntry

MAX_PHOTOS_PER_ENTRY = 6
TOO_MANY = f"Mỗi kết quả tối đa {MAX_PHOTOS_PER_ENTRY} ảnh."


def _lock_and_check_room(entry: ProgressEntry, adding: int) -> None:
    # Lock the entry so that two uploads at once cannot both see room for six.
    ProgressEntry.objects.select_for_update().only("pk").get(pk=entry.pk)
    if entry.photos.count() + adding > MAX_PHOTOS_PER_ENTRY:
        raise ValidationError(TOO_MANY, code="too_many")


def _store(entry: ProgressEntry, encoded: Encoded, user) -> EntryPhoto:
    # The user's file name is never used: it may be anything, and it leaks.
    name = f"{uuid.uuid4().hex}.jpg"
    photo = EntryPhoto(
        entry=entry, width=encoded.width, height=encoded.height, uploaded_by=user
    )
    photo.image.save(name, ContentFile(encoded.image), save=False)
    try:
        photo.thumbnail.save(name, ContentFile(encoded.thumbnail), save=False)
        photo.full_clean()
        photo.save()
    except Exception:
        _delete_files([photo])
        raise
    return photo


def _delete_files(photos: list[EntryPhoto]) -> None:
    for photo in photos:
        for field in (photo.image, photo.thumbnail):
            if field.name:
                field.storage.delete(field.name)


@transaction.atomic
def photos_add(
    *, entry: ProgressEntry, uploads: list[UploadedFile], user
) -> list[EntryPhoto]:
    """Check every upload, then store them all re-encoded, or store none and
    raise ValidationError listing every bad file (at most 6 photos per entry)."""
    _lock_and_check_room(entry, len(uploads))
    prepared: list[Encoded] = []
    errors: list[ValidationError] = []
    for upload in uploads:
        try:
            prepared.append(photo_prepare(upload))
        except ValidationError as error:
            if len(uploads) > 1 and error.code != "invalid":
                # Say which file; the "invalid" message already names it.
                error = ValidationError(
                    f"“{display_name(upload)}”: {error.message}", code=error.code
                )
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    stored: list[EntryPhoto] = []
    try:
        for encoded in prepared:
            stored.append(_store(entry, encoded, user))
    except Exception:
        # The rows roll back with the transaction; the files would not.
        _delete_files(stored)
        raise
    return stored


@transaction.atomic
def photo_add(*, entry: ProgressEntry, upload: UploadedFile, user) -> EntryPhoto:
    """Store one photo re-encoded (upright JPEG, no metadata, thumbnail) on
    `entry`, or raise ValidationError if it is not an acceptable photo."""
    return photos_add(entry=entry, uploads=[upload], user=user)[0]
