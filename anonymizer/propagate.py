"""Propagation stage: every other mention of a detected name is detected too.

Once a person, place, school or organisation is found anywhere in a document (or, for a folder run,
in another document of the same case: ``known``), each other occurrence of its surface form is
marked, and for a person each of its name parts as well ("Kevin Dumoulin" -> "Kevin", "Dumoulin",
"DUMOULIN", "dumoulin"), case- and accent-insensitively. A lower-case occurrence that is an ordinary
French word ("grâce à", "rose") is left alone unless the name itself was written in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from anonymizer import vocabulary
from anonymizer.entity_types import propagated_types
from anonymizer.keeplist import KeepPolicy
from anonymizer.link import service_acronym
from anonymizer.models.lexicon import (
    is_adjective,
    is_common_word,
    is_family_language_word,
    is_foreign_word,
    is_unaccented_word,
    is_word,
)
from anonymizer.recognizers.lookup import in_first_names, in_surnames, is_chat_word, places
from anonymizer.recognizers.names.han_name import HAN, NOT_IN_NAMES
from anonymizer.recognizers.names.tokens import label_abbreviation
from anonymizer.resolve import FUNCTION_WORDS, merge_overlaps
from anonymizer.spans import Span
from anonymizer.text import SENTENCE_OPENING, compile_longest_first, composed, fold, fold_aligned, name_parts

MIN_PART = 3
PARTICLES = vocabulary.particles()
TITLES = vocabulary.edge_titles()
SHORTENED_FROM = 6  # letters of a first name that messages shorten
KIN_WORDS = frozenset(fold(word) for word in vocabulary.kinship_words())
# the end of a school's or organisation's name that opens with an article ("École ... Les Châtaigniers")
NAME_AFTER_ARTICLE = re.compile(
    rf"(?:^|\s)(?:Les|Le|La|L['’])\s*([{vocabulary.UPPER}][^\W\d_]+(?:[\s-][{vocabulary.UPPER}][^\W\d_]+)?)$")
MIN_NAMED = 4
# a firm's or a service's name before its legal form ("Tiense Logistiek NV" is "Tiense Logistiek" in a mail's subject)
NAME_BEFORE_LEGAL_FORM = re.compile(
    rf"^(.+?)[^\S\n]*,?[^\S\n]+{vocabulary.legal_form_re()}\.?$")
# the commune a school's or a service's name ends with ("école communale de Dolhain", "CPAS d'Aubange")
TOWN_AFTER_NAME = re.compile(rf"\b(?:de|d['’])[^\S\n]*([{vocabulary.UPPER}][^\W\d_]+(?:-[^\W\d_]+)*)$")
# a town in an address: after a comma or a postcode, capitalised words ("14 Glenmore Park, Ballincollig, Co. Cork, P31
# XK72": Ballincollig, Cork; "Kirchstraße 5, 4720 Kelmis": Kelmis)
_TOWN_WORD = rf"[{vocabulary.UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*"
TOWN_IN_ADDRESS = re.compile(rf"(?:,|\b\d{{4,5}})[^\S\n]*(?:Co\.[^\S\n]+)?({_TOWN_WORD}(?:[^\S\n]+{_TOWN_WORD}){{0,2}})"
                             rf"(?=[^\S\n]*(?:,|$))")
SCORE = 0.5
HANDLE_WITHOUT_AT = re.compile(r"(?<![\w@.])@((?=[\w.]*[^\W\d_])(?=[\w.]*[._\d])[\w.]{3,}\w)")


# the English and Dutch words that end an institution's name
INSTITUTION_WORD = re.compile(r"\b(?:School|College|Academy|Hospital|Centre|Center|Council|Trust|Service|Services"
                              r"|Basisschool|Ziekenhuis|Centrum)\b")


# a title right before a name written in lower case says it is the name ("bonjour monsieur thomas", "madame
# sophie laurent"), however common the word
TITLE_RIGHT_BEFORE = re.compile(r"(?<![\w'’])(?:(?i:monsieur|madame|mademoiselle|mme|mlle|mr|m\.|dr|docteur|maître)|Me)"
                                r"[^\S\n]+(?:(?P<first>[^\W\d_]+)[^\S\n]+)?$")
# a determiner right before a word ("un bonnet", "sa rose"): the word is a noun there, whatever name it is elsewhere
DETERMINER_BEFORE = re.compile(rf"(?i:\b{vocabulary.determiner_re()})[^\S\n]*$")
WORD_BEFORE = 12
# a first name's initial after a surname, as a staff list or a signature writes it, before the line's end or a list's
# separator ("DEBAILLE M. (CPAS)", "Ngoy K. – AS"; not "Dupont M. Martin", where "M." is the next one's title)
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
CAPITAL_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:(?:Les|Le|La)[^\S\n]+|L['’])$")
ABBREVIATION_POINT = re.compile(r"\.(?=[,;:)]|[^\S\n]+[a-zà-öø-ÿ])")
INITIAL_AFTER = re.compile(rf"[^\S\n][{vocabulary.UPPER}]\.(?=[^\S\n]*(?:$|[,;(|–—-]))", re.MULTILINE)


def surface_forms(spans: Iterable[Span], policy: KeepPolicy) -> dict[str, tuple[str, bool | None]]:
    """folded form -> (entity type, written in lower case somewhere: see _add_form)."""
    forms: dict[str, tuple[str, bool | None]] = {}
    propagated = propagated_types()
    for span in spans:
        if span.entity_type == "ADDRESS":  # the towns an address names are places, written alone elsewhere
            for town in TOWN_IN_ADDRESS.findall(composed(span.text)):
                # (not a commune that is an ordinary word, "5377 Heure": "Heure du rendez-vous" is none)
                if fold(town) not in FUNCTION_WORDS and not policy.is_kept(town) and not is_word(town.lower()):
                    _add_form(forms, fold(town), "LOCATION", False)
            continue
        if span.entity_type not in propagated:
            continue
        surface = composed(span.text)  # as the analysis read it: "Sbai-\nhi" is "Sbaihi"
        if HAN_NAME.search(surface):
            continue  # (a name in Chinese characters folds to its transliteration, "de la" of 德拉: see _han_mentions)
        candidates: list[tuple[str, bool | None]] = [(surface, surface.islower())]
        if span.entity_type == "PERSON":
            # parts written with a capital, or all parts of a name written in lower case ("mme benhaddou")
            # (not the parts of a school or a service the model took for a person, "Fosse Meadow Primary School",
            # nor a function word of English, Dutch or German: "Message", "Best")
            parts = [] if INSTITUTION_WORD.search(surface) else [
                p for p in name_parts(surface) if len(p) >= MIN_PART and (not p.islower() or surface.islower())
                and fold(p) not in vocabulary.foreign_words()]
            candidates += [(part, part.islower()) for part in parts]
            # a first name's shortenings too, as messages and nicknames cut it ("rafa" of "rafael"; "Mélo" of
            # "Mélodie", found with its capital only: "Mathis" is no "math")
            candidates += [(short, True if surface.islower() else None)
                           for part in parts for short in shortenings(part)]
            candidates += [(login, True) for login in _logins(surface)]
            undotted = surface.replace(".", "")
            if DOTTED_INITIALS.fullmatch(surface) and undotted.lower() not in vocabulary.stop_words() \
                    and not is_common_word(undotted.lower()):  # "T.M." is "TM" in the rota's cells ("N.E." no "NE")
                candidates.append((undotted, False))
        if span.entity_type == "SOCIAL":
            # "@lou.tempete" is also written without its "@" ("Publié par lou.tempete"): a handle with a dot, an
            # underscore or a digit, no word
            candidates += [(handle, True) for handle in HANDLE_WITHOUT_AT.findall(surface)]
        if span.entity_type in ("SCHOOL", "ORGANIZATION") and (acronym := service_acronym(surface)):
            # "Hôpital régional de la Vesdre" is later "l'HRV", "Institut technique provincial des Sorbiers" the "ITPS"
            candidates.append((acronym, False))
        if span.entity_type in ("SCHOOL", "ORGANIZATION"):
            # "Les Châtaigniers" is later "aux Châtaigniers": the name without its article
            named = NAME_AFTER_ARTICLE.search(surface)
            if named and len(named.group(1)) >= MIN_NAMED:
                candidates.append((named.group(1), False))
            # (one of its words no ordinary word: "Garage Dubois SRL" is "Garage Dubois"; "Brico SA" not "Brico",
            # "Nouvelle Vague SRL" not "Nouvelle Vague de violences")
            firm = NAME_BEFORE_LEGAL_FORM.match(surface)
            if firm and len(firm.group(1)) >= MIN_NAMED \
                    and not all(is_word(word.lower()) for word in re.findall(r"[^\W\d_]+", firm.group(1))):
                candidates.append((firm.group(1), False))
            # "école communale de Dolhain" names a place no list holds, written alone elsewhere ("le bus
            # Dolhain–Eupen"); not a word ("Institut de la Providence", "Collège de Champion")
            town = TOWN_AFTER_NAME.search(surface)
            if town and len(town.group(1)) >= MIN_NAMED and not is_word(town.group(1).lower()) \
                    and fold(town.group(1)) not in FUNCTION_WORDS and not policy.is_kept(town.group(1)):
                _add_form(forms, fold(town.group(1)), "LOCATION", False)
        for index, (form, lower) in enumerate(candidates):
            folded = fold(form)
            # (a particle found alone as a person is a first name: "Ben", "Merci Ben"; not one that is a function word
            # of another language: "Mme Das", "Das Kind")
            if folded in PARTICLES and not (index == 0 and span.entity_type == "PERSON" and not lower
                                            and len(form) >= MIN_PART and folded not in vocabulary.foreign_words()) \
                    or folded in TITLES or folded in FUNCTION_WORDS or policy.is_kept(form) \
                    or span.entity_type == "PERSON" and (_relation_word(surface)
                                                         or index and _kin_before_name(form, surface)):
                continue
            _add_form(forms, folded, span.entity_type, lower)
    return forms


MIN_LOGIN = 5  # letters of a login built from a name ("mcollard"; not "jdup")


def _logins(surface: str) -> list[str]:
    """The user names software prints for a person, built from her first name or its initial and her surname, in lower
    case ("M. Collard", "Marie Collard" -> "mcollard"; "Marie Collard" -> "marie.collard", "collardm"), as a
    hospital's or a service's record writes who printed or entered it ("imprimé par mcollard"); never a word of
    French or another language ("kleine" of Eva Klein, "groot" of G. Root)."""
    written = re.findall(r"[^\W\d_]+", surface)
    if len(written) != 2 or not written[1][:1].isupper() or len(written[1]) < MIN_PART:
        return []
    first, surname = fold(written[0]), fold(written[1])
    forms = [first[0] + surname, surname + first[0]] + ([f"{first}.{surname}"] if len(first) > 1 else [])
    return [form for form in forms if len(form) >= MIN_LOGIN and not is_word(form) and not is_foreign_word(form)
            and not is_family_language_word(form)]


def _relation_word(form: str) -> bool:
    """A relation's word read once as a person's whole name ("chez nonna", "Dad"): no name elsewhere ("la nonna");
    not a listed name written with its capital ("Voisin", "Ami"; nor a part of a longer name, "Ami Diallo")."""
    return fold(form) in KIN_WORDS and (form.islower() or not (in_first_names(form) or in_surnames(form)))


def _kin_before_name(part: str, surface: str) -> bool:
    """``part`` is a relation's word opening a name before a first name ("Oma" of « Oma Lieve », "Tante" of "Tante
    Mado"): what the family calls her, no name of hers written alone; not a listed first name itself ("Ami" of "Ami
    Diallo" is her first name)."""
    written = surface.split()
    return len(written) >= 2 and written[0] == part and fold(part) in KIN_WORDS and not in_first_names(part) \
        and in_first_names(written[1])


