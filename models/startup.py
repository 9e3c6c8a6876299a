"""Start-up without the garbage collector walking what is being loaded.

Importing spaCy and Presidio and loading the model create about 500,000 objects that live as long
as the process. While they are being created, Python's cyclic collector runs again and again over
the ones already there (about 330 young, 29 middle and 2 full collections): 0.12-0.18 s of a 1.5 s
start-up on the 2-core VM, for no garbage. Reference counting still frees everything as usual.

The automatic collections are paused by a zero threshold rather than by ``gc.disable()``: srsly,
which spaCy uses to read the model's files, calls ``gc.enable()`` after every read, whatever the
state before. The thresholds are put back as they were afterwards.

This is the process's collector policy, so only the process entry point (anonymizer/launch.py) turns it
on (:func:`own_process`); in a library caller's process every function here is a no-op and Python's
collector runs as the caller set it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_OWNED = False


def own_process() -> None:
    """Called by the process entry point only: the collector policy below applies to this process."""
    global _OWNED
    _OWNED = True


def owned() -> bool:
    return _OWNED


def freeze() -> None:
    """Move everything loaded so far out of later collections (and keep forked workers' pages shared)."""
    if _OWNED:
        gc.freeze()


def unfreeze() -> None:
    if _OWNED:
        gc.unfreeze()


@contextmanager
def collection_paused() -> Iterator[None]:
    """Automatic collections paused while a large permanent set of objects is loaded (entry point only)."""
    if not _OWNED:
        yield
        return
    thresholds = gc.get_threshold()
    if thresholds[0] == 0:  # already paused (nested loading, or the caller's own choice)
        yield
        return
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
