"""ORGANIZATION: a name told by its capitals alone, in mid-sentence, with no service word before it.

French writes common nouns in lower case; a capitalised common noun after an article or a
preposition is the first word of a proper name:
- a kind word and its name: "aux Ateliers du Saupont", "le Manège de la Ramée", "les Castors de
  Floreffe", "l'Accueil Temps Libre de Gembloux", "l'équipe de Groupe Terrain Jeunes";
- a single name after "au", "aux", "à la", "à l'" (a venue, a club, a shop, a home): "il joue au Racing",
  "la soirée au Belvédère", "je vais au Pélican tous les jeudis", "accueilli aux Hirondelles";
- a kind word and the adjective that makes it one body: "la Banque nationale", "la Loterie nationale";
- a commune's name and a capitalised ordinary word: "Namur Capitale", "Wavre Basket".
Not taken: public bodies and roles written with a capital ("le Tribunal de la Jeunesse", "au
Parquet", "la Ville de Namur", "le Juge"), streets and saints (their own recognisers), dates and
feasts, known places, countries, first names, and every keep-list term (resolve stage).
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_adjective, is_word
from anonymizer.recognizers.base import FrPatternRecognizer
from anonymizer.recognizers.lookup import commune_article, load_list, not_name_heads, places
from anonymizer.recognizers.names.organization import CAP, LINK, NO_YEAR
from anonymizer.recognizers.names.tokens import in_first_names

from anonymizer import vocabulary
from anonymizer.vocabulary import FUSED_ARTICLES

UPPER = vocabulary.UPPER
WORD = rf"[{UPPER}][a-zà-öø-ÿœ'’]+(?:-[{UPPER}]?[a-zà-öø-ÿœ'’]+)*(?![\w'’-])"  # "Ateliers", "Méridien-Nord"
# after an article or a preposition: the capital is not a sentence's first letter; after "de" only when
# the word before is in lower case ("l'équipe de Groupe Terrain Jeunes", not "Service de Santé Mentale")
BEFORE = (
    r"(?<![\w'’])(?:(?:le|la|les|l['’]|au|aux|à|chez|par|pour|avec|dans|sur|entre|vers|contre)"
    rf"|(?<![{UPPER}][\w'’-]*[^\S\n]+)(?:des|du|de|d['’]))"
)
GAP = r"[^\S\n]"
GAPS = rf"{GAP}{{1,2}}"  # between the words of a name: never three spaces, a table's column gap
ARTICLES = frozenset({"Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Du", "De"})
NAME_ARTICLES = frozenset({"Le", "La", "Les"})
KIND_NAME = rf"{BEFORE}(?:{GAPS}|(?<=['’]))\K{WORD}(?:{GAPS}(?:{LINK}{GAP}*{NO_YEAR})?{CAP}){{1,4}}"
# a kind word with the adjective that makes it one body: "la Banque nationale", "la Loterie nationale"
BODY_ADJECTIVE = (
    r"(?:nationale?|nationaux|internationale?|régionale?|provinciale?|fédérale?|royale?|populaire"
    r"|chrétienne?|socialiste|libérale?)(?![\w'’-])"
)
KIND_BODY = rf"{BEFORE}(?:{GAPS}|(?<=['’]))\K{WORD}{GAPS}{BODY_ADJECTIVE}"
# a commune's name and a capitalised ordinary word: a club, an event, an association ("Namur Capitale",
# "Wavre Basket"); the commune is checked in analyze
PLACE_WORD = rf"(?<![\w'’-])[{UPPER}][\w'’]*(?:-[\w'’]+)*{GAPS}{WORD}(?!{GAPS}{CAP})"
AFTER_A = rf"(?<![\w'’])(?:[aA]ux?|à{GAPS}la|à{GAPS}l['’])(?:{GAPS}|(?<=['’]))"
VENUE = rf"{AFTER_A}\K{WORD}(?!{GAPS}(?:{LINK}{GAPS}{NO_YEAR})?{CAP})"  # one word: longer names are KIND_NAME's
# an article written with its capital in mid-sentence opens a name: "accompagné par Le Sextant", "une guidance
# par Le Jardin de Fagnes" (a service named without its kind); "à La Louvière" is a place (checked in analyze)
ARTICLE_NAME = (rf"(?<=[a-zà-öø-ÿ,]{GAP})(?:Le|La|Les|L['’])(?:{GAPS}|(?<=['’])){WORD}"
                rf"(?:{GAPS}(?:{LINK}{GAP}*)?{CAP}){{0,3}}")
_ARTICLE_NAME = re.compile(ARTICLE_NAME)
# a commune's facilities, named by what they are ("l'Espace citoyen", "la Maison communale"), not a shelter's name
FACILITIES = frozenset({"espace", "centre", "maison", "salle", "hall", "foyer", "bureau", "guichet", "relais",
                        "service"})
QUALIFIED = re.compile(r"[^\S\n]+([a-zà-öø-ÿ]{4,})(?![\w'’-])")


def _fused_place(text: str, start: int, name: str) -> bool:
    """``name`` follows "au", "du" ("Le Roeulx"), "aux" or "des" ("Les Bons Villers"): a commune."""
    article = commune_article(text, start, name)
    return article is not None and article.group(1).lower() in FUSED_ARTICLES


def _head_ok(head: str) -> bool:
    """The first word may open an organisation's name: not a public body, role, feast..., not a
    place, country or first name."""
    return head.lower() not in not_name_heads() and head not in places() and head not in load_list("countries") \
        and not in_first_names(head)


class CapitalisedOrganizationRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ORGANIZATION"
    PATTERNS = (
        ("kind_name", KIND_NAME, 0.5),
        ("venue", VENUE, 0.45),
        ("kind_body", KIND_BODY, 0.5),
        ("place_word", PLACE_WORD, 0.45),
        ("article_name", ARTICLE_NAME, 0.45),
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            words = text[result.start:result.end].split()
            head = words[0].rstrip(",;:")
            if any(word.lower() in vocabulary.holidays() for word in words):
                continue  # a feast's event: "le Marché de Noël", "la Fête de Pâques"
            explanation = result.analysis_explanation
            if head in NAME_ARTICLES and len(words) > 1 and _ARTICLE_NAME.match(text, result.start):
                name = " ".join(words)
                ok = name not in places() and not _fused_place(text, result.start, name) \
                    and " ".join(words[1:]) not in places() and _head_ok(words[1])
            elif head in ARTICLES or " ".join(words) in places() or _fused_place(text, result.start, " ".join(words)):
                # "à La Louvière", "au Roeulx" are places
                ok = False
            elif head in places():
                # "Namur Capitale": a commune, then an ordinary word that is no generic term
                ok = len(words) == 2 and is_word(words[1]) and _head_ok(words[1])
            elif explanation is not None and explanation.pattern_name == "place_word":
                ok = False
            elif explanation is not None and explanation.pattern_name == "venue" and head.lower() in FACILITIES \
                    and (qualifier := QUALIFIED.match(text, result.end)) and is_adjective(qualifier.group(1)) \
                    and qualifier.group(1) not in vocabulary.stop_words():
                # a common noun and the adjective that says what it is: a commune's facility ("à l'Espace
                # citoyen", "au Centre culturel", "à la Maison communale"), no venue's own name
                ok = False
            else:
                # a kind word names an organisation only when it is an ordinary word ("Ateliers");
                # "Kevin Dumoulin" is the person rules' business
                ok = _head_ok(head) and (len(words) == 1 or is_word(head))
            if ok:
                kept.append(result)
        return kept
