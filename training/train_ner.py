"""Fine-tune fr_core_news_md's NER on the development files of corpus_samples/ (fiction written here).

    python training/train_ner.py [--epochs 12] [--out models/ner_case] [--split dev]

The pipeline runs only the tokenizer and the NER (models/nlp.py), so new weights for that one component cost
nothing at run time. The labels stay spaCy's (PER, LOC, ORG, MISC): recognizers/ner_fr.py reads them as before.
Gold types map to them: PERSON -> PER, LOCATION -> LOC, ORGANIZATION and SCHOOL -> ORG. Tokens of an address
are left unannotated (neither taught as a place nor as nothing), and so are those of an entity the starting
model finds where the annotation marks nothing (it keeps what it knew: a public body, a province, a town the
annotators left unmarked; ``--strict`` teaches them as nothing); kept terms and every other token are taught as
no entity (sector terms, roles, dates and numbers are outside every entity). Held-out files and the sealed
batches are never read: they measure the result.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402
from anonymizer.models import nlp as nlp_module  # noqa: E402
from anonymizer.recognizers import lookup  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import compounding, fix_random_seed, minibatch  # noqa: E402
from splits import select  # noqa: E402

from anonymizer import vocabulary  # noqa: E402
from anonymizer.evaluation import AnnotatedText, GoldSpan, load_corpus  # noqa: E402

WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
PARTICLES = vocabulary.particles() | vocabulary.kunyas() | {"la", "le"}  # kept as written
LABELS = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "SCHOOL": "ORG"}
UNKNOWN = {"ADDRESS"}
SEED = 20261203


class Swapper:
    """Other names and places in the same contexts: a copy of each file whose person names and places are drawn
    from the lists (same case, one replacement per form within the file), so the model learns the context of a
    name rather than the names of the corpus."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.firsts = sorted(n for n in lookup.first_names() if WORD.fullmatch(n))
        self.surnames = sorted(n for n in lookup.surnames() if WORD.fullmatch(n.split()[-1]))
        self.belgian = sorted(lookup.places())
        self.abroad = sorted(p for p in lookup.foreign_places() if p[:1].isupper())

    @staticmethod
    def _cased(new: str, old: str) -> str:
        if old.isupper() and len(old) > 1:
            return new.upper()
        return new.lower() if old.islower() else new

    def _word(self, word: str, seen: dict) -> str:
        if word.lower() in PARTICLES or len(word) <= 2:
            return word
        if word not in seen:
            pool = self.firsts if lookup.in_first_names(word) and not lookup.in_surnames(word) else self.surnames
            seen[word] = self._cased(self.rng.choice(pool), word)
        return seen[word]

    def __call__(self, annotated: AnnotatedText) -> AnnotatedText:
        seen: dict[str, str] = {}
        pieces, gold, at = [], [], 0
        for span in sorted(annotated.gold, key=lambda g: g.start):
            if span.start < at:
                continue
            pieces.append(annotated.text[at:span.start])
            start = sum(len(p) for p in pieces)
            if span.entity_type == "PERSON":
                surface = WORD.sub(lambda m: self._word(m.group(), seen), span.text)
            elif span.entity_type == "LOCATION":
                if span.text not in seen:
                    pool = self.belgian if self.rng.random() < 0.7 else self.abroad
                    seen[span.text] = self._cased(self.rng.choice(pool), span.text)
                surface = seen[span.text]
            else:
                surface = span.text
            pieces.append(surface)
            gold.append(GoldSpan(start, start + len(surface), span.entity_type, surface))
            at = span.end
        pieces.append(annotated.text[at:])
        return AnnotatedText(annotated.name + "+", "".join(pieces), tuple(gold), ())


def examples(nlp, docs, soft: bool = False) -> list[Example]:
    """Training examples; with ``soft``, the tokens of an entity the starting model finds where the annotation
    marks nothing (neither a span nor a kept term) are left open rather than taught as no entity, so that the
    model keeps what it knew beyond the corpus's annotation habits."""
    out = []
    for annotated in docs:
        doc = nlp.make_doc(annotated.text)
        tags = ["O"] * len(doc)
        if soft:
            kept = [doc.char_span(k.start, k.end, alignment_mode="expand") for k in annotated.keep]
            kept_tokens = {i for span in kept if span is not None for i in range(span.start, span.end)}
            for ent in nlp(annotated.text).ents:
                for i in range(ent.start, ent.end):
                    if i not in kept_tokens:
                        tags[i] = "-"
        for gold in annotated.gold:
            span = doc.char_span(gold.start, gold.end, alignment_mode="expand")
            if span is None:
                continue
            label = LABELS.get(gold.entity_type)
            if label is None:
                if gold.entity_type in UNKNOWN:
                    for i in range(span.start, span.end):
                        tags[i] = "-"
                continue
            if any(tags[i] not in ("O", "-") for i in range(span.start, span.end)):
                continue  # two gold spans on one token: leave the first
            if len(span) == 1:
                tags[span.start] = f"U-{label}"
            else:
                tags[span.start] = f"B-{label}"
                for i in range(span.start + 1, span.end - 1):
                    tags[i] = f"I-{label}"
                tags[span.end - 1] = f"L-{label}"
        out.append(Example.from_dict(doc, {"entities": tags}))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--dropout", type=float, default=0.25)
    parser.add_argument("--split", default="dev", choices=("dev", "all"))
    parser.add_argument("--copies", type=int, default=1, help="copies of each file with other names and places")
    parser.add_argument("--strict", action="store_true",
                        help="teach every unannotated token as no entity, even where the starting model finds one")
    parser.add_argument("--corpus", default=str(ROOT / "corpus_samples"))
    parser.add_argument("--out", default=str(ROOT / "models" / "ner_case"))
    args = parser.parse_args(argv)

    fix_random_seed(SEED)
    # spaCy's own weights as the starting point, whatever ANONYMIZER_NER says
    nlp = spacy.load(nlp_module.model_path(), exclude=list(nlp_module.EXCLUDED))
    names = sorted(p.name for p in Path(args.corpus).glob("*.txt"))
    docs = load_corpus(args.corpus, select(names, args.split))
    swap = Swapper(SEED)
    train = examples(nlp, docs + [swap(doc) for doc in docs for _ in range(args.copies)], soft=not args.strict)
    print(f"{len(train)} documents, {sum(len(e.reference) for e in train)} tokens", file=sys.stderr)
    optimizer = nlp.resume_training()
    rng = random.Random(SEED)
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(args.epochs):
            rng.shuffle(train)
            losses: dict = {}
            for batch in minibatch(train, size=compounding(2.0, 8.0, 1.1)):
                nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
            print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f}", file=sys.stderr)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])
    print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
