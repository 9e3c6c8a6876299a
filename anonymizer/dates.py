"""French dates as the date recogniser finds them: parse, shift by a case offset, generalise.

The offset is a whole number of weeks (more than a year: see ``pseudonymize``), so intervals and
weekdays stay right ("lundi 3 mars" stays a
Monday), and a birth date shifted like every other date keeps the ages the text implies. The
written form is kept: "1er", zero padding, month in words or abbreviated, separators, year on 2 or 4
digits, capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from anonymizer import vocabulary
from anonymizer.text import fold

# French month and weekday names (anonymizer/vocabulary/): the full name, and the abbreviation that a
# shifted date is written with when the original was abbreviated (the first form with a full stop)
_MONTH_FORMS = vocabulary.month_forms("fr")
MONTHS = tuple(forms[0] for forms in _MONTH_FORMS)
MONTH_ABBREVIATIONS = tuple(next((f for f in forms if f.endswith(".")), forms[0]) for forms in _MONTH_FORMS)
WEEKDAYS = tuple(forms[0] for forms in vocabulary.weekday_forms("fr"))
WEEKDAY_ABBREVIATIONS = tuple(next(f for f in forms if "." not in f and len(f) == 3)
                              for forms in vocabulary.weekday_forms("fr"))
_MONTH_INDEX = {fold(form).rstrip("."): i for i, forms in enumerate(_MONTH_FORMS, 1) for form in forms}

# (and in two letters, as a field worker's notes open a line: "Je 14/11 – accompagnement", "lu 3/2")
WEEKDAY_LETTERS = ("lu", "ma", "me", "je", "ve", "sa", "di")
# (and a Dutch, German or English weekday before a date in digits: "vrijdag 21/11", "Freitag 21.11.", "Fri 21/11"; its
# full name, or its abbreviation with its full stop)
FOREIGN_WEEKDAYS = {fold(form): language for language in vocabulary.LANGUAGES if language != "fr"
                    for forms in vocabulary.weekday_forms(language) for form in forms
                    if form.endswith(".") or len(form) > 3}
_FRENCH_WEEKDAYS = frozenset(fold(form).rstrip(".") for forms in vocabulary.weekday_forms("fr") for form in forms) \
    | frozenset(WEEKDAY_LETTERS)  # ("di", "ma": French notes' Sunday and Tuesday before the German and Dutch ones)
WEEKDAY_RE = (r"(?P<weekday>(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|"
              + "|".join(WEEKDAY_LETTERS) + "|"
              + "|".join(re.escape(form.rstrip(".")) for form in sorted(FOREIGN_WEEKDAYS, key=len, reverse=True))
              + r")\.?)\s+")
WORDS_RE = re.compile(
    rf"^(?:{WEEKDAY_RE})?(?P<day>1er|1ᵉʳ|\d{{1,2}})\s*(?P<month>[^\W\d]+\.?)(?:\s+(?P<year>\d{{4}}|'\d{{2}}))?$",
    re.IGNORECASE)
# (German closes a day and month with a full stop: "vom 10.03. bis")
NUMERIC_RE = re.compile(
    rf"^(?:{WEEKDAY_RE})?(?P<day>\d{{1,2}})(?P<sep>[/.-])(?P<month>\d{{1,2}})"
    rf"(?:(?P=sep)(?P<year>\d{{4}}|\d{{2}})|(?P<close>\.))?$",
    re.IGNORECASE)

# the month first, as a phone or a form set to American English writes a date, read so only when the day first cannot
# be ("03/15/2009", "3/31/2025"; "02/12/2025" is the 2nd of December); shifted, it is written day first as the rest
# of the file (the month first, a shifted day of twelve or less would read as another date)
US_RE = re.compile(rf"^(?:{WEEKDAY_RE})?(?P<month>\d{{1,2}})(?P<sep>/)(?P<day>\d{{1,2}})"
                   rf"(?:(?P=sep)(?P<year>\d{{4}}))?$", re.IGNORECASE)
# the year first, as exports, forms filled on a computer and ISO 8601 write a date ("2010-02-14")
ISO_RE = re.compile(rf"^(?:{WEEKDAY_RE})?(?P<year>(?:19|20)\d\d)(?P<sep>[/.-])(?P<month>\d{{1,2}})(?P=sep)"
                    rf"(?P<day>\d{{1,2}})$", re.IGNORECASE)


@dataclass(frozen=True)
class WrittenDate:
    """A parsed date and how it was written."""

    value: date
    has_year: bool
    text: str
    match: re.Match
    numeric: bool


# a date said in words, as a hearing's record or a transcript writes it ("lundi trois février deux mille vingt-cinq",
# "le premier mars"): its day, its month and its year in words, read as digits by said_date()
_SAID = "|".join(sorted((fold(word) for word in vocabulary.number_words()), key=len, reverse=True))
SAID_RE = re.compile(rf"^(?:{WEEKDAY_RE})?(?:le\s+)?(?P<day>premier|(?:{_SAID})(?:[\s-](?:et[\s-])?(?:{_SAID}))?)\s+"
                     rf"(?P<month>[a-z]+\.?)(?:\s+(?P<year>(?:(?:{_SAID})[\s-])*?mille(?:[\s-](?:et[\s-])?(?:{_SAID}))*))?$")


def said_date(text: str) -> str | None:
    """A date said in words written with digits ("trois février deux mille vingt-cinq" -> "3 février 2025"), None
    when ``text`` is no such date."""
    from anonymizer.recognizers.be.phone_words import said_numbers

    match = SAID_RE.match(fold(text.strip()).lower())
    if match is None or fold(match["month"]).rstrip(".") not in _MONTH_INDEX:
        return None
    day = [1] if match["day"] == "premier" else said_numbers(match["day"])
    if len(day) != 1 or not 1 <= day[0] <= 31:
        return None
    written = f"{day[0]} {match['month']}"
    if match["year"]:
        thousands, _, rest = match["year"].partition("mille")
        high = said_numbers(thousands) if thousands.strip() else [1]
        low = said_numbers(rest) if rest.strip(" -") else [0]
        if len(high) != 1 or len(low) != 1:
            return None
        written += f" {high[0] * 1000 + low[0]}"
    return written


def _full_year(year: str) -> int:
    digits = int(year.lstrip("'"))
    if len(year.lstrip("'")) == 4:
        return digits
    return 2000 + digits if digits <= 40 else 1900 + digits


def parse(text: str, reference_year: int) -> WrittenDate | None:
    """The date in ``text`` (a whole DATE span), or None when it is not a valid calendar date."""
    for pattern, numeric in ((NUMERIC_RE, True), (US_RE, True), (ISO_RE, True), (WORDS_RE, False)):
        match = pattern.match(text.strip())
        if not match or numeric and match.groupdict().get("close") and match["sep"] != ".":
            continue
        day = 1 if match["day"].lower().startswith("1e") or match["day"] == "1ᵉʳ" else int(match["day"])
        month = int(match["month"]) if numeric else _MONTH_INDEX.get(fold(match["month"]).rstrip("."))
        if month is None:
            return None
        year = _full_year(match["year"]) if match["year"] else reference_year
        try:
            return WrittenDate(date(year, month, day), bool(match["year"]), text.strip(), match, numeric)
        except ValueError:
            if pattern is NUMERIC_RE:
                continue  # (the day first being no date, the month first may be: "03/15/2009")
            return None
    return None


def _like(original: str, new: str) -> str:
    if original.isupper():
        return new.upper()
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


def _weekday(written: WrittenDate, new: date) -> str:
    original = written.match["weekday"]
    if not original:
        return ""
    folded = fold(original).rstrip(".")
    language = FOREIGN_WEEKDAYS.get(folded) or FOREIGN_WEEKDAYS.get(f"{folded}.")
    if language is not None and folded not in _FRENCH_WEEKDAYS:  # in its language, full or abbreviated as written
        forms = vocabulary.weekday_forms(language)[new.weekday()]
        if folded in FOREIGN_WEEKDAYS and not original.endswith("."):
            return _like(original, forms[0]) + " "
        abbreviation = next((form for form in forms if form.endswith(".")), forms[0]).rstrip(".")
        return _like(original, abbreviation + ("." if original.endswith(".") else "")) + " "
    names = WEEKDAY_ABBREVIATIONS if folded in WEEKDAY_ABBREVIATIONS else WEEKDAY_LETTERS if folded in WEEKDAY_LETTERS \
        else WEEKDAYS
    word = names[new.weekday()] + ("." if original.endswith(".") else "")
    return _like(original, word) + " "


def _day(original: str, day: int) -> str:
    """Day in words style: the first of the month is "1er" (or as the original wrote it)."""
    if day == 1:
        return original if not original.isdigit() else "1er"
    return f"{day:02d}" if len(original) == 2 and original.startswith("0") else str(day)


def _year(original: str | None, year: int) -> str:
    if original is None:
        return ""
    if original.startswith("'"):
        return f"'{year % 100:02d}"
    return f"{year:04d}" if len(original) == 4 else f"{year % 100:02d}"


def render(written: WrittenDate, new: date) -> str:
    """``new`` written the way ``written`` was."""
    m = written.match
    weekday = _weekday(written, new)
    day = _day(m["day"], new.day)
    if written.numeric:
        padded = m["day"].startswith("0") or m["month"].startswith("0")  # "12/03": the writer pads
        day = f"{new.day:02d}" if padded else str(new.day)
        month = f"{new.month:02d}" if padded else str(new.month)
        if m.re is ISO_RE:  # (padded whenever the original's day or month has two digits: "2024-12-30")
            padded = len(m["day"]) == 2 or len(m["month"]) == 2
            day, month = (f"{new.day:02d}", f"{new.month:02d}") if padded else (str(new.day), str(new.month))
            return f"{weekday}{new.year:04d}{m['sep']}{month}{m['sep']}{day}"
        year = m["sep"] + _year(m["year"], new.year) if m["year"] else m.groupdict().get("close") or ""
        return f"{weekday}{day}{m['sep']}{month}{year}"
    abbreviated = m["month"].endswith(".") or fold(m["month"]) in ("janv", "fevr", "avr", "juil", "sept", "oct",
                                                                   "nov", "dec")
    month = (MONTH_ABBREVIATIONS if abbreviated else MONTHS)[new.month - 1]
    spacer = written.text[m.end("day"):m.start("month")]
    year = " " + _year(m["year"], new.year) if m["year"] else ""
    return f"{weekday}{day}{spacer}{_like(m['month'], month)}{year}"


@lru_cache(maxsize=1)
def _foreign_months() -> dict[str, tuple[int, tuple[str, ...]]]:
    """Every written form of a month in Dutch, German, English, Italian, Portuguese, Spanish, Romanian,
    Turkish, Polish and Albanian (folded, no full stop) -> (1-12, the languages that write it so: "november" is
    the first three's)."""
    table: dict[str, tuple[int, tuple[str, ...]]] = {}
    for language in ("nl", "de", "en", *vocabulary.AFTER_DAY_LANGUAGES):
        for number, forms in enumerate(vocabulary.month_forms(language), 1):
            for form in forms:
                key = fold(form).rstrip(".")
                table[key] = (number, table.get(key, (number, ()))[1] + (language,))
    return table


# (the "de" of a Portuguese or Spanish date, kept: "9 de novembro de 2024")
FOREIGN_DAY_MONTH = re.compile(r"(?P<weekday>[^\W\d]+,?\s+)?(?P<day>\d{1,2})(?P<dot>\.?[°º]?)\s+(?P<of>de\s+)?"
                               r"(?P<month>[^\W\d]+)\.?(?:,?\s+(?P<of_year>de\s+)?(?P<year>\d{4}))?$")
FOREIGN_MONTH_DAY = re.compile(r"(?P<weekday>[^\W\d]+,?\s+)?(?P<month>[^\W\d]+)\.?\s+(?P<day>\d{1,2}),?"
                               r"(?:\s+(?P<year>\d{4}))?$")


@dataclass(frozen=True)
class ForeignDate:
    """A date written in Dutch, German or English ("17 oktober 2024", "14. November 2024", "Tuesday, March
    4, 2025"): its value, its language and how it was written."""

    value: date
    has_year: bool
    language: str
    match: re.Match
    month_first: bool


def parse_foreign(text: str, reference_year: int = 1) -> ForeignDate | None:
    for pattern, month_first in ((FOREIGN_DAY_MONTH, False), (FOREIGN_MONTH_DAY, True)):
        match = pattern.match(text.strip())
        found = _foreign_months().get(fold(match["month"]).rstrip(".")) if match else None
        if not found:
            continue
        number, languages = found
        # the weekday's language ("Thursday, 14 November"); "14. November" is German, "March 4" English;
        # otherwise the first language that writes the month so
        weekday = fold((match["weekday"] or "").rstrip(", "))
        by_weekday = [language for language in languages
                      if weekday and weekday in {fold(f) for day in vocabulary.weekday_forms(language) for f in day}]
        # a "de" before the month is Portuguese or Spanish ("de agosto", which Italian writes too)
        of = [language for language in ("pt", "es") if language in languages and match.groupdict().get("of")]
        language = (by_weekday[0] if by_weekday else "de" if not month_first and match["dot"] and "de" in languages
                    else "en" if month_first and "en" in languages else of[0] if of else languages[0])
        year = int(match["year"]) if match["year"] else reference_year
        try:
            return ForeignDate(date(year, number, int(match["day"])), bool(match["year"]), language, match,
                               month_first)
        except ValueError:
            return None
    return None


def _shift_foreign(written: ForeignDate, new: date) -> str:
    """The shifted date in the language and order it was written in, its weekday the new day's."""
    month = _like(written.match["month"], vocabulary.month_forms(written.language)[new.month - 1][0])
    year = f" {new.year}" if written.has_year else ""
    before = written.match["weekday"] or ""
    weekdays = {fold(f) for day in vocabulary.weekday_forms(written.language) for f in day}
    if before and fold(before.rstrip(", ")) in weekdays:
        weekday = vocabulary.weekday_forms(written.language)[new.weekday()][0]
        before = _like(before, weekday) + before[len(before.rstrip(", ")):]
    if written.month_first:
        return f"{before}{month} {new.day}," + year if year else f"{before}{month} {new.day}"
    of, of_year = written.match["of"] or "", written.match["of_year"] or ""
    year = f" {of_year}{new.year}" if written.has_year else ""
    return f"{before}{new.day}{written.match['dot']} {of}{month}{year}"


# the solar Hijri calendar of Afghan and Iranian papers ("1 Hamal 1385" is 21 March 2006): its months' written forms,
# Dari's (prs) and Persian's (fa), and the years of the last 33-year cycles' breaks (Borkowski's algorithm, as the
# jalaali calendar libraries compute the first day of a year: 20 or 21 March)
SOLAR_HIJRI_MONTHS = {fold(form): (number, language) for language in ("prs", "fa")
                      for number, forms in enumerate(vocabulary.month_forms(language), 1) for form in forms}
SOLAR_HIJRI_DATE = re.compile(r"(?P<day>\d{1,2})(?P<space>\s+)(?P<month>[^\W\d_]+)\s+(?P<year>1[34]\d\d)")
SOLAR_HIJRI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
                      2456, 3178)
