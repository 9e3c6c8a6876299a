"""Rendering stage: replace resolved spans in the text.

Styles: ``tag`` gives ``[PERSONNE_1]``, numbered per distinct entity and per type, so the same
person keeps the same number everywhere in the document, and in every document of the case when the
numbering is shared (the case key keeps it); ``pseudo`` gives realistic surrogates
(:mod:`anonymizer.pseudonymize`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from anonymizer.entity_types import tag_of
from anonymizer.link import case_entity_keys
from anonymizer.spans import Span
from anonymizer.text import replace_ranges

STYLES = ("tag", "pseudo")


def tag_replacements(documents: Sequence[Sequence[Span]], numbering: dict[str, int] | None = None,
                     texts: Sequence[str] | None = None) -> list[dict[Span, str]]:
    """Numbered tags for the spans of each document of a case, one number per entity and type across
    all of them. ``numbering`` ("TYPE|canonical" -> number, kept in the case key) is extended in place,
    so that the case's next documents go on with the same numbers. ``texts``: the documents' texts (a
    title before a surname tells which relative it names)."""
    numbering = {} if numbering is None else numbering
    prior = [entry.split("|", 1)[1] for entry in numbering if entry.startswith("PERSON|")]
    counters: dict[str, int] = {}
    for entry, number in numbering.items():
        entity_type = entry.split("|", 1)[0]
        counters[entity_type] = max(counters.get(entity_type, 0), number)
    out = []
    for spans, keys in zip(documents, case_entity_keys(documents, prior, texts), strict=True):
        replacements = {}
        for span in sorted(spans):
            entity_type, canonical = keys[span]
            entry = f"{entity_type}|{canonical}"
            if entry not in numbering:
                counters[entity_type] = counters.get(entity_type, 0) + 1
                numbering[entry] = counters[entity_type]
            replacements[span] = f"[{tag_of(entity_type)}_{numbering[entry]}]"
        out.append(replacements)
    return out


def _tags(text: str, spans: list[Span], key=None) -> dict[Span, str]:
    return tag_replacements([spans], key.tags if key is not None else None, [text])[0]


RENDERERS: dict[str, Callable[..., dict[Span, str]]] = {"tag": _tags}


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
        replacements = RENDERERS[style](text, spans, key)
    else:
        raise ValueError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")
    return applied(text, replacements, key), replacements


def applied(text: str, replacements: dict[Span, str], key=None) -> str:
    """``text`` with its replacements, recorded in ``key`` (when one is given) so that it can be undone."""
    output = apply(text, replacements)
    if key is not None:
        key.record(output, replacements)
    return output
