"""Telephone numbers written in words, as they were dictated: "zéro quatre septante-neuf, trente-huit,
nonante, un", "quatre-cent-septante-sept, zéro-six, quatorze, quatre-vingt". Notes of a home visit or of
a phone call keep them as heard; they identify like digits.

A run of French number words (``anonymizer/vocabulary/number_words.txt``, Belgian forms included) joined
by spaces, hyphens, commas, slashes or "et" is read as the numbers a person says in a row: "septante-neuf"
is 79, "quatre-vingt" 80, "quatre cent septante sept" 477, "zéro" always a number of its own, and a comma or a
slash ends a number ("zéro quatre sept six / trente-deux / dix-huit"). It is a phone number when it says four
numbers or more and eight digits or more: counting aloud ("un, deux, trois") or an age in words says fewer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anonymizer.recognizers.base import LANGUAGE
from presidio_analyzer import EntityRecognizer, RecognizerResult

from anonymizer import vocabulary

MIN_NUMBERS = 4
MIN_DIGITS = 8
MARK_OUT_OF = re.compile(r"/\s*(?:vingt|dix|cent)(?![\w-])", re.IGNORECASE)  # "quinze / vingt"


@lru_cache(maxsize=1)
def _run() -> re.Pattern[str]:
    word = "|".join(sorted(map(re.escape, vocabulary.number_words()), key=len, reverse=True))
    joined = rf"(?:{word})(?:(?:[\s,/-]+|\s+et\s+)(?:{word}))+"
    return re.compile(rf"(?<![\w-]){joined}(?![\w-])", re.IGNORECASE)


def said_numbers(run: str) -> list[int]:
    """The numbers a person says in ``run``, in order."""
    values = vocabulary.number_words()
    numbers: list[int] = []
    for group in re.split(r"[,/]", run.lower()):
        current: int | None = None
        for word in re.split(r"[\s-]+", group.strip()):
            if word in ("", "et"):
                continue
            value = values.get(word)
            if value is None:  # a look-alike letter ("troıs") the case-blind pattern let in: not counted
                continue
            if value == 0:
                numbers += [current, 0] if current is not None else [0]
                current = None
            elif current is None:
                current = value
            elif value == 100 and current < 10:
                current *= 100                                    # "quatre cent"
            elif value == 20 and current == 4:
                current = 80                                      # "quatre-vingt"
            elif current % 100 == 0 and value < 100 or current % 100 in (20, 30, 40, 50, 60, 70, 80, 90) and (
                    value < 10 or current % 100 in (60, 80) and value < 20):
                current += value                                  # "septante-neuf", "soixante-douze", "cent trois"
            else:
                numbers.append(current)
                current = value
        if current is not None:
            numbers.append(current)
    return numbers


class SpokenPhoneRecognizer(EntityRecognizer):
    """Phone numbers written in French number words."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PHONE"], supported_language=LANGUAGE, name="SpokenPhoneRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for match in _run().finditer(text):
            numbers = said_numbers(match.group())
            if len(MARK_OUT_OF.findall(match.group())) >= 2:
                continue  # marks out of twenty ("quinze / vingt, dix-huit / vingt"), no phone number
            if len(numbers) >= MIN_NUMBERS and len("".join(map(str, numbers))) >= MIN_DIGITS:
                results.append(RecognizerResult(
                    "PHONE", match.start(), match.end(), 0.6,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results
