"""The text as analysed, with an exact map of offsets back to the original text.

Text copied from a Mac, from a PDF or from some web pages is often *decomposed* (NFD): "é" is written "e"
followed by a combining acute accent. The French model, the recognisers' patterns (``\\w``) and the
accent-folding used to find a name again all expect *composed* text (NFC), so a decomposed "Hélène",
"Liège" or "3 février 2025" would stay in clear. Analysis therefore runs on the NFC form of the text,
and every span found there is mapped back to the original characters, which the written file keeps as
they were.

Only clusters that change are mapped: a base character below U+0300 followed by the characters of
U+0300 and above that come after it. No canonical composition has a character below U+0300 as its second
element, so normalising cluster by cluster gives the same result as normalising the whole text.

Text pasted from a PDF or read by OCR is repaired the same way, for analysis only:
- a word cut at the end of a line by a hyphen is joined again ("Dumou-\nlin" is read "Dumoulin"; before a
  capital, or when the two halves make a compound word, the hyphen stays: "Louvain-la-\nNeuve", "belle-\nmère");
- letters OCR reads for digits inside a number ("l2 septembre", "0l/09/2023", "02/854 27 O1", "41OO") and a zero
  inside a word in capitals ("B0UZIANE", "LEC0CQ", "DIALL0") or a capitalised name ("H0ste", "Mancus0", "Mouscr0n"),
  a one between small letters ("Made1eine", "Li11e"), a small l between capitals ("DlALLO"), the one of an article
  ("de 1a Madeleine"), the letters of a day and month ("lO/03") and an "rn" that makes a word or a name known when
  read "m" ("cornrnunale", "Marnadou") are read as what they stand for;
- a form's dotted leaders touching what was written in the field ("Nom : ....DIALLO.......") are read as blanks.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TypeVar

_CLUSTER = re.compile(r"[\x00-\u02ff]?[^\x00-\u02ff]+")
# a hyphen at a line's end between two letters: before a small letter the word was cut ("Dumou-|lin"), before a
# capital a compound goes on ("Louvain-la-|Neuve", "DUBOIS-|LAMBERT")
_CUT_WORD = re.compile(r"(?:(?<=[^\W\d_])|(?<=[\u0300-\u036f]))-[^\S\n]*\n[^\S\n]*(?=([^\W\d_]))")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
# OCR's letters for digits: "l", "I" for 1 and "O", "o" for 0, after a digit with no letter after them, or
# before one to four digits ("l2", "l984"; "O1234567" is a lettered code); a zero between two capitals for the
# letter O ("B0UZIANE"; "dark0vador" is a handle). A table's "|" is no digit.
_OCR_ONE = re.compile(r"(?<=\d)[lI](?![^\W\d_])|(?<![^\W\d_])[lI](?=\d{1,4}(?!\d))")
_OCR_NOUGHT = re.compile(r"(?<=\d)[Oo]{1,3}(?![^\W\d_])|(?<![^\W\d_])[Oo](?=\d{1,4}(?!\d))")  # "41OO" too
_OCR_O = re.compile(r"(?<=[A-Z])0(?=[A-Z])|(?<=[A-Z]{3})0(?![\w])")  # "LEC0CQ", "DIALL0"
# a day and a month (and a year) with letters for digits in any place, one real digit at least ("lO/O3")
# (a capital I is a Roman month's: "2.II.2015")
_OCR_DATE = re.compile(r"(?<![\w/.])[\dlOo]{1,2}[/.][\dlOo]{1,2}(?:[/.][\dlOo]{2,4})?(?![\w/])")
# a one for the l of an article between a preposition and a name ("Rue de 1a Madeleine")
_OCR_ARTICLE = re.compile(r"\b(?:de|à|dans|sur|par|pour|vers|chez) (1)(?=(?:a|e|es) [A-Z])")
# a small l between capitals for the capital I ("DlALLO")
_OCR_I = re.compile(r"(?<=[A-Z])l(?=[A-Z]{2})")
# ... and in a capitalised name, after its capital or ending it ("H0ste", "Mancus0"; "dark0vador" is a handle)
_OCR_O_NAME = re.compile(r"(?<!\w)[A-Z](?:(0)[a-z]{2,}|[a-z]{2,}(0)|[a-zà-ÿ]+(0)[a-zà-ÿ]+)(?!\w)")  # "Mouscr0n"
# a one (or two) between small letters for the letter l, in a word of letters ("Made1eine", "Li11e", "Eco1e";
# "dia11091", a handle's digits, have digits after them)
_OCR_L = re.compile(r"(?<=[^\W\d_][a-zà-ÿ])1{1,2}(?=[a-zà-ÿ]{1,}(?![\d]))|(?<=[^\W\d_])1{1,2}(?=[a-zà-ÿ]{2,}(?!\d))")
# "rn" OCR reads for "m" ("cornrnunale", "Marnadou", "rnars"): read as "m" in a word French and the name lists do
# not know when that gives one they know
_RN_WORD = re.compile(r"(?<![\w])(?:[^\W\d_]|[01](?=[^\W\d_]))*rn(?:[^\W\d_]|(?<=[^\W\d_])[01])*(?![\w])")
# a form's dotted leaders around what was written in the field ("Nom : ....DIALLO.......", "..23/08/1991..."):
# blanks for analysis, a value touching its dots is read alone
_LEADER = re.compile(r"(?<![\w.])\.{2,}(?=[\w(+])|(?<=[\w)])\.{4,}|(?<=[\w)])\.{2,3}(?=[^\S\n]{2,}|[^\S\n]*(?:\n|$))")

Change = tuple[int, int, str]  # (start, end) in the original, and what the analysis reads there


def _composed(original: str) -> list[Change]:
    if unicodedata.is_normalized("NFC", original):
        return []
    changes = []
    for match in _CLUSTER.finditer(original):
        composed = unicodedata.normalize("NFC", match.group())
        if composed != match.group():
            changes.append((match.start(), match.end(), composed))
    return changes


def _joined(original: str) -> list[Change]:
    if "-" not in original:
        return []
    from anonymizer.models.lexicon import is_word

    changes = []
    for match in _CUT_WORD.finditer(original):
        left = _WORD_BEFORE.search(original, max(0, match.start() - 40), match.start())
        right = _WORD_AFTER.match(original, match.end())
        compound = left and right and is_word(f"{left.group()}-{right.group()}".lower())
        # a compound cut after its hyphen keeps it ("ex-|mari", "belle-|mère"); a capital goes on a name
        keep = compound or not match.group(1).islower()
        changes.append((match.start(), match.end(), "-" if keep else ""))
    return changes


def _read_again(original: str) -> list[Change]:
    changes = [(m.start(), m.end(), "1") for m in _OCR_ONE.finditer(original)]
    changes += [(at, at + 1, "0") for m in _OCR_NOUGHT.finditer(original) for at in range(m.start(), m.end())]
    changes += [(m.start(), m.end(), "O" if original[m.start() - 1].isupper() else "o")
                for m in _OCR_O.finditer(original)]
    changes += [(m.start(group), m.end(group), "o") for m in _OCR_O_NAME.finditer(original)
                for group in (1, 2, 3) if m.start(group) >= 0]
    changes += [(m.start() + i, m.start() + i + 1, "1" if c == "l" else "0")
                for m in _OCR_DATE.finditer(original) if any(c.isdigit() for c in m.group())
                for i, c in enumerate(m.group()) if c in "lOo"]
    # the readings of letters, where words and names of their own may have them ("bte1a", "Furnes", "Horne"), only in
    # a text OCR has visibly read: digits read as letters or a zero in a word at least twice
    if len(changes) >= MIN_OCR_SIGNS:
        changes += [(m.start(), m.end(), "l" * len(m.group())) for m in _OCR_L.finditer(original)]
        changes += [(m.start(), m.end(), "I") for m in _OCR_I.finditer(original)]
        changes += [(m.start(1), m.end(1), "l") for m in _OCR_ARTICLE.finditer(original)]
        if "rn" in original:
            changes += _rn_for_m(original)
    changes += [(m.start(), m.end(), " " * len(m.group())) for m in _LEADER.finditer(original)]
    return changes


MIN_OCR_SIGNS = 2


def _rn_for_m(original: str) -> list[Change]:
    from anonymizer.models.lexicon import is_word
    from anonymizer.recognizers.lookup import foreign_places, in_first_names, in_surnames, places

    def known(word: str) -> bool:
        return is_word(word.lower()) or in_first_names(word.capitalize()) or in_surnames(word.capitalize())

    changes = []
    for match in _RN_WORD.finditer(original):
        word = match.group()
        read = word.replace("0", "o").replace("1", "l")
        if known(read) or read.capitalize() in places() or read.capitalize() in foreign_places():
            continue  # (a town of its own: "Furnes", "Harnes")
        at = [m.start() for m in re.finditer("rn", read)]
        for chosen in _choices(at):
            candidate = "".join("m" if i in chosen else ("" if i - 1 in chosen else c) for i, c in enumerate(read))
            if known(candidate):
                changes += [(match.start() + i, match.start() + i + 2, "m") for i in chosen]
                break
    return changes


MAX_RN = 3  # "rn" of one word tried as "m" ("cornrnunale" has two)


def _choices(at: list[int]) -> list[tuple[int, ...]]:
    """The choices of the word's first MAX_RN "rn" to read as "m", all of them first ("cornrnunale": both)."""
    from itertools import combinations

    at = at[:MAX_RN]
    return [chosen for size in range(len(at), 0, -1) for chosen in combinations(at, size)]


