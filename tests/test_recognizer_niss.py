import pytest
from anonymizer.recognizers.be.niss import BeNissRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return BeNissRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("NISS : 85.07.30-033.28.", ["85.07.30-033.28"]),
    ("NN 85073003328", ["85073003328"]),
    ("né en 2011, NISS 11.03.14-154.95", ["11.03.14-154.95"]),   # 2000+ rule (prefix 2)
    ("08.11.02-087.30", ["08.11.02-087.30"]),                     # 2000+ rule
    ("n° bis 85.27.30-033.71", ["85.27.30-033.71"]),              # bis number: month + 20
    ("85 07 30 033 28", ["85 07 30 033 28"]),
    # negative cases
    ("NISS : 85.07.30-033.29", ["85.07.30-033.29"]),              # mistyped: still that person's number
    ("11.03.14-154.96", ["11.03.14-154.96"]),                     # mistyped, written as a NISS
    ("appel 85073003329 reçu", []),                               # eleven digits in a row, unchecked
    ("tél 0496 12 34 56", []),                                    # a phone number
    ("12345678901", []),                                          # 11 digits, bad checksum
    # after its name, a digit too few or too many: still that person's number
    ("NISS noté par la pharmacie : 51.09.12-28.81 (à corriger)", ["51.09.12-28.81"]),
    ("n° de registre national 85.07.30-0333.28", ["85.07.30-0333.28"]),
    ("NISS inconnu, tél 0471 23 45 67", []),                      # a phone number after the word
    # a table's cells are no number: "né le 03/04/2017<tab>124 cm<tab>23 kg"
    ("03/04/2017\t124\t23,5", []),
])
def test_niss(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_a_mistyped_number_keeps_its_type_at_a_lower_score(recognizer):
    valid, = recognizer.analyze("NISS 85.07.30-033.28", ["NISS"], None)
    mistyped, = recognizer.analyze("NISS 85.07.30-033.29", ["NISS"], None)
    assert valid.entity_type == mistyped.entity_type == "NISS"
    assert 0.3 < mistyped.score < valid.score
