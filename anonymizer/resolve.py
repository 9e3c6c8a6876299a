"""Resolution stage: clean up raw detections and make them non-overlapping, explicitly.

1. Trim name-like spans (PERSON, LOCATION, ORGANIZATION, SCHOOL): titles ("Mme", "Dr"), lower-case
   function words and keep-list terms at the edges go ("SAJ de Nivelles" -> "Nivelles").
2. Drop spans that are kept terms as a whole ("SAJ", "la mère", "14 ans") or lie inside a kept
   multi-word term ("Bruxelles" in "Fédération Wallonie-Bruxelles").
3. Merge overlapping spans into their union (recall first: nothing partially covered leaks); the
   union takes the type of its most specific member (see ``_best``).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from anonymizer import dates, vocabulary
from anonymizer.columns import NOT_INITIALS, ROLE_ABBREVIATIONS, column_cells
from anonymizer.entity_types import name_types, rank_of
from anonymizer.keeplist import KeepPolicy, acronym_terms, default_policy, kind_terms, office_terms, role_terms
from anonymizer.link import ARTICLE, title_gender
from anonymizer.models.french import COLUMN_SEPARATORS
from anonymizer.models.lexicon import (
    GUILLEMETS,
    PARTICIPLE_ENDINGS,
    is_adjective,
    is_common_word,
    is_foreign_compound,
    is_foreign_only,
    is_foreign_word,
    is_frequent,
    is_unaccented_adverb,
    is_word,
    lemma,
    mostly_foreign,
)
from anonymizer.recognizers.generic.chat_speaker import PLAIN_ZIPF
from anonymizer.recognizers.generic.chat_speaker import TIME as CHAT_TIME
from anonymizer.recognizers.lookup import (
    commune_article,
    foreign_places,
    grammar_word,
    in_first_names,
    in_surnames,
    is_chat_word,
    is_country,
    large_town_abroad,
    load_list,
    place_key,
    places,
)
from anonymizer.recognizers.names.location import is_place, postcode_of_place
from anonymizer.recognizers.names.organization import (
    FIRM_END,
    HOSPITAL,
    LEGAL_FORM_WORD,
    NAME_ADJECTIVE,
    TITLED_SERVICE,
    classifying_adjective,
)
from anonymizer.recognizers.names.person import LANGUAGE_CODES, SCHOOL_KINDS, SPLIT_INITIALS
from anonymizer.recognizers.names.province import ProvinceRecognizer
from anonymizer.recognizers.names.tokens import (
    foreign_word,
    legend_abbreviations,
    legend_entries,
    never_french_word,
    opens_greeting,
    words_joined,
)
from anonymizer.spans import Grid, Span
from anonymizer.surrogates import gender_of_first_name
from anonymizer.text import EMOJI_CHARS, SENTENCE_OPENING, fold, in_order, opens_sentence_or_cell, word_before
from anonymizer.vocabulary import FUSED_ARTICLES

# Name-like types and the rank of each type in overlaps come from the table (anonymizer.entity_types):
# a checksum-validated number beats a name the NER saw in it, an address beats the street the NER
# saw, a school beats the commune in its name.

TITLES = vocabulary.edge_titles()  # folded: trimmed from the edges of a name
FUNCTION_WORDS = frozenset({
    "de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "chez", "et", "en", "par",
    "pour", "avec", "sur", "sous", "un", "une", "ce", "cette", "son", "sa", "ses", "mon", "ma", "mes",
})
NER_SOURCE = "FrenchNerRecognizer"
MAX_OVERLAPPING_RANGES = 4  # kept terms do not nest deeper than this
# hospital prefixes and club suffixes belong to the name ("CHU Brugmann", "Charleroi Lions CC")
NAME_AFFIXES = frozenset({"CHU", "CHR", "CHC", "HUB", "UZ", "AZ", "FC", "CC", "HC", "BC", "TC", "VC", "RC"})
# hyphenated initials are one token ("M.-C." of "M.-C. Renard" is no title "M." to trim)
TOKEN_RE = re.compile(rf"[{vocabulary.UPPER}]\.(?:-[{vocabulary.UPPER}][a-z]?\.)+|[^\W_]+(?:[.’'-][^\W_]+)*[.’']?|\S")
# ("A.-M.", "J-P.V.", "St.")
INITIALS_TOKEN = re.compile(rf"(?:[{vocabulary.UPPER}][a-z]?(?:\.-?|-))*[{vocabulary.UPPER}][a-z]?\.")
ELIDED_START = re.compile(r"(?:d|l|qu|jusqu)['’](?=[^\W\d_])")
STREET_TYPE_ONLY = re.compile(vocabulary.street_types_re())
SURNAME_PARTICLES = vocabulary.surname_openers()
PARTICLES = vocabulary.particles()
STOP_WORDS = vocabulary.stop_words()
FOLDED_STOP_WORDS = frozenset(fold(word) for word in STOP_WORDS)
SURNAME_INITIAL = re.compile(rf" [{vocabulary.UPPER}]\.(?![\w.])")
# a particle surname abbreviated, as Flemish names are ("V.d.B." for Van den Bossche, "v.d.V."): a detector that
# stopped inside it ("H. V.d") is taken to its end
ABBREVIATED_PARTICLE = re.compile(r"(?<![\w.])[A-Za-z]\.[a-z]{1,2}\.?$")
ABBREVIATED_REST = re.compile(rf"\.?[{vocabulary.UPPER}]\.?(?![\w])")
# a coined name with its article ("Les Sources", "école Le Bois") may end with a lower-case adjective
# ("Les Sources vives", "Le Bois joli"), when the clause goes on after it (punctuation or a preposition)
NAME_WITH_ARTICLE = re.compile(
    rf"(?:^|(?<=\s))(Les|Le|La|L['’])[^\S\n]*[{vocabulary.UPPER}][\w'’-]*(?:[^\S\n]+[{vocabulary.UPPER}][\w'’-]*)*$")
TRAILING_ADJECTIVE = re.compile(
    r"[^\S\n]+([a-zà-öø-ÿœ]{3,})(?=[^\S\n]*(?:[.,;:!?()»\n–—]|$|(?:à|au|aux|de|du|des|d['’]|et|en|pour|sur|chez|depuis|avec|dans|par|qui|où)\b))")
OF_BEFORE = re.compile(r"(?:\b(?:de|du)\s+|\bd['’])$")


def _tokens(text: str, span: Span) -> list[tuple[int, int, str]]:
    return [(span.start + m.start(), span.start + m.end(), m.group())
            for m in TOKEN_RE.finditer(text[span.start:span.end])]


def _is_edge_noise(token: str, policy: KeepPolicy, person: bool, school: bool = False, leading: bool = True
                   ) -> bool:
    folded = fold(token).rstrip(".’'") if len(token) > 1 else fold(token)
    if not token[0].isalnum():
        return True
    if token.islower() and folded in FUNCTION_WORDS:
        return True
    if school and token.islower():  # "école communale de Jemeppe": the school word is part of the name
        return False
    if person and leading and (folded in TITLES or fold(token) in TITLES):
        return True  # a title opens a name; at its end "M." is an initial ("Leclercq, M.")
    if person and leading and token.lower() in KINSHIP and not is_word(token.lower()) and not in_first_names(token):
        return True  # a relation in another language opens it as a title would ("Khalou Yassine": uncle Yassine)
    # a kept acronym or lower-case word at the edge goes ("SAJ de Nivelles"); a capitalised word
    # belongs to the name ("École communale de Jauche"), and so do hospital prefixes and club suffixes
    if token in NAME_AFFIXES or not (token.isupper() or token.islower()):
        return False
    return policy.is_kept(token)


def _ordinary_unnamed(word: str) -> bool:
    """A French word no list holds as a first name or a surname ("AIDE", "Permanence"; not "MARCHAND", "Pierre")."""
    return is_word(word.lower()) and not in_first_names(word.capitalize()) and not in_surnames(word.capitalize())


def _closing_function_word(token: str) -> bool:
    """A function word ("DU", "EN") closing words in capitals; not a company's legal form ("SA" is no "sa")."""
    return fold(token) in FUNCTION_WORDS and LEGAL_FORM_WORD.fullmatch(token) is None


def _closing_word_of_caps_name(span: Span, tokens: list[tuple[int, int, str]]) -> bool:
    """A name in capitals closes with a French word after "du", "de", "des" ("LE TREMPLIN DU CENTRE", "LA MAISON DES
    FAMILLES"): its own word, which a kept word in lower case would not be (an acronym, "SAJ", still goes)."""
    return span.text.isupper() and len(tokens) > 2 and fold(tokens[-2][2]) in ("du", "de", "des") \
        and len(tokens[-1][2]) > 3 and is_word(tokens[-1][2].lower())


def _closing_surname_in_capitals(tokens: list[tuple[int, int, str]]) -> bool:
    """A word in capitals after a first name written with one capital is the surname, as a form writes its NOM, when
    the lists hold it as a surname, even a word the keep-list holds ("Pierre NOËL", "Laurent PÂQUES"); not a role, a
    relation or an acronym the keep-list holds ("Nadia MAMAN", "Marc JUGE", "Lucas SAS", "Kevin SAJ")."""
    if len(tokens) < 2:
        return False
    last, before = tokens[-1][2], tokens[-2][2]
    folded = fold(last)
    return last.isupper() and len(last) > 2 and last.isalpha() and before[:1].isupper() and not before.isupper() \
        and in_first_names(before) and folded not in FUNCTION_WORDS and folded not in role_terms() \
        and folded not in acronym_terms() and folded not in FAMILY_ROLES \
        and (in_surnames(last.capitalize()) or in_surnames(folded.capitalize()))


def _opening_surname_in_capitals(text: str, tokens: list[tuple[int, int, str]]) -> bool:
    """A word in capitals before a first name written with one capital is the surname, as a form or a hospital's
    record writes "NOM Prénom" in its field ("Patient : NOËL Eliaz", "| PÂQUES Laurent |"), when the lists hold it as a
    surname, even a word the keep-list holds; not a role, a relation or an acronym ("MAMAN Nadia", "JUGE Marc", "SAJ
    Kevin"), nor a word before a first name elsewhere ("le congé de PÂQUES Lucas ira", "- TOUSSAINT Kevin chez sa
    mère", a calendar's holiday)."""
    if len(tokens) < 2:
        return False
    return FIELD_BEFORE.search(text, text.rfind("\n", 0, tokens[0][0]) + 1, tokens[0][0]) is not None \
        and _closing_surname_in_capitals([tokens[1], tokens[0]])


FIELD_BEFORE = re.compile(r"[:|\t][^\S\n]*$")  # a form's field: after its label's colon, in a table's cell


def _unaccented_opener(token: str) -> bool:
    """A frequent French adverb written in lower case without its accents ("bientot", "deja"), no name's word (not a
    noun or an adjective written so, "chateau thierry", "prospere kalala"; nor a surname, "mme leger")."""
    return token.islower() and is_unaccented_adverb(token) and not is_word(token) and not in_first_names(token) \
        and not in_surnames(token)


# the qualifiers of an institution's kind that say which network or level runs it, never a service's own name
# ("Centre PMS provincial de Verviers", "CENTRE PMS LIBRE DE JODOIGNE", "Service social général de Wavre"; not "AMO
# GRAND LARGE DE MONS", "HOME BEAU SÉJOUR DE SPA")
INSTITUTION_QUALIFIERS = frozenset({"provincial", "provinciale", "communal", "communale", "libre", "officiel",
                                    "officielle", "federal", "federale", "regional", "regionale", "intercommunal",
                                    "intercommunale", "subventionne", "subventionnee", "social", "sociale", "general",
                                    "generale"})


def _after_qualifiers(tokens: list[tuple[int, int, str]], capitals: bool = False) -> list[tuple[int, int, str]]:
    """What follows a kept kind's lower-case qualifiers and "de": "[CPMS] libre de Jodoigne" leaves
    "Jodoigne", "[PMS] provincial de" nothing (the qualifiers say which kind, not which one); with ``capitals``
    (a kind read before the span, not in it), only an institution's qualifiers, in lower case or in a heading's
    capitals ("[CENTRE PMS] PROVINCIAL DE VERVIERS")."""
    def qualifier(token: str) -> bool:
        if capitals:
            return (token.islower() or token.isupper()) and fold(token) in INSTITUTION_QUALIFIERS
        return token.islower() and fold(token) not in FUNCTION_WORDS and is_adjective(token)

    def lower(token: str) -> bool:
        return token.islower() or capitals and token.isupper()

    rest = list(tokens)
    while rest and qualifier(rest[0][2]):
        rest.pop(0)
    if len(rest) == len(tokens):
        return tokens
    while rest and lower(rest[0][2]) and fold(rest[0][2]).rstrip("'’") in FUNCTION_WORDS:
        rest.pop(0)
    return rest


KIND_WORDS_BEFORE = 3  # words before a span read for the kept kind it qualifies ("Centre psycho-médico-social")


def _after_kept_kind(text: str, start: int, policy: KeepPolicy) -> bool:
    """The words right before ``start`` on its line end with a kept term ("Centre PMS provincial de Verviers",
    "CENTRE PSYCHO-MÉDICO-SOCIAL PROVINCIAL DE VERVIERS")."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()[-KIND_WORDS_BEFORE:]
    return any(policy.is_kept(" ".join(words[i:])) for i in range(len(words)))


def _kept_name_before_of(text: str, tokens: list[tuple[int, int, str]], policy: KeepPolicy, school: bool) -> bool:
    """A kept name written with a capital, then "de": "Forem de Grâce-Hollogne" is the Forem's office
    of a place (not "Centre de ...": a kind word the keep-list writes in lower case opens names, unless a commune
    is all that follows it, "Commissariat de Marcinelle", outside a school's or a hospital's name: "École communale
    de Jauche", "Hôpital de Nivelles")."""
    first = tokens[0][2]
    return len(tokens) > 2 and tokens[1][2] in ("de", "d'", "d’", "du") and first[:1].isupper() \
        and not first.isupper() and policy.is_kept(first) \
        and (fold(first) not in kind_terms() or not school and not HOSPITAL_WORD.fullmatch(first)
             and text[tokens[2][0]:tokens[-1][1]] in places())


def _kept_name_before_place(text: str, tokens: list[tuple[int, int, str]], policy: KeepPolicy) -> bool:
    """A kept public body's name, capitalised, then a commune: its office there ("Forem Tubize", "Jugendhilfedienst
    Eupen"); an acronym before a commune is a service of its own ("CHR Verviers", a hospital)."""
    if len(tokens) < 2:
        return False
    first = tokens[0][2]
    return first[:1].isupper() and not first.isupper() and policy.is_kept(first) and fold(first) not in kind_terms() \
        and text[tokens[1][0]:tokens[-1][1]] in places()


# a name spelt letter by letter ("S-E-L-A-M", "O-U-L-E-D tiret S-I-D-I") and what ends it
SPELT_START = re.compile(rf"{vocabulary.spelt_name_re()}(?=[.,;:!?)]|$)")
SPACED_NAME = re.compile(vocabulary.spaced_name_re())
SPELT_INITIAL = re.compile(r"[^\W\d_]\.[^\S\n]+(?=[«\"“\w])")
SPACED_BEFORE = re.compile(rf"(?<![\w'’-]){vocabulary.spaced_name_re()}$")
SPACED_REACH = 60


# a short capitalised word, a full stop or a colon, then digits: the label of a number ("Az. 51.2", "Tel. 0475"),
# not a first name's abbreviation ("DUPONT, Ph. 12/03/1980") nor a first name ("DUBOIS, Marc: 0475...") unless it is a
# reference word ("Az")
NUMBER_LABEL = re.compile(r"[A-Z][a-z]{1,3}")
DIGITS_AFTER_LABEL = re.compile(r"[.:][^\S\n]*\d")


def _labels_number(text: str, token: tuple[int, int, str]) -> bool:
    return NUMBER_LABEL.fullmatch(token[2]) is not None and token[2] not in SPLIT_INITIALS \
        and (fold(token[2]) in vocabulary.reference_words() or not in_first_names(token[2])) \
        and DIGITS_AFTER_LABEL.match(text, token[1]) is not None


def _foreign_noun_before(word: str) -> bool:
    """A capitalised word of another language's lexicon that no list holds as a name ("Anfrage", "Familie",
    "Verslag"): a noun before the name, not part of it."""
    return word[:1].isupper() and not word.isupper() and fold(word) not in SURNAME_PARTICLES | PARTICLES \
        and foreign_word(word) and not is_word(word) and not in_first_names(word) and not in_surnames(word)


def _greeting_before_first_name(word: str, after: str) -> bool:
    """``word`` opens a letter or a message ("Bonsoir", "Coucou", "Hello") and is no listed first name or surname,
    and ``after`` is a listed first name that is no French word: the greeting is the sentence's, not the name's
    ("Bonsoir Tom c'est Josiane"; a word that only looks like a noun may be a surname written first in a list:
    "Petit Sarah", "Pelletier Lucas", "Noël Lambert" stay whole)."""
    return word.lower() in CLOSINGS and word[:1].isupper() and not in_first_names(word) and not in_surnames(word) \
        and in_first_names(after) and not is_word(after.lower())


# what a chat's line writes before a message: its date or time, the sender and a colon ("03/02/25 21:30 - Fidèle: ",
# "[14:02] Maman : ")
CHAT_PREFIX = re.compile(r"[^\S\n]*[\[(]?\d{1,4}[/.:h-]\d{1,2}[^\n]*:[^\S\n]*$")


def _verb_opening_message(text: str, start: int, word: str, after: str) -> bool:
    """A verb's inflected form opening a chat's message before a listed first name ("Fidèle: Envoie Esther ici",
    "Appelle Didier demain"): the message's, not the name's (a surname written first in a list stays: "Porta
    Giulia", "Chante Sophie (AS CPAS)")."""
    line_start = text.rfind("\n", 0, start) + 1
    return CHAT_PREFIX.match(text, line_start, start) is not None and _inflected_verb(word) \
        and not in_first_names(word) and not in_surnames(word) and in_first_names(after) and not is_word(after.lower())


VERB_ENDINGS = ("er", "ir", "re", "oir")
PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")  # (the past participles of -er verbs)


def _inflected_verb(word: str) -> bool:
    """A verb's inflected form ("Envoie", "Appelle", "Regarde": a message's imperative before the first name it
    addresses or names), no noun or adjective the lexicon reads first ("Demande", "Petit")."""
    lower = word.lower()
    if word.isupper() or fold(word) in PARTICLES or fold(word) in FOREIGN_PARTICLES or PARTICIPLE.search(lower):
        return False  # ("AIT LAHCEN Samira", "M. Ait Lahcen": a Berber particle, no "ait" of "avoir"; "Caché Nadia",
        # "Touché Bruno": a participle, as surnames written first are)
    base = lemma(lower)
    return base != lower and base.endswith(VERB_ENDINGS) and is_word(lower)


# the words that open or close a letter or a message ("Bonsoir", "Groetjes", "Bisous"), never a name's
CLOSINGS = vocabulary.salutations() | vocabulary.greetings()


# particles of Arabic, Berber and Dutch surnames, which French "de" never opens a surname before
FOREIGN_PARTICLES = frozenset({"el", "al", "ben", "bin", "ait", "abou", "abu", "van", "vanden", "vander", "ter", "ten"})


def _name_after_nouns(word: str) -> bool:
    """What may open the name after such nouns: a capitalised word of three letters or more of no other language
    ("HADDAD"; "Alleen NL", only Dutch, holds no name)."""
    return word[:1].isupper() and len(word) >= MIN_NAME_CHARS and not foreign_word(word)


MEASURE_END = re.compile(r"(?<=\S)[^\S\n]+\d{1,3}/\d{1,3}$")


OF_WORDS = frozenset({"de", "van", "von"})  # "of" in French, Dutch and German
KIND_OF_BEFORE = re.compile(r"(?i:\bd['’])$")  # "Centre d'" before the kind's noun (not "CPAS de Mont Le Ban": a place)


# the connectives that open a French sentence, before a first name the model reads with them ("Or Mohammad", "Bref
# Karim"; "Or" is a first name of the lists too, which a first name right after it is not)
CONNECTIVES = frozenset({"or", "bref", "donc", "puis", "ensuite", "alors", "mais", "enfin", "ainsi", "car", "sinon",
                         "pourtant", "cependant", "toutefois", "aussi", "certes", "neanmoins", "d'ailleurs"})


def trim(text: str, span: Span, policy: KeepPolicy) -> Span | None:
    """Drop edge titles, function words and kept terms from a name-like span; None if nothing is left."""
    if span.source == PROVINCE_SOURCE:  # a province's name is whole as its pattern reads it: "Ouest Brabant wallon"
        start = span.start + len(span.text) - len(span.text.lstrip())
        end = span.start + len(span.text.rstrip())
        return span if (start, end) == (span.start, span.end) else Span.of(text, start, end, span.entity_type,
                                                                           span.score, span.source)
    if span.entity_type not in name_types():
        return span
    if SPACED_NAME.fullmatch(span.text.strip()):
        return span  # a name spelt with spaces is all letters: none is an edge's word ("N D O N G A L A")
    spelt_end = SPELT_INITIAL.match(span.text)
    if spelt_end and SPACED_BEFORE.search(text, max(0, span.start - SPACED_REACH), span.start + 1):
        # "K A L O N J I. Benjamin Kalonji": the spelling's last letter is no initial of the next name
        span = Span.of(text, span.start + spelt_end.end(), span.end, span.entity_type, span.score, span.source)
    spelt = SPELT_START.match(text, span.start) if span.entity_type == "PERSON" else None
    if spelt and spelt.end() < span.end:  # "S-E-L-A-M. Le": the model ran on past a spelt name's sentence
        span = Span.of(text, span.start, spelt.end(), span.entity_type, span.score, span.source)
    measure = MEASURE_END.search(span.text) if span.entity_type == "PERSON" else None
    if measure:  # the model ran on into a measure: "Visus OD 9/10" (a house number stays: "Rruga e Durrësit 14")
        span = Span.of(text, span.start, span.start + measure.start(), span.entity_type, span.score, span.source)
    tokens = _tokens(text, span)
    person, school = span.entity_type == "PERSON", span.entity_type == "SCHOOL"
    # a capitalised particle opening a surname belongs to it ("DE SMET", "Van Damme"), even when the
    # keep-list holds the same word for another use ("De :" of an e-mail header), and so does a particle in
    # lower case before a surname in capitals ("de HEMPTINNE Aline", "van DAELE")
    dropped = ""
    if person and opens_greeting([token for _, _, token in tokens], lambda word: fold(word).rstrip(".") in TITLES,
                                 text, span.start, span.end):
        dropped = tokens.pop(0)[2]  # "Beste Geoffrey,": the greeting opens the line, no part of the name
    if person and len(tokens) == 2 and tokens[0][2] in OF_WORDS \
            and in_first_names(tokens[1][2]) and not in_surnames(tokens[1][2]):
        tokens.pop(0)  # "vader van Jonathan": Dutch "of" before a first name, no particle of a surname ("monsieur
        # vanden brook" keeps his)
    # a service's or a school's name in capitals opens with its kind as a capitalised one does ("HÔPITAL DE LA DENDRE"
    # as "Hôpital de la Dendre", "ÉCOLE SECONDAIRE LES COUDRIERS"; not an acronym, "SAJ DE NIVELLES")
    heading = not person and span.text.isupper() and len(tokens) > 2 \
        and (fold(tokens[1][2]) in ("de", "du", "des") or school and fold(tokens[1][2]) not in FUNCTION_WORDS
             or len(tokens) > 3 and fold(tokens[2][2]) in ("de", "du", "des")
             and all(is_word(token.lower()) for _, _, token in tokens[:2])
             and tokens[-1][2].title() not in places())  # (or a kind in two words, a noun and its
    # adjective: "CENTRE HOSPITALIER DU HAIN"; not before a commune, "SERVICE PSYCHOSOCIAL DE LA PRISON DE LANTIN")
    while len(tokens) > 1 and not school and _unaccented_opener(tokens[0][2]):
        tokens.pop(0)  # a word of a message written without its accents opens no name ("bientot zeyno jte promet")
    while tokens and not (heading and len(tokens[0][2]) > 3 and is_word(tokens[0][2].lower())) \
            and _is_edge_noise(tokens[0][2], policy, person, school) \
            and not (person and _opening_surname_in_capitals(text, tokens)) and not (
            person and len(tokens) > 1 and fold(tokens[0][2]) in SURNAME_PARTICLES
            and (not tokens[0][2].islower() or tokens[1][2].isupper() and len(tokens[1][2]) > 1
                 or not is_word(tokens[0][2]) or tokens[0][0] == span.start and tokens[1][2][:1].isupper()
                 and _after_title(text, span.start))):  # (and one French does not write: "vanden brook"; and
        dropped = tokens.pop(0)[2]  # any after a title: "M. de Bréhaigne")
    if span.text.isupper() and len(tokens) > (3 if person else 1) and fold(tokens[0][2]) in FUNCTION_WORDS \
            and policy.is_kept(text[tokens[1][0]:tokens[-1][1]]):
        return None  # "LETTRE DE KIND EN GEZIN": a kept body of words after a heading's "DE" (which only a lower-case
        # function word would have left at the edge; not a surname, "M. DE CAT", "Mme De Beck")
    if len(tokens) > 2 and tokens[1][2] == "@" and policy.is_kept(tokens[0][2]):
        del tokens[0]  # "Insta @lou.tempete": the network's name before the handle the model took with it
    nouns = next((i for i, token in enumerate(tokens) if not _foreign_noun_before(token[2])), len(tokens)) \
        if person else 0
    named = next((i for i in range(nouns, len(tokens)) if tokens[i][2][:1].isalnum()), len(tokens))
    closing = named > nouns and tokens[0][2].lower() in CLOSINGS and in_first_names(tokens[named][2])
    if 0 < nouns and named < len(tokens) and (named == nouns and _name_after_nouns(tokens[named][2]) or closing):
        del tokens[:named]  # "Anfrage Familie HADDAD": the nouns of a German subject line before the name (a name
        # made of such words, "Ziekenhuis Twee Kanalen", stays whole), and a closing's word and its comma before
        # the signature ("Groetjes, Griet")
    if person and len(tokens) > 1 and (_greeting_before_first_name(tokens[0][2], tokens[1][2])
                                       or _verb_opening_message(text, tokens[0][0], tokens[0][2], tokens[1][2])):
        del tokens[0]  # "Bonsoir Tom c'est Josiane": a message's greeting without its comma, then a first name
    if person and len(tokens) > 1 and fold(tokens[0][2]) in CONNECTIVES and tokens[0][2][1:].islower() \
            and opens_sentence_or_cell(text, tokens[0][0]) and in_first_names(tokens[1][2]):
        del tokens[0]  # "Or Mohammad est enregistré", "Bref Karim est parti": the sentence's connective, then a first
        # name
    if person and len(tokens) > 2 and tokens[0][2] == "de" and fold(tokens[1][2]) in FOREIGN_PARTICLES:
        del tokens[0]  # "au nom de EL HADDOUCHI Rachid": French "de" before an Arabic or Dutch particle is the
        # sentence's (no surname stacks them)
    if not person and len(tokens) > 2 and fold(tokens[1][2]) in ("le", "la", "les") and tokens[1][2][:1].isupper() \
            and is_word(tokens[0][2].lower()) and tokens[0][2].title() not in places() \
            and KIND_OF_BEFORE.search(text, max(0, span.start - 4), span.start):
        del tokens[0]  # "CENTRE D'ACCUEIL LES TROIS CHÊNES": the kind's last word, its name opening with its article
    if not (person or school) and dropped[:1].isalnum() and fold(dropped) not in FUNCTION_WORDS:
        tokens = _after_qualifiers(tokens)
    elif not (person or school) and not dropped and len(tokens) > 2 and _after_kept_kind(text, span.start, policy):
        rest = _after_qualifiers(tokens, capitals=True)  # "[Centre PMS] provincial de Verviers"
        if rest and len(rest) < len(tokens) and fold(tokens[len(tokens) - len(rest) - 1][2]).rstrip("'’") == "de" \
                and not policy.is_kept(rest[0][2]):
            tokens = rest  # (not "[SERVICE] SOCIAL DU CPAS DE JODOIGNE": a kept service's own service)
    if not person and tokens and _kept_name_before_of(text, tokens, policy, school):
        tokens = tokens[2:]
    office = _kept_name_before_place(text, tokens, policy)
    if office:
        tokens = tokens[1:]
    while tokens and _is_edge_noise(tokens[-1][2], policy, person, school, leading=len(tokens) == 1) \
            and not (not person and _closing_word_of_caps_name(span, tokens)) \
            and not (person and _closing_surname_in_capitals(tokens)) \
            and not (len(tokens) > 2 and tokens[-2][2] == "&" and tokens[-1][2][:1].isupper()
                     and fold(tokens[-1][2]) not in acronym_terms()):
        tokens.pop()  # (a partner's name after "&" is the firm's, even a word the keep-list holds: "VANDENPLAS & NOËL")
    day = DAY_AT_END.search(text, tokens[0][0], tokens[-1][1]) if not person and len(tokens) > 2 else None
    if day and DATE_AFTER_DAY.match(text, tokens[-1][1]):
        # "l'Hôpital Saint-Ambroise du 17/12/2024", "au Foyer Sainte-Anne du 12 au 19 mars": the date's day(s)
        tokens = [token for token in tokens if token[1] <= day.start()]
    if span.text.isupper() and tokens and _closing_function_word(tokens[-1][2]):
        # a heading's words in capitals end with no "DU", "EN", "AUX" ("SERVICE SOCIAL DU [CPAS]"); what is left is a
        # service's name only if a word of it is no ordinary one ("AIDE AUX FAMILLES" is none); a person's, only if
        # one is a listed name ("MARCHAND EN", "MINH LE"; not "EN")
        if person:  # (kept whole, its last word may be a surname: "MINH LE"; dropped when it holds no name)
            words = [token for _, _, token in tokens if not _closing_function_word(token)]
            if all(_ordinary_unnamed(word) or not word[:1].isalnum() for word in words):
                return None
        else:
            while tokens and _closing_function_word(tokens[-1][2]):
                tokens.pop()
            if all(is_word(token.lower()) or not token[:1].isalnum() for _, _, token in tokens):
                return None
    # a letter and its full stop, then a determiner or a pronoun opening the next sentence or item ("deux S. Mon
    # adresse", "A. Une famille", "P. Il dit"), are no person (a surname that is one, "K. Son", "J. Ma", stays)
    if person and len(tokens) == 2 and re.fullmatch(r"[A-Z]\.", tokens[0][2]) and tokens[1][2].istitle() \
            and (fold(tokens[1][2]) in FUNCTION_WORDS or tokens[1][2].lower() in vocabulary.stop_words()) \
            and not in_surnames(tokens[1][2]):
        tokens = []
    # ... and after a name and its initial, the next sentence's determiner goes ("un élève de 4G1, Kylian D. Les
    # commentaires": the name ends with its initial)
    if person and len(tokens) > 2 and re.fullmatch(r"[A-Z]\.", tokens[-2][2]) and tokens[-1][2].istitle() \
            and fold(tokens[-1][2]) in SENTENCE_OPENERS and not in_surnames(tokens[-1][2]) \
            and not in_first_names(tokens[-1][2]) and (after := LOWER_WORD_AFTER.match(text, tokens[-1][1])) \
            and after.group(1) not in vocabulary.stop_words():
        tokens.pop()  # (not a given name after a middle name's initial: "Nguyen T. Ha, est venue", "Tran V. Le (...)",
        # "Nguyen V. Le a signé": a determiner opens a noun, never a verb or a preposition)
    # "avec deux S. Mon adresse": the model ran on past a sentence's full stop into the next one's determiner
    if person and tokens and not tokens[0][2].islower():
        # a name written with capitals ends with one: lower-case words of another language the model ran on
        # into ("Els heeft een nieuwe") are not the name; particles stay inside it ("Van der Linden"), and so
        # do French words (a nickname made of a phrase, "Le Roi du quartier"; a service the model took for a
        # person, "Setis wallon", stays whole)
        # (a lower-case part after a slash stays: a typist's initials, "CD/mvb")
        while len(tokens) > 1 and _trailing_foreign_word(tokens[-1][2]) and not text[tokens[-1][0] - 1] == "/":
            tokens.pop()
    if person:
        kind = next((k for k in range(1, len(tokens) - 1) if fold(tokens[k][2]) in SURNAME_PARTICLES
                     and _kind_after(tokens, k)), None)
        if kind is not None:
            del tokens[kind:]  # "Mertens von der Sekundarschule": where the person works, after "von der"
    if span.entity_type == "LOCATION" and tokens and tokens[0][2][:1].isupper():
        # ... and so does a place's: "Qui a [Grotte] tutti pregano per lui", "[Assomada] amanhã vou"
        while len(tokens) > 1 and _trailing_foreign_word(tokens[-1][2]):
            tokens.pop()
    dash = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i][2] in ("-", "–", "—")), None)
    if not person and dash is not None and policy.is_kept(text[tokens[dash + 1][0]:tokens[-1][1]]):
        del tokens[dash:]  # "École communale du Château - 3e maternelle": a table cell's class after a dash
    if person and len(tokens) > 2 and tokens[-2][2] == "," and _labels_number(text, tokens[-1]):
        del tokens[-2:]  # "K. Hoffmann, Az. 51.2-JA 0738/25": the word after the comma labels the number
    if not tokens:
        return None
    if not person and tokens[0][0] > span.start and len(tokens) > 1 and tokens[0][2].isdigit() \
            and fold(tokens[1][2]) in FOLDED_MONTHS:
        return None  # "[arrêté du Gouvernement de la Communauté française] du 5 octobre 2018 relatif aux services
        # agréés": what the kept issuer leaves is an act's date and its subject, no name
    start, end = tokens[0][0], tokens[-1][1]
    # "CPAS d'Ottignies": the elided "d'" belongs to the sentence, the name is "Ottignies"
    elided = None if person else ELIDED_START.match(tokens[0][2])
    if elided and tokens[0][2][elided.end()].isupper():
        start += elided.end()
    if text[end - 1] == "." and len(tokens[-1][2]) > 3 and not INITIALS_TOKEN.fullmatch(tokens[-1][2]):
        # a sentence's full stop, not "St." nor the initials "A.-M."
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    if span.entity_type == "LOCATION" and STREET_TYPE_ONLY.fullmatch(text, start, end):
        return None  # "place de la mère": the kept term went, a street type alone names nothing
    entity_type = span.entity_type
    if office or entity_type in ("SCHOOL", "ORGANIZATION") and start > span.start \
            and _place_after_of(text, span, start, end):
        entity_type = "LOCATION"  # "CEFA de Jemappes", "Forem Tubize": the kept kind went, the commune is left
    return Span.of(text, start, end, entity_type, span.score, span.source)


