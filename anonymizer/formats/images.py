"""The text metadata of JPEG and PNG pictures (EXIF, XMP, IPTC, comments, PNG text chunks): found, to be
read by the leak guard, and removed, without re-encoding the picture.

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
    """(start, end) byte ranges of the text metadata blocks of a JPEG or PNG picture."""
    if data.startswith(JPEG):
        return _jpeg(data)
    if data.startswith(PNG):
        return _png(data)
    return []


def metadata_text(data: bytes) -> str:
    """What the metadata blocks say, as text (for the leak guard)."""
    return "\n".join(data[start:end].decode("utf-8", "ignore") for start, end in metadata(data))


def without_metadata(data: bytes) -> bytes:
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
