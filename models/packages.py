"""Where an installed package's files lie, found without importing it (its ``__init__`` may be slow:
belgian_deduce builds a whole de-identification pipeline, wordfreq reads language-code tables)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def package_folder(name: str) -> Path | None:
    """The folder of the installed package ``name``; None when it is not installed."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))
