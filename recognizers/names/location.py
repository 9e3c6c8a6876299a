"""LOCATION from the Belgian commune / section / locality lists (with a postcode before it if any).

Exact written forms only (and their CAPITALS); in lower case only after a preposition of place and
when no French word ("chez elle a anderlues"). A place name that is also a French word needs a
preposition of place before it ("à Ans", "de Mont") or spaCy's LOC on it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anonymizer.models.lexicon import is_common_word, is_word
from anonymizer.models.nlp import doc_tokens
from anonymizer.recognizers.base import FrSpanRecognizer
from anonymizer.recognizers.lookup import load_list, places
from anonymizer.recognizers.names.organization import LEGAL_FORM
from anonymizer.recognizers.names.tokens import doc_text, name_form
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from anonymizer import vocabulary
from anonymizer.keeplist import kind_terms
from anonymizer.surrogates import postcode_of
from anonymizer.text import fold

MAX_TOKENS = 6
PLACE_PREPOSITIONS = frozenset({"à", "a", "de", "d'", "d’", "en", "vers", "sur", "près", "depuis", "chez", "du",
                                "quartier", "commune", "village", "gare",
                                # and those of the Dutch, German and English lines of a case file ("in Gent",
                                # "naar Antwerpen", "nach Eupen", "from Liège")
                                "in", "naar", "uit", "te", "bij", "nach", "aus", "bei", "from", "near"})

# a form's labels before a place and its colon, in the languages of Belgian case files
PLACE_LABELS = frozenset({"domicile", "adresse", "commune", "localité", "ville", "lieu", "résidence", "wohnort", "ort",
                          "woonplaats", "gemeente", "town", "city"})

# French fuses "à"/"de" with "le"/"les": "au", "aux", "du", "des" (preposition, article)
def _first_word(text: str) -> str:
    return re.split(r"[\s'’-]", text, maxsplit=1)[0]


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of all place names: a token that starts none is skipped at once."""
    return frozenset(_first_word(name) for name in places())


@lru_cache(maxsize=1)
def _compact_places() -> frozenset[str]:
    """Place names folded, without spaces, hyphens and apostrophes: "braine l'alleud" is "Braine-l'Alleud"."""
    return frozenset(_compact(name) for name in places())


def _compact(text: str) -> str:
    return re.sub(r"[\s'’-]", "", fold(text))


def _lower_after_postcode(tokens: list[tuple[int, int, str]], text: str, i: int) -> int | None:
    """Index of the last token of a commune written in lower case after its postcode, as a hasty note or a
    message writes an address ("1420 braine l'alleud", "5000 namur"), or None."""
    if i == 0 or not tokens[i][2].islower() or not POSTCODE.fullmatch(tokens[i - 1][2]) \
            or "\n" in text[tokens[i - 1][1]:tokens[i][0]]:
        return None
    for j in range(min(len(tokens), i + MAX_TOKENS) - 1, i - 1, -1):
        written = text[tokens[i][0]:tokens[j][1]]
        if "\n" not in written and _compact(written) in _compact_places() and not (
                i == j and (is_common_word(written) or written in vocabulary.foreign_words())
                and not _its_postcode(tokens[i - 1][2], written)):
            return j  # (a word alone is the word, "2000 ans", "1200 on dit", "November 2024 eine", unless its own
            # postcode: "4430 ans")
    return None


POSTCODE = re.compile(r"[1-9]\d{3}")


def _its_postcode(postcode: str, name: str) -> bool:
    """``postcode`` is the commune's (or within its hundred: "5100 jambes", a section of Namur's 5000s)."""
    known = postcode_of().get(fold(name))
    return known is not None and abs(known - int(postcode)) < 100


def postcode_of_place(number: str, name: str) -> bool:
    """The four digits before a place are its postcode: its own (or a typo of it, or the place's postcode is not
    known), unless they are a year and not the place's ("2015 Liège" in a chronology: the year of an event, Liège
    being 4000)."""
    return postcode_of().get(fold(name)) is None or _its_postcode(number, name) or not 1900 <= int(number) <= 2099


# "St. Vith", "St-Vith", "Ste-Ode": a saint's name shortened as addresses and signs write it
SAINT_SHORT = re.compile(r"^(S)(?:t|T)(e|E)?\.?(?:[^\S\n]*-[^\S\n]*|[^\S\n]+|(?<=\.))(?=\w)")


def is_place(text: str) -> bool:
    """A Belgian place however written: in capitals, "St." for "Saint-" ("ST. VITH")."""
    if SAINT_SHORT.match(text):
        text = SAINT_SHORT.sub(lambda m: f"Saint{'e' if m[2] else ''}-", text)
        text = text.upper() if text[6:].replace("-", "").isupper() else text  # "ST. VITH" -> "SAINT-VITH"
    return text in places() or (text.isupper() and text.title() in places())


