import pytest
from anonymizer.recognizers.names.foreign_place import ForeignPlaceRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return ForeignPlaceRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("La famille est originaire de Nador.", ["Nador"]),
    ("Mme Tshala, née à Kananga en 1988", ["Kananga"]),
    ("un village près de Kayseri", ["Kayseri"]),
    ("arrivés depuis Deir ez-Zor en 2016", ["Deir ez-Zor"]),
    ("ils ont vécu à Alep puis à Gaziantep", ["Alep", "Gaziantep"]),
    ("the group outing to Gloucester was cancelled", ["Gloucester"]),          # English "to"
    ("de familie was net verhuisd van Tshilenge via Antwerpen", ["Tshilenge"]),  # Dutch "van" after a verb
    # negative cases
    ("Florence est venue seule.", []),                 # a first name, no place cue
    ("à Nivelles et à Wavre", []),                     # Belgian places: the Statbel lists' job
    ("de Maison en maison", []),
    ("en France", []),                                 # countries are kept (keep-list)
    ("la petite sœur d'Amina et le fils de Yasmine", []),  # first names after a weak cue are people
    ("mevrouw van Houten, de familie van Buren, Jan van Dijk", []),  # "van" of a surname
    ("Moving to Independence, he goes to Rugby on Saturdays", []),   # English words after "to"
])
def test_foreign_places(recognizer, text, expected):
    assert found(recognizer, text) == expected
