"""HTML edited as HTML (lxml.html), for e-mail parts and the HTML pieces of Word files: the text of each
block (paragraph, cell, list item, title...; a name split over ``<b>`` and ``<span>`` is one text) and the
attribute values (``href``, ``title``, ``alt``, ``cite``, a ``<meta>``'s content, a smart tag's ``ProductID``,
``data-*``: every attribute but the layout's, ``class``, ``style``, ``width``...) are segments; comments (a style
sheet's too), scripts and pictures written into the page (``data:`` addresses) are dropped; the tree is serialised
back with its structure."""

from __future__ import annotations

import itertools
import re
from urllib.parse import unquote

from anonymizer.formats.base import MAX_GRID_STEP, Segment, table_places
from anonymizer.formats.runs import replace_in_runs
from anonymizer.text import replace_ranges

KINDS = ("html-text", "html-attribute")
# HTML elements whose text is a unit of its own (a name is never split across two of them)
BLOCKS = {"html", "head", "title", "body", "p", "div", "td", "th", "li", "dt", "dd", "h1", "h2", "h3", "h4",
          "h5", "h6", "blockquote", "pre", "address", "caption", "option", "button", "label", "section",
          "article", "header", "footer", "table", "tr", "ul", "ol", "dl", "form"}
UNREAD = {"style", "script"}
READABLE_ATTRIBUTES = {"href", "title", "alt", "content", "value", "placeholder", "aria-label", "src", "name",
                       "cite", "longdesc", "summary", "label", "abbr", "data"}  # "cite": a quoted message's id
