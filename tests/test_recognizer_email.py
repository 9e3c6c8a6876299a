import pytest
from anonymizer.recognizers.generic.email import FrEmailRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return FrEmailRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("mail : aicha.benali@gmail.com.", ["aicha.benali@gmail.com"]),
    ("<j.dupont@saj-nivelles.cfwb.be>", ["j.dupont@saj-nivelles.cfwb.be"]),
    # negative cases
    ("sur insta @lea.vdb_", []),
    ("adresse e-mail inconnue", []),
])
def test_email(recognizer, text, expected):
    assert found(recognizer, text) == expected
