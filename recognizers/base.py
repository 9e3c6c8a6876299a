r"""Shared base for our regex recognisers.

Presidio's ``PatternRecognizer`` matches with the third-party ``regex`` module, which knows ``\K``
("keep out"): a pattern can demand a context word before an identifier ("FASE 1234", "dossier n°
25/0342") and return only the identifier. ``\K`` scans forward from the context word; a look-behind
with the same alternation is tried at every position of the text and measured ten times slower.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

# No IGNORECASE (Presidio's default): a case-insensitive part is written ``(?i:...)`` explicitly.
DEFAULT_FLAGS = re.MULTILINE | re.DOTALL
LANGUAGE = "fr"


def digits(text: str) -> str:
    """Only the digits of ``text`` ("85.07.30-033.28" -> "85073003328")."""
    return re.sub(r"\D", "", text)


class CompiledPattern(Pattern):
    """A Presidio ``Pattern`` compiled once, with the flags its recogniser matches with.

    Presidio's ``Pattern`` compiles each regex without flags to validate it, then again with the
    recogniser's flags at the first analysis: twice the cost, about 0.5 s of our cold start."""

    def __init__(self, name: str, pattern: str, score: float, flags: int) -> None:
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        try:
            compiled = regex.compile(pattern, flags=flags)
        except regex.error as exc:
            raise ValueError(f"Invalid regex pattern {name!r}: {exc}") from exc
        self.name, self.regex, self.score = name, pattern, score
        self.compiled_regex, self.compiled_with_flags = compiled, flags


class FrPatternRecognizer(PatternRecognizer):
    """A French ``PatternRecognizer`` configured by class constants.

    Subclasses set ``SUPPORTED_ENTITY``, ``PATTERNS`` (name, regex, score) and optionally
    ``CONTEXT`` (French lemmas) and override ``validate_result``.
    """

    SUPPORTED_ENTITY: str = ""
    PATTERNS: tuple[tuple[str, str, float], ...] = ()
    CONTEXT: tuple[str, ...] = ()
    FLAGS: int = DEFAULT_FLAGS

    def checksum(self, pattern_text: str) -> bool | None:
        """A number's check digits: True valid, False failed, None no checksum (the default)."""
        return None

    def keep_invalid(self, pattern_text: str) -> bool:
        """Whether a match whose checksum fails is still taken (at its pattern's lower score): a mistyped
        NISS or IBAN is still that person's number. Subclasses refuse shapes too common to take unchecked."""
        return True

    def validate_result(self, pattern_text: str) -> bool | None:
        """Presidio's hook: True raises the score to the maximum, False drops the match, None keeps the
        pattern's score. Unlike Presidio's own recognisers, a failed checksum keeps the match at its
        pattern's (lower) score, unless :meth:`keep_invalid` refuses it."""
        valid = self.checksum(pattern_text)
        if valid is None or valid:
            return valid
        placeholder = len(set(digits(pattern_text))) <= 1  # "00.00.00-000.00" on a blank form
        return None if not placeholder and self.keep_invalid(pattern_text) else False

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.SUPPORTED_ENTITY,
            name=type(self).__name__,
            supported_language=LANGUAGE,
            patterns=[CompiledPattern(name, pattern, score, self.FLAGS) for name, pattern, score in self.PATTERNS],
            context=list(self.CONTEXT) or None,
            global_regex_flags=self.FLAGS,
        )

class FrSpanRecognizer(EntityRecognizer):
    """A French recogniser of one type that finds its spans in code (lists, tokens, structure) rather than by
    patterns: subclasses set ``SUPPORTED_ENTITY`` and write ``analyze`` with :meth:`result`."""

    SUPPORTED_ENTITY: str = ""

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.SUPPORTED_ENTITY], supported_language=LANGUAGE,
                         name=type(self).__name__)

    def load(self) -> None:  # lists load lazily on first use
        pass

    def result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(self.SUPPORTED_ENTITY, start, end, score,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


# Note: Presidio's registry loader finds predefined recognisers by class *name* among all loaded
# subclasses, so our class names must never equal one of Presidio's (IbanRecognizer,
# EmailRecognizer, PhoneRecognizer, UrlRecognizer...): ours are prefixed (Be*, Fr*, Sepa*).


def pattern_name(result) -> str:
    """The name of the pattern that found a result ("" for a result of no pattern)."""
    return result.analysis_explanation.pattern_name if result.analysis_explanation else ""
