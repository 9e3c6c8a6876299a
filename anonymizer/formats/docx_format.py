"""Word .docx with python-docx, down to the XML where python-docx has no API.

Read as segments (each detected like the body):
- every paragraph of the body, tables, headers, footers, footnotes, endnotes, comments, text boxes
  (``w:txbxContent``), the glossary (building blocks), the text of charts and diagrams (``a:t``, ``c:v``) and
  the HTML pieces Word imports (``altChunk``), as HTML;
- the quoted arguments of the field codes of each paragraph (``w:instrText``: ``HYPERLINK "mailto:..." \\o
  "Écrire à ..."``) and of simple fields (``w:fldSimple/@w:instr``), each a text of its own;
- the readable attributes: image and shape alternative text and titles (``wp:docPr``, ``pic:cNvPr``,
  ``v:shape``, ``v:imagedata``), link tooltips, content-control titles, tags and list items (``w:sdt``),
  legacy form fields' default, help and status texts, table titles and descriptions, smart-tag values, list
  labels (``w:lvlText``: "Visite chez ... n°%1 :", shown before each item) and list names, custom style names,
  building blocks' descriptions, web frame names.

Removed or neutralised, having no use for the group: tracked changes (accepted; deleted text goes),
document properties (author, title, company, template...), custom properties (``docProps/custom.xml``),
document variables (``w:docVars``), the attached template's path, the thumbnail picture, custom XML
data and the content-control bindings that refill text from it, mail-merge settings and data sources, the
workbook behind a chart, hyperlink targets (and their copy in ``docProps/app.xml``), comment and revision
authors, the editor of a protected range, a date control's machine date, picture and shape names (``Image
1``, ``Forme 2``...), bookmark names (``signet1``...), custom style ids (``Style1``..., made from the names their
authors gave), the theme's name, custom XML namespaces and the attached schema, RTF pieces Word imported
(``altChunk``: they cannot be edited here), and the text metadata of embedded JPEG and PNG pictures (EXIF, XMP,
comments). The user is told.

Write: edits go run by run (``runs.replace_in_runs``), so untouched runs keep their text and formatting.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from anonymizer.formats import html, images
from anonymizer.formats.base import MAX_GRID_STEP, Document, DocumentFormat, Segment, table_places
from anonymizer.formats.runs import replace_in_runs
from anonymizer.reader import InputError
from anonymizer.text import replace_ranges

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"  # an equation's text (m:t), read like the body
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TEXT_PARTS = re.compile(r"^/word/(glossary/)?(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$"
                        r"|^/word/(charts/chart|diagrams/data|diagrams/drawing)\d*\.xml$"
                        r"|^/word/(numbering|styles|webSettings)\.xml$")  # list labels, style and frame names
THEME_PART = re.compile(r"^/word/theme/theme\d*\.xml$")
# a style's id is how the parts refer to it: these elements' @w:val
STYLE_REFERENCES = ("pStyle", "rStyle", "tblStyle", "basedOn", "next", "link", "numStyleLink", "styleLink")
# where a w:name/@w:val is a name a person chose and reads: a custom style's, a list's, a frame's
NAMED_BY_PERSON = ("abstractNum", "frame")
HYPERLINK = f"{REL}/hyperlink"
# (and a digital signature: its XML names the signer and holds a certificate; editing the file voids it anyway)
DROPPED_RELS = ("/thumbnail", "/custom-properties", "/customXml", "/attachedTemplate", "/mailMergeSource",
                "/mailMergeHeaderSource", "/recipientData", "/digital-signature/origin")
HTML_PART = re.compile(r"\.x?html?$", re.IGNORECASE)
CHART_WORKBOOK = "/package"  # a chart's embedded workbook (an OLE object's package stays: the guard reads it)
APP_FIELDS = ("Company", "Manager", "Template", "HyperlinkBase")
SEPARATORS = {f"{{{W}}}tab": "\t", f"{{{W}}}br": "\n", f"{{{W}}}cr": "\n"}
# attributes a person reads (alternative text, titles, tooltips, field instructions, control titles)
# (and a signature line's signer, role, e-mail and instructions, "Insert > Signature Line")
READABLE = {"descr", "title", "alt", "tooltip", "instr", "string",  # "string": WordArt's text (v:textpath)
            "suggestedsigner", "suggestedsigner2", "suggestedsigneremail", "signinginstructions"}
# elements whose @w:val (and list items' @w:displayText, @w:value) a person reads: content-control titles and
# tags, legacy form fields (default text, help, status bar, list entries), table titles and descriptions,
# smart-tag properties (a recognised person's name) (a placeholder's building block keeps Word's own name,
# "DefaultPlaceholder_-1854013440"; one a person named is neutralised, see _neutral_names)
READABLE_VALUE = {f"{{{W}}}{name}" for name in ("alias", "tag", "default", "helpText", "statusText", "listEntry",
                                                 "tblCaption", "tblDescription", "attr", "lvlText", "description",
                                                 "aliases")}
LIST_ITEM = f"{{{W}}}listItem"
# attributes that only name who edited or a precise date for a machine: removed
DROPPED_ATTRIBUTES = {(f"{{{W}}}permStart", f"{{{W}}}ed"), (f"{{{W}}}date", f"{{{W}}}fullDate")}
VML = "urn:schemas-microsoft-com:vml"
NAMED_PICTURES = {"docPr", "cNvPr"}  # their @name is a file name or "Image 3": neutralised
QUOTED = re.compile(r'"([^"]*)"')  # a field instruction's arguments: HYPERLINK "mailto:..." \o "tooltip"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/"  # Word's "Strict Open XML Document" writes its parts in these
STRICT_HEAD = 4096


def _strict_open_xml(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as package, package.open("word/document.xml") as document:
            return STRICT_NAMESPACE in document.read(STRICT_HEAD)  # (its first bytes: the part may be megabytes)
    except Exception:  # noqa: BLE001 - then it is damaged, as said
        return False


class DocxFormat(DocumentFormat):
    def read(self, path: Path) -> Document:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        if _strict_open_xml(path):
            raise InputError(f"{path} : document Word au format « Strict Open XML », non lu ; enregistrez-le dans "
                             "Word comme « Document Word (*.docx) ».")
        try:
            word = docx.Document(str(path))
        except etree.XMLSyntaxError as exc:
            if "depth" in str(exc).lower():  # libxml2 stops a document nested too deep before Python's recursion
                raise RecursionError from exc
            raise InputError(f"{path} : document Word illisible ou abîmé.") from exc
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise InputError(f"{path} : document Word illisible ou abîmé.") from exc
        roots = [(part, part._element if hasattr(part, "_element") else etree.fromstring(part.blob))
                 for part in word.part.package.iter_parts() if TEXT_PARTS.match(str(part.partname))]
        notes = (_accept_tracked_changes(roots) + _clear_properties(word) + _clear_hyperlinks(word)
                 + _clear_authors(word, roots) + _drop_hidden_parts(word, roots) + _neutral_names(roots)
                 + _neutral_style_ids(roots) + _neutral_theme(word) + _drop_rtf_chunks(word, roots)
                 + _strip_pictures(word))
        comments = sum(len(root.findall(_w("comment"))) for _part, root in roots)
        if comments:
            notes.append(f"{comments} commentaire(s) anonymisé(s) comme le texte.")
        segments = [segment for _part, root in roots for segment in _paragraphs(root) + _attributes(root)]
        pages = [html.Html(html.decode(part.blob), part) for part in word.part.package.iter_parts()
                 if HTML_PART.search(str(part.partname))]  # HTML pieces imported by Word ("altChunk")
        segments += [segment for page in pages for segment in page.segments]
        return Document(path, segments, handle=(word, roots, pages), notes=notes,
                        cells=_table_cells(segments) | html.table_cells(segments))

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        word, roots, pages = document.handle
        # several segments may share one place (a field's quoted arguments): their edits go in together
        runs: dict[int, tuple[list, list]] = {}
        attributes: dict[tuple[int, str], tuple[object, str, list]] = {}
        for segment, segment_edits in zip(document.segments, edits, strict=True):
            if not segment_edits:
                continue
            kind = segment.ref[0] if isinstance(segment.ref, tuple) else "runs"
            if kind in html.KINDS:
                html.apply(segment, segment_edits)
                continue
            if kind == "attribute":
                _kind, element, name, offset = segment.ref
                attributes.setdefault((id(element), name), (element, name, []))[2].extend(
                    (start + offset, end + offset, new) for start, end, new in segment_edits)
                continue
            nodes, offset = (segment.ref[1], segment.ref[2]) if kind == "field" else (segment.ref, 0)
            runs.setdefault(id(nodes), (nodes, []))[1].extend(
                (start + offset, end + offset, new) for start, end, new in segment_edits)
        for element, name, attribute_edits in attributes.values():
            element.set(name, replace_ranges(element.get(name), attribute_edits))
        for nodes, run_edits in runs.values():
            replace_in_runs([_node_text(n) for n in nodes], run_edits,
                            lambda i, text, nodes=nodes: _set_node_text(nodes[i], text))
        for part, root in roots:
            if not hasattr(part, "_element"):
                part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        for page in pages:
            page.owner._blob = page.serialise().encode("utf-8")
        word.save(str(target))


def _paragraphs(root) -> list[Segment]:
    """One segment per paragraph with its own text nodes (not those of a text box nested in it), and one
    per paragraph for its field codes; a chart's cached value (``c:v``) is a segment of its own."""
    own: dict = {}
    fields: dict = {}
    for node in root.iter(_w("t"), _w("instrText"), f"{{{A}}}t", f"{{{M}}}t", f"{{{C}}}v", *SEPARATORS):
        if node.tag == f"{{{C}}}v":
            own[node] = [node]
            continue
        paragraph = next(node.iterancestors(_w("p"), f"{{{A}}}p"), None)
        if paragraph is not None:
            (fields if node.tag == _w("instrText") else own).setdefault(paragraph, []).append(node)
    segments = [Segment("".join(_node_text(n) for n in nodes), nodes) for nodes in own.values()]
    for nodes in fields.values():  # a field's quoted arguments (its keyword and switches are no text)
        instruction = "".join(_node_text(n) for n in nodes)
        segments += [Segment(m.group(1), ("field", nodes, m.start(1))) for m in QUOTED.finditer(instruction)]
    return segments