def _lower_place(tokens: list[tuple[int, int, str]], doc: Doc, i: int) -> bool:
    """A commune written in lower case after a preposition of place, as in SMS ("chez elle a anderlues"), or as a
    hashtag ("#liège"): never an ordinary word."""
    word = tokens[i][2]
    if i == 0 or not _lower_candidate(tokens, doc, i):
        return False
    hashtag = doc[i - 1].text == "#" and tokens[i - 1][1] == tokens[i][0]
    if is_word(word) and not hashtag and not (doc[i - 1].lower_ in ("à", "a") and fold(word) in _large_towns()):
        return False  # (a large town that is a word, after "à": "on est a liège")
    # (in a Dutch line "de" is the article: "de heer Dewulf", "Heer" a village of Namur; a hashtag names its town as a
    # preposition does: "#liège #4340")
    return (doc[i - 1].lower_ in PLACE_PREPOSITIONS or hashtag) and name_form(word) in places() \
        and not (doc[i - 1].lower_ == "de" and vocabulary.in_foreign_line(doc_text(doc), tokens[i][0], tokens[i][1]))


def _lower_candidate(tokens: list[tuple[int, int, str]], doc: Doc, i: int) -> bool:
    """A word in lower case that may be a commune's name: four letters or more, no function word of French nor of
    German, Dutch or English ("in eine Schule" is no Eine)."""
    word = tokens[i][2]
    return word.islower() and len(word) >= 4 and not doc[i].is_stop and word not in vocabulary.foreign_words()


def _lower_place_next(tokens: list[tuple[int, int, str]], doc: Doc, i: int) -> bool:
    """A commune in lower case right after one that a preposition announced ("de seraing neupré", a police zone
    that a transcript writes without its hyphen): no French word."""
    word = tokens[i][2]
    return _lower_candidate(tokens, doc, i) and not is_word(word) and name_form(word) in places()


STREET_REACH = 60
STREET_BEFORE = re.compile(rf"(?<![\w]){vocabulary.street_types_re()}[^\S\n][^\n]*$")


def _lower_place_words(tokens: list[tuple[int, int, str]], doc: Doc, text: str, i: int) -> int | None:
    """The last token of a commune of several words written in lower case without its hyphens after a preposition
    of place ("il habite a montignies sur sambre", "a braine l alleud"), None when there is none; one of its words is
    no French word ("à la cuisine", "à la main" are no Lacuisine nor La Main)."""
    if i == 0 or not tokens[i][2].islower() or doc[i - 1].lower_ not in PLACE_PREPOSITIONS:
        return None
    # (after a street on its line, the commune's words may all be French words, two of them at least: "rue de la
    # station à haine saint pierre", not "à la main")
    after_street = STREET_BEFORE.search(text, max(0, tokens[i][0] - STREET_REACH), tokens[i][0]) is not None
    for j in range(min(len(tokens), i + 4) - 1, i, -1):
        pieces = [token for _, _, token in tokens[i:j + 1]]
        if all(piece.islower() or piece in ("-", "'", "’") for piece in pieces) \
                and "\n" not in text[tokens[i][0]:tokens[j][1]] \
                and (any(len(piece) >= 4 and not doc[i + n].is_stop and not is_word(piece)
                         for n, piece in enumerate(pieces))
                     or after_street and sum(len(piece) >= 4 and not doc[i + n].is_stop
                                             for n, piece in enumerate(pieces)) >= 2) \
                and _compact(text[tokens[i][0]:tokens[j][1]]) in _compact_places():
            return j
    return None


def _accept(doc: Doc, i: int, j: int, text: str) -> bool:
    if not text[0].isupper() and not text.startswith(("'s", "’s", "'t", "’t")):
        return False
    # ("Eine" of Oudenaarde, "As" of Limburg are mostly a German and an English word)
    if i == j and (is_word(text) or doc[i].is_stop or text.lower() in vocabulary.foreign_words()):
        before = doc[i - 1].lower_ if i > 0 else ""
        # "On" (a section of Marche) is mostly the pronoun; a place after a company's legal form is its seat
        # ("Transports Delbrouck srl, Manage")
        return before in PLACE_PREPOSITIONS or doc[i].ent_type_ == "LOC" \
            or before == "," and i > 1 and re.fullmatch(LEGAL_FORM, doc[i - 2].text) is not None \
            or before == ":" and i > 1 and doc[i - 2].lower_ in PLACE_LABELS  # "Domicile : Eine"
    return True


@lru_cache(maxsize=1)
def _large_towns() -> frozenset[str]:
    """The larger towns, whose names in other languages are listed (names_in_two_languages.txt), folded."""
    return frozenset(fold(name.strip()) for line in load_list("names_in_two_languages") for name in line.split("="))


