"""python manage.py import_quality [--folder DIR …] [--misses] [--seeds] [--bench]
[--bench-sheet]"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from plans.document_import import quality


def _pct(value: float) -> str:
    return f"{value * 100:5.1f}"


class Command(BaseCommand):
    help = (
        "Đo chất lượng nhập kế hoạch: với mỗi văn bản của bộ mẫu (và kết quả mong "
        "đợi .toml cùng tên), in độ chính xác (P) và độ đầy đủ (R) của nhiệm vụ, "
        "đơn vị chủ trì, đơn vị phối hợp, người phụ trách, thời hạn, ngày bắt đầu "
        "(nơi kết quả mong đợi ghi), phần đầu văn bản, và tỷ lệ dòng được dùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--folder",
            action="append",
            type=Path,
            help="Thư mục bộ mẫu (lặp lại được). Mặc định: các bộ trong tests/plans/import_corpus (tuned, held_out, round5 … round20a, letters, xlsx; danh sách ở plans/document_import/quality.SETS).",
        )
        parser.add_argument(
            "--misses", action="store_true", help="In cả những gì đọc sai."
        )
        parser.add_argument(
            "--seeds",
            action="store_true",
            help="Đo cả bốn kế hoạch mẫu (seed) so với bản nhập tay (cần loaddemo).",
        )
        parser.add_argument(
            "--bench",
            action="store_true",
            help="Đo thời gian xem trước một tệp .docx 30 trang.",
        )
        parser.add_argument(
            "--bench-sheet",
            action="store_true",
            help="Đo CPU và bộ nhớ khi đọc bảng tính .xlsx lớn nhất được nhận.",
        )

    def handle(
        self,
        *args,
        folder=None,
        misses=False,
        seeds=False,
        bench=False,
        bench_sheet=False,
        **options,
    ):
        folders = folder or [quality.CORPUS / name for name in quality.SETS]
        self.totals = {}
        for path in folders:
            results = quality.run(path)
            self.table(path.name, results, misses)
            self.totals[path.name] = quality.total(results)
        if seeds:
            self.seeds()
        if bench:
            self.bench()
        if bench_sheet:
            from plans.document_import.bench import sheet_timing

            for line in sheet_timing():
                self.stdout.write(line)

    def table(self, title: str, results, misses: bool) -> None:
        out = self.stdout.write
        head = "".join(f"{name[:11]:>14}" for name in quality.FIELDS)
        out(f"\n== {title}: P / R (%)")
        out(f"{'văn bản':<38}{head}{'dòng dùng':>11}")
        for result in [*results, quality.total(results)]:
            cells = "".join(
                f"{_pct(result.scores[f].precision)}/{_pct(result.scores[f].recall)} "
                for f in quality.FIELDS
            )
            out(f"{result.name[:37]:<38}{cells}{_pct(result.used_share):>9}%")
            if misses:
                for miss in result.misses:
                    out(f"    · {miss}")

    def seeds(self) -> None:
        from plans.document_import.quality_seeds import (
            SEED_FIELDS,
            measure_seed,
            seeds_loaded,
        )

        out = self.stdout.write
        out("\n== seeds 000–003 (so với bản nhập tay): P / R (%)")
        if not seeds_loaded():
            out("Chưa có dữ liệu mẫu: chạy `manage.py loaddemo` trước.")
            return
        out(f"{'seed':<8}" + "".join(f"{name[:13]:>16}" for name in SEED_FIELDS))
        for seed in ("000", "001", "002", "003"):
            scores = measure_seed(seed)
            out(
                f"{seed:<8}"
                + "".join(
                    f"{_pct(p)}/{_pct(r)}   "
                    for p, r in (scores[f] for f in SEED_FIELDS)
                )
            )

    def bench(self) -> None:
        from plans.document_import.bench import preview_timing

        for line in preview_timing():
            self.stdout.write(line)
