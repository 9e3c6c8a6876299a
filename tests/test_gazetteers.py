"""Each lookup list loads and holds what it should (and not what it should not)."""

import pytest
from anonymizer.recognizers.lookup import LOCAL_PATHS, first_names, load_list, places, surnames

from anonymizer.keeplist import default_keep_terms


@pytest.mark.parametrize("name", ["first_names", "surnames", "municipalities", "postal_localities", *LOCAL_PATHS])
def test_each_list_loads(name):
    # (English names of Belgian towns are few, and Belgium has ten provinces)
    assert len(load_list(name)) > (4 if name in ("exonyms", "provinces") else 10)


def test_first_names_of_many_origins():
    assert {"Kevin", "Aïcha", "Glody", "Wiktoria", "Mehmet", "Mihai", "Hamid", "Yasmina"} <= first_names()
    assert not {"France", "Papa", "Le"} & first_names()


def test_surnames():
    assert {"Peeters", "Janssens", "Dubois"} <= surnames()


def test_places_sections_and_translations():
    assert {"Wépion", "Erpent", "Flawinne", "Montignies-sur-Sambre", "Anvers", "Malines", "Jodoigne"} <= places()
    assert "Belgique" not in places() and "Mont" not in places()


def test_keep_list_has_sector_terms():
    assert {"saj", "cpms", "amo", "juge de la jeunesse", "la mere", "belgique"} <= default_keep_terms()
