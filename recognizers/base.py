r"""Shared base for our regex recognisers.

Presidio's ``PatternRecognizer`` matches with the third-party ``regex`` module, which knows ``\K``
("keep out"): a pattern can demand a context word before an identifier ("FASE 1234", "dossier n°
25/0342") and return only the identifier. ``\K`` scans forward from the context word; a look-behind
with the same alternation is tried at every position of the text and measured ten times slower.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

# No IGNORECASE (Presidio's default): a case-insensitive part is written ``(?i:...)`` explicitly.
DEFAULT_FLAGS = re.MULTILINE | re.DOTALL
LANGUAGE = "fr"


def digits(text: str) -> str:
    """Only the digits of ``text`` ("85.07.30-033.28" -> "85073003328")."""
    return re.sub(r"\D", "", text)


class FrPatternRecognizer(PatternRecognizer):
    """A French ``PatternRecognizer`` configured by class constants.

    Subclasses set ``SUPPORTED_ENTITY``, ``PATTERNS`` (name, regex, score) and optionally
    ``CONTEXT`` (French lemmas) and override ``validate_result``.
    """

    SUPPORTED_ENTITY: str = ""
    PATTERNS: tuple[tuple[str, str, float], ...] = ()
    CONTEXT: tuple[str, ...] = ()
    FLAGS: int = DEFAULT_FLAGS

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.SUPPORTED_ENTITY,
            name=type(self).__name__,
            supported_language=LANGUAGE,
            patterns=[Pattern(name, regex, score) for name, regex, score in self.PATTERNS],
            context=list(self.CONTEXT) or None,
            global_regex_flags=self.FLAGS,
        )

# Note: Presidio's registry loader finds predefined recognisers by class *name* among all loaded
# subclasses, so our class names must never equal one of Presidio's (IbanRecognizer,
# EmailRecognizer, PhoneRecognizer, UrlRecognizer...): ours are prefixed (Be*, Fr*, Sepa*).
