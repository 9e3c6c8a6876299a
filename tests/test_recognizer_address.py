import pytest
from anonymizer.recognizers.be.address import BeAddressRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return BeAddressRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("habite rue Sous-les-Vignes 4 bte 2, 5100 Wépion.", ["rue Sous-les-Vignes 4 bte 2, 5100 Wépion"]),
    ("Adresse : 12, rue des Écoles", ["12, rue des Écoles"]),
    ("chaussée de Louvain 450 - 1030 Schaerbeek", ["chaussée de Louvain 450 - 1030 Schaerbeek"]),
    ("rue du Moulin 17 à 1340 Ottignies", ["rue du Moulin 17 à 1340 Ottignies"]),
    ("avenue Henri Dunant 112", ["avenue Henri Dunant 112"]),
    ("rue de la gare 12", ["rue de la gare 12"]),
    ("Kerkstraat 5", []),   # Dutch street types glued to the name are the names recogniser's job
    # negative cases
    ("Elle est partie dans la rue depuis 2 ans", []),
    ("rue du Moulin\n17 enfants", []),           # never across a line break
])
def test_address(recognizer, text, expected):
    assert found(recognizer, text) == expected
