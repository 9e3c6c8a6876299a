"""Belgian licence plates.

Current format (since 2010): ``1-ABC-123`` (digit, three letters, three digits). The older
``ABC-123`` is too close to other codes, so it needs a vehicle word within 40 characters before it, and
so do the plates of the neighbours written in case files: German ``AC-MP 2318`` (district, letters,
digits), French ``AB-123-CD``, Dutch ``12-ABC-3``, and those of families' countries of origin, Turkish
``27 AFK 319``, Romanian and Moroccan-style ``B 1234 XY`` as written with spaces, and any other three or
four groups of capitals and digits after a vehicle word (``CJ 27 XHP``).
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name

POWER_UNITS = frozenset({"CV", "CH", "KW", "CC", "PS", "HP"})  # "HDI 70 CV", "125 CC": an engine, no plate
# an engine's code before its power ("HDI 70 CV", "1.6 TDI 110 CH"); "FG 482 CH" is a plate
ENGINE_CODES = frozenset({"HDI", "TDI", "TSI", "TFSI", "CDI", "DCI", "CRDI", "VTI", "GTI", "JTD", "MPI", "TCE", "VVT",
                          "BLUEHDI", "ECOBOOST", "PURETECH", "ESSENCE", "DIESEL"})
# an amount or an engine's size, no plate: "500 EUR 20", "500 TTC 15", "125 CC 12" (an old French plate's letters
# may be any others: "4521 CH 59", "812 KM 75")
UNITS = re.compile("EUR|USD|GBP|CHF|MAD|TND|DZD|TRY|PLN|RON|TTC|HTVA|HT|TVAC|CC|CM3")
# an engine's size or a make or model written with a capital just before the groups: "1.6 TDI 110 CH", "Ford Fiesta
# ST 200 CV"
MAKE_OR_SIZE_BEFORE = re.compile(r"(?:\d[.,]\d|[A-Z][a-zë]+)[^\S\n]*$")
YEAR_GROUP = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")

VEHICLE_BEFORE = (
    r"(?i:\b(?:plaques?|immatricul\w*|véhicules?|voitures?|camionnettes?|motos?|scooters?|autos?|kennzeichen|wagen"
    r"|kenteken|nummerplaat)\b)[^\n]{0,40}?"
)
# the words that name the plate itself: after them a year-like group is part of it ("plaque DO AB 2021")
PLATE_WORD_BEFORE = re.compile(r"(?i:\b(?:plaques?|immatricul\w*|kennzeichen|kenteken|nummerplaat)\b)[^\n]{0,40}$")


class BePlateRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "PLATE"
    PATTERNS = (
        ("be_plate", r"(?<![\w.,-])[1-9][-\s]?[A-Z]{3}[-\s]?\d{3}(?![\w-])", 0.85),
        ("be_plate_old", rf"{VEHICLE_BEFORE}\K(?<![\w-])[A-Z]{{3}}[-\s]?\d{{3}}(?![\w-])", 0.7),
        ("foreign_plate", rf"{VEHICLE_BEFORE}\K(?<![\w.,-])(?:[A-ZÄÖÜ]{{1,3}}-[A-Z]{{1,2}}[\s-]\d{{1,4}}[EH]?"
                          r"|[A-Z]{2}-\d{3}-[A-Z]{2}|\d{1,2}-[A-Z]{2,3}-\d{1,3}"
                          r"|\d{2}[^\S\n][A-Z]{1,3}[^\S\n]\d{2,4}|[A-Z]{1,2}[^\S\n]\d{4}[^\S\n][A-Z]{2}"
                          r"|(?<!\d[^\S\n])\d{1,4}[^\S\n][A-Z]{2,3}[^\S\n]\d{2}"  # "4521 XY 59"
                          r"|\d{2}-[A-Z]{2}-[A-Z]{2}"  # "23-XB-ZZ"
                          r"|[A-Z]{2}[^\S\n]?\d{4})"  # Luxembourg's "SV 7312"
                          r"(?![\w-])", 0.7),
        # any other country's plate after a vehicle word: three or four groups of capitals and digits, letters
        # and digits both ("CJ 27 XHP", Romanian; "B 123 ABC"); a car's make and model has fewer ("BMW X5")
        # (opening with a letter, its groups of letters alone three letters at most, no make in capitals before it:
        # "AUDI A4 TDI", "VW GOLF 7", "PEUGEOT 308 SW GT", "2 500 EUR" are none)
        ("cued_plate", rf"{VEHICLE_BEFORE}\K(?<![\w.-])(?<![A-Z]{{2,}}[^\S\n])(?=[A-Z0-9 -]*\d)(?=[A-Z][A-Z0-9]*[ -])"
                       r"(?:[A-Z]{1,3}|[A-Z0-9]*\d[A-Z0-9]*)(?:[ -](?:[A-Z]{1,3}|[A-Z0-9]*\d[A-Z0-9]*)){2,3}(?![\w-])",
         0.6),
        # the start of a Belgian plate a witness remembers, after the word for the plate ("le début de la plaque :
        # 1-HKT")
        ("partial_be_plate", r"(?i:\b(?:plaques?|immatricul\w*|nummerplaat|kenteken)\b)[^\n]{0,40}?\K"
                             r"(?<![\w.,-])[1-9]-[A-Z]{3}(?![\w-])", 0.7),
    )
    CONTEXT = ("plaque", "immatriculation", "véhicule", "voiture")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not (pattern_name(r) in ("cued_plate", "be_plate_old", "foreign_plate")
                                           and _engine_or_model(text, r))]


def _engine_or_model(text: str, result) -> bool:
    """A car's make, model or engine, or an amount, not its plate, unless the plate is named as such ("plaque CC 482
    AB", "immatriculée MPI 482", "plaque DO AB 2021"): a year among the groups is a model year ("BMW X5 2019"); an
    engine's code is in an engine ("TDI 110", "208 HDI 70"); a power closes one after a model, an engine's code, a
    size or a make ("Citroën C4 110 CH", "HDI 70 CV", "1.6 TDI 110 CH", "Ford Fiesta ST 200 CV"), not "voiture FG
    482 CH"; a unit between two numbers makes an amount ("500 TTC 15")."""
    if PLATE_WORD_BEFORE.search(text, max(0, result.start - 60), result.start):
        return False
    written = text[result.start:result.end]
    groups = re.split(r"[\s-]+", written)
    if len(groups) == 3 and groups[0].isdigit() and UNITS.fullmatch(groups[1]):
        return True  # "500 EUR 20", "500 TTC 15", "125 CC 12": an amount or a size
    if any(group in ENGINE_CODES for group in groups):
        return True
    if groups[-1] in POWER_UNITS and len(groups) >= 2 and groups[-2].isdigit() and (
            len(groups) == 2 or groups[-3] in ENGINE_CODES or any(c.isdigit() for c in groups[-3])
            or MAKE_OR_SIZE_BEFORE.search(text, max(0, result.start - 30), result.start)):
        return True
    return bool(YEAR_GROUP.search(written))

