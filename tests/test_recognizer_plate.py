import pytest
from anonymizer.recognizers.be.plate import BePlateRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return BePlateRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("plaque 1-ABC-123", ["1-ABC-123"]),
    ("une Golf 2-HZT-407 garée devant", ["2-HZT-407"]),
    ("voiture immatriculée ABC-123", ["ABC-123"]),
    # negative cases
    ("code ABC-123 du formulaire", []),       # old format without a vehicle word
    ("réunion 1-2-3", []),
])
def test_plate(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kennzeichen AC-MP 2318", ["AC-MP 2318"]),
    ("la voiture immatriculée en France AB-123-CD", ["AB-123-CD"]),
    ("sa Renault immatriculée 27 AFK 319 à Gaziantep", ["27 AFK 319"]),
    ("la voiture B 1234 XY du cousin", ["B 1234 XY"]),
    ("salle 12 AB 34 au deuxième", []),
    # negative cases: a foreign plate's shape alone, with no vehicle word
    ("Réf. SAJ-BW 2024", []),
])
def test_foreign_plates(recognizer, text, expected):
    assert found(recognizer, text) == expected
