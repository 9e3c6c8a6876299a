"""Keep-list, allow-list and deny-list.

The keep-list (``data/keep_list.txt``) lists generic terms that must survive: sector acronyms, roles,
family roles, generic places, months and weekdays; countries and large regions
(``recognizers/lookup/places/countries.txt``) are kept too. Users add their own allow-list (never
remove) and deny-list (always remove) per run. Ages ("14 ans") and school years ("2e secondaire") are
rules. A multi-word kept term protects its whole extent ("Fédération Wallonie-Bruxelles").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from anonymizer import vocabulary
from anonymizer.recognizers.lookup import in_first_names, is_country, load_list
from anonymizer.text import fold, fold_aligned
from anonymizer.vocabulary import entries

# "14 ans", "3 mois", "2e secondaire", "5ème primaire", "P6", "S2", and a youth team's age group ("U11", "U13": under
# 11, under 13, as every sports club names its teams)
GENERIC_RE = re.compile(
    r"^(?:\d{1,3}\s*(?:ans?|mois|semaines?|jours?|heures?|h)|"
    r"\d{1,2}\s*(?:e|è|ème|eme|re|ère|er)\s+(?:année|primaire|secondaire|maternelle|rénové|prim|sec|mat)\.?|"
    r"[PSM]\d|u\d{1,2})$",
    re.IGNORECASE,
)


# a country's official name before the country ("République de Guinée", "Royaume du Maroc", "République fédérale
# d'Allemagne", "République démocratique du Congo"), folded
STATE_NAME = re.compile(r"(?:republique|royaume|principaute|grand-duche|emirats?|sultanat|etat|federation)"
                        r"(?:\s+(?:democratique|federale|islamique|arabe|populaire|socialiste|unie?|hachemite|cherifien))*"
                        r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])")


def _terms_as_written(lines: list[str]) -> list[str]:
    """The terms of a list file as written (anonymizer.vocabulary.entries: one parser for every list)."""
    return entries("\n".join(lines))


def read_terms(lines: list[str]) -> set[str]:
    """Folded terms of a list file, a hyphenated one written with a space too ("SOS-Enfants", "SOS Enfants")."""
    terms = {fold(term) for term in _terms_as_written(lines)}
    return terms | {term.replace("-", " ") for term in terms if "-" in term.strip("-")}


@lru_cache(maxsize=1)
def _keep_list_lines() -> tuple[str, ...]:
    return tuple(resources.files("anonymizer").joinpath("data/keep_list.txt").read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def default_keep_terms() -> frozenset[str]:
    return frozenset(read_terms(list(_keep_list_lines())) | {fold(c) for c in load_list("countries")})


@lru_cache(maxsize=1)
def kind_terms() -> frozenset[str]:
    """Kept terms the keep-list writes in lower case: kinds of things ("centre", "service", "école"),
    which a capitalised name may begin with ("Centre Le Phare"), unlike kept names ("Forem")."""
    return frozenset(fold(term) for term in _terms_as_written(list(_keep_list_lines())) if term.islower())


@lru_cache(maxsize=1)
def acronym_terms() -> frozenset[str]:
    """Kept terms the keep-list writes in capitals, folded: the sector's acronyms ("SAJ", "SAS", "AMO")."""
    return frozenset(fold(term) for term in _terms_as_written(list(_keep_list_lines())) if term.isupper())


@lru_cache(maxsize=1)
def office_terms() -> frozenset[str]:
    """The offices a German or Dutch letter addresses after "Frau", "Herr", "mevrouw" (the keep-list's "offices"
    section, folded): "Friedensrichterin", "Vrederechter"."""
    return _section_terms(("# --- offices",))


@lru_cache(maxsize=1)
def role_terms() -> frozenset[str]:
    """The kept words for a person's role, professional or in the family (the keep-list's "roles" and "family
    roles" sections, folded): "intervenante", "référent", "la mère"."""
    return _section_terms(("# --- roles", "# --- family roles"))


