"""A street named without a house number ("rue Hamoir", "place Saint-Lambert") is a LOCATION, and so is a
named station, park, wood, lake, church, market, cemetery, pool or stadium ("gare de l'Ouest", "parc Reine
Astrid", "église Saint-Denis").

Same street types and name shape as the address recogniser; the name must be capitalised.
Street work is not a street: "éducatrice de rue de l'AMO Passages", "travail de rue"; nor is a visit
in a journal ("Passage de Tess"), nor "av. Me Lambrechts" (avec Maître).
"""

from __future__ import annotations

import re
from functools import lru_cache

from anonymizer.models.lexicon import is_adjective, is_word
from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.be.address import CAP, LINK, NAME, NAME_LOWER, NOT_A_STREET, STREET_TYPES, participle
from anonymizer.recognizers.lookup import foreign_places, in_surnames, is_country, places
from anonymizer.recognizers.names.tokens import in_first_names

from anonymizer import vocabulary
from anonymizer.keeplist import default_policy, role_terms
from anonymizer.text import fold

SUFFIXES_ALONE = "|".join(sorted(vocabulary.street_suffixes_alone(), key=len, reverse=True))


class StreetNameRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "LOCATION"
    PATTERNS = (
        ("street_alone", rf"(?<![\w-])(?<!\bde[^\S\n]){STREET_TYPES}[^\S\n]+(?!{NOT_A_STREET}){NAME}(?![\w])", 0.6),
        # written in lower case, as in a text message ("chez sa mere rue de la station"): always with a
        # link word, and never after a determiner ("dans la cour de l'école", "à la place de son frère")
        # (not a Dutch type that is a French word in a French phrase: "un sac plein de linge sale")
        ("street_alone_lower", rf"(?<![\w-])(?<!\bde[^\S\n])(?!(?i:plein)[^\S\n]+(?:de|du|des|d['’]))"
                               rf"{STREET_TYPES}[^\S\n]+{NAME_LOWER}(?![\w])", 0.6),
        # a named station, park, wood, lake, church, market, cemetery, pool or stadium tells where someone goes ("à la
        # gare de l'Ouest", "au parc Reine Astrid", "le bois de la Cambre", "l'église Saint-Denis", "au marché du
        # Midi"), its name capitalised like a street's
        ("landmark", rf"(?<![\w-])(?i:gare|station|parc|bois|lac|étang|église|chapelle|basilique|cathédrale|mosquée"
                     rf"|synagogue|marché|cimetière|piscine|stade|plaine)[^\S\n]+(?!{NOT_A_STREET}){NAME}(?![\w])",
         0.6),
        # a Dutch or German street written in one word with its type at its end, no house number after it ("in
        # de Ribaucourtstraat", "in der Bergstraße"): only the suffixes no ordinary word ends with
        ("suffix_street_alone", rf"(?<![\w-])(?:[{vocabulary.UPPER}][\w'’-]{{2,}}?[a-zà-öø-ÿß]"
                                # (or a king's name and his number: "de Leopold II-laan")
                                rf"|(?:[{vocabulary.UPPER}][\w'’.-]*[^\S\n]+){{1,2}}[IVX]{{1,4}}-)"
                                rf"(?i:{SUFFIXES_ALONE})(?![\w'’-])", 0.6),
    )
    CONTEXT = ("rue", "avenue", "place", "habite")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:  # "le marché de Noël de Kortrijk": a feast's market, in a town
            feast = FEAST_IN_TOWN.match(text, r.start, r.end) if pattern_name(r) == "landmark" else None
            if feast and _generic_landmark(feast.group(1)) and feast.group(2) in places():
                r.start = feast.start(2)
        results = [r for r in results if not (pattern_name(r) == "landmark" and _generic_landmark(text[r.start:r.end]))
                   and not (pattern_name(r) == "street_alone_lower" and _noun_phrase(text[r.start:r.end]))]
        for r in results:
            if pattern_name(r) == "landmark":
                town = TOWN_OF_LANDMARK.match(text, r.start, r.end)
                if town and town.group(1) in places():
                    r.start = town.start(1)  # "le marché de Gembloux", "la gare de Namur": the town's, the town named
        return [r for r in results if not _visit(text, r.start, r.end)
                and not _initial_name(text, r.start, r.end)
                and not _role(text, r.start, r.end) \
                and not vocabulary.DOCUMENT_OF.search(text, max(0, r.start - 30), r.start)
                and not (text[r.start:r.end].islower() and DETERMINER_BEFORE.search(text, 0, r.start))
                and not (text[r.start:r.end].split()[0].lower() in COMMON_NOUN_TYPES
                         and EN_BEFORE.search(text, max(0, r.start - 6), r.start))
                and not _verb_after_subject(text, r.start, r.end)
                and not participle(text, r.start)
                and not _service_acronym_after(text[r.start:r.end])]


# a type word after "en" is the common noun of a locution: "la mise en place de l'AMO", "en voie de ..."
EN_BEFORE = re.compile(r"(?i:\ben)[^\S\n]+$")