def _table_cells(segments: list[Segment]) -> dict[int, tuple[object, int, int]]:
    """Each segment that is a paragraph of a table's cell: (table, row, column) on the table's grid (a text box
    inside a cell is no cell's text)."""
    def paragraph_of(segment: Segment):
        if not isinstance(segment.ref, list) or not segment.ref:
            return None
        paragraph = next(segment.ref[0].iterancestors(_w("p"), f"{{{A}}}p"), None)
        return paragraph if paragraph is not None and paragraph.tag == _w("p") else None

    def cell_of(paragraph):
        cell = next(paragraph.iterancestors(_w("tc"), _w("txbxContent")), None) if paragraph is not None else None
        return cell if cell is not None and cell.tag == _w("tc") else None

    return table_places(((index, paragraph_of(segment)) for index, segment in enumerate(segments)), cell_of,
                        lambda cell: next(cell.iterancestors(_w("tbl")), None), _grid)


def _grid(table) -> dict:
    """A Word table's cells (w:tc) -> (table, row, column): a row's skipped grid columns (``gridBefore``) and a
    cell's merged ones (``gridSpan``) counted, so that a column is the same column in every row."""
    places = {}
    rows = [row for row in table.iter(_w("tr")) if next(row.iterancestors(_w("tbl"))) is table]
    for index, row in enumerate(rows):
        column = _grid_value(row.find(f"{_w('trPr')}/{_w('gridBefore')}"), 0)
        for cell in row.iter(_w("tc")):
            if next(cell.iterancestors(_w("tr"))) is row:
                places[cell] = (table, index, column)
                column += _grid_value(cell.find(f"{_w('tcPr')}/{_w('gridSpan')}"), 1)
    return places


