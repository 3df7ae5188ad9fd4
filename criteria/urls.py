from django.urls import path

from criteria import views

app_name = "criteria"
urlpatterns = [
    path("", views.criteria_set_list, name="set_list"),
    path("xa/<int:area_pk>/", views.commune_board, name="board"),
    path(
        "xa/<int:area_pk>/chi-tieu/<int:indicator_pk>/",
        views.assessment_edit,
        name="assess",
    ),
    path("minh-chung/<int:pk>/", views.evidence_file, name="evidence"),
    path("tham-dinh/", views.verification_queue, name="queue"),
    path("tham-dinh/<int:pk>/", views.assessment_verify, name="verify"),
    path("ma-tran/<int:area_pk>/", views.criteria_matrix, name="matrix"),
    path("<slug:code>/", views.criteria_set_detail, name="set_detail"),
    path(
        "<slug:code>/tieu-chi-<int:number>/",
        views.criterion_detail,
        name="criterion_detail",
    ),
]
