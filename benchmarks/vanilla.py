"""Vanilla Presidio, the comparison point of every benchmark: AnalyzerEngine with its predefined
recognisers loaded for French and the full fr_core_news_md pipeline (Presidio's own NLP engine
provider), offline."""

from __future__ import annotations

from types import SimpleNamespace


def vanilla_analyzer():
    import tldextract
    from anonymizer.models.nlp import LANGUAGE, nlp_configuration
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    # Presidio's e-mail recogniser would download the public-suffix list: use the bundled snapshot.
    email_recognizer.tldextract = SimpleNamespace(extract=tldextract.TLDExtract(suffix_list_urls=()))
    engine = NlpEngineProvider(nlp_configuration=nlp_configuration()).create_engine()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=engine)
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=[LANGUAGE])
