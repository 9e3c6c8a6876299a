"""A table pasted as text: a column whose cells are mostly one kind of name holds that kind in its other cells.

A caseload exported from a spreadsheet ("FA24-003;VAN DE VELDE;Lucas;21/11/2008;Péruwelz;..."), a list of
participants drawn with bars, a tab-separated roster: the detectors find most surnames of the "NOM" column, and
miss one whose words are ordinary or unlisted ("VAN DE VELDE", "HOUSSIÈRE"). The column says what the cell is:
when at least ``MIN_TYPED`` of its cells, and ``MIN_SHARE`` of its filled ones, are each one name of a type, an
other cell of that column that holds no detected span and looks like a name (letters, at most ``MAX_WORDS``
words, a capital, not a kept term, not one ordinary word) is that type too. The first row is the header ("NOM",
"commune"): it is never filled. Rows are the lines that hold the same number of one separator (";", "|", a tab),
at least ``MIN_ROWS`` in a row (one ragged row among them is skipped).

A column whose header names people ("Intervenant", "Nom de l'AS", "Educ référent", "Suivi par", "Élève", "Mère",
"Voornaam", a team's "Init."; not a person's property nor a service, "Langue de l'enfant", "Nom du service") holds
people, however few its cells detection found: each cell no detector read whose words are names ("Magomedov"; not
"En attente", "Absent excusé") is a PERSON, and so are, under a worker's role, the initials a team writes for its
members ("HB", "JVM": two to four capitals, no word, no kept acronym, no table code such as "NC", "DCD", "TBD", no
role's abbreviation such as "EDUC", "DIR") when the column holds a detected person, the same initials twice or three
different ones.

A column whose header numbers what it holds ("N°", "Réf.", "Dossier", "Badge", "ID", "Az."...) holds references:
its cells of digits (``MIN_DIGITS`` or more, with letters, hyphens, slashes or dots) that no detector read are
CASE_REF ("4417-01" under "Badge"); under "FASE", a school's number is FASE.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from anonymizer import vocabulary
from anonymizer.entity_types import name_types
from anonymizer.keeplist import KeepPolicy, role_terms
from anonymizer.models.lexicon import is_common_word, is_word
from anonymizer.recognizers.generic.codes import NUMBERING_WORDS
from anonymizer.recognizers.lookup import in_first_names, in_surnames
from anonymizer.spans import Grid, Span
from anonymizer.text import fold

SEPARATORS = (";", "|", "\t")
MIN_ROWS = 4
MIN_TYPED = 3
MIN_SHARE = 0.6
MAX_WORDS = 4
MIN_DIGITS = 3
NUMBERING_HEADER = re.compile(rf"(?i:(?<![\w])(?:n°|nº|no\.|num|ref\.?|badge|{NUMBERING_WORDS})(?![\w]))")
CODE_CELL = re.compile(r"[A-Za-z0-9][\w./-]*")
# a school's establishment number under its label: the FASE number the recogniser reads after the word, in a column
FASE_HEADER = re.compile(r"(?<![\w])(?i:fase)(?![\w])")
INITIALS_CELL = re.compile(r"[^\W\d_a-zà-öø-ÿ]{2,4}")
DOTTED_INITIALS = re.compile(r"(?:[^\W\d_][a-z]{0,2}\.-?){2,4}")  # "A.D.", "S.-A.M.", "C.VdW." is read as "C.V."
# the header of a column of people: a role's word, or a word for a name in the languages of Belgian forms
NAME_HEADERS = frozenset({"nom", "noms", "prenom", "prenoms", "name", "names", "naam", "voornaam", "vorname",
                          "nachname", "personne", "contact", "parent", "parents", "eleve", "eleves", "enfant",
                          "enfants", "jeune", "jeunes", "beneficiaire", "participant", "participante"})
# a header's words that make it a person's property or a service, not a person: "Langue de l'enfant", "Nom du service"
NOT_PEOPLE_WORDS = frozenset({"service", "services", "ecole", "etablissement", "structure", "institution", "organisme",
                              "association", "asbl", "langue", "nationalite", "date", "age", "adresse", "telephone",
                              "gsm", "mail", "statut", "classe", "commune", "pays", "lieu", "numero",
                              # a jurisdiction is no person ("tribunal" is kept as a role's word: "le tribunal")
                              "tribunal", "cour", "parquet", "juridiction", "instance", "mesure", "decision"})
# a column of a team's initials, as a roster writes them beside the names: "Init.", "Initiales", "Paraphe"
INITIALS_HEADERS = frozenset({"init", "initiales", "initiale", "initials", "paraphe", "paraphes", "kurzzeichen"})
FAMILY_HEADERS = frozenset({"parent", "parents", "enfant", "enfants", "eleve", "eleves", "jeune", "jeunes"}) \
    | frozenset(fold(word) for word in vocabulary.kin_roles())
# what a table writes for nobody: not known, not given, deceased, to be decided
PLACEHOLDERS = frozenset({"nc", "nd", "na", "n/a", "xx", "xxx", "tbd", "tbc", "dcd", "ras", "nr", "so", "inc", "idem"})
# a role's abbreviation in a team's column: an educator, a social worker, the director, a nurse, a speech therapist
ROLE_ABBREVIATIONS = frozenset({"educ", "ts", "as", "dir", "psy", "log", "logo", "ide", "inf", "kine", "stag", "coord",
                                "med", "ped", "sec", "adm", "cdg"})
NOT_INITIALS = PLACEHOLDERS | ROLE_ABBREVIATIONS
NAME_WORDS = frozenset({"nom", "noms", "name", "names", "naam"})  # (a name of something: "Nom du service")
NAME_CELL = re.compile(r"[^\W\d_]+(?:[-'’. ][^\W\d_]+)*\.?")


def column_cells(text: str, spans: list[Span], policy: KeepPolicy, grids: Iterable[Grid] = ()) -> list[Span]:
    """The cells of name columns that detection left, as spans of their column's type. ``grids``: the tables a
    format knows (a Word or LibreOffice table, whose cells are paragraphs of their own), in the same shape as
    the tables drawn in the text (rows of (start, end) cells, the header first)."""
    found: list[Span] = []
    within = _Within(spans)
    tables = [*_tables(text), *(table for grid in grids for table in _headed(grid, within))]
    if not tables:
        return found
    for rows in tables:
        for column in range(len(rows[0])):
            cells = [row[column] for row in rows]
            found += _filled(text, cells, within, policy)
            header = text[cells[0][0]:cells[0][1]]
            if (team := _people_header(header)) is not None:
                found += _people(text, cells, within, policy, team, _header_head(header)[0] in INITIALS_HEADERS)
            if FASE_HEADER.search(text, *cells[0]):
                found += _numbered(text, cells, within, "FASE")
            elif NUMBERING_HEADER.search(text, *cells[0]):
                found += _numbered(text, cells, within)
    return found


MAX_TITLE_ROWS = 3  # rows of one filled cell a table's title may take above its header


def _headed(grid: Grid, within: _Within) -> list[Grid]:
    """A format's table as the column rules read it, its header first: under titles merged over the columns (first
    rows of one filled cell), the table read from each of them and from the first row of more; a table of two
    columns whose first row's second cell holds a detected span is a form's labels and values ("Nom | DUPONT"), no
    list of people."""
    def filled(row: list[tuple[int, int]]) -> int:
        return sum(end > start for start, end in row)

    first = next((i for i, row in enumerate(grid[:MAX_TITLE_ROWS + 1]) if filled(row) >= 2), 0)
    tables = [grid[start:] for start in range(first + 1)]
    return [table for table in tables if len(table) >= MIN_ROWS and not (
        len(table[0]) == 2 and table[0][1][1] > table[0][1][0] and within(*table[0][1]))]


class _Within:
    """The spans overlapping a cell, found by bisection (a table of thousands of rows stays linear)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in self.spans]
        self.longest = max((span.end - span.start for span in self.spans), default=0)

    def __call__(self, start: int, end: int) -> list[Span]:
        last = bisect_left(self.starts, end)
        first = bisect_left(self.starts, start - self.longest, 0, last)
        return [span for span in self.spans[first:last] if span.end > start]


