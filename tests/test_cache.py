"""The cache of derived data (models/cache.py): read back as built, rebuilt when stale or damaged,
never a reason to fail, and the lexicon the same with or without it."""

import numpy as np
import pytest
from anonymizer.models import cache

FIELDS = frozenset({"values", "text"})


def build_counted(calls):
    def build():
        calls.append(1)
        return {"values": np.arange(5, dtype=np.uint64), "text": np.frombuffer(b"a\nb", dtype=np.uint8)}
    return build


def test_entry_is_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("ANONYMIZER_CACHE", str(tmp_path / "c"))
    calls = []
    first = cache.cached_arrays("thing", "k1", FIELDS, build_counted(calls))
    second = cache.cached_arrays("thing", "k1", FIELDS, build_counted(calls))
    assert calls == [1]
    assert all(np.array_equal(first[name], second[name]) for name in first)
    assert [p.name for p in (tmp_path / "c").iterdir()] == ["thing-k1.npz"]   # no temporary left


def test_new_key_replaces_the_old_entry_and_damage_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("ANONYMIZER_CACHE", str(tmp_path))
    calls = []
    cache.cached_arrays("thing", "k1", FIELDS, build_counted(calls))
    cache.cached_arrays("thing", "k2", FIELDS, build_counted(calls))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing-k2.npz"]
    (tmp_path / "thing-k2.npz").write_bytes(b"not a zip")
    assert cache.cached_arrays("thing", "k2", FIELDS, build_counted(calls))["values"].tolist() == [0, 1, 2, 3, 4]
    assert len(calls) == 3
    whole = (tmp_path / "thing-k2.npz").read_bytes()
    (tmp_path / "thing-k2.npz").write_bytes(whole[:len(whole) // 2])   # cut short (a full disk)
    assert cache.cached_arrays("thing", "k2", FIELDS, build_counted(calls))["values"].size == 5
    assert len(calls) == 4
    np.savez(tmp_path / "thing-k2.npz", values=np.arange(2))          # a valid file, other fields
    assert cache.cached_arrays("thing", "k2", FIELDS, build_counted(calls))["text"].size == 3
    assert len(calls) == 5


def test_unwritable_folder_or_no_cache_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ANONYMIZER_CACHE", str(blocker / "sub"))   # cannot be created
    calls = []
    assert cache.cached_arrays("thing", "k", FIELDS, build_counted(calls))["values"].size == 5
    monkeypatch.setenv("ANONYMIZER_CACHE", "")
    assert cache.cache_folder() is None
    cache.cached_arrays("thing", "k", FIELDS, build_counted(calls))
    assert len(calls) == 2


def test_fingerprint_follows_the_sources(tmp_path):
    source = tmp_path / "data.bin"
    source.write_bytes(b"1234")
    before = cache.fingerprint(1, [source])
    assert cache.fingerprint(1, [source]) == before
    assert cache.fingerprint(2, [source]) != before
    source.write_bytes(b"123456")
    assert cache.fingerprint(1, [source]) != before


@pytest.mark.parametrize("cached", [False, True])
def test_lexicon_answers_the_same_built_or_read_back(tmp_path, monkeypatch, cached):
    from anonymizer.models import lexicon

    monkeypatch.setenv("ANONYMIZER_CACHE", str(tmp_path))
    if cached:
        lexicon._index.cache_clear()
        lexicon._index()          # builds and writes
        monkeypatch.setattr(lexicon, "_build_index", lambda: pytest.fail("built again instead of read back"))
    for cached_function in (lexicon._index, lexicon.is_word, lexicon.lemma, lexicon.is_common_word):
        cached_function.cache_clear()
    try:
        index = lexicon._index()
        [entry] = tmp_path.glob("lexicon-*.npz")
        with np.load(entry) as stored:   # what is written is what is read back (else rebuilt every run)
            assert set(stored.files) == lexicon.INDEX_FIELDS
        assert [lexicon.is_word(w) for w in ["maison", "Réunions", "constats", "Kevin", "Benali", "xqzt"]] == \
            [True, True, True, False, False, False]
        assert [lexicon.lemma(w) for w in ["constats", "maisons", "Benali"]] == ["constat", "maison", "Benali"]
        assert [lexicon.is_common_word(w) for w in ["Grâce", "Rose", "Lina", "maison"]] == [True, True, False, True]
        assert index.common is not None and len(index.common) > 5000
    finally:
        for cached_function in (lexicon._index, lexicon.is_word, lexicon.lemma, lexicon.is_common_word):
            cached_function.cache_clear()


def test_default_folder_follows_xdg_and_home(tmp_path, monkeypatch):
    monkeypatch.delenv("ANONYMIZER_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_folder() == tmp_path / "xdg" / "anonymizer"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_folder() == tmp_path / "home" / ".cache" / "anonymizer"


def test_the_cache_is_in_the_systems_own_cache_folder(monkeypatch):
    from pathlib import Path

    from platformdirs import user_cache_dir

    monkeypatch.delenv("ANONYMIZER_CACHE", raising=False)
    assert cache.cache_folder() == Path(user_cache_dir("anonymizer", appauthor=False))
