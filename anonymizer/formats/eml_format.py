"""E-mail .eml (stdlib ``email``; HTML with lxml.html).

Read as segments, each detected like a text: the headers a person reads (From, To, Cc, Bcc, Reply-To,
Sender, Subject) of the message and of every message forwarded inside it; every plain-text part;
every HTML part as HTML: the text of each block (paragraph, cell, list item, title...; a name split over
``<b>`` and ``<span>`` is one text) and the readable attribute values (``href``, ``title``, ``alt``, a
``<meta>``'s content). The plain and the HTML parts go through the same stages, so they say the same.

Removed: every other header (Message-ID, References, In-Reply-To, Thread-Topic, Received, X-...: they are
built from names and addresses and the group has no use for them; Date: the precise date and time of a
sending, written for machines), HTML comments, and the attachments, calendar invitations and contact
cards, which cannot be checked (the user is told).
"""

from __future__ import annotations

import base64
import quopri
import re
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path

from anonymizer.formats import html
from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.reader import InputError, utf8_with_stray_bytes
from anonymizer.text import replace_ranges

HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Subject")
MIME_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-ID")
KEPT_HEADERS = {h.lower() for h in HEADERS + MIME_HEADERS}
PART_HEADERS = {h.lower() for h in MIME_HEADERS}
# the parts a person reads; a calendar invitation or a contact card is removed like an attachment
READ_TYPES = ("text/plain", "text/html", "text/enriched", "text/markdown")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes of a header or a part as text (:func:`decoded`)."""
    return decoded(data, charset)[0]


def decoded(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Bytes as text in their declared charset, and whether the charset had to be guessed: raw 8-bit (the
    parser's "unknown-8bit"), an undeclared or unknown charset, or bytes that are not in the declared one are
    UTF-8 when they are, else Windows-1252 (what Outlook and Word write on a Belgian office laptop): "Thérèse",
    never "Th\ufffdr\ufffdse" (a name broken so is missed by detection)."""
    if charset and charset != "unknown-8bit":
        try:
            return data.decode(charset), False
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), bool(charset and charset not in ("utf-8", "us-ascii") or _eight_bit(data))
    except UnicodeDecodeError:
        pass
    # UTF-8 with a stray byte or two (a copy-paste, a cut) stays UTF-8: its accented letters read right, the stray
    # bytes read as Windows-1252; text with no valid UTF-8 sequence at all is Windows-1252
    mixed = utf8_with_stray_bytes(data)
    return (mixed, True) if mixed is not None else (data.decode("cp1252", "replace"), True)


def _eight_bit(data: bytes) -> bool:
    return any(byte > 0x7F for byte in data)


def header_text(value) -> str:
    """A header as text: encoded words decoded, and raw 8-bit UTF-8 (which some programs write) read as such."""
    try:
        parts = decode_header(value)
    except (ValueError, LookupError, TypeError):
        return str(value)
    return "".join(chunk if isinstance(chunk, str) else decode_bytes(chunk, charset) for chunk, charset in parts)


def part_text(part: Message) -> str:
    """A non-multipart part's content as text."""
    return _part_decoded(part)[0]


def _part_decoded(part: Message) -> tuple[str, bool]:
    """A part's content as text, and whether its charset had to be guessed (:func:`decoded`)."""
    return decoded(part.get_payload(decode=True) or b"", part.get_content_charset())


class EmlFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        data = path.read_bytes()
        if not data.strip():
            raise InputError(f"{path} : fichier vide, rien à anonymiser.")
        message = message_from_bytes(data, policy=policy.compat32)
        if not message.keys():
            raise InputError(f"{path} : ce n'est pas un e-mail lisible (.eml).")
        return self.document_of(message, path)

    def document_of(self, message: Message, path: Path) -> Document:
        """The segments of a parsed message (see the module docstring)."""
        _open_forwarded(message)
        for number, part in enumerate(message.walk()):  # the text before the first part and after the last: no
            part.preamble = part.epilogue = None  # reader sees it; a boundary is a machine's, whatever it held
            if part.is_multipart() and part.get_boundary() is not None:  # ("=_Samira_Haddad_0412")
                part.set_boundary(f"=_anonymise_{number}_=")
        segments = _headers(message, top=True)
        removed, guessed = 0, False
        html_parts = []
        forwarded: set[int] = set()
        for part in list(message.walk()):
            if part.get_content_type() == "message/rfc822":  # a forwarded message: its headers too
                _headers(part, top=False)  # its file name ("Els.eml") goes
                for inner in part.get_payload():
                    segments.extend(_headers(inner, top=True))
                    forwarded.add(id(inner))
                continue
            if part.is_multipart():
                continue
            if part is not message and id(part) not in forwarded:
                segments.extend(_headers(part, top=False))
            attached = "attachment" in (part.get("Content-Disposition") or "").lower()
            if part.get_content_type() in READ_TYPES and part.get_filename() is None and not attached:
                text, guessed_here = _part_decoded(part)
                guessed = guessed or guessed_here
                if part.get_content_subtype() == "html":
                    html_parts.append(html.Html(text, part))
                    segments.extend(html_parts[-1].segments)
                else:
                    segments.append(Segment(text, ("body", part)))
            elif part is message:  # the whole message is one attachment: its content goes, a note stays
                del message["Content-Disposition"]
                message.set_type("text/plain")
                _set_text(message, "[pièce jointe retirée]\n")
                removed += 1
            else:
                _remove_part(message, part)
                removed += 1
        notes = [f"{removed} pièce(s) jointe(s) retirée(s) (non vérifiables)."] if removed else []
        if guessed:
            notes.append("encodage du message non déclaré ou inconnu : lu comme UTF-8 ou Windows-1252 ; vérifiez "
                         "les accents de la sortie.")
        return Document(path, segments, handle=(message, html_parts), notes=notes, cells=html.table_cells(segments))

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        message, html_parts = document.handle
        for segment, segment_edits in zip(document.segments, edits, strict=True):
            kind, *where = segment.ref
            if kind == "header":
                owner, name, index = where
                new = replace_ranges(segment.text, segment_edits)
                _set_header(owner, name, index, new)
            elif kind == "body" and segment_edits:
                _set_text(where[0], replace_ranges(segment.text, segment_edits))
            elif kind in html.KINDS and segment_edits:
                html.apply(segment, segment_edits)
        for page in html_parts:
            _set_text(page.owner, page.serialise())
        target.write_bytes(message.as_bytes())


ENCODINGS = frozenset({"7bit", "8bit", "binary", "quoted-printable", "base64", "x-uuencode", "uuencode", "x-uue",
                       "uue"})
PARAMETER_VALUE = re.compile(r"[\w.+:=/-]{1,70}")
TYPE_PARAMETERS = frozenset({"charset", "boundary", "format", "delsp", "type", "protocol", "micalg", "report-type"})


def _machine_values(message: Message) -> None:
    """The MIME headers kept are machine values, rewritten to their shape: whatever else they hold (an
    attachment's file name, or the text of a damaged message whose blank line after the headers is gone)
    is dropped."""
    if "MIME-Version" in message:
        del message["MIME-Version"]  # every occurrence
        message["MIME-Version"] = "1.0"
    encoding = message.get("Content-Transfer-Encoding")
    del message["Content-Transfer-Encoding"]
    if encoding is not None and str(encoding).strip().lower() in ENCODINGS:
        message["Content-Transfer-Encoding"] = str(encoding).strip().lower()
    if "Content-Type" in message:
        parameters = [(k.lower(), v) for k, v in (message.get_params(unquote=True) or [])[1:]
                      if k.lower() in TYPE_PARAMETERS and isinstance(v, str) and PARAMETER_VALUE.fullmatch(v)]
        value = message.get_content_type() + "".join(f'; {k}="{v}"' for k, v in parameters)
        del message["Content-Type"]
        message["Content-Type"] = value
    disposition = message.get_content_disposition()
    del message["Content-Disposition"]
    if disposition in ("inline", "attachment"):
        message["Content-Disposition"] = disposition
    del message["Content-ID"]  # "<image001.png@...>": its pictures are removed with the attachments


