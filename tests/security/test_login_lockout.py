"""Password guessing is slowed and locked out (django-axes): a handful of wrong
passwords locks that username from that address, with a Vietnamese page that
says when to try again and whom to ask; the right password is refused while
locked; the lock ends after the cool-off or when an administrator resets it."""

import datetime
from io import StringIO

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from tests.factories import member
from villages.models import Role

PASSWORD = "mat-khau-thu"  # tests.factories.UserFactory
START = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)  # 15:00 in Hà Nội


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    return settings


@pytest.fixture
def official(world, axes_on):
    return member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")


def login(client, password, username="xa.thuyhung", address="10.0.0.7"):
    return client.post(
        reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def fail(client, times, **kwargs):
    return [login(client, "sai-mat-khau", **kwargs) for _ in range(times)]


def is_signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_wrong_passwords_below_the_limit_keep_the_vietnamese_form_message(
    client, official, axes_on
):
    for response in fail(client, axes_on.AXES_FAILURE_LIMIT - 1):
        assert response.status_code == 200
        assert "Tên đăng nhập hoặc mật khẩu không đúng" in response.content.decode()
    assert login(client, PASSWORD).status_code == 302
    assert is_signed_in(client)


@time_machine.travel(START, tick=False)
def test_the_limit_of_wrong_passwords_locks_with_a_vietnamese_page(
    client, official, axes_on
):
    responses = fail(client, axes_on.AXES_FAILURE_LIMIT)
    locked = responses[-1]
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Tài khoản tạm bị khóa đăng nhập" in html
    assert f"sai {axes_on.AXES_FAILURE_LIMIT} lần" in html
    # 08:00 UTC + 15 minutes, told in Hà Nội time.
    assert "15:15 ngày 02/03/2026" in html
    assert "khoảng 15 phút nữa" in html
    assert "quản trị viên hệ thống" in html
    names = [t.name for t in locked.templates]
    assert "registration/locked_out.html" in names
    assert "base.html" in names


@time_machine.travel(START, tick=False)
def test_the_right_password_is_refused_while_locked(client, official, axes_on):
    fail(client, axes_on.AXES_FAILURE_LIMIT)
    response = login(client, PASSWORD)
    assert response.status_code == 429
    assert "Tài khoản tạm bị khóa đăng nhập" in response.content.decode()
    assert not is_signed_in(client)


def test_the_lock_ends_after_the_cool_off(client, official, axes_on):
    with time_machine.travel(START, tick=False):
        fail(client, axes_on.AXES_FAILURE_LIMIT)
    with time_machine.travel(START + datetime.timedelta(minutes=14), tick=False):
        assert login(client, PASSWORD).status_code == 429
    # That refused try started the wait again: 15 minutes from 08:14.
    with time_machine.travel(START + datetime.timedelta(minutes=28), tick=False):
        assert login(client, PASSWORD).status_code == 429
    with time_machine.travel(START + datetime.timedelta(minutes=44), tick=False):
        assert login(client, PASSWORD).status_code == 302
        assert is_signed_in(client)


def test_an_administrator_unlocks_with_axes_reset_username(client, official, axes_on):
    fail(client, axes_on.AXES_FAILURE_LIMIT)
    assert login(client, PASSWORD).status_code == 429
    call_command("axes_reset_username", "xa.thuyhung", stdout=StringIO())
    assert not AccessAttempt.objects.filter(username="xa.thuyhung").exists()
    assert login(client, PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_the_lock_is_per_username_and_address(client, world, official, axes_on):
    member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "xa.nhattien")
    fail(client, axes_on.AXES_FAILURE_LIMIT)
    # The same person from another address, and another user from the same one.
    assert login(client, PASSWORD, address="10.0.0.8").status_code == 302
    client.post(reverse("logout"))
    assert login(client, PASSWORD, username="xa.nhattien").status_code == 302


def test_a_success_before_the_limit_clears_the_count(client, official, axes_on):
    fail(client, axes_on.AXES_FAILURE_LIMIT - 1)
    assert login(client, PASSWORD).status_code == 302
    client.post(reverse("logout"))
    assert login(client, "sai-mat-khau").status_code == 200  # not locked


def test_a_forged_forwarded_for_does_not_escape_the_lock(client, official, axes_on):
    axes_on.PROXY_FORWARDED_FOR = True
    for n in range(axes_on.AXES_FAILURE_LIMIT):
        # The proxy (REMOTE_ADDR) appends the real client; the left part is forged.
        client.post(
            reverse("login"),
            {"username": "xa.thuyhung", "password": "sai"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.5",
        )
    response = client.post(
        reverse("login"),
        {"username": "xa.thuyhung", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.5",
    )
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
        "203.0.113.5"
    }


def test_the_admin_login_is_locked_too(client, official, axes_on):
    get_user_model().objects.filter(username="xa.thuyhung").update(is_staff=True)
    for _ in range(axes_on.AXES_FAILURE_LIMIT):
        response = client.post(
            reverse("admin:login"),
            {"username": "xa.thuyhung", "password": "sai"},
            REMOTE_ADDR="10.0.0.7",
        )
    assert response.status_code == 429
    assert "Tài khoản tạm bị khóa đăng nhập" in response.content.decode()
