"""E-mail .eml (stdlib ``email``; HTML with lxml.html).

Read as segments, each detected like a text: the headers a person reads (From, To, Cc, Bcc, Reply-To,
Sender, Subject) of the message and of every message forwarded inside it; every plain-text part;
every HTML part as HTML: the text of each block (paragraph, cell, list item, title...; a name split over
``<b>`` and ``<span>`` is one text) and the readable attribute values (``href``, ``title``, ``alt``, a
``<meta>``'s content). The plain and the HTML parts go through the same stages, so they say the same.

Removed: every other header (Message-ID, References, In-Reply-To, Thread-Topic, Received, X-...: they are
built from names and addresses and the group has no use for them; Date: the precise date and time of a
sending, written for machines), HTML comments, and the attachments,
which cannot be checked (the user is told).
"""

from __future__ import annotations

from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.formats.runs import replace_in_runs
from anonymizer.reader import InputError
from anonymizer.text import replace_ranges

HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Subject")
MIME_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-ID")
KEPT_HEADERS = {h.lower() for h in HEADERS + MIME_HEADERS}
PART_HEADERS = {h.lower() for h in MIME_HEADERS}
# HTML elements whose text is a unit of its own (a name is never split across two of them)
BLOCKS = {"html", "head", "title", "body", "p", "div", "td", "th", "li", "dt", "dd", "h1", "h2", "h3", "h4",
          "h5", "h6", "blockquote", "pre", "address", "caption", "option", "button", "label", "section",
          "article", "header", "footer", "table", "tr", "ul", "ol", "dl", "form"}
UNREAD = {"style", "script"}
READABLE_ATTRIBUTES = {"href", "title", "alt", "content", "value", "placeholder", "aria-label", "src"}


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
        return self.document_of(message, path)

    def document_of(self, message: Message, path: Path) -> Document:
        """The segments of a parsed message (see the module docstring)."""
        segments = _headers(message, top=True)
        removed = 0
        html_parts = []
        forwarded: set[int] = set()
        for part in list(message.walk()):
            if part.get_content_type() == "message/rfc822":  # a forwarded message: its headers too
                for inner in part.get_payload():
                    segments.extend(_headers(inner, top=True))
                    forwarded.add(id(inner))
                continue
            if part.is_multipart():
                continue
            if part is not message and id(part) not in forwarded:
                segments.extend(_headers(part, top=False))
            if part.get_content_maintype() == "text" and part.get_filename() is None:
                charset = part.get_content_charset() or "utf-8"
                payload = part.get_payload(decode=True) or b""
                try:
                    text = payload.decode(charset, errors="replace")
                except LookupError:
                    text = payload.decode("utf-8", errors="replace")
                if part.get_content_subtype() == "html":
                    html_parts.append(_Html(part, text))
                    segments.extend(html_parts[-1].segments)
                else:
                    segments.append(Segment(text, ("body", part)))
            else:
                _remove_part(message, part)
                removed += 1
        notes = [f"{removed} pièce(s) jointe(s) retirée(s) (non vérifiables)."] if removed else []
        return Document(path, segments, handle=(message, html_parts), notes=notes)

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
            elif kind == "html-text" and segment_edits:
                pieces = where[0]
                replace_in_runs([_piece_text(p) for p in pieces], segment_edits,
                                lambda i, text, pieces=pieces: _set_piece(pieces[i], text))
            elif kind == "html-attribute" and segment_edits:
                element, name = where
                element.set(name, replace_ranges(segment.text, segment_edits))
        for html in html_parts:
            _set_text(html.part, html.serialise())
        target.write_bytes(message.as_bytes())