def _grid_value(element, default: int) -> int:
    try:
        return min(MAX_GRID_STEP, max(default, int(element.get(_w("val"))))) if element is not None else default
    except (TypeError, ValueError):
        return default


def _attributes(root) -> list[Segment]:
    """The readable attributes, one segment each (an image's alternative text, a tooltip...)."""
    segments = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            local = etree.QName(name).localname
            if local == "instr":  # a simple field: its quoted arguments
                segments += [Segment(m.group(1), ("attribute", element, name, m.start(1)))
                             for m in QUOTED.finditer(value)]
            elif (local in READABLE or (element.tag in READABLE_VALUE and local == "val")
                  or (element.tag == _w("name") and local == "val" and _named_by_person(element))
                  or (element.tag == LIST_ITEM and local in ("displayText", "value"))) and value.strip():
                segments.append(Segment(value, ("attribute", element, name, 0)))
    return segments


def _node_text(node) -> str:
    return SEPARATORS.get(node.tag, node.text or "")


def _set_node_text(node, text: str) -> None:
    if node.tag in SEPARATORS:
        if text != SEPARATORS[node.tag]:  # a tab or break inside a replaced name goes with it
            node.getparent().remove(node)
        return
    node.text = text
    if node.tag in (_w("t"), _w("instrText")):
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
    # LibreOffice's "Office Open XML" names the core properties' relationship in its own spelling: python-docx
    # would add a second docProps/core.xml and leave the first, author and all; that first one goes
    package = word.part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype.lower().endswith("/metadata/core-properties") and rel.reltype != RT.CORE_PROPERTIES:
            del package.rels[rId]
            package.rels._target_parts_by_rId.pop(rId, None)
    core = word.core_properties
    for name in ("author", "last_modified_by", "title", "subject", "keywords", "comments", "category",
                 "content_status", "identifier"):
        setattr(core, name, "")
    for part in word.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:  # an empty or damaged part: nothing in it to keep
                part._blob = b""
                continue
            for field in list(root):
                if etree.QName(field).localname == "HLinks":  # the hyperlinks' targets again
                    root.remove(field)
                elif etree.QName(field).localname in APP_FIELDS:
                    field.text = ""
                elif etree.QName(field).localname == "TitlesOfParts":  # the title again
                    for value in field.iter():
                        if len(value) == 0 and value.text:
                            value.text = ""
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return ["Propriétés du document (auteur, titre, société, modèle...) effacées."]


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
    """Every link out of the file goes: hyperlink targets (often mailto: addresses) and the paths of linked
    pictures and files ("C:\\Users\\jpeeters\\Famille Dumoulin\\dessin.jpg"). Objects embedded in the file (a
    PDF, a sheet) are not edited: the user is told to check them."""
    cleared = embedded = 0
    for part in word.part.package.iter_parts():
        for rel in part.rels.values():
            if rel.is_external:
                rel._target = "#" if rel.reltype == HYPERLINK else ""
                cleared += 1
        name = str(part.partname).lower()
        if name.startswith("/word/embeddings/"):
            embedded += 1  # an embedded object (a piece Word imports in a form not read here goes: _drop_rtf_chunks)
    notes = [f"{cleared} lien(s) vers l'extérieur vidé(s) (liens hypertexte, images liées)."] if cleared else []
    if embedded:
        notes.append(f"{embedded} objet(s) intégré(s) (PDF, feuille de calcul...) non modifié(s) : vérifiez-les "
                     "ou retirez-les du document.")
    return notes


