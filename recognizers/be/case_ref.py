"""Case, file, notice and PV references.

- Parquet notices: ``MO.12.98.331/24``, ``BR.22.L3.004512/2024`` (arrondissement code, year, section,
  number / year).
- Service file numbers: ``AS/2024/01266``.
- Any reference-like token (digits with ``/ . -`` separators, or 4+ digits; not a year alone) right after a
  word that announces a reference (a whole word: "référent", "réfugiée" announce none): dossier, réf., notice,
  PV, procès-verbal, pro justitia, n° de ..., with the service's letters before it ("réf. SAJ NA 24/0917").
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

REF_WORD = (
    r"(?i:\b(?:dossiers?|réf(?:érence)?s?\.?|ref\.?|notices?|p\.?v\.?|procès[- ]verbal|pro justitia"
    r"|n°\s*(?:de\s+)?(?:dossier|notice|parquet|rôle|registre)|numéro\s+de\s+(?:dossier|notice)"
    r"|rôle|ordonnance|jugement|requête|mandat"
    # a civil-status act's number in its registry, after "n°" ("Acte de mariage n° 1245", "EXTRAIT D'ACTE DE NAISSANCE
    # N° 0457", "acte d'adoption n° 4521"; not "les actes de procédure (art. 1675/2)"), "Geboorteakte nr. 312",
    # "Urkunde Nr. 88/2016"
    r"|actes?(?=[^\n\d]{0,40}n[°º])|\w*akte|\w*urkunde)(?!\w))"
)
# a year alone is no reference ("dossiers ouverts en 2024", "en fin de mandat, en juillet 2024")
YEAR_ALONE = r"(?!(?:19|20)\d\d(?!\w|[./-]\w))"
# an amount is no reference ("dossier ouvert, aide de 300 € refusée"; its cents after a comma: "extrait de rôle :
# 14.212,36 €")
AMOUNT_AFTER = r"(?!(?:,\d{1,2})?[^\S\n]*(?:€|eur\b|euros?\b|EUR\b|%))"
# a code: letters/digits with separators, at least 3 digits in all
REF_TOKEN = r"(?=[A-Z0-9./-]*\d[A-Z0-9./-]*\d[A-Z0-9./-]*\d)[A-Z0-9]{1,8}(?:[./-][A-Z0-9]{1,10}){0,5}"


class CaseRefRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "CASE_REF"
    PATTERNS = (
        ("parquet_notice", r"(?<![\w.])[A-Z]{2}\.\d{2}\.[A-Z0-9]{2}\.\d{3,6}/\d{2,4}(?![\w])", 0.85),
        ("service_ref", r"(?<![\w/])[A-Z]{2,5}/\d{2,4}/\d{3,6}(?![\w/])", 0.7),
        ("after_ref_word", rf"{REF_WORD}[^\n\d]{{0,25}}\K(?<![\w./-]){YEAR_ALONE}{REF_TOKEN}(?![\w]|[./-]\w)"
                           + AMOUNT_AFTER, 0.6),
        # the service's letters before the number belong to the reference: "réf. SAJ NA 24/0917"
        # (after a form's colon too: "N/Réf. : SAJ VE 2024/0617/LD")
        ("lettered_ref", rf"{REF_WORD}(?:[^\S\n]*:)?[^\S\n]+\K(?:[A-Z]{{2,5}}[^\S\n]+){{1,3}}{REF_TOKEN}"
                         r"(?![\w]|[./-]\w)", 0.6),
    )
    CONTEXT = ("dossier", "référence", "notice", "pv", "parquet")
