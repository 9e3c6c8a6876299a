"""The text metadata of JPEG and PNG pictures (EXIF, XMP, IPTC, comments, PNG text chunks), the text drawn in an EMF
picture (the label under an embedded file's icon is its file name: "Attestation Samira Haddad.pdf") and in an SVG
drawing (its title, description and labels: a genogram's names): found, to be read by the leak guard, and removed
(an EMF's text blanked in place, its records keeping their sizes; an SVG's shapes kept), without re-encoding the
picture.

Hand-written rather than Pillow: Pillow would re-encode a JPEG (quality loss) to drop its EXIF, and the
two container layouts are simple (JPEG markers up to the image data; PNG length-type-data-CRC chunks).
Other formats are returned unchanged.
"""

from __future__ import annotations

import struct

JPEG = b"\xff\xd8"
PNG = b"\x89PNG\r\n\x1a\n"
# JPEG APPn segments that carry text (APP1 EXIF/XMP, APP13 IPTC...) and COM; APP0 (JFIF), APP2 (ICC colour
# profile) and APP14 (Adobe colour transform) are needed to show the picture right and stay.
KEPT_APP = {0xE0, 0xE2, 0xEE}
PNG_TEXT = {b"tEXt", b"zTXt", b"iTXt", b"eXIf"}


def metadata(data: bytes) -> list[tuple[int, int]]:
    """(start, end) byte ranges of the text metadata blocks of a JPEG or PNG picture, of the text of an EMF."""
    if data.startswith(JPEG):
        return _jpeg(data)
    if data.startswith(PNG):
        return _png(data)
    return [(start, end) for start, end, _wide in _emf_texts(data)]


def metadata_text(data: bytes) -> str:
    """What the metadata blocks say, as text (for the leak guard)."""
    if is_emf(data):
        return "\n".join(data[start:end].decode("utf-16-le" if wide else "cp1252", "ignore")
                         for start, end, wide in _emf_texts(data))
    return "\n".join(data[start:end].decode("utf-8", "ignore") for start, end in metadata(data))


def stripped_note(count: int) -> list[str]:
    """The user's note for ``count`` pictures cleaned (none for none)."""
    return [f"Métadonnées de {count} image(s) retirées (EXIF, XMP, commentaires, textes des dessins EMF et SVG)."] \
        if count else []


def without_metadata(data: bytes) -> bytes:
    if is_svg(data):
        return _svg_without_text(data)
    if is_emf(data):
        texts = _emf_texts(data)
        if not texts:
            return data
        blanked = bytearray(data)
        for start, end, wide in texts:
            blanked[start:end] = (b" \x00" if wide else b" ") * ((end - start) // (2 if wide else 1))
        return bytes(blanked)
    ranges = metadata(data)
    if not ranges:
        return data
    out, position = [], 0
    for start, end in ranges:
        out.append(data[position:start])
        position = end
    out.append(data[position:])
    return b"".join(out)


def _jpeg(data: bytes) -> list[tuple[int, int]]:
    ranges, i = [], 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:  # stray padding before a marker (some writers leave it): read on to the next one
            i += 1
            continue
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of the image data: no metadata after
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2:i + 4])
        end = i + 2 + length
        if end > len(data):
            break
        if (0xE0 <= marker <= 0xEF and marker not in KEPT_APP) or marker == 0xFE:
            ranges.append((i, end))
        i = end
    return ranges


def _png(data: bytes) -> list[tuple[int, int]]:
    ranges, i = [], len(PNG)
    while i + 8 <= len(data):
        (length,) = struct.unpack(">I", data[i:i + 4])
        kind = data[i + 4:i + 8]
        end = i + 12 + length
        if end > len(data):
            break
        if kind in PNG_TEXT:
            ranges.append((i, end))
        if kind == b"IEND":
            break
        i = end
    return ranges


# EMF records that draw text (MS-EMF 2.3.5): EMR_EXTTEXTOUTA, EMR_EXTTEXTOUTW, EMR_SMALLTEXTOUT
EXTTEXTOUTA, EXTTEXTOUTW, SMALLTEXTOUT = 83, 84, 108
ETO_NO_RECT, ETO_SMALL_CHARS = 0x100, 0x200


def is_emf(data: bytes) -> bool:
    return data[:4] == b"\x01\x00\x00\x00" and data[40:44] == b" EMF"


def _emf_texts(data: bytes) -> list[tuple[int, int, bool]]:
    """(start, end, UTF-16) of each string an EMF draws; [] for anything else or a damaged record list."""
    if not is_emf(data):
        return []
    texts, i = [], 0
    while i + 8 <= len(data):
        kind, size = struct.unpack("<II", data[i:i + 8])
        if size < 8 or i + size > len(data):
            break
        found = None
        if kind in (EXTTEXTOUTA, EXTTEXTOUTW) and size >= 76:
            count, offset = struct.unpack("<II", data[i + 44:i + 52])
            found = (i + offset, i + offset + count * (2 if kind == EXTTEXTOUTW else 1), kind == EXTTEXTOUTW)
        elif kind == SMALLTEXTOUT and size >= 36:
            count, options = struct.unpack("<II", data[i + 16:i + 24])
            start = i + 36 + (0 if options & ETO_NO_RECT else 16)
            wide = not options & ETO_SMALL_CHARS
            found = (start, start + count * (2 if wide else 1), wide)
        if found is not None and i < found[0] <= found[1] <= i + size:
            texts.append(found)
        i += size
    return texts


# SVG (a drawing or a genogram inserted by Word 2016+ or LibreOffice, or drawn in draw.io): every text it holds may
# be a name ("Génogramme famille Wauthier", a label per person, a link's text, an HTML label in a foreignObject); all
# of it goes but the style sheets, with the title, description and metadata, an editor's own attributes (Inkscape's
# labels, the file's name) and draw.io's copy of the whole drawing (the root's "content"); the shapes stay.
SVG_DROPPED = {"title", "desc", "metadata", "script"}
SVG_KEPT_TEXT = {"style"}
SVG_EDITOR_NAMESPACES = ("http://www.inkscape.org/namespaces/inkscape",
                         "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd")
SVG_TEXT_ATTRIBUTES = {"aria-label", "title", "content", "label"}


def is_svg(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<svg", b"<!DOCTYPE svg", b"<!--")) and b"<svg" in data[:4096]


def _svg_without_text(data: bytes) -> bytes:
    from lxml import etree

    # (an Illustrator export defines its styles as entities in the document type: they are put in place, so that
    # the drawing written without its document type is still valid; nothing is fetched)
    parser = etree.XMLParser(resolve_entities=b"<!ENTITY" in data[:65536], no_network=True, load_dtd=False,
                             remove_comments=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return data  # not read, not changed: the guard of the written file reads it as it is
    changed = False
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        if local in SVG_DROPPED and element.getparent() is not None:
            element.getparent().remove(element)
            changed = True
            continue
        if local not in SVG_KEPT_TEXT and (element.text or "").strip():
            element.text, changed = None, True
        if (element.tail or "").strip():
            element.tail, changed = None, True
        for name in list(element.attrib):
            local_name = etree.QName(name).localname
            if name.startswith(tuple("{" + namespace for namespace in SVG_EDITOR_NAMESPACES)) \
                    or local_name in SVG_TEXT_ATTRIBUTES or local_name.startswith("data-"):
                del element.attrib[name]
                changed = True
    if not changed:
        return data
    return etree.tostring(root, xml_declaration=data.lstrip()[:5] == b"<?xml", encoding="utf-8")
