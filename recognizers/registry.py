"""Which recognisers run: configuration, not code.

Adding a recogniser = its own file, one line in ``RECOGNIZERS``, one test file.
"""

from __future__ import annotations

from importlib import import_module

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from anonymizer.entity_types import TABLE, UnknownEntityType
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
    "recognizers.be.inami:InamiRecognizer",
    "recognizers.be.mutuality:MutualityRecognizer",
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


def check_types(recognizer: EntityRecognizer) -> None:
    """Every type a recogniser emits must be a row of the table of types (anonymizer.entity_types):
    a type missing there would be dropped silently while the recogniser's own test passes."""
    for name in recognizer.supported_entities:
        if name not in TABLE:
            raise UnknownEntityType(name, recognizer.name)


def build_registry(paths: tuple[str, ...] = RECOGNIZERS, extra: tuple[EntityRecognizer, ...] = ()
                   ) -> RecognizerRegistry:
    """A French-only registry holding exactly our recognisers (none of Presidio's English defaults),
    plus a library user's ``extra`` ones; refused when one emits a type missing from the table."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in [*(load_recognizer(path) for path in paths), *extra]:
        check_types(recognizer)
        registry.add_recognizer(recognizer)
    return registry
