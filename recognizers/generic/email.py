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
        lui ton point de vue": no address), and "point de" before the noun of a locution is the sentence going on
        ("point de vue", "point de départ"; "point de danke", "point ma et mon numéro" end addresses)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for r in results:
            if pattern_name(r) == "spoken_email":
                # (the first ending that makes an address: "dubois arobase skynet point be et le point de
                # rendez-vous" is "... skynet point be")
                at = list(AT_WORD.finditer(text, r.start, r.end))
                domain = at[-1].end() if at else None
                ends = [m.end() for m in ENDING.finditer(text, domain if at else r.start, r.end)]
                end = next((e for e in ends if _said_address(text, domain, e)), None)
                if end is None:
                    continue
                r.end = end
            kept.append(r)
        return kept


# the function words a domain's name may hold ("sainte julienne du val", "cpas de la hulpe")
DOMAIN_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "en", "sur", "sous", "au", "aux", "et"})
ENDING = re.compile(rf"(?i)(?<![\w-])(?:point|dot)[^\S\n]+{_TLD}")
AT_WORD = re.compile(r"(?i)(?<![\w-])(?:arobase|arrobase|arobas|at)(?![\w-])")
# "point de" and a noun French writes after it: the sentence's locution, no German address ("point de vue")
LOCUTION_AFTER = re.compile(r"[^\S\n]+(?i:vue|départ|repère|rencontre|contact|chute|vente|fuite|rupture|suture"
                            r"|côté|croix|honneur|détail|ordre|mire|non-retour)(?![\w'’-])")


def _said_address(text: str, domain_start: int | None, end: int) -> bool:
    """An address said aloud, its domain said from ``domain_start`` (None: no "arobase" said), ends at ``end``: its
    domain holds no function word of the sentence but a place's links, and its "point de" is no locution's."""
    domain = text[domain_start:end].lower().split() if domain_start is not None else []
    if any(word in vocabulary.stop_words() and word not in DOMAIN_LINKS for word in domain[:-2]):
        return False
    return not (domain and domain[-1] == "de" and LOCUTION_AFTER.match(text, end))
