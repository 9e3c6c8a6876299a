"""Small documents of every format, built on the fly (no binary fixtures)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path


def make(path: Path, paragraphs: list[str]) -> Path:
    """``paragraphs`` written as a .txt, .docx, .odt or .eml (by the suffix of ``path``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix
    if suffix in (".txt", ".md"):
        path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    elif suffix == ".docx":
        import docx

        doc = docx.Document()
        for paragraph in paragraphs:
            doc.add_paragraph(paragraph)
        doc.save(str(path))
    elif suffix == ".odt":
        from odf import text
        from odf.opendocument import OpenDocumentText

        odt = OpenDocumentText()
        for paragraph in paragraphs:
            odt.text.addElement(text.P(text=paragraph))
        odt.save(str(path))
    elif suffix == ".eml":
        message = EmailMessage()
        message["From"] = "permanence@amo-exemple.be"
        message["Subject"] = "Situation"
        message.set_content("\n".join(paragraphs) + "\n")
        path.write_bytes(message.as_bytes())
    else:
        raise ValueError(suffix)
    return path


def text_of(path: Path) -> str:
    """The text a person reads in ``path``, as the product's own reader sees it."""
    from anonymizer.case import read

    return read(path).text
