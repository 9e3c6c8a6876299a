"""Which mentions are the same entity: "Kevin Dupont", "Kevin", "DUPONT" and "M. Dupont" are one person.

Used by the rendering stage for numbered tags (and by pseudonymisation): the key of a mention is its
folded text; a PERSON mention whose words are all words of a longer PERSON mention joins it (the
first such longer mention of the case when several fit, e.g. a surname shared by a family). Over a
case, the full names of all its documents (and those already numbered in the case key) are the
candidates, so that "Kevin" alone in a later document is the Kevin Dupont of an earlier one. A kunya
("Abou Karim", "Oum Karim": the father, the mother of Karim) is never the fuller form of the child's name.

A number is the same whatever its separators ("0479 12 44 80", "0479/12.44.80", "+32 479 12 44 80"), and a
date whatever its writing ("17 octobre 2024", "17/10/2024", and "17/10" when the case holds that day and
month in one year only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from anonymizer import dates, vocabulary
from anonymizer.spans import Span
from anonymizer.text import fold, words

Key = tuple[str, str]  # (entity type, canonical folded text)
# identifiers compared by their letters and digits alone
NUMBER_TYPES = frozenset({"PHONE", "NISS", "IBAN", "BCE", "ID_CARD", "CASE_REF", "INAMI", "MUTUALITY", "FASE",
                          "PLATE"})
# "father of", "mother of": a name made of one of these and a first name is a parent's, not the child's
KUNYA = vocabulary.kunyas()
NO_YEAR = 1  # a parsed date's year when the text gave none (dates.parse needs one; it is never a real year)


def number_key(text: str) -> str:
    """"0479 12 44 80", "0479/12.44.80" and "+32 479 12 44 80" -> "0479124480"."""
    compact = re.sub(r"[\W_]", "", text).upper()
    return "0" + compact[2:] if compact.startswith("32") and len(compact) in (10, 11) and "+" in text else compact


def _date_keys(documents: Sequence[Sequence[Span]]) -> dict[Span, str]:
    """A date's key: day, month and year ("2024-10-17"); a date written without its year takes the year of
    the case's dates of the same day and month when they all have one year, else stays "--10-17"."""
    parsed = {}
    for spans in documents:
        for span in spans:
            if span.entity_type == "DATE":
                written = dates.parse(span.text, NO_YEAR)
                if written is not None:
                    parsed[span] = written
    years: dict[tuple[int, int], set[int]] = {}
    for written in parsed.values():
        if written.has_year:
            years.setdefault((written.value.month, written.value.day), set()).add(written.value.year)
    keys = {}
    for span, written in parsed.items():
        value: date = written.value
        known = years.get((value.month, value.day), set())
        year = value.year if written.has_year else (next(iter(known)) if len(known) == 1 else None)
        keys[span] = f"{year:04d}-{value.month:02d}-{value.day:02d}" if year else f"--{value.month:02d}-{value.day:02d}"
    return keys


@lru_cache(maxsize=65536)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(text) if len(w) > 1)


def case_entity_keys(documents: Sequence[Sequence[Span]], prior: Iterable[str] = ()) -> list[dict[Span, Key]]:
    """(entity_type, canonical folded text) for every span of the documents of a case, each document's spans
    keyed in its own dict.

    ``prior``: folded full names already known to the case (from its key), candidates before any of
    these documents' names."""
    # each distinct full name ordered by its last mention: (document, position); prior names first
    last_seen: dict[str, tuple[int, int, int]] = {}
    for order, name in enumerate(prior):
        last_seen.setdefault(name, (-1, order, len(_word_set(name))))
    for index, spans in enumerate(documents):
        for span in spans:
            if span.entity_type == "PERSON":
                folded = fold(span.text)
                if last_seen.get(folded, (-2,))[0] != -1:
                    last_seen[folded] = (index, span.start, len(_word_set(span.text)))
    # longest first: a full name is the canonical form of its parts
    full_names = sorted(last_seen, key=lambda name: (-last_seen[name][2], last_seen[name][:2]))
    containing: dict[str, list[tuple[frozenset[str], str]]] = {}  # word -> full names holding it, in order
    for name in full_names:
        name_words = _word_set(name)
        for word in name_words:
            containing.setdefault(word, []).append((name_words, name))
    date_keys = _date_keys(documents)
    keyed = []
    for spans in documents:
        keys: dict[Span, Key] = {}
        for span in spans:
            canonical = fold(span.text)
            if span.entity_type in NUMBER_TYPES:
                canonical = number_key(span.text) or canonical
            elif span in date_keys:
                canonical = date_keys[span]
            elif span.entity_type == "PERSON":
                mention = _word_set(span.text)
                if mention:
                    candidates = containing.get(next(iter(sorted(mention))), [])
                    # "Abou Karim" (the father of Karim) is no fuller form of "Karim": a kunya names the parent
                    canonical = next((name for name_words, name in candidates
                                      if mention <= name_words and not (name_words & KUNYA) - mention), canonical)
            keys[span] = (span.entity_type, canonical)
        keyed.append(keys)
    return keyed
