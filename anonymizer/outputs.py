"""Write stage helpers: outputs never replace their source and never appear half-written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from anonymizer.reader import InputError

PARTIAL = ".partiel"


def refuse_source(source: Path, target: Path) -> None:
    if target.resolve() == source.resolve():
        raise InputError(f"{target} : refus d'écraser le fichier source.")


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """``write(path)`` into a temporary file beside ``target``, then rename it over ``target``."""
    temporary = target.with_name(target.name + PARTIAL)
    write(temporary)
    temporary.replace(target)


def write_text_atomically(target: Path, text: str) -> None:
    write_atomically(target, lambda path: path.write_text(text, encoding="utf-8"))