FAMILY_LANGUAGE_WORDS = vocabulary.family_language_words()


def _kind_after(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """The particles from ``tokens[k]`` on lead to a kind of school ("von der Sekundarschule")."""
    while k < len(tokens) and fold(tokens[k][2]) in PARTICLES:
        k += 1
    return k < len(tokens) and fold(tokens[k][2]) in SCHOOL_KINDS


def _trailing_foreign_word(word: str) -> bool:
    """A word in lower case that ends no name: another language's (no French word, or a word of a family's Italian,
    Portuguese, Spanish or Luxembourgish messages: "tutti"), not a particle ("van der Linden")."""
    return word.islower() and fold(word) not in SURNAME_PARTICLES \
        and (not is_word(word) or word in FAMILY_LANGUAGE_WORDS)


# the rest of a date after its day ("/12/2024", ".03.", " mars")
DATE_AFTER_DAY = re.compile(rf"[/.-]\d{{1,2}}|[^\S\n]+(?i:{vocabulary.alternation(tuple(vocabulary.month_names()))})")
# "du", "le" or "au" and a day closing a name, or a range of two days ("du 12 au 19")
DAY_AT_END = re.compile(r"[^\S\n]+(?:du|le|au)[^\S\n]+\d{1,2}(?:[^\S\n]+au[^\S\n]+\d{1,2})?$")
HYPHENATED_INITIAL = re.compile(r"(?<![\w.-])[A-Z]\.?-$")
# a first name glued to the label before it, as forms exported from the web or a PDF write them ("Je
# soussignéeIoana POPESCU", "Nom de l'enfant :prénomYanis DUBOIS"): the letters in capitals after the lower case
GLUED_FIRST_NAME = re.compile(rf"(?<=[a-zà-ÿ]{{3}})([{vocabulary.UPPER}][a-zà-ÿ]+(?:-[{vocabulary.UPPER}][a-zà-ÿ]+)?)"
                              r"[^\S\n]+$")


def complete(text: str, span: Span) -> Span:
    """Edges a detector leaves out: the initial of a surname after a person ("Kevin M."), the first of two
    hyphenated initials before it ("A-S Dumont"), the article
    of a commune whose name has one ("au bowling de la Louvière", written in lower case)."""
    if span.entity_type == "PERSON":
        opening = HYPHENATED_INITIAL.search(text, max(0, span.start - 3), span.start)
        if opening and re.match(r"[A-Z]\.?[^\S\n]", span.text):  # "A-S Dumont", "J.-M. Collard": the first initial
            span = Span.of(text, opening.start(), span.end, span.entity_type, span.score, span.source)
        glued = GLUED_FIRST_NAME.search(text, max(0, span.start - 40), span.start)
        if glued and in_first_names(glued.group(1)) and span.text[:1].isupper():
            span = Span.of(text, glued.start(1), span.end, span.entity_type, span.score, span.source)
        initial = SURNAME_INITIAL.match(text, span.end)
        if ABBREVIATED_PARTICLE.search(span.text):
            initial = ABBREVIATED_REST.match(text, span.end)
        if initial:
            return Span.of(text, span.start, initial.end(), span.entity_type, span.score, span.source)
    elif span.entity_type in ("ORGANIZATION", "SCHOOL"):
        adjective = _trailing_adjective(text, span)
        if adjective:
            return Span.of(text, span.start, adjective, span.entity_type, span.score, span.source)
    elif span.entity_type == "LOCATION":
        article = commune_article(text, span.start, span.text)
        if article and article.group(1).lower() not in FUSED_ARTICLES:  # "au" also holds the sentence's "à"
            return Span.of(text, article.start(), span.end, span.entity_type, span.score, span.source)
    return span


def _trailing_adjective(text: str, span: Span) -> int | None:
    """End of the adjective that closes a name opening with an article, agreeing in number with it
    ("Les Sources vives", "Le Bois joli"; not "Les Sources vendredi", "La Chaloupe présente un projet")."""
    article = NAME_WITH_ARTICLE.search(span.text)
    after = TRAILING_ADJECTIVE.match(text, span.end) if article else None
    if after is None:
        return None
    word = after.group(1)
    plural = word.endswith(("s", "x")) and not word.endswith(("ais", "ois"))  # ("gaumais", "namurois": either)
    if word in STOP_WORDS or plural != (article.group(1) == "Les") and not word.endswith("x"):
        return None
    if text[after.end():after.end() + 3].lstrip()[:1] in BRACKET_OR_DASH and classifying_adjective(word):
        return None  # "Le Relais social (RSUL)": the kind's adjective before its acronym, which the name leaves out
    return after.end() if is_adjective(word) or DEMONYM.fullmatch(word) and not is_word(word) else None


BRACKET_OR_DASH = ("(", "–", "—")
# an adjective of a region or a town the lexicon does not hold ("L'Escale boraine", "Le Relais gaumais", "La Maison
# hutoise"): a gentilé's ending
DEMONYM = re.compile(rf"{NAME_ADJECTIVE}|[a-zà-öø-ÿ]+(?:ain|aine|on|onne)s?")


def _place_after_of(text: str, span: Span, start: int, end: int) -> bool:
    """The span was cut down to a commune that followed "de", "d'" or "du" ("CEFA de Jemappes")."""
    return OF_BEFORE.search(text, span.start, start) is not None and text[start:end] in places()


VALIDATED = 0.9  # a structured identifier's score when its checksum or number plan was checked


def _best(spans: list[Span]) -> Span:
    """The member whose type the union takes: a structured identifier (checksum, pattern) first, by its rank in
    the table of types, unless that one failed its check and a longer one passed (a phone number read as such
    beats a BCE number whose check digits fail on part of it: "0040 744 318 205"); among names, the
    longest ("rue Hamoir" is a place even if "Hamoir" looked like a surname; "Athénée royal de Jodoigne" is a
    school)."""
    names = name_types()
    structured = [s for s in spans if s.entity_type not in names]
    if structured:
        best = min(structured, key=lambda s: (rank_of(s.entity_type), -s.score, -s.length))
        longest = max(structured, key=lambda s: (s.length, s.score))
        return longest if best.score < VALIDATED <= longest.score and longest.length > best.length else best
    # at equal length our own evidence (lists, context, propagation) beats the statistical NER
    return min(spans, key=lambda s: (-s.length, s.source == NER_SOURCE, -s.score, rank_of(s.entity_type)))


def _overlapping(ranked: tuple[list[int], list[Span], int], start: int, end: int) -> list[Span]:
    """The spans of ``ranked`` (their starts, the spans sorted by start, the longest's length: :func:`_ranked`) that
    overlap ``start``-``end``, found by bisection (a long text holds thousands of them)."""
    starts, spans, longest = ranked
    low, high = bisect_left(starts, start - longest), bisect_left(starts, end)
    return [s for s in spans[low:high] if s.start < end and start < s.end]


def _ranked(spans: list[Span]) -> tuple[list[int], list[Span], int]:
    ordered = sorted(spans, key=lambda s: s.start)
    return [s.start for s in ordered], ordered, max((s.length for s in ordered), default=0)


PROVINCE_SOURCE = ProvinceRecognizer.__name__
OPENING_ARTICLES = vocabulary.DEFINITE_ARTICLES  # (lower-cased: "Le Brabant wallon")
# the link before a province, inside the person's span that took it or left before it ("du Hainaut")
PROVINCE_LINK_BEFORE = re.compile(r"(?<![\w'’])(?i:du|de|en|de[^\S\n]+la)[^\S\n]+$")
LINK_REACH = 8  # characters looked back for it


def _province_over_model(text: str, spans: list[Span], policy: KeepPolicy) -> list[Span]:
    """The model's place or service around a province's name that adds only an article, words in lower case or
    kept words is the province ("Le Brabant wallon est...", "la zone de police Ouest Brabant wallon", "la Province
    du Brabant wallon"): the kind stays readable, the place goes; a capitalised word of its own makes a service's
    name ("Mutualité chrétienne Brabant wallon"). A person the model read on into a province is the person alone
    ("kevin dupont du hainaut", a message in lower case)."""
    provinces = [s for s in spans if s.source == PROVINCE_SOURCE]
    if not provinces:
        return spans
    out = []
    for span in spans:
        if span.entity_type == "PERSON" and any(
                p.end == span.end and span.start <= p.start
                and (link := PROVINCE_LINK_BEFORE.search(text, max(0, p.start - LINK_REACH), p.start)) is not None
                and span.start in (link.start(), p.start) for p in provinces):
            continue  # "tribunal de la famille du Hainaut": a listed surname after its particle is the province
        inner = next((p for p in provinces if span.source == NER_SOURCE and span.start <= p.start
                      and p.end <= span.end and span.length > p.length), None)
        if inner is None:
            out.append(span)
        elif span.entity_type == "PERSON":
            person = LINK_BEFORE_PLACE.sub("", text[span.start:inner.start]).rstrip()
            if any(in_first_names(word.capitalize()) or in_surnames(word.capitalize())
                   for word in re.findall(r"[^\W\d_]+", person)):  # (not "Vertrouwenscentrum Kindermishandeling")
                out.append(Span.of(text, span.start, span.start + len(person), "PERSON", span.score, span.source))
        else:
            rest = f"{text[span.start:inner.start]} {text[inner.end:span.end]}"
            if not all(word.islower() or word.lower() in OPENING_ARTICLES or policy.is_kept(word)
                       for word in re.findall(r"[^\W\d_]+", rest)):
                out.append(span)
    return out


LINK_BEFORE_PLACE = re.compile(r"(?i:[^\S\n]+(?:du|de|des|d['’]|en|au|à|dans[^\S\n]+le))?[^\S\n,]*[,(–-]?[^\S\n]*$")


# what stands between two names the model read as one: a place's preposition, a comma, a dash, a bracket
NAMES_APART = re.compile(r"[^\S\n]*(?:(?i:à|au|aux|en|chez)|,|[–—-]|\()[^\S\n]*")


def _model_span_over_two_names(text: str, spans: list[Span]) -> list[Span]:
    """The model's span over two names our recognisers found apart, with only a place's preposition or a comma
    between them, is those two names ("l'Institut Notre-Dame des Fagnes à Dison": a school and its town; "le
    Cerf-Volant à Wavre"): a span never covers two names. ("Athénée royal de Jodoigne" stays one: "de" joins a
    school's name to its town.)"""
    own = sorted((s for s in spans if s.source != NER_SOURCE and s.entity_type in name_types()),
                 key=lambda s: (s.start, -s.end))
    if not own:
        return spans
    starts = [s.start for s in own]
    out = []
    for span in spans:
        if span.source == NER_SOURCE and span.entity_type in name_types():
            inside = [s for s in own[bisect_left(starts, span.start):bisect_left(starts, span.end)]
                      if s.end <= span.end]
            if _two_names_apart(text, span, inside):
                continue
        out.append(span)
    return out


# a comma, then a worker's code of two or three capitals closing the span ("M. Hamdan, JK")
CODE_AFTER_COMMA = re.compile(r",[^\S\n]*([A-Z]{2,3})$")


def _staff_code_after_comma(text: str, spans: list[Span]) -> list[Span]:
    """The model's person over a name, a comma and a code of capitals the document names someone by elsewhere ("M.
    Hamdan, JK" where "suivi par JK (Jonathan Kessler)"): two people, the name and the code (a span never covers two
    names; "DUPONT, M." and "DUPONT, Marie" stay one)."""
    codes = {s.text for s in spans if s.entity_type == "PERSON" and s.source != NER_SOURCE
             and re.fullmatch(r"[A-Z]{2,3}", s.text)}
    if not codes:
        return spans
    out = []
    for span in spans:
        code = CODE_AFTER_COMMA.search(span.text) if span.entity_type == "PERSON" and span.source == NER_SOURCE \
            else None
        if code and code.group(1) in codes and code.start() > 0 \
                and not _own_initials(spans, code.group(1), span.text[:code.start()]):
            out.append(Span.of(text, span.start, span.start + code.start(), "PERSON", span.score, span.source))
            out.append(Span.of(text, span.start + code.start(1), span.end, "PERSON", span.score, span.source))
        else:
            out.append(span)
    return out


# where a list, a roster or a chat writes a person as "NOM, Prénom": at its line's or cell's start, after a label's
# colon, a bullet, a number, a time stamp's bracket or a dash (what comes before the surname on its line)
SURNAME_FIRST_BEFORE = re.compile(r"(?:^|[:\]|\t;(•*–—]|\d[.)]|(?<!\S)-)[^\S\n]*$", re.MULTILINE)
# a roster's item opening its line: nothing, a bullet, a number, a time stamp's bracket, a table's cell (not a label's
# colon: "Présents : Joël, Lucie")
ROSTER_ITEM_BEFORE = re.compile(r"^[^\S\n]*(?:[•*–—-]|\d{1,2}[.)]|\[[^\]\n]{1,20}\]|\|)?[^\S\n]*$", re.MULTILINE)
MIN_ROSTER = 3  # items a roster writes "NOM, Prénom", one at least with an unambiguous surname
# ... and closing its item: the line's or cell's end, a bracket, a colon, a separator, an address's "<" (not a comma
# before another name: "Mukendi, Grace, Joseph" lists a family's children after its name)
SURNAME_FIRST_AFTER = re.compile(r"[^\S\n]*(?:$|[(:|\t;/<–—]|-[^\S\n]|,(?![^\S\n]*[^\W\d_]))", re.MULTILINE)


def _surname_comma_first_name(text: str, spans: list[Span]) -> list[Span]:
    """A surname, a comma and a first name, read as two persons, are one person written "NOM, Prénom", as a
    roster, a meeting's list of participants or an exported chat writes its people ("Hermans, Delphine (SAJ)",
    "[09:01] Mbala Nsimba, Christelle :"): only as a list's item (``SURNAME_FIRST_BEFORE``, ``SURNAME_FIRST_AFTER``),
    the first a surname (no listed first name opens it, unless written in capitals or the text names the person first
    name first) and the second first names only ("Présents : Joël, Lucie" are two; "Mme Hermans, Delphine et Arnaud" a
    mother and her children). In a roster that writes three people so or more, one at least with a surname no list
    holds as a first name, an item opening its line with a surname the lists also hold as a first name is one too
    ("- Simon, Nathalie (CPMS)" beside "- Peeters, Jan (CAW)")."""
    people = sorted((s for s in spans if s.entity_type == "PERSON"), key=lambda s: s.start)
    full_names = {fold(s.text) for s in people}  # (written first name first elsewhere: "Christelle Mbala Nsimba")
    joined: dict[Span, Span] = {}
    ambiguous: dict[Span, Span] = {}
    for surname, first in zip(people, people[1:], strict=False):
        if surname in joined or not re.fullmatch(r",[^\S\n]*", text[surname.end:first.start]):
            continue
        line_start = text.rfind("\n", 0, surname.start) + 1
        words = surname.text.split()
        names = re.split(r"[\s-]+", first.text)
        if not (SURNAME_FIRST_BEFORE.search(text, line_start, surname.start)
                and SURNAME_FIRST_AFTER.match(text, first.end)
                and all(word[:1].isupper() and len(word.rstrip(".")) > 1 for word in words)
                and len(names) <= 3 and all(in_first_names(name) for name in names) and not first.text.isupper()):
            continue
        if surname.text.isupper() or not in_first_names(words[0]) \
                or fold(f"{first.text} {surname.text}") in full_names:
            joined[surname] = first
        elif in_surnames(words[0]) and ROSTER_ITEM_BEFORE.search(text, line_start, surname.start):
            ambiguous[surname] = first
    written = sum(1 for span in people if re.search(r"\w,[^\S\n]*\w", span.text))  # (read whole: "Peeters, Jan")
    if (joined or written) and len(joined) + len(ambiguous) + written >= MIN_ROSTER:
        joined.update(ambiguous)
    if not joined:
        return spans
    dropped = set(joined.values())
    return [Span.of(text, span.start, joined[span].end, "PERSON", max(span.score, joined[span].score), span.source)
            if span in joined else span for span in spans if span not in dropped]


def _own_initials(spans: list[Span], code: str, surname: str) -> bool:
    """``code`` is the initials of the first names of a person of the document whose surname is ``surname``
    ("LAMBERT, JM" of Jean-Marc Lambert)."""
    for span in spans:
        names = span.text.split() if span.entity_type == "PERSON" else []
        if len(names) >= 2 and fold(names[-1]) == fold(surname.strip()):
            if "".join(piece[0] for name in names[:-1] for piece in name.split("-") if piece).upper() == code:
                return True
    return False


def _two_names_apart(text: str, span: Span, inside: list[Span]) -> bool:
    """``inside`` (sorted) covers ``span`` from its start to its end, in pieces joined by NAMES_APART only."""
    if len(inside) < 2 or inside[0].start != span.start:
        return False
    end, gaps = inside[0].end, 0
    for piece in inside[1:]:
        if piece.start < end:
            end = max(end, piece.end)
            continue
        if not NAMES_APART.fullmatch(text, end, piece.start) and not (
                piece.entity_type == "PERSON" == inside[0].entity_type and _joins_two_people(text[end:piece.start])):
            return False
        end, gaps = piece.end, gaps + 1
    return end == span.end and gaps > 0


def _joins_two_people(between: str) -> bool:
    """One word in lower case between two persons' names that is no particle of a surname: a conjunction of any
    language ("Sorin ca Costel", "Marie et Paul"; not "Jean de la Fontaine", "Ahmed ben Ali")."""
    words = between.split()
    return len(words) == 1 and words[0].islower() and words[0].isalpha() and between[:1].isspace() \
        and between[-1:].isspace() and fold(words[0]) not in SURNAME_PARTICLES | PARTICLES | NAME_JOINERS


# the words that join the parts of one person's name in the languages of Belgian case files: Arabic filiation ("bin",
# "bint", "ibn", "ould", Tamasheq "ag"), Spanish and Portuguese surnames ("García y López", "Silva e Costa"),
# Vietnamese "thi" ("Nguyen thi Lan")
NAME_JOINERS = frozenset({"bin", "bint", "ibn", "ould", "ag", "y", "e", "thi"})


LISTED_PERSON = 0.75  # a person the name lists say, with no title nor full name (BePersonRecognizer's 0.7)
WEAK_PERSON = 0.6  # a person the name lists alone say, without a cue (BePersonRecognizer's lowest scores)


def _town_over_weak_person(spans: list[Span]) -> list[Span]:
    """A large town abroad the model reads as a place, or the document names as one elsewhere, is no person the name
    lists alone say it could be ("depuis Cologne", "I live in Cologne": Cologne is also a surname in Belgium)."""
    towns = {(s.start, s.end) for s in spans if s.source == NER_SOURCE and s.entity_type == "LOCATION"}
    # (nor where the document names it as a place elsewhere, a town no list gives a gender as a first name: "tante
    # Sol à Lyon", then "les parents préfèrent Lyon"; "Lourdes est venue", "pèlerinage à Lourdes" are two)
    named: dict[str, set[int]] = {}
    for s in spans:
        if s.entity_type == "LOCATION":
            named.setdefault(s.text, set()).add(s.start)
    if not towns and not named:
        return spans
    return [s for s in spans if not (s.entity_type == "PERSON" and s.source != NER_SOURCE and large_town_abroad(s.text)
                                     and (s.score < WEAK_PERSON and (s.start, s.end) in towns
                                          or s.score < LISTED_PERSON and named.get(s.text, set()) - {s.start}
                                          and gender_of_first_name(s.text) is None))]


# a dash with spaces around it between the stops of a route, or between a service's name and its address
ROUTE_DASH = re.compile(r"[^\S\n]+[-–—][^\S\n]+")
MAX_STOP_WORDS = 3
ROUTE_SOURCE = "route"
# "and" in the languages of Belgian case files, between two people the model read as one ("Zuzia i Kuba", "Jan en
# Els", "Ali ve Ayşe"; NAME_JOINERS' "y" and "e" join one person's surnames)
AND_WORDS = frozenset({"et", "i", "und", "en", "and", "ve", "și", "si"})
MAX_PERSON_WORDS = 2


def _model_span_pieces(text: str, span: Span, policy: KeepPolicy) -> list[Span]:
    """What the model read as one name and is several: a place across the dashes of a route ("circuit Rachamps -
    Noville - Bastogne": three villages), a service's name across the dash before its address ("Institut des
    Trois-Tilleuls - rue du Croissant 31": the address is the address recogniser's), two people joined by "and" in
    any language ("Zuzia i Kuba") or listed ("Joël, Lucie"), a full name and, after a comma, a word no list holds as a
    name ("Halina SZYMAŃSKA, Łopuszno": where she lives, a place when a list holds it, else a name of its own, as a
    nickname is: "Kevin Dupont, Kéké pour les intimes")."""
    if span.source != NER_SOURCE or span.entity_type not in name_types():
        return [span]
    street = next((m for m in ROUTE_DASH.finditer(text, span.start, span.end)
                   if STREET_AFTER_DASH.match(text, m.end())), None)
    if street:
        return [Span.of(text, span.start, street.start(), span.entity_type, span.score, span.source)]
    if span.entity_type == "LOCATION" and ROUTE_DASH.search(span.text):
        stops = _pieces(text, span, ROUTE_DASH)
        if all(text[start:start + 1].isupper() and len(text[start:end].split()) <= MAX_STOP_WORDS
               for start, end in stops):
            # (each stop the model's place, no longer its bare guess: it wins over a weak person at the same place,
            # "Ciney - Dinant - Givet")
            # (a kept body or an acronym among the stops stays: "Liège - CPAS - Seraing", "division Seraing - RCD n°")
            return [Span.of(text, start, end, span.entity_type, span.score, ROUTE_SOURCE) for start, end in stops
                    if not policy.is_kept(text[start:end]) and not _acronym_stop(text[start:end])]
    if span.entity_type == "PERSON":
        joined = AND_BETWEEN.search(span.text)
        if joined and joined.group(1) in AND_WORDS:
            people = _pieces(text, span, AND_BETWEEN)
            if len(people) == 2 and all(text[start:start + 1].isupper() and len(text[start:end].split())
                                        <= MAX_PERSON_WORDS for start, end in people) \
                    and any(in_first_names(text[start:end].split()[0]) for start, end in people):
                return [Span.of(text, start, end, "PERSON", span.score, span.source) for start, end in people]
        listed = _pieces(text, span, LIST_COMMA)
        words = [text[start:end] for start, end in listed]
        if len(listed) > 1 and all(" " not in word and not word.isupper() and in_first_names(word) for word in words) \
                and (len(listed) > 2 or not in_surnames(words[0])):
            # "Présents : Joël, Lucie, la grand-mère": first names listed ("Martin, Julie" may be NOM, Prénom, and
            # "AL-HUSSEIN, Omar" is)
            return [Span.of(text, start, end, "PERSON", span.score, span.source) for start, end in listed]
        comma = PLACE_AFTER_NAME.search(span.text)
        if comma and len(span.text[:comma.start()].split()) >= 2 \
                and in_first_names(span.text.split()[0]) and _unknown_place_word(comma.group(1), policy):
            after = comma.group(1)
            kind = "LOCATION" if after in places() or after in foreign_places() else "PERSON"
            return [Span.of(text, span.start, span.start + comma.start(), "PERSON", span.score, span.source),
                    Span.of(text, span.start + comma.start(1), span.end, kind, span.score, span.source)]
    return [span]


def _unknown_place_word(word: str, policy: KeepPolicy) -> bool:
    """A capitalised word no list holds as a name and no lexicon as a word or an acronym ("Łopuszno"; not a function,
    "Generaldirektor", "RCD", a kept body, "Jugendhilfedienst")."""
    return not word.isupper() and not in_first_names(word) and not in_surnames(word) and not is_word(word.lower()) \
        and not foreign_word(word, compounds=True) and not policy.is_kept(word)


MAX_ACRONYM = 5


def _acronym_stop(stop: str) -> bool:
    """Capitals of an acronym no list holds as a place ("RCD", a collective debt settlement; not "ATH")."""
    return stop.isupper() and stop.isalpha() and len(stop) <= MAX_ACRONYM and stop.capitalize() not in places()


def _pieces(text: str, span: Span, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of ``span`` between the matches of ``separator``."""
    pieces, at = [], span.start
    for match in [*separator.finditer(text, span.start, span.end), None]:
        end = match.start() if match else span.end
        pieces.append((at, end))
        at = match.end() if match else at
    return pieces


STREET_AFTER_DASH = re.compile(rf"{vocabulary.street_types_re()}[^\S\n]")
AND_BETWEEN = re.compile(r"(?<=\w)[^\S\n]+(\w+)[^\S\n]+(?=\w)")
LIST_COMMA = re.compile(r",[^\S\n]*")
# a full name, a comma, then one capitalised word (its place)
PLACE_AFTER_NAME = re.compile(r",[^\S\n]+([^\W\d_][\w'’-]+)$")


def _places_out_of_people(text: str, spans: list[Span]) -> list[Span]:
    """A person the model read across a comma onto a place a list knows ("famille MUKENDI, Kinshasa, RD Congo")
    is cut at the comma: the person is the words before the place, the place stays a place (and what follows it,
    a country, is no person)."""
    places = _ranked([s for s in spans if s.entity_type == "LOCATION" and s.source != NER_SOURCE])
    if not places[1]:
        return spans
    result = []
    for span in spans:
        inside = [] if span.entity_type != "PERSON" or span.source != NER_SOURCE or "," not in span.text else [
            p for p in _overlapping(places, span.start, span.end) if span.start < p.start and p.end <= span.end
            and text[p.start - 2:p.start] == ", " and text[p.end:p.end + 1] in ("", ",")]
        if not inside:
            result.append(span)
            continue
        first = min(p.start for p in inside)
        at = span.start
        for piece in re.split(r"(,[^\S\n]*)", text[span.start:first]):
            start, end = at, at + len(piece)
            at = end
            if piece.strip() and not piece.startswith(","):
                result.append(Span.of(text, start, end, span.entity_type, span.score, span.source))
    return result


# an emoji a messaging app shows after a contact's name (one symbol, then its modifiers and joiners)
EMOJI = rf"[^\S\n]?[\U0001F000-\U0001FAFF\u2600-\u27BF][{EMOJI_CHARS}]*"
# a first name, then a town, as a phone's contact list or a chat names someone by where they live ("Sol Lyon 💜",
# "Tonton Kinshasa" is a relation's word, not this): the first name, then its emoji
CONTACT_NAME = re.compile(rf"([^\W\d_][\w'’-]*)[^\S\n]+([^\W\d_][\w'’-]*)(?:{EMOJI})*")


# where a contact's name ends: a message's colon, a conversation's closing quote (after its emoji if any)
CONTACT_AFTER = re.compile(rf"(?:{EMOJI})*[^\S\n]*[:»”]")


def _town_out_of_contact_name(text: str, spans: list[Span]) -> list[Span]:
    """A person read as a first name and a town no list holds as a surname, Belgian or a large one abroad ("Sol
    Lyon", "Aïcha Charleroi"; not "Ouais Manu", a village of Peru's name) is that first name and that place: how a
    phone's contact list tells two people of one first name apart, by their town, as a chat's speaker or a
    conversation's title shows it (a town that is a surname stays a surname: "Julie Namur :")."""
    result = []
    for span in spans:
        named = CONTACT_NAME.fullmatch(span.text) if span.entity_type in ("PERSON", "ORGANIZATION") else None
        town = named.group(2) if named else ""
        if not named or not town[:1].isupper() or not CONTACT_AFTER.match(text, span.end) \
                or not in_first_names(named.group(1)) or in_surnames(town) or is_word(town.lower()) \
                or not (town in places() or large_town_abroad(town)):
            result.append(span)
            continue
        first_end = span.start + named.end(1)
        result.append(Span.of(text, span.start, first_end, "PERSON", span.score, span.source))
        result.append(Span.of(text, span.start + named.start(2), span.start + named.end(2), "LOCATION", span.score,
                              span.source))
    return result


def _outside_validated(text: str, spans: list[Span]) -> list[Span]:
    """A number read by an unchecked shape that straddles the edge of a checked identifier is cut at that edge
    ("5390 0754 7034 12" read as a reference across the account "BE68 5390 0754 7034" and the date "12
    septembre"): the checked number ends where its check says, and what sticks out is a span of its own,
    merged with whatever covers it (else the account and the date became one span, replaced as an account)."""
    names = name_types()
    checked = _ranked([s for s in spans if s.entity_type not in names and s.score >= VALIDATED])
    if not checked[1]:
        return spans
    result = []
    for span in spans:
        crossed = [] if span.entity_type in names or span.score >= VALIDATED else [
            c for c in _overlapping(checked, span.start, span.end) if c is not span
            and not (span.start <= c.start and c.end <= span.end)]
        if not crossed:
            result.append(span)
            continue
        start, end = span.start, span.end
        for c in crossed:
            start, end = (max(start, c.end), end) if c.start <= start else (start, min(end, c.start))
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if start < end:
            result.append(Span.of(text, start, end, span.entity_type, span.score, span.source))
    return result


def merge_overlaps(text: str, spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans: each cluster of overlapping spans becomes its union."""
    merged: list[Span] = []
    cluster: list[Span] = []
    cluster_end = -1
    for span in sorted(_outside_validated(text, list(spans))):
        if cluster and span.start >= cluster_end:
            merged.append(_union(text, cluster))
            cluster = []
        cluster.append(span)
        cluster_end = max(cluster_end, span.end) if len(cluster) > 1 else span.end
    if cluster:
        merged.append(_union(text, cluster))
    return merged


def _union(text: str, cluster: list[Span]) -> Span:
    best = _best(cluster)
    start, end = min(s.start for s in cluster), max(s.end for s in cluster)
    if (start, end) == (best.start, best.end):
        return best
    # a name ending with its partners' word or its legal form is a firm's, whoever the longest member took it for
    # ("Menuiserie Lemaître" read as a person, "Lemaître & Fils" as a firm)
    kind = "ORGANIZATION" if best.entity_type == "PERSON" and FIRM_END.search(text, start, end) \
        and any(s.entity_type == "ORGANIZATION" and s.end == end for s in cluster) else best.entity_type
    return Span.of(text, start, end, kind, best.score, best.source)


def _cut_protected_head(text: str, span: Span, protected: list[tuple[int, int]], policy: KeepPolicy
                        ) -> Span | None:
    """"Service de Santé Mentale L'Éclaircie" -> "L'Éclaircie": a kept multi-word term that opens a
    name-like span is not part of the name. None when the span lies inside a kept term.
    ``protected`` is sorted by start; only the ranges starting at or before the span matter."""
    index = bisect_right(protected, (span.start, float("inf")))
    # of the kept terms the span starts in, the one reaching furthest ("Service de l'aide à la jeunesse", not
    # the "le service" that overlaps its start)
    end = max((end for _start, end in protected[max(0, index - MAX_OVERLAPPING_RANGES):index] if end > span.start),
              default=None)
    if end is None or span.entity_type not in name_types():
        return span  # (a number, a plate, a date is never part of a kept phrase: "son iPhone 0475 12 34 56")
    if span.end <= end:
        return None
    rest = trim(text, Span.of(text, end, span.end, span.entity_type, span.score, span.source), policy)
    # ordinary words in lower case after it name nothing: "[un iPhone 11] noir", "[SAJ] concerné"
    if rest is not None and all(word.islower() and is_word(word) for word in re.findall(r"\w+", rest.text)):
        return None
    # ... nor what lies inside another kept term: "[Centre PMS] de la [Communauté française]"
    if rest is not None and any(start <= rest.start and rest.end <= stop
                                for start, stop in protected[index:index + MAX_OVERLAPPING_RANGES]):
        return None
    # (the "de" before the commune, which trimming may have taken off: read from the kept term's end, on its line)
    elided = None
    if rest is not None and span.entity_type != "PERSON":
        elided = ELIDED_OF.match(text, rest.start, rest.end)
        between = len(text[end:span.end]) - len(text[end:span.end].lstrip(" \t"))
        if elided is None and rest.start - end <= between + len("de "):
            elided = ELIDED_OF.match(text, end + between, rest.end)
    if elided and is_place(elided.group(1)):  # "[CENTRE PUBLIC D'ACTION SOCIALE] D'ANDERLECHT", "[SERVICE DE
        # PROTECTION JUDICIAIRE] DE NAMUR": the commune
        return Span.of(text, elided.start(1), rest.end, "LOCATION", rest.score, rest.source)
    return rest


# what is left of "Service social du CPAS de Wavre" once the kept kind went: qualifiers, "du", a kept acronym, "de" and
# the commune
KEPT_SERVICE_OF_PLACE = re.compile(r"(?:[^\W\d_]+[^\S\n]+){0,2}(?i:du|de[^\S\n]+la|des|de[^\S\n]+l['’])[^\S\n]*"
                                   r"([^\W\d_]+)[^\S\n]+(?i:de[^\S\n]+|d['’][^\S\n]*)(\S.*)")


OF_PLACE = re.compile(r"[^\S\n]+(?i:de[^\S\n]+|d['’][^\S\n]*)(?=\S)")


def _place_of_kept_service(text: str, span: Span, policy: KeepPolicy) -> Span:
    """"[Service] social du CPAS de Wavre", "SOCIAL DU CPAS DE WAVRE": qualifiers and a kept service before "de" and a
    commune say which kind of office, the commune which one: the commune alone is named."""
    if span.entity_type not in ("ORGANIZATION", "LOCATION"):
        return span
    for of in OF_PLACE.finditer(span.text):
        # a kept public body's proper name, then "de" and a commune: "Fédération Wallonie-Bruxelles de La Louvière"
        # (two capitalised words; not a kind of service a commune names, "Maison de l'emploi de Wavre")
        before = span.text[:of.start()]
        if len(re.findall(rf"(?<![\w'’-])[{vocabulary.UPPER}]", before)) >= 2 and policy.is_kept(before) \
                and is_place(span.text[of.end():]):
            return Span.of(text, span.start + of.end(), span.end, "LOCATION", span.score, span.source)
    match = KEPT_SERVICE_OF_PLACE.fullmatch(span.text)
    if match is None or not policy.is_kept(match.group(1)) or not is_place(match.group(2)) \
            or not all(policy.is_kept(w) or is_word(w.lower())
                       for w in re.findall(r"[^\W\d_]+", span.text[:match.start(1)])):
        return span
    return Span.of(text, span.start + match.start(2), span.end, "LOCATION", span.score, span.source)


def _place_after_protected(text: str, span: Span, protected: list[tuple[int, int]], policy: KeepPolicy) -> Span:
    """"[SERVICE DE PROTECTION JUDICIAIRE] DE NAMUR", "[Centre PMS] d'Ottignies", "du [CPAS] de Wavre": "de" and a
    commune right after a kept term are where that service sits, not a surname with its particle."""
    elided = ELIDED_OF.match(span.text)
    if elided is None or span.entity_type not in ("PERSON", "ORGANIZATION") or not is_place(elided.group(1)):
        return span
    index = bisect_right(protected, (span.start, float("inf")))
    kept_before = WORD_BEFORE.search(text, max(0, span.start - MAX_KEPT_WORD), span.start)
    if not any(end <= span.start and not text[end:span.start].strip(" \t")
               for _start, end in protected[max(0, index - MAX_OVERLAPPING_RANGES):index]) \
            and not (kept_before and policy.is_kept(kept_before.group(1))):
        return span
    return Span.of(text, span.start + elided.start(1), span.end, "LOCATION", span.score, span.source)


WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
MAX_KEPT_WORD = 30  # characters looked at before a span for the kept word it follows
ELIDED_OF = re.compile(r"(?i:d['’]|de[^\S\n]+)(\S.*)$")
HOSPITAL_WORD = re.compile(HOSPITAL)  # (a hospital named after its commune is that hospital: "Hôpital de Nivelles")


def _cut_protected_tail(text: str, span: Span, protected: list[tuple[int, int]], policy: KeepPolicy
                        ) -> Span | None:
    """"l'école au Centre PMS" -> nothing: a kept multi-word term that closes a school's or a service's span after
    a preposition, with nothing but a kind before it, is the place the kind goes to, and no name at all."""
    if span.entity_type not in ("SCHOOL", "ORGANIZATION"):
        return span
    index = bisect_right(protected, (span.end, float("inf")))
    start = min((start for start, end in protected[max(0, index - MAX_OVERLAPPING_RANGES):index]
                 if span.start < start < span.end <= end and end - start > 3 and " " in text[start:end]), default=None)
    if start is None:
        return span
    # (or its organising power after "de la": "le Centre PMS de la Communauté française")
    link = re.search(r"[^\S\n]+(?i:au|aux|du|des|à[^\S\n]+la|à[^\S\n]+l['’]|à|de[^\S\n]+la)[^\S\n]+$",
                     text[span.start:start])
    head = text[span.start:span.start + link.start()] if link else ""
    if head and all(word.islower() or policy.is_kept(word) for word in re.findall(r"[^\W\d_]+", head)):
        return None  # a kind and a preposition before it: "l'école au Centre PMS" names no school
    return span


# the date of a law identifies nobody: "décret du 18 janvier 2018", "loi du 8 juillet 1976 organique des
# CPAS", "arrêté du Gouvernement de la Communauté française du 5 décembre 2018" (a youth judge's
# "ordonnance du 3 mars" is a date of the case, and stays a DATE)
# the acts of the legislator and the administration, whose dates identify nobody ("la loi du 8 avril 1965")
LAWS = ("loi", "décret", "arrêté", "circulaire", "code")
# the acronyms of governments' orders ("AGW du 7 juillet 1994", "AGCF du 5 décembre 2018": Gouvernement wallon, de la
# Communauté française, de la Région de Bruxelles-Capitale, of the Commission communautaire commune, of the
# German-speaking Community), as the Moniteur belge and circulars write them (not "AR", "AM": a registered letter's
# receipt, a return ticket, an afternoon, a worker's initials: "recommandé avec AR du 14 mars 2024")
LAW_ACRONYMS = ("AGW", "AGCF", "AGRBC", "AGCCC", "AGCG")
LEGAL_ACT_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(LAW_ACRONYMS) + r")\b[^\S\n]+du\s+$)|"
    r"(?i:\b(?:" + "|".join(f"{law}s?" for law in LAWS) +
    # (a European act with its number: "règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016")
    r"|(?:règlement|directive)[^\S\n]+(?:\((?:UE|CE|CEE)\)[^\S\n]*)?(?:n°[^\S\n]*)?\d{2,4}/\d{1,4}"
    # (an international treaty: "l'apostille (Convention de La Haye du 5 octobre 1961)", "la Convention
    # internationale relative aux droits de l'enfant du 20 novembre 1989"; not a case's "convention de placement du 3
    # mars", "convention relative à l'hébergement", "convention internationale de stage")
    r"|convention[^\S\n]+(?:(?:(?:internationale|européenne)[^\S\n]+)?(?:(?:relative[^\S\n]+aux|des)[^\S\n]+droits"
    r"[^\S\n]+(?:de[^\S\n]+l['’](?:enfant|homme)|des[^\S\n]+personnes[^\S\n]+handicapées)"
    r"|relative[^\S\n]+au[^\S\n]+statut[^\S\n]+des[^\S\n]+(?:réfugiés|apatrides))"
    r"|de[^\S\n]+(?:la[^\S\n]+haye|genève|new[^\S\n]+york|vienne|lanzarote|istanbul)))"
    r"\b(?:[^.;:\n\d,()]|\([^().;:\n\d]{0,60}\)){0,80}?\bdu\s+)$")  # (a bracket closed before "du", "le décret
# (Communauté française) du ..."; not across a comma or into a bracket: "(art. 38 du Code), ordonnance du ...",
# "la loi (placement ordonné par jugement du 12 mars 2024)")


def _titled_surname(text: str, span: Span, trimmed: Span) -> bool:
    """A kept proper name right after a person's title is that person's surname: "M. Stroop", "Mme Beck" (a test
    named after its author is kept alone), and so is a kept common noun written with its capital right after the title
    ("M. Greffe"); after an article it stays that noun ("M. le juge", "Mme la directrice"), and so does an office
    of the keep-list's that no list holds as a surname after a German or Dutch form of address, as such a letter
    addresses it ("Sehr geehrte Frau Friedensrichterin", "Frau Direktorin"; "Herr Richter" is a surname too, "Herr
    Juge" a French one)."""
    if span.entity_type != "PERSON" or " " in trimmed.text or not trimmed.text[:1].isupper():
        return False
    if fold(trimmed.text) in office_terms() and not in_surnames(trimmed.text) \
            and word_before(text, trimmed.start).rstrip(".") in FOREIGN_ADDRESS:
        return False
    return _after_title(text, trimmed.start)


# the forms of address of a German or Dutch letter, before an office ("Frau Friedensrichterin"; "M. Juge" and "Mme
# Parrain" are French surnames)
FOREIGN_ADDRESS = frozenset({"frau", "herr", "mevrouw", "mevr", "heer", "meneer", "mijnheer", "dhr"})


def _after_title(text: str, start: int) -> bool:
    """The word before ``start`` is a person's title ("M.", "Mme", "Dr", "Frau", "Mevrouw")."""
    word = word_before(text, start)
    return bool(word) and (word in TITLES or word.rstrip(".") in TITLES)


def _legal_date(text: str, span: Span) -> bool:
    return span.entity_type == "DATE" and LEGAL_ACT_BEFORE.search(text, max(0, span.start - 100), span.start) \
        is not None


def resolve(text: str, spans: Iterable[Span], policy: KeepPolicy, tables: Iterable[Grid] = ()) -> list[Span]:
    """Trim, drop kept terms (alone or inside a kept multi-word term) and the dates of laws, merge overlaps.
    ``tables``: the tables the document's format knows (:meth:`anonymizer.formats.base.Document.tables`)."""
    protected = sorted(policy.protected_ranges(text))
    cleaned = []
    for span in (piece for found in spans for piece in split_at_kinship(text, found)):
        if _legal_date(text, span):
            continue
        trimmed = trim(text, span, policy)
        if trimmed is not None and trimmed.entity_type in name_types() and SPACED_NAME.fullmatch(trimmed.text):
            # a name spelt with spaces: its letters are no kept head or tail ("W E T S"), and it names a person
            cleaned.append(dataclasses.replace(trimmed, entity_type="PERSON"))
            continue
        if trimmed is not None:
            trimmed = _place_after_opening_word(text, _place_after_foreign_word(text, complete(text, trimmed)))
        if trimmed is not None and protected:
            head_cut = _cut_protected_head(text, trimmed, protected, policy)
            if head_cut is not None and head_cut.start > trimmed.start and head_cut.entity_type == "ORGANIZATION" \
                    and _after_kept_kind(text, head_cut.start, policy):
                head_cut = trim(text, head_cut, policy)  # "[Centre PMS] provincial de Verviers": the kind's
                # qualifiers and "de" after the kept kind go too
            trimmed = head_cut
            if trimmed is not None:
                trimmed = _cut_protected_tail(text, trimmed, protected, policy)
            if trimmed is not None:
                trimmed = _place_after_protected(text, trimmed, protected, policy)
        if trimmed is not None:
            trimmed = _place_of_kept_service(text, trimmed, policy)
        if trimmed is not None and trimmed.start > span.start \
                and trimmed.entity_type in ("ORGANIZATION", "SCHOOL") and classifying_adjective(trimmed.text):
            continue  # what a kept kind leaves is its adjective ("HÔPITAL DE JOUR PÉDOPSYCHIATRIQUE", "ÉCOLE INTERNE")
        if trimmed is None or (policy.is_kept(trimmed.text) or _kept_with_its_mark(text, trimmed, policy)) \
                and not _titled_surname(text, span, trimmed) and span.source != PROVINCE_SOURCE \
                or _no_name(text, trimmed) or _ordinary_rest(span, trimmed, policy):
            continue
        cleaned.append(trimmed)
    services = {ARTICLE.sub("", fold(s.text)) for s in cleaned if s.entity_type in ("ORGANIZATION", "SCHOOL")}
    cleaned = [piece for span in cleaned for piece in split_at_service(text, span, services)]
    cleaned = [piece for span in cleaned for piece in _person_and_town(text, span)]
    cleaned = [piece for span in cleaned for piece in _split_at_kept_acronym(text, span, policy)]
    cleaned = [piece for span in cleaned for piece in _model_span_pieces(text, span, policy)]
    cleaned = [_before_titled_person(text, span) for span in cleaned]
    cleaned = [_with_emoji(text, _place_surname(text, span)) for span in cleaned]
    cleaned += [nickname for span in cleaned if span.entity_type == "PERSON"
                for nickname in (*_nickname_after(text, span), *_nickname_before(text, span),
                                 *_code_after(text, span, policy), *_partner(text, span, policy))]
    cleaned += [acronym for span in cleaned if span.entity_type in ("ORGANIZATION", "SCHOOL")
                for acronym in _acronym_after(text, span)]
    cleaned = _places_out_of_people(text, cleaned)
    cleaned = _town_out_of_contact_name(text, cleaned)
    cleaned = _persons_of_kinds(text, cleaned)
    cleaned = _contacts_of_services(text, cleaned)
    cleaned = _province_over_model(text, cleaned, policy)
    cleaned = _model_span_over_two_names(text, cleaned)
    cleaned = _staff_code_after_comma(text, cleaned)
    cleaned = _surname_comma_first_name(text, cleaned)
    cleaned = _town_over_weak_person(cleaned)
    cleaned = _with_own_initial(text, cleaned)
    cleaned = [_with_first_name_before(text, span) for span in cleaned]
    cleaned += _initials(text, [span for span in cleaned if span.entity_type == "PERSON"], policy)
    cleaned += _listed_after(text, [span for span in cleaned if span.entity_type == "PERSON"], policy)
    cleaned += _listed_initials(text, [span for span in cleaned if span.entity_type == "PERSON"], policy)
    cleaned += _writer_initials(text, policy)
    cleaned += _sign_off_initials(text, policy)
    cleaned += _legend_initials(text, [span for span in cleaned if span.entity_type == "PERSON"], policy)
    cleaned = _with_postcodes(text, cleaned)
    cleaned = _first_names_apart(text, cleaned)
    cleaned = _hyphen_joined(text, cleaned)
    cleaned += column_cells(text, cleaned, policy, tables)
    cleaned = _names_before_phones(text, cleaned)
    merged = merge_overlaps(text, cleaned)
    people = {fold(span.text) for span in merged if span.entity_type == "PERSON"}
    return [_station_town(text, piece) for span in merged for piece in split_range(text, span)
            for piece in _two_towns(text, piece, people)]


# a kind of place or service, an adjective maybe, then "de" and one name: "l'école de Bêrîvan", "Résidence actuelle
# d'Esther :" (the place the person goes to or lives at, named by her)
KIND_OF_PERSON = re.compile(rf"(?i:[^\W\d_]+)(?:[^\S\n]+[^\W\d_A-Z]+)?[^\S\n]+(?:de[^\S\n]+|d['’])"
                            rf"([{vocabulary.UPPER}][^\W\d_]+(?:-[{vocabulary.UPPER}][^\W\d_]+)?)")

LABEL_COLON = re.compile(r"[^\S\n]*:")  # a form's label after its word ("Gezinssamenstelling :")


def _persons_of_kinds(text: str, spans: list[Span]) -> list[Span]:
    """A service's or a school's span that is its kind in lower case, or a form's label, and a person the text names
    elsewhere: the person's place ("l'école de Bêrîvan", "Résidence actuelle d'Esther :" where Bêrîvan and Esther
    are persons; a school's own name, "Athénée royal de Mélin", stays whole whoever is called Mélin)."""
    people = {fold(piece) for span in spans if span.entity_type == "PERSON" for piece in span.text.split()}
    out = []
    for span in spans:
        match = KIND_OF_PERSON.fullmatch(span.text) if span.entity_type in ("ORGANIZATION", "SCHOOL") else None
        if match and fold(span.text.split()[0]) in KIND_WORDS and fold(match.group(1)) in people \
                and match.group(1) not in places() \
                and (span.text[:1].islower() or LABEL_COLON.match(text, span.end) is not None):
            start = span.start + match.start(1)
            span = Span.of(text, start, span.start + match.end(1), "PERSON", span.score, span.source)
        out.append(span)
    return out


# a chat's sender as a phone exports it: its line opens with the message's stamp (or nothing), a colon follows it
# (LABEL_COLON)
CHAT_STAMP_BEFORE = re.compile(r"(?:^|\n)(?:[\d/.,:\[\]()–-]|[^\S\n])*$")
CHAT_STAMP_REACH = 30  # characters of a message's stamp before its sender ("21/12/2024, 15:40 - ")


def _chat_sender(text: str, name: str) -> bool:
    """``name`` is somewhere in ``text`` a chat's sender: after a message's stamp or at its line's start, before a
    colon."""
    return any(CHAT_STAMP_BEFORE.search(text, max(0, match.start() - CHAT_STAMP_REACH), match.start())
               for match in re.finditer(re.escape(name) + LABEL_COLON.pattern, text))


def _contacts_of_services(text: str, spans: list[Span]) -> list[Span]:
    """A chat's sender saved in the phone as a first name and the service its owner works for ("Yusuf Clairière :"
    where the document names "La Clairière"): the person is the first name, the word the service, wherever the
    document writes the pair ("Membres : Yusuf Clairière, ..."). Only a pair the document writes as a chat's sender
    and a service's word the document names (a role or a kind of place may be a surname that is a word: "Ségolène
    Royal :", "Luc Parrain :", "Sophie Chemin :" in a meeting's minutes; the word stays removed either way)."""
    heads = {fold(span.text.split()[-1]) for span in spans if span.entity_type in ("ORGANIZATION", "SCHOOL")
             and len(span.text.split()) > 1}
    if not heads:
        return spans
    out = []
    for span in spans:
        words = span.text.split()
        if span.entity_type == "PERSON" and len(words) == 2 and words[1][:1].isupper() and not words[1].isupper() \
                and fold(words[1]) in heads and in_first_names(words[0]) and not in_surnames(words[1]) \
                and _chat_sender(text, span.text):
            second = span.start + span.text.index(words[1], len(words[0]))
            out.append(Span.of(text, span.start, span.start + len(words[0]), "PERSON", span.score, span.source))
            out.append(Span.of(text, second, second + len(words[1]), "ORGANIZATION", span.score, span.source))
            continue
        out.append(span)
    return out


# what joins a name to the phone number after it: "chez Rosa Pereira au 056 84 17 32", "Le Toit : 081 22 33 44"
NAME_TO_NUMBER = re.compile(r"(?:[^\S\n]+(?i:au|à|tél\.?|tel\.?|gsm)|[^\S\n]*[:,–—-])?[^\S\n]*$")


# a time zone's offset, then the towns that name it, up to the span ("(UTC+01:00) Bruxelles, Copenhague, Madrid")
# (a town's name of three words at most, six towns at most: a sentence after them names its own places)
TIME_ZONE_BEFORE = re.compile(r"\((?:UTC|GMT)[^\S\n]?[+−-][^\S\n]?\d{1,2}(?::\d{2})?\)[^\S\n]*"
                              rf"(?:[{vocabulary.UPPER}][\w'’-]*(?:[^\S\n][{vocabulary.UPPER}][\w'’-]*){{0,2}},[^\S\n]*){{0,6}}$")
TIME_ZONE_AFTER = re.compile(r"[^\S\n]*(?:,|\n|$)")  # the next town's comma, or the line's end
CHEZ_OR_ARTICLE = re.compile(r"(?i:\bchez[^\S\n]+)$|(?<![\w])(?:Le|La|Les|L['’])[^\S\n]*(?=[A-ZÀ-Ý])")


def _names_before_phones(text: str, spans: list[Span]) -> list[Span]:
    """A name a recogniser ran on into the phone number after it ends before the number: the name and the number are
    two entities (merged, the number's span took the name with it, and the name was lost to its key and to the
    surrogates)."""
    phones = [span for span in spans if span.entity_type == "PHONE"]
    if not phones:
        return spans
    out = []
    for span in spans:
        if span.entity_type in name_types():
            number = min((p.start for p in phones if span.start < p.start < span.end), default=None)
            if number is not None:
                joint = NAME_TO_NUMBER.search(text, span.start, number)
                end = joint.start() if joint else number
                words = re.findall(r"[^\W\d_]+", text[span.start:end])
                named = CHEZ_OR_ARTICLE.search(text, max(0, span.start - 6), span.start + 4) is not None
                if not words or not named and all(map(_ordinary_unnamed, words)):
                    continue  # ordinary words before the number are its label ("Permanence 081...", "Secrétariat :");
                    # after "chez" or opening with an article they name a place ("chez La Passerelle au 081...")
                span = Span.of(text, span.start, end, span.entity_type, span.score, span.source)
        out.append(span)
    return out


FIRST_NAME_GLUED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{2,})-$")
FIRST_NAME_GLUED_AFTER = re.compile(r"-([^\W\d_]{2,})(?![\w-])")


def _hyphen_joined(text: str, spans: list[Span]) -> list[Span]:
    """A person's name is the whole compound a hyphen glues it into with another first name ("lou-anne" of which
    the model found "anne", in a letter written in lower case; "Jean-" and "Marc" found apart)."""
    joined = []
    for span in spans:
        if span.entity_type == "PERSON":
            start, end = span.start, span.end
            before = FIRST_NAME_GLUED_BEFORE.search(text, max(0, start - 30), start)
            if before and in_first_names(before.group(1)) and before.group(1).islower() == text[start].islower():
                start = before.start(1)
            after = FIRST_NAME_GLUED_AFTER.match(text, end)
            if after and in_first_names(after.group(1)) and after.group(1).islower() == text[end - 1].islower():
                end = after.end(1)
            if (start, end) != (span.start, span.end):
                span = Span.of(text, start, end, "PERSON", span.score, span.source)
        joined.append(span)
    return joined


def _in_capitals_line(text: str, match: re.Match[str]) -> bool:
    """The capitals are a word of a heading: their line's other letters are in capitals too."""
    line = vocabulary.line_around(text, match.start(), match.end())
    return sum(c.isalpha() for c in line) > len(match.group()) and line.upper() == line


def _first_names_apart(text: str, spans: list[Span]) -> list[Span]:
    """Two first names side by side in a message's lower case that the text also writes each alone are two persons
    ("madame ines yassine il est avec vous ?", where "ines" and "yassine" each stand alone elsewhere, or open a full
    name written with capitals, "Ines Lambert"), not one name
    (written with capitals, "Exaucé Mbuyi" beside "Mme Mbuyi" is a first name and a surname the lists lack)."""
    alone = {fold(span.text.strip()) for span in spans if span.entity_type == "PERSON" and " " not in span.text.strip()}
    # (or as the first name of a full name: "madame nathalie dylan a eu 15 ans" after "Nathalie Gillet")
    openers: dict[str, set[str]] = {}  # first word of a full name -> the rest of its names
    for span in spans:
        if span.entity_type == "PERSON" and len(span.text.split()) >= 2 and span.text[:1].isupper():
            openers.setdefault(fold(span.text.split()[0]), set()).update(fold(w) for w in span.text.split()[1:])
    alone |= set(openers)
    out = []
    for span in spans:
        parts = list(re.finditer(r"\S+", span.text))
        # (a first name the lists hold as a surname too is a first name where it opens the pair and a full name:
        # "monsieur mehdi bassel est venu" after "Mehdi Boukhari"; second, such a word is the first one's surname,
        # "monsieur nabil simon", unless the text gives the first one another: "salut nabil simon vient" after
        # "Nabil Bakkali")
        first, second = (fold(part.group()) for part in parts) if len(parts) == 2 else ("", "")
        if span.entity_type == "PERSON" and len(parts) == 2 and span.text.islower() and all(
                fold(part.group()) in alone and in_first_names(part.group().capitalize())
                and (not in_surnames(part.group().capitalize()) or index == 0 and first in openers
                     or index == 1 and first in openers and second not in openers[first])
                for index, part in enumerate(parts)):
            out += [Span.of(text, span.start + part.start(), span.start + part.end(), span.entity_type, span.score,
                            span.source) for part in parts]
        else:
            out.append(span)
    return out


# a postcode (Belgian, or German and French of five digits, with its country letter) opening an address line or
# after a comma or a colon: "4780 St. Vith", "Zum Kiesberg 9, 52062 Aachen", "Adresse : B-4700 Eupen"
POSTCODE_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[,(–:])[^\S\n]*|(?<=[,(–:][^\S\n]))"
                             r"(?:[A-Z]{1,2}-)?[1-9]\d{3,4}[^\S\n]+$")


def _with_postcodes(text: str, spans: list[Span]) -> list[Span]:
    """A place written after its postcode takes it (a postcode names the commune as well as its name does),
    whichever recogniser found the place; a number read by an unchecked shape in that postcode ("B-4700" as a
    reference) goes, so that the place is not merged into a reference."""
    extended, postcodes = [], []
    for span in spans:
        match = POSTCODE_BEFORE.search(text, max(0, span.start - 12), span.start) \
            if span.entity_type == "LOCATION" else None
        number = re.sub(r"\D", "", match.group()) if match is not None else ""
        if match is not None and (len(number) != 4 or postcode_of_place(number, span.text)):  # (not "2015 Liège")
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            postcodes.append((start, span.start))
            span = Span.of(text, start, span.end, span.entity_type, span.score, span.source)
        extended.append(span)
    if not postcodes:
        return spans
    names = name_types()
    return [s for s in extended if s.entity_type in names or s.score >= VALIDATED
            or not any(start <= s.start and s.end <= end + 1 for start, end in postcodes)]


STATION = re.compile(r"(?i:gare|station|bahnhof|[ée]cole(?:[^\S\n]+(?:fondamentale|primaire|maternelle))?"
                     r"[^\S\n]+communale)[^\S\n]+(?:de[^\S\n]+|d['’][^\S\n]*|van[^\S\n]+)?")


def _station_town(text: str, span: Span) -> Span:
    """A railway station or a communal school named after its town is the town ("la gare de Halle", "l'école
    communale de La Calamine"): the town alone is replaced, so that it is the same place as everywhere else in
    the case, and the kind of place stays readable."""
    match = STATION.match(text, span.start, span.end) if span.entity_type in ("LOCATION", "SCHOOL") else None
    if match is None or match.end() >= span.end or not place_key(text[match.end():span.end]):
        return span
    return dataclasses.replace(span, start=match.end(), text=text[match.end():span.end], entity_type="LOCATION")


def _two_towns(text: str, span: Span, people: set[str]) -> list[Span]:
    """Two places a hyphen joins that no place's name is ("Liège-Verviers", a journey; "Anvers-Berchem", a town and
    its district) are two places, each the same as everywhere else in the case ("Comines-Warneton" and
    "Braine-l'Alleud" are one commune's names); not when the document names a person so ("Mme Dinant", then "le bus
    Namur-Dinant": the half would be read as her). ``people``: the document's persons' names, folded."""
    if span.entity_type != "LOCATION" or "-" not in span.text or is_place(span.text):
        return [span]
    for at in (m.start() for m in re.finditer("-", span.text)):
        left, right = span.text[:at], span.text[at + 1:]
        if left.strip() == left and right.strip() == right and is_place(left) and is_place(right) \
                and fold(left) not in people and fold(right) not in people:
            return [Span.of(text, span.start, span.start + at, "LOCATION", span.score, span.source),
                    Span.of(text, span.start + at + 1, span.end, "LOCATION", span.score, span.source)]
    return [span]


def split_range(text: str, span: Span) -> list[Span]:
    """A range of days is two dates ("du 17 au 18 octobre": "17", "18 octobre"), so that each day is the
    same date wherever else the case writes it; the first takes its month from the second."""
    if span.entity_type != "DATE":
        return [span]
    match = dates.RANGE.fullmatch(text[span.start:span.end])
    if match is None or dates.parse(match["last"], 2000) is None:
        return [span]
    first_end = span.start + match.end("er" if match["er"] else "first")
    return [dataclasses.replace(span, end=first_end, text=text[span.start:first_end]),
            dataclasses.replace(span, start=span.start + match.start("last"), text=match["last"])]


# a person written by initials: "M.D.", "J.-L. R.", "SB"
INITIALS_ITEM = r"(?:[A-Z]\.(?:-[A-Z]\.)?[^\S\n]?){2,3}|[A-Z]{2,3}"
INITIALS_SHAPE = re.compile(INITIALS_ITEM)
# the next initials of a list of them: "M.D., K.O., J.-L. R., SB, N.T., P.V.", "J.-L. R. / SB"
NEXT_INITIALS = re.compile(rf"[^\S\n]*(?:,|/|&|et)[^\S\n]*({INITIALS_ITEM})(?![\w.-])")
LIST_GOES_ON = re.compile(r"[^\S\n]*(?:[,/;.|]|$)", re.MULTILINE)


def _listed_initials(text: str, people: list[Span], policy: KeepPolicy) -> list[Span]:
    """After a person written by initials, the next items of the list that are initials too (a shift's staff, a
    week's signatures): dotted ones whatever they spell ("P.V."), two or three capitals unless a kept acronym."""
    found: list[Span] = []
    queue = [span for span in people if INITIALS_SHAPE.fullmatch(span.text.strip())]
    while queue:
        span = queue.pop()
        match = NEXT_INITIALS.match(text, span.end)
        if match is None:
            continue
        written = match.group(1).strip()
        # (two capitals are initials in the list's middle or at its end, "SB, N.T.", not "TV et PC le soir")
        if "." not in written and (policy.is_kept(written) or match.group().strip().startswith(("et", "&"))
                                   or not LIST_GOES_ON.match(text, match.start(1) + len(written))):
            continue
        if any(other.start == match.start(1) for other in found):
            continue
        found.append(Span.of(text, match.start(1), match.start(1) + len(written), "PERSON", span.score, "initiales"))
        queue.append(found[-1])
    return found


# the next name of a list of people written in lower case: "merci tata hafsa et maria", "sandrine, dyl et lulu"
LISTED_AFTER = re.compile(r"[^\S\n]*(?:,|et|&)[^\S\n]*([^\W\d_A-Z][^\W\d_]{2,})(?![\w'’-])")


# a determiner after a past participle: the object of a verb ("kevin et aimé le film"), not a second person
# (or one adverb between, or a pronoun: "kevin et aimé beaucoup le film", "kevin et aimé ça")
DETERMINER_AFTER = re.compile(r"(?:[^\S\n]+[^\W\d_]+(?:ment|p|n|t))?[^\S\n]+"
                              rf"(?:{vocabulary.determiner_re('article', 'possessive', 'demonstrative')}|ça|cela|y)"
                              r"(?![\w'’-])")
NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _listed_after(text: str, people: list[Span], policy: KeepPolicy) -> list[Span]:
    """A person written in lower case, then "," or "et" and a lower-case word the lists hold as a first name:
    the next person of the list (a text message's "hafsa et maria", "kevin et julie »", "kevin et maria à la
    gare"); not a function word, a relation, a kept term, nor a French word read as such (see
    :func:`_read_as_word`)."""
    found = []
    people = list(people)
    for span in people:  # grows: the list goes on after each name found ("vu hafsa, maria et julie")
        if not span.text.islower():
            continue
        after = LISTED_AFTER.match(text, span.end)
        if after is None:
            continue
        word = after.group(1)
        if in_first_names(word.capitalize()) and fold(word) not in FUNCTION_WORDS and word not in KINSHIP \
                and word not in vocabulary.stop_words() and not policy.is_kept(word) \
                and not (is_word(word) and _read_as_word(text, word, after.end(1), "," in after.group())):
            found.append(Span.of(text, after.start(1), after.end(1), "PERSON", span.score, "listed"))
            people.append(found[-1])
    return found


def _read_as_word(text: str, word: str, end: int, comma: bool) -> bool:
    """Whether a listed first name that is also a French word is that word: it opens a locution ("kevin, grâce à
    son éducateur"), it is a past participle with its object ("kevin et aimé le film"), or, after a comma, an
    adjective or a noun with its adjective ("pour kevin, avenir incertain"). After "et", a bare noun or an
    adjective is a person's name ("kevin et pierre au foot", "kevin et claire à l'école"): French puts a
    determiner before a noun there."""
    following = NEXT_WORD.match(text, end)
    if following and f"{word} {following.group(1).lower()}" in vocabulary.locutions():
        return True
    if word.endswith(PARTICIPLE_ENDINGS) and DETERMINER_AFTER.match(text, end):
        return True
    return comma and (is_adjective(word) or bool(following and is_adjective(following.group(1))))


KINSHIP = vocabulary.kinship_words()
# (a tab is no column here: "Lucas<tab>PEETERS" of a form is one name)
COLUMN = re.compile(COLUMN_SEPARATORS)
LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)*(?![\w'’-])")  # "belle-mère" too


NEXT_INITIALED_NAME = re.compile(rf"[^\S\n]*[,;][^\S\n]*(?=[{vocabulary.UPPER}](?:\.-?[{vocabulary.UPPER}])?\.[^\S\n]?"
                                 rf"(?:(?:de|van|von|du|le|la|el|al)[^\S\n]+)?[{vocabulary.UPPER}][\w'’-]+)")


# a family role, capitalised as a name's first word, then a first name: "Tantine Bibi", "Papa Jonas", "Tonton Fredo"
# (not "Maman Poule", a crèche; "Amis Solidaires", an association)
KIN_NAMED = re.compile(rf"([{vocabulary.UPPER}][a-zà-ÿ]+)[^\S\n]+([{vocabulary.UPPER}][\w'’-]*)")
FAMILY_ROLES = frozenset(fold(word) for word in vocabulary.kin_roles())
SERVICE_KIND_WORDS = frozenset(fold(word) for word in vocabulary.kind_words())  # (no relative's word: "Sœur Aïssatou")
KIND_WORDS = SERVICE_KIND_WORDS | kind_terms()


COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")


def _full_name_then_first_name(before: str, after: str) -> bool:
    """A first name and a surname before a comma, one first name after it: two persons of a list."""
    words, rest = before.split(), after.split()
    return len(words) >= 2 and in_first_names(words[0]) and words[1][:1].isupper() \
        and not in_first_names(words[-1].capitalize()) and len(rest) == 1 and in_first_names(rest[0])


SENTENCE_GOES_ON = re.compile(r"[^\S\n]+[a-zà-ÿ]")  # a word in lower case after the name: a clause, no list's cell


def _titled_then_other_first_name(text: str, span: Span, comma: re.Match[str]) -> bool:
    """A titled surname, a comma, then a first name of the other gender and the sentence going on: two persons
    ("Bonsoir Mme Russo, Matteo ne vient pas": the mother, then her son; a list's or a form's "M. DUPONT, Jean", "M.
    YILMAZ, Deniz (oncle maternel)", "M. ÖZTÜRK, Deniz né le ...", its surname in capitals, is one, whatever gender
    the lists give the first name)."""
    before, rest = text[span.start:comma.start()].split(), text[comma.end():span.end].split()
    gender = title_gender(text, span)
    return gender is not None and len(before) == 1 and len(rest) == 1 and not before[0].isupper() \
        and gender_of_first_name(rest[0]) not in (None, gender) and SENTENCE_GOES_ON.match(text, span.end) is not None


def split_at_kinship(text: str, span: Span) -> list[Span]:
    """A person span holding a relation word in lower case between two names is two people: a chat's contact
    "Mohamed papa Yassine" -> "Mohamed", "Yassine" (a span never covers two names); a relation word and a name read
    as a service or a place are a person ("chez Tantine Bibi", "chez Papa Jonas"); and no span crosses a
    column of a table pasted as text: a semicolon or a bar ("NOORI Farid;14/03/2013;Jodoigne")."""
    cuts = list(COLUMN.finditer(text, span.start, span.end))
    kin = KIN_NAMED.fullmatch(text, span.start, span.end) if span.entity_type in ("ORGANIZATION", "LOCATION") else None
    if kin is not None and fold(kin.group(1)) in FAMILY_ROLES and in_first_names(kin.group(2)):
        span = Span.of(text, span.start, span.end, "PERSON", span.score, span.source)  # "chez Tantine Bibi": her
    if span.entity_type == "PERSON":
        cuts += [m for m in LOWER_WORD.finditer(text, span.start, span.end)
                 if m.group() in KINSHIP and text[span.start:m.start()].strip() and text[m.end():span.end].strip()]
        # a list of persons written by their initials: "Lejeune, L. Aït Hammou, G. Piron" is three
        cuts += [m for m in NEXT_INITIALED_NAME.finditer(text, span.start, span.end) if m.start() > span.start]
        # ... and a full name, a comma, a first name: "pasteur Jonas BOKETSHU, Dorcas" is two ("DUPONT, Marie" one)
        cuts += [m for m in COMMA.finditer(text, span.start, span.end)
                 if _full_name_then_first_name(text[span.start:m.start()], text[m.end():span.end])
                 or _titled_then_other_first_name(text, span, m) or _kind_opens(text[m.end():span.end])]
    if span.entity_type in name_types():
        # a case's caption, one party against the other ("DEWOLF c/ NAVEAU"; a service's name may hold "contre":
        # "Comité Jeunes contre le Racisme"), and two names a spaced slash joins in a file's label ("NAVEAU-DEWOLF /
        # EL AMRANI"): each its own
        cuts += [m for m in PARTIES_APART.finditer(text, span.start, span.end)
                 if text[span.start:m.start()].strip() and text[m.end():span.end].strip()
                 and (span.entity_type == "PERSON" or m.group().strip() == "/")]
    if not cuts:
        return [span]
    cuts.sort(key=lambda m: m.start())
    pieces, start = [], span.start
    for cut in [*cuts, None]:
        end = span.end if cut is None else cut.start()
        piece = text[start:end]
        left, right = len(piece) - len(piece.lstrip()), len(piece.rstrip())
        if piece.strip():
            kind = span.entity_type == "PERSON" and start > span.start and _kind_opens(piece)
            pieces.append(Span.of(text, start + left, start + right, "ORGANIZATION" if kind else span.entity_type,
                                  span.score, span.source))
        start = span.end if cut is None else cut.end()
    return pieces


# "c/" (contre), "contre", "vs" between two parties; a slash with a space each side between two names
PARTIES_APART = re.compile(r"[^\S\n]+(?:c/|contre|vs\.?|/)[^\S\n]+")


def _kind_opens(words: str) -> bool:
    """A service's kind opens the words after a person's name and its comma: the service she belongs to
    ("MBALA JONAS, EGLISE EVANGELIQUE BETHANIE"), its own name after the kind."""
    first = re.match(r"[^\W\d_]+", words.strip())
    return first is not None and len(words.split()) > 1 and first.group()[:1].isupper() \
        and fold(first.group()) in SERVICE_KIND_WORDS


# a worker named by her service: "Naïma du Sextant", "Julie de la Passerelle", "Sarah de l'Étoile"
# the link inside a service's name made of ordinary words ("Pont des Cultures", "Trait d'Union")
SERVICE_LINK = r"(?:des|du|de[^\S\n]+la|de[^\S\n]+l['’]|de|d['’]|à|aux|et)"
NAMED_BY_SERVICE = re.compile(rf"([{vocabulary.UPPER}][\w-]+)[^\S\n]+(du|des|de[^\S\n]+la|de[^\S\n]+l['’]|d['’]|de)"
                              rf"[^\S\n]*([{vocabulary.UPPER}][\w-]+(?:[^\S\n]+(?:{SERVICE_LINK}[^\S\n]*)?"
                              rf"[{vocabulary.UPPER}][\w-]+)?)")


INITIAL_BEFORE = re.compile(rf"(?<![\w.])([{vocabulary.UPPER}])\.[^\S\n]?$")
# a compound first name's initials, hers whoever she is (never "Monsieur"): "A-M. Vanaschen", "J.-P. Collard"
COMPOUND_INITIALS_BEFORE = re.compile(rf"(?<![\w.-])[{vocabulary.UPPER}]\.?-[{vocabulary.UPPER}]\.[^\S\n]?$")


# (a title as the list writes it, its full stop only where it has one: "le père. M. Dupont" ends a sentence)
TITLE_BEFORE_INITIAL = re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, sorted(TITLES, key=len, reverse=True)))}))"
                                  r"[^\S\n]+$")
