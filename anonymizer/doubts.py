"""Doubts: what detection left in clear but could identify someone, for the presenter's reread.

No detector catches everything; the review page shows first what stayed and looks like a name or a number.
Each doubt has a reason, a French label and a score; doubts never overlap a detected span, and they are
few (a reread, not a second list of everything: about ten per thousand words at most on our corpus).

Reasons, most telling first:
- ``near_removed``: a word one typo away from a removed name ("Dumoulain" after "Dumoulin");
- ``at_or_slash``: a string with ``@`` (an address, a handle) or a path-like ``x/y`` with letters, or with
  letters and three digits (a reference);
- ``digits``: a run of three digits or more that is not an innocent number (time, amount, percentage,
  age, year, school year, law article, quantity);
- ``unknown_capitalised``: a capitalised word the French lexicon does not know and the keep-list does not
  hold (the commonest shape of a missed name);
- ``first_name_word``: a listed first name that is also a French word, capitalised in mid-sentence
  ("Victoire", "Prudence", "Ange"); ``first_name_lower``: a listed first name written in lower case, as
  text messages do ("merci sofie"), when it is no common word; ``first_name_word_lower``: one that is a common
  word too, in a text that writes names in lower case, after a relation word or a preposition that introduces a
  person ("tantine rose", "avec précieuse"); ``unknown_lower``: a word in lower case the
  lexicon does not know and no text-message abbreviation ("à coté du delhaize");
- ``quoted``: a short capitalised phrase in quotes, as nicknames are written (« Titi », « Mamy Jo »);
- ``coined_name``: a capitalised article in mid-sentence and the capitalised words after it, as services
  and places are named ("la maison de jeunes Le Quai 7", "régie de quartier Les Bouleaux");
- ``capitalised_word``: a capitalised French word in mid-sentence that the keep-list does not hold (a
  service named by ordinary words: "le service Collectif contre les violences");
- ``capitals``: a word in capitals that is no sector acronym and no French word ("KBL", "DELHAIZE");
- ``name_part``: one word left between two detected parts of names, or between a title and one ("madame oued
  [rago]", "le fèvre ben [hamou]"), as a dictation or a transcript cuts a name;
- ``coined_name`` in a text written in lower case: a kind of service, an article and the words after it ("la
  crèche les petits pas", "au home les hirondelles");
- ``title_lower``: a word in lower case after a civility title in lower case, neither a verb's form nor an adjective
  ("madame renard", "docteur mer [tens]"), as a dictation or a speech-to-text transcript writes a surname;
- ``letterhead``: the words in capitals opening one of a document's first lines, before a dash or the line's end,
  that are no heading of a kind of document ("LA PASSERELLE DES HAUBANS — accueil d'urgence", "MAIN DANS LA MAIN —
  Association de parents"; not "RAPPORT D'ACTIVITÉS 2024"): a service's or a journal's own name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from anonymizer import vocabulary
from anonymizer.keeplist import KeepPolicy, default_policy
from anonymizer.leaks import KIND_WORDS
from anonymizer.models.lexicon import (
    GUILLEMETS,
    is_adjective,
    is_adverb,
    is_common_word,
    is_foreign_compound,
    is_foreign_word,
    is_unaccented_word,
    is_word,
    lemma,
    mostly_foreign,
    top_words,
)
from anonymizer.recognizers.lookup import grammar_word, in_first_names, in_surnames, is_chat_word, not_name_heads
from anonymizer.recognizers.names.tokens import LEGEND_LABEL, legend_abbreviations, never_french_word, note_abbreviation
from anonymizer.spans import Span
from anonymizer.text import doubled_syllable, fold, opens_sentence_or_cell

LABELS = {
    "near_removed": "proche d'un nom retiré (faute de frappe ?)",
    "at_or_slash": "adresse, pseudo ou chemin resté en clair",
    "digits": "nombre resté en clair",
    "unknown_capitalised": "mot à majuscule inconnu du dictionnaire",
    "first_name_word": "prénom qui est aussi un mot",
    "first_name_lower": "prénom écrit en minuscules",
    "first_name_word_lower": "prénom (aussi un mot) en minuscules après un mot de relation",
    "unknown_lower": "mot inconnu du dictionnaire (nom en minuscules ?)",
    "quoted": "mot entre guillemets (surnom ?)",
    "coined_name": "nom avec article à majuscule (service, lieu-dit ?)",
    "capitalised_word": "mot à majuscule en milieu de phrase",
    "capitals": "sigle ou nom en capitales inconnu",
    "letterhead": "nom en capitales en tête du document",
    "name_part": "mot accolé à un nom retiré",
    "title_lower": "mot en minuscules après un titre (nom ?)",
}
SCORES = {"near_removed": 0.8, "at_or_slash": 0.7, "digits": 0.6, "unknown_capitalised": 0.6,
          "coined_name": 0.6, "first_name_word": 0.5, "first_name_lower": 0.4,
          "first_name_word_lower": 0.35, "unknown_lower": 0.3, "quoted": 0.5,
          "capitalised_word": 0.4, "capitals": 0.4, "letterhead": 0.4, "name_part": 0.5,
          "title_lower": 0.45}

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
NUMBER = re.compile(r"(?<![\w])\d(?:[\d]|[ .,/-](?=\d))*\d(?![\w])")
AT_OR_SLASH = re.compile(r"(?<![\w@])[\w.+-]*@[\w.-]+|(?<![\w/])[^\W\d_][\w.-]*/[\w./-]*[^\W_]")
QUOTED = re.compile(r"[«“\"][^\S\n]*([^\W_][^«»“”\"\n]{0,30}?)[^\S\n]*[»”\"]")
COINED = re.compile(r"(?<![\w'’])(?:Le|La|Les|L['’])[^\S\n]*[^\W\d_a-zà-öø-ÿ][a-zà-öø-ÿ'’-][\w'’-]*"
                    r"(?:[^\S\n]+(?:[^\W\d_a-zà-öø-ÿ][\w'’-]*|\d{1,3}\b))*")
REDOUBLED = re.compile(r"([^\W\d_]{1,3})\1")
LINE_START = re.compile(r"(?:^|\n)[^\S\n]*(?:[-•*>][^\S\n]*)?$")
NAME_LINE_END = re.compile(r"[^\S\n]*(?:,|[–—-][^\S\n]|\(|$|\n)")
LINE_NAME_SCORE = 0.4
# a quoted phrase that is speech, not a nickname, opens with a pronoun or a function word
SPEECH_OPENERS = frozenset({"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "c", "ce", "ça",
                            "ca", "moi", "toi", "oui", "non", "pas", "si", "qui", "que", "quoi", "pourquoi",
                            "comment", "y"})
# numbers nobody is identified by: a time, an amount, a percentage, an age, a duration, a quantity, a year,
# a school year, a law's article, a page
INNOCENT_AFTER = re.compile(
    r"[^\S\n]*(?:€|eur\b|euros?\b|%|ans?\b|mois\b|semaines?\b|jours?\b|heures?\b|h\b|min\b|km\b|kg\b|g\b|cm\b|m\b"
    r"|ml\b|mg\b|fois\b|pages?\b|p\.|élèves\b|personnes\b|familles\b|enfants\b|jeunes\b|dossiers\b|places\b)",
    re.IGNORECASE)
INNOCENT_BEFORE = re.compile(
    r"(?:article|art\.|articles|arts?\.|§|p\.|pp\.|page|pages|n°[^\S\n]*\d*[^\S\n]*-)[^\S\n]*$", re.IGNORECASE)
# a year, a school year, a month and year, a time, a decimal, an amount, a section number ("2.4.1")
INNOCENT_SHAPE = re.compile(r"(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?|\d{1,2}/(?:19|20)\d{2}|\d{1,2}[:h]\d{2}"
                            r"|\d{1,3}(?:[.,]\d)?/(?:10|20|40|50|100)"  # a mark: "14/20", "58/100"
                            r"|\d+,\d+|\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d{1,2}(?:\.\d{1,2}){1,3}")
# a day and a month in two digits each, one with its leading zero ("08.02", "15.01"): a note's date, no section number
# ("2.4", "3.12") nor an amount or a time ("12.50", "10.30")
DAY_MONTH = re.compile(r"(?=0|\d\d\.0)(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])")
# ... unless a document's part: "point 02.03", "version 01.02", "chapitre 01.03" ("RDV à 10.05" stays a doubt: "de
# 08.02 à 15.03" is two dates)
NOT_A_DAY_BEFORE = re.compile(r"(?i:\b(?:point|version|v|chapitre|chap|section|partie|annexe|art|article|§))[.\s]*$")
MIN_CODE_DIGITS = 3  # letters, a slash and three digits: a file reference ("HdW/24.117")
MIN_DIGITS = 4  # a room, a page, a count of three digits says little
MIN_NEAR = 5  # letters of a removed name a typo is looked for in
MIN_LOWER_NAME = 4
KNOWN_ZIPF = 3.0
RARE_ZIPF = 2.0  # a capitalised word French writes less often than this is read as a name ("Talas" 1.6)
FIRST_NAME_ZIPF = 3.5  # "lina" (3.3) and "sofie" are names in a message; "loue", "joyeuse" are words
MIN_LEFT = 3  # letters a doubt keeps once the detected parts are taken out
MIN_CAPITALS = 5  # shorter words in capitals are the trade's acronyms (EEG, PTSD, CGRA) far more often
# ... unless where one goes, works or plays: a club, a firm, a school ("au RWDM", "chez BNP", "à la VUB")
PLACE_BEFORE = re.compile(r"(?:\b(?:au|chez|à[^\S\n]+la|à[^\S\n]+l['’]|club|foot|stage)[^\S\n]+|à[^\S\n]+l['’])$",
                          re.IGNORECASE)
MAX_ABBREVIATION = 4
ELISION = re.compile(r"^(?:[dljmntsc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
TITLES = vocabulary.titles()
FOREIGN_WORDS = frozenset(fold(w) for w in vocabulary.foreign_words())
# an article or determiner of Dutch, German or English just before a word: the word is a noun
# (German and Dutch only: English puts a name between its article and a noun, "the Schäfer family")
FOREIGN_ARTICLE = re.compile(r"(?i:\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|het|de|een"
                             r"|mijn|zijn|haar|onze|ihr|ihre|sein|seine|unser)[^\S\n]+)$")
LONG_FOREIGN_NOUN = 9  # letters of a German or Dutch noun too long to be read as a surname in its own passage
WORD_BEFORE = 60  # characters looked back for the word before (a word is shorter)
CAPITALISED_BEFORE = re.compile(r"[^\W\d_a-zà-öø-ÿ][\w'’-]*[^\S\n]+$")
MAX_QUOTED_WORDS = 3
CODE_WORD = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])(?!\d+(?:e|er|ère|ème|nde?|re|è)$)\w+")


@dataclass(frozen=True)
class Doubt:
    """Something left in clear that could identify someone: where, what, why, how likely."""

    start: int
    end: int
    text: str
    reason: str
    score: float

    @property
    def label(self) -> str:
        return LABELS[self.reason]

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason,
                "score": self.score}


def doubts(text: str, spans: Sequence[Span], policy: KeepPolicy | None = None) -> list[Doubt]:
    """The doubts of ``text`` whose detected spans are ``spans`` (sorted, never overlapping a span)."""
    policy = policy or default_policy()
    covered = _Covered(spans)
    kept = policy.protected_ranges(text)  # multi-word kept terms: their words are no doubts
    removed = _removed_words(spans)
    found: dict[tuple[int, int], Doubt] = {}

    def add(start: int, end: int, reason: str, score: float | None = None) -> None:
        if any(s <= start and end <= e for s, e in kept):
            return
        if covered.touches(start, end):  # what detection left of it: "Mamy" of « Mamy Jo » when "Jo" went
            start, end = covered.largest_gap(text, start, end)
            if end - start < MIN_LEFT or policy.is_kept(TRAILING_LINK.sub("", text[start:end])):
                return  # (what is left is a kept term: "CPAS" of "CPAS DE WAVRE", "CENTRE PUBLIC D'ACTION SOCIALE" of
                # "... DE CHARLEROI")
        key = (start, end)
        score = SCORES[reason] if score is None else score
        if key not in found or found[key].score < score:
            found[key] = Doubt(start, end, text[start:end], reason, score)

    for match in AT_OR_SLASH.finditer(text):
        if "@" in match.group() or sum(c.isdigit() for c in match.group()) >= MIN_CODE_DIGITS \
                or any(len(part) >= MIN_NEAR and not is_word(part) and not policy.is_kept(part)
                       for part in WORD.findall(match.group())):  # a handle, a path, a reference "HdW/24.117"
            add(match.start(), match.end(), "at_or_slash")
    for match in NUMBER.finditer(text):
        if sum(c.isdigit() for c in match.group()) >= MIN_DIGITS and not _innocent_number(text, match):
            add(match.start(), match.end(), "digits")
    foreign = _foreign_quotations(text)
    for match in QUOTED.finditer(text):
        inner = match.group(1).rstrip()
        first = fold(re.split(r"[\s'’]", inner)[0])
        # (or a code of digits and letters in it, as a group's name has: "3TQB les vrais", "les reines de la 4B")
        coded = any(CODE_WORD.fullmatch(token) for token in inner.split())
        # (or one word in lower case that doubles a syllable, as the nickname a child gives: « jéjé », « lolo »)
        lower_nickname = inner.islower() and REDOUBLED.fullmatch(inner) is not None and not is_word(inner) \
            and not is_chat_word(inner)
        if len(inner.split()) <= MAX_QUOTED_WORDS + (2 if coded else 0) \
                and (inner[:1].isupper() or coded or lower_nickname) \
                and first not in SPEECH_OPENERS \
                and not policy.is_kept(inner) and (lower_nickname or not _inside(foreign, match.start(1))):
            add(match.start(1), match.start(1) + len(inner), "quoted")
    for match in COINED.finditer(text):
        if policy.is_kept(match.group()) or all(policy.is_kept(word) for word in WORD.findall(match.group())[1:]):
            continue
        if not _sentence_start(text, match.start()):
            add(match.start(), match.end(), "coined_name")
        elif LINE_START.search(text, max(0, match.start() - 8), match.start()) \
                and NAME_LINE_END.match(text, match.end()) \
                and WORD.findall(match.group())[1].lower() not in not_name_heads():  # (not "La Direction,")
            # a line that is a service's name before its town or a dash ("Le Méandre, Namur.", "La Traversée – SSM")
            add(match.start(), match.end(), "coined_name", LINE_NAME_SCORE)
    for start, end in _letterheads(text, policy):
        add(start, end, "letterhead")
    # a text that writes its names in lower case (messages): a first name that is also a common word, after a
    # relation word or a preposition that introduces a person ("tantine rose", "avec précieuse", "à junior")
    lower_names = any(s.entity_type == "PERSON" and s.text.islower() for s in spans)
    for match in WORD.finditer(text):
        reason = _word_reason(text, match, policy, removed)
        if reason is None and lower_names:
            reason = _lower_first_name_word(text, match)
        if reason is not None and reason[0] in IN_SPEECH and _inside(foreign, match.start()):
            continue  # a word of a quotation in another language ("« wlidi mzyan, walakin... »")
        if reason is not None:
            add(match.start(), match.end(), *reason)
    for start, end in _beside_names(text, spans, policy):
        add(start, end, "name_part")
    for match in LOWER_TITLE_THEN_WORD.finditer(text):
        if _lower_surname(match.group(1)) and not policy.is_kept(match.group(1)) \
                and not covered.touches(match.start(1), match.end(1)):
            add(match.start(1), match.end(1), "title_lower")
    if lower_names or _lower_case_text(text):
        for match in LOWER_COINED.finditer(text):
            name = re.match(r"[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)*", match.group(2))
            words = []
            for word in name.group().split() if name else ():
                if fold(word) in _NOT_A_NAME or word in vocabulary.stop_words() or word in vocabulary.number_words():
                    break  # "la crèche les petits pas trois jours": the name ends before the number
                words.append(word)
            if words:
                end = match.start(2) + len(" ".join(words))
                add(match.start(1), end, "coined_name", LOWER_COINED_SCORE)
    # a word in doubt is in doubt wherever the text writes it the same way ("Cadzand" flagged in the French reply is
    # the "Cadzand" of the Dutch mail below it, where its passage's nouns are no doubts)
    repeated: dict[str, Doubt] = {}  # each word in doubt, with its most telling doubt
    for doubt in found.values():
        if doubt.reason in WORD_REASONS and WORD.fullmatch(doubt.text) \
                and (doubt.text not in repeated or repeated[doubt.text].score < doubt.score):
            repeated[doubt.text] = doubt
    if repeated:  # (one pass over the text for all of them)
        alternation = "|".join(re.escape(word) for word in sorted(repeated, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", text):
            if (match.start(), match.end()) not in found:
                doubt = repeated[match.group()]
                add(match.start(), match.end(), doubt.reason, doubt.score)
    return sorted(found.values(), key=lambda d: (d.start, d.end))


# the reasons a word alone is in doubt for, which hold wherever the text writes it
WORD_REASONS = frozenset({"unknown_capitalised", "first_name_word", "capitals", "near_removed", "unknown_lower",
                          "first_name_lower"})
TRAILING_LINK = re.compile(r"(?i:[^\S\n]+(?:de|du|des|de la|à|au|aux)|[^\S\n]*d['’])$")
# the reasons a word of another language's quotation would give: it is unknown to French, or a listed first name
IN_SPEECH = frozenset({"unknown_lower", "first_name_lower", "first_name_word_lower", "unknown_capitalised"})


def _foreign_quotations(text: str) -> list[tuple[int, int]]:
    """Quotations in guillemets most of whose words French does not know: speech in another language an interpreter
    or a report quotes, transliterated ("« ana ma bqitch 3arfa »")."""
    return [(match.start(), match.end()) for match in GUILLEMETS.finditer(text) if mostly_foreign(match.group())]


def _inside(ranges: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in ranges)


def _beside_names(text: str, spans: Sequence[Span], policy: KeepPolicy) -> list[tuple[int, int]]:
    """A name's part a detector left between two parts it took, or between a title and a part ("madame oued rago",
    "famille le fèvre ben hamou"): one word, only spaces around it."""
    found = []
    people = [s for s in spans if s.entity_type == "PERSON"]
    for before, after in zip(people, people[1:], strict=False):
        if after.start - before.end <= WORD_BEFORE:
            gap = re.fullmatch(r"[^\S\n]+([^\W\d_][\w'’]*)[^\S\n]+", text[before.end:after.start])
            # (a French word between two names is the sentence's: "Kevin pousse Bryan")
            if gap and gap.group(1).lower() not in GAP_WORDS \
                    and not is_word(gap.group(1).lower()):
                found.append((before.end + gap.start(1), before.end + gap.end(1)))
    for named in spans:  # a service's acronym before the place or the name detection took ("CSR [Hauts-Prés]",
        # "JAC [Brussel]"): the acronym names the service too
        if named.entity_type in ("LOCATION", "ORGANIZATION", "SCHOOL"):
            acronym = ACRONYM_BEFORE.search(text, max(0, named.start - MAX_ABBREVIATION - 2), named.start)
            # (not a kind's acronym before a name opening with its article: "ER Le Trait d'Union", an
            # espace-rencontre, as "SRG Les Coccinelles")
            if acronym and not is_word(acronym.group(1).lower()) and not policy.is_kept(acronym.group(1)) \
                    and not FRENCH_ARTICLE.match(named.text):
                found.append((acronym.start(1), acronym.end(1)))
    for person in people:
        match = TITLE_THEN_WORD.search(text, max(0, person.start - WORD_BEFORE), person.start)
        if match and fold(match.group(1)).rstrip(".") in TITLES \
                and match.group(2).lower() not in vocabulary.stop_words() \
                and fold(match.group(2)).rstrip(".") not in TITLES:
            found.append((match.start(2), match.end(2)))
    return found


# a civility title in lower case, then a word in lower case: a transcript's "madame renard"
_CUE_TITLES = tuple(vocabulary.civil_titles() - vocabulary.weak_titles())  # not "m", "me": a pronoun in lower case
LOWER_TITLE_THEN_WORD = re.compile(rf"(?<![\w'’])(?:{vocabulary.alternation(_CUE_TITLES)})\.?[^\S\n]+"
                                   r"([a-zà-öø-ÿ]+)(?![\w'’-])")
VERB_ZIPF = 5.5  # a word French writes this often after "madame" is the sentence's ("madame point", "demande")


def _lower_surname(word: str) -> bool:
    """A word a transcript may have written for a surname: no function word, title or word of a chat, no form of a
    verb, no adjective nor adverb ("madame confirme", "monsieur conteste", "monsieur bonne journée", "madame hier"), no
    day or month, no role ("monsieur lundi", "docteur psychiatre"; the keep-list's roles are the caller's: "madame
    juge"), no word of Dutch or English ("mevrouw stuur")."""
    if word in vocabulary.stop_words():
        return False
    if in_surnames(word.capitalize()):
        return True  # ("madame roche", "monsieur visser": a listed surname, whatever else it is)
    return word not in TITLES and not is_chat_word(word) \
        and (lemma(word) or word) == word and not is_adjective(word) and not is_adverb(word) \
        and not (word.endswith("e") and is_word(f"{word}r")) \
        and _frequency(word) < VERB_ZIPF and word not in vocabulary.calendar_words() and word not in ROLE_WORDS \
        and not is_foreign_word(word)


ROLE_WORDS = frozenset(fold(w) for w in (*vocabulary.sector_words("person"), *vocabulary.kinship_words()))


GAP_WORDS = vocabulary.stop_words() | {"et", "ou"}  # the sentence's between two names, not a name's part
FRENCH_ARTICLE = re.compile(rf"(?i:{vocabulary.determiner_re('article')})")
ACRONYM_BEFORE = re.compile(rf"(?<![\w'’.-])([{vocabulary.UPPER}]{{2,{MAX_ABBREVIATION}}})[^\S\n]$")
# a title, then one word, then the detected part of the name ("madame oued [rago]", "docteur mer [tens]")
TITLE_THEN_WORD = re.compile(r"(?<![\w'’])([^\W\d_]+\.?)[^\S\n]+([^\W\d_][\w'’]*)[^\S\n]+$")
# in a text written in lower case, a kind of service, an article, and the words of its name ("la crèche les petits
# pas", "au home les hirondelles", "l'institut des hauts fourneaux")
LOWER_COINED = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in vocabulary.kind_words() if " " not in w)
                          + r")[^\S\n]+((?:les|le|la|des|l['’])[^\S\n]*)([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+"
                          r"(?:[^\S\n]+[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+){0,2})")
