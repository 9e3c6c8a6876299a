"""The one table of entity types: every stage reads it, and the analyser refuses a type missing from it."""

import pytest
from anonymizer.recognizers.registry import RECOGNIZERS, build_registry, load_recognizer
from presidio_analyzer import Pattern, PatternRecognizer

from anonymizer.entity_types import TABLE, EntityType, UnknownEntityType, _derived, register


def test_every_default_recognizer_emits_table_types():
    for path in RECOGNIZERS:
        for name in load_recognizer(path).supported_entities:
            assert name in TABLE, (path, name)


def test_unknown_type_is_refused_with_a_clear_error():
    rogue = PatternRecognizer(supported_entity="DOSSIER_X", supported_language="fr",
                              patterns=[Pattern("x", r"X-\d+", 0.9)])
    with pytest.raises(UnknownEntityType, match="DOSSIER_X"):
        build_registry((), extra=(rogue,))


def test_rows_are_complete():
    for row in TABLE.values():
        assert row.tag and row.label and row.colour.startswith("#")
    assert len({row.tag for row in TABLE.values()}) == len(TABLE)


def test_register_is_idempotent_and_refuses_a_different_row():
    row = EntityType("TEST_ROW_ONLY", "TEST_ROW", "Essai", 50)
    register(row)
    register(row)
    with pytest.raises(ValueError):
        register(EntityType("TEST_ROW_ONLY", "AUTRE", "Essai", 50))
    del TABLE["TEST_ROW_ONLY"]
    _derived.clear()


@pytest.mark.parametrize("text,entity_type", [
    ("Dr Lemaire, INAMI 1-23456-78-901, a vu l'enfant.", "INAMI"),
    ("Sa mère, affiliation 128/0457391/02, a déposé la demande.", "MUTUALITY"),
])
def test_new_types_through_the_whole_pipeline(anonymizer, text, entity_type):
    spans = anonymizer.analyze(text)
    assert entity_type in {s.entity_type for s in spans}
    tag = TABLE[entity_type].tag
    assert f"[{tag}_1]" in anonymizer.anonymize(text).text
