"""Which mentions are the same entity: "Kevin Dupont", "Kevin", "DUPONT" and "M. Dupont" are one person.

Used by the rendering stage for numbered tags (and by pseudonymisation): the key of a mention is its
folded text; a PERSON mention whose words are all words of a longer PERSON mention joins it (the
first such longer mention of the case when several fit, e.g. a surname shared by a family). Over a
case, the full names of all its documents (and those already numbered in the case key) are the
candidates, so that "Kevin" alone in a later document is the Kevin Dupont of an earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from anonymizer.spans import Span
from anonymizer.text import fold, words

Key = tuple[str, str]  # (entity type, canonical folded text)


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
    keyed = []
    for spans in documents:
        keys: dict[Span, Key] = {}
        for span in spans:
            canonical = fold(span.text)
            if span.entity_type == "PERSON":
                mention = _word_set(span.text)
                if mention:
                    candidates = containing.get(next(iter(sorted(mention))), [])
                    canonical = next((name for name_words, name in candidates if mention <= name_words), canonical)
            keys[span] = (span.entity_type, canonical)
        keyed.append(keys)
    return keyed
