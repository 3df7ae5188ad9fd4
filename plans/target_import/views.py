"""Village targets through Excel: download the template, upload it (dry run or
apply), download the uploaded workbook with its errors marked.

Only users who may edit the plan reach any of these (404 outside the scope,
403 for a reader). The upload never lands on disk beyond Django's own upload
handling: a handler stops reading past MAX_BYTES and the bytes live for the
request. Two things are kept in the user's (database) session, each at most
SESSION_BYTES and one per plan: the error workbook of a failed upload, for
download, and a file that passed the dry run, so that "Nhập" can apply it
without choosing it again (every check runs again on apply).
"""

from __future__ import annotations

import base64
import io

from django import forms
from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET

from ntm import xlsx
from plans import target_import as importing
from plans.views import _editable_plan

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# NOTE: sessions live in the database; a file larger than this is not kept
# (the page still lists every error; the official picks the file again to
# apply it). Templates are usually under 100 KB.
SESSION_BYTES = 2 * 1024 * 1024


def _session_key(plan_pk: int) -> str:
    return f"plans:target_import_errors:{plan_pk}"


def _checked_key(plan_pk: int) -> str:
    return f"plans:target_import_checked:{plan_pk}"


class TargetImportForm(forms.Form):
    file = forms.FileField(
        label="Tệp Excel (.xlsx)",
        error_messages={
            "required": "Hãy chọn tệp Excel đã ghi số.",
            "empty": xlsx.EMPTY,
        },
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,application/vnd.openxmlformats-officedocument"
                ".spreadsheetml.sheet"
            }
        ),
    )


class _SizeLimit(FileUploadHandler):
    """Stop reading an upload past MAX_BYTES, so a 50 MB file is neither kept
    in memory nor written to a temporary file; the view reports it."""

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > xlsx.MAX_BYTES:
            self.request.upload_too_large = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None


@require_GET
def target_template(request: HttpRequest, pk: int) -> FileResponse:
    """The plan's targets × villages as an .xlsx to fill in."""
    plan = _editable_plan(request, pk)
    return FileResponse(
        io.BytesIO(importing.template_workbook(plan=plan)),
        as_attachment=True,
        filename=importing.template_filename(plan),
        content_type=XLSX,
    )


@csrf_exempt
def target_import(request: HttpRequest, pk: int) -> HttpResponse:
    # The size guard must be in place before anything reads the body, and the
    # CSRF check reads it: so CSRF is checked by the inner view (Django's
    # documented pattern for per-view upload handlers).
    request.upload_handlers.insert(0, _SizeLimit(request))
    return _target_import(request, pk)


@csrf_protect
def _target_import(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _editable_plan(request, pk)
    action = request.POST.get("action")
    checked = request.session.pop(_checked_key(plan.pk), None)
    form = TargetImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and getattr(request, "upload_too_large", False):
        form = TargetImportForm()
        result = importing.ImportResult(dry_run=True)
        result.problems.append(xlsx.ImportProblem(_too_large_message()))
    elif request.method == "POST" and action == "apply_checked":
        form = TargetImportForm()
        if checked is None:
            form = TargetImportForm(data={})
            form.full_clean()
            form.errors["file"] = form.error_class(
                ["Tệp vừa kiểm tra không còn; hãy chọn lại tệp rồi bấm “Nhập”."]
            )
        else:
            result = importing.target_import(
                plan=plan,
                upload=base64.b64decode(checked["data"]),
                filename=checked["name"],
                user=request.user,
                dry_run=False,
            )
    elif request.method == "POST" and form.is_valid():
        result = importing.target_import(
            plan=plan,
            upload=form.cleaned_data["file"],
            user=request.user,
            dry_run=action != "apply",
        )
    errors_kept = _keep_error_workbook(request, plan.pk, result)
    checked_kept = _keep_checked(request, plan.pk, result)
    status = 422 if (result and not result.ok) or form.errors else 200
    return render(
        request,
        "plans/target_import.html",
        {
            "plan": plan,
            "form": form,
            "result": result,
            "errors_kept": errors_kept,
            "checked_kept": checked_kept,
            "max_mb": xlsx.MAX_BYTES // 1024 // 1024,
        },
        status=status,
    )


def _keep_checked(request, plan_pk: int, result) -> bool:
    """Keep a file that passed the dry run and would change something, for
    the "Nhập" button beside its result."""
    kept = (
        result is not None
        and result.dry_run
        and result.ok
        and result.changes
        and result.source is not None
        and len(result.source) <= SESSION_BYTES
        and "signed_cookies" not in settings.SESSION_ENGINE
    )
    if kept:
        request.session[_checked_key(plan_pk)] = {
            "name": result.filename,
            "data": base64.b64encode(result.source).decode("ascii"),
        }
    return bool(kept)


def _too_large_message() -> str:
    return xlsx.TOO_LARGE.format(
        size=f"hơn {xlsx.MAX_BYTES // 1024 // 1024}",
        limit=xlsx.MAX_BYTES // 1024 // 1024,
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
    if data is None or len(data) > SESSION_BYTES:
        return False
    request.session[key] = {
        "name": importing.template_filename_errors(plan_pk),
        "data": base64.b64encode(data).decode("ascii"),
    }
    return True


@require_GET
def target_import_errors(request: HttpRequest, pk: int) -> FileResponse:
    """The last failed upload with its bad cells marked red and commented."""
    plan = _editable_plan(request, pk)
    kept = request.session.get(_session_key(plan.pk))
    if not kept:
        raise Http404("Không còn tệp lỗi; hãy tải tệp lên lại.")
    return FileResponse(
        io.BytesIO(base64.b64decode(kept["data"])),
        as_attachment=True,
        filename=kept["name"],
        content_type=XLSX,
    )
