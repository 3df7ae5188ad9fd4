from django.urls import path

from reports import views
from reports.exports import views as exports

app_name = "reports"
urlpatterns = [
    path("ke-hoach/<int:plan_pk>/", views.report_current, name="current"),
    path("ke-hoach/<int:plan_pk>/<str:period>/", views.report_entry, name="entry"),
    path(
        "ke-hoach/<int:plan_pk>/<str:period>/nop/", views.report_submit, name="submit"
    ),
    path("<int:pk>/xem-xet/", views.report_review, name="review"),
    path("duyet/", views.review_list, name="review_list"),
    path("mo-lai/", views.reports_reopen, name="reopen"),
    path("anh/<int:pk>/<str:size>/", views.photo_file, name="photo"),
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
