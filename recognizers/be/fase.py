"""FASE numbers (Fédération Wallonie-Bruxelles school establishment / implantation numbers).

A bare number says nothing; only a number shortly after the word "FASE" is taken.
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer


class FaseRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "FASE"
    PATTERNS = (
        # (or after the colon closing a longer label: "FASE de l'établissement pour le formulaire CPMS : 2394")
        ("fase", r"\bFASE\b(?:[^\d\n]{0,30}|[^\d\n:]{0,80}:[^\S\n]*)\K(?<![\d])\d{1,6}(?:[./-]\d{1,6})?(?!\d)", 0.85),
    )
    CONTEXT = ("fase",)
