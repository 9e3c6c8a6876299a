"""IBAN account numbers (Belgian and other SEPA), spaced or not.

Validated by ISO 13616 mod-97 and the per-country length table of python-stdnum (``stdnum.iban``).
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer
from stdnum import iban

LAST_GROUP = re.compile(r"[ -]?[A-Z0-9]{1,4}$")


def account_checks(text: str) -> bool:
    """The IBAN's mod-97 check and its country's length, and for a Belgian account its own check (the last two
    digits are the first ten modulo 97); not stdnum's registry of Belgian bank codes, which misses some in use
    (an account of an unlisted bank is an account all the same)."""
    compact = re.sub(r"[\s-]", "", text).upper()
    if not iban.is_valid(compact, check_country=False):
        return False
    if compact.startswith("BE"):
        account = compact[4:]
        return (int(account[:10]) % 97 or 97) == int(account[10:])
    return True


class SepaIbanRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "IBAN"
    PATTERNS = (
        # (a group of three when spaced apart: a digit dropped in typing, "BE51 0018 842 1562", is still the account)
        ("iban", r"(?<![\w])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}|[ ][A-Z0-9]{3}(?=[ ][A-Z0-9])){2,7}"
                 r"(?:[ -]?[A-Z0-9]{1,3})?(?![\w])", 0.5),
    )
    CONTEXT = ("iban", "compte", "bancaire", "virement")

    def checksum(self, pattern_text: str) -> bool:
        return account_checks(pattern_text)

    def keep_invalid(self, pattern_text: str) -> bool:
        """ISO 13616 never issues check digits 00, 01 or 99 (placeholders such as "BE00 0000..."); any other
        mistyped account is still that person's account."""
        return pattern_text[2:4] not in ("00", "01", "99")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """An account whose check fails as matched but passes without its last group or two is that account
        followed by another number ("compte BE68 5390 0754 7034 12 septembre"): the match ends with the
        account."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            shorter = text[result.start:result.end]
            if self.checksum(shorter):
                continue
            for _ in range(2):
                shorter = LAST_GROUP.sub("", shorter)
                if len(re.sub(r"[ -]", "", shorter)) >= 15 and self.checksum(shorter):
                    result.end, result.score = result.start + len(shorter), 1.0
                    break
        return results
