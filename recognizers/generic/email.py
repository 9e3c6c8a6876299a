"""E-mail addresses (simplified RFC 5322 local part + dotted domain), and those dictated in words, as a voicemail's
or a meeting's transcript writes them: "i point dumitrescu arobase cpas tiret rixensart point be", "jean underscore
dupont at gmail dot com"."""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

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
