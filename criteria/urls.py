from django.urls import path

from criteria import reference_views, views

app_name = "criteria"
urlpatterns = [
    path("", views.criteria_set_list, name="set_list"),
    # Reference data: loading sets from their text, checking them, groups.
    path("nap/", reference_views.load_start, name="load"),
    path("nap/<int:pk>/", reference_views.load_preview, name="load_preview"),
    path("nap/<int:pk>/xac-nhan/", reference_views.load_confirm, name="load_confirm"),
    path("nap/<int:pk>/huy/", reference_views.load_discard, name="load_discard"),
    path("ra-soat/", reference_views.review, name="review"),
    path(
        "ra-soat/<slug:kind>/<int:pk>/",
        reference_views.check_item,
        name="check",
    ),
    path(
        "nhom-xa/<int:area_pk>/",
        reference_views.commune_groups,
        name="commune_groups",
    ),
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
    path("<slug:code>/mau.xlsx", reference_views.template_download, name="template"),
    path(
        "<slug:code>/tieu-chi-<int:number>/",
        views.criterion_detail,
        name="criterion_detail",
    ),
]
