"""The written file read back, every part of it, for the leak guard.

The guard of the text (:func:`anonymizer.case.guard`) checks what the stages rendered; this one checks the
bytes that were written, as any program could read them: every member of a .docx or .odt (all XML text,
every attribute value, the text metadata of pictures, the readable strings of other binaries, nested
packages opened in turn), every header and part of an e-mail (HTML as its text and attribute values),
the text of a plain file, and the file's name. It reports where a removed form remains (type, part,
line), never the form itself, so that the message can be shown and logged.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email import message_from_bytes, policy
from functools import lru_cache
from pathlib import Path

from anonymizer.entity_types import UnknownEntityType, entity_type
from anonymizer.formats import images, limits
from anonymizer.formats.eml_format import header_text, part_text
from anonymizer.leaks import find_leaks, identifying_tokens
from anonymizer.reader import InputError
from anonymizer.text import composed, fold_aligned

# attributes people read, whose digits count (alternative text, titles, tooltips, link targets, field
# instructions, user field values); other attributes are checked for words only, and machine values (ids,
# sizes, colours, hashes) not at all
READABLE_ATTRIBUTES = {"descr", "title", "alt", "tooltip", "instr", "href", "Target", "string-value", "value",
                       "content", "name", "val", "alias", "tag", "string", "current-value", "label"}
# one token of digits, a hexadecimal id, a GUID, a colour: no person's anything ("0496 12 34 56" has spaces
# and is checked)
MACHINE_VALUE = re.compile(r"[\d.,%+-]*|[0-9A-Fa-f{}-]+|#?[0-9A-Fa-f]{6}")
PRINTABLE = re.compile(rb"[\x20-\x7e\xc0-\xff]{6,}")
PRINTABLE_UTF16 = re.compile(rb"(?:[\x20-\x7e\xc0-\xff]\x00){6,}")
MAX_DEPTH = 3  # packages inside packages
COMMON_ZIPF = 3.0  # a word seen at least once per million words of English or French
# style names ("P110", "Heading_20_1") are machinery, checked as technical values
STYLE_NAMESPACES = frozenset({"urn:oasis:names:tc:opendocument:xmlns:style:1.0"})
# parts made of a word processor's machinery (styles, settings, fonts, themes, numbering): their attribute
# values are names of styles and options, capitalised by convention ("Intense Reference", "Light Shading")
MACHINE_PARTS = re.compile(r"(^|/)(styles|stylesWithEffects|settings|fontTable|webSettings|numbering|theme\d*)"
                           r"\.xml$")


@dataclass(frozen=True)
class Part:
    """A readable part of a written file: where it is, its text, and whether its digits count."""

    where: str
    text: str
    digits: bool = True


def parts(path: Path, suffix: str | None = None) -> list[Part]:
    """The readable parts of the file ``path``, read as a file of ``suffix`` (default: its own)."""
    data = path.read_bytes()
    suffix = (suffix or path.suffix).lower()
    if data.startswith(b"PK\x03\x04"):
        return list(_package(data, "", 0))
    if suffix == ".eml":
        return list(_email(data))
    return [Part("texte", _decode_text(data))]


def problems(path: Path, removed: Sequence[tuple[str, str]], shown_name: str | None = None) -> list[str]:
    """Where a removed (surface, type) is still readable in the written file ``path`` (whose final path below
    the output folder is ``shown_name``: its folders' names are checked too): one French line per type and
    part, naming the place, never the form."""
    found: list[str] = []
    removed = list(set(removed))
    if not removed:
        return found
    shown = Path(shown_name or path.name)
    names = [Part("nom du fichier", shown.stem)] + [Part("nom de dossier", folder) for folder in shown.parts[:-1]]
    readable = parts(path, shown.suffix) + names
    wanted = _wanted(removed)
    for part in readable:
        if not (wanted & _present(part.text, part.digits)):
            continue  # none of the removed words or numbers is in it at all (the common case, found fast)
        text = part.text if part.digits else re.sub(r"\d", " ", part.text)
        for kind in sorted({t for _s, t in removed}):
            tokens = find_leaks(text, [(s, t) for s, t in removed if t == kind], strict=False)
            if tokens:
                found.append(f"{_label(kind)} encore présent(e) : {part.where}{_line(text, tokens)}")
    return found


def _wanted(removed: Sequence[tuple[str, str]]) -> frozenset[str]:
    """Every word and number the leak check could find for these removed forms (a superset of its hits)."""
    wanted: set[str] = set()
    for surface, kind in removed:
        words, digits = identifying_tokens(surface, kind)
        wanted |= words | digits | {re.sub(r"\D", "", surface)}
    return frozenset(wanted)


@lru_cache(maxsize=512)
def _present(text: str, digits: bool) -> frozenset[str]:
    """The folded words and the digit runs (separators dropped) of a part's text. Cached: the parts a word
    processor writes the same into every file (styles, theme, fonts) are read once per run."""
    words = set(re.findall(r"[^\W\d_]+", fold_aligned(composed(text))))
    if digits:
        words |= {re.sub(r"\D", "", run) for run in re.findall(r"\d(?:[\s./-]?\d)*", text)}
    return frozenset(words)


def _label(kind: str) -> str:
    try:
        return entity_type(kind).label
    except UnknownEntityType:
        return kind


def _line(text: str, tokens: list[str]) -> str:
    text = composed(text)
    folded = fold_aligned(text)
    positions = [m.start() for token in tokens for m in [re.search(rf"(?<!\w){re.escape(token)}(?!\w)", folded)] if m]
    if not positions:
        return ""
    return f", ligne {text.count(chr(10), 0, min(positions)) + 1}"


# -- packages (.docx, .odt, and the packages embedded in them) --------------------------------------------------
def _package(data: bytes, prefix: str, depth: int) -> Iterator[Part]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        yield from _binary(data, prefix.rstrip("/") or "fichier")
        return
    with archive:
        problem = limits.package_problem(archive.infolist())
        if problem:  # (an object a Word file embeds is checked like the file: "a 560 KB package, 150 MB of XML")
            raise InputError(f"{('objet intégré ' + prefix.rstrip('/')) if prefix else 'fichier'} : {problem}")
        for info in archive.infolist():
            if info.is_dir():
                continue
            name, member = prefix + info.filename, archive.read(info)
            if member.startswith(b"PK\x03\x04") and depth < MAX_DEPTH:
                yield from _package(member, name + "/", depth + 1)
            elif member.lstrip()[:1] == b"<" or info.filename.endswith((".xml", ".rels")):
                yield from _xml_parts(member, name)
            elif images.metadata(member) or member.startswith((images.JPEG, images.PNG)):
                yield Part(f"{name} (métadonnées de l'image)", images.metadata_text(member))
            elif info.filename == "mimetype":
                continue
            else:
                yield from _binary(member, name)


@lru_cache(maxsize=256)
def _xml_parts(data: bytes, where: str) -> tuple[Part, ...]:
    """:func:`_xml`, once per distinct part of a run (a template's styles are the same in every file)."""
    return tuple(_xml(data, where))


def _xml(data: bytes, where: str) -> Iterator[Part]:
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        yield Part(where, data.decode("utf-8", "replace"))
        return
    statistics = where.endswith(("docProps/app.xml", "meta.xml"))  # page, word and character counts
    machine = MACHINE_PARTS.search(where) is not None
    texts, readable, other = [], [], []
    for element in root.iter():
        if element.text and element.text.strip():
            numeric = statistics and MACHINE_VALUE.fullmatch(element.text.strip())
            if not numeric:
                texts.append(element.text)
        if element.tail and element.tail.strip():
            texts.append(element.tail)
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if MACHINE_VALUE.fullmatch(value.strip()):
                continue
            qname = etree.QName(name)
            readable_name = (qname.localname in READABLE_ATTRIBUTES and not machine
                             and qname.namespace not in STYLE_NAMESPACES)
            (readable if readable_name else other).append(value)
    yield Part(where, "\n".join(texts))
    yield Part(f"{where} (attributs)", "\n".join(readable))
    yield Part(f"{where} (attributs techniques)", _without_common_words("\n".join(other)), digits=False)


def _without_common_words(text: str) -> str:
    """A machine value's words that are common English or French words ("Intense Reference", "clean",
    "Vert") say nothing of a person and go; a first name or a surname ("Julie", "Dumoulin", even when common)
    and a rare word stay to be checked."""
    return re.sub(r"[^\W\d_]+", lambda m: " " * len(m.group()) if _common(m.group()) else m.group(), text)


@lru_cache(maxsize=65536)
def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    from anonymizer.recognizers.lookup import in_first_names, in_surnames

    lower = word.lower()
    if in_first_names(word) or in_surnames(word):
        return False
    return max(zipf_frequency(lower, "en"), zipf_frequency(lower, "fr")) >= COMMON_ZIPF


def _binary(data: bytes, where: str) -> Iterator[Part]:
    """The readable strings of a binary (like ``strings``, in 8-bit and UTF-16 text): an embedded object's
    preview draws its text as strings. Words only: random bytes make digits."""
    strings = [m.group().decode("latin-1") for m in PRINTABLE.finditer(data)]
    strings += [m.group().decode("utf-16-le", "ignore") for m in PRINTABLE_UTF16.finditer(data)]
    yield Part(f"{where} (chaînes lisibles)", "\n".join(strings), digits=False)


# -- e-mail ------------------------------------------------------------------------------------------------
def _email(data: bytes) -> Iterator[Part]:
    message = message_from_bytes(data, policy=policy.compat32)
    for index, part in enumerate(message.walk()):
        where = "en-têtes" if index == 0 else f"partie {index} (en-têtes)"
        yield Part(where, "\n".join(f"{name}: {header_text(value)}" for name, value in part.items()))
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        where = f"partie {index} ({part.get_content_type()})"
        if part.get_content_maintype() == "text":
            text = part_text(part)
            if part.get_content_subtype() == "html":
                yield from _html(text, where)
            else:
                yield Part(where, text)
        elif payload.startswith(b"PK\x03\x04"):
            yield from _package(payload, where + "/", 1)
        else:
            yield from _binary(payload, where)


def _html(text: str, where: str) -> Iterator[Part]:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        yield Part(where, text)
        return
    for style in root.iter("style"):  # CSS: "font-size:11.0pt" is no number of anyone's
        style.text = ""
    texts = [t for t in root.itertext() if t.strip()]
    texts += [node.text or "" for node in root.iter(etree.Comment)]
    attributes = [value for element in root.iter() if isinstance(element.tag, str)
                  for name, value in element.attrib.items()
                  if name.lower() not in ("style", "class") and not MACHINE_VALUE.fullmatch(value.strip())]
    yield Part(where, "\n".join(texts))
    yield Part(f"{where} (attributs)", "\n".join(attributes))


def _decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8-sig", "replace")