def _drop_hidden_parts(word, roots) -> list[str]:
    """Parts a reader never sees and the group has no use for go: the thumbnail (the first page as a
    picture), custom properties, custom XML data (and the bindings that refill controls from it), the
    attached template's path, document variables, a chart's embedded workbook."""
    dropped = []
    package = word.part.package
    sources = [package] + list(package.iter_parts())
    for source in sources:
        for rId, rel in list(source.rels.items()):
            chart = str(getattr(source, "partname", "")).startswith("/word/charts/")
            if rel.reltype.endswith(DROPPED_RELS) or (chart and rel.reltype.endswith(CHART_WORKBOOK)):
                del source.rels[rId]
                source.rels._target_parts_by_rId.pop(rId, None)
                dropped.append(rel.reltype.rsplit("/", 1)[-1])
    settings = word.settings.element
    for element in list(settings.iter(_w("docVars"), _w("attachedTemplate"), _w("mailMerge"), _w("attachedSchema"))):
        settings.remove(element) if element.getparent() is settings else element.getparent().remove(element)
        dropped.append(etree.QName(element).localname)
    for _part, root in roots:
        for element in list(root.iter(_w("dataBinding"), f"{{{C}}}externalData")):
            element.getparent().remove(element)
        for tag, attribute in DROPPED_ATTRIBUTES:
            for element in root.iter(tag):
                element.attrib.pop(attribute, None)
    if not dropped:
        return []
    return ["Parties cachées retirées (miniature, propriétés personnalisées, variables, modèle attaché, "
            "publipostage, données ou schéma XML, classeur intégré, signature numérique)."]


