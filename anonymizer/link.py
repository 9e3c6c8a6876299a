"""Which mentions are the same entity: "Kevin Dupont", "Kevin", "DUPONT" and "M. Dupont" are one person.

Used by the rendering stage for numbered tags (and by pseudonymisation): the key of a mention is its
folded text; a PERSON mention whose words are all words of a longer PERSON mention joins it (when
several fit, the one told by a title, an initial, a minor's age or a form's other field, else the one the
case writes in full most often), a word written otherwise (a spelling, a short form) standing for its
name's word. Over a case, the full names of all its documents (and those already numbered in the case key) are the
candidates, so that "Kevin" alone in a later document is the Kevin Dupont of an earlier one. A kunya
("Abou Karim", "Oum Karim": the father, the mother of Karim) is never the fuller form of the child's name.

A number is the same whatever its separators ("0479 12 44 80", "0479/12.44.80", "+32 479 12 44 80"), and a
date whatever its writing ("17 octobre 2024", "17/10/2024", and "17/10" when the case holds that day and
month in one year only).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache

from stdnum.be import nn, vat

from anonymizer import dates, vocabulary
from anonymizer.keeplist import professional_role_terms
from anonymizer.models.lexicon import is_adjective, is_family_language_word, is_unaccented_word, is_word
from anonymizer.recognizers.be.iban import account_checks
from anonymizer.recognizers.be.phone import neighbour_reading
from anonymizer.recognizers.lookup import (
    foreign_town,
    in_first_names,
    in_surnames,
    is_country,
    is_listed_place,
    place_key,
)
from anonymizer.recognizers.lookup import places as places_known
from anonymizer.recognizers.names.han_name import ANY_HAN
from anonymizer.recognizers.names.organization import LEGAL_FORM
from anonymizer.recognizers.names.school import NETWORK_ACRONYMS
from anonymizer.recognizers.names.tokens import legend_entries
from anonymizer.spans import Span
from anonymizer.surrogates import gender_of_first_name, postcode_of
from anonymizer.text import composed, doubled_syllable, fold, word_before, words

Key = tuple[str, str]  # (entity type, canonical folded text)
# identifiers compared by their letters and digits alone
NUMBER_TYPES = frozenset({"PHONE", "NISS", "IBAN", "BCE", "ID_CARD", "CASE_REF", "INAMI", "MUTUALITY", "FASE",
                          "PLATE"})
# "father of", "mother of": a name made of one of these and a first name is a parent's, not the child's
KUNYA = vocabulary.kunyas()
NO_YEAR = 1  # a parsed date's year when the text gave none (dates.parse needs one; it is never a real year)


def number_key(text: str, entity_type: str = "") -> str:
    """A number as compared, whatever its layout: "0479 12 44 80", "0479/12.44.80" and "+32 479 12 44 80" ->
    "0479124480". A phone number is read by ``phonenumbers`` (Belgium by default), so that "+40 744 318 205"
    and "0040 744 318 205" are one ("40744318205": the keys a case key already holds stay as they were for
    Belgian numbers and for foreign ones written with "+"); its extension is kept."""
    compact = re.sub(r"[\W_]", "", text).upper()
    if entity_type == "NISS":  # digits only: "RN 150822 346 73" is "15.08.22-346.73" (a label the span took)
        return re.sub(r"\D", "", compact)
    if entity_type == "PHONE":
        read = _phone_key(text)
        if read:
            return read
    return "0" + compact[2:] if compact.startswith("32") and len(compact) in (10, 11) and "+" in text else compact


def _phone_key(text: str) -> str | None:
    parts = phone_parts(text)
    if parts is None:
        return None
    country, national, extension = parts
    key = f"0{national}" if country == 32 else f"{country}{national}"
    return f"{key}x{extension}" if extension else key


@lru_cache(maxsize=4096)
def phone_parts(text: str) -> tuple[int, str, str] | None:
    """(country code, national number, extension) of a phone number as ``phonenumbers`` reads it (Belgium by
    default); None when it cannot, or when the text holds letters, which it would read as a keypad's digits
    ("0479 12 44 80 (maman)"). Read once per writing: a case's keys and its numbers' variants ask for the same."""
    import phonenumbers

    if re.search(r"[^\W\d_]", re.sub(r"(?i)\b(?:ext|poste|tel|tél)\b\.?", "", text)):
        return None
    try:
        number = phonenumbers.parse(text, "BE")
    except phonenumbers.NumberParseException:
        return None
    if not text.lstrip().startswith(("+", "00")) and not phonenumbers.is_valid_number(number):
        # a neighbouring country's number written nationally ("0170 4428391" is "+49 170 4428391")
        number = neighbour_reading(text) or number
    return number.country_code, str(number.national_number), number.extension or ""


@lru_cache(maxsize=1)
def _street_type() -> re.Pattern[str]:
    # folded like the text it is matched in ("chaussee")
    return re.compile(rf"^(?:{vocabulary.alternation([fold(t) for t in vocabulary.street_types()])})\s*")


@lru_cache(maxsize=1)
def _full_types() -> tuple[str, ...]:
    return tuple(fold(t) for t in vocabulary.street_types() if not t.endswith(".") and len(t) >= 3)


# the street types street_types.txt writes contracted, without a full stop (not the first letters of the full type)
CONTRACTED_TYPES = {"chee": "chaussee", "rte": "route"}


def _full_type(written: str) -> str:
    """"av." -> "avenue", "r." -> "rue" (the full type its letters open), "chée" -> "chaussée" (contracted); "bd" and
    full types as they are."""
    letters = written.rstrip(".")
    return CONTRACTED_TYPES.get(letters) or next((t for t in _full_types() if t.startswith(letters)), letters)


def address_key(text: str) -> str:
    """An address as compared: its street's name, number and box, whatever the street type's abbreviation,
    the box's writing and the postcode and commune after it ("av. des Érables 41/3" is "avenue des Érables
    41 bte 3, 1480 Tubize" and "avenue des Érables 41/3 Tubize")."""
    folded = unhyphenated = fold(text).strip()
    # a hyphen or a space between a street's words, "n°" before its number: one address ("rue des Hêtres-Pourpres
    # 27", "rue des Hêtres Pourpres, 27", "rue du Port-Sec n°9")
    folded = re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", folded)
    folded = re.sub(r"(?<![\w])n(?:deg|o|r)?\.?\s*(?=\d)", "", folded)
    # a saint's name abbreviated: "Rue St-Nicolas" is "rue Saint-Nicolas"
    folded = re.sub(r"(?<![\w])st(e?)\.?(?=\s+[^\W\d_])", lambda m: "sainte" if m.group(1) else "saint", folded)
    # a box after a comma: "rue de la Victoire 112, bte 4, 1060 Saint-Gilles" is "... 112/4"
    folded = re.sub(r"(\d\w?)\s*,\s*(?=(?:bte|boite|bus|b\.)\s*\w)", r"\1 ", folded)
    # a form's order, the commune first and the number after a comma: "4700 Eupen, Bergkapellstraße, 9"
    folded = re.sub(r"^(?:[a-z]{1,2}-)?\d{4,5}\s+[^,\d]+,\s*(?=\D)", "", folded)
    # (the number after a comma, the commune after it or not: "Thier des Moutons, 8 à 4820 Dison", "..., 27 - 4800")
    folded = re.sub(r"^([^,\d]*[^\W\d]),\s*(\d+\w?(?:\s*/\s*\w+)?)(?=\s*(?:,|$|[-–]|a\s|\d{4}\s))",
                    r"\1 \2", folded)
    first = re.match(r"(\d+\w?(?:/\w+)?),?\s+(.*)$", folded)  # "12, rue des Forgerons": the number after
    if first and not first.group(2)[:1].isdigit():
        street = first.group(2).split(",")[0]
        town = re.search(r"\s+a\s+([^\W\d][\w' -]*)$", street)  # "23, rue Eloy à Anderlecht": its commune goes
        # (not a street's name, "rue de Pont-à-Celles")
        if town and is_listed_place(town.group(1)) and f" a {town.group(1)}" in unhyphenated:
            street = street[:town.start()]
        folded = f"{street} {first.group(1)}"
    street = folded.split(",")[0].strip()
    kind = _street_type().match(street)
    street = (_full_type(kind.group().strip()) + " " + street[kind.end():]) if kind else street
    # "... 12 1480 tubize", "... 12 à 1480 tubize", "... 12 - 1480 tubize"
    street = re.sub(r"\s+(?:[-–]\s*)?(?:a\s+)?\d{4}\s+\D+$", "", street)
    # "... 23 (à) seraing" (not a box: "12 bte b")
    street = re.sub(r"(\d)\s+(?:a\s+)?(?!(?:bte|boite|bus)\b)[^\W\d]{3,}(?:[\s-][^\W\d]+)*$", r"\1", street)
    # ("112 b3": box 3; "54 B1050" is a postcode)
    street = re.sub(r"(\d)\s*(?:/|bte\.?|boite|bus|b\.|b(?=\d{1,3}$))\s*(\w+)", r"\1/\2", street)
    street = re.sub(r"(\d)\s+([a-z])$", r"\1\2", street)  # "12 b" is "12b"
    return re.sub(r"\s+", " ", street)


DocumentSpan = tuple[int, Span]  # a span and the number of its document (two documents' spans may be equal)


def _date_keys(documents: Sequence[Sequence[Span]]) -> dict[DocumentSpan, str]:
    """A date's key: day, month and year ("2024-10-17"). A date written without its year is of the time its document
    speaks of: it takes the year of a date of the same day and month in its own document when that year is near the
    one the document writes most ("31/01" under "31/01/2023" in minutes of 2023-2024, though another document speaks
    of 31 January 2022), else that most written year when a date of the case has it ("19/02" in a 2024 report is no
    child's birthday of 19/02/2016), else the one year of the case's dates of that day and month; else it stays
    "--10-17"."""
    parsed = {}
    for number, spans in enumerate(documents):
        for span in spans:
            if span.entity_type == "DATE":
                written = dates.parse(_read(span), NO_YEAR)
                if written is None and (said := dates.said_date(_read(span))) is not None:
                    written = dates.parse(said, NO_YEAR)  # "trois février deux mille vingt-cinq" is 03/02/2025
                if written is None and (foreign := dates.parse_foreign(_read(span))) is not None:
                    written = foreign  # its value and whether it has a year, as a French date
                if written is None and (hijri := dates.parse_solar_hijri(_read(span))) is not None:
                    written = hijri  # "1 Hamal 1385" is 21 March 2006
                if written is not None:
                    parsed[number, span] = written
    years: dict[tuple[int, int], set[int]] = {}
    own_years: dict[tuple[int, int, int], set[int]] = {}
    counts: dict[int, Counter[int]] = {}
    for (number, _span), written in parsed.items():
        if written.has_year:
            value = written.value
            years.setdefault((value.month, value.day), set()).add(value.year)
            own_years.setdefault((number, value.month, value.day), set()).add(value.year)
            counts.setdefault(number, Counter())[value.year] += 1
    keys = {}
    for (number, span), written in parsed.items():
        value: date = written.value
        if written.has_year:
            year = value.year
        else:
            usual = counts[number].most_common(1)[0][0] if number in counts else None
            own = {y for y in own_years.get((number, value.month, value.day), ())
                   if usual and abs(y - usual) <= NEAR_YEARS}
            known = years.get((value.month, value.day), set())
            year = next(iter(own)) if len(own) == 1 else usual if usual in known \
                else next(iter(known)) if len(known) == 1 else None
        keys[number, span] = f"{year:04d}-{value.month:02d}-{value.day:02d}" if year \
            else f"--{value.month:02d}-{value.day:02d}"
    keys.update(_day_only_keys(documents, keys))
    return keys


NEAR_YEARS = 1  # a document's dates without their year are of its own time: this year, the next, the one before
RANGE_GAP = 5  # " au ", " et ", "-": between the first day of a range and its end


def _day_only_keys(documents: Sequence[Sequence[Span]], keys: dict[DocumentSpan, str]) -> dict[DocumentSpan, str]:
    """A day written alone ("jeudi 17", "le 17") is the date of the case with that day, of its own document
    first (the weekday agreeing when the year is known); left alone when two dates could be meant."""
    out = {}
    case_wide = set(keys.values())
    for number, spans in enumerate(documents):
        own = {keys[number, span] for span in spans if (number, span) in keys}
        for span in spans:
            match = dates.day_only(_read(span)) if span.entity_type == "DATE" and (number, span) not in keys else None
            if match is None:
                continue
            partner = next((other for other in spans
                            if (number, other) in keys and 0 < other.start - span.end <= RANGE_GAP), None)
            if partner is not None:  # "19" of "19 au 21 avril": the month and year of the range's end
                out[number, span] = _range_start(keys[number, partner], int(match["day"]))
                continue
            weekday = fold(match["weekday"] or "").strip(" ,.")
            for pool in (own, case_wide):
                fitting = {key for key in pool if int(key[-2:]) == int(match["day"]) and _weekday_fits(key, weekday)}
                if len(fitting) == 1:
                    out[number, span] = fitting.pop()
                    break
                if fitting:
                    break
    return out


def _range_start(end: str, day: int) -> str:
    """The key of a range's first day from its last day's: the same month, or the month before when the day is
    later ("du 30 au 2 janvier": 30 December)."""
    head, month, last = end[:-5], int(end[-5:-3]), int(end[-2:])  # "2024-" or "--", the month, the day
    if day > last:
        year = head.rstrip("-")
        if month == 1 and year:
            head, month = f"{int(year) - 1:04d}-", 12
        else:
            month = month - 1 or 12
    return f"{head}{month:02d}-{day:02d}"


def _weekday_fits(key: str, weekday: str) -> bool:
    if not weekday or key.startswith("--"):
        return True
    names = [fold(name) for name in dates.WEEKDAYS]
    return weekday not in names or date.fromisoformat(key).weekday() == names.index(weekday)


def _read(span: Span) -> str:
    """A span's surface as the analysis read it ("Dumou-\\nlin" is "Dumoulin", "l2 mars" is "12 mars")."""
    return _reading(span.text)


@lru_cache(maxsize=65536)
def _reading(text: str) -> str:
    return unspelt(composed(text))


# a name spelt letter by letter with hyphens or spaces ("P-O-O-T", "K A L O N J I": recognizers.names.person's
# SPELT_NAME and recognizers.names.spelt_name)
SPELT = re.compile(rf"[{vocabulary.UPPER}](?:-[{vocabulary.UPPER}]){{3,}}|{vocabulary.spaced_name_re()}")


def unspelt(text: str) -> str:
    """A name spelt letter by letter as the word it spells ("K A L O N J I" is "KALONJI"); any other text as is."""
    return re.sub(r"[\s-]", "", text) if SPELT.fullmatch(text.strip()) else text


@lru_cache(maxsize=1)
def _particle_hyphen() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(fold(p)) for p in vocabulary.particles() if p[-1:].isalpha()), key=len,
                            reverse=True))
    return re.compile(rf"(?<![\w-])({names})-(?=\w)")


# a first name abbreviated by its first consonants ("Th. Verhaegen", "Ph. Lemaire", "Chr. Dubois"): compared as its
# initial (name_form), whose letters the full first name must open (_initials: "Ch." is no Caroline); a compound
# first name's second one too ("M.-Ch. Lambotte": Marie-Christine)
ABBREVIATED_FIRST_NAME = re.compile(r"(?:(?<![\w.'’-])|(?<=\b[A-Z]\.-))([A-Z])([bcdfghjklmnpqrstvwxz]{1,2})\."
                                    r"(?=[^\S\n]|-)")


# the titles the same letters write, capitalised ("Mr.", "Dr.", "St."): no first name
TITLE_ABBREVIATIONS = frozenset({"Mr", "Dr", "Mgr", "Pr", "St", "Sr"})


