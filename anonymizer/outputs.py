"""Write stage helpers: outputs never replace their source and never appear half-written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from anonymizer.reader import InputError

PARTIAL = ".partiel"


def folder_of(root: Path) -> Path:
    """The folder output paths are made relative to: the input folder, or the input file's folder."""
    return root if root.is_dir() else root.parent


def refuse_source(source: Path, target: Path) -> None:
    if target.resolve() == source.resolve():
        raise InputError(f"{target} : refus d'écraser le fichier source.")


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """``write(path)`` into a temporary file beside ``target``, then rename it over ``target``; when ``write``
    fails, or the rename does (the target open in Word on Windows, a folder of that name), the temporary file goes
    and ``target`` is left as it was: no half-written nor unplaced copy stays in the folder that is shared."""
    temporary = target.with_name(target.name + PARTIAL)
    try:
        write(temporary)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path, text: str) -> None:
    write_atomically(target, lambda path: path.write_text(text, encoding="utf-8", newline=""))
