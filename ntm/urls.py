from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("villages.urls")),
    path("tieu-chi/", include("criteria.urls")),
    path("ke-hoach/", include("plans.urls")),
    path("bao-cao/", include("reports.urls")),
    path("quan-tri/", admin.site.urls),
]
