import pytest
from anonymizer.recognizers.be.inami import InamiRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return InamiRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("Dr Lemaire (INAMI 1-23456-78-901)", ["1-23456-78-901"]),
    ("kinésithérapeute, n° INAMI : 5-12345-67-890", ["5-12345-67-890"]),
    ("numéro INAMI 12345678901", ["12345678901"]),             # compact, after the word
    ("RIZIV-nummer 1 23456 78 901", ["1 23456 78 901"]),
    ("attestation signée 1-23456-78-901.", ["1-23456-78-901"]),  # the shape alone
    # negative cases
    ("appelle au 0471 23 45 67", []),
    ("NISS 85.07.30-033.28", []),
    ("l'INAMI rembourse 75 % de la séance", []),
])
def test_inami(recognizer, text, expected):
    assert found(recognizer, text) == expected