def _first_name_abbreviation(match: re.Match[str]) -> bool:
    """An ABBREVIATED_FIRST_NAME match that is no title's abbreviation."""
    return match.group().rstrip(".") not in TITLE_ABBREVIATIONS


def _abbreviation_initial(match: re.Match[str]) -> str:
    return match.group(1) + "." if _first_name_abbreviation(match) else match.group()


@lru_cache(maxsize=65536)
def name_form(text: str) -> str:
    """A person's name as compared: folded, a particle joined by a hyphen or a space alike ("Al-Hamwi" is
    "al hamwi"), a first name abbreviated by its first consonants as its initial ("Th. Verhaegen" is "t
    verhaegen")."""
    text = ABBREVIATED_FIRST_NAME.sub(_abbreviation_initial, unspelt(text))
    return _particle_hyphen().sub(r"\1 ", fold(text))


@lru_cache(maxsize=65536)
def _word_set(text: str) -> frozenset[str]:
    """The words of a name that tell who it is: no initials, no relation word ("khalou Yassine El Amrani",
    "Kinder Omar": uncle Yassine El Amrani, the child Omar), role, title or function word a span may hold
    ("juge Delvau", "Mme"); a hyphenated word also as its pieces ("Ana-Maria"
    holds "ana" and "maria": "Stefan Marian Lungu" is "Stefan-Marian Lungu")."""
    out = set()
    for word in words(name_form(text)):
        if len(word) > 1 and word not in _relations():
            out.add(word)
            out.update(piece for piece in word.split("-") if len(piece) > 1)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _person_form(text: str) -> str:
    """A person's mention as a case compares it: :func:`name_form` without the role, title or function words a
    span may hold ("Juge Delvau" is "delvau", "d'Ana-Maria" "ana-maria")."""
    form = re.sub(r"^(?:d|l|qu|j|n|s)['’]\s*(?=\w)", "", name_form(text))  # "d'Ana-Maria"
    surname, comma, first = form.partition(",")
    if comma and surname.strip() and first.strip() and "," not in first and len(first.split()) <= 3:
        form = f"{first.strip()} {surname.strip()}"  # a roster's "Hermans, Delphine" is Delphine Hermans
    kept = [word for word in form.split() if word.strip(".,;:") not in _relations()]
    written = text.split()
    if len(kept) > 1 and kept[0] in vocabulary.salutations() and len(written) == len(kept) \
            and not in_first_names(written[0]):
        kept = kept[1:]  # "Hallo Bart", "Olá Lucie": a greeting the span took, no name's word (not "Lieve Peeters",
        # "Dag Lund", "Ola Kowalska": first names too)
    if len(kept) > 1 and kept[0] in vocabulary.key_titles() and not written[0].isupper() \
            and (len(kept) > 2 or written[0].islower() or written[-1].isupper()):
        kept = kept[1:]  # "Pasteur J. BOKETSHU", "pasteur Nzuzi", "Pasteur NZUZI" are J. Boketshu, Nzuzi
        # ("PASTEUR Julie", "PASTEUR Jean Marc": a surname)
    return " ".join(kept) if kept else form


@lru_cache(maxsize=1)
def _name_particles() -> frozenset[str]:
    return frozenset(fold(p) for p in vocabulary.particles() if p.isalpha() and len(p) >= 2)


MIN_JOINED_REST = 3  # letters after the particle ("Van Damme": "damme")


def _particles_joined(forms: Iterable[str]) -> dict[str, str]:
    """Each word a particle and the word after it make when written as one ("vandamme", "elamrani"), for the names
    of ``forms`` that write them apart, -> the two words apart ("van damme", "el amrani")."""
    joined: dict[str, str] = {}
    for form in forms:
        parts = form.split()
        for particle, rest in zip(parts, parts[1:], strict=False):
            if particle in _name_particles() and len(rest) >= MIN_JOINED_REST and rest.isalpha():
                joined.setdefault(particle + rest, f"{particle} {rest}")
        # (two particles and the word after them: "Van der Haegen" is "VANDERHAEGEN")
        for first, second, rest in zip(parts, parts[1:], parts[2:], strict=False):
            if first in _name_particles() and second in _name_particles() and len(rest) >= MIN_JOINED_REST \
                    and rest.isalpha() and second + rest in joined:
                joined.setdefault(first + second + rest, f"{first} {second} {rest}")
    return joined


def _titled(text: str | None, span: Span) -> bool:
    """A person's title right before the span ("Dr Benko", "Me Lamberty"): a surname follows."""
    word = word_before(text, span.start) if text else ""
    return bool(word) and word.rstrip(".") in _title_words()


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The titles a surname follows; not a relation's word, which a first name follows ("pépé Jos", "papy Jo", "tata
    Nadia": the short forms of their first names)."""
    kin = {fold(word) for word in vocabulary.kinship_words()}
    return frozenset(fold(title).rstrip(".") for title in vocabulary.titles()) - kin


def _named_in_full(name: str) -> bool:
    """Two words or more besides the particles ("Khadija El Ouazzani", not "El Ouazani")."""
    return sum(1 for word in words(name) if word not in _name_particles()) >= 2


def _first_names_after(written: Sequence[str]) -> bool:
    """A first name no list holds as a surname after the name's first word: "SIMON-MICHEL Léa", a surname first
    (not "Pieter-Jan Martin": Martin is a surname too)."""
    return any(gender_of_first_name(other) and not in_surnames(other.capitalize()) for other in written[1:])


def _in_compound_first_name(mention: frozenset[str], name: str) -> bool:
    """The mention's words are, in this name, only pieces of the compound first name it opens with ("pieter" of
    "Pieter-Jan Vandamme"; not "martin" of "Léa Martin-Simon", a double surname)."""
    written = words(name_form(name)) or [""]
    first = written[0]
    pieces = set(first.split("-"))
    return "-" in first and all(gender_of_first_name(piece) for piece in pieces) and mention <= pieces \
        and not mention & set(written[1:]) and not _first_names_after(written)


def _pieces_fit(mention: frozenset[str], name: str) -> bool:
    """A piece of a hyphenated word after its first ("maria" of "Ana-Maria", "claes" of "Vandamme-Claes")
    mentions the name only with that first piece ("Ana Maria"; "Maria Lungu" is not "Ana-Maria Lungu"): alone, it
    is someone else ("Maria"). A surname's later piece with another word of the name is the name ("Kessler
    Hildegard" of "Hildegard Schmitz-Kessler": her maiden name beside her first name). A compound first name's first
    piece with the surname is someone else ("Pieter Vandamme" of "Pieter-Jan Vandamme")."""
    written = words(name_form(name))
    for word in written:
        pieces = [piece for piece in word.split("-") if len(piece) > 1]
        if len(pieces) > 1 and mention & set(pieces[1:]) and pieces[0] not in mention \
                and (gender_of_first_name(pieces[0]) or not mention & (set(written) - {word})):
            return False
        if word == written[0] and len(written) > 1 and len(pieces) > 1 and pieces[0] in mention \
                and not _first_names_after(written) \
                and word not in mention and not mention & set(pieces[1:]) \
                and mention & (set(written) - {word}) and all(gender_of_first_name(piece) for piece in pieces):
            return False  # "Pieter Vandamme" is not "Pieter-Jan Vandamme": the father and his son (a first name written
            # first; "Léa Martin" is "Léa Martin-Simon", a double surname)
    return True


@lru_cache(maxsize=1)
def _relations() -> frozenset[str]:
    from anonymizer.keeplist import kind_terms

    return frozenset(fold(word) for word in vocabulary.kinship_words() | vocabulary.stop_words()
                     | {title.rstrip(".") for title in vocabulary.titles()}) | kind_terms()


@lru_cache(maxsize=65536)
def _initials(text: str) -> tuple[str, ...]:
    """The initials of a name ("F. Bensalah" -> ("f",), "J.-M. Collard" -> ("j", "m")), a first name abbreviated
    by its first consonants as those ("Ch. Verhaegen" -> ("ch",): Charles, not Caroline)."""
    initials = [w for w in words(name_form(text)) if len(w) == 1]
    for match in ABBREVIATED_FIRST_NAME.finditer(unspelt(text)):
        if _first_name_abbreviation(match) and fold(match.group(1)) in initials:
            initials.remove(fold(match.group(1)))
            initials.append(fold(match.group()[:-1]))
    return tuple(initials)


def _initials_fit(initials: tuple[str, ...], others: frozenset[str]) -> bool:
    """Each initial opens one of the full name's other words."""
    return all(any(word.startswith(initial) for word in others) for initial in initials)


# letters written differently for one sound in transliterated and Belgian names: "Stephan"/"Stefan",
# "Moustapha"/"Mustafa", "Rasha"/"Racha", "Mohammed"/"Mohamed", "Yasmina"/"Jasmina", "Khadija"/"Kadija", and the
# English transliterations' long vowels before a name's last consonant, "Mahmood"/"Mahmud", "Khaleel"/"Khalil"
# (not a Dutch one's: "Smeets" and "Smits", "Peeters" are other names); French "dj" and English "j" for one Arabic
# letter, "Hadji"/"Haji", "Khadidja"/"Khadija"
SOUNDS = ((re.compile(r"ph"), "f"), (re.compile(r"dj"), "j"), (re.compile(r"(?<=[ptkgd])h"), ""),
          (re.compile(r"sh|sch"), "ch"),
          (re.compile(r"ou"), "u"), (re.compile(r"ck|q|c(?=[aou])"), "k"), (re.compile(r"^j(?=[aeiou])"), "y"),
          (re.compile(r"(?<=[aeiou])y|y(?=[^aeiou]|$)"), "i"), (re.compile(r"([^aeiou])\1"), r"\1"),
          (re.compile(r"oo(?=[^aeiou]$)"), "u"), (re.compile(r"ee(?=[^aeiou]$)"), "i"))
MIN_SOUNDED = 4  # letters of a name compared by its sound ("Lina" and "Lena" are two sisters either way)


@lru_cache(maxsize=65536)
def _sound(name: str) -> str:
    for pattern, replacement in SOUNDS:
        name = pattern.sub(replacement, name)
    return name


def _place_sound(name: str) -> str:
    """A place's name as it sounds, French "tch" read as the "ch" English and Ukrainian transliterations write for
    one sound ("Pisotchyn" and "Pisochyn"; a person's is not: "Mitchell" is no "Michel")."""
    return _sound(name).replace("tch", "ch")  # (after the sounds: German "tsch" and a doubled "ttch" are "tch" there)


def close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name ("mohamed"/"mohammed", "stefan"/"stephan", "racha"/"rasha",
    "moustapha"/"mustafa"): written alike once the letters of one sound are made one, or one edit apart for
    names of five letters or more, two for seven or more opening with the same letter; short names must be equal
    ("Lina" and "Lena" are two sisters), first names of two genders are two ("Mario" and "Maria")."""
    if a == b:
        return True
    if a.startswith(b) or b.startswith(a):
        # "Louis"/"Louise", "Samir"/"Samira", "Jasmin"/"Jasmine": two people; but the French writing of a man's
        # Arabic first name in "-in" with a silent "e" is his ("Yassin"/"Yassine", "Amin"/"Amine")
        return _silent_e_apart(a, b) and _men_alike(a, b)  # (not "Stephan"/"Stéphane", "Philipp"/"Philippe": a German
        # and a French name)
    if _silent_e_apart(_sound(a), _sound(b)) and _men_alike(a, b):
        return True  # ... and so once a doubled letter is made one: "Yassine"/"Yasin"
    if _genders_differ(a, b):
        return False  # "Mario"/"Maria": a brother and a sister
    if min(len(a), len(b)) >= MIN_SOUNDED and _sound(a) == _sound(b):
        return True
    shortest = min(len(a), len(b))
    # (two edits only after first letters written alike: "Collard" and "Gillard" are two people, "Jaroslav" and
    # "Yaroslaw", "Elkhattabi" and "Alkhatabi" one)
    allowed = 2 if shortest >= 7 and _alike_openings(a, b) else 1 if shortest >= 5 else 0
    if allowed == 0 or abs(len(a) - len(b)) > allowed:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1] <= allowed


def _silent_e_apart(a: str, b: str) -> bool:
    """One name is the other's "-in" with a silent "e" ("yassin"/"yassine", "amin"/"amine")."""
    short, long = sorted((a, b), key=len)
    return long == short + "e" and len(short) >= MIN_SOUNDED and short.endswith("in")


def _men_alike(a: str, b: str) -> bool:
    """The longer name is a man's, the shorter no woman's ("Yasin", which no list genders, and "Yassine"; not
    "Karin"/"Karine", "Martin"/"Martine")."""
    short, long = sorted((a, b), key=len)
    return gender_of_first_name(long) == "M" and gender_of_first_name(short) in ("M", None)


# openings one name's transliterations swap: letters ("Jaroslav"/"Yaroslaw", "Karim"/"Qarim", "Wasyl"/"Vasyl") and an
# Arabic article or a Slavic first syllable ("Elkhattabi"/"Alkhatabi", "Oleksandr"/"Aleksandr"; not any two vowels:
# "Isabela" and "Anabela", "Adelina" and "Evelina" are sisters)
ALIKE_OPENINGS = frozenset(map(frozenset, ("jy", "iy", "ck", "kq", "vw")))
ALIKE_SYLLABLES = frozenset(map(frozenset, (("el", "al"), ("ol", "al"))))


def _alike_openings(a: str, b: str) -> bool:
    return a[0] == b[0] or frozenset((a[0], b[0])) in ALIKE_OPENINGS or frozenset((a[:2], b[:2])) in ALIKE_SYLLABLES


def _genders_differ(a: str, b: str) -> bool:
    first, second = gender_of_first_name(a), gender_of_first_name(b)
    return first is not None and second is not None and first != second


def _variant_of(name: str, earlier: list[str]) -> str | None:
    """The earlier full name that ``name`` spells differently: the same number of words, each a close spelling
    of one of the other name's (the same words first), in any order ("Mohammed Bensalah" of "Mohamed Bensalah";
    "Naima El Amrany" of "EL AMRANI, Naïma"; "Mohammed Nazary" of "Mohammad Nazari"); a kunya only of a kunya
    (see _same_kunya). (The case's names offer as ``earlier`` only those whose words share a key of
    ``_variant_keys`` with ``name``'s.)"""
    written = _name_words(name)
    for other in earlier:
        mine, theirs = written, _name_words(other)
        if len(theirs) != len(mine) and len(_without_article(theirs)) == len(_without_article(mine)):
            # "Mohamad Khatib" of "Mohamad Al-Khatib": a surname's Arabic article left out
            mine, theirs = _without_article(mine), _without_article(theirs)
        if len(theirs) != len(mine) or len(mine) < 2:
            continue
        if (set(mine) | set(theirs)) & KUNYA:
            if _same_kunya(mine, theirs):
                return other
            continue
        if _paired(list(mine), list(theirs)):
            return other
    return None


ARABIC_ARTICLES = frozenset({"al", "el"})
# the endings of a woman's East Slavic patronymic, in Latin and Cyrillic letters ("Petrivna", "Ivanovna",
# "Петрівна"): her father's name after her first name, never her surname (a man's, "-ovich", "-ovitch", ends many
# surnames too: "Rabinovitch", "Andrukhovych")
PATRONYMIC = re.compile(r"(?i:.{3,}(?:ivna|ovna|evna|yivna|івна|ївна|овна|евна))$")