# an item of a list or a table: after a label's colon, a separator or a column gap, and before one or the line's end
# (dot leaders too, as a signatures' line draws them: "B. Ouazzani ........  M. Giordano ........")
ITEM_BEFORE = re.compile(r"(?:^|[:,;|–—(]|[^\S\n]{2}|\.{2,})[^\S\n]*$", re.MULTILINE)
ITEM_AFTER = re.compile(r"[^\S\n]*(?:$|[,;|–—()]|[^\S\n]{2}|\.{2,})", re.MULTILINE)
# other persons written by the initial of a first name on the same line, a list of them: "L. Aït Hammou", "G. Piron"
MIN_INITIALED_OTHERS = 2
OTHER_INITIAL_NAME = re.compile(rf"(?<![\w.])[A-LN-Z](?:\.-?[{vocabulary.UPPER}])?\.[^\S\n]?"
                                rf"[{vocabulary.UPPER}][\w'’-]+")


# a role in the feminine right after a name and its comma: "M. Diallo, assistante sociale", "M. Hansen, éducatrice"
FEMININE_ROLE_AFTER = re.compile(r"[^\S\n]*[,–-][^\S\n]*[a-zà-ÿ]+(?:trice|ante|ière|euse|ienne|guée|ée)(?![\w-])"
                                 r"(?<!année)(?<!arrivée)(?<!entrée)(?<!journée)(?<!soirée)(?<!matinée)")


