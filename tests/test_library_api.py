"""The library as other tools use it: its own recognisers and types, whole documents, the case key, and an
import that never collides with an application's own modules."""

import subprocess
import sys
import textwrap

import pytest
from documents import make, text_of
from presidio_analyzer import Pattern, PatternRecognizer

import anonymizer
from anonymizer import Anonymizer, CaseKey, EntityType, InputError, PseudoOptions, register_entity_type


def test_public_names_are_importable_and_documented():
    for name in anonymizer.__all__:
        value = getattr(anonymizer, name)
        assert name == "ENTITY_TYPES" or value.__doc__, name
    assert PseudoOptions(places="generalise").places == "generalise"


@pytest.fixture
def internal_type():
    from anonymizer import entity_types

    row = register_entity_type(EntityType("DOSSIER_INTERNE", "DOSSIER", "Dossier interne", rank=12))
    yield row
    del entity_types.TABLE[row.name]
    entity_types._derived.clear()


def test_a_custom_recognizer_with_its_own_type(internal_type):
    internal = PatternRecognizer(supported_entity="DOSSIER_INTERNE", supported_language="fr",
                                 patterns=[Pattern("interne", r"\bINT-\d{4}-\d{3}\b", 0.9)])
    engine = Anonymizer(recognizers=[internal])
    result = engine.anonymize("Dossier INT-2025-017 : Kevin Dumoulin, suivi par l'AMO.")
    assert result.text == "Dossier [DOSSIER_1] : [PERSONNE_1], suivi par l'AMO."


def test_a_type_missing_from_the_table_is_refused():
    rogue = PatternRecognizer(supported_entity="PAS_DANS_LA_TABLE", supported_language="fr",
                              patterns=[Pattern("x", r"X-\d+", 0.9)])
    with pytest.raises(ValueError, match="PAS_DANS_LA_TABLE"):
        Anonymizer(recognizers=[rogue])


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".eml", ".txt"])
def test_a_whole_document_from_a_path_or_bytes(anonymizer, tmp_path, suffix):
    source = make(tmp_path / f"note{suffix}", ["Kevin Dumoulin vit à Jodoigne.", "Le SAJ suit la situation."])
    for given in (source, source.read_bytes()):
        result = anonymizer.anonymize_document(given, filename=source.name)
        assert result.filename == source.name
        saved = result.save(tmp_path / f"out-{type(given).__name__}")
        written = text_of(saved)
        assert "Kevin" not in written and "Jodoigne" not in written and "SAJ" in written


def test_bad_bytes_are_an_input_error(anonymizer):
    with pytest.raises(InputError):
        anonymizer.anonymize_document(b"PK\x03\x04 not a zip", filename="abime.docx")


def test_case_key_load_and_save(anonymizer, tmp_path):
    result = anonymizer.anonymize("Kevin Dumoulin vit à Jodoigne.", style="pseudo")
    result.key.save(tmp_path / "cas.key", "phrase de passe")
    again = CaseKey.load(tmp_path / "cas.key", "phrase de passe")
    assert again.restore(result.text) == "Kevin Dumoulin vit à Jodoigne."


def test_an_application_with_its_own_models_and_recognizers_modules(tmp_path):
    """The script's folder comes first on sys.path, as an application's (a Django project's models.py):
    the library must never import a top-level ``models`` or ``recognizers``."""
    (tmp_path / "models.py").write_text("raise ImportError('the application models.py')\n")
    (tmp_path / "recognizers.py").write_text("raise ImportError('the application recognizers.py')\n")
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent("""
        from anonymizer import Anonymizer
        print(Anonymizer().anonymize("Kevin Dumoulin vit à Wavre.").text)
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[PERSONNE_1] vit à [LIEU_1]."
