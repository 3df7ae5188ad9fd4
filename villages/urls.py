from django.contrib.auth import views as auth_views
from django.urls import include, path

from villages import account_views, views, village_views

urlpatterns = [
    path("dia-ban/", views.area_list, name="area_list"),
    path("dia-ban/<int:pk>/", views.area_detail, name="area_detail"),
    path("dia-ban/<int:pk>/thon/", village_views.village_list, name="village_list"),
    path(
        "dia-ban/<int:pk>/thon/<int:village_pk>/",
        village_views.village_edit,
        name="village_edit",
    ),
    path(
        "dia-ban/<int:pk>/thon/nhap-excel/",
        village_views.village_import,
        name="village_import",
    ),
    path(
        "dia-ban/<int:pk>/thon/mau-thon.xlsx",
        village_views.village_template,
        name="village_template",
    ),
    path(
        "dang-nhap/",
        auth_views.LoginView.as_view(
            template_name="registration/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("tai-khoan/", include("villages.account_urls")),
    path(
        "doi-mat-khau/",
        account_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "dat-lai-mat-khau/<uidb64>/<token>/",
        account_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "dat-lai-mat-khau/xong/",
        account_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
]
