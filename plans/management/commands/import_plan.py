"""python manage.py import_plan FILE [--area …] [--user …] [--dry-run]"""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from plans.document_import.importing import plan_import
from plans.document_import.parser import parse
from plans.document_import.proposal import propose
from plans.templatetags.plans_tags import vn_number
from villages.models import Area
from villages.text import fold


class Command(BaseCommand):
    help = (
        "Đọc một kế hoạch .docx hoặc .txt, in những gì nhận ra (số, ngày, căn cứ, "
        "nhiệm vụ, chỉ tiêu, đợt, người ký, nơi nhận) và tạo kế hoạch nháp; "
        "--dry-run chỉ in, không lưu gì."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--area",
            help="Địa bàn của kế hoạch: mã (pk) hoặc tên, ví dụ “Thụy Hùng”. "
            "Mặc định: địa danh ghi trong văn bản.",
        )
        parser.add_argument(
            "--user", default="quantri", help="Tài khoản đứng tên kế hoạch nhập."
        )
        parser.add_argument("--dry-run", action="store_true")

    def _area(self, wanted: str | None, place: str) -> Area:
        name = wanted or place
        if not name:
            raise CommandError("Văn bản không ghi địa danh: chỉ rõ --area.")
        if name.isdigit():
            found = list(Area.objects.filter(pk=int(name)))
        else:
            found = [a for a in Area.objects.active() if fold(a.name) == fold(name)]
        if len(found) != 1:
            raise CommandError(
                f"{'Không có' if not found else 'Có nhiều'} địa bàn “{name}”: chỉ rõ --area bằng mã (pk)."
            )
        return found[0]

    def handle(self, *args, file, area=None, user="quantri", dry_run=False, **options):
        from plans.document_import.reader import read_lines

        try:
            lines = read_lines(file.read_bytes())
        except OSError as error:
            raise CommandError(
                f"Không đọc được tệp {file}: {error.strerror}."
            ) from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        parsed = parse(lines)
        if not parsed.looks_like_a_plan:
            raise CommandError(
                "Không nhận ra văn bản này là một kế hoạch: không thấy tên loại văn bản "
                "(KẾ HOẠCH, QUYẾT ĐỊNH …) hoặc các mục I, II, III."
            )
        proposal = propose(parsed, area=self._area(area, parsed.place))
        self._print(proposal)
        if dry_run:
            self.stdout.write("Chạy thử (--dry-run): không lưu gì.")
            return
        account = get_user_model().objects.filter(username=user).first()
        if account is None:
            raise CommandError(f"Không có tài khoản “{user}”.")
        try:
            plan = plan_import(proposal=proposal, user=account)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(f"Đã tạo kế hoạch nháp số {plan.reference} (mã {plan.pk}).")

    def _print(self, proposal) -> None:
        p = proposal.parsed
        out = self.stdout.write
        day = (
            p.issued_on.strftime("%d/%m/%Y")
            if p.issued_on
            else f"tháng {p.issue_month}/{p.issue_year}"
            if p.issue_year
            else "chưa rõ"
        )
        out(f"Số: {p.number}/{p.symbol} · {p.place}, {day} · địa bàn: {proposal.area}")
        out(f"Trích yếu: {p.title}")
        out(f"Cơ quan ban hành: {proposal.issuer or 'CHƯA XÁC ĐỊNH'}")
        for basis in p.bases:
            out(
                f"  Căn cứ: {basis.kind} số {basis.number}"
                + (f" ngày {basis.issued_on:%d/%m/%Y}" if basis.issued_on else "")
            )
        out(f"Nhiệm vụ ({len(proposal.tasks)}):")
        for task in proposal.tasks:
            t = task.parsed
            when = (
                f"{t.starts_on:%d/%m/%Y}–{t.ends_on:%d/%m/%Y}"
                if t.starts_on
                else t.time_text or "–"
            )
            lead = task.lead or (
                f"[mới] {task.lead_unmatched}" if task.lead_unmatched else "–"
            )
            out(f"  {t.number}. {t.title[:90]} | {when} | chủ trì: {lead}")
            if task.coordinating or task.coordinating_unmatched:
                names = [a.name for a in task.coordinating] + [
                    f"[mới] {n}" for n in task.coordinating_unmatched
                ]
                out(f"      phối hợp: {'; '.join(names)}")
        out(f"Chỉ tiêu ({len(p.targets)}):")
        for target in p.targets:
            out(f"  {target.name}: {vn_number(target.quantity)} {target.unit}")
        for phase in p.phases:
            out(
                f"Đợt: {phase.name} {phase.starts_on:%d/%m/%Y}–{phase.ends_on:%d/%m/%Y}"
            )
        if p.budget_text:
            out(f"Kinh phí: {p.budget_text}")
        if p.report_deadline:
            out(f"Hạn báo cáo: {p.report_deadline:%d/%m/%Y}")
        out(
            f"Người ký: {' / '.join(x for x in (p.signing_authority, p.signer_title, p.signer_name) if x) or '–'}"
        )
        out(f"Nơi nhận: {'; '.join(p.recipients) or '–'}")
        if proposal.unmatched:
            out(
                "Chưa có trong hệ thống (đề xuất, không tự tạo): "
                + "; ".join(proposal.unmatched)
            )
        if p.unplaced:
            out(f"Chưa xếp được ({len(p.unplaced)} dòng):")
            for line in p.unplaced:
                out(f"  ? {line[:120]}")
