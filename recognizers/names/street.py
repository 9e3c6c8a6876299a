"""A street named without a house number ("rue Hamoir", "place Saint-Lambert") is a LOCATION.

Same street types and name shape as the address recogniser; the name must be capitalised.
Street work is not a street: "éducatrice de rue de l'AMO Passages", "travail de rue".
"""

from __future__ import annotations

from recognizers.base import FrPatternRecognizer
from recognizers.be.address import NAME, STREET_TYPES


class StreetNameRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "LOCATION"
    PATTERNS = (
        ("street_alone", rf"(?<![\w])(?<!\bde[^\S\n]){STREET_TYPES}[^\S\n]+{NAME}(?![\w])", 0.6),
    )
    CONTEXT = ("rue", "avenue", "place", "habite")
