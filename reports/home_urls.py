"""The home page at "/" (no namespace: templates and redirects name it "home")."""

from django.urls import path

from reports import home_views

urlpatterns = [
    path("", home_views.home, name="home"),
]
