"""French vocabulary the recognisers and the stages share, as data files beside this module.

One file per kind of word (titles, surname particles, months and weekdays in French, Dutch, German and
English, street types), each with its source in its header; one parser for every one-term-per-line list
of the project (``#`` comments, blank lines ignored: :func:`entries`), and one matching policy: terms are
stored as written in lower case (German nouns keep their capital) and compared on the token's lower-case
form, or folded (accents and case removed, :func:`anonymizer.text.fold`) where a stage compares folded
text. No stage imports these words from a recogniser's internals.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# A capital letter of the Latin alphabets our names are written in, for regexes: A-Z, À-Ö, Ø-Þ, and the capitals of
# Latin Extended-A and -B, which Polish, Czech, Romanian, Turkish, Croatian or Albanian names and places open with
# ("Żeromskiego", "Łukasz", "Ștefan", "İlknur", "Čapek"; small and capital letters alternate there, so each is listed)
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
LANGUAGES = ("fr", "nl", "de", "en")
# the languages whose months are read after a day only (months.txt), as papers from abroad write them; their
# names are no cue elsewhere ("Julio", "Maggio", "Mayo", "Nisan" are names too): Romance ones, Turkish, Polish,
# Albanian
AFTER_DAY_LANGUAGES = ("it", "pt", "es", "ro", "tr", "pl", "sq")
# French articles fused with a preposition: "au" = "à le" ("au Roeulx": "à Le Roeulx")
FUSED_ARTICLES = {"au": ("à", "le"), "aux": ("à", "les"), "du": ("de", "le"), "des": ("de", "les")}
# Dutch and German words of a care or youth service before its name ("woonzorgcentrum Zonnebloem", "jeugdhuis
# Kompas"), as a regex alternation (matched case-insensitively)
FOREIGN_CARE_KINDS = (r"(?:woon)?zorgcentrum|kindcentrum|kinderopvang|rusthuis|kinderdagverblijf|jeugdhuis|altenheim"
                      r"|seniorenheim")
# the months in Roman numerals, as older, Italian or Polish dates write them ("2.II.2015")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# the endings French inclusive writing adds after a full stop or a middle dot: "étudiant.e.s", "acteur.rices"
INCLUSIVE_ENDINGS = ("e", "es", "s", "x", "se", "ses", "euse", "euses", "rice", "rices", "trice", "trices", "ice",
                     "ices", "ne", "nes", "le", "les", "te", "tes", "ère", "ères", "ière", "ières", "ve", "ves",
                     "ive", "ives", "ale", "ales", "aux", "eur", "eurs", "ienne", "iennes", "fe", "fes")


def entries(text: str) -> list[str]:
    """The entries of a list file, as written and in order: one per line, ``#`` comments and blank lines
    ignored."""
    return [entry for entry in (line.split("#", 1)[0].strip() for line in text.splitlines()) if entry]


@lru_cache(maxsize=16)
def _lines(name: str) -> tuple[str, ...]:
    return tuple(entries(resources.files("anonymizer.vocabulary").joinpath(name).read_text(encoding="utf-8")))


def _flagged(name: str) -> dict[str, frozenset[str]]:
    """term -> its flags, for files of ``term|flag,flag`` lines."""
    table = {}
    for line in _lines(name):
        term, _, flags = line.partition("|")
        table[term] = frozenset(f for f in flags.split(",") if f)
    return table


@lru_cache(maxsize=1)
def diminutives() -> dict[str, frozenset[str]]:
    """A short form that is no prefix of its first name -> the first names it shortens, folded ("kuba" -> {"jakub"},
    "momo" -> {"mohamed", "mohammed", ...})."""
    from anonymizer.text import fold

    table: dict[str, set[str]] = {}
    for line in _lines("diminutives.txt"):
        names, _, short = line.partition("|")
        for form in short.split(","):
            table.setdefault(fold(form), set()).update(fold(name) for name in names.split(","))
    return {form: frozenset(names) for form, names in table.items()}


@lru_cache(maxsize=1)
def school_kinds() -> tuple[str, ...]:
    """Words that open a school's name, in French, Dutch and German ("athénée", "basisschool")."""
    return _lines("school_kinds.txt")


