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
                          "BLUEHDI", "ECOBOOST", "PURETECH", "CC", "CM3", "ESSENCE", "DIESEL"})
# an amount or an engine, no plate: "3 500 EUR 20", "125 CC 12"
UNITS = f"(?:{'|'.join(sorted(POWER_UNITS | {'EUR', 'USD', 'GBP', 'CHF', 'KM', 'KG', 'KMH'}))})"
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
                          rf"|\d{{1,4}}[^\S\n](?!{UNITS}\b)[A-Z]{{2,3}}[^\S\n]\d{{2}}"  # "4521 XY 59"
                          r"|\d{2}-[A-Z]{2}-[A-Z]{2})"  # "23-XB-ZZ"
                          r"(?![\w-])", 0.7),
        # any other country's plate after a vehicle word: three or four groups of capitals and digits, letters
        # and digits both ("CJ 27 XHP", Romanian; "B 123 ABC"); a car's make and model has fewer ("BMW X5")
        # (opening with a letter, its groups of letters alone three letters at most, no make in capitals before it:
        # "AUDI A4 TDI", "VW GOLF 7", "PEUGEOT 308 SW GT", "2 500 EUR" are none)
        ("cued_plate", rf"{VEHICLE_BEFORE}\K(?<![\w.-])(?<![A-Z]{{2,}}[^\S\n])(?=[A-Z0-9 -]*\d)(?=[A-Z][A-Z0-9]*[ -])"
                       r"(?:[A-Z]{1,3}|[A-Z0-9]*\d[A-Z0-9]*)(?:[ -](?:[A-Z]{1,3}|[A-Z0-9]*\d[A-Z0-9]*)){2,3}(?![\w-])",
         0.6),
    )
    CONTEXT = ("plaque", "immatriculation", "véhicule", "voiture")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not (pattern_name(r) in ("cued_plate", "be_plate_old")
                                           and _engine_or_model(text, r))]


def _engine_or_model(text: str, result) -> bool:
    """A year among the groups is a car's model year ("BMW X5 2019"), unless the plate is named as such ("plaque DO
    AB 2021"); a power after an engine's code is an engine's ("HDI 70 CV", "1.6 TDI 110 CH"), not "FG 482 CH"."""
    written = text[result.start:result.end]
    groups = re.split(r"[\s-]+", written)
    if groups[0] in ENGINE_CODES:
        return True  # "TDI 110"
    if groups[-1] in POWER_UNITS and len(groups) >= 2 and groups[-2].isdigit() and (
            len(groups) == 2 or groups[-3] in ENGINE_CODES or re.search(r"\d[.,]\d[^\S\n]*$", text[:result.start])):
        return True
    return bool(YEAR_GROUP.search(written)) and not PLATE_WORD_BEFORE.search(text, max(0, result.start - 60),
                                                                              result.start)

