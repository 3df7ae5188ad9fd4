"""The floor of every signed-in request (issue 23): the session and the user
are read with one plain statement each (ntm/sessions.py,
villages/backends.py), and what they decide is Django's: a logout, a
password change or an expired session still ends it on the server."""

import datetime

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ntm.sessions import FORMER_BACKEND, SessionStore
from tests.factories import PlanFactory
from villages.backends import AccountBackend, read_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(world):
    return PlanFactory(area=world.thuy_hung, issuing_agency=world.agency_thuy_hung)


def _current(client, plan):
    return client.get(reverse("reports:current", args=[plan.pk]))


def test_a_cheap_signed_in_page_costs_four_statements(client, commune_official, plan):
    """The plan's "this week" link (the load test's floor): the session, the
    user, their memberships, the plan; nothing written, the session not
    saved again."""
    client.force_login(commune_official)
    _current(client, plan)  # the menu is worked out once, on the first page
    with CaptureQueriesContext(connection) as captured:
        response = _current(client, plan)
    assert response.status_code == 302
    assert reverse("login") not in response["Location"]
    statements = [q["sql"] for q in captured.captured_queries]
    assert len(statements) == 4, statements
    session, user, *_ = statements
    # The session's data only, by key and expiry, as plain SQL.
    assert session.startswith('SELECT "session_data" FROM "django_session"'), session
    assert user.startswith('SELECT "id", "password", "last_login"'), user
    assert not any(s.split()[0] in {"INSERT", "UPDATE", "DELETE"} for s in statements)


def test_the_user_is_read_as_the_orm_reads_it(commune_official):
    commune_official.last_login = timezone.now()
    commune_official.save()
    read = read_user(commune_official.pk)
    orm = get_user_model().objects.get(pk=commune_official.pk)
    fields = get_user_model()._meta.concrete_fields
    assert [f.value_from_object(read) for f in fields] == [
        f.value_from_object(orm) for f in fields
    ]
    assert timezone.is_aware(read.last_login) and read.is_active is True
    assert read._state.adding is False and read._state.db == "default"
    assert read_user(str(commune_official.pk)).pk == commune_official.pk
    assert read_user(10**9) is None


def test_an_inactive_user_is_signed_out(client, commune_official, plan):
    client.force_login(commune_official)
    assert AccountBackend().get_user(commune_official.pk) == commune_official
    commune_official.is_active = False
    commune_official.save()
    assert AccountBackend().get_user(commune_official.pk) is None
    assert reverse("login") in _current(client, plan)["Location"]


def test_logout_ends_the_session_on_the_server(client, commune_official, plan):
    client.force_login(commune_official)
    assert _current(client, plan).status_code == 302
    cookie = client.cookies["sessionid"].value
    client.post(reverse("logout"))
    assert not Session.objects.filter(session_key=cookie).exists()
    client.cookies["sessionid"] = cookie  # a copy of the cookie kept
    assert reverse("login") in _current(client, plan)["Location"]


def test_a_password_change_ends_the_other_sessions(client, commune_official, plan):
    client.force_login(commune_official)
    commune_official.set_password("một mật khẩu mới 2026")
    commune_official.save()
    assert reverse("login") in _current(client, plan)["Location"]


def test_an_expired_session_is_not_read(client, commune_official, plan):
    client.force_login(commune_official)
    key = client.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert SessionStore(key).load() == {}
    assert reverse("login") in _current(client, plan)["Location"]
    assert SessionStore(None).load() == {}


def test_a_session_from_before_stays_signed_in(client, commune_official, plan):
    """Signed in when settings still named Django's ModelBackend: read as
    naming its subclass, so the upgrade signs nobody out."""
    client.force_login(commune_official)
    key = client.cookies["sessionid"].value
    store = SessionStore(key)
    store[BACKEND_SESSION_KEY] = FORMER_BACKEND
    store.save()
    response = _current(client, plan)
    assert response.status_code == 302
    assert reverse("login") not in response["Location"]