def _title_before(text: str, at: int) -> bool:
    """A title right before position ``at``, however accented ("Maître M. Lambert"; the titles are folded)."""
    before = text[max(0, at - 12):at]
    return TITLE_BEFORE_INITIAL.search(fold(before) + before[len(before.rstrip()):]) is not None  # (fold trims spaces)


def _m_is_initial(text: str, at: int, span: Span, addresses: str) -> bool:
    """"M." before a surname is a first name's initial, not "Monsieur", when a title stands before it ("Dr M. Claes",
    "Mme M. Lhoest"), when the same line lists other persons by their initials ("M. Lejeune, L. Aït Hammou, G.
    Piron"), or when one of the text's e-mail ``addresses`` (folded, one per line) opens with that initial and
    surname ("m.wojcik@...")."""
    if _title_before(text, at):
        return True
    if FEMININE_ROLE_AFTER.match(text, span.end):
        return True  # "par M. Diallo, assistante sociale": a woman's role, so no "Monsieur"
    own = INITIALS_AFTER.match(text, span.end)  # "M. Yılmaz (MY)": the initials in brackets spell the name
    if own and re.sub(r"[^A-Z]", "", own.group(1)) == "M" + span.text.strip()[:1].upper():
        return True
    if not (ITEM_BEFORE.search(text, max(0, at - 40), at) and ITEM_AFTER.match(text, span.end)):
        return False  # an item of a list, not prose ("M. Dupont a rencontré J. Martin et S. Piron": Monsieur)
    line = vocabulary.line_around(text, at, span.end)
    others = [other for other in OTHER_INITIAL_NAME.finditer(line) if not _title_before(line, other.start())]
    if len(others) >= MIN_INITIALED_OTHERS:
        return True  # (not "Mme F. Bensalah" beside "M. Bensalah": a writer of titles writes "M." as one)
    surname = re.sub(r"[^a-z]", "", fold(span.text))
    return len(surname) >= MIN_NAME_CHARS and f"{surname}@" in addresses \
        and re.search(rf"(?<![\w.])m[._-]?{surname}@", addresses) is not None


