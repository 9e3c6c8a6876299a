"""BCE / KBO enterprise number (also the Belgian VAT number): ``0xxx.xxx.xxx``.

Check: the last two digits are 97 - (first 8 digits mod 97); rule implemented by python-stdnum
(``stdnum.be.vat``), after the Banque-Carrefour des Entreprises (SPF Économie).
The unformatted 10-digit form looks like a mobile number, so it needs a context word before it.
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer
from anonymizer.recognizers.be.phone import MOBILE_PREFIXES
from stdnum.be import vat

MOBILE_DIGITS = 10  # "0465 387 210": a mobile's prefix (MOBILE_PREFIXES) and ten digits
CONTEXT_BEFORE = r"(?i:\b(?:bce|kbo|tva|btw|entreprise|n°\s*d'entreprise|numéro d'entreprise))[^\n\d]{0,20}"


class BeBceRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "BCE"
    PATTERNS = (
        ("bce_dotted", r"(?<![\d.])(?:BE[\s.]?)?[01]\d{3}[.\s]\d{3}[.\s]\d{3}(?![\d]|\.\d)", 0.5),
        ("bce_compact", rf"{CONTEXT_BEFORE}\K(?:BE\s?)?[01]\d{{9}}(?!\d)", 0.5),
    )
    CONTEXT = ("bce", "kbo", "tva", "entreprise")

    def checksum(self, pattern_text: str) -> bool:
        return vat.is_valid(pattern_text)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """A mistyped enterprise number is still one, but a number shaped like a mobile's ("0465 387 210") whose
        check fails is a phone number written in groups of three, unless a word that says enterprise stands
        before it ("BCE 0456.123.792")."""
        return [result for result in super().analyze(text, entities, nlp_artifacts, regex_flags)
                if self.checksum(text[result.start:result.end])
                or not _mobile_shaped(re.sub(r"\D", "", text[result.start:result.end]))
                or re.search(CONTEXT_BEFORE + "$", text[max(0, result.start - 40):result.start])]


def _mobile_shaped(digits: str) -> bool:
    return len(digits) == MOBILE_DIGITS and digits[:3] in MOBILE_PREFIXES
