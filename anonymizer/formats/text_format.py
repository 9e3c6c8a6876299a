"""Plain text (.txt, .md): one segment, written as UTF-8."""

from __future__ import annotations

from pathlib import Path

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.reader import read_text
from anonymizer.text import replace_ranges


class TextFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        document = read_text(path)
        return Document(path, [Segment(document.text)], notes=[document.warning] if document.warning else [])

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        target.write_text(replace_ranges(document.segments[0].text, edits[0]), encoding="utf-8")
