import pytest
from anonymizer.recognizers.generic.social import SocialHandleRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return SocialHandleRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("elle suit @lea.vdb_ depuis", ["@lea.vdb_"]),
    ("Insta : lea.vdb_", ["lea.vdb_"]),
    ("snap: kev_du_78", ["kev_du_78"]),
    ("Réponse de Modération_FPW le 3 mars", ["Modération_FPW"]),  # accents in a handle
    ("sur insta kev.dml_11", ["kev.dml_11"]),
    ("sur Facebook d'un compte « Besi.Kras.7000 » qu'elle attribue à l'oncle", ["Besi.Kras.7000"]),  # quoted
    # negative cases
    ("sur Facebook « Bonjour à tous »", []),
    ("aicha.benali@gmail.com", []),
    ("il passe ses nuits sur Snapchat avec sa cousine", []),
])
def test_social(recognizer, text, expected):
    assert found(recognizer, text) == expected
