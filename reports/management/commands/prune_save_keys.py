"""Forget the keys of saves older than --days (30 by default); meant for cron,
once a night:

    40 2 * * *  python manage.py prune_save_keys

Each save of the weekly entry form leaves a reports.SaveKey row, so that a
copy of it (an answer lost on a weak network, the offline queue sending
again) is recognised and writes nothing. A copy only ever comes from a phone
that kept the save, within days; the rows are never read after that and
would otherwise pile up, one per save, for ever. A copy that arrives after
its key was forgotten is not written blindly either: its rows carry the
versions the user saw, so a change made meanwhile is a conflict the user
sees (docs/offline.md)."""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reports.models import SaveKey


def save_keys_prune(*, before: datetime.datetime) -> int:
    """Delete the keys of saves made before `before`; how many went."""
    deleted, _ = SaveKey.objects.filter(created_at__lt=before).delete()
    return deleted


class Command(BaseCommand):
    help = "Xóa mã các lần lưu báo cáo đã cũ (chống ghi lặp khi gửi lại)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=30,
            help="Giữ mã của các lần lưu trong bấy nhiêu ngày gần nhất (mặc định 30).",
        )

    def handle(self, *args, days: int, **options):
        if days < 1:
            raise CommandError("--days phải là số ngày nguyên dương.")
        deleted = save_keys_prune(before=timezone.now() - datetime.timedelta(days=days))
        self.stdout.write(
            self.style.SUCCESS(f"Đã xóa {deleted} mã lần lưu cũ hơn {days} ngày.")
        )
