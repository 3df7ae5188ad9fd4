from django.urls import path

from reports import views

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
]
