"""Rendering in ``pseudo`` style: realistic, consistent surrogates.

Consistency lives here, in the rendering stage: every decision is recorded in the :class:`CaseKey`
under (kind, folded original), so the same entity gets the same surrogate everywhere in a document,
and in later documents of the case when the key is reused. Names are mapped part by part (first
name, surname, each half of a hyphenated name), so "Kevin Dumoulin", "Kevin", "M. DUMOULIN" and
"kevin" stay one person and relatives who share a surname share the surrogate surname. Choices are
drawn from a random generator seeded by the key's secret and the original: deterministic for a key.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache

from anonymizer import dates, fakes, surrogates, vocabulary
from anonymizer.casekey import CaseKey
from anonymizer.entity_types import entity_type, tag_of
from anonymizer.keeplist import default_policy
from anonymizer.leaks import GENERIC_WORDS
from anonymizer.link import (
    KUNYA,
    NAME_TYPES,
    PATRONYMIC,
    REFERENCE_YEAR,
    address_key,
    case_entity_keys,
    close_spelling,
    number_key,
    phone_parts,
    reference_group,
    same_person_word,
    title_gender,
)
from anonymizer.normal import Normalised
from anonymizer.recognizers.lookup import first_names as first_name_list
from anonymizer.recognizers.lookup import foreign_town, in_surnames, place_key, place_names, places, towns_in
from anonymizer.recognizers.names.province import province_in, province_pattern
from anonymizer.spans import Span
from anonymizer.text import EMOJI_CHARS, fold, words
from anonymizer.vocabulary import FUSED_ARTICLES

PLACES = ("replace", "generalise")
DATES = ("shift", "generalise")
NUMBERS = ("fake", "tag")
MAX_TRIES = 500
ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]")  # "ULB", "UGent", "HELHa"
STREET_TYPES = vocabulary.street_types_re()
MIN_SHIFT_WEEKS = 53
MAIL_PROVIDERS = frozenset({"gmail.com", "hotmail.com", "hotmail.fr", "outlook.com", "outlook.be", "live.be",
                            "skynet.be", "yahoo.fr", "yahoo.com", "proximus.be", "telenet.be", "icloud.com"})
SOCIAL_SITES = ("facebook.com", "instagram.com", "tiktok.com", "snapchat.com", "twitter.com", "x.com")
PARTICLES = vocabulary.particles()
MALE_CUES = re.compile(r"(?:\b(?:M|Mr|Monsieur|monsieur|M\.)\.?\s*$)")
FEMALE_CUES = re.compile(r"(?:\b(?:Mme|Mlle|Madame|madame|mme|Melle)\.?\s*$)")
BIRTH_AFTER = re.compile(r"^\W{0,3}\s*\(?\s*(née?)\b")
# The kind of establishment is kept in front of a surrogate name ("Athénée Saint-Joseph"); its
# adjectives (royal, technique, psychiatrique...) are not: they narrow the real one down.
TYPE_WORD_RE = re.compile(
    r"^(?:(?i:école|athénée|institut|lycée|collège|académie|centre|service|clinique|hôpital|polyclinique|maison)"
    r"|CHU|CHR|CHC)\b")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PseudoOptions:
    places: str = "replace"
    dates: str = "shift"
    numbers: str = "fake"
    # words no surrogate may hold besides the document's own names: the names of every document of
    # the batch, whose surrogates share one case key (see removed_words)
    avoid: frozenset[str] = frozenset()


def word_parts(text: str) -> set[str]:
    """Folded words of ``text`` and every part of a hyphenated or elided one ("Saint-Pierre": "saint-pierre",
    "saint", "pierre"), of 3 letters or more."""
    return {fold(p) for w in words(text) for p in [w, *re.split(r"[-'’]", w)] if len(p) >= 3}


def removed_words(spans: Iterable[Span]) -> frozenset[str]:
    """The word parts of removed spans: no surrogate may hold one."""
    return frozenset(part for s in spans for part in word_parts(s.text))


def _surname_key(parts: list[str], surname: list[int]) -> str:
    """The folded surname of a name split in ``parts`` ("Van der Linden")."""
    return fold(" ".join(parts[j] for j in surname))


def like_case(original: str, surrogate: str) -> str:
    """CAPITALS stay CAPITALS, lower case stays lower case."""
    if original.isupper() and len(original) > 1:
        return surrogate.upper()
    if original.islower():
        return surrogate.lower()
    return surrogate


class DocumentContext:
    """What the renderer needs to know about one document."""

    def __init__(self, text: str, spans: list[Span], avoid: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.forbidden = set(removed_words(spans)) | avoid
        self.forbidden |= {fold(w) for w in re.findall(rf"\b[{vocabulary.UPPER}][\w'-]+", text)}
        # kinds of things ("rue", "avenue", "centre") say nothing: a surrogate may hold them
        self.forbidden -= GENERIC_WORDS
        self.surnames = {fold(p) for s in spans if s.entity_type == "PERSON" and not _kunya(s.text.split())
                         for p in _surname_parts(s.text.split())}
        # "Sophie Claessens" ... "S. Claessens": the initial follows the first name's surrogate
        self.first_names: dict[str, list[str]] = {}
        for s in spans:
            parts = s.text.split()
            surname = _surname_indices(parts) if s.entity_type == "PERSON" else []
            for i in range(surname[0] if surname else 0):
                if not INITIAL.fullmatch(parts[i]):
                    self.first_names.setdefault(_surname_key(parts, surname), []).append(parts[i])
        self.dates = sorted(s for s in spans if s.entity_type == "DATE")
        years = [int(y) for s in self.dates for y in re.findall(r"\b(?:19|20)\d\d\b", s.text)]
        self.reference_year = Counter(years).most_common(1)[0][0] if years else date.today().year

    @cached_property
    def province_words(self) -> frozenset[str]:
        """The words of the provinces the text names ("brabant", "wallon"), read once per document."""
        return frozenset(word for match in province_pattern().finditer(self.text)
                         for word in fold(match.group()).split())

    def allowed(self, candidate: str) -> bool:
        """No word of the candidate, nor any part of a hyphenated one ("Nil-Saint-Vincent" after
        removing "Vincent"), is a word of the text's names."""
        return not word_parts(candidate) & self.forbidden


# the emoji of a display name after the name ("Lyna 🦋", "Youss ❤️": resolve._with_emoji)
SYMBOLS_AFTER = re.compile(rf"(?:[^\S\n]*[{EMOJI_CHARS}])+$")


