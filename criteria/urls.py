from django.urls import path

from criteria import views

app_name = "criteria"
urlpatterns = [
    path("", views.criteria_set_list, name="set_list"),
    path("<slug:code>/", views.criteria_set_detail, name="set_detail"),
    path(
        "<slug:code>/tieu-chi-<int:number>/",
        views.criterion_detail,
        name="criterion_detail",
    ),
]
