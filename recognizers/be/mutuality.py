"""Membership number at a mutual insurer (mutuelle / mutualité / ziekenfonds).

Each insurer numbers its members its own way (``128/0457391/02``, ``0457391-02``, ``1 2345 6789``):
there is no shape to check, so the number is taken after the words that announce it (affiliation,
n° d'affilié(e), n° de membre, mutuelle / mutualité + n°, aansluitingsnummer, lidnummer), as a run of
digits with separators holding five digits or more. The insurer's three-digit code (``mutualité 216``)
alone identifies no one and is too short to be taken.
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

ANNOUNCE = (
    r"(?i:\b(?:n°\s*d['’]\s*affiliée?|numéro\s+d['’]\s*affiliée?|affiliation|n°\s*(?:de\s+)?membre"
    r"|numéro\s+de\s+membre|(?:mutuelle|mutualité|ziekenfonds)\s*(?:\([^)\n]{1,30}\)\s*)?[:,-]?\s*n°"
    r"|aansluitingsnummer|lidnummer))"
)
NUMBER = r"(?=(?:[^\n]{0,24}?\d){5})\d[\d]*(?:[ ./-]\d+){0,4}"


class MutualityRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "MUTUALITY"
    PATTERNS = (
        ("member_number", rf"{ANNOUNCE}[^\n\d]{{0,25}}\K(?<![\w./-]){NUMBER}(?![\w]|[./-]\d)", 0.7),
    )
    CONTEXT = ("mutuelle", "mutualité", "affiliation")
