"""Read stage for plain-text inputs, with clear French errors for bad input.

UTF-16 with its byte-order mark (Notepad's "Unicode"), UTF-8 (BOM accepted), then cp1252 (Word/Notepad
exports on Windows) with a warning; the encoding is kept so that the output is written back in it. Binary,
empty and oversized files are refused with a one-line message naming the file; nothing is modified.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")


class InputError(Exception):
    """A file that cannot be processed; the message is for the social worker (French)."""


@dataclass(frozen=True)
class TextInput:
    path: Path
    text: str
    encoding: str
    warning: str = ""


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path} : fichier trop volumineux ({size // 1_000_000} Mo, maximum "
                         f"{MAX_BYTES // 1_000_000} Mo) ; découpez-le.")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def read_text(path: str | Path) -> TextInput:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} : fichier introuvable.")
    if path.is_dir():
        raise InputError(f"{path} : c'est un dossier, pas un fichier.")
    try:
        check_size(path)
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(f"{path} : lecture refusée (permissions).") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its BOM: Notepad's "Unicode", Outlook's text
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path} : texte UTF-16 abîmé.") from exc
        if not text.strip():
            raise InputError(f"{path} : fichier vide, rien à anonymiser.")
        return TextInput(path, text, "utf-16")
    if not data.strip():
        raise InputError(f"{path} : fichier vide, rien à anonymiser.")
    if _looks_binary(data):
        raise InputError(f"{path} : fichier binaire ou format non pris en charge (attendu : texte).")
    try:
        return TextInput(path, data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} : encodage inconnu (ni UTF-8 ni Windows-1252).") from exc
    return TextInput(path, text, "cp1252",
                     f"{path} : encodage Windows-1252 détecté, converti en UTF-8 ; vérifiez les accents.")

