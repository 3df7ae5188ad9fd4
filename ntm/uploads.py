"""The Excel import pages' shared flow (targets, villages, accounts).

A page's view is wrapped in `size_guarded` and calls `import_page` once; its
service starts with `opened_workbook`.

Each page is posted in one of three ways: a file too large to read (the size
guard stopped it), "Nhập" on the file that passed the dry run and was kept
in the session, or a new file to check ("Kiểm tra thử") or apply at once.
`posted_import` decides which and calls the page's service once; the views
only pick the service and render."""

from __future__ import annotations

import base64
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import FileResponse
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from ntm import xlsx
from ntm.text import nfc

# NOTE: sessions live in the database; a file larger than this is not kept
# (the page still lists every error; the official picks the file again to
# apply it). Templates are usually under 100 KB.
SESSION_BYTES = 2 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ACCEPT = f".xlsx,{XLSX}"
GONE = "Tệp vừa kiểm tra không còn; hãy chọn lại tệp rồi bấm “{button}”."


def workbook_download(data: bytes, filename: str) -> FileResponse:
    """An .xlsx the page hands out (a template to fill in, an upload marked
    with its errors), as a download named `filename`."""
    return FileResponse(
        io.BytesIO(data), as_attachment=True, filename=filename, content_type=XLSX
    )


def excel_file_field(
    required: str, *, accept: str = ACCEPT, css: str = ""
) -> forms.FileField:
    """The file field of an import page's form; `required` says which file
    to pick when none was chosen."""
    attrs = {"accept": accept, **({"class": css} if css else {})}
    return forms.FileField(
        label="Tệp Excel (.xlsx)",
        error_messages={"required": required, "empty": xlsx.EMPTY},
        widget=forms.ClearableFileInput(attrs=attrs),
    )


class SizeLimit(FileUploadHandler):
    """Stop reading an upload past xlsx.MAX_BYTES, so a 50 MB file is neither
    kept in memory nor written to a temporary file; the view reports it."""

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > xlsx.MAX_BYTES:
            self.request.upload_too_large = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None


def guard(request) -> None:
    """Put the size guard in before anything reads the body. The CSRF check
    reads it, so the inner view checks CSRF (Django's documented pattern for
    per-view upload handlers)."""
    request.upload_handlers.insert(0, SizeLimit(request))


def size_guarded(view):
    """An import page's view with the size guard in front: the page is
    csrf_exempt outside, so that the guard goes in before the CSRF check reads
    the body, and checks CSRF inside."""
    protected = csrf_protect(view)

    @csrf_exempt
    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        guard(request)
        return protected(request, *args, **kwargs)

    return guarded


def opened_workbook(upload, result: xlsx.UploadResult, *, filename: str = ""):
    """The import service's first step: the upload (a file, or the bytes kept
    by the dry run, then with their `filename`) read and opened, its name and
    bytes put on `result`. A file refused by its content becomes the result's
    problem and None is returned."""
    try:
        data, name = xlsx.read_bytes(upload)
        result.filename = nfc(filename or name)
        workbook = xlsx.open_workbook(data)
    except xlsx.Refused as refused:
        result.problems.append(xlsx.ImportProblem(str(refused)))
        return None
    result.source = data
    return workbook


def too_large_message() -> str:
    size = xlsx.MAX_BYTES // 1024 // 1024
    return xlsx.TOO_LARGE.format(size=f"hơn {size}", limit=size)


def posted_import(
    request, form, *, checked: dict | None, empty_result, run: Callable, button: str
):
    """(form, result) of an import page: `run(upload=…, dry_run=…[, filename=…])`
    is the page's service, `empty_result()` a result to carry the too-large
    problem, `checked` the file kept by the last dry run (None: none)."""
    if request.method != "POST":
        return form, None
    if getattr(request, "upload_too_large", False):
        result = empty_result()
        result.problems.append(xlsx.ImportProblem(too_large_message()))
        return type(form)(), result
    action = request.POST.get("action")
    if action == "apply_checked":
        if checked is None:
            form = type(form)(data={})
            form.full_clean()
            form.errors["file"] = form.error_class([GONE.format(button=button)])
            return form, None
        upload = base64.b64decode(checked["data"])
        return type(form)(), run(upload=upload, filename=checked["name"], dry_run=False)
    if form.is_valid():
        return form, run(upload=form.cleaned_data["file"], dry_run=action != "apply")
    return form, None


def keep_checked(request, key: str, result, *, changes: str) -> bool:
    """Keep a file that passed the dry run and would change something (its
    result's list named `changes` is not empty), for the "Nhập" button beside
    its result."""
    kept = (
        result is not None
        and result.dry_run
        and result.ok
        and getattr(result, changes)
        and result.source is not None
        and len(result.source) <= SESSION_BYTES
        and "signed_cookies" not in settings.SESSION_ENGINE
    )
    if kept:
        request.session[key] = {
            "name": result.filename,
            "data": base64.b64encode(result.source).decode("ascii"),
        }
    return bool(kept)


@dataclass
class ImportPage:
    """What an import page renders: the form, the service's result (None
    before a file is posted) and whether a checked file waits for "Nhập"."""

    form: forms.Form
    result: xlsx.UploadResult | None
    checked_kept: bool

    @property
    def status(self) -> int:
        failed = self.result is not None and not self.result.ok
        return 422 if failed or self.form.errors else 200


def import_page(
    request,
    form_class: type[forms.Form],
    *,
    key: str,
    empty_result: Callable,
    run: Callable,
    button: str,
    changes: str,
) -> ImportPage:
    """An import page's request through `posted_import`: the file checked
    last (kept in the session under `key`) is taken on a POST, and a new one
    that passed the dry run is kept (see `keep_checked` for `changes`)."""
    checked = request.session.pop(key, None) if request.method == "POST" else None
    form, result = posted_import(
        request,
        form_class(request.POST or None, request.FILES or None),
        checked=checked,
        empty_result=empty_result,
        run=run,
        button=button,
    )
    return ImportPage(form, result, keep_checked(request, key, result, changes=changes))