def _neutral_names(roots) -> list[str]:
    """Picture and shape names (often the picture's file name) become "Image N", "Forme N"; the names a
    person chose for bookmarks and legacy form fields ("Julie_Peeters", "enfant_Dupont") become "signetN"
    and those of building blocks "blocN", with the links, fields and controls that point to them."""
    pictures = 0
    bookmarks: dict[str, str] = {}
    blocks: dict[str, str] = {}
    for _part, root in roots:
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            local = etree.QName(element).localname
            if local in NAMED_PICTURES and element.get("name"):
                pictures += 1
                element.set("name", f"Image {pictures}")
            elif element.tag.startswith(f"{{{VML}}}") and element.get("id") and not element.get("id").startswith("_"):
                pictures += 1  # Word copies the shape's name into its VML id ("_x0000_s1026" otherwise)
                element.set("id", f"Forme {pictures}")
            elif element.tag == _w("bookmarkStart") or (element.tag == _w("name") and _parent_is(element, "ffData")):
                attribute = _w("name") if element.tag == _w("bookmarkStart") else _w("val")
                name = element.get(attribute, "")
                if name and not name.startswith("_"):  # _GoBack, _Toc..., _Ref...: made by Word
                    element.set(attribute, bookmarks.setdefault(name, f"signet{len(bookmarks) + 1}"))
            elif element.tag == _w("name") and _parent_is(element, "docPartPr"):
                name = element.get(_w("val"), "")
                if name and not name.startswith(("DefaultPlaceholder", "_")):
                    element.set(_w("val"), blocks.setdefault(name, f"bloc{len(blocks) + 1}"))
    for _part, root in roots:
        for element in root.iter(_w("docPart")):
            if element.get(_w("val")) in blocks:
                element.set(_w("val"), blocks[element.get(_w("val"))])
    if bookmarks:
        pattern = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, sorted(bookmarks, key=len, reverse=True)))
                             + r")(?![\w])")
        for _part, root in roots:
            for element in root.iter(_w("hyperlink"), _w("instrText"), _w("fldSimple")):
                anchor = element.get(_w("anchor"))
                if anchor in bookmarks:
                    element.set(_w("anchor"), bookmarks[anchor])
                if element.tag == _w("instrText") and element.text:
                    element.text = pattern.sub(lambda m: bookmarks[m.group(1)], element.text)
                if element.get(_w("instr")):
                    element.set(_w("instr"), pattern.sub(lambda m: bookmarks[m.group(1)], element.get(_w("instr"))))
    return ["Noms des images, des signets et des blocs neutralisés."] if pictures or bookmarks or blocks else []


