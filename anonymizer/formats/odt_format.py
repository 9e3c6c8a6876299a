"""OpenDocument .odt with odfpy.

Read as segments (each detected like the body): paragraphs and headings (body, tables, headers, footers,
notes, comments, text boxes, and the documents embedded in it), the titles and descriptions of frames and
pictures (``svg:title``, ``svg:desc``, each a text of its own rather than glued to the paragraph), and the
readable attribute values: link targets (``xlink:href``, ``mailto:`` included, read decoded) and link
titles and names, the values of user fields and variables, index entries, conditional texts.

Also read: a placeholder's description (its tooltip) and a bibliography entry's fields.

Removed or neutralised: tracked changes (the deleted text goes), metadata (author, title, subject,
keywords, user-defined properties, the template's path...), the settings (printer, data source), comment
authors, the thumbnail (the first page as a picture), the replacement pictures of embedded objects, frame
and picture names (``Image N``), bookmark, reference-mark, section and table names (``signetN``...,
with the references to them), page styles a person named (``PageN``), picture fills (``RemplissageN``), data
source names, Basic macros and RDF metadata files, and the text metadata of JPEG and PNG pictures.
Edits go text node by text node so spans keep their styles.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote
from xml.parsers.expat import ExpatError

from anonymizer import vocabulary
from anonymizer.formats import images
from anonymizer.formats.base import MAX_GRID_STEP, Document, DocumentFormat, Segment, table_places
from anonymizer.formats.runs import replace_in_runs
from anonymizer.reader import InputError
from anonymizer.text import replace_ranges

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
DC_NS = "http://purl.org/dc/elements/1.1/"
META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
SVG_NS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
XLINK_NS = "http://www.w3.org/1999/xlink"
# (a footnote's mark, inside its note but shown in the paragraph: "¹", or a name a person typed as the mark)
PARAGRAPHS = {(TEXT_NS, "p"), (TEXT_NS, "h"), (TEXT_NS, "note-citation")}
DESCRIPTIONS = {(SVG_NS, "title"), (SVG_NS, "desc")}
SEPARATORS = {(TEXT_NS, "s"): " ", (TEXT_NS, "tab"): "\t", (TEXT_NS, "line-break"): "\n"}
PERSONAL_META = {(DC_NS, "creator"), (META_NS, "initial-creator"), (DC_NS, "title"), (DC_NS, "subject"),
                 (DC_NS, "description"), (META_NS, "keyword"), (META_NS, "printed-by"),
                 (META_NS, "creator-initials")}
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
CONFIG_NS = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
# attributes a person reads: link targets and names, user field and variable values, index entries,
# conditional texts, the values and labels of form controls
FORM_NS = "urn:oasis:names:tc:opendocument:xmlns:form:1.0"
READABLE = {(XLINK_NS, "href"), (OFFICE_NS, "title"), (OFFICE_NS, "name"), (OFFICE_NS, "string-value"),
            (FORM_NS, "current-value"), (FORM_NS, "value"), (FORM_NS, "label"), (FORM_NS, "title"),
            (TEXT_NS, "string-value"), (TEXT_NS, "key1"), (TEXT_NS, "key2"), (TEXT_NS, "string-value-phonetic"),
            (TEXT_NS, "string-value-if-true"), (TEXT_NS, "string-value-if-false"),
            (TEXT_NS, "description"),  # a placeholder's tooltip
            (TEXT_NS, "label"),  # a footnote's own mark ("*", or a name)
            (TEXT_NS, "value"),  # a drop-down field's items
            (TEXT_NS, "section-name"),  # the section a linked section shows, in another document
            # a bibliography entry's fields, which the bibliography shows
            *((TEXT_NS, field) for field in ("author", "title", "editor", "publisher", "institution", "organizations",
                                              "school", "note", "annote", "address", "booktitle", "url"))}
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
# LibreOffice's own page styles keep their names (a user's, "Courrier_Samira_Haddad", becomes "Page1")
BUILT_IN_PAGES = frozenset({"Standard", "Default", "First_20_Page", "Left_20_Page", "Right_20_Page", "Envelope",
                            "Index", "HTML", "Footnote", "Endnote", "Landscape", "Default_20_Page_20_Style"})
PAGE_REFERENCES = ((STYLE_NS, "master-page-name"), (STYLE_NS, "next-style-name"), (DRAW_NS, "master-page-name"))
# names chosen by a person, and what points to them: neutralised ("signet1", "repère1", "section1"...)
NAMED = {(TEXT_NS, "bookmark"): "signet", (TEXT_NS, "bookmark-start"): "signet", (TEXT_NS, "bookmark-end"): "signet",
         (TEXT_NS, "reference-mark"): "repère", (TEXT_NS, "reference-mark-start"): "repère",
         (TEXT_NS, "reference-mark-end"): "repère", (TEXT_NS, "section"): "section", (TABLE_NS, "table"): "tableau"}
NAME_REFS = {(TEXT_NS, "bookmark-ref"): "signet", (TEXT_NS, "reference-ref"): "repère"}
# drawing elements whose draw:name a person gives (a frame, a picture, a shape); not the gradients, markers,
# hatches and dash styles that styles refer to by name
SHAPES = frozenset({"frame", "image", "object", "custom-shape", "rect", "ellipse", "circle", "line", "polyline",
                    "polygon", "regular-polygon", "path", "g", "connector", "caption", "measure", "control"})


class OdtFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        from odf.opendocument import load

        printed = io.StringIO()
        try:
            # odfpy prints a part it cannot parse (its text, names included) on stdout and goes on with an
            # empty document: caught here, and the file is damaged
            with contextlib.redirect_stdout(printed):
                odt = load(str(path))
        except (zipfile.BadZipFile, KeyError, ExpatError, ValueError) as exc:
            raise InputError(f"{path} : document OpenDocument illisible ou abîmé.") from exc
        if "FAILED TO PARSE" in printed.getvalue():
            raise InputError(f"{path} : document OpenDocument abîmé (une partie XML est illisible).")
        tops = [odt.topnode] + [sub.topnode for sub in odt.childobjects]
        notes = (_drop_tracked_changes(tops) + _clear_metadata(tops) + _drop_hidden(odt) + _drop_scripts(tops)
                 + _neutral_names(tops)
                 + _neutral_pages_and_fills(tops) + _neutral_styles(tops))
        segments = []
        paragraphs = {}  # segment index -> its paragraph, to find the table cell it sits in
        for top in tops:
            for node in _walk(top):
                qname = getattr(node, "qname", None)
                if qname in PARAGRAPHS or qname in DESCRIPTIONS:
                    if qname in PARAGRAPHS:
                        paragraphs[len(segments)] = node
                    nodes = list(_own_text(node))
                    segments.append(Segment("".join(_text(n) for n in nodes), nodes))
                if qname is not None:
                    for name in READABLE & set(node.attributes):
                        if node.attributes[name].strip():  # a link is read decoded ("Famille%20X")
                            segments.append(Segment(unquote(node.attributes[name]), (node, name)))
        return Document(path, segments, handle=odt, notes=notes, cells=_table_cells(paragraphs))

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        for segment, segment_edits in zip(document.segments, edits, strict=True):
            if not segment_edits:
                continue
            if isinstance(segment.ref, tuple):
                node, name = segment.ref
                node.attributes[name] = replace_ranges(segment.text, segment_edits)
                continue
            nodes = segment.ref
            replace_in_runs([_text(n) for n in nodes], segment_edits,
                            lambda i, text, nodes=nodes: _set_text(nodes[i], text))
        document.handle.save(str(target))


CELLS = {(TABLE_NS, "table-cell"), (TABLE_NS, "covered-table-cell")}


def _table_cells(paragraphs: dict) -> dict[int, tuple[object, int, int]]:
    """Each paragraph of a table's cell (segment index -> paragraph): (table, row, column) on the table's grid
    (a text box inside a cell is no cell's text)."""
    def cell_of(paragraph):
        cell = _nearest(paragraph, CELLS | {(DRAW_NS, "text-box")})
        return cell if cell is not None and cell.qname in CELLS else None

    return table_places(paragraphs.items(), cell_of, lambda cell: _nearest(cell, {(TABLE_NS, "table")}), _grid)


def _grid(table) -> dict:
    """A table's cells -> (table, row, column): repeated rows and cells counted (a covered cell, under a
    merged one, takes its column), the rows of a nested table left to it."""
    places = {}
    row_index = 0
    for row in _walk(table):
        if getattr(row, "qname", None) != (TABLE_NS, "table-row") or _nearest(row, {(TABLE_NS, "table")}) is not table:
            continue
        column = 0
        for cell in row.childNodes:
            if getattr(cell, "qname", None) in CELLS:
                places[cell] = (table, row_index, column)
                column += _repeated(cell, "number-columns-repeated")
        row_index += _repeated(row, "number-rows-repeated")
    return places


def _repeated(node, name: str) -> int:
    try:
        return min(MAX_GRID_STEP, max(1, int(node.attributes.get((TABLE_NS, name), 1))))
    except (TypeError, ValueError):
        return 1


def _nearest(node, qnames: set):
    """The nearest ancestor of ``node`` whose name is one of ``qnames`` (None when there is none)."""
    parent = node.parentNode
    while parent is not None and getattr(parent, "qname", None) not in qnames:
        parent = parent.parentNode
    return parent


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
        elif child.nodeType == child.ELEMENT_NODE and child.qname not in PARAGRAPHS | DESCRIPTIONS:
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


def _drop_tracked_changes(tops) -> list[str]:
    dropped = 0
    for top in tops:
        for node in list(_walk(top)):
            qname = getattr(node, "qname", None)
            if qname in {(TEXT_NS, "tracked-changes"), (TEXT_NS, "change"), (TEXT_NS, "change-start"),
                         (TEXT_NS, "change-end")} and node.parentNode is not None:
                node.parentNode.removeChild(node)
                dropped += 1
    return ["Modifications suivies retirées (le texte supprimé n'est plus dans le fichier)."] if dropped else []


def _clear_metadata(tops) -> list[str]:
    for top in tops:
        for node in list(_walk(top)):
            qname = getattr(node, "qname", None)
            if qname in ((META_NS, "user-defined"), (META_NS, "template")) and node.parentNode is not None:
                node.parentNode.removeChild(node)
            elif qname == (OFFICE_NS, "settings") and node.parentNode is not None:
                for child in list(node.childNodes):  # printer, data source...: LibreOffice's defaults instead
                    node.removeChild(child)
            elif qname in PERSONAL_META:
                for child in _walk(node):
                    if child.nodeType == child.TEXT_NODE:
                        child.data = ""
    return ["Métadonnées (auteur, titre, propriétés personnalisées...) effacées ; auteurs des commentaires "
            "effacés."]


def _drop_scripts(tops) -> list[str]:
    """A script written in the text (text:script: code a person wrote, shown to no reader) goes."""
    scripts = [node for top in tops for node in _walk(top) if getattr(node, "qname", None) == (TEXT_NS, "script")]
    for node in scripts:
        node.parentNode.removeChild(node)
    return [f"{len(scripts)} script(s) retiré(s) du texte."] if scripts else []


def _drop_hidden(odt) -> list[str]:
    """The thumbnail (the first page as a picture) and the replacement pictures of embedded objects go
    (LibreOffice makes them again); pictures lose their text metadata."""
    odt.thumbnail = None
    kept = [extra for extra in odt._extra if not extra.filename.startswith("ObjectReplacements/")]
    # macros (their source is text a person wrote) and RDF metadata files (names, phone numbers in triples)
    odt._extra = [extra for extra in kept if not extra.filename.startswith("Basic/")
                  and not extra.filename.lower().endswith(".rdf")]
    gone = len(kept) - len(odt._extra)
    stripped = 0
    for name, (kind, content, mediatype) in list(odt.Pictures.items()):
        if isinstance(content, bytes):
            clean = images.without_metadata(content)
            if clean != content:
                odt.Pictures[name] = (kind, clean, mediatype)
                stripped += 1
    notes = ["Miniature et aperçus des objets intégrés retirés."]
    if gone:
        notes.append(f"{gone} partie(s) retirée(s) : macros et fichiers de métadonnées RDF.")
    notes += images.stripped_note(stripped)
    return notes


def _neutral_names(tops) -> list[str]:
    """Frame and picture names become "Image N"; bookmark, reference-mark, section and table names
    "signetN", "repèreN", "sectionN", "tableauN" (and the references to them)."""
    frames = 0
    names: dict[tuple[str, str], str] = {}
    for top in tops:
        for node in _walk(top):
            qname = getattr(node, "qname", None)
            if qname is None:
                continue
            if qname[0] == DRAW_NS and qname[1] in SHAPES and (DRAW_NS, "name") in node.attributes:
                frames += 1  # a frame's or a shape's name (gradients, markers, hatches keep theirs: styles use them)
                node.attributes[(DRAW_NS, "name")] = f"Image {frames}"
            if qname in NAMED or qname in NAME_REFS:
                kind = NAMED.get(qname) or NAME_REFS[qname]
                key = (qname[0], "name") if qname in NAMED else (TEXT_NS, "ref-name")
                name = node.attributes.get(key)
                if name and not name.startswith("_"):  # "__RefHeading___Toc...": LibreOffice's own, for the table
                    number = sum(1 for k in names if k[0] == kind) + 1  # of contents
                    node.attributes[key] = names.setdefault((kind, name), f"{kind}{number}")
    renamed_bookmarks = {name: new for (kind, name), new in names.items() if kind == "signet"}
    if renamed_bookmarks:  # links to a bookmark ("#Julie_Peeters") follow it
        for top in tops:
            for node in _walk(top):
                href = getattr(node, "attributes", {}).get((XLINK_NS, "href")) if getattr(node, "qname", None) else None
                if href and href.startswith("#") and href[1:].split("|")[0] in renamed_bookmarks:
                    target, _, rest = href[1:].partition("|")
                    node.attributes[(XLINK_NS, "href")] = "#" + renamed_bookmarks[target] + ("|" + rest if rest else "")
    return ["Noms des cadres, des images, des signets, des sections et des tableaux neutralisés."] \
        if frames or names else []


# the styles a program names itself ("P1", "T12", "Table1.A1", "fr1", "Sect1"): automatic, never a person's choice
AUTOMATIC_STYLE = re.compile(r"(?:P|T|L|Table|fr|gr|Sect|Ru|ta|co|ro|ce|dp|mp|pm|Mpm|Mfr|Mgr|Mdp|Mtr|MP|MT|N|M)\d+"
                             r"(?:\.[A-Z]+\d*)?")
NAMED_STYLES = frozenset({(STYLE_NS, "style"), (TEXT_NS, "list-style")})


def _style_words(name: str) -> list[str]:
    """The words of a style's name as OpenDocument encodes it ("Note_20_Vandersmissen": "_20_" is a space)."""
    decoded = re.sub(r"_([0-9a-fA-F]{2,4})_", lambda m: chr(int(m.group(1), 16)), name)
    return re.findall(r"[^\W\d_]+", decoded)


def _named_by_a_person(node) -> bool:
    """A paragraph, character, frame or list style whose name (or display name) holds a word no built-in style's
    name holds ("Note Vandersmissen", "Suivi Noah"); the program's own ("Heading_20_1", "P3") are not."""
    name = node.attributes.get((STYLE_NS, "name"), "")
    if not name or AUTOMATIC_STYLE.fullmatch(name):
        return False
    words = _style_words(name) + _style_words(node.attributes.get((STYLE_NS, "display-name"), ""))
    return any(word.lower() not in vocabulary.office_style_words() for word in words)


def _neutral_styles(tops) -> list[str]:
    """A common style a person named ("Note_20_Vandersmissen", shown in the styles list) becomes "StyleN", with every
    attribute that refers to it (a paragraph's, a parent's, a next style's, a condition's: "...style-name"); its
    display name goes. The program's own styles keep their names."""
    renamed: dict[str, str] = {}
    taken = {node.attributes.get((STYLE_NS, "name")) for top in tops for node in _walk(top)
             if getattr(node, "qname", None) in NAMED_STYLES}
    numbers = (f"Style{n}" for n in itertools.count(1))
    for top in tops:
        # (the common styles, which the styles list shows; automatic ones are the program's, "P1", "T3")
        common = [node for node in _walk(top) if getattr(node, "qname", None) == (OFFICE_NS, "styles")]
        for node in (child for styles in common for child in styles.childNodes):
            if getattr(node, "qname", None) in NAMED_STYLES and _named_by_a_person(node):
                name = node.attributes[(STYLE_NS, "name")]
                if name not in renamed:  # (a name no style of the file holds: Word names its new ones "Style1")
                    renamed[name] = next(new for new in numbers if new not in taken)
                node.attributes[(STYLE_NS, "name")] = renamed[name]
                node.attributes.pop((STYLE_NS, "display-name"), None)
    if not renamed:
        return []
    for top in tops:
        for node in _walk(top):
            if getattr(node, "qname", None) is None:
                continue
            for key, value in list(node.attributes.items()):
                if key[1].endswith("style-name") and value in renamed:
                    node.attributes[key] = renamed[value]
    return ["Noms des styles nommés par l'auteur neutralisés."]


def _neutral_pages_and_fills(tops) -> list[str]:
    """A page style a person named ("Courrier_Samira_Haddad") becomes "PageN", a picture fill "RemplissageN", a
    data source "base" (with the styles and fields that refer to them); their display names go."""
    pages: dict[str, str] = {}
    fills: dict[str, str] = {}
    sources = 0
    for top in tops:
        for node in _walk(top):
            qname = getattr(node, "qname", None)
            name = node.attributes.get((STYLE_NS, "name")) if qname == (STYLE_NS, "master-page") else None
            if name and name not in BUILT_IN_PAGES:
                node.attributes[(STYLE_NS, "name")] = pages.setdefault(name, f"Page{len(pages) + 1}")
                node.attributes.pop((STYLE_NS, "display-name"), None)
            fill = node.attributes.get((DRAW_NS, "name")) if qname == (DRAW_NS, "fill-image") else None
            if fill:
                node.attributes[(DRAW_NS, "name")] = fills.setdefault(fill, f"Remplissage{len(fills) + 1}")
                node.attributes.pop((DRAW_NS, "display-name"), None)
            if qname is not None and (TEXT_NS, "database-name") in node.attributes:
                node.attributes[(TEXT_NS, "database-name")] = "base"
                sources += 1
    for top in tops:
        for node in _walk(top):
            if getattr(node, "qname", None) is None:
                continue
            for reference in PAGE_REFERENCES:
                if node.attributes.get(reference) in pages:
                    node.attributes[reference] = pages[node.attributes[reference]]
            if node.attributes.get((DRAW_NS, "fill-image-name")) in fills:
                node.attributes[(DRAW_NS, "fill-image-name")] = fills[node.attributes[(DRAW_NS, "fill-image-name")]]
    return ["Noms des styles de page, des remplissages d'image et des sources de données neutralisés."] \
        if pages or fills or sources else []