def _without_article(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the Arabic article of its surname ("al khatib mohamad" -> "khatib mohamad"); as is
    when that would leave fewer than two words."""
    kept = tuple(word for i, word in enumerate(name) if word not in ARABIC_ARTICLES or i == len(name) - 1)
    return kept if len(kept) >= 2 else name


def _same_kunya(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Two writings of one kunya: the same parent's word however transliterated ("Abou"/"Abu", "Oum"/"Umm") before
    the same child's name or one that sounds the same ("Abou Mustapha"/"Abu Moustafa"; "Abou Nasser" and "Abu
    Yasser" are two)."""
    genders = vocabulary.kunya_genders()
    return len(mine) == len(theirs) == 2 and mine[0] in genders and theirs[0] in genders \
        and genders[mine[0]] == genders[theirs[0]] and (mine[1] == theirs[1] or _sound(mine[1]) == _sound(theirs[1]))


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name))


def _paired(mine: list[str], theirs: list[str]) -> bool:
    """Each word of one name has its own close spelling among the other's (the same words first)."""
    for word in list(mine):
        if word in theirs:
            mine.remove(word)
            theirs.remove(word)
    return any(all(close_spelling(a, b) for a, b in zip(mine, order, strict=True))
               for order in itertools.permutations(theirs))


NAME_TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "SCHOOL")
ARTICLE = re.compile(r"^(?:les|le|la|l')(?:\s+|(?<=')\s*)(?=\w)")


def _person_town(text: str, towns: set[str], abroad: bool) -> str | None:
    """The town of the case a one-word person's mention writes, if any (a Belgian one first: the towns abroad are
    looked up only when the case names one, ``abroad``, their list being long to load)."""
    if gender_of_first_name(text) is not None or in_surnames(text):
        return None  # "Florence, la fille", "Bergen a rappelé": a person, whatever town bears the name
    in_belgium = place_key(text)
    if in_belgium is not None:
        return in_belgium if in_belgium in towns else None
    if not abroad:
        return None
    key = _town_key(text)
    return key if key in towns else None


@lru_cache(maxsize=65536)
def _town_key(text: str) -> str | None:
    """One town in Belgium or abroad whatever the language it is written in ("Lüttich" and "Liège", "Keulen" and
    "Cologne"): its key, None for a name no list holds."""
    if in_belgium := place_key(text):
        return in_belgium
    abroad = foreign_town(text)
    return fold(abroad[0]) if abroad else None


def _voted_form(span: Span) -> str:
    """A name as the vote on its type compares it: "le Sextant" and "Sextant" are one name."""
    return ARTICLE.sub("", name_form(_read(span)))


def _voted_types(documents: Sequence[Sequence[Span]], texts: Sequence[str] | None = None) -> dict[str, str]:
    """For a name written alike in several places of the case, the type most of its mentions got (the first
    one's on a tie): "Eupen" read once as a service and three times as a place is a place everywhere, so it
    gets one tag."""
    counts: dict[str, dict[str, int]] = {}
    places_only: set[str] = set()  # the forms that are a place no name list holds ("Verviers")
    named: set[str] = set()  # ... and the words of persons the case names with a title or a first name
    for index, spans in enumerate(documents):
        for span in spans:
            if span.entity_type in NAME_TYPES:
                form = _voted_form(span)
                seen = counts.setdefault(form, {})
                seen[span.entity_type] = seen.get(span.entity_type, 0) + 1
                if span.entity_type in ("PERSON", "LOCATION") and _place_no_name(_read(span).strip()):
                    places_only.add(form)
                if span.entity_type == "PERSON" and (len(form.split()) > 1
                                                     or _titled_person(texts[index] if texts else None, span)):
                    named.update(form.split())
    # (a place no list holds as a name is that place wherever the case reads it as a person: a chat's group
    # "« Famille Verviers »" is the family in Verviers, not a surname; "Namur", "Dinant" are surnames too; and not
    # when the case names a person so, "M. Didier Rochefort", "M. Mons")
    return {form: "LOCATION" if form in places_only and form not in named and {"PERSON", "LOCATION"} <= seen.keys()
            else max(seen, key=lambda t: (seen[t], -list(seen).index(t))) for form, seen in counts.items()
            if len(seen) > 1}


def _titled_person(text: str | None, span: Span) -> bool:
    """A person's title right before the span, not a family's word ("M. Mons"; not "Famille Verviers")."""
    return _titled(text, span) and fold(word_before(text, span.start)).rstrip(".") not in ("famille", "familles")


def _place_no_name(word: str) -> bool:
    """``word`` is one word, a place of the lists and no first name or surname of theirs."""
    return " " not in word and is_listed_place(word) and not in_surnames(word) and not in_first_names(word)


SERVICE_TYPES = ("ORGANIZATION", "SCHOOL")


def _service_form(span: Span) -> str:
    """A service's name as the case compares it: "Le Vieux-Pont", "Vieux-Pont" and "Vieux Pont" are one."""
    form = ARTICLE.sub("", fold(_read(span))).replace("-", " ")
    return SAINT_SHORT.sub(lambda match: "sainte" if match.group(1) else "saint", form)


# "St-Remacle", "Ste Anne": the saint's name a service bears written short
SAINT_SHORT = re.compile(r"(?<![\w])st(e)?\.?(?=\s)")


def _service_names(documents: Sequence[Sequence[Span]], voted: dict[str, str]) -> dict[str, Key]:
    """A service or school named short after its full name ("les Coquelicots" of "l'École communale des
    Coquelicots", "Trois-Rivières" of "l'Athénée des Trois-Rivières"): the longer name is the short one after
    words of its kind, and no other longer name of the case is; it then takes that name's key (type
    included). A short name the case also writes as a place ("Wavre" of "Collège de Wavre") stays itself,
    unless it stands right after the kind word, as the name itself does ("Saint-Lambert" of "Institut
    Saint-Lambert", "De Notelaar" of "Basisschool De Notelaar", whatever type the short one was read as)."""
    names: dict[str, str] = {}
    written: dict[str, tuple[str, ...]] = {}  # its words as written, accents included, for the lexicon
    others: set[str] = set()  # names read as a place or a person
    listed: set[tuple[str, str]] = set()  # ... that the lists hold as a place or a person's name, and as which
    for spans in documents:
        for span in spans:
            entity_type = voted.get(_voted_form(span), span.entity_type)
            form = _service_form(span)
            if entity_type in SERVICE_TYPES:
                names.setdefault(form, entity_type)
            elif entity_type in ("LOCATION", "PERSON") and form not in others:
                if (form, entity_type) in listed or _known_name(_read(span), entity_type):
                    listed.add((form, entity_type))
                    continue
                others.add(form)
            else:
                continue
            read = _read(span)
            bare = ARTICLE.sub("", read.lower())
            # a hyphenated word in pieces, each after the first marked: "Trois Tilleuls" is "Trois-Tilleuls",
            # but no name starts inside one ("Lambert" is not the "Saint-Lambert" of a school)
            as_written = words(read[len(read) - len(bare):])
            # (a saint's name written short, as its full name's: "Ste-Marie-Josaphat" of "Collège Sainte-Marie-...")
            written.setdefault(form, tuple(_saint_written(piece) if i == 0 else f"-{_saint_written(piece)}"
                                           for word in as_written for i, piece in enumerate(word.split("-"))))
    sequences = {form: tuple(words(form)) for form in names}
    longest_first = sorted(names, key=lambda form: -len(sequences[form]))
    out: dict[str, Key] = {}

    def after_kind(forms: list[str]) -> None:
        for form in forms:
            if not words(form):
                continue
            named_right_after = form in others
            short = _without_lower_kind(written[form])
            holders = [other for other in longest_first if other != form
                       and len(sequences[other]) > len(short)
                       and _kind_before(short, written[other], named_right_after)]
            roots = {out.get(other, (names[other], other)) for other in holders}
            if len(roots) == 1:
                out[form] = roots.pop()

    after_kind(longest_first + sorted(others - set(names)))
    # a service written with its kind's initials ("EFL Saint-Remacle" of "École fondamentale libre Saint-Remacle", "AR
    # Tilleuls" of "Athénée royal des Tilleuls"), when one name only is so
    initialled = set()
    for form in sorted(set(names) | others):
        if form in out or len(sequences.get(form, words(form))) < 2:
            continue
        head, *rest = words(form)
        roots = {out.get(other, (names[other], other)) for other in longest_first
                 if other != form and _kind_initials(head, rest, sequences[other])} \
            or {out.get(other, (names[other], other)) for other in longest_first
                if other != form and _school_acronym(head, rest, sequences[other])}
        if len(roots) == 1:
            out[form] = roots.pop()
            initialled.add(form)
    # the short name both then name ("Tilleuls" of "EC Les Tilleuls" and "École communale Les Tilleuls": one school)
    if initialled:
        after_kind([form for form in longest_first + sorted(others - set(names)) if form not in out])
    # a service written by its acronym ("l'ITPS") is the one whose name's initials spell it, when one only does
    spelt: dict[str, set[Key]] = {}
    for form in longest_first:
        acronym = service_acronym(form)
        if acronym is not None and acronym != form:
            spelt.setdefault(acronym.lower(), set()).add(out.get(form, (names[form], form)))
    # (even when a longer name holds it as its own name, as a department of that institution does: "CHLC" of
    # "Centre hospitalier Louvière-Canal", not of "Service social CHLC")
    for acronym, roots in spelt.items():
        if acronym in names and len(roots) == 1 and (acronym not in out or acronym in words(out[acronym][1])):
            out[acronym] = next(iter(roots))
        elif acronym in others and len(acronym) >= MIN_ACRONYM_READ_AS_NAME and len(roots) == 1:
            out[acronym] = next(iter(roots))  # ("| ITNDP |" in a table, read as a person's initials)
    # a name with a word abbreviated ("École comm. de Huppaye" of "École communale de Huppaye"), when one only fits
    for form in sorted(names):
        if form not in out and "." in form:
            roots = {out.get(other, (names[other], other)) for other in longest_first
                     if other != form and _abbreviates(form, other)}
            if len(roots) == 1:
                out[form] = roots.pop()
    # a name linked to one that the initials' rule linked afterwards takes that one's root ("EFC Bomal" of "EFC de
    # Bomal", itself "École communale de Bomal")
    for form, key in out.items():
        seen = {form}
        while key[1] in out and key[1] not in seen:
            seen.add(key[1])
            key = out[key[1]]
        out[form] = key
    return out


# letters of an acronym that a case writes for one of its services, which a model read as a person's initials (a
# person's are two or three)
MIN_ACRONYM_READ_AS_NAME = 4
MIN_ABBREVIATION = 3  # letters a name's abbreviated word keeps before its stop ("comm.", "fond.")


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is ``long`` (both folded service names) with words cut short before a stop ("ecole comm. de
    huppaye", "ecole communale de huppaye")."""
    mine, theirs = re.findall(r"[^\W_]+\.?", short), re.findall(r"[^\W_]+", long)  # (a number too: "n°5", "n°2")
    return len(mine) == len(theirs) and all(
        word == other or word.endswith(".") and len(word) > MIN_ABBREVIATION and len(other) >= len(word)
        and other.startswith(word[:-1]) and not word[:-1].isdigit() for word, other in zip(mine, theirs, strict=True))


SERVICE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "aux", "au", "a", "à"})
SAINT_WRITTEN = {"st": "Saint", "ste": "Sainte"}


def _saint_written(piece: str) -> str:
    """"St", "Ste" (a saint's name written short) as "Saint", "Sainte"; any other word as it is."""
    return SAINT_WRITTEN.get(piece.lower().rstrip("."), piece)


def _without_lower_kind(written: tuple[str, ...]) -> tuple[str, ...]:
    """A name after its kind written in lower case and a link word ("école aux Trois-Rivières", "l'école des
    Coquelicots") is the name alone: the kind is the sentence's, and the school may be written with another kind
    elsewhere ("Athénée des Trois-Rivières")."""
    rest = written[2:]
    if len(written) > 2 and written[0].islower() and fold(written[0]) in _kinds() \
            and fold(written[1]) in SERVICE_LINKS and written[2][:1].isupper() \
            and "".join(rest) not in places_known() and " ".join(rest) not in places_known():
        return rest  # (not a commune's: "l'école de Wavre" may be any school of Wavre)
    return written


def _kind_initials(head: str, rest: list[str], name: Sequence[str]) -> bool:
    """``head`` spells the first words of ``name`` by their initials and ``rest`` is what follows them, function words
    aside ("efl", ["saint", "remacle"] of "ecole fondamentale libre saint remacle")."""
    if not 2 <= len(head) <= MAX_ACRONYM or not head.isalpha():
        return False
    content = [word for word in rest if word not in ACRONYM_SKIPPED]
    for count in range(2, len(name)):
        kind, after = name[:count], [word for word in name[count:] if word not in ACRONYM_SKIPPED]
        letters = "".join(word[0] for word in kind if word not in ACRONYM_SKIPPED)
        if letters == head and content and (after == content or _then_of(name[count:], content)):
            return True
    return False


SCHOOL_WORD = "ecole"


NETWORKS = {acronym.lower(): word for acronym, word in NETWORK_ACRONYMS.items()}
NETWORK_WORDS = frozenset(NETWORKS.values())


def _school_acronym(head: str, rest: list[str], name: Sequence[str]) -> bool:
    """``head`` is a school network's acronym ("efc", "efl", "ec") and ``name`` an "école" of that network (its word,
    "communale", "libre", among the words of its kind, and no other network's) whose words after its kind's are
    ``rest`` ("efc", ["bomal"] of "ecole communale de bomal": the acronym is "école fondamentale communale", which the
    full name may leave out)."""
    if head not in NETWORKS or not name or name[0] != SCHOOL_WORD:
        return False
    content = [word for word in rest if word not in ACRONYM_SKIPPED]
    if not content or len(name) <= len(content) or list(name[len(name) - len(content):]) != content:
        return False
    kind = name[1:len(name) - len(content)]
    return NETWORKS[head] in kind and not (NETWORK_WORDS - {NETWORKS[head]}) & set(kind) \
        and all(word in ACRONYM_SKIPPED or word in KIND_WORDS for word in kind)


# the words between "école" and its name in a school's full name ("communale", "fondamentale libre")
KIND_WORDS = frozenset({"communale", "libre", "fondamentale", "primaire", "maternelle", "officielle", "subventionnee",
                        "provinciale", "speciale", "specialisee", "catholique"})


def _then_of(words_after: Sequence[str], content: list[str]) -> bool:
    """``words_after`` are ``content`` (function words aside), then "de" and the commune the name ends with ("saint
    remacle" + "de stavelot" of "ecole fondamentale libre saint remacle de stavelot", which "EFL Saint-Remacle"
    names)."""
    found = 0
    for at, word in enumerate(words_after):
        if found == len(content):
            return word in ("de", "du", "d") and at + 1 < len(words_after)
        if word == content[found]:
            found += 1
        elif word not in ACRONYM_SKIPPED:
            return False
    return False


# the words an institution's acronym skips: articles, prepositions, conjunctions of French, Dutch, German, English
ACRONYM_SKIPPED = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "sur",
                             "sous", "pour", "van", "der", "den", "het", "voor", "und", "fur", "the", "of", "and"})
MIN_ACRONYM, MAX_ACRONYM = 3, 6


def service_acronym(name: str) -> str | None:
    """The capitals an institution's name of three words or more is shortened to: the first letter of each word but
    the function words ("Institut technique provincial des Sorbiers" -> "ITPS", "Hôpital régional de la Vesdre" ->
    "HRV"); None for a shorter name."""
    letters = [word[0].upper() for word in re.findall(r"[^\W\d_]+", name) if fold(word) not in ACRONYM_SKIPPED]
    return fold("".join(letters)).upper() if MIN_ACRONYM <= len(letters) <= MAX_ACRONYM else None


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """Kinds of services and schools in any of the country's languages ("basisschool", "athénée", "centre")."""
    from anonymizer.keeplist import kind_terms

    return frozenset(fold(kind) for kind in vocabulary.school_kinds()) | kind_terms()


