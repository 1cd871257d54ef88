"""What a client sends in a cookie or a login form, kept to what the database can hold.

PostgreSQL refuses a NUL character in any string parameter (psycopg raises DataError) and a
string longer than a varchar column. Neither limit exists on SQLite, so both only showed up
as 500s in production-like runs:

- a session cookie such as ``sessionid="\\000\\000\\000\\000\\000\\000\\000\\000"`` (the
  cookie parser turns the octal escapes into NULs) was looked up in django_session;
- a failed admin login with a user name over 255 characters was recorded by django-axes in
  a varchar(255) column (jazzband/django-axes#1381).
"""

from django.conf import settings
from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

# Django makes 32-character keys of VALID_KEY_CHARS; the column holds 40.
SESSION_KEY_MAX_LENGTH = 40
AXES_USERNAME_MAX_LENGTH = 255


class SessionStore(DatabaseSessionStore):
    """Django's database sessions, except that a cookie holding a key Django could never
    have issued is treated as no session at all, without a query."""

    def _validate_session_key(self, key):
        return (
            super()._validate_session_key(key)
            and len(key) <= SESSION_KEY_MAX_LENGTH
            and all(char in VALID_KEY_CHARS for char in key)
        )


def axes_username(request, credentials=None):
    """The user name django-axes records for a login attempt (AXES_USERNAME_CALLABLE).

    As axes does by default (the credentials, else the posted form), but cut to the length
    of its column and without NULs; lockouts still count per name, as the cut name.
    """
    field = getattr(settings, "AXES_USERNAME_FORM_FIELD", "username")
    if credentials:
        username = credentials.get(field)
    else:
        username = getattr(request, "data", getattr(request, "POST", {})).get(field)
    if username is None:
        return None
    return str(username).replace("\x00", "")[:AXES_USERNAME_MAX_LENGTH]
