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
from anonymizer.propagate import propagate, surface_forms
from anonymizer.render import render
from anonymizer.resolve import resolve
from anonymizer.spans import Span


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
        from anonymizer.text import fold

        self.policy = KeepPolicy(allow=frozenset(fold(t) for t in allow), deny=tuple(deny))

    def analyze(self, text: str, known: dict[str, tuple[str, bool]] | None = None) -> list[Span]:
        """Resolved, non-overlapping identifying spans of ``text``, sorted by position.

        ``known``: name forms found in other documents of the same case (see :meth:`case_forms`).
        """
        spans = resolve(text, detect.analyze(text), self.policy)
        return propagate(text, spans, self.policy, known)

    def case_forms(self, documents: Iterable[tuple[str, list[Span]]]) -> dict[str, tuple[str, bool]]:
        """Name forms of several analysed documents (text, spans), to pass as ``known``."""
        forms: dict[str, tuple[str, bool]] = {}
        for _text, spans in documents:
            forms.update(surface_forms(spans, self.policy))
        return forms

    def anonymize(self, text: str, style: str = "tag", known: dict[str, tuple[str, bool]] | None = None,
                  spans: list[Span] | None = None) -> AnonymizationResult:
        """Anonymised text; ``spans`` skips detection (already analysed, e.g. after review)."""
        if spans is None:
            spans = self.analyze(text, known)
        elif known:
            spans = propagate(text, spans, self.policy, known)
        output, replacements = render(text, spans, style)
        leaks = find_leaks(output, (s.text for s in spans))
        return AnonymizationResult(output, spans, replacements, leaks)
