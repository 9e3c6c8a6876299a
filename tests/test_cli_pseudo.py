"""The pseudo style, the case key and deanonymize from the command line."""

import pytest
from click.testing import CliRunner

from anonymizer.cli import main

TEXT = "Kevin Dumoulin, né le 14 mars 2011, vit à Jodoigne. Tél. 0496 12 34 56. Kevin va mieux.\n"


@pytest.fixture
def draft(tmp_path):
    folder = tmp_path / "brouillons"
    folder.mkdir()
    path = folder / "situation.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(*args, passphrase="correct horse", input=None):
    env = {"ANONYMIZER_PASSPHRASE": passphrase} if passphrase else {}
    return CliRunner().invoke(main, [str(a) for a in args], env=env, input=input)


def test_round_trip_with_a_key(draft, tmp_path):
    key, out, back = tmp_path / "cle" / "cas.key", tmp_path / "out", tmp_path / "back"
    key.parent.mkdir()
    result = run("anonymize", draft, "--out", out, "--style", "pseudo", "--key", key, "--yes")
    assert result.exit_code == 0, result.output
    written = (out / "situation.txt").read_text(encoding="utf-8")
    assert "Kevin" not in written and "Dumoulin" not in written and "0496 12 34 56" not in written, written
    raw = key.read_bytes()
    assert b"Kevin" not in raw and b"Dumoulin" not in raw and b"0496" not in raw   # never in clear
    assert run("deanonymize", out / "situation.txt", "--key", key, "--out", back, "--yes").exit_code == 0
    assert (back / "situation.txt").read_text(encoding="utf-8") == TEXT


def test_same_key_gives_byte_identical_output(draft, tmp_path):
    key = tmp_path / "cas.key"
    for name in ("a", "b"):
        result = run("anonymize", draft, "--out", tmp_path / name, "--style", "pseudo", "--key", key, "--yes")
        assert result.exit_code == 0, result.output
    first, second = ((tmp_path / n / "situation.txt").read_text(encoding="utf-8") for n in ("a", "b"))
    assert first == second


def test_seed_is_reproducible_without_key(draft, tmp_path):
    for name in ("a", "b"):
        assert run("anonymize", draft, "--out", tmp_path / name, "--style", "pseudo", "--seed", "12", "--yes",
                   passphrase=None).exit_code == 0
    assert (tmp_path / "a" / "situation.txt").read_bytes() == (tmp_path / "b" / "situation.txt").read_bytes()


def test_wrong_passphrase_is_a_clear_error_with_no_output(draft, tmp_path):
    key = tmp_path / "cas.key"
    run("anonymize", draft, "--out", tmp_path / "a", "--style", "pseudo", "--key", key, "--yes")
    result = run("deanonymize", tmp_path / "a" / "situation.txt", "--key", key, "--out", tmp_path / "back",
                 "--yes", passphrase="wrong")
    assert result.exit_code != 0 and "phrase de passe incorrecte" in result.output
    assert not (tmp_path / "back").exists()
    result = run("anonymize", draft, "--out", tmp_path / "c", "--style", "pseudo", "--key", key, "--yes",
                 passphrase="wrong")
    assert result.exit_code != 0 and not (tmp_path / "c").exists()


def test_key_is_refused_inside_the_output_folder(draft, tmp_path):
    out = tmp_path / "out"
    result = run("anonymize", draft, "--out", out, "--style", "pseudo", "--key", out / "cas.key", "--yes")
    assert result.exit_code != 0 and "clé de cas" in result.output


def test_no_passphrase_without_terminal_is_a_clear_error(draft, tmp_path):
    result = run("anonymize", draft, "--out", tmp_path / "o", "--style", "pseudo", "--key", tmp_path / "k.key",
                 "--yes", passphrase=None)
    assert result.exit_code != 0 and "ANONYMIZER_PASSPHRASE" in result.output


def test_leak_guard_holds_back_the_output(draft, tmp_path):
    keep = tmp_path / "garder.txt"
    keep.write_text("Dumoulin\n", encoding="utf-8")
    draft.write_text("Kevin Dumoulin est venu. Dumoulin reviendra.\n", encoding="utf-8")
    result = run("anonymize", draft, "--out", tmp_path / "o", "--allow", keep, "--yes")
    assert result.exit_code == 3 and "fichier non écrit" in result.stderr
    assert "Dumoulin" not in result.stderr                     # the console does not print the name
    assert not (tmp_path / "o" / "situation.txt").exists()
    result = run("anonymize", draft, "--out", tmp_path / "o", "--allow", keep, "--allow-leaks", "--yes")
    assert result.exit_code == 0 and (tmp_path / "o" / "situation.txt").exists()