def shortenings(first_name: str) -> list[str]:
    """What a first name is cut down to in messages ("rafael" -> "rafa", "nathalie" -> "nath",
    "alexandre" -> "alex"): its beginnings of four or five letters, two letters short of the name at
    least, that are no common French word ("marion" gives no "mari") nor chat shorthand."""
    if len(first_name) < SHORTENED_FROM or not first_name.isalpha() or not in_first_names(first_name.capitalize()):
        return []
    beginnings = [first_name[:n] for n in (4, 5) if n <= len(first_name) - 2]
    # ... and a family's diminutive, its first four letters and "i" or "y" ("Gaspi" of "Gaspard", "Mathy" of
    # "Mathilde")
    # (never a word of another language, nor a place: "sixty" of Sixtine, "Gilly"; a French word in lower case or
    # opening a sentence is that word, see propagate)
    beginnings += [form for ending in vocabulary.DIMINUTIVE_ENDINGS
                   if ending not in first_name[3:5] and len(first_name) >= 4 + len(ending) + 2
                   and not is_foreign_word(form := first_name[:4] + ending)
                   and form.capitalize() not in places()]
    return [b for b in dict.fromkeys(beginnings) if not is_common_word(b) and not is_common_word(fold(b))
            and fold(b) not in vocabulary.stop_words() and not is_chat_word(b.lower())
            and not (b not in beginnings[:2] and in_surnames(b.capitalize()))]


