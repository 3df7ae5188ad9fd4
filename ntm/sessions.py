"""Sessions kept in the database, read with a statement built once a process
(issue 23, the floor).

Every signed-in request reads its session. Django's database store asks the
ORM for it (`Session.objects.get(session_key=…, expire_date__gt=now)`), and
building and compiling that query cost more CPU than the rest of reading
the session; this store sends the same SELECT as plain SQL. Everything
else is Django's store: sessions stay in the `django_session` table (a
logout or a password change ends them on the server, as before), are saved
only when changed, and are created, cycled and flushed by the ORM.

settings.SESSION_ENGINE = "ntm.sessions".
"""

from __future__ import annotations

from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseStore
from django.db import connections, router
from django.utils import timezone

# Sessions signed in before settings named villages.backends.AccountBackend
# name Django's ModelBackend, which it extends (the same accounts): read so,
# they stay signed in instead of everyone being signed out by the upgrade.
FORMER_BACKEND = "django.contrib.auth.backends.ModelBackend"
BACKEND = "villages.backends.AccountBackend"

_SELECT: dict[tuple[str, str], str] = {}


def _select(connection, table: str) -> str:
    key = (connection.vendor, table)
    if key not in _SELECT:
        quote = connection.ops.quote_name
        _SELECT[key] = (
            f"SELECT {quote('session_data')} FROM {quote(table)}"
            f" WHERE {quote('session_key')} = %s AND {quote('expire_date')} > %s"
        )
    return _SELECT[key]


class SessionStore(DatabaseStore):
    def load(self):
        key = self.session_key
        if key is None:
            return {}
        model = self.model
        connection = connections[router.db_for_read(model)]
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(_select(connection, model._meta.db_table), [key, now])
            row = cursor.fetchone()
        if row is None:  # unknown or expired: a new key if anything is saved
            self._session_key = None
            return {}
        data = self.decode(row[0])
        if data.get(BACKEND_SESSION_KEY) == FORMER_BACKEND:
            data[BACKEND_SESSION_KEY] = BACKEND
        return data
