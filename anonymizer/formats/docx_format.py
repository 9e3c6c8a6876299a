"""Word .docx with python-docx, down to the XML where python-docx has no API.

Read: every paragraph of the body, tables, headers, footers, footnotes, endnotes, comments and text
boxes (``w:txbxContent``), each with its own runs. Tracked changes are accepted first (deleted text,
which keeps removed names inside the file, is dropped), comments are anonymised like the rest,
hyperlink targets (often ``mailto:`` addresses) are cleared, and document properties (author, last
modified by, title, company...) are emptied; the user is told. Write: edits go run by run
(``runs.replace_in_runs``), so untouched runs keep their text and formatting.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.formats.runs import replace_in_runs
from anonymizer.reader import InputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TEXT_PARTS = re.compile(r"^/word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$")
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
APP_FIELDS = ("Company", "Manager")
SEPARATORS = {f"{{{W}}}tab": "\t", f"{{{W}}}br": "\n", f"{{{W}}}cr": "\n"}


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class DocxFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            word = docx.Document(str(path))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
            raise InputError(f"{path} : document Word illisible ou abîmé.") from exc
        roots = [(part, part._element if hasattr(part, "_element") else etree.fromstring(part.blob))
                 for part in word.part.package.iter_parts() if TEXT_PARTS.match(str(part.partname))]
        notes = (_accept_tracked_changes(roots) + _clear_properties(word) + _clear_hyperlinks(word)
                 + _clear_authors(word, roots))
        comments = sum(len(root.findall(_w("comment"))) for _part, root in roots)
        if comments:
            notes.append(f"{comments} commentaire(s) anonymisé(s) comme le texte.")
        segments = [segment for _part, root in roots for segment in _paragraphs(root)]
        return Document(path, segments, handle=(word, roots), notes=notes)

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        word, roots = document.handle
        for segment, segment_edits in zip(document.segments, edits, strict=True):
            if segment_edits:
                nodes = segment.ref
                replace_in_runs([_node_text(n) for n in nodes], segment_edits,
                                lambda i, text, nodes=nodes: _set_node_text(nodes[i], text))
        for part, root in roots:
            if not hasattr(part, "_element"):
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        word.save(str(target))


def _paragraphs(root) -> list[Segment]:
    """One segment per w:p with its own text nodes (not those of a text box nested in it)."""
    own: dict = {}
    for node in root.iter(_w("t"), *SEPARATORS):
        paragraph = next(node.iterancestors(_w("p")), None)
        if paragraph is not None:
            own.setdefault(paragraph, []).append(node)
    return [Segment("".join(_node_text(n) for n in nodes), nodes) for nodes in own.values()]


def _node_text(node) -> str:
    return SEPARATORS.get(node.tag, node.text or "")


def _set_node_text(node, text: str) -> None:
    if node.tag in SEPARATORS:
        if text != SEPARATORS[node.tag]:  # a tab or break inside a replaced name goes with it
            node.getparent().remove(node)
        return
    node.text = text
    node.set(XML_SPACE, "preserve")


def _accept_tracked_changes(roots) -> list[str]:
    deleted = inserted = 0
    for _part, root in roots:
        for element in list(root.iter(_w("del"), _w("moveFrom"))):
            element.getparent().remove(element)
            deleted += 1
        for element in list(root.iter(_w("ins"), _w("moveTo"))):
            parent = element.getparent()
            index = parent.index(element)
            for child in reversed(list(element)):
                parent.insert(index, child)
            parent.remove(element)
            inserted += 1
        for marker in list(root.iter(_w("moveFromRangeStart"), _w("moveFromRangeEnd"), _w("moveToRangeStart"),
                                     _w("moveToRangeEnd"), _w("rPrChange"), _w("pPrChange"))):
            marker.getparent().remove(marker)
    if deleted or inserted:
        return [f"Modifications suivies acceptées ({inserted} ajout(s), {deleted} suppression(s) retirée(s))."]
    return []


def _clear_properties(word) -> list[str]:
    core = word.core_properties
    for name in ("author", "last_modified_by", "title", "subject", "keywords", "comments", "category",
                 "content_status", "identifier"):
        setattr(core, name, "")
    for part in word.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            root = etree.fromstring(part.blob)
            for field in root:
                if etree.QName(field).localname in APP_FIELDS:
                    field.text = ""
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return ["Propriétés du document (auteur, titre, société...) effacées."]


AUTHOR_ATTRIBUTES = {"author", "initials", "userId", "providerId"}


def _clear_authors(word, roots) -> list[str]:
    """Comment and revision authors are names too (w:author, w:initials, word/people.xml)."""
    cleared = 0
    elements = [root for _part, root in roots]
    for part in word.part.package.iter_parts():
        if str(part.partname) == "/word/people.xml":
            people = etree.fromstring(part.blob)
            elements.append(people)
            roots.append((part, people))
    for root in elements:
        for element in root.iter():
            for name in list(element.attrib):
                if etree.QName(name).localname in AUTHOR_ATTRIBUTES:
                    element.set(name, "anonyme" if etree.QName(name).localname == "author" else "")
                    cleared += 1
    return ["Auteurs des commentaires et des révisions effacés."] if cleared else []


def _clear_hyperlinks(word) -> list[str]:
    cleared = 0
    for part in word.part.package.iter_parts():
        for rel in part.rels.values():
            if rel.reltype == HYPERLINK and rel.is_external:
                rel._target = "#"
                cleared += 1
    return [f"{cleared} lien(s) hypertexte(s) vidé(s)."] if cleared else []
