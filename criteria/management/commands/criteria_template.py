"""`manage.py criteria_template --bo CODE --output FILE`: the Excel template
of a set (the same bytes as the download on the set's page)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from criteria.loading.template import template_workbook
from criteria.models import CriteriaSet


class Command(BaseCommand):
    help = "Xuất mẫu Excel của một bộ tiêu chí để nhập từ văn bản gốc."

    def add_arguments(self, parser):
        parser.add_argument("--bo", required=True, help="Mã bộ tiêu chí")
        parser.add_argument("--output", required=True, help="Tệp .xlsx ghi ra")

    def handle(self, *args, bo, output, **options):
        criteria_set = CriteriaSet.objects.current_versions().filter(code=bo).first()
        if criteria_set is None:
            raise CommandError(f"Không có bộ tiêu chí “{bo}”.")
        Path(output).write_bytes(template_workbook(criteria_set=criteria_set))
        self.stdout.write(f"Đã ghi {output}.")
