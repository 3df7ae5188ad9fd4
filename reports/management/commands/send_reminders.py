"""Mail deadline reminders; meant for cron, every hour:

    0 * * * *  python manage.py send_reminders

Each plan's period is reminded once (a ReminderSent row, unique per plan and
period), so overlapping or repeated runs never mail twice."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reports.notifications import send_reminders
from reports.periods import period_label


class Command(BaseCommand):
    help = "Gửi thư nhắc hạn cho các báo cáo tiến độ sắp đến hạn mà chưa nộp."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=24,
            help="Nhắc các báo cáo đến hạn trong số giờ tới (mặc định 24).",
        )

    def handle(self, *args, hours: int, **options):
        if hours < 1:
            raise CommandError("--hours phải là số nguyên dương.")
        sent = send_reminders(now=timezone.now(), hours=hours)
        for row in sent:
            plan = row.plan
            self.stdout.write(
                f"– {plan.reference} ({plan.area.full_name}), "
                f"{period_label(plan, row.period_start)}: {row.recipients}"
            )
        self.stdout.write(
            self.style.SUCCESS(f"Đã gửi {len(sent)} thư nhắc hạn báo cáo.")
        )
