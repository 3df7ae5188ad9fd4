"""Sign-in: Django's ModelBackend, with the signed-in user read back on each
request by a statement built once a process (issue 23, the floor).

`django.contrib.auth.get_user` asks the backend for the session's user on
every signed-in request; ModelBackend asks the ORM
(`User.objects.get(pk=…)`), whose query building cost as much CPU as the
rest of it. This backend sends the same SELECT of every column as plain SQL
and builds the user as the ORM would (the database's values through the
same converters). What follows is Django's, unchanged: an inactive user is
refused, and the session's password hash is checked against the user's,
so a password change or a logout still ends the other sessions.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connections, router

_READ: dict[tuple[str, str], tuple[str, list, list]] = {}


def _statement(connection, model):
    """The SELECT of a user by primary key, the fields' names and each
    column's converters, for this database and model."""
    key = (connection.alias, model._meta.label)
    if key not in _READ:
        quote = connection.ops.quote_name
        fields = model._meta.concrete_fields
        table = model._meta.db_table
        sql = (
            f"SELECT {', '.join(quote(f.column) for f in fields)} FROM {quote(table)}"
            f" WHERE {quote(model._meta.pk.column)} = %s"
        )
        converters = []
        for field in fields:
            column = field.get_col(table)
            found = connection.ops.get_db_converters(column) + column.get_db_converters(
                connection
            )
            converters.append((column, found))
        _READ[key] = (sql, [f.attname for f in fields], converters)
    return _READ[key]


def read_user(user_id):
    """The user with this primary key, as `User.objects.get(pk=…)` reads
    it; None if there is none."""
    model = get_user_model()
    alias = router.db_for_read(model)
    connection = connections[alias]
    sql, names, converters = _statement(connection, model)
    pk = model._meta.pk
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk.get_db_prep_value(pk.to_python(user_id), connection)])
        row = cursor.fetchone()
    if row is None:
        return None
    values = list(row)
    for i, (column, found) in enumerate(converters):
        for convert in found:
            values[i] = convert(values[i], column, connection)
    return model.from_db(alias, names, values)


class AccountBackend(ModelBackend):
    def get_user(self, user_id):
        user = read_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