# street types that are first common nouns of the language of notes ("le passage de la référente", "une place en
# internat"); "rue du bois sauvage" in lower case is a street
COMMON_NOUN_TYPES = frozenset({"passage", "place", "cité", "cour", "voie", "galerie", "montée", "clos", "domaine"})


# a type word that is first a common noun, then a service's acronym: "le passage de la TMS ONE", "la place au SAJ"
ACRONYM_AFTER_NOUN = re.compile(rf"(?i:{'|'.join(sorted(COMMON_NOUN_TYPES, key=len, reverse=True))})[^\S\n]+"
                                rf"{LINK}[^\S\n]*([A-Z]{{2,5}})(?:[^\S\n]+[A-Z]{{2,5}})*")


def _service_acronym_after(street: str) -> bool:
    """ "passage de la TMS", "place au SAJ": a visit of a service's worker, a place in a service: a kept acronym after
    the link ("PLACE BARA", "cour de l'YSER" stay places)."""
    match = ACRONYM_AFTER_NOUN.fullmatch(street)
    return match is not None and any(default_policy().is_kept(acronym)
                                     for acronym in re.findall(r"[A-Z]{2,5}", street[match.start(1):]))


# type words that are also forms of a verb: after its subject, a pronoun or a person's first name, the verb ("que
# Jens voie Lina", "qu'elle place Kevin en internat", "Noémie se place du côté de sa mère")
VERB_TYPES = frozenset({"voie", "place"})
SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:(je|j['’]|tu|il|elle|on|ils|elles|qui|se|me|te|ne)|([^\W\d_][\w'’-]*))"
                            r"[^\S\n]+$")


def _verb_after_subject(text: str, start: int, end: int) -> bool:
    """After a pronoun, the verb; after a first name, the verb when a first name alone follows it, its object ("que
    Jens voie Lina"; "avec Sarah place de la Monnaie", "Mohamed place Flagey" stay squares)."""
    words = text[start:end].split()
    if words[0] not in VERB_TYPES:
        return False
    subject = SUBJECT_BEFORE.search(text, max(0, start - 30), start)
    if subject is None:
        return False
    return subject.group(1) is not None or subject.group(2)[:1].isupper() and in_first_names(subject.group(2)) \
        and len(words) == 2 and in_first_names(words[1]) and words[1] not in places()


def _noun_phrase(words: str) -> bool:
    """A lower-case phrase after a type word that is first a common noun, ending with a noun and its adjective
    ("passage de la référente sociale"), or a time of day ("cour le midi"), or a type word then "en" ("cité en
    référence", "passage en secondaire"):
    a common noun phrase, no street written in lower case ("rue de la station", "rue du bois sauvage")."""
    parts = words.split()
    if len(parts) >= 2 and parts[0].lower() in COMMON_NOUN_TYPES and parts[-1].lower() in TIMES_OF_DAY:
        return True  # "sur la cour le midi": when, not which
    if len(parts) >= 2 and parts[0].lower() in COMMON_NOUN_TYPES \
            and fold(re.sub(r"^[ld]['’]", "", parts[-1].lower())) in _person_words():
        return True  # "passage de l'inspecteur", "passage du facteur": whose visit, no street
    head = next((fold(re.sub(r"^[ld]['’]", "", part.lower())) for part in parts[1:]
                 if fold(part.lower()) not in ("de", "du", "des", "la", "le", "les")), "")
    if parts[0].lower() in COMMON_NOUN_TYPES and head in GROUP_WORDS:
        return True  # "passage de l'équipe pluridisciplinaire": a group's visit
    return len(parts) >= 2 and parts[1] == "en" or len(parts) >= 4 and parts[0].lower() in COMMON_NOUN_TYPES \
        and is_adjective(parts[-1]) and parts[-2].isalpha()


GROUP_WORDS = frozenset({"equipe", "famille", "classe", "groupe"})  # people who visit together (folded)
TIMES_OF_DAY = frozenset({"midi", "matin", "soir", "nuit", "après-midi", "récré", "récréation"})


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """A role's or a relative's word, folded ("inspecteur", "maman")."""
    return role_terms() | frozenset(fold(word) for word in vocabulary.kinship_words())


# what makes a lower-case "rue de la gare" a common noun phrase rather than a street's name
DETERMINER_BEFORE = re.compile(
    rf"(?i:\b(?:{vocabulary.determiner_re()}|(?:chaque|quelle|quel|même|en|dans|sur)\b)[^\S\n]*|l['’])$")



# a one-letter abbreviation before a bare capitalised name, with no link word and no house number, is a person's
# initial ("signé R. Al-Hamwi", "R. Dupont, assistante sociale", "R. Van Damme"); "R. de la Station" stays a street,
# and so does a name that is a French word or a place ("R. Haute", "R. Neuve", "R. Brabant")
INITIAL_NAME = re.compile(rf"[A-Z]\.[^\S\n]*(?!{LINK})({CAP})(?:[^\S\n]+({CAP}))?$")


