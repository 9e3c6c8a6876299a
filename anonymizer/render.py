"""Rendering stage: replace resolved spans in the text.

Styles: ``tag`` gives ``[PERSONNE_1]``, numbered per distinct entity and per type, so the same
person keeps the same number everywhere in the document; ``pseudo`` gives realistic surrogates
(:mod:`anonymizer.pseudonymize`).
"""

from __future__ import annotations

from collections.abc import Callable

from anonymizer.entity_types import tag_of
from anonymizer.link import entity_keys
from anonymizer.spans import Span
from anonymizer.text import replace_ranges

STYLES = ("tag", "pseudo")


def tag_replacements(spans: list[Span]) -> dict[Span, str]:
    keys = entity_keys(spans)
    numbers: dict[tuple[str, str], int] = {}
    counters: dict[str, int] = {}
    replacements = {}
    for span in sorted(spans):
        key = keys[span]
        if key not in numbers:
            counters[span.entity_type] = counters.get(span.entity_type, 0) + 1
            numbers[key] = counters[span.entity_type]
        replacements[span] = f"[{tag_of(span.entity_type)}_{numbers[key]}]"
    return replacements


RENDERERS: dict[str, Callable[[list[Span]], dict[Span, str]]] = {"tag": tag_replacements}


def apply(text: str, replacements: dict[Span, str]) -> str:
    """Replace non-overlapping spans."""
    return replace_ranges(text, ((span.start, span.end, new) for span, new in replacements.items()))


def render(text: str, spans: list[Span], style: str = "tag", pseudonymizer=None, key=None
           ) -> tuple[str, dict[Span, str]]:
    """Replace ``spans`` in ``text``: numbered tags, or surrogates from ``pseudonymizer``
    (:class:`anonymizer.pseudonymize.Pseudonymizer`); the rendering is recorded in ``key``
    (:class:`anonymizer.casekey.CaseKey`) when one is given, so that it can be undone."""
    if style == "pseudo":
        if pseudonymizer is None:
            raise ValueError("style 'pseudo' needs a Pseudonymizer")
        replacements = pseudonymizer.replacements(text, spans)
    elif style in RENDERERS:
        replacements = RENDERERS[style](spans)
    else:
        raise ValueError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")
    output = apply(text, replacements)
    if key is not None:
        key.record(output, replacements)
    return output, replacements
