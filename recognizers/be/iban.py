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

    def validate_result(self, pattern_text: str) -> bool:
        return iban.is_valid(pattern_text.replace("-", ""))