def _name_parts(text: str) -> list[str]:
    """A person's mention in words, without the comma of a form's order ("EL AMRANI, Naïma")."""
    return [part for part in (part.strip(",;") for part in text.split()) if part]


def _kunya(parts: list[str]) -> bool:
    """"Abou Karim", "Oum Karim": the father, the mother of Karim (see anonymizer.link.KUNYA)."""
    return len(parts) == 2 and fold(parts[0]) in KUNYA


def _is_first_name(part: str) -> bool:
    return any(p in first_name_list() or p.title() in first_name_list() for p in part.split("-"))


INITIAL = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]|[A-Z]h)\.?(?:-[A-ZÀ-ÖØ-Þ]\.)*")  # "K.", "É.", "Ph.", "J.-M.", "A.-S."


def _surname_indices(parts: list[str]) -> list[int]:
    """Which words of a multi-word person name make the surname (first names and initials do not)."""
    if len(parts) < 2:
        return []
    patronymics = [i for i, part in enumerate(parts) if PATRONYMIC.fullmatch(part)]
    if len(parts) == 3 and patronymics in ([1], [2]):
        # "Olena Petrivna KOVALENKO", "KOVALENKO Olena Petrivna", "Коваленко Олена Петрівна": the first name
        # right before the patronymic, the surname the other word
        return [2] if patronymics == [1] else [0]
    before = [p for p in parts[:-1] if not INITIAL.fullmatch(p)]
    if before and all(p.isupper() for p in before) and any(len(p) > 2 for p in before) \
            and not parts[-1].isupper() and parts[-1][:1].isupper() and not INITIAL.fullmatch(parts[-1]):
        return list(range(len(parts) - 1))  # "DEBAISIEUX Lola", "EL OUARDI Karim": the surname in capitals
    last_first = _is_first_name(parts[-1]) and not _is_first_name(parts[-2])
    if last_first and (parts[0].lower() in PARTICLES and len(parts) > 2  # "El Ouardi Karim" (never "De Luca")
                       or in_surnames(parts[0]) and not _is_first_name(parts[0]) and not in_surnames(parts[-1])):
        return list(range(len(parts) - 1))  # "El Ouardi Mustapha", "Dupont Marie": a form's order
    first = 0
    while first < len(parts) - 1 and (_is_first_name(parts[first]) or INITIAL.fullmatch(parts[first])):
        first += 1
    if first == 0 and parts[0][:1].isupper() and not parts[0].isupper() and parts[0].lower() not in PARTICLES:
        first = 1  # "Zorblax Kwint": first name, then surname (the French order), even if unknown
    return list(range(first, len(parts)))


def _surname_parts(parts: list[str]) -> list[str]:
    return [parts[i] for i in _surname_indices(parts)]


@lru_cache(maxsize=2048)
def _communes_near(postcode: int | None) -> tuple[tuple[str, int], ...]:
    """Surrogate communes in the same postcode thousand as ``postcode`` (same province), or all of
    them; never one with ``postcode`` itself (Mons is Bergen in Dutch: another name, the same postcode)."""
    pool = tuple(c for c in surrogates.communes() if c[1] != postcode)
    if not postcode:
        return pool
    thousand = postcode // 1000 * 1000
    return tuple(c for c in pool if thousand <= c[1] < thousand + 1000) or pool


def _postcode(name: str) -> int | None:
    """A commune's postcode by any of its names ("Namen" by "Namur", "Lüttich" by "Liège")."""
    return next(filter(None, map(surrogates.postcode_of().get, place_names(name))), None)


@lru_cache(maxsize=1)
def _commune_postcodes() -> dict[str, int]:
    return dict(surrogates.communes())


@lru_cache(maxsize=32)
def _streets_of_type(type_word: str) -> tuple[str, ...]:
    """Surrogate streets of the same kind ("rue" -> "Rue ..."), or all of them."""
    return tuple(s for s in surrogates.street_names() if fold(s.split()[0]) == type_word) or surrogates.street_names()


# a person's initials written alone, dotted or not, a particle's letter in lower case: "DF", "E.P.", "TVdV"
INITIALS_CODE = re.compile(r"(?:[A-Z]\.?|[a-z](?=[A-Z])){2,4}")
Roles = dict[str, tuple[str, str]]  # folded word of a person's name -> ("first" | "surname", the whole surname)


def person_roles(documents: Sequence[Sequence[Span]], keys: Sequence[dict[Span, tuple[str, str]]],
                 texts: Sequence[str] | None = None) -> dict[str, Roles]:
    """For each person of a case (its canonical name, :func:`anonymizer.link.case_entity_keys`), which words
    of their name are first names and which the surname, read once on their fullest mention ("Karim El
    Ouardi": karim first, "el ouardi" the surname), so that every other mention ("EL OUARDI Karim", "El
    Ouardi", "Karim", "K. El Ouardi") is rendered from the same surrogate words. A word the case writes alone
    after a title ("Mme Thomas") is a surname, whatever order the fullest mention has ("Thomas Julie")."""
    fullest: dict[str, Span] = {}
    titled: set[str] = set()
    for index, (spans, doc_keys) in enumerate(zip(documents, keys, strict=True)):
        for span in spans:
            if texts is not None and span.entity_type == "PERSON" and len(span.text.split()) == 1 \
                    and title_gender(texts[index], span) is not None:
                titled.add(fold(span.text))
            entity_type, canonical = doc_keys.get(span, ("", ""))
            if entity_type != "PERSON" or _kunya(span.text.split()):
                continue
            named = [w for w in span.text.split() if not INITIAL.fullmatch(w)]
            best = fullest.get(canonical)
            if len(named) >= 2 and (best is None or _fuller(span.text, best.text)):
                fullest[canonical] = span
    roles: dict[str, Roles] = {}
    for canonical, span in fullest.items():
        parts = _name_parts(span.text)
        surname = _surname_indices(parts)
        named_titled = [i for i, part in enumerate(parts) if fold(part) in titled and not INITIAL.fullmatch(part)]
        # ("Thomas Julie" ... "Mme Thomas": Julie can only be a first name; "Julie Thomas" ... "Mme Julie" keeps
        # Thomas, a surname too, as the surname)
        read_as_surname = [parts[j] for j in surname]
        if named_titled and not set(named_titled) & set(surname) and len(named_titled) < len(parts) \
                and all(_is_first_name(word) and not in_surnames(word) for word in read_as_surname):
            surname = named_titled
        if not surname:
            continue
        whole = " ".join(parts[j] for j in surname)
        entity: Roles = {}
        for i, part in enumerate(parts):
            if INITIAL.fullmatch(part):
                continue
            for piece in {fold(part), *(fold(p) for p in part.split("-"))}:
                entity.setdefault(piece, ("surname", whole) if i in surname else ("first", part))
        roles[canonical] = entity
    return roles