def _known_name(text: str, entity_type: str) -> bool:
    """A place the lists know ("Waterloo", "Uccle") or a name all of whose words are first names or surnames
    ("Lambert", "Jean Jaurès"): read as such, it is no short name of a service that bears it."""
    if entity_type == "LOCATION":
        return bool(place_key(text)) or name_form(text) in places_known()
    parts = [part for part in re.split(r"[\s-]+", text) if part]
    return all(in_first_names(part) or in_surnames(part) for part in parts)


def _kind_before(short: tuple[str, ...], long: tuple[str, ...], right_after: bool = False) -> bool:
    """``long`` is ``short`` with words of its kind around its words ("école communale des" + "coquelicots",
    "école des coquelicots" in "école communale des coquelicots"), and where it stands after them ("institut
    saint-lambert" + "du hain"), before a closing adjective ("les tournesols" + "bleus") or a place ("sporting" +
    "clabecq"); a name after which
    another name comes is another service's ("La Chaloupe" and "La Chaloupe Junior"). ``right_after``: the
    short name must follow a word of its kind itself ("Basisschool De Notelaar"), not "de" ("Collège de Wavre" does
    not name Wavre) nor another name ("Institut Sainte-Marie" does not name Marie). Both as written, lower case but
    for a closing word; the pieces of a hyphenated word after its first marked with a "-"."""
    at, matched = 0, 0
    for word in long:
        bare = word.lstrip("-")
        if matched < len(short) and fold(bare) == fold(short[matched].lstrip("-")) \
                and not (matched == 0 and word.startswith("-")):
            if matched == 0 and right_after and (at == 0 or fold(long[at - 1]) not in _kinds()):
                return False
            matched += 1
        elif matched < len(short):
            # (a kind's or a club's acronym too: "FC", "RSC", "EFL")
            if not (is_word(bare.lower()) or bare.lower() in vocabulary.stop_words() or fold(bare) in _kinds()
                    or (bare.isupper() and len(bare) <= MAX_ACRONYM)):
                return False
        else:
            rest = long[at:]
            if rest[0].startswith("-"):
                return False  # "Saint" of "Saint-Lambert"
            return bool(re.match(r"(?i:de|du|des|d['’])(?![^\W\d_])|(?i:d['’])[^\W\d_]", rest[0])) or all(
                word.islower() and is_adjective(word) for word in rest) \
                or " ".join(word.lstrip("-") for word in rest) in places_known()  # "Sporting" of "FC Sporting
            # Clabecq": the club of a place
        at += 1
    return matched == len(short)


# numbers whose last digits check the others: one of them mistyped is still the same number
CHECKED: dict[str, Callable[[str], bool]] = {"NISS": nn.is_valid, "IBAN": account_checks, "BCE": vat.is_valid}


@lru_cache(maxsize=4096)
def _checks(entity_type: str, key: str) -> bool:
    return bool(CHECKED[entity_type](key))


def _one_digit_apart(a: str, b: str) -> bool:
    """One digit wrong, or two next to each other swapped ("174" typed "147"): the two commonest slips, each of
    which always breaks a check modulo 97 (it changes the number by less than 97 times a power of ten); or one digit
    left out or typed twice, which breaks the number's fixed length ("BE34 0632 4187 509" of "BE34 0632 4187 5090")."""
    if abs(len(a) - len(b)) == 1:
        short, long = sorted((a, b), key=len)
        return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
    if len(a) != len(b):
        return False
    wrong = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(wrong) == 1 or (len(wrong) == 2 and wrong[1] == wrong[0] + 1
                               and a[wrong[0]] == b[wrong[1]] and a[wrong[1]] == b[wrong[0]])


REFERENCE_YEAR = re.compile(r"20[0-4]\d")  # a year a reference writes in four digits or two ("2024", "24")


def _short_year(group: str) -> str:
    """A reference's year as two digits ("2024" -> "24"); any other group of digits as written."""
    return group[2:] if REFERENCE_YEAR.fullmatch(group) else group


def reference_group(group: str) -> str:
    """A reference's group of digits as compared: its year in two digits, without the zeros before its digits
    ("2025" -> "25", "0654" -> "654")."""
    return _short_year(group).lstrip("0") or "0"


def _number_variants(documents: Sequence[Sequence[Span]]) -> dict[Key, str]:
    """(type, key) of a number -> the key it is another writing of. A NISS, IBAN or BCE number whose check
    fails, one digit or one swap of two digits away from one that checks in the same case, is that one mistyped
    (either slip always breaks the check, so two real numbers are never that close). A reference whose groups of
    digits are those of a reference of the case that adds letters to its own ("1187/24", "SAJ 24.1187" and
    "SAJ/NIV/24/1187") is that one written short; a year counts written in two digits or four ("24/0862",
    "2024-0862")."""
    keys: dict[str, set[str]] = {}
    groups: dict[str, tuple[str, ...]] = {}   # its groups of digits, sorted, the year in two digits
    bare: dict[str, tuple[str, ...]] = {}     # ... in their order, also without the zeros before a group's digits
    dated: dict[str, tuple[str, ...]] = {}
    letters: dict[str, frozenset[str]] = {}
    for spans in documents:
        for span in spans:
            if span.entity_type in NUMBER_TYPES:
                key = number_key(_read(span), span.entity_type)
                keys.setdefault(span.entity_type, set()).add(key)
                if span.entity_type == "CASE_REF":
                    found = re.findall(r"\d+", _read(span))
                    groups[key] = tuple(sorted(_short_year(group) for group in found))
                    bare[key] = tuple(reference_group(group) for group in found)
                    if len(found) >= 2 and re.fullmatch(r"(?:19|20)\d\d", found[-1]):
                        dated[key] = bare[key][:-1]  # ... and without its year at the end
                    letters[key] = frozenset(re.findall(r"[^\W\d_]+", _read(span).upper()))
    out: dict[Key, str] = {}
    for entity_type in CHECKED:
        found = keys.get(entity_type, set())
        valid = [key for key in found if _checks(entity_type, key)]
        for key in found - set(valid):
            near = [other for other in valid if _one_digit_apart(key, other)]
            if len(near) == 1:
                out[(entity_type, key)] = near[0]
    by_groups: dict[tuple[str, ...], list[str]] = {}
    for key, digits in groups.items():
        if len(digits) >= 2 and max(map(len, digits)) >= 3:
            by_groups.setdefault(digits, []).append(key)
    for same in by_groups.values():
        # the short writing drops letters the long one has ("1187/24", "SAJ 24.1187" of "SAJ/NIV/24/1187"); two
        # writings with letters of their own ("RG 24/1234/A", "RG 24/1234/B"; "SAJ/...", "SPJ/...") are two
        target = max(same, key=lambda key: (len(letters[key]), len(key), key))
        if any(not letters[key] <= letters[target] for key in same):
            continue
        for key in same:
            if key != target:
                out[("CASE_REF", key)] = target
    # a reference the groups above leave alone is another writing of the one reference of the case (only one) whose
    # groups, their zeros left out, are its own, or end with its own (before a year), and whose letters hold its own:
    # "0654/23" of "SAJ/VE/23/0654", "0931" of "PMS-TR-0931", "1873/2025" of "NI.55.L3.001873/2025", "045678" of
    # "BR.12.LL.045678/2024" (not "24/1234" of "24/1234/2", a sibling's number after it)
    for key, digits in bare.items():
        if ("CASE_REF", key) in out or max(map(len, digits), default=0) < MIN_REFERENCE_DIGITS:
            continue
        longer = {out.get(("CASE_REF", other), other) for other, theirs in bare.items()
                  if other != key and letters[key] <= letters[other]
                  and (len(theirs) > len(digits) and (theirs[len(theirs) - len(digits):] == digits
                                                      or dated.get(other, ())[-len(digits):] == digits)
                       or len(theirs) == len(digits) and sorted(theirs) == sorted(digits)
                       and (letters[key] < letters[other] or len(other) > len(key)))}
        if len(longer) == 1:
            out[("CASE_REF", key)] = next(iter(longer))
    # a foreign number written as its country writes it at home, its trunk zero before the national number, which
    # is no Belgian number ("0661 84 20 37" in a PV, "+212 661 84 20 37" in the messages), is the one number of the
    # case written with that national number after a country code
    # (a neighbour's reading of it, "+33 6 61 84 20 37", gives way to that number's country)
    national: dict[str, set[str]] = {}  # a number written at home -> its digits after the trunk zero
    abroad: dict[str, set[str]] = {}    # a number written with its country's code -> its national number
    for spans in documents:
        for span in spans:
            if span.entity_type != "PHONE":
                continue
            written = _read(span)
            key, digits = number_key(written, "PHONE"), re.sub(r"\D", "", written)
            if digits.startswith("0") and not digits.startswith("00") and not _belgian_number(digits):
                national.setdefault(key, set()).add(digits[1:])
            elif written.lstrip().startswith(("+", "00")) and (parts := phone_parts(written)) \
                    and parts[0] != BELGIUM:
                abroad.setdefault(key, set()).add(parts[1])
    for key, numbers in national.items():
        same = {other for other, theirs in abroad.items() if other != key and numbers & theirs}
        if len(same) == 1:
            out[("PHONE", key)] = next(iter(same))
    return out


BELGIUM = 32  # its calling code


def _belgian_number(digits: str) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "BE"))
    except phonenumbers.NumberParseException:
        return False


MIN_REFERENCE_DIGITS = 3  # digits of a reference's group that tell it from another's ("0931", not "24")


# a title just before a surname: the gender of the person it names ("Mme Bensalah" is not Mohamed Bensalah)
# (a title closing the line above is the name's, as an address block or a wrapped line writes it, "Monsieur\nTHOMAS",
# "avec Mme\nLebrun"; not an initial "M." closing a signature, "... Jérôme M." or "J.M.", before the initials opening
# the next line)
TITLE_GENDER = ((re.compile(r"(?:^|(?<=\n)|\b)(?:Mme|Mmes|Mlle|Melle|Madame|Mademoiselle|Mevr|Mevrouw|Frau)\.?\s*\Z",
                             re.IGNORECASE), "F"),
                (re.compile(r"(?:^|(?<=\n)|\b)(?:M|MM|Mr|(?i:monsieur|dhr|meneer|herr))\.?\s*\Z"), "M"))


def title_gender(text: str | None, span: Span) -> str | None:
    """The gender a title right before ``span`` gives ("Mme Bensalah" -> "F"), None without one."""
    if text is None:
        return None
    before = text[max(0, span.start - 14):span.start]
    for pattern, gender in TITLE_GENDER:
        title = pattern.search(before)
        at = span.start - len(before) + title.start() if title else 0
        if title and ("\n" not in title.group() or not _signature_initial(text, at)):
            return gender
    return None


SIGNATURE_BEFORE = re.compile(r"(?:[^\W\d_]\.|\b[A-Z][^\W\d_]+[^\S\n]+)$")  # "J." glued, "Jérôme " before "M."


def _signature_initial(text: str, start: int) -> bool:
    """The "M" at ``start`` is an initial after a first name or another initial ("Jérôme M.", "J.M."), no title."""
    return text[start:start + 1] == "M" and SIGNATURE_BEFORE.search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=65536)
def _name_gender(name: str, mention: frozenset[str]) -> str | None:
    """The gender of a full name's first known first name outside the words of the mention that stands for it
    ("fatima bensalah" for "Bensalah" -> "F"; "thomas julie" for "Thomas" -> "F": the surname is no first
    name there)."""
    return next((g for g in (gender_of_first_name(w) for w in name.split() if w not in mention) if g), None)


def case_entity_keys(documents: Sequence[Sequence[Span]], prior: Iterable[str] = (),
                     texts: Sequence[str] | None = None) -> list[dict[Span, Key]]:
    """(entity_type, canonical folded text) for every span of the documents of a case, each document's spans
    keyed in its own dict.

    ``prior``: folded full names already known to the case (from its key), candidates before any of
    these documents' names. ``texts``: the documents' texts, when known (a title before a surname then
    tells which relative it names, a parent's word before a name who "Abou Karim" is)."""
    voted = _voted_types(documents, texts)
    people = _People(documents, prior, voted, texts)
    date_keys = _date_keys(documents)
    services = _service_names(documents, voted)
    numbers = _number_variants(documents)
    towns = {key for spans in documents for span in spans
             if voted.get(_voted_form(span), span.entity_type) == "LOCATION"
             and (key := _town_key(_without_postcode(_read(span))))}
    towns_abroad = any(place_key(town) is None for town in towns)
    postcodes: dict[str, set[str]] = {}  # each town written after a postcode -> its postcodes
    for spans in documents:
        for span in spans:
            if span.entity_type == "LOCATION" and (postcode := POSTCODE_BEFORE.match(_read(span).strip())):
                postcodes.setdefault(fold(_without_postcode(_read(span))), set()).add(postcode.group().strip())
    keyed = []
    for index, spans in enumerate(documents):
        text = texts[index] if texts is not None else None
        keys: dict[Span, Key] = {}
        passage = _Passage(text, [span for span in spans if voted.get(_voted_form(span), span.entity_type) == "PERSON"],
                           lambda span: people.mention(span)[1])
        for span in sorted(spans, key=lambda span: (span.start, span.end)):
            canonical = fold(_read(span))
            entity_type = voted.get(_voted_form(span), span.entity_type) if span.entity_type in NAME_TYPES \
                else span.entity_type
            if span.entity_type in NUMBER_TYPES:
                canonical = number_key(_read(span), span.entity_type) or canonical
                canonical = numbers.get((span.entity_type, canonical), canonical)
            elif (index, span) in date_keys:
                canonical = date_keys[index, span]
            elif span.entity_type == "ADDRESS":
                canonical = address_key(_read(span)) or canonical
            elif entity_type in SERVICE_TYPES:  # "Le Vieux-Pont" and "Vieux-Pont" are one service
                entity_type, canonical = services.get(form := _service_form(span), (entity_type, form))
            elif entity_type in ("LOCATION", "PERSON") and (form := _service_form(span)) in services:
                entity_type, canonical = services[form]  # "Saint-Lambert" of its institute
            elif entity_type == "PERSON" and towns and " " not in _read(span).strip() \
                    and (town := _person_town(_read(span), towns, towns_abroad)):
                entity_type, canonical = "LOCATION", town  # "Köln" read as a person, "Keulen" a place
            elif entity_type == "PERSON" and ANY_HAN.search(span.text):
                canonical = span.text  # (its own characters, see _People; its Latin name's key when it follows it in
                # brackets, see _other_names)
            elif entity_type == "PERSON":
                canonical = people.key(span, title_gender(text, span), passage)
            elif entity_type == "LOCATION":
                # "Hal" and "Halle", "Kelmis" and "La Calamine", "Antep" and "Gaziantep" are one town, and so are
                # "4800 Verviers" and "Verviers", "4000 Liège" and "4020 Liège" (see _communes_apart)
                name = _without_postcode(_read(span))
                if _communes_apart(fold(name), postcodes.get(fold(name), set())):
                    name = _read(span)
                canonical = _town_key(name) or _saint_key(name) or fold(name)
            keys[span] = (entity_type, canonical)
        keyed.append(keys)
    if texts is not None:
        _parents_of_kunyas(keyed, texts)
        _other_names(keyed, texts, people)
    _places_spelt_alike(keyed, towns)
    _streets_of_addresses(keyed)
    _addresses_without_box(keyed, texts)
    _names_with_extra_words(keyed)
    if texts is not None:
        _initials_of_full_names(keyed, texts)
    return keyed



PLACE_SAINT_SHORT = re.compile(r"(?<![\w])(?i:s(t|te))\.?(?=[-\s])")  # (as written: "Haine-St-Pierre", "ST-GHISLAIN")


