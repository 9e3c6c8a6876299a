"""The case key: the mapping from originals to surrogates, which is itself personal data.

Kept in memory during a run; written only when asked (``--key FILE``), encrypted with a passphrase:
scrypt key derivation (n=2**15, r=8, p=1) and AES-256-GCM from the ``cryptography`` package. A
wrong passphrase or a damaged file fails authentication: nothing is decrypted, nothing is written.
Reusing the key on later documents of the same case gives the same surrogates and the same date shift.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from anonymizer.outputs import write_atomically
from anonymizer.text import compile_longest_first, replace_ranges

FORMAT = "anonymizer-case-key"
VERSION = 1
SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class CaseKeyError(Exception):
    """A key file that cannot be used; the message is for the user (French)."""


@dataclass
class CaseKey:
    """Secret seed, date offset and every mapping decided so far for one case."""

    seed: str = field(default_factory=lambda: secrets.token_hex(16))
    date_offset_days: int | None = None
    # (entity kind, folded original) -> surrogate as rendered in canonical case
    mapping: dict[str, str] = field(default_factory=dict)
    # surrogate surface -> original surface (for deanonymize of edited texts)
    surfaces: dict[str, str] = field(default_factory=dict)
    # sha256 of an anonymised output -> [(start, end, original)] (exact restoration)
    documents: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # tag style: "TYPE|canonical" -> number, so that a tag names one entity across the case's documents
    tags: dict[str, int] = field(default_factory=dict)

    def record(self, output: str, replacements: dict) -> None:
        """Remember how to undo one rendering: exact positions in this output (restored exactly when
        the text comes back unedited) and surrogate surfaces (for an edited text, e.g. minutes)."""
        delta, placed = 0, []
        for span in sorted(replacements):
            new = replacements[span]
            start = span.start + delta
            placed.append((start, start + len(new), span.text))
            delta += len(new) - span.length
            self.surfaces.setdefault(new, span.text)
        self.documents[sha256(output.encode("utf-8")).hexdigest()] = placed

    def restorations(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, original) in an anonymised ``text``: exact for a recorded output, else surface by
        surface (longest surrogate first, whole words only)."""
        placed = self.documents.get(sha256(text.encode("utf-8")).hexdigest())
        if placed is not None:
            return [tuple(p) for p in placed]
        if not self.surfaces:
            return []
        pattern = compile_longest_first(self.surfaces, r"(?<![\w@.])", r"(?![\w@])")
        return [(m.start(), m.end(), self.surfaces[m.group()]) for m in pattern.finditer(text)]

    def restore(self, text: str) -> str:
        """The original of an anonymised ``text`` (see :meth:`restorations`)."""
        return replace_ranges(text, self.restorations(text))

    @classmethod
    def load(cls, path: str | Path, passphrase: str) -> CaseKey:
        """The key stored (encrypted) in ``path``; :class:`CaseKeyError` for a wrong passphrase or a damaged
        file."""
        return load(Path(path), passphrase)

    def save(self, path: str | Path, passphrase: str) -> None:
        """Store the key encrypted with ``passphrase`` in ``path`` (written atomically, mode 600)."""
        save(self, Path(path), passphrase)

    def to_json(self) -> bytes:
        return json.dumps({"seed": self.seed, "date_offset_days": self.date_offset_days, "mapping": self.mapping,
                           "surfaces": self.surfaces, "documents": self.documents, "tags": self.tags},
                          ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> CaseKey:
        raw = json.loads(data.decode("utf-8"))
        documents = {k: [tuple(x) for x in v] for k, v in raw.get("documents", {}).items()}
        return cls(raw["seed"], raw.get("date_offset_days"), raw.get("mapping", {}), raw.get("surfaces", {}),
                   documents, raw.get("tags", {}))


def seed_from(value: int | str) -> str:
    """A case seed from a user's ``--seed`` (reproducible runs without a key file)."""
    return sha256(f"anonymizer-seed|{value}".encode()).hexdigest()[:32]


def _derive(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, **SCRYPT).derive(passphrase.encode("utf-8"))


def save(key: CaseKey, path: Path, passphrase: str) -> None:
    """Encrypt and write atomically (a temporary file renamed over the target)."""
    if not passphrase:
        raise CaseKeyError("Phrase de passe vide : la clé de cas ne peut pas être chiffrée.")
    salt, nonce = os.urandom(16), os.urandom(12)
    ciphertext = AESGCM(_derive(passphrase, salt)).encrypt(nonce, key.to_json(), FORMAT.encode())
    envelope = {"format": FORMAT, "version": VERSION, "kdf": "scrypt", **SCRYPT,
                "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
                "ciphertext": base64.b64encode(ciphertext).decode()}
    def write(temporary: Path) -> None:
        temporary.write_text(json.dumps(envelope), encoding="utf-8", newline="")
        os.chmod(temporary, 0o600)

    write_atomically(path, write)


def load(path: Path, passphrase: str) -> CaseKey:
    try:
        envelope = json.loads(path.read_text(encoding="utf-8"))
        if envelope.get("format") != FORMAT:
            raise ValueError("format")
        salt, nonce, ciphertext = (base64.b64decode(envelope[k]) for k in ("salt", "nonce", "ciphertext"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CaseKeyError(f"{path} : ce fichier n'est pas une clé de cas lisible.") from exc
    try:
        plain = AESGCM(_derive(passphrase, salt)).decrypt(nonce, ciphertext, FORMAT.encode())
    except InvalidTag as exc:
        raise CaseKeyError(f"{path} : phrase de passe incorrecte (ou fichier de clé abîmé).") from exc
    return CaseKey.from_json(plain)
