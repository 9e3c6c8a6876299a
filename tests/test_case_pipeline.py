"""One case pipeline for every command: round trips with a key, case-wide tags, every format in review and
deanonymize, and each file read once."""

import re

import pytest
from click.testing import CliRunner
from documents import make, text_of

from anonymizer.cli import main

PARAGRAPHS = {
    "a": ["Kevin Dumoulin, né le 14 mars 2011, vit à Jodoigne avec sa mère Sophie Lambotte.",
          "Tél. de Mme Lambotte : 0496 12 34 56. Kevin va mieux."],
    "b": ["Réunion au SAJ : Amandine Colson, l'éducatrice, a revu Kevin le 3 février 2025.",
          "Mme Colson rappellera Sophie Lambotte."],
}
SECRETS = ("Kevin", "Dumoulin", "Lambotte", "Colson", "Amandine", "Jodoigne", "0496")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], env={"ANONYMIZER_PASSPHRASE": "correct horse"})


def case_folder(tmp_path, suffix):
    folder = tmp_path / "brouillons"
    for name, paragraphs in PARAGRAPHS.items():
        make(folder / f"{name}{suffix}", paragraphs)
    return folder


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("style", ["tag", "pseudo"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_round_trip_restores_the_originals(tmp_path, suffix, style, jobs):
    folder = case_folder(tmp_path, suffix)
    key = tmp_path / "cles" / "cas.key"
    key.parent.mkdir()
    result = run("anonymize", folder, "--out", tmp_path / "out", "--style", style, "--key", key,
                 "--jobs", jobs, "--yes")
    assert result.exit_code == 0, result.output
    for name in PARAGRAPHS:
        anonymised = text_of(tmp_path / "out" / f"{name}{suffix}")
        assert not any(secret in anonymised for secret in SECRETS), anonymised
    result = run("deanonymize", tmp_path / "out", "--key", key, "--out", tmp_path / "retour", "--yes")
    assert result.exit_code == 0, result.output
    for name in PARAGRAPHS:
        restored = tmp_path / "retour" / f"{name}{suffix}"
        assert text_of(restored) == text_of(folder / f"{name}{suffix}")


def tags_of(text):
    return re.findall(r"\[PERSONNE_\d+\]", text)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_tag_names_one_entity_across_the_case_and_the_key_keeps_the_numbering(tmp_path, jobs):
    folder = case_folder(tmp_path, ".txt")
    key = tmp_path / "cas.key"
    result = run("anonymize", folder, "--out", tmp_path / "out", "--key", key, "--jobs", jobs, "--yes")
    assert result.exit_code == 0, result.output
    a = (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    b = (tmp_path / "out" / "b.txt").read_text(encoding="utf-8")
    kevin, sophie = a.split(",")[0], a.split("sa mère ")[1].split(".")[0]
    amandine = b.split(": ")[1].split(",")[0]
    assert len({kevin, sophie, amandine}) == 3                 # three people, three tags
    assert f"revu {kevin}" in b and f"rappellera {sophie}" in b  # the same people, the same tags
    # a later document of the same case, with the same key: the numbering goes on
    make(tmp_path / "suite" / "c.txt", ["Kevin revient au SAJ avec Paul Henrard et Mme Colson."])
    result = run("anonymize", tmp_path / "suite", "--out", tmp_path / "out2", "--key", key, "--yes")
    assert result.exit_code == 0, result.output
    c = (tmp_path / "out2" / "c.txt").read_text(encoding="utf-8")
    assert c.startswith(kevin) and amandine in c
    assert set(tags_of(c)) - {kevin, amandine} == {"[PERSONNE_4]"}   # Paul Henrard: a new number


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".eml"])
def test_review_opens_and_exports_every_format(anonymizer, tmp_path, suffix):
    from anonymizer.review import ReviewSession

    source = make(tmp_path / "src" / f"situation{suffix}", PARAGRAPHS["a"])
    session = ReviewSession.open(anonymizer, source, tmp_path / "out")
    assert "Kevin Dumoulin" in {s.text for s in session.spans}
    session.decide("Jodoigne", "keep")
    target = session.export()
    assert target.suffix == suffix
    written = text_of(target)
    assert "Jodoigne" in written and "Kevin" not in written and "Lambotte" not in written


@pytest.mark.parametrize("suffix", [".odt", ".eml"])
def test_deanonymize_writes_the_same_format(tmp_path, suffix):
    folder = case_folder(tmp_path, suffix)
    key = tmp_path / "cas.key"
    assert run("anonymize", folder, "--out", tmp_path / "out", "--key", key, "--yes").exit_code == 0
    result = run("deanonymize", tmp_path / "out" / f"a{suffix}", "--key", key, "--out", tmp_path / "retour")
    assert result.exit_code == 0, result.output
    assert text_of(tmp_path / "retour" / f"a{suffix}") == text_of(folder / f"a{suffix}")


@pytest.mark.parametrize("mode", [(), ("--independent",)])
def test_each_file_is_read_and_parsed_once(tmp_path, monkeypatch, mode):
    from anonymizer.formats import FORMATS

    folder = tmp_path / "src"
    for i, suffix in enumerate((".txt", ".docx", ".odt", ".eml", ".txt")):
        make(folder / f"d{i}{suffix}", PARAGRAPHS["a" if i % 2 else "b"])
    reads = []
    for kind in {type(f) for f in FORMATS.values()}:
        original = kind.read
        monkeypatch.setattr(kind, "read", lambda self, path, original=original: reads.append(path.name)
                            or original(self, path))
    result = run("anonymize", folder, "--out", tmp_path / "out", "--yes", *mode)
    assert result.exit_code == 0, result.output
    assert sorted(reads) == sorted(p.name for p in folder.iterdir())


def test_tagged_email_addresses_stay_addresses_and_come_back(tmp_path):
    """"[PERSONNE_6] <[EMAIL_1]>" is no address a mail program reads: the tag of an address is written as a
    reserved one, the display name quoted; deanonymize gives the original headers back."""
    from email import message_from_bytes, policy
    from email.utils import getaddresses

    source = tmp_path / "src" / "mail.eml"
    source.parent.mkdir()
    source.write_bytes(b"From: Sophie Lambotte <sophie.lambotte@gmail.com>\nTo: amandine.colson@saj-exemple.be\n"
                       b"Subject: Kevin\nContent-Type: text/plain; charset=utf-8\n\nBonjour, Kevin Dumoulin va mieux.\n")
    key = tmp_path / "cas.key"
    assert run("anonymize", source, "--out", tmp_path / "out", "--key", key, "--yes").exit_code == 0
    written = message_from_bytes((tmp_path / "out" / "mail.eml").read_bytes(), policy=policy.default)
    for header in ("From", "To"):
        [(name, address)] = getaddresses([str(written[header])])
        assert address.endswith("@anonyme.invalid") and "Lambotte" not in name, (header, written[header])
    assert run("deanonymize", tmp_path / "out" / "mail.eml", "--key", key, "--out", tmp_path / "back").exit_code == 0
    back = message_from_bytes((tmp_path / "back" / "mail.eml").read_bytes(), policy=policy.default)
    assert getaddresses([str(back["From"])]) == [("Sophie Lambotte", "sophie.lambotte@gmail.com")]
    assert getaddresses([str(back["To"])]) == [("", "amandine.colson@saj-exemple.be")]
