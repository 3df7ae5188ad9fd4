"""The import: read, check, then save through `target_save` in one
transaction (rolled back for a dry run, so it reports what applying would)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from ntm import uploads
from ntm.text import nfc
from ntm.xlsx import ImportProblem, Refused
from plans import flags
from plans.models import Plan
from plans.services import ConflictError, target_save
from plans.target_import.checks import RowSplit, plan_changes
from plans.target_import.layout import ImportResult
from plans.target_import.parsing import read_rows


def target_import(
    *, plan: Plan, upload, user, dry_run: bool, filename: str = ""
) -> ImportResult:
    """Check an uploaded template (an uploaded file, or its bytes) and, unless
    `dry_run` or anything is wrong, update-or-create the village shares it
    gives through `target_save` (one transaction, revisions recorded).
    Problems come back by row and cell, in Vietnamese; nothing is saved unless
    there are none."""
    if not Plan.objects.editable_by(user).filter(pk=plan.pk).exists():
        raise PermissionDenied("Bạn không được sửa kế hoạch này.")
    result = ImportResult(dry_run=dry_run)
    wb = uploads.opened_workbook(upload, result, filename=filename)
    if wb is None:
        return result
    try:
        rows = read_rows(plan=plan, wb=wb, result=result)
    except Refused as refused:
        result.problems.append(ImportProblem(str(refused)))
        return result
    plans = plan_changes(plan=plan, rows=rows, result=result)
    if result.problems or not plans:
        return result
    _save(plan=plan, user=user, plans=plans, result=result)
    return result


def _save(*, plan: Plan, user, plans: list[RowSplit], result: ImportResult) -> None:
    """Write every changed split through target_save in one transaction; undo
    it all for a dry run or at the first refusal, so the dry run sees exactly
    what applying would refuse."""
    reason = nfc(f"Nhập từ tệp Excel {result.filename}".strip())[:255]
    # The over-target flags of every changed target judged once, at the end.
    with transaction.atomic(), flags.batch():
        for item in plans:
            target = item.row.target
            try:
                target_save(
                    plan=plan,
                    target=target,
                    user=user,
                    version=item.row.version,
                    allocations=item.allocations,
                    indicators=list(target.indicators.all()) if target.pk else [],
                    reason=reason,
                )
            except (ValidationError, ConflictError) as error:
                texts = (
                    error.messages
                    if isinstance(error, ValidationError)
                    else [str(error)]
                )
                for text in texts:
                    result.problems.append(
                        ImportProblem(
                            text,
                            label=f"Dòng {item.row.row} ({target.name})",
                            sheet=item.row.sheet,
                            row=item.row.row,
                            cell=item.row.name_cell,
                        )
                    )
        if result.problems or result.dry_run:
            transaction.set_rollback(True)
            return
    result.targets_changed = len(plans)
    result.applied = True