def _spelt_as(named: list[str], roles: Roles) -> dict[str, str] | None:
    """Each written word of a mention -> its word in the person's roles: itself, or the one word of the roles
    it spells differently ("Amrany" of "Amrani", "Stephan" of "Stefan", "Al-Hamwi" of "Al Hamwi") or shortens
    ("Yass" of "Yassine": :func:`anonymizer.link.same_person_word`); None when a word has none."""
    spelt: dict[str, str] = {}
    unspelt: list[str] = []
    for part in named:
        folded = fold(part)
        if folded in roles:
            spelt[folded] = folded
            continue
        pieces = re.split(r"[-\s]", folded)
        if len(pieces) > 1 and all(piece in roles for piece in pieces):  # "Al-Hamwi" of "Al Hamwi"
            spelt[folded] = pieces[-1]
            continue
        close = [word for word in roles if close_spelling(folded, word)] \
            or [word for word in roles if same_person_word(folded, word)]  # "Yass" of "Yassine"
        if len(close) > 1:
            return None
        if close:
            spelt[folded] = close[0]
        else:
            unspelt.append(folded)
    if not unspelt:
        return spelt
    # one word no rule spells beside her surname, when the case resolved the mention to her: another name of her
    # first name's ("Jo Lemaire" of "Jonathan Lemaire (Jo)", "Mhamed Azzouzi" of "AZZOUZI Mohammed (prénom usuel
    # « Mhamed »)")
    first = [word for word, (role, _) in roles.items() if role == "first" and word not in spelt.values()
             and " " not in word and "-" not in word]
    surname_written = any(roles[word][0] == "surname" for word in spelt.values())
    if len(unspelt) == 1 and len(first) == 1 and surname_written:
        spelt[unspelt[0]] = first[0]
        return spelt
    return None


def _fuller(text: str, than: str) -> bool:
    """More words, or as many with a surname in capitals (which says best which word is the surname), or opening
    with a known first name ("Luc Vanderstraeten" rather than "Vanderstraeten Luc")."""
    def rank(name: str) -> tuple[int, bool, bool]:
        words_ = [w for w in name.split() if not INITIAL.fullmatch(w)]
        capitals = any(w.isupper() and len(w) > 2 for w in words_) and not name.isupper()
        return len(words_), capitals, _is_first_name(words_[0]) and not _is_first_name(words_[-1])
    return rank(text) > rank(than)


