"""PERSON from Belgian name lists and context, on the tokens of the single spaCy parse.

Evidence used (spaCy's own PER entities come from ``recognizers.ner_fr``):
- a title before a name: Mme, M., Monsieur, Dr, Me, Maître, Coach... ("Mme benhaddou" in notes too);
- a first name from the Statbel list (capitalised, CAPITALS, or lower case in chat when the word is
  not French), extended to the surname that follows ("Sophie LEGRAND", "Kevin Van der Linden") and
  to a CAPITALS surname before it ("DEBAISIEUX Lola");
- a known surname tagged as a proper noun in mid-sentence;
- a nickname in guillemets or after "un certain", "dit", "surnommé"; a quoted nickname of several
  words after "se fait appeler", "surnommé", "alias" ("« JB la menace »");
- the value of a form field ("Nom : EL IDRISSI").
A first name that is also a French word (Grâce, Rose, Pierre) needs more: spaCy's PER, a proper-noun
tag in mid-sentence, or a surname after it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from anonymizer.models.lexicon import is_adjective, is_common_word, is_word, lemma, opens_word
from anonymizer.models.nlp import doc_tokens
from anonymizer.recognizers.base import FrSpanRecognizer
from anonymizer.recognizers.lookup import foreign_places, grammar_word, large_town_abroad, name_form, places
from anonymizer.recognizers.names.location import PLACE_PREPOSITIONS
from anonymizer.recognizers.names.organization import LEGAL_FORM_WORD
from anonymizer.recognizers.names.tokens import (
    GERMAN_ARTICLES,
    MONTH_PARTS,
    MONTH_PREPOSITIONS,
    NOUN_ARTICLES,
    doc_text,
    foreign_noun,
    foreign_relation_word,
    foreign_word,
    in_first_names,
    in_surnames,
    is_cap,
    is_caps,
    is_chat_word,
    is_namey,
    is_particle,
    month_part,
    note_abbreviation,
    opens_locution,
)
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.pipeline import Sentencizer
from spacy.tokens import Token

from anonymizer import vocabulary
from anonymizer.keeplist import default_keep_terms, kind_terms, role_terms
from anonymizer.surrogates import gender_of_first_name
from anonymizer.text import fold, in_order
from anonymizer.vocabulary import UPPER

# titles before a name, those that are also ordinary words (a cue only before a capitalised name), and the
# particles that open a surname on their own ("De Smet"): anonymizer/vocabulary/
TITLES = vocabulary.titles()
WEAK_TITLES = vocabulary.weak_titles()
ABBREVIATED_TITLE = 4  # letters of a title that its period shortens ("M.", "Mme.", "Dr.", "Mlle."), not "Monsieur."
NICKNAME_CUES = frozenset({"certain", "certaine", "dit", "dite", "surnommé", "surnommée", "alias", "pseudo", "appelle",
                           "appellent", "appelait", "appelaient", "surnomment"})
# a nickname in quotes after these, of any length: "il se fait appeler « JB la menace »" (not "dit":
# "il dit « je pars »" is reported speech)
# a family called by a nickname, as a team does ("la famille « Pizza »"), its words all capitalised (not reported
# speech: "la famille « Elle ne veut pas »")
FAMILY_CUES = frozenset({"famille", "familles"})
NAMING_CUES = frozenset({"appeler", "appelle", "appellent", "appelait", "surnom", "surnoms", "surnomme", "surnommé",
                         "surnommée", "surnommés", "alias", "pseudo", "pseudos", "sobriquet", "sobriquets",
                         *FAMILY_CUES})
KINSHIP = vocabulary.kinship_words()
# a German family word after its article is a noun ("die Mama", "der Opa"), though the lists hold it as a first name;
# another language's kinship word there may be a first name ("mit der Zia gesprochen")
GERMAN_KIN = frozenset({"mama", "papa", "mami", "papi", "mutti", "vati", "oma", "opa", "omi", "opi", "mutter", "vater",
                        "tante", "onkel", "schwester", "bruder"})
QUOTED_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
LIST_LINKS = frozenset({"et", "ou"})
OPENING_QUOTES = frozenset({"«", '"', "“"})
CLOSING_QUOTES = frozenset({"»", '"', "”"})
FORM_LABELS = frozenset({"nom", "prénom", "prenom", "patient", "patiente", "pt", "élève", "eleve", "jeune",
                         "enfant", "bénéficiaire", "demandeur", "demandeuse", "concerne", "mineur", "mineure"})
MAX_NAME_TOKENS = 4
# the characters after which spaCy's rule-based sentencizer starts a sentence
SENTENCE_END = frozenset(Sentencizer.default_punct_chars)
SURNAME_PARTICLES = vocabulary.surname_openers()
MIN_LOWER_NAME = 4
ACRONYM_LETTERS = 3
ENTRY_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?")


class BePersonRecognizer(FrSpanRecognizer):
    """Names of people from Statbel lists and French context cues."""

    SUPPORTED_ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        # the tokens as one list, made once: indexing a spaCy Doc builds a new Token object at every access
        doc: list[Token] = doc_tokens(nlp_artifacts.tokens)
        found: dict[tuple[int, int], float] = {}
        for rule, score in ((after_title, 0.85), (first_name_spans, 0.7), (nickname_spans, 0.6),
                            (form_field_spans, 0.7), (surname_spans, 0.5), (initials_spans, 0.7),
                            (listed_name_spans, 0.7), (listed_initials_spans, 0.7), (totem_spans, 0.6),
                            (surname_initial_spans, 0.7), (aged_spans, 0.6), (initials_alone_spans, 0.6),
                            (spelt_spans, 0.7), (mention_spans, 0.7)):
            for start, end in rule(doc):
                found[(start, end)] = max(score, found.get((start, end), 0.0))
        # (a name after a country's division is that division's, a place: "province de Muş", "district de Varto",
        # "territoire de Mwenga")
        return [self.result(s, e, score) for (s, e), score in found.items()
                if not (text[s:s + 1].isupper() and TERRITORY_OF.search(text, max(0, s - TERRITORY_REACH), s))]


# the divisions of a country, here or abroad, whose name follows "de"
TERRITORY_OF = re.compile(r"(?i:\b(?:province|district|région|département|wilaya|gouvernorat|oblast|voïvodie|comté"
                          r"|canton|préfecture|arrondissement|territoire|governorate|county)"
                          r"[^\S\n]+(?:de[^\S\n]+|d['’]|du[^\S\n]+|of[^\S\n]+))$")
TERRITORY_REACH = 30


MENTION = re.compile(rf"@([{UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*)")


def mention_spans(doc: list[Token]):
    """A social network's mention of a member by the name shown on her profile: "@Mélissa Ferreira", "@Dédé Carolo"
    (the name after the "@", with the capitalised words after it; a handle in lower case is a handle's business)."""
    for i, token in enumerate(doc):
        mention = MENTION.fullmatch(token.text)
        if mention is None:
            continue
        end = i + 1
        while end < len(doc) and end - i <= MAX_NAME_TOKENS:
            if not doc[end - 1].whitespace_ and doc[end].is_alpha:
                end += 1  # a word the tokenizer cut at its apostrophe: "Lou'tchou"
            elif doc[end].text[:1].isupper() and doc[end].text[1:2].islower() and doc[end - 1].whitespace_ \
                    and not doc[end].is_stop and not is_common_word(doc[end].text):
                end += 1  # (not "@Karim Bensaïd Merci pour ...": the message goes on)
            else:
                break
        if end == i + 1 and is_word(mention.group(1).lower()) and not in_first_names(mention.group(1)):
            continue  # "@Tous", "@Équipe": a group or a role alone, no member's name ("@Maman Lou'tchou" is one)
        yield token.idx + 1, doc[end - 1].idx + len(doc[end - 1].text)


def _proper_noun(tokens: list[Token], i: int) -> bool:
    """A proper noun by the one parse we run: tagged PROPN where a tagger runs, else inside an entity
    of the NER, else capitalised in mid-sentence."""
    token = tokens[i]
    if token.pos_:
        return token.pos_ == "PROPN"
    return bool(token.ent_type_) or (is_cap(token) and not starts_sentence(tokens, i))


def after_sentence_end(tokens: list[Token], i: int) -> bool:
    """spaCy's rule-based sentencizer's decision for one token, without running it over the whole
    document: a word is a sentence start when only punctuation, including one of the sentencizer's
    sentence-final characters, stands between it and the previous word."""
    token = tokens[i]
    if token.is_punct or token.text in SENTENCE_END:
        return False
    j = i - 1
    while j >= 0 and (tokens[j].is_punct or tokens[j].text in SENTENCE_END):
        if tokens[j].text in SENTENCE_END:
            return True
        j -= 1
    return False


def starts_sentence(tokens: list[Token], i: int) -> bool:
    """First word of a sentence or of a line (headings and list items end with no full stop), or of a
    journal entry after its date."""
    if i == 0 or after_sentence_end(tokens, i):
        return True
    previous = tokens[i - 1]
    if "\n" in previous.text_with_ws or previous.text in ("-", "–", "•", ":", "*"):
        return True
    # a dated entry of a journal: "23/09 Bilan 3e mat. : ..."
    return bool(ENTRY_DATE.fullmatch(previous.text)) and (i == 1 or "\n" in tokens[i - 2].text_with_ws)


def _char_span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


# the particles of a surname that no article is ("la", "le" open a role too: "Mme la Juge")
NOBLE_PARTICLES = frozenset({"de", "d'", "d’", "van", "von", "vanden", "vander", "den", "der", "zu"})


def _extend_surname(doc: list[Token], j: int, allow_lower: bool = False) -> int:
    """Index after the surname tokens starting at j (particles, capitalised, CAPITALS, initials)."""
    start, taken = j, 0
    while j < len(doc) and taken < MAX_NAME_TOKENS:
        token = doc[j]
        if taken and _origin(doc, j):
            break
        if token.lower_ in GERMAN_ARTICLES and not (j > start and is_particle(doc[j - 1])) and j + 1 < len(doc) \
                and foreign_noun(doc[j + 1]) and vocabulary.in_foreign_line(doc_text(token.doc), token.idx, token.idx):
            break  # "Lina den Kindergarten": a German article and its noun in a German line, no surname ("van der
            # Zee", "Ilse den Ouden" in a French sentence are surnames)
        if taken and is_particle(token) and _kind_after_particles(doc, j):
            break  # "Herr Mertens von der Sekundarschule am Garnstock": "von der" says where he works
        # (in lower case, after a particle French does not write, any word: "monsieur vanden brook")
        if is_particle(token) and j + 1 < len(doc) and (is_cap(doc[j + 1]) or is_particle(doc[j + 1]) or allow_lower
                                                         and doc[j + 1].is_lower and not (is_word(doc[j + 1].text)
                                                                                          and is_word(token.text))):
            j += 1
            continue
        if is_namey(token) or is_caps(token) and not is_word(token.text) or _is_initial(doc, j) \
                or j > start and doc[j - 1].lower_ in NOBLE_PARTICLES and is_cap(token) and not token.is_stop \
                and fold(token.text).rstrip(".") not in TITLES and not is_common_word(token.text):
            # (not a title, "la sœur de Madame", nor a frequent word, "M. Bernard de Service a répondu")
            j, taken = j + 1, taken + 1  # (after "de", "van", a capitalised word even when a rare word too: "M. de
            continue  # Bréhaigne", "Mme van Damme")
        if taken and _hyphenated_end(doc, j) > j:
            j += 1  # a double surname tokenised apart: "Schröder-Lentz", "DUBOIS-LENTZ"
            continue
        # (a name in lower case is written so throughout: "mme vandamme", not "Frau Kohnen hat eine Wohnung")
        if allow_lower and token.is_lower and token.is_alpha and not token.is_stop \
                and (not is_word(token.text)
                     or j > start and is_particle(doc[j - 1]) and not is_word(doc[j - 1].text)) \
                and not is_chat_word(token.text) and len(token.text) > 2 \
                and all(doc[m].is_lower or is_particle(doc[m]) for m in range(start, j)):
            j, taken = j + 1, taken + 1
            continue
        break
    while j > start and is_particle(doc[j - 1]):  # "Madame La Présidente": a particle with no name after it
        j -= 1
    return j


SCHOOL_KINDS = frozenset(fold(word) for word in vocabulary.school_kinds())


def _kind_after_particles(doc: list[Token], j: int) -> bool:
    """The particles from ``doc[j]`` on lead to a kind of school ("von der Sekundarschule", "van de basisschool"),
    no surname ("Stefan de Vrij", "Marie de la Rue" are surnames)."""
    while j < len(doc) and is_particle(doc[j]):
        j += 1
    return j < len(doc) and fold(doc[j].text) in SCHOOL_KINDS


def _origin(doc: list[Token], j: int) -> bool:
    """"de Seraing" after a name: where the person lives or comes from ("son oncle Omar de Seraing"), when
    the word after "de" is a Belgian commune (a surname "de Hemptinne" is none)."""
    if j + 1 >= len(doc) or doc[j].lower_ not in ("de", "d'", "d’"):
        return False
    text = doc_text(doc[j].doc)
    start = doc[j + 1].idx
    end = start
    while end < len(text) and not text[end].isspace() and text[end] not in ",.;:()":
        end += 1
    return text[start:end] in places()


def _is_initial(doc: list[Token], j: int) -> bool:
    text = doc[j].text
    return len(text) == 2 and text[0].isupper() and text[1] == "." or (
        len(text) == 1 and text.isupper() and j + 1 < len(doc) and doc[j + 1].text == ".")


# The initials of a first name, as staff lists and signatures write them: "C.", "J.-M.", "M.-C." (one
# token), or the French two- and three-letter ones "Ph", "Ch", "Th", "Chr", "Cl", "Fr" before a full stop, and
# those of transliterated names ("Kh." Khadija, "Sh." Shirin, "Gh." Ghislain, "Dj." Djamila)
SPLIT_INITIALS = frozenset({"Ph", "Ch", "Th", "Chr", "Cl", "Fr", "Kh", "Sh", "Gh", "Dj"})
_LETTERS = "|".join(sorted(SPLIT_INITIALS))
INITIALS = re.compile(rf"[{UPPER}]\.(?:-[{UPPER}][a-z]?\.)*|(?:{_LETTERS})\.(?:-[{UPPER}][a-z]?\.)?")


def _initials_end(doc: list[Token], i: int) -> int | None:
    """Index after the initials starting at i ("Ph", "." tokenised apart), or None."""
    text = doc[i].text
    if INITIALS.fullmatch(text) and text.lower() not in TITLES:
        return i + 1
    split = text in SPLIT_INITIALS or len(text) == 1 and text.isupper() \
        or "-" in text and INITIALS.fullmatch(f"{text}.")
    if split and i + 1 < len(doc) and doc[i + 1].text == "." and text.lower() not in TITLES:
        return i + 2  # "Ph", "."; "J.-Ph", "."
    return None


def initials_spans(doc: list[Token]):
    """A surname after the initials of a first name: "Ph. Demaret", "M.-C. Renard", "C. Ngoy Kabeya"."""
    for i in range(len(doc) - 1):
        j = _initials_end(doc, i)
        if j is None or j >= len(doc):
            continue
        surname = doc[j]
        if is_cap(surname) and (is_namey(surname) or is_caps(surname) and not is_word(surname.text)) \
                and not _is_initial(doc, j):
            yield _char_span(doc[i:_extend_surname(doc, j)])


def listed_name_spans(doc: list[Token]):
    """"NOM, Prénom" in staff lists and directories: a surname in CAPITALS, a comma, a listed first name
    ("HUBERTY, Caroline", "MARÉCHAL, Fabrice")."""
    for i in range(len(doc) - 2):
        token, comma, first = doc[i], doc[i + 1], doc[i + 2]
        # a surname that is a French word too ("MARÉCHAL, Fabrice") when the first name is no word
        surname_ok = not is_word(token.text) or not is_word(first.text)
        if comma.text == "," and is_caps(token) and len(token.text) >= 3 and surname_ok \
                and is_cap(first) and not is_caps(first) and in_first_names(first.text):
            start = i
            while start >= 2 and doc[start - 1].text == "-" and is_caps(doc[start - 2]) \
                    and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
                start -= 2  # "DUBOIS-LAMBERT, Véronique"
            start = _particles_before(doc, start)  # "VAN DER ELST, Marjorie"
            end = i + 3
            while end < len(doc) and doc[end].text == "-" and end + 1 < len(doc) and is_cap(doc[end + 1]) \
                    and not doc[end - 1].whitespace_:
                end += 2  # "Marie-Hélène" tokenised apart
            yield _char_span(doc[start:end])


def surname_initial_spans(doc: list[Token]):
    """"DELCOURT A." as signatures and staff lists write a name: a surname in capitals (or a listed surname),
    then the initial of the first name, then the end of the line or a list separator ("DELCOURT A., déléguée",
    "Ngoy K. – AS")."""
    for i in range(len(doc) - 1):
        surname, initial = doc[i], doc[i + 1]
        if not INITIALS.fullmatch(initial.text) or surname.text in places():
            continue
        # a listed surname only: a word in capitals without its accents ("BATIMENT C.", "ELEVE A.") or an
        # acronym ("UNICEF C.", "CPAS B.") is none
        if not (is_cap(surname) and in_surnames(surname.text)):
            continue
        j = i + 2
        if j < len(doc) and doc[j].lower_ not in AFTER_LISTED and "\n" not in initial.text_with_ws \
                and not doc[j].is_space:
            continue
        start = i
        while start >= 1 and is_cap(doc[start - 1]) and is_namey(doc[start - 1]) and start > i - 2 \
                and "\n" not in doc[start - 1].text_with_ws:
            start -= 1  # "NGOY KALALA J."
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and is_cap(doc[start - 2]):
            start -= 2  # "Vandamme-Claes M.": a double surname tokenised apart
        yield _char_span(doc[_particles_before(doc, start):j])


# a person written by initials alone, as signatures, staff lists and minutes do: "L. M.", "N. D. S.", "A.-C. B."
# (two or three, each with its stop; not before a capitalised word, where they open a name: "J. M. Dupont")
INITIAL = rf"[{UPPER}](?:\.?-[{UPPER}])?\."  # "J.", "J.-P.", "J-P."
# (or a particle surname's initial after its particle: "S. de W.", "J. van D.")
INITIALS_ALONE = re.compile(rf"(?<![\w.'’-])(?:{INITIAL}[^\S\n]?){{1,2}}"
                            rf"(?:(?:de|du|van|von|d['’])[^\S\n]?)?{INITIAL}(?![\w-])"
                            rf"(?![^\S\n]*[{UPPER}][a-zà-ÿ])")


# the letters of the court registers a number is written in ("R.R." of a collective debt settlement, "R.G.", "R.Q.")
REGISTER_LETTERS = frozenset({"rr", "rg", "rq"})
NUMBER_LABEL_AFTER = re.compile(r"[^\S\n]*(?i:n°|n[or]\.?|num(?:éro)?\.?)[^\S\n]*\d")


def initials_alone_spans(doc: list[Token]):
    """Initials alone that stand for a person ("Le juge, L. M."; "E. Y. (CPAS) : ..."), unless they abbreviate
    a kept term ("A.S." an assistante sociale, "N.B.", "P.S.": anonymizer/data/keep_list.txt)."""
    if not doc:
        return
    text = doc_text(doc[0].doc)
    for match in INITIALS_ALONE.finditer(text):
        letters = re.sub(r"[^\w]", "", match.group())
        if fold(letters) in default_keep_terms() or DETERMINER_OR_LEVEL_BEFORE.search(text, max(0, match.start() - 12),
                                                                                      match.start()) \
                or fold(letters) in REGISTER_LETTERS and NUMBER_LABEL_AFTER.match(text, match.end()):
            continue  # (nor a register's letters before its number: "R.R. n° 23/0214/B"; a child's initials before
            # a case's number are the child's, "affaire Y.B. n° 24/1187/J")
        yield match.start(), match.end()
    # a Flemish particle surname abbreviated, with its first name's initial or not: "v.d.V.", "L. Vd.B."
    for match in ABBREVIATED_SURNAME.finditer(text):
        yield match.start(), match.end()
    # a logbook's entry signed with initials after a dash at the line's end: "... rappel demain. — GM", "— SvB (veille)"
    signed = list(SIGNED_ENTRY.finditer(text))
    times = Counter(match.group(2) for match in signed)
    for match in signed:
        letters = match.group(2)
        bare = letters.replace(".", "").replace("-", "")
        # a writer signs several entries alike, or in mixed case ("SvB"); an abbreviation ending one line ("— RX",
        # "— CDI", "— SMS") is none, nor a word or a title ending a sentence ("Merci.", "Mme.")
        if match.group(1) is None and times[letters] < 2 or match.group(1) is not None and not (
                times[letters] > 1 or not letters.isupper() or "." in letters):
            continue
        # (dotted, a repeated signature is a writer's initials even when they spell a kept term: "N.B." signing a
        # log's entries; "Cath." is a first name's letters, "Ibid." none)
        if (fold(bare) not in default_keep_terms() or "." in letters) and not is_word(bare.lower()) \
                and fold(bare) not in TITLES and f"{fold(bare)}." not in TITLES \
                and (not bare[1:].islower() or in_first_names(bare)):
            yield match.start(2), match.end(2)
    # a letter's writer and typist on its reference line: "Nos réf. : SPJ/NA/2024/0561 – CD/mvb"
    for match in WRITER_TYPIST.finditer(text):
        if REFERENCE_LINE.search(text, max(0, match.start() - 80), match.start()):
            yield match.start(), match.end()


# a name spelt letter by letter, as a phone note takes it down: "M-E-B-R-A-T", "O-U-L-E-D tiret S-I-D-I"
SPELT_NAME = re.compile(rf"(?<![\w-]){vocabulary.spelt_name_re()}(?![\w-])")


# a name spelt with a word for each letter, as on the phone: "H comme Henri, A comme Anatole, deux D comme Denise, A,
# D" (two letters so spelt or more, with the plain letters that end it)
_AS_IN = rf"(?:(?:deux|double)[^\S\n]+)?[{UPPER}][^\S\n]+comme[^\S\n]+[{UPPER}][a-zà-ÿ]+"
SPELT_AS_IN = re.compile(rf"(?<![\w-]){_AS_IN}(?:[^\S\n]*,[^\S\n]*{_AS_IN})+"
                         rf"(?:[^\S\n]*,[^\S\n]*(?:(?:deux|double)[^\S\n]+)?[{UPPER}](?![\w'’-]))*")


def spelt_spans(doc: list[Token]):
    """A word spelt letter by letter with hyphens between its capitals, four letters or more, neither a common word
    ("M-E-R-C-I") nor the alphabet's order ("A-B-C-D"); a name spelt a word for each letter ("H comme Henri")."""
    if doc:
        for match in SPELT_AS_IN.finditer(doc_text(doc[0].doc)):
            yield match.start(), match.end()
        for match in SPELT_NAME.finditer(doc_text(doc[0].doc)):
            letters = re.sub(r"[^A-Z]", "", match.group())  # the capitals: "tiret" and "espace" go with the rest
            spoken_parts = "," in match.group() or " " in match.group()  # "C-O-U-R-T, tiret, saint": a place
            if (is_common_word(letters.lower()) and not spoken_parts) \
                    or all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:], strict=False)):
                continue
            yield match.start(), match.end()


