"""Command line: ``anonymizer detect``, ``anonymize`` and ``deanonymize`` (also ``python -m anonymizer``).

stdout carries only results (``--jsonl``); messages, warnings and errors go to stderr, in French.
Exit code: 0 when every file was processed, 4 when some could not be (each named on stderr), 1 when
none could, 2 for usage errors, 3 when the leak guard held back at least one output.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import tempfile
from pathlib import Path

import click

from anonymizer.cli_french import FrenchGroup, speak_french
from anonymizer.keeplist import load_list_file
from anonymizer.outputs import folder_of
from anonymizer.pseudonymize import DATES, NUMBERS, PLACES
from anonymizer.reader import InputError, os_error_in_french, unsupported
from anonymizer.render import STYLES


def _say(message: str) -> None:
    click.echo(message, err=True)


def _build(allow: Path | None, deny: Path | None):
    from anonymizer.pipeline import Anonymizer

    try:
        return Anonymizer(allow=load_list_file(allow) if allow else (),
                          deny=sorted(load_list_file(deny)) if deny else ())
    except Exception as exc:  # model missing, unreadable list file
        raise click.ClickException(str(exc)) from exc


def _finish(done: int, total: int, held_back: int = 0, unseen: int = 0) -> None:
    """Final line on stderr; exit 3 when the leak guard held outputs back, 1 when nothing was done, 4 when
    some files could not be processed or something else failed (``unseen``: places of the folder that could
    not be looked at, a report that could not be written)."""
    held = f" {held_back} retenu(s) par le contrôle des fuites." if held_back else ""
    _say(f"{done}/{total} fichier(s) traité(s).{held}")
    if held_back:
        sys.exit(3)
    if done == 0:
        sys.exit(1)
    if done < total or unseen:
        sys.exit(4)


speak_french()  # click's own messages (usage, errors, --help) in French, as ours are


@click.group(cls=FrenchGroup, subcommand_metavar="COMMANDE [ARGUMENTS]...")
@click.option("-v", "--verbose", is_flag=True, help="Journal détaillé (stderr).")
def main(verbose: bool) -> None:
    """Anonymiser des récits de situations (français, Belgique)."""
    for stream in (sys.stdout, sys.stderr):  # a cp1252 console: "Ayşe" shows as "Ay?e" rather than stopping
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


list_options = [
    click.option("--independent", is_flag=True,
                 help="Fichiers de situations différentes : pas de recherche croisée des noms entre fichiers."),
    click.option("--allow", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 help="Fichier de termes à ne jamais masquer (un par ligne)."),
    click.option("--deny", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 help="Fichier de termes à toujours masquer (un par ligne)."),
]


def with_lists(func):
    for option in reversed(list_options):
        func = option(func)
    return func


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--jsonl", is_flag=True, help="Une ligne JSON par fichier sur stdout.")
@with_lists
def detect(path: Path, jsonl: bool, independent: bool, allow: Path | None, deny: Path | None) -> None:
    """Lister les éléments identifiants trouvés dans PATH (fichier ou dossier, tous formats).

    Les positions (start, end) comptent les caractères du texte lu : le fichier lui-même pour .txt/.md ;
    pour les autres formats, leurs segments de texte (paragraphes, cellules, en-têtes…) joints par une
    ligne vide. Chaque fichier liste aussi ses « flags » : ce qui reste en clair mais pourrait identifier
    quelqu'un (raison et score), jamais à cheval sur un élément trouvé, pour la relecture."""
    from anonymizer import case as stages
    from anonymizer.batch import walk

    if not path.exists():
        raise click.ClickException(f"{path} : fichier ou dossier introuvable.")
    found = walk(path)
    files = found.documents
    unseen = _say_left_aside(found)
    if not files:
        raise click.ClickException(f"{path} : aucun document à traiter ({', '.join(_suffixes())}).")
    anonymizer = _build(allow, deny)
    documents, failed = stages.read_all(files)
    for outcome in failed:
        _say(f"ERREUR {outcome.message}")
    for document in documents:
        for note in document.notes:
            _say(f"ATTENTION {document.path} : {note}")
    unread = len(failed)
    analysed = stages.analyse(stages.Case(documents), anonymizer, independent=independent, failed=failed)
    for outcome in failed[unread:]:
        _say(f"ERREUR {outcome.message}")
    for document, spans in zip(analysed.documents, analysed.spans, strict=True):
        flags = anonymizer.doubts(document.text, spans)
        if jsonl:
            record = {"file": str(document.path), "entities": [s.to_dict() for s in spans],
                      "flags": [flag.to_dict() for flag in flags]}
            click.echo(json.dumps(record, ensure_ascii=not _utf8_stdout()))
        else:
            click.echo(f"== {document.path}")
            for s in spans:
                click.echo(f"{s.start:>7}-{s.end:<7} {s.entity_type:<13} {s.text}")
            for flag in flags:
                click.echo(f"{flag.start:>7}-{flag.end:<7} {'? en clair':<13} {flag.text}  ({flag.label})")
    _finish(len(analysed.documents), len(files), unseen=unseen)


