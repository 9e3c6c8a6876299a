"""The case pipeline: every command runs its documents through these stages, in this order.

    read -> detect (+ resolve) -> propagate -> decide -> render -> guard -> write

A :class:`Case` is the documents of one situation (a folder, unless ``--independent``: then each file is
a case of its own), its case key, the presenter's review decisions and the names known across its
files. Each stage is a function that takes values and returns new ones. The batch (anonymizer/batch.py)
may run the costly per-document stages (read, detect, propagate, write) in worker processes that each hold
their share of the documents; what the case shares (the names known across files, tag numbers, pseudonyms,
the key) is decided by :func:`finish` in one process, in the documents' order: the outputs never depend on
how the work was shared.

Each file is read and parsed once; its spans are propagated once, with the names of the whole case.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path

from anonymizer import artefact, userdata, vocabulary
from anonymizer.casekey import CaseKey
from anonymizer.entity_types import name_types
from anonymizer.formats import Document, Segment, format_for, limits
from anonymizer.leaks import find_leaks, identifying_tokens
from anonymizer.link import case_entity_keys
from anonymizer.normal import Normalised
from anonymizer.outputs import refuse_source, write_atomically
from anonymizer.pipeline import DEFAULT_OPTIONS, Anonymizer
from anonymizer.pseudonymize import Pseudonymizer, PseudoOptions, person_roles, removed_words
from anonymizer.reader import InputError, in_french, os_error_in_french, unsupported
from anonymizer.render import applied, tag_replacements
from anonymizer.spans import Span
from anonymizer.text import composed, fold_aligned


@dataclass
class Outcome:
    """What happened to one file (the report's row: no original text)."""

    source: Path
    target: Path | None = None
    status: str = "ok"  # ok | erreur | déjà fait | retenu (leak guard)
    counts: dict[str, int] = field(default_factory=dict)
    leaks: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    message: str = ""
    shown: str = ""  # the output's path below the output folder (names replaced): what a report may show


@dataclass
class CaseSettings:
    """How a case is rendered: style, pseudonym options, review decisions, and the guard's leniency."""

    style: str = "tag"
    options: PseudoOptions = DEFAULT_OPTIONS
    decisions: object = None  # anonymizer.decisions.Decisions
    allow_leaks: bool = False


@dataclass
class Case:
    """The documents of one situation as they go through the stages."""

    documents: list[Document]
    key: CaseKey | None = None
    spans: list[list[Span]] = field(default_factory=list)  # per document, after the latest stage
    known: dict[str, tuple[str, bool]] = field(default_factory=dict)  # name forms found across the case

    @property
    def texts(self) -> list[str]:
        return [document.text for document in self.documents]


# -- read --------------------------------------------------------------------------------------------------
def read(path: Path) -> Document:
    """A file as a :class:`Document` (its text segments), whatever its format; bad input is an
    :class:`InputError` with a French message naming the file."""
    fmt = format_for(path)
    if fmt is None:
        raise InputError(f"{path} : {unsupported(path.suffix)}.")
    try:
        if path.stat().st_size == 0:
            raise InputError(f"{path} : fichier vide, rien à anonymiser.")
        limits.check(path)
    except FileNotFoundError as exc:
        raise InputError(f"{path} : fichier introuvable.") from exc
    try:
        document = fmt.read(path)
    except (InputError, OSError):
        raise
    except RecursionError as exc:  # elements nested thousands deep: a hostile or broken file
        raise InputError(f"{path} : document anormal (éléments imbriqués trop profondément) ; non lu.") from exc
    except Exception as exc:  # noqa: BLE001 - a reader's unforeseen failure is one file's bad input
        raise InputError(f"{path} : document illisible ou abîmé ({in_french(exc)}).") from exc
    limits.check_text(path, document.text)
    document.format = fmt
    return document


def read_all(paths: Iterable[Path]) -> tuple[list[Document], list[Outcome]]:
    """The readable documents, and an ``erreur`` outcome for each file that is not."""
    documents, failed = [], []
    for path in paths:
        started = time.perf_counter()
        try:
            documents.append(read(path))
        except (InputError, OSError) as exc:
            failed.append(Outcome(path, status="erreur", message=read_error(path, exc),
                                  seconds=round(time.perf_counter() - started, 3)))
    return documents, failed


def read_error(path: Path, exc: Exception) -> str:
    """The French line for a file that could not be read."""
    return str(exc) if isinstance(exc, InputError) else f"{path} : lecture impossible ({os_error_in_french(exc)})."


# -- detect, propagate ---------------------------------------------------------------------------------------
GROUP = 8  # documents analysed together (spaCy runs over a group in batches)


def detect(case: Case, anonymizer: Anonymizer, with_propagation: bool,
           progress: Callable[[int], None] = lambda n: None, failed: list[Outcome] | None = None) -> Case:
    """Detected and resolved spans of each document, in groups of ``GROUP`` (spaCy runs over a group in
    batches); with ``with_propagation`` each document's own names are propagated at once (a case of one
    document has nothing else to wait for). With ``failed``, a document whose analysis raises is left out of
    the case and gets an ``erreur`` outcome there, and the others go on (else the error is raised)."""
    analyse_many = anonymizer.analyze_many if with_propagation else anonymizer.detect_many
    documents: list[Document] = []
    spans: list[list[Span]] = []
    for i in range(0, len(case.documents), GROUP):
        group = case.documents[i:i + GROUP]
        found = _each(group, lambda _, d: analyse_many([d.text], tables=[d.tables()])[0], failed,
                      partial(analyse_many, [d.text for d in group], tables=[d.tables() for d in group]))
        documents += [d for d, f in zip(group, found, strict=True) if f is not None]
        spans += [f for f in found if f is not None]
        progress(len(found))
    return Case(documents, case.key, spans, case.known)


def _each(documents: list[Document], one: Callable[[int, Document], list[Span]], failed: list[Outcome] | None,
          together: Callable[[], list[list[Span]]] | None = None) -> list[list[Span] | None]:
    """``one(index, document)`` for each document (or ``together()`` for all at once when it succeeds); None for a
    document whose analysis raised, recorded in ``failed`` (unless ``failed`` is None: then it raises)."""
    if together is not None:
        try:
            return together()
        except Exception:
            if failed is None:
                raise
    results: list[list[Span] | None] = []
    for index, document in enumerate(documents):
        try:
            results.append(one(index, document))
        except Exception as exc:  # noqa: BLE001 - one file's unforeseen failure is reported, the others go on
            if failed is None:
                raise
            failed.append(Outcome(document.path, status="erreur", message=analysis_failure(document.path, exc)))
            results.append(None)
    return results


def analysis_failure(path: Path, exc: Exception) -> str:
    """The French line for a file whose analysis failed (a fault of the program, not of the file)."""
    return (f"{path} : analyse impossible (erreur interne du programme, {type(exc).__name__}) ; fichier non "
            "traité, les autres le sont.")


def propagate(case: Case, anonymizer: Anonymizer, known: dict[str, tuple[str, bool]] | None = None,
              failed: list[Outcome] | None = None) -> Case:
    """Every mention of every name found anywhere in the case, in every document (one pass per document,
    with the names of all the documents, or ``known`` when they were gathered elsewhere). With ``failed``, a
    document whose pass raises is left out, as in :func:`detect`."""
    if known is None:
        known = anonymizer.case_forms(zip(case.texts, case.spans, strict=True))
    spans = _each(case.documents, lambda i, d: anonymizer.analyze_known(d.text, case.spans[i], known), failed)
    kept = [(d, f) for d, f in zip(case.documents, spans, strict=True) if f is not None]
    return Case([d for d, _ in kept], case.key, [f for _, f in kept], known)


def clip(case: Case) -> Case:
    """Spans cut at segment boundaries (a span never runs from one paragraph into the next)."""
    clipped = [document.clip(found) for document, found in zip(case.documents, case.spans, strict=True)]
    return Case(case.documents, case.key, clipped, case.known)


def analyse(case: Case, anonymizer: Anonymizer, independent: bool = False,
            progress: Callable[[int], None] = lambda n: None, failed: list[Outcome] | None = None) -> Case:
    """detect + propagate: the spans of each document, clipped to its segments (``failed``: see
    :func:`detect`)."""
    alone = independent or len(case.documents) < 2
    case = detect(case, anonymizer, with_propagation=alone, progress=progress, failed=failed)
    if not alone:
        case = propagate(case, anonymizer, failed=failed)
    return clip(case)


# -- decide ---------------------------------------------------------------------------------------------------
def decide(case: Case, decisions) -> Case:
    """The presenter's review decisions (keep, mask, retype, add) applied to every document."""
    if decisions is None:
        return case
    spans = [decisions.apply(text, found) for text, found in zip(case.texts, case.spans, strict=True)]
    return Case(case.documents, case.key, spans, case.known)


# -- render ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rendered:
    """One document's anonymised text and what replaced each span."""

    text: str
    replacements: dict[Span, str]
    name: str = ""  # the output's path below the output folder, as the guard of the written file checks it


def avoiding_names(settings: CaseSettings, spans: Iterable[Iterable[Span]]) -> CaseSettings:
    """Settings whose pseudonyms avoid every name of these documents: documents that share one case key
    (a case, or a batch of files under one key) must never get a surrogate that is a real name in
    another of them."""
    if settings.style != "pseudo":
        return settings
    names = removed_words(s for found in spans for s in found)
    return replace(settings, options=replace(settings.options, avoid=settings.options.avoid | names))


def render(case: Case, settings: CaseSettings, shared_numbering: bool = True
           ) -> tuple[list[Rendered], CaseKey | None]:
    """Every document rendered in the case's order: tags numbered per entity across the whole case (and
    its earlier documents, through the key, unless ``shared_numbering`` is off), or pseudonyms from one
    case key; the rendering is recorded in the key (to restore it) when there is one.
    Returns the renderings and the key (a new one for the pseudo style when the case had none)."""
    key = case.key
    if key is None and settings.style == "pseudo":
        key = CaseKey()
    if settings.style == "tag":
        numbering = key.tags if key is not None and shared_numbering else {}
        all_replacements = tag_replacements(case.spans, numbering, case.texts)
    elif settings.style == "pseudo":
        pseudonymizer = Pseudonymizer(key, settings.options)
        # one person, one set of surrogate words across the case: its mentions linked as the tags link them
        keys = case_entity_keys(case.spans, (), case.texts)
        roles = person_roles(case.spans, keys, case.texts)
        all_replacements = [pseudonymizer.replacements(text, found, (doc_keys, roles))
                            for text, found, doc_keys in zip(case.texts, case.spans, keys, strict=True)]
    else:
        raise ValueError(f"unknown style {settings.style!r}")
    rendered = []
    for text, replacements in zip(case.texts, all_replacements, strict=True):
        rendered.append(Rendered(applied(text, replacements, key), replacements))
    return rendered, key


# -- guard ------------------------------------------------------------------------------------------------------
def guard(rendered: Rendered, spans: Sequence[Span]) -> list[str]:
    """Identifying tokens of the removed spans still present in the output (the leak guard)."""
    return find_leaks(rendered.text, [(s.text, s.entity_type) for s in spans], strict=False)


# -- write ------------------------------------------------------------------------------------------------------
class HeldBack(Exception):
    """The written file still holds a removed form somewhere (a hidden part, an attribute, its name): it is
    deleted before it takes its place. The message names the types and places, never the forms."""


Failure = tuple[str, str]  # (status of the outcome: "erreur" or "retenu", French message)


def write(document: Document, rendered: Rendered, target: Path, guarded: bool = True) -> None:
    """The document in its own format, each segment edited, written atomically; never over the source.
    With ``guarded``, the written file is read back before it takes its place (:func:`removed_forms`)."""
    write_ranges(document, replacement_ranges(rendered), target, removed_forms(rendered) if guarded else (),
                 rendered.name)


def replacement_ranges(rendered: Rendered) -> list[tuple[int, int, str]]:
    """(start, end, new text) of each replacement, in the document's text (what a worker needs to write)."""
    return [(span.start, span.end, new) for span, new in rendered.replacements.items()]


def removed_forms(rendered: Rendered) -> list[tuple[str, str]]:
    """(surface, type) of what was replaced: what the guard of the written file looks for."""
    return sorted({(span.text, span.entity_type) for span in rendered.replacements})


def write_ranges(document: Document, ranges: Iterable[tuple[int, int, str]], target: Path,
                 removed: Sequence[tuple[str, str]] = (), shown: str = "") -> None:
    """``document`` with each (start, end, new text) of its text replaced, written in its format. When
    ``removed`` is given, every part of the written file (XML text and attributes, e-mail headers and
    parts, pictures' metadata, the file name) is read back first, and a file where one of these forms is
    still readable is deleted instead of taking its place (:class:`HeldBack`)."""
    refuse_source(document.path, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    edits = document.segment_edits(ranges)

    def write_and_check(temporary: Path) -> None:
        document.format.write(document, edits, temporary)
        try:
            found = artefact.problems(temporary, removed, shown or target.name) if removed else []
        except Exception as exc:  # noqa: BLE001 - a file the guard cannot read back is not let through
            raise HeldBack(f"fichier non écrit : le contrôle du fichier produit n'a pas pu le relire "
                           f"({in_french(exc)})") from exc
        if found:
            raise HeldBack(f"fichier non écrit, {len(found)} forme(s) retirée(s) encore lisible(s) dans le "
                           f"fichier produit — " + " ; ".join(found[:6]))

    write_atomically(target, write_and_check)


def write_here(jobs: list[tuple[Document, Rendered, Path]], guarded: bool = True) -> dict[Path, Failure]:
    """Each job written in this process; a file that cannot be written (or that the guard of the written file
    holds back) is a failure, the others go on."""
    errors = {}
    for document, rendered, target in jobs:
        try:
            write(document, rendered, target, guarded)
        except Exception as exc:  # noqa: BLE001 - one bad file is reported, the others go on
            errors[document.path] = write_failure(document.path, exc)
    return errors


def write_failure(path: Path, exc: Exception) -> Failure:
    if isinstance(exc, HeldBack):
        return "retenu", str(exc)
    if isinstance(exc, InputError):
        return "erreur", str(exc)
    if isinstance(exc, OSError):
        return "erreur", f"{path} : écriture impossible ({os_error_in_french(exc)})."
    return "erreur", f"{path} : document impossible à réécrire dans son format ({in_french(exc)})."


def restore(document: Document, key: CaseKey, target: Path) -> None:
    """The originals put back into an anonymised document (``deanonymize``), written in its format: exactly
    where the case key recorded this output, else surrogate by surrogate."""
    write_ranges(document, key.restorations(document.text), target)


def counts(spans: Iterable[Span]) -> dict[str, int]:
    found: dict[str, int] = {}
    for span in spans:
        found[span.entity_type] = found.get(span.entity_type, 0) + 1
    return found


# -- name ---------------------------------------------------------------------------------------------------------
NAME_SEPARATORS = re.compile(r"[_.\-–—+]")  # "note_julie-peeters" is read "note julie peeters"
UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # not allowed in a Windows file name


def _folded(surface: str) -> str:
    return fold_aligned(NAME_SEPARATORS.sub(" ", composed(surface))).strip()


class RemovedForms:
    """The forms removed from a run's documents, each once by (surface, type), with what ``name_spans``
    compares of it, computed once for all the names of the run: the words and numbers the guard would
    find, and the surface as the analysis read it, folded with its separators as spaces; indexed by each
    (a run holds thousands of forms, a name a few words)."""

    def __init__(self, removed: Iterable[Span]) -> None:
        unique = {(span.text, span.entity_type): span for span in removed}
        self.forms: list[tuple[Span, str]] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_digits: dict[str, list[int]] = {}
        self.by_surface: dict[str, list[int]] = {}
        for index, ((text, kind), span) in enumerate(unique.items()):
            words, digits = identifying_tokens(text, kind)
            surface = _folded(text)
            self.forms.append((span, surface))
            for word in words:
                self.by_word.setdefault(word, []).append(index)
            for number in digits:
                self.by_digits.setdefault(number, []).append(index)
            self.by_surface.setdefault(surface, []).append(index)
        self.lengths = sorted({len(key) for key in [*self.by_digits, *self.by_surface] if key})

    def sharing(self, present: set[str], probe: str) -> list[int]:
        """The forms that share a word or a number with a name, or whose surface it holds, in order."""
        chosen: set[int] = set()
        for word in present:
            chosen.update(self.by_word.get(word, ()))
        for text, lookup in ((probe.replace(" ", ""), self.by_digits), (probe, self.by_surface)):
            for part in _substrings(text, self.lengths):
                chosen.update(lookup.get(part, ()))
        return sorted(chosen)


def _sharing(removed: Sequence[RemovedForms], present: set[str], probe: str) -> list[tuple[Span, str]]:
    """The forms of ``removed`` (the first set's before the next's, each form once) that share a word or a
    number with a name, longest first, with their folded surface."""
    forms: dict[tuple[str, str], tuple[Span, str]] = {}
    for each in removed:
        for index in each.sharing(present, probe):
            span, surface = each.forms[index]
            forms.setdefault((span.text, span.entity_type), (span, surface))
    return sorted(forms.values(), key=lambda form: (-len(form[0].text), form[0].text))


def _substrings(text: str, lengths: list[int]) -> set[str]:
    """The substrings of ``text`` of the given lengths (those of the forms looked up): linear in the name's
    length for each length, where all substrings would be quadratic."""
    return {text[i:i + length] for length in lengths for i in range(len(text) - length + 1)}


def name_spans(name: str, removed: Iterable[Span] | RemovedForms, *more: RemovedForms) -> list[Span]:
    """Where the forms removed from a case's documents appear in a file or folder ``name``: whole surfaces
    ("Kevin Dumoulin", "5 mars"), then the words and numbers of removed forms that the guard of the written
    file would find there ("Dumoulin" of "Famille Dumoulin"), case- and accent-insensitively, whatever
    joins the words; a decomposed name (as macOS writes file names) is read composed. ``more``: further
    forms (the run's), after ``removed``."""
    forms = [removed if isinstance(removed, RemovedForms) else RemovedForms(removed), *more]
    view = Normalised.of(name)
    name = view.text
    probe = fold_aligned(NAME_SEPARATORS.sub(" ", name))
    found: list[Span] = []

    def add(pattern: str, entity_type: str) -> None:
        for match in re.finditer(rf"(?<![^\W_]){pattern}(?![^\W_])", probe):
            span = Span.of(name, match.start(), match.end(), entity_type, 1.0, "nom de fichier")
            if not any(span.overlaps(other) for other in found):
                found.append(span)

    present = set(re.findall(r"[^\W\d_]+", probe)) | set(re.findall(r"\d+", re.sub(r"[\s./-]", "", probe)))
    sharing = _sharing(forms, present, probe)
    for span, surface in sharing:  # as the analysis read it ("B0UZIANE" is "BOUZIANE", like the name's reading)
        if len(surface) >= 3:
            add(r"\s+".join(map(re.escape, surface.split())), span.entity_type)
    spaced = NAME_SEPARATORS.sub(" ", name)
    for span, _surface in sorted(sharing, key=lambda form: form[0].entity_type not in name_types()):
        for token in find_leaks(spaced, [(span.text, span.entity_type)], strict=False):  # "Dupont" a name first
            add(r"[\s./-]?".join(token) if token.isdigit() else re.escape(token), span.entity_type)
    return view.back(sorted(found))


def _same_folder(target: Path, base: Path, rendered_name: str, folders: dict[str, str] | None) -> str:
    """``rendered_name`` whose folder lines are the rendering already given to the same source folder."""
    if folders is None:
        return rendered_name
    source = "/".join(target.relative_to(base).parts[:-1])
    lines = rendered_name.split("\n")
    if not source:
        return rendered_name
    # keyed: the map is kept in the user's data folder, and a folder's name is a name too
    chosen = folders.setdefault(userdata.keyed(source), "\n".join(lines[:-1]))
    return "\n".join([chosen, lines[-1]])


# a date as file names write it, year first ("2024-03-05_note", "20240305")
ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])(?!\d)")
# a day, a month and a year in digits, as Belgian file names write them ("PV 05-03-2024", "CR 05.03.24", "note
# 5-3-2024"; not a version or a section, "v1.2", "Annexe 3.2", nor an age range, "10-12 ans")
DAY_MONTH = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])([-_./])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d\d(?![\d])")
# a number of six digits or more, or a code holding four digits or more, whatever joins its groups: a NISS, a
# phone, a file reference ("85.07.30-033.61", "0470 12 34 56", "SAJ-BW-2023-1187")
NUMBER_IN_NAME = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,6}[-_./])*\d+(?:[-_./ ]\d+)*(?:[-_./][A-Z0-9]+)*"
                            r"(?![A-Za-z0-9])")