# a capitalised word right before a surname, inside a sentence ("logopediste An Deckers")
WORD_BEFORE_NAME = re.compile(rf"(?<![\w'’.-])([{vocabulary.UPPER}][a-zà-öø-ÿ]+) $")


def _with_first_name_before(text: str, span: Span) -> Span:
    """A surname found alone, after a listed first name written with its capital inside a sentence, is that
    person's full name, even when the first name is a word too ("logopediste An Deckers", "chez Rose Lambert"):
    not at a sentence's start ("Rose Dupont" there is found whole by the model, "Ange" may open a sentence), not a
    title, a place or a kept term."""
    if span.entity_type != "PERSON" or not span.text[:1].isupper() or " " in span.text.strip() \
            or is_word(span.text.strip().lower()):  # (one space between, and a surname no word: not a table's
        return span  # "Naïma        Lien", a label of the next column)
    before = WORD_BEFORE_NAME.search(text, max(0, span.start - 30), span.start)
    if before is None or SENTENCE_OPENING.search(text, max(0, before.start(1) - 4), before.start(1)) \
            or fold(before.group(1)) in TITLES or before.group(1) in places() \
            or not in_first_names(before.group(1), words_too=True) \
            or before.group(1).lower() in vocabulary.salutations() \
            and vocabulary.greeting_line(text, before.start(1), span.end, strict=True):
        return span  # (nor a greeting that is a first name too, opening a mail: "> Dag Bart,")
    return Span.of(text, before.start(1), span.end, "PERSON", span.score, span.source)


def _surname_in_capitals(words: list[str]) -> list[str]:
    """The words of a name written in capitals beside others in small letters: its surname ("KOWALCZYK Daniel",
    "VAN DEN BROECK Els"), else []."""
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    return capitals if len(capitals) < len(words) else []


def _with_own_initial(text: str, spans: list[Span]) -> list[Span]:
    """A surname after a capital and a stop that is the initial of a first name the document gives that surname
    ("Mareike Hilgers" ... "M. Hilgers"): the initial is hers, not "Monsieur", and goes with the name."""
    full: dict[str, set[str]] = {}
    for span in spans:
        words = span.text.split()
        if span.entity_type == "PERSON" and len(words) >= 2 and words[0][:1].isupper():
            capitals = _surname_in_capitals(words)
            if capitals:  # "KOWALCZYK Daniel": the surname in capitals, first
                surname_words, first = capitals, next(w for w in words if w not in capitals)
            else:
                surname_words, first = words[1:], words[0]
            # ("Mohamed Ait Lahcen": "ait lahcen" and "lahcen")
            for surname in {fold(surname_words[-1]), fold(" ".join(surname_words))}:
                full.setdefault(surname, set()).add(first[0])
    # (the addresses the recognisers found, which an initial and a surname may open)
    addresses = "\n".join(fold(span.text) for span in spans if span.entity_type == "EMAIL")
    found = []
    for span in spans:
        initial = INITIAL_BEFORE.search(text, max(0, span.start - 3), span.start) \
            if span.entity_type == "PERSON" and (" " not in span.text.strip() or fold(span.text) in full) else None
        compound = COMPOUND_INITIALS_BEFORE.search(text, max(0, span.start - 6), span.start) \
            if span.entity_type == "PERSON" else None
        if compound is not None:
            found.append(Span.of(text, compound.start(), span.end, span.entity_type, span.score, span.source))
            continue
        surname = fold(span.text.strip())
        # (in French "M." is "Monsieur" first: a couple shares its surname, "Maria Moldovan" and "M. Moldovan", and
        # the father a document does not name in full is "M. Kowalczyk" beside "KOWALCZYK Maja"; it is an initial on
        # a signature's line of its own in a foreign passage)
        alone = initial is not None and vocabulary.line_around(text, span.start, span.end).strip() \
            == text[initial.start():span.end].strip()
        if initial is not None and (initial.group(1) in full.get(surname, ()) and (
                initial.group(1) != "M" or alone and (vocabulary.in_foreign_block(text, span.start, span.end)
                                                      or _signature_end(text, initial.start(), span)))
                or initial.group(1) == "M" and _m_is_initial(text, initial.start(), span, addresses)):
            span = Span.of(text, initial.start(), span.end, span.entity_type, span.score, span.source)
        found.append(span)
    return found


SIGNATURE_LINES = 3  # the last lines of a document, where its writer signs


def _signature_end(text: str, start: int, span: Span) -> bool:
    """The line from ``start`` to the span's end stands in the last lines of the document, where a note's writer
    signs with her initial ("M. Thonon" below a note "Mélanie Thonon" opened): not under a list's label ("Copie à
    :", "Destinataires :"), and in a text that names no woman of that surname by her title ("Mme Dupont" beside
    "M. Dupont" is a couple)."""
    if len([line for line in text[span.end:].splitlines() if line.strip()]) >= SIGNATURE_LINES:
        return False
    above = text[:start].rstrip()
    if above.endswith(":"):
        return False
    return re.search(rf"\b(?:Mme|Madame|Mevr\.?|Mevrouw|Frau)\.?[^\S\n]+{re.escape(span.text.strip())}\b", text) is None


# a first name, then "de" or "d'" before a commune: a surname of the nobility named after its estate ("Blanche de
# Hemptinne", "Pierre de Marneffe"); not after a street type, an article or a preposition ("avenue Pierre de...",
# "la Rose de Jéricho")
NAME_PARTICLES = frozenset({"van", "der", "den", "von", "zu", "d", "de", "du", "des", "la", "le", "vander", "vanden"})
FIRST_NAME_DE = re.compile(rf"(?<![\w'’-])([{vocabulary.UPPER}][\w-]+)[^\S\n]+(?:de[^\S\n]+|d['’])$")


def _place_surname(text: str, span: Span) -> Span:
    """A commune after a first name and "de" is the person's surname: the whole name, a PERSON; and so is a name of
    several words that holds a surname's particle in lower case, after any first name ("Victoire de Bréhaigne van
    der Loo d'Ardenval": a noble family's name, which no place has)."""
    if span.entity_type != "LOCATION" or any(c.isdigit() for c in span.text):
        return span
    particled = " " in span.text.strip() and span.text.strip() not in places() \
        and any(word in NAME_PARTICLES for word in re.split(r"[\s'’]+", span.text.strip())[1:])
    if " " in span.text.strip() and not particled:
        return span
    match = FIRST_NAME_DE.search(text, max(0, span.start - 40), span.start)
    # (a listed first name, or one French writes more often as an adjective, "Blanche"; not "Ville", "Noël")
    first = match.group(1) if match else ""
    if match is None or first.isupper() or not (in_first_names(first) or in_first_names(first, words_too=True)
                                                  and (is_adjective(first.lower()) or particled)):
        return span  # (a name in capitals may be an acronym: "consultation ONE de Marcinelle")
    place = span.text.strip()
    if place in load_list("municipalities") and not in_surnames(place):
        return span  # a town a person is from, said as people say it ("son oncle Omar de Seraing"); the estates that
        # named families are villages ("Hemptinne", "Marneffe")
    before = text[max(0, match.start() - 30):match.start()].split()
    if before and (STREET_TYPE_ONLY.fullmatch(before[-1]) or fold(before[-1]) in FUNCTION_WORDS
                   or fold(before[-1]) in vocabulary.determiners()):
        return span
    return Span.of(text, match.start(), span.end, "PERSON", span.score, span.source)


# a person's name, "de" or "d'", and a commune the model read on into: "Mme Claessens de Welkenraedt"
PERSON_OF_TOWN = re.compile(r"(?P<head>[^\W\d_][\w'’.-]*(?:[^\S\n]+[^\W\d_][\w'’.-]*)*?)[^\S\n]+"
                            r"(?:de[^\S\n]+|d['’])(?P<town>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,2})")


def _person_and_town(text: str, span: Span) -> list[Span]:
    """A surname, then "de" and a commune, is a person and the town she lives in, two spans ("sa mère, Mme Claessens
    de Welkenraedt"); a first name then "de" and a village is a family of the nobility ("Blanche de Hemptinne") and a
    commune that is a surname too stays in the name ("Pierre de Marneffe")."""
    match = PERSON_OF_TOWN.fullmatch(text, span.start, span.end) if span.entity_type == "PERSON" else None
    if match is None:
        return [span]
    head, town = match.group("head"), match.group("town")
    last = head.split()[-1]
    if town not in load_list("municipalities") or in_surnames(town) \
            or in_first_names(last) and not in_surnames(last) or fold(last) in vocabulary.particles():
        return [span]
    return [Span.of(text, match.start("head"), match.end("head"), "PERSON", span.score, span.source),
            Span.of(text, match.start("town"), match.end("town"), "LOCATION", span.score, span.source)]


TITLED_AFTER_AND = re.compile(r"[^\S\n]+et[^\S\n]+(?:Me|Mme|Mlle|M\.|Dr|Madame|Monsieur|Maître)[^\S\n]")


def _before_titled_person(text: str, span: Span) -> Span:
    """A service's or a school's span that ran on over "et" and a titled person ends before them ("L'Arbre à Palabres
    et Me Lambert": the service and the lawyer; the person is found on her own)."""
    if span.entity_type not in ("ORGANIZATION", "SCHOOL"):
        return span
    titled = TITLED_AFTER_AND.search(text, span.start, span.end)
    return span if titled is None else Span.of(text, span.start, titled.start(), span.entity_type, span.score,
                                               span.source)


MIN_SPLITTING_ACRONYM = 3  # letters of a kept acronym inside a name that splits it ("DE" of "Lotte DE SMEDT" does not)


def _split_at_kept_acronym(text: str, span: Span, policy: KeepPolicy) -> list[Span]:
    """A person's span with a kept acronym of the sector inside, then a known place, is a person and her service's
    town ("Jonathan AMO Verviers", a chat's title; "Karima SAJ Nivelles"): the name before it, the place after it;
    the acronym stays. (Not "Sara MENA Garcia", "Kevin CPAS Dupont": no place after it.)"""
    if span.entity_type != "PERSON":
        return [span]
    tokens = _tokens(text, span)
    for index in range(1, len(tokens) - 1):
        word = tokens[index][2]
        if len(word) >= MIN_SPLITTING_ACRONYM and word.isupper() and policy.is_kept(word) \
                and not in_surnames(word.capitalize()) and fold(word) not in SURNAME_PARTICLES \
                and any(c.isalpha() for c in tokens[index - 1][2]) and any(c.isalpha() for c in tokens[-1][2]):
            if not is_place(text[tokens[index + 1][0]:span.end]):
                return [span]  # ("Sara MENA Garcia": a surname the keep-list holds as an acronym)
            return [Span.of(text, span.start, tokens[index - 1][1], "PERSON", span.score, span.source),
                    Span.of(text, tokens[index + 1][0], span.end, "LOCATION", span.score, span.source)]
    return [span]


def split_at_service(text: str, span: Span, services: set[str]) -> list[Span]:
    """A first name, then "du", "des", "de la" or "de l'" and a name made of ordinary words that the document also
    writes as a service's ("AMO Le Sextant") is a worker and her service, two spans (the service then gets the tag
    of "Le Sextant" elsewhere in the case); a particle surname stays one person: "Jean du Bois" (Dubois), "Claire
    de la Cour". A name of ordinary words joined by a link inside it after "de" ("Youssef de Pont des Cultures") is a
    service's wherever the case names it: no surname is written so ("Marie des Anges", "Jean des Roches" stay).
    ``services``: the folded names of the document's services and schools, without their article."""
    match = NAMED_BY_SERVICE.fullmatch(text, span.start, span.end) if span.entity_type == "PERSON" else None
    if match is None or not in_first_names(match.group(1)):
        return [span]
    link, tail = match.group(2), match.group(3)
    fused = re.sub(r"[\s'’]", "", link).capitalize()
    name_words = [word for word in re.split(r"[\s'’]+", tail) if word[:1].isupper()]
    linked = len(name_words) < len(re.split(r"[\s'’]+", tail))  # "Pont des Cultures": a link inside, no surname's
    if any(in_surnames(form) for form in (fused + tail.lower(), f"{link.capitalize()} {tail}", tail)) \
            or not all(is_word(word.lower()) for word in name_words) \
            or fold(tail) not in services and not linked \
            or link == "de" and not linked:  # ("Marie de Smet", "Paul de Ville": a particle surname)
        return [span]
    return [Span.of(text, match.start(1), match.end(1), "PERSON", span.score, span.source),
            Span.of(text, match.start(3), match.end(3), "ORGANIZATION", span.score, span.source)]


# a person's nickname given in quotes right after the name: "Jean-Paul Kabeya (« jipé »)", "rachid (= « chido »,"
# (in brackets or after "dit", "alias", "=": quoted words right after a name without them are speech, "Sami
# « ne décolle pas »")
NICKNAME_AFTER = re.compile(r"(?:[^\S\n]*\([^\S\n]*(?:=[^\S\n]*)?|[^\S\n]*,?[^\S\n]*(?:dit|dite|alias|=)[^\S\n]+)"
                            r"[«\"“][^\S\n]*([^»\"”\n]{2,30}?)[^\S\n]*[»\"”]")


def _nickname_after(text: str, span: Span) -> list[Span]:
    """The nickname written in quotes right after a person's name (it names the same person), unless it
    is a sentence or a kept term."""
    match = NICKNAME_AFTER.match(text, span.end)
    if not match or len(match.group(1).split()) > 2:
        return []
    words = re.findall(r"[^\W\d_]+", match.group(1))
    if match.group(1).islower() and all(is_common_word(word) for word in words):
        return []  # what a child was called in a quarrel, in ordinary words: "Ilyes (« bébé »)", "(« le grand »)"
    if len(words) >= 2 and words[0].lower() in OPENING_ARTICLES and all(word.lower() in KINSHIP for word in words[1:]):
        return []  # a family role with its article, which the case keeps: "Mme Lo Presti, dite « la nonna »" (not
        # a name alone, "Ilunga Mbaya (« Papy »)": Papy, Mamy, Tata are first names and nicknames too)
    if match.group(1).islower() and all(word.lower() in FAMILY_LANGUAGE_WORDS for word in words):
        return []  # a family's word for her in its language, in lower case: "Mme PHAM Thi Lan (« bà nội »)"
    return [Span.of(text, match.start(1), match.end(1), "PERSON", 0.6, "surnom")]



# a first name's initials in brackets after it, after the nickname it goes by or a role and a comma, or before a
# comma ("Cédric (CD)", "Johan « Jo » (JVH)", "Dorothée (psychologue, DR)", "Rachid (RL, récup)", "Thibault (T.M.)")
STAFF_CODE_AFTER = re.compile(r"(?:[^\S\n]*[»”\"])?[^\S\n]*\([^\S\n]*"
                              r"(?:[^\W\d_A-Z][\w'’.-]*(?:[^\S\n]+[^\W\d_A-Z][\w'’.-]*){0,2}[^\S\n]*,[^\S\n]*)?"
                              r"((?:[A-ZÀ-Ý]\.){2,4}|[A-ZÀ-Ý]{2,4})[^\S\n]*[),]")
# a team's list, each first name with its initials ("Véronique (VDB), Marc (MH), Samira (SB)")
STAFF_LIST = re.compile(r"\b([A-ZÀ-Ý])[\w'’-]+[^\S\n]*\([^\S\n]*\1[A-ZÀ-Ý]{1,3}[^\S\n]*\)")
MIN_STAFF_CODES = 3  # (two may be the trade's acronyms by chance: "Hugo (HP) et Lucas (LSF)")
# the label, then its colon, of a minute's list of those present, excused or absent, and of who takes the minutes or
# chairs (not "Présentation de la situation par Nadia (NL)")
ATTENDANCE_LINE = re.compile(r"(?i)[^\S\n]*(?:[-•*|][^\S\n]*)?(?:(?:étaient|personnes)[^\S\n]+)?"
                             r"(?:(?:présent|excusé|absent|participant|invité)(?:\(e\)|e|é)?s?"
                             r"|en[^\S\n]+présence[^\S\n]+de|équipe|pv|animation"
                             r"|présidence|rédaction|aanwezig|verontschuldigd|anwesend|entschuldigt)[^\S\n]*"
                             r"(?:\([^)\n]*\))?[^\S\n]*:")


@lru_cache(maxsize=4)
def _staff_codes(text: str) -> int:
    """How many first names with their initials in brackets the text lists (``STAFF_LIST``): read once per text, not
    once per person."""
    return len(STAFF_LIST.findall(text))


def _in_attendance_list(text: str, at: int) -> bool:
    """The line at ``at`` is one of a minute's list of those present: it opens with the list's label, or a line of
    its paragraph above it does ("Présents :" then one name per line)."""
    block = text.rfind("\n\n", 0, at)
    start = block + 2 if block >= 0 else 0
    line_start = text.rfind("\n", 0, at) + 1
    while True:
        if ATTENDANCE_LINE.match(text, start):
            return True
        if start >= line_start:
            return False
        start = text.find("\n", start, line_start) + 1 or line_start


