"""Token tests shared by the name recognisers (spaCy tokens from the one parse Presidio made)."""

from __future__ import annotations

from anonymizer.models.lexicon import is_word
from anonymizer.recognizers.lookup import first_names, load_list, surnames
from spacy.tokens import Token

from anonymizer import vocabulary

# Lower-case particles of compound surnames: Van der Linden, El Idrissi (anonymizer/vocabulary/particles.txt)
PARTICLES = vocabulary.particles()


def is_cap(token: Token) -> bool:
    """Starts with a capital letter and has a letter after it ("Kevin", "DUMOULIN", "N'Diaye")."""
    text = token.text
    return len(text) >= 2 and text[0].isupper() and any(c.isalpha() for c in text[1:])


def is_caps(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isupper() and token.text.replace("-", "").replace("'", "").isalpha()


def name_form(text: str) -> str:
    """The written form looked up in the lists: "KEVIN" -> "Kevin", "mehdi" -> "Mehdi"."""
    if text.isupper() or text.islower():
        return "-".join(part[:1].upper() + part[1:].lower() for part in text.split("-"))
    return text


# letters of Romanian, Turkish, Polish, Czech, Croatian... names that the Statbel lists mostly hold in
# their plain form ("Ionuț", "Yılmaz", "Łukasz" are listed as Ionut, Yilmaz, Lukasz)
NATIVE_LETTERS = str.maketrans("țţșşăığłńśźżęąőűčřěůžšđćȚŢȘŞĂİĞŁŃŚŹŻĘĄŐŰČŘĚŮŽŠĐĆ",
                               "ttssaiglnszzeaouc" "reuzsdc" "TTSSAIGLNSZZEAOUC" "REUZSDC")


def _listed(text: str, names: frozenset[str]) -> bool:
    if text in names or name_form(text) in names:
        return True
    plain = text.translate(NATIVE_LETTERS)
    return plain != text and (plain in names or name_form(plain) in names)


def in_first_names(text: str) -> bool:
    return _listed(text, first_names())


def in_surnames(text: str) -> bool:
    return _listed(text, surnames())


def is_chat_word(text: str) -> bool:
    return text.lower() in load_list("chat_words")


def is_particle(token: Token) -> bool:
    return token.lower_ in PARTICLES


def is_namey(token: Token) -> bool:
    """A capitalised token that is not an ordinary word, or is a known surname."""
    if not is_cap(token) or any(c.isdigit() for c in token.text):
        return False
    return not is_word(token.text) or in_surnames(token.text) or in_first_names(token.text)
