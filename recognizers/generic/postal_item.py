"""Postal item numbers (UPU S10): a registered letter's or a parcel's number, "RR 123 456 785 BE".

Two capitals (the service), eight digits and a check digit, two capitals (the country), with or without
spaces between groups of three. A letter sent to a family carries it ("recommandé n° ..."), and the post
finds the addressee with it. The check digit weighs the eight digits by 8, 6, 4, 2, 3, 5, 9, 7; a number
whose check fails is still taken, at the pattern's lower score (a mistyped number still names the letter).
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer, digits

WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def check_digit(serial: str) -> int:
    rest = 11 - sum(int(d) * w for d, w in zip(serial, WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(rest, rest)


class PostalItemRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "CASE_REF"
    PATTERNS = (
        ("upu_s10", r"(?<![\w./-])[A-Z]{2}[^\S\n]?\d{3}[^\S\n]?\d{3}[^\S\n]?\d{3}[^\S\n]?[A-Z]{2}(?![\w])", 0.6),
    )

    def checksum(self, pattern_text: str) -> bool | None:
        number = digits(pattern_text)
        return check_digit(number[:8]) == int(number[8])
