"""ORGANIZATION: named organisations that need no cue word ("chez Delhaize", "sa mutuelle (Solidaris)",
"RDV Vivalia"), from the list recognizers/lookup/organisations/organisations_be.txt (provenance in
recognizers/lookup/README.md). Matched on the written form (and its CAPITALS), never case-insensitively.
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrPatternRecognizer
from anonymizer.recognizers.lookup import load_list, places


def _initial(part: str) -> str:
    """A word after the first may have its initial in either case ("Mutualité libérale/Libérale")."""
    return f"[{part[0].upper()}{part[0].lower()}]{part[1:]}" if part[:1].isalpha() else part


def _variant(name: str) -> str:
    """The regex of one listed name: any run of spaces, either apostrophe, later words' initial in
    either case."""
    parts = [re.sub(r"['’]", "['’]", re.escape(part)) for part in name.split()]
    return r"[^\S\n]+".join(parts[:1] + [_initial(part) for part in parts[1:]])


def known_names_pattern(names: frozenset[str]) -> str:
    forms = set(names) | {name.upper() for name in names}
    alternatives = "|".join(_variant(name) for name in sorted(forms, key=lambda n: (-len(n), n)))
    # (after an elided article or preposition, "à l'ULB", "d'Infino", but not inside a word: "aujourd'hui")
    return rf"(?<![\w-])(?<!\w\w['’])(?:{alternatives})(?![\w-])"


class KnownOrganizationRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "ORGANIZATION"

    def __init__(self) -> None:
        self.PATTERNS = (("known_organisation", known_names_pattern(load_list("organisations")), 0.9),)
        super().__init__()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """A chain's shop with its branch's town after it is one name: "McDonald's Marche", "Delhaize de
        Bressoux", "Carrefour Market Jambes" (the town a French word too: "Marche", "Ans", "Spa")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            branch = BRANCH_AFTER.match(text, result.end)
            if branch and branch.group(1) in places():
                result.end = branch.end(1)
        return results


# a capitalised town right after a chain's name, "de" between them or not ("Delhaize de Bressoux")
BRANCH_AFTER = re.compile(r"[^\S\n]+(?:de[^\S\n]+|d['’])?([A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ýa-zà-ý][\w'’]*)*)(?![\w-])")
