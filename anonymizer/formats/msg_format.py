"""Outlook .msg (extract-msg, GPL like this project): read as the e-mail it holds (headers, plain and HTML
bodies) and written as an .eml, which Outlook and every mail program open; the .msg container (a
Compound File with dozens of properties, some repeating the names) is not written back. Attachments are
not taken over (the user is told), as for an .eml."""

from __future__ import annotations

import logging
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from anonymizer.formats.base import Document
from anonymizer.formats.eml_format import EmlFormat
from anonymizer.formats.html import decode as decode_html
from anonymizer.reader import InputError


class MsgFormat(EmlFormat):
    def read(self, path: Path) -> Document:
        import extract_msg

        # (extract-msg logs its own English line on a bad file, "not an OLE2 structured storage file": the French
        # line below says it)
        quiet = logging.getLogger("extract_msg")
        level = quiet.level
        quiet.setLevel(logging.CRITICAL + 1)
        try:
            with extract_msg.openMsg(str(path)) as msg:
                message = _as_email(msg)
                attachments = len(getattr(msg, "attachments", []) or [])
        except Exception as exc:  # noqa: BLE001 - extract-msg raises many kinds of errors on a bad file
            raise InputError(f"{path} : message Outlook (.msg) illisible ou abîmé.") from exc
        finally:
            quiet.setLevel(level)
        parsed = BytesParser(policy=policy.compat32).parsebytes(message.as_bytes())
        document = self.document_of(parsed, path)
        document.output_suffix = ".eml"
        document.notes.append("Message Outlook écrit en .eml (il s'ouvre dans Outlook).")
        if attachments:
            document.notes.append(f"{attachments} pièce(s) jointe(s) non reprise(s) (non vérifiables).")
        return document


def _as_email(msg) -> EmailMessage:
    message = EmailMessage()
    for header, value in (("From", msg.sender), ("To", msg.to), ("Cc", msg.cc), ("Subject", msg.subject)):
        if value:
            message[header] = " ".join(str(value).split())
    body = msg.body or ""
    message.set_content(body if isinstance(body, str) else body.decode("utf-8", "replace"))
    html = msg.htmlBody
    if html:
        message.add_alternative(decode_html(html) if isinstance(html, bytes) else html, subtype="html")
    return message
