"""A request body that did not arrive whole is refused with a Vietnamese page,
never half-applied (issue 23: a photo cut off on a weak network used to be
dropped without a word while the figures before it were saved).

Django reads a body cut short (the client's connection dropped after sending
part of it, or a proxy passed less than Content-Length) as if it had ended
there: the fields before the cut arrive, a file cut in the middle vanishes,
and the fields after it are missing. So before any view runs, a POST whose
body came shorter than its Content-Length is answered 400 with the reason,
and nothing is written. The phone's page (static/js/entry.js) keeps what was
typed and says so; the offline queue sends its copy whole later.
"""

from __future__ import annotations

from django.http import HttpRequest

from ntm.errors import error_page
from ntm.numbers import format_number

INCOMPLETE = (
    "Bản lưu không đến đủ: mạng bị ngắt khi đang gửi (máy chủ nhận {received} "
    "trên {expected} byte). Chưa lưu gì, kể cả ảnh. Quay lại trang nhập: các số "
    "bạn đã nhập vẫn còn trong ô; chọn lại ảnh nếu có rồi bấm Lưu lần nữa."
)

FORMS = {"multipart/form-data", "application/x-www-form-urlencoded"}


def received_bytes(request: HttpRequest) -> int | None:
    """How many bytes of the body Django has read, once it has parsed it."""
    body = getattr(request, "_body", None)
    if body is not None:  # read whole (urlencoded, JSON)
        return len(body)
    # Multipart is parsed from the stream: Django's LimitedStream counts.
    return getattr(getattr(request, "_stream", None), "_pos", None)


class IncompleteUploadMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.content_type not in FORMS:
            return None  # a body Django does not parse as a form is the view's
        if getattr(view_func, "csrf_exempt", False):
            # A view that sets its own upload handlers (Django asks it to be
            # csrf_exempt for that) must be the first to read the body.
            return None
        try:
            expected = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return None
        if not expected:
            return None
        request.POST  # noqa: B018 (parse the body: it reads it to its end)
        received = received_bytes(request)
        if received is None or received >= expected:
            return None
        return error_page(
            400,
            INCOMPLETE.format(
                received=format_number(received), expected=format_number(expected)
            ),
        )
