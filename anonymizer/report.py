"""The per-file report of a batch (``anonymize --report``): a CSV that Excel opens as it is in a Belgian
office (";" between columns, UTF-8 with a BOM, decimal commas) or an HTML page (title, summary, totals per
type, problems first), in French. No original text and no source name: a draft's name is a name too.

csv and a jinja2 template (jinja2 comes with spaCy) rather than pandas: a table of a few columns needs
neither its 80 MB nor its English headers.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from anonymizer.case import Outcome
from anonymizer.entity_types import TABLE
from anonymizer.outputs import write_atomically

ORDER = {"erreur": 0, "retenu": 1, "ok": 2, "déjà fait": 3}
FIXED = ["fichier", "statut", "éléments retirés", "fuites restantes", "secondes", "remarques", "message"]


def rows(outcomes: list[Outcome]) -> tuple[list[str], list[dict]]:
    """Columns and one row per file, problems first; counts per type under their French labels."""
    types = [name for name in TABLE if any(o.counts.get(name) for o in outcomes)]
    columns = FIXED + [TABLE[name].label for name in types]
    table, order = [], []
    for number, outcome in enumerate(outcomes, 1):
        shown = outcome.shown or (outcome.target.name if outcome.target else f"(fichier n° {number})")
        row = {"fichier": shown, "statut": outcome.status, "éléments retirés": sum(outcome.counts.values()),
               "fuites restantes": outcome.leaks, "secondes": outcome.seconds,
               "remarques": _unnamed(" ".join(outcome.notes), outcome, shown),
               "message": _unnamed(outcome.message, outcome, shown)}
        row.update({TABLE[name].label: outcome.counts.get(name, 0) for name in types})
        table.append(row)
        named = bool(outcome.shown or outcome.target)
        order.append((ORDER.get(outcome.status, 9), shown if named else "", number))  # "n° 9" before "n° 10"
    return columns, [row for _, row in sorted(zip(order, table, strict=True), key=lambda pair: pair[0])]


def _unnamed(text: str, outcome: Outcome, shown: str) -> str:
    """A note or message with the source's path (or its name, or any of its folders' names) replaced by the
    output's name: a reader's warning names the file it read ("…/Famille X/Appel de Y.txt : encodage ...")."""
    source = outcome.source
    text = text.replace(str(source), shown)
    for name in {source.name, *(folder.name for folder in source.parents)} - {"", "/", ".", ".."}:
        if len(name) > 2:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "…", text)
    return text


def write(outcomes: list[Outcome], path: Path) -> None:
    """The report as ``path``'s suffix says: .html/.htm a page, anything else a CSV."""
    columns, table = rows(outcomes)
    if path.suffix.lower() in (".html", ".htm"):
        text = _html(outcomes, columns, table)
        write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8", newline=""))
        return

    def write_csv(temporary: Path) -> None:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(columns)
            for row in table:
                writer.writerow([_excel(row[column]) for column in columns])

    write_atomically(path, write_csv)


def _excel(value: object) -> object:
    return f"{value:.3f}".replace(".", ",") if isinstance(value, float) else value


def _html(outcomes: list[Outcome], columns: list[str], table: list[dict]) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(loader=PackageLoader("anonymizer", "templates"), autoescape=select_autoescape(["html"]))
    totals = [(row.label, sum(o.counts.get(name, 0) for o in outcomes)) for name, row in TABLE.items()
              if any(o.counts.get(name) for o in outcomes)]
    done = sum(1 for o in outcomes if o.status in ("ok", "déjà fait"))
    return environment.get_template("rapport.html").render(
        total=len(outcomes), done=done, errors=sum(1 for o in outcomes if o.status == "erreur"),
        held=sum(1 for o in outcomes if o.status == "retenu"), totals=totals, columns=columns,
        rows=[{"cells": [row[c] for c in columns], "status_class": row["statut"].replace(" ", "-")} for row in table])