def _saint_key(name: str) -> str | None:
    """A place whose "Saint" is written short ("Haine-St-Pierre", "Ste-Ode", "ST-GHISLAIN", "St-Niklaas"): the key of
    the name written out the French or the Dutch way, whichever the lists know, else the French one folded; None for
    no short form."""
    if PLACE_SAINT_SHORT.search(name) is None:
        return None
    written = [PLACE_SAINT_SHORT.sub(lambda m: "Saint" if m.group(1).lower() == "t" else "Sainte", name),
               PLACE_SAINT_SHORT.sub("Sint", name)]
    for form in written:
        if key := _town_key(form):
            return key
    known = places_known()
    return next((fold(form) for form in written if form in known or form.isupper() and form.title() in known),
                fold(written[0]))


REGION_OF_COMMUNES = frozenset({"bruxelles", "brussel", "brussels", "bruessel"})


def _communes_apart(town: str, postcodes: set[str]) -> bool:
    """Whether the postcodes a case writes before one town's name name different communes: "Bruxelles" and its
    region's nineteen ("1050 Bruxelles" is Ixelles), or postcodes of two provinces' areas (their first digit), two
    villages of one name ("9120 Beveren", "8800 Beveren"); "5000"/"5100 Namur", "2000"/"2660 Antwerpen" are one."""
    numbers = sorted(int(code) for code in (re.sub(r"\D", "", postcode) for postcode in postcodes) if code)
    if len(numbers) < 2:
        return False
    return town in REGION_OF_COMMUNES or str(numbers[0])[0] != str(numbers[-1])[0]


POSTCODE_BEFORE = re.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}[^\S\n]+(?=[^\W\d_])")


def _without_postcode(text: str) -> str:
    """A town's name without the postcode written before it ("4800 Verviers" -> "Verviers")."""
    return POSTCODE_BEFORE.sub("", text.strip(), count=1) if text[:1].isdigit() or text[1:2] == "-" else text


def _places_spelt_alike(keyed: list[dict[Span, Key]], towns: set[str]) -> None:
    """A place the lists do not know is the town of the case it is another writing of, once spaces and hyphens are
    left out: as it sounds ("Machhad" beside "Mashhad", as two writers transliterate it), or, for a long name, spelt
    closely (a village of origin, "Kafartakharim" beside "Kafr Takharim"); else the first place no list knows it
    is another writing of."""
    def joined(place: str) -> str:
        return re.sub(r"[\s'’-]+", "", place)

    def alike(written: str, other: str, apart: bool) -> bool:
        """``apart``: the two writings cut the name into words differently ("Kafr Takharim", "Kafartakharim"): then
        a close spelling too ("Tell Abyad" and "Tell Aswad", two villages, are cut alike)."""
        return _place_sound(written) == _place_sound(other) \
            or (apart and min(len(written), len(other)) >= MIN_JOINED_PLACE and close_spelling(written, other))

    known = {joined(town): town for town in sorted(towns, reverse=True) if len(town) >= MIN_SOUNDED}
    unknown: dict[str, str] = {}  # a place no list knows, joined -> its first canonical form
    for keys in keyed:
        for span, (entity_type, canonical) in keys.items():
            if entity_type != "LOCATION" or canonical in towns or len(canonical) < MIN_SOUNDED \
                    or any(character.isdigit() for character in canonical) or _street_type().match(canonical):
                continue  # (a commune kept with its postcode is kept apart from its namesake: see _communes_apart)
            written = joined(canonical)
            cut = len(re.split(r"[\s'’-]+", canonical))
            same = next((town for form, town in known.items()
                         if alike(written, form, cut != len(re.split(r"[\s'’-]+", town)))), None) \
                or next((first for form, first in unknown.items()
                         if alike(written, form, cut != len(re.split(r"[\s'’-]+", first)))), None)
            if same is not None:
                keys[span] = ("LOCATION", same)
            else:
                unknown.setdefault(written, canonical)
    # a place no list knows by itself, written as the first part of a hyphenated name the case writes in full, when
    # only one begins so: "Marchienne" of "Marchienne-au-Pont" (not "Saint-Gilles" of "Saint-Gilles-Waes", "Hamme" of
    # "Hamme-Mille": localities of their own)
    places = {canonical for keys in keyed for entity_type, canonical in keys.values() if entity_type == "LOCATION"}
    for keys in keyed:
        for span, (entity_type, canonical) in keys.items():
            if entity_type == "LOCATION" and len(canonical) >= MIN_OPENING_PLACE and canonical not in towns \
                    and canonical not in postcode_of() and not _street_type().match(canonical) \
                    and not is_country(canonical) \
                    and len(longer := [place for place in places if place.startswith(canonical + "-")
                                       and not CARDINAL_SUFFIX.search(place)]) == 1:
                keys[span] = ("LOCATION", longer[0])


# "BL", "KEO", "A.C.D.", a compound first name's "G.-C.", a particle's letter in lower case "TVdV", accented "SÖ"
INITIALS_WRITTEN = re.compile(rf"(?:[{vocabulary.UPPER}]\.?-?|[a-z](?=[{vocabulary.UPPER}]))"
                              rf"(?:[{vocabulary.UPPER}]\.?-?|[a-z](?=[{vocabulary.UPPER}])){{1,4}}")


# a title and the bracket the initials stand in: "Mme (VS)", a family's member as the visit's note writes her
TITLE_BRACKET_BEFORE = re.compile(r"(?<![\w.])(?:M\.|Mme|Mlle|Mr|Mrs)[^\S\n]*\($")
TITLE_REACH = 8


def _initials_of_full_names(keyed: list[dict[Span, Key]], texts: Sequence[str]) -> None:
    """A person's initials in capitals stand for the one full name their document pairs them with on one line, as a
    staff list does before the minutes write them ("| BL | Bruno Leclercq |", then "BL : Matteo va mieux"; "KEO" of
    "Khadija El Ouazzani", "ACD" of "Anne-Catherine Delvaux"); else for the one person the document names whose name
    gives them ("École (F.L.)" of "F. Lhoest" in the attendance table above); of no one when two names fit, nor after
    a title ("Mme SY", "M. BA": short surnames)."""
    services: dict[str, set[Key]] = {}  # a service's or a school's acronym -> the case's services it abbreviates
    for keys in keyed:
        for span, key in keys.items():
            if key[0] in SERVICE_TYPES and (acronym := service_acronym(_read(span))):
                services.setdefault(acronym, set()).add(key)
    for keys, text in zip(keyed, texts, strict=True):
        owners: dict[str, set[Key]] = {}
        named: dict[str, set[Key]] | None = None  # (read only when an initials' span needs it)
        for span, key in keys.items():
            if key[0] == "PERSON" and len(pieces := re.findall(r"[^\W\d_]+", _read(span))) >= 2:
                line = vocabulary.line_around(text, span.start, span.end)
                for letters in _initials_forms(pieces):
                    if re.search(rf"(?<![\w.]){letters}(?![\w])", line):
                        owners.setdefault(letters, set()).add(key)
        # the initials a note's legend gives a person it names: "ZB = fils aîné Zelimkhan" (her first name alone)
        for code, start, end, _labelled in legend_entries(text):
            for span, key in keys.items():
                if key[0] == "PERSON" and span.start < end and start < span.end and code.isupper() \
                        and span.text[:1] == code[:1]:
                    owners.setdefault(code, set()).add(key)
        for span, key in keys.items():
            if key[0] == "PERSON" and INITIALS_WRITTEN.fullmatch(written := _read(span).strip()) \
                    and title_gender(text, span) is None and not TITLE_BRACKET_BEFORE.search(
                        text, max(0, span.start - TITLE_REACH), span.start):
                # (a service's acronym the model read as a person's initials: "DSL, LCA (par Teams)" of the
                # Lighthouse Christian Academy; only when no person of the document has those initials)
                letters = re.sub(r"[.-]", "", written).upper()
                fitting = owners.get(letters, set()) or services.get(letters, set())
                if not fitting:
                    named = _named_in_document(keys, text) if named is None else named
                    fitting = named.get(letters, set())
                if len(fitting) == 1:
                    keys[span] = next(iter(fitting))


def _named_in_document(keys: dict[Span, Key], text: str) -> dict[str, set[Key]]:
    """Initials -> the professionals a document names with a first name, or its initial, and a surname, their role
    on the same line ("| F. Lhoest | directrice |", "LAMBERT Marc, éducateur": "FL", "ML"), or written surname, comma
    and first name as a roster lists its participants ("Hermans, Delphine": "DH"; not a compound first name
    alone, "Jean-Marc", nor a family's member: "Le père, Marc Lambert" is no "M.L." of a child or a worker)."""
    named: dict[str, set[Key]] = {}
    for span, key in keys.items():
        read = _read(span).strip()
        written = read.split()
        if key[0] != "PERSON" or len(written) < 2 or INITIALS_WRITTEN.fullmatch(read) \
                or not (_with_professional_role(text, span) or "," in read):
            continue  # (a roster's "NOM, Prénom" is a professional listed: "Hermans, Delphine (SAJ)")
        if "," in read:  # "Hermans, Delphine" is Delphine Hermans
            surname_part, _, first_part = read.partition(",")
            written = first_part.split() + surname_part.split()
        else:
            capitals = [word.isupper() and len(re.sub(r"[\W\d_]", "", word)) > 1 for word in written]  # (not "F.")
            surname = capitals.index(False) if False in capitals else \
                (len(written) - 1 if in_first_names(written[-1].capitalize())
                 and not in_first_names(written[0].capitalize()) else 0)
            if 0 < surname < len(written):
                written = written[surname:] + written[:surname]  # a surname in capitals first: "LAMBERT Marc" is
                # Marc Lambert, "EL HADDOUCHI Adam" Adam El Haddouchi, "LAMBERT MARC" Marc Lambert
        pieces = [piece for word in written for piece in re.findall(r"[^\W\d_]+", word)]
        forms = _initials_forms(pieces)
        if "-" in written[0]:  # a compound first name's own initials: "F.-A." of Florin-Alexandru Căldăraru
            forms.add("".join(part[0].upper() for part in written[0].split("-") if part))
        for letters in forms:
            named.setdefault(letters, set()).add(key)
    return named