@lru_cache(maxsize=1)
def professional_role_terms() -> frozenset[str]:
    """The kept words for a professional's role (the keep-list's "roles" section, folded): "directrice",
    "psychologue", "assistante sociale"; no family role."""
    return _section_terms(("# --- roles",))


def _section_terms(headings: tuple[str, ...]) -> frozenset[str]:
    terms, inside = [], False
    for line in _keep_list_lines():
        if line.startswith("# ---"):
            inside = line.strip() in headings
        elif inside:
            terms.append(line)
    return frozenset(read_terms(terms))


# a make and its colour, as a police report or a note describes the car ("Dacia grise", "Golf noire")
COLOURS = ("grise?s?|noire?s?|blanc(?:he)?s?|bleue?s?|rouges?|verte?s?|argent(?:ée?s?)?|beiges?|jaunes?|bordeaux"
           "|marron|brune?s?|oranges?|violette?s?|roses?|kaki|anthracite|gris métallisé")


@lru_cache(maxsize=1)
def _product_re() -> re.Pattern[str]:
    """A make after an article, a possessive or a device ("une Audi", "son Samsung", "GSM (Samsung", "Véhicule : Opel
    Zafira"), or with its model: codes with a digit or capitals ("A3", "208", "HDI", "S21"), one capitalised name
    first ("Ford Fiesta ST", "Samsung Galaxy A52", or before a colour or a plate, "Opel Corsa grise", "Kia Picanto
    1-FWS-219"; alone after a determiner or a
    device, "sa voiture (Fiat Punto"; before a comma or the line's end only after a make that is an acronym, no
    surname: "Véhicule : VW Touran, plaque ...", not "Renault Dupont, le beau-père").
    A make alone may be a surname ("Mme Renault", "M. Ford"): no range then."""
    makes = "|".join(re.escape(make) for make in sorted(vocabulary.product_makes(), key=len, reverse=True))
    # a model's code: letters and digits, short ("A3", "S21", "X5"), capitals ("HDI", "ST"), a number that is no
    # phone's nor a date's ("208", "11"); not an initial ("Kia B."), nor a plate or a number after it
    code = r"(?:[A-Z][A-Za-z]{0,3}\d{1,3}[A-Za-z]?|[A-Z]{1,4}|[1-9]\d{0,3})(?![\w'’./-])"
    # (singular determiners only, written here: "les Renault", "des Peugeot" name families)
    return re.compile(rf"(?:(?<![\w'’])(?P<determiner>(?i:une?|son|sa|ma|mon|ta|ton|leur|la|cette|l['’])|GSM|gsm"
                      rf"|(?i:téléphone|smartphone|portable|voiture|véhicule|moto|scooter))[^\S\n]*[(:]?[^\S\n]*"
                      # (or a vehicle's kind right before it, the make alone, never before a name: "minibus Renault
                      # 2-BKN-071", not "Minibus : Mercedes Garcia", "minibus Renault Patrice")
                      rf"|(?<![\w'’])(?P<vehicle>(?i:minibus|camionnette|camion|fourgon|fourgonnette|utilitaire"
                      rf"|monospace|taxi))[^\S\n]+"
                      # (or a piece of clothing, as a hearing describes someone, the make alone: "une casquette
                      # Lacoste"; "pull Nike Lucas" is a pupil's pullover, Lucas a name)
                      rf"|(?<![\w'’])(?P<clothing>(?i:casquette|veste|blouson|doudoune|pull|sweat|training|jogging"
                      rf"|survêtement|baskets|sac|bonnet|t-shirt|tee-shirt))[^\S\n]+)?"
                      rf"(?<![\w-])(?P<make>{makes})(?![\w'’-])"
                      rf"(?:(?(determiner)[^\S\n]+[A-Z][a-zé]+(?![\w'’-])|[^\S\n]+[A-Z][a-zé]+"
                      rf"(?=[^\S\n]+(?:{code}|(?i:{COLOURS})(?![\w'’-])|{PLATE_AFTER})|(?P<bare>[^\S\n]*(?:,|$)))))?"
                      rf"(?:[^\S\n]+{code}){{0,3}}"
                      rf"(?P<colour>(?=[^\S\n]+(?i:{COLOURS})(?![\w'’-])))?")