@lru_cache(maxsize=1)
def document_words() -> frozenset[str]:
    """Words that name a kind of document and open its heading ("rapport", "procès-verbal", "fiche")."""
    return frozenset(_lines("document_words.txt"))


@lru_cache(maxsize=1)
def chinese_surnames() -> frozenset[str]:
    """The commonest Chinese surnames in Chinese characters ("王", "叶", "欧阳")."""
    return frozenset(_lines("chinese_surnames.txt"))


@lru_cache(maxsize=1)
def name_endings() -> frozenset[str]:
    """The endings a declining language adds to a person's name ("clirimi" of Çlirim, "Ivanom" of Ivan), folded."""
    return frozenset(_lines("name_endings.txt"))


@lru_cache(maxsize=1)
def kind_words() -> tuple[str, ...]:
    """Nouns that name a kind of place, service or firm ("bibliothèque", "paroisse", "zoning"), and the words
    joining a birth name ("née")."""
    return _lines("kind_words.txt")


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """French number words as dictated ("septante-neuf", "quatre-vingt") -> their value."""
    return {word: int(value) for word, value in (line.split("|") for line in _lines("number_words.txt"))}


# what counts after a number that is no house number nor a name's number ("2 fois", "12 ans", "3 h", "45 €")
COUNT_UNITS = r"fois|jours?|ans?|semaines?|mois|heures?|h\b|min|%|€|euros?"
# the endings a family puts after a first name's first four letters ("Gaspi" of "Gaspard", "Benjy" of "Benjamin")
DIMINUTIVE_ENDINGS = ("i", "y")
# the full stop after a note's abbreviation of a word, a lower-case word, a colon or a bracket after it ("Rem. pour
# moi :", "1er trim. pas sorti", "Sous-dir. voulait") or a table's cell that ends ("| Date naiss. |"); a sentence's
# end opens the next with a capital, or ends its line ("Dr Mathy, Champion.")
ABBREVIATION_DOT = re.compile(r"\.(?=[^\S\n]*[a-zà-öø-ÿ(:|])")
# the definite articles as a name's or a heading's words are compared, lower case, "l" without its apostrophe ("Le
# Brabant wallon", « la nonna », "LES COUDRIERS")
DEFINITE_ARTICLES = frozenset({"le", "la", "les", "l"})
# "et" inside a name ("Arts et Métiers", "Aide et Soutien"), never before a capitalised article: there it joins two
# names ("Institut des Trois-Tilleuls et La Pépinière")
NAME_AND = r"et(?![^\S\n]+(?:(?:Les|Le|La|LES|LE|LA)\b|L['’]))"


def said_number(words: int, thousands: bool = False) -> str:
    """A number said in words as a transcript writes it, one to ``words`` number words joined by hyphens, spaces or
    "et" ("quarante-deux", "six cent dix-huit"; with ``thousands``, "deux mille vingt-quatre"); not "un", "une",
    articles before a noun first ("dans une résidence")."""
    said = set(number_words()) - {"un", "une"} | ({"mille"} if thousands else set())
    one = "|".join(sorted(map(re.escape, said), key=len, reverse=True))
    return rf"(?i:(?:{one})(?:(?:[^\S\n]+|-)(?:et(?:[^\S\n]+|-))?(?:{one})){{0,{words - 1}}})(?![\w-])"


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles the person recogniser reads as a cue for a name after them (``cue`` and ``weak``)."""
    return frozenset(t for t, flags in _flagged("titles.txt").items() if flags & {"cue", "weak"})


@lru_cache(maxsize=1)
def civil_titles() -> frozenset[str]:
    """Forms of address of any language ("madame", "mevrouw", "herr"), without their dot: a person's name follows."""
    return frozenset(t.rstrip(".") for t, flags in _flagged("titles.txt").items() if "civil" in flags)


@lru_cache(maxsize=1)
def weak_titles() -> frozenset[str]:
    """Titles that are also ordinary words ("coach", "tata"): a cue only before a capitalised name."""
    return frozenset(t for t, flags in _flagged("titles.txt").items() if "weak" in flags)


@lru_cache(maxsize=1)
def key_titles() -> frozenset[str]:
    """Titles the linking of a case's mentions drops before a name of two words or more (folded)."""
    from anonymizer.text import fold

    return frozenset(fold(t) for t, flags in _flagged("titles.txt").items() if "key" in flags)


