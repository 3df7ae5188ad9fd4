"""Settings for the test suite: the development settings with a fast hasher.

DEBUG=1 here only selects the development branches of ntm.settings (plain
static storage, no HTTPS redirect); pytest-django still runs with DEBUG off.
The production branch is tested in a subprocess (tests/test_settings.py).
"""

import os

os.environ.setdefault("DEBUG", "1")

from ntm.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "villages.hashers.TemporaryPasswordHasher",
]

# Serve static files from the finders, as runserver does: tests never run collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Axes refuses authenticate() calls that carry no request, as the test client's
# login() makes; the lockout tests (tests/test_security_login.py) turn it on.
AXES_ENABLED = False
