"""Error pages in Vietnamese, each with the way back (issue 22).

Standalone templates rather than base.html: a 500 may come from the database
or a context processor, so the page needs neither a request context nor a
query to draw."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template import loader

PAGES = {
    400: (
        "Yêu cầu không hợp lệ",
        "Địa chỉ hoặc dữ liệu gửi lên không đúng dạng nên hệ thống không xử lý được.",
    ),
    403: (
        "Không có quyền truy cập",
        "Tài khoản của bạn không được xem hoặc làm việc này. Nếu cần, hãy đề nghị "
        "quản trị viên phân quyền.",
    ),
    404: (
        "Không tìm thấy trang",
        "Trang này không có, đã bị xóa, hoặc không thuộc địa bàn bạn theo dõi.",
    ),
    500: (
        "Có lỗi trong hệ thống",
        "Hệ thống gặp lỗi khi xử lý yêu cầu; những gì đã lưu trước đó không bị mất. "
        "Hãy thử lại sau ít phút, hoặc báo quản trị viên nếu lỗi còn lặp lại.",
    ),
}


def error_page(status: int, detail: str = "") -> HttpResponse:
    """The error page of `status`, with `detail` (Vietnamese) if given."""
    return _page(status, detail)


def _page(status: int, detail: str = "") -> HttpResponse:
    title, text = PAGES[status]
    html = loader.render_to_string(
        f"{status}.html",
        {"status": status, "title": title, "text": text, "detail": detail},
    )
    return HttpResponse(html, status=status)


def _detail(exception) -> str:
    """The view's own Vietnamese reason, when it gave one (never a trace)."""
    message = exception.args[0] if getattr(exception, "args", None) else ""
    return message if isinstance(message, str) and not message.isascii() else ""


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return _page(400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return _page(403, _detail(exception))


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return _page(404, _detail(exception))


def server_error(request: HttpRequest) -> HttpResponse:
    return _page(500)
