import pytest
from anonymizer.recognizers.be.iban import SepaIbanRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return SepaIbanRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("IBAN BE71 0961 2345 6769.", ["BE71 0961 2345 6769"]),
    ("compte BE71096123456769", ["BE71096123456769"]),
    ("FR76 3000 6000 0112 3456 7890 189", ["FR76 3000 6000 0112 3456 7890 189"]),
    ("NL91ABNA0417164300 et LU280019400644750000", ["NL91ABNA0417164300", "LU280019400644750000"]),
    # negative cases
    ("BE71 0961 2345 6768", ["BE71 0961 2345 6768"]),  # mistyped (wrong check digits): still the account
    ("BE00 0000 0000 0000", []),
    ("le local BE12 est fermé", []),        # too short
])
def test_iban(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_an_account_followed_by_a_number_ends_with_the_account(recognizer):
    assert found(recognizer, "compte BE68 5390 0754 7034 12 septembre") == ["BE68 5390 0754 7034"]


def test_a_belgian_account_checks_its_own_last_two_digits():
    from anonymizer.recognizers.be.iban import account_checks

    assert account_checks("BE68 5390 0754 7034")          # a bank code stdnum does not list: still an account
    assert not account_checks("BE59539007547099")         # IBAN check right, the Belgian account's own wrong
