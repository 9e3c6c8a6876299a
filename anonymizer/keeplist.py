"""Keep-list, allow-list and deny-list.

The keep-list (``data/keep_list.txt``) lists generic terms that must survive: sector acronyms, roles,
family roles, generic places, months and weekdays. Users add their own allow-list (never remove) and
deny-list (always remove) per run. Ages ("14 ans") and school years ("2e secondaire") are rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from anonymizer.text import fold

# "14 ans", "3 mois", "2e secondaire", "5ème primaire", "P6", "S2"
GENERIC_RE = re.compile(
    r"^(?:\d{1,3}\s*(?:ans?|mois|semaines?|jours?|heures?|h)|"
    r"\d{1,2}\s*(?:e|è|ème|eme|re|ère|er)\s+(?:année|primaire|secondaire|maternelle|rénové)|"
    r"[PSM]\d)$",
    re.IGNORECASE,
)


def read_terms(lines: list[str]) -> set[str]:
    """Folded terms of a list file: one per line, '#' comments, blank lines ignored."""
    terms = set()
    for line in lines:
        term = line.split("#", 1)[0].strip()
        if term:
            terms.add(fold(term))
    return terms


@lru_cache(maxsize=1)
def default_keep_terms() -> frozenset[str]:
    text = resources.files("anonymizer").joinpath("data/keep_list.txt").read_text(encoding="utf-8")
    return frozenset(read_terms(text.splitlines()))


def load_list_file(path: str | Path) -> set[str]:
    return read_terms(Path(path).read_text(encoding="utf-8").splitlines())


@dataclass(frozen=True)
class KeepPolicy:
    """What must survive (keep-list + user allow-list) and what must go (user deny-list)."""

    allow: frozenset[str] = field(default_factory=frozenset)
    deny: tuple[str, ...] = ()

    @property
    def keep_terms(self) -> frozenset[str]:
        return default_keep_terms() | self.allow

    def is_kept(self, surface: str) -> bool:
        folded = fold(surface)
        return folded in self.keep_terms or bool(GENERIC_RE.match(folded))