# the words of a name, a glued one apart ("KevinDumoulin_bilan" is "Kevin", "Dumoulin", "bilan")
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]['’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]{2,}|[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]{2,}"
                       r"(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?![a-zß-öø-ÿ])")
PERSON_CUE = re.compile(r"(?i:\b(?:de|avec|chez|pour|et|à|a|par)[^\S\n]+|\bd['’])$")
MIN_NAME_DIGITS = 6
MAX_ACRONYM = 4
MIN_CODE_DIGITS = 4


@lru_cache(maxsize=1)
def _date_recognizer():
    """The dates' recogniser, its patterns compiled once for every file name of a run."""
    from anonymizer.recognizers.generic.date_fr import FrenchDateRecognizer

    return FrenchDateRecognizer()


def own_name_spans(name: str) -> list[Span]:
    """What identifies in a file or folder ``name`` by itself, when the case's texts never write it: a listed
    first name, surname or Belgian place that is no French word nor kept term ("Famille Lacroix",
    "bilan_maelle_wauthier", "Wavre"), a capitalised word no lexicon knows ("note Mutabazi", "Famille N'Diaye"), a
    name glued to another ("KevinDumoulin"), a date ("réunion du 5 mars", "2024-03-05", "PV 05-03-2024"), a number
    or a code ("85.07.30-033.61", "SAJ-BW-2023-1187"). A file name is short and says what it is about: recall
    first. A name written decomposed (as a Mac writes file names) is read composed."""
    from anonymizer.keeplist import default_policy
    from anonymizer.models.lexicon import is_common_word, is_foreign_word, is_word
    from anonymizer.recognizers.lookup import in_first_names, in_surnames, places
    from anonymizer.surrogates import gender_of_first_name

    view = Normalised.of(name)
    name = view.text
    policy = default_policy()
    spaced = NAME_SEPARATORS.sub(" ", name)
    found = [Span.of(name, r.start, r.end, "DATE", 1.0, "nom de fichier")
             for r in _date_recognizer().analyze(spaced, ["DATE"])]
    found += [Span.of(name, m.start(), m.end(), "DATE", 1.0, "nom de fichier")
              for pattern in (ISO_DATE, DAY_MONTH) for m in pattern.finditer(name)]
    for match in NUMBER_IN_NAME.finditer(name):
        digits = sum(c.isdigit() for c in match.group())
        lettered = any(c.isalpha() for c in match.group())
        if digits >= MIN_NAME_DIGITS or lettered and digits >= MIN_CODE_DIGITS \
                and not re.fullmatch(r"(?:19|20)\d\d", re.sub(r"\D", "", match.group())):
            found.append(Span.of(name, match.start(), match.end(), "CASE_REF", 0.9, "nom de fichier"))
    words = list(NAME_WORD.finditer(spaced))
    word_like: list[re.Match[str]] = []  # listed first names that are words too, decided once the names are known
    for match in words:
        word = match.group()
        if policy.is_kept(word) or word.lower() in vocabulary.stop_words() \
                or word.isupper() and len(word) <= MAX_ACRONYM:
            continue  # (short capitals: an acronym, "PV", "CR", "SAJ"; "DUPONT", "NGUYEN" are names)
        title = word[:1].upper() + word[1:].lower()
        kind = "LOCATION" if title in places() else "PERSON" if in_first_names(title) or in_surnames(title) else None
        if kind is None and word[:1].isupper() and not is_word(word.lower()) and not is_common_word(word.lower()) \
                and not is_foreign_word(word):
            kind = "PERSON"  # a capitalised word no lexicon knows: a surname the lists lack ("Mutabazi")
        if kind and (not is_word(word.lower()) or word.isupper() and kind == "PERSON"):
            found.append(Span.of(name, match.start(), match.end(), kind, 1.0, "nom de fichier"))
        elif kind == "PERSON" and word[:1].isupper() and (gender_of_first_name(title) or in_surnames(title)):
            word_like.append(match)  # (a name the lists give a gender or a surname's place: not "Bilan")
    # (a listed name that is a word too is a name after a word that introduces a person or beside another name:
    # "Note de Julie", "Rapport Dupont Marie", "Bilan Julie Mertens"; not "PV Bilan", "Fiche Victoire")
    people = [(span.start, span.end) for span in found if span.entity_type == "PERSON"]
    for match in word_like:
        others = people + [(m.start(), m.end()) for m in word_like if m is not match]
        beside = any(abs(start - match.end()) <= 1 or abs(match.start() - end) <= 1 for start, end in others)
        if beside or PERSON_CUE.search(spaced, max(0, match.start() - 8), match.start()):
            found.append(Span.of(name, match.start(), match.end(), "PERSON", 1.0, "nom de fichier"))
    kept: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start, -s.end)):
        if not any(span.overlaps(other) for other in kept):
            kept.append(span)
    return view.back(kept)