LOWER_COINED_SCORE = 0.3
LOWER_TEXT_CAPITALS = 0.01  # a text with fewer capitals than this among its letters is written in lower case


def _lower_case_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) < LOWER_TEXT_CAPITALS * len(letters)


# words after a kind of service and its article that say when or who, not which ("à la crèche le matin", "au home
# les enfants")
_NOT_A_NAME = frozenset(fold(w) for w in (*vocabulary.calendar_words(), *vocabulary.kinship_words(),
                                         *vocabulary.child_words(), *vocabulary.sector_words("person"),
                                         "matin", "soir", "midi", "nuit", "semaine", "week-end", "weekend", "jour",
                                         "jours", "fois", "plus", "moins", "même", "mêmes", "autres", "enfants",
                                         "jeunes", "parents", "éducateurs", "éducatrices", "résidents", "mamans",
                                         "papas"))


LETTERHEAD_LINES = 3  # the first lines of a document, where its writer's or its journal's name stands
# words in capitals opening a line, then a dash or the line's end
CAPITALS_RUN = re.compile(rf"[^\S\n]*((?:[{vocabulary.UPPER}][{vocabulary.UPPER}'’-]*[^\S\n]+){{1,5}}"
                          rf"[{vocabulary.UPPER}][{vocabulary.UPPER}'’-]*)[^\S\n]*(?:[—–-][^\S\n]|$)")
