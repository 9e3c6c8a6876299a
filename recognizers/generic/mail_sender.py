"""The name written before an e-mail address in angle brackets: a sender or a recipient as mail programs write them
("De : maria ferreira <m.ferreira@hotmail.com>", "Le lun. 3 mars 2025 à 21:38, Julie Renard <j.renard@amo.be> a
écrit :", "From: SCHMITZ Karin <...>"), in any case, since a mail program shows the name its owner typed.

Words that French writes as ordinary words or sector terms (a shared mailbox: "Secrétariat <...>", "accueil <...>",
"ISP CPAS <...>") name no person and are left to the other recognisers.
"""

from __future__ import annotations

from anonymizer.models.lexicon import is_word
from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.lookup import in_first_names, in_surnames

NAME_WORD = r"[^\W\d_][\w'’.-]*"


class MailSenderRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "PERSON"
    PATTERNS = (
        # one to four words after the start of a line, a comma, a colon or a quote, right before "<address>"
        ("display_name", rf"(?:(?<=^)|(?<=\n)|(?<=[,:;\"])|(?<=[,:;\"][^\S\n])|(?<=^[>\s]{{1,6}})|(?<=\n[>\s]{{1,6}}))"
                         rf"[^\S\n]*\K{NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,3}}"
                         r"(?=\"?[^\S\n]*<[^<>\s@]+@[^<>\s]+>)", 0.6),
    )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if pattern_name(r) != "display_name" or _a_person(text[r.start:r.end])]


def _a_person(name: str) -> bool:
    """No ordinary French word that is no listed name ("Secrétariat", "accueil"; "Rose Martin" is a person), no
    term of the sector ("ISP CPAS": a service's mailbox)."""
    from anonymizer.keeplist import KeepPolicy

    policy = KeepPolicy()
    return not any(policy.is_kept(word) or is_word(word.lower()) and not in_first_names(word.capitalize())
                   and not in_surnames(word.capitalize()) for word in name.split())