def _article_in_name(text: str, article: str, name: str) -> bool:
    """The text writes ``article`` and ``name`` after a word, inside a longer name ("École communale Les Marronniers"):
    the capitalised article is the name's own."""
    return re.search(rf"[^\W\d_][^\S\n]+{re.escape(article)}{re.escape(name)}(?![\w'’-])", text) is not None


def _add_form(forms: dict[str, tuple[str, bool | None]], folded: str, entity_type: str, lower: bool | None
              ) -> None:
    """Record a form; a form that is (part of) a person's name anywhere stays a PERSON. ``lower``: written in
    lower case somewhere (True), not (False), or a shortening of a capitalised name (None: a lower-case word of
    the lexicon is then that word)."""
    previous = forms.get(folded)
    if previous is not None:
        entity_type = "PERSON" if "PERSON" in (previous[0], entity_type) else previous[0]
        lower = True if True in (lower, previous[1]) else False if False in (lower, previous[1]) else None
    forms[folded] = (entity_type, lower)


def merge_forms(*sources: dict[str, tuple[str, bool]] | None) -> dict[str, tuple[str, bool]]:
    """The forms of all ``sources``; the first is copied as it is (a case's forms, merged once per
    document, are the large one), the others are added form by form."""
    present = [source for source in sources if source]
    if not present:
        return {}
    forms = dict(present[0])
    for source in present[1:]:
        for folded, (entity_type, lower) in source.items():
            _add_form(forms, folded, entity_type, lower)
    return forms


