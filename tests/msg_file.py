"""A small but real Outlook .msg for the tests: a Compound File (CFB version 3) holding MAPI property streams, written
by hand (no library writes .msg), so that the reader is tried on the container Outlook writes, not on a stand-in."""

from __future__ import annotations

import struct

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
UNICODE = 0x001F  # a property's type: a UTF-16 string


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


class Node:
    """A stream (``data``) or a storage (``children``) of the compound file."""

    def __init__(self, name: str, data: bytes | None = None, children: list[Node] | None = None) -> None:
        self.name, self.data, self.children = name, data, children
        self.id = self.start = self.size = 0
        self.right = FREE


def _sectors(size: int) -> int:
    return -(-size // SECTOR)


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % SECTOR)


def compound_file(children: list[Node]) -> bytes:
    entries: list[Node] = []

    def add(node: Node) -> None:
        node.id = len(entries)
        entries.append(node)
        for child in node.children or ():
            add(child)

    root = Node("Root Entry", None, children)
    add(root)
    mini, mini_fat, big = bytearray(), [], []
    for entry in entries:
        if entry.children is not None:
            continue
        if len(entry.data) >= CUTOFF:
            big.append(entry)
            continue
        count = -(-len(entry.data) // MINI) if entry.data else 0
        entry.start = len(mini) // MINI if entry.data else END
        mini_fat += [entry.start + i + 1 if i < count - 1 else END for i in range(count)]
        mini += entry.data + b"\0" * (count * MINI - len(entry.data))
    directory_size = -(-len(entries) // 4) * SECTOR
    mini_fat_bytes = b"".join(struct.pack("<I", x) for x in mini_fat)
    layout = [("dir", directory_size // SECTOR), ("minifat", _sectors(len(mini_fat_bytes))),
              ("mini", _sectors(len(mini)))] + [(entry, _sectors(len(entry.data))) for entry in big]
    total = sum(count for _, count in layout)
    fat_sectors = 1
    while total + fat_sectors > fat_sectors * 128:
        fat_sectors += 1
    fat, starts, at = [FAT_SECTOR] * fat_sectors, {}, fat_sectors
    for key, count in layout:
        starts[key if isinstance(key, str) else id(key)] = at if count else END
        fat += [at + i + 1 if i < count - 1 else END for i in range(count)]
        at += count
    fat += [FREE] * (fat_sectors * 128 - len(fat))
    root.start, root.size = starts["mini"], len(mini)
    for entry in big:
        entry.start = starts[id(entry)]

    def entry_bytes(entry: Node) -> bytes:
        name = _utf16(entry.name) + b"\0\0"
        kind = 5 if entry is root else 1 if entry.children is not None else 2
        child = FREE
        if entry.children:
            ordered = sorted(entry.children, key=lambda n: (len(n.name), n.name.upper()))
            for left, right in zip(ordered, ordered[1:], strict=False):
                left.right = right.id
            ordered[-1].right = FREE
            child = ordered[0].id
        if entry is root:
            start, size = entry.start, entry.size
        elif entry.children is not None:
            start, size = 0, 0
        else:
            start, size = entry.start, len(entry.data)
        return (name.ljust(64, b"\0") + struct.pack("<HBBIII", len(name), kind, 1, FREE, entry.right, child)
                + b"\0" * 36 + struct.pack("<IQ", start, size))

    directory = b"".join(entry_bytes(entry) for entry in entries)
    empty = b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, FREE, FREE, FREE) + b"\0" * 36 + struct.pack("<IQ", 0, 0)
    directory += empty * ((directory_size - len(directory)) // 128)
    header = (SIGNATURE + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, starts["dir"], 0, CUTOFF,
                            starts["minifat"] if mini_fat else END, _sectors(len(mini_fat_bytes)), END, 0))
    header += b"".join(struct.pack("<I", x) for x in list(range(fat_sectors)) + [FREE] * (109 - fat_sectors))
    out = bytearray(header) + b"".join(struct.pack("<I", x) for x in fat)
    out += _pad(directory) + _pad(mini_fat_bytes) + _pad(bytes(mini))
    for entry in big:
        out += _pad(entry.data)
    return bytes(out)


def _properties(props: list[tuple[int, int]], top: bool, recipients: int = 0) -> bytes:
    head = struct.pack("<8sIIII8s", b"\0" * 8, recipients, 0, recipients, 0, b"\0" * 8) if top else b"\0" * 8
    return head + b"".join(struct.pack("<IIQ", tag, 6, size) for tag, size in props)


def _strings(values: dict[int, str]) -> list[Node]:
    return [Node(f"__substg1.0_{pid:04X}{UNICODE:04X}", _utf16(value)) for pid, value in values.items()]


def _tags(values: dict[int, str]) -> list[tuple[int, int]]:
    return [((pid << 16) | UNICODE, len(_utf16(value)) + 2) for pid, value in values.items()]


def msg(subject: str, body: str, sender: str, sender_email: str, to_name: str, to_email: str) -> bytes:
    """An Outlook message (subject, plain body, sender, one recipient) as the bytes of a .msg file."""
    values = {0x0037: subject, 0x1000: body, 0x0C1A: sender, 0x0C1F: sender_email, 0x0E04: to_name,
              0x001A: "IPM.Note", 0x5D01: sender_email, 0x0042: sender, 0x0065: sender_email}
    top = _strings(values) + [Node("__properties_version1.0", _properties(_tags(values), True, 1))]
    recipient = {0x3001: to_name, 0x3003: to_email, 0x39FE: to_email, 0x3002: "SMTP"}
    nodes = _strings(recipient) + [Node("__properties_version1.0",
                                        _properties(_tags(recipient) + [(0x0C150003, 1)], False))]
    top.append(Node("__recip_version1.0_#00000000", None, nodes))
    top.append(Node("__nameid_version1.0", None, [Node(f"__substg1.0_000{n}0102", b"") for n in (2, 3, 4)]))
    return compound_file(top)
