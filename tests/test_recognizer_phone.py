import pytest
from anonymizer.recognizers.be.phone import BePhoneRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return BePhoneRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("tél. 010 45 12 90", ["010 45 12 90"]),
    ("065/31.22.08", ["065/31.22.08"]),
    ("02/512.44.70", ["02/512.44.70"]),
    ("04.223.61.19", ["04.223.61.19"]),
    ("GSM 0496 12 34 56.", ["0496 12 34 56"]),
    ("0485/77.21.03", ["0485/77.21.03"]),
    ("+32 496 12 34 56", ["+32 496 12 34 56"]),
    ("0032 485 77 21 03", ["0032 485 77 21 03"]),
    ("+32 (0)2 512 44 70", ["+32 (0)2 512 44 70"]),
    ("0496123456", ["0496123456"]),
    ("+33 6 12 34 56 78", ["+33 6 12 34 56 78"]),
    ("gsm : 0465 / 28 . 14 . 70 (nouveau)", ["0465 / 28 . 14 . 70"]),   # as dictated
    # negative cases
    ("le 03/05/2011", []),               # a date
    ("dossier 25/0342", []),
    ("0496 12 34", []),                  # too short
    ("en 2024, 12 ans", []),
    ("03/04/2017\t124\t23,5", []),      # a date and a table's cells (a tab never parts a number)
])
def test_phone(recognizer, text, expected):
    assert found(recognizer, text) == expected