# ("CD/mvb", "JdB/lk", "SPJ-CD/mvb", "CD/mvb/2024-117"; in capitals on both sides only at the line's end, "CD/MVB",
# where a code's letter groups never end)
ABBREVIATED_SURNAME = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.[^\S\n]?)?[VvDd]\.?[a-z]{{1,2}}\.[{UPPER}]\.(?![\w])")
WRITER_TYPIST = re.compile(r"(?<![\w/.])[A-Z][a-z]?[A-Z][a-z]?[A-Z]?/(?:[a-z]{2,3}|[A-Z]{2,3}(?=[^\S\n]*$))(?![\w.])",
                           re.MULTILINE)
# (the dash may be left out: "... à surveiller. JM"; then only a writer signing several entries alike is one, and the
# signature may be dotted initials, "N.B.", "J-P.V.", or a first name's first letters, "Cath.")
SIGNED_ENTRY = re.compile(r"[.!?…)»\"][^\S\n]+([—–-][^\S\n]*)?([A-Z][a-z]?[A-Z][a-z]?[A-Z]?|(?:[A-Z](?:\.-?|-))+[A-Z]\."
                          r"|[A-Z][a-z]{2,5}\.)(?:[^\S\n]*\([^()\n]{1,20}\))?[^\S\n]*$", re.MULTILINE)
