"""The library entry point: ``Anonymizer`` runs detect -> resolve -> render on a text.

    >>> from anonymizer import Anonymizer
    >>> result = Anonymizer().anonymize("Kevin habite rue des Lilas 4 à Wavre.")
    >>> result.text   # doctest: +SKIP
    '[PERSONNE_1] habite [ADRESSE_1] à [LIEU_1].'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from anonymizer import detect
from anonymizer.keeplist import KeepPolicy
from anonymizer.leaks import find_leaks
from anonymizer.propagate import merge_forms, propagate, surface_forms
from anonymizer.render import render
from anonymizer.resolve import resolve
from anonymizer.spans import ENTITY_TYPES, Span
from anonymizer.text import fold


@dataclass(frozen=True)
class AnonymizationResult:
    """What ``Anonymizer.anonymize`` returns."""

    text: str
    spans: list[Span]
    replacements: dict[Span, str] = field(default_factory=dict)
    leaks: list[str] = field(default_factory=list)


class Anonymizer:
    """Detect and replace identifying spans in French text (Belgian social-work narratives).

    ``allow``: terms never removed (added to the keep-list); ``deny``: terms always removed.
    The spaCy model and Presidio engine are loaded once per process, on first use.
    """

    def __init__(self, allow: Iterable[str] = (), deny: Iterable[str] = ()) -> None:
        self.policy = KeepPolicy(allow=frozenset(fold(t) for t in allow))
        # deny-list entries are "term" (removed as PERSON) or "term|TYPE"
        self.denied: dict[str, tuple[str, bool]] = {}
        for entry in deny:
            term, _, entity_type = entry.partition("|")
            entity_type = entity_type.strip().upper() or "PERSON"
            if entity_type not in ENTITY_TYPES:
                raise ValueError(f"liste d'exclusion : type inconnu {entity_type!r} pour {term!r}")
            self.denied[fold(term)] = (entity_type, True)

    def analyze(self, text: str, known: dict[str, tuple[str, bool]] | None = None) -> list[Span]:
        """Resolved, non-overlapping identifying spans of ``text``, sorted by position.

        ``known``: name forms found in other documents of the same case (see :meth:`case_forms`).
        """
        spans = resolve(text, detect.analyze(text), self.policy)
        return propagate(text, spans, self.policy, merge_forms(known, self.denied))

    def analyze_known(self, text: str, spans: list[Span], known: dict[str, tuple[str, bool]]) -> list[Span]:
        """``spans`` of ``text`` plus the occurrences of names ``known`` from other documents."""
        return propagate(text, spans, self.policy, merge_forms(known, self.denied))

    def case_forms(self, documents: Iterable[tuple[str, list[Span]]]) -> dict[str, tuple[str, bool]]:
        """Name forms of several analysed documents (text, spans), to pass as ``known``."""
        return merge_forms(*(surface_forms(spans, self.policy) for _text, spans in documents))

    def anonymize(self, text: str, style: str = "tag", known: dict[str, tuple[str, bool]] | None = None,
                  spans: list[Span] | None = None) -> AnonymizationResult:
        """Anonymised text; ``spans`` skips detection (already analysed, e.g. after review)."""
        if spans is None:
            spans = self.analyze(text, known)
        elif known:
            spans = self.analyze_known(text, spans, known)
        output, replacements = render(text, spans, style)
        leaks = find_leaks(output, (s.text for s in spans))
        return AnonymizationResult(output, spans, replacements, leaks)
