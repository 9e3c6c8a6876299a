"""A passport's or a travel document's number, Belgian or foreign, after its word in one of the languages of the
families' papers: "passeport afghan n° P03418872", "passeport polonais EK 4127730", "Reisepass (Nr. 058734219",
"Passport no.: PX4820917", "passeport intérieur, n° ЕН 207394".

No checksum is common to the countries' passports: the word before the number is the evidence. One to three
capitals (Latin or Cyrillic) or none, a space or none, then six to ten digits (a passport's number has six at
least; a date or a count after the word has fewer: "passeport expiré depuis 2019").
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

# the document's word: French, English, Dutch, German, Polish, Romanian, Spanish, Portuguese, Italian, Turkish
DOCUMENT = (r"(?i:\b(?:passeports?|passports?|paspoorts?|reisepass|paszport|pa[sș]aport|pasaporte|passaporto"
            r"|titre[^\S\n]+de[^\S\n]+voyage|travel[^\S\n]+document)\b)")
# what a writer puts between the word and the number on one line: a nationality, whose it is, "n°", a colon, a
# bracket ("Passeport syrien de Mme : N014578236", "passeport turc (U18472903"); no digit, no sentence's end
BETWEEN = r"[^\d\n.;]{0,50}?(?:(?i:n[°º]|no\.?|nr\.?|number)[^\S\n]*:?[^\S\n]*)?"
NUMBER = r"(?<![\w])(?:[A-ZА-Я]{1,3}[^\S\n]?)?\d{6,10}[A-Z]?(?![\w]|[.,/-]\d)"


class TravelDocumentRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ID_CARD"
    PATTERNS = (
        ("passport", rf"{DOCUMENT}{BETWEEN}\K{NUMBER}", 0.7),
    )
    CONTEXT = ("passeport", "passport")
