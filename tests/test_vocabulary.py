"""The shared French vocabulary: one parser, data files with their sources, and the sets the stages read."""

import re
from importlib import resources

import pytest

from anonymizer import vocabulary


def test_one_parser_for_every_list_file():
    assert vocabulary.entries("# titre\nMme  # madame\n\n  rue \n") == ["Mme", "rue"]


@pytest.mark.parametrize("name", sorted(p.name for p in resources.files("anonymizer.vocabulary").iterdir()
                                         if p.name.endswith(".txt")))
def test_every_data_file_names_its_source(name):
    header = resources.files("anonymizer.vocabulary").joinpath(name).read_text(encoding="utf-8")
    assert "Source:" in header


def test_months_and_weekdays_in_the_four_languages():
    for language in vocabulary.LANGUAGES:
        months, days = vocabulary.month_forms(language), vocabulary.weekday_forms(language)
        assert len(months) == 12 and all(months) and len(days) == 7 and all(days)
    assert vocabulary.month_forms("de")[2][0] == "März" and vocabulary.month_forms("nl")[0][0] == "januari"


def test_title_and_particle_roles():
    assert {"mme", "coach"} <= vocabulary.titles() and "coach" in vocabulary.weak_titles()
    assert "famille" in vocabulary.edge_titles() and "famille" in vocabulary.weak_titles()  # "la famille Krüger"
    assert "van" in vocabulary.surname_openers() and "la" in vocabulary.particles() - vocabulary.surname_openers()


def test_alternation_matches_abbreviations_with_their_full_stop_and_words_whole():
    import re

    pattern = re.compile(f"(?:{vocabulary.alternation(['sept.', 'sept', 'septembre'])})")
    assert pattern.fullmatch("sept.") and pattern.fullmatch("septembre") and not pattern.match("septa")


def test_determiners_by_kind():
    assert {"le", "l'", "l’", "une"} <= vocabulary.determiners("article")
    assert "aux" in vocabulary.determiners("contracted") and "leurs" in vocabulary.determiners("possessive")
    assert vocabulary.determiners() >= vocabulary.determiners("demonstrative") | {"du", "ses"}
    pattern = re.compile(r"\b" + vocabulary.determiner_re("article") + r"[^\S\n]*$")
    assert pattern.search("chez l'") and pattern.search("dans la ") and not pattern.search("dans lala ")