class Pseudonymizer:
    def __init__(self, key: CaseKey, options: PseudoOptions = PseudoOptions()) -> None:
        self.key = key
        self.options = options
        # surrogates already given, per kind (rebuilt from the key once, not at every decision)
        self._used: dict[str, set[str]] = {}
        for slot, surrogate in key.mapping.items():
            self._used.setdefault(slot.split("|", 1)[0], set()).add(surrogate)
        if key.date_offset_days is None:
            # whole weeks (weekdays stay right), more than a year either way (no date keeps its year)
            rng = random.Random(f"{key.seed}|dates")
            key.date_offset_days = 7 * rng.choice([w for w in range(-104, 105) if abs(w) >= MIN_SHIFT_WEEKS])

    # -- shared machinery ------------------------------------------------------------------------
    def _decide(self, kind: str, original: str, choose, ctx: DocumentContext, fits=None) -> str:
        """The recorded surrogate for (kind, original), choosing one (and recording it) if new; ``fits``, when
        given, is a preference: it must accept the surrogate in the first half of the tries only."""
        slot = f"{kind}|{fold(original)}"
        if slot in self.key.mapping:
            return self.key.mapping[slot]
        used = self._used.setdefault(kind, set())
        rng = random.Random(f"{self.key.seed}|{slot}")
        candidate = None
        for attempt in range(MAX_TRIES):
            candidate = choose(rng)
            if candidate not in used and fold(candidate) != fold(original) and ctx.allowed(candidate) \
                    and (fits is None or attempt >= MAX_TRIES // 2 or fits(candidate)):
                break
        self.key.mapping[slot] = candidate
        used.add(candidate)
        return candidate

    # -- people ---------------------------------------------------------------------------------------
    def _gender(self, span: Span, part: str, ctx: DocumentContext) -> str:
        found = surrogates.gender_of_first_name(part)
        if found:
            return found
        before, after = ctx.text[max(0, span.start - 12):span.start], ctx.text[span.end:span.end + 12]
        if FEMALE_CUES.search(before):
            return "F"
        if MALE_CUES.search(before):
            return "M"
        birth = BIRTH_AFTER.match(after)
        if birth:
            return "F" if birth.group(1) == "née" else "M"
        return "X"

    def _first_name(self, span: Span, part: str, ctx: DocumentContext) -> str:
        pieces = part.split("-")
        out = []
        for piece in pieces:
            gender = self._gender(span, piece, ctx)
            names = surrogates.first_names_by_gender()[gender]
            taken = () if f"FIRST|{fold(piece)}" in self.key.mapping else self._initials_taken(piece)
            out.append(like_case(piece, self._decide("FIRST", piece, lambda r, n=names: r.choice(n), ctx,
                                                     lambda name, t=taken: fold(name)[:1] not in t)))
        return "-".join(out)

    def _initials_taken(self, first_name: str) -> frozenset[str]:
        """The initials of the surrogates of first names with another initial: two people the text tells apart by
        their initial ("O. Al-Hamwi", "R. Al-Hamwi") keep distinct initials."""
        mine = fold(first_name)[:1]
        return frozenset(fold(new)[:1] for slot, new in self.key.mapping.items()
                         if slot.startswith("FIRST|") and slot[6:7] != mine)

    def _surname(self, part: str, ctx: DocumentContext) -> str:
        head, hyphen, rest = part.partition("-")
        if hyphen and head.lower() in PARTICLES:
            part = f"{head} {rest}"  # "Al-Hamwi" is the family's "Al Hamwi": one surrogate for the family
        if " " in part:  # "Van der Linden", "El Idrissi": one surname
            new = self._decide("SURNAME", part, lambda r: r.choice(surrogates.surnames()), ctx)
            return like_case(part.split()[-1], new)
        return "-".join(like_case(p, self._decide("SURNAME", p, lambda r: r.choice(surrogates.surnames()), ctx))
                        for p in part.split("-"))

    def _initial(self, part: str, ctx: DocumentContext) -> str:
        letter = self._decide("INITIAL", part.rstrip("."), lambda r: r.choice("ABCDEFGHIJLMNPRSTVY"), ctx)
        return letter + ("." if part.endswith(".") else "")

    def person(self, span: Span, ctx: DocumentContext, roles: Roles | None = None) -> str:
        symbols = SYMBOLS_AFTER.search(span.text)
        if symbols and symbols.start() > 0:  # a messaging app's display name and its emoji ("Youss ❤️"): the
            # name's surrogate (the one its other mentions get), the emoji as written
            name = dataclasses.replace(span, end=span.start + symbols.start(), text=span.text[:symbols.start()])
            return self.person(name, ctx, roles) + symbols.group()
        new = self._person(span, ctx, roles)
        head = span.text.split(",")[0]
        if re.fullmatch(r"[^,]+,\s*[^,\s][^,]*", span.text) and " " in new \
                and not any(INITIAL.fullmatch(word) for word in head.split()):  # "EL AMRANI, Naïma": a form's order
            surname, rest = new.split(" ", 1)
            return f"{surname}, {rest}"
        return new

    def _person(self, span: Span, ctx: DocumentContext, roles: Roles | None) -> str:
        text = span.text
        if roles and INITIALS_CODE.fullmatch(text) and fold(text) not in roles \
                and (code := self._initials_code(span, roles, ctx)):  # (not a short surname in capitals: "BAH")
            return code
        if re.fullmatch(r"(?:[A-Z]\.\s?){2,3}", text):  # initials "J.I."
            return "".join(self._initial(p + ".", ctx) for p in re.findall(r"[A-Z]", text))
        parts = _name_parts(text)
        if _kunya(parts):  # "Abou Karim", the father of Karim: "Abou" and the child's surrogate first name
            return f"{parts[0]} {self._first_name(span, parts[1], ctx)}"
        named = [part for part in parts if not INITIAL.fullmatch(part)]
        spelt = _spelt_as(named, roles) if roles and named else None
        if spelt is not None:
            return self._person_by_roles(span, parts, roles, ctx, spelt)
        if len(parts) == 1:
            part = parts[0]
            if INITIAL.fullmatch(part):
                return self._initial(part, ctx)
            first = next((written for role, written in (roles or {}).values() if role == "first"), None)
            if first is not None and not part.isupper() and title_gender(ctx.text, span) is None \
                    and (_is_first_name(part) or not in_surnames(part)):
                # a nickname or a respelling of a person's first name no rule ties to it ("Bibo" of "Ayoub
                # AZZOUZI dit « Bibo »"), resolved to her by the case: her first name's surrogate (a surname, in
                # capitals or after a title, keeps a surname's)
                return like_case(part, self._first_name(span, first, ctx))
            if fold(part) in ctx.surnames or not _is_first_name(part):
                return self._surname(part, ctx)
            return self._first_name(span, part, ctx)
        surname = _surname_indices(parts)
        named = ctx.first_names.get(_surname_key(parts, surname), []) if surname else []
        out = []
        for i, part in enumerate(parts):
            if surname and i == surname[0]:
                out.append(self._surname(" ".join(parts[j] for j in surname), ctx))
            elif i not in surname:
                initial = INITIAL.fullmatch(part)
                out.append(self._initial_of(span, part, named, ctx) if initial else self._first_name(span, part, ctx))
        return " ".join(out)

    def _initials_code(self, span: Span, roles: Roles, ctx: DocumentContext) -> str | None:
        """A person's initials ("DF", "E.P.", "TVdV") the case ties to her: the initials of her surrogate, its first
        name's then its surname's, as many as the mention writes (the first name's first letter and the surname's
        when it writes two: "Anne-Sophie Martin" -> "Delphine-Noëlle Toubeau": "AM" -> "DT"), dotted when the mention
        is; None when they spell a kept term ("AS"): the caller renders the mention otherwise."""
        firsts = list(dict.fromkeys(written for role, written in roles.values() if role == "first"))
        surnames = list(dict.fromkeys(written for role, written in roles.values() if role == "surname"))
        if not firsts or not surnames:
            return None
        first = [piece[0].upper() for piece in re.split(r"[\s-]+", self._first_name(span, firsts[0], ctx)) if piece]
        last = [piece[0].upper() for piece in re.split(r"[\s-]+", self._surname(surnames[0].title(), ctx))
                if piece[:1].isupper()] or ["X"]
        wanted = len(re.sub(r"[^A-Za-z]", "", span.text))
        letters = (first[:max(1, wanted - len(last))] + last)[:wanted] if wanted > 1 else first[:1]
        code = "".join(f"{letter}." for letter in letters) if "." in span.text else "".join(letters)
        return None if default_policy().is_kept(code) else code

    def _person_by_roles(self, span: Span, parts: list[str], roles: Roles, ctx: DocumentContext,
                         spelt: dict[str, str]) -> str:
        """A mention rendered word by word from its person's roles: the surname's surrogate once, where the
        mention writes it (in its case: "EL OUARDI Karim" -> "GODART Wouter"), each first name's (as the fullest
        mention spells it: "Stephan" of "Stefan Moldovan" is Stefan's surrogate), and an initial from the first
        name it stands for. ``spelt``: each written word's word in the roles."""
        first_names = [written for role, written in roles.values() if role == "first"]
        out, surname_done = [], False
        for part in parts:
            if INITIAL.fullmatch(part):
                out.append(self._initial_of(span, part, first_names, ctx))
                continue
            role, written = roles[spelt[fold(part)]]
            if role == "first":
                out.append(like_case(part, self._first_name(span, written, ctx)))
            elif not surname_done:
                # the surname's surrogate, written as this mention writes its surname (not as the fullest one did)
                new = self._surname(written.title(), ctx)
                mention = " ".join(p for p in parts
                                   if not INITIAL.fullmatch(p) and roles[spelt[fold(p)]][0] == "surname")
                out.append(new.upper() if mention.isupper() else new.lower() if mention.islower() else new)
                surname_done = True
        return " ".join(out)

    def _initial_of(self, span: Span, part: str, first_names: list[str], ctx: DocumentContext) -> str:
        """An initial before a surname: the initial of the surrogate of the first name written in full
        with that surname elsewhere in the text ("Sophie Claessens" ... "S. Claessens"), else one of its own."""
        for first_name in first_names:
            if first_name[:1] == part[:1]:
                return self._first_name(span, first_name, ctx)[:1] + ("." if part.endswith(".") else "")
        return self._initial(part, ctx)

    # -- places, schools, organisations ---------------------------------------------------------------
    def _commune(self, name: str, ctx: DocumentContext) -> tuple[str, int]:
        postcode = _postcode(name)
        pool = _communes_near(postcode)
        # one town whatever its language ("Hal", "Halle"); a key that recorded the written name keeps it
        written = f"PLACE|{fold(name)}" in self.key.mapping
        chosen = self._decide("PLACE", name if written else place_key(name) or name, lambda r: r.choice(pool)[0], ctx)
        return chosen, _commune_postcodes().get(chosen, 1000)

    def _street(self, original: str, ctx: DocumentContext) -> str:
        type_word = original.split()[0]
        pool = _streets_of_type(fold(type_word))
        # one street whatever its type's abbreviation ("av. des Érables", "avenue des Érables")
        chosen = self._decide("STREET", address_key(original) or original, lambda r: r.choice(pool), ctx)
        return type_word + chosen[len(chosen.split()[0]):]

    def location(self, span: Span, ctx: DocumentContext, entity: str = "") -> str:
        """``entity``: the place's entity in the case, when known ("Marchienne" is Marchienne-au-Pont: its
        commune's surrogate, not "une autre localité")."""
        text = span.text
        if re.match(rf"{STREET_TYPES}\s", text):
            return "une rue" if self.options.places == "generalise" else self._street(text, ctx)
        if (province := province_in(text)) is not None:
            return "une province" if self.options.places == "generalise" else self._province(text, *province, ctx)
        postcode = re.match(r"^(\d{4})\s+(.+)$", text)
        name = postcode.group(2) if postcode else text
        # a town written in another language ("Namen", "Lüttich") by the name our commune list holds
        known = _postcode(name)
        if self.options.places == "generalise":
            return f"une commune {surrogates.region_phrase(known)}" if known else "une autre localité"
        written = name
        if not known and entity and not postcode and (known := _postcode(entity)):
            name = entity
        if not known:
            return self._town_abroad(name, ctx) or "une autre localité"
        commune, code = self._commune(name, ctx)
        name = written
        return f"{code} {like_case(name, commune)}" if postcode else like_case(name, commune)

    def _province(self, text: str, start: int, end: int, french: str, ctx: DocumentContext) -> str:
        """Another province of the same gender, in French, a cardinal point kept ("Ouest Brabant wallon" -> "Ouest
        Hainaut"); one per province whatever its language ("Waals-Brabant", "Brabant wallon"); none the text names
        (nor shares a word with a province it names: "Brabant" would stay), none given to another province: when
        none is left, "une autre province"."""
        gender = "F" if french in surrogates.PROVINCE_SURROGATES["F"] else "M"
        used = self._used.get("PROVINCE", set())
        pool = [other for other in surrogates.PROVINCE_SURROGATES[gender] if other not in used and ctx.allowed(other)
                and not set(fold(other).split()) & (ctx.province_words | set(fold(french).split()))] \
            or ["une autre province"]
        chosen = self._decide("PROVINCE", french, lambda r: r.choice(pool), ctx)
        if chosen == "une autre province":
            return chosen  # (its cardinal point too: not "une autre province-Ouest")
        return text[:start] + like_case(text[start:end], chosen) + text[end:]

    def _town_abroad(self, name: str, ctx: DocumentContext) -> str | None:
        """Another town of the same country ("Nador" -> a Moroccan town), one per town whatever its written form
        ("Antep", "Gaziantep"); None for a place no list holds."""
        found = foreign_town(name)
        pool = [town for town in towns_in(found[1]) if fold(town) != fold(found[0])] if found else []
        if not pool:
            return None
        return like_case(name, self._decide("PLACE", found[0], lambda r: r.choice(pool), ctx))

    def address(self, span: Span, ctx: DocumentContext) -> str:
        text = span.text
        post = re.search(r"(?:[BF]-)?(\d{4})\s+([^\d,]+)$", text)
        commune = post.group(2).strip() if post else None
        if self.options.places == "generalise":
            known = surrogates.postcode_of().get(fold(commune or ""))
            return f"une adresse {surrogates.region_phrase(known)}" if known else "une adresse"
        street = re.search(rf"{STREET_TYPES}\s+[^\d,]+?(?=\s*,?\s*(?:n°\s*)?\d|$)", text)
        # one address whatever its writing: the same number and box for "rue des Forgerons 12" and "rue des
        # Forgerons 12, 1480 Clabecq"
        rng = random.Random(f"{self.key.seed}|ADDRESS|{address_key(text)}")
        out = text[:post.start()] if post else text
        if street:
            out = out.replace(street.group().strip(), self._street(street.group().strip(), ctx), 1)
        out = re.sub(r"\d+", lambda m: str(rng.randint(1, 150)) if len(m.group()) < 4 else m.group(), out)
        if post:
            new_commune, code = self._commune(commune, ctx)
            out += text[post.start():post.start(1)] + f"{code} {new_commune}"
        elif (town := TOWN_AFTER_NUMBER.search(out)) is not None and town.group(1) in places():
            # "rue de la Boverie 23 Seraing": no postcode
            out = out[:town.start(1)] + like_case(town.group(1), self._commune(town.group(1), ctx)[0])
        if _words_left(text, out):
            # a street named before its type ("Brusselsesteenweg", "Lütticher Straße"), an address abroad ("14
            # Narborough Road, Leicester"), a name before the street in a table's row: none of its words may stay,
            # so a street of our own, its number, and the commune when a postcode said which
            chosen = self._decide("STREET", address_key(text) or text, lambda r: r.choice(surrogates.street_names()),
                                  ctx)
            out = f"{chosen} {rng.randint(1, 150)}"
            if post:
                new_commune, code = self._commune(commune, ctx)
                out += f", {code} {new_commune}"
        return out

    def named(self, span: Span, ctx: DocumentContext, pool: tuple[str, ...], kind: str, entity: str = "") -> str:
        """A service's or school's invented name, one per entity of the case ("Institut Saint-Lambert" and
        "Saint-Lambert" are "Institut des Collines" and "des Collines"), with the kind word it was written with.
        A key written before entities were linked keeps what it gave to this very writing."""
        head = TYPE_WORD_RE.match(span.text)
        used = self._used.get(kind, set())
        allowed = [name for name in pool if ctx.allowed(name)]
        free = [name for name in allowed if name not in used]
        # the invented names run out in a large batch (or are names of its documents): then an invented
        # name with a place-like qualifier ("La Boussole des Prés"), its base given to no other name if
        # there is one left
        bases = ([name for name in allowed if not any(given.startswith(name) for given in used)] or allowed
                 or ["Service" if kind == "ORG" else "École"])  # "Service du Nord"
        original = span.text if not entity or f"{kind}|{fold(span.text)}" in self.key.mapping else entity
        chosen = self._decide(kind, original, lambda r: r.choice(free) if free else
                              f"{r.choice(bases)} {r.choice(surrogates.name_qualifiers())}", ctx)
        if head:
            return f"{head.group()} {chosen}"
        # an acronym ("ULB", "VUB") is no heading in capitals: its surrogate is written as a name
        return chosen if ACRONYM.fullmatch(span.text) else like_case(span.text, chosen)

    # -- dates and numbers ----------------------------------------------------------------------------
    def date(self, span: Span, ctx: DocumentContext, entity: str = "") -> str:
        """``entity``: the date's key in the case ("2024-10-17", "--10-17"): a date written without its year
        takes the year of its full writing elsewhere, so that all its writings get one surrogate, and a day
        written alone ("jeudi 17") is shifted with its month."""
        whole = re.fullmatch(r"(\d{4}|-)-(\d\d)-(\d\d)", entity)
        year = int(whole[1]) if whole and whole[1] != "-" else ctx.reference_year
        if self.options.dates == "generalise":
            result = dates.generalise(span.text, year)
        else:
            result = dates.shift(span.text, self.key.date_offset_days, year)
            if result is None and whole:
                try:
                    old = date(year, int(whole[2]), int(whole[3]))
                except ValueError:  # "--02-29" in a year without one
                    old = None
                shifted = dates.shift_day(span.text, old, self.key.date_offset_days) if old else None
                result = self._range_start_month(ctx, span, old, shifted) if shifted else None
        return result if result is not None else "[DATE]"

    def _range_start_month(self, ctx: DocumentContext, span: Span, old: date, shifted: str) -> str:
        """The first day of a range ("du 3 au 7 mars") takes its month when shifted into another month than the
        range's end ("du 27 avril au 1er mai"), else it would read as a day of the end's month."""
        end = next((other for other in ctx.dates if other.start > span.end
                    and dates.RANGE_LINK.fullmatch(ctx.text, span.end, other.start)), None)
        written = dates.parse(end.text, old.year) if end is not None else None
        if written is None:
            return shifted
        last_day = written.value.day
        try:
            last = old.replace(day=last_day) if last_day >= old.day else \
                (old.replace(day=1) + timedelta(days=32)).replace(day=last_day)
            offset = timedelta(days=self.key.date_offset_days)
            new_first, new_last = old + offset, last + offset
        except (ValueError, OverflowError):  # no such day in the month the range would end in; year 9999
            return shifted
        return shifted if new_first.month == new_last.month else f"{shifted} {dates.MONTHS[new_first.month - 1]}"

    def number(self, span: Span, ctx: DocumentContext, entity: str = "") -> str:
        kind = span.entity_type
        makers = {"NISS": fakes.fake_niss, "IBAN": fakes.fake_iban, "BCE": fakes.fake_bce, "ID_CARD": fakes.fake_eid,
                  "PHONE": fakes.fake_phone}
        maker = makers.get(kind, self._scrambled)
        # the same number written another way ("0479 12 44 80", "0479/12.44.80"; "2025/00347" of
        # "SPJ/BXL/2025/00347", linked in the case) gets the same digits, laid out as this writing is
        same = f"{kind}#{entity or number_key(span.text, kind)}"
        digits = re.sub(r"\D", "", span.text)
        groups = re.findall(r"\d+", span.text)  # (a reference's groups of digits, as written)
        earlier = self.key.mapping.get(same)
        if earlier is not None and kind == "PHONE" and digits:  # "+32 479…" after "0479…": the same fake
            earlier = _phone_written_as(earlier, span.text) or earlier  # number, in this writing's convention
        if earlier is not None and digits and (len(re.sub(r"\D", "", earlier)) == len(digits) or kind == "CASE_REF"):
            # (and the letters of a reference from that surrogate, or scrambled: never this writing's own)
            letters = None
            if kind != "PHONE" and re.search(r"[A-Za-z]", span.text):
                letters = "".join(re.findall(r"[A-Za-z]", earlier)) or "".join(re.findall(
                    r"[A-Za-z]", fakes.scramble(span.text, random.Random(f"{self.key.seed}|{same}"))))
            if kind == "CASE_REF" and list(map(len, groups)) != [len(group) for group in re.findall(r"\d+", earlier)]:
                # a reference written with fewer or more groups ("1873/2025" of "NI.55.L3.001873/2025"): each group
                # the surrogate its group got ("001873" and "1873", "2025" and "25" being one group)
                return fakes.relayout(span.text, "".join(self._reference_group(same, group) for group in groups),
                                      letters)
            return fakes.relayout(span.text, re.sub(r"\D", "", earlier), letters)
        new = self._decide(kind, span.text, lambda r: maker(span.text, r), ctx)
        self.key.mapping.setdefault(same, new)
        if kind == "CASE_REF":
            for group, faked in zip(groups, re.findall(r"\d+", new), strict=False):
                if len(group) == len(faked):
                    value = reference_group(group)
                    self.key.mapping.setdefault(f"{same}|{value}", faked[len(faked) - len(value):])
                    self.key.mapping.setdefault(f"{same}|{value}|{len(group)}", faked)
        return new

    def _reference_group(self, same: str, group: str) -> str:
        """The surrogate of one group of digits of a reference ``same`` (kind#key), written as ``group`` is: the
        one its value got in another writing, else drawn (and recorded) now; a year stays a year in 20xx."""
        value = reference_group(group)
        slot = f"{same}|{value}"
        if f"{slot}|{len(group)}" in self.key.mapping:  # written so before: as it was faked then
            return self.key.mapping[f"{slot}|{len(group)}"]
        if slot not in self.key.mapping:
            rng = random.Random(f"{self.key.seed}|{slot}")
            faked = value
            while faked == value:  # (never the group's own digits: a one-digit group would keep them one time in 9)
                faked = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(len(value) - 1))
            self.key.mapping[slot] = faked
        faked = self.key.mapping[slot]
        if REFERENCE_YEAR.fullmatch(group):
            return "20" + faked[-2:].zfill(2)
        return faked.zfill(len(group))[-len(group):]

    @staticmethod
    def _scrambled(original: str, rng: random.Random) -> str:
        out = fakes.scramble(original, rng)
        return re.sub(r"^0", str(rng.randint(1, 9)), out) if re.match(r"^\d-[A-Z]{3}", original) else out

    def email(self, span: Span, ctx: DocumentContext) -> str:
        local, _, domain = span.text.partition("@")
        new_domain = domain if domain.lower() in MAIL_PROVIDERS else "exemple.be"

        def choose(rng: random.Random) -> str:
            first = fold(rng.choice(surrogates.first_names_by_gender()["X" if rng.random() < 0.2 else "F"]))
            last = fold(rng.choice(surrogates.surnames()))
            return re.sub(r"[^a-z.]", "", f"{first}.{last}")
        return f"{self._decide('EMAIL', local, choose, ctx)}@{new_domain}"

    def handle(self, original: str, ctx: DocumentContext) -> str:
        def choose(rng: random.Random) -> str:
            base = fold(rng.choice(surrogates.first_names_by_gender()["X"] + surrogates.first_names_by_gender()["F"]))
            letters = "".join(rng.choice("abcdefghkmnprstvz") for _ in range(3))
            return re.sub(r"[^a-z]", "", base)[:6] + rng.choice("._") + letters + str(rng.randint(10, 99))
        return ("@" if original.startswith("@") else "") + self._decide("SOCIAL", original.lstrip("@"), choose, ctx)

    def _spelt(self, span: Span, ctx: DocumentContext) -> str:
        """A name spelt letter by letter ("M-E-B-R-A-T", "K A L O N J I") is the surrogate of the name it spells,
        spelt so (never a first name per letter, whose count and repeats would spell the original back)."""
        original = span.text
        spaced = SPACED.fullmatch(original) is not None  # "K A L O N J I", "v e r m e u l e n"
        letters = re.sub(r"\s", "", original).upper() if spaced else re.sub(r"[^A-Z]", "", original)  # (the capitals:
        # "tiret" and "espace" go with the rest)
        word = letters.capitalize()
        # (the surrogate of the name it spells, as its other mentions have it: "Mme Kalonji, K A L O N J I")
        name = self._first_name(span, word, ctx) \
            if _is_first_name(word) and fold(word) not in ctx.surnames else self._surname(word, ctx)
        spelt = (" " if spaced else "-").join(c for c in fold(name).upper() if c.isalpha())
        return spelt.lower() if original.islower() else spelt

    def url(self, span: Span, ctx: DocumentContext) -> str:
        site = next((s for s in SOCIAL_SITES if s in span.text.lower()), None)
        scheme = re.match(r"^(?:https?://)?(?:www\.)?", span.text, re.IGNORECASE).group()
        if site:
            return f"{scheme}{site}/{self.handle(span.text, ctx).lstrip('@')}"
        return f"{scheme}exemple.be"

    # -- entry point ----------------------------------------------------------------------------------
    def surrogate(self, span: Span, ctx: DocumentContext, tag_numbers: dict[str, int], roles: Roles | None = None,
                  entity: str = "") -> str:
        """``entity``: the span's entity in the case (link.case_entity_keys), when known."""
        kind = span.entity_type
        maker = entity_type(kind).surrogate  # the table of types says how each type is replaced
        if maker == "school":
            return self.named(span, ctx, surrogates.school_names(), "SCHOOL", entity)
        if maker == "organization":
            return self.named(span, ctx, surrogates.service_names(), "ORG", entity)
        if maker == "social":
            return self.handle(span.text, ctx)
        if maker == "person" and (SPELT.fullmatch(span.text) or SPACED.fullmatch(span.text)):
            return self._spelt(span, ctx)
        if maker == "person":
            return self.person(span, ctx, roles)
        if maker == "date":
            return self.date(span, ctx, entity)
        if maker == "location":
            return self.location(span, ctx, entity)
        if maker in ("address", "email", "url"):
            return getattr(self, maker)(span, ctx)
        if self.options.numbers == "tag" or maker == "tag":
            number = tag_numbers.setdefault(f"{kind}|{fold(span.text)}", len(tag_numbers) + 1)
            return f"[{tag_of(kind)}_{number}]"
        return self.number(span, ctx, entity)

    def replacements(self, text: str, spans: list[Span], people: tuple[dict[Span, tuple[str, str]],
                                                                      dict[str, Roles]] | None = None
                     ) -> dict[Span, str]:
        """Each span's surrogate, chosen on the composed (NFC) text: a decomposed "Hélène" is the same
        first name as "Hélène" (:mod:`anonymizer.normal`); the spans returned are the original's.
        ``people``: the case's keys of this document's spans and the roles of its people's words
        (:func:`person_roles`), when the case has been linked; else this document's own."""
        if people is None:
            keys = case_entity_keys([spans], (), [text])
            people = (keys[0], person_roles([spans], keys, [text]))
        keys, roles = people
        view = Normalised.of(text)
        moved = view.forth(spans)
        entity_of = {new: keys.get(old, ("", ""))[1] for old, new in zip(spans, moved, strict=True)}
        # a name the case links to an entity of another type is replaced as that entity ("Saint-Lambert" read
        # as a place in one sentence is the institute's short name: a school's surrogate)
        typed_as = {new: keys[old][0] for old, new in zip(spans, moved, strict=True)
                    if old in keys and keys[old][0] != old.entity_type
                    and {keys[old][0], old.entity_type} <= set(NAME_TYPES)}
        text, spans = view.text, moved
        ctx = DocumentContext(text, spans, self.options.avoid)
        tag_numbers: dict[str, int] = {}
        chosen = []
        for span in sorted(spans):
            as_entity = dataclasses.replace(span, entity_type=typed_as[span]) if span in typed_as else span
            try:
                new = self.surrogate(as_entity, ctx, tag_numbers, roles.get(entity_of[span]), entity_of[span])
            except Exception as exc:  # noqa: BLE001 - a surrogate that cannot be made: the span is replaced all the same
                # (the exception's type only: its message may quote the original)
                logger.info("pseudonyme impossible pour un élément %s (%s) ; remplacé par son étiquette",
                            span.entity_type, type(exc).__name__)
                new = f"[{tag_of(span.entity_type)}]"
            contracted = contract(text, span, new) if span.entity_type in ARTICLE_TYPES else None
            chosen.append(contracted or elide(text, span, new))
        return dict(zip(view.back([span for span, _ in chosen]), (new for _, new in chosen), strict=True))


