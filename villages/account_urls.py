from django.urls import path

from villages import account_views as views

app_name = "accounts"

urlpatterns = [
    path("", views.account_list, name="list"),
    path("tao/", views.account_create, name="create"),
    path("nhap-excel/", views.account_import_view, name="import"),
    path("mau-tai-khoan.xlsx", views.account_template, name="template"),
    path("<int:pk>/", views.account_detail, name="detail"),
    path("<int:pk>/khoa/", views.account_deactivate, name="deactivate"),
    path("<int:pk>/mo-lai/", views.account_reactivate, name="reactivate"),
    path(
        "<int:pk>/mat-khau-tam/",
        views.account_temporary_password,
        name="temporary_password",
    ),
    path("<int:pk>/gui-lien-ket/", views.account_reset_link, name="reset_link"),
    path("<int:pk>/vai-tro/", views.account_grant, name="grant"),
    path(
        "<int:pk>/vai-tro/<int:membership_pk>/ket-thuc/",
        views.membership_end,
        name="end_membership",
    ),
]
