"""Reference codes of shapes no other recogniser knows: numbers are guilty until proven innocent.

A file or ticket reference, a client or meter number, a foreign card number: services invent their own
shapes ("AGAJ/DSA/2025/06", "FED-FLO-24-00613", "JHD-2024/318", "BR43.L1.004512/24", an 18-digit EAN
meter code, "1401-0917-34822", "SP 9.874.213"). Taken as CASE_REF, at a low score, so that any
recogniser that knows the shape (NISS, IBAN, phone, date, plate...) wins the overlap:

- a code of capitals and digits with separators, holding three digits or more, whether it opens with
  capitals ("AGAJ/DSA/2025/06") or digits ("03-481-KF");
- capitals then six digits or more ("P04817265", a passport; "X1234567L", a Spanish foreigner's number),
  seven or eight digits then one or two capitals ("8417263TA", an Irish PPS number);
- a run of nine digits or more; five digits or more after "n°"; any code holding five digits or more
  after the word that numbers it ("n°", "numéro", "réf.", "répertoire", "RG");
- digit groups joined by hyphens or slashes, three groups or more, that no date or phone recogniser took;
  two groups joined by a slash, five digits or more, not a month and its year nor a mark out of 20 or 100;
- digits grouped by three with dots, three groups or more, with no currency after them; digit groups of any
  length joined by dots (and slashes or hyphens), three groups or more and six digits or more;
- digit groups joined by spaces, three groups or more and nine digits or more, with no currency after them.

Innocent, and never taken: a year alone or a school year ("2024-2025"), a time, an amount, a percentage,
an age, a law's article number, an ordinal (they hold no separator-joined digit groups of these shapes), a
room's number after its word ("bureau B.104").
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.generic.date_fr import DD, MM
from anonymizer.recognizers.names.tokens import file_name_without_name
from presidio_analyzer import RecognizerResult

from anonymizer import dates, vocabulary
from anonymizer.keeplist import default_policy

NOT_AFTER = r"(?![\w]|[./-]\w)"
OFFICE_LETTERS = re.compile(r"([A-Z]{2,5})[^\S\n]")  # the letters a year's file number opens with
# a law's word right before its number ("règlement (UE) 2019/11520", "directive n° 2019/11520")
LAW_RIGHT_BEFORE = re.compile(r"(?i:\b(?:règlement|directive|loi|décret)[^\S\n]*(?:\((?:UE|CE)\)[^\S\n]*)?"
                              r"(?:n°[^\S\n]*)?)$")
# a count's unit after numbers ("de 3-05000 à 4-06000 points", "2-00150 pièces")
COUNT_AFTER = r"(?![^\S\n]*(?:points?|pièces?|ans|km|kg|kwh|kWh|habitants|personnes|jours|heures|m²|m2)\b)"
CURRENCY_AFTER = r"(?![^\S\n]*(?:€|eur\b|euros?\b|EUR\b|%))"
# a room's number after its word: "bureau B.104", "local A-012", "salle C.2.14" names a room, nobody (a code after such
# a word that is no room's shape stays a code: "local FED-FLO-24-00613")
ROOM = (r"(?!(?<=(?i:\b(?:bureau|local|salle|chambre|classe|auditoire|aile|bâtiment|étage))[^\S\n]{1,3}"
        r"(?:n[°º][^\S\n]?)?)[A-Z]{1,2}[.-]?\d{1,4}(?:[.-]\d{1,4}){0,2}(?![\w/-]|[.-]\w))")
_DAY_MONTH = rf"{DD}/{MM}"  # a day and its month in two digits, as the dates' recogniser reads them
DAY_MONTH_RANGE = rf"(?!{_DAY_MONTH}[-–]{_DAY_MONTH}(?![\w/]|[.-]\d))"
SCHOOL_YEAR = r"(?!(?:19|20)\d{2}[-/](?:(?:19|20)?\d{2})(?![\w/-]))"
# the number of a law or a regulation identifies nobody: "règlement (UE) n° 2016/679", "l'arrêté du Gouvernement de la
# Communauté française n° 2019/14325", "Moniteur belge n° 2019/14325": such a word earlier on the line (a judge's
# "ordonnance" may number a case; a "règlement collectif de dettes" or of an invoice is no regulation)
ARTICLE_RIGHT_BEFORE = re.compile(r"(?i:\b(?:articles?|art\.))[^\S\n]*$")
BOOK_ARTICLE = re.compile(r"[IVXL]{1,6}\.\d{1,4}(?:/\d{1,3})?")
SLASHED_ARTICLE = re.compile(r"\d{1,4}/\d{1,2}")  # "art. 417/24", "article 1675/13" (not a file's "1187/24")
# a blood pressure's word before its two readings, "TA 128/82", "tension : 135/85" (a nurse's or a doctor's note)
PRESSURE = re.compile(r"\d{2,3}/\d{1,3}")  # (its readings: "128/82"; "TA 3345/22" is a file's number)
PRESSURE_BEFORE = re.compile(r"(?:\b(?:TA|PA|BP)|(?i:\btension(?:[^\S\n]+artérielle)?))[^\S\n]*:?[^\S\n]*$")
LAW_BEFORE = re.compile(r"(?i:\b(?:(?:décrets?|lois?|arrêtés?|directives?|circulaires?|moniteur[^\S\n]+belge)\b"
                        r"|règlement[^\S\n]*\((?:UE|CE)\)))[^\n]{0,80}$")


# (a count is a number before a lower-case word; before "au SPJ", "du SAJ" the number goes on: "12 345 678 au SPJ")
_NOT_FUNCTION = r"(?!(?:au|aux|du|des)[^\S\n]+(?![\d\W_]))"
# what a cue numbers: five digits or more, capitals, separators, letter groups spaced from digits
CUED_BODY = (r"(?:[A-Z][A-Za-z]{1,4}[./-](?=\d))?"
             r"(?=(?:[A-Z./-]*[^\S\n]?[A-Z./-]*\d){5})[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])"
             r"|[^\S\n](?=[A-Z]*\d)(?!\d{1,3}[^\S\n]+" + _NOT_FUNCTION + r"[^\W\d_A-Z]))*"  # no count: "40512 15 jours"
             + r"(?:/[a-z]{2,3}(?![\w/]))?"  # a typist's initials closing a letter's reference: "24.0412/FDS/mb"
             + NOT_AFTER + r"(?!,\d)" + CURRENCY_AFTER)
# the next codes of a list after a numbered one: "n° RR 7734 8821 5BE et RR 7734 8822 6BE", "réf. 24/00871, 24/00872"
LISTED_CODE = re.compile(r"[^\S\n]*(?:,|et|&|ou)[^\S\n]+(?:(?:n[°º]|réf\.?)[^\S\n]*)?(" + CUED_BODY + ")")


def _school_year(code: str) -> bool:
    """A year and two digits (a school year "2023/24", a month, a circular's number "2025/03"), or two years in a
    row ("2023-2024"); not a number a year opens ("2024/1962")."""
    match = re.fullmatch(r"((?:19|20)\d\d)[-/]((?:19|20)?\d\d)", code)
    return match is not None and (len(match.group(2)) == 2 or int(match.group(2)) == int(match.group(1)) + 1)


# a reference dictated, as a voicemail's transcript writes it: number words and spelt letters joined by "barre",
# "slash", "tiret" or "point" after the word that numbers it ("numéro vingt-quatre barre six cent dix-huit barre j",
# "dossier s a j deux mille vingt-quatre barre trois cent douze", "numéro LI point cinquante-deux point L un point
# zéro zéro quatre"): one sign or more (a house number said alone is none), letters alone or in capitals by two or
# three; without that word, a long one: six numbers or more and a "barre" ("L I cinquante-deux L un zéro zéro quatre
# huit sept trois barre vingt-cinq", said again)
# (and "mille", of a year said in a reference; each number taken whole, "vingt deux" never tried as two: a page of
# number words is read in linear time)
_SAID_NUMBER = rf"(?>{vocabulary.said_number(6, thousands=True)})"
_SAID_LETTER = r"(?:[A-Za-z]|[A-Z]{2,3})(?![\w'’-])"
_SAID_LETTERS = rf"{_SAID_LETTER}(?:[^\S\n]+{_SAID_LETTER}){{0,3}}"
_SAID_PART = rf"(?:{_SAID_NUMBER}|{_SAID_LETTERS}(?:[^\S\n]+(?:{_SAID_NUMBER}|(?i:un|une)(?![\w'’-])))?)"
_SAID_SIGN = r"(?i:barre(?:[^\S\n]+oblique)?|slash|tiret|point)"
_SAID_JOIN = rf"[^\S\n]+(?:{_SAID_SIGN}[^\S\n]+)?"
_SAID_BODY = rf"(?:{_SAID_LETTERS}{_SAID_JOIN})?{_SAID_NUMBER}"
SAID_CODE = (r"(?i:\b(?:numéro|n°|dossier|référence|réf\.?))[^\S\n]+\K"
             rf"{_SAID_BODY}(?:{_SAID_JOIN}{_SAID_PART}){{1,8}}+")
SAID_LONG_CODE = rf"(?<![\w'’-]){_SAID_BODY}(?:{_SAID_JOIN}{_SAID_PART}){{2,16}}+"
SAID_SIGN = re.compile(r"(?i:(?<![\w'’-])(?:barre|slash|tiret)(?![\w'’-]))")
# a month and its year after a cue ("Mutuelle : 12/2024 payé"): a period, no number of a file
MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d")
SAID_POINT = re.compile(r"(?i:(?<![\w'’-])point(?![\w'’-]))")
MIN_SAID_POINTS = 3
# a mark said out of ten or twenty ("douze barre vingt"; "barre cent douze" is a reference's part)
SAID_MARK = re.compile(r"(?i:(?<![\w'’-])(?:barre|slash|sur)[^\S\n]+(?:dix|vingt)(?![\w'’-]))")
SAID_SLASH = re.compile(r"(?i:(?<![\w'’-])(?:barre|slash)(?![\w'’-]))")
MIN_SAID_LONG = 6  # numbers a reference said with no word before it holds at least
SAID_ONE = re.compile(vocabulary.said_number(1, thousands=True))  # one number word


def _said_reference(code: str, cued: bool) -> bool:
    """A reference said aloud holds a "barre", a "slash" or a "tiret", or "point" three times ("LI point cinquante-deux
    point L un point zéro zéro quatre"; "numéro deux point b de l'ordre du jour", "la version deux point zéro" are a
    document's parts); without the word that numbers it, a slash and six numbers or more (a date, an age, a count said
    in words holds neither). Marks said out of twenty or ten are no reference ("douze barre vingt quatorze barre
    vingt")."""
    if len(SAID_MARK.findall(code)) >= 2:
        return False
    if not cued:
        return SAID_SLASH.search(code) is not None \
            and len(SAID_ONE.findall(code)) >= MIN_SAID_LONG
    return SAID_SIGN.search(code) is not None or len(SAID_POINT.findall(code)) >= MIN_SAID_POINTS


# the words that number what follows them (a table's column header numbers its cells so: anonymizer.columns)
NUMBERING_WORDS = (r"numéro|num\.|r[ée]f\.?|r[ée]f[ée]rence|répertoire|rép\.|matricule|matr\.|écrou|mutuelle|dossier"
                   r"|doss\.|licences?|lic\."  # (a sports federation's player: "licence 3185264")
                   r"|imei"  # (a phone's "IMEI 3569...")
                   r"|s[ée]rie|nip|pid|ipp"  # (an identity card's series, "série KL 482913"; a patient's number,
                   # "NIP : 24117309", "PID : 7731042", "IPP : 0458812")
                   r"|case[^\S\n]+no\.?|nr\.?|" + vocabulary.reference_words_re())
# the words that name what a number stands for on a bill or a creditor's letter, right before it: "patient 0883146",
# "factures 24H019374 et 24H021160", "client 512345", "contrat 5500412378" (one token of five digits or more with a
# letter, or of six digits or more; no year, no period, no amount: "facture 12 500 €", "facture 1250.00",
# "factures 2023", "contrat 2000-2035", "tickets 50000" stay)
BILL_WORDS = r"patiente?|factures?|cliente?|contrats?|tickets?"


# a passport's word: French, English, Dutch, German, Polish, Romanian, Spanish, Portuguese, Italian
PASSPORT = (r"(?i:\b(?:passeports?|passports?|paspoorts?|reisepass|paszport|pa[sș]aport|pasaporte|passaporto"
            r"|titre[^\S\n]+de[^\S\n]+voyage|travel[^\S\n]+document)\b)")
# words between a passport's word and a number that lead to another number than its own
PASSPORT_NOT_BETWEEN = (r"(?i:\b(?:au|à|tél|tel|gsm|joindre|appel\w*|rappel\w*|contact\w*|plainte|pv|voir|co[ûu]t\w*"
                        r"|pour|prix|payé\w*|dossier|réf|saj|spj|cpas)\b)")


class ReferenceCodeRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "CASE_REF"
    PATTERNS = (
        ("said_code", SAID_CODE, 0.5),
        ("said_long_code", SAID_LONG_CODE, 0.5),
        # capitals and digits with separators: "AGAJ/DSA/2025/06", "FED-FLO-24-00613", "BR43.L1.004512/24"
        # (not a diagnosis code of the ICD-10, "F32.1", "F90.0": it names an illness, nobody)
        # (nor a fax's or a letter's page and its count, "P.001/002", "P.2/3")
        ("lettered_code",
         r"(?<![\w./-])" + ROOM + r"(?![A-Z]\d\d\.\d{1,2}(?![\w./-]))(?!P\.\d{1,3}/\d{1,3}(?![\w./-]))"
         r"(?=(?:[A-Z0-9./-]*\d){3})"
         r"(?=[A-Z0-9./-]*[A-Z])[A-Z][A-Z0-9]*"
         r"(?:[./-][A-Z0-9]+){1,6}" + NOT_AFTER, 0.4),
        # an office's letters, a year, a section's abbreviated word and a serial number: "AG/2024/Imm/08815", an
        # Italian police file (not "CEB/Fr/2024", "AR/Art.125": no year then a serial)
        ("sectioned_code", r"(?<![\w./-])[A-Z]{1,5}[./-](?:19|20)\d{2}[./-][A-Z][a-z]{1,3}[./-]\d{3,}" + NOT_AFTER,
         0.4),
        # capitals then six digits or more, no separator: a passport or a foreign card ("P04817265", "AB1234567")
        ("lettered_number", r"(?<![\w./-])[A-Z]{1,3}\d{6,10}[A-Z]?" + NOT_AFTER, 0.4),
        # seven digits or more after capitals that label them: "PID 00482217", a patient's number
        ("labelled_number", r"(?<![\w./-])[A-Z]{2,4}[^\S\n]\K\d{7,10}" + NOT_AFTER + CURRENCY_AFTER, 0.4),
        # seven or eight digits then one or two capitals: an Irish PPS number, a Spanish DNI ("8417263TA",
        # "12345678Z")
        ("number_lettered", r"(?<![\w./-])\d{7,8}[A-Z]{1,2}" + NOT_AFTER, 0.4),
        # digit groups and capitals joined by hyphens or slashes, opening with digits: a foreign plate
        # ("03-481-KF"), a permit number, a court's docket number ("RG 24/4312/A")
        ("digits_and_capitals", r"(?<![\w./-])(?=[0-9A-Z/-]*[A-Z])(?=(?:[A-Z/-]*\d){3})\d[0-9A-Z]*(?:[-/][0-9A-Z]+){2,}"
         + NOT_AFTER, 0.4),
        # a photo's or a document's file name, which its writer makes of names and places
        # ("EDL-sortie-Sablonniere6-cuisine-03.png"): words joined by hyphens or underscores, a known extension
        ("file_name", r"(?<![\w./-])[\w]+(?:[-_][\w]+)+\.(?i:jpe?g|png|gif|heic|pdf|docx?|odt|odp|xlsx?|ods|csv|pptx?"
                      r"|txt|rtf|msg|eml|mp4|mov|m4a|mp3)(?![\w])", 0.4),
        # capitals and digits mixed in one token, five digits or more and two letters or more: a fingerprint
        # database's hit ("GR1LES24031877"), a foreign document's number, a ticket
        ("mixed_code", r"(?<![\w./-])(?=[A-Z0-9]*[A-Z]\d)(?=[A-Z0-9]*\d[A-Z])(?=(?:[A-Z]*\d){5})(?=(?:\d*[A-Z]){2})"
                       r"[A-Z0-9]{8,24}" + NOT_AFTER, 0.4),
        # a long digit run: an EAN meter code, a client or transfer number
        ("digit_run", r"(?<![\w./-])\d{9,}" + NOT_AFTER, 0.4),
        # a meter's own number after its word: "compteur 23 418 775", "compteur 19M0482271", "Zähler Nr. 1ESY1160"
        # (digits in groups of three, or letters and digits; not its reading, "compteur : 12345 kWh", "compteur 1234567
        # relevé le", "Index compteur 45 612 318 (index de jour)")
        ("meter_number", r"(?<![\w])(?i:compteurs?|meter|zähler)[^\S\n]+(?:(?i:n[°º]|nr\.?|no\.?)[^\S\n]*)?\K"
                         r"(?:\d{2,3}(?:[^\S\n]\d{3}){2,3}|(?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*\d{3})[0-9A-Z]{7,14})"
                         r"(?![\w]|[^\S\n]*[(/]?[^\S\n]*(?i:kwh|m³|m3|litres?|index|jour|nuit|relev\w*)\b)", 0.4),
        # an energy meter's EAN code as printed, 18 digits from 54 in groups: "5414488200 5123 4568"
        ("ean_spaced", r"(?<![\w./-])54(?:[^\S\n]?\d){16}(?![\w]|[.,]\d)", 0.4),
        # five digits or more that "n°" or "numéro" numbers: "Visa n° 862413", "sous le numéro 22341876" (a room
        # or a house is numbered with fewer; a postcode has four)
        ("numbered", r"(?:(?<=[nN][°º])|(?<=(?:[nN][°º]|\b(?i:numéro|num\.))[^\S\n]))\d{5,8}" + NOT_AFTER
         + CURRENCY_AFTER, 0.4),
        # digits, a capital and digits or not after a cadastre's words and "n°" or "numéro": a parcel ("cadastrée
        # section B, n° 412K3", "parcelle numéro 128 C 2"; a room, a locker or an article so numbered names nobody)
        # (the division and its section between: "Parcelle cadastrale : Herstal 1re division, section C, n° 0412 K 2")
        ("cadastral_parcel", r"(?i:cadastr\w*|parcelles?)(?:[^\n]{0,30}?|[^\n]{0,45}?(?i:\bsection)[^\S\n]+[A-Z]\b"
                             r"[^\S\n]*,?[^\S\n]*)(?i:n[°º]|numéro)[^\S\n]*\K"
                             r"\d{1,4}[^\S\n]?[A-Z](?:[^\S\n]?\d{1,3})?(?![\w/-]|\.\w)", 0.4),
        # a Belgian structured payment reference, delimiters included: "+++125/0041/87360+++", "***090/2025/11802***"
        # (it ties a transfer to one payer; nothing else is written so)
        ("structured_communication", r"(?<![\w+*])([+*])\1\1[^\S\n]?\d{3}/\d{4}/\d{5}[^\S\n]?\1\1\1(?![+*])", 0.95),
        # any code of five digits or more after the word that numbers it ("Répertoire n° : 2025/004118", "RG
        # 24A2217", "mutuelle n° 223-5519804", "réf. 2024/77812"): its shape does not matter (a date, a phone
        # number or an amount is its own recogniser's, which wins the overlap; a school year stays)
        # (also after a form's label, "N° de séjour : 7740219", "N° patient : 4471209", after "matricule" or
        # "dossier" (or "matr.", "doss."), after English, Dutch and German cues, "case no.", "ref", "nr.", "Az.",
        # "kenmerk" (vocabulary), with a label's word between, abbreviated or not ("N° adm. 25-0084177", "n° de
        # dossier 2025-00413"),
        # and with its letter groups spaced, "SAJ-NIV 24/0391", "RR 7734 8821 5BE", and opening with a writer's
        # initials in mixed case, "Vos réf. : HdW/24.117")
        # (a code opens with a capital or a digit: looked for first, the cues behind only there)
        ("cued_code", r"(?=[A-Z0-9])(?<=(?:[nN][°º]|\b(?i:" + NUMBERING_WORDS + ")"
         r"|\bR\.?G\.?"
         # (after "n°", three words of a label before a colon: "n° interne logiciel social : 118-44720"; not after
         # "numéro", "Numéro gratuit Child Focus : 116000")
         r"|[nN][°º](?:[^\S\n]+[^\W\d_]+\.?){3}(?=[^\S\n]*:))"
         r"(?:[^\S\n]+(?:(?i:de|du|d['’])[^\S\n]*)?(?!(?i:de|du|des|la|le|les|à|a|en|et|au)\b)[^\W\d_]+\.?"
         r"(?:[^\S\n]+[^\W\d_]+\.?)?(?:[^\S\n]*\([A-Z]{2,8}\))?[^\S\n]*(?=:|\d|\n))?"  # ("N° de détenu (SIDIS) :")
         r"(?:[^\S\n]*\([A-Z]{2,8}\)(?=[^\S\n]*:))?"  # (a country's code after it: "Cartão de Cidadão (PT) :")
         r"[^\S\n]{0,2}(?::[^\S\n]*(?:\n[^\S\n]*)?|\n[^\S\n]*)?#?)" + CUED_BODY, 0.4),  # ("réf. #48213")
        # a passport's number after its word, in one of the languages of the families' papers, its letters apart
        # or not ("passeport polonais EK 4127730", "Passeport syrien de Mme : N014578236", "Reisepass (Nr. 058734219",
        # "passeport intérieur, n° ЕН 207394"): a nationality, whose it is, "n°", a colon or a bracket between, no
        # digit, no sentence's end, no word that leads to another number ("joindre la maman au 0471...", "plainte,
        # PV n° ...", "coûté 350000 francs"); a code like any other (the same number elsewhere is one)
        ("passport_number", rf"{PASSPORT}(?:(?!{PASSPORT_NOT_BETWEEN})[^\d\n.;]){{0,40}}?"
                            r"(?:(?i:n[°º]|no\.?|nr\.?|number)[^\S\n]*:?[^\S\n]*)?\K"
                            r"(?<![\w])(?:[A-ZА-Я]{1,3}[^\S\n]?)?\d{6,10}[A-Z]?(?![\w]|[.,/-]\d)" + CURRENCY_AFTER
                            + COUNT_AFTER, 0.4),
        # a code of capitals and digits mixed, five to twelve, fewer than five digits, a digit between letters, right
        # after the word that numbers it: a booking's or a ticket's reference ("booking ref QK7ZP2", "réf. : KD23XA",
        # "dossier n° 4B7TX"; not a classification's or a year's name after a word, "réf. CIM10", "dossier COVID19")
        ("cued_mixed_code", r"(?<=(?:[nN][°º]|(?<![\w])(?i:" + NUMBERING_WORDS + r"))"
                            r"(?:[^\S\n]{1,2}|[^\S\n]*:[^\S\n]*))"
                            r"(?=[A-Z0-9]*[A-Z]\d)(?=[A-Z0-9]*\d[A-Z])(?=(?:[A-Z]*\d){1,4}[A-Z]*(?![\w]))"
                            r"[A-Z0-9]{5,12}" + NOT_AFTER, 0.4),
        # an access code, a password or a unit's code after its word, letters and digits mixed in either case (a
        # meeting's "Code secret : Xb7qR2", a scout unit's "code fédéral BW038", "mot de passe : Léa2015", "Code
        # d'accès au portail : AB12CD"; two letters at least, after a qualifier or a password's word only: "code
        # F32.1", "code CIM10", "Code unité : NEO2" name a diagnosis, a classification, a ward)
        ("access_code", r"(?<![\w])(?i:(?:code|cod\.)(?:[^\S\n]+(?:secret|d['’]accès|d['’]acces|fédéral|federal|pin"
                        r"|confidentiel|personnel|client)(?:(?:[^\S\n]+(?:[^\W\d_]+['’])?[^\W\d_]+){1,5}[^\S\n]*(?=:))?)"
                        r"|mot[^\S\n]+de[^\S\n]+passe|passcode|password|wachtwoord|kennwort|pin)[^\S\n]*:?[^\S\n]*\K"
                        r"(?=[^\W_]*\d)(?=(?:\d*[^\W\d_]){2})[^\W_]{4,16}(?![\w@/-]|\.\w)", 0.4),
        # a helpdesk's ticket, its number after "#" ("ticket #48213"; not a count, "tickets 50000", "1 ticket 4 €")
        ("helpdesk_ticket", r"(?<=\b(?i:ticket)[^\S\n]?#)\d{3,}(?![\w])", 0.4),
        ("bill_code", r"(?<=\b(?i:" + BILL_WORDS + r")[^\S\n])(?:(?i:n[°º])[^\S\n]?)?\K"
                      r"(?!(?:(?:19|20)\d\d(?:[-/.](?:19|20)?\d\d?)?|\d{1,2}[-/.](?:19|20)\d\d)(?![\w/-]|\.\d))"
                      r"(?!\d+[.,]\d{2}(?![\w./-]))"  # (an amount: "facture 1250.00")
                      r"(?=[0-9./-]*[A-Z]|(?:[./-]?\d){6})"
                      r"(?=[A-Z0-9./-]*(?:\d[A-Z./-]*){5})[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9]))*"
                      + NOT_AFTER + r"(?!,\d)" + CURRENCY_AFTER + COUNT_AFTER, 0.4),
        # digit groups with hyphens or slashes: "1401-0917-34822", "128/0457391/02" (not two days and their months,
        # a rota's week: "03/03-09/03")
        ("digit_groups", r"(?<![\w./-])" + SCHOOL_YEAR + DAY_MONTH_RANGE + r"\d{2,}(?:[-/]\d{2,}){2,}" + NOT_AFTER,
         0.4),
        # the same with spaces around the separators, one group of five digits or more: "133 / 0412587 / 06" (not
        # school years, hours, marks or a date: "2021 - 2022 / 2022 - 2023", "12 / 03 / 2024")
        # (its five digits within the next 40 characters, at most six groups: unbounded, "12 / 12 / ..." repeated took
        # quadratic time)
        ("spaced_digit_groups", r"(?<![\w./-])(?=[\d \t/-]{0,40}?\d{5})"
         r"\d{2,}(?:[^\S\n]+[-/][^\S\n]+\d{2,}){2,6}" + NOT_AFTER + CURRENCY_AFTER, 0.4),
        # two digit groups joined by a hyphen, the second of five digits or more opening with its zeros: an admission
        # or a client number ("25-0084177", "7-004512"); no quantity is written with a leading zero (a range of two
        # numbers, "10-15", "2010-2015", has none)
        ("hyphen_serial", r"(?<![\w./-])\d{1,4}-0\d{4,9}" + NOT_AFTER + CURRENCY_AFTER + COUNT_AFTER, 0.4),
        # a year, a hyphen or a slash and a serial number with its zeros, or of five digits or more: "2023-0458",
        # "2024/0633", "LPA 2024/11852" with the letters before it, a kept service's left out ("le SPJ 2024/0633")
        # (not a period, "2010-2015", nor a regulation's number, "2016/679", "2019/1152", "règlement (UE) 2019/11520")
        ("year_serial", r"(?<![\w./-])(?:[A-Z]{2,5}[^\S\n])?(?:19|20)\d\d[-/](?:0\d{2,5}|[1-9]\d{4,5})" + NOT_AFTER
         + CURRENCY_AFTER, 0.4),  # (not an amount: "le budget 2024/25000 €")
        # two digit groups joined by a slash, five digits or more, one group of three or more: a short file
        # number ("23/4471", "1187/24"); not a month and its year ("12/2024"), a year first ("2016/679", a
        # European regulation), a school year, or a mark out of 10, 20, 50, 100 ("85/100")
        ("two_groups", r"(?<![\w./-])" + SCHOOL_YEAR + r"(?!\d{1,2}/(?:19|20)\d\d(?!\d)|(?:19|20)\d\d/)"
         r"(?=(?:\d/?){5})(?=\d{3}|\d{1,2}/\d{3})\d{1,4}/(?!(?:10|20|40|50|60|100|1000)(?![\w/]))\d{2,4}"
         + NOT_AFTER, 0.4),
        # digits grouped by three, with the letters that open them: "SP 9.874.213" (not an amount)
        ("thousands", r"(?<![\w./,-])(?:[A-Z]{1,3}[^\S\n])?\d{1,3}(?:[.][\d]{3}){2,}" + NOT_AFTER + r"(?!,\d)"
         + CURRENCY_AFTER,
         0.4),
        # digit groups joined by dots, slashes or hyphens, six digits or more, whatever the groups' lengths: "client
        # 1.8842.17761", "article 702/318.441/22" (a tax notice's article), "2.118.447.03" (a date or a phone
        # number in such a shape is its own recogniser's, which wins the overlap; an amount has its currency)
        # (two dots, or a dot and slashes; never a hyphen: "14.00-16.00", "8.30-9.45", "12.5-14.5/20" are times,
        # measures and marks)
        ("dotted_groups", r"(?<![\w./,-])(?=(?:\d[./]?){6})(?=[\d/]*\.)(?=[\d.]*/|(?:\d+\.){2})\d+(?:[./]\d+){2,}"
         + NOT_AFTER + r"(?![,-]\d)" + CURRENCY_AFTER, 0.4),
        # digit groups with spaces, nine digits or more: "client 5127 4410 883" (a phone number's shape is
        # the phone recogniser's, which wins the overlap; an amount has its currency after it)
        ("spaced_groups", r"(?<![\w./,-])(?=(?:\d[^\S\n]?){9})\d{2,5}(?:[^\S\n]\d{2,5}){2,}" + NOT_AFTER
         + CURRENCY_AFTER, 0.4),
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [r for r in results if pattern_name(r) not in ("said_code", "said_long_code")
                   or _said_reference(text[r.start:r.end], pattern_name(r) == "said_code")]
        for r in results:
            office = OFFICE_LETTERS.match(text, r.start, r.end) if pattern_name(r) == "year_serial" else None
            if office is not None and default_policy().is_kept(office.group(1)):
                r.start = office.end()
        results = [r for r in results if not (pattern_name(r) == "year_serial"
                                              and LAW_RIGHT_BEFORE.search(text, max(0, r.start - 40), r.start))]
        # a code's article numbered by its book ("l'article VII.106 CDE", "art. XX.173"), nobody's number (a tax
        # notice's article is: "article 811/227.304/19")
        # (nor an article numbered with a slash, "art. 417/24 C. pén.", "article 1004/1": two groups of a few digits;
        # nor a blood pressure, "TA 128/82")
        results = [r for r in results if not (ARTICLE_RIGHT_BEFORE.search(text, max(0, r.start - 12), r.start)
                                              and (BOOK_ARTICLE.fullmatch(text, r.start, r.end)
                                                   or pattern_name(r) == "two_groups"
                                                   and SLASHED_ARTICLE.fullmatch(text, r.start, r.end)))
                   and not (pattern_name(r) == "two_groups" and PRESSURE.fullmatch(text, r.start, r.end)
                            and PRESSURE_BEFORE.search(text, max(0, r.start - 24), r.start))]
        results = [r for r in results if not (pattern_name(r) == "cued_code" and (
            LAW_BEFORE.search(text, max(0, r.start - 90), r.start) or _school_year(text[r.start:r.end])))
            and not file_name_without_name(text, r.start, r.end)  # "PV_conseil_classe_P4.docx"
            and not dates.MONTHS_RANGE.fullmatch(text[r.start:r.end].strip())  # "09/2021-06/2023"
            and not (pattern_name(r) == "cued_code" and MONTH_YEAR.fullmatch(text, r.start, r.end))]
        return results + self._listed(text, [r for r in results
                                             if pattern_name(r) in ("cued_code", "numbered", "bill_code")])

    @staticmethod
    def _listed(text: str, cued: list[RecognizerResult]) -> list[RecognizerResult]:
        """The codes listed after a numbered one, each of the same kind ("n° X et Y")."""
        found = []
        for result in cued:
            end = result.end
            while (match := LISTED_CODE.match(text, end)) is not None:
                found.append(RecognizerResult(result.entity_type, match.start(1), match.end(1), result.score,
                                              analysis_explanation=result.analysis_explanation,
                                              recognition_metadata=result.recognition_metadata))
                end = match.end()
        return found