def _words_left(original: str, new: str) -> list[str]:
    """The words of an address that its surrogate still holds, but for street types, boxes and function words."""
    return [word for word in re.findall(r"[^\W\d_]{3,}", original)
            if fold(word) not in _address_words() and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", new)]


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    boxes_and_floors = ("bte", "bus", "boite", "box", "flat", "app", "appt", "apt", "etage", "rez")
    return frozenset({fold(word) for word in (*vocabulary.street_types(), *vocabulary.street_suffixes(),
                                              *boxes_and_floors)} | vocabulary.stop_words())


# a name spelt letter by letter, from two letters ("M-E-B-R-A-T", "O-U-L-E-D tiret S-I-D-I")
SPELT = re.compile(vocabulary.spelt_name_re(2))
# ... or with spaces, as a voicemail's transcript writes it ("K A L O N J I": recognizers.names.spelt_name)
SPACED = re.compile(vocabulary.spaced_name_re())
# the words after an address's house number when no postcode comes first: its commune ("... 23 Seraing")
TOWN_AFTER_NUMBER = re.compile(r"\d\w?[^\S\n]*(?:bte|boîte|bus|b)?[^\S\n]*\d*[,\s]+([^\W\d_][^\d,]*?)\s*$")
# Surrogates of these types may open with an article ("Le Relais", "La Source") or be a phrase
# ("une autre localité"); a person's "Le" is part of the surname ("Le Clercq") and stays.
ARTICLE_TYPES = frozenset({"ORGANIZATION", "SCHOOL", "LOCATION"})
# what the sentence puts before the name: a preposition and a determiner, fused or not
BEFORE_NAME = re.compile(
    r"(?<![\w'’])(?:(?P<fused>aux|au|du|des)\s+|(?P<prep>à|de)\s+(?:(?P<det>la)\s+|(?P<elided>l['’]))?"
    r"|(?P<alone>les|le|la)\s+|(?P<alone_elided>l['’]))$", re.IGNORECASE)
SURROGATE_ARTICLE = re.compile(r"^(?:(?P<art>Les|Le|La|une|un)\s+|(?P<art_elided>L['’]))(?=\w)")
FUSING = {(prep, article.capitalize()): fused for fused, (prep, article) in FUSED_ARTICLES.items()}


def contract(text: str, span: Span, new: str) -> tuple[Span, str] | None:
    """The sentence's preposition and article agreed with a surrogate that brings its own: "au Le
    Relais" -> "au Relais", "de la Les Bruyères" -> "des Bruyères", "du une autre localité" ->
    "d'une autre localité", "à la L'Étoile" -> "à L'Étoile". The words before are taken into the
    replaced span (recorded and reversible, as for elision); None when there is nothing to agree."""
    article = SURROGATE_ARTICLE.match(new)
    before = BEFORE_NAME.search(text, max(0, span.start - 8), span.start)
    if article is None or before is None:
        return None
    # None when only a determiner stands before the name ("le Figaro" -> "Les Coquelicots")
    prep = FUSED_ARTICLES[before["fused"].lower()][0] if before["fused"] else (before["prep"] or "").lower() or None
    art = article["art"] or article["art_elided"]
    rest = new[article.end():]
    if art in ("une", "un"):
        joined = {None: "", "à": "à ", "de": "d'"}[prep] + new
    elif art in ("Le", "Les") and prep is not None:
        joined = f"{FUSING[prep, art]} {rest}"
    else:
        joined = (f"{prep} " if prep else "") + new
    if before.group()[0].isupper():
        joined = joined[0].upper() + joined[1:]
    if joined == before.group() + new:
        return None
    return Span.of(text, before.start(), span.end, span.entity_type, span.score, span.source), joined


ELIDED = re.compile(r"(?<![\w])([dDqQ]u?)['’]$")
FULL = re.compile(r"(?<![\w])([dD]e|[qQ]ue) $")
VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöûüœhAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜŒH]")


