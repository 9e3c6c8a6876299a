"""ORGANIZATION: a name told by its capitals alone, in mid-sentence, with no service word before it.

French writes common nouns in lower case; a capitalised common noun after an article or a
preposition is the first word of a proper name:
- a kind word and its name: "aux Ateliers du Saupont", "le Manège de la Ramée", "les Castors de
  Floreffe", "l'Accueil Temps Libre de Gembloux", "l'équipe de Groupe Terrain Jeunes";
- a single name after "au", "à la", "à l'" (a venue, a club, a shop): "il joue au Racing", "la soirée
  au Belvédère", "je vais au Pélican tous les jeudis".
Not taken: public bodies and roles written with a capital ("le Tribunal de la Jeunesse", "au
Parquet", "la Ville de Namur", "le Juge"), streets and saints (their own recognisers), dates and
feasts, known places, countries, first names, and every keep-list term (resolve stage).
"""

from __future__ import annotations

from functools import lru_cache

from models.lexicon import is_word
from recognizers.base import FrPatternRecognizer
from recognizers.lookup import load_list, places
from recognizers.names.organization import CAP, LINK
from recognizers.names.tokens import in_first_names

UPPER = "A-ZÀ-ÖØ-Þ"
WORD = rf"[{UPPER}][a-zà-öø-ÿœ'’-]+(?![\w'’-])"
# after an article or a preposition: the capital is not a sentence's first letter; after "de" only when
# the word before is in lower case ("l'équipe de Groupe Terrain Jeunes", not "Service de Santé Mentale")
BEFORE = (
    r"(?<![\w'’])(?:(?:le|la|les|l['’]|au|aux|à|chez|par|pour|avec|dans|sur|entre|vers|contre)"
    rf"|(?<![{UPPER}][\w'’-]*[^\S\n]+)(?:des|du|de|d['’]))"
)
GAP = r"[^\S\n]"
KIND_NAME = rf"{BEFORE}(?:{GAP}+|(?<=['’]))\K{WORD}(?:{GAP}+(?:{LINK}{GAP}*)?{CAP}){{1,4}}"
AFTER_A = rf"(?<![\w'’])(?:[aA]u|à{GAP}+la|à{GAP}+l['’])(?:{GAP}+|(?<=['’]))"
VENUE = rf"{AFTER_A}\K{WORD}(?!{GAP}+(?:{LINK}{GAP}+)?{CAP})"  # one word: longer names are KIND_NAME's


@lru_cache(maxsize=1)
def _not_heads() -> frozenset[str]:
    return frozenset(word.lower() for word in load_list("org_head_exceptions"))


def _head_ok(head: str) -> bool:
    """The first word may open an organisation's name: not a public body, role, feast..., not a
    place, country or first name."""
    return head.lower() not in _not_heads() and head not in places() and head not in load_list("countries") \
        and not in_first_names(head)


class CapitalisedOrganizationRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ORGANIZATION"
    PATTERNS = (
        ("kind_name", KIND_NAME, 0.5),
        ("venue", VENUE, 0.45),
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            words = text[result.start:result.end].split()
            head = words[0].rstrip(",;:")
            # a kind word names an organisation only when it is an ordinary word ("Ateliers");
            # "Kevin Dumoulin", "Namur Capitale" are the other recognisers' business
            if _head_ok(head) and (len(words) == 1 or is_word(head)):
                kept.append(result)
        return kept
