"""Plain text (.txt, .md): one segment, written back in its own encoding (UTF-8, UTF-8 with BOM, UTF-16;
cp1252 input comes out as UTF-8) and its own line ends, untranslated."""

from __future__ import annotations

from pathlib import Path

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.reader import UTF16_BE_BOM, read_text
from anonymizer.text import replace_ranges


class TextFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        document = read_text(path)
        encoding = "utf-8" if document.encoding == "cp1252" else document.encoding
        return Document(path, [Segment(document.text)], handle=encoding,
                        notes=[document.warning] if document.warning else [])

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        text = replace_ranges(document.segments[0].text, edits[0])
        if document.handle == UTF16_BE_BOM:
            target.write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
            return
        with open(target, "w", encoding=document.handle or "utf-8", newline="") as handle:
            handle.write(text)