def _named_by_person(element) -> bool:
    """A w:name whose value a person chose: a custom style's (a built-in one keeps its name, which is how Word
    knows it), a list's, a frame's."""
    parent = element.getparent()
    if _parent_is(element, "style"):  # (not the character style Word makes for each linked one: "Heading 1 Char")
        return _custom_style(parent) and parent.find(_w("link")) is None
    return any(_parent_is(element, local) for local in NAMED_BY_PERSON)


def _custom_style(style) -> bool:
    return style.get(_w("customStyle")) in ("1", "true", "on")


def _neutral_style_ids(roots) -> list[str]:
    """A custom style's id ("TitreHaddad", made from the name its author gave it) becomes "Style1", and every
    reference to it follows; XML namespaces of custom XML ("urn:famille-haddad") become neutral (the attached
    schema goes with the settings' hidden parts)."""
    ids: dict[str, str] = {}
    for _part, root in roots:
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId"))
            if style_id and _custom_style(style):
                ids.setdefault(style_id, f"Style{len(ids) + 1}")
    schemas = 0
    for _part, root in roots:
        for element in root.iter(_w("style"), *(_w(name) for name in STYLE_REFERENCES)):
            attribute = _w("styleId") if element.tag == _w("style") else _w("val")
            if element.get(attribute) in ids:
                element.set(attribute, ids[element.get(attribute)])
        for element in root.iter(_w("customXml"), _w("smartTag")):
            if element.get(_w("uri")):
                element.set(_w("uri"), "urn:anonymise")
                schemas += 1
    return ["Noms des styles personnalisés et des schémas XML neutralisés."] if ids or schemas else []


def _neutral_theme(word) -> list[str]:
    """A theme's name and its schemes' ("CPAS Tubize", made by whoever saved it) become neutral ones."""
    changed = False
    for part in word.part.package.iter_parts():
        if not THEME_PART.match(str(part.partname)):
            continue
        root = etree.fromstring(part.blob)
        for element in [root, *root.iter(f"{{{A}}}clrScheme", f"{{{A}}}fontScheme", f"{{{A}}}fmtScheme")]:
            if element.get("name") not in (None, "", "Office", "Office Theme", "Thème Office"):
                element.set("name", "Thème" if element is root else "Personnalisé")
                changed = True
        if changed:
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return ["Nom du thème neutralisé."] if changed else []


def _drop_rtf_chunks(word, roots) -> list[str]:
    """A piece of RTF Word imports into the document ("altChunk") is shown as text but cannot be read and edited
    here: it goes, with the user told (an imported HTML piece is read like the body)."""
    dropped = 0
    for part, root in roots:
        source = getattr(part, "rels", None)
        if source is None:
            continue
        for element in list(root.iter(_w("altChunk"))):
            rid = element.get(f"{{{REL}}}id")
            rel = source.get(rid) if rid else None
            if rel is not None and not rel.is_external and HTML_PART.search(str(rel.target_part.partname)):
                continue
            element.getparent().remove(element)
            if rel is not None:
                del source[rid]
                source._target_parts_by_rId.pop(rid, None)
            dropped += 1
    return [f"{dropped} morceau(x) importé(s) (RTF ou autre, non lisible(s) ici) retiré(s) du document ; "
            "recopiez-en le texte dans le corps si le groupe en a besoin."] if dropped else []


def _parent_is(element, local: str) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag == _w(local)


def _strip_pictures(word) -> list[str]:
    stripped = 0
    for part in word.part.package.iter_parts():
        if str(part.partname).startswith("/word/media/"):
            clean = images.without_metadata(part.blob)
            if clean != part.blob:
                part._blob = clean
                stripped += 1
    return images.stripped_note(stripped)
