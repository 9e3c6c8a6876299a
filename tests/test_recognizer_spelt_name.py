import pytest
from anonymizer.recognizers.names.spelt_name import SpeltNameRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return SpeltNameRecognizer()


@pytest.mark.parametrize("text,expected", [
    # the name said, then spelt
    ("c'est madame ndongala N D O N G A L A merci", ["N D O N G A L A"]),
    ("Mme Wets, W E T S, a rappelé.", ["W E T S"]),
    ("je répète: v e r m e u l e n", ["v e r m e u l e n"]),
    # a listed surname spelt alone
    ("il épelle D U B O I S au téléphone", ["D U B O I S"]),
    # negative cases: a list's letters, an acronym spelt, three letters only
    ("Cochez A B C D selon le cas.", []),
    ("le S A J de Namur", []),
    ("le SPJ, S P J, est saisi", []),
])
def test_spelt_names(recognizer, text, expected):
    assert found(recognizer, text) == expected