def elide(text: str, span: Span, new: str) -> tuple[Span, str]:
    """French elision before the surrogate: "d'Enzo" -> "de Tommy", "de Kevin" -> "d'Anas".
    The article is taken into the replaced span, so the change is recorded and reversible."""
    before = text[max(0, span.start - 8):span.start]  # (enough to see the letter before "que": "plaque", "chaque")
    elided, full = ELIDED.search(before), FULL.search(before)
    if elided and not VOWEL.match(new) and new[:1].isalpha():
        article = "de" if elided.group(1).lower() == "d" else "que"
        article = article.capitalize() if elided.group(1)[0].isupper() else article
        start = span.start - len(elided.group())
        return Span.of(text, start, span.end, span.entity_type, span.score, span.source), f"{article} {new}"
    if full and VOWEL.match(new):
        article = full.group(1)[:-1] + "'"  # "de" -> "d'", "que" -> "qu'"
        start = span.start - len(full.group())
        return Span.of(text, start, span.end, span.entity_type, span.score, span.source), article + new
    return span, new


TRUNK_ZERO = re.compile(r"(?:\+|00)\d{1,3}[^\S\n]?\([^\S\n]?0[^\S\n]?\)")


def _phone_written_as(fake: str, writing: str) -> str | None:
    """The digits of the phone number ``fake`` as ``writing`` writes a number: with "+" and the country code,
    with "00" and the country code, or nationally ("0" and the number, for Belgium or the country the writing is
    read as)."""
    parts = phone_parts(fake)
    if parts is None:
        return None
    country, national, _extension = parts
    stripped = writing.lstrip()
    trunk = "0" if TRUNK_ZERO.match(stripped) else ""  # "+32(0)476/58.21.09": the national zero in brackets
    if stripped.startswith("+"):
        return f"{country}{trunk}{national}"
    if stripped.startswith("00"):
        return f"00{country}{trunk}{national}"
    own = phone_parts(writing)  # (a neighbour's number written nationally: "0170 4428391" after "+49 170 4428391")
    return f"0{national}" if country == 32 or own is not None and own[0] == country else None

