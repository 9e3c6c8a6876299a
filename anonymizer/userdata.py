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

MIN_SECRET = 16  # bytes


def folder() -> Path:
    chosen = os.environ.get("ANONYMIZER_DATA", "").strip()
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("anonymizer", appauthor=False))


@lru_cache(maxsize=4)
def _secret(where: Path) -> bytes:
    """The secret in ``where``, made once: written whole under a name of its own, then linked into place, so
    that the first process wins and the others, started at the same moment, read that same secret. An empty
    or damaged file (never a usable secret) is put aside as ``secret.abîmé`` and a new one made."""
    path = where / "secret"
    where.mkdir(parents=True, exist_ok=True)
    for _ in range(20):
        try:
            value = bytes.fromhex(path.read_text(encoding="ascii").strip())
            if len(value) >= MIN_SECRET:
                return value
        except FileNotFoundError:
            value = None
        except (ValueError, UnicodeDecodeError):
            value = b""
        if value is not None:
            path.replace(where / "secret.abîmé")
        value = secrets.token_bytes(32)
        temporary = where / f"secret.{os.getpid()}.{secrets.token_hex(4)}.partiel"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii", newline="") as handle:
            handle.write(value.hex())
        try:
            os.link(temporary, path)  # fails if another process linked its secret first
            return value
        except FileExistsError:
            continue  # read the winner's
        except OSError:  # a file system without links: the last writer wins, read back what is there
            if not path.exists():
                os.replace(temporary, path)
            continue
        finally:
            temporary.unlink(missing_ok=True)
    raise OSError(f"{path} : secret de l'utilisateur illisible")


def private(path: Path) -> None:
    """Only the user may read ``path`` (where the system allows it)."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


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
