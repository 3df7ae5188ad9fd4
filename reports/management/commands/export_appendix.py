"""Write an appendix table to a file: the same bytes as the download buttons."""

from __future__ import annotations

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from plans.models import Plan
from reports.exports import render
from reports.exports.documents import AREA_TABLES, PLAN_TABLES, area_table, plan_table
from villages.models import Area


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"Ngày không hợp lệ: {value} (YYYY-MM-DD).") from error


class Command(BaseCommand):
    help = (
        "Xuất biểu kèm theo (Excel hoặc PDF) của một kế hoạch (--plan) "
        "hoặc một địa bàn (--area)."
    )

    def add_arguments(self, parser):
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--plan", type=int, help="Mã (pk) kế hoạch")
        source.add_argument("--area", type=int, help="Mã (pk) địa bàn")
        parser.add_argument(
            "--table", required=True, choices=sorted({*PLAN_TABLES, *AREA_TABLES})
        )
        parser.add_argument("--format", required=True, choices=["xlsx", "pdf"])
        parser.add_argument(
            "--output",
            default=".",
            help=(
                "Tệp ghi ra, hoặc thư mục để ghi với tên như nút tải về "
                "(bieu-chi-tieu-cac-thon_01-KH-BCD_son-bang_2023-03-09.xlsx); "
                "mặc định: thư mục hiện tại"
            ),
        )
        parser.add_argument("--week", type=_date, help="Tuần của biểu tiến độ")
        parser.add_argument("--date", type=_date, help="Ngày số liệu, ngày ký")

    def handle(self, *args, **options):
        table = options["table"]
        try:
            if options["plan"] is not None:
                if table not in PLAN_TABLES:
                    raise CommandError(f"Biểu {table} lập theo địa bàn (--area).")
                built = plan_table(
                    plans=Plan.objects.all(),
                    pk=options["plan"],
                    table=table,
                    week=options["week"],
                    on=options["date"],
                )
            else:
                if table not in AREA_TABLES:
                    raise CommandError(f"Biểu {table} lập theo kế hoạch (--plan).")
                built = area_table(
                    areas=Area.objects.all(),
                    pk=options["area"],
                    table=table,
                    on=options["date"],
                )
        except Http404 as error:
            raise CommandError(str(error) or "Không tìm thấy.") from error
        data = render(built, options["format"])
        output = Path(options["output"])
        if output.is_dir():
            output = output / built.file_name(options["format"])
        output.write_bytes(data)
        self.stdout.write(f"Đã ghi {output} ({len(data):,} byte).")
