"""PDF with pypdf: text extracted page by page and written as .txt (the layout is not kept, and the
user is told); a PDF without text (a scan) gets a clear message."""

from __future__ import annotations

from pathlib import Path

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.reader import InputError
from anonymizer.text import replace_ranges


class PdfFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(str(path))
            if reader.is_encrypted:
                raise InputError(f"{path} : PDF protégé par un mot de passe.")
            pages = [page.extract_text() or "" for page in reader.pages]
        except (PdfReadError, OSError, ValueError, KeyError) as exc:
            raise InputError(f"{path} : PDF illisible ou abîmé.") from exc
        if not any(p.strip() for p in pages):
            raise InputError(f"{path} : PDF sans texte (document scanné ?) ; passez-le d'abord par une "
                             "reconnaissance de caractères (OCR).")
        return Document(path, [Segment(p) for p in pages], output_suffix=".txt",
                        notes=["PDF converti en texte : la mise en page n'est pas conservée."])

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        pages = [replace_ranges(s.text, e) for s, e in zip(document.segments, edits, strict=True)]
        target.write_text("\n\n".join(pages), encoding="utf-8", newline="")
