"""The name written before an e-mail address in angle brackets: a sender or a recipient as mail programs write them
("De : maria ferreira <m.ferreira@hotmail.com>", "Le lun. 3 mars 2025 à 21:38, Julie Renard <j.renard@amo.be> a
écrit :", "From: SCHMITZ Karin <...>"), in any case, since a mail program shows the name its owner typed.

Words that French writes as ordinary words or sector terms (a shared mailbox: "Secrétariat <...>", "accueil <...>",
"ISP CPAS <...>") name no person and are left to the other recognisers. The addresses are found first and the name
looked for just before each (a pattern tried at every position of the text cost as much as a third of the others).
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_word
from anonymizer.recognizers.base import FrSpanRecognizer
from anonymizer.recognizers.lookup import in_first_names, in_surnames
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s]+>")
NAME_WORD = r"[^\W\d_][\w'’.-]*"
# one to four words after the start of a line (quote marks of a reply included), a comma, a colon, a semicolon or a
# quote, right before the address
NAME = rf"[^\S\n]*\"?({NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,3}})\"?[^\S\n]*$"
NAME_BEFORE = re.compile(rf"(?:^[>\s]*|[,:;\"][^\S\n]?){NAME}")
NAME_AFTER_MARK = re.compile(rf"[,:;\"][^\S\n]?{NAME}")  # (in a window that does not open the line)
SCORE = 0.6
LOOK_BACK = 80


class MailSenderRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results = []
        for address in ADDRESS.finditer(text):
            line = text.rfind("\n", 0, address.start()) + 1
            start = max(line, address.start() - LOOK_BACK)
            found = (NAME_BEFORE if start == line else NAME_AFTER_MARK).search(text[start:address.start()])
            if found is not None and _a_person(found.group(1)):
                results.append(self.result(start + found.start(1), start + found.end(1), SCORE))
        return results


def _a_person(name: str) -> bool:
    """No ordinary French word that is no listed name ("Secrétariat", "accueil"; "Rose Martin" is a person), no
    term of the sector ("ISP CPAS": a service's mailbox)."""
    from anonymizer.keeplist import default_policy

    policy = default_policy()
    return not any(policy.is_kept(word) or is_word(word.lower()) and not in_first_names(word.capitalize())
                   and not in_surnames(word.capitalize()) for word in name.split())