def _with_professional_role(text: str, span: Span) -> bool:
    """A professional's role word stands on the person's line, outside the name ("| F. Lhoest | directrice |")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start:span.start] + " " + text[span.end:line_end if line_end >= 0 else len(text)]
    written = re.findall(r"[^\W\d_]+", fold(line))
    return bool(({*written} | {f"{a} {b}" for a, b in itertools.pairwise(written)}) & professional_role_terms())


def _initials_forms(pieces: list[str]) -> set[str]:
    """The initials a name's words give, in capitals: all of them, and without its particles ("Khadija El Ouazzani":
    "KEO", "KO"); the first name's first and the surname's (one initial for a compound first name: "AD")."""
    first_letters = [piece[0].upper() for piece in pieces]
    without = [piece[0].upper() for piece in pieces if fold(piece) not in _name_particles()]
    return {"".join(first_letters), "".join(without), first_letters[0] + first_letters[-1]}


EXTRA_TYPES = ("LOCATION", "ORGANIZATION")
HEADING_TAIL = re.compile(r"[^\S\n]+[-–—][^\S\n]+")  # "CAP MIDI - NOTE DE SUIVI", "KÖPRÜ – Médiation interculturelle"
FIRM_FORM = re.compile(rf"(?i:{LEGAL_FORM})\.?")


def _names_with_extra_words(keyed: list[dict[Span, Key]]) -> None:
    """A place's or a service's span that took other words with a name the case writes alone is that name: a place
    after ordinary words in lower case ("district de Michalovce", "la gare de Libramont", "num amigo em Anderlecht";
    not a street's: "rue de Namur" is a street), a service before a heading's tail after a dash ("CAP MIDI - NOTE DE
    SUIVI INDIVIDUEL") or with its legal form ("SRL Sen Vàng"), a town after a network's word ("CPMS libre de Wavre"
    after the kept "Centre PMS": "libre de Wavre"). A service of a kind named after a town or a saint is no town and
    no other service ("Hôpital de Libramont", "Home Saint-Joseph"), nor is a school ("École communale de Fayt")."""
    alone: dict[str, Counter[Key]] = {}
    for keys in keyed:
        for span, key in keys.items():
            if key[0] in NAME_TYPES and key[0] != "PERSON":
                alone.setdefault(fold(_read(span).strip()), Counter())[key] += 1
    for keys in keyed:
        for span, key in keys.items():
            if key[0] not in EXTRA_TYPES:
                continue
            written = _read(span).strip()
            name = _name_inside(written, alone, key[0])
            if name is not None:
                keys[span] = alone[name].most_common(1)[0][0]


def _name_inside(written: str, alone: dict[str, Counter[Key]], entity_type: str) -> str | None:
    """The folded name the case writes alone that ``written`` holds with other words (see _names_with_extra_words)."""
    tail = HEADING_TAIL.search(written)
    if tail is not None and (head := fold(written[:tail.start()])) in alone:
        return head
    pieces = written.split()
    for cut in range(1, len(pieces)):
        for rest, name, before in ((pieces[:cut], pieces[cut:], True), (pieces[cut:], pieces[:cut], False)):
            folded = fold(" ".join(name))
            if folded not in alone or folded == fold(written):
                continue
            if before and entity_type == "LOCATION" and all(word.islower() for word in rest) \
                    and not _street_type().match(fold(" ".join(rest))):
                return folded
            if entity_type == "ORGANIZATION" and (all(FIRM_FORM.fullmatch(word) for word in rest)
                                                  or before and all(fold(word) in SERVICE_LINKS | KIND_WORDS
                                                                    for word in rest)):
                return folded  # (not "Hôpital Saint-Joseph" nor "Home Saint-Joseph": a school, a home, a hospital
                # may bear one saint's name)
    return None


HOUSE_NUMBER = re.compile(r"\s+\d+\w?(?:/\w+)?$")  # an address key's number and box, at its end
# between a street's type and its name ("rue des Hirondelles"; a name opening with "De" is its own: "rue Devaux")
STREET_LINK = re.compile(r"^(?:de la|de l'|des|du|de|d'|l'|aux|au|a la|a l')(?:\s+|(?<=')\s*)")


def _streets_of_addresses(keyed: list[dict[Span, Key]]) -> None:
    """An address written without its street's type ("Hirondelles 17, 7080 Frameries" in a form's field) is the one
    the case writes with it ("rue des Hirondelles 17, 7080 Frameries"), when only one such address has that name and
    number, in the same commune when both write their postcode. (A street named alone, "la rue des Hirondelles",
    stays a place of its own: most case folders' annotators give it an id apart from the address.)"""
    untyped: dict[str, set[tuple[str, str | None]]] = {}  # name and number -> (address, its postcode)
    for keys in keyed:
        for span, (entity_type, canonical) in keys.items():
            if entity_type == "ADDRESS" and HOUSE_NUMBER.search(canonical) \
                    and (kind := _street_type().match(canonical)):
                untyped.setdefault(STREET_LINK.sub("", canonical[kind.end():]), set()).add(
                    (canonical, _postcode_in(_read(span))))
    for keys in keyed:
        for span, (entity_type, canonical) in keys.items():
            if entity_type != "ADDRESS" or _street_type().match(canonical):
                continue
            postcode = _postcode_in(_read(span))
            addresses = {address for address, code in untyped.get(canonical, set())
                         if postcode is None or code is None or code == postcode}
            if len(addresses) == 1:
                keys[span] = ("ADDRESS", next(iter(addresses)))


BOX = re.compile(r"(?<=\d)/\w+$")  # an address key's box after its number ("rue eloy 23/1")


ABBREVIATED_TYPE = re.compile(r"ch\.\s+")  # "Ch. du Chaufour 12": a "chemin" or a "chaussée"
# the commune a text writes right after an address's span: "à Namur", ", Namur", " (4000)", " – 1070 Anderlecht"
COMMUNE_AFTER = re.compile(r"[^\S\n]*(?:,|à|–|-|\()?[^\S\n]*(?:\d{4}[^\S\n]*\)?[^\S\n]*)?(?:[^\W\d_][\w'’-]*)?")


def _addresses_without_box(keyed: list[dict[Span, Key]], texts: Sequence[str] | None) -> None:
    """An address written without its box ("23 rue Eloy", "23, rue Eloy à Anderlecht") is the one the case writes
    with it ("rue Eloy 23 bte 1, 1070 Anderlecht"), when the case writes one box only at that number; one whose
    street's type is written "Ch." is the one "chemin" or "chaussée" of that name and number ("Ch. du Chaufour 12"
    of "Chemin du Chaufour 12, 1370 Jauchelette"). Never across two communes: where either is written with its
    postcode or commune, and wherever the case writes the shorter one, they agree ("rue de la Station 12, 5000
    Namur" is no "rue de la Station 12 bte 3, 1300 Wavre")."""
    boxed: dict[str, set[str]] = {}
    typed: dict[str, set[str]] = {}  # a "ch..." street's name and number -> its addresses
    where: dict[str, set[str]] = {}  # an address -> the postcodes and communes its mentions write
    for index, keys in enumerate(keyed):
        for span, (entity_type, canonical) in keys.items():
            if entity_type != "ADDRESS":
                continue
            after = ""
            if texts is not None and (commune := COMMUNE_AFTER.match(texts[index], span.end)):
                after = " " + commune.group()  # "au 12 rue de la Station à Namur", "(Ch. de Louvain 45, Namur)"
            where.setdefault(canonical, set()).update(_commune_of_address(_read(span) + after))
            if box := BOX.search(canonical):
                boxed.setdefault(canonical[:box.start()], set()).add(canonical)
            if canonical.startswith("ch") and not ABBREVIATED_TYPE.match(canonical) \
                    and (kind := _street_type().match(canonical)):
                typed.setdefault(canonical[kind.end():].strip(), set()).add(canonical)

    def one_place(short: str, longer: set[str]) -> str | None:
        if len(longer) != 1:
            return None
        full = next(iter(longer))
        mine, theirs = where.get(short, set()), where.get(full, set())
        return full if mine <= theirs or not theirs and not mine else None

    for keys in keyed:
        for span, (entity_type, canonical) in keys.items():
            if entity_type != "ADDRESS":
                continue
            short = ABBREVIATED_TYPE.match(canonical)
            found = one_place(canonical, boxed.get(canonical, set())) if not short \
                else one_place(canonical, typed.get(canonical[short.end():], set()))
            if found is not None:
                keys[span] = ("ADDRESS", found)


def _commune_of_address(address: str) -> set[str]:
    """The postcode and the commune an address's mention writes after its number ("1070", "anderlecht" of "rue
    Eloy 23 bte 1, 1070 Anderlecht"; "namur" of "12 rue de la Station à Namur")."""
    found = set()
    if code := _postcode_in(address):
        found.add(code)
    number = re.search(r"\d", address)  # (the commune after the number: "rue de Namur 12" is in no Namur)
    for word in re.findall(r"[^\W\d_][\w'’-]*", address[number.start():] if number else ""):
        if word[:1].isupper() and is_listed_place(word):
            found.add(fold(word))
    return found


def _postcode_in(address: str) -> str | None:
    found = POSTCODE_BEFORE.search(address)
    return re.sub(r"\D", "", found.group()) if found else None


# a cardinal point after a hyphen names another locality ("Wervicq-Sud" in France beside Wervicq in Belgium)
CARDINAL_SUFFIX = re.compile(r"-(?:sud|nord|est|ouest|zuid|noord|oost|west)$")
MIN_JOINED_PLACE = 8  # letters of a place no list knows that another writing is compared with ("Kafr Takharim")
MIN_OPENING_PLACE = 5  # letters of a place's first part that stands for it ("Marchienne", "Haine"; not "Sart", "Mont")


# what joins a person's name to another name of hers right after it: a maiden or married name ("BENALI Samira,
# épouse El Amrani", "Mme El Amrani, née BENALI Samira", "KESSLER Hildegard ép. SCHMITZ", "geb. Claes"), a
# nickname ("dit « Lucky »", "alias Dodo", "Mme Horbenko (« Tania »)")
OTHER_NAME = re.compile(r"\s*,?\s*(?:\(\s*)?(?:(?:née?|ép(?:ou)?se|[ée]p\.|épse|veuve|vve|divorcée|geb\.|geboren|"
                        r"dite?|alias|surnommée?)\s+|\(\s*(?=[«“\"]))"
                        r"[«“\"]?\s*(?:(?:Mme|Madame|M\.|Monsieur)\s+)?$", re.IGNORECASE)


def _other_names(keyed: list[dict[Span, Key]], texts: Sequence[str], people: _People) -> None:
    """A name written right after another of the same person's ("née", "épouse", "alias", a nickname in quotes
    between brackets) is that person, and so is a nickname the name explains in brackets after "=" ("Pitbull (= Bryan
    Lemaire)"); the case's other mentions of that name alone are her too: a surname
    after the title of her gender ("Mme El Amrani" of "Mme El Amrani, née BENALI Samira"), a nickname unknown
    otherwise ("Tania")."""
    others: dict[tuple[str, str | None], Key] = {}
    for keys, text in zip(keyed, texts, strict=True):
        persons = sorted((span for span, (entity_type, _) in keys.items() if entity_type == "PERSON"),
                         key=lambda span: span.start)
        for first, second in zip(persons, persons[1:], strict=False):
            if EXPLAINED.fullmatch(text, first.end, second.start):
                # "Pitbull (= Bryan Lemaire)": the name in brackets says who the nickname before it is
                keys[first] = keys[second]
                others.setdefault((people.mention(first)[0], None), keys[second])
                continue
            alias = _alias_in_brackets(text, first, second, persons, keys)
            if alias and (len(words(people.mention(first)[0])) > 1 or _has_first_name(people.mention(first)[0])):
                # "Jonathan Lemaire (Jo)", "AZZOUZI Mohammed (prénom usuel « Mhamed »)": the fuller name is the
                # person, the other one of her names wherever the case writes it alone (a surname alone before a
                # first name, "Berisha (Drita)", is how one of several Berishas is told)
                # (a name in Chinese characters is the alias of the name in Latin letters it follows, whatever the
                # words of its transliteration: "Ye Jianguo (叶建国)")
                owner, other = (second, first) \
                    if len(words(people.mention(second)[0])) > len(words(people.mention(first)[0])) \
                    and not ANY_HAN.search(second.text) else (first, second)
                keys[other] = keys[owner]
                form = _compared_form(other, people)
                # (a surname written so, "HADDAD Rania (nom de naissance : AL-KHATIB)", "(nom d'usage : Tshibangu)",
                # names her there only: her mother, her husband may be Mme Al-Khatib, M. Tshibangu)
                if not alias.group("here") and (" " in form or _has_first_name(form) or not in_surnames(form)):
                    others.setdefault((form, None), keys[owner])
                continue
            joined = OTHER_NAME.fullmatch(text, first.end, second.start)
            if not joined:
                continue
            # a nickname after the name ("Mme Horbenko (« Tania »)", "dit « Lucky »") is hers; of a maiden and a
            # married name, the one written with a first name is the person
            nickname = NICKNAME_CUE.search(joined.group()) is not None
            if QUOTE_OPENS.search(joined.group()) and not QUOTE_CLOSES.match(text, second.end):
                continue  # "Yanis dit « Emma m'a poussé »": a quotation, no nickname
            # (the name of two words first: "Mme Khalil, née BENALI Samira", Khalil being a man's first name too)
            named = [first] if nickname else sorted(
                (span for span in (first, second) if _has_first_name(people.mention(span)[0])),
                key=lambda span: -len(people.mention(span)[0].split()))
            if not named:
                continue
            owner = named[0]
            other = second if owner is first else first
            keys[other] = keys[owner]
            form = people.mention(other)[0]
            gender = None if nickname else _name_gender(keys[owner][1], frozenset()) or title_gender(text, other)
            others.setdefault((form, gender), keys[owner])
    if not others:
        return
    moved: dict[Key, Key] = {}  # a full name written with another name of its person -> that person
    for keys, text in zip(keyed, texts, strict=True):
        for span, (entity_type, canonical) in keys.items():
            if entity_type != "PERSON":
                continue
            form = _compared_form(span, people)
            owner = others.get((form, title_gender(text, span))) if (form, None) not in others \
                else others[(form, None)] if canonical == form else None
            if owner is None and canonical == form and (owner := _with_other_name(form, others)) is not None:
                moved[keys[span]] = owner
            if owner is not None:
                keys[span] = owner
    # ... and so are the mentions the case resolved to that full name ("Maja" of "KOWALCZYK Maja", when "KOWALCZYK
    # Maya (prénom correct : Maja)" says who she is)
    for keys in keyed if moved else ():
        for span, key in keys.items():
            if key in moved:
                keys[span] = moved[key]


def _compared_form(span: Span, people: _People) -> str:
    """A person's mention as :func:`_other_names` compares it: its folded form, or its own characters for a name in
    Chinese characters (keyed so: see _People)."""
    return span.text if ANY_HAN.search(span.text) else people.mention(span)[0]


def _with_other_name(form: str, others: dict[tuple[str, str | None], Key]) -> Key | None:
    """The person a full name the case resolved to no one else names when it writes one of her other names (a
    nickname or another spelling of one word) in place of that word of her name: "Mhamed Azzouzi" of "AZZOUZI
    Mohammed (prénom usuel « Mhamed »)", or with the initial of another word of it: "Pino S." of "SCIORTINO Giuseppe
    (dit « Pino »)"; None when no such person, or several."""
    written = set(words(form))
    if len(written) < 2:
        return None
    found = {owner for (other, gender), owner in others.items()
             if gender is None and " " not in other and other in written
             and all(word in rest or len(word) == 1 and any(known.startswith(word) for known in rest)
                     for word in written - {other} for rest in [set(words(owner[1])) - {other}])}
    return found.pop() if len(found) == 1 else None


def _naming_re(kind: str) -> str:
    """The naming words of one kind ("quoted": verbs; "here" and "": nouns), longest first, a space any spaces."""
    entries = [entry for entry, flags in vocabulary.naming_words().items()
               if ("quoted" in flags) == (kind == "quoted")
               and (kind == "quoted" or ("here" in flags) == (kind == "here"))]
    return "|".join(re.escape(entry).replace(r"\ ", r"[^\S\n]+") + r"(?![\w.])"
                    for entry in sorted(entries, key=len, reverse=True))


@lru_cache(maxsize=1)
def _alias_gap() -> re.Pattern[str]:
    """What may stand between a person's name and another of her names in brackets right after it: the bracket
    alone or with a quote ("Jonathan Lemaire (Jo)": see :func:`_alias_in_brackets`), a naming noun opening the
    bracket, with a word of its own and a colon ("(prénom usuel « Mhamed »)", "(prénom correct : Maja)"), or, after
    a short phrase, a naming verb before a quote ("(17 ans, tout le monde l'appelle « Bibo »)"; vocabulary/
    naming_words.txt). "(titulaire de classe, prénom : Julie)", "(a appelé Julie Renard)", "(appelle « Sami » la
    nuit)" name someone else."""
    own_word = r"(?:[^\S\n]+(?i:usuel(?:le)?|correct(?:e)?|officiel(?:le)?|complet|exact(?:e)?))?"
    return re.compile(r"[^\S\n]*[»”\"]?[^\S\n]*\([^\S\n]*"
                      r"(?:(?P<noun>(?i:(?P<here>" + _naming_re("here") + r")|" + _naming_re("") + r")" + own_word
                      + r"[^\S\n]*:?)"
                      r"|(?P<verb>[^()\n«»“”\"\[\]]{0,40}?(?<![\w'’])(?i:" + _naming_re("quoted") + r")"
                      r"(?:[^\S\n]+(?i:comme|as|als))?[^\S\n]*:?[^\S\n]*(?=[«“\"])))?"
                      r"[^\S\n]*(?P<quote>[«“\"])?[^\S\n]*")


ALIAS_END_QUOTED = re.compile(r"[^\S\n]*[»”\"]")
ALIAS_END = re.compile(r"[^\S\n]*(?:[),;]|[^\S\n](?i:selon|dans|sur|pour|par|à|au|aux|comme|chez)\b)")
ALIAS_LIST_GAP = 4  # characters after the alias within which another person's name makes it a list ("(Andrei, Bianca)")
BRACKET_REST = 60  # characters of the bracket after the alias read for a relation's word ("(Léa, sa sœur, ...)")
NICKNAME_OPENING = 2  # a bare alias, two letters or more, opens a word of the name it follows ("Jonathan Lemaire
# (Jo)") or writes it otherwise ("Sofiia (Sofia)": see same_person_word), never of the other gender


def _alias_in_brackets(text: str, first: Span, second: Span, persons: list[Span],
                       keys: dict[Span, Key]) -> re.Match[str] | None:
    """The gap (see :func:`_alias_gap`) when ``second`` is another name of the person ``first`` names, written in
    brackets right after it, else None. A bare bracket after a name as often holds her child or her contact
    ("Nathalie Collin (Inès)", "Nathalie Collin (Nathan, 4 ans)"): it names her when it holds a short form or
    another writing of one of her words ("Jonathan Lemaire (Jo)", "Maximilien (Max)", "Sofiia (Sofia)"). Never
    with a relation's word in the bracket ("(Léa, sa sœur, ...)"), another name there, or a list ("DOBRE (Andrei,
    Bianca)")."""
    gap = _alias_gap().fullmatch(text, first.end, second.start)
    if not gap or any(first.end <= span.start < second.start for span in keys):
        return None
    if not (gap.group("noun") or gap.group("verb")):
        mine = [word for word in words(fold(_read(first))) if len(word) >= NICKNAME_OPENING]
        theirs = [word for word in words(fold(_read(second))) if len(word) >= NICKNAME_OPENING]
        if not any((word.startswith(alias) or same_person_word(alias, word)) and not _genders_differ(alias, word)
                   for alias in theirs for word in mine):
            return None
    end = (ALIAS_END_QUOTED if gap.group("quote") else ALIAS_END).match(text, second.end)
    if not end:
        return None
    close = text.find(")", second.end, second.end + BRACKET_REST)
    # (a relation's word after a bare alias makes it a relative, "(Léa, sa sœur, ...)"; after a naming word, it may
    # say who calls her so: "(appelée « Zeyno » par sa mère)")
    rest = text[gap.start():second.start] + " " + ("" if gap.group("noun") or gap.group("verb") else
                                                   text[second.end:close if close != -1 else second.end + BRACKET_REST])
    if any(word in vocabulary.kinship_words() for word in words(rest.lower())):
        return None
    after = next((span.start for span in persons if span.start >= second.end), None)
    alone = after is None or (after > close if close != -1 else after - end.end() > ALIAS_LIST_GAP)
    return gap if alone else None


EXPLAINED = re.compile(r"[^\S\n]*\([^\S\n]*=[^\S\n]*")
QUOTE_OPENS = re.compile(r"[«“\"]\s*$")
QUOTE_CLOSES = re.compile(r"\s*[»”\"]")
NICKNAME_CUE = re.compile(r"\(|\b(?:dite?|alias|surnommée?)\b", re.IGNORECASE)


def _has_first_name(form: str) -> bool:
    """Whether a name holds a first name the gender lists know (the first-name list also holds surnames: "Amrani")."""
    return any(gender_of_first_name(word) for word in form.split() if word not in _name_particles())


PARENT_CUE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(vocabulary.parent_words(), key=len, reverse=True))})\s*[:,(]\s*«?\s*"
    r"(?:(?:Mme|Mlle|Madame|Monsieur|Mr|M)\.?\s+)?$", re.IGNORECASE)


