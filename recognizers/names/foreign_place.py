"""Towns and villages abroad that identify a family: the town of origin, a birthplace, a village near a
city ("originaire de Nador", "née à Kananga", "un village près de Kayseri", "depuis Alep").

Names from GeoNames (towns of 5,000 inhabitants or more, and the French and other exonyms of the larger
ones: :func:`anonymizer.recognizers.lookup.foreign_places`), taken only after a word that introduces a
place, since many town names are also first names or surnames ("Florence", "Laval"); the longest listed
name wins ("Deir ez-Zor"). Belgian places are the Statbel lists' (BePlaceRecognizer).
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_common_word, is_foreign_word, is_word
from anonymizer.recognizers.base import FrSpanRecognizer
from anonymizer.recognizers.lookup import (
    foreign_places,
    in_first_names,
    in_surnames,
    is_country,
    large_town_abroad,
    major_town_abroad,
    places,
)
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymizer import vocabulary

# the words after which Dutch "van" opens a surname, not a place ("mevrouw van Houten", "de familie van Buren")
NOT_BEFORE_VAN = ("mevrouw", "meneer", "heer", "mevr.", "dhr.", "familie", "juffrouw", "dokter", "dr.")
NOT_A_SURNAME_VAN = "".join(rf"(?<!{re.escape(word)}[^\S\n])" for word in NOT_BEFORE_VAN)
# a strong cue announces a place whatever the word after it; after a weak one (à, de, en...), a word that is
# also a first name or a surname is a person ("la sœur de Yasmine", "le fils d'Amina")
# ("née le 4 mai 1980 à Porto": the birth date between)
STRONG_CUE = (r"(?:près\s+de|(?P<birth>originaires?\s+de|née?s?\s+(?:le\s+[\w./ ]{3,25}?\s+)?(?:à|au)"
              # a genogram's birth and death signs and their date ("°1941", "†12/03/2011")
              r"|[°†✝][^\S\n]?\d{1,2}(?:[./]\d{1,2}[./])?\d{2,4}[^\S\n]+(?:à[^\S\n]+)?)"
              r"|(?:camp|village|ville|région|province|quartier)\s+(?:de|d['’]))")
# weak cues in French, and in the Dutch, German and English of forwarded mails ("eine Tante in Aachen",
# "naar Antalya", "from Lagos", "at Luton Family Court")
# a journey's cues announce a place, never a person, so a town that is also a first name is the town there ("jusqu'à
# Calais", "via Paris")
ROUTE_CUE = r"(?P<route>jusqu['’]à|via|à\s+destination\s+de|en\s+direction\s+de)"
# ... and "puis" after a place, between two steps ("train vers Milan, puis Paris"; "puis Florence est arrivée" is
# a person)
PLACE_BEFORE_THEN = re.compile(rf"([{vocabulary.UPPER}][\w'’]*(?:-[\w'’]+)*)[^\S\n]*,?[^\S\n]*$")
# and so do the steps of an itinerary: a dash or an arrow between places ("Nimroz – Van – Istanbul"), a country's
# town in brackets ("France (Calais, trois semaines)")
STEP_CUE = r"(?P<step>[–—→]|->|\()"
NAME_GOES_ON = re.compile(rf"[^\S\n]+(?:de|du|des)[^\S\n]+[{vocabulary.UPPER}]|[^\S\n]*d['’][{vocabulary.UPPER}]")
STEP_AFTER = re.compile(r"[^\S\n]*(?:[–—→(),]|->|$)", re.MULTILINE)
COUNTRY_BEFORE = re.compile(r"([^\W\d_][\w'’ -]*?)[^\S\n]*\($")
PLACE_CUE = (rf"(?:(?i:(?<![\w'’])(?:{ROUTE_CUE}|{STEP_CUE}|(?P<strong>{STRONG_CUE})|(?P<then>puis)"
             r"|à|de|d['’]|du|en|vers|depuis|in"
             r"|nach|aus|naar|uit|from|(?P<to>to)|at|bij|near"  # ("een dorp bij Afrin"; not the German "bei": "bei
             # Regen")
             # Dutch "van" after a verb or a noun in lower case, no title's or a family's ("verhuisd van Tshilenge",
             # "een brief van Kinshasa"; not "mevrouw van Houten", "de familie van Buren", "Jan van Dijk")
             r"|(?<=(?-i:[^\W\d_A-Z])[^\S\n])" + NOT_A_SURNAME_VAN + "van))"
             r"|(?<=\d)(?P<comma>,))[^\S\n]*")  # (and a house's or flat's number and its comma on an address's line:
# "str. Păcurari 45, ap. 12, Iași", "Adresse : Păcurari 45, Iași", "chez un cousin, bloc 4, Iași"; not "Year 4,
# Reading")
STREET_ON_LINE = re.compile(rf"(?:(?<![\w]){vocabulary.street_types_re()}[^\S\n]+"
                            r"|(?<![\w])(?i:ap|app|bl|bloc|nr|bte|bus)\.?[^\S\n]*\d"
                            r"|(?i:adresse|domicil\w*|habite|loge|réside|wohnt|woont|lives))[^\n]*\d$")
# the name in a lookahead: the words after it may hold the next cue ("à Alep puis à Gaziantep")
CANDIDATE = re.compile(
    PLACE_CUE + rf"(?=(?P<name>[{vocabulary.UPPER}][\w'’]*(?:(?:[^\S\n]|-)[\w'’]+){{0,3}}))")
MAX_WORDS = 4
SCORE = 0.6
# a town followed by its country after a comma, as addresses, genograms and forms write it ("Kinshasa, RD Congo",
# "Nador, Maroc"): the country vouches for the town, whatever word comes before it
COMMA_COUNTRY = re.compile(r",[^\S\n]*(?=[^\W\d_])")
WORDS_BEFORE = re.compile(rf"((?:[{vocabulary.UPPER}][\w'’]*(?:-[\w'’]+)*[^\S\n]+){{0,2}}"
                          rf"[{vocabulary.UPPER}][\w'’]*(?:-[\w'’]+)*)$")



class ForeignPlaceRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "LOCATION"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        results = []
        for match in CANDIDATE.finditer(text):
            if match.group("comma") and not STREET_ON_LINE.search(text, text.rfind("\n", 0, match.start()) + 1,
                                                                   match.start()):
                continue
            step = match.group("step") is not None
            found = self._longest_listed(match.group("name"), strong=match.group("strong") is not None,
                                         birth=match.group("birth") is not None,
                                         route=match.group("route") is not None or step
                                         or match.group("then") is not None and _after_a_place(text, match.start()))
            end = match.start("name") + len(found) if found is not None else 0
            if found is not None and step and not self._itinerary(text, match.start("step"), end):
                continue
            if found is not None and (step or match.group("route")) and NAME_GOES_ON.match(text, end):
                continue  # "via Parole d'Enfants": a service's name, of which the town is only the first word
            if found is not None and match.group("to") and (is_foreign_word(found) or is_word(found.lower())
                                                             or in_surnames(found)):
                continue  # English "to" before an English word or a surname: "Moving to Independence", "to College",
                # "sent the minutes to Hastings" (not "the outing to Gloucester")
            if found is not None:
                start = match.start("name")
                results.append(self.result(start, start + len(found), SCORE))
        return results + [self.result(start, end, SCORE) for start, end in self._before_country(text)]

    @staticmethod
    def _before_country(text: str):
        """(start, end) of each town abroad written before its country and a comma ("Kinshasa, RD Congo")."""
        for comma in COMMA_COUNTRY.finditer(text):
            after = re.match(r"[^\W\d_][\w'’.]*(?:[^\S\n]+[\w'’.]+){0,3}", text[comma.end():comma.end() + 60])
            words = after.group().split() if after else []
            if not any(is_country(" ".join(words[:n]).rstrip(".")) for n in range(len(words), 0, -1)):
                continue
            before = WORDS_BEFORE.search(text, max(0, comma.start() - 60), comma.start())
            if before is None:
                continue
            words = [(before.start(1) + m.start(), m.group()) for m in re.finditer(r"\S+", before.group(1))]
            for count in range(len(words), 0, -1):
                candidate = " ".join(word for _, word in words[-count:])  # (as listed: one space between words)
                if candidate in foreign_places() and candidate not in places() \
                        and candidate.lower() not in vocabulary.calendar_words():
                    yield words[-count][0], comma.start()
                    break

    @staticmethod
    def _itinerary(text: str, cue: int, end: int) -> bool:
        """A step of an itinerary: another step after it, and a country before its bracket."""
        if not STEP_AFTER.match(text, end):
            return False
        if text[cue] != "(":
            return True
        country = COUNTRY_BEFORE.search(text, max(0, cue - 40), cue + 1)
        return country is not None and is_country(country.group(1).split()[-1])

    @staticmethod
    def _longest_listed(name: str, strong: bool, birth: bool = False, route: bool = False) -> str | None:
        """The longest start of ``name`` (whole words) that is a town abroad and no Belgian place; an ordinary
        French word only after a strong cue ("né à Porto", "près de Porto"), and there a first name or a surname
        only after "né(e) à" or "originaire de" ("près de Martin" is a boy); after a weak cue, no first name,
        surname, month or weekday ("in March", "from Monday": English towns too); after a journey's cue, a first
        name, a surname or a word (capitalised: "via Paris", "jusqu'à Calais") but no month or weekday."""
        pieces = re.split(r"((?:[^\S\n]|-)+)", name)
        for count in range(min(MAX_WORDS, (len(pieces) + 1) // 2), 0, -1):
            candidate = "".join(pieces[:2 * count - 1])
            person = in_first_names(candidate) or in_surnames(candidate)
            # (a large town whose name French also writes as a word, capitalised after a weak cue, is the town:
            # "mon frère est à Porto"; a first name or a surname stays a person there)
            # (and a country's major town whose name is no gendered first name, after any cue: "chez sa cousine à
            # Paris", though "Paris" is a surname and a first name too)
            if _listed_abroad(candidate) and candidate not in places() \
                    and (birth or route or strong and not person or not is_common_word(candidate)
                         or not person and large_town_abroad(candidate) or _major(candidate)) \
                    and (strong or not (person or candidate.lower() in vocabulary.calendar_words())
                         or route and candidate.lower() not in vocabulary.calendar_words() or _major(candidate)) \
                    and (strong or not GERMAN_POSSESSIVE.fullmatch(candidate)):
                return candidate  # (not a possessive of a German mail: "Umzug in Ihren Zuständigkeitsbereich")
        return None


def _major(candidate: str) -> bool:
    """A country's major town, no month or weekday (read only for a name listed abroad: the towns' list is loaded the
    first time it is)."""
    return major_town_abroad(candidate) and candidate.lower() not in vocabulary.calendar_words()


# German's possessives, which GeoNames also holds as villages ("Ihren"): after a weak cue, never a town
GERMAN_POSSESSIVE = re.compile(r"(?i:ihr|sein|mein|dein|unser|euer|eur)(?:e[mnrs]?)?")


# Romanian's s and t with a comma below, as keyboards write them, and with the cedilla GeoNames writes ("Iași", "Iaşi")
COMMA_BELOW = str.maketrans("șțȘȚ", "şţŞŢ")


def _listed_abroad(name: str) -> bool:
    return name in foreign_places() or name.translate(COMMA_BELOW) in foreign_places()


def _after_a_place(text: str, cue: int) -> bool:
    """A town or a country just before the cue ("Milan, puis"), a step of the same journey."""
    before = PLACE_BEFORE_THEN.search(text, max(0, cue - 40), cue)
    return before is not None and (before.group(1) in foreign_places() or before.group(1) in places()
                                   or is_country(before.group(1)))
