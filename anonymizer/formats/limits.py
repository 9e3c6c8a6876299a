"""Limits checked before a file is parsed, so that one oversized or hostile file costs seconds, not minutes
and gigabytes, and gets one clear line.

A .docx or .odt is a zip package: its size on disk says little (a 400 KB file can expand to 150 MB of
XML). The sizes its members declare are read from the zip directory, before anything is decompressed
(Python's zipfile never inflates a member past its declared size). Pictures and other binary members
are only copied, so the limit on them is wider than on the XML that the parsers load into memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from anonymizer.reader import InputError, check_size

MAX_XML_BYTES = 24 * 1024 * 1024  # the text parts of a package, decompressed (a long report: 2-10 MB)
MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # all the members of a package, decompressed
MAX_MEMBERS = 10_000
PACKAGE_SUFFIXES = (".docx", ".odt")
TEXT_MEMBERS = (".xml", ".rels", ".vml")

MB = 1024 * 1024
# the text analysed, whatever the format (about 25,000 characters a second: 4 million take some three minutes;
# a long report is 100,000 to 500,000)
MAX_TEXT_CHARS = 4_000_000


def check_text(path: Path, text: str) -> None:
    """Raise :class:`InputError` when the text read is too long to analyse in reasonable time."""
    if len(text) > MAX_TEXT_CHARS:
        size, limit = (f"{n / 1_000_000:.1f}".replace(".", ",") for n in (len(text), MAX_TEXT_CHARS))
        raise InputError(f"{path} : texte trop long à analyser ({size} millions de caractères ; limite {limit} "
                         "millions, quelques minutes d'analyse) ; "
                         "découpez-le en plusieurs fichiers.")


ENCRYPTED = 0x1  # a zip member's flag: encrypted (ZipCrypto or AES)
OLE_HEAD = 64 * 1024  # the start of an OLE compound file, where its streams' names are
MAX_MANIFEST = 1024 * 1024
# Word and LibreOffice save a document protected by a password as an OLE compound file, not as a zip
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check(path: Path) -> None:
    """Raise :class:`InputError` (French, naming the file) when ``path`` is over a limit, or protected by a
    password."""
    if path.suffix.lower() in PACKAGE_SUFFIXES:
        with path.open("rb") as file:
            head = file.read(OLE_HEAD)
        if head.startswith(OLE_SIGNATURE):
            if "WordDocument".encode("utf-16-le") in head and "EncryptionInfo".encode("utf-16-le") not in head:
                raise InputError(f"{path} : document Word 97-2003 (.doc) nommé {path.suffix} ; ouvrez-le dans Word "
                                 "et enregistrez-le en .docx.")
            raise InputError(f"{path} : document protégé par un mot de passe (chiffré) ; enregistrez-le sans "
                             "mot de passe pour l'anonymiser.")
    if path.suffix.lower() in PACKAGE_SUFFIXES and zipfile.is_zipfile(path):
        _check_package(path)  # a package's size on disk says little: its members' are checked
    else:
        check_size(path)


def _check_package(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            encrypted = any(member.flag_bits & ENCRYPTED for member in members) or _odf_encrypted(package, members)
    except Exception as exc:  # noqa: BLE001 - a damaged directory raises what it likes (NotImplementedError...)
        raise InputError(f"{path} : document illisible ou abîmé (paquet zip).") from exc
    if encrypted:
        raise InputError(f"{path} : document protégé par un mot de passe ; enregistrez-le sans mot de passe pour "
                         "l'anonymiser.")
    problem = package_problem(members)
    if problem:
        raise InputError(f"{path} : {problem}.")


def _odf_encrypted(package: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> bool:
    """LibreOffice saves a document with a password as a zip whose manifest lists how each part is encrypted."""
    manifest = next((m for m in members if m.filename == "META-INF/manifest.xml"), None)
    if manifest is None or manifest.file_size > MAX_MANIFEST:
        return False
    try:
        return b"encryption-data" in package.read(manifest)
    except Exception:  # noqa: BLE001 - a damaged manifest is the reader's to tell
        return False


def package_problem(members: list[zipfile.ZipInfo]) -> str | None:
    """Why a package whose zip directory lists ``members`` is refused before anything is decompressed (too many
    members, too much once decompressed), else None. The same limits hold for a package embedded in another
    (an object in a Word file), which the guard of the written file opens."""
    if len(members) > MAX_MEMBERS:
        return f"document anormal ({len(members)} parties ; limite {MAX_MEMBERS})"
    text = sum(m.file_size for m in members if m.filename.lower().endswith(TEXT_MEMBERS))
    total = sum(m.file_size for m in members)
    if text > MAX_XML_BYTES or total > MAX_PACKAGE_BYTES:
        return (f"document trop volumineux une fois décompressé ({max(text, total) // MB} Mo ; "
                f"limite {MAX_XML_BYTES // MB} Mo de texte, {MAX_PACKAGE_BYTES // MB} Mo en tout)")
    return None
