"""Small text helpers shared by the stages: accent/case folding and word splitting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from unidecode import unidecode

from anonymizer.normal import Normalised

WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Élodie  DUPONT" -> "elodie dupont"."""
    return re.sub(r"\s+", " ", unidecode(text).lower()).strip()


def composed(text: str) -> str:
    """``text`` as the analysis reads it (:mod:`anonymizer.normal`): in NFC, a decomposed "é" (e + combining
    accent, as copied from a Mac or a PDF) is one character again, so that ``\\w`` patterns read it as part
    of the word; a word cut by a hyphen at a line's end is whole again and OCR's letters in numbers are
    digits ("Gode-\\nfroid" is "Godefroid", "B0UZIANE" is "BOUZIANE"). What a span removed is compared, keyed
    and looked for in this reading, in the text, the written file and its name alike."""
    return Normalised.of(text).text


def words(text: str) -> list[str]:
    """Word tokens, keeping inner hyphens and apostrophes ("Marie-Hélène", "d'Ath")."""
    return WORD_RE.findall(composed(text))


def name_parts(text: str) -> list[str]:
    """Parts of a name split on spaces and hyphens: "Marie-Hélène Van der Linden" ->
    ["Marie-Hélène", "Marie", "Hélène", "Van", "der", "Linden"]."""
    parts: list[str] = []
    for word in re.findall(r"[^\W_]+(?:-[^\W_]+)*", composed(text)):
        parts.append(word)
        if "-" in word:
            parts.extend(word.split("-"))
    return parts


class _FoldTable(dict):
    """str.translate table filled on first use: one folded character per character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        ascii_form = unidecode(char)
        if len(ascii_form) == 1:
            value = ascii_form.lower()
        else:
            lower = char.lower()
            value = lower if len(lower) == 1 else char
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold_aligned(text: str) -> str:
    """Like :func:`fold` but one output character per input character, so offsets stay valid
    ("Élodie" -> "elodie"; a character whose transliteration is longer is only lower-cased)."""
    return text.translate(_FOLD_TABLE)


def replace_ranges(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each non-overlapping (start, end, new) range replaced: one pass left to right and
    one join (slicing the whole text again at every edit would be quadratic in a long document)."""
    pieces: list[str] = []
    position = 0
    for start, end, new in sorted(edits):
        pieces += [text[position:start], new]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
