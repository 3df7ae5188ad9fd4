"""An uploaded plan document kept for a few hours, so that a user asked only
for the plan's area does not have to find and upload the file again (on a
phone with a weak network).

The bytes go to MEDIA_ROOT/tmp/import/<user id>/<token>/ on the filesystem,
shared by every worker (the project has no shared cache); the token is
random and is looked up only under the user's own directory, so another
user's token opens nothing. MEDIA_ROOT is never served as such (see
docs/operations.md). A kept file is removed when its preview is shown, when a
new file replaces it, and, once older than MAX_AGE, by the sweep each new
keep runs (a handful of directories; no management command needed)."""

from __future__ import annotations

import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError

MAX_AGE = 6 * 60 * 60  # seconds
TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")
GONE = (
    "Không còn tệp đã giữ (quá {hours} giờ, đã dùng hoặc không thuộc tài khoản "
    "của bạn): chọn lại tệp rồi bấm “Đọc tệp và xem trước”."
)


@dataclass(frozen=True)
class KeptFile:
    token: str
    name: str
    data: bytes


def _root() -> Path:
    return Path(settings.MEDIA_ROOT) / "tmp" / "import"


def _folder(user, token: str) -> Path:
    return _root() / str(user.pk) / token


def _old(path: Path, now: float) -> bool:
    return now - path.stat().st_mtime > MAX_AGE


def kept_sweep(*, now: float | None = None) -> int:
    """Remove every kept file older than MAX_AGE; how many were removed."""
    now = time.time() if now is None else now
    removed = 0
    for folder in _root().glob("*/*"):
        if folder.is_dir() and _old(folder, now):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def kept_save(*, user, name: str, data: bytes) -> KeptFile:
    """Keep `data` (a file named `name`) for `user`; old kept files go."""
    kept_sweep()
    token = secrets.token_urlsafe(16)
    folder = _folder(user, token)
    folder.mkdir(parents=True)
    (folder / "name").write_text(name, "utf-8")
    (folder / "data").write_bytes(data)
    return KeptFile(token=token, name=name, data=data)


def kept_load(*, user, token: str) -> KeptFile:
    """The file `user` kept under `token`; ValidationError when there is none
    (a forged token, another user's, one used or expired)."""
    folder = _folder(user, token) if TOKEN.fullmatch(token or "") else None
    try:
        if folder is None or _old(folder, time.time()):
            raise FileNotFoundError(token)
        name = (folder / "name").read_text("utf-8")
        data = (folder / "data").read_bytes()
    except OSError:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise ValidationError(
            GONE.format(hours=MAX_AGE // 3600), code="kept_gone"
        ) from None
    return KeptFile(token=token, name=name, data=data)


def kept_remove(*, user, token: str) -> None:
    """Forget the file `user` kept under `token` (nothing when there is none)."""
    if TOKEN.fullmatch(token or ""):
        shutil.rmtree(_folder(user, token), ignore_errors=True)