def _tables(text: str) -> Iterator[Grid]:
    """Each table: its rows (the first is the header), each a list of (start, end) cells, stripped."""
    for separator in SEPARATORS:
        if separator not in text:
            continue
        block: list[list[tuple[int, int]]] = []
        count = None
        offset = 0
        ragged = False  # the row before had another number of cells
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            n = body.count(separator)
            if n >= 2 and (n == count or not block):
                if not re.fullmatch(r"[\s|:+-]*", body):  # a Markdown rule "|---|---|" is no row
                    block.append(_cells(body, offset, separator))
                count, ragged = n, False
            elif n >= 2 and not ragged:
                ragged = True  # one row with a cell more or less ("Martin;Paul;2;extra") leaves the table whole
            else:
                if len(block) >= MIN_ROWS:
                    yield block
                block = [_cells(body, offset, separator)] if n >= 2 else []
                count = n if n >= 2 else None
            offset += len(line)
        if len(block) >= MIN_ROWS:
            yield block


def _cells(line: str, offset: int, separator: str) -> list[tuple[int, int]]:
    """Each cell's (start, end), without its spaces and the quotes a spreadsheet's CSV puts around it."""
    cells, start = [], 0
    for piece in [*line.split(separator)]:
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right - left >= 2 and piece[left] == piece[right - 1] == '"':
            left, right = left + 1, right - 1
        cells.append((offset + start + left, offset + start + max(left, right)))
        start += len(piece) + len(separator)
    return cells


