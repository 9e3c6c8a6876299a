"""The library entry point: ``Anonymizer`` runs detect -> resolve -> render on a text.

    >>> from anonymizer import Anonymizer
    >>> result = Anonymizer().anonymize("Kevin habite rue des Lilas 4 à Wavre.")
    >>> result.text   # doctest: +SKIP
    '[PERSONNE_1] habite [ADRESSE_1] à [LIEU_1].'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from anonymizer import detect
from anonymizer.casekey import CaseKey, seed_from
from anonymizer.doubts import Doubt
from anonymizer.doubts import doubts as find_doubts
from anonymizer.keeplist import KeepPolicy
from anonymizer.leaks import find_leaks
from anonymizer.normal import Normalised
from anonymizer.propagate import merge_forms, propagate, surface_forms
from anonymizer.pseudonymize import Pseudonymizer, PseudoOptions
from anonymizer.reader import InputError
from anonymizer.recognizers.registry import check_types
from anonymizer.render import render
from anonymizer.resolve import resolve
from anonymizer.spans import ENTITY_TYPES, Grid, Span
from anonymizer.text import fold

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

DEFAULT_OPTIONS = PseudoOptions()
Tables = list[Grid]  # a text's tables (anonymizer.formats.base.Grid)


@dataclass(frozen=True)
class AnonymizationResult:
    """What ``Anonymizer.anonymize`` returns: the text, the spans, what replaced each, the leak-guard
    findings, and the case key holding the mapping (pass it again for the next document of the case)."""

    text: str
    spans: list[Span]
    replacements: dict[Span, str] = field(default_factory=dict)
    leaks: list[str] = field(default_factory=list)
    key: CaseKey | None = None
    # how to find the doubts, run only when they are asked for (:attr:`doubts`): most callers never are
    find_doubts: Callable[[], list[Doubt]] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def doubts(self) -> list[Doubt]:
        """What stays in clear but could identify someone (:mod:`anonymizer.doubts`): reread these."""
        return self.find_doubts() if self.find_doubts is not None else []

    @property
    def mapping(self) -> dict[str, str]:
        """Original surface -> replacement, for this document."""
        return {span.text: new for span, new in sorted(self.replacements.items())}


class Anonymizer:
    """Detect and replace identifying spans in French text (Belgian social-work narratives).

    ``allow``: terms never removed (added to the keep-list); ``deny``: terms always removed.
    ``recognizers``: your own Presidio ``EntityRecognizer`` objects, run with ours; a type of yours must
    first be added to the table of types (:func:`anonymizer.register_entity_type`), else building the
    analyser fails with a clear error.
    The spaCy model and Presidio engine are loaded once per process, on first use.
    """

    def __init__(self, allow: Iterable[str] = (), deny: Iterable[str] = (),
                 recognizers: Iterable[EntityRecognizer] = ()) -> None:
        self.recognizers = tuple(recognizers)
        for recognizer in self.recognizers:
            check_types(recognizer)
        self.policy = KeepPolicy(allow=frozenset(fold(t) for t in allow))
        # deny-list entries are "term" (removed as PERSON) or "term|TYPE"
        self.denied: dict[str, tuple[str, bool]] = {}
        for entry in deny:
            term, _, entity_type = entry.partition("|")
            entity_type = entity_type.strip().upper() or "PERSON"
            if entity_type not in ENTITY_TYPES:
                raise ValueError(f"liste d'exclusion : type inconnu {entity_type!r} pour {term!r}")
            self.denied[fold(term)] = (entity_type, True)

    def warm_up(self) -> None:
        """Load the model, the recognisers and the word lists now rather than at the first document."""
        self.analyze("Mme Sophie Legrand habite rue des Lilas 4 à Wavre depuis le 3 mars 2021.")

    def analyze(self, text: str, known: dict[str, tuple[str, bool]] | None = None) -> list[Span]:
        """Resolved, non-overlapping identifying spans of ``text``, sorted by position.

        ``known``: name forms found in other documents of the same case (see :meth:`case_forms`).
        """
        return self.analyze_many([text], known)[0]

    def analyze_many(self, texts: Iterable[str], known: dict[str, tuple[str, bool]] | None = None,
                     tables: Sequence[Tables] | None = None) -> list[list[Span]]:
        """:meth:`analyze` of several texts, the spaCy model running over them in batches (faster).
        ``tables``: per text, the tables its format knows (see :meth:`detect_many`)."""
        texts = list(texts)
        forms = merge_forms(known, self.denied)  # once for all the texts
        return [self._propagated(text, spans, forms)
                for text, spans in zip(texts, self.detect_many(texts, tables), strict=True)]

    def detect_many(self, texts: Iterable[str], tables: Sequence[Tables] | None = None) -> list[list[Span]]:
        """Detected and resolved spans of each text, before propagation (the case pipeline propagates
        once, with the names of every document of the case: :mod:`anonymizer.case`). ``tables``: per text, the
        tables its format knows (:meth:`anonymizer.formats.base.Document.tables`: a Word table's cells are
        paragraphs apart in the text), for the rules that read a table's columns."""
        views = [Normalised.of(text) for text in texts]
        grids = [_normal_tables(view, found) for view, found in zip(views, tables, strict=True)] if tables \
            else [[] for _ in views]
        analyzer = detect.build_analyzer(extra=self.recognizers) if self.recognizers else None
        found = detect.analyze_many([view.text for view in views], analyzer)
        return [view.back(resolve(view.text, raw, self.policy, grid))
                for view, raw, grid in zip(views, found, grids, strict=True)]

    def doubts(self, text: str, spans: list[Span] | None = None) -> list[Doubt]:
        """What stays in clear in ``text`` but could identify someone (see :mod:`anonymizer.doubts`):
        for a presenter's reread. ``spans``: the text's detected spans (analysed here when not given)."""
        view = Normalised.of(text)
        spans = self.analyze(text) if spans is None else spans
        return view.back(find_doubts(view.text, view.forth(spans), self.policy))

    def analyze_known(self, text: str, spans: list[Span], known: dict[str, tuple[str, bool]]) -> list[Span]:
        """``spans`` of ``text`` plus the occurrences of names ``known`` from other documents."""
        return self._propagated(text, spans, merge_forms(known, self.denied))

    def _propagated(self, text: str, spans: list[Span], forms: dict[str, tuple[str, bool]]) -> list[Span]:
        """:func:`propagate` on the composed form of ``text`` (:mod:`anonymizer.normal`)."""
        view = Normalised.of(text)
        return view.back(propagate(view.text, view.forth(spans), self.policy, forms))

    def case_forms(self, documents: Iterable[tuple[str, list[Span]]]) -> dict[str, tuple[str, bool]]:
        """Name forms of several analysed documents (text, spans), to pass as ``known``."""
        return merge_forms(*(surface_forms(spans, self.policy) for _text, spans in documents))

    def anonymize_many(self, texts: Iterable[str], style: str = "tag", **options) -> list[AnonymizationResult]:
        """:meth:`anonymize` of several texts (each on its own: pass ``key`` to share pseudonyms), the
        detection batched as in :meth:`analyze_many`."""
        texts = list(texts)
        return [self.anonymize(text, style=style, spans=spans, **options)
                for text, spans in zip(texts, self.analyze_many(texts), strict=True)]

    def anonymize(self, text: str, style: str = "tag", known: dict[str, tuple[str, bool]] | None = None,
                  spans: list[Span] | None = None, key: CaseKey | None = None, seed: int | str | None = None,
                  options: PseudoOptions = DEFAULT_OPTIONS) -> AnonymizationResult:
        """Anonymised text.

        ``style``: "tag" or "pseudo". ``key``: the case key to reuse (same surrogates, same date shift,
        and the mapping is recorded in it); without one, ``seed`` makes pseudonyms reproducible.
        ``options``: places replaced or generalised, dates shifted or generalised, numbers faked or
        tagged. ``spans`` skips detection (already analysed, e.g. after review).
        """
        if spans is None:
            spans = self.analyze(text, known)
        elif known:
            spans = self.analyze_known(text, spans, known)
        key = _key_for(key, style, seed)
        pseudonymizer = Pseudonymizer(key, options) if style == "pseudo" else None
        output, replacements = render(text, spans, style, pseudonymizer, key)
        leaks = find_leaks(output, [(s.text, s.entity_type) for s in spans], strict=False)
        return AnonymizationResult(output, spans, replacements, leaks, key,
                                   partial(self.doubts, text, spans))

    def anonymize_document(self, source: str | Path | bytes, filename: str | None = None, style: str = "tag",
                           key: CaseKey | None = None, seed: int | str | None = None,
                           options: PseudoOptions = DEFAULT_OPTIONS, allow_leaks: bool = False) -> DocumentResult:
        """A whole document of any supported format (.txt, .md, .docx, .odt, .eml, .pdf), anonymised in its
        own format (a PDF comes back as text), through the same stages as the command line.

        ``source``: a path, or the file's bytes with its ``filename`` (whose suffix names the format).
        Returns the written bytes and their file name, the spans, the anonymised text and the case key.
        Bad input raises :class:`anonymizer.reader.InputError` (a French message); a document in which the
        leak guard finds a removed form raises :class:`LeakGuardError` unless ``allow_leaks``.
        """
        import tempfile

        from anonymizer import case as stages

        with tempfile.TemporaryDirectory(prefix="anonymizer-") as folder:
            if isinstance(source, bytes):
                if not filename:
                    raise ValueError("filename is required with bytes (its suffix names the format)")
                path = Path(folder) / "in" / Path(filename).name
                path.parent.mkdir()
                path.write_bytes(source)
            else:
                path = Path(source)
            key = _key_for(key, style, seed)
            analysed = stages.analyse(stages.Case([stages.read(path)], key), self)
            settings = stages.CaseSettings(style, options, allow_leaks=allow_leaks)
            target = Path(folder) / "out"
            [outcome], key = stages.finish(analysed, settings, lambda d: target / d.format.target_name(d))
            if outcome.status == "retenu":
                raise LeakGuardError(f"{path.name} : {outcome.message}")
            if outcome.status != "ok":
                raise InputError(outcome.message)
            return DocumentResult(outcome.target.read_bytes(), outcome.target.name, analysed.spans[0],
                                  stages.read(outcome.target).text, key)


