import pytest
from anonymizer.recognizers.generic.url import FrUrlRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return FrUrlRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("voir https://www.facebook.com/kevin.dml.", ["https://www.facebook.com/kevin.dml"]),
    ("(www.amo-lachaloupe.be)", ["www.amo-lachaloupe.be"]),
    ("tiktok.com/@lea.vdb_", ["tiktok.com/@lea.vdb_"]),
    ("site amo-lachaloupe.be", ["amo-lachaloupe.be"]),
    # negative cases
    ("aicha.benali@gmail.com", []),
    ("fin de phrase.Puis", []),
])
def test_url(recognizer, text, expected):
    assert found(recognizer, text) == expected