@lru_cache(maxsize=1)
def edge_titles() -> frozenset[str]:
    """Titles the resolution stage trims from the edge of a name (folded)."""
    from anonymizer.text import fold

    return frozenset(fold(t) for t, flags in _flagged("titles.txt").items() if "edge" in flags)


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """Lower-case particles of compound surnames ("van", "el", "d'")."""
    return frozenset(_flagged("particles.txt"))


@lru_cache(maxsize=1)
def kunyas() -> frozenset[str]:
    """First words of a kunya: "abou", "oum" ("Abou Karim": the father of Karim)."""
    return frozenset(_flagged("kunyas.txt"))


def _with_flag(name: str) -> dict[str, str]:
    """The terms of a list file of ``term|flag`` lines that carry one, with it (a gender: "mère|F"; a role:
    "khalou|oncle")."""
    return {term: next(iter(flags)) for term, flags in _flagged(name).items() if flags}


@lru_cache(maxsize=1)
def kunya_genders() -> dict[str, str]:
    """A kunya's first word -> the gender of the parent it names ("abou" -> "M", "oum" -> "F")."""
    return _with_flag("kunyas.txt")


@lru_cache(maxsize=8)
def determiners(*kinds: str) -> frozenset[str]:
    """French determiners (determiners.txt) of the given kinds (article, contracted, possessive,
    demonstrative), all of them when none is given."""
    return frozenset(term for term, flags in _flagged("determiners.txt").items() if not kinds or flags & set(kinds))


def determiner_re(*kinds: str) -> str:
    """A regex alternation of those determiners, as whole words ("l'" with either apostrophe)."""
    words = sorted(determiners(*kinds), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) if w.endswith(("'", "’")) else rf"{re.escape(w)}\b" for w in words) + ")"


@lru_cache(maxsize=8)
def sector_words(kind: str) -> frozenset[str]:
    """Words of the sector of one kind (sector_words.txt): person, level, intervention, household, activity,
    entry."""
    return frozenset(term for term, flags in _flagged("sector_words.txt").items() if kind in flags)


@lru_cache(maxsize=1)
def kinship_words() -> frozenset[str]:
    """Words of a relation to a person: "tante", "copain" (after them, a quoted phrase is a nickname)."""
    return frozenset(_flagged("kinship.txt"))


@lru_cache(maxsize=1)
def parent_words() -> dict[str, str]:
    """A parent's word -> the parent's gender ("mère" -> "F", "papa" -> "M")."""
    return _with_flag("kinship.txt")


@lru_cache(maxsize=1)
def kin_roles() -> dict[str, str]:
    """A relation word -> the role in a family it names ("khalou" -> "oncle", "mamy" -> "grand-mère")."""
    return _with_flag("kin_roles.txt")


@lru_cache(maxsize=1)
def child_words() -> frozenset[str]:
    """Words that say the person named right after them is a child ("fils", "élève", "leerling", "Kinder")."""
    return frozenset(_lines("child_words.txt"))


@lru_cache(maxsize=1)
def reference_words() -> frozenset[str]:
    """The words in other languages that announce a reference number, without their final full stop ("az")."""
    return frozenset(form.rstrip(".") for form in _lines("reference_words.txt"))


@lru_cache(maxsize=1)
def legal_forms() -> tuple[str, ...]:
    """The legal forms written after a firm's or a service's name, case as written ("SRL", "asbl", "NV")."""
    return _lines("legal_forms.txt")


@lru_cache(maxsize=1)
def legal_form_re() -> str:
    """A regex group of the legal forms, case as written, in the file's order: what the organisation recogniser and
    the propagation of a firm's name read a legal form by."""
    return f"(?:{'|'.join(map(re.escape, legal_forms()))})"


@lru_cache(maxsize=1)
def legal_divisions() -> frozenset[str]:
    """The divisions of a law or a code written before their number ("Titre Ier", "Livre V", "Chapitre 2")."""
    return frozenset(_lines("legal_divisions.txt"))


