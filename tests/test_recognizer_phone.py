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
    ("+31 (0)43 321 88 90", ["+31 (0)43 321 88 90"]),  # the national call's zero in brackets, abroad too
    ("+49 (0)170 4428391", ["+49 (0)170 4428391"]),
    ("gsm : 0465 / 28 . 14 . 70 (nouveau)", ["0465 / 28 . 14 . 70"]),   # as dictated
    ("tél 0475123456/0496654321 (maman)", ["0475123456", "0496654321"]),  # two numbers in one field
    ("0478 12 34 56/0496 65 43 21", ["0478 12 34 56", "0496 65 43 21"]),
    ("Tél. 04/1987 654 le soir", ["04/1987 654"]),  # a Liège number after its word, not a month and year
    ("Téléphone : 04/1987 654", ["04/1987 654"]),
    ("Tél. fixe : 04/1987 654", ["04/1987 654"]),
    # negative cases
    ("le 03/05/2011", []),               # a date
    ("dossier 25/0342", []),
    ("0496 12 34", []),                  # too short
    ("en 2024, 12 ans", []),
    ("03/04/2017\t124\t23,5", []),      # a date and a table's cells (a tab never parts a number)
    ("de 04/2017 à 06/2019", []),        # months and years
    ("081/22.33.44/5", []),              # a longer code, no phone number in it
])
def test_phone(recognizer, text, expected):
    assert found(recognizer, text) == expected
