"""Belgian telephone numbers, fixed and mobile, national or international, and other
international numbers written with their country code.

Belgian numbering plan (BIPT): a national number is ``0`` + 8 digits (fixed: one- or two-digit
zone, e.g. 02, 010, 065) or ``04`` + 8 digits (mobile). Internationally ``+32``/``0032`` replaces
the leading ``0``. Separators seen in case files: spaces, ``/``, ``.``, ``-``.
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer, digits, pattern_name

from anonymizer import dates

# "0465/28.14.70", also as dictated: "0465 / 28 . 14 . 70", or cut by a line's end ("0472 9 1 55\n08": a Belgian
# number has its exact length)
SEP = r"(?:[^\S\n]?[./-][^\S\n]?|\s)?"
# (not within a number, nor a date's month and year: "03/04/2017<tab>124<tab>23" holds no "04/2017 124")
NOT_AFTER = (r"(?<![\d+.])(?:(?<=(?i:\bt[ée]l(?:[ée]phone)?|\bgsm|\bfax|\bportable|\bmobile|\bfixe)\.?"
             r"(?:[^\S\n]{1,3}[^\W\d_]{2,12}){0,2}[^\S\n]{0,3}:?[^\S\n]{0,3})|(?!0\d/(?:19|20)\d\d(?!\d)))"
             r"(?!\d\d?([/.-])\d\d?\1(?:19|20)\d\d(?!\d))")  # (never a whole date: "Jugement du 03/05/2021\n2.")
# (after a phone word and up to two words, a Liège number is one: "Tél. 04/1987 654", "Tél. fixe : 04/1987 654",
# "Tel maman 04/2019 123")
# ... a number abroad, of no fixed length, goes on after a line break ("+39 347 123\n4567") unless the next line opens
# a list's item ("+49 241 5583 271\n3) Fille")
LINE_SEP = r"(?:[^\S\n]?[./-][^\S\n]?|[^\S\n]|[^\S\n]*\n[^\S\n]*(?!\d{1,2}[.)][^\S\n]))?"
TIGHT_SEP = r"(?:[./-]|[^\S\n])?"  # a foreign number's groups: never " - " ("081/22.33.44 - 2 lignes")
# the middle group of a structured payment reference, "+++125/0041/87360+++", is no phone number
NOT_IN_PAYMENT_REF = r"(?<![+*]{3}[^\S\n]?\d{3}/)"
MOBILE_PREFIXES = {"045", "046", "047", "048", "049"}
# a number's end: no digit after it, nor a separator and a digit ("081/22.33.44/5"), unless a slash opens another
# whole number ("0475123456/0496654321": two numbers, as a form's one field holds them)
END = r"(?!\d|(?!/[^\S\n]?0\d(?:[ .]?\d){7,8}(?![\d./-]))[./-]\d)"


# what tells seven digits are no phone number cut short: a unit after them, a meter's or a room's word before them
UNIT_AFTER = re.compile(r"[^\S\n]*(?:m³|m3|m²|m2|€|%|(?i:kwh|eur|euros?|habitants|points?|km|kg|litres?|l)\b)")
READING_BEFORE = re.compile(r"(?i:\b(?:index|compteurs?|relevés?|consommation|salle|local|chambre|bureau|score|obtenu))"
                            r"\b[^\n.!?]{0,25}$")


REFERENCE_BEFORE = re.compile(r"(?i:\b(?:r[ée]f(?:[ée]rence)?|n°|nº|no|num[ée]ro|pv|dossier|[ée]crou|notice|r[ôo]le"
                              r"|compte|carte|facture|client|matricule|contrat|inscription))\.?[^\S\n]*(?:n°[^\S\n]*)?:?[^\S\n]*$")


class BePhoneRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "PHONE"
    PATTERNS = (
        # a mobile (04[5-9], ten digits) or a fixed line (nine digits): each its exact length, so that a digit
        # after a spaced separator ("081/22.33.44 - 2 lignes") is never taken into the number
        # (a mobile a digit short is still one: mistyped)
        ("be_mobile", rf"{NOT_AFTER}{NOT_IN_PAYMENT_REF}0{SEP}?4{SEP}?[5-9](?:{SEP}\d){{6,7}}{END}", 0.6),
        ("be_fixed", rf"{NOT_AFTER}{NOT_IN_PAYMENT_REF}0(?!{SEP}?4{SEP}?[5-9])\d(?:{SEP}\d){{7}}{END}", 0.6),
        # the first seven digits of a fixed line, its zone and two pairs, the rest left to an extension ("la ligne
        # directe, 083 21 47 + les deux chiffres du poste"): the service's number all the same
        ("be_fixed_prefix", rf"{NOT_AFTER}{NOT_IN_PAYMENT_REF}(?:0[1-35-9]\d(?:[^\S\n]?[./][^\S\n]?|[^\S\n])\d\d"
                            r"|0[2349](?:[^\S\n]?[./][^\S\n]?|[^\S\n])\d{3})[ .]\d\d"  # (Brussels', Liège's zones)
                            r"(?![\d]|[./-]\d|[^\S\n]\d)", 0.5),
        ("be_international", rf"(?<![\d+*])(?:\+|00)\s?32{SEP}(?:\(0\)\s?)?\d(?:{SEP}\d){{7,8}}(?![\d]|[./-]\d)", 0.6),
        ("other_international",
         rf"(?<![\d+*])(?:\+[17](?=[^\S\n]|-)|(?:\+|00)(?!32)[1-9]\d{{1,2}}){LINE_SEP}(?:\(0\){TIGHT_SEP})?\d(?:{LINE_SEP}\d){{6,11}}"
         r"(?![\d]|[./-]\d|[^\S\n]*[€%])", 0.5),  # (the zero a national call dials, in brackets: "+31 (0)43 321 88
        # 90"; North America's and Russia's codes are one digit, written with "+" and a space or a hyphen: "+1 905 276
        # 4418", not "001873/2025" nor an amount, "+1 500 000 000 €")
        # its first zero said as a word, the rest in digits, as a call's transcript writes it: "le zéro 486 21 97 30"
        ("said_zero", rf"(?<![\w-])(?i:zéro|zero)[^\S\n]+[1-9](?:{SEP}\d){{7,8}}(?![\d]|[./-]\d)", 0.6),
        # another country's national number after a phone word, as a forwarded signature writes it: "Mobile 07700
        # 900482", "Tel. 0116 496 0381", "Handy 0151 23456789"
        ("cued_national", rf"(?i:\b(?:t[ée]l[ée]?phone|t[ée]l|mobile|mob|gsm|portable|phone|handy|telefon|fax))\.?"
                          rf"[^\S\n]*:?[^\S\n]*\K(?!\d\d[/.-]\d\d[/.-]\d\d)0\d(?:{TIGHT_SEP}\d){{8,11}}(?![\d]|[./-]\d)",
                          0.5),  # (not a date after the phone word: "Entretien tél. 05/03/2024 14h30")
        # a neighbouring country's national number without a phone word, as a forwarded mail writes it ("unter 0170
        # 4428391 erreichbar", "06 12 34 56 78"): kept only when it is a valid number there (below)
        # (not a date, "12.03.24", unless five pairs follow one another as a French number's: "06.72.18.44.09")
        ("neighbour_national", rf"(?<![\d+.,/]){NOT_IN_PAYMENT_REF}"
                               r"(?!\d\d?[/.-]\d\d?[/.-]\d\d(?![.]\d\d[.]\d\d(?![\d]|[./-]\d)))"
                               rf"0\d{{1,4}}(?:{TIGHT_SEP}\d{{2,8}}){{1,4}}"
                               r"(?![\d]|[./-]\d|[^\S\n]*(?:€|%))", 0.5),
        # a North American number as Canada and the United States write it at home, the area code in brackets or
        # before a space, hyphen or dot, the exchange and a hyphen before the last four ("819 555-0148", "(514)
        # 346-2281"; a family in Québec): kept only when it is a valid number there (below)
        ("north_american", r"(?<![\w+./-])(?<!\d[^\S\n])(?<![$][^\S\n])"
                           r"(?:\([2-9]\d\d\)[^\S\n]?|[2-9]\d\d[ .-])[2-9]\d\d[-.]\d{4}"
                           r"(?![\d]|[./-]\d)(?![^\S\n]*(?:€|%|\$|(?i:eur|euros?|usd|cad|dollars?)\b))", 0.5),
        # (no range of amounts: "250 800-1200 €", "$ 250 800-1200 per month")
    )
    CONTEXT = ("téléphone", "tél", "gsm", "portable", "numéro", "appeler", "joindre")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            if dates.MONTHS_RANGE.fullmatch(text[result.start:result.end].strip()):
                continue  # "09/2021-06/2023": from a month to another, no number
            if pattern_name(result) == "be_fixed_prefix" and (
                    UNIT_AFTER.match(text, result.end)
                    or READING_BEFORE.search(text, max(0, result.start - 40), result.start)):
                continue  # seven digits before a unit or after a meter's or a room's word are a reading, a room
            if pattern_name(result) == "north_american" and (
                    neighbour_reading(text[result.start:result.end], NORTH_AMERICA) is None
                    or REFERENCE_BEFORE.search(text, max(0, result.start - 30), result.start)):
                continue  # (after a reference's word, the number is that reference: "Dossier n° 416 555-1234")
            if pattern_name(result) == "neighbour_national":
                if not _neighbour_number(text[result.start:result.end]):
                    continue
                result.score = 1.0  # checked against that country's numbering plan
            kept.append(result)
        return kept

    def validate_result(self, pattern_text: str) -> bool | None:
        number = digits(pattern_text)
        if re.match(r"(?i)z[ée]ro", pattern_text.lstrip()):
            number = "0" + number  # "zéro 486 21 97 30" is 0486 21 97 30
        stripped = pattern_text.lstrip()
        if stripped.startswith(("+32", "0032")):
            number = "0" + number[2:] if stripped.startswith("+") else "0" + number[4:]
            number = number.replace("00", "0", 1) if number.startswith("00") else number
        elif stripped.startswith(("+", "00")):
            return 9 <= len(number) <= 15
        # mobiles: 045x-049x + 6 digits (10 in all); fixed lines, Liège's 04 included: 9 digits; after a phone word,
        # another country's national number of 10 to 12 digits keeps its pattern's score ("07700 900482")
        if len(number) == 10:
            return True if number[:3] in MOBILE_PREFIXES else None
        # (seven: a fixed line's first digits, its extension left out; only the prefix's pattern is that short)
        return True if len(number) == 9 else None if len(number) in (7, 11, 12) else False


NORTH_AMERICA = ("CA",)  # the North American numbering plan, Canada's and the United States' numbers alike
NEIGHBOURS = ("FR", "DE", "NL", "LU", "GB")  # the countries whose numbers Belgian case files carry most (in this
# order when a writing fits two: "06 12 34 56 78" is read French, as Walloon files mostly mean)


def neighbour_reading(text: str, regions: tuple[str, ...] = NEIGHBOURS):
    """``text`` read as a national number of the first of ``regions`` (the neighbouring countries unless told) where it
    is a valid one (``phonenumbers``' numbering plans), as a ``phonenumbers.PhoneNumber``; None if none."""
    import phonenumbers

    for region in regions:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def _neighbour_number(text: str) -> bool:
    """A national number of 10 digits or more that is no Belgian one and a valid one of a neighbouring country:
    "0170 4428391" (a German mobile), "06 12 34 56 78" (French)."""
    number = digits(text)
    if len(number) < 10 or number.startswith("04") and len(number) == 10:
        return False
    return neighbour_reading(text) is not None