def _filled(text: str, cells: list[tuple[int, int]], within: _Within, policy: KeepPolicy) -> list[Span]:
    typed: dict[str, int] = {}
    empty = []
    filled = 0
    for start, end in cells[1:]:
        if end <= start:
            continue
        filled += 1
        inside = within(start, end)
        if len(inside) == 1 and inside[0].start <= start and end <= inside[0].end \
                and inside[0].entity_type in name_types():
            typed[inside[0].entity_type] = typed.get(inside[0].entity_type, 0) + 1
        elif all(s.start >= start and s.end <= end for s in inside):
            empty.append((start, end))  # (or named in part: "VAN DE VELDE" of which "DE VELDE" was found)
    if not typed:
        return []
    kind, count = max(typed.items(), key=lambda item: item[1])
    if count < MIN_TYPED or count < MIN_SHARE * filled:
        return []
    return [Span.of(text, start, end, kind, 0.5, "column") for start, end in empty
            if _name_like(text[start:end], policy)
            and all(span.entity_type == kind for span in within(start, end))]


def _header_head(header: str) -> tuple[str, list[str]]:
    """A header's first word and all its words, folded, without quotes, inclusive endings and punctuation
    ("\"Intervenant·e\"" -> "intervenant")."""
    folded = re.sub(r"[·.](?:e|es|s)\b", "", fold(header)).strip(" :*\"'")
    words = [word for word in re.split(r"[\s_/()'’.\"-]+", folded) if word]
    return (words[0] if words else ""), words


def _people_header(header: str) -> bool | None:
    """Whether a header says its cells are people, and are they a team (True) or not (False); None for any other
    header. A role's or a name's word at its head ("Intervenant", "Éducateur du service", "Nom de l'AS", "Mère") or
    after a head that is no property ("Educ référent", "Suivi par"); not a person's property ("Langue de
    l'enfant") nor the name of a service or a school ("Nom du service"). A team: a worker's role in it, or "Suivi
    par"."""
    head, words = _header_head(header)
    if head in INITIALS_HEADERS:
        return True
    people = role_terms() | NAME_HEADERS
    if head in NOT_PEOPLE_WORDS or head in NAME_WORDS and any(word in NOT_PEOPLE_WORDS for word in words):
        return None
    followed = head == "suivi" and "par" in words
    team = followed or any(word in role_terms() and word not in FAMILY_HEADERS for word in words)
    # (a head that is a word, "Avis", "Commentaire", "Objectif du jeune", names what is said of people, not them;
    # an abbreviation, "Educ référent", does not)
    if head in people or followed or not is_word(head) and any(
            word in people and len(word) > 2 for word in words[1:]):
        return team
    return None


