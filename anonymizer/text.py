"""Small text helpers shared by the stages: accent/case folding and word splitting."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from unidecode import unidecode

from anonymizer.normal import Normalised

WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# what opens a sentence, a line or a list item before a word: its start, a stop, a colon, a bullet, a dash, then
# spaces, quotes or a bracket (searched up to the word)
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;•\n–-])[\s«\"(]*$")


# the characters of an emoji (pictographs, symbols, their variation selector and joiner): "🦋", "❤️", "🤦‍♀️"
EMOJI_CHARS = "\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D"


def opens_sentence_or_cell(text: str, at: int, cells: tuple[str, ...] = ("|", "\t")) -> bool:
    """Whether ``at`` starts a sentence, a line or a table's cell ("| Poids |", "\tTaille"; ``cells``: the
    separators of cells that count)."""
    before = text[max(0, at - 4):at]
    return at == 0 or "\n" in before or SENTENCE_OPENING.search(before) is not None \
        or before.rstrip(" ").endswith(cells)


def in_order(letters: Iterable[str], sequence: Iterable[str]) -> bool:
    """Each of ``letters`` found in ``sequence``, in that order, others between them ("MTA" in "MUTABAZI")."""
    rest = iter(sequence)
    return all(letter in rest for letter in letters)


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
    return _composed_short(text) if len(text) <= SHORT else Normalised.of(text).text


SHORT = 256  # a span's surface: read again each time it is compared (a run compares thousands, many times)


@lru_cache(maxsize=65536)
def _composed_short(text: str) -> str:
    return Normalised.of(text).text


def words(text: str) -> list[str]:
    """Word tokens, keeping inner hyphens and apostrophes ("Marie-Hélène", "d'Ath")."""
    return WORD_RE.findall(composed(text))


WORD_BEFORE_REACH = 12  # characters before a name within which its title is written ("Madame", "Dr.")


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` (within a title's reach), folded; "" when none."""
    before = text[max(0, start - WORD_BEFORE_REACH):start].split()
    return fold(before[-1]) if before else ""


def doubled_syllable(word: str) -> bool:
    """Four letters, a syllable said twice, as families make a pet name ("jojo", "keke", "dodo")."""
    return len(word) == 4 and word[:2] == word[2:]


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


def longest_first(forms: Iterable[str]) -> str:
    """A regex alternation of ``forms`` that, at each position, tries the longest form first and shorter
    ones on backtracking (like the alternation sorted longest first), factored by common prefixes: Python's
    ``re`` tries an alternation's branches one by one at every position, so thousands of names sorted by
    length cost thousands of tries per character, the prefix tree a few."""
    forms = list(forms)
    pattern = _prefix_tree(forms)
    try:  # Python's regex compiler recurses on nested groups: a long chain of prefixes ("a", "aa", "aaa"...)
        re.compile(pattern)
    except (RecursionError, re.error):
        return _flat_alternation(forms)
    return pattern


def compile_longest_first(forms: Iterable[str], before: str = "", after: str = "") -> re.Pattern[str]:
    """``before``, the alternation of :func:`longest_first` in a group, then ``after``, compiled once (a page's
    forms are thousands: compiling the alternation alone first, to learn whether it compiles, cost as much again)."""
    forms = list(forms)
    try:
        return re.compile(before + "(?:" + _prefix_tree(forms) + ")" + after)
    except (RecursionError, re.error):
        return re.compile(before + "(?:" + _flat_alternation(forms) + ")" + after)


def _flat_alternation(forms: list[str]) -> str:
    """The forms one by one, longest first (what a prefix tree too deep for ``re`` falls back to)."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _prefix_tree(forms: list[str]) -> str:
    """The forms factored by common prefixes, each node's longer forms before its end (see longest_first)."""
    tree: dict = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    if not tree:
        return "(?!)"
    # built from the leaves up (iteratively: a long form would go deeper than Python's recursion limit)
    built: dict[int, str] = {}
    stack = [(tree, False)]
    while stack:
        node, ready = stack.pop()
        if not ready:
            stack.append((node, True))
            stack.extend((child, False) for char, child in node.items() if char)
            continue
        branches = [re.escape(char) + built[id(child)] for char, child in sorted(node.items()) if char]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""
        built[id(node)] = f"(?:{body})?" if "" in node and body else body
    return built[id(tree)]