@lru_cache(maxsize=1)
def _word_places() -> frozenset[str]:
    return frozenset(load_list("place_exceptions"))


# the word before "de" and a commune: "le CPAS de Marche", "l'Espace-Rencontres de Marche"
KIND_OF_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[^\S\n]+d(?:e[^\S\n]+|['’])$")
ELISION = re.compile(r"^[ld]['’]", re.IGNORECASE)


# another place joined by a dash after or before the word ("Marche–Nassogne", "Nassogne - Marche")
PLACE_ON_ROUTE_AFTER = re.compile(rf"[^\S\n]*[–—-][^\S\n]*([{vocabulary.UPPER}][\w'’]*(?:-[\w'’]+)*)")
LABEL_AFTER = re.compile(r"[^\S\n]*:")
PLACE_ON_ROUTE_BEFORE = re.compile(rf"([{vocabulary.UPPER}][\w'’]*(?:-[\w'’]+)*)[^\S\n]*[–—-][^\S\n]*$")


def _word_place(tokens: list[tuple[int, int, str]], text: str, i: int) -> bool:
    """A commune whose name is mostly an ordinary word ("Marche", "Heure"), written with its capital after "à" or
    after a service's kind and "de" ("le CPAS de Marche", "l'Espace-Rencontres de Marche")."""
    word = tokens[i][2]
    if i == 0 or not word.istitle() or word not in _word_places():
        return False
    if tokens[i - 1][2].lower() == "à":
        return True
    if LABEL_AFTER.match(text, tokens[i][1]):
        return False  # a form's label: "Lieu : Namur – Heure : 14h30"
    if (after := PLACE_ON_ROUTE_AFTER.match(text, tokens[i][1])) and after.group(1) in places() \
            or (before := PLACE_ON_ROUTE_BEFORE.search(text, max(0, tokens[i][0] - 40), tokens[i][0])) \
            and before.group(1) in places():
        return True  # a bus line's or a journey's two ends: "le bus TEC Marche–Nassogne"
    kind = KIND_OF_BEFORE.search(text, max(0, tokens[i][0] - 60), tokens[i][0])
    if kind is None:
        return False
    kind = ELISION.sub("", kind.group(1))
    return (kind.isupper() and len(kind) >= 2 and kind.isalpha()) or fold(kind) in kind_terms()


def place_spans(doc: Doc, text: str):
    """(start, end) of the places in ``doc``; ``text`` is the string the doc was parsed from
    (``doc.text`` would rebuild it on every access)."""
    tokens = [(t.idx, t.idx + len(t.text), t.text) for t in doc_tokens(doc)]
    first_words = _first_words()
    i = 0
    while i < len(tokens):
        word = tokens[i][2]
        head = _first_word(word)
        after_postcode = _lower_after_postcode(tokens, text, i)
        if after_postcode is not None:
            yield tokens[i - 1][0], tokens[after_postcode][1]
            i = after_postcode + 1
            continue
        words_end = _lower_place_words(tokens, doc, text, i)
        if words_end is not None:
            yield tokens[i][0], tokens[words_end][1]
            i = words_end + 1
            continue
        if _lower_place(tokens, doc, i):
            yield tokens[i][0], tokens[i][1]
            i += 1
            while i < len(tokens) and _lower_place_next(tokens, doc, i):  # "police de seraing neupré": two communes
                yield tokens[i][0], tokens[i][1]
                i += 1
            continue
        if _word_place(tokens, text, i):
            yield tokens[i][0], tokens[i][1]
            i += 1
            continue
        # a Dutch name opening with its old article: "'s-Gravenvoeren", "’s Gravenbrakel"
        dutch_article = word in ("'", "’") and i + 1 < len(tokens) and tokens[i + 1][2] in ("s", "t")
        saint = head.rstrip(".") in ("St", "Ste", "ST", "STE")
        if not dutch_article and not saint and (not word[:1].isupper() or (head not in first_words
                                                                           and head.title() not in first_words)):
            i += 1
            continue
        match = None
        for j in range(min(len(tokens), i + MAX_TOKENS) - 1, i - 1, -1):
            candidate = text[tokens[i][0]:tokens[j][1]]
            if is_place(candidate) and _accept(doc, i, j, candidate):
                match = j
                break
        if match is None:
            i += 1
            continue
        start = tokens[i][0]
        if i > 0 and tokens[i - 1][2].isdigit() and len(tokens[i - 1][2]) == 4 \
                and postcode_of_place(tokens[i - 1][2], text[tokens[i][0]:tokens[match][1]]):  # "1300 Wavre"
            start = tokens[i - 1][0]
        yield start, tokens[match][1]
        i = match + 1


class BePlaceRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "LOCATION"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        return [self.result(s, e, 0.7) for s, e in place_spans(nlp_artifacts.tokens, text)]
