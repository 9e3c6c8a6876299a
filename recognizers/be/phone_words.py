"""Telephone numbers written in words, as they were dictated: "zéro quatre septante-neuf, trente-huit,
nonante, un", "quatre-cent-septante-sept, zéro-six, quatorze, quatre-vingt". Notes of a home visit or of
a phone call keep them as heard; they identify like digits.

A run of French number words (``anonymizer/vocabulary/number_words.txt``, Belgian forms included) joined
by spaces, hyphens, commas, slashes, pauses ("…", after "zéro" or a phone word only: see PAUSE) or "et" is
read as the numbers a person says in a row: "septante-neuf" is 79, "quatre-vingt" 80, "quatre cent septante
sept" 477, "zéro" always a number of its own, and a comma or a slash ends a number ("zéro quatre sept six /
trente-deux / dix-huit"). It is a phone number when it says four numbers or more and eight digits or more:
counting aloud ("un, deux, trois") or an age in words says fewer (counting to ten says more: with pauses, it is
told by its lack of a "zéro" or a phone word; with commas, it is removed).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from anonymizer.recognizers.base import FrSpanRecognizer
from presidio_analyzer import RecognizerResult

from anonymizer import vocabulary

MIN_NUMBERS = 4
# a pause written between numbers: a phone number said so opens with "zéro" or follows a phone word ("Le GSM.
# Attendez… zéro quatre septante-huit… vingt-deux…"); counting aloud is said so too
PAUSE = re.compile(r"…|\.{3}")
LAST_WORD_ALONE = re.compile(r"[^\S\n]*(?i:un|une)")  # "… un moment", "… une seconde"
WORD_AFTER = re.compile(r"[^\S\n]+[^\W\d_]")
MIN_DIGITS = 8
# a number said with slashes is a phone number when it opens with "zéro", has a Belgian number's length, or follows a
# phone word; marks, ages and amounts said so are lists
PHONE_DIGITS = (9, 10)
# a phone word earlier on the line (whole words: "la télé", "tellement" are none)
PHONE_WORD_BEFORE = re.compile(r"(?i:(?<![\w-])(?:t[ée]l\.?|t[ée]l[ée]phones?|gsm|portable|mobile|num[ée]ros?|n°"
                               r"|appel(?:er|le|ez)|rappel(?:er|le|ez)|joindre|joignable|contacter|sms|whatsapp|phone)"
                               r"(?![\w-]))[^\n]{0,60}$")
# a list of quantities said in words: marks out of twenty or ten ("quinze / vingt, dix-huit / vingt"), ages, amounts
# (a mark's "/ vingt" closes its group: "septante-cinq / vingt / dix / trente-deux" is a phone number)
MARK_OUT_OF = re.compile(r"/\s*(?:vingt|dix|cent|quarante|cinquante)[^\S\n]*(?:[,;.]|et(?![\w-])|$)", re.IGNORECASE)
UNIT_AFTER = re.compile(r"[^\S\n]*(?:ans|an|mois|euros?|€|eur|cents?|kilos?|kg|km|points?|pour\s*cent|%)(?![\w-])",
                        re.IGNORECASE)
# durations and counts after a list said in words ("vingt-quatre, trente-six et soixante-douze heures"); after a
# phone word, a number's last word may be followed by anything ("Tél. : ... cinquante-six fois par jour il appelle")
COUNT_AFTER = re.compile(r"[^\S\n]*(?:semaines?|jours?|heures?|minutes?|fois|kilomètres?|mètres?)(?![\w-])",
                         re.IGNORECASE)
# a label of quantities just before the list, with its colon or its verb: "Âges des enfants : douze, treize...", "Ses
# résultats étaient quinze, douze..." (not "Note : appeler la mère au zéro ...")
QUANTITIES_BEFORE = re.compile(r"(?i:\b(?:âges?|ages?|loyers?|montants?|sommes?|notes?|points|scores?|résultats?"
                               r"|tailles?|poids|prix|tarifs?|mesures?)\b)[^\n:]{0,25}"
                               r"(?::|\b(?:sont|étaient|était|est|de|des)\b)[^\S\n]*$")


@lru_cache(maxsize=1)
def _run() -> re.Pattern[str]:
    word = "|".join(sorted(map(re.escape, vocabulary.number_words()), key=len, reverse=True))
    # joined by a comma, a slash, a hyphen, a pause, "et" or spaces, one line break included (a hard-wrapped mail)
    # (the next line in lower case or going on with numbers: "Deux enfants à charge." under a number opens a sentence)
    # (a hesitation said between two numbers stays in the run: "septante-six, euh, trente-deux")
    # (a pause written "…" or "..." joins groups like a comma: "zéro quatre septante-huit… vingt-deux…"; unannounced,
    # it ends a number: see PAUSE)
    joined = (rf"(?:{word})(?:(?:[^\S\n,/…-]*(?:[,/-]|{PAUSE.pattern})[^\S\n,/…-]*"
              rf"(?:(?:euh|heu|hum)[^\S\n]*[,…]?[^\S\n]*)?"
              rf"|[^\S\n]+(?:et[^\S\n]+)?"
              rf"|[^\S\n]*\n[^\S\n]*(?:(?-i:(?=[a-zà-ÿ]))|(?=(?:{word})[^\S\n,/-]*[\s,/-][^\S\n]*(?:{word}))))"
              rf"(?:{word}))+")
    return re.compile(rf"(?<![\w-]){joined}(?![\w-])", re.IGNORECASE)


def said_numbers(run: str, eighty: bool = True) -> list[int]:
    """The numbers a person says in ``run``, in order; without ``eighty``, "quatre vingt-deux" is 4 and 22 (a
    number said two digits at a time), not 82."""
    values = vocabulary.number_words()
    numbers: list[int] = []
    for group in re.split(rf"[,/]|{PAUSE.pattern}", run.lower()):
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
            elif value == 20 and current % 100 == 4 and eighty:
                current += 76                                     # "quatre-vingt", "quatre cent quatre-vingt"
            elif current == 10 and 7 <= value <= 9:
                current += value                                  # "dix-sept", "dix-huit", "dix-neuf"
            elif current % 100 == 0 and value < 100 or current % 100 in (20, 30, 40, 50, 60, 70, 80, 90) and (
                    value < 10 or current % 100 in (60, 80) and value < 20):
                current += value                                  # "septante-neuf", "soixante-douze", "cent trois"
            else:
                numbers.append(current)
                current = value
        if current is not None:
            numbers.append(current)
    return numbers


class SpokenPhoneRecognizer(FrSpanRecognizer):
    """Phone numbers written in French number words."""

    SUPPORTED_ENTITY = "PHONE"

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for match in _run().finditer(text):
            cued = match.group().lower().startswith(("zéro", "zero")) or bool(PHONE_WORD_BEFORE.search(
                text, max(0, match.start() - 80), match.start()))
            # a run over two lines is one number only when announced; else each line is read alone, and so is each
            # stretch between pauses ("…quarante et un, dix-huit… un moment": the number ends at the pause)
            pieces = [(match.start(), match.end())] if cued else \
                [(match.start() + m.start(), match.start() + m.end())
                 for m in re.finditer(rf"(?:(?!{PAUSE.pattern})[^\n])+", match.group())]
            if cued:  # ("Son GSM : ... dix-huit… une seconde": a word said after the last pause is no digit)
                last = list(PAUSE.finditer(match.group()))
                if last and LAST_WORD_ALONE.fullmatch(match.group(), last[-1].end()) \
                        and WORD_AFTER.match(text, match.end()):
                    pieces = [(match.start(), match.start() + last[-1].start())]
            for start, end in pieces:
                if self._phone(text, start, end, cued):
                    results.append(self.result(start, end, 0.6))
        return results

    @staticmethod
    def _phone(text: str, start: int, end: int, cued: bool) -> bool:
        """Whether the run ``text[start:end]`` is a phone number: four numbers and eight digits or more, not a list
        of marks, ages or amounts; said with slashes, it opens with "zéro", has a Belgian number's length or is
        announced by a phone word. Announced, "quatre vingt-deux" may be 4 and 22 (two digits at a time)."""
        run = text[start:end].strip(" ,/-\n")
        marks = len(MARK_OUT_OF.findall(text, start, min(len(text), end + 1)))
        if not run or marks >= 2 or UNIT_AFTER.match(text, end) or not cued and COUNT_AFTER.match(text, end) \
                or QUANTITIES_BEFORE.search(text, max(0, start - 60), start):
            return False
        numbers = said_numbers(run)
        digits = len("".join(map(str, numbers)))
        if cued and digits < MIN_DIGITS:
            numbers = said_numbers(run, eighty=False)  # "zéro six quatre vingt-deux dix-huit zéro"
            digits = len("".join(map(str, numbers)))
        if "/" in run and not (cued or PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]):
            return False  # a list said with slashes ("onze / treize / quinze")
        steps = {b - a for a, b in itertools.pairwise(numbers)}
        if len(numbers) >= MIN_NUMBERS and steps in ({1}, {-1}):
            return False  # counting aloud or down ("zéro… un… deux… trois", "dix, neuf, huit, sept")
        return len(numbers) >= MIN_NUMBERS and digits >= MIN_DIGITS
