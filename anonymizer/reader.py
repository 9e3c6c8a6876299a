"""Read stage for plain-text inputs, with clear French errors for bad input.

UTF-16 with its byte-order mark (Notepad's "Unicode"), UTF-8 (BOM accepted), then cp1252 (Word/Notepad
exports on Windows) with a warning; the encoding is kept so that the output is written back in it. Binary,
empty and oversized files are refused with a one-line message naming the file; nothing is modified.
"""

from __future__ import annotations

import codecs
import errno
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


# what to do with a file whose format is not read
ADVICE = {".doc": "document Word 97-2003 : ouvrez-le dans Word et enregistrez-le en .docx",
          ".docm": "ouvrez-le dans Word et enregistrez-le en .docx (sans macros)",
          ".dot": "modèle Word : enregistrez le document en .docx",
          ".dotx": "modèle Word : enregistrez le document en .docx",
          ".pages": "document Pages : exportez-le en .docx",
          ".wpd": "document WordPerfect : enregistrez-le en .docx ou .odt"}


def unsupported(suffix: str) -> str:
    """Why a file whose format is not read is left aside, and what to do: "format non pris en charge (.doc) ;
    document Word 97-2003 : ouvrez-le dans Word et enregistrez-le en .docx"."""
    advice = ADVICE.get(suffix.lower(), "enregistrez-le en .docx, .odt, .txt ou .pdf pour l'anonymiser")
    return f"format non pris en charge ({suffix or 'sans extension'}) ; {advice}"


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


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` reads as text in it without a byte-order mark: every other
    byte a zero (Latin text) on one side only, and the whole decoding to printable text."""
    head = data[:8192]
    if len(head) < 4 or len(head) % 2:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    encoding = "utf-16-le" if odd > 0.4 * len(head) / 2 and even == 0 else (
        "utf-16-be" if even > 0.4 * len(head) / 2 and odd == 0 else None)
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    control = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f")
    return encoding if control == 0 else None


def _stray_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", "replace"), error.end


codecs.register_error("anonymizer-stray-cp1252", _stray_as_cp1252)


def utf8_with_stray_bytes(data: bytes) -> str | None:
    """UTF-8 with a stray byte or two (a "€" pasted from a Windows program, a cut): the text in UTF-8 and each
    stray byte read as Windows-1252, when the valid UTF-8 sequences outnumber the stray bytes ("Hélène" read
    whole, not "HÃ©lÃ¨ne", which detection misses); else None (the text is Windows-1252)."""
    read = data.decode("utf-8", "replace")
    stray = read.count("\ufffd")
    valid = sum(1 for c in read if ord(c) > 0x7F and c != "\ufffd")
    return data.decode("utf-8", "anonymizer-stray-cp1252") if valid and stray <= valid else None


UTF16_BE_BOM = "utf-16-be+bom"  # UTF-16 big-endian with its mark: no codec of Python writes it


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
        # written back in the same byte order (Python's "utf-16" writes the machine's, little-endian)
        return TextInput(path, text, "utf-16" if data.startswith(b"\xff\xfe") else UTF16_BE_BOM)
    if not data.strip():
        raise InputError(f"{path} : fichier vide, rien à anonymiser.")
    unmarked = _utf16_without_bom(data)
    if unmarked is not None:  # some exports write UTF-16 without its byte-order mark
        return TextInput(path, data.decode(unmarked), unmarked)
    if _looks_binary(data):
        raise InputError(f"{path} : fichier binaire ou format non pris en charge (attendu : texte).")
    try:
        return TextInput(path, data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = utf8_with_stray_bytes(data)
    if mixed is not None:
        return TextInput(path, mixed, "utf-8", "quelques octets hors UTF-8 (un copier-coller ?) lus en Windows-1252 ; "
                                               "le reste du texte est en UTF-8, écrit en UTF-8.")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} : encodage inconnu (ni UTF-8 ni Windows-1252).") from exc
    return TextInput(path, text, "cp1252",
                     "encodage Windows-1252 détecté, converti en UTF-8 ; vérifiez les accents.")


# what a reader's or a writer's failure says to a user, by the exception's kind (its name is for the journal)
FAILURES = {"BadZipFile": "archive zip abîmée", "XMLSyntaxError": "XML abîmé", "ExpatError": "XML abîmé",
            "ParseError": "XML abîmé", "UnicodeDecodeError": "caractères illisibles",
            "UnicodeEncodeError": "caractères impossibles à écrire", "MemoryError": "mémoire insuffisante",
            "NotImplementedError": "compression ou variante du format non prise en charge",
            "KeyError": "partie du document manquante", "EOFError": "fichier tronqué",
            "error": "données compressées abîmées"}  # (zlib's error)


# an operating system's errors in French (its own text is English on most systems: "Is a directory")
OS_ERRORS = {errno.EACCES: "accès refusé", errno.EPERM: "accès refusé", errno.EROFS: "support en lecture seule",
             errno.ENOSPC: "disque plein", errno.EADDRINUSE: "déjà utilisé", errno.ENOENT: "introuvable",
             errno.EISDIR: "un dossier porte ce nom", errno.ENOTDIR: "un fichier porte le nom d'un dossier du chemin",
             errno.EEXIST: "existe déjà", errno.EFBIG: "fichier trop grand pour ce support",
             errno.ENAMETOOLONG: "nom ou chemin trop long", errno.EBUSY: "fichier occupé (ouvert dans un programme ?)",
             errno.EMFILE: "trop de fichiers ouverts", errno.EDQUOT: "quota du disque atteint",
             errno.EIO: "erreur de lecture ou d'écriture du support",
             errno.EINVAL: "nom de fichier non valide pour ce système"}


def os_error_in_french(exc: OSError) -> str:
    if isinstance(exc, PermissionError) and exc.errno is None:
        return "accès refusé (fichier ouvert dans un programme ?)"
    return OS_ERRORS.get(exc.errno, f"erreur du système, code {exc.errno}" if exc.errno else "erreur du système")


def in_french(exc: BaseException) -> str:
    """A failure as a user reads it ("archive zip abîmée"); the exception's name goes to the journal (-v)."""
    import logging

    if isinstance(exc, InputError):
        return str(exc)  # already a French line
    name = type(exc).__name__
    logging.getLogger(__name__).info("échec : %s", name)
    return FAILURES.get(name, "erreur inattendue")
