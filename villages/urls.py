from django.contrib.auth import views as auth_views
from django.urls import path

from villages import views

urlpatterns = [
    path("", views.home, name="home"),
    path("dia-ban/", views.area_list, name="area_list"),
    path("dia-ban/<int:pk>/", views.area_detail, name="area_detail"),
    path(
        "dang-nhap/",
        auth_views.LoginView.as_view(
            template_name="registration/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("healthz", views.healthz, name="healthz"),
]
