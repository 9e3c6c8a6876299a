import pytest
from anonymizer.recognizers.be.mutuality import MutualityRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return MutualityRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("affiliation 128/0457391/02", ["128/0457391/02"]),
    ("Mutualité chrétienne, n° d'affiliée : 0457391-02", ["0457391-02"]),
    ("mutuelle (Solidaris) n° 1 2345 6789", ["1 2345 6789"]),
    ("n° de membre 30458812", ["30458812"]),
    ("aansluitingsnummer 216/778812", ["216/778812"]),
    # negative cases
    ("affiliée à la mutualité 216 depuis 2019", []),          # the insurer's code, then a year
    ("affiliation à la mutuelle en ordre", []),
    ("la mutuelle rembourse 12 séances", []),
])
def test_mutuality(recognizer, text, expected):
    assert found(recognizer, text) == expected