@lru_cache(maxsize=1)
def reference_words_re() -> str:
    """A regex of the words in other languages that announce a reference number ("Az.", "kenmerk", "our ref"),
    longest first, a final full stop optional, spaces any."""
    forms = sorted(_lines("reference_words.txt"), key=len, reverse=True)
    return "|".join(re.escape(form.rstrip(".")).replace(r"\ ", r"[^\S\n]+") + (r"\.?" if form.endswith(".") else "")
                    for form in forms)


@lru_cache(maxsize=1)
def locutions() -> frozenset[str]:
    """Prepositional locutions that open with a noun ("grâce à", "faute de"), lower case."""
    return frozenset(_lines("locutions.txt"))


@lru_cache(maxsize=1)
def salutations() -> frozenset[str]:
    """Words that open a letter before the addressee's name ("Bonjour", "Beste", "Liebe", "Dear")."""
    return frozenset(_lines("salutations.txt"))


# (after the name, a word of endearment Dari and Persian messages add: "Salam Yasin jan,")
ENDEARMENT = r"(?:[^\S\n]+(?i:jan|jaan|joon|jun))?"
GREETING_END = re.compile(rf"{ENDEARMENT}[^\S\n]*(?:[,!:]|\n|$)")
GREETING_COMMA = re.compile(rf"{ENDEARMENT}[^\S\n]*[,!]")
# a quoted mail's header line: "Le 12 mars, X a écrit :", "Op 12 mrt. schreef X <x@y.be>:", "On ... wrote:"
QUOTE_HEADER = re.compile(r"(?i:\b(?:a écrit|schreef|schrieb|wrote)\b|[<@])")


# a message's stamp opening the line as phones export it (a date and a time, a time in brackets, or a time and a
# dash), its sender and its colon, right before the greeting ("14/03/2024 21:14 – Frédéric : Bonsoir Najib,",
# "[21:14] Frédéric: Bonsoir Najib"; not "10:00 Présents : Lieve Martin,", "10h00 Présents :")
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
MESSAGE_LABEL = re.compile(r"^[^\S\n]*(?:[\[(]?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[^\S\n]+" + _CLOCK + r"[\])]?"
                           r"|[\[(]" + _CLOCK + r"[\])]|" + _CLOCK + r"[^\S\n]*[-–—])"
                           r"[^\S\n]*[-–—]?[^\S\n]*[^\n:]{1,40}:[^\S\n]*$")


QUOTE_MARKS = re.compile(r"(?:[^\S\n]*>)*[^\S\n]*")  # a quoted mail's marks opening its line ("> > ")
CHAT_DATE = re.compile(r"[^\S\n]*[\[(]?\d{1,2}[/.-]\d{1,2}")  # a chat message's stamp opens with its date


def _greeting_goes_on(text: str, at: int) -> bool:
    """What follows a greeting's comma or "!" on its line when the greeting word is a first name too: nothing, or the
    message ("Dag Samira, bonjour monsieur Lambert,", "Lieve Sofie, bedankt voor je mail"); not a list's role, age
    or relation ("Salam Hassan, père", "Salam Yusuf, 15 ans"), nor after a comma the next name of a list ("Salam
    Hassan, Lieve Martin")."""
    from anonymizer.keeplist import role_terms
    from anonymizer.text import fold

    line_end = text.find("\n", at)
    rest = text[at:line_end if line_end >= 0 else len(text)].strip()
    if not rest:
        return True
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", rest)
    first = next((word for word in words if word.lower() not in stop_words()), None)  # ("le beau-père": the noun)
    return first is not None and not rest[:1].isdigit() and fold(first) not in role_terms() | kinship_words() \
        and not (text[at - 1] == "," and words[0][:1].isupper())


