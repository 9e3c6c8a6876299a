"""Rich Text Format .rtf (striprtf): the text is read and written as .txt (the layout is not kept, and the
user is told), as for a PDF. What the reader of the document does not see stays out of the text: hidden text
(``\\v``) and tracked deletions (``\\deleted``); headers, footers, footnotes and comments are not taken (striprtf
skips them), and the user is told when the file had some."""

from __future__ import annotations

import re
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
        source = raw.decode("latin-1")
        try:
            text = rtf_to_text(visible_only(source), errors="replace")
        except Exception as exc:  # noqa: BLE001 - striprtf fails in many ways on a damaged file
            raise InputError(f"{path} : document RTF illisible ou abîmé.") from exc
        if not text.strip():
            raise InputError(f"{path} : document RTF sans texte.")
        notes = ["RTF converti en texte : la mise en page n'est pas conservée."]
        if LEFT_OUT.search(source):
            notes.append("En-têtes, pieds de page, notes de bas de page et commentaires du RTF non repris dans le "
                         "texte.")
        return Document(path, [Segment(text)], output_suffix=".txt", notes=notes)

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        target.write_text(replace_ranges(document.segments[0].text, edits[0]), encoding="utf-8", newline="")


TOKEN = re.compile(r"\\[a-zA-Z]+(-?\d+)? ?|\\'[0-9a-fA-F]{2}|\\.|[{}]|[^\\{}]+", re.DOTALL)
UNSEEN = {"\\v": "hidden", "\\deleted": "deleted"}
LEFT_OUT = re.compile(r"\\(?:header|footer)[lrf]?\b|\\footnote\b|\\\*\\annotation\b|\\\*\\atnid\b")


def visible_only(rtf: str) -> str:
    """``rtf`` without the text of its hidden runs and tracked deletions (the control words, braces and what is
    seen stay as they are)."""
    kept = []
    states = [frozenset()]
    for token in TOKEN.finditer(rtf):
        piece = token.group()
        if piece == "{":
            states.append(states[-1])
        elif piece == "}":
            if len(states) > 1:
                states.pop()
        elif piece.startswith("\\") and piece[1:2].isalpha():
            word = piece.rstrip(" ")
            name = word.rstrip("-0123456789")
            off = token.group(1) == "0"
            if name in UNSEEN:
                states[-1] = states[-1] - {UNSEEN[name]} if off else states[-1] | {UNSEEN[name]}
            elif name == "\\plain":
                states[-1] = states[-1] - {"hidden"}
            elif states[-1] and name == "\\u":
                continue  # a Unicode character of unseen text (its fallback character follows as text)
        elif states[-1] and (not piece.startswith("\\") or piece.startswith("\\'")):
            continue  # text of a hidden run or a deletion
        kept.append(piece)
    return "".join(kept)
