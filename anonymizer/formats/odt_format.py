"""OpenDocument .odt with odfpy: paragraphs and headings (body, tables, headers, footers, notes,
comments), tracked changes dropped, metadata and comment authors cleared; edits text node by text node
so spans keep their styles."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.parsers.expat import ExpatError

from anonymizer.formats.base import Document, DocumentFormat, Segment
from anonymizer.formats.runs import replace_in_runs
from anonymizer.reader import InputError

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC_NS = "http://purl.org/dc/elements/1.1/"
META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
PARAGRAPHS = {(TEXT_NS, "p"), (TEXT_NS, "h")}
SEPARATORS = {(TEXT_NS, "s"): " ", (TEXT_NS, "tab"): "\t", (TEXT_NS, "line-break"): "\n"}
PERSONAL_META = {(DC_NS, "creator"), (META_NS, "initial-creator"), (DC_NS, "title"), (DC_NS, "subject"),
                 (DC_NS, "description"), (META_NS, "keyword"), (META_NS, "printed-by")}


class OdtFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        from odf.opendocument import load

        try:
            odt = load(str(path))
        except (zipfile.BadZipFile, KeyError, ExpatError, ValueError) as exc:
            raise InputError(f"{path} : document OpenDocument illisible ou abîmé.") from exc
        notes = _drop_tracked_changes(odt) + _clear_metadata(odt)
        segments = []
        for top in (odt.topnode,):
            for paragraph in _walk(top):
                if getattr(paragraph, "qname", None) in PARAGRAPHS:
                    nodes = list(_own_text(paragraph))
                    segments.append(Segment("".join(_text(n) for n in nodes), nodes))
        return Document(path, segments, handle=odt, notes=notes)

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        for segment, segment_edits in zip(document.segments, edits, strict=True):
            if segment_edits:
                nodes = segment.ref
                replace_in_runs([_text(n) for n in nodes], segment_edits,
                                lambda i, text, nodes=nodes: _set_text(nodes[i], text))
        document.handle.save(str(target))


def _walk(node):
    yield node
    for child in list(getattr(node, "childNodes", [])):
        yield from _walk(child)


def _own_text(paragraph):
    for child in paragraph.childNodes:
        if child.nodeType == child.TEXT_NODE:
            yield child
        elif getattr(child, "qname", None) in SEPARATORS:
            yield child
        elif getattr(child, "qname", None) not in PARAGRAPHS and child.nodeType == child.ELEMENT_NODE:
            if child.qname == (TEXT_NS, "note") or child.qname[1] == "annotation":
                continue  # their paragraphs are segments of their own
            yield from _own_text(child)


def _text(node) -> str:
    if node.nodeType == node.TEXT_NODE:
        return node.data
    separator = SEPARATORS[node.qname]
    if node.qname == (TEXT_NS, "s"):
        return separator * int(node.getAttrNS(TEXT_NS, "c") or 1)
    return separator


def _set_text(node, text: str) -> None:
    if node.nodeType == node.TEXT_NODE:
        node.data = text
    elif text != _text(node):
        node.parentNode.removeChild(node)


def _drop_tracked_changes(odt) -> list[str]:
    dropped = 0
    for node in list(_walk(odt.topnode)):
        qname = getattr(node, "qname", None)
        if qname in {(TEXT_NS, "tracked-changes"), (TEXT_NS, "change"), (TEXT_NS, "change-start"),
                     (TEXT_NS, "change-end")} and node.parentNode is not None:
            node.parentNode.removeChild(node)
            dropped += 1
    return ["Modifications suivies retirées (le texte supprimé n'est plus dans le fichier)."] if dropped else []


def _clear_metadata(odt) -> list[str]:
    for node in list(_walk(odt.topnode)):
        if getattr(node, "qname", None) in PERSONAL_META or (
                getattr(node, "qname", None) == (DC_NS, "creator")):
            for child in _walk(node):
                if child.nodeType == child.TEXT_NODE:
                    child.data = ""
    return ["Métadonnées (auteur, titre...) effacées ; auteurs des commentaires effacés."]