ARTICLES = vocabulary.DEFINITE_ARTICLES


def _letterheads(text: str, policy: KeepPolicy) -> list[tuple[int, int]]:
    """The capitals opening one of the document's first lines before a dash or the line's end, two words or more,
    that open with an article or with no word naming a kind of document, and hold a word that is not a function
    word, a kept term, a kind of service or a kind of document."""
    found, position, lines = [], 0, 0
    while position < len(text) and lines < LETTERHEAD_LINES:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            lines += 1
            match = CAPITALS_RUN.match(text, position, end)
            if match:
                run = match.group(1)
                for start, stop in reversed(policy.phrase_ranges(run)):  # "CENTRE PUBLIC D'ACTION SOCIALE DE"
                    run = run[:start] + " " * (stop - start) + run[stop:]
                words = [fold(w) for w in re.split(r"[\s'’-]+", run) if w] or [""]
                if (words[0] in ARTICLES or words[0] not in _DOCUMENT_WORDS) and not policy.is_kept(match.group(1)) \
                        and any(w not in vocabulary.stop_words() and w not in _DOCUMENT_WORDS
                                and w not in KIND_WORDS and not policy.is_kept(w) and len(w) > 1 for w in words):
                    found.append((match.start(1), match.end(1)))
        position = end + 1
    return found