def _initial_name(text: str, start: int, end: int) -> bool:
    match = INITIAL_NAME.match(text, start, end)
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    if second is not None:  # two words: a particle surname only ("Van Damme", "El Khattabi")
        return fold(first) in vocabulary.particles()
    return in_surnames(first) or not is_word(first.lower()) and first not in places()

LANDMARK_LINK = re.compile(r"\S+[^\S\n]+(?:de|du|des|d['’])(?:[^\S\n]|(?<=['’]))", re.IGNORECASE)


FEAST_IN_TOWN = re.compile(r"(\S+[^\S\n]+(?:de|du|d['’])[^\S\n]*\S+)[^\S\n]+(?:de|d['’])[^\S\n]*([^\W\d_][\w'’-]*)$")
TOWN_OF_LANDMARK = re.compile(r"\S+[^\S\n]+(?:de|d['’])[^\S\n]*([^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)*)$")


def _generic_landmark(landmark: str) -> bool:
    """A station, park or lake named by a word French writes, with no "de" before it, is a label ("Parc
    Informatique", "Station Lecture", "l'étang Communal", "Station Service Total"); after "de" the name is one
    ("gare de l'Ouest", "gare du Midi"), and so is a word no lexicon holds ("parc Josaphat")."""
    if LANDMARK_LINK.match(landmark):  # ("marché de Noël", "de la Toussaint", "de Nouvel An": a feast names no place)
        name = re.sub(r"^(?:la|le|les|l['’])[^\S\n]*", "", LANDMARK_LINK.sub("", landmark, 1), flags=re.IGNORECASE)
        return name.lower() in vocabulary.holidays()
    name = landmark.split(None, 1)[1] if " " in landmark else ""
    return all(is_word(word) and not in_first_names(word) or ROMAN.fullmatch(word)
               for word in re.findall(r"[^\W\d_][\w'’-]*", name))


ROMAN = re.compile(r"[IVXLC]+")


LOCUTION_BEFORE = re.compile(r"(?i:\b(?:faire|fait|faisant|fera|laisser|laisse|laissé|laissant|céder|cède|cédé)\b)"
                             r"[^\S\n]+$")
DWELLING_BEFORE = re.compile(r"(?i:\b(?:habite|habitent|vit|vivent|loge|logent|domicili\w*|adresse|rdv|rendez-vous"
                             r"|devant|près|réside|résident)\b)[^\n]{0,12}$")


def _visit(text: str, start: int, end: int) -> bool:
    """The street read in ``text[start:end]`` names none: "Passage de Tess", "Passage de Dylan Peeters" (a first name
    after "Passage de" is a visit); "passage" or, after its verb, "place" before "au", "aux" or "à" and words in lower
    case, unless where one lives or meets is written before ("Passage au night shop", "faire place aux jeunes"; not
    "elle loge passage au bois"); "passage en Iran", "route en Espagne": a journey through a country (a street is
    never named "en" and a country)."""
    street = text[start:end]
    words = street.split()
    if len(words) == 3 and words[1] == "en" and is_country(words[2]):
        return True
    if len(words) > 2 and words[1] in ("au", "aux", "à") and all(word.islower() for word in words[2:]) and (
            (words[0].lower() == "passage" or LOCUTION_BEFORE.search(text, max(0, start - 20), start))
            and not DWELLING_BEFORE.search(text, max(0, start - 60), start)):
        # "faire place aux jeunes", "a laissé place aux larmes": a locution after its verb; "Passage au night shop",
        # "passage au cpas demain": a visit; unless where one lives or meets is written before ("elle loge passage au
        # bois", "rdv donné place aux herbes"); "il a emménagé place aux herbes" is a street in lower case
        return True
    return len(words) > 2 and words[0] == "Passage" and words[1] in ("de", "d'") and in_first_names(words[2])


# "sur la place de Kevin", "prendre la place d'Inès": a role in the family, not a square; "place de Lourdes" and
# "la place Jean Jacobs" stay streets
ROLE_PLACE = re.compile(r"\bla[^\S\n]+$")
ROLE_NAME = re.compile(r"place[^\S\n]+(?:de[^\S\n]+|d['’])([^\W\d_][\w-]*)")


# ... unless where one goes or stands ("devant la place de Léopold"), or the name is a town's too ("sur la place de
# Florence", "de Lourdes")
WHERE_BEFORE = re.compile(r"(?i:\b(?:devant|derrière|vers|près|côté|traverse[rz]?|jusqu['’]à|depuis))\b[^\n]{0,8}$")


def _role(text: str, start: int, end: int) -> bool:
    match = ROLE_NAME.fullmatch(text, start, end)
    return bool(match and ROLE_PLACE.search(text, max(0, start - 4), start) and in_first_names(match.group(1))
                and not WHERE_BEFORE.search(text, max(0, start - 20), start) and match.group(1) not in places()
                and match.group(1) not in foreign_places())

