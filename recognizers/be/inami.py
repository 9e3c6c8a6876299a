"""INAMI / RIZIV number of a care provider (doctor, nurse, physiotherapist, psychologist...).

Eleven digits, usually written ``1-23456-78-901``: a one-digit profession group, a five-digit
identification, two check digits and a three-digit qualification code (INAMI, "Le numéro INAMI",
inami.fgov.be). The check-digit rule is not published in a form we could cite, so the number is not
validated: the hyphenated 1-5-2-3 shape is distinctive on its own, and the compact eleven digits (the
shape of a NISS too) are taken only after the word INAMI or RIZIV.
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

CONTEXT_BEFORE = r"(?i:\b(?:inami|riziv|n°\s*inami|numéro\s+inami))[^\n\d]{0,20}"


class InamiRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "INAMI"
    PATTERNS = (
        ("inami_grouped", r"(?<![\w./-])\d-\d{5}-\d{2}-\d{3}(?![\w]|[./-]\d)", 0.7),
        ("inami_after_word", rf"{CONTEXT_BEFORE}\K(?<![\w./-])\d[\s./-]?\d{{5}}[\s./-]?\d{{2}}[\s./-]?\d{{3}}"
                             r"(?![\w]|[./-]\d)", 0.9),
    )
    CONTEXT = ("inami", "riziv")
