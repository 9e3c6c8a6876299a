"""FASE numbers (Fédération Wallonie-Bruxelles school establishment / implantation numbers), and the Flemish
Community's school numbers (instellingsnummer) that a transfer file carries beside them.

A bare number says nothing; only a number shortly after the word "FASE" is taken.
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer


class FaseRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "FASE"
    PATTERNS = (
        # (or after the colon closing a longer label: "FASE de l'établissement pour le formulaire CPMS : 2394")
        # ("Fase" and "fase" of a French label too, not the Dutch word: "in de fase 2"; the label is one clause)
        ("fase", r"(?:\bFASE|\bFase|(?i:\b(?:numéro|n°|code))[^\S\n]+fase)\b"
                 r"(?:[^\d\n]{0,30}|[^\n:;.]{0,100}:[^\S\n]*)\K(?<![\d])\d{1,6}(?:[./-]\d{1,6})?(?!\d)", 0.85),
        # the implantation's number on the same line as the establishment's, glued to it too in a PDF's export, its
        # word abbreviated ("FASE établ. 2947 / implant. 6312"): "N° FASE établissement : 2487
        # Implantation : 3105"
        ("implantation", r"(?i:\bFASE\b)[^\n]{0,60}?(?i:(?<![^\W\d_])implant(?:ation|\.))[^\d\n]{0,15}"
                         r"\K(?<![\d])\d{1,6}(?!\d)", 0.85),
        # ... or before its word: "N° FASE : 2417 (établissement) / 5863 (implantation)"
        ("implantation_after", r"(?i:\bFASE\b)[^\n]{0,60}?\K(?<![\d.,/])\d{1,6}(?![\d.,/])"
                               r"(?=[^\S\n]*\(?(?i:implantation)(?!s))", 0.85),  # (not "3 implantations")
        # a Flemish school's own number, FASE's counterpart ("instellingsnummer 128561", "Instellingsnr. : 047001")
        ("flemish_school", r"(?i:\b(?:instellingsnummer|instellingsnr\.?|schoolnummer))[^\S\n]*:?[^\S\n]*"
                           r"\K(?<![\d])\d{5,6}(?!\d)", 0.85),
    )
    CONTEXT = ("fase",)