def _code_after(text: str, span: Span, policy: KeepPolicy) -> list[Span]:
    """A worker's initials in brackets right after a first name they open, on a minute's line of those present,
    written elsewhere in the text too or in a list of such ("Présents : Cédric (CD)",
    "Véronique (VDB), chef éducatrice", then "VDB a rappelé"; "Véronique (VDB), Marc (MH), Samira (SB)"): the same
    person's code, even a short word there ("CD", "DR"); not a kept acronym ("Julie (AS)", "Marc (SAJ)"), nor one
    written once alone ("Hugo (HP)", "Lucas (LSF)": the trade's acronyms)."""
    match = STAFF_CODE_AFTER.match(text, span.end)
    code = match.group(1).replace(".", "") if match else ""
    # (a role's abbreviation of four letters or more, a language's code: "(logopède, LOGO)", "(NL, interprète)")
    if match is None or policy.is_kept(match.group(1)) or len(code) >= 4 and fold(code) in ROLE_ABBREVIATIONS \
            or code.lower() in LANGUAGE_CODES \
            or fold(match.group(1)[0]) != fold(span.text.strip()[:1]) or " " in span.text.strip():
        return []
    attendance = _in_attendance_list(text, span.start)
    if is_word(code.lower()) and not attendance \
            or not attendance and len(re.findall(rf"(?<![\w.-]){re.escape(code)}(?![\w-])", text)) < 2 \
            and _staff_codes(text) < MIN_STAFF_CODES:
        return []  # (and written elsewhere as the team writes it: "Hugo (HP)", "Lucas (LSF)" are the trade's
        # acronyms)
    return [Span.of(text, match.start(1), match.end(1), "PERSON", 0.6, "code")]


# a nickname, then the person's name in brackets after "=" ("Pitbull (= Bryan Lemaire)", "Le Grand Mo (= Mohamed
# Ziani)"): the writer says who the nickname is
_NICK_WORD = rf"[{vocabulary.UPPER}][\w'’-]*"
NICKNAME_BEFORE = re.compile(rf"((?:(?:Le|La|L['’])[^\S\n]*)?{_NICK_WORD}(?:[^\S\n]+{_NICK_WORD}){{0,2}})"
                             r"[^\S\n]*\([^\S\n]*=[^\S\n]*$")


# a surname joined to another by an ampersand, as a firm of lawyers, bailiffs or doctors is named ("DUBOIS &
# VANHOVE", "Étude Lambert & Fils" has no second surname)
PARTNER_BEFORE = re.compile(rf"(?<![\w'’-])([{vocabulary.UPPER}][\w'’-]+)[^\S\n]*&[^\S\n]*$")
PARTNER_AFTER = re.compile(rf"[^\S\n]*&[^\S\n]*([{vocabulary.UPPER}][\w'’-]+)(?![\w'’-])")


def _partner(text: str, span: Span, policy: KeepPolicy) -> list[Span]:
    """The surname on the other side of an ampersand from a person's ("DUBOIS & VANHOVE", a firm of two partners):
    a listed surname, no kept term."""
    if span.entity_type != "PERSON":
        return []
    found = []
    before = PARTNER_BEFORE.search(text, max(0, span.start - 40), span.start)
    for match in (before, PARTNER_AFTER.match(text, span.end)):
        if match is not None and in_surnames(match.group(1).capitalize()) and not policy.is_kept(match.group(1)):
            found.append(Span.of(text, match.start(1), match.end(1), "PERSON", span.score, span.source))
    return found


def _nickname_before(text: str, span: Span) -> list[Span]:
    """The nickname the name in brackets after "=" explains, unless it is a kept term or common words only."""
    match = NICKNAME_BEFORE.search(text, max(0, span.start - 40), span.start)
    if match is None or fold(match.group(1)) in default_policy().keep_terms \
            or all(is_common_word(word) for word in re.findall(r"[^\W\d_]+", match.group(1))):
        return []  # (not "Voir Annexe (= ...)": words a sentence is made of)
    return [Span.of(text, match.start(1), match.end(1), "PERSON", 0.6, "surnom")]


ACRONYM_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*([A-Z][A-Za-z]{1,7})[^\S\n]*\)")


def _acronym_after(text: str, span: Span) -> list[Span]:
    """The acronym a service or school is then called by, given in brackets right after its name and spelt by
    its words ("Centre Ados Liège (CAL)", "Les Petits Riens (LPR)"): the same service."""
    match = ACRONYM_AFTER.match(text, span.end)
    if not match or sum(c.isupper() for c in match.group(1)) < 2:
        return []
    # (with the kind a kept term cut off before the name: "Centre Familial Dupuis (CFD)")
    line_start = text.rfind("\n", 0, span.start) + 1
    kind = NAME_PART.findall(text, max(line_start, span.start - 40), span.start)[-3:]
    if _spelt_by(match.group(1), kind + NAME_PART.findall(span.text)) is None:
        return []
    return [Span.of(text, match.start(1), match.end(1), span.entity_type, span.score, span.source)]


# the initials a person is then called by, given right after the full name: "Sophie Delcourt (SD)", "(ci-après SD)"
# ("(ci-après dénommée SD)", "(ci-après : SD)", ", ci-après SD,", "(S.D.)")
INITIALS_AFTER = re.compile(r"[^\S\n]*[(,][^\S\n]*(?:(?:ci-après|ci-dessous|dite?)"
                            r"(?:[^\S\n]+(?:dénommée?|désignée?|appelée?|nommée?))?[^\S\n]*:?[^\S\n]*)?[«\"“]?[^\S\n]*"
                            r"((?:[A-Z]\.){2,4}|[A-Z]{2,4})(?![\w])")
# the initials a legend gives before the full name: "NB = Nathalie BAUDOIN ; SD = Sabrina DELHEZ", "Équipe : JMK =
# Jean-Marie Kabongo" (a logbook's or a minute's key to the initials it then writes alone: "Lu 3/2 – NB – 9h05")
LEGEND_REACH = 12  # characters before a name where its legend's initials and "=" are read
LEGEND_INITIALS = re.compile(r"(?:^|(?<=[\s;,(|]))((?:[A-Z]\.){2,4}|[A-Z]{2,4})[^\S\n]*=[^\S\n]*$", re.MULTILINE)
# two to four capitals (two only once introduced), or initials with their stops, not after an article or a number:
# "une MAS", "le PEP", "0,5 ETP" are the trade's acronyms (accented capitals too: "SÖ" of "Selin Özdemir"; a list's
# item number is no quantity: "1. DH (SAJ) :")
CAPITALS_WORD = re.compile(rf"(?<![\w.-])(?<!\d[^\S\n])(?:[{vocabulary.UPPER}]{{2,4}}"
                           rf"|(?:[{vocabulary.UPPER}]\.){{2,4}})(?![\w-])")
# (after a separator or a bracket on the name's line, before a stop, a comma, a separator or the line's end: "| KS |",
# "Sophie Delcourt / SD.", "– SD,", "(éducateur) ML"; not a school section, "5e TQ")
CELL_CAPITALS = re.compile(rf"(?:^|[|;\t–/)]|[^\S\n]-)[^\S\n]*([{vocabulary.UPPER}]{{2,4}})[^\S\n]*"
                           r"(?=[|;\t–.,:)]|-[^\S\n]|$)",
                           re.MULTILINE)
TABLE_CELL = re.compile(r"[|\t]")
ROLE_USE = re.compile(r"[^\S\n]+(?:du|de|des|d['’])(?![\w'’-])")
ARTICLE_BEFORE = re.compile(rf"(?i:\b(?:{vocabulary.determiner_re()}|d['’])"
                            r"(?:[^\S\n]+autres?)?|\d+(?:[.,]\d+)?)[^\S\n]*$")
NAME_PART = re.compile(r"[^\W\d_]+")
OF_SOMEONE_BEFORE = re.compile(r"(?i:\b(?:de|par|pour|avec|chez)|d['’])[^\S\n]*$")
# a docket number after capitals: a year's two digits, then a slash and three digits or more, or a letter and
# digits ("24/2871/A", "25A143"; not a date, "MC 14/03 : visite")
REFERENCE_AFTER = re.compile(r"[^\S\n]*(?:n°[^\S\n]*)?\d{2}(?:/\d{3,}|[A-Z]\d{2,})[\w/.-]*")


def _initials(text: str, people: list[Span], policy: KeepPolicy) -> list[Span]:
    """The initials a person is called by in minutes and notes: the capitals of each part of the full name
    ("Jean-Luc Vanbellinghen" -> "JLV", or "JV" by words), in brackets right after the name, or, three letters or
    more, anywhere in the text ("JLV accepte", "| JLV |"); never a kept acronym ("CPAS")."""
    by_initials: dict[str, Span] = {}
    introduced = set()
    found = []
    for span in people:
        forms = _initials_forms(span.text)
        after = INITIALS_AFTER.match(text, span.end)
        # (in brackets right after the name, a person's initials even when they spell a kept term: "(PJ)", "(PS)")
        code = after.group(1).replace(".", "") if after else ""
        if after and (code in forms or _staff_code(after.group(1), span.text)):
            found.append(Span.of(text, after.start(1), after.end(1), "PERSON", 0.6, "initiales"))
            introduced.add(code)
            if not policy.is_kept(after.group(1)):  # (a staff code is written alone after; "AMO" is the service)
                by_initials.setdefault(code, span)
        before = LEGEND_INITIALS.search(text, max(0, span.start - LEGEND_REACH), span.start)
        if before and (before.group(1).replace(".", "") in forms or _staff_code(before.group(1), span.text)):
            found.append(Span.of(text, before.start(1), before.end(1), "PERSON", 0.6, "initiales"))
            introduced.add(before.group(1).replace(".", ""))
        for form in forms:
            by_initials.setdefault(form, span)
        # alone in a cell of the name's own row ("| SCHMITZ Kurt | SSM | KS |"; a staff list's code column, "MTA |
        # MUTABAZI Théoneste | ..."), two capitals or a staff code are its initials too
        line_end = text.find("\n", span.end, span.end + vocabulary.LINE_REACH)
        reach = max(0, span.start - vocabulary.LINE_REACH)
        line_start = max(reach, text.rfind("\n", reach, span.start) + 1)  # (a line longer than the reach: read so far)
        row_start = line_start if TABLE_CELL.search(text, line_start, span.start) else span.end
        for cell in CELL_CAPITALS.finditer(
                text, row_start, min(len(text), span.end + vocabulary.LINE_REACH) if line_end < 0 else line_end):
            # (a staff code only in the row's first cell, the code column: not "| ADAM Luc | ADM |", a weekday, a
            # kept acronym)
            code_column = not text[line_start:cell.start(1)].strip(" \t|") and not policy.is_kept(cell.group(1)) \
                and cell.group(1).lower() not in vocabulary.calendar_forms()
            if cell.group(1) in forms or code_column and _staff_code(cell.group(1), span.text, in_row=True):
                introduced.add(cell.group(1))
                by_initials.setdefault(cell.group(1), span)
    for match in CAPITALS_WORD.finditer(text) if by_initials else ():
        form = match.group().replace(".", "")
        if form not in by_initials or ARTICLE_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
                or REFERENCE_AFTER.match(text, match.end()):
            continue  # (before a reference number the capitals are its label: "R.G. 24/2871/A", the court's roll)
        # (introduced initials that spell a kept term stay that term where it is used as one: "une autre AS du CPAS")
        if form in introduced and not (policy.is_kept(match.group()) and ROLE_USE.match(text, match.end())) \
                or (len(form) >= 3 and not (is_word(form.lower()) and _in_capitals_line(text, match))
                    or "." in match.group()
                    or _listed_with_initials(text, match, by_initials)
                    or _initials_slot(text, match) and not is_word(form.lower())
                    and form.lower() not in NOT_INITIALS and form.lower() not in vocabulary.calendar_forms()) \
                and not policy.is_kept(match.group()) \
                and not (policy.is_kept(form) and not OF_SOMEONE_BEFORE.search(text, max(0, match.start() - 8),
                                                                                 match.start())):
            # (a word in capitals is that word: "CONCERNANT LES ENFANTS"; kept letters with stops are that
            # abbreviation, "N.B.", "P.S.", unless after "de" or "par": "note de N.B." is its writer)
            found.append(Span.of(text, match.start(), match.end(), "PERSON", 0.6, "initiales"))
    return found


# where a note writes a worker by initials (what is written before them, what after): alone in brackets or before a
# date there ("(GR)", "(NM, 21/03/2025)"), after a dash before the closing bracket ("gardées au dossier – CV)"), joined
# to another worker ("VAD GR + SL", "dr. Sofie Claes en LV"), or a visit's or an action's author before its colon,
# opening the line or not, his service in brackets or not ("13/01 VAD MS :", "VH : nous comprenons", "1. DH (SAJ) :"),
# not a form's field holding a person ("MT : Dr Lemaire", the family doctor, whoever has the initials MT)
INITIALS_SLOTS = tuple((re.compile(before + r"$", re.MULTILINE), re.compile(after)) for before, after in (
    (r"\([^\S\n]*", r"[^\S\n]*[),]"),
    (r"[–-][^\S\n]*", r"[^\S\n]*\)"),
    (r"(?:[+&]|\b(?:et|en|and|und))[^\S\n]*", r"(?![\w'’/-])"),
    (r"", r"[^\S\n]*[+&][^\S\n]*[A-Z]"),
    (r"^(?:[^\n:()]{0,20}[^\S\n])?", r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?:(?![\w/])"
                                      rf"(?![^\S\n]*(?i:{vocabulary.alternation(vocabulary.titles())})(?![\w]))"),
))


# who wrote and who typed a letter or a note, by initials after the label that says so ("Réd. : ACL/nb", "Rédaction :
# SG/mh", "Encodage : GP", "Saisi par : MV", "Dactylo : ag"; not a bailiff's "saisie : PC portable", nor a rank before
# the name, "Rédaction : INP K. Lambrechts"), or after a letter's reference label, the writer's capitals then the
# typist's lower-case letters ("N/Réf. : JD/ag"; not a file's reference, "Réf. : SAJ/24/03187")
WRITER_LABEL = re.compile(r"(?i:(?<![\w])(?:réd|rédaction|rédigée?[^\S\n]+par|dactylo|dactylographie|encodage"
                          r"|encodée?[^\S\n]+par|saisie?[^\S\n]+par|paraphe|initiales))(?![\w])(?:\.[^\S\n]*:?|[^\S\n]*:)[^\S\n]*"
                          r"(?:([A-Z]{2,4})(?:/([A-Za-z]{2,3}))?|([a-z]{2,3}))(?![\w/-]|\.\w|[^\S\n]+[A-Z])")
TYPIST_AFTER_REFERENCE = re.compile(r"(?i:(?<![\w])(?:[nv]/|nos|notre|vos|votre)?[^\S\n]*réf(?:érence)?s?)\.?"
                                    r"[^\S\n]*:?[^\S\n]*([A-Z]{2,4})/([a-z]{2,3})(?![\w/.-])")


def _writer_initials(text: str, policy: KeepPolicy) -> list[Span]:
    """The initials of a letter's or a note's writer and typist (see ``WRITER_LABEL``): persons, unless they spell a
    kept acronym or a table's code alone ("Réd. : CPMS" names a service, "Paraphe : NC" nobody)."""
    found = []
    for match in (*WRITER_LABEL.finditer(text), *TYPIST_AFTER_REFERENCE.finditer(text)):
        if match.group(1) and policy.is_kept(match.group(1)):
            continue  # a service's reference or name: "Réf. : CPAS/soc", "Réd. : CPMS"
        for group in range(1, (match.re.groups or 0) + 1):
            written = match.group(group)
            # (the typist's lower-case letters after the slash are initials whatever they spell: "ACL/nb"; alone
            # after the label, a word is the field's value: "Saisie : non", "Rédaction : en cours", "Paraphe : OUI")
            if written and (group == 2 and written.islower() or fold(written) not in NOT_INITIALS
                            and not is_common_word(written.lower()) and written.lower() not in vocabulary.stop_words()
                            and not (group == 3 and is_word(written))):
                found.append(Span.of(text, match.start(group), match.end(group), "PERSON", 0.6, "initiales"))
    return found


# a message's or an entry's sign-off: two capitals closing a line after its sentence's end (three are a company or an
# abbreviation more often: "TEC", "AXA"), a dash between or not ("... au 04 330 77 04. CD", "Bon rétablissement Tiago
# ! CD", "plus de bruit. — MD"; not a form's answer after its question, "Vaccins à jour ? OUI")
SIGN_OFF = re.compile(r"(?<=[.!)»])[^\S\n]+(?:[-–—][^\S\n]*)?([A-Z]{2})[^\S\n]*$", re.MULTILINE)
MIN_SIGN_OFFS = 2  # lines one code closes: a writer signs each entry so


def _sign_off_initials(text: str, policy: KeepPolicy) -> list[Span]:
    """Initials signing two entries or more (``SIGN_OFF``); never a word of the lexicon ("RDV", "TOP", "CF"), a kept
    acronym, a weekday, a language's code."""
    signed = list(SIGN_OFF.finditer(text))
    codes = Counter(match.group(1) for match in signed)
    return [Span.of(text, match.start(1), match.end(1), "PERSON", 0.6, "initiales") for match in signed
            if codes[match.group(1)] >= MIN_SIGN_OFFS and not is_word(match.group(1).lower())
            and not policy.is_kept(match.group(1)) and not _no_one_s_code(match.group(1))
            and match.group(1).lower() not in LANGUAGE_CODES]


def _initials_slot(text: str, match: re.Match[str]) -> bool:
    """Two capitals in a place where a note writes a worker by initials (see ``INITIALS_SLOTS``)."""
    return any(before.search(text, max(0, match.start() - 24), match.start()) and after.match(text, match.end())
               for before, after in INITIALS_SLOTS)


# the item before or after two capitals in a list or a table's cell: "(SR, MY, NM)", "| SR / MY |"
LIST_ITEM_BEFORE = re.compile(r"(?:\b([A-Z]{2,4})|(\|))[^\S\n]*(?:[,;/|]|\bet\b)?[^\S\n]*$")
LIST_ITEM_AFTER = re.compile(r"[^\S\n]*(?:[,;/|)]|\bet\b)[^\S\n]*(?:([A-Z]{2,4})\b|$)", re.MULTILINE)
CELL_END = re.compile(r"[^\S\n]*\|")  # a table's cell closing (the row's last or not: "| EP | congés |")
CELL_BEFORE = re.compile(r"\|[ \t]*$")
CELL_REACH = 8
TIMES_OF_DAY = frozenset({"AM", "PM"})  # a planning's morning and afternoon ("| Lundi | AM | atelier |")


def _listed_with_initials(text: str, match: re.Match[str], by_initials: dict[str, Span]) -> bool:
    """Two capitals that are the initials of a person the document names, listed beside other such initials
    ("le groupe de travail (SR, MY, NM)", "| SR / MY |") or alone in a table's cell ("| MY |"): the staff a
    minute assigns an action to. ("TV et PC le soir" names nobody the document names.)"""
    before = LIST_ITEM_BEFORE.search(text, max(0, match.start() - 12), match.start())
    after = LIST_ITEM_AFTER.match(text, match.end())
    neighbours = [m.group(1) for m in (before, after) if m is not None and m.group(1)]
    if any(neighbour in by_initials for neighbour in neighbours):
        return True
    if before and before.group(2) == "|" and after and text[after.start():after.end()].strip() == "|":
        return True  # (the row's last cell)
    # (or a cell inside the row, neither a planning's half-day or weekday nor a status code: "| EP | congés |", not
    # "| Lundi | AM | atelier |", "| NC | à demander |")
    return CELL_BEFORE.search(text, max(0, match.start() - CELL_REACH), match.start()) is not None \
        and CELL_END.match(text, match.end()) is not None and not _no_one_s_code(match.group())


def _no_one_s_code(code: str) -> bool:
    """Capitals a note writes for something else than a person: a status or a placeholder (``NOT_INITIALS``: "NC"), a
    weekday ("MA", "DI"), a planning's half-day ("AM", "PM")."""
    return fold(code) in NOT_INITIALS or code.lower() in vocabulary.calendar_forms() or code in TIMES_OF_DAY


# the emoji a messaging app shows after a contact's name, before the colon of its message ("Lyna 🦋 : slt")
EMOJI_AFTER = re.compile(rf"{EMOJI}(?=[^\S\n]*:)")


def _with_emoji(text: str, span: Span) -> Span:
    """A speaker's display name with its emoji, as the app shows it: part of how the person is named."""
    match = EMOJI_AFTER.match(text, span.end) if span.entity_type == "PERSON" else None
    return Span.of(text, span.start, match.end(), span.entity_type, span.score, span.source) if match else span


def _staff_code(code: str, name: str, in_row: bool = False) -> bool:
    """A school's or a service's three- or four-letter code of a person, in brackets after the name or in its row
    of a staff list: a first name's initial then letters of the surname in order, from its first ("M. Vandersmissen
    (TVS)", "Mme Wouters (KWO)"); in a staff list's row also the surname's letters alone ("MTA | MUTABAZI
    Théoneste")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    surname_words = _surname_in_capitals(words) or words[-1:]
    surname = fold("".join(surname_words)).upper()
    if not (3 <= len(code) <= 4 and code.isalpha() and code.isupper() and surname):
        return False
    firsts = [w for w in words if w not in surname_words]
    if code[1] == surname[0] and (not firsts or fold(firsts[0])[:1].upper() == code[0]):
        return in_order(code[1:], surname)
    return in_row and code[0] == surname[0] and in_order(code, surname)


def _initials_forms(name: str) -> set[str]:
    """The initials of a name of two parts or more: of its capitalised parts ("Jean-Luc Vanbellinghen" -> "JLV"), of
    its words ("JV"), with its particles ("Jean Van den Bossche" -> "JVDB"), and first name first when the surname
    opens it in capitals ("DELCOURT Sophie" -> "SD" as well as "DS")."""
    parts = [p for p in NAME_PART.findall(name) if p[:1].isupper()]
    if len(parts) < 2:
        return set()
    words = name.split()
    forms = {"".join(p[0] for p in parts).upper(), "".join(w[0] for w in words if w[:1].isupper()).upper(),
             "".join(w[0] for w in words if w[:1].isupper() or fold(w) in PARTICLES).upper()}
    if parts[0].isupper() and len(parts[0]) > 1:
        surname = list(itertools.takewhile(lambda p: p.isupper() and len(p) > 1, parts))
        forms.add("".join(p[0] for p in parts[len(surname):] + surname).upper())  # "DUPONT-HERMANS Claire": CDH
        # and without its particles: "MOREIRA DA SILVA Inês" signs "IMS"
        forms.add("".join(p[0] for p in parts[len(surname):] + surname if fold(p) not in PARTICLES).upper())
    if "," in name:  # written "NOM, Prénom": signed first name first ("Mbala Nsimba, Christelle" -> "CMN")
        surname, _, first = name.partition(",")
        forms |= _initials_forms(f"{first.strip()} {surname.strip()}")
    # ("Élodie Massart" signs "EM": initials are written without their accents)
    return {written for form in forms if len(form) >= 2 for written in (form, fold(form).upper())}


MIN_CUT_TAIL = 2  # words of kept terms cut from a name's end that leave an ordinary word alone


# the greeting word opening a line before a name ("Beste An,", "Dear Jo,"): the name is the addressee's
GREETING_BEFORE = re.compile(r"(?:^|\n)(?:[^\S\n]*>)*[^\S\n]*([^\W\d_]+)[^\S\n]+$")  # (in a quoted mail: "> Dag Bart,")


def _greeted(text: str, span: Span) -> bool:
    """``span`` is a first name whose gender the lists know, a letter's greeting opening its line with it and a comma or
    "!" after it ("Beste An,", "Liebe Bo!"): the addressee, even when the word is one of another language ("an"; not
    "Hi Son,", "Hallo Sie,", "Dear Best,", words the name lists hold without a gender)."""
    greeting = GREETING_BEFORE.search(text, max(0, span.start - WORD_BEFORE_REACH), span.start)
    return greeting is not None and greeting.group(1).lower() in vocabulary.salutations() \
        and span.text.istitle() and gender_of_first_name(span.text) is not None \
        and text[span.end:span.end + 1] in (",", "!") \
        and vocabulary.greeting_line(text, greeting.start(1), span.end)


WORD_BEFORE_REACH = 30  # characters before a name its greeting is looked for in
# (a saint's day, after a word of time: "vers la Saint-Nicolas", "depuis la Sainte-Catherine"; not "chez la
# Saint-Martin", "à la Saint-Martin", a brasserie's name; and only a feast's saint: "pour la Sainte-Ursule" is a school)
SAINTS_DAY_BEFORE = re.compile(r"(?i:(?<![\w'’])(?:vers|pour|depuis|avant|après|jusqu['’]à|dès"
                                     r"|fête[^\S\n]+de|à[^\S\n]+partir[^\S\n]+de)[^\S\n]+la[^\S\n]+)$")
FOREIGN_LINE_WORDS = frozenset(vocabulary.foreign_words())  # function words and labels of Dutch, German, English


# the words that announce a language in Dutch, German and English, a verb of speaking or an article ("in het Frans",
# "spricht Deutsch", "speaks French", "een beetje Frans"; never a possessive or an adverb, which come before people
# too: "mijn Frans", "alleen Frans"); a list of languages joins two names ("Turks en Frans", "Arabisch und
# Französisch")
LANGUAGE_CUE = re.compile(r"(?i:\b(?:beetje|in[^\S\n]+het|naar[^\S\n]+het"
                          # (a verb of speaking, an adverb between or not: "spreekt beter Frans", "spricht gut Deutsch")
                          r"|(?:spreekt|spreken|verstaat|verstaan|spricht|sprechen|versteht|verstehen|speaks|speak"
                          r"|speaking|understands)(?:[^\S\n]+(?:beter|goed|vloeiend|wat|weinig|slecht|alleen|enkel|ook"
                          r"|nog|gut|besser|fließend|etwas|wenig|nur|auch|noch|well|better|fluently|some|little|only"
                          r"|also))?))[^\S\n]+$")
# the writer's own language, as one apologises for it: "sorry, mijn Frans is niet zo goed", "my French isn't good"
# ("mijn Frans heeft gebeld" is her husband)
OWN_LANGUAGE_BEFORE = re.compile(r"(?i:\b(?:mijn|mein|my))[^\S\n]+$")
OWN_LANGUAGE_AFTER = re.compile(r"[^\S\n]+(?i:is|ist|was|isn['’]t)(?:[^\S\n]+(?i:niet|nicht|not))?"
                                r"(?:[^\S\n]+(?i:zo|so|very|erg|sehr))?[^\S\n]+(?i:goed|gut|good|slecht|schlecht|bad|great)\b")
LANGUAGE_JOIN = (r"[^\S\n]*(?:,|(?i:en|of|und|oder|and|or))[^\S\n]+"
                 r"(?:(?i:een[^\S\n]+beetje|ein[^\S\n]+bisschen|a[^\S\n]+little|some|wat|etwas)[^\S\n]+)?")
TITLE_BEFORE_LANGUAGE = re.compile(rf"(?i:\b(?:{vocabulary.alternation(tuple(vocabulary.civil_titles()))}))"
                                   r"\.?[^\S\n]+$")
LANGUAGE_NEIGHBOUR = 25  # characters before a name in which a title or a cue is looked for
# a phone number right after a word ("nonna 065/66.14.93"), its colon or dash between
NUMBER_AFTER_ROLE = re.compile(r"[^\S\n]*[:–-]?[^\S\n]*(?:\+|0)\d")


@lru_cache(maxsize=1)
def _language_list() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A language's name joined to one before it, or to one after it ("Turks en een beetje Frans")."""
    names = "|".join(sorted(map(re.escape, vocabulary.language_names()), key=len, reverse=True))
    return (re.compile(rf"(?<![\w])(?:{names}){LANGUAGE_JOIN}$"), re.compile(rf"{LANGUAGE_JOIN}(?:{names})(?![\w])"))


