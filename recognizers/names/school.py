"""SCHOOL: a named school establishment as one span.

"Athénée royal d'Ath", "École communale de Beez", "Institut Sainte-Marie de Thuin", "Lycée Martin V",
"École fondamentale libre Sainte-Thérèse", "Institut provincial des Arts et Métiers de Nivelles",
"école Les Coccinelles", "Éc. fond. Les Tilleuls" (notes), "l'école n° 8". A school word alone ("l'école",
"l'institut") is not a name: at least one capitalised word must follow.
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_foreign_word, is_word
from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.lookup import in_first_names, places

from anonymizer import vocabulary

_KINDS = "|".join(r"\s+".join(map(re.escape, kind.split()))
                  for kind in sorted(vocabulary.school_kinds(), key=len, reverse=True))
SCHOOL_WORD = rf"(?:(?i:{_KINDS})|EFP|CEFA)"
# generic words that may stand between the school word and its name
MODIFIER = (
    r"(?:royal|royale|communal|communale|libre|provincial|provinciale|fondamental|fondamentale|primaire"
    r"|secondaire|maternelle|technique|professionnel|professionnelle|spécialisé|spécialisée|moyen|supérieur"
    r"|supérieure|polytechnique|polyvalent|autonome|intégral|intégrale|général|générale|catholique|officiel"
    r"|officielle|européen|européenne|international|internationale|diocésain|diocésaine|pluraliste|communautaire|fond\.|fondam\.|prim\.|sec\.|comm\.|d['’]enseignement(?:\s+(?:spécialisé|secondaire|fondamental"
    r"|technique|professionnel|général))?|de\s+promotion\s+sociale|des\s+Arts\s+et\s+Métiers|technique\s+et"
    r"\s+professionnel)"
)
# (and German's and Dutch's, after a school's kind: "Sekundarschule am Steinbach", "Grundschule an der Weser")
# ("et" before another school's kind joins two schools: "Institut Saint-Luc et Athénée Royal")
LINK = (rf"(?:de\s+la|de\s+l['’]|des|du|de|d['’]|l['’]|aux|au|la|le|les|{vocabulary.NAME_AND}(?![^\S\n]+(?i:{_KINDS}))"
        r"|sur|sous|en|am|im|an\s+der|zum|zur|['’]t)")  # (Dutch's "'t": "SBS 't Klavertje")
CAP = rf"(?:[{vocabulary.UPPER}][\w'’]*(?:-[\w'’]+)*|[IVX]{{1,4}}\b)"
# on one line: a heading below the school's name is not part of it ("Athénée royal Vauban\n\nFamille :")
NAME = rf"(?:{LINK}[^\S\n]*)?{CAP}(?:(?:[^\S\n]+|-)(?:{LINK}[^\S\n]*)?{CAP}){{0,5}}"


# an English school's kind, after its name
# (a Church school's denomination before it: "St Bride's C of E Primary School", "St Mary's RC Primary")
KIND_AFTER = (r"(?:(?:C[^\S\n]+of[^\S\n]+E|CE|RC|C\.E\.|R\.C\.|Catholic)[^\S\n]+)?"
              r"(?:Primary(?:[^\S\n]+School)?|Academy|High[^\S\n]+School|Grammar[^\S\n]+School|Secondary[^\S\n]+School"
              r"|Infant[^\S\n]+School|Junior[^\S\n]+School|Community[^\S\n]+School|School)")


# what Dutch and German write before the school's kind ("Städtische Sekundarschule Am Wiesenbach", "Vrije
# Basisschool De Klimop", "Gemeentelijke Basisschool Ter Bank")
BEFORE_KIND = (r"(?:(?:Städtische|Bischöfliche|Königliche|Private|Gemeentelijke|Stedelijke|Vrije|Provinciale"
               r"|Katholieke)n?[^\S\n]+)")


# a saint's name, as a school is named after one, in any case ("école saint joseph", "Institut Ste-Marie")
SAINT = r"(?i:saint|sainte|saints|st\.?|ste\.?)"
LOWER_WORD = r"[^\W\d_][\w'’]*"
# after a saint's name, the commune the school stands in ("de genval", "d'ougrée", "de la louvière", "jambes"): the
# next word or two, after "de" or not, kept only when the place list holds them (checked in analyze)
LOWER_PLACE = (rf"(?:[^\S\n]+(?:de[^\S\n]+|d['’])?[^\S\n]*(?P<place>{LOWER_WORD})"
               rf"(?:(?P<second>[ -]){LOWER_WORD})?)?")
# a school named after a saint, in any case, its name on the kind's line or the next one
SAINT_SCHOOL_PATTERN = (rf"{SCHOOL_WORD}(?:[^\S\n]+{MODIFIER})*(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
                        rf"{SAINT}(?:[^\S\n]+|-)(?P<name>{LOWER_WORD}){LOWER_PLACE}")


# a fundamental school by its network's acronym, in capitals, and the network's word its full name holds ("EFC
# Halanzy" is the "école fondamentale communale" or "école communale de Halanzy", "EFL Saint-Remacle" the "école
# fondamentale libre Saint-Remacle"); only before a commune the lists hold, an article's name, a saint's or a number
# ("EC Suivi", "EFL Advanced", "EC Kevin" are none)
NETWORK_ACRONYMS = {"EFC": "communale", "EFL": "libre", "EC": "communale"}
NETWORK = rf"(?:{'|'.join(NETWORK_ACRONYMS)})"
_NAMED = rf"(?:(?:Les|La|Le|L['’]|(?i:des|du|aux|de[^\S\n]+la|de[^\S\n]+l['’]))[^\S\n]*{CAP}(?:[^\S\n]+{CAP})?)"
NETWORK_NAME = (rf"(?P<article>{_NAMED}"
                rf"|(?:Saint|Sainte|St|Ste)\.?[-\s]{CAP}(?:[^\S\n]+(?:de[^\S\n]+|d['’]){CAP})?"
                rf"|n°[^\S\n]*\d+[^\S\n]+(?:(?:de[^\S\n]+|d['’]){CAP}|{_NAMED}))"
                rf"|(?:de[^\S\n]+|d['’])?(?P<town>{CAP})")
NETWORK_SCHOOL = re.compile(rf"{NETWORK}[^\S\n]+(?:{NETWORK_NAME})")

_CIVIL = vocabulary.alternation(tuple(vocabulary.civil_titles()))  # "l'école de M. Mathieu": a teacher's


class SchoolRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "SCHOOL"
    PATTERNS = (
        ("school", rf"(?<![\w]){BEFORE_KIND}?{SCHOOL_WORD}(?:[^\S\n]+{MODIFIER})*[^\S\n]+{NAME}", 0.8),
        ("school_network", rf"(?<![\w]){NETWORK}[^\S\n]+(?:{NETWORK_NAME})(?![\w'’-])", 0.75),
        # a school named after a saint, written in lower case as notes, dictations and letters do ("école saint
        # joseph de genval", "ecole ste marie jambes"), or with its name on the next line of a hard-wrapped text
        # ("à l'Institut\nSaint-Lambert d'Ougrée")
        ("school_saint", rf"(?<![\w]){SAINT_SCHOOL_PATTERN}", 0.8),
        # the kind after the name, as English names schools ("Brockmere Academy", "St Aldric's Primary", "Oakfield
        # High School") and Dutch glues it to the name ("Sint-Aldegondiscollege", "Heilig-Hartinstituut")
        ("school_kind_after", rf"(?<![\w'’-])(?!(?:The|Our|This|That|My|His|Her|Their|A|An)[^\S\n]){CAP}"
                              rf"(?:[^\S\n]+{CAP}){{0,3}}[^\S\n]+{KIND_AFTER}(?![\w'’-])", 0.7),
        # a Flemish secondary school's site, "Campus" written with its capital ("GO! Campus Kolenspoor"; not a
        # university's, "le campus de la ULB")
        ("school_campus", rf"(?<![\w'’-])Campus[^\S\n]+{NAME}", 0.7),
        ("school_glued_kind", rf"(?<![\w'’-])[{vocabulary.UPPER}][\w-]{{3,}}(?:college|instituut|lyceum|atheneum)"
                              r"(?![\w'’-])", 0.7),
        # a commune's schools numbered ("l'école n° 8", "École communale n°3", "école fondamentale no 12"), with the
        # name with its article a Brussels school also bears, after a dash or not ("École n° 9 — Les Marronniers",
        # "École n°12 Les Tamaris"; not a heading's next part, "école n° 8 - Primaire"), or with its commune ("l'école
        # n° 9 de Forest")
        ("school_numbered", rf"(?<![\w]){SCHOOL_WORD}(?:[^\S\n]+{MODIFIER})*[^\S\n]+(?:n°|n\.°|no\.?|nr\.?|numéro)"
                            rf"[^\S\n]*\d{{1,3}}(?![\d/.,]\d)(?!\d)"
                            rf"(?:[^\S\n]+(?:[—–-][^\S\n]+)?(?:Les|Le|La|L['’])[^\S\n]*{NAME}"
                            rf"|[^\S\n]+(?:de[^\S\n]+|d['’])(?!(?i:{_CIVIL})(?:\.|[^\S\n])){CAP})?", 0.8),
    )
    CONTEXT = ("école", "élève", "classe", "scolarisé", "inscrit")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """"l'école de Dorcas" is the child's school, not a school named after a first name (a commune's, "l'école de
        Wavre", is one)."""
        results = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if TRACK_AFTER_KIND.fullmatch(text, result.start, result.end):
                continue  # a track of special education, no school: "BuSO OV4", "BuBaO type 8"
            if pattern_name(result) == "school_network":
                network = NETWORK_SCHOOL.match(text, result.start, result.end)
                if network is None or network.group("town") and not _village_name(network.group("town")):
                    continue  # (a commune or a village: "EC Jeunesse", "EFL Advanced", "EC Kevin" name no school)
            if _of_a_child(text[result.start:result.end]) or _of_a_titled_person(text, result.start, result.end) \
                    or pattern_name(result) == "school_kind_after" \
                    and _ordinary_words_before_kind(text[result.start:result.end]):
                continue
            if pattern_name(result) == "school_numbered":
                of = NUMBERED_OF.search(text, result.start, result.end)
                if of and of.group(1) not in places() \
                        and (in_first_names(of.group(1)) or is_word(of.group(1).lower())):
                    result.end = of.start()  # "l'école n°2 de Julie", "école n° 1 d'Enseignement spécialisé": a
                    # child's school or its kind, no commune
            if _kind_of_school_in_town(text, result.start, result.end):
                continue  # "une école catholique de Namur": a kind of school in a town, the town alone is named
            saint = SAINT_SCHOOL.match(text, result.start, result.end) if pattern_name(result) == "school_saint" \
                else None
            if saint and saint.end() == result.end and saint.group("place") and saint.group("place").islower():
                result.end = _end_of_place(text, saint)  # (capitalised, the commune is the name's: "d'Avernas")
            results.append(result)
        return results


