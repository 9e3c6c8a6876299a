"""Belgian eID card number ``xxx-xxxxxxx-yy``.

Check: yy = (first 10 digits) mod 97, 97 when the remainder is 0; rule implemented by python-stdnum
(``stdnum.be.eid``), after https://www.ibz.rrn.fgov.be/ (carte d'identité électronique).
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer, digits
from stdnum.be import eid


class BeEidRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ID_CARD"
    PATTERNS = (
        ("eid", r"(?<![\d.-])\d{3}[-\s.]?\d{7}[-\s.]?\d{2}(?![\d]|[.-]\d)", 0.5),
    )
    CONTEXT = ("carte", "identité", "eid", "id")

    def checksum(self, pattern_text: str) -> bool:
        return eid.is_valid(digits(pattern_text))

    def keep_invalid(self, pattern_text: str) -> bool:
        """Twelve digits in a row could be anything: a mistyped card number is kept when it is grouped
        3-7-2 as the card writes it."""
        return pattern_text != digits(pattern_text)
