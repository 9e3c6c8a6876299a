"""LOCATION: Belgium's provinces and their named parts ("du Brabant wallon", "HAINAUT", "zone de police Ouest
Brabant wallon", "SAIE Hainaut-Ouest", "West-Vlaanderen").

A province names a family's court, SAJ, bar and police zone as surely as its town (one of each per division):
"the institution stays, the place goes". The list and its provenance: recognizers/lookup/places/provinces.txt.
A province's name is taken in any case ("BRABANT WALLON", "hainaut"); a cardinal point written with a
capital before or after it is part of the name ("Ouest Brabant wallon", "Brabant wallon Est"), an adjective of
one after it too ("Hainaut occidental").
"""

from __future__ import annotations

import re
from functools import lru_cache

from anonymizer.recognizers.base import FrSpanRecognizer
from anonymizer.recognizers.lookup import provinces
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

SCORE = 0.85
# the name the province of Luxembourg shares with a country is the province after a jurisdiction, a bar or a service
# of the province ("Tribunal de première instance du Luxembourg", "barreau du Luxembourg", "la province de
# Luxembourg"); "au Luxembourg" stays the Grand Duchy (the provinces named like their towns, Namur, Liège, Anvers,
# Limbourg, are the towns' communes already)
SHARED_NAMES = r"(?:Luxembourg|LUXEMBOURG)"
JURISDICTION_BEFORE = (r"(?i:(?:province|tribunal|instance|barreau|parquet|saj|spj|arrondissement|cour|division|zone|"
                       r"police|maison[^\S\n]+de[^\S\n]+justice)(?:[^\S\n]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,4}?"
                       r"[^\S\n]+(?:de[^\S\n]+la[^\S\n]+province[^\S\n]+)?(?:du|de)[^\S\n]+)")
# or written as the Belgian province: "le Luxembourg belge", "en province de Luxembourg"
BELGIAN_AFTER = r"[^\S\n]+(?i:belge)(?![\w-])"
CARDINAL = r"(?:Ouest|Est|Nord|Sud|Centre|OUEST|EST|NORD|SUD|CENTRE)"
# (not "Est", "EST" after the name: "le HAINAUT EST compétent" is the verb)
AFTER = r"(?:Ouest|Nord|Sud|OUEST|NORD|SUD|(?i:occidental|oriental))"


def _spaced(name: str) -> str:
    """A name's words folded to one form, whatever the case and the space or hyphen between them."""
    return " ".join(re.split(r"[\s-]+", name.lower()))


@lru_cache(maxsize=1)
def _names() -> str:
    """The provinces' names, longest first, a space or a hyphen between their words, in any case."""
    names = sorted(provinces(), key=len, reverse=True)
    return "(?i:" + "|".join(r"[\s-]".join(re.escape(word) for word in re.split(r"[\s-]", name)) for name in names) \
        + ")"


@lru_cache(maxsize=1)
def province_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{CARDINAL}[^\S\n]|{CARDINAL}-)?{_names()}(?:(?:[^\S\n]|-){AFTER})?(?![\w-])")


@lru_cache(maxsize=1)
def _french_names() -> dict[str, str]:
    return {_spaced(name): french for name, french in provinces().items()}


def province_in(text: str) -> tuple[int, int, str] | None:
    """Where the province's own name lies in ``text``, a province as the pattern reads it, and its French name
    ("Ouest Brabant wallon" -> (6, 20, "Brabant wallon")); None when ``text`` is no province."""
    shared = re.match(SHARED_NAMES, text)
    if shared and re.fullmatch(f"(?:{BELGIAN_AFTER})?", text[shared.end():]):
        return 0, len(text), "Luxembourg"  # (the recogniser took it as the province: "barreau du Luxembourg")
    if province_pattern().fullmatch(text) is None:
        return None
    core = re.search(_names(), text)
    return core.start(), core.end(), _french_names()[_spaced(core.group())]


@lru_cache(maxsize=1)
def _shared_pattern() -> re.Pattern[str]:
    return re.compile(rf"{JURISDICTION_BEFORE}({SHARED_NAMES})(?![\w-])|(?<![\w-])({SHARED_NAMES}{BELGIAN_AFTER})")


class ProvinceRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "LOCATION"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if self.SUPPORTED_ENTITY not in entities:
            return []
        found = [self.result(match.start(), match.end(), SCORE) for match in province_pattern().finditer(text)]
        return found + [self.result(match.start(match.lastindex), match.end(match.lastindex), SCORE)
                        for match in _shared_pattern().finditer(text)]

