"""E-mail addresses (simplified RFC 5322 local part + dotted domain)."""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer


class FrEmailRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "EMAIL"
    PATTERNS = (
        ("email", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w])", 0.9),
    )
    CONTEXT = ("mail", "courriel", "e-mail", "adresse")
