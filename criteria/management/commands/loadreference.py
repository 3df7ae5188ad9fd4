from django.core.management.base import BaseCommand

from criteria.services import criteria_load, regions_load


class Command(BaseCommand):
    help = "Nạp dữ liệu tham chiếu: 7 vùng và các bộ tiêu chí (chạy lại nhiều lần không sinh bản trùng)."

    def handle(self, *args, **options):
        regions = regions_load()
        sets = criteria_load()
        self.stdout.write(f"Đã nạp {regions} vùng và {len(sets)} bộ tiêu chí.")