def named_targets(case: Case, targets: Sequence[Path], below: Sequence[Path],
                  others: Sequence[Span] | RemovedForms = ()) -> tuple[list[Document], list[list[Span]]]:
    """Each target's path below its output folder as a small document (one line per folder, the file's stem
    last) with the removed forms of the case (and ``others``, the run's) found in it, to be rendered with
    the case."""
    run = others if isinstance(others, RemovedForms) else RemovedForms(others)
    removed = RemovedForms([span for found in case.spans for span in found])
    documents, spans = [], []
    for target, base in zip(targets, below, strict=True):
        parts = target.relative_to(base).parts
        text = "\n".join([*parts[:-1], Path(parts[-1]).stem])
        documents.append(Document(target, [Segment(text)]))
        found = name_spans(text, removed, run)
        found += [span for span in own_name_spans(text) if not any(span.overlaps(other) for other in found)]
        spans.append(sorted(found))
    return documents, spans


# names Windows keeps for its devices, whatever the extension ("CON.txt", "aux.docx", a folder "nul")
RESERVED_NAMES = re.compile(r"(?i:con|prn|aux|nul|com[1-9]|lpt[1-9])")


def _not_reserved(name: str) -> str:
    return f"{name}_" if RESERVED_NAMES.fullmatch(name) else name


