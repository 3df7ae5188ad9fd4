"""Rebuild the weekly progress summaries the dashboards read (reports.summaries).

    python manage.py rebuild_summaries            # every plan
    python manage.py rebuild_summaries --stale    # only plans whose data changed

The dashboards rebuild a stale summary by themselves before reading it; run
this after a deploy that adds the summary (migration reports 0002 marks every
plan stale), or after bulk changes to the data, so that the first reader does
not wait for it."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from reports import summaries
from reports.models import PlanProgressWeek


class Command(BaseCommand):
    help = "Dựng lại bảng tổng hợp tiến độ theo tuần mà các trang tổng hợp đọc."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale",
            action="store_true",
            help="Chỉ dựng lại các kế hoạch có số liệu đã thay đổi.",
        )

    def handle(self, *args, stale=False, **options):
        started = time.perf_counter()
        count = summaries.rebuild_all(force=not stale)
        self.stdout.write(
            f"Đã dựng lại bảng tổng hợp tuần của {count} kế hoạch "
            f"({PlanProgressWeek.objects.count():,} dòng) trong "
            f"{time.perf_counter() - started:.1f} s."
        )
