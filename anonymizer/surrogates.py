"""Surrogate material for pseudonymisation, and a person's gender from the first name.

- first names by gender and surnames: Faker's Belgian person providers (``fr_BE``, ``nl_BE``; MIT),
  plausible in Belgium; gender is also looked up in Faker's lists for the origins met in Belgian case
  loads (French, Dutch, Arabic, Turkish, Polish, Romanian, Italian, Portuguese, Spanish, German,
  Russian, Persian, Swahili...); a name found on both sides is unknown;
- communes with their postcode: the Statbel postal localities read from ``belgian-deduce``
  (``recognizers/lookup/README.md``), restricted to Brussels and Wallonia (French names);
- streets: the Statbel street list from ``belgian-deduce``, French street types only;
- service, school and neutral first names: small lists written for this project (``data/``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from importlib import import_module, resources

from anonymizer import vocabulary
from anonymizer.text import fold
from anonymizer.vocabulary import entries

SURROGATE_LOCALES = ("fr_BE", "nl_BE")
GENDER_LOCALES = ("fr_BE", "nl_BE", "fr_FR", "nl_NL", "ar_AA", "tr_TR", "pl_PL", "ro_RO", "it_IT", "pt_PT",
                  "es_ES", "de_DE", "en_US", "ru_RU", "uk_UA", "fa_IR", "sw")
# Postcode ranges of Wallonia (bpost): French-language localities. Brussels lists carry French and
# Dutch names side by side, so its 19 communes are named here in French.
FRENCH_POSTCODES = ((1300, 1499), (4000, 7999))
BRUSSELS_COMMUNES = (
    ("Anderlecht", 1070), ("Auderghem", 1160), ("Berchem-Sainte-Agathe", 1082), ("Bruxelles", 1000),
    ("Etterbeek", 1040), ("Evere", 1140), ("Forest", 1190), ("Ganshoren", 1083), ("Ixelles", 1050),
    ("Jette", 1090), ("Koekelberg", 1081), ("Molenbeek-Saint-Jean", 1080), ("Saint-Gilles", 1060),
    ("Saint-Josse-ten-Noode", 1210), ("Schaerbeek", 1030), ("Uccle", 1180), ("Watermael-Boitsfort", 1170),
    ("Woluwe-Saint-Lambert", 1200), ("Woluwe-Saint-Pierre", 1150),
)
# bpost postcode ranges -> region, for "une commune de Wallonie": a province names a place as its town does
# (recognizers/lookup/places/provinces.txt), a region no one
REGIONS = (
    ((1000, 1299), "de la Région de Bruxelles-Capitale"), ((1300, 1499), "de Wallonie"), ((1500, 3999), "de Flandre"),
    ((4000, 7999), "de Wallonie"), ((8000, 9999), "de Flandre"),
)
# the provinces a province's name is replaced by, by the gender its article agrees with ("du Hainaut", "de la
# Flandre occidentale")
PROVINCE_SURROGATES = {"M": ("Brabant wallon", "Brabant flamand", "Hainaut", "Limbourg", "Luxembourg"),
                       "F": ("Flandre occidentale", "Flandre orientale", "Wallonie picarde")}
STREET_PREFIXES = ("Rue ", "Avenue ", "Chaussée ", "Place ", "Chemin ", "Boulevard ", "Allée ", "Clos ", "Drève ")


def _data_lines(name: str) -> tuple[str, ...]:
    """The entries of a list file of ours (one parser for every list: anonymizer.vocabulary.entries)."""
    return tuple(entries(resources.files("anonymizer").joinpath(f"data/{name}").read_text(encoding="utf-8")))


def _provider(locale: str):
    return import_module(f"faker.providers.person.{locale}").Provider


@lru_cache(maxsize=1)
def first_names_by_gender() -> dict[str, tuple[str, ...]]:
    """Surrogate first names: {"M": (...), "F": (...), "X": (...)} (sorted, deterministic)."""
    male, female = set(), set()
    for locale in SURROGATE_LOCALES:
        male.update(_provider(locale).first_names_male)
        female.update(_provider(locale).first_names_female)
    # a name that is also a surname's particle ("El", "Van") would read as the start of a surname
    both = male & female | {name for name in male | female if name.lower() in vocabulary.particles()}
    return {"M": tuple(sorted(male - both)), "F": tuple(sorted(female - both)),
            "X": _data_lines("neutral_first_names.txt")}


@lru_cache(maxsize=1)
def surnames() -> tuple[str, ...]:
    names: set[str] = set()
    for locale in SURROGATE_LOCALES:
        names.update(_provider(locale).last_names)
    return tuple(sorted(n for n in names if " " not in n))


@lru_cache(maxsize=1)
def _gender_table() -> dict[str, str]:
    male, female = set(), set()
    for locale in GENDER_LOCALES:
        try:
            provider = _provider(locale)
        except ModuleNotFoundError:
            continue
        male.update(fold(n) for n in getattr(provider, "first_names_male", ()))
        female.update(fold(n) for n in getattr(provider, "first_names_female", ()))
    table = {name: "M" for name in male - female}
    table.update({name: "F" for name in female - male})
    for line in _data_lines("first_name_genders.txt"):  # names those lists lack ("Zahra", "Khaled")
        name, _, gender = line.partition("|")
        table.setdefault(fold(name), gender)
    return table


def gender_of_first_name(name: str) -> str | None:
    """"M", "F", or None when the name is unknown or given to both. A compound the lists lack has its first
    name's gender ("Stefan-Marian" is a man's, "Marie-Claude" a woman's)."""
    folded = fold(name)
    gender = _gender_table().get(folded)
    if gender is None and "-" in folded.strip("-"):
        gender = _gender_table().get(folded.split("-")[0])
    return gender


