import pytest
from anonymizer.recognizers.generic.travel_document import TravelDocumentRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return TravelDocumentRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("passeport afghan n° P03418872", ["P03418872"]),
    ("son passeport polonais EK 4127730 est périmé", ["EK 4127730"]),
    ("Passeport syrien de Mme : N014578236", ["N014578236"]),
    ("Please note that Capucine's passport (EP 715204) expires on 2 June 2025", ["EP 715204"]),
    ("Reisepass (Nr. 058734219)", ["058734219"]),
    ("Passport no.: PX4820917", ["PX4820917"]),
    ("passeport intérieur seulement, n° ЕН 207394", ["ЕН 207394"]),
    # negative cases
    ("passeport expiré depuis 2019", []),                     # a year
    ("passeport à renouveler avant le 12/03/2027", []),       # a date
    ("passeport demandé. Tél. 0470123456", []),               # another sentence's number
    ("passeport : 3 photos, 75 €", []),                       # counts and amounts
])
def test_travel_document(recognizer, text, expected):
    assert found(recognizer, text) == expected
