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
    ("Rue Wayez 112 – 1070 Anderlecht", ["Rue Wayez 112 – 1070 Anderlecht"]),  # an en dash before the postcode
    ("Adresse : Ch. du Chaufour 12, chez le père", ["Ch. du Chaufour 12"]),    # "Ch." of chemin or chaussée
    ("Vu par Dr Ch. Lambert 12 fois, ch. 12", []),                             # Charles, a room
    ("Le Dr Ch. de Villers 2 fois ; dans la ch. de Emma 3 nuits", []),
    ("un timeline : rue Haute 12 – 2021 Jambes", ["rue Haute 12"]),          # a year after an en dash
    ("rue du Moulin 17 à 1340 Ottignies", ["rue du Moulin 17 à 1340 Ottignies"]),
    ("avenue Henri Dunant 112", ["avenue Henri Dunant 112"]),
    ("rue de la gare 12", ["rue de la gare 12"]),
    ("rdv rue fransman 112 bte 4 demain", ["rue fransman 112 bte 4"]),   # a lone name that is no word
    ("il habite rue principale 12", []),                                  # a word: the street alone
    # Dutch and German street names carry their type at the end or after the name; some have no type
    ("Kerkstraat 5", ["Kerkstraat 5"]),
    ("Diestsesteenweg 212 bus 4, 3010 Kessel-Lo", ["Diestsesteenweg 212 bus 4, 3010 Kessel-Lo"]),
    ("Lütticher Straße 47, 4720 Kelmis", ["Lütticher Straße 47, 4720 Kelmis"]),
    ("Grand-Place 19, 1370 Jodoigne", ["Grand-Place 19, 1370 Jodoigne"]),
    ("Trierer Straße 611, 52078 Aachen", ["Trierer Straße 611, 52078 Aachen"]),  # a German postcode
    # negative cases
    ("Elle est partie dans la rue depuis 2 ans", []),
    ("rue du Moulin\n17 enfants", []),           # never across a line break
    ("am Markt 3 Tage", []),                     # a type word alone is no street
    ("Mme Delaplace, 12 ans", []),
])
def test_address(recognizer, text, expected):
    assert found(recognizer, text) == expected
