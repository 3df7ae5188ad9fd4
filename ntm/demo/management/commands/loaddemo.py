import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from criteria.models import Assessment
from criteria.services import criteria_load, regions_load
from ntm.demo.assessments import assessments_load
from ntm.demo.plans import plans_load
from ntm.demo.progress import progress_load
from reports import summaries
from villages.services import DEMO_PASSWORD, places_load


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu chạy thử: vùng, bộ tiêu chí, địa bàn và cơ quan trong các kế hoạch mẫu, "
        "một tài khoản cho mỗi vai trò. Chạy lại nhiều lần không sinh bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Cho phép chạy khi DEBUG tắt (không dùng trên máy thật).",
        )
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            default=None,
            help="Ngày coi là hôm nay (YYYY-MM-DD) khi dựng kế hoạch năm nay; "
            "mặc định là ngày hiện tại.",
        )

    def handle(self, *args, force=False, today=None, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Từ chối nạp dữ liệu chạy thử khi DEBUG tắt: các tài khoản mẫu có mật khẩu công khai."
            )
        with transaction.atomic():
            regions_load()
            # Places first: provincial criteria sets name their provinces and agencies.
            loaded = places_load()
            sets = criteria_load()
            plans = plans_load()
            reports = progress_load(today=today or timezone.localdate())
            assessments_load()
            # Built now rather than by the first dashboard that reads them.
            summaries.rebuild_all(force=False)
        self.stdout.write(
            f"Đã nạp {len(loaded['areas'])} địa bàn, {len(loaded['agencies'])} cơ quan có mã, "
            f"{len(sets)} bộ tiêu chí, {len(plans)} kế hoạch mẫu, "
            f"{len(reports)} báo cáo tiến độ, "
            f"{Assessment.objects.count()} kết quả đánh giá chỉ tiêu."
        )
        self.stdout.write(f"Tài khoản chạy thử (mật khẩu cho tất cả: {DEMO_PASSWORD}):")
        accounts = get_user_model().objects.filter(memberships__isnull=False)
        for user in accounts.distinct().order_by("pk"):
            username = user.username
            for membership in user.memberships.select_related("area").order_by(
                "area__path"
            ):
                area = membership.area
                ended = f" (đến {area.valid_to:%d/%m/%Y})" if area.valid_to else ""
                self.stdout.write(
                    f"  {username:<18} {membership.get_role_display():<30} {area}{ended}"
                )
