"""Village targets through Excel: download the template, upload it (dry run or
apply), download the uploaded workbook with its errors marked.

Only users who may edit the plan reach any of these (404 outside the scope,
403 for a reader). The upload never lands on disk beyond Django's own upload
handling: ntm.uploads.SizeLimit stops reading past MAX_BYTES and the bytes live for the
request. Two things are kept in the user's (database) session, each at most
2 MB (ntm.uploads.SESSION_BYTES) and one per plan: the error workbook of a failed upload, for
download, and a file that passed the dry run, so that "Nhập" can apply it
without choosing it again (every check runs again on apply).
"""

from __future__ import annotations

import base64
import functools

from django import forms
from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ntm import uploads, xlsx
from plans import target_import as importing
from plans.views import editable_plan


def _session_key(plan_pk: int) -> str:
    return f"plans:target_import_errors:{plan_pk}"


def _checked_key(plan_pk: int) -> str:
    return f"plans:target_import_checked:{plan_pk}"


class TargetImportForm(forms.Form):
    file = uploads.excel_file_field("Hãy chọn tệp Excel đã ghi số.")


@require_GET
def target_template(request: HttpRequest, pk: int) -> FileResponse:
    """The plan's targets × villages as an .xlsx to fill in."""
    plan = editable_plan(request, pk)
    return uploads.workbook_download(
        importing.template_workbook(plan=plan), importing.template_filename(plan)
    )


@uploads.size_guarded
def target_import(request: HttpRequest, pk: int) -> HttpResponse:
    plan = editable_plan(request, pk)
    page = uploads.import_page(
        request,
        TargetImportForm,
        key=_checked_key(plan.pk),
        empty_result=lambda: importing.ImportResult(dry_run=True),
        run=functools.partial(importing.target_import, plan=plan, user=request.user),
        button="Nhập",
        changes="changes_anything",
    )
    return render(
        request,
        "plans/target_import.html",
        {
            "plan": plan,
            "form": page.form,
            "result": page.result,
            "errors_kept": _keep_error_workbook(request, plan.pk, page.result),
            "checked_kept": page.checked_kept,
            "max_mb": xlsx.MAX_BYTES // 1024 // 1024,
        },
        status=page.status,
    )


def _keep_error_workbook(request, plan_pk: int, result) -> bool:
    """Keep the marked-up workbook of the last failed upload in the session;
    a successful or new upload replaces it."""
    key = _session_key(plan_pk)
    if result is None:
        return key in request.session
    request.session.pop(key, None)
    if result.ok or "signed_cookies" in settings.SESSION_ENGINE:
        return False
    data = importing.error_workbook(result=result)
    if data is None or len(data) > uploads.SESSION_BYTES:
        return False
    request.session[key] = {
        "name": importing.template_filename_errors(plan_pk),
        "data": base64.b64encode(data).decode("ascii"),
    }
    return True


@require_GET
def target_import_errors(request: HttpRequest, pk: int) -> FileResponse:
    """The last failed upload with its bad cells marked red and commented."""
    plan = editable_plan(request, pk)
    kept = request.session.get(_session_key(plan.pk))
    if not kept:
        raise Http404("Không còn tệp lỗi; hãy tải tệp lên lại.")
    return uploads.workbook_download(base64.b64decode(kept["data"]), kept["name"])
