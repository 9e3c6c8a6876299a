"""Which recognisers run: configuration, not code.

Adding a recogniser = its own file, one line in ``RECOGNIZERS``, one test file.
"""

from __future__ import annotations

from importlib import import_module

from anonymizer.recognizers.base import LANGUAGE
from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from anonymizer.entity_types import TABLE, UnknownEntityType

# "module:Class" of every recogniser that runs by default.
RECOGNIZERS: tuple[str, ...] = (
    "anonymizer.recognizers.be.niss:BeNissRecognizer",
    "anonymizer.recognizers.be.iban:SepaIbanRecognizer",
    "anonymizer.recognizers.be.bce:BeBceRecognizer",
    "anonymizer.recognizers.be.eid:BeEidRecognizer",
    "anonymizer.recognizers.be.phone:BePhoneRecognizer",
    "anonymizer.recognizers.be.phone_words:SpokenPhoneRecognizer",
    "anonymizer.recognizers.be.plate:BePlateRecognizer",
    "anonymizer.recognizers.be.fase:FaseRecognizer",
    "anonymizer.recognizers.be.case_ref:CaseRefRecognizer",
    "anonymizer.recognizers.be.inami:InamiRecognizer",
    "anonymizer.recognizers.be.mutuality:MutualityRecognizer",
    "anonymizer.recognizers.generic.codes:ReferenceCodeRecognizer",
    "anonymizer.recognizers.generic.postal_item:PostalItemRecognizer",
    "anonymizer.recognizers.be.address:BeAddressRecognizer",
    "anonymizer.recognizers.generic.email:FrEmailRecognizer",
    "anonymizer.recognizers.generic.mail_sender:MailSenderRecognizer",
    "anonymizer.recognizers.generic.url:FrUrlRecognizer",
    "anonymizer.recognizers.generic.social:SocialHandleRecognizer",
    "anonymizer.recognizers.generic.chat_speaker:ChatSpeakerRecognizer",
    "anonymizer.recognizers.generic.date_fr:FrenchDateRecognizer",
    "anonymizer.recognizers.ner_fr:FrenchNerRecognizer",
    "anonymizer.recognizers.names.person:BePersonRecognizer",
    "anonymizer.recognizers.names.spelt_name:SpeltNameRecognizer",
    "anonymizer.recognizers.names.han_name:HanNameRecognizer",
    "anonymizer.recognizers.names.location:BePlaceRecognizer",
    "anonymizer.recognizers.names.foreign_place:ForeignPlaceRecognizer",
    "anonymizer.recognizers.names.province:ProvinceRecognizer",
    "anonymizer.recognizers.names.street:StreetNameRecognizer",
    "anonymizer.recognizers.names.school:SchoolRecognizer",
    "anonymizer.recognizers.names.organization:OrganizationRecognizer",
    "anonymizer.recognizers.names.organization_list:KnownOrganizationRecognizer",
    "anonymizer.recognizers.names.organization_capitalised:CapitalisedOrganizationRecognizer",
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