ANOTHERS_PARENT = re.compile(r"\bet[^\S\n]+(?:sa|son)[^\S\n]+$")


def _parents_of_kunyas(keyed: list[dict[Span, Key]], texts: Sequence[str]) -> None:
    """"Abou Yassine", "Oum Yassine": the father, the mother, when the case names one person of that gender as
    a parent, in a form's field or an apposition ("Père : BENSALAH Mohamed", "la mère, Mme Naïma El Amrani"); a
    case that names two (a father and a stepfather, two families) leaves the kunya its own."""
    named: dict[str, set[str]] = {"M": set(), "F": set()}
    genders = {fold(parent): gender for parent, gender in vocabulary.parent_words().items()}
    for keys, text in zip(keyed, texts, strict=True):
        for span, (entity_type, canonical) in keys.items():
            cue = PARENT_CUE.search(text[max(0, span.start - 40):span.start]) if entity_type == "PERSON" else None
            if cue is not None and ANOTHERS_PARENT.search(text, max(0, span.start - 60), span.start - len(cue.group())):
                cue = None  # "Mme Benali et sa mère, Mme Benali Fatima": her mother, not the child's
            # (a full name: two words besides a surname's particle, "El Amrani" alone is a surname)
            if cue is not None and len([w for w in canonical.split() if w not in _name_particles()]) >= 2:
                word = fold(re.match(r"\w+", cue.group()).group())
                gender = genders[word]
                if _name_gender(canonical, frozenset()) in (gender, None):
                    named[gender].add(canonical)
    for keys in keyed:
        for span, (entity_type, canonical) in keys.items():
            parts = canonical.split()
            gender = vocabulary.kunya_genders().get(parts[0]) if entity_type == "PERSON" and len(parts) == 2 else None
            if gender is not None and len(named[gender]) == 1:
                keys[span] = ("PERSON", next(iter(named[gender])))


# an age right after a name: "Yassine Bensalah, 14 ans", "Salma (9 ans)", "Léa Dumont a 7 ans", "âgé de 15 ans"
MINOR_AGE = re.compile(r"\s*(?:[,(–-]\s*|a\s+|(?:,\s*)?âgée?\s+de\s+)(\d{1,2})\s*ans\b")
ADULT_AGE = 18
# a birth right after a name: "BENSALAH Yassine (° 22 janvier 2010)", "LUNGU Marian, né le 27.01.2013", "Né le :
# 30/07/2011", "geboren am 3. März 2012"; its year is the group's
BIRTH_AFTER = re.compile(r"[^\n]{0,25}?(?:°|\bnée?s?\s+(?:le|en)\b|\bgeb(?:oren|\.)|\bborn\b)[^\n]{0,25}?"
                         r"\b((?:19|20)\d\d)\b", re.IGNORECASE)
# a word for a child right before a name: "son fils Karim", "Jeune : HADDAD Omar", "leerling BENSALAH Yassine"
CHILD_CUE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, vocabulary.child_words()), key=len, reverse=True))})"
    r"\s*[:,]?\s*«?\s*$", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
JOINED_GAP = 40  # characters between a surname and a first name a form writes in two fields ("Nom : X  Prénom : Y")


ROLE_WORDS = vocabulary.alternation(tuple(vocabulary.kin_roles()))
ROLE_QUALIFIER = (r"(?:[^\S\n]+(?:maternel(?:le)?|paternel(?:le)?|des[^\S\n]+enfants|de[^\S\n]+l['’]enfant"
                  r"|du[^\S\n]+jeune))?")
# a relation word right before a name, as its apposition or its form's label: "l'oncle Yassine", "khalou Yassine",
# "La grand-mère, Mme Benali", "Oncle maternel : Yassine El Amrani", "Le père des enfants, SCHMITZ Luc" (not
# "l'oncle de Omar": Omar is the nephew)
ROLE_BEFORE = re.compile(rf"(?<![\w-])({ROLE_WORDS}){ROLE_QUALIFIER}[^\S\n]*[:,(]?[^\S\n]*[«“]?[^\S\n]*"
                         r"(?:(?:Mme|Mlle|Madame|Monsieur|Mr|M)\.?[^\S\n]+)?$", re.IGNORECASE)
# ... or right after it: "M. Y. Bouziane, oncle maternel", "Mme Benali (grand-mère maternelle)", "Mme Vandamme, la
# maman", "Schmitz, Luc (papa Dorcas)"
ROLE_AFTER = re.compile(rf"[^\S\n]*[,(][^\S\n]*(?:(?:l['’]|la[^\S\n]+|le[^\S\n]+|sa[^\S\n]+|son[^\S\n]+))?"
                        rf"({ROLE_WORDS})(?![\w-]){ROLE_QUALIFIER}(?![^\S\n]+(?:de|du|des|d['’])\b)",
                        re.IGNORECASE)  # (not "Mme Fatima Benali, mère de Samira": Samira's mother)