def _village_name(word: str) -> bool:
    """A commune the lists hold, or a word no lexicon holds nor names a person, as a village's short name is ("EC
    Fayt", "EFC Wanfercée")."""
    return word in places() or not (is_word(word.lower()) or is_foreign_word(word) or in_first_names(word))


SAINT_SCHOOL = re.compile(SAINT_SCHOOL_PATTERN)
INDEFINITE_BEFORE = re.compile(r"(?i:\b(?:une?|des|d['’]une?|aucune?|autre|chaque|cette|cet)[^\S\n]+$)")
KIND_IN_TOWN = re.compile(rf"{SCHOOL_WORD}(?:[^\S\n]+{MODIFIER})+[^\S\n]+(?:de[^\S\n]+|d['’])(?P<town>.+)")


NUMBERED_OF = re.compile(r"[^\S\n]+(?:de[^\S\n]+|d['’])(\S+)$")


def _kind_of_school_in_town(text: str, start: int, end: int) -> bool:
    """After an indefinite article, a school's kind and its qualifiers then "de" and a commune are a kind of school
    there ("une école catholique de Namur", "un athénée royal de Liège"), none in particular."""
    if not INDEFINITE_BEFORE.search(text, max(0, start - 12), start):
        return False
    match = KIND_IN_TOWN.fullmatch(text, start, end)
    return match is not None and match.group("town") in places()