def greeting_line(text: str, start: int, end: int, strict: bool = False) -> bool:
    """``text[start:end]`` opens its line and a comma, "!", ":" or the line's end closes it: a letter's opening
    ("Beste Geoffrey,", "Hello Sarah, merci"), where a greeting word is no part of the name when a first name or
    a title follows it (the callers check that: "Lieve Janssens," in a list is a name)."""
    closing = GREETING_COMMA if strict else GREETING_END  # strict: the greeting word is also a first name ("Lieve")
    line_start = text.rfind("\n", 0, start) + 1
    quoted = QUOTE_MARKS.match(text, line_start, start)  # (a quoted mail's line: "> Dag Bart,")
    # (or it opens a message after its sender's label: "21:14 – Frédéric : Bonsoir Najib, merci")
    label = MESSAGE_LABEL.match(text[quoted.end():start])
    if text[quoted.end():start].strip() and not label or (closed := closing.match(text, end)) is None:
        return False
    if strict and label is not None and text[quoted.end():start].strip():
        # (a chat's message opens with it, whatever the line above: "22/03/25, 21:47 – Hamid : Salam Yasin jan,"; not
        # an agenda's line, "09:30 – Accueil : Salam Yusuf, interprète")
        return CHAT_DATE.match(text, quoted.end(), start) is not None
    if strict and not _greeting_goes_on(text, closed.end()):
        return False  # (a list's line: "Salam Hassan, père", "Dag Jensen, tuteur MENA", "Salam Yusuf, 15 ans")
    # strict: no letter opens under a closing formula or a list's label ("Met vriendelijke groeten,\nLieve Martin,",
    # "Présents :\nLieve Martin, déléguée": a signature, a list's name); a quoted mail's header opens one ("Op 12
    # mrt. 2024 schreef Jan Peeters <jan@x.be>:\nLieve Martin,")
    if not strict:
        return True
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip(" \t>")
    if above.endswith(":"):
        return bool(QUOTE_HEADER.search(above))
    if above.endswith(","):  # a closing formula or a list's words above; a greeting to all ("Bonjour à tous,") opens
        first = re.match(r"[^\W\d_]+", above)
        return first is not None and first.group().lower() in salutations()
    return True


SPELT_LETTERS = 4  # "M-E-B-R-A-T"; "S-O-S", "N-O-N" are words


def spelt_name_re(minimum: int = SPELT_LETTERS) -> str:
    """A name spelt letter by letter as a phone note takes it down, ``minimum`` letters or more: "M-E-B-R-A-T",
    "O-U-L-E-D tiret S-I-D-I"."""
    # (the parts after a spoken hyphen may be words: "C-O-U-R-T, tiret, saint, tiret, Étienne")
    return (rf"[{UPPER}](?:-[{UPPER}]){{{minimum - 1},}}"
            rf"(?:(?:[^\S\n]*,)?[^\S\n]+(?:tiret|trait d'union|espace),?[^\S\n]+(?:[{UPPER}](?:-[{UPPER}])+"
            rf"|[^\W\d_]{{2,}}(?![\w-])))*")


SPACED_LETTERS = 4  # letters of a name spelt with spaces ("S A J" and "A B C" are acronyms and lists)


def spaced_name_re(minimum: int = SPACED_LETTERS) -> str:
    """A name spelt letter by letter with spaces, as a voicemail's transcript writes it, ``minimum`` letters or more,
    all capitals or all lower case: "K A L O N J I", "v e r m e u l e n"."""
    return rf"(?:[{UPPER}](?:[^\S\n][{UPPER}]){{{minimum - 1},}}|[a-zà-öø-ÿ](?:[^\S\n][a-zà-öø-ÿ]){{{minimum - 1},}})"


MEDICINE_MIN_LETTERS = 8  # "Aripiprazole", "Lorazépam": an INN stem ends a long word; "Lapine", "April" are none


@lru_cache(maxsize=1)
def _medicines() -> tuple[tuple[str, ...], frozenset[str]]:
    lines = _lines("medicines.txt")
    return (tuple(line[1:] for line in lines if line.startswith("-")),
            frozenset(line.casefold() for line in lines if not line.startswith("-")))


@lru_cache(maxsize=4096)
def is_medicine(word: str) -> bool:
    """A medicine's name: a listed brand ("Keppra", "Medikinet") or a long word ending as an INN does
    ("aripiprazole", "Quétiapine", "Lorazépam"): vocabulary/medicines.txt."""
    from anonymizer.text import fold

    stems, brands = _medicines()
    plain = fold(word)
    return word.casefold() in brands or plain in brands \
        or len(plain) >= MEDICINE_MIN_LETTERS and plain.isalpha() and plain.endswith(stems)


@lru_cache(maxsize=1)
def product_makes() -> tuple[str, ...]:
    """Makes of cars and phones ("Audi", "iPhone"): kept, with the model written after them."""
    return _lines("product_makes.txt")