def _normal_tables(view: Normalised, tables: Tables) -> Tables:
    """Tables of the original text, their cells moved onto the composed text the rules read."""
    if not view.edits:
        return tables
    return [[[view.to_normal(*cell) if cell[1] > cell[0] else cell for cell in row] for row in table]
            for table in tables]


def _key_for(key: CaseKey | None, style: str, seed: int | str | None) -> CaseKey | None:
    """The key to render with: the caller's, else a new one for pseudonyms or a reproducible ``seed``."""
    if key is None and (style == "pseudo" or seed is not None):
        return CaseKey(seed=seed_from(seed)) if seed is not None else CaseKey()
    return key


class LeakGuardError(ValueError):
    """The leak guard found a removed form in the output: nothing is returned (``allow_leaks`` to override)."""


@dataclass(frozen=True)
class DocumentResult:
    """What ``Anonymizer.anonymize_document`` returns: the anonymised file (``data``, to write as
    ``filename``), the spans found in the document's text, its anonymised text, and the case key."""

    data: bytes
    filename: str
    spans: list[Span]
    text: str
    key: CaseKey | None = None

    def save(self, folder: str | Path) -> Path:
        """Write the file into ``folder`` (created if needed) under its name; refuses to overwrite."""
        target = Path(folder) / self.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as handle:
            handle.write(self.data)
        return target
