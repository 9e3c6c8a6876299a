"""A street named without a house number ("rue Hamoir", "place Saint-Lambert") is a LOCATION.

Same street types and name shape as the address recogniser; the name must be capitalised.
"""

from __future__ import annotations

from recognizers.base import FrPatternRecognizer
from recognizers.be.address import NAME, STREET_TYPES


class StreetNameRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "LOCATION"
    PATTERNS = (
        ("street_alone", rf"(?<![\w]){STREET_TYPES}[^\S\n]+{NAME}(?![\w])", 0.6),
    )
    CONTEXT = ("rue", "avenue", "place", "habite")
