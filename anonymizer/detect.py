"""Detection stage: Presidio's AnalyzerEngine on the French spaCy model with our recognisers.

This module is the boundary with Presidio: ``RecognizerResult`` goes in, :class:`Span` comes out.
Long texts are analysed in paragraph chunks (offsets kept), because spaCy's cost and memory grow
with document length and its default ``max_length`` refuses texts over 1,000,000 characters.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from anonymizer.models.nlp import LANGUAGE, SPACY_MODEL, build_nlp_engine
from anonymizer.models.startup import collection_paused
from anonymizer.recognizers.registry import RECOGNIZERS, build_registry
from anonymizer.spans import ENTITY_TYPES, Span

log = logging.getLogger(__name__)

CHUNK_CHARS = 20_000
BATCH_SIZE = 32
SCORE_THRESHOLD = 0.3


class NoContextEnhancer(ContextAwareEnhancer):
    """Presidio's context boosting compares English-style context words with the lemmas of the five
    words before a span; our recognisers demand their context in the pattern itself (``\\K``), and
    validated numbers get their score from the checksum, so the boost is skipped (it cost ~5 % of
    the run)."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0, context_prefix_count=0,
                         context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


@lru_cache(maxsize=4)
def build_analyzer(recognizers: tuple[str, ...] = RECOGNIZERS, model: str = SPACY_MODEL,
                   extra: tuple[EntityRecognizer, ...] = ()) -> AnalyzerEngine:
    """The analyzer, built once per process and reused (the collector paused meanwhile: models/startup.py);
    ``extra``: a library user's own Presidio recognisers, run with ours (the spaCy engine is shared)."""
    with collection_paused():
        return AnalyzerEngine(
            nlp_engine=build_nlp_engine(model),
            registry=build_registry(recognizers, extra),
            supported_languages=[LANGUAGE],
            default_score_threshold=SCORE_THRESHOLD,
            context_aware_enhancer=NoContextEnhancer(),
        )


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split at line breaks into pieces of about ``size`` characters: (offset, piece)."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


def to_span(text: str, result: RecognizerResult, offset: int = 0) -> Span | None:
    start, end = result.start + offset, result.end + offset
    # spaCy entities may include trailing spaces or punctuation: trim them
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "._)"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end <= start or result.entity_type not in ENTITY_TYPES:
        return None
    source = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
    return Span.of(text, start, end, result.entity_type, result.score, source)


def analyze(text: str, analyzer: AnalyzerEngine | None = None) -> list[Span]:
    """Raw detections (overlapping, unresolved) over the whole text."""
    return analyze_many([text], analyzer)[0]


def analyze_many(texts: list[str], analyzer: AnalyzerEngine | None = None) -> list[list[Span]]:
    """Raw detections of each text. spaCy runs over all their chunks with ``nlp.pipe`` in batches of
    ``BATCH_SIZE`` (about 15 % faster than one call per text), then the recognisers over each chunk."""
    analyzer = analyzer or build_analyzer()
    pieces = [(i, offset, piece) for i, text in enumerate(texts) for offset, piece in chunks(text) if piece.strip()]
    spans: list[list[Span]] = [[] for _ in texts]
    artifacts = analyzer.nlp_engine.process_batch([piece for _, _, piece in pieces], LANGUAGE, batch_size=BATCH_SIZE)
    for (i, offset, piece), (_, nlp_artifacts) in zip(pieces, artifacts, strict=True):
        for result in analyzer.analyze(piece, language=LANGUAGE, entities=list(ENTITY_TYPES),
                                       nlp_artifacts=nlp_artifacts):
            span = to_span(texts[i], result, offset)
            if span is not None:
                spans[i].append(span)
    return spans
