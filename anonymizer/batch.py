"""Batch scheduling: a file or a folder tree of documents, in parallel, with progress and a report.

The stages themselves are :mod:`anonymizer.case`'s; this module only decides where they run. With one
job, every stage runs here. With ``jobs`` > 1, each worker process gets its share of the files for the
whole run: it reads and parses each file once, detects, keeps the parsed document, propagates the case's
names in it and finally writes it; this process gathers the spans, decides what the case shares (the
names known across files, tag numbers, pseudonyms, the case key), runs the leak guard and tells each
worker what to write, in the files' order, so the outputs never depend on how the work was shared.
The files of a folder are one case unless ``independent``; a bad file is reported and the others go on.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import re
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from anonymizer import case as stages
from anonymizer import userdata
from anonymizer.case import Case, CaseSettings, Outcome
from anonymizer.casekey import CaseKey
from anonymizer.formats import SUFFIXES, Document, Segment, format_for
from anonymizer.models import startup
from anonymizer.outputs import folder_of, write_text_atomically
from anonymizer.pipeline import DEFAULT_OPTIONS, Anonymizer
from anonymizer.pseudonymize import PseudoOptions
from anonymizer.reader import InputError, os_error_in_french
from anonymizer.spans import Span

__all__ = ["Batch", "BatchSettings", "Outcome", "Walk", "discover", "report", "target_for", "walk"]


@dataclass
class BatchSettings:
    style: str = "tag"
    key: CaseKey | None = None
    options: PseudoOptions = DEFAULT_OPTIONS
    decisions: object = None
    independent: bool = False
    allow_leaks: bool = False
    force: bool = False
    replace: bool = False  # --yes: an output whose source changed since is done again
    jobs: int = 1


@dataclass(frozen=True)
class Walk:
    """One look at what a run is given: the documents to process (the file itself, or every supported file
    under the folder, sorted; hidden files and folders, Word's lock files and the output folder excepted),
    the files in formats that are not read (".doc", ".xlsx", pictures...), and what could not be looked at,
    one French line each (a sub-folder that cannot be listed, a link to nothing, a link looping back)."""

    documents: list[Path]
    unsupported: list[Path]
    problems: list[str]
    hidden: list[Path] = field(default_factory=list)  # hidden folders, and hidden files in a format read


# folders programs keep their own state in: no draft of the user's is there, none is announced
TOOL_FOLDERS = frozenset({".git", ".svn", ".hg", ".idea", ".vscode", ".venv", ".cache", ".Trash", ".Trashes",
                          ".Spotlight-V100", ".fseventsd", ".TemporaryItems", ".ipynb_checkpoints"})


# files Windows and Word leave in a folder, none a draft: thumbnails, the folder's settings, Word's saving copies
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", "ehthumbs_vista.db"})
WORD_TEMPORARY = re.compile(r"~WR[LDK]\d{4}\.tmp", re.IGNORECASE)


def walk(root: Path, out: Path | None = None) -> Walk:
    if root.is_file():
        return Walk([root], [], [])
    found: list[str] = []
    hidden: list[Path] = []
    files = _candidates(root, out, found, hidden)
    return Walk([p for p in files if p.suffix.lower() in SUFFIXES],
                [p for p in files if p.suffix.lower() not in SUFFIXES], found, hidden)


def discover(root: Path, out: Path | None = None) -> list[Path]:
    """The documents to process (:class:`Walk`)."""
    return walk(root, out).documents


def problems(root: Path, out: Path | None = None) -> list[str]:
    """What could not be looked at under the folder (:class:`Walk`)."""
    return walk(root, out).problems


def _candidates(root: Path, out: Path | None, found_problems: list[str] | None = None,
                hidden: list[Path] | None = None) -> list[Path]:
    """Every file under ``root`` (sorted), hidden files and folders, Word's lock files ("~$note.docx") and the
    output folder excepted. Linked folders are followed once (a link back to a folder above is a loop, not
    an endless walk); what cannot be read is noted in ``found_problems``; the hidden folders (but programs'
    own) and hidden files in a format that is read, in ``hidden`` (left aside, but said)."""
    hidden = hidden if hidden is not None else []
    skip = out.resolve() if out is not None else None
    noted = found_problems if found_problems is not None else []
    seen: set[str] = set()
    paths = []

    def unreadable(error: OSError) -> None:
        why = os_error_in_french(error)
        noted.append(f"{error.filename} : dossier illisible ({why}) ; ignoré.")

    for folder, folders, files in os.walk(root, onerror=unreadable, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            noted.append(f"{folder} : lien vers un dossier déjà parcouru (boucle) ; ignoré.")
            folders[:] = []
            continue
        seen.add(real)
        hidden += [Path(folder, name) for name in folders if name.startswith(".") and name not in TOOL_FOLDERS
                   and (skip is None or Path(os.path.realpath(Path(folder, name))) != skip)]
        folders[:] = [name for name in folders if not name.startswith(".")
                      and (skip is None or Path(os.path.realpath(Path(folder, name))) != skip)]
        for name in files:
            if name.startswith(".") and not name.startswith("._") and Path(name).suffix.lower() in SUFFIXES:
                hidden.append(Path(folder, name))  # (not a Mac's "._note.docx", the shadow of "note.docx")
            if name.startswith((".", "~$")) or name.lower() in SYSTEM_FILES or WORD_TEMPORARY.fullmatch(name):
                continue  # hidden, a lock file Word leaves beside an open document, Windows' own files
            path = Path(folder, name)
            if path.is_file():
                paths.append(path)
            elif not path.exists():
                noted.append(f"{path} : lien cassé (vers un fichier introuvable, ou en boucle) ; ignoré.")
    hidden.sort()
    return sorted(paths)


def target_for(root: Path, document: Document, out: Path) -> Path:
    name = format_for(document.path).target_name(document)
    return out / document.path.relative_to(folder_of(root)).parent / name


# -- worker processes ----------------------------------------------------------------------------------------
def _portable(document: Document) -> Document:
    """What the main process needs of a document a worker holds: its path, segments' texts, notes and
    format (to name the output), without the parsed file (which stays in the worker and is written there)."""
    return Document(document.path, [Segment(segment.text) for segment in document.segments], None,
                    list(document.notes), document.output_suffix, document.format)


def _worker(inbox, outbox, allow: tuple[str, ...], deny: tuple[str, ...]) -> None:
    """One worker: reads and analyses its share of the files, keeps each parsed document, propagates the
    case's names in them and writes them when the main process has rendered the case."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to report, in one line
    anonymizer = Anonymizer(allow=allow, deny=deny)
    documents: dict[int, Document] = {}
    spans: dict[int, list[Span]] = {}
    for command, payload in iter(inbox.get, None):
        if command == "analyse":  # payload: [(index, path)], each file its own case
            share, alone = payload
            for index, path in share:
                try:
                    documents[index] = stages.read(path)
                except (InputError, OSError) as exc:
                    outbox.put(("failed", [(index, stages.read_error(path, exc))]))
            readable = [index for index, _ in share if index in documents]
            for at in range(0, len(readable), stages.GROUP):
                group = readable[at:at + stages.GROUP]
                failed: list[Outcome] = []
                case = stages.detect(Case([documents[i] for i in group]), anonymizer, with_propagation=alone,
                                     failed=failed)
                if alone:
                    case = stages.clip(case)
                group, lost = _without_failed(group, documents, spans, failed)
                if lost:
                    outbox.put(("failed", lost))
                spans.update(zip(group, case.spans, strict=True))
                outbox.put(("analysed", [(i, _portable(documents[i]), spans[i]) for i in group]))
            outbox.put(("done", None))
        elif command == "propagate":  # payload: the case's name forms
            indices = list(documents)
            case = Case([documents[i] for i in indices], None, [spans[i] for i in indices])
            failed = []
            case = stages.clip(stages.propagate(case, anonymizer, payload, failed=failed))
            indices, lost = _without_failed(indices, documents, spans, failed)
            outbox.put(("propagated", (list(zip(indices, case.spans, strict=True)), lost)))
        elif command == "write":  # payload: [(index, replacement ranges, removed forms to guard, target)]
            errors = {}
            for index, ranges, removed, shown, target in payload:
                try:
                    stages.write_ranges(documents[index], ranges, target, removed, shown)
                except Exception as exc:  # noqa: BLE001 - one bad file is reported, the others go on
                    errors[index] = stages.write_failure(documents[index].path, exc)
            outbox.put(("written", errors))


def _without_failed(indices: list[int], documents: dict[int, Document], spans: dict[int, list[Span]],
                    failed: list[Outcome]) -> tuple[list[int], list[tuple[int, str]]]:
    """``indices`` without the documents whose analysis failed, which the worker forgets; and (index, message) of
    each of those, for the main process."""
    if not failed:
        return indices, []
    index_of = {document.path: index for index, document in documents.items()}
    lost = [(index_of[outcome.source], outcome.message) for outcome in failed]
    for index, _ in lost:
        documents.pop(index)
        spans.pop(index, None)
    gone = {index for index, _ in lost}
    return [index for index in indices if index not in gone], lost


class WorkerLost(RuntimeError):
    """A worker process ended without answering (killed, out of memory)."""


class Workers:
    """``jobs`` worker processes, each with its own share of the files for the whole run, so that a file
    is read, parsed, analysed and written by one process, with the parsed document kept in between;
    forked (where forking is safe) once the model and lists are loaded, which they then share."""

    def __init__(self, jobs: int, allow: tuple[str, ...], deny: tuple[str, ...], fork: bool) -> None:
        context = multiprocessing.get_context("fork" if fork else "spawn")
        self.outbox = context.Queue()
        self.inboxes = [context.Queue() for _ in range(jobs)]
        self.processes = [context.Process(target=_worker, args=(inbox, self.outbox, allow, deny), daemon=True)
                          for inbox in self.inboxes]
        for process in self.processes:
            process.start()
        self.owner: dict[int, int] = {}  # file index -> worker

    def send(self, worker: int, command: str, payload) -> None:
        self.inboxes[worker].put((command, payload))

    def receive(self):
        """The next message from any worker; :class:`WorkerLost` if one died meanwhile."""
        while True:
            try:
                return self.outbox.get(timeout=1.0)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in self.processes):
                    raise WorkerLost() from None

    def stop(self) -> None:
        for inbox in self.inboxes:
            inbox.put(None)
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()


