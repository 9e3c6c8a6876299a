"""Which recognisers run: configuration, not code.

Adding a recogniser = its own file, one line in ``RECOGNIZERS``, one test file.
"""

from __future__ import annotations

from importlib import import_module

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from recognizers.base import LANGUAGE

# "module:Class" of every recogniser that runs by default.
RECOGNIZERS: tuple[str, ...] = (
    "recognizers.be.niss:NissRecognizer",
    "recognizers.be.iban:IbanRecognizer",
    "recognizers.be.bce:BceRecognizer",
    "recognizers.be.eid:EidRecognizer",
    "recognizers.be.phone:PhoneRecognizer",
    "recognizers.be.plate:PlateRecognizer",
    "recognizers.be.fase:FaseRecognizer",
    "recognizers.be.case_ref:CaseRefRecognizer",
    "recognizers.be.address:AddressRecognizer",
    "recognizers.generic.email:EmailRecognizer",
    "recognizers.generic.url:UrlRecognizer",
    "recognizers.generic.social:SocialHandleRecognizer",
    "recognizers.generic.date_fr:FrenchDateRecognizer",
    "recognizers.ner_fr:FrenchNerRecognizer",
)


def load_recognizer(path: str) -> EntityRecognizer:
    module_name, class_name = path.split(":")
    return getattr(import_module(module_name), class_name)()


def build_registry(paths: tuple[str, ...] = RECOGNIZERS) -> RecognizerRegistry:
    """A French-only registry holding exactly our recognisers (none of Presidio's English defaults)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for path in paths:
        registry.add_recognizer(load_recognizer(path))
    return registry