_DOCUMENT_WORDS = frozenset(fold(w) for w in vocabulary.document_words())


PERSON_BEFORE = re.compile(r"(?i:\b(?:avec|chez|à|a|pour|et))[^\S\n]+$")


def _lower_first_name_word(text: str, match: re.Match[str]) -> tuple[str, float] | None:
    """A listed first name that is also a common word, in lower case after a relation word ("tantine rose") or a
    preposition that introduces a person ("avec précieuse")."""
    word = match.group()
    if not word.islower() or len(word) < MIN_LOWER_NAME or not in_first_names(word.capitalize()):
        return None
    before = text[max(0, match.start() - 20):match.start()]
    previous = re.search(r"([^\W\d_]+)[^\S\n]+$", before)
    if previous and (previous.group(1).lower() in vocabulary.kinship_words() or PERSON_BEFORE.search(before)):
        return "first_name_word_lower", SCORES["first_name_word_lower"]
    of_someone = OF_PERSON_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if of_someone and (of_someone.group(1).lower() in vocabulary.kinship_words()
                       or of_someone.group(1).lower() in vocabulary.child_words()
                       or of_someone.group(1).lower() in ("école", "classe", "chambre")):
        return "first_name_word_lower", SCORES["first_name_word_lower"]  # "la maman de prince", "l'école de prince"
    return None


