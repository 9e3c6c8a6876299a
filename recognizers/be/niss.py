"""Belgian national register number (NISS / NN / RRN) and BIS number.

Format ``YY.MM.DD-SSS.CC`` or 11 digits. Check digits: 97 - (first 9 digits mod 97); for births
from 2000 the number is prefixed with ``2`` before the modulo. BIS numbers add 20 or 40 to the
month. Rules implemented by python-stdnum (``stdnum.be.nn``, ``stdnum.be.bis``), after
https://www.ibz.rrn.fgov.be/ (Registre national, structure du numéro).
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer, digits
from stdnum.be import bis, nn

SEP = r"[\s./-]?"


class BeNissRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "NISS"
    PATTERNS = (
        ("niss", rf"(?<![\d.])\d{{2}}{SEP}\d{{2}}{SEP}\d{{2}}[\s./-]{{0,3}}\d{{3}}{SEP}\d{{2}}(?![\d]|\.\d)", 0.5),
    )
    CONTEXT = ("niss", "national", "registre", "rrn", "nn", "bis")

    def checksum(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        return len(number) == 11 and (nn.is_valid(number) or bis.is_valid(number))

    def keep_invalid(self, pattern_text: str) -> bool:
        """A mistyped number is kept when written as a NISS is (YY.MM.DD-SSS.CC, separators in place)."""
        return pattern_text != digits(pattern_text)
