"""Compressed pages for phones on a weak network (issue 23).

Django's GZipMiddleware, limited to the app's own text answers: pages, JSON,
the worker's script and the manifest. Photos, spreadsheets and PDFs
(streamed files, already compressed or not worth it) go as they are, with
their Content-Length. Static files never reach it: WhiteNoise answers them
first, from the gzip and Brotli copies collectstatic made.

BREACH (reading a secret from the compressed size of pages that also reflect
what an attacker sends): Django's middleware pads every compressed answer
with up to 100 random bytes in the gzip header ("Heal the Breach", Django
4.2+), and the one secret in our pages, the CSRF token, is masked afresh on
each answer. The session cookie is never in a body (docs/security.md).
"""

from __future__ import annotations

from django.middleware.gzip import GZipMiddleware

COMPRESSED_TYPES = (
    "text/",
    "application/json",
    "application/manifest+json",
    "application/javascript",
)


class TextGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if response.streaming or not content_type.startswith(COMPRESSED_TYPES):
            return response
        return super().process_response(request, response)