def _pattern(forms: Iterable[str]) -> re.Pattern[str] | None:
    return _compiled(frozenset(forms))


@lru_cache(maxsize=4)
def _compiled(forms: frozenset[str]) -> re.Pattern[str] | None:
    """One alternation of the forms, longest first (``text.longest_first``), compiled once per set of forms:
    in a case, every document is searched for the same forms (the case's), so the pattern is built once,
    not per document."""
    if not forms:
        return None
    # a name glued to a digit is still the name ("Ref 0Dumoulin", "Dumoulin2"); a number is not cut from a
    # longer one ("Hangar 9" is not in "Hangar 95"); after a dot only when an initial glued to it stands there
    # ("A.Mbuyi", "(A.Mbuyi)", "J.-P.Mbuyi" in a signature; not "agathe.mbuyi", a word of an address)
    return compile_longest_first(forms, r"(?<![^\W\d]|@)(?:(?<!\.)|(?<=(?<![\w.@])[^\W\d]\.))(?!(?<=\d)\d)",
                                 r"(?![^\W\d]|@|\.\w)(?!(?<=\d)\d)")


def _titled(text: str, start: int) -> bool:
    """A title right before ``start``, or a title and a first name ("madame sophie laurent")."""
    title = TITLE_RIGHT_BEFORE.search(text, max(0, start - TITLE_REACH), start)
    return title is not None and (title.group("first") is None or in_first_names(title.group("first").capitalize()))


TITLE_REACH = 30  # characters looked back for a title and a first name


