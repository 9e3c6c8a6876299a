"""A name spelt letter by letter, as a voicemail's transcript or a phone note writes it when the caller spells it:
"c'est kalonji K A L O N J I", "Mme Poot, P-O-O-T", "annick dupont D U P O N T".

Single letters, four or more, joined by one space or one hyphen each, all capitals or all lower case, that spell a
word written just before them (within ``SAID_BEFORE`` characters, accents and case aside) or a listed first name or
surname: the name said, then spelt. An acronym spelt out ("le S A J"), a kept term, or a run spelling no name
nearby (a list's items, "A B C D") is no name.
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrSpanRecognizer
from anonymizer.recognizers.lookup import in_first_names, in_surnames
from presidio_analyzer import RecognizerResult

from anonymizer.keeplist import default_policy
from anonymizer.text import fold

MIN_LETTERS = 4
SAID_BEFORE = 100  # characters before the spelling where the name said is looked for
SPELT = re.compile(r"(?<![\w'’-])(?:[^\W\d_a-zà-ÿ](?:[ -][^\W\d_a-zà-ÿ]){3,}|[a-zà-ÿ](?:[ -][a-zà-ÿ]){3,})"
                   r"(?![\w'’]|-\w)")
WORD = re.compile(r"[^\W\d_]+")


class SpeltNameRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for match in SPELT.finditer(text):
            word = re.sub(r"[ -]", "", match.group())
            if len(word) < MIN_LETTERS or default_policy().is_kept(word.upper()):
                continue
            said = {fold(w) for w in WORD.findall(text[max(0, match.start() - SAID_BEFORE):match.start()])}
            if fold(word) in said or in_surnames(word.capitalize()) or in_first_names(word.capitalize()):
                results.append(self.result(match.start(), match.end(), 0.6))
        return results
