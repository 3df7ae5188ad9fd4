"""Find (and with --delete remove) uploaded files that no row refers to; meant
for cron, once a night:

    30 2 * * *  python manage.py sweep_media --delete

A photo or evidence file is written to storage before its row is saved. When
the surrounding transaction rolls back (a later step of the same request fails,
the connection drops) the row is gone but the file stays. Only files under the
upload folders of the models' file fields are considered, and only those older
than --min-age hours, so an upload whose transaction is still open is never
touched."""

from __future__ import annotations

import datetime

from django.apps import apps
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import models
from django.utils import timezone


def file_fields() -> list[tuple[type[models.Model], str, str]]:
    """(model, field name, top upload folder) for every file field of the app's
    models that stores in the default storage."""
    found = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField) and isinstance(field.upload_to, str):
                top = field.upload_to.split("/", 1)[0]
                found.append((model, field.name, top))
    return found


def _walk(storage, folder: str):
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}"
    for sub in folders:
        yield from _walk(storage, f"{folder}/{sub}")


def orphans(*, older_than: datetime.datetime, storage=default_storage) -> list[str]:
    """Names of stored files in the upload folders that no row refers to and
    that were last written before `older_than`."""
    fields = file_fields()
    referenced: set[str] = set()
    for model, name, _top in fields:
        referenced.update(
            model._default_manager.exclude(**{name: ""})
            .values_list(name, flat=True)
            .iterator()
        )
    found = []
    for top in sorted({top for _model, _name, top in fields}):
        for path in _walk(storage, top):
            if path in referenced:
                continue
            if storage.get_modified_time(path) < older_than:
                found.append(path)
    return sorted(found)


class Command(BaseCommand):
    help = "Tìm (và với --delete thì xóa) các tệp tải lên không còn bản ghi nào dùng."

    def add_arguments(self, parser):
        parser.add_argument(
            "--delete", action="store_true", help="Xóa các tệp tìm được."
        )
        parser.add_argument(
            "--min-age",
            type=int,
            default=24,
            help="Chỉ xét tệp đã ghi từ bấy nhiêu giờ trước (mặc định 24).",
        )

    def handle(self, *args, delete: bool, min_age: int, **options):
        if min_age < 1:
            raise CommandError("--min-age phải là số giờ nguyên dương.")
        older_than = timezone.now() - datetime.timedelta(hours=min_age)
        found = orphans(older_than=older_than)
        size = 0
        for name in found:
            size += default_storage.size(name)
            self.stdout.write(f"– {name}")
            if delete:
                default_storage.delete(name)
        megabytes = f"{size / 1_048_576:.1f}".replace(".", ",")
        verb = "Đã xóa" if delete else "Tìm thấy"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {len(found)} tệp không còn bản ghi nào dùng ({megabytes} MB)."
            )
        )
        if found and not delete:
            self.stdout.write("Chạy lại với --delete để xóa.")
