"""Belgian national register number (NISS / NN / RRN) and BIS number.

Format ``YY.MM.DD-SSS.CC`` or 11 digits. Check digits: 97 - (first 9 digits mod 97); for births
from 2000 the number is prefixed with ``2`` before the modulo. BIS numbers add 20 or 40 to the
month. Rules implemented by python-stdnum (``stdnum.be.nn``, ``stdnum.be.bis``), after
https://www.ibz.rrn.fgov.be/ (Registre national, structure du numéro).
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer, digits
from stdnum.be import bis, nn

GAP = r"[\s./-]"
SEP = rf"{GAP}?"
# the number's name before it: "NISS", "NN", "RRN", "n° national", "registre national", "numéro de registre
# national", in Dutch "INSZ", "rijksregisternummer", in German "Nationalregisternummer"
CUE = (r"(?<![\w])(?:NISS|NN|RRN|INSZ|(?i:niss|insz|n°\s*(?:de\s+)?(?:registre\s+)?national|registre\s+national"
       r"|rijksregister(?:nummer)?|nationalregister(?:nummer)?))(?![\w])")


class BeNissRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "NISS"
    PATTERNS = (
        # (not after a date's day: "03/04/2017<tab>124<tab>23" holds no "04/2017 124 23")
        ("niss", rf"(?<![\d./])\d{{2}}{SEP}\d{{2}}{SEP}\d{{2}}{GAP}{{0,3}}\d{{3}}{SEP}\d{{2}}(?![\d]|\.\d)", 0.5),
        # a number written after its name with a digit too few or too many ("NISS : 51.09.12-28.81", copied
        # wrong by a pharmacy) is still that person's number, a NISS
        ("niss_after_word", rf"{CUE}[^\n\d]{{0,30}}?\K(?<![\d./])\d{{2}}{SEP}\d{{2}}{SEP}\d{{2}}"
                            rf"{GAP}{{0,3}}\d{{2,4}}{SEP}\d{{1,3}}(?![\d]|[./-]\d)", 0.5),
    )
    CONTEXT = ("niss", "national", "registre", "rrn", "nn", "bis")

    def checksum(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        return len(number) == 11 and (nn.is_valid(number) or bis.is_valid(number))

    def keep_invalid(self, pattern_text: str) -> bool:
        """A mistyped number is kept when written as a NISS is (YY.MM.DD-SSS.CC, separators in place) and its
        date part could be one (a month of 0-12, or 20-32 and 40-52 for a BIS number, a day of 0-31): "0170
        4428391" is a German mobile number written nationally, not a NISS with a wrong check."""
        number = digits(pattern_text)
        month, day = int(number[2:4]), int(number[4:6])
        # (the date part set apart from the serial number, as a NISS is written: "850730 033 61", not "0151 2345678")
        date_apart = re.match(r"\d{2}[\s./-]?\d{2}[\s./-]?\d{2}[\s./-]", pattern_text) is not None
        return date_apart and month % 20 <= 12 and month <= 52 and day <= 31
