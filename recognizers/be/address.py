"""Postal addresses (on one line): street type + name + number [+ box] [+ postcode + commune], as one span.

Street types are the French and Dutch ones used in Brussels and Wallonia (rue, avenue, chaussée,
drève, thier, tienne, straat, steenweg...). A house number is required here: a street named alone
is a LOCATION (names recogniser). The number may also stand before the street ("12, rue ...").
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_word
from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.names.location import is_place, postcode_of_place

from anonymizer import vocabulary

STREET_TYPES = vocabulary.street_types_re()  # anonymizer/vocabulary/street_types.txt
# (and Dutch's "op", "naar" of Brussels' roads named after where they lead: "Steenweg op Gent", "Steenweg naar Bergen")
# (and the links of Portuguese, Spanish, Italian and Romanian street names: "Rua das Flores", "Calle de los Reyes",
# "str. Ștefan cel Mare")
LINK = (r"(?:(?:de[^\S\n]+la|des|du|de|aux|au|la|le|les|sous|sur|en|op|naar"
        r"|de[^\S\n]+l[oa]s|das|dos|da|do|del|della|di|cel|cea|lui)(?![\w])|(?:de[^\S\n]+)?[dl]['’])")
CAP = rf"[{vocabulary.UPPER}][\w'’]*+(?:-[\w'’]+)*+"  # (possessive: a hyphenated run is one word, once)
LOWER = r"[a-zà-öø-ÿ][\w'’]*(?:-[\w'’]+)*"
# (words joined by spaces: a hyphen is a word's own, "Haute-Pierre", else the regex backtracks without end on a
# run of hyphenated capitals)
NAME = rf"(?:{LINK}[^\S\n]*)?{CAP}(?:[^\S\n]+(?:{LINK}[^\S\n]*)?{CAP}){{0,4}}"
# informal notes: "rue de la gare 12" (lower-case name with a link word), or "rue fransman 112" (one lower-case
# name that is no French word: checked in analyze)
NAME_LOWER = rf"{LINK}[^\S\n]*{LOWER}(?:[^\S\n]+{LOWER})?"
# with a house number, a lone name is one, and so are two words, as a letter spelt by ear writes them ("rue sin
# piere 12")
NOT_A_NAME = r"(?i:depuis|pendant|pour|dans|il|elle|on)\b"
NUMBERED_LOWER = rf"(?:{NAME_LOWER}|(?!{LINK}){LOWER}(?:[^\S\n]+(?!{LINK}|{NOT_A_NAME}){LOWER})?)"
LONE_LOWER = re.compile(rf"{STREET_TYPES}[^\S\n]+(?!{LINK})({LOWER}(?:[^\S\n]+(?!{LINK}|{NOT_A_NAME}){LOWER})?)")
# a house number, its letter ("12b"; not "h": "10h" is a time; not an elided word, "8 c'est", nor "à" without its
# accent before the commune, "9 a Charleroi"), written after "n°"
# or as abroad ("nr. 12", "No: 45", "nº 7"), then a box or a flat, a block and its flat ("bte 3", "box 201", "app. 2",
# Polish "m. 5", Romanian "bl. D1, sc. B, et. 2, ap. 12", Ukrainian "kv. 114", Turkish "Daire 3"; not a time, "ap. 14h")
# and a floor ("3e étage"); a range of numbers for a building that spans several
NUMBER = (r"(?:(?:n°|nº|(?i:nr|no)\.?:?)[^\S\n]*)?\d{1,4}"
          # a building's range of numbers ("Place Surlet de Chokier 15-17"; not hours, "14-16h", nor ages, "10-12 ans")
          r"(?:[-–]\d{1,4}(?![\d/.:hH-]|[^\S\n]*ans\b))?"
          r"(?:(?![^\S\n]a[^\S\n]+(?!(?i:app|apt|bte|bt|bus|boîte|b-|étage|rez))[A-ZÀ-Ý])"
          r"[^\S\n]?[a-gi-zA-GI-Z](?![\w'’]|\.[^\S\n]*\d))?"
          r"(?:/(?:\d{1,3}|[A-Z]\d{1,3}(?![\w/])|[A-Za-z](?![\w/])))?"  # "12/3", "33/B2", "33/A"
          r"(?:[^\S\n]*,?[^\S\n]*(?:(?i:bte|boîte|box|bt|bus|b|app?|apt|flat|m|ap|bl|bloc|kv|daire|scara|etaj)\.?|(?i:sc)\.|"
          r"(?i:et)\.(?=[^\S\n]*\d))"
          r"[^\S\n]*(?:\d{1,4}(?![\dhH]|:\d)[A-Za-z]?|[A-Z]\d{0,3})(?![\w]|:\d))"
          r"{0,4}"
          r"(?:[^\S\n]*,?[^\S\n]*(?:\d{1,2}(?:e|er|ème|è)|rez)[^\S\n]+(?i:étage|de[^\S\n]+chaussée))?"
          # a floor and its door as Spain and Portugal write them: "Calle Mayor 27, 2º B", "3º 1ª", "1º izda.", "2º
          # Esq." (the door's letter before a comma, the line's end or the postcode: not "2º A la demande du juge")
          # (not "°", a French list's or a temperature's: "rue Haute 27, 2° fixe l'hébergement")
          r"(?:[^\S\n]*,?[^\S\n]*\d{1,2}\.?[ºª](?:[^\S\n]*(?:\d{1,2}\.?[ºª]|(?i:izq|izda|dcha|dch|esq|dto|dt)\.?"
          r"|[A-Z](?=[^\S\n]*(?:[,.;]|$|\d))))?)?")
# a title after the type word is a person ("av. Me Lambrechts": "avec Maître Lambrechts")
# (not "AV OD 6/10": an eye's acuity; nor "passage de M. Devos", a visit in a journal)
NOT_A_STREET = r"(?:(?:de[^\S\n]+)?(?:M|Mme|Mlle|Me|Mr|Dr)\.?[^\S\n]|(?:OD|OG|ODG|OS)[^\S\n,])"
# "Ch." of "chemin" or "chaussée" only before its name's link word ("Ch. du Chaufour 12", "ch. de Louvain 45"): alone,
# it is Charles ("Dr Ch. Lambert") or a room ("ch. 12")
ABBREVIATED_WAY = r"(?i:ch\.)(?=[^\S\n]+(?:(?:du|de|des)(?![\w'’])|d['’]))"
ABBREVIATED_WAY_START = re.compile(ABBREVIATED_WAY)
# ... nor after a title or an article, nor before a count, an hour or a date ("Me Ch. de Bruyn 12 janvier")
TITLE_OR_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:(?i:dr|mme|mlle|m|me|mr|pr|prof|la|le|sa|ma|une)\.?|Madame|Monsieur"
                                     r"|Docteur|Maître)[^\S\n]+$")
FRENCH_MONTHS = vocabulary.alternation([form for month in vocabulary.month_forms("fr") for form in month])
COUNT_OR_DATE_AFTER = re.compile(rf"[^\S\n]*(?:(?:{vocabulary.COUNT_UNITS}|h|heures?|fois|pages?|nuits?|jours?|ans"
                                 rf"|{FRENCH_MONTHS})(?![\w])|[:h]\d)", re.IGNORECASE)
STREET = rf"(?<![\w])(?:{STREET_TYPES}|{ABBREVIATED_WAY})[^\S\n]+(?!{NOT_A_STREET})"  # a street type, then its name
# Belgian four-digit postcodes, the five-digit ones of Germany, France and others ("52078 Aachen", "F-59000
# Lille", "L-1260 Luxembourg"), and those of Poland, Portugal and Romania ("00-950 Warszawa", "1100-148 Lisboa",
# "400012 Cluj")
# ("Rue Wayez 112 – 1070 Anderlecht"; not a year or an amount after an en dash: "rue Haute 12 – 2021 Jambes" is a
# timeline's, "rue Haute 12 – 1250 Euros" a rent)
AMOUNT_WORD = r"(?i:euros?|eur|€)(?![\w])"
POSTCODE = (rf"(?:[^\S\n]*(?:[,-]|[–—](?![^\S\n]*(?:(?:19|20)\d\d(?!\d)|\d+[^\S\n]*{AMOUNT_WORD})))?[^\S\n]*"
            r"(?:à[^\S\n]+)?(?:[BFDL]-|CH-|NL-)?"
            rf"(?:[1-9]\d{{3}}(?:-\d{{3}})?|\d{{5,6}}|\d\d-\d{{3}})"
            rf"[^\S\n]+{CAP}"
            rf"(?:[^\S\n]+(?:{LINK}[^\S\n]*)?{CAP}){{0,3}})")


# Dutch and German street names carry their type at the end ("Diestsesteenweg 212 bus 4", "Kirchstraße 5") or
# after the name ("Lütticher Straße 47"), and "Grand-Place 19" has none (anonymizer/vocabulary/street_suffixes.txt)
_WHOLE = [s for s in vocabulary.street_suffixes() if not s.isalpha()]  # "grand-place": a whole name
_SUFFIXES = "|".join(sorted((s for s in vocabulary.street_suffixes() if s.isalpha()), key=len, reverse=True))
# ... with the words before a name written into one ("Kolonel Van Gelestraat", "Koning Albertlaan",
# "Sint-Jansstraat": a rank, a title, a particle)
SUFFIX_STREET = (rf"(?<![\w-])(?:(?:[{vocabulary.UPPER}][\w'’.-]*[^\S\n]+){{0,2}}"
                 rf"[{vocabulary.UPPER}][\w'’-]*?[a-zà-öø-ÿß](?i:{_SUFFIXES})"
                 rf"|[{vocabulary.UPPER}][\w'’-]*[^\S\n]+(?i:{_SUFFIXES})"
                 # a king's name and his number ("Leopold I-straat", "Koning Albert II-laan")
                 rf"|(?:[{vocabulary.UPPER}][\w'’.-]*[^\S\n]+){{1,2}}[IVX]{{1,4}}-(?i:{_SUFFIXES})"
                 rf"|(?i:{'|'.join(re.escape(w) for w in _WHOLE)}))(?![\w'’-])")


# German and Dutch streets named by a preposition and a place, with no type word ("Zur Kirche 3", "Am Bergwerk
# 12", "An der Weser 7", "Op de Kamp 4"): only with a house number and a postcode after it
PREPOSITION_STREET = (r"(?<![\w])(?:Zur|Zum|Am|Im|Auf[^\S\n]+(?:der|dem|den)|An[^\S\n]+(?:der|den|dem)|In[^\S\n]+der"
                      r"|Unter[^\S\n]+den|Hinter[^\S\n]+der|Op[^\S\n]+de|Aan[^\S\n]+de|In[^\S\n]+de|Over[^\S\n]+de)")


# Addresses of families who lived in the United Kingdom or Ireland (a school's or a social services' letter):
# the house number, the name, then the street type ("14 Narborough Road"), towns after commas, and the
# postcode (UK "LE3 0BQ", Irish Eircode "T12 R9K4", always with a letter in its second half). A street needs
# its number or a postcode after it; a postcode alone needs its town before it.
# (not a school year and an ordinal in a heading: "P6 1ER TRIMESTRE", "P5 2ND SEMESTRE")
UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[^\S\n](?!1ST|2ND|3RD|\dTH|1ER|1RE)\d[A-Z]{2}"
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[^\S\n](?=\d*[AC-FHKNPRTV-Y])[AC-FHKNPRTV-Y\d]{4}"
POSTCODE_ABROAD = rf"(?:{UK_POSTCODE}|{EIRCODE})(?![\w])"
ENGLISH_STREET = (rf"{CAP}(?:[^\S\n]+{CAP}){{0,2}}[^\S\n]+(?:{'|'.join(vocabulary.english_street_types())})\b")
# a flat's, a floor's or a building's number before it: "Flat 3, 27 Hazelmere Road", "Floor 2, Eastgate Business Park"
FLAT_BEFORE = r"(?:(?:Flat|Apartment|Apt\.?|Unit|Floor|Suite)[^\S\n]+\d{1,4}[A-Z]?,[^\S\n]*)?"
TOWNS_AFTER = rf"(?:,[^\S\n]*(?:Co\.[^\S\n]+)?{CAP}(?:[^\S\n]+{CAP}){{0,2}}){{0,3}}"


# a house number said in words, as a transcript writes it ("vingt-quatre rue des Tilleuls", "au cent douze avenue
# ..."): one to four number words joined by hyphens, spaces or "et"
SAID_NUMBER = vocabulary.said_number(4)


# a house number ends there, with no thousands nor decimals after it (an amount: "le prix de la résidence s'élève à
# 2.148,00 €"; four digits after its dot are a postcode a typist glued: "rue des Lilas 12.5000 Namur")
NOT_AN_AMOUNT = r"(?!\d|[.,]\d{1,3}(?!\d))"
NO_UNIT = rf"(?![^\S\n]*(?:{vocabulary.COUNT_UNITS})(?![\w]))"
# the counts Dutch and German write after a number ("2 jaar", "3 maanden", "4 Wochen", "5 mal")
NO_FOREIGN_UNIT = (r"(?![^\S\n]*(?i:jaar|jaren|maanden|maand|weken|week|dagen|dag|keer|uur|km|jahre|jahren|monate"
                   r"|monaten|wochen|woche|tage|tagen|mal|stunden)(?![\w]))")
# a street's name in a transcript's lower case, up to the preposition of its commune ("rue de la station à ...")
SAID_LOWER_NAME = (rf"(?:{LINK}[^\S\n]*)?(?!{LINK}[^\S\n]){LOWER}"
                   rf"(?:[^\S\n]+(?!(?:à|a|au|aux|en|chez|et|ou|c['’]est|qui|que)(?![\w'’-])){LOWER})?")


# a street type that is first a common noun, then "en" and a stage the number after it counts ("passage en phase 3",
# "place en groupe 2"; "cité en bois 12" is a street)
COMMON_NOUN_EN = re.compile(r"(?i:passage|place|cité|cour|voie)[^\S\n]+en[^\S\n]+(?:phase|étape|groupe|niveau"
                            r"|classe|section|année|degré|module|période|cycle|unité)[^\S\n]+\d")


# a year, then a comma, opening an address the number-first pattern read; after a month or a word of time
YEAR_FIRST = re.compile(r"(?:19|20)\d\d,")
WHEN_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(forms[0] for forms in vocabulary.month_forms('fr'))}|en|depuis"
                         r"|année|fin|début|mi-?|été|hiver|printemps|automne)\b)[^\S\n]*$")


# a title opening what would be a street written without its type: a person ("Mme Dupont 12, 5000 Namur")
TITLE_WORD = rf"(?:{vocabulary.alternation(tuple(t.capitalize() for t in vocabulary.civil_titles()))})"


class BeAddressRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ADDRESS"
    PATTERNS = (
        # a post-office box, its postcode and office: "BP 112, 1400 Nivelles 1", "Postbus 45, 2000 Antwerpen"
        ("post_box", rf"(?<![\w])(?:BP|B\.P\.|(?i:boîte[^\S\n]+postale|postbus|postfach|PO[^\S\n]+Box))"
                     rf"[^\S\n]*\d{{1,5}}(?:{POSTCODE}(?:[^\S\n]+\d{{1,2}}(?![\w/.,-]))?)?", 0.7),
        ("street_number", rf"{STREET}{NAME}[^\S\n]*,?[^\S\n]*{NUMBER}{NOT_AN_AMOUNT}{POSTCODE}?", 0.85),
        # an Italian street, its type left out of the list for French's "via Teams": capitalised, with its number and
        # its postcode ("Via Roma 31, 92020 Grotte"; not "Via Zoom 3 participants")
        ("via_number", rf"(?<![\w])Via[^\S\n]+{NAME}[^\S\n]*,?[^\S\n]*{NUMBER}{NOT_AN_AMOUNT}{POSTCODE}", 0.7),
        ("street_lower_number",
         rf"(?<![\w]){STREET_TYPES}[^\S\n]+{NUMBERED_LOWER}[^\S\n]*,?[^\S\n]*{NUMBER}{NOT_AN_AMOUNT}{NO_UNIT}{POSTCODE}?",
         0.6),
        # (not a date's year: "domiciliée depuis le 15/01/2025 rue du Tilleul 9")
        ("number_street", rf"(?<![\w]|\d[/.]){NUMBER},?[^\S\n]+{STREET_TYPES}[^\S\n]+(?!{NOT_A_STREET}){NAME}"
                          rf"{POSTCODE}?", 0.7),
        ("said_number_street", rf"(?<![\w-]){SAID_NUMBER}[^\S\n]+{STREET}{NAME}{POSTCODE}?", 0.6),
        # the same in a transcript's lower case ("quarante-deux rue de la station"), and the number said after the
        # street and its "numéro" ("rue des combattants numéro vingt-deux")
        ("said_number_street_lower", rf"(?<![\w-]){SAID_NUMBER}[^\S\n]+{STREET_TYPES}[^\S\n]+{SAID_LOWER_NAME}", 0.5),
        ("street_said_number", rf"(?<![\w]){STREET_TYPES}[^\S\n]+(?:{NAME}|{NUMBERED_LOWER})[^\S\n]*,?[^\S\n]*"
                               rf"(?i:numéro|n°)[^\S\n]+{SAID_NUMBER}", 0.6),
        # a house number, then a postcode and a commune, or a box: "Kirchstraße 31, 4720 Kelmis"
        # (not a town and a count after it, as Dutch and German write how long: "in Harderwijk 2 jaar")
        ("suffix_street_number", rf"{SUFFIX_STREET}[^\S\n]*,?[^\S\n]*{NUMBER}(?!\d){NO_UNIT}{NO_FOREIGN_UNIT}"
                                 rf"{POSTCODE}?", 0.7),
        ("english_street", rf"(?<![\w'’-]){FLAT_BEFORE}(?:\d{{1,4}}[a-zA-Z]?,?[^\S\n]+{ENGLISH_STREET}{TOWNS_AFTER}"
                           rf"(?:,?[^\S\n]*{POSTCODE_ABROAD})?"
                           rf"|{ENGLISH_STREET}{TOWNS_AFTER},?[^\S\n]*{POSTCODE_ABROAD})", 0.6),
        ("town_postcode_abroad", rf"(?<![\w'’-]){CAP}(?:[^\S\n]+{CAP})?[^\S\n]+{POSTCODE_ABROAD}", 0.6),
        # an Eircode names one dwelling, even alone ("Dublin 5, D05 X2Y8"); a UK postcode alone after its label
        ("eircode", rf"(?<![\w]){EIRCODE}(?![\w])", 0.5),
        ("labelled_postcode", rf"(?i:post\s?code|eircode|zip)\s*:?[^\S\n]*\K{UK_POSTCODE}(?![\w])", 0.6),
        ("preposition_street", rf"{PREPOSITION_STREET}[^\S\n]+{CAP}(?:[^\S\n]+{CAP})?[^\S\n]*,?[^\S\n]*{NUMBER}(?!\d)"
                               rf"{POSTCODE}", 0.7),
        # a street written without its type, as a form's field or a hurried note writes it, only before a house number,
        # a comma and a Belgian commune's own postcode ("Hirondelles 17, 7080 Frameries", "J. Destrée 88, 7390
        # Quaregnon")
        ("untyped_street", rf"(?<![\w'’.-])(?!{TITLE_WORD}[.\s])(?:[{vocabulary.UPPER}]\.[^\S\n]*)?{CAP}"
                           rf"(?:[^\S\n]+{CAP}){{0,2}}[^\S\n]+"
                           rf"\d{{1,4}}[a-zA-Z]?(?:/\d{{1,3}})?,[^\S\n]*[1-9]\d{{3}}[^\S\n]+"
                           rf"{CAP}(?:[^\S\n]+{CAP}){{0,2}}", 0.5),
    )
    CONTEXT = ("adresse", "domicile", "habite", "domicilié", "vivre")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            lone = LONE_LOWER.match(text, result.start, result.end)
            if lone and all(is_word(word) or "-" not in word and len(word) < 4 for word in lone.group(1).split()):
                continue  # "rue principale 12", "av 3": a word, not a street's name ("rue sin piere 12" is one)
            if COMMON_NOUN_EN.match(text, result.start, result.end):
                continue  # "le passage en phase 3", "une place en groupe 2": a noun's locution, no street
            if YEAR_FIRST.match(text, result.start) \
                    and WHEN_BEFORE.search(text, max(0, result.start - 25), result.start):
                continue  # "depuis juin 2022, rue de la Filature 14": a year before the street, no house number
            if participle(text, result.start):
                continue  # "Maman est allée le chercher à 0h40": a verb, no street
            if pattern_name(result) == "untyped_street" and (not _own_postcode(text[result.start:result.end])
                                                              or _room_or_part(text[result.start:result.end])):
                continue
            if ABBREVIATED_WAY_START.match(text, result.start) and (
                    TITLE_OR_ARTICLE_BEFORE.search(text, max(0, result.start - 12), result.start)
                    or COUNT_OR_DATE_AFTER.match(text, result.end)):
                continue  # "Dr Ch. de Villers 2 fois", "dans la ch. de Emma 3 nuits": Charles, a room
            kept.append(result)
        return kept


UNTYPED_NAME = re.compile(r"([^\W\d_][\w'’-]*)[^\S\n]+\d")


def _room_or_part(address: str) -> bool:
    """One French word in the singular before the number: a room, a group, an article of the place ("Salle 2, 5000
    Namur", "Local 12", "Article 12"), no street ("Hirondelles 17", "Glycines 4", "J. Destrée 88" are)."""
    name = UNTYPED_NAME.match(address)
    if name is None:
        return False
    word = name.group(1)
    return is_word(word.lower()) and not word.lower().endswith(("s", "x"))


UNTYPED_TAIL = re.compile(rf",[^\S\n]*([1-9]\d{{3}})[^\S\n]+({CAP}(?:[^\S\n]+{CAP}){{0,2}})$")


def _own_postcode(address: str) -> bool:
    """The postcode and the commune closing a street written without its type are a Belgian commune and its own
    postcode (or the longest run of its words that is one: "7080 Frameries Belgique")."""
    tail = UNTYPED_TAIL.search(address)
    if tail is None:
        return False
    words = tail.group(2).split()
    return any(is_place(" ".join(words[:n])) and postcode_of_place(tail.group(1), " ".join(words[:n]))
               for n in range(len(words), 0, -1))


# "être" before a word: the word is its past participle ("est allée", "sont montées"), no street's type (not after
# "c'": "c'est allée des Tilleuls 4" gives an address)
AUXILIARY_BEFORE = re.compile(r"(?<![cC]['’])(?i:\b(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient"
                              r"|serai|seras|sera|serons|serez|seront|serais|serait|soit|soient|fut|être|étant))"
                              r"[^\S\n]+$")
# the street types French also writes as a verb's past participle ("elle est allée", "il est monté")
PARTICIPLE_TYPES = frozenset({"allée", "allées", "montée", "montées"})


def participle(text: str, start: int) -> bool:
    """A street's type that is also a participle, in lower case right after a form of "être" and before no capitalised
    name, is that participle ("elle est allée le chercher"; "nous sommes rue Godefroid 31", "le domicile est allée
    Jean Monnet 3", "est allée des Ormes 45" are addresses)."""
    word = re.match(r"[^\W\d_]+", text[start:start + 12])
    return word is not None and word.group() in PARTICIPLE_TYPES \
        and AUXILIARY_BEFORE.search(text, max(0, start - 12), start) is not None \
        and NAMED_AFTER.match(text, start + len(word.group())) is None \
        and NUMBERED_AFTER.match(text, start + len(word.group())) is None


# a street's name after its type: a capitalised word, after a link word or not ("allée Jean Monnet", "allée des Ormes")
NAMED_AFTER = re.compile(rf"[^\S\n]+(?:{LINK}[^\S\n]*)?[{vocabulary.UPPER}]")
# ... or words of any case and a house number ("est allée des cerisiers 12"; not a time: "le chercher à 0h40")
NUMBERED_AFTER = re.compile(r"[^\S\n]+(?:de[^\S\n]+la|des|du|de|d['’])[^\S\n]*[^\W\d_][\w'’-]*"
                            r"(?:[^\S\n]+[^\W\d_][\w'’-]*){0,2}[^\S\n]*,?[^\S\n]*\d{1,4}(?![\dh:]|\.\d)"
                            r"(?![^\S\n]*(?i:fois|heures?|minutes?|jours?|semaines?|mois|ans?|étages?|km|m)\b)")
# (not "est allée en salle 3", "est montée des escaliers 2 fois")