def _headers(message: Message, top: bool) -> list[Segment]:
    """The headers a person reads as segments; the others are dropped (on a part: all but MIME's)."""
    kept = KEPT_HEADERS if top else PART_HEADERS
    for name in {n for n in message.keys() if n.lower() not in kept}:
        del message[name]
    _machine_values(message)
    if not top:
        return []
    segments = []
    for name in HEADERS:
        for index, value in enumerate(message.get_all(name) or []):
            text = header_text(value)
            if name.lower() in ADDRESS_HEADERS:  # an address this tool wrote for a tag is the tag again (restore)
                text = TAG_ADDRESS.sub(_address_tag, text)
            segments.append(Segment(text, ("header", message, name, index)))
    return segments


ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender"})
TAG = r"\[([A-Z_]+?)(?:_(\d+))?\]"
TAG_ADDRESS = re.compile(r"(?<![\w.-])([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?@anonyme\.invalid\b")


def _tag_address(match: re.Match[str]) -> str:
    """"[EMAIL_1]" as an address a mail program accepts: "email-1@anonyme.invalid" (a reserved domain)."""
    return "-".join(filter(None, (match.group(1).lower().replace("_", "-"), match.group(2)))) + "@anonyme.invalid"


def _address_tag(match: re.Match[str]) -> str:
    """The inverse of :func:`_tag_address`: "email-1@anonyme.invalid" -> "[EMAIL_1]"."""
    return f"[{match.group(1).upper().replace('-', '_')}{'_' + match.group(2) if match.group(2) else ''}]"


def valid_addresses(value: str) -> str:
    """An address header whose names and addresses became tags ("[PERSONNE_6] <[EMAIL_1]>"), written so that
    a mail program reads it: the tag of an address as a reserved address, a display name with brackets quoted
    ('"[PERSONNE_6]" <email-1@anonyme.invalid>')."""
    if "[" not in value:
        return value
    items = []
    for item in re.split(r",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", value):
        item = re.sub(rf"<\s*{TAG}\s*>", lambda m: f"<{_tag_address(m)}>", item)
        item = re.sub(rf"^(\s*){TAG}(\s*)$", lambda m: m.group(1) + _tag_address(
            re.match(TAG, m.group(0).strip())) + m.group(4), item)
        named = re.match(r'^(\s*)([^"<]*\[[^<]*?)(\s*<)', item)
        if named:
            display = named.group(2).strip().replace("\\", "\\\\").replace('"', '\\"')
            item = f'{named.group(1)}"{display}"{named.group(3)}{item[named.end():]}'
        items.append(item)
    return ",".join(items)


def _set_header(message: Message, name: str, index: int, new: str) -> None:
    if name.lower() in ADDRESS_HEADERS:
        new = valid_addresses(new)
    values = message.get_all(name) or []
    encoded = new if new.isascii() else str(make_header([(new, "utf-8")]))
    values[index] = encoded
    del message[name]
    for value in values:
        message[name] = value


def _set_text(part: Message, text: str) -> None:
    del part["Content-Transfer-Encoding"]  # chosen again for the new payload
    part.set_payload(text.encode("utf-8"), charset="utf-8")


def _open_forwarded(message: Message) -> None:
    """A forwarded message sent in base64 or quoted-printable is parsed like any other, so that its headers
    and text are read (the parser leaves it as encoded text otherwise)."""
    for part in list(message.walk()):
        encoding = (part.get("Content-Transfer-Encoding") or "").strip().lower()
        if part.get_content_type() != "message/rfc822" or encoding not in ("base64", "quoted-printable"):
            continue
        payload = part.get_payload()
        encoded = payload if isinstance(payload, str) else "".join(
            inner.as_string() if inner.keys() else str(inner.get_payload()) for inner in payload)
        raw = base64.b64decode(encoded) if encoding == "base64" else quopri.decodestring(encoded.encode())
        inner = message_from_bytes(raw, policy=policy.compat32)
        del part["Content-Transfer-Encoding"]
        part.set_payload([inner])
        _open_forwarded(inner)


def _remove_part(message: Message, part: Message) -> None:
    for container in message.walk():
        if container.is_multipart() and part in container.get_payload():
            container.get_payload().remove(part)
            return