def _named_in_lower_line(text: str, start: int, original: str, lower_lines: set[int]) -> bool:
    """``original`` at ``start`` is a listed first name in a line where a person's name was found written in lower
    case (a transcript's, a message's): the name written with its capital elsewhere is that name there too, even
    when it is a noun ("la maman de benjamin" of Benjamin, in the line of "mbuyi kalonji"; not "salut" of a span
    "Salut Ahmad", nor an adjective, "pas claire", "la robe rose", nor a noun after its determiner, nor a surname
    that is a trade, "devenir boulanger"). ``lower_lines``: where those lines open."""
    return text.rfind("\n", 0, start) in lower_lines and in_first_names(original.capitalize()) \
        and not is_adjective(original) and not DETERMINER_BEFORE.search(text, max(0, start - WORD_BEFORE), start)


def propagate(text: str, spans: list[Span], policy: KeepPolicy,
              known: dict[str, tuple[str, bool]] | None = None) -> list[Span]:
    """``spans`` plus every further occurrence of their forms (and of ``known`` forms)."""
    forms = merge_forms(known, surface_forms(spans, policy))
    pattern = _pattern(forms)
    if pattern is None:
        return spans
    added = []
    protected = policy.protected_ranges(text)
    lower_lines = {text.rfind("\n", 0, s.start) for s in spans if s.entity_type == "PERSON" and s.text.islower()}
    # (a commune named at the end of a service's name is written with its capital: "L'addictologie" is no
    # "Service d'Addictologie")
    named_towns = {fold(town.group(1)) for s in spans if s.entity_type in ("SCHOOL", "ORGANIZATION")
                   and (town := TOWN_AFTER_NAME.search(composed(s.text)))}
    for match in pattern.finditer(fold_aligned(text)):
        start, end = match.span()
        original = text[start:end]
        entity_type, written_lower = forms[match.group()]
        if original[:1].islower() and match.group() in named_towns and entity_type == "LOCATION":
            continue
        if original.islower() and not written_lower and " " not in original \
                and not _titled(text, start) \
                and not (entity_type == "PERSON" and _named_in_lower_line(text, start, original, lower_lines)) and (
                is_common_word(original) or entity_type != "PERSON" and is_foreign_word(original)
                or is_word(original) and (written_lower is None
                                          or original != fold(original) and is_word(fold(original)))
                or entity_type in ("ORGANIZATION", "SCHOOL") and is_word(original)
                or is_word(original) and DETERMINER_BEFORE.search(text, max(0, start - WORD_BEFORE), start)):
            continue  # (a service's one-word name never written in lower case is a word so: "d'ores et déjà" of ORES,
            # and a word after a determiner, "un bonnet gris" of Bonnet;
            # an accented word is another word than a name in capitals without them: "marqués" of MARQUES, while
            # "précieuse" of Précieuse is her)
        if written_lower is None and (original.isupper() or is_word(original.lower()) and SENTENCE_OPENING.search(
                text, max(0, start - 4), start)):
            continue  # a shortening in capitals is an acronym ("SAMU" of "Samuel"), a word opening a sentence that
            # word ("Char d'assaut" of "Charlotte")
        if any(s <= start and end <= e for s, e in protected):
            continue  # inside a kept term: "Dublin" of a birthplace is not that of "la procédure Dublin"
        if entity_type == "PERSON" and original.islower() and not written_lower and match.group() in KIN_WORDS:
            continue  # a relation's word in lower case, though a name's written with its capital: "dad's car" of
            # "Dad" (a listed first name), "mon ami" of "Ami Diallo"
        if entity_type == "PERSON" and (initial := INITIAL_AFTER.match(text, end)):
            end = initial.end()  # "DEBAILLE M. (CPAS)" of Marc Debaille: the initial of his first name with it
        if entity_type in ("SCHOOL", "ORGANIZATION") and (article := CAPITAL_ARTICLE_BEFORE.search(
                text, max(0, start - 5), start)) and _article_in_name(text, article.group(), text[start:end]):
            start = article.start()  # the name's own article, capitalised: "Les Marronniers" of "École communale Les
            # Marronniers" (not a sentence's article: "La Mutualité Libérale a remboursé", "L'école de Wavre")
        if entity_type == "PERSON" and " " not in original and label_abbreviation(original, text, end):
            continue  # a note's abbreviation here ("Trad. :" of a log that writes "traduction", where the model read
            # "Trad" as a name once)
        if entity_type == "PERSON" and original[:1].isupper() and " " not in original \
                and not in_first_names(original) and not in_surnames(original) and ABBREVIATION_POINT.match(text, end):
            end += 1  # a name cut short with its point, in a sentence that goes on ("Nath. dort", "Nath., Divine"; not
            # a name that ends a sentence in a message written in lower case, "Vu Lou. elle a dormi")
        added.append(Span.of(text, start, end, entity_type, SCORE, "propagation"))
    added += _declined(text, forms, [*spans, *added], policy)
    added += _han_mentions(text, spans)
    if not added:
        return spans
    return merge_overlaps(text, [*spans, *added])


