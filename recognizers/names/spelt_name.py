"""A name spelt letter by letter with spaces, as a voicemail's transcript writes it when the caller spells it:
"c'est kalonji K A L O N J I", "annick dupont D U P O N T" (spelt with hyphens, "M-E-B-R-A-T", a phone note's form,
is the person recogniser's: recognizers.names.person.SPELT_NAME).

Single letters, four or more, joined by one space each, all capitals or all lower case
(anonymizer.vocabulary.spaced_name_re), that spell a word written just before them (within ``SAID_BEFORE``
characters, accents and case aside), or a listed first name or surname of five letters or more (four after a
spelling's cue: "elle épelle : D I A Z"): the name said, then spelt. No name: an acronym spelt out ("le S A J") or a
kept term; a common word spelt with no name said before it, or after the word written in lower case (a spelling
exercise's « chat » : "C H A T", "jamais, J A M A I S"; « Marchand » : "M A R C H A N D" is a name); a run spelling
no name nearby (a list's items, "A B C D", a reading exercise's "B A B A").
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_common_word
from anonymizer.recognizers.base import FrSpanRecognizer
from anonymizer.recognizers.lookup import in_first_names, in_surnames
from presidio_analyzer import RecognizerResult

from anonymizer import vocabulary
from anonymizer.keeplist import default_policy
from anonymizer.text import fold

MIN_LETTERS = 4
MIN_LISTED = 5  # letters of a name spelt with no said form nor cue before it ("B A B A" of a reading exercise)
SAID_BEFORE = 100  # characters before the spelling where the name said is looked for
SPELT = re.compile(rf"(?<![\w'’-]){vocabulary.spaced_name_re(MIN_LETTERS)}(?![\w'’-])")
WORD = re.compile(r"[^\W\d_]+")
# what announces a spelling ("elle épelle le nom de famille : D I A Z", "nom : K A Y A", "ça s'écrit E M M A")
SPELLING_CUE = re.compile(r"(?i:épel\w*|s['’]écrit|\bnom\b|prénom|je[^\S\n]+répète)")
CUE_BEFORE = 60


class SpeltNameRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for match in SPELT.finditer(text):
            word = re.sub(r"\s", "", match.group())
            if len(word) < MIN_LETTERS or default_policy().is_kept(word.upper()):
                continue
            said = {fold(w.group()): w for w in WORD.finditer(text, max(0, match.start() - SAID_BEFORE), match.start())}
            before = said.get(fold(word))
            if is_common_word(word) and (before is None or before.group().islower()):
                continue  # a word spelt in a spelling exercise or for emphasis ("le mot « chat » : C H A T", "jamais,
                # J A M A I S"); a name that is a word is spelt after it is written as a name ("« Marchand » :")
            cued = SPELLING_CUE.search(text, max(0, match.start() - CUE_BEFORE), match.start()) is not None
            listed = (len(word) >= MIN_LISTED or cued) \
                and (in_surnames(word.capitalize()) or in_first_names(word.capitalize()))
            if before is not None or listed:
                results.append(self.result(match.start(), match.end(), 0.6))
        return results