REFERENCE_LINE = re.compile(r"(?i:\br[ée]f\b|\br[ée]f[ée]rences?\b)[^\n]*$")


# an article, a determiner or a school level before letters with stops: an abbreviation ("le T.S.", "son C.V.", "au
# P.R.", "en 5e G.T."), not a person
DETERMINER_OR_LEVEL_BEFORE = re.compile(rf"(?i:\b(?:{vocabulary.determiner_re()}|en\b|\d(?:e|è|ème|er|re)))[^\S\n]*$")


def _particles_before(doc: list[Token], start: int) -> int:
    """The surname's particles before ``start`` ("VAN DER", "Van der", "El", "De")."""
    while start >= 1 and is_particle(doc[start - 1]) and not doc[start - 1].is_lower or (
            start >= 1 and doc[start - 1].lower_ in ("der", "den", "de", "la", "le") and start >= 2
            and is_particle(doc[start - 2]) and not doc[start - 2].is_lower):
        start -= 1
    return start


# what follows a name and its initials in a list of authors or a staff list: "Lemaire, C. & Van Acker, T."
AFTER_LISTED = frozenset({",", ";", "&", "(", ")", "et", "and", "–", "-", "/", "|", ":"})


def listed_initials_spans(doc: list[Token]):
    """"Surname, I." as lists of authors, participants and staff write them: "Lemaire, C.", "Ngoy Kalala, J.",
    "Van der Straeten, A.-M.": a capitalised surname (not an ordinary word, not a Belgian place), a comma,
    the initials of the first name, then the end of the line or a list separator."""
    for i in range(len(doc) - 2):
        if doc[i + 1].text != ",":
            continue
        # after "Surname," even "M." is an initial, not a title ("Leclercq, M. (2021)")
        j = i + 3 if i + 2 < len(doc) and INITIALS.fullmatch(doc[i + 2].text) else _initials_end(doc, i + 2)
        if j is None or not (j >= len(doc) or doc[j].lower_ in AFTER_LISTED or "\n" in doc[j - 1].text_with_ws):
            continue
        surname = doc[i]
        if not (is_cap(surname) and (is_namey(surname) or is_caps(surname) and not is_word(surname.text))) \
                or surname.text in places():
            continue
        start = i
        while start >= 1 and is_cap(doc[start - 1]) and is_namey(doc[start - 1]) and start > i - 2 \
                and not starts_sentence(doc, start):
            start -= 1  # "Ngoy Kalala, J."
        yield _char_span(doc[_particles_before(doc, start):j])


def _particles_then_name(doc: list[Token], j: int) -> bool:
    """Surname particles in lower case from ``j``, then a capitalised word ("van der Elst", "de Clercq")."""
    k = j
    while k < len(doc) and is_particle(doc[k]) and doc[k].is_lower:
        k += 1
    # "me de Bruxelles" is no name; "van der Elst" is one even though Elst is a village
    french = all(doc[m].lower_ in ("de", "du", "des", "d'", "d’") for m in range(j, k))
    return j < k < len(doc) and is_cap(doc[k]) and not (french and doc[k].text in places())


SECOND_TITLES = frozenset({"med"})  # a degree written after "Dr." ("Dr. med. Stefan Jost"), an abbreviation alone
MIN_ORDINARY_AFTER = 4  # letters of the ordinary word after a function word that is no name ("SANS RELECTURE")


def _titled_before(doc: list[Token], i: int) -> bool:
    """A title among the two tokens before ``doc[i]`` ("Dr" "." "med")."""
    return any(doc[j].lower_.rstrip(".") in TITLES or f"{doc[j].lower_}." in TITLES for j in range(max(0, i - 2), i))


