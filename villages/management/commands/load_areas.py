from django.core.management.base import BaseCommand, CommandError

from villages import area_load


class Command(BaseCommand):
    help = (
        "Nạp tỉnh, thành phố và các xã, phường, đặc khu theo danh mục đơn vị hành "
        "chính sau ngày 01/07/2025, cùng các huyện, xã giai đoạn 2021–2025 làm lịch "
        "sử. Chạy lại nhiều lần không sinh bản trùng và không ghi đè tên, mã đã sửa."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--province",
            action="append",
            default=[],
            metavar="TÊN_HOẶC_MÃ",
            help='Tên hoặc mã tỉnh, thành phố, ví dụ "Lạng Sơn" hoặc 20; '
            "nhắc lại để nạp nhiều tỉnh.",
        )
        parser.add_argument(
            "--list", action="store_true", help="In danh sách 34 tỉnh, thành phố."
        )
        parser.add_argument(
            "--no-history",
            action="store_true",
            help="Không nạp các huyện, xã giai đoạn 2021–2025 và việc sắp xếp.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ in những gì sẽ thay đổi, không lưu.",
        )

    def handle(self, *args, province, list, no_history, dry_run, **options):
        if list:
            for units in area_load.national_list().values():
                self.stdout.write(
                    f"{units.province.code}  {units.province.full_name:<28} "
                    f"{len(units.communes)} xã, phường, đặc khu"
                )
            return
        if not province:
            raise CommandError(
                'Hãy chọn tỉnh: --province "Lạng Sơn" hoặc --province 20 '
                "(xem danh sách bằng --list)."
            )
        try:
            chosen = [area_load.find_province(query) for query in province]
        except area_load.UnknownProvince as error:
            raise CommandError(str(error)) from error
        report = area_load.provinces_load(
            chosen, history=not no_history, dry_run=dry_run
        )
        self.stdout.write(f"Danh mục: {area_load.data_versions()}.")
        if dry_run:
            self.stdout.write("Chạy thử: không có gì được lưu.")
        sections = [
            ("Tạo mới", report.created),
            ("Nhận địa bàn đã nhập tay", report.adopted),
            ("Cập nhật theo danh mục", report.updated),
            ("Giữ giá trị người dùng đã sửa", report.kept),
            ("Sắp xếp đơn vị hành chính", report.successions),
            (
                "Xã mới chưa có dữ liệu lịch sử trong thư viện chuyển đổi "
                "(tỉnh tự nhập việc sắp xếp)",
                report.without_history,
            ),
        ]
        for title, lines in sections:
            if not lines:
                continue
            self.stdout.write(f"{title}: {len(lines)}")
            for line in lines:
                self.stdout.write(f"  {line}")
        if not report.changed:
            self.stdout.write(
                f"Không có gì thay đổi ({report.unchanged} địa bàn đã đúng danh mục)."
            )
        else:
            self.stdout.write(
                f"Tổng: tạo {len(report.created)}, cập nhật {len(report.updated)}, "
                f"nhận {len(report.adopted)}, giữ nguyên {report.unchanged} địa bàn."
            )