def _language_named(text: str, span: Span) -> bool:
    """A span that is the Dutch, German or English name of a language, in a line of those languages, after a word
    that announces a language or joined to another language's name ("Turks en een beetje Frans"); never after a
    title ("mevrouw Engels") nor in a list of people ("Els en Frans")."""
    word = span.text.strip()
    if word not in vocabulary.language_names() or not vocabulary.in_foreign_line(text, span.start, span.end):
        return False
    start = max(0, span.start - LANGUAGE_NEIGHBOUR)
    if TITLE_BEFORE_LANGUAGE.search(text, start, span.start):
        return False
    before, after = _language_list()
    if LANGUAGE_CUE.search(text, start, span.start) or OWN_LANGUAGE_BEFORE.search(text, start, span.start) \
            and OWN_LANGUAGE_AFTER.match(text, span.end):
        return True
    # (the language before it no person's name after a title: "meneer Engels en Frans" are two men)
    joined = before.search(text, start, span.start)
    if joined and not TITLE_BEFORE_LANGUAGE.search(text, max(0, joined.start() - LANGUAGE_NEIGHBOUR), joined.start()):
        return True
    return bool(after.match(text, span.end))


def _short_foreign_line(text: str, span: Span) -> bool:
    """A line of three words or fewer, one a function word or a closing of Dutch, German or English: it goes on in
    the language of the line before ("Kind regards,"; not a signature's surname alone, "Krüger")."""
    line = vocabulary.line_around(text, span.start, span.end).split()
    return len(line) <= vocabulary.SHORT_LINE and any(word.strip(",.:;!").lower() in vocabulary.foreign_words()
                                                     for word in line)


def _foreign_not_name(word: str) -> bool:
    """A function word or label of Dutch, German or English, or a word of theirs no list holds as a name or a
    place; never a surname's particle ("de groot", "van den broek")."""
    lower = word.lower()
    if lower in SURNAME_PARTICLES or lower in PARTICLES:
        return False
    return lower in FOREIGN_LINE_WORDS or is_foreign_word(word) and not in_surnames(word.capitalize()) \
        and not in_first_names(word.capitalize()) and word not in places() and word.capitalize() not in places()


def _ordinary_rest(span: Span, trimmed: Span, policy: KeepPolicy) -> bool:
    """What is left before a kept phrase cut from a name's end is one ordinary word, no name nor place:
    "Autre [AMO ou service de l'aide à la jeunesse]" in a table's row; before a single kept word, a word as
    frequent as grammar ("Autre [AMO]", "GROUPE [WHATSAPP]"); or a department, its kind and ordinary words
    ("Service juridique [AGAJ]"). (A service named before a bare kind stays:
    "Horizon ASBL", "Passage AMO".)"""
    word = trimmed.text.strip()
    tail = span.text[trimmed.end - span.start:].split()
    cut = trimmed.entity_type != "PERSON" and trimmed.start == span.start and trimmed.end < span.end
    if cut and _department(word):
        return True
    if trimmed.entity_type == "PERSON" and trimmed.start == span.start and trimmed.end < span.end \
            and " " not in word and word[:1].isupper() and is_common_word(word) and not in_first_names(word) \
            and not in_surnames(word) and policy.is_kept(span.text[trimmed.end - span.start:].strip(" ,.;:()")):
        return True  # "Score [EPDS]", "Test [WISC]": a common noun before a kept scale is no person's name
    return cut and " " not in word and word[:1].isupper() and is_common_word(word) and not in_first_names(word) \
        and word not in places() and (len(tail) >= MIN_CUT_TAIL or grammar_word(word))


# a department of a kept institution: "Service juridique [AGAJ]", "Direction pédagogique [CPMS]"
DEPARTMENT = re.compile(r"(?:Service|Direction|Département|Cellule|Division|Bureau|Secrétariat|Pôle)"
                        r"(?:[^\S\n]+[a-zà-öø-ÿ][\w'’-]*)+")


def _department(words: str) -> bool:
    return DEPARTMENT.fullmatch(words) is not None and all(is_word(w) for w in words.split()[1:])


def _foreign_word_after(text: str, end: int) -> bool:
    following = NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() in vocabulary.foreign_words()


# a word in inclusive writing: "participant·es", "éducateur·rices"; with a full stop only when what follows is a
# feminine or plural ending ("étudiant.es", "directeur.rice"), not a chat name ("il.yas", "lil.nay")
INCLUSIVE = re.compile(r"[^\W\d_]+(?:[·•][^\W\d_]+|\.(?i:" + "|".join(vocabulary.INCLUSIVE_ENDINGS)
                       + r")(?![^\W\d_]))+")
MIN_NAME_CHARS = 3  # of a place, a service or a school ("N", "AU", "ET" are no names)
FOLDED_MONTHS = frozenset(fold(month) for month in vocabulary.month_names())


LISTED = frozenset({"KnownOrganizationRecognizer"})
KIND_BEFORE = re.compile(rf"(?i:\b(?:{vocabulary.FOREIGN_CARE_KINDS}|basisschool|school|vzw|centrum|dienst|huis)"
                         r"[^\S\n]+)$")


def _spelt_by(acronym: str, words: list[str]) -> int | None:
    """How many of the last ``words`` spell ``acronym`` (the fewest that do, at least two), or None: each of them
    gives its initial, a function word may give none, and a word may give more letters after its initial (a
    compound's: "Onthaalklas" gives the O and K of OKAN). A stricter form of Schwartz & Hearst's abbreviation
    definitions (2003), whose right-to-left search lets a long sentence spell anything."""
    letters = acronym.lower()
    for count in range(2, min(len(words), len(letters) + 5) + 1):
        if _covers(letters, [w.lower() for w in words[-count:]]):
            return count
    return None


def _covers(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if (word in FUNCTION_WORDS or word in vocabulary.foreign_words() or len(word) < 3) and _covers(letters, rest):
        return True
    if not letters or word[0] != letters[0]:
        return False
    # the initial, then as many of the next letters as the word holds in order
    taken, at = 1, 1
    while True:
        if _covers(letters[taken:], rest):
            return True
        if taken == len(letters):
            return False
        at = word.find(letters[taken], at) + 1
        if at == 0:
            return False
        taken += 1


ACRONYM_DEFINED = re.compile(r"([^()\n]+?)[^\S\n]*\([^\S\n]*(?:(?:ci-après|ci-dessous)[^\S\n]*"
                             r"(?:(?:dénommée?s?|désignée?s?|appelée?s?)[^\S\n]*)?:?[^\S\n]*)?[«“\"]?[^\S\n]*$")
# the acts whose names a text abbreviates ("Code wallon de l'Action sociale et de la Santé (ci-après « CWASS »)")
# ... and the texts whose names a document abbreviates ("Convention internationale des droits de l'enfant (CIDE)")
LEGAL_ACTS = frozenset(fold(law) for law in (*LAWS, "règlement", "directive", "convention", "ordonnance"))
MAX_CAPITALISED = 1


def _defined_by_ordinary_words(text: str, span: Span) -> bool:
    """An acronym in brackets after the ordinary words it stands for names a kind of thing, not one
    ("Onthaalklas voor anderstalige nieuwkomers (OKAN)", "le dispositif d'accueil des primo-arrivants
    (DAPA)"); after capitalised words it names a service ("Les Petits Riens (LPR)")."""
    acronym = span.text.strip()
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()) \
            or not re.match(r"[^\S\n]*[»”\"]?[^\S\n]*\)", text[span.end:span.end + 5]):
        return False
    before = ACRONYM_DEFINED.search(text, max(0, span.start - 140), span.start)
    if before is None:
        return False
    words = NAME_PART.findall(before.group(1))[-(min(len(acronym) + 5, 2 * len(acronym))):]
    spelt = _spelt_by(acronym, words)
    if spelt is None:
        return False
    long_form = words[-spelt:]
    if fold(long_form[0]) in LEGAL_ACTS:
        return True  # a law or a code
    capitalised = [w for w in long_form if w[:1].isupper() and fold(w) not in FUNCTION_WORDS]
    if len(long_form) < 2 or len(capitalised) > MAX_CAPITALISED or capitalised and capitalised[0] != long_form[0]:
        return False
    # (a capital on the first word only where a line or a sentence opens: "La Maison d'accueil des familles en
    # difficulté (MAFD)" names a service)
    at = [m.start() for m in NAME_PART.finditer(text, before.start(1), before.end(1))][-spelt]
    return not capitalised or at == 0 or SENTENCE_OPENING.search(text, max(0, at - 4), at) is not None


def _defined_elsewhere(text: str, span: Span) -> bool:
    """An acronym the text defines elsewhere by the ordinary words or the act it stands for ("l'article 547 du
    CWASS" after "Code wallon de l'Action sociale et de la Santé (ci-après « CWASS »)")."""
    return span.text.strip() in _acronyms_defined(text)  # (which holds only the acronyms' shape, DEFINED_ACRONYM)


@lru_cache(maxsize=8)
def _acronyms_defined(text: str) -> frozenset[str]:
    """The acronyms ``text`` defines in brackets by the ordinary words or the act they stand for (once per text)."""
    return frozenset(m.group() for m in DEFINED_ACRONYM.finditer(text)
                     if _defined_by_ordinary_words(text, Span.of(text, m.start(), m.end(), "ORGANIZATION")))


DEFINED_ACRONYM = re.compile(r"(?<![\w])[A-Z]{2,8}(?=[^\S\n]*[»”\"]?[^\S\n]*\))")


def _in_legend(text: str, span: Span) -> bool:
    """A word the note's legend spells out as ordinary words, alone ("Cs", "Mè" where "Mè = mère"; a span holding
    another word may hold a name: "Pè Sabot", "Fr T."), and not after a relation's word or a title ("son frère
    Sam", "Oncle Al", "Mme Ben"): no name."""
    legend = legend_abbreviations(text)
    word = span.text.strip().rstrip(".")
    if word not in legend:
        return False
    before = text[max(0, span.start - LEGEND_WORD_REACH):span.start].split()
    return not before or not (fold(before[-1]).rstrip(".") in TITLES or before[-1].lower() in KINSHIP
                              or before[-1].lower() in vocabulary.kin_roles()
                              or before[-1].lower() in vocabulary.child_words())


LEGEND_CODE = re.compile(r"[A-Z]{2,4}")
# a determiner or a pronoun opening a sentence, before a word in lower case ("Kylian D. Les commentaires", "Sara M.
# Elle souhaite")
SENTENCE_OPENERS = frozenset("le la les l un une des ce cet cette ces son sa ses mon ma mes leur leurs il elle ils "
                             "elles on nous vous je".split())
LOWER_WORD_AFTER = re.compile(r"[^\S\n]+([a-zà-öø-ÿ][\w'’-]*)")


def _legend_s_initials(code: str, name: str) -> bool:
    """``code`` is the initials of ``name``: of each of its parts ("VD" of "Vakha Dzhabrailov"), or, a name of one
    word, opening with its letter ("ZB" of "Zelimkhan", whose surname the legend leaves out)."""
    parts = re.findall(r"[^\W\d_]+", name)
    return code in _initials_forms(name) if len(parts) >= 2 else bool(parts) and code[0] == parts[0][0]


def _abbreviates_its_words(code: str, long_form: str) -> bool:
    """``code`` opens with the letter of its long form's first word, an ordinary word: the abbreviation of those words
    ("RDV = rendez-vous chez Mme Rahali", "SV = Suivi de M. Simon"), not a person's initials ("ZB = fils aîné
    Zelimkhan", "VD = Vakha Dzhabrailov")."""
    first = long_form.split()[0] if long_form.split() else ""
    ordinary = first[:1].islower() or is_word(first.lower()) and not in_first_names(first) \
        and not in_surnames(first)  # ("CR = Compte rendu de Mme Claire Roland", "GM = Grand-mère Ginette")
    return ordinary and fold(first[:1]) == fold(code[:1])


def _legend_initials(text: str, people: list[Span], policy: KeepPolicy) -> list[Span]:
    """The initials a note's legend gives a person it names, wherever the note writes them ("ZB = fils aîné
    Zelimkhan ; VD = M. Vakha Dzhabrailov": "Irritabilité ++ envers ZB"): her full name's initials, or, when the legend
    gives her first name only, opening with its letter; not a kept acronym, nor a word of our languages ("EN = fille
    Enora"), nor an abbreviation whose long form names someone ("CR = Compte rendu de M. Renard", "RDV = rendez-vous
    chez Mme Dupont"). (Propagation then takes the code wherever the document writes it, as any name's.)"""
    found = []
    for short, start, end, _labelled in legend_entries(text):
        if LEGEND_CODE.fullmatch(short) and not policy.is_kept(short) and not is_word(short.lower()) \
                and short.lower() not in vocabulary.stop_words() and short.lower() not in vocabulary.foreign_words() \
                and not _abbreviates_its_words(short, text[start:end]) \
                and any(p.start < end and start < p.end and _legend_s_initials(short, p.text) for p in people):
            found += [Span.of(text, m.start(), m.end(), "PERSON", source="initiales", score=0.6)
                      for m in re.finditer(rf"(?<![\w.]){short}(?![\w])", text)]
    return found


LEGEND_WORD_REACH = 20  # characters before a legend's word where a relation's word or a title is read


LONG_CAPITALS = 5  # letters of a word in capitals too long for an acronym ("ENTWICKLUNGSBERICHT", "VERLOOP")
LONG_HEADING = 14  # letters of a heading word in capitals that is no surname ("SCHULMEISTER" may be one)
NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "nis", "tät", "ion")  # German nouns' ("Empfehlung")
NUMBERED_LINE = re.compile(r"(?:^|\n)[^\S\n]*(?:\d{1,2}[.)][^\S\n]*)?$")
ROLE_AFTER_NAME = re.compile(r",[^\S\n]*$")


def _foreign_form_word(text: str, span: Span) -> bool:
    """Where a word of a foreign passage with no function word of its own stands as no name: a label before its
    colon ("Sachbearbeiterin:", "Betrifft:"), a role after a name and its comma that is a compound ("..., Dienstleiter",
    "..., Sozialarbeiterin"), or a heading alone on its line, numbered, long in capitals or ending as a noun ("3.
    Verlauf", "ENTWICKLUNGSBERICHT", "Empfehlung"). Never a field's value nor a signature: "Familienname:
    Baumgarten", "Mit freundlichen Grüßen\nKöhler"."""
    word = span.text.strip()
    if re.match(r"[^\S\n]*:", text[span.end:span.end + 3]):
        return True
    if ROLE_AFTER_NAME.search(text, max(0, span.start - 3), span.start) and (is_foreign_compound(word)
                                                                            or foreign_word(word)):
        return True  # "..., Dienstleiter", "P. Thunus, Direktor"
    if _foreign_word_after(text, span.end):
        return True  # a noun a German or Dutch function word follows: "Befreiung vom Sportunterricht"
    line_end = text.find("\n", span.end)
    if text[span.end:line_end if line_end != -1 else len(text)].strip(" .:") or text[
            max(0, span.start - 5):span.start].endswith(":"):
        return False
    numbered = NUMBERED_LINE.search(text, max(0, span.start - 8), span.start)
    if numbered is None:
        return False
    return numbered.group().strip() != "" or word.isupper() and len(word) >= LONG_HEADING \
        or word.lower().endswith(NOUN_ENDINGS)


def _place_after_foreign_word(text: str, span: Span) -> Span:
    """A place the model read with an ordinary German or Dutch word before it is the place alone: "Zweigstelle
    Eupen" (the Eupen branch), "Afdeling Halle" -> "Eupen", "Halle"."""
    if span.entity_type != "LOCATION" or span.text in places():
        return span
    tokens = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", span.text)]
    for k in range(1, len(tokens)):
        rest = span.text[tokens[k][0]:]
        if rest in places() and not any(c.isdigit() for c in span.text[:tokens[k][0]]) \
                and all(_foreign_ordinary(word) for _, word in tokens[:k]):
            return Span.of(text, span.start + tokens[k][0], span.end, span.entity_type, span.score, span.source)
    return span


OPENING_WORD = re.compile(r"([^\W\d_]+)[^\S\n]+(?=[^\W\d_])")
SERVICE_KIND = re.compile(rf"{TITLED_SERVICE}|{HOSPITAL}")


def _place_after_opening_word(text: str, span: Span) -> Span:
    """A place the model read with the common noun opening the sentence before it, as a service or a person, is the
    place alone: "Trajet Leuven–Koekelberg", "Retour Namur le soir" -> "Leuven", "Namur" (not a kind: "Centre
    Namur")."""
    if span.entity_type not in ("ORGANIZATION", "PERSON") \
            or not (span.start == 0 or SENTENCE_OPENING.search(text, max(0, span.start - 4), span.start)):
        return span
    opening = OPENING_WORD.match(span.text)
    if opening is None or span.text[opening.end():] not in places() or not is_common_word(opening.group(1)) \
            or fold(opening.group(1)) in kind_terms() or fold(opening.group(1)) in SURNAME_PARTICLES \
            or in_first_names(opening.group(1)) \
            or in_surnames(opening.group(1)) or SERVICE_KIND.fullmatch(opening.group(1)):
        return span  # ("Van Damme", "Clinique Saint-Pierre", "Fontaine Brecht": a surname before a first name)
    return Span.of(text, span.start + opening.end(), span.end, "LOCATION", span.score, span.source)


def _foreign_ordinary(word: str) -> bool:
    """An ordinary Dutch, German or English word (or compound) that no list holds as a name."""
    if word.isupper() and len(word) >= LONG_CAPITALS:
        word = word.capitalize()
    return foreign_word(word, compounds=True) \
        and not in_first_names(word.capitalize()) and not in_surnames(word.capitalize()) \
        and not word.lower().endswith(vocabulary.street_suffixes_alone())  # "Kerkstraat" is a street


# an indefinite article (or a definite one and at least one adjective), then adjectives known by their endings,
# before a German or Dutch noun ("eine neue Stelle", "die günstigere Miete", "een nieuwe kamer"); not a definite
# article alone ("der Ernst", colloquial German names people so), nor a possessive ("mijn dochter Roos"), nor a noun
# and a preposition ("eine Tante in Aachen")
ADJECTIVE = r"[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)[^\S\n]+"
FOREIGN_ARTICLE_BEFORE = re.compile(
    rf"(?<![\w'’])(?:(?i:ein|eine|einen|einem|einer|eines|een)[^\S\n]+(?:{ADJECTIVE}){{0,2}}"
    rf"|(?i:der|die|das|den|dem|des|het)[^\S\n]+(?:{ADJECTIVE}){{1,2}})$")
WORDS_REACH = 60  # characters looked back for an article and its adjectives

SEPARATOR_MARKS = "-_=*─━═"  # (and the box-drawing lines of a bilingual letter: "───── NEDERLANDS ─────")
# a French word and its slash before the same in Dutch or German ("Recommandé / Aangetekend", "Copie / Afschrift")
# (opening its line: "Contact famille / Scholz" is no label)
TRANSLATED = re.compile(r"[^\S\n]*(\w+)[^\S\n]*/[^\S\n]*")
TRANSLATION_AFTER = re.compile(r"[^\S\n]*/[^\S\n]*(?:\d+[^\S\n]+)?([^\W\d_]+)")
LABEL_START = re.compile(r"(?m)^[^\S\n]*(?:(?:\d+[.)]|[-•*])[^\S\n]*)?$|\(\d+[^\S\n]+$")  # a line's start, "(8 "
# a bilingual note's label: a capitalised word, a slash, another ("Akte / Dossier", "Kinder / Enfants")
BILINGUAL_LABEL = re.compile(r"(?m)^[^\S\n]*(?:\d+[.)][^\S\n]*)?[A-ZÄÖÜ][\wäöüß]+[^\S\n]*/[^\S\n]*[A-ZÉÈ][\w]+")
MIN_BILINGUAL_LABELS = 2
MIN_SEPARATOR = 3  # marks on each side of a separator line's words


def _in_separator_line(text: str, span: Span) -> bool:
    """The span stands in a line drawn with dashes around ordinary words of any of our languages, as mail programs
    write between the messages of a thread ("-----Original Message-----", "----- Message transféré -----")."""
    line = vocabulary.line_around(text, span.start, span.end).strip()
    inner = line.lstrip(SEPARATOR_MARKS)
    if len(line) - len(inner) < MIN_SEPARATOR:
        return False
    words = inner.rstrip(SEPARATOR_MARKS)
    if len(inner) - len(words) < MIN_SEPARATOR:
        return False
    return all(is_word(word.lower()) or foreign_word(word.capitalize() if word.isupper() else word)
               for word in re.findall(r"[^\W\d_]+", words))  # (in capitals too: "───── NEDERLANDS ─────")


def _unwritten_in_french(text: str, span: Span, word: str) -> bool:
    """A word French never writes (:func:`never_french_word`) in lower case or in a heading's line of capitals: an
    ordinary word of its passage's language ("gedeeld schriftje", "VERSLAG – VERTROUWELIJK"). Not capitalised, nor a
    field's value in capitals: the surname lists lack rarer Dutch and German surnames that are words of those
    languages ("Snoek vertelt", "Klastitularis: SNOEK", "Schuhmacher hat angerufen")."""
    written = word.capitalize() if word.isupper() else word
    heading = word.isupper() and _capitals_heading(text, span)
    return (word.islower() or heading) and never_french_word(written) \
        and not in_first_names(written.capitalize()) and not in_surnames(written.capitalize()) \
        and not written.lower().endswith(vocabulary.street_suffixes_alone())  # ("KASTANJELAAN" is a street)


def _capitals_heading(text: str, span: Span) -> bool:
    """The span stands in a line of capitals of two words or more, no label's value (no colon before it)."""
    words = re.findall(r"[^\W\d_]{2,}", vocabulary.line_around(text, span.start, span.end))
    return len(words) >= 2 and all(w.isupper() for w in words) and ":" not in vocabulary.line_before(text, span.start)


def _foreign_words_only(text: str, listed: bool = True) -> bool:
    """An enumeration of words of Dutch, German or English only, two of them or more ordinary words that no list
    holds as a name, the others those languages' function words ("Kinderen, jongeren en gezinnen"; not "Van
    Rossem", a particle and one such word, nor a service named with such words, "Ziekenhuis Twee Kanalen").
    Without ``listed``, not only an enumeration ("BETROKKEN FRANSTALIGE DIENSTEN")."""
    found = re.findall(r"[^\W\d_]+", text)
    foreign = vocabulary.foreign_words()
    ordinary = [w for w in found if _foreign_ordinary(w)]
    return len(ordinary) >= 2 and ("," in text or not listed) and all(w.lower() in foreign or w in ordinary
                                                                       for w in found)


# what follows a medicine's name on a prescription: its form and dose ("LP", "XR", "18 mg", "retard")
DOSAGE = re.compile(r"(?:[A-Z]{1,3}|\d+(?:[.,]\d+)?[^\S\n]*+(?:mg|ml|µg|g)?|(?i:retard|forte|junior|chrono))"
                    r"(?:[^\S\n]++(?:[A-Z]{1,3}|\d+(?:[.,]\d+)?[^\S\n]*+(?:mg|ml|µg|g)?))*+")
MIN_FOREIGN_NOUN = 5  # (shorter ones are too often a nickname: "Jaja")
LONG_COMPOUND = 12  # letters of a Dutch or German compound of two ordinary words that no surname list need hold
BARE_INITIAL = re.compile(r"[^\W\d_]\.?")
ORDINAL_BEFORE = re.compile(r"\d{1,2}[^\S\n]*(?:e|è|ème|eme|re|ère|er)[^\S\n]+$")
# a kind of place or school, its link words, then an initial or a placeholder for the name a writer took out
PLACEHOLDER = re.compile(r"(?:[^\W\d_]+[^\S\n]+){0,3}(?:(?i:de|du|des|d['’]|la|le|les|l['’])[^\S\n]*)*"
                         r"(?:[A-Z]\.|X{1,3}|\.{3}|…)")


