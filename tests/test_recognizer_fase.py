import pytest
from anonymizer.recognizers.be.fase import FaseRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return FaseRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("école (FASE 1523)", ["1523"]),
    ("n° FASE : 95123", ["95123"]),
    ("FASE établissement 2110, implantation 2112", ["2110", "2112"]),  # the implantation's number too
    ("Basisschool De Wegwijzer, Genk – instellingsnummer 128561", ["128561"]),  # a Flemish school's number
    ("Instellingsnr. : 047001", ["047001"]),
    # negative cases
    ("classe de 24 élèves", []),
    ("phase 2 du projet", []),
])
def test_fase(recognizer, text, expected):
    assert found(recognizer, text) == expected
