"""python manage.py import_plan FILE [--area …] [--user …] [--dry-run]
[--create-agencies] [--allow-no-tasks]"""

from __future__ import annotations

import logging
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ntm.documents import read_document
from ntm.templatetags.vn_tags import vn_number
from plans.document_import.importing import plan_import
from plans.document_import.parser import parse
from plans.document_import.proposal import areas_named, plan_place, propose
from plans.kinds import LOWER_SUFFIX, TargetKind
from plans.models import document_reference
from villages.models import Area

logger = logging.getLogger(__name__)
NOT_A_PLAN = (
    "Không nhận ra văn bản này là một kế hoạch: không thấy tên loại văn bản "
    "(KẾ HOẠCH, QUYẾT ĐỊNH …), các mục I, II, III hay nhiệm vụ nào."
)


class Command(BaseCommand):
    help = (
        "Đọc một kế hoạch (.docx, .doc, .pdf, .txt, .md), in những gì nhận ra (số, "
        "ngày, căn cứ, nhiệm vụ, chỉ tiêu, đợt, người ký, nơi nhận, các dòng chưa "
        "xếp được) và tạo kế hoạch nháp; --dry-run chỉ in, không lưu gì."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--area",
            help="Địa bàn của kế hoạch: mã (pk) hoặc tên, ví dụ “Thụy Hùng”. "
            "Mặc định: địa danh ghi trong văn bản. Tên được tìm trong các địa bàn "
            "còn hiệu lực vào ngày của kế hoạch (hôm nay khi văn bản không ghi ngày).",
        )
        parser.add_argument(
            "--user", default="quantri", help="Tài khoản đứng tên kế hoạch nhập."
        )
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument(
            "--create-agencies",
            action="store_true",
            help="Tạo cơ quan ban hành khi chưa có trong hệ thống (được đề xuất khi chạy thử).",
        )
        parser.add_argument(
            "--allow-no-tasks",
            action="store_true",
            help="Tạo kế hoạch cả khi không đọc được nhiệm vụ nào (kế hoạch không có nhiệm vụ).",
        )

    def _area(self, wanted: str | None, parsed) -> Area:
        name = wanted or plan_place(parsed)
        if not name:
            raise CommandError("Văn bản không ghi địa danh: chỉ rõ --area.")
        day = parsed.reference_day or timezone.localdate()  # for the message
        if name.isdigit():
            found = list(Area.objects.filter(pk=int(name)))
        else:
            found = areas_named(name, parsed.reference_day)
        if len(found) != 1:
            when = f" còn hiệu lực ngày {day:%d/%m/%Y}"
            raise CommandError(
                f"{'Không có' if not found else 'Có nhiều'} địa bàn “{name}”{when}: chỉ rõ --area bằng mã (pk)."
            )
        return found[0]

    def handle(self, *args, file, area=None, user="quantri", dry_run=False, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(
                f"Không đọc được tệp {file}: {error.strerror}."
            ) from error
        try:
            document = read_document(file.name, data)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        try:
            parsed = parse(document)
        except Exception as error:  # never a traceback for a user's document
            logger.exception("import_plan: %s", file)
            raise CommandError(
                "Không đọc được cấu trúc văn bản (lỗi của chương trình, đã ghi nhật ký). "
                "Thử lưu lại văn bản dạng .docx hoặc .txt."
            ) from error
        if not parsed.looks_like_a_plan and not parsed.tasks:
            raise CommandError(NOT_A_PLAN)
        proposal = propose(parsed, area=self._area(area, parsed))
        self._print(proposal)
        if dry_run:
            self.stdout.write("Chạy thử (--dry-run): không lưu gì.")
            return
        account = get_user_model().objects.filter(username=user).first()
        if account is None:
            raise CommandError(f"Không có tài khoản “{user}”.")
        for cosigner in proposal.cosigners:
            cosigner.create = options.get("create_agencies", False)
        try:
            plan = plan_import(
                proposal=proposal,
                user=account,
                create_issuer=options.get("create_agencies", False),
                allow_no_tasks=options.get("allow_no_tasks", False),
            )
        except ValidationError as error:
            hint = ""
            code = getattr(error, "code", "")
            if (code == "no_issuer" and proposal.issuer_new) or code == "no_cosigner":
                hint = " (thêm --create-agencies để tạo)"
            if getattr(error, "code", "") == "no_tasks":
                hint = " (thêm --allow-no-tasks nếu kế hoạch không có nhiệm vụ)"
            raise CommandError(" ".join(error.messages) + hint) from error
        self.stdout.write(f"Đã tạo kế hoạch nháp số {plan.reference} (mã {plan.pk}).")

    def _print(self, proposal) -> None:
        p = proposal.parsed
        out = self.stdout.write
        day = (
            p.issued_on.strftime("%d/%m/%Y")
            if p.issued_on
            else f"tháng {p.issue_month}/{p.issue_year}"
            if p.issue_month
            else f"năm {p.issue_year}"
            if p.issue_year
            else "chưa rõ"
        )
        out(
            f"Số: {document_reference(p.number, p.symbol)} · {p.place}, {day} · địa bàn: {proposal.area}"
        )
        out(f"Trích yếu: {p.title}")
        if proposal.issuer:
            score = (
                f" (gần đúng {proposal.issuer_score:.0f}%)"
                if proposal.issuer_score < 100
                else ""
            )
            out(f"Cơ quan ban hành: {proposal.issuer}{score}")
        elif proposal.issuer_new:
            out(f"Cơ quan ban hành: [đề xuất mới] {proposal.issuer_new}")
        else:
            out("Cơ quan ban hành: CHƯA XÁC ĐỊNH")
        for note in [*p.notes, *proposal.notes]:
            out(f"Lưu ý: {note}")
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
                if t.starts_on and t.ends_on
                else f"đến {t.ends_on:%d/%m/%Y}"
                if t.ends_on
                else t.time_text or "–"
            )
            if task.lead:
                lead = str(task.lead) + (
                    f" ({task.lead_score:.0f}%)" if task.lead_score < 100 else ""
                )
                lead += " [suy ra: cơ quan ban hành]" if task.lead_implied else ""
            else:
                lead = f"[mới] {task.lead_unmatched}" if task.lead_unmatched else "–"
            out(f"  {t.number}. {t.title[:90]} | {when} | chủ trì: {lead}")
            if task.coordinating or task.coordinating_unmatched:
                names = [a.name for a in task.coordinating] + [
                    f"[mới] {n}" for n in task.coordinating_unmatched
                ]
                out(f"      phối hợp: {'; '.join(names)}")
            if t.official_text:
                out(f"      người phụ trách: {task.official or t.official_text}")
        out(f"Chỉ tiêu ({len(p.targets)}):")
        for target in p.targets:
            if target.quantity is not None:
                kind = TargetKind(target.kind).label + (
                    "" if target.higher_is_better else LOWER_SUFFIX
                )
                out(
                    f"  {target.name}: {vn_number(target.quantity)} {target.unit}"
                    f" ({kind}; đề xuất theo cách ghi: {target.kind_reason})"
                )
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
        for cosigner in proposal.cosigners:
            c = cosigner.parsed
            body = (
                str(cosigner.agency)
                if cosigner.agency
                else f"[đề xuất mới] {cosigner.new}"
            )
            signed = " / ".join(
                x for x in (c.signing_authority, c.signer_title, c.signer_name) if x
            )
            out(f"Cơ quan cùng ban hành: {body} · người ký: {signed or '–'}")
        out(f"Nơi nhận: {'; '.join(p.recipients) or '–'}")
        if proposal.unmatched:
            out(
                "Chưa có trong hệ thống (đề xuất, không tự tạo): "
                + "; ".join(proposal.unmatched)
            )
        used = sum(1 for line in p.source if line.used)
        out(
            f"Dòng đã dùng: {used}/{len(p.source)} ({p.used_share * 100:.0f}%)".replace(
                ".", ","
            )
        )
        if p.unplaced:
            out(f"Chưa xếp được ({len(p.unplaced)} dòng):")
            for line in p.unplaced:
                out(f"  ? {line[:120]}")
