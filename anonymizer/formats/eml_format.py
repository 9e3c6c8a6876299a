"""E-mail .eml (stdlib ``email``): headers From/To/Cc/Reply-To/Subject and every text body part,
signatures included; attachments, which cannot be checked, are removed and the user is told."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.reader import InputError
from anonymizer.text import replace_ranges

HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Subject", "Delivered-To", "Return-Path")


def _decoded(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError):
        return value


class EmlFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        data = path.read_bytes()
        if not data.strip():
            raise InputError(f"{path} : fichier vide, rien à anonymiser.")
        message = message_from_bytes(data, policy=policy.compat32)
        if not message.keys():
            raise InputError(f"{path} : ce n'est pas un e-mail lisible (.eml).")
        segments = [Segment(_decoded(message[h]), ("header", h)) for h in HEADERS if message[h] is not None]
        removed = 0
        for part in list(message.walk()):
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text" and part.get_filename() is None:
                charset = part.get_content_charset() or "utf-8"
                payload = part.get_payload(decode=True) or b""
                segments.append(Segment(payload.decode(charset, errors="replace"), ("body", part)))
            else:
                _remove_part(message, part)
                removed += 1
        notes = [f"{removed} pièce(s) jointe(s) retirée(s) (non vérifiables)."] if removed else []
        return Document(path, segments, handle=message, notes=notes)

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        message: Message = document.handle
        for segment, segment_edits in zip(document.segments, edits, strict=True):
            new = replace_ranges(segment.text, segment_edits)
            kind, where = segment.ref
            if kind == "header":
                del message[where]
                message[where] = str(make_header([(new, "utf-8")])) if not new.isascii() else new
            elif segment_edits:
                where.set_payload(new.encode("utf-8"), charset="utf-8")
        target.write_bytes(message.as_bytes())


def _remove_part(message: Message, part: Message) -> None:
    for container in message.walk():
        if container.is_multipart() and part in container.get_payload():
            container.get_payload().remove(part)
            return
