"""IBAN account numbers (Belgian and other SEPA), spaced or not.

Validated by ISO 13616 mod-97 and the per-country length table of python-stdnum (``stdnum.iban``).
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer
from stdnum import iban


class SepaIbanRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "IBAN"
    PATTERNS = (
        ("iban", r"(?<![\w])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![\w])", 0.5),
    )
    CONTEXT = ("iban", "compte", "bancaire", "virement")

    def checksum(self, pattern_text: str) -> bool:
        return iban.is_valid(pattern_text.replace("-", ""))

    def keep_invalid(self, pattern_text: str) -> bool:
        """ISO 13616 never issues check digits 00, 01 or 99 (placeholders such as "BE00 0000..."); any other
        mistyped account is still that person's account."""
        return pattern_text[2:4] not in ("00", "01", "99")
