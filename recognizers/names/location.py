"""LOCATION from the Belgian commune / section / locality lists (with a postcode before it if any).

Exact written forms only (and their CAPITALS). A place name that is also a French word needs a
preposition of place before it ("à Ans", "de Mont") or spaCy's LOC on it.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from models.lexicon import is_word
from recognizers.base import LANGUAGE
from recognizers.lookup import places

MAX_TOKENS = 6
PLACE_PREPOSITIONS = frozenset({"à", "a", "de", "d'", "d’", "en", "vers", "sur", "près", "depuis", "chez", "du",
                                "quartier", "commune", "village", "gare"})


def _candidate(text: str, doc: Doc, i: int, j: int) -> str:
    return text[doc[i].idx:doc[j].idx + len(doc[j].text)]


def _is_place(text: str) -> bool:
    return text in places() or (text.isupper() and text.title() in places())


def _accept(doc: Doc, i: int, j: int, text: str) -> bool:
    if not text[0].isupper():
        return False
    if i == j and is_word(text):
        before = doc[i - 1].lower_ if i > 0 else ""
        return before in PLACE_PREPOSITIONS or doc[i].ent_type_ == "LOC"
    return True


def place_spans(doc: Doc, text: str):
    """(start, end) of the places in ``doc``; ``text`` is the string the doc was parsed from
    (``doc.text`` would rebuild it on every access)."""
    i = 0
    while i < len(doc):
        match = None
        for j in range(min(len(doc), i + MAX_TOKENS) - 1, i - 1, -1):
            candidate = _candidate(text, doc, i, j)
            if _is_place(candidate) and _accept(doc, i, j, candidate):
                match = j
                break
        if match is None:
            i += 1
            continue
        start = doc[i].idx
        if i > 0 and doc[i - 1].like_num and len(doc[i - 1].text) == 4:  # "1300 Wavre"
            start = doc[i - 1].idx
        yield start, doc[match].idx + len(doc[match].text)
        i = match + 1


class BePlaceRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["LOCATION"], supported_language=LANGUAGE, name="BePlaceRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return [RecognizerResult("LOCATION", s, e, 0.7, recognition_metadata=meta)
                for s, e in place_spans(nlp_artifacts.tokens, text)]
