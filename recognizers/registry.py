"""Which recognisers run: configuration, not code.

Adding a recogniser = its own file, one line in ``RECOGNIZERS``, one test file.
"""

from __future__ import annotations

from importlib import import_module

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from recognizers.base import LANGUAGE

# "module:Class" of every recogniser that runs by default.
RECOGNIZERS: tuple[str, ...] = (
    "recognizers.be.niss:BeNissRecognizer",
    "recognizers.be.iban:SepaIbanRecognizer",
    "recognizers.be.bce:BeBceRecognizer",
    "recognizers.be.eid:BeEidRecognizer",
    "recognizers.be.phone:BePhoneRecognizer",
    "recognizers.be.plate:BePlateRecognizer",
    "recognizers.be.fase:FaseRecognizer",
    "recognizers.be.case_ref:CaseRefRecognizer",
    "recognizers.be.address:BeAddressRecognizer",
    "recognizers.generic.email:FrEmailRecognizer",
    "recognizers.generic.url:FrUrlRecognizer",
    "recognizers.generic.social:SocialHandleRecognizer",
    "recognizers.generic.date_fr:FrenchDateRecognizer",
    "recognizers.ner_fr:FrenchNerRecognizer",
    "recognizers.names.person:BePersonRecognizer",
    "recognizers.names.location:BePlaceRecognizer",
    "recognizers.names.street:StreetNameRecognizer",
    "recognizers.names.school:SchoolRecognizer",
    "recognizers.names.organization:OrganizationRecognizer",
    "recognizers.names.organization_list:KnownOrganizationRecognizer",
    "recognizers.names.organization_capitalised:CapitalisedOrganizationRecognizer",
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