# a Belgian plate after the model ("Kia Picanto 1-FWS-219"), which the plate's recogniser takes
PLATE_AFTER = r"\d[ -]?[A-Z]{3}[ -]?\d{3}(?![\w-])"


NAME_AFTER_MAKE = re.compile(r"[^\S\n]+[A-ZÀ-Ý][a-zà-ÿ]")  # a capitalised word after a make: a name, or a model


def _named_person(model: str) -> bool:
    """A make followed by a first name with no article before it is a person written surname first ("Renault
    Marie", "Peugeot Léa"; "une Renault Zoé" is a car, and so is a make that is an acronym: "VW Touran")."""
    return any(in_first_names(word) for word in model.split() if word[:1].isupper() and word[1:].islower())


def load_list_file(path: str | Path) -> set[str]:
    """The terms of a user's list file, in any encoding a text file has on an office laptop (UTF-8, Notepad's
    "Unicode" UTF-16, "ANSI" Windows-1252): the same reader as the drafts', and its French messages."""
    from anonymizer.reader import read_text

    if Path(path).is_file() and not Path(path).read_bytes().strip():
        return set()  # an empty list: no terms
    return read_terms(read_text(path).text.splitlines())


@dataclass(frozen=True)
class KeepPolicy:
    """What must survive: the keep-list plus the user's allow-list (folded terms)."""

    allow: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def keep_terms(self) -> frozenset[str]:
        return default_keep_terms() | self.allow

    def is_kept(self, surface: str) -> bool:
        folded = fold(surface)
        if folded in self.keep_terms or GENERIC_RE.match(folded):
            return True
        state = STATE_NAME.match(folded)  # a country by its official name, kept as the country is
        return state is not None and is_country(folded[state.end():])

    @cached_property
    def _protected_re(self) -> re.Pattern[str]:
        multi = sorted((t for t in self.keep_terms if " " in t or "-" in t), key=len, reverse=True)
        # a lookahead: the longest term at every word start, overlapping ones included ("le service" must not
        # hide "Service de l'aide à la jeunesse" that starts inside it)
        return re.compile(r"(?<![\w])(?=(" + "|".join(re.escape(t) for t in multi) + r")(?![\w]))")

    def phrase_ranges(self, text: str) -> list[tuple[int, int]]:
        """Where multi-word kept terms stand in ``text`` (case- and accent-insensitive), overlapping ones
        included ("Maison d'enfants", "hôpital de jour")."""
        return [(m.start(), m.start() + len(m.group(1))) for m in self._protected_re.finditer(fold_aligned(text))]

    def protected_ranges(self, text: str) -> list[tuple[int, int]]:
        """The kept phrases of ``text`` (phrase_ranges) and a make with its model ("Audi A3", "iPhone 11",
        "Peugeot 208 HDI"), sorted by start (found once per text: resolution, propagation and the doubts ask in
        turn)."""
        return list(_protected_ranges(self, text))

    def _protected_ranges(self, text: str) -> tuple[tuple[int, int], ...]:
        found = self.phrase_ranges(text)
        for m in _product_re().finditer(text):  # (one pass: a page's makes and models, each read once)
            if m.group("clothing") or m.group("vehicle") and not NAME_AFTER_MAKE.match(text, m.end("make")):
                found.append((m.start(), m.end("make")))
            if m.group("determiner") or m.group("colour") is not None \
                    or m.end() > m.end("make") and (m.group("make").isupper() and len(m.group("make")) <= 3
                                                    or m.group("bare") is None
                                                    and not _named_person(text[m.end("make"):m.end()])):
                found.append((m.start(), m.end()))
        return tuple(sorted(found))


@lru_cache(maxsize=4)
def _protected_ranges(policy: KeepPolicy, text: str) -> tuple[tuple[int, int], ...]:
    return policy._protected_ranges(text)


@lru_cache(maxsize=1)
def default_policy() -> KeepPolicy:
    """The keep policy without a user's allow-list, made once (for the stages and recognisers that have none)."""
    return KeepPolicy()
