"""One run at a time on a case key or on a draft's review record.

Two runs on the same key at once (or two reviews of the same draft) would each save what they saw, and
the last one would erase the other's mappings or decisions. A lock is taken before the key is opened and
held until it is saved. It is an operating-system lock (``filelock``: ``fcntl``/``msvcrt``), released
when the process ends, even after a crash, so a stale lock never blocks anyone. The lock files live in the
user's data folder under a keyed name (a key's path often names the family), never beside the key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from anonymizer import userdata
from anonymizer.reader import InputError


def _lock_file(path: Path) -> Path:
    folder = userdata.folder() / "verrous"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{userdata.keyed(str(path.resolve()))[:32]}.lock"


@contextmanager
def held(path: Path, what: str) -> Iterator[None]:
    """``path`` (a key file, a review record) for this process only; another run holding it is a clear
    French error naming ``what`` and the file, not a wait."""
    lock = FileLock(_lock_file(path), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise InputError(f"{path} : {what} déjà utilisé(e) par une autre exécution en cours ; attendez qu'elle "
                         "se termine, puis relancez.") from exc
    try:
        yield
    finally:
        lock.release()