@lru_cache(maxsize=1)
def totem_animals() -> frozenset[str]:
    """Animals a youth-movement leader's totem names ("Okapi" of "Okapi Malicieux")."""
    return frozenset(_lines("totem_animals.txt"))


@lru_cache(maxsize=1)
def surname_openers() -> frozenset[str]:
    """Particles that open a surname on their own when capitalised ("De Smet"; not "Le", "La")."""
    return frozenset(t for t, flags in _flagged("particles.txt").items() if "opens" in flags)


def _numbered(name: str, language: str) -> list[tuple[int, str]]:
    out = []
    for line in _lines(name):
        lang, number, form = line.split("|")
        if lang == language:
            out.append((int(number), form))
    return out


@lru_cache(maxsize=8)
def month_forms(language: str = "fr") -> tuple[tuple[str, ...], ...]:
    """The written forms of each month (index 0 = January) in ``language``: full names first, then
    abbreviations."""
    forms: list[list[str]] = [[] for _ in range(12)]
    for number, form in _numbered("months.txt", language):
        forms[number - 1].append(form)
    return tuple(tuple(f) for f in forms)


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """Every written form of every month in French, Dutch, German and English, in lower case."""
    return frozenset(form.lower() for language in LANGUAGES for month in month_forms(language) for form in month)


def month_and_year(word: str, following: str) -> bool:
    """``word`` is a month's name in any of our languages and ``following`` a year: "August 2024", "juni 2025"
    (the month of a date, even when the month is also a first name)."""
    return word.lower() in month_names() and re.fullmatch(r"(?:19|20)\d\d", following) is not None


@lru_cache(maxsize=8)
def weekday_forms(language: str = "fr") -> tuple[tuple[str, ...], ...]:
    """The written forms of each weekday (index 0 = Monday) in ``language``."""
    forms: list[list[str]] = [[] for _ in range(7)]
    for number, form in _numbered("weekdays.txt", language):
        forms[number - 1].append(form)
    return tuple(tuple(f) for f in forms)


@lru_cache(maxsize=1)
def calendar_forms() -> frozenset[str]:
    """Every written form of the weekdays and months in our four languages, abbreviations too ("mer", "jeu",
    "déc"), in lower case without a final full stop."""
    return frozenset(form.lower().rstrip(".") for language in LANGUAGES
                     for forms in (*weekday_forms(language), *month_forms(language)) for form in forms)


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """The full name of every weekday in French, Dutch, German and English, in lower case (not the
    abbreviations: "Sam", "Thu", "Mar" are names too)."""
    return frozenset(day[0].lower() for language in LANGUAGES for day in weekday_forms(language))


# the vital signs a nurse's or a doctor's note writes before their reading ("FC 88", "FR 18", "Sat 97 %", "TA
# 128/82"): no club, no group, no name
VITAL_SIGNS = frozenset({"FC", "FR", "TA", "PA", "HR", "BP", "RR", "Sat", "SAT", "SpO2", "GCS", "EVA", "Temp"})


@lru_cache(maxsize=1)
def saints_days() -> frozenset[str]:
    """The saints' days a text dates things by ("la Saint-Nicolas"), in lower case."""
    return frozenset(_lines("saints_days.txt"))


@lru_cache(maxsize=1)
def holidays() -> frozenset[str]:
    """Feasts and holidays named by their own name ("Noël", "Pâques", "Carnaval"), in lower case."""
    return frozenset(_lines("holidays.txt"))


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Months (every written form) and weekdays (full names) in our four languages, in lower case."""
    return month_names() | weekday_names()


def alternation(forms: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of written forms: a form ending with a full stop is matched with it, any other
    as a whole word; longer forms first."""
    ordered = sorted(dict.fromkeys(forms), key=lambda f: (-len(f), f))
    return "|".join(re.escape(f) if f.endswith(".") else rf"{re.escape(f)}\b" for f in ordered)


@lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """Dutch, German and English function words, mail-header labels and greetings (lower case): never names
    alone."""
    return frozenset(_lines("foreign_words.txt")) | greetings()


@lru_cache(maxsize=1)
def family_language_words() -> frozenset[str]:
    """Italian, Portuguese, Spanish and Luxembourgish words of families' messages and papers (lower case): never
    names alone, and no sign of another language's line (family_language_words.txt)."""
    return frozenset(_lines("family_language_words.txt"))


