"""Belgian telephone numbers, fixed and mobile, national or international, and other
international numbers written with their country code.

Belgian numbering plan (BIPT): a national number is ``0`` + 8 digits (fixed: one- or two-digit
zone, e.g. 02, 010, 065) or ``04`` + 8 digits (mobile). Internationally ``+32``/``0032`` replaces
the leading ``0``. Separators seen in case files: spaces, ``/``, ``.``, ``-``.
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer, digits

SEP = r"(?:[^\S\n]?[./-][^\S\n]?|\s)?"  # "0465/28.14.70", also as dictated: "0465 / 28 . 14 . 70"
# the middle group of a structured payment reference, "+++125/0041/87360+++", is no phone number
NOT_IN_PAYMENT_REF = r"(?<![+*]{3}[^\S\n]?\d{3}/)"
MOBILE_PREFIXES = {"045", "046", "047", "048", "049"}


class BePhoneRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "PHONE"
    PATTERNS = (
        # a mobile (04[5-9], ten digits) or a fixed line (nine digits): each its exact length, so that a digit
        # after a spaced separator ("081/22.33.44 - 2 lignes") is never taken into the number
        # (a mobile a digit short is still one: mistyped)
        ("be_mobile", rf"(?<![\d+.]){NOT_IN_PAYMENT_REF}0{SEP}?4{SEP}?[5-9](?:{SEP}\d){{6,7}}(?![\d]|[./-]\d)", 0.6),
        ("be_fixed", rf"(?<![\d+.]){NOT_IN_PAYMENT_REF}0(?!{SEP}?4{SEP}?[5-9])\d(?:{SEP}\d){{7}}(?![\d]|[./-]\d)", 0.6),
        ("be_international", rf"(?<![\d+*])(?:\+|00)\s?32{SEP}(?:\(0\)\s?)?\d(?:{SEP}\d){{7,8}}(?![\d]|[./-]\d)", 0.6),
        ("other_international",
         rf"(?<![\d+*])(?:\+|00)(?!32)[1-9]\d{{1,2}}{SEP}\d(?:{SEP}\d){{6,11}}(?![\d]|[./-]\d)", 0.5),
    )
    CONTEXT = ("téléphone", "tél", "gsm", "portable", "numéro", "appeler", "joindre")

    def validate_result(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        stripped = pattern_text.lstrip()
        if stripped.startswith(("+32", "0032")):
            number = "0" + number[2:] if stripped.startswith("+") else "0" + number[4:]
            number = number.replace("00", "0", 1) if number.startswith("00") else number
        elif stripped.startswith(("+", "00")):
            return 9 <= len(number) <= 15
        # mobiles: 045x-049x + 6 digits (10 in all); fixed lines, Liège's 04 included: 9 digits
        if len(number) == 10:
            return number[:3] in MOBILE_PREFIXES
        return len(number) == 9
