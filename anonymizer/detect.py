"""Detection stage: Presidio's AnalyzerEngine on the French spaCy model with our recognisers.

This module is the boundary with Presidio: ``RecognizerResult`` goes in, :class:`Span` comes out.
Long texts are analysed in overlapping pieces cut at line breaks or sentence ends (offsets kept), because
spaCy's cost and memory grow with document length and its default ``max_length`` refuses texts over
1,000,000 characters.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from anonymizer.models.nlp import LANGUAGE, SPACY_MODEL, build_nlp_engine, release_tokens
from anonymizer.models.startup import collection_paused
from anonymizer.recognizers.registry import RECOGNIZERS, build_registry
from anonymizer.spans import ENTITY_TYPES, Span

log = logging.getLogger(__name__)

# who is told how far the analysis of the current texts has gone: (characters read, characters in all);
# set by the command line for a single long file (a folder shows its files instead)
PIECES_READ: ContextVar[Callable[[int, int], None] | None] = ContextVar("pieces_read", default=None)

CHUNK_CHARS = 20_000
OVERLAP = 300
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


@dataclass(frozen=True)
class Chunk:
    """A piece of a long text: ``text[start:end]``, which the analysis reads, and the part it answers
    for, ``[own_start, own_end)``: the pieces overlap by about ``OVERLAP`` characters on each side, so a
    name on a cut is read whole by the piece that owns its first character."""

    start: int
    end: int
    own_start: int
    own_end: int


_SPACE = re.compile(r"\s")


def _cut(text: str, start: int, size: int) -> int:
    """Where a piece starting at ``start`` ends: at a line break in its second half, else after a
    sentence's end, else at a space, else (one word of ``size`` characters) anywhere."""
    end = start + size
    if end >= len(text):
        return len(text)
    middle = start + size // 2
    cut = text.rfind("\n", middle, end)
    if cut != -1:
        return cut + 1
    sentence = max((text.rfind(mark, middle, end) for mark in (". ", "! ", "? ", "; ")), default=-1)
    if sentence != -1:
        return sentence + 2
    space = max(text.rfind(" ", middle, end), text.rfind("\t", middle, end))
    return space + 1 if space != -1 else end  # (a word of ``size`` characters: cut anywhere)


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[Chunk]:
    """Pieces of about ``size`` characters cut at line breaks, sentence ends or spaces, each read with
    ``OVERLAP`` characters of the pieces around it (widened to whole words)."""
    own_start = 0
    while own_start < len(text):
        own_end = _cut(text, own_start, size)
        start = own_start
        if own_start > 0:  # widened to a whole word, within twice the overlap
            start = max(0, own_start - OVERLAP)
            space = _SPACE.search(text, max(0, own_start - 2 * OVERLAP), start)
            start = space.end() if space else start
        end = own_end
        if own_end < len(text):
            space = _SPACE.search(text, min(len(text), own_end + OVERLAP), own_end + 2 * OVERLAP)
            end = space.start() if space else min(len(text), own_end + 2 * OVERLAP)
        yield Chunk(start, end, own_start, own_end)
        own_start = own_end


def to_span(text: str, result: RecognizerResult, offset: int = 0) -> Span | None:
    start, end = result.start + offset, result.end + offset
    # spaCy entities may include trailing spaces or punctuation: trim them (not the closing "+++" of a
    # structured payment reference that opens with it)
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "._)"
                               or text[end - 1] in "+*" and text[start] == text[end - 1]):
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
    # a tab separates the cells of a table pasted from a spreadsheet: read as a line break (same offsets), so
    # that no name runs from one cell into the next and a cell starts like a line
    pieces = [(i, chunk, texts[i][chunk.start:chunk.end].replace("\t", "\n"))
              for i, text in enumerate(texts) for chunk in chunks(text)]
    pieces = [(i, chunk, piece) for i, chunk, piece in pieces if piece.strip()]
    spans: list[list[Span]] = [[] for _ in texts]
    artifacts = analyzer.nlp_engine.process_batch([piece for _, _, piece in pieces], LANGUAGE, batch_size=BATCH_SIZE)
    report, total, read = PIECES_READ.get(), sum(c.own_end - c.own_start for _, c, _ in pieces), 0
    for (i, chunk, piece), (_, nlp_artifacts) in zip(pieces, artifacts, strict=True):
        if report is not None:
            read += chunk.own_end - chunk.own_start
            report(read, total)
        for result in analyzer.analyze(piece, language=LANGUAGE, entities=list(ENTITY_TYPES),
                                       nlp_artifacts=nlp_artifacts):
            span = to_span(texts[i], result, chunk.start)
            if span is not None and chunk.own_start <= span.start < chunk.own_end:
                spans[i].append(span)
        release_tokens(nlp_artifacts.tokens)
    return spans