OF_PERSON_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+(?:de|d['’])[^\S\n]*$")


HOUSE_NUMBER_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*\d{1,4}(?![\d.,:/])")


def _street_word(text: str, word: str, end: int) -> bool:
    """A street's name, however ordinary its words in its language: a street's suffix ("Kirchstraße", "Kerkstraat")
    or a house number after it ("Am Bahndamm 9"): an address left in clear stays a doubt."""
    return word.lower().endswith(vocabulary.street_suffixes_alone()) or HOUSE_NUMBER_AFTER.match(text, end) is not None


def _word_reason(text: str, match: re.Match[str], policy: KeepPolicy, removed: frozenset[str]
                 ) -> tuple[str, float] | None:
    word = ELISION.sub("", match.group())  # "J'ai", "D'INVESTIGATION": the word after the elision
    folded = fold(word)
    # (a stop word as written: "Prés" of "des Prés" is no "près", folded alike)
    if len(word) < 2 or policy.is_kept(word) or word.lower() in vocabulary.stop_words() \
            or folded.rstrip(".") in TITLES or folded in FOREIGN_WORDS or folded in vocabulary.calendar_words() \
            or vocabulary.is_medicine(word) or note_abbreviation(word, text, match.end()) \
            or word in legend_abbreviations(text) or LEGEND_LABEL.match(text, match.start()):
        return None  # (a medicine names nobody: "Cétirizine sirop"; nor a note's abbreviation: "1er trim. pas sorti",
        # "Cs" of "Abrév. : Cs = consultation")
    if len(word) >= MIN_NEAR and removed and folded not in removed and _one_typo_away(folded, removed) \
            and not is_word(word):
        return "near_removed", SCORES["near_removed"]
    if not word.isupper() and (is_foreign_word(word) or is_foreign_compound(word)
                               or word.islower() and vocabulary.in_foreign_block(text, match.start(), match.end())
                               and never_french_word(word)) \
            and not in_first_names(word) and not in_surnames(word) and not _street_word(text, word, match.end()) \
            and (word.islower() and is_foreign_word(word)
                 or vocabulary.in_foreign_line(text, match.start(), match.end())
                 and FOREIGN_ARTICLE.search(text, 0, match.start())
                 or (len(word) >= LONG_FOREIGN_NOUN or is_foreign_word(word) and not is_word(word.lower()))
                 and not CAPITALISED_BEFORE.search(text, max(0, match.start() - WORD_BEFORE), match.start())
                 and vocabulary.in_foreign_block(text, match.start(), match.end())):
        return None  # an ordinary Dutch, German or English word: in lower case, or a noun after its article in a
        # line of that language ("die Akte", "het gezin"), or a long one in a passage of that language, where nouns
        # take capitals ("Begleitung", "Sachbearbeiterin"), or one far more theirs than French and no French word
        # ("Schule", "Anlass": a surname travels into French as often; a French word may open a street's name),
        # unless a capitalised word comes before it ("Jugendtreff Brückenschlag": a service's name); alone in
        # French, a capitalised one may be a surname ("Krüger")
    if (is_word(word.lower()) or is_foreign_word(word) or is_foreign_compound(word)) \
            and (SLASH_AFTER.match(text, match.end()) or SLASH_BEFORE.search(text, max(0, match.start() - 4),
                                                                             match.start())) \
            and LABEL_COLON_AHEAD.match(text, match.end()):
        return None  # one half of a bilingual form's label: "Vorname / Prénom :", "Geburtsort / Lieu :"
    written = word.capitalize()
    if word.isupper() and len(word) >= MIN_CAPITALS \
            and vocabulary.line_around(text, match.start(), match.end()).isupper() \
            and ":" not in vocabulary.line_before(text, match.start()) \
            and vocabulary.in_foreign_block(text, match.start(), match.end()) \
            and (is_foreign_word(written) or never_french_word(written)) \
            and not in_first_names(written) and not in_surnames(written):
        return None  # a heading's word in a passage of Dutch, German or English ("VERLOOP", "AFSPRAKEN")
    if word.isupper():  # an acronym of the trade (EEG, PTSD) or a heading, unless long and no word; in a
        # heading, a word French does not write ("RÉSEAU HESBAYE JEUNES": a service's own name)
        heading = vocabulary.line_around(text, match.start(), match.start()).isupper()
        if len(word) < MIN_CAPITALS and not is_word(word.lower()) and PLACE_BEFORE.search(text, 0, match.start()):
            return "capitals", SCORES["capitals"]  # a short one where one goes or works: "au foot au RWDM"
        return ("capitals", SCORES["capitals"]) if len(word) >= MIN_CAPITALS and not is_word(word) \
            and (not heading or not _known(word)) else None
    if word.islower() and len(word) >= MIN_LOWER_NAME and in_first_names(word) and not is_common_word(word) \
            and not is_chat_word(word) and (_frequency(word) < FIRST_NAME_ZIPF
                                            or not is_word(word) and not is_foreign_word(word)):
        return "first_name_lower", SCORES["first_name_lower"]  # "merci sofie", "la maman de lina", "avec kevin"
        # (however often the web writes it: a name no French lexicon holds, "nathalie", "sarah")
    if word.islower() and len(word) >= MIN_NEAR and "-" not in word and not _known(word) \
            and not is_chat_word(word) and not vocabulary.in_foreign_line(text, match.start(), match.end()):
        return "unknown_lower", SCORES["unknown_lower"]  # "à coté du delhaize": a shop, a club in a message
    if not word[:1].isupper() or is_chat_word(word):
        return None
    start_of_sentence = _sentence_start(text, match.start())
    if start_of_sentence and len(word) <= MAX_ABBREVIATION and not (doubled_syllable(folded) and folded.isalpha()):
        return None  # "Lun", "Hyp", "Scol": a note's abbreviations open its lines (not a family's pet name, its
        # syllable said twice: "Kéké", "Jojo")
    if not is_word(word) and not any(is_word(part) for part in re.split(r"['’-]", word) if len(part) > 3) \
            and not is_unaccented_word(word) \
            or "-" not in word and _frequency(word) < RARE_ZIPF:  # a rare form the lexicon holds ("Talas")
        return "unknown_capitalised", round(SCORES["unknown_capitalised"] - (0.2 if start_of_sentence else 0.0), 2)
    if in_first_names(word) and not grammar_word(word) and not (start_of_sentence and _opens_sentences(word)):
        # at a sentence's start too, unless French often opens a sentence with the word ("Suite", "Bref")
        return "first_name_word", round(SCORES["first_name_word"] - (0.2 if start_of_sentence else 0.0), 2)
    if not start_of_sentence and not _after_title_or_label(text, match.start()):
        return "capitalised_word", SCORES["capitalised_word"]
    return None


LABEL_COLON_AHEAD = re.compile(r"[^\n:]{0,40}:")
SLASH_AFTER = re.compile(r"[^\S\n]?/[^\S\n]?[^\W\d_]")
SLASH_BEFORE = re.compile(r"[^\W\d_][^\S\n]?/[^\S\n]?$")
OPENER_ZIPF = 5.0  # "Grâce" (5.3, "grâce à"), "Suite": words French opens sentences with; "Innocent" (3.9) is rarer


def _opens_sentences(word: str) -> bool:
    return _frequency(word) >= OPENER_ZIPF


def _after_title_or_label(text: str, start: int) -> bool:
    """A capitalised word in a heading line, or in a line of capitalised words (a list, a title) is no clue."""
    line = vocabulary.line_around(text, start, start)
    return line.isupper() or sum(w[:1].isupper() for w in line.split()) > len(line.split()) * 0.6


@lru_cache(maxsize=65536)
def _frequency(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "fr")


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    """A French word, by the lexicon or by how often French writes it (the lexicon lacks some plain nouns,
    "ligne", "liste"), or a truncation of one ("accomp", "quotid": notes abbreviate), or a feast ("Meskel")."""
    lower = word.lower()
    return is_word(lower) or _frequency(lower) >= KNOWN_ZIPF or _truncated(lower) or is_unaccented_word(lower) \
        or lower in vocabulary.holidays()


def _truncated(word: str) -> bool:
    return word in _prefixes()


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    return frozenset(w[:n] for w in top_words() for n in range(MIN_NEAR, len(w)))


def _acronym_like(word: str) -> bool:
    """Short capitals with no vowel or of three letters read as an acronym of the sector more often than a
    name: they are left to the keep-list and to the presenter ("ADL", "CPF")."""
    return len(word) <= 3 and not re.search(r"[AEIOUY].*[AEIOUY]", word)


def _sentence_start(text: str, start: int) -> bool:
    """The start of a sentence, a line or a table's cell ("| Poids |", "\tTaille")."""
    return opens_sentence_or_cell(text, start)


def _innocent_number(text: str, match: re.Match[str]) -> bool:
    number = match.group()
    if INNOCENT_SHAPE.fullmatch(number) and not (DAY_MONTH.fullmatch(number) and not NOT_A_DAY_BEFORE.search(
            text, max(0, match.start() - 20), match.start())):
        return True
    if INNOCENT_AFTER.match(text, match.end()):
        return True
    return bool(INNOCENT_BEFORE.search(text, max(0, match.start() - 20), match.start()))


def _removed_words(spans: Iterable[Span]) -> frozenset[str]:
    return frozenset(fold(w) for span in spans if span.entity_type in ("PERSON", "LOCATION", "ORGANIZATION",
                                                                      "SCHOOL")
                     for w in WORD.findall(span.text) if len(w) >= MIN_NEAR)


def _one_typo_away(word: str, removed: frozenset[str]) -> bool:
    return any(abs(len(word) - len(name)) <= 1 and _distance_one(word, name) for name in removed)


@lru_cache(maxsize=65536)
def _distance_one(a: str, b: str) -> bool:
    """Levenshtein distance exactly one (a letter changed, added, removed or two swapped)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


class _Covered:
    """Whether a range touches a detected span (sorted bounds, binary search)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.bounds = sorted((s.start, s.end) for s in spans)
        self.starts = [s for s, _ in self.bounds]

    def touches(self, start: int, end: int) -> bool:
        return bool(self._inside(start, end))

    def _inside(self, start: int, end: int) -> list[tuple[int, int]]:
        from bisect import bisect_left

        i = bisect_left(self.starts, end)
        return [(s, e) for s, e in self.bounds[max(0, i - 8):i] if s < end and start < e]

    def largest_gap(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The longest stretch of letters or digits of [start, end) that no span covers."""
        best, position = (start, start), start
        for s, e in sorted(self._inside(start, end)) + [(end, end)]:
            piece = text[position:max(position, s)]
            stripped_start = position + (len(piece) - len(piece.lstrip(" ,.;:'’-()«»\"")))
            stripped_end = position + len(piece.rstrip(" ,.;:'’-()«»\""))
            if stripped_end - stripped_start > best[1] - best[0]:
                best = (stripped_start, stripped_end)
            position = max(position, e)
        return best
