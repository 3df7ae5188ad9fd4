"""The hasher of temporary passwords (villages/accounts.py)."""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class TemporaryPasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2 with fewer rounds, for the random temporary passwords that a
    manager prints. They carry about 59 bits of chance, so guessing them does
    not rest on the hash being slow; the default hasher's million rounds
    (about a second each here) would make a sheet of a hundred accounts a
    two-minute request. Django rehashes with the default hasher at the first
    login, and the account must then choose its own password anyway."""

    algorithm = "pbkdf2_sha256_temp"
    iterations = 20_000