@lru_cache(maxsize=1)
def greetings() -> frozenset[str]:
    """Greetings and closings of other languages ("hello", "best"), which French messages use too."""
    return frozenset(_lines("greetings.txt"))


@lru_cache(maxsize=1)
def street_types() -> tuple[str, ...]:
    return _lines("street_types.txt")


@lru_cache(maxsize=1)
def street_suffixes() -> tuple[str, ...]:
    """Street types written at the end of the name (Dutch, German) or names with no type before them."""
    return tuple(_flagged("street_suffixes.txt"))


@lru_cache(maxsize=1)
def office_style_words() -> frozenset[str]:
    """The words built-in style names of word processors are made of ("heading", "body", "internet", "link")."""
    return frozenset(_lines("office_style_words.txt"))


@lru_cache(maxsize=1)
def english_street_types() -> tuple[str, ...]:
    """The words that end an English or Irish street's name after it ("Road", "Park", "Close")."""
    return _lines("street_types_en.txt")


@lru_cache(maxsize=1)
def street_suffixes_alone() -> tuple[str, ...]:
    """The street suffixes that say street with no house number ("Ribaucourtstraat", "Bergstraße")."""
    return tuple(term for term, flags in _flagged("street_suffixes.txt").items() if "alone" in flags)


@lru_cache(maxsize=1)
def street_types_re() -> str:
    """Street types as a case-insensitive regex group (no capture)."""
    return f"(?i:{alternation(street_types())})"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's French stop words (function words: "notre", "nous", "sans"), the list the model's tokens
    carry as ``is_stop``: read from spaCy's data module without running its French package (whose
    __init__ compiles a slow regex)."""
    return frozenset(spacy_french_module("stop_words").STOP_WORDS)


def spacy_french_module(name: str):
    """One data module of spacy/lang/fr (stop words, number words) without running that package's
    __init__. These modules only import spacy.attrs."""
    import importlib.util
    from pathlib import Path

    import spacy

    path = Path(spacy.__file__).parent / "lang" / "fr" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"spacy.lang.fr.{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FOREIGN_LINE_WORDS = 2  # function words of another language that make a line Dutch, German or English
WORD = re.compile(r"[^\W\d_]+")


LINE_REACH = 400  # characters a line is read over on each side of an entity (a text extracted from a PDF may be one
# line of 50,000: read whole for each entity, the analysis took quadratic time)


def line_around(text: str, start: int, end: int) -> str:
    """The line or lines of ``text`` that hold ``text[start:end]``, without their line breaks (at most
    ``LINE_REACH`` characters on each side)."""
    line_start = text.rfind("\n", max(0, start - LINE_REACH), start) + 1 or max(0, start - LINE_REACH)
    line_end = text.find("\n", end, end + LINE_REACH)
    return text[line_start:line_end if line_end != -1 else min(len(text), end + LINE_REACH)]


def line_before(text: str, start: int) -> str:
    """What the line holding ``start`` writes before it (at most ``LINE_REACH`` characters)."""
    reach = max(0, start - LINE_REACH)
    return text[max(reach, text.rfind("\n", reach, start) + 1):start]


SHORT_LINE = 3  # words of a line too short to tell its language alone ("Beste,", "Beste collega,")


def in_foreign_line(text: str, start: int, end: int) -> bool:
    """The entity stands in a line of Dutch, German or English (a forwarded mail, a quoted message): the
    line holds two or more of those languages' function words that are neither French words nor surname
    particles ("het", "heeft", "und", "the"). A line of three such words or fewer and nothing else (a
    salutation, "Beste,", "Beste collega,") counts with the next line that has words: it is in the language of
    the message it opens (a line holding anything else, a name, a French greeting, is read alone)."""
    line = line_around(text, start, end)
    line_words = WORD.findall(line)
    if len(line_words) <= SHORT_LINE and all(w.lower() in foreign_words() for w in line_words):
        after = text.find("\n", end)
        while after != -1:
            following = line_around(text, after + 1, after + 1)
            if WORD.search(following):
                line = f"{line} {following}"
                break
            after = text.find("\n", after + 1)
    foreign, ordinary = _language_words()
    hits = sum(1 for w in WORD.findall(line) if w.lower() in foreign and w.lower() not in ordinary)
    return hits >= FOREIGN_LINE_WORDS


def after_foreign_line(text: str, at: int) -> bool:
    """The line before the one at ``at`` is of Dutch, German or English (:func:`in_foreign_line`): a short line
    after it goes on in its language ("Thank you for taking care of him." then "Kind regards,")."""
    start = text.rfind("\n", 0, at)
    if start <= 0:
        return False
    previous = text.rfind("\n", 0, start) + 1
    return previous < start and in_foreign_line(text, previous, previous)


@lru_cache(maxsize=1)
def _language_words() -> tuple[frozenset[str], frozenset[str]]:
    """The function words that tell a line or a passage Dutch, German or English (not the greetings: "hello mehdi" is
    French chat), and those of French with the surname particles ("de", "en"; "Van den Broeck" is no Dutch)."""
    return foreign_words() - greetings(), stop_words() | particles()


# a street or service type after the noun of a document or a record it qualifies, in a heading: "CERTIFICAT DE
# RÉSIDENCE AVEC HISTORIQUE...", "attestation de résidence", "changement de domicile" (no name follows it)
DOCUMENT_OF = re.compile(r"(?i:\b(?:certificat|attestation|preuve|justificatif|changement|lieu|titre|permis|carte"
                         r"|déclaration|inscription)[^\S\n]+(?:de|d['’])[^\S\n]*)$")
BLOCK_CHARS = 400  # of text either side of an entity that tell the language of the passage it stands in
BLOCK_FOREIGN_WORDS = 6  # function words of another language that make a passage Dutch, German or English ...
BLOCK_MARGIN = 2  # ... when they outnumber French function words this many times


def in_foreign_block(text: str, start: int, end: int) -> bool:
    """The entity stands in a passage of Dutch, German or English: the whole lines within BLOCK_CHARS before it,
    or after it, hold at least BLOCK_FOREIGN_WORDS function words of those languages and BLOCK_MARGIN times more
    than French ones. For the short lines of a letter's head or signature ("Sachbearbeiterin: Mareike Hilgers",
    "Gesehen: ..., Dienstleiter"), which hold no function word of their own, and which a French summary may follow."""
    # (whole lines, but never more than twice the reach: one line of a megabyte is read in its neighbourhood only)
    first = max(text.rfind("\n", 0, max(0, start - BLOCK_CHARS)) + 1, start - 2 * BLOCK_CHARS)
    last = text.find("\n", min(len(text), end + BLOCK_CHARS))
    last = min(last if last != -1 else len(text), end + 2 * BLOCK_CHARS)
    return _foreign_passage(text[first:end]) or _foreign_passage(text[start:last])


def _foreign_passage(passage: str) -> bool:
    words = [w.lower() for w in WORD.findall(passage)]
    foreign, ordinary = _language_words()
    hits = sum(1 for w in words if w in foreign and w not in ordinary)
    french = sum(1 for w in words if w in ordinary and w not in foreign)
    return hits >= BLOCK_FOREIGN_WORDS and hits >= BLOCK_MARGIN * french


LABEL_WORDS = 6  # words of a form's label before its colon ("Geboortedatum / Date de naissance :")


def in_form_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies in the label of a form's line: before the line's first colon, the label holding
    at most LABEL_WORDS words ("Bisherige Anschrift :", "Opname / Séjour :", "Présents / Aanwezig :")."""
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.find(":", line_start)
    line_end = text.find("\n", line_start)
    if colon == -1 or line_end != -1 and colon > line_end or end > colon:
        return False
    return len(text[line_start:colon].split()) <= LABEL_WORDS


@lru_cache(maxsize=1)
def naming_words() -> dict[str, frozenset[str]]:
    """The words that, in brackets after a person's name, say that the name after them is hers too ("prénom
    usuel", "se fait appeler", "roepnaam") -> their flags: "quoted" (a verb: a quoted name only), "here" (her name
    there only)."""
    return _flagged("naming_words.txt")


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """The Dutch, German and English names of languages, as written with their capital ("Frans", "Deutsch")."""
    return frozenset(_lines("language_names.txt"))