def _people(text: str, cells: list[tuple[int, int]], within: _Within, policy: KeepPolicy, team: bool,
            initials_header: bool = False) -> list[Span]:
    """The cells of a column of people that detection left: names, and in a team's column, initials (under a header
    that says so, "Init.", even those that spell a word: "TE")."""
    filled = [(start, end) for start, end in cells[1:] if end > start]
    values = [text[start:end] for start, end in filled]
    if sum(is_word(value.lower()) for value in values) * 2 > len(values):
        return []  # a column of words is a form's labels under a header that names people ("Intervenant | En
        # attente", then "Commune", "Langue", "Statut"): no list of people
    # (a column whose people detection read as initials, "A.D.", "M.B.", writes the others so too, even those that
    # spell a short word: a class list's "ML" among its "E.K." and "L.V.")
    by_initials = sum(1 for start, end in filled for span in within(start, end)
                      if span.entity_type == "PERSON" and DOTTED_INITIALS.fullmatch(span.text)) >= MIN_TYPED
    codes = [value for value in values if INITIALS_CELL.fullmatch(value) and not (by_initials and _function_word(value))
             and (_a_code_of_someone(value, policy) or (initials_header or by_initials) and not policy.is_kept(value)
                  and fold(value) not in NOT_INITIALS)]
    initials = codes and (by_initials or team and (
        len(set(codes)) < len(codes) or len(set(codes)) >= MIN_TYPED  # (a team's initials come back, or are many)
        or any(span.entity_type == "PERSON" for start, end in filled for span in within(start, end))))
    found = []
    for (start, end), cell in zip(filled, values, strict=True):
        if within(start, end) or policy.is_kept(cell) or fold(cell) in NOT_INITIALS:
            continue
        if INITIALS_CELL.fullmatch(cell):
            if initials and cell in codes:
                found.append(Span.of(text, start, end, "PERSON", 0.5, "column"))
        elif _name_like(cell, policy) and _name_words(cell):
            found.append(Span.of(text, start, end, "PERSON", 0.5, "column"))
    return found


def _name_words(cell: str) -> bool:
    """Each word of the cell capitalised and a listed name, a particle or no French word ("Magomedov", "VAN DE
    VELDE"; not "Absent excusé", "Hospitalisée", "Retour CPAS", "Stagiaire")."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", cell)
    return bool(words) and all(
        word.lower() in vocabulary.particles() or word[:1].isupper()
        and (in_first_names(word.capitalize()) or in_surnames(word.capitalize()) or not is_word(word.lower()))
        for word in words)


def _function_word(cell: str) -> bool:
    """A cell in capitals that is a function word or a common one ("OU", "CE", "JE"): no pupil's initials."""
    return cell.lower() in vocabulary.stop_words() or is_common_word(cell.lower())


def _a_code_of_someone(cell: str, policy: KeepPolicy) -> bool:
    """Capitals that may be a worker's initials: no word ("OUI"), no kept acronym, no table code, no role's
    abbreviation ("EDUC", "DIR")."""
    return not is_word(cell.lower()) and not policy.is_kept(cell) and fold(cell) not in NOT_INITIALS


def _numbered(text: str, cells: list[tuple[int, int]], within: _Within, kind: str = "CASE_REF") -> list[Span]:
    return [Span.of(text, start, end, kind, 0.5, "column") for start, end in cells[1:]
            if end > start and CODE_CELL.fullmatch(text, start, end)
            and sum(c.isdigit() for c in text[start:end]) >= MIN_DIGITS
            and not within(start, end)]


def _name_like(cell: str, policy: KeepPolicy) -> bool:
    """Letters in at most MAX_WORDS words with a capital; not a kept term ("SAJ"), not one common word
    ("Inconnu", "Idem") unless a list holds it as a name (a rare word is a surname here: "HOUSSIÈRE")."""
    if not NAME_CELL.fullmatch(cell) or len(cell.split()) > MAX_WORDS or cell.islower() or policy.is_kept(cell):
        return False
    if " " not in cell and is_common_word(cell) and not in_surnames(cell) and not in_first_names(cell):
        return False
    return len(cell) >= 2