SOLAR_HIJRI_HALF = 186  # days of its first six months (31 each); the next five have 30, the last 29 or 30


def _new_year(year: int) -> date:
    """The Gregorian day a solar Hijri year begins on (Nowruz)."""
    leap, previous, jump = -14, SOLAR_HIJRI_BREAKS[0], 0
    for brk in SOLAR_HIJRI_BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap += jump // 33 * 8 + jump % 33 // 4
        previous = brk
    n = year - previous
    leap += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap += 1
    gregorian = year + 621
    gregorian_leap = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leap - gregorian_leap)


@dataclass(frozen=True)
class SolarHijriDate:
    """A date of the solar Hijri calendar as written ("25 Jawza 1391"): its Gregorian value, its month's language."""

    value: date
    language: str
    match: re.Match
    has_year: bool = True


def parse_solar_hijri(text: str) -> SolarHijriDate | None:
    match = SOLAR_HIJRI_DATE.fullmatch(text.strip())
    found = SOLAR_HIJRI_MONTHS.get(fold(match["month"])) if match else None
    if found is None:
        return None
    month, language = found
    day = int(match["day"])
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    before = (month - 1) * 31 if month <= 6 else SOLAR_HIJRI_HALF + (month - 7) * 30
    year = int(match["year"])
    try:
        value = _new_year(year) + timedelta(days=before + day - 1)
    except (ValueError, OverflowError):
        return None
    # (the 30th of the last month only in a leap year: "30 Esfand 1402" is no day)
    return SolarHijriDate(value, language, match) if value < _new_year(year + 1) else None


