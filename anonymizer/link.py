"""Which mentions are the same entity: "Kevin Dupont", "Kevin", "DUPONT" and "M. Dupont" are one person.

Used by the rendering stage for numbered tags (and by pseudonymisation): the key of a mention is its
folded text; a PERSON mention whose words are all words of a longer PERSON mention joins it (the
first such longer mention in the document when several fit, e.g. a surname shared by a family).
"""

from __future__ import annotations

from functools import lru_cache

from anonymizer.spans import Span
from anonymizer.text import fold, words


@lru_cache(maxsize=65536)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(text) if len(w) > 1)


def entity_keys(spans: list[Span]) -> dict[Span, tuple[str, str]]:
    """(entity_type, canonical folded text) for every span."""
    keys: dict[Span, tuple[str, str]] = {}
    persons = [s for s in spans if s.entity_type == "PERSON"]
    # longest first: a full name is the canonical form of its parts
    distinct = {fold(s.text): s for s in persons}
    full_names = sorted(distinct.values(), key=lambda s: (-len(_word_set(s.text)), s.start))
    containing: dict[str, list[tuple[frozenset[str], str]]] = {}  # word -> full names holding it, in order
    for full in full_names:
        words = _word_set(full.text)
        for word in words:
            containing.setdefault(word, []).append((words, fold(full.text)))
    for span in spans:
        canonical = fold(span.text)
        if span.entity_type == "PERSON":
            mention = _word_set(span.text)
            if mention:
                candidates = containing.get(next(iter(sorted(mention))), [])
                canonical = next((name for words, name in candidates if mention <= words), canonical)
        keys[span] = (span.entity_type, canonical)
    return keys