def _shares(paths: list[Path], jobs: int) -> list[list[tuple[int, Path]]]:
    """Files dealt to the workers largest first, each to the one with the least work so far: they end
    together."""
    shares: list[list[tuple[int, Path]]] = [[] for _ in range(jobs)]
    load = [0] * jobs
    for index in sorted(range(len(paths)), key=lambda i: -_size(paths[i])):
        worker = load.index(min(load))
        shares[worker].append((index, paths[index]))
        load[worker] += max(1, _size(paths[index]))
    return shares


class Batch:
    def __init__(self, anonymizer: Anonymizer, root: Path, out: Path, settings: BatchSettings,
                 allow: tuple[str, ...] = (), deny: tuple[str, ...] = (),
                 before_writing: Callable[[CaseKey | None], None] | None = None) -> None:
        """``before_writing(key)`` runs once every file is rendered and before any is written: the case key is
        saved there, so that an output never exists whose mapping was lost (if it fails, nothing is written)."""
        self.anonymizer, self.root, self.out, self.settings = anonymizer, root, out, settings
        self.allow, self.deny = allow, deny
        self.before_writing = before_writing
        self.unwritten: set[Path] = set()  # files of the case analysed with it but left as they are
        self.writing: list[tuple[Document, object, Path]] = []  # (document, rendering, output) being written
        self.key: CaseKey | None = settings.key  # the case key after the run (None: no key was asked for)
        # source folder (below the input) -> its rendering below the output, kept between runs
        self.written = written_before(out)  # keyed source -> its output below ``out``, as earlier runs left it
        self.folders: dict[str, str] = {k[len(FOLDER_KEY):]: v for k, v in self.written.items()
                                        if k.startswith(FOLDER_KEY)}

    def _left_as_is(self, path: Path) -> Outcome | None:
        """Why the existing output of ``path`` stays as it is, or None when it is (re)written: newer than the
        source, it is done already (unless --force); older, the source changed since, and the output (which may
        hold a correction made by hand) is replaced only with --yes. Output names carry no names, so which
        output came from which source is kept in the user's data folder (:func:`written_before`), never in
        the output folder."""
        if self.settings.force:
            return None
        relative = self.written.get(source_key(path))
        candidate = self.out / relative if relative else None
        if candidate is None or not candidate.exists():
            return None
        if candidate.stat().st_mtime >= path.stat().st_mtime:
            return Outcome(path, candidate, status="déjà fait")
        if self.settings.replace:
            return None
        return Outcome(path, status="erreur", message=f"{path} : modifié depuis sa sortie {candidate}, qui n'est pas "
                                                      "remplacée (une correction faite à la main y serait perdue) ; "
                                                      "relancez avec --yes pour la refaire.")

    def _taken_by_others(self, documents: list[Document]) -> set[Path]:
        """The files already in the output folder that this run's sources did not write: an output never
        takes their place (output names carry no names, so two sources may render alike)."""
        if not self.out.exists():
            return set()
        keys = {source_key(document.path) for document in documents}
        ours = {self.out / relative for key, relative in self.written.items() if key in keys}
        return {path for path in self.out.rglob("*") if path.is_file() and path not in ours}

    def remember(self, outcomes: list[Outcome]) -> None:
        """Which output each written source gave, for the next run's :meth:`_left_as_is`."""
        outputs = self.written
        outputs.update({FOLDER_KEY + folder: rendered for folder, rendered in self.folders.items()})
        for outcome in outcomes:
            if outcome.target is not None and outcome.status == "ok":
                outputs[source_key(outcome.source)] = str(outcome.target.relative_to(self.out))
        try:
            path = _outputs_file(self.out)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomically(path, json.dumps(outputs, indent=0, sort_keys=True))
            userdata.private(path)
        except OSError:
            pass  # only costs the next run a file done again

    @staticmethod
    def _forking() -> bool:
        """Workers are forked on Linux; elsewhere (macOS, Windows: forking is unsafe or absent) each
        worker starts afresh and loads its own model."""
        return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()

    def run(self, files: list[Path], progress=lambda files_done: None) -> list[Outcome]:
        """Every file read, analysed, rendered and written (or reported); ``progress(n)`` as n more files
        are analysed."""
        left = {path: outcome for path in files if (outcome := self._left_as_is(path)) is not None}
        if len(left) == len(files):
            return [left[path] for path in files]
        # a case is analysed and rendered whole, even when some of its files are left as they are: its names
        # and its numbering are those of every file, so a run resumed after an interruption gives what one
        # run would have given (only the files left as they are are not written again)
        paths = [path for path in files if path not in left] if self.settings.independent else list(files)
        self.unwritten = set(left)
        started = time.perf_counter()
        try:
            if self.settings.jobs > 1 and len(paths) > 1:
                results = self._run_in_workers(paths, progress, started)
            else:
                documents, failed = stages.read_all(paths)
                progress(len(failed))
                analysed = stages.analyse(Case(documents), self.anonymizer, self.settings.independent, progress,
                                          failed=failed)
                share = (time.perf_counter() - started) / len(paths)
                results = failed + self._finish(analysed, {d.path: share for d in documents},
                                                partial(stages.write_here, guarded=not self.settings.allow_leaks))
        except KeyboardInterrupt:
            # the files written before Ctrl-C (the workers, stopped by now, finish the files they were given)
            # are this run's outputs: recorded, so that the run started again leaves them as they are rather
            # than writing them a second time beside themselves
            self.remember([Outcome(document.path, target, status="ok") for document, _, target in self.writing
                           if target.exists()])
            raise
        done = sorted([o for o in results if o.source not in left] + list(left.values()), key=lambda o: str(o.source))
        self.remember(done)
        return done

    def _run_in_workers(self, paths: list[Path], progress, started: float) -> list[Outcome]:
        fork = self._forking()
        if fork:  # loaded here, then frozen: forked workers keep the model's pages shared (models/startup.py)
            with startup.collection_paused():
                self.anonymizer.warm_up()
                startup.freeze()  # (the entry point's collector policy: a no-op in a library caller's process)
        workers = Workers(min(self.settings.jobs, len(paths)), self.allow, self.deny, fork)
        try:
            return self._orchestrate(workers, paths, progress, started)
        except WorkerLost:
            return [Outcome(path, status="erreur", message=f"{path} : analyse interrompue (un processus de "
                                                           "travail s'est arrêté) ; relancez avec --jobs 1.")
                    for path in paths]
        finally:
            workers.stop()
            if fork:
                startup.unfreeze()

    def _orchestrate(self, workers: Workers, paths: list[Path], progress, started: float) -> list[Outcome]:
        alone = self.settings.independent
        for worker, share in enumerate(_shares(paths, len(workers.processes))):
            workers.owner.update((index, worker) for index, _ in share)
            workers.send(worker, "analyse", (share, alone))
        documents: dict[int, Document] = {}
        spans: dict[int, list[Span]] = {}
        failed, finished = [], 0
        while finished < len(workers.processes):
            kind, payload = workers.receive()
            if kind == "done":
                finished += 1
            elif kind == "failed":
                failed += [Outcome(paths[index], status="erreur", message=message) for index, message in payload]
                progress(len(payload))
            else:  # analysed
                for index, document, found in payload:
                    documents[index], spans[index] = document, found
                progress(len(payload))
        order = sorted(documents)  # the files' order: it numbers tags and names pseudonyms, whoever worked
        if not alone and len(order) > 1:
            case = Case([documents[i] for i in order], None, [spans[i] for i in order])
            known = self.anonymizer.case_forms(zip(case.texts, case.spans, strict=True))
            for worker in range(len(workers.processes)):
                workers.send(worker, "propagate", known)
            for _ in workers.processes:
                kind, (propagated, lost) = workers.receive()
                spans.update(propagated)
                for index, message in lost:
                    failed.append(Outcome(paths[index], status="erreur", message=message))
                    documents.pop(index)
            order = sorted(documents)  # (without the files whose propagation failed)
        index_of = {documents[i].path: i for i in order}

        def write_in_workers(jobs):
            per_worker: dict[int, list] = {}
            for document, rendered, target in jobs:
                index = index_of[document.path]
                removed = () if self.settings.allow_leaks else stages.removed_forms(rendered)
                per_worker.setdefault(workers.owner[index], []).append(
                    (index, stages.replacement_ranges(rendered), removed, rendered.name, target))
            for worker, items in per_worker.items():
                workers.send(worker, "write", items)
            errors = {}
            for _ in per_worker:
                kind, payload = workers.receive()
                errors.update({paths[index]: message for index, message in payload.items()})
            return errors

        share = (time.perf_counter() - started) / len(paths)
        analysed = Case([documents[i] for i in order], None, [spans[i] for i in order])
        return self._finish(analysed, {documents[i].path: share for i in order}, write_in_workers) + failed

    def _finish(self, analysed: Case, seconds: dict[Path, float], write_all) -> list[Outcome]:
        """decide -> render -> guard -> write: the folder as one case, or each file as its own."""
        settings = self.settings
        case_settings = CaseSettings(settings.style, settings.options, settings.decisions, settings.allow_leaks)
        if len(analysed.documents) > 1:  # one key for all the files, whether one case or each its own
            case_settings = stages.avoiding_names(case_settings, analysed.spans)
        groups = ([([document], [found]) for document, found in zip(analysed.documents, analysed.spans, strict=True)]
                  if settings.independent else [(analysed.documents, analysed.spans)])
        outcomes, pending = [], []
        # the outputs of files left as they are stay theirs: no file of this run takes their place
        taken = self._taken_by_others([d for d in analysed.documents if d.path not in self.unwritten])
        run_spans = stages.RemovedForms([span for found in analysed.spans for span in found])

        def later(jobs):  # every file written in one go at the end (one round trip to each worker)
            pending.extend(jobs)
            return {}

        for documents, spans in groups:  # one key for all: the same surrogates in every file
            result, self.key = stages.finish(Case(documents, self.key, spans), case_settings,
                                             lambda d: target_for(self.root, d, self.out), seconds,
                                             shared_numbering=not settings.independent, write_all=later,
                                             below=self.out, taken=taken, folders=self.folders,
                                             path_spans=run_spans)
            outcomes += result
        if self.before_writing is not None:
            self.before_writing(self.key)
        jobs = [job for job in pending if job[0].path not in self.unwritten]
        self.writing = jobs
        stages.mark_errors(outcomes, write_all(jobs))
        return outcomes


FOLDER_KEY = "dossier|"


def _outputs_file(out: Path) -> Path:
    return userdata.folder() / "sorties" / f"{userdata.keyed(str(out.resolve()))[:32]}.json"


def source_key(path: Path) -> str:
    """A source file as the map of earlier outputs names it: keyed, since its path holds names."""
    return userdata.keyed(str(path.resolve()))


def written_before(out: Path) -> dict[str, str]:
    """keyed source path -> output path below ``out``, as earlier runs into ``out`` left them."""
    try:
        return json.loads(_outputs_file(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def report(outcomes: list[Outcome], root: Path, path: Path) -> None:
    """The per-file report (:mod:`anonymizer.report`): CSV for Excel or an HTML page, output names only."""
    from anonymizer.report import write

    write(outcomes, path)
