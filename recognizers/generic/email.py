"""E-mail addresses (simplified RFC 5322 local part + dotted domain), and those dictated in words, as a voicemail's
or a meeting's transcript writes them: "i point dumitrescu arobase cpas tiret rixensart point be", "jean underscore
dupont at gmail dot com"."""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name

from anonymizer import vocabulary

# the words said for the signs of an address, in French ("arobase", "point") or in English ("at", "dot")
_PIECE = r"[^\W_]+"  # (accents as a transcript writes them: "cpas flémalle")
# a surname's particle (anonymizer/vocabulary/particles.txt), said apart from its name
_PARTICLE = f"(?:{'|'.join(sorted((p for p in vocabulary.surname_openers() if p.isalpha()), key=len, reverse=True))})"
_TLD = r"(?:be|com|fr|net|org|eu|nl|de|lu|uk|ma|tr|ro|pl|it|es|pt|ch|dz|tn|cd|bg|al|info)(?![\w-])"


def _spoken(at: str, dot: str, signs: str) -> str:
    sign = rf"(?:{dot}|{signs})"
    # (a domain's words said with no sign between them, as a transcript joins them: "arobase sainte julienne du val
    # point be", "arobase cpas flémalle point be")
    part = rf"{_PIECE}(?:[^\S\n]+(?:{sign}[^\S\n]+)?{_PIECE}){{0,4}}"
    # (the local part as written, dots and digits kept: "jean.dupont arobase ...", "dumitrescu 88 arobase ..."; a few
    # pieces at most: unbounded, a page of digit pairs, "12 34 12 34 ...", took minutes)
    # (a surname's particle said apart: "c point de wilde arobase ...")
    local = (rf"[^\W_][\w.-]*+(?:[^\S\n]+{sign}[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?[^\W_][\w.-]*+"
             rf"|[^\S\n]+\d++){{0,4}}")
    return rf"(?<![\w.-]){local}[^\S\n]+{at}[^\S\n]+{part}[^\S\n]+{dot}[^\S\n]+{_TLD}"


SPOKEN_FR = _spoken(r"(?:arobase|arrobase|arobas)", "point",
                    r"tiret(?:[^\S\n]+bas)?|trait[^\S\n]+d['’]union|underscore|dash")  # (a transcript's English "dash")
SPOKEN_EN = _spoken("at", "dot", "dash|hyphen|underscore")


class FrEmailRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "EMAIL"
    PATTERNS = (
        ("email", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}(?![\w])", 0.9),
        # said aloud: its "arobase" and a domain with a "point" before its last part
        ("spoken_email", rf"(?i:{SPOKEN_FR}|{SPOKEN_EN})", 0.6),
    )
    CONTEXT = ("mail", "courriel", "e-mail", "adresse")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """A domain said aloud is made of names, never of the sentence's function words ("kevin arobase gmail et dis
        lui ton point de vue": no address), and a domain ending that French writes as a word is the sentence going
        on when a word follows it ("point de vue", "point ma foi")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if pattern_name(r) != "spoken_email" or _said_address(text, r.start, r.end)]


# the function words a domain's name may hold ("sainte julienne du val", "cpas de la hulpe")
DOMAIN_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "en", "sur", "sous", "au", "aux"})
AT_WORD = re.compile(r"(?i)(?<![\w-])(?:arobase|arrobase|arobas|at)(?![\w-])")
WORD_ENDINGS = ("de", "ma", "es")  # the endings of a domain French writes as words
WORD_AFTER = re.compile(r"[^\S\n]+[a-zà-öø-ÿ]")


def _said_address(text: str, start: int, end: int) -> bool:
    at = list(AT_WORD.finditer(text, start, end))
    domain = text[at[-1].end():end].lower().split() if at else []
    if any(word in vocabulary.stop_words() and word not in DOMAIN_LINKS for word in domain[:-2]):
        return False
    return not (domain and domain[-1] in WORD_ENDINGS and WORD_AFTER.match(text, end))
