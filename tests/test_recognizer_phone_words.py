import pytest
from anonymizer.recognizers.be.phone_words import SpokenPhoneRecognizer, said_numbers
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return SpokenPhoneRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("tél du proprio : « zéro quatre septante-neuf, trente-huit, nonante, un »",
     ["zéro quatre septante-neuf, trente-huit, nonante, un"]),
    ("elle dicte quatre-cent-septante-sept, zéro-six, quatorze, quatre-vingt.",
     ["quatre-cent-septante-sept, zéro-six, quatorze, quatre-vingt"]),
    ("Zéro quatre quatre-vingt-dix-neuf, douze, trente-quatre, cinquante-six", ["Zéro quatre quatre-vingt-dix-neuf, "
                                                                              "douze, trente-quatre, cinquante-six"]),
    # counting, ages, quantities in words
    ("un, deux, trois, soleil", []),
    ("deux ou trois enfants, quatre ou cinq chats", []),
    ("il a quatorze ans et sa sœur vingt et un", []),
])
def test_spoken_phone(recognizer, text, expected):
    assert found(recognizer, text) == expected


def test_said_numbers():
    assert said_numbers("quatre-vingt-dix-neuf, cent trois, vingt et un, soixante-douze") == [99, 103, 21, 72]
    assert said_numbers("zéro quatre cent septante cinq") == [0, 475]


def test_a_number_dictated_with_slashes(anonymizer):
    text = "son numéro c'est zéro quatre sept six / trente-deux / dix-huit / quarante-cinq voilà"
    assert "trente-deux" not in anonymizer.anonymize(text).text
