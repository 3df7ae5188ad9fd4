"""`manage.py load_criteria FILE --bo CODE`: the browser's "Nạp từ văn bản"
as a command, for a reference-data manager (or an operator). Prints the
preview (what was read, problems, the diff); with --dry-run stops there,
otherwise confirms, making a new version. Exit status 1 on any problem:
nothing is saved."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from criteria.loading import uploads
from criteria.models import CriteriaSet


class Command(BaseCommand):
    help = "Nạp phiên bản mới của một bộ tiêu chí từ tệp Excel, Word hoặc PDF."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Đường dẫn tệp .xlsx, .docx hoặc .pdf")
        parser.add_argument("--bo", required=True, help="Mã bộ tiêu chí")
        parser.add_argument("--user", required=True, help="Tài khoản thực hiện")
        parser.add_argument("--phu-luc", default="", help="Ví dụ: Phụ lục I")
        parser.add_argument(
            "--bang", type=int, help="Số thứ tự bảng khi tệp có nhiều bảng"
        )
        parser.add_argument("--dry-run", action="store_true", help="Chỉ xem trước")

    def handle(self, *args, file, bo, user, phu_luc, bang, dry_run, **options):
        account = get_user_model().objects.filter(username=user).first()
        if account is None:
            raise CommandError(f"Không có tài khoản “{user}”.")
        criteria_set = CriteriaSet.objects.current_versions().filter(code=bo).first()
        if criteria_set is None:
            raise CommandError(f"Không có bộ tiêu chí “{bo}”.")
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Không có tệp {file}.")
        with transaction.atomic():
            try:
                load = uploads.load_upload(
                    user=account,
                    upload=SimpleUploadedFile(path.name, path.read_bytes()),
                    criteria_set=criteria_set,
                    source_part=phu_luc,
                )
            except (ValidationError, PermissionDenied) as error:
                raise CommandError(
                    " ".join(getattr(error, "messages", [str(error)]))
                ) from error
            shown = uploads.load_preview(load=load, table=bang)
            self._print(shown)
            if shown.problems or dry_run or not shown.changes:
                load.file.delete(save=False)  # the rollback keeps no row for it
            if shown.problems:
                transaction.set_rollback(True)
                raise CommandError(
                    f"{len(shown.problems)} lỗi: không lưu gì. Sửa tệp rồi chạy lại."
                )
            if dry_run or not shown.changes:
                transaction.set_rollback(True)
                self.stdout.write("Chỉ xem trước: không lưu gì." if dry_run else "")
                return
            result = uploads.load_confirm(load=load, user=account, table=bang)
        self.stdout.write(
            f"Đã tạo phiên bản {result.criteria_set.version} của {result.criteria_set.code}."
        )

    def _print(self, shown) -> None:
        headings, rows = uploads.preview_table(shown.parsed)
        for row in rows:
            if row.indicator is None:
                self.stdout.write(
                    f"Tiêu chí {row.criterion.number}: {row.criterion.name}"
                )
                continue
            levels = [f"chung {row.general.label}" if row.general else ""]
            levels += [
                f"{heading} {cell.label}"
                for heading, cell in zip(headings, row.cells, strict=True)
                if cell
            ]
            unit = f" ({row.indicator.unit})" if row.indicator.unit else ""
            self.stdout.write(
                f"  {row.indicator.code} {row.indicator.name}{unit}: "
                + "; ".join(level for level in levels if level)
            )
        for problem in shown.problems:
            self.stdout.write(f"LỖI {problem.text}")
        for warning in shown.parsed.warnings:
            self.stdout.write(f"Lưu ý: {warning.text}")
        for change in shown.changes:
            self.stdout.write(
                f"{change.kind_label}: {change.item}: {change.before} → {change.after}"
            )