def after_title(doc: list[Token]):
    for i, token in enumerate(doc[:-1]):
        lower = token.lower_
        nxt = doc[i + 1]
        if lower not in TITLES and not (nxt.text == "." and f"{lower}." in TITLES and i + 2 < len(doc)
                                        and (lower not in SECOND_TITLES or _titled_before(doc, i))):
            continue  # (a title listed with its stop, which the tokenizer set apart: "mevr" "." "Peeters"; a second
            # title only after a first, "Dr. med. Petit", not "dossier med. Traitement inchangé")
        if token.text == "me":
            continue  # the pronoun ("back to me."), never Maître, who is written "Me"
        if nxt.text == "." and i + 2 < len(doc):
            if len(lower) > ABBREVIATED_TITLE or len(lower) > 2 and f"{lower}." not in TITLES and is_word(lower):
                continue  # "Merci Monsieur. Rien ne presse", "accompagnée de sa sœur. Elle": the sentence ends
            i, nxt = i + 1, doc[i + 2]  # "M ." tokenised apart
        if (token.text.endswith(".") or doc[i].text == ".") and len(lower.rstrip(".")) > 1 \
                and is_common_word(nxt.text) and not in_first_names(nxt.text) and not in_surnames(nxt.text) \
                and nxt.lower_.endswith(("s", "x")) and nxt.i + 1 < len(nxt.doc) and nxt.doc[nxt.i + 1].is_lower:
            continue  # "selon Mme. Enfants au chaud": the sentence ended with the title (not "Mme. Lapin, ...")
        if lower in WEAK_TITLES and not is_cap(nxt) and not _particles_then_name(doc, i + 1):
            continue  # "me voit" is no "Me Dupont"; "Me van der Elst" is
        if lower in WEAK_TITLES and nxt.is_upper and nxt.lower_ in vocabulary.stop_words() and not is_particle(nxt) \
                and i + 2 < len(doc) and doc[i + 2].is_alpha and len(doc[i + 2].text) >= MIN_ORDINARY_AFTER \
                and is_word(doc[i + 2].lower_) and not is_particle(doc[i + 2]):
            continue  # "NE PAS TRANSMETTRE À LA FAMILLE SANS RELECTURE": a function word in capitals, then an ordinary
            # word, after a title that is also a word (after "Mme", a surname: "Mme OU"; a particle opens one:
            # "FAMILLE LE GOFF", "FAMILLE DU MOULIN", and so does a word no lexicon holds: "FAMILLE AIT BENALI"; alone,
            # it is one: "FAMILLE TA", "FAMILLE TA VAN")
        if nxt.is_lower and f"{nxt.lower_}." in TITLES:
            continue  # a second title: "Dr. med. Stefan Jost" (the name comes after it)
        if nxt.lower_ in ("et", "and", "und"):  # ("Ou" is a surname: "Madame Ou")
            continue  # a conjunction, in a heading in capitals too: "FAMILLE ET CONTACTS"
        # (in a Dutch or German line, a word of that language in lower case after the title is the sentence's:
        # "mevrouw stuur ik"; "meneer janssens" is no word)
        end = _extend_surname(doc, i + 1, allow_lower=lower not in WEAK_TITLES and not (
            nxt.is_lower and foreign_word(nxt.text)
            and vocabulary.in_foreign_line(doc_text(token.doc), nxt.idx, nxt.idx + len(nxt.text))))
        if end == i + 1 and lower not in WEAK_TITLES and is_cap(nxt) and nxt.is_alpha \
                and nxt.lower_ not in vocabulary.stop_words() and not is_particle(nxt):
            # after Mme, M., Dr..., a capitalised word is the surname even when it is a French word ("Mme
            # Blanche", "M. Boulanger"); a role the keep-list holds ("Mme la Juge") is dropped when resolved
            end = _extend_surname(doc, i + 2)
        if end == i + 2 and in_first_names(nxt.text) and _word_surname_in_capitals(doc, i + 1, end, titled=True):
            end += 1  # "M. Dylan PRINTEMPS": after a title and a first name, a word in capitals is the surname
        if end > i + 1:
            yield _char_span(doc[i + 1:end])


def _greeted(doc: list[Token], i: int) -> bool:
    """``doc[i]`` is a first name whose gender the lists know, a letter's greeting opening its line with it, closed by
    a comma or "!" ("Bonjour An,", "Beste Bo,"): the addressee, however short or ordinary the name (not a title,
    "Bonjour Madame,", nor a relation's word, "Coucou Maman !", nor a word the lists hold without a gender, "Hi
    Son,", "Salut Mon !")."""
    token = doc[i]
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j >= 0 and doc[j].lower_ in vocabulary.salutations() and token.text.istitle() and token.is_alpha \
        and gender_of_first_name(token.text) is not None and fold(token.text) not in vocabulary.titles() \
        and token.lower_ not in vocabulary.kinship_words() and not is_chat_word(token.lower_) \
        and i + 1 < len(doc) and doc[i + 1].text in (",", "!") \
        and vocabulary.greeting_line(doc_text(token.doc), doc[j].idx, token.idx + len(token.text))


def _title_next(doc: list[Token], i: int) -> bool:
    """The word after ``doc[i]`` on its line is a civil title ("heer", "mevrouw", "Frau")."""
    j = _next_on_line(doc, i + 1)
    return j < len(doc) and doc[j].lower_.rstrip(".") in vocabulary.civil_titles()


def _next_on_line(doc: list[Token], j: int) -> int:
    """Index of the first token from ``j`` on that is no space within its line (``len(doc)`` when none)."""
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j


DOCUMENT_WORDS = frozenset(fold(word) for word in vocabulary.document_words())
CONTRACTED_ARTICLES = frozenset({"du", "au"})  # (not "DES": "MAISON DES CLÉMENT" is a family's)
# the feasts an English mail names, first names too (vocabulary.holidays leaves them out): after "the", the feast
ENGLISH_FEASTS = frozenset({"easter", "christmas", "whitsun"})


def _first_name_ok(doc: list[Token], i: int) -> bool:
    token = doc[i]
    text = token.text
    if _greeted(doc, i):
        return True
    if token.lower_ in vocabulary.salutations() and _title_next(doc, i):
        return False  # "Beste heer Boulanger,", "Lieve mevrouw Peeters": the greeting before a title
    if len(text) < 3 or not token.is_alpha and "-" not in text or not in_first_names(text) or is_chat_word(text) \
            or note_abbreviation(text, doc_text(token.doc), token.idx + len(text)):
        return False  # ("1er trim. pas sorti": a note's abbreviation)
    if (token.lower_ in vocabulary.foreign_words() or gender_of_first_name(text) is None and foreign_word(text)
            and token.is_lower) \
            and vocabulary.in_foreign_line(doc_text(token.doc), token.idx, token.idx) \
            and not (i + 1 < len(doc) and in_surnames(doc[i + 1].text) and is_cap(doc[i + 1])):
        return False  # "Beste collega" (Dutch "dear"), "Die Mutter", "Many thanks": words of the line (a capitalised
        # word of the lexicon may be a name there: "Comfort", "Faith")
    if foreign_relation_word(text) and vocabulary.in_foreign_line(doc_text(token.doc), token.idx, token.idx) \
            and not (i + 1 < len(doc) and in_surnames(doc[i + 1].text) and is_cap(doc[i + 1])):
        return False  # "Dad shouting in French and English": a relation's word of that language's line
    if i + 1 < len(doc) and vocabulary.month_and_year(text, doc[i + 1].text):
        return False  # "bis August 2024", "in June 2025": a month and its year
    if i > 0 and (doc[i - 1].lower_ in GERMAN_ARTICLES and (foreign_word(text) or token.lower_ in GERMAN_KIN)
                  or doc[i - 1].lower_ in NOUN_ARTICLES):
        return False  # "das Handy", "die Mama": a German noun after its article (a listed first name too)
    if i + 1 < len(doc) and month_part(token.text, doc[i + 1].text):
        return False  # "seit Mitte Februar": the middle of the month
    if i > 0 and text.lower() in vocabulary.month_names() and doc[i - 1].lower_ in MONTH_PREPOSITIONS | MONTH_PARTS:
        return False  # "hospitalisation in July", "seit Juni": the month (a listed first name too)
    if i > 1 and doc[i - 1].lower_ in CONTRACTED_ARTICLES and is_caps(token) and is_caps(doc[i - 1]) \
            and is_caps(doc[i - 2]) and fold(doc[i - 2].text) in DOCUMENT_WORDS and is_word(text.lower()):
        return False  # "NOTES DU MENTOR", "AVIS DU JUGE": a heading's noun after a document's part and "DU", "AU" (a
        # listed first name too; in a note, "Rdv des Olivier", "CADEAU DU PIERRE", a name)
    if i > 0 and doc[i - 1].lower_ == "the" and (token.lower_ in vocabulary.month_names()
                                                 or token.lower_ in ENGLISH_FEASTS) \
            and vocabulary.in_foreign_line(doc_text(token.doc), token.idx, token.idx) \
            and not (i + 1 < len(doc) and in_surnames(doc[i + 1].text) and is_cap(doc[i + 1])):
        return False  # "the July plans", "the Easter holidays": a month or a feast after the article
    if i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS and text in places() or i > 0 \
            and doc[i - 1].lower_ in LOCATIVE and text in foreign_places() \
            and (gender_of_first_name(text) is None or large_town_abroad(text)):
        return False  # "à Dinant", "de Huy", "in Cologne": the list of first names holds towns too ("chez Albert",
        # "bij Mason" are persons)
    if text in places() and _town_after_role(doc, i):
        return False  # "CLB-medewerker, Halle": a signature's town after the writer's role
    if token.is_lower:  # chat style: "mehdi", "shanice", "luuk"; never "qui", "sem", "min"; never in a Dutch, German
        # or English line, whose words the French lexicon does not know ("het late antwoord")
        return len(text) >= MIN_LOWER_NAME and not token.is_stop and not is_word(text) \
            and not vocabulary.in_foreign_line(doc_text(token.doc), token.idx, token.idx)
    if is_caps(token) and len(text) <= 4:
        return False  # acronyms
    if fold(text) in HEADER_LABELS and _header_cell(doc_text(token.doc), token.idx):
        return False  # "| NISS | Lien |": a table's header, every cell a label
    if not is_common_word(text) and not token.is_stop and not grammar_word(text):  # "Mon", "Qui" are listed
        return True  # first names too; so is "Monday"
    # a first name that is also a common French word: Grâce, Rose, Pierre, Max
    # "Grâce MBUYI"; in a heading in capitals ("BILAN LOGOPÉDIQUE") the next word is a word, no surname
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    followed = nxt is not None and (is_namey(nxt) or is_caps(nxt) and not (is_caps(token) and is_word(nxt.text)))
    # "MBUYI Grâce", also in a table's next cell: a surname in capitals before it
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    preceded = j >= 0 and is_caps(doc[j]) and len(doc[j].text) > 2 and not is_word(doc[j].text)
    if grammar_word(text):  # "Il", "Rien", "Mais": a name only beside a surname ("Bas Janssens", never "Mais
        # Kevin"), whatever the model says
        # (a surname in capitals is longer than an acronym: "Son GSM", "Mais SMS"; before it on the same line:
        # "MOLDOVAN" ending one line does not make "Mon numéro" opening the next a name)
        preceded = preceded and "\n" not in doc_text(token.doc)[doc[j].idx:token.idx]
        return preceded or nxt is not None and is_cap(nxt) and (
            in_surnames(nxt.text) and not in_first_names(nxt.text)
            or is_caps(nxt) and len(nxt.text) > ACRONYM_LETTERS and not is_word(nxt.text))
    if is_caps(token) and j >= 1 and doc[j].text in ("ET", "OU", "&") and is_caps(doc[j - 1]) \
            and is_common_word(doc[j - 1].text) and (doc[j - 1].lower_ not in vocabulary.kinship_words()
                                                    or token.lower_ in vocabulary.kinship_words()) \
            and not preceded:
        return False  # a heading's nouns in capitals, joined: "EXAMEN CLINIQUE ET BILAN" ("ROSE" alone may be Rose,
        # and a relative's word before it makes a name of it: "SUIVI MAMAN ET VICTOIRE"; not of another relative's,
        # "ENTRETIEN MÈRE ET FILLE")
    if _list_item_start(doc, i) and nxt is not None and nxt.is_lower:
        return False  # a list item's noun and its adjective: "1) Bilan logopédique" ("2) Fleur, tante" is one)
    if nxt is not None and nxt.is_lower and is_adjective(nxt.text) and _cell_start(doc, i):
        return False  # ... or a table cell's: "| Bilan sanguin OK |"
    if token.lower_ in vocabulary.kinship_words() and nxt is not None and nxt.text == ":":
        return False  # a relation's label: "2) Fils : M. Küppers", "Fille : Mme ..."
    if not followed and not preceded and _header_cell(doc_text(token.doc), token.idx):
        return False  # "| Nom | Lien | Date de naissance |": a table's header, every cell a word
    return token.ent_type_ == "PER" and not opens_locution(token) or followed or preceded \
        or (_proper_noun(doc, i) and not starts_sentence(doc, i)) or _speaker(doc, i)