# attributes that only lay the page out or link its parts: never a text a person wrote (every other one is read:
# Outlook's smart tags, "<st1:PersonName ProductID='...'>", a "data-*" attribute, an action's address)
LAYOUT_ATTRIBUTES = {"class", "id", "style", "width", "height", "align", "valign", "border", "cellpadding",
                     "cellspacing", "colspan", "rowspan", "bgcolor", "color", "face", "size", "dir", "lang",
                     "xml:lang", "type", "rel", "target", "charset", "http-equiv", "media", "nowrap", "span", "start",
                     "shape", "coords", "usemap", "frame", "rules", "scope", "headers", "clear", "hspace", "vspace",
                     "link", "vlink", "alink", "text", "marginwidth", "marginheight", "tabindex", "role", "method",
                     "enctype", "accept-charset", "for", "form", "checked", "selected", "disabled", "readonly",
                     "multiple", "maxlength", "rows", "cols", "wrap", "compact", "noshade", "frameborder",
                     "scrolling", "allowfullscreen", "loading", "decoding", "sizes", "crossorigin", "integrity",
                     "referrerpolicy", "hreflang", "reversed", "valuetype", "char", "charoff", "axis",
                     "topmargin", "leftmargin", "rightmargin", "bottommargin"}
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def decode(data: bytes) -> str:
    """HTML bytes as text: in the charset its ``<meta>`` declares, else UTF-8, else Windows-1252 (what Outlook
    writes for Western-European mail); never a replacement character where an accent was."""
    declared = re.search(rb"""charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.IGNORECASE)
    for charset in ([declared.group(1).decode("ascii", "ignore")] if declared else []) + ["utf-8", "cp1252"]:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def apply(segment: Segment, edits: list[tuple[int, int, str]]) -> None:
    """A segment's edits written into the tree."""
    kind, *where = segment.ref
    if kind == "html-text":
        pieces = where[0]
        replace_in_runs([_piece_text(p) for p in pieces], edits,
                        lambda i, text, pieces=pieces: _set_piece(pieces[i], text))
    else:
        element, name = where
        element.set(name, replace_ranges(segment.text, edits))


class Html:
    """One HTML page as a tree: its blocks' texts and readable attributes as segments; ``owner`` is where
    the page lives (an e-mail part, a Word part), for the format to write :meth:`serialise` back."""

    def __init__(self, text: str, owner: object = None):
        import lxml.html
        from lxml import etree

        self.owner = owner
        self.doctype = ""
        try:
            self.root = lxml.html.document_fromstring(text.encode("utf-8"),
                                                      parser=lxml.html.HTMLParser(encoding="utf-8"))
            if text.lstrip()[:9].lower() == "<!doctype":  # lxml makes one up otherwise
                self.doctype = self.root.getroottree().docinfo.doctype
        except (etree.ParserError, ValueError):
            self.root = lxml.html.fromstring("<html><body></body></html>")
        for comment in list(self.root.iter(etree.Comment)):
            _drop_keeping_tail(comment)
        for script in list(self.root.iter("script")):  # a script has no use for the group, and may hold anything
            _drop_keeping_tail(script)
        for style in self.root.iter("style"):  # a style sheet's comments are written by people ("/* Samira */")
            if style.text:
                style.text = CSS_COMMENT.sub("", style.text)
        for element in self.root.iter():  # a picture written into the page ("data:image/jpeg;base64,..."),
            for name, value in list(element.attrib.items()):  # with its metadata: it goes
                if value.strip().lower().startswith("data:"):
                    del element.attrib[name]
        for meta in self.root.iter("meta"):
            if meta.get("charset"):
                meta.set("charset", "utf-8")
            if (meta.get("http-equiv") or "").lower() == "content-type":
                meta.set("content", "text/html; charset=utf-8")
        groups: dict = {}
        _pieces(self.root, (self.root, 0), groups, [0])
        self.segments = [Segment("".join(_piece_text(p) for p in pieces), ("html-text", pieces))
                         for pieces in groups.values() if "".join(_piece_text(p) for p in pieces).strip()]
        for element in self.root.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                if _readable(name) and value.strip() and not (
                        element.tag == "meta" and (element.get("http-equiv") or element.get("charset"))):
                    # a link's target is read decoded ("Famille%20Dumoulin" is "Famille Dumoulin")
                    self.segments.append(Segment(unquote(value), ("html-attribute", element, name)))

    def serialise(self) -> str:
        import lxml.html

        return lxml.html.tostring(self.root, encoding="unicode", method="html", doctype=self.doctype or None)


def table_cells(segments: list[Segment]) -> dict[int, tuple[object, int, int]]:
    """Each text segment that sits in a table's cell (``<td>``, ``<th>``): (table, row, column) on the table's grid,
    merged cells (``colspan``, ``rowspan``) counted."""
    def holder_of(segment: Segment):
        if not isinstance(segment.ref, tuple) or segment.ref[0] != "html-text" or not segment.ref[1]:
            return None
        element, side = segment.ref[1][0]
        return element if side == "text" else element.getparent()  # (a tail is read in its parent)

    def cell_of(holder):
        return None if holder is None else next(
            (e for e in itertools.chain([holder], holder.iterancestors()) if e.tag in ("td", "th")), None)

    return table_places(((index, holder_of(segment)) for index, segment in enumerate(segments)), cell_of,
                        lambda cell: next(cell.iterancestors("table"), None), _grid)


def _grid(table) -> dict:
    """A table's cells -> (table, row, column): a cell spanning rows takes its columns in the rows below."""
    places = {}
    taken: set[tuple[int, int]] = set()
    rows = [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]
    for index, row in enumerate(rows):
        column = 0
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            while (index, column) in taken:
                column += 1
            places[cell] = (table, index, column)
            width, height = _span(cell, "colspan"), _span(cell, "rowspan")
            taken |= {(index + down, column + across) for down in range(height) for across in range(width)}
            column += width
    return places


def _span(cell, name: str) -> int:
    try:
        return min(MAX_GRID_STEP, max(1, int(cell.get(name, 1))))
    except (TypeError, ValueError):
        return 1


def _pieces(element, block, groups: dict, breaks: list[int]) -> None:
    """Each text (``element.text``, ``child.tail``) filed under the block it is read in; a ``<br>`` starts a
    new unit (a name is never joined across a line break)."""
    if element.tag in UNREAD:
        if element.tail:
            groups.setdefault(block, []).append((element, "tail"))
        return
    own = (element, 0) if element.tag in BLOCKS else block
    if element.text:
        groups.setdefault(own, []).append((element, "text"))
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in UNREAD:
            if child.tail:
                groups.setdefault(own, []).append((child, "tail"))
            continue
        _pieces(child, own, groups, breaks)
        if child.tag == "br" or child.tag in BLOCKS:  # the text after it is a unit of its own
            breaks[0] += 1
            own = (own[0], breaks[0])
        if child.tail:
            groups.setdefault(own, []).append((child, "tail"))


def _readable(name: str) -> bool:
    lower = name.lower()
    return lower in READABLE_ATTRIBUTES or lower not in LAYOUT_ATTRIBUTES and not lower.startswith("xmlns")


def _piece_text(piece) -> str:
    element, side = piece
    return (element.text if side == "text" else element.tail) or ""


def _set_piece(piece, text: str) -> None:
    element, side = piece
    if side == "text":
        element.text = text
    else:
        element.tail = text


def _drop_keeping_tail(node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)