def renamed(target: Path, base: Path, rendered_name: str, taken: set[Path]) -> Path:
    """``target`` with its path below ``base`` replaced by ``rendered_name``'s lines, made safe for Windows
    (no reserved character, no trailing dot or space) and distinct from the names already ``taken``."""
    parts = [_not_reserved(UNSAFE_IN_NAMES.sub("-", line).strip().rstrip(". ") or "_")
             for line in rendered_name.split("\n")]
    candidate = base.joinpath(*parts[:-1], parts[-1] + target.suffix)
    number = 2
    while candidate in taken:
        candidate = base.joinpath(*parts[:-1], f"{parts[-1]} ({number}){target.suffix}")
        number += 1
    taken.add(candidate)
    return candidate


def finish(case: Case, settings: CaseSettings, target_of: Callable[[Document], Path],
           seconds: dict[Path, float] | None = None, shared_numbering: bool = True,
           write_all: Callable[[list[tuple[Document, Rendered, Path]]], dict[Path, Failure]] | None = None,
           below: Path | None = None, taken: set[Path] | None = None, folders: dict[str, str] | None = None,
           path_spans: Sequence[Span] | RemovedForms = ()) -> tuple[list[Outcome], CaseKey | None]:
    """decide -> render (texts and output names) -> guard -> write for every document of an analysed case;
    one outcome each. Output paths below ``below`` (the output folder; by default each file's own folder)
    never carry a form removed from the case: such a folder or file name is rendered like text, and never
    one of the paths in ``taken`` (files already there that belong to other sources, and the outputs of this
    run's other cases): two drafts whose names render alike become "Note [PERSONNE_1].txt" and "Note
    [PERSONNE_1] (2).txt", never one over the other. ``folders`` (source folder -> its rendering, shared by
    the cases of a run and kept between runs) gives every file of a folder the same output folder;
    ``path_spans``, the spans of the run's other documents (read once for a run's cases: ``RemovedForms``),
    are looked for in the names too.
    A file the guard holds back is not written (unless ``allow_leaks``); a file that cannot be written
    is reported and the others go on. ``write_all`` writes the files that passed (here, or in the
    workers that hold the parsed documents) and returns a failure per file that failed; each written file is
    read back by the guard of the written file unless ``allow_leaks``."""
    started = time.perf_counter()
    if write_all is None:
        write_all = partial(write_here, guarded=not settings.allow_leaks)
    case = decide(case, settings.decisions)
    targets = [target_of(document) for document in case.documents]
    bases = [below if below is not None else target.parent for target in targets]
    name_documents, name_found = named_targets(case, targets, bases, path_spans)
    with_names = Case(case.documents + name_documents, case.key, case.spans + name_found, case.known)
    rendered, key = render(with_names, settings, shared_numbering)
    rendered, rendered_names = rendered[:len(case.documents)], rendered[len(case.documents):]
    outcomes, jobs = [], []
    taken = set() if taken is None else taken
    for document, found, result, target, base, name in zip(case.documents, case.spans, rendered, targets, bases,
                                                        rendered_names, strict=True):
        outcome = Outcome(document.path, counts=counts(found), notes=list(document.notes))
        target = renamed(target, base, _same_folder(target, base, name.text, folders), taken)
        outcome.shown = str(target.relative_to(base))
        result = replace(result, name=outcome.shown)
        leaks = guard(result, found)
        outcome.leaks = len(leaks)
        if leaks and not settings.allow_leaks:
            outcome.status = "retenu"
            outcome.message = f"{len(leaks)} forme(s) retirée(s) encore présente(s) ; fichier non écrit."
        else:
            outcome.target = target
            jobs.append((document, result, outcome.target))
        outcomes.append(outcome)
    mark_errors(outcomes, write_all(jobs))
    share = (time.perf_counter() - started) / max(1, len(outcomes))
    for outcome in outcomes:
        outcome.seconds = round(share + (seconds or {}).get(outcome.source, 0.0), 3)
    return outcomes, key


def mark_errors(outcomes: list[Outcome], errors: dict[Path, Failure]) -> None:
    """The files that could not be written (or were held back once written) have their status and message,
    and no output."""
    for outcome in outcomes:
        if outcome.source in errors:
            outcome.status, outcome.message = errors[outcome.source]
            outcome.target = None
