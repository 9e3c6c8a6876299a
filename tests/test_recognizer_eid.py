import pytest
from anonymizer.recognizers.be.eid import BeEidRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return BeEidRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("carte d'identité n° 591-2345678-29", ["591-2345678-29"]),
    ("eID 601-2398765-41.", ["601-2398765-41"]),
    ("592000000182", ["592000000182"]),
    # negative cases
    ("591-2345678-28", ["591-2345678-28"]),   # mistyped (wrong check digits): still the card
    ("591234567828", []),                     # twelve digits in a row, unchecked: could be anything
    ("591-234567-29", []),              # wrong grouping
])
def test_eid(recognizer, text, expected):
    assert found(recognizer, text) == expected
