"""Derived data kept between runs, so that a run does not rebuild it from the packages' own files.

What is kept here is derived only from installed packages (the spaCy model's lemmatizer tables,
wordfreq's list): never a document, a name found in one, or a case key. Each entry is one ``.npz``
file of numpy arrays whose name carries a fingerprint of its sources (path, size, modification
time) and of the format: when a package is updated, the entry no longer matches and is rebuilt.

Folder: ``$ANONYMIZER_CACHE`` when set (empty: no cache at all), else ``$XDG_CACHE_HOME/anonymizer``,
else ``~/.cache/anonymizer``. A folder that cannot be written, or an entry that cannot be read, only
costs the rebuild: the data is then built in memory, as without a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

Arrays = dict[str, np.ndarray]


def cache_folder() -> Path | None:
    """The cache folder (not created here); None when caching is turned off."""
    chosen = os.environ.get("ANONYMIZER_CACHE")
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    from platformdirs import user_cache_dir

    try:  # %LOCALAPPDATA%\anonymizer\Cache on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache
        return Path(user_cache_dir("anonymizer", appauthor=False))
    except (RuntimeError, KeyError):  # no home folder known: no cache
        return None


def fingerprint(version: int | str, sources: list[Path]) -> str:
    """A short digest of the entry's format ``version`` and of each source file's path, size and
    modification time (a missing source counts as absent)."""
    parts = [str(version)]
    for source in sources:
        try:
            status = source.stat()
            parts.append(f"{source.resolve()}:{status.st_size}:{status.st_mtime_ns}")
        except OSError:
            parts.append(f"{source}:absent")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def cached_arrays(name: str, key: str, fields: frozenset[str], build: Callable[[], Arrays]) -> Arrays:
    """The arrays ``fields`` of the entry ``name`` for ``key``: read from the cache, or built by
    ``build`` and written there (atomically, replacing the entries of ``name`` for other keys)."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.npz"
    try:
        with np.load(path, allow_pickle=False) as stored:
            if set(stored.files) == fields:
                return {field: stored[field] for field in stored.files}
            log.info("cache %s holds other fields: rebuilt", path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:  # truncated or foreign: rebuilt below
        log.info("cache %s unreadable (%s): rebuilt", path, exc)
    arrays = build()
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", suffix=".tmp", delete=False) as handle:
            temporary = Path(handle.name)
            np.savez(handle, **arrays)
        os.replace(temporary, path)
        for old in folder.glob(f"{name}-*.npz"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("cache %s not written (%s): built in memory only", path, exc)
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
    return arrays