# the labels a table's header row holds ("| Nom | Lien | Date de naissance |"): a row of names holds none
HEADER_LABELS = frozenset({"nom", "noms", "prenom", "prenoms", "date", "naissance", "ne", "nee", "age", "adresse",
                           "lien", "parente", "situation", "telephone", "profession", "classe", "ecole", "fonction",
                           "role"})
CELL_SEPARATOR = re.compile(r"[^\S\n]*(?:\||\t+|[^\S\n]{3,})[^\S\n]*")
MIN_HEADER_CELLS = 3


def _list_item_start(doc: list[Token], i: int) -> bool:
    """The word after a list item's number or letter opening its line: "1) Bilan", "b) Suivi"."""
    return i >= 2 and doc[i - 1].text == ")" and re.fullmatch(r"\d{1,2}|[a-zA-Z]", doc[i - 2].text) is not None \
        and (i == 2 or "\n" in doc[i - 3].text_with_ws)


def _cell_start(doc: list[Token], i: int) -> bool:
    """The word opens a table's cell: after a "|" or a tab."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\t" not in doc[j].text:
        j -= 1
    return j >= 0 and (doc[j].text == "|" or "\t" in doc[j].text or "\t" in doc[j].whitespace_)


def _header_cell(text: str, start: int) -> bool:
    """The word at ``start`` is a cell of a table's header row: three cells or more, each made of French words only,
    or of their openings before a full stop ("| Nom | Lien | Date de naissance | Situation |", "| Date naiss. |")."""
    line = vocabulary.line_around(text, start, start)
    cells = [cell for cell in CELL_SEPARATOR.split(line.strip(" |\t")) if cell.strip()]
    labelled = any(fold(word) in HEADER_LABELS for word in re.findall(r"[^\W\d_]+", line))
    return len(cells) >= MIN_HEADER_CELLS and labelled and all(
        all(is_word(word.lower()) or word.lower() in vocabulary.stop_words() or fold(word) in default_keep_terms()
            or stop and opens_word(word.lower())
            for word, stop in re.findall(r"([^\W\d_]{2,})(\.?)", cell))
        and not re.search(r"\d", cell) for cell in cells)  # (a kept acronym is a label too: "| NISS | Lien |")


# the role that ends a signature's line before its town: "Assistante sociale, Halle", "CLB-medewerker, Halle"
ROLE_BEFORE_COMMA = re.compile(r"[^\W\d_]*(?:-[^\W\d_]+)*[a-zà-ÿ]{3}[^\S\n]*,[^\S\n]*$")


def _town_after_role(doc: list[Token], i: int) -> bool:
    """A commune alone at the end of its line after a role's lower-case word and a comma: a signature's town, not
    a first name ("Bien à vous, Halle" would be one: a closing or a pronoun before the comma is no role)."""
    text = doc_text(doc[i].doc)
    end = doc[i].idx + len(doc[i].text)
    if text[end:].split("\n", 1)[0].strip():
        return False
    before = text[text.rfind("\n", 0, doc[i].idx) + 1:doc[i].idx]
    role = ROLE_BEFORE_COMMA.search(before)
    if role is None:
        return False
    word = role.group().rstrip(", \t").rsplit("-", 1)[-1].lower()
    return word not in vocabulary.stop_words() and word not in vocabulary.greetings() \
        and word not in vocabulary.salutations()


def _speaker(doc: list[Token], i: int) -> bool:
    """The speaker of a copied chat line: "Max : t ou ?" at the start of a line (not a label among a form's labels:
    "Argent :" between "Repas :" and "Sommeil :")."""
    return i + 1 < len(doc) and doc[i + 1].text == ":" and (i == 0 or "\n" in doc[i - 1].text_with_ws) \
        and doc[i].lower_ not in FORM_LABELS and doc[i].lower_ not in vocabulary.foreign_words() \
        and not _among_labels(doc_text(doc[i].doc), doc[i].idx) \
        and (not is_common_word(doc[i].text) or _named_speakers(doc_text(doc[i].doc)) >= MIN_SPEAKER_LINES
             or _speaker_lines(doc_text(doc[i].doc)).get(doc[i].text, 0) >= MIN_SPEAKER_LINES)
    # (a first name that is a word, "Méthode :", "Fleur :", speaks where other lines have named speakers or where it
    # opens two lines or more: a form's label is written once)


MIN_SPEAKER_LINES = 2
SPEAKER_LINE = re.compile(r"^[^\S\n]*([^\W\d_][\w'’-]*)[^\S\n]*:", re.MULTILINE)


@lru_cache(maxsize=4)
def _speaker_lines(text: str) -> Counter:
    """How many lines each word opens before a colon."""
    return Counter(match.group(1) for match in SPEAKER_LINE.finditer(text))


@lru_cache(maxsize=4)
def _named_speakers(text: str) -> int:
    """Lines opening with a first name that is no French word before a colon: a chat's or a transcript's speakers."""
    return sum(count for word, count in _speaker_lines(text).items()
               if in_first_names(word) and not is_common_word(word))
    # "Patient :" is a form's label, "Aan :" or "Von :" a mail header's


LINE_LABEL = re.compile(r"[^\S\n]*([^\W\d_]+)[^\S\n]*:")


def _among_labels(text: str, start: int) -> bool:
    """The line before or after the one at ``start`` opens with a word French writes, no first name, before a colon:
    the lines are a form's or a report's fields ("Repas : ...", "Sommeil : ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else None
    line_end = text.find("\n", start)
    for at in (previous_start, line_end + 1 if line_end >= 0 else None):
        label = LINE_LABEL.match(text, at) if at is not None else None
        if label and is_common_word(label.group(1).lower()) and not in_first_names(label.group(1)):
            return True
    return False


def _hyphenated_end(doc: list[Token], j: int) -> int:
    """Index after the parts of a name joined to the previous token by a hyphen with no space ("Nour" "-"
    "Eddine"), j when there are none."""
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and (is_cap(doc[j + 1]) or doc[j - 1].is_lower and doc[j + 1].is_lower and in_first_names(doc[j + 1].text)
                 and in_first_names(doc[j - 1].text)):  # ("lou-anne" in a letter written in lower case)
        j += 2
    return j


def _lower_surname_end(doc: list[Token], j: int) -> int:
    """Index after a surname in lower case right after a first name in lower case, when the lists know it as a
    surname and it is no word ("lucienne vandermeulen" heading a letter written without capitals)."""
    if j < len(doc) and doc[j].is_lower and doc[j].is_alpha and len(doc[j].text) > 3 and in_surnames(doc[j].text) \
            and not is_word(doc[j].text) and not doc[j].is_stop and not in_first_names(doc[j].text):
        return j + 1
    return j


def first_name_spans(doc: list[Token]):
    for i in range(len(doc)):
        if not _first_name_ok(doc, i):
            continue
        if i > 0 and LEGAL_FORM_WORD.fullmatch(doc[i - 1].text) and i + 1 < len(doc) and is_cap(doc[i + 1]) \
                and not is_caps(doc[i + 1]) and not in_surnames(doc[i + 1].text):
            continue  # "l'asbl Dom Polski Forest": a legal form, then a first name and a word no list holds as a
            # surname, open an organisation's name ("pour l'ASBL Marie Lambert, présidente" is a person)
        first_end = _hyphenated_end(doc, i + 1)  # "Nour-Eddine" tokenised apart: the first name goes on
        if first_end > i + 1 and doc_text(doc[i].doc)[slice(*_char_span(doc[i:first_end]))] in places():
            continue  # "Grâce-Hollogne": a commune, the place recogniser's
        end = _extend_surname(doc, first_end) if not doc[i].is_lower and not _origin(doc, first_end) \
            else _lower_surname_end(doc, first_end) if doc[i].is_lower else first_end
        if end == first_end and _word_surname_in_capitals(doc, i, first_end):
            end = first_end + 1  # "Marie-Rose PRINTEMPS": a surname that is a word, in capitals after a first name
        if end == first_end and not doc[i].is_lower and (surname := _surname_after_nickname(doc, first_end)):
            end = surname[1]  # "Mohamed « Mo » ZERROUKI": the name with its nickname, one person
        if end == i + 1 and i + 2 < len(doc) and doc[i + 1].is_space and doc[i + 1].text.count("\n") == 1 \
                and not is_word(doc[i].text) and not (doc[i].text in places() and i > 0 and doc[i - 1].like_num) \
                and is_caps(doc[i + 2]) and len(doc[i + 2].text) > 2 and not is_word(doc[i + 2].text) \
                and not (doc[i + 2].lower_ in vocabulary.foreign_words() and i + 3 < len(doc)
                         and doc[i + 3].text[:1] in (";", ":")):
            end = _extend_surname(doc, i + 2)  # "Lucas<tab>PEETERS": the surname in the next cell (not a commune
            # ending an address's line before a service's acronym: "1190 Forest\nAMO Cap Midi"; not a field's label
            # of another language, a calendar file's: "Yusuf\nATTENDEE;CN=...")
        start = i
        while start > 0 and (is_caps(doc[start - 1]) and not is_word(doc[start - 1].text)
                             and len(doc[start - 1].text) > 2 or start < i and is_particle(doc[start - 1])
                             or start < i and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                             and start >= 2 and not doc[start - 2].whitespace_ and is_caps(doc[start - 2])):
            start -= 1  # "DEBAISIEUX Lola", "N'DIAYE Awa", "DUBOIS-LAMBERT Véronique"
        yield _char_span(doc[start:end])


MAX_NICKNAME_TOKENS = 3


def _surname_after_nickname(doc: list[Token], j: int) -> tuple[int, int] | None:
    """(start, end) indices of the surname that follows a nickname in quotes right after a first name ("Mohamed « Mo
    » ZERROUKI", "Jean-Pierre « JP » Lambert"): a capitalised word no lexicon holds, or a listed surname; None when
    the quotes hold no capitalised nickname or no such word follows them."""
    k = _next_on_line(doc, j)
    if k >= len(doc) or doc[k].text not in OPENING_QUOTES:
        return None
    close = next((m for m in range(k + 1, min(len(doc), k + 2 + MAX_NICKNAME_TOKENS)) if doc[m].text in CLOSING_QUOTES),
                 None)
    if close is None or close == k + 1 or not is_cap(doc[k + 1]) \
            or not all(token.is_alpha or token.is_space or token.text in "-'’" for token in doc[k + 1:close]):
        return None  # (a nickname's words only: "Message de Sarah « Tu viens ? » Kevin" quotes a message)
    after = _next_on_line(doc, close + 1)
    if after >= len(doc) or in_first_names(doc[after].text) and not is_caps(doc[after]) \
            or fold(doc[after].text) in default_keep_terms():
        return None  # (another child of a list, "Rayan « Ray » Inès « Nini »"; a kept acronym, "« Kiki » SAJ")
    if not (is_namey(doc[after]) or is_caps(doc[after]) and not is_word(doc[after].text) and len(doc[after].text) > 2
            or in_surnames(doc[after].text) and is_cap(doc[after])):
        return None
    end = _extend_surname(doc, after)
    if end < len(doc) and any(doc[m].text in OPENING_QUOTES for m in range(end, min(len(doc), end + 2))):
        return None  # (the next name of a list, with its own nickname after it)
    return (after, end) if end > after else None


COLUMN_BEFORE = re.compile(r"\S[^\S\n]{3,}$")  # a column gap right before a name: the line's second column
COLUMN_GAP_WORD = re.compile(r"[^\S\n]{2,}(\S+)")  # a column gap, then the next column's first word
ROLE_AFTER = re.compile(r"[^\S\n]*(?:,|\n)[^\S\n]*([^\W\d_]+)")  # a comma or the line's end, then a word


def _word_surname_in_capitals(doc: list[Token], i: int, j: int, titled: bool = False) -> bool:
    """A word in capitals right after a first name that is no word itself, in a signature: its surname, as
    signatures write it ("Marie-Rose PRINTEMPS      Dr ...", "Karim BOULANGER, éducateur"); not a kept acronym or
    role ("Julie AMO", "Marc DIRECTEUR"), nor a heading's or a note's word ("Lucas RAPPORT DE SUIVI"). ``titled``:
    a civil title comes before the first name ("M. Dylan PRINTEMPS"), which names a person wherever it stands, and
    the first name may be a word ("Mme Rose PRINTEMPS")."""
    # (the word in capitals first: most first names have none after them)
    if j >= len(doc) or not is_caps(doc[j]) or not doc[j - 1].whitespace_ or doc[i].is_lower or is_caps(doc[i]):
        return False
    token = doc[j]
    if len(token.text) < 4 or not token.is_alpha or fold(token.text) in default_keep_terms() \
            or token.lower_ in vocabulary.stop_words():
        return False
    # (in a signature: a column gap then the next signatory's title or name, a comma or the next line then the
    # person's role; not a note's or an agenda's word, "Malik ENTRETIEN à la maison", "Lucas MALADIE")
    text, end = doc_text(token.doc), token.idx + len(token.text)
    gap, role = COLUMN_GAP_WORD.match(text, end), ROLE_AFTER.match(text, end)
    if role is not None and fold(role.group(1)) in role_terms() and role.group().count("\n") \
            and COLUMN_BEFORE.search(text, text.rfind("\n", 0, doc[i].idx) + 1, doc[i].idx):
        return True  # (the second of two signatories side by side, their roles on the line below, even when the
        # surname is an adjective and the first name a word: "Chloé LEBRUN      Olivier SAGE"; not "Lucas ABSENT,
        # éducateur prévenu")
    if is_common_word(text[doc[i].idx:doc[j - 1].idx + len(doc[j - 1].text)]) and not titled \
            or is_adjective(token.lower_) and not in_surnames(token.text) or lemma(token.lower_) != token.lower_:
        return False  # (nor a state a list notes, an adjective or a participle: "Lucas ABSENT       Sarah EXCUSÉE")
    if titled:
        return fold(token.text) not in role_terms()
    return gap is not None and (fold(gap.group(1)).rstrip(".") in TITLES or in_first_names(gap.group(1))) \
        or role is not None and fold(role.group(1)) in role_terms()


def _heading_preposition(doc: list[Token], i: int) -> bool:
    """"SCOLARITÉ DE YASSINE": "De" before a first name is the preposition before a name, no particle of it,
    when no list holds that name as a surname or when a heading's word in capitals comes before ("SITUATION DE
    KARIM"); "ÉLÈVE DE CLERCQ TOM", "AUDITION DE DE GRAEVE" are surnames. A commune after a heading's word is
    where the body is ("AGENCE IMMOBILIÈRE SOCIALE DE JODOIGNE")."""
    following = doc[i + 1].text
    commune = name_form(following) in places() and not in_surnames(following)
    if not in_first_names(following) and not commune:
        return False
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    heading = is_caps(doc[i]) and j >= 0 and is_caps(doc[j]) and is_word(doc[j].text)
    return heading or not commune and not in_surnames(following)


def surname_spans(doc: list[Token]):
    for i, token in enumerate(doc):
        if not is_cap(token):
            continue
        if token.lower_ in SURNAME_PARTICLES and i + 1 < len(doc) and is_namey(doc[i + 1]) and (
                not starts_sentence(doc, i) or in_surnames(doc[i + 1].text) and doc[i + 1].text not in places()) \
                and not (is_caps(doc[i + 1]) and doc[i + 1].lower_ in vocabulary.stop_words()):  # "DE MOINS DE 18"
            if not _heading_preposition(doc, i):
                yield _char_span(doc[i:_extend_surname(doc, i + 1)])  # "De Smet", "Van Damme"
        elif starts_sentence(doc, i):
            continue
        elif not is_word(token.text) and len(token.text) >= 3 and _proper_noun(doc, i) and in_surnames(token.text) \
                and not (i > 0 and (doc[i - 1].lower_ in NOUN_ARTICLES
                                    or doc[i - 1].lower_ in MONTH_PREPOSITIONS | MONTH_PARTS
                                    and token.lower_ in vocabulary.month_names())) \
                and not (i + 1 < len(doc) and vocabulary.month_and_year(token.text, doc[i + 1].text)) \
                and token.text not in places() and not (i > 0 and doc[i - 1].lower_ in LOCATIVE
                                                        and token.text in foreign_places()
                                                        and (not in_first_names(token.text)
                                                             or large_town_abroad(token.text))):
            yield _char_span([token])  # "habite Namur", "in Cologne": a town before a surname


def _quoted_end(doc: list[Token], i: int) -> int:
    """End index (its closing quote) of a quoted name opening at ``doc[i]``: capitalised, or an article then
    a capitalised word ("« Petit Kader »", "« le Grec »"), at most MAX_NAME_TOKENS words; else i."""
    if i + 1 >= len(doc) or doc[i].text not in OPENING_QUOTES:
        return i
    first = i + 2 if doc[i + 1].lower_ in QUOTED_ARTICLES and i + 2 < len(doc) else i + 1
    if not (is_cap(doc[first]) or is_caps(doc[first])):
        return i
    for j in range(first + 1, min(len(doc), i + 2 + MAX_NAME_TOKENS)):
        if doc[j].text in CLOSING_QUOTES:
            return j
    return i


def _quoted_after_cue(doc: list[Token], i: int) -> list[tuple[int, int]]:
    """Quoted nicknames after a naming cue, one or a list ("se fait appeler « JB la menace »", "connus sous
    les surnoms « Sosa », « Petit Kader » et « le Grec »"), or after a relation word when a word of the quote
    is no ordinary word ("sa tante « Maman Mado »"): (first, end) token indices of each."""
    cue = doc[i].lower_
    if cue not in NAMING_CUES and cue not in KINSHIP:
        return []
    found, at = [], i + 1
    while (end := _quoted_end(doc, at)) > at:
        words = doc[at + 1:end]
        # after a relation word, a quote holding a word no lexicon writes, or opening with an article ("son copain
        # « le Grec »"); not reported speech ("sa mère « Elle ne comprend pas »")
        if cue in KINSHIP and not (any(is_cap(t) and not is_common_word(t.text) for t in words)
                                   or doc[at + 1].lower_ in QUOTED_ARTICLES):
            break
        if cue in FAMILY_CUES and not all(is_cap(t) or is_particle(t) for t in words):
            break
        found.append((at + 1, end))
        at = end + 1
        if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ in LIST_LINKS:
            at += 1  # "« A », et « B »"
        if at < len(doc) and (doc[at].text == "," or doc[at].lower_ in LIST_LINKS):
            at += 1
        else:
            break
    return found


def _glossed(doc: list[Token], i: int) -> int:
    """End index of a quoted name glossed by a first name in brackets ("« Maman Mado » (Madeleine T.)"), else i."""
    end = _quoted_end(doc, i)
    if end > i and end + 2 < len(doc) and doc[end + 1].text == "(" and in_first_names(doc[end + 2].text):
        return end
    return i


REFLEXIVE = frozenset({"s'", "s’", "se", "m'", "m’", "t'", "t’"})


def _reflexive_naming(doc: list[Token], i: int) -> bool:
    """"le module s'appelle Parentalité": a thing's name as often as a person's (whose first name the lists
    know anyway); "qu'on appelle Bouboule", "ils l'appellent Bouboule" name a person."""
    return doc[i].lower_.startswith("appel") and i > 0 and doc[i - 1].lower_ in REFLEXIVE


# the words that define a quote as a person's nickname after it (not "appeler", "famille": '"crise" : appeler le 112')
DEFINING_CUES = frozenset({"surnom", "surnoms", "surnommé", "surnommée", "alias", "pseudo", "sobriquet"})


ABBREVIATED_WORDS = 15  # words looked back for what a quoted abbreviation stands for


def _abbreviates_before(doc: list[Token], i: int, word: str) -> bool:
    """A quoted word in capitals made of the initials of the words before it, some of them in lower case: the
    abbreviation a text defines for a code, a law or a service ("Code wallon de l'Action sociale et de la Santé
    (ci-après « CWASS »)"), not a person's initials (a name's words are all capitalised)."""
    if not (word.isupper() and len(word) >= 3):
        return False
    before = [t for t in doc[max(0, i - ABBREVIATED_WORDS):i] if t.is_alpha and t.lower_ not in vocabulary.stop_words()]
    for start in range(len(before)):
        if before[start].text[0].upper() == word[0] and in_order(word, (t.text[0].upper() for t in before[start:])) \
                and any(t.is_lower for t in before[start:]):
            return True
    return False


def _defined_nickname(doc: list[Token], i: int) -> int:
    """End index (its closing quote) of a quote that a note then defines as a nickname, however written ("« la
    bouboule » = surnom donné à Clara D.", '"Yaya" (surnom de Yasmina)'), else i."""
    if doc[i].text not in OPENING_QUOTES:
        return i
    end = next((j for j in range(i + 2, min(len(doc), i + 2 + MAX_NAME_TOKENS)) if doc[j].text in CLOSING_QUOTES), i)
    if end == i or not all(t.is_alpha or t.text in ("-", "'", "’") for t in doc[i + 1:end]) \
            or doc[i + 1].lower_ in ("les", "des", "ces"):
        return i  # (a group's nickname names nobody: "« les grands » = surnom des éducateurs")
    j = end + 1
    while j < len(doc) and j <= end + 3 and (doc[j].is_space or doc[j].text in ("=", "(", ":", "-", "–", "→")):
        j += 1
    return end if j < len(doc) and j > end + 1 and doc[j].lower_ in DEFINING_CUES else i


def _capitals_before_bracket(doc: list[Token], i: int, longest: int) -> bool:
    """Two to ``longest`` capitals, then an opening bracket and a word ("JP (Jean-Pierre)", "JMP (coordinateur)")."""
    token = doc[i]
    return token.is_alpha and token.text.isupper() and 2 <= len(token.text) <= longest and i + 2 < len(doc) \
        and doc[i + 1].text == "("


def _initials_of_glossed_name(doc: list[Token], i: int) -> bool:
    """Two or three capitals, then in brackets the first name (or first and last name) they are the initials of:
    "JP (Jean-Pierre)", "MC (Marie-Claire Dubois)"."""
    if not _capitals_before_bracket(doc, i, 3):
        return False
    token = doc[i]
    end = i + 2
    while end < len(doc) and end < i + 2 + MAX_NAME_TOKENS and doc[end].text != ")":
        end += 1
    words = [t.text for t in doc[i + 2:end] if t.text[:1].isalpha()]
    if end >= len(doc) or not words or not in_first_names(words[0].split("-")[0]):
        return False
    parts = [part for word in words for part in word.split("-")]
    return "".join(part[0] for part in parts).upper()[:len(token.text)] == token.text \
        and len(parts) >= len(token.text)


# short forms of roles a staff list writes in brackets ("(éduc)", "(psy)", "(coord.)")
ROLE_ABBREVIATIONS = frozenset({"éduc", "educ", "psy", "as", "coord", "dir", "stagiaire", "ergo", "logo", "kiné",
                                "inf", "secr", "référent", "référente"})


LANGUAGE_CODES = frozenset({"fr", "nl", "de", "en", "it", "es", "pt", "ar", "tr", "pl", "ro", "ru"})


def _initials_with_role(doc: list[Token], i: int) -> bool:
    """Two to four capitals no list holds as a term, then a role in brackets, as a staff list or minutes name a
    colleague: "JMP (coordinateur)", "SD (éduc)"."""
    token = doc[i]
    if not _capitals_before_bracket(doc, i, 4) or fold(token.text) in default_keep_terms() \
            or is_word(token.text.lower()):
        return False
    if token.lower_ in LANGUAGE_CODES and i > 0 and doc[i - 1].text in ("/", "-"):
        return False  # a pair of languages' codes, then what is spoken where: "bilingue FR/NL (lingala à la maison)"
    role = doc[i + 2].lower_.rstrip(".")
    return fold(role) in kind_terms() and role not in vocabulary.stop_words() or role in ROLE_ABBREVIATIONS


def nickname_spans(doc: list[Token]):
    for i, token in enumerate(doc[:-1]):
        if (end := _defined_nickname(doc, i)) > i:
            yield _char_span(doc[i + 1:end])
            continue
        quoted = _quoted_after_cue(doc, i)
        for first, end in quoted:
            yield _char_span(doc[first:end])
        if quoted:
            continue
        if (end := _glossed(doc, i)) > i:
            yield _char_span(doc[i + 1:end])
            continue
        if _initials_of_glossed_name(doc, i) or _initials_with_role(doc, i):
            yield _char_span([token])  # "JP (Jean-Pierre)", "JMP (coordinateur)": the initials a group calls one by
            continue
        nxt = doc[i + 1]
        if token.text in OPENING_QUOTES and is_cap(nxt) and not is_common_word(nxt.text) \
                and nxt.lower_ not in vocabulary.stop_words() and not _abbreviates_before(doc, i, nxt.text) \
                and not (i > 0 and doc[i - 1].lower_ in PROJECTS and is_word(nxt.text)) \
                and i + 2 < len(doc) and doc[i + 2].text in CLOSING_QUOTES:  # not « Moi » (a chat's owner)
            # (nor a project's title: "projet « Parentalité »")
            yield _char_span([nxt])
        elif token.lower_ in NICKNAME_CUES and is_cap(nxt) and not is_common_word(nxt.text) \
                and not _reflexive_naming(doc, i) and nxt.text not in places():
            # the nickname, with a surname after it; alone when it is a rare word ("qu'on appelle Bouboule")
            yield _char_span(doc[i + 1:max(_extend_surname(doc, i + 1), i + 2)])


# a word and an age in brackets right after it: a person, however written ("princesse (4a, pas à l'école)",
# "lulu (2 ans)", "Dyl (8a) :"); not a noun after its determiner ("un garçon (8 ans)"), a relation ("mère (42
# ans)") or a function word
AGED = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[^\S\n]?\([^\S\n]?\d{1,2}[^\S\n]?(?:ans?|a|mois)\b")
DETERMINERS = vocabulary.determiners() | {"deux", "trois", "quatre", "autre", "petit", "petite", "grand", "grande"}

# what a list of children or a form calls a person without naming them ("garçon (8 ans)", "aînée (12 ans)")
PERSON_NOUNS = vocabulary.sector_words("person")
SCHOOL_LEVELS = vocabulary.sector_words("level")
# what a list of a child's help says how long it lasted ("Mesure (1a)", "Placement (2a)", "Internat (2a)")
INTERVENTIONS = vocabulary.sector_words("intervention")


# the words of a line about a household's children ("Fratrie : Puce (4a), Bichette (2a)", "Les petits : Titi (6a)",
# "Composition de ménage :", "- Puce (4a), en 2e maternelle")
# (not "famille", "foyer": "Famille d'accueil (3a)" is a placement)
HOUSEHOLD = KINSHIP | vocabulary.sector_words("household")
LIST_ITEM = re.compile(r"[^\S\n]*(?:[-–•*·]|\d{1,2}[.)]|[a-z][.)][^\S\n])")


# the words of a line listing a child's activities and how long ("Parcours : foot (3a), judo (2a)")
ACTIVITIES = vocabulary.sector_words("activity")
PROJECTS = vocabulary.sector_words("project")


def _label_words(text: str, at: int) -> set[str]:
    """The words, in lower case, of the line at ``at`` and of the label over the list it belongs to ("Fratrie :"
    then "- Puce (4a)" on the lines below): whether they speak of the household's children or of activities."""
    return {word for line in _line_and_its_label(text, at) for word in re.findall(r"[^\W\d_]+", line.lower())}


def _line_and_its_label(text: str, at: int) -> list[str]:
    """The line at ``at``, and, up the lines of its list (items, or lines right under a label), the label ending
    with a colon that opens the list."""
    start = text.rfind("\n", 0, at) + 1
    lines = [vocabulary.line_around(text, at, at)]
    skipped = False
    while start > 0 and (LIST_ITEM.match(lines[-1]) or len(lines) == 1):
        above_start = text.rfind("\n", 0, start - 1) + 1
        above = text[above_start:start - 1]
        if not above.strip() and len(lines) == 1 and not skipped and above_start > 0:  # one blank line under it
            start, skipped = above_start, True
            continue
        if not above.strip():
            break
        lines.append(above)
        if above.rstrip().endswith(":"):
            break
        if not LIST_ITEM.match(above):
            break
        start = above_start
    return lines


# the prepositions that say where someone lives or goes, never to whom ("chez", "bij", "from" are left out)
LOCATIVE = frozenset({"à", "in", "naar", "nach", "vers", "en"})
SUBJECT_LABELS = frozenset({"concerne", "objet"})  # a letter's subject: what it is about, a name after it
AGE_UNITS = frozenset({"an", "ans", "mois", "semaines", "jours", "a"})


def aged_spans(doc: list[Token]):
    if not doc:
        return
    text = doc_text(doc[0].doc)
    starts = {token.idx: i for i, token in enumerate(doc)}
    for match in AGED.finditer(text):
        i = starts.get(match.start(1))
        if i is None:
            continue
        token = doc[i]
        word = token.lower_
        before = doc[i - 1].lower_ if i > 0 else ""
        if token.is_stop or word in KINSHIP or word in TITLES or word in PERSON_NOUNS or before in DETERMINERS \
                or len(word) < 2 or token.text != match.group(1) or word in AGE_UNITS:
            continue  # ("14 ans (15 ans le 14/03)": an age's unit before the next one)
        if token.text in places():
            continue  # "à Namur (4 ans) puis à Liège (2 ans)": how long somewhere
        listed = in_first_names(token.text.capitalize()) or in_surnames(token.text.capitalize())
        # "(4a)" says an age ("(2 ans)" may say how long), of a nickname ("Puce (4a)"; "Primaire (6a)" is how long
        # in a school level): in lower case, as notes write nicknames ("puce (4a) et bibou (2a)"; the kept disciplines
        # go at the resolve stage: "logopédie (3a)"), or a capitalised word on a line about the household ("Fratrie :
        # Puce (4a)"; not "Suivi : Mesure (1a), Logopédie (3a)")
        said_in_a = match.group(0).rstrip().endswith("a")
        label = _label_words(text, match.start()) if said_in_a else set()
        nickname_aged = said_in_a and word.rstrip("s") not in SCHOOL_LEVELS and word not in INTERVENTIONS \
            and not label & ACTIVITIES and (token.text.islower() or bool(label & HOUSEHOLD))
        if is_word(word) and not (listed or nickname_aged):
            continue  # "Mesure (1 an)", "placé (3 ans)", "Menuiserie (2 ans)": how long, not who
        yield match.start(1), match.end(1)


TOTEM_ANIMALS = vocabulary.totem_animals()
# what names a species or a breed, not a character ("Ours Polaire", "Renard Roux", "Panda Roux")
SPECIES_WORDS = frozenset({"polaire", "brun", "brune", "blanc", "blanche", "noir", "noire", "roux", "rousse", "gris",
                           "grise", "royal", "royale", "commun", "commune", "géant", "géante", "nain", "naine", "marin",
                           "marine", "arctique", "doré", "dorée", "rouge", "bleu", "bleue", "vert", "verte", "argenté",
                           "argentée", "tacheté", "tachetée", "sauvage", "domestique", "des", "du", "de"})


def totem_spans(doc: list[Token]):
    """A totem, the nickname a scout or guide leader is known by: an animal and its quality, both written with
    a capital as French writes no common noun nor adjective ("Okapi Malicieux", "Gazelle Attentive"); not in a
    heading in capitals."""
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if token.lower_ in TOTEM_ANIMALS and is_cap(token) and not is_caps(token) and is_cap(nxt) \
                and not is_caps(nxt) and nxt.is_alpha and is_word(nxt.text) and nxt.text not in places() \
                and nxt.lower_ not in SPECIES_WORDS:
            yield _char_span(doc[i:i + 2])
    yield from _totems_after_names(doc)


LIST_DASHES = frozenset({"-", "–", "—"})
INITIAL_TOKEN = re.compile(r"[A-Z]\.")  # "Claire D. – Loutre"
LIST_BULLET = re.compile(r"[-•*–▪→o]")
TOTEM_AFTER_NAME_WORDS = 6  # tokens of a team list's name before its leader's totem ("Marie - Claire Van Damme")


def _totems_after_names(doc: list[Token]):
    """A totem alone after its leader's name and a spaced dash, as a unit's team list writes it, one leader a line
    ("Elise Fontaine – Loutre", "- DUMONT Claire – Pika (intendance)", "2) Marie-Claire D. – Hibou."): the line opens
    with the name (after a list's bullet or number), two words or initials at least, a listed first name among them,
    and the animal ends the line or comes before a bracket, a comma, a full stop, a semicolon or another dash."""
    for i, token in enumerate(doc[1:-1], 1):
        nxt = doc[i + 1]
        if token.text not in LIST_DASHES or not doc[i - 1].whitespace_ or not token.whitespace_ \
                or nxt.lower_ not in TOTEM_ANIMALS or not is_cap(nxt) or is_caps(nxt):
            continue
        after = doc[i + 2] if i + 2 < len(doc) else None
        if after is not None and not ("\n" in after.text or after.text in {"(", ",", ".", ";", *LIST_DASHES}):
            continue
        start = i
        while start > 0 and i - start < TOTEM_AFTER_NAME_WORDS and _in_listed_name(doc, start - 1):
            start -= 1
        while start < i and not _word(doc[start]):
            start += 1  # (a hyphen opens no name)
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.whitespace_ and LIST_BULLET.fullmatch(before.text):
            before = doc[start - 2] if start > 1 else None  # a list's bullet ("-", "•")
        elif before is not None and before.whitespace_ and before.text in ".)" and start > 1 \
                and doc[start - 2].text.isdigit() and len(doc[start - 2].text) <= 2:
            before = doc[start - 3] if start > 2 else None  # ... or its number ("1.", "2)")
        if sum(_word(doc[k]) or INITIAL_TOKEN.fullmatch(doc[k].text) is not None for k in range(start, i)) >= 2 \
                and (before is None or "\n" in before.text) \
                and any(in_first_names(doc[k].text) for k in range(start, i) if _word(doc[k])):
            yield _char_span(doc[i + 1:i + 2])  # (a first name alone is a pet's or a group's: "- Oscar – Lapin")


def _word(token: Token) -> bool:
    return token.text.replace("-", "").isalpha()


def _in_listed_name(doc: list[Token], k: int) -> bool:
    """The word of a name in a team's list: capitalised, or the hyphen inside a compound first name
    ("Marie-Claire"), or a particle ("Van der Linden")."""
    token = doc[k]
    return _word(token) and (is_cap(token) or is_particle(token)) or INITIAL_TOKEN.fullmatch(token.text) is not None \
        or token.text == "-" and not token.whitespace_ and k > 0 and not doc[k - 1].whitespace_


def form_field_spans(doc: list[Token]):
    for i, token in enumerate(doc[:-2]):
        if token.lower_ not in FORM_LABELS or doc[i + 1].text != ":":
            continue
        end = _extend_surname(doc, i + 2)
        value = doc[i + 2]
        if token.lower_ in SUBJECT_LABELS and is_caps(value) and is_common_word(value.lower_) \
                and not in_surnames(value.text) and gender_of_first_name(value.text) is None:
            continue  # "Concerne : BILAN LOGOPÉDIQUE – ...": the document's kind in capitals, the name after it
        if end > i + 2:
            yield _char_span(doc[i + 2:end])
