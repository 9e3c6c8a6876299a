"""Leak guard: after rendering, look for any removed surface form still present in the output.

Same notion as the leak rate of shared/ANNOTATION.md: the identifying tokens of a removed span are its
words of 3+ letters that are not generic (rue, école, centre...) and its digit strings; a token
leaks if it appears anywhere in the output, case- and accent-insensitively for words, whatever the
spacing for digits ("0496 12 34 56" leaks as "0496123456").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anonymizer.keeplist import default_keep_terms
from anonymizer.text import fold

# Words that name a kind of thing, not a thing (ANNOTATION.md: "generic words such as rue, école...").
GENERIC_WORDS = frozenset(fold(w) for w in (
    "rue avenue boulevard chaussée place chemin allée clos impasse square quai route drève sentier "
    "venelle cité résidence galerie passage faubourg école écoles institut athénée lycée collège "
    "centre service services hôpital clinique maison home asbl royal royale communale communal "
    "libre provincial provinciale saint sainte sint club les des aux dans pour avec sur sous une "
    "the and van von der den het"
).split())
MIN_DIGITS = 3
# our own tags ("[PERSONNE_1]") are not leaks, even when a tag word equals a removed word
TAG_RE = re.compile(r"\[[A-Z_]+_\d+\]")


def identifying_tokens(surface: str) -> tuple[set[str], set[str]]:
    """(words, digit strings) of a removed span that must not appear in the output.

    Kept terms (sector acronyms, months, countries: ``anonymizer.keeplist``) are generic too: "saj" in
    "saj.nivelles@cfwb.be" is not a leak when "SAJ" stays in the text.
    """
    words = {fold(w) for w in re.findall(r"[^\W\d_]{3,}", surface)} - GENERIC_WORDS - default_keep_terms()
    digit_runs = re.findall(r"\d(?:[\s./-]?\d)*", surface)
    digits = {re.sub(r"\D", "", run) for run in digit_runs}
    return words, {d for d in digits if len(d) >= MIN_DIGITS}


def find_leaks(output: str, removed: Iterable[str]) -> list[str]:
    """Identifying tokens of ``removed`` surfaces that still appear in ``output`` (sorted, unique)."""
    output = TAG_RE.sub(" ", output)
    folded = fold(output)
    out_digits = " ".join(re.sub(r"\D", "", run) for run in re.findall(r"\d(?:[\s./-]?\d)*", output))
    leaks = set()
    for surface in set(removed):
        words, digits = identifying_tokens(surface)
        leaks |= {w for w in words if re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", folded)}
        leaks |= {d for d in digits if d in out_digits}
    return sorted(leaks)
