"""Command line: ``anonymizer detect`` and ``anonymizer anonymize`` (also ``python -m anonymizer``).

stdout carries only results (``--jsonl``); messages, warnings and errors go to stderr, in French.
Exit code: 0 when at least one file was processed, 1 when nothing could be done, 2 for usage errors.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from anonymizer.keeplist import load_list_file
from anonymizer.reader import InputError, TextInput, list_inputs, read_text
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


def _inputs(path: Path) -> list[Path]:
    try:
        files = list_inputs(path)
    except InputError as exc:
        raise click.ClickException(str(exc)) from exc
    if not files:
        raise click.ClickException(f"{path} : aucun fichier texte (.txt, .md) à traiter.")
    return files


def _read_all(files: list[Path]):
    """Yield readable inputs; report unreadable ones on stderr and count them."""
    for path in files:
        try:
            document = read_text(path)
        except InputError as exc:
            _say(f"ERREUR {exc}")
            continue
        if document.warning:
            _say(f"ATTENTION {document.warning}")
        yield document


def _analyze_case(anonymizer, documents: list[TextInput], independent: bool) -> list[list]:
    """Spans of each document; unless ``independent``, a name found in one document of the folder is
    also looked for in the others (they are taken to be documents of the same case)."""
    spans = [anonymizer.analyze(d.text) for d in documents]
    if independent or len(documents) < 2:
        return spans
    known = anonymizer.case_forms(zip((d.text for d in documents), spans))
    return [anonymizer.analyze_known(d.text, s, known) for d, s in zip(documents, spans)]


def _finish(done: int, total: int) -> None:
    _say(f"{done}/{total} fichier(s) traité(s).")
    if done == 0:
        sys.exit(1)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Journal détaillé (stderr).")
def main(verbose: bool) -> None:
    """Anonymiser des récits de situations (français, Belgique)."""
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
    """Lister les éléments identifiants trouvés dans PATH (fichier ou dossier)."""
    files = _inputs(path)
    anonymizer = _build(allow, deny)
    documents = list(_read_all(files))
    done = 0
    for document, spans in zip(documents, _analyze_case(anonymizer, documents, independent)):
        if jsonl:
            record = {"file": str(document.path), "entities": [s.to_dict() for s in spans]}
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(f"== {document.path}")
            for s in spans:
                click.echo(f"{s.start:>7}-{s.end:<7} {s.entity_type:<13} {s.text}")
        done += 1
    _finish(done, len(files))


def _check_output_dir(source: Path, out: Path, inside_ok: bool) -> None:
    """Never the source folder (the outputs keep the source names); for a folder input, not a
    sub-folder of it either unless ``--inside-ok`` (a later run would read the outputs as drafts)."""
    source_dir = (source if source.is_dir() else source.parent).resolve()
    target = out.resolve()
    if target == source_dir:
        raise click.ClickException(
            f"Le dossier de sortie {out} est le dossier source : les fichiers seraient écrasés ; "
            "choisissez un autre dossier.")
    if source.is_dir() and not inside_ok and source_dir in target.parents:
        raise click.ClickException(
            f"Le dossier de sortie {out} se trouve dans le dossier source ; choisissez un autre "
            "dossier (ou --inside-ok).")


def _confirm_overwrite(targets: list[Path], yes: bool) -> bool:
    existing = [t for t in targets if t.exists()]
    if not existing or yes:
        return True
    if not sys.stdin.isatty():
        _say(f"ERREUR {len(existing)} fichier(s) existent déjà dans la sortie ; relancez avec --yes pour écraser.")
        return False
    return click.confirm(f"{len(existing)} fichier(s) existent déjà dans la sortie. Écraser ?", err=True)


def _write(document: TextInput, target: Path, text: str) -> None:
    if target.resolve() == document.path.resolve():
        raise InputError(f"{target} : refus d'écraser le fichier source.")
    temporary = target.with_name(target.name + ".partiel")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)  # no half-written output if the run is interrupted


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Dossier de sortie (créé si besoin ; jamais le dossier source).")
@click.option("--style", type=click.Choice(STYLES), default="tag", show_default=True,
              help="tag : [PERSONNE_1], [LIEU_2]...")
@click.option("--yes", is_flag=True, help="Ne poser aucune question (écrase les sorties existantes).")
@click.option("--inside-ok", is_flag=True, help="Autoriser un dossier de sortie à l'intérieur du dossier source.")
@with_lists
def anonymize(path: Path, out: Path, style: str, yes: bool, inside_ok: bool, independent: bool,
              allow: Path | None, deny: Path | None) -> None:
    """Anonymiser PATH (fichier ou dossier de .txt) vers le dossier --out."""
    files = _inputs(path)
    _check_output_dir(path, out, inside_ok)
    if not _confirm_overwrite([out / f.name for f in files], yes):
        sys.exit(1)
    anonymizer = _build(allow, deny)
    out.mkdir(parents=True, exist_ok=True)
    documents = list(_read_all(files))
    done = 0
    for document, spans in zip(documents, _analyze_case(anonymizer, documents, independent)):
        result = anonymizer.anonymize(document.text, style=style, spans=spans)
        target = out / document.path.name
        try:
            _write(document, target, result.text)
        except (InputError, OSError) as exc:
            _say(f"ERREUR {exc}")
            continue
        if result.leaks:
            _say(f"ATTENTION {document.path} : formes encore présentes dans la sortie : {len(result.leaks)}")
        _say(f"{document.path} -> {target} ({len(result.spans)} élément(s) remplacé(s))")
        done += 1
    _finish(done, len(files))