T = TypeVar("T")


@dataclass(frozen=True)
class Normalised:
    """``text`` is the NFC form of ``original``; ``edits`` are the clusters that changed, as
    (start in text, end in text, start in original, end in original), in order."""

    original: str
    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()

    @classmethod
    def of(cls, original: str) -> Normalised:
        changes = sorted(_composed(original) + _joined(original) + _read_again(original))
        if not changes:
            return cls(original, original)
        pieces, edits, copied, shift = [], [], 0, 0
        for start, end, replacement in changes:
            if start < copied:
                continue  # overlaps an earlier change (a decomposed letter beside a hyphen at a line's end)
            pieces += [original[copied:start], replacement]
            edits.append((start + shift, start + shift + len(replacement), start, end))
            shift += len(replacement) - (end - start)
            copied = end
        pieces.append(original[copied:])
        return cls(original, "".join(pieces), tuple(edits))

    @cached_property
    def _starts(self) -> dict[int, list[int]]:
        return {side: [edit[side] for edit in self.edits] for side in (0, 2)}

    def _map(self, offset: int, end: bool, forward: bool) -> int:
        """``offset`` in one text mapped to the other; an offset inside a changed cluster goes to the
        cluster's start (a span's start) or end (a span's end), so a span covers whole characters."""
        ours, theirs = (2, 0) if forward else (0, 2)
        i = bisect_right(self._starts[ours], offset) - 1
        if i < 0:
            return offset
        edit = self.edits[i]
        if offset < edit[ours + 1]:
            if offset == edit[ours] or not end:
                return edit[theirs]
            return edit[theirs + 1]
        return offset - edit[ours + 1] + edit[theirs + 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self._map(start, False, False), self._map(end, True, False)

    def to_normal(self, start: int, end: int) -> tuple[int, int]:
        return self._map(start, False, True), self._map(end, True, True)

    def back(self, items: list[T]) -> list[T]:
        """Spans or doubts (anything with ``start``, ``end`` and ``text``) found in ``text``, moved onto
        ``original``."""
        return [self._moved(item, self.to_original, self.original) for item in items] if self.edits else items

    def forth(self, items: list[T]) -> list[T]:
        """Spans of ``original`` moved onto ``text``."""
        return [self._moved(item, self.to_normal, self.text) for item in items] if self.edits else items

    @staticmethod
    def _moved(item, mapping, text: str):
        start, end = mapping(item.start, item.end)
        return replace(item, start=start, end=end, text=text[start:end])