def _headers(message: Message, top: bool) -> list[Segment]:
    """The headers a person reads as segments; the others are dropped (on a part: all but MIME's)."""
    kept = KEPT_HEADERS if top else PART_HEADERS
    for name in {n for n in message.keys() if n.lower() not in kept}:
        del message[name]
    for name in ("Content-Type", "Content-Disposition"):  # an attachment's or a part's file name
        for parameter in ("name", "filename"):
            if message.get_param(parameter, header=name) is not None:
                message.del_param(parameter, header=name)
    if not top:
        return []
    segments = []
    for name in HEADERS:
        for index, value in enumerate(message.get_all(name) or []):
            segments.append(Segment(_decoded(value), ("header", message, name, index)))
    return segments


def _set_header(message: Message, name: str, index: int, new: str) -> None:
    values = message.get_all(name) or []
    encoded = new if new.isascii() else str(make_header([(new, "utf-8")]))
    values[index] = encoded
    del message[name]
    for value in values:
        message[name] = value


def _set_text(part: Message, text: str) -> None:
    del part["Content-Transfer-Encoding"]  # chosen again for the new payload
    part.set_payload(text.encode("utf-8"), charset="utf-8")


def _remove_part(message: Message, part: Message) -> None:
    for container in message.walk():
        if container.is_multipart() and part in container.get_payload():
            container.get_payload().remove(part)
            return


class _Html:
    """One HTML part as a tree: its blocks' texts and readable attributes as segments."""

    def __init__(self, part: Message, text: str):
        import lxml.html
        from lxml import etree

        self.part = part
        self.doctype = ""
        try:
            self.root = lxml.html.document_fromstring(text.encode("utf-8"),
                                                      parser=lxml.html.HTMLParser(encoding="utf-8"))
            if text.lstrip()[:9].lower() == "<!doctype":  # lxml makes one up otherwise
                self.doctype = self.root.getroottree().docinfo.doctype
        except (etree.ParserError, ValueError):
            self.root = lxml.html.fromstring("<html><body></body></html>")
        for comment in list(self.root.iter(etree.Comment)):
            _drop_keeping_tail(comment)
        for meta in self.root.iter("meta"):
            if meta.get("charset"):
                meta.set("charset", "utf-8")
            if (meta.get("http-equiv") or "").lower() == "content-type":
                meta.set("content", "text/html; charset=utf-8")
        groups: dict = {}
        _pieces(self.root, (self.root, 0), groups, [0])
        self.segments = [Segment("".join(_piece_text(p) for p in pieces), ("html-text", pieces))
                         for pieces in groups.values() if "".join(_piece_text(p) for p in pieces).strip()]
        for element in self.root.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                if name.lower() in READABLE_ATTRIBUTES and value.strip() and not (
                        element.tag == "meta" and (element.get("http-equiv") or element.get("charset"))):
                    self.segments.append(Segment(value, ("html-attribute", element, name)))

    def serialise(self) -> str:
        import lxml.html

        return lxml.html.tostring(self.root, encoding="unicode", method="html", doctype=self.doctype or None)


def _pieces(element, block, groups: dict, breaks: list[int]) -> None:
    """Each text (``element.text``, ``child.tail``) filed under the block it is read in; a ``<br>`` starts a
    new unit (a name is never joined across a line break)."""
    if element.tag in UNREAD:
        if element.tail:
            groups.setdefault(block, []).append((element, "tail"))
        return
    own = (element, 0) if element.tag in BLOCKS else block
    if element.text:
        groups.setdefault(own, []).append((element, "text"))
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in UNREAD:
            if child.tail:
                groups.setdefault(own, []).append((child, "tail"))
            continue
        _pieces(child, own, groups, breaks)
        if child.tag == "br" or child.tag in BLOCKS:  # the text after it is a unit of its own
            breaks[0] += 1
            own = (own[0], breaks[0])
        if child.tail:
            groups.setdefault(own, []).append((child, "tail"))


def _piece_text(piece) -> str:
    element, side = piece
    return (element.text if side == "text" else element.tail) or ""


def _set_piece(piece, text: str) -> None:
    element, side = piece
    if side == "text":
        element.text = text
    else:
        element.tail = text


def _drop_keeping_tail(node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)
