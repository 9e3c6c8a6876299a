import pytest
from anonymizer.recognizers.generic.postal_item import PostalItemRecognizer, check_digit
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return PostalItemRecognizer()


def test_check_digit():
    assert check_digit("47312482") == 9  # the example of the UPU S10 standard, RB 47312482 9 CH
    assert check_digit("45832761") == 7


@pytest.mark.parametrize("text,expected", [
    ("Recommandé n° RR 458 327 617 BE du 3 mars", ["RR 458 327 617 BE"]),
    ("suivi du colis CD473124829BE", ["CD473124829BE"]),
    ("recommandé RR 458 327 619 BE (numéro mal recopié)", ["RR 458 327 619 BE"]),
    # negative cases
    ("RR 458 327 61 BE", []),
    ("classe de 24 élèves", []),
])
def test_postal_item(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_failed_check_digit_scores_lower(recognizer):
    valid = recognizer.analyze("n° RR 458 327 617 BE", ["CASE_REF"])[0].score
    mistyped = recognizer.analyze("n° RR 458 327 619 BE", ["CASE_REF"])[0].score
    assert mistyped < valid
