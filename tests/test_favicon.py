"""/favicon.ico answers with the site's icon, signed in or not."""

import io

from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image


def test_favicon_ico_is_a_real_icon_for_anyone(client, db):
    assert reverse("favicon") == "/favicon.ico"
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32)} <= icon.info["sizes"]


def test_the_svg_icon_that_pages_link_exists(client, django_user_model):
    user = django_user_model.objects.create_user("a", password="x")
    client.force_login(user)
    page = client.get(reverse("home")).content.decode()
    assert 'href="/static/img/favicon.svg"' in page
    assert finders.find("img/favicon.svg")
