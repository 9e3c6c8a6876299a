"""Batch scheduling: a file or a folder tree of documents, in parallel, with progress and a report.

The stages themselves are :mod:`anonymizer.case`'s; this module only decides where they run. Every
file is read and parsed once, here; the costly stages (spaCy's detection, the search for the case's
names in each document) go to ``jobs`` worker processes as text, and come back as spans; the case's
shared decisions (tag numbers, pseudonyms, the case key), the leak guard and the writing happen here,
in the documents' order. The files of a folder are one case unless ``independent``; a bad file is
reported and the others go on.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from anonymizer import case as stages
from anonymizer.case import STAGES, Case, CaseSettings, Mapper, Outcome
from anonymizer.casekey import CaseKey
from anonymizer.formats import SUFFIXES, Document, format_for
from anonymizer.models import startup
from anonymizer.outputs import folder_of
from anonymizer.pipeline import DEFAULT_OPTIONS, Anonymizer
from anonymizer.pseudonymize import PseudoOptions

__all__ = ["Batch", "BatchSettings", "Outcome", "discover", "report", "target_for"]


@dataclass
class BatchSettings:
    style: str = "tag"
    key: CaseKey | None = None
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


def target_for(root: Path, document: Document, out: Path) -> Path:
    name = format_for(document.path).target_name(document)
    return out / document.path.relative_to(folder_of(root)).parent / name


# -- work done in worker processes ------------------------------------------------------------------------
_WORKER: Anonymizer | None = None


def _init_worker(allow: tuple[str, ...], deny: tuple[str, ...]) -> None:
    global _WORKER
    _WORKER = Anonymizer(allow=allow, deny=deny)


def _run_stage(job: tuple[str, object]):
    stage, item = job
    return STAGES[stage](_WORKER, item)


class Batch:
    def __init__(self, anonymizer: Anonymizer, root: Path, out: Path, settings: BatchSettings,
                 allow: tuple[str, ...] = (), deny: tuple[str, ...] = ()) -> None:
        self.anonymizer, self.root, self.out, self.settings = anonymizer, root, out, settings
        self.allow, self.deny = allow, deny
        self.key: CaseKey | None = settings.key  # the case key after the run (None: no key was asked for)

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
                                   initargs=(self.allow, self.deny))

    def _mapper(self, pool: ProcessPoolExecutor | None) -> Mapper:
        if pool is None:
            return stages.local_mapper(self.anonymizer)
        return lambda stage, items: pool.map(_run_stage, [(stage, item) for item in items])

    def run(self, files: list[Path], progress=lambda files_done: None) -> list[Outcome]:
        """Every file read, analysed, rendered and written (or reported); ``progress(n)`` as n more files
        are analysed."""
        outcomes, todo = [], []
        for path in files:
            done = self._done_already(path)
            if done is not None:
                outcomes.append(Outcome(path, done, status="déjà fait"))
            else:
                todo.append(path)
        started = time.perf_counter()
        documents, failed = stages.read_all(todo)
        progress(len(failed))
        parallel = self.settings.jobs > 1 and len(documents) > 1
        loaded = bool(documents) and (self._forking() or not parallel)
        if loaded:  # loaded here, then frozen: later collections (the workers' too) never walk the
            with startup.collection_paused():  # model and lists, and forked workers keep their pages shared
                self.anonymizer.warm_up()
                startup.freeze()  # (the entry point's collector policy: a no-op in a library caller's process)
        pool = self._pool() if parallel else None
        try:
            analysed = stages.analyse(Case(_largest_first(documents)), self.anonymizer, self._mapper(pool),
                                      self.settings.independent, progress=progress)
        finally:
            if pool is not None:
                pool.shutdown()
            if loaded:
                startup.unfreeze()
        order = {document.path: i for i, document in enumerate(documents)}
        analysed = _reordered(analysed, order)
        share = (time.perf_counter() - started) / max(1, len(todo))
        written = self._finish(analysed, {document.path: share for document in documents})
        return sorted(outcomes + written + failed, key=lambda o: str(o.source))

    def _finish(self, analysed: Case, seconds: dict[Path, float]) -> list[Outcome]:
        """decide -> render -> guard -> write: the folder as one case, or each file as its own."""
        settings = self.settings
        case_settings = CaseSettings(settings.style, settings.options, settings.decisions, settings.allow_leaks)
        if len(analysed.documents) > 1:  # one key for all the files, whether one case or each its own
            case_settings = stages.avoiding_names(case_settings, analysed.spans)
        groups = ([([document], [found]) for document, found in zip(analysed.documents, analysed.spans, strict=True)]
                  if settings.independent else [(analysed.documents, analysed.spans)])
        outcomes = []
        for documents, spans in groups:  # one key for all: the same surrogates in every file
            result, self.key = stages.finish(Case(documents, self.key, spans), case_settings,
                                             lambda d: target_for(self.root, d, self.out), seconds,
                                             shared_numbering=not settings.independent)
            outcomes += result
        return outcomes


def _largest_first(documents: list[Document]) -> list[Document]:
    """The longest documents first: the last groups handed to the workers are the shortest, and the
    workers end together."""
    return sorted(documents, key=lambda d: -sum(len(s.text) for s in d.segments))


def _reordered(case: Case, order: dict[Path, int]) -> Case:
    """The case's documents back in the given order (the order that numbers tags and names pseudonyms)."""
    ranked = sorted(range(len(case.documents)), key=lambda i: order[case.documents[i].path])
    return Case([case.documents[i] for i in ranked], case.key, [case.spans[i] for i in ranked], case.known)


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
