import pytest
from anonymizer.recognizers.be.bce import BeBceRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return BeBceRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("asbl, BCE 0456.123.791", ["0456.123.791"]),
    ("n° d'entreprise : 0876 543 270", ["0876 543 270"]),
    ("TVA BE 0123.456.749", ["BE 0123.456.749"]),
    ("BCE 0777001177", ["0777001177"]),                 # compact form, with context
    ("numéro d'entreprise 1023.456.797", ["1023.456.797"]),
    # negative cases
    ("BCE 0456.123.792", ["0456.123.792"]),             # mistyped (wrong check digits): still the number
    ("appelle le 0777001177", []),                      # compact without context: a phone?
    ("0485.77.21.03", []),                              # phone grouping
    ("GSM : 0465 387 210", []),                         # a mobile in threes whose check fails: a phone
    ("BCE 0465.387.291", ["0465.387.291"]),             # the same digits that check: an enterprise
])
def test_bce(recognizer, text, expected):
    assert found(recognizer, text) == expected
