"""Rich Text Format .rtf (striprtf): the text is read and written as .txt (the layout is not kept, and the
user is told), as for a PDF."""

from __future__ import annotations

from pathlib import Path

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.reader import InputError
from anonymizer.text import replace_ranges


class RtfFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        from striprtf.striprtf import rtf_to_text

        raw = path.read_bytes()
        if not raw.lstrip().startswith(b"{\\rtf"):
            raise InputError(f"{path} : ce n'est pas un document RTF lisible.")
        try:
            text = rtf_to_text(raw.decode("latin-1"), errors="replace")
        except Exception as exc:  # noqa: BLE001 - striprtf fails in many ways on a damaged file
            raise InputError(f"{path} : document RTF illisible ou abîmé.") from exc
        if not text.strip():
            raise InputError(f"{path} : document RTF sans texte.")
        return Document(path, [Segment(text)], output_suffix=".txt",
                        notes=["RTF converti en texte : la mise en page n'est pas conservée."])

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        target.write_text(replace_ranges(document.segments[0].text, edits[0]), encoding="utf-8", newline="")
