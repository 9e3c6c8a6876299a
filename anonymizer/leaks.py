"""Leak guard: after rendering, look for any removed surface form still present in the output.

Same notion as the leak rate of shared/ANNOTATION.md: the identifying tokens of a removed span are its
words of 3+ letters that are not generic (rue, école, centre...) and its digit strings; a token
leaks if it appears anywhere in the output, case- and accent-insensitively for words, whatever the
spacing for digits ("0496 12 34 56" leaks as "0496123456").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from anonymizer import vocabulary
from anonymizer.keeplist import default_keep_terms, default_policy
from anonymizer.models.lexicon import is_word
from anonymizer.recognizers.lookup import is_chat_word
from anonymizer.text import SENTENCE_OPENING, composed, fold, fold_aligned

# Words that name a kind of thing, not a thing (ANNOTATION.md: "generic words such as rue, école..."): the
# kinds of place, service and firm (vocabulary/kind_words.txt), a saint's title, function words, e-mail furniture.
KIND_WORDS = frozenset(fold(w) for w in vocabulary.kind_words() if " " not in w)
GENERIC_WORDS = frozenset(fold(w) for w in (
    "saint sainte sint les des aux dans pour avec sur sous une chez par vers entre près née épouse veuve "
    "the and van von vom der den het "
    # e-mail and web furniture
    "gmail hotmail outlook yahoo skynet live proximus telenet icloud com org net www http https html "
    "mailto callto tel sms file"
).split()) | KIND_WORDS | vocabulary.kunyas()  # a kunya's first word, "father of" (Abou Karim), is a
# kinship word like "mère"; "née" and "épouse" join a birth name to a married one
# the cardinal points and the adjectives of a province's name, words of a whole region in a place's name ("Ouest
# Brabant wallon", "Hainaut occidental"; "wallon" of "Gouvernement wallon"), not in a person's ("Sophie Flamand")
REGION_WORDS = frozenset("nord sud est ouest wallon wallonne flamand flamande occidental occidentale oriental orientale"
                         .split())
MIN_DIGITS = 3
STOP_WORDS = vocabulary.stop_words()
# our own tags ("[PERSONNE_1]") are not leaks, even when a tag word equals a removed word
WORD_RE = re.compile(r"[^\W\d_]+")
TAG_RE = re.compile(r"\[[A-Z_]+_\d+\]")


@lru_cache(maxsize=65536)
def identifying_tokens(surface: str, entity_type: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """(words, digit strings) of a removed span that must not appear in the output.

    Kept terms (sector acronyms, months, countries: ``anonymizer.keeplist``) are generic too: "saj" in
    "saj.nivelles@cfwb.be" is not a leak when "SAJ" stays in the text. A kind of place or service is generic in a
    name that has a word of its own ("Bibliothèque" of "Bibliothèque La Ruche"), not in a person's name ("Lucas
    Pavillon") nor in a name that is only such words ("Le Cercle", "La Ferme").
    """
    generic = GENERIC_WORDS | default_keep_terms()
    if entity_type == "PERSON":
        generic -= KIND_WORDS
    else:
        generic |= REGION_WORDS
    surface = composed(surface)
    # the words of a kept phrase inside a name are the kind of a service, not its name ("enfants" of "Maison
    # d'enfants Les Tournesols", "jour" of "Hôpital de jour Les Glycines"); a name that is all a kept phrase
    # stays what it is
    for start, end in sorted(default_policy().phrase_ranges(surface) + _kind_phrase_ranges(surface), reverse=True):
        if surface[:start].strip() or surface[end:].strip():
            surface = surface[:start] + " " * (end - start) + surface[end:]
    # folded character by character, like the output it is searched in ("Cœur" stays "cœur")
    candidates = re.findall(r"[^\W\d_]{3,}", surface)
    words = frozenset(fold_aligned(w) for w in candidates if fold(w) not in generic) \
        or frozenset(fold_aligned(w) for w in candidates if fold(w) in KIND_WORDS)
    digit_runs = re.findall(r"\d(?:[\s./-]?\d)*", surface)
    digits = {re.sub(r"\D", "", run) for run in digit_runs}
    return words, frozenset(d for d in digits if len(d) >= MIN_DIGITS)


@lru_cache(maxsize=1)
def _kind_phrases() -> re.Pattern[str]:
    phrases = sorted((fold(w) for w in vocabulary.kind_words() if " " in w), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])")


def _kind_phrase_ranges(surface: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _kind_phrases().finditer(fold_aligned(surface))]


def _date_tokens(surface: str) -> set[str]:
    """A date leaks as a whole: the digits of a numeric date together ("03/05/2011" -> "03052011");
    a year alone says little and is often written elsewhere ("né en 2011")."""
    if re.fullmatch(r"[\d\s./-]+", surface.strip()):
        return {re.sub(r"\D", "", surface)}
    return set()


def _named_somewhere(output: str, word: str, hits: list[int], entity_type: str) -> bool:
    """For the product's guard: a removed word is still there as a name, not as an ordinary word.

    A function word ("notre" of "Notre Maison") or a text-message word never is; an ordinary French
    word ("médiation", "répit", checked as written, accents and all) is when one of its occurrences is
    capitalised, except, for the words of a service's or a place's name, at the start of a sentence, a
    line or a heading ("Logement : ..."). A person's name that is a word ("Boulanger") stays a leak
    wherever it is capitalised."""
    written = [output[i:i + len(word)] for i in hits]
    if word in STOP_WORDS or is_chat_word(word):
        return False
    if not any(is_word(w) for w in written):
        return True
    return any(w[:1].isupper() and (entity_type == "PERSON" or not SENTENCE_OPENING.search(output, max(0, i - 12), i))
               for w, i in zip(written, hits, strict=True))


def find_leaks(output: str, removed: Iterable[str | tuple[str, str]], strict: bool = True) -> list[str]:
    """Identifying tokens of ``removed`` surfaces (or (surface, entity type) pairs) that still
    appear in ``output`` (sorted, unique).

    ``strict`` follows shared/ANNOTATION.md to the letter (the evaluation). The product's leak guard
    uses ``strict=False``: a date leaks only as a whole, and an ordinary French word that is found
    only in lower case or opening a sentence ("frère" after removing "Sébastien Frère", "notre" after
    removing the housing company "Notre Maison") is not a leak (see _named_somewhere).
    """
    output = composed(TAG_RE.sub(" ", output))  # a decomposed "Hélène" is the word "hélène"
    folded = fold_aligned(output)
    positions: dict[str, list[int]] = {}  # each word of the output -> where it stands (one pass)
    for match in WORD_RE.finditer(folded):
        positions.setdefault(match.group(), []).append(match.start())
    out_runs = [re.sub(r"\D", "", run) for run in re.findall(r"\d(?:[\s./-]?\d)*", output)]
    out_digits = " ".join(out_runs)
    whole_runs = set(out_runs)
    leaks = set()
    for item in set(removed):
        surface, entity_type = (item, "") if isinstance(item, str) else item
        words, digits = identifying_tokens(surface, entity_type)
        if not strict and entity_type == "DATE":
            words, digits = set(), _date_tokens(surface)
        for word in words:
            hits = positions.get(word)
            if hits and (strict or _named_somewhere(output, word, hits, entity_type)):
                leaks.add(word)
        # the guard: a number as a whole ("112" of a removed address is no leak inside a fake phone number)
        leaks |= {d for d in digits if (d in out_digits if strict else d in whole_runs)}
    return sorted(leaks)