@lru_cache(maxsize=1)
def _gendered_sorted() -> tuple[str, ...]:
    return tuple(sorted(_gender_table()))


def opens_gendered_first_name(letters: str) -> bool:
    """``letters`` open a longer first name the lists give a gender ("cath" of Catherine, "nat" of Nathalie)."""
    folded = fold(letters)
    names = _gendered_sorted()
    at = bisect.bisect_left(names, folded)
    return any(name.startswith(folded) and len(name) > len(folded) for name in names[at:at + 2])


@lru_cache(maxsize=1)
def _postal_lines() -> tuple[str, ...]:
    """"postcode<TAB>locality" lines of the Statbel postal list read from belgian-deduce."""
    text = resources.files("belgian_deduce").joinpath(
        "data/lookup/src/locations/lst_postal_code_locality/items.txt").read_text(encoding="utf-8")
    return tuple(text.splitlines())


# (and the postcodes of a company or of NATO's headquarters: "1414 Promo-Control", "7010 SHAPE")
INSTITUTION_WORDS = re.compile(r"Parlement|Commission|Assemblée|Conseil|Sénat|Chambre|Gouvernement|Ministère"
                               r"|Service|Centre|Cour|Région|Communauté|Office|Palais|Bureau|Promo-Control"
                               r"|SHAPE|S\.H\.A\.P\.E\.")


def _is_locality(name: str) -> bool:
    """A place, not one of the institutions that have their own Brussels postcode."""
    return not INSTITUTION_WORDS.search(name) and not any(w[:1].islower() and len(w) > 3 for w in name.split())


@lru_cache(maxsize=1)
def communes() -> tuple[tuple[str, int], ...]:
    """(commune or locality, postcode) of Brussels and Wallonia."""
    seen: dict[str, int] = {}
    for line in _postal_lines():
        code, _, name = line.partition("\t")
        if not code.isdigit() or not name or "(" in name or name[0] in "'\"" or any(c.isdigit() for c in name):
            continue
        number = int(code)
        if any(lo <= number <= hi for lo, hi in FRENCH_POSTCODES) and name not in seen and _is_locality(name):
            seen[name] = number
    seen.update(dict(BRUSSELS_COMMUNES))
    return tuple(sorted(seen.items()))


@lru_cache(maxsize=1)
def postcode_of() -> dict[str, int]:
    """Folded place name -> a postcode, for every Belgian locality."""
    table: dict[str, int] = {}
    for line in _postal_lines():
        code, _, name = line.partition("\t")
        if code.isdigit():
            for part in name.replace(")", "").split("("):
                table.setdefault(fold(part.strip()), int(code))
    return table


def region_phrase(postcode: int) -> str:
    for (lo, hi), phrase in REGIONS:
        if lo <= postcode <= hi:
            return phrase
    return "de Belgique"


@lru_cache(maxsize=1)
def street_names() -> tuple[str, ...]:
    """French-type Belgian street names ("Rue de la Station"), from the Statbel list."""
    text = resources.files("belgian_deduce").joinpath(
        "data/lookup/src/locations/lst_street/items.txt").read_text(encoding="utf-8")
    return tuple(sorted({s for s in text.splitlines()
                         if s.startswith(STREET_PREFIXES) and 12 <= len(s) < 40 and s.count(" ") >= 2}))


@lru_cache(maxsize=1)
def service_names() -> tuple[str, ...]:
    return _data_lines("service_names.txt")


@lru_cache(maxsize=1)
def school_names() -> tuple[str, ...]:
    return _data_lines("school_names.txt")


@lru_cache(maxsize=1)
def name_qualifiers() -> tuple[str, ...]:
    """Place-like qualifiers that extend an invented service or school name ("des Prés")."""
    return _data_lines("name_qualifiers.txt")