def _shift_solar_hijri(written: SolarHijriDate, new: date) -> str:
    """The shifted date in the solar Hijri calendar, its month named in the language it was written in."""
    year = new.year - 621
    first = _new_year(year)
    if new < first:
        year -= 1
        first = _new_year(year)
    days = (new - first).days
    month, day = (days // 31 + 1, days % 31 + 1) if days < SOLAR_HIJRI_HALF else \
        ((days - SOLAR_HIJRI_HALF) // 30 + 7, (days - SOLAR_HIJRI_HALF) % 30 + 1)
    name = _like(written.match["month"], vocabulary.month_forms(written.language)[month - 1][0])
    return f"{day}{written.match['space']}{name} {year}"


ROMAN_MONTHS = vocabulary.ROMAN_MONTHS
ROMAN_DATE = re.compile(r"(\d{1,2})([./ -])(" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
                        + r")(?:\2((?:19|20)?\d\d))?", re.IGNORECASE)


def _roman(text: str, reference_year: int) -> tuple[date, str, bool | None] | None:
    """A date with its month in Roman numerals ("2.II.2015", "14/X"), its separator, and whether its year has four
    digits (None: no year written, ``reference_year`` is taken)."""
    match = ROMAN_DATE.fullmatch(text.strip())
    if match is None:
        return None
    year = match.group(4)
    try:
        return date(_full_year(year) if year else reference_year, ROMAN_MONTHS.index(match.group(3).upper()) + 1,
                    int(match.group(1))), match.group(2), (len(year) == 4 if year else None)
    except ValueError:
        return None


def shift(text: str, days: int, reference_year: int) -> str | None:
    written = parse(text, reference_year)
    roman = _roman(text, reference_year) if written is None else None
    try:
        if roman is not None:
            old, separator, full_year = roman
            new = old + timedelta(days=days)
            month = ROMAN_MONTHS[new.month - 1]
            year = str(new.year) if full_year else f"{new.year % 100:02d}"
            return separator.join((str(new.day), month.lower() if text.islower() else month,
                                   *([year] if full_year is not None else [])))
        if written is None:
            foreign = parse_foreign(text, reference_year)
            if foreign is None and (hijri := parse_solar_hijri(text)) is not None:
                return _shift_solar_hijri(hijri, hijri.value + timedelta(days=days))
            if foreign is None:
                return shift_range(text, days, reference_year)
            return _shift_foreign(foreign, foreign.value + timedelta(days=days))
        return render(written, written.value + timedelta(days=days))
    except OverflowError:  # "31 décembre 9999": no shifted date exists
        return None


DAY_ONLY = re.compile(rf"(?P<weekday>(?i:{'|'.join(WEEKDAYS)})\.?,?\s+)?(?P<le>(?i:le)\s+)?"
                      r"(?P<day>\d{1,2})(?P<er>er)?")
# between the first day of a range and its end: "17 au 18 octobre", "3 et 4 mars", "10-12 janvier"
RANGE_LINK = re.compile(r"[^\S\n]+(?:au|et|à)[^\S\n]+|[^\S\n]*[-–][^\S\n]*")
RANGE = re.compile(rf"(?P<first>\d{{1,2}})(?P<er>er)?(?P<link>{RANGE_LINK.pattern})(?P<last>\d{{1,2}}\D.*)", re.S)


def day_only(text: str) -> re.Match[str] | None:
    """A day written without its month, the month being the one spoken of: "jeudi 17", "le 3", "17"."""
    return DAY_ONLY.fullmatch(text.strip())


def shift_day(text: str, old: date, days: int) -> str | None:
    """A day written alone ("jeudi 17") whose full date is ``old``, shifted, written alike ("samedi 20")."""
    match = day_only(text)
    if match is None:
        return None
    try:
        new = old + timedelta(days=days)
    except OverflowError:  # a day of December 9999: no shifted date exists
        return None
    weekday = ""
    if match["weekday"]:
        word = match["weekday"].rstrip(" ,.\t\n")
        weekday = _like(word, WEEKDAYS[new.weekday()]) + match["weekday"][len(word):]
    day = f"{new.day:02d}" if match["day"].startswith("0") else str(new.day)
    return f"{weekday}{match['le'] or ''}{day}{'er' if new.day == 1 and match['er'] else ''}"


def shift_range(text: str, days: int, reference_year: int) -> str | None:
    """A range whose first day borrows the month of the second ("17 au 18 octobre"), both days shifted."""
    match = RANGE.fullmatch(text.strip())
    last = parse(match["last"], reference_year) if match else None
    if last is None:
        return None
    try:
        first = last.value.replace(day=int(match["first"]))
        new_first, new_last = first + timedelta(days=days), last.value + timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    head = str(new_first.day) if new_first.month == new_last.month else f"{new_first.day} {MONTHS[new_first.month - 1]}"
    return f"{head}{match['link']}{render(last, new_last)}"


def generalise(text: str, reference_year: int) -> str | None:
    """Month and year only ("mai 2011"); the month alone when the year was not written."""
    written = parse(text, reference_year)
    roman = _roman(text, reference_year) if written is None else None
    if roman is not None:
        return f"{MONTHS[roman[0].month - 1]} {roman[0].year}" if roman[2] is not None else MONTHS[roman[0].month - 1]
    if written is None:
        return None
    month = MONTHS[written.value.month - 1]
    return f"{month} {written.value.year}" if written.has_year else month


# from a month to another, each with its year: "09/2021-06/2023" (a period, no phone number nor reference)
MONTHS_RANGE = re.compile(r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d[^\S\n]*[-–][^\S\n]*(?:0?[1-9]|1[0-2])/(?:19|20)\d\d")
