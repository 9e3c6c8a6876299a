"""Batch stage: a file or a folder tree of documents, in parallel, with progress and a report.

Two passes. First every document is read and analysed (in ``jobs`` processes: spaCy is the cost);
then the names found anywhere in the folder are looked for in every document (they are taken to be
documents of one case, unless ``independent``), review decisions are applied, each document is
rendered, checked by the leak guard and written under the same relative path. A bad file is reported
and skipped; the others go on.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from anonymizer.formats import SUFFIXES, Document, format_for
from anonymizer.outputs import folder_of, refuse_source, write_atomically
from anonymizer.pipeline import DEFAULT_OPTIONS, Anonymizer
from anonymizer.pseudonymize import PseudoOptions, removed_words
from anonymizer.reader import InputError
from anonymizer.spans import Span
from models.startup import collection_paused


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


@dataclass
class BatchSettings:
    style: str = "tag"
    key: object = None
    options: PseudoOptions = DEFAULT_OPTIONS
    decisions: object = None
    independent: bool = False
    allow_leaks: bool = False
    force: bool = False
    jobs: int = 1


def discover(root: Path, out: Path | None = None) -> list[Path]:
    """The documents to process: the file itself, or every supported file under the folder (sorted),
    hidden folders and the output folder excepted."""
    if root.is_file():
        return [root]
    skip = out.resolve() if out is not None else None
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or path.suffix.lower() not in SUFFIXES:
            continue
        if skip is not None and (path.resolve() == skip or skip in path.resolve().parents):
            continue
        if path.is_file():
            found.append(path)
    return found


def read_document(path: Path) -> Document:
    fmt = format_for(path)
    if fmt is None:
        raise InputError(f"{path} : format non pris en charge ({path.suffix}).")
    if path.stat().st_size == 0:
        raise InputError(f"{path} : fichier vide, rien à anonymiser.")
    return fmt.read(path)


def target_for(root: Path, document: Document, out: Path) -> Path:
    name = format_for(document.path).target_name(document)
    return out / document.path.relative_to(folder_of(root)).parent / name


GROUP = 8  # documents analysed together (spaCy batch) and handed to a worker at once

# -- work done in worker processes ----------------------------------------------------------------------
_WORKER: Batch | None = None


def _init_worker(root: Path, out: Path, settings: BatchSettings, allow: tuple[str, ...],
                 deny: tuple[str, ...]) -> None:
    global _WORKER
    _WORKER = Batch(Anonymizer(allow=allow, deny=deny), root, out, settings)


def _analyse_in_worker(paths: list[Path]) -> list[tuple[Path, list[Span] | None, str]]:
    return analyse_group(_WORKER.anonymizer, paths)


def analyse_group(anonymizer: Anonymizer, paths: list[Path]) -> list[tuple[Path, list[Span] | None, str]]:
    """(path, spans or None, error) for each of ``paths``; the readable ones analysed together (the
    spaCy model runs over them in batches)."""
    read, failed = [], {}
    for path in paths:
        try:
            read.append((path, read_document(path).text))
        except (InputError, OSError) as exc:
            failed[path] = str(exc)
    found = dict(zip([path for path, _ in read], anonymizer.analyze_many([text for _, text in read]), strict=True))
    return [(path, found.get(path), failed.get(path, "")) for path in paths]


def _render_in_worker(job: tuple[Path, list[Span], dict]) -> Outcome:
    return _WORKER.render(*job)


def _finish_in_worker(paths: list[Path]) -> list[Outcome]:
    return _WORKER.finish_group(paths)


class Batch:
    def __init__(self, anonymizer: Anonymizer, root: Path, out: Path, settings: BatchSettings,
                 allow: tuple[str, ...] = (), deny: tuple[str, ...] = ()) -> None:
        self.anonymizer, self.root, self.out, self.settings = anonymizer, root, out, settings
        self.allow, self.deny = allow, deny

    def _done_already(self, path: Path) -> Path | None:
        """The existing output of ``path`` when it is newer than the source (skipped unless --force)."""
        if self.settings.force:
            return None
        base = folder_of(self.root)
        for suffix in {path.suffix, ".txt"}:
            candidate = self.out / path.relative_to(base).with_suffix(suffix)
            if candidate.exists() and candidate.stat().st_mtime >= path.stat().st_mtime:
                return candidate
        return None

    def analyse(self, files: list[Path], progress, pool=None) -> tuple[dict[Path, list[Span]], list[Outcome]]:
        spans: dict[Path, list[Span]] = {}
        failed = []
        for results in self._each_group(files, pool, _analyse_in_worker,
                                        lambda group: analyse_group(self.anonymizer, group)):
            for path, found, error in results:
                self._collect(path, found, error, spans, failed)
                progress(path)
        # back in the given order: the case's name forms are merged in that order (the first type a
        # form was found with wins), so the output must not depend on how the work was shared
        return {path: spans[path] for path in files if path in spans}, failed

    def finish_group(self, paths: list[Path]) -> list[Outcome]:
        """Analysed and written at once: for documents that need nothing from the others (tags, each
        file on its own), one step per group instead of the two passes."""
        started = time.perf_counter()
        analysed = analyse_group(self.anonymizer, paths)
        share = (time.perf_counter() - started) / max(1, len(paths))
        outcomes = [Outcome(path, status="erreur", message=error) if found is None else self.render(path, found, {})
                    for path, found, error in analysed]
        for outcome in outcomes:
            outcome.seconds = round(outcome.seconds + share, 3)
        return outcomes

    def finish(self, files: list[Path], progress, pool=None) -> list[Outcome]:
        """Every file of ``files`` analysed and written group by group (see finish_group)."""
        outcomes = []
        for group in self._each_group(files, pool, _finish_in_worker, self.finish_group):
            for outcome in group:
                outcomes.append(outcome)
                progress(outcome.source)
        return outcomes

    @staticmethod
    def _each_group(files: list[Path], pool, in_worker, here):
        """``files`` in groups of GROUP, each done by ``in_worker`` in the pool or by ``here`` in this
        process; the results in the groups' order."""
        if pool is not None:  # largest first: the last groups handed out are the shortest, the workers end together
            files = sorted(files, key=_size, reverse=True)
        groups = [files[i:i + GROUP] for i in range(0, len(files), GROUP)]
        return pool.map(in_worker, groups) if pool is not None else (here(group) for group in groups)

    @staticmethod
    def _collect(path, found, error, spans, failed) -> None:
        if found is None:
            failed.append(Outcome(path, status="erreur", message=error))
        else:
            spans[path] = found

    def render(self, path: Path, spans: list[Span], known: dict) -> Outcome:
        started = time.perf_counter()
        outcome = Outcome(path)
        try:
            document = read_document(path)
            spans = document.clip(self.anonymizer.analyze_known(document.text, spans, known) if known else spans)
            if self.settings.decisions is not None:
                spans = self.settings.decisions.apply(document.text, spans)
            result = self.anonymizer.anonymize(document.text, style=self.settings.style, spans=spans,
                                               key=self.settings.key, options=self.settings.options)
            if self.settings.key is None and self.settings.style == "pseudo":
                self.settings.key = result.key  # one case: the same surrogates in every file
            outcome.counts = _counts(result.spans)
            outcome.leaks, outcome.notes = len(result.leaks), document.notes
            if result.leaks and not self.settings.allow_leaks:
                outcome.status = "retenu"
                outcome.message = f"{len(result.leaks)} forme(s) retirée(s) encore présente(s) ; fichier non écrit."
                return outcome
            target = target_for(self.root, document, self.out)
            refuse_source(path, target)
            target.parent.mkdir(parents=True, exist_ok=True)
            edits = document.edits(result.replacements)
            write_atomically(target, lambda temporary: format_for(path).write(document, edits, temporary))
            outcome.target = target
        except (InputError, OSError) as exc:
            outcome.status, outcome.message = "erreur", str(exc)
        finally:
            outcome.seconds = round(time.perf_counter() - started, 3)
        return outcome

    @staticmethod
    def _forking() -> bool:
        """Workers are forked on Linux; elsewhere (macOS, Windows: forking is unsafe or absent) each
        worker starts afresh and loads its own model."""
        return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()

    def _pool(self) -> ProcessPoolExecutor:
        """Worker processes, forked (where they are) from this one once the model and the lists are
        loaded: they hold them already in memory, shared copy-on-write, instead of each loading them."""
        context = multiprocessing.get_context("fork") if self._forking() else None
        return ProcessPoolExecutor(self.settings.jobs, mp_context=context, initializer=_init_worker,
                                   initargs=(self.root, self.out, self.settings, self.allow, self.deny))

    def run(self, files: list[Path], progress=lambda path: None) -> list[Outcome]:
        outcomes, todo = [], []
        for path in files:
            done = self._done_already(path)
            if done is not None:
                outcomes.append(Outcome(path, done, status="déjà fait"))
            else:
                todo.append(path)
        parallel = self.settings.jobs > 1 and len(todo) > 1
        loaded = bool(todo) and (self._forking() or not parallel)
        if loaded:  # loaded here, then frozen: later collections (the workers' too) never walk the
            with collection_paused():  # model and lists, and forked workers keep their pages shared
                self.anonymizer.warm_up()
                gc.freeze()
        pool = self._pool() if parallel else None
        try:
            if self.settings.independent and self.settings.style == "tag":  # nothing shared between files
                return sorted(outcomes + self.finish(todo, progress, pool), key=lambda o: str(o.source))
            started = time.perf_counter()
            spans, failed = self.analyse(todo, progress, pool)
            analysis_share = (time.perf_counter() - started) / max(1, len(todo))
            known = {} if self.settings.independent or len(spans) < 2 else self.anonymizer.case_forms(
                (str(p), s) for p, s in spans.items())
            if self.settings.style == "pseudo" and len(spans) > 1:  # one key for all: no surrogate is
                every_name = removed_words(s for found in spans.values() for s in found)  # a name of another file
                self.settings.options = replace(self.settings.options, avoid=self.settings.options.avoid | every_name)
            jobs = [(path, found, known) for path, found in spans.items()]
            if pool is not None and self.settings.style == "tag":
                rendered = list(pool.map(_render_in_worker, jobs, chunksize=4))  # tags need no shared key
            else:
                rendered = [self.render(*job) for job in jobs]  # pseudonyms share one case key
        finally:
            if pool is not None:
                pool.shutdown()
            if loaded:
                gc.unfreeze()  # a library caller's process collects normally again
        for outcome in rendered:
            outcome.seconds = round(outcome.seconds + analysis_share, 3)
        return sorted(outcomes + rendered + failed, key=lambda o: str(o.source))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _counts(spans: list[Span]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.entity_type] = counts.get(span.entity_type, 0) + 1
    return counts


def report(outcomes: list[Outcome], root: Path, path: Path) -> None:
    """CSV or HTML report (pandas): one row per file, counts per type, leak guard, time."""
    import pandas as pd

    base = folder_of(root)
    rows = []
    for o in outcomes:
        row = {"fichier": str(o.source.relative_to(base)), "statut": o.status, "fuites": o.leaks,
               "secondes": o.seconds, "remarques": " ".join(o.notes), "message": o.message}
        row.update({f"n_{k}": v for k, v in sorted(o.counts.items())})
        rows.append(row)
    table = pd.DataFrame(rows).fillna(0)
    if path.suffix.lower() in (".html", ".htm"):
        path.write_text(table.to_html(index=False), encoding="utf-8")
    else:
        table.to_csv(path, index=False)
