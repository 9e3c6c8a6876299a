"""Precise dates written in French: day + month [+ year], numeric or in words.

Found: ``3 mai 2011``, ``le 9 déc. 2024``, ``1er décembre``, ``lundi 3 mars``, ``2 au 23 juin``, ``03/05/2011``,
``03-05-11``, ``3.5.2011``, ``12/03``, ``samedi 18``. Not found: a year alone, a weekday alone, "mars 2024",
durations ("3 mois"), fractions ("4/5 temps", single digits on both sides).
A weekday in front of the date is part of the span ("lundi 3 mars", "dim. 9 mars 2025").
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer

from anonymizer import dates, vocabulary
from anonymizer.text import fold


def _with_unaccented(forms: list[str]) -> list[str]:
    """The forms and the same without their accents, as OCR and some keyboards write them ("fevrier",
    "aout", "decembre"; the patterns ignore case)."""
    return list(dict.fromkeys([*forms, *(fold(f) for f in forms)]))


# French month names and weekday names from anonymizer/vocabulary/ (forms with a full stop are written with it)
_MONTH_FORMS = _with_unaccented([f for month in vocabulary.month_forms("fr") for f in month])
MONTHS = rf"(?i:{'|'.join(vocabulary.alternation([f]) for f in _MONTH_FORMS)})"
# (a weekday before a date in Dutch, German or English too: "vrijdag 21/11", "Freitag 21.11.", "Friday 21/11")
_WEEKDAYS = [f for language in vocabulary.LANGUAGES for day in vocabulary.weekday_forms(language) for f in day
             if f.endswith(".") or len(f) > 3]
WEEKDAY = rf"(?i:(?:{'|'.join(vocabulary.alternation([f]) for f in _WEEKDAYS)})\s+)"
WEEKDAY_NAMES = vocabulary.alternation([day[0] for day in vocabulary.weekday_forms("fr")])  # "lundi"... in full
MIN_MISSPELT = 7  # letters of a month whose one letter left out still reads as that month ("janvie", "octobe")


def _misspelt_months() -> list[str]:
    """The long French months with one letter left out, as a hasty or non-native writer spells them, accents kept or
    not ("janvie", "févier", "fevier", "décemre"), none a French word or a first name ("javier" of "janvier" is one)."""
    from anonymizer.models.lexicon import is_word
    from anonymizer.recognizers.lookup import in_first_names

    full = [forms[0] for forms in vocabulary.month_forms("fr")]
    written = {form for month in full if len(month) >= MIN_MISSPELT for form in (month, fold(month))}
    variants = {form[:i] + form[i + 1:] for form in written for i in range(1, len(form))}
    return sorted(v for v in variants - written - {fold(m) for m in full}
                  if not is_word(v) and not in_first_names(v.capitalize()))


MISSPELT_MONTHS = rf"(?i:{vocabulary.alternation(_misspelt_months())})"
# Dutch, German and English dates of forwarded mails and notes (Brussels, the German-speaking Community):
# "maandag 13 januari 2025", "Freitag, 28. Februar 2025", "am 3. März", "Tuesday, March 4, 2025"


def _names(table: tuple[tuple[str, ...], ...]) -> str:
    return f"(?i:{vocabulary.alternation(_with_unaccented([form for forms in table for form in forms]))})"


MONTHS_NL, MONTHS_DE, MONTHS_EN = (_names(vocabulary.month_forms(lang)) for lang in ("nl", "de", "en"))
# English months' abbreviations written without their full stop, as a platform's or an app's notice dates a message
# ("Feb 4, 2025", "Mar 12, 2024"): only with the day and a comma before the year
_UNDOTTED = [form.rstrip(".") for forms in vocabulary.month_forms("en") for form in forms if form.endswith(".")]
MONTHS_EN_UNDOTTED = r"(?-i:" + vocabulary.alternation(_UNDOTTED + [form.upper() for form in _UNDOTTED]) + ")"
# ("FEB 14, 2025" as a bank's statement writes it)
# Italian, Portuguese, Spanish and Romanian months, after a day only, with the "de" of Portuguese and Spanish dates
# (a consulate's certificate, a civil registry's extract and their translations: "27 febbraio 2025", "9 de novembro
# de 2024", "3 martie 2019")
# (in lower case as those languages write them; capitalised, "Julio", "Agosto" are first names too: only with a year)
_ROMANCE_FORMS = _with_unaccented([form for language in vocabulary.AFTER_DAY_LANGUAGES
                                   for forms in vocabulary.month_forms(language) for form in forms])
MONTHS_ROMANCE = vocabulary.alternation(_ROMANCE_FORMS)
MONTHS_ROMANCE_ANY = f"(?i:{MONTHS_ROMANCE})"
# the solar Hijri calendar's months of an Afghan or an Iranian paper ("1 Hamal 1385"), read with a day and its year
MONTHS_SOLAR_HIJRI = vocabulary.alternation([form for language in ("prs", "fa")
                                             for month in vocabulary.month_forms(language) for form in month])
# the first days of a list sharing one month: "les 3, 4 et 5 avril", "le 12 et le 14 mars", "10, 11 en 17 februari"
DAY_LIST_LINK = r"[^\S\n]*(?:,|et|&|ou|en|und|and|[–—-](?=[^\S\n]))[^\S\n]+(?:le[^\S\n]+)?"  # ("3 – 10 – 17 octobre")
ENGLISH_WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_NL, WEEKDAY_DE, WEEKDAY_EN = (rf"(?:{_names(vocabulary.weekday_forms(lang))},?\s+)"
                                      for lang in ("nl", "de", "en"))
DAY = r"(?:1er|1ᵉʳ|0?[1-9]|[12]\d|3[01])"
# a day written in words, as in a hearing's record ("le douze février", "le premier mars", "vingt et un avril",
# "le vendredi dix-neuf avril")
_UNITS = "un|deux|trois|quatre|cinq|six|sept|huit|neuf"
DAY_WORD = (rf"(?i:premier|dix[- ](?:sept|huit|neuf)|{_UNITS}|dix|onze|douze|treize|quatorze|quinze|seize"
            rf"|vingt(?:[- ]et[- ]un|[- ](?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente(?:[- ]et[- ]un)?)")
# (a hand-written letter leaves the hyphens out: "le vingt neuf mars", "le dix sept janvier": the compound first,
# "sept" is also September's short form)
ANY_MONTH = rf"(?:{MONTHS}|{MONTHS_NL}|{MONTHS_EN}|{MONTHS_DE})"
YEAR = r"(?:\s+(?:\d{4}|'\d{2}))"
# a year said in words, as a hearing's record or a judgment writes it ("deux mille neuf", "mille neuf cent
# quatre-vingt-quatre")
# (its last two digits: "deux mille neuf", "mil neuf cent quatre-vingt-quatre", "deux mille vingt et un"; not an amount,
# "deux mille cinq cents euros", a count, "deux mille personnes", nor what follows it, "vingt-trois et un jugement")
_NUMBER_WORD = f"(?:{vocabulary.alternation([word for word, value in vocabulary.number_words().items() if value])})"
_SMALL = (r"(?:dix[- ](?:sept|huit|neuf)|"
          + vocabulary.alternation([w for w, value in vocabulary.number_words().items() if 1 <= value <= 19]) + ")")
_TENS = (r"(?:quatre[- ]vingts?|"
         + vocabulary.alternation([w for w, value in vocabulary.number_words().items() if 20 <= value <= 90]) + ")")
_YEAR_TAIL = rf"(?:[- ](?:{_TENS}(?:[- ]et[- ](?:un|onze)|[- ]{_SMALL})?|{_SMALL}))?"
YEAR_WORDS = (rf"(?i:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:deux[- ]mil(?:le)?|mil(?:le)?[- ]neuf[- ]cents?){_YEAR_TAIL}"
              rf"(?![\w-])(?![^\S\n]*(?:{_NUMBER_WORD}|euros?|eur|€)(?![\w-]))"
              r"(?![^\S\n]+(?!(?:dans|sous|vers|puis|après|alors|depuis|pas|plus|sans|très|lors|nous|vous|ils|elles|les"
              r"|des|ces|mes|tes|ses|nos|vos|leurs|aux|chez|dès|jus)\b)[a-zà-ÿ]{3,}[sx]\b))")
# a month's abbreviation written without its full stop, as mail headers do ("Thu, 7 Mar 2024", "7 mrt 2024"):
# only with the year after it
MONTHS_SHORT = _names(tuple(tuple(f.rstrip(".") for f in forms if f.endswith(".") and len(f) >= 4)
                            for lang in vocabulary.LANGUAGES for forms in vocabulary.month_forms(lang)))
D = r"(?:0?[1-9]|[12]\d|3[01])"
# what a fraction measures after it: "le vendredi 4/5 temps", "jeudi 1/2 journée", "3/5 des enfants"
FRACTION_OF = r"[^\S\n]+(?:temps|journées?|jours?|semaines?|mois|heures?|des|de|d['’]|du)\b"
ENGLISH_MARK = r"\d{1,2}/(?:10|20)(?![\w/])"
# the fractions a dose or a schedule writes ("1/2 matin", "3/4 soir")
FRACTION = r"(?:1/[234]|[23]/[34])"
ROMAN = "|".join(sorted(vocabulary.ROMAN_MONTHS, key=len, reverse=True))  # a month in Roman numerals
M = r"(?:0?[1-9]|1[0-2])"
# a day and a month, either order, as English writes them after "on" ("absent on 11/25 and 11/26"), no mark out of
# ten or twenty
ENGLISH_DAY = rf"{M}/{D}(?![\w/]|[.,]\d)"
MM = r"(?:0[1-9]|1[0-2])"  # a month in two digits
DD = r"(?:0[1-9]|[12]\d|3[01])"  # a day in two digits
# the words that number a case file's items: home visits, appointments, sessions ("VAD 1 – 10/02/2025")
ITEM_WORDS = (r"(?:VAD|VD|RDV|RV|(?i:visite|séance|entretien|rencontre|réunion|capture|photo|annexe|pièce"
              r"|message|étape|partie))")
# (not such an item's number, after "n°" or not, before a spaced dash and the date: "Capture 1 – 3 octobre, 22h14",
# "Capture n°1 – 3 octobre")
NOT_ITEM = rf"(?!(?<=\b{ITEM_WORDS}[^\S\n](?:n°[^\S\n]?)?){DAY}[^\S\n]+[-–—][^\S\n])"
# a day and its month in two digits, the day in one digit too but for October ("6/10" is a mark out of ten)
DAY_MONTH = rf"(?:{DD}/{MM}|[1-9]/(?:0[1-9]|1[12]))"


class FrenchDateRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "DATE"
    PATTERNS = (
        ("words", rf"(?<![\w/.-]){WEEKDAY}?{DAY}\s*{MONTHS}(?![\w])(?:{YEAR}|{YEAR_WORDS})?(?!\d)", 0.85),
        # a long month misspelt by one letter left out, after its day: "le 12 janvie 2025", "avant le 31 janvie"
        ("misspelt_month", rf"(?<![\w/.-]){WEEKDAY}?{DAY}[^\S\n]+{MISSPELT_MONTHS}(?![\w]){YEAR}?(?!\d)", 0.7),
        # the first day of a range belongs to the date: "du 2 au 23 juin 2025", "les 3 et 4 mars", "10-12 janvier"
        ("range_words", rf"(?<![\w/.-]){NOT_ITEM}{WEEKDAY}?{DAY}(?:{dates.RANGE_LINK.pattern})"
                        rf"{WEEKDAY}?{DAY}\s*{MONTHS}"
                        rf"(?![\w]){YEAR}?(?!\d)", 0.85),
        ("day_list", rf"(?<![\w/.,-]){NOT_ITEM}{DAY}(?=(?:{DAY_LIST_LINK}{DAY}){{1,5}}\.?[^\S\n]+{ANY_MONTH}"
                     r"(?![\w]))", 0.8),
        ("day_in_words", rf"(?i:\ble|\bdu|\bau|\bce|\b(?:{WEEKDAY_NAMES}),?)[^\S\n]+\K(?:(?i:{WEEKDAY_NAMES})[^\S\n]+)?"
                         rf"{DAY_WORD}"
                         rf"[^\S\n]+{MONTHS}(?![\w])"
                         rf"(?:{YEAR}|{YEAR_WORDS})?(?!\d)", 0.8),
        # with its year, a day in words needs no word before it: a dictation's "date douze février deux mille
        # vingt-cinq virgule", a form's "Né : dix-neuf mars 2012"
        ("day_in_words_year", rf"(?<![\w/.-]){DAY_WORD}[^\S\n]+{MONTHS}(?![\w])(?:{YEAR}|{YEAR_WORDS})(?!\d)", 0.8),
        ("short_month_year", rf"(?<![\w/.-])(?:{WEEKDAY_EN}|{WEEKDAY_DE}|{WEEKDAY_NL})?{DAY}\.?(?:[^\S\n]+|-)"
                             rf"{MONTHS_SHORT}(?:[^\S\n]+|-)(?:19|20)\d\d(?![\w])",
         0.8),
        ("words_nl", rf"(?<![\w/.-]){WEEKDAY_NL}?{DAY}\s+{MONTHS_NL}(?![\w]){YEAR}?(?!\d)", 0.85),
        ("words_romance", rf"(?<![\w/.-]){DAY}(?:°|º|\.º)?(?:[^\S\n]+de)?[^\S\n]+"
                          rf"(?:(?:{MONTHS_ROMANCE})(?![\w])(?:(?:[^\S\n]+de)?[^\S\n]+\d{{4}})?"
                          rf"|{MONTHS_ROMANCE_ANY}(?:[^\S\n]+de)?[^\S\n]+\d{{4}})(?!\d)", 0.85),
        ("words_solar_hijri", rf"(?<![\w/.-]){DAY}[^\S\n]+(?i:{MONTHS_SOLAR_HIJRI})[^\S\n]+1[34]\d\d(?![\w/]|[.,]\d)",
         0.85),
        ("words_de", rf"(?<![\w/.-]){WEEKDAY_DE}?{DAY}\.\s*{MONTHS_DE}(?![\w]){YEAR}?(?!\d)", 0.85),
        ("range_de", rf"(?<![\w/.-]){DAY}\.\s*(?:bis|und|-|–)\s*{DAY}\.\s*{MONTHS_DE}(?![\w]){YEAR}?(?!\d)", 0.85),
        ("words_en_month_first", rf"(?<![\w/.-]){WEEKDAY_EN}?{MONTHS_EN}\s+{DAY}(?:st|nd|rd|th)?(?![\w])"
                                 rf"(?:,?{YEAR})?(?!\d)", 0.85),
        ("words_en_undotted_month_first", rf"(?<![\w/.-]){WEEKDAY_EN}?{MONTHS_EN_UNDOTTED}[^\S\n]+{DAY}"
                                          r"(?:st|nd|rd|th)?,[^\S\n]*(?:19|20)\d\d(?!\d)", 0.85),
        ("words_en_day_first", rf"(?<![\w/.-]){WEEKDAY_EN}?{DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS_EN}(?![\w])"
                               rf"{YEAR}?(?!\d)", 0.85),  # "29th of March"
        # an English weekday and the day alone, with its ordinal's letters, the month being the one spoken of:
        # "on Saturday 17th", "Monday the 3rd"
        # (the weekday in full and capitalised: French "mon 2nd fils" is no Monday)
        ("weekday_ordinal_en", rf"(?<![\w/.-])(?-i:{ENGLISH_WEEKDAYS}),?\s+(?:the\s+)?{DAY}(?:st|nd|rd|th)(?![\w])",
         0.6),
        # (not a newborn's Apgar scores, "Apgar 8/9/10")
        # the year first, as an export or ISO 8601 writes it: "2010-02-14" (never a school year, "2024-2025")
        ("numeric_iso", r"(?<![\w/.-])(?:19|20)\d\d([/.-])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?![\w/]|[.-]\d)",
         0.85),
        # ISO 8601's basic form before its time, as a calendar file writes it ("DTSTART:20241122T133000"): the day
        # alone (eight digits without the "T" and a time are any number)
        ("iso_basic_time", r"(?<![\w/.-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=T\d{4}(?:\d\d)?Z?\b)",
         0.85),
        # ... or a whole day's, after its field ("DTSTART;VALUE=DATE:20241122")
        ("iso_basic_field", r"(?<![\w-])(?:DTSTART|DTEND|DTSTAMP|DUE|RECURRENCE-ID)[^:\n]{0,40}:\K(?:19|20)\d\d"
                            r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)", 0.85),
        ("numeric_full", rf"(?<![\w/.-])(?<!(?i:apgar)[^\S\n]{{0,3}}:?[^\S\n]{{0,3}})"
                         rf"(?:{WEEKDAY}|{WEEKDAY_DE}|{WEEKDAY_NL}|{WEEKDAY_EN})?{D}([/.-]){M}\1"
                         rf"(?:\d{{4}}|\d{{2}})(?![\w/]|[.-]\d)", 0.85),
        # the first days of a range or a list before a day and month in digits: "WE 10 au 12/01", "jeu. 6, 13, 20,
        # 27/03", "du 4 au 8/11/2024" (the last one is a date of its own)
        # (not an item's number after its abbreviation and a spaced dash: "VAD 1 – 10/02/2025", the first home visit)
        ("numeric_first_days", rf"(?<![\w/.,-]){NOT_ITEM}{D}"
                               rf"(?=(?:{dates.RANGE_LINK.pattern}|(?:{DAY_LIST_LINK}{D}){{0,4}}"
                               rf"{DAY_LIST_LINK})(?!\d/\d(?!\d)){D}/{M}(?:/(?:\d{{4}}|\d{{2}}))?"
                               r"(?![\w/]|[.-]\d))", 0.7),
        # days of one month and year written as a range: "7-9/03/2024" (the 7th to the 9th)
        ("numeric_day_range", rf"(?<![\w/.-]){D}[-–]{D}/{M}/(?:\d{{4}}|\d{{2}})(?![\w/]|[.-]\d)", 0.85),
        # ... and without the year, two digits after the slash ("camp du 7-11/07"; not a fraction, "1-2/3")
        ("numeric_day_range_short", rf"(?<![\w/.,-]){D}[-–]{D}/(?:0[1-9]|1[0-2])(?![\w/]|[.,-]\d)", 0.85),
        # two days with their months in two digits, a week of a rota or a stay: "03/03-09/03", "3/03-9/03", "31/03 –
        # 06/04" (two dates, each its own; not fractions or marks, "1/2-3/4", "6/10-8/10")
        # (a mark out of ten and its twin are no range: "10/10-10/10" is each eye's vision in a table's cell)
        ("numeric_day_month_range_first", rf"(?<![\w/.,-])(?!(\d+/10)[^\S\n]?[-–][^\S\n]?\1(?![\d/])){DAY_MONTH}"
                                          rf"(?=[^\S\n]?[-–][^\S\n]?{DAY_MONTH}(?![\w/]|[.,-]\d))", 0.8),
        ("numeric_day_month_range_second", rf"(?<=(?<![\w/.,-])(?P<first>{DAY_MONTH})[^\S\n]?[-–][^\S\n]?)"
                                           rf"(?!(?P=first)(?<=/10)(?![\d/])){DAY_MONTH}(?![\w/]|[.,-]\d)", 0.8),
        # the month in Roman numerals, as older and Italian or Polish writing has it: "2.II.2015", "14-XI-1962"
        # ("14 XI 62", "2.ii.2015": a two-digit year, numerals in lower case)
        ("roman_month", rf"(?<![\w/.-]){D}(?:([./-])(?i:{ROMAN})\1|[^\S\n](?:{ROMAN})[^\S\n])(?:19|20)?\d\d"
                        r"(?![\w/]|[.-]\d)", 0.85),
        # single digits on both sides only after a weekday or "le"/"du", or before a time: "Lun 3/3 07:12",
        # "jeudi 6/3"
        ("numeric_short", rf"(?i:\b(?:{WEEKDAY_NAMES}|lun|mar|mer|jeu|ven|sam|dim)\.?|\ble|\bdu|\bau|\bce)[^\S\n]+\K"
                          rf"{D}/{M}(?![\w/]|[.,-]\d)(?!{FRACTION_OF})", 0.6),
        # the same with a full stop or a hyphen, the month in two digits ("depuis le 28.02", "le 03-05"; with a full
        # stop the day in two digits too, "Rdv le 8.10" being a time; not a decimal before its unit, "le 12.50 €")
        # (or after a weekday written in full or cut with its stop: "mardi 04.03", "jeu. 12-03"; not "jeu 06-12 ans",
        # "la mer 10-12 personnes")
        ("numeric_short_dotted", rf"(?i:\ble|\bdu|\bau|\bce|\bdès|\bjusqu['’]au"
                                 rf"|\b(?:{WEEKDAY_NAMES})|\b(?:lun|mar|mer|jeu|ven|sam|dim)\.)[^\S\n]+\K"
                                 rf"(?:(?:0[1-9]|[12]\d|3[01])([.-])(?:0[1-9]|1[0-2])(?![\w/]|[.,-]\d)(?!\1\d)"
                                 rf"|{D}-(?:0[1-9]|1[0-2])(?![\w/]|[.,-]\d)|{D}\.{M}\.(?![\w]|\d))"
                                 r"(?![^\S\n]*(?:€|%|‰|(?i:eur|euros?|kg|g|km|m|cm|mm|l|cl|ml|mg|h|min|points?|pts?"
                                 r"|ans|personnes|enfants|participants)\b))"  # (an age's range: "le 10-12 ans")
                                 # (nor a time before a dash and a time that is no date: "lundi 08.10 - 12.00")
                                 r"(?![^\S\n]*[-–][^\S\n]*\d{1,2}(?:[:h]\d{2}|\.(?:00|1[3-9]|[2-5]\d))(?!\d))",
         0.6),
        # German writes the day and month with a full stop after each: "vom 10.03. bis 14.03.2025", "am 3.5.",
        # ("Mo., 24.03.": after a weekday, taken with it)
        ("german_day_month", rf"(?<![\w])(?:(?:vom|am|ab|bis|zum|seit)[^\S\n]+\K|{WEEKDAY_DE})"
                             rf"{D}\.{M}\.(?![\w]|\d)", 0.6),
        # (or in brackets after a German weekday: "Letzten Freitag (07.03.)")
        ("german_day_month_bracketed", rf"(?<![\w])(?:{_names(vocabulary.weekday_forms('de'))})[^\S\n]*\([^\S\n]*\K"
                                       rf"{D}\.{M}\.(?=[^\S\n]*\))", 0.6),
        # a diary's entry: a weekday abbreviated, then the day and month with a slash or a stop ("Lun 12/02",
        # "Mar 13.02"), the weekday taken with them
        ("weekday_numeric", rf"(?<![\w])(?:Lun|Mar|Mer|Jeu|Ven|Sam|Dim|LUN|MAR|MER|JEU|VEN|SAM|DIM)\.?[^\S\n]+"
                            rf"{D}[/.]{M}(?![\w/]|[.,-]\d)", 0.6),
        # (or in two letters opening the line, as a field worker's notes do, a dash, a time or a table's next cell
        # after it: "lu 3/2 – 16h30", "ve 7/2 : ...", "Lu 10/02 | 7h40"; not "Sa 1/2 sœur")
        # a weekday in full, then the day and the month in one digit each: "mardi 2/9", "jeudi 4/9" (never a fraction
        # after a weekday)
        # (not a working time or a fraction of something: "le vendredi 4/5 temps", "jeudi 1/2 journée", "le mardi 2/3
        # des enfants"; "mardi 2/9 de 14h à 16h", "jeudi 4/9 du matin" are dates)
        ("weekday_single_digits", rf"(?<![\w/.-])(?i:{WEEKDAY_NAMES})[^\S\n]+[1-9]/[1-9](?![\w/]|[.,-]\d)"
                                  rf"(?![^\S\n]*(?:(?i:temps|journées?|jours?|ETP|{vocabulary.COUNT_UNITS})(?![\w])"
                                  r"|(?i:des\b(?![^\S\n]*\d)|du\b(?![^\S\n]+(?:matin|soir))|de\b(?![^\S\n]*\d)|d['’]heure)))",
         0.6),
        ("weekday_numeric_short", rf"(?m:^)[^\S\n]*(?i:{'|'.join(dates.WEEKDAY_LETTERS)})\.?[^\S\n]+"
                                  rf"{D}([/.]){M}(?:\1(?:\d{{4}}|\d{{2}}))?(?![\w/]|[.,-]\d)"
                                  rf"(?=[^\S\n]*(?:[–:|\t-]|\d{{1,2}}[h:]|$))", 0.6),  # ("Lu 06/01/2025 07h40 |")
        # a log's entry opening its line, the day and month with a stop, a dash or a colon after them ("23.10 –
        # Inscription à la commune"; not an amount, "23.10 €", nor a decimal in a sentence)
        # (or a hyphen, a slash, a month in Roman numerals, a remark in brackets before the dash: "17-4 (même soir) –",
        # "14/X –")
        # (a hyphen between two single digits opening a line is a section's number, "2-1 – Contexte", unless a
        # bullet opens the line: "- 8-3 : la belle-mère téléphone")
        ("line_day_month", rf"(?m)^[^\S\n]*(?:[-•*][^\S\n]*)?\K{D}(?:\.{M}|(?<=\d\d)-{M}|-(?=\d\d){M}"
                           rf"|(?<=[-•*][^\S\n]{{0,3}}\d)-{M}|[./-](?:{ROMAN}))"
                           r"(?=[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?[–:-][^\S\n])", 0.6),
        # a month in Roman numerals without its year after "le", "du", "au": "le 14/X", "du 3.XI au 5.XI"
        ("roman_day_month", rf"(?i:\ble|\bdu|\bau|\bce)[^\S\n]+\K{D}[./-](?:{ROMAN})(?!\w|[./-]\w)", 0.6),
        ("numeric_before_time", rf"(?<![\w/.,-]){D}/{M}(?=[^\S\n]+\d{{1,2}}[:hH]\d{{2}})", 0.6),
        # a day and month after an English preposition of time, either order ("absent on 11/25 and 11/26", "by 3/4")
        ("english_short", rf"(?i:\b(?:on|until|till|since))[^\S\n]+\K(?!{FRACTION}(?![\d/])|{ENGLISH_MARK})"
                          rf"{ENGLISH_DAY}|(?<=(?i:\b(?:on|until|till|since))[^\S\n]+{ENGLISH_DAY}[^\S\n]+"
                          rf"(?i:and|to)[^\S\n]+){ENGLISH_DAY}", 0.6),
        # the month first, as a phone or a form set to American English writes it, when the day cannot come first
        # ("03/15/2009", "3/31/2025"): anonymizer.dates reads it so
        ("us_numeric", rf"(?<![\w/.,-]){M}/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d(?![\w/]|[.,]\d)", 0.85),
        # (or opening a list's item before a part of the day, "- 3/2 matin (rendez-vous SAJ)", or alone between
        # dashes as a copied conversation heads a day's messages, "— 9/1 —"; not a dose, "Temesta 1/2 matin", nor a
        # schedule's fraction opening its item, "- 1/2 matin, 1/2 soir")
        ("numeric_part_of_day", rf"(?m)^[^\S\n]*[-•*][^\S\n]*\K(?!{FRACTION}(?![\d/]))"
                                rf"{D}/{M}(?=[^\S\n]+(?i:matin|après-midi|aprem|midi|soir|soirée|nuit)\b)", 0.6),
        ("numeric_between_dashes", rf"(?m)^[^\S\n]*[—–-]+[^\S\n]*\K(?!{FRACTION}(?![\d/])){D}/{M}"
                                   rf"(?=[^\S\n]*[—–-]+[^\S\n]*$)", 0.6),
        # a weekday and the day alone, the month being the one spoken of: "samedi 18 tu viens ?", "le mardi 4,
        # l'école a appelé" (not a time, "samedi 18 h", "samedi 18h30", nor a span of hours written without spaces,
        # "mercredi 14-17h" — "lundi 12 - 9h30" is a day and its hour —, nor an amount or an age)
        ("weekday_day", rf"(?<![\w/.-])(?i:{WEEKDAY_NAMES})[^\S\n]+{DAY}"
                        r"(?![\w/:.,]\d|[^\S\n]*(?:h\b|h\d|heures?\b|[:.]\d|ans\b|€|%|euros?\b)|\w"
                        r"|-\d{1,2}h)", 0.6),
        # (not a measure out of ten after its word on the line: "Acuité visuelle : OD 8/10, OG 7/10", "EVA 6/10", a
        # child's pain scale, "FLACC 7/10", "AV OG 5/10", "Visus OD 9/10", "Apgar 9/10", a mark "a eu 8/10"; nor a
        # mark on a line of marks: "6/16, fusion phonémique 3/10")
        ("numeric_day_month",
         rf"(?<![\w/.,-]){WEEKDAY}?(?:{D}/(?:0[1-9]|1[0-2])|(?:0[1-9]|[12]\d|3[01])/{M})(?![\w/]|[.,-]\d)"
         r"(?<!(?i:\b(?:acuité|visuelle|vision|visus|score|douleur|EVA|cotation|apgar|échelle|FLACC|EVENDOL|glasgow|GCS))"
         r"[^\n]{0,30}\d{1,2}/10)"
         r"(?<!\b(?:eu|obtenu|obtient)[^\S\n]\d{1,2}/10)"  # ("Rayan a eu 8/10 en dictée": a mark)
         r"(?<!\b(?:AV|OD|OG|OS|ODG)[^\S\n]\d{1,2}/10)"
         # (nor a blood pressure in cmHg after its label, its high reading 8 to 25 and its low one 4 to 14: "TA
         # 16/9", "tension artérielle : 13/7"; not "PA 15/06", a project's date, nor "Tension 12/7 : dispute")
         r"(?<!\b(?:TA|(?i:tension[^\S\n]+art[ée]rielle))[^\S\n]{0,3}:?[^\S\n]{0,3}"
         r"(?:[89]|1\d|2[0-5])/(?:[4-9]|1[0-4]))"
         r"(?<!(?<![\d./])\d{1,2}/(?:1[3-9]|[2-9]\d|100)(?![\d./])[^\n]{0,60}\d{1,2}/\d{1,2})"
         # (nor the first mark of such a line: "suppression de phonème : 4/12). Dictée de mots : 9/20")
         r"(?![^\n]{0,60}(?<![\d./])\d{1,2}/(?:1[3-9]|[2-9]\d|100)(?![\d/]|\.\d))", 0.6),
    )
    CONTEXT = ("né", "née", "date", "naissance", "le")

    def invalidate_result(self, pattern_text: str) -> bool:
        # "24/7" (all day, every day) is not a date
        return re.fullmatch(r"24/0?7", pattern_text.strip()) is not None
