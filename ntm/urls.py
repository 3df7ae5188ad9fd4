from django.contrib import admin
from django.urls import include, path

from ntm import pwa

urlpatterns = [
    path("", include("reports.home_urls")),
    path("", include("villages.urls")),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("ngoai-tuyen.html", pwa.offline_page, name="offline_page"),
    path("tieu-chi/", include("criteria.urls")),
    path("ke-hoach/", include("plans.urls")),
    path("bao-cao/", include("reports.urls")),
    path("quan-tri/", admin.site.urls),
]

handler400 = "ntm.errors.bad_request"
handler403 = "ntm.errors.permission_denied"
handler404 = "ntm.errors.page_not_found"
handler500 = "ntm.errors.server_error"
