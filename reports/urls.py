from django.urls import path

from reports import dashboard_views, offline, views
from reports.exports import views as exports

app_name = "reports"
urlpatterns = [
    path("ke-hoach/<int:plan_pk>/", views.report_current, name="current"),
    path("ke-hoach/<int:plan_pk>/<str:period>/", views.report_entry, name="entry"),
    path(
        "ke-hoach/<int:plan_pk>/<str:period>/nop/", views.report_submit, name="submit"
    ),
    path("<int:pk>/xem-xet/", views.report_review, name="review"),
    path("<int:pk>/rut/", views.report_withdraw, name="withdraw"),
    path("duyet/", views.review_list, name="review_list"),
    path("ngoai-tuyen/", offline.offline_state, name="offline_state"),
    path("mo-lai/", views.reports_reopen, name="reopen"),
    path("anh/<int:pk>/", views.photo_page, name="photo_page"),
    path("anh/<int:pk>/<str:size>/", views.photo_file, name="photo"),
    path("tong-quan/", dashboard_views.dashboard_home, name="dashboard"),
    path(
        "tong-quan/xa/<int:pk>/",
        dashboard_views.dashboard_commune,
        name="dashboard_commune",
    ),
    path(
        "tong-quan/huyen/<int:pk>/",
        dashboard_views.dashboard_district,
        name="dashboard_district",
    ),
    path(
        "tong-quan/tinh/<int:pk>/",
        dashboard_views.dashboard_province,
        name="dashboard_province",
    ),
    path(
        "tong-quan/tra-lai/<int:pk>/",
        dashboard_views.dashboard_return,
        name="dashboard_return",
    ),
    path(
        "tong-quan/mo-lai/", dashboard_views.dashboard_reopen, name="dashboard_reopen"
    ),
    path(
        "bieu/ke-hoach/<int:plan_pk>/<slug:table>.<slug:fmt>",
        exports.plan_export,
        name="export_plan",
    ),
    path(
        "bieu/dia-ban/<int:area_pk>/<slug:table>.<slug:fmt>",
        exports.area_export,
        name="export_area",
    ),
]