def _placeholder_name(text: str) -> bool:
    """A name-like span whose name is only an initial or a placeholder, its other words lower case ("athénée de
    X.", "rue de la P.", "école XXX")."""
    match = PLACEHOLDER.fullmatch(text.strip())
    return match is not None and not any(word[:1].isupper() for word in re.findall(r"[^\W\d_]{2,}", text)
                                         if word not in ("XX", "XXX"))


def _kept_after_ordinal(text: str, span: Span) -> bool:
    """The span and the ordinal before it are a kept term: a school year ("4e prim.")."""
    before = ORDINAL_BEFORE.search(text, max(0, span.start - 8), span.start)
    end = span.end + (1 if text[span.end:span.end + 1] == "." else 0)
    return before is not None and default_policy().is_kept(text[before.start():end])


LABEL_OR_AGENT_AFTER = re.compile(r"[^\S\n]*(?::|par[^\S\n])")


def _word_as_label(text: str, span: Span) -> bool:
    """One French word the model took for a place, opening its line, before a colon or "par": a form's label or a
    participle ("Verbalisants : ...", "Visé par la coordinatrice"), not the commune it also names."""
    word = span.text.strip()
    return span.source == NER_SOURCE and span.entity_type == "LOCATION" and " " not in word \
        and is_word(word.lower()) and (span.start == 0 or text[span.start - 1] == "\n") \
        and LABEL_OR_AGENT_AFTER.match(text, span.end) is not None


# a form's yes-or-no answer after a label's colon ("Télévigilance : oui", "Kiné : non", "Allergies : néant")
ANSWER_AFTER = re.compile(r"[^\S\n]*:[^\S\n]*(?i:oui|non|néant|neant|aucune?|nihil)\b")
ANSWERED_LINE = re.compile(r"^[^\S\n]*[-–•*·][^\S\n]*[^\W\d_][\w'’ /-]*[^\S\n]*:[^\S\n]*(?i:oui|non|néant|neant"
                           r"|aucune?|nihil)\b", re.MULTILINE)
MIN_ANSWERED_LINES = 3  # a checklist of a form, not a chat's "Mbuyamba : oui"
LINE_BULLET = re.compile(r"[^\S\n]*[-–•*·][^\S\n]*$")


def _quoted_foreign_words(text: str, span: Span) -> bool:
    """Words in lower case the model alone took for a name inside a quotation in guillemets, no listed first name
    written so in a message: an utterance in another language an interpreter or a report quotes ("« wlidi mzyan,
    walakin... »", "le mot « l-hchouma »")."""
    if span.source != NER_SOURCE or span.entity_type != "PERSON" or not span.text.islower():
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    quote = next((m for m in GUILLEMETS.finditer(text, line_start, line_end)
                  if m.start() < span.start and span.end < m.end()), None)
    if quote is None:
        return False
    # a listed first name or surname stays one where French words around it make the quote French ("« merci
    # sofie, kevin est rentré »"); in a quote of another language, the name lists' "ana" is its word ("« ana ma
    # bqitch 3arfa »")
    listed = any(in_first_names(w.capitalize()) or in_surnames(w.capitalize()) for w in span.text.split())
    return not listed or mostly_foreign(quote.group())


def _answered_label(text: str, span: Span) -> bool:
    """One word the model alone took for a name, after a bullet opening its line, before a colon and a yes-or-no
    answer, in a checklist of such lines: a form's label, no listed first name nor surname ("- Télévigilance :
    oui" among "- Kiné : non", "- Repas : oui")."""
    word = span.text.strip()
    return span.source == NER_SOURCE and word.isalpha() and not in_first_names(word) and not in_surnames(word) \
        and LINE_BULLET.fullmatch(text, text.rfind("\n", 0, span.start) + 1, span.start) is not None \
        and ANSWER_AFTER.match(text, span.end) is not None and _answered_lines(text) >= MIN_ANSWERED_LINES


@lru_cache(maxsize=4)
def _answered_lines(text: str) -> int:
    return len(ANSWERED_LINE.findall(text))


# a bank's BIC (ISO 9362) after its label: a bank, no person ("BIC GKCCBEBB", "SWIFT : BBRUBEBB")
BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
BIC_LABEL_BEFORE = re.compile(r"(?i:\b(?:BIC|SWIFT))[^\S\n]*:?[^\S\n]*$")


def _bank_code(text: str, span: Span) -> bool:
    return bool(BIC.fullmatch(span.text)) and BIC_LABEL_BEFORE.search(text, max(0, span.start - 12), span.start) \
        is not None


DETERMINER_BEFORE = re.compile(rf"(?i:\b(?:{vocabulary.determiner_re()}))[^\S\n]+$")
WORD_AFTER_DETERMINER = re.compile(rf"(?i:\b(?:{vocabulary.determiner_re()}))[^\S\n]*([^\W\d_]+)")


@lru_cache(maxsize=2)
def _nouns_of(text: str) -> frozenset[str]:
    """The words the text writes in lower case right after a determiner ("les médiés", "la garde"), folded."""
    return frozenset(fold(word) for word in WORD_AFTER_DETERMINER.findall(text) if word.islower())


def _noun_elsewhere(text: str, span: Span) -> bool:
    """One word the model alone took for a person, no listed first name or surname, that the same text writes
    elsewhere in lower case after a determiner: a noun (the heading "1. MÉDIÉS" of a text that speaks of "les
    médiés"), never a name."""
    word = span.text.strip()
    return span.entity_type == "PERSON" and span.source == NER_SOURCE and word.isalpha() \
        and not in_first_names(word.capitalize()) and not in_surnames(word.capitalize()) \
        and fold(word) in _nouns_of(text)


LONG_TITLE = 3  # words of a section's title that no name has so many of, all French
LETTERED_HEADING = re.compile(r"[A-Z][.)][^\S\n]+([^\W\d_a-z]{2,}(?:[^\S\n]+[^\W\d_a-z]+)*)")


def _lettered_heading(text: str, span: Span) -> bool:
    """A section's letter and its title in capitals, ordinary words, opening the line: "B. THÉRAPIES" (words no list
    holds as a name; in a title of three words or more, words that are surnames too: "G. AMÉNAGEMENTS MIS EN PLACE",
    never first names: "A. MARIE ROSE PETIT")."""
    heading = LETTERED_HEADING.fullmatch(span.text.strip())
    if heading is None or not (span.start == 0 or text[span.start - 1] == "\n"):
        return False
    words = [word for word in heading.group(1).split() if word.lower() not in FUNCTION_WORDS]
    long_title = len(words) >= LONG_TITLE
    return all(is_word(word.lower()) and not in_first_names(word.capitalize())
               and (long_title or not in_surnames(word.capitalize())) for word in words)


def _foreign_clause(words: str) -> bool:
    """Several words, the capitalised ones ordinary words of another language, at least one in lower case, the first
    no particle ("Ik ben de", never "Van Hoof" nor two capitalised words), none a listed name."""
    found = re.findall(r"[^\W\d_]+", words)
    capitalised = [word for word in found if not word.islower()]
    return len(found) > 1 and bool(capitalised) and len(capitalised) < len(found) \
        and fold(found[0]) not in SURNAME_PARTICLES \
        and all(foreign_word(word) for word in capitalised) \
        and not any(in_first_names(word) or in_surnames(word) for word in found)


EXCLAMATION_AFTER = re.compile(r"[^\S\n]*!")
MESSAGE_OPENING = re.compile(r"(?:^|[.!?…:][^\S\n]*|\n[^\S\n]*)$")


def _exclaimed_word(text: str, span: Span) -> bool:
    """A common French word alone opening a sentence or a message before "!" ("Magnifique !", "Parfait !"), no
    surname the lists hold."""
    word = span.text.strip()
    return " " not in word and is_common_word(word) and not in_surnames(word) and gender_of_first_name(word) is None \
        and EXCLAMATION_AFTER.match(text, span.end) is not None \
        and MESSAGE_OPENING.search(text, max(0, span.start - 4), span.start) is not None


# a hearing's record writes its questions and answers "Q." and "R." (or "D." for "demande") at a line's start
QA_MARKER = re.compile(r"[QRD]\.[^\S\n]*([^\W\d_]+)$")
QA_LINES = re.compile(r"(?m)^[^\S\n]*[QRD]\.[^\S\n]")
MIN_QA_LINES = 3  # lines a hearing's record opens with its markers
ANSWER_OPENERS = vocabulary.stop_words() | {"oui", "non", "ok", "d'accord"}


# a division of a law and its number in Roman numerals or digits, "Titre Ier", "Chapitre II", "Section 3bis"
LEGAL_DIVISIONS = frozenset(fold(word) for word in vocabulary.legal_divisions())
LEGAL_DIVISION = re.compile(r"[^\W\d_][\w-]*[^\S\n]+(?:[IVXLC]+(?:er|e)?|1er|\d+(?:bis|ter)?)(?![\w'’-])")


NUMBER_END = re.compile(r"[^\S\n]\d{1,2}$")
HOUSE_COUNTED = re.compile(r"(?i:maison|appartement|logement|villa)[^\S\n]+\d{1,2}[^\S\n]+(?i:façades|chambres|pièces)")
COUNTED_ROOMS = re.compile(r"[^\S\n]+(?:façades|chambres|pièces|étages)(?![\w])", re.IGNORECASE)


# a line opening with a time and nothing else before a word: a programme's or a diary's slot ("10h30  ", "- 12:00 ")
# (a word French writes often, as chat_speaker reads a programme's slot, "Pause", which the lemmatizer's table lacks)
TIME_OPENING = re.compile(rf"[^\S\n]*(?:[-•*][^\S\n]*)?{CHAT_TIME}[^\S\n]*(?:[-–:][^\S\n]*)?")


def _kept_with_its_mark(text: str, span: Span, policy: KeepPolicy) -> bool:
    """A kept term written with the mark that closes it, which a tokenizer leaves out ("GO!", Flanders' school
    network: "GO" alone may be a surname)."""
    return text[span.end:span.end + 1] in ("!", "?") and policy.is_kept(text[span.start:span.end + 1])


def _no_name(text: str, span: Span) -> bool:
    """A name-like span that cannot be a name: no letter at all ("41", a flattened table's cell), a
    place, service or school of one or two characters, a piece of a word written in inclusive French
    ("e" of "participant·e"), only inclusive forms of ordinary words ("Intervenant·es", "exilé·es"), or an
    acronym the ordinary words before it define."""
    if span.entity_type not in name_types():
        return False
    if _defined_by_ordinary_words(text, span) or _defined_elsewhere(text, span) or _in_legend(text, span) \
            or _word_as_label(text, span) or _noun_elsewhere(text, span) or _answered_label(text, span) \
            or _bank_code(text, span) or _quoted_foreign_words(text, span):
        return True
    if not any(c.isalpha() for c in span.text) or NUMBER_END.search(span.text) and COUNTED_ROOMS.match(text, span.end) \
            or HOUSE_COUNTED.fullmatch(span.text):
        return True  # (nor a house and its count of façades or rooms: "Maison 4 façades", the span ending at the count)
    marker = QA_MARKER.match(span.text)
    if marker and (marker.group(1).lower() in ANSWER_OPENERS or span.text.lstrip()[:1] in "QR"
                   and (is_word(marker.group(1).lower()) or is_foreign_word(marker.group(1)))) \
            and not in_surnames(marker.group(1)) and not in_first_names(marker.group(1)) \
            and not text[text.rfind("\n", 0, span.start) + 1:span.start].strip() \
            and len(QA_LINES.findall(text)) >= MIN_QA_LINES:
        return True  # "Q. Que s'est-il passé ?", "R. Je sortais...", "R. Oui", "R. Snap oui": a hearing's questions
        # and answers opening with a word a lexicon knows (not a name, "R. Ngarambe m'a frappée", nor a signature,
        # "R. Ho", "D. Nkurunziza")
    word = span.text.strip()
    if span.entity_type in ("PERSON", "LOCATION") and all(_foreign_not_name(part) for part in word.split()) \
            and (vocabulary.in_foreign_line(text, span.start, span.end)
                 or _short_foreign_line(text, span) and vocabulary.after_foreign_line(text, span.start)) \
            and (word.islower() or opens_sentence_or_cell(text, span.start, ('|', '\t', ';'))):
        return True  # "leefloon door ons OCMW", "Andere info voor de overdracht:", a table's "| Datum betaling |":
        # Dutch, German or English words in lower case or opening their sentence or cell (capitalised within one, a
        # single word may be a surname: "Koning")
    if span.entity_type in ("PERSON", "LOCATION") and _language_named(text, span):
        return True  # "in het Frans", "Turks en een beetje Frans": a language, in a line of its own
    if span.entity_type == "PERSON" and span.source == NER_SOURCE \
            and (is_chat_word(word.lower()) or fold(word.lower()) in FOLDED_STOP_WORDS) \
            and not in_first_names(word.capitalize()) and not in_surnames(word.capitalize()):
        return True  # "Euh… je vais vous raconter", "Sorry, I can't": speech's fillers opening a sentence; a
        # function word written without its accent ("c pour ca que", "ca va")
    if span.entity_type == "PERSON" and span.text.islower() and span.text in KINSHIP \
            and (DETERMINER_BEFORE.search(text, max(0, span.start - 8), span.start)
                 or NUMBER_AFTER_ROLE.match(text, span.end)):
        return True  # "la nonna", "ma babcia": a relation word of another language after a determiner (not "chez
        # baba": a grandparent may be called so as by a name), or before the number it owns ("nonna 065/66.14.93 /
        # papa 0473 ...", as "papa" is)
    if span.entity_type == "PERSON" and span.source == NER_SOURCE and span.text.strip().lower() in KINSHIP \
            and vocabulary.in_foreign_line(text, span.start, span.end) and not _after_title(text, span.start):
        return True  # "Mama war nicht da, sie war bei der Arbeit": a parent's word in a German, Dutch or English line
        # (in French a relation's word may be a nickname: "Tata" for an aunt the family calls so)
    if span.entity_type == "PERSON" and BARE_INITIAL.fullmatch(span.text.strip()) and not (
            span.text.strip().endswith(".") and re.match(r"\s*[^\W\d_a-z]", text[span.end:span.end + 3])):
        # (an initial with its dot before a capital opens a name: "Mme J.\nWauters")
        return True  # a letter alone ("GMFCS V" once the scale is kept, "Mme B." in a draft anonymised by hand): a
        # bare initial names nobody
    if span.entity_type in ("ORGANIZATION", "SCHOOL", "LOCATION") and _placeholder_name(span.text):
        return True  # "l'athénée de X.", "rue de la P.": a place or a school a draft anonymised by hand
    if span.entity_type == "ORGANIZATION" and not re.search(r"[^\W\d_]", re.sub(LEGAL_FORM_WORD, "", span.text)):
        return True  # "37 SA" (weeks of amenorrhoea), "2024 SRL": a legal form and digits name no company
    if _kept_after_ordinal(text, span):
        return True  # "4e prim.": a school year
    if span.entity_type in ("LOCATION", "PERSON") and " " not in span.text.strip() \
            and (not is_place(span.text.strip()) or fold(span.text.strip()) in ("bruxelles", "brussel", "brussels")) \
            and TIME_ZONE_BEFORE.search(text, text.rfind("\n", 0, span.start) + 1, span.start) \
            and TIME_ZONE_AFTER.match(text, span.end):
        return True  # "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris": the name of an invitation's time zone
    if span.entity_type == "PERSON" and _lettered_heading(text, span):
        return True
    if span.source == NER_SOURCE and span.text.strip().lower() in vocabulary.holidays() \
            and not in_first_names(span.text.strip()):
        return True  # "la fête de Meskel", "Timkat": a feast
    if span.entity_type in ("LOCATION", "PERSON") and span.text.strip().lower() in vocabulary.saints_days() \
            and SAINTS_DAY_BEFORE.search(text, max(0, span.start - 24), span.start):
        return True  # "vers la Saint-Nicolas", "depuis la Sainte-Catherine": a saint's day (a commune named after a
        # saint takes no article: "à Saint-Nicolas")
    if span.entity_type in ("PERSON", "LOCATION") and LEGAL_DIVISION.match(span.text.strip()) \
            and fold(span.text.split()[0]) in LEGAL_DIVISIONS:
        return True  # "Livre V, Titre Ier": a division of a code and its number (what the model joins to it after
        # a full stop too: "Livre V. Conformément")
    medicine = span.text.strip().split(" ", 1)
    if vocabulary.is_medicine(medicine[0]) and (len(medicine) == 1 or DOSAGE.fullmatch(medicine[1])) \
            and not in_first_names(medicine[0]) and not _after_title(text, span.start):
        return True  # a medicine ("arrêt de l'aripiprazole", "augmentation du Keppra", "Méthylphénidate LP"), no
        # person nor place
    if span.entity_type in ("PERSON", "ORGANIZATION", "LOCATION") and "-" in span.text \
            and all(is_country(part) for part in span.text.strip().split("-")):
        return True  # "traversée Iran-Turquie": a route between countries, which name no one
    if span.entity_type == "PERSON" and span.source == NER_SOURCE and _exclaimed_word(text, span):
        return True  # "JB 19:52 : Magnifique ! Tu t'amuses ?": a word exclaimed, no one called
    if span.entity_type == "PERSON" and span.source == NER_SOURCE and " " not in word \
            and (is_common_word(word) or is_frequent(word, PLAIN_ZIPF)) \
            and not in_first_names(word) and not in_surnames(word) \
            and TIME_OPENING.fullmatch(text, text.rfind("\n", 0, span.start) + 1, span.start):
        return True  # "10h30  Pause", "12:00 Lunch": a programme's slot after its time, no one
    if span.source == NER_SOURCE and "_" in word and words_joined(word):
        return True  # "Dossiers_en_cours", "date_naissance": a spreadsheet's tab or a field, French words joined
    if span.entity_type == "PERSON" and span.source == NER_SOURCE and _foreign_clause(span.text):
        return True  # "Ik ben de" (Dutch "I am the"): the model read a clause of another language as a person
    if span.entity_type == "PERSON" and span.source == NER_SOURCE and len(span.text.strip()) >= MIN_FOREIGN_NOUN \
            and span.text.strip().isalpha() and span.text.strip()[1:].islower() \
            and foreign_word(span.text.strip(), compounds=len(span.text.strip()) >= LONG_COMPOUND) \
            and not in_first_names(span.text.strip()) and not in_surnames(span.text.strip()) \
            and not _after_title(text, span.start) \
            and (is_foreign_only(span.text.strip()) or len(span.text.strip()) >= LONG_COMPOUND
                 and (vocabulary.in_foreign_line(text, span.start, span.end) or LABEL_COLON.match(text, span.end)
                      or span.text.strip().islower()  # ("– huiswerkbegeleiding / toestemming" in a French subject)
                      or vocabulary.in_foreign_block(text, span.start, span.end))):
        return True  # "Betreff: Übergabe", "Geslacht": an ordinary German, Dutch or English word that French never
        # writes (a surname travels: "le dossier Scholz", "Köhler a rappelé"), or a long compound of two in a line
        # of that language or as a form's label ("Vorgangsnummer", "Gezinssamenstelling :"; "Sonnenschein a rappelé"
        # is a surname)
    if span.entity_type != "PERSON" and len(span.text.strip()) < MIN_NAME_CHARS:
        return True
    word = span.text.strip()
    if span.entity_type != "PERSON" and word.isalpha() and foreign_word(word, compounds=len(word) >= LONG_COMPOUND) \
            and not is_word(word) \
            and not in_first_names(word) and not in_surnames(word) and span.source not in LISTED \
            and not word.lower().endswith(vocabulary.street_suffixes_alone()) \
            and not KIND_BEFORE.search(text, max(0, span.start - 30), span.start):  # "Kerkstraat" is a street
        # "Overleg" (of "Overleg CLB"): one ordinary Dutch, German or English noun, no list's name ("UGent"), nor
        # a name after its kind ("woonzorgcentrum Zonnebloem", "jeugdhuis Kompas")
        return True
    if span.start > 0 and text[span.start - 1] in "·•":
        return True
    if span.entity_type == "PERSON" and " " not in word and word.lower() in vocabulary.foreign_words() \
            and (vocabulary.in_foreign_line(text, span.start, span.end) or _foreign_word_after(text, span.end)) \
            and not _after_title(text, span.start) and not _greeted(text, span):
        return True  # a word of an English, Dutch or German line the lists hold as a name too ("The", "Best regards")
    if span.entity_type in ("PERSON", "LOCATION") and " " not in word \
            and not KIND_BEFORE.search(text, max(0, span.start - 30), span.start) \
            and (_foreign_ordinary(word) and (vocabulary.in_foreign_line(text, span.start, span.end)
                                              or _foreign_form_word(text, span)
                                              and vocabulary.in_foreign_block(text, span.start, span.end))
                 or (word.islower() or word.isupper()) and vocabulary.in_foreign_block(text, span.start, span.end)
                 and _unwritten_in_french(text, span, word)) \
            and not _after_title(text, span.start) and not _greeted(text, span):
        return True  # an ordinary word of a Dutch, German or English line or passage, no list's name ("Kort
        # samengevat", "Thuistaal Roemeens", "ENTWICKLUNGSBERICHT", "Gesehen: ..., Dienstleiter", "gedeeld
        # schriftje"); not several ("Kind en Gezin" is a service)
    if span.entity_type in ("PERSON", "LOCATION") and " " not in word and word[:1].isupper() \
            and not _after_title(text, span.start) \
            and (is_foreign_word(word) and FOREIGN_ARTICLE_BEFORE.search(text, max(0, span.start - WORDS_REACH),
                                                                         span.start)
                 and vocabulary.in_foreign_block(text, span.start, span.end)
                 and word not in places() and not large_town_abroad(word)
                 or never_french_word(word) and not in_first_names(word) and not in_surnames(word)
                 and (_foreign_form_word(text, span) and vocabulary.in_foreign_block(text, span.start, span.end)
                      or len(word) >= LONG_COMPOUND and LABEL_COLON.match(text, span.end))):
        return True  # a noun after its article (and its adjectives) in a German or Dutch passage, however often
        # the lists hold it as a name ("eine neue Stelle", "einer günstigeren Miete", "ein eigenes Zimmer"), or a
        # label or heading French never writes ("Rijksregisternummer :", "7. Contactpersonen")
    translated = TRANSLATED.fullmatch(text, text.rfind("\n", 0, span.start) + 1, span.start)
    if span.entity_type == "PERSON" and " " not in word and _foreign_ordinary(word) and translated \
            and (re.match(r"[^\S\n]*:", text[span.end:span.end + 3]) or is_word(translated.group(1).lower())):
        return True  # a bilingual form's label in its second language ("Public / Doelgroep :", "Recommandé /
        # Aangetekend"; not a speaker, "Krüger : je ne suis pas d'accord")
    before_french = TRANSLATION_AFTER.match(text, span.end)
    if span.entity_type in name_types() and " " not in word and _foreign_ordinary(word) and before_french \
            and is_word(before_french.group(1).lower()) and not is_word(word.lower()) \
            and LABEL_START.search(text, text.rfind("\n", 0, span.start) + 1, span.start) \
            and len(BILINGUAL_LABEL.findall(text)) >= MIN_BILINGUAL_LABELS:
        return True  # ... or in its first, the French after a slash, opening its line or after a count, in a note
        # that writes such pairs ("Akte / Dossier", "8 Monate / 8 mois"; not "Contact : Schäfer / assistante sociale")
    if span.entity_type in name_types() and _in_separator_line(text, span):
        return True  # "-----Original Message-----", "---------- Forwarded message ---------": a mail's separator
    if span.entity_type == "PERSON" and (_foreign_words_only(span.text) or word.isupper() and " " in word
                                         and _foreign_words_only(word, listed=False)
                                         and vocabulary.in_foreign_block(text, span.start, span.end)) \
            and not _after_title(text, span.start):
        return True  # a heading of ordinary Dutch, German or English words ("KINDEREN, JONGEREN EN GEZINNEN", in
        # a passage of theirs "BETROKKEN FRANSTALIGE DIENSTEN")
    # a month abbreviated ("Sept.-déc.", "janv." at a table's line start): its full stop says so
    abbreviated = span.text.strip().rstrip("-–").strip()
    if abbreviated.endswith(".") and fold(abbreviated) in FOLDED_MONTHS:
        return True
    words = span.text.split()
    if words and INCLUSIVE.fullmatch(words[0]) is not None and is_word(re.split(r"[·.•]", words[0])[0].lower()) \
            and span.source != "ChatSpeakerRecognizer":  # a chat's sender "an.ne" is a name as the phone saved it
        return True
    # an ordinary word in inclusive writing anywhere in it: no name holds one ("A. CANDIDAT·E", "Né·e",
    # "PRÉOCCUPANTE CONCERNANT UN·E", "Aide-soignant·e")
    # ("Nkemdirim Okafor Référent·e" keeps its name: a word no lexicon knows is left in it)
    stems = [re.split(r"[·•]", word)[0] for word in words if "·" in word or "•" in word[1:]]
    if not any(is_word(re.split(r"[-'’]", stem)[-1].lower()) for stem in stems if stem):
        return False
    others = [w.strip(".,;:()") for w in words if "·" not in w and "•" not in w[1:]]
    return all(len(w) <= 2 or is_word(w.lower()) or fold(w) in FUNCTION_WORDS for w in others)