TRACK_AFTER_KIND = re.compile(r"(?i:bubao|buso|enseignement[^\S\n]+spécialisé)[^\S\n]+"
                              r"(?:OV[^\S\n]?\d|(?i:type)[^\S\n]+\d{1,2})")
KIND_AFTER_RE = re.compile(rf"[^\S\n]+{KIND_AFTER}$")


def _ordinary_words_before_kind(name: str) -> bool:
    """"Summer School", "Sunday School": ordinary English or French words before the kind name no school."""
    words = re.findall(r"[^\W\d_]+", KIND_AFTER_RE.sub("", name))
    return bool(words) and all(is_foreign_word(w) or is_word(w.lower()) for w in words)


def _end_of_place(text: str, saint: re.Match[str]) -> int:
    """Where a saint's school's name ends: after the commune that follows it when the place list holds it, whatever
    its case ("de genval", "de la louvière", "jambes"), else after the saint's name ("école saint joseph de ma
    fille")."""
    for end in (saint.end(), saint.end("place")):  # two words first ("la louvière"), then one
        if _a_place(text[saint.start("place"):end]):
            return end
    return saint.end("name")


def _a_place(words: str) -> bool:
    """A commune's or a section's name, whatever its case ("genval", "la louvière")."""
    return any(candidate in places() for candidate in (words.title(), words.capitalize(), words))


# "l'école de Yanis", "l'école primaire de Lucie": a school word (its level after it) and a first name (not its
# network's word: "l'école communale de Dave" is a village's)
OF_ONE_NAME = re.compile(rf"{SCHOOL_WORD}(?:[^\S\n]+(?:primaire|maternelle|secondaire|fondamentale))?[^\S\n]+"
                         rf"(?:de|d['’])[^\S\n]*"
                         rf"([{vocabulary.UPPER}][a-zà-ÿ]+(?:-[{vocabulary.UPPER}][a-zà-ÿ]+)?)")


# "l'école de M. Mathieu", "la classe de Mme Lenoir": a school word, "de" and a title, whose person is the teacher
OF_TITLE = re.compile(rf"{SCHOOL_WORD}[^\S\n]+(?:de|d['’])[^\S\n]*(?i:{_CIVIL})(?:\.|(?=[^\S\n]|$))")


def _of_a_titled_person(text: str, start: int, end: int) -> bool:
    return OF_TITLE.match(text, start, min(len(text), end + 1)) is not None


def _of_a_child(school: str) -> bool:
    match = OF_ONE_NAME.fullmatch(school)
    return match is not None and in_first_names(match.group(1)) and match.group(1) not in places()