def _utf8_stdout() -> bool:
    """Whether stdout takes any character: a Windows console or a redirection in cp1252 does not, and JSON then
    writes "Ay\\u015fe" (valid JSON, same data) rather than failing on "Ayşe"."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return encoding in ("utf8", "utf8sig")


def _check_output_dir(source: Path, out: Path, inside_ok: bool) -> None:
    """Never the source folder (the outputs keep the source names); for a folder input, not a
    sub-folder of it either unless ``--inside-ok`` (a later run would read the outputs as drafts)."""
    source_dir = folder_of(source).resolve()
    target = out.resolve()
    if target == source_dir:
        raise click.ClickException(
            f"Le dossier de sortie {out} est le dossier source : les fichiers seraient écrasés ; "
            "choisissez un autre dossier.")
    if _inside_source(source, target, inside_ok):
        raise click.ClickException(
            f"Le dossier de sortie {out} se trouve dans le dossier source ; choisissez un autre "
            "dossier (ou --inside-ok).")


def _inside_source(source: Path, target: Path, inside_ok: bool) -> bool:
    """``target`` lies below the source folder (a folder input), which only --inside-ok allows."""
    return source.is_dir() and not inside_ok and folder_of(source).resolve() in target.resolve().parents


def _confirm_overwrite(targets: list[Path], yes: bool) -> bool:
    existing = [t for t in targets if t.exists()]
    if not existing or yes:
        return True
    if not sys.stdin.isatty():
        _say(f"ERREUR {len(existing)} fichier(s) existent déjà dans la sortie ; relancez avec --yes pour écraser.")
        return False
    return click.confirm(f"{len(existing)} fichier(s) existent déjà dans la sortie. Écraser ?", err=True)




def _suffixes() -> tuple[str, ...]:
    from anonymizer.formats import SUFFIXES

    return SUFFIXES


NAMED_UNSUPPORTED = 20  # files named one by one; beyond, counted by kind
def _say_unsupported(left: list[Path]) -> None:
    """The files left aside because their format is not read, counted by kind (never silently skipped)."""
    for file in left[:NAMED_UNSUPPORTED]:
        _say(f"ATTENTION {file} : laissé de côté, {unsupported(file.suffix)}.")
    if len(left) > NAMED_UNSUPPORTED:
        counts: dict[str, int] = {}
        for file in left[NAMED_UNSUPPORTED:]:
            counts[file.suffix.lower() or "sans extension"] = counts.get(file.suffix.lower() or "sans extension", 0) + 1
        kinds = ", ".join(f"{n} {suffix}" for suffix, n in sorted(counts.items()))
        _say(f"ATTENTION et {len(left) - NAMED_UNSUPPORTED} autre(s) fichier(s) laissé(s) de côté ({kinds}).")


def _say_left_aside(found) -> int:
    """What a folder holds that is not processed, said (never skipped silently): files in formats that are
    not read, hidden files and folders; then the places that could not be looked at. How many of those."""
    _say_unsupported(found.unsupported)
    for place in found.hidden:
        kind = "dossier caché" if place.is_dir() else "fichier caché"
        _say(f"ATTENTION {place} : {kind} (nom commençant par un point), laissé de côté ; renommez-le pour "
             "le traiter.")
    return _say_unseen(found.problems)


def _say_unseen(found: list[str]) -> int:
    """The places of the folder that could not be looked at (a sub-folder that cannot be listed, a broken
    or looping link), one line each; how many."""
    for line in found:
        _say(f"ATTENTION {line}")
    return len(found)


REPORT_SUFFIXES = (".csv", ".html", ".htm")


def _check_report(report_path: Path | None, files: list[Path], yes: bool, source: Path | None = None,
                  inside_ok: bool = False) -> None:
    """Checked before any work is done: the report is a .csv or .html file (so that it can never take the
    name of an output, which keeps its document's format), never a draft, never inside the source folder
    (unless ``--inside-ok``), in a folder that exists or can be made and can be written to; it replaces an
    existing file only with --yes."""
    import os

    if report_path is None:
        return
    if any(report_path.resolve() == f.resolve() for f in files):
        raise click.ClickException(f"{report_path} : c'est un des documents à anonymiser ; choisissez un autre "
                                   "nom pour --report.")
    if report_path.suffix.lower() not in REPORT_SUFFIXES:
        raise click.ClickException(f"{report_path} : le rapport s'écrit en .csv (Excel) ou en .html (page) ; "
                                   "choisissez un nom qui finit ainsi pour --report.")
    if source is not None and _inside_source(source, report_path, inside_ok):
        raise click.ClickException(f"{report_path} : le rapport serait écrit dans le dossier source ; choisissez "
                                   "un autre dossier (ou --inside-ok).")
    if report_path.exists() and not yes:
        raise click.ClickException(f"{report_path} existe déjà ; relancez avec --yes pour le remplacer, ou "
                                   "choisissez un autre nom pour --report.")
    folder = report_path.resolve().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise click.ClickException(f"{report_path} : rapport impossible à écrire dans {folder} (accès refusé ou "
                                   "pas un dossier) ; choisissez un autre emplacement pour --report.")


PASSPHRASE_ENV = "ANONYMIZER_PASSPHRASE"


def _passphrase(new: bool) -> str:
    """From $ANONYMIZER_PASSPHRASE, else asked on the terminal (twice for a new key)."""
    import os

    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise click.ClickException(
            f"Phrase de passe de la clé : définissez {PASSPHRASE_ENV} ou lancez depuis un terminal.")
    return click.prompt("Phrase de passe de la clé de cas", hide_input=True, confirmation_prompt=new, err=True)


def _hold(path: Path, what: str) -> None:
    """``path`` locked for this command until it ends (:mod:`anonymizer.locks`)."""
    from anonymizer.locks import held

    try:
        click.get_current_context().with_resource(held(path, what))
    except InputError as exc:
        raise click.ClickException(str(exc)) from exc


def _open_key(path: Path | None, out: Path | None, writing: bool = True):
    """The case key to use: loaded from ``path`` if it exists, new otherwise (None without --key); held by
    this command until it ends, and, when it will be written, its folder checked first."""
    from anonymizer.casekey import CaseKey

    if path is None:
        return None, None
    if out is not None and out.resolve() in path.resolve().parents:
        raise click.ClickException("La clé de cas ne doit pas être rangée avec les fichiers anonymisés : "
                                   "choisissez un autre emplacement pour --key.")
    _hold(path, "la clé de cas")
    passphrase = _passphrase(new=not path.exists())
    if not writing:
        return _load_key(path, passphrase), passphrase
    try:  # its folder now, before any output is written: a key that cannot be saved loses the mapping
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path.parent, prefix=".anonymizer-"):
            pass
    except OSError as exc:
        raise click.ClickException(f"{path.parent} : impossible d'y enregistrer la clé ({os_error_in_french(exc)}) ; "
                                   "choisissez un autre emplacement pour --key.") from exc
    if not path.exists():
        return CaseKey(), passphrase
    return _load_key(path, passphrase), passphrase


def _load_key(path: Path, passphrase):
    from anonymizer.casekey import CaseKeyError, load

    try:
        return load(path, passphrase)
    except CaseKeyError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Dossier de sortie (créé si besoin ; jamais le dossier source).")
@click.option("--style", type=click.Choice(STYLES), default="tag", show_default=True,
              help="tag : [PERSONNE_1], [LIEU_2]... ; pseudo : noms, lieux, dates et numéros de remplacement.")
@click.option("--key", "key_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Clé de cas chiffrée (créée ou réutilisée) : mêmes remplacements d'un document à l'autre.")
@click.option("--seed", metavar="TEXTE", help="Graine : rend les pseudonymes reproductibles sans clé.")
@click.option("--places", type=click.Choice(PLACES), default="replace", show_default=True,
              help="Lieux remplacés par d'autres, ou généralisés (« une commune de Wallonie »).")
@click.option("--dates", "dates_mode", type=click.Choice(DATES), default="shift", show_default=True,
              help="Dates décalées d'un même nombre de semaines, ou réduites au mois et à l'année.")
@click.option("--numbers", type=click.Choice(NUMBERS), default="fake", show_default=True,
              help="Numéros (NISS, IBAN, téléphone...) remplacés par de faux numéros valides, ou par des étiquettes.")
@click.option("--decisions", "decisions_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Relevé de relecture (.revue.json) dont les décisions s'appliquent à ces documents.")
@click.option("--allow-leaks", is_flag=True, help="Écrire la sortie même si des formes retirées y restent.")
@click.option("--jobs", type=click.IntRange(1, 32), default=1, show_default=True, metavar="N",
              help="Nombre de processus d'analyse en parallèle.")
@click.option("--force", is_flag=True, help="Refaire aussi les fichiers déjà anonymisés.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Rapport par fichier (.csv ou .html) : statut, éléments par type, fuites, temps.")
@click.option("--yes", is_flag=True, help="Ne poser aucune question.")
@click.option("--inside-ok", is_flag=True, help="Autoriser un dossier de sortie à l'intérieur du dossier source.")
@with_lists
def anonymize(path: Path, out: Path, style: str, key_path: Path | None, seed: str | None, places: str,
              dates_mode: str, numbers: str, decisions_path: Path | None, allow_leaks: bool, jobs: int, force: bool,
              report_path: Path | None, yes: bool, inside_ok: bool, independent: bool, allow: Path | None,
              deny: Path | None) -> None:
    """Anonymiser PATH (fichier ou dossier : .txt, .md, .docx, .odt, .eml, .pdf) vers le dossier --out."""
    from anonymizer.batch import Batch, BatchSettings, report, walk
    from anonymizer.casekey import CaseKey, save, seed_from
    from anonymizer.pseudonymize import PseudoOptions

    if not path.exists():
        raise click.ClickException(f"{path} : fichier ou dossier introuvable.")
    _check_output_dir(path, out, inside_ok)
    try:
        found = walk(path, out)  # one look at the folder: documents, other formats, what could not be read
        files = found.documents
    except PermissionError as exc:
        raise click.ClickException(f"{path} : dossier illisible (permissions).") from exc
    if not files:
        raise click.ClickException(f"{path} : aucun document à traiter ({', '.join(_suffixes())}).")
    _check_report(report_path, files, yes, path, inside_ok)
    key, passphrase = _open_key(key_path, out)
    if key is None and seed is not None:
        key = CaseKey(seed=seed_from(seed))
    if force and not _confirm_overwrite([out], yes):
        sys.exit(1)
    anonymizer = _build(allow, deny)
    settings = BatchSettings(style=style, key=key, options=PseudoOptions(places=places, dates=dates_mode,
                                                                          numbers=numbers),
                             decisions=_load_decisions(decisions_path), independent=independent,
                             allow_leaks=allow_leaks, force=force, replace=yes, jobs=jobs)
    allow_terms = tuple(sorted(load_list_file(allow))) if allow else ()
    deny_terms = tuple(sorted(load_list_file(deny))) if deny else ()
    saved = []

    def save_key(key) -> None:  # before any output is written
        if key_path is not None and key is not None:
            try:
                save(key, key_path, passphrase)
            except OSError as exc:
                raise click.ClickException(f"{key_path} : clé de cas impossible à enregistrer "
                                           f"({os_error_in_french(exc)}) ; aucun fichier n'a été écrit.") from exc
            saved.append(key_path)

    batch = Batch(anonymizer, path, out, settings, allow_terms, deny_terms, before_writing=save_key)
    out.mkdir(parents=True, exist_ok=True)
    try:
        with _progress(len(files)) as bar, _progress_in_file(len(files)):
            outcomes = batch.run(files, progress=bar.update)
    except KeyboardInterrupt:
        _say("Interrompu. Relancez la même commande pour reprendre : les fichiers déjà écrits sont gardés, et "
             "le résultat sera celui d'une seule exécution.")
        sys.exit(130)
    for outcome in outcomes:
        _report_outcome(outcome)
    if saved:
        _say(f"Clé de cas enregistrée (chiffrée) : {key_path}")
    report_failed = 0
    if report_path is not None:
        try:
            report_path.parent.mkdir(parents=True, exist_ok=True)
            report(outcomes, path, report_path)
            _say(f"Rapport : {report_path}")
        except OSError as exc:
            _say(f"ERREUR {report_path} : rapport impossible à écrire ({os_error_in_french(exc)}) ; les fichiers "
                 "anonymisés sont écrits.")
            report_failed = 1
    unseen = _say_left_aside(found)
    done = sum(1 for o in outcomes if o.status in ("ok", "déjà fait"))
    _finish(done, len(files), sum(1 for o in outcomes if o.status == "retenu"), unseen + report_failed)


@contextlib.contextmanager
def _progress_in_file(files: int):
    """For a single file, a bar of the characters analysed, shown once the analysis takes more than a
    second (a long draft takes minutes; a folder shows its files instead)."""
    from tqdm import tqdm

    from anonymizer.detect import PIECES_READ

    if files != 1:
        yield
        return
    with tqdm(total=0, unit="car.", unit_scale=True, desc="Analyse", file=sys.stderr, leave=False, delay=1.0,
              bar_format="{desc}: {percentage:3.0f} % {bar} [{elapsed}<{remaining}]") as bar:
        def read(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        token = PIECES_READ.set(read)
        try:
            yield
        finally:
            PIECES_READ.reset(token)


def _progress(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="fichier", desc="Analyse", file=sys.stderr, leave=False,
                disable=total < 2, bar_format="{desc}: {n_fmt}/{total_fmt} {bar} [{elapsed}<{remaining}]")


def _report_outcome(outcome) -> None:
    if outcome.status == "erreur":
        _say(f"ERREUR {outcome.message}")
    elif outcome.status == "retenu":
        _say(f"ERREUR {outcome.source} : {outcome.message} (--allow-leaks pour l'écrire quand même).")
    elif outcome.status == "déjà fait":
        _say(f"{outcome.source} : déjà fait ({outcome.target}) ; --force pour refaire.")
    else:
        for note in outcome.notes:
            _say(f"ATTENTION {outcome.source} : {note}")
        if outcome.leaks:
            _say(f"ATTENTION {outcome.source} : {outcome.leaks} forme(s) retirée(s) encore présente(s).")
        _say(f"{outcome.source} -> {outcome.target} ({sum(outcome.counts.values())} élément(s) remplacé(s))")


def _load_decisions(path: Path | None):
    from anonymizer.decisions import Decisions

    if path is None:
        return None
    try:
        return Decisions.load(path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("anonymise"),
              show_default=True, help="Dossier où écrire le fichier anonymisé (le relevé de relecture reste "
                                      "dans le dossier de l'utilisateur, jamais dans ce dossier).")
@click.option("--style", type=click.Choice(STYLES), default="tag", show_default=True)
@click.option("--key", "key_path", type=click.Path(dir_okay=False, path_type=Path), help="Clé de cas chiffrée.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, metavar="N", help="Port local (0 : un port libre).")
@click.option("--no-browser", is_flag=True, help="Ne pas ouvrir le navigateur (l'adresse est affichée).")
@click.option("--yes", is_flag=True, help="L'export peut remplacer un fichier existant dans --out.")
@with_lists
def review(path: Path, out: Path, style: str, key_path: Path | None, port: int, no_browser: bool, yes: bool,
           independent: bool, allow: Path | None, deny: Path | None) -> None:
    """Relire dans le navigateur ce qui sera retiré, corriger, puis exporter."""
    import webbrowser

    from anonymizer.casekey import save
    from anonymizer.review import ReviewSession, record_path
    from anonymizer.review_server import ReviewServer, serve_in_background

    _check_output_dir(path, out, inside_ok=False)
    _hold(record_path(out, path), "la relecture de ce document")
    key, passphrase = _open_key(key_path, out)
    try:
        session = ReviewSession.open(_build(allow, deny), path, out, style, key)
    except InputError as exc:
        raise click.ClickException(str(exc)) from exc
    if session.target.exists() and not yes:
        raise click.ClickException(f"{session.target} existe déjà ; relancez avec --yes pour que l'export le "
                                   "remplace, ou choisissez un autre --out.")
    session.replace = yes
    if key_path is not None:
        session.before_writing = lambda case_key: save(case_key, key_path, passphrase)
    session.save()
    try:
        server = ReviewServer(session, port)
    except OSError as exc:
        raise click.ClickException(f"le port {port} n'est pas disponible ({os_error_in_french(exc)}) ; relancez sans "
                                   "--port (un port libre est choisi) ou avec un autre numéro.") from exc
    serve_in_background(server)
    click.echo(server.url)
    _say("Relecture ouverte ; « Valider et exporter » dans la page termine, Ctrl-C aussi (rien n'est perdu).")
    if not no_browser:
        webbrowser.open(server.url)
    try:
        while not server.finished.wait(0.5):
            pass
    except KeyboardInterrupt:
        _say("Relecture interrompue ; les décisions sont enregistrées.")
    finally:
        server.shutdown()
        server.server_close()
    if session.exported is not None:
        _say(f"Exporté : {session.exported}")
        _say(f"Relevé de relecture (hors du dossier partagé ; pour les autres documents du cas : "
             f"anonymize ... --decisions) : {session.record_file}")


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--key", "key_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="La clé de cas utilisée pour anonymiser.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Dossier où écrire les textes rétablis.")
@click.option("--yes", is_flag=True, help="Ne poser aucune question (écrase les sorties existantes).")
def deanonymize(path: Path, key_path: Path, out: Path, yes: bool) -> None:
    """Rétablir les originaux dans un document anonymisé revenu du groupe (pour la personne qui a présenté) :
    PATH est un fichier ou un dossier (.txt, .md, .docx, .odt, .eml), réécrit dans son format."""
    from anonymizer import case as stages
    from anonymizer.batch import target_for, walk

    if not path.exists():
        raise click.ClickException(f"{path} : fichier ou dossier introuvable.")
    _check_output_dir(path, out, inside_ok=False)
    found = walk(path, out)
    files = found.documents
    unseen = _say_left_aside(found)
    if not files:
        raise click.ClickException(f"{path} : aucun document à rétablir (.txt, .md, .docx, .odt, .eml).")
    key, _ = _open_key(key_path, None, writing=False)
    documents, failed = stages.read_all(files)
    for outcome in failed:
        _say(f"ERREUR {outcome.message}")
    targets = [target_for(path, document, out) for document in documents]
    if not _confirm_overwrite(targets, yes):
        sys.exit(1)
    done = 0
    for document, target in zip(documents, targets, strict=True):
        try:
            stages.restore(document, key, target)
        except (InputError, OSError) as exc:
            _say(f"ERREUR {exc}")
            continue
        _say(f"{document.path} -> {target}")
        done += 1
    _finish(done, len(files), unseen=unseen)