# a relation word that is itself someone's relative: "La sœur de la maman, Mme Nadia Benali" is no mother
RELATIVE_OF = re.compile(r"\b(?:de|du|des)[^\S\n]+(?:la[^\S\n]+|l['’]|le[^\S\n]+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _folded_roles() -> dict[str, str]:
    return {fold(word): role for word, role in vocabulary.kin_roles().items()}


def role_around(text: str | None, start: int, end: int) -> str | None:
    """The role in the family the words right around a name give it ("l'oncle Yassine" -> "oncle")."""
    if text is None:
        return None
    found = ROLE_BEFORE.search(text, max(0, start - 45), start)
    if found and RELATIVE_OF.search(text, max(0, found.start() - 12), found.start()):
        found = None
    found = found or ROLE_AFTER.match(text, end)
    return _folded_roles().get(fold(found.group(1))) if found else None


class _Passage:
    """The mentions of persons a document writes around the one being resolved: the one just before (as the
    resolution walks the document) and the one just after. (Which name a passage last wrote was tried as evidence
    too: on the case folders it gave more tags shared by two people than it joined.)"""

    def __init__(self, text: str | None, persons: Sequence[Span] = (),
                 words_of: Callable[[Span], frozenset[str]] | None = None) -> None:
        self.text = text
        self.previous: tuple[int, frozenset[str]] | None = None  # (end, words) of the last mention
        self.persons = sorted(persons, key=lambda span: span.start)  # the document's persons' mentions ...
        self.starts = [span.start for span in self.persons]
        self.words_of = words_of  # ... whose words are read only for the one after a mention that needs it

    def saw(self, span: Span, mention: frozenset[str]) -> None:
        self.previous = (span.end, mention)

    def next_to(self, at: int, end: int | None = None) -> frozenset[str]:
        """The words of the mention just before position ``at`` (and of the one just after ``end``, when
        given), when only a label, a colon or a line separate them (a form's fields: "Nom : EL OUAZZANI
        Prénom : Youssef")."""
        if self.text is None:
            return frozenset()
        joined = frozenset()
        if self.previous is not None and self._joined(self.previous[0], at):
            joined = self.previous[1]
        if end is not None and self.words_of is not None:
            after = bisect.bisect_left(self.starts, end)
            if after < len(self.persons) and self._joined(end, self.starts[after]):
                joined |= self.words_of(self.persons[after])
        return joined

    def _joined(self, end: int, at: int) -> bool:
        between = self.text[end:at]
        # (a field's label between them, never a clause: "Mme El Amrani, c'est Naïma du Sextant")
        return len(between) <= JOINED_GAP and not re.search(r"[.;!?]|\n\s*\n", between) \
            and not CLAUSE_WORD.search(between)


# the words of a clause, which no form's label between a surname's field and a first name's holds
CLAUSE_WORD = re.compile(r"(?i:\b(?:c['’]est|est|était|sont|ici|moi|je|j['’]|tu|il|elle|on|nous|vous|dit|a|ai|avec"
                         r"|chez|pour|mais|donc|puis)\b)")


MIN_DIMINUTIVE = 3  # letters a first name's short form keeps of it ("Yass" of "Yassine", "Max" of "Maxime")
MIN_TRUNCATED = 6  # letters of a surname written without its last one or two ("Delvau" of "Delvaux")


class _People:
    """The persons' names of a case: each distinct full name (every PERSON form, longest first), which words
    each holds, which spell another, and how a mention is resolved to one."""

    def __init__(self, documents: Sequence[Sequence[Span]], prior: Iterable[str], voted: dict[str, str],
                 texts: Sequence[str] | None = None) -> None:
        # each distinct full name ordered by its last mention: (document, position); prior names first
        # (not a name in Chinese characters, keyed by its characters: its folded form, a transliteration, "xie jian
        # guo", would stand for names in Latin letters it is none of; see _other_names)
        persons = [(index, span, _person_form(_read(span))) for index, spans in enumerate(documents)
                   for span in spans if voted.get(_voted_form(span), span.entity_type) == "PERSON"
                   and not ANY_HAN.search(span.text)]
        # a surname written with its particle apart somewhere ("Van Damme", "El Amrani") is the same written in one
        # word elsewhere ("P. Vandamme", "ELAMRANI Mohammed")
        self.joined = _particles_joined(form for _, _, form in persons)
        mentions = [(index, span, self._apart(form)) for index, span, form in persons]
        last_seen: dict[str, tuple[int, int, int]] = {}
        for order, name in enumerate(prior):
            last_seen.setdefault(name, (-1, order, len(_word_set(name))))
        for index, span, form in mentions:
            if last_seen.get(form, (-2,))[0] != -1:
                last_seen[form] = (index, span.start, len(_word_set(_read(span))))
        self.voted = voted
        # longest first: a full name is the canonical form of its parts
        full_names = sorted(last_seen, key=lambda name: (-last_seen[name][2], last_seen[name][:2]))
        # a full name spelt two ways is one person: the later spelling stands for the first
        self.spelt: dict[str, str] = {}
        # (words, a key of a word) -> positions: a variant shares, for each word, a key of _variant_keys (one sound,
        # one letter dropped) with the word it respells ("Mohammed Nazary" and "Mohammad Nazari" share no word)
        at: dict[tuple[int, tuple[str, str]], list[int]] = {}
        for position, name in enumerate(full_names):
            size = len(_without_article(_name_words(name)))  # ("Mohamad Khatib" meets "Mohamad Al-Khatib")
            places = {(size, key) for word in _name_words(name) for key in _variant_keys(word)}
            shared = sorted({earlier for key in places for earlier in at.get(key, ())})
            earlier = _variant_of(name, [full_names[p] for p in shared if full_names[p] not in self.spelt])
            if earlier is not None:
                self.spelt[name] = earlier
            for key in places:
                at.setdefault(key, []).append(position)
        self.containing: dict[str, list[tuple[frozenset[str], str]]] = {}  # word -> full names holding it
        for name in full_names:
            name_words = _word_set(name)
            for word in name_words:
                self.containing.setdefault(word, []).append((name_words, self.spelt.get(name, name)))
        # the words written in a name of two words or more (a particle is no word of its own: "El Ouazani" alone is
        # a surname, which "Khadija El Ouazzani" spells otherwise): another word is looked for among them
        self.known = frozenset(word for name in full_names if _named_in_full(name) for word in _word_set(name))
        # ... and the first names the case writes alone, for a short form only ("Yas" of "Yasmine", a friend it never
        # names in full; "Yasmina" alone is another girl)
        self.alone = frozenset(name for name in full_names if " " not in name and gender_of_first_name(name)) \
            - self.known
        self.single = frozenset(name for name in full_names if " " not in name)  # (a declined form's base: "Fadil")
        # ... indexed by what any rule of _respelt needs two words to share (see _near_keys)
        self.near: dict[tuple[str, str], set[str]] = {}
        for known in self.known | self.alone:
            for index in _near_keys(known) | {("doubled", known[:2] * 2)}:
                self.near.setdefault(index, set()).add(known)
        self.respelt: dict[tuple[str, bool], str] = {}
        self.forms: dict[int, set[frozenset[str]]] = {}  # the word sets of the names, by their length
        for name in full_names:
            self.forms.setdefault(len(_word_set(name)), set()).add(_word_set(name))
        # how often the case writes each full name of two words or more (as itself or spelt otherwise)
        self.written: dict[str, int] = {}
        for _, _, form in mentions:
            form = self.spelt.get(form, form)
            if len(words(form)) >= 2:
                self.written[form] = self.written.get(form, 0) + 1
        # the person each full name is: itself, or a longer name it is a part of ("Stefan Lungu" of "Ştefan
        # Marian Lungu"), the longest first
        self.entity: dict[str, str] = {}
        self.weight: dict[str, int] = {}
        self.minors: set[str] = set()
        for name in sorted({self.spelt.get(name, name) for name in full_names}, key=lambda name: -len(_word_set(name))):
            self.entity[name] = self._resolve((), name, _word_set(name), None, None, (0, 0)) if _word_set(name) \
                else name
        for name, count in self.written.items():
            entity = self.entity.get(name, name)
            self.weight[entity] = self.weight.get(entity, 0) + count
        self.minors = self._minors(mentions, texts) if texts is not None else set()
        # the roles in the family the case gives each person by a full name ("Oncle maternel : Yassine El Amrani")
        self.roles: dict[str, set[str]] = {}
        for index, span, form in mentions if texts is not None else ():
            form = self.spelt.get(form, form)
            if len(words(form)) >= 2 and (role := role_around(texts[index], span.start, span.end)):
                self.roles.setdefault(self.entity.get(form, form), set()).add(role)

    def _minors(self, mentions: list[tuple[int, Span, str]], texts: Sequence[str]) -> set[str]:
        """The persons the case says are under 18 by a full name: an age right after it ("Yassine Bensalah, 14
        ans"), a birth year after it less than 18 years before the latest year the case writes ("LUNGU Marian,
        né le 27.01.2013" in a case of 2025), a word for a child right before it ("Jeune : HADDAD Omar")."""
        years = [int(year) for text in texts for year in YEAR.findall(text) if int(year) <= date.today().year]
        now = max(years, default=date.today().year)
        minors: set[str] = set()
        for index, span, form in mentions:
            form = self.spelt.get(form, form)
            if len(words(form)) < 2:
                continue
            text = texts[index]
            age = MINOR_AGE.match(text, span.end)
            birth = BIRTH_AFTER.match(text, span.end)
            if (age and int(age.group(1)) < ADULT_AGE) or (birth and now - int(birth.group(1)) < ADULT_AGE) \
                    or CHILD_CUE.search(text, max(0, span.start - 30), span.start):
                minors.add(self.entity.get(form, form))
        return minors

    def key(self, span: Span, gender: str | None, passage: _Passage) -> str:
        """The full name a person's mention stands for: "Kevin", "DUPONT" and "M. Dupont" are Kevin Dupont.
        "Abou Karim" (the father of Karim) is no fuller form of "Karim": a kunya names the parent; "F. Bensalah"
        is the Bensalah whose first name starts with F (Fatima, not Mohamed), when one does ("M. Bensalah" may be
        Monsieur); "Mme Bensalah" is a woman of the family. A word written in no full name of the case stands for
        the one it spells differently ("Yousef" of "Youssef El Ouazzani"), shortens ("Yass" of "Yassine",
        "Vandenberg" of "Vandenberghe") or writes without its hyphen ("Anamaria" of "Ana-Maria"). Of several
        names that still fit, see :meth:`_choose`."""
        canonical, mention = self.mention(span, titled=gender is not None or _titled(passage.text, span))
        name = self._resolve(_initials(_read(span)), canonical, mention, gender, passage, (span.start, span.end)) \
            if mention else canonical
        passage.saw(span, mention)
        return name

    def mention(self, span: Span, titled: bool = False) -> tuple[str, frozenset[str]]:
        """A person's mention as compared: its folded name (spelt as the case's first writing) and its words,
        each respelt to the word of a full name it writes otherwise (after a title, a surname: no first name's
        short form)."""
        canonical = self._apart(_person_form(_read(span)))
        canonical = self.spelt.get(canonical, canonical)
        lower = _read(span).islower()  # (a declined form is read only so: "clirimi" in a message, see _respelt)
        mention = _word_set(" ".join(self._respelt(word, titled, lower) for word in words(canonical)))
        # a double surname written with a hyphen where the case's full names write it with a space ("Fernández-Ruiz"
        # of "Alejandro Fernández Ruiz"): its pieces
        return canonical, frozenset(word for word in mention if "-" not in word or word in self.known
                                    or not all(piece in self.known and len(piece) > 1 for piece in word.split("-")))

    def _apart(self, form: str) -> str:
        """``form`` with each surname the case also writes with its particle apart written so."""
        if not self.joined:
            return form
        return " ".join(self.joined.get(word, word) for word in form.split())

    def _resolve(self, initials: tuple[str, ...], canonical: str, mention: frozenset[str], gender: str | None,
                 passage: _Passage | None, at: tuple[int, int]) -> str:
        """The person a mention of these words (and initials) names, by title ``gender`` and what the ``passage``
        writes around it, at ``at`` (start, end; no passage: the case as a whole)."""
        candidates = self.containing.get(min(mention), [])
        fitting_names = [(name_words, name) for name_words, name in candidates
                         if mention <= name_words and not (name_words & KUNYA) - mention and _pieces_fit(mention, name)
                         and not self._other_part(mention, name_words, name)]
        # a name that writes the words whole before one that holds them only in a compound first name ("Pieter" of
        # "Pieter Vandamme", the father, before "Pieter-Jan Vandamme", his son; a double surname's piece is no such
        # thing: "Kaya" of "Elif Kaya-Aydin")
        pieced = [item for item in fitting_names if _in_compound_first_name(mention, item[1])]
        if pieced and any(item[0] > mention for item in fitting_names if item not in pieced):
            fitting_names = [item for item in fitting_names if item not in pieced]
        fuller = [(name_words, self.entity.get(name, name)) for name_words, name in fitting_names]
        if not fuller:
            return canonical
        fitting = list(dict.fromkeys(name for name_words, name in fuller
                                     if _initials_fit(initials, name_words - mention)))
        if len(fitting) == 1:
            return fitting[0]
        if any(len(initial) > 1 for initial in initials):
            return canonical  # "Th. Verhaegen" beside Thomas and Thérèse Verhaegen: which one, the text does not say
        longer = list(dict.fromkeys(name for name_words, name in fuller if name_words > mention))
        if not longer:
            return fuller[0][1]
        if gender is not None:  # "Mme Bensalah": a woman of the family, and no child ("M. Bensalah" is the father)
            longer = [name for name in longer if _name_gender(name, mention) in (gender, None)]
            # ... one whose first name says that gender before one the lists do not know ("M. Al-Hamwi": Omar
            # rather than Racha)
            longer = [name for name in longer if name not in self.minors] or longer
            longer = [name for name in longer if _name_gender(name, mention) == gender] or longer
            if not longer:
                return canonical
        if fitting and set(fitting) & set(longer):
            longer = [name for name in longer if name in fitting]
        return self._choose(at, mention, longer, passage)

    def _choose(self, at: tuple[int, int], mention: frozenset[str], names: list[str],
                passage: _Passage | None) -> str:
        """Of several full names a mention may stand for: the one the name written just before or after completes
        ("Nom : EL OUAZZANI  Prénom : Youssef"); for a first name alone, a child's ("Yassine": the boy rather than
        the uncle who bears his first name; a case writes its children by their first name, adults with a title or
        a surname); else the one the case writes in full most often, else the longest."""
        if passage is not None:
            joined = passage.next_to(*at)
            if joined:
                completed = [name for name in names if joined | mention <= _word_set(name)]
                if len(completed) == 1:
                    return completed[0]
        if passage is not None and (role := role_around(passage.text, *at)):  # "l'oncle Yassine": the uncle
            names = [name for name in names if role in self.roles.get(name, ())] or names
        if len(mention) == 1 and in_first_names(next(iter(mention))):
            names = [name for name in names if name in self.minors] or names
        return max(names, key=lambda name: (self.weight.get(name, self.written.get(name, 0)), -names.index(name)))

    def _other_part(self, mention: frozenset[str], name_words: frozenset[str], name: str) -> bool:
        """A name of two words or more inside a longer one that the case also writes with the longer one's
        first word instead ("Marian Lungu" beside "Stefan Lungu", both in "Ştefan Marian Lungu"): the one
        without that first word is someone else (a son named after his father's second name)."""
        whole = {word for word in mention if not any(word != other and word in other.split("-") for other in mention)}
        if len(whole) < 2 or mention == name_words:
            return False  # ("Luc-Emmanuel" is one word: its pieces are no second one)
        first = words(name)[0]
        if first in mention or any(PATRONYMIC.fullmatch(word) for word in words(name)):
            return False  # ("KOVALENKO Olena Petrivna": her surname, first name, patronymic; "Olena Petrivna" is her)
        return any(first in other and other | mention == name_words and other & mention
                   for other in self.forms.get(len(mention), ()))

    def _respelt(self, word: str, titled: bool = False, lower: bool = False) -> str:
        """``word`` itself when a full name of the case holds it, else the one word of those names it writes
        differently: another spelling, without a hyphen, a surname's last letters left out, a first name's short
        form (see :func:`same_person_word`; never after a title: "M. Huberty" is no Hubert), else the first name
        written alone it opens ("yas" of "Yasmine": see _opens_name_alone); itself when none or several fit."""
        if word in self.known or word in KUNYA:
            return word
        if lower and not titled and (declined := self._declined(word)):
            return declined
        if (word, titled) not in self.respelt:
            # (never of the other gender: "Vânia" is no Ivan)
            shortened = [known for known in vocabulary.diminutives().get(word, ()) if known in self.known
                         and not _genders_differ(word, known)]
            if len(shortened) == 1 and not titled:  # "Kuba" of "Jakub Wójcik", "Momo" of "Mohamed Lahlou"
                self.respelt[word, titled] = shortened[0]
                return shortened[0]
            near = set().union(*(self.near.get(index, ()) for index in _near_keys(word)))
            self.respelt[word, titled] = word
            for rule in (_spelt_alike, _truncated_surname, _short_first_name, _doubled_syllable):
                if titled and rule in SHORT_FORM_RULES:
                    continue
                found = [known for known in near if known in self.known and rule(word, known)]
                if found:
                    self.respelt[word, titled] = found[0] if len(found) == 1 else word
                    break
            else:
                alone = [known for known in near if known in self.alone and _opens_name_alone(word, known)]
                if len(alone) == 1 and not titled:
                    self.respelt[word, titled] = alone[0]
        return self.respelt[word, titled]

    def _declined(self, word: str) -> str | None:
        """The one name of the case a word written in lower case, no title before it, declines ("clirimi",
        "fadilit" of Çlirim, Fadil, in a family's message; see _declined_bases): a capitalised "Salimi", "Murati"
        is a surname of its own, as Albanian and Persian surnames are built from a first name)."""
        bases = _declined_bases(word)
        found = {base for base in bases if base in self.known} or {base for base in bases if base in self.single}
        # (of a name and its own declined form the case writes alone, the name: "fadil", not "fadili", of "fadilin")
        found = {base for base in found if not any(other != base and base.startswith(other) for other in found)}
        return found.pop() if len(found) == 1 else None


MIN_DECLINED_BASE = 4  # letters of a name a declined form is read after (propagate.MIN_STEM)


@lru_cache(maxsize=65536)
def _declined_bases(word: str) -> frozenset[str]:
    """The names ``word`` may be a declined form of, a declining language's ending after them
    (``vocabulary.name_endings``): "clirimi" -> "clirim"; "shpreses" -> "shpresa", "shprese"... (the name's last vowel
    left out before the ending). A word that is itself a listed name is no other's form ("karima" is not Karim)."""
    if in_first_names(word.capitalize()) or in_surnames(word.capitalize()) or is_word(word) \
            or is_unaccented_word(word) or is_family_language_word(word):
        return frozenset()
    bases = set()
    for ending in vocabulary.name_endings():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_DECLINED_BASE:  # (not "nate" of "natou": two nicknames)
            bases.add(stem)
            bases.update(stem + vowel for vowel in "aeiou")
    return frozenset(bases - {word})


MAX_EDITS = 2  # letters two spellings of a name may differ by (close_spelling, _truncated_surname)


MIN_DROPPED_KEY = 5  # letters of a word whose forms with one letter dropped index it (shorter ones: any word)


def _variant_keys(word: str) -> set[tuple[str, str]]:
    """Where a word of a full name is indexed to find the names that respell it (``_variant_of``): as written, by
    its sound, and with one letter dropped when it is long enough to be told apart so ("mohammed" and "mohammad"
    share "mohammd"); fewer keys than ``_near_keys``, so that a caseload of thousands of names stays near linear."""
    keys = {("word", word), ("sound", _sound(word)), ("joined", word.replace("-", ""))}
    if len(word) >= MIN_DROPPED_KEY:
        keys |= {("dropped", word[:i] + word[i + 1:]) for i in range(len(word))}
    return keys


def _near_keys(word: str) -> set[tuple[str, str]]:
    """Where a word is indexed for the rules of :meth:`_People._respelt`, and where the words it may write
    otherwise are looked for: a rule only ever pairs words of one sound, one hyphen-free writing, the same first
    three letters (a short form's) or at most two edits apart, and two words at most two edits apart are the same
    once each has lost at most two letters; so the case's words are compared only with those."""
    dropped = {word}
    for _ in range(MAX_EDITS):
        dropped |= {shorter[:i] + shorter[i + 1:] for shorter in dropped for i in range(len(shorter))}
    # (a first syllable said twice, "dodo", is looked for among the names it opens, indexed by that doubled form)
    doubled = {("doubled", word)} if doubled_syllable(word) else set()
    return {("sound", _sound(word)), ("joined", word.replace("-", "")), ("head", word[:3]), *doubled,
            *(("dropped", shorter) for shorter in dropped)}


def _spelt_alike(word: str, known: str) -> bool:
    """"Yousef" of "Youssef", "Anamaria" of "Ana-Maria", "Anna-Maria" of "Ana-Maria"."""
    return close_spelling(word, known) or ("-" in word + known and word.replace("-", "") == known.replace("-", ""))


def _truncated_surname(word: str, known: str) -> bool:
    """"Delvau" of "Delvaux", "Vandenberg" of "Vandenberghe": a surname of six letters or more with its last one
    or two left out or added (never first names: "Louis" and "Louise" are two people)."""
    short, long = sorted((word, known), key=len)
    return len(short) >= MIN_TRUNCATED and 0 < len(long) - len(short) <= 2 and long.startswith(short) \
        and not in_first_names(word) and not in_first_names(known)


def _short_first_name(word: str, known: str) -> bool:
    """A first name's short form: its first letters ("Yass" of "Yassine", "Max" of "Maxime": two letters or more
    left out, never a name of the other gender, "Jean" of "Jeanne"; never when no list genders the name: "Ramzi" and
    "Ramziya" are a brother and his sister, "Alex" and "Alexiane" too), or its letters but the last with an ending of
    endearment ("Salmouch" of "Salma", a word no list holds as a first name)."""
    target = gender_of_first_name(known)
    if target is None:
        return _endearing_ending(word, known, MARKED_ENDINGS)  # ("Zuzka" of "Zuzana", a name no list genders)
    if len(word) >= MIN_DIMINUTIVE and len(known) - len(word) >= 2 and known.startswith(word):
        return gender_of_first_name(word) in (None, target)
    stem = known[:-1]
    if len(stem) >= 4 and len(word) > len(known) and word.startswith(stem) and not in_first_names(word):
        return True
    return _endearing_ending(word, known, ENDEARING_ENDINGS)


# the endings a family puts on a first name's first letters to make its pet name, in the languages of the case files:
# Slavic "Zuzka", "Samko", "Krzysiek", "Zuzia", Portuguese "Biazinha", French "Nathou" (the doubled syllable, "Loulou",
# is _doubled_syllable's), of a gendered first name or of one no list genders ("Zuzka" of "Zuzana")
MARKED_ENDINGS = ("ka", "ko", "ek", "iek", "cia", "sia", "zia", "inha", "inho", "ou")
ENDING_GENDERS = {"ka": "F", "cia": "F", "sia": "F", "zia": "F", "inha": "F", "ko": "M", "ek": "M", "iek": "M",
                  "inho": "M"}
ENDEARING_ENDINGS = MARKED_ENDINGS  # (not a vowel alone: "Mahy", "Lamy", "Karimi", "Russo" are surnames)


# what Dari and Persian add to a whole first name to say it tenderly ("Omidjan", "Sharif-jan", "Maryam-joon")
APPENDED_ENDEARMENTS = frozenset({"jan", "jaan", "joon", "jun", "jon"})


def _endearing_ending(word: str, known: str, endings: tuple[str, ...]) -> bool:
    """A pet name made of a first name's first letters (three or more, two or more left out) and an ending of
    endearment of its gender ("Zuzka" of "Zuzana", "Samko" of "Samuel"): never a first name or a surname the lists
    hold ("Sami" is not Samir, "Hala" not Halina, "Benko" not Benjamin)."""
    if in_first_names(word.capitalize()) or gender_of_first_name(word) is not None or in_surnames(word.capitalize()):
        return False  # (a first name of its own, "Pieter-Jan"; a surname, "Benko", "Vaněk", "Verhoek", "Christou")
    if "-" not in word and word.startswith(known) and word[len(known):] in APPENDED_ENDEARMENTS \
            and len(known) > MIN_DIMINUTIVE:
        return True  # the whole name and a word of endearment: "Omidjan" (Dari, Persian; not "Guljan" of "Gul")
    target = gender_of_first_name(known)
    if target is None and not in_first_names(known.capitalize()):
        return False  # a first name's pet name, no surname's ("Vaněk" is no Vanhoutte)
    for ending in endings:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_DIMINUTIVE and known.startswith(stem) \
                and len(known) - len(stem) >= 2 and not known.startswith(word) \
                and (target is None or ENDING_GENDERS.get(ending) in (target, None)):
            return True  # (of a first name of its gender: "Samko" is no Samira, "Jasiek" no Jasmine)
    return False


def _doubled_syllable(word: str, known: str) -> bool:
    """A first name's first syllable said twice, as French families call a child ("Dodo" of "Dorcas", "Jojo" of
    "Joseph", "Zaza" of "Isabelle" excepted: its letters must open the name)."""
    return doubled_syllable(word) and len(known) > 4 and known.startswith(word[:2]) \
        and in_first_names(known.capitalize()) and not in_surnames(known.capitalize())


SHORT_FORM_RULES = (_short_first_name, _doubled_syllable)  # a first name's short forms: never a titled surname


def _opens_name_alone(word: str, known: str) -> bool:
    """A first name's first letters (three or more, two or more left out), no list's first name itself: the short
    form of a first name the case writes alone ("yas" of "Yasmine"; "Emma" is no Emmanuelle, "Max" no Maxime)."""
    return len(word) >= MIN_DIMINUTIVE and len(known) - len(word) >= 2 and known.startswith(word) \
        and not in_first_names(word.capitalize()) and gender_of_first_name(word) is None \
        and gender_of_first_name(known) is not None


def same_person_word(word: str, known: str) -> bool:
    """Whether ``word`` may write a word of a person's name otherwise (the rules a case's mentions are resolved
    by): another spelling, no hyphen, a surname's last letters left out, a first name's short form."""
    return word == known or any(rule(word, known) for rule in (_spelt_alike, _truncated_surname, _short_first_name,
                                                               _doubled_syllable))
