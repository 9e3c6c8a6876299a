"""How many actions a presenter needs to decide everything on the review page of a long draft.

    python benchmarks/review_actions.py [--words 9000] [FILE.txt ...]

The draft is annotated files of the corpus joined one after another until it holds ``--words`` words
(default: the two case folders of corpus_samples/cases, then the long drafts of batch B6). A presenter
who knows the truth (the annotation) works through the page as it is built (:class:`ReviewSession`,
the state the page shows) and every click is counted:

1. each doubt that hides a gold span: "masquer partout" (1 action); the other doubts of a reason:
   "tout peut rester" (1 action per reason, or "peut rester" when it holds one doubt);
2. each entity row none of whose occurrences is a gold span: "garder" (1 action); then the rows still
   unchecked: "tout masquer : le reste" (1 action; "tout masquer : <type>" per type costs one per type,
   also printed);
3. each gold form still in clear: selected in the document and masked everywhere (1 action per form).

Printed: the actions, what one action per row would have cost (the page before grouping, one row per
written form, one per doubt), and what is left in clear at the end (must be 0). Issue #18 asks for at
most 40 actions on a 9,000-word draft.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anonymizer.evaluation import AnnotatedText, GoldSpan, parse_annotated  # noqa: E402
from anonymizer.text import fold  # noqa: E402

SEPARATOR = "\n\n"


def default_files() -> list[Path]:
    cases = sorted((ROOT / "corpus_samples" / "cases").glob("case-*/*.txt"))
    b6 = sorted(p for p in (ROOT / "corpus_samples").glob("1[78]*.txt") if 177 <= int(p.name[:3]) <= 186)
    return cases + b6


def draft(files: list[Path], words: int) -> AnnotatedText:
    """The files' texts joined until the draft holds ``words`` words, with their gold spans moved along."""
    texts: list[str] = []
    gold: list[GoldSpan] = []
    keep: list[GoldSpan] = []
    offset = 0
    for path in files:
        annotated = parse_annotated(path.read_text(encoding="utf-8"), path.name)
        for target, spans in ((gold, annotated.gold), (keep, annotated.keep)):
            target.extend(GoldSpan(g.start + offset, g.end + offset, g.entity_type, g.text) for g in spans)
        texts.append(annotated.text)
        offset += len(annotated.text) + len(SEPARATOR)
        if sum(len(t.split()) for t in texts) >= words:
            break
    return AnnotatedText("draft", SEPARATOR.join(texts), tuple(gold), tuple(keep))


def overlaps(start: int, end: int, gold: tuple[GoldSpan, ...]) -> GoldSpan | None:
    return next((g for g in gold if g.start < end and start < g.end), None)


def walk(session, gold: tuple[GoldSpan, ...]) -> dict:
    """The presenter's clicks, step by step, on the state the page shows."""
    actions = {"doubt masked": 0, "doubts left (per reason)": 0, "row kept": 0, "rest masked": 0,
               "form added": 0}
    state = session.state()
    flat = len({fold(s.text) for s in session.spans}) + len(state["doubts"])
    rows_at_start, doubts_at_start = len(state["entities"]), len(state["doubts"])
    types = 0
    for _ in range(3):  # a decision may raise a new doubt (a masked name's typo): rounds until all is decided
        for doubt in session.state()["doubts"]:
            hit = next((g for start in doubt["starts"] if (g := overlaps(start, start + len(doubt["form"]), gold))),
                       None)
            if hit is not None:
                session.decide([doubt["form"]], "mask", hit.entity_type)
                actions["doubt masked"] += 1
        by_reason: dict[str, list[str]] = {}
        for doubt in session.state()["doubts"]:
            by_reason.setdefault(doubt["reason"], []).append(doubt["form"])
        for forms in by_reason.values():
            session.decide(forms, "keep")
            actions["doubts left (per reason)"] += 1
        for row in session.state()["entities"]:
            if row["decision"] is None and not any(overlaps(start, end, gold) for start, end in row["occurrences"]):
                session.decide(row["forms"], "keep")
                actions["row kept"] += 1
        by_type: dict[str, list[str]] = {}
        for row in session.state()["entities"]:
            if row["decision"] is None:
                by_type.setdefault(row["type"], []).extend(row["forms"])
        if by_type:
            session.decide([form for forms in by_type.values() for form in forms], "mask")
            actions["rest masked"] += 1
            types += len(by_type)
        spans = session.spans
        missed = [g for g in gold if not any(s.start < g.end and g.start < s.end for s in spans)]
        for form, entity_type in {fold(g.text): (g.text, g.entity_type) for g in missed}.values():
            session.decide([form], "mask", entity_type)
            actions["form added"] += 1
        if not missed and session.state()["unreviewed"] == 0:
            break
    spans = session.spans
    left = [g.text for g in gold if not any(s.start < g.end and g.start < s.end for s in spans)]
    return {"actions": sum(actions.values()), "detail": actions, "types": types, "one per row": flat,
            "rows": rows_at_start, "doubts": doubts_at_start, "left in clear": left,
            "unreviewed": session.state()["unreviewed"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--words", type=int, default=9000)
    args = parser.parse_args()
    annotated = draft(args.files or default_files(), args.words)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ANONYMIZER_DATA"] = str(Path(folder) / "data")  # the review record stays in here
        from anonymizer import Anonymizer
        from anonymizer.review import ReviewSession

        source = Path(folder) / "brouillon.txt"
        source.write_text(annotated.text, encoding="utf-8", newline="")
        session = ReviewSession.open(Anonymizer(), source, Path(folder) / "out")
        result = walk(session, annotated.gold)
    print(f"draft: {annotated.words} words, {len(annotated.gold)} gold spans")
    print(f"page at start: {result['rows']} entity rows, {result['doubts']} doubts "
          f"(one action per written form and per doubt: {result['one per row']})")
    print(f"actions to decide everything: {result['actions']}  "
          + ", ".join(f"{name} {count}" for name, count in result["detail"].items()))
    by_type = result["actions"] - result["detail"]["rest masked"] + result["types"]
    print(f"(masking the rest type by type instead: {by_type} actions)")
    print(f"left unchecked: {result['unreviewed']}; gold spans still in clear: {len(result['left in clear'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
