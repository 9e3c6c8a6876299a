"""spaCy NER (fr_core_news_md) as a Presidio recogniser: PER, LOC, ORG -> PERSON, LOCATION, ORGANIZATION.

Presidio's ``SpacyRecognizer`` reads the entities already computed by the NLP engine (no second
parse); we only set the language and the entity list.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from recognizers.base import LANGUAGE


class FrenchNerRecognizer(SpacyRecognizer):
    ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION"]

    def __init__(self) -> None:
        super().__init__(supported_language=LANGUAGE, supported_entities=self.ENTITIES)
