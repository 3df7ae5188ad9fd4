from django.urls import path

from plans import views
from plans.document_import import views as import_views
from plans.target_import import views as target_import_views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("tao/", views.plan_create, name="create"),
    path("nhap/", import_views.import_upload, name="import"),
    path("nhap/tao/", import_views.import_confirm, name="import_confirm"),
    path("<int:pk>/", views.plan_detail, name="detail"),
    path("<int:pk>/sua/", views.plan_edit, name="edit"),
    path("<int:pk>/muc-tieu/", views.plan_gaps, name="gaps"),
    path("<int:pk>/nhiem-vu/", views.task_list, name="tasks"),
    path("<int:pk>/nhiem-vu/them/", views.task_create, name="task_create"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/sua/", views.task_edit, name="task_edit"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/chuyen/", views.task_move, name="task_move"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/xoa/", views.task_delete, name="task_delete"),
    path("<int:pk>/chi-tieu/", views.target_list, name="targets"),
    path("<int:pk>/chi-tieu/them/", views.target_create, name="target_create"),
    path("<int:pk>/chi-tieu/loai/", views.target_kind, name="target_kind"),
    path(
        "<int:pk>/chi-tieu/<int:target_pk>/sua/", views.target_edit, name="target_edit"
    ),
    path(
        "<int:pk>/chi-tieu/excel/",
        target_import_views.target_import,
        name="target_import",
    ),
    path(
        "<int:pk>/chi-tieu/excel/mau/",
        target_import_views.target_template,
        name="target_template",
    ),
    path(
        "<int:pk>/chi-tieu/excel/loi/",
        target_import_views.target_import_errors,
        name="target_import_errors",
    ),
    path("<int:pk>/dot/", views.phase_edit, name="phases"),
    path("<int:pk>/muc/", views.section_list, name="sections"),
    path("<int:pk>/muc/them/", views.section_create, name="section_create"),
    path("<int:pk>/muc/<int:section_pk>/sua/", views.section_edit, name="section_edit"),
    path(
        "<int:pk>/muc/<int:section_pk>/chuyen/",
        views.section_move,
        name="section_move",
    ),
    path(
        "<int:pk>/muc/<int:section_pk>/xoa/",
        views.section_delete,
        name="section_delete",
    ),
    path("<int:pk>/co-quan/them/", views.agency_quick_add, name="agency_quick_add"),
]
