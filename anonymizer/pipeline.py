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

    def analyze(self, text: str) -> list[Span]:
        """Resolved, non-overlapping identifying spans of ``text``, sorted by position."""
        raw = detect.analyze(text)
        return resolve(text, raw, self.policy)

    def anonymize(self, text: str, style: str = "tag") -> AnonymizationResult:
        spans = self.analyze(text)
        output, replacements = render(text, spans, style)
        leaks = find_leaks(output, (s.text for s in spans))
        return AnonymizationResult(output, spans, replacements, leaks)
