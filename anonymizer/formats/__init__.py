"""Readers/writers behind one interface: document in -> text segments -> document out.

Every format gives a :class:`Document` whose ``segments`` are the pieces of text a person would read
(paragraphs, table cells, headers, e-mail headers...); the pipeline analyses them together and
returns one new text per segment; the format writes them back, keeping everything else.
"""

from __future__ import annotations

from pathlib import Path

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.formats.docx_format import DocxFormat
from anonymizer.formats.eml_format import EmlFormat
from anonymizer.formats.msg_format import MsgFormat
from anonymizer.formats.odt_format import OdtFormat
from anonymizer.formats.pdf_format import PdfFormat
from anonymizer.formats.rtf_format import RtfFormat
from anonymizer.formats.text_format import TextFormat

FORMATS: dict[str, DocumentFormat] = {
    ".txt": TextFormat(), ".md": TextFormat(), ".docx": DocxFormat(), ".odt": OdtFormat(),
    ".eml": EmlFormat(), ".msg": MsgFormat(), ".pdf": PdfFormat(), ".rtf": RtfFormat(),
}
SUFFIXES = tuple(FORMATS)


def format_for(path: Path) -> DocumentFormat | None:
    return FORMATS.get(path.suffix.lower())


__all__ = ["Document", "DocumentFormat", "Segment", "FORMATS", "SUFFIXES", "format_for"]