HAN_NAME = re.compile(rf"[{HAN}]{{2,5}}")
HAN_GIVEN_NAME = 2  # characters of a given name after a one-character surname ("欣怡" of 叶欣怡)


def _han_mentions(text: str, spans: list[Span]) -> list[Span]:
    """A name written in Chinese characters (see recognizers.names.han_name) wherever the document writes it, inside
    a Chinese sentence too, where no space sets it apart ("巴黎这边" of 巴黎), and a three-character person's given
    name after its one-character surname ("欣怡要听话" of 叶欣怡), as family and friends write it. (Read from the
    spans' own characters: a folded form is their transliteration, "ba li", and matches no Chinese text.)"""
    names: dict[str, str] = {}
    for span in spans:
        if span.entity_type not in propagated_types():
            continue
        for piece in HAN_NAME.findall(span.text):  # (a contact's name and its town, "阿军 巴黎"; "Cindy欣怡")
            names.setdefault(piece, span.entity_type)
            if span.entity_type == "PERSON" and len(piece) == HAN_GIVEN_NAME + 1 \
                    and not NOT_IN_NAMES.intersection(piece[1:]):
                names.setdefault(piece[1:], span.entity_type)
    found = []
    for name, entity_type in names.items():
        at = text.find(name)
        while at >= 0:
            found.append(Span.of(text, at, at + len(name), entity_type, SCORE, "propagation"))
            at = text.find(name, at + len(name))
    return found


MIN_STEM = 4  # letters of a name part a declined form is read after ("Fadil" of "fadilit"; not "Ali", "Tom")
WORD = re.compile(r"[^\W\d_]{5,}")
VOWELS = frozenset("aeiouy")


def _declined(text: str, forms: dict[str, tuple[str, bool | None]], spans: list[Span],
              policy: KeepPolicy) -> list[Span]:
    """The words that are a person's name part with a declining language's ending (``vocabulary.name_endings``:
    "clirimi", "Çlirimin" of Çlirim, "fadilit" of Fadil, "shpreses" of Shpresa): that person too. Never a word of a
    lexicon, written with its accents or without ("annee" of Anne is "année"), a kept term, nor a name a list holds
    ("Karima" is someone else than Karim, "Martine" than Martin)."""
    stems: set[str] = set()
    for folded, (entity_type, lower) in forms.items():
        if entity_type != "PERSON" or lower is None or not folded.isalpha() or len(folded) < MIN_STEM:
            continue  # (a name's part, not its shortening: "patru" is no "Patr(icia)" declined)
        stems.add(folded)
        if folded[-1] in VOWELS and len(folded) > MIN_STEM:
            stems.add(folded[:-1])  # "shpres" of Shpresa, declined "shpreses"
    if not stems:
        return []
    endings = vocabulary.name_endings()
    longest = max(map(len, endings))
    covered = sorted((span.start, span.end) for span in spans)
    found = []
    for match in WORD.finditer(text):
        word = match.group()
        folded = fold(word)
        if folded in forms or not any(folded[:cut] in stems and folded[cut:] in endings
                                      for cut in range(max(MIN_STEM, len(folded) - longest), len(folded))):
            continue
        if is_word(word.lower()) or is_word(folded) or is_unaccented_word(word) or is_foreign_word(word.lower()) \
                or is_family_language_word(word) \
                or policy.is_kept(word) \
                or in_first_names(word.capitalize()) or in_surnames(word.capitalize()) or places().__contains__(
                    word.capitalize()) or folded in vocabulary.stop_words() or is_chat_word(word.lower()) \
                or any(s < match.end() and match.start() < e for s, e in covered):
            continue
        found.append(Span.of(text, match.start(), match.end(), "PERSON", SCORE, "propagation"))
    return found
