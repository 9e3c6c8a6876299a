"""spaCy NER (fr_core_news_md) as a Presidio recogniser: PER, LOC, ORG -> PERSON, LOCATION, ORGANIZATION.

Presidio's ``SpacyRecognizer`` reads the entities already computed by the NLP engine (no second
parse). The French model also tags capitalised headings and abbreviations of case notes
("Adresse", "Réunion", "Vaccins", "Pt", "RDV"): an entity made only of ordinary French words or of a
short abbreviation, none of them a known name or place, is dropped here.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from anonymizer.models.lexicon import is_common_word, is_word, lemma
from anonymizer.recognizers.base import LANGUAGE
from anonymizer.recognizers.lookup import grammar_word, places
from anonymizer.recognizers.names.tokens import (
    GERMAN_ARTICLES,
    MONTH_PREPOSITIONS,
    NOUN_ARTICLES,
    cut_word_of_text,
    doc_text,
    foreign_noun,
    foreign_relation_word,
    foreign_word,
    in_first_names,
    in_surnames,
    is_chat_word,
    is_particle,
    month_part,
    note_abbreviation,
    opens_greeting,
    opens_locution,
    unknown_language_line,
)
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.tokens import Span as SpacySpan

from anonymizer import dates, vocabulary
from anonymizer.keeplist import default_keep_terms
from anonymizer.text import fold

MAX_ABBREVIATION = 4
TITLES = vocabulary.titles()
STREET_TYPES = frozenset(vocabulary.street_types())
# words after which a Dutch, German or English word is a family's or a person's name
FAMILY_OR_TITLE = frozenset({"familie", "family", "gezin", "famille", "miss"}) \
    | frozenset(t.lower().rstrip(".") for t in TITLES)  # the titles hold "frau", "herr", "mevrouw", "mrs"...
NOTE_PART = re.compile(r"[A-Z]/[^\S\n]*(?=[^\W\d_])")
# (nor over an opening quote after its first word: "Johan « Jo » (JVH)" is a name, then the nickname it goes by;
# "Jérôme « Djezz » Nsimba", the nickname between the names, is one)
NICKNAME_REACH = 40  # characters read past a person's end for the closing quote of a nickname and what follows it
PERSON_BREAK = re.compile(r"[^\S\n]+[–—/:-](?:[^\S\n]|$)|[^\S\n]*:(?:[^\S\n]|$)"
                          r"|(?<=[^\W\d_])[^\S\n]*[«“](?![^»”\n]*[»”][^\S\n]+[^\W\d_a-zà-öø-ÿ])")
# a full stop after a word of four letters or more (not an abbreviation: "Ch. Le Gall", "rue St. La Fontaine"), then a
# sentence that opens with a pronoun or an article
NEXT_SENTENCE = re.compile(r"(?<![\w.])(\w{4,})\.[^\S\n]+(?=(?:Il|Elle|Ils|Elles|On|Nous|Je|Le|La|Les|Un|Une|Ce|Cette"
                           r"|Son|Sa|Ses|Leur|Mais|Puis)\b)")
# nor over the end of a sentence: a full stop after a word, not after an initial or a title ("Dr Martin. Lucas
# Martin, 9 ans"; "J. Dupont", "Mlle. Roux" go on)
SENTENCE_END = re.compile(r"(?<![\w.])([^\W\d_]{4,})\.(?=[^\S\n]+[^\W\d_])")
# an entity never runs over a line, a column gap, a closing quote or a flattened table's cell ("Total | 41")
LAYOUT_BREAK = re.compile(r"\n|\t| {2,}|[^\S\n]*[»”|]")
# nor into a date written in digits after it, with its "du", "le" ("Centre PMS Le Confluent du 16/01/2025")
DATE_AFTER = re.compile(r"[^\S\n]+(?:(?i:du|le|au|dès|depuis)[^\S\n]+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?!\w)")
# and a person's name has no digit: a class after it is none of it ("Kevin NGUYEN 4C", "NGUYEN Kevin 4C"), unless a
# postcode follows (an address's house number: "Mme Dupont 12, 5000 Namur"; a number of two digits or more may be a
# hamlet's house, "Rachamps 27A", or a nickname's, "Pitch 1070")
AFTER_DIGITS = 40  # characters read after an entity for the postcode that makes its digits a house number
DIGITS_AFTER_NAME = re.compile(r"[^\S\n]+\d[^\W\d_]{0,3}(?![\w/]|\.\d)(?![^\S\n]*[,-]?[^\S\n]*\d{4}[^\S\n]+[^\W\d_])")
COLUMN = re.compile(r"\t| {3,}")  # a table's column gap: each cell is read on its own ("Habimana   Kigali")
# capitalised words and spaces only: the shape of a name ("Noël Marchand"), not of a row ("École / Centre")
NAME_WORD = rf"[{vocabulary.UPPER}][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
NAME_SHAPED = re.compile(rf"{NAME_WORD}(?:[^\S\n]+{NAME_WORD})+")
# a form's word with its plural in brackets: "Parent(s)", "Autre(s) service(s) impliqué(s)"
BRACKETED_PLURAL = re.compile(r"[^\W\d_]+\((?:s|e|es|x)(?:\)|$)")
# a dose after a word makes it a medicine ("Rilatine 20 mg", "Dafalgan 1 g", "Motilium 10 gouttes")
DOSE = re.compile(r"[^\S\n]*\d+(?:[.,]\d+)?[^\S\n]*(?:mg|g|ml|mL|µg|mcg|UI|gouttes?|cp|comprimés?|gélules?)\b")


# the day and month after a weekday written in two letters, in its table's next cell or after a space
# (no year after them: "| Lu | 04/03/2021 |" is a child born then, named Lu)
DATE_AFTER_WEEKDAY = re.compile(r"[^\S\n]*(?:[|\t][^\S\n]*)?(?P<day>0?[1-9]|[12]\d|3[01])[/.](?P<month>0?[1-9]|1[0-2])"
                                r"(?![\d,]|[/.-]\d)")


RANGE_PARTS = re.compile(r"[\s–—/-]+|(?<=\.)(?=\w)")  # "janv.–mars", "lundi - vendredi", "janv./fév."
RANGE_MARK = re.compile(r"[–—/-]|\.(?=\w)")  # (a dash, a slash or a full stop between them: "Ma Jun" is a name)


MIN_PLANNER_DAYS = 3
PLANNER_YEAR = 2023  # any year that is no leap year: only the days between two dates count
PLANNER_DAY = re.compile(r"(?<![\w'’-])(" + "|".join(dates.WEEKDAY_LETTERS) + r")"
                         r"(?=" + DATE_AFTER_WEEKDAY.pattern + ")", re.IGNORECASE)


@lru_cache(maxsize=4)
def _planner_weekdays(text: str) -> frozenset[int]:
    """Where a text writes a weekday in two letters before a day and month that agree with each other, as a
    planner's rows do ("Lu 04/03", "Ma 05/03", "Je 07/03": the days between two dates are those between their
    weekdays), three weekdays or more among them: the offsets of those weekdays; else none."""
    found = []
    for match in PLANNER_DAY.finditer(text):
        try:
            ordinal = date(PLANNER_YEAR, int(match.group("month")), int(match.group("day"))).toordinal()
        except ValueError:
            continue
        found.append((match.start(), dates.WEEKDAY_LETTERS.index(match.group(1).lower()), ordinal))
    best: list[tuple[int, int, int]] = []
    for shift in range(7):  # the weekday the year's dates would fall on: the one most rows agree with
        agreeing = [row for row in found if (row[2] + shift) % 7 == row[1]]
        if len(agreeing) > len(best):
            best = agreeing
    return frozenset(row[0] for row in best) if len({row[1] for row in best}) >= MIN_PLANNER_DAYS else frozenset()


def known_name(text: str) -> bool:
    """A listed first name, surname or place; not a grammar word that the lists hold too ("Il", "Rien")."""
    return (in_first_names(text) or in_surnames(text)) and not grammar_word(text) or text in places()


def named_in_foreign_line(span: SpacySpan) -> bool:
    """In a foreign line the French model takes ordinary words for names ("heeft", "Wij begeleiden
    sinds", "Die Mutter"): there an entity needs a word known as a first name, a surname or a place."""
    return any(t.text[:1].isupper() and known_name(t.text) and t.lower_ not in vocabulary.foreign_words()
               for t in span)


def _name_evidence(text: str) -> bool:
    """A word that makes a heading's words a name: a listed first name, a listed surname that is no ordinary
    word ("Dupont", not "Bureau", "Chambre"), a place."""
    return in_first_names(text) and not grammar_word(text) or in_surnames(text) and not is_common_word(text) \
        or text in places()


def _at_line_start(span: SpacySpan) -> bool:
    """Nothing but a number, a bullet or spaces before the entity on its line ("5. DEUX SITUATIONS",
    "- Autre", "Parent(s) ou famille")."""
    text = doc_text(span.doc)
    line = text[text.rfind("\n", 0, span.start_char) + 1:span.start_char]
    return not any(c.isalpha() for c in line)


def _heading_token(token) -> bool:
    """A word a heading or a table's row is made of: an ordinary word, a number, a letter, a short
    abbreviation in capitals ("ETP")."""
    text = token.text
    return token.is_stop or is_common_word(text) or any(c.isdigit() for c in text) or len(text) == 1 \
        or text.isupper() and len(text) <= MAX_ABBREVIATION


def _month_part(text: str) -> bool:
    """"Mitte Februar", "eind maart", "early May": the part of a month a German, Dutch or English writer names."""
    words = text.split()
    return len(words) == 2 and month_part(*words)


# the endings of French derived nouns ("télévigilance", "parentalité", "autonomisation"), which a name in lower case
# no list holds hardly has
DERIVED_NOUN = re.compile(r"(?:ance|ence|tion|sion|ment|ité|isme|age|ure|logie|thérapie)s?$")
MIN_DERIVED = 8  # letters of such a word ("vigilance"; not "roxance")
MAX_VITAL_DIGITS = 3  # a note's vital sign and its reading: "FC 88", "FR 18", "Sat 97" (not "le groupe ZOO 21")
# the words of other languages no name is made of alone (Dutch, German, English; a family's Italian, Portuguese...)
OTHER_LANGUAGE_WORDS = vocabulary.foreign_words() | vocabulary.family_language_words()
CIVIL_TITLES = vocabulary.civil_titles()
# the rooms of a building a calendar or a letter names after someone ("Salle Magritte", "Auditoire Pasteur", "zaal
# Ensor"): where a meeting is held, no one of the case
ROOM_WORDS = frozenset({"salle", "auditoire", "auditorium", "zaal", "saal", "room"})
WEEKDAYS_NO_SURNAME = frozenset(day[0].lower() for language in ("fr", "nl", "en")
                                for day in vocabulary.weekday_forms(language))


# a hyphen, then "and" in German, Dutch, English or French: the word before it is the first part of a compound whose
# second part the next compound says
SUSPENDED_COMPOUND = re.compile(r"-[^\S\n]+(?:und|oder|en|of|and|or|et|ou)[^\S\n]")


def _civil_title(span: SpacySpan) -> bool:
    """The span opens with a person's civil title ("Mlle Tran", "M. Nguyen"), a name after it."""
    first = span[0].lower_.rstrip(".")
    rest = [t for t in span[1:] if not (t.is_punct or t.is_space)]
    return first in CIVIL_TITLES and bool(rest) and rest[0].text[:1].isupper()


def _after_civil_title(span: SpacySpan) -> bool:
    """The token before ``span`` is a form of address ("M.", "signora", "senhora")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "." and span.start > 1:
        before = span.doc[span.start - 2]
    return before is not None and before.lower_.rstrip(".") in CIVIL_TITLES


def looks_generic(span: SpacySpan, foreign_line: bool = False, person: bool = False) -> bool:
    """Only ordinary words (French, or a phrase Dutch, German or English often write) or a short abbreviation,
    and nothing known as a name or place; or, in a line of Dutch, German or English (``foreign_line``),
    nothing known as a name or place at all; for a ``person``, ordinary words and a place but no first name or
    surname."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if note_abbreviation(span.text, doc_text(span.doc), span.end_char):
        return True  # "Sous-dir. voulait", "1er trim. pas sorti": a note's abbreviation of a word
    if len(words) == 1 and SUSPENDED_COMPOUND.match(doc_text(span.doc), span.end_char - span.text.endswith("-")):
        return True  # "Bau- und Möbelschreinerei", "Kinder- en Jeugdpsychiatrie": a compound's first part, the
        # rest said once for two
    if len(words) == 1 and cut_word_of_text(words[0].text, doc_text(span.doc), words[0].idx + len(words[0].text)):
        return True  # "Glyc 2,34" in a log that writes "Glycémie à jeun": a word the note cuts short
    if words and all(t.lower_ in vocabulary.foreign_words() for t in words):
        return True  # "Von", "Betreff", "Die": a mail header's label or a function word of another language
    if words and all(t.lower_ in OTHER_LANGUAGE_WORDS for t in words) and not _after_civil_title(span):
        return True  # "Ciao", "Desculpa", "Moien": a family's message in Italian, Portuguese or Luxembourgish (not
        # "M. Cittadino": a surname after a title)
    if person and len(words) >= 2 and words[0].lower_ in ROOM_WORDS and not words[0].text.isupper() \
            and not in_first_names(words[1].text):
        return True  # "Emplacement : Salle Magritte": a room of a building named after someone, no one of the case
        # (not a surname first: "SALLE Marie", "Salle Noémie")
    if len(words) == 1 and words[0].lower_ in WEEKDAYS_NO_SURNAME and not _after_civil_title(span) \
            and not in_first_names(words[0].text):
        return True  # "Subject: Thursday + ...": a day of the week alone (not German's: Freitag, Montag, Sonntag are
        # surnames of the East Cantons; nor one the lists hold as a first name: Sunday, Monday, Friday)
    parts = [part.lower().rstrip(".") for part in RANGE_PARTS.split(span.text) if part]
    if len(parts) > 1 and RANGE_MARK.search(span.text) and any(len(part) > 3 for part in parts) \
            and all(part in vocabulary.calendar_forms() for part in parts):
        return True  # "(moyenne janv.–mars 2025)", "lundi-vendredi": a range of months or days
    if len(words) == 1 and words[0].lower_ in dates.WEEKDAY_LETTERS \
            and DATE_AFTER_WEEKDAY.match(doc_text(span.doc), span.end_char) \
            and span.start_char in _planner_weekdays(doc_text(span.doc)):
        return True  # "| Lu | 04/03 | 8h15 |", "Je 14/03 – repassage": a planner's weekday in two letters before its
        # day and month, in the next cell or the same line, where the text so writes three weekdays or more that
        # agree with their dates (not children named Lu, Ma and Di in an attendance table: "| Lu | 14/03 | oui |")
    if len(words) == 1 and foreign_line and foreign_relation_word(words[0].text):
        return True  # "Dad", "Mum" in an English line: a relation's word
    if not person and len(words) == 1 and foreign_noun(words[0]):
        return True  # "Overleg", "Vergadering": one ordinary Dutch, German or English noun, no list's name
    if words and foreign_line and not named_in_foreign_line(span):
        return True
    if _month_part(span.text) or len(words) == 1 and span.start > 0 \
            and month_part(span.doc[span.start - 1].text, words[0].text):
        return True  # "seit Mitte Februar", "eind maart", "Ende [April]": a part of a month
    if len(words) == 1 and span.end < len(span.doc) and vocabulary.month_and_year(words[0].text,
                                                                                     span.doc[span.end].text):
        return True  # "bis August 2024", "in June 2025": a month and its year, not the first name
    if len(words) == 2 and words[0].text in vocabulary.VITAL_SIGNS \
            and words[1].text.isdigit() and len(words[1].text) <= MAX_VITAL_DIGITS:
        return True  # "FC 88", "FR 18": a vital sign's abbreviation and its reading (no name is letters and a count)
    if len(words) == 1 and DOSE.match(doc_text(span.doc), span.end_char):
        return True
    if words and BRACKETED_PLURAL.match(doc_text(span.doc), words[0].idx):
        return True
    if len(words) > 1 and _at_line_start(span) and all(_heading_token(t) for t in words) \
            and not any((known_name if NAME_SHAPED.fullmatch(span.text) else _name_evidence)(t.text) for t in words):
        return True  # a row's or a heading's words ("Soit 6,9 ETP", "École / Centre", "Bureau régional"); a
        # first name among them makes it a name, and so does any listed name when the words are shaped like a
        # name, capitalised words and nothing else ("Pierre Petit", "Noël Marchand", "Situation Marchand")
    if person and len(words) == 1 and opens_locution(words[0]):
        return True  # "Grâce à la déléguée": a word and the preposition it governs, not the first name
    if person and words and all(_plain_or_place(t) for t in words) \
            and any(t.text not in places() and not t.is_stop for t in words):
        return True  # a word and a place, no first name or surname: "Kind Anderlecht", "vestiging Vilvoorde" (the
        # place is found as a place)
    if not words or any(known_name(t.text) for t in words) or span.text in places():
        return False
    if len(words) == 1:
        text = words[0].text
        if text.islower() and (words[0].is_stop or is_chat_word(text)) or text.isupper() and is_chat_word(text):
            return True  # ("mdr", and shouted: "MDRRRR", "PTDR")
        if any(c.isdigit() for c in text):
            return True
        if text.islower() and len(text) >= MIN_DERIVED and DERIVED_NOUN.search(text):
            return True  # "d'accord pour télévigilance": a derived noun in lower case that the lexicon lacks, no name
            # either list holds (a name in lower case is one they hold: "cest ramona")
        if len(text) <= MAX_ABBREVIATION and (text.isupper() or span.end < len(span.doc)
                                              and span.doc[span.end].text == "."):
            return True
    # ordinary words of French, or, in a line of another language or a form's label ("Geboortedatum :",
    # "Bisherige Anschrift :", "Huisarts :"), of Dutch, German or English; in a French sentence a German word is
    # as likely a surname ("la famille Krüger")
    # (or, for a person, a kept term the lexicon lacks, an application's or a body's name: "Message WhatsApp envoyé";
    # a place's name may hold one: its other words are the name's)
    foreign = (foreign_line or _label(span)) and _plural_foreign(words) and "," not in span.text
    return all(is_word(t.text) or is_word(lemma(t.text)) or t.is_stop or foreign and foreign_word(t.text)
               or person and len(words) > 1 and fold(t.text) in default_keep_terms() for t in words)


def _kind_first(span: SpacySpan) -> bool:
    """A place's or an organisation's name after a lower-case common noun of its kind ("paroisse Saint-Étienne",
    "commune Ittre"), the noun not a street type ("rue Haute")."""
    return len(span) >= 2 and span[0].is_lower and span[0].is_alpha and is_word(span[0].text) \
        and span[1].text[:1].isupper() and span[0].lower_ not in STREET_TYPES


def _plural_foreign(words: list) -> bool:
    """Two words or more, none a family word or a title: a single Dutch, German or English word may be a
    surname those languages also write as a word ("Krüger", "Koning", "Scholz"), and so may the word after
    "Familie", "gezin", "Frau"."""
    return len(words) >= 2 and not any(t.lower_ in FAMILY_OR_TITLE for t in words)


def _label(span: SpacySpan) -> bool:
    """The entity is in a form's label (before its line's colon) or is a heading line of its own."""
    text = doc_text(span.doc)
    return vocabulary.in_form_label(text, span.start_char, span.end_char) \
        or _at_line_start(span) and re.match(r"[^\S\n]*(?:\n|$)", text[span.end_char:]) is not None


def _name_in_foreign_line(token) -> bool:
    """A capitalised word that is no function word of Dutch, German or English and no ordinary noun of theirs
    (German capitalises its nouns: "Übergabe", "Akte"), unless listed as a name."""
    text = token.text
    return text[:1].isupper() and token.lower_ not in vocabulary.foreign_words() \
        and (known_name(text) or not foreign_word(text))


def _foreign_name_runs(span: SpacySpan) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words in ``span`` (particles and punctuation between them
    included) that holds a name's word or follows a family word or a title, cut at lower-case words and at
    function words; a run starts at its first name word or after the family word ("der Akte Kohnen" ->
    "Kohnen", "Familie Krüger" -> "Krüger")."""
    runs, start, end, after_family = [], None, None, False
    for token in span:
        if token.is_punct or token.is_space or start is not None and is_particle(token):
            continue
        if token.is_lower or token.lower_ in vocabulary.foreign_words():
            if start is not None:
                runs.append((start, end))
            start, after_family = None, token.lower_ in FAMILY_OR_TITLE
        elif start is None:
            if token.lower_.rstrip(".") in FAMILY_OR_TITLE:
                after_family = True
            elif after_family or _name_in_foreign_line(token):
                start, end = token.idx, token.idx + len(token.text)
        else:
            end = token.idx + len(token.text)
    if start is not None:
        runs.append((start, end))
    return runs


def _plain_or_place(token) -> bool:
    """A Belgian place, or an ordinary word (French, or Dutch, German, English in lower case: "vestiging") that
    no name list holds."""
    text = token.text
    if text in places():
        return not in_first_names(text)
    return not (in_first_names(text) or in_surnames(text)) and (
        token.is_stop or is_word(text) or is_word(lemma(text)) or token.is_lower and foreign_word(text))


def _ordinary(token) -> bool:
    """A word of the message around a name rather than a name ("jsuis", "pas", "beau", "gare", "afdeling")."""
    text = token.text
    return (len(text) < 2 or token.is_stop or is_chat_word(text) or is_common_word(text)
            or (is_word(text) or is_word(lemma(text)) or foreign_word(text)) and not known_name(text))


def lower_case_core(span: SpacySpan) -> tuple[int, int] | None:
    """Characters of an entity written all in lower case (a text message) that may be a name.

    On such text the NER runs entities over the words around a name ("madame c dima jsuis pas rentré
    mon beau pere ma", "vlad svp", "gare de braine"): the ordinary words at both ends go; if ordinary
    words are still left between the others (not a name's particle: "de", "van"), the entity is
    dropped, the names in it being found by the name lists and propagation."""
    tokens = [t for t in span if not (t.is_punct or t.is_space)]
    while tokens and _ordinary(tokens[0]):
        tokens.pop(0)
    while tokens and _ordinary(tokens[-1]):
        tokens.pop()
    if not tokens or any(_ordinary(t) and not is_particle(t) for t in tokens):
        return None
    return _extent(tokens)


def _extent(tokens) -> tuple[int, int]:
    """Characters from the first token's start to the last token's end."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _heading_word(token) -> bool:
    """A capitalised ordinary word that opens a heading or a form's field ("Parole de", "Date",
    "Parent / responsable"); a first name or a place that is also a word ("Rose", "Bouge") is not one."""
    text = token.text
    return text[:1].isupper() and is_common_word(text) and not in_first_names(text) and text not in places()


def person_core(span: SpacySpan) -> tuple[int, int] | None:
    """Characters of a PERSON entity that may be a name: not a heading's word before "de" ("Parole de
    Matteo" -> "Matteo"); nothing when the entity is such a word alone, with no title before it."""
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return None
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if len(tokens) == 1 and (before in NOUN_ARTICLES
                             or before in MONTH_PREPOSITIONS and tokens[0].lower_ in vocabulary.month_names()):
        return None  # "in het Frans", « nicht ins Heim »: a Dutch or German noun after its article; "from April"
    # "son oncle Omar de Seraing": a first name and where the person lives, two entities (the place is the
    # place recogniser's)
    # and "Lina den Kindergarten in Kelmis" (German: "Lina ... the kindergarten"): in a German line, a first name,
    # an article, then an ordinary noun that no list holds as a name (in a French sentence "Ilse den Ouden" is a
    # surname)
    for k in range(1, len(tokens) - 1):
        rest = tokens[k + 1:]
        if in_first_names(tokens[k - 1].text) and (
                tokens[k].lower_ in ("de", "d'", "d’") and span.doc[rest[0].i:rest[-1].i + 1].text in places()
                or tokens[k].lower_ in GERMAN_ARTICLES and not is_particle(rest[0])
                and foreign_noun(rest[0]) and vocabulary.in_foreign_line(doc_text(span.doc), span.start_char,
                                                                         span.end_char)):
            tokens = tokens[:k]
            break
    if len(tokens) > 2 and _heading_word(tokens[0]) and tokens[1].lower_ in ("de", "du", "des"):
        tokens = tokens[2:]
    elif len(tokens) == 1 and _heading_word(tokens[0]):
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if before not in TITLES:
            return None
    return _extent(tokens)


def _part(result: RecognizerResult, start: int, end: int) -> RecognizerResult:
    """A piece of an entity, with its type, score and provenance."""
    return RecognizerResult(result.entity_type, start, end, result.score, result.analysis_explanation,
                            result.recognition_metadata)


def _cells(text: str, result: RecognizerResult) -> list[RecognizerResult]:
    """An entity spaCy runs over column gaps, as one entity per cell (each then checked like any entity)."""
    pieces, start = [], result.start
    for gap in [*COLUMN.finditer(text, result.start, result.end), None]:
        end = result.end if gap is None else gap.start()
        if text[start:end].strip():
            pieces.append(_part(result, start, end))
        if gap is not None:
            start = gap.end()
    return pieces or [result]


def _known_name_run(run) -> bool:
    return any(in_first_names(t.text) or in_surnames(t.text) for t in run)


def _name_runs(text: str, doc, result: RecognizerResult) -> list[RecognizerResult]:
    """A person's entity holding capitals, cut at its lower-case words: no name holds an ordinary word
    written in lower case ("leerling BENSALAH Yassine" -> "BENSALAH Yassine", "Marie Dupont épouse Martin" ->
    two), a particle ("van der Elst", "de Smet") or a title excepted; each piece with a capital is one entity
    (then checked like any). An entity written all in lower case (a text message) is left as it is."""
    if result.entity_type != "PERSON":
        return _unknown_words_out(text, doc, result)
    span = doc.char_span(result.start, result.end, alignment_mode="expand")
    if span is None or not any(c.isupper() for c in span.text):
        return [result]
    tokens = list(span)
    if opens_greeting([t.text for t in tokens if not t.is_space], lambda word: word.lower().rstrip(".")
                      in FAMILY_OR_TITLE, text, result.start, result.end):
        tokens.pop(0)  # "Beste Geoffrey," opening a mail ("Lieve Janssens," in a list is a name)
    runs, current = [], []
    for token in tokens:
        if token.is_alpha and token.is_lower and len(token.text) > 1 and not is_particle(token) \
                and token.lower_.rstrip(".") not in FAMILY_OR_TITLE:
            runs.append(current)
            current = []
        elif not token.is_space:
            current.append(token)
    runs.append(current)
    named = [run for run in runs if any(c.isupper() for t in run for c in t.text)]
    # when a piece holds a known first name or surname, pieces made only of ordinary words (of French or of
    # another language) are the words around it ("Doorverwijzing leerling Emre Y." -> "Emre Y.", "Ik heb
    # Yassine" -> "Yassine"); a piece with a word no lexicon holds is a name too ("Marie Dupont épouse Zwartkop")
    if any(_known_name_run(run) for run in named):
        named = [run for run in named if _known_name_run(run) or not all(_ordinary(t) for t in run if t.is_alpha)]
    if len(named) == 1 and _extent(named[0]) == (result.start, result.end):
        return [result]
    return [_part(result, *_extent(run)) for run in named]


def _unknown_words_out(text: str, doc, result: RecognizerResult) -> list[RecognizerResult]:
    """A place or a service read across a word in lower case that no lexicon holds, in a line of a language the
    model does not know (``unknown_language_line``: "Nathan awa na Limete", Lingala for "Nathan here in Limete"; not
    "Les Otaries wavriennes", "Klinik am Hertogenwald") is cut there: each piece from
    its first capitalised word on ("Nathan", "Limete"). A place's own lower-case words are French ("rue du
    Calvaire", "Braine-le-Comte") or joined to it by hyphens; one written all in lower case (a message's) is left as
    it is."""
    span = doc.char_span(result.start, result.end, alignment_mode="expand")
    if span is None or not unknown_language_line(text, result.start) or not any(c.isupper() for c in span.text) \
            or not any(_unknown_lower(t) and not t.text.startswith("-") and t.whitespace_ and t.i > span.start
                       and not doc[t.i - 1].text.endswith("-") for t in span):
        return [result]
    pieces, current = [], []
    for token in span:
        if _unknown_lower(token):
            pieces.append(current)
            current = []
        else:
            current.append(token)
    pieces.append(current)
    found = []
    for piece in pieces:
        while piece and not piece[0].text[:1].isupper():
            piece = piece[1:]
        while piece and not piece[-1].text[:1].isupper():
            piece = piece[:-1]
        if piece:
            found.append(_part(result, *_extent(piece)))
    return found


def _unknown_lower(token) -> bool:
    """A word in lower case that no French lexicon holds, no surname's particle ("awa", "na" of Lingala)."""
    return token.is_alpha and token.is_lower and not is_word(token.text) and not is_particle(token)


class FrenchNerRecognizer(SpacyRecognizer):
    ENTITIES = ["PERSON", "LOCATION", "ORGANIZATION"]

    def __init__(self) -> None:
        super().__init__(supported_language=LANGUAGE, supported_entities=self.ENTITIES)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is None:
            return results
        kept = []
        for result in (piece for found in results for cell in _cells(text, found)
                       for piece in _name_runs(text, doc, cell)):
            # an entity never runs over a line break, a column gap ("Costa          Date de naissance")
            # or a closing quote ("« La Fabrik » le soir")
            gap = LAYOUT_BREAK.search(text, result.start, result.end)
            if gap:
                result.end = gap.start()
            # nor does any open with a note's part's letter ("O/ Plaie propre", "P/ Flixotide 2x/j": the subjective,
            # objective, assessment and plan of a consultation's note)
            label = NOTE_PART.match(text, result.start, result.end)
            if label:
                result.start = label.end()
            # nor does a person's name run over a spaced dash, slash or colon ("Yassine – Date : ...")
            # (read on past its end: what follows a nickname's closing quote tells whether the name goes on)
            gap = PERSON_BREAK.search(text, result.start, min(len(text), result.end + NICKNAME_REACH)) \
                if result.entity_type == "PERSON" else None
            if gap and gap.start() < result.end:
                result.end = gap.start()
            # (read on past the entity's end: what follows the digits tells an address's number)
            gap = DATE_AFTER.search(text, result.start, result.end) or (
                DIGITS_AFTER_NAME.search(text, result.start, result.end + AFTER_DIGITS)
                if result.entity_type == "PERSON" else None)
            if gap and gap.start() < result.end and gap.end() <= result.end:
                result.end = gap.start()
            end = next((m.end(1) for m in SENTENCE_END.finditer(text, result.start, result.end)
                        if m.group(1).lower() not in TITLES), None) if result.entity_type == "PERSON" else None
            if end is not None:
                result.end = end
            # no entity runs over a sentence's end into the next one's pronoun or article ("sans CE2D. Il a ensuite")
            gap = next((m for m in NEXT_SENTENCE.finditer(text, result.start, result.end)
                        if m.group(1).lower() not in TITLES and f"{m.group(1).lower()}." not in TITLES),
                       None)  # (not after a title: "Dr. Le Gall", "Mevr. De Smet")
            if gap:
                result.end = gap.end(1)
            if not text[result.start:result.end].strip():
                continue  # the entity began with the break ("\nDupont" cut at the line break): nothing left
            span = doc.char_span(result.start, result.end, alignment_mode="expand")
            if span is not None and result.entity_type == "PERSON":
                core = person_core(span)
                if core is None:
                    continue
                if core != (result.start, result.end):
                    result.start, result.end = core
                    span = doc.char_span(result.start, result.end, alignment_mode="expand")
            if span is not None and result.entity_type != "PERSON" and len(span) >= 2 and _civil_title(span):
                # "puis Mlle Tran à Paris" read as a place: a title opens a person's name (the title stays)
                result.entity_type = "PERSON"
                result.start = next(t.idx for t in span[1:] if not (t.is_punct or t.is_space))
                span = doc.char_span(result.start, result.end, alignment_mode="expand")
            if span is not None and result.entity_type != "PERSON" and _kind_first(span):
                # "la paroisse Saint-Étienne": the kind stays, the name goes (a street keeps its type: the
                # street recogniser takes it whole)
                result.start = span[1].idx
                span = doc.char_span(result.start, result.end, alignment_mode="expand")
            if span is not None and not any(c.isupper() for c in span.text):
                core = lower_case_core(span)
                if core is None:
                    continue
                result.start, result.end = core
                span = doc.char_span(result.start, result.end, alignment_mode="expand")
            foreign_line = span is not None and vocabulary.in_foreign_line(text, result.start, result.end)
            runs = _foreign_name_runs(span) if foreign_line else []
            if runs:
                runs = [(start, end) for start, end in runs if not _month_part(text[start:end])]  # "seit Mitte Juni"
                if not runs:
                    continue
                # in a Dutch, German or English line the names are the runs of capitalised words that hold one
                # that is no function word nor an ordinary noun ("wij begeleiden Emre Yılmaz" -> "Emre Yılmaz",
                # "Übergabe der Akte Kohnen wegen Umzug" -> "Kohnen", "Dr Smith at Aireside House" -> two)
                whole = doc.char_span(runs[0][0], result.end, alignment_mode="expand")
                if whole is not None and not looks_generic(whole, True, result.entity_type == "PERSON"):
                    kept += [_part(result, start, end) for start, end in runs]
                continue
            if span is None or not looks_generic(span, foreign_line, result.entity_type == "PERSON"):
                kept.append(result)
        return kept
