"""What the tool keeps for its user, outside every folder that gets shared: a secret for keyed hashes, and
the review records.

Folder: ``$ANONYMIZER_DATA`` when set, else the user's data folder as platformdirs gives it
(``%LOCALAPPDATA%\\anonymizer`` on Windows, ``~/.local/share/anonymizer`` on Linux,
``~/Library/Application Support/anonymizer`` on macOS). Nothing here is a document or a name: the
secret is random bytes, a review record holds keyed hashes (see :mod:`anonymizer.decisions`).

The secret makes hashes unguessable: a plain or salted SHA-256 of a one-word form is found again in
under a second by hashing the bundled name lists; a keyed hash (HMAC-SHA256) is not, without the secret,
which never leaves this folder.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from functools import lru_cache
from pathlib import Path


def folder() -> Path:
    chosen = os.environ.get("ANONYMIZER_DATA", "").strip()
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("anonymizer", appauthor=False))


@lru_cache(maxsize=4)
def _secret(where: Path) -> bytes:
    path = where / "secret"
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        pass
    where.mkdir(parents=True, exist_ok=True)
    value = secrets.token_bytes(32)
    temporary = path.with_name("secret.partiel")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(value.hex())
    temporary.replace(path)
    return value


def secret() -> bytes:
    """This user's secret (made on first use)."""
    return _secret(folder())


def keyed(text: str) -> str:
    """HMAC-SHA256 of ``text`` under this user's secret, in hex."""
    return hmac.new(secret(), text.encode("utf-8"), hashlib.sha256).hexdigest()


def secret_id() -> str:
    """A short name of the secret (not the secret): tells whether a record was made with it."""
    return keyed("anonymizer:secret-id")[:12]


def records() -> Path:
    """Where the review records are kept."""
    return folder() / "releves"
