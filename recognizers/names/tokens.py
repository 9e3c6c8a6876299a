"""Token tests shared by the name recognisers (spaCy tokens from the one parse Presidio made)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from anonymizer.models.lexicon import (
    abbreviates_words,
    is_common_word,
    is_foreign_compound,
    is_foreign_word,
    is_never_french,
    is_word,
)
from anonymizer.recognizers.lookup import (  # noqa: F401 - the name tests live with the lists
    NATIVE_LETTERS,
    first_names,
    foreign_places,
    in_first_names,
    in_surnames,
    is_chat_word,
    load_list,
    name_form,
    places,
    surnames,
)
from spacy.tokens import Doc, Token

from anonymizer import vocabulary
from anonymizer.surrogates import gender_of_first_name, opens_gendered_first_name


def doc_text(doc: Doc) -> str:
    """The text ``doc`` was parsed from, computed once per doc (spaCy's ``Doc.text`` joins every token again
    on each access: in a loop over entities or tokens that is quadratic)."""
    text = doc.user_data.get("anonymizer.text")
    if text is None:
        text = doc.user_data["anonymizer.text"] = doc.text
    return text




# Lower-case particles of compound surnames: Van der Linden, El Idrissi (anonymizer/vocabulary/particles.txt)
PARTICLES = vocabulary.particles()


def foreign_word(text: str, compounds: bool = False) -> bool:
    """A word Dutch, German or English often write and French does not (``lexicon.is_foreign_word``; with
    ``compounds``, also a compound of two: ``lexicon.is_foreign_compound``), neither in capitals (an acronym:
    "CHR") nor a place, Belgian or abroad, however written ("charleroi", "Aachen")."""
    return not text.isupper() and (is_foreign_word(text) or compounds and is_foreign_compound(text)) \
        and name_form(text) not in places() and name_form(text) not in foreign_places()


def never_french_word(text: str) -> bool:
    """A word of Dutch, German or English too rare for :func:`foreign_word` that French never writes
    (``lexicon.is_never_french``: "Verfasserin", "schriftje"), not in capitals, nor a place, Belgian or abroad
    ("Würselen")."""
    return not text.isupper() and is_never_french(text) and name_form(text) not in places() \
        and name_form(text) not in foreign_places()


# "grâce à", "face au": a word that opens a prepositional locution with "à" is no first name before it, whatever the
# NER says ("Grâce à la déléguée"); a first name that is also an ordinary word stays one ("Claire au CPAS")
LOCUTION_HEADS = frozenset({"grâce", "face", "suite", "quant", "jusque", "conformément", "contrairement",
                            "relativement"})
GOVERNED = frozenset({"à", "au", "aux"})


def opens_locution(token: Token) -> bool:
    """A word that opens a locution with "à" before it: "Grâce à la déléguée" (not the first name)."""
    nxt = token.i + 1
    return token.lower_ in LOCUTION_HEADS and nxt < len(token.doc) and token.doc[nxt].lower_ in GOVERNED


# German articles: before an ordinary noun in a German line they open no surname ("Lina den Kindergarten")
GERMAN_ARTICLES = frozenset({"den", "der", "dem", "die", "das"})
# the prepositions before a month alone, in French, Dutch, German and English ("en juillet", "in July", "seit Juni")
MONTH_PREPOSITIONS = frozenset({"en", "in", "im", "since", "until", "till", "during", "from", "sinds", "tot", "seit",
                                "bis", "ab", "vanaf", "depuis", "dès"})
# the part of a month a German, Dutch or English writer names before it ("Mitte Februar", "eind maart", "early May"):
# a listed first name too ("Mitte"), a name never before a month's name
MONTH_PARTS = frozenset({"anfang", "mitte", "ende", "begin", "midden", "eind", "einde", "early", "mid", "late"})


def month_part(word: str, following: str) -> bool:
    """``word`` names a part of the month ``following`` names: "Mitte Februar", "eind maart", "early May"."""
    return word.lower() in MONTH_PARTS and following.lower() in vocabulary.month_names()
# articles of Dutch and German that French never writes and that spoken German does not put before a first name
# ("beim Kevin", "zur Jana" it does): a noun follows them ("in het Frans", « nicht ins Heim », "eine Tante")
NOUN_ARTICLES = frozenset({"het", "een", "ein", "eine", "einen", "einem", "einer", "ins"})


def foreign_noun(token: Token) -> bool:
    """An ordinary word of Dutch, German or English that no list holds as a name and French does not write
    (French words after a particle may be a surname: "de Ville"): "den Kindergarten" is no surname."""
    text = token.text
    return not (in_first_names(text) or in_surnames(text)) and foreign_word(text) and not is_word(text)


def is_cap(token: Token) -> bool:
    """Starts with a capital letter and has a letter after it ("Kevin", "DUMOULIN", "N'Diaye")."""
    text = token.text
    return len(text) >= 2 and text[0].isupper() and any(c.isalpha() for c in text[1:])


def is_caps(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isupper() and token.text.replace("-", "").replace("'", "").isalpha()


def is_particle(token: Token) -> bool:
    return token.lower_ in PARTICLES


def is_namey(token: Token) -> bool:
    """A capitalised token that is not an ordinary word, or is a known surname."""
    if not is_cap(token) or any(c.isdigit() for c in token.text):
        return False
    return not is_word(token.text) or in_surnames(token.text) or in_first_names(token.text)


SALUTATIONS = vocabulary.salutations()


def opens_greeting(words: list[str], is_title: Callable[[str], bool], text: str, start: int, end: int) -> bool:
    """The first of ``words`` (an entity ``text[start:end]``) is a greeting opening a letter or a message, no part
    of the name: a salutation word, then a first name or a title (``is_title``), at a line's start, closed by a
    comma ("Beste Geoffrey,", "Cher Monsieur Lambert,"); a salutation word that is also a first name ("Lieve")
    only before a single first name, or a kunya and its name, and a comma or "!" ("Lieve Marie Peeters", "Lieve
    Martin" signing a mail are names; "Marhaba Abou Omar," greets a father). The line may open with a message's
    stamp and sender ("21:14 – Frédéric : Bonsoir Najib,")."""
    if len(words) < 2 or words[0].lower() not in SALUTATIONS:
        return False
    named = in_first_names(words[0])
    kunya = words[1].lower() in vocabulary.kunyas()  # "Marhaba Abou Omar,": the father of Omar, greeted
    return (in_first_names(words[1]) or is_title(words[1]) or kunya) \
        and (len(words) == 2 or not named or is_title(words[1]) or kunya and len(words) == 3) \
        and vocabulary.greeting_line(text, start, end, named and not kunya)


# a file's name as a mail's attachments or a form's appendix list it ("PV_conseil_classe_P4.docx")
FILE_NAME = re.compile(r"[^\s;,()«»\"<>|]+?\.(?i:docx?|odt|pdf|xlsx?|ods|csv|pptx?|txt|rtf|msg|eml|jpe?g|png|gif|heic"
                       r"|zip|mp[34]|m4a|wav|ogg)(?![\w.])")
MAX_FILE_NAME = 120


def words_joined(text: str) -> bool:
    """French words joined by underscores: a form's or a spreadsheet's field or tab ("date_naissance",
    "Dossiers_en_cours", "boite_postale", "carnet_rose"), not a name written so: no listed name written with its
    capital ("Jean_Pierre", "Claire_Fontaine"), no listed first name that is no common word ("lucas_vermeulen") and
    not only listed names ("marie_claire")."""
    parts = [part for part in text.split("_") if part]
    return bool(parts) and all(part.isalpha() and (is_word(part.lower()) or part.lower() in vocabulary.stop_words())
                               and not _name_part(part) for part in parts) \
        and not all(in_first_names(part.capitalize()) or in_surnames(part.capitalize()) for part in parts)


def _name_part(part: str) -> bool:
    listed_first = in_first_names(part.capitalize())
    return part[:1].isupper() and (listed_first or in_surnames(part.capitalize())) \
        or listed_first and not is_common_word(part.lower())


def file_name_without_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies in a file's name whose parts are words, acronyms and numbers only, no name
    ("PV_conseil_classe_P4.docx"; not "Yanis_BENALI_absences.pdf", whose name the rules for names find)."""
    opening = start
    while opening > max(0, start - MAX_FILE_NAME) and not text[opening - 1].isspace():
        opening -= 1
    found = FILE_NAME.match(text, opening)
    if found is None or found.end() < end:
        return False
    stem = found.group()[:found.group().rfind(".")]
    if sum(len(run) for run in re.findall(r"\d+", stem) if not re.fullmatch(r"(?:19|20)\d\d", run)) >= 3:
        return False  # a number or a date in it may be a file's: "Rapport_2024-117.pdf", "capture_10-03-2024.png"
    parts = re.split(r"[\W_\d]+", stem)
    # (a month, a weekday, a feast or a function word of Dutch, German or English is no name either:
    # "verslag_juni.docx", "bijlage_van_de_school.pdf"; an ordinary word of theirs may be a surname, "Molenaar")
    return not any(gender_of_first_name(part) is not None or in_surnames(part.capitalize())
                   or not is_word(part.lower()) and len(part) > 3 and part.lower() not in FILE_NAME_WORDS
                   for part in parts if len(part) >= 2)


FILE_NAME_WORDS = vocabulary.calendar_words() | vocabulary.holidays() | vocabulary.foreign_words()


def foreign_relation_word(text: str) -> bool:
    """A relation's word of Dutch, German or English ("Dad", "Mum", "Oma"): in a line of that language, no name (an
    Italian "zia" after a German article may be one: "mit der Zia")."""
    return text.lower() in vocabulary.kinship_words() and foreign_word(text)


ABBREVIATION = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def note_abbreviation(word: str, text: str, end: int) -> bool:
    """``word``, ending at ``end`` in ``text``, is a note's abbreviation of French words before its full stop
    ("Sous-dir. voulait", "1er trim. pas sorti"): each part a word or the opening of one, and no listed first name
    or surname or place ("Jean. : retour chez la mère", "Vu Lou. elle a dormi", "Champion. (le père)"), unless in
    lower case after a number or a determiner ("le 1er trim.", "du trim.")."""
    if word.endswith(".") and text[end - 1:end] == ".":
        word, end = word[:-1], end - 1  # (the model's span holds the full stop: "Abs. injust.")
    if ABBREVIATION.fullmatch(word) is None or vocabulary.ABBREVIATION_DOT.match(text, end) is None \
            or not abbreviates_words(word):
        return False
    listed = in_first_names(word) or in_surnames(word.capitalize()) or word.capitalize() in places()
    return not listed or word.islower() and ABBREVIATED_AFTER.search(text, max(0, end - len(word) - 12),
                                                                     end - len(word)) is not None \
        or label_abbreviation(word, text, end)


def label_abbreviation(word: str, text: str, end: int) -> bool:
    """``word``, before a full stop and a colon at ``end``, abbreviates a French word the text writes in full ("Trad. :"
    of a log that writes "ma traduction suit"), however the name lists hold it."""
    return LABEL_DOT.match(text, end) is not None and _written_in_full(word, text)


LABEL_DOT = re.compile(r"\.[^\S\n]*:")  # a label's abbreviation and its colon: "Trad. :", "Obs. :"


def _written_in_full(word: str, text: str) -> bool:
    """The text writes a French word that ``word`` opens, two letters longer or more, no listed name; and ``word`` is
    no first name the lists gender nor the opening of one, no surname: "Trad. :" of a log that writes "ma traduction
    suit" (a first name the lists hold without a gender); not "Cath. :" beside "école catholique" (Catherine),
    "Parent. :" beside "parentalité" (Mme Parent)."""
    if len(word) < MIN_CUT_WORD or gender_of_first_name(word.capitalize()) is not None \
            or opens_gendered_first_name(word) or in_surnames(word.capitalize()):
        return False
    return any(is_word(longer.lower()) and not in_first_names(longer.capitalize())
               and not in_surnames(longer.capitalize()) for longer in _words_opened_by(word, text))


MIN_CUT_WORD = 4  # letters of a word a note cuts short ("Glyc" of "Glycémie", "hospit" of "hospitalisation")
MIN_CUT_OFF = 2  # ... and letters it cuts off at least
# what a note writes after a cut word: "Glyc 1,62", "Vomiss ++"
MEASURE_AFTER = re.compile(r"[^\S\n]*(?:\d+[,.]\d|\+\+)")  # (a decimal: "Chapel 2 fois", "Pastor : 2 appels" are names)


def cut_word_of_text(word: str, text: str, end: int) -> bool:
    """``word``, ending at ``end`` in ``text``, is the opening of a French word ``text`` writes in full too, as a note
    cuts a word it repeats before a measure ("Glyc 2,34" where the log wrote "Glycémie à jeun"; "Scola dit que..."
    beside "scolarité" is a name), and no listed first name or surname."""
    if len(word) < MIN_CUT_WORD or not word.isalpha() or in_first_names(word) or in_surnames(word.capitalize()) \
            or not MEASURE_AFTER.match(text, end):
        return False
    return any(is_word(longer) for longer in _words_opened_by(word, text))


def _words_opened_by(word: str, text: str) -> Iterator[str]:
    """The words of ``text`` that ``word`` opens, MIN_CUT_OFF letters longer or more, in any case ("traduction" of
    "Trad", "Glycémie" of "Glyc")."""
    pattern = rf"(?<![\w'’-]){re.escape(word)}[^\W\d_]{{{MIN_CUT_OFF},}}"
    return (found.group() for found in re.finditer(pattern, text, re.IGNORECASE))


# what comes before a word's abbreviation in lower case: a number ("1er", "2e") or a determiner ("le", "du")
ABBREVIATED_AFTER = re.compile(r"(?:\b\d+(?:er|re|e|ème)?|\b(?:le|la|les|du|des|au|ce|chaque))[^\S\n]+$")


# a note's legend of its abbreviations: "Abrév. : Pt = patient ; Cs = consultation ; Mè = mère", an entry a short
# word or code, "=", what it stands for, up to a semicolon, a comma or the line's end
LEGEND_ENTRY = re.compile(r"(?<![\w.])([^\W\d_][^\W_]{0,4})\.?[^\S\n]*=[^\S\n]*([^;,=\n]+?)[^\S\n]*(?=[;,\n]|$)")
LEGEND_LABEL = re.compile(r"(?i:[^\S\n]*(?:abr[ée]v(?:iations?|\.)?|l[ée]gende|lexique|sigles)[^\S\n]*:)")
MIN_LEGEND_ENTRIES = 2  # entries a line without a legend's label holds before it is read as one
LEGEND_FUNCTION_WORDS = frozenset("de du des la le les l d à au aux en et ou".split())


@functools.lru_cache(maxsize=8)
def legend_entries(text: str) -> tuple[tuple[str, int, int, bool], ...]:
    """A note's legend of its abbreviations: each entry's short form, where its long form stands in ``text`` and
    whether its line opens with a legend's label ("Abrév. :", "Légende :"); a line with such a label or holding two
    entries or more ("Pt = patient ; Cs = consultation")."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        entries = list(LEGEND_ENTRY.finditer(line.group()))
        labelled = LEGEND_LABEL.match(line.group()) is not None
        if entries and (len(entries) >= MIN_LEGEND_ENTRIES or labelled):
            found += [(e.group(1), line.start() + e.start(2), line.start() + e.end(2), labelled) for e in entries]
    return tuple(found)


@functools.lru_cache(maxsize=8)
def legend_abbreviations(text: str) -> frozenset[str]:
    """The short forms a note's legend, after its label ("Abrév. :", "Légende :"), spells out in ordinary lower-case
    words ("Cs = consultation", "Mè = mère", "IN = idées noires"); not one whose long form holds a capitalised word or
    a digit ("ZB = fils aîné Zelimkhan", "VD = M. Vakha Dzhabrailov": a person's initials), nor a listed name ("Ben =
    bénéficiaire, Max = maximum": "son frère Max" is a person). (Without a label, "Présences : Jade = présente, Lina =
    absente" is a note on each child.)"""
    return frozenset(short for short, start, end, labelled in legend_entries(text)
                     if labelled and not _listed_name(short)
                     and all(word.isalpha() and word.islower() and (is_word(word) or word in LEGEND_FUNCTION_WORDS)
                             for word in re.split(r"[\s'’()/-]+", text[start:end]) if word))


def _listed_name(word: str) -> bool:
    """A first name, a surname or a place of the lists."""
    return in_first_names(word.capitalize()) or in_surnames(word.capitalize()) or word.capitalize() in places()


MIN_UNKNOWN_LINE_WORDS = 6  # lower-case words a line needs before its language is judged (a message's few words
# may be shorthand: "bientot zeyno jte promet")
UNKNOWN_LINE_SHARE = 0.5  # ... and more than this share of them no lexicon holds: a message in Lingala, Dari in
# Latin letters


def unknown_language_line(text: str, at: int) -> bool:
    """The line at ``at`` is mostly in a language none of the lexicons holds (French, Dutch, German, English): more than
    half its lower-case words are no word of theirs, no chat shorthand and no listed name ("Bana bazali malamu?
    Nasololi na ndeko na ngai")."""
    line = vocabulary.line_around(text, at, at)
    words = list(dict.fromkeys(w for w in re.findall(r"[^\W\d_]{2,}", line) if w.islower()))  # (each word once)
    if len(words) < MIN_UNKNOWN_LINE_WORDS:
        return False
    unknown = sum(1 for w in words if not is_word(w) and not foreign_word(w) and not is_chat_word(w)
                  and not in_first_names(w.capitalize()) and not in_surnames(w.capitalize()))
    # (a family's language's words count: "mbote"; a chat's shorthand and names do not: "wsh ines cest yassine")
    return unknown > UNKNOWN_LINE_SHARE * len(words)
